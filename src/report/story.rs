//! The story of a game, from the engine's attribution of every quarter: the decisions that
//! mattered most (each seat's new orders credited with their own Shapley value on each score,
//! never with another cause's), the news of consequence (defaults, downgrades, blackouts,
//! elections, crashes) with the top causes of the figure they moved, and a narrative of a few
//! paragraphs in the player's language. The debrief (Markdown, HTML) and the TUI's game-over
//! screen both tell it from here.

use crate::engine::attribution::{Attribution, Cause, Figure};
use crate::engine::report::{Arg, Msg, TurnReport};
use crate::engine::{CompanyId, Date, Params, Seat};
use crate::game::Turn;
use crate::i18n::{Texts, format_signed};
use crate::save::diff::{FieldChange, seat_changes};

/// A one-quarter fall of the index that counts as a crash, share. Assumption: a bear market's
/// 20% in one quarter is a crash by any reading; 15% catches October 1987 (−23% in a day,
/// about −25% on the quarter) and the worst dot-com quarters (Nasdaq −25% to −40%).
pub const CRASH_SHARE: f64 = 0.15;
/// Causes each piece of news names.
pub const CAUSES_NAMED: usize = 3;
/// Decisions the narrative tells, and rows the debrief's table keeps.
pub const DECISIONS_TOLD: usize = 3;
pub const DECISIONS_LISTED: usize = 8;
/// Credits smaller than this on every score are not decisions that mattered, points.
const MIN_CREDIT: f64 = 0.05;

/// One quarter as played: where it started (the orders standing before it), what was played,
/// and its attribution.
pub struct Explained<'a> {
    pub before: crate::engine::Orders,
    pub turn: &'a Turn,
    pub attribution: Attribution,
}

/// A seat's new orders in a quarter and their Shapley value on each score.
#[derive(Clone, Debug, PartialEq)]
pub struct Credit {
    pub turn: usize,
    pub date: Date,
    pub seat: Seat,
    pub changes: Vec<FieldChange>,
    /// Points on each seat's score, in `Seat::ALL` order.
    pub scores: [f64; 4],
    pub welfare: f64,
}

impl Credit {
    pub fn size(&self) -> f64 {
        self.scores
            .iter()
            .chain(std::iter::once(&self.welfare))
            .fold(0.0, |m, v| m.max(v.abs()))
    }
}

/// The kinds of news of consequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Default(CompanyId),
    Downgrade(CompanyId),
    Blackout,
    Election { won: bool },
    Crash,
}

impl Kind {
    /// The timeline's mark.
    pub fn mark(self) -> char {
        match self {
            Kind::Default(_) => '✗',
            Kind::Downgrade(_) => '▽',
            Kind::Blackout => '‼',
            Kind::Election { .. } => '◆',
            Kind::Crash => '↘',
        }
    }

    /// The headline figure the news moved, as the attribution keys it.
    pub fn figure(self) -> String {
        match self {
            Kind::Default(id) => format!("cap.{}", id.id()),
            Kind::Downgrade(id) => format!("rating.{}", id.id()),
            Kind::Blackout => "blackouts".into(),
            Kind::Election { .. } => "approval".into(),
            Kind::Crash => "index".into(),
        }
    }
}

/// A piece of news of consequence, the message that told it (None for a crash, which no news
/// item names) and, once attributed, its figure's change and largest causes.
#[derive(Clone, Debug, PartialEq)]
pub struct Consequence {
    pub turn: usize,
    pub date: Date,
    pub kind: Kind,
    pub msg: Option<Msg>,
    pub change: f64,
    /// Largest first; `None` stands for drift.
    pub causes: Vec<(Option<Cause>, f64)>,
    /// The unit of the figure the causes moved ("notches", "$B"...), as the attribution names it.
    pub unit: String,
}

/// The news of consequence of quarter `turn` (0-based), each with its figure's change and
/// largest causes from the quarter's attribution.
pub fn attributed_consequences(
    turn: usize,
    report: &TurnReport,
    previous: Option<&TurnReport>,
    attribution: &Attribution,
) -> Vec<Consequence> {
    consequences_in(report, previous)
        .into_iter()
        .map(|(kind, msg)| {
            let figure = attribution.figure(&kind.figure());
            Consequence {
                turn,
                date: report.date,
                kind,
                msg,
                change: figure.map_or(0.0, Figure::change),
                causes: figure.map_or_else(Vec::new, |f| top_causes(f, CAUSES_NAMED)),
                unit: figure.map_or_else(String::new, |f| f.unit.clone()),
            }
        })
        .collect()
}

