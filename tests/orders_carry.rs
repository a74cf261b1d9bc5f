//! One-off orders (builds, bonds, statements) last one quarter unless marked to repeat; rules
//! (tariffs, cost shares, prices) stay until changed. Through the engine, the game loop, the
//! order form's keys and old saves.

#[path = "common/mod.rs"]
mod common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::orders::{Carry, FieldKind, Value, fields};
use overbuild::engine::{Orders, Seat, SeatOrders};
use overbuild::game::{Controllers, Game};
use std::path::Path;
use tui_common::*;

#[test]
fn every_field_is_a_one_off_or_a_rule_and_amounts_of_this_quarter_are_one_offs() {
    for seat in Seat::ALL {
        for spec in fields(seat) {
            let per_quarter = match spec.kind {
                FieldKind::Number { unit, .. } | FieldKind::Regional { unit, .. } => {
                    unit.ends_with("/qtr")
                }
                _ => false,
            };
            // Amounts "per quarter" are acts of this quarter, except the contract cap (a limit)
            // and the dividend (a rate shareholders expect to be kept).
            if per_quarter && !["max_contract_gw", "dividend_bn"].contains(&spec.key) {
                assert_eq!(spec.carry, Carry::OneOff, "{}.{}", seat.id(), spec.key);
            }
        }
    }
    let rules = [
        "chip_tariff",
        "large_load_share",
        "min_demand_charge",
        "federal_rule",
    ];
    for key in rules {
        let seat = Seat::ALL
            .into_iter()
            .find(|s| fields(*s).iter().any(|f| f.key == key))
            .unwrap();
        let spec = fields(seat).iter().find(|f| f.key == key).unwrap();
        assert_eq!(spec.carry, Carry::Rule, "{key}");
    }
}

#[test]
fn a_one_off_build_does_not_repeat_a_marked_one_does_and_rules_stay() {
    let mut game = Game::new(common::default_scenario(), 4);
    let mut orders = game.world.last_orders.carried_forward();
    orders.oracle.build_mw = vec![2000.0, 0.0, 0.0];
    orders.oracle.bond_bn = 10.0;
    orders.whitehouse.chip_tariff = 0.5;
    orders.utility.large_load_share = 0.6;
    let mut marked = SeatOrders::Oracle(orders.oracle.clone());
    assert!(marked.toggle_repeat("bond_bn"));
    assert!(
        !marked.toggle_repeat("min_contract_price"),
        "a rule needs no mark"
    );
    orders.set_seat(marked);
    game.play(orders.clone());
    assert_eq!(
        game.world.last_orders.oracle.build_mw,
        vec![2000.0, 0.0, 0.0]
    );
    let next = game.world.last_orders.carried_forward();
    assert!(next.oracle.build_mw.iter().all(|mw| *mw == 0.0));
    assert_eq!(next.oracle.bond_bn, 10.0);
    assert_eq!(next.whitehouse.chip_tariff, 0.5);
    assert_eq!(next.utility.large_load_share, 0.6);
    assert_eq!(next.oracle.repeat, vec!["bond_bn".to_string()]);
    // The game loop starts unheld seats from what carries forward.
    let played = Controllers::bots_except(None).all_orders(&game);
    assert!(played.injects.is_empty());
    let mut unmarked = game.world.last_orders.seat(Seat::Oracle);
    unmarked.toggle_repeat("bond_bn");
    assert_eq!(
        unmarked.carried_forward().get("bond_bn", 0),
        Some(Value::Number(0.0))
    );
}

#[test]
fn repeat_marks_serialize_only_when_set_and_old_saves_load_without_them() {
    let plain = serde_json::to_string(&Orders::default()).unwrap();
    assert!(!plain.contains("repeat"), "{plain}");
    let mut o = SeatOrders::Utility(Default::default());
    o.toggle_repeat("approve_mw");
    let mut orders = Orders::default();
    orders.set_seat(o);
    let text = serde_json::to_string(&orders).unwrap();
    assert!(text.contains("\"repeat\":[\"approve_mw\"]"), "{text}");
    let back: Orders = serde_json::from_str(&text).unwrap();
    assert_eq!(back, orders);
    let save = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/all-bots.json.gz");
    let (game, _) = overbuild::save::load_game(&save).unwrap();
    assert!(game.world.last_orders.oracle.repeat.is_empty());
    assert!(!game.turns.is_empty());
}

