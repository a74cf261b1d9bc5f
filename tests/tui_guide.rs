//! The guided first game, played through `App::handle` as a newcomer would: offered on the
//! title screen, each step waiting for the action it asks for, skippable, and gone after three
//! quarters or when the player leaves.

#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::tui::app::{MenuItem, Overlay, Tab};
use overbuild::tui::guide::{self, STEPS};
use overbuild::tui::{App, Screen};
use tui_common::*;

fn start_guide() -> App {
    let mut app = App::headless();
    let at = MenuItem::ALL
        .iter()
        .position(|m| *m == MenuItem::Guide)
        .expect("the title offers the guided game");
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    let title = screen(&mut app, 80, 24);
    assert!(title.contains("Guided first game"), "{title}");
    assert!(title.contains("About ten minutes"), "{title}");
    press(&mut app, KeyCode::Enter);
    app
}

fn step(app: &App) -> Option<&'static str> {
    app.guide.map(|g| g.current().text)
}

fn turns(app: &App) -> usize {
    app.session.as_ref().map_or(0, |s| s.turns().len())
}

/// Presses a key and checks the guide did not move on (the key is not what the step asks).
fn press_stays(app: &mut App, code: KeyCode) {
    let before = step(app);
    press(app, code);
    assert_eq!(step(app), before, "{code:?} moved the guide on");
}

#[test]
fn the_guide_walks_a_newcomer_through_three_quarters_of_oracle() {
    let mut app = start_guide();
    let session = app.session.as_ref().expect("a guided game");
    assert_eq!(session.humans, vec![guide::SEAT]);
    assert_eq!(session.game.seed, guide::SEED);
    assert!(matches!(app.screen, Screen::Briefing { .. }));
    assert_eq!(step(&app), Some("guide-briefing"));
    let frame = screen(&mut app, 120, 40);
    assert!(
        frame.contains("Guided first game · step 1 of 11"),
        "{frame}"
    );
    assert!(frame.contains("n skip this step"), "{frame}");

    press(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), Some("guide-dashboard"));
    // Looking around does not count as opening the orders.
    press_stays(&mut app, KeyCode::Char('3'));
    press_stays(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(step(&app), Some("guide-decide"));
    press_stays(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    assert_eq!(step(&app), Some("guide-decide"));
    press(&mut app, KeyCode::Right);
    assert_eq!(step(&app), Some("guide-preview"));
    assert_eq!(app.draft_changes(Seat::Oracle), 1);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(
        step(&app),
        Some("guide-preview"),
        "asking is not submitting"
    );
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(turns(&app), 1);
    assert!(matches!(app.screen, Screen::Results { .. }));
    assert_eq!(step(&app), Some("guide-results"));
    press_stays(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('w'));
    assert!(matches!(app.overlay, Some(Overlay::Why(_))));
    assert_eq!(step(&app), Some("guide-why"));
    // The popup keeps clear of the guide: both read at the smallest size.
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Why: Oracle score"), "{frame}");
    assert!(frame.contains("step 6 of 11"), "{frame}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), Some("guide-why"));
    press(&mut app, KeyCode::Enter);

    assert_eq!(step(&app), Some("guide-news"));
    press(&mut app, KeyCode::Char('5'));
    assert!(matches!(&app.screen, Screen::Play(p) if p.tab == Tab::News));
    assert_eq!(step(&app), Some("guide-submit"));
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(turns(&app), 2);
    assert_eq!(step(&app), Some("guide-charts"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(step(&app), Some("guide-last-quarter"));
    // Two quarters played: the charts have lines to draw.
    let frame = screen(&mut app, 120, 40);
    assert!(!frame.contains("Charts fill in"), "{frame}");
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(turns(&app), 3);
    assert_eq!(step(&app), Some("guide-done"));
    press(&mut app, KeyCode::Enter);
    assert!(
        app.guide.is_none(),
        "the guide ends with the fourth quarter"
    );
    assert!(matches!(app.screen, Screen::Play(_)));
    let frame = screen(&mut app, 120, 40);
    assert!(!frame.contains("Guided first game"), "{frame}");
    assert!(!frame.contains("skip this step"), "{frame}");
}

#[test]
fn every_step_can_be_skipped_and_the_guide_ended() {
    let mut app = start_guide();
    for (i, s) in STEPS.iter().enumerate() {
        assert_eq!(step(&app), Some(s.text), "step {i}");
        assert_eq!(app.guide.map(|g| g.step), Some(i));
        press(&mut app, KeyCode::Char('n'));
    }
    assert!(app.guide.is_none());
    // Skipping changes nothing in the game itself.
    assert!(matches!(app.screen, Screen::Briefing { .. }));
    assert_eq!(turns(&app), 0);

    let mut app = start_guide();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('x'));
    assert!(app.guide.is_none());
    assert!(matches!(app.screen, Screen::Play(_)), "the game goes on");
}

#[test]
fn leaving_the_game_leaves_the_guide() {
    let mut app = start_guide();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('y'));
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(app.guide.is_none());
    // A new game from the title has no guide.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Briefing { .. }));
    assert!(app.guide.is_none());
}

#[test]
fn the_guide_names_the_keys_the_player_has_bound() {
    let mut app = start_guide();
    press(&mut app, KeyCode::Enter);
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("press 2 for your orders"), "{frame}");
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("tab_2".to_string(), vec!["F5".to_string()]);
    app.keys = overbuild::tui::keys::KeyBindings::with_overrides(&keys).unwrap();
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("press F5 for your orders"), "{frame}");
}

#[test]
fn the_guide_reads_in_chinese_too() {
    let mut app = start_guide();
    app.texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::ZhHant);
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("新手導覽"), "{frame}");
    assert!(frame.contains("跳過這一步"), "{frame}");
}

/// The words inside the guide's panel, as drawn.
fn panel_words(frame: &str) -> Vec<String> {
    frame
        .lines()
        .skip_while(|l| !l.contains("╔"))
        .skip(1)
        .take_while(|l| !l.contains("╚"))
        .flat_map(|l| {
            l.trim_matches(|c: char| c == '║' || c.is_whitespace())
                .split_whitespace()
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn no_step_is_cut_at_the_smallest_size_in_either_language() {
    for lang in [overbuild::i18n::Lang::En, overbuild::i18n::Lang::ZhHant] {
        let mut app = start_guide();
        app.texts = overbuild::i18n::Texts::new(lang);
        for i in 0..STEPS.len() {
            let small = panel_words(&screen(&mut app, 80, 24));
            let large = panel_words(&screen(&mut app, 200, 60));
            assert!(!small.is_empty(), "{lang:?} step {i}: no panel");
            assert_eq!(
                small.concat(),
                large.concat(),
                "{lang:?} step {i}: cut at 80x24"
            );
            press(&mut app, KeyCode::Char('n'));
        }
    }
}
