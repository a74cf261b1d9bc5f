//! Equipment supply and the construction pipeline: tariffs and backlogs set prices and lead
//! times; orders become projects that are paid for while they are built and come online later.

use super::finance;
use super::ids::{CompanyId, Good, Tech};
use super::ledger::{Account, Flow};
use super::orders::{Orders, at};
use super::report::{GoodReport, Msg, Severity, Topic, TurnReport};
use super::state::{Owner, Project, ProjectKind, World};
use crate::engine::ids::Seat;

/// Share of the transformer lead time a power plant waits for.
/// Assumption: a plant orders its step-up transformer early, so it waits half the lead time.
const GENERATION_TRANSFORMER_WAIT: f64 = 0.5;
/// Share of the transformer lead time a data center waits for (the rest overlaps its build).
/// Assumption: half, as substations are ordered alongside the shell.
const DC_TRANSFORMER_WAIT: f64 = 0.5;
/// Exemptions for intermediate goods do not cover all of the equipment tariff (metals inputs).
/// Assumption: 80%: the 50% metals tariffs (Jun 2025) reach transformers' steel and copper.
const EQUIPMENT_EXEMPT_SHARE: f64 = 0.8;
/// Transformer capacity needed per MW of generation relative to a data center.
/// Assumption: a plant needs one step-up transformer where a data center needs a substation.
const GENERATION_TRANSFORMER_FACTOR: f64 = 0.5;
/// Quarters to fit ride-through equipment.
/// Assumption: UPS and control retrofits take about six months.
const RIDE_THROUGH_QUARTERS: u32 = 2;
/// Share of ride-through compliance reached by data centers other than Oracle's.
/// Assumption: 90%, as some sites miss any rule's deadline.
pub(crate) const RIDE_THROUGH_COMPLIANCE: f64 = 0.9;
/// Quarters over which other owners reach compliance once a rule requires ride-through.
/// Assumption: a year, as the rule gives existing loads (`order-utility-ride_through_required`).
pub(crate) const RIDE_THROUGH_PHASE_IN_QUARTERS: u32 = 4;
/// Least MW held back for lack of ride-through that makes the news. Not a model parameter: the
/// rounding of the figures the news shows.
const HELD_NEWS_MW: f64 = 1.0;
/// A fleet fitted in this share or more counts as wholly fitted. Not a model parameter: one
/// less rounding error than a whole fleet.
const WHOLLY_FITTED: f64 = 1.0 - 1e-9;

/// The tariff actually paid on a good's imports, after exemptions.
pub fn effective_tariff(world: &World, good: Good) -> f64 {
    let p = world.params.supply.get(good);
    let g = world.supply.get(good);
    let policy = &world.policy;
    let (rate, exempt) = if good.is_chip() {
        (
            policy.chip_tariff,
            if policy.exempt_intermediate { 1.0 } else { 0.0 },
        )
    } else {
        (
            policy.equipment_tariff,
            if policy.exempt_intermediate {
                EQUIPMENT_EXEMPT_SHARE
            } else {
                0.0
            },
        )
    };
    rate * p.import_share * (1.0 - g.domestic_share) * (1.0 - exempt)
}

/// Lead time and price index quoted for a new order of `extra` GW.
pub fn quote(world: &World, good: Good, extra: f64) -> (f64, f64) {
    let p = world.params.supply.get(good);
    let g = world.supply.get(good);
    let tariff = effective_tariff(world, good);
    let queue_q = (g.backlog + extra) / g.capacity_q.max(1e-6);
    let lead = p.base_lead_q + queue_q + p.tariff_lead_q * tariff + g.shock_lead_q;
    let price =
        (1.0 + tariff) * (1.0 + p.scarcity_premium * (queue_q - 1.0).max(0.0)) * g.shock_price;
    (lead, price)
}

/// Share of an AI server's cost in memory (HBM on the accelerators, DRAM in the server); the rest
/// is the accelerators. Assumption: HBM is the dearest part an accelerator maker buys in and a
/// server carries terabytes of DRAM besides, so about a quarter.
const MEMORY_SHARE_OF_CHIPS: f64 = 0.25;
/// Not a model parameter: the accelerators' share, the rest of the server's cost.
const GPU_SHARE_OF_CHIPS: f64 = 1.0 - MEMORY_SHARE_OF_CHIPS;
/// Share of a data center's facility cost in transformers and switchgear, whose price and
/// tariff follow the transformer market. Assumption: electrical systems are the largest part of
/// a data center's construction cost (about 40% in industry cost guides), transformers and
/// switchgear a good part of that: a quarter of the facility.
const ELECTRICAL_SHARE_OF_FACILITY: f64 = 0.25;
/// Share of a gas plant's cost in its turbines and generators. Assumption: the gas turbine
/// package is the largest single item of a plant's engineering and construction cost, about
/// 30%.
const TURBINE_SHARE_OF_GAS_PLANT: f64 = 0.3;
/// Share of a plant's cost in step-up transformers and its switchyard. Assumption: a tenth, the
/// grid-side equipment of a plant being smaller than its generating units.
const TRANSFORMER_SHARE_OF_PLANT: f64 = 0.1;
/// Share of a transmission project's cost in transformers (substations). Assumption: lines and
/// towers are most of a project's cost, substation transformers about 30%.
const TRANSFORMER_SHARE_OF_TRANSMISSION: f64 = 0.3;

fn chips_price(world: &World, gw: f64) -> (f64, f64, f64) {
    let (gpu_lead, gpu_price) = quote(world, Good::Gpu, gw);
    let (mem_lead, mem_price) = quote(world, Good::Memory, gw);
    let tariff = GPU_SHARE_OF_CHIPS * effective_tariff(world, Good::Gpu)
        + MEMORY_SHARE_OF_CHIPS * effective_tariff(world, Good::Memory);
    (
        gpu_lead.max(mem_lead),
        GPU_SHARE_OF_CHIPS * gpu_price + MEMORY_SHARE_OF_CHIPS * mem_price,
        tariff,
    )
}

/// What a project would cost and when it would be online, if ordered now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub cost_bn: f64,
    pub quarters: u32,
    pub chip_share: f64,
    pub tariff_share: f64,
    /// The longest of the waits that run side by side, which sets `quarters`.
    pub longest_wait: Wait,
}

