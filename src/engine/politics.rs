//! Households and politics: jobs, tariffs' inflation, the federal budget, approval per region,
//! elections and what losing one does.

use super::ids::Seat;
use super::ledger::{Account, Flow};
use super::orders::Orders;
use super::params::ElectionKind;
use super::report::{ElectionReport, Msg, Severity, Topic, TurnReport};
use super::rng::{Purpose, Rngs};
use super::state::{ElectionResult, World};
use crate::engine::ids::CompanyId;

/// Equipment capacity added per $B of manufacturing subsidy.
const SUBSIDY_CAPACITY_PER_BN: f64 = 0.01;
/// US households, millions (relief is paid nationally).
const US_HOUSEHOLDS_M: f64 = 131.0;
/// Seat swing per point of vote share beyond 50% (winner's bonus of single-member districts).
const SEAT_SWING: f64 = 2.0;

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

fn region_bill_growth(world: &World, r: usize) -> f64 {
    let region = &world.regions[r];
    match region.bill_history.first() {
        Some(first) if *first > 0.0 => region.retail.bill_month / first - 1.0,
        _ => 0.0,
    }
}

/// Subsidies, loan guarantees, relief and tariff revenue: the federal budget's side.
pub fn budget(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let wh = &orders.whitehouse;
    let p = world.params.politics.clone();
    let divided = world.politics.divided;
    let (subsidy, guarantees) = if divided {
        if wh.subsidy_bn > 0.0 || wh.loan_guarantee_bn > 0.0 {
            report.tell(
                Seat::WhiteHouse,
                Topic::Orders,
                Severity::Notice,
                Msg::new("news-congress-blocks"),
            );
        }
        (0.0, 0.0)
    } else {
        (wh.subsidy_bn, wh.loan_guarantee_bn)
    };
    let log = &mut report.transfers;
    let acc = &mut world.accounts;
    acc.pay(
        log,
        Account::Government,
        Account::Company(CompanyId::Oracle),
        subsidy * 0.4,
        Flow::Subsidy,
    );
    acc.pay(
        log,
        Account::Government,
        Account::Company(CompanyId::Hyperscalers),
        subsidy * 0.3,
        Flow::Subsidy,
    );
    acc.pay(
        log,
        Account::Government,
        Account::Suppliers,
        subsidy * 0.3,
        Flow::Subsidy,
    );
    acc.pay(
        log,
        Account::Government,
        Account::Households,
        wh.relief_bn,
        Flow::Relief,
    );
    world.policy.loan_guarantees_bn += guarantees;
    // The manufacturing part of subsidies adds domestic transformer and turbine capacity:
    // a faster build-out later.
    for good in [super::ids::Good::Transformer, super::ids::Good::Turbine] {
        let g = &mut world.supply.goods[good.index()];
        g.capacity_q *= 1.0 + SUBSIDY_CAPACITY_PER_BN * subsidy * 0.3;
    }
    world.politics.relief_per_household = wh.relief_bn * 1e9 / (US_HOUSEHOLDS_M * 1e6);
    // Broad tariffs raise revenue from importers (paid by households in the end).
    let tariff_points = (wh.chip_tariff + wh.equipment_tariff) * 50.0;
    let revenue = p.tariff_revenue_per_point_bn * tariff_points;
    world.accounts.pay(
        log,
        Account::Households,
        Account::Government,
        revenue,
        Flow::Tariff,
    );
    let pol = &mut world.politics;
    pol.tariff_revenue_bn += revenue;
    pol.budget_cost_bn += subsidy + wh.relief_bn + world.policy.loan_guarantees_bn * 0.005;
    pol.tariff_inflation = p.tariff_passthrough
        * p.tariffed_import_share
        * (0.5 * wh.chip_tariff + 0.5 * wh.equipment_tariff);
}

/// Effects on approval from events and outages this quarter.
#[derive(Clone, Debug, Default)]
pub struct PoliticsShocks {
    pub approval_points: f64,
    /// Households blacked out by events, thousands, per region.
    pub event_outage_k: Vec<f64>,
}

