//! A seat's game view: header, tabs, and the Dashboard, Orders, Charts, Books and News tabs;
//! plus the hand-over and waiting screens that hide one team's work from the next.

use super::newgame::{pad, pad_left};
use super::wrap::Wrapped;
use super::{centered, change, change_span, charts, hit, met, num, pane};
use crate::engine::orders::{self, Carry};
use crate::engine::params::RegionParams;
use crate::engine::report::{Arg, Severity};
use crate::engine::view::{Own, PoliticsView, RegionView, SeatView};
use crate::engine::{CompanyId, Seat};
use crate::game::Turn;
use crate::tui::app::{Action, App, PlayState, Tab, value_text};
use crate::tui::form;
use crate::tui::keys::Command;
use crate::tui::session::{Session, Shown};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Sparkline, Table};

pub fn draw(frame: &mut Frame, app: &App, area: Rect, p: &PlayState) {
    let Some(session) = &app.session else {
        return;
    };
    let view = session.view(p.seat);
    let [header, tabs, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    draw_header(frame, app, header, session, &view, p);
    draw_tabs(frame, app, tabs, p.tab);
    match p.tab {
        Tab::Dashboard => dashboard(frame, app, body, &session.shown(), &view, Focus::of(p)),
        Tab::Orders => orders(frame, app, body, session, p),
        Tab::Charts => {
            let shown = session.shown();
            charts_tab(frame, app, body, &shown, Some(p.seat), p.chart, p.pane);
        }
        Tab::Books => books(frame, app, body, session, &view, p),
        Tab::News => news(frame, app, body, session, p),
    }
}

pub fn seat_name(app: &App, seat: Seat) -> String {
    app.t(&format!("seat-{}", seat.id()))
}

fn draw_header(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    session: &Session,
    view: &SeatView,
    p: &PlayState,
) {
    let quarter = app.texts.with(
        "tui-quarter-of",
        &[
            ("turn", Arg::Num(f64::from(view.turn + 1))),
            ("turns", Arg::Num(f64::from(view.turns))),
        ],
    );
    let draft = session.draft(p.seat);
    let standing = session.standing(p.seat);
    let changed = form::rows(p.seat, view.regions.len())
        .iter()
        .filter(|r| form::changed(r, &draft, &standing))
        .count();
    let status = app.texts.with(
        "tui-orders-status",
        &[("changes", Arg::Num(changed as f64))],
    );
    let mut spans = vec![
        Span::styled(" OVERBUILD ", app.theme.tab_active),
        Span::styled(
            format!(" {} ", session.game.world.params.scenario.name),
            app.theme.dim,
        ),
        Span::styled(format!("│ {} ", view.date), app.theme.title),
        Span::styled(format!("· {quarter} "), app.theme.base),
        Span::styled("│ ", app.theme.dim),
        Span::styled(
            app.texts.with(
                "tui-you-are",
                &[("seat", Arg::Text(seat_name(app, p.seat)))],
            ),
            app.theme.accent.add_modifier(Modifier::BOLD),
        ),
        Span::styled(format!(" │ {status}"), app.theme.dim),
    ];
    if let Some(default) = session.in_default(p.seat) {
        spans.push(Span::styled(
            format!(
                " │ {}",
                app.texts.in_default("tui-header-default", &default)
            ),
            app.theme.bad.add_modifier(Modifier::BOLD),
        ));
    }
    let too_wide =
        |spans: &[Span]| spans.iter().map(Span::width).sum::<usize>() > usize::from(area.width);
    // The scenario's name is the first thing a narrow screen can spare.
    if too_wide(&spans) {
        spans.remove(1);
    }
    // Then the count of changed orders (the form shows them); a default stays.
    if too_wide(&spans) && session.in_default(p.seat).is_some() {
        spans.remove(spans.len() - 2);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_tabs(frame: &mut Frame, app: &App, area: Rect, active: Tab) {
    let names: Vec<String> = Tab::ALL.iter().map(|t| app.t(t.key())).collect();
    let active = Tab::ALL.iter().position(|t| *t == active).unwrap_or(0);
    super::tab_strip(frame, app, area, &names, active, |i| {
        Action::GoTab(Tab::ALL[i])
    });
}

// -------------------------------------------------------------------------------------------
// Dashboard

/// Which seat a dashboard is drawn for, which pane has the focus and how far it is scrolled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    pub seat: Seat,
    pub pane: usize,
    pub scroll: u16,
}

impl Focus {
    fn of(p: &PlayState) -> Focus {
        Focus {
            seat: p.seat,
            pane: p.pane,
            scroll: p.scroll,
        }
    }
}

/// The dashboard of `view` (a seat's view of `shown.world`) with the history in `shown`: the
/// game being played, or a replayed game as it stood after some quarter.
pub fn dashboard(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    shown: &Shown,
    view: &SeatView,
    p: Focus,
) {
    let wide = area.width >= 140 && area.height >= 34;
    let (main, side) = if wide {
        let [m, s] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .areas(area);
        (m, Some(s))
    } else {
        (area, None)
    };
    let [stats, regions, middle, news_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(view.regions.len() as u16 + 3),
        Constraint::Length(8),
        Constraint::Min(3),
    ])
    .areas(main);
    stats_lines(frame, app, stats, shown, view);
    regions_table(frame, app, regions, view, p.pane == 0);
    let [markets, you] =
        Layout::horizontal([Constraint::Percentage(52), Constraint::Percentage(48)]).areas(middle);
    markets_box(frame, app, markets, shown, view);
    you_box(frame, app, you, shown, view, p.seat);
    news_box(
        frame,
        app,
        news_area,
        shown,
        p.seat,
        0,
        p.pane == 1,
        p.scroll,
    );
    hit(app, regions, Action::FocusPane(0));
    hit(app, news_area, Action::FocusPane(1));
    if let Some(side) = side {
        let [a, b, c] = Layout::vertical([
            Constraint::Percentage(34),
            Constraint::Percentage(33),
            Constraint::Percentage(33),
        ])
        .areas(side);
        charts::draw_shown(frame, app, shown, a, 0, false);
        charts::draw_shown(frame, app, shown, b, 2, false);
        match shown.last_turn() {
            Some(turn) => charts::score_bars(frame, app, c, turn, false),
            None => charts::draw_shown(frame, app, shown, c, 3, false),
        }
    }
}

/// The dashboard's two status lines: the market, then politics.
fn stats_lines(frame: &mut Frame, app: &App, area: Rect, shown: &Shown, view: &SeatView) {
    let line1 = market_line(app, shown, view);
    let line2 = politics_line(app, area, shown, &view.politics);
    frame.render_widget(Paragraph::new(vec![line1, line2]), area);
}

/// The market's figures: the index and its change, the bubble gauge, coverage, circular share.
fn market_line(app: &App, shown: &Shown, view: &SeatView) -> Line<'static> {
    let m = &view.market;
    let prev_index = shown
        .turns
        .iter()
        .rev()
        .nth(1)
        .map_or(100.0, |t| t.report.market.index);
    let index_change = if shown.turns.is_empty() {
        0.0
    } else {
        m.index - prev_index
    };
    let sep = Span::styled("  ·  ", app.theme.dim);
    Line::from(vec![
        Span::styled(format!("{} ", app.t("tui-index")), app.theme.dim),
        Span::styled(num(m.index, 1), app.theme.title),
        change_span(app, index_change),
        sep.clone(),
        Span::styled(format!("{} ", app.t("tui-bubble")), app.theme.dim),
        Span::styled(format!("×{}", num(m.bubble_gauge, 1)), app.theme.base),
        sep.clone(),
        Span::styled(format!("{} ", app.t("tui-coverage")), app.theme.dim),
        Span::styled(
            format!("{}%", num(m.coverage * 100.0, 0)),
            if m.coverage < 0.5 {
                app.theme.warn
            } else {
                app.theme.base
            },
        ),
        sep.clone(),
        Span::styled(format!("{} ", app.t("tui-circular")), app.theme.dim),
        Span::styled(
            format!("{}%", num(m.circular_share * 100.0, 0)),
            app.theme.base,
        ),
    ])
}

