//! Supply that answers prices: what a megawatt of each technology earned in the dispatch,
//! merchant entry when those margins beat the net cost of new entry, and retirements deferred
//! while existing units cover their fixed costs.

use super::super::ids::{Tech, TechArray};
use super::super::params::{MarketDesign, Params, RegionParams};
use super::super::report::{Msg, Severity, Topic, TurnReport};
use super::super::state::{Owner, ProjectKind, World};
use super::super::supply;
use super::order::{extreme_fours, from_total_order_key, larger, sorted_keys};
use super::{DAYS, MAX_BATTERY_HOURS, MIN_BATTERY_EFFICIENCY};

/// Not a model parameter: the fuel-burning and nuclear units, whose margin is price minus
/// variable cost when positive.
const THERMAL: [Tech; 4] = [Tech::Nuclear, Tech::Coal, Tech::GasCc, Tech::GasPeaker];
/// What merchants build: gas combined cycles and peakers, batteries and solar. Assumption:
/// what developers build on market margins within a game's years; nuclear, coal and hydro are
/// not built for margins here.
pub const ENTRANTS: [Tech; 4] = [Tech::GasCc, Tech::GasPeaker, Tech::Battery, Tech::Solar];
/// Entry below this is not worth a project, MW (an assumption: a small peaker block).
const MIN_PROJECT_MW: f64 = 50.0;
/// Reference size for quoting a new unit's cost, MW.
/// Assumption: a large plant's size, used only to quote costs per unit.
const QUOTE_MW: f64 = 1000.0;

/// Per-MW margins gathered hour by hour during dispatch: a few additions per hour, and one
/// sort of the day's 24 prices for storage.
pub(super) struct MarginTally {
    cost: [f64; 4],
    availability: [f64; 4],
    thermal: [f64; 4],
    solar: f64,
    battery: f64,
    day: [f64; 24],
    battery_hours: usize,
    efficiency: f64,
}

impl MarginTally {
    pub(super) fn new(params: &Params, region: &RegionParams, gas_price: f64) -> Self {
        let t = &params.technologies;
        Self {
            cost: THERMAL.map(|tech| super::variable_cost(params, region, gas_price, tech)),
            availability: THERMAL.map(|tech| t.get(tech).availability),
            thermal: [0.0; 4],
            solar: 0.0,
            battery: 0.0,
            day: [0.0; 24],
            battery_hours: (t.battery_hours.round() as usize).clamp(1, MAX_BATTERY_HOURS),
            efficiency: t.battery_efficiency.clamp(MIN_BATTERY_EFFICIENCY, 1.0),
        }
    }

    /// One hour of the day (0 to 23) at the region's price; solar output per MW of capacity in
    /// that hour.
    #[inline]
    pub(super) fn hour(&mut self, hour: usize, price: f64, solar_per_mw: f64) {
        for k in 0..THERMAL.len() {
            // `larger`, not `max(0.0)`: one instruction (a NaN margin counts as zero too). A
            // negative zero becomes a positive one, which adds the same to a sum that starts
            // at positive zero.
            self.thermal[k] += larger(price - self.cost[k], 0.0);
        }
        self.solar += price * solar_per_mw;
        self.day[hour % 24] = price;
    }

    /// Storage's margin once the day's 24 prices are in.
    pub(super) fn end_day(&mut self) {
        self.battery += day_spread(&self.day, self.battery_hours, self.efficiency);
    }

    /// Energy margin of one MW over the quarter, $ per MW, by technology.
    pub(super) fn per_mw(&self) -> TechArray {
        let mut out = [0.0; Tech::COUNT];
        for (k, tech) in THERMAL.iter().enumerate() {
            out[tech.index()] = self.thermal[k] * self.availability[k];
        }
        out[Tech::Solar.index()] = self.solar;
        out[Tech::Battery.index()] = self.battery;
        out
    }
}

/// A battery's arbitrage over one day: discharge in the `n` dearest hours, charge in the `n`
/// cheapest, losing the round trip; never negative. Each side is summed from the extreme hour
/// inward.
fn day_spread(day: &[f64; 24], n: usize, efficiency: f64) -> f64 {
    // Storage durations are whole hours up to 12; four or fewer need only the day's ends.
    let n = n.clamp(1, MAX_BATTERY_HOURS);
    let (cheap, dear) = if n <= 4 {
        let (low, high) = extreme_fours(day);
        (sum_keys(&low[..n]), sum_keys_down(&high[4 - n..]))
    } else {
        let keys = sorted_keys(day);
        (sum_keys(&keys[..n]), sum_keys_down(&keys[24 - n..]))
    };
    (dear - cheap / efficiency).max(0.0)
}

