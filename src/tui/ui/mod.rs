//! Screens: functions from the app's state to a frame. They hold no rules; they read the
//! session, the seat's view and the turn reports, and record clickable areas for the mouse.

mod books;
pub mod charts;
pub mod glossary;
mod guide;
mod intent;
mod newgame;
pub mod outlook;
mod play;
mod replay;
mod results;
mod saves;
mod settings;
mod title;
mod why;
pub mod wrap;

use super::app::{Action, App, Hit, KeyHelp, MIN_HEIGHT, MIN_WIDTH, Overlay, Screen};
use crate::engine::report::Arg;
use crate::i18n::format_number;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use wrap::Wrapped;

/// Draws the whole frame for the app's current state.
pub fn draw(frame: &mut Frame, app: &App) {
    app.hits.borrow_mut().clear();
    app.scroll_room.set(u16::MAX);
    let area = frame.area();
    frame.render_widget(Block::default().style(app.theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, app, area);
        return;
    }
    let notice_rows = u16::from(app.notice.is_some());
    let guide_rows = app
        .guide
        .as_ref()
        .map_or(0, |g| guide::height(app, g, area));
    let [body, guide_area, notice, footer] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(guide_rows),
        Constraint::Length(notice_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    // Popups keep clear of the guide, so its words stay readable while they are open.
    let overlay_area = Rect {
        height: area.height - guide_rows,
        ..area
    };
    match &app.screen {
        Screen::Title { selected } => title::draw(frame, app, body, *selected),
        Screen::NewGame(n, _) => newgame::draw(frame, app, body, n),
        Screen::Briefing { index, scroll } => newgame::briefing(frame, app, body, *index, *scroll),
        Screen::HandOver { seat } => play::hand_over(frame, app, body, *seat),
        Screen::Waiting { seat } => play::waiting(frame, app, body, *seat),
        Screen::Thinking => play::thinking(frame, app, body),
        Screen::Play(p) => play::draw(frame, app, body, p),
        Screen::Results { scroll, pane } => results::results(frame, app, body, *scroll, *pane),
        Screen::GameOver { scroll, pane } => results::game_over(frame, app, body, *scroll, *pane),
        Screen::Settings(s) => settings::draw(frame, app, body, s),
        Screen::Saves(s, _) => saves::draw(frame, app, body, s),
        Screen::Replay(r) => replay::draw(frame, app, body, r),
    }
    if let Some(text) = &app.notice {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(" ! ", app.theme.warn.add_modifier(Modifier::REVERSED)),
                Span::raw(" "),
                Span::styled(text.as_str(), app.theme.warn),
            ])),
            notice,
        );
    }
    draw_footer(frame, app, footer);
    if let Some(g) = &app.guide {
        guide::draw(frame, app, guide_area, g);
    }
    let area = overlay_area;
    match &app.overlay {
        Some(Overlay::Help { scroll }) => help(frame, app, area, *scroll),
        Some(Overlay::Confirm(c)) => confirm(frame, app, area, &c.text),
        Some(Overlay::SaveAs(d)) => saves::save_as(frame, app, area, d),
        Some(Overlay::Intent(d)) => intent::draw(frame, app, area, d),
        Some(Overlay::Outlook) => outlook::draw(frame, app, area),
        Some(Overlay::Why(w)) => why::draw(frame, app, area, w),
        Some(Overlay::Glossary { index }) => glossary::draw(frame, app, area, *index),
        None => {}
    }
}

/// Columns the longest region name takes, so that region rows line up.
pub fn region_names_width(app: &App, params: &crate::engine::Params) -> usize {
    params
        .regions
        .iter()
        .map(|p| crate::i18n::width(&app.texts.region(&p.id, &p.name)))
        .max()
        .unwrap_or(12)
}

/// Records a clickable area.
pub fn hit(app: &App, area: Rect, action: Action) {
    app.hits.borrow_mut().push(Hit { area, action });
}