/// Approval and its change, the next election and Congress, fitted to `area`'s width.
fn politics_line(app: &App, area: Rect, shown: &Shown, pol: &PoliticsView) -> Line<'static> {
    let approval_change = shown
        .last_turn()
        .map_or(0.0, |t| t.report.politics.approval_change * 100.0);
    // Where last quarter's conditions pull approval: the results list the parts.
    let heading = shown
        .last_turn()
        .and_then(|t| t.report.politics.approval_pull.as_ref())
        .map(|pull| {
            app.texts.with(
                "tui-approval-heading",
                &[("target", Arg::Text(num(pull.target(), 1)))],
            )
        });
    let election = election_text(app, pol);
    // On a narrow screen: tighter separators, then no heading, then no approval change, before
    // cutting text.
    let line = |tight: bool, with_heading: bool| {
        let sep = Span::styled(if tight { " · " } else { "  ·  " }, app.theme.dim);
        let mut spans = vec![
            Span::styled(format!("{} ", app.t("tui-approval")), app.theme.dim),
            Span::styled(
                format!("{}%", num(pol.approval * 100.0, 1)),
                app.theme.title,
            ),
        ];
        if !tight || usize::from(area.width) >= 90 {
            spans.push(change_span(app, approval_change));
        }
        if let Some(h) = heading.as_ref().filter(|_| with_heading) {
            spans.push(Span::styled(format!(" {h}"), app.theme.dim));
        }
        spans.extend([
            sep.clone(),
            Span::styled(election.clone(), app.theme.base),
            sep,
            Span::styled(
                app.t(if pol.divided {
                    "tui-congress-divided"
                } else {
                    "tui-congress-united"
                }),
                app.theme.dim,
            ),
        ]);
        Line::from(spans)
    };
    // The heading goes before the change does: tight keeps the change only from 90 columns.
    let wide = usize::from(area.width) >= 90;
    [(false, true), (true, true), (false, false)]
        .into_iter()
        .filter(|&(tight, with_heading)| !(tight && with_heading) || wide)
        .map(|(tight, with_heading)| line(tight, with_heading))
        .find(|l| l.width() <= usize::from(area.width))
        .unwrap_or_else(|| line(true, false))
}

/// The next election's kind, date and distance in quarters, or that none is due.
fn election_text(app: &App, pol: &PoliticsView) -> String {
    match (pol.next_election, pol.quarters_to_election) {
        (Some((date, kind)), Some(q)) => app.texts.with(
            "tui-next-election",
            &[
                (
                    "kind",
                    Arg::Text(app.t(match kind {
                        crate::engine::params::ElectionKind::Midterm => "tui-election-midterm",
                        crate::engine::params::ElectionKind::General => "tui-election-general",
                    })),
                ),
                ("date", Arg::Text(date.to_string())),
                ("quarters", Arg::Num(f64::from(q))),
            ],
        ),
        _ => app.t("tui-no-election"),
    }
}

fn regions_table(frame: &mut Frame, app: &App, area: Rect, view: &SeatView, focused: bool) {
    let header = Row::new(
        [
            "tui-col-region",
            "tui-col-reserve",
            "tui-col-energy",
            "tui-col-capacity",
            "tui-col-bill",
            "tui-col-arrears",
            "tui-col-faults",
        ]
        .map(|k| Cell::from(app.t(k))),
    )
    .style(app.theme.dim.add_modifier(Modifier::BOLD));
    let rows: Vec<Row> = view
        .regions
        .iter()
        .zip(view.params.regions.iter())
        .map(|(r, p)| region_row(app, r, p))
        .collect();
    // The names column as wide as the longest name, so the figures sit next to them.
    let names_width = super::region_names_width(app, &view.params) as u16 + 1;
    let table = Table::new(
        rows,
        [
            Constraint::Max(names_width),
            Constraint::Length(8),
            Constraint::Length(8),
            Constraint::Length(8),
            Constraint::Length(9),
            Constraint::Length(8),
            Constraint::Length(10),
        ],
    )
    .header(header)
    .block(pane(app, app.t("tui-pane-regions"), focused));
    frame.render_widget(table, area);
}

/// A region's row of the regions table; a reserve short of its target and blackouts stand out.
fn region_row(app: &App, r: &RegionView, p: &RegionParams) -> Row<'static> {
    let short = r.reserve_margin < r.reserve_target;
    let reserve = format!(
        "{}{}%",
        if short { "⚠ " } else { "" },
        num(r.reserve_margin * 100.0, 1)
    );
    // Large-load loss events and the blackouts that followed faults last quarter.
    let faults = format!("{} / {}", r.loss_events, r.blackouts);
    Row::new(vec![
        Cell::from(app.texts.region(&r.id, &p.name)),
        Cell::from(Span::styled(
            reserve,
            if short { app.theme.bad } else { app.theme.base },
        )),
        Cell::from(format!(
            "{}·{}",
            num(r.energy_price, 0),
            num(r.zone_price, 0)
        )),
        // Energy-only markets have no capacity price at all.
        Cell::from(
            if p.market == crate::engine::params::MarketDesign::Capacity {
                num(r.capacity_price, 0)
            } else {
                "—".to_string()
            },
        ),
        Cell::from(format!(
            "${} {}",
            num(r.bill_month, 0),
            super::pct_change(r.bill_growth)
        )),
        Cell::from(format!("{}%", num(r.arrears_share * 100.0, 1))),
        Cell::from(Span::styled(
            faults,
            if r.blackouts > 0 {
                app.theme.bad
            } else {
                app.theme.base
            },
        )),
    ])
}

