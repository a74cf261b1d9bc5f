//! Snapshots of every screen in `TestBackend` at 80x24 and 160x48, and style checks of key
//! cells: alerts carry a symbol as well as a colour, NO_COLOR draws no colour at all.

#[path = "common/mod.rs"]
mod common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::tui::app::MenuItem;
use overbuild::tui::{Action, App};
use ratatui::style::Color;
use tui_common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// Screens that do not depend on the model's numbers, verbatim.
fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let frame = screen(app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), frame);
    }
}

/// Game screens, with the model's numbers masked (see `stable`).
fn snap_game(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let frame = stable(&screen(app, w, h));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), frame);
    }
}

/// A one-human game after `quarters` resolved quarters (seed 7).
fn played(seat: Seat, quarters: usize) -> App {
    let mut app = in_game(&[seat], 7);
    for _ in 0..quarters {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    app
}

#[test]
fn title() {
    snap_game("title", &mut App::headless());
}

#[test]
fn new_game() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter);
    snap("new_game", &mut app);
}

#[test]
fn briefing() {
    let mut app = App::headless();
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    app.start_session(overbuild::tui::Session::new(
        scenario,
        7,
        roles(&[Seat::OpenAi, Seat::WhiteHouse]),
    ));
    snap("briefing_openai", &mut app);
    press(&mut app, KeyCode::Enter);
    snap("briefing_whitehouse", &mut app);
}

#[test]
fn dashboard() {
    snap_game("dashboard_start", &mut played(Seat::Oracle, 0));
    snap_game("dashboard_after_three", &mut played(Seat::Oracle, 3));
}

#[test]
fn orders() {
    let mut app = played(Seat::Oracle, 1);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "7000");
    press(&mut app, KeyCode::Enter);
    snap_game("orders_oracle_refusal", &mut app);
    let mut app = played(Seat::Utility, 0);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "2.5");
    snap_game("orders_utility_typing", &mut app);
}

#[test]
fn charts_books_news() {
    let mut app = played(Seat::WhiteHouse, 4);
    press(&mut app, KeyCode::Char('3'));
    // The White House's own stakes come first: jobs, approval, the budget.
    snap_game("charts_jobs", &mut app);
    for _ in 0..4 {
        press(&mut app, KeyCode::Down);
    }
    snap_game("charts_bills", &mut app);
    press(&mut app, KeyCode::Char('4'));
    snap_game("books_whitehouse", &mut app);
    press(&mut app, KeyCode::Char('5'));
    snap_game("news", &mut app);
    let mut app = played(Seat::OpenAi, 2);
    press(&mut app, KeyCode::Char('4'));
    snap_game("books_openai", &mut app);
}

/// Oracle played by a person until its wrecked books default it, on the results of that
/// quarter; with the quarter it defaulted in.
fn oracle_defaulting() -> (App, String) {
    let mut app = in_game_of(common::oracle_defaults_scenario(), &[Seat::Oracle], 7);
    for _ in 0..8 {
        submit(&mut app);
        let session = app.session.as_ref().expect("a game");
        if let Some(d) = session.in_default(Seat::Oracle) {
            return (app, d.since.to_string());
        }
        press(&mut app, KeyCode::Enter);
    }
    panic!("the wrecked Oracle never defaulted");
}

#[test]
fn a_default_shows_on_the_results_dashboard_books_and_orders() {
    let (mut app, since) = oracle_defaulting();
    let results = screen(&mut app, 80, 24);
    assert!(
        results.contains("‼ Oracle defaulted this quarter: equity wiped, creditors took"),
        "{results}"
    );
    snap_game("results_oracle_defaulted", &mut app);
    press(&mut app, KeyCode::Enter);
    let dashboard = screen(&mut app, 80, 24);
    assert!(
        dashboard.contains(&format!("✗ defaulted {since}")),
        "{dashboard}"
    );
    assert!(
        dashboard.contains(&format!("Defaulted in {since}")),
        "{dashboard}"
    );
    snap_game("dashboard_oracle_defaulted", &mut app);
    press(&mut app, KeyCode::Char('4'));
    let books = screen(&mut app, 160, 48);
    let in_default = format!("Oracle is in default since {since}");
    for needle in [
        in_default.as_str(),
        "Income statement",
        "of which interest paid",
        "of which lease payments to SPVs",
        "Free cash flow (burn if negative)",
        "Total assets",
    ] {
        assert!(books.contains(needle), "{needle}: {books}");
    }
    snap_game("books_oracle_defaulted", &mut app);
    press(&mut app, KeyCode::Char('2'));
    snap_game("orders_oracle_defaulted", &mut app);
}

