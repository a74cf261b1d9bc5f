//! Plain mode and the TUI read one seat books model: every figure plain `books` prints is on
//! the Books tab with the same label and value, the figures plain `status` lists that the
//! dashboard has no room for (interconnection queue, firm capacity against peak, the rules in
//! force, each company's cash burn) are on the Books tab too, and every key the model uses
//! exists in both languages.

#[path = "common/mod.rs"]
mod common;
#[path = "common/tui.rs"]
mod tui_common;

use crossterm::event::KeyCode;
use overbuild::audio::Player;
use overbuild::engine::Seat;
use overbuild::engine::seat_books::SeatBooks;
use overbuild::i18n::{Lang, Texts, format_number};
use overbuild::plain::{Setup, play};
use tui_common::*;

/// Two quarters, then `books`, in plain mode.
fn plain_transcript(seat: Seat, lang: Lang) -> String {
    let setup = Setup {
        lang,
        scenario: overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap(),
        seats: Some(vec![seat]),
        seed: Some(7),
        default_seed: 7,
        bots: Vec::new(),
        echo: true,
        saves: None,
    };
    let mut out = Vec::new();
    play(
        "done\ndone\nbooks\nquit\n".as_bytes(),
        &mut out,
        setup,
        &Player::silent(),
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

/// The same two quarters in the TUI, its Books tab drawn tall enough to hold every line.
fn tui_books(seat: Seat, lang: Lang) -> (String, overbuild::tui::App) {
    let mut app = in_game(&[seat], 7);
    app.texts = Texts::new(lang);
    for _ in 0..2 {
        submit(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('4'));
    (screen(&mut app, 260, 420), app)
}

/// The plain transcript's `books` answer: from the command to the next prompt.
fn books_answer(transcript: &str, seat: Seat) -> Vec<String> {
    let prompt = format!("{}> ", seat.id());
    let start = transcript
        .find(&format!("{prompt}books"))
        .expect("the books command");
    transcript[start..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with(&prompt))
        .map(str::to_string)
        .collect()
}

/// A plain line of the books split into its label and values.
fn parse(line: &str, lang: Lang) -> (String, Vec<String>) {
    let (sep, quarter_word, running_mark) = match lang {
        Lang::En => (": ", " this quarter, ", " over the last "),
        Lang::ZhHant => ("：", "本季 ", "季合計 "),
    };
    let (name, rest) = line.rsplit_once(sep).expect("label: value");
    let name = name.trim_start_matches("- ").to_string();
    if !rest.contains(quarter_word) {
        return (name, vec![rest.to_string()]);
    }
    let values = match lang {
        Lang::En => {
            let (q, tail) = rest.split_once(quarter_word).unwrap();
            let (r, _) = tail.split_once(running_mark).unwrap();
            vec![q.to_string(), r.to_string()]
        }
        Lang::ZhHant => {
            let rest = rest.trim_start_matches(quarter_word);
            let (q, tail) = rest.split_once('，').unwrap();
            let (_, r) = tail.split_once(running_mark).unwrap();
            vec![q.to_string(), r.to_string()]
        }
    };
    (name, values)
}

/// A screen row holding the label and each value in order.
fn on_screen(screen: &str, name: &str, values: &[String]) -> bool {
    screen.lines().any(|row| {
        let Some(at) = row.find(name) else {
            return false;
        };
        let mut rest = &row[at + name.len()..];
        values.iter().all(|v| match rest.find(v.as_str()) {
            Some(i) => {
                rest = &rest[i + v.len()..];
                true
            }
            None => false,
        })
    })
}

#[test]
fn every_figure_of_plain_books_is_on_the_books_tab() {
    for lang in Lang::ALL {
        for seat in Seat::ALL {
            let answer = books_answer(&plain_transcript(seat, lang), seat);
            let (screen, _) = tui_books(seat, lang);
            let mut checked = 0;
            for line in &answer {
                if let Some(title) = line
                    .strip_prefix("=== ")
                    .and_then(|l| l.strip_suffix(" ==="))
                {
                    assert!(
                        screen.contains(title),
                        "{lang:?} {seat:?}: title {title:?} not on the Books tab"
                    );
                    continue;
                }
                if let Some(heading) = line.strip_prefix("== ").and_then(|l| l.strip_suffix(" =="))
                {
                    assert!(
                        screen.contains(heading),
                        "{lang:?} {seat:?}: heading {heading:?}"
                    );
                    continue;
                }
                let (name, values) = parse(line, lang);
                assert!(
                    on_screen(&screen, &name, &values),
                    "{lang:?} {seat:?}: {line:?} (label {name:?}, values {values:?}) not on the Books tab:\n{screen}"
                );
                checked += 1;
            }
            assert!(
                checked > 40,
                "{lang:?} {seat:?}: only {checked} figures in plain books"
            );
        }
    }
}

#[test]
fn what_plain_status_lists_beyond_the_dashboard_is_on_the_books_tab() {
    let seat = Seat::Oracle;
    let transcript = plain_transcript(seat, Lang::En);
    let (screen, app) = tui_books(seat, Lang::En);
    let game = &app.session.as_ref().unwrap().game;
    let view = overbuild::engine::SeatView::new(&game.world, seat);
    let mw = |v: f64| format!("{} MW", format_number(v, 0));
    for r in &view.regions {
        let scenario_name = game
            .world
            .params
            .regions
            .iter()
            .find(|p| p.id == r.id)
            .map_or(r.id.as_str(), |p| p.name.as_str());
        let region = app.texts.region(&r.id, scenario_name);
        for (label, value) in [
            ("queue", r.queue_mw),
            ("firm capacity", r.firm_capacity_mw),
            ("peak load", r.peak_load_mw),
            ("hosting capacity", r.hosting_capacity_mw),
        ] {
            let text = format_number(value, 0);
            assert!(
                transcript.contains(&text),
                "plain status has {region} {label} {text}"
            );
            assert!(
                on_screen(&screen, &format!("{region}: {label}"), &[mw(value)]),
                "{region}: {label} {text} not on the Books tab"
            );
        }
    }
    for c in &view.companies {
        let name = app.texts.get(&format!("company-{}", c.id.id()));
        let fcf = format_number(c.free_cash_flow_q_bn, 1);
        assert!(
            transcript.contains(&format!(
                "free cash flow {}",
                format!("${fcf}B").replace("$-", "-$")
            )),
            "plain status lists {name}'s free cash flow {fcf}"
        );
        let label = format!("{name}: free cash flow");
        // A label starts with a capital ("The big-4 hyperscalers: …").
        let label = format!("{}{}", label[..1].to_uppercase(), &label[1..]);
        assert!(
            on_screen(&screen, &label, std::slice::from_ref(&fcf)),
            "{label} {fcf}"
        );
    }
    // Oracle's build-out under contract, part of what credit counts, is on both.
    let oracle = view.company(overbuild::engine::ids::CompanyId::Oracle);
    let build_out = format_number(oracle.credit_build_out_bn, 1);
    assert!(
        oracle.credit_build_out_bn > 1.0,
        "Oracle has a build-out committed after two quarters: {build_out}"
    );
    assert!(
        transcript.contains(&format!(
            "of which the build-out committed, unpaid ${build_out}B"
        )),
        "plain status lists Oracle's build-out {build_out}"
    );
    assert!(
        on_screen(
            &screen,
            "of which the build-out committed",
            std::slice::from_ref(&build_out)
        ),
        "Oracle's build-out {build_out} not on the Books tab"
    );
    let p = &view.policy;
    for (label, share) in [
        ("Chip tariff", p.chip_tariff),
        ("Equipment tariff", p.equipment_tariff),
        (
            "Large loads' share of upgrades",
            p.effective_large_load_share(view.turn),
        ),
    ] {
        let pct = format!("{}%", format_number(share * 100.0, 1));
        assert!(
            on_screen(&screen, label, std::slice::from_ref(&pct)),
            "{label} {pct}"
        );
    }
    let ride = if p.ride_through_required { "yes" } else { "no" };
    assert!(on_screen(
        &screen,
        "Ride-through required",
        &[ride.to_string()]
    ));
}

#[test]
fn every_key_the_books_use_exists_in_both_languages() {
    let mut world = common::new_world();
    let mut reports = Vec::new();
    let keys = |world: &overbuild::engine::World, reports: &[overbuild::engine::TurnReport]| {
        let refs: Vec<&overbuild::engine::TurnReport> = reports.iter().collect();
        Seat::ALL
            .iter()
            .flat_map(|s| {
                let b = SeatBooks::new(world, *s, &refs);
                let mut keys: Vec<String> = b
                    .sections
                    .iter()
                    .map(|x| format!("books-section-{}", x.key))
                    .collect();
                keys.extend(
                    b.sections
                        .iter()
                        .flat_map(|x| x.entries.iter().map(|e| format!("books-{}", e.key))),
                );
                keys
            })
            .collect::<Vec<_>>()
    };
    let mut all = keys(&world, &reports);
    for _ in 0..2 {
        let orders = overbuild::engine::attribution::baseline_orders(&world);
        let rngs = overbuild::engine::Rngs::new(7);
        let (next, report) = overbuild::engine::resolve(&world, &orders, &mut rngs.clone());
        world = next;
        reports.push(report);
        all.extend(keys(&world, &reports));
    }
    all.extend(
        [
            "books-col-quarter",
            "books-col-running",
            "books-spvs",
            "books-counterparty",
            "books-yes",
            "books-no",
            "books-per-year",
        ]
        .map(String::from),
    );
    for lang in Lang::ALL {
        let texts = Texts::new(lang);
        let missing: Vec<&String> = all.iter().filter(|k| !texts.has(k)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}
