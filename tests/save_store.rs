//! The save folders: autosave slots, named slots, the Load list, Continue, and what happens
//! when a write is interrupted or the folder cannot be used.

mod save_support;

use overbuild::engine::Seat;
use overbuild::game::SeatRole;
use overbuild::save::{
    AUTOSAVE_SLOTS, Replay, SaveError, SaveFile, SaveKind, SaveMeta, SaveStore, backup_path,
    load_game,
};
use save_support::*;
use std::fs;
use std::path::PathBuf;

fn store() -> (tempfile::TempDir, SaveStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SaveStore::open(Some(dir.path())).unwrap();
    (dir, store)
}

fn autosave_files(store: &SaveStore) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(store.autosaves_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".json.gz"))
        .collect();
    files.sort();
    files
}

#[test]
fn a_game_keeps_its_autosave_slot_as_it_goes_on() {
    let (_dir, store) = store();
    let meta = SaveMeta::new(roles());
    let full = bot_game(3, 4);
    let mut paths = Vec::new();
    let replay = Replay::run(save_of(&full, roles())).unwrap();
    for t in 1..=4 {
        let game = replay.game_at(t).unwrap();
        paths.push(store.autosave(&game, &meta).unwrap());
    }
    assert!(paths.iter().all(|p| *p == paths[0]), "{paths:?}");
    assert_eq!(autosave_files(&store).len(), 1);
    // The previous quarter's autosave is the backup.
    let backup = SaveFile::read(&backup_path(&paths[0])).unwrap();
    assert_eq!(backup.turns.len(), 3);
    let (game, loaded_meta) = store.continue_latest().unwrap().unwrap();
    assert_eq!(game.turns.len(), 4);
    assert_eq!(game.world.turn, 4);
    assert_eq!(loaded_meta.roles, roles());
}

#[test]
fn new_games_and_forks_take_new_slots_and_the_oldest_goes() {
    let (_dir, store) = store();
    let meta = SaveMeta::new(roles());
    let original = bot_game(1, 3);
    let first = store.autosave(&original, &meta).unwrap();

    // A fork from quarter 1 that plays the same orders is a different game from the saved
    // three-quarter one: it must not overwrite it.
    let replay = Replay::run(save_of(&original, roles())).unwrap();
    let (mut fork, fork_meta) = replay.fork(1).unwrap();
    fork.play(original.turns[1].orders.clone());
    let forked = store.autosave(&fork, &fork_meta).unwrap();
    assert_ne!(first, forked);
    assert_eq!(SaveFile::read(&first).unwrap().turns.len(), 3);
    let fork_save = SaveFile::read(&forked).unwrap();
    assert_eq!(fork_save.forked_from.as_ref().map(|f| f.turn), Some(1));

    for seed in 10..10 + AUTOSAVE_SLOTS as u64 {
        store.autosave(&bot_game(seed, 1), &meta).unwrap();
    }
    let files = autosave_files(&store);
    assert_eq!(files.len(), AUTOSAVE_SLOTS);
    let seeds: Vec<u64> = files
        .iter()
        .map(|p| SaveFile::read(p).unwrap().seed)
        .collect();
    assert!(
        !seeds.contains(&1),
        "the two oldest games made room: {seeds:?}"
    );
    let latest = store.latest_autosave().unwrap().unwrap();
    assert_eq!(latest.seed, 10 + AUTOSAVE_SLOTS as u64 - 1);
}

/// Autosaves written within one second, on a file system whose clock ticks no finer than
/// that: their order comes from the nanoseconds they record.
#[test]
fn autosaves_in_the_same_second_keep_the_order_they_were_written_in() {
    let (_dir, store) = store();
    let meta = SaveMeta::new(roles());
    let mut written = Vec::new();
    for seed in 0..AUTOSAVE_SLOTS as u64 {
        written.push(store.autosave(&bot_game(20 + seed, 1), &meta).unwrap());
    }
    // The same second and the same modification time for all; the nanoseconds are shuffled
    // against the slot numbers, so neither the first slot nor the path can stand in for age.
    let nanos: [u32; AUTOSAVE_SLOTS] = [3_000, 5_000, 1_000, 4_000, 2_000];
    let same = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_800_000_000);
    for (path, nanos) in written.iter().zip(nanos) {
        let mut save = SaveFile::read(path).unwrap();
        save.saved_at = 1_800_000_000;
        save.saved_at_nanos = nanos;
        fs::remove_file(path).unwrap();
        save.write(path).unwrap();
        fs::File::options()
            .append(true)
            .open(path)
            .unwrap()
            .set_modified(same)
            .unwrap();
    }
    // The newest has the most nanoseconds; a new game replaces the one with the fewest.
    let latest = store.latest_autosave().unwrap().unwrap();
    assert_eq!(latest.path, written[1]);
    let replaced = store.autosave(&bot_game(99, 1), &meta).unwrap();
    assert_eq!(replaced, written[2]);
}

