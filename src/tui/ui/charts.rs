//! History charts drawn from the turn reports. Series differ by marker and legend symbol as
//! well as colour, so they read the same without colour.

use super::wrap::Wrapped;
use super::{num, pane};
use crate::engine::{CompanyId, Seat};
use crate::game::Turn;
use crate::tui::app::App;
use crate::tui::session::Shown;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Bar, BarChart, BarGroup, Chart, Dataset, GraphType};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub use crate::tui::charts::{COUNT, KEYS, figure_key, order};

const MARKERS: [(Marker, &str); 5] = [
    (Marker::Braille, "⣿"),
    (Marker::Dot, "•"),
    (Marker::Block, "█"),
    (Marker::Bar, "▄"),
    (Marker::HalfBlock, "▀"),
];

pub struct Series {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

type TurnValue = fn(&crate::engine::TurnReport) -> f64;

/// One series over the quarters.
fn over_turns(name: String, turns: &[Turn], value: TurnValue) -> Series {
    Series {
        name,
        points: turns
            .iter()
            .map(|t| (f64::from(t.report.turn), value(&t.report)))
            .collect(),
    }
}

/// One series per region.
fn regions(
    app: &App,
    turns: &[Turn],
    value: fn(&crate::engine::report::RegionReport) -> f64,
) -> Vec<Series> {
    let Some(first) = turns.first() else {
        return Vec::new();
    };
    first
        .report
        .regions
        .iter()
        .enumerate()
        .map(|(r, region)| Series {
            name: app.texts.region(&region.id, &region.id),
            points: turns
                .iter()
                .filter_map(|t| {
                    t.report
                        .regions
                        .get(r)
                        .map(|rr| (f64::from(t.report.turn), value(rr)))
                })
                .collect(),
        })
        .collect()
}

/// One series per company, for the companies given.
fn companies(
    app: &App,
    turns: &[Turn],
    ids: &[CompanyId],
    value: fn(&crate::engine::report::CompanyReport, f64) -> f64,
) -> Vec<Series> {
    ids.iter()
        .map(|id| {
            let first = turns
                .iter()
                .find_map(|t| t.report.company(*id))
                .map_or(1.0, |c| c.share_price);
            Series {
                name: app.t(&format!("company-{}", id.id())),
                points: turns
                    .iter()
                    .filter_map(|t| {
                        t.report
                            .company(*id)
                            .map(|c| (f64::from(t.report.turn), value(c, first)))
                    })
                    .collect(),
            }
        })
        .collect()
}

fn scores(app: &App, turns: &[Turn]) -> Vec<Series> {
    let mut s: Vec<Series> = Seat::ALL
        .iter()
        .map(|seat| Series {
            name: app.t(&format!("seat-{}", seat.id())),
            points: turns
                .iter()
                .filter_map(|t| {
                    t.report
                        .scores
                        .seat(*seat)
                        .map(|sc| (f64::from(t.report.turn), sc.score))
                })
                .collect(),
        })
        .collect();
    s.push(over_turns(app.t("tui-welfare-short"), turns, |r| {
        r.scores.public_welfare.score
    }));
    s
}

/// Manufacturing jobs gained since the start, thousands (the report carries the level).
fn jobs_gained(app: &App, shown: &Shown) -> Vec<Series> {
    let start_k = shown.world.params.politics.jobs_start_k;
    let turns = shown.turns;
    vec![Series {
        name: app.t("tui-jobs"),
        points: turns
            .iter()
            .map(|t| (f64::from(t.report.turn), t.report.politics.jobs_k - start_k))
            .collect(),
    }]
}

const LISTED: [CompanyId; 3] = [
    CompanyId::Oracle,
    CompanyId::Nvidia,
    CompanyId::Hyperscalers,
];
const ALL_COMPANIES: [CompanyId; 4] = [
    CompanyId::OpenAi,
    CompanyId::Oracle,
    CompanyId::Nvidia,
    CompanyId::Hyperscalers,
];

/// The series of chart `which`, its y unit and decimals.
pub fn series(app: &App, shown: &Shown, which: usize) -> (Vec<Series>, String, usize) {
    let turns = shown.turns;
    let one = |key: &str, value: TurnValue| vec![over_turns(app.t(key), turns, value)];
    match which {
        0 => (
            one("tui-index", |r| r.market.index),
            app.t("tui-unit-points"),
            1,
        ),
        1 => (
            regions(app, turns, |r| r.bill_month),
            app.t("tui-unit-usd-month"),
            0,
        ),
        2 => (
            regions(app, turns, |r| r.reserve_margin * 100.0),
            "%".into(),
            1,
        ),
        3 => (
            one("tui-approval", |r| r.politics.approval * 100.0),
            "%".into(),
            1,
        ),
        4 => (scores(app, turns), app.t("tui-unit-score"), 0),
        5 => (
            companies(app, turns, &ALL_COMPANIES, |c, _| c.spread_bp),
            app.t("tui-unit-bp"),
            0,
        ),
        6 => (
            // The shares a holder started with; a default cancels them, whatever the
            // creditors' new shares trade at.
            companies(app, turns, &LISTED, |c, first| {
                if c.insolvent {
                    0.0
                } else {
                    c.share_price / first.max(1e-9)
                }
            }),
            app.t("tui-unit-x-start"),
            2,
        ),
        7 => (
            one("tui-backlog", |r| {
                r.company(CompanyId::Oracle).map_or(0.0, |c| c.backlog_bn)
            }),
            app.t("tui-unit-usd-bn"),
            0,
        ),
        8 => {
            let mut s = one("tui-revenue-yr", |r| r.market.openai_revenue_bn * 4.0);
            s.extend(one("tui-commitments", |r| {
                r.market.openai_commitments_bn_yr
            }));
            (s, app.t("tui-unit-usd-bn-yr"), 0)
        }
        9 => (
            regions(app, turns, |r| r.arrears_share * 100.0),
            "%".into(),
            1,
        ),
        10 => (jobs_gained(app, shown), app.t("tui-unit-thousands"), 0),
        _ => {
            let mut s = one("tui-budget-quarter", |r| r.politics.budget.cost_bn);
            s.extend(one("tui-chart-tariff-quarter", |r| {
                r.politics.budget.tariff_revenue_bn
            }));
            s.extend(one("tui-deficit-quarter", |r| r.politics.budget.deficit_bn));
            (s, app.t("tui-unit-usd-bn"), 1)
        }
    }
}

/// Draws chart `which` of the game being played in `area` with a bordered title.
pub fn draw(frame: &mut Frame, app: &App, area: Rect, which: usize, focused: bool) {
    if let Some(session) = &app.session {
        draw_shown(frame, app, &session.shown(), area, which, focused);
    }
}

/// Draws chart `which` of the quarters in `shown` (a game being played or a replay).
pub fn draw_shown(
    frame: &mut Frame,
    app: &App,
    shown: &Shown,
    area: Rect,
    which: usize,
    focused: bool,
) {
    let turns = shown.turns;
    let title = app.t(KEYS[which.min(COUNT - 1)]);
    let block = pane(app, title, focused);
    let (series, unit, digits) = series(app, shown, which);
    let points = series.iter().map(|s| s.points.len()).max().unwrap_or(0);
    if points < 2 {
        frame.render_widget(
            Wrapped::new(app.t("tui-chart-empty"))
                .style(app.theme.dim)
                .trim(true)
                .block(block),
            area,
        );
        return;
    }
    let (lo, hi) = value_bounds(&series);
    let (first_x, last_x) = quarter_span(&series);
    let elections = election_lines(turns, lo, hi);
    // The legend sits in the bottom border so it never covers the lines.
    let mut names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    if !elections.is_empty() {
        names.push(app.t("tui-chart-election"));
    }
    let block = block.title_bottom(legend(app, &names, area.width));
    let datasets = datasets(app, &series, &elections);
    let x_labels = quarter_labels(app, turns, area.width);
    let y_labels = vec![
        Span::styled(num(lo, digits), app.theme.dim),
        Span::styled(num((lo + hi) / 2.0, digits), app.theme.dim),
        Span::styled(num(hi, digits), app.theme.dim),
    ];
    let chart = Chart::new(datasets)
        .block(block)
        .style(app.theme.base)
        .x_axis(
            Axis::default()
                .bounds([first_x, last_x.max(first_x + 1.0)])
                .labels(x_labels)
                .style(app.theme.border),
        )
        .y_axis(
            Axis::default()
                .title(Span::styled(unit, app.theme.dim))
                .bounds([lo, hi])
                .labels(y_labels)
                .style(app.theme.border),
        )
        .legend_position(None);
    frame.render_widget(chart, area);
}

/// The lowest and highest value of any series, padded so the lines clear the borders.
fn value_bounds(series: &[Series]) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for s in series {
        for (_, y) in &s.points {
            lo = lo.min(*y);
            hi = hi.max(*y);
        }
    }
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.1).max(hi.abs() * 0.02).max(1e-6);
    (lo - pad, hi + pad)
}

