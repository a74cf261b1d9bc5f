//! The "why" popup: last quarter's change of one headline figure, each cause with its sign,
//! size and a bar, drift, and the mechanism that links them. The split comes from the engine's
//! attribution (`explain::last_quarter`); this file only draws it.

use super::wrap::Wrapped;
use super::{centered, num, pane};
use crate::engine::Seat;
use crate::engine::attribution::{Cause, Figure, FigureKind};
use crate::engine::report::Arg;
use crate::tui::app::{App, WhyState};
use crate::tui::keys::Command;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Clear;

/// Bar length of the largest cause, columns, where the popup is wide enough.
const BAR_COLUMNS: usize = 20;
/// Shortest bar the largest cause keeps: a name is shortened before its bar would wrap.
const MIN_BAR_COLUMNS: usize = 6;
/// Columns of a row besides its name and bar: the padded figure and the spaces around it.
const FIGURE_COLUMNS: usize = 12;
/// The popup's width, columns.
const POPUP_WIDTH: u16 = 72;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, state: &WhyState) {
    let figure = state
        .attribution
        .as_ref()
        .and_then(|a| a.figures.get(state.index).map(|f| (a, f)));
    let inner_width = usize::from(POPUP_WIDTH.min(area.width).saturating_sub(2)).max(1);
    let (title, mut lines) = match figure {
        Some((a, f)) => {
            let gas = gas_note(app, a.turn, f);
            let mut lines = breakdown(app, f, &a.date.to_string(), inner_width, gas);
            if state.glossary {
                lines.extend(entry_lines(app, f));
            }
            (
                app.texts
                    .with("tui-why-title", &[("figure", text(figure_name(app, f)))]),
                lines,
            )
        }
        None => {
            // A played quarter that cannot be recomputed: a facilitator changed the world.
            let played = app.session.as_ref().is_some_and(|s| !s.turns().is_empty());
            let key = if played {
                "tui-why-unavailable"
            } else {
                "tui-why-none"
            };
            (app.t("tui-why-title-none"), vec![Line::raw(app.t(key))])
        }
    };
    lines.push(Line::raw(""));
    let count = state.attribution.as_ref().map_or(0, |a| a.figures.len());
    lines.push(Line::styled(
        app.texts.with(
            "tui-why-keys",
            &[
                ("up", text(app.keys.short(Command::Up))),
                ("down", text(app.keys.short(Command::Down))),
                ("close", text(app.keys.short(Command::Back))),
                ("help", text(app.keys.short(Command::Help))),
                ("at", Arg::Num((state.index + 1) as f64)),
                ("of", Arg::Num(count as f64)),
            ],
        ),
        app.theme.dim,
    ));
    // Rows once wrapped to the popup's inner width, so the keys line stays in view.
    let rows: usize = lines
        .iter()
        .map(|l| l.width().max(1).div_ceil(inner_width))
        .sum();
    let height = (rows as u16 + 3).min(area.height.saturating_sub(2));
    let rect = centered(area, POPUP_WIDTH, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(pane(app, title, true))
            .trim(false)
            .style(app.theme.base),
        rect,
    );
}

/// Beside a region's energy price, the gas its plants burned this quarter and the one before,
/// where it moved: drift holds a spike's passing, which no seat's orders or card of the quarter
/// explains.
fn gas_note(app: &App, turn: u32, f: &Figure) -> Option<Line<'static>> {
    if f.kind != FigureKind::EnergyPrice {
        return None;
    }
    let region = f.key.strip_prefix("price.")?;
    let session = app.session.as_ref()?;
    let gas_in = |turn: u32| {
        let report = &session.turns().get(turn as usize)?.report;
        let rr = report.regions.iter().find(|r| r.id == region)?;
        Some(rr.gas_price)
    };
    let after = gas_in(turn)?;
    let before = match turn.checked_sub(1) {
        Some(last) => gas_in(last)?,
        None => {
            let params = &session.game.scenario.params;
            params.regions.iter().find(|p| p.id == region)?.gas_price
        }
    };
    if !super::differ_in_cents(after, before) || before <= 0.0 {
        return None;
    }
    Some(Line::styled(
        app.texts.with(
            "tui-why-gas",
            &[
                ("before", text(num(before, 2))),
                ("after", text(num(after, 2))),
            ],
        ),
        app.theme.dim,
    ))
}

