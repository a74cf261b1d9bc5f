//! The Outlook panel, driven by keys: `o` opens it over the game view and asks for
//! continuations in the background; results arrive as events; a change of orders makes the
//! shown outlook stale until the new one arrives; Esc closes it. Snapshots mask the numbers.

#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::montecarlo::outlook::{self, MonteCarloOutlook};
use overbuild::tui::app::Overlay;
use overbuild::tui::{App, AppEvent};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;
use tui_common::*;

/// A one-human game (Oracle, seed 7) after two quarters, with an Outlook source of `runs`.
fn game_with_outlook(runs: u32) -> (App, Receiver<AppEvent>) {
    let mut app = in_game(&[Seat::Oracle], 7);
    for _ in 0..2 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    let (tx, rx) = channel();
    app.outlook_source = Some(Box::new(MonteCarloOutlook::into_events(runs, tx)));
    (app, rx)
}

/// Feeds the source's events to the app until the outlook for the current orders is complete.
fn wait_for_outlook(app: &mut App, rx: &Receiver<AppEvent>) {
    loop {
        let event = rx
            .recv_timeout(Duration::from_secs(600))
            .expect("the outlook arrives");
        app.handle(event);
        let session = app.session.as_ref().unwrap();
        let current = outlook::basis(&session.game, &session.draft(Seat::Oracle));
        if let Some(o) = &app.outlook
            && o.basis == current
            && o.runs >= o.planned
            && !o.bands.is_empty()
        {
            return;
        }
    }
}

#[test]
fn o_opens_the_outlook_which_fills_in_and_esc_closes_it() {
    let (mut app, rx) = game_with_outlook(16);
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.overlay, Some(Overlay::Outlook));
    let waiting = screen(&mut app, 80, 24);
    assert!(
        waiting.contains("Starting the futures") || waiting.contains("Playing out futures"),
        "{waiting}"
    );
    wait_for_outlook(&mut app, &rx);
    let o = app.outlook.clone().unwrap();
    assert_eq!((o.runs, o.planned, o.bands.len()), (16, 16, 4));
    let frame = screen(&mut app, 120, 40);
    for needle in [
        "Outlook: 2025 Q3 to 2028 Q4",
        "16 futures from here",
        "Blackout before the end",
        "Oracle downgraded",
        "Next election lost (2026 Q4)",
        "Your objective met",
        "Index (points)",
        "Household bill ($/month)",
        "Reserve margin, tightest region (%)",
        "Approval (%)",
    ] {
        assert!(frame.contains(needle), "{needle}:\n{frame}");
    }
    insta::assert_snapshot!("outlook_80x24", stable(&screen(&mut app, 80, 24)));
    insta::assert_snapshot!("outlook_160x48", stable(&screen(&mut app, 160, 48)));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    // Closed, the game view is back and answers its keys.
    press(&mut app, KeyCode::Char('2'));
    assert!(screen(&mut app, 80, 24).contains("[2 Orders]"));
}

#[test]
fn new_orders_make_the_outlook_stale_until_the_new_one_arrives() {
    let (mut app, rx) = game_with_outlook(8);
    press(&mut app, KeyCode::Char('o'));
    wait_for_outlook(&mut app, &rx);
    let first = app.outlook.clone().unwrap();
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.overlay, None);
    // Change an order on the form (Oracle's first field), then look again.
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('o'));
    let stale = screen(&mut app, 80, 24);
    assert!(
        !stale.contains("8 futures from here"),
        "the old outlook is not shown for new orders:\n{stale}"
    );
    wait_for_outlook(&mut app, &rx);
    let second = app.outlook.clone().unwrap();
    assert_ne!(second.basis, first.basis);
    assert!(screen(&mut app, 80, 24).contains("8 futures from here"));
    // The quarter resolves (which drops any work for it); the next look is from 2025 Q4.
    press(&mut app, KeyCode::Esc);
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('o'));
    assert!(!screen(&mut app, 80, 24).contains("8 futures from here"));
    wait_for_outlook(&mut app, &rx);
    let third = screen(&mut app, 80, 24);
    assert!(third.contains("Outlook: 2025 Q4 to 2028 Q4"), "{third}");
    assert!(third.contains("8 futures from here"), "{third}");
}

#[test]
fn without_a_source_the_panel_says_so_and_q_still_quits() {
    let mut app = in_game(&[Seat::Utility], 3);
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.overlay, Some(Overlay::Outlook));
    assert!(screen(&mut app, 80, 24).contains("The Outlook is not available here."));
    press(&mut app, KeyCode::Char('q'));
    // Quitting mid-game asks first.
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
}

#[test]
fn the_help_lists_the_outlook_key() {
    let mut app = in_game(&[Seat::Utility], 3);
    press(&mut app, KeyCode::Char('?'));
    let help = screen(&mut app, 160, 48);
    assert!(help.contains("Outlook: odds and fan charts"), "{help}");
}
