//! Retail rates: each region's revenue requirement (energy, capacity, delivery, upgrades) split
//! between households and large loads by the cost-allocation rules in force; bills, arrears, and
//! the utility's own cash and solvency.
//!
//! Energy and capacity are passed through each quarter at what they cost, as fuel and
//! purchased-power clauses do in every modelled region (ERCOT's retail providers buy energy
//! for their customers, PURA §39; PJM states' default-service auctions and California's ERRA
//! balancing account pass it through). Delivery is billed at tariffs a rate case set: the
//! approved requirement over its test year's annual sales. Between rate cases the utility's
//! delivery revenue is those tariffs times actual sales while its costs (operations, the
//! return on and depreciation of what it builds, interest) are paid as incurred: the gap is
//! regulatory lag, and it falls on the utility's funds until the next case resets tariffs.

mod arrears;
mod requirement;
mod utility;

pub use arrears::{Households, at_risk_share, roll_forward};
pub use requirement::{Requirement, annual_non_dc_mwh, approved, requirement};
pub use utility::granted_share;

use super::grid::{self, HOURS};
use super::ids::CompanyId;
use super::ledger::{Account, Flow};
use super::orders::Orders;
use super::params::MarketDesign;
use super::report::{RateBreakdown, TurnReport};
use super::state::World;

/// Not a model parameter: a quarter's days, as the grid dispatches them (`grid::DAYS`).
const DAYS_PER_QUARTER: f64 = 91.0;
/// Households' load is peakier than the non-data-center average (assumption: residential load
/// factor below the system's, EIA load-research summaries).
const RESIDENTIAL_PEAK_FACTOR: f64 = 1.15;
/// Households buy more of their energy in high-priced hours. Assumption: their load is
/// peakier than the average (as above), so their energy costs about 5% more.
const RESIDENTIAL_ENERGY_FACTOR: f64 = 1.05;
/// Approved requests utilities expect to connect, for capacity procurement. Assumption: most
/// but not all, as some approved projects are delayed or dropped.
const APPROVED_CONNECT_SHARE: f64 = 0.7;
/// Not a model parameter: bills kept, five quarters, so the first is the same quarter a year
/// before the last.
const BILL_HISTORY: usize = 5;

/// One region's quarter: what each side pays, $B, and the household rates.
#[derive(Clone, Debug, Default)]
struct Quarter {
    energy_total: f64,
    capacity_total: f64,
    opex: f64,
    from_dc: f64,
    from_non_dc: f64,
    dc_mwh: f64,
    res_mwh: f64,
    /// Delivery charges billed this quarter (everything but energy and capacity), $B.
    delivery_revenue: f64,
    rate: RateBreakdown,
    all_in: f64,
}

pub fn step(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    utility::rate_case(world, orders, report);
    let mut margin = 0.0;
    for r in 0..world.params.regions.len() {
        requirement::book_additions(world, r);
        // The first quarter (or a save from before rate cases) starts from the cost of service.
        if !requirement::has_approved(world, r) {
            let factor = world.utility.base_rate_factor;
            requirement::approve(world, r, factor);
            let tariffs = approved(world, r);
            requirement::set_rates(world, r, &tariffs);
        }
        let cost = requirement(world, r);
        let tariffs = approved(world, r);
        let q = quarter(world, r, &cost, &tariffs, report);
        world.utility.unrecovered_bn += cost.total() / 4.0 - q.delivery_revenue;
        margin += collect(world, r, &q, report);
        record(world, r, &q, &tariffs, report);
        requirement::note_pending(world, r);
    }
    utility::finance(world, margin, report);
}

/// Capacity costs this quarter, $B: (households' part, large loads' part, all procured).
/// Procured for the planning peak plus data centers forecast to connect.
fn capacity(world: &World, r: usize) -> (f64, f64, f64) {
    let params = &world.params;
    let p = &params.regions[r];
    if p.market != MarketDesign::Capacity {
        return (0.0, 0.0, 0.0);
    }
    let state = &world.regions[r];
    let min_demand = world.policy.min_demand_charge;
    let non_dc_peak = grid::planning_peak(params, r, state.non_dc_load_mw, 0.0);
    let dc_actual = grid::dc_load_mw(world, r);
    let dc_forecast = (state.dc.waiting_mw() + state.dc.approved_mw * APPROVED_CONNECT_SHARE)
        * p.data_centers.utilization;
    let res_peak = non_dc_peak * p.residential_share * RESIDENTIAL_PEAK_FACTOR;
    let per_mw = state.capacity_price * DAYS_PER_QUARTER / 1e9;
    let socialised = (1.0 - min_demand) * dc_forecast * res_peak / non_dc_peak.max(1.0);
    (
        per_mw * (res_peak + socialised),
        per_mw * (dc_actual + min_demand * dc_forecast),
        per_mw * (non_dc_peak + dc_actual + dc_forecast),
    )
}

