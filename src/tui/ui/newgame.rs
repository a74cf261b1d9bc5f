//! The new-game form and the briefing each human seat reads before the first quarter.

use super::wrap::Wrapped;
use super::{centered, hit, pane};
use crate::engine::report::Arg;
use crate::engine::{Params, Seat};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::tui::app::{Action, App, NewGame};
use crate::tui::keys::Command;
use crate::tui::session::Session;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

/// Display width of the form's labels.
const LABEL_WIDTH: usize = 16;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, n: &NewGame) {
    let rect = centered(area, 78, 21);
    let block = pane(app, app.t("tui-newgame-title"), true);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [intro, rows_area, _, error, hints] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(NewGame::ROWS as u16 + 2),
        Constraint::Length(1),
        Constraint::Length(if n.error.is_some() { 2 } else { 0 }),
        Constraint::Min(1),
    ])
    .areas(inner);
    let intro_text = match &n.locked {
        Some(headline) => Line::styled(headline.clone(), app.theme.accent),
        None => Line::styled(app.t("tui-newgame-intro"), app.theme.dim),
    };
    frame.render_widget(Wrapped::new(intro_text).trim(true), intro);
    let scenario = chosen_scenario(app, n);
    let scenario_name = scenario_text(app, scenario.as_ref(), "name");
    draw_rows(frame, app, rows_area, n, &scenario_name);
    if let Some(e) = &n.error {
        frame.render_widget(
            Wrapped::new(Line::from(vec![
                Span::styled("✗ ", app.theme.bad),
                Span::styled(e.as_str(), app.theme.bad),
            ]))
            .trim(true),
            error,
        );
    }
    let lines = hint_lines(app, n, scenario.as_ref());
    frame.render_widget(Wrapped::new(lines).trim(true), hints);
}

/// The scenario the form would start: a fork's or loaded game's, a file's, or a built-in.
fn chosen_scenario(app: &App, n: &NewGame) -> Option<Scenario> {
    match (&app.pending, n.locked.is_some(), &n.custom) {
        (Some(p), true, _) => Some(p.game.scenario.clone()),
        (_, _, Some(custom)) => Some(custom.as_ref().clone()),
        _ => crate::scenario::BUILTIN
            .get(n.scenario)
            .and_then(|(id, _)| crate::scenario::builtin(id)),
    }
}

/// The scenario's `name` or `description`, or "?" without one.
fn scenario_text(app: &App, scenario: Option<&Scenario>, part: &str) -> String {
    scenario.map_or_else(
        || "?".to_string(),
        |s| {
            let meta = &s.params.scenario;
            let own = if part == "name" {
                &meta.name
            } else {
                &meta.description
            };
            // A file's own words, even when it keeps a built-in's id.
            if s.source.starts_with("builtin:") {
                app.texts.scenario(&meta.id, part, own)
            } else {
                own.clone()
            }
        },
    )
}

fn draw_rows(frame: &mut Frame, app: &App, area: Rect, n: &NewGame, scenario_name: &str) {
    let mut y = area.y;
    for row in 0..NewGame::ROWS {
        let selected = row == n.selected;
        // A blank line before Start sets it apart.
        if row == NewGame::START_ROW {
            y += 1;
            draw_start(frame, app, Rect::new(area.x, y, area.width, 1), selected);
            continue;
        }
        let rect = Rect::new(area.x, y, area.width, 1);
        let (label, value) = row_content(app, n, row, scenario_name);
        frame.render_widget(
            Paragraph::new(form_row(app, &label, LABEL_WIDTH, selected, value)),
            rect,
        );
        hit(app, rect, Action::SelectRow(row));
        y += 1;
    }
}

fn draw_start(frame: &mut Frame, app: &App, rect: Rect, selected: bool) {
    let style = if selected {
        app.theme.selected
    } else {
        app.theme.accent
    };
    let text = format!("[ {} ]", app.t("tui-newgame-start"));
    frame.render_widget(
        Paragraph::new(Line::styled(text, style)).alignment(ratatui::layout::Alignment::Center),
        rect,
    );
    hit(app, rect, Action::StartGame);
}

/// A form row: the marker when selected, the label padded to `label_w`, then the value.
pub(super) fn form_row<'a>(
    app: &App,
    label: &str,
    label_w: usize,
    selected: bool,
    value: Vec<Span<'a>>,
) -> Line<'a> {
    let marker = if selected { "▶ " } else { "  " };
    let mut spans = vec![
        Span::styled(marker, app.theme.accent),
        Span::styled(
            pad(label, label_w),
            if selected {
                app.theme.selected
            } else {
                app.theme.dim
            },
        ),
        Span::raw("  "),
    ];
    spans.extend(value);
    Line::from(spans)
}

