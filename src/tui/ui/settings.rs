//! The settings screen: edits the settings file's values; `s` saves them.

use super::newgame::pad;
use super::wrap::Wrapped;
use super::{centered, hit, pane};
use crate::engine::report::Arg;
use crate::i18n::Lang;
use crate::tui::app::{Action, App, SettingsState};
use crate::tui::keys::Command;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, s: &SettingsState) {
    let rect = centered(area, 78, 20);
    let block = pane(app, app.t("tui-settings-title"), true);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [rows_area, _, info] = Layout::vertical([
        Constraint::Length(SettingsState::ROWS as u16 + 1),
        Constraint::Length(1),
        Constraint::Min(3),
    ])
    .areas(inner);
    let d = &s.draft;
    let bar = |v: f32| {
        let n = (v * 10.0).round().clamp(0.0, 10.0) as usize;
        format!(
            "{}{} {}%",
            "█".repeat(n),
            "░".repeat(10 - n),
            (v * 100.0).round()
        )
    };
    let values: [(String, String); 5] = [
        (
            app.t("tui-settings-language"),
            app.t(match d.language {
                Lang::En => "tui-lang-en",
                Lang::ZhHant => "tui-lang-zh-hant",
            }),
        ),
        (app.t("tui-settings-theme"), app.t(d.theme.key())),
        (app.t("tui-settings-volume"), bar(d.volume)),
        (
            app.t("tui-settings-mute"),
            app.t(if d.mute { "tui-yes" } else { "tui-no" }),
        ),
        (
            app.t("tui-settings-default-seat"),
            d.default_seat.map_or_else(
                || app.t("tui-settings-no-seat"),
                |seat| app.t(&format!("seat-{}", seat.id())),
            ),
        ),
    ];
    for (i, (label, value)) in values.iter().enumerate() {
        let sel = i == s.selected;
        let row = Rect::new(rows_area.x, rows_area.y + i as u16, rows_area.width, 1);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(if sel { "▶ " } else { "  " }, app.theme.accent),
                Span::styled(
                    pad(label, 22),
                    if sel {
                        app.theme.selected
                    } else {
                        app.theme.dim
                    },
                ),
                Span::raw("  "),
                Span::raw(format!("◀ {value} ▶")),
            ])),
            row,
        );
        hit(app, row, Action::SelectRow(i));
    }
    let save_row = Rect::new(
        rows_area.x,
        rows_area.y + SettingsState::SAVE_ROW as u16 + 1,
        rows_area.width,
        1,
    );
    let save_sel = s.selected == SettingsState::SAVE_ROW;
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!("[ {} ]", app.t("tui-settings-save")),
            if save_sel {
                app.theme.selected
            } else {
                app.theme.accent
            },
        ))
        .alignment(Alignment::Center),
        save_row,
    );
    hit(app, save_row, Action::SaveSettings);
    let file = app
        .settings_path
        .as_ref()
        .map_or_else(|| app.t("tui-settings-no-dir"), |p| p.display().to_string());
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} ", app.t("tui-settings-file")), app.theme.dim),
            Span::raw(file),
        ]),
        Line::styled(
            app.texts.with(
                "tui-settings-hint",
                &[("key", Arg::Text(app.keys.short(Command::Save)))],
            ),
            app.theme.dim,
        ),
    ];
    if !d.keys.is_empty() {
        let list: Vec<String> = d
            .keys
            .iter()
            .map(|(k, v)| format!("{k} = {}", v.join("/")))
            .collect();
        lines.push(Line::styled(
            app.texts
                .with("tui-settings-keys", &[("list", Arg::Text(list.join(", ")))]),
            app.theme.dim,
        ));
    } else {
        lines.push(Line::styled(app.t("tui-settings-keys-none"), app.theme.dim));
    }
    if app.no_color {
        lines.push(Line::styled(app.t("tui-settings-no-color"), app.theme.dim));
    }
    frame.render_widget(Wrapped::new(lines).trim(true), info);
}
