//! The replay viewer: a timeline of quarters, every seat's orders revealed, the dashboard and
//! charts as they stood, the quarter's events, and a second save side by side. Changes are
//! marked with symbols (•, ≠, ▲▼) as well as colour.

use super::newgame::pad_left;
use super::play::{Focus, Reader, charts_tab, dashboard, field_label, seat_name};
use super::saves::role_text;
use super::wrap::Wrapped;
use super::{change, hit, num, pane};
use crate::engine::orders::{Value, fields};
use crate::engine::report::Arg;
use crate::engine::{Params, Seat, SeatView};
use crate::i18n::{fit, fit_right, truncate};
use crate::report::story::{Kind, consequences_in};
use crate::save::diff::FieldChange;
use crate::save::{FacilitatorAction, MetricPair, TurnComparison, summary};
use crate::tui::app::{Action, App, value_text};
use crate::tui::form::{self, Row};
use crate::tui::keys::Command;
use crate::tui::replay::{Comparing, ReplayState, ReplayTab, Viewer};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, r: &ReplayState) {
    let Some(v) = &app.viewer else {
        return;
    };
    let warn_rows = u16::from(v.replay.divergence.is_some());
    let jump_rows = u16::from(r.jump.is_some() || r.jump_error.is_some());
    let [header, warning, timeline_area, tabs, jump, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(warn_rows),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(jump_rows),
        Constraint::Min(1),
    ])
    .areas(area);
    draw_header(frame, app, header, v, r);
    draw_divergence(frame, app, warning, v);
    draw_timeline(frame, app, timeline_area, v, r);
    draw_tabs(frame, app, tabs, v, r.tab);
    draw_jump(frame, app, jump, v, r);
    match r.tab {
        ReplayTab::Orders => orders_tab(frame, app, body, v, r),
        ReplayTab::Dashboard => dashboard_tab(frame, app, body, v, r),
        ReplayTab::Charts => {
            if let Some(shown) = v.shown(r.quarter) {
                charts_tab(frame, app, body, &shown, None, r.chart, r.pane);
            }
        }
        ReplayTab::Events => events_tab(frame, app, body, v, r),
        ReplayTab::Compare => compare_tab(frame, app, body, v, r),
    }
}

/// The warning that the replay diverges from the saved game, if it does.
fn draw_divergence(frame: &mut Frame, app: &App, area: Rect, v: &Viewer) {
    let Some(d) = &v.replay.divergence else {
        return;
    };
    let at = match (d.after_turn, d.date) {
        (0, _) => app.t("tui-replay-diverged-start"),
        (n, Some(date)) => app.texts.with(
            "tui-replay-diverged-quarter",
            &[
                ("quarter", Arg::Num(f64::from(n))),
                ("date", Arg::Text(date.to_string())),
            ],
        ),
        (n, None) => app.texts.with(
            "tui-replay-diverged-quarter",
            &[
                ("quarter", Arg::Num(f64::from(n))),
                ("date", Arg::Text("?".into())),
            ],
        ),
    };
    let text = app.texts.with(
        "tui-replay-diverged",
        &[
            ("at", Arg::Text(at)),
            ("saved_by", Arg::Text(v.replay.save.app_version.clone())),
        ],
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(" ⚠ ", app.theme.warn.add_modifier(Modifier::REVERSED)),
            Span::styled(format!(" {text}"), app.theme.warn),
        ])),
        area,
    );
}

/// The jump-to-quarter prompt while one is typed, or why the last jump failed.
fn draw_jump(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    if let Some(entry) = &r.jump {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!(
                        "{} ",
                        app.texts.with(
                            "tui-replay-jump-prompt",
                            &[("quarters", Arg::Num(v.len() as f64))]
                        )
                    ),
                    app.theme.accent,
                ),
                Span::styled(format!("{entry}▏"), app.theme.input),
            ])),
            area,
        );
    } else if let Some(e) = &r.jump_error {
        frame.render_widget(
            Paragraph::new(Line::styled(format!("✗ {e}"), app.theme.bad)),
            area,
        );
    }
}

