//! Hourly merit-order dispatch of one region: the supply stack, load, wind, solar and storage
//! hour by hour, transfers over links, and the marginal price with scarcity and congestion.

use super::super::ids::{Tech, TechArray};
use super::super::params::{CapacityMarketParams, Params, RegionParams};
use super::super::report::RegionReport;
use super::super::rng::Stream;
use super::super::state::World;
use super::entry::MarginTally;
use super::order::{larger, smaller};
use super::storage::BatteryPlan;
use super::{DAYS, GridInputs, HOURS, MIN_BATTERY_EFFICIENCY, dc_load_mw};
use std::cell::Cell;

/// Not a model parameter: the energy of one MW held for an hour, MWh.
const MWH_PER_MW_HOUR: f64 = 1.0;
/// Thermal and nuclear availability by season relative to the annual average (winter, spring,
/// summer, autumn): maintenance and refuelling are scheduled off-peak (NERC GADS patterns).
const MAINTENANCE: [f64; 4] = [1.02, 0.92, 1.07, 0.95];
/// Highest share of a thermal fleet available in any season. Assumption: forced outages keep a
/// few percent of units off even when no maintenance is scheduled, 3%.
const MAX_AVAILABILITY: f64 = 0.97;

/// Fuel-burning fleets are split into blocks of different efficiency, so the supply curve
/// slopes within a technology: (heat-rate multiplier, share of capacity).
/// Assumption: about the ±10% spread of unit heat rates around the fleet average (EIA Form 923).
const THERMAL_BLOCKS: [(f64, f64); 3] = [(0.92, 0.3), (1.0, 0.4), (1.12, 0.3)];

/// The merit order of one region for the quarter. Wind and solar are must-take (offered at
/// their near-zero cost, curtailed only beyond demand); every other step has the same
/// availability in every hour, so a cumulative sum locates the marginal unit.
pub(super) struct Stack {
    /// (cost, tech, MW available) sorted by cost.
    steps: Vec<(f64, Tech, f64)>,
    /// Cumulative MW up to and including each step.
    cumulative: Vec<f64>,
    /// Each step's cost and the MW of the steps below it, read together when it is marginal.
    marginal: Vec<Marginal>,
    /// All the steps' MW (the last cumulative sum).
    total_mw: f64,
    import_cost: f64,
    /// Price when must-take output covers all demand.
    floor_cost: f64,
    /// Where the last search ended: load moves little from one hour to the next, so the next
    /// search starts there and walks a step or two.
    hint: Cell<usize>,
    /// The region's reserve margin, in sigmas, from which scarcity adds nothing to the price.
    scarcity_cutoff_sigmas: f64,
}

/// The step that serves an hour's last MW.
#[derive(Clone, Copy, Default)]
struct Marginal {
    step: usize,
    cost: f64,
    /// MW of the steps below it.
    below_mw: f64,
}

impl Stack {
    fn total(&self) -> f64 {
        self.total_mw
    }

    /// The step that serves the `residual`-th MW when `available` of every step's MW runs
    /// (cold-weather outages take the same share of each), or None beyond the stack. Every
    /// cumulative sum scales by `available`, so the search runs on the unscaled sums.
    fn position(&self, residual: f64, available: f64) -> Option<Marginal> {
        self.marginal
            .get(self.steps_below(residual / available))
            .copied()
    }

    /// How many steps end below `residual`: the partition point of the cumulative sums (they
    /// never fall, as every step's MW is at least zero), found by walking from where the last
    /// search ended. A branch-free binary search and a branch-free count were both slower: the
    /// walk's branches are mispredicted only when the marginal step moves.
    fn steps_below(&self, residual: f64) -> usize {
        if residual.is_nan() {
            // No sum is below NaN.
            return 0;
        }
        let c = &self.cumulative;
        let mut k = self.hint.get().min(c.len());
        while k > 0 && c[k - 1] >= residual {
            k -= 1;
        }
        while k < c.len() && c[k] < residual {
            k += 1;
        }
        self.hint.set(k);
        k
    }
}

pub fn variable_cost(params: &Params, region: &RegionParams, gas_price: f64, tech: Tech) -> f64 {
    let t = params.technologies.get(tech);
    let fuel = match tech {
        Tech::GasCc | Tech::GasPeaker | Tech::Onsite => gas_price,
        Tech::Coal => region.coal_price(&params.reference),
        _ => 0.0,
    };
    let nuclear = if tech == Tech::Nuclear {
        params.reference.nuclear_fuel
    } else {
        0.0
    };
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
            _ => (params.technologies.get(t).availability * MAINTENANCE[season])
                .min(MAX_AVAILABILITY),
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
    let marginal = (0..steps.len())
        .map(|k| Marginal {
            step: k,
            cost: steps[k].0,
            below_mw: if k > 0 { cumulative[k - 1] } else { 0.0 },
        })
        .collect();
    let total_mw = cumulative.last().copied().unwrap_or(0.0);
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
        marginal,
        total_mw,
        import_cost,
        floor_cost,
        scarcity_cutoff_sigmas: scarcity_cutoff_sigmas(region),
        hint: Cell::new(0),
    }
}

