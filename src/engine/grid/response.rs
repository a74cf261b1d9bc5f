//! Demand response paid: the utility pays the data centers that curtailed at scarcity, by their
//! owners' share of connected load.

use super::super::ids::CompanyId;
use super::super::ledger::{Account, Flow};
use super::super::params::MarketDesign;
use super::super::report::TurnReport;
use super::super::state::World;
use super::DAYS;

/// Pays each region's demand response: the energy curtailed at the hour's price (FERC Order
/// 745 pays demand response the full locational price) and, where a capacity market runs, the
/// contracted MW at the capacity price (PJM clears demand response in its auctions).
pub fn pay_demand_response(world: &mut World, report: &mut TurnReport) {
    for r in 0..world.regions.len().min(report.regions.len()) {
        let state = &world.regions[r];
        let capacity = if world.params.regions[r].market == MarketDesign::Capacity {
            state.demand_response_mw * state.capacity_price * DAYS as f64 / 1e9
        } else {
            0.0
        };
        let rr = &mut report.regions[r];
        let payment = (rr.dr_payment_bn + capacity).max(0.0);
        rr.dr_payment_bn = payment;
        let connected = state.dc.connected_mw();
        if payment <= 0.0 || connected <= 0.0 {
            rr.dr_payment_bn = 0.0;
            continue;
        }
        let oracle_part = (state.dc.oracle_mw / connected).clamp(0.0, 1.0);
        let log = &mut report.transfers;
        let acc = &mut world.accounts;
        let oracle = Account::Company(CompanyId::Oracle);
        let hyperscalers = Account::Company(CompanyId::Hyperscalers);
        let flow = Flow::DemandResponse;
        acc.pay(log, Account::Utility, oracle, payment * oracle_part, flow);
        acc.pay(
            log,
            Account::Utility,
            hyperscalers,
            payment * (1.0 - oracle_part),
            flow,
        );
    }
}