fn draw_header(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let params = &v.replay.game.scenario.params;
    let date = if r.quarter == 0 {
        params.scenario.start.to_string()
    } else {
        v.replay
            .turn(r.quarter - 1)
            .map(|t| t.report.date.to_string())
            .unwrap_or_default()
    };
    let quarter = app.texts.with(
        "tui-quarter-of",
        &[
            ("turn", Arg::Num(r.quarter as f64)),
            ("turns", Arg::Num(v.len() as f64)),
        ],
    );
    let mut spans = vec![
        Span::styled(
            format!(" {} ", app.t("tui-replay-badge")),
            app.theme.tab_active,
        ),
        Span::styled(
            format!(
                " {} · {} ",
                params.scenario.name,
                app.texts.with(
                    "tui-replay-seed",
                    &[("seed", Arg::Text(v.replay.save.seed.to_string()))]
                )
            ),
            app.theme.dim,
        ),
        Span::styled(format!("│ {date} "), app.theme.title),
        Span::styled(format!("· {quarter} "), app.theme.base),
        Span::styled(format!("│ {}", v.name), app.theme.accent),
    ];
    if let Some(c) = &v.compare {
        spans.push(Span::styled(
            format!(
                " ⇄ {}",
                app.texts.with(
                    "tui-replay-compared-with",
                    &[("name", Arg::Text(c.name.clone()))]
                )
            ),
            app.theme.accent.add_modifier(Modifier::BOLD),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// What marks a quarter on the timeline: ✗ a default, ★ events, ‼ blackouts, ◆ an election, ▽ a
/// downgrade, ↘ a crash, ≠/= against the compared save, ⚠ where the replay diverges.
fn marks(v: &Viewer, quarter: usize) -> String {
    let mut m = String::new();
    if let Some(t) = v.replay.turn(quarter - 1) {
        // First, so a narrow cell keeps it.
        if !crate::engine::view::defaults_in(&t.report).is_empty() {
            m.push('✗');
        }
        if !t.report.events.is_empty() {
            m.push('★');
        }
        if t.report.blackouts() > 0 {
            m.push('‼');
        }
        if t.report.politics.election.is_some() {
            m.push('◆');
        }
        // Downgrades and crashes, the rest of the news of consequence the debrief explains.
        let previous = quarter.checked_sub(2).and_then(|p| v.replay.turn(p));
        for (kind, _) in consequences_in(&t.report, previous.map(|p| &p.report)) {
            if matches!(kind, Kind::Downgrade(_) | Kind::Crash) && !m.contains(kind.mark()) {
                m.push(kind.mark());
            }
        }
    }
    if let Some(c) = &v.compare
        && let Some(tc) = c.comparison.turns.get(quarter - 1)
    {
        m.push(if tc.is_identical() { '=' } else { '≠' });
    }
    if v.replay
        .divergence
        .as_ref()
        .is_some_and(|d| d.after_turn as usize == quarter)
    {
        m.push('⚠');
    }
    m
}

fn draw_timeline(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let n = v.len();
    if n == 0 {
        frame.render_widget(
            Paragraph::new(Line::styled(app.t("tui-replay-no-quarters"), app.theme.dim)),
            area,
        );
        return;
    }
    let start = v.replay.game.scenario.params.scenario.start;
    let width = area.width.saturating_sub(1) as usize;
    let cell = (width / n).clamp(4, 9);
    let fits = (width / cell).max(1);
    // Keep the chosen quarter in view when the timeline is longer than the screen.
    let first = if n <= fits {
        1
    } else {
        r.quarter.saturating_sub(fits / 2).clamp(1, n + 1 - fits)
    };
    let diverged_from = v.replay.divergence.as_ref().map(|d| d.after_turn as usize);
    for (i, q) in (first..=n).take(fits).enumerate() {
        let x = area.x + (i * cell) as u16;
        let label = if cell >= 9 {
            start.plus(q as u32 - 1).to_string()
        } else {
            q.to_string()
        };
        let inner = cell - 2;
        let sel = q == r.quarter;
        let text = if sel {
            format!("[{}]", fit_right(&label, inner))
        } else {
            format!(" {} ", fit_right(&label, inner))
        };
        let style = if sel {
            app.theme.selected
        } else if diverged_from.is_some_and(|d| d > 0 && q >= d) {
            app.theme.warn
        } else if q > r.quarter {
            app.theme.dim
        } else {
            app.theme.base
        };
        let rect = Rect::new(x, area.y, cell as u16, area.height.min(2));
        frame.render_widget(Paragraph::new(Span::styled(text, style)), rect);
        let m = marks(v, q);
        if area.height > 1 && !m.is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    fit_right(&truncate(&m, inner), inner + 1),
                    app.theme.warn,
                )),
                Rect::new(x, area.y + 1, cell as u16, 1),
            );
        }
        hit(app, rect, Action::ShowQuarter(q));
    }
}

fn draw_tabs(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, active: ReplayTab) {
    let tabs: &[ReplayTab] = if v.compare.is_some() {
        &ReplayTab::ALL
    } else {
        &ReplayTab::ALL[..4]
    };
    let names: Vec<String> = tabs.iter().map(|t| app.t(t.key())).collect();
    // None active (usize::MAX) when the active tab is not shown.
    let active = tabs.iter().position(|t| *t == active).unwrap_or(usize::MAX);
    super::tab_strip(frame, app, area, &names, active, |i| {
        let keys = [
            Command::Tab1,
            Command::Tab2,
            Command::Tab3,
            Command::Tab4,
            Command::Tab5,
        ];
        Action::Cmd(keys[i.min(keys.len() - 1)])
    });
}

