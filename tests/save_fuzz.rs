//! Fuzzing the save loader and the replay: the example saves (and a workshop save with
//! overrides) are mutated — bytes of the JSON and of the gzip, values of fields (orders, override
//! pointers and values, dates, hashes), quarters dropped, repeated or swapped, the file cut
//! short — then loaded, replayed, rendered as a debrief and played on from their last quarter.
//! Errors are fine; a panic fails.
//!
//! Each property runs a few dozen cases, a few seconds in all. For a long run:
//! `PROPTEST_CASES=5000 cargo test --release --test save_fuzz`.

mod save_support;

use overbuild::i18n::Lang;
use overbuild::report::{Format, render};
use overbuild::save::{FacilitatorAction, FacilitatorEntry, Replay, SaveFile, SaveMeta};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use save_support::*;
use serde_json::{Value, json};
use std::path::Path;
use std::sync::OnceLock;

/// Cases per property: small for `cargo test`, PROPTEST_CASES for a long run.
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 24;
    }
    config
}

/// Quarters of each example save kept in the corpus.
const QUARTERS: usize = 6;

/// The seeds: every example save (its first quarters), and a short workshop game with overrides, injects and notes.
fn corpus() -> &'static [Value] {
    static CORPUS: OnceLock<Vec<Value>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut all: Vec<Value> = example_saves()
            .iter()
            .map(|p| {
                let mut save = SaveFile::read(p).expect("example save");
                // A valid save of its first quarters: each case replays fast.
                save.turns.truncate(QUARTERS);
                serde_json::to_value(save).unwrap()
            })
            .collect();
        all.push(serde_json::to_value(workshop_save()).unwrap());
        all
    })
}

fn workshop_save() -> SaveFile {
    let mut game = bot_game(11, 3);
    let pointer = "/regions/0/retail/bill_month";
    overbuild::save::apply_override(&mut game, pointer, &json!(180.0)).unwrap();
    let mut orders = game.world.last_orders.clone();
    orders
        .injects
        .push(overbuild::engine::orders::Inject::Card {
            id: game.scenario.params.events[0].id.clone(),
        });
    game.play(orders);
    let mut meta = SaveMeta::new(roles());
    meta.facilitator = vec![
        FacilitatorEntry {
            turn: 2,
            action: FacilitatorAction::Override {
                pointer: pointer.into(),
                value: json!(180.0),
                reason: "regulator".into(),
            },
        },
        FacilitatorEntry {
            turn: 4,
            action: FacilitatorAction::Note {
                text: "lunch".into(),
            },
        },
    ];
    SaveFile::from_game(&game, &meta)
}

/// Every figure of a world, as override pointers: (pointer, the figure's current value).
fn world_figures() -> &'static [(String, Value)] {
    static FIGURES: OnceLock<Vec<(String, Value)>> = OnceLock::new();
    FIGURES.get_or_init(|| {
        let game = bot_game(3, 4);
        let mut out = Vec::new();
        leaves(
            &serde_json::to_value(&game.world).unwrap(),
            String::new(),
            &mut out,
        );
        out
    })
}

fn leaves(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                leaves(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, format!("{at}/{i}"), out);
            }
        }
        _ => out.push((at, value.clone())),
    }
}

/// Values worth trying anywhere: edges of every integer type, huge and tiny floats, and values
/// of the wrong kind.
fn odd_value() -> impl Strategy<Value = Value> {
    select(vec![
        json!(0),
        json!(-1),
        json!(1),
        json!(2),
        json!(3),
        json!(15),
        json!(16),
        json!(40),
        json!(99),
        json!(255),
        json!(65535),
        json!(100000),
        json!(100001),
        json!(4294967295u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(0.5),
        json!(-0.5),
        json!(1e15),
        json!(-1e15),
        json!(1e300),
        json!(-1e300),
        json!(5e-324),
        json!(""),
        json!("x"),
        json!("2099Q4"),
        json!("2025Q1"),
        json!("oracle"),
        json!("texas"),
        json!("ccc"),
        json!(true),
        json!(false),
        Value::Null,
        json!([]),
        json!([1, 2]),
        json!({}),
        json!({"kind": "custom", "card": {"headline": "x", "effects": [
            {"kind": "lobbying", "max_share": 0.5, "quarters": 4294967295u64}]}}),
    ])
}

/// A value of the kind a figure holds, most of the time, so overrides reach the engine.
fn value_like(old: &Value) -> BoxedStrategy<Value> {
    let same_kind: BoxedStrategy<Value> = match old {
        Value::Number(n) if n.is_u64() => select(vec![
            0u64, 1, 2, 15, 16, 17, 40, 99, 1000, 100000, 4294967295,
        ])
        .prop_map(Value::from)
        .boxed(),
        Value::Number(_) => prop_oneof![
            select(vec![0.0, -1.0, 1.0, 1e-9, 1e9, 1e15, -1e15, 0.999, 1e6]).prop_map(Value::from),
            (-1e4f64..1e4).prop_map(Value::from),
        ]
        .boxed(),
        Value::Bool(_) => any::<bool>().prop_map(Value::from).boxed(),
        _ => select(vec![
            "",
            "x",
            "oracle",
            "openai",
            "utility",
            "nvidia",
            "hyperscalers",
            "texas",
            "2099Q4",
            "2025Q2",
            "aaa",
            "ccc",
            "gas_cc",
            "chips",
            "data_center",
        ])
        .prop_map(Value::from)
        .boxed(),
    };
    prop_oneof![4 => same_kind, 1 => odd_value()].boxed()
}

/// An override of a random figure of the world.
fn override_action() -> impl Strategy<Value = Value> {
    any::<Index>().prop_flat_map(|at| {
        let all = world_figures();
        let (pointer, old) = all[at.index(all.len())].clone();
        value_like(&old).prop_map(
            move |value| json!({"kind": "override", "pointer": pointer.clone(), "value": value}),
        )
    })
}

/// Loads, replays, renders and plays on. Any error is fine; a panic fails the case.
fn exercise(bytes: &[u8]) {
    let Ok(save) = SaveFile::from_bytes(bytes, Path::new("fuzz.json.gz")) else {
        return;
    };
    let _ = save.meta();
    let Ok(replay) = Replay::run(save) else {
        return;
    };
    let _ = render(&replay, Format::Csv, Lang::En);
    // The debrief replays the game several times over: only for short games, to stay fast.
    if replay.len() <= 2 {
        let _ = render(&replay, Format::Md, Lang::En);
    }
    if let Some((mut game, _)) = replay.fork(replay.len())
        && !game.is_over()
    {
        let orders = game.world.last_orders.clone();
        game.play(orders);
    }
}

fn pick<'a>(items: &'a [Value], at: &Index) -> &'a Value {
    &items[at.index(items.len())]
}

