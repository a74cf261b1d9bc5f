//! The intent dialog at work: opening it on the seat's last intent, typing, and keeping it with the
//! draft. Its state and keys are `tui::intent`.

use super::{App, Overlay, Screen};
use crate::engine::report::Arg;
use crate::save::intent::{Compare, figure_choices};
use crate::tui::action::Action;
use crate::tui::intent::{FigureChoice, IntentField, IntentState, value_text};
use crate::tui::keys::Command;

impl App {
    /// Opens the intent dialog for the seat at the keyboard, filled with what it said before.
    pub(in crate::tui) fn open_intent(&mut self) {
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

    pub(in crate::tui) fn intent_command(&mut self, cmd: Command) -> Option<Action> {
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
