//! The power grid each quarter: hourly merit-order dispatch with storage and transfers, scarcity
//! pricing, planning reserve margins, capacity auctions, and large-load trips.

use super::ids::{Tech, TechArray};
use super::params::{CapacityMarketParams, MarketDesign, Params, RegionParams};
use super::report::{FaultOutcome, FaultReport, Msg, RegionReport, Severity, Topic, TurnReport};
use super::rng::{Purpose, Rngs, Stream};
use super::state::World;

pub const DAYS: usize = 91;
pub const HOURS: usize = DAYS * 24;
const MWH_PER_MW_HOUR: f64 = 1.0;
/// Average draw of a household, kW (for outage energy).
const HOUSEHOLD_KW: f64 = 1.2;
/// Thermal and nuclear availability by season relative to the annual average (winter, spring,
/// summer, autumn): maintenance and refuelling are scheduled off-peak (NERC GADS patterns).
const MAINTENANCE: [f64; 4] = [1.02, 0.92, 1.07, 0.95];
/// Congestion starts when data-center draw passes this share of hosting capacity...
const CONGESTION_ONSET: f64 = 0.8;
/// ...and adds this share of the marginal cost per unit of use beyond it.
const CONGESTION_SLOPE: f64 = 1.0;
/// Demand response is called when the price would exceed this, $/MWh.
const DEMAND_RESPONSE_STRIKE: f64 = 300.0;

/// Inputs to one quarter's grid step that come from elsewhere in the turn.
#[derive(Clone, Debug, Default)]
pub struct GridInputs {
    /// Extra load per region this quarter from events (heat waves), share.
    pub load_shock: Vec<f64>,
    /// Faults forced by events, per region.
    pub forced_faults: Vec<u32>,
    /// OpenAI's training-run intensity and whether it smooths its ramps.
    pub training_intensity: f64,
    pub ride_through_cooperation: bool,
}

/// Fuel-burning fleets are split into blocks of different efficiency, so the supply curve
/// slopes within a technology: (heat-rate multiplier, share of capacity).
const THERMAL_BLOCKS: [(f64, f64); 3] = [(0.92, 0.3), (1.0, 0.4), (1.12, 0.3)];

/// The merit order of one region for the quarter. Wind and solar are must-take (offered at
/// their near-zero cost, curtailed only beyond demand); every other step has the same
/// availability in every hour, so a cumulative sum locates the marginal unit.
struct Stack {
    /// (cost, tech, MW available) sorted by cost.
    steps: Vec<(f64, Tech, f64)>,
    /// Cumulative MW up to and including each step.
    cumulative: Vec<f64>,
    import_cost: f64,
    /// Price when must-take output covers all demand.
    floor_cost: f64,
}

impl Stack {
    fn total(&self) -> f64 {
        self.cumulative.last().copied().unwrap_or(0.0)
    }

    /// The step that serves the `residual`-th MW, or None beyond the stack.
    fn position(&self, residual: f64) -> Option<usize> {
        let k = self.cumulative.partition_point(|c| *c < residual);
        (k < self.steps.len()).then_some(k)
    }
}

pub fn variable_cost(params: &Params, region: &RegionParams, gas_price: f64, tech: Tech) -> f64 {
    let t = params.technologies.get(tech);
    let fuel = match tech {
        Tech::GasCc | Tech::GasPeaker | Tech::Onsite => gas_price,
        Tech::Coal => params.reference.coal_price,
        _ => 0.0,
    };
    let nuclear = if tech == Tech::Nuclear {
        params.reference.nuclear_fuel
    } else {
        0.0
    };
    let _ = region;
    t.heat_rate * fuel + t.vom + nuclear
}

