//! The replay viewer by key presses: stepping and jumping, every seat's orders with changes
//! marked, the dashboard and charts as they stood, what happened, "fork here" (which replays
//! the original exactly when no decision changes), comparing two saves, and a save that no
//! longer replays.

#[path = "common/mod.rs"]
mod common;
#[path = "common/saves.rs"]
mod saves_common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::i18n::format_number;
use overbuild::save::{Replay, SaveFile, SaveStore};
use overbuild::tui::app::{MenuItem, Overlay};
use overbuild::tui::replay::ReplayTab;
use overbuild::tui::{App, Screen};
use ratatui::style::Modifier;
use saves_common::*;
use std::path::{Path, PathBuf};
use tui_common::*;

/// An app showing `path` in the viewer (as `overbuild replay FILE` opens it).
fn viewer(dir: &Path, path: &Path) -> App {
    let mut app = app_in(dir);
    let replay = Replay::load(path).expect("the save replays");
    app.open_replay(replay, path.to_path_buf());
    app
}

fn quarter(app: &App) -> usize {
    match &app.screen {
        Screen::Replay(r) => r.quarter,
        other => panic!("not in the viewer: {other:?}"),
    }
}

fn tab(app: &App) -> ReplayTab {
    match &app.screen {
        Screen::Replay(r) => r.tab,
        other => panic!("not in the viewer: {other:?}"),
    }
}

/// A game of `quarters` played through the interface as Oracle (building a step more in Texas
/// each quarter); its autosave is moved to `saves/NAME.json.gz` so the next game gets a slot.
fn ui_game(dir: &Path, seed: u64, quarters: usize, name: &str) -> PathBuf {
    let (_app, auto) = played_through_ui(dir, seed, quarters);
    let path = saves_dir(dir).join(format!("{name}.json.gz"));
    std::fs::rename(&auto, &path).expect("moved");
    path
}

#[test]
fn replay_from_the_title_opens_the_chosen_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 3, "first");
    let mut app = app_in(dir.path());
    choose(&mut app, MenuItem::Replay);
    assert!(screen(&mut app, 80, 24).contains("Replay a saved game"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(quarter(&app), 1);
    let v = app.viewer.as_ref().unwrap();
    assert_eq!(v.path, path);
    assert_eq!(v.len(), 3);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("REPLAY"), "{frame}");
    assert!(frame.contains("quarter 1 of 3"), "{frame}");
    // Esc leaves the viewer for the title.
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(app.viewer.is_none());
}

#[test]
fn the_viewer_steps_and_jumps_through_the_quarters() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 6, "six");
    let mut app = viewer(dir.path(), &path);
    assert_eq!(quarter(&app), 1);
    press(&mut app, KeyCode::Left);
    assert_eq!(quarter(&app), 1, "no quarter before the first");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(quarter(&app), 3);
    press(&mut app, KeyCode::Char('h'));
    assert_eq!(quarter(&app), 2);
    press(&mut app, KeyCode::End);
    assert_eq!(quarter(&app), 6);
    press(&mut app, KeyCode::Right);
    assert_eq!(quarter(&app), 6, "no quarter after the last");
    press(&mut app, KeyCode::Home);
    assert_eq!(quarter(&app), 1);
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(quarter(&app), 5, "a year on");
    press(&mut app, KeyCode::Char('H'));
    assert_eq!(quarter(&app), 1, "a year back");
    // t: type a quarter's number or its date.
    press(&mut app, KeyCode::Char('t'));
    assert!(app.entry_active());
    chars(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    assert_eq!(quarter(&app), 3);
    press(&mut app, KeyCode::Char('t'));
    chars(&mut app, "2025 Q4");
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Go to quarter (1–6"), "{frame}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(quarter(&app), 4);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("2025 Q4 · quarter 4 of 6"), "{frame}");
    // A quarter the game does not have is refused in one line; the view stays.
    press(&mut app, KeyCode::Char('t'));
    chars(&mut app, "9");
    press(&mut app, KeyCode::Enter);
    assert_eq!(quarter(&app), 4);
    let frame = screen(&mut app, 80, 24);
    assert!(
        frame.contains("“9” is not a quarter of this game: type 1 to 6"),
        "{frame}"
    );
    // Esc cancels typing.
    press(&mut app, KeyCode::Char('t'));
    chars(&mut app, "2");
    press(&mut app, KeyCode::Esc);
    assert_eq!(quarter(&app), 4);
    assert!(matches!(app.screen, Screen::Replay(_)));
    // Clicking the timeline shows that quarter.
    let t = draw(&mut app, 160, 48);
    let (x, y) = find(t.backend().buffer(), "2025 Q2").expect("the timeline");
    click(&mut app, x + 1, y);
    assert_eq!(quarter(&app), 2);
}

