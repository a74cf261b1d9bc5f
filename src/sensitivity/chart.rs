//! The screening shown: a ranked table with a tornado bar per parameter in the terminal, the
//! same charts as SVG, and a JSON document.

use super::{Effect, Screening};
use crate::report::html::escape;
use serde::Serialize;
use std::fmt::Write as _;

/// Characters each side of a tornado's axis.
const HALF_BAR: usize = 16;

/// The ranked tables, one per output.
pub fn table(screening: &Screening, effects: &[Vec<Effect>], failed: usize, top: usize) -> String {
    let mut out = header(screening, failed);
    for (output, ranked) in screening.outputs.iter().zip(effects) {
        let _ = writeln!(out, "\n{output}:");
        let largest = ranked.first().map_or(0.0, |e| e.mu_star);
        if largest == 0.0 {
            let _ = writeln!(out, "  no parameter screened moves it in these games");
            continue;
        }
        let shown: Vec<&Effect> = ranked
            .iter()
            .take(top)
            .filter(|e| e.mu_star > 0.0)
            .collect();
        let width = shown
            .iter()
            .map(|e| screening.factors[e.factor].path.chars().count())
            .max()
            .unwrap_or(0);
        let _ = writeln!(
            out,
            "  {:<width$}  {:>10}  {:>10}  {:>10}  {:^w2$}",
            "parameter",
            "μ*",
            "μ",
            "σ",
            "− tornado +",
            w2 = 2 * HALF_BAR + 1
        );
        for e in shown {
            let path = &screening.factors[e.factor].path;
            let _ = writeln!(
                out,
                "  {path:<width$}  {:>10}  {:>10}  {:>10}  {}",
                number(e.mu_star),
                number(e.mu),
                number(e.sigma),
                bar(e, largest)
            );
        }
    }
    out
}

fn header(screening: &Screening, failed: usize) -> String {
    let s = &screening.settings;
    let mut out = format!(
        "Morris screening of {}: {} parameters (each ±{:.0}% or as far as its range check \
         allows; {} left out), {} trajectories on {} levels, {} points × {} seeds = {} games.\n\
         Each figure is an output's change as one parameter moves across its whole range: μ* its \
         typical size (the rank), μ its average with sign (the bar's side), σ its spread; ~ marks \
         σ above μ*, an effect that depends on the other parameters.\n",
        screening.scenario.params.scenario.id,
        screening.factors.len(),
        s.spread * 100.0,
        screening.skipped.len(),
        s.trajectories,
        s.levels,
        screening.design.points(),
        s.seeds,
        screening.games()
    );
    if failed > 0 {
        let _ = writeln!(
            out,
            "{failed} points failed the scenario's checks together and gave no effects."
        );
    }
    out
}

/// A tornado bar: μ* long, to the side of μ's sign; "~" when σ exceeds μ* (the effect's sign
/// or size depends on the other parameters).
fn bar(e: &Effect, largest: f64) -> String {
    let len = if largest > 0.0 {
        ((e.mu_star / largest) * HALF_BAR as f64).round() as usize
    } else {
        0
    };
    let blocks = "█".repeat(len.min(HALF_BAR));
    let (left, right) = if e.mu < 0.0 {
        (format!("{blocks:>HALF_BAR$}"), " ".repeat(HALF_BAR))
    } else {
        (" ".repeat(HALF_BAR), format!("{blocks:<HALF_BAR$}"))
    };
    let mark = if e.sigma > e.mu_star && e.mu_star > 0.0 {
        " ~"
    } else {
        ""
    };
    format!("{left}│{right}{mark}")
}

/// Three significant figures, without an exponent for everyday sizes.
fn number(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let magnitude = v.abs().log10().floor() as i32;
    if !(-3..6).contains(&magnitude) {
        return format!("{v:.2e}");
    }
    let decimals = (2 - magnitude).max(0) as usize;
    format!("{v:.decimals$}")
}

#[derive(Serialize)]
struct JsonEffect<'a> {
    parameter: &'a str,
    base: f64,
    low: f64,
    high: f64,
    mu_star: f64,
    mu: f64,
    sigma: f64,
    effects: usize,
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    output: &'a str,
    ranked: Vec<JsonEffect<'a>>,
}

#[derive(Serialize)]
pub struct JsonScreening<'a> {
    settings: &'a super::Settings,
    parameters: usize,
    left_out: Vec<(&'a str, &'static str)>,
    points: usize,
    failed_points: usize,
    games: u64,
    outputs: Vec<JsonOutput<'a>>,
}

