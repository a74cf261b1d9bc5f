//! The run sheet: the workshop's phases (welcome, briefings, each quarter's timer, debriefs)
//! with their minutes and the questions to ask, from `serve --agenda FILE` or the built-in one.
//! Time here is minutes since the run sheet started, measured by the server's clock; the
//! engine never sees it.

use crate::serve::timeline::line_of;
use serde::Deserialize;
use std::path::Path;
use std::time::Duration;
use toml::Spanned;

/// The built-in run sheet: three hours, four tables, the 16-quarter default scenario.
pub const DEFAULT: &str = include_str!("../../assets/workshop/agenda.toml");
/// The same in Traditional Chinese.
pub const DEFAULT_ZH_HANT: &str = include_str!("../../assets/workshop/agenda.zh-Hant.toml");

/// One phase, with quarter phases expanded to one per quarter.
#[derive(Clone, Debug, PartialEq)]
pub struct Phase {
    pub title: String,
    pub minutes: f64,
    /// The game quarter (1-based) this phase plays; its minutes are that quarter's timer.
    pub quarter: Option<u32>,
    pub questions: Vec<String>,
    /// Minutes from the start of the run sheet.
    pub start_min: f64,
    /// Run only when the server offers tutorial tables (`serve --tutorial`).
    pub tutorial: bool,
}

