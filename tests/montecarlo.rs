//! Monte Carlo sweeps through the library: the same runs whatever the threads, shards that
//! merge into the summary of one run over all seeds, per-run rows that replay alone, and
//! merges that refuse what does not belong together.

use overbuild::engine::{CompanyId, Seat};
use overbuild::game::{Controllers, Game, play_out};
use overbuild::montecarlo::table::{merge, render, save_csv, write_csv};
use overbuild::montecarlo::{Plan, Runs, Setup, Shard, run, run_seed, summarize};
use overbuild::scenario::{self, Scenario};
use std::path::PathBuf;

fn scenario() -> Scenario {
    scenario::load(scenario::DEFAULT).expect("default scenario")
}

/// A short setup so debug builds stay quick: five quarters, which includes one checkpoint.
fn setup() -> Setup {
    let mut s = Setup::new(scenario());
    s.turns = 5;
    s
}

fn plan(runs: u64, shard: Shard, jobs: usize) -> Plan {
    Plan {
        base_seed: 11,
        runs,
        shard,
        jobs: Some(jobs),
    }
}

fn sweep(setup: &Setup, plan: &Plan) -> Runs {
    run(setup, plan, &|| {}).expect("the sweep runs")
}

fn csv_bytes(runs: &Runs) -> Vec<u8> {
    let mut out = Vec::new();
    write_csv(runs, &mut out).expect("csv");
    out
}

#[test]
fn the_same_seed_and_runs_give_the_same_bytes_whatever_the_threads() {
    let setup = setup();
    let one = sweep(&setup, &plan(7, Shard::WHOLE, 1));
    let csv = csv_bytes(&one);
    let json = serde_json::to_string(&summarize(&one)).unwrap();
    for jobs in [2, 3, 5] {
        let other = sweep(&setup, &plan(7, Shard::WHOLE, jobs));
        assert_eq!(other, one, "--jobs {jobs}");
        assert_eq!(csv_bytes(&other), csv, "--jobs {jobs}");
        assert_eq!(
            serde_json::to_string(&summarize(&other)).unwrap(),
            json,
            "--jobs {jobs}"
        );
    }
    let runs: Vec<u64> = one.rows.iter().map(|r| r.run).collect();
    assert_eq!(runs, (0..7).collect::<Vec<_>>());
    // Different seeds give different games.
    let index = one.names.iter().position(|n| n == "index").unwrap();
    let mut values: Vec<f64> = one.rows.iter().map(|r| r.values[index]).collect();
    values.dedup();
    assert!(values.len() > 1, "{values:?}");
}

#[test]
fn shards_merge_into_the_summary_of_one_run_over_all_seeds() {
    let setup = setup();
    let whole = sweep(&setup, &plan(8, Shard::WHOLE, 2));
    let expected = summarize(&whole);
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = Vec::new();
    // Shards on "different machines" with different thread counts, merged in any order.
    for (index, jobs) in [(3, 1), (1, 2), (2, 3)] {
        let shard = Shard { index, count: 3 };
        let part = sweep(&setup, &plan(8, shard, jobs));
        assert_eq!(part.rows.len() as u64, shard.runs(8).count() as u64);
        let path = dir.path().join(format!("shard-{index}.csv"));
        save_csv(&part, &path).unwrap();
        files.push(path);
    }
    let merged = merge(&files, false).expect("the shards merge");
    let summary = summarize(&merged);
    assert_eq!(summary, expected);
    assert_eq!(render(&summary), render(&expected));
    assert_eq!(
        serde_json::to_string_pretty(&summary).unwrap(),
        serde_json::to_string_pretty(&expected).unwrap()
    );
    // The rows themselves come back exactly, in run order.
    assert_eq!(merged.rows, whole.rows);
}

#[test]
fn a_run_replays_alone_from_its_seed() {
    let setup = setup();
    let runs = sweep(&setup, &plan(3, Shard::WHOLE, 2));
    let row = &runs.rows[2];
    assert_eq!(row.seed, run_seed(11, 2));
    let mut game = Game::new(scenario(), row.seed);
    play_out(&mut game, &mut Controllers::bots_except(None), 5);
    let value = |name: &str| row.values[runs.names.iter().position(|n| n == name).unwrap()];
    let report = game.last_report().unwrap();
    assert_eq!(value("index"), report.market.index);
    assert_eq!(
        value("market_cap_bn.oracle"),
        report.company(CompanyId::Oracle).unwrap().market_cap_bn
    );
    assert_eq!(value("approval"), report.politics.approval);
    assert_eq!(value("public_welfare"), report.scores.public_welfare.score);
    for s in &report.scores.seats {
        assert_eq!(value(&format!("score.{}", s.seat.id())), s.score);
        assert_eq!(
            value(&format!("objective.{}", s.seat.id())),
            f64::from(u8::from(s.objective_met))
        );
    }
    assert_eq!(value("index@2025Q4"), game.turns[3].report.market.index);
}

