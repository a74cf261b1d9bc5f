//! The built binary: `sim --json`, listings, and bad input (one line on stderr, exit code 2).

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;

fn overbuild() -> Command {
    Command::cargo_bin("overbuild").expect("binary built")
}

fn temp_file(content: &str, suffix: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    f.write_all(content.as_bytes()).unwrap();
    f
}

/// Runs and expects exit code 2 with exactly one line on stderr containing `needle`.
fn fails_with(args: &[&str], needle: &str) {
    let out = overbuild().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
}

#[test]
fn sim_json_has_the_documented_shape() {
    let out = overbuild()
        .args(["sim", "--seed", "7", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["scenario"], "stargate-2025");
    assert_eq!(v["seed"], 7);
    assert_eq!(v["turns"], 16);
    let turns = v["per_turn"].as_array().unwrap();
    assert_eq!(turns.len(), 16);
    let first = &turns[0];
    assert_eq!(first["date"], "2025 Q1");
    for key in ["index", "approval", "ai_revenue_bn_yr", "blackouts"] {
        assert!(first[key].is_number(), "{key}");
    }
    let regions = first["regions"].as_array().unwrap();
    assert_eq!(regions.len(), 3);
    for r in regions {
        assert!(r["residential_cents"].as_f64().unwrap() > 5.0);
        assert!(r["reserve_margin"].is_number());
    }
    for c in first["companies"].as_array().unwrap() {
        for key in ["cash_bn", "debt_bn", "market_cap_bn"] {
            assert!(c[key].is_number(), "{key}");
        }
    }
    for seat in ["openai", "oracle", "utility", "whitehouse"] {
        assert!(v["scores"][seat]["score"].is_number(), "{seat}");
    }
    assert!(v["public_welfare"]["score"].is_number());
    let hash = v["state_hash"].as_str().unwrap();
    assert_eq!(hash.len(), 64);
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn sim_json_carries_each_companys_three_statements_and_they_balance() {
    let out = overbuild()
        .args(["sim", "--seed", "11", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let turns = v["per_turn"].as_array().unwrap();
    for turn in turns {
        for c in turn["companies"].as_array().unwrap() {
            for part in ["income", "cash_flow", "balance"] {
                assert!(c["statements"][part].is_object(), "{} {part}", c["id"]);
            }
        }
    }
    let last = turns.last().unwrap();
    let oracle = last["companies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "oracle")
        .unwrap();
    let b = &oracle["statements"]["balance"];
    let f = |k: &str| b[k].as_f64().unwrap_or_else(|| panic!("{k}"));
    let assets = f("cash_bn")
        + f("ppe_bn")
        + f("right_of_use_bn")
        + f("loans_receivable_bn")
        + f("investments_bn")
        + f("other_assets_bn");
    let liabilities =
        f("debt_bn") + f("lease_liabilities_bn") + f("vendor_loans_bn") + f("other_liabilities_bn");
    let equity = f("paid_in_bn") + f("retained_bn");
    assert!(assets > 0.0);
    assert!(
        (assets - liabilities - equity).abs() < 1e-6 * assets.max(1.0),
        "assets {assets} liabilities {liabilities} equity {equity}"
    );
    let cf = &oracle["statements"]["cash_flow"];
    let g = |k: &str| cf[k].as_f64().unwrap_or_else(|| panic!("{k}"));
    let closing = g("opening_cash_bn") + g("operating_bn") + g("investing_bn") + g("financing_bn");
    assert!((closing - g("closing_cash_bn")).abs() < 1e-6 * closing.abs().max(1.0));
}

#[test]
fn the_same_seed_gives_the_same_hash_across_processes() {
    let run = |seed: &str| {
        let out = overbuild()
            .args(["sim", "--seed", seed, "--json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["state_hash"].as_str().unwrap().to_string()
    };
    assert_eq!(run("11"), run("11"));
    assert_ne!(run("11"), run("12"));
}

#[test]
fn sim_prints_a_table_and_respects_turns() {
    overbuild()
        .args(["sim", "--turns", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2025 Q3"))
        .stdout(predicate::str::contains("2025 Q4").not())
        .stdout(predicate::str::contains("state hash"));
}

#[test]
fn orders_file_holds_a_seat() {
    let f = temp_file(
        "[whitehouse]\nchip_tariff = 1.0\nequipment_tariff = 0.5\nrelief_bn = 10\n",
        ".toml",
    );
    let out = overbuild()
        .args([
            "sim",
            "--turns",
            "2",
            "--json",
            "--orders",
            f.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let seats = v["seats"].as_array().unwrap();
    assert!(
        seats
            .iter()
            .any(|s| s[0] == "whitehouse" && s[1].as_str().unwrap().starts_with("orders:"))
    );
    assert!(
        seats
            .iter()
            .any(|s| s[0] == "oracle" && s[1] == "bot:baseline")
    );
}

#[test]
fn scenarios_are_listed() {
    overbuild()
        .arg("scenarios")
        .assert()
        .success()
        .stdout(predicate::str::contains("stargate-2025"));
}

#[test]
fn scenario_check_accepts_the_default_and_reports_every_problem() {
    let good = temp_file(overbuild::scenario::BUILTIN[0].1, ".toml");
    overbuild()
        .args(["scenario", "check", good.path().to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok"));
    let text = overbuild::scenario::BUILTIN[0]
        .1
        .replace("households_m = 10.5", "households_m = -3")
        .replace("turns = 16", "turns = 99")
        .replace(
            "[regions.fleet]               # ERCOT",
            "[regions.fleet]               # x\n#",
        );
    let bad = temp_file(&text, ".toml");
    let out = overbuild()
        .args(["scenario", "check", bad.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("regions[0].households_m = -3"), "{stderr}");
    assert!(stderr.contains("scenario.turns = 99"), "{stderr}");
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
}

#[test]
fn bad_input_is_one_line_and_exit_code_2() {
    fails_with(
        &["sim", "--scenario", "atlantis"],
        "no scenario named \"atlantis\"",
    );
    fails_with(
        &["sim", "--scenario", "/nonexistent/x.toml"],
        "/nonexistent/x.toml: cannot read",
    );
    let malformed = temp_file("[scenario\nid = 1", ".toml");
    let path = malformed.path().to_str().unwrap().to_string();
    fails_with(&["sim", "--scenario", &path], &format!("{path}:1:"));
    let unknown_seat = temp_file("[nvidia]\nx = 1\n", ".toml");
    fails_with(
        &["sim", "--orders", unknown_seat.path().to_str().unwrap()],
        "unknown seat `nvidia`",
    );
    let unknown_field = temp_file("[oracle]\nbuild = 1\n", ".toml");
    fails_with(
        &["sim", "--orders", unknown_field.path().to_str().unwrap()],
        "unknown field `build`",
    );
    let out_of_range = temp_file("[utility]\nlarge_load_share = 2\n", ".toml");
    fails_with(
        &["sim", "--orders", out_of_range.path().to_str().unwrap()],
        "utility.large_load_share = 2 is not allowed: 0..=1 share",
    );
    fails_with(
        &["sim", "--orders", "/nonexistent/orders.toml"],
        "/nonexistent/orders.toml: cannot read",
    );
}

#[test]
fn bad_arguments_are_one_line_too() {
    fails_with(
        &["sim", "--turns", "0"],
        "'--turns <TURNS>': 0 is not in 1..=40",
    );
    fails_with(&["sim", "--seed", "abc"], "--seed");
    fails_with(&["fly"], "unrecognized subcommand 'fly'");
}

#[test]
fn help_and_version_succeed() {
    overbuild()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("sim"));
    overbuild()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

fn stdout_of(args: &[&str]) -> String {
    let out = overbuild().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn lang_reaches_sim_and_scenarios() {
    for (args, zh_words) in [
        (
            &["sim", "--turns", "2"][..],
            &["季度", "得分", "目標", "狀態雜湊"][..],
        ),
        (
            &["sim", "--turns", "2", "--runs", "3", "--jobs", "1"],
            &["蒙地卡羅", "勝率"],
        ),
        (&["scenarios"], &["星際之門", "共 16 季"]),
    ] {
        let en = stdout_of(&[args, &["--lang", "en"]].concat());
        let zh = stdout_of(&[args, &["--lang", "zh-Hant"]].concat());
        assert_eq!(en, stdout_of(args), "{args:?}: English is the default");
        assert_ne!(en, zh, "{args:?}");
        for word in zh_words {
            assert!(zh.contains(word), "{args:?}: {word} missing in {zh}");
            assert!(!en.contains(word), "{args:?}: {word} in English {en}");
        }
    }
    // The numbers are the same game's: only the words change.
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let en = stdout_of(&["sim", "--turns", "3", "--seed", "4"]);
    let zh = stdout_of(&["sim", "--turns", "3", "--seed", "4", "--lang", "zh-Hant"]);
    assert_eq!(digits(&en), digits(&zh));
}

#[test]
fn an_unknown_lang_is_refused_by_every_command() {
    for args in [
        &["sim", "--lang", "fr"][..],
        &["scenarios", "--lang", "fr"],
        &["sim", "--runs", "2", "--lang", "fr"],
    ] {
        fails_with(args, "--lang fr: unknown language; use en or zh-Hant");
    }
}

#[test]
fn lang_reaches_replay_verify_and_compare() {
    let save = "saves/historical.json.gz";
    let en = stdout_of(&["replay", save, "--verify"]);
    let zh = stdout_of(&["replay", save, "--verify", "--lang", "zh-Hant"]);
    assert!(en.contains("every state hash matches"), "{en}");
    assert!(
        zh.contains("已重播") && zh.contains("狀態雜湊皆相符"),
        "{zh}"
    );
    let compare = |lang: &str| {
        let out = overbuild()
            .args(["replay", save, "--compare", "saves/scripted.json.gz"])
            .args(["--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "different games differ");
        String::from_utf8(out.stdout).unwrap()
    };
    let (en, zh) = (compare("en"), compare("zh-Hant"));
    assert!(en.contains("first difference: quarter 1"), "{en}");
    assert!(zh.contains("第一個差異：第 1 季"), "{zh}");
    assert!(!zh.contains("first difference"), "{zh}");
}
