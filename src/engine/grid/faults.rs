//! Faults near data-center clusters and the large-load losses they cause. A fault's voltage dip
//! makes data centers without ride-through drop to backup power at once (NERC Incident Review,
//! Jan 2025: ~1,500 MW from ~60 sites in Virginia, 10 Jul 2024). The sudden surplus raises
//! frequency by the loss over the region's frequency response; past the tolerable loss,
//! generators trip on over-frequency and the swing back may reach under-frequency load shedding,
//! or fall past its last stage into a cascade.

use super::super::ids::Tech;
use super::super::params::FaultParams;
use super::super::report::{FaultOutcome, FaultReport, Msg, Severity, Topic, TurnReport};
use super::super::rng::{Purpose, Rngs, Stream};
use super::super::state::World;
use super::{GridInputs, HOURS, HOUSEHOLD_KW, dc_load_mw};

/// North American grids run at 60 Hz (NERC BAL-003).
const NOMINAL_HZ: f64 = 60.0;
/// Frequency response of batteries built since the start, MW per 0.1 Hz per MW (the region's
/// response parameter already holds the starting fleet's): a 5% droop, full output over 3 Hz,
/// as ERCOT requires of resources (Nodal Operating Guide 2.2.7, BAL-001-TRE).
const BATTERY_RESPONSE_PER_MW: f64 = 0.1 / (0.05 * NOMINAL_HZ);
/// The frequency step the regions' response is stated in, Hz. Not a model parameter: the unit
/// of `response_mw`, MW per 0.1 Hz, as NERC BAL-003 states frequency response obligations.
const RESPONSE_STEP_HZ: f64 = 0.1;
/// Sudden loss tolerated per $B of transmission upgrades, MW. Assumption: stronger networks
/// keep more of the region's generation synchronised through a fault; no public figure.
const TOLERANCE_MW_PER_UPGRADE_BN: f64 = 50.0;
/// Upgrades spent for the fault rate near clusters to halve, $B. Assumption: new lines and
/// substations take load off the weakest circuits; no public figure.
const UPGRADE_BN_TO_HALVE_FAULTS: f64 = 10.0;
/// Extra load lost when a fault hits during lock-step training, at full intensity across the
/// region's fleet. Assumption: synchronised GPU ramps put sites at their peak draw and their
/// protection acts in unison (FACTS: training swings "up to 10x within seconds").
const LOCKSTEP_EXTRA: f64 = 0.6;
/// Ramp smoothing and accepted ride-through settings keep this share of the lock-step extra.
/// Assumption: the share the hourly dispatch keeps of training swings under the same
/// cooperation (`dispatch::training_swing`), so a fault sees the same smoothing as an hour.
const COOPERATION_SMOOTHING: f64 = 0.3;
/// Share of load dark in a cascade: at least the whole UFLS program (ERCOT Nodal Operating
/// Guide 2.6: 25% of load in three stages).
const CASCADE_SHARE: f64 = 0.25;
/// Fewest and most hours to restore feeders shed by under-frequency relays. Assumption: shed
/// feeders come back within hours, once frequency has recovered.
const SHED_HOURS: (f64, f64) = (1.0, 4.0);
/// Fewest and most hours to restore a collapsed area: wide-area restoration took 4-24 hours
/// for most customers in the Aug 2003 Northeast blackout.
const CASCADE_HOURS: (f64, f64) = (4.0, 24.0);
/// Not a model parameter: a bound on the faults drawn in one region and quarter, far above any
/// rate the scenario allows.
const MAX_FAULTS: u32 = 64;

/// What the grid can take at the moment of a fault.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Strength {
    pub tolerable_mw: f64,
    /// MW per 0.1 Hz.
    pub response_mw: f64,
    pub ufls_first_hz: f64,
    pub ufls_last_hz: f64,
}

/// The frequency excursion of one loss and its outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Swing {
    pub outcome: FaultOutcome,
    pub peak_hz: f64,
    pub nadir_hz: f64,
    pub tripped_mw: f64,
    pub shed_mw: f64,
}

