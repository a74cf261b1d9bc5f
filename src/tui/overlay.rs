//! The windows over a screen: help, a question, "Save as", the intent, the Outlook, the why
//! popup and the glossary; which keys each takes and what they do. Drawing them is `ui`.

use super::action::{Action, Confirm};
use super::intent::IntentState;
use super::keys::Command;
use super::saves::SaveAsState;

#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Confirm(Confirm),
    /// "Save as": a slot name being typed.
    SaveAs(SaveAsState),
    /// The seat's intent for the quarter being typed (`intent`).
    Intent(Box<IntentState>),
    /// The Outlook panel: fan charts of the game's possible futures (`ui::outlook`).
    Outlook,
    /// The causes of last quarter's change of one figure (`ui::why`).
    Why(WhyState),
    /// Every figure's definition (`ui::glossary`): the entry shown, by index in
    /// `glossary::TERMS`.
    Glossary {
        index: usize,
    },
}

/// Which figure the "why" popup shows, and last quarter's attribution (None when the quarter
/// cannot be recomputed, e.g. before the first quarter).
#[derive(Clone, Debug, PartialEq)]
pub struct WhyState {
    pub index: usize,
    /// The figure's glossary entry is shown below its causes (`?`).
    pub glossary: bool,
    pub attribution: Option<Box<crate::engine::attribution::Attribution>>,
}

impl Overlay {
    /// The commands a window that takes no typing understands.
    pub fn commands(&self) -> &'static [Command] {
        match self {
            // Typed into: the app reads their keys as text.
            Overlay::SaveAs(_) | Overlay::Intent(_) => &[],
            Overlay::Confirm(_) => &[Command::Yes, Command::No],
            Overlay::Outlook => &[
                Command::Outlook,
                Command::Back,
                Command::Confirm,
                Command::Quit,
            ],
            Overlay::Why(_) => &[
                Command::Up,
                Command::Down,
                Command::Help,
                Command::Why,
                Command::Back,
                Command::Confirm,
                Command::Quit,
            ],
            Overlay::Glossary { .. } => &[
                Command::Up,
                Command::Down,
                Command::PageUp,
                Command::PageDown,
                Command::Glossary,
                Command::Back,
                Command::Confirm,
                Command::Quit,
            ],
            Overlay::Help { .. } => &[
                Command::Up,
                Command::Down,
                Command::PageUp,
                Command::PageDown,
                Command::Help,
                Command::Back,
                Command::Confirm,
                Command::Quit,
            ],
        }
    }

    /// What a command does to the window: whether it closes, and the action it starts. A
    /// question closes on any answer; the others close on any key they do not use.
    pub fn command(&mut self, cmd: Command) -> (bool, Option<Action>) {
        match self {
            Overlay::SaveAs(_) | Overlay::Intent(_) => (false, None),
            Overlay::Confirm(Confirm { yes, .. }) => {
                (true, (cmd == Command::Yes).then(|| yes.clone()))
            }
            Overlay::Outlook => (true, (cmd == Command::Quit).then_some(Action::Quit)),
            _ if cmd == Command::Quit => (false, Some(Action::Quit)),
            Overlay::Why(w) => {
                let figures = w.attribution.as_ref().map_or(0, |a| a.figures.len());
                match cmd {
                    Command::Up if figures > 0 => w.index = (w.index + figures - 1) % figures,
                    Command::Down if figures > 0 => w.index = (w.index + 1) % figures,
                    Command::Help => w.glossary = !w.glossary,
                    _ => return (true, None),
                }
                (false, None)
            }
            Overlay::Glossary { index } => {
                let n = crate::glossary::TERMS.len();
                match cmd {
                    Command::Up => *index = (*index + n - 1) % n,
                    Command::Down => *index = (*index + 1) % n,
                    Command::PageUp => *index = index.saturating_sub(10),
                    Command::PageDown => *index = (*index + 10).min(n - 1),
                    _ => return (true, None),
                }
                (false, None)
            }
            Overlay::Help { scroll } => {
                match cmd {
                    Command::Up => *scroll = scroll.saturating_sub(1),
                    Command::Down => *scroll = scroll.saturating_add(1),
                    Command::PageUp => *scroll = scroll.saturating_sub(10),
                    Command::PageDown => *scroll = scroll.saturating_add(10),
                    _ => return (true, None),
                }
                (false, None)
            }
        }
    }
}
