//! The new-game form: its state, its keys and starting a game (or the guided first game) from it.

use crate::bots::BotSpec;
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::game::SeatRole;
use crate::i18n::{Lang, Texts};
use crate::tui::guide::Guide;
use crate::tui::keys::Command;
use crate::tui::session::Session;

use crate::tui::app::{Action, App, KeyHelp, Screen, kh};

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
    /// Where Esc goes back to (the replay viewer, the Load list); the title when None.
    pub back: Option<Box<Screen>>,
}

impl NewGame {
    /// Rows: scenario, four seats, seed, language, start.
    pub const ROWS: usize = 8;
    pub const SEED_ROW: usize = 5;
    pub const LANG_ROW: usize = 6;
    pub const START_ROW: usize = 7;
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

impl App {
    // ---------------------------------------------------------------------------------------
    // New game

    pub(super) fn new_game_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::NewGame(n) = &mut self.screen else {
            return None;
        };
        if let Some(entry) = &n.seed_entry {
            match cmd {
                Command::Confirm => {
                    match entry.trim().parse::<u64>() {
                        Ok(seed) => {
                            n.seed = seed;
                            n.error = None;
                        }
                        Err(_) => {
                            n.error = Some(self.texts.with(
                                "tui-newgame-bad-seed",
                                &[("text", Arg::Text(entry.clone()))],
                            ));
                        }
                    }
                    n.seed_entry = None;
                }
                Command::Back => n.seed_entry = None,
                _ => {}
            }
            return None;
        }
        let scenarios = crate::scenario::BUILTIN.len().max(1);
        let step = |cmd: Command| -> i32 {
            match cmd {
                Command::Left => -1,
                Command::Right | Command::Toggle => 1,
                _ => 0,
            }
        };
        let locked = n.locked.is_some();
        match cmd {
            Command::Up => n.selected = (n.selected + NewGame::ROWS - 1) % NewGame::ROWS,
            Command::Down => n.selected = (n.selected + 1) % NewGame::ROWS,
            Command::Back => {
                self.pending = None;
                return match n.back.take() {
                    Some(screen) => {
                        self.screen = *screen;
                        None
                    }
                    None => Some(Action::ToTitle),
                };
            }
            // A fork or a loaded game keeps its scenario and seed.
            Command::Random if !locked => {
                n.seed = (self.seed_source)();
                n.error = None;
            }
            Command::Left | Command::Right | Command::Toggle | Command::Confirm => {
                let dir = if cmd == Command::Confirm {
                    1
                } else {
                    step(cmd)
                };
                match n.selected {
                    0 | NewGame::SEED_ROW if locked => {}
                    0 if n.custom.is_some() => n.custom = None,
                    0 => {
                        n.scenario = (n.scenario as i64 + i64::from(dir))
                            .rem_euclid(scenarios as i64)
                            as usize
                    }
                    1..=4 => {
                        let i = n.selected - 1;
                        // Left and right pick a bot's personality and level; Space and Enter
                        // switch between a person and a bot.
                        let fork = self.pending.as_ref().is_some_and(|p| !p.guide.is_empty());
                        let think = self.think.unwrap_or(crate::bots::expert::DEFAULT_THINK);
                        if matches!(cmd, Command::Left | Command::Right) && !n.human[i] {
                            let played = n.as_played[i] && fork;
                            (n.bots[i], n.as_played[i]) =
                                cycle_bot(&n.bots[i], played, fork, dir, think);
                        } else {
                            n.human[i] = !n.human[i];
                        }
                        n.error = None;
                    }
                    NewGame::SEED_ROW => {
                        if cmd == Command::Confirm {
                            n.seed_entry = Some(String::new());
                        } else {
                            n.seed = n.seed.saturating_add_signed(i64::from(dir));
                        }
                    }
                    NewGame::LANG_ROW => {
                        let next = match self.texts.lang() {
                            Lang::En => Lang::ZhHant,
                            Lang::ZhHant => Lang::En,
                        };
                        self.texts = Texts::new(next);
                    }
                    _ => {
                        if cmd == Command::Confirm {
                            return Some(Action::StartGame);
                        }
                    }
                }
            }
            _ => {}
        }
        None
    }

    /// The new-game form with what the command line gave filled in: a seed, bots for some
    /// seats, a built-in scenario or a scenario file.
    pub fn open_new_game_with(
        &mut self,
        seed: Option<u64>,
        bots: &[BotSpec],
        scenario: Option<crate::scenario::Scenario>,
    ) {
        self.dispatch(Action::OpenNewGame);
        let Screen::NewGame(n) = &mut self.screen else {
            return;
        };
        if let Some(seed) = seed {
            n.seed = seed;
        }
        if let Some(scenario) = scenario {
            match crate::scenario::BUILTIN
                .iter()
                .position(|(id, _)| scenario.source == format!("builtin:{id}"))
            {
                Some(index) => n.scenario = index,
                None => n.custom = Some(Box::new(scenario)),
            }
        }
        for bot in bots {
            n.human[bot.seat.index()] = false;
            n.bots[bot.seat.index()] = bot.clone();
        }
    }

    pub(super) fn start_from_form(&mut self) -> Option<Action> {
        let Screen::NewGame(n) = &mut self.screen else {
            return None;
        };
        if !n.human.iter().any(|h| *h) {
            n.error = Some(self.texts.get("tui-newgame-need-human"));
            n.selected = 1;
            return None;
        }
        let original = self
            .pending
            .as_ref()
            .and_then(|p| p.meta.forked_from.as_ref())
            .map(|f| f.from.clone());
        let roles = Seat::ALL.map(|s| match (&original, n.human[s.index()]) {
            (_, true) => SeatRole::Human,
            (Some(from), false) if n.as_played[s.index()] => SeatRole::Script {
                source: from.clone(),
            },
            _ => n.bots[s.index()].role(),
        });
        if let Some(pending) = self.pending.take() {
            let fork = pending.meta.forked_from.is_some();
            let session = Session::resume(pending.game, pending.meta, roles, pending.guide);
            self.viewer = None;
            if fork {
                self.start_session(session);
                self.notice = Some(self.t("tui-fork-started"));
                return None;
            }
            self.session = Some(session);
            return Some(Action::BeginQuarter);
        }
        let id = crate::scenario::BUILTIN
            .get(n.scenario)
            .map_or(crate::scenario::DEFAULT, |(id, _)| id);
        let loaded = match &n.custom {
            Some(custom) => Ok(custom.as_ref().clone()),
            None => crate::scenario::load(id),
        };
        let scenario = match loaded {
            Ok(s) => s,
            Err(e) => {
                n.error = Some(e.to_string());
                return None;
            }
        };
        let seed = n.seed;
        self.start_session(Session::new(scenario, seed, roles));
        None
    }

    /// The guided first game: the default scenario, the guide's seat and seed, bots elsewhere.
    pub(super) fn start_guide(&mut self) {
        match crate::scenario::load(crate::scenario::DEFAULT) {
            Ok(scenario) => {
                self.pending = None;
                self.viewer = None;
                let session = Session::new(scenario, super::guide::SEED, super::guide::roles());
                self.start_session(session);
                self.guide = Some(Guide::new());
            }
            Err(e) => self.notice = Some(e.to_string()),
        }
    }
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
