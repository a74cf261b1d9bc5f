//! Retail rates: each region's revenue requirement (energy, capacity, delivery, upgrades) split
//! between households and large loads by the cost-allocation rules in force; bills, arrears, and
//! the utility's own cash and solvency.

use super::grid::{self, HOURS};
use super::ids::CompanyId;
use super::ledger::{Account, Flow};
use super::orders::Orders;
use super::params::MarketDesign;
use super::report::{Msg, RateBreakdown, Severity, Topic, TurnReport};
use super::state::World;
use super::stats::normal_cdf;
use crate::engine::ids::Seat;

const DAYS_PER_QUARTER: f64 = 91.0;
/// Households' load is peakier than the non-data-center average.
const RESIDENTIAL_PEAK_FACTOR: f64 = 1.15;
const RESIDENTIAL_ENERGY_FACTOR: f64 = 1.05;
/// Data centers draw flat and pay a little below the load-weighted price.
const DC_ENERGY_FACTOR: f64 = 0.95;
/// Transmission-level customers pay less of delivery costs per MWh than households.
const DC_DELIVERY_WEIGHT: f64 = 0.4;
/// Delivery costs caused by data centers, per unit of their share of energy: they need new
/// lines and substations out of proportion to their energy (PJM market monitor: $16.6B of
/// $30.8B of capacity costs; Dominion residential +$11.24/month).
const DC_COST_CAUSATION: f64 = 1.5;
/// Share of upgrade costs large loads pay under standard tariffs, per unit of energy share.
const DC_STANDARD_UPGRADE_WEIGHT: f64 = 0.2;
/// Approved requests utilities expect to connect, for capacity procurement.
const APPROVED_CONNECT_SHARE: f64 = 0.7;

/// Share of households whose utility bills exceed the affordable share of their income, with
/// log-normal incomes.
pub fn arrears_share(bills_month: f64, median_income: f64, sigma: f64, burden: f64) -> f64 {
    if bills_month <= 0.0 || median_income <= 0.0 {
        return 0.0;
    }
    let threshold_income = bills_month / burden.max(1e-3);
    normal_cdf((threshold_income.ln() - median_income.ln()) / sigma.max(1e-3))
}

