//! Helpers shared by the integration tests.
#![allow(dead_code)]

use overbuild::engine::orders::{FieldKind, SeatOrders, Value, fields};
use overbuild::engine::{Orders, Seat, World};
use overbuild::scenario::{self, Scenario};
use proptest::prelude::*;

pub fn default_scenario() -> Scenario {
    scenario::load(scenario::DEFAULT).expect("the default scenario loads")
}

/// The default scenario with `change` made to its parameters, as a facilitator's file would.
pub fn scenario_with(change: impl FnOnce(&mut overbuild::engine::params::Params)) -> Scenario {
    let mut s = default_scenario();
    change(std::sync::Arc::make_mut(&mut s.params));
    s
}

/// The default scenario with Oracle's books wrecked (costs and debt far beyond its revenue, no
/// cash, no credit line), so it defaults within a year: for tests of what default changes. It is
/// built from text, so saves embed it and replay it.
pub fn oracle_defaults_scenario() -> Scenario {
    let text = include_str!("../../assets/scenarios/stargate-2025.toml");
    let mut in_oracle = false;
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('[') {
            in_oracle = line.starts_with("[companies.oracle");
        }
        let key = line.split('=').next().unwrap_or("").trim();
        let wrecked = match key {
            "revolver_bn" | "cash_bn" => Some("0.0"),
            "debt_bn" => Some("2000.0"),
            "fixed_costs_q_bn" => Some("500.0"),
            "market_cap_bn" => Some("1.0"),
            _ => None,
        };
        match wrecked {
            Some(value) if in_oracle => out.push_str(&format!("{key} = {value}\n")),
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    scenario::from_text(&out, "wrecked-oracle.toml").expect("the wrecked scenario loads")
}

pub fn new_world() -> World {
    let s = default_scenario();
    World::new(s.params, s.hash)
}

/// Any valid orders for one seat: every field anywhere in its range.
pub fn seat_orders(seat: Seat, regions: usize) -> impl Strategy<Value = SeatOrders> {
    let specs = fields(seat);
    let mut values: Vec<BoxedStrategy<(usize, usize, Value)>> = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        match spec.kind {
            FieldKind::Number { min, max, .. } => values.push(
                (min..=max)
                    .prop_map(move |v| (i, 0, Value::Number(v)))
                    .boxed(),
            ),
            FieldKind::Regional { min, max, .. } => {
                for r in 0..regions {
                    values.push(
                        (min..=max)
                            .prop_map(move |v| (i, r, Value::Number(v)))
                            .boxed(),
                    );
                }
            }
            FieldKind::Toggle => values.push(
                any::<bool>()
                    .prop_map(move |v| (i, 0, Value::Toggle(v)))
                    .boxed(),
            ),
            FieldKind::Choice(labels) => values.push(
                (0..labels.len())
                    .prop_map(move |v| (i, 0, Value::Choice(v)))
                    .boxed(),
            ),
        }
    }
    values.prop_map(move |vs| {
        let mut orders = Orders::default().seat(seat);
        for (i, r, v) in vs {
            orders.set(specs[i].key, r, v);
        }
        orders
    })
}

pub fn orders(regions: usize) -> impl Strategy<Value = Orders> {
    (
        seat_orders(Seat::OpenAi, regions),
        seat_orders(Seat::Oracle, regions),
        seat_orders(Seat::Utility, regions),
        seat_orders(Seat::WhiteHouse, regions),
    )
        .prop_map(|(a, b, c, d)| {
            let mut o = Orders::default();
            for s in [a, b, c, d] {
                o.set_seat(s);
            }
            o
        })
}

/// Paths of every non-finite number in a value.
pub fn non_finite<T: serde::Serialize>(value: &T) -> Vec<String> {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).expect("serialises");
    let tree: ciborium::Value = ciborium::from_reader(bytes.as_slice()).expect("reads back");
    let mut found = Vec::new();
    walk(&tree, "$".to_string(), &mut found);
    found
}

fn walk(v: &ciborium::Value, path: String, found: &mut Vec<String>) {
    match v {
        ciborium::Value::Float(f) if !f.is_finite() => found.push(path),
        ciborium::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), found);
            }
        }
        ciborium::Value::Map(entries) => {
            for (k, item) in entries {
                let key = k
                    .as_text()
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("{k:?}"));
                walk(item, format!("{path}.{key}"), found);
            }
        }
        ciborium::Value::Tag(_, inner) => walk(inner, path, found),
        _ => {}
    }
}

/// Plays the historical orders (bots where they are silent) for up to `turns` quarters, with
/// `change` applied to every quarter's orders: one side of a paired-seed lever test.
pub fn play_historical(
    scenario: &Scenario,
    seed: u64,
    turns: u32,
    change: &dyn Fn(&mut Orders, u32),
) -> overbuild::game::Game {
    let script = overbuild::calibration::historical(scenario);
    let mut game = overbuild::game::Game::new(scenario.clone(), seed);
    let mut controllers = overbuild::game::Controllers::bots_except(Some(script));
    while !game.is_over() && game.world.turn < turns {
        let mut orders = controllers.all_orders(&game);
        change(&mut orders, game.world.turn);
        game.play(orders);
    }
    game
}
