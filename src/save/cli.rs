//! `overbuild replay --verify` and `--compare`: the headless side of replay (the viewer lives in
//! the terminal interface).

use super::compare::{Comparison, compare};
use super::format::SaveFile;
use super::replay::{Replay, verify};
use super::summary;
use crate::cli::GlobalArgs;
use crate::cli_out::{self, CliError};
use crate::engine::report::Arg;
use crate::error::UserError;
use crate::i18n::Texts;
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

fn text(value: impl Into<String>) -> Arg {
    Arg::Text(value.into())
}

fn number(value: f64) -> Arg {
    Arg::Num(value)
}

pub fn replay(global: &GlobalArgs, args: ReplayArgs) -> Result<ExitCode, CliError> {
    let texts = Texts::new(global.language()?.unwrap_or_default());
    if let Some(other) = &args.compare {
        return compare_files(&texts, &args.file, other);
    }
    let save = SaveFile::read(&args.file)?;
    let name = args.file.display().to_string();
    let started = std::time::Instant::now();
    let result = verify(&save)?;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let (line, code) = match result.divergence {
        None => (
            texts.with(
                "cli-verify-ok",
                &[
                    ("file", text(name)),
                    ("quarters", number(result.turns as f64)),
                    ("scenario", text(save.scenario.id.clone())),
                    ("seed", text(save.seed.to_string())),
                    ("ms", number(ms.round())),
                ],
            ),
            ExitCode::SUCCESS,
        ),
        Some(d) => (
            texts.with(
                "cli-verify-diverges",
                &[
                    ("file", text(name)),
                    ("where", text(d.describe())),
                    ("saved", text(save.app_version.clone())),
                    ("replayed", text(super::APP_VERSION)),
                ],
            ),
            ExitCode::from(1),
        ),
    };
    cli_out::print(&format!("{line}\n"))?;
    Ok(code)
}

fn compare_files(texts: &Texts, a: &Path, b: &Path) -> Result<ExitCode, CliError> {
    let (a, params) = with_summaries(a)?;
    let (b, _) = with_summaries(b)?;
    let comparison = compare(&a, &b, &params)?;
    cli_out::print(&describe(texts, &comparison, &a, &b, &params))?;
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

fn describe(
    texts: &Texts,
    c: &Comparison,
    a: &SaveFile,
    b: &SaveFile,
    params: &crate::engine::Params,
) -> String {
    let mut out = String::new();
    for (label, name, save) in [("A", &c.a, a), ("B", &c.b, b)] {
        let line = texts.with(
            "cli-compare-game",
            &[
                ("label", text(label)),
                ("name", text(name.clone())),
                ("seed", text(save.seed.to_string())),
                ("quarters", number(save.turns.len() as f64)),
            ],
        );
        let _ = writeln!(out, "{line}");
    }
    let scenario = texts.with(
        "cli-compare-scenario",
        &[("id", text(a.scenario.id.clone()))],
    );
    let _ = writeln!(out, "{scenario}");
    for t in &c.turns {
        describe_turn(texts, &mut out, t, params);
    }
    let last = match c.first_difference() {
        Some(n) => texts.with("cli-compare-first", &[("quarter", number(n as f64))]),
        None => texts.get("cli-compare-identical-games"),
    };
    let _ = writeln!(out, "{last}");
    out
}

/// One quarter of a comparison: identical, played in one game only, or what differs.
fn describe_turn(
    texts: &Texts,
    out: &mut String,
    t: &super::compare::TurnComparison,
    params: &crate::engine::Params,
) {
    let date = t.date.map(|d| d.to_string()).unwrap_or_default();
    let quarter = [("quarter", number(t.turn as f64)), ("date", text(date))];
    if t.is_identical() {
        let _ = writeln!(
            out,
            "{}",
            texts.with("cli-compare-quarter-identical", &quarter)
        );
        return;
    }
    if !(t.in_a && t.in_b) {
        let mut args = quarter.to_vec();
        args.push(("only", text(if t.in_a { "A" } else { "B" })));
        let _ = writeln!(out, "{}", texts.with("cli-compare-quarter-only", &args));
        return;
    }
    let _ = writeln!(out, "{}", texts.with("cli-compare-quarter", &quarter));
    for change in &t.orders {
        let (from, to) = change.values();
        let field = format!("{}.{}", change.seat, change.field(params));
        let line = texts.with(
            "cli-compare-order",
            &[
                ("field", text(field)),
                ("from", text(from)),
                ("to", text(to)),
            ],
        );
        let _ = writeln!(out, "  {line}");
    }
    if t.injects_differ {
        let _ = writeln!(out, "  {}", texts.get("cli-compare-injects"));
    }
    let mut others = 0;
    for m in t.differing_metrics() {
        if !headline(&m.key) {
            others += 1;
            continue;
        }
        let show = |v: Option<f64>| v.map_or("–".to_string(), |x| format!("{x:.3}"));
        let delta = m.delta().map(|d| format!(" ({d:+.3})")).unwrap_or_default();
        let line = texts.with(
            "cli-compare-figure",
            &[
                ("figure", text(m.key.clone())),
                ("a", text(show(m.a))),
                ("b", text(format!("{}{delta}", show(m.b)))),
            ],
        );
        let _ = writeln!(out, "  {line}");
    }
    if others > 0 {
        let line = texts.with(
            "cli-compare-others",
            &[("count", number(f64::from(others)))],
        );
        let _ = writeln!(out, "  {line}");
    }
    if t.events_a != t.events_b {
        let line = texts.with(
            "cli-compare-events",
            &[
                ("a", text(t.events_a.join(", "))),
                ("b", text(t.events_b.join(", "))),
            ],
        );
        let _ = writeln!(out, "  {line}");
    }
}
