//! A turn's key figures by name: what a save keeps of each report, what the debrief's tables and
//! the CSV columns list, and what two games are compared on. One catalogue, so they agree.

use crate::engine::report::{Arg, CompanyReport, FaultOutcome, RegionReport, TurnReport};
use crate::engine::{CompanyId, Params, Seat};
use crate::i18n::Texts;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Figures in a fixed order, written as a JSON object. A `null` reads back as NaN, so a save
/// with a missing figure still loads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metrics(pub Vec<(String, f64)>);

impl Metrics {
    pub fn get(&self, key: &str) -> Option<f64> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    fn push(&mut self, key: impl Into<String>, value: f64) {
        self.0.push((key.into(), value));
    }
}

impl Serialize for Metrics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, &v.is_finite().then_some(*v))?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Metrics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MetricsVisitor;
        impl<'de> Visitor<'de> for MetricsVisitor {
            type Value = Metrics;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of figures")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Metrics, A::Error> {
                let mut metrics = Metrics::default();
                while let Some((key, value)) = access.next_entry::<String, Option<f64>>()? {
                    metrics.push(key, value.unwrap_or(f64::NAN));
                }
                Ok(metrics)
            }
        }
        deserializer.deserialize_map(MetricsVisitor)
    }
}

/// What a save keeps of a turn's report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TurnSummary {
    #[serde(default)]
    pub metrics: Metrics,
    /// Ids of the events of the quarter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
}

impl TurnSummary {
    pub fn of(report: &TurnReport, params: &Params) -> TurnSummary {
        TurnSummary {
            metrics: metrics(report, params),
            events: report.events.iter().map(|e| e.id.clone()).collect(),
        }
    }

    pub fn score(&self, seat: Seat) -> Option<f64> {
        self.metrics.get(&score_key(seat))
    }

    pub fn welfare(&self) -> Option<f64> {
        self.metrics.get(WELFARE)
    }
}

pub const WELFARE: &str = "score.public_welfare";

pub fn score_key(seat: Seat) -> String {
    format!("score.{}", seat.id())
}

/// A national figure: its key, the i18n key of its label, and how to read it from a report.
pub type National = (&'static str, &'static str, fn(&TurnReport, &Params) -> f64);
pub type Regional = (&'static str, &'static str, fn(&RegionReport) -> f64);
pub type Corporate = (&'static str, &'static str, fn(&CompanyReport) -> f64);

/// The national figures, in catalogue order.
pub const NATIONAL: &[National] = &[
    ("index", "metric-index", |r, _| r.market.index),
    ("sentiment", "metric-sentiment", |r, _| r.market.sentiment),
    ("approval", "metric-approval", |r, _| r.politics.approval),
    ("jobs_k", "metric-jobs", |r, _| r.politics.jobs_k),
    (
        "national_residential_cents",
        "metric-national-cents",
        national_cents,
    ),
    ("blackouts", "metric-blackouts", |r, _| {
        f64::from(r.blackouts())
    }),
    ("loss_events", "metric-loss-events", |r, _| {
        f64::from(r.loss_events())
    }),
    ("ai_revenue_bn_yr", "metric-ai-revenue", |r, _| {
        r.market.ai_revenue_bn_yr
    }),
    ("openai_revenue_bn", "metric-openai-revenue", |r, _| {
        r.market.openai_revenue_bn
    }),
    ("openai_compute_gw", "metric-compute", |r, _| {
        r.market.openai_compute_gw
    }),
    ("bubble_gauge", "metric-bubble", |r, _| {
        r.market.bubble_gauge
    }),
    ("coverage", "metric-coverage", |r, _| r.market.coverage),
    ("circular_share", "metric-circular", |r, _| {
        r.market.circular_share
    }),
    ("bonds_issued_bn", "metric-bonds", |r, _| {
        r.market.bonds_issued_bn
    }),
];

/// Figures per region, keyed `REGION.name`.
pub const REGIONAL: &[Regional] = &[
    ("residential_cents", "metric-region-cents", |r| {
        r.residential_cents
    }),
    ("bill_month", "metric-region-bill", |r| r.bill_month),
    ("arrears_share", "metric-region-arrears", |r| {
        r.arrears_share
    }),
    ("reserve_margin", "metric-region-reserve", |r| {
        r.reserve_margin
    }),
    ("energy_price", "metric-region-energy-price", |r| {
        r.energy_price
    }),
    ("capacity_price", "metric-region-capacity-price", |r| {
        r.capacity_price
    }),
    ("blackouts", "metric-region-blackouts", |r| {
        r.faults
            .iter()
            .filter(|f| f.outcome != FaultOutcome::Absorbed)
            .count() as f64
    }),
    ("loss_events", "metric-region-loss-events", |r| {
        f64::from(r.loss_events)
    }),
    ("mw_lost", "metric-region-mw-lost", |r| r.mw_lost),
    ("unserved_mwh", "metric-region-unserved", |r| {
        r.unserved_mwh + r.outage_mwh
    }),
];