/// The first and last quarter of any series: the axis spans the quarters shown, so an early
/// game fills the width.
fn quarter_span(series: &[Series]) -> (f64, f64) {
    let first_x = series
        .iter()
        .flat_map(|s| s.points.first())
        .map(|p| p.0)
        .fold(f64::INFINITY, f64::min);
    let last_x = series
        .iter()
        .flat_map(|s| s.points.last())
        .map(|p| p.0)
        .fold(f64::NEG_INFINITY, f64::max);
    (first_x, last_x)
}

/// A line per series, then the election lines, each set with its own marker and colour.
fn datasets<'a>(
    app: &App,
    series: &'a [Series],
    elections: &'a [[(f64, f64); 2]],
) -> Vec<Dataset<'a>> {
    let mut datasets: Vec<Dataset> = series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (marker, _) = MARKERS[i % MARKERS.len()];
            let color = app.theme.series[i % app.theme.series.len()];
            Dataset::default()
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(Style::default().fg(color))
                .data(&s.points)
        })
        .collect();
    let (election_marker, _) = MARKERS[series.len() % MARKERS.len()];
    let election_color = app.theme.series[series.len() % app.theme.series.len()];
    datasets.extend(elections.iter().map(|line| {
        Dataset::default()
            .marker(election_marker)
            .graph_type(GraphType::Line)
            .style(Style::default().fg(election_color))
            .data(line)
    }));
    datasets
}

