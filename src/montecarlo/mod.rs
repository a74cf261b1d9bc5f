//! Monte Carlo: many games of one setup, played in parallel, summarised as means and
//! percentiles of the key metrics and as each seat's win rate. The same base seed and run
//! count give the same runs, rows and summary whatever the number of threads, and a sweep can
//! be cut into shards (`--shard I/N`) whose per-run files merge into the same summary.
//!
//! Each run plays a fresh game with its own seed (`run_seed`); runs skip what a Monte Carlo
//! does not need (state hashes, the turn log) and keep only the metrics of `Columns`. Rows go
//! out in run order as they finish (to the per-run file) and into a `tally::Tally`, so a sweep's
//! memory does not grow with its number of runs.
//! `outlook` runs continuations of a game in progress for the interface's Outlook panel.

pub mod outlook;
pub mod table;
pub mod tally;

use crate::bots::BotSpec;
use crate::engine::report::TurnReport;
use crate::engine::{CompanyId, Date, Params, Rngs, Seat, World, resolve};
use crate::game::{Controllers, Game};
use crate::scenario::Scenario;
use crate::script::Script;
use rayon::prelude::*;
use serde::Serialize;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;
use tally::{Precision, Tally};

/// The seed of run `run` of a sweep started from `base`: a hash of both, so sweeps from
/// different base seeds share no games, and any run can be replayed alone with
/// `overbuild sim --seed SEED`.
pub fn run_seed(base: u64, run: u64) -> u64 {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"overbuild-montecarlo-v1");
    hasher.update(&base.to_le_bytes());
    hasher.update(&run.to_le_bytes());
    let bytes = hasher.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&bytes.as_bytes()[..8]);
    u64::from_le_bytes(first)
}

