//! The Books tab's statements: the seat books model drawn line by line, this quarter and the
//! running quarters side by side. The model and its wording are shared with plain mode's
//! `books` (`crate::books`); this file only lays them out.

use crate::books;
use crate::engine::Seat;
use crate::engine::seat_books::{Entry, SeatBooks};
use crate::engine::view::LineKind;
use crate::game::Turn;
use crate::i18n::width as text_width;
use crate::tui::app::App;
use crate::tui::session::Shown;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

/// The seat's books model for the quarters `shown`.
pub fn model(shown: &Shown, seat: Seat) -> SeatBooks {
    let reports: Vec<&crate::engine::TurnReport> =
        shown.turns.iter().map(|t: &Turn| &t.report).collect();
    SeatBooks::new(shown.world, seat, &reports)
}

/// Every section of the model as lines `width` columns wide.
pub fn lines(app: &App, shown: &Shown, seat: Seat, width: usize) -> Vec<Line<'static>> {
    let model = model(shown, seat);
    let params = &shown.world.params;
    let (quarter_head, running_head) = books::columns(&app.texts, &model);
    let mut out = Vec::new();
    for section in &model.sections {
        let title = books::section_title(&app.texts, params, &model, section);
        out.push(Line::styled(title, app.theme.accent));
        let values: Vec<(String, Option<String>)> = section
            .entries
            .iter()
            .map(|e| {
                (
                    books::value(&app.texts, e.quarter, e.unit),
                    books::running(&app.texts, e),
                )
            })
            .collect();
        let quarter_w = values
            .iter()
            .map(|(q, _)| text_width(q))
            .chain(std::iter::once(text_width(&quarter_head)))
            .max()
            .unwrap_or(0);
        let running_w = if books::has_running(section) {
            values
                .iter()
                .filter_map(|(_, r)| r.as_deref().map(text_width))
                .chain(std::iter::once(text_width(&running_head)))
                .max()
                .unwrap_or(0)
        } else {
            0
        };
        let columns = Columns {
            width,
            quarter: quarter_w,
            running: running_w,
        };
        if running_w > 0 {
            out.push(columns.line(
                String::new(),
                quarter_head.clone(),
                Some(running_head.clone()),
                [app.theme.dim; 2],
            ));
        }
        for (e, (q, r)) in section.entries.iter().zip(values) {
            out.push(entry_line(app, params, e, &columns, q, r));
        }
        out.push(Line::raw(""));
    }
    out
}

fn entry_line(
    app: &App,
    params: &crate::engine::Params,
    e: &Entry,
    columns: &Columns,
    quarter: String,
    running: Option<String>,
) -> Line<'static> {
    let label = books::label(&app.texts, params, e);
    match e.kind {
        LineKind::Heading => Line::styled(label, app.theme.title),
        LineKind::Item => columns.line(label, quarter, running, [app.theme.base; 2]),
        LineKind::Detail => {
            columns.line(format!("  {label}"), quarter, running, [app.theme.dim; 2])
        }
        LineKind::Total => {
            let bold = app.theme.base.add_modifier(Modifier::BOLD);
            columns.line(label, quarter, running, [bold; 2])
        }
    }
}

/// A line's layout: the label, then the two value columns right-aligned at `width`.
struct Columns {
    width: usize,
    quarter: usize,
    running: usize,
}

impl Columns {
    fn line(
        &self,
        label: String,
        quarter: String,
        running: Option<String>,
        [label_style, value_style]: [Style; 2],
    ) -> Line<'static> {
        let running_w = if self.running > 0 {
            self.running + 1
        } else {
            0
        };
        let values_w = self.quarter + 1 + running_w;
        let room = self.width.saturating_sub(values_w);
        let label = crate::i18n::truncate(&label, room);
        let gap = room.saturating_sub(text_width(&label));
        let mut spans = vec![
            Span::styled(label, label_style),
            Span::raw(" ".repeat(gap + 1 + self.quarter - text_width(&quarter).min(self.quarter))),
            Span::styled(quarter, value_style),
        ];
        if self.running > 0 {
            let running = running.unwrap_or_default();
            let pad = 1 + self.running - text_width(&running).min(self.running);
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::styled(running, value_style));
        }
        Line::from(spans)
    }
}