/// A random leaf of a JSON tree, as a pointer.
fn random_leaf(tree: &Value, at: &Index) -> Option<String> {
    let mut all = Vec::new();
    leaves(tree, String::new(), &mut all);
    (!all.is_empty()).then(|| all.swap_remove(at.index(all.len())).0)
}

proptest! {
    #![proptest_config(config())]

    /// Any field of a save (orders, hashes, dates, seats, summaries) set to an odd value.
    #[test]
    fn mutated_fields(
        seed in any::<Index>(),
        edits in prop::collection::vec((any::<Index>(), odd_value()), 1..4),
    ) {
        let mut tree = pick(corpus(), &seed).clone();
        for (at, value) in edits {
            if let Some(p) = random_leaf(&tree, &at) {
                *tree.pointer_mut(&p).unwrap() = value;
            }
        }
        exercise(tree.to_string().as_bytes());
    }

    /// Orders of a random quarter set to values near and past their ranges.
    #[test]
    fn mutated_orders(
        seed in any::<Index>(),
        turn in any::<Index>(),
        edits in prop::collection::vec((any::<Index>(), odd_value()), 1..4),
    ) {
        let mut tree = pick(corpus(), &seed).clone();
        let turns = tree["turns"].as_array().map_or(0, Vec::len);
        prop_assume!(turns > 0);
        let orders = &mut tree["turns"][turn.index(turns)]["orders"];
        for (at, value) in edits {
            if let Some(p) = random_leaf(orders, &at) {
                *orders.pointer_mut(&p).unwrap() = value;
            }
        }
        exercise(tree.to_string().as_bytes());
    }

    /// Facilitator overrides of any figure of the world, on any quarter, with a value of its
    /// kind or an odd one; the hash of that quarter is left as it was.
    #[test]
    fn overrides_of_any_figure(
        seed in any::<Index>(),
        turn in any::<Index>(),
        actions in prop::collection::vec(override_action(), 1..3),
    ) {
        let mut tree = pick(corpus(), &seed).clone();
        let turns = tree["turns"].as_array().map_or(0, Vec::len);
        prop_assume!(turns > 0);
        tree["turns"][turn.index(turns)]["facilitator"] = Value::Array(actions);
        exercise(tree.to_string().as_bytes());
    }

    /// Quarters dropped, repeated or swapped, and the file cut short.
    #[test]
    fn reshuffled_and_truncated(
        seed in any::<Index>(),
        ops in prop::collection::vec((0u8..4, any::<Index>(), any::<Index>()), 1..3),
        cut in any::<Index>(),
    ) {
        let mut tree = pick(corpus(), &seed).clone();
        for (op, a, b) in ops {
            let Some(turns) = tree["turns"].as_array_mut() else { break };
            if turns.is_empty() {
                break;
            }
            let (i, j) = (a.index(turns.len()), b.index(turns.len()));
            match op {
                0 => { turns.remove(i); }
                1 => { let t = turns[i].clone(); turns.insert(j, t); }
                2 => turns.swap(i, j),
                _ => turns.truncate(i),
            }
        }
        let json = tree.to_string();
        exercise(json.as_bytes());
        let bytes = json.as_bytes();
        exercise(&bytes[..cut.index(bytes.len())]);
    }

    /// Bytes of the JSON and of the gzip changed at random.
    #[test]
    fn flipped_bytes(
        seed in any::<Index>(),
        edits in prop::collection::vec((any::<Index>(), any::<u8>()), 1..6),
        gzip in any::<bool>(),
    ) {
        let save: SaveFile = serde_json::from_value(pick(corpus(), &seed).clone()).unwrap();
        let mut bytes = if gzip {
            save.to_bytes().unwrap()
        } else {
            serde_json::to_vec(&save).unwrap()
        };
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        exercise(&bytes);
    }
}