/// One of N slices of a sweep's runs: `I/N`, counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// The run indices of this slice: contiguous, sizes differing by at most one.
    pub fn runs(self, total: u64) -> Range<u64> {
        let at = |i: u32| (u128::from(total) * u128::from(i) / u128::from(self.count)) as u64;
        at(self.index - 1)..at(self.index)
    }

    /// The shard of `count` that holds run `run` of `total`.
    pub fn of_run(run: u64, total: u64, count: u32) -> Shard {
        let index = (1..=count)
            .find(|i| (Shard { index: *i, count }).runs(total).contains(&run))
            .unwrap_or(count);
        Shard { index, count }
    }

    pub fn is_whole(self) -> bool {
        self.count == 1
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Shard, String> {
        let bad = || "expected I/N with 1 <= I <= N, e.g. 3/8".to_string();
        let (i, n) = text.split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// What every run of a sweep plays: the scenario, the seats' controllers, the length.
#[derive(Clone)]
pub struct Setup {
    pub scenario: Scenario,
    /// Standing orders for some seats (`--orders`).
    pub script: Option<Script>,
    /// Bots other than the baseline (`--bot`).
    pub bots: Vec<BotSpec>,
    /// Quarters each game plays.
    pub turns: u32,
}

impl Setup {
    /// The whole scenario with baseline bots in every seat.
    pub fn new(scenario: Scenario) -> Setup {
        let turns = scenario.params.scenario.turns;
        Setup {
            scenario,
            script: None,
            bots: Vec::new(),
            turns,
        }
    }

    pub fn controllers(&self) -> Controllers {
        Controllers::with_bots(self.script.clone(), &self.bots)
    }

    /// Who holds each seat, one word each ("bot:baseline", "orders").
    pub fn seats(&self) -> Vec<(String, String)> {
        let controllers = self.controllers();
        Seat::ALL
            .iter()
            .map(|s| {
                let who = controllers.describe(*s);
                // The orders file's path differs between machines; its content is in `setup`.
                let who = if who.starts_with("orders:") {
                    "orders".to_string()
                } else {
                    who.replace(char::is_whitespace, "_")
                };
                (s.id().to_string(), who)
            })
            .collect()
    }

    /// A fingerprint of everything that decides a run besides its seed: the program's
    /// version, the scenario's content, the length, the bots and the standing orders.
    pub fn fingerprint(&self) -> String {
        let mut h = blake3::Hasher::new();
        h.update(b"overbuild-setup-v1\n");
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(self.scenario.hash.as_bytes());
        h.update(format!("\nturns={}\n", self.turns).as_bytes());
        for (seat, who) in self.seats() {
            h.update(format!("{seat}={who}\n").as_bytes());
        }
        // In seat order, so the order of --bot options does not matter.
        for seat in Seat::ALL {
            if let Some(b) = self.bots.iter().find(|b| b.seat == seat) {
                let line = format!("bot {}={}:{}\n", seat.id(), b.personality, b.level.id());
                h.update(line.as_bytes());
            }
        }
        if let Some(script) = &self.script {
            h.update(format!("{:?}\n{:?}\n", script.seats, script.changes).as_bytes());
        }
        h.finalize().to_hex()[..16].to_string()
    }

    /// The identity of a sweep of `runs` games from `base_seed` with this setup.
    pub fn sweep(&self, base_seed: u64, runs: u64) -> Sweep {
        Sweep {
            scenario: self.scenario.params.scenario.id.clone(),
            base_seed,
            runs,
            from: self.scenario.params.scenario.start,
            quarters: self.turns,
            seats: self.seats(),
            setup: self.fingerprint(),
        }
    }

    /// The opening world every run starts from. Building it plays a warm-up quarter with fixed
    /// weather, the same for every seed, so a sweep builds it once and clones it per run.
    pub fn start(&self) -> World {
        World::new(self.scenario.params.clone(), self.scenario.hash.clone())
    }

    /// Plays one game with this seed and returns its metrics, in `columns` order.
    pub fn play(&self, seed: u64, columns: &Columns) -> Vec<f64> {
        self.play_from(&self.start(), seed, columns)
    }

    /// `play` from an opening world built by `start`.
    pub fn play_from(&self, start: &World, seed: u64, columns: &Columns) -> Vec<f64> {
        let mut game = bare_game(&self.scenario, seed, Some(start.clone()));
        let mut controllers = self.controllers();
        let mut recorder = columns.recorder();
        play_on(&mut game, &mut controllers, self.turns, |world, report| {
            recorder.turn(world, report)
        });
        recorder.finish(&game.world)
    }
}

/// A game that records nothing but its world: for runs that never save or replay.
pub(crate) fn bare_game(scenario: &Scenario, seed: u64, world: Option<World>) -> Game {
    Game {
        world: world.unwrap_or_else(|| World::new(scenario.params.clone(), scenario.hash.clone())),
        scenario: scenario.clone(),
        seed,
        rngs: Rngs::new(seed),
        turns: Vec::new(),
        start_hash: String::new(),
    }
}

/// Plays up to `turns` quarters like `game::play_out`, without hashing the state or keeping
/// the turn log (what `Game::play` does for saves): each report goes to `each`, then is dropped.
pub fn play_on(
    game: &mut Game,
    controllers: &mut Controllers,
    turns: u32,
    mut each: impl FnMut(&World, &TurnReport),
) {
    for _ in 0..turns {
        if game.is_over() {
            break;
        }
        let orders = controllers.all_orders(game);
        let (next, report) = resolve(&game.world, &orders, &mut game.rngs);
        game.world = next;
        each(&game.world, &report);
    }
}

/// Which sweep a row belongs to. Written in every row of a per-run file, so shards of different
/// sweeps are never merged together; it reads as one line:
/// `stargate-2025 seed=1 runs=10000 from=2025Q1 quarters=16 openai=bot:baseline ...
/// setup=9f3a0c1d2e4b5a6c`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sweep {
    pub scenario: String,
    pub base_seed: u64,
    pub runs: u64,
    /// The scenario's first quarter.
    pub from: Date,
    pub quarters: u32,
    pub seats: Vec<(String, String)>,
    pub setup: String,
}

impl Sweep {
    /// The quarter at whose end each run stops.
    pub fn end(&self) -> Date {
        self.from.plus(self.quarters.saturating_sub(1))
    }
}

/// "2025Q1": a date as one word.
pub fn compact(date: Date) -> String {
    format!("{}Q{}", date.year, date.quarter)
}

impl fmt::Display for Sweep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} seed={} runs={} from={} quarters={}",
            self.scenario,
            self.base_seed,
            self.runs,
            compact(self.from),
            self.quarters
        )?;
        for (seat, who) in &self.seats {
            write!(f, " {seat}={who}")?;
        }
        write!(f, " setup={}", self.setup)
    }
}

