//! Every bot move's one-line reason, as data: which order mattered most, from what to what,
//! and (for experts) the gain it expects and the plans it weighed. Saves keep it beside the
//! orders; the replay viewer, the debrief, the facilitator console and plain mode word it in
//! the player's language (`report::reasons`).

use super::planner::Plan;
use crate::engine::orders::{FieldKind, SeatOrders, Value, fields};
use crate::engine::{Orders, Rngs, World, preview, score::seat_score};
use serde::{Deserialize, Serialize};

/// Why a bot played its orders this quarter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The bot's level (`easy`, `normal`, `hard`, `expert`) and personality.
    pub level: String,
    pub personality: String,
    /// The order that mattered most (a field key of the seat's orders), if any changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// The region, for regional orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<usize>,
    /// Rule bots: the standing value. Experts: what their hard plan would have ordered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Value>,
    /// Experts: expected score at the horizon over the hard plan, points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gain: Option<f64>,
    /// Experts: plan evaluations spent on the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans: Option<u32>,
    /// Experts: a rule change was dropped because it promised no clear gain.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rule_kept: bool,
    /// The parts of the seat's score the move changes most (part message key, points), largest
    /// first: an expert's expected at its plan's horizon, a rule bot's projected for this
    /// quarter (only where reasons are read, see `Controllers::explaining`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Effect>,
}

/// A score part's expected change from a move.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    /// The part's message key (e.g. `score-rates`).
    pub part: String,
    pub points: f64,
}

impl Reason {
    /// An expert's reason, from its plan.
    pub fn of_plan(personality: &str, plan: &Plan) -> Reason {
        let changed = plan.key.is_some() && plan.from.is_some() && plan.to.is_some();
        Reason {
            level: "expert".into(),
            personality: personality.to_string(),
            order: plan.key.filter(|_| changed).map(str::to_string),
            region: plan.region.filter(|_| changed),
            from: plan.from.filter(|_| changed),
            to: plan.to.filter(|_| changed),
            gain: Some(plan.gain),
            plans: Some(plan.evaluations),
            rule_kept: plan.rule_kept,
            effects: if changed {
                plan.effects.clone()
            } else {
                Vec::new()
            },
        }
    }

