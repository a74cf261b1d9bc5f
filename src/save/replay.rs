//! Re-running a save: every quarter resolved again from the scenario, the seed and the saved
//! orders, each state hash checked against the saved one. The replay viewer steps through the
//! result; "fork here" takes a game from any quarter of it.

use super::error::SaveError;
use super::facilitator::{FacilitatorAction, apply_override};
use super::format::{ForkOrigin, SaveFile, SaveMeta, TurnRecord, short};
use super::summary::TurnSummary;
use crate::engine::orders::validate_injects;
use crate::engine::{Date, Rngs, World};
use crate::game::{Game, Turn};
use std::path::Path;

/// The first point where a replay differs from its save.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// 0 for the starting world, N for the world after quarter N (1-based).
    pub after_turn: u32,
    pub date: Option<Date>,
    pub saved: String,
    pub replayed: String,
}

impl Divergence {
    /// "quarter 5 (2026 Q1): saved 1a2b3c4d, replayed 5e6f7a8b".
    pub fn describe(&self) -> String {
        let at = match (self.after_turn, self.date) {
            (0, _) => "the starting world".to_string(),
            (n, Some(d)) => format!("quarter {n} ({d})"),
            (n, None) => format!("quarter {n}"),
        };
        format!(
            "{at}: saved hash {}, replayed {}",
            short(&self.saved),
            short(&self.replayed)
        )
    }
}

/// The outcome of `verify`.
#[derive(Clone, Debug, PartialEq)]
pub struct Verification {
    /// Quarters replayed (all of them, or up to the divergence).
    pub turns: usize,
    pub divergence: Option<Divergence>,
}

/// A save replayed in full: the worlds between quarters and every quarter's report.
pub struct Replay {
    pub save: SaveFile,
    /// The game at the last saved quarter, with every quarter's orders, report and hash.
    pub game: Game,
    /// `worlds[t]` is the world before quarter t + 1: `worlds[0]` the start, the last the end.
    worlds: Vec<World>,
    /// Where the replay first differed from the save; later quarters are the replay's own.
    pub divergence: Option<Divergence>,
}

impl Replay {
    /// Reads and replays a save file.
    pub fn load(path: &Path) -> Result<Replay, SaveError> {
        Replay::run(SaveFile::read(path)?)
    }

    /// Replays every quarter of a save, keeping going past a divergence so the viewer can still
    /// show the game (flagged).
    pub fn run(save: SaveFile) -> Result<Replay, SaveError> {
        let mut worlds = Vec::with_capacity(save.turns.len() + 1);
        let (game, divergence) = replay(&save, false, |g| worlds.push(g.world.clone()))?;
        Ok(Replay {
            save,
            game,
            worlds,
            divergence,
        })
    }

    /// Quarters in the save.
    pub fn len(&self) -> usize {
        self.game.turns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.game.turns.is_empty()
    }

    /// The save replays bit for bit.
    pub fn is_exact(&self) -> bool {
        self.divergence.is_none()
    }

    /// The world after `t` quarters (0 = the start).
    pub fn world(&self, t: usize) -> Option<&World> {
        self.worlds.get(t)
    }

    /// Quarter `t` (0-based): its orders, report and hash.
    pub fn turn(&self, t: usize) -> Option<&Turn> {
        self.game.turns.get(t)
    }

    /// The game as it stood after `t` quarters (0 = the start), ready to play on with the same
    /// seed. None past the end.
    pub fn game_at(&self, t: usize) -> Option<Game> {
        let world = self.worlds.get(t)?.clone();
        Some(Game {
            scenario: self.game.scenario.clone(),
            seed: self.game.seed,
            world,
            rngs: Rngs::new(self.game.seed),
            turns: self.game.turns[..t].to_vec(),
            start_hash: self.game.start_hash.clone(),
        })
    }

    /// "Fork here": the game after `t` quarters and the extras of its save-to-be (same seats,
    /// the facilitator's actions up to that quarter, and where it came from).
    pub fn fork(&self, t: usize) -> Option<(Game, SaveMeta)> {
        let game = self.game_at(t)?;
        let mut meta = self.save.meta();
        meta.name = None;
        meta.facilitator.retain(|e| (e.turn as usize) < t);
        meta.forked_from = Some(ForkOrigin {
            from: self.save.label(),
            turn: t as u32,
        });
        Some((game, meta))
    }

