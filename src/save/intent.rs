//! What a seat meant to happen: a one-line intent and, optionally, the figure it expects,
//! given with its orders. Intents travel beside the orders, outside the engine: they change
//! no result and no state hash, and a save without them (an older one) has none.

use crate::engine::attribution::{FigureValue, figures, opening_report};
use crate::engine::report::TurnReport;
use crate::engine::{Seat, World};
use serde::{Deserialize, Serialize};

/// Longest intent, in characters: one line on an 80-column screen beside the seat's name
/// (an assumption about the terminals workshops use).
pub const MAX_INTENT_CHARS: usize = 100;

/// Which side of its value the expected figure should end the quarter on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compare {
    AtMost,
    AtLeast,
}

impl Compare {
    pub const ALL: [Compare; 2] = [Compare::AtMost, Compare::AtLeast];

    pub fn symbol(self) -> &'static str {
        match self {
            Compare::AtMost => "<=",
            Compare::AtLeast => ">=",
        }
    }

    /// `<=`, `<`, `>=`, `>` (a strict sign is read as its non-strict one: the figures are
    /// rounded when shown, so the difference would not be seen).
    pub fn parse(text: &str) -> Option<Compare> {
        match text {
            "<=" | "<" | "≤" => Some(Compare::AtMost),
            ">=" | ">" | "≥" => Some(Compare::AtLeast),
            _ => None,
        }
    }

    /// The i18n key of its words ("at most", "at least").
    pub fn key(self) -> &'static str {
        match self {
            Compare::AtMost => "intent-at-most",
            Compare::AtLeast => "intent-at-least",
        }
    }
}

/// A figure the seat expects at the end of the quarter, e.g. `bill.texas <= 170`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Expectation {
    /// A headline figure's key, as the engine's attribution names it (`bill.texas`).
    pub figure: String,
    pub compare: Compare,
    pub value: f64,
}

impl Expectation {
    pub fn met_by(&self, actual: f64) -> bool {
        match self.compare {
            Compare::AtMost => actual <= self.value,
            Compare::AtLeast => actual >= self.value,
        }
    }
}

/// What a seat meant its orders to do this quarter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Intent {
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expectation>,
}

impl Intent {
    /// An intent from what was typed: one line of at most [`MAX_INTENT_CHARS`] characters,
    /// no control characters, a finite expected value. Nothing at all gives None.
    pub fn new(text: &str, expect: Option<Expectation>) -> Result<Option<Intent>, String> {
        let text = text.trim();
        if text.chars().any(char::is_control) {
            return Err("an intent is one line of text, without control characters".into());
        }
        let chars = text.chars().count();
        if chars > MAX_INTENT_CHARS {
            return Err(format!(
                "an intent is at most {MAX_INTENT_CHARS} characters (this one has {chars})"
            ));
        }
        if let Some(e) = &expect
            && !e.value.is_finite()
        {
            return Err(format!("{}: the expected value must be a number", e.figure));
        }
        if text.is_empty() && expect.is_none() {
            return Ok(None);
        }
        Ok(Some(Intent {
            text: text.to_string(),
            expect,
        }))
    }
}

/// A seat's intent in one quarter's record of a save.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeatIntent {
    pub seat: Seat,
    #[serde(flatten)]
    pub intent: Intent,
}

/// A seat's intent and the quarter (0-based) it was given for, as the caller keeps them.
#[derive(Clone, Debug, PartialEq)]
pub struct IntentEntry {
    pub turn: u32,
    pub seat: Seat,
    pub intent: Intent,
}

/// The figures an intent may name in the quarter about to be played: every headline figure
/// the engine explains, valued as the world stands (`last`: the report of the quarter that
/// led to it; None before the first quarter, when the scores are read from the world).
pub fn figure_choices(world: &World, last: Option<&TurnReport>) -> Vec<FigureValue> {
    match last {
        Some(report) => figures(world, report),
        None => figures(world, &opening_report(world)),
    }
}

/// The intents of one quarter, in seat order.
pub fn of_turn(entries: &[IntentEntry], turn: u32) -> Vec<SeatIntent> {
    let mut out: Vec<SeatIntent> = entries
        .iter()
        .filter(|e| e.turn == turn)
        .map(|e| SeatIntent {
            seat: e.seat,
            intent: e.intent.clone(),
        })
        .collect();
    out.sort_by_key(|s| s.seat);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_intent_is_one_bounded_line() {
        assert_eq!(Intent::new("   ", None), Ok(None));
        let i = Intent::new(" keep bills down ", None).unwrap().unwrap();
        assert_eq!(i.text, "keep bills down");
        assert!(Intent::new("two\nlines", None).is_err());
        let long = "x".repeat(MAX_INTENT_CHARS + 1);
        assert!(Intent::new(&long, None).unwrap_err().contains("at most"));
        let bad = Expectation {
            figure: "bill.texas".into(),
            compare: Compare::AtMost,
            value: f64::NAN,
        };
        assert!(Intent::new("", Some(bad)).is_err());
    }

    #[test]
    fn an_expectation_is_met_on_its_side_of_the_value() {
        let e = Expectation {
            figure: "bill.texas".into(),
            compare: Compare::AtMost,
            value: 170.0,
        };
        assert!(e.met_by(170.0) && e.met_by(150.0) && !e.met_by(170.5));
        let e = Expectation {
            compare: Compare::AtLeast,
            ..e
        };
        assert!(e.met_by(171.0) && !e.met_by(169.0));
        assert_eq!(Compare::parse("<"), Some(Compare::AtMost));
        assert_eq!(Compare::parse("=>"), None);
    }

    #[test]
    fn the_first_quarter_offers_the_scores_too() {
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let game = crate::game::Game::new(scenario, 1);
        let keys: Vec<String> = figure_choices(&game.world, None)
            .into_iter()
            .map(|f| f.key)
            .collect();
        for key in ["score.oracle", "share.oracle", "bill.texas", "approval"] {
            assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
        }
    }
}
