//! The delivery revenue requirement: what serving costs now (the cost of service: the existing
//! network at today's operating costs, plus a return on and of what the utility has built since)
//! and what the last rate case approved, each split between households and large loads by the
//! rules in force. Tariffs are the approved requirement over its test year's annual sales, so a
//! quarter's bill is its kWh (or a large load's billed demand) times an annual rate, and the
//! utility's revenue between rate cases follows actual sales, not its costs.

use super::super::grid::{self, HOURS};
use super::super::state::{ApprovedRates, Owner, ProjectKind, World};

/// A region's annual delivery requirement and the large loads' part of each piece, $B/year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Requirement {
    /// The existing network (its return, depreciation and operations) as last set in rates.
    pub network: f64,
    /// Return and depreciation on transmission upgrades built since the start.
    pub upgrades: f64,
    /// Return and depreciation on the utility's other additions (plants).
    pub plants: f64,
    pub dc_network: f64,
    pub dc_upgrades: f64,
    pub dc_plants: f64,
    /// Large loads' share of upgrade costs in force.
    pub dc_upgrade_share: f64,
    /// Annual sales at normal weather, MWh.
    pub non_dc_mwh: f64,
    pub residential_mwh: f64,
}

impl Requirement {
    pub fn total(&self) -> f64 {
        self.network + self.upgrades + self.plants
    }

    pub fn dc(&self) -> f64 {
        self.dc_network + self.dc_upgrades + self.dc_plants
    }

    /// A households' cost of `bn_yr` $B a year as cents per kWh of their annual sales (none
    /// without sales).
    pub fn residential_cents(&self, bn_yr: f64) -> f64 {
        if self.residential_mwh > 0.0 {
            bn_yr * 1e9 / (self.residential_mwh * 1000.0) * 100.0
        } else {
            0.0
        }
    }

    /// Households' part of the network and of the additions, $B/year.
    pub fn residential(&self, residential_td_share: f64) -> (f64, f64) {
        (
            (self.network - self.dc_network) * residential_td_share,
            (self.upgrades - self.dc_upgrades + self.plants - self.dc_plants)
                * residential_td_share,
        )
    }
}

/// Non-data-center energy over a year of normal weather, MWh: the load through each season's
/// level and daily shape.
pub fn annual_non_dc_mwh(world: &World, r: usize) -> f64 {
    let p = &world.params.regions[r];
    let seasons: f64 = (0..4)
        .map(|s| {
            let level = p.seasonal.get(s).copied().unwrap_or(1.0);
            let shape = p.daily_shape.get(s).filter(|d| !d.is_empty());
            let mean = shape.map_or(1.0, |d| d.iter().sum::<f64>() / d.len() as f64);
            level * mean
        })
        .sum();
    world.regions[r].non_dc_load_mw * seasons * HOURS as f64
}

/// Annual sales a requirement is spread over, MWh: large loads' energy, their contracted demand
/// as energy (what a minimum-demand charge bills), and everyone else's energy.
#[derive(Clone, Copy, Debug)]
struct Sales {
    dc_mwh: f64,
    dc_contracted_mwh: f64,
    non_dc_mwh: f64,
}

/// The requirement's three pieces before they are split, $B/year.
#[derive(Clone, Copy, Debug)]
struct Pieces {
    network: f64,
    upgrades: f64,
    plants: f64,
}

/// The existing network's cost relative to the start: its operating share grows with the cost
/// index; the return on and of the existing rate base does not.
pub fn network_cost_factor(world: &World) -> f64 {
    let opex_share = world.params.utility.opex_share;
    1.0 - opex_share + opex_share * world.utility.cost_index
}

/// Region `r`'s annual sales now, MWh.
fn sales_now(world: &World, r: usize) -> Sales {
    let state = &world.regions[r];
    let year = HOURS as f64 * 4.0;
    // A minimum-demand charge bills a share of the capacity a large load contracted, its
    // nameplate, not its average draw (AEP Ohio's 2025 data-center tariff: 85% of contract
    // capacity). Assumption: it bills loads in service, not those approved or waiting for the
    // grid to host them, which take no delivery.
    Sales {
        dc_mwh: grid::dc_load_mw(world, r) * year,
        dc_contracted_mwh: state.dc.connected_mw() * year,
        non_dc_mwh: annual_non_dc_mwh(world, r),
    }
}

