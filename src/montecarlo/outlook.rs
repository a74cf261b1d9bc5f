//! Continuations of a game in progress, for the interface's Outlook panel: a few hundred
//! futures of the current quarter, with bots in every seat but the player's, who holds the
//! orders on their form from here to the end. Each continuation has its own seed, derived from
//! the game's `Purpose::Outlook` stream, so it never touches the game's own randomness.
//!
//! `compute` does the work (in parallel, on rayon's pool); `MonteCarloOutlook` is the
//! interface's `OutlookSource`: it runs `compute` on a worker thread, reports progress, and
//! drops the work when a newer request supersedes it.

use super::{bare_game, percentile, play_on};
use crate::bots::BotSpec;
use crate::engine::rng::Purpose;
use crate::engine::{CompanyId, Seat, SeatOrders};
use crate::game::{Controllers, Game};
use crate::script::Script;
use crate::tui::seams::{Band, Outlook, OutlookSource};
use rayon::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

/// Continuations per outlook.
pub const DEFAULT_RUNS: u32 = 300;

/// The bands, in the order the panel draws them (i18n keys of their names).
pub const BANDS: [&str; 4] = [
    "tui-outlook-index",
    "tui-outlook-bill",
    "tui-outlook-reserve",
    "tui-outlook-approval",
];
pub const ODDS_BLACKOUT: &str = "tui-outlook-odds-blackout";
pub const ODDS_DOWNGRADE: &str = "tui-outlook-odds-downgrade";
pub const ODDS_ELECTION: &str = "tui-outlook-odds-election";
pub const ODDS_OBJECTIVE: &str = "tui-outlook-odds-objective";

/// What an outlook was computed from: the game's position and the player's orders. The panel
/// compares it with the game's current basis to tell a fresh outlook from a stale one.
pub fn basis(game: &Game, standing: &SeatOrders) -> String {
    let mut h = blake3::Hasher::new();
    h.update(b"overbuild-outlook-v1\n");
    h.update(game.scenario.hash.as_bytes());
    h.update(&game.seed.to_le_bytes());
    h.update(&game.world.turn.to_le_bytes());
    let position = game.turns.last().map_or(&game.start_hash, |t| &t.hash);
    h.update(position.as_bytes());
    h.update(&serde_json::to_vec(standing).unwrap_or_default());
    h.finalize().to_hex()[..16].to_string()
}

/// The seed of continuation `k` from the game's current quarter.
pub fn continuation_seed(game: &Game, k: u32) -> u64 {
    let mut stream = game.rngs.stream(Purpose::Outlook, game.world.turn, k);
    (stream.uniform() * (1u64 << 53) as f64) as u64
}

/// One continuation: the banded metrics per quarter ahead, and what happened.
struct Path {
    values: [Vec<f64>; 4],
    blackout: bool,
    downgrade: bool,
    /// The next election: lost (Some(true)), held, or none left in the game.
    election_lost: Option<bool>,
    objective: bool,
}

fn continuation(game: &Game, standing: &SeatOrders, bots: &[BotSpec], k: u32) -> Path {
    let seat = standing.seat();
    // This quarter's orders, then what carries forward from them.
    let regions = game.world.params.regions.len();
    let script = Script::plan(standing, game.world.turn, regions);
    let specs: Vec<BotSpec> = bots.iter().filter(|b| b.seat != seat).cloned().collect();
    let mut controllers = Controllers::with_bots(Some(script), &specs);
    let mut future = bare_game(
        &game.scenario,
        continuation_seed(game, k),
        Some(game.world.clone()),
    );
    let left = game.world.turns_left() as usize;
    let mut path = Path {
        values: std::array::from_fn(|_| Vec::with_capacity(left)),
        blackout: false,
        downgrade: false,
        election_lost: None,
        objective: false,
    };
    let notch = |g: &crate::engine::World| g.company(CompanyId::Oracle).rating.notch();
    let start_notch = notch(&game.world);
    let mut election_seen = false;
    play_on(
        &mut future,
        &mut controllers,
        game.world.turns_left(),
        |world, report| {
            path.values[0].push(report.market.index);
            path.values[1].push(world.national_bill());
            path.values[2].push(
                report
                    .regions
                    .iter()
                    .map(|r| r.reserve_margin)
                    .fold(f64::INFINITY, f64::min),
            );
            path.values[3].push(report.politics.approval);
            path.blackout |= report.blackouts() > 0;
            path.downgrade |= notch(world) > start_notch;
            if let Some(e) = &report.politics.election
                && !election_seen
            {
                election_seen = true;
                path.election_lost = Some(!e.won);
            }
            path.objective = report.scores.seat(seat).is_some_and(|s| s.objective_met);
        },
    );
    path
}

