//! The interface driven by key presses through `App::handle`, as a player would: whole games
//! against bots, hot-seat hand-overs, refusals, quitting, the mouse, settings and remote seats.

#[path = "common/mod.rs"]
mod common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::engine::orders::Value;
use overbuild::tui::app::{Overlay, Tab};
use overbuild::tui::{Action, App, Screen};
use tui_common::*;

#[test]
fn a_whole_game_from_the_title_screen_against_three_bots() {
    let mut app = App::headless();
    assert!(matches!(app.screen, Screen::Title { .. }));
    press(&mut app, KeyCode::Enter); // New game
    assert!(matches!(app.screen, Screen::NewGame(_, _)));
    press(&mut app, KeyCode::Enter); // Start (selected by default)
    assert!(matches!(app.screen, Screen::Briefing { .. }));
    press(&mut app, KeyCode::Enter);
    let mut quarters = 0;
    loop {
        match &app.screen {
            Screen::Play(p) => {
                assert_eq!(p.seat, Seat::Oracle);
                // Build a little in Texas each quarter: orders tab, first field, one step up.
                press(&mut app, KeyCode::Char('2'));
                press(&mut app, KeyCode::Right);
                submit(&mut app);
            }
            Screen::Results { .. } => {
                quarters += 1;
                // Every screen draws at the smallest size along the way.
                let frame = screen(&mut app, 80, 24);
                assert!(frame.contains("what happened"), "{frame}");
                // The last quarter's verdicts are final: met or missed, never "not yet".
                let wide = screen(&mut app, 160, 48);
                assert_eq!(wide.contains("not yet"), quarters < 16, "{wide}");
                press(&mut app, KeyCode::Enter);
            }
            Screen::GameOver { .. } => break,
            other => panic!("unexpected screen {other:?}"),
        }
        assert!(quarters <= 16, "the game should end after 16 quarters");
    }
    assert_eq!(quarters, 16);
    let session = app.session.as_ref().expect("a session");
    assert_eq!(session.turns().len(), 16);
    // Until Oracle defaults (then its builds are refused), every quarter's build went through.
    let in_default = |t: &overbuild::game::Turn| {
        t.report
            .company(overbuild::engine::CompanyId::Oracle)
            .is_some_and(|c| c.insolvent)
    };
    let turns = session.turns();
    let solvent = turns
        .iter()
        .position(in_default)
        .map_or(turns.len(), |t| t + 1);
    assert!(
        solvent >= 8,
        "Oracle defaulted early, after {solvent} quarters"
    );
    assert!(
        turns[..solvent]
            .iter()
            .all(|t| t.orders.oracle.build_mw.first() > Some(&0.0)),
        "the player's orders reached the engine"
    );
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Game over"), "{frame}");
    assert!(frame.contains("Public welfare"), "{frame}");
    // Game over: q leaves without asking; Enter goes back to the title.
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(app.session.is_none());
}

#[test]
fn hot_seat_hands_over_and_hides_the_previous_teams_orders() {
    let mut app = in_game(&[Seat::Oracle, Seat::Utility], 11);
    assert_eq!(app.screen, Screen::HandOver { seat: Seat::Oracle });
    let frame = screen(&mut app, 80, 24);
    assert!(
        frame.contains("Pass to the Oracle team, then press Enter"),
        "{frame}"
    );
    press(&mut app, KeyCode::Enter);
    // Oracle types 17 into bonds issued.
    press(&mut app, KeyCode::Char('2'));
    for _ in 0..6 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "17");
    press(&mut app, KeyCode::Enter);
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(draft.get("bond_bn", 0), Some(Value::Number(17.0)));
    submit(&mut app);
    assert_eq!(
        app.screen,
        Screen::HandOver {
            seat: Seat::Utility
        }
    );
    let frame = screen(&mut app, 160, 48);
    assert!(frame.contains("Pass to the Utility team"), "{frame}");
    assert!(!frame.contains("Bonds issued"), "{frame}");
    assert!(
        !frame.contains("17"),
        "the hand-over shows nothing of Oracle's orders:\n{frame}"
    );
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    let frame = screen(&mut app, 160, 48);
    assert!(frame.contains("Orders of Utility"), "{frame}");
    assert!(!frame.contains("Bonds issued"), "{frame}");
    submit(&mut app);
    // Both submitted: the quarter resolved with both teams' orders.
    assert!(matches!(app.screen, Screen::Results { .. }));
    let turn = app.session.as_ref().unwrap().last_turn().unwrap();
    assert_eq!(turn.orders.oracle.bond_bn, 17.0);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::HandOver { seat: Seat::Oracle });
}