/// The quarter's costs and who pays them: energy at this quarter's price on this quarter's
/// usage; capacity at annual rates on this year's sales (`cost`), delivery at the tariffs in
/// force (`tariffs`) on this quarter's sales.
fn quarter(
    world: &World,
    r: usize,
    cost: &Requirement,
    tariffs: &Requirement,
    report: &TurnReport,
) -> Quarter {
    let p = &world.params.regions[r];
    let rr = &report.regions[r];
    let retail = &world.regions[r].retail;
    let total_mwh = rr.served_mwh.max(1.0);
    let dc_mwh = (rr.dc_load_mw * HOURS as f64).min(total_mwh);
    let non_dc_mwh = (total_mwh - dc_mwh).max(0.0);
    let res_mwh = non_dc_mwh * p.residential_share;
    let price = rr.energy_price;
    let energy_total = price * total_mwh / 1e9;
    // Data centers pay their zone's price: their flat draw at each hour's price plus the
    // congestion into their pocket; everyone else pays the rest of the energy bill.
    let dc_energy = (rr.zone_price * dc_mwh / 1e9).min(energy_total);
    let (res_cap, dc_cap, capacity_total) = capacity(world, r);
    // Capacity is bought by the year: a quarter's cost over a quarter of annual sales.
    let per_annual_mwh = |bn: f64, annual: f64| if annual > 0.0 { bn * 4.0 / annual } else { 0.0 };
    let non_dc_capacity = per_annual_mwh(capacity_total - dc_cap, cost.non_dc_mwh) * non_dc_mwh;
    let non_dc_delivery = retail.non_dc_delivery_per_mwh * non_dc_mwh / 1e9;
    // Large loads pay demand charges on their billed demand and their own upgrades.
    let dc_delivery = requirement::dc_delivery_q(world, r, tariffs, dc_mwh);
    let opex = p.retail.td_revenue_bn_yr / 4.0
        * world.params.utility.opex_share
        * world.utility.cost_index
        * (world.regions[r].non_dc_load_mw / p.non_dc_load_mw.max(1.0)).sqrt();
    Quarter {
        energy_total,
        capacity_total,
        opex,
        from_dc: dc_energy + dc_cap + dc_delivery,
        from_non_dc: (energy_total - dc_energy).max(0.0) + non_dc_capacity + non_dc_delivery,
        dc_mwh,
        res_mwh,
        delivery_revenue: non_dc_delivery + dc_delivery,
        rate: RateBreakdown {
            energy: price * RESIDENTIAL_ENERGY_FACTOR / 10.0,
            capacity: per_annual_mwh(res_cap, cost.residential_mwh) * 1e9 / 1e3 * 100.0,
            delivery: retail.delivery_cents,
            upgrades: retail.upgrade_cents,
            fixed: p.retail.fixed_charge_month,
        },
        all_in: (energy_total + capacity_total) * 1e9 / total_mwh,
    }
}

