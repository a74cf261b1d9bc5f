//! The inject timeline: event cards scheduled by quarter (and table) from `serve --injects
//! FILE`, changed live from the console, queued through the live injects' path when their
//! quarter resolves. Each table's timeline is written beside its save in the same format, so
//! `--resume` finds it.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One scheduled inject of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheduled {
    /// 1-based quarter of the game; the card is queued when this quarter resolves.
    pub quarter: u32,
    /// An id of the scenario's event deck.
    pub card: String,
    /// What the facilitator wants to remember (a question to ask, why it is there).
    pub note: String,
}

/// A table's schedule, kept in quarter order (entries of one quarter in the order added).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    pub entries: Vec<Scheduled>,
}

/// What the file may hold.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    inject: Vec<EntryToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryToml {
    quarter: Spanned<i64>,
    card: Spanned<String>,
    table: Option<Spanned<i64>>,
    #[serde(default)]
    note: String,
}

#[derive(Serialize)]
struct FileOut<'a> {
    inject: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    quarter: u32,
    card: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
}

/// What a schedule is checked against.
pub struct Bounds<'a> {
    /// The scenario's event deck ids.
    pub deck: &'a [String],
    /// Quarters in the game.
    pub quarters: u32,
    /// Tables on the server.
    pub tables: usize,
}

/// The 1-based line of a byte offset.
/// A TOML error as one line: the file, the line, the problem, and what is allowed unless the
/// problem already says what was expected.
pub fn toml_error(text: &str, file: &str, e: &toml::de::Error, allowed: &str) -> String {
    let line = e.span().map_or(1, |s| line_of(text, s.start));
    let message = e.message().trim().replace('\n', " ");
    let hint = if message.contains("expected") {
        String::new()
    } else {
        format!("; allowed: {allowed}")
    };
    format!("{file}:{line}: {message}{hint}")
}

pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn at(file: &str, text: &str, span: Range<usize>, what: String) -> String {
    format!("{file}:{}: {what}", line_of(text, span.start))
}

/// Reads a schedule for every table: an entry without `table` goes to each one. Errors name
/// the file, the line and what is allowed.
pub fn parse(text: &str, file: &str, bounds: &Bounds) -> Result<Vec<Timeline>, String> {
    let mut parsed: FileToml = toml::from_str(text).map_err(|e| {
        toml_error(
            text,
            file,
            &e,
            "[[inject]] with quarter, card, and optionally table and note",
        )
    })?;
    let mut out = vec![Timeline::default(); bounds.tables];
    parsed.inject.sort_by_key(|e| *e.quarter.get_ref());
    for entry in parsed.inject {
        let quarter = *entry.quarter.get_ref();
        if !(1..=i64::from(bounds.quarters)).contains(&quarter) {
            return Err(at(
                file,
                text,
                entry.quarter.span(),
                format!("quarter {quarter}: allowed 1 to {}", bounds.quarters),
            ));
        }
        let card = entry.card.get_ref().trim();
        if !bounds.deck.iter().any(|id| id == card) {
            return Err(at(
                file,
                text,
                entry.card.span(),
                format!(
                    "card \"{card}\" is not in the scenario's event deck; allowed: {}",
                    bounds.deck.join(", ")
                ),
            ));
        }
        let tables: Vec<usize> = match &entry.table {
            None => (0..bounds.tables).collect(),
            Some(t) => {
                let n = *t.get_ref();
                if !(1..=bounds.tables as i64).contains(&n) {
                    return Err(at(
                        file,
                        text,
                        t.span(),
                        format!(
                            "table {n}: allowed 1 to {} (the server's tables)",
                            bounds.tables
                        ),
                    ));
                }
                vec![n as usize - 1]
            }
        };
        for t in tables {
            out[t].entries.push(Scheduled {
                quarter: quarter as u32,
                card: card.to_string(),
                note: entry.note.trim().to_string(),
            });
        }
    }
    Ok(out)
}

/// Reads a schedule file; errors name the file.
pub fn load(path: &Path, bounds: &Bounds) -> Result<Vec<Timeline>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the inject schedule: {e}", path.display()))?;
    parse(&text, &path.display().to_string(), bounds)
}

/// Where a table's timeline is kept: beside its save.
pub fn path_beside(save: &Path) -> PathBuf {
    let name = save
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(crate::save::EXTENSION).unwrap_or(&name);
    save.with_file_name(format!("{stem}.injects.toml"))
}

impl Timeline {
    /// Adds an entry after the others of its quarter; where it went.
    pub fn insert(&mut self, entry: Scheduled) -> usize {
        let at = self
            .entries
            .iter()
            .position(|e| e.quarter > entry.quarter)
            .unwrap_or(self.entries.len());
        self.entries.insert(at, entry);
        at
    }

    /// The cards due when `quarter` resolves.
    pub fn due(&self, quarter: u32) -> impl Iterator<Item = &Scheduled> {
        self.entries.iter().filter(move |e| e.quarter == quarter)
    }

    /// Adds a card for a quarter not yet resolved (`current` is the quarter being played).
    pub fn add(&mut self, entry: Scheduled, current: u32, last: u32) -> Result<(), String> {
        check_quarter(entry.quarter, current, last)?;
        self.insert(entry);
        Ok(())
    }