fn markets_box(frame: &mut Frame, app: &App, area: Rect, shown: &Shown, view: &SeatView) {
    let block = pane(app, app.t("tui-pane-markets"), false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [spark_row, rest] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let [spark_label, spark] =
        Layout::horizontal([Constraint::Length(12), Constraint::Min(1)]).areas(spark_row);
    frame.render_widget(
        Paragraph::new(Span::styled(app.t("tui-index-history"), app.theme.dim)),
        spark_label,
    );
    let history: Vec<u64> = std::iter::once(100.0)
        .chain(shown.turns.iter().map(|t| t.report.market.index))
        .map(|v| (v * 10.0).max(0.0) as u64)
        .collect();
    let floor = history
        .iter()
        .min()
        .copied()
        .unwrap_or(0)
        .saturating_sub(50);
    let shifted: Vec<u64> = history.iter().map(|v| v - floor).collect();
    frame.render_widget(
        Sparkline::default()
            .data(&shifted)
            .style(ratatui::style::Style::default().fg(app.theme.series[0])),
        spark,
    );
    let mut lines = Vec::new();
    for id in CompanyId::ALL {
        let c = view.company(id);
        let name = app.t(&format!("tui-company-short-{}", id.id()));
        let price = super::company_price(app, id, (c.share_price, c.market_cap_bn), c.insolvent);
        let ig = c.rating.investment_grade();
        lines.push(Line::from(vec![
            Span::raw(pad(&name, 11)),
            Span::raw(pad_left(&price, 10)),
            Span::raw(" "),
            Span::styled(
                pad(
                    &format!("{}{}", c.rating.label(), if ig { "" } else { " ⚠" }),
                    6,
                ),
                if ig { app.theme.base } else { app.theme.bad },
            ),
            Span::styled(
                pad_left(
                    &app.texts
                        .with("tui-spread", &[("bp", Arg::Num(c.spread_bp))]),
                    8,
                ),
                app.theme.dim,
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), rest);
}

/// The seat's score now, from the last report or, before the first quarter, from the world.
fn score(shown: &Shown, seat: Seat) -> crate::engine::report::SeatScore {
    shown
        .last_turn()
        .and_then(|t| t.report.scores.seat(seat).cloned())
        .unwrap_or_else(|| crate::engine::score::seat_score(shown.world, seat))
}

fn you_box(frame: &mut Frame, app: &App, area: Rect, shown: &Shown, view: &SeatView, seat: Seat) {
    let s = score(shown, seat);
    let block = pane(
        app,
        app.texts
            .with("tui-pane-you", &[("seat", Arg::Text(seat_name(app, seat)))]),
        false,
    );
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{} ", app.t("tui-score")), app.theme.dim),
        Span::styled(
            format!("{}/100 ", app.texts.seat_points(&s, 0)),
            app.theme.title,
        ),
        Span::styled(change(s.change, 1), app.theme.trend(s.change, true)),
        Span::raw("  "),
        met(
            app,
            s.objective_met,
            // After the last quarter the verdict is final: met or missed.
            app.t(match (s.objective_met, shown.world.is_over()) {
                (true, true) => "tui-objective-won",
                (false, true) => "tui-objective-lost",
                (true, false) => "tui-objective-met",
                (false, false) => "tui-objective-not-met",
            }),
        ),
    ])];
    let width = usize::from(block.inner(area).width);
    for part in &s.parts {
        let mut spans = vec![
            met(app, part.met, String::new()),
            Span::styled(
                format!(
                    "{:>2}/{} ",
                    app.texts.part_points(part, 0),
                    num(part.max_points, 0)
                ),
                app.theme.dim,
            ),
        ];
        if part.key != crate::engine::score::DEFAULTED {
            spans.push(Span::raw(format!("{} ", part_goal(&app.texts, part))));
        }
        // The figures first: on a narrow pane the name takes an ellipsis, not the numbers.
        let used: usize = spans.iter().map(Span::width).sum();
        let name = app.texts.score_part(part);
        spans.push(Span::styled(
            crate::i18n::truncate(&name, width.saturating_sub(used)),
            app.theme.dim,
        ));
        lines.push(Line::from(spans));
    }
    lines.extend(own_summary(app, view, block.inner(area).width));
    frame.render_widget(
        // No wrapping: each part keeps one line; long names are cut at the border.
        Paragraph::new(lines).block(block),
        area,
    );
}

/// A part's value against its goal, "0.5 ≥3.0" or "0.0% ≤1.2%": the sign says which way is
/// better, the goal is where the part counts as met.
pub fn part_goal(texts: &crate::i18n::Texts, part: &crate::engine::report::ScorePart) -> String {
    use crate::engine::report::Direction;
    let sign = match part.direction {
        Direction::AtLeast => '≥',
        Direction::AtMost => '≤',
    };
    let goal = part.pass.unwrap_or(part.target);
    // Shares and ratios below one need three places to tell 0.096 from 0.1.
    let share = part.unit == crate::engine::report::PartUnit::Share;
    let mut digits = match goal.abs().max(part.value.abs()) {
        _ if share => 1,
        m if m >= 100.0 => 0,
        m if m >= 1.0 => 1,
        _ => 3,
    };
    let value = |v: f64, digits: usize| {
        if share {
            format!("{}%", crate::i18n::format_number(v * 100.0, digits))
        } else {
            texts.part_value(part, v, digits)
        }
    };
    // A part not met never reads as its goal: 1.06 against 1.10 is not "1.1 ≥1.1".
    while !part.met && digits < PART_MAX_DIGITS && value(part.value, digits) == value(goal, digits)
    {
        digits += 1;
    }
    format!(
        "{} {sign}{}",
        value(part.value, digits),
        value(goal, digits)
    )
}

/// Most decimal places a score part's value takes to differ from its goal.
const PART_MAX_DIGITS: usize = 3;

/// The seat's own books for the dashboard, as many figures a line as fit in `width`.
fn own_summary(app: &App, view: &SeatView, width: u16) -> Vec<Line<'static>> {
    let bn = |v: f64| super::usd_bn(v, 1);
    let kv = |k: &str, v: String| -> [Span<'static>; 2] {
        [
            Span::styled(format!("{} ", app.t(k)), app.theme.dim),
            Span::raw(format!("{v}  ")),
        ]
    };
    let mut spans: Vec<[Span<'static>; 2]> = Vec::new();
    match &view.own {
        Own::OpenAi {
            compute_gw,
            revenue_run_rate_bn,
            ..
        } => {
            let c = view.company(CompanyId::OpenAi);
            spans.push(kv("tui-cash", bn(c.cash_bn)));
            spans.push(kv("tui-compute", format!("{} GW", num(*compute_gw, 1))));
            spans.push(kv("tui-revenue-yr", bn(*revenue_run_rate_bn)));
        }
        Own::Oracle { off_balance_bn, .. } => {
            let c = view.company(CompanyId::Oracle);
            spans.push(kv("tui-cash", bn(c.cash_bn)));
            spans.push(kv("tui-debt", bn(c.debt_bn)));
            spans.push(kv("tui-off-balance", bn(*off_balance_bn)));
        }
        Own::Utility {
            cash_bn,
            ffo_to_debt,
            ..
        } => {
            spans.push(kv("tui-cash", bn(*cash_bn)));
            spans.push(kv("tui-ffo", format!("{}%", num(ffo_to_debt * 100.0, 0))));
            spans.push(kv(
                "tui-national-cents",
                format!("{}¢", num(view.politics.national_residential_cents, 1)),
            ));
        }
        Own::WhiteHouse {
            deficit_quarter_bn,
            yield_premium_bp,
            ..
        } => {
            spans.push(kv("tui-deficit-quarter", bn(*deficit_quarter_bn)));
            spans.push(kv(
                "tui-yield-premium",
                format!("{}bp", num(*yield_premium_bp, 0)),
            ));
            spans.push(kv(
                "tui-jobs",
                format!(
                    "{}k",
                    num(view.politics.jobs_k - view.politics.jobs_start_k, 0)
                ),
            ));
        }
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut used = 0;
    for pair in spans {
        let pair_width: usize = pair.iter().map(Span::width).sum();
        if lines.is_empty() || used + pair_width > usize::from(width) {
            lines.push(Line::default());
            used = 0;
        }
        used += pair_width;
        if let Some(line) = lines.last_mut() {
            line.spans.extend(pair);
        }
    }
    lines
}

/// Who reads the news: private items show only to their seat, or to everyone in a replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// One seat's team (None: the room, in hot-seat play).
    Seat(Option<Seat>),
    /// A replay: every item, private ones marked with their seat.
    Everyone,
}

/// News of the quarter `back` quarters before the latest of `turns`, as this seat may read it.
pub fn news_lines(
    app: &App,
    turns: &[Turn],
    seat: Option<Seat>,
    back: usize,
    with_events: bool,
) -> Vec<Line<'static>> {
    let Some(turn) = turns.len().checked_sub(back + 1).and_then(|i| turns.get(i)) else {
        return vec![Line::styled(app.t("tui-news-none"), app.theme.dim)];
    };
    quarter_news(app, &turn.report, Reader::Seat(seat), with_events)
}