impl FromStr for Sweep {
    type Err = String;

    fn from_str(text: &str) -> Result<Sweep, String> {
        let bad = |what: &str| format!("sweep \"{text}\": {what}");
        let mut words = text.split_whitespace();
        let scenario = words.next().ok_or_else(|| bad("empty"))?.to_string();
        let mut sweep = Sweep {
            scenario,
            base_seed: 0,
            runs: 0,
            from: Date::default(),
            quarters: 0,
            seats: Vec::new(),
            setup: String::new(),
        };
        let (mut seed, mut runs, mut quarters, mut from) = (None, None, None, None);
        for word in words {
            let (key, value) = word
                .split_once('=')
                .ok_or_else(|| bad(&format!("`{word}` is not KEY=VALUE")))?;
            let number = |v: &str| v.parse::<u64>().map_err(|_| bad(&format!("bad {key}")));
            match key {
                "seed" => seed = Some(number(value)?),
                "runs" => runs = Some(number(value)?),
                "quarters" => quarters = Some(number(value)? as u32),
                "from" => from = Some(Date::parse(value).ok_or_else(|| bad("bad from="))?),
                "setup" => sweep.setup = value.to_string(),
                _ if Seat::parse(key).is_some() => {
                    sweep.seats.push((key.to_string(), value.to_string()))
                }
                _ => return Err(bad(&format!("unknown key `{key}`"))),
            }
        }
        sweep.base_seed = seed.ok_or_else(|| bad("no seed="))?;
        sweep.runs = runs.ok_or_else(|| bad("no runs="))?;
        sweep.quarters = quarters.ok_or_else(|| bad("no quarters="))?;
        sweep.from = from.ok_or_else(|| bad("no from="))?;
        if sweep.setup.is_empty() {
            return Err(bad("no setup="));
        }
        Ok(sweep)
    }
}

/// The metrics kept from each run, in a fixed order that depends only on the scenario and the
/// length: values at the end of the game, then a few headline metrics at the end of each
/// earlier year (`index@2026Q4`).
#[derive(Clone, Debug, PartialEq)]
pub struct Columns {
    pub names: Vec<String>,
    /// Quarters played (1-based) after which the checkpoint metrics are taken.
    checkpoints: Vec<u32>,
    end: usize,
}

/// Metrics also taken at each checkpoint.
pub const CHECKPOINT_METRICS: [&str; 4] =
    ["index", "national_bill_month", "approval", "public_welfare"];

impl Columns {
    pub fn new(params: &Params, turns: u32) -> Columns {
        let turns = turns.min(params.scenario.turns);
        let mut names: Vec<String> = ["index", "national_residential_cents", "national_bill_month"]
            .map(String::from)
            .to_vec();
        for r in &params.regions {
            names.push(format!("bill_month.{}", r.id));
        }
        for r in &params.regions {
            names.push(format!("reserve_margin.{}", r.id));
        }
        names.extend(["approval", "jobs_k"].map(String::from));
        for metric in ["market_cap_bn", "spread_bp", "cash_bn"] {
            for c in CompanyId::ALL {
                names.push(format!("{metric}.{}", c.id()));
            }
        }
        names.extend(
            [
                "oracle_share_price",
                "openai_revenue_bn",
                "openai_compute_gw",
                "blackouts",
                "insolvencies",
                "public_welfare",
            ]
            .map(String::from),
        );
        for s in Seat::ALL {
            names.push(format!("score.{}", s.id()));
        }
        for s in Seat::ALL {
            names.push(format!("objective.{}", s.id()));
        }
        let end = names.len();
        let start = params.scenario.start;
        let checkpoints: Vec<u32> = (1..turns)
            .filter(|t| start.plus(t - 1).quarter == 4)
            .collect();
        for t in &checkpoints {
            let date = start.plus(t - 1);
            for m in CHECKPOINT_METRICS {
                names.push(format!("{m}@{}", compact(date)));
            }
        }
        Columns {
            names,
            checkpoints,
            end,
        }
    }