#[test]
fn out_of_range_values_are_refused_inline_with_the_range() {
    let mut app = in_game(&[Seat::Oracle], 3);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "9000");
    press(&mut app, KeyCode::Enter);
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(draft.get("build_mw", 0), Some(Value::Number(0.0)));
    let frame = screen(&mut app, 80, 24);
    assert!(
        frame.contains("9,000 is not allowed: 0–5,000 MW"),
        "{frame}"
    );
    // A valid value clears the refusal.
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "1500");
    press(&mut app, KeyCode::Enter);
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(draft.get("build_mw", 0), Some(Value::Number(1500.0)));
    assert!(!screen(&mut app, 80, 24).contains("not allowed"));
    // r puts back last quarter's value.
    press(&mut app, KeyCode::Char('r'));
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(draft.get("build_mw", 0), Some(Value::Number(0.0)));
}

#[test]
fn a_company_in_default_cannot_edit_what_it_cannot_do_and_is_told_why() {
    let mut app = in_game_of(common::oracle_defaults_scenario(), &[Seat::Oracle], 7);
    for _ in 0..4 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    let session = app.session.as_ref().unwrap();
    assert!(
        session.in_default(Seat::Oracle).is_some(),
        "Oracle defaulted"
    );
    // The standing dividend is dropped from the draft: the company cannot pay it.
    let draft = session.draft(Seat::Oracle);
    assert_eq!(draft.get("dividend_bn", 0), Some(Value::Number(0.0)));
    press(&mut app, KeyCode::Char('2'));
    // Right and Enter on a blocked field change nothing and say why.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(draft.get("build_mw", 0), Some(Value::Number(0.0)));
    let Screen::Play(p) = &app.screen else {
        panic!("still playing");
    };
    assert!(p.form.entry.is_none(), "no entry opens on a blocked field");
    let refusal = p.form.refusal.clone().unwrap_or_default();
    assert!(
        refusal.starts_with("Oracle is in default since 20")
            && refusal.contains(": it cannot build, borrow, sell shares or pay dividends"),
        "{refusal}"
    );
    // What a defaulted company may still set, it sets: ride-through share is row 10.
    for _ in 0..9 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Right);
    let draft = app.session.as_ref().unwrap().draft(Seat::Oracle);
    assert_eq!(
        draft.get("ride_through_share", 0),
        Some(Value::Number(0.05))
    );
    // The quarter resolves with the orders it could give.
    submit(&mut app);
    assert!(matches!(app.screen, Screen::Results { .. }));
}

#[test]
fn vim_keys_and_arrows_do_the_same() {
    let mut a = in_game(&[Seat::Utility], 5);
    let mut b = in_game(&[Seat::Utility], 5);
    press(&mut a, KeyCode::Char('2'));
    press(&mut b, KeyCode::Char('2'));
    for (x, y) in [
        (KeyCode::Down, KeyCode::Char('j')),
        (KeyCode::Right, KeyCode::Char('l')),
        (KeyCode::Right, KeyCode::Char('l')),
        (KeyCode::Up, KeyCode::Char('k')),
        (KeyCode::Left, KeyCode::Char('h')),
    ] {
        press(&mut a, x);
        press(&mut b, y);
    }
    let da = a.session.as_ref().unwrap().draft(Seat::Utility);
    let db = b.session.as_ref().unwrap().draft(Seat::Utility);
    assert_eq!(da, db);
    assert_eq!(da.get("transmission_bn", 1), Some(Value::Number(0.5)));
}