/// A quarter's events (optionally) and news, alerts first, as `reader` may read them.
pub fn quarter_news(
    app: &App,
    r: &crate::engine::report::TurnReport,
    reader: Reader,
    with_events: bool,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for e in r.events.iter().filter(|_| with_events) {
        lines.push(Line::from(vec![
            Span::styled("★ ", app.theme.warn),
            Span::styled(app.texts.msg(&e.headline), app.theme.title),
        ]));
        let explanation = app.texts.msg(&e.explanation);
        if !explanation.is_empty() {
            lines.push(Line::styled(format!("  {explanation}"), app.theme.dim));
        }
    }
    let mut items: Vec<&crate::engine::report::News> = r
        .news
        .iter()
        .filter(|n| match reader {
            Reader::Seat(seat) => n.private_to.is_none() || n.private_to == seat,
            Reader::Everyone => true,
        })
        .collect();
    // Alerts first; the engine's order within a severity.
    items.sort_by_key(|n| std::cmp::Reverse(n.severity));
    for n in items {
        let (mark, style) = match n.severity {
            Severity::Alert => ("‼ ", app.theme.bad),
            Severity::Notice => ("• ", app.theme.base),
            Severity::Info => ("· ", app.theme.dim),
        };
        let mut spans = vec![Span::styled(mark, style)];
        match (n.private_to, reader) {
            (Some(owner), Reader::Everyone) => spans.push(Span::styled(
                format!(
                    "[{}] ",
                    app.texts.with(
                        "tui-private-of",
                        &[("seat", Arg::Text(seat_name(app, owner)))]
                    )
                ),
                app.theme.accent,
            )),
            (Some(_), Reader::Seat(_)) => spans.push(Span::styled(
                format!("[{}] ", app.t("tui-private")),
                app.theme.accent,
            )),
            (None, _) => {}
        }
        spans.push(Span::styled(app.texts.msg(&n.msg), style));
        lines.push(Line::from(spans));
    }
    if lines.is_empty() {
        lines.push(Line::styled(app.t("tui-news-quiet"), app.theme.dim));
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn news_box(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    shown: &Shown,
    seat: Seat,
    back: usize,
    focused: bool,
    scroll: u16,
) {
    let title = match shown.turns.len().checked_sub(back + 1) {
        Some(i) => app.texts.with(
            "tui-pane-news-of",
            &[("date", Arg::Text(shown.turns[i].report.date.to_string()))],
        ),
        None => app.t("tui-pane-news"),
    };
    let news = Wrapped::new(Text::from(news_lines(
        app,
        shown.turns,
        Some(seat),
        back,
        true,
    )))
    .block(pane(app, title, focused))
    .trim(false);
    let scroll = clamped(app, &news, area, focused, scroll);
    frame.render_widget(news.scroll((scroll, 0)), area);
}

// -------------------------------------------------------------------------------------------
// Orders

fn orders(frame: &mut Frame, app: &App, area: Rect, session: &Session, p: &PlayState) {
    let (form_area, detail_area, preview_area) = orders_areas(area);
    let rows = form::rows(p.seat, session.game.world.params.regions.len());
    let draft = session.draft(p.seat);
    let standing = session.standing(p.seat);
    let default = session.in_default(p.seat);
    let sheet = OrderSheet {
        app,
        session,
        p,
        rows: &rows,
        draft: &draft,
        standing: &standing,
        selected: p.form.selected.min(rows.len().saturating_sub(1)),
        in_default: default.is_some(),
    };
    order_form(frame, &sheet, form_area);
    if let Some(row) = rows.get(sheet.selected) {
        let refused_in_default = default.filter(|_| sheet.refused(row));
        order_detail(
            frame,
            app,
            session,
            p,
            (row, &draft),
            refused_in_default,
            detail_area,
        );
    }
    order_preview(frame, app, session, p, &draft, preview_area);
}

/// A seat's orders form as drawn: its rows, the draft, the standing orders and the selection.
struct OrderSheet<'a> {
    app: &'a App,
    session: &'a Session,
    p: &'a PlayState,
    rows: &'a [form::Row],
    draft: &'a orders::SeatOrders,
    standing: &'a orders::SeatOrders,
    selected: usize,
    in_default: bool,
}

impl OrderSheet<'_> {
    /// The company's default refuses this row's field.
    fn refused(&self, row: &form::Row) -> bool {
        self.in_default && orders::refused_in_default(self.p.seat, row.spec.key)
    }
}

/// The form's table in its pane, scrolled to keep the selected row in sight; rows clickable.
fn order_form(frame: &mut Frame, sheet: &OrderSheet, form_area: Rect) {
    let (app, p) = (sheet.app, sheet.p);
    let block = pane(
        app,
        app.texts.with(
            "tui-pane-orders",
            &[
                ("seat", Arg::Text(seat_name(app, p.seat))),
                ("date", Arg::Text(sheet.session.game.world.date.to_string())),
            ],
        ),
        p.pane == 0,
    );
    let inner = block.inner(form_area);
    frame.render_widget(block, form_area);
    let visible = inner.height.saturating_sub(1) as usize;
    let offset = if visible == 0 || sheet.selected < visible {
        0
    } else {
        sheet.selected + 1 - visible
    };
    let mut table_rows = Vec::new();
    let widths = order_columns(app, sheet.rows);
    // Names longer than their column end in an ellipsis; the focused field's full name is in
    // the detail line below the table.
    let columns = Layout::horizontal(widths).spacing(1).split(inner);
    let label_width = usize::from(columns[0].width).saturating_sub(2);
    let region_width = usize::from(columns[1].width);
    for (i, row) in sheet.rows.iter().enumerate().skip(offset).take(visible) {
        table_rows.push(order_row(sheet, row, i, (label_width, region_width)));
        let y = inner.y + 1 + (i - offset) as u16;
        hit(
            app,
            Rect::new(inner.x, y, inner.width, 1),
            Action::SelectRow(i),
        );
    }
    let table = Table::new(table_rows, widths)
        .header(order_header(app))
        .column_spacing(1);
    frame.render_widget(table, inner);
    if sheet.rows.len() > visible && visible > 0 {
        super::scroll_marker(frame, app, form_area, sheet.selected, sheet.rows.len());
    }
}

/// Row `i` of the form: the field (on its first row), region, value, allowed range and what
/// carries into the next quarter, ellipsized to the `(label, region)` column widths.
fn order_row(
    sheet: &OrderSheet,
    row: &form::Row,
    i: usize,
    (label_width, region_width): (usize, usize),
) -> Row<'static> {
    let (app, p) = (sheet.app, sheet.p);
    let is_sel = i == sheet.selected;
    let label = if row.first_of_field() {
        charts::ellipsize(&field_label(app, p.seat, row.spec.key), label_width)
    } else {
        String::new()
    };
    let region = row
        .region
        .and_then(|r| sheet.session.game.world.params.regions.get(r))
        .map(|rp| charts::ellipsize(&app.texts.region_short(&rp.id, &rp.name), region_width))
        .unwrap_or_default();
    let changed = form::changed(row, sheet.draft, sheet.standing);
    let entry = p.form.entry.as_ref().filter(|_| is_sel);
    let value_cell = value_cell(app, row, sheet.draft, entry, changed, sheet.refused(row));
    let range = crate::tui::play::allowed_column_text(&app.texts, row.spec.kind);
    let next = app.t(match row.spec.carry {
        Carry::Rule => "tui-carry-rule",
        Carry::OneOff if sheet.draft.repeats(row.spec.key) => "tui-carry-repeat",
        Carry::OneOff => "tui-carry-once",
    });
    let mut r = Row::new(vec![
        Cell::from(format!("{}{label}", if is_sel { "▶ " } else { "  " })),
        Cell::from(region),
        value_cell,
        Cell::from(Span::styled(range, app.theme.dim)),
        Cell::from(Span::styled(next, app.theme.dim)),
    ]);
    if sheet.refused(row) {
        r = r.style(app.theme.dim.add_modifier(Modifier::CROSSED_OUT));
    }
    if is_sel {
        r = r.style(app.theme.selected);
    }
    r
}

