//! Retail rates: delivery recovered per year, not divided by seasonal sales; rate cases restore
//! the utility's funds at a cost in bills and approval; transmission built for large loads
//! raises household bills unless large loads pay. Paired seeds from the historical orders, one
//! decision changed.

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
fn delivery_rates_hold_through_the_year_and_bills_keep_their_seasons() {
    let game = play(&scenario(), 3, &no_rate_case);
    let p = &game.scenario.params;
    for year in game.turns.chunks(4).filter(|y| y.len() == 4) {
        for r in 0..p.regions.len() {
            let first = &year[0].report.regions[r].rate;
            for t in &year[1..] {
                let rate = &t.report.regions[r].rate;
                assert_eq!(
                    rate.delivery, first.delivery,
                    "{}: delivery moved",
                    t.report.date
                );
                assert_eq!(
                    rate.upgrades, first.upgrades,
                    "{}: upgrades moved",
                    t.report.date
                );
            }
        }
        // Summer bills above spring's because households use more, at the same rate.
        let pjm = p.region_index("pjm").unwrap();
        let bill = |q: usize| year[q].report.regions[pjm].bill_month;
        assert!(bill(2) > bill(1), "summer {} spring {}", bill(2), bill(1));
    }
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

/// Households' upgrade part of the residential rate, summed over the game, cents/kWh.
fn household_upgrades(game: &Game) -> f64 {
    game.turns
        .iter()
        .flat_map(|t| t.report.regions.iter())
        .map(|r| r.rate.upgrades)
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
fn charging_large_loads_more_lowers_household_bills_and_raises_theirs() {
    // Compared while the utility's own rule is in force: a federal rule or Congress may impose
    // one share on both games.
    let share = |v: f64| move |o: &mut Orders, _: u32| o.utility.large_load_share = v;
    let s = scenario();
    let (mut compared, mut households, mut large) = (0, 0, 0);
    for seed in 0..SEEDS {
        let (base, shared) = (play(&s, seed, &share(0.0)), play(&s, seed, &share(1.0)));
        let last = TURNS - 1;
        let own = |g: &Game| g.world.policy.effective_large_load_share(last);
        if own(&base) >= own(&shared) {
            continue;
        }
        compared += 1;
        households += u64::from(household_upgrades(&shared) < household_upgrades(&base));
        large += u64::from(large_load_price(&shared) > large_load_price(&base));
    }
    eprintln!(
        "cost share: of {compared} seeds under the utility's rule, household upgrades lower in {households}, large-load price higher in {large}"
    );
    assert!(
        compared * 2 >= SEEDS,
        "only {compared} seeds without a federal rule"
    );
    assert_eq!(households, compared);
    assert_eq!(large, compared);
}

/// Households' upgrade part of the residential rate in the last quarter, summed over regions.
fn household_upgrades_at_end(game: &Game) -> f64 {
    game.world
        .regions
        .iter()
        .map(|r| r.retail.upgrade_cents)
        .sum()
}

#[test]
fn transmission_upgrades_raise_household_rates_unless_large_loads_pay() {
    // Lines ordered from the first quarter come online after about three years: the full game.
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
