//! What moved the outcome. Two honest measures, since a quarter's score change mixes every
//! seat's orders, orders placed quarters earlier (construction takes time) and chance:
//!
//! - the quarters in which scores moved most, as observed;
//! - for each decision (a seat's changed orders in a quarter, or the facilitator's injects),
//!   the game replayed without it: the changed fields keep their earlier values until the seat
//!   next changes them, every other order stays as played, the seed is the same. The
//!   difference in final scores is what that decision did in the model, holding everyone
//!   else's later orders fixed (bots would have reacted; people too).

use crate::engine::{Orders, Seat};
use crate::save::FacilitatorAction;
use crate::save::Replay;
use crate::save::apply_override;
use crate::save::diff::{FieldChange, same, seat_changes};
use rayon::prelude::*;

/// A seat's changed orders in a quarter, or the facilitator's injects (seat None).
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// 0-based quarter.
    pub turn: usize,
    pub seat: Option<Seat>,
    pub changes: Vec<FieldChange>,
    pub injects: usize,
}

/// A decision and what it did to the final scores (actual minus without it).
#[derive(Clone, Debug, PartialEq)]
pub struct Effect {
    pub decision: Decision,
    /// Per seat, in `Seat::ALL` order.
    pub seats: [f64; 4],
    pub welfare: f64,
}

impl Effect {
    /// The largest effect on any score.
    pub fn size(&self) -> f64 {
        self.seats
            .iter()
            .chain(std::iter::once(&self.welfare))
            .fold(0.0, |m, v| m.max(v.abs()))
    }
}

/// Every decision in the game: what each seat changed against its standing orders, quarter by
/// quarter, and each quarter's injects.
pub fn decisions(replay: &Replay) -> Vec<Decision> {
    let params = &replay.game.scenario.params;
    let mut list = Vec::new();
    for (t, turn) in replay.game.turns.iter().enumerate() {
        let Some(before) = replay.world(t).map(|w| &w.last_orders) else {
            continue;
        };
        for seat in Seat::ALL {
            let changes = seat_changes(seat, before, &turn.orders, params);
            if !changes.is_empty() {
                list.push(Decision {
                    turn: t,
                    seat: Some(seat),
                    changes,
                    injects: 0,
                });
            }
        }
        if !turn.orders.injects.is_empty() {
            list.push(Decision {
                turn: t,
                seat: None,
                changes: Vec::new(),
                injects: turn.orders.injects.len(),
            });
        }
    }
    list
}

/// The game's orders with one decision taken back.
fn without(replay: &Replay, d: &Decision) -> Vec<Orders> {
    let mut orders: Vec<Orders> = replay.game.turns.iter().map(|t| t.orders.clone()).collect();
    let Some(seat) = d.seat else {
        orders[d.turn].injects.clear();
        return orders;
    };
    for change in &d.changes {
        let region = change.region.unwrap_or(0);
        for later in orders.iter_mut().skip(d.turn) {
            let mut seat_orders = later.seat(seat);
            let still = seat_orders
                .get(change.key, region)
                .is_some_and(|v| same(v, change.to));
            if !still {
                break;
            }
            seat_orders.set(change.key, region, change.from);
            later.set_seat(seat_orders);
        }
    }
    orders
}

/// Final scores of the game replayed from the decision's quarter with `orders`.
fn final_scores(replay: &Replay, from: usize, orders: &[Orders]) -> Option<([f64; 4], f64)> {
    let mut game = replay.game_at(from)?;
    for (t, o) in orders.iter().enumerate().skip(from) {
        game.play(o.clone());
        for action in replay.save.turns.get(t).map_or(&[][..], |r| &r.facilitator) {
            if let FacilitatorAction::Override { pointer, value, .. } = action {
                // Overrides stand in the counterfactual too; one that no longer applies is skipped.
                let _ = apply_override(&mut game, pointer, value);
            }
        }
    }
    let report = &game.turns.last()?.report;
    let seats = Seat::ALL.map(|s| report.scores.seat(s).map_or(0.0, |x| x.score));
    Some((seats, report.scores.public_welfare.score))
}

/// Each decision's effect on the final scores, largest first.
pub fn effects(replay: &Replay) -> Vec<Effect> {
    let Some(last) = replay.game.turns.last() else {
        return Vec::new();
    };
    let actual_seats = Seat::ALL.map(|s| last.report.scores.seat(s).map_or(0.0, |x| x.score));
    let actual_welfare = last.report.scores.public_welfare.score;
    let mut list: Vec<Effect> = decisions(replay)
        .into_par_iter()
        .filter_map(|d| {
            let orders = without(replay, &d);
            let (seats, welfare) = final_scores(replay, d.turn, &orders)?;
            Some(Effect {
                seats: std::array::from_fn(|i| actual_seats[i] - seats[i]),
                welfare: actual_welfare - welfare,
                decision: d,
            })
        })
        .collect();
    list.sort_by(|a, b| {
        b.size()
            .total_cmp(&a.size())
            .then(a.decision.turn.cmp(&b.decision.turn))
    });
    list
}

/// A quarter's observed score changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    pub turn: usize,
    pub seats: [f64; 4],
    pub welfare: f64,
}

impl Swing {
    pub fn size(&self) -> f64 {
        self.seats.iter().map(|v| v.abs()).sum::<f64>() + self.welfare.abs()
    }
}

/// The quarters whose scores moved most against the quarter before, largest first. The first
/// quarter has nothing to move from and is left out.
pub fn swings(replay: &Replay) -> Vec<Swing> {
    let scores = |t: &crate::game::Turn| {
        let s = &t.report.scores;
        (
            Seat::ALL.map(|seat| s.seat(seat).map_or(0.0, |x| x.score)),
            s.public_welfare.score,
        )
    };
    let mut list: Vec<Swing> = replay
        .game
        .turns
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let (before, welfare_before) = scores(&pair[0]);
            let (after, welfare_after) = scores(&pair[1]);
            Swing {
                turn: i + 1,
                seats: std::array::from_fn(|k| after[k] - before[k]),
                welfare: welfare_after - welfare_before,
            }
        })
        .collect();
    list.sort_by(|a, b| b.size().total_cmp(&a.size()).then(a.turn.cmp(&b.turn)));
    list
}
