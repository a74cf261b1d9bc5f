//! The "why" popup on the dashboard: `w` opens last quarter's causes of the seat's score, the
//! arrows move to other figures, Esc closes; before the first quarter it says there is nothing
//! to explain.

#[path = "common/mod.rs"]
mod common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::tui::app::Overlay;
use overbuild::tui::{App, Screen};
use tui_common::*;

fn why_index(app: &App) -> usize {
    match &app.overlay {
        Some(Overlay::Why(w)) => w.index,
        other => panic!("the why popup is not open: {other:?}"),
    }
}

/// Oracle's game after one quarter, with the why popup open on the dashboard.
fn why_after_a_quarter() -> App {
    let mut app = in_game(&[Seat::Oracle], 9);
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('w'));
    app
}

#[test]
fn w_explains_the_seats_score_and_the_arrows_walk_the_figures() {
    let mut app = in_game(&[Seat::Oracle], 9);
    press(&mut app, KeyCode::Char('w'));
    let frame = screen(&mut app, 100, 30);
    assert!(frame.contains("nothing to explain"), "{frame}");
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());

    submit(&mut app);
    assert!(matches!(app.screen, Screen::Results { .. }));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Play(_)));
    assert!(
        screen(&mut app, 160, 40).contains("w why it changed"),
        "the footer names the key"
    );
    press(&mut app, KeyCode::Char('w'));
    let expected = overbuild::explain::last_quarter(&app.session.as_ref().unwrap().game).unwrap();
    let expected_params = app.session.as_ref().unwrap().game.world.params.clone();
    let score = expected.figure("score.oracle").unwrap();
    assert_eq!(expected.figures[why_index(&app)].key, "score.oracle");
    let frame = screen(&mut app, 100, 30);
    assert!(frame.contains("Why: Oracle score"), "{frame}");
    assert!(frame.contains("The quarter's events"), "{frame}");
    assert!(frame.contains("Drift"), "{frame}");
    assert!(
        frame.contains(&format!("→ {:.1} points", score.after)),
        "{frame}"
    );
    let mechanism = app.texts.figure_mechanism(score.kind);
    assert!(frame.contains(mechanism.split(' ').next().unwrap()));

    press(&mut app, KeyCode::Down);
    let next = &expected.figures[why_index(&app)];
    assert_ne!(next.key, "score.oracle");
    assert!(screen(&mut app, 100, 30).contains(&format!(
        "Why: {}",
        app.texts.figure(&next.key, &next.label, &expected_params)
    )));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    let at = expected
        .figures
        .iter()
        .position(|f| f.key == "score.oracle")
        .unwrap();
    assert_eq!(why_index(&app) + 1, at, "one above the score");
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(matches!(app.screen, Screen::Play(_)));
}

#[test]
fn the_popup_fits_the_smallest_screen() {
    let mut app = why_after_a_quarter();
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Why: Oracle score"), "{frame}");
    assert!(frame.contains("closes"), "{frame}");
}

#[test]
fn question_mark_on_a_figure_shows_its_glossary_entry() {
    let mut app = in_game(&[Seat::Utility], 9);
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('w'));
    let before = screen(&mut app, 120, 40);
    assert!(!before.contains("points out of 100"), "{before}");
    press(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay, Some(Overlay::Why(ref w)) if w.glossary));
    let after = screen(&mut app, 120, 40);
    assert!(after.contains("Score (points out of 100)"), "{after}");
    // The utility's own reason comes with it.
    assert!(
        after.contains("Reliability, affordable rates, solvency."),
        "{after}"
    );
    press(&mut app, KeyCode::Char('?'));
    assert!(!screen(&mut app, 120, 40).contains("points out of 100"));
}

