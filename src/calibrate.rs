//! `overbuild calibrate`: the source's figures (shared/FACTS.md, shared/CALIBRATION.md) as a
//! file of targets, each with its band and source, checked against games played under the
//! historical orders. A target the model does not yet reproduce carries its known gap and the
//! reason; it is reported, not failed, and a gap that closes is reported too.

use crate::calibration::{self, Figures};
use crate::cli_out::{self, CliError};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// The targets shipped with the game.
pub const TARGETS: &str = include_str!("../assets/calibration/targets.toml");
const TARGETS_PATH: &str = "assets/calibration/targets.toml";

#[derive(clap::Args, Debug)]
pub struct CalibrateArgs {
    /// Games played, on seeds 0..N.
    #[arg(long, default_value_t = 40, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub seeds: u64,
    /// A targets file instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    pub targets: Option<PathBuf>,
    /// Threads (default: every core). The results do not depend on it.
    #[arg(long, value_name = "J", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub jobs: Option<u32>,
    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetFile {
    target: Vec<Target>,
}

/// One figure of the source with its band.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub id: String,
    /// A metric of `calibration::Figures` (see `METRICS`).
    pub metric: String,
    pub low: f64,
    pub high: f64,
    /// Publication and figure the band comes from.
    pub source: String,
    /// `median` over the games (the default), or `share` of games where the metric is true.
    #[serde(default)]
    pub statistic: Statistic,
    /// Why the model misses the band today; the target is then reported, not failed.
    #[serde(default)]
    pub known_gap: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Statistic {
    #[default]
    Median,
    Share,
}

type Metric = fn(&Figures) -> f64;

/// The metrics a target may name, each a figure of one game.
pub const METRICS: &[(&str, Metric)] = &[
    ("residential_rise_2025", |f| f.residential_rise_2025),
    ("pjm_wholesale_multiple_2026", |f| {
        f.pjm_wholesale_multiple_2026
    }),
    ("texas_wholesale_multiple_2026", |f| {
        f.texas_wholesale_multiple_2026
    }),
    ("pjm_arrears_2026", |f| f.pjm_arrears_2026),
    ("rust_belt_arrears_2026", |f| f.rust_belt_arrears_2026),
    ("national_arrears_2026", |f| f.national_arrears_2026),
    ("texas_loss_events_2025", |f| {
        f64::from(f.texas_loss_events_2025)
    }),
    ("texas_peak_2025_gw", |f| f.texas_peak_2025_gw),
    ("texas_shed_2025", |f| {
        f64::from(u8::from(f.texas_shed_2025))
    }),
    ("texas_faults_per_year", |f| {
        f64::from(f.texas_faults) / f.years.max(0.25)
    }),
    ("price_swing_q", |f| f.price_swing_q),
    ("bill_swing_q", |f| f.bill_swing_q),
    ("bonds_2025", |f| f.bonds_2025),
    ("capex_2025", |f| f.capex_2025),
    ("capex_2026", |f| f.capex_2026),
    ("openai_revenue_2025", |f| f.openai_revenue_2025),
    ("openai_value_2025q4", |f| f.openai_value_2025q4),
    ("nvidia_value_2025q4", |f| f.nvidia_value_2025q4),
    ("hyperscaler_spv_bn", |f| f.hyperscaler_spv_bn),
    ("oracle_spv_bn", |f| f.oracle_spv_bn),
    ("oracle_fcf_2025", |f| f.oracle_fcf_2025),
    ("oracle_drawdown_2025", |f| f.oracle_drawdown_2025),
    ("oracle_cds_end_2025_bp", |f| f.oracle_cds_end_2025_bp),
    ("approval_2025q4", |f| f.approval_2025q4),
    ("midterm_seats", |f| f64::from(f.midterm_seats)),
    ("midterm_won", |f| f64::from(u8::from(f.midterm_won))),
    ("early_default", |f| f64::from(u8::from(f.early_default))),
    ("openai_defaulted", |f| {
        f64::from(u8::from(f.openai_defaulted))
    }),
    ("pjm_auction_2025_price", |f| f.grid.pjm_auction_2025_price),
    ("pjm_auction_2025_margin", |f| {
        f.grid.pjm_auction_2025_margin
    }),
    ("pjm_zone_multiple_2026", |f| f.grid.pjm_zone_multiple_2026),
    ("pjm_winter_peak_2025_gw", |f| {
        f.grid.pjm_winter_peak_2025_gw
    }),
    ("pjm_zone_multiple_2028", |f| f.grid.pjm_zone_multiple_2028),
];

/// Reads a targets file; every problem is one line naming the file and the target.
pub fn parse(text: &str, path: &str) -> Result<Vec<Target>, String> {
    let file: TargetFile = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map_or(1, |s| crate::scenario::line_column(text, s.start).0);
        format!("{path}:{line}: {}", e.message().replace('\n', " ").trim())
    })?;
    for t in &file.target {
        if metric(&t.metric).is_none() {
            let known: Vec<&str> = METRICS.iter().map(|m| m.0).collect();
            return Err(format!(
                "{path}: target {}: no metric \"{}\"; choose from {}",
                t.id,
                t.metric,
                known.join(", ")
            ));
        }
        if t.low.is_nan() || t.high.is_nan() || t.low > t.high {
            return Err(format!("{path}: target {}: give low <= high", t.id));
        }
    }
    Ok(file.target)
}

