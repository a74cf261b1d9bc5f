//! The workshop's after-action review: every table of one `overbuild serve` replayed from its
//! save and set side by side. Per table and per seat it answers the review's questions from
//! the data: what was supposed to happen (the seats' intents), what happened (scores and the
//! intents' figures), why (the engine's attribution) and which decisions split the tables'
//! outcomes (each score's gap between tables, split among the causes that made it).

use super::doc::{Doc, Item, Table};
use super::intents::{self, IntentOutcome};
use super::story::{self, Credit, Story, Teller};
use crate::engine::report::Arg;
use crate::engine::{Params, Seat};
use crate::i18n::{Texts, format_number, format_signed};
use crate::save::Replay;
use std::path::{Path, PathBuf};

/// Decisions listed for each side of a score's widest gap.
const DECISIONS_PER_SIDE: usize = 2;

/// One table of the workshop, replayed and explained.
pub struct TableRun {
    /// "t1", "t2", ... from the save's name, else its file name.
    pub label: String,
    pub replay: Replay,
    pub story: Story,
    pub intents: Vec<IntentOutcome>,
}

impl TableRun {
    pub fn new(label: String, replay: Replay) -> TableRun {
        let params = &replay.game.scenario.params;
        let explained = story::explain_replay(&replay);
        let story = Story::build(params, &explained);
        let intents = intents::outcomes(&replay.save.intent_entries(), &explained, params);
        drop(explained);
        TableRun {
            label,
            replay,
            story,
            intents,
        }
    }

    /// The score of seat `i` (`Seat::ALL` order; 4 is public welfare) after the last quarter.
    pub fn score(&self, i: usize) -> Option<f64> {
        let r = &self.replay.game.turns.last()?.report.scores;
        match Seat::ALL.get(i) {
            Some(seat) => r.seat(*seat).map(|s| s.score),
            None => Some(r.public_welfare.score),
        }
    }
}

/// The saves of a server's tables in `dir` (a data folder, or its `saves` folder): files named
/// `NAME-tN.json.gz`, grouped by NAME; the newest group is the workshop. Tables in order.
pub fn table_saves(dir: &Path) -> Result<(String, Vec<(String, PathBuf)>), String> {
    let saves = if dir.join("saves").is_dir() {
        dir.join("saves")
    } else {
        dir.to_path_buf()
    };
    let entries = std::fs::read_dir(&saves).map_err(|e| {
        format!(
            "{}: cannot read the folder ({e}); give a server's data folder",
            saves.display()
        )
    })?;
    // (workshop, table number, path, modified)
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_suffix(".json.gz") else {
            continue;
        };
        let Some((base, n)) = stem.rsplit_once("-t") else {
            continue;
        };
        let Ok(n) = n.parse::<usize>() else { continue };
        let modified = entry.metadata().and_then(|m| m.modified()).ok();
        found.push((base.to_string(), n, path, modified));
    }
    let newest = found
        .iter()
        .max_by_key(|(base, _, _, modified)| (*modified, base.clone()))
        .map(|(base, ..)| base.clone())
        .ok_or_else(|| {
            format!(
                "{}: no workshop tables here (saves named NAME-t1.json.gz, NAME-t2.json.gz, ... as `overbuild serve` writes them)",
                saves.display()
            )
        })?;
    let mut tables: Vec<(usize, PathBuf)> = found
        .into_iter()
        .filter(|(base, ..)| *base == newest)
        .map(|(_, n, path, _)| (n, path))
        .collect();
    tables.sort();
    Ok((
        newest,
        tables
            .into_iter()
            .map(|(n, p)| (format!("t{n}"), p))
            .collect(),
    ))
}

