//! Orders that set rules rather than spend money: tariffs, cost allocation, ride-through,
//! interconnection approvals, demand response and the capacity-price cap.

use super::orders::{Orders, at};
use super::report::{Msg, Severity, Topic, TurnReport};
use super::state::World;
use crate::engine::ids::Seat;

/// How strongly a minimum-demand charge deters speculative requests: the share of them it
/// keeps away per unit of the charge. Assumption: a bit above 1, so a charge near Ohio's 85% of
/// contracted demand deters (nearly) every speculative request.
const MIN_DEMAND_DETERRENCE: f64 = 1.2;

pub fn apply(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let wh = &orders.whitehouse;
    let u = &orders.utility;
    let policy = &mut world.policy;
    policy.chip_tariff = wh.chip_tariff;
    policy.equipment_tariff = wh.equipment_tariff;
    policy.exempt_intermediate = wh.exempt_intermediate;
    policy.fast_track = wh.fast_track;
    policy.federal_share = wh.federal_share_in_force();
    if u.ride_through_required && !policy.ride_through_required {
        policy.ride_through_since = Some(world.turn);
        report.say(
            Topic::Grid,
            Severity::Notice,
            Msg::new("news-ride-through-required"),
        );
    }
    if !u.ride_through_required {
        policy.ride_through_since = None;
    }
    policy.ride_through_required = u.ride_through_required;
    policy.large_load_share = u.large_load_share;
    let old_min_demand = policy.min_demand_charge;
    policy.min_demand_charge = u.min_demand_charge;
    policy.capacity_cap = u.capacity_cap;
    if let Some((cap, until)) = policy.lobbying_cap
        && world.turn < until
        && u.large_load_share > cap
    {
        report.tell(
            Seat::Utility,
            Topic::Orders,
            Severity::Notice,
            Msg::new("news-lobbying-cap")
                .num("wanted", u.large_load_share)
                .num("cap", cap),
        );
    }

    let params = world.params.clone();
    let siting: Vec<f64> = (0..world.regions.len())
        .map(|r| super::supply::siting_factor(world, r))
        .collect();
    for (r, region) in world.regions.iter_mut().enumerate() {
        let p = &params.regions[r].data_centers;
        // Financial commitments make speculative requests withdraw; new ones arrive fewer.
        let raised = (u.min_demand_charge - old_min_demand).max(0.0);
        region.dc.queue_mw *= 1.0 - p.speculative_share * raised;
        let deterred = p.speculative_share * (u.min_demand_charge * MIN_DEMAND_DETERRENCE).min(1.0);
        // Firm requests go where large loads' terms are cheaper.
        region.dc.queue_mw += p.queue_inflow_mw_q * (1.0 - deterred) * siting[r];
        // Fast-tracked cluster studies with readiness deposits clear speculative requests.
        if wh.fast_track {
            region.dc.queue_mw *= 1.0 - p.speculative_share * params.build.fast_track_queue_exit_q;
        }
        let approve = at(&u.approve_mw, r).min(region.dc.queue_mw);
        region.dc.queue_mw -= approve;
        region.dc.approved_mw += approve;
        region.demand_response_mw = at(&u.demand_response_mw, r);
    }
}