/// Runs `runs` continuations of `game` and summarises them. `alive` is asked before each
/// continuation: once it says no, the work stops and the result is None. `progress` hears the
/// number of continuations finished so far, from the worker threads.
pub fn compute(
    game: &Game,
    standing: &SeatOrders,
    bots: &[BotSpec],
    runs: u32,
    alive: &(dyn Fn() -> bool + Sync),
    progress: &(dyn Fn(u32) + Sync),
) -> Option<Outlook> {
    let done = AtomicU32::new(0);
    let paths: Vec<Path> = (0..runs)
        .into_par_iter()
        .map(|k| {
            if !alive() {
                return None;
            }
            let path = continuation(game, standing, bots, k);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            Some(path)
        })
        .collect::<Option<Vec<Path>>>()?;
    Some(summarize(&paths, basis(game, standing), runs))
}

fn summarize(paths: &[Path], basis: String, planned: u32) -> Outlook {
    let quarters = paths.iter().map(|p| p.values[0].len()).min().unwrap_or(0);
    let mut column = Vec::with_capacity(paths.len());
    let bands = BANDS
        .iter()
        .enumerate()
        .map(|(b, key)| {
            let mut band = Band {
                key: key.to_string(),
                ..Band::default()
            };
            for q in 0..quarters {
                column.clear();
                column.extend(paths.iter().map(|p| p.values[b][q]));
                column.sort_by(f64::total_cmp);
                band.p5.push(percentile(&column, 0.05));
                band.p50.push(percentile(&column, 0.50));
                band.p95.push(percentile(&column, 0.95));
            }
            band
        })
        .collect();
    let n = paths.len().max(1) as f64;
    let share = |f: &dyn Fn(&Path) -> bool| paths.iter().filter(|p| f(p)).count() as f64 / n;
    let mut odds = vec![
        (ODDS_BLACKOUT.to_string(), share(&|p| p.blackout)),
        (ODDS_DOWNGRADE.to_string(), share(&|p| p.downgrade)),
    ];
    if paths.iter().any(|p| p.election_lost.is_some()) {
        odds.push((
            ODDS_ELECTION.to_string(),
            share(&|p| p.election_lost == Some(true)),
        ));
    }
    if quarters > 0 {
        odds.push((ODDS_OBJECTIVE.to_string(), share(&|p| p.objective)));
    }
    Outlook {
        runs: paths.len() as u32,
        planned,
        basis,
        bands,
        odds,
    }
}

/// Computes outlooks on a worker thread and hands them (and progress reports on the way) to
/// `deliver`: in the terminal, a sender into the app's event loop.
pub struct MonteCarloOutlook {
    deliver: Arc<dyn Fn(Outlook) + Send + Sync>,
    runs: u32,
    /// Bumped by every new request; a job whose number is no longer current stops.
    generation: Arc<AtomicU64>,
    /// What the latest request asked for, so asking again does not restart the work.
    last: Option<String>,
}

impl MonteCarloOutlook {
    pub fn new(runs: u32, deliver: impl Fn(Outlook) + Send + Sync + 'static) -> MonteCarloOutlook {
        MonteCarloOutlook {
            deliver: Arc::new(deliver),
            runs: runs.max(1),
            generation: Arc::new(AtomicU64::new(0)),
            last: None,
        }
    }

    /// A source that sends its results into the app's event loop.
    pub fn into_events(
        runs: u32,
        events: std::sync::mpsc::Sender<crate::tui::AppEvent>,
    ) -> MonteCarloOutlook {
        MonteCarloOutlook::new(runs, move |o| {
            let _ = events.send(crate::tui::AppEvent::Outlook(Box::new(o)));
        })
    }
}

impl Drop for MonteCarloOutlook {
    fn drop(&mut self) {
        OutlookSource::cancel(self);
    }
}

impl OutlookSource for MonteCarloOutlook {
    fn request(&mut self, game: &Game, seat: Seat, standing: &SeatOrders, bots: &[BotSpec]) {
        if game.is_over() || standing.seat() != seat {
            return;
        }
        let basis = basis(game, standing);
        let key = format!("{basis} {bots:?}");
        if self.last.as_deref() == Some(key.as_str()) {
            return;
        }
        self.last = Some(key);
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let live = Arc::clone(&self.generation);
        let deliver = Arc::clone(&self.deliver);
        let runs = self.runs;
        // The game's world and seed, not its turn log: continuations need nothing else.
        let position =
            crate::montecarlo::bare_game(&game.scenario, game.seed, Some(game.world.clone()));
        let position = Game {
            rngs: game.rngs.clone(),
            start_hash: game.start_hash.clone(),
            turns: game.turns.last().cloned().into_iter().collect(),
            ..position
        };
        let standing = standing.clone();
        let bots = bots.to_vec();
        let step = (runs / 20).max(1);
        std::thread::spawn(move || {
            let alive = || live.load(Ordering::SeqCst) == generation;
            let progress = |done: u32| {
                if done.is_multiple_of(step) && done < runs && alive() {
                    deliver(Outlook {
                        runs: done,
                        planned: runs,
                        basis: basis.clone(),
                        ..Outlook::default()
                    });
                }
            };
            if let Some(outlook) = compute(&position, &standing, &bots, runs, &alive, &progress)
                && alive()
            {
                deliver(outlook);
            }
        });
    }

    fn cancel(&mut self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.last = None;
    }
}