// -------------------------------------------------------------------------------------------
// Orders

/// One line of an orders table: a seat heading or a field.
enum OrderLine {
    Heading(Seat, usize),
    Field(OrderField),
}

/// A field's value this quarter and the quarter before.
struct OrderField {
    seat: Seat,
    row: Row,
    now: Option<Value>,
    before: Option<Value>,
    changed: bool,
}

fn order_lines(v: &Viewer, r: &ReplayState, seats: &[Seat]) -> Vec<OrderLine> {
    let regions = v.replay.game.scenario.params.regions.len();
    let (Some(now), Some(before)) = (
        r.quarter
            .checked_sub(1)
            .and_then(|i| v.replay.turn(i))
            .map(|t| &t.orders),
        v.orders_before(r.quarter),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for seat in seats {
        let (a, b) = (now.seat(*seat), before.seat(*seat));
        let rows = form::rows(*seat, regions);
        let changed = rows.iter().filter(|row| form::changed(row, &a, &b)).count();
        if seats.len() > 1 {
            out.push(OrderLine::Heading(*seat, changed));
        }
        for row in rows {
            let c = form::changed(&row, &a, &b);
            if r.changed_only && !c {
                continue;
            }
            out.push(OrderLine::Field(OrderField {
                seat: *seat,
                row,
                now: row.get(&a),
                before: row.get(&b),
                changed: c,
            }));
        }
    }
    out
}

/// Fields of a seat that changed from the quarter before.
fn changes_of(v: &Viewer, quarter: usize, seat: Seat) -> usize {
    let regions = v.replay.game.scenario.params.regions.len();
    let (Some(now), Some(before)) = (
        quarter
            .checked_sub(1)
            .and_then(|i| v.replay.turn(i))
            .map(|t| &t.orders),
        v.orders_before(quarter),
    ) else {
        return 0;
    };
    let (a, b) = (now.seat(seat), before.seat(seat));
    form::rows(seat, regions)
        .iter()
        .filter(|row| form::changed(row, &a, &b))
        .count()
}

fn orders_tab(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let left_w = if area.width >= 120 { 34 } else { 27 };
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(20)]).areas(area);
    let list_h = (2 * (Seat::ALL.len() as u16 + 1) + 2).min(left.height);
    let [list, events] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(left);
    draw_seat_list(frame, app, list, v, r);
    if events.height >= 3 {
        quarter_events(frame, app, events, v, r);
    }
    draw_orders(frame, app, right, v, r);
}

/// Who: every seat, then each seat with its holder and how many fields it changed.
fn draw_seat_list(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let block = pane(app, app.t("tui-replay-seats"), r.pane == 0);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let roles = v.roles();
    let total: usize = Seat::ALL.iter().map(|s| changes_of(v, r.quarter, *s)).sum();
    for who in 0..=Seat::ALL.len() {
        let y = inner.y + (who * 2) as u16;
        if y >= inner.bottom() {
            break;
        }
        let (name, sub, count) = if who == 0 {
            (
                app.t("tui-replay-all-seats"),
                app.t("tui-replay-all-seats-sub"),
                total,
            )
        } else {
            let seat = Seat::ALL[who - 1];
            (
                seat_name(app, seat),
                role_text(app, &roles[seat.index()]),
                changes_of(v, r.quarter, seat),
            )
        };
        let w = inner.width as usize;
        let rect = Rect::new(inner.x, y, inner.width, 2.min(inner.bottom() - y));
        frame.render_widget(
            Paragraph::new(vec![
                seat_entry_line(app, &name, count, who == r.who, w),
                Line::styled(truncate(&format!("  {sub}"), w), app.theme.dim),
            ]),
            rect,
        );
        hit(app, rect, Action::SelectRow(who));
    }
}

/// A seat list's entry, `w` wide: ▶ if selected, the name, and how many fields changed.
fn seat_entry_line(app: &App, name: &str, count: usize, sel: bool, w: usize) -> Line<'static> {
    let count_text = if count > 0 {
        format!("• {count}")
    } else {
        "–".to_string()
    };
    let name_w = w.saturating_sub(2 + 6);
    Line::from(vec![
        Span::styled(if sel { "▶ " } else { "  " }, app.theme.accent),
        Span::styled(
            fit(name, name_w),
            if sel {
                app.theme.selected
            } else {
                app.theme.base.add_modifier(Modifier::BOLD)
            },
        ),
        Span::styled(
            fit_right(&count_text, 6),
            if count > 0 {
                app.theme.accent.add_modifier(Modifier::BOLD)
            } else {
                app.theme.dim
            },
        ),
    ])
}

