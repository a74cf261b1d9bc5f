//! The save file: round trip, size, migration from format 0, and every kind of bad file, each
//! refused with one line naming the file and the problem (never a panic).

mod save_support;

use flate2::Compression;
use flate2::write::GzEncoder;
use overbuild::engine::state_hash;
use overbuild::save::{
    FORMAT_VERSION, FacilitatorAction, FacilitatorEntry, Replay, SaveError, SaveFile, SaveMeta,
    verify,
};
use proptest::prelude::*;
use save_support::*;
use std::io::Write;
use std::path::Path;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn json_of(save: &SaveFile) -> serde_json::Value {
    serde_json::to_value(save).unwrap()
}

fn load(bytes: &[u8]) -> Result<SaveFile, SaveError> {
    SaveFile::from_bytes(bytes, Path::new("game.json.gz"))
}

#[test]
fn a_save_loads_back_into_the_identical_game() {
    let game = bot_game(11, 16);
    let bytes = save_of(&game, roles()).to_bytes().unwrap();
    let save = load(&bytes).unwrap();
    assert_eq!(save.seed, 11);
    assert_eq!(save.seats.to_array(), roles());
    assert_eq!(save.turns.len(), 16);
    let replay = Replay::run(save).unwrap();
    assert!(replay.is_exact(), "{:?}", replay.divergence);
    for (t, (a, b)) in game.turns.iter().zip(&replay.game.turns).enumerate() {
        assert_eq!(a.hash, b.hash, "quarter {}", t + 1);
        assert_eq!(a.report, b.report, "quarter {}", t + 1);
    }
    assert_eq!(state_hash(&replay.game.world), state_hash(&game.world));
    assert_eq!(
        serde_json::to_value(&replay.game.world).unwrap(),
        serde_json::to_value(&game.world).unwrap()
    );
    assert_eq!(replay.game.start_hash, game.start_hash);
}

#[test]
fn a_save_survives_a_second_round_trip_unchanged() {
    let save = save_of(&bot_game(2, 5), roles());
    let again = load(&save.to_bytes().unwrap()).unwrap();
    let third = load(&again.to_bytes().unwrap()).unwrap();
    assert_eq!(json_of(&again), json_of(&save));
    assert_eq!(json_of(&third), json_of(&save));
}

#[test]
fn a_whole_game_is_well_under_256_kb() {
    let (game, roles) = scripted_game(5, 16);
    let mut meta = SaveMeta::new(roles);
    // A workshop's worth of facilitator notes on top.
    meta.facilitator = (0..16)
        .map(|t| FacilitatorEntry {
            turn: t,
            action: FacilitatorAction::Note {
                text: "Paused for a discussion of the quarter's bills.".into(),
            },
        })
        .collect();
    let bytes = SaveFile::from_game(&game, &meta).to_bytes().unwrap();
    eprintln!("16-quarter save: {} bytes", bytes.len());
    assert!(bytes.len() < 256 * 1024, "{} bytes", bytes.len());
    assert!(bytes.len() > 1000, "the save holds the game");
}

#[test]
fn a_custom_scenario_travels_inside_the_save() {
    let builtin = overbuild::scenario::BUILTIN[0].1;
    let text = builtin.replace("name = \"Stargate 2025\"", "name = \"Stargate, custom\"");
    assert_ne!(text, builtin, "the test edits the scenario's name");
    let scenario = overbuild::scenario::from_text(&text, "custom.toml").unwrap();
    let mut game = overbuild::game::Game::new(scenario, 3);
    for _ in 0..2 {
        let orders = game.world.last_orders.clone();
        game.play(orders);
    }
    let save = save_of(&game, roles());
    assert_eq!(save.scenario.text.as_deref(), Some(text.as_str()));
    let loaded = load(&save.to_bytes().unwrap()).unwrap();
    assert_eq!(
        loaded.scenario().unwrap().params.scenario.name,
        "Stargate, custom"
    );
    assert!(verify(&loaded).unwrap().divergence.is_none());

    // A built-in scenario is named, not copied.
    let plain = save_of(&bot_game(3, 1), roles());
    assert!(plain.scenario.text.is_none());
}