#[test]
fn the_summary_has_ordered_percentiles_and_win_rates_from_the_objectives() {
    let setup = setup();
    let runs = sweep(&setup, &plan(6, Shard::WHOLE, 2));
    let s = summarize(&runs);
    assert_eq!((s.runs, s.games, s.quarters), (6, 6, 5));
    assert_eq!(s.end, "2026 Q1");
    assert_eq!(s.metrics.len(), runs.names.len());
    for m in &s.metrics {
        assert!(m.p5 <= m.p50 && m.p50 <= m.p95, "{m:?}");
        assert!(m.mean >= m.p5 - 1e-9 || m.mean.is_nan(), "{m:?}");
    }
    assert_eq!(s.win_rates.len(), 4);
    for (w, seat) in s.win_rates.iter().zip(Seat::ALL) {
        assert_eq!(w.seat, seat.id());
        let objective = s
            .metrics
            .iter()
            .find(|m| m.name == format!("objective.{}", seat.id()))
            .unwrap();
        assert_eq!(w.rate, objective.mean);
        assert!((0.0..=1.0).contains(&w.rate));
    }
    let text = render(&s);
    for needle in ["Win rates", "index", "p95", "Over time", "2025Q4"] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
}

#[test]
fn orders_and_bots_shape_the_setup() {
    let base = setup();
    let mut with_bot = setup();
    with_bot.bots = vec!["oracle=baseline:hard".parse().unwrap()];
    assert_ne!(base.fingerprint(), with_bot.fingerprint());
    let script = overbuild::script::Script::parse(
        "[oracle]\nbuild_mw = 0\nbond_bn = 0\n",
        "zero.toml",
        &base.scenario.params,
    )
    .unwrap();
    let mut scripted = setup();
    scripted.script = Some(script);
    let sweep_line = scripted.sweep(1, 2).to_string();
    assert!(sweep_line.contains("oracle=orders"), "{sweep_line}");
    assert_ne!(base.fingerprint(), scripted.fingerprint());
    // The scripted seat's orders hold in every run.
    let runs = sweep(&scripted, &plan(2, Shard::WHOLE, 1));
    let plain = sweep(&base, &plan(2, Shard::WHOLE, 1));
    let cash = runs
        .names
        .iter()
        .position(|n| n == "cash_bn.oracle")
        .unwrap();
    assert_ne!(runs.rows[0].values[cash], plain.rows[0].values[cash]);
}

fn write_shards(dir: &std::path::Path, count: u32, runs: u64) -> Vec<PathBuf> {
    let setup = setup();
    (1..=count)
        .map(|index| {
            let part = sweep(&setup, &plan(runs, Shard { index, count }, 2));
            let path = dir.join(format!("part-{index}.csv"));
            save_csv(&part, &path).unwrap();
            path
        })
        .collect()
}

#[test]
fn merges_refuse_missing_repeated_and_foreign_shards() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_shards(dir.path(), 3, 6);
    // A missing shard is named; --partial summarises what is there.
    let err = merge(&files[..2], false).unwrap_err();
    assert!(err.contains("2 of the sweep's 6 runs are missing"), "{err}");
    assert!(err.contains("shard 3/3"), "{err}");
    assert!(err.contains("--partial"), "{err}");
    let partial = summarize(&merge(&files[..2], true).unwrap());
    assert_eq!((partial.games, partial.runs), (4, 6));
    assert!(render(&partial).contains("PARTIAL: 4 of the sweep's 6 runs"));
    // The same shard twice.
    let twice = [files[0].clone(), files[0].clone(), files[1].clone()];
    let err = merge(&twice, false).unwrap_err();
    assert!(err.contains("is also in"), "{err}");
    // A shard of another sweep (another base seed).
    let mut other = plan(6, Shard { index: 3, count: 3 }, 1);
    other.base_seed = 12;
    let foreign = dir.path().join("foreign.csv");
    save_csv(&sweep(&setup(), &other), &foreign).unwrap();
    let err = merge(&[files[0].clone(), files[1].clone(), foreign], false).unwrap_err();
    assert!(err.contains("from another sweep"), "{err}");
    // Not a per-run file, a missing file, a damaged number.
    let junk = dir.path().join("junk.csv");
    std::fs::write(&junk, "a,b\n1,2\n").unwrap();
    assert!(
        merge(&[junk], false)
            .unwrap_err()
            .contains("not a per-run file")
    );
    let missing = dir.path().join("nope.csv");
    assert!(
        merge(&[missing], false)
            .unwrap_err()
            .contains("cannot read")
    );
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let cut = lines[1].rfind(',').unwrap();
    lines[1].truncate(cut);
    lines[1].push_str(",x");
    let damaged = dir.path().join("damaged.csv");
    std::fs::write(&damaged, lines.join("\n")).unwrap();
    let err = merge(&[damaged], true).unwrap_err();
    assert!(err.contains("damaged.csv:2: "), "{err}");
    assert!(err.contains("`x` is not a number"), "{err}");
}
