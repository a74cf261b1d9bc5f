//! The briefing, the quarter's results and the game-over screen: the keys they take and what
//! those do. Drawing them is `ui::results` (the briefing: `ui::newgame::briefing`).

use super::action::{Action, KeyHelp, kh};
use super::keys::Command;

/// The keys of the briefing.
pub fn briefing_keys() -> Vec<KeyHelp> {
    use Command::*;
    vec![
        kh(Confirm, "tui-key-continue", true),
        kh(Up, "tui-key-scroll", false),
        kh(Down, "tui-key-scroll", false),
    ]
}

/// Enter turns to the next human seat's briefing, or begins the quarter after the last.
pub fn briefing_command(
    index: &mut usize,
    scroll: &mut u16,
    humans: usize,
    cmd: Command,
) -> Option<Action> {
    match cmd {
        Command::Confirm => {
            if *index + 1 < humans {
                *index += 1;
                *scroll = 0;
            } else {
                return Some(Action::BeginQuarter);
            }
        }
        Command::Up => *scroll = scroll.saturating_sub(1),
        Command::Down => *scroll = scroll.saturating_add(1),
        _ => {}
    }
    None
}

/// The keys of the results, or of the game-over screen.
pub fn keys(game_over: bool) -> Vec<KeyHelp> {
    use Command::*;
    vec![
        // In the help, not the footer: the results heading names the key, and the footer
        // keeps Enter.
        kh(Why, "tui-key-why", false),
        kh(Up, "tui-key-scroll", true),
        kh(Down, "tui-key-scroll", false),
        kh(PageUp, "tui-key-page", false),
        kh(PageDown, "tui-key-page", false),
        kh(Top, "tui-key-top", false),
        kh(NextPane, "tui-key-next-pane", true),
        kh(PrevPane, "tui-key-prev-pane", false),
        kh(
            Confirm,
            if game_over {
                "tui-key-to-title"
            } else {
                "tui-key-next-quarter"
            },
            true,
        ),
        kh(SaveGame, "tui-key-save-game", true),
    ]
}

/// Scrolling and the two panes; Enter goes on to the next quarter, or to the title at the end.
pub fn command(
    scroll: &mut u16,
    pane: &mut usize,
    cmd: Command,
    game_over: bool,
) -> Option<Action> {
    match cmd {
        Command::Up => *scroll = scroll.saturating_sub(1),
        Command::Down => *scroll = scroll.saturating_add(1),
        Command::PageUp => *scroll = scroll.saturating_sub(10),
        Command::PageDown => *scroll = scroll.saturating_add(10),
        Command::Top => *scroll = 0,
        Command::Why => return Some(Action::OpenWhy),
        Command::NextPane | Command::PrevPane => {
            *pane = 1 - (*pane).min(1);
            *scroll = 0;
        }
        Command::Confirm => {
            return Some(if game_over {
                Action::ToTitle
            } else {
                Action::BeginQuarter
            });
        }
        _ => {}
    }
    None
}