#[test]
fn the_share_price_chart_drops_the_defaulted_shares_to_nothing() {
    let (app, _) = oracle_defaulting();
    let session = app.session.as_ref().expect("a game");
    let shown = session.shown();
    let (series, _, _) = overbuild::tui::ui::charts::series(&app, &shown, 6);
    let oracle = series
        .iter()
        .find(|s| s.name == "Oracle")
        .expect("an Oracle series");
    let (before, after) = oracle.points.split_at(oracle.points.len() - 1);
    assert!(
        before.iter().all(|(_, x)| *x > 0.0),
        "the shares trade before the default: {before:?}"
    );
    assert_eq!(after[0].1, 0.0, "the old shares are cancelled");
    let last = shown.last_turn().expect("a quarter");
    let creditors = last.report.company(overbuild::engine::CompanyId::Oracle);
    assert!(
        creditors.is_some_and(|c| c.insolvent && c.share_price > 0.0),
        "the creditors' new equity still has a price on the dashboard"
    );
}

#[test]
fn the_game_over_screen_keeps_the_default_in_the_scores() {
    let (mut app, since) = oracle_defaulting();
    let mut over = String::new();
    for _ in 0..16 {
        press(&mut app, KeyCode::Enter);
        over = screen(&mut app, 80, 24);
        if over.contains("Game over") {
            break;
        }
        submit(&mut app);
    }
    assert!(over.contains("Game over"), "{over}");
    assert!(over.contains(&format!("Defaulted in {since}")), "{over}");
}

#[test]
fn books_show_the_three_statements_and_scroll_at_80_columns() {
    let mut app = played(Seat::Oracle, 2);
    press(&mut app, KeyCode::Char('4'));
    snap_game("books_oracle", &mut app);
    let top = screen(&mut app, 80, 24);
    assert!(
        top.contains("Income statement") && !top.contains("Total assets"),
        "{top}"
    );
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    let lower = screen(&mut app, 80, 24);
    assert!(
        lower.contains("Total assets"),
        "scrolled to the balance sheet: {lower}"
    );
}

#[test]
fn hand_over() {
    let mut app = in_game(&[Seat::Oracle, Seat::Utility], 7);
    snap_game("hand_over", &mut app);
}

#[test]
fn results_and_game_over() {
    let mut app = in_game(&[Seat::Utility], 7);
    submit(&mut app);
    snap_game("results", &mut app);
    for _ in 0..15 {
        press(&mut app, KeyCode::Enter);
        submit(&mut app);
    }
    press(&mut app, KeyCode::Enter);
    snap_game("game_over", &mut app);
    press(&mut app, KeyCode::Tab);
    snap_game("game_over_charts", &mut app);
}

#[test]
fn settings_help_confirm_too_small() {
    let mut app = App::headless();
    app.settings_path = Some(std::path::PathBuf::from(
        "/home/player/.config/overbuild/settings.toml",
    ));
    app.dispatch(Action::Menu(MenuItem::Settings));
    snap("settings", &mut app);
    let mut app = played(Seat::Oracle, 0);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('?'));
    snap_game("help_orders", &mut app);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('q'));
    snap_game("confirm_quit", &mut app);
    let frame = screen(&mut app, 60, 16);
    insta::assert_snapshot!("too_small_60x16", frame);
}

#[test]
fn traditional_chinese_lines_up() {
    let mut app = played(Seat::Oracle, 2);
    app.texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::ZhHant);
    snap_game("dashboard_zh_hant", &mut app);
    press(&mut app, KeyCode::Char('2'));
    snap_game("orders_zh_hant", &mut app);
}

/// A workshop seat that has submitted waits for the others, and is told so (the message once
/// shared its id with the dashboard's "Built, waiting for the grid" and showed that instead).
#[test]
fn a_seat_that_submitted_is_told_it_waits_for_the_others() {
    let mut app = played(Seat::Oracle, 0);
    app.screen = overbuild::tui::app::Screen::Waiting { seat: Seat::Oracle };
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Waiting for the other seats"), "{text}");
    app.texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::ZhHant);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("正在等待其他席位"), "{text}");
}