/// The orders themselves: the chosen seat's, or every seat's under its heading.
fn draw_orders(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let seats: Vec<Seat> = match r.one_seat() {
        Some(s) => vec![s],
        None => Seat::ALL.to_vec(),
    };
    let legend = toggle_legend(
        app,
        if r.changed_only {
            "tui-replay-legend-changed-only"
        } else {
            "tui-replay-legend"
        },
    );
    let block = pane(app, orders_title(app, v, r), r.pane == 1).title_bottom(legend);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    hit(app, area, Action::FocusPane(1));
    let lines = order_lines(v, r, &seats);
    let cols = OrderColumns::new(inner.width as usize);
    let mut text: Vec<Line> = vec![orders_header(app, &cols)];
    if r.quarter == 0 {
        text.push(Line::styled(app.t("tui-replay-no-quarters"), app.theme.dim));
    } else if lines.iter().all(|l| matches!(l, OrderLine::Heading(..))) && r.changed_only {
        text.push(Line::styled(app.t("tui-replay-no-changes"), app.theme.dim));
    }
    let body = orders_body(app, v, r, &lines, &cols);
    let visible = inner.height.saturating_sub(text.len() as u16) as usize;
    let max_scroll = body.len().saturating_sub(visible);
    let scroll = (r.scroll as usize).min(max_scroll);
    text.extend(body.into_iter().skip(scroll).take(visible));
    frame.render_widget(Paragraph::new(text), inner);
}

/// The orders pane's title: whose orders, and of which quarter.
fn orders_title(app: &App, v: &Viewer, r: &ReplayState) -> String {
    let date = r
        .quarter
        .checked_sub(1)
        .and_then(|i| v.replay.turn(i))
        .map(|t| t.report.date.to_string())
        .unwrap_or_default();
    match r.one_seat() {
        Some(s) => app.texts.with(
            "tui-pane-orders",
            &[
                ("seat", Arg::Text(seat_name(app, s))),
                ("date", Arg::Text(date)),
            ],
        ),
        None => app
            .texts
            .with("tui-replay-orders-all", &[("date", Arg::Text(date))]),
    }
}

/// A pane's bottom legend, which names the key that toggles changes only.
fn toggle_legend(app: &App, key: &str) -> Line<'static> {
    Line::styled(
        format!(
            " {} ",
            app.texts
                .with(key, &[("key", Arg::Text(app.keys.short(Command::Toggle)))],)
        ),
        app.theme.dim,
    )
}

/// Widths of the orders table's columns.
struct OrderColumns {
    field: usize,
    region: usize,
    value: usize,
    before: usize,
}

impl OrderColumns {
    /// The values take what they need; field and region share the rest, 3 to 2.
    fn new(w: usize) -> OrderColumns {
        let (value, before) = if w >= 90 { (12usize, 12usize) } else { (9, 9) };
        let rest = w.saturating_sub(2 + value + before + 3);
        let field = rest * 3 / 5;
        OrderColumns {
            field,
            region: rest - field,
            value,
            before,
        }
    }
}

fn orders_header(app: &App, cols: &OrderColumns) -> Line<'static> {
    Line::styled(
        format!(
            "  {} {} {} {}",
            fit(&app.t("tui-col-field"), cols.field),
            fit(&app.t("tui-col-region"), cols.region),
            fit_right(&app.t("tui-replay-col-now"), cols.value),
            fit_right(&app.t("tui-replay-col-before"), cols.before),
        ),
        app.theme.dim.add_modifier(Modifier::BOLD),
    )
}

/// The orders table's rows, before scrolling.
fn orders_body(
    app: &App,
    v: &Viewer,
    r: &ReplayState,
    lines: &[OrderLine],
    cols: &OrderColumns,
) -> Vec<Line<'static>> {
    let params = &v.replay.game.scenario.params;
    let mut body: Vec<Line> = Vec::new();
    let mut last_field: Option<(Seat, &str)> = None;
    let said = v.intents(r.quarter);
    let reasons = v.reasons(r.quarter);
    for l in lines {
        match l {
            OrderLine::Heading(seat, changed) => {
                body.extend(seat_heading_lines(app, v, *seat, *changed, &said, &reasons));
                last_field = None;
            }
            OrderLine::Field(f) => {
                // A field's name only on its first row: its regions' rows follow under it.
                let label = if last_field != Some((f.seat, f.row.spec.key)) {
                    field_label(app, f.seat, f.row.spec.key)
                } else {
                    String::new()
                };
                last_field = Some((f.seat, f.row.spec.key));
                body.push(order_field_line(app, params, f, &label, cols));
            }
        }
    }
    body
}

