//! The list of saved games (Load, Replay, Compare) and the "Save as" dialog.

use super::newgame::personality_name;
use super::wrap::Wrapped;
use super::{centered, hit, num, pane};
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::game::SeatRole;
use crate::i18n::{fit, truncate};
use crate::save::SaveInfo;
use crate::tui::app::{Action, App};
use crate::tui::keys::Command;
use crate::tui::saves::{SaveAsState, SavesPurpose, SavesState};
use crate::tui::seams::SaveEntry;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// Who held the seats, short: "Oracle + 3 bots", "4 bots".
pub fn seats_text(app: &App, roles: &[SeatRole; 4]) -> String {
    let humans: Vec<String> = Seat::ALL
        .iter()
        .filter(|s| roles[s.index()].is_human())
        .map(|s| app.t(&format!("seat-{}", s.id())))
        .collect();
    let others = 4 - humans.len();
    if humans.is_empty() {
        return app
            .texts
            .with("tui-saves-seats-none", &[("bots", Arg::Num(others as f64))]);
    }
    app.texts.with(
        "tui-saves-seats",
        &[
            ("humans", Arg::Text(humans.join(", "))),
            ("bots", Arg::Num(others as f64)),
        ],
    )
}

/// A seat's holder in full: "a person", "bot (cautious, hard)", "orders file x.toml".
pub fn role_text(app: &App, role: &SeatRole) -> String {
    match role {
        SeatRole::Human => app.t("tui-role-human"),
        SeatRole::Bot { personality, level } => app.texts.with(
            "tui-role-bot-of",
            &[
                ("personality", Arg::Text(personality_name(app, personality))),
                (
                    "level",
                    Arg::Text(if level.is_empty() {
                        app.t("tui-level-normal")
                    } else {
                        app.t(&format!("tui-level-{level}"))
                    }),
                ),
            ],
        ),
        SeatRole::Script { source } => app
            .texts
            .with("tui-role-script", &[("source", Arg::Text(source.clone()))]),
    }
}

/// "2026 Q3", or "start" before the first quarter.
fn quarter_text(app: &App, info: &SaveInfo) -> String {
    info.last_date
        .map_or_else(|| app.t("tui-saves-start"), |d| d.to_string())
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect, s: &SavesState) {
    let detail_h = if area.height >= 30 { 8 } else { 6 };
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(detail_h)]).areas(area);
    let block = pane(app, title(app, s), true);
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    let cols = Columns::for_width(inner.width as usize);
    frame.render_widget(
        Paragraph::new(Line::styled(
            header(app, &cols),
            app.theme.dim.add_modifier(Modifier::BOLD),
        )),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    let visible = inner.height.saturating_sub(1) as usize;
    let offset = if visible == 0 || s.selected < visible {
        0
    } else {
        s.selected + 1 - visible
    };
    for (row, (i, e)) in s
        .entries
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .enumerate()
    {
        let rect = Rect::new(inner.x, inner.y + 1 + row as u16, inner.width, 1);
        let line = entry_line(app, s, e, i == s.selected, &cols);
        frame.render_widget(Paragraph::new(line), rect);
        hit(app, rect, Action::OpenEntry(i));
    }
    if s.entries.len() > visible && visible > 0 {
        super::scroll_marker(frame, app, list_area, s.selected, s.entries.len());
    }
    detail(frame, app, detail_area, s);
}

/// The list's title; beside a replay, Compare names it.
fn title(app: &App, s: &SavesState) -> String {
    let mut title = app.t(s.purpose.title_key());
    if let (SavesPurpose::Compare, Some(v)) = (s.purpose, &app.viewer) {
        title = app.texts.with(
            "tui-saves-title-compare-with",
            &[("name", Arg::Text(v.name.clone()))],
        );
    }
    title
}

/// The list's column widths; seats take the rest.
struct Columns {
    /// The whole inner width.
    width: usize,
    saved: usize,
    name: usize,
    scenario: usize,
    quarter: usize,
    seats: usize,
}

impl Columns {
    fn for_width(w: usize) -> Self {
        let (saved, name, scenario, quarter) = if w >= 120 {
            (17, 26, 18, 16)
        } else {
            (16, 14, 14, 8)
        };
        let fixed = 2 + saved + name + scenario + quarter + 4;
        Columns {
            width: w,
            saved,
            name,
            scenario,
            quarter,
            seats: w.saturating_sub(fixed).max(4),
        }
    }
}

fn header(app: &App, cols: &Columns) -> String {
    format!(
        "  {} {} {} {} {}",
        fit(&app.t("tui-saves-col-saved"), cols.saved),
        fit(&app.t("tui-saves-col-name"), cols.name),
        fit(&app.t("tui-saves-col-scenario"), cols.scenario),
        fit(&app.t("tui-saves-col-quarter"), cols.quarter),
        fit(&app.t("tui-saves-col-seats"), cols.seats),
    )
}

/// Beside a replay, whether a save is of another scenario (it cannot compare).
fn other_scenario(app: &App, s: &SavesState, e: &SaveEntry) -> bool {
    match (s.purpose, &app.viewer, &e.info) {
        (SavesPurpose::Compare, Some(v), Ok(i)) => i.scenario_id != v.replay.save.scenario.id,
        _ => false,
    }
}

