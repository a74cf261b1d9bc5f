//! Monte Carlo sweeps through the library: the same runs whatever the threads, shards that
//! merge into the summary of one run over all seeds, per-run rows that replay alone, merges
//! that refuse what does not belong together, and a tally whose size does not grow with runs.

use overbuild::engine::{CompanyId, Seat};
use overbuild::game::{Controllers, Game, play_out};
use overbuild::montecarlo::table::{RowSink, RowWriter, Written, merge, render};
use overbuild::montecarlo::tally::{
    EXACT_UP_TO_GAMES, Precision, SKETCH_RELATIVE_ERROR, SKETCH_ZERO_BAND, Tally,
};
use overbuild::montecarlo::{Plan, RunRow, Runs, Setup, Shard, run, run_seed, summarize};
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

/// A sweep's tally and its rows, in the order they came out.
fn sweep(setup: &Setup, plan: &Plan) -> (Runs, Vec<RunRow>) {
    let mut rows = Vec::new();
    let runs = run(setup, plan, &|| {}, &mut |row| {
        rows.push(row.clone());
        Ok::<(), String>(())
    })
    .expect("the sweep runs");
    (runs, rows)
}

/// A sweep written to a per-run file as it plays, as `sim --out FILE` does.
fn sweep_to(setup: &Setup, plan: &Plan, path: &std::path::Path) -> Runs {
    let names = overbuild::montecarlo::Columns::new(&setup.scenario.params, setup.turns).names;
    let sweep = setup.sweep(plan.base_seed, plan.runs);
    let mut sink = RowSink::open(Some(path), &sweep, plan.shard.count, &names).unwrap();
    let runs = run(setup, plan, &|| {}, &mut |row| sink.write(row)).expect("the sweep runs");
    let written = sink.finish().unwrap();
    let games = plan.shard.runs(plan.runs).count() as u64;
    assert_eq!(
        written,
        Written::File {
            path: path.to_path_buf(),
            rows: games
        }
    );
    runs
}

/// Merged files' tally and rows.
fn merged(files: &[PathBuf], partial: bool) -> Result<(Runs, Vec<RunRow>), String> {
    let mut rows = Vec::new();
    let runs = merge(files, partial, &mut |row| {
        rows.push(row.clone());
        Ok::<(), String>(())
    })?;
    Ok((runs, rows))
}

fn csv_bytes(runs: &Runs, rows: &[RunRow]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = RowWriter::new(&mut out, &runs.sweep, runs.shards, &runs.names).unwrap();
    for row in rows {
        w.write(row).unwrap();
    }
    w.finish().unwrap();
    out
}

#[test]
fn the_same_seed_and_runs_give_the_same_bytes_whatever_the_threads() {
    let setup = setup();
    let (one, one_rows) = sweep(&setup, &plan(7, Shard::WHOLE, 1));
    let csv = csv_bytes(&one, &one_rows);
    let json = serde_json::to_string(&summarize(&one)).unwrap();
    for jobs in [2, 3, 5] {
        let (other, rows) = sweep(&setup, &plan(7, Shard::WHOLE, jobs));
        assert_eq!(rows, one_rows, "--jobs {jobs}");
        assert_eq!(csv_bytes(&other, &rows), csv, "--jobs {jobs}");
        assert_eq!(
            serde_json::to_string(&summarize(&other)).unwrap(),
            json,
            "--jobs {jobs}"
        );
    }
    // Rows come out in run order.
    let runs: Vec<u64> = one_rows.iter().map(|r| r.run).collect();
    assert_eq!(runs, (0..7).collect::<Vec<_>>());
    // Different seeds give different games.
    let index = one.names.iter().position(|n| n == "index").unwrap();
    let mut values: Vec<f64> = one_rows.iter().map(|r| r.values[index]).collect();
    values.dedup();
    assert!(values.len() > 1, "{values:?}");
}

