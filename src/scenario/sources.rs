//! Where each scenario parameter comes from. Every leaf value of a scenario file is listed with
//! its path (as variants write it), its value and the comments that cover it, and is classed as
//! sourced, an assumption, or unsourced. `overbuild scenario check` reports the unsourced ones;
//! documentation prints tables of path, value and source from the same list.
//!
//! Which comments cover a parameter, nearest first:
//! 1. its own: the comment after it on its line, then the comment lines directly above it;
//! 2. the same for each value it sits in (an element of an array, then the array's key);
//! 3. its table's header: the comment after the header and the lines directly above it.
//!
//! The nearest comment that names a source or an assumption decides, so a header such as
//! "Heat rates and O&M: EIA AEO 2025" covers the keys under it that say nothing of their own,
//! and a comment that only describes ("simple-cycle units") leaves the decision to the outer
//! ones. A comment still marked "(?)" decides too: the parameter is a guess, so unsourced.
//!
//! What counts as a parameter: every number, boolean, date and array of them, and every string
//! but the names, labels and references in `LABELS`.

use super::ScenarioError;
use std::ops::Range;
use toml_edit::{Array, Decor, Document, Item, RawString, Table, Value};

/// String keys that name, describe or point at something rather than set a quantity.
const LABELS: &[&str] = &[
    "extends",
    "id",
    "name",
    "description",
    "headline",
    "explanation",
    "kind",
    "region",
    "company",
    "good",
    "metric",
    "seat",
    "field",
];

/// Capitalised abbreviations that are units or common words, not the names of sources.
const NOT_SOURCES: &[&str] = &[
    "AI", "API", "CC", "CEO", "CO2", "CT", "CTs", "DC", "GDP", "GPU", "GPUs", "GW", "GWh", "HBM",
    "IG", "LNG", "MMBtu", "MW", "MWh", "O&M", "OK", "PP&E", "TW", "TWh", "UPS", "US", "USA",
];

/// The words that mark an assumption, followed by its reason.
const ASSUMPTION: &str = "assumption:";
/// The fewest words a reason may have: "assumption: guess" is no reason.
pub const MIN_REASON_WORDS: usize = 3;
/// The mark of a guess the file's authors have not yet sourced.
const GUESS: &str = "(?)";

/// What the comments covering a parameter say of its origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// A publication or data set is named.
    Sourced,
    /// The value is a judgement, with its reason ("assumption: why").
    Assumption,
    /// No comment, a guess marked "(?)", or only words that name no source.
    Unsourced,
}

/// One leaf value of a scenario file.
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    /// As variants write it: `regions[texas].peak_mw`; elements without an id by index,
    /// `politics.elections[0].date`.
    pub path: String,
    /// 1-based line of its key.
    pub line: usize,
    /// As written in the file, arrays on one line.
    pub value: String,
    pub status: Status,
    /// The covering comments, nearest first, up to the one that decides.
    pub source: String,
}

/// Classes one comment's text (see the module's rule).
pub fn classify(comment: &str) -> Status {
    let lower = comment.to_lowercase();
    if comment.trim().is_empty() || comment.contains(GUESS) {
        return Status::Unsourced;
    }
    if let Some(at) = lower.find(ASSUMPTION) {
        let reason = &comment[at + ASSUMPTION.len()..];
        if reason.split_whitespace().count() >= MIN_REASON_WORDS {
            return Status::Assumption;
        }
    }
    if names_a_source(comment) {
        Status::Sourced
    } else {
        Status::Unsourced
    }
}

/// An abbreviation of two or more capitals (EIA, 10-K, FY25, S&P) or a year 1900-2099, outside
/// code in backticks (a name such as `ReserveFactors` is no source).
fn names_a_source(comment: &str) -> bool {
    let prose: String = comment.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    prose
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
        .any(|word| {
            let capitals = word.chars().filter(char::is_ascii_uppercase).count();
            let abbreviation = (capitals >= 2 && !NOT_SOURCES.contains(&word)) || word == "10-K";
            abbreviation || word.split('-').any(is_year)
        })
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.chars().all(|c| c.is_ascii_digit())
}