/// The form's column heads.
fn order_header(app: &App) -> Row<'static> {
    Row::new(
        [
            "tui-col-field",
            "tui-col-region",
            "tui-col-value",
            "tui-col-range",
            "tui-col-next",
        ]
        .map(|k| Cell::from(app.t(k))),
    )
    .style(app.theme.dim.add_modifier(Modifier::BOLD))
}

/// The form's column widths. A seat without regional orders (OpenAI, the White House) gives
/// the names the region's room; the allowed ranges show whole (Chinese units are wider).
fn order_columns(app: &App, rows: &[form::Row]) -> [Constraint; 5] {
    let regional = rows.iter().any(|r| r.region.is_some());
    let allowed_width = rows
        .iter()
        .map(|r| {
            crate::i18n::width(&crate::tui::play::allowed_column_text(
                &app.texts,
                r.spec.kind,
            ))
        })
        .max()
        .unwrap_or(0)
        .max(18) as u16;
    [
        Constraint::Fill(5),
        if regional {
            Constraint::Fill(3)
        } else {
            Constraint::Length(0)
        },
        Constraint::Length(value_width(app, rows)),
        Constraint::Length(allowed_width),
        Constraint::Length(8),
    ]
}

/// The value column's width: the widest value any row can show (every choice's label, yes and
/// no, a number at either end of its range) after the two columns of the changed mark, so
/// "confident" shows whole and the column does not move as a value changes.
fn value_width(app: &App, rows: &[form::Row]) -> u16 {
    let widest = rows
        .iter()
        .flat_map(|row| {
            use orders::{FieldKind, Value};
            let values: Vec<Value> = match row.spec.kind {
                FieldKind::Choice(labels) => (0..labels.len()).map(Value::Choice).collect(),
                FieldKind::Toggle => vec![Value::Toggle(true), Value::Toggle(false)],
                FieldKind::Number { min, max, .. } | FieldKind::Regional { min, max, .. } => {
                    vec![Value::Number(min), Value::Number(max)]
                }
            };
            values
                .into_iter()
                .map(move |v| crate::i18n::width(&value_text(&app.texts, row, Some(v))))
        })
        .max()
        .unwrap_or(0);
    (widest + 2).max(10) as u16
}

/// A row's value: unavailable in default, the entry being typed, or the draft's value marked
/// when it differs from the standing order.
fn value_cell(
    app: &App,
    row: &form::Row,
    draft: &orders::SeatOrders,
    entry: Option<&String>,
    changed: bool,
    refused: bool,
) -> Cell<'static> {
    if refused {
        return Cell::from(Span::styled(
            format!("  {}", app.t("tui-unavailable")),
            app.theme.dim,
        ));
    }
    if let Some(entry) = entry {
        return Cell::from(Span::styled(format!("{entry}▏"), app.theme.input));
    }
    let text = value_text(&app.texts, row, row.get(draft));
    let mark = if changed { "• " } else { "  " };
    let style = if changed {
        app.theme.accent.add_modifier(Modifier::BOLD)
    } else {
        app.theme.base
    };
    Cell::from(Span::styled(format!("{mark}{text}"), style))
}

/// The form, its selected field's detail and the preview: side by side from 120 columns.
fn orders_areas(area: Rect) -> (Rect, Rect, Rect) {
    if area.width >= 120 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(65), Constraint::Percentage(35)])
                .areas(area);
        let [f, d] = Layout::vertical([Constraint::Min(6), Constraint::Length(4)]).areas(left);
        (f, d, right)
    } else {
        let preview_h = if area.height >= 30 { 10 } else { 6 };
        let [f, d, pr] = Layout::vertical([
            Constraint::Min(5),
            Constraint::Length(3),
            Constraint::Length(preview_h),
        ])
        .areas(area);
        (f, d, pr)
    }
}

/// The selected field of the draft: what it does, and any refusal (`refused_in_default`: the
/// company's default, when that is what refuses the field).
fn order_detail(
    frame: &mut Frame,
    app: &App,
    session: &Session,
    p: &PlayState,
    (row, draft): (&form::Row, &orders::SeatOrders),
    refused_in_default: Option<orders::InDefault>,
    detail_area: Rect,
) {
    let help = app.texts.field_help(p.seat, row.spec);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!("{}: ", field_label(app, p.seat, row.spec.key)),
            app.theme.accent,
        ),
        Span::raw(help),
    ])];
    if let Some(default) = refused_in_default {
        lines.push(Line::styled(
            format!("✗ {}", app.texts.in_default("default-refused", &default)),
            app.theme.bad,
        ));
    } else if let Some(refusal) = &p.form.refusal {
        lines.push(Line::from(vec![Span::styled(
            format!("✗ {refusal}"),
            app.theme.bad,
        )]));
    } else if let Some(note) = federal_override(app, session, row) {
        // Before the carry line: the share typed here does not apply.
        lines.push(Line::styled(note, app.theme.warn));
    } else {
        // Only without a refusal: on a small screen the two would not both fit.
        lines.push(Line::styled(carry_text(app, row, draft), app.theme.dim));
    }
    frame.render_widget(Wrapped::new(lines).trim(true), detail_area);
}

/// The engine's preview of these orders, then what carries on.
fn order_preview(
    frame: &mut Frame,
    app: &App,
    session: &Session,
    p: &PlayState,
    draft: &orders::SeatOrders,
    preview_area: Rect,
) {
    let preview = session.preview(draft);
    let mut lines: Vec<Line> = preview
        .iter()
        .map(|m| {
            Line::from(vec![
                Span::styled("• ", app.theme.accent),
                Span::raw(app.texts.msg(m)),
            ])
        })
        .collect();
    lines.push(Line::styled(carry_summary(app, draft), app.theme.dim));
    lines.push(intent_line(app, session, p.seat));
    if session.humans.len() > 1
        || matches!(session.table, crate::tui::session::Table::Remote { .. })
    {
        lines.push(Line::styled(app.t("tui-orders-hidden"), app.theme.dim));
    }
    let preview = Wrapped::new(lines)
        .block(pane(app, app.t("tui-pane-preview"), p.pane == 1))
        .trim(true);
    let scroll = scrolled(app, &preview, preview_area, p, 1);
    frame.render_widget(preview.scroll((scroll, 0)), preview_area);
    hit(app, preview_area, Action::FocusPane(1));
}

/// The seat's intent for the quarter, or how to write one.
fn intent_line(app: &App, session: &Session, seat: Seat) -> Line<'static> {
    let Some(intent) = session.intent(seat) else {
        let key = app.keys.short(crate::tui::keys::Command::Intent);
        return Line::styled(
            app.texts
                .with("tui-intent-empty", &[("key", Arg::Text(key))]),
            app.theme.dim,
        );
    };
    let world = &session.game.world;
    let unit = intent.expect.as_ref().and_then(|e| {
        crate::save::intent::figure_choices(world, session.game.last_report())
            .into_iter()
            .find(|f| f.key == e.figure)
            .map(|f| f.unit)
    });
    let text =
        crate::report::intents::intent_text(&app.texts, &world.params, intent, unit.unwrap_or(""));
    Line::styled(
        app.texts
            .with("tui-intent-line", &[("text", Arg::Text(text))]),
        app.theme.accent,
    )
}