#[test]
fn shards_merge_into_the_summary_of_one_run_over_all_seeds() {
    let setup = setup();
    let (whole, whole_rows) = sweep(&setup, &plan(8, Shard::WHOLE, 2));
    let expected = summarize(&whole);
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = Vec::new();
    // Shards on "different machines" with different thread counts, merged in any order.
    for (index, jobs) in [(3, 1), (1, 2), (2, 3)] {
        let shard = Shard { index, count: 3 };
        let path = dir.path().join(format!("shard-{index}.csv"));
        let part = sweep_to(&setup, &plan(8, shard, jobs), &path);
        assert_eq!(part.tally.games(), shard.runs(8).count() as u64);
        files.push(path);
    }
    let (merged, merged_rows) = merged(&files, false).expect("the shards merge");
    let summary = summarize(&merged);
    assert_eq!(summary, expected);
    assert_eq!(render(&summary), render(&expected));
    assert_eq!(
        serde_json::to_string_pretty(&summary).unwrap(),
        serde_json::to_string_pretty(&expected).unwrap()
    );
    // The rows themselves come back exactly, in run order.
    assert_eq!(merged_rows, whole_rows);
}

#[test]
fn a_run_replays_alone_from_its_seed() {
    let setup = setup();
    let (runs, rows) = sweep(&setup, &plan(3, Shard::WHOLE, 2));
    let row = &rows[2];
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
    let (runs, _) = sweep(&setup, &plan(6, Shard::WHOLE, 2));
    let s = summarize(&runs);
    assert_eq!(s.percentile_error, None, "exact at 6 games");
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
    assert!(!text.contains("estimated"), "{text}");
    // Past the exact limit the table and the JSON say how close the percentiles are.
    let sketched = overbuild::montecarlo::Summary {
        percentile_error: Some(SKETCH_RELATIVE_ERROR),
        ..s
    };
    let text = render(&sketched);
    assert!(
        text.contains("percentiles estimated within 0.1% (a quantile sketch): exact up to 10000"),
        "{text}"
    );
    let json = serde_json::to_string(&sketched).unwrap();
    assert!(json.contains("\"percentile_error\":0.001"), "{json}");
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
    let (runs, rows) = sweep(&scripted, &plan(2, Shard::WHOLE, 1));
    let (_, plain) = sweep(&base, &plan(2, Shard::WHOLE, 1));
    let cash = runs
        .names
        .iter()
        .position(|n| n == "cash_bn.oracle")
        .unwrap();
    assert_ne!(rows[0].values[cash], plain[0].values[cash]);
}

fn write_shards(dir: &std::path::Path, count: u32, runs: u64) -> Vec<PathBuf> {
    let setup = setup();
    (1..=count)
        .map(|index| {
            let path = dir.join(format!("part-{index}.csv"));
            sweep_to(&setup, &plan(runs, Shard { index, count }, 2), &path);
            path
        })
        .collect()
}

#[test]
fn merges_refuse_missing_repeated_and_foreign_shards() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_shards(dir.path(), 3, 6);
    // A missing shard is named; --partial summarises what is there.
    let err = merged(&files[..2], false).unwrap_err();
    assert!(err.contains("2 of the sweep's 6 runs are missing"), "{err}");
    assert!(err.contains("shard 3/3"), "{err}");
    assert!(err.contains("--partial"), "{err}");
    let partial = summarize(&merged(&files[..2], true).unwrap().0);
    assert_eq!((partial.games, partial.runs), (4, 6));
    assert!(render(&partial).contains("PARTIAL: 4 of the sweep's 6 runs"));
    // The same shard twice.
    let twice = [files[0].clone(), files[0].clone(), files[1].clone()];
    let err = merged(&twice, false).unwrap_err();
    assert!(err.contains("is also in"), "{err}");
    // A shard of another sweep (another base seed).
    let mut other = plan(6, Shard { index: 3, count: 3 }, 1);
    other.base_seed = 12;
    let foreign = dir.path().join("foreign.csv");
    sweep_to(&setup(), &other, &foreign);
    let err = merged(&[files[0].clone(), files[1].clone(), foreign], false).unwrap_err();
    assert!(err.contains("from another sweep"), "{err}");
    // Not a per-run file, a missing file, a damaged number.
    let junk = dir.path().join("junk.csv");
    std::fs::write(&junk, "a,b\n1,2\n").unwrap();
    assert!(
        merged(&[junk], false)
            .unwrap_err()
            .contains("not a per-run file")
    );
    let missing = dir.path().join("nope.csv");
    assert!(
        merged(&[missing], false)
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
    let err = merged(&[damaged], true).unwrap_err();
    assert!(err.contains("damaged.csv:2: "), "{err}");
    assert!(err.contains("`x` is not a number"), "{err}");
}