// -------------------------------------------------------------------------------------------
// Styles

#[test]
fn a_reserve_shortfall_is_marked_by_a_symbol_as_well_as_colour() {
    let mut app = played(Seat::Utility, 0);
    let t = draw(&mut app, 100, 30);
    let buffer = t.backend().buffer();
    // The Mid-Atlantic starts below its 20% target.
    let (x, y) = find(buffer, "⚠ ").expect("the shortfall is marked with ⚠");
    let cell = &buffer[(x + 2, y)];
    assert_eq!(cell.fg, app.theme.bad.fg.unwrap_or(Color::Reset));
    assert!(cell.modifier.contains(ratatui::style::Modifier::BOLD));
}

#[test]
fn refusals_are_marked_with_a_cross_and_the_bad_style() {
    let mut app = played(Seat::Oracle, 0);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "-5");
    press(&mut app, KeyCode::Enter);
    let t = draw(&mut app, 80, 24);
    let buffer = t.backend().buffer();
    let (x, y) = find(buffer, "✗ -5 is not allowed").expect("refusal line");
    assert_eq!(buffer[(x, y)].fg, app.theme.bad.fg.unwrap_or(Color::Reset));
}

#[test]
fn the_active_tab_is_bracketed_and_highlighted() {
    let mut app = played(Seat::Oracle, 0);
    press(&mut app, KeyCode::Char('4'));
    let t = draw(&mut app, 80, 24);
    let buffer = t.backend().buffer();
    let (x, y) = find(buffer, "[4 Books]").expect("active tab in brackets");
    assert_eq!(
        buffer[(x + 1, y)].bg,
        app.theme.tab_active.bg.unwrap_or(Color::Reset)
    );
    assert!(find(buffer, "[1 Dashboard]").is_none());
}

#[test]
fn no_color_draws_without_colour_and_keeps_the_symbols() {
    let mut app = App::new(overbuild::tui::AppOptions {
        settings: overbuild::tui::settings::Loaded::defaults(),
        lang: None,
        no_color: true,
        audio: overbuild::audio::Player::silent(),
        seed_source: Box::new(|| 7),
    });
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    app.start_session(overbuild::tui::Session::new(
        scenario,
        7,
        roles(&[Seat::Oracle]),
    ));
    press(&mut app, KeyCode::Enter);
    submit(&mut app);
    press(&mut app, KeyCode::Enter);
    for tab in ['1', '2', '3', '4', '5'] {
        press(&mut app, KeyCode::Char(tab));
        let t = draw(&mut app, 160, 48);
        let buffer = t.backend().buffer();
        for cell in &buffer.content {
            assert_eq!(cell.fg, Color::Reset, "tab {tab}: {cell:?}");
            assert_eq!(cell.bg, Color::Reset, "tab {tab}: {cell:?}");
        }
        if tab == '1' {
            assert!(find(buffer, "⚠").is_some(), "symbols stay");
        }
    }
}

#[test]
fn every_theme_draws_every_tab() {
    for name in overbuild::tui::theme::ThemeName::ALL {
        let mut app = played(Seat::Oracle, 2);
        app.theme = overbuild::tui::theme::Theme::new(name, false);
        for tab in ['1', '2', '3', '4', '5'] {
            press(&mut app, KeyCode::Char(tab));
            let frame = screen(&mut app, 120, 40);
            assert!(frame.contains("OVERBUILD"), "{name:?}");
        }
    }
}

// -------------------------------------------------------------------------------------------
// Saved games and the replay viewer

#[path = "common/saves.rs"]
mod saves_common;

/// A game of `quarters` played through the interface (seed 7, Oracle building a step more in
/// Texas each quarter), its autosave moved to `saves/NAME.json.gz`.
fn saved_game(dir: &std::path::Path, quarters: usize, name: &str) -> std::path::PathBuf {
    let (_app, auto) = saves_common::played_through_ui(dir, 7, quarters);
    let path = saves_common::saves_dir(dir).join(format!("{name}.json.gz"));
    std::fs::rename(&auto, &path).unwrap();
    path
}

fn viewer_of(dir: &std::path::Path, path: &std::path::Path) -> App {
    let mut app = saves_common::app_in(dir);
    let replay = overbuild::save::Replay::load(path).unwrap();
    app.open_replay(replay, path.to_path_buf());
    app
}

