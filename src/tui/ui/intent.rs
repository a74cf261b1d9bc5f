//! The intent dialog (`tui::intent`): the intent line, the expected figure with its value now,
//! the side and the value; the focused line marked. It only draws the dialog's state.

use super::wrap::Wrapped;
use super::{centered, pane};
use crate::engine::report::Arg;
use crate::tui::app::App;
use crate::tui::intent::{IntentField, IntentState, value_text};
use crate::tui::keys::Command;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

/// The prompt and the dialog's four lines, the focused one marked.
fn field_lines(app: &App, d: &IntentState) -> Vec<Line<'static>> {
    let choice = d.figure.and_then(|i| d.choices.get(i));
    let figure = match choice {
        Some(c) => {
            let now = app.texts.with(
                "tui-intent-now",
                &[
                    ("value", Arg::Text(value_text(&c.unit, c.now))),
                    ("unit", Arg::Text(app.texts.figure_unit(&c.unit))),
                ],
            );
            format!("‹ {} › {now}", c.name)
        }
        None => format!("‹ {} ›", app.t("tui-intent-no-figure")),
    };
    let expecting = choice.is_some();
    let rows = [
        (IntentField::Text, "tui-intent-text", d.text.clone(), true),
        (IntentField::Figure, "tui-intent-figure", figure, true),
        (
            IntentField::Compare,
            "tui-intent-compare",
            format!("‹ {} ›", app.t(d.compare.key())),
            expecting,
        ),
        (
            IntentField::Value,
            "tui-intent-value",
            d.value.clone(),
            expecting,
        ),
    ];
    let mut lines = vec![Line::styled(app.t("tui-intent-prompt"), app.theme.dim)];
    lines.push(Line::raw(""));
    for (field, key, value, live) in rows {
        let focused = field == d.field;
        let typed = matches!(field, IntentField::Text | IntentField::Value);
        let shown = if focused && typed {
            format!("{value}▏")
        } else {
            value
        };
        let style = match (focused, live) {
            (true, _) if typed => app.theme.input,
            (true, _) => app.theme.selected,
            (false, true) => app.theme.base,
            (false, false) => app.theme.dim,
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}{:<10} ", if focused { "▶ " } else { "  " }, app.t(key)),
                app.theme.accent,
            ),
            Span::styled(shown, style),
        ]));
    }
    lines
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect, d: &IntentState) {
    let date = app
        .session
        .as_ref()
        .map_or(String::new(), |s| s.game.world.date.to_string());
    let title = app
        .texts
        .with("tui-intent-title", &[("date", Arg::Text(date))]);
    let mut lines = field_lines(app, d);
    if let Some(e) = &d.error {
        lines.push(Line::styled(format!("✗ {e}"), app.theme.bad));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        app.texts.with(
            "tui-intent-keys",
            &[
                ("keep", Arg::Text(app.keys.short(Command::Confirm))),
                ("cancel", Arg::Text(app.keys.short(Command::Back))),
            ],
        ),
        app.theme.dim,
    ));
    let height = (lines.len() as u16 + 4).min(area.height);
    let rect = centered(area, 76, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Wrapped::new(lines)
            .block(pane(app, title, true))
            .trim(false)
            .style(app.theme.base),
        rect,
    );
}
