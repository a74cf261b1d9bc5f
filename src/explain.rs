//! Why a quarter's figures changed, for a game in progress or a save: finds the world at the
//! start of the quarter and hands it to the engine's attribution. Computed on demand, never in
//! every resolve, so headless runs keep their speed.

use crate::engine::World;
use crate::engine::attribution::{self, Attribution};
use crate::game::{Controllers, Game};
use crate::save::Replay;

/// The world at the start of quarter `t` (0-based), replayed from the seed and the recorded
/// orders. None when `t` is past the game, or when a replayed quarter's hash differs from the
/// recorded one (a facilitator changed the world between quarters, and an override rewrites the
/// hash of the quarter before it: use the save's replay).
pub fn world_before(game: &Game, t: usize) -> Option<World> {
    if t > game.turns.len() {
        return None;
    }
    if t == game.turns.len() {
        return Some(game.world.clone());
    }
    let mut replayed = Game::new(game.scenario.clone(), game.seed);
    for turn in &game.turns[..t] {
        replayed.play(turn.orders.clone());
        let hash = &replayed.turns.last()?.hash;
        if *hash != turn.hash {
            return None;
        }
    }
    Some(replayed.world)
}

/// The causes of quarter `t`'s changes (0-based), or None as for [`world_before`].
pub fn quarter(game: &Game, t: usize) -> Option<Attribution> {
    let turn = game.turns.get(t)?;
    let start = world_before(game, t)?;
    let previous = t.checked_sub(1).map(|p| &game.turns[p].report);
    Some(attribution::attribute(
        &start,
        previous,
        &turn.orders,
        &game.rngs,
    ))
}

/// The causes of the last quarter played, if any.
pub fn last_quarter(game: &Game) -> Option<Attribution> {
    quarter(game, game.turns.len().checked_sub(1)?)
}

/// The causes of quarter `t` of a replayed save, from the replay's own worlds (so facilitator
/// overrides between quarters stand).
pub fn quarter_in_replay(replay: &Replay, t: usize) -> Option<Attribution> {
    let turn = replay.turn(t)?;
    let start = replay.world(t)?;
    let previous = t
        .checked_sub(1)
        .and_then(|p| replay.turn(p))
        .map(|p| &p.report);
    Some(attribution::attribute(
        start,
        previous,
        &turn.orders,
        &replay.game.rngs,
    ))
}

/// Plays up to `turns` quarters as [`crate::game::play_out`] does, explaining each one as it
/// goes (one extra set of counterfactual quarters per quarter, no replay from the start).
pub fn play_out_explained(
    game: &mut Game,
    controllers: &mut Controllers,
    turns: u32,
) -> Vec<Attribution> {
    let mut explained = Vec::new();
    for _ in 0..turns {
        if game.is_over() {
            break;
        }
        let orders = controllers.all_orders(game);
        let start = game.world.clone();
        let previous = game.last_report().cloned();
        game.play(orders.clone());
        explained.push(attribution::attribute(
            &start,
            previous.as_ref(),
            &orders,
            &game.rngs,
        ));
    }
    explained
}
