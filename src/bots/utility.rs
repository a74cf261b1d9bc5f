use super::Policy;
use crate::engine::SeatView;
use crate::engine::orders::{SeatOrders, UtilityOrders};
use crate::engine::view::Own;

/// Keeps reserve margins near target, connects what the grid can host, asks large loads to pay
/// more as arrears rise, and files rate cases when its finances weaken.
pub struct Baseline;

impl Policy for Baseline {
    fn name(&self) -> String {
        "baseline".into()
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o = match &view.last_orders {
            SeatOrders::Utility(o) => o.clone(),
            _ => UtilityOrders::default(),
        };
        let n = view.regions.len();
        let zeros = vec![0.0; n];
        o.approve_mw = zeros.clone();
        o.transmission_bn = zeros.clone();
        o.gas_cc_mw = zeros.clone();
        o.gas_peaker_mw = zeros.clone();
        o.battery_mw = zeros.clone();
        o.solar_mw = zeros.clone();
        o.wind_mw = zeros.clone();
        o.nuclear_restart_mw = zeros.clone();
        o.demand_response_mw = zeros;
        for (r, region) in view.regions.iter().enumerate() {
            let committed = region.dc_connected_mw + region.dc_waiting_mw + region.approved_mw;
            let headroom = region.hosting_capacity_mw - committed;
            o.approve_mw[r] =
                super::round_to(headroom.clamp(0.0, region.queue_mw).min(3000.0), 250.0);
            if committed > 0.85 * region.hosting_capacity_mw
                && region.transmission_building_bn < 3.0
            {
                o.transmission_bn[r] = 1.0;
            }
            let short = region.reserve_target - region.reserve_margin;
            if short > 0.0 && region.generation_building_mw < region.peak_load_mw * short * 2.0 {
                let mw = (region.peak_load_mw * short).clamp(500.0, 3000.0);
                o.gas_peaker_mw[r] = super::round_to(mw * 0.4, 100.0);
                o.battery_mw[r] = super::round_to(mw * 0.4, 100.0);
                o.solar_mw[r] = super::round_to(mw * 0.4, 100.0);
                o.demand_response_mw[r] = super::round_to(mw * 0.3, 100.0);
            }
        }
        let arrears = view.politics.arrears;
        o.large_load_share = if arrears > 0.22 { 0.6 } else { 0.3 };
        o.min_demand_charge = 0.5;
        let trips: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_required = o.ride_through_required || trips > 0;
        o.rate_case_pct = match view.own {
            Own::Utility { ffo_to_debt, .. } if ffo_to_debt < 0.12 => 3.0,
            _ => 0.0,
        };
        o.capacity_cap = 330.0;
        SeatOrders::Utility(o)
    }
}
