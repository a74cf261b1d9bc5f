//! The new-game form at work: changing its rows and starting a game (or the guided first game) from
//! it. Its state and key list are `tui::newgame`.

use super::{App, NewGame, Screen};
use crate::bots::BotSpec;
use crate::engine::Seat;
use crate::game::SeatRole;
use crate::i18n::{Lang, Texts};
use crate::tui::action::Action;
use crate::tui::guide::Guide;
use crate::tui::keys::Command;
use crate::tui::newgame::cycle_bot;
use crate::tui::session::Session;

impl App {
    /// A fresh new-game form: the default seat at the keyboard, baseline bots, a new seed.
    pub(in crate::tui) fn open_new_game(&mut self) -> Option<Action> {
        let default_seat = self.settings.default_seat.unwrap_or(Seat::Oracle);
        self.pending = None;
        self.screen = Screen::NewGame(
            NewGame {
                selected: NewGame::START_ROW,
                scenario: 0,
                custom: None,
                human: Seat::ALL.map(|s| s == default_seat),
                bots: Seat::ALL.map(BotSpec::baseline),
                as_played: [false; 4],
                seed: (self.seed_source)(),
                seed_entry: None,
                error: None,
                locked: None,
            },
            None,
        );
        None
    }

    // ---------------------------------------------------------------------------------------
    // New game

    pub(in crate::tui) fn new_game_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::NewGame(n, back) = &mut self.screen else {
            return None;
        };
        if n.seed_entry.is_some() {
            n.seed_entry_command(cmd, &self.texts);
            return None;
        }
        match cmd {
            Command::Up => n.selected = (n.selected + NewGame::ROWS - 1) % NewGame::ROWS,
            Command::Down => n.selected = (n.selected + 1) % NewGame::ROWS,
            Command::Back => {
                let back = back.take();
                self.pending = None;
                return self.return_to(back);
            }
            // A fork or a loaded game keeps its scenario and seed.
            Command::Random if n.locked.is_none() => {
                n.seed = (self.seed_source)();
                n.error = None;
            }
            Command::Left | Command::Right | Command::Toggle | Command::Confirm => {
                return self.change_row(cmd);
            }
            _ => {}
        }
        None
    }

    /// Left and right step the selected row's value; Space and Enter toggle it (a seat between
    /// a person and a bot) or act on it (type a seed, start).
    fn change_row(&mut self, cmd: Command) -> Option<Action> {
        let fork = self.pending.as_ref().is_some_and(|p| !p.guide.is_empty());
        let think = self.think.unwrap_or(crate::bots::expert::DEFAULT_THINK);
        let Screen::NewGame(n, _) = &mut self.screen else {
            return None;
        };
        let dir: i32 = if cmd == Command::Left { -1 } else { 1 };
        let locked = n.locked.is_some();
        match n.selected {
            0 | NewGame::SEED_ROW if locked => {}
            0 if n.custom.is_some() => n.custom = None,
            0 => {
                let scenarios = crate::scenario::BUILTIN.len().max(1) as i64;
                n.scenario = (n.scenario as i64 + i64::from(dir)).rem_euclid(scenarios) as usize;
            }
            1..=4 => {
                let i = n.selected - 1;
                if matches!(cmd, Command::Left | Command::Right) && !n.human[i] {
                    let played = n.as_played[i] && fork;
                    (n.bots[i], n.as_played[i]) = cycle_bot(&n.bots[i], played, fork, dir, think);
                } else {
                    n.human[i] = !n.human[i];
                }
                n.error = None;
            }
            NewGame::SEED_ROW if cmd == Command::Confirm => n.seed_entry = Some(String::new()),
            NewGame::SEED_ROW => n.seed = n.seed.saturating_add_signed(i64::from(dir)),
            NewGame::LANG_ROW => {
                let next = match self.texts.lang() {
                    Lang::En => Lang::ZhHant,
                    Lang::ZhHant => Lang::En,
                };
                self.texts = Texts::new(next);
            }
            _ if cmd == Command::Confirm => return Some(Action::StartGame),
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
        let Screen::NewGame(n, _) = &mut self.screen else {
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

    pub(in crate::tui) fn start_from_form(&mut self) -> Option<Action> {
        let Screen::NewGame(n, _) = &mut self.screen else {
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
    pub(in crate::tui) fn start_guide(&mut self) {
        match crate::scenario::load(crate::scenario::DEFAULT) {
            Ok(scenario) => {
                self.pending = None;
                self.viewer = None;
                let session = Session::new(
                    scenario,
                    crate::tui::guide::SEED,
                    crate::tui::guide::roles(),
                );
                self.start_session(session);
                self.guide = Some(Guide::new());
            }
            Err(e) => self.notice = Some(e.to_string()),
        }
    }
}