pub fn json<'a>(
    screening: &'a Screening,
    effects: &[Vec<Effect>],
    failed: usize,
) -> JsonScreening<'a> {
    let outputs = screening
        .outputs
        .iter()
        .zip(effects)
        .map(|(output, ranked)| JsonOutput {
            output,
            ranked: ranked
                .iter()
                .map(|e| {
                    let f = &screening.factors[e.factor];
                    JsonEffect {
                        parameter: &f.path,
                        base: f.base,
                        low: f.low,
                        high: f.high,
                        mu_star: e.mu_star,
                        mu: e.mu,
                        sigma: e.sigma,
                        effects: e.count,
                    }
                })
                .collect(),
        })
        .collect();
    JsonScreening {
        settings: &screening.settings,
        parameters: screening.factors.len(),
        left_out: screening
            .skipped
            .iter()
            .map(|s| (s.path.as_str(), s.reason))
            .collect(),
        points: screening.design.points(),
        failed_points: failed,
        games: screening.games(),
        outputs,
    }
}

const SVG_WIDTH: f64 = 760.0;
const LABEL: f64 = 300.0;
const ROW: f64 = 18.0;
const PANEL_TOP: f64 = 40.0;

/// One SVG with a tornado panel per output: bars of μ* to the side of μ's sign, hatched (dashed
/// outline) where σ exceeds μ*.
pub fn svg(screening: &Screening, effects: &[Vec<Effect>], top: usize) -> String {
    let rows: Vec<usize> = effects.iter().map(|r| r.len().min(top)).collect();
    let height: f64 = rows
        .iter()
        .map(|n| PANEL_TOP + ROW * *n as f64 + 16.0)
        .sum::<f64>()
        + 10.0;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SVG_WIDTH} {height}" width="{SVG_WIDTH}" height="{height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(
        out,
        "<title>{}</title>",
        escape(&format!(
            "Morris screening of {}",
            screening.scenario.params.scenario.id
        ))
    );
    let mut y = 0.0;
    for ((output, ranked), n) in screening.outputs.iter().zip(effects).zip(rows) {
        panel(&mut out, screening, output, &ranked[..n], y);
        y += PANEL_TOP + ROW * n as f64 + 16.0;
    }
    out.push_str("</svg>\n");
    out
}

fn panel(out: &mut String, screening: &Screening, output: &str, ranked: &[Effect], y: f64) {
    let axis = LABEL + (SVG_WIDTH - LABEL) / 2.0;
    let half = (SVG_WIDTH - LABEL) / 2.0 - 10.0;
    let largest = ranked.first().map_or(0.0, |e| e.mu_star);
    let _ = write!(
        out,
        r#"<text x="8" y="{}" font-size="13" font-weight="bold">{} <tspan font-weight="normal">(change over each parameter's range; left lowers, right raises)</tspan></text>"#,
        y + 22.0,
        escape(output)
    );
    let bottom = y + PANEL_TOP + ROW * ranked.len() as f64;
    let _ = write!(
        out,
        r##"<line x1="{axis}" y1="{}" x2="{axis}" y2="{bottom}" stroke="#000"/>"##,
        y + PANEL_TOP - 4.0
    );
    for (k, e) in ranked.iter().enumerate() {
        let row_y = y + PANEL_TOP + ROW * k as f64;
        let len = if largest > 0.0 {
            e.mu_star / largest * half
        } else {
            0.0
        };
        let x = if e.mu < 0.0 { axis - len } else { axis };
        let (fill, dash) = if e.mu < 0.0 {
            ("#D55E00", "")
        } else {
            ("#0072B2", "")
        };
        let dash = if e.sigma > e.mu_star && e.mu_star > 0.0 {
            r##" stroke="#000" stroke-dasharray="3 2""##
        } else {
            dash
        };
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" text-anchor="end">{}</text><rect x="{x:.1}" y="{}" width="{len:.1}" height="{}" fill="{fill}"{dash}><title>μ* {} μ {} σ {}</title></rect>"##,
            LABEL - 6.0,
            row_y + 12.0,
            escape(&screening.factors[e.factor].path),
            row_y + 3.0,
            ROW - 6.0,
            number(e.mu_star),
            number(e.mu),
            number(e.sigma)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn effect(mu: f64, mu_star: f64, sigma: f64) -> Effect {
        Effect {
            factor: 0,
            mu,
            mu_star,
            sigma,
            count: 4,
        }
    }

    #[test]
    fn a_bar_points_the_way_its_effect_goes_and_marks_interactions() {
        let down = bar(&effect(-2.0, 2.0, 0.1), 4.0);
        let (left, right) = down.split_once('│').unwrap();
        assert_eq!(left.trim_start().chars().count(), HALF_BAR / 2);
        assert!(right.trim().is_empty());
        let up = bar(&effect(4.0, 4.0, 5.0), 4.0);
        let (left, right) = up.split_once('│').unwrap();
        assert!(left.trim().is_empty());
        assert!(right.starts_with(&"█".repeat(HALF_BAR)) && right.ends_with('~'));
    }

    #[test]
    fn numbers_keep_three_figures() {
        assert_eq!(number(12.345), "12.3");
        assert_eq!(number(-0.012345), "-0.0123");
        assert_eq!(number(123456.0), "123456");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(1.5e9), "1.50e9");
    }
}
