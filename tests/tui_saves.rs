//! Saved games in the interface, by key presses: Continue after a game, the Load list (with
//! unreadable files), Save as with a question before replacing, a data directory that cannot
//! hold saves, bots chosen in the new-game form, and the command line's `--bot` and `replay`.

#[path = "common/saves.rs"]
mod saves_common;
#[path = "common/tui.rs"]
mod tui_common;

use assert_cmd::Command as Bin;
use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::game::SeatRole;
use overbuild::save::{SaveFile, SaveStore};
use overbuild::tui::app::{MenuItem, Overlay};
use overbuild::tui::saves::StoreSaves;
use overbuild::tui::{App, Screen};
use saves_common::*;
use std::fs;
use tui_common::*;

#[test]
fn continue_picks_up_the_last_game_with_its_seats() {
    let dir = tempfile::tempdir().unwrap();
    let (played, _) = played_through_ui(dir.path(), 21, 3);
    let hashes: Vec<String> = played
        .session
        .as_ref()
        .unwrap()
        .turns()
        .iter()
        .map(|t| t.hash.clone())
        .collect();
    // A new start of the program, same data directory.
    let mut app = app_in(dir.path());
    let title = screen(&mut app, 80, 24);
    assert!(!title.contains("(off)"), "{title}");
    choose(&mut app, MenuItem::Continue);
    let session = app.session.as_ref().expect("a game goes on");
    assert!(matches!(&app.screen, Screen::Play(p) if p.seat == Seat::Oracle));
    assert_eq!(session.game.seed, 21);
    let again: Vec<String> = session.turns().iter().map(|t| t.hash.clone()).collect();
    assert_eq!(again, hashes);
    assert!(session.roles[Seat::Oracle.index()].is_human());
    assert_eq!(
        session.roles[Seat::Utility.index()],
        SeatRole::baseline_bot()
    );
    // It plays on and autosaves into the same slot.
    play_quarters(&mut app, 1, 0);
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let autosaves: Vec<_> = fs::read_dir(store.autosaves_dir())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".json.gz")
        })
        .collect();
    assert_eq!(autosaves.len(), 1, "one game, one autosave slot");
    let latest = store.latest_autosave().unwrap().unwrap();
    assert_eq!(latest.turns_played, 4);
}

#[test]
fn continue_without_any_save_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    choose(&mut app, MenuItem::Continue);
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(screen(&mut app, 80, 24).contains("There is no saved game to continue yet"));
}

#[test]
fn load_lists_every_save_and_names_the_unreadable_ones() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, _) = played_through_ui(dir.path(), 5, 2);
    let saves = saves_dir(dir.path());
    write(&bot_game(9, 4), all_bots(), &saves.join("bots.json.gz"));
    fs::write(saves.join("broken.json.gz"), b"\x1f\x8b\x08\x00 not really").unwrap();
    let mut app = app_in(dir.path());
    choose(&mut app, MenuItem::Load);
    let Screen::Saves(list, _) = app.screen.clone() else {
        panic!("{:?}", app.screen)
    };
    assert_eq!(list.entries.len(), 3);
    let frame = screen(&mut app, 100, 30);
    for wanted in [
        "Load a saved game",
        "Saved (UTC)",
        "Quarter",
        "↻ autosave-1",
        "Stargate 2025",
        "2025 Q2",
        "Oracle + 3 bots",
        "bots",
        "2025 Q4",
        "4 bots",
        "✗ broken.json.gz",
    ] {
        assert!(frame.contains(wanted), "{wanted}:\n{frame}");
    }
    // The broken file: its error in one line, and Enter refuses it with that line.
    let broken = list
        .entries
        .iter()
        .position(|e| e.info.is_err())
        .expect("the broken file is listed");
    for _ in 0..broken {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Saves(_, _)));
    let notice = app.notice.clone().expect("a notice");
    assert!(notice.contains("broken.json.gz"), "{notice}");
    assert!(!notice.contains('\n'));
    // The autosave loads and plays on from its second quarter.
    let auto = list.entries.iter().position(|e| e.autosave).unwrap();
    press(&mut app, KeyCode::Home);
    for _ in 0..auto {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(matches!(&app.screen, Screen::Play(p) if p.seat == Seat::Oracle));
    assert_eq!(app.session.as_ref().unwrap().turns().len(), 2);
    // Esc from the list goes back to the title.
    let mut app = app_in(dir.path());
    choose(&mut app, MenuItem::Load);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Title { .. }));
}

