//! The Settings screen: its state, its keys, and saving the settings file.

use crate::tui::keys::Command;
use crate::tui::settings::Settings;

use crate::tui::action::{KeyHelp, kh};

#[derive(Clone, Debug, PartialEq)]
pub struct SettingsState {
    pub selected: usize,
    pub draft: Settings,
    /// Where to go back to.
    pub from_game: bool,
}

impl SettingsState {
    /// Rows: language, theme, volume, mute, default seat, save.
    pub const ROWS: usize = 6;
    pub const SAVE_ROW: usize = 5;
}

/// The keys of the Settings screen.
pub fn keys() -> Vec<KeyHelp> {
    use Command::*;
    vec![
        kh(Up, "tui-key-move", true),
        kh(Down, "tui-key-move", false),
        kh(Left, "tui-key-change", true),
        kh(Right, "tui-key-change", false),
        kh(Toggle, "tui-key-change", false),
        kh(Confirm, "tui-key-change", false),
        kh(Save, "tui-key-save-settings", true),
        kh(Back, "tui-key-back", true),
    ]
}
