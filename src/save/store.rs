//! The player's saves on disk: named slots in `saves/`, rotating autosaves in `autosaves/`, both
//! under the data directory (`--data-dir` or the platform's).

use super::error::SaveError;
use super::format::{SaveFile, SaveMeta};
use super::replay::Replay;
use crate::engine::{Date, Seat};
use crate::game::{Game, SeatRole};
use crate::paths::Paths;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Games kept in `autosaves/`; the oldest is replaced when a new game needs a slot.
pub const AUTOSAVE_SLOTS: usize = 5;
/// Every save file ends with this.
pub const EXTENSION: &str = ".json.gz";
const MAX_NAME: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveKind {
    Named,
    Autosave,
}

/// One save as a Continue or Load list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveInfo {
    pub path: PathBuf,
    pub kind: SaveKind,
    /// The slot name, or the file name without its extension.
    pub name: String,
    /// Seconds since 1970 (UTC), from the file or, if it has none, its modification time.
    pub saved_at: u64,
    /// Nanoseconds past `saved_at` when the file records them, else 0.
    pub saved_at_nanos: u32,
    pub scenario_id: String,
    pub scenario_name: String,
    pub seed: u64,
    pub turns_played: usize,
    /// The last quarter played.
    pub last_date: Option<Date>,
    pub roles: [SeatRole; 4],
    /// Each seat's score after the last quarter, when the save has summaries.
    pub scores: Vec<(Seat, f64)>,
    pub welfare: Option<f64>,
    pub app_version: String,
}

impl SaveInfo {
    fn of(save: &SaveFile, path: &Path, kind: SaveKind) -> SaveInfo {
        let last = save.turns.last();
        let summary = last.and_then(|t| t.summary.as_ref());
        let (saved_at, saved_at_nanos) = if save.saved_at > 0 {
            (save.saved_at, save.saved_at_nanos)
        } else {
            (modified(path), 0)
        };
        SaveInfo {
            path: path.to_path_buf(),
            kind,
            name: save.name.clone().unwrap_or_else(|| stem(path)),
            saved_at,
            saved_at_nanos,
            scenario_id: save.scenario.id.clone(),
            scenario_name: save.scenario.name.clone(),
            seed: save.seed,
            turns_played: save.turns.len(),
            last_date: last.and_then(|t| t.date),
            roles: save.seats.to_array(),
            scores: summary
                .map(|s| {
                    Seat::ALL
                        .iter()
                        .filter_map(|seat| s.score(*seat).map(|v| (*seat, v)))
                        .collect()
                })
                .unwrap_or_default(),
            welfare: summary.and_then(|s| s.welfare()),
            app_version: save.app_version.clone(),
        }
    }

    /// "2025-11-29 16:40 UTC", or "unknown".
    pub fn saved_at_text(&self) -> String {
        format_utc(self.saved_at)
    }

    /// "autosave-1 · 2025-11-29 16:40 UTC · stargate-2025 · 2026 Q3 (7 quarters) · seed 7".
    pub fn one_line(&self) -> String {
        let when = self
            .last_date
            .map_or_else(|| "start".to_string(), |d| d.to_string());
        format!(
            "{} · {} · {} · {when} ({} quarters) · seed {}",
            self.name,
            self.saved_at_text(),
            self.scenario_id,
            self.turns_played,
            self.seed
        )
    }
}

/// A file found in a save folder: its summary, or why it cannot be read.
#[derive(Debug, PartialEq)]
pub struct Listed {
    pub path: PathBuf,
    pub kind: SaveKind,
    pub info: Result<SaveInfo, SaveError>,
}

/// The save folders. Opening checks they exist or can be made; after a failure the game goes
/// on without saving (the error is one line to show).
#[derive(Clone, Debug, PartialEq)]
pub struct SaveStore {
    saves: PathBuf,
    autosaves: PathBuf,
}

impl SaveStore {
    /// The folders under `--data-dir`, or the platform's. Temporary files that writes
    /// interrupted over a minute ago left there are removed.
    pub fn open(data_dir: Option<&Path>) -> Result<SaveStore, SaveError> {
        let paths = Paths::resolve(data_dir).ok_or(SaveError::NoHome)?;
        SaveStore::at(&paths)
    }

    pub fn at(paths: &Paths) -> Result<SaveStore, SaveError> {
        let store = SaveStore {
            saves: paths.saves(),
            autosaves: paths.autosaves(),
        };
        for dir in [&store.saves, &store.autosaves] {
            ensure_writable(dir)?;
            super::atomic::remove_stale_temps(dir, super::atomic::is_save_temp);
        }
        Ok(store)
    }

    pub fn saves_dir(&self) -> &Path {
        &self.saves
    }

    pub fn autosaves_dir(&self) -> &Path {
        &self.autosaves
    }

