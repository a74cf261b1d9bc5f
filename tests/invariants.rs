//! Properties that hold for any valid orders: no NaN or infinity anywhere, money is conserved and
//! every company's cash reconciles with its transfers, energy balances, and determinism.

mod common;

use common::*;
use overbuild::engine::ledger::{Account, net_flow};
use overbuild::engine::{CompanyId, Rngs, resolve, state_hash};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_orders_keep_the_world_sound(
        seed in any::<u64>(),
        turns in proptest::collection::vec(orders(3), 1..6),
    ) {
        let mut world = new_world();
        let mut rngs = Rngs::new(seed);
        for orders in &turns {
            orders.validate(&world.params).unwrap();
            let total_before = world.accounts.total();
            let opening: Vec<f64> = CompanyId::ALL.iter().map(|c| world.cash(*c)).collect();
            let (next, report) = resolve(&world, orders, &mut rngs);

            let bad = non_finite(&next);
            prop_assert!(bad.is_empty(), "non-finite values in World: {:?}", bad);
            let bad = non_finite(&report);
            prop_assert!(bad.is_empty(), "non-finite values in TurnReport: {:?}", bad);

            // Every transfer has two sides: the total of all balances never changes.
            let drift = (next.accounts.total() - total_before).abs();
            prop_assert!(drift < 1e-6 * total_before.abs().max(1.0), "money drifted by {}", drift);
            for (i, id) in CompanyId::ALL.iter().enumerate() {
                let closing = next.cash(*id);
                let expected = opening[i] + net_flow(&report.transfers, Account::Company(*id));
                prop_assert!((closing - expected).abs() < 1e-6, "{:?}: {} != {}", id, closing, expected);
            }
            // A quarter's high is at least where the price opened and where it closed.
            for c in &report.companies {
                let open = world.company(c.id).share_price();
                let ends = open.max(c.share_price);
                prop_assert!(c.share_price_high >= ends * (1.0 - 1e-12), "{:?}: high {} under {}", c.id, c.share_price_high, ends);
            }
            for t in &report.transfers {
                prop_assert!(t.amount_bn > 0.0 && t.amount_bn.is_finite());
                prop_assert!(t.from != t.to);
            }

            // Energy: served + unserved = demand, in every region.
            for r in &report.regions {
                let gap = (r.served_mwh + r.unserved_mwh - r.demand_mwh).abs();
                prop_assert!(gap < 1e-6 * r.demand_mwh.max(1.0), "{}: energy gap {}", r.id, gap);
                prop_assert!(r.served_mwh >= 0.0 && r.unserved_mwh >= 0.0);
                // What was served came from the fleet or from imports.
                let generated: f64 = r.generation_mwh.iter().sum();
                let gap = (generated + r.imports_mwh + r.transfers_in_mwh - r.served_mwh).abs();
                prop_assert!(gap < 1e-6 * r.served_mwh.max(1.0), "{}: supply gap {}", r.id, gap);
                prop_assert!(r.energy_price >= 0.0);
            }
            prop_assert_eq!(next.turn, world.turn + 1);
            world = next;
        }
    }

    #[test]
    fn same_seed_and_orders_give_the_same_hash(seed in any::<u64>(), orders in orders(3)) {
        let world = new_world();
        let (a, ra) = resolve(&world, &orders, &mut Rngs::new(seed));
        let (b, rb) = resolve(&world, &orders, &mut Rngs::new(seed));
        prop_assert_eq!(state_hash(&a), state_hash(&b));
        prop_assert_eq!(ra, rb);
    }
}

#[test]
fn a_quarters_high_lies_above_its_closes_by_the_volatility_between_them() {
    let mut world = new_world();
    let mut rngs = Rngs::new(7);
    let mut above = 0;
    let mut quarters = 0;
    for _ in 0..8 {
        let orders = world.last_orders.carried_forward();
        let (next, report) = resolve(&world, &orders, &mut rngs);
        for c in report.companies.iter().filter(|c| !c.insolvent) {
            let ends = world.company(c.id).share_price().max(c.share_price);
            quarters += 1;
            if c.share_price_high > ends {
                above += 1;
            }
            // Within what a year's volatility of several hundred percent could reach.
            assert!(
                c.share_price_high < 3.0 * ends,
                "{:?}: {}",
                c.id,
                c.share_price_high
            );
        }
        world = next;
    }
    assert_eq!(
        above, quarters,
        "a path between two closes peaks above both"
    );
}

