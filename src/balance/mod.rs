//! `overbuild balance`: is there a dominant strategy? For each seat, fixed order sets (held
//! every quarter) play against line-ups of the other seats over paired seeds; the table says
//! in how many line-ups each order set is the best and how often it meets the objective, and
//! how often each seat's hard bot meets its objective against the default line-up.

pub mod grid;
mod table;

use crate::cli_out::{self, CliError};
use crate::engine::{Seat, World};
use crate::montecarlo::run_seed;
use grid::{Contender, Lineup, Outcome, Strategy};
use rayon::prelude::*;
use serde::Serialize;
use std::process::ExitCode;

/// `overbuild balance`.
#[derive(clap::Args, Debug)]
pub struct BalanceArgs {
    /// A built-in scenario's id or the path of a scenario file.
    #[arg(long, default_value = crate::scenario::DEFAULT)]
    pub scenario: String,
    /// Games per order set and line-up (the same seeds for every order set: paired).
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub seeds: u64,
    /// Base seed the games' seeds are derived from.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Only these seats (repeat for more; default every seat).
    #[arg(long = "seat", value_name = "SEAT", value_parser = parse_seat)]
    pub seats: Vec<Seat>,
    /// Quarters to play (default: the whole scenario).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=40))]
    pub turns: Option<u32>,
    /// Order sets to test instead of the shipped ones (see assets/balance/strategies.toml).
    #[arg(long, value_name = "FILE")]
    pub strategies: Option<std::path::PathBuf>,
    /// Threads (default: every core). The results do not depend on it.
    #[arg(long, value_name = "J", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub jobs: Option<u32>,
    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also measure each seat's expert bot (its default personality, planning with N plan
    /// evaluations a decision) against the default line-up, beside the hard bot.
    #[arg(long, value_name = "N", value_parser = crate::bots::parse_think, allow_hyphen_values = true)]
    pub think: Option<u32>,
}

fn parse_seat(text: &str) -> Result<Seat, String> {
    Seat::parse(text).ok_or_else(|| {
        format!("unknown seat `{text}`: allowed openai, oracle, utility, whitehouse")
    })
}

/// One order set's results over every line-up.
#[derive(Clone, Debug, Serialize)]
pub struct StrategyRow {
    pub id: String,
    pub name: String,
    /// Share of line-ups in which this order set has the seat's highest mean score.
    pub best_share: f64,
    pub best_in: Vec<String>,
    /// Over every line-up and seed.
    pub mean_score: f64,
    pub objective_met_rate: f64,
    pub parts: Vec<PartMean>,
    pub by_lineup: Vec<Cell>,
}

