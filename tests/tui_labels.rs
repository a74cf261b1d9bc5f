//! No label is cut: every screen at 80×24, 120×40 and 160×48, in English and Traditional
//! Chinese, shows each label whole or ending in an ellipsis, never cut off at a border.

#[path = "common/mod.rs"]
mod common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::engine::Seat;
use overbuild::i18n::{Lang, Texts};
use overbuild::tui::App;
use tui_common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (160, 48)];
/// Characters a label can be cut against: pane borders and the screen's edge.
const BORDERS: &[char] = &[
    '│', '┃', '║', '╮', '╯', '╭', '╰', '┐', '┘', '┤', '├', '┫', '┣',
];

fn sources(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::En => [
            include_str!("../assets/i18n/en/tui.ftl"),
            include_str!("../assets/i18n/en/main.ftl"),
        ],
        Lang::ZhHant => [
            include_str!("../assets/i18n/zh-Hant/tui.ftl"),
            include_str!("../assets/i18n/zh-Hant/main.ftl"),
        ],
    }
}

/// The help's own lines: the names of keys.
fn key_labels(lang: Lang) -> Vec<String> {
    let texts = Texts::new(lang);
    sources(lang)[0]
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(k, v)| k.starts_with("tui-key-") && !v.contains('{'))
        .map(|(k, _)| texts.get(k))
        .collect()
}

/// Every one-line label without arguments, as the player reads it.
fn labels(lang: Lang) -> Vec<String> {
    let texts = Texts::new(lang);
    let mut out = Vec::new();
    for source in sources(lang) {
        for line in source.lines() {
            let Some((key, value)) = line.split_once(" = ") else {
                continue;
            };
            if key.starts_with([' ', '#']) || value.contains('{') || value.trim().is_empty() {
                continue;
            }
            let text = texts.get(key);
            if text.chars().count() >= 4 && !text.contains('\n') {
                out.push(text);
            }
        }
    }
    out
}

/// Text runs that end against a border or the screen's edge: (row, run).
fn runs_at_edges(frame: &str, width: u16) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (y, row) in frame.lines().enumerate() {
        let chars: Vec<char> = row.chars().collect();
        let at_edge = unicode_width::UnicodeWidthStr::width(row) >= usize::from(width);
        // A run ends at a border, or at a table column's gap (a run of text, then one space
        // or more before the next column's text: a cell cut to its column's width).
        let mut ends: Vec<usize> = chars
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                BORDERS.contains(c)
                    || (**c == ' '
                        && *i > 0
                        && chars[i - 1] != ' '
                        && chars.get(i + 1) == Some(&' '))
            })
            .map(|(i, _)| i)
            .collect();
        if at_edge {
            ends.push(chars.len());
        }
        for end in ends {
            let before: String = chars[..end].iter().collect();
            // The run starts after the last border or gap of two spaces.
            let start = before.rfind(|c: char| BORDERS.contains(&c)).map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
            let start = before[start..].rfind("  ").map_or(start, |i| start + i + 2);
            // Markers, arrows and legend symbols before a label are not part of it.
            let run = before[start..]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .trim();
            // Short runs match the beginnings of labels by chance (the tail of a wrapped
            // headline, a company's name): four letters, or six CJK characters, at least.
            let cjk = run.chars().any(|c| c >= '\u{2E80}');
            if run.chars().count() >= if cjk { 6 } else { 4 } {
                out.push((y, run.to_string()));
            }
        }
    }
    out
}

/// Whether the rest of a label goes on in the next row (wrapped text, not cut).
fn wraps(rows: &[&str], y: usize, rest: &str) -> bool {
    let head: String = rest.trim_start().chars().take(6).collect();
    // The last row of a scrolling pane: the text goes on below the fold.
    let pane_ends = |next: &str| next.contains(['┗', '╰', '└']);
    head.is_empty()
        || rows
            .get(y + 1)
            .is_some_and(|next| next.contains(head.as_str()) || pane_ends(next))
}

