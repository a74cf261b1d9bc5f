//! Personalities told apart: each seat's personalities play the same seeds, each game becomes
//! a vector of the seat's orders, and a nearest-centroid classifier fitted on half the seeds
//! must name the personality of at least 90% of the other half's games.

mod common;

use common::default_scenario;
use overbuild::bots::{self, BotSpec, Level};
use overbuild::engine::orders::{FieldKind, Value, fields};
use overbuild::engine::{Orders, Seat};
use overbuild::game::{Controllers, Game, play_out};
use rayon::prelude::*;

/// Seeds per personality: the first half fits the classifier, the second tests it.
const SEEDS: u64 = 40;
/// Quarters played per game. Assumption: two years show a personality's habits (rules set
/// early, builds each quarter) while keeping the 480 games of the test short.
const QUARTERS: u32 = 8;
/// Share of test games the classifier must name right (issue 19).
const MIN_ACCURACY: f64 = 0.9;

/// A game with `personality` at `seat` (hard level) and every other seat's default hard bot.
fn orders_of(seat: Seat, personality: &str, seed: u64) -> Vec<Orders> {
    let mut game = Game::new(default_scenario(), seed);
    let specs: Vec<BotSpec> = Seat::ALL
        .into_iter()
        .map(|s| {
            if s == seat {
                BotSpec {
                    seat,
                    personality: personality.to_string(),
                    level: Level::Hard,
                }
            } else {
                bots::hard(s)
            }
        })
        .collect();
    play_out(
        &mut game,
        &mut Controllers::with_bots(None, &specs),
        QUARTERS,
    );
    game.turns.into_iter().map(|t| t.orders).collect()
}

/// The seat's orders over a game: each field's mean as a share of its range (regional fields
/// summed over regions), and how often it changed from one quarter to the next.
fn features(seat: Seat, played: &[Orders]) -> Vec<f64> {
    let quarters = played.len().max(1) as f64;
    let mut out = Vec::new();
    for spec in fields(seat) {
        let span = match spec.kind {
            FieldKind::Number { min, max, .. } | FieldKind::Regional { min, max, .. } => {
                (max - min).max(1e-9)
            }
            _ => 1.0,
        };
        let value = |o: &Orders| -> f64 {
            let s = o.seat(seat);
            (0..8)
                .filter_map(|r| s.get(spec.key, r).filter(|_| r == 0 || spec.is_regional()))
                .map(|v| match v {
                    Value::Number(x) => x / span,
                    Value::Toggle(b) => f64::from(u8::from(b)),
                    Value::Choice(i) => i as f64,
                })
                .sum()
        };
        let values: Vec<f64> = played.iter().map(value).collect();
        out.push(values.iter().sum::<f64>() / quarters);
        let changes = values
            .windows(2)
            .filter(|w| (w[0] - w[1]).abs() > 1e-9)
            .count();
        out.push(changes as f64 / quarters);
    }
    out
}

/// Nearest centroid on standardised features: the share of test games named right.
fn accuracy(train: &[(usize, Vec<f64>)], test: &[(usize, Vec<f64>)], classes: usize) -> f64 {
    let dims = train[0].1.len();
    let n = train.len() as f64;
    let mean: Vec<f64> = (0..dims)
        .map(|d| train.iter().map(|(_, v)| v[d]).sum::<f64>() / n)
        .collect();
    let sd: Vec<f64> = (0..dims)
        .map(|d| {
            let var = train
                .iter()
                .map(|(_, v)| (v[d] - mean[d]).powi(2))
                .sum::<f64>()
                / n;
            var.sqrt().max(1e-6)
        })
        .collect();
    let z = |v: &[f64]| -> Vec<f64> { (0..dims).map(|d| (v[d] - mean[d]) / sd[d]).collect() };
    let centroids: Vec<Vec<f64>> = (0..classes)
        .map(|c| {
            let mine: Vec<Vec<f64>> = train
                .iter()
                .filter(|(k, _)| *k == c)
                .map(|(_, v)| z(v))
                .collect();
            (0..dims)
                .map(|d| mine.iter().map(|v| v[d]).sum::<f64>() / mine.len().max(1) as f64)
                .collect()
        })
        .collect();
    let right = test
        .iter()
        .filter(|(class, v)| {
            let v = z(v);
            let distance =
                |c: &Vec<f64>| -> f64 { c.iter().zip(&v).map(|(a, b)| (a - b).powi(2)).sum() };
            let nearest = (0..classes)
                .min_by(|a, b| distance(&centroids[*a]).total_cmp(&distance(&centroids[*b])))
                .unwrap_or(0);
            nearest == *class
        })
        .count();
    right as f64 / test.len() as f64
}

#[test]
fn each_seats_personalities_are_told_apart_by_their_orders() {
    let mut report = Vec::new();
    for seat in Seat::ALL {
        let names = bots::personalities(seat);
        let games: Vec<(usize, u64, Vec<f64>)> = (0..names.len())
            .flat_map(|k| (0..SEEDS).map(move |seed| (k, seed)))
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|(k, seed)| {
                (
                    k,
                    seed,
                    features(seat, &orders_of(seat, names[k], 1000 + seed)),
                )
            })
            .collect();
        let split = |fit: bool| -> Vec<(usize, Vec<f64>)> {
            games
                .iter()
                .filter(|(_, seed, _)| (*seed < SEEDS / 2) == fit)
                .map(|(k, _, v)| (*k, v.clone()))
                .collect()
        };
        let score = accuracy(&split(true), &split(false), names.len());
        report.push(format!("{seat}: {:.0}%", score * 100.0));
        assert!(
            score >= MIN_ACCURACY,
            "{seat}'s personalities {names:?} told apart in {:.0}% of games (need {:.0}%); all: {report:?}",
            score * 100.0,
            MIN_ACCURACY * 100.0
        );
    }
    eprintln!("personalities told apart: {report:?}");
}
