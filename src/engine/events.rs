//! The event deck and facilitator injects: conditions on the state, a chance per quarter, and
//! effects that reach the subsystems through `Shocks`.

use super::finance::{self, MarketShocks};
use super::ids::Good;
use super::orders::{Inject, Orders};
use super::params::{Condition, Effect, EventCard, Metric};
use super::politics::PoliticsShocks;
use super::politics::budget::MAX_RISK_FREE;
use super::report::{EventReport, Msg, TurnReport};
use super::rng::{Purpose, Rngs};
use super::state::World;

/// What this quarter's events do to the rest of the turn.
#[derive(Clone, Debug, Default)]
pub struct Shocks {
    pub load: Vec<f64>,
    /// Share of each region's fleet a storm freezes out on its week's coldest days.
    pub freeze: Vec<f64>,
    /// Faults forced per region; they replace that region's base draw this quarter.
    pub faults: Vec<u32>,
    pub market: MarketShocks,
    pub politics: PoliticsShocks,
}

/// A metric's value now, for a region or across regions.
pub fn metric(world: &World, metric: Metric, region: Option<usize>) -> f64 {
    let per_region = |f: &dyn Fn(usize) -> f64, pick_min: bool| -> f64 {
        match region {
            Some(r) => f(r),
            None => {
                let values = (0..world.regions.len()).map(f);
                if pick_min {
                    values.fold(f64::INFINITY, f64::min)
                } else {
                    values.fold(f64::NEG_INFINITY, f64::max)
                }
            }
        }
    };
    match metric {
        Metric::ReserveMargin => per_region(&|r| world.regions[r].grid.reserve_margin, true),
        Metric::EnergyPrice => per_region(&|r| world.regions[r].grid.energy_price, false),
        Metric::DcShare => per_region(
            &|r| {
                let dc = super::grid::dc_load_mw(world, r);
                dc / (dc + world.regions[r].non_dc_load_mw).max(1.0)
            },
            false,
        ),
        Metric::Sentiment => world.market.sentiment,
        Metric::Coverage => world.market.coverage,
        Metric::IndexDrawdown => 1.0 - world.market.index / world.market.index_peak.max(1e-9),
        Metric::OracleSpread => world.company(super::ids::CompanyId::Oracle).spread_bp,
        Metric::ChipBacklog => world.openai.chips_on_order_gw,
        Metric::LargeLoadShare => world.policy.effective_large_load_share(world.turn),
        Metric::BillGrowth => match region {
            Some(r) => match world.regions[r].bill_history.first() {
                Some(first) if *first > 0.0 => world.regions[r].retail.bill_month / first - 1.0,
                _ => 0.0,
            },
            None => super::politics::national_bill_growth(world),
        },
        Metric::Approval => match region {
            Some(r) => world.regions[r].approval,
            None => world.politics.approval,
        },
        Metric::Turn => f64::from(world.turn),
        Metric::CircularShare => world.market.circular_share,
        Metric::Inflation => world.politics.inflation_felt,
    }
}

fn holds(world: &World, condition: &Condition) -> bool {
    let region = condition
        .region
        .as_deref()
        .and_then(|id| world.params.region_index(id));
    let value = metric(world, condition.metric, region);
    condition.above.is_none_or(|a| value > a) && condition.below.is_none_or(|b| value < b)
}

/// Whether a card could be drawn now (date window, season, once-only, conditions).
pub fn eligible(world: &World, card: &EventCard) -> bool {
    card.earliest.is_none_or(|d| world.date >= d)
        && card.latest.is_none_or(|d| world.date <= d)
        && (card.seasons.is_empty() || card.seasons.contains(&world.date.quarter))
        && !(card.once && world.events.fired.contains(&card.id))
        && card.conditions.iter().all(|c| holds(world, c))
}

/// Each time a card has fired, its chance to fire again is multiplied by this. Assumption: a
/// repeated headline is less news, and a repeat of the same shock within a few years is rarer
/// than a first one (utilities and grid operators harden after an event); at one third no
/// card fires four times in a game.
const REPEAT_FACTOR: f64 = 1.0 / 3.0;

/// How many times a card has fired so far.
pub fn times_fired(world: &World, id: &str) -> usize {
    world.events.log.iter().filter(|(_, c)| c == id).count()
}

/// A card's chance to fire this quarter, once eligible.
pub fn chance(world: &World, card: &EventCard) -> f64 {
    let repeats = i32::try_from(times_fired(world, &card.id)).unwrap_or(i32::MAX);
    card.probability * REPEAT_FACTOR.powi(repeats)
}

/// The shocks of a quarter in which no card fires.
pub fn none(world: &World) -> Shocks {
    let n = world.regions.len();
    Shocks {
        load: vec![0.0; n],
        freeze: vec![0.0; n],
        faults: vec![0; n],
        politics: PoliticsShocks {
            approval_points: 0.0,
            event_outage_k: vec![0.0; n],
        },
        ..Default::default()
    }
}

