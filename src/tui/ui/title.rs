//! The title screen: the game's name, what it is, and the menu.

use super::wrap::Wrapped;
use super::{centered, hit};
use crate::tui::app::{Action, App, MenuItem};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const LETTERS: [[&str; 3]; 9] = [
    ["▄▀▀▄", "█  █", " ▀▀ "],
    ["█   █", " █ █ ", "  ▀  "],
    ["█▀▀", "█▀▀", "▀▀▀"],
    ["█▀▀▄", "█▀▀▄", "▀  ▀"],
    ["█▀▄ ", "█▀▀▄", "▀▀▀ "],
    ["█  █", "█  █", " ▀▀ "],
    ["█", "█", "▀"],
    ["█  ", "█  ", "▀▀▀"],
    ["█▀▀▄", "█  █", "▀▀▀ "],
];

pub fn logo() -> [String; 3] {
    [0, 1, 2].map(|row| LETTERS.iter().map(|l| l[row]).collect::<Vec<_>>().join(" "))
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect, selected: usize) {
    let menu_height = MenuItem::ALL.len() as u16;
    let block_height = 3 + 1 + 2 + 1 + menu_height + 1 + 2;
    let inner = centered(area, 76, block_height);
    let [logo_area, tagline, _, menu_area, _, about] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Length(menu_height),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(inner);
    let logo_lines: Vec<Line> = logo()
        .into_iter()
        .map(|l| Line::styled(l, app.theme.title))
        .collect();
    frame.render_widget(
        Paragraph::new(logo_lines).alignment(Alignment::Center),
        logo_area,
    );
    frame.render_widget(
        Wrapped::new(vec![
            Line::styled(app.t("tui-tagline"), app.theme.accent),
            Line::styled(format!("v{}", env!("CARGO_PKG_VERSION")), app.theme.dim),
        ])
        .alignment(Alignment::Center)
        .trim(true),
        tagline,
    );
    let width = 34.min(menu_area.width);
    let x = menu_area.x + (menu_area.width - width) / 2;
    let disabled_reason = app.saves.unavailable(&app.texts);
    for (i, item) in MenuItem::ALL.iter().enumerate() {
        let row = Rect::new(x, menu_area.y + i as u16, width, 1);
        let disabled = item.needs_saves() && disabled_reason.is_some();
        let is_sel = i == selected;
        let marker = if is_sel { "▶ " } else { "  " };
        let mut text = app.t(item.key());
        if disabled {
            text = format!("{text} ({})", app.t("tui-menu-off"));
        }
        let style = match (is_sel, disabled) {
            (true, _) => app.theme.selected,
            (false, true) => app.theme.disabled,
            (false, false) => app.theme.base,
        };
        let line = Line::from(vec![
            Span::styled(marker, app.theme.accent),
            Span::styled(format!("{text:<28}"), style),
        ]);
        frame.render_widget(Paragraph::new(line), row);
        hit(app, row, Action::Menu(*item));
    }
    let item = MenuItem::ALL[selected.min(MenuItem::ALL.len() - 1)];
    let about_text = match (item.needs_saves(), disabled_reason) {
        (true, Some(reason)) => reason,
        _ => app.t(&format!("{}-about", item.key())),
    };
    frame.render_widget(
        Wrapped::new(Line::styled(about_text, app.theme.dim))
            .alignment(Alignment::Center)
            .trim(true),
        about,
    );
}
