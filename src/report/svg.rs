//! Line charts as inline SVG: no scripts, no fonts or files to fetch, readable offline and in
//! print. Colours are the Okabe–Ito palette, and each series also has its own dash pattern, so
//! lines stay apart without colour.

use super::doc::{Chart, Series};
use super::html::escape;
use std::fmt::Write as _;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 280.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 34.0;
const BOTTOM: f64 = 70.0;
const COLOURS: [&str; 7] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
];
const DASHES: [&str; 7] = ["", "7 3", "2 3", "9 3 2 3", "4 4", "1 2", "12 4"];

const PLOT_W: f64 = WIDTH - LEFT - RIGHT;
const PLOT_H: f64 = HEIGHT - TOP - BOTTOM;

pub fn render(chart: &Chart, id: usize) -> String {
    let mut out = String::new();
    write_heading(&mut out, chart, id);
    let plot = Plot::new(chart);
    write_grid_and_axes(&mut out, chart, &plot);
    for (k, s) in chart.series.iter().enumerate() {
        write_series(&mut out, &plot, k, s);
    }
    write_legend(&mut out, chart);
    out.push_str("</svg>");
    out
}

/// The opening tag, the accessible title and the visible title with its unit.
fn write_heading(out: &mut String, chart: &Chart, id: usize) {
    let title_id = format!("chart-{id}-title");
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="{title_id}">"#
    );
    let _ = write!(
        out,
        r#"<title id="{title_id}">{}</title>"#,
        escape(&format!("{} ({})", chart.title, chart.unit))
    );
    let _ = write!(
        out,
        r#"<text x="{LEFT}" y="20" class="chart-title">{} <tspan class="unit">({})</tspan></text>"#,
        escape(&chart.title),
        escape(&chart.unit)
    );
}

/// Where values land: the vertical range the ticks settled on and the quarters across.
struct Plot {
    log_scale: bool,
    ticks: Vec<f64>,
    lo: f64,
    hi: f64,
    /// How many quarters the x axis has.
    n: usize,
}

impl Plot {
    /// The range of the chart's finite values, widened to round ticks.
    fn new(chart: &Chart) -> Plot {
        let log_scale = chart.log_scale;
        let values = chart
            .series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .filter(|v| v.is_finite())
            .map(|v| scale(log_scale, v));
        let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
        let (ticks, lo, hi) = if log_scale {
            log_ticks(lo, hi)
        } else {
            nice_ticks(lo, hi)
        };
        Plot {
            log_scale,
            ticks,
            lo,
            hi,
            n: chart.x_labels.len(),
        }
    }

    /// A tick's label, in the chart's unit even on a log axis.
    fn label(&self, t: f64) -> String {
        if self.log_scale {
            let v = 10f64.powf(t);
            crate::i18n::format_number(v, if v >= 1.0 { 0 } else { 2 })
        } else {
            tick_label(t, &self.ticks)
        }
    }

    /// The horizontal position of the i-th quarter; a lone quarter sits in the middle.
    fn x(&self, i: usize) -> f64 {
        if self.n <= 1 {
            LEFT + PLOT_W / 2.0
        } else {
            LEFT + PLOT_W * i as f64 / (self.n - 1) as f64
        }
    }

    /// The vertical position of an already scaled value.
    fn y(&self, v: f64) -> f64 {
        TOP + PLOT_H * (1.0 - (v - self.lo) / (self.hi - self.lo))
    }
}

/// On a log axis every value is placed by its logarithm; ticks are labelled in the unit.
fn scale(log_scale: bool, v: f64) -> f64 {
    if log_scale {
        v.max(LOG_FLOOR).log10()
    } else {
        v
    }
}

