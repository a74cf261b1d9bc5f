//! The power grid each quarter: hourly merit-order dispatch with storage and transfers, scarcity
//! pricing, planning reserve margins, capacity auctions, and faults near data-center clusters with the
//! large-load losses they cause.

mod capacity;
mod dispatch;
pub mod entry;
mod faults;
mod order;
mod response;
mod storage;

pub use capacity::{capacity_curve, firm_capacity, next_auction, planning_peak};
pub use dispatch::variable_cost;
pub(crate) use faults::{drop_share_at, non_ride_through_limit_mw, openai_site_share};
pub use response::pay_demand_response;

use super::report::{Msg, Severity, Topic, TurnReport};
use super::rng::{Purpose, Rngs};
use super::state::World;
use std::cell::RefCell;

/// Not a model parameter: a quarter's days (thirteen weeks), dispatched hour by hour.
pub const DAYS: usize = 91;
/// Not a model parameter: a quarter's hours.
pub const HOURS: usize = DAYS * 24;
/// Not a model parameter: the longest storage duration a scenario may set, hours
/// (`technologies.battery_hours` is validated to 1-12); it sizes a day's charging plan.
pub(super) const MAX_BATTERY_HOURS: usize = 12;
/// Not a model parameter: the lowest `technologies.battery_efficiency` validation allows, held
/// here too (with 1 above) so a hand-built scenario cannot break the storage arithmetic.
pub(super) const MIN_BATTERY_EFFICIENCY: f64 = 0.5;
/// Average draw of a household, kW (for outage energy).
/// EIA 2022: the average US household used ~10,800 kWh a year, ~1.2 kW on average.
pub(crate) const HOUSEHOLD_KW: f64 = 1.2;

/// Inputs to one quarter's grid step that come from elsewhere in the turn.
#[derive(Clone, Debug, Default)]
pub struct GridInputs {
    /// Extra load per region this quarter from events (heat waves), share.
    pub load_shock: Vec<f64>,
    /// Share of each region's fleet a storm card freezes out on its week's coldest days.
    pub freeze: Vec<f64>,
    /// Faults forced by event cards, per region; they replace the quarter's base draw.
    pub forced_faults: Vec<u32>,
    /// OpenAI's training-run intensity and whether it smooths its ramps.
    pub training_intensity: f64,
    pub ride_through_cooperation: bool,
}

/// The data-center draw of a region, MW.
pub fn dc_load_mw(world: &World, r: usize) -> f64 {
    world.regions[r].dc.connected_mw() * world.params.regions[r].data_centers.utilization
}

thread_local! {
    /// Each region's hourly series, kept between quarters on this thread: every hour is written
    /// anew each quarter, so reusing them changes no result and saves allocating and zeroing.
    static HOURLY: RefCell<Vec<dispatch::Hourly>> = const { RefCell::new(Vec::new()) };
}

/// Hourly dispatch, prices, reserve margins, capacity prices and faults for every region.
pub fn step(world: &mut World, inputs: &GridInputs, rngs: &Rngs, report: &mut TurnReport) {
    HOURLY.with(|cell| match cell.try_borrow_mut() {
        Ok(mut hourly) => step_with(world, inputs, rngs, report, &mut hourly),
        // Only a step inside a step could find the series in use; give it its own.
        Err(_) => step_with(world, inputs, rngs, report, &mut Vec::new()),
    })
}

fn step_with(
    world: &mut World,
    inputs: &GridInputs,
    rngs: &Rngs,
    report: &mut TurnReport,
    hourly: &mut Vec<dispatch::Hourly>,
) {
    let n = world.params.regions.len();
    let stacks = dispatch::stacks(world);
    hourly.resize_with(n, dispatch::Hourly::default);
    for (r, h) in hourly.iter_mut().enumerate() {
        let mut rng = rngs.stream(Purpose::Weather, world.turn, r as u32);
        dispatch::build_hourly(world, r, inputs, &mut rng, &stacks[r], h);
    }
    let transfers_in = dispatch::transfer(&world.params, hourly, &stacks);
    let mut margins = Vec::with_capacity(n);
    for r in 0..n {
        let (rr, m) = dispatch::dispatch_region(world, r, &hourly[r], &stacks[r], transfers_in[r]);
        report.regions.push(rr);
        margins.push(m);
    }
    for (r, m) in margins.iter().enumerate() {
        capacity::plan_capacity(world, r, report);
        entry::record(world, r, m);
    }
    for r in 0..n {
        faults::faults(world, r, inputs, rngs, report);
    }
    for r in 0..n {
        publish(world, r, report);
        entry::enter(world, r, report);
    }
}

/// Carries the quarter's results into the region's state and the report.
fn publish(world: &mut World, r: usize, report: &mut TurnReport) {
    let rr = &report.regions[r];
    let g = &mut world.regions[r].grid;
    g.energy_price = rr.energy_price;
    g.zone_price = rr.zone_price;
    g.peak_price = rr.peak_price;
    g.reserve_margin = rr.reserve_margin;
    g.peak_load_mw = rr.peak_load_mw;
    g.unserved_mwh = rr.unserved_mwh;
    g.emissions_mt = rr.emissions_mt;
    g.faults = rr.faults.len() as u32;
    g.loss_events = rr.loss_events;
    g.mw_lost = rr.mw_lost;
    g.blackouts = rr.blackouts();
    let dc = &world.regions[r].dc;
    let rr = &mut report.regions[r];
    rr.dc_connected_mw = dc.connected_mw();
    rr.dc_waiting_mw = dc.waiting_mw();
    rr.dc_held_for_ride_through_mw = dc.held_for_ride_through_mw;
    rr.queue_mw = dc.queue_mw;
    rr.hosting_capacity_mw = dc.hosting_capacity_mw;
    rr.ride_through_share = dc.ride_through_share;
    let region = world.params.regions[r].id.clone();
    let cold_gw = rr.cold_outage_mw / 1000.0;
    let cold_news = rr.cold_outage_mw >= COLD_OUTAGE_NEWS_SHARE * rr.peak_load_mw;
    if rr.had_rolling_outages() {
        let households_k = world.params.regions[r].households_k();
        let key = if cold_news {
            "news-grid-shortfall-cold"
        } else {
            "news-grid-shortfall"
        };
        let msg = Msg::new(key)
            .text("region", region)
            .num("gwh", rr.unserved_mwh / 1000.0)
            .num("cold_gw", cold_gw)
            .num("households", rr.shed_households_k(households_k));
        report.say(Topic::Grid, Severity::Alert, msg);
    } else if cold_news {
        let msg = Msg::new("news-grid-cold-outages")
            .text("region", region)
            .num("cold_gw", cold_gw);
        report.say(Topic::Grid, Severity::Notice, msg);
    }
}

/// Plants forced out by the cold that make the news, as a share of the quarter's peak load.
/// Assumption: a twentieth, about a third of a reserve margin; PJM's Jan 2019 cold (~6% of its
/// fleet above a normal winter day's outages) drew a call for conservation.
const COLD_OUTAGE_NEWS_SHARE: f64 = 0.05;