/// Mean score and objective-met rate of one contender against one line-up.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub lineup: String,
    pub mean_score: f64,
    pub objective_met_rate: f64,
    /// Each part of the solvent seat's score, in the score's order: its mean value over the
    /// games it was scored in, and its mean points and met rate over every game (a defaulted
    /// company's game counts as no points, not met).
    pub parts: Vec<PartMean>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PartMean {
    pub key: String,
    pub mean_value: f64,
    pub mean_points: f64,
    pub met_rate: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct SeatRows {
    pub seat: String,
    pub strategies: Vec<StrategyRow>,
    /// The seat's hard bot against the default line-up.
    pub hard_bot: String,
    pub hard_bot_against: Cell,
    /// The seat's expert bot against the default line-up (`--think`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expert_bot: Option<(String, Cell)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Balance {
    pub scenario: String,
    pub base_seed: u64,
    pub seeds: u64,
    pub quarters: u32,
    /// Line-up ids and what they are; the first is the default.
    pub lineups: Vec<(String, String)>,
    pub seats: Vec<SeatRows>,
}

pub fn run(args: BalanceArgs) -> Result<ExitCode, CliError> {
    let scenario = crate::scenario::load(&args.scenario)?;
    let strategies = match &args.strategies {
        Some(path) => {
            let text = crate::fsread::read_text_bounded(
                path,
                crate::fsread::ORDERS_LIMIT,
                "a strategies file",
            )
            .map_err(|e| e.to_string())?;
            grid::strategies(&text, &path.display().to_string(), &scenario)?
        }
        None => grid::strategies(grid::STRATEGIES, grid::STRATEGIES_NAME, &scenario)?,
    };
    let seats: Vec<Seat> = if args.seats.is_empty() {
        Seat::ALL.to_vec()
    } else {
        Seat::ALL
            .into_iter()
            .filter(|s| args.seats.contains(s))
            .collect()
    };
    let turns = args
        .turns
        .unwrap_or(scenario.params.scenario.turns)
        .min(scenario.params.scenario.turns);
    let plan = Plan {
        scenario: &scenario,
        strategies: &strategies,
        lineups: grid::lineups(),
        seeds: args.seeds,
        base_seed: args.seed,
        turns,
        expert_think: args.think,
    };
    let result = crate::montecarlo::on_jobs(args.jobs, || measure(&plan, &seats, !args.json))?;
    let text = if args.json {
        serde_json::to_string_pretty(&result)? + "\n"
    } else {
        table::render(&result)
    };
    cli_out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Everything a measurement needs besides the seats.
pub struct Plan<'a> {
    pub scenario: &'a crate::scenario::Scenario,
    pub strategies: &'a [Strategy],
    pub lineups: Vec<Lineup>,
    pub seeds: u64,
    pub base_seed: u64,
    pub turns: u32,
    /// Plan evaluations of the experts measured beside the hard bots; None measures none.
    pub expert_think: Option<u32>,
}

/// Plays every game of the plan for these seats, in parallel; the result does not depend on
/// the number of threads (each game's seed is fixed by its index, results keep their order).
pub fn measure(plan: &Plan, seats: &[Seat], progress: bool) -> Balance {
    let start = World::new(plan.scenario.params.clone(), plan.scenario.hash.clone());
    let historical = crate::calibration::historical(plan.scenario);
    let keys: Vec<Vec<String>> = Seat::ALL.iter().map(|s| part_keys(&start, *s)).collect();
    let hard: Vec<_> = seats.iter().map(|s| grid::hard_bot(*s)).collect();
    let experts: Vec<_> = hard
        .iter()
        .map(|b| {
            plan.expert_think.map(|think| crate::bots::BotSpec {
                level: crate::bots::Level::Expert(think),
                ..b.clone()
            })
        })
        .collect();
    // Every (seat, contender, line-up) cell; the bots meet only the default line-up.
    let mut cells: Vec<(Seat, Contender, &Lineup)> = Vec::new();
    for ((seat, bot), expert) in seats.iter().zip(&hard).zip(&experts) {
        for s in plan.strategies.iter().filter(|s| s.seat == *seat) {
            for lineup in &plan.lineups {
                cells.push((*seat, Contender::Fixed(s), lineup));
            }
        }
        cells.push((*seat, Contender::Bot(bot), &plan.lineups[0]));
        if let Some(expert) = expert {
            cells.push((*seat, Contender::Bot(expert), &plan.lineups[0]));
        }
    }
    let bar = crate::sim::progress_bar(cells.len() as u64 * plan.seeds, progress);
    let games: Vec<Vec<Outcome>> = cells
        .par_iter()
        .map(|(seat, contender, lineup)| {
            (0..plan.seeds)
                .into_par_iter()
                .map(|i| {
                    let c = grid::controllers(*seat, *contender, lineup, &historical);
                    let seed = run_seed(plan.base_seed, i);
                    let keys = &keys[seat.index()];
                    let o = grid::play(plan.scenario, &start, plan.turns, seed, *seat, c, keys);
                    bar.inc(1);
                    o
                })
                .collect()
        })
        .collect();
    bar.finish_and_clear();
    let rows = seat_rows(plan, seats, (&hard, &experts), &games, &keys);
    Balance {
        scenario: plan.scenario.params.scenario.id.clone(),
        base_seed: plan.base_seed,
        seeds: plan.seeds,
        quarters: plan.turns,
        lineups: plan
            .lineups
            .iter()
            .map(|l| (l.id.to_string(), l.name.to_string()))
            .collect(),
        seats: rows,
    }
}

/// Each seat's rows from the games, in the order `measure` played its cells: the fixed order
/// sets by line-up, the hard bot, then the expert if measured.
fn seat_rows(
    plan: &Plan,
    seats: &[Seat],
    (hard, experts): (&[crate::bots::BotSpec], &[Option<crate::bots::BotSpec>]),
    games: &[Vec<Outcome>],
    keys: &[Vec<String>],
) -> Vec<SeatRows> {
    let per_seat = plan.strategies.iter().filter(|s| seats.contains(&s.seat));
    let mut rows = Vec::new();
    let mut at = 0;
    let name =
        |b: &crate::bots::BotSpec| format!("{}={}:{}", b.seat.id(), b.personality, b.level.id());
    for ((seat, bot), expert) in seats.iter().zip(hard).zip(experts) {
        let mine: Vec<&Strategy> = per_seat.clone().filter(|s| s.seat == *seat).collect();
        let n = mine.len() * plan.lineups.len();
        let cells = &games[at..at + n];
        let keys = &keys[seat.index()];
        let hard_cell = cell(plan.lineups[0].id, &games[at + n], keys);
        at += n + 1;
        let expert_bot = expert.as_ref().map(|e| {
            at += 1;
            let think = plan.expert_think.unwrap_or_default();
            let label = format!("{} ({think} plans)", name(e));
            (label, cell(plan.lineups[0].id, &games[at - 1], keys))
        });
        rows.push(SeatRows {
            seat: seat.id().to_string(),
            strategies: strategy_rows(&mine, &plan.lineups, cells, keys),
            hard_bot: name(bot),
            hard_bot_against: hard_cell,
            expert_bot,
        });
    }
    rows
}

fn cell(lineup: &str, games: &[Outcome], keys: &[String]) -> Cell {
    let n = games.len().max(1) as f64;
    // A defaulted company's score has other parts: those games count for no part here.
    let parts = keys
        .iter()
        .enumerate()
        .map(|(k, key)| {
            let mine: Vec<_> = games
                .iter()
                .flat_map(|g| g.parts.iter().filter(|p| p.index == Some(k)))
                .collect();
            let m = mine.len().max(1) as f64;
            PartMean {
                key: key.clone(),
                mean_value: mine.iter().map(|p| p.value).sum::<f64>() / m,
                mean_points: mine.iter().map(|p| p.points).sum::<f64>() / n,
                met_rate: mine.iter().filter(|p| p.met).count() as f64 / n,
            }
        })
        .collect();
    Cell {
        lineup: lineup.to_string(),
        mean_score: games.iter().map(|g| g.score).sum::<f64>() / n,
        objective_met_rate: games.iter().filter(|g| g.met).count() as f64 / n,
        parts,
    }
}

/// The keys of a seat's score parts while its company is solvent.
fn part_keys(world: &World, seat: Seat) -> Vec<String> {
    crate::engine::score::seat_score(world, seat)
        .parts
        .into_iter()
        .map(|p| p.key)
        .collect()
}

/// A seat's rows: `games` holds, for each order set in turn, its games against each line-up.
fn strategy_rows(
    mine: &[&Strategy],
    lineups: &[Lineup],
    games: &[Vec<Outcome>],
    keys: &[String],
) -> Vec<StrategyRow> {
    let table: Vec<Vec<Cell>> = mine
        .iter()
        .enumerate()
        .map(|(i, _)| {
            lineups
                .iter()
                .enumerate()
                .map(|(j, l)| cell(l.id, &games[i * lineups.len() + j], keys))
                .collect()
        })
        .collect();
    // The best order set of each line-up; a tie goes to the first listed.
    let best: Vec<usize> = (0..lineups.len())
        .map(|j| {
            (0..mine.len()).fold(0, |b, i| {
                if table[i][j].mean_score > table[b][j].mean_score {
                    i
                } else {
                    b
                }
            })
        })
        .collect();
    mine.iter()
        .zip(table)
        .enumerate()
        .map(|(i, (s, by_lineup))| {
            let best_in: Vec<String> = (0..lineups.len())
                .filter(|j| best[*j] == i)
                .map(|j| lineups[j].id.to_string())
                .collect();
            let all: Vec<Outcome> = (0..lineups.len())
                .flat_map(|j| games[i * lineups.len() + j].iter().cloned())
                .collect();
            let overall = cell("all", &all, keys);
            StrategyRow {
                id: s.id.clone(),
                name: s.name.clone(),
                best_share: best_in.len() as f64 / lineups.len().max(1) as f64,
                best_in,
                mean_score: overall.mean_score,
                objective_met_rate: overall.objective_met_rate,
                parts: overall.parts,
                by_lineup,
            }
        })
        .collect()
}
