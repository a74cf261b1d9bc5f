//! The intent dialog of the order form: a one-line intent and, optionally, the figure the seat
//! expects at the end of the quarter (one of the headline figures the engine explains, a side
//! and a value). What is kept goes to the session with the draft, and from there to the save.

use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::i18n::format_number;
use crate::save::intent::{Compare, Expectation, Intent, MAX_INTENT_CHARS, figure_choices};
use crate::tui::app::{Action, App, Overlay, Screen};
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
    fn choose(&mut self, step: i64) {
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

    fn step_field(&mut self, step: i64) {
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

impl App {
    /// Opens the intent dialog for the seat at the keyboard, filled with what it said before.
    pub(super) fn open_intent(&mut self) {
        let Screen::Play(p) = &self.screen else {
            return;
        };
        let Some(session) = &self.session else {
            return;
        };
        let seat = p.seat;
        let world = &session.game.world;
        let own = format!("score.{}", seat.id());
        let mut choices: Vec<FigureChoice> = figure_choices(world, session.game.last_report())
            .into_iter()
            .map(|f| FigureChoice {
                name: self.texts.figure(&f.key, &f.label, &world.params),
                unit: f.unit.to_string(),
                key: f.key,
                now: f.value,
            })
            .collect();
        // The seat's own score first: the figure most intents are about.
        if let Some(i) = choices.iter().position(|c| c.key == own) {
            let first = choices.remove(i);
            choices.insert(0, first);
        }
        let said = session.intent(seat).cloned().unwrap_or_default();
        let expect = said.expect.as_ref();
        let figure = expect.and_then(|e| choices.iter().position(|c| c.key == e.figure));
        self.overlay = Some(Overlay::Intent(Box::new(IntentState {
            seat,
            field: IntentField::Text,
            text: said.text.clone(),
            figure,
            compare: expect.map_or(Compare::AtMost, |e| e.compare),
            value: expect.map_or(String::new(), |e| {
                value_text(figure.map_or("", |i| &choices[i].unit), e.value)
            }),
            choices,
            error: None,
        })));
    }

    pub(super) fn intent_command(&mut self, cmd: Command) -> Option<Action> {
        let Some(Overlay::Intent(d)) = &mut self.overlay else {
            return None;
        };
        match cmd {
            Command::Up => d.step_field(-1),
            Command::Down => d.step_field(1),
            Command::Left => d.choose(-1),
            Command::Right => d.choose(1),
            Command::Back => self.overlay = None,
            Command::Confirm => {
                let texts = &self.texts;
                let kept = d.intent(|typed| {
                    texts.with("tui-intent-bad-value", &[("text", Arg::Text(typed.into()))])
                });
                match kept {
                    Ok(intent) => {
                        let seat = d.seat;
                        if let Some(session) = self.session.as_mut() {
                            session.set_intent(seat, intent);
                        }
                        self.overlay = None;
                    }
                    Err(e) => d.error = Some(e),
                }
            }
            _ => {}
        }
        None
    }
}
