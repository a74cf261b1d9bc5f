//! Every constant left in the engine names its source, or says it is an assumption and why, by
//! the rule the scenario files follow (`scenario::sources::classify`), or says why it is no
//! model parameter at all (a tolerance, a count, a list of ids). The comment that counts is the
//! `const`'s doc comment, or for a group of constants declared one after another with no doc
//! comment of their own but the first's, the first's. The source is read as Rust (`syn`), so
//! constants in modules, `impl`s and function bodies count, and those built only for tests
//! do not.

use overbuild::scenario::sources::{MIN_REASON_WORDS, Status, classify};
use std::path::{Path, PathBuf};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, ExprLit, Ident, Lit, Meta};

/// The mark of a technical constant, followed by its reason.
const TECHNICAL: &str = "not a model parameter:";

/// One `const` of a source file and the comment that covers it.
#[derive(Debug)]
struct Constant {
    line: usize,
    name: String,
    comment: String,
}

/// A `const` as declared: its name, its own doc comment, the line of its `const` and the lines
/// its item spans, attributes and doc comment included.
struct Declared {
    name: String,
    own: String,
    line: usize,
    span_lines: (usize, usize),
}

/// Built only for tests: `#[cfg(test)]` or `#[test]`.
fn test_only(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("test")
            || (a.path().is_ident("cfg")
                && a.parse_args::<syn::Path>()
                    .is_ok_and(|p| p.is_ident("test")))
    })
}

/// The text of the doc comment, its lines joined.
fn doc(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(s), ..
                }) => Some(s.value().trim().to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    lines.join(" ")
}

/// The constants of each list of items (a file, a module, an `impl`, a block), in order,
/// leaving out what builds only for tests.
#[derive(Default)]
struct Finder {
    open: Vec<Vec<Declared>>,
    lists: Vec<Vec<Declared>>,
}

impl Finder {
    /// Visits what `walk` reaches as a list of its own: a group never spans two lists.
    fn list(&mut self, walk: impl FnOnce(&mut Self)) {
        self.open.push(Vec::new());
        walk(self);
        if let Some(list) = self.open.pop() {
            self.lists.push(list);
        }
    }

    fn found(&mut self, ident: &Ident, attrs: &[Attribute], item: &impl Spanned, line: usize) {
        if test_only(attrs) || ident == "_" {
            return;
        }
        let span = item.span();
        if let Some(list) = self.open.last_mut() {
            list.push(Declared {
                name: ident.to_string(),
                own: doc(attrs),
                line,
                span_lines: (span.start().line, span.end().line),
            });
        }
    }
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_file(&mut self, file: &'ast syn::File) {
        self.list(|f| visit::visit_file(f, file));
    }

    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if !test_only(&m.attrs) {
            self.list(|f| visit::visit_item_mod(f, m));
        }
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        if !test_only(&i.attrs) {
            self.list(|f| visit::visit_item_impl(f, i));
        }
    }

    fn visit_item_fn(&mut self, i: &'ast syn::ItemFn) {
        if !test_only(&i.attrs) {
            visit::visit_item_fn(self, i);
        }
    }

    fn visit_impl_item_fn(&mut self, i: &'ast syn::ImplItemFn) {
        if !test_only(&i.attrs) {
            visit::visit_impl_item_fn(self, i);
        }
    }

    fn visit_block(&mut self, b: &'ast syn::Block) {
        self.list(|f| visit::visit_block(f, b));
    }

    fn visit_item_const(&mut self, c: &'ast syn::ItemConst) {
        self.found(&c.ident, &c.attrs, c, c.const_token.span.start().line);
    }

    fn visit_impl_item_const(&mut self, c: &'ast syn::ImplItemConst) {
        self.found(&c.ident, &c.attrs, c, c.const_token.span.start().line);
    }
}

/// Every constant of a source file outside what builds only for tests, with its covering
/// comment, in the order of the file. Constants declared one after another (each item
/// starting on the line after the last one ends) are a run; the comment above the first
/// covers the run when none of the others has one of its own, else each has its own or none.
fn constants(text: &str) -> Vec<Constant> {
    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("the source parses: {e}"));
    let mut finder = Finder::default();
    finder.visit_file(&file);
    let mut found = Vec::new();
    for list in finder.lists {
        let mut runs: Vec<Vec<Declared>> = Vec::new();
        for d in list {
            match runs.last_mut() {
                Some(run)
                    if run
                        .last()
                        .is_some_and(|p| p.span_lines.1 + 1 == d.span_lines.0) =>
                {
                    run.push(d)
                }
                _ => runs.push(vec![d]),
            }
        }
        for run in runs {
            let group = run.iter().skip(1).all(|d| d.own.is_empty());
            let first = run.first().map(|d| d.own.clone()).unwrap_or_default();
            found.extend(run.into_iter().map(|d| Constant {
                line: d.line,
                name: d.name,
                comment: if group { first.clone() } else { d.own },
            }));
        }
    }
    found.sort_by_key(|c| c.line);
    found
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
