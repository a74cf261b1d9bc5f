//! The binary's save commands: `sim --save`, `replay --verify`, `replay --compare` and
//! `report`, with their exit codes (0 fine, 1 divergence or difference, 2 bad input) and one
//! line on stderr for every bad file.

mod save_support;

use save_support::*;
use std::fs;
use std::path::Path;

fn sim_save(dir: &Path, name: &str, seed: &str, turns: &str) -> String {
    let path = dir.join(name);
    let out = overbuild()
        .args(["sim", "--seed", seed, "--turns", turns, "--save"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path.to_string_lossy().into_owned()
}

#[test]
fn sim_save_then_verify_matches() {
    let dir = tempfile::tempdir().unwrap();
    let path = sim_save(dir.path(), "game.json.gz", "7", "16");
    let out = overbuild()
        .args(["replay", &path, "--verify"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("16 quarters replayed, every state hash matches"),
        "{stdout}"
    );

    // The same game as `sim` plays it: the save's last hash is the one sim prints.
    let table = overbuild().args(["sim", "--seed", "7"]).output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    let printed = table
        .lines()
        .last()
        .unwrap()
        .trim_start_matches("state hash ");
    let save = overbuild::save::SaveFile::read(Path::new(&path)).unwrap();
    assert_eq!(save.turns.last().unwrap().hash, printed);
}

#[test]
fn a_diverging_save_exits_1_and_names_the_quarter() {
    let dir = tempfile::tempdir().unwrap();
    let mut save = save_of(&bot_game(3, 5), roles());
    save.turns[2].hash = "0".repeat(64);
    let path = write_save(dir.path(), "tampered.json.gz", &save);
    let out = overbuild()
        .args(["replay", path.to_str().unwrap(), "--verify"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("diverges at quarter 3 (2025 Q3)"),
        "{stdout}"
    );
}

#[test]
fn bad_save_files_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = sim_save(dir.path(), "good.json.gz", "1", "3");
    let bytes = fs::read(&good).unwrap();
    let write = |name: &str, content: &[u8]| {
        let p = dir.path().join(name);
        fs::write(&p, content).unwrap();
        p.to_string_lossy().into_owned()
    };
    let truncated = write("truncated.json.gz", &bytes[..bytes.len() / 3]);
    let mut flipped = bytes.clone();
    let n = flipped.len();
    flipped[n - 6] ^= 0xff;
    let corrupt = write("corrupt.json.gz", &flipped);
    let toml = write(
        "scenario.toml",
        overbuild::scenario::BUILTIN[0].1.as_bytes(),
    );

    let mut newer = overbuild::save::SaveFile::read(Path::new(&good)).unwrap();
    newer.version = 99;
    let newer = write_save(dir.path(), "newer.json.gz", &newer);
    let mut other = overbuild::save::SaveFile::read(Path::new(&good)).unwrap();
    other.scenario.hash = "ab".repeat(32);
    let mismatched = write_save(dir.path(), "mismatched.json.gz", &other);

    for verb in [&["replay", "--verify"][..], &["report"][..]] {
        let run = |file: &str, needles: &[&str]| {
            let mut args = vec![verb[0], file];
            args.extend(&verb[1..]);
            fails_with(&args, needles);
        };
        run(&truncated, &["truncated.json.gz", "truncated"]);
        run(&corrupt, &["corrupt.json.gz", "corrupt"]);
        run(&toml, &["scenario.toml", "not an Overbuild save", "TOML"]);
        run(
            newer.to_str().unwrap(),
            &["newer.json.gz", "newer Overbuild"],
        );
        run(
            mismatched.to_str().unwrap(),
            &[
                "mismatched.json.gz",
                "another version of scenario stargate-2025",
            ],
        );
        run(
            "no-such-file.json.gz",
            &["no-such-file.json.gz", "cannot read"],
        );
    }
    // Nothing was written over.
    assert_eq!(fs::read(&good).unwrap(), bytes);
}

#[test]
fn replay_without_verify_opens_the_viewer_only_in_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = sim_save(dir.path(), "g.json.gz", "1", "2");
    fails_with(
        &["replay", &path],
        &["the replay viewer needs a terminal", "--verify"],
    );
}

#[test]
fn compare_exits_0_for_the_same_game_and_1_for_another() {
    let dir = tempfile::tempdir().unwrap();
    let a = sim_save(dir.path(), "a.json.gz", "1", "4");
    let b = sim_save(dir.path(), "b.json.gz", "2", "4");
    let out = overbuild()
        .args(["replay", &a, "--compare", &a])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("the games are identical"));

    let out = overbuild()
        .args(["replay", &a, "--compare", &b])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("first difference: quarter 1"), "{stdout}");
    assert!(stdout.contains("figure  index:"), "{stdout}");
}

#[test]
fn report_writes_each_format_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let save = sim_save(dir.path(), "g.json.gz", "4", "4");

    let out = overbuild().args(["report", &save]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Debrief: Stargate 2025, seed 4"));

    let csv = dir.path().join("g.csv");
    let csv_arg = csv.to_str().unwrap();
    overbuild()
        .args(["report", &save, "--out", csv_arg])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&csv).unwrap().lines().count(),
        5,
        "format from the extension"
    );

    let html = dir.path().join("g.html");
    let html_arg = html.to_str().unwrap();
    overbuild()
        .args(["--lang", "zh-Hant", "report", &save, "--out", html_arg])
        .assert()
        .success();
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("檢討報告"));

    // An existing --out is kept unless --force; the save itself is never an --out.
    fails_with(
        &["report", &save, "--out", html_arg],
        &["already exists", "--force"],
    );
    assert_eq!(fs::read_to_string(&html).unwrap(), page);
    overbuild()
        .args([
            "report", &save, "--out", html_arg, "--format", "md", "--force",
        ])
        .assert()
        .success();
    assert!(fs::read_to_string(&html).unwrap().starts_with("# Debrief"));
    let before = fs::read(&save).unwrap();
    fails_with(
        &["report", &save, "--out", &save, "--force"],
        &["is the save"],
    );
    assert_eq!(fs::read(&save).unwrap(), before);

    fails_with(&["--lang", "xx", "report", &save], &["--lang xx"]);
    let nothing = dir.path().join("never.md");
    fails_with(
        &[
            "report",
            "missing.json.gz",
            "--out",
            nothing.to_str().unwrap(),
        ],
        &["missing.json.gz"],
    );
    assert!(!nothing.exists());
}

#[test]
fn sim_save_into_a_missing_folder_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/folder/g.json.gz");
    fails_with(
        &["sim", "--turns", "1", "--save", path.to_str().unwrap()],
        &["g.json.gz", "cannot write"],
    );
}