/// A vertical line at each quarter that held an election.
fn election_lines(turns: &[Turn], lo: f64, hi: f64) -> Vec<[(f64, f64); 2]> {
    turns
        .iter()
        .filter(|t| t.report.politics.election.is_some())
        .map(|t| {
            let x = f64::from(t.report.turn);
            [(x, lo), (x, hi)]
        })
        .collect()
}

/// Quarter dates under the x axis: as many as fit, evenly spread, first and last always.
fn quarter_labels(app: &App, turns: &[Turn], width: u16) -> Vec<Span<'static>> {
    let count = (usize::from(width) / 12)
        .clamp(2, 8)
        .min(turns.len().max(2));
    let last = turns.len().saturating_sub(1);
    (0..count)
        .map(|i| {
            let t = &turns[(i * last) / (count - 1).max(1)];
            Span::styled(t.report.date.to_string(), app.theme.dim)
        })
        .collect()
}

/// Every seat's score as bars, with the value printed on each bar.
pub fn score_bars(frame: &mut Frame, app: &App, area: Rect, turn: &Turn, focused: bool) {
    let width = area.width.saturating_sub(2) / 5;
    let bar_width = width.saturating_sub(1).clamp(3, 12);
    let fit = |label: String| ellipsize(&label, usize::from(bar_width));
    let bars: Vec<Bar> = turn
        .report
        .scores
        .seats
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mark = if s.objective_met { "✓" } else { "✗" };
            Bar::default()
                .value(s.score.round().max(0.0) as u64)
                .label(Line::raw(fit(format!("{mark}{}", short_seat(app, s.seat)))))
                .text_value(num(s.score, 0))
                .style(Style::default().fg(app.theme.series[i % app.theme.series.len()]))
        })
        .chain(std::iter::once(
            Bar::default()
                .value(turn.report.scores.public_welfare.score.round().max(0.0) as u64)
                .label(Line::raw(fit(app.t("tui-welfare-short"))))
                .text_value(num(turn.report.scores.public_welfare.score, 0))
                .style(Style::default().fg(app.theme.series[4])),
        ))
        .collect();
    let chart = BarChart::default()
        .block(pane(app, app.t("tui-chart-score-bars"), focused))
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .max(100)
        .value_style(app.theme.selected)
        .label_style(app.theme.base);
    frame.render_widget(chart, area);
}

pub fn short_seat(app: &App, seat: Seat) -> String {
    app.t(&format!("tui-seat-short-{}", seat.id()))
}

/// A one-line legend of what the markers mean, fitted to `width` columns: the longest names
/// end in an ellipsis first, and when even short names do not fit, the legend shows the
/// entries that do and an ellipsis, rather than being cut off by the border.
pub fn legend(app: &App, names: &[String], width: u16) -> Line<'static> {
    // Each entry is "S name  " (symbol, space, name, two spaces); one leading space, borders.
    let room = usize::from(width).saturating_sub(4);
    let needed = |limit: usize| -> usize { names.iter().map(|n| n.width().min(limit) + 4).sum() };
    let widest = names.iter().map(|n| n.width()).max().unwrap_or(0);
    let limit = (0..=widest).rev().find(|l| needed(*l) <= room).unwrap_or(0);
    const SHORTEST: usize = 4;
    let (limit, shown) = if limit >= SHORTEST.min(widest) {
        (limit, names.len())
    } else {
        let per = SHORTEST + 4;
        (SHORTEST, (room.saturating_sub(1) / per).min(names.len()))
    };
    let mut spans = vec![Span::raw(" ")];
    for (i, n) in names.iter().enumerate().take(shown) {
        let (_, symbol) = MARKERS[i % MARKERS.len()];
        spans.push(Span::styled(
            format!("{symbol} {}  ", ellipsize(n, limit)),
            Style::default().fg(app.theme.series[i % app.theme.series.len()]),
        ));
    }
    if shown < names.len() {
        spans.push(Span::styled("…", app.theme.dim));
    }
    Line::from(spans)
}

/// `text` if it fits in `width` columns, else its beginning and an ellipsis.
pub fn ellipsize(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}