fn metric(name: &str) -> Option<Metric> {
    METRICS.iter().find(|m| m.0 == name).map(|m| m.1)
}

/// A target measured over the games.
#[derive(Clone, Debug, Serialize)]
pub struct Measured {
    #[serde(flatten)]
    pub target: Target,
    pub value: f64,
    pub p10: f64,
    pub p90: f64,
    pub verdict: Verdict,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Held,
    Missed,
    /// Outside its band, as its known gap says.
    KnownGap,
    /// Marked as a known gap but inside its band now: the mark should go.
    GapClosed,
}

/// Each target's statistic over the games' figures and its verdict.
pub fn measure(targets: &[Target], games: &[Figures]) -> Vec<Measured> {
    targets
        .iter()
        .map(|t| {
            let f = metric(&t.metric).unwrap_or(|_| f64::NAN);
            let mut values: Vec<f64> = games.iter().map(f).collect();
            values.sort_by(f64::total_cmp);
            let at = |q: f64| crate::montecarlo::percentile(&values, q);
            let value = match t.statistic {
                Statistic::Median => at(0.5),
                Statistic::Share => values.iter().sum::<f64>() / values.len().max(1) as f64,
            };
            let inside = value >= t.low && value <= t.high;
            let verdict = match (inside, t.known_gap.is_some()) {
                (true, false) => Verdict::Held,
                (false, false) => Verdict::Missed,
                (false, true) => Verdict::KnownGap,
                (true, true) => Verdict::GapClosed,
            };
            Measured {
                target: t.clone(),
                value,
                p10: at(0.1),
                p90: at(0.9),
                verdict,
            }
        })
        .collect()
}

/// The historical orders' games on seeds 0..n, in parallel.
pub fn play_historical(seeds: u64) -> Result<Vec<Figures>, String> {
    let scenario = crate::scenario::load(crate::scenario::DEFAULT).map_err(|e| e.to_string())?;
    let script = calibration::historical(&scenario);
    Ok((0..seeds)
        .into_par_iter()
        .map(|seed| calibration::play(&scenario, Some(&script), seed).1)
        .collect())
}

