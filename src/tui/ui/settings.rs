//! The settings screen: edits the settings file's values; `s` saves them.

use super::newgame::{form_row, lang_key};
use super::wrap::Wrapped;
use super::{centered, hit, pane};
use crate::engine::report::Arg;
use crate::tui::app::{Action, App, SettingsState};
use crate::tui::keys::Command;
use crate::tui::settings::Settings;
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
    for (i, (label, value)) in values(app, &s.draft).iter().enumerate() {
        let row = Rect::new(rows_area.x, rows_area.y + i as u16, rows_area.width, 1);
        let value = vec![Span::raw(format!("◀ {value} ▶"))];
        frame.render_widget(
            Paragraph::new(form_row(app, label, 22, i == s.selected, value)),
            row,
        );
        hit(app, row, Action::SelectRow(i));
    }
    draw_save(frame, app, rows_area, s.selected == SettingsState::SAVE_ROW);
    frame.render_widget(Wrapped::new(info_lines(app, &s.draft)).trim(true), info);
}

/// Each setting's label and its value as shown.
fn values(app: &App, d: &Settings) -> [(String, String); 5] {
    [
        (app.t("tui-settings-language"), app.t(lang_key(d.language))),
        (app.t("tui-settings-theme"), app.t(d.theme.key())),
        (app.t("tui-settings-volume"), volume_bar(d.volume)),
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
    ]
}

/// Ten cells filled by tenths, then the percentage: "████████░░ 80%".
fn volume_bar(v: f32) -> String {
    let n = (v * 10.0).round().clamp(0.0, 10.0) as usize;
    format!(
        "{}{} {}%",
        "█".repeat(n),
        "░".repeat(10 - n),
        (v * 100.0).round()
    )
}

/// The Save button, a blank line below the settings' rows.
fn draw_save(frame: &mut Frame, app: &App, rows_area: Rect, selected: bool) {
    let save_row = Rect::new(
        rows_area.x,
        rows_area.y + SettingsState::SAVE_ROW as u16 + 1,
        rows_area.width,
        1,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!("[ {} ]", app.t("tui-settings-save")),
            if selected {
                app.theme.selected
            } else {
                app.theme.accent
            },
        ))
        .alignment(Alignment::Center),
        save_row,
    );
    hit(app, save_row, Action::SaveSettings);
}

/// Below the rows: the settings file, how to save, the key overrides, and a note without colour.
fn info_lines(app: &App, d: &Settings) -> Vec<Line<'static>> {
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
    lines
}
