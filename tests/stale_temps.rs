//! Temporary files left by interrupted writes are removed when the save folders and the
//! settings are opened: only the project's own temporary names, and only once they are over a
//! minute old, so a write going on in another process keeps its file.

use overbuild::save::{SaveStore, is_save_temp};
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

fn aged(path: &Path, secs: u64) {
    fs::write(path, b"half a save").unwrap();
    let file = fs::File::options().append(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(secs))
        .unwrap();
}

#[test]
fn opening_the_save_folders_removes_only_stale_temporary_saves() {
    let dir = tempfile::tempdir().unwrap();
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let autosaves = store.autosaves_dir().to_path_buf();
    let saves = store.saves_dir().to_path_buf();
    let stale = [
        autosaves.join(".autosave-1.json.gz.x7Yq2P.tmp"),
        autosaves.join(".autosave-2.json.gz.bak.Qz81aB.tmp"),
        saves.join(".workshop.json.gz.a1B2c3.tmp"),
    ];
    let kept = [
        // Just written: another Overbuild may be saving right now.
        (autosaves.join(".autosave-3.json.gz.Fr35h1.tmp"), 5),
        // Not ours, however old.
        (saves.join("notes.tmp"), 3600),
        (saves.join(".report.md.abcdef.tmp"), 3600),
        (saves.join("game.json.gz"), 3600),
    ];
    for path in &stale {
        assert!(is_save_temp(&path.file_name().unwrap().to_string_lossy()));
        aged(path, 120);
    }
    for (path, secs) in &kept {
        aged(path, *secs);
    }
    SaveStore::open(Some(dir.path())).unwrap();
    for path in &stale {
        assert!(!path.exists(), "{} is stale", path.display());
    }
    for (path, _) in &kept {
        assert!(path.exists(), "{} must stay", path.display());
    }
}

#[test]
fn loading_the_settings_removes_a_stale_temporary_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    let temp = dir.path().join("settings.toml.tmp");
    aged(&temp, 5);
    overbuild::tui::settings::load(Some(settings.clone()));
    assert!(temp.exists(), "a fresh one may be a save going on");
    aged(&temp, 120);
    let other = dir.path().join("other.toml.tmp");
    aged(&other, 120);
    let loaded = overbuild::tui::settings::load(Some(settings));
    assert!(!temp.exists());
    assert!(other.exists(), "not the settings' file");
    assert_eq!(loaded.problem, None);
}
