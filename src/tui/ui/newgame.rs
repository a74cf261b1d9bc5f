//! The new-game form and the briefing each human seat reads before the first quarter.

use super::wrap::Wrapped;
use super::{centered, hit, pane};
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::i18n::Lang;
use crate::tui::app::{Action, App, NewGame};
use crate::tui::keys::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

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
    // A fork or a loaded game: its scenario and seed are fixed.
    let locked = n.locked.is_some();
    let intro_text = match &n.locked {
        Some(headline) => Line::styled(headline.clone(), app.theme.accent),
        None => Line::styled(app.t("tui-newgame-intro"), app.theme.dim),
    };
    frame.render_widget(Wrapped::new(intro_text).trim(true), intro);
    let scenario = match (&app.pending, n.locked.is_some(), &n.custom) {
        (Some(p), true, _) => Some(p.game.scenario.clone()),
        (_, _, Some(custom)) => Some(custom.as_ref().clone()),
        _ => crate::scenario::BUILTIN
            .get(n.scenario)
            .and_then(|(id, _)| crate::scenario::builtin(id)),
    };
    let scenario_text = |part: &str| {
        scenario.as_ref().map_or_else(
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
    };
    let scenario_name = scenario_text("name");
    let fixed = |text: String| -> Vec<Span> {
        vec![
            Span::raw(text),
            Span::styled(format!("   {}", app.t("tui-newgame-fixed")), app.theme.dim),
        ]
    };
    let label_w = 16usize;
    let mut y = rows_area.y;
    for row in 0..NewGame::ROWS {
        let selected = row == n.selected;
        let (label, value): (String, Vec<Span>) = match row {
            0 if locked => (app.t("tui-newgame-scenario"), fixed(scenario_name.clone())),
            0 => (
                app.t("tui-newgame-scenario"),
                vec![Span::raw(format!("◀ {scenario_name} ▶"))],
            ),
            1..=4 => {
                let seat = Seat::ALL[row - 1];
                let human = n.human[row - 1];
                let role = if human {
                    vec![Span::styled(
                        format!("● {}", app.t("tui-role-human")),
                        app.theme.good,
                    )]
                } else if n.as_played[row - 1] {
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
                        Span::raw(format!("◀ {} ▶", bot_text(app, &n.bots[row - 1]))),
                    ]
                };
                (app.t(&format!("seat-{}", seat.id())), role)
            }
            NewGame::SEED_ROW if locked => (app.t("tui-newgame-seed"), fixed(n.seed.to_string())),
            NewGame::SEED_ROW => {
                let value = match &n.seed_entry {
                    Some(entry) => Span::styled(format!("{entry}▏"), app.theme.input),
                    None => Span::raw(n.seed.to_string()),
                };
                (
                    app.t("tui-newgame-seed"),
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
                    ],
                )
            }
            NewGame::LANG_ROW => (
                app.t("tui-newgame-language"),
                vec![Span::raw(format!(
                    "◀ {} ▶",
                    app.t(match app.texts.lang() {
                        Lang::En => "tui-lang-en",
                        Lang::ZhHant => "tui-lang-zh-hant",
                    })
                ))],
            ),
            _ => (String::new(), vec![]),
        };
        let rect = Rect::new(rows_area.x, y, rows_area.width, 1);
        // A blank line before Start sets it apart.
        if row == NewGame::START_ROW {
            y += 1;
            let rect = Rect::new(rows_area.x, y, rows_area.width, 1);
            let style = if selected {
                app.theme.selected
            } else {
                app.theme.accent
            };
            let text = format!("[ {} ]", app.t("tui-newgame-start"));
            frame.render_widget(
                Paragraph::new(Line::styled(text, style))
                    .alignment(ratatui::layout::Alignment::Center),
                rect,
            );
            hit(app, rect, Action::StartGame);
            continue;
        }
        let marker = if selected { "▶ " } else { "  " };
        let mut spans = vec![
            Span::styled(marker, app.theme.accent),
            Span::styled(
                pad(&label, label_w),
                if selected {
                    app.theme.selected
                } else {
                    app.theme.dim
                },
            ),
            Span::raw("  "),
        ];
        spans.extend(value);
        frame.render_widget(Paragraph::new(Line::from(spans)), rect);
        hit(app, rect, Action::SelectRow(row));
        y += 1;
    }
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
    let humans = n.human.iter().filter(|h| **h).count();
    let hint = app
        .texts
        .with("tui-newgame-humans", &[("count", Arg::Num(humans as f64))]);
    let mut lines = vec![Line::styled(scenario_text("description"), app.theme.dim)];
    // A variant says what it changes from its base, key by key.
    if let Some(s) = &scenario
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
    frame.render_widget(Wrapped::new(lines).trim(true), hints);
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
    let o = &params.objectives;
    let start = params.scenario.start.to_string();
    let end = params
        .scenario
        .start
        .plus(params.scenario.turns.saturating_sub(1))
        .to_string();
    let args: Vec<(&str, Arg)> = vec![
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
    ];
    let id = seat.id();
    let title = app.texts.with(
        "tui-brief-title",
        &[("seat", Arg::Text(app.t(&format!("seat-{id}"))))],
    );
    let rect = centered(area, 90, area.height);
    let block = pane(app, title, true);
    let mut lines: Vec<Line> = Vec::new();
    for (head, key) in [
        ("tui-brief-who", "who"),
        ("tui-brief-can", "can"),
        ("tui-brief-win", "win"),
    ] {
        lines.push(Line::styled(app.t(head), app.theme.accent));
        lines.push(Line::raw(
            app.texts.with(&format!("tui-brief-{id}-{key}"), &args),
        ));
        lines.push(Line::raw(""));
    }
    // A variant tells each seat what it changes for them.
    let variant = format!("scenario-{}-brief-{id}", params.scenario.id);
    if app.texts.has(&variant) {
        lines.push(Line::styled(app.t("tui-brief-scenario"), app.theme.accent));
        lines.push(Line::raw(app.t(&variant)));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        app.texts.with("tui-brief-shared", &args),
        app.theme.dim,
    ));
    lines.push(Line::raw(""));
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
    lines.push(Line::from(vec![
        Span::styled(
            format!(" {} ", app.keys.short(Command::Confirm)),
            app.theme.key,
        ),
        Span::raw(next),
    ]));
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(block.padding(ratatui::widgets::Padding::horizontal(1)))
            .trim(false)
            .scroll((scroll, 0)),
        rect,
    );
    hit(app, rect, Action::Cmd(Command::Confirm));
}
