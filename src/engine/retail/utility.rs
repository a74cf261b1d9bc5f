//! The utility's side: rate cases, which after regulators' lag reset tariffs to the cost of
//! service at a cost in bills, and its finances (interest, borrowing and new shares, income tax,
//! dividends, FFO over debt and its spread).

use super::super::finance::pay_income_tax;
use super::super::ids::Seat;
use super::super::ledger::{Account, Flow};
use super::super::orders::Orders;
use super::super::params::UtilityParams;
use super::super::report::{Msg, Severity, Topic, TurnReport};
use super::super::state::{PendingRateCase, World};
use super::requirement;
use crate::engine::params::UTILITY_TAX_RATE;

/// Moody's and S&P read FFO/debt over the last twelve months.
const FFO_QUARTERS: usize = 4;
/// The utility's spread when its coverage is comfortable, bp. Assumption: about what
/// investment-grade utility bonds pay over Treasuries, 100 bp.
const UTILITY_BASE_SPREAD_BP: f64 = 100.0;
/// FFO/debt below which the utility's spread widens. Assumption: 14%, about where the rating
/// agencies start to see a regulated utility's coverage as weak.
const UTILITY_FFO_TO_DEBT_COMFORT: f64 = 0.14;
/// Spread added per unit of FFO/debt short of comfort, bp. Assumption: 2,500 bp, so falling
/// to 10% adds 100 bp and to zero about 350 bp, near high yield.
const UTILITY_SPREAD_SLOPE_BP: f64 = 2500.0;
/// Cash the utility keeps before paying out, in multiples of its cash floor. Assumption: a
/// buffer of twice the floor rides out a quarter's swings without borrowing.
const CASH_BUFFER_FLOORS: f64 = 2.0;
/// Spread past which a utility with negative FFO is in distress, bp. Assumption: well past
/// the 1,000 bp over Treasuries conventionally taken to mark distressed debt.
const UTILITY_DISTRESS_SPREAD_BP: f64 = 1500.0;
/// Share of the gap to the target spread closed each quarter. Assumption: spreads reprice
/// over a couple of quarters as coverage news comes in.
const UTILITY_SPREAD_ADJUSTMENT: f64 = 0.5;

/// Share of a requested increase regulators grant: all of it while bills grow at most
/// `utility.tolerated_bill_growth` a year, less as they grow faster, never under
/// `utility.min_granted_share` (commissions trim requests when bills are news; 2025 requests
/// were record high, PowerLines).
pub fn granted_share(p: &UtilityParams, bill_growth: f64) -> f64 {
    (1.0 - p.grant_cut_per_growth * (bill_growth - p.tolerated_bill_growth).max(0.0))
        .clamp(p.min_granted_share, 1.0)
}

/// Grows operating costs, decides a rate case whose lag has run, and files the one ordered if
/// none is before regulators. Returns whether new rates take effect this quarter.
pub fn rate_case(world: &mut World, orders: &Orders, report: &mut TurnReport) -> bool {
    world.utility.cost_index *= 1.0 + world.params.utility.cost_growth_q;
    let due = world
        .utility
        .rate_case
        .as_ref()
        .filter(|c| world.turn >= c.decided_turn)
        .map(|c| c.asked_pct);
    if let Some(asked) = due {
        decide(world, asked, report);
    }
    let pct = orders.utility.rate_case_pct;
    if pct > 0.0 && world.utility.rate_case.is_none() {
        world.utility.rate_case = Some(PendingRateCase {
            asked_pct: pct,
            decided_turn: world.turn + world.params.utility.rate_case_lag_q.max(1),
        });
    }
    due.is_some()
}

/// Regulators reset the approved requirement to the cost of service over this year's sales
/// (additions enter the rate base, lost or gained sales are re-spread), granting base rates up
/// to what was asked and no more than the network's cost, trimmed when bills are news.
fn decide(world: &mut World, asked_pct: f64, report: &mut TurnReport) {
    let bill_growth = super::super::politics::national_bill_growth(world);
    let base = world.utility.base_rate_factor;
    let target = (base * (1.0 + asked_pct / 100.0)).min(requirement::network_cost_factor(world));
    let factor = if target > base {
        base + granted_share(&world.params.utility, bill_growth) * (target - base)
    } else {
        target
    };
    world.utility.base_rate_factor = factor;
    world.utility.rate_case = None;
    world.utility.unrecovered_bn = 0.0;
    for r in 0..world.regions.len() {
        requirement::approve(world, r, factor);
        let tariffs = requirement::approved(world, r);
        requirement::set_rates(world, r, &tariffs);
    }
    report.say(
        Topic::Retail,
        Severity::Notice,
        Msg::new("news-rate-case")
            .num("asked", asked_pct)
            .num("granted", (factor / base - 1.0) * 100.0),
    );
}

/// What the utility paid this quarter for its projects (builders, equipment and their tariffs),
/// $B.
fn capex_paid_q(report: &TurnReport) -> f64 {
    report
        .transfers
        .iter()
        .filter(|t| t.from == Account::Utility && matches!(t.flow, Flow::Capex | Flow::Tariff))
        .map(|t| t.amount_bn)
        .sum()
}

