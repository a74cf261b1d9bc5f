//! Saved games for the interface: the save library's folders behind `seams::SaveBackend`.
//! Opening never fails: a missing or unwritable data directory turns saving off, and the reason
//! is the one line the player sees.

use super::app::{Action, App, Confirm, KeyHelp, Overlay, Screen, kh};
use super::keys::Command;
use super::replay::Pending;
use super::seams::{LoadedGame, SaveBackend, SaveEntry};
use super::session::{Session, Table};
use crate::engine::report::Arg;
use crate::game::Game;
use crate::i18n::Texts;
use crate::save::{Replay, SaveError, SaveKind, SaveMeta, SaveStore, load_game};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};

/// The player's save folders (`saves/` and `autosaves/` under the data directory).
pub struct StoreSaves {
    store: Result<SaveStore, SaveError>,
}

impl StoreSaves {
    /// The folders under `--data-dir`, or the platform's.
    pub fn open(data_dir: Option<&Path>) -> StoreSaves {
        StoreSaves {
            store: SaveStore::open(data_dir),
        }
    }

    pub fn store(&self) -> Option<&SaveStore> {
        self.store.as_ref().ok()
    }
}

impl SaveBackend for StoreSaves {
    fn unavailable(&self, texts: &Texts) -> Option<String> {
        let e = self.store.as_ref().err()?;
        Some(match e {
            SaveError::NoHome => texts.get("tui-saves-no-home"),
            SaveError::Folder { dir, reason } => texts.with(
                "tui-saves-folder",
                &[
                    ("dir", Arg::Text(dir.display().to_string())),
                    ("reason", Arg::Text(reason.clone())),
                ],
            ),
            other => other.to_string(),
        })
    }

    fn autosave(&mut self, game: &Game, meta: &SaveMeta) -> Result<(), String> {
        // Saving is off: the player was told once, at the start.
        let Ok(store) = &self.store else {
            return Ok(());
        };
        store
            .autosave(game, meta)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    fn latest(&mut self) -> Result<Option<LoadedGame>, String> {
        let Ok(store) = &self.store else {
            return Ok(None);
        };
        match store.continue_latest() {
            Ok(Some((game, meta))) => Ok(Some(LoadedGame { game, meta })),
            Ok(None) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn list(&mut self) -> Result<Vec<SaveEntry>, String> {
        let Ok(store) = &self.store else {
            return Ok(Vec::new());
        };
        let listed = store.list().map_err(|e| e.to_string())?;
        Ok(listed
            .into_iter()
            .map(|l| SaveEntry {
                path: l.path,
                autosave: l.kind == SaveKind::Autosave,
                info: l.info.map_err(|e| e.to_string()),
            })
            .collect())
    }

    fn load(&mut self, entry: &SaveEntry) -> Result<LoadedGame, String> {
        let (game, meta) = load_game(&entry.path).map_err(|e| e.to_string())?;
        Ok(LoadedGame { game, meta })
    }

    fn slot_exists(&self, name: &str) -> bool {
        self.store.as_ref().is_ok_and(|s| s.slot_exists(name))
    }

    fn save_as(&mut self, name: &str, game: &Game, meta: &SaveMeta) -> Result<PathBuf, String> {
        match &self.store {
            Ok(store) => store.save_as(name, game, meta).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        }
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

    fn enter_key(self) -> &'static str {
        match self {
            SavesPurpose::Load => "tui-key-load",
            SavesPurpose::Replay => "tui-key-replay",
            SavesPurpose::Compare => "tui-key-compare-with",
        }
    }
}

/// The Load, Replay or Compare list.
#[derive(Clone, Debug, PartialEq)]
pub struct SavesState {
    pub purpose: SavesPurpose,
    pub entries: Vec<SaveEntry>,
    pub selected: usize,
    /// Where Esc goes back to (the viewer, for Compare); the title when None.
    pub back: Option<Box<Screen>>,
}

/// The "Save as" dialog: the slot name being typed and why the last try failed.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveAsState {
    pub entry: String,
    pub error: Option<String>,
}

impl SaveAsState {
    /// Slot names keep letters (any script), digits, `-`, `_` and spaces.
    pub fn type_char(&mut self, c: char) {
        if self.entry.chars().count() < 60 && (c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        {
            self.entry.push(c);
            self.error = None;
        }
    }
}

/// What a key means while a slot name is typed: every printable key types.
pub fn save_as_key(key: &KeyEvent) -> Option<Action> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) => Some(Action::Type(c)),
        KeyCode::Backspace | KeyCode::Delete => Some(Action::Erase),
        KeyCode::Enter => Some(Action::Cmd(Command::Confirm)),
        KeyCode::Esc => Some(Action::Cmd(Command::Back)),
        _ => None,
    }
}