/// The news of consequence in a quarter's report, found without attribution (the replay's
/// timeline marks them cheaply); `previous` gives the index's level before.
pub fn consequences_in(
    report: &TurnReport,
    previous: Option<&TurnReport>,
) -> Vec<(Kind, Option<Msg>)> {
    let company = |m: &Msg| {
        m.args.iter().find_map(|(name, arg)| match arg {
            Arg::Text(t) if name == "company" => {
                CompanyId::ALL.iter().copied().find(|c| c.id() == t)
            }
            _ => None,
        })
    };
    let mut out = Vec::new();
    for n in &report.news {
        let kind = match n.msg.key.as_str() {
            "news-insolvency" => company(&n.msg).map(Kind::Default),
            "news-downgrade" => company(&n.msg).map(Kind::Downgrade),
            "news-fault-shed" | "news-fault-cascade" => Some(Kind::Blackout),
            "news-midterm-held" | "news-general-won" => Some(Kind::Election { won: true }),
            "news-midterm-lost" | "news-general-lost" => Some(Kind::Election { won: false }),
            _ => None,
        };
        if let Some(kind) = kind {
            out.push((kind, Some(n.msg.clone())));
        }
    }
    let before = previous.map_or(100.0, |p| p.market.index);
    if before > 0.0 && report.market.index < before * (1.0 - CRASH_SHARE) {
        out.push((Kind::Crash, None));
    }
    out
}

/// A figure's causes with drift, largest first, the `n` largest that moved it: by at least a
/// tenth of the largest, so a story names the causes that mattered, never one of "+0.0".
pub fn top_causes(f: &Figure, n: usize) -> Vec<(Option<Cause>, f64)> {
    let all = f
        .causes_by_size()
        .into_iter()
        .map(|(c, v)| (Some(c), v))
        .chain(std::iter::once((None, f.drift)));
    let largest = all.clone().map(|(_, v)| v.abs()).fold(0.0, f64::max);
    let mut causes: Vec<(Option<Cause>, f64)> = all
        .filter(|(_, v)| v.abs() > 1e-9 && v.abs() >= largest / 10.0)
        .collect();
    causes.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    causes.truncate(n);
    causes
}

/// The story of a game.
pub struct Story {
    pub quarters: usize,
    /// Largest first.
    pub credits: Vec<Credit>,
    pub consequences: Vec<Consequence>,
    /// Over the game, each cause's points on each score: `[cause][seat]`, welfare last; drift
    /// is the sixth cause.
    pub totals: [[f64; 5]; 6],
}

impl Story {
    pub fn build(params: &Params, quarters: &[Explained]) -> Story {
        let mut credits = Vec::new();
        let mut consequences = Vec::new();
        let mut totals = [[0.0; 5]; 6];
        for (t, q) in quarters.iter().enumerate() {
            let a = &q.attribution;
            let score = |i: usize| -> Option<&Figure> {
                let key = match Seat::ALL.get(i) {
                    Some(s) => format!("score.{}", s.id()),
                    None => "score.welfare".into(),
                };
                a.figure(&key)
            };
            for (i, f) in (0..5).filter_map(|i| Some((i, score(i)?))) {
                for (total, part) in totals.iter_mut().zip(f.parts.iter().chain([&f.drift])) {
                    total[i] += part;
                }
            }
            for (s, seat) in Seat::ALL.iter().enumerate() {
                let changes = seat_changes(*seat, &q.before, &q.turn.orders, params);
                if changes.is_empty() {
                    continue;
                }
                let part = |i: usize| score(i).map_or(0.0, |f| f.parts[s]);
                credits.push(Credit {
                    turn: t,
                    date: q.turn.report.date,
                    seat: *seat,
                    changes,
                    scores: std::array::from_fn(part),
                    welfare: part(4),
                });
            }
            let previous = t.checked_sub(1).map(|p| &quarters[p].turn.report);
            consequences.extend(attributed_consequences(t, &q.turn.report, previous, a));
        }
        credits.retain(|c| c.size() >= MIN_CREDIT);
        credits.sort_by(|a, b| b.size().total_cmp(&a.size()).then(a.turn.cmp(&b.turn)));
        Story {
            quarters: quarters.len(),
            credits,
            consequences,
            totals,
        }
    }

    /// The consequence a news message of quarter `turn` told, if it is one.
    pub fn consequence(&self, turn: usize, msg: &Msg) -> Option<&Consequence> {
        self.consequences
            .iter()
            .find(|c| c.turn == turn && c.msg.as_ref() == Some(msg))
    }
}

/// Words for the story, in one language.
pub struct Teller<'a> {
    pub t: &'a Texts,
    pub params: &'a Params,
}