#[test]
fn q_asks_before_leaving_a_game_for_the_title_and_ctrl_c_quits_at_once() {
    let mut app = in_game(&[Seat::WhiteHouse], 9);
    press(&mut app, KeyCode::Char('q'));
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    assert!(screen(&mut app, 80, 24).contains("Back to the title screen?"));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.overlay.is_none());
    assert!(!app.quit);
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('y'));
    // Leaving a game returns to the title screen; q there quits.
    assert!(!app.quit);
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(app.session.is_none());
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    let mut app = in_game(&[Seat::WhiteHouse], 9);
    ctrl(&mut app, 'c');
    assert!(app.quit);
    // On the title screen q quits without a question.
    let mut app = App::headless();
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn key_releases_are_ignored() {
    let mut app = App::headless();
    release(&mut app, KeyCode::Enter);
    release(&mut app, KeyCode::Char('q'));
    assert!(matches!(app.screen, Screen::Title { .. }));
    assert!(!app.quit);
}

#[test]
fn help_lists_every_key_of_the_screen_and_closes() {
    let mut app = in_game(&[Seat::Oracle], 2);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    let frame = screen(&mut app, 160, 48);
    for wanted in [
        "submit orders",
        "type a value",
        "back to what carries on",
        "repeat next quarter",
        "Tab",
        "↑/k",
    ] {
        assert!(frame.contains(wanted), "{wanted}:\n{frame}");
    }
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
}

#[test]
fn tabs_and_fields_take_mouse_clicks() {
    let mut app = in_game(&[Seat::Oracle], 4);
    let t = draw(&mut app, 100, 30);
    let (x, y) = find(t.backend().buffer(), "3 Charts").expect("the charts tab is drawn");
    click(&mut app, x + 1, y);
    assert!(matches!(&app.screen, Screen::Play(p) if p.tab == Tab::Charts));
    let t = draw(&mut app, 100, 30);
    let (x, y) = find(t.backend().buffer(), "2 Orders").expect("the orders tab is drawn");
    click(&mut app, x + 1, y);
    let t = draw(&mut app, 100, 30);
    let (x, y) = find(t.backend().buffer(), "Bonds issued").expect("a field row");
    click(&mut app, x, y);
    match &app.screen {
        Screen::Play(p) => assert_eq!(p.form.selected, 6),
        other => panic!("{other:?}"),
    }
    // Tab moves the focus to the preview pane.
    press(&mut app, KeyCode::Tab);
    assert!(matches!(&app.screen, Screen::Play(p) if p.pane == 1));
}

#[test]
fn below_80x24_the_screen_asks_for_more_room() {
    let mut app = in_game(&[Seat::Oracle], 1);
    let frame = screen(&mut app, 70, 20);
    assert!(frame.contains("Enlarge the terminal to 80×24"), "{frame}");
    assert!(frame.contains("it is 70×20 now"), "{frame}");
    // Keys other than quit wait until the terminal is big enough.
    press(&mut app, KeyCode::Char('2'));
    assert!(matches!(&app.screen, Screen::Play(p) if p.tab == Tab::Dashboard));
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("Dashboard"), "{frame}");
}

#[test]
fn at_least_one_seat_must_be_human() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter);
    // Oracle is human by default: toggle it off, then try to start.
    for _ in 0..5 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Char(' '));
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::NewGame(_, _)));
    assert!(screen(&mut app, 80, 24).contains("Make at least one seat human"));
}

#[test]
fn the_seed_can_be_typed_and_drives_the_game() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter);
    for _ in 0..2 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "4242");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.session.as_ref().map(|s| s.game.seed), Some(4242));
}

