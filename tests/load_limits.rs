//! Every file is read bounded: scenarios, orders files, settings and saves past their size
//! limit, gzip bombs, devices and FIFOs are refused with one line naming the file and what is
//! allowed (exit 2), without reading them whole or blocking on them.

mod save_support;

use flate2::Compression;
use flate2::write::GzEncoder;
use overbuild::fsread::{ORDERS_LIMIT, SCENARIO_LIMIT, SETTINGS_LIMIT};
use overbuild::save::{MAX_SAVE_BYTES, SaveFile};
use save_support::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file of `len` bytes: a TOML comment, so only its size is wrong.
fn padded(dir: &Path, name: &str, len: u64) -> String {
    let path = dir.join(name);
    let mut text = b"# padding\n".to_vec();
    text.resize(len as usize, b'#');
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[cfg(unix)]
fn fifo(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    path.to_string_lossy().into_owned()
}

#[test]
fn an_oversized_scenario_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = padded(dir.path(), "big.toml", SCENARIO_LIMIT + 1);
    let needles = ["big.toml", "too large", "a scenario file is at most 4 MB"];
    fails_with(&["scenario", "check", &big], &needles);
    fails_with(&["sim", "--scenario", &big], &needles);
}

#[test]
fn an_oversized_orders_file_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = padded(dir.path(), "orders.toml", ORDERS_LIMIT + 1);
    fails_with(
        &["sim", "--orders", &big],
        &["orders.toml", "too large", "an orders file is at most 1 MB"],
    );
}

#[test]
fn an_orders_change_outside_the_game_names_the_allowed_range() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("orders.toml");
    std::fs::write(
        &path,
        "[oracle]\nbond_bn = 5\n[[change]]\ndate = \"2099Q4\"\n[change.oracle]\nbond_bn = 9\n",
    )
    .unwrap();
    fails_with(
        &["sim", "--orders", path.to_str().unwrap()],
        &["orders.toml: change 1 at 2099Q4 is outside the game (2025Q1–2028Q4)"],
    );
}

#[test]
fn an_oversized_settings_file_gives_its_notice_and_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    padded(dir.path(), "settings.toml", SETTINGS_LIMIT + 1);
    let loaded = overbuild::tui::settings::load(Some(dir.path().join("settings.toml")));
    let problem = loaded.problem.unwrap();
    assert_eq!(
        problem,
        "is 257 KB, too large; settings.toml is at most 256 KB"
    );
    assert_eq!(
        loaded.settings,
        overbuild::tui::settings::Settings::default()
    );
    // The plain game says so in one line and plays on (settings never stop a game).
    let out = overbuild()
        .args(["--data-dir", dir.path().to_str().unwrap()])
        .args(["play", "--plain", "--seat", "oracle", "--seed", "1"])
        .write_stdin("quit\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("settings.toml: is 257 KB, too large; settings.toml is at most 256 KB; using the default settings"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A small gzip file that inflates far past the limit: refused while inflating.
#[test]
fn a_gzip_bomb_save_is_refused_while_it_inflates() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(br#"{"format":"overbuild-save","version":1,"turns":["#)
        .unwrap();
    let chunk = b"0,".repeat(1 << 20);
    for _ in 0..(4 * MAX_SAVE_BYTES / chunk.len() as u64) {
        gz.write_all(&chunk).unwrap();
    }
    gz.write_all(b"0]}").unwrap();
    let bytes = gz.finish().unwrap();
    assert!(bytes.len() < 100 << 10, "a small file: {}", bytes.len());
    let path = dir.path().join("bomb.json.gz");
    std::fs::write(&path, &bytes).unwrap();
    let file = path.to_str().unwrap();
    let needles = ["bomb.json.gz", "unpacks to more than 4 MB"];
    fails_with(&["replay", file, "--verify"], &needles);
    fails_with(&["report", file], &needles);
}

#[test]
fn a_large_json_save_is_refused_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    let mut text = br#"{"format":"overbuild-save","version":1,"turns":["#.to_vec();
    while (text.len() as u64) <= MAX_SAVE_BYTES {
        text.extend_from_slice(b"0,");
    }
    text.extend_from_slice(b"0]}");
    std::fs::write(&path, &text).unwrap();
    fails_with(
        &["replay", path.to_str().unwrap(), "--verify"],
        &["big.json", "too large", "a save is at most 4 MB"],
    );
    // Unpacked JSON past the limit, from bytes already in memory, is refused too.
    let err = SaveFile::from_bytes(&text, Path::new("big.json")).unwrap_err();
    assert!(err.to_string().contains("JSON of more than 4 MB"), "{err}");
}

#[test]
fn a_save_within_the_limit_still_loads_and_replays() {
    let dir = tempfile::tempdir().unwrap();
    let save = save_of(&bot_game(2, 16), roles());
    let path: PathBuf = write_save(dir.path(), "whole.json.gz", &save);
    let out = overbuild()
        .args(["replay", path.to_str().unwrap(), "--verify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_as_a_device_everywhere() {
    let needles = |what: &str| {
        [
            "/dev/zero: is a device, not a regular file".to_string(),
            format!("{what} must be a regular file"),
        ]
    };
    let check = |args: &[&str], what: &str| {
        let n = needles(what);
        fails_with(args, &[n[0].as_str(), n[1].as_str()]);
    };
    check(&["scenario", "check", "/dev/zero"], "a scenario file");
    check(&["sim", "--scenario", "/dev/zero"], "a scenario file");
    check(&["sim", "--orders", "/dev/zero"], "an orders file");
    check(&["replay", "/dev/zero", "--verify"], "a save");
    check(&["report", "/dev/zero"], "a save");
    check(&["sim", "merge", "/dev/zero"], "a per-run file");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "pipe.toml");
    let needles = |what: &str| ["pipe.toml: is a FIFO (named pipe)".to_string(), what.into()];
    for (args, what) in [
        (vec!["scenario", "check", &pipe], "a scenario file must be"),
        (vec!["sim", "--orders", &pipe], "an orders file must be"),
        (vec!["replay", &pipe, "--verify"], "a save must be"),
        (vec!["sim", "merge", &pipe], "a per-run file must be"),
    ] {
        let n = needles(what);
        fails_with(&args, &[n[0].as_str(), n[1].as_str()]);
    }
    // A FIFO in place of settings.toml: a notice, and the game plays on.
    fifo(dir.path(), "settings.toml");
    let loaded = overbuild::tui::settings::load(Some(dir.path().join("settings.toml")));
    assert!(
        loaded
            .problem
            .unwrap()
            .starts_with("is a FIFO (named pipe)"),
        "settings"
    );
}