/// Horizontal grid lines with their labels, the quarter labels and the x axis.
fn write_grid_and_axes(out: &mut String, chart: &Chart, plot: &Plot) {
    for t in &plot.ticks {
        let ty = plot.y(*t);
        let _ = write!(
            out,
            r#"<line x1="{LEFT}" y1="{ty:.1}" x2="{:.1}" y2="{ty:.1}" class="grid"/><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{}</text>"#,
            WIDTH - RIGHT,
            LEFT - 6.0,
            ty + 4.0,
            escape(&plot.label(*t))
        );
    }
    let every = plot.n.div_ceil(8).max(1);
    for (i, label) in chart.x_labels.iter().enumerate() {
        if i % every != 0 {
            continue;
        }
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" class="tick" text-anchor="middle">{}</text>"#,
            plot.x(i),
            TOP + PLOT_H + 16.0,
            escape(label)
        );
    }
    let _ = write!(
        out,
        r#"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" class="axis"/>"#,
        TOP + PLOT_H,
        WIDTH - RIGHT,
        TOP + PLOT_H
    );
}

/// The k-th series' colour and its dash attribute (empty for the solid first line).
fn stroke(k: usize) -> (&'static str, String) {
    let colour = COLOURS[k % COLOURS.len()];
    let dash = DASHES[k % DASHES.len()];
    let dash_attr = if dash.is_empty() {
        String::new()
    } else {
        format!(r#" stroke-dasharray="{dash}""#)
    };
    (colour, dash_attr)
}

/// One series: a dot per finite value, and a polyline per unbroken run of them.
fn write_series(out: &mut String, plot: &Plot, k: usize, s: &Series) {
    let (colour, dash_attr) = stroke(k);
    let _ = write!(
        out,
        r#"<g class="series"><title>{}</title>"#,
        escape(&s.name)
    );
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, out: &mut String| {
        if run.len() > 1 {
            let _ = write!(
                out,
                r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"{dash_attr}/>"#,
                run.join(" ")
            );
        }
        run.clear();
    };
    for (i, v) in s.values.iter().enumerate().take(plot.n) {
        if v.is_finite() {
            let vy = plot.y(scale(plot.log_scale, *v));
            run.push(format!("{:.1},{vy:.1}", plot.x(i)));
            let _ = write!(
                out,
                r#"<circle cx="{:.1}" cy="{vy:.1}" r="2.2" fill="{colour}"/>"#,
                plot.x(i)
            );
        } else {
            flush(&mut run, out);
        }
    }
    flush(&mut run, out);
    out.push_str("</g>");
}

/// Legend: a line sample and the name, in rows below the axis.
fn write_legend(out: &mut String, chart: &Chart) {
    let per_row = 3;
    for (k, s) in chart.series.iter().enumerate() {
        let lx = LEFT + (k % per_row) as f64 * (PLOT_W / per_row as f64);
        let ly = TOP + PLOT_H + 36.0 + (k / per_row) as f64 * 16.0;
        let (colour, dash_attr) = stroke(k);
        let _ = write!(
            out,
            r#"<line x1="{lx:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{colour}" stroke-width="2"{dash_attr}/><text x="{:.1}" y="{ly:.1}" class="legend">{}</text>"#,
            ly - 4.0,
            lx + 24.0,
            ly - 4.0,
            lx + 30.0,
            escape(&s.name)
        );
    }
}

/// Round tick values covering lo..hi: steps of 1, 2 or 5 times a power of ten.
fn nice_ticks(lo: f64, hi: f64) -> (Vec<f64>, f64, f64) {
    let (lo, hi) = if (hi - lo).abs() < 1e-12 {
        let pad = lo.abs().max(1.0) * 0.05;
        (lo - pad, hi + pad)
    } else {
        (lo, hi)
    };
    let raw = (hi - lo) / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor() * step;
    let last = (hi / step).ceil() * step;
    let count = ((last - first) / step).round() as usize;
    let ticks = (0..=count.min(20))
        .map(|i| first + step * i as f64)
        .collect();
    (ticks, first, last.max(first + step))
}

/// Smallest value a log axis shows: zero and below sit on it.
const LOG_FLOOR: f64 = 1.0;

/// Ticks of a log axis, in log10 units: each power of ten, and 2× and 5× when the range spans
/// three decades or fewer.
fn log_ticks(lo: f64, hi: f64) -> (Vec<f64>, f64, f64) {
    let first = lo.floor();
    let last = hi.ceil().max(first + 1.0);
    let decades = (last - first) as i32;
    let mut ticks = Vec::new();
    for d in 0..=decades {
        let base = first + f64::from(d);
        ticks.push(base);
        if decades <= 3 && d < decades {
            ticks.push(base + 2f64.log10());
            ticks.push(base + 5f64.log10());
        }
    }
    (ticks, first, last)
}

fn tick_label(value: f64, ticks: &[f64]) -> String {
    let step = if ticks.len() > 1 {
        ticks[1] - ticks[0]
    } else {
        1.0
    };
    let digits = if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    };
    crate::i18n::format_number(value, digits.min(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let (ticks, lo, hi) = nice_ticks(93.2, 117.9);
        assert_eq!(ticks, vec![90.0, 95.0, 100.0, 105.0, 110.0, 115.0, 120.0]);
        assert_eq!((lo, hi), (90.0, 120.0));
        let (ticks, lo, hi) = nice_ticks(0.4, 0.4);
        assert!(lo < 0.4 && hi > 0.4 && ticks.len() >= 2, "{ticks:?}");
        assert_eq!(tick_label(0.25, &[0.0, 0.05]), "0.25");
    }

    #[test]
    fn a_log_axis_keeps_small_series_apart_from_a_spike() {
        let chart = |log_scale| Chart {
            title: "Spreads".into(),
            unit: "bp".into(),
            x_labels: (1..=3).map(|q| format!("2025 Q{q}")).collect(),
            series: vec![
                Series {
                    name: "OpenAI".into(),
                    values: vec![300.0, 1_000.0, 5_000.0],
                },
                Series {
                    name: "Nvidia".into(),
                    values: vec![30.0, 40.0, 50.0],
                },
            ],
            log_scale,
        };
        // The vertical distance between Nvidia's 30 and 50 bp, in pixels.
        let gap = |svg: &str| {
            let doc = roxmltree::Document::parse(svg).expect("well-formed");
            let ys: Vec<f64> = doc
                .descendants()
                .filter(|n| n.has_tag_name("circle"))
                .filter_map(|n| n.attribute("cy")?.parse().ok())
                .collect();
            (ys[3] - ys[5]).abs()
        };
        let linear = render(&chart(false), 1);
        let log = render(&chart(true), 2);
        assert!(
            gap(&log) > 10.0 * gap(&linear),
            "{} vs {}",
            gap(&log),
            gap(&linear)
        );
        assert!(
            log.contains(">1,000<") && log.contains(">10<"),
            "decade ticks: {log}"
        );
        let (ticks, lo, hi) = log_ticks(1.4, 3.7);
        assert_eq!((lo, hi), (1.0, 4.0));
        assert_eq!(ticks.len(), 10);
    }

    #[test]
    fn a_chart_is_well_formed_svg_with_a_line_per_run() {
        let chart = Chart {
            title: "Bills <R&D>".into(),
            unit: "$/month".into(),
            x_labels: (1..=4).map(|q| format!("2025 Q{q}")).collect(),
            series: vec![
                Series {
                    name: "Texas".into(),
                    values: vec![150.0, 155.0, f64::NAN, 160.0],
                },
                Series {
                    name: "West".into(),
                    values: vec![200.0, 190.0, 180.0, 170.0],
                },
            ],
            log_scale: false,
        };
        let svg = render(&chart, 1);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed");
        let lines = doc
            .descendants()
            .filter(|n| n.has_tag_name("polyline"))
            .count();
        assert_eq!(
            lines, 2,
            "the NaN breaks Texas into a single point and a run"
        );
        assert!(svg.contains("Bills &lt;R&amp;D&gt;"));
        assert!(svg.contains("stroke-dasharray"));
    }
}