/// What a project waits for. Construction and equipment orders run side by side, so the
/// longest one sets the date a project comes online.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    Construction,
    Chips,
    Transformers,
    Turbines,
}

impl Wait {
    pub fn id(self) -> &'static str {
        match self {
            Wait::Construction => "construction",
            Wait::Chips => "chips",
            Wait::Transformers => "transformers",
            Wait::Turbines => "turbines",
        }
    }
}

/// The longest of waits that overlap, in quarters; the first listed wins a tie.
fn longest(waits: &[(Wait, f64)]) -> (Wait, f64) {
    waits
        .iter()
        .copied()
        .fold((Wait::Construction, f64::NEG_INFINITY), |best, w| {
            if w.1 > best.1 { w } else { best }
        })
}

pub fn estimate(world: &World, kind: ProjectKind, size: f64) -> Estimate {
    let fast = if world.policy.fast_track {
        world.params.build.fast_track_cut
    } else {
        0.0
    };
    match kind {
        ProjectKind::DataCenter => data_center_estimate(world, size, fast),
        ProjectKind::Chips => chips_estimate(world, size),
        ProjectKind::Generation(tech) => generation_estimate(world, tech, size, fast),
        ProjectKind::Transmission => transmission_estimate(world, size, fast),
        ProjectKind::RideThrough => Estimate {
            cost_bn: world.params.build.ride_through_bn_per_gw * size / 1000.0,
            quarters: RIDE_THROUGH_QUARTERS,
            chip_share: 0.0,
            tariff_share: 0.0,
            longest_wait: Wait::Construction,
        },
    }
}

fn data_center_estimate(world: &World, size_mw: f64, fast: f64) -> Estimate {
    let b = &world.params.build;
    let gw = size_mw / 1000.0;
    let (chip_lead, chip_price, chip_tariff) = chips_price(world, gw);
    let (tr_lead, tr_price) = quote(world, Good::Transformer, gw);
    let tr_tariff = effective_tariff(world, Good::Transformer);
    let chips = b.dc_chips_bn_per_gw * gw * chip_price;
    let electrical = ELECTRICAL_SHARE_OF_FACILITY;
    let facility = b.dc_facility_bn_per_gw * gw * ((1.0 - electrical) + electrical * tr_price);
    let cost = chips + facility;
    let tariff = b.dc_chips_bn_per_gw * gw * chip_tariff
        + b.dc_facility_bn_per_gw * gw * electrical * tr_tariff;
    let build = f64::from(b.dc_build_quarters) * (1.0 - b.dc_fast_track_share * fast);
    // Builders order substation equipment ahead of the shell: half the wait overlaps.
    let (wait, quarters) = longest(&[
        (Wait::Construction, build),
        (Wait::Transformers, DC_TRANSFORMER_WAIT * tr_lead),
        (Wait::Chips, chip_lead),
    ]);
    Estimate {
        cost_bn: cost,
        quarters: ceil_q(quarters),
        chip_share: share(chips - b.dc_chips_bn_per_gw * gw * chip_tariff, cost),
        tariff_share: share(tariff, cost),
        longest_wait: wait,
    }
}

fn chips_estimate(world: &World, gw: f64) -> Estimate {
    let (lead, price, tariff) = chips_price(world, gw);
    let per_gw = world.params.build.dc_chips_bn_per_gw;
    let cost = per_gw * gw * price;
    let tariff_bn = per_gw * gw * tariff;
    Estimate {
        cost_bn: cost,
        quarters: ceil_q(lead),
        chip_share: share(cost - tariff_bn, cost),
        tariff_share: share(tariff_bn, cost),
        longest_wait: Wait::Chips,
    }
}

fn generation_estimate(world: &World, tech: Tech, size_mw: f64, fast: f64) -> Estimate {
    let t = world.params.technologies.get(tech);
    let gw = size_mw / 1000.0;
    let (tr_lead, tr_price) = quote(world, Good::Transformer, gw * GENERATION_TRANSFORMER_FACTOR);
    let (tu_lead, tu_price, tu_tariff) = if tech.burns_gas() {
        let (l, p) = quote(world, Good::Turbine, gw);
        (l, p, effective_tariff(world, Good::Turbine))
    } else {
        (0.0, 1.0, 0.0)
    };
    let base = t.capex_per_kw * size_mw / 1e6;
    let turbine_part = if tech.burns_gas() {
        TURBINE_SHARE_OF_GAS_PLANT
    } else {
        0.0
    };
    let transformer_part = TRANSFORMER_SHARE_OF_PLANT;
    let cost = base * (1.0 - turbine_part - transformer_part)
        + base * turbine_part * tu_price
        + base * transformer_part * tr_price;
    let tariff = base * turbine_part * tu_tariff
        + base * transformer_part * effective_tariff(world, Good::Transformer);
    let build = f64::from(t.build_quarters) * (1.0 - fast);
    // Step-up transformers are smaller than transmission units; part of their wait
    // overlaps construction.
    let (wait, quarters) = longest(&[
        (Wait::Construction, build),
        (Wait::Turbines, tu_lead),
        (Wait::Transformers, tr_lead * GENERATION_TRANSFORMER_WAIT),
    ]);
    Estimate {
        cost_bn: cost,
        quarters: ceil_q(quarters),
        chip_share: 0.0,
        tariff_share: share(tariff, cost),
        longest_wait: wait,
    }
}

fn transmission_estimate(world: &World, size_bn: f64, fast: f64) -> Estimate {
    let gw = size_bn * mw_per_bn(world) / 1000.0 * GENERATION_TRANSFORMER_FACTOR;
    let (lead, price) = quote(world, Good::Transformer, gw);
    let transformers = TRANSFORMER_SHARE_OF_TRANSMISSION;
    let cost = size_bn * ((1.0 - transformers) + transformers * price);
    let tariff = size_bn * transformers * effective_tariff(world, Good::Transformer);
    let build = f64::from(world.params.build.transmission_build_quarters) * (1.0 - fast);
    // Lines and substations are built while the transformers are on order.
    let (wait, quarters) = longest(&[(Wait::Construction, build), (Wait::Transformers, lead)]);
    Estimate {
        cost_bn: cost,
        quarters: ceil_q(quarters),
        chip_share: 0.0,
        tariff_share: share(tariff, cost),
        longest_wait: wait,
    }
}

