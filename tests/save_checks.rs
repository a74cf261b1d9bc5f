//! Saves are checked as they replay: every facilitator override and every quarter's orders
//! against the world they apply to. A save that would break the rules is refused with one line
//! naming the file and the problem (exit 2), by `replay --verify`, `report`, Continue and
//! `serve --resume` alike; never a panic.

mod save_support;
#[path = "common/saves.rs"]
mod saves_common;
#[path = "common/tui.rs"]
mod tui_common;

use overbuild::engine::orders::{CustomCard, Inject};
use overbuild::engine::params::Effect;
use overbuild::save::{FacilitatorAction, SaveFile, SaveStore, verify};
use overbuild::tui::app::MenuItem;
use save_support::*;
use serde_json::json;
use std::path::{Path, PathBuf};

fn override_action(pointer: &str, value: serde_json::Value) -> FacilitatorAction {
    FacilitatorAction::Override {
        pointer: pointer.into(),
        value,
        reason: "typed by hand".into(),
    }
}

/// A 4-quarter bot game whose quarter `turn` (0-based) carries an override.
fn with_override(turn: usize, pointer: &str, value: serde_json::Value) -> SaveFile {
    let mut save = save_of(&bot_game(5, 4), roles());
    save.turns[turn]
        .facilitator
        .push(override_action(pointer, value));
    save
}

fn region_99(dir: &Path, turn: usize) -> PathBuf {
    let save = with_override(turn, "/projects/0/region", json!(99));
    write_save(dir, &format!("region-99-q{turn}.json.gz"), &save)
}

#[test]
fn a_region_99_override_is_refused_by_verify_and_report() {
    let dir = tempfile::tempdir().unwrap();
    // Early (the next quarter would index region 99) and on the last quarter (nothing replays
    // after it, but playing on or the debrief would).
    for turn in [0, 3] {
        let path = region_99(dir.path(), turn);
        let file = path.to_str().unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        let needles = [
            name,
            &format!("quarter {}", turn + 1),
            "/projects/0/region",
            "99 is not a region",
        ];
        fails_with(&["replay", file, "--verify"], &needles);
        let out = dir.path().join(format!("debrief-{turn}.md"));
        fails_with(&["report", file, "--out", out.to_str().unwrap()], &needles);
        assert!(!out.exists(), "no debrief of a refused save");
    }
}

#[test]
fn serve_resume_refuses_the_save_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = region_99(dir.path(), 1);
    let before = std::fs::read(&path).unwrap();
    let data = dir.path().join("data");
    fails_with(
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "serve",
            "--port",
            "0",
            "--resume",
            path.to_str().unwrap(),
        ],
        &["region-99-q1.json.gz", "99 is not a region"],
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the save is untouched"
    );
}

#[test]
fn continue_shows_the_problem_and_stays_on_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let save = with_override(1, "/projects/0/region", json!(99));
    let path = write_save(store.autosaves_dir(), "autosave-1.json.gz", &save);
    let err = match store.continue_latest() {
        Err(e) => e.to_string(),
        Ok(_) => panic!("Continue took a save that breaks the rules"),
    };
    assert!(err.contains("99 is not a region"), "{err}");

    let mut app = saves_common::app_in(dir.path());
    saves_common::choose(&mut app, MenuItem::Continue);
    assert!(app.session.is_none(), "no game starts from a refused save");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.starts_with(&path.display().to_string()), "{notice}");
    assert!(notice.contains("99 is not a region"), "{notice}");
    assert!(!notice.contains('\n'));
}

