//! The app's ways into and out of saved games: continue, load, the list of saves, "Save as"
//! and the autosave before a stop. The list's own state and keys are `tui::saves`.

use super::{App, Overlay, Screen};
use crate::engine::report::Arg;
use crate::save::Replay;
use crate::tui::action::{Action, Confirm, SavesPurpose};
use crate::tui::keys::Command;
use crate::tui::replay::Pending;
use crate::tui::saves::{SaveAsState, SavesState};
use crate::tui::seams::LoadedGame;
use crate::tui::session::{Session, Table};

/// "stargate-2025-2026-Q3": a slot name for a game that has none yet.
fn default_slot(session: &Session) -> String {
    if let Some(slot) = &session.slot {
        return slot.clone();
    }
    let id = &session.game.world.params.scenario.id;
    match session.last_turn() {
        Some(t) => format!("{id}-{}", t.report.date).replace(' ', "-"),
        None => format!("{id}-start"),
    }
}

impl App {
    /// Autosaves the game in hand as it stands (quarters played so far; orders being entered
    /// are not part of a save), before the process is stopped from outside.
    pub fn autosave_now(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        if session.table != Table::Local {
            return;
        }
        if let Err(e) = self.saves.autosave(&session.game, &session.meta()) {
            // The screen is about to go; the log keeps the reason.
            tracing::warn!("autosave before stopping failed: {e}");
        }
    }

    /// Continue: the newest autosave, played on with the seats it had.
    pub(in crate::tui) fn continue_latest(&mut self) -> Option<Action> {
        match self.saves.latest() {
            Ok(Some(loaded)) => self.resume_loaded(loaded, None),
            Ok(None) => {
                self.notice = Some(self.t("tui-title-no-saves"));
                None
            }
            Err(e) => {
                self.notice = Some(e);
                None
            }
        }
    }

    /// Plays a loaded game on; one nobody played at the keyboard asks for seats first.
    fn resume_loaded(&mut self, loaded: LoadedGame, back: Option<Screen>) -> Option<Action> {
        let LoadedGame { game, meta } = loaded;
        self.viewer = None;
        if meta.roles.iter().any(|r| r.is_human()) || game.is_over() {
            let roles = meta.roles.clone();
            self.session = Some(Session::resume(game, meta, roles, Vec::new()));
            return Some(Action::BeginQuarter);
        }
        let headline = self.texts.with(
            "tui-load-choose-seats",
            &[("date", Arg::Text(game.world.date.to_string()))],
        );
        let pending = Pending {
            game,
            meta,
            guide: Vec::new(),
        };
        self.seat_setup(pending, headline, back);
        None
    }

    pub(in crate::tui) fn open_saves(&mut self, purpose: SavesPurpose) -> Option<Action> {
        if let Some(reason) = self.saves.unavailable(&self.texts) {
            self.notice = Some(reason);
            return None;
        }
        let entries = match self.saves.list() {
            Ok(list) => list,
            Err(e) => {
                self.notice = Some(e);
                return None;
            }
        };
        if entries.is_empty() {
            self.notice = Some(self.t("tui-saves-none"));
            return None;
        }
        let back = match purpose {
            SavesPurpose::Compare => Some(Box::new(self.screen.clone())),
            _ => None,
        };
        // In Compare, start on the first save of the same scenario that is not this one.
        let selected = match (purpose, &self.viewer) {
            (SavesPurpose::Compare, Some(v)) => entries
                .iter()
                .position(|e| {
                    e.path != v.path
                        && e.info
                            .as_ref()
                            .is_ok_and(|i| i.scenario_id == v.replay.save.scenario.id)
                })
                .unwrap_or(0),
            _ => 0,
        };
        self.screen = Screen::Saves(
            SavesState {
                purpose,
                entries,
                selected,
            },
            back,
        );
        None
    }

    /// Esc on the list: back to where it was opened from (the viewer, for Compare), or the title.
    pub(in crate::tui) fn leave_saves(&mut self) -> Option<Action> {
        let Screen::Saves(_, back) = &mut self.screen else {
            return None;
        };
        let back = back.take();
        self.return_to(back)
    }

    /// Loads, replays or compares entry `i` of the list on screen.
    pub(in crate::tui) fn open_entry(&mut self, i: usize) -> Option<Action> {
        let Screen::Saves(s, back) = &mut self.screen else {
            return None;
        };
        s.selected = i.min(s.entries.len().saturating_sub(1));
        let entry = s.entries.get(s.selected)?.clone();
        let purpose = s.purpose;
        let back = back.clone();
        let here = self.screen.clone();
        if let Err(e) = &entry.info {
            self.notice = Some(e.clone());
            return None;
        }
        match purpose {
            SavesPurpose::Load => match self.saves.load(&entry) {
                Ok(loaded) => self.resume_loaded(loaded, Some(here)),
                Err(e) => {
                    self.notice = Some(e);
                    None
                }
            },
            SavesPurpose::Replay => match Replay::load(&entry.path) {
                Ok(replay) => {
                    self.open_replay(replay, entry.path.clone());
                    None
                }
                Err(e) => {
                    self.notice = Some(e.to_string());
                    None
                }
            },
            SavesPurpose::Compare => {
                let back = back.map_or(Screen::Title { selected: 0 }, |b| *b);
                self.start_compare(&entry, back)
            }
        }
    }

    /// Opens the "Save as" dialog for the game being played.
    pub(in crate::tui) fn ask_save_as(&mut self) -> Option<Action> {
        let session = self.session.as_ref()?;
        if session.table != Table::Local {
            return None;
        }
        if let Some(reason) = self.saves.unavailable(&self.texts) {
            self.notice = Some(reason);
            return None;
        }
        self.overlay = Some(Overlay::SaveAs(SaveAsState {
            entry: default_slot(session),
            error: None,
        }));
        None
    }

    pub(in crate::tui) fn save_as_command(&mut self, cmd: Command) -> Option<Action> {
        let Some(Overlay::SaveAs(d)) = &mut self.overlay else {
            return None;
        };
        match cmd {
            Command::Confirm => {
                let name = d.entry.trim().to_string();
                if name.is_empty() {
                    d.error = Some(self.texts.get("tui-save-as-empty"));
                    return None;
                }
                if self.saves.slot_exists(&name) {
                    self.overlay = Some(Overlay::Confirm(Confirm {
                        text: self
                            .texts
                            .with("tui-save-as-replace", &[("name", Arg::Text(name.clone()))]),
                        yes: Action::WriteSave(name),
                    }));
                    return None;
                }
                Some(Action::WriteSave(name))
            }
            Command::Back => {
                self.overlay = None;
                None
            }
            _ => None,
        }
    }

    /// Saves the game to a named slot; a failure keeps the dialog open with the reason.
    pub(in crate::tui) fn write_save(&mut self, name: &str) -> Option<Action> {
        let session = self.session.as_mut()?;
        let meta = session.meta();
        match self.saves.save_as(name, &session.game, &meta) {
            Ok(path) => {
                session.slot = Some(name.to_string());
                self.overlay = None;
                self.notice = Some(self.texts.with(
                    "tui-saved-as",
                    &[
                        ("name", Arg::Text(name.to_string())),
                        ("file", Arg::Text(path.display().to_string())),
                    ],
                ));
            }
            Err(e) => {
                self.overlay = Some(Overlay::SaveAs(SaveAsState {
                    entry: name.to_string(),
                    error: Some(e),
                }));
            }
        }
        None
    }
}