pub fn step(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let params = world.params.clone();
    rate_case(world, orders, report);
    let share = world.policy.effective_large_load_share(world.turn);
    let min_demand = world.policy.min_demand_charge;
    let relief_month = world.politics.relief_per_household / 3.0;
    let inflation = world.politics.tariff_inflation;
    let mut utility_revenue = 0.0;
    let mut utility_costs = 0.0;
    for r in 0..params.regions.len() {
        let p = &params.regions[r];
        let rr = &report.regions[r];
        let state = &world.regions[r];
        let total_mwh = rr.served_mwh.max(1.0);
        let dc_mwh = (rr.dc_load_mw * HOURS as f64).min(total_mwh);
        let non_dc_mwh = (total_mwh - dc_mwh).max(0.0);
        let res_mwh = non_dc_mwh * p.residential_share;
        let price = rr.energy_price;

        let energy_total = price * total_mwh / 1e9;
        let dc_energy = price * DC_ENERGY_FACTOR * dc_mwh / 1e9;
        let res_energy = price * RESIDENTIAL_ENERGY_FACTOR * res_mwh / 1e9;

        // Capacity: procured for the planning peak plus data centers forecast to connect.
        let (res_cap, dc_cap, cap_total) = if p.market == MarketDesign::Capacity {
            let non_dc_peak = grid::planning_peak(&params, r, state.non_dc_load_mw, 0.0);
            let dc_actual = grid::dc_load_mw(world, r);
            let dc_forecast = (state.dc.waiting_mw()
                + state.dc.approved_mw * APPROVED_CONNECT_SHARE)
                * p.data_centers.utilization;
            let res_peak = non_dc_peak * p.residential_share * RESIDENTIAL_PEAK_FACTOR;
            let per_mw = state.capacity_price * DAYS_PER_QUARTER / 1e9;
            let socialised = (1.0 - min_demand) * dc_forecast * res_peak / non_dc_peak.max(1.0);
            (
                per_mw * (res_peak + socialised),
                per_mw * (dc_actual + min_demand * dc_forecast),
                per_mw * (non_dc_peak + dc_actual + dc_forecast),
            )
        } else {
            (0.0, 0.0, 0.0)
        };

        // Delivery (T&D) base rates.
        let growth = (state.non_dc_load_mw / p.non_dc_load_mw.max(1.0)).sqrt();
        let td_q = p.retail.td_revenue_bn_yr / 4.0 * world.utility.base_rate_factor * growth;
        let dc_energy_share = dc_mwh / total_mwh;
        let contracted = state.dc.connected_mw() + state.dc.approved_mw + state.dc.waiting_mw();
        let contracted_share = contracted * p.data_centers.utilization * HOURS as f64
            / (contracted * p.data_centers.utilization * HOURS as f64 + non_dc_mwh).max(1.0);
        // Transmission and substations built for data centers: who pays is the rule in force.
        let caused = (td_q * DC_COST_CAUSATION * dc_energy_share).min(0.5 * td_q);
        let network = td_q - caused;
        let dc_td = (network * dc_energy_share * DC_DELIVERY_WEIGHT)
            .max(min_demand * network * contracted_share * DC_DELIVERY_WEIGHT)
            + share * caused;
        let res_td = (td_q - dc_td) * p.retail.residential_td_share;

        // Upgrades and new plants since the start, recovered with a return.
        let added = (world.utility.rate_base_bn[r] - world.utility.rate_base_start_bn[r]).max(0.0);
        let up_q = added * (p.retail.allowed_return + 1.0 / p.retail.recovery_years.max(1.0)) / 4.0;
        let dc_up_share = share
            .max(DC_STANDARD_UPGRADE_WEIGHT * dc_energy_share)
            .min(1.0);
        let dc_up = up_q * dc_up_share;
        let res_up = (up_q - dc_up) * p.retail.residential_td_share;

        let per_kwh = |bn: f64| {
            if res_mwh > 0.0 {
                bn * 1e9 / (res_mwh * 1000.0) * 100.0
            } else {
                0.0
            }
        };
        let breakdown = RateBreakdown {
            energy: per_kwh(res_energy),
            capacity: per_kwh(res_cap),
            delivery: per_kwh(res_td),
            upgrades: per_kwh(res_up),
            fixed: p.retail.fixed_charge_month,
        };
        let cents = breakdown.energy + breakdown.capacity + breakdown.delivery + breakdown.upgrades;
        let kwh_per_household = res_mwh * 1000.0 / 3.0 / (p.households_m * 1e6).max(1.0);
        let bill = kwh_per_household * cents / 100.0 + p.retail.fixed_charge_month;
        let income = p.median_income_month * (1.0 - inflation).max(0.5) + relief_month;
        let arrears = arrears_share(
            bill + p.retail.other_bills_month,
            income,
            p.income_sigma,
            p.retail.affordable_burden,
        );
        let dc_total = dc_energy + dc_cap + dc_td + dc_up;
        let large_load_price = if dc_mwh > 0.0 {
            dc_total * 1e9 / dc_mwh
        } else {
            0.0
        };
        let all_in = (energy_total + cap_total) * 1e9 / total_mwh;

        // Cash: households and other customers pay the rest of the requirement; data-center
        // owners pay theirs; the utility pays generators and capacity resources.
        let requirement = energy_total + cap_total + td_q + up_q;
        let from_dc = dc_total.min(requirement);
        let from_households = requirement - from_dc;
        let connected = state.dc.connected_mw().max(1e-9);
        let oracle_part = state.dc.oracle_mw / connected;
        let log = &mut report.transfers;
        let acc = &mut world.accounts;
        acc.pay(
            log,
            Account::Households,
            Account::Utility,
            from_households,
            Flow::PowerBill,
        );
        acc.pay(
            log,
            Account::Company(CompanyId::Oracle),
            Account::Utility,
            from_dc * oracle_part,
            Flow::PowerBill,
        );
        acc.pay(
            log,
            Account::Company(CompanyId::Hyperscalers),
            Account::Utility,
            from_dc * (1.0 - oracle_part),
            Flow::PowerBill,
        );
        acc.pay(
            log,
            Account::Utility,
            Account::Suppliers,
            energy_total,
            Flow::EnergyPurchase,
        );
        acc.pay(
            log,
            Account::Utility,
            Account::Suppliers,
            cap_total,
            Flow::CapacityPayment,
        );
        let opex = p.retail.td_revenue_bn_yr / 4.0
            * params.utility.opex_share
            * world.utility.cost_index
            * growth;
        acc.pay(
            log,
            Account::Utility,
            Account::Suppliers,
            opex,
            Flow::OperatingCost,
        );
        utility_revenue += requirement;
        utility_costs += energy_total + cap_total + opex;

        let region = &mut world.regions[r];
        region.retail.residential_cents = cents;
        region.retail.bill_month = bill;
        region.retail.arrears_share = arrears;
        region.retail.large_load_price = large_load_price;
        region.retail.large_load_share = dc_up_share;
        region.grid.all_in_wholesale = all_in;
        let rr = &mut report.regions[r];
        rr.residential_cents = cents;
        rr.bill_month = bill;
        rr.arrears_share = arrears;
        rr.large_load_price = large_load_price;
        rr.rate = breakdown;
        rr.all_in_wholesale = all_in;
    }
    utility_finance(world, utility_revenue - utility_costs, report);
}