#[test]
fn replay_viewer() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_game(dir.path(), 4, "debrief");
    let mut app = viewer_of(dir.path(), &path);
    press(&mut app, KeyCode::Right);
    snap_game("replay_orders_all", &mut app);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    snap_game("replay_orders_oracle_changes", &mut app);
    press(&mut app, KeyCode::Char('2'));
    snap_game("replay_dashboard", &mut app);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Down);
    snap_game("replay_charts", &mut app);
    press(&mut app, KeyCode::Char('4'));
    snap_game("replay_what_happened", &mut app);
    press(&mut app, KeyCode::Char('t'));
    chars(&mut app, "2026");
    snap_game("replay_jump", &mut app);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('?'));
    snap_game("replay_help", &mut app);
}

#[test]
fn replay_compare_and_divergence() {
    let dir = tempfile::tempdir().unwrap();
    let a = saved_game(dir.path(), 4, "original");
    // B: forked before quarter 3, Oracle building two steps more.
    let mut app = viewer_of(dir.path(), &a);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('f'));
    snap_game("fork_seats", &mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    saves_common::play_quarters(&mut app, 2, 2);
    let mut app = viewer_of(dir.path(), &a);
    press(&mut app, KeyCode::Char('c'));
    snap_game("compare_pick", &mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    snap_game("compare", &mut app);
    // A save whose third quarter no longer replays.
    let mut save = overbuild::save::SaveFile::read(&a).unwrap();
    save.turns[2].hash = "0".repeat(64);
    let stale = saves_common::saves_dir(dir.path()).join("stale.json.gz");
    save.write(&stale).unwrap();
    let mut app = viewer_of(dir.path(), &stale);
    press(&mut app, KeyCode::End);
    snap_game("replay_diverged", &mut app);
}

#[test]
fn load_list_and_save_as() {
    let dir = tempfile::tempdir().unwrap();
    saved_game(dir.path(), 2, "named");
    let (mut app, _) = saves_common::played_through_ui(dir.path(), 7, 3);
    let broken = saves_common::saves_dir(dir.path()).join("broken.json.gz");
    std::fs::write(&broken, b"not a save").unwrap();
    // The list is newest first; give the broken file an old date so the order is fixed.
    std::fs::File::options()
        .write(true)
        .open(&broken)
        .unwrap()
        .set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(86_400))
        .unwrap();
    ctrl(&mut app, 's');
    snap_game("save_as", &mut app);
    for _ in 0..40 {
        press(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "named");
    press(&mut app, KeyCode::Enter);
    snap_game("save_as_replace", &mut app);
    press(&mut app, KeyCode::Char('n'));
    app.dispatch(overbuild::tui::Action::ToTitle);
    snap_game("title_with_saves", &mut app);
    saves_common::choose(&mut app, overbuild::tui::app::MenuItem::Load);
    snap_game("load_list", &mut app);
}

#[test]
fn new_game_with_bot_choices() {
    let mut app = App::headless();
    press(&mut app, KeyCode::Enter);
    for _ in 0..6 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Right);
    snap("new_game_bots", &mut app);
}

#[test]
fn the_replay_viewer_marks_changes_without_colour_under_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_game(dir.path(), 3, "mono");
    let mut app = viewer_of(dir.path(), &path);
    app.no_color = true;
    app.theme = overbuild::tui::theme::Theme::new(app.settings.theme, true);
    press(&mut app, KeyCode::Right);
    for tab in ['1', '2', '3', '4'] {
        press(&mut app, KeyCode::Char(tab));
        let t = draw(&mut app, 160, 48);
        let buffer = t.backend().buffer();
        for cell in &buffer.content {
            assert_eq!(cell.fg, Color::Reset, "tab {tab}: {cell:?}");
            assert_eq!(cell.bg, Color::Reset, "tab {tab}: {cell:?}");
        }
        if tab == '1' {
            let (x, y) = find(buffer, "• Data centers to start").expect("a marked change");
            assert!(
                buffer[(x, y)]
                    .modifier
                    .contains(ratatui::style::Modifier::BOLD)
            );
            assert!(
                find(buffer, "[2025 Q2]").is_some(),
                "the quarter is bracketed"
            );
        }
    }
}