fn mw_per_bn(world: &World) -> f64 {
    let regions = &world.params.regions;
    regions
        .iter()
        .map(|r| r.data_centers.mw_per_upgrade_bn)
        .sum::<f64>()
        / regions.len().max(1) as f64
}

fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        (part / whole).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Longest lead time or build quoted, quarters. Not a model parameter: fifteen years, beyond
/// any game, so a runaway queue's lead time stays a finite count.
const MAX_QUARTERS: f64 = 60.0;

fn ceil_q(quarters: f64) -> u32 {
    quarters.ceil().clamp(1.0, MAX_QUARTERS) as u32
}

/// Lowest utilization a large load's yearly energy is counted at. Not a model parameter: it
/// keeps the cost per MWh finite for a site that draws next to nothing.
const MIN_UTILIZATION: f64 = 0.05;

/// What the terms in force add to a large load's cost of power in region `r`, $/MWh over its
/// annual use: its share of the grid upgrades it needs (carried at the region's pre-tax return
/// and recovery), a minimum-demand commitment (paying for contracted demand it does not draw,
/// at the reference price) and ride-through equipment where required.
pub fn large_load_premium_per_mwh(world: &World, r: usize) -> f64 {
    let p = &world.params.regions[r];
    let b = &world.params.build;
    let dc = &p.data_centers;
    let carrying = world.params.carrying_rate(r);
    let mwh_per_mw_year = 8760.0 * dc.utilization.clamp(MIN_UTILIZATION, 1.0);
    let per_mw_year = |dollars_per_mw: f64| dollars_per_mw * carrying / mwh_per_mw_year;
    let share = world.policy.effective_large_load_share(world.turn);
    let upgrade = per_mw_year(share * 1e9 / dc.mw_per_upgrade_bn.max(1.0));
    let unused = (1.0 - dc.utilization).clamp(0.0, 1.0);
    let min_demand = world.policy.min_demand_charge * unused * b.siting_reference_per_mwh;
    let ride_through = if world.policy.ride_through_required {
        per_mw_year(b.ride_through_bn_per_gw * 1e6)
    } else {
        0.0
    };
    upgrade + min_demand + ride_through
}

/// Share of the data-center build-out a region keeps under the terms large loads bear there,
/// against standard terms (1): the rest is built outside the modelled regions. AEP Ohio's
/// precedent: once large loads had to pay for upgrades and sign minimum-demand contracts,
/// requests fell from ~30 GW to ~13 GW and projects moved to other states (PUCO, July 2025).
pub fn siting_factor(world: &World, r: usize) -> f64 {
    let b = &world.params.build;
    let premium = large_load_premium_per_mwh(world, r).max(0.0);
    (1.0 + premium / b.siting_reference_per_mwh.max(1.0)).powf(-b.siting_elasticity.max(0.0))
}

/// Puts a project in the pipeline and its equipment in the backlogs.
pub fn start(
    world: &mut World,
    kind: ProjectKind,
    owner: Owner,
    region: usize,
    size: f64,
) -> Option<Estimate> {
    if size.is_nan() || size <= 0.0 {
        return None;
    }
    // A company in default builds nothing new.
    if let Some(c) = owner.company()
        && world.company(c).insolvent
    {
        return None;
    }
    let est = estimate(world, kind, size);
    let gw = match kind {
        ProjectKind::DataCenter => size / 1000.0,
        ProjectKind::Chips => size,
        ProjectKind::Generation(_) => size / 1000.0,
        ProjectKind::Transmission => {
            size * mw_per_bn(world) / 1000.0 * GENERATION_TRANSFORMER_FACTOR
        }
        ProjectKind::RideThrough => 0.0,
    };
    let goods = &mut world.supply.goods;
    match kind {
        ProjectKind::DataCenter => {
            goods[Good::Gpu.index()].backlog += gw;
            goods[Good::Memory.index()].backlog += gw;
            goods[Good::Transformer.index()].backlog += gw;
        }
        ProjectKind::Chips => {
            goods[Good::Gpu.index()].backlog += gw;
            goods[Good::Memory.index()].backlog += gw;
        }
        ProjectKind::Generation(tech) => {
            goods[Good::Transformer.index()].backlog += gw * GENERATION_TRANSFORMER_FACTOR;
            if tech.burns_gas() {
                goods[Good::Turbine.index()].backlog += gw;
            }
        }
        ProjectKind::Transmission => goods[Good::Transformer.index()].backlog += gw,
        ProjectKind::RideThrough => {}
    }
    if kind == ProjectKind::DataCenter {
        // Every new data center files an interconnection request.
        world.regions[region].dc.queue_mw += size;
    }
    world.projects.push(Project {
        kind,
        owner,
        region,
        size,
        cost_bn: est.cost_bn,
        paid_bn: 0.0,
        spv_paid_bn: 0.0,
        chip_share: est.chip_share,
        tariff_share: est.tariff_share,
        start_turn: world.turn,
        complete_turn: world.turn + est.quarters,
        chips_from_turn: None,
    });
    Some(est)
}

/// Gain on `supply.*.domestic_response` times the effective tariff (a share). Not a model
/// parameter: the parameter is stated per ten points of effective tariff, so a 10% tariff adds
/// `domestic_response` of capacity a quarter.
const TARIFF_RESPONSE_GAIN: f64 = 10.0;
/// Highest share of equipment made at home. Assumption: tariffs cannot bring every part home;
/// some components and materials stay imported, about a tenth.
const MAX_DOMESTIC_SHARE: f64 = 0.9;