/// The values of rising keys, summed from the smallest up.
fn sum_keys(keys: &[u64]) -> f64 {
    keys.iter().map(|&k| from_total_order_key(k)).sum()
}

/// The values of rising keys, summed from the largest down.
fn sum_keys_down(keys: &[u64]) -> f64 {
    keys.iter().rev().map(|&k| from_total_order_key(k)).sum()
}

/// Records the quarter's energy margins, keeping the developers' look-back window.
pub(super) fn record(world: &mut World, r: usize, energy: &TechArray) {
    let keep = world.params.entry.lookback_q.max(1) as usize;
    let region = &mut world.regions[r];
    region.unit_margins.push(*energy);
    if region.unit_margins.len() > keep {
        let extra = region.unit_margins.len() - keep;
        region.unit_margins.drain(..extra);
    }
}

/// The capacity price owners and developers expect for the years ahead, $/MW-day: the last
/// auction's price, and no more than the cap in force allows the auctions still to come. Owners
/// decide on auction results and rules, not on last year's payments: PJM's $28.92 auction for
/// 2024/25 brought retirement notices, its $269.92 one for 2025/26 deferrals and new offers
/// (Independent Market Monitor, 2025 State of the Market).
pub fn expected_capacity_price(world: &World, r: usize) -> f64 {
    let region = &world.params.regions[r];
    let Some(market) = region.capacity_market.as_ref() else {
        return 0.0;
    };
    if region.market != MarketDesign::Capacity {
        return 0.0;
    }
    let last = world.regions[r]
        .capacity_schedule
        .iter()
        .max_by_key(|(from, _)| *from)
        .map_or(world.regions[r].capacity_price, |(_, p)| *p);
    last.min(world.policy.capacity_cap).max(market.floor)
}

/// Average energy margin of one MW of `tech` over the look-back window plus the capacity price
/// expected ahead on its capacity credit, $ per MW-year; None before the first quarter is
/// recorded.
pub fn expected_margin_per_mw_year(world: &World, r: usize, tech: Tech) -> Option<f64> {
    let history = &world.regions[r].unit_margins;
    if history.is_empty() {
        return None;
    }
    let sum: f64 = history.iter().map(|m| m[tech.index()]).sum();
    let credit = world.params.technologies.get(tech).capacity_credit;
    let capacity = expected_capacity_price(world, r) * DAYS as f64 * 4.0 * credit;
    Some(sum / history.len() as f64 * 4.0 + capacity)
}

/// Capital recovery factor: the share of an investment repaid each year over `years` at `rate`.
pub fn capital_recovery_factor(rate: f64, years: f64) -> f64 {
    if rate <= 1e-9 {
        return 1.0 / years.max(1.0);
    }
    let growth = (1.0 + rate).powf(years.max(1.0));
    rate * growth / (growth - 1.0)
}

/// Annualised cost of a new MW, $ per MW-year: today's quoted overnight cost (tariffs and
/// equipment scarcity included) less tax credits, times the capital recovery factor, plus
/// fixed O&M.
pub fn net_cone_per_mw_year(world: &World, tech: Tech) -> f64 {
    let params = &world.params;
    let t = params.technologies.get(tech);
    let est = supply::estimate(world, ProjectKind::Generation(tech), QUOTE_MW);
    let overnight_per_mw = est.cost_bn * 1e9 / QUOTE_MW;
    let credit = if matches!(tech, Tech::Solar | Tech::Battery) {
        params.entry.clean_itc_share
    } else {
        0.0
    };
    overnight_per_mw * (1.0 - credit) * capital_recovery_factor(params.entry.wacc, t.life_years)
        + t.fom_per_kw_year * 1000.0
}

