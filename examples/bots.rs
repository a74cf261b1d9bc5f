//! Strength and balance of the bots over many seeds:
//! `cargo run --release --example bots [-- SEEDS]`.
//! Strength: the hard bot of a seat against the baseline bot of that seat (baseline bots
//! elsewhere), compared on the seat's final score. Balance: hard bots everywhere, share of
//! games in which each seat meets its objective, and public welfare by policy mix.

use overbuild::bots::{self, BotSpec, Level};
use overbuild::engine::Seat;
use overbuild::game::{Controllers, Game, play_out};
use rayon::prelude::*;

fn play(scenario: &overbuild::scenario::Scenario, seed: u64, specs: &[BotSpec]) -> Game {
    let mut game = Game::new(scenario.clone(), seed);
    let mut controllers = Controllers::with_bots(None, specs);
    play_out(&mut game, &mut controllers, scenario.params.scenario.turns);
    game
}

fn final_score(game: &Game, seat: Seat) -> (f64, bool) {
    game.last_report()
        .and_then(|r| r.scores.seat(seat))
        .map(|s| (s.score, s.objective_met))
        .unwrap_or((0.0, false))
}

fn welfare(game: &Game) -> f64 {
    game.last_report()
        .map(|r| r.scores.public_welfare.score)
        .unwrap_or(0.0)
}