    /// Moves entry `index` to another quarter (both must still be ahead): the entry as it
    /// was and where it is now.
    pub fn move_to(
        &mut self,
        index: usize,
        quarter: u32,
        current: u32,
        last: u32,
    ) -> Result<(Scheduled, usize), String> {
        let entry = self.pending(index, current)?.clone();
        check_quarter(quarter, current, last)?;
        self.entries.remove(index);
        let at = self.insert(Scheduled {
            quarter,
            ..entry.clone()
        });
        Ok((entry, at))
    }

    /// Drops entry `index` if its quarter has not resolved.
    pub fn drop_entry(&mut self, index: usize, current: u32) -> Result<Scheduled, String> {
        self.pending(index, current)?;
        Ok(self.entries.remove(index))
    }

    fn pending(&self, index: usize, current: u32) -> Result<&Scheduled, String> {
        let entry = self
            .entries
            .get(index)
            .ok_or_else(|| format!("no scheduled inject {}", index + 1))?;
        if entry.quarter < current {
            return Err(format!(
                "\"{}\" was due in quarter {}, which has resolved",
                entry.card, entry.quarter
            ));
        }
        Ok(entry)
    }

    /// The schedule in the file format (without tables: the file belongs to one table).
    pub fn to_toml(&self) -> String {
        let out = FileOut {
            inject: self
                .entries
                .iter()
                .map(|e| EntryOut {
                    quarter: e.quarter,
                    card: &e.card,
                    note: &e.note,
                })
                .collect(),
        };
        let body = toml::to_string(&out).unwrap_or_default();
        format!("# This table's inject schedule, kept by overbuild serve for --resume.\n{body}")
    }
}

fn check_quarter(quarter: u32, current: u32, last: u32) -> Result<(), String> {
    if quarter < current || quarter > last {
        return Err(format!(
            "quarter {quarter}: allowed {current} (the quarter being played) to {last}"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Vec<String> {
        vec!["gas-spike".into(), "fed-cut".into()]
    }

    fn parse_with(text: &str) -> Result<Vec<Timeline>, String> {
        let deck = deck();
        parse(
            text,
            "plan.toml",
            &Bounds {
                deck: &deck,
                quarters: 16,
                tables: 2,
            },
        )
    }

    #[test]
    fn entries_go_to_their_table_in_quarter_order() {
        let text = r#"
[[inject]]
quarter = 5
card = "fed-cut"
note = "Ask OpenAI about its bonds"

[[inject]]
quarter = 2
card = "gas-spike"
table = 2
"#;
        let tables = parse_with(text).unwrap();
        assert_eq!(tables[0].entries.len(), 1);
        assert_eq!(
            tables[1]
                .entries
                .iter()
                .map(|e| e.quarter)
                .collect::<Vec<_>>(),
            vec![2, 5]
        );
        assert_eq!(tables[0].entries[0].note, "Ask OpenAI about its bonds");
        // Written beside a save and read back, a table's schedule is the same.
        let back = parse_with(&tables[1].to_toml()).unwrap();
        assert_eq!(back[0], tables[1]);
    }

    #[test]
    fn bad_files_name_the_line_and_what_is_allowed() {
        let cases = [
            (
                "[[inject]]\nquarter = 3\ncard = \"nope\"\n",
                ":3:",
                "gas-spike, fed-cut",
            ),
            (
                "[[inject]]\nquarter = 30\ncard = \"fed-cut\"\n",
                ":2:",
                "allowed 1 to 16",
            ),
            (
                "\n[[inject]]\nquarter = 3\ncard = \"fed-cut\"\ntable = 3\n",
                ":5:",
                "allowed 1 to 2",
            ),
            (
                "[[inject]]\nquarter = 3\ncards = \"fed-cut\"\n",
                ":3:",
                "expected",
            ),
            ("[[inject]]\nquarter = 3\n", ":1:", "card"),
            (
                "[[inject]]\nquarter = \"soon\"\ncard = \"fed-cut\"\n",
                ":2:",
                "",
            ),
            ("[[inject]\n", ":1:", ""),
        ];
        for (text, line, allowed) in cases {
            let e = parse_with(text).unwrap_err();
            assert!(e.starts_with("plan.toml"), "{e}");
            assert!(e.contains(line), "{text:?}: {e}");
            assert!(e.contains(allowed), "{text:?}: {e}");
            assert_eq!(e.lines().count(), 1, "{e}");
        }
    }

    #[test]
    fn only_quarters_still_ahead_can_change() {
        let mut t = Timeline::default();
        let entry = |quarter, card: &str| Scheduled {
            quarter,
            card: card.into(),
            note: String::new(),
        };
        t.add(entry(4, "fed-cut"), 3, 16).unwrap();
        t.add(entry(3, "gas-spike"), 3, 16).unwrap();
        assert!(t.add(entry(2, "gas-spike"), 3, 16).is_err(), "resolved");
        assert!(
            t.add(entry(17, "gas-spike"), 3, 16).is_err(),
            "past the end"
        );
        assert_eq!(t.entries[0].card, "gas-spike", "quarter order");
        assert_eq!(t.move_to(0, 6, 3, 16).unwrap().1, 1);
        assert_eq!(t.entries[1].quarter, 6);
        assert_eq!(t.due(6).count(), 1);
        // Once quarter 4 resolved (playing 5), its entry stays as it was.
        assert!(t.move_to(0, 7, 5, 16).is_err());
        assert!(t.drop_entry(0, 5).is_err());
        assert_eq!(t.drop_entry(1, 5).unwrap().card, "gas-spike");
        assert!(t.drop_entry(9, 1).is_err());
    }
}