    /// Where a named slot lives. Names keep letters, digits, `-` and `_`; spaces become `-`.
    pub fn slot_path(&self, name: &str) -> Result<PathBuf, SaveError> {
        let file: String = name
            .trim()
            .chars()
            .map(|c| if c.is_whitespace() { '-' } else { c })
            .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .take(MAX_NAME)
            .collect();
        if file.is_empty() || file.starts_with('-') {
            return Err(SaveError::Refused {
                path: self.saves.clone(),
                detail: format!(
                    "\"{name}\" cannot name a save: use letters, digits, - and _ (up to {MAX_NAME})"
                ),
            });
        }
        Ok(self.saves.join(format!("{file}{EXTENSION}")))
    }

    /// Whether a slot of that name exists (ask before `save_as` replaces it).
    pub fn slot_exists(&self, name: &str) -> bool {
        self.slot_path(name).is_ok_and(|p| p.exists())
    }

    /// Saves to a named slot. The save it replaces is kept as `NAME.json.gz.bak`.
    pub fn save_as(&self, name: &str, game: &Game, meta: &SaveMeta) -> Result<PathBuf, SaveError> {
        let path = self.slot_path(name)?;
        let mut meta = meta.clone();
        meta.name = Some(name.trim().to_string());
        SaveFile::from_game(game, &meta).write(&path)?;
        Ok(path)
    }

    /// Saves after a resolved quarter. A game keeps its slot while it goes on (a slot holding
    /// an earlier point of the same game is overwritten); a new game, a fork or a rewound game
    /// takes an empty slot or the oldest one. Files this build cannot read are never replaced.
    pub fn autosave(&self, game: &Game, meta: &SaveMeta) -> Result<PathBuf, SaveError> {
        let path = self.autosave_slot(game, meta)?;
        SaveFile::from_game(game, meta).write(&path)?;
        Ok(path)
    }

    fn autosave_slot(&self, game: &Game, meta: &SaveMeta) -> Result<PathBuf, SaveError> {
        let mut empty = None;
        let mut oldest: Option<(Stamp, PathBuf)> = None;
        let mut same_game: Option<(usize, Stamp, PathBuf)> = None;
        for i in 1..=AUTOSAVE_SLOTS {
            let path = self.autosaves.join(format!("autosave-{i}{EXTENSION}"));
            if !path.exists() {
                empty = empty.or(Some(path));
                continue;
            }
            let Ok(save) = SaveFile::read(&path) else {
                continue;
            };
            let saved_at = stamp(&save, &path);
            if continues(&save, game, meta) {
                let better = same_game
                    .as_ref()
                    .is_none_or(|(n, t, _)| (save.turns.len(), saved_at) > (*n, *t));
                if better {
                    same_game = Some((save.turns.len(), saved_at, path.clone()));
                }
            }
            if oldest.as_ref().is_none_or(|(t, _)| saved_at < *t) {
                oldest = Some((saved_at, path));
            }
        }
        same_game
            .map(|(_, _, p)| p)
            .or(empty)
            .or(oldest.map(|(_, p)| p))
            .ok_or_else(|| SaveError::Refused {
                path: self.autosaves.clone(),
                detail: "every autosave slot holds a file this Overbuild cannot read; not replacing them".into(),
            })
    }

    /// Every save in both folders, newest first; unreadable files are listed with the reason.
    pub fn list(&self) -> Result<Vec<Listed>, SaveError> {
        let mut all = Vec::new();
        for (dir, kind) in [
            (&self.autosaves, SaveKind::Autosave),
            (&self.saves, SaveKind::Named),
        ] {
            for path in save_files(dir)? {
                let info = SaveFile::read(&path).map(|s| SaveInfo::of(&s, &path, kind));
                all.push(Listed { path, kind, info });
            }
        }
        let when = |l: &Listed| {
            let mtime = mtime(&l.path);
            match &l.info {
                Ok(i) => (i.saved_at, i.saved_at_nanos, mtime),
                Err(_) => (secs(mtime), 0, mtime),
            }
        };
        all.sort_by(|x, y| when(y).cmp(&when(x)).then_with(|| x.path.cmp(&y.path)));
        Ok(all)
    }

    /// The newest readable autosave: what Continue offers.
    pub fn latest_autosave(&self) -> Result<Option<SaveInfo>, SaveError> {
        Ok(self
            .list()?
            .into_iter()
            .filter(|l| l.kind == SaveKind::Autosave)
            .find_map(|l| l.info.ok()))
    }

    /// Continue: the newest autosave, replayed to its last quarter.
    pub fn continue_latest(&self) -> Result<Option<(Game, SaveMeta)>, SaveError> {
        match self.latest_autosave()? {
            Some(info) => load_game(&info.path).map(Some),
            None => Ok(None),
        }
    }
}