#[test]
fn the_order_form_marks_a_repeat_with_a_key_and_says_what_carries_on() {
    let mut app = in_game(&[Seat::Oracle], 3);
    press(&mut app, KeyCode::Char('2'));
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("Next qtr"), "{frame}");
    assert!(frame.contains("once") && frame.contains("kept"), "{frame}");
    assert!(frame.contains("Next quarter: rules stay;"), "{frame}");
    // Build 1,500 MW in the first region and mark it to repeat.
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "1500");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('p'));
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert!(draft.repeats("build_mw"));
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("↻ again"), "{frame}");
    // The preview, resolved by the engine, names what the build adds to the draft.
    assert!(
        frame.contains("Data centers to start with the rest"),
        "{frame}"
    );
    // What carries on closes the preview: a long one is read by scrolling its pane to the end.
    press(&mut app, KeyCode::Tab);
    for _ in 0..40 {
        press(&mut app, KeyCode::Down);
    }
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("rules stay, and these"), "{frame}");
    press(&mut app, KeyCode::Tab);
    // p on a rule says rules need no mark.
    let rows = overbuild::tui::form::rows(Seat::Oracle, 3);
    let rule = rows
        .iter()
        .position(|r| r.spec.key == "min_contract_price")
        .unwrap();
    for _ in 0..rule {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('p'));
    assert!(screen(&mut app, 120, 40).contains("Rules carry on by themselves"));
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    // Next quarter the marked build is drafted again; unmarked it would start from zero.
    let session = app.session.as_ref().unwrap();
    let draft = session.draft(Seat::Oracle);
    assert_eq!(draft.get("build_mw", 0), Some(Value::Number(1500.0)));
    let turn = session.last_turn().unwrap();
    assert_eq!(turn.orders.oracle.build_mw.first(), Some(&1500.0));
    // Unmark it: the quarter after starts from nothing.
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('p'));
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(draft.get("build_mw", 0), Some(Value::Number(0.0)));
}

#[test]
fn the_outlook_plays_this_quarters_orders_then_what_carries_forward() {
    let mut draft = SeatOrders::Oracle(overbuild::engine::orders::OracleOrders {
        build_mw: vec![2000.0, 0.0, 0.0],
        bond_bn: 10.0,
        min_contract_price: 15.0,
        ..Default::default()
    });
    let plan = overbuild::script::Script::plan(&draft, 3, 3);
    assert_eq!(plan.orders(Seat::Oracle, 3).as_ref(), Some(&draft));
    let later = plan.orders(Seat::Oracle, 4).unwrap();
    assert_eq!(later.get("build_mw", 0), Some(Value::Number(0.0)));
    assert_eq!(later.get("bond_bn", 0), Some(Value::Number(0.0)));
    assert_eq!(
        later.get("min_contract_price", 0),
        Some(Value::Number(15.0))
    );
    assert_eq!(plan.orders(Seat::Oracle, 12), Some(later));
    // Marked to repeat, the build is in every later quarter of the plan.
    draft.toggle_repeat("build_mw");
    let plan = overbuild::script::Script::plan(&draft, 3, 3);
    let later = plan.orders(Seat::Oracle, 7).unwrap();
    assert_eq!(later.get("build_mw", 0), Some(Value::Number(2000.0)));
    assert_eq!(later.get("bond_bn", 0), Some(Value::Number(0.0)));
}

#[test]
fn plain_mode_says_which_orders_carry_on_and_marks_repeats() {
    let script = "set build_mw texas 1000\nset bond_bn 5\nrepeat bond_bn\nrepeat min_contract_price\n\
                  show bond_bn\nshow build_mw\ndone\nshow bond_bn\nshow build_mw\nquit\n";
    let setup = overbuild::plain::Setup {
        lang: overbuild::i18n::Lang::En,
        scenario: common::default_scenario(),
        seats: Some(vec![Seat::Oracle]),
        seed: Some(2),
        default_seed: 42,
        bots: Vec::new(),
        echo: true,
        saves: None,
    };
    let mut out = Vec::new();
    let player = overbuild::audio::Player::silent();
    overbuild::plain::play(script.as_bytes(), &mut out, setup, &player).unwrap();
    let t = String::from_utf8(out).unwrap();
    assert!(t.contains("bond_bn will repeat next quarter."), "{t}");
    assert!(
        t.contains("min_contract_price is a rule: it carries on by itself."),
        "{t}"
    );
    assert!(
        t.contains("each quarter; one-off, repeats next quarter)"),
        "{t}"
    );
    let next = &t[t.find("quarter 2 of 16").expect("a second quarter")..];
    assert!(next.contains("bond_bn = $5B (allowed"), "{next}");
    assert!(next.contains("build_mw: Texas 0 MW,"), "{next}");
    assert!(next.contains("one-off: this quarter only"), "{next}");
}
