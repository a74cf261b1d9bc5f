//! A company in default, for the player: the orders it is refused, the score it plays on for,
//! and how the quarter of the default is found in the reports.

mod common;

use overbuild::engine::orders::{InDefault, OracleOrders};
use overbuild::engine::score::{DEFAULTED, seat_score};
use overbuild::engine::view::defaults_in;
use overbuild::engine::{CompanyId, Orders, Rngs, Seat, resolve, state_hash};
use overbuild::game::{Controllers, Game};

/// Bots play the wrecked-Oracle scenario until Oracle defaults.
fn defaulted_game() -> Game {
    let mut game = Game::new(common::oracle_defaults_scenario(), 5);
    let mut bots = Controllers::bots_except(None);
    while !game.world.company(CompanyId::Oracle).insolvent {
        assert!(
            game.turns.len() < 8,
            "Oracle should default within two years"
        );
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    game
}

#[test]
fn a_defaulted_seat_is_scored_as_the_restructured_company_and_keeps_the_default_line() {
    let game = defaulted_game();
    let world = &game.world;
    let default = InDefault::of_world(world, Seat::Oracle).expect("in default");
    let score = seat_score(world, Seat::Oracle);
    let keys: Vec<&str> = score.parts.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "score-recovery-online",
            "score-recovery-cash-flow",
            "score-recovery-creditors",
            DEFAULTED
        ]
    );
    let line = score.parts.last().unwrap();
    assert_eq!(line.points, 0.0);
    assert_eq!(line.max_points, 60.0);
    assert!(!line.met);
    assert_eq!(line.value as u32, default.since.ordinal());
    assert!(
        !score.objective_met,
        "a defaulted seat never meets its objective"
    );
    assert!(score.score <= 40.0 + 1e-9);
    // The other seats keep their objectives.
    let openai = seat_score(world, Seat::OpenAi);
    assert!(openai.parts.iter().all(|p| p.key != DEFAULTED));
}

#[test]
fn the_quarter_of_a_default_names_the_company_and_what_creditors_lost() {
    let game = defaulted_game();
    let (last, earlier) = game.turns.split_last().unwrap();
    let found = defaults_in(&last.report);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].company, CompanyId::Oracle);
    assert!(found[0].creditor_loss_bn > 0.0, "{found:?}");
    // The default tells the shortfall; no line says the company was carried through it.
    assert!(
        last.report
            .news
            .iter()
            .all(|n| n.msg.key != "news-cash-short")
    );
    for t in earlier {
        assert!(defaults_in(&t.report).is_empty(), "turn {}", t.report.turn);
    }
}

#[test]
fn refused_orders_are_named_and_a_replay_that_gives_them_resolves_as_if_they_were_not() {
    let game = defaulted_game();
    let world = &game.world;
    let mut orders = world.last_orders.clone();
    orders.oracle = OracleOrders {
        build_mw: vec![500.0],
        bond_bn: 10.0,
        ride_through_share: 0.3,
        ..OracleOrders::default()
    };
    let err = orders.validate_in(world).unwrap_err();
    assert_eq!(err.seat, Seat::Oracle);
    assert!(
        err.to_string()
            .contains("Oracle is in default since 2025 Q3: it cannot build, borrow"),
        "{err}"
    );
    let clean = orders.without_refused(world);
    clean.validate_in(world).unwrap();
    assert_eq!(clean.oracle.ride_through_share, 0.3, "what it can do stays");
    // The engine carries out nothing a defaulted company is refused, so a script written
    // before the default replays to the same world as the orders without them (but for the
    // orders it records).
    let (mut a, ra) = resolve(world, &orders, &mut Rngs::new(9));
    let (b, rb) = resolve(world, &clean, &mut Rngs::new(9));
    let oracle = overbuild::engine::finance::company_account(CompanyId::Oracle);
    assert_eq!(ra.statements(oracle), rb.statements(oracle));
    a.last_orders = b.last_orders.clone();
    assert_eq!(state_hash(&a), state_hash(&b));
    // A solvent company's orders are not touched.
    let fresh = common::new_world();
    assert_eq!(orders.without_refused(&fresh), orders);
    Orders::default().validate_in(&fresh).unwrap();
}

#[test]
fn the_preview_of_a_defaulted_company_says_so_instead_of_offering_coupons() {
    let game = defaulted_game();
    let orders = game.world.last_orders.seat(Seat::Oracle);
    let keys: Vec<String> = game.preview(&orders).into_iter().map(|m| m.key).collect();
    assert_eq!(keys[0], "preview-in-default");
    assert!(
        !keys
            .iter()
            .any(|k| k == "preview-coupon" || k == "preview-bond-appetite")
    );
    assert!(keys.iter().any(|k| k == "preview-company"), "{keys:?}");
    let solvent = game.world.last_orders.seat(Seat::OpenAi);
    let keys: Vec<String> = game.preview(&solvent).into_iter().map(|m| m.key).collect();
    assert!(keys.iter().any(|k| k == "preview-coupon"), "{keys:?}");
}

/// Oracle building with no financing ordered runs out of cash: the news says how it was carried,
/// which covers the whole shortfall (a default tells its own), and is part of the debt its cash-flow
/// statement shows issued (maturities are refinanced there too). Standing orders make no news.
#[test]
fn a_seat_company_carried_through_a_cash_shortfall_is_told_what_it_borrowed() {
    use overbuild::engine::ledger::Account;
    let cash_short = |game: &Game| {
        let report = &game.turns.last().unwrap().report;
        report
            .news
            .iter()
            .find(|n| n.msg.key == "news-cash-short" && n.msg.text_arg("company") == Some("oracle"))
            .cloned()
            .map(|news| {
                let statement = report
                    .statements
                    .iter()
                    .find(|s| s.entity == Account::Company(CompanyId::Oracle))
                    .unwrap();
                (news, statement.cash_flow.debt_issued_bn)
            })
    };
    let mut bots = Controllers::bots_except(None);
    let mut standing = Game::new(common::default_scenario(), 5);
    let orders = standing.world.last_orders.carried_forward();
    standing.play(orders);
    assert!(cash_short(&standing).is_none());

    let mut game = Game::new(common::default_scenario(), 5);
    let mut told = 0;
    for _ in 0..4 {
        let mut orders = bots.all_orders(&game);
        orders.oracle = OracleOrders {
            build_mw: vec![2000.0; game.world.regions.len()],
            ..game.world.last_orders.oracle.carried_forward()
        };
        game.play(orders);
        let Some((news, debt_issued)) = cash_short(&game) else {
            continue;
        };
        assert!(news.private_to.is_none(), "borrowing is public");
        let number = |name: &str| news.msg.number(name).unwrap();
        let (short, borrowed, equity) = (number("short"), number("borrowed"), number("equity"));
        assert!(
            borrowed > 0.0 && borrowed <= debt_issued + 1e-6,
            "{borrowed} of {debt_issued}"
        );
        if !game.world.company(CompanyId::Oracle).insolvent {
            assert!(
                (borrowed + equity - short).abs() < 1e-6,
                "{borrowed} + {equity} of {short}"
            );
        }
        told += 1;
    }
    assert!(told > 0, "Oracle never ran short");
}