    /// Metrics at the end of the game (the rest are checkpoints).
    pub fn end_names(&self) -> &[String] {
        &self.names[..self.end]
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    fn recorder(&self) -> Recorder<'_> {
        Recorder {
            columns: self,
            played: 0,
            checkpoints: Vec::with_capacity(self.names.len() - self.end),
            last: None,
        }
    }
}

/// Collects one run's metrics as its quarters resolve.
struct Recorder<'a> {
    columns: &'a Columns,
    played: u32,
    checkpoints: Vec<f64>,
    /// The end metrics as of the latest quarter (some come from its report).
    last: Option<Vec<f64>>,
}

impl Recorder<'_> {
    fn turn(&mut self, world: &World, report: &TurnReport) {
        self.played += 1;
        if self.columns.checkpoints.contains(&self.played) {
            let approval = report.politics.approval;
            self.checkpoints.extend([
                report.market.index,
                world.national_bill(),
                approval,
                report.scores.public_welfare.score,
            ]);
        }
        self.last = Some(end_values(world, report));
    }

    fn finish(self, world: &World) -> Vec<f64> {
        let mut values = match self.last {
            Some(values) => values,
            // Nothing played: the starting world, with no report.
            None => end_values(world, &TurnReport::default()),
        };
        debug_assert_eq!(values.len(), self.columns.end);
        values.extend(self.checkpoints);
        values.resize(self.columns.names.len(), f64::NAN);
        values
    }
}

/// The end-of-game metrics, in `Columns::new` order.
fn end_values(world: &World, report: &TurnReport) -> Vec<f64> {
    let mut v = Vec::with_capacity(64);
    v.push(world.market.index);
    v.push(world.national_residential_cents());
    v.push(world.national_bill());
    for r in &world.regions {
        v.push(r.retail.bill_month);
    }
    for (i, _) in world.regions.iter().enumerate() {
        v.push(
            report
                .regions
                .get(i)
                .map_or(f64::NAN, |rr| rr.reserve_margin),
        );
    }
    v.push(world.politics.approval);
    v.push(world.politics.jobs_k);
    for c in CompanyId::ALL {
        v.push(world.company(c).market_cap_bn);
    }
    for c in CompanyId::ALL {
        v.push(world.company(c).spread_bp);
    }
    for c in CompanyId::ALL {
        v.push(world.cash(c));
    }
    v.push(world.company(CompanyId::Oracle).share_price());
    v.push(report.market.openai_revenue_bn);
    v.push(report.market.openai_compute_gw);
    v.push(f64::from(world.records.blackouts));
    v.push(
        world.records.insolvencies.len() as f64
            + f64::from(u8::from(world.records.utility_insolvent)),
    );
    v.push(report.scores.public_welfare.score);
    for s in Seat::ALL {
        v.push(report.scores.seat(s).map_or(f64::NAN, |x| x.score));
    }
    for s in Seat::ALL {
        v.push(
            report
                .scores
                .seat(s)
                .map_or(f64::NAN, |x| f64::from(u8::from(x.objective_met))),
        );
    }
    v
}

/// One game of a sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct RunRow {
    pub run: u64,
    pub seed: u64,
    pub values: Vec<f64>,
}

/// The runs of one sweep (or of one shard of it), tallied. The rows themselves are not kept:
/// they go out one by one, in run order, as they are played or merged.
#[derive(Clone, Debug)]
pub struct Runs {
    pub sweep: Sweep,
    /// The slice these runs are; `Shard::WHOLE` for a whole sweep or a complete merge.
    pub shard: Shard,
    /// How many shards the sweep was cut into (per-run files record each row's shard).
    pub shards: u32,
    pub names: Vec<String>,
    pub tally: Tally,
}

