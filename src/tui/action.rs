//! What can happen in the interface: the one `Action` enum, and the names actions carry (the
//! title menu's entries, a seat's tabs, what a list of saves is for), kept below the screens so
//! that each screen's keys can answer with an action without importing the app.

use super::keys::Command;
use super::seams::Outlook;
use crate::engine::Orders;
use ratatui::layout::{Position, Rect};

/// Everything that can happen to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A key with a meaning on the current screen.
    Cmd(Command),
    /// A character typed into a text entry.
    Type(char),
    Erase,
    Click(Position),
    /// Mouse wheel: lines, negative is up.
    Wheel(i32),
    Resize(u16, u16),
    Menu(MenuItem),
    GoTab(Tab),
    SelectRow(usize),
    FocusPane(usize),
    OpenNewGame,
    StartGame,
    /// Starts the guided first game (`guide`).
    StartGuide,
    BeginQuarter,
    AskSubmit,
    Submit,
    Resolve,
    /// The resolved orders of a remote table.
    Resolved(Box<Orders>),
    Outlook(Box<Outlook>),
    ToTitle,
    OpenSettings,
    SaveSettings,
    /// The Load, Replay or Compare list.
    OpenSaves(SavesPurpose),
    /// Choose entry `i` of the list on screen.
    OpenEntry(usize),
    /// Opens the "Save as" dialog.
    AskSaveAs,
    /// Saves the game to this slot (after any question about replacing it).
    WriteSave(String),
    /// Replay viewer: show this quarter (1-based).
    ShowQuarter(usize),
    /// Replay viewer: choose the seats of a fork before the quarter shown.
    Fork,
    /// Opens the Outlook panel and asks for continuations of the current orders.
    OpenOutlook,
    /// Opens the causes of last quarter's change of the seat's score.
    OpenWhy,
    ToggleHelp,
    CloseOverlay,
    /// Asks before quitting when a game is in progress.
    Quit,
    QuitNow,
}

/// A clickable area recorded while drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub area: Rect,
    pub action: Action,
}

/// A key the current screen understands, with the i18n key of what it does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyHelp {
    pub command: Command,
    pub what: &'static str,
    /// Shown in the footer (the help overlay shows them all).
    pub footer: bool,
}

pub const fn kh(command: Command, what: &'static str, footer: bool) -> KeyHelp {
    KeyHelp {
        command,
        what,
        footer,
    }
}

/// A question with the action a yes answer takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    /// Rendered question.
    pub text: String,
    pub yes: Action,
}

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

/// The tabs of a seat's game view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Dashboard,
    Orders,
    Charts,
    Books,
    News,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Dashboard,
        Tab::Orders,
        Tab::Charts,
        Tab::Books,
        Tab::News,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Tab::Dashboard => "tui-tab-dashboard",
            Tab::Orders => "tui-tab-orders",
            Tab::Charts => "tui-tab-charts",
            Tab::Books => "tui-tab-books",
            Tab::News => "tui-tab-news",
        }
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// Panes Tab cycles through.
    pub fn panes(self) -> usize {
        2
    }
}

/// What a list of saves is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavesPurpose {
    /// Play a saved game on.
    Load,
    /// Open it in the replay viewer.
    Replay,
    /// Put it beside the save in the viewer.
    Compare,
}

impl SavesPurpose {
    pub fn title_key(self) -> &'static str {
        match self {
            SavesPurpose::Load => "tui-saves-title-load",
            SavesPurpose::Replay => "tui-saves-title-replay",
            SavesPurpose::Compare => "tui-saves-title-compare",
        }
    }

    pub fn enter_key(self) -> &'static str {
        match self {
            SavesPurpose::Load => "tui-key-load",
            SavesPurpose::Replay => "tui-key-replay",
            SavesPurpose::Compare => "tui-key-compare-with",
        }
    }
}
