//! Where features plug into the interface without reshaping it: saved games (issue 4) and the
//! Outlook panel's background Monte Carlo (issue 8). Each is a small trait; saves also have a
//! do-nothing implementation that says, in a line the title screen shows, why they are off.

use crate::engine::{Seat, SeatOrders};
use crate::game::Game;
use crate::i18n::Texts;
use crate::save::{SaveInfo, SaveMeta};
use std::path::PathBuf;

/// A game read back from disk, ready to continue: the game and what its save knew besides
/// (who held each seat, where it was forked from, the facilitator's actions).
pub struct LoadedGame {
    pub game: Game,
    pub meta: SaveMeta,
}

/// One line of the Load (and Replay) list.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveEntry {
    pub path: PathBuf,
    pub autosave: bool,
    /// What the list shows, or the one-line reason the file cannot be read.
    pub info: Result<SaveInfo, String>,
}

impl SaveEntry {
    /// The file's name without its folder.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Why the file cannot be read, without the path the list already shows.
    pub fn problem(&self) -> Option<String> {
        let e = self.info.as_ref().err()?;
        let prefix = format!("{}: ", self.path.display());
        Some(e.strip_prefix(&prefix).unwrap_or(e).to_string())
    }
}

/// Saved games as the interface needs them. `saves::StoreSaves` keeps them in the data
/// directory; `NoSaves` (tests, remote seats) keeps Continue, Load and Replay visible but off.
pub trait SaveBackend {
    /// None when saves work; else the one-line reason they do not, in the player's language.
    fn unavailable(&self, texts: &Texts) -> Option<String>;
    /// Called after every resolved quarter (local play). Does nothing when saves are off.
    fn autosave(&mut self, game: &Game, meta: &SaveMeta) -> Result<(), String>;
    /// The latest autosave, for Continue.
    fn latest(&mut self) -> Result<Option<LoadedGame>, String>;
    /// Saves to offer under Load and Replay, newest first; unreadable files with their error.
    fn list(&mut self) -> Result<Vec<SaveEntry>, String>;
    fn load(&mut self, entry: &SaveEntry) -> Result<LoadedGame, String>;
    /// A named slot of that name exists (ask before `save_as` replaces it).
    fn slot_exists(&self, name: &str) -> bool;
    /// Saves to a named slot, replacing one of that name (its old file is kept as a backup).
    fn save_as(&mut self, name: &str, game: &Game, meta: &SaveMeta) -> Result<PathBuf, String>;
}

/// No saving: tests and remote seats (the workshop server keeps the saves).
#[derive(Debug, Default)]
pub struct NoSaves;

impl SaveBackend for NoSaves {
    fn unavailable(&self, texts: &Texts) -> Option<String> {
        Some(texts.get("tui-saves-off"))
    }
    fn autosave(&mut self, _: &Game, _: &SaveMeta) -> Result<(), String> {
        Ok(())
    }
    fn latest(&mut self) -> Result<Option<LoadedGame>, String> {
        Ok(None)
    }
    fn list(&mut self) -> Result<Vec<SaveEntry>, String> {
        Ok(Vec::new())
    }
    fn load(&mut self, entry: &SaveEntry) -> Result<LoadedGame, String> {
        Err(format!(
            "{}: saved games are off here",
            entry.path.display()
        ))
    }
    fn slot_exists(&self, _: &str) -> bool {
        false
    }
    fn save_as(&mut self, name: &str, _: &Game, _: &SaveMeta) -> Result<PathBuf, String> {
        Err(format!("{name}: saved games are off here"))
    }
}

/// One band of a fan chart: p5, p50 and p95 per future quarter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Band {
    /// i18n key of the metric's name.
    pub key: String,
    pub p5: Vec<f64>,
    pub p50: Vec<f64>,
    pub p95: Vec<f64>,
}

/// What the Outlook panel draws: continuations of the current game.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outlook {
    /// Runs the figures rest on (while running: the runs finished so far, and no figures).
    pub runs: u32,
    /// Runs asked for: the outlook is complete when `runs` reaches it.
    pub planned: u32,
    /// The position and orders it was computed from (`montecarlo::outlook::basis`), so the
    /// panel can tell it from one for other orders or an earlier quarter.
    pub basis: String,
    pub bands: Vec<Band>,
    /// Odds in 0..=1, each with the i18n key of its name (blackout, downgrade, election loss).
    pub odds: Vec<(String, f64)>,
}

/// Runs continuations in the background. `request` must return at once; results arrive as
/// `AppEvent::Outlook` through the sender the app's loop gave the source.
pub trait OutlookSource {
    /// Continuations of `game` with `standing` orders for `seat` and these bots elsewhere
    /// (baseline bots for seats not listed).
    fn request(
        &mut self,
        game: &Game,
        seat: Seat,
        standing: &SeatOrders,
        bots: &[crate::bots::BotSpec],
    );
    /// Drops the work in progress (the turn moved on); the next request starts afresh.
    fn cancel(&mut self) {}
}
