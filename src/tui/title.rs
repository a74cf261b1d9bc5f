//! The title screen's menu: its entries, its keys and what choosing one does.

use crate::tui::app::{Action, App, KeyHelp, Screen, kh};
use crate::tui::keys::Command;
use crate::tui::saves::SavesPurpose;

/// Title menu entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    NewGame,
    Guide,
    Continue,
    Load,
    Replay,
    Settings,
    Help,
    Quit,
}

impl MenuItem {
    pub const ALL: [MenuItem; 8] = [
        MenuItem::NewGame,
        MenuItem::Guide,
        MenuItem::Continue,
        MenuItem::Load,
        MenuItem::Replay,
        MenuItem::Settings,
        MenuItem::Help,
        MenuItem::Quit,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MenuItem::NewGame => "tui-menu-new",
            MenuItem::Guide => "tui-menu-guide",
            MenuItem::Continue => "tui-menu-continue",
            MenuItem::Load => "tui-menu-load",
            MenuItem::Replay => "tui-menu-replay",
            MenuItem::Settings => "tui-menu-settings",
            MenuItem::Help => "tui-menu-help",
            MenuItem::Quit => "tui-menu-quit",
        }
    }

    pub fn needs_saves(self) -> bool {
        matches!(self, MenuItem::Continue | MenuItem::Load | MenuItem::Replay)
    }
}

/// The keys of the title screen.
pub fn keys() -> Vec<KeyHelp> {
    use Command::*;
    vec![
        kh(Up, "tui-key-move", true),
        kh(Down, "tui-key-move", false),
        kh(Confirm, "tui-key-choose", true),
    ]
}

impl App {
    pub(super) fn title_command(&mut self, cmd: Command) -> Option<Action> {
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

    pub(super) fn menu(&mut self, item: MenuItem) -> Option<Action> {
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
