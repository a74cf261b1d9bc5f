//! The Outlook panel: fan charts of a few hundred continuations of the game (p5–p95 shaded,
//! the median marked, the quarters played so far as a line) for the index, the household
//! bill, the tightest reserve margin and approval, with the odds of a blackout, an Oracle
//! downgrade, losing the next election and meeting the seat's objective. The figures come
//! from `app.outlook`, filled in the background by `montecarlo::outlook::MonteCarloOutlook`.

use super::wrap::Wrapped;
use super::{num, pane};
use crate::engine::report::Arg;
use crate::engine::{Seat, World};
use crate::montecarlo::outlook::{self as continuations, BANDS, ODDS_ELECTION};
use crate::tui::app::{App, Screen};
use crate::tui::keys::Command;
use crate::tui::seams::{Band, Outlook};
use crate::tui::session::Session;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Clear, Dataset, Gauge, GraphType, Paragraph};

/// What the panel can show now.
enum State<'a> {
    Off,
    Over,
    Waiting,
    Running(&'a Outlook),
    Ready(&'a Outlook),
}

fn state<'a>(app: &'a App, session: &Session, seat: Seat) -> State<'a> {
    if app.outlook_source.is_none() {
        return State::Off;
    }
    if session.is_over() {
        return State::Over;
    }
    let basis = continuations::basis(&session.game, &session.draft(seat));
    match &app.outlook {
        // An outlook for other orders or an earlier quarter is never shown.
        Some(o) if o.basis == basis && o.runs >= o.planned && !o.bands.is_empty() => {
            State::Ready(o)
        }
        Some(o) if o.basis == basis => State::Running(o),
        _ => State::Waiting,
    }
}

/// Draws the panel over the whole frame.
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let (Some(session), Screen::Play(p)) = (&app.session, &app.screen) else {
        return;
    };
    let block = panel(app, &session.game.world);
    frame.render_widget(Clear, area);
    let inner = block.inner(area);
    frame.render_widget(block.style(app.theme.base), area);
    let state = state(app, session, p.seat);
    let [head, odds_area, charts] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Min(4),
    ])
    .areas(inner);
    let outlook = draw_head(frame, app, head, odds_area, session, &state);
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(charts);
    let [a, b] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    let [c, d] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    for (i, rect) in [a, b, c, d].into_iter().enumerate() {
        let band = outlook.and_then(|o| o.bands.iter().find(|band| band.key == BANDS[i]));
        fan(frame, app, rect, session, i, band);
    }
}

/// The panel's frame: the span of the game in the title, the legend and the way out below.
fn panel<'a>(app: &App, world: &World) -> Block<'a> {
    let params = &world.params;
    let end = params.scenario.last_quarter();
    let title = app.texts.with(
        "tui-outlook-title",
        &[
            ("date", Arg::Text(world.date.to_string())),
            ("end", Arg::Text(end.to_string())),
        ],
    );
    let close = app.texts.with(
        "tui-outlook-close",
        &[(
            "key",
            Arg::Text(format!(
                "{} / {}",
                app.keys.short(Command::Outlook),
                app.keys.short(Command::Back)
            )),
        )],
    );
    // The legend once for the four charts, in the panel's bottom border with the way out.
    let legend = Line::from(vec![
        Span::styled(format!(" ⣿ {} ", app.t("tui-outlook-band")), app.theme.dim),
        Span::styled(
            format!(" • {} ", app.t("tui-outlook-median")),
            app.theme.accent,
        ),
        Span::styled(
            format!(" ⣀ {} ", app.t("tui-outlook-so-far")),
            app.theme.title,
        ),
        Span::styled(format!(" · {close} "), app.theme.dim),
    ]);
    pane(app, title, true).title_bottom(legend)
}

