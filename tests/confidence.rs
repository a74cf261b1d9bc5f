//! Confidence tests at the extremes: a world with no data centers at all, a grid that never
//! gets a new plant while data centers keep coming, and tariffs at their maximum for the whole
//! game. Each gives sane results: every number finite, and the figures the extreme is about
//! move where they must.

#[path = "common/mod.rs"]
mod common;

use overbuild::engine::Orders;
use overbuild::game::{Controllers, Game};
use overbuild::scenario::{self, Scenario};

fn variant(keys: &str) -> Scenario {
    let text = format!(
        "extends = \"stargate-2025\"\n[scenario]\nid = \"extreme\"\nname = \"E\"\ndescription = \"e\"\n{keys}"
    );
    scenario::from_text(&text, "extreme.toml").unwrap_or_else(|e| panic!("{e}"))
}

/// A whole game with bots, each quarter's orders changed by `change`; checks every number
/// of the world and the reports is finite.
fn play(scenario: &Scenario, seed: u64, change: &dyn Fn(&mut Orders)) -> Game {
    let mut game = Game::new(scenario.clone(), seed);
    let mut bots = Controllers::bots_except(None);
    while !game.is_over() {
        let mut orders = bots.all_orders(&game);
        change(&mut orders);
        game.play(orders);
    }
    let bad = common::non_finite(&game.world);
    assert!(bad.is_empty(), "seed {seed}: non-finite {bad:?}");
    for turn in &game.turns {
        let bad = common::non_finite(&turn.report);
        assert!(
            bad.is_empty(),
            "seed {seed} {}: non-finite {bad:?}",
            turn.report.date
        );
    }
    game
}

fn no_builds(o: &mut Orders) {
    o.oracle.build_mw.iter_mut().for_each(|v| *v = 0.0);
    o.oracle.onsite_mw.iter_mut().for_each(|v| *v = 0.0);
    o.openai.chip_order_gw = 0.0;
    o.openai.contract_gw = 0.0;
    o.utility.approve_mw.iter_mut().for_each(|v| *v = 0.0);
}

#[test]
fn a_world_without_data_centers_runs_and_loses_no_large_load() {
    let regions: String = ["texas", "pjm", "west"]
        .iter()
        .map(|id| {
            format!(
                "[[regions]]\nid = \"{id}\"\n[regions.data_centers]\noracle_mw = 0\n{}hyperscaler_mw = 0\nqueue_mw = 0\nqueue_inflow_mw_q = 0\napproved_mw = 0\nhyperscaler_build_share = 0.0\n",
                // Only Texas has buildings under way at the start.
                if *id == "texas" { "oracle_building_mw = 0\n" } else { "" }
            )
        })
        .collect();
    let empty = variant(&regions);
    let base = scenario::load(scenario::DEFAULT).unwrap();
    for seed in 0..3 {
        let game = play(&empty, seed, &no_builds);
        let lost: f64 = game
            .turns
            .iter()
            .flat_map(|t| &t.report.regions)
            .map(|r| r.mw_lost)
            .sum();
        assert_eq!(lost, 0.0, "seed {seed}: no data centers, no load to lose");
        let with = play(&base, seed, &no_builds);
        let margin = |g: &Game| g.turns.last().unwrap().report.regions[1].reserve_margin;
        assert!(
            margin(&game) >= margin(&with),
            "seed {seed}: PJM's margin without data centers {:.3} vs {:.3}",
            margin(&game),
            margin(&with)
        );
    }
}

#[test]
fn a_grid_that_never_builds_runs_short_and_prices_scarcity() {
    // No merchant entry, no retirement deferred, no utility procurement or transmission,
    // while Oracle builds and the utility connects all it can.
    let frozen = variant("[entry]\nshare_of_peak_per_excess = 0.0\nmax_pipeline_share = 0.0\n");
    let starve = |o: &mut Orders| {
        let u = &mut o.utility;
        for list in [
            &mut u.transmission_bn,
            &mut u.gas_cc_mw,
            &mut u.gas_peaker_mw,
            &mut u.battery_mw,
            &mut u.solar_mw,
            &mut u.wind_mw,
            &mut u.nuclear_restart_mw,
            &mut u.demand_response_mw,
        ] {
            list.iter_mut().for_each(|v| *v = 0.0);
        }
        u.approve_mw = vec![20000.0; 3];
        o.oracle.build_mw = vec![2000.0; 3];
    };
    for seed in 0..3 {
        let game = play(&frozen, seed, &starve);
        let first = &game.turns.first().unwrap().report;
        let last = &game.turns.last().unwrap().report;
        let short = last
            .regions
            .iter()
            .zip(&first.regions)
            .filter(|(l, f)| l.reserve_margin < f.reserve_margin)
            .count();
        assert!(short >= 2, "seed {seed}: margins fell in {short} regions");
        let scarce = game
            .turns
            .iter()
            .flat_map(|t| &t.report.regions)
            .any(|r| r.unserved_mwh > 0.0 || r.energy_price > 100.0);
        assert!(
            scarce,
            "seed {seed}: no scarcity priced in a grid that never builds"
        );
    }
}

#[test]
fn tariffs_at_their_maximum_for_a_whole_game_stay_sane() {
    let base = scenario::load(scenario::DEFAULT).unwrap();
    let max = |o: &mut Orders| {
        o.whitehouse.chip_tariff = 1.5;
        o.whitehouse.equipment_tariff = 1.0;
        o.whitehouse.exempt_intermediate = false;
    };
    let mut lower = 0;
    for seed in 0..4 {
        let game = play(&base, seed, &max);
        let free = play(&base, seed, &|o: &mut Orders| {
            o.whitehouse.chip_tariff = 0.0;
            o.whitehouse.equipment_tariff = 0.0;
        });
        let last = |g: &Game| g.turns.last().unwrap().report.clone();
        assert!(last(&game).politics.tariff_revenue_bn > 0.0, "seed {seed}");
        // Over the whole game: the last quarter alone is one draw of a path with a boom and a
        // bust in it, where a tariff weighs on every quarter.
        let mean_index = |g: &Game| {
            g.turns.iter().map(|t| t.report.market.index).sum::<f64>() / g.turns.len() as f64
        };
        if mean_index(&game) < mean_index(&free) {
            lower += 1;
        }
    }
    assert_eq!(
        lower, 4,
        "maximum tariffs lowered the index in {lower} of 4"
    );
}