/// Customers pay the utility; the utility pays generators, capacity and its operations. Returns
/// the utility's operating margin, $B.
fn collect(world: &mut World, r: usize, q: &Quarter, report: &mut TurnReport) -> f64 {
    let state = &world.regions[r];
    let connected = state.dc.connected_mw().max(1e-9);
    let oracle_part = (state.dc.oracle_mw / connected).clamp(0.0, 1.0);
    let from_dc = q.from_dc.max(0.0);
    let log = &mut report.transfers;
    let acc = &mut world.accounts;
    let payments = [
        (
            Account::Households,
            Account::Utility,
            q.from_non_dc.max(0.0),
            Flow::PowerBill,
        ),
        (
            Account::Company(CompanyId::Oracle),
            Account::Utility,
            from_dc * oracle_part,
            Flow::PowerBill,
        ),
        (
            Account::Company(CompanyId::Hyperscalers),
            Account::Utility,
            from_dc * (1.0 - oracle_part),
            Flow::PowerBill,
        ),
        (
            Account::Utility,
            Account::Suppliers,
            q.energy_total,
            Flow::EnergyPurchase,
        ),
        (
            Account::Utility,
            Account::Suppliers,
            q.capacity_total,
            Flow::CapacityPayment,
        ),
        (
            Account::Utility,
            Account::Suppliers,
            q.opex,
            Flow::OperatingCost,
        ),
    ];
    for (from, to, amount, flow) in payments {
        acc.pay(log, from, to, amount, flow);
    }
    q.from_non_dc.max(0.0) + from_dc - q.energy_total - q.capacity_total - q.opex
}

/// Least share of their income households keep in real terms whatever tariffs do to prices.
/// Not a model parameter: it keeps real income positive; tariff inflation of 50% is far beyond
/// anything a game reaches.
const MIN_REAL_INCOME_SHARE: f64 = 0.5;

/// The region's bill, arrears and large-load price, in its state and the report.
fn record(world: &mut World, r: usize, q: &Quarter, req: &Requirement, report: &mut TurnReport) {
    let p = &world.params.regions[r];
    let relief_month = world.politics.relief_per_household / 3.0;
    let inflation = world.politics.tariff_inflation;
    let b = &q.rate;
    let cents = b.energy + b.capacity + b.delivery + b.upgrades;
    let kwh_per_household = q.res_mwh * 1000.0 / 3.0 / (p.households_m * 1e6).max(1.0);
    let bill = kwh_per_household * cents / 100.0 + p.retail.fixed_charge_month;
    let groups = p.income_groups();
    let before = &world.regions[r].retail;
    let (mut at_risk, mut arrears) = (0.0, 0.0);
    let mut group_arrears = Vec::with_capacity(groups.len());
    for (g, group) in groups.iter().enumerate() {
        let households = Households {
            median_income_month: group.median_income_month
                * (1.0 - inflation).max(MIN_REAL_INCOME_SHARE)
                + relief_month,
            income_sigma: group.income_sigma,
            usage_sigma: p.retail.usage_sigma,
            affordable_burden: p.retail.affordable_burden,
        };
        let other = p.retail.other_bills_in_season(world.date.season());
        let risk = at_risk_share(bill + other, &households);
        // A save from before the groups carries only the region's arrears.
        let behind = before.group_arrears.get(g).copied();
        let behind = behind.unwrap_or(before.arrears_share);
        let rolled = roll_forward(behind, risk, p.retail.arrears_clear_q);
        at_risk += group.household_share * risk;
        arrears += group.household_share * rolled;
        group_arrears.push(rolled);
    }
    let large_load_price = if q.dc_mwh > 0.0 {
        q.from_dc * 1e9 / q.dc_mwh
    } else {
        0.0
    };
    let region = &mut world.regions[r];
    region.retail.residential_cents = cents;
    region.retail.bill_month = bill;
    region.retail.at_risk_share = at_risk;
    region.retail.arrears_share = arrears;
    region.retail.group_arrears = group_arrears.clone();
    region.retail.large_load_price = large_load_price;
    region.retail.large_load_share = req.dc_upgrade_share;
    region.grid.all_in_wholesale = q.all_in;
    // The opening history ends with the warm-up's estimate of the first quarter: the first
    // quarter's own bill replaces it rather than counting that quarter twice.
    if world.turn == 0 && region.bill_history.len() == BILL_HISTORY {
        region.bill_history.pop();
    }
    region.bill_history.push(bill);
    while region.bill_history.len() > BILL_HISTORY {
        region.bill_history.remove(0);
    }
    let (change_q, change_y) = region.bill_changes();
    let rr = &mut report.regions[r];
    rr.residential_cents = cents;
    rr.bill_month = bill;
    rr.bill_change_q = change_q;
    rr.bill_change_y = change_y;
    rr.arrears_share = arrears;
    rr.group_arrears = group_arrears;
    rr.large_load_price = large_load_price;
    rr.rate = q.rate.clone();
    rr.all_in_wholesale = q.all_in;
}
