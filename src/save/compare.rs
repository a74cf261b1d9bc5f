//! Two games of the same scenario side by side, quarter by quarter: the orders that differ and
//! every figure of both. Works from the saves' summaries, so no replay is needed.

use super::diff::{FieldChange, changes};
use super::error::SaveError;
use super::format::SaveFile;
use crate::engine::{Date, Params};

/// One figure in both games.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricPair {
    pub key: String,
    pub a: Option<f64>,
    pub b: Option<f64>,
}

impl MetricPair {
    /// Differs by more than rounding (a relative 1e-9), or exists in one game only.
    pub fn differs(&self) -> bool {
        match (self.a, self.b) {
            (Some(x), Some(y)) => {
                !((x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
                    || (x.is_nan() && y.is_nan()))
            }
            (None, None) => false,
            _ => true,
        }
    }

    /// b − a, when both exist.
    pub fn delta(&self) -> Option<f64> {
        Some(self.b? - self.a?)
    }
}

/// One quarter of both games. A quarter only one game reached has the other side empty.
#[derive(Clone, Debug, PartialEq)]
pub struct TurnComparison {
    /// 1-based.
    pub turn: usize,
    pub date: Option<Date>,
    pub in_a: bool,
    pub in_b: bool,
    /// Order fields that differ: `from` is game A's value, `to` game B's.
    pub orders: Vec<FieldChange>,
    pub injects_differ: bool,
    /// Every figure of the quarter, in catalogue order.
    pub metrics: Vec<MetricPair>,
    pub events_a: Vec<String>,
    pub events_b: Vec<String>,
    /// The two worlds are identical after this quarter.
    pub same_state: bool,
}

impl TurnComparison {
    pub fn differing_metrics(&self) -> impl Iterator<Item = &MetricPair> {
        self.metrics.iter().filter(|m| m.differs())
    }

    pub fn is_identical(&self) -> bool {
        self.in_a && self.in_b && self.same_state
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub a: String,
    pub b: String,
    pub turns: Vec<TurnComparison>,
}

impl Comparison {
    /// The first quarter (1-based) where the games differ.
    pub fn first_difference(&self) -> Option<usize> {
        self.turns
            .iter()
            .find(|t| !t.is_identical())
            .map(|t| t.turn)
    }
}

/// Compares two saves of the same scenario (seeds may differ). `params` is the scenario's, for
/// region names in order fields.
pub fn compare(a: &SaveFile, b: &SaveFile, params: &Params) -> Result<Comparison, SaveError> {
    if a.scenario.id != b.scenario.id || a.scenario.hash != b.scenario.hash {
        return Err(SaveError::Refused {
            path: b.origin.clone(),
            detail: format!(
                "plays scenario {} ({}), not {} ({}) like {}; only games of the same scenario compare",
                b.scenario.id,
                super::format::short(&b.scenario.hash),
                a.scenario.id,
                super::format::short(&a.scenario.hash),
                a.label()
            ),
        });
    }
    let n = a.turns.len().max(b.turns.len());
    let mut turns = Vec::with_capacity(n);
    for i in 0..n {
        let (ra, rb) = (a.turns.get(i), b.turns.get(i));
        let orders = match (ra, rb) {
            (Some(x), Some(y)) => changes(&x.orders, &y.orders, params),
            _ => Vec::new(),
        };
        let injects_differ = match (ra, rb) {
            (Some(x), Some(y)) => x.orders.injects != y.orders.injects,
            _ => false,
        };
        let sa = ra.and_then(|r| r.summary.as_ref());
        let sb = rb.and_then(|r| r.summary.as_ref());
        let mut keys: Vec<&str> = sa.map(|s| s.metrics.keys().collect()).unwrap_or_default();
        if let Some(s) = sb {
            for k in s.metrics.keys() {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
        }
        let metrics = keys
            .iter()
            .map(|k| MetricPair {
                key: k.to_string(),
                a: sa.and_then(|s| s.metrics.get(k)),
                b: sb.and_then(|s| s.metrics.get(k)),
            })
            .collect();
        turns.push(TurnComparison {
            turn: i + 1,
            date: ra.and_then(|r| r.date).or(rb.and_then(|r| r.date)),
            in_a: ra.is_some(),
            in_b: rb.is_some(),
            orders,
            injects_differ,
            metrics,
            events_a: sa.map(|s| s.events.clone()).unwrap_or_default(),
            events_b: sb.map(|s| s.events.clone()).unwrap_or_default(),
            same_state: matches!((ra, rb), (Some(x), Some(y)) if x.hash == y.hash),
        });
    }
    Ok(Comparison {
        a: a.label(),
        b: b.label(),
        turns,
    })
}
