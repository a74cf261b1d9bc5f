//! The seat books model ([`crate::engine::seat_books`]) as text: one set of labels, titles and
//! values, so the Books tab and plain mode's `books` say the same thing in the same words.

use crate::engine::Params;
use crate::engine::ledger::Account;
use crate::engine::report::Arg;
use crate::engine::seat_books::{Entry, SeatBooks, Section, Subject, Unit};
use crate::i18n::{Texts, format_number};

/// The name of whom a line or section is about.
pub fn subject_name(t: &Texts, params: &Params, subject: &Subject) -> String {
    match subject {
        Subject::Account(Account::Company(id)) => t.get(&format!("company-{}", id.id())),
        Subject::Account(Account::Utility) => t.get("seat-utility"),
        Subject::Account(Account::Government) => t.get("seat-whitehouse"),
        Subject::Account(other) => t.get(&format!("account-{}", other.label().replace('_', "-"))),
        Subject::Spvs => t.get("books-spvs"),
        Subject::Region(id) => {
            let name = params
                .regions
                .iter()
                .find(|r| r.id == *id)
                .map_or(id.as_str(), |r| r.name.as_str());
            t.region(id, name)
        }
    }
}

/// A line's label: `books-<key>`, naming its subject.
pub fn label(t: &Texts, params: &Params, e: &Entry) -> String {
    let who = e
        .subject
        .as_ref()
        .map(|s| subject_name(t, params, s))
        .unwrap_or_default();
    let text = t.with(&format!("books-{}", e.key), &[("who", Arg::Text(who))]);
    // Details read as the rest of the line above ("of which taxes paid").
    if e.kind == crate::engine::view::LineKind::Detail {
        text
    } else {
        capitalized(text)
    }
}

/// A label starts with a capital, also when it starts with a name ("the big-4 hyperscalers").
fn capitalized(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// A value in its unit; $B go without a sign, the section title names them.
pub fn value(t: &Texts, value: f64, unit: Unit) -> String {
    match unit {
        Unit::Bn => format_number(value, 1),
        Unit::BnPerYear => t.with(
            "books-per-year",
            &[("value", Arg::Text(format_number(value, 1)))],
        ),
        Unit::Mw => format!("{} MW", format_number(value, 0)),
        Unit::Share => format!("{}%", format_number(value * 100.0, 1)),
        Unit::Bp => format!("{} bp", format_number(value, 0)),
        Unit::PerMwDay => format!("${}", format_number(value, 0)),
        Unit::Flag => t.get(if value != 0.0 {
            "books-yes"
        } else {
            "books-no"
        }),
    }
}

/// The running value of a line, or None for a stock.
pub fn running(t: &Texts, e: &Entry) -> Option<String> {
    e.running.map(|v| value(t, v, e.unit))
}

/// A section's title: `books-section-<key>`, naming its subject and the quarter.
pub fn section_title(t: &Texts, params: &Params, books: &SeatBooks, s: &Section) -> String {
    let who = s
        .subject
        .as_ref()
        .map(|x| subject_name(t, params, x))
        .unwrap_or_default();
    let date = books.closed.unwrap_or(books.date).to_string();
    let role = match s.role {
        crate::engine::seat_books::Role::Counterparty => t.get("books-counterparty"),
        _ => String::new(),
    };
    t.with(
        &format!("books-section-{}", s.key),
        &[
            ("who", Arg::Text(who)),
            ("date", Arg::Text(date)),
            ("role", Arg::Text(role)),
        ],
    )
}

/// The two columns' heads: this quarter, and the running quarters.
pub fn columns(t: &Texts, books: &SeatBooks) -> (String, String) {
    (
        t.get("books-col-quarter"),
        t.with(
            "books-col-running",
            &[("quarters", Arg::Num(books.running_quarters as f64))],
        ),
    )
}

/// Whether a section's lines carry a running column.
pub fn has_running(s: &Section) -> bool {
    s.entries.iter().any(|e| e.running.is_some())
}
