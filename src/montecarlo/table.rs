//! The per-run CSV (one row per game: `run,seed,shard,sweep`, then every metric), reading shard
//! files back and merging them, and the summary as a readable table.

use super::{RunRow, Runs, Shard, Summary, Sweep, run_seed};
use crate::engine::report::Arg;
use crate::i18n::{Lang, Texts, fit, fit_right};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The columns every per-run file starts with, before the metrics.
pub const LEAD: [&str; 4] = ["run", "seed", "shard", "sweep"];

/// Writes the rows as CSV. Numbers are written in Rust's shortest round-trip form, so a merge
/// reads back exactly the values that were computed.
pub fn write_csv(runs: &Runs, out: impl std::io::Write) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(
        LEAD.iter()
            .copied()
            .chain(runs.names.iter().map(String::as_str)),
    )?;
    let sweep = runs.sweep.to_string();
    let total = runs.sweep.runs;
    let mut record: Vec<String> = Vec::with_capacity(runs.names.len() + LEAD.len());
    for row in &runs.rows {
        record.clear();
        record.push(row.run.to_string());
        record.push(row.seed.to_string());
        record.push(Shard::of_run(row.run, total, runs.shards).to_string());
        record.push(sweep.clone());
        record.extend(row.values.iter().map(|v| v.to_string()));
        w.write_record(&record)?;
    }
    w.flush()?;
    Ok(())
}

/// Writes the rows to a file (`-` for stdout).
pub fn save_csv(runs: &Runs, path: &Path) -> Result<(), String> {
    let name = path.display().to_string();
    let result = if name == "-" {
        write_csv(runs, std::io::stdout().lock())
    } else {
        let file = std::fs::File::create(path).map_err(|e| format!("{name}: cannot write: {e}"))?;
        write_csv(runs, std::io::BufWriter::new(file))
    };
    result.map_err(|e| format!("{name}: cannot write: {e}"))
}

/// Rows read from one per-run file.
struct FileRows {
    names: Vec<String>,
    sweep: Sweep,
    shards: u32,
    rows: Vec<RunRow>,
}

fn read_csv(path: &Path) -> Result<FileRows, String> {
    let name = path.display().to_string();
    let bytes = crate::fsread::read_bounded(path, crate::fsread::RUNS_CSV_LIMIT, "a per-run file")
        .map_err(|e| e.to_string())?;
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let header = reader
        .headers()
        .map_err(|e| format!("{name}: not a per-run file: {e}"))?
        .clone();
    if header.len() < LEAD.len() || header.iter().take(LEAD.len()).ne(LEAD) {
        return Err(format!(
            "{name}: not a per-run file of `overbuild sim --runs` (its columns should start with {})",
            LEAD.join(",")
        ));
    }
    let names: Vec<String> = header.iter().skip(LEAD.len()).map(String::from).collect();
    let mut sweep_text: Option<String> = None;
    let mut sweep: Option<Sweep> = None;
    let mut shards: Option<u32> = None;
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| format!("{name}:{line}: {e}"))?;
        if record.len() != header.len() {
            return Err(format!(
                "{name}:{line}: {} fields where the header has {}",
                record.len(),
                header.len()
            ));
        }
        let field = |k: usize| record.get(k).unwrap_or("");
        let int = |k: usize| {
            field(k)
                .parse::<u64>()
                .map_err(|_| format!("{name}:{line}: {}: `{}` is not a count", LEAD[k], field(k)))
        };
        let run = int(0)?;
        let seed = int(1)?;
        let shard: Shard = field(2)
            .parse()
            .map_err(|_| format!("{name}:{line}: shard: `{}` is not I/N", field(2)))?;
        match &sweep_text {
            Some(t) if t == field(3) => {}
            Some(t) => {
                return Err(format!(
                    "{name}:{line}: a row of another sweep (\"{}\", not \"{t}\")",
                    field(3)
                ));
            }
            None => {
                sweep = Some(
                    field(3)
                        .parse::<Sweep>()
                        .map_err(|e| format!("{name}:{line}: {e}"))?,
                );
                sweep_text = Some(field(3).to_string());
            }
        }
        let base = sweep.as_ref().map_or(0, |s| s.base_seed);
        if seed != run_seed(base, run) {
            return Err(format!(
                "{name}:{line}: run {run} has seed {seed}, not the sweep's {}",
                run_seed(base, run)
            ));
        }
        match shards {
            Some(n) if n != shard.count => {
                return Err(format!(
                    "{name}:{line}: shard {shard} where earlier rows have {n} shards"
                ));
            }
            _ => shards = Some(shard.count),
        }
        let values = (LEAD.len()..record.len())
            .map(|k| {
                field(k).parse::<f64>().map_err(|_| {
                    format!(
                        "{name}:{line}: {}: `{}` is not a number",
                        header.get(k).unwrap_or("?"),
                        field(k)
                    )
                })
            })
            .collect::<Result<Vec<f64>, String>>()?;
        rows.push(RunRow { run, seed, values });
    }
    let sweep = sweep.ok_or_else(|| format!("{name}: no runs in the file"))?;
    Ok(FileRows {
        names,
        sweep,
        shards: shards.unwrap_or(1),
        rows,
    })
}

