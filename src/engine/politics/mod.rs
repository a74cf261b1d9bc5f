//! Households and politics. Each concern has its module: `budget` runs the federal budget of
//! the White House's programmes and the yields it moves, `trade` the tariffs, `approval` jobs
//! and approval, `elections` the votes and a divided Congress.

pub mod approval;
pub mod budget;
pub mod elections;
pub mod trade;

use super::orders::Orders;
use super::report::TurnReport;
use super::rng::Rngs;
use super::state::World;

/// Year-on-year change of the household-weighted residential bill.
pub fn national_bill_growth(world: &World) -> f64 {
    let mut now = 0.0;
    let mut then = 0.0;
    for (r, p) in world.regions.iter().zip(&world.params.regions) {
        if let Some(first) = r.bill_history.first() {
            now += r.retail.bill_month * p.households_m;
            then += first * p.households_m;
        }
    }
    if then > 0.0 { now / then - 1.0 } else { 0.0 }
}

/// The White House's programmes and tariffs at the start of the quarter.
pub fn budget(world: &mut World, orders: &Orders, rngs: &Rngs, report: &mut TurnReport) {
    budget::programmes(world, orders, report);
    trade::step(world, &orders.whitehouse, rngs, report);
}

/// Effects on approval from events and outages this quarter.
#[derive(Clone, Debug, Default)]
pub struct PoliticsShocks {
    pub approval_points: f64,
    /// Households blacked out by events, thousands, per region.
    pub event_outage_k: Vec<f64>,
}

/// Jobs, approval, elections, Congress, and the close of the quarter's budget.
pub fn step(
    world: &mut World,
    orders: &Orders,
    shocks: &PoliticsShocks,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    // The deficits' inflation felt this quarter: the year to last quarter's, read before this
    // quarter's budget closes.
    let fiscal_inflation = budget::fiscal_inflation(world);
    approval::jobs(world);
    let before = approval::step(world, orders, shocks, rngs, report);
    elections::hold(world, rngs, report);
    elections::congress(world, rngs, report);
    budget::close(world, report);

    let pol = &world.politics;
    let r = &mut report.politics;
    r.approval = pol.approval;
    r.approval_change = pol.approval - before;
    r.jobs_k = pol.jobs_k;
    r.tariff_inflation = pol.tariff_inflation;
    r.fiscal_inflation = fiscal_inflation;
    r.inflation_felt = pol.inflation_felt;
    r.budget_cost_bn = pol.budget_cost_bn;
    r.tariff_revenue_bn = pol.tariff_revenue_bn;
    r.divided = pol.divided;
    r.budget = pol.quarter.clone();
    r.debt_bn = pol.debt_bn;
    r.yield_premium_bp = pol.yield_premium_bp;
    r.retaliation = pol.retaliation;
    r.tariff_jobs = pol.tariff_jobs.clone();
}
