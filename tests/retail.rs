//! Retail rates: delivery tariffs hold between rate cases and are not divided by seasonal sales;
//! between cases the utility's revenue follows actual sales; rate cases, decided after a lag,
//! restore the utility's funds at a cost in bills and approval; transmission built for large
//! loads raises household bills unless large loads pay. Paired seeds from the historical orders,
//! one decision changed.

mod common;

use overbuild::engine::Orders;
use overbuild::game::Game;
use overbuild::scenario::{self, Scenario};

const SEEDS: u64 = 8;
/// Quarters played: three years is enough for rates set per year and upgrades coming online.
const TURNS: u32 = 12;

fn scenario() -> Scenario {
    scenario::load("stargate-2025").unwrap()
}

/// Plays the historical orders for `TURNS` quarters with `change` applied to every turn's.
fn play(scenario: &Scenario, seed: u64, change: &dyn Fn(&mut Orders, u32)) -> Game {
    play_for(scenario, seed, TURNS, change)
}

fn play_for(scenario: &Scenario, seed: u64, turns: u32, change: &dyn Fn(&mut Orders, u32)) -> Game {
    common::play_historical(scenario, seed, turns, change)
}

fn no_rate_case(o: &mut Orders, _: u32) {
    o.utility.rate_case_pct = 0.0;
}

/// Household-weighted residential bill in the last quarter played.
fn national_bill(game: &Game) -> f64 {
    game.world.national_bill()
}

/// Counts the seeds where `better(base, changed)` holds.
fn count(
    base: &dyn Fn(&mut Orders, u32),
    changed: &dyn Fn(&mut Orders, u32),
    better: &dyn Fn(&Game, &Game) -> bool,
) -> u64 {
    let s = scenario();
    (0..SEEDS)
        .filter(|&seed| better(&play(&s, seed, base), &play(&s, seed, changed)))
        .count() as u64
}

#[test]
fn delivery_rates_hold_without_a_rate_case_and_bills_keep_their_seasons() {
    let game = play(&scenario(), 3, &no_rate_case);
    let p = &game.scenario.params;
    let first = &game.turns[0].report.regions;
    for t in &game.turns[1..] {
        for (r, region) in t.report.regions.iter().enumerate() {
            let date = &t.report.date;
            assert_eq!(
                region.rate.delivery, first[r].rate.delivery,
                "{date}: delivery moved"
            );
            assert_eq!(
                region.rate.upgrades, first[r].rate.upgrades,
                "{date}: upgrades moved"
            );
        }
    }
    for year in game.turns.chunks(4).filter(|y| y.len() == 4) {
        // Summer bills above spring's because households use more, at the same rate.
        let pjm = p.region_index("pjm").unwrap();
        let bill = |q: usize| year[q].report.regions[pjm].bill_month;
        assert!(bill(2) > bill(1), "summer {} spring {}", bill(2), bill(1));
    }
}

#[test]
fn a_rate_case_changes_tariffs_only_when_regulators_decide_it() {
    // One case filed in the first quarter: tariffs hold until the lag has run, then move.
    let s = scenario();
    let lag = s.params.utility.rate_case_lag_q as usize;
    let once =
        |o: &mut Orders, turn: u32| o.utility.rate_case_pct = if turn == 0 { 6.0 } else { 0.0 };
    for seed in 0..2 {
        let game = play(&s, seed, &once);
        let delivery = |t: usize| game.turns[t].report.regions[0].rate.delivery;
        for t in 1..lag {
            assert_eq!(
                delivery(t),
                delivery(0),
                "seed {seed}: moved in quarter {t}"
            );
        }
        // Base rates rise; the network is re-spread over this year's sales (large loads' grew).
        assert_ne!(
            delivery(lag),
            delivery(0),
            "seed {seed}: no change at the decision"
        );
        assert!(game.world.utility.base_rate_factor > 1.0, "seed {seed}");
        assert_eq!(delivery(lag + 1), delivery(lag), "seed {seed}");
        assert!(game.world.utility.rate_case.is_none());
    }
}

#[test]
fn regulators_grant_no_more_than_the_networks_cost() {
    // Asking 15% once: the network's cost has grown only with operating costs since the start,
    // so the grant stops there however much was asked.
    let s = scenario();
    let lag = s.params.utility.rate_case_lag_q;
    let once =
        |o: &mut Orders, turn: u32| o.utility.rate_case_pct = if turn == 0 { 15.0 } else { 0.0 };
    let game = play_for(&s, 1, lag + 1, &once);
    let u = &game.world.utility;
    let opex = s.params.utility.opex_share;
    let cost = 1.0 - opex + opex * u.cost_index;
    assert!(u.base_rate_factor > 1.0, "nothing granted");
    assert!(
        u.base_rate_factor <= cost + 1e-12,
        "granted {} above the network's cost {cost}",
        u.base_rate_factor
    );
}