fn stack(params: &Params, r: usize, capacity: &TechArray, gas_price: f64, season: usize) -> Stack {
    let region = &params.regions[r];
    let mut steps: Vec<(f64, Tech, f64)> = Vec::new();
    for &t in Tech::ALL
        .iter()
        .filter(|t| !matches!(t, Tech::Battery | Tech::Onsite | Tech::Wind | Tech::Solar))
    {
        let cost = variable_cost(params, region, gas_price, t);
        let per_mw = match t {
            Tech::Hydro => region.hydro_cf[season],
            // Planned outages go to spring and autumn, so peaks see more of the fleet.
            _ => (params.technologies.get(t).availability * MAINTENANCE[season]).min(0.97),
        };
        let available = (capacity[t.index()] * per_mw).max(0.0);
        let heat = params.technologies.get(t).heat_rate;
        if heat > 0.0 {
            let vom = params.technologies.get(t).vom;
            for (multiplier, share) in THERMAL_BLOCKS {
                steps.push((vom + (cost - vom) * multiplier, t, available * share));
            }
        } else {
            steps.push((cost, t, available));
        }
    }
    steps.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut cumulative = Vec::with_capacity(steps.len());
    let mut sum = 0.0;
    for (_, _, mw) in &steps {
        sum += mw;
        cumulative.push(sum);
    }
    let import_cost =
        variable_cost(params, region, gas_price, Tech::GasCc) + region.import_price_adder;
    let floor_cost = params
        .technologies
        .wind
        .vom
        .min(params.technologies.solar.vom);
    Stack {
        steps,
        cumulative,
        import_cost,
        floor_cost,
    }
}

/// Solar output per MW in each hour of a day, scaled so the day's mean is `cf`.
fn solar_profile(cf: f64, season: usize) -> [f64; 24] {
    let (rise, set) = match season {
        0 => (7.0, 17.0),
        2 => (5.5, 19.5),
        _ => (6.5, 18.5),
    };
    let mut shape = [0.0; 24];
    let mut sum = 0.0;
    for (h, s) in shape.iter_mut().enumerate() {
        let t = h as f64 + 0.5;
        if t > rise && t < set {
            *s = ((t - rise) / (set - rise) * std::f64::consts::PI).sin();
            sum += *s;
        }
    }
    if sum > 0.0 {
        for s in &mut shape {
            *s *= cf * 24.0 / sum;
        }
    }
    shape
}

/// Firm capacity for reserve margins, MW.
pub fn firm_capacity(params: &Params, r: usize, capacity: &TechArray, demand_response: f64) -> f64 {
    let region = &params.regions[r];
    let mut firm = region.import_limit_mw * region.import_capacity_credit + demand_response;
    for tech in Tech::ALL {
        if tech != Tech::Onsite {
            firm += capacity[tech.index()] * params.technologies.get(tech).capacity_credit;
        }
    }
    firm
}

