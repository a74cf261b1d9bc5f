//! The intent dialog of the order form: a one-line intent and, optionally, the figure the seat
//! expects at the end of the quarter (one of the headline figures the engine explains, a side
//! and a value). What is kept goes to the session with the draft, and from there to the save.

use crate::engine::Seat;
use crate::i18n::format_number;
use crate::save::intent::{Compare, Expectation, Intent, MAX_INTENT_CHARS};
use crate::tui::action::Action;
use crate::tui::keys::Command;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The dialog's lines, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntentField {
    Text,
    Figure,
    Compare,
    Value,
}

impl IntentField {
    pub const ALL: [IntentField; 4] = [
        IntentField::Text,
        IntentField::Figure,
        IntentField::Compare,
        IntentField::Value,
    ];
}

/// A figure the intent may name, in the player's language, with its value now.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureChoice {
    pub key: String,
    pub name: String,
    pub unit: String,
    pub now: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IntentState {
    pub seat: Seat,
    pub field: IntentField,
    pub text: String,
    /// Index into `choices`; None: no expected figure.
    pub figure: Option<usize>,
    pub compare: Compare,
    pub value: String,
    pub choices: Vec<FigureChoice>,
    pub error: Option<String>,
}

/// Longest expected value typed, in characters.
const MAX_VALUE_CHARS: usize = 14;

/// What a key means while the dialog is open: the keys of a typed name, and arrows that move
/// and choose.
pub fn intent_key(key: &KeyEvent) -> Option<Action> {
    let arrow = match key.code {
        KeyCode::Up | KeyCode::BackTab => Command::Up,
        KeyCode::Down | KeyCode::Tab => Command::Down,
        KeyCode::Left => Command::Left,
        KeyCode::Right => Command::Right,
        _ => return super::saves::save_as_key(key),
    };
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    plain.then_some(Action::Cmd(arrow))
}

/// The figure's value as the dialog writes it: two decimals for dollars, else one.
pub fn value_text(unit: &str, value: f64) -> String {
    format_number(value, if unit == "$" { 2 } else { 1 })
}

impl IntentState {
    pub fn type_char(&mut self, c: char) {
        self.error = None;
        match self.field {
            IntentField::Text if self.text.chars().count() < MAX_INTENT_CHARS => {
                self.text.push(c);
            }
            IntentField::Value
                if (c.is_ascii_digit() || matches!(c, '.' | '-' | ','))
                    && self.value.chars().count() < MAX_VALUE_CHARS =>
            {
                self.value.push(c);
            }
            _ => {}
        }
    }

    pub fn erase(&mut self) {
        self.error = None;
        match self.field {
            IntentField::Text => {
                self.text.pop();
            }
            IntentField::Value => {
                self.value.pop();
            }
            _ => {}
        }
    }

    /// Left and right: the previous or next figure (before the first, none), or the side.
    pub fn choose(&mut self, step: i64) {
        match self.field {
            IntentField::Figure => {
                // Positions: 0 is "no figure", i + 1 is choice i.
                let n = self.choices.len() as i64 + 1;
                let at = self.figure.map_or(0, |i| i as i64 + 1);
                let next = (at + step).rem_euclid(n);
                self.figure = (next > 0).then(|| next as usize - 1);
                if let Some(choice) = self.figure.and_then(|i| self.choices.get(i)) {
                    self.value = value_text(&choice.unit, choice.now);
                }
            }
            IntentField::Compare => {
                self.compare = match self.compare {
                    Compare::AtMost => Compare::AtLeast,
                    Compare::AtLeast => Compare::AtMost,
                };
            }
            _ => {}
        }
    }

    pub fn step_field(&mut self, step: i64) {
        let at = IntentField::ALL.iter().position(|f| *f == self.field);
        let n = IntentField::ALL.len() as i64;
        let next = (at.unwrap_or(0) as i64 + step).rem_euclid(n);
        self.field = IntentField::ALL[next as usize];
    }

    /// The intent as typed, or why it cannot be kept (a value that is not a number, an
    /// intent too long).
    pub fn intent(&self, not_a_number: impl Fn(&str) -> String) -> Result<Option<Intent>, String> {
        let expect = match self.figure.and_then(|i| self.choices.get(i)) {
            None => None,
            Some(choice) => {
                let typed = self.value.replace(',', "");
                let value: f64 = typed
                    .trim()
                    .parse()
                    .map_err(|_| not_a_number(&self.value))?;
                Some(Expectation {
                    figure: choice.key.clone(),
                    compare: self.compare,
                    value,
                })
            }
        };
        Intent::new(&self.text, expect)
    }
}
