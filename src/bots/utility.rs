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
        let mut o: UtilityOrders = super::standing(view);
        clear_regional(&mut o, view.regions.len());
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

/// Regional orders are decided afresh each quarter: start them at zero in every region.
fn clear_regional(o: &mut UtilityOrders, regions: usize) {
    for v in [
        &mut o.approve_mw,
        &mut o.transmission_bn,
        &mut o.gas_cc_mw,
        &mut o.gas_peaker_mw,
        &mut o.battery_mw,
        &mut o.solar_mw,
        &mut o.wind_mw,
        &mut o.nuclear_restart_mw,
        &mut o.demand_response_mw,
    ] {
        *v = vec![0.0; regions];
    }
}

#[derive(Clone, Copy, Debug)]
struct Style {
    large_load_share: f64,
    min_demand_charge: f64,
    /// Approvals beyond (+) or within (−) the grid's hosting headroom, MW.
    approval_margin_mw: f64,
    /// Reserve margin above target it plans for, points.
    reserve_buffer: f64,
    ride_through_from_start: bool,
    capacity_cap: f64,
    /// Funds from operations over debt below which it files a rate case.
    rate_case_below: f64,
}

/// Plans the grid a year ahead: connects what it can host, keeps reserves above target with
/// fast resources, and sets who pays so households are spared as its personality demands.
pub struct Strategist {
    personality: &'static str,
    level: super::Level,
    style: Style,
}

impl Strategist {
    pub fn new(personality: &'static str, level: super::Level) -> Strategist {
        let style = match personality {
            "growth" => Style {
                large_load_share: 0.2,
                min_demand_charge: 0.3,
                approval_margin_mw: 1500.0,
                reserve_buffer: 0.02,
                ride_through_from_start: false,
                capacity_cap: 500.0,
                rate_case_below: 0.13,
            },
            _ => Style {
                large_load_share: 0.9,
                min_demand_charge: 0.85,
                approval_margin_mw: -500.0,
                reserve_buffer: 0.0,
                ride_through_from_start: true,
                capacity_cap: 330.0,
                rate_case_below: 0.10,
            },
        };
        Strategist {
            personality,
            level,
            style,
        }
    }

    /// A lower cap holds bills down; lift it when margins run thin, and lower it again only
    /// once they are back near target, so it does not swing with each quarter's margin.
    fn capacity_cap(&self, view: &SeatView, standing_cap: f64) -> f64 {
        let st = self.style;
        let short_by = |points: f64| {
            view.regions
                .iter()
                .any(|r| r.reserve_margin < r.reserve_target - points)
        };
        let low_cap = (st.capacity_cap - 130.0).max(150.0);
        let lifted = standing_cap > low_cap && view.turn > 0;
        let keep_high = short_by(0.06) || (lifted && short_by(0.03));
        if self.level == super::Level::Hard && !keep_high {
            low_cap
        } else {
            st.capacity_cap
        }
    }
}

impl Policy for Strategist {
    fn name(&self) -> String {
        format!("{}:{}", self.personality, self.level.id())
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        use super::Level;
        let mut o: UtilityOrders = super::standing(view);
        let st = self.style;
        let held_dr = o.demand_response_mw.clone();
        clear_regional(&mut o, view.regions.len());
        let battery_credit = view.params.technologies.battery.capacity_credit;
        let solar_credit = view.params.technologies.solar.capacity_credit;
        for (r, region) in view.regions.iter().enumerate() {
            let committed = region.dc_connected_mw + region.dc_waiting_mw + region.approved_mw;
            let headroom = region.hosting_capacity_mw - committed + st.approval_margin_mw;
            o.approve_mw[r] =
                super::round_to(headroom.clamp(0.0, region.queue_mw).min(4000.0), 250.0);
            // Upgrades ahead of need: they take years.
            let busy = committed / region.hosting_capacity_mw.max(1.0);
            let upgrade_at = if self.level == Level::Hard { 0.7 } else { 0.85 };
            if busy > upgrade_at && region.transmission_building_bn < 4.0 {
                o.transmission_bn[r] = if busy > 1.0 { 2.0 } else { 1.0 };
            }
            // Reserves: look a year ahead at data centers waiting and approved.
            let utilization = view.params.regions[r].data_centers.utilization;
            let coming = if self.level == Level::Easy {
                0.0
            } else {
                (region.dc_waiting_mw + 0.7 * region.approved_mw) * utilization
            };
            // The planning peak the margin is measured on (the quarter's own peak is lower
            // outside summer), a year of non-data-center growth ahead, and what is coming.
            let planning_peak = region.firm_capacity_mw / (1.0 + region.reserve_margin).max(0.1);
            let growth = 4.0 * view.params.regions[r].load_growth_q.max(0.0);
            let peak = planning_peak * (1.0 + growth) + coming;
            // What it builds is half batteries (firm) and half solar (a quarter firm) by MW.
            let firm_building = region.generation_building_mw * 0.5;
            // A hard bot plans a cushion: plants slip and loads come faster than approved.
            let cushion = if self.level == Level::Hard { 0.03 } else { 0.0 };
            let needed = (region.reserve_target + st.reserve_buffer + cushion) * peak + peak
                - region.firm_capacity_mw
                - firm_building;
            let held = held_dr.get(r).copied().unwrap_or(0.0);
            if needed > 0.0 {
                let mw = needed.min(4000.0);
                // Batteries are the fastest firm capacity; solar for energy; demand response now.
                o.battery_mw[r] =
                    super::round_to(mw * 0.7 / battery_credit.max(0.1), 100.0).min(5000.0);
                o.solar_mw[r] =
                    super::round_to(mw * 0.3 / solar_credit.max(0.1), 100.0).min(5000.0);
            }
            o.demand_response_mw[r] = steady_demand_response(held, needed, peak);
        }
        let arrears = view.politics.arrears;
        o.large_load_share = if self.level == Level::Hard {
            st.large_load_share
                .max(if arrears > 0.22 { 0.8 } else { 0.0 })
        } else {
            st.large_load_share
        };
        o.min_demand_charge = st.min_demand_charge;
        if self.level == Level::Hard && self.personality == "ratepayer" {
            // Every cost large loads can be made to carry is one households do not.
            o.large_load_share = 1.0;
            o.min_demand_charge = 0.85;
        }
        let blackouts: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_required = o.ride_through_required
            || blackouts > 0
            || (st.ride_through_from_start && self.level != Level::Easy)
            || self.level == Level::Hard;
        o.rate_case_pct = match view.own {
            Own::Utility { ffo_to_debt, .. } if ffo_to_debt < st.rate_case_below => 3.0,
            _ => 0.0,
        };
        o.capacity_cap = self.capacity_cap(view, o.capacity_cap);
        SeatOrders::Utility(o)
    }
}

/// Demand response is a standing programme: raised while reserves fall short, held otherwise,
/// and dropped only when the surplus would cover it with a margin to spare (three points of
/// the peak, an assumption), so a quarter's swing in the margin does not turn it off and on.
fn steady_demand_response(held_mw: f64, needed_mw: f64, peak_mw: f64) -> f64 {
    if needed_mw > 0.0 {
        held_mw.max(super::round_to((needed_mw * 0.5).min(3000.0), 100.0))
    } else if -needed_mw > held_mw + 0.03 * peak_mw {
        0.0
    } else {
        held_mw
    }
}
