//! Expert against hard at the same seat, the same line-up (hard bots) elsewhere, on paired
//! seeds: `cargo run --release --example round_robin -- --seeds N --think K [--turns T]
//! [--seat SEAT]`. A tie (equal final scores) counts half a win.
//! Prints one row per seat: games the expert won (higher final seat score), its mean score
//! gain and a 95% interval for that gain, and the mean time an expert decision took.

use clap::Parser;
use overbuild::bots::{self, BotSpec, Level};
use overbuild::engine::Seat;
use overbuild::game::{Controllers, Game, play_out};
use rayon::prelude::*;
use std::time::Instant;

#[derive(Parser)]
struct Args {
    /// Paired seeds per seat.
    #[arg(long, default_value_t = 20)]
    seeds: u64,
    /// Plan evaluations per expert decision.
    #[arg(long, default_value_t = bots::expert::DEFAULT_THINK, value_parser = bots::parse_think)]
    think: u32,
    /// Quarters to play (default: the whole scenario).
    #[arg(long)]
    turns: Option<u32>,
    /// Play only this seat's pairs (default: every seat).
    #[arg(long)]
    seat: Option<String>,
}

fn final_score(
    scenario: &overbuild::scenario::Scenario,
    seed: u64,
    specs: &[BotSpec],
    turns: u32,
) -> f64 {
    let mut game = Game::new(scenario.clone(), seed);
    let mut controllers = Controllers::with_bots(None, specs);
    play_out(&mut game, &mut controllers, turns);
    let seat = specs[0].seat;
    overbuild::engine::score::seat_score(&game.world, seat).score
}

fn line_up(seat: Seat, level: Level) -> Vec<BotSpec> {
    let mut specs = vec![BotSpec {
        level,
        ..bots::hard(seat)
    }];
    specs.extend(Seat::ALL.into_iter().filter(|s| *s != seat).map(bots::hard));
    specs
}

fn main() {
    let args = Args::parse();
    let scenario =
        overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("default scenario");
    let turns = args.turns.unwrap_or(scenario.params.scenario.turns);
    println!(
        "Expert (think {}) vs hard at one seat, hard bots elsewhere, {} paired seeds, {} quarters",
        args.think, args.seeds, turns
    );
    println!(
        "| seat | expert wins | 95% interval | ties | mean score gain | 95% interval | s/decision |"
    );
    println!("|---|---|---|---|---|---|---|");
    for seat in Seat::ALL {
        if args.seat.as_ref().is_some_and(|s| s != seat.id()) {
            continue;
        }
        let started = Instant::now();
        let pairs: Vec<(f64, f64)> = (0..args.seeds)
            .into_par_iter()
            .map(|s| {
                let expert = final_score(
                    &scenario,
                    s,
                    &line_up(seat, Level::Expert(args.think)),
                    turns,
                );
                let hard = final_score(&scenario, s, &line_up(seat, Level::Hard), turns);
                (expert, hard)
            })
            .collect();
        let secs = started.elapsed().as_secs_f64() * rayon::current_num_threads() as f64;
        let n = pairs.len().max(1) as f64;
        let wins = pairs
            .iter()
            .map(|(e, h)| {
                if e > h {
                    1.0
                } else if e == h {
                    0.5
                } else {
                    0.0
                }
            })
            .sum::<f64>();
        let ties = pairs.iter().filter(|(e, h)| e == h).count() as f64;
        let share = wins / n;
        let share_half = 1.96 * (share * (1.0 - share) / n).sqrt();
        let gains: Vec<f64> = pairs.iter().map(|(e, h)| e - h).collect();
        let mean = gains.iter().sum::<f64>() / n;
        let var = gains.iter().map(|g| (g - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        let half = 1.96 * (var / n).sqrt();
        println!(
            "| {} | {:.1}% | {:.1}–{:.1}% | {:.0}% | {:+.2} | {:+.2} to {:+.2} | {:.2} |",
            seat.id(),
            100.0 * share,
            100.0 * (share - share_half).max(0.0),
            100.0 * (share + share_half).min(1.0),
            100.0 * ties / n,
            mean,
            mean - half,
            mean + half,
            secs / (n * f64::from(turns)),
        );
    }
}