/// Regulators grant part of a requested base-rate increase; less when bills are already rising.
fn rate_case(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let pct = orders.utility.rate_case_pct;
    world.utility.cost_index *= 1.0 + world.params.utility.cost_growth_q;
    if pct <= 0.0 {
        return;
    }
    let bill_growth = super::politics::national_bill_growth(world);
    let granted_share = (1.0 - 4.0 * (bill_growth - 0.04).max(0.0)).clamp(0.25, 1.0);
    let granted = pct * granted_share;
    world.utility.base_rate_factor *= 1.0 + granted / 100.0;
    report.say(
        Topic::Retail,
        Severity::Notice,
        Msg::new("news-rate-case")
            .num("asked", pct)
            .num("granted", granted),
    );
}

/// Interest, borrowing for capex, and funds from operations over debt.
fn utility_finance(world: &mut World, margin_q: f64, report: &mut TurnReport) {
    let rf = world.market.risk_free;
    let u = &mut world.utility;
    let interest = u.debt_bn * (rf + u.spread_bp / 1e4) / 4.0;
    let log = &mut report.transfers;
    world.accounts.pay(
        log,
        Account::Utility,
        Account::Investors,
        interest,
        Flow::Interest,
    );
    let floor = world.params.utility.cash_floor_bn;
    let cash = world.accounts.cash(Account::Utility);
    if cash > 2.0 * floor {
        // Profits beyond a buffer go to the utility's shareholders.
        world.accounts.pay(
            log,
            Account::Utility,
            Account::Investors,
            cash - 2.0 * floor,
            Flow::Dividend,
        );
    } else if cash < floor {
        let borrow = floor - cash;
        world.accounts.pay(
            log,
            Account::Investors,
            Account::Utility,
            borrow,
            Flow::BondIssue,
        );
        world.utility.debt_bn += borrow;
    }
    let u = &mut world.utility;
    let ffo = (margin_q - interest) * 4.0;
    u.ffo_to_debt = if u.debt_bn > 0.0 {
        ffo / u.debt_bn
    } else {
        1.0
    };
    // Weak coverage widens the utility's spread.
    let target = 100.0 + 2500.0 * (0.14 - u.ffo_to_debt).max(0.0);
    u.spread_bp += 0.5 * (target - u.spread_bp);
    if u.ffo_to_debt < 0.0 && !world.records.utility_insolvent && u.spread_bp > 1500.0 {
        world.records.utility_insolvent = true;
        report.tell(
            Seat::Utility,
            Topic::Retail,
            Severity::Alert,
            Msg::new("news-utility-distress"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrears_rise_with_bills_and_fall_with_income() {
        let base = arrears_share(250.0, 6000.0, 0.9, 0.08);
        assert!(base > 0.1 && base < 0.4, "{base}");
        assert!(arrears_share(300.0, 6000.0, 0.9, 0.08) > base);
        assert!(arrears_share(250.0, 7000.0, 0.9, 0.08) < base);
        assert_eq!(arrears_share(0.0, 6000.0, 0.9, 0.08), 0.0);
    }
}