#[test]
fn a_save_nobody_played_asks_who_takes_the_seats() {
    let dir = tempfile::tempdir().unwrap();
    let path = saves_dir(dir.path()).join("bots.json.gz");
    let game = bot_game(4, 3);
    write(&game, all_bots(), &path);
    let mut app = app_in(dir.path());
    choose(&mut app, MenuItem::Load);
    press(&mut app, KeyCode::Enter);
    let Screen::NewGame(form, _) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    assert!(form.locked.is_some());
    assert_eq!(form.seed, 4);
    assert!(
        form.human[Seat::Oracle.index()],
        "the default seat is offered"
    );
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Nobody played this save"), "{frame}");
    assert!(frame.contains("this game's own"), "{frame}");
    // Scenario and seed stay as they are.
    press(&mut app, KeyCode::Char('r'));
    let Screen::NewGame(form, _) = &app.screen else {
        unreachable!()
    };
    assert_eq!(form.seed, 4);
    press(&mut app, KeyCode::Enter);
    let session = app.session.as_ref().expect("the game goes on");
    assert_eq!(session.turns().len(), 3);
    assert_eq!(session.turns()[2].hash, game.turns[2].hash);
    assert!(matches!(&app.screen, Screen::Play(p) if p.seat == Seat::Oracle));
}

#[test]
fn save_as_writes_a_named_slot_and_asks_before_replacing_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = played_through_ui(dir.path(), 3, 1);
    ctrl(&mut app, 's');
    let Some(Overlay::SaveAs(d)) = &app.overlay else {
        panic!("{:?}", app.overlay)
    };
    assert_eq!(d.entry, "stargate-2025-2025-Q1", "a name is offered");
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Save as"), "{frame}");
    // Type our own name over the offered one.
    for _ in 0..40 {
        press(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "workshop a");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let path = store.slot_path("workshop a").unwrap();
    assert_eq!(SaveFile::read(&path).unwrap().turns.len(), 1);
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .contains("Saved as “workshop a”")
    );

    // One more quarter; saving under the same name asks first.
    play_quarters(&mut app, 1, 0);
    press(&mut app, KeyCode::F(2));
    let Some(Overlay::SaveAs(d)) = &app.overlay else {
        panic!("{:?}", app.overlay)
    };
    assert_eq!(d.entry, "workshop a", "the slot's name is offered again");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("exists. Replace it?"), "{frame}");
    press(&mut app, KeyCode::Char('n'));
    assert!(app.overlay.is_none());
    assert_eq!(SaveFile::read(&path).unwrap().turns.len(), 1, "kept");
    press(&mut app, KeyCode::F(2));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(SaveFile::read(&path).unwrap().turns.len(), 2, "replaced");
    let backup = overbuild::save::backup_path(&path);
    assert_eq!(SaveFile::read(&backup).unwrap().turns.len(), 1, "backup");
    // Leaving says what is kept.
    press(&mut app, KeyCode::Char('q'));
    assert!(screen(&mut app, 80, 24).contains("autosaved"));
    press(&mut app, KeyCode::Char('n'));
    // The named save is listed under Load.
    app.dispatch(overbuild::tui::Action::ToTitle);
    choose(&mut app, MenuItem::Load);
    assert!(screen(&mut app, 100, 30).contains("workshop a"));
}

