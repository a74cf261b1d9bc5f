//! One quarter, start to finish: the only path from one `World` to the next.

use super::events;
use super::finance;
use super::grid::{self, GridInputs};
use super::orders::{Orders, sanitize};
use super::policy;
use super::politics;
use super::report::TurnReport;
use super::retail;
use super::rng::Rngs;
use super::score;
use super::state::World;
use super::supply;
use std::cell::Cell;

thread_local! {
    /// Quarters resolved on this thread: a count of work for tests and benchmarks, read by
    /// nothing that decides a result.
    static RESOLVES: Cell<u64> = const { Cell::new(0) };
}

/// How many quarters this thread has resolved so far (the warm-up quarter included).
pub fn resolves_on_this_thread() -> u64 {
    RESOLVES.with(Cell::get)
}

/// Whether the quarter's event cards fire: counterfactual resolves (the preview, the
/// attribution of a quarter's changes to its causes) turn them off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Events {
    /// Deck draws and the facilitator's injects, as in play.
    #[default]
    Drawn,
    /// No card fires: neither the deck nor injects (base fault rates still apply).
    Off,
}

/// Resolves one quarter. Orders out of range are clamped (validate them first to tell the
/// player); a finished game is returned unchanged with an empty report.
pub fn resolve(world: &World, orders: &Orders, rngs: &mut Rngs) -> (World, TurnReport) {
    resolve_with(world, orders, rngs, Events::Drawn)
}

/// [`resolve`], choosing whether event cards fire.
pub fn resolve_with(
    world: &World,
    orders: &Orders,
    rngs: &mut Rngs,
    events_mode: Events,
) -> (World, TurnReport) {
    RESOLVES.with(|n| n.set(n.get() + 1));
    let mut w = world.clone();
    let mut report = TurnReport {
        turn: w.turn,
        date: w.date,
        ..Default::default()
    };
    if w.is_over() {
        return (w, report);
    }
    let orders = sanitize(orders, &w.params);
    let opening_prices = finance::share_prices(&w);
    clear_quarter_flows(&mut w);
    open_gas_prices(&mut w);

    // Rules and events first: they set the conditions the quarter plays under.
    policy::apply(&mut w, &orders, &mut report);
    let shocks = match events_mode {
        Events::Drawn => events::draw(&mut w, &orders, rngs, &mut report),
        Events::Off => events::none(&w),
    };

    // Supply: quotes move, orders become projects, money is raised and spent, plants finish.
    supply::update_markets(&mut w);
    policy::announce(&mut w, &orders, &mut report);
    let hyperscaler_capex = finance::hyperscaler_capex(&mut w, &mut report);
    supply::start_orders(&mut w, &orders, &mut report);
    let mut appetite = finance::appetite(&w);
    finance::financing(&mut w, &orders, &mut appetite, &mut report);
    politics::budget(&mut w, &orders, rngs, &mut report);
    supply::pay_construction(&mut w, &mut report);
    supply::complete(&mut w, &mut report);

    // The grid and what it costs households.
    let inputs = GridInputs {
        load_shock: shocks.load.clone(),
        freeze: shocks.freeze.clone(),
        forced_faults: shocks.faults.clone(),
        training_intensity: orders.openai.training_intensity,
        ride_through_cooperation: orders.openai.ride_through_cooperation,
    };
    grid::step(&mut w, &inputs, rngs, &mut report);
    grid::pay_demand_response(&mut w, &mut report);
    // Every entity's depreciation first, so the utility's tax sees its whole quarter.
    finance::depreciate(&w, &mut report);
    retail::step(&mut w, &orders, &mut report);

    // Companies, markets, politics, scores.
    finance::operations(
        &mut w,
        &orders,
        hyperscaler_capex,
        &mut appetite,
        rngs,
        &mut report,
    );
    finance::solvency(&mut w, &mut appetite, &mut report);
    finance::close_books(&mut w, &mut report);
    finance::markets(
        &mut w,
        &orders,
        &shocks.market,
        &opening_prices,
        rngs,
        &mut report,
    );
    politics::step(&mut w, &orders, &shocks.politics, rngs, &mut report);
    supply::report_goods(&w, &mut report);
    score::step(&mut w, &mut report);

    carry_into_next_quarter(&mut w, orders);
    (w, report)
}

/// The companies' flows of the quarter start from nothing.
fn clear_quarter_flows(w: &mut World) {
    for c in &mut w.companies {
        c.revenue_q_bn = 0.0;
        c.capex_q_bn = 0.0;
        c.bonds_issued_q_bn = 0.0;
    }
}

/// A gas spike lasts its quarter: Henry Hub averaged ~$4.15 in 2025 Q1's cold and ~$3.20 from
/// April to July (EIA STEO, Aug 2025). Each quarter opens at the scenario's price and the
/// quarter's events move it from there.
fn open_gas_prices(w: &mut World) {
    for (region, p) in w.regions.iter_mut().zip(&w.params.regions) {
        region.gas_price = p.gas_price;
    }
}

/// Load grows, the orders stand (a facilitator's injects and vetoes do not), the clock moves.
fn carry_into_next_quarter(w: &mut World, orders: Orders) {
    let params = w.params.clone();
    for (r, region) in w.regions.iter_mut().enumerate() {
        region.non_dc_load_mw *= 1.0 + params.regions[r].load_growth_q;
    }
    w.last_orders = Orders {
        injects: Vec::new(),
        vetoes: Vec::new(),
        ..orders
    };
    w.turn += 1;
    w.date = w.date.next();
}