/// Supply conditions move: capacity grows, tariffs pull production home, shocks fade.
pub fn update_markets(world: &mut World) {
    for good in Good::ALL {
        let tariff = effective_tariff(world, good);
        let p = world.params.supply.get(good).clone();
        let g = &mut world.supply.goods[good.index()];
        g.capacity_q *=
            1.0 + p.capacity_growth_q + p.domestic_response * tariff * TARIFF_RESPONSE_GAIN;
        g.domestic_share = (g.domestic_share + p.domestic_response * tariff * TARIFF_RESPONSE_GAIN)
            .min(MAX_DOMESTIC_SHARE);
        g.backlog = (g.backlog - g.capacity_q).max(0.0);
        g.shock_price = 1.0 + (g.shock_price - 1.0) * p.shock_price_persistence;
        g.shock_lead_q = (g.shock_lead_q - 1.0).max(0.0);
    }
    for good in Good::ALL {
        let (lead, price) = quote(world, good, 0.0);
        let g = &mut world.supply.goods[good.index()];
        g.lead_q = lead;
        g.price_index = price;
    }
}

/// Retired nuclear MW that can still restart in region `r`: the units the scenario lists, less
/// those already restarting. Plants cannot be restarted that were never built or are torn down.
fn restartable_mw(world: &World, r: usize) -> f64 {
    (world.params.regions[r].restartable_nuclear_mw - world.regions[r].nuclear_restarted_mw)
        .max(0.0)
}

/// Starts what the region's retired units allow of a restart order, and tells the utility
/// what it could not place.
fn restart_nuclear(world: &mut World, r: usize, wanted_mw: f64, report: &mut TurnReport) {
    if wanted_mw.is_nan() || wanted_mw <= 0.0 {
        return;
    }
    let (placed, capped) = restart_placed(world, r, wanted_mw);
    if let Some(msg) = capped {
        report.tell(Seat::Utility, Topic::Orders, Severity::Notice, msg);
    }
    let kind = ProjectKind::Generation(Tech::Nuclear);
    if start(world, kind, Owner::Utility, r, placed).is_some() {
        world.regions[r].nuclear_restarted_mw += placed;
    }
}

/// How much of a restart order region `r` can place, and, when its retired units fall short,
/// what the utility is told, in the news and the preview.
pub fn restart_placed(world: &World, r: usize, wanted_mw: f64) -> (f64, Option<Msg>) {
    let left = restartable_mw(world, r);
    if wanted_mw <= left {
        return (wanted_mw, None);
    }
    let msg = Msg::new("news-restart-capped")
        .text("region", world.params.regions[r].id.clone())
        .num("wanted", wanted_mw)
        .num("left", left);
    (left, Some(msg))
}

/// Turns this quarter's build orders into projects.
pub fn start_orders(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let n = world.params.regions.len();
    for r in 0..n {
        let mw = at(&orders.oracle.build_mw, r);
        if let Some(est) = start(world, ProjectKind::DataCenter, Owner::Oracle, r, mw) {
            let msg = Msg::new("news-oracle-build")
                .text("region", world.params.regions[r].id.clone())
                .num("mw", mw)
                .num("cost", est.cost_bn)
                .text("online", world.date.plus(est.quarters).to_string());
            report.tell(Seat::Oracle, Topic::Supply, Severity::Info, msg);
        }
        start(
            world,
            ProjectKind::Generation(Tech::Onsite),
            Owner::Oracle,
            r,
            at(&orders.oracle.onsite_mw, r),
        );
        let u = &orders.utility;
        for (tech, values) in [
            (Tech::GasCc, &u.gas_cc_mw),
            (Tech::GasPeaker, &u.gas_peaker_mw),
            (Tech::Battery, &u.battery_mw),
            (Tech::Solar, &u.solar_mw),
            (Tech::Wind, &u.wind_mw),
        ] {
            start(
                world,
                ProjectKind::Generation(tech),
                Owner::Utility,
                r,
                at(values, r),
            );
        }
        restart_nuclear(world, r, at(&u.nuclear_restart_mw, r), report);
        start(
            world,
            ProjectKind::Transmission,
            Owner::Utility,
            r,
            at(&u.transmission_bn, r),
        );
    }
    if orders.openai.chip_order_gw > 0.0 {
        let gw = orders.openai.chip_order_gw;
        if start(world, ProjectKind::Chips, Owner::OpenAi, 0, gw).is_some() {
            world.openai.chips_ordered_gw += gw;
            world.openai.chips_on_order_gw += gw;
        }
    }
    order_ride_through(world, orders);
}

/// Oracle's data centers connected and waiting for the grid, MW.
fn oracle_fleet_mw(world: &World) -> f64 {
    world
        .regions
        .iter()
        .map(|r| r.dc.oracle_mw + r.dc.oracle_waiting_mw)
        .sum()
}

/// MW of `owner`'s projects of `kind` under way.
fn under_way_mw(world: &World, kind: ProjectKind, owner: Owner) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.kind == kind && p.owner == owner)
        .map(|p| p.size)
        .sum()
}

/// Ride-through retrofits towards Oracle's own target, raised by the utility's requirement once
/// in force. Halls under construction are fitted as they are built, so they finish fitted.
fn order_ride_through(world: &mut World, orders: &Orders) {
    let plan = ride_through_plan(world, orders.oracle.ride_through_share);
    if plan.needed_mw > 1.0 {
        start(
            world,
            ProjectKind::RideThrough,
            Owner::Oracle,
            0,
            plan.needed_mw,
        );
    }
}

/// What Oracle's ride-through share orders: its fleet (halls connected, waiting and under way),
/// the share it is fitted to (the order's, or the standard's when one is required), and the MW
/// still to fit beyond those fitted or being fitted.
pub struct RideThroughPlan {
    pub fleet_mw: f64,
    pub target_share: f64,
    pub needed_mw: f64,
    /// The standard asks more than the order: the share is the standard's.
    pub by_rule: bool,
}

pub fn ride_through_plan(world: &World, share: f64) -> RideThroughPlan {
    let required = if world.policy.ride_through_required {
        RIDE_THROUGH_COMPLIANCE
    } else {
        0.0
    };
    let target_share = share.max(required);
    let building = under_way_mw(world, ProjectKind::DataCenter, Owner::Oracle);
    let fleet_mw = building + oracle_fleet_mw(world);
    let in_progress = under_way_mw(world, ProjectKind::RideThrough, Owner::Oracle);
    RideThroughPlan {
        fleet_mw,
        target_share,
        needed_mw: target_share * fleet_mw - world.oracle.ride_through_mw - in_progress,
        by_rule: required > share,
    }
}

