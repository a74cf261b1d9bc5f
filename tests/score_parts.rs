//! Every objective line reads true: its ✓ agrees with where the line says it is met, and its
//! points are full exactly when the value reaches the target it names, in the direction it
//! names (at least, or at most for lines where lower is better).

#[path = "common/mod.rs"]
mod common;

use overbuild::bots::{self, BotSpec};
use overbuild::engine::Seat;
use overbuild::engine::report::{Direction, ScorePart};
use overbuild::game::{Controllers, Game, play_out};

fn reached(value: f64, threshold: f64, direction: Direction) -> bool {
    match direction {
        Direction::AtLeast => value >= threshold,
        Direction::AtMost => value <= threshold,
    }
}

/// The one line whose ✓ counts something other than the value shown: the default line.
fn judged_elsewhere(part: &ScorePart) -> bool {
    part.key == overbuild::engine::score::DEFAULTED
}

fn check(part: &ScorePart, what: &str, problems: &mut Vec<String>) {
    if judged_elsewhere(part) {
        return;
    }
    let full = part.points >= part.max_points - 1e-9;
    if full != reached(part.value, part.target, part.direction) {
        problems.push(format!(
            "{what} {}: {} of {} points at {} against a target of {}",
            part.key, part.points, part.max_points, part.value, part.target
        ));
    }
    if part.met != reached(part.value, part.pass_value(), part.direction) {
        problems.push(format!(
            "{what} {}: met {} at {} against {}",
            part.key,
            part.met,
            part.value,
            part.pass_value()
        ));
    }
}

#[test]
fn ticks_and_points_agree_with_the_targets_shown() {
    let scenario = common::default_scenario();
    let mut problems = Vec::new();
    let lineups: [Vec<BotSpec>; 2] = [
        Vec::new(),
        Seat::ALL.iter().map(|s| bots::hard(*s)).collect(),
    ];
    for seed in 1..=3 {
        for specs in &lineups {
            let mut game = Game::new(scenario.clone(), seed);
            let mut controllers = Controllers::with_bots(None, specs);
            play_out(&mut game, &mut controllers, scenario.params.scenario.turns);
            for turn in &game.turns {
                let r = &turn.report;
                for s in &r.scores.seats {
                    // A defaulted company's lines are about the restructured company.
                    if s.parts
                        .iter()
                        .any(|p| p.key == overbuild::engine::score::DEFAULTED)
                    {
                        continue;
                    }
                    for p in &s.parts {
                        check(
                            p,
                            &format!("seed {seed} {} {}", r.date, s.seat.id()),
                            &mut problems,
                        );
                    }
                }
                for p in &r.scores.public_welfare.parts {
                    check(p, &format!("seed {seed} {} welfare", r.date), &mut problems);
                }
            }
        }
    }
    problems.dedup_by(|a, b| a.split(':').next() == b.split(':').next());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn public_welfare_weighs_bills_at_the_same_usage_not_the_seasons() {
    // Bills swing with the seasons' usage (summer air conditioning, winter heating); welfare's
    // bill line follows the price, so a summer does not cost the public 20 points and a
    // spring give them back.
    let scenario = common::default_scenario();
    let mut game = Game::new(scenario.clone(), 11);
    let mut controllers = Controllers::with_bots(None, &[]);
    play_out(&mut game, &mut controllers, scenario.params.scenario.turns);
    let line = |r: &overbuild::engine::TurnReport| {
        let bills = &r.scores.public_welfare.parts[0];
        assert_eq!(bills.key, "welfare-bills");
        bills.value
    };
    let national_bill = |r: &overbuild::engine::TurnReport| {
        r.regions.iter().map(|x| x.bill_month).sum::<f64>() / r.regions.len() as f64
    };
    let reports: Vec<_> = game.turns.iter().map(|t| &t.report).collect();
    let widest = |f: &dyn Fn(&overbuild::engine::TurnReport) -> f64| {
        reports
            .windows(2)
            .map(|w| (f(w[1]) / f(w[0]) - 1.0).abs())
            .fold(0.0, f64::max)
    };
    let bill_swing = widest(&national_bill);
    let line_swing = reports
        .windows(2)
        .map(|w| (line(w[1]) - line(w[0])).abs())
        .fold(0.0, f64::max);
    assert!(bill_swing > 0.15, "the seasons move bills: {bill_swing:.3}");
    assert!(
        line_swing < 0.08,
        "welfare's bill line moved {line_swing:.3} in a quarter"
    );
}