/// Sunrise and sunset, hours of solar time, in the first quarter, the third, and the others.
/// Assumption: rough day lengths at the regions' latitudes (about 30-40°N), 10 hours in winter,
/// 14 in summer and 12 in spring and autumn, centred on noon.
const DAYLIGHT_Q1_H: (f64, f64) = (7.0, 17.0);
const DAYLIGHT_Q3_H: (f64, f64) = (5.5, 19.5);
const DAYLIGHT_OTHER_H: (f64, f64) = (6.5, 18.5);

/// Solar output per MW in each hour of a day, scaled so the day's mean is `cf`.
fn solar_profile(cf: f64, season: usize) -> [f64; 24] {
    let (rise, set) = match season {
        0 => DAYLIGHT_Q1_H,
        2 => DAYLIGHT_Q3_H,
        _ => DAYLIGHT_OTHER_H,
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

/// One region's quarter, hour by hour: household and commercial load (after storage), the
/// data centers' flat draw, and wind and solar output. Every hour is written each quarter, so
/// the series can be reused from one quarter to the next.
#[derive(Default)]
pub(super) struct Hourly {
    load: Vec<f64>,
    /// Data-center draw in each hour: the average with its training-run swing within a day.
    dc: Vec<f64>,
    wind: Vec<f64>,
    solar: Vec<f64>,
    /// Solar output per MW of capacity in each hour of the season's day, before the day's sun.
    solar_shape: [f64; 24],
    /// Each day's sun as a share of the season's mean.
    sun_days: Vec<f64>,
    /// Each day's share of the dispatchable fleet left running by cold-weather outages.
    available: Vec<f64>,
}

impl Hourly {
    fn renewables(&self, i: usize) -> f64 {
        self.wind[i] + self.solar[i]
    }

    fn dc(&self, i: usize) -> f64 {
        self.dc[i]
    }

    /// Share of the dispatchable fleet running in hour `i`.
    fn available(&self, i: usize) -> f64 {
        self.available.get(i / 24).copied().unwrap_or(1.0)
    }

    /// Day `d` of the quarter, None beyond the series.
    fn day(&self, d: usize) -> Option<Day<'_>> {
        Some(Day {
            load: self.load.as_chunks().0.get(d)?,
            dc: self.dc.as_chunks().0.get(d)?,
            wind: self.wind.as_chunks().0.get(d)?,
            solar: self.solar.as_chunks().0.get(d)?,
            sun_day: *self.sun_days.get(d)?,
            available: *self.available.get(d)?,
        })
    }

    /// Solar output per MW of capacity in `hour` of a day with `sun_day`'s sun.
    fn solar_per_mw(&self, hour: usize, sun_day: f64) -> f64 {
        self.solar_shape[hour % 24] * sun_day
    }
}

/// One day of a region's series.
struct Day<'a> {
    load: &'a [f64; 24],
    dc: &'a [f64; 24],
    wind: &'a [f64; 24],
    solar: &'a [f64; 24],
    sun_day: f64,
    available: f64,
}

impl Day<'_> {
    fn hour(&self, h: usize) -> Hour {
        Hour {
            load: self.load[h],
            dc: self.dc[h],
            wind: self.wind[h],
            solar: self.solar[h],
            available: self.available,
        }
    }
}

/// One hour of a region's series, read once for its dispatch.
struct Hour {
    load: f64,
    dc: f64,
    wind: f64,
    solar: f64,
    /// Share of the dispatchable fleet running.
    available: f64,
}

impl Hour {
    fn renewables(&self) -> f64 {
        self.wind + self.solar
    }
}

/// Synchronised training runs swing data-center draw on a cycle of hours (checkpoints, evals);
/// the swing grows with OpenAI's share of the region's data centers and its training intensity.
/// Peak swing of a region's data-center draw when all of it trains for OpenAI at full intensity,
/// as a share of the draw. Assumption: training jobs pulse between compute and checkpointing,
/// and a fleet of them swings its load by about a sixth.
const TRAINING_SWING_AMPLITUDE: f64 = 0.15;
/// Period of the training swing, hours. Assumption: a few checkpoint cycles a day, four.
const TRAINING_SWING_PERIOD_H: f64 = 6.0;
/// Share of the swing left when OpenAI cooperates on ride-through. Assumption: smoothing the
/// pulses (staggered jobs, on-site batteries) removes most of the swing, about 70%.
const COOPERATIVE_SWING_SHARE: f64 = 0.3;

fn training_swing(world: &World, r: usize, inputs: &GridInputs) -> [f64; 24] {
    let openai_share = super::openai_site_share(world, r);
    let smoothing = if inputs.ride_through_cooperation {
        COOPERATIVE_SWING_SHARE
    } else {
        1.0
    };
    let amplitude = TRAINING_SWING_AMPLITUDE * inputs.training_intensity * openai_share * smoothing;
    std::array::from_fn(|h| {
        amplitude * (std::f64::consts::TAU * h as f64 / TRAINING_SWING_PERIOD_H).sin()
    })
}

/// Least share of the weather's deviation any hour takes. Assumption: hot or cold days raise
/// peaks more than nights, but even the quietest hour moves by half as much as the peak.
const WEATHER_WEIGHT_FLOOR: f64 = 0.5;