#[test]
fn a_bad_slot_name_is_refused_in_the_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = played_through_ui(dir.path(), 3, 1);
    ctrl(&mut app, 's');
    for _ in 0..40 {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Enter);
    let Some(Overlay::SaveAs(d)) = &app.overlay else {
        panic!("{:?}", app.overlay)
    };
    assert_eq!(d.error.as_deref(), Some("Type a name first."));
    // Only letters, digits, - _ and spaces are typed; "-" alone still cannot name a file.
    chars(&mut app, "-/.");
    press(&mut app, KeyCode::Enter);
    let Some(Overlay::SaveAs(d)) = &app.overlay else {
        panic!("{:?}", app.overlay)
    };
    assert_eq!(d.entry, "-");
    assert!(
        d.error
            .as_ref()
            .is_some_and(|e| e.contains("cannot name a save")),
        "{d:?}"
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(matches!(app.screen, Screen::Play(_)), "the game goes on");
}

#[test]
fn without_a_usable_data_directory_play_goes_on_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"x").unwrap();
    let mut app = App::headless().with_saves(Box::new(StoreSaves::open(Some(&blocker))));
    let frame = screen(&mut app, 100, 30);
    assert!(frame.contains("Continue (off)"), "{frame}");
    choose(&mut app, MenuItem::Load);
    let notice = app.notice.clone().unwrap();
    assert!(notice.contains("without saving"), "{notice}");
    assert!(notice.contains("not-a-folder"), "{notice}");
    // A game plays on; saving says why it cannot.
    app.notice = None;
    new_game(&mut app, 2);
    play_quarters(&mut app, 2, 1);
    assert!(
        app.notice.is_none(),
        "autosave stays quiet: {:?}",
        app.notice
    );
    ctrl(&mut app, 's');
    assert!(app.overlay.is_none());
    assert!(app.notice.as_ref().unwrap().contains("without saving"));
    // Quitting says the game is not saved.
    press(&mut app, KeyCode::Char('q'));
    assert!(screen(&mut app, 80, 24).contains("This game is not saved"));
}

#[test]
fn bots_picked_in_the_new_game_form_play_and_are_saved_with_their_level() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    press(&mut app, KeyCode::Enter);
    // OpenAI's row is the second; the default is the baseline bot at normal.
    for _ in 0..6 {
        press(&mut app, KeyCode::Up);
    }
    let Screen::NewGame(form, _) = &app.screen else {
        panic!()
    };
    assert_eq!(form.selected, 1);
    press(&mut app, KeyCode::Right);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("◀ baseline · hard ▶"), "{frame}");
    assert!(frame.contains("choices"), "{frame}");
    // White House: one step left, to easy.
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Left);
    assert!(screen(&mut app, 80, 24).contains("◀ baseline · easy ▶"));
    // Space makes a seat human and back; its bot is remembered.
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    assert!(screen(&mut app, 80, 24).contains("◀ baseline · easy ▶"));
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Briefing { .. }));
    let roles = app.session.as_ref().unwrap().roles.clone();
    let bot = |p: &str, l: &str| SeatRole::Bot {
        personality: p.into(),
        level: l.into(),
    };
    assert_eq!(roles[Seat::OpenAi.index()], bot("baseline", "hard"));
    assert_eq!(roles[Seat::WhiteHouse.index()], bot("baseline", "easy"));
    assert_eq!(roles[Seat::Utility.index()], bot("baseline", "normal"));
    press(&mut app, KeyCode::Enter);
    play_quarters(&mut app, 1, 0);
    let info = SaveStore::open(Some(dir.path()))
        .unwrap()
        .latest_autosave()
        .unwrap()
        .unwrap();
    assert_eq!(info.roles, roles);
}

