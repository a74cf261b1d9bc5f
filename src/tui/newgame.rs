//! The new-game form: its state, its keys and starting a game (or the guided first game) from it.

use crate::bots::BotSpec;
use crate::engine::report::Arg;
use crate::i18n::Texts;
use crate::tui::keys::Command;

use crate::tui::action::{KeyHelp, kh};

/// The new-game form. It also picks the seats of a fork or of a loaded game nobody played
/// (`locked`): scenario and seed are then the game's own.
#[derive(Clone, Debug, PartialEq)]
pub struct NewGame {
    pub selected: usize,
    /// Index into the built-in scenarios.
    pub scenario: usize,
    /// A scenario file named with `play --scenario`, chosen in place of the built-ins until
    /// the player picks another.
    pub custom: Option<Box<crate::scenario::Scenario>>,
    pub human: [bool; 4],
    /// The bot of each seat that is not human: personality and level.
    pub bots: [BotSpec; 4],
    /// In a fork: seats that play the original's orders ("as played") rather than a bot.
    pub as_played: [bool; 4],
    pub seed: u64,
    /// The seed being typed, while editing it.
    pub seed_entry: Option<String>,
    pub error: Option<String>,
    /// What the seats are being chosen for, when the game exists already (`App::pending`).
    pub locked: Option<String>,
}

impl NewGame {
    /// Rows: scenario, four seats, seed, language, start.
    pub const ROWS: usize = 8;
    pub const SEED_ROW: usize = 5;
    pub const LANG_ROW: usize = 6;
    pub const START_ROW: usize = 7;

    /// Keys while a seed is typed: Enter keeps it (or says why not), Esc drops it.
    pub fn seed_entry_command(&mut self, cmd: Command, texts: &Texts) {
        let Some(entry) = &self.seed_entry else {
            return;
        };
        match cmd {
            Command::Confirm => {
                match entry.trim().parse::<u64>() {
                    Ok(seed) => {
                        self.seed = seed;
                        self.error = None;
                    }
                    Err(_) => {
                        self.error = Some(texts.with(
                            "tui-newgame-bad-seed",
                            &[("text", Arg::Text(entry.clone()))],
                        ));
                    }
                }
                self.seed_entry = None;
            }
            Command::Back => self.seed_entry = None,
            _ => {}
        }
    }
}

/// The keys of the new-game form.
pub fn keys() -> Vec<KeyHelp> {
    use Command::*;
    vec![
        kh(Up, "tui-key-move", true),
        kh(Down, "tui-key-move", false),
        kh(Left, "tui-key-change", true),
        kh(Right, "tui-key-change", false),
        kh(Toggle, "tui-key-change", false),
        kh(Confirm, "tui-key-newgame-enter", true),
        kh(Random, "tui-key-random-seed", false),
        kh(Back, "tui-key-back", true),
    ]
}

/// The next (or previous) choice for a seat no person takes: each registered personality at
/// each level (the expert with `think` plan evaluations), and in a fork first "as played"
/// (the original's orders). Returns the bot and whether the seat plays as played.
pub fn cycle_bot(
    current: &BotSpec,
    as_played: bool,
    fork: bool,
    dir: i32,
    think: u32,
) -> (BotSpec, bool) {
    let seat = current.seat;
    let mut choices: Vec<Option<BotSpec>> = Vec::new();
    if fork {
        choices.push(None);
    }
    choices.extend(crate::bots::personalities(seat).iter().flat_map(|p| {
        crate::bots::Level::menu(think).map(|level| {
            Some(BotSpec {
                seat,
                personality: p.to_string(),
                level,
            })
        })
    }));
    let at = if as_played {
        choices.iter().position(Option::is_none)
    } else {
        choices.iter().position(|c| c.as_ref() == Some(current))
    };
    let next = match at {
        Some(i) => (i as i64 + i64::from(dir)).rem_euclid(choices.len().max(1) as i64) as usize,
        None => 0,
    };
    match choices.get(next) {
        Some(Some(bot)) => (bot.clone(), false),
        Some(None) => (current.clone(), true),
        None => (current.clone(), as_played),
    }
}