/// Figures per company, keyed `COMPANY.name`.
pub const CORPORATE: &[Corporate] = &[
    ("share_price", "metric-company-share-price", |c| {
        c.share_price
    }),
    ("market_cap_bn", "metric-company-market-cap", |c| {
        c.market_cap_bn
    }),
    ("cash_bn", "metric-company-cash", |c| c.cash_bn),
    ("debt_bn", "metric-company-debt", |c| c.debt_bn),
    ("off_balance_bn", "metric-company-off-balance", |c| {
        c.off_balance_bn
    }),
    ("spread_bp", "metric-company-spread", |c| c.spread_bp),
    ("rating_notch", "metric-company-rating", |c| {
        c.rating.notch() as f64
    }),
];

/// The figures of one turn's report.
pub fn metrics(r: &TurnReport, params: &Params) -> Metrics {
    let mut m = Metrics::default();
    for (key, _, value) in NATIONAL {
        m.push(*key, value(r, params));
    }
    for region in &r.regions {
        for (key, _, value) in REGIONAL {
            m.push(format!("{}.{key}", region.id), value(region));
        }
    }
    for c in &r.companies {
        for (key, _, value) in CORPORATE {
            m.push(format!("{}.{key}", c.id.id()), value(c));
        }
    }
    for seat in Seat::ALL {
        let score = r.scores.seat(seat).map_or(f64::NAN, |s| s.score);
        m.push(score_key(seat), score);
    }
    m.push(WELFARE, r.scores.public_welfare.score);
    m
}

/// Residential price across regions, weighted by residential energy (as `sim` prints it).
pub fn national_cents(r: &TurnReport, params: &Params) -> f64 {
    let mut energy = 0.0;
    let mut cost = 0.0;
    for (rr, p) in r.regions.iter().zip(&params.regions) {
        let w = p.households_m * p.residential_kwh_month;
        energy += w;
        cost += w * rr.residential_cents;
    }
    if energy > 0.0 { cost / energy } else { 0.0 }
}

/// The i18n key of a figure's label and the region or company it belongs to, if any.
pub fn label_of(key: &str) -> Option<(&'static str, Option<&str>)> {
    if let Some((_, label, _)) = NATIONAL.iter().find(|(k, _, _)| *k == key) {
        return Some((label, None));
    }
    if key == WELFARE {
        return Some(("metric-score-welfare", None));
    }
    if let Some(seat) = key.strip_prefix("score.") {
        return Seat::parse(seat).map(|_| ("metric-score", Some(seat)));
    }
    let (owner, name) = key.split_once('.')?;
    if CompanyId::ALL.iter().any(|c| c.id() == owner) {
        CORPORATE
            .iter()
            .find(|(k, _, _)| *k == name)
            .map(|(_, label, _)| (*label, Some(owner)))
    } else {
        REGIONAL
            .iter()
            .find(|(k, _, _)| *k == name)
            .map(|(_, label, _)| (*label, Some(owner)))
    }
}

/// A figure's label in a language ("Texas: reserve margin"); the key itself if unknown.
pub fn label(texts: &Texts, key: &str, params: &Params) -> String {
    match label_of(key) {
        Some((label, None)) => texts.get(label),
        Some((label, Some(owner))) => {
            let name = if let Some(r) = params.regions.iter().find(|r| r.id == owner) {
                texts.region(owner, &r.name)
            } else if Seat::parse(owner).is_some() {
                texts.get(&format!("seat-{owner}"))
            } else {
                texts.get(&format!("company-{owner}"))
            };
            texts.with(label, &[("owner", Arg::Text(name))])
        }
        None => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_keep_their_order_and_read_null_as_nan() {
        let m = Metrics(vec![("b".into(), 1.5), ("a".into(), f64::NAN)]);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"b":1.5,"a":null}"#);
        let back: Metrics = serde_json::from_str(&json).unwrap();
        assert_eq!(back.0[0], ("b".to_string(), 1.5));
        assert!(back.get("a").unwrap().is_nan());
        assert!(back.get("c").is_none());
    }

    #[test]
    fn every_key_of_a_real_turn_has_a_label() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut game = crate::game::Game::new(s.clone(), 1);
        let orders = game.world.last_orders.clone();
        game.play(orders);
        let m = metrics(&game.turns[0].report, &s.params);
        assert!(m.0.len() > 40);
        for key in m.keys() {
            assert!(label_of(key).is_some(), "{key}");
        }
        assert!(m.0.iter().all(|(_, v)| v.is_finite()));
        assert!(m.get("texas.reserve_margin").is_some());
        assert!(m.get("oracle.spread_bp").is_some());
        assert!(m.get(WELFARE).is_some());
        let en = Texts::new(crate::i18n::Lang::En);
        assert_eq!(
            label(&en, "texas.reserve_margin", &s.params),
            "Texas: reserve margin"
        );
        assert_eq!(
            label(&en, "oracle.spread_bp", &s.params),
            "Oracle: credit spread (bp)"
        );
        assert_eq!(label(&en, "score.utility", &s.params), "Utility: score");
        let zh = Texts::new(crate::i18n::Lang::ZhHant);
        for key in m.keys() {
            let text = label(&zh, key, &s.params);
            assert!(
                !text.contains("metric-") && !text.contains('{'),
                "{key}: {text}"
            );
        }
    }
}
