//! What a workshop facilitator did to a game, kept in its save so replays and the debrief show
//! it. Injects are not here: they travel in `Orders::injects` and replay with the orders.

use crate::engine::{Orders, World, state_hash};
use crate::game::Game;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FacilitatorAction {
    /// A model outcome set by hand once the quarter resolved. `pointer` is a JSON pointer into
    /// the world as the save format writes it (e.g. `/regions/0/retail/bill_month`); replays
    /// apply it before checking the quarter's hash.
    Override {
        pointer: String,
        value: serde_json::Value,
        #[serde(default)]
        reason: String,
    },
    /// A quarter played and then rewound: kept for the debrief, skipped by replays.
    Rewound {
        orders: Box<Orders>,
        hash: String,
        #[serde(default)]
        reason: String,
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

/// Sets one figure of the game's current world, as an override does, and re-hashes the last
/// quarter so the save records the world the next quarter starts from. The new value must have
/// the kind (number, true/false, text) of the one it replaces.
pub fn apply_override(
    game: &mut Game,
    pointer: &str,
    value: &serde_json::Value,
) -> Result<(), String> {
    let mut tree = serde_json::to_value(&game.world).map_err(|e| e.to_string())?;
    let slot = tree
        .pointer_mut(pointer)
        .ok_or_else(|| format!("override {pointer}: no such figure in the world"))?;
    let same_kind = matches!(
        (&*slot, value),
        (serde_json::Value::Number(_), serde_json::Value::Number(_))
            | (serde_json::Value::Bool(_), serde_json::Value::Bool(_))
            | (serde_json::Value::String(_), serde_json::Value::String(_))
    );
    if !same_kind {
        return Err(format!(
            "override {pointer}: {value} cannot replace {slot} (a number, true/false or text of the same kind)"
        ));
    }
    *slot = value.clone();
    let mut world: World =
        serde_json::from_value(tree).map_err(|e| format!("override {pointer}: {e}"))?;
    world.params = game.world.params.clone();
    game.world = world;
    if let Some(last) = game.turns.last_mut() {
        last.hash = state_hash(&game.world);
    }
    Ok(())
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
        assert_eq!(state_hash(&game.world), before);
    }
}
