//! Saved games for the interface: the save library's folders behind `seams::SaveBackend`.
//! Opening never fails: a missing or unwritable data directory turns saving off, and the reason
//! is the one line the player sees.

pub use super::action::SavesPurpose;
use super::action::{Action, KeyHelp, kh};
use super::keys::Command;
use super::seams::{LoadedGame, SaveBackend, SaveEntry};
use crate::engine::report::Arg;
use crate::game::Game;
use crate::i18n::Texts;
use crate::save::{SaveError, SaveKind, SaveMeta, SaveStore, load_game};
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

/// The Load, Replay or Compare list.
#[derive(Clone, Debug, PartialEq)]
pub struct SavesState {
    pub purpose: SavesPurpose,
    pub entries: Vec<SaveEntry>,
    pub selected: usize,
}

impl SavesState {
    /// The list's own keys: moving and choosing. Esc is the app's (where it goes back to).
    pub fn command(&mut self, cmd: Command) -> Option<Action> {
        let last = self.entries.len().saturating_sub(1);
        match cmd {
            Command::Up => self.selected = self.selected.saturating_sub(1),
            Command::Down => self.selected = (self.selected + 1).min(last),
            Command::PageUp => self.selected = self.selected.saturating_sub(10),
            Command::PageDown => self.selected = (self.selected + 10).min(last),
            Command::Top => self.selected = 0,
            Command::Bottom => self.selected = last,
            Command::Confirm => return Some(Action::OpenEntry(self.selected)),
            _ => {}
        }
        None
    }
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
