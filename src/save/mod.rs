//! Saved games: the file format, the save folders, replaying and verifying a save, forking it
//! and comparing two.
//!
//! # For the interface
//!
//! - Open the folders once: [`SaveStore::open`]`(global.data_dir.as_deref())`. On an error
//!   (no home, a folder that cannot be made or written) show its one line and play on without
//!   saving.
//! - After every resolved quarter: [`SaveStore::autosave`]`(&game, &meta)`, where
//!   [`SaveMeta::new`]`(roles)` carries who holds each seat (and, in workshops, the
//!   facilitator's actions). A game keeps its autosave slot as it goes on; the five newest
//!   games are kept.
//! - Save to a named slot: [`SaveStore::save_as`]; ask first if [`SaveStore::slot_exists`].
//! - Continue: [`SaveStore::continue_latest`] gives the newest autosave's `(Game, SaveMeta)`.
//! - Load: [`SaveStore::list`] (newest first, with [`SaveInfo`]: date, scenario, quarter,
//!   seats, scores; unreadable files come with their error), then [`load_game`]`(&path)`.
//! - Replay viewer: [`Replay::load`]`(path)` replays every quarter; [`Replay::world`]`(t)` and
//!   [`Replay::turn`]`(t)` step through it; [`Replay::divergence`] flags a save that no longer
//!   replays bit for bit; [`Replay::fork`]`(t)` is "fork here" (a `Game` after `t` quarters
//!   with the same seed, and the `SaveMeta` for its own saves).
//! - Side by side: [`compare()`]`(&a.save, &b.save, &params)` lists, quarter by quarter, the
//!   orders that differ and every figure of both games.
//!
//! ```
//! use overbuild::game::{Game, SeatRole};
//! use overbuild::save::{Replay, SaveMeta, SaveStore};
//! # let dir = tempfile::tempdir().unwrap();
//! let store = SaveStore::open(Some(dir.path())).unwrap();
//! let scenario = overbuild::scenario::load("stargate-2025").unwrap();
//! let mut game = Game::new(scenario, 7);
//! let meta = SaveMeta::new(std::array::from_fn(|_| SeatRole::baseline_bot()));
//! let orders = game.world.last_orders.clone();
//! game.play(orders);
//! let path = store.autosave(&game, &meta).unwrap();
//!
//! let (continued, _meta) = store.continue_latest().unwrap().unwrap();
//! assert_eq!(continued.turns.len(), 1);
//! let replay = Replay::load(&path).unwrap();
//! assert!(replay.is_exact());
//! let (fork, fork_meta) = replay.fork(0).unwrap();
//! assert_eq!((fork.turns.len(), fork_meta.forked_from.unwrap().turn), (0, 0));
//! ```
//!
//! # The file
//!
//! `NAME.json.gz`: gzip-compressed JSON of [`SaveFile`], format [`FORMAT_VERSION`]. It holds
//! the scenario (id, name and content hash; the whole scenario file when it is not built in),
//! the seed, who held each seat, the state hash of the starting world, and per quarter the
//! orders, the state hash after it, a summary of its figures and any facilitator actions. Fields
//! added later must default so older files load; a change older builds would misread bumps the
//! version and adds a step to `migrate`. Files are written atomically and the one they replace
//! is kept as `NAME.json.gz.bak`.

mod atomic;
mod cli;
pub mod compare;
pub mod diff;
mod error;
pub mod facilitator;
mod format;
pub mod intent;
mod migrate;
mod parse;
pub mod reasons;
mod replay;
mod store;
pub mod summary;

pub use atomic::{
    Backup, STALE_AFTER, backup_path, is_save_temp, remove_stale_temps, write as write_atomic,
};
pub use cli::{ReplayArgs, replay};
pub use compare::{Comparison, MetricPair, TurnComparison, compare};
pub use error::SaveError;
pub use facilitator::{FacilitatorAction, FacilitatorEntry, apply_override};
pub use format::{
    APP_VERSION, FORMAT_MARKER, FORMAT_VERSION, ForkOrigin, SaveFile, SaveMeta, ScenarioRef,
    SeatRoles, TurnRecord,
};
pub use intent::{Compare, Expectation, Intent, IntentEntry, SeatIntent};
pub use parse::MAX_JSON as MAX_SAVE_BYTES;
pub use reasons::{ReasonEntry, SeatReason};
pub use replay::{Divergence, Replay, Verification, stale, verify};
pub use store::{
    AUTOSAVE_SLOTS, EXTENSION, Listed, SaveInfo, SaveKind, SaveStore, format_utc, load_game,
};

use crate::game::SeatRole;
use crate::script::Script;

/// Who held each seat in a headless game: the orders file's seats, baseline bots elsewhere.
pub fn headless_roles(script: Option<&Script>) -> [SeatRole; 4] {
    crate::engine::Seat::ALL.map(|seat| match script {
        Some(s) if s.controls(seat) => SeatRole::Script {
            source: s.source.clone(),
        },
        _ => SeatRole::baseline_bot(),
    })
}
