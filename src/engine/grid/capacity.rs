//! Planning reserve margins and capacity auctions.

use super::super::ids::{Date, Tech, TechArray};
use super::super::params::{CapacityMarketParams, MarketDesign, Params};
use super::super::report::{Msg, ReserveFactors, Severity, Topic, TurnReport};
use super::super::state::{RegionState, World};
use super::dc_load_mw;

/// Firm capacity for reserve margins, MW: plants at their capacity credits, firm imports, the
/// utility's data-center demand response and the demand response other customers clear in a
/// capacity auction.
pub fn firm_capacity(params: &Params, r: usize, capacity: &TechArray, demand_response: f64) -> f64 {
    let region = &params.regions[r];
    let other_dr = CapacityMarketParams::other_demand_response(region.capacity_market.as_ref());
    let mut firm =
        region.import_limit_mw * region.import_capacity_credit + demand_response + other_dr;
    for tech in Tech::ALL {
        if tech != Tech::Onsite {
            firm += capacity[tech.index()] * params.technologies.get(tech).capacity_credit;
        }
    }
    firm
}

/// The reserve margin's parts: firm capacity split into plants and the rest, the planning peak
/// into households and data centers.
fn reserve_factors(
    params: &Params,
    r: usize,
    state: &RegionState,
    (firm, dc_load): (f64, f64),
) -> ReserveFactors {
    let plants_mw = firm_capacity(params, r, &state.capacity, 0.0)
        - firm_capacity(params, r, &[0.0; Tech::COUNT], 0.0);
    ReserveFactors {
        plants_mw,
        other_firm_mw: firm - plants_mw,
        household_peak_mw: planning_peak(params, r, state.non_dc_load_mw, 0.0),
        dc_peak_mw: dc_load,
    }
}

/// Planning peak: non-data-center peak in the season whose normal peak with its weather margin
/// is highest, plus data-center draw, MW.
pub fn planning_peak(params: &Params, r: usize, non_dc_load: f64, dc_load: f64) -> f64 {
    let region = &params.regions[r];
    let mut peak_factor: f64 = 0.0;
    for season in 0..4 {
        let shape_max = region.daily_shape[season]
            .iter()
            .copied()
            .fold(0.0, f64::max);
        let margin = params.grid.planning_weather_sigmas * region.weather_sigma_in(season);
        peak_factor = peak_factor.max(region.seasonal[season] * shape_max * (1.0 + margin));
    }
    non_dc_load * peak_factor + dc_load
}

/// The capacity demand curve: floor above target + high, linear up to the reference price at
/// target − low, continuing on the same slope beyond; then capped.
pub fn capacity_curve(market: &CapacityMarketParams, target: f64, margin: f64, cap: f64) -> f64 {
    let high = target + market.high_points / 100.0;
    let low = target - market.low_points / 100.0;
    let span = (high - low).max(1e-6);
    let uncapped = market.floor + (high - margin) / span * (market.reference_price - market.floor);
    uncapped.max(market.floor).min(cap.max(market.floor))
}

/// The reserve margin an auction held `quarters_ahead` from now forecasts for its delivery year:
/// capacity then includes plants due by then less the retirements the planner expects, demand
/// includes approved data centers that utilities forecast to connect.
fn auction_margin(
    world: &World,
    r: usize,
    market: &CapacityMarketParams,
    quarters_ahead: u32,
) -> f64 {
    let params = &world.params;
    let region = &params.regions[r];
    let state = &world.regions[r];
    let due_turn = world.turn + quarters_ahead + market.forward_quarters;
    let mut future = state.capacity;
    for p in &world.projects {
        if p.region == r
            && p.complete_turn <= due_turn
            && let super::super::state::ProjectKind::Generation(t) = p.kind
            && t != Tech::Onsite
        {
            future[t.index()] += p.size;
        }
    }
    // Retirements the planner expects: the scheduled ones less those margins now defer.
    for tech in Tech::ALL {
        let expected = region.retirements_mw_q.to_array()[tech.index()]
            * super::entry::retirement_share(world, r, tech);
        future[tech.index()] =
            (future[tech.index()] - expected * market.forward_quarters as f64).max(0.0);
    }
    let future_firm = firm_capacity(params, r, &future, state.demand_response_mw);
    let growth = (1.0 + region.load_growth_q).powi(market.forward_quarters as i32);
    let forecast_dc = (state.dc.connected_mw()
        + state.dc.waiting_mw()
        + state.dc.approved_mw * params.grid.approved_dc_counted)
        * region.data_centers.utilization;
    let future_peak = planning_peak(params, r, state.non_dc_load_mw * growth, forecast_dc);
    future_firm / future_peak.max(1.0) - 1.0
}