/// A row of numbered tabs, the active one in brackets (not only in colour); each tab that fits
/// is clickable with the action `click(i)` gives for its index.
pub fn tab_strip(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    names: &[String],
    active: usize,
    click: impl Fn(usize) -> Action,
) {
    let mut x = area.x;
    for (i, name) in names.iter().enumerate() {
        let is_active = i == active;
        let text = if is_active {
            format!("[{} {name}]", i + 1)
        } else {
            format!(" {} {name} ", i + 1)
        };
        let w = unicode_width::UnicodeWidthStr::width(text.as_str()) as u16;
        if x + w > area.right() {
            break;
        }
        let rect = Rect::new(x, area.y, w, 1);
        let style = if is_active {
            app.theme.tab_active
        } else {
            app.theme.tab
        };
        frame.render_widget(Paragraph::new(Span::styled(text, style)), rect);
        hit(app, rect, click(i));
        x += w + 1;
    }
}

fn too_small(frame: &mut Frame, app: &App, area: Rect) {
    let text = app.texts.with(
        "tui-too-small",
        &[
            ("width", Arg::Num(f64::from(MIN_WIDTH))),
            ("height", Arg::Num(f64::from(MIN_HEIGHT))),
            ("now_width", Arg::Num(f64::from(area.width))),
            ("now_height", Arg::Num(f64::from(area.height))),
        ],
    );
    let quit = app.texts.with(
        "tui-too-small-quit",
        &[("key", Arg::Text(app.keys.short(super::keys::Command::Quit)))],
    );
    let lines = vec![
        Line::styled(text, app.theme.warn.add_modifier(Modifier::BOLD)),
        Line::raw(""),
        Line::styled(quit, app.theme.dim),
    ];
    let height = 3.min(area.height);
    let y = area.y + area.height.saturating_sub(height) / 2;
    frame.render_widget(
        Wrapped::new(lines).alignment(Alignment::Center).trim(true),
        Rect::new(area.x, y, area.width, area.height - (y - area.y)),
    );
}

fn draw_footer(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    // Help and quit stay visible at the right whatever the width; the rest fills the left.
    let fixed = |c: super::keys::Command| {
        matches!(c, super::keys::Command::Help | super::keys::Command::Quit)
    };
    let mut right = Vec::new();
    for k in app
        .key_help()
        .iter()
        .filter(|k| k.footer && fixed(k.command))
    {
        right.push(Span::styled(
            format!(" {}", app.keys.short(k.command)),
            app.theme.key,
        ));
        right.push(Span::styled(format!(" {} ", app.t(k.what)), app.theme.dim));
    }
    for k in app
        .key_help()
        .iter()
        .filter(|k| k.footer && !fixed(k.command))
    {
        // One hint per meaning: "↑↓ move", not "↑ move ↓ move".
        if seen.contains(&k.what) {
            continue;
        }
        seen.push(k.what);
        let keys = paired_keys(app, k);
        spans.push(Span::styled(format!(" {keys}"), app.theme.key));
        spans.push(Span::styled(format!(" {} ", app.t(k.what)), app.theme.dim));
    }
    let right_width: usize = right.iter().map(Span::width).sum();
    if app.entry_active() {
        spans = vec![
            Span::styled(" 0-9 . ", app.theme.key),
            Span::styled(format!("{} ", app.t("tui-key-typing")), app.theme.dim),
            Span::styled(" Enter ", app.theme.key),
            Span::styled(format!("{} ", app.t("tui-key-accept")), app.theme.dim),
            Span::styled(" Esc ", app.theme.key),
            Span::styled(format!("{} ", app.t("tui-key-cancel")), app.theme.dim),
        ];
    }
    // Whole hints only: a narrow terminal drops the last ones rather than cutting one in half.
    let room = usize::from(area.width).saturating_sub(right_width);
    let mut used = 0;
    let mut fitting = spans.len();
    for (i, pair) in spans.chunks(2).enumerate() {
        let width: usize = pair.iter().map(Span::width).sum();
        // The pair's trailing space may fall off the edge.
        if used + width.saturating_sub(1) > room {
            fitting = i * 2;
            break;
        }
        used += width;
    }
    spans.truncate(fitting);
    let right = Line::from(right);
    let right_w = (right.width() as u16).min(area.width);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(right_w)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(spans)), left_area);
    frame.render_widget(Paragraph::new(right), right_area);
}