#[test]
fn every_personality_the_registry_offers_is_in_the_cycle() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter);
    for _ in 0..6 {
        press(&mut app, KeyCode::Up);
    }
    // Each personality at each rule level and as an expert with the default budget.
    let levels = overbuild::bots::Level::menu(overbuild::bots::expert::DEFAULT_THINK);
    let n = overbuild::bots::personalities(Seat::OpenAi).len() * levels.len();
    let mut seen = Vec::new();
    for _ in 0..n {
        let Screen::NewGame(form, _) = &app.screen else {
            panic!()
        };
        seen.push(form.bots[0].clone());
        press(&mut app, KeyCode::Right);
    }
    let Screen::NewGame(form, _) = &app.screen else {
        panic!()
    };
    assert_eq!(form.bots[0], seen[0], "the cycle comes round");
    for p in overbuild::bots::personalities(Seat::OpenAi) {
        for l in levels {
            assert!(
                seen.iter().any(|b| b.personality == *p && b.level == l),
                "{p} {l:?}"
            );
        }
    }
}

// -------------------------------------------------------------------------------------------
// The binary

fn overbuild() -> Bin {
    Bin::cargo_bin("overbuild").unwrap()
}

fn fails_with(args: &[&str], needles: &[&str]) {
    let out = overbuild().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    for needle in needles {
        assert!(stderr.contains(needle), "{args:?}: {needle}: {stderr}");
    }
    assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bad_bot_flags_are_one_line_and_exit_2() {
    fails_with(
        &["play", "--bot", "oracle=reckless:hard"],
        &[
            "--bot oracle=reckless:hard",
            "unknown personality",
            "baseline",
        ],
    );
    fails_with(
        &["play", "--bot", "oracle=baseline:insane"],
        &["unknown level `insane`", "easy, normal, hard"],
    );
    fails_with(&["play", "--bot", "nvidia=baseline"], &["unknown seat"]);
    fails_with(&["play", "--bot", "oracle"], &["SEAT=PERSONALITY"]);
    fails_with(
        &["play", "--seat", "oracle", "--bot", "oracle=baseline"],
        &["oracle is played by a person"],
    );
    fails_with(
        &[
            "play",
            "--bot",
            "utility=baseline:easy",
            "--bot",
            "utility=baseline:hard",
        ],
        &["utility has a bot already"],
    );
    // Plain mode checks the same flags.
    fails_with(
        &["play", "--plain", "--bot", "utility=reckless"],
        &["unknown personality"],
    );
    // Good flags get as far as asking for a terminal.
    fails_with(
        &["play", "--seat", "oracle", "--bot", "utility=baseline:hard"],
        &["needs a terminal"],
    );
}

#[test]
fn replay_of_a_bad_file_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json.gz");
    fs::write(&bad, b"\x1f\x8b\x08\x00\x00\x00").unwrap();
    let bad = bad.to_str().unwrap();
    fails_with(&["replay", bad], &["bad.json.gz", "truncated"]);
    let text = dir.path().join("notes.txt");
    fs::write(&text, "hello").unwrap();
    fails_with(
        &["replay", text.to_str().unwrap()],
        &["notes.txt", "not an Overbuild save"],
    );
    fails_with(
        &["replay", "no-such-save.json.gz"],
        &["no-such-save.json.gz", "cannot read"],
    );
    // A good file without a terminal: told how to use it headless.
    let good = dir.path().join("good.json.gz");
    write(&bot_game(1, 2), all_bots(), &good);
    fails_with(
        &["replay", good.to_str().unwrap()],
        &["needs a terminal", "--verify", "overbuild report"],
    );
}

#[test]
fn a_signal_from_outside_saves_the_game_in_hand_and_quits() {
    use overbuild::tui::AppEvent;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    app.start_session(overbuild::tui::Session::new(
        scenario,
        8,
        roles(&[Seat::Oracle]),
    ));
    let store = SaveStore::open(Some(dir.path())).unwrap();
    assert!(store.latest_autosave().unwrap().is_none());
    // Still at the briefing, before any quarter resolved: nothing saved yet, then the signal.
    app.handle(AppEvent::Stop);
    assert!(app.quit);
    let saved = store
        .latest_autosave()
        .unwrap()
        .expect("saved on the signal");
    assert_eq!(saved.seed, 8);
    assert_eq!(saved.turns_played, 0);
    assert!(saved.roles[Seat::Oracle.index()].is_human());
}