/// A row's label and value; a fork or a loaded game shows its scenario and seed as fixed.
fn row_content(
    app: &App,
    n: &NewGame,
    row: usize,
    scenario_name: &str,
) -> (String, Vec<Span<'static>>) {
    let locked = n.locked.is_some();
    match row {
        0 if locked => (
            app.t("tui-newgame-scenario"),
            fixed(app, scenario_name.to_string()),
        ),
        0 => (
            app.t("tui-newgame-scenario"),
            vec![Span::raw(format!("◀ {scenario_name} ▶"))],
        ),
        1..=4 => (
            app.t(&format!("seat-{}", Seat::ALL[row - 1].id())),
            seat_role(app, n, row - 1),
        ),
        NewGame::SEED_ROW if locked => (app.t("tui-newgame-seed"), fixed(app, n.seed.to_string())),
        NewGame::SEED_ROW => (app.t("tui-newgame-seed"), seed_value(app, n)),
        NewGame::LANG_ROW => (
            app.t("tui-newgame-language"),
            vec![Span::raw(format!(
                "◀ {} ▶",
                app.t(lang_key(app.texts.lang()))
            ))],
        ),
        _ => (String::new(), vec![]),
    }
}

/// A value that cannot change here, marked so.
fn fixed(app: &App, text: String) -> Vec<Span<'static>> {
    vec![
        Span::raw(text),
        Span::styled(format!("   {}", app.t("tui-newgame-fixed")), app.theme.dim),
    ]
}

/// Who holds seat `i`: a person, the original's orders, or a bot to cycle through.
fn seat_role(app: &App, n: &NewGame, i: usize) -> Vec<Span<'static>> {
    if n.human[i] {
        vec![Span::styled(
            format!("● {}", app.t("tui-role-human")),
            app.theme.good,
        )]
    } else if n.as_played[i] {
        vec![
            Span::styled(
                format!("○ {}  ", app.t("tui-role-as-played")),
                app.theme.base,
            ),
            Span::raw(format!("◀ {} ▶", app.t("tui-newgame-as-played"))),
        ]
    } else {
        vec![
            Span::styled(format!("○ {}  ", app.t("tui-role-bot")), app.theme.base),
            Span::raw(format!("◀ {} ▶", bot_text(app, &n.bots[i]))),
        ]
    }
}

/// The seed, or the one being typed, and the key that draws a random one.
fn seed_value(app: &App, n: &NewGame) -> Vec<Span<'static>> {
    let value = match &n.seed_entry {
        Some(entry) => Span::styled(format!("{entry}▏"), app.theme.input),
        None => Span::raw(n.seed.to_string()),
    };
    vec![
        value,
        Span::styled(
            format!(
                "   {}",
                app.texts.with(
                    "tui-newgame-seed-hint",
                    &[("key", Arg::Text(app.keys.short(Command::Random)))]
                )
            ),
            app.theme.dim,
        ),
    ]
}

/// The text key naming a language.
pub(super) fn lang_key(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "tui-lang-en",
        Lang::ZhHant => "tui-lang-zh-hant",
    }
}

/// Below the form: the scenario's description, what a variant changes, how many play, and
/// on a bot's row what its choice means.
fn hint_lines(app: &App, n: &NewGame, scenario: Option<&Scenario>) -> Vec<Line<'static>> {
    let humans = n.human.iter().filter(|h| **h).count();
    let hint = app
        .texts
        .with("tui-newgame-humans", &[("count", Arg::Num(humans as f64))]);
    let mut lines = vec![Line::styled(
        scenario_text(app, scenario, "description"),
        app.theme.dim,
    )];
    // A variant says what it changes from its base, key by key.
    if let Some(s) = scenario
        && let Some(base) = &s.base
    {
        lines.push(Line::styled(
            app.texts.with(
                "tui-newgame-differs",
                &[
                    ("base", Arg::Text(base.clone())),
                    ("changes", Arg::Text(s.changes.join(", "))),
                ],
            ),
            app.theme.dim,
        ));
    }
    lines.push(Line::styled(hint, app.theme.dim));
    // On a bot's row: what its choice means.
    if let Some(bot) = n
        .selected
        .checked_sub(1)
        .filter(|i| *i < 4 && !n.human[*i])
        .map(|i| &n.bots[i])
    {
        let fork = app.pending.as_ref().is_some_and(|p| !p.guide.is_empty());
        lines.push(Line::styled(
            app.texts.with(
                if fork {
                    "tui-newgame-bot-hint-fork"
                } else {
                    "tui-newgame-bot-hint"
                },
                &[("count", Arg::Num(bot_choices(bot.seat) as f64))],
            ),
            app.theme.dim,
        ));
    }
    lines
}

/// "baseline · normal", translated where the game knows the personality.
pub fn bot_text(app: &App, bot: &crate::bots::BotSpec) -> String {
    let level = match bot.level {
        crate::bots::Level::Expert(think) => app.texts.with(
            "tui-level-expert-think",
            &[("think", Arg::Num(f64::from(think)))],
        ),
        level => app.t(&format!("tui-level-{}", level.id())),
    };
    format!("{} · {level}", personality_name(app, &bot.personality))
}