#[test]
fn overrides_out_of_kind_or_range_are_refused_by_name() {
    let cases = [
        (
            "/records/loss_events",
            json!(u64::from(u32::MAX)),
            "a whole number",
        ),
        (
            "/companies/0/rating_changed_turn",
            json!(-1),
            "a whole number",
        ),
        ("/market/index", json!(1e300), "a number"),
        ("/turn", json!(3), "/date"),
        ("/date", json!("2099Q4"), "/date"),
        ("/companies/1/id", json!("openai"), "/companies/1/id"),
        (
            "/last_orders/oracle/bond_bn",
            json!(5000.0),
            "oracle.bond_bn",
        ),
        ("/no/such/figure", json!(0), "no such figure"),
    ];
    for (pointer, value, needle) in cases {
        let save = with_override(1, pointer, value.clone());
        let err = match verify(&save) {
            Err(e) => e.to_string(),
            Ok(v) => panic!("{pointer} = {value} accepted: {v:?}"),
        };
        assert!(err.contains("quarter 2: override"), "{pointer}: {err}");
        assert!(err.contains(needle), "{pointer} = {value}: {err}");
        assert!(!err.contains('\n'));
    }
    // An override within range still replays as it was played.
    let ok = with_override(1, "/market/sentiment", json!(0.1));
    assert!(verify(&ok).is_ok());
}

#[test]
fn an_array_as_override_value_is_refused_as_it_loads() {
    let save = with_override(1, "/market/index", json!(1.0));
    let mut tree = serde_json::to_value(&save).unwrap();
    tree["turns"][1]["facilitator"][0]["value"] = json!([1, 2, 3]);
    let err = SaveFile::from_bytes(tree.to_string().as_bytes(), "a.json.gz".as_ref())
        .unwrap_err()
        .to_string();
    assert!(err.contains("a number, true/false or text"), "{err}");
}

#[test]
fn orders_out_of_range_are_refused_at_their_quarter() {
    let mut save = save_of(&bot_game(5, 4), roles());
    save.turns[2].orders.oracle.bond_bn = 500.0;
    let err = verify(&save).unwrap_err().to_string();
    assert!(
        err.contains("quarter 3: orders: oracle.bond_bn = 500 is not allowed: 0..=50"),
        "{err}"
    );

    let mut save = save_of(&bot_game(5, 4), roles());
    save.turns[1].orders.utility.approve_mw = vec![0.0; 9];
    let err = verify(&save).unwrap_err().to_string();
    assert!(err.contains("at most one per region"), "{err}");

    let mut save = save_of(&bot_game(5, 4), roles());
    save.turns[1].date = Some(overbuild::engine::Date::new(2099, 4));
    let err = verify(&save).unwrap_err().to_string();
    assert!(err.contains("quarter 2: dated 2099 Q4"), "{err}");
}

#[test]
fn injects_are_checked_against_the_deck_and_their_ranges() {
    let custom = |effect: Effect| Inject::Custom {
        card: CustomCard {
            headline: "x".into(),
            explanation: String::new(),
            effects: vec![effect],
        },
    };
    let cases = [
        (
            custom(Effect::Lobbying {
                max_share: 0.3,
                quarters: u32::MAX,
            }),
            "quarters = 4294967295 is not allowed: 0..=40",
        ),
        (
            custom(Effect::Fault {
                region: "atlantis".into(),
            }),
            "\"atlantis\" is not a region",
        ),
        (
            Inject::Card {
                id: "no-such-card".into(),
            },
            "no card \"no-such-card\"",
        ),
    ];
    for (inject, needle) in cases {
        let mut save = save_of(&bot_game(5, 4), roles());
        save.turns[1].orders.injects.push(inject);
        let err = verify(&save).unwrap_err().to_string();
        assert!(err.contains("quarter 2: orders: injects[0]"), "{err}");
        assert!(err.contains(needle), "{err}");
    }
}

#[test]
fn more_quarters_than_any_scenario_are_refused_while_reading() {
    let save = save_of(&bot_game(5, 1), roles());
    let mut tree = serde_json::to_value(&save).unwrap();
    let turn = tree["turns"][0].clone();
    tree["turns"] = json!(vec![turn; 41]);
    let err = SaveFile::from_bytes(tree.to_string().as_bytes(), "long.json.gz".as_ref())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("long.json.gz: invalid save"), "{err}");
    assert!(err.contains("at most 40"), "{err}");
}