/// Replaces what the existing networks wore out this quarter: rates recover its depreciation
/// (the requirement's network piece holds the return on and of a network of constant size), so
/// the money goes back into lines and substations, not to shareholders.
fn sustain_networks(world: &mut World, report: &mut TurnReport) {
    let capex = world.params.network_depreciation_bn_yr() / 4.0;
    world.accounts.pay(
        &mut report.transfers,
        Account::Utility,
        Account::Suppliers,
        capex,
        Flow::Capex,
    );
}

/// Pays out cash above the buffer to shareholders, or raises what the utility lacks below its
/// floor.
fn settle_cash(world: &mut World, report: &mut TurnReport) {
    let log = &mut report.transfers;
    let floor = world.params.utility.cash_floor_bn;
    let cash = world.accounts.cash(Account::Utility);
    if cash > CASH_BUFFER_FLOORS * floor {
        // Profits beyond a buffer go to the utility's shareholders.
        world.accounts.pay(
            log,
            Account::Utility,
            Account::Investors,
            cash - CASH_BUFFER_FLOORS * floor,
            Flow::Dividend,
        );
    } else if cash < floor {
        // Short of its floor, the utility raises new money in the regulated capital structure
        // (`capex_debt_share` bonds, the rest new shares), as retained funds no longer carry
        // the equity part: borrowing all of it would drift from the authorised ratio.
        let gap = floor - cash;
        let borrow = gap * world.params.utility.capex_debt_share;
        world.accounts.pay(
            log,
            Account::Investors,
            Account::Utility,
            borrow,
            Flow::BondIssue,
        );
        world.accounts.pay(
            log,
            Account::Investors,
            Account::Utility,
            gap - borrow,
            Flow::EquityRaise,
        );
        world.utility.debt_bn += borrow;
    }
}

/// Replacements, interest, borrowing for projects, income tax, dividends, and funds from
/// operations over debt.
pub fn finance(world: &mut World, margin_q: f64, report: &mut TurnReport) {
    // Projects are financed in the regulated capital structure: part new bonds, the rest
    // retained funds, so the rate base and the debt grow together. Replacements are paid from
    // the depreciation rates recover, so a network that keeps its size keeps its debt.
    let capex_debt = capex_paid_q(report) * world.params.utility.capex_debt_share;
    sustain_networks(world, report);
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
    world.accounts.pay(
        log,
        Account::Investors,
        Account::Utility,
        capex_debt,
        Flow::BondIssue,
    );
    world.utility.debt_bn += capex_debt;
    let tax = pay_income_tax(world, Account::Utility, UTILITY_TAX_RATE, report);
    settle_cash(world, report);
    let u = &mut world.utility;
    u.ffo_history_bn.push(margin_q - interest - tax);
    while u.ffo_history_bn.len() > FFO_QUARTERS {
        u.ffo_history_bn.remove(0);
    }
    let n = u.ffo_history_bn.len().max(1) as f64;
    let ffo_yr = u.ffo_history_bn.iter().sum::<f64>() * FFO_QUARTERS as f64 / n;
    u.ffo_to_debt = if u.debt_bn > 0.0 {
        ffo_yr / u.debt_bn
    } else {
        1.0
    };
    // Weak coverage widens the utility's spread.
    let target = UTILITY_BASE_SPREAD_BP
        + UTILITY_SPREAD_SLOPE_BP * (UTILITY_FFO_TO_DEBT_COMFORT - u.ffo_to_debt).max(0.0);
    u.spread_bp += UTILITY_SPREAD_ADJUSTMENT * (target - u.spread_bp);
    if u.ffo_to_debt < 0.0
        && !world.records.utility_insolvent
        && u.spread_bp > UTILITY_DISTRESS_SPREAD_BP
    {
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

    /// Drained below its floor, the utility raises the gap as the regulated structure splits
    /// it: bonds for `capex_debt_share`, new shares for the rest; only the bonds add to debt.
    #[test]
    fn a_utility_short_of_its_floor_raises_the_gap_in_its_capital_structure() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut w = World::new(s.params.clone(), s.hash.clone());
        let mut drained = Vec::new();
        let cash = w.accounts.cash(Account::Utility);
        let (from, to) = (Account::Utility, Account::Suppliers);
        w.accounts.pay(&mut drained, from, to, cash, Flow::Capex);
        let debt_before = w.utility.debt_bn;
        let mut report = TurnReport::default();
        finance(&mut w, 0.0, &mut report);
        let raised = |flow: Flow| -> f64 {
            report
                .transfers
                .iter()
                .filter(|t| t.to == Account::Utility && t.flow == flow)
                .map(|t| t.amount_bn)
                .sum()
        };
        let (bonds, equity) = (raised(Flow::BondIssue), raised(Flow::EquityRaise));
        let share = w.params.utility.capex_debt_share;
        assert!(share > 0.0 && share < 1.0);
        assert!(equity > 0.0, "no shares raised");
        assert!(
            (bonds / (bonds + equity) - share).abs() < 1e-9,
            "{bonds} {equity}"
        );
        assert!((w.utility.debt_bn - debt_before - bonds).abs() < 1e-9);
        let floor = w.params.utility.cash_floor_bn;
        assert!((w.accounts.cash(Account::Utility) - floor).abs() < 1e-9);
    }
}
