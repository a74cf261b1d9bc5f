//! Bots: one per seat, each deciding from its seat's view alone. Baseline bots follow simple,
//! sensible rules; later personalities build on the same trait.

mod openai;
mod oracle;
mod utility;
mod whitehouse;

use crate::engine::orders::{SeatOrders, sanitize};
use crate::engine::{Orders, Seat, SeatView};

/// Decides a seat's orders from what that seat may know.
pub trait Policy: Send {
    fn decide(&mut self, view: &SeatView) -> SeatOrders;
    fn name(&self) -> String;
}

/// The baseline bot of a seat.
pub fn baseline(seat: Seat) -> Box<dyn Policy> {
    match seat {
        Seat::OpenAi => Box::new(openai::Baseline),
        Seat::Oracle => Box::new(oracle::Baseline),
        Seat::Utility => Box::new(utility::Baseline),
        Seat::WhiteHouse => Box::new(whitehouse::Baseline),
    }
}

/// A bot's orders, clamped into range: bots never submit invalid orders.
pub fn decide(policy: &mut dyn Policy, view: &SeatView) -> SeatOrders {
    let raw = policy.decide(view);
    let mut all = Orders::default();
    all.set_seat(raw);
    sanitize(&all, &view.params).seat(view.seat)
}

/// Share of a total to give each region, proportional to weights (even split if all zero).
pub(crate) fn split(total: f64, weights: &[f64]) -> Vec<f64> {
    let sum: f64 = weights.iter().map(|w| w.max(0.0)).sum();
    if sum <= 0.0 {
        let n = weights.len().max(1) as f64;
        return weights.iter().map(|_| total / n).collect();
    }
    weights.iter().map(|w| total * w.max(0.0) / sum).collect()
}

/// Rounds to an order field's step so bot orders look like a person's.
pub(crate) fn round_to(value: f64, step: f64) -> f64 {
    if step > 0.0 {
        (value / step).round() * step
    } else {
        value
    }
}