/// Labels shown cut: a run at an edge that is a proper beginning of a label, no label whole,
/// and not wrapped onto the next row.
fn cut_labels(frame: &str, width: u16, labels: &[String]) -> Vec<String> {
    let rows: Vec<&str> = frame.lines().collect();
    runs_at_edges(frame, width)
        .into_iter()
        .filter(|(_, run)| !run.ends_with('…') && !labels.iter().any(|l| l == run))
        .filter_map(|(y, run)| {
            labels
                .iter()
                .find(|l| {
                    l.len() > run.len()
                        && l.starts_with(run.as_str())
                        && !wraps(&rows, y, &l[run.len()..])
                })
                .map(|l| format!("row {y}: {run:?} of {l:?}"))
        })
        .collect()
}

fn check(app: &mut App, what: &str, labels: &[String], found: &mut Vec<String>) {
    for (w, h) in SIZES {
        let frame = screen(app, w, h);
        for cut in cut_labels(&frame, w, labels) {
            found.push(format!("{what} {w}x{h}: {cut}"));
        }
    }
}

/// Every tab of a seat's game after two quarters, and the results of the next.
fn game_screens(seat: Seat, lang: Lang, labels: &[String], found: &mut Vec<String>) {
    let mut app = in_game(&[seat], 7);
    app.texts = Texts::new(lang);
    for _ in 0..2 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    let name = format!("{} {}", lang.code(), seat.id());
    for (key, tab) in [
        ('1', "dashboard"),
        ('2', "orders"),
        ('4', "books"),
        ('5', "news"),
    ] {
        press(&mut app, KeyCode::Char(key));
        check(&mut app, &format!("{name} {tab}"), labels, found);
    }
    press(&mut app, KeyCode::Char('3'));
    for chart in 0..overbuild::tui::ui::charts::COUNT {
        check(&mut app, &format!("{name} chart {chart}"), labels, found);
        press(&mut app, KeyCode::Down);
    }
    submit(&mut app);
    check(&mut app, &format!("{name} results"), labels, found);
}

#[test]
fn no_label_is_cut_on_the_game_screens() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let labels = labels(lang);
        for seat in Seat::ALL {
            game_screens(seat, lang, &labels, &mut found);
        }
    }
    assert!(
        found.is_empty(),
        "{} cut labels:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_checker_finds_a_cut_label_and_passes_whole_or_ellipsed_ones() {
    let labels = vec![
        "Mid-Atlantic / Rust Belt".to_string(),
        "Reserve".to_string(),
    ];
    let cut = "│Mid-Atlantic / Rust Bel│ 12% │\n";
    assert_eq!(cut_labels(cut, 40, &labels).len(), 1);
    let whole = "│Mid-Atlantic / Rust Belt│ Reserve │\n";
    assert!(cut_labels(whole, 40, &labels).is_empty());
    let ellipsed = "│Mid-Atlantic / Rust…│\n";
    assert!(cut_labels(ellipsed, 40, &labels).is_empty());
    // Cut to a table column's width, the next column after a gap.
    let column = "┃  Ride-through fleet sh    0.00  share ┃\n";
    let fleet = vec!["Ride-through fleet share".to_string()];
    assert_eq!(cut_labels(column, 60, &fleet).len(), 1);
    // Cut by the screen's right edge.
    assert_eq!(cut_labels("  Mid-Atlantic / R", 18, &labels).len(), 1);
    // Wrapped onto the next row: whole.
    let wrapped = "│Mid-Atlantic / Rust│\n│Belt               │\n";
    assert!(cut_labels(wrapped, 40, &labels).is_empty());
}

#[path = "common/saves.rs"]
mod saves_common;

