//! A seat at the keyboard: its tabs, the order form's state and keys, and the words the form
//! shows for values and refusals. Submitting and resolving the quarter are `app::playing`.

use crate::engine::Seat;
use crate::engine::orders::Value;
use crate::engine::report::{Arg, Msg};
use crate::i18n::Texts;
use crate::tui::form::{self, Refusal, Row};
use crate::tui::keys::Command;

pub use crate::tui::action::Tab;
use crate::tui::action::{KeyHelp, kh};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormState {
    pub selected: usize,
    /// Text being typed into the selected row.
    pub entry: Option<String>,
    /// The last refusal, shown under the form until the next edit.
    pub refusal: Option<String>,
}

/// A seat at the keyboard.
#[derive(Clone, Debug, PartialEq)]
pub struct PlayState {
    pub seat: Seat,
    pub tab: Tab,
    pub pane: usize,
    pub form: FormState,
    pub scroll: u16,
    pub chart: usize,
    /// In the News tab: which quarter's news, counted back from the latest.
    pub news_back: usize,
}

impl PlayState {
    pub fn new(seat: Seat) -> PlayState {
        PlayState {
            seat,
            tab: Tab::Dashboard,
            pane: 0,
            form: FormState::default(),
            scroll: 0,
            chart: 0,
            news_back: 0,
        }
    }
}

/// The keys of a seat's game view: submit first, then the tab's own.
pub fn keys(p: &PlayState) -> Vec<KeyHelp> {
    use Command::*;
    // Submit first: on a narrow footer it is the hint that must not drop off.
    let mut k = vec![
        kh(Submit, "tui-key-submit", true),
        kh(NextPane, "tui-key-next-pane", true),
        kh(PrevPane, "tui-key-prev-pane", false),
        kh(Tab1, "tui-key-tab-1", false),
        kh(Tab2, "tui-key-tab-2", p.tab != Tab::Orders),
        kh(Tab3, "tui-key-tab-3", false),
        kh(Tab4, "tui-key-tab-4", false),
        kh(Tab5, "tui-key-tab-5", false),
        kh(NextTab, "tui-key-next-tab", false),
        kh(PrevTab, "tui-key-prev-tab", false),
        kh(Outlook, "tui-key-outlook", false),
        kh(
            Why,
            "tui-key-why",
            matches!(p.tab, Tab::Dashboard | Tab::Charts | Tab::Books),
        ),
    ];
    if p.tab == Tab::Orders && p.pane == 0 {
        k.extend([
            kh(Up, "tui-key-field", true),
            kh(Down, "tui-key-field", false),
            kh(Left, "tui-key-less", true),
            kh(Right, "tui-key-less", false),
            kh(BigLeft, "tui-key-less-10", false),
            kh(BigRight, "tui-key-more-10", false),
            kh(Toggle, "tui-key-toggle", false),
            kh(Confirm, "tui-key-type", true),
            kh(Repeat, "tui-key-repeat", true),
            kh(Reset, "tui-key-reset", false),
            kh(PageUp, "tui-key-page", false),
            kh(PageDown, "tui-key-page", false),
            kh(Top, "tui-key-top", false),
            kh(Bottom, "tui-key-bottom", false),
        ]);
    } else {
        k.extend([
            kh(Up, "tui-key-scroll", true),
            kh(Down, "tui-key-scroll", false),
            kh(PageUp, "tui-key-page", false),
            kh(PageDown, "tui-key-page", false),
            kh(Top, "tui-key-top", false),
        ]);
    }
    // After the form's own keys: on a narrow footer editing the orders comes first.
    k.push(kh(Intent, "tui-key-intent", p.tab == Tab::Orders));
    k.push(kh(SaveGame, "tui-key-save-game", false));
    k
}

/// A refusal as one line: the value and the allowed range with its unit.
pub fn refusal_text(texts: &Texts, row: &Row, refusal: &Refusal) -> String {
    let allowed = range_with_unit(texts, row.spec.kind, unit_text)
        .unwrap_or_default()
        .trim()
        .to_string();
    match refusal {
        Refusal::NotANumber { text } => texts.with(
            "tui-refused-not-number",
            &[
                ("text", Arg::Text(text.clone())),
                ("allowed", Arg::Text(allowed)),
            ],
        ),
        Refusal::OutOfRange { value } => texts.with(
            "tui-refused-range",
            &[
                ("value", Arg::Text(form::show_number(row.spec.kind, *value))),
                ("allowed", Arg::Text(allowed)),
            ],
        ),
    }
}

/// A unit as the order form's "Allowed" column shows it: a tariff's rate without its
/// "(1 = 100%)", which the field's help line below the form gives.
pub fn unit_column_text(texts: &Texts, unit: &str) -> String {
    match unit {
        "rate" => texts.get("tui-unit-rate-column"),
        _ => unit_text(texts, unit),
    }
}

/// A number field's range with its unit ("0–5,000 MW/qtr"), the unit as `unit` words it.
fn range_with_unit(
    texts: &Texts,
    kind: crate::engine::orders::FieldKind,
    unit: fn(&Texts, &str) -> String,
) -> Option<String> {
    let (_, _, _, u) = form::bounds(kind)?;
    Some(format!("{} {}", form::range_text(kind)?, unit(texts, u)))
}

/// The allowed range of a form row with its unit, as the "Allowed" column shows it.
pub fn allowed_column_text(texts: &Texts, kind: crate::engine::orders::FieldKind) -> String {
    range_with_unit(texts, kind, unit_column_text).unwrap_or_else(|| {
        texts.get(match kind {
            crate::engine::orders::FieldKind::Toggle => "tui-range-toggle",
            _ => "tui-range-choice",
        })
    })
}

/// A unit as the player reads it, translated where it is a word ("years", "share").
pub fn unit_text(texts: &Texts, unit: &str) -> String {
    let key = match unit {
        "years" => "tui-unit-years",
        "share" => "tui-unit-share",
        "x" => "tui-unit-x",
        "rate" => "tui-unit-rate",
        "$/month" => "tui-unit-usd-month",
        "$B" => "tui-unit-usd-bn",
        "$B/GW-yr" => "tui-unit-usd-bn-gw-yr",
        "$/MW-day" => "tui-unit-usd-mw-day",
        _ => return unit.to_string(),
    };
    texts.get(key)
}

/// Renders an engine message (helper for screens).
pub fn msg(texts: &Texts, m: &Msg) -> String {
    texts.msg(m)
}

/// The value of a row as text.
pub fn value_text(texts: &Texts, row: &Row, value: Option<Value>) -> String {
    match value {
        Some(Value::Number(v)) => form::show_number(row.spec.kind, v),
        Some(Value::Toggle(b)) => texts.get(if b { "tui-yes" } else { "tui-no" }),
        Some(Value::Choice(i)) => {
            let label = crate::engine::orders::Statement::LABELS
                .get(i)
                .copied()
                .unwrap_or("?");
            texts.get(&format!("tui-statement-{label}"))
        }
        None => "–".to_string(),
    }
}