#[test]
fn different_seeds_give_different_games() {
    let world = new_world();
    let orders = world.last_orders.clone();
    let mut hashes: Vec<String> = (0..5)
        .map(|seed| state_hash(&resolve(&world, &orders, &mut Rngs::new(seed)).0))
        .collect();
    hashes.sort();
    hashes.dedup();
    assert_eq!(hashes.len(), 5);
}

#[test]
fn a_finished_game_does_not_move() {
    let mut world = new_world();
    let orders = world.last_orders.clone();
    let mut rngs = Rngs::new(1);
    for _ in 0..world.params.scenario.turns {
        world = resolve(&world, &orders, &mut rngs).0;
    }
    assert!(world.is_over());
    let hash = state_hash(&world);
    let (after, report) = resolve(&world, &orders, &mut rngs);
    assert_eq!(state_hash(&after), hash);
    assert!(report.regions.is_empty());
}

#[test]
fn out_of_range_orders_are_clamped_not_fatal() {
    let world = new_world();
    let mut orders = world.last_orders.clone();
    orders.oracle.build_mw = vec![1e12, f64::NAN, -5.0, 7.0, 9.0];
    orders.whitehouse.chip_tariff = f64::INFINITY;
    assert!(orders.validate(&world.params).is_err());
    let (next, _) = resolve(&world, &orders, &mut Rngs::new(3));
    assert!(non_finite(&next).is_empty());
}

#[test]
fn the_non_finite_detector_finds_nan_and_infinity() {
    assert_eq!(
        non_finite(&vec![1.0, f64::NAN, 2.0]),
        vec!["$[1]".to_string()]
    );
    assert_eq!(non_finite(&(0.0, f64::NEG_INFINITY)).len(), 1);
    assert!(non_finite(&vec![1.0, 2.0]).is_empty());
}

#[test]
fn a_vetoed_card_is_not_drawn_and_no_other_draw_moves() {
    // Find a seed where the deck draws something in the first quarter, then veto it.
    let world = new_world();
    let orders = world.last_orders.clone();
    let (seed, drawn) = (0..200)
        .find_map(|seed| {
            let (_, report) = resolve(&world, &orders, &mut Rngs::new(seed));
            (report.events.len() >= 2).then(|| {
                (
                    seed,
                    report
                        .events
                        .iter()
                        .map(|e| e.id.clone())
                        .collect::<Vec<_>>(),
                )
            })
        })
        .expect("some seed draws two cards in the first quarter");
    let mut vetoing = orders.clone();
    vetoing.vetoes = vec![drawn[0].clone()];
    let (_, report) = resolve(&world, &vetoing, &mut Rngs::new(seed));
    let left: Vec<String> = report.events.iter().map(|e| e.id.clone()).collect();
    assert!(!left.contains(&drawn[0]), "{left:?}");
    assert_eq!(
        left,
        drawn[1..].to_vec(),
        "the other cards are drawn as before"
    );
}

/// A facilitator can set any figure, even an SPV's lease liability below zero: the quarter
/// still resolves (it once panicked in a clamp whose ceiling went negative).
#[test]
fn a_negative_lease_liability_set_by_hand_does_not_panic() {
    let scenario = common::default_scenario();
    let mut game = common::play_historical(&scenario, 1, 8, &|_, _| {});
    assert!(
        !game.world.spvs.is_empty(),
        "the historical orders finance SPVs by 2026"
    );
    for spv in &mut game.world.spvs {
        spv.lease_liability_bn = -6_674.0;
    }
    let orders = game.world.last_orders.carried_forward();
    game.play(orders);
    assert!(common::non_finite(&game.world).is_empty());
}