/// "↑↓" for a pair of keys that share a meaning, else the command's first key.
fn paired_keys(app: &App, k: &KeyHelp) -> String {
    use super::keys::Command::*;
    let partner = match k.command {
        Up => Some(Down),
        Left => Some(Right),
        NextPane => None,
        NextTab => Some(PrevTab),
        _ => None,
    };
    let first = app.keys.short(k.command);
    match partner {
        Some(p)
            if app
                .key_help()
                .iter()
                .any(|o| o.command == p && o.what == k.what) =>
        {
            format!("{first}{}", app.keys.short(p))
        }
        Some(p) if k.command == NextTab => format!("{}{first}", app.keys.short(p)),
        _ => first,
    }
}

/// A bordered pane; the focused one gets a bright border and a marker in its title.
pub fn pane<'a>(app: &App, title: String, focused: bool) -> Block<'a> {
    let (style, marker) = if focused {
        (app.theme.border_focus, "▶ ")
    } else {
        (app.theme.border, "")
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(style)
        .title(Span::styled(format!(" {marker}{title} "), app.theme.title))
}

/// "3/24" at a list's bottom right when its rows do not all fit.
pub fn scroll_marker(frame: &mut Frame, app: &App, area: Rect, selected: usize, total: usize) {
    let more = format!(" {}/{} ", selected + 1, total);
    let w = more.len() as u16;
    frame.render_widget(
        Paragraph::new(Span::styled(more, app.theme.dim)),
        Rect::new(
            area.right().saturating_sub(w + 1),
            area.bottom().saturating_sub(1),
            w,
            1,
        ),
    );
}

/// A centred rectangle of at most `width` x `height`, clamped to `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn help(frame: &mut Frame, app: &App, area: Rect, scroll: u16) {
    let mut lines = vec![
        Line::styled(app.t("tui-help-intro"), app.theme.dim),
        Line::raw(""),
    ];
    let keys = app.key_help();
    let mut done: Vec<super::keys::Command> = Vec::new();
    for k in &keys {
        if done.contains(&k.command) {
            continue;
        }
        done.push(k.command);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:>16}  ", app.keys.label(k.command)),
                app.theme.key,
            ),
            Span::raw(app.t(k.what)),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(format!("{:>16}  ", "Ctrl-c"), app.theme.key),
        Span::raw(app.t("tui-key-quit-now")),
    ]));
    lines.push(Line::from(vec![
        Span::styled(format!("{:>16}  ", app.t("tui-help-mouse")), app.theme.key),
        Span::raw(app.t("tui-help-mouse-what")),
    ]));
    let notes: &[&str] = match app.screen {
        Screen::Play(_) => &["tui-help-play-1", "tui-help-play-2", "tui-help-play-3"],
        Screen::Replay(_) => &[
            "tui-help-replay-1",
            "tui-help-replay-2",
            "tui-help-replay-3",
        ],
        _ => &[],
    };
    if !notes.is_empty() {
        lines.push(Line::raw(""));
        for key in notes {
            lines.push(Line::styled(app.t(key), app.theme.dim));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.t("tui-help-close"), app.theme.dim));
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let rect = centered(area, 76, height);
    frame.render_widget(Clear, rect);
    let block = pane(app, app.t("tui-help-title"), true);
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(block)
            .trim(false)
            .scroll((scroll, 0))
            .style(app.theme.base),
        rect,
    );
}

