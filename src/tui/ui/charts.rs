//! History charts drawn from the turn reports. Series differ by marker and legend symbol as
//! well as colour, so they read the same without colour.

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
use ratatui::widgets::{Axis, Bar, BarChart, BarGroup, Chart, Dataset, GraphType, Paragraph, Wrap};

/// The charts of the Charts tab, in order.
pub const KEYS: [&str; 6] = [
    "tui-chart-index",
    "tui-chart-bills",
    "tui-chart-reserve",
    "tui-chart-approval",
    "tui-chart-scores",
    "tui-chart-spreads",
];
pub const COUNT: usize = KEYS.len();

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

/// The series of chart `which`, its y unit and decimals.
pub fn series(app: &App, turns: &[Turn], which: usize) -> (Vec<Series>, String, usize) {
    let regions = |value: fn(&crate::engine::report::RegionReport) -> f64| -> Vec<Series> {
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
    };
    match which {
        0 => (
            vec![Series {
                name: app.t("tui-index"),
                points: turns
                    .iter()
                    .map(|t| (f64::from(t.report.turn), t.report.market.index))
                    .collect(),
            }],
            app.t("tui-unit-points"),
            1,
        ),
        1 => (regions(|r| r.bill_month), app.t("tui-unit-usd-month"), 0),
        2 => (regions(|r| r.reserve_margin * 100.0), "%".to_string(), 1),
        3 => (
            vec![Series {
                name: app.t("tui-approval"),
                points: turns
                    .iter()
                    .map(|t| (f64::from(t.report.turn), t.report.politics.approval * 100.0))
                    .collect(),
            }],
            "%".to_string(),
            1,
        ),
        4 => {
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
            s.push(Series {
                name: app.t("tui-welfare-short"),
                points: turns
                    .iter()
                    .map(|t| {
                        (
                            f64::from(t.report.turn),
                            t.report.scores.public_welfare.score,
                        )
                    })
                    .collect(),
            });
            (s, app.t("tui-unit-score"), 0)
        }
        _ => (
            [
                CompanyId::OpenAi,
                CompanyId::Oracle,
                CompanyId::Nvidia,
                CompanyId::Hyperscalers,
            ]
            .iter()
            .map(|id| Series {
                name: app.t(&format!("company-{}", id.id())),
                points: turns
                    .iter()
                    .filter_map(|t| {
                        t.report
                            .company(*id)
                            .map(|c| (f64::from(t.report.turn), c.spread_bp))
                    })
                    .collect(),
            })
            .collect(),
            app.t("tui-unit-bp"),
            0,
        ),
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
    let (series, unit, digits) = series(app, turns, which);
    let points = series.iter().map(|s| s.points.len()).max().unwrap_or(0);
    if points < 2 {
        frame.render_widget(
            Paragraph::new(app.t("tui-chart-empty"))
                .style(app.theme.dim)
                .wrap(Wrap { trim: true })
                .block(block),
            area,
        );
        return;
    }
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for s in &series {
        for (_, y) in &s.points {
            lo = lo.min(*y);
            hi = hi.max(*y);
        }
    }
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.1).max(hi.abs() * 0.02).max(1e-6);
    let (lo, hi) = (lo - pad, hi + pad);
    let total = f64::from(shown.world.params.scenario.turns.max(2));
    let start = shown.world.params.scenario.start;
    // The legend sits in the bottom border so it never covers the lines.
    let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    let block = block.title_bottom(legend(app, &names));
    let datasets: Vec<Dataset> = series
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
    let x_labels = vec![
        Span::styled(start.to_string(), app.theme.dim),
        Span::styled(
            start.plus((total as u32 - 1) / 2).to_string(),
            app.theme.dim,
        ),
        Span::styled(start.plus(total as u32 - 1).to_string(), app.theme.dim),
    ];
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
                .bounds([1.0, total])
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

/// Every seat's score as bars, with the value printed on each bar.
pub fn score_bars(frame: &mut Frame, app: &App, area: Rect, turn: &Turn, focused: bool) {
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
                .label(Line::raw(format!("{mark}{}", short_seat(app, s.seat))))
                .text_value(num(s.score, 0))
                .style(Style::default().fg(app.theme.series[i % app.theme.series.len()]))
        })
        .chain(std::iter::once(
            Bar::default()
                .value(turn.report.scores.public_welfare.score.round().max(0.0) as u64)
                .label(Line::raw(app.t("tui-welfare-short")))
                .text_value(num(turn.report.scores.public_welfare.score, 0))
                .style(Style::default().fg(app.theme.series[4])),
        ))
        .collect();
    let width = area.width.saturating_sub(2) / 5;
    let chart = BarChart::default()
        .block(pane(app, app.t("tui-chart-score-bars"), focused))
        .data(BarGroup::default().bars(&bars))
        .bar_width(width.saturating_sub(1).clamp(3, 12))
        .bar_gap(1)
        .max(100)
        .value_style(app.theme.selected)
        .label_style(app.theme.base);
    frame.render_widget(chart, area);
}

pub fn short_seat(app: &App, seat: Seat) -> String {
    app.t(&format!("tui-seat-short-{}", seat.id()))
}

/// A one-line legend of what the markers mean, for narrow charts.
pub fn legend(app: &App, names: &[String]) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for (i, n) in names.iter().enumerate() {
        let (_, symbol) = MARKERS[i % MARKERS.len()];
        spans.push(Span::styled(
            format!("{symbol} {n}  "),
            Style::default().fg(app.theme.series[i % app.theme.series.len()]),
        ));
    }
    Line::from(spans)
}