#[test]
fn every_seats_orders_are_revealed_and_changes_are_marked_by_a_symbol() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 3, "three");
    let mut app = viewer(dir.path(), &path);
    press(&mut app, KeyCode::Right);
    // Every seat at once, page by page.
    let frame = screen(&mut app, 160, 48);
    assert!(frame.contains("Every seat's orders in 2025 Q2"), "{frame}");
    let mut all = frame;
    for _ in 0..6 {
        press(&mut app, KeyCode::PageDown);
        all.push_str(&screen(&mut app, 160, 48));
    }
    for seat in ["■ OpenAI", "■ Oracle", "■ Utility", "■ White House"] {
        assert!(all.contains(seat), "{seat}:\n{all}");
    }
    // Oracle alone: 200 MW in Texas this quarter against nothing carried on (a build is a
    // one-off), marked • and bold.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let t = draw(&mut app, 160, 48);
    let buffer = t.backend().buffer();
    let frame = text(buffer);
    assert!(frame.contains("Orders of Oracle for 2025 Q2"), "{frame}");
    let line = frame
        .lines()
        .find(|l| l.contains("• Data centers to start"))
        .unwrap_or_else(|| panic!("a marked change:\n{frame}"));
    assert!(
        line.contains(" 200 ") && line.trim_end_matches(['│', ' ']).ends_with(" 0"),
        "{line}"
    );
    let (x, y) = find(buffer, "• Data centers to start").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));
    let unchanged = frame
        .lines()
        .find(|l| l.contains("Bonds issued"))
        .expect("an unchanged field");
    assert!(!unchanged.contains('•'), "{unchanged}");
    // Space: only the changes.
    press(&mut app, KeyCode::Char(' '));
    let frame = screen(&mut app, 160, 48);
    assert!(frame.contains("• Data centers to start"), "{frame}");
    assert!(!frame.contains("Bonds issued"), "{frame}");
    assert!(frame.contains("Changes only"), "{frame}");
    // The seat list counts each seat's changes and says who held it.
    assert!(frame.contains("Human"), "{frame}");
    assert!(frame.contains("bot (baseline, normal)"), "{frame}");
}

#[test]
fn the_dashboard_and_charts_show_the_game_as_it_stood() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 5, "five");
    let replay = Replay::load(&path).unwrap();
    let index = |t: usize| format_number(replay.world(t).unwrap().market.index, 1);
    assert_ne!(index(2), index(5));
    let mut app = viewer(dir.path(), &path);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(tab(&app), ReplayTab::Dashboard);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains(&format!("Index {}", index(2))), "{frame}");
    assert!(frame.contains("Seen as OpenAI"), "{frame}");
    press(&mut app, KeyCode::End);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains(&format!("Index {}", index(5))), "{frame}");
    // Space: the next seat's view.
    press(&mut app, KeyCode::Char(' '));
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Seen as Oracle"), "{frame}");
    assert!(frame.contains("Oracle: objective"), "{frame}");
    // Charts: after the first quarter there is one point; later the lines are drawn.
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Home);
    assert!(screen(&mut app, 80, 24).contains("Charts fill in as quarters resolve"));
    press(&mut app, KeyCode::End);
    let frame = screen(&mut app, 80, 24);
    assert!(!frame.contains("Charts fill in"), "{frame}");
    assert!(frame.contains("Stock index"), "{frame}");
}