/// The after-action review of the workshop `name` over its tables.
pub fn build(name: &str, tables: &[TableRun], t: &Texts) -> Doc {
    let mut doc = Doc {
        lang: t.lang().code().to_string(),
        title: t.with("aar-title", &[("name", Arg::Text(name.into()))]),
        ..Doc::default()
    };
    doc.heading(1, doc.title.clone());
    let Some(first) = tables.first() else {
        return doc;
    };
    let params = &first.replay.game.scenario.params;
    let teller = Teller { t, params };
    overview(&mut doc, tables, t, params);
    side_by_side(&mut doc, tables, t);
    splits(&mut doc, tables, &teller);
    seats(&mut doc, tables, t, params);
    intents_kept(&mut doc, tables, t);
    doc
}

fn overview(doc: &mut Doc, tables: &[TableRun], t: &Texts, params: &Params) {
    let s = &params.scenario;
    let seeds: Vec<String> = tables
        .iter()
        .map(|r| r.replay.save.seed.to_string())
        .collect();
    doc.paragraph(t.with(
        "aar-overview",
        &[
            ("tables", Arg::Num(tables.len() as f64)),
            ("scenario", Arg::Text(s.name.clone())),
            ("seeds", Arg::Text(dedup(seeds).join(", "))),
        ],
    ));
    doc.paragraph(t.get("aar-questions"));
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    v.dedup();
    v
}

fn score_names(t: &Texts) -> Vec<String> {
    Seat::ALL
        .iter()
        .map(|s| t.get(&format!("seat-{}", s.id())))
        .chain(std::iter::once(t.get("report-col-welfare")))
        .collect()
}

/// What happened: each table's quarters played and final scores, in one table.
fn side_by_side(doc: &mut Doc, tables: &[TableRun], t: &Texts) {
    doc.heading(2, t.get("aar-side-by-side"));
    let mut header = vec![t.get("aar-col-table"), t.get("aar-col-played")];
    header.extend(score_names(t));
    let mut table = Table::new(header, 1);
    for r in tables {
        let mut row = vec![r.label.clone(), r.replay.len().to_string()];
        row.extend((0..5).map(|i| r.score(i).map_or("–".into(), |v| format_number(v, 1))));
        table.row(row);
    }
    doc.table(table);
}

/// Why the tables ended apart: for each score, each table's points from each cause over the
/// game; the widest gap between two tables named with the cause that made most of it and the
/// decisions of that cause on either side.
fn splits(doc: &mut Doc, tables: &[TableRun], teller: &Teller) {
    let t = teller.t;
    doc.heading(2, t.get("aar-splits"));
    doc.paragraph(t.get("aar-splits-note"));
    let names = score_names(t);
    let causes: Vec<String> = Seat::ALL
        .iter()
        .map(|s| teller.seat(*s))
        .chain([t.get("story-cause-events"), t.get("story-cause-drift")])
        .collect();
    for (i, name) in names.iter().enumerate() {
        doc.heading(3, name.clone());
        let mut header = vec![t.get("aar-col-table"), t.get("report-col-score")];
        header.extend(causes.iter().cloned());
        let mut table = Table::new(header, 1);
        for r in tables {
            let mut row = vec![
                r.label.clone(),
                r.score(i).map_or("–".into(), |v| format_number(v, 1)),
            ];
            row.extend((0..6).map(|c| format_signed(r.story.totals[c][i], 1)));
            table.row(row);
        }
        doc.table(table);
        if let Some(text) = widest_gap(tables, i, teller, &causes) {
            doc.list(text);
        }
    }
}

