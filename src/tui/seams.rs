//! Where later features plug into the interface without reshaping it: saved games (issue 4) and
//! the Outlook panel's background Monte Carlo (issue 8). Each is a small trait with a do-nothing
//! implementation that says, in a line the title screen shows, why it is unavailable.

use crate::engine::{Seat, SeatOrders};
use crate::game::{Game, SeatRole};

/// A game read back from disk, ready to continue.
pub struct LoadedGame {
    pub game: Game,
    pub roles: [SeatRole; 4],
}

/// One line of the Load list.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveEntry {
    /// What `load` needs to find it again (a path, a slot name).
    pub id: String,
    /// "2026 Q3 · stargate-2025 · turn 7 · Oracle (you), 3 bots".
    pub summary: String,
}

/// Saved games as the interface needs them. The save module implements this; until it does,
/// `NoSaves` keeps Continue, Load and Replay visible but disabled.
pub trait SaveBackend {
    /// None when saves work; else an i18n key of the one-line reason they do not.
    fn unavailable(&self) -> Option<&'static str>;
    /// Called after every resolved quarter (local play).
    fn autosave(&mut self, game: &Game, roles: &[SeatRole; 4]) -> Result<(), String>;
    /// The latest autosave, for Continue.
    fn latest(&mut self) -> Result<Option<LoadedGame>, String>;
    /// Saves to offer under Load (and Replay).
    fn list(&mut self) -> Result<Vec<SaveEntry>, String>;
    fn load(&mut self, entry: &SaveEntry) -> Result<LoadedGame, String>;
}

/// No saving yet.
#[derive(Debug, Default)]
pub struct NoSaves;

impl SaveBackend for NoSaves {
    fn unavailable(&self) -> Option<&'static str> {
        Some("tui-title-saves-unavailable")
    }
    fn autosave(&mut self, _: &Game, _: &[SeatRole; 4]) -> Result<(), String> {
        Ok(())
    }
    fn latest(&mut self) -> Result<Option<LoadedGame>, String> {
        Ok(None)
    }
    fn list(&mut self) -> Result<Vec<SaveEntry>, String> {
        Ok(Vec::new())
    }
    fn load(&mut self, entry: &SaveEntry) -> Result<LoadedGame, String> {
        Err(format!("{}: saved games are not available yet", entry.id))
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
    /// Runs the figures rest on.
    pub runs: u32,
    pub bands: Vec<Band>,
    /// Odds in 0..=1, each with the i18n key of its name (blackout, downgrade, election loss).
    pub odds: Vec<(String, f64)>,
}

/// Runs continuations in the background. `request` must return at once; results arrive as
/// `AppEvent::Outlook` through the sender the app's loop gave the source.
pub trait OutlookSource {
    fn request(&mut self, game: &Game, seat: Seat, standing: &SeatOrders);
}