#[test]
fn what_happened_reveals_every_seats_private_news() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 3, "three");
    let replay = Replay::load(&path).unwrap();
    let (q, owner) = (0..3)
        .find_map(|i| {
            replay
                .turn(i)
                .unwrap()
                .report
                .news
                .iter()
                .find_map(|n| n.private_to)
                .map(|s| (i + 1, s))
        })
        .expect("some private news in three quarters");
    let mut app = viewer(dir.path(), &path);
    for _ in 1..q {
        press(&mut app, KeyCode::Right);
    }
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(tab(&app), ReplayTab::Events);
    let mut all = String::new();
    for _ in 0..8 {
        all.push_str(&screen(&mut app, 160, 48));
        press(&mut app, KeyCode::PageDown);
    }
    let tag = format!(
        "[private: {}]",
        match owner {
            Seat::OpenAi => "OpenAI",
            Seat::Oracle => "Oracle",
            Seat::Utility => "Utility",
            Seat::WhiteHouse => "White House",
        }
    );
    assert!(all.contains(&tag), "{tag}:\n{all}");
    assert!(all.contains("what happened"), "{all}");
}

/// Forks the save open in `app` before its quarter `q` with the seats as they were, and
/// returns once the fork's first quarter is on screen.
fn fork_before(app: &mut App, q: usize) {
    press(app, KeyCode::Home);
    for _ in 1..q {
        press(app, KeyCode::Right);
    }
    press(app, KeyCode::Char('f'));
    let Screen::NewGame(form, _) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    assert!(form.locked.is_some());
    let frame = screen(app, 80, 24);
    assert!(frame.contains("Fork of"), "{frame}");
    assert!(frame.contains("this game's own"), "{frame}");
    press(app, KeyCode::Enter); // Start
    assert!(
        matches!(app.screen, Screen::Briefing { .. }),
        "{:?}",
        app.screen
    );
    press(app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Play(_)), "{:?}", app.screen);
}

#[test]
fn a_fork_with_unchanged_decisions_reproduces_the_original_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 11, 6, "original");
    let original = SaveFile::read(&path).unwrap();
    let mut app = viewer(dir.path(), &path);
    fork_before(&mut app, 3);
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.turns().len(), 2);
    assert_eq!(session.game.seed, 11);
    assert!(session.forked_from.is_some());
    // The human seat's orders start as the original played them (Texas 300 MW).
    assert_eq!(
        session.draft(Seat::Oracle).get("build_mw", 0),
        Some(overbuild::engine::orders::Value::Number(300.0))
    );
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("A fork"), "{frame}");
    // Submit every quarter as it stands.
    play_quarters(&mut app, 4, 0);
    let session = app.session.as_ref().unwrap();
    let forked: Vec<&str> = session.turns().iter().map(|t| t.hash.as_str()).collect();
    let saved: Vec<&str> = original.turns.iter().map(|t| t.hash.as_str()).collect();
    assert_eq!(
        forked, saved,
        "the same seed and decisions give the same game"
    );
    // Its saves are new files: the original is untouched, the fork's autosave says where it
    // came from.
    assert_eq!(SaveFile::read(&path).unwrap(), original);
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let auto = store.latest_autosave().unwrap().unwrap();
    assert_ne!(auto.path, path);
    let fork_save = SaveFile::read(&auto.path).unwrap();
    assert_eq!(fork_save.forked_from.as_ref().map(|f| f.turn), Some(2));
    assert_eq!(fork_save.turns.len(), 6);
}

#[test]
fn a_fork_plays_a_changed_decision_on_its_own_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 11, 4, "original");
    let original = SaveFile::read(&path).unwrap();
    let mut app = viewer(dir.path(), &path);
    // Take the White House too this time.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Char('f'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Char(' '));
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let session = app.session.as_ref().expect("the fork started");
    assert_eq!(session.humans, vec![Seat::Oracle, Seat::WhiteHouse]);
    assert_eq!(session.turns().len(), 3);
    press(&mut app, KeyCode::Enter); // Oracle's briefing
    press(&mut app, KeyCode::Enter); // White House's briefing
    press(&mut app, KeyCode::Enter); // hand-over to Oracle
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Right); // 500 MW instead of 400
    submit(&mut app);
    press(&mut app, KeyCode::Enter); // hand-over to the White House
    submit(&mut app);
    assert!(matches!(app.screen, Screen::Results { .. }));
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.turns()[2].hash, original.turns[2].hash);
    assert_ne!(session.turns()[3].hash, original.turns[3].hash);
    assert_eq!(session.turns()[3].orders.oracle.build_mw[0], 500.0);
    assert_eq!(original.turns[3].orders.oracle.build_mw[0], 400.0);
}