/// Every parameter of a scenario file, in file order. A variant lists only its own keys.
pub fn parameters(text: &str, path: &str) -> Result<Vec<Parameter>, ScenarioError> {
    let document = Document::parse(text).map_err(|e| {
        let (line, column) = super::line_column(text, e.span().map_or(0, |s| s.start));
        ScenarioError::Parse {
            path: path.to_string(),
            line,
            column,
            message: e.message().replace('\n', " ").trim().to_string(),
        }
    })?;
    let mut walker = Walker {
        text,
        found: Vec::new(),
    };
    walker.table(document.as_table(), "");
    walker.found.sort_by_key(|p| p.line);
    Ok(walker.found)
}

/// One error line per unsourced parameter, as `FILE:LINE: KEY: no source; ...`.
pub fn check(text: &str, path: &str) -> Result<Vec<String>, ScenarioError> {
    Ok(parameters(text, path)?
        .into_iter()
        .filter(|p| p.status == Status::Unsourced)
        .map(|p| {
            format!(
                "{path}:{}: {}: no source; name the publication and figure, or write \"assumption: why\"",
                p.line, p.path
            )
        })
        .collect())
}

/// Walks the document, carrying the comments around each leaf: its table's header's, then
/// those of the values it sits in (outermost first).
struct Walker<'a> {
    text: &'a str,
    found: Vec<Parameter>,
}

impl Walker<'_> {
    /// A table's keys; its header's comment covers them, not those of the tables inside it.
    fn table(&mut self, table: &Table, path: &str) {
        let covering = vec![self.block(table.decor(), false, true)];
        for (key, item) in table.iter() {
            let at = join(path, key);
            match item {
                Item::Table(sub) => self.table(sub, &at),
                Item::ArrayOfTables(array) => {
                    for (i, sub) in array.iter().enumerate() {
                        self.table(sub, &element_path(&at, sub.get("id"), i));
                    }
                }
                Item::Value(value) => {
                    let Some(key) = table.key(key) else { continue };
                    let own = [
                        self.block(key.leaf_decor(), false, false),
                        self.trailing(value),
                    ];
                    self.value(value, &at, key.span(), &with(&covering, &own));
                }
                Item::None => {}
            }
        }
    }

    /// A key's value: a leaf, an inline table, or an array of inline tables.
    fn value(
        &mut self,
        value: &Value,
        path: &str,
        key_span: Option<Range<usize>>,
        outer: &[String],
    ) {
        match value {
            Value::InlineTable(inline) => {
                for (key, field) in inline.iter() {
                    let span = inline.key(key).and_then(|k| k.span());
                    let own = [self.trailing(field)];
                    self.value(field, &join(path, key), span, &with(outer, &own));
                }
            }
            Value::Array(array) if is_table_array(array) => {
                for (i, element) in array.iter().enumerate() {
                    let Value::InlineTable(inline) = element else {
                        continue;
                    };
                    let at = element_path(path, inline.get("id"), i);
                    let own = [
                        self.block(element.decor(), true, false),
                        self.element_trailing(array, i),
                    ];
                    self.value(element, &at, element.span(), &with(outer, &own));
                }
            }
            _ => {
                let leaf = path.rsplit('.').next().unwrap_or(path);
                if value.is_str() && LABELS.contains(&leaf) {
                    return;
                }
                let span = key_span.or_else(|| value.span()).unwrap_or(0..0);
                self.found.push(leaf_parameter(
                    path.to_string(),
                    super::line_column(self.text, span.start).0,
                    self.display(value),
                    outer,
                ));
            }
        }
    }

    /// The comment lines directly above a key, element or header (`skip_first`: an element's
    /// prefix starts with the rest of the previous element's line), and a header's own comment.
    fn block(&self, decor: &Decor, skip_first: bool, with_suffix: bool) -> String {
        let prefix = self.raw(decor.prefix());
        let mut lines: Vec<&str> = prefix.split('\n').collect();
        lines.pop(); // the indentation before the key itself
        if skip_first && !lines.is_empty() {
            lines.remove(0);
        }
        let above: Vec<&str> = lines
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with('#'))
            .copied()
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let mut text = clean(&above);
        if with_suffix {
            text = [text, clean(&[self.raw(decor.suffix())])].join(" ");
        }
        text.trim().to_string()
    }

    /// The comment after a value on its line, and after the opening bracket of an array.
    fn trailing(&self, value: &Value) -> String {
        let mut parts = vec![clean(&[self.raw(value.decor().suffix())])];
        if let Value::Array(array) = value
            && let Some(first) = array.iter().next()
        {
            let prefix = self.raw(first.decor().prefix());
            if let Some((opening, _)) = prefix.split_once('\n') {
                parts.push(clean(&[opening]));
            }
        }
        parts.join(" ").trim().to_string()
    }

    /// The comment after element `i` of an array on its line: it sits in the next element's
    /// prefix, or for the last, in the array's trailing text.
    fn element_trailing(&self, array: &Array, i: usize) -> String {
        let after = match array.get(i + 1) {
            Some(next) => self.raw(next.decor().prefix()),
            None => self.raw(Some(array.trailing())),
        };
        // Without a line break the next element shares the line: no comment in between.
        after
            .split_once('\n')
            .map_or_else(String::new, |(line, _)| clean(&[line]))
    }

    /// A value as written, arrays joined onto one line.
    fn display(&self, value: &Value) -> String {
        match value {
            Value::Array(array) => {
                let items: Vec<String> = array.iter().map(|v| self.display(v)).collect();
                format!("[{}]", items.join(", "))
            }
            _ => value
                .span()
                .map_or_else(String::new, |s| self.text[s].trim().to_string()),
        }
    }

    /// The text of a piece of decoration, kept as a span of the file when parsed.
    fn raw<'b>(&'b self, raw: Option<&'b RawString>) -> &'b str {
        raw.and_then(|r| r.as_str().or_else(|| r.span().map(|s| &self.text[s])))
            .unwrap_or("")
    }
}