/// Return on and of the utility's additions since the start, $B/year: (upgrades, plants).
fn additions(world: &World, r: usize) -> (f64, f64) {
    // Return on and of capital: the pre-tax return plus straight-line depreciation.
    let carrying = world.params.carrying_rate(r);
    let added = added_bn(world, r);
    let upgrade_base = world.regions[r].retail.upgrade_base_bn.clamp(0.0, added);
    (upgrade_base * carrying, (added - upgrade_base) * carrying)
}

/// This year's cost of service of region `r` and its split under the rules in force.
pub fn requirement(world: &World, r: usize) -> Requirement {
    let p = &world.params.regions[r];
    let growth = (world.regions[r].non_dc_load_mw / p.non_dc_load_mw.max(1.0)).sqrt();
    let (upgrades, plants) = additions(world, r);
    let pieces = Pieces {
        network: p.retail.td_revenue_bn_yr * network_cost_factor(world) * growth,
        upgrades,
        plants,
    };
    split(world, r, pieces, sales_now(world, r))
}

/// The requirement the last rate case approved, split under the rules in force over its test
/// year's sales. Large loads' terms (their share of upgrades, billed as built under their
/// contracts, and minimum demand) bind them at once, as a large-load tariff does; households'
/// and other customers' tariffs change only when a rate case re-spreads the requirement
/// (`set_rates` at a decision), as class cost allocation is settled in rate cases.
pub fn approved(world: &World, r: usize) -> Requirement {
    let a = &world.regions[r].retail.approved;
    let pieces = Pieces {
        network: a.network_bn_yr,
        upgrades: a.upgrades_bn_yr,
        plants: a.plants_bn_yr,
    };
    let sales = Sales {
        dc_mwh: a.dc_mwh,
        dc_contracted_mwh: a.dc_contracted_mwh,
        non_dc_mwh: a.non_dc_mwh,
    };
    let mut req = split(world, r, pieces, sales);
    let (built, _) = additions(world, r);
    req.dc_upgrades = built * req.dc_upgrade_share;
    req.upgrades = a.upgrades_bn_yr * (1.0 - req.dc_upgrade_share) + req.dc_upgrades;
    req
}

/// Whether region `r` has approved rates (a save from before rate cases, or the first quarter,
/// has none).
pub fn has_approved(world: &World, r: usize) -> bool {
    world.regions[r].retail.approved.non_dc_mwh > 0.0
}

/// A rate case's outcome: the approved requirement becomes the cost of service now, with the
/// existing network at `network_factor` (the base rates granted) over this year's sales.
pub fn approve(world: &mut World, r: usize, network_factor: f64) {
    let p = &world.params.regions[r];
    let growth = (world.regions[r].non_dc_load_mw / p.non_dc_load_mw.max(1.0)).sqrt();
    let network = p.retail.td_revenue_bn_yr * network_factor * growth;
    let (upgrades, plants) = additions(world, r);
    let sales = sales_now(world, r);
    world.regions[r].retail.approved = ApprovedRates {
        network_bn_yr: network,
        upgrades_bn_yr: upgrades,
        plants_bn_yr: plants,
        dc_mwh: sales.dc_mwh,
        dc_contracted_mwh: sales.dc_contracted_mwh,
        non_dc_mwh: sales.non_dc_mwh,
    };
}

/// Large loads' billed energy, MWh/year: what they use, or the contracted share a minimum-demand
/// charge bills if that is more.
pub fn dc_billed_mwh(world: &World, dc_mwh: f64, dc_contracted_mwh: f64) -> f64 {
    dc_mwh.max(world.policy.min_demand_charge * dc_contracted_mwh)
}

/// Large loads' delivery charges this quarter, $B: the approved requirement's large-load part
/// rolled into tariffs, billed on their demand now against the test year's, and their own
/// share of upgrades as built. `dc_mwh_q` is this quarter's energy.
pub fn dc_delivery_q(world: &World, r: usize, approved: &Requirement, dc_mwh_q: f64) -> f64 {
    let a = &world.regions[r].retail.approved;
    let test = dc_billed_mwh(world, a.dc_mwh, a.dc_contracted_mwh);
    let now = dc_billed_mwh(world, dc_mwh_q * 4.0, sales_now(world, r).dc_contracted_mwh);
    let rolled_in = approved.dc_network + approved.dc_plants;
    let billed = if test > 0.0 { now / test } else { 0.0 };
    (rolled_in * billed + approved.dc_upgrades) / 4.0
}