/// On the utility's own upgrade share, a federal rule (as the White House last set it) that
/// decides who pays whatever the share says.
fn federal_override(app: &App, session: &Session, row: &form::Row) -> Option<String> {
    let share = session
        .game
        .world
        .last_orders
        .whitehouse
        .federal_share_in_force()?;
    (row.spec.key == "large_load_share").then(|| {
        app.texts.with(
            "tui-field-federal-override",
            &[("share", Arg::Num(share * 100.0))],
        )
    })
}

/// What the selected field does next quarter: a rule stays, a one-off resets or repeats.
fn carry_text(app: &App, row: &form::Row, draft: &orders::SeatOrders) -> String {
    match row.spec.carry {
        Carry::Rule => app.t("tui-field-rule"),
        Carry::OneOff if draft.repeats(row.spec.key) => app.t("tui-field-once-repeat"),
        Carry::OneOff => {
            let fresh = crate::engine::Orders::default().seat(draft.seat());
            let value = value_text(&app.texts, row, row.get(&fresh));
            app.texts.with(
                "tui-field-once",
                &[("value", Arg::Text(value.trim().to_string()))],
            )
        }
    }
}

/// One line naming the one-off orders that will repeat next quarter.
fn carry_summary(app: &App, draft: &orders::SeatOrders) -> String {
    let repeating = draft.repeating();
    if repeating.is_empty() {
        return app.t("tui-carry-none");
    }
    let names: Vec<String> = repeating
        .iter()
        .map(|k| field_label(app, draft.seat(), k))
        .collect();
    app.texts.with(
        "tui-carry-repeats",
        &[("fields", Arg::Text(names.join(", ")))],
    )
}

pub fn field_label(app: &App, seat: Seat, key: &str) -> String {
    app.texts.field_label(seat, key)
}

// -------------------------------------------------------------------------------------------
// Charts

/// The list of charts, the seat's own stakes first, and the chosen one, drawn from `shown`.
pub fn charts_tab(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    shown: &Shown,
    seat: Option<Seat>,
    chosen: usize,
    focus: usize,
) {
    let order = charts::order(seat);
    let [list, chart] =
        Layout::horizontal([Constraint::Length(26), Constraint::Min(20)]).areas(area);
    let block = pane(app, app.t("tui-pane-charts"), focus == 0);
    let inner = block.inner(list);
    frame.render_widget(block, list);
    for (i, key) in order.iter().map(|c| charts::KEYS[*c]).enumerate() {
        if i as u16 >= inner.height {
            break;
        }
        let rect = Rect::new(inner.x, inner.y + i as u16, inner.width, 1);
        let sel = i == chosen;
        let text = format!("{}{}", if sel { "▶ " } else { "  " }, app.t(key));
        frame.render_widget(
            Paragraph::new(Span::styled(
                text,
                if sel {
                    app.theme.selected
                } else {
                    app.theme.base
                },
            )),
            rect,
        );
        hit(app, rect, Action::SelectRow(i));
    }
    let which = order[chosen.min(charts::COUNT - 1)];
    charts::draw_shown(frame, app, shown, chart, which, focus == 1);
    hit(app, chart, Action::FocusPane(1));
}

// -------------------------------------------------------------------------------------------
// Books: the seat's own accounts and its objective

fn books(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    session: &Session,
    view: &SeatView,
    p: &PlayState,
) {
    // The statements need room for their labels; on narrow screens the objective gives way.
    let share = if area.width < 120 { 60 } else { 45 };
    let [left, right] = Layout::horizontal([
        Constraint::Percentage(share),
        Constraint::Percentage(100 - share),
    ])
    .areas(area);
    let mut rows = company_rows(app, view, p.seat);
    rows.extend(match &view.own {
        Own::OpenAi { .. } => openai_rows(app, view),
        Own::Oracle { .. } => oracle_rows(app, view),
        Own::Utility { .. } => utility_rows(app, view),
        Own::WhiteHouse { .. } => whitehouse_rows(app, view),
    });
    let block = pane(app, app.t("tui-pane-books"), p.pane == 0);
    let width = block.inner(left).width as usize;
    let mut lines = default_lines(app, session.in_default(p.seat));
    lines.extend(super::books::lines(app, &session.shown(), p.seat, width));
    lines.push(Line::styled(app.t("tui-books-figures"), app.theme.title));
    for (k, v) in rows {
        lines.push(figure_line(k, v, width, app.theme.dim, app.theme.base));
    }
    let statements = Wrapped::new(lines).block(block).trim(false);
    let scroll = scrolled(app, &statements, left, p, 0);
    frame.render_widget(statements.scroll((scroll, 0)), left);
    hit(app, left, Action::FocusPane(0));
    let objective = Wrapped::new(objective_lines(app, session, p.seat))
        .block(pane(app, app.t("tui-pane-objective"), p.pane == 1))
        .trim(true);
    let scroll = scrolled(app, &objective, right, p, 1);
    frame.render_widget(objective.scroll((scroll, 0)), right);
    hit(app, right, Action::FocusPane(1));
}

/// How far pane `pane` of a play tab (the books, the orders' preview) is scrolled (`clamped`).
fn scrolled(app: &App, text: &Wrapped, area: Rect, p: &PlayState, pane: usize) -> u16 {
    clamped(app, text, area, p.pane == pane, p.scroll)
}

/// How far a pane is scrolled: none unless focused, and never past its last line (the focused
/// pane tells the app how far it can go).
fn clamped(app: &App, text: &Wrapped, area: Rect, focused: bool, scroll: u16) -> u16 {
    if !focused {
        return 0;
    }
    let room = text.scroll_room(area);
    app.scroll_room.set(room);
    scroll.min(room)
}

/// The books' figures of the seat's listed company: statements' totals, credit and value.
fn company_rows(app: &App, view: &SeatView, seat: Seat) -> Vec<(String, String)> {
    let bn = |v: f64| super::usd_bn(v, 1);
    let mut rows: Vec<(String, String)> = Vec::new();
    let company = match seat {
        Seat::OpenAi => Some(CompanyId::OpenAi),
        Seat::Oracle => Some(CompanyId::Oracle),
        _ => None,
    };
    if let Some(id) = company {
        let c = view.company(id);
        rows.push((app.t("tui-revenue-q"), bn(c.revenue_q_bn)));
        rows.push((app.t("tui-fcf-q"), bn(c.free_cash_flow_q_bn)));
        rows.push((app.t("tui-cash"), bn(c.cash_bn)));
        rows.push((app.t("tui-debt"), bn(c.debt_bn)));
        rows.push((app.t("tui-off-balance-known"), bn(c.off_balance_known_bn)));
        rows.push((app.t("tui-credit-obligations"), bn(c.credit_obligations_bn)));
        if c.credit_build_out_bn.abs() >= 0.05 {
            rows.push((app.t("tui-credit-build-out"), bn(c.credit_build_out_bn)));
        }
        if id.listed() {
            rows.push((
                app.t("tui-share-price"),
                format!("${}", num(c.share_price, 2)),
            ));
        }
        rows.push((app.t("tui-market-cap"), bn(c.market_cap_bn)));
        rows.push((app.t("tui-rating"), c.rating.label().to_string()));
        rows.push((
            app.t("tui-spread-label"),
            app.texts
                .with("tui-spread", &[("bp", Arg::Num(c.spread_bp))]),
        ));
        rows.push((
            app.t("tui-coupon"),
            format!("{}%", num(c.coupon * 100.0, 2)),
        ));
        rows.push((app.t("tui-backlog"), bn(c.backlog_bn)));
    }
    rows
}

