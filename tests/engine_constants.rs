//! Every constant left in the engine names its source, or says it is an assumption and why, by
//! the rule the scenario files follow (`scenario::sources::classify`), or says why it is no
//! model parameter at all (a tolerance, a count, a list of ids). The comment that counts is the
//! one directly above the `const`, or for a group of constants declared one after another with
//! no comment of their own but the first's, the first's.

use overbuild::scenario::sources::{MIN_REASON_WORDS, Status, classify};
use std::path::{Path, PathBuf};

/// The mark of a technical constant, followed by its reason.
const TECHNICAL: &str = "not a model parameter:";

/// The ways a constant may be declared at module or impl level.
const DECLARATIONS: [&str; 4] = [
    "const ",
    "pub const ",
    "pub(crate) const ",
    "pub(super) const ",
];

/// One `const` of a source file and the comment that covers it.
#[derive(Debug)]
struct Constant {
    line: usize,
    name: String,
    comment: String,
}

/// A `const` as declared, with the comment directly above it.
struct Declared {
    line: usize,
    name: String,
    own: String,
    test_only: bool,
}

/// A constant's name when `line` declares one (not a `const fn` nor `const _`).
fn declared(line: &str) -> Option<String> {
    let trimmed = line.trim_start();
    let rest = DECLARATIONS.iter().find_map(|d| trimmed.strip_prefix(d))?;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let is_item = rest[name.len()..].trim_start().starts_with(':');
    (is_item && name != "_").then_some(name)
}

/// A comment line's text, doc or plain (not a module's `//!`).
fn comment_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    if trimmed.starts_with("//!") {
        return None;
    }
    trimmed
        .strip_prefix("//")
        .map(|c| c.trim_start_matches('/').trim())
}

/// Brackets opened minus closed on a line (the constants hold no brackets in strings).
fn depth_change(line: &str) -> i32 {
    line.chars()
        .map(|c| match c {
            '[' | '(' | '{' => 1,
            ']' | ')' | '}' => -1,
            _ => 0,
        })
        .sum()
}

/// Every constant of a source file outside `#[cfg(test)]` items, with its covering comment.
fn constants(text: &str) -> Vec<Constant> {
    let mut found = Vec::new();
    // Constants declared one after another, with no blank line or other item between.
    let mut run: Vec<Declared> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut cfg_test = false;
    // The closing line of a test module being skipped (rustfmt puts it at the `mod`'s indent).
    let mut skip_until: Option<String> = None;
    // Bracket depth of a constant declared over several lines, till its `;`.
    let mut open_const: Option<i32> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(end) = &skip_until {
            if line.trim_end() == end {
                skip_until = None;
            }
            continue;
        }
        if let Some(depth) = open_const.as_mut() {
            *depth += depth_change(line);
            if *depth <= 0 && trimmed.ends_with(';') {
                open_const = None;
            }
            continue;
        }
        if let Some(comment) = comment_text(line) {
            block.push(comment);
            continue;
        }
        if trimmed.starts_with("#[") {
            cfg_test |= trimmed.starts_with("#[cfg(test)]");
            continue;
        }
        let test_only = std::mem::take(&mut cfg_test);
        let own = std::mem::take(&mut block).join(" ");
        let Some(name) = declared(line) else {
            close_run(&mut run, &mut found);
            if test_only && trimmed.starts_with("mod ") && trimmed.ends_with('{') {
                let indent = &line[..line.len() - line.trim_start().len()];
                skip_until = Some(format!("{indent}}}"));
            }
            continue;
        };
        let depth = depth_change(line);
        if depth > 0 || !trimmed.ends_with(';') {
            open_const = Some(depth);
        }
        run.push(Declared {
            line: i + 1,
            name,
            own,
            test_only,
        });
    }
    close_run(&mut run, &mut found);
    found
}

/// A run's constants with their comments: the comment above the first covers the group when
/// none of the others has one of its own; otherwise each has its own or none.
fn close_run(run: &mut Vec<Declared>, found: &mut Vec<Constant>) {
    let group = run.iter().skip(1).all(|d| d.own.is_empty());
    let first = run.first().map(|d| d.own.clone()).unwrap_or_default();
    for d in run.drain(..).filter(|d| !d.test_only) {
        found.push(Constant {
            line: d.line,
            name: d.name,
            comment: if group { first.clone() } else { d.own },
        });
    }
}