/// Planning peak: non-data-center peak in the peak season plus data-center draw, MW.
pub fn planning_peak(params: &Params, r: usize, non_dc_load: f64, dc_load: f64) -> f64 {
    let region = &params.regions[r];
    let mut peak_factor: f64 = 0.0;
    for season in 0..4 {
        let shape_max = region.daily_shape[season]
            .iter()
            .copied()
            .fold(0.0, f64::max);
        peak_factor = peak_factor.max(region.seasonal[season] * shape_max);
    }
    non_dc_load * peak_factor * (1.0 + 1.5 * region.weather_sigma) + dc_load
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

/// The data-center draw of a region, MW.
pub fn dc_load_mw(world: &World, r: usize) -> f64 {
    world.regions[r].dc.connected_mw() * world.params.regions[r].data_centers.utilization
}

/// One region's quarter, hour by hour: household and commercial load (after storage), the
/// data centers' flat draw, and wind and solar output.
struct Hourly {
    load: Vec<f64>,
    /// Average data-center draw and its training-run swing within a day (mean zero).
    dc_load: f64,
    dc_swing: [f64; 24],
    wind: Vec<f64>,
    solar: Vec<f64>,
}

impl Hourly {
    fn renewables(&self, i: usize) -> f64 {
        self.wind[i] + self.solar[i]
    }

    fn dc(&self, i: usize) -> f64 {
        self.dc_load * (1.0 + self.dc_swing[i % 24])
    }
}

/// Synchronised training runs swing data-center draw on a cycle of hours (checkpoints, evals);
/// the swing grows with OpenAI's share of the region's data centers and its training intensity.
fn training_swing(world: &World, r: usize, inputs: &GridInputs) -> [f64; 24] {
    let dc = &world.regions[r].dc;
    let openai_share = (dc.oracle_mw + dc.colo_mw) / dc.connected_mw().max(1.0);
    let smoothing = if inputs.ride_through_cooperation {
        0.3
    } else {
        1.0
    };
    let amplitude = 0.15 * inputs.training_intensity * openai_share * smoothing;
    std::array::from_fn(|h| amplitude * (std::f64::consts::TAU * h as f64 / 6.0).sin())
}

fn build_hourly(
    world: &World,
    r: usize,
    inputs: &GridInputs,
    rng: &mut Stream,
    st: &Stack,
) -> Hourly {
    let params = &world.params;
    let region = &params.regions[r];
    let state = &world.regions[r];
    let season = world.date.season();
    let shape = &region.daily_shape[season];
    let base_load = state.non_dc_load_mw
        * region.seasonal[season]
        * (1.0 + inputs.load_shock.get(r).copied().unwrap_or(0.0));
    let cap = &state.capacity;
    let solar = solar_profile(region.solar_cf[season], season);
    let wind_mw = cap[Tech::Wind.index()] * region.wind_cf[season];
    let solar_mw = cap[Tech::Solar.index()];
    let nuclear: f64 = st
        .steps
        .iter()
        .filter(|(_, t, _)| *t == Tech::Nuclear)
        .map(|(_, _, mw)| mw)
        .sum();
    let mut h = Hourly {
        load: vec![0.0; HOURS],
        dc_load: dc_load_mw(world, r),
        dc_swing: training_swing(world, r, inputs),
        wind: vec![0.0; HOURS],
        solar: vec![0.0; HOURS],
    };
    let battery_mw = cap[Tech::Battery.index()];
    let battery_energy = battery_mw * params.technologies.battery_hours;
    let efficiency = params.technologies.battery_efficiency.clamp(0.5, 1.0);
    let mut weather = 0.0;
    let mut day_net = [0.0f64; 24];
    for day in 0..DAYS {
        // Weather persists for a few days: AR(1) on the daily load deviation.
        weather = 0.6 * weather + 0.8 * region.weather_sigma * rng.normal();
        let wind_day = (1.0 + 0.45 * rng.normal()).clamp(0.15, 2.2);
        let sun_day = (1.0 + 0.2 * rng.normal()).clamp(0.3, 1.3);
        for hour in 0..24 {
            let i = day * 24 + hour;
            // Hot or cold days raise peaks more than nights.
            let w = 1.0 + weather * shape[hour].max(0.5);
            h.load[i] = base_load * shape[hour] * w;
            let night = if (6..18).contains(&hour) { 0.9 } else { 1.1 };
            h.wind[i] = wind_mw * wind_day * night;
            h.solar[i] = solar_mw * solar[hour] * sun_day;
            day_net[hour] = h.load[i] + h.dc(i) - h.renewables(i) - nuclear;
        }
        if battery_mw > 0.0 {
            shift_batteries(
                &mut h.load[day * 24..day * 24 + 24],
                &day_net,
                battery_mw,
                battery_energy,
                efficiency,
            );
        }
    }
    h
}

/// Charges in the hours of lowest net load and discharges in the highest, within power and
/// energy limits: storage adds load in cheap hours and removes it in dear ones.
fn shift_batteries(load: &mut [f64], net: &[f64; 24], power: f64, energy: f64, efficiency: f64) {
    let mut order: [usize; 24] = std::array::from_fn(|i| i);
    order.sort_unstable_by(|&a, &b| net[a].total_cmp(&net[b]).then(a.cmp(&b)));
    let mut stored = 0.0;
    for &h in order.iter().take(12) {
        let charge = power.min((energy - stored) / efficiency).max(0.0);
        if charge <= 0.0 {
            break;
        }
        // Only charge where a later peak exists that is clearly higher.
        load[h] += charge;
        stored += charge * efficiency;
    }
    for &h in order.iter().rev().take(12) {
        let discharge = power.min(stored).min(load[h] * 0.5);
        if discharge <= 0.0 {
            break;
        }
        load[h] -= discharge;
        stored -= discharge;
    }
}

/// Marginal cost of serving `demand` in hour `i` (imports last), and the shortfall when even
/// imports cannot cover it.
fn marginal(h: &Hourly, st: &Stack, i: usize, demand: f64, import_limit: f64) -> (f64, f64) {
    let residual = demand - h.renewables(i);
    if residual <= 0.0 {
        return (st.floor_cost, 0.0);
    }
    match st.position(residual) {
        Some(k) => (st.steps[k].0, 0.0),
        None => {
            let beyond = residual - st.total();
            if beyond <= import_limit {
                (st.import_cost, 0.0)
            } else {
                (f64::INFINITY, beyond - import_limit)
            }
        }
    }
}

/// Hourly dispatch, prices, reserve margins, capacity prices and faults for every region.
pub fn step(world: &mut World, inputs: &GridInputs, rngs: &Rngs, report: &mut TurnReport) {
    let params = world.params.clone();
    let n = params.regions.len();
    let season = world.date.season();
    let stacks: Vec<Stack> = (0..n)
        .map(|r| {
            stack(
                &params,
                r,
                &world.regions[r].capacity,
                world.regions[r].gas_price,
                season,
            )
        })
        .collect();
    let mut hourly: Vec<Hourly> = (0..n)
        .map(|r| {
            let mut rng = rngs.stream(Purpose::Weather, world.turn, r as u32);
            build_hourly(world, r, inputs, &mut rng, &stacks[r])
        })
        .collect();

    // Transfers over links: move load from the dearer region to the cheaper, hour by hour,
    // until marginal costs meet or the limit binds.
    let mut transfers_in = vec![0.0; n];
    for link in &params.links {
        let (Some(a), Some(b)) = (
            params.region_index(&link.from),
            params.region_index(&link.to),
        ) else {
            continue;
        };
        for i in 0..HOURS {
            let da = hourly[a].load[i] + hourly[a].dc(i);
            let db = hourly[b].load[i] + hourly[b].dc(i);
            let ia = params.regions[a].import_limit_mw;
            let ib = params.regions[b].import_limit_mw;
            let cost = |h: &Hourly, st: &Stack, d: f64, lim: f64| {
                let (c, short) = marginal(h, st, i, d, lim);
                if c.is_finite() { c } else { 1e6 + short }
            };
            let ca = cost(&hourly[a], &stacks[a], da, ia);
            let cb = cost(&hourly[b], &stacks[b], db, ib);
            if (ca - cb).abs() < 1e-9 {
                continue;
            }
            // Flow from cheap to dear; bisection on the flow.
            let (src, dst, ds, dd, ls, ld) = if ca < cb {
                (a, b, da, db, ia, ib)
            } else {
                (b, a, db, da, ib, ia)
            };
            let (mut lo, mut hi) = (0.0, link.limit_mw.min(dd));
            for _ in 0..24 {
                let mid = 0.5 * (lo + hi);
                if cost(&hourly[src], &stacks[src], ds + mid, ls)
                    < cost(&hourly[dst], &stacks[dst], dd - mid, ld)
                {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let flow = lo;
            if flow > 0.0 {
                hourly[src].load[i] += flow;
                hourly[dst].load[i] -= flow;
                transfers_in[src] -= flow;
                transfers_in[dst] += flow;
            }
        }
    }

    for r in 0..n {
        let region = &params.regions[r];
        let h = &hourly[r];
        let st = &stacks[r];
        let dr_mw = world.regions[r].demand_response_mw;
        let mut rr = RegionReport {
            id: region.id.clone(),
            transfers_in_mwh: transfers_in[r],
            ..Default::default()
        };
        let mut cost_weighted = 0.0;
        let mut peak: f64 = 0.0;
        let mut dc_energy = 0.0;
        let steps = st.steps.len();
        // Hours in which dispatch went past step k is the count of hours whose position is
        // above k: tally positions, then sum from the top.
        let mut marginal_hours = vec![0u32; steps + 1];
        let mut partial = vec![0.0; steps];
        let mut renewable_out = [0.0; 2];
        let total_stack = st.total();
        // Where data-center load outgrows the grid that hosts it, power into the pocket is
        // congested and dearer; transmission upgrades relieve it.
        let state = &world.regions[r];
        let hosting_use = dc_load_mw(world, r) / state.dc.hosting_capacity_mw.max(1.0);
        let congestion = CONGESTION_SLOPE * (hosting_use - CONGESTION_ONSET).clamp(0.0, 1.0);
        let mut congestion_cost = 0.0;
        for i in 0..HOURS {
            let mut demand = h.load[i] + h.dc(i);
            if dr_mw > 0.0
                && marginal(h, st, i, demand, region.import_limit_mw).0 > DEMAND_RESPONSE_STRIKE
            {
                demand = (demand - dr_mw).max(0.0);
            }
            let renewables = h.renewables(i);
            let residual = demand - renewables;
            let (mc, imports, unserved) = if residual <= 0.0 {
                rr.curtailed_mwh += -residual;
                (st.floor_cost, 0.0, 0.0)
            } else {
                match st.position(residual) {
                    Some(k) => {
                        marginal_hours[k] += 1;
                        let below = if k > 0 { st.cumulative[k - 1] } else { 0.0 };
                        partial[k] += residual - below;
                        (st.steps[k].0, 0.0, 0.0)
                    }
                    None => {
                        marginal_hours[steps] += 1;
                        let beyond = residual - total_stack;
                        let imports = beyond.min(region.import_limit_mw);
                        let unserved = beyond - imports;
                        let mc = if unserved > 0.0 {
                            f64::INFINITY
                        } else {
                            st.import_cost
                        };
                        (mc, imports, unserved)
                    }
                }
            };
            let used = renewables.min(demand);
            if renewables > 0.0 {
                renewable_out[0] += used * h.wind[i] / renewables;
                renewable_out[1] += used * h.solar[i] / renewables;
            }
            let served = demand - unserved;
            peak = peak.max(demand);
            rr.demand_mwh += demand * MWH_PER_MW_HOUR;
            rr.served_mwh += served;
            rr.unserved_mwh += unserved;
            rr.imports_mwh += imports;
            let total_avail = renewables + total_stack + region.import_limit_mw;
            let reserve = ((total_avail - served) / served.max(1.0)).max(0.0);
            let z = reserve / region.scarcity_sigma.max(1e-3);
            let adder = if z < 30.0 {
                region.scarcity_adder * (-z).exp()
            } else {
                0.0
            };
            let price = if unserved > 1e-6 || !mc.is_finite() {
                region.price_cap
            } else {
                (mc * (1.0 + congestion) + adder).min(region.price_cap)
            };
            congestion_cost += mc.min(region.price_cap) * congestion * served;
            rr.peak_price = rr.peak_price.max(price);
            cost_weighted += price * served;
            dc_energy += h.dc(i).min(served);
        }
        let mut emissions = 0.0;
        let mut above = 0u32;
        for k in (0..steps).rev() {
            above += marginal_hours[k + 1];
            let (_, tech, mw) = st.steps[k];
            let output = mw * f64::from(above) + partial[k];
            rr.generation_mwh[tech.index()] += output;
            emissions += output * params.technologies.get(tech).co2_t_per_mwh;
        }
        rr.generation_mwh[Tech::Wind.index()] += renewable_out[0];
        rr.generation_mwh[Tech::Solar.index()] += renewable_out[1];
        rr.energy_price = if rr.served_mwh > 0.0 {
            cost_weighted / rr.served_mwh
        } else {
            region.price_cap
        };
        rr.emissions_mt = emissions / 1e6;
        rr.congestion = if rr.served_mwh > 0.0 {
            congestion_cost / rr.served_mwh
        } else {
            0.0
        };
        rr.peak_load_mw = peak;
        rr.dc_load_mw = dc_energy / HOURS as f64;
        report.regions.push(rr);
    }

    for r in 0..n {
        plan_capacity(world, r, report);
    }
    for r in 0..n {
        faults(world, r, inputs, rngs, report);
    }
    for r in 0..n {
        let rr = &report.regions[r];
        let g = &mut world.regions[r].grid;
        g.energy_price = rr.energy_price;
        g.peak_price = rr.peak_price;
        g.reserve_margin = rr.reserve_margin;
        g.peak_load_mw = rr.peak_load_mw;
        g.unserved_mwh = rr.unserved_mwh;
        g.emissions_mt = rr.emissions_mt;
        g.trips = rr.faults.len() as u32;
        g.blackouts = rr
            .faults
            .iter()
            .filter(|f| f.outcome != FaultOutcome::Absorbed)
            .count() as u32;
        let dc = &world.regions[r].dc;
        let rr = &mut report.regions[r];
        rr.dc_connected_mw = dc.connected_mw();
        rr.dc_waiting_mw = dc.waiting_mw();
        rr.queue_mw = dc.queue_mw;
        rr.hosting_capacity_mw = dc.hosting_capacity_mw;
        rr.ride_through_share = dc.ride_through_share;
        if rr.unserved_mwh > 1.0 {
            let msg = Msg::new("news-grid-shortfall")
                .text("region", params.regions[r].id.clone())
                .num("gwh", rr.unserved_mwh / 1000.0);
            report.say(Topic::Grid, Severity::Alert, msg);
        }
    }
}

/// Reserve margin now, and for capacity markets the auction and the price in force.
fn plan_capacity(world: &mut World, r: usize, report: &mut TurnReport) {
    let params = world.params.clone();
    let region = &params.regions[r];
    let state = &world.regions[r];
    let dc_load = dc_load_mw(world, r);
    let firm = firm_capacity(&params, r, &state.capacity, state.demand_response_mw);
    let peak = planning_peak(&params, r, state.non_dc_load_mw, dc_load);
    let margin = firm / peak.max(1.0) - 1.0;
    report.regions[r].reserve_margin = margin;

    if region.market != MarketDesign::Capacity {
        report.regions[r].capacity_price = 0.0;
        world.regions[r].capacity_price = 0.0;
        return;
    }
    let Some(market) = region.capacity_market.as_ref() else {
        return;
    };
    if world.date.quarter == market.auction_quarter {
        // The auction prices a delivery year ahead: capacity then includes plants due by then,
        // demand includes approved data centers that utilities forecast to connect.
        let delivery = world.date.plus(market.forward_quarters);
        let due_turn = world.turn + market.forward_quarters;
        let mut future = state.capacity;
        for p in &world.projects {
            if p.region == r
                && p.complete_turn <= due_turn
                && let super::state::ProjectKind::Generation(t) = p.kind
                && t != Tech::Onsite
            {
                future[t.index()] += p.size;
            }
        }
        for tech in Tech::ALL {
            future[tech.index()] = (future[tech.index()]
                - region.retirements_mw_q.to_array()[tech.index()]
                    * market.forward_quarters as f64)
                .max(0.0);
        }
        let future_firm = firm_capacity(&params, r, &future, state.demand_response_mw);
        let growth = (1.0 + region.load_growth_q).powi(market.forward_quarters as i32);
        let forecast_dc =
            (state.dc.connected_mw() + state.dc.waiting_mw() + state.dc.approved_mw * 0.7)
                * region.data_centers.utilization;
        let future_peak = planning_peak(&params, r, state.non_dc_load_mw * growth, forecast_dc);
        let future_margin = future_firm / future_peak.max(1.0) - 1.0;
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

/// Large-load disturbances: data centers without ride-through drop off at once; the lost load
/// against the region's tolerance decides between absorbed, a local outage and a cascade.
fn faults(world: &mut World, r: usize, inputs: &GridInputs, rngs: &Rngs, report: &mut TurnReport) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solar_profile_has_requested_mean_and_no_night_output() {
        let p = solar_profile(0.25, 2);
        let mean: f64 = p.iter().sum::<f64>() / 24.0;
        assert!((mean - 0.25).abs() < 1e-9);
        assert_eq!(p[0], 0.0);
        assert_eq!(p[23], 0.0);
        assert!(p[12] > p[8]);
    }

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

    #[test]
    fn batteries_move_energy_from_peaks_to_troughs() {
        let mut load: Vec<f64> = (0..24).map(|h| 100.0 + 10.0 * h as f64).collect();
        let mut net = [0.0; 24];
        net.copy_from_slice(&load);
        let before_peak = load[23];
        shift_batteries(&mut load, &net, 20.0, 80.0, 0.9);
        assert!(load[23] < before_peak);
        assert!(load[0] > 100.0);
        let added: f64 = load.iter().sum::<f64>() - net.iter().sum::<f64>();
        // Losses: energy in exceeds energy out.
        assert!(added > 0.0);
    }
}