impl Phase {
    pub fn end_min(&self) -> f64 {
        self.start_min + self.minutes
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Agenda {
    pub phases: Vec<Phase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    phase: Vec<PhaseToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhaseToml {
    title: Spanned<String>,
    minutes: Spanned<f64>,
    quarter: Option<Spanned<i64>>,
    /// An inclusive range of quarters, `[first, last]`, each `minutes` long.
    quarters: Option<Spanned<Vec<i64>>>,
    #[serde(default)]
    questions: Vec<String>,
    /// A tutorial-table phase, kept only with `serve --tutorial`.
    #[serde(default)]
    tutorial: bool,
}

/// Longest phase allowed, in minutes: a run sheet is for a day at most.
const MAX_PHASE_MIN: f64 = 480.0;

/// A problem in a run sheet: where it is in the file, and what it is.
type Located = (std::ops::Range<usize>, String);

/// The quarters a phase plays, first to last, and where the file gives them.
struct QuarterRange {
    first: i64,
    last: i64,
    span: std::ops::Range<usize>,
}

impl PhaseToml {
    /// The phase's minutes and the quarters it plays, each checked on its own; the order of
    /// quarters across phases is `Agenda::parse`'s to check.
    fn checked(&self) -> Result<(f64, Option<QuarterRange>), Located> {
        let minutes = *self.minutes.get_ref();
        if !(minutes > 0.0 && minutes <= MAX_PHASE_MIN) {
            return Err((
                self.minutes.span(),
                format!("minutes {minutes}: allowed more than 0 up to {MAX_PHASE_MIN}"),
            ));
        }
        let range = match (&self.quarter, &self.quarters) {
            (Some(_), Some(q)) => {
                return Err((q.span(), "give quarter or quarters, not both".into()));
            }
            (Some(q), None) => Some(QuarterRange {
                first: *q.get_ref(),
                last: *q.get_ref(),
                span: q.span(),
            }),
            (None, Some(q)) => match q.get_ref()[..] {
                [first, last] if first <= last => Some(QuarterRange {
                    first,
                    last,
                    span: q.span(),
                }),
                _ => {
                    return Err((
                        q.span(),
                        "quarters: allowed [first, last] with first <= last".into(),
                    ));
                }
            },
            (None, None) => None,
        };
        if self.tutorial && range.is_some() {
            return Err((
                self.title.span(),
                "a tutorial phase plays no quarter of the workshop's game".into(),
            ));
        }
        Ok((minutes, range))
    }
}

/// Where the room stands against the run sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Position<'a> {
    pub current: Option<&'a Phase>,
    pub next: Option<&'a Phase>,
    /// Minutes behind: the slowest table's quarter should have closed this long ago.
    pub late_min: Option<f64>,
}

impl Agenda {
    /// Reads a run sheet; errors name the file, the line and what is allowed. Quarters past
    /// the game's `quarters` are refused, or dropped when `clip` (the built-in run sheet).
    pub fn parse(text: &str, file: &str, quarters: u32, clip: bool) -> Result<Agenda, String> {
        let parsed: FileToml = toml::from_str(text).map_err(|e| {
            super::timeline::toml_error(
                text,
                file,
                &e,
                "[[phase]] with title, minutes, and optionally quarter, quarters = [first, last] and questions",
            )
        })?;
        let at = |span: std::ops::Range<usize>, what: String| {
            format!("{file}:{}: {what}", line_of(text, span.start))
        };
        let mut phases = Vec::new();
        let mut last_quarter = 0;
        let mut start_min = 0.0;
        for p in parsed.phase {
            let (minutes, range) = p.checked().map_err(|(span, what)| at(span, what))?;
            let title = p.title.get_ref().trim().to_string();
            let Some(QuarterRange { first, last, span }) = range else {
                phases.push(Phase {
                    title,
                    minutes,
                    quarter: None,
                    questions: p.questions,
                    start_min,
                    tutorial: p.tutorial,
                });
                start_min += minutes;
                continue;
            };
            let q_max = i64::from(quarters);
            // The built-in sheet fits shorter scenarios by dropping the quarters they lack.
            if clip && first > q_max {
                continue;
            }
            if first <= last_quarter || (last > q_max && !clip) {
                return Err(at(
                    span,
                    format!(
                        "quarters {first} to {last}: allowed {} to {quarters}, each once and in order",
                        last_quarter + 1
                    ),
                ));
            }
            for q in first..=last.min(i64::from(quarters)) {
                phases.push(Phase {
                    title: title.clone(),
                    minutes,
                    quarter: Some(q as u32),
                    questions: p.questions.clone(),
                    start_min,
                    tutorial: false,
                });
                start_min += minutes;
            }
            last_quarter = last.min(i64::from(quarters));
        }
        Ok(Agenda { phases })
    }

    /// The built-in run sheet in the console's language, fitted to the game's quarters,
    /// without its tutorial phase.
    pub fn builtin(lang: crate::i18n::Lang, quarters: u32) -> Agenda {
        let mut agenda = Agenda::builtin_with_tutorial(lang, quarters);
        agenda.drop_tutorial();
        agenda
    }

    /// The same opening with a tutorial table (`serve --tutorial`).
    pub fn builtin_with_tutorial(lang: crate::i18n::Lang, quarters: u32) -> Agenda {
        let text = match lang {
            crate::i18n::Lang::ZhHant => DEFAULT_ZH_HANT,
            _ => DEFAULT,
        };
        Agenda::parse(text, "built-in run sheet", quarters, true).unwrap_or_default()
    }

    pub fn load(path: &Path, quarters: u32) -> Result<Agenda, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read the run sheet: {e}", path.display()))?;
        Agenda::parse(&text, &path.display().to_string(), quarters, false)
    }

    /// Without tutorial tables: the tutorial phases go and the later phases start earlier.
    pub fn drop_tutorial(&mut self) {
        self.phases.retain(|p| !p.tutorial);
        let mut start_min = 0.0;
        for p in &mut self.phases {
            p.start_min = start_min;
            start_min += p.minutes;
        }
    }

    /// The timer of a quarter (1-based), when the run sheet has one.
    pub fn quarter_limit(&self, quarter: u32) -> Option<Duration> {
        self.phases
            .iter()
            .find(|p| p.quarter == Some(quarter))
            .map(|p| Duration::from_secs((p.minutes * 60.0).round() as u64))
    }

    pub fn total_min(&self) -> f64 {
        self.phases.last().map_or(0.0, Phase::end_min)
    }

    /// Where the room is `elapsed` after the start while its slowest table plays `playing`
    /// (1-based; None once every table has ended). The current phase is the clock's, unless
    /// the room has not reached it: then the quarter it is still on, and the room is late.
    pub fn position(&self, elapsed: Duration, playing: Option<u32>) -> Position<'_> {
        let now_min = elapsed.as_secs_f64() / 60.0;
        let by_clock = self
            .phases
            .iter()
            .position(|p| now_min < p.end_min())
            .unwrap_or(self.phases.len().saturating_sub(1));
        let room = playing.and_then(|q| self.phases.iter().position(|p| p.quarter == Some(q)));
        let current = room.map_or(by_clock, |r| r.min(by_clock));
        let late_min = room
            .map(|r| now_min - self.phases[r].end_min())
            .filter(|late| *late >= 1.0);
        Position {
            current: self.phases.get(current),
            next: self.phases.get(current + 1),
            late_min,
        }
    }
}