/// This quarter's instalment of a project: (chips, everything else), $B. Buildings, power and
/// cooling are paid evenly over the build; chips over its second half, as halls are fitted out
/// one after another (Abilene's eight buildings were fitted through 2025-26, press; Oracle's
/// capex rose from $5.9B to $12B a quarter with the deliveries, FY25 Q3 to FY26 Q2 10-Qs).
fn instalment(p: &Project, quarters_left: u32) -> (f64, f64) {
    let build = p.complete_turn.saturating_sub(p.start_turn);
    let from = p.chips_from_turn.unwrap_or(p.start_turn + build / 2);
    let delivery_quarters = p.complete_turn.saturating_sub(from).max(1);
    let other_cost = p.cost_bn * (1.0 - p.chip_share);
    let other_left = (other_cost - p.paid_bn).max(0.0);
    let chips_left = (p.cost_bn - p.paid_bn - other_left).max(0.0);
    let other = other_left / f64::from(quarters_left);
    let chips = if quarters_left <= delivery_quarters {
        chips_left / f64::from(quarters_left)
    } else {
        0.0
    };
    (chips, other)
}

/// Pays this quarter's instalment on every project under way. A tenant's buildings are paid by
/// its SPVs first (the SPVs own them and lease them to it); chips by the tenant.
pub fn pay_construction(world: &mut World, report: &mut TurnReport) {
    let turn = world.turn;
    let mut projects = std::mem::take(&mut world.projects);
    for p in &mut projects {
        let quarters_left = p.complete_turn.saturating_sub(turn).max(1);
        let (chips, other) = instalment(p, quarters_left);
        if chips + other <= 0.0 {
            continue;
        }
        p.paid_bn += chips + other;
        // Merchant developers are financed by investors outside the model.
        let owner = match (p.owner.company(), p.owner) {
            (Some(c), _) => Account::Company(c),
            (None, Owner::Merchant) => Account::Investors,
            (None, _) => Account::Utility,
        };
        let spv_parts = match p.owner.company() {
            Some(c) if p.kind == ProjectKind::DataCenter => finance::spv::fund(world, c, other),
            _ => Vec::new(),
        };
        let from_spv: f64 = spv_parts.iter().map(|(_, part)| part).sum();
        p.spv_paid_bn += from_spv;
        for (payer, part) in spv_parts {
            pay_instalment(world, p, payer, 0.0, part, report);
        }
        pay_instalment(world, p, owner, chips, other - from_spv, report);
        if let Some(c) = p.owner.company() {
            world.companies[c.index()].capex_q_bn += chips + other - from_spv;
        }
        let to_nvidia = chips;
        if to_nvidia > 0.0 {
            world.companies[CompanyId::Nvidia.index()].revenue_q_bn += to_nvidia;
        }
        if p.owner == Owner::OpenAi && p.kind == ProjectKind::Chips {
            // The circular part: chips paid with Nvidia's own money.
            let circular = world.openai.vendor_funds_unspent_bn.min(to_nvidia);
            world.openai.vendor_funds_unspent_bn -= circular;
            world.market.circular_revenue_history.push(circular);
        }
    }
    world.projects = projects;
}

/// One payer's part of an instalment: chips to Nvidia; of the rest, the tariff to the government
/// and the balance to builders and equipment makers.
fn pay_instalment(
    world: &mut World,
    p: &Project,
    payer: Account,
    chips: f64,
    other: f64,
    report: &mut TurnReport,
) {
    let log = &mut report.transfers;
    let acc = &mut world.accounts;
    let tariff = other * share(p.tariff_share, 1.0 - p.chip_share).min(1.0);
    acc.pay(log, payer, Account::Government, tariff, Flow::Tariff);
    let nvidia = Account::Company(CompanyId::Nvidia);
    acc.pay(log, payer, nvidia, chips, Flow::ChipSale);
    acc.pay(log, payer, Account::Suppliers, other - tariff, Flow::Capex);
}

/// Oracle's data centers already under construction at the start, in two phases as at Abilene:
/// the first's halls are finished and Oracle buys its chips from now until it is online; the
/// rest are halls the landlords are still building, whose chips follow the halls in the build's
/// second half, as for new builds.
pub fn open_pipeline(world: &mut World) {
    for r in 0..world.params.regions.len() {
        let dc = &world.params.regions[r].data_centers;
        let building_mw = dc.oracle_building_mw;
        let fitting_mw = dc.oracle_fitting_mw.clamp(0.0, building_mw.max(0.0));
        let phases = [
            (fitting_mw, dc.oracle_fitting_quarters, Some(0)),
            (building_mw - fitting_mw, dc.oracle_building_quarters, None),
        ];
        for (mw, quarters, chips_from_turn) in phases {
            open_phase(world, r, mw, quarters.round() as u32, chips_from_turn);
        }
    }
}

/// One phase of the starting pipeline: the landlords pay for the halls; the chips are Oracle's.
fn open_phase(world: &mut World, r: usize, mw: f64, quarters: u32, chips_from_turn: Option<u32>) {
    if mw <= 0.0 || start(world, ProjectKind::DataCenter, Owner::Oracle, r, mw).is_none() {
        return;
    }
    if let Some(p) = world.projects.last_mut() {
        p.complete_turn = quarters.max(1);
        p.paid_bn = p.cost_bn * (1.0 - p.chip_share);
        p.spv_paid_bn = p.paid_bn;
        p.chips_from_turn = chips_from_turn;
    }
}