/// The head (why nothing is shown, the progress, or the basis) and, once ready, the odds;
/// returns the outlook the charts show.
fn draw_head<'a>(
    frame: &mut Frame,
    app: &App,
    head: Rect,
    odds_area: Rect,
    session: &Session,
    state: &State<'a>,
) -> Option<&'a Outlook> {
    let message = |key: &str| Wrapped::new(app.t(key)).style(app.theme.dim).trim(true);
    match state {
        State::Off => {
            frame.render_widget(message("tui-outlook-off"), head);
            None
        }
        State::Over => {
            frame.render_widget(message("tui-outlook-over"), head);
            None
        }
        State::Waiting => {
            frame.render_widget(message("tui-outlook-waiting"), head);
            None
        }
        State::Running(o) => {
            draw_progress(frame, app, head, o);
            None
        }
        State::Ready(o) => {
            let text = app.texts.with(
                "tui-outlook-basis",
                &[("runs", Arg::Num(f64::from(o.runs)))],
            );
            frame.render_widget(Wrapped::new(text).style(app.theme.dim).trim(true), head);
            draw_odds(frame, app, odds_area, session, o);
            Some(*o)
        }
    }
}

/// How many continuations are done, as a line and a gauge.
fn draw_progress(frame: &mut Frame, app: &App, area: Rect, o: &Outlook) {
    let text = app.texts.with(
        "tui-outlook-running",
        &[
            ("done", Arg::Num(f64::from(o.runs))),
            ("planned", Arg::Num(f64::from(o.planned))),
        ],
    );
    let [line, bar] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(Paragraph::new(text).style(app.theme.dim), line);
    let ratio = f64::from(o.runs) / f64::from(o.planned.max(1));
    frame.render_widget(
        Gauge::default()
            .ratio(ratio.clamp(0.0, 1.0))
            .label("")
            .gauge_style(app.theme.accent),
        bar,
    );
}

fn draw_odds(frame: &mut Frame, app: &App, area: Rect, session: &Session, o: &Outlook) {
    let mut spans = Vec::new();
    for (i, (key, p)) in o.odds.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("  ·  ", app.theme.dim));
        }
        let mut label = app.t(key);
        if key == ODDS_ELECTION
            && let Some(e) = session.game.world.next_election()
        {
            label = format!("{label} ({})", e.date);
        }
        spans.push(Span::raw(format!("{label} ")));
        spans.push(Span::styled(
            format!("{}%", num(p * 100.0, 0)),
            app.theme.title.add_modifier(Modifier::BOLD),
        ));
    }
    frame.render_widget(Wrapped::new(Line::from(spans)).trim(true), area);
}

/// Band `i`'s value in a quarter played, as the continuations measure it.
fn played(i: usize, turn: &crate::game::Turn, params: &crate::engine::Params) -> f64 {
    let r = &turn.report;
    match i {
        0 => r.market.index,
        1 => {
            // Households-weighted, like `World::national_bill`.
            let (mut sum, mut households) = (0.0, 0.0);
            for (rr, p) in r.regions.iter().zip(&params.regions) {
                sum += rr.bill_month * p.households_m;
                households += p.households_m;
            }
            if households > 0.0 {
                sum / households
            } else {
                f64::NAN
            }
        }
        2 => r
            .regions
            .iter()
            .map(|rr| rr.reserve_margin)
            .fold(f64::INFINITY, f64::min),
        _ => r.politics.approval,
    }
}

/// How band `i` is shown: a scale, the unit's text and the decimals.
fn shown(app: &App, i: usize) -> (f64, String, usize) {
    match i {
        0 => (1.0, app.t("tui-unit-points"), 0),
        1 => (1.0, app.t("tui-unit-usd-month"), 0),
        _ => (100.0, "%".to_string(), 0),
    }
}