/// Minutes from the start as h:mm.
pub fn hmm(minutes: f64) -> String {
    let m = minutes.max(0.0).round() as u64;
    format!("{}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = r#"
[[phase]]
title = "Welcome"
minutes = 10
questions = ["Who has run a grid?"]

[[phase]]
title = "Quarters"
minutes = 8
quarters = [1, 2]

[[phase]]
title = "Debrief"
minutes = 20
"#;

    #[test]
    fn phases_expand_quarters_and_add_up() {
        let a = Agenda::parse(SHEET, "sheet.toml", 16, false).unwrap();
        assert_eq!(a.phases.len(), 4);
        assert_eq!(a.phases[2].quarter, Some(2));
        assert_eq!(a.phases[2].start_min, 18.0);
        assert_eq!(a.total_min(), 46.0);
        assert_eq!(a.quarter_limit(1), Some(Duration::from_secs(480)));
        assert_eq!(a.quarter_limit(3), None);
        assert_eq!(hmm(a.phases[3].start_min), "0:26");
    }

    #[test]
    fn the_room_is_late_when_its_slowest_quarter_should_have_closed() {
        let a = Agenda::parse(SHEET, "sheet.toml", 16, false).unwrap();
        let min = |m: u64| Duration::from_secs(m * 60);
        let p = a.position(min(5), Some(1));
        assert_eq!(p.current.unwrap().title, "Welcome");
        assert_eq!(p.next.unwrap().quarter, Some(1));
        assert_eq!(p.late_min, None);
        // At 0:30 the sheet says debrief, but a table still plays quarter 1 (due at 0:18).
        let p = a.position(min(30), Some(1));
        assert_eq!(p.current.unwrap().quarter, Some(1));
        assert_eq!(p.late_min, Some(12.0));
        // Every table done: the clock decides.
        let p = a.position(min(30), None);
        assert_eq!(p.current.unwrap().title, "Debrief");
        assert_eq!(p.next, None);
        // Ahead of the sheet is not late.
        assert_eq!(a.position(min(12), Some(2)).late_min, None);
    }

    #[test]
    fn bad_sheets_name_the_line_and_what_is_allowed() {
        let cases = [
            (
                "[[phase]]\ntitle = \"A\"\nminutes = 0\n",
                ":3:",
                "allowed more than 0",
            ),
            (
                "[[phase]]\ntitle = \"A\"\nminutes = 5\nquarters = [3, 1]\n",
                ":4:",
                "first <= last",
            ),
            (
                "[[phase]]\ntitle = \"A\"\nminutes = 5\nquarter = 17\n",
                ":4:",
                "allowed 1 to 16",
            ),
            (
                "[[phase]]\ntitle = \"A\"\nminutes = 5\nquarter = 2\n[[phase]]\ntitle = \"B\"\nminutes = 5\nquarter = 2\n",
                ":8:",
                "each once and in order",
            ),
            ("[[phase]]\ntitle = \"A\"\nminute = 5\n", ":3:", "expected"),
            ("[[phase]]\nminutes = 5\n", ":1:", "title"),
        ];
        for (text, line, allowed) in cases {
            let e = Agenda::parse(text, "sheet.toml", 16, false).unwrap_err();
            assert!(e.starts_with("sheet.toml"), "{e}");
            assert!(e.contains(line), "{text:?}: {e}");
            assert!(e.contains(allowed), "{text:?}: {e}");
            assert_eq!(e.lines().count(), 1, "{e}");
        }
    }

    #[test]
    fn a_tutorial_phase_plays_no_quarter() {
        let text = "[[phase]]\ntitle = \"Tutorial\"\nminutes = 15\ntutorial = true\nquarter = 1\n";
        let e = Agenda::parse(text, "a.toml", 16, false).unwrap_err();
        assert!(e.starts_with("a.toml:2: ") && e.contains("tutorial"), "{e}");
    }

    #[test]
    fn the_builtin_sheets_fill_three_hours_and_fit_shorter_games() {
        for lang in [crate::i18n::Lang::En, crate::i18n::Lang::ZhHant] {
            let a = Agenda::builtin(lang, 16);
            assert_eq!(a.total_min(), 180.0, "{lang:?}");
            assert!((1..=16).all(|q| a.quarter_limit(q).is_some()));
            assert!(a.phases.iter().any(|p| !p.questions.is_empty()));
            let tutorial = Agenda::builtin_with_tutorial(lang, 16);
            assert_eq!(tutorial.total_min(), 195.0, "{lang:?}");
            assert!(tutorial.phases[0].tutorial && !a.phases[0].tutorial);
            // Without the tutorial every later phase starts 15 minutes earlier.
            assert_eq!(tutorial.phases[1].start_min, 15.0);
            assert_eq!(a.phases[0].start_min, 0.0);
            let short = Agenda::builtin(lang, 6);
            assert!(short.quarter_limit(6).is_some() && short.quarter_limit(7).is_none());
            assert!(
                short.phases.last().unwrap().quarter.is_none(),
                "debrief kept"
            );
        }
    }
}