/// The next capacity auction of region `r` as today's outlook sees it: (quarter held, first
/// quarter of delivery, forecast reserve margin), or None where no capacity market runs.
pub fn next_auction(world: &World, r: usize) -> Option<(Date, Date, f64)> {
    let region = &world.params.regions[r];
    if region.market != MarketDesign::Capacity {
        return None;
    }
    let market = region.capacity_market.as_ref()?;
    let ahead = (u32::from(market.auction_quarter) + 4 - u32::from(world.date.quarter)) % 4;
    let held = world.date.plus(ahead);
    let margin = auction_margin(world, r, market, ahead);
    Some((held, held.plus(market.forward_quarters), margin))
}

/// Reserve margin now, and for capacity markets the auction and the price in force.
pub(super) fn plan_capacity(world: &mut World, r: usize, report: &mut TurnReport) {
    let params = world.params.clone();
    let region = &params.regions[r];
    let state = &world.regions[r];
    let dc_load = dc_load_mw(world, r);
    let firm = firm_capacity(&params, r, &state.capacity, state.demand_response_mw);
    let peak = planning_peak(&params, r, state.non_dc_load_mw, dc_load);
    let margin = firm / peak.max(1.0) - 1.0;
    report.regions[r].reserve_margin = margin;
    report.regions[r].reserve_factors = reserve_factors(&params, r, state, (firm, dc_load));

    if region.market != MarketDesign::Capacity {
        report.regions[r].capacity_price = 0.0;
        world.regions[r].capacity_price = 0.0;
        return;
    }
    let Some(market) = region.capacity_market.as_ref() else {
        return;
    };
    if world.date.quarter == market.auction_quarter {
        let delivery = world.date.plus(market.forward_quarters);
        let future_margin = auction_margin(world, r, market, 0);
        let price = capacity_curve(
            market,
            region.reserve_target,
            future_margin,
            world.policy.capacity_cap,
        );
        let schedule = &mut world.regions[r].capacity_schedule;
        schedule.retain(|(from, _)| *from < delivery);
        schedule.push((delivery, price));
        report.say(
            Topic::Grid,
            Severity::Notice,
            Msg::new("news-capacity-auction")
                .text("region", region.id.clone())
                .num("price", price)
                .num("margin", future_margin * 100.0)
                .num("target", region.reserve_target * 100.0)
                .text("delivery", delivery.to_string()),
        );
    }
    let price = world.regions[r]
        .capacity_schedule
        .iter()
        .filter(|(from, _)| *from <= world.date)
        .max_by_key(|(from, _)| *from)
        .map(|(_, p)| *p)
        .unwrap_or(market.floor);
    world.regions[r].capacity_price = price;
    report.regions[r].capacity_price = price;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_curve_floor_cap_and_slope() {
        let m = CapacityMarketParams {
            floor: 30.0,
            cap: 330.0,
            high_points: 5.0,
            low_points: 1.0,
            reference_price: 330.0,
            forward_quarters: 6,
            auction_quarter: 4,
            known_prices: vec![],
            other_demand_response_mw: 0.0,
        };
        assert_eq!(capacity_curve(&m, 0.20, 0.30, 330.0), 30.0);
        assert!((capacity_curve(&m, 0.20, 0.19, 2000.0) - 330.0).abs() < 1e-9);
        // Uncapped at 14.8% against a 20% target: about $529 in PJM's 2027/28 auction.
        let uncapped = capacity_curve(&m, 0.20, 0.148, 2000.0);
        assert!((500.0..560.0).contains(&uncapped), "{uncapped}");
        assert_eq!(capacity_curve(&m, 0.20, 0.148, 330.0), 330.0);
        let mid = capacity_curve(&m, 0.20, 0.22, 2000.0);
        assert!(mid > 30.0 && mid < 330.0);
    }
}