/// A seat's heading, then what it said it intended and the reasons it gave.
fn seat_heading_lines(
    app: &App,
    v: &Viewer,
    seat: Seat,
    changed: usize,
    said: &[crate::report::intents::IntentOutcome],
    reasons: &[crate::save::SeatReason],
) -> Vec<Line<'static>> {
    let params = &v.replay.game.scenario.params;
    let role = role_text(app, &v.roles()[seat.index()]);
    let mut lines = vec![Line::styled(
        format!(
            "■ {} · {role} · {}",
            seat_name(app, seat),
            app.texts
                .with("tui-replay-changed", &[("count", Arg::Num(changed as f64))])
        ),
        app.theme.title,
    )];
    for o in said.iter().filter(|o| o.seat == seat) {
        lines.extend(intent_lines(app, params, o));
    }
    for b in reasons.iter().filter(|b| b.seat == seat) {
        let why = crate::report::reasons::line(&app.texts, params, seat, &b.reason);
        lines.push(Line::styled(format!("  ↳ {why}"), app.theme.dim));
    }
    lines
}

/// A field's row; `label` is blank under the field's first row.
fn order_field_line(
    app: &App,
    params: &Params,
    f: &OrderField,
    label: &str,
    cols: &OrderColumns,
) -> Line<'static> {
    let region = f
        .row
        .region
        .and_then(|i| params.regions.get(i))
        .map(|rp| app.texts.region(&rp.id, &rp.name))
        .unwrap_or_default();
    let now_text = value_text(&app.texts, &f.row, f.now);
    let before_text = if f.changed {
        value_text(&app.texts, &f.row, f.before)
    } else {
        String::new()
    };
    let style = if f.changed {
        app.theme.accent.add_modifier(Modifier::BOLD)
    } else {
        app.theme.base
    };
    Line::from(vec![
        Span::styled(if f.changed { "• " } else { "  " }, style),
        Span::styled(format!("{} ", fit(label, cols.field)), style),
        Span::styled(format!("{} ", fit(&region, cols.region)), app.theme.dim),
        Span::styled(format!("{} ", fit_right(&now_text, cols.value)), style),
        Span::styled(fit_right(&before_text, cols.before), app.theme.dim),
    ])
}

/// A seat's intent, then what its figure did and why.
fn intent_lines(
    app: &App,
    params: &Params,
    o: &crate::report::intents::IntentOutcome,
) -> Vec<Line<'static>> {
    use crate::report::intents;
    let teller = crate::report::story::Teller {
        t: &app.texts,
        params,
    };
    let mut lines = vec![Line::styled(
        format!(
            "  {}",
            app.texts.with(
                "tui-replay-intent",
                &[("text", Arg::Text(intents::said(&app.texts, params, o)))]
            )
        ),
        app.theme.accent,
    )];
    let why = intents::why(&teller, o);
    lines.push(Line::raw(format!(
        "    → {}",
        intents::happened(&app.texts, params, o)
    )));
    if !why.is_empty() {
        lines.push(Line::styled(
            format!(
                "    {}",
                app.texts
                    .with("tui-replay-intent-why", &[("causes", Arg::Text(why))])
            ),
            app.theme.dim,
        ));
    }
    lines
}

/// The quarter's events, short, under the seat list.
fn quarter_events(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let mut lines = Vec::new();
    if let Some(t) = r.quarter.checked_sub(1).and_then(|i| v.replay.turn(i)) {
        for e in &t.report.events {
            lines.push(Line::from(vec![
                Span::styled("★ ", app.theme.warn),
                Span::raw(app.texts.msg(&e.headline)),
            ]));
        }
        if let Some(e) = &t.report.politics.election {
            lines.push(Line::styled(
                format!(
                    "◆ {}",
                    app.t(if e.won {
                        "tui-replay-election-won"
                    } else {
                        "tui-replay-election-lost"
                    })
                ),
                if e.won { app.theme.good } else { app.theme.bad },
            ));
        }
        let events = t.report.loss_events();
        if events > 0 {
            let mw: f64 = t.report.regions.iter().map(|x| x.mw_lost).sum();
            lines.push(Line::styled(
                format!(
                    "! {}",
                    app.texts.with(
                        "tui-replay-loss-events",
                        &[
                            ("count", Arg::Num(f64::from(events))),
                            ("mw", Arg::Text(num(mw, 0))),
                        ]
                    )
                ),
                app.theme.warn,
            ));
        }
        let blackouts = t.report.blackouts();
        if blackouts > 0 {
            lines.push(Line::styled(
                format!(
                    "‼ {}",
                    app.texts.with(
                        "tui-replay-blackouts",
                        &[("count", Arg::Num(f64::from(blackouts)))]
                    )
                ),
                app.theme.bad,
            ));
        }
        // Why the news of consequence happened, as the results screen said it in play.
        let params = &v.replay.game.scenario.params;
        lines.extend(super::results::consequence_lines(
            app,
            params,
            &v.consequences(r.quarter),
        ));
    }
    if lines.is_empty() {
        lines.push(Line::styled(app.t("tui-news-quiet"), app.theme.dim));
    }
    frame.render_widget(
        Wrapped::new(lines)
            .block(pane(app, app.t("tui-replay-events"), false))
            .trim(true),
        area,
    );
    hit(app, area, Action::Cmd(Command::Tab4));
}