#[test]
fn the_hand_made_format_0_fixture_is_migrated() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/save-v0.json");
    let save = SaveFile::read(&path).unwrap();
    assert_eq!(save.version, FORMAT_VERSION);
    assert_eq!(save.format, "overbuild-save");
    assert_eq!(save.app_version, "unknown (save format 0)");
    assert_eq!(save.seed, 42);
    assert_eq!(save.scenario.id, "stargate-2025");
    assert_eq!(save.turns.len(), 2);
    assert_eq!(save.turns[1].orders.oracle.bond_bn, 5.0);
    assert_eq!(save.turns[1].orders.oracle.build_mw, vec![500.0, 0.0, 0.0]);
    assert!(save.turns[1].orders.whitehouse.fast_track);
    assert_eq!(save.turns[0].orders, overbuild::engine::Orders::default());
    assert!(save.turns[1].hash.starts_with("2222"));
    assert!(save.start_hash.is_empty());
    assert!(matches!(
        save.seats.oracle,
        overbuild::game::SeatRole::Script { ref source } if source == "save format 0"
    ));
    // Its scenario hash is made up: refused by name, not replayed against the wrong rules.
    let err = save.scenario().unwrap_err().to_string();
    assert!(
        err.contains("another version of scenario stargate-2025"),
        "{err}"
    );
}

#[test]
fn a_format_0_save_of_a_real_game_replays_exactly_after_migration() {
    let game = bot_game(8, 4);
    let v0 = serde_json::json!({
        "version": 0,
        "scenario": "stargate-2025",
        "scenario_hash": game.scenario.hash,
        "seed": 8,
        "orders": game.turns.iter().map(|t| &t.orders).collect::<Vec<_>>(),
        "hashes": game.turns.iter().map(|t| &t.hash).collect::<Vec<_>>(),
    });
    let save = load(&gzip(v0.to_string().as_bytes())).unwrap();
    let result = verify(&save).unwrap();
    assert_eq!(result.turns, 4);
    assert!(result.divergence.is_none(), "{:?}", result.divergence);
    // Plain (uncompressed) JSON is read too.
    assert!(load(v0.to_string().as_bytes()).is_ok());
}

#[test]
fn a_changed_hash_is_found_at_its_quarter() {
    let mut save = save_of(&bot_game(4, 6), roles());
    save.turns[3].hash = "f".repeat(64);
    let d = verify(&save).unwrap().divergence.unwrap();
    assert_eq!(d.after_turn, 4);
    assert!(
        d.describe()
            .starts_with("quarter 4 (2025 Q4): saved hash ffffffff"),
        "{}",
        d.describe()
    );
    // The viewer still gets every quarter, flagged.
    let replay = Replay::run(save).unwrap();
    assert_eq!(replay.len(), 6);
    assert_eq!(replay.divergence.as_ref().map(|d| d.after_turn), Some(4));
    assert!(
        replay.into_game().is_err(),
        "Continue refuses a save that replays differently"
    );
}

/// Asserts a one-line error naming the file, and returns it.
fn refused(bytes: &[u8]) -> String {
    let err = load(bytes).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("game.json.gz: "), "{text}");
    assert!(!text.contains('\n'), "{text}");
    text
}

