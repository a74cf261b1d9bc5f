//! The title menu's choices: what choosing an entry does. The entries and their keys are
//! `tui::title`.

use super::{App, Screen};
use crate::tui::action::MenuItem;
use crate::tui::action::{Action, SavesPurpose};
use crate::tui::keys::Command;

impl App {
    pub(in crate::tui) fn title_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::Title { selected } = &mut self.screen else {
            return None;
        };
        let n = MenuItem::ALL.len();
        match cmd {
            Command::Up => *selected = (*selected + n - 1) % n,
            Command::Down => *selected = (*selected + 1) % n,
            Command::Confirm => return Some(Action::Menu(MenuItem::ALL[*selected % n])),
            _ => {}
        }
        None
    }

    pub(in crate::tui) fn menu(&mut self, item: MenuItem) -> Option<Action> {
        if let Screen::Title { selected } = &mut self.screen
            && let Some(i) = MenuItem::ALL.iter().position(|m| *m == item)
        {
            *selected = i;
        }
        if item.needs_saves()
            && let Some(reason) = self.saves.unavailable(&self.texts)
        {
            self.notice = Some(reason);
            return None;
        }
        match item {
            MenuItem::NewGame => Some(Action::OpenNewGame),
            MenuItem::Guide => Some(Action::StartGuide),
            MenuItem::Continue => self.continue_latest(),
            MenuItem::Load => Some(Action::OpenSaves(SavesPurpose::Load)),
            MenuItem::Replay => Some(Action::OpenSaves(SavesPurpose::Replay)),
            MenuItem::Settings => Some(Action::OpenSettings),
            MenuItem::Help => Some(Action::ToggleHelp),
            MenuItem::Quit => Some(Action::QuitNow),
        }
    }
}