// -------------------------------------------------------------------------------------------
// Dashboard, events

fn dashboard_tab(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let Some(shown) = v.shown(r.quarter) else {
        return;
    };
    let [hint, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let seat = r.seat();
    frame.render_widget(
        Paragraph::new(Line::styled(
            app.texts.with(
                "tui-replay-seen-as",
                &[
                    ("seat", Arg::Text(seat_name(app, seat))),
                    ("key", Arg::Text(app.keys.short(Command::Toggle))),
                ],
            ),
            app.theme.dim,
        )),
        hint,
    );
    let view = SeatView::new(shown.world, seat);
    dashboard(
        frame,
        app,
        body,
        &shown,
        &view,
        Focus {
            seat,
            pane: r.pane.min(1),
            scroll: r.scroll,
        },
    );
}

fn events_tab(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let Some(turn) = r.quarter.checked_sub(1).and_then(|i| v.replay.turn(i)) else {
        frame.render_widget(
            Paragraph::new(app.t("tui-replay-no-quarters"))
                .style(app.theme.dim)
                .block(pane(app, app.t("tui-replay-tab-events"), true)),
            area,
        );
        return;
    };
    let previous = r
        .quarter
        .checked_sub(2)
        .and_then(|i| v.replay.turn(i))
        .map(|t| &t.report);
    let mut lines: Vec<Line> = vec![scores_line(app, &turn.report)];
    // The facilitator's hand, in a workshop save.
    if let Some(record) = v.replay.save.turns.get(r.quarter - 1) {
        for action in &record.facilitator {
            lines.push(Line::styled(facilitator_text(app, action), app.theme.warn));
        }
    }
    lines.push(Line::raw(""));
    lines.extend(super::results::report_lines_for(
        app,
        &v.replay.game.scenario.params,
        turn,
        previous,
        Reader::Everyone,
    ));
    let title = app.texts.with(
        "tui-results-title",
        &[("date", Arg::Text(turn.report.date.to_string()))],
    );
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(pane(app, title, true))
            .trim(false)
            .scroll((r.scroll, 0)),
        area,
    );
}

/// Scores after the quarter, on one line.
fn scores_line(app: &App, report: &crate::engine::report::TurnReport) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("{} ", app.t("tui-score")),
        app.theme.dim,
    )];
    for s in &report.scores.seats {
        spans.push(Span::raw(format!(
            "{} {} {}  ",
            app.t(&format!("tui-seat-short-{}", s.seat.id())),
            num(s.score, 0),
            if s.objective_met { "✓" } else { "✗" }
        )));
    }
    spans.push(Span::styled(
        format!(
            "{} {}",
            app.t("tui-welfare-short"),
            num(report.scores.public_welfare.score, 0)
        ),
        app.theme.accent,
    ));
    Line::from(spans)
}

/// What the facilitator did: an override, a rewind with the intents it set aside, or a note.
fn facilitator_text(app: &App, action: &FacilitatorAction) -> String {
    match action {
        FacilitatorAction::Override {
            pointer,
            value,
            reason,
        } => app.texts.with(
            "tui-replay-override",
            &[
                ("pointer", Arg::Text(pointer.clone())),
                ("value", Arg::Text(value.to_string())),
                ("reason", Arg::Text(reason.clone())),
            ],
        ),
        FacilitatorAction::Rewound {
            reason, intents, ..
        } => {
            let mut text = app.texts.with(
                "tui-replay-rewound",
                &[("reason", Arg::Text(reason.clone()))],
            );
            for said in intents {
                let args = [
                    ("seat", Arg::Text(seat_name(app, said.seat))),
                    ("text", Arg::Text(said.intent.text.clone())),
                ];
                text.push_str("; ");
                text.push_str(&app.texts.with("report-rewound-intent", &args));
            }
            text
        }
        FacilitatorAction::Note { text } => format!("✎ {text}"),
    }
}

// -------------------------------------------------------------------------------------------
// Compare

/// Decimals a figure of this size needs.
fn digits_for(x: f64) -> usize {
    if x.abs() >= 100.0 {
        1
    } else if x.abs() >= 1.0 {
        2
    } else {
        3
    }
}

