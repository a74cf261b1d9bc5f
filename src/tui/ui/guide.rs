//! The guide's panel of the guided first game: what to read or try now, and how to skip.

use super::wrap::Wrapped;
use crate::engine::report::Arg;
use crate::tui::app::App;
use crate::tui::guide::{Guide, STEPS};
use crate::tui::keys::Command;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Padding};

/// Rows the panel takes below the screen: its words wrapped to the width and the borders
/// (the keys sit on the bottom one), at most a third of the screen.
pub fn height(app: &App, guide: &Guide, area: Rect) -> u16 {
    // Counted without the block: the count leaves out the block's padding.
    let words = Wrapped::new(text(app, guide)).trim(true);
    let rows = words.line_count(area.width.saturating_sub(4)) + 2;
    u16::try_from(rows).unwrap_or(u16::MAX).min(area.height / 3)
}

/// What the current step says, with the keys as the player has them bound.
fn text(app: &App, guide: &Guide) -> String {
    let key = |c: Command| Arg::Text(app.keys.short(c));
    app.texts.with(
        guide.current().text,
        &[
            ("orders", key(Command::Tab2)),
            ("charts", key(Command::Tab3)),
            ("news", key(Command::Tab5)),
            ("submit", key(Command::Submit)),
            ("yes", key(Command::Yes)),
            ("why", key(Command::Why)),
            ("glossary", key(Command::Glossary)),
            ("help", key(Command::Help)),
            ("repeat", key(Command::Repeat)),
            ("confirm", key(Command::Confirm)),
            ("back", key(Command::Back)),
            ("quit", key(Command::Quit)),
        ],
    )
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect, guide: &Guide) {
    frame.render_widget(Clear, area);
    frame.render_widget(panel(app, guide), area);
}

fn panel<'a>(app: &App, guide: &Guide) -> Wrapped<'a> {
    let title = app.texts.with(
        "guide-title",
        &[
            ("step", Arg::Num((guide.step + 1) as f64)),
            ("steps", Arg::Num(STEPS.len() as f64)),
        ],
    );
    let lines: Vec<Line> = text(app, guide)
        .lines()
        .map(|l| Line::styled(l.to_string(), app.theme.base))
        .collect();
    let key = |c: Command, what: &str| {
        [
            Span::styled(format!(" {} ", app.keys.short(c)), app.theme.key),
            Span::styled(format!("{} ", app.t(what)), app.theme.dim),
        ]
    };
    // On the bottom border, so that the way out shows however long the text runs.
    let mut keys = Vec::new();
    keys.extend(key(Command::NextStep, "tui-key-next-step"));
    keys.extend(key(Command::EndGuide, "tui-key-end-guide"));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(app.theme.border_focus)
        .padding(Padding::horizontal(1))
        .title(Span::styled(format!(" {title} "), app.theme.title))
        .title_bottom(Line::from(keys));
    Wrapped::new(lines).block(block).trim(true)
}
