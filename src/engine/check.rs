//! What a world must hold for the rules to run on it: indices in range, a turn and date that fit
//! the game, turn numbers that cannot overflow. Worlds `resolve` makes always pass; a world
//! changed by hand (a facilitator's override) is checked before the rules see it.

use super::ids::{CompanyId, Good};
use super::state::World;

/// Not a model parameter: turn numbers and counts stay at or below this, far past any game, so
/// `turn + n` cannot overflow.
pub const MAX_COUNT: u32 = 100_000;

/// The first problem found, as "/pointer: what is wrong (what is allowed)".
pub fn check(world: &World) -> Result<(), String> {
    shape(world)?;
    projects(world)?;
    deals(world)?;
    counts(world)?;
    world
        .last_orders
        .validate(&world.params)
        .map_err(|e| format!("/last_orders: {e}"))
}

fn shape(world: &World) -> Result<(), String> {
    let p = &world.params;
    let regions = p.regions.len();
    let lengths = [
        ("/regions", world.regions.len(), regions),
        ("/companies", world.companies.len(), CompanyId::ALL.len()),
        ("/supply/goods", world.supply.goods.len(), Good::ALL.len()),
        (
            "/utility/rate_base_bn",
            world.utility.rate_base_bn.len(),
            regions,
        ),
        (
            "/utility/rate_base_start_bn",
            world.utility.rate_base_start_bn.len(),
            regions,
        ),
        (
            "/utility/upgrade_requirement_bn_yr",
            world.utility.upgrade_requirement_bn_yr.len(),
            regions,
        ),
    ];
    for (key, len, needed) in lengths {
        if len != needed {
            return Err(format!("{key}: {len} entries, the scenario needs {needed}"));
        }
    }
    for (i, (c, id)) in world.companies.iter().zip(CompanyId::ALL).enumerate() {
        if c.id != id {
            return Err(format!("/companies/{i}/id: must stay {}", id.id()));
        }
    }
    let turns = p.scenario.turns;
    if world.turn > turns {
        return Err(format!(
            "/turn: {} is not allowed: 0..={turns} (the game's quarters)",
            world.turn
        ));
    }
    let date = p.scenario.start.plus(world.turn);
    if world.date != date {
        return Err(format!(
            "/date: {} does not match turn {} (it must be {date})",
            world.date, world.turn
        ));
    }
    Ok(())
}

fn projects(world: &World) -> Result<(), String> {
    let regions = world.regions.len();
    for (i, p) in world.projects.iter().enumerate() {
        if p.region >= regions {
            return Err(format!(
                "/projects/{i}/region: {} is not a region: allowed 0..={}",
                p.region,
                regions.saturating_sub(1)
            ));
        }
        if p.complete_turn < p.start_turn {
            return Err(format!(
                "/projects/{i}: completes (turn {}) before it starts (turn {})",
                p.complete_turn, p.start_turn
            ));
        }
    }
    Ok(())
}

fn deals(world: &World) -> Result<(), String> {
    for (i, c) in world.contracts.iter().enumerate() {
        if c.end_turn < c.start_turn {
            return Err(format!(
                "/contracts/{i}: ends (turn {}) before it starts (turn {})",
                c.end_turn, c.start_turn
            ));
        }
        if !(c.settled_bn >= 0.0 && c.settled_bn <= c.value_bn() * (1.0 + 1e-9) + 1e-9) {
            return Err(format!(
                "/contracts/{i}/settled_bn: {} is not allowed: 0..={:.3}, the contract's value",
                c.settled_bn,
                c.value_bn()
            ));
        }
    }
    for (i, s) in world.spvs.iter().enumerate() {
        if s.end_turn < s.signed_turn {
            return Err(format!(
                "/spvs/{i}: ends (turn {}) before it is signed (turn {})",
                s.end_turn, s.signed_turn
            ));
        }
    }
    Ok(())
}

/// Every turn number and count the rules add to.
fn counts(world: &World) -> Result<(), String> {
    let mut all: Vec<(String, u32)> = vec![
        ("/records/blackouts".into(), world.records.blackouts),
        ("/records/loss_events".into(), world.records.loss_events),
        ("/records/downgrades".into(), world.records.downgrades),
    ];
    for (i, c) in world.companies.iter().enumerate() {
        all.push((
            format!("/companies/{i}/rating_changed_turn"),
            c.rating_changed_turn,
        ));
        for (j, b) in c.bonds.iter().enumerate() {
            all.push((
                format!("/companies/{i}/bonds/{j}/maturity_turn"),
                b.maturity_turn,
            ));
        }
    }
    for (i, p) in world.projects.iter().enumerate() {
        all.push((format!("/projects/{i}/complete_turn"), p.complete_turn));
    }
    for (i, c) in world.contracts.iter().enumerate() {
        all.push((format!("/contracts/{i}/end_turn"), c.end_turn));
        all.push((format!("/contracts/{i}/signed_turn"), c.signed_turn));
    }
    for (i, s) in world.spvs.iter().enumerate() {
        all.push((format!("/spvs/{i}/end_turn"), s.end_turn));
    }
    if let Some(since) = world.policy.ride_through_since {
        all.push(("/policy/ride_through_since".into(), since));
    }
    if let Some((_, until)) = world.policy.lobbying_cap {
        all.push(("/policy/lobbying_cap/1".into(), until));
    }
    match all.into_iter().find(|(_, v)| *v > MAX_COUNT) {
        Some((key, v)) => Err(format!("{key}: {v} is not allowed: 0..={MAX_COUNT}")),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world() -> World {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        World::new(s.params.clone(), s.hash.clone())
    }

    #[test]
    fn a_fresh_world_and_a_played_one_pass() {
        let w = world();
        check(&w).unwrap();
        let mut rngs = super::super::Rngs::new(1);
        let (next, _) = super::super::resolve(&w, &w.last_orders, &mut rngs);
        check(&next).unwrap();
    }

    #[test]
    fn broken_worlds_name_the_figure() {
        let mut w = world();
        w.turn = 99;
        assert!(check(&w).unwrap_err().starts_with("/turn: 99"));
        let mut w = world();
        w.records.loss_events = u32::MAX;
        assert!(check(&w).unwrap_err().starts_with("/records/loss_events"));
        let mut w = world();
        w.companies.swap(0, 1);
        assert!(check(&w).unwrap_err().starts_with("/companies/0/id"));
        let mut w = world();
        w.last_orders.oracle.bond_bn = 1e9;
        assert!(check(&w).unwrap_err().contains("oracle.bond_bn"));
    }
}