/// Charts span the quarters played, so three quarters fill the width rather than its left
/// sixth; each seat's list starts with its own stakes.
#[test]
fn charts_fill_the_width_and_lead_with_the_seats_stakes() {
    let mut app = played(Seat::Oracle, 3);
    press(&mut app, KeyCode::Char('3'));
    let screen = screen(&mut app, 120, 40);
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[3].contains("▶ Share prices"), "{screen}");
    // The plotted lines (braille or dots) reach the right quarter of the chart.
    let rightmost = rows
        .iter()
        .filter_map(|row| {
            row.chars()
                .enumerate()
                .filter(|(_, c)| ('\u{2801}'..='\u{28FF}').contains(c) || *c == '•')
                .map(|(i, _)| i)
                .max()
        })
        .max()
        .expect("a plotted line");
    assert!(rightmost > 90, "lines end at column {rightmost}:\n{screen}");
}

#[test]
fn guided_first_game() {
    let mut app = App::headless();
    app.dispatch(Action::Menu(MenuItem::Guide));
    press(&mut app, KeyCode::Enter);
    // The dashboard with the guide's panel below it; then the orders with the preview.
    snap_game("guide_dashboard", &mut app);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Right);
    snap_game("guide_preview", &mut app);
}

/// The text of the left-hand pane, its wrapped rows joined by single spaces.
fn left_pane_text(screen: &str) -> String {
    let rows: Vec<&str> = screen
        .lines()
        .filter_map(|row| row.split('┃').nth(1))
        .collect();
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn rolling_outages_on_the_results_say_how_many_households_were_dark() {
    // Shortfalls come with the weather: the first of these seeds whose game has one.
    for seed in 1..=8 {
        let mut app = in_game(&[Seat::Utility], seed);
        for _ in 0..16 {
            submit(&mut app);
            let results = screen(&mut app, 160, 48);
            if results.contains("GWh not served") {
                // The sentence may wrap anywhere: read the results pane's rows as one text.
                let text = left_pane_text(&results);
                assert!(
                    text.contains("GWh not served: rolling outages, up to"),
                    "{results}"
                );
                assert!(
                    text.contains("thousand households dark at once"),
                    "{results}"
                );
                return;
            }
            press(&mut app, KeyCode::Enter);
        }
    }
    panic!("no quarter ran short of supply in eight games");
}

#[test]
fn a_choice_shows_whole_in_the_value_column() {
    let mut app = in_game(&[Seat::WhiteHouse], 7);
    press(&mut app, KeyCode::Char('2'));
    for _ in 0..12 {
        if screen(&mut app, 120, 40).contains("▶ Public statement") {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Right);
    let frame = screen(&mut app, 120, 40);
    assert!(frame.contains("• confident "), "{frame}");
}

/// The results tell a gas spike beside the prices it moved (the quarter's gas against its
/// normal price), and the quarter after it, with gas back at the scenario's price, says so.
#[test]
fn the_results_tell_a_gas_spike_and_its_passing() {
    let mut app = in_game(&[Seat::Utility], 2);
    submit(&mut app);
    // The pane wraps its lines beside the chart: read them as one text, without borders and bars.
    let flat = |text: String| {
        let unboxed: String = text
            .chars()
            .filter(|c| !('\u{2500}'..='\u{259f}').contains(c))
            .collect();
        unboxed.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let spiked = flat(screen(&mut app, 200, 60));
    assert!(spiked.contains("Gas prices spike"), "{spiked}");
    assert!(
        spiked.contains("gas $4.50/MMBtu this quarter (normally $3.60)"),
        "{spiked}"
    );
    press(&mut app, KeyCode::Enter);
    submit(&mut app);
    let after = flat(screen(&mut app, 200, 60));
    assert!(after.contains("gas $3.60/MMBtu"), "{after}");
    assert!(!after.contains("(normally"), "{after}");
    // The why popup, at PJM's energy price, says where gas went beside drift.
    press(&mut app, KeyCode::Char('w'));
    // The popup, 72 columns wide, is centred: read its columns only.
    let popup_of = |frame: String| {
        let rows: Vec<String> = frame
            .lines()
            .map(|row| row.chars().skip(64).take(72).collect())
            .collect();
        flat(rows.join(" "))
    };
    let mut popup = String::new();
    for _ in 0..80 {
        popup = popup_of(screen(&mut app, 200, 60));
        if popup.contains("Why: Mid-Atlantic / Rust Belt energy price") {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    assert!(
        popup.contains(
            "gas for the power plants: $4.50/MMBtu the quarter before, $3.60 this quarter"
        ),
        "{popup}"
    );
}