/// Brings finished projects online, connects data centers, retires old plants.
pub fn complete(world: &mut World, report: &mut TurnReport) {
    let turn = world.turn;
    let params = world.params.clone();
    let (done, pending): (Vec<Project>, Vec<Project>) = std::mem::take(&mut world.projects)
        .into_iter()
        .partition(|p| p.complete_turn <= turn + 1);
    world.projects = pending;
    let mut fitted_mw = 0.0;
    for p in done {
        let r = p.region;
        match p.kind {
            ProjectKind::DataCenter => {
                let dc = &mut world.regions[r].dc;
                match p.owner {
                    Owner::Oracle => dc.oracle_waiting_mw += p.size,
                    _ => dc.hyperscaler_waiting_mw += p.size,
                }
                report.supply.dc_completed_mw += p.size;
            }
            ProjectKind::Generation(tech) => {
                world.regions[r].capacity[tech.index()] += p.size;
                if p.owner == Owner::Utility {
                    world.utility.rate_base_bn[r] += p.cost_bn;
                }
                report.supply.generation_completed_mw += p.size;
            }
            ProjectKind::Transmission => {
                let region = &mut world.regions[r];
                region.dc.hosting_capacity_mw +=
                    p.size * params.regions[r].data_centers.mw_per_upgrade_bn;
                region.upgrades_bn += p.size;
                world.utility.rate_base_bn[r] += p.cost_bn;
                report.supply.transmission_completed_bn += p.size;
            }
            ProjectKind::Chips => {
                let shares = &params.build.colo_region_shares;
                let total: f64 = shares.iter().sum::<f64>().max(1e-9);
                for (i, s) in shares.iter().enumerate() {
                    if let Some(region) = world.regions.get_mut(i) {
                        region.dc.colo_waiting_mw += p.size * 1000.0 * s / total;
                    }
                }
                world.openai.chips_on_order_gw = (world.openai.chips_on_order_gw - p.size).max(0.0);
                report.supply.chips_delivered_gw += p.size;
            }
            ProjectKind::RideThrough => {
                world.oracle.ride_through_mw += p.size;
                fitted_mw += p.size;
            }
        }
    }
    if fitted_mw > 0.0 {
        tell_ride_through_fitted(world, fitted_mw, report);
    }

    for r in 0..params.regions.len() {
        retire(world, r, report);
        connect_waiting(world, r, report);
    }
    update_ride_through(world);
}

/// Tells Oracle that ride-through it ordered is fitted, and the share of its fleet now fitted.
fn tell_ride_through_fitted(world: &World, fitted_mw: f64, report: &mut TurnReport) {
    let msg = Msg::new("news-ride-through-fitted")
        .num("mw", fitted_mw)
        .num("share", oracle_fitted_share(world) * 100.0)
        .num("fleet", oracle_fleet_mw(world));
    report.tell(Seat::Oracle, Topic::Supply, Severity::Info, msg);
}

/// Scheduled retirements, deferred in the share that margins pay for keeping units open.
fn retire(world: &mut World, r: usize, report: &mut TurnReport) {
    let scheduled = world.params.regions[r].retirements_mw_q.to_array();
    let (mut retired, mut deferred) = (0.0, 0.0);
    for tech in Tech::ALL {
        let planned = scheduled[tech.index()];
        if planned <= 0.0 {
            continue;
        }
        let share = super::grid::entry::retirement_share(world, r, tech);
        let c = &mut world.regions[r].capacity[tech.index()];
        let out = (planned * share).min(*c).max(0.0);
        *c -= out;
        retired += out;
        deferred += planned - planned * share;
    }
    report.supply.retired_mw += retired;
    report.supply.retirement_deferred_mw += deferred;
}

/// Share of Oracle's fleet (connected and waiting) fitted with ride-through, and the share of
/// other owners' data centers in region `r` that ride through: the scenario's voluntary share,
/// rising to compliance over a year once the utility requires it, or once the stability limit
/// first holds their halls back (they fit to connect: ERCOT's review studies a held load again
/// once it rides through; NERC's 2025 alert on large loads found most of it in UPS and
/// protection settings). Oracle's fleet is its player's choice.
fn ride_through_shares(world: &World, r: usize) -> (f64, f64) {
    let oracle_share = oracle_fitted_share(world);
    let ramp_from = |since: u32| {
        (f64::from(world.turn + 1 - since.min(world.turn + 1))
            / f64::from(RIDE_THROUGH_PHASE_IN_QUARTERS))
        .min(1.0)
    };
    let rule = match world.policy.ride_through_since {
        Some(since) if world.policy.ride_through_required => ramp_from(since),
        _ => 0.0,
    };
    // Owners held back at the stability limit fit their fleets as the rule would have them.
    let held = world.regions[r]
        .dc
        .others_fitting_since
        .map_or(0.0, ramp_from);
    let ramp = rule.max(held);
    let base = world.params.regions[r].data_centers.ride_through_share;
    (
        oracle_share,
        base + (RIDE_THROUGH_COMPLIANCE - base).max(0.0) * ramp,
    )
}

