//! The title screen's menu: its entries, its keys and what choosing one does.

pub use crate::tui::action::MenuItem;
use crate::tui::action::{KeyHelp, kh};

use crate::tui::keys::Command;

/// The keys of the title screen.
pub fn keys() -> Vec<KeyHelp> {
    use Command::*;
    vec![
        kh(Up, "tui-key-move", true),
        kh(Down, "tui-key-move", false),
        kh(Confirm, "tui-key-choose", true),
    ]
}