/// The keys of a list of saves.
pub fn keys(s: &SavesState) -> Vec<KeyHelp> {
    use Command::*;
    vec![
        kh(Up, "tui-key-move", true),
        kh(Down, "tui-key-move", false),
        kh(PageUp, "tui-key-page", false),
        kh(PageDown, "tui-key-page", false),
        kh(Top, "tui-key-top", false),
        kh(Bottom, "tui-key-bottom", false),
        kh(Confirm, s.purpose.enter_key(), true),
        kh(Back, "tui-key-back", true),
    ]
}

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
    pub(super) fn continue_latest(&mut self) -> Option<Action> {
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

    pub(super) fn open_saves(&mut self, purpose: SavesPurpose) -> Option<Action> {
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
        self.screen = Screen::Saves(SavesState {
            purpose,
            entries,
            selected,
            back,
        });
        None
    }

    pub(super) fn saves_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::Saves(s) = &mut self.screen else {
            return None;
        };
        let last = s.entries.len().saturating_sub(1);
        match cmd {
            Command::Up => s.selected = s.selected.saturating_sub(1),
            Command::Down => s.selected = (s.selected + 1).min(last),
            Command::PageUp => s.selected = s.selected.saturating_sub(10),
            Command::PageDown => s.selected = (s.selected + 10).min(last),
            Command::Top => s.selected = 0,
            Command::Bottom => s.selected = last,
            Command::Confirm => return Some(Action::OpenEntry(s.selected)),
            Command::Back => {
                return match s.back.take() {
                    Some(screen) => {
                        self.screen = *screen;
                        None
                    }
                    None => Some(Action::ToTitle),
                };
            }
            _ => {}
        }
        None
    }

    /// Loads, replays or compares entry `i` of the list on screen.
    pub(super) fn open_entry(&mut self, i: usize) -> Option<Action> {
        let Screen::Saves(s) = &mut self.screen else {
            return None;
        };
        s.selected = i.min(s.entries.len().saturating_sub(1));
        let entry = s.entries.get(s.selected)?.clone();
        let purpose = s.purpose;
        let back = s.back.clone();
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
    pub(super) fn ask_save_as(&mut self) -> Option<Action> {
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

    pub(super) fn save_as_command(&mut self, cmd: Command) -> Option<Action> {
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
    pub(super) fn write_save(&mut self, name: &str) -> Option<Action> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Seat;
    use crate::game::SeatRole;
    use crate::i18n::Lang;

    fn roles() -> [SeatRole; 4] {
        Seat::ALL.map(|s| {
            if s == Seat::Oracle {
                SeatRole::Human
            } else {
                SeatRole::baseline_bot()
            }
        })
    }

    #[test]
    fn an_unusable_folder_turns_saving_off_with_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let mut saves = StoreSaves::open(Some(&blocker));
        let texts = Texts::new(Lang::En);
        let line = saves.unavailable(&texts).expect("saving is off");
        assert!(line.contains("without saving"), "{line}");
        assert!(!line.contains('\n'));
        let zh = saves.unavailable(&Texts::new(Lang::ZhHant)).unwrap();
        assert!(zh.contains("存檔"), "{zh}");
        // Play goes on: autosave is a no-op, lists are empty, named saves say why they fail.
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let game = Game::new(scenario, 1);
        let meta = SaveMeta::new(roles());
        assert_eq!(saves.autosave(&game, &meta), Ok(()));
        assert_eq!(saves.list(), Ok(Vec::new()));
        assert!(saves.latest().unwrap().is_none());
        assert!(!saves.slot_exists("x"));
        assert!(saves.save_as("x", &game, &meta).is_err());
    }

    #[test]
    fn saves_round_trip_through_the_backend() {
        let dir = tempfile::tempdir().unwrap();
        let mut saves = StoreSaves::open(Some(dir.path()));
        assert!(saves.unavailable(&Texts::new(Lang::En)).is_none());
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut game = Game::new(scenario, 3);
        let orders = game.world.last_orders.clone();
        game.play(orders);
        let meta = SaveMeta::new(roles());
        saves.autosave(&game, &meta).unwrap();
        assert!(!saves.slot_exists("mine"));
        let path = saves.save_as("mine", &game, &meta).unwrap();
        assert!(path.exists());
        assert!(saves.slot_exists("mine"));
        let list = saves.list().unwrap();
        assert_eq!(list.len(), 2);
        assert!(list.iter().any(|e| e.autosave));
        let latest = saves.latest().unwrap().expect("an autosave");
        assert_eq!(latest.game.turns.len(), 1);
        assert_eq!(latest.meta.roles, roles());
        let named = list.iter().find(|e| !e.autosave).unwrap();
        let loaded = saves.load(named).unwrap();
        assert_eq!(loaded.game.turns[0].hash, game.turns[0].hash);
    }
}