/// Both games' values of a figure and B − A, with enough decimals to tell apart values that
/// differ (a difference never reads as "= 0").
fn figures(m: &MetricPair) -> (String, String, String) {
    let show = |v: Option<f64>, d: usize| match v {
        Some(x) if x.is_finite() => num(x, d),
        _ => "–".to_string(),
    };
    let base = digits_for(m.a.unwrap_or(0.0).abs().max(m.b.unwrap_or(0.0).abs()));
    let mut out = (show(m.a, base), show(m.b, base), base);
    for d in [base + 2, base + 4] {
        if out.0 != out.1 || !m.differs() {
            break;
        }
        out = (show(m.a, d), show(m.b, d), d);
    }
    let delta = match m.delta() {
        Some(d) if d.is_finite() && m.differs() => change(d, out.2),
        _ => String::new(),
    };
    (out.0, out.1, delta)
}

/// An order field that differs, in the player's words: "Oracle · Bonds issued".
fn change_label(app: &App, c: &FieldChange, params: &Params) -> String {
    let mut label = format!(
        "{} · {}",
        seat_name(app, c.seat),
        field_label(app, c.seat, c.key)
    );
    if let Some(rp) = c.region.and_then(|i| params.regions.get(i)) {
        label.push_str(&format!(" ({})", app.texts.region(&rp.id, &rp.name)));
    }
    label
}

fn change_value(app: &App, c: &FieldChange, value: Value) -> String {
    match fields(c.seat).iter().find(|f| f.key == c.key) {
        Some(spec) => value_text(
            &app.texts,
            &Row {
                spec,
                region: c.region,
            },
            Some(value),
        ),
        None => value.to_string(),
    }
}

fn event_names(app: &App, ids: &[String]) -> String {
    if ids.is_empty() {
        return app.t("tui-replay-no-events");
    }
    ids.iter()
        .map(|id| app.texts.get_or(&format!("event-{id}-headline"), id))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn compare_tab(frame: &mut Frame, app: &App, area: Rect, v: &Viewer, r: &ReplayState) {
    let Some(c) = &v.compare else {
        return;
    };
    let params = &v.replay.game.scenario.params;
    let tc = r
        .quarter
        .checked_sub(1)
        .and_then(|i| c.comparison.turns.get(i));
    let wide = area.width >= 120;
    let [top, rest] = if wide {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    };
    // What differs: the verdict, the orders, the events.
    let mut lines: Vec<Line> = compared_games_lines(app, v, c);
    lines.extend(quarter_difference_lines(app, params, tc));
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(pane(app, app.t("tui-compare-what"), r.pane == 0))
            .trim(false)
            .scroll((if r.pane == 0 { r.scroll } else { 0 }, 0)),
        top,
    );
    hit(app, top, Action::FocusPane(0));
    draw_figures(frame, app, rest, r, params, tc);
}

/// Games A and B, and the first quarter where they differ.
fn compared_games_lines(app: &App, v: &Viewer, c: &Comparing) -> Vec<Line<'static>> {
    vec![
        Line::from(vec![
            Span::styled("A ", app.theme.accent.add_modifier(Modifier::BOLD)),
            Span::raw(app.texts.with(
                "tui-compare-game",
                &[
                    ("name", Arg::Text(v.name.clone())),
                    ("seed", Arg::Text(v.replay.save.seed.to_string())),
                    ("quarters", Arg::Num(v.len() as f64)),
                ],
            )),
        ]),
        Line::from(vec![
            Span::styled("B ", app.theme.accent.add_modifier(Modifier::BOLD)),
            Span::raw(app.texts.with(
                "tui-compare-game",
                &[
                    ("name", Arg::Text(c.name.clone())),
                    ("seed", Arg::Text(c.seed.to_string())),
                    ("quarters", Arg::Num(c.turns as f64)),
                ],
            )),
        ]),
        Line::styled(
            match c.comparison.first_difference() {
                Some(q) => app
                    .texts
                    .with("tui-compare-first", &[("quarter", Arg::Num(q as f64))]),
                None => app.t("tui-compare-identical-games"),
            },
            app.theme.dim,
        ),
    ]
}

/// The quarter's verdict and the orders and events that differ, or that one game lacks it.
fn quarter_difference_lines(
    app: &App,
    params: &Params,
    tc: Option<&TurnComparison>,
) -> Vec<Line<'static>> {
    match tc {
        None => vec![Line::styled(app.t("tui-compare-no-quarter"), app.theme.dim)],
        Some(tc) if !(tc.in_a && tc.in_b) => vec![Line::styled(
            app.t(if tc.in_a {
                "tui-compare-only-a"
            } else {
                "tui-compare-only-b"
            }),
            app.theme.warn,
        )],
        Some(tc) => {
            let (verdict, style) = if tc.is_identical() {
                ("= ", app.theme.good)
            } else {
                ("≠ ", app.theme.warn.add_modifier(Modifier::BOLD))
            };
            let mut lines = vec![Line::styled(
                format!(
                    "{verdict}{}",
                    app.t(if tc.is_identical() {
                        "tui-compare-same-quarter"
                    } else {
                        "tui-compare-differs"
                    })
                ),
                style,
            )];
            lines.extend(order_difference_lines(app, params, tc));
            lines.extend(event_difference_lines(app, tc));
            lines
        }
    }
}