/// Load: a save replayed to its last quarter, ready to play on. A save that replays differently
/// with this build is refused (its hashes say the rules changed since).
pub fn load_game(path: &Path) -> Result<(Game, SaveMeta), SaveError> {
    Replay::load(path)?.into_game()
}

/// The saved game is an earlier point of `game`: same scenario, seed and start, every saved
/// quarter's hash matches, and it is the same line of play (a fork that has so far played
/// exactly like its original is still a fork: it keeps its own slot).
fn continues(save: &SaveFile, game: &Game, meta: &SaveMeta) -> bool {
    save.forked_from == meta.forked_from
        && save.scenario.hash == game.scenario.hash
        && save.seed == game.seed
        && save.start_hash == game.start_hash
        && save.turns.len() <= game.turns.len()
        && save
            .turns
            .iter()
            .zip(&game.turns)
            .all(|(s, g)| s.hash == g.hash)
}

fn ensure_writable(dir: &Path) -> Result<(), SaveError> {
    let folder = |reason: String| SaveError::Folder {
        dir: dir.to_path_buf(),
        reason,
    };
    std::fs::create_dir_all(dir).map_err(|e| folder(e.to_string()))?;
    // Creating a file is the only portable test of write permission.
    tempfile::tempfile_in(dir).map_err(|e| folder(format!("not writable: {e}")))?;
    Ok(())
}

fn save_files(dir: &Path) -> Result<Vec<PathBuf>, SaveError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(SaveError::read(dir, &e)),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(EXTENSION) && !n.starts_with('.'))
        })
        .collect();
    files.sort();
    Ok(files)
}

fn stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(EXTENSION).unwrap_or(&name).to_string()
}

/// When a save was written: its own time (seconds, then nanoseconds), then the file's to break
/// ties between saves that do not carry nanoseconds.
type Stamp = (u64, u32, SystemTime);

fn stamp(save: &SaveFile, path: &Path) -> Stamp {
    let mtime = mtime(path);
    if save.saved_at > 0 {
        (save.saved_at, save.saved_at_nanos, mtime)
    } else {
        (secs(mtime), 0, mtime)
    }
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

fn secs(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn modified(path: &Path) -> u64 {
    secs(mtime(path))
}

/// "2025-11-29 16:40 UTC" for seconds since 1970, "unknown" for 0.
pub fn format_utc(seconds: u64) -> String {
    let Ok(t) = i64::try_from(seconds)
        .map_err(|_| ())
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).map_err(|_| ()))
    else {
        return "unknown".into();
    };
    if seconds == 0 {
        return "unknown".into();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_print_in_utc() {
        assert_eq!(format_utc(0), "unknown");
        assert_eq!(format_utc(1_764_434_400), "2025-11-29 16:40 UTC");
        assert_eq!(format_utc(u64::MAX), "unknown");
    }

    #[test]
    fn slot_names_become_safe_file_names() {
        let dir = tempfile::tempdir().unwrap();
        let store = SaveStore::open(Some(dir.path())).unwrap();
        let p = store.slot_path("My game: round 2").unwrap();
        assert_eq!(p.file_name().unwrap(), "My-game-round-2.json.gz");
        let p = store.slot_path("工作坊 A").unwrap();
        assert_eq!(p.file_name().unwrap(), "工作坊-A.json.gz");
        assert!(store.slot_path("../..").is_err());
        assert!(store.slot_path("   ").is_err());
        assert!(store.slot_path(".hidden").unwrap().file_name().unwrap() == "hidden.json.gz");
    }

    #[test]
    fn a_fork_that_replays_its_original_exactly_keeps_its_own_slot() {
        let dir = tempfile::tempdir().unwrap();
        let store = SaveStore::open(Some(dir.path())).unwrap();
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut original = Game::new(scenario, 5);
        let mut bots = crate::game::Controllers::bots_except(None);
        crate::game::play_out(&mut original, &mut bots, 3);
        let meta = SaveMeta::new(std::array::from_fn(|_| SeatRole::baseline_bot()));
        let first = store.autosave(&original, &meta).unwrap();
        let replay = Replay::load(&first).unwrap();
        let (mut fork, fork_meta) = replay.fork(1).unwrap();
        for t in &original.turns[1..] {
            fork.play(t.orders.clone());
        }
        assert_eq!(fork.turns.last().unwrap().hash, original.turns[2].hash);
        let forked = store.autosave(&fork, &fork_meta).unwrap();
        assert_ne!(first, forked, "the fork must not write over its original");
        assert!(SaveFile::read(&first).unwrap().forked_from.is_none());
        // And the fork goes on in its own slot.
        assert_eq!(store.autosave(&fork, &fork_meta).unwrap(), forked);
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let err = SaveStore::open(Some(&blocker)).unwrap_err();
        assert!(err.is_folder_problem());
        let text = err.to_string();
        assert!(text.contains("goes on without saving"), "{text}");
        assert!(!text.contains('\n'));
    }
}