#[test]
fn bad_files_are_refused_with_the_reason() {
    let good = save_of(&bot_game(1, 3), roles());
    let bytes = good.to_bytes().unwrap();

    assert!(refused(&bytes[..bytes.len() / 2]).contains("truncated"));
    assert!(refused(&[]).contains("truncated"));
    let json = serde_json::to_vec(&good).unwrap();
    assert!(refused(&json[..json.len() - 10]).contains("truncated"));

    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    for b in &mut flipped[middle..middle + 16] {
        *b ^= 0x5a;
    }
    let text = refused(&flipped);
    assert!(
        text.contains("corrupt") || text.contains("truncated"),
        "{text}"
    );
    assert!(refused(&gzip(b"{ this is not json")).contains("corrupt"));

    let toml = overbuild::scenario::BUILTIN[0].1.as_bytes();
    assert!(refused(toml).contains("TOML"));
    assert!(refused(b"\x00\x01\x02binary").contains("not an Overbuild save"));
    assert!(refused(br#"{"name": "something else"}"#).contains("not an Overbuild save"));
    assert!(refused(br#"{"format": "other-game", "version": 1}"#).contains("\"other-game\""));

    let mut newer = json_of(&good);
    newer["version"] = serde_json::json!(FORMAT_VERSION + 1);
    newer["app_version"] = serde_json::json!("9.9.9");
    let text = refused(newer.to_string().as_bytes());
    assert!(text.contains("newer Overbuild (9.9.9"), "{text}");

    let mut missing = json_of(&good);
    missing.as_object_mut().unwrap().remove("seed");
    assert!(refused(missing.to_string().as_bytes()).contains("seed"));
}

#[test]
fn a_save_of_another_scenario_version_is_refused_by_name() {
    let mut save = save_of(&bot_game(1, 2), roles());
    save.scenario.hash = "0123456789abcdef".repeat(4);
    let err = verify(&save).unwrap_err();
    assert!(matches!(err, SaveError::Scenario { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("another version of scenario stargate-2025")
    );
    // Written by this version number: the message cannot send the player to the same number.
    assert!(
        err.to_string().contains("from before the scenario changed"),
        "{err}"
    );
    save.app_version = "0.0.9".into();
    let err = verify(&save).unwrap_err().to_string();
    assert!(err.contains("that wrote it (0.0.9)"), "{err}");

    let mut unknown = save_of(&bot_game(1, 1), roles());
    unknown.scenario.id = "atlantis-2030".into();
    let err = verify(&unknown).unwrap_err().to_string();
    assert!(err.contains("needs scenario \"atlantis-2030\""), "{err}");

    let mut tampered = save_of(&bot_game(1, 1), roles());
    tampered.scenario.text = Some("[scenario]\nid = \"x\"".into());
    let err = verify(&tampered).unwrap_err().to_string();
    assert!(err.contains("does not match its content hash"), "{err}");
}

#[test]
fn a_save_longer_than_its_scenario_is_refused() {
    let mut save = save_of(&bot_game(1, 16), roles());
    let extra = save.turns[15].clone();
    save.turns.push(extra);
    let err = verify(&save).unwrap_err().to_string();
    assert!(
        err.contains("holds 17 quarters but scenario stargate-2025 has 16"),
        "{err}"
    );
}

fn real_save_bytes() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| save_of(&bot_game(6, 3), roles()).to_bytes().unwrap())
}

fn real_save_json() -> &'static str {
    static JSON: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    JSON.get_or_init(|| serde_json::to_string(&load(real_save_bytes()).unwrap()).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = load(&bytes);
        let mut gz = vec![0x1f, 0x8b];
        gz.extend(&bytes);
        let _ = load(&gz);
    }

    #[test]
    fn mutated_compressed_saves_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = real_save_bytes().to_vec();
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = load(&bytes);
        let _ = load(&bytes[..cut.index(bytes.len())]);
    }
}

proptest! {
    // Mutated saves that still load go on to a full replay, which costs more per case.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mutated_json_saves_never_panic_on_load_or_replay(
        edits in proptest::collection::vec(
            (any::<prop::sample::Index>(), prop::sample::select(vec![
                "0", "-1", "1e308", "-1e308", "null", "\"\"", "[]", "{}", "true", "9999999999",
                "\"x\"", "0.5", "\"stargate-2025\"", "\"2025Q3\"", "{\"kind\":\"card\",\"id\":\"x\"}",
            ])),
            1..4,
        ),
    ) {
        let mut json = real_save_json().to_string();
        for (at, text) in edits {
            // Replace the value after a random key: the file stays JSON, the data goes wrong.
            let colons: Vec<usize> = json.match_indices(':').map(|(i, _)| i + 1).collect();
            let start = colons[at.index(colons.len())];
            let end = json[start..]
                .find([',', '}', ']'])
                .map_or(json.len(), |n| start + n);
            json.replace_range(start..end, text);
        }
        if let Ok(save) = load(json.as_bytes()) {
            let _ = Replay::run(save);
        }
    }
}