#[test]
fn i_opens_the_glossary_from_anywhere_and_the_arrows_walk_it() {
    for mut app in [App::headless(), in_game(&[Seat::Oracle], 9)] {
        press(&mut app, KeyCode::Char('i'));
        assert!(matches!(app.overlay, Some(Overlay::Glossary { index: 0 })));
        let frame = screen(&mut app, 120, 40);
        assert!(
            frame.contains("Glossary: what each figure means"),
            "{frame}"
        );
        assert!(frame.contains("points, 100 at the start"), "{frame}");
        press(&mut app, KeyCode::Down);
        let frame = screen(&mut app, 120, 40);
        assert!(frame.contains("▶ Bubble gauge"), "{frame}");
        assert!(frame.contains("Dot-com peaks"), "{frame}");
        press(&mut app, KeyCode::Esc);
        assert!(app.overlay.is_none());
    }
    // Every entry draws at the smallest size without a panic, and the list follows.
    let mut app = App::headless();
    press(&mut app, KeyCode::Char('i'));
    for _ in 0..overbuild::glossary::TERMS.len() {
        let frame = screen(&mut app, 80, 24);
        assert!(frame.contains('▶'), "{frame}");
        press(&mut app, KeyCode::Down);
    }
}

#[test]
fn the_results_name_each_scores_largest_causes() {
    let mut app = in_game(&[Seat::Oracle], 9);
    submit(&mut app);
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("Why the scores moved"), "{frame}");
    let attribution = app
        .session
        .as_ref()
        .and_then(|s| s.last_attribution())
        .expect("a quarter to explain");
    let oracle = attribution.figure("score.oracle").expect("Oracle's score");
    // The line opens with the change the engine split, signed, to one decimal.
    let sign = if oracle.change() < 0.0 { "▼" } else { "▲" };
    let opening = format!("Oracle {sign} {:.1}:", oracle.change().abs());
    assert!(frame.contains(&opening), "{opening} not in\n{frame}");
}

#[test]
fn w_on_the_results_opens_the_causes_of_the_human_seats_score() {
    let mut app = in_game(&[Seat::Utility], 9);
    submit(&mut app);
    assert!(matches!(app.screen, Screen::Results { .. }));
    assert!(screen(&mut app, 120, 40).contains("press w for more"));
    press(&mut app, KeyCode::Char('w'));
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("Why: Utility score"), "{frame}");
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(matches!(app.screen, Screen::Results { .. }));
}

fn why_key(app: &App) -> String {
    match &app.overlay {
        Some(Overlay::Why(w)) => w.attribution.as_ref().expect("a played quarter").figures[w.index]
            .key
            .clone(),
        other => panic!("the why popup is not open: {other:?}"),
    }
}

#[test]
fn w_on_a_chart_or_the_books_explains_the_figure_shown() {
    let mut app = in_game(&[Seat::Oracle], 9);
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    // Oracle's charts open on its share price, then its spread.
    press(&mut app, KeyCode::Char('3'));
    assert!(
        screen(&mut app, 160, 40).contains("w why it changed"),
        "the footer names the key"
    );
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(why_key(&app), "share.oracle");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(why_key(&app), "spread.oracle");
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("Why: Oracle credit spread"), "{frame}");
    press(&mut app, KeyCode::Esc);
    // Down to the stock index, the fourth of Oracle's charts.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(why_key(&app), "index");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(why_key(&app), "share.oracle");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(
        why_key(&app),
        "score.oracle",
        "the dashboard keeps the score"
    );

    let mut app = in_game(&[Seat::Utility], 9);
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(
        why_key(&app),
        "bill.texas",
        "the utility's charts start with bills"
    );
}