#[test]
fn esc_on_the_fork_form_goes_back_to_the_viewer() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 3, 3, "g");
    let mut app = viewer(dir.path(), &path);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('f'));
    assert!(matches!(app.screen, Screen::NewGame(_, _)));
    press(&mut app, KeyCode::Esc);
    assert_eq!(quarter(&app), 2);
    assert!(app.pending.is_none());
}

#[test]
fn two_saves_of_a_scenario_compare_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let a = ui_game(dir.path(), 11, 4, "a-original");
    // B: the same game, with Oracle building more from the third quarter.
    let mut app = viewer(dir.path(), &a);
    fork_before(&mut app, 3);
    play_quarters(&mut app, 2, 2);
    let b = SaveStore::open(Some(dir.path()))
        .unwrap()
        .latest_autosave()
        .unwrap()
        .unwrap()
        .path;
    let mut app = viewer(dir.path(), &a);
    press(&mut app, KeyCode::Char('c'));
    let Screen::Saves(list, _) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    let chosen = &list.entries[list.selected];
    assert_eq!(chosen.path, b, "the other save of the scenario is offered");
    assert!(screen(&mut app, 80, 24).contains("Compare a-original.json.gz with"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(tab(&app), ReplayTab::Compare);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("First difference: quarter 3."), "{frame}");
    assert!(frame.contains("= This quarter is the same"), "{frame}");
    assert!(frame.contains("5 Compare"), "{frame}");
    // The timeline marks each quarter = or ≠.
    let timeline: String = frame.lines().nth(2).unwrap().to_string();
    assert_eq!(timeline.matches('=').count(), 2, "{timeline}");
    assert_eq!(timeline.matches('≠').count(), 2, "{timeline}");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    let t = draw(&mut app, 160, 48);
    let buffer = t.backend().buffer();
    let frame = text(buffer);
    assert!(
        frame.contains("≠ The games differ in this quarter."),
        "{frame}"
    );
    assert!(frame.contains("Orders: 1 field differs"), "{frame}");
    assert!(
        frame.contains("≠ Oracle · Data centers to start (Texas)"),
        "{frame}"
    );
    assert!(frame.contains("A: 300   B: 500"), "{frame}");
    let params = overbuild::scenario::load(overbuild::scenario::DEFAULT)
        .unwrap()
        .params;
    let (same, differs) = {
        let c = app.viewer.as_ref().unwrap().compare.as_ref().unwrap();
        let metrics = &c.comparison.turns[2].metrics;
        let same = metrics
            .iter()
            .find(|m| !m.differs())
            .expect("a figure alike");
        let differs = metrics
            .iter()
            .find(|m| m.differs())
            .expect("a figure apart");
        (same.key.clone(), differs.key.clone())
    };
    let texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::En);
    let label = |key: &str| overbuild::save::summary::label(&texts, key, &params);
    let first = format!("≠ {}", label(&differs));
    let (x, y) = find(buffer, &first).unwrap_or_else(|| panic!("{first}:\n{frame}"));
    assert!(buffer[(x + 2, y)].modifier.contains(Modifier::BOLD));
    // Space: only the figures that differ.
    press(&mut app, KeyCode::Char(' '));
    let frame = screen(&mut app, 160, 48);
    assert!(frame.contains("Differences only"), "{frame}");
    assert!(frame.contains(&format!("≠ {}", label(&differs))), "{frame}");
    assert!(!frame.contains(&label(&same)), "{}:\n{frame}", label(&same));
    // c again stops comparing.
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(tab(&app), ReplayTab::Orders);
    assert!(app.viewer.as_ref().unwrap().compare.is_none());
}