/// The books' figures of the OpenAI seat's own position.
fn openai_rows(app: &App, view: &SeatView) -> Vec<(String, String)> {
    let bn = |v: f64| super::usd_bn(v, 1);
    let Own::OpenAi {
        compute_gw,
        chips_on_order_gw,
        vendor_financed_gw,
        adoption,
        revenue_run_rate_bn,
        commitments_yr_bn,
        contracted_gw,
        demand_to_compute,
        ..
    } = &view.own
    else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    rows.push((app.t("tui-compute"), format!("{} GW", num(*compute_gw, 2))));
    rows.push((
        app.t("tui-contracted"),
        format!("{} GW", num(*contracted_gw, 2)),
    ));
    rows.push((
        app.t("tui-chips-on-order"),
        format!("{} GW", num(*chips_on_order_gw, 2)),
    ));
    rows.push((
        app.t("tui-vendor-financed"),
        format!("{} GW", num(*vendor_financed_gw, 2)),
    ));
    rows.push((
        app.t("tui-adoption"),
        format!("{}%", num(adoption * 100.0, 1)),
    ));
    rows.push((
        app.t("tui-demand-to-compute"),
        demand_cover(app, *demand_to_compute),
    ));
    rows.push((app.t("tui-revenue-yr"), bn(*revenue_run_rate_bn)));
    rows.push((app.t("tui-commitments"), bn(*commitments_yr_bn)));
    rows
}

/// Paying demand over inference compute, with what it means: demand unserved or compute idle
/// ("—" before the first quarter has measured it).
fn demand_cover(app: &App, ratio: f64) -> String {
    if ratio <= 0.0 {
        return "—".into();
    }
    let (key, share) = if ratio >= 1.0 {
        ("tui-demand-unserved", 1.0 - 1.0 / ratio)
    } else {
        ("tui-compute-idle", 1.0 - ratio)
    };
    let meaning = app
        .texts
        .with(key, &[("share", Arg::Num((share * 100.0).round()))]);
    format!("{}× · {meaning}", num(ratio, 2))
}

/// The books' figures of the Oracle seat's own position.
fn oracle_rows(app: &App, view: &SeatView) -> Vec<(String, String)> {
    let bn = |v: f64| super::usd_bn(v, 1);
    let Own::Oracle {
        off_balance_bn,
        spv_pot_bn,
        online_gw,
        contracted_gw,
        building_mw,
        waiting_mw,
        onsite_mw,
        ride_through_mw,
        revolver_bn,
    } = &view.own
    else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    rows.push((app.t("tui-off-balance-true"), bn(*off_balance_bn)));
    rows.push((app.t("tui-spv-pot"), bn(*spv_pot_bn)));
    rows.push((app.t("tui-revolver"), bn(*revolver_bn)));
    rows.push((app.t("tui-online"), format!("{} GW", num(*online_gw, 2))));
    rows.push((
        app.t("tui-contracted"),
        format!("{} GW", num(*contracted_gw, 2)),
    ));
    rows.push((
        app.t("tui-building"),
        format!("{} MW", num(*building_mw, 0)),
    ));
    rows.push((app.t("tui-waiting"), format!("{} MW", num(*waiting_mw, 0))));
    rows.push((app.t("tui-onsite"), format!("{} MW", num(*onsite_mw, 0))));
    rows.push((
        app.t("tui-ride-through"),
        format!("{} MW", num(*ride_through_mw, 0)),
    ));
    rows
}

/// The books' figures of the utility seat's own position.
fn utility_rows(app: &App, view: &SeatView) -> Vec<(String, String)> {
    let bn = |v: f64| super::usd_bn(v, 1);
    let Own::Utility {
        cash_bn,
        debt_bn,
        ffo_to_debt,
        spread_bp,
        base_rate_factor,
        cost_index,
    } = &view.own
    else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    rows.push((app.t("tui-cash"), bn(*cash_bn)));
    rows.push((app.t("tui-debt"), bn(*debt_bn)));
    rows.push((
        app.t("tui-ffo"),
        format!("{}%", num(ffo_to_debt * 100.0, 1)),
    ));
    rows.push((
        app.t("tui-spread-label"),
        app.texts
            .with("tui-spread", &[("bp", Arg::Num(*spread_bp))]),
    ));
    rows.push((
        app.t("tui-base-rate"),
        format!("×{}", num(*base_rate_factor, 3)),
    ));
    rows.push((app.t("tui-cost-index"), format!("×{}", num(*cost_index, 3))));
    rows.push((
        app.t("tui-national-cents"),
        format!("{}¢", num(view.politics.national_residential_cents, 2)),
    ));
    rows
}

/// The books' figures of the White House seat's own position.
fn whitehouse_rows(app: &App, view: &SeatView) -> Vec<(String, String)> {
    let bn = |v: f64| super::usd_bn(v, 1);
    let Own::WhiteHouse {
        budget_quarter_bn,
        budget_cost_bn,
        tariff_revenue_bn,
        loan_guarantees_bn,
        deficit_quarter_bn,
        debt_bn,
        yield_premium_bp,
    } = &view.own
    else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    rows.push((app.t("tui-budget-quarter"), bn(*budget_quarter_bn)));
    rows.push((app.t("tui-budget-total"), bn(*budget_cost_bn)));
    rows.push((app.t("tui-tariff-revenue"), bn(*tariff_revenue_bn)));
    rows.push((app.t("tui-deficit-quarter"), bn(*deficit_quarter_bn)));
    rows.push((app.t("tui-programme-debt"), bn(*debt_bn)));
    rows.push((
        app.t("tui-yield-premium"),
        format!("{}bp", num(*yield_premium_bp, 0)),
    ));
    rows.push((app.t("tui-guarantees"), bn(*loan_guarantees_bn)));
    rows.push((
        app.t("tui-jobs"),
        format!(
            "{}k",
            num(view.politics.jobs_k - view.politics.jobs_start_k, 0)
        ),
    ));
    rows.push((
        app.t("tui-approval"),
        format!("{}%", num(view.politics.approval * 100.0, 1)),
    ));
    rows.push((
        app.t("tui-elections"),
        format!(
            "{} / {}",
            view.politics.elections_won, view.politics.elections_lost
        ),
    ));
    rows
}

/// The seat's objective with each part's value, target and points.
fn objective_lines(app: &App, session: &Session, seat: Seat) -> Vec<Line<'static>> {
    let s = score(&session.shown(), seat);
    let mut lines = vec![
        Line::styled(
            app.t(&format!("tui-objective-{}", seat.id())),
            app.theme.accent,
        ),
        Line::raw(""),
    ];
    if session.in_default(seat).is_some() {
        lines.push(Line::styled(app.t("default-objective"), app.theme.bad));
        lines.push(Line::raw(""));
    }
    lines.extend([
        Line::from(vec![
            Span::styled(format!("{} ", app.t("tui-score")), app.theme.dim),
            Span::styled(
                format!("{}/100 ", app.texts.seat_points(&s, 1)),
                app.theme.title,
            ),
            Span::styled(change(s.change, 1), app.theme.trend(s.change, true)),
        ]),
        Line::raw(""),
    ]);
    for part in &s.parts {
        lines.push(Line::from(vec![met(
            app,
            part.met,
            app.texts.score_part(part),
        )]));
        if part.key == crate::engine::score::DEFAULTED {
            lines.push(Line::styled(
                app.texts.with(
                    "tui-part-defaulted",
                    &[("max", Arg::Text(num(part.max_points, 0)))],
                ),
                app.theme.bad,
            ));
            continue;
        }
        lines.push(Line::styled(
            app.texts.with(
                "tui-part-detail",
                &[
                    (
                        "value",
                        Arg::Text(app.texts.part_value(part, part.value, 2)),
                    ),
                    ("target", Arg::Text(app.texts.part_target(part, 2))),
                    ("points", Arg::Text(app.texts.part_points(part, 1))),
                    ("max", Arg::Text(num(part.max_points, 0))),
                ],
            ),
            app.theme.dim,
        ));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.t("tui-score-final-note"), app.theme.dim));
    lines
}