/// Share of Oracle's fleet (connected and waiting) fitted with ride-through.
fn oracle_fitted_share(world: &World) -> f64 {
    let fleet = oracle_fleet_mw(world);
    if fleet > 0.0 {
        (world.oracle.ride_through_mw / fleet).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Ride-through share per region: Oracle's fitted fleet, others by the requirement.
pub fn update_ride_through(world: &mut World) {
    for r in 0..world.regions.len() {
        let (oracle_share, others) = ride_through_shares(world, r);
        let dc = &mut world.regions[r].dc;
        let total = dc.connected_mw();
        dc.ride_through_share = if total > 0.0 {
            (dc.oracle_mw * oracle_share + (dc.hyperscaler_mw + dc.colo_mw) * others) / total
        } else {
            others
        };
    }
}

/// Connects finished data centers to approved interconnection capacity, shared across owners
/// pro rata. Ride-through is counted as a share of each owner's fleet, so an owner whose fleet
/// is not wholly fitted adds load without it as its halls connect: together they connect only
/// while the region's load without ride-through stays within the stability limit
/// (`grid::non_ride_through_limit_mw`), and wait for the rest until fitted or the grid is
/// stronger. A wholly fitted fleet connects as approved.
fn connect_waiting(world: &mut World, r: usize, report: &mut TurnReport) {
    let (oracle_fit, others_fit) = ride_through_shares(world, r);
    let limit = super::grid::non_ride_through_limit_mw(world, r);
    let turn = world.turn;
    let dc = &mut world.regions[r].dc;
    dc.held_for_ride_through_mw = 0.0;
    let waiting = dc.waiting_mw();
    if waiting <= 0.0 || dc.approved_mw <= 0.0 {
        return;
    }
    let f = waiting.min(dc.approved_mw) / waiting;
    let others_waiting = dc.hyperscaler_waiting_mw + dc.colo_waiting_mw;
    let unfitted =
        f * (dc.oracle_waiting_mw * (1.0 - oracle_fit) + others_waiting * (1.0 - others_fit));
    let headroom = (limit - dc.connected_mw() * (1.0 - dc.ride_through_share)).max(0.0);
    let k = if unfitted > headroom {
        headroom / unfitted
    } else {
        1.0
    };
    let share = |fit: f64| if fit >= WHOLLY_FITTED { f } else { f * k };
    let (oracle_f, others_f) = (share(oracle_fit), share(others_fit));
    let held = dc.oracle_waiting_mw * (f - oracle_f) + others_waiting * (f - others_f);
    let oracle_held = dc.oracle_waiting_mw * (f - oracle_f);
    if others_f < f && dc.others_fitting_since.is_none() {
        dc.others_fitting_since = Some(turn);
    }
    let connect = dc.oracle_waiting_mw * oracle_f + others_waiting * others_f;
    dc.oracle_mw += dc.oracle_waiting_mw * oracle_f;
    dc.hyperscaler_mw += dc.hyperscaler_waiting_mw * others_f;
    dc.colo_mw += dc.colo_waiting_mw * others_f;
    dc.oracle_waiting_mw *= 1.0 - oracle_f;
    dc.hyperscaler_waiting_mw *= 1.0 - others_f;
    dc.colo_waiting_mw *= 1.0 - others_f;
    dc.approved_mw -= connect;
    dc.queue_mw = (dc.queue_mw - connect).max(0.0);
    dc.held_for_ride_through_mw = held;
    if held >= HELD_NEWS_MW {
        let tolerable = limit * world.params.regions[r].faults.cluster_share_max;
        report.say(
            Topic::Supply,
            Severity::Notice,
            Msg::new("news-dc-held-ride-through")
                .text("region", world.params.regions[r].id.clone())
                .num("held", held)
                .num("oracle", oracle_held.round())
                .num("tolerable", tolerable),
        );
    }
}

pub fn report_goods(world: &World, report: &mut TurnReport) {
    report.supply.goods = world
        .supply
        .goods
        .iter()
        .map(|g| GoodReport {
            lead_q: g.lead_q,
            price_index: g.price_index,
            backlog: g.backlog,
        })
        .collect();
}

/// Islanded Oracle capacity per region: built, not connected, powered by its own turbines.
pub fn island_mw(world: &World, r: usize) -> f64 {
    let region = &world.regions[r];
    region
        .dc
        .oracle_waiting_mw
        .min(region.capacity[Tech::Onsite.index()])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The default scenario with siting at the elasticity fitted to AEP Ohio's precedent.
    fn world() -> World {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut params = (*s.params).clone();
        params.build.siting_elasticity = 1.5;
        World::new(std::sync::Arc::new(params), s.hash.clone())
    }

    #[test]
    fn standard_terms_keep_the_build_out_and_each_burden_sends_some_away() {
        let mut w = world();
        w.policy.large_load_share = 0.0;
        w.policy.min_demand_charge = 0.0;
        w.policy.ride_through_required = false;
        w.policy.federal_share = None;
        for r in 0..w.regions.len() {
            assert!((siting_factor(&w, r) - 1.0).abs() < 1e-12);
        }
        let mut last = vec![1.0; w.regions.len()];
        for step in [
            |w: &mut World| w.policy.min_demand_charge = 0.85,
            |w: &mut World| w.policy.large_load_share = 1.0,
            |w: &mut World| w.policy.ride_through_required = true,
        ] {
            step(&mut w);
            for (r, before) in last.iter_mut().enumerate() {
                let now = siting_factor(&w, r);
                assert!(now < *before && now > 0.0, "region {r}: {now} vs {before}");
                *before = now;
            }
        }
        // Dearer upgrades (fewer MW per $B) weigh more: PJM loses more than Texas.
        assert!(last[1] < last[0], "{last:?}");
    }

    #[test]
    fn large_loads_paying_all_site_fewer_data_centers_in_the_regions() {
        let start = world();
        let connected = |share: f64, min_demand: f64, seed: u64| -> f64 {
            let mut w = start.clone();
            let mut rngs = super::super::Rngs::new(seed);
            for _ in 0..8 {
                let mut orders = w.last_orders.clone();
                orders.utility.large_load_share = share;
                orders.utility.min_demand_charge = min_demand;
                orders.utility.approve_mw = vec![3000.0; w.regions.len()];
                w = super::super::resolve(&w, &orders, &mut rngs).0;
            }
            w.regions
                .iter()
                .map(|r| r.dc.connected_mw() + r.dc.waiting_mw() + r.dc.queue_mw)
                .sum::<f64>()
                + w.projects
                    .iter()
                    .filter(|p| p.kind == ProjectKind::DataCenter)
                    .map(|p| p.size)
                    .sum::<f64>()
        };
        for seed in 1..=3 {
            let standard = connected(0.0, 0.0, seed);
            let pay_all = connected(1.0, 0.85, seed);
            assert!(
                pay_all < 0.9 * standard,
                "seed {seed}: {pay_all:.0} MW vs {standard:.0} MW"
            );
        }
    }
}

#[cfg(test)]
mod stability_tests {
    use super::*;

    /// Texas at its stability limit, with 2,000 MW of Oracle's and 2,000 MW of other owners'
    /// halls finished and approved; Oracle's fleet fitted in the share given.
    fn at_limit(oracle_fitted: f64) -> World {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut w = World::new(s.params.clone(), s.hash.clone());
        w.policy.ride_through_required = false;
        let limit = crate::engine::grid::non_ride_through_limit_mw(&w, 0);
        let dc = &mut w.regions[0].dc;
        dc.oracle_waiting_mw = 2000.0;
        dc.hyperscaler_waiting_mw = 2000.0;
        dc.colo_waiting_mw = 0.0;
        dc.approved_mw = 4000.0;
        w.oracle.ride_through_mw = oracle_fitted * oracle_fleet_mw(&w);
        let (oracle, others) = ride_through_shares(&w, 0);
        let dc = &mut w.regions[0].dc;
        dc.colo_mw = 0.0;
        dc.hyperscaler_mw = (limit - dc.oracle_mw * (1.0 - oracle)) / (1.0 - others);
        update_ride_through(&mut w);
        w
    }

    #[test]
    fn at_the_stability_limit_only_halls_that_ride_through_connect() {
        let mut report = TurnReport::default();
        let mut w = at_limit(1.0);
        connect_waiting(&mut w, 0, &mut report);
        let dc = &w.regions[0].dc;
        // Oracle's wholly fitted fleet connects; the others', fitted in part, waits.
        assert!(dc.oracle_waiting_mw < 1e-6, "{}", dc.oracle_waiting_mw);
        assert!((dc.hyperscaler_waiting_mw - 2000.0).abs() < 1e-6);
        assert!((dc.held_for_ride_through_mw - 2000.0).abs() < 1e-6);
        assert!(
            report
                .news
                .iter()
                .any(|n| n.msg.key == "news-dc-held-ride-through")
        );

        let mut w = at_limit(0.0);
        let before = w.regions[0].dc.oracle_mw;
        connect_waiting(&mut w, 0, &mut TurnReport::default());
        assert!((w.regions[0].dc.oracle_mw - before).abs() < 1e-6);
        assert!((w.regions[0].dc.oracle_waiting_mw - 2000.0).abs() < 1e-6);
    }

    #[test]
    fn below_the_limit_load_without_ride_through_connects_up_to_it_and_no_further() {
        let mut w = at_limit(0.0);
        let limit = crate::engine::grid::non_ride_through_limit_mw(&w, 0);
        w.regions[0].dc.hyperscaler_mw -= 1000.0;
        update_ride_through(&mut w);
        // Load without ride-through at the shares the connections were made at.
        let (oracle, others) = ride_through_shares(&w, 0);
        let unfitted = |w: &World| {
            let dc = &w.regions[0].dc;
            dc.oracle_mw * (1.0 - oracle) + (dc.hyperscaler_mw + dc.colo_mw) * (1.0 - others)
        };
        let room = limit - unfitted(&w);
        assert!(room > 0.0);
        connect_waiting(&mut w, 0, &mut TurnReport::default());
        let after = unfitted(&w);
        assert!(after <= limit + 1e-6, "{after} over {limit}");
        assert!(after >= limit - 1e-6, "room left unused: {}", limit - after);
        // Held back, the other owners start fitting their fleets: less load without it next.
        assert_eq!(w.regions[0].dc.others_fitting_since, Some(w.turn));
        update_ride_through(&mut w);
        let dc = &w.regions[0].dc;
        assert!(dc.connected_mw() * (1.0 - dc.ride_through_share) < limit);
        // Without approvals nothing connects, limit or not.
        let mut w = at_limit(1.0);
        w.regions[0].dc.approved_mw = 0.0;
        connect_waiting(&mut w, 0, &mut TurnReport::default());
        assert!((w.regions[0].dc.oracle_waiting_mw - 2000.0).abs() < 1e-9);
    }
}

#[cfg(test)]
mod wait_tests {
    use super::*;

    fn world() -> World {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        World::new(s.params.clone(), s.hash.clone())
    }

    #[test]
    fn the_longest_wait_sets_the_date_and_names_what_a_build_waits_for() {
        let mut w = world();
        let peaker = ProjectKind::Generation(Tech::GasPeaker);
        w.supply.goods[Good::Turbine.index()].backlog = 0.0;
        w.supply.goods[Good::Transformer.index()].backlog = 0.0;
        // A restarted reactor waits for its own works: no turbines on order, a short
        // transformer wait.
        let nuclear = estimate(&w, ProjectKind::Generation(Tech::Nuclear), 500.0);
        assert_eq!(nuclear.longest_wait, Wait::Construction);
        let short = estimate(&w, peaker, 500.0);
        // A turbine order book of many years' output makes turbines the wait.
        let turbines = &mut w.supply.goods[Good::Turbine.index()];
        turbines.backlog = turbines.capacity_q * 40.0;
        let long = estimate(&w, peaker, 500.0);
        assert_eq!(long.longest_wait, Wait::Turbines);
        let (lead, _) = quote(&w, Good::Turbine, 0.5);
        assert_eq!(long.quarters, ceil_q(lead));
        assert!(long.quarters > short.quarters);
        // A solar farm buys no turbines, so their backlog never holds it up.
        let solar = estimate(&w, ProjectKind::Generation(Tech::Solar), 500.0);
        assert_ne!(solar.longest_wait, Wait::Turbines);
    }

    /// Restarts draw on the retired units the scenario lists: PJM's one unit comes back once,
    /// a second order finds none left, Texas has none, and each refusal is told to the utility.
    #[test]
    fn nuclear_restarts_are_limited_to_the_retired_units_a_region_has() {
        let mut w = world();
        let pjm = w.params.region_index("pjm").unwrap();
        let texas = w.params.region_index("texas").unwrap();
        let units = w.params.regions[pjm].restartable_nuclear_mw;
        assert!(units > 0.0 && w.params.regions[texas].restartable_nuclear_mw == 0.0);
        let restarting = |w: &World, r: usize| -> f64 {
            w.projects
                .iter()
                .filter(|p| p.region == r && p.kind == ProjectKind::Generation(Tech::Nuclear))
                .map(|p| p.size)
                .sum()
        };
        let mut orders = w.last_orders.clone();
        let mut restart = vec![0.0; w.regions.len()];
        restart[pjm] = 2000.0;
        restart[texas] = 500.0;
        orders.utility.nuclear_restart_mw = restart;
        for quarter in 0..2 {
            let mut report = TurnReport::default();
            start_orders(&mut w, &orders, &mut report);
            assert!(
                (restarting(&w, pjm) - units).abs() < 1e-9,
                "quarter {quarter}"
            );
            assert_eq!(restarting(&w, texas), 0.0);
            let told: Vec<f64> = report
                .news
                .iter()
                .filter(|n| n.msg.key == "news-restart-capped")
                .map(|n| n.msg.number("left").unwrap())
                .collect();
            let pjm_left = if quarter == 0 { units } else { 0.0 };
            let mut expected = vec![(texas, 0.0), (pjm, pjm_left)];
            expected.sort_by_key(|(r, _)| *r);
            let expected: Vec<f64> = expected.into_iter().map(|(_, left)| left).collect();
            assert_eq!(told, expected, "quarter {quarter}");
        }
    }
}
