//! The glossary covers every figure the screens label, in both languages.

use overbuild::glossary::{self, TERMS};
use overbuild::i18n::{Lang, Texts};
use std::collections::BTreeSet;

const EN_TUI: &str = include_str!("../assets/i18n/en/tui.ftl");
const EN_MAIN: &str = include_str!("../assets/i18n/en/main.ftl");

fn message_keys(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '}', '*', '[']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next())
        .collect()
}

/// Label keys of figures on the dashboard, books, regions table and objective panels.
fn figure_labels() -> Vec<&'static str> {
    let tui = message_keys(EN_TUI);
    // The books' figure block runs from cash to elections in tui.ftl: a new figure added there
    // needs an entry.
    let start = tui.iter().position(|k| *k == "tui-cash").expect("tui-cash");
    let end = tui
        .iter()
        .position(|k| *k == "tui-elections")
        .expect("tui-elections");
    let mut labels: Vec<&str> = tui[start..=end].to_vec();
    labels.extend([
        "tui-index",
        "tui-bubble",
        "tui-coverage",
        "tui-circular",
        "tui-approval",
        "tui-score",
        "tui-welfare",
        "tui-col-reserve",
        "tui-col-energy",
        "tui-col-capacity",
        "tui-col-bill",
        "tui-col-arrears",
        "tui-col-faults",
        "tui-col-score",
        "tui-chart-tariff-quarter",
    ]);
    // Every figure of the seat books (the Books tab and plain `books`), for every seat, before
    // and after quarters close: a new line of the model needs an entry.
    labels.extend(books_labels());
    // Every chart of the Charts tab, from its own list: a new chart needs an entry.
    labels.extend(overbuild::tui::ui::charts::KEYS);
    // Every objective part and every part of public welfare.
    labels.extend(
        message_keys(EN_MAIN)
            .into_iter()
            .filter(|k| k.starts_with("score-") || k.starts_with("welfare-"))
            .filter(|k| *k != "score-defaulted"),
    );
    labels
}

fn books_labels() -> Vec<&'static str> {
    use overbuild::engine::seat_books::SeatBooks;
    use overbuild::engine::view::LineKind;
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("scenario");
    let mut game = overbuild::game::Game::new(scenario, 7);
    let mut keys: Vec<&'static str> = Vec::new();
    for quarter in 0..3 {
        if quarter > 0 {
            let orders = overbuild::engine::attribution::baseline_orders(&game.world);
            game.play(orders);
        }
        let reports: Vec<&overbuild::engine::TurnReport> =
            game.turns.iter().map(|t| &t.report).collect();
        for seat in overbuild::engine::Seat::ALL {
            let books = SeatBooks::new(&game.world, seat, &reports);
            for (_, e) in books.entries() {
                let key: &'static str = format!("books-{}", e.key).leak();
                if e.kind != LineKind::Heading && !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
    }
    keys
}

#[test]
fn every_figure_on_screen_has_an_entry() {
    let missing: Vec<&str> = figure_labels()
        .into_iter()
        .filter(|k| glossary::for_label(k).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "figures without a glossary entry: {missing:?}"
    );
}

#[test]
fn every_entry_is_complete_in_both_languages() {
    for lang in Lang::ALL {
        let source = match lang {
            Lang::En => include_str!("../assets/i18n/en/glossary.ftl"),
            Lang::ZhHant => include_str!("../assets/i18n/zh-Hant/glossary.ftl"),
        };
        let defined: BTreeSet<&str> = message_keys(source).into_iter().collect();
        for term in TERMS {
            for key in glossary::keys(term.id) {
                assert!(
                    defined.contains(key.as_str()),
                    "{} lacks {key}",
                    lang.code()
                );
            }
        }
        let texts = Texts::new(lang);
        for term in TERMS {
            let entry = glossary::entry(&texts, term);
            assert!(!entry.name.starts_with("glossary-"), "{}", entry.name);
            assert_eq!(entry.for_seat.len(), 4);
        }
    }
}

#[test]
fn labels_name_real_keys_and_belong_to_one_entry() {
    let known: BTreeSet<&str> = message_keys(EN_TUI)
        .into_iter()
        .chain(message_keys(EN_MAIN))
        .collect();
    let mut seen = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for term in TERMS {
        assert!(ids.insert(term.id), "{} listed twice", term.id);
        for label in term.labels {
            assert!(known.contains(label), "{}: no message {label}", term.id);
            assert!(seen.insert(*label), "{label} in two entries");
        }
    }
}

#[test]
fn players_find_entries_by_id_name_or_unique_prefix() {
    let en = Texts::new(Lang::En);
    let id = |q: &str| glossary::lookup(&en, q).map(|t| t.id);
    assert_eq!(id("coverage"), Some("coverage"));
    assert_eq!(id("Reserve margin"), Some("reserve"));
    assert_eq!(id("  FFO "), Some("ffo"));
    assert_eq!(id("bub"), Some("bubble"));
    // "c" starts many entries: no guess.
    assert_eq!(id("c"), None);
    assert_eq!(id("no such figure"), None);
    let zh = Texts::new(Lang::ZhHant);
    assert_eq!(
        glossary::lookup(&zh, "覆蓋率").map(|t| t.id),
        Some("coverage")
    );
}