pub(super) fn build_hourly(
    world: &World,
    r: usize,
    inputs: &GridInputs,
    rng: &mut Stream,
    st: &Stack,
    h: &mut Hourly,
) {
    let params = &world.params;
    let region = &params.regions[r];
    let state = &world.regions[r];
    let season = world.date.season();
    let shape = &region.daily_shape[season];
    // `weather_sigma` is the daily peak's swing: the peak hour takes the whole deviation, the
    // other hours a share as their load stands to the peak's (hot or cold days raise peaks more
    // than nights), and no hour less than `WEATHER_WEIGHT_FLOOR`.
    let peak_shape = shape.iter().copied().fold(0.0, f64::max).max(1e-9);
    let weather_weight: [f64; 24] =
        std::array::from_fn(|h| (shape[h] / peak_shape).max(WEATHER_WEIGHT_FLOOR));
    let base_load = state.non_dc_load_mw * region.seasonal[season];
    let storm = Storm {
        shock: inputs.load_shock.get(r).copied().unwrap_or(0.0),
        freeze: inputs.freeze.get(r).copied().unwrap_or(0.0),
    };
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
    for series in [&mut h.load, &mut h.wind, &mut h.solar, &mut h.dc] {
        series.resize(HOURS, 0.0);
    }
    h.solar_shape = solar;
    h.sun_days.resize(DAYS, 0.0);
    h.available.resize(DAYS, 1.0);
    let dc_load = dc_load_mw(world, r);
    let dc_swing = training_swing(world, r, inputs);
    let battery_mw = cap[Tech::Battery.index()];
    let t = &params.technologies;
    let batteries = (battery_mw > 0.0).then(|| {
        let efficiency = t.battery_efficiency.clamp(MIN_BATTERY_EFFICIENCY, 1.0);
        BatteryPlan::new(battery_mw, battery_mw * t.battery_hours, efficiency)
    });
    let (draws, spell) = weather_days(params, region, world.date.quarter, storm, rng, h);
    let days = h.load.as_chunks_mut::<24>().0.iter_mut();
    let days = days.zip(h.dc.as_chunks_mut::<24>().0.iter_mut());
    let days = days.zip(h.wind.as_chunks_mut::<24>().0.iter_mut());
    let days = days.zip(h.solar.as_chunks_mut::<24>().0.iter_mut());
    for (day, (((load, dc), wind), sun)) in days.enumerate() {
        let DayDraw {
            weather,
            wind_day,
            sun_day,
        } = draws[day];
        let shock = spell.storm_on(day).shock;
        let mut day_net = [0.0f64; 24];
        for hour in 0..24 {
            let w = 1.0 + weather * weather_weight[hour];
            load[hour] = base_load * (1.0 + shock) * shape[hour] * w;
            let night = if DAYTIME_HOURS.contains(&hour) {
                WIND_DAYTIME
            } else {
                WIND_NIGHTTIME
            };
            wind[hour] = wind_mw * wind_day * night;
            sun[hour] = solar_mw * solar[hour] * sun_day;
            dc[hour] = dc_load * (1.0 + dc_swing[hour]);
            day_net[hour] = load[hour] + dc[hour] - (wind[hour] + sun[hour]) - nuclear;
        }
        if let Some(plan) = &batteries {
            plan.shift(load, &day_net);
        }
    }
}

/// First day of the quarter whose cold can freeze gas supply and plants, by quarter: all of
/// January to March; in October to December, December's storms only (Elliott, Dec 2022), as
/// the deck's cold-snap cards fire in both quarters; spring and summer never (past the last day).
const FIRST_FREEZING_DAY: [usize; 4] = [0, DAYS, DAYS, DECEMBER_FIRST_DAY];
/// Not a model parameter: the day December starts in a fourth quarter, after October's 31 days
/// and November's 30.
const DECEMBER_FIRST_DAY: usize = 61;
/// Most of the dispatchable fleet cold can force out. Source: FERC-NERC report on Winter Storm
/// Uri (Nov 2021): 52,277 MW of ERCOT's generation unavailable at the worst point, about half.
const COLD_OUTAGE_MAX_SHARE: f64 = 0.5;

/// Outages that come with the cold: past `grid.cold_outage_onset_sigmas` of the day's load
/// deviation, gas supply freezes and plants trip together, so the region's
/// `cold_outage_per_sigma` of every step of the merit order is out for the day, per sigma
/// beyond (PJM's Elliott report, Jul 2023: 24% of capacity at the peak).
struct ColdOutages {
    onset: f64,
    per_sigma: f64,
    weather_sigma: f64,
    first_day: usize,
}

impl ColdOutages {
    fn new(params: &Params, region: &RegionParams, quarter: u8) -> Self {
        let season = usize::from(quarter.clamp(1, 4) - 1);
        Self {
            onset: params.grid.cold_outage_onset_sigmas,
            per_sigma: region.cold_outage_per_sigma,
            weather_sigma: region.weather_sigma_in(season),
            first_day: FIRST_FREEZING_DAY[season],
        }
    }

    /// Where a cold card's week may start: within the freezing days, in a quarter that has any.
    fn spell_from(&self) -> usize {
        if self.first_day < DAYS {
            self.first_day.min(DAYS - SPELL_DAYS)
        } else {
            0
        }
    }

