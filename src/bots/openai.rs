use super::Policy;
use crate::engine::orders::{OpenAiOrders, SeatOrders, Statement};
use crate::engine::view::Own;
use crate::engine::{CompanyId, SeatView};

/// Buys compute when demand outruns it, raises money before it runs short, and leans on
/// vendor financing while markets are warm.
pub struct Baseline;

impl Policy for Baseline {
    fn name(&self) -> String {
        "baseline".into()
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o = match &view.last_orders {
            SeatOrders::OpenAi(o) => o.clone(),
            _ => OpenAiOrders::default(),
        };
        let Own::OpenAi {
            compute_gw,
            chips_on_order_gw,
            vendor_financed_gw,
            revenue_run_rate_bn,
            commitments_yr_bn,
            unserved_demand,
            contracted_gw,
            ..
        } = view.own
        else {
            return SeatOrders::OpenAi(o);
        };
        let me = view.company(CompanyId::OpenAi);
        let sentiment = view.market.sentiment;
        let coverage = if commitments_yr_bn > 0.0 {
            revenue_run_rate_bn / commitments_yr_bn
        } else {
            1.0
        };

        // Compute: sign with Oracle when demand goes unserved and the books can carry it.
        let pipeline = contracted_gw + chips_on_order_gw;
        let wants_more = unserved_demand > 0.05 || pipeline < compute_gw * 0.5;
        o.contract_gw = if wants_more && coverage > 0.25 && view.turn.is_multiple_of(2) {
            super::round_to((compute_gw * 0.4).clamp(0.5, 3.0), 0.5)
        } else {
            0.0
        };
        o.contract_years = 5.0;
        o.contract_price = super::round_to(12.5 + 1.5 * sentiment, 0.5);
        o.chip_order_gw = if sentiment > -0.1 && wants_more && me.cash_bn > 5.0 {
            0.5
        } else {
            0.0
        };
        // Vendor money follows the chips: take what Nvidia offers against them.
        let unfinanced = (chips_on_order_gw + o.chip_order_gw - vendor_financed_gw).max(0.0);
        o.vendor_financing_bn = super::round_to(unfinanced * 10.0, 5.0);

        // Money: keep a year of burn in hand.
        let burn = (-me.free_cash_flow_q_bn).max(1.0) + commitments_yr_bn / 8.0;
        let need = 4.0 * burn - me.cash_bn;
        o.equity_raise_bn = if need > 0.0 {
            super::round_to(need.min(60.0), 5.0)
        } else {
            0.0
        };
        o.debt_bn = if need > 30.0 && sentiment > 0.0 {
            10.0
        } else {
            0.0
        };

        o.subscription_price = 20.0;
        o.api_price_index = 1.0;
        o.training_intensity = 0.5;
        let blackouts: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_cooperation = view.policy.ride_through_required || blackouts > 0;
        o.statement = if sentiment < -0.2 {
            Statement::Confident
        } else {
            Statement::Quiet
        };
        SeatOrders::OpenAi(o)
    }
}