#[test]
fn losing_large_loads_between_rate_cases_costs_the_utility_its_revenue() {
    // Half the hyperscalers' and colocation load leaves after the first year, no rate case:
    // the tariffs stay, so the utility's delivery revenue and funds fall; households' rates do
    // not move until a case re-spreads the network over the sales left.
    let s = scenario();
    let mut lower = 0;
    for seed in 0..SEEDS / 2 {
        let base = play(&s, seed, &no_rate_case);
        let mut game = Game::new(s.clone(), seed);
        let script = overbuild::calibration::historical(&s);
        let mut controllers = overbuild::game::Controllers::bots_except(Some(script));
        while game.world.turn < TURNS {
            if game.world.turn == 4 {
                for region in &mut game.world.regions {
                    region.dc.hyperscaler_mw *= 0.5;
                    region.dc.colo_mw *= 0.5;
                }
            }
            let mut orders = controllers.all_orders(&game);
            no_rate_case(&mut orders, game.world.turn);
            game.play(orders);
        }
        let (u, b) = (&game.world.utility, &base.world.utility);
        lower += u64::from(u.ffo_to_debt < b.ffo_to_debt && u.unrecovered_bn > b.unrecovered_bn);
        let delivery = |g: &Game| g.world.regions[0].retail.delivery_cents;
        assert_eq!(
            delivery(&game),
            delivery(&base),
            "seed {seed}: households repriced"
        );
    }
    assert_eq!(
        lower,
        SEEDS / 2,
        "FFO/debt lower in {lower} of {}",
        SEEDS / 2
    );
}

#[test]
fn a_year_on_year_change_sits_beside_the_quarterly_one() {
    let game = play(&scenario(), 1, &|_, _| {});
    for t in &game.turns {
        for r in &t.report.regions {
            let (q, y) = (r.bill_change_q.unwrap(), r.bill_change_y.unwrap());
            assert!(
                q.is_finite() && y.is_finite() && q > -0.9 && y > -0.9,
                "{q} {y}"
            );
        }
    }
    let last = game.turns.last().unwrap();
    let pjm = game.scenario.params.region_index("pjm").unwrap();
    let year_before = &game.turns[game.turns.len() - 5].report.regions[pjm];
    let now = &last.report.regions[pjm];
    let expected = now.bill_month / year_before.bill_month - 1.0;
    assert!((now.bill_change_y.unwrap() - expected).abs() < 1e-9);
}

#[test]
fn rate_cases_restore_the_utilitys_funds_at_a_cost_in_bills_and_approval() {
    let filed = |o: &mut Orders, _: u32| o.utility.rate_case_pct = 6.0;
    let ffo = count(&no_rate_case, &filed, &|b, c| {
        c.world.utility.ffo_to_debt > b.world.utility.ffo_to_debt
    });
    let bills = count(&no_rate_case, &filed, &|b, c| {
        national_bill(c) > national_bill(b)
    });
    let approval = count(&no_rate_case, &filed, &|b, c| {
        c.world.politics.approval < b.world.politics.approval
    });
    eprintln!(
        "rate case: FFO/debt up {ffo}, bills up {bills}, approval down {approval} of {SEEDS}"
    );
    assert_eq!(ffo, SEEDS, "FFO/debt higher in {ffo} of {SEEDS}");
    assert_eq!(bills, SEEDS, "bills higher in {bills} of {SEEDS}");
    assert!(
        approval * 4 >= SEEDS * 3,
        "approval lower in {approval} of {SEEDS}"
    );
}

/// Households' and other customers' part of the lines in the tariffs in force at the end,
/// $B/year, summed over regions (plants are shared by energy, so siting moves them; lines are
/// what the cost share decides).
fn household_lines(game: &Game) -> f64 {
    let w = &game.world;
    (0..w.regions.len())
        .map(|r| {
            let t = overbuild::engine::retail::approved(w, r);
            t.upgrades - t.dc_upgrades
        })
        .sum()
}

fn large_load_price(game: &Game) -> f64 {
    game.turns
        .iter()
        .flat_map(|t| t.report.regions.iter())
        .map(|r| r.large_load_price)
        .sum()
}

#[test]
fn charging_large_loads_more_takes_the_lines_off_household_rates_and_raises_theirs() {
    // Compared while the utility's own rule is in force: a federal rule or Congress may impose
    // one share on both games.
    // The whole game: upgrades completed reach household rates at the next rate case.
    let share = |v: f64| move |o: &mut Orders, _: u32| o.utility.large_load_share = v;
    let s = scenario();
    let turns = s.params.scenario.turns;
    let (mut compared, mut households, mut large) = (0, 0, 0);
    for seed in 0..SEEDS {
        let (base, shared) = (
            play_for(&s, seed, turns, &share(0.0)),
            play_for(&s, seed, turns, &share(1.0)),
        );
        let last = turns - 1;
        let own = |g: &Game| g.world.policy.effective_large_load_share(last);
        if own(&base) >= own(&shared) {
            continue;
        }
        compared += 1;
        households += u64::from(household_lines(&shared) < household_lines(&base));
        large += u64::from(large_load_price(&shared) > large_load_price(&base));
    }
    eprintln!(
        "cost share: of {compared} seeds under the utility's rule, households' lines lower in {households}, large-load price higher in {large}"
    );
    assert!(
        compared * 2 >= SEEDS,
        "only {compared} seeds without a federal rule"
    );
    assert_eq!(households, compared);
    assert_eq!(large, compared);
}