    /// Share of the fleet running on `day`, whose load deviates by `deviation` (a share), with
    /// `freeze` of the fleet tripped by a storm's sudden freeze on its days past the onset.
    fn available(&self, day: usize, deviation: f64, freeze: f64) -> f64 {
        if day < self.first_day || self.weather_sigma <= 0.0 {
            return 1.0;
        }
        let beyond = deviation / self.weather_sigma - self.onset;
        if beyond <= 0.0 {
            return 1.0;
        }
        let out = self.per_sigma.max(0.0) * beyond + freeze.max(0.0);
        1.0 - out.clamp(0.0, COLD_OUTAGE_MAX_SHARE)
    }
}

/// The quarter's days of weather, a load card's week, and each day's sun and fleet running
/// (`h.sun_days`, `h.available`).
fn weather_days(
    params: &Params,
    region: &RegionParams,
    quarter: u8,
    storm: Storm,
    rng: &mut Stream,
    h: &mut Hourly,
) -> ([DayDraw; DAYS], Spell) {
    let season = usize::from(quarter.clamp(1, 4) - 1);
    let draws = day_draws(region.weather_sigma_in(season), rng);
    let cold = ColdOutages::new(params, region, quarter);
    let spell = Spell::new(storm, &draws, &cold);
    let days = h.sun_days.iter_mut().zip(h.available.iter_mut());
    for (day, ((sun, available), draw)) in days.zip(&draws).enumerate() {
        *sun = draw.sun_day;
        let storm = spell.storm_on(day);
        *available = cold.available(day, draw.weather + storm.shock, storm.freeze);
    }
    (draws, spell)
}

/// A day's weather: the load's deviation, and wind and sun as shares of their season's mean.
#[derive(Clone, Copy, Default)]
struct DayDraw {
    weather: f64,
    wind_day: f64,
    sun_day: f64,
}

/// Day-to-day persistence of the weather's load deviation (AR(1) coefficient). Assumption: hot
/// and cold spells last a few days, so a day keeps 60% of the day before's deviation.
const WEATHER_PERSISTENCE: f64 = 0.6;
/// Scale of each day's new weather shock on `weather_sigma`. Assumption: 0.8 = √(1 − 0.6²), so
/// the AR(1)'s stationary spread is `weather_sigma` itself.
const WEATHER_SHOCK_SCALE: f64 = 0.8;
/// Spread of a day's wind output about its season's mean, as a share. Assumption: daily wind
/// output varies by roughly half its mean from calm to windy days.
const WIND_DAY_SIGMA: f64 = 0.45;
/// Least a day's wind can be as a share of the season's mean. Assumption: even a calm day
/// keeps some output somewhere in the region, 15%.
const WIND_DAY_MIN: f64 = 0.15;
/// Most a day's wind can be as a share of the season's mean. Assumption: a storm day runs the
/// fleet near its rated power, about twice its seasonal mean output.
const WIND_DAY_MAX: f64 = 2.2;
/// Spread of a day's solar output about its season's mean, as a share. Assumption: cloud cover
/// moves a day's solar output by about a fifth.
const SUN_DAY_SIGMA: f64 = 0.2;
/// Least a day's sun can be as a share of the season's mean. Assumption: an overcast day
/// keeps about a third of the mean.
const SUN_DAY_MIN: f64 = 0.3;
/// Most a day's sun can be as a share of the season's mean. Assumption: a clear day gives
/// about 30% more than the season's mean.
const SUN_DAY_MAX: f64 = 1.3;
/// Wind by day (06:00–18:00) as a share of the day's mean. Assumption: wind blows harder at
/// night in the plains (the nocturnal low-level jet), so by day about 10% below the mean.
const WIND_DAYTIME: f64 = 0.9;
/// Wind by night as a share of the day's mean. Assumption: 10% above, as by day it is below.
const WIND_NIGHTTIME: f64 = 1.1;
/// The hours wind counts as day, 06:00-18:00. Assumption: the half of the day the sun heats
/// the ground and the night-time low-level jet is off.
const DAYTIME_HOURS: std::ops::Range<usize> = 6..18;

/// The quarter's days of weather, drawn in order (weather, wind, sun for each day in turn).
fn day_draws(weather_sigma: f64, rng: &mut Stream) -> [DayDraw; DAYS] {
    let mut weather = 0.0;
    let mut draws = [DayDraw::default(); DAYS];
    for d in &mut draws {
        // Weather persists for a few days: AR(1) on the daily load deviation.
        weather =
            WEATHER_PERSISTENCE * weather + WEATHER_SHOCK_SCALE * weather_sigma * rng.normal();
        d.weather = weather;
        d.wind_day = (1.0 + WIND_DAY_SIGMA * rng.normal()).clamp(WIND_DAY_MIN, WIND_DAY_MAX);
        d.sun_day = (1.0 + SUN_DAY_SIGMA * rng.normal()).clamp(SUN_DAY_MIN, SUN_DAY_MAX);
    }
    draws
}

/// How long a heat wave or cold snap (an event's load shock) lasts. Assumption: a week, as the
/// heat-wave card says ("A week of record heat"). The weather's own draws already hold an ordinary quarter's hot and cold spells, so a card
/// makes its quarter's worst spell worse rather than lifting every hour of the quarter.
const SPELL_DAYS: usize = 7;