/// Draws the deck, adds the facilitator's injects and applies their immediate effects.
pub fn draw(world: &mut World, orders: &Orders, rngs: &Rngs, report: &mut TurnReport) -> Shocks {
    let mut shocks = none(world);
    let params = world.params.clone();
    let mut drawn: Vec<(EventCard, bool)> = Vec::new();
    for (i, card) in params.events.iter().enumerate() {
        // Each card draws from its own stream, so a veto shifts no other draw.
        if !eligible(world, card) || orders.vetoes.contains(&card.id) {
            continue;
        }
        let mut rng = rngs.stream(Purpose::Events, world.turn, i as u32);
        let alternative_drawn = card.group.as_ref().is_some_and(|g| {
            drawn
                .iter()
                .any(|(other, _)| other.group.as_ref() == Some(g))
        });
        if rng.chance(chance(world, card)) && !alternative_drawn {
            drawn.push((card.clone(), false));
        }
    }
    for (i, inject) in orders.injects.iter().enumerate() {
        match inject {
            Inject::Card { id } => {
                if let Some(card) = params.events.iter().find(|c| &c.id == id) {
                    drawn.push((card.clone(), true));
                }
            }
            Inject::Custom { card } => drawn.push((card.to_card(i), true)),
        }
    }
    for (card, injected) in drawn {
        if card.once && !world.events.fired.contains(&card.id) {
            world.events.fired.push(card.id.clone());
        }
        world.events.log.push((world.turn, card.id.clone()));
        for effect in &card.effects {
            apply(world, effect, &mut shocks, report);
        }
        report.events.push(EventReport {
            id: card.id.clone(),
            headline: Msg::new(format!("event-{}-headline", card.id))
                .fallback(card.headline.clone()),
            explanation: Msg::new(format!("event-{}-explanation", card.id))
                .fallback(card.explanation.clone()),
            injected,
        });
    }
    shocks
}

/// Least paying demand a demand shock leaves, as a share of it. Assumption: customers already in
/// production keep paying, about a tenth, however deep the shock.
const ADOPTION_FLOOR_SHARE: f64 = 0.1;
/// Highest price elasticity of AI demand a card can leave. Not a model parameter: the bound the
/// scenario check holds `companies.openai.elasticity` to, so no card leaves that range.
pub const MAX_PRICE_ELASTICITY: f64 = 5.0;

/// Adds `amount` to the named region's entry of `per_region`, or to every region's when the
/// card names none.
fn add_in(world: &World, region: &Option<String>, per_region: &mut [f64], amount: f64) {
    match region
        .as_deref()
        .and_then(|id| world.params.region_index(id))
    {
        Some(r) => per_region[r] += amount,
        None => per_region.iter_mut().for_each(|v| *v += amount),
    }
}

fn apply(world: &mut World, effect: &Effect, shocks: &mut Shocks, report: &mut TurnReport) {
    let region_of = |world: &World, id: &str| world.params.region_index(id);
    match effect {
        Effect::LoadShock { region, pct } => add_in(world, region, &mut shocks.load, *pct),
        Effect::Freeze { region, share } => add_in(world, region, &mut shocks.freeze, *share),
        Effect::Fault { region } => {
            if let Some(r) = region_of(world, region) {
                shocks.faults[r] += 1;
            }
        }
        Effect::Blackout {
            region,
            households_k,
            hours,
        } => {
            if let Some(r) = region_of(world, region) {
                let households = world.params.regions[r].households_k();
                let affected = households_k.min(households);
                shocks.politics.event_outage_k[r] += affected;
                let region = &mut world.regions[r];
                region.outage_household_hours_m += affected * hours / 1000.0;
                world.records.blackouts += 1;
                world.records.worst_blackout_share = world
                    .records
                    .worst_blackout_share
                    .max(affected / households.max(1e-9));
            }
        }
        Effect::Sentiment { delta } => shocks.market.sentiment += delta,
        Effect::Adoption { pct, elasticity } => {
            world.openai.adoption *= (1.0 + pct).max(ADOPTION_FLOOR_SHARE);
            world.openai.elasticity =
                (world.openai.elasticity + elasticity).clamp(0.0, MAX_PRICE_ELASTICITY);
        }
        Effect::Rates { bp } => {
            world.market.risk_free = (world.market.risk_free + bp / 1e4).clamp(0.0, MAX_RISK_FREE)
        }
        Effect::Spread { company, bp } => shocks.market.spread_bp[company.index()] += bp,
        Effect::Audit { company } => finance::reveal(world, *company, report),
        Effect::Supply {
            good,
            pct,
            quarters,
        } => {
            let g = &mut world.supply.goods[good.index()];
            g.shock_price *= 1.0 + pct;
            g.shock_lead_q += quarters;
            if *good == Good::Memory {
                // HBM shortages hold up GPUs too.
                world.supply.goods[Good::Gpu.index()].shock_lead_q += quarters * 0.5;
            }
        }
        Effect::GasPrice { pct } => {
            for region in &mut world.regions {
                region.gas_price = (region.gas_price * (1.0 + pct)).max(0.5);
            }
        }
        Effect::Approval { points } => shocks.politics.approval_points += points,
        Effect::Lobbying {
            max_share,
            quarters,
        } => {
            world.policy.lobbying_cap = Some((*max_share, world.turn + quarters));
        }
        Effect::MarketValue { company, pct } => shocks.market.market_value[company.index()] += pct,
    }
}
