//! Manufacturing jobs and the White House's approval per region: a target set by bills, prices,
//! wealth, jobs, relief and the deficit, reached gradually, with shocks on top.

use super::PoliticsShocks;
use crate::engine::orders::{Orders, Statement};
use crate::engine::report::{ApprovalPull, TurnReport};
use crate::engine::rng::{Purpose, Rngs};
use crate::engine::state::World;

/// Lowest and highest approval a region can reach. Gallup's presidential approval has ranged
/// from 22% (Truman, 1952) to 90% (G. W. Bush, 2001); the bounds, wider, only stop shocks
/// running off.
const APPROVAL_RANGE: (f64, f64) = (0.05, 0.95);

/// Manufacturing jobs drift towards a level set by the tariffs and the grants paid so far.
pub fn jobs(world: &mut World) {
    let p = &world.params.politics;
    let t = &world.politics.tariff_jobs;
    let target =
        p.jobs_start_k + t.protected_k - t.downstream_k - t.exports_k + world.politics.grant_jobs_k;
    world.politics.jobs_k += p.jobs_adjustment * (target - world.politics.jobs_k);
}

fn index_growth(world: &World) -> f64 {
    match world.market.index_history.iter().rev().nth(4) {
        Some(then) if *then > 0.0 => world.market.index / then - 1.0,
        _ => world.market.index / 100.0 - 1.0,
    }
}

fn region_bill_growth(world: &World, r: usize) -> f64 {
    let region = &world.regions[r];
    match region.bill_history.first() {
        Some(first) if *first > 0.0 => region.retail.bill_month / first - 1.0,
        _ => 0.0,
    }
}

/// Approval target of a region from the conditions households see, part by part, in points.
/// The deficit and prices enter as last known: the deficit of the year to last quarter, prices
/// as they reach stores.
fn pull(world: &World, r: usize) -> ApprovalPull {
    let p = &world.params.politics;
    let pol = &world.politics;
    ApprovalPull {
        anchor: p.approval_anchor * 100.0,
        bills: -p.bill_weight * (region_bill_growth(world, r) * 100.0).max(-5.0),
        prices: -p.inflation_weight * pol.inflation_felt * 100.0,
        wealth: p.wealth_weight * index_growth(world) * 100.0,
        jobs: p.jobs_weight * (pol.jobs_k - p.jobs_start_k) / 100.0,
        relief: p.relief_weight * (pol.relief_per_household - pol.relief_expected_per_household)
            / 100.0,
        deficit: -p.deficit_weight * super::budget::deficit_gdp_points(world).max(0.0),
    }
}

/// Approval per region and nationally; returns the national figure before this quarter.
pub fn step(
    world: &mut World,
    orders: &Orders,
    shocks: &PoliticsShocks,
    rngs: &Rngs,
    report: &mut TurnReport,
) -> f64 {
    let params = world.params.clone();
    let p = &params.politics;
    let mut rng = rngs.stream(Purpose::Politics, world.turn, 0);
    let statement = p.statement_points
        * match orders.whitehouse.statement {
            Statement::Quiet => 0.0,
            Statement::Confident => world.market.credibility.whitehouse.clamp(0.0, 1.0),
            Statement::Cautious => -1.0,
        };
    let before = world.politics.approval;
    let total_pop: f64 = params
        .regions
        .iter()
        .map(|r| r.politics.population_m)
        .sum::<f64>()
        .max(1e-9);
    let mut national = 0.0;
    let mut national_pull = ApprovalPull::default();
    for r in 0..params.regions.len() {
        let rr = &report.regions[r];
        let faults = &rr.faults;
        let households_k = params.regions[r].households_k();
        let outage_k: f64 = faults.iter().map(|f| f.households_k).sum::<f64>()
            + rr.shed_households_k(households_k)
            + shocks.event_outage_k.get(r).copied().unwrap_or(0.0);
        let outage_share = outage_k / households_k.max(1e-9);
        let pull = pull(world, r);
        let weight = params.regions[r].politics.population_m / total_pop;
        national_pull.add_weighted(&pull, weight);
        let target = pull.target() / 100.0;
        let shock =
            (-p.blackout_weight * outage_share * 100.0 + shocks.approval_points + statement)
                / 100.0;
        let region = &mut world.regions[r];
        region.approval +=
            p.reversion * (target - region.approval) + shock + p.noise / 100.0 * rng.normal();
        region.approval = region.approval.clamp(APPROVAL_RANGE.0, APPROVAL_RANGE.1);
        region.outage_household_hours_m += faults
            .iter()
            .map(|f| f.households_k * f.hours / 1000.0)
            .sum::<f64>()
            + rr.shed_household_hours_m(households_k);
        national += region.approval * params.regions[r].politics.population_m / total_pop;
        report.regions[r].approval = region.approval;
    }
    world.politics.approval = national;
    world.politics.approval_history.push(national);
    report.politics.approval_pull = Some(national_pull);
    before
}