/// A personality's name: translated when known, else its id as the registry gives it.
pub fn personality_name(app: &App, id: &str) -> String {
    app.texts.get_or(&format!("tui-personality-{id}"), id)
}

/// Bots a seat can have: each personality at each level.
fn bot_choices(seat: Seat) -> usize {
    crate::bots::personalities(seat).len() * crate::bots::Level::menu(0).len()
}

/// Pads text to a display width (CJK characters take two columns).
pub fn pad(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let w = text.width();
    if w >= width {
        text.to_string()
    } else {
        format!("{text}{}", " ".repeat(width - w))
    }
}

/// Right-aligns text to a display width.
pub fn pad_left(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let w = text.width();
    if w >= width {
        text.to_string()
    } else {
        format!("{}{text}", " ".repeat(width - w))
    }
}

pub fn briefing(frame: &mut Frame, app: &App, area: Rect, index: usize, scroll: u16) {
    let Some(session) = &app.session else {
        return;
    };
    let Some(seat) = session.humans.get(index).copied() else {
        return;
    };
    let params = &session.game.world.params;
    let args = brief_args(params);
    let id = seat.id();
    let title = app.texts.with(
        "tui-brief-title",
        &[("seat", Arg::Text(app.t(&format!("seat-{id}"))))],
    );
    let rect = centered(area, 90, area.height);
    let block = pane(app, title, true);
    let mut lines = brief_sections(app, &params.scenario.id, id, &args);
    lines.push(Line::raw(""));
    lines.push(brief_continue(app, session, index));
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(block.padding(ratatui::widgets::Padding::horizontal(1)))
            .trim(false)
            .scroll((scroll, 0)),
        rect,
    );
    hit(app, rect, Action::Cmd(Command::Confirm));
}

/// The figures the briefing texts quote: the game's dates and every seat's objectives.
fn brief_args(params: &Params) -> Vec<(&'static str, Arg)> {
    let o = &params.objectives;
    let start = params.scenario.start.to_string();
    let end = params.scenario.last_quarter().to_string();
    vec![
        ("start", Arg::Text(start)),
        ("end", Arg::Text(end)),
        ("turns", Arg::Num(f64::from(params.scenario.turns))),
        ("compute", Arg::Num(o.openai_compute_gw)),
        ("revenue", Arg::Num(o.openai_revenue_bn_yr)),
        ("price_multiple", Arg::Num(o.oracle_price_multiple)),
        ("rate_cap", Arg::Num(o.utility_rate_cap_cents)),
        ("blackout", Arg::Num(o.utility_blackout_share * 100.0)),
        ("approval", Arg::Num(o.whitehouse_approval * 100.0)),
        ("index", Arg::Num(o.whitehouse_index_multiple)),
        ("jobs", Arg::Num(o.whitehouse_jobs_k)),
        ("online", Arg::Num(o.oracle_online_gw)),
        ("secured", Arg::Num(o.openai_secured_gw)),
        ("deficit", Arg::Num(o.whitehouse_deficit_gdp_points)),
    ]
}

/// Who the seat is, what it can do and how it wins, what the scenario changes for it, and
/// what all seats share.
fn brief_sections(
    app: &App,
    scenario_id: &str,
    id: &str,
    args: &[(&str, Arg)],
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    for (head, key) in [
        ("tui-brief-who", "who"),
        ("tui-brief-can", "can"),
        ("tui-brief-win", "win"),
    ] {
        lines.push(Line::styled(app.t(head), app.theme.accent));
        lines.push(Line::raw(
            app.texts.with(&format!("tui-brief-{id}-{key}"), args),
        ));
        lines.push(Line::raw(""));
    }
    // A variant tells each seat what it changes for them.
    let variant = format!("scenario-{scenario_id}-brief-{id}");
    if app.texts.has(&variant) {
        lines.push(Line::styled(app.t("tui-brief-scenario"), app.theme.accent));
        lines.push(Line::raw(app.t(&variant)));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        app.texts.with("tui-brief-shared", args),
        app.theme.dim,
    ));
    lines
}

/// The key to go on: to the next human seat's briefing, or to begin.
fn brief_continue(app: &App, session: &Session, index: usize) -> Line<'static> {
    let more = index + 1 < session.humans.len();
    let next = if more {
        app.texts.with(
            "tui-brief-next-seat",
            &[(
                "seat",
                Arg::Text(app.t(&format!("seat-{}", session.humans[index + 1].id()))),
            )],
        )
    } else {
        app.t("tui-brief-begin")
    };
    Line::from(vec![
        Span::styled(
            format!(" {} ", app.keys.short(Command::Confirm)),
            app.theme.key,
        ),
        Span::raw(next),
    ])
}