/// The surplus of a sudden load loss raises frequency by loss / response x 0.1 Hz. Up to the
/// tolerable loss governors hold it. Beyond, generators trip on over-frequency; assumption: as
/// much generation trips as load was lost (relays at the same setting act together), so
/// frequency swings as far below 60 Hz. Under-frequency relays shed what holds it at their first
/// stage; below their last stage nothing stops the fall.
pub(crate) fn swing(lost_mw: f64, g: &Strength) -> Swing {
    let lost = lost_mw.max(0.0);
    let response = g.response_mw.max(1.0);
    let rise_hz = lost / response * RESPONSE_STEP_HZ;
    let mut s = Swing {
        outcome: FaultOutcome::Absorbed,
        peak_hz: NOMINAL_HZ + rise_hz,
        nadir_hz: NOMINAL_HZ,
        tripped_mw: 0.0,
        shed_mw: 0.0,
    };
    if lost <= g.tolerable_mw {
        return s;
    }
    s.tripped_mw = lost;
    s.nadir_hz = NOMINAL_HZ - rise_hz;
    if s.nadir_hz >= g.ufls_first_hz {
        return s;
    }
    // Shed enough to hold frequency at the first stage.
    s.shed_mw = lost - response * (NOMINAL_HZ - g.ufls_first_hz) / RESPONSE_STEP_HZ;
    s.outcome = if s.nadir_hz >= g.ufls_last_hz {
        FaultOutcome::LoadShed
    } else {
        FaultOutcome::Cascade
    };
    s
}

/// Least the data-center fleet's growth since the start counts as, a share. Assumption: as
/// sites close, faults still come from the lines and substations that stay, so the fleet counts
/// as at least a fifth of the start's and the base rate (by its root) falls at most to ~45%.
const MIN_FLEET_GROWTH: f64 = 0.2;
/// Extra faults when data-center draw is twice the hosting capacity or more, as a multiple of
/// the base rate. Assumption: a network loaded past its hosting capacity faults up to three
/// times as often.
const OVERLOAD_FAULT_EXTRA: f64 = 2.0;

/// Expected faults near data-center clusters this quarter: the yearly rate over four, more
/// with more sites exposed, more when data-center draw exceeds what the network hosts, fewer
/// with upgrades.
pub(crate) fn quarterly_rate(world: &World, r: usize) -> f64 {
    let fp = &world.params.regions[r].faults;
    let state = &world.regions[r];
    // Assumption: exposure grows with the square root of the fleet (sites cluster on the same
    // substations).
    let growth = (state.dc.connected_mw() / state.dc.start_mw.max(1.0)).max(MIN_FLEET_GROWTH);
    let over = dc_load_mw(world, r) / state.dc.hosting_capacity_mw.max(1.0) - 1.0;
    let stress = 1.0 + OVERLOAD_FAULT_EXTRA * over.clamp(0.0, 1.0);
    let mitigation = 1.0 / (1.0 + state.upgrades_bn.max(0.0) / UPGRADE_BN_TO_HALVE_FAULTS);
    fp.fault_rate_per_year.max(0.0) / 4.0 * growth.sqrt() * stress * mitigation
}

/// The grid's strength now: new batteries add fast frequency response, upgrades tolerance.
pub(crate) fn strength(world: &World, r: usize) -> Strength {
    let fp: &FaultParams = &world.params.regions[r].faults;
    let state = &world.regions[r];
    let battery = Tech::Battery.index();
    let new_battery_mw =
        (state.capacity[battery] - world.params.regions[r].fleet.to_array()[battery]).max(0.0);
    Strength {
        tolerable_mw: fp.tolerable_loss_mw
            + TOLERANCE_MW_PER_UPGRADE_BN * state.upgrades_bn.max(0.0),
        response_mw: fp.frequency_response_mw + BATTERY_RESPONSE_PER_MW * new_battery_mw,
        ufls_first_hz: fp.ufls_first_hz,
        ufls_last_hz: fp.ufls_last_hz,
    }
}