/// Sourced, an assumption with its reason, or technical with its reason.
fn accounted_for(comment: &str) -> bool {
    let lower = comment.to_lowercase();
    let technical = lower.find(TECHNICAL).is_some_and(|at| {
        lower[at + TECHNICAL.len()..].split_whitespace().count() >= MIN_REASON_WORDS
    });
    technical || classify(comment) != Status::Unsourced
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each engine file (relative to the crate) and its constants.
fn engine_constants() -> Vec<(String, Vec<Constant>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/engine"), &mut files);
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable source");
            let shown = path.strip_prefix(root).unwrap_or(&path);
            (shown.display().to_string(), constants(&text))
        })
        .collect()
}

#[test]
fn every_engine_constant_names_its_source_or_its_assumption() {
    let files = engine_constants();
    let checked: usize = files.iter().map(|(_, found)| found.len()).sum();
    assert!(checked > 50, "only {checked} constants found in src/engine");
    let missing: Vec<String> = files
        .iter()
        .flat_map(|(file, found)| {
            found
                .iter()
                .filter(|c| !accounted_for(&c.comment))
                .map(move |c| {
                    format!(
                        "{file}:{}: {}: no source; name the publication and figure, or write \
                         \"Assumption: why\"",
                        c.line, c.name
                    )
                })
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {checked} engine constants:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

const SAMPLE: &str = r#"use std::fmt;

/// Mean household draw, kW: EIA RECS 2020.
pub const HOUSEHOLD_KW: f64 = 1.2;

const BARE: f64 = 2.0;
/// Assumption: the usual market definition of a correction.
pub(crate) const FALL: f64 = 0.1;

/// Hours to restore. Assumption: feeders come back within hours.
const SHED_HOURS: (f64, f64) = (1.0, 4.0);
const CASCADE_HOURS: (f64, f64) = (4.0, 24.0);

/// Not a model parameter: every seat, in turn order.
#[allow(dead_code)]
pub(super) const ALL: [u8; 3] = [
    1,
    2,
    3,
];
const AFTER_LIST: usize = 3;
/// Assumption.
const TERSE: f64 = 0.5;
/// Not a model parameter.
const NO_REASON: f64 = 1e-9;
pub const fn helper() -> u8 { 0 }

#[cfg(test)]
const TEST_ONLY: f64 = 1.0;

impl Thing {
    /// Not a model parameter: the number of fixed accounts.
    pub const COUNT: usize = 10;
}

#[cfg(test)]
mod tests {
    const IN_TESTS: f64 = 3.0;
    fn nested() {
        if true {
        }
    }
}

const LAST: u32 = 64;
"#;

#[test]
fn constants_are_found_with_their_own_or_their_groups_comment() {
    let found = constants(SAMPLE);
    let names: Vec<&str> = found.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "HOUSEHOLD_KW",
            "BARE",
            "FALL",
            "SHED_HOURS",
            "CASCADE_HOURS",
            "ALL",
            "AFTER_LIST",
            "TERSE",
            "NO_REASON",
            "COUNT",
            "LAST"
        ]
    );
    let line_of = |name: &str| found.iter().find(|c| c.name == name).unwrap().line;
    assert_eq!(line_of("HOUSEHOLD_KW"), 4);
    assert_eq!(line_of("LAST"), 45);
    let passes: Vec<&str> = found
        .iter()
        .filter(|c| accounted_for(&c.comment))
        .map(|c| c.name.as_str())
        .collect();
    // A comment covers the constants that follow it directly when none of them has its own
    // (a group); in a run of constants with their own comments, one without has none, and so
    // has one apart. A bare "Assumption." or a technical mark without its reason is no reason.
    assert_eq!(
        passes,
        [
            "HOUSEHOLD_KW",
            "FALL",
            "SHED_HOURS",
            "CASCADE_HOURS",
            "ALL",
            "COUNT"
        ]
    );
}