/// `overbuild calibrate`: exit 0 when every target holds or misses as its known gap says,
/// 1 when a target is missed or a known gap has closed.
pub fn run(args: CalibrateArgs) -> Result<ExitCode, CliError> {
    let (text, path) = match &args.targets {
        None => (TARGETS.to_string(), TARGETS_PATH.to_string()),
        Some(file) => {
            let name = file.display().to_string();
            let text = crate::fsread::read_text_bounded(
                file,
                crate::fsread::SCENARIO_LIMIT,
                "a targets file",
            )
            .map_err(|e| format!("{name}: {}", e.reason()))?;
            (text, name)
        }
    };
    let targets = parse(&text, &path)?;
    let games = crate::montecarlo::on_jobs(args.jobs, || play_historical(args.seeds))??;
    let measured = measure(&targets, &games);
    let text = if args.json {
        serde_json::to_string_pretty(&measured)? + "\n"
    } else {
        table(&measured, args.seeds)
    };
    cli_out::print(&text)?;
    let failed = measured
        .iter()
        .any(|m| matches!(m.verdict, Verdict::Missed | Verdict::GapClosed));
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn table(measured: &[Measured], seeds: u64) -> String {
    let mut out = format!(
        "{seeds} games under the historical orders (assets/orders/historical.toml); the median \
         (or the share of games) against each band.\n\n"
    );
    let width = measured
        .iter()
        .map(|m| m.target.id.len())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "{:<width$}  {:>10}  {:>21}  {:>21}  verdict",
        "target", "value", "band", "p10 .. p90"
    );
    for m in measured {
        let t = &m.target;
        let verdict = match m.verdict {
            Verdict::Held => "held",
            Verdict::Missed => "MISSED",
            Verdict::KnownGap => "known gap",
            Verdict::GapClosed => "GAP CLOSED: remove known_gap",
        };
        let _ = writeln!(
            out,
            "{:<width$}  {:>10}  {:>21}  {:>21}  {verdict}",
            t.id,
            figure(m.value),
            format!("{} .. {}", figure(t.low), figure(t.high)),
            format!("{} .. {}", figure(m.p10), figure(m.p90)),
        );
        let _ = writeln!(out, "{:<width$}  source: {}", "", t.source);
        if let (Some(gap), Verdict::KnownGap) = (&t.known_gap, m.verdict) {
            let _ = writeln!(out, "{:<width$}  gap: {gap}", "");
        }
    }
    out
}

fn figure(v: f64) -> String {
    if v.abs() >= 100.0 {
        format!("{v:.0}")
    } else if v.abs() >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_targets_parse_and_name_known_metrics() {
        let targets = parse(TARGETS, TARGETS_PATH).unwrap();
        assert!(targets.len() >= 15);
        assert!(targets.iter().all(|t| !t.source.trim().is_empty()));
    }

    #[test]
    fn verdicts_follow_the_band_and_the_known_gap() {
        let t = |low, high, gap: Option<&str>| Target {
            id: "x".into(),
            metric: "capex_2025".into(),
            low,
            high,
            source: "s".into(),
            statistic: Statistic::Median,
            known_gap: gap.map(String::from),
        };
        let games: Vec<Figures> = [300.0, 400.0, 500.0]
            .iter()
            .map(|c| Figures {
                capex_2025: *c,
                ..Figures::default()
            })
            .collect();
        let verdicts: Vec<Verdict> = measure(
            &[
                t(350.0, 450.0, None),
                t(0.0, 1.0, None),
                t(0.0, 1.0, Some("why")),
                t(350.0, 450.0, Some("why")),
            ],
            &games,
        )
        .iter()
        .map(|m| m.verdict)
        .collect();
        assert_eq!(
            verdicts,
            [
                Verdict::Held,
                Verdict::Missed,
                Verdict::KnownGap,
                Verdict::GapClosed
            ]
        );
    }

    #[test]
    fn a_bad_file_is_one_line_naming_the_target() {
        let bad =
            "[[target]]\nid = \"a\"\nmetric = \"nope\"\nlow = 0.0\nhigh = 1.0\nsource = \"s\"\n";
        let e = parse(bad, "t.toml").unwrap_err();
        assert!(
            e.contains("t.toml") && e.contains("target a") && e.contains("nope"),
            "{e}"
        );
        let e = parse("[[target]]\nid = 3\n", "t.toml").unwrap_err();
        assert!(e.starts_with("t.toml:2:"), "{e}");
    }
}
