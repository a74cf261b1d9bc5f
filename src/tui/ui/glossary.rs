//! The glossary screen: every figure the game shows, listed on the left, the chosen one's
//! definition on the right (unit, how the model computes it, why it matters to each seat).
//! The entries are text in assets/i18n/<lang>/glossary.ftl; this file only draws them.

use super::wrap::Wrapped;
use super::{centered, pane};
use crate::engine::Seat;
use crate::glossary::{self, TERMS};
use crate::tui::app::{App, Screen};
use crate::tui::keys::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Clear, Paragraph};

pub fn draw(frame: &mut Frame, app: &App, area: Rect, index: usize) {
    let rect = centered(area, 110, area.height.saturating_sub(2));
    frame.render_widget(Clear, rect);
    let outer = pane(app, app.t("tui-glossary-title"), true);
    let inner = outer.inner(rect);
    frame.render_widget(outer, rect);
    let [list, body, footer] = {
        let [top, footer] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(inner);
        let list_width = (inner.width / 3).clamp(16, 30);
        let [list, body] =
            Layout::horizontal([Constraint::Length(list_width), Constraint::Min(10)]).areas(top);
        [list, body, footer]
    };
    draw_list(frame, app, list, index);
    draw_entry(frame, app, body, index);
    frame.render_widget(
        Paragraph::new(Line::styled(
            app.texts.with(
                "tui-glossary-keys",
                &[
                    ("up", arg(app.keys.short(Command::Up))),
                    ("down", arg(app.keys.short(Command::Down))),
                    ("close", arg(app.keys.short(Command::Back))),
                ],
            ),
            app.theme.dim,
        )),
        footer,
    );
}

fn arg(s: impl Into<String>) -> crate::engine::report::Arg {
    crate::engine::report::Arg::Text(s.into())
}

/// The names, scrolled so the chosen one is in view.
fn draw_list(frame: &mut Frame, app: &App, area: Rect, index: usize) {
    let rows = usize::from(area.height).max(1);
    let first = index.saturating_sub(rows - 1);
    let width = usize::from(area.width.saturating_sub(3));
    let lines: Vec<Line> = TERMS
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, term)| {
            let name = super::charts::ellipsize(&app.t(&format!("glossary-{}", term.id)), width);
            if i == index {
                Line::styled(format!("▶ {name}"), app.theme.selected)
            } else {
                Line::raw(format!("  {name}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(Text::from(lines)), area);
}

/// The chosen entry; the seat playing (if any) first among the reasons it matters.
fn draw_entry(frame: &mut Frame, app: &App, area: Rect, index: usize) {
    let Some(term) = TERMS.get(index) else {
        return;
    };
    let entry = glossary::entry(&app.texts, term);
    let playing = match &app.screen {
        Screen::Play(p) => Some(p.seat),
        _ => None,
    };
    let mut lines = vec![
        Line::styled(entry.name.clone(), app.theme.selected),
        Line::styled(entry.unit.clone(), app.theme.dim),
        Line::raw(""),
        Line::raw(entry.how.clone()),
        Line::raw(""),
    ];
    let mut seats: Vec<(Seat, String)> = entry.for_seat.clone();
    seats.sort_by_key(|(s, _)| Some(*s) != playing);
    for (seat, why) in seats {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}: ", app.t(&format!("seat-{}", seat.id()))),
                app.theme.selected,
            ),
            Span::raw(why),
        ]));
    }
    frame.render_widget(
        Wrapped::new(Text::from(lines)).trim(true),
        area.inner(ratatui::layout::Margin::new(1, 0)),
    );
}