/// Reads per-run files (shards of one sweep, in any order) into one set of runs. Every file
/// must come from the same sweep; a run may appear only once. Unless `partial`, every run of
/// the sweep must be there.
pub fn merge(files: &[PathBuf], partial: bool) -> Result<Runs, String> {
    let mut merged: Option<(Vec<String>, Sweep, u32, String)> = None;
    let mut by_run: BTreeMap<u64, (RunRow, String)> = BTreeMap::new();
    for path in files {
        let name = path.display().to_string();
        let file = read_csv(path)?;
        match &merged {
            None => merged = Some((file.names, file.sweep, file.shards, name.clone())),
            Some((names, sweep, shards, first)) => {
                if *sweep != file.sweep {
                    return Err(format!(
                        "{name}: from another sweep than {first} (\"{}\", not \"{sweep}\")",
                        file.sweep
                    ));
                }
                if *names != file.names {
                    return Err(format!(
                        "{name}: its metric columns differ from {first}'s (another version?)"
                    ));
                }
                if *shards != file.shards {
                    return Err(format!(
                        "{name}: cut into {} shards where {first} has {shards}",
                        file.shards
                    ));
                }
            }
        }
        for row in file.rows {
            if let Some((_, other)) = by_run.get(&row.run) {
                return Err(format!(
                    "{name}: run {} is also in {other}: give each shard once",
                    row.run
                ));
            }
            by_run.insert(row.run, (row, name.clone()));
        }
    }
    let Some((names, sweep, shards, _)) = merged else {
        return Err("sim merge: give the per-run files to merge".into());
    };
    if let Some((run, (_, file))) = by_run.range(sweep.runs..).next() {
        return Err(format!(
            "{file}: run {run} is beyond the sweep's {} runs",
            sweep.runs
        ));
    }
    let missing = sweep.runs - by_run.len() as u64;
    if missing > 0 && !partial {
        let mut absent: Vec<String> = (1..=shards)
            .map(|index| Shard {
                index,
                count: shards,
            })
            .filter(|s| s.runs(sweep.runs).any(|r| !by_run.contains_key(&r)))
            .map(|s| s.to_string())
            .collect();
        if absent.len() > 8 {
            let more = absent.len() - 8;
            absent.truncate(8);
            absent.push(format!("and {more} more"));
        }
        return Err(format!(
            "sim merge: {missing} of the sweep's {} runs are missing (from shard {}); \
             merge every shard's file, or pass --partial to summarise what is there",
            sweep.runs,
            absent.join(", ")
        ));
    }
    Ok(Runs {
        sweep,
        shard: Shard::WHOLE,
        shards,
        names,
        rows: by_run.into_values().map(|(row, _)| row).collect(),
    })
}

/// A value in a column of the table: four significant figures or so, never in exponent form.
pub fn number(value: f64) -> String {
    let a = value.abs();
    if !value.is_finite() {
        "–".to_string()
    } else if a >= 1000.0 {
        format!("{value:.0}")
    } else if a >= 100.0 {
        format!("{value:.1}")
    } else if a >= 1.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.3}")
    }
}

/// The summary as text in English (see `render_in`).
pub fn render(summary: &Summary) -> String {
    render_in(summary, &Texts::new(Lang::En))
}

