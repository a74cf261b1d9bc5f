//! `report --workshop DIR`: the after-action review of a server's tables, side by side, in
//! Markdown and HTML; bad folders and formats get one line and exit code 2.

mod save_support;

use overbuild::engine::Seat;
use overbuild::engine::orders::Value;
use overbuild::game::{Controllers, Game, SeatRole};
use overbuild::save::{Compare, Expectation, Intent, SaveMeta};
use overbuild::serve::table::TableState;
use save_support::{fails_with, overbuild};
use std::path::Path;
use std::time::Instant;

const QUARTERS: usize = 3;

/// Table `n` of a workshop saved as the server names it: Oracle is human and builds
/// `build_mw` in Texas each quarter, saying what it expects of its share price; bots elsewhere.
fn table(saves: &Path, n: usize, build_mw: f64) {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    let roles = Seat::ALL.map(|s| {
        if s == Seat::Oracle {
            SeatRole::Human
        } else {
            SeatRole::baseline_bot()
        }
    });
    let mut t = TableState::new(
        n - 1,
        Game::new(scenario, 9),
        roles.clone(),
        Controllers::bots_except(None),
        SaveMeta::new(roles),
    );
    t.save_path = Some(saves.join(format!("workshop-20260101-t{n}.json.gz")));
    for q in 0..QUARTERS {
        let mut orders = t
            .game
            .world
            .last_orders
            .seat(Seat::Oracle)
            .carried_forward();
        assert!(orders.set("build_mw", 0, Value::Number(build_mw)));
        let intent = Intent {
            text: format!("table {n} builds {build_mw} MW in quarter {}", q + 1),
            expect: Some(Expectation {
                figure: "share.oracle".into(),
                compare: Compare::AtLeast,
                value: 1.0,
            }),
        };
        assert!(t.submit_with(orders, Some(intent)));
        t.resolve(Instant::now()).unwrap();
    }
    t.save().unwrap();
}

fn workshop(dir: &Path) {
    let saves = dir.join("saves");
    std::fs::create_dir_all(&saves).unwrap();
    table(&saves, 1, 0.0);
    table(&saves, 2, 1500.0);
}

#[test]
fn the_review_sets_the_tables_side_by_side_in_markdown_and_html() {
    let dir = tempfile::tempdir().unwrap();
    workshop(dir.path());
    let out = overbuild()
        .args(["report", "--workshop"])
        .arg(dir.path())
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        md.starts_with("# After-action review: workshop-20260101"),
        "{md}"
    );
    for section in [
        "## The tables side by side",
        "## What split the tables",
        "## Seat by seat: intents, outcomes, causes",
        "## Intents and expectations, table by table",
    ] {
        assert!(md.contains(section), "{section} in {md}");
    }
    // Both tables' Oracle intents, quarter by quarter, with the share price they named.
    for n in [1, 2] {
        assert!(md.contains(&format!("| t{n} |")), "{md}");
    }
    assert!(md.contains("table 2 builds 1500 MW in quarter 3"), "{md}");
    assert!(
        md.contains("expects Oracle share price at least 1.00 $"),
        "{md}"
    );
    // Oracle built differently at the two tables: Oracle's decisions are why its score split.
    let oracle = md
        .split("### Oracle")
        .nth(1)
        .expect("Oracle's split")
        .split("###")
        .next()
        .unwrap();
    assert!(oracle.contains("Tables t"), "{oracle}");
    assert!(
        oracle.contains("Data centers to start"),
        "the decisions behind the gap: {oracle}"
    );

    let html_path = dir.path().join("aar.html");
    let out = overbuild()
        .args(["report", "--workshop"])
        .arg(dir.path())
        .arg("--out")
        .arg(&html_path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..80]);
    assert!(html.contains("table 1 builds 0 MW in quarter 1"));
    assert!(html.contains("<table"));

    let zh = overbuild()
        .args(["--lang", "zh-Hant", "report", "--workshop"])
        .arg(dir.path().join("saves"))
        .output()
        .unwrap();
    let zh = String::from_utf8_lossy(&zh.stdout);
    assert!(zh.contains("行動後檢討") && zh.contains("各桌並列"), "{zh}");
}

#[test]
fn a_folder_without_tables_or_a_csv_request_gets_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().to_str().unwrap();
    fails_with(
        &["report", "--workshop", empty],
        &[empty, "no workshop tables"],
    );
    workshop(dir.path());
    fails_with(
        &["report", "--workshop", empty, "--format", "csv"],
        &["md or html"],
    );
    let missing = dir.path().join("nowhere");
    let missing = missing.to_str().unwrap();
    fails_with(
        &["report", "--workshop", missing],
        &[missing, "cannot read"],
    );
}