    /// The save with summaries made from this replay (for saves that lack them).
    pub fn summarised(&self) -> SaveFile {
        let mut save = self.save.clone();
        let params = &self.game.scenario.params;
        for (record, turn) in save.turns.iter_mut().zip(&self.game.turns) {
            record.summary = Some(TurnSummary::of(&turn.report, params));
            record.date = Some(turn.report.date);
        }
        save
    }

    /// The game at its last quarter, refusing a save that no longer replays as it was played.
    pub fn into_game(self) -> Result<(Game, SaveMeta), SaveError> {
        if let Some(d) = &self.divergence {
            return Err(stale(&self.save, d));
        }
        let meta = self.save.meta();
        Ok((self.game, meta))
    }
}

/// Replays a save headless, stopping at the first quarter whose hash differs.
pub fn verify(save: &SaveFile) -> Result<Verification, SaveError> {
    let (game, divergence) = replay(save, true, |_| {})?;
    Ok(Verification {
        turns: game.turns.len(),
        divergence,
    })
}

/// The error for a save that replays differently with this build.
pub fn stale(save: &SaveFile, d: &Divergence) -> SaveError {
    SaveError::Refused {
        path: save.origin.clone(),
        detail: format!(
            "replays differently with this Overbuild ({}) than with the one that saved it ({}): {}",
            super::APP_VERSION,
            save.app_version,
            d.describe()
        ),
    }
}

/// A saved quarter fits the world it is played on: its date, orders and injects (checked as the
/// replay reaches it, so a tampered save is refused with the reason instead of breaking a rule).
fn check_turn(
    save: &SaveFile,
    i: usize,
    record: &TurnRecord,
    world: &World,
) -> Result<(), SaveError> {
    let invalid = |detail: String| SaveError::Invalid {
        path: save.origin.clone(),
        detail: format!("quarter {}: {detail}", i + 1),
    };
    if let Some(date) = record.date
        && date != world.date
    {
        return Err(invalid(format!(
            "dated {date}, but the game reaches it in {}",
            world.date
        )));
    }
    record
        .orders
        .validate(&world.params)
        .map_err(|e| invalid(format!("orders: {e}")))?;
    validate_injects(&record.orders.injects, &world.params)
        .map_err(|e| invalid(format!("orders: {e}")))
}

/// Plays the saved orders from the start, calling `visit` with the game before the first
/// quarter and after each one.
fn replay(
    save: &SaveFile,
    stop_early: bool,
    mut visit: impl FnMut(&Game),
) -> Result<(Game, Option<Divergence>), SaveError> {
    let scenario = save.scenario()?;
    save.check_against(&scenario)?;
    let mut game = Game::new(scenario, save.seed);
    let mut divergence = None;
    visit(&game);
    if !save.start_hash.is_empty() && save.start_hash != game.start_hash {
        divergence = Some(Divergence {
            after_turn: 0,
            date: None,
            saved: save.start_hash.clone(),
            replayed: game.start_hash.clone(),
        });
        if stop_early {
            return Ok((game, divergence));
        }
    }
    for (i, record) in save.turns.iter().enumerate() {
        check_turn(save, i, record, &game.world)?;
        game.play(record.orders.clone());
        for action in &record.facilitator {
            if let FacilitatorAction::Override { pointer, value, .. } = action {
                apply_override(&mut game, pointer, value).map_err(|detail| SaveError::Invalid {
                    path: save.origin.clone(),
                    detail: format!("quarter {}: {detail}", i + 1),
                })?;
            }
        }
        visit(&game);
        let Some(turn) = game.turns.last() else {
            continue;
        };
        if divergence.is_none() && turn.hash != record.hash {
            divergence = Some(Divergence {
                after_turn: i as u32 + 1,
                date: Some(turn.report.date),
                saved: record.hash.clone(),
                replayed: turn.hash.clone(),
            });
            if stop_early {
                break;
            }
        }
    }
    Ok((game, divergence))
}
