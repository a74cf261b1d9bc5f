//! Saved games for the interface tests: apps whose saves live in a temporary folder, and games
//! played by key presses so their saves are the interface's own.
#![allow(dead_code)]

use super::tui_common::*;
use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::game::{Controllers, Game, SeatRole, play_out};
use overbuild::save::{SaveFile, SaveMeta, SaveStore};
use overbuild::tui::app::MenuItem;
use overbuild::tui::saves::StoreSaves;
use overbuild::tui::{App, Screen};
use std::path::{Path, PathBuf};

/// A headless app keeping its saves under `dir`.
pub fn app_in(dir: &Path) -> App {
    App::headless().with_saves(Box::new(StoreSaves::open(Some(dir))))
}

/// Moves the title menu to `item` with the arrow keys and chooses it.
pub fn choose(app: &mut App, item: MenuItem) {
    let Screen::Title { selected } = app.screen else {
        panic!("not on the title: {:?}", app.screen)
    };
    let at = MenuItem::ALL.iter().position(|m| *m == item).unwrap();
    for _ in 0..selected {
        press(app, KeyCode::Up);
    }
    for _ in 0..at {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

/// From the title: New game (Oracle human, bots elsewhere), this seed, briefing read.
pub fn new_game(app: &mut App, seed: u64) {
    choose(app, MenuItem::NewGame);
    // The seed row: two up from Start; type it.
    press(app, KeyCode::Up);
    press(app, KeyCode::Up);
    press(app, KeyCode::Enter);
    chars(app, &seed.to_string());
    press(app, KeyCode::Enter);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    press(app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Briefing { .. }),
        "{:?}",
        app.screen
    );
    press(app, KeyCode::Enter);
}

/// Plays quarters as Oracle: `build` steps of Texas data centers more each quarter (0 keeps
/// the standing orders), then submits and reads the results.
pub fn play_quarters(app: &mut App, quarters: usize, build: usize) {
    for quarter in 0..quarters {
        assert!(matches!(app.screen, Screen::Play(_)), "{:?}", app.screen);
        if build > 0 {
            press(app, KeyCode::Char('2'));
            // A build is a one-off: each quarter starts from nothing, so build one step more
            // than the quarter before (100 MW, 200 MW, 300 MW...).
            for _ in 0..build * (quarter + 1) {
                press(app, KeyCode::Right);
            }
        }
        submit(app);
        assert!(
            matches!(app.screen, Screen::Results { .. }),
            "{:?}",
            app.screen
        );
        press(app, KeyCode::Enter);
    }
}

/// A game played through the interface: `quarters` quarters as Oracle, building a little more
/// in Texas each quarter. Returns the app (still in the game) and the autosave's path.
pub fn played_through_ui(dir: &Path, seed: u64, quarters: usize) -> (App, PathBuf) {
    let mut app = app_in(dir);
    new_game(&mut app, seed);
    play_quarters(&mut app, quarters, 1);
    let store = SaveStore::open(Some(dir)).expect("save folders");
    let latest = store
        .latest_autosave()
        .expect("the autosaves list")
        .expect("an autosave");
    (app, latest.path)
}

/// Baseline bots in every seat for `turns` quarters.
pub fn bot_game(seed: u64, turns: u32) -> Game {
    let s = overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("scenario");
    let mut game = Game::new(s, seed);
    play_out(&mut game, &mut Controllers::bots_except(None), turns);
    game
}

pub fn all_bots() -> [SeatRole; 4] {
    Seat::ALL.map(|_| SeatRole::baseline_bot())
}

/// Writes a save of `game` to `path` with a fixed date.
pub fn write(game: &Game, roles: [SeatRole; 4], path: &Path) -> SaveFile {
    let mut save = SaveFile::from_game(game, &SaveMeta::new(roles));
    save.saved_at = 1_764_434_400;
    save.write(path).expect("save written");
    save
}

/// The saves folder of a data directory (made if needed).
pub fn saves_dir(dir: &Path) -> PathBuf {
    let store = SaveStore::open(Some(dir)).expect("save folders");
    store.saves_dir().to_path_buf()
}