    /// A rule bot's reason: the order its rules moved furthest from what stood, measured as a
    /// share of the field's range (a toggle or choice flipped counts as the whole range), rules
    /// before one-offs on a tie.
    pub fn of_rules(
        level: &str,
        personality: &str,
        standing: &SeatOrders,
        orders: &SeatOrders,
        regions: usize,
    ) -> Reason {
        let mut best: Option<(f64, &'static str, Option<usize>, Value, Value)> = None;
        for spec in fields(orders.seat()) {
            let (span, count) = match spec.kind {
                FieldKind::Number { min, max, .. } => ((max - min).max(1e-9), 1),
                FieldKind::Regional { min, max, .. } => ((max - min).max(1e-9), regions.max(1)),
                FieldKind::Toggle | FieldKind::Choice(_) => (1.0, 1),
            };
            for region in 0..count {
                let (Some(before), Some(after)) =
                    (standing.get(spec.key, region), orders.get(spec.key, region))
                else {
                    continue;
                };
                let moved = match (before, after) {
                    (Value::Number(a), Value::Number(b)) => (b - a).abs() / span,
                    (a, b) if a != b => 1.0,
                    _ => 0.0,
                };
                if moved > 1e-9 && best.as_ref().is_none_or(|(m, ..)| moved > *m) {
                    let region = spec.is_regional().then_some(region);
                    best = Some((moved, spec.key, region, before, after));
                }
            }
        }
        let mut reason = Reason {
            level: level.to_string(),
            personality: personality.to_string(),
            ..Reason::default()
        };
        if let Some((_, key, region, from, to)) = best {
            reason.order = Some(key.to_string());
            reason.region = region;
            reason.from = Some(from);
            reason.to = Some(to);
        }
        reason
    }

    pub fn is_expert(&self) -> bool {
        self.plans.is_some()
    }
}

/// Score parts whose change is worth naming in a reason, points. Assumption: a tenth of a
/// point is the smallest change the score screen shows.
const EFFECT_MIN_POINTS: f64 = 0.1;
/// Parts named in a reason at most: the line stays one line.
const EFFECTS_SHOWN: usize = 2;

/// The effects a reason names: those of at least [`EFFECT_MIN_POINTS`], largest first, at
/// most [`EFFECTS_SHOWN`].
pub fn largest_effects(effects: impl IntoIterator<Item = Effect>) -> Vec<Effect> {
    let mut effects: Vec<Effect> = effects
        .into_iter()
        .filter(|e| e.points.abs() >= EFFECT_MIN_POINTS)
        .collect();
    effects.sort_by(|a, b| b.points.abs().total_cmp(&a.points.abs()));
    effects.truncate(EFFECTS_SHOWN);
    effects
}

/// Seeds the projections of rule bots' moves. Not a model parameter: any fixed seed pairs the
/// two projections (with and without the move), which is all the comparison needs.
const PROJECTION_SEED: u64 = 0x7265_6173_6f6e;

/// What a rule bot's move (the order its rules moved furthest) does to its seat's score this
/// quarter: the quarter projected with its orders and with that order left as it stood, the
/// others' orders standing and no event cards, as the order form's preview projects a draft.
pub fn rule_effects(world: &World, standing: &SeatOrders, orders: &SeatOrders) -> Vec<Effect> {
    let reason = Reason::of_rules("", "", standing, orders, world.regions.len());
    let (Some(key), Some(from)) = (reason.order.as_deref(), reason.from) else {
        return Vec::new();
    };
    let seat = orders.seat();
    let mut without = orders.clone();
    without.set(key, reason.region.unwrap_or(0), from);
    let rngs = Rngs::new(PROJECTION_SEED ^ u64::from(world.turn));
    let project = |seat_orders: &SeatOrders| {
        let mut all: Orders = world.last_orders.carried_forward();
        all.set_seat(seat_orders.clone());
        seat_score(&preview::project(world, &all, &rngs), seat).parts
    };
    let (with, before) = (project(orders), project(&without));
    largest_effects(with.into_iter().filter_map(|p| {
        let b = before.iter().find(|b| b.key == p.key)?;
        Some(Effect {
            points: p.points - b.points,
            part: p.key,
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::orders::UtilityOrders;

    #[test]
    fn a_rule_reason_names_the_order_moved_furthest() {
        let standing = SeatOrders::Utility(UtilityOrders {
            large_load_share: 0.3,
            approve_mw: vec![0.0; 2],
            ..UtilityOrders::default()
        });
        let mut after = standing.clone();
        assert!(after.set("large_load_share", 0, Value::Number(0.6)));
        assert!(after.set("approve_mw", 1, Value::Number(250.0)));
        let reason = Reason::of_rules("hard", "ratepayer", &standing, &after, 2);
        assert_eq!(reason.order.as_deref(), Some("large_load_share"));
        assert_eq!(reason.from, Some(Value::Number(0.3)));
        assert_eq!(reason.to, Some(Value::Number(0.6)));
        let same = Reason::of_rules("hard", "ratepayer", &standing, &standing, 2);
        assert_eq!(same.order, None);
    }

    #[test]
    fn a_rule_moves_effects_are_the_score_parts_it_changes_this_quarter() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let world = World::new(s.params.clone(), s.hash.clone());
        let standing = world
            .last_orders
            .seat(crate::engine::Seat::WhiteHouse)
            .carried_forward();
        let mut granting = standing.clone();
        assert!(granting.set("subsidy_bn", 0, Value::Number(50.0)));
        let effects = rule_effects(&world, &standing, &granting);
        assert!(!effects.is_empty() && effects.len() <= 2, "{effects:?}");
        assert!(effects.iter().all(|e| e.points.abs() >= 0.1), "{effects:?}");
        // Grants cost the budget this quarter; their jobs come later.
        let deficit = effects.iter().find(|e| e.part == "score-deficit");
        assert!(deficit.is_some_and(|e| e.points < 0.0), "{effects:?}");
        assert!(rule_effects(&world, &standing, &standing).is_empty());
    }

    #[test]
    fn a_reason_survives_a_save_and_an_old_record_without_one() {
        let reason = Reason {
            level: "expert".into(),
            personality: "growth".into(),
            order: Some("large_load_share".into()),
            from: Some(Value::Number(0.3)),
            to: Some(Value::Number(0.6)),
            gain: Some(4.1),
            plans: Some(800),
            ..Reason::default()
        };
        let json = serde_json::to_string(&reason).unwrap();
        assert_eq!(serde_json::from_str::<Reason>(&json).unwrap(), reason);
        let bare: Reason = serde_json::from_str(r#"{"level":"hard","personality":"x"}"#).unwrap();
        assert_eq!(bare.order, None);
        assert!(!bare.is_expert());
    }
}