/// Each order that differs with both games' values, and whether the injects differ.
fn order_difference_lines(app: &App, params: &Params, tc: &TurnComparison) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        app.texts.with(
            "tui-compare-orders",
            &[("count", Arg::Num(tc.orders.len() as f64))],
        ),
        app.theme.title,
    )];
    for ch in &tc.orders {
        lines.push(Line::styled(
            format!("≠ {}", change_label(app, ch, params)),
            app.theme.accent.add_modifier(Modifier::BOLD),
        ));
        lines.push(Line::raw(format!(
            "    A: {}   B: {}",
            change_value(app, ch, ch.from),
            change_value(app, ch, ch.to)
        )));
    }
    if tc.injects_differ {
        lines.push(Line::styled(
            format!("≠ {}", app.t("tui-compare-injects")),
            app.theme.accent.add_modifier(Modifier::BOLD),
        ));
    }
    lines
}

/// Both games' events of the quarter, marked where they differ.
fn event_difference_lines(app: &App, tc: &TurnComparison) -> Vec<Line<'static>> {
    let differ = tc.events_a != tc.events_b;
    let style = if differ {
        app.theme.accent.add_modifier(Modifier::BOLD)
    } else {
        app.theme.base
    };
    let mark = if differ { "≠ " } else { "  " };
    vec![
        Line::styled(app.t("tui-replay-events"), app.theme.title),
        Line::styled(
            format!("{mark}A: {}", event_names(app, &tc.events_a)),
            style,
        ),
        Line::styled(
            format!("{mark}B: {}", event_names(app, &tc.events_b)),
            style,
        ),
    ]
}

/// Width of each of the figures table's value columns: A, B and B − A.
const FIGURE_W: usize = 11;

/// Every figure of both games, differences marked.
fn draw_figures(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    r: &ReplayState,
    params: &Params,
    tc: Option<&TurnComparison>,
) {
    let legend = toggle_legend(
        app,
        if r.changed_only {
            "tui-compare-legend-only"
        } else {
            "tui-compare-legend"
        },
    );
    let block = pane(app, app.t("tui-compare-figures"), r.pane == 1).title_bottom(legend);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    hit(app, area, Action::FocusPane(1));
    let w = inner.width as usize;
    let label_w = w.saturating_sub(2 + 3 * FIGURE_W + 3);
    let mut text = vec![Line::styled(
        format!(
            "  {} {} {} {}",
            fit(&app.t("tui-compare-col-figure"), label_w),
            fit_right("A", FIGURE_W),
            fit_right("B", FIGURE_W),
            fit_right(&app.t("tui-compare-col-delta"), FIGURE_W),
        ),
        app.theme.dim.add_modifier(Modifier::BOLD),
    )];
    let mut body = Vec::new();
    if let Some(tc) = tc {
        for m in &tc.metrics {
            if r.changed_only && !m.differs() {
                continue;
            }
            body.push(figure_line(app, params, m, label_w));
        }
    }
    if body.is_empty() {
        body.push(Line::styled(
            app.t("tui-compare-no-figures"),
            Style::default(),
        ));
    }
    let visible = inner.height.saturating_sub(1) as usize;
    let scroll = if r.pane == 1 { r.scroll as usize } else { 0 };
    let scroll = scroll.min(body.len().saturating_sub(visible));
    text.extend(body.into_iter().skip(scroll).take(visible));
    frame.render_widget(Paragraph::new(text), inner);
}

/// A figure's row: its name `label_w` wide, both games' values and B − A.
fn figure_line(app: &App, params: &Params, m: &MetricPair, label_w: usize) -> Line<'static> {
    let differs = m.differs();
    let style = if differs {
        app.theme.accent.add_modifier(Modifier::BOLD)
    } else {
        app.theme.base
    };
    let (a, b, delta) = figures(m);
    // Whether more is better depends on the figure: ▲▼ say which way, without a
    // verdict in colour.
    let delta_style = if differs { style } else { app.theme.dim };
    Line::from(vec![
        Span::styled(if differs { "≠ " } else { "  " }, style),
        Span::styled(
            format!(
                "{} ",
                fit(&summary::label(&app.texts, &m.key, params), label_w)
            ),
            style,
        ),
        Span::styled(format!("{} ", fit_right(&a, FIGURE_W)), style),
        Span::styled(format!("{} ", fit_right(&b, FIGURE_W)), style),
        Span::styled(pad_left(&delta, FIGURE_W), delta_style),
    ])
}
