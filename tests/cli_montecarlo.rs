//! `overbuild sim --runs` and `overbuild sim merge` through the built binary: the same output
//! whatever --jobs, shards that merge into the whole sweep's summary, no progress bar when
//! stderr is not a terminal, and bad input as one line on stderr with exit code 2.

use assert_cmd::Command;

fn overbuild() -> Command {
    Command::cargo_bin("overbuild").expect("binary built")
}

/// Runs `sim` with these arguments (after a short, fixed setup) and returns stdout.
fn sim(args: &[&str]) -> (String, String) {
    let out = overbuild()
        .args(["sim", "--turns", "3", "--seed", "5"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{args:?}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

fn fails_with(args: &[&str], needle: &str) {
    let out = overbuild().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn runs_give_the_same_json_whatever_the_jobs_and_no_progress_bar_when_piped() {
    let (one, err_one) = sim(&["--runs", "5", "--jobs", "1", "--json"]);
    let (two, err_two) = sim(&["--runs", "5", "--jobs", "2", "--json"]);
    let (all, _) = sim(&["--runs", "5", "--json"]);
    assert_eq!(one, two);
    assert_eq!(one, all);
    // Stderr is a pipe here: no progress bar, nothing at all.
    assert_eq!(err_one, "");
    assert_eq!(err_two, "");
    let v: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(v["runs"], 5);
    assert_eq!(v["games"], 5);
    assert_eq!(v["base_seed"], 5);
    assert_eq!(v["quarters"], 3);
    assert!(v.get("shard").is_none());
    assert_eq!(v["win_rates"].as_array().unwrap().len(), 4);
    let metrics = v["metrics"].as_array().unwrap();
    let index = metrics.iter().find(|m| m["name"] == "index").unwrap();
    for k in ["mean", "p5", "p50", "p95"] {
        assert!(index[k].as_f64().unwrap() > 0.0, "{k}: {index}");
    }
}

#[test]
fn shards_and_merge_give_the_whole_sweep() {
    let dir = tempfile::tempdir().unwrap();
    let (whole, _) = sim(&["--runs", "6", "--json"]);
    let (whole_table, _) = sim(&["--runs", "6"]);
    let mut files = Vec::new();
    for shard in ["2/3", "1/3", "3/3"] {
        let path = dir.path().join(format!("s{}.csv", &shard[..1]));
        let path_text = path.to_str().unwrap().to_string();
        let (out, err) = sim(&["--runs", "6", "--shard", shard, "--out", &path_text]);
        assert!(out.contains(&format!("shard {shard}")), "{out}");
        assert!(err.contains("wrote 2 runs to"), "{err}");
        files.push(path_text);
    }
    let merged = overbuild()
        .args(["sim", "merge", "--json"])
        .args(&files)
        .output()
        .unwrap();
    assert!(merged.status.success());
    assert_eq!(String::from_utf8(merged.stdout).unwrap(), whole);
    let combined = dir.path().join("all.csv");
    let merged_table = overbuild()
        .args(["sim", "merge"])
        .args(&files)
        .args(["--out", combined.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(merged_table.status.success());
    assert_eq!(String::from_utf8(merged_table.stdout).unwrap(), whole_table);
    // The merged file holds every run once, in order.
    let text = std::fs::read_to_string(&combined).unwrap();
    let runs: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(runs, ["0", "1", "2", "3", "4", "5"]);
    assert!(text.starts_with("run,seed,shard,sweep,index,"));
    // A missing shard is named.
    let out = overbuild()
        .args(["sim", "merge", &files[0], &files[1]])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("shard 3/3"), "{stderr}");
}

#[test]
fn rows_to_stdout_are_the_whole_output_and_the_same_whatever_the_jobs() {
    let (one, _) = sim(&["--runs", "5", "--jobs", "1", "--out", "-"]);
    let (two, _) = sim(&["--runs", "5", "--jobs", "2", "--out", "-"]);
    assert_eq!(one, two);
    let lines: Vec<&str> = one.lines().collect();
    assert_eq!(
        lines.len(),
        6,
        "a header and one row per run, no summary: {one}"
    );
    assert!(lines[0].starts_with("run,seed,shard,sweep,index,"));
    let runs: Vec<&str> = lines[1..].iter().map(|l| &l[..1]).collect();
    assert_eq!(runs, ["0", "1", "2", "3", "4"]);
}

#[test]
fn the_table_shows_win_rates_and_percentiles() {
    let (table, _) = sim(&["--runs", "3", "--bot", "oracle=baseline:hard"]);
    for needle in [
        "Monte Carlo: 3 games of stargate-2025 (3 quarters to 2025 Q3), base seed 5",
        "Win rates (objective met at 2025 Q3):",
        "oracle",
        "mean",
        "p95",
        "oracle_share_price",
    ] {
        assert!(table.contains(needle), "{needle}: {table}");
    }
}

#[test]
fn one_game_without_runs_is_unchanged() {
    let (plain, _) = sim(&["--json"]);
    let v: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert_eq!(v["seed"], 5);
    assert_eq!(v["per_turn"].as_array().unwrap().len(), 3);
}

#[test]
fn bad_monte_carlo_input_is_one_line_and_exit_code_2() {
    fails_with(
        &["sim", "--runs", "4", "--shard", "3/2", "--out", "x.csv"],
        "'3/2' for '--shard",
    );
    fails_with(
        &["sim", "--runs", "4", "--shard", "0/2", "--out", "x.csv"],
        "I/N",
    );
    fails_with(
        &["sim", "--runs", "4", "--shard", "1/2"],
        "--shard 1/2 needs --out",
    );
    fails_with(&["sim", "--jobs", "2"], "--jobs needs --runs");
    fails_with(&["sim", "--out", "x.csv"], "--out needs --runs");
    fails_with(&["sim", "--runs", "0"], "--runs");
    fails_with(&["sim", "--runs", "2", "--save", "x.json.gz"], "--save");
    fails_with(
        &["sim", "--runs", "2", "--bot", "oracle=reckless"],
        "unknown personality",
    );
    fails_with(
        &[
            "sim",
            "--bot",
            "oracle=baseline",
            "--bot",
            "oracle=baseline:hard",
        ],
        "oracle is given twice",
    );
    fails_with(&["sim", "merge"], "give the per-run files");
    fails_with(&["sim", "merge", "/nonexistent/shard.csv"], "cannot read");
    let dir = tempfile::tempdir().unwrap();
    let dir_text = dir.path().to_str().unwrap();
    fails_with(
        &["sim", "merge", dir_text],
        "is a directory, not a regular file; a per-run file must be a regular file",
    );
}
