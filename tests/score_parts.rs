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

/// Lines whose ✓ counts something other than the value shown: elections won (the value is
/// approval) and the default line.
fn judged_elsewhere(part: &ScorePart) -> bool {
    part.key == "score-elections" || part.key == overbuild::engine::score::DEFAULTED
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
