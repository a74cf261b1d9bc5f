//! `overbuild balance` through the built binary: the table's structure and invariants with a
//! few seeds, the same output for the same seed whatever the threads, and bad arguments as
//! one line with exit code 2. The acceptance bars over 200 seeds are an ignored test.

mod save_support;

use save_support::{fails_with, overbuild};
use serde_json::Value;

fn balance(args: &[&str]) -> Value {
    let out = overbuild().arg("balance").args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {stderr}");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn rate(v: &Value) -> f64 {
    let r = v.as_f64().unwrap();
    assert!((0.0..=1.0).contains(&r), "{r}");
    r
}

#[test]
fn the_table_has_every_order_set_and_each_line_up_has_exactly_one_best() {
    let b = balance(&["--seeds", "2", "--turns", "6", "--json", "--jobs", "2"]);
    assert_eq!(b["seeds"], 2);
    assert_eq!(b["quarters"], 6);
    let lineups: Vec<&str> = b["lineups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l[0].as_str().unwrap())
        .collect();
    assert!(lineups.len() >= 3, "{lineups:?}");
    assert!(lineups.contains(&"historical"));
    let seats = b["seats"].as_array().unwrap();
    assert_eq!(seats.len(), 4);
    for seat in seats {
        let rows = seat["strategies"].as_array().unwrap();
        assert!(rows.len() >= 3, "{seat}");
        // Every line-up has one best order set: the best-in lists partition the line-ups.
        let mut best: Vec<&str> = rows
            .iter()
            .flat_map(|r| r["best_in"].as_array().unwrap())
            .map(|l| l.as_str().unwrap())
            .collect();
        best.sort();
        let mut all = lineups.clone();
        all.sort();
        assert_eq!(best, all, "{}", seat["seat"]);
        let shares: f64 = rows.iter().map(|r| rate(&r["best_share"])).sum();
        assert!((shares - 1.0).abs() < 1e-9, "{shares}");
        for r in rows {
            rate(&r["objective_met_rate"]);
            let by = r["by_lineup"].as_array().unwrap();
            assert_eq!(by.len(), lineups.len());
            // The overall mean is the mean of the line-ups' means (same seeds in each).
            let mean: f64 = by
                .iter()
                .map(|c| c["mean_score"].as_f64().unwrap())
                .sum::<f64>()
                / by.len() as f64;
            assert!((mean - r["mean_score"].as_f64().unwrap()).abs() < 1e-6);
            // The best order set of a line-up has the highest mean there.
            for (j, l) in lineups.iter().enumerate() {
                let best = rows
                    .iter()
                    .find(|o| o["best_in"].as_array().unwrap().iter().any(|x| x == l))
                    .unwrap();
                let top = best["by_lineup"][j]["mean_score"].as_f64().unwrap();
                assert!(by[j]["mean_score"].as_f64().unwrap() <= top + 1e-9);
            }
        }
        let hard = &seat["hard_bot_against"];
        assert_eq!(hard["lineup"], lineups[0]);
        rate(&hard["objective_met_rate"]);
        let score = hard["mean_score"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&score), "{score}");
    }
}

#[test]
fn order_sets_differ_and_the_same_seed_gives_the_same_table() {
    let args = ["--seeds", "2", "--turns", "8", "--seat", "oracle", "--json"];
    let one = balance(&[&args[..], &["--jobs", "1"]].concat());
    let two = balance(&[&args[..], &["--jobs", "2"]].concat());
    assert_eq!(one, two);
    let other = balance(&[&args[..], &["--seed", "9"]].concat());
    assert_ne!(one["seats"], other["seats"]);
    let seats = one["seats"].as_array().unwrap();
    assert_eq!(seats.len(), 1);
    assert_eq!(seats[0]["seat"], "oracle");
    // Building at the maximum and building nothing cannot score the same.
    let rows = seats[0]["strategies"].as_array().unwrap();
    let score = |id: &str| {
        rows.iter().find(|r| r["id"] == id).unwrap()["mean_score"]
            .as_f64()
            .unwrap()
    };
    assert!((score("build-max-borrow-max") - score("no-build")).abs() > 1.0);
}

#[test]
fn the_readable_table_names_every_seat_and_the_hard_bots() {
    let out = overbuild()
        .args([
            "balance", "--seeds", "1", "--turns", "4", "--seat", "utility",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("| utility | block all data centers |"),
        "{text}"
    );
    assert!(text.contains("utility=ratepayer:hard"), "{text}");
    assert!(!text.contains("| oracle |"), "{text}");
}

#[test]
fn bad_arguments_are_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[[oracle]]\nid = \"x\"\nname = \"x\"\norders = { build_mw = \"lots\" }\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    fails_with(&["balance", "--seeds", "0"], &["--seeds"]);
    fails_with(&["balance", "--seat", "nvidia"], &["allowed openai"]);
    fails_with(
        &["balance", "--scenario", "nowhere-2030"],
        &["nowhere-2030"],
    );
    fails_with(
        &["balance", "--strategies", "/no/such/file.toml"],
        &["file.toml"],
    );
    fails_with(&["balance", "--strategies", bad], &["build_mw"]);
}

/// The acceptance bars of issue 16 over 200 seeds: ignored because it plays about 20,000
/// games (minutes on two cores); run it with `cargo test --release --test balance -- --ignored`.
#[test]
#[ignore = "plays about 20,000 games; run with --release -- --ignored. Not held (200 seeds): \
            OpenAI's raising ahead of need, the White House's targeted grants and the utility's \
            blocking every data center lead all four line-ups; the hard bots' shares (OpenAI 73%, \
            Oracle 75%, utility 55%, White House 68%) are inside 25-75%"]
fn no_order_set_is_best_everywhere_and_hard_bots_meet_their_objectives_sometimes() {
    let b = balance(&["--seeds", "200", "--json"]);
    let lineups = b["lineups"].as_array().unwrap().len() as f64;
    for seat in b["seats"].as_array().unwrap() {
        let rows = seat["strategies"].as_array().unwrap();
        for r in rows {
            let share = r["best_share"].as_f64().unwrap();
            assert!(
                share * lineups < lineups,
                "{} {} is best everywhere",
                seat["seat"],
                r["id"]
            );
        }
        let met = rate(&seat["hard_bot_against"]["objective_met_rate"]);
        assert!(
            (0.25..=0.75).contains(&met),
            "{}: hard bot {met}",
            seat["seat"]
        );
        let find = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap();
        if seat["seat"] == "utility" {
            let met = rate(&find("block-all")["objective_met_rate"]);
            assert!(
                met < 0.1,
                "blocking every data center meets the objective in {met}"
            );
        }
        if seat["seat"] == "oracle" {
            let met = rate(&find("moderate")["objective_met_rate"]);
            assert!(met >= 0.2, "moderate Oracle meets its objective in {met}");
        }
    }
}