/// The parameter with the comments covering it (`outer`, outermost first) decided nearest first.
fn leaf_parameter(path: String, line: usize, value: String, outer: &[String]) -> Parameter {
    let mut notes: Vec<&str> = Vec::new();
    let mut status = Status::Unsourced;
    for comment in outer.iter().rev().filter(|c| !c.is_empty()) {
        notes.push(comment);
        status = classify(comment);
        if status != Status::Unsourced || comment.contains(GUESS) {
            break;
        }
    }
    Parameter {
        path,
        line,
        value,
        status,
        source: notes.join(" / "),
    }
}

/// Comment lines without their `#`, rules of dashes dropped, joined into one line.
fn clean(lines: &[&str]) -> String {
    lines
        .iter()
        .filter_map(|l| l.trim().strip_prefix('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .filter(|l| !l.is_empty() && !l.chars().all(|c| c == '-' || c == '='))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An array whose elements are all inline tables (event effects, known prices).
fn is_table_array(array: &Array) -> bool {
    !array.is_empty() && array.iter().all(Value::is_inline_table)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `path[id]` for an element with an id (as variants merge them), else `path[index]`.
fn element_path(path: &str, id: Option<&impl IdLike>, index: usize) -> String {
    match id.and_then(IdLike::id) {
        Some(id) => format!("{path}[{id}]"),
        None => format!("{path}[{index}]"),
    }
}

fn with(outer: &[String], own: &[String]) -> Vec<String> {
    let mut all = outer.to_vec();
    // `own` is nearest first; the list runs outermost first.
    all.extend(own.iter().rev().cloned());
    all
}

/// An element's id, whether the element is a table or an inline table.
trait IdLike {
    fn id(&self) -> Option<&str>;
}

impl IdLike for Item {
    fn id(&self) -> Option<&str> {
        self.as_str()
    }
}

impl IdLike for Value {
    fn id(&self) -> Option<&str> {
        self.as_str()
    }
}