/// Share of the scheduled retirements of `tech` that go ahead: all while margins cover little
/// of a unit's fixed cost, none once they cover it comfortably.
pub fn retirement_share(world: &World, r: usize, tech: Tech) -> f64 {
    let e = &world.params.entry;
    let fixed = world.params.technologies.get(tech).fom_per_kw_year * 1000.0;
    let Some(margin) = expected_margin_per_mw_year(world, r, tech) else {
        return 1.0;
    };
    if fixed <= 0.0 {
        return 0.0;
    }
    let coverage = margin / fixed;
    let span = (e.retire_none_above - e.retire_full_below).max(1e-6);
    ((e.retire_none_above - coverage) / span).clamp(0.0, 1.0)
}

/// Merchant MW of `tech` under construction in region `r`.
fn pipeline_mw(world: &World, r: usize, tech: Tech) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.region == r && p.owner == Owner::Merchant)
        .filter(|p| p.kind == ProjectKind::Generation(tech))
        .map(|p| p.size)
        .sum()
}

/// Developers start plants where a year of margins beats the net cost of new entry: the more
/// it does, the more they build, up to a pipeline limit; plants under way count against it.
pub(super) fn enter(world: &mut World, r: usize, report: &mut TurnReport) {
    let e = world.params.entry.clone();
    let peak = report.regions[r].peak_load_mw.max(0.0);
    for tech in ENTRANTS {
        let Some(margin) = expected_margin_per_mw_year(world, r, tech) else {
            continue;
        };
        let cone = net_cone_per_mw_year(world, tech);
        if cone <= 0.0 || margin <= cone {
            continue;
        }
        let excess = margin / cone - 1.0;
        let target = (e.share_of_peak_per_excess * excess).min(e.max_pipeline_share) * peak;
        let mw = ((target - pipeline_mw(world, r, tech)) / MIN_PROJECT_MW).floor() * MIN_PROJECT_MW;
        if mw < MIN_PROJECT_MW {
            continue;
        }
        let kind = ProjectKind::Generation(tech);
        if let Some(est) = supply::start(world, kind, Owner::Merchant, r, mw) {
            report.regions[r].merchant_started_mw[tech.index()] += mw;
            let msg = Msg::new("news-merchant-entry")
                .text("region", world.params.regions[r].id.clone())
                .text("tech", tech.id().to_string())
                .num("mw", mw)
                .num("margin", margin / 1000.0)
                .num("cone", cone / 1000.0)
                .text("online", world.date.plus(est.quarters).to_string());
            report.say(Topic::Grid, Severity::Info, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capital_recovery_matches_the_annuity_formula() {
        // 8% over 20 years: 0.10185 (standard annuity tables).
        assert!((capital_recovery_factor(0.08, 20.0) - 0.10185).abs() < 1e-4);
        assert!((capital_recovery_factor(0.0, 20.0) - 0.05).abs() < 1e-12);
    }

    #[test]
    fn a_battery_earns_the_daily_spread_less_losses() {
        let day: [f64; 24] = std::array::from_fn(|h| if h >= 20 { 100.0 } else { 20.0 });
        // Four dear hours at 100, four cheap at 20 with 80% efficiency: 400 - 80 / 0.8.
        let spread = day_spread(&day, 4, 0.8);
        assert!((spread - 300.0).abs() < 1e-9, "{spread}");
        let flat = [50.0; 24];
        assert_eq!(day_spread(&flat, 4, 0.8), 0.0);
    }

    /// The spread from a full sort of the day, each side summed from the extreme inward.
    fn spread_by_sorting(day: &[f64; 24], n: usize, efficiency: f64) -> f64 {
        let mut sorted = *day;
        sorted.sort_by(f64::total_cmp);
        let cheap: f64 = sorted[..n].iter().sum();
        let dear: f64 = sorted.iter().rev().take(n).sum();
        (dear - cheap / efficiency).max(0.0)
    }

    #[test]
    fn the_one_pass_spread_sums_the_same_bits_as_a_full_sort() {
        // A fixed linear congruential sequence: prices of every magnitude, with ties and signs.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..2000 {
            let day: [f64; 24] = std::array::from_fn(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let price = ((x >> 40) % 5000) as f64 / 7.0 - 40.0;
                if (x >> 20).is_multiple_of(5) {
                    35.0
                } else {
                    price * 1.0001
                }
            });
            let n = 1 + round % 12;
            let one_pass = day_spread(&day, n, 0.85);
            let sorted = spread_by_sorting(&day, n, 0.85);
            assert_eq!(
                one_pass.to_bits(),
                sorted.to_bits(),
                "round {round}: {day:?}"
            );
        }
    }
}