#[test]
fn a_save_of_another_scenario_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = ui_game(dir.path(), 2, 2, "a");
    let text = overbuild::scenario::BUILTIN[0]
        .1
        .replace("id = \"stargate-2025\"", "id = \"stargate-variant\"");
    let file = dir.path().join("variant.toml");
    std::fs::write(&file, text).unwrap();
    let scenario = overbuild::scenario::load(file.to_str().unwrap()).unwrap();
    let mut other = overbuild::game::Game::new(scenario, 2);
    let orders = other.world.last_orders.clone();
    other.play(orders);
    write(
        &other,
        all_bots(),
        &saves_dir(dir.path()).join("variant.json.gz"),
    );
    let mut app = viewer(dir.path(), &a);
    press(&mut app, KeyCode::Char('c'));
    let Screen::Saves(list, _) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    let variant = list
        .entries
        .iter()
        .position(|e| e.path.ends_with("variant.json.gz"))
        .unwrap();
    press(&mut app, KeyCode::Home);
    for _ in 0..variant {
        press(&mut app, KeyCode::Down);
    }
    let frame = screen(&mut app, 100, 30);
    assert!(frame.contains("Another scenario"), "{frame}");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Saves(_, _)), "refused");
    let notice = app.notice.clone().unwrap();
    assert!(
        notice.contains("only games of the same scenario compare"),
        "{notice}"
    );
    assert!(!notice.contains('\n'));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Replay(_)));
    assert!(app.viewer.as_ref().unwrap().compare.is_none());
}

#[test]
fn a_save_that_no_longer_replays_shows_where_it_diverges() {
    let dir = tempfile::tempdir().unwrap();
    let good = ui_game(dir.path(), 5, 4, "good");
    let mut save = SaveFile::read(&good).unwrap();
    save.turns[2].hash = "0".repeat(64);
    let bad = saves_dir(dir.path()).join("stale.json.gz");
    save.write(&bad).unwrap();
    let mut app = viewer(dir.path(), &bad);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("⚠"), "{frame}");
    assert!(frame.contains("no longer replays exactly"), "{frame}");
    let frame = screen(&mut app, 160, 48);
    assert!(
        frame.contains("it diverges at quarter 3 (2025 Q3)"),
        "{frame}"
    );
    // Still viewable to the end.
    press(&mut app, KeyCode::End);
    assert_eq!(quarter(&app), 4);
    // Load refuses it in one line, naming the quarter.
    app.dispatch(overbuild::tui::Action::ToTitle);
    choose(&mut app, MenuItem::Load);
    let Screen::Saves(list, _) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    let i = list
        .entries
        .iter()
        .position(|e| e.path.ends_with("stale.json.gz"))
        .unwrap();
    for _ in 0..i {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let notice = app.notice.clone().unwrap();
    assert!(notice.contains("quarter 3 (2025 Q3)"), "{notice}");
    assert!(app.session.is_none());
}

#[test]
fn help_lists_the_viewers_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 2, "g");
    let mut app = viewer(dir.path(), &path);
    press(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    let frame = screen(&mut app, 160, 48);
    for wanted in [
        "go to quarter",
        "fork here",
        "compare",
        "changes only / everything",
        "a year on",
        "Fork here (f) plays the quarter shown again",
    ] {
        assert!(frame.contains(wanted), "{wanted}:\n{frame}");
    }
}

#[test]
fn a_fork_of_a_scripted_game_plays_the_orders_file_seats_as_played() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    let orders = "[oracle]\nbond_bn = 5\n\n[whitehouse]\nchip_tariff = 0.25\n\n[[change]]\nturn = 4\n[change.whitehouse]\nrelief_bn = 20\n";
    let script =
        overbuild::script::Script::parse(orders, "what-if.toml", &scenario.params).unwrap();
    let roles = overbuild::save::headless_roles(Some(&script));
    let mut game = overbuild::game::Game::new(scenario, 8);
    overbuild::game::play_out(
        &mut game,
        &mut overbuild::game::Controllers::bots_except(Some(script)),
        6,
    );
    let path = saves_dir(dir.path()).join("scripted.json.gz");
    write(&game, roles, &path);
    let mut app = viewer(dir.path(), &path);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('f'));
    let Screen::NewGame(form, _) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    // Nobody was human: the default seat is offered; the other scripted seat plays as played.
    assert!(form.human[Seat::Oracle.index()]);
    assert!(form.as_played[Seat::WhiteHouse.index()]);
    assert!(!form.as_played[Seat::Utility.index()]);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("As played"), "{frame}");
    // A bot seat can be set to play as played too, and back.
    for _ in 0..4 {
        press(&mut app, KeyCode::Up);
    }
    // baseline · normal, baseline · easy, then as played.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    let Screen::NewGame(form, _) = &app.screen else {
        panic!()
    };
    assert_eq!(form.selected, 3);
    assert!(form.as_played[Seat::Utility.index()]);
    press(&mut app, KeyCode::Right);
    let Screen::NewGame(form, _) = &app.screen else {
        panic!()
    };
    assert!(!form.as_played[Seat::Utility.index()]);
    for _ in 0..4 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let session = app.session.as_ref().unwrap();
    assert!(matches!(
        &session.roles[Seat::WhiteHouse.index()],
        overbuild::game::SeatRole::Script { source } if source == "scripted.json.gz"
    ));
    play_quarters(&mut app, 4, 0);
    let session = app.session.as_ref().unwrap();
    let forked: Vec<&str> = session.turns().iter().map(|t| t.hash.as_str()).collect();
    let original: Vec<&str> = game.turns.iter().map(|t| t.hash.as_str()).collect();
    assert_eq!(forked, original);
    assert_eq!(session.turns()[4].orders.whitehouse.relief_bn, 20.0);
}