/// Households' part of the additions in the cost of service at the end, $B/year, summed over
/// regions: what the next rate case puts in their rates.
fn household_upgrades_at_end(game: &Game) -> f64 {
    let w = &game.world;
    (0..w.regions.len())
        .map(|r| {
            let share = w.params.regions[r].retail.residential_td_share;
            overbuild::engine::retail::requirement(w, r)
                .residential(share)
                .1
        })
        .sum()
}

#[test]
fn transmission_upgrades_raise_household_rates_unless_large_loads_pay() {
    // Lines ordered from the first quarter come online after about three years: the full game,
    // read in the cost of service the next rate case sets household rates from.
    let orders = |share: f64, upgrade_bn: f64| {
        move |o: &mut Orders, _: u32| {
            o.utility.large_load_share = share;
            o.utility.transmission_bn = vec![upgrade_bn; 3];
        }
    };
    let s = scenario();
    let turns = s.params.scenario.turns;
    let (mut raised, mut compared, mut spared) = (0, 0, 0);
    let seeds = SEEDS / 2;
    for seed in 0..seeds {
        let end = |share: f64, bn: f64| play_for(&s, seed, turns, &orders(share, bn));
        let (none, built, paid) = (end(0.0, 0.0), end(0.0, 3.0), end(1.0, 3.0));
        raised += u64::from(household_upgrades_at_end(&built) > household_upgrades_at_end(&none));
        // Only while the utility's own rule is in force: a federal rule or Congress may
        // impose one share on both games.
        let own = |g: &Game| g.world.policy.effective_large_load_share(turns - 1);
        if own(&paid) > own(&built) {
            compared += 1;
            spared +=
                u64::from(household_upgrades_at_end(&paid) < household_upgrades_at_end(&built));
        }
    }
    eprintln!(
        "transmission: household upgrade rates raised in {raised} of {seeds}; \
         lower when large loads pay in {spared} of {compared} under the utility's rule"
    );
    assert_eq!(raised, seeds);
    assert!(compared >= 1, "a federal rule in every seed");
    assert_eq!(spared, compared);
}

#[test]
fn the_year_on_year_change_compares_the_same_season() {
    // The opening history holds the four quarters before the start and the warm-up's estimate
    // of the first; once played, each quarter's year-ago bill is the one four quarters back.
    let s = scenario();
    let opening = Game::new(s.clone(), 1);
    let game = play_for(&s, 1, 2, &no_rate_case);
    for (r, region) in game.world.regions.iter().enumerate() {
        let h = &region.bill_history;
        let start = &opening.world.regions[r].bill_history;
        assert_eq!(h.len(), 5);
        // After two quarters, the year-ago entry of 2025 Q2 is 2024 Q2: the opening's second.
        assert_eq!(h[0], start[1], "region {r}: {h:?} against {start:?}");
        assert_eq!(h[4], region.retail.bill_month);
    }
}

#[test]
fn poorer_households_fall_behind_more_and_the_region_is_their_weighted_sum() {
    // PJM's Rust Belt group (lower incomes) against its Mid-Atlantic group, on the same bills.
    let s = scenario();
    let p = &s.params;
    let pjm = p.region_index("pjm").unwrap();
    let groups = p.regions[pjm].income_groups();
    let rust_belt = groups.iter().position(|g| g.id == "rust_belt").unwrap();
    let richer = groups.iter().position(|g| g.id == "mid_atlantic").unwrap();
    for seed in 0..2 {
        let game = play_for(&s, seed, 6, &|_, _| {});
        for turn in &game.turns {
            let r = &turn.report.regions[pjm];
            assert_eq!(r.group_arrears.len(), groups.len());
            assert!(
                r.group_arrears[rust_belt] > r.group_arrears[richer],
                "seed {seed}"
            );
            let weighted: f64 = groups
                .iter()
                .zip(&r.group_arrears)
                .map(|(g, a)| g.household_share * a)
                .sum();
            assert!((weighted - r.arrears_share).abs() < 1e-12, "seed {seed}");
        }
    }
}

/// How far regulators trim a rate case is the scenario's: in full while bills grow slowly, less
/// as they grow faster, never under the least share.
#[test]
fn regulators_trim_rate_cases_by_the_scenarios_terms() {
    use overbuild::engine::retail::granted_share;
    let mut p = common::default_scenario().params.utility.clone();
    assert_eq!(granted_share(&p, p.tolerated_bill_growth), 1.0);
    let fast = p.tolerated_bill_growth + 0.06;
    assert!((granted_share(&p, fast) - (1.0 - p.grant_cut_per_growth * 0.06)).abs() < 1e-12);
    assert_eq!(granted_share(&p, 1.0), p.min_granted_share);
    // A facilitator's lenient commission grants everything.
    p.min_granted_share = 1.0;
    assert_eq!(granted_share(&p, 1.0), 1.0);
}