/// The most data-center load without ride-through the operator lets a region carry, MW: where
/// it reviews ride-through, it keeps the loss one fault could cause, near the largest cluster,
/// within what the grid can lose. ERCOT delays or curtails large loads that fail its review for
/// this reason (interim energization process, Large Load Working Group, Sep 2025: load without
/// ride-through in a faulted area above ~2,600 MW risks frequency instability). Without a
/// review there is no limit: loads connect as approved (Virginia, Jul 2024).
pub(crate) fn non_ride_through_limit_mw(world: &World, r: usize) -> f64 {
    let fp = &world.params.regions[r].faults;
    if !fp.ride_through_review {
        return f64::INFINITY;
    }
    strength(world, r).tolerable_mw / fp.cluster_share_max.max(1e-3)
}

/// Share of the load near a fault that drops off: what lacks ride-through, more when lock-step
/// training puts OpenAI's sites at their swings, less when OpenAI smooths its ramps.
pub(crate) fn drop_share(world: &World, r: usize, inputs: &GridInputs) -> f64 {
    drop_share_at(
        world,
        r,
        inputs.training_intensity,
        inputs.ride_through_cooperation,
    )
}

/// OpenAI's sites (Oracle's halls and the colocation it rents) as a share of the region's
/// connected data centers: the load its training swings move.
pub(crate) fn openai_site_share(world: &World, r: usize) -> f64 {
    let dc = &world.regions[r].dc;
    (dc.oracle_mw + dc.colo_mw) / dc.connected_mw().max(1.0)
}

/// The same at OpenAI's training intensity and choice of smooth ramps.
pub(crate) fn drop_share_at(
    world: &World,
    r: usize,
    training_intensity: f64,
    cooperation: bool,
) -> f64 {
    let dc = &world.regions[r].dc;
    let openai_share = openai_site_share(world, r);
    let smoothing = if cooperation {
        COOPERATION_SMOOTHING
    } else {
        1.0
    };
    let lockstep = LOCKSTEP_EXTRA * training_intensity.max(0.0) * smoothing * openai_share;
    (1.0 - dc.ride_through_share).clamp(0.0, 1.0) * (1.0 + lockstep)
}

/// This quarter's faults in region `r`: an event card that forces faults replaces the base
/// draw (the base rate is already fitted to observed events).
pub(super) fn faults(
    world: &mut World,
    r: usize,
    inputs: &GridInputs,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let drawn = rngs
        .stream(Purpose::Faults, world.turn, r as u32)
        .poisson(quarterly_rate(world, r));
    let forced = inputs.forced_faults.get(r).copied().unwrap_or(0);
    let count = if forced > 0 { forced } else { drawn }.min(MAX_FAULTS);
    let strength = strength(world, r);
    let drop = drop_share(world, r, inputs);
    let dc_load = dc_load_mw(world, r);
    let mut small = Vec::new();
    for k in 0..count {
        let mut rng = rngs.stream(Purpose::FaultSites, world.turn, r as u32 * 1024 + k);
        let fault = one_fault(world, r, dc_load, drop, &strength, &mut rng, report);
        if is_small(&fault) {
            small.push(fault.clone());
        } else {
            say(world, r, &fault, report);
        }
        let rr = &mut report.regions[r];
        rr.outage_mwh += fault.unserved_mwh;
        rr.mw_lost += fault.lost_mw;
        rr.loss_events += u32::from(fault.loss_event);
        rr.faults.push(fault);
    }
    say_small(world, r, &small, report);
}

/// A fault the grid rode out with nothing else to tell: under the large-load loss threshold and
/// no generator tripped.
fn is_small(f: &FaultReport) -> bool {
    f.outcome == FaultOutcome::Absorbed && f.tripped_mw <= 0.0 && !f.loss_event
}