fn main() {
    let seeds: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let scenario =
        overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("default scenario");
    let baseline: Vec<Game> = (0..seeds)
        .into_par_iter()
        .map(|s| play(&scenario, s, &[]))
        .collect();

    println!("Strength over {seeds} seeds (hard vs baseline at one seat, baseline bots elsewhere)");
    println!("| seat | hard bot | hard wins | mean score hard | mean score baseline |");
    println!("|---|---|---|---|---|");
    for seat in Seat::ALL {
        let spec = bots::hard(seat);
        let hard: Vec<(f64, bool)> = (0..seeds)
            .into_par_iter()
            .map(|s| final_score(&play(&scenario, s, std::slice::from_ref(&spec)), seat))
            .collect();
        let wins = hard
            .iter()
            .zip(&baseline)
            .filter(|(h, b)| h.0 > final_score(b, seat).0)
            .count();
        let mean_h = hard.iter().map(|h| h.0).sum::<f64>() / seeds as f64;
        let mean_b = baseline.iter().map(|b| final_score(b, seat).0).sum::<f64>() / seeds as f64;
        println!(
            "| {} | {}:{} | {:.1}% | {:.1} | {:.1} |",
            seat.id(),
            spec.personality,
            spec.level.id(),
            100.0 * wins as f64 / seeds as f64,
            mean_h,
            mean_b
        );
    }

    if std::env::args().any(|a| a == "--personalities") {
        println!("\nEvery personality and level against baseline");
        for seat in Seat::ALL {
            for personality in bots::personalities(seat).iter().skip(1) {
                for level in Level::ALL {
                    let spec = BotSpec {
                        seat,
                        personality: personality.to_string(),
                        level,
                    };
                    let scores: Vec<f64> = (0..seeds)
                        .into_par_iter()
                        .map(|s| {
                            final_score(&play(&scenario, s, std::slice::from_ref(&spec)), seat).0
                        })
                        .collect();
                    let wins = scores
                        .iter()
                        .zip(&baseline)
                        .filter(|(h, b)| **h > final_score(b, seat).0)
                        .count();
                    println!(
                        "  {:<10} {:<10} {:<6} wins {:>5.1}%  mean {:.1}",
                        seat.id(),
                        personality,
                        level.id(),
                        100.0 * wins as f64 / seeds as f64,
                        scores.iter().sum::<f64>() / seeds as f64
                    );
                }
            }
        }
    }
    if std::env::args().any(|a| a == "--parts") {
        let specs: Vec<BotSpec> = Seat::ALL.iter().map(|s| bots::hard(*s)).collect();
        let games: Vec<Game> = (0..seeds)
            .into_par_iter()
            .map(|s| play(&scenario, s, &specs))
            .collect();
        println!(
            "\nScore parts at the end, hard bots everywhere (median value, target, share met)"
        );
        for seat in Seat::ALL {
            let n = games[0]
                .last_report()
                .and_then(|r| r.scores.seat(seat))
                .map(|s| s.parts.len())
                .unwrap_or(0);
            for i in 0..n {
                let mut values: Vec<f64> = games
                    .iter()
                    .filter_map(|g| g.last_report()?.scores.seat(seat).map(|s| s.parts[i].value))
                    .collect();
                values.sort_by(f64::total_cmp);
                let part = &games[0]
                    .last_report()
                    .unwrap()
                    .scores
                    .seat(seat)
                    .unwrap()
                    .parts[i];
                let met = games
                    .iter()
                    .filter(|g| {
                        g.last_report()
                            .and_then(|r| r.scores.seat(seat))
                            .is_some_and(|s| s.parts[i].met)
                    })
                    .count();
                println!(
                    "  {:<10} {:<24} median {:>9.3}  p10 {:>9.3}  p90 {:>9.3}  target {:>8.3}  met {:>5.1}%",
                    seat.id(),
                    part.key,
                    values[values.len() / 2],
                    values[values.len() / 10],
                    values[values.len() * 9 / 10],
                    part.target,
                    100.0 * met as f64 / seeds as f64
                );
            }
        }
    }

    println!("\nBalance over {seeds} seeds: share of games in which each seat meets its objective");
    let mixes: Vec<(&str, Vec<BotSpec>)> = vec![
        (
            "hard defaults",
            Seat::ALL.iter().map(|s| bots::hard(*s)).collect(),
        ),
        ("baseline", vec![]),
        (
            "growth utility, market White House",
            vec![
                bots::hard(Seat::OpenAi),
                bots::hard(Seat::Oracle),
                BotSpec {
                    seat: Seat::Utility,
                    personality: "growth".into(),
                    level: Level::Hard,
                },
                BotSpec {
                    seat: Seat::WhiteHouse,
                    personality: "market".into(),
                    level: Level::Hard,
                },
            ],
        ),
        (
            "aggressive builders, populist White House",
            vec![
                BotSpec {
                    seat: Seat::OpenAi,
                    personality: "aggressive".into(),
                    level: Level::Hard,
                },
                BotSpec {
                    seat: Seat::Oracle,
                    personality: "aggressive".into(),
                    level: Level::Hard,
                },
                bots::hard(Seat::Utility),
                BotSpec {
                    seat: Seat::WhiteHouse,
                    personality: "populist".into(),
                    level: Level::Hard,
                },
            ],
        ),
    ];
    println!("| bots | openai | oracle | utility | whitehouse | public welfare (mean, p5-p95) |");
    println!("|---|---|---|---|---|---|");
    for (name, specs) in mixes {
        let games: Vec<Game> = (0..seeds)
            .into_par_iter()
            .map(|s| play(&scenario, s, &specs))
            .collect();
        let rate = |seat: Seat| {
            100.0 * games.iter().filter(|g| final_score(g, seat).1).count() as f64 / seeds as f64
        };
        let mut w: Vec<f64> = games.iter().map(welfare).collect();
        w.sort_by(f64::total_cmp);
        let mean = w.iter().sum::<f64>() / seeds as f64;
        let q = |p: f64| w[((w.len() - 1) as f64 * p).round() as usize];
        println!(
            "| {name} | {:.0}% | {:.0}% | {:.0}% | {:.0}% | {:.1} ({:.1}-{:.1}) |",
            rate(Seat::OpenAi),
            rate(Seat::Oracle),
            rate(Seat::Utility),
            rate(Seat::WhiteHouse),
            mean,
            q(0.05),
            q(0.95)
        );
    }
}