/// The best and worst tables on score `i`, the cause that made most of the gap, and that
/// cause's largest decisions on each side.
fn widest_gap(
    tables: &[TableRun],
    i: usize,
    teller: &Teller,
    causes: &[String],
) -> Option<Vec<Item>> {
    let scored: Vec<(&TableRun, f64)> = tables
        .iter()
        .filter_map(|r| Some((r, r.score(i)?)))
        .collect();
    let (best, high) = *scored.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
    let (worst, low) = *scored.iter().min_by(|a, b| a.1.total_cmp(&b.1))?;
    if scored.len() < 2 || (high - low).abs() < 0.05 {
        return None;
    }
    let gap = |c: usize| best.story.totals[c][i] - worst.story.totals[c][i];
    let cause = (0..6).max_by(|a, b| gap(*a).abs().total_cmp(&gap(*b).abs()))?;
    let t = teller.t;
    let mut items = vec![Item::plain(t.with(
        "aar-gap",
        &[
            ("best", Arg::Text(best.label.clone())),
            ("worst", Arg::Text(worst.label.clone())),
            ("gap", Arg::Text(format_number(high - low, 1))),
            ("cause", Arg::Text(causes[cause].clone())),
            ("part", Arg::Text(format_signed(gap(cause), 1))),
        ],
    ))];
    // Only seats decide; events and drift have no decisions to list.
    if let Some(seat) = Seat::ALL.get(cause) {
        for r in [best, worst] {
            for c in top_decisions(&r.story.credits, *seat, i) {
                items.push(Item::led(
                    format!("{} {}", r.label, c.date),
                    t.with(
                        "aar-decision",
                        &[
                            ("changes", Arg::Text(teller.changes(&c.changes))),
                            ("points", Arg::Text(format_signed(points(c, i), 1))),
                        ],
                    ),
                ));
            }
        }
    }
    Some(items)
}

fn points(c: &Credit, i: usize) -> f64 {
    c.scores.get(i).copied().unwrap_or(c.welfare)
}

/// A seat's decisions that moved score `i` most.
fn top_decisions(credits: &[Credit], seat: Seat, i: usize) -> Vec<&Credit> {
    let mut mine: Vec<&Credit> = credits.iter().filter(|c| c.seat == seat).collect();
    mine.sort_by(|a, b| points(b, i).abs().total_cmp(&points(a, i).abs()));
    mine.retain(|c| points(c, i).abs() >= 0.05);
    mine.truncate(DECISIONS_PER_SIDE);
    mine
}

/// Per seat, every table's intents beside what happened and why, quarter by quarter.
fn seats(doc: &mut Doc, tables: &[TableRun], t: &Texts, params: &Params) {
    doc.heading(2, t.get("aar-seats"));
    doc.paragraph(t.get("report-intents-note"));
    let teller = Teller { t, params };
    for seat in Seat::ALL {
        doc.heading(3, teller.seat(seat));
        let mut rows: Vec<(&TableRun, &IntentOutcome)> = tables
            .iter()
            .flat_map(|r| r.intents.iter().map(move |o| (r, o)))
            .filter(|(_, o)| o.seat == seat)
            .collect();
        if rows.is_empty() {
            doc.paragraph(t.get("aar-no-intents"));
            continue;
        }
        rows.sort_by_key(|(r, o)| (o.turn, r.label.clone()));
        let header = [
            "report-col-quarter",
            "aar-col-table",
            "report-col-intent",
            "report-col-happened",
            "report-col-why",
        ]
        .map(|k| t.get(k))
        .to_vec();
        let mut table = Table::new(header, 5);
        for (r, o) in rows {
            table.row(vec![
                o.date.to_string(),
                r.label.clone(),
                intents::said(t, params, o),
                intents::happened(t, params, o),
                intents::why(&teller, o),
            ]);
        }
        doc.table(table);
    }
}

/// Per table: intents given, with a figure, and how many came out as expected.
fn intents_kept(doc: &mut Doc, tables: &[TableRun], t: &Texts) {
    doc.heading(2, t.get("aar-kept"));
    let header = [
        "aar-col-table",
        "aar-col-intents",
        "aar-col-with-figure",
        "aar-col-as-expected",
    ]
    .map(|k| t.get(k))
    .to_vec();
    let mut table = Table::new(header, 1);
    for r in tables {
        let with_figure = r.intents.iter().filter(|o| o.met().is_some()).count();
        let met = r.intents.iter().filter(|o| o.met() == Some(true)).count();
        table.row(vec![
            r.label.clone(),
            r.intents.len().to_string(),
            with_figure.to_string(),
            met.to_string(),
        ]);
    }
    doc.table(table);
}
