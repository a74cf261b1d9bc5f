//! Games and saves shared by the save, report and command-line tests.
#![allow(dead_code)]

use overbuild::engine::Seat;
use overbuild::game::{Controllers, Game, SeatRole, play_out};
use overbuild::save::{SaveFile, SaveMeta};
use overbuild::scenario;
use overbuild::script::Script;
use std::path::{Path, PathBuf};

/// Standing orders with changes, so the debrief has decisions to show.
pub const ORDERS: &str = r#"
[oracle]
build_mw = { texas = 300, pjm = 200 }
bond_bn = 5

[whitehouse]
chip_tariff = 0.25

[[change]]
turn = 3
[change.oracle]
bond_bn = 12
spv_bn = 10

[[change]]
turn = 4
[change.whitehouse]
relief_bn = 20
fast_track = true
"#;

pub fn roles() -> [SeatRole; 4] {
    Seat::ALL.map(|_| SeatRole::baseline_bot())
}

/// A game played by baseline bots.
pub fn bot_game(seed: u64, turns: u32) -> Game {
    let s = scenario::load(scenario::DEFAULT).expect("default scenario");
    let mut game = Game::new(s, seed);
    play_out(&mut game, &mut Controllers::bots_except(None), turns);
    game
}

/// A game under `ORDERS` (Oracle and the White House scripted, bots elsewhere).
pub fn scripted_game(seed: u64, turns: u32) -> (Game, [SeatRole; 4]) {
    let s = scenario::load(scenario::DEFAULT).expect("default scenario");
    let script = Script::parse(ORDERS, "test-orders.toml", &s.params).expect("orders parse");
    let roles = overbuild::save::headless_roles(Some(&script));
    let mut game = Game::new(s, seed);
    play_out(
        &mut game,
        &mut Controllers::bots_except(Some(script)),
        turns,
    );
    (game, roles)
}

/// The save of a game, with a fixed date so outputs do not depend on the clock.
pub fn save_of(game: &Game, roles: [SeatRole; 4]) -> SaveFile {
    let mut save = SaveFile::from_game(game, &SaveMeta::new(roles));
    save.saved_at = 1_764_434_400;
    save
}

pub fn write_save(dir: &Path, name: &str, save: &SaveFile) -> PathBuf {
    let path = dir.join(name);
    save.write(&path).expect("save written");
    path
}

/// The repository's example saves.
pub fn example_saves() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("saves/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".json.gz"))
        .collect();
    files.sort();
    files
}

/// The binary, with a generous timeout that only turns a hang (a FIFO opened, /dev/zero read)
/// into a failure.
pub fn overbuild() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("overbuild").expect("binary built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

/// Runs and expects exit code 2 with one line on stderr containing every needle.
pub fn fails_with(args: &[&str], needles: &[&str]) {
    let out = overbuild().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    for needle in needles {
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
