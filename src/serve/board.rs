//! The submission board: for every table its countdown and, seat by seat, drafting or
//! submitted, minutes since the seat's last key, connected or not, people or a bot. The
//! console and the projector both draw it; it reads the tables and holds nothing.

use super::console::Ctx;
use super::hub::{SeatStatus, TableSlot, mmss};
use crate::engine::Seat;
use crate::i18n::Texts;
use crate::tui::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::time::{Duration, Instant};

/// One seat on the board.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub status: SeatStatus,
    pub online: bool,
    /// Since the seat's last key (None: no key yet).
    pub idle: Option<Duration>,
}

pub fn cell(slot: &TableSlot, seat: Seat, now: Instant) -> Cell {
    let s = &slot.seats[seat.index()];
    Cell {
        status: slot.status(seat),
        online: slot.online(seat),
        idle: s.last_key.map(|k| now.saturating_duration_since(k)),
    }
}

/// A cell's text: the connection dot, the mark, the state and whole minutes idle.
pub fn cell_text(texts: &Texts, c: &Cell) -> String {
    let (mark, key) = match c.status {
        SeatStatus::Bot => return format!("⚙ {}", texts.get("serve-board-bot")),
        SeatStatus::NotJoined => return format!("○ {}", texts.get("serve-board-not-joined")),
        SeatStatus::Submitted => ("✓", "serve-board-submitted"),
        SeatStatus::Editing | SeatStatus::Disconnected => ("✎", "serve-board-drafting"),
    };
    let dot = if c.online { "●" } else { "○" };
    // Once submitted, time since the last key no longer says who holds the room up.
    let idle = match (c.status, c.idle) {
        (SeatStatus::Submitted, _) => String::new(),
        (_, Some(d)) => format!(" {}m", d.as_secs() / 60),
        (_, None) => " –".to_string(),
    };
    format!("{dot}{mark} {}{idle}", texts.get(key))
}

fn cell_style(app: &App, c: &Cell) -> Style {
    match c.status {
        SeatStatus::Bot | SeatStatus::NotJoined => app.theme.dim,
        SeatStatus::Submitted => app.theme.good,
        SeatStatus::Editing => app.theme.warn,
        SeatStatus::Disconnected => app.theme.bad,
    }
}

/// The countdown column: time left, paused, waiting for the players or ended.
fn clock_text(texts: &Texts, slot: &TableSlot, now: Instant) -> String {
    let state = &slot.state;
    if state.ended {
        texts.get("serve-ended")
    } else if state.paused {
        texts.get("serve-paused")
    } else if state.waiting_for_players() {
        texts.get("serve-board-waiting")
    } else {
        state
            .remaining(now)
            .map_or("–".to_string(), |d| format!("⏱ {}", mmss(d)))
    }
}

/// The board's lines: a header, a row per table (the `selected` one marked) and a legend,
/// fitted to `width` columns.
pub fn lines<'a>(ctx: &Ctx, app: &App, selected: Option<usize>, width: u16) -> Vec<Line<'a>> {
    let texts = ctx.texts;
    let label_w = 16usize;
    let seat_w = ((width as usize).saturating_sub(label_w + 3) / 4).max(6);
    let mut header = vec![Span::styled(
        crate::i18n::fit(&texts.get("serve-board-table"), label_w + 3),
        app.theme.dim,
    )];
    for seat in Seat::ALL {
        header.push(Span::styled(
            crate::i18n::fit(&super::console::seat_name(texts, seat), seat_w - 1) + " ",
            app.theme.title,
        ));
    }
    let mut out = vec![Line::from(header)];
    for (i, slot) in ctx.tables.iter().enumerate() {
        let marker = if selected == Some(i) { "▶" } else { " " };
        let label = format!(
            "{} Q{} {}",
            i + 1,
            slot.state
                .quarter()
                .min(slot.state.game.world.params.scenario.turns),
            clock_text(texts, slot, ctx.now)
        );
        let mut spans = vec![
            Span::raw(format!("{marker} ")),
            Span::styled(crate::i18n::fit(&label, label_w) + " ", app.theme.key),
        ];
        for seat in Seat::ALL {
            let c = cell(slot, seat, ctx.now);
            spans.push(Span::styled(
                crate::i18n::fit(&cell_text(texts, &c), seat_w - 1) + " ",
                cell_style(app, &c),
            ));
        }
        out.push(Line::from(spans));
    }
    let legend = super::console::flow(&texts.get("serve-board-legend"), usize::from(width));
    out.extend(
        legend
            .into_iter()
            .map(|row| Line::styled(row, app.theme.dim)),
    );
    out
}

/// The board in an area (rows past its height are cut, the legend first).
pub fn draw(frame: &mut Frame, ctx: &Ctx, app: &App, selected: Option<usize>, area: Rect) {
    let lines = lines(ctx, app, selected, area.width);
    frame.render_widget(Paragraph::new(lines), area);
}