/// How a sweep runs.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    pub base_seed: u64,
    pub runs: u64,
    pub shard: Shard,
    /// Worker threads; None for every core.
    pub jobs: Option<usize>,
}

/// Runs played at a time: a batch plays in parallel, then its rows go out in run order. An
/// assumption: 512 games are about a second of work on two cores, so the wait for a batch's
/// last game idles a core for well under 1% of the time, and a batch's rows hold under 1 MB.
const BATCH_RUNS: u64 = 512;

/// Plays the plan's runs in parallel and hands each run's row to `each` in run order, then
/// returns the tally of them all. `done` is called once per finished run, from the worker
/// threads (for a progress bar). Memory does not grow with the number of runs (see `tally`).
pub fn run<E: From<String>>(
    setup: &Setup,
    plan: &Plan,
    done: &(dyn Fn() + Sync),
    each: &mut dyn FnMut(&RunRow) -> Result<(), E>,
) -> Result<Runs, E> {
    let columns = Columns::new(&setup.scenario.params, setup.turns);
    let pool = jobs_pool(plan.jobs)?;
    let start = setup.start();
    let mut tally = Tally::new(columns.names.len());
    let indices = plan.shard.runs(plan.runs);
    let mut from = indices.start;
    while from < indices.end {
        let to = indices.end.min(from + BATCH_RUNS);
        let batch = || -> Vec<RunRow> {
            (from..to)
                .into_par_iter()
                .map(|run| {
                    let seed = run_seed(plan.base_seed, run);
                    let values = setup.play_from(&start, seed, &columns);
                    done();
                    RunRow { run, seed, values }
                })
                .collect()
        };
        let rows = match &pool {
            Some(pool) => pool.install(batch),
            None => batch(),
        };
        for row in &rows {
            each(row)?;
            tally.add(&row.values);
        }
        from = to;
    }
    Ok(Runs {
        sweep: setup.sweep(plan.base_seed, plan.runs),
        shard: plan.shard,
        shards: plan.shard.count,
        names: columns.names,
        tally,
    })
}

/// The threads of `--jobs J`; None without it, for rayon's pool of every core.
pub fn jobs_pool(jobs: Option<usize>) -> Result<Option<rayon::ThreadPool>, String> {
    jobs.map(|jobs| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| format!("--jobs {jobs}: cannot start the threads: {e}"))
    })
    .transpose()
}

/// Runs `work` on the threads of `--jobs J`, or on every core without it.
pub fn on_jobs<T: Send>(jobs: Option<u32>, work: impl FnOnce() -> T + Send) -> Result<T, String> {
    Ok(match jobs_pool(jobs.map(|j| j as usize))? {
        Some(pool) => pool.install(work),
        None => work(),
    })
}

/// Mean and percentiles of one metric over the runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stat {
    pub name: String,
    pub mean: f64,
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
}

/// A seat's share of runs in which its objective was met at the end.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WinRate {
    pub seat: String,
    pub rate: f64,
}

/// What `sim --runs` prints: the same for one run over all seeds and for merged shards.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The sweep as one line (see `Sweep`).
    pub sweep: String,
    pub scenario: String,
    pub base_seed: u64,
    /// Runs in the sweep.
    pub runs: u64,
    /// Runs summarised here (fewer for a shard or a partial merge).
    pub games: u64,
    /// The slice summarised, for a single shard's own summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    pub quarters: u32,
    /// The quarter at whose end the metrics are taken.
    pub end: String,
    pub seats: Vec<(String, String)>,
    /// Past `tally::EXACT_UP_TO_GAMES` games: the relative error of the percentiles (absent
    /// when they are exact).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentile_error: Option<f64>,
    pub win_rates: Vec<WinRate>,
    pub metrics: Vec<Stat>,
}