/// The figure's glossary entry: what it is and why it matters to the seat playing.
fn entry_lines(app: &App, f: &Figure) -> Vec<Line<'static>> {
    let Some(term) = crate::glossary::for_figure(f.kind, &f.key) else {
        return Vec::new();
    };
    let entry = crate::glossary::entry(&app.texts, term);
    let mut lines = vec![
        Line::raw(""),
        Line::styled(
            format!("{} ({})", entry.name, entry.unit),
            app.theme.selected,
        ),
        Line::raw(entry.how),
    ];
    let seat = app.why_seat();
    if let Some((_, why)) = entry.for_seat.iter().find(|(s, _)| Some(*s) == seat) {
        lines.push(Line::raw(why.clone()));
    }
    lines
}

/// A cause's name: the seat whose orders it is, or the quarter's events under `events_key`.
pub fn cause_name(app: &App, cause: Cause, events_key: &str) -> String {
    match cause {
        Cause::Events => app.t(events_key),
        _ => app.t(&format!("seat-{}", Seat::ALL[cause as usize].id())),
    }
}

/// The figure's name in the player's language.
fn figure_name(app: &App, f: &Figure) -> String {
    match &app.session {
        Some(s) => app.texts.figure(&f.key, &f.label, &s.game.world.params),
        None => f.label.clone(),
    }
}

fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

/// The change, each cause largest first with a bar, drift, and the mechanism; each row fits
/// `width` columns, so a bar never wraps onto a line of its own.
fn breakdown(
    app: &App,
    f: &Figure,
    date: &str,
    width: usize,
    gas: Option<Line<'static>>,
) -> Vec<Line<'static>> {
    let digits = if f.unit == "$" { 2 } else { 1 };
    let signed = |v: f64| crate::i18n::format_signed(v, digits);
    let mut lines = vec![
        Line::raw(app.texts.with(
            "tui-why-change",
            &[
                ("date", text(date)),
                ("before", text(num(f.before, digits))),
                ("after", text(num(f.after, digits))),
                ("unit", text(app.texts.figure_unit(&f.unit))),
                ("change", text(signed(f.change()))),
            ],
        )),
        Line::raw(""),
    ];
    let causes = f.causes_by_size();
    let largest_cause = causes.iter().map(|(_, v)| v.abs()).fold(0.0, f64::max);
    let mut rows: Vec<(String, f64)> = causes
        .into_iter()
        .map(|(cause, value)| (cause_name(app, cause, "tui-why-events"), value))
        .collect();
    rows.push((app.t("tui-why-drift"), f.drift));
    for part in f.drift_mechanisms() {
        rows.push((format!("  {}", app.t(&part.mechanism)), part.part));
    }
    // Drift's mechanisms can offset each other, each larger than drift: every row scales to the
    // largest of all.
    let largest = rows.iter().map(|(_, v)| v.abs()).fold(0.0, f64::max);
    // Names padded to the longest, by the columns they take, so the figures line up; a name
    // too long for the popup is shortened rather than the bar wrapped.
    let name_limit = width
        .saturating_sub(FIGURE_COLUMNS + MIN_BAR_COLUMNS)
        .max(1);
    let name_columns = rows
        .iter()
        .map(|(name, _)| crate::i18n::width(name))
        .fold(22, usize::max)
        .min(name_limit);
    let bar_columns = width
        .saturating_sub(name_columns + FIGURE_COLUMNS)
        .min(BAR_COLUMNS) as f64;
    for (name, value) in rows {
        let name = super::charts::ellipsize(&name, name_columns);
        let columns = if largest > 0.0 {
            (value.abs() / largest * bar_columns).round() as usize
        } else {
            0
        };
        let style = if value < 0.0 {
            app.theme.bad
        } else {
            app.theme.good
        };
        let pad = " ".repeat(name_columns - crate::i18n::width(&name));
        lines.push(Line::from(vec![
            Span::raw(format!("{name}{pad} {:>10} ", signed(value))),
            Span::styled("█".repeat(columns), style),
        ]));
    }
    lines.extend(gas);
    // Drift as the largest cause reads as "nothing happened" unless it says what it holds.
    if f.drift.abs() >= largest_cause && f.drift != 0.0 {
        lines.push(Line::raw(""));
        lines.push(Line::styled(app.t("tui-why-drift-note"), app.theme.dim));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        app.texts.figure_mechanism(f.kind),
        app.theme.dim,
    ));
    lines
}