/// One news line for a region's small faults, so a quarter of several does not fill the news:
/// the count, the MW lost in all and at most, and the highest frequency reached. A single one
/// keeps its own line.
fn say_small(world: &World, r: usize, small: &[FaultReport], report: &mut TurnReport) {
    let (first, rest) = match small {
        [] => return,
        [one] => return say(world, r, one, report),
        [first, rest @ ..] => (first, rest),
    };
    let lost: Vec<f64> = small.iter().map(|f| f.lost_mw).collect();
    let peak = rest.iter().map(|f| f.peak_hz).fold(first.peak_hz, f64::max);
    let msg = Msg::new("news-faults-absorbed")
        .text("region", world.params.regions[r].id.clone())
        .num("count", small.len() as f64)
        .num("lost", lost.iter().sum())
        .num("largest", lost.iter().copied().fold(0.0, f64::max))
        .num("peak", peak)
        .num("tolerable", first.tolerable_mw);
    report.say(Topic::Grid, Severity::Info, msg);
}

fn one_fault(
    world: &World,
    r: usize,
    dc_load: f64,
    drop: f64,
    strength: &Strength,
    rng: &mut Stream,
    report: &TurnReport,
) -> FaultReport {
    let region = &world.params.regions[r];
    let fp = &region.faults;
    let near = dc_load * rng.range(fp.cluster_share_min, fp.cluster_share_max);
    let lost = near * drop;
    let s = swing(lost, strength);
    // Both draws happen for every fault so that paired games stay aligned.
    let shed_hours = rng.range(SHED_HOURS.0, SHED_HOURS.1);
    let cascade_hours = rng.range(CASCADE_HOURS.0, CASCADE_HOURS.1);
    let avg_load = (report.regions[r].demand_mwh / HOURS as f64).max(1.0);
    // Assumption: relays shed feeders of every customer class alike.
    let (share, hours) = match s.outcome {
        FaultOutcome::Absorbed => (0.0, 0.0),
        FaultOutcome::LoadShed => ((s.shed_mw / avg_load).min(1.0), shed_hours),
        FaultOutcome::Cascade => (
            (s.shed_mw / avg_load).clamp(CASCADE_SHARE, 1.0),
            cascade_hours,
        ),
    };
    let households_k = region.households_k() * share;
    let on_own_power = if s.outcome == FaultOutcome::Absorbed {
        0.0
    } else {
        world.regions[r].capacity[Tech::Onsite.index()].min(near)
    };
    FaultReport {
        outcome: s.outcome,
        lost_mw: lost,
        loss_event: lost >= fp.large_load_event_mw,
        tolerable_mw: strength.tolerable_mw,
        response_mw: strength.response_mw,
        peak_hz: s.peak_hz,
        nadir_hz: s.nadir_hz,
        tripped_mw: s.tripped_mw,
        shed_mw: s.shed_mw,
        households_k,
        hours,
        unserved_mwh: households_k * HOUSEHOLD_KW * hours,
        dc_on_own_power_mw: on_own_power,
    }
}

