//! `overbuild replay --verify` and `--compare`: the headless side of replay (the viewer lives in
//! the terminal interface).

use super::compare::{Comparison, compare};
use super::format::SaveFile;
use super::replay::{Replay, verify};
use super::summary;
use crate::cli::GlobalArgs;
use crate::cli_out::{self, CliError};
use crate::error::UserError;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `overbuild replay`.
#[derive(clap::Args, Debug)]
pub struct ReplayArgs {
    /// The saved game.
    pub file: PathBuf,
    /// Replay headless and check every quarter's state hash: exit 0 if all match, 1 at the
    /// first quarter that differs, 2 for a file that cannot be used.
    #[arg(long)]
    pub verify: bool,
    /// Compare with another save of the same scenario, quarter by quarter: exit 0 if the games
    /// are identical, 1 if they differ.
    #[arg(long, value_name = "FILE2", conflicts_with = "verify")]
    pub compare: Option<PathBuf>,
}

pub fn replay(_global: &GlobalArgs, args: ReplayArgs) -> Result<ExitCode, CliError> {
    if let Some(other) = &args.compare {
        return compare_files(&args.file, other);
    }
    let save = SaveFile::read(&args.file)?;
    let name = args.file.display();
    let started = std::time::Instant::now();
    let result = verify(&save)?;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    match result.divergence {
        None => {
            cli_out::print(&format!(
                "{name}: {} quarters replayed, every state hash matches ({}, seed {}, {ms:.0} ms)\n",
                result.turns, save.scenario.id, save.seed
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(d) => {
            cli_out::print(&format!(
                "{name}: diverges at {} (saved by Overbuild {}, replayed by {})\n",
                d.describe(),
                save.app_version,
                super::APP_VERSION
            ))?;
            Ok(ExitCode::from(1))
        }
    }
}

fn compare_files(a: &Path, b: &Path) -> Result<ExitCode, CliError> {
    let (a, params) = with_summaries(a)?;
    let (b, _) = with_summaries(b)?;
    let comparison = compare(&a, &b, &params)?;
    cli_out::print(&describe(&comparison, &a, &b, &params))?;
    Ok(if comparison.first_difference().is_none() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A save with a summary for every quarter (replayed if it lacks them) and its scenario.
fn with_summaries(
    path: &Path,
) -> Result<(SaveFile, std::sync::Arc<crate::engine::Params>), UserError> {
    let save = SaveFile::read(path)?;
    let params = save.scenario()?.params;
    if save.turns.iter().all(|t| t.summary.is_some()) {
        return Ok((save, params));
    }
    Ok((Replay::run(save)?.summarised(), params))
}

/// The figures the headless comparison prints; the rest are counted.
fn headline(key: &str) -> bool {
    summary::NATIONAL.iter().any(|(k, _, _)| *k == key) || key.starts_with("score.")
}

fn describe(c: &Comparison, a: &SaveFile, b: &SaveFile, params: &crate::engine::Params) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "A: {} (seed {}, {} quarters)\nB: {} (seed {}, {} quarters)\nscenario {}",
        c.a,
        a.seed,
        a.turns.len(),
        c.b,
        b.seed,
        b.turns.len(),
        a.scenario.id
    );
    for t in &c.turns {
        let date = t.date.map(|d| format!(" ({d})")).unwrap_or_default();
        if t.is_identical() {
            let _ = writeln!(out, "quarter {}{date}: identical", t.turn);
            continue;
        }
        if !(t.in_a && t.in_b) {
            let only = if t.in_a { "A" } else { "B" };
            let _ = writeln!(out, "quarter {}{date}: played in {only} only", t.turn);
            continue;
        }
        let _ = writeln!(out, "quarter {}{date}:", t.turn);
        for change in &t.orders {
            let (from, to) = change.values();
            let _ = writeln!(
                out,
                "  orders  {}.{}: {from} → {to}",
                change.seat,
                change.field(params)
            );
        }
        if t.injects_differ {
            let _ = writeln!(out, "  orders  facilitator injects differ");
        }
        let mut others = 0;
        for m in t.differing_metrics() {
            if !headline(&m.key) {
                others += 1;
                continue;
            }
            let show = |v: Option<f64>| v.map_or("–".to_string(), |x| format!("{x:.3}"));
            let delta = m.delta().map(|d| format!(" ({d:+.3})")).unwrap_or_default();
            let _ = writeln!(
                out,
                "  figure  {}: {} → {}{delta}",
                m.key,
                show(m.a),
                show(m.b)
            );
        }
        if others > 0 {
            let _ = writeln!(out, "  and {others} regional and company figures differ");
        }
        if t.events_a != t.events_b {
            let _ = writeln!(
                out,
                "  events  A: {}  B: {}",
                t.events_a.join(", "),
                t.events_b.join(", ")
            );
        }
    }
    match c.first_difference() {
        Some(n) => {
            let _ = writeln!(out, "first difference: quarter {n}");
        }
        None => {
            let _ = writeln!(out, "the games are identical");
        }
    }
    out
}