/// Splits `pieces` between large loads and everyone else over `sales`, by the rules in force.
fn split(world: &World, r: usize, pieces: Pieces, sales: Sales) -> Requirement {
    let p = &world.params.regions[r];
    let u = &world.params.utility;
    let energy_share = sales.dc_mwh / (sales.dc_mwh + sales.non_dc_mwh).max(1.0);
    let contracted_share =
        sales.dc_contracted_mwh / (sales.dc_contracted_mwh + sales.non_dc_mwh).max(1.0);
    let min_demand = world.policy.min_demand_charge;
    let share = world.policy.effective_large_load_share(world.turn);
    let dc_upgrade_share = share
        .max(u.dc_standard_upgrade_weight * energy_share)
        .clamp(0.0, 1.0);
    let Pieces {
        network,
        upgrades,
        plants,
    } = pieces;
    Requirement {
        network,
        upgrades,
        plants,
        // A minimum-demand charge bills large loads on the demand they contracted.
        dc_network: network
            * u.dc_delivery_weight
            * energy_share.max(min_demand * contracted_share),
        dc_upgrades: upgrades * dc_upgrade_share,
        // Plants serve every customer's energy.
        dc_plants: plants * energy_share,
        dc_upgrade_share,
        non_dc_mwh: sales.non_dc_mwh,
        residential_mwh: sales.non_dc_mwh * p.residential_share,
    }
}

/// Rate base added since the start, net of its depreciation, $B.
fn added_bn(world: &World, r: usize) -> f64 {
    let u = &world.utility;
    let now = u.rate_base_bn.get(r).copied().unwrap_or(0.0);
    let start = u.rate_base_start_bn.get(r).copied().unwrap_or(0.0);
    (now - start).max(0.0)
}

/// Sets the delivery rates in force from the approved `req`: households' cents/kWh and all
/// other non-data-center customers' $/MWh, over its test year's sales.
pub fn set_rates(world: &mut World, r: usize, req: &Requirement) {
    let share = world.params.regions[r].retail.residential_td_share;
    let (network, additions) = req.residential(share);
    let retail = &mut world.regions[r].retail;
    retail.delivery_cents = req.residential_cents(network);
    retail.upgrade_cents = req.residential_cents(additions);
    retail.non_dc_delivery_per_mwh = if req.non_dc_mwh > 0.0 {
        (req.total() - req.dc()).max(0.0) * 1e9 / req.non_dc_mwh
    } else {
        0.0
    };
}

/// Utility transmission projects in region `r` still under way, $B; only those started before
/// this quarter if `before_now`.
fn transmission_pending(world: &World, r: usize, before_now: bool) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.region == r && p.kind == ProjectKind::Transmission)
        .filter(|p| p.owner == Owner::Utility && (!before_now || p.start_turn < world.turn))
        .map(|p| p.cost_bn)
        .sum()
}

/// Books the quarter's completed transmission into the large-load upgrade pool (what was under
/// way last quarter and is no longer) and depreciates what was added since the start.
pub fn book_additions(world: &mut World, r: usize) {
    let life = world.params.regions[r].retail.recovery_years.max(1.0);
    let still = transmission_pending(world, r, true);
    let added = added_bn(world, r);
    let dep = added / life / 4.0;
    if let Some(base) = world.utility.rate_base_bn.get_mut(r) {
        *base -= dep;
    }
    let retail = &mut world.regions[r].retail;
    let completed = (retail.transmission_pending_bn - still).max(0.0);
    retail.upgrade_base_bn = ((retail.upgrade_base_bn + completed) * (1.0 - 1.0 / life / 4.0))
        .clamp(0.0, (added - dep).max(0.0));
}

/// Notes the transmission under way at the close, for next quarter's completions.
pub fn note_pending(world: &mut World, r: usize) {
    world.regions[r].retail.transmission_pending_bn = transmission_pending(world, r, false);
}