/// An event's load shock on the quarter's worst week (within the freezing days where a cold
/// card's week must fall), or none.
struct Spell {
    start: Option<usize>,
    storm: Storm,
}

/// What a card's week brings: extra load (a share) and a freeze (a share of the fleet).
#[derive(Clone, Copy, Default)]
struct Storm {
    shock: f64,
    freeze: f64,
}

impl Spell {
    fn new(storm: Storm, draws: &[DayDraw; DAYS], cold: &ColdOutages) -> Self {
        let any = storm.shock != 0.0 || storm.freeze != 0.0;
        let start = any.then(|| spell_start(draws, cold.spell_from()));
        Self { start, storm }
    }

    /// The storm on `day`: the event's load shock and freeze within its week, else none.
    fn storm_on(&self, day: usize) -> Storm {
        match self.start {
            Some(start) if (start..start + SPELL_DAYS).contains(&day) => self.storm,
            _ => Storm::default(),
        }
    }
}

/// The first day of the quarter's worst week from day `from` on: the seven days whose load
/// deviation is largest.
fn spell_start(draws: &[DayDraw; DAYS], from: usize) -> usize {
    let week = |start: usize| -> f64 {
        draws[start..start + SPELL_DAYS]
            .iter()
            .map(|d| d.weather)
            .sum()
    };
    (from..=DAYS - SPELL_DAYS).fold(from, |best, start| {
        if week(start) > week(best) {
            start
        } else {
            best
        }
    })
}

/// Marginal cost of serving `demand` in hour `i` (imports last), and the shortfall when even
/// imports cannot cover it.
fn marginal(h: &Hourly, st: &Stack, i: usize, demand: f64, import_limit: f64) -> (f64, f64) {
    let residual = demand - h.renewables(i);
    if residual <= 0.0 {
        return (st.floor_cost, 0.0);
    }
    let available = h.available(i);
    match st.position(residual, available) {
        Some(m) => (m.cost, 0.0),
        None => {
            let beyond = residual - st.total() * available;
            if beyond <= import_limit {
                (st.import_cost, 0.0)
            } else {
                (f64::INFINITY, beyond - import_limit)
            }
        }
    }
}

/// Every region's merit order for the quarter.
pub(super) fn stacks(world: &World) -> Vec<Stack> {
    let season = world.date.season();
    (0..world.params.regions.len())
        .map(|r| {
            let state = &world.regions[r];
            stack(&world.params, r, &state.capacity, state.gas_price, season)
        })
        .collect()
}