/// The news line: what dropped off, how far frequency moved, and what it came to.
fn say(world: &World, r: usize, f: &FaultReport, report: &mut TurnReport) {
    let fp = &world.params.regions[r].faults;
    let (key, severity) = match f.outcome {
        FaultOutcome::Absorbed if f.tripped_mw > 0.0 => {
            ("news-fault-absorbed-trip", Severity::Notice)
        }
        FaultOutcome::Absorbed if f.loss_event => ("news-fault-absorbed-event", Severity::Notice),
        FaultOutcome::Absorbed => ("news-fault-absorbed", Severity::Info),
        FaultOutcome::LoadShed => ("news-fault-shed", Severity::Alert),
        FaultOutcome::Cascade => ("news-fault-cascade", Severity::Alert),
    };
    let msg = Msg::new(key)
        .text("region", world.params.regions[r].id.clone())
        .num("lost", f.lost_mw)
        .num("tolerable", f.tolerable_mw)
        .num("peak", f.peak_hz)
        .num("nadir", f.nadir_hz)
        .num("ufls", fp.ufls_first_hz)
        .num("ufls_last", fp.ufls_last_hz)
        .num("shed", f.shed_mw)
        .num("households", f.households_k)
        .num("hours", f.hours)
        .num("onsite", f.dc_on_own_power_mw);
    report.say(Topic::Grid, severity, msg);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ercot() -> Strength {
        Strength {
            tolerable_mw: 2600.0,
            response_mw: 450.0,
            ufls_first_hz: 59.3,
            ufls_last_hz: 58.5,
        }
    }

    #[test]
    fn yearly_rates_become_a_quarter_of_them_at_the_start() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let world = World::new(s.params.clone(), s.hash.clone());
        for r in 0..world.regions.len() {
            let per_year = world.params.regions[r].faults.fault_rate_per_year;
            let q = quarterly_rate(&world, r);
            assert!(
                (q - per_year / 4.0).abs() < 1e-9,
                "region {r}: {q} vs {per_year}/4"
            );
        }
    }

    #[test]
    fn upgrades_lower_the_fault_rate_and_raise_tolerance() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut world = World::new(s.params.clone(), s.hash.clone());
        let (rate, tolerable) = (quarterly_rate(&world, 0), strength(&world, 0).tolerable_mw);
        world.regions[0].upgrades_bn += UPGRADE_BN_TO_HALVE_FAULTS;
        assert!((quarterly_rate(&world, 0) - rate / 2.0).abs() < 1e-9);
        let more = strength(&world, 0).tolerable_mw - tolerable;
        assert!((more - TOLERANCE_MW_PER_UPGRADE_BN * UPGRADE_BN_TO_HALVE_FAULTS).abs() < 1e-9);
    }

    #[test]
    fn virginia_sized_loss_is_absorbed_with_a_small_rise() {
        let s = swing(1500.0, &ercot());
        assert_eq!(s.outcome, FaultOutcome::Absorbed);
        assert!((s.peak_hz - 60.333).abs() < 0.01, "{}", s.peak_hz);
        assert_eq!(s.tripped_mw, 0.0);
    }

    #[test]
    fn outcomes_follow_the_frequency_thresholds() {
        let g = ercot();
        // Past tolerable, generators trip; the swing stays above 59.3 Hz.
        let s = swing(3000.0, &g);
        assert_eq!(s.outcome, FaultOutcome::Absorbed);
        assert!(s.tripped_mw > 0.0 && s.nadir_hz > 59.3);
        // 4,000 MW: 0.89 Hz down, relays shed what holds 59.3 Hz (4,000 - 3,150).
        let s = swing(4000.0, &g);
        assert_eq!(s.outcome, FaultOutcome::LoadShed);
        assert!((s.shed_mw - 850.0).abs() < 1e-6, "{}", s.shed_mw);
        // 7,000 MW: 1.56 Hz down, past the last stage at 58.5 Hz.
        assert_eq!(swing(7000.0, &g).outcome, FaultOutcome::Cascade);
    }

    #[test]
    fn more_response_or_tolerance_never_worsens_an_outcome() {
        let rank = |o: FaultOutcome| match o {
            FaultOutcome::Absorbed => 0,
            FaultOutcome::LoadShed => 1,
            FaultOutcome::Cascade => 2,
        };
        let g = ercot();
        let stiffer = Strength {
            tolerable_mw: 3000.0,
            response_mw: 600.0,
            ..g
        };
        for lost in (0..100).map(|i| f64::from(i) * 100.0) {
            let (a, b) = (swing(lost, &g), swing(lost, &stiffer));
            assert!(rank(b.outcome) <= rank(a.outcome), "{lost} MW");
            assert!(b.shed_mw <= a.shed_mw + 1e-9);
            // And a smaller loss never does worse.
            assert!(rank(swing(lost * 0.8, &g).outcome) <= rank(a.outcome));
        }
    }
}