/// One fan chart: history as a line, the p5–p95 band shaded, the median marked.
fn fan(frame: &mut Frame, app: &App, area: Rect, session: &Session, i: usize, band: Option<&Band>) {
    let world = &session.game.world;
    let (scale, unit, digits) = shown(app, i);
    let history: Vec<(f64, f64)> = session
        .turns()
        .iter()
        .map(|t| {
            (
                f64::from(t.report.turn + 1),
                played(i, t, &world.params) * scale,
            )
        })
        .collect();
    let now = f64::from(world.turn);
    let total = f64::from(world.params.scenario.turns.max(2));
    // The band starts from the last quarter played, so the fan grows out of the line.
    let anchor = history.last().copied();
    let series = |pick: fn(&Band) -> &Vec<f64>| band_series(band, pick, anchor, now, scale);
    let (lo, mid, hi) = (series(|b| &b.p5), series(|b| &b.p50), series(|b| &b.p95));
    let (y0, y1) = y_bounds(&history, &lo, &hi, &mid);
    let x0 = 1.0;
    let fill = shade(&lo, &hi, (x0, total), (y0, y1), area);
    let title = format!("{} ({unit})", app.t(BANDS[i]));
    let block = pane(app, title, false);
    let datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Scatter)
            .style(app.theme.dim)
            .data(&fill),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(app.theme.title)
            .data(&history),
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Line)
            .style(app.theme.accent)
            .data(&mid),
    ];
    let start = world.params.scenario.start;
    let x_labels = vec![
        Span::styled(start.to_string(), app.theme.dim),
        Span::styled(start.plus(total as u32 - 1).to_string(), app.theme.dim),
    ];
    let y_labels = vec![
        Span::styled(num(y0, digits), app.theme.dim),
        Span::styled(num(y1, digits), app.theme.dim),
    ];
    let chart = Chart::new(datasets)
        .block(block)
        .style(app.theme.base)
        .x_axis(axis(app, [x0, total], x_labels))
        .y_axis(axis(app, [y0, y1], y_labels))
        .legend_position(None);
    frame.render_widget(chart, area);
}

/// One percentile of the band, scaled, from the anchor on; empty without a band.
fn band_series(
    band: Option<&Band>,
    pick: fn(&Band) -> &Vec<f64>,
    anchor: Option<(f64, f64)>,
    now: f64,
    scale: f64,
) -> Vec<(f64, f64)> {
    let Some(b) = band else {
        return Vec::new();
    };
    anchor
        .into_iter()
        .chain(
            pick(b)
                .iter()
                .enumerate()
                .map(|(q, v)| (now + 1.0 + q as f64, v * scale)),
        )
        .collect()
}

/// The y range: every finite value, with a margin.
fn y_bounds(
    history: &[(f64, f64)],
    lo: &[(f64, f64)],
    hi: &[(f64, f64)],
    mid: &[(f64, f64)],
) -> (f64, f64) {
    let (mut y0, mut y1) = (f64::INFINITY, f64::NEG_INFINITY);
    for (_, y) in history.iter().chain(lo).chain(hi).chain(mid) {
        if y.is_finite() {
            y0 = y0.min(*y);
            y1 = y1.max(*y);
        }
    }
    if !y0.is_finite() || !y1.is_finite() {
        (y0, y1) = (0.0, 1.0);
    }
    let pad = ((y1 - y0) * 0.08).max(y1.abs() * 0.02).max(1e-6);
    (y0 - pad, y1 + pad)
}

fn axis<'a>(app: &App, bounds: [f64; 2], labels: Vec<Span<'a>>) -> Axis<'a> {
    Axis::default()
        .bounds(bounds)
        .labels(labels)
        .style(app.theme.border)
}

/// Points filling the region between `lo` and `hi` (same x values) at about the Braille
/// resolution of `area`, so the band reads as a shaded area.
fn shade(
    lo: &[(f64, f64)],
    hi: &[(f64, f64)],
    (x0, x1): (f64, f64),
    (y0, y1): (f64, f64),
    area: Rect,
) -> Vec<(f64, f64)> {
    let cols = f64::from(area.width.saturating_sub(8).max(1)) * 2.0;
    let rows = f64::from(area.height.saturating_sub(3).max(1)) * 4.0;
    let dx = (x1 - x0) / cols;
    let dy = (y1 - y0) / rows;
    let mut points = Vec::new();
    if dx <= 0.0 || dy <= 0.0 {
        return points;
    }
    for (seg, next) in lo.iter().zip(hi).zip(lo.iter().zip(hi).skip(1)) {
        let ((xa, la), (_, ha)) = seg;
        let ((xb, lb), (_, hb)) = next;
        let mut x = *xa;
        while x <= *xb {
            let f = if xb > xa { (x - xa) / (xb - xa) } else { 0.0 };
            let low = la + (lb - la) * f;
            let high = ha + (hb - ha) * f;
            let mut y = low;
            while y <= high {
                points.push((x, y));
                y += dy;
            }
            points.push((x, high));
            x += dx;
        }
    }
    points
}