#[test]
fn an_autosave_never_replaces_a_file_it_cannot_read() {
    let (_dir, store) = store();
    let meta = SaveMeta::new(roles());
    for i in 1..=AUTOSAVE_SLOTS {
        let path = store.autosaves_dir().join(format!("autosave-{i}.json.gz"));
        fs::write(&path, br#"{"format":"overbuild-save","version":999}"#).unwrap();
    }
    let err = store.autosave(&bot_game(1, 1), &meta).unwrap_err();
    assert!(err.to_string().contains("not replacing them"), "{err}");
    for i in 1..=AUTOSAVE_SLOTS {
        let path = store.autosaves_dir().join(format!("autosave-{i}.json.gz"));
        assert!(fs::read_to_string(path).unwrap().contains("999"));
    }
}

#[test]
fn named_saves_are_listed_with_date_scenario_quarter_and_seats() {
    let (_dir, store) = store();
    let (game, roles) = scripted_game(2, 5);
    let mut meta = SaveMeta::new(roles.clone());
    meta.name = Some("workshop table 1".into());
    let path = store.save_as("Workshop table 1", &game, &meta).unwrap();
    assert_eq!(path.file_name().unwrap(), "Workshop-table-1.json.gz");
    assert!(store.slot_exists("Workshop table 1"));
    store
        .autosave(&bot_game(4, 2), &SaveMeta::new(save_support::roles()))
        .unwrap();
    fs::write(store.saves_dir().join("broken.json.gz"), b"not a save").unwrap();
    fs::write(store.saves_dir().join(".half.json.gz.tmp"), b"partial").unwrap();

    let list = store.list().unwrap();
    assert_eq!(list.len(), 3, "{list:?}");
    let broken = list
        .iter()
        .find(|l| l.path.ends_with("broken.json.gz"))
        .unwrap();
    assert!(
        broken
            .info
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("broken.json.gz")
    );
    let named = list
        .iter()
        .find(|l| l.kind == SaveKind::Named && l.info.is_ok())
        .unwrap();
    let info = named.info.as_ref().unwrap();
    assert_eq!(info.name, "Workshop table 1");
    assert_eq!(info.scenario_id, "stargate-2025");
    assert_eq!(info.scenario_name, "Stargate 2025");
    assert_eq!(info.turns_played, 5);
    assert_eq!(info.last_date.unwrap().to_string(), "2026 Q1");
    assert_eq!(info.roles, roles);
    assert!(matches!(
        &info.roles[Seat::Oracle.index()],
        SeatRole::Script { .. }
    ));
    assert_eq!(info.scores.len(), 4);
    assert!(info.welfare.is_some());
    assert!(info.saved_at_text().ends_with("UTC"));
    assert!(
        info.one_line().contains("2026 Q1 (5 quarters)"),
        "{}",
        info.one_line()
    );

    let (loaded, meta) = load_game(&info.path).unwrap();
    assert_eq!(loaded.turns.len(), 5);
    assert_eq!(loaded.world.turn, game.world.turn);
    assert_eq!(meta.name.as_deref(), Some("Workshop table 1"));
}

#[test]
fn an_interrupted_write_leaves_the_last_good_save_readable() {
    let (_dir, store) = store();
    let meta = SaveMeta::new(roles());
    let game = bot_game(5, 2);
    let path = store.save_as("match", &game, &meta).unwrap();
    let good = fs::read(&path).unwrap();

    // A write killed half-way leaves its temporary file beside the save, never the save itself.
    let longer = SaveFile::from_game(&bot_game(5, 3), &meta)
        .to_bytes()
        .unwrap();
    let temp = store.saves_dir().join(".match.json.gz.crash1.tmp");
    fs::write(&temp, &longer[..longer.len() / 2]).unwrap();

    assert_eq!(fs::read(&path).unwrap(), good);
    let (loaded, _) = load_game(&path).unwrap();
    assert_eq!(loaded.turns.len(), 2);
    assert_eq!(
        store.list().unwrap().len(),
        1,
        "the temporary file is not a save"
    );

    // The next save goes through, and the one it replaced is the backup.
    store.save_as("match", &bot_game(5, 3), &meta).unwrap();
    assert_eq!(SaveFile::read(&path).unwrap().turns.len(), 3);
    assert_eq!(fs::read(backup_path(&path)).unwrap(), good);
}

#[test]
fn a_corrupt_save_never_becomes_the_backup() {
    let (_dir, store) = store();
    let meta = SaveMeta::new(roles());
    let path = store.save_as("x", &bot_game(1, 1), &meta).unwrap();
    store.save_as("x", &bot_game(1, 2), &meta).unwrap();
    let backup = fs::read(backup_path(&path)).unwrap();
    fs::write(&path, b"\x1f\x8b garbage").unwrap();
    store.save_as("x", &bot_game(1, 3), &meta).unwrap();
    assert_eq!(fs::read(backup_path(&path)).unwrap(), backup);
}

#[test]
fn an_unusable_folder_is_one_line_and_the_game_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    fs::write(&file, b"x").unwrap();
    let err = SaveStore::open(Some(&file)).unwrap_err();
    assert!(err.is_folder_problem());
    assert!(matches!(err, SaveError::Folder { .. }));
    let text = err.to_string();
    assert!(
        text.contains("not-a-folder") && text.contains("without saving"),
        "{text}"
    );

    // A folder that disappears after opening: the save fails with a one-line error.
    let (dir, store) = store();
    fs::remove_dir_all(dir.path()).unwrap();
    let err = store
        .autosave(&bot_game(1, 1), &SaveMeta::new(roles()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot write"), "{err}");
    assert!(!err.contains('\n'));
}

#[test]
fn bad_slot_names_are_refused() {
    let (_dir, store) = store();
    let err = store
        .save_as("///", &bot_game(1, 1), &SaveMeta::new(roles()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot name a save"), "{err}");
}