/// "Oracle is in default since 2027 Q1: …" in the alarm colour, for the top of a pane.
pub fn default_lines(app: &App, default: Option<orders::InDefault>) -> Vec<Line<'static>> {
    default
        .map(|d| {
            vec![Line::styled(
                format!("✗ {}", app.texts.in_default("default-refused", &d)),
                app.theme.bad.add_modifier(Modifier::BOLD),
            )]
        })
        .unwrap_or_default()
}

/// A label and a value, the value right-aligned at `width`; long labels are cut.
fn figure_line(
    label: String,
    value: String,
    width: usize,
    label_style: ratatui::style::Style,
    value_style: ratatui::style::Style,
) -> Line<'static> {
    let value_w = crate::i18n::width(&value);
    let room = width.saturating_sub(value_w + 1);
    let label = if crate::i18n::width(&label) > room {
        let mut cut: String = String::new();
        for c in label.chars() {
            if crate::i18n::width(&cut) + crate::i18n::width(&c.to_string()) + 1 > room {
                break;
            }
            cut.push(c);
        }
        format!("{cut}…")
    } else {
        label
    };
    let gap = width.saturating_sub(crate::i18n::width(&label) + value_w);
    Line::from(vec![
        Span::styled(label, label_style),
        Span::raw(" ".repeat(gap)),
        Span::styled(value, value_style),
    ])
}

// -------------------------------------------------------------------------------------------
// News

fn news(frame: &mut Frame, app: &App, area: Rect, session: &Session, p: &PlayState) {
    let [list, items] =
        Layout::horizontal([Constraint::Length(22), Constraint::Min(20)]).areas(area);
    let block = pane(app, app.t("tui-pane-quarters"), p.pane == 0);
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let turns = session.turns();
    if turns.is_empty() {
        frame.render_widget(
            Wrapped::new(app.t("tui-news-none"))
                .style(app.theme.dim)
                .trim(true),
            inner,
        );
    }
    let visible = inner.height as usize;
    let offset = p.news_back.saturating_sub(visible.saturating_sub(1));
    for (i, back) in (0..turns.len()).skip(offset).take(visible).enumerate() {
        let t = &turns[turns.len() - 1 - back];
        let alerts = t
            .report
            .news
            .iter()
            .filter(|n| {
                n.severity == Severity::Alert
                    && (n.private_to.is_none() || n.private_to == Some(p.seat))
            })
            .count();
        let sel = back == p.news_back;
        let flag = if alerts > 0 {
            format!(" ‼{alerts}")
        } else {
            String::new()
        };
        let stars = if t.report.events.is_empty() {
            String::new()
        } else {
            format!(" ★{}", t.report.events.len())
        };
        let rect = Rect::new(inner.x, inner.y + i as u16, inner.width, 1);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(
                    "{}{}{stars}{flag}",
                    if sel { "▶ " } else { "  " },
                    t.report.date
                ),
                if sel {
                    app.theme.selected
                } else {
                    app.theme.base
                },
            )),
            rect,
        );
        hit(app, rect, Action::SelectRow(back));
    }
    news_box(
        frame,
        app,
        items,
        &session.shown(),
        p.seat,
        p.news_back,
        p.pane == 1,
        p.scroll,
    );
    hit(app, items, Action::FocusPane(1));
}

// -------------------------------------------------------------------------------------------
// Hand-over and waiting

pub fn hand_over(frame: &mut Frame, app: &App, area: Rect, seat: Seat) {
    let rect = centered(area, 64, 11);
    let date = app
        .session
        .as_ref()
        .map(|s| s.game.world.date.to_string())
        .unwrap_or_default();
    let lines = vec![
        Line::raw(""),
        Line::styled(
            app.texts.with(
                "tui-handover",
                &[
                    ("seat", Arg::Text(seat_name(app, seat))),
                    ("key", Arg::Text(app.keys.short(Command::Confirm))),
                ],
            ),
            app.theme.title,
        ),
        Line::raw(""),
        Line::styled(
            app.texts
                .with("tui-handover-date", &[("date", Arg::Text(date))]),
            app.theme.base,
        ),
        Line::raw(""),
        Line::styled(app.t("tui-handover-hidden"), app.theme.dim),
    ];
    frame.render_widget(
        Wrapped::new(lines)
            .alignment(Alignment::Center)
            .trim(true)
            .block(pane(app, app.t("tui-handover-title"), true)),
        rect,
    );
    hit(app, rect, Action::Cmd(Command::Confirm));
}

pub fn waiting(frame: &mut Frame, app: &App, area: Rect, seat: Seat) {
    let rect = centered(area, 60, 7);
    frame.render_widget(
        Wrapped::new(vec![
            Line::raw(""),
            Line::styled(
                app.texts.with(
                    "tui-waiting-others",
                    &[("seat", Arg::Text(seat_name(app, seat)))],
                ),
                app.theme.title,
            ),
        ])
        .alignment(Alignment::Center)
        .trim(true)
        .block(pane(app, app.t("tui-waiting-title"), true)),
        rect,
    );
}

/// The bots' progress while they decide the quarter off the interface's thread.
pub fn thinking(frame: &mut Frame, app: &App, area: Rect) {
    let rect = centered(area, 64, 7);
    let line = app.thinking.as_ref().map_or_else(String::new, |t| {
        let level = t.bot().map_or("", |b| b.level.id());
        app.texts.with(
            "tui-thinking",
            &[
                ("seat", Arg::Text(seat_name(app, t.seat))),
                ("level", Arg::Text(app.t(&format!("tui-level-{level}")))),
                ("done", Arg::Num(f64::from(t.done.min(t.budget())))),
                ("budget", Arg::Num(f64::from(t.budget()))),
            ],
        )
    });
    frame.render_widget(
        Wrapped::new(vec![Line::raw(""), Line::styled(line, app.theme.title)])
            .alignment(Alignment::Center)
            .trim(true)
            .block(pane(app, app.t("tui-thinking-title"), true)),
        rect,
    );
}

#[cfg(test)]
mod tests {
    use super::part_goal;
    use crate::engine::report::{Direction, PartUnit, ScorePart};
    use crate::i18n::{Lang, Texts};

    fn part(value: f64, target: f64, unit: PartUnit) -> ScorePart {
        ScorePart {
            key: "score-index".into(),
            value,
            target,
            points: 0.0,
            max_points: 20.0,
            met: value >= target,
            direction: Direction::AtLeast,
            pass: None,
            unit,
        }
    }

    #[test]
    fn a_part_not_met_never_reads_as_its_goal() {
        let texts = Texts::new(Lang::En);
        assert_eq!(
            part_goal(&texts, &part(1.06, 1.1, PartUnit::Figure)),
            "1.06 ≥1.10"
        );
        assert_eq!(
            part_goal(&texts, &part(1.3, 1.1, PartUnit::Figure)),
            "1.3 ≥1.1"
        );
        assert_eq!(
            part_goal(&texts, &part(0.4496, 0.45, PartUnit::Share)),
            "44.96% ≥45.00%"
        );
        assert_eq!(
            part_goal(&texts, &part(0.47, 0.45, PartUnit::Share)),
            "47.0% ≥45.0%"
        );
    }
}