#[test]
fn the_viewer_and_the_save_screens_speak_traditional_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let a = ui_game(dir.path(), 4, 3, "a");
    let _b = ui_game(dir.path(), 5, 3, "b");
    let mut app = viewer(dir.path(), &a);
    app.texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::ZhHant);
    let mut frames = String::new();
    press(&mut app, KeyCode::Char('c'));
    frames.push_str(&screen(&mut app, 100, 30));
    press(&mut app, KeyCode::Enter);
    for key in ['1', '2', '3', '4', '5'] {
        press(&mut app, KeyCode::Char(key));
        frames.push_str(&screen(&mut app, 80, 24));
        frames.push_str(&screen(&mut app, 160, 48));
    }
    press(&mut app, KeyCode::Char('?'));
    frames.push_str(&screen(&mut app, 160, 48));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('f'));
    frames.push_str(&screen(&mut app, 80, 24));
    for wanted in [
        "重播",
        "指令",
        "比較",
        "哪裡不同",
        "從這裡分岔",
        "所有席位",
        "跳到某一季",
    ] {
        assert!(frames.contains(wanted), "{wanted}:\n{frames}");
    }
    assert!(!frames.contains("tui-"), "{frames}");
    assert!(!frames.contains("metric-"), "{frames}");
    // The list and the dialog.
    app.dispatch(overbuild::tui::Action::ToTitle);
    choose(&mut app, MenuItem::Load);
    let frame = screen(&mut app, 100, 30);
    assert!(frame.contains("載入存檔"), "{frame}");
    assert!(frame.contains("甲骨文 ＋ 3 個電腦"), "{frame}");
    press(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("另存新檔"), "{frame}");
    assert!(!frame.contains("tui-"), "{frame}");
}

/// Bots play the wrecked-Oracle scenario for five quarters; Oracle defaults in the third.
fn defaulted_save(dir: &Path) -> PathBuf {
    let mut game = overbuild::game::Game::new(common::oracle_defaults_scenario(), 5);
    let mut bots = overbuild::game::Controllers::bots_except(None);
    overbuild::game::play_out(&mut game, &mut bots, 5);
    let save = SaveFile::from_game(
        &game,
        &overbuild::save::SaveMeta::new(overbuild::save::headless_roles(None)),
    );
    let path = dir.join("defaulted.json.gz");
    save.write(&path).expect("saved");
    path
}

#[test]
fn the_timeline_marks_the_quarter_of_a_default_and_the_debrief_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = defaulted_save(dir.path());
    let mut app = viewer(dir.path(), &path);
    let frame = screen(&mut app, 160, 48);
    // The quarters on one line, their marks on the next: ✗ under 2025 Q3 alone.
    let lines: Vec<Vec<char>> = frame.lines().map(|l| l.chars().collect()).collect();
    let at = |line: &[char], needle: &str| {
        let needle: Vec<char> = needle.chars().collect();
        line.windows(needle.len())
            .position(|w| w == needle.as_slice())
    };
    let row = lines
        .iter()
        .position(|l| at(l, "2025 Q3").is_some())
        .expect("the timeline");
    let q3 = at(&lines[row], "2025 Q3").unwrap();
    let marks = &lines[row + 1];
    let crosses: Vec<usize> = (0..marks.len()).filter(|i| marks[*i] == '✗').collect();
    assert_eq!(crosses.len(), 1, "{frame}");
    assert!((q3..q3 + 8).contains(&crosses[0]), "{frame}");
    let replay = Replay::load(&path).unwrap();
    let md = overbuild::report::render(
        &replay,
        overbuild::report::Format::Md,
        overbuild::i18n::Lang::En,
    );
    assert!(
        md.contains("Oracle defaulted in 2025 Q3: equity wiped, creditors took $"),
        "{md}"
    );
    assert!(md.contains("| Defaulted in 2025 Q3 |"), "{md}");
}

