//! Supply that answers prices, and demand response that is paid: paired seeds from the
//! historical orders, one utility order changed, counted over many seeds.

mod common;

use overbuild::engine::{Date, Orders, TurnReport};
use overbuild::game::Game;
use overbuild::scenario::{self, Scenario};

const SEEDS: u64 = 20;

fn scenario() -> Scenario {
    scenario::load("stargate-2025").unwrap()
}

fn play(scenario: &Scenario, seed: u64, change: &dyn Fn(&mut Orders)) -> Game {
    common::play_historical(scenario, seed, u32::MAX, &|o, _| change(o))
}

fn reports(game: &Game) -> impl Iterator<Item = &TurnReport> {
    game.turns.iter().map(|t| &t.report)
}

fn pjm(game: &Game) -> usize {
    game.scenario.params.region_index("pjm").unwrap()
}

/// Mean of a PJM figure over the quarters of `years`.
fn pjm_mean(game: &Game, years: &[u16], f: &dyn Fn(&TurnReport, usize) -> f64) -> f64 {
    let r = pjm(game);
    let values: Vec<f64> = reports(game)
        .filter(|t| years.contains(&t.date.year))
        .map(|t| f(t, r))
        .collect();
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

fn at_least(name: &str, count: u64, of: u64, need: u64, pairs: &[(f64, f64)]) {
    eprintln!("{name}: {count} of {of} seeds");
    assert!(
        count >= need,
        "{name}: only {count} of {of} seeds: {pairs:?}"
    );
}

#[test]
fn a_capacity_cap_below_net_cone_lowers_bills_now_and_raises_unserved_energy_later() {
    // The cap binds on PJM's auctions: $100/MW-day is below the net cost of a new peaker (about
    // $157/kW-year here, $430/MW-day), $1,000 lets the curve clear.
    let s = scenario();
    let cap = |c: f64| move |o: &mut Orders| o.utility.capacity_cap = c;
    let (mut cheaper, mut thinner, mut fewer_built, mut no_safer) = (0, 0, 0, 0);
    let (mut bills, mut margins, mut shortfalls) = (Vec::new(), Vec::new(), Vec::new());
    for seed in 0..SEEDS {
        let low = play(&s, seed, &cap(100.0));
        let high = play(&s, seed, &cap(1000.0));
        let bill = |g: &Game| pjm_mean(g, &[2026, 2027], &|t, r| t.regions[r].bill_month);
        let margin = |g: &Game| pjm_mean(g, &[2028], &|t, r| t.regions[r].reserve_margin);
        let built = |g: &Game| {
            let r = pjm(g);
            reports(g)
                .map(|t| t.regions[r].merchant_started_mw.iter().sum::<f64>())
                .sum::<f64>()
        };
        // Energy PJM could not serve in 2027-28, MWh: the cold days freeze part of the fleet,
        // and a thinner margin has less to lose.
        let unserved =
            |g: &Game| 8.0 * pjm_mean(g, &[2027, 2028], &|t, r| t.regions[r].unserved_mwh);
        cheaper += u64::from(bill(&low) < bill(&high));
        no_safer += u64::from(unserved(&low) >= unserved(&high));
        shortfalls.push((unserved(&low), unserved(&high)));
        thinner += u64::from(margin(&low) < margin(&high));
        fewer_built += u64::from(built(&low) < built(&high));
        bills.push((bill(&low), bill(&high)));
        margins.push((margin(&low), margin(&high)));
    }
    at_least("capped bills 2026-27 lower", cheaper, SEEDS, SEEDS, &bills);
    at_least(
        "capped reserve margin 2028 lower",
        thinner,
        SEEDS,
        SEEDS * 9 / 10,
        &margins,
    );
    at_least(
        "capped merchant entry lower",
        fewer_built,
        SEEDS,
        SEEDS * 9 / 10,
        &[],
    );
    at_least(
        "capped unserved energy 2027-28 as high or higher",
        no_safer,
        SEEDS,
        SEEDS * 9 / 10,
        &shortfalls,
    );
    let expected =
        |pick: fn(&(f64, f64)) -> f64| shortfalls.iter().map(pick).sum::<f64>() / SEEDS as f64;
    let (capped, uncapped) = (expected(|p| p.0), expected(|p| p.1));
    eprintln!("expected unserved energy 2027-28: {capped:.0} MWh capped, {uncapped:.0} uncapped");
    assert!(
        capped > uncapped,
        "the cap should raise expected unserved energy later: {capped} against {uncapped} MWh"
    );
}

#[test]
fn paid_demand_response_lowers_scarcity_prices_and_pays_the_data_centers() {
    let s = scenario();
    let dr = |mw: f64| {
        move |o: &mut Orders| {
            for v in o.utility.demand_response_mw.iter_mut() {
                *v = mw;
            }
            if o.utility.demand_response_mw.is_empty() {
                o.utility.demand_response_mw = vec![mw; 3];
            }
        }
    };
    let (mut lower, mut paid) = (0, 0);
    let mut pairs = Vec::new();
    for seed in 0..SEEDS {
        let none = play(&s, seed, &dr(0.0));
        let some = play(&s, seed, &dr(5000.0));
        // Price in the scarce hours: the sum over quarters of each region's highest price.
        let peaks = |g: &Game| {
            reports(g)
                .flat_map(|t| t.regions.iter())
                .map(|r| r.peak_price + r.unserved_mwh)
                .sum::<f64>()
        };
        let payment = |g: &Game| {
            reports(g)
                .flat_map(|t| t.regions.iter())
                .map(|r| r.dr_payment_bn)
                .sum::<f64>()
        };
        lower += u64::from(peaks(&some) < peaks(&none));
        paid += u64::from(payment(&some) > 0.0 && payment(&none) == 0.0);
        pairs.push((peaks(&none), peaks(&some)));
    }
    at_least(
        "demand response lowers peaks",
        lower,
        SEEDS,
        SEEDS * 9 / 10,
        &pairs,
    );
    at_least("demand response is paid", paid, SEEDS, SEEDS, &[]);
}

#[test]
fn retirements_are_deferred_while_margins_cover_fixed_costs() {
    // PJM's coal earns well above its going-forward cost at 2026-28 prices: the scheduled
    // retirements are mostly deferred, and every MW scheduled is either retired or deferred.
    let s = scenario();
    let game = play(&s, 2, &|_| {});
    let scheduled: f64 = s
        .params
        .regions
        .iter()
        .map(|r| r.retirements_mw_q.to_array().iter().sum::<f64>())
        .sum();
    let late: Vec<_> = reports(&game).filter(|t| t.date.year == 2028).collect();
    for t in &late {
        let s = &t.supply;
        assert!((s.retired_mw + s.retirement_deferred_mw - scheduled).abs() < 1.0);
        assert!(s.retirement_deferred_mw > s.retired_mw, "{}: {s:?}", t.date);
    }
}

#[test]
fn demand_response_payments_reach_the_data_center_owners() {
    let s = scenario();
    let game = play(&s, 3, &|o| o.utility.demand_response_mw = vec![3000.0; 3]);
    let paid: f64 = reports(&game)
        .flat_map(|t| t.transfers.iter())
        .filter(|t| t.flow == overbuild::engine::ledger::Flow::DemandResponse)
        .map(|t| t.amount_bn)
        .sum();
    let reported: f64 = reports(&game)
        .flat_map(|t| t.regions.iter())
        .map(|r| r.dr_payment_bn)
        .sum();
    assert!(paid > 0.0);
    assert!((paid - reported).abs() < 1e-9, "{paid} vs {reported}");
}

#[test]
fn the_data_center_zone_pays_congestion_the_region_shares_only_in_part() {
    let s = scenario();
    let game = play(&s, 1, &|_| {});
    // Data centers draw flat, so without congestion their zone pays a little below the
    // load-weighted average; where congestion is material (a dollar a MWh or more) it pays more.
    let congested: Vec<_> = reports(&game)
        .flat_map(|t| t.regions.iter())
        .filter(|r| r.congestion >= 1.0)
        .collect();
    assert!(
        !congested.is_empty(),
        "no congestion under historical orders"
    );
    for r in congested {
        assert!(r.zone_price > r.energy_price, "{}: {r:?}", r.id);
    }
    let late = reports(&game)
        .find(|t| t.date == Date::new(2028, 4))
        .unwrap();
    let p = &late.regions[pjm(&game)];
    assert!(p.zone_price - p.energy_price > p.congestion);
}