/// One save's row, or its file and why it cannot be read.
fn entry_line(
    app: &App,
    s: &SavesState,
    e: &SaveEntry,
    sel: bool,
    cols: &Columns,
) -> Line<'static> {
    let marker = if sel { "▶ " } else { "  " };
    match &e.info {
        Ok(info) => {
            let name = if e.autosave {
                format!("↻ {}", info.name)
            } else {
                info.name.clone()
            };
            let saved = info.saved_at_text();
            let saved = saved.strip_suffix(" UTC").unwrap_or(&saved).to_string();
            // Beside a replay, another scenario's saves are marked ≠ (they cannot compare).
            let scenario = if other_scenario(app, s, e) {
                format!("≠ {}", info.scenario_id)
            } else {
                info.scenario_name.clone()
            };
            let text = format!(
                "{marker}{} {} {} {} {}",
                fit(&saved, cols.saved),
                fit(&name, cols.name),
                fit(&scenario, cols.scenario),
                fit(&quarter_text(app, info), cols.quarter),
                truncate(&seats_text(app, &info.roles), cols.seats),
            );
            let style = match (sel, other_scenario(app, s, e)) {
                (true, _) => app.theme.selected,
                (false, true) => app.theme.disabled,
                (false, false) => app.theme.base,
            };
            Line::styled(text, style)
        }
        Err(_) => {
            let problem = e.problem().unwrap_or_default();
            let style = if sel {
                app.theme.selected
            } else {
                app.theme.bad
            };
            Line::styled(
                truncate(
                    &format!("{marker}✗ {} — {problem}", e.file_name()),
                    cols.width,
                ),
                style,
            )
        }
    }
}

/// Everything about the selected save, or why it cannot be read.
fn detail(frame: &mut Frame, app: &App, area: Rect, s: &SavesState) {
    let Some(e) = s.entries.get(s.selected) else {
        return;
    };
    let block = pane(app, e.file_name(), false);
    let lines: Vec<Line> = match &e.info {
        Err(_) => vec![
            Line::styled(
                format!("✗ {}", e.problem().unwrap_or_default()),
                app.theme.bad,
            ),
            Line::styled(app.t("tui-saves-unreadable"), app.theme.dim),
        ],
        Ok(info) => {
            let mut lines = Vec::new();
            if s.purpose == SavesPurpose::Compare
                && let Some(v) = &app.viewer
                && info.scenario_id != v.replay.save.scenario.id
            {
                lines.push(Line::styled(
                    app.texts.with(
                        "tui-saves-other-scenario",
                        &[("scenario", Arg::Text(v.replay.save.scenario.id.clone()))],
                    ),
                    app.theme.warn,
                ));
            }
            lines.push(Line::raw(app.texts.with(
                "tui-saves-detail",
                &[
                    ("scenario", Arg::Text(info.scenario_name.clone())),
                    ("seed", Arg::Text(info.seed.to_string())),
                    ("quarters", Arg::Num(info.turns_played as f64)),
                    ("date", Arg::Text(quarter_text(app, info))),
                    ("version", Arg::Text(info.app_version.clone())),
                ],
            )));
            let seats: Vec<String> = Seat::ALL
                .iter()
                .map(|seat| {
                    format!(
                        "{}: {}",
                        app.t(&format!("seat-{}", seat.id())),
                        role_text(app, &info.roles[seat.index()])
                    )
                })
                .collect();
            lines.push(Line::styled(seats.join(" · "), app.theme.dim));
            if !info.scores.is_empty() {
                let mut scores: Vec<String> = info
                    .scores
                    .iter()
                    .map(|(seat, v)| {
                        format!(
                            "{} {}",
                            app.t(&format!("tui-seat-short-{}", seat.id())),
                            num(*v, 0)
                        )
                    })
                    .collect();
                if let Some(w) = info.welfare {
                    scores.push(format!("{} {}", app.t("tui-welfare-short"), num(w, 0)));
                }
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", app.t("tui-score")), app.theme.dim),
                    Span::raw(scores.join("  ")),
                ]));
            }
            lines
        }
    };
    frame.render_widget(Wrapped::new(lines).block(block).trim(true), area);
}

/// The "Save as" dialog over the game.
pub fn save_as(frame: &mut Frame, app: &App, area: Rect, d: &SaveAsState) {
    let height = if d.error.is_some() { 9 } else { 7 };
    let rect = centered(area, 64, height);
    frame.render_widget(Clear, rect);
    let block = pane(app, app.t("tui-save-as-title"), true);
    let mut lines = vec![
        Line::styled(app.t("tui-save-as-prompt"), app.theme.dim),
        Line::from(vec![
            Span::styled(format!("{} ", app.t("tui-save-as-name")), app.theme.accent),
            Span::styled(format!("{}▏", d.entry), app.theme.input),
        ]),
    ];
    if let Some(e) = &d.error {
        lines.push(Line::styled(format!("✗ {e}"), app.theme.bad));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(
            format!(" {} ", app.keys.short(Command::Confirm)),
            app.theme.key,
        ),
        Span::raw(format!("{}    ", app.t("tui-save-as-save"))),
        Span::styled(
            format!(" {} ", app.keys.short(Command::Back)),
            app.theme.key,
        ),
        Span::raw(app.t("tui-key-cancel")),
    ]));
    frame.render_widget(
        Wrapped::new(lines)
            .block(block)
            .trim(true)
            .style(app.theme.base),
        rect,
    );
}