/// After the last quarter the dashboard's verdict is final: "met" or "missed", not "on track"
/// or "not yet".
#[test]
fn the_last_quarters_dashboard_says_met_or_missed() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, auto) = saves_common::played_through_ui(dir.path(), 7, 16);
    let mut app = saves_common::app_in(dir.path());
    app.open_replay(Replay::load(&auto).unwrap(), auto.clone());
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('t'));
    chars(&mut app, "2028 Q4");
    press(&mut app, KeyCode::Enter);
    let last = screen(&mut app, 120, 40);
    assert!(last.contains("2028 Q4"), "{last}");
    assert!(last.contains("met") || last.contains("missed"), "{last}");
    assert!(
        !last.contains("on track") && !last.contains("not yet"),
        "{last}"
    );
    press(&mut app, KeyCode::Char('t'));
    chars(&mut app, "2026 Q1");
    press(&mut app, KeyCode::Enter);
    let earlier = screen(&mut app, 120, 40);
    assert!(
        earlier.contains("on track") || earlier.contains("not yet"),
        "{earlier}"
    );
}

#[test]
fn the_viewer_shows_each_bot_moves_reason_and_an_old_save_shows_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = ui_game(dir.path(), 7, 2, "reasons");
    let save = overbuild::save::SaveFile::read(&path).expect("the save reads");
    // The three bot seats' reasons are kept with each quarter's orders; the person's is not.
    for record in &save.turns {
        let seats: Vec<Seat> = record.reasons.iter().map(|r| r.seat).collect();
        assert_eq!(seats, vec![Seat::OpenAi, Seat::Utility, Seat::WhiteHouse]);
    }
    let mut app = viewer(dir.path(), &path);
    press(&mut app, KeyCode::Right);
    let mut all = screen(&mut app, 160, 48);
    for _ in 0..6 {
        press(&mut app, KeyCode::PageDown);
        all.push_str(&screen(&mut app, 160, 48));
    }
    assert!(all.contains("↳ Utility (normal · baseline)"), "{all}");
    assert!(!all.contains("↳ Oracle"), "{all}");
    // A save from before reasons (none in its records) still opens, without reason lines.
    let mut old = save.clone();
    for record in &mut old.turns {
        record.reasons.clear();
    }
    let old_path = dir.path().join("old.json.gz");
    old.write(&old_path).expect("written");
    let mut app = viewer(dir.path(), &old_path);
    press(&mut app, KeyCode::Right);
    assert!(!screen(&mut app, 160, 48).contains('↳'));
}

/// The events pane says why each piece of news of consequence happened, as the results screen
/// did in play: a downgrade in the historical game names its largest causes with their signs.
#[test]
fn the_events_pane_gives_the_causes_of_news_of_consequence() {
    let dir = tempfile::tempdir().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/historical.json.gz");
    let mut app = viewer(dir.path(), &path);
    let mut explained = 0;
    for _ in 0..16 {
        let frame = screen(&mut app, 160, 48);
        let lines: Vec<&str> = frame.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.contains("was downgraded") {
                continue;
            }
            let told: String = lines[i..(i + 3).min(lines.len())].concat();
            let signed = told.split_whitespace().any(|w| {
                let mut c = w.chars();
                matches!(c.next(), Some('+' | '−' | '-'))
                    && c.next().is_some_and(|d| d.is_ascii_digit())
            });
            assert!(
                told.contains("causes") && signed,
                "a downgrade without its causes:\n{frame}"
            );
            explained += 1;
        }
        press(&mut app, KeyCode::Right);
    }
    assert!(
        explained > 0,
        "the historical game has downgrades to explain"
    );
}
