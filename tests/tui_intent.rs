//! The order form's intent dialog, driven by keys through `update`: a one-line intent and an
//! expected figure reach the session, the save and, after a reload, the save again.

#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::save::{Compare, SaveFile};
use overbuild::tui::App;
use overbuild::tui::app::Overlay;
use tui_common::*;

fn dialog(app: &App) -> &overbuild::tui::intent::IntentState {
    match &app.overlay {
        Some(Overlay::Intent(d)) => d,
        other => panic!("no intent dialog: {other:?}"),
    }
}

/// Right until the dialog's figure is `key`.
fn choose_figure(app: &mut App, key: &str) {
    for _ in 0..200 {
        let d = dialog(app);
        if d.figure
            .and_then(|i| d.choices.get(i))
            .map(|c| c.key.as_str())
            == Some(key)
        {
            return;
        }
        press(app, KeyCode::Right);
    }
    panic!("{key} is not among the figures");
}

/// The utility writes "keep Texas bills under $170" expecting the Texas bill at most 170.
fn write_intent(app: &mut App) {
    press(app, KeyCode::Char('2'));
    press(app, KeyCode::Char('e'));
    chars(app, "keep Texas bills under $170");
    press(app, KeyCode::Down);
    choose_figure(app, "bill.texas");
    press(app, KeyCode::Down);
    assert_eq!(dialog(app).compare, Compare::AtMost);
    press(app, KeyCode::Down);
    for _ in 0..20 {
        press(app, KeyCode::Backspace);
    }
    chars(app, "170");
}

#[test]
fn an_intent_typed_in_the_form_reaches_the_save() {
    let mut app = in_game(&[Seat::Utility], 7);
    write_intent(&mut app);
    // Letters typed into the intent line are text, not keys: "s" did not submit.
    assert!(
        app.session
            .as_ref()
            .unwrap()
            .intent(Seat::Utility)
            .is_none()
    );
    insta::assert_snapshot!("intent_dialog_80x24", stable(&screen(&mut app, 80, 24)));
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let session = app.session.as_ref().unwrap();
    let intent = session.intent(Seat::Utility).expect("kept").clone();
    assert_eq!(intent.text, "keep Texas bills under $170");
    let expect = intent.expect.clone().expect("a figure");
    assert_eq!(
        (expect.figure.as_str(), expect.value),
        ("bill.texas", 170.0)
    );
    let frame = screen(&mut app, 160, 48);
    assert!(frame.contains("Your intent: keep Texas bills"), "{frame}");

    submit(&mut app);
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.game.turns.len(), 1);
    assert!(session.intent(Seat::Utility).is_none(), "drafts reset");
    let meta = session.meta();
    assert_eq!(meta.intents.len(), 1);
    assert_eq!(meta.intents[0].turn, 0);
    assert_eq!(meta.intents[0].intent, intent);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("intent.json.gz");
    SaveFile::from_game(&session.game, &meta)
        .write(&path)
        .unwrap();
    let (_, loaded) = overbuild::save::load_game(&path).unwrap();
    assert_eq!(loaded.intents, meta.intents);
    let replay = overbuild::save::Replay::load(&path).unwrap();
    assert!(replay.is_exact(), "intents change no state hash");

    // The debrief sets the intent beside the bill it expected and the causes of its change.
    let md = overbuild::report::render(
        &replay,
        overbuild::report::Format::Md,
        overbuild::i18n::Lang::En,
    );
    let section = md
        .split("## Intents beside outcomes")
        .nth(1)
        .expect("section");
    let row = section
        .lines()
        .find(|l| l.contains("keep Texas bills"))
        .expect("the intent's row");
    assert!(
        row.contains("expects Texas household bill at most 170.0 $/month"),
        "{row}"
    );
    assert!(
        row.contains("Texas household bill") && row.contains("expected"),
        "{row}"
    );
    assert!(
        row.contains("drift"),
        "the causes name drift among them: {row}"
    );

    // So does the replay viewer, on the quarter's orders.
    let mut viewer = App::headless();
    viewer.open_replay(replay, path.clone());
    press(&mut viewer, KeyCode::Right);
    let frame = screen(&mut viewer, 160, 48);
    assert!(
        frame.contains("Intent: keep Texas bills under $170"),
        "{frame}"
    );
    assert!(frame.contains("→ Texas household bill"), "{frame}");
    assert!(frame.contains("why: "), "{frame}");
}

#[test]
fn escape_keeps_nothing_and_a_bad_value_is_refused_in_words() {
    let mut app = in_game(&[Seat::Utility], 7);
    write_intent(&mut app);
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(
        app.session
            .as_ref()
            .unwrap()
            .intent(Seat::Utility)
            .is_none()
    );

    write_intent(&mut app);
    chars(&mut app, "x-");
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Char('-'));
    press(&mut app, KeyCode::Enter);
    let error = dialog(&app).error.clone().expect("refused");
    assert!(
        error.contains("170-") && error.contains("not a number"),
        "{error}"
    );
    assert!(
        app.session
            .as_ref()
            .unwrap()
            .intent(Seat::Utility)
            .is_none()
    );
}

#[test]
fn reopening_the_dialog_shows_what_was_kept() {
    let mut app = in_game(&[Seat::Utility], 7);
    write_intent(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('e'));
    let d = dialog(&app);
    assert_eq!(d.text, "keep Texas bills under $170");
    assert_eq!(d.value, "170.0");
    let chosen = d
        .figure
        .and_then(|i| d.choices.get(i))
        .map(|c| c.key.clone());
    assert_eq!(chosen.as_deref(), Some("bill.texas"));
}
