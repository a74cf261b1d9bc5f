//! What a workshop facilitator did to a game, kept in its save so replays and the debrief show
//! it. Injects are not here: they travel in `Orders::injects` and replay with the orders.

use crate::engine::check::{MAX_COUNT, check};
use crate::engine::{Orders, World, state_hash};
use crate::game::Game;
use crate::save::SeatIntent;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FacilitatorAction {
    /// A model outcome set by hand once the quarter resolved. `pointer` is a JSON pointer into
    /// the world as the save format writes it (e.g. `/regions/0/retail/bill_month`); replays
    /// apply it before checking the quarter's hash.
    Override {
        pointer: String,
        #[serde(deserialize_with = "scalar")]
        value: serde_json::Value,
        #[serde(default)]
        reason: String,
    },
    /// A quarter played and then rewound: kept for the debrief, skipped by replays, with what
    /// the seats said they meant by the orders taken back (older saves have none).
    Rewound {
        orders: Box<Orders>,
        hash: String,
        #[serde(default)]
        reason: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        intents: Vec<SeatIntent>,
    },
    /// Anything else worth telling the room later (a pause, a timer that ran out).
    Note { text: String },
}

/// An action and the quarter it belongs to (0-based): an override or note to the quarter just
/// resolved, a rewind to the quarter that was played again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacilitatorEntry {
    pub turn: u32,
    pub action: FacilitatorAction,
}

/// Figures an override may set are at most this large: far past any real one, small enough that
/// the rules' sums stay finite.
pub const MAX_FIGURE: f64 = 1e15;

/// Sets one figure of the game's current world, as an override does, and re-hashes the last
/// quarter so the save records the world the next quarter starts from. The new value must have
/// the kind (number, whole number, true/false, text) of the one it replaces, and the world it
/// makes must pass the engine's checks (regions, turns and dates that exist); otherwise nothing
/// changes and the error says why.
pub fn apply_override(
    game: &mut Game,
    pointer: &str,
    value: &serde_json::Value,
) -> Result<(), String> {
    let mut tree = serde_json::to_value(&game.world).map_err(|e| e.to_string())?;
    let slot = tree
        .pointer_mut(pointer)
        .ok_or_else(|| format!("override {pointer}: no such figure in the world"))?;
    check_value(slot, value).map_err(|allowed| {
        format!("override {pointer}: {value} cannot replace {slot}: {allowed}")
    })?;
    *slot = value.clone();
    let mut world: World =
        serde_json::from_value(tree).map_err(|e| format!("override {pointer}: {e}"))?;
    world.params = game.world.params.clone();
    check(&world).map_err(|e| {
        let e = e.strip_prefix(&format!("{pointer}: ")).unwrap_or(&e);
        format!("override {pointer} = {value}: {e}")
    })?;
    game.world = world;
    if let Some(last) = game.turns.last_mut() {
        last.hash = state_hash(&game.world);
    }
    Ok(())
}

/// The new value is of the old one's kind and within range; the error says what is allowed.
fn check_value(old: &serde_json::Value, new: &serde_json::Value) -> Result<(), String> {
    use serde_json::Value;
    match (old, new) {
        (Value::Number(o), Value::Number(n)) if o.is_u64() => match n.as_u64() {
            Some(v) if v <= u64::from(MAX_COUNT) => Ok(()),
            _ => Err(format!("a whole number 0..={MAX_COUNT}")),
        },
        (Value::Number(o), Value::Number(n)) if o.is_i64() => match n.as_i64() {
            Some(v) if v.unsigned_abs() <= u64::from(MAX_COUNT) => Ok(()),
            _ => Err(format!("a whole number -{MAX_COUNT}..={MAX_COUNT}")),
        },
        (Value::Number(_), Value::Number(n)) => match n.as_f64() {
            Some(v) if v.is_finite() && v.abs() <= MAX_FIGURE => Ok(()),
            _ => Err(format!("a number -{MAX_FIGURE:e}..={MAX_FIGURE:e}")),
        },
        (Value::Bool(_), Value::Bool(_)) | (Value::String(_), Value::String(_)) => Ok(()),
        _ => Err("a number, true/false or text of the same kind".into()),
    }
}

/// Reads an override's value, refusing arrays and objects (no figure is one) before they are
/// built in memory.
pub(crate) fn scalar<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<serde_json::Value, D::Error> {
    struct Scalar;
    impl serde::de::Visitor<'_> for Scalar {
        type Value = serde_json::Value;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a number, true/false or text")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(v.into())
        }
    }
    deserializer.deserialize_any(Scalar)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one_turn() -> Game {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut game = Game::new(s, 3);
        let orders = game.world.last_orders.clone();
        game.play(orders);
        game
    }

    #[test]
    fn an_override_to_the_same_value_keeps_the_hash() {
        let mut game = one_turn();
        let before = game.turns[0].hash.clone();
        let current =
            serde_json::to_value(&game.world).unwrap()["regions"][0]["retail"]["bill_month"]
                .clone();
        apply_override(&mut game, "/regions/0/retail/bill_month", &current).unwrap();
        assert_eq!(game.turns[0].hash, before);
        assert_eq!(state_hash(&game.world), before);
    }

    #[test]
    fn an_override_changes_the_world_and_its_hash() {
        let mut game = one_turn();
        let before = game.turns[0].hash.clone();
        apply_override(&mut game, "/regions/0/retail/bill_month", &json!(999.0)).unwrap();
        assert_eq!(game.world.regions[0].retail.bill_month, 999.0);
        assert_ne!(game.turns[0].hash, before);
        assert!(!game.world.params.regions.is_empty(), "params reattached");
    }

    #[test]
    fn bad_overrides_are_refused_and_change_nothing() {
        let mut game = one_turn();
        let before = game.turns[0].hash.clone();
        let err = apply_override(&mut game, "/no/such", &json!(1)).unwrap_err();
        assert!(err.contains("no such figure"), "{err}");
        let err =
            apply_override(&mut game, "/regions/0/retail/bill_month", &json!("x")).unwrap_err();
        assert!(err.contains("cannot replace"), "{err}");
        let err = apply_override(&mut game, "/projects/0/region", &json!(99)).unwrap_err();
        assert!(err.contains("99 is not a region"), "{err}");
        let err = apply_override(&mut game, "/records/loss_events", &json!(u32::MAX)).unwrap_err();
        assert!(err.contains("a whole number 0..=100000"), "{err}");
        let err = apply_override(&mut game, "/market/index", &json!(1e300)).unwrap_err();
        assert!(err.contains("cannot replace"), "{err}");
        let err = apply_override(&mut game, "/turn", &json!(0)).unwrap_err();
        assert!(err.contains("/date"), "{err}");
        assert_eq!(state_hash(&game.world), before);
    }
}