#[test]
fn a_remote_seat_sends_its_orders_and_replays_the_tables() {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    let game = overbuild::game::Game::new(scenario, 8);
    let mut app = App::headless().for_remote_seat(game, roles(&[Seat::Utility]), Seat::Utility);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Right);
    submit(&mut app);
    assert_eq!(
        app.screen,
        Screen::Waiting {
            seat: Seat::Utility
        }
    );
    assert_eq!(app.outbox.len(), 1);
    let (sent, intent) = app.outbox[0].clone();
    assert_eq!(sent.get("transmission_bn", 0), Some(Value::Number(0.25)));
    assert_eq!(intent, None, "no intent written");
    let mut orders = overbuild::engine::Orders::default();
    orders.set_seat(sent);
    app.dispatch(Action::Resolved(Box::new(orders)));
    assert!(matches!(app.screen, Screen::Results { .. }));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(&app.screen, Screen::Play(p) if p.seat == Seat::Utility));
}

#[test]
fn settings_are_edited_and_saved_atomically_keeping_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.toml");
    std::fs::write(&path, "theme = 12\n").unwrap();
    let loaded = overbuild::tui::settings::load(Some(path.clone()));
    let mut app = App::new(overbuild::tui::AppOptions {
        settings: loaded,
        lang: None,
        no_color: false,
        audio: overbuild::audio::Player::silent(),
        seed_source: Box::new(|| 1),
    });
    let frame = screen(&mut app, 100, 30);
    assert!(frame.contains("is malformed"), "{frame}");
    assert!(frame.contains("using the defaults"), "{frame}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "theme = 12\n");
    // Title -> Settings.
    let settings = overbuild::tui::app::MenuItem::ALL
        .iter()
        .position(|m| *m == overbuild::tui::app::MenuItem::Settings)
        .unwrap();
    for _ in 0..settings {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Settings(_)));
    press(&mut app, KeyCode::Down); // theme
    press(&mut app, KeyCode::Right); // high contrast
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down); // mute
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('s'));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("theme = \"high-contrast\""), "{saved}");
    assert!(saved.contains("mute = true"), "{saved}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("settings.toml.bak")).unwrap(),
        "theme = 12\n"
    );
    assert!(screen(&mut app, 100, 30).contains("Settings saved"));
    // A notice outlives one more key, then clears.
    press(&mut app, KeyCode::Up);
    assert!(screen(&mut app, 100, 30).contains("Settings saved"));
    press(&mut app, KeyCode::Up);
    assert!(!screen(&mut app, 100, 30).contains("Settings saved"));
}

#[test]
fn the_interface_speaks_traditional_chinese() {
    let mut app = in_game(&[Seat::Oracle], 7);
    app.texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::ZhHant);
    let frame = screen(&mut app, 80, 24);
    assert!(frame.contains("總覽"), "{frame}");
    assert!(frame.contains("電網與電費"), "{frame}");
}

#[test]
fn a_scenario_file_from_the_command_line_fills_the_new_game_form() {
    let text = include_str!("../assets/scenarios/stargate-2025.toml").replacen(
        "name = \"",
        "name = \"Workshop variant: ",
        1,
    );
    let custom = overbuild::scenario::from_text(&text, "variant.toml").unwrap();
    let mut app = App::headless();
    app.open_new_game_with(Some(77), &[], Some(custom.clone()));
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("Workshop variant: "), "{shown}");
    // Start: the game runs the file's scenario with the given seed.
    press(&mut app, KeyCode::Enter);
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.game.scenario.source, "variant.toml");
    assert_eq!(session.game.seed, 77);

    // Choosing another scenario on the form goes back to the built-ins.
    let mut app = App::headless();
    app.open_new_game_with(None, &[], Some(custom));
    for _ in 0..7 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Right);
    assert!(!screen(&mut app, 100, 30).contains("Workshop variant: "));
    for _ in 0..7 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.game.scenario.source, "builtin:stargate-2025");
}

