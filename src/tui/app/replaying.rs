//! The app's ways into and out of the replay viewer: opening a save, showing a quarter,
//! forking a game before the quarter shown and comparing two saves. The viewer's own state and
//! keys are `tui::replay`.

use super::{App, NewGame, Screen};
use crate::bots::BotSpec;
use crate::engine::Orders;
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::game::SeatRole;
use crate::save::{Replay, compare};
use crate::tui::action::Action;
use crate::tui::keys::Command;
use crate::tui::replay::{Comparing, Pending, ReplayState, ReplayTab, Viewer};
use crate::tui::seams::SaveEntry;
use crate::tui::session::bot_spec;
use std::path::PathBuf;

impl App {
    /// Opens a replayed save in the viewer (the title's Replay, or `overbuild replay FILE`).
    pub fn open_replay(&mut self, replay: Replay, path: PathBuf) {
        let state = ReplayState::new(replay.len());
        self.viewer = Some(Viewer::new(replay, path));
        self.session = None;
        self.pending = None;
        self.overlay = None;
        self.screen = Screen::Replay(state);
        self.dirty = true;
    }

    pub(in crate::tui) fn show_quarter(&mut self, quarter: usize) -> Option<Action> {
        let len = self.viewer.as_ref().map_or(0, Viewer::len);
        if let Screen::Replay(r) = &mut self.screen {
            r.show(quarter, len);
        }
        None
    }

    pub(in crate::tui) fn replay_command(&mut self, cmd: Command) -> Option<Action> {
        let viewer = self.viewer.as_mut()?;
        let Screen::Replay(r) = &mut self.screen else {
            return None;
        };
        r.command(cmd, viewer, &self.texts)
    }

    /// "Fork here": the game before the quarter shown goes to the new-game form, where the
    /// player picks the seats; human seats' orders start as the original played them.
    pub(in crate::tui) fn fork_setup(&mut self) -> Option<Action> {
        let Screen::Replay(r) = &self.screen else {
            return None;
        };
        let back = self.screen.clone();
        let viewer = self.viewer.as_ref()?;
        let before = r.quarter.saturating_sub(1);
        let (game, meta) = viewer.replay.fork(before)?;
        let guide: Vec<Orders> = viewer.replay.game.turns[before..]
            .iter()
            .map(|t| t.orders.clone())
            .collect();
        let date = game.world.date.to_string();
        let headline = self.texts.with(
            "tui-fork-headline",
            &[
                ("name", Arg::Text(viewer.name.clone())),
                ("date", Arg::Text(date)),
                ("quarter", Arg::Num((before + 1) as f64)),
            ],
        );
        self.seat_setup(Pending { game, meta, guide }, headline, Some(back));
        None
    }

    /// The new-game form for a game that exists already: its seats as the save had them.
    pub(in crate::tui) fn seat_setup(
        &mut self,
        pending: Pending,
        headline: String,
        back: Option<Screen>,
    ) {
        let roles = pending.meta.roles.clone();
        let mut human = roles.clone().map(|r| r.is_human());
        if !human.iter().any(|h| *h) {
            let seat = self.settings.default_seat.unwrap_or(Seat::Oracle);
            human[seat.index()] = true;
        }
        let bots = Seat::ALL
            .map(|s| bot_spec(s, &roles[s.index()]).unwrap_or_else(|| BotSpec::baseline(s)));
        // In a fork, seats an orders file held play its orders as they were played.
        let fork = !pending.guide.is_empty();
        let as_played = Seat::ALL.map(|s| {
            fork && !human[s.index()] && matches!(roles[s.index()], SeatRole::Script { .. })
        });
        let scenario = crate::scenario::BUILTIN
            .iter()
            .position(|(id, _)| *id == pending.game.scenario.params.scenario.id)
            .unwrap_or(0);
        let seed = pending.game.seed;
        self.pending = Some(pending);
        self.overlay = None;
        self.screen = Screen::NewGame(
            NewGame {
                selected: NewGame::START_ROW,
                scenario,
                custom: None,
                human,
                bots,
                as_played,
                seed,
                seed_entry: None,
                error: None,
                locked: Some(headline),
            },
            back.map(Box::new),
        );
    }

    /// Puts a second save beside the one in the viewer; refuses another scenario's.
    pub(in crate::tui) fn start_compare(
        &mut self,
        entry: &SaveEntry,
        back: Screen,
    ) -> Option<Action> {
        let viewer = self.viewer.as_mut()?;
        let other = match Replay::load(&entry.path) {
            Ok(r) => r,
            Err(e) => {
                self.notice = Some(e.to_string());
                return None;
            }
        };
        let a = viewer.replay.summarised();
        let b = other.summarised();
        let params = viewer.replay.game.scenario.params.clone();
        match compare(&a, &b, &params) {
            Ok(comparison) => {
                viewer.compare = Some(Comparing {
                    name: other.save.label(),
                    path: entry.path.clone(),
                    seed: other.save.seed,
                    turns: other.len(),
                    comparison,
                });
                let mut state = match back {
                    Screen::Replay(r) => r,
                    _ => ReplayState::new(viewer.len()),
                };
                state.tab = ReplayTab::Compare;
                state.pane = 0;
                state.scroll = 0;
                self.screen = Screen::Replay(state);
            }
            Err(e) => self.notice = Some(e.to_string()),
        }
        None
    }
}