fn confirm(frame: &mut Frame, app: &App, area: Rect, text: &str) {
    let rect = centered(area, 60, 6);
    frame.render_widget(Clear, rect);
    let yes = app.keys.label(super::keys::Command::Yes);
    let no = app.keys.label(super::keys::Command::No);
    let lines = vec![
        Line::raw(text.to_string()),
        Line::raw(""),
        Line::from(vec![
            Span::styled(format!(" {yes} "), app.theme.key),
            Span::raw(app.t("tui-confirm-yes")),
            Span::raw("    "),
            Span::styled(format!(" {no} "), app.theme.key),
            Span::raw(app.t("tui-confirm-no")),
        ]),
    ];
    let block = pane(app, app.t("tui-confirm-title"), true);
    let inner = block.inner(rect);
    frame.render_widget(
        Wrapped::new(lines)
            .block(block)
            .trim(true)
            .style(app.theme.base),
        rect,
    );
    // Click the answers (`App::click` ignores the screen below while the question is open).
    let answers = Rect::new(
        inner.x,
        inner.y + inner.height.saturating_sub(1),
        inner.width,
        1,
    );
    let half = answers.width / 2;
    hit(
        app,
        Rect::new(answers.x, answers.y, half, 1),
        Action::Cmd(super::keys::Command::Yes),
    );
    hit(
        app,
        Rect::new(answers.x + half, answers.y, answers.width - half, 1),
        Action::Cmd(super::keys::Command::No),
    );
}

// -------------------------------------------------------------------------------------------
// Formatting shared by the screens

/// Whether two prices read differently to the cent, as the screens show gas prices.
pub fn differ_in_cents(a: f64, b: f64) -> bool {
    (a - b).abs() > 0.005
}

/// "12.3" with thousands separators.
pub fn num(value: f64, digits: usize) -> String {
    format_number(value, digits)
}

/// "$12.3B", "-$3.7B".
pub fn usd_bn(value: f64, digits: usize) -> String {
    let text = format_number(value.abs(), digits);
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-${text}B")
    } else {
        format!("${text}B")
    }
}

/// A company's price on the dashboard and the results: a listed company's share price, OpenAI's
/// valuation. After a default the old shareholders are wiped out and the figure is the equity
/// the creditors now hold, so it says "new" instead of reading as the old shares' price.
pub fn company_price(
    app: &App,
    id: crate::engine::CompanyId,
    (share_price, market_cap_bn): (f64, f64),
    insolvent: bool,
) -> String {
    let price = match (id.listed(), insolvent) {
        (true, _) => format!("${}", num(share_price, 1)),
        (false, false) => app
            .texts
            .with("tui-valuation", &[("value", Arg::Num(market_cap_bn))]),
        (false, true) => usd_bn(market_cap_bn, 0),
    };
    if insolvent {
        app.texts
            .with("tui-new-equity", &[("price", Arg::Text(price))])
    } else {
        price
    }
}

/// "▲ 1.2" / "▼ 0.4" / "= 0": a change with a symbol so colour is not the only cue.
pub fn change(value: f64, digits: usize) -> String {
    let shown = format_number(value.abs(), digits);
    let zero = format_number(0.0, digits);
    if shown == zero {
        format!("= {zero}")
    } else if value > 0.0 {
        format!("▲ {shown}")
    } else {
        format!("▼ {shown}")
    }
}

/// A figure's change to one decimal after a space, coloured by its direction (up is good).
pub fn change_span<'a>(app: &App, value: f64) -> Span<'a> {
    Span::styled(
        format!(" {}", change(value, 1)),
        app.theme.trend(value, true),
    )
}

/// A compact percentage change: "▲8%", "▼3%", "=0%".
pub fn pct_change(share: f64) -> String {
    let pct = format_number((share * 100.0).abs(), 0);
    if pct == format_number(0.0, 0) {
        format!("={pct}%")
    } else if share > 0.0 {
        format!("▲{pct}%")
    } else {
        format!("▼{pct}%")
    }
}

/// "✓ text" or "✗ text", styled.
pub fn met<'a>(app: &App, ok: bool, text: String) -> Span<'a> {
    if ok {
        Span::styled(format!("✓ {text}"), app.theme.good)
    } else {
        Span::styled(format!("✗ {text}"), app.theme.bad)
    }
}

pub fn label_style(app: &App) -> Style {
    app.theme.dim
}