#[test]
fn a_merged_file_merges_again_and_rows_out_of_order_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_shards(dir.path(), 2, 4);
    let (whole, whole_rows) = merged(&files, false).unwrap();
    // The merged rows, written again, are a per-run file of the same sweep.
    let again = dir.path().join("again.csv");
    std::fs::write(&again, csv_bytes(&whole, &whole_rows)).unwrap();
    let (runs, rows) = merged(std::slice::from_ref(&again), false).unwrap();
    assert_eq!(rows, whole_rows);
    assert_eq!(summarize(&runs), summarize(&whole));
    // Swap two rows: the merge reads in run order and says where it is not.
    let text = std::fs::read_to_string(&again).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.swap(1, 2);
    std::fs::write(&again, lines.join("\n")).unwrap();
    let err = merged(&[again], false).unwrap_err();
    assert!(
        err.contains("again.csv:3: run 0 comes after run 1"),
        "{err}"
    );
}

/// Sketched percentiles of real games' metrics, from the rows a sweep streams, hold the stated
/// error against the exact ones (a tally whose exact limit is 0 sketches from the first game).
#[test]
fn sketched_percentiles_of_real_games_hold_the_stated_error() {
    let (runs, rows) = sweep(&setup(), &plan(40, Shard::WHOLE, 2));
    assert_eq!(runs.tally.precision(), Precision::Exact);
    let mut sketch = Tally::with_exact_limit(runs.names.len(), 0);
    for row in &rows {
        sketch.add(&row.values);
    }
    assert_eq!(sketch.precision(), Precision::Sketched);
    for (i, name) in runs.names.iter().enumerate() {
        let exact = runs.tally.figures(i);
        let got = sketch.figures(i);
        assert_eq!(
            got[0].to_bits(),
            exact[0].to_bits(),
            "{name}: the mean is exact"
        );
        let mut column: Vec<f64> = rows.iter().map(|r| r.values[i]).collect();
        column.sort_by(f64::total_cmp);
        for (k, p) in [(1, 0.05), (2, 0.5), (3, 0.95)] {
            let x = p * (column.len() - 1) as f64;
            let (a, b) = (column[x.floor() as usize], column[x.ceil() as usize]);
            let bound = SKETCH_RELATIVE_ERROR * a.abs().max(b.abs()) + SKETCH_ZERO_BAND;
            let same = got[k].to_bits() == exact[k].to_bits();
            assert!(
                same || (got[k] - exact[k]).abs() <= bound,
                "{name} p{p}: {} vs {}",
                got[k],
                exact[k]
            );
        }
    }
}

/// What a sweep keeps does not grow with its runs: past the exact limit the tally of a game's
/// metrics holds the same bytes at every size (values spread over a fixed range, as a game's
/// metrics are).
#[test]
fn the_tally_stops_growing_past_the_exact_limit() {
    let (runs, rows) = sweep(&setup(), &plan(8, Shard::WHOLE, 2));
    let mut tally = Tally::new(runs.names.len());
    let mut sizes = Vec::new();
    let mut values = vec![0.0; runs.names.len()];
    for game in 0..(EXACT_UP_TO_GAMES * 5) {
        let row = &rows[(game % 8) as usize];
        // A different value each game, within 10% of a real one.
        let wobble = 1.0 + 0.1 * ((game * 7919 % 1000) as f64 / 1000.0);
        for (v, x) in values.iter_mut().zip(&row.values) {
            *v = x * wobble;
        }
        tally.add(&values);
        if game % EXACT_UP_TO_GAMES == EXACT_UP_TO_GAMES - 1 {
            sizes.push(tally.footprint_bytes());
        }
    }
    assert_eq!(tally.precision(), Precision::Sketched);
    // While exact it keeps 8 bytes a value; after, only the sketches' bins.
    assert!(sizes[0] >= runs.names.len() * EXACT_UP_TO_GAMES as usize * 8);
    assert!(sizes[1] < sizes[0] / 4, "{sizes:?}");
    assert!(sizes[1..].windows(2).all(|w| w[0] == w[1]), "{sizes:?}");
}