/// Transfers over links: moves load from the dearer region to the cheaper, hour by hour, until
/// marginal costs meet or the limit binds. Returns each region's net imports, MWh.
pub(super) fn transfer(params: &Params, hourly: &mut [Hourly], stacks: &[Stack]) -> Vec<f64> {
    let n = params.regions.len();
    let mut transfers_in = vec![0.0; n];
    for link in &params.links {
        let (Some(a), Some(b)) = (
            params.region_index(&link.from),
            params.region_index(&link.to),
        ) else {
            continue;
        };
        let (ia, ib) = (
            params.regions[a].import_limit_mw,
            params.regions[b].import_limit_mw,
        );
        for i in 0..HOURS {
            let da = hourly[a].load[i] + hourly[a].dc(i);
            let db = hourly[b].load[i] + hourly[b].dc(i);
            let ca = hour_cost(&hourly[a], &stacks[a], i, da, ia);
            let cb = hour_cost(&hourly[b], &stacks[b], i, db, ib);
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
                if hour_cost(&hourly[src], &stacks[src], i, ds + mid, ls)
                    < hour_cost(&hourly[dst], &stacks[dst], i, dd - mid, ld)
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
    transfers_in
}

/// Marginal cost of an hour for comparing regions; a shortfall ranks above every price.
fn hour_cost(h: &Hourly, st: &Stack, i: usize, demand: f64, import_limit: f64) -> f64 {
    let (c, short) = marginal(h, st, i, demand, import_limit);
    if c.is_finite() { c } else { 1e6 + short }
}

/// What one hour's dispatch adds to the region's tallies.
#[derive(Default)]
struct Tally {
    /// Hours whose marginal unit was each step (the last slot: beyond the stack), each counted
    /// at the share of the fleet running, so a step's output is its MW times the sum above it.
    marginal_hours: Vec<f64>,
    /// Output of the marginal step in those hours, MWh.
    partial: Vec<f64>,
    /// Wind and solar actually used, MWh.
    renewable_out: [f64; 2],
    cost_weighted: f64,
    congestion_cost: f64,
    /// Data-center energy served and its cost at the zone's price.
    dc_energy: f64,
    zone_cost: f64,
    peak: f64,
    scarcity_hours: u32,
    dr_mwh: f64,
    dr_value: f64,
}

/// One region's quarter: dispatch hour by hour, then prices, output by technology and emissions.
pub(super) fn dispatch_region(
    world: &World,
    r: usize,
    h: &Hourly,
    st: &Stack,
    transfers_in: f64,
) -> (RegionReport, TechArray) {
    let params = &world.params;
    let region = &params.regions[r];
    let mut rr = RegionReport {
        id: region.id.clone(),
        gas_price: world.regions[r].gas_price,
        transfers_in_mwh: transfers_in,
        ..Default::default()
    };
    let steps = st.steps.len();
    let mut tally = Tally {
        marginal_hours: vec![0.0; steps + 1],
        partial: vec![0.0; steps],
        ..Default::default()
    };
    // Where data-center load outgrows the grid that hosts it, power into the pocket is
    // congested and dearer; transmission upgrades relieve it.
    let state = &world.regions[r];
    let hosting_use = dc_load_mw(world, r) / state.dc.hosting_capacity_mw.max(1.0);
    let g = &params.grid;
    let congestion = g.congestion_slope * (hosting_use - g.congestion_onset).clamp(0.0, 1.0);
    let mut margins = MarginTally::new(params, region, state.gas_price);
    let dr = DemandResponse {
        strike: g.demand_response_strike,
        data_centers_mw: state.demand_response_mw,
        others_mw: CapacityMarketParams::other_demand_response(region.capacity_market.as_ref()),
    };
    // A day at a time: each hour is cleared and tallied at once, and the storage margin reads
    // the day's prices at its end.
    for day in (0..DAYS).map_while(|d| h.day(d)) {
        for hour in 0..24 {
            let x = day.hour(hour);
            let c = clear_hour(region, &x, st, &dr, &mut tally);
            tally_energy(&x, st, &c, &mut rr, &mut tally);
            tally_money(region, &x, &c, congestion, &mut rr, &mut tally);
            // What a MW of solar would earn, with or without a fleet in the region yet.
            margins.hour(hour, c.c.price, h.solar_per_mw(hour, day.sun_day));
        }
        margins.end_day();
    }
    let least_available = h.available.iter().copied().fold(1.0, f64::min);
    rr.cold_outage_mw = st.total() * (1.0 - least_available);
    finish_region(params, region, st, &tally, &mut rr);
    (rr, margins.per_mw())
}

/// Output by technology, emissions and the quarter's prices from the hourly tallies.
fn finish_region(
    params: &Params,
    region: &RegionParams,
    st: &Stack,
    tally: &Tally,
    rr: &mut RegionReport,
) {
    let mut emissions = 0.0;
    let mut above = 0.0;
    for k in (0..st.steps.len()).rev() {
        above += tally.marginal_hours[k + 1];
        let (_, tech, mw) = st.steps[k];
        let output = mw * above + tally.partial[k];
        rr.generation_mwh[tech.index()] += output;
        emissions += output * params.technologies.get(tech).co2_t_per_mwh;
    }
    rr.generation_mwh[Tech::Wind.index()] += tally.renewable_out[0];
    rr.generation_mwh[Tech::Solar.index()] += tally.renewable_out[1];
    let served = rr.served_mwh;
    rr.energy_price = if served > 0.0 {
        tally.cost_weighted / served
    } else {
        region.price_cap
    };
    rr.zone_price = if tally.dc_energy > 0.0 {
        tally.zone_cost / tally.dc_energy
    } else {
        rr.energy_price
    };
    rr.emissions_mt = emissions / 1e6;
    rr.congestion = if served > 0.0 {
        tally.congestion_cost / served
    } else {
        0.0
    };
    rr.peak_load_mw = tally.peak;
    rr.dc_load_mw = tally.dc_energy / HOURS as f64;
    rr.scarcity_hours = tally.scarcity_hours;
    rr.dr_curtailed_mwh = tally.dr_mwh;
    // The energy part of the payment; the capacity part is added where it is paid.
    rr.dr_payment_bn = tally.dr_value / 1e9;
}

/// How one hour clears: the marginal step (None beyond the stack), imports, shortfall and the
/// region's price before congestion.
#[derive(Clone, Copy, Default)]
struct Clearing {
    step: Option<Marginal>,
    mc: f64,
    imports: f64,
    unserved: f64,
    price: f64,
}

#[inline]
fn clear(region: &RegionParams, x: &Hour, st: &Stack, demand: f64) -> Clearing {
    let renewables = x.renewables();
    let residual = demand - renewables;
    let (step, mc, imports, unserved) = if residual <= 0.0 {
        (None, st.floor_cost, 0.0, 0.0)
    } else {
        match st.position(residual, x.available) {
            Some(m) => (Some(m), m.cost, 0.0, 0.0),
            None => {
                let beyond = residual - st.total() * x.available;
                let imports = beyond.min(region.import_limit_mw);
                let unserved = beyond - imports;
                let mc = if unserved > 0.0 {
                    f64::INFINITY
                } else {
                    st.import_cost
                };
                (None, mc, imports, unserved)
            }
        }
    };
    let served = demand - unserved;
    let total_avail = renewables + st.total() * x.available + region.import_limit_mw;
    let adder = scarcity_adder(
        region,
        st.scarcity_cutoff_sigmas,
        total_avail - served,
        larger(served, 1.0),
    );
    let price = if unserved > 1e-6 || !mc.is_finite() {
        region.price_cap
    } else {
        smaller(mc + adder, region.price_cap)
    };
    Clearing {
        step,
        mc,
        imports,
        unserved,
        price,
    }
}

/// The scarcity adder, $/MWh, at `spare_mw` of supply beyond a load of `load_mw` (at least 1):
/// it falls exponentially with the reserve margin in units of `scarcity_sigma`, and is nil
/// from `cutoff_sigmas` of them on, where it would round to no cent.
fn scarcity_adder(region: &RegionParams, cutoff_sigmas: f64, spare_mw: f64, load_mw: f64) -> f64 {
    let sigma = larger(region.scarcity_sigma, 1e-3);
    // Most hours have reserves far beyond the cutoff: no division, no exponential.
    if spare_mw >= cutoff_sigmas * sigma * load_mw {
        return 0.0;
    }
    // A negative zero here is a zero all the same: exp(-0) = exp(0).
    let z = larger(spare_mw / load_mw, 0.0) / sigma;
    region.scarcity_adder * (-z).exp()
}

/// Energy prices settle in cents: ERCOT's settlement point prices and PJM's LMPs are published
/// in $/MWh to two decimals, so an adder under half a cent adds nothing to a price.
const HALF_CENT_PER_MWH: f64 = 0.005;

/// Most sigmas of reserve margin the scarcity adder is followed out to. Not a model parameter:
/// a bound on the exponential's tail; 30 sigmas (e^-30 of the adder) caps it for adders beyond
/// $50 billion per MWh.
const MAX_CUTOFF_SIGMAS: f64 = 30.0;

/// Reserve margins, in sigmas, from which the scarcity adder would be under half a cent.
fn scarcity_cutoff_sigmas(region: &RegionParams) -> f64 {
    (region.scarcity_adder / HALF_CENT_PER_MWH)
        .ln()
        .clamp(0.0, MAX_CUTOFF_SIGMAS)
}

/// Demand response called at scarcity, MW: the utility's contracts with data centers, and other
/// customers' cleared in a capacity auction; called when the price would reach the strike.
struct DemandResponse {
    strike: f64,
    data_centers_mw: f64,
    others_mw: f64,
}

/// How one hour cleared once demand response, if called, is netted from demand.
#[derive(Clone, Copy, Default)]
struct Cleared {
    demand: f64,
    /// Data-center load curtailed, MW.
    dc_curtailed: f64,
    c: Clearing,
}

/// One hour's clearing: demand response at scarcity, the marginal unit, imports, shortfall and
/// the region's price. Demand response's own tallies are kept here.
fn clear_hour(
    region: &RegionParams,
    x: &Hour,
    st: &Stack,
    dr: &DemandResponse,
    tally: &mut Tally,
) -> Cleared {
    let mut demand = x.load + x.dc;
    let mut c = clear(region, x, st, demand);
    let mut dc_curtailed = 0.0;
    if c.price >= dr.strike {
        tally.scarcity_hours += 1;
        // Each side can curtail only what it draws.
        dc_curtailed = dr.data_centers_mw.min(x.dc).max(0.0);
        let others = dr.others_mw.min(x.load).max(0.0);
        if dc_curtailed + others > 0.0 {
            demand -= dc_curtailed + others;
            c = clear(region, x, st, demand);
            tally.dr_mwh += dc_curtailed + others;
            // Only the data centers are paid here; other customers' curtailment is settled in
            // their own bills, which no longer buy the energy.
            tally.dr_value += dc_curtailed * c.price;
        }
    }
    Cleared {
        demand,
        dc_curtailed,
        c,
    }
}

/// The energy of a cleared hour: the marginal step's output, wind and solar used or curtailed,
/// imports and shortfall.
fn tally_energy(x: &Hour, st: &Stack, h: &Cleared, rr: &mut RegionReport, tally: &mut Tally) {
    let c = &h.c;
    let renewables = x.renewables();
    let residual = h.demand - renewables;
    match c.step {
        _ if residual <= 0.0 => rr.curtailed_mwh += -residual,
        Some(m) => {
            tally.marginal_hours[m.step] += x.available;
            tally.partial[m.step] += residual - m.below_mw * x.available;
        }
        None => tally.marginal_hours[st.steps.len()] += x.available,
    }
    let [wind, solar] = if renewables > h.demand {
        renewables_used_when_curtailed(x, h.demand)
    } else {
        [x.wind, x.solar]
    };
    tally.renewable_out[0] += wind;
    tally.renewable_out[1] += solar;
    rr.demand_mwh += h.demand * MWH_PER_MW_HOUR;
    rr.served_mwh += h.demand - c.unserved;
    rr.unserved_mwh += c.unserved;
    if c.unserved > 0.0 {
        // The shortfall falls on everyone but the data centers (served first above).
        let share = (c.unserved / x.load.max(1.0)).min(1.0);
        rr.shed_share_hours += share;
        rr.shed_peak_share = rr.shed_peak_share.max(share);
    }
    rr.imports_mwh += c.imports;
}

/// Wind and solar used in an hour that curtails them: they give way in proportion to their
/// output. Out of line, as hardly any hour curtails: inlined, the divisions were done in every
/// hour and thrown away.
#[cold]
#[inline(never)]
fn renewables_used_when_curtailed(x: &Hour, demand: f64) -> [f64; 2] {
    let renewables = x.renewables();
    [demand * x.wind / renewables, demand * x.solar / renewables]
}

/// The money of a cleared hour: the region's price on what it served, and the data-center
/// zone's price (with congestion) on the data centers' draw.
fn tally_money(
    region: &RegionParams,
    x: &Hour,
    h: &Cleared,
    congestion: f64,
    rr: &mut RegionReport,
    tally: &mut Tally,
) {
    let c = &h.c;
    let served = h.demand - c.unserved;
    tally.peak = larger(h.demand, tally.peak);
    // Congestion prices the data centers' node, not the whole region: the zone pays the
    // region's price plus the congestion on the power it draws in.
    let zone = if c.mc.is_finite() {
        smaller(c.price + c.mc * congestion, region.price_cap)
    } else {
        c.price
    };
    let dc_served = smaller(served, larger(x.dc - h.dc_curtailed, 0.0));
    rr.peak_price = larger(c.price, rr.peak_price);
    tally.cost_weighted += c.price * served + (zone - c.price) * dc_served;
    tally.congestion_cost += (zone - c.price) * dc_served;
    tally.zone_cost += zone * dc_served;
    tally.dc_energy += dc_served;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cold_takes_its_share_of_the_fleet_past_the_onset_up_to_half() {
        let mut params = Params::default();
        params.grid.cold_outage_onset_sigmas = 2.0;
        let region = RegionParams {
            weather_sigma: 0.05,
            cold_outage_per_sigma: 0.2,
            ..Default::default()
        };
        let winter = ColdOutages::new(&params, &region, 1);
        assert_eq!(
            winter.available(0, 0.09, 0.0),
            1.0,
            "1.8 sigmas: before the onset"
        );
        assert!(
            (winter.available(0, 0.15, 0.0) - 0.8).abs() < 1e-12,
            "one sigma past it"
        );
        assert_eq!(winter.available(0, 1.0, 0.0), 1.0 - COLD_OUTAGE_MAX_SHARE);
        assert_eq!(
            ColdOutages::new(&params, &region, 3).available(80, 0.15, 0.0),
            1.0
        );
        let autumn = ColdOutages::new(&params, &region, 4);
        assert_eq!(
            autumn.available(30, 0.15, 0.0),
            1.0,
            "October does not freeze"
        );
        assert!(autumn.available(70, 0.15, 0.0) < 1.0, "December does");
        // A storm's freeze adds its share past the onset, within the cap, and not before it.
        assert!((winter.available(0, 0.15, 0.1) - 0.7).abs() < 1e-12);
        assert_eq!(winter.available(0, 0.09, 0.1), 1.0);
        assert_eq!(winter.available(0, 0.3, 0.4), 1.0 - COLD_OUTAGE_MAX_SHARE);
        assert_eq!(
            ColdOutages::new(&params, &region, 3).available(80, 0.15, 0.1),
            1.0
        );
        assert_eq!(autumn.spell_from(), DECEMBER_FIRST_DAY);
    }

    #[test]
    fn the_scarcity_adder_is_the_exponential_until_it_would_round_to_no_cent() {
        let mut region = RegionParams::default();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let (mut nil, mut priced) = (0, 0);
        for round in 0..20_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            region.scarcity_adder = [5000.0, 2000.0, 1000.0, 0.02][round % 4];
            region.scarcity_sigma = [0.02, 0.05, 0.0004, 0.3][(round / 4) % 4];
            let cutoff = scarcity_cutoff_sigmas(&region);
            let load_mw = 1.0 + (x >> 44) as f64;
            let sigmas = ((x >> 30) % 40_000) as f64 / 1000.0 - 5.0;
            // The adder reads sigmas under a thousandth as a thousandth.
            let sigma = region.scarcity_sigma.max(1e-3);
            let spare_mw = sigmas * sigma * load_mw;
            let adder = scarcity_adder(&region, cutoff, spare_mw, load_mw);
            let exponential =
                region.scarcity_adder * (-(spare_mw / load_mw).max(0.0) / sigma).exp();
            if adder == 0.0 {
                nil += 1;
                assert!(exponential < HALF_CENT_PER_MWH * 1.000_001, "{exponential}");
            } else {
                priced += 1;
                assert_eq!(
                    adder.to_bits(),
                    exponential.to_bits(),
                    "{spare_mw} over {load_mw}"
                );
                assert!(adder >= HALF_CENT_PER_MWH * 0.999_999, "{adder}");
            }
        }
        assert!(nil > 5000 && priced > 5000, "nil {nil}, priced {priced}");
        region.scarcity_adder = 5000.0;
        region.scarcity_sigma = 0.02;
        let cutoff = scarcity_cutoff_sigmas(&region);
        assert_eq!(scarcity_adder(&region, cutoff, f64::NAN, 1.0), 5000.0);
        assert_eq!(scarcity_adder(&region, cutoff, -3.0, 1.0), 5000.0);
        assert_eq!(scarcity_adder(&region, cutoff, f64::INFINITY, 1.0), 0.0);
    }

    #[test]
    fn solar_profile_has_requested_mean_and_no_night_output() {
        let p = solar_profile(0.25, 2);
        let mean: f64 = p.iter().sum::<f64>() / 24.0;
        assert!((mean - 0.25).abs() < 1e-9);
        assert_eq!(p[0], 0.0);
        assert_eq!(p[23], 0.0);
        assert!(p[12] > p[8]);
    }
}
