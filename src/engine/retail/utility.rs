//! The utility's side: rate cases, which restore its funds from operations at a cost in bills,
//! and its finances (interest, borrowing, dividends, FFO over debt and its spread).

use super::super::ids::Seat;
use super::super::ledger::{Account, Flow};
use super::super::orders::Orders;
use super::super::report::{Msg, Severity, Topic, TurnReport};
use super::super::state::World;

/// Moody's and S&P read FFO/debt over the last twelve months.
const FFO_QUARTERS: usize = 4;

/// Share of a requested increase regulators grant: all of it while bills grow 4% a year or less,
/// less as they grow faster (assumption: commissions trim requests when bills are news; 2025
/// requests were record high, PowerLines).
pub fn granted_share(bill_growth: f64) -> f64 {
    (1.0 - 4.0 * (bill_growth - 0.04).max(0.0)).clamp(0.25, 1.0)
}

/// Regulators grant part of a requested base-rate increase. Returns the increase granted, %.
pub fn rate_case(world: &mut World, orders: &Orders, report: &mut TurnReport) -> f64 {
    let pct = orders.utility.rate_case_pct;
    world.utility.cost_index *= 1.0 + world.params.utility.cost_growth_q;
    if pct.is_nan() || pct <= 0.0 {
        return 0.0;
    }
    let bill_growth = super::super::politics::national_bill_growth(world);
    let granted = pct * granted_share(bill_growth);
    world.utility.base_rate_factor *= 1.0 + granted / 100.0;
    report.say(
        Topic::Retail,
        Severity::Notice,
        Msg::new("news-rate-case")
            .num("asked", pct)
            .num("granted", granted),
    );
    granted
}

/// Interest, borrowing for capex, dividends, and funds from operations over debt.
pub fn finance(world: &mut World, margin_q: f64, report: &mut TurnReport) {
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
    u.ffo_history_bn.push(margin_q - interest);
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