/// Title, new game, settings, briefing, help, game over and the replay viewer's tabs.
fn other_screens(lang: Lang, labels: &[String], found: &mut Vec<String>) {
    let code = lang.code();
    let with_lang = |mut app: App| {
        app.texts = Texts::new(lang);
        app
    };
    let mut app = with_lang(App::headless());
    check(&mut app, &format!("{code} title"), labels, found);
    press(&mut app, KeyCode::Enter);
    check(&mut app, &format!("{code} new game"), labels, found);
    let mut app = with_lang(App::headless());
    for _ in 0..4 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    check(&mut app, &format!("{code} settings"), labels, found);
    let mut app = with_lang(App::headless());
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("scenario");
    app.start_session(overbuild::tui::Session::new(scenario, 7, roles(&Seat::ALL)));
    for seat in Seat::ALL {
        check(
            &mut app,
            &format!("{code} briefing {}", seat.id()),
            labels,
            found,
        );
        press(&mut app, KeyCode::Enter);
    }
    let mut app = with_lang(in_game(&[Seat::Utility], 7));
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('?'));
    // The help covers the form: only its own lines count (the form is cut by the overlay), and
    // no other run of text is taken for a cut key name.
    let help: Vec<String> = key_labels(lang);
    for (w, h) in SIZES {
        let frame = screen(&mut app, w, h);
        for cut in cut_labels(&frame, w, &help) {
            let run = cut.split('"').nth(1).unwrap_or_default();
            if !labels.iter().any(|l| l == run) {
                found.push(format!("{code} help {w}x{h}: {cut}"));
            }
        }
    }
    press(&mut app, KeyCode::Esc);
    for _ in 0..16 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    check(&mut app, &format!("{code} game over"), labels, found);
    press(&mut app, KeyCode::Tab);
    check(&mut app, &format!("{code} game over charts"), labels, found);
    replay_screens(lang, labels, found);
}

fn replay_screens(lang: Lang, labels: &[String], found: &mut Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, auto) = saves_common::played_through_ui(dir.path(), 7, 3);
    let mut app = saves_common::app_in(dir.path());
    app.texts = Texts::new(lang);
    let replay = overbuild::save::Replay::load(&auto).expect("replay");
    app.open_replay(replay, auto.clone());
    press(&mut app, KeyCode::Right);
    for (key, tab) in [
        ('1', "orders"),
        ('2', "dashboard"),
        ('3', "charts"),
        ('4', "events"),
        ('5', "compare"),
    ] {
        press(&mut app, KeyCode::Char(key));
        check(
            &mut app,
            &format!("{} replay {tab}", lang.code()),
            labels,
            found,
        );
    }
}

#[test]
fn no_label_is_cut_on_the_other_screens() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        other_screens(lang, &labels(lang), &mut found);
    }
    assert!(
        found.is_empty(),
        "{} cut labels:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The order form, where a player reads the names while deciding: at 120 columns and wider every
/// field name and region shows whole, in both languages, for every seat (not ellipsed).
#[test]
fn the_order_form_shows_every_name_whole_from_120_columns() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for seat in Seat::ALL {
            let mut app = in_game(&[seat], 7);
            app.texts = Texts::new(lang);
            press(&mut app, KeyCode::Char('2'));
            let rows = overbuild::tui::form::rows(seat, 3);
            for (w, h) in [(120, 40), (160, 48)] {
                let frame = screen(&mut app, w, h);
                for line in frame.lines().filter(|l| l.contains('…')) {
                    found.push(format!("{} {} {w}x{h}: {line}", lang.code(), seat.id()));
                }
                // The form's first rows are on screen: their allowed ranges show whole.
                for row in rows.iter().take(usize::from(h) / 2) {
                    let allowed =
                        overbuild::tui::play::allowed_column_text(&app.texts, row.spec.kind);
                    if !frame.contains(&allowed) {
                        found.push(format!(
                            "{} {} {w}x{h}: {:?} cut",
                            lang.code(),
                            seat.id(),
                            allowed
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "ellipsed:\n{}", found.join("\n"));
}
