use super::Policy;
use crate::engine::orders::{OracleOrders, SeatOrders};
use crate::engine::view::Own;
use crate::engine::{CompanyId, SeatView};

/// Builds for its contracts where power is cheap and connections are available; finances with
/// bonds while investment grade and with SPVs when spreads widen.
pub struct Baseline;

impl Policy for Baseline {
    fn name(&self) -> String {
        "baseline".into()
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o = match &view.last_orders {
            SeatOrders::Oracle(o) => o.clone(),
            _ => OracleOrders::default(),
        };
        let Own::Oracle {
            online_gw,
            contracted_gw,
            building_mw,
            waiting_mw,
            onsite_mw,
            ..
        } = view.own
        else {
            return SeatOrders::Oracle(o);
        };
        let me = view.company(CompanyId::Oracle);
        let n = view.regions.len();

        // Build what the contracts need, spread towards cheap power and free connections.
        let have_mw = online_gw * 1000.0 + building_mw + waiting_mw;
        let gap = (contracted_gw * 1000.0 - have_mw).max(0.0);
        let build = gap.min(2000.0);
        let weights: Vec<f64> = view
            .regions
            .iter()
            .map(|r| {
                let headroom = (r.hosting_capacity_mw - r.dc_connected_mw).max(0.0) + r.approved_mw;
                (headroom + 500.0) / (r.energy_price.max(10.0) + r.capacity_price / 24.0)
            })
            .collect();
        o.build_mw = super::split(build, &weights)
            .into_iter()
            .map(|v| super::round_to(v, 100.0))
            .collect();
        // Turbines where built capacity waits for the grid.
        o.onsite_mw = vec![0.0; n];
        if waiting_mw > onsite_mw + 200.0 {
            o.onsite_mw[0] = super::round_to((waiting_mw - onsite_mw).min(1000.0), 50.0);
        }

        // Financing: bonds while investment grade and spreads are tame, else SPVs.
        let spend_next = build / 1000.0 * 50.0 / 4.0 + building_mw / 1000.0 * 50.0 / 4.0;
        let short = spend_next + 5.0 - me.cash_bn;
        o.bond_bn = 0.0;
        o.spv_bn = 0.0;
        if short > 0.0 {
            if me.rating.investment_grade() && me.spread_bp < 150.0 {
                o.bond_bn = super::round_to(short.min(40.0), 1.0);
            } else {
                o.spv_bn = super::round_to(short.min(60.0), 1.0);
            }
        }
        o.spv_partner_share = 0.8;
        o.ride_through_share = if view.policy.ride_through_required {
            1.0
        } else {
            0.2
        };
        o.min_contract_price = if me.spread_bp > 150.0 { 14.0 } else { 12.0 };
        o.max_contract_gw = if me.rating.investment_grade() {
            5.0
        } else {
            1.0
        };
        o.buyback_bn = 0.0;
        o.dividend_bn = if me.free_cash_flow_q_bn > 0.0 {
            1.4
        } else {
            1.2
        };
        SeatOrders::Oracle(o)
    }
}
