//! Bots thinking off the interface's thread: the progress line while an expert plans, keys
//! live meanwhile, and the same quarter as when the bots decide on the interface's thread.

#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::game::SeatRole;
use overbuild::tui::app::Overlay;
use overbuild::tui::{App, AppEvent, Screen, Session};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;
use tui_common::*;

/// A small budget: the test checks the hand-off, not the planner's strength.
const THINK: u32 = 24;

fn roles() -> [SeatRole; 4] {
    Seat::ALL.map(|s| match s {
        Seat::Oracle => SeatRole::Human,
        Seat::OpenAi => SeatRole::Bot {
            personality: "cautious".into(),
            level: "expert".into(),
        },
        _ => SeatRole::baseline_bot(),
    })
}

/// Oracle held by a person, OpenAI by an expert; `worker` makes the loop's channel the
/// bots' reporting line.
fn app(seed: u64, worker: bool) -> (App, Receiver<AppEvent>) {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    let mut app = App::headless();
    app.think = Some(THINK);
    let (tx, rx) = channel();
    if worker {
        app.thinker = Some(tx);
    }
    app.start_session(Session::new(scenario, seed, roles()));
    press(&mut app, KeyCode::Enter);
    (app, rx)
}

/// Feeds the worker's news to the app until the quarter's results show.
fn until_results(app: &mut App, rx: &Receiver<AppEvent>) -> Vec<(Seat, u32)> {
    let mut heard = Vec::new();
    while matches!(app.screen, Screen::Thinking) {
        let event = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("the worker reports");
        if let AppEvent::Thinking { seat, done, .. } = &event {
            heard.push((*seat, *done));
        }
        app.handle(event);
    }
    heard
}

#[test]
fn an_expert_thinks_on_a_worker_and_the_quarter_is_the_one_it_would_be_on_the_ui_thread() {
    let (mut on_worker, rx) = app(11, true);
    let (mut on_ui, _) = app(11, false);
    for quarter in 0..2 {
        submit(&mut on_worker);
        assert!(
            matches!(on_worker.screen, Screen::Thinking),
            "quarter {quarter}: {:?}",
            on_worker.screen
        );
        // Keys stay live while the expert thinks: the help opens and closes.
        press(&mut on_worker, KeyCode::Char('?'));
        assert!(matches!(on_worker.overlay, Some(Overlay::Help { .. })));
        press(&mut on_worker, KeyCode::Esc);
        let heard = until_results(&mut on_worker, &rx);
        assert!(
            heard.iter().any(|(s, d)| *s == Seat::OpenAi && *d > 0),
            "progress heard: {heard:?}"
        );
        assert!(
            heard
                .windows(2)
                .all(|w| w[0].1 <= w[1].1 || w[0].0 != w[1].0)
        );
        assert!(matches!(on_worker.screen, Screen::Results { .. }));
        submit(&mut on_ui);
        assert!(matches!(on_ui.screen, Screen::Results { .. }));
        let hash = |a: &App| {
            a.session
                .as_ref()
                .unwrap()
                .last_turn()
                .unwrap()
                .hash
                .clone()
        };
        assert_eq!(hash(&on_worker), hash(&on_ui), "quarter {quarter}");
        press(&mut on_worker, KeyCode::Enter);
        press(&mut on_ui, KeyCode::Enter);
    }
    // Both kept the expert's reasons for the save.
    let reasons = |a: &App| a.session.as_ref().unwrap().meta().reasons;
    assert_eq!(reasons(&on_worker), reasons(&on_ui));
    assert!(
        reasons(&on_worker)
            .iter()
            .any(|r| r.seat == Seat::OpenAi && r.reason.plans.is_some())
    );
}

#[test]
fn quitting_while_the_bots_think_works_at_once_and_their_late_answer_is_dropped() {
    let (mut app, rx) = app(12, true);
    submit(&mut app);
    assert!(matches!(app.screen, Screen::Thinking));
    // q asks (a game is in progress), y goes to the title screen without waiting.
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('y'));
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(app.session.is_none());
    // The worker's answer arrives later and changes nothing.
    loop {
        let event = rx.recv_timeout(Duration::from_secs(120)).expect("news");
        let done = matches!(event, AppEvent::Decided { .. });
        app.handle(event);
        if done {
            break;
        }
    }
    assert!(matches!(app.screen, Screen::Title { .. }));
    // Ctrl-C while thinking quits at once.
    let (mut app, _rx) = self::app(13, true);
    submit(&mut app);
    ctrl(&mut app, 'c');
    assert!(app.quit);
}

#[test]
fn the_progress_line_names_the_seat_its_level_and_the_plans_weighed() {
    let (mut app, _rx) = app(14, true);
    submit(&mut app);
    // Progress as the worker would report it (the worker itself may have run ahead).
    let generation = app.thinking.as_ref().unwrap().generation;
    app.handle(AppEvent::Thinking {
        generation,
        seat: Seat::OpenAi,
        done: 8,
    });
    let frame = screen(&mut app, 80, 24);
    assert!(
        frame.contains(&format!("OpenAI (expert) is thinking… 8/{THINK} plans")),
        "{frame}"
    );
    insta::assert_snapshot!("thinking_80x24", frame);
}

#[test]
fn the_new_game_form_offers_an_expert_with_its_budget() {
    let mut app = App::headless();
    app.think = Some(THINK);
    press(&mut app, KeyCode::Enter); // New game
    for _ in 0..6 {
        press(&mut app, KeyCode::Up);
    }
    // OpenAI's row, from baseline · normal: hard, then the expert.
    let openai = |app: &App| match &app.screen {
        Screen::NewGame(form, _) => form.bots[0].clone(),
        other => panic!("{other:?}"),
    };
    press(&mut app, KeyCode::Right);
    assert_eq!(openai(&app).level, overbuild::bots::Level::Hard);
    press(&mut app, KeyCode::Right);
    assert_eq!(openai(&app).level, overbuild::bots::Level::Expert(THINK));
    let frame = screen(&mut app, 80, 24);
    assert!(
        frame.contains(&format!("expert ({THINK} plans)")),
        "{frame}"
    );
    // The role a save records is the level's name; the budget comes from --think.
    assert_eq!(
        openai(&app).role(),
        SeatRole::Bot {
            personality: "baseline".into(),
            level: "expert".into()
        }
    );
}