/// The summary's first lines: what was played, the seats and the sweep.
fn head(summary: &Summary, t: &Texts) -> String {
    let mut out = String::new();
    let plain = |s: String| Arg::Text(s);
    let shard = summary
        .shard
        .as_ref()
        .map(|s| t.with("cli-mc-shard", &[("shard", plain(s.to_string()))]))
        .unwrap_or_default();
    let title = t.with(
        "cli-mc-title",
        &[
            ("games", plain(summary.games.to_string())),
            ("scenario", plain(summary.scenario.clone())),
            ("quarters", plain(summary.quarters.to_string())),
            ("end", plain(summary.end.clone())),
            ("seed", plain(summary.base_seed.to_string())),
            ("shard", plain(shard)),
        ],
    );
    let _ = writeln!(out, "{title}");
    if summary.games < summary.runs && summary.shard.is_none() {
        let games = plain(summary.games.to_string());
        let runs = plain(summary.runs.to_string());
        let partial = t.with("cli-mc-partial", &[("games", games), ("runs", runs)]);
        let _ = writeln!(out, "{partial}");
    }
    let seats = summary
        .seats
        .iter()
        .map(|(s, w)| format!("{s}={w}"))
        .collect::<Vec<_>>()
        .join(" ");
    let _ = writeln!(
        out,
        "{}",
        t.with("cli-mc-seats", &[("seats", plain(seats))])
    );
    let sweep = plain(summary.sweep.to_string());
    let _ = writeln!(out, "{}", t.with("cli-mc-sweep", &[("sweep", sweep)]));
    out
}

/// The summary as text: the sweep, win rates, the end-of-game metrics and the checkpoints.
/// Sentences and headings are in the language of `t`; metric names and seat ids stay as the
/// per-run file's columns spell them.
pub fn render_in(summary: &Summary, t: &Texts) -> String {
    let mut out = head(summary, t);
    let plain = |s: String| Arg::Text(s);
    let end = || plain(summary.end.clone());
    let _ = writeln!(out, "\n{}", t.with("cli-mc-win-rates", &[("end", end())]));
    for w in &summary.win_rates {
        let _ = writeln!(out, "  {:<11} {:>6.1}%", w.seat, w.rate * 100.0);
    }
    let _ = writeln!(
        out,
        "\n{}\n  {} {} {:>10} {:>10} {:>10}",
        t.with("cli-mc-at-end", &[("end", end())]),
        fit(&t.get("cli-mc-metric"), 30),
        fit_right(&t.get("cli-mc-mean"), 10),
        "p5",
        "p50",
        "p95"
    );
    let (end, checkpoints): (Vec<_>, Vec<_>) =
        summary.metrics.iter().partition(|m| !m.name.contains('@'));
    for m in end.iter().filter(|m| !m.name.starts_with("objective.")) {
        let _ = writeln!(
            out,
            "  {:<30} {:>10} {:>10} {:>10} {:>10}",
            m.name,
            number(m.mean),
            number(m.p5),
            number(m.p50),
            number(m.p95)
        );
    }
    if !checkpoints.is_empty() {
        // One row per metric, one column per checkpoint and the end: p50 [p5, p95].
        let mut dates: Vec<String> = Vec::new();
        for m in &checkpoints {
            if let Some((_, d)) = m.name.split_once('@')
                && !dates.iter().any(|x| x == d)
            {
                dates.push(d.to_string());
            }
        }
        let end_label = summary.end.replace(' ', "");
        let _ = write!(
            out,
            "\n{}\n  {}",
            t.get("cli-mc-over-time"),
            fit(&t.get("cli-mc-metric"), 20)
        );
        for d in dates.iter().chain(std::iter::once(&end_label)) {
            let _ = write!(out, " {d:>24}");
        }
        let _ = writeln!(out);
        for metric in super::CHECKPOINT_METRICS {
            let _ = write!(out, "  {metric:<20}");
            let cells = dates
                .iter()
                .map(|d| format!("{metric}@{d}"))
                .chain(std::iter::once(metric.to_string()));
            for name in cells {
                let cell = summary
                    .metrics
                    .iter()
                    .find(|m| m.name == name)
                    .map(|m| format!("{} [{}, {}]", number(m.p50), number(m.p5), number(m.p95)))
                    .unwrap_or_default();
                let _ = write!(out, " {cell:>24}");
            }
            let _ = writeln!(out);
        }
    }
    out
}