pub fn step(
    world: &mut World,
    orders: &Orders,
    shocks: &PoliticsShocks,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let params = world.params.clone();
    let p = &params.politics;
    let mut rng = rngs.stream(Purpose::Politics, world.turn, 0);

    // Manufacturing jobs drift towards a level set by tariffs and subsidies.
    let wh = &orders.whitehouse;
    let exempt = if wh.exempt_intermediate { 0.5 } else { 1.0 };
    let target = p.jobs_start_k
        + p.jobs_per_equipment_tariff_k * wh.equipment_tariff * 10.0 * exempt
        + p.jobs_per_chip_tariff_k * wh.chip_tariff * 10.0 * exempt
        + p.jobs_per_subsidy_bn_k
            * if world.politics.divided {
                0.0
            } else {
                wh.subsidy_bn
            };
    world.politics.jobs_k += p.jobs_adjustment * (target - world.politics.jobs_k);

    // Approval per region: a target set by conditions, reached gradually; shocks on top.
    let index_growth = match world.market.index_history.iter().rev().nth(4) {
        Some(then) if *then > 0.0 => world.market.index / then - 1.0,
        _ => world.market.index / 100.0 - 1.0,
    };
    let jobs_gain = world.politics.jobs_k - p.jobs_start_k;
    let inflation = world.politics.tariff_inflation;
    let relief = world.politics.relief_per_household;
    let statement = match wh.statement {
        super::orders::Statement::Quiet => 0.0,
        super::orders::Statement::Confident => 0.3,
        super::orders::Statement::Cautious => -0.3,
    };
    let before = world.politics.approval;
    let total_pop: f64 = params
        .regions
        .iter()
        .map(|r| r.politics.population_m)
        .sum::<f64>()
        .max(1e-9);
    let mut national = 0.0;
    for r in 0..params.regions.len() {
        let bill_growth = region_bill_growth(world, r);
        let outage_k: f64 = report.regions[r]
            .faults
            .iter()
            .map(|f| f.households_k)
            .sum::<f64>()
            + shocks.event_outage_k.get(r).copied().unwrap_or(0.0);
        let outage_share = outage_k / (params.regions[r].households_m * 1000.0).max(1e-9);
        let target = p.approval_anchor
            + (-p.bill_weight * (bill_growth * 100.0).max(-5.0)
                - p.inflation_weight * inflation * 100.0
                + p.wealth_weight * index_growth * 100.0
                + p.jobs_weight * jobs_gain / 100.0
                + p.relief_weight * relief / 100.0)
                / 100.0;
        let region = &mut world.regions[r];
        let shock =
            (-p.blackout_weight * outage_share * 100.0 + shocks.approval_points + statement)
                / 100.0;
        region.approval +=
            p.reversion * (target - region.approval) + shock + p.noise / 100.0 * rng.normal();
        region.approval = region.approval.clamp(0.05, 0.95);
        region.outage_household_hours_m += report.regions[r]
            .faults
            .iter()
            .map(|f| f.households_k * f.hours / 1000.0)
            .sum::<f64>();
        national += region.approval * params.regions[r].politics.population_m / total_pop;
        report.regions[r].approval = region.approval;
    }
    world.politics.approval = national;
    world.politics.approval_history.push(national);

    // Elections held this quarter.
    if let Some(election) = params
        .politics
        .elections
        .iter()
        .find(|e| e.date == world.date)
    {
        let mut erng = rngs.stream(Purpose::Elections, world.turn, 0);
        let mut seats = 0u32;
        let mut total = 0u32;
        let mut shares = Vec::new();
        for r in 0..params.regions.len() {
            let rp = &params.regions[r];
            let share = 0.5
                + rp.politics.lean
                + p.vote_swing * (world.regions[r].approval - p.neutral_approval)
                + p.vote_noise * erng.normal();
            let available = match election.kind {
                ElectionKind::Midterm => rp.politics.house_seats,
                ElectionKind::General => rp.politics.electoral_votes,
            };
            let won = match election.kind {
                ElectionKind::Midterm => (f64::from(available)
                    * (0.5 + SEAT_SWING * (share - 0.5)).clamp(0.0, 1.0))
                .round() as u32,
                // Regions hold several states; the share decides how many of them swing.
                ElectionKind::General => (f64::from(available)
                    * (0.5 + 4.0 * (share - 0.5)).clamp(0.0, 1.0))
                .round() as u32,
            };
            seats += won;
            total += available;
            shares.push(share);
        }
        let outside_share = 0.5
            + election.outside_lean
            + p.vote_swing * (national - p.neutral_approval)
            + p.vote_noise * erng.normal();
        let outside = match election.kind {
            ElectionKind::Midterm => (f64::from(election.outside_seats)
                * (0.5 + SEAT_SWING * (outside_share - 0.5)).clamp(0.0, 1.0))
            .round() as u32,
            // The states outside the model split: the share decides how many of them swing.
            ElectionKind::General => (f64::from(election.outside_seats)
                * (0.5 + 3.0 * (outside_share - 0.5)).clamp(0.0, 1.0))
            .round() as u32,
        };
        seats += outside;
        total += election.outside_seats;
        let won = seats >= election.needed;
        world.politics.elections.push(ElectionResult {
            date: world.date,
            kind: election.kind,
            seats_won: seats,
            needed: election.needed,
            won,
            approval: national,
        });
        if election.kind == ElectionKind::Midterm && !won {
            world.politics.divided = true;
        }
        report.politics.election = Some(ElectionReport {
            kind: election.kind,
            seats_won: seats,
            seats_total: total,
            needed: election.needed,
            won,
            region_shares: shares,
        });
        let key = match (election.kind, won) {
            (ElectionKind::Midterm, true) => "news-midterm-held",
            (ElectionKind::Midterm, false) => "news-midterm-lost",
            (ElectionKind::General, true) => "news-general-won",
            (ElectionKind::General, false) => "news-general-lost",
        };
        report.say(
            Topic::Politics,
            Severity::Alert,
            Msg::new(key)
                .num("seats", f64::from(seats))
                .num("needed", f64::from(election.needed)),
        );
    }

    // A divided Congress may impose who pays for the grid.
    if world.politics.divided
        && world.policy.congress_share.is_none()
        && rng.chance(p.congress_rule_chance)
    {
        world.policy.congress_share = Some(p.congress_rule_share);
        report.say(
            Topic::Politics,
            Severity::Alert,
            Msg::new("news-congress-rule").num("share", p.congress_rule_share),
        );
    }

    let pol = &world.politics;
    report.politics.approval = pol.approval;
    report.politics.approval_change = pol.approval - before;
    report.politics.jobs_k = pol.jobs_k;
    report.politics.tariff_inflation = pol.tariff_inflation;
    report.politics.budget_cost_bn = pol.budget_cost_bn;
    report.politics.tariff_revenue_bn = pol.tariff_revenue_bn;
    report.politics.divided = pol.divided;
}