#[test]
fn every_figure_is_named_in_both_languages() {
    let mut app = in_game(&[Seat::Oracle], 9);
    submit(&mut app);
    let session = app.session.as_ref().unwrap();
    let attribution = session.last_attribution().expect("a played quarter");
    let params = &session.game.world.params;
    let en = overbuild::i18n::Texts::new(overbuild::i18n::Lang::En);
    let zh = overbuild::i18n::Texts::new(overbuild::i18n::Lang::ZhHant);
    assert!(attribution.figures.len() > 40);
    for f in &attribution.figures {
        let english = en.figure(&f.key, "", params);
        let chinese = zh.figure(&f.key, "", params);
        assert!(!english.is_empty() && !chinese.is_empty(), "{}", f.key);
        assert_ne!(english, chinese, "{} is not translated", f.key);
        assert!(
            chinese
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}: {chinese}",
            f.key
        );
        for t in [&en, &zh] {
            let kind = serde_json::to_value(f.kind).unwrap();
            assert!(t.has(&format!("figure-mechanism-{}", kind.as_str().unwrap())));
        }
    }
    // The popup speaks the player's language.
    let mut app = app;
    app.texts = zh;
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('w'));
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("甲骨文分數"), "{frame}");
    assert!(frame.contains("分數由席位目標"), "{frame}");
}

#[test]
fn a_reserve_margins_drift_lists_what_it_is_made_of() {
    let mut app = in_game(&[Seat::Utility], 9);
    for _ in 0..2 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('w'));
    let expected = overbuild::explain::last_quarter(&app.session.as_ref().unwrap().game).unwrap();
    let target = expected
        .figures
        .iter()
        .position(|f| f.key == "reserve.texas")
        .unwrap();
    while why_index(&app) < target {
        press(&mut app, KeyCode::Down);
    }
    while why_index(&app) > target {
        press(&mut app, KeyCode::Up);
    }
    let frame = screen(&mut app, 120, 40);
    // Each of the four is listed when it moved; one that did not has nothing to say.
    let parts = &expected.figures[target].drift_parts;
    assert_eq!(parts.len(), 4);
    let names = [
        "power plants",
        "demand response",
        "household load",
        "data-center load",
    ];
    for (mechanism, part) in names.iter().zip(parts) {
        assert_eq!(
            frame.contains(mechanism),
            part.part != 0.0,
            "{mechanism} ({}):\n{frame}",
            part.part
        );
    }
    assert!(
        parts.iter().filter(|p| p.part != 0.0).count() >= 2,
        "{parts:?}"
    );
}

#[test]
fn drift_says_what_it_holds_when_it_is_the_largest_cause() {
    let mut app = why_after_a_quarter();
    let expected = overbuild::explain::last_quarter(&app.session.as_ref().unwrap().game).unwrap();
    let (mut shown, mut hidden) = (0, 0);
    for _ in 0..expected.figures.len() {
        let f = &expected.figures[why_index(&app)];
        let largest_cause = f
            .causes_by_size()
            .iter()
            .map(|(_, v)| v.abs())
            .fold(0.0, f64::max);
        let drift_leads = f.drift != 0.0 && f.drift.abs() >= largest_cause;
        let frame = screen(&mut app, 160, 48);
        let noted = frame.contains("Drift is what this quarter");
        assert_eq!(noted, drift_leads, "{}: {frame}", f.key);
        if noted {
            shown += 1;
        } else {
            hidden += 1;
        }
        press(&mut app, KeyCode::Down);
    }
    assert!(shown > 0 && hidden > 0, "shown {shown}, hidden {hidden}");
}

/// Every figure's popup at the narrowest terminal the game supports and at the common 120
/// columns: a cause's bar stays on its own row, however long the score parts' names are.
#[test]
fn every_bar_stays_on_the_row_of_its_cause() {
    let mut app = in_game(&[Seat::WhiteHouse], 11);
    for _ in 0..2 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('w'));
    let count = overbuild::explain::last_quarter(&app.session.as_ref().unwrap().game)
        .unwrap()
        .figures
        .len();
    for _ in 0..count {
        for (w, h) in [(80, 24), (120, 40)] {
            let frame = screen(&mut app, w, h);
            let wrapped = frame.lines().find(|line| {
                let inside = line.trim_matches(|c: char| c != '┃').trim_matches('┃');
                inside.trim_start().starts_with('█')
            });
            assert!(wrapped.is_none(), "a bar wrapped at {w}x{h}:\n{frame}");
        }
        press(&mut app, KeyCode::Down);
    }
}