#[test]
fn the_order_form_says_when_a_federal_rule_overrides_the_utilitys_share() {
    let focus = |app: &mut App| {
        let at = overbuild::tui::form::rows(Seat::Utility, 3)
            .iter()
            .position(|r| r.spec.key == "large_load_share")
            .unwrap();
        press(app, KeyCode::Char('2'));
        if let Screen::Play(p) = &mut app.screen {
            p.form.selected = at;
        }
        screen(app, 120, 40)
    };
    let rules = overbuild::scenario::load("federal-rules").unwrap();
    let mut app = in_game_of(rules, &[Seat::Utility], 3);
    let frame = focus(&mut app);
    assert!(frame.contains("A federal rule is in force"), "{frame}");
    assert!(frame.contains("100%"), "{frame}");
    let small = screen(&mut app, 80, 24);
    assert!(small.contains("A federal rule is in force"), "{small}");
    let mut app = in_game(&[Seat::Utility], 3);
    let frame = focus(&mut app);
    assert!(!frame.contains("A federal rule is in force"), "{frame}");
}

#[test]
fn the_books_scroll_stops_at_their_last_line() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter); // New game
    press(&mut app, KeyCode::Enter); // Start
    press(&mut app, KeyCode::Enter); // Briefing read
    press(&mut app, KeyCode::Char('4'));
    let top = screen(&mut app, 120, 40);
    for _ in 0..500 {
        press(&mut app, KeyCode::Down);
        screen(&mut app, 120, 40);
    }
    let bottom = screen(&mut app, 120, 40);
    assert_ne!(top, bottom, "Down scrolls the books");
    // The last figure of the seat's books is on screen, not an empty pane.
    assert!(bottom.contains("Contract backlog"), "{bottom}");
    // One Up moves the view at once: the scroll did not run on past the end.
    press(&mut app, KeyCode::Up);
    let up = screen(&mut app, 120, 40);
    assert_ne!(up, bottom, "{up}");
}

/// The dashboard's news, the News tab's items and the orders' preview stop scrolling at their
/// last line too: after many presses of Down, one Up moves the pane at once, and a pane whose
/// text fits does not scroll at all.
#[test]
fn every_scrolled_pane_stops_at_its_last_line() {
    let mut app = in_game(&[Seat::Oracle], 4);
    for _ in 0..2 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter); // results read
    }
    let mut scrolled = Vec::new();
    for tab in ['1', '5', '2'] {
        press(&mut app, KeyCode::Char(tab));
        press(&mut app, KeyCode::Tab); // the scrolled pane
        let top = screen(&mut app, 80, 24);
        for _ in 0..300 {
            press(&mut app, KeyCode::Down);
            screen(&mut app, 80, 24);
        }
        let bottom = screen(&mut app, 80, 24);
        press(&mut app, KeyCode::Up);
        let up = screen(&mut app, 80, 24);
        if top == bottom {
            assert_eq!(up, top, "tab {tab}: a pane that fits moved\n{up}");
        } else {
            scrolled.push(tab);
            assert_ne!(
                up, bottom,
                "tab {tab}: the scroll ran on past the end\n{up}"
            );
        }
    }
    // At 80 by 24 the dashboard's news and the preview hold more than they show.
    assert_eq!(scrolled, ['1', '2']);
}

#[test]
fn the_dashboard_says_where_approval_is_heading_once_a_quarter_is_played() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter); // New game
    press(&mut app, KeyCode::Enter); // Start
    press(&mut app, KeyCode::Enter); // Briefing
    assert!(
        !screen(&mut app, 120, 40).contains("→ heading"),
        "no quarter played yet"
    );
    submit(&mut app);
    assert!(matches!(app.screen, Screen::Results { .. }));
    press(&mut app, KeyCode::Enter);
    let target = app.session.as_ref().unwrap().turns()[0]
        .report
        .politics
        .approval_pull
        .as_ref()
        .expect("a resolved quarter reports the pull")
        .target();
    let frame = screen(&mut app, 120, 40);
    let heading = format!("→ heading {target:.1}%");
    assert!(frame.contains(&heading), "{heading} missing:\n{frame}");
}
