//! Large-load disturbances and what they do to the grid.

use super::super::ids::Tech;
use super::super::report::{FaultOutcome, FaultReport, Msg, Severity, Topic, TurnReport};
use super::super::rng::{Purpose, Rngs};
use super::super::state::World;
use super::{GridInputs, HOUSEHOLD_KW, dc_load_mw};

/// Large-load disturbances: data centers without ride-through drop off at once; the lost load
/// against the region's tolerance decides between absorbed, a local outage and a cascade.
pub(super) fn faults(
    world: &mut World,
    r: usize,
    inputs: &GridInputs,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let params = world.params.clone();
    let region = &params.regions[r];
    let fp = &region.faults;
    let mut rng = rngs.stream(Purpose::Faults, world.turn, r as u32);
    let state = &world.regions[r];
    let dc_load = dc_load_mw(world, r);
    let growth = (state.dc.connected_mw() / state.dc.start_mw.max(1.0)).max(0.2);
    let stress = 1.0 + 2.0 * (dc_load / state.dc.hosting_capacity_mw.max(1.0) - 1.0).max(0.0);
    let mitigation = 1.0 / (1.0 + state.upgrades_bn / 10.0);
    let rate = fp.rate_q * growth.sqrt() * stress * mitigation;
    let count = rng.poisson(rate) + inputs.forced_faults.get(r).copied().unwrap_or(0);
    // Lock-step training swings make the load near a fault larger and jumpier.
    let openai_share = (state.dc.oracle_mw + state.dc.colo_mw) / state.dc.connected_mw().max(1.0);
    let smoothing = if inputs.ride_through_cooperation {
        0.3
    } else {
        1.0
    };
    let swing = 1.0 + 0.6 * inputs.training_intensity * smoothing * openai_share;
    // Batteries and upgrades add fast frequency response.
    let tolerable = fp.tolerable_loss_mw
        + 0.1 * state.capacity[Tech::Battery.index()]
        + 50.0 * state.upgrades_bn;
    let onsite = state.capacity[Tech::Onsite.index()];
    let households_k = region.households_m * 1000.0;
    for _ in 0..count {
        let near = dc_load * rng.range(fp.cluster_share_min, fp.cluster_share_max);
        let lost = near * (1.0 - state.dc.ride_through_share) * swing;
        let ratio = lost / tolerable.max(1.0);
        let cascade_p = 1.0 / (1.0 + (-(ratio - 1.0) / fp.cascade_width.max(0.01)).exp());
        let draw = rng.uniform();
        let outcome = if ratio < 0.5 {
            FaultOutcome::Absorbed
        } else if draw < cascade_p {
            FaultOutcome::Cascade
        } else if ratio >= 0.8 || draw < 0.5 {
            FaultOutcome::LocalOutage
        } else {
            FaultOutcome::Absorbed
        };
        let (share, hours) = match outcome {
            FaultOutcome::Absorbed => (0.0, 0.0),
            FaultOutcome::LocalOutage => (0.004 + 0.006 * ratio.min(2.0), rng.range(2.0, 6.0)),
            // Under-frequency load shedding sheds blocks of customers; wider the more is lost.
            FaultOutcome::Cascade => (
                (0.03 * ratio * ratio).clamp(0.02, 0.25),
                rng.range(4.0, 18.0) * ratio.min(2.5),
            ),
        };
        let affected_k = households_k * share;
        let unserved = affected_k * 1000.0 * HOUSEHOLD_KW / 1000.0 * hours;
        let on_own_power = if outcome == FaultOutcome::Absorbed {
            0.0
        } else {
            onsite.min(near)
        };
        let fault = FaultReport {
            outcome,
            lost_mw: lost,
            tolerable_mw: tolerable,
            households_k: affected_k,
            hours,
            unserved_mwh: unserved,
            dc_on_own_power_mw: on_own_power,
        };
        let key = match outcome {
            FaultOutcome::Absorbed => "news-trip-absorbed",
            FaultOutcome::LocalOutage => "news-trip-local",
            FaultOutcome::Cascade => "news-trip-cascade",
        };
        let severity = match outcome {
            FaultOutcome::Absorbed => Severity::Info,
            _ => Severity::Alert,
        };
        let msg = Msg::new(key)
            .text("region", region.id.clone())
            .num("lost", lost)
            .num("tolerable", tolerable)
            .num("households", affected_k)
            .num("hours", hours)
            .num("onsite", on_own_power);
        report.say(Topic::Grid, severity, msg);
        let rr = &mut report.regions[r];
        rr.outage_mwh += unserved;
        rr.faults.push(fault);
    }
}