impl Teller<'_> {
    pub fn seat(&self, seat: Seat) -> String {
        self.t.get(&format!("seat-{}", seat.id()))
    }

    pub fn cause(&self, cause: Option<Cause>) -> String {
        match cause {
            Some(Cause::Events) => self.t.get("story-cause-events"),
            Some(c) => self.seat(Seat::ALL[c as usize]),
            None => self.t.get("story-cause-drift"),
        }
    }

    /// "OpenAI +3.2, the events −1.0, drift +0.4".
    pub fn causes(&self, causes: &[(Option<Cause>, f64)], digits: usize) -> String {
        causes
            .iter()
            .map(|(c, v)| format!("{} {}", self.cause(*c), format_signed(*v, digits)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What a decision changed, in the order form's words: "Data centers started (Texas)
    /// 0 → 500; Bonds issued 0 → 20".
    pub fn changes(&self, changes: &[FieldChange]) -> String {
        changes
            .iter()
            .map(|c| {
                let (from, to) = c.values();
                format!("{} {from} → {to}", self.field(c))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// An order field's label, with its region's name for a regional field.
    fn field(&self, c: &FieldChange) -> String {
        let label = self.t.field_label(c.seat, c.key);
        match c.region.and_then(|r| self.params.regions.get(r)) {
            Some(region) => format!(
                "{label} ({})",
                self.t.region_short(&region.id, &region.name)
            ),
            None => label,
        }
    }

    /// A credit's effects on the scores it moved: "OpenAI +3.2, public welfare −0.4".
    pub fn effects(&self, c: &Credit) -> String {
        let mut parts: Vec<(String, f64)> = Seat::ALL
            .iter()
            .zip(c.scores)
            .map(|(s, v)| (self.seat(*s), v))
            .chain(std::iter::once((self.t.get("story-welfare"), c.welfare)))
            .filter(|(_, v)| v.abs() >= MIN_CREDIT)
            .collect();
        parts.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        parts
            .iter()
            .map(|(n, v)| format!("{n} {}", format_signed(*v, 1)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What a consequence was, in a few words.
    pub fn what(&self, c: &Consequence) -> String {
        let company = |id: CompanyId| Arg::Text(self.t.get(&format!("company-{}", id.id())));
        match c.kind {
            Kind::Default(id) => self
                .t
                .with("story-what-default", &[("company", company(id))]),
            Kind::Downgrade(id) => self
                .t
                .with("story-what-downgrade", &[("company", company(id))]),
            Kind::Blackout => self.t.get("story-what-blackout"),
            Kind::Election { won: true } => self.t.get("story-what-election-won"),
            Kind::Election { won: false } => self.t.get("story-what-election-lost"),
            Kind::Crash => self.t.get("story-what-crash"),
        }
    }

    /// "causes (notches): OpenAI +1.0, drift +0.2" for a consequence, or that nothing moved it.
    pub fn because(&self, c: &Consequence) -> String {
        if c.causes.is_empty() {
            return self.t.get("story-because-none");
        }
        let causes = ("causes", Arg::Text(self.causes(&c.causes, 1)));
        if c.unit.is_empty() {
            return self.t.with("story-because-count", &[causes]);
        }
        self.t.with(
            "story-because",
            &[causes, ("unit", Arg::Text(self.t.change_unit(&c.unit)))],
        )
    }
}

/// Every quarter of a replayed save, attributed (in parallel: each is a few dozen resolves).
pub fn explain_replay(replay: &crate::save::Replay) -> Vec<Explained<'_>> {
    use rayon::prelude::*;
    let quarters: Vec<Option<Explained>> = (0..replay.len())
        .into_par_iter()
        .map(|t| {
            let turn = replay.turn(t)?;
            let before = replay.world(t)?.last_orders.clone();
            let attribution = crate::explain::quarter_in_replay(replay, t)?;
            Some(Explained {
                before,
                turn,
                attribution,
            })
        })
        .collect();
    quarters.into_iter().map_while(|q| q).collect()
}

/// Every quarter of a game in progress, attributed: the game is replayed once from its seed
/// to find each quarter's start. Stops at a quarter whose replay differs from the record (a
/// facilitator changed the world there).
pub fn explain_game(game: &crate::game::Game) -> Vec<Explained<'_>> {
    use rayon::prelude::*;
    let mut replayed = crate::game::Game::new(game.scenario.clone(), game.seed);
    let mut starts = Vec::new();
    for turn in &game.turns {
        starts.push(replayed.world.clone());
        replayed.play(turn.orders.clone());
        if replayed.turns.last().map(|t| &t.hash) != Some(&turn.hash) {
            break;
        }
    }
    starts
        .into_par_iter()
        .enumerate()
        .map(|(t, start)| {
            let turn = &game.turns[t];
            let previous = t.checked_sub(1).map(|p| &game.turns[p].report);
            let attribution =
                crate::engine::attribution::attribute(&start, previous, &turn.orders, &game.rngs);
            Explained {
                before: start.last_orders.clone(),
                turn,
                attribution,
            }
        })
        .collect()
}

/// The narrative: how the game ended, the decisions that mattered most, what decisions, events
/// and drift did over the game, and the news of consequence with their causes.
pub fn narrative(story: &Story, teller: &Teller, last: &TurnReport) -> Vec<String> {
    let t = teller.t;
    let mut paragraphs = vec![outcome(teller, story, last)];
    if story.credits.is_empty() {
        paragraphs.push(t.get("story-no-decisions"));
    } else {
        let told: Vec<String> = story
            .credits
            .iter()
            .take(DECISIONS_TOLD)
            .map(|c| {
                t.with(
                    "story-decision",
                    &[
                        ("date", Arg::Text(c.date.to_string())),
                        ("seat", Arg::Text(teller.seat(c.seat))),
                        ("what", Arg::Text(teller.changes(&c.changes))),
                        ("effects", Arg::Text(teller.effects(c))),
                    ],
                )
            })
            .collect();
        paragraphs.push(format!("{} {}", t.get("story-decisions"), told.join(" ")));
    }
    paragraphs.push(totals(teller, story));
    if !story.consequences.is_empty() {
        let told: Vec<String> = story
            .consequences
            .iter()
            .map(|c| {
                t.with(
                    "story-consequence",
                    &[
                        ("date", Arg::Text(c.date.to_string())),
                        ("what", Arg::Text(teller.what(c))),
                        ("because", Arg::Text(teller.because(c))),
                    ],
                )
            })
            .collect();
        paragraphs.push(format!(
            "{} {}",
            t.get("story-consequences"),
            told.join(" ")
        ));
    }
    paragraphs
}

fn outcome(teller: &Teller, story: &Story, last: &TurnReport) -> String {
    let winners: Vec<String> = last
        .scores
        .seats
        .iter()
        .filter(|s| s.objective_met)
        .map(|s| teller.seat(s.seat))
        .collect();
    let best = last
        .scores
        .seats
        .iter()
        .max_by(|a, b| a.score.total_cmp(&b.score));
    let winners = if winners.is_empty() {
        teller.t.get("story-nobody")
    } else {
        winners.join(", ")
    };
    teller.t.with(
        "story-outcome",
        &[
            ("quarters", Arg::Num(story.quarters as f64)),
            ("date", Arg::Text(last.date.to_string())),
            ("winners", Arg::Text(winners)),
            (
                "best",
                Arg::Text(best.map(|s| teller.seat(s.seat)).unwrap_or_default()),
            ),
            ("score", Arg::Num(best.map_or(0.0, |s| s.score))),
        ],
    )
}

/// Each seat's score as its own decisions, the events and drift moved it over the game.
fn totals(teller: &Teller, story: &Story) -> String {
    let row = |cause: usize| -> String {
        Seat::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let from = if cause == usize::MAX { i } else { cause };
                format!(
                    "{} {}",
                    teller.seat(*s),
                    format_signed(story.totals[from][i], 1)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    teller.t.with(
        "story-totals",
        &[
            ("own", Arg::Text(row(usize::MAX))),
            ("events", Arg::Text(row(Cause::Events as usize))),
            ("drift", Arg::Text(row(5))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::attribution::FigureKind;

    #[test]
    fn a_story_names_the_causes_that_mattered() {
        let figure = Figure {
            key: "score.whitehouse".into(),
            label: String::new(),
            unit: "points".into(),
            kind: FigureKind::Score,
            before: 50.0,
            after: 50.9,
            // OpenAI, Oracle, utility, White House, events.
            parts: [0.004, 0.0, -0.2, 0.6, 0.04],
            drift: 0.456,
            drift_parts: Vec::new(),
        };
        let causes = top_causes(&figure, 3);
        assert_eq!(
            causes,
            vec![
                (Some(Cause::WhiteHouse), 0.6),
                (None, 0.456),
                (Some(Cause::Utility), -0.2),
            ]
        );
        // Under a tenth of the largest, a cause is left out even with room to spare.
        assert_eq!(top_causes(&figure, 5).len(), 3);
    }

    #[test]
    fn an_elections_causes_are_counted_in_percentage_points() {
        // Approval is a percentage, so what moved it is counted in points of it: "causes (%)"
        // read as if the White House had moved approval by 0.6 per cent of itself.
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let texts = crate::i18n::Texts::new(crate::i18n::Lang::En);
        let teller = Teller {
            t: &texts,
            params: &scenario.params,
        };
        let mut election = Consequence {
            turn: 7,
            date: scenario.params.scenario.start,
            kind: Kind::Election { won: true },
            msg: None,
            change: 0.5,
            causes: vec![(Some(Cause::WhiteHouse), 0.6), (None, -0.1)],
            unit: "%".into(),
        };
        let told = teller.because(&election);
        assert!(told.starts_with("causes (percentage points): "), "{told}");
        election.unit = "notches".into();
        assert!(teller.because(&election).starts_with("causes (notches): "));
    }
}