/// Mean, p5, p50 and p95 of each metric, and the win rates. Sums run in run order, so the
/// figures are the same bits however the runs were computed or merged; percentiles are exact up
/// to `tally::EXACT_UP_TO_GAMES` games and within `tally::SKETCH_RELATIVE_ERROR` past it.
pub fn summarize(runs: &Runs) -> Summary {
    let metrics: Vec<Stat> = runs
        .names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let [mean, p5, p50, p95] = runs.tally.figures(i);
            Stat {
                name: name.clone(),
                mean,
                p5,
                p50,
                p95,
            }
        })
        .collect();
    let win_rates = Seat::ALL
        .iter()
        .map(|s| {
            let name = format!("objective.{}", s.id());
            WinRate {
                seat: s.id().to_string(),
                rate: metrics
                    .iter()
                    .find(|m| m.name == name)
                    .map_or(f64::NAN, |m| m.mean),
            }
        })
        .collect();
    let sketched = runs.tally.precision() == Precision::Sketched;
    Summary {
        sweep: runs.sweep.to_string(),
        scenario: runs.sweep.scenario.clone(),
        base_seed: runs.sweep.base_seed,
        runs: runs.sweep.runs,
        games: runs.tally.games(),
        shard: (!runs.shard.is_whole()).then(|| runs.shard.to_string()),
        quarters: runs.sweep.quarters,
        end: runs.sweep.end().to_string(),
        seats: runs.sweep.seats.clone(),
        percentile_error: sketched.then_some(tally::SKETCH_RELATIVE_ERROR),
        win_rates,
        metrics,
    }
}

/// Mean and percentiles of `values` (sorted in place); NaN when empty.
pub fn describe(values: &mut [f64]) -> Stat {
    let n = values.len();
    let mean = if n == 0 {
        f64::NAN
    } else {
        values.iter().sum::<f64>() / n as f64
    };
    values.sort_by(f64::total_cmp);
    Stat {
        name: String::new(),
        mean,
        p5: percentile(values, 0.05),
        p50: percentile(values, 0.50),
        p95: percentile(values, 0.95),
    }
}

/// The `p` quantile of sorted values, interpolating linearly between order statistics.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let x = p.clamp(0.0, 1.0) * (n - 1) as f64;
            let lo = x.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            let frac = x - lo as f64;
            sorted[lo] + (sorted[hi] - sorted[lo]) * frac
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_cover_every_run_once() {
        for total in [0u64, 1, 7, 10, 10_000] {
            for count in 1..=9u32 {
                let mut next = 0;
                for index in 1..=count {
                    let r = Shard { index, count }.runs(total);
                    assert_eq!(r.start, next);
                    next = r.end;
                    for run in r {
                        assert_eq!(Shard::of_run(run, total, count).index, index);
                    }
                }
                assert_eq!(next, total);
            }
        }
    }

    #[test]
    fn shard_text_parses_and_names_what_is_wrong() {
        assert_eq!("3/8".parse::<Shard>(), Ok(Shard { index: 3, count: 8 }));
        for bad in ["0/4", "5/4", "1/0", "x", "1-4", "a/b"] {
            let err = bad.parse::<Shard>().unwrap_err();
            assert!(err.starts_with("expected I/N"), "{bad}: {err}");
        }
    }

    #[test]
    fn run_seeds_differ_by_run_and_base() {
        assert_eq!(run_seed(1, 0), run_seed(1, 0));
        assert_ne!(run_seed(1, 0), run_seed(1, 1));
        assert_ne!(run_seed(1, 1), run_seed(2, 0));
    }

    #[test]
    fn percentiles_interpolate() {
        let mut v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        let s = describe(&mut v);
        assert_eq!((s.mean, s.p5, s.p50, s.p95), (50.0, 5.0, 50.0, 95.0));
        assert_eq!(percentile(&[1.0, 2.0], 0.5), 1.5);
        assert_eq!(percentile(&[3.0], 0.95), 3.0);
        assert!(percentile(&[], 0.5).is_nan());
    }

    #[test]
    fn sweeps_read_back_as_written() {
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let sweep = Setup::new(scenario).sweep(42, 300);
        let text = sweep.to_string();
        assert!(text.starts_with("stargate-2025 seed=42 runs=300 from=2025Q1 quarters=16 openai="));
        assert_eq!(text.parse::<Sweep>(), Ok(sweep));
        assert!(
            "x seed=1"
                .parse::<Sweep>()
                .unwrap_err()
                .contains("no runs=")
        );
    }
}
