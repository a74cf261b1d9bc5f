//! What a quarter did (turn results) and how the game ended.

use super::newgame::{pad, pad_left};
use super::play::{Reader, quarter_news};
use super::wrap::Wrapped;
use super::{change, change_span, charts, hit, met, num, pane, why};
use crate::engine::Seat;
use crate::engine::params::RegionParams;
use crate::engine::report::{Arg, FaultOutcome, TurnReport};
use crate::game::Turn;
use crate::report::story;
use crate::tui::app::{Action, App};
use crate::tui::session::Session;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Row, Table};

fn section<'a>(app: &App, key: &str) -> Line<'a> {
    Line::styled(format!("■ {}", app.t(key)), app.theme.title)
}

/// The quarter's account, subsystem by subsystem, as the session's players may read it.
pub fn report_lines(
    app: &App,
    session: &Session,
    turn: &Turn,
    previous: Option<&TurnReport>,
) -> Vec<Line<'static>> {
    // Private news only when one team holds the keyboard: in hot-seat everyone is watching.
    let private_for = match (session.table, session.humans.as_slice()) {
        (crate::tui::session::Table::Remote { seat }, _) => Some(seat),
        (_, [only]) => Some(*only),
        _ => None,
    };
    report_lines_for(
        app,
        &session.game.world.params,
        turn,
        previous,
        Reader::Seat(private_for),
    )
}

/// The account of any quarter (also a replayed one), with the news `reader` may read.
pub fn report_lines_for(
    app: &App,
    params: &crate::engine::Params,
    turn: &Turn,
    previous: Option<&TurnReport>,
    reader: Reader,
) -> Vec<Line<'static>> {
    let r = &turn.report;
    // Region names line up: padded to the longest.
    let name_width = super::region_names_width(app, params);
    let mut lines = default_lines(app, r);
    lines.extend(event_lines(app, r));
    lines.push(section(app, "tui-results-grid"));
    for (i, rr) in r.regions.iter().enumerate() {
        lines.extend(region_grid_lines(app, params, i, rr, name_width));
        lines.extend(fault_lines(app, rr));
    }
    lines.push(Line::raw(""));
    lines.extend(household_lines(
        app,
        params,
        r,
        previous.is_some(),
        name_width,
    ));
    lines.extend(market_lines(app, r, previous));
    lines.extend(politics_lines(app, params, r, previous));
    lines.extend(supply_lines(app, r));
    lines.push(section(app, "tui-results-news"));
    // Events were listed above.
    lines.extend(quarter_news(app, r, reader, false));
    lines
}

/// A default is the quarter's biggest news: first, in the alarm colour.
fn default_lines(app: &App, r: &TurnReport) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for d in crate::engine::view::defaults_in(r) {
        lines.push(Line::styled(
            format!(
                "‼ {}",
                app.texts.with(
                    "default-this-quarter",
                    &[
                        (
                            "company",
                            Arg::Text(app.t(&format!("company-{}", d.company.id())))
                        ),
                        ("lost", Arg::Num(d.creditor_loss_bn)),
                    ],
                )
            ),
            app.theme.bad.add_modifier(Modifier::BOLD),
        ));
        lines.push(Line::raw(""));
    }
    lines
}

/// The quarter's events with their explanations; nothing in a quarter without any.
fn event_lines(app: &App, r: &TurnReport) -> Vec<Line<'static>> {
    if r.events.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![section(app, "tui-results-events")];
    for e in &r.events {
        lines.push(Line::from(vec![
            Span::styled("★ ", app.theme.warn),
            Span::styled(
                app.texts.msg(&e.headline),
                app.theme.base.add_modifier(Modifier::BOLD),
            ),
        ]));
        lines.push(Line::styled(
            format!("  {}", app.texts.msg(&e.explanation)),
            app.theme.dim,
        ));
    }
    lines.push(Line::raw(""));
    lines
}

/// Each region's household bill, its changes, and the rest of what households pay.
fn household_lines(
    app: &App,
    params: &crate::engine::Params,
    r: &TurnReport,
    after_a_played_quarter: bool,
    name_width: usize,
) -> Vec<Line<'static>> {
    let mut lines = vec![section(app, "tui-results-households")];
    for (i, rr) in r.regions.iter().enumerate() {
        let name = params
            .regions
            .get(i)
            .map_or_else(|| rr.id.clone(), |p| app.texts.region(&p.id, &p.name));
        lines.push(bill_line(
            app,
            &name,
            rr,
            after_a_played_quarter,
            name_width,
        ));
    }
    lines.push(Line::raw(""));
    lines
}

/// The bill with the engine's changes on last quarter and on a year ago. The first quarter
/// shows no change on last quarter: the quarter before the game is an estimate the player never
/// saw, while the opening dashboard showed an estimate of this quarter, and setting the played
/// bill against the first read as a change against the second.
fn bill_line(
    app: &App,
    name: &str,
    rr: &crate::engine::report::RegionReport,
    after_a_played_quarter: bool,
    name_width: usize,
) -> Line<'static> {
    let mut spans = vec![
        Span::raw(format!("{} ", pad(name, name_width))),
        Span::raw(app.texts.with(
            "tui-results-bill",
            &[("bill", Arg::Text(num(rr.bill_month, 0)))],
        )),
    ];
    // The change on last quarter, then on the same quarter a year earlier (seasons cancel
    // out there), both from the region's bill history.
    let quarter = rr
        .bill_change_q
        .filter(|_| after_a_played_quarter)
        .map(|q| ("tui-results-bill-quarter", q));
    let year = rr.bill_change_y.map(|y| ("tui-results-bill-year", y));
    for (key, share) in quarter.into_iter().chain(year) {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            app.texts
                .with(key, &[("change", Arg::Text(super::pct_change(share)))]),
            app.theme.trend(share, false),
        ));
    }
    spans.push(Span::raw(format!(
        " · {}",
        app.texts.with(
            "tui-results-bill-rest",
            &[
                ("cents", Arg::Text(num(rr.residential_cents, 1))),
                ("arrears", Arg::Text(num(rr.arrears_share * 100.0, 1))),
            ],
        )
    )));
    Line::from(spans)
}

/// The market index, then each company's price, rating and spread.
fn market_lines(app: &App, r: &TurnReport, previous: Option<&TurnReport>) -> Vec<Line<'static>> {
    let mut lines = vec![section(app, "tui-results-markets")];
    let prev_index = previous.map_or(100.0, |p| p.market.index);
    let d_index = r.market.index - prev_index;
    // Each change sits beside the figure it belongs to.
    lines.push(Line::from(vec![
        Span::raw(app.texts.with(
            "tui-results-index",
            &[("index", Arg::Text(num(r.market.index, 1)))],
        )),
        change_span(app, d_index),
        Span::raw(format!(
            " · {}",
            app.texts.with(
                "tui-results-market-rest",
                &[
                    ("bubble", Arg::Text(num(r.market.bubble_gauge, 1))),
                    ("revenue", Arg::Text(num(r.market.ai_revenue_bn_yr, 0))),
                ],
            )
        )),
    ]));
    for c in &r.companies {
        lines.push(company_line(app, c, previous.and_then(|p| p.company(c.id))));
    }
    lines.push(Line::raw(""));
    lines
}

/// `before` is the company as it stood last quarter, if there was a last quarter.
fn company_line(
    app: &App,
    c: &crate::engine::report::CompanyReport,
    before: Option<&crate::engine::report::CompanyReport>,
) -> Line<'static> {
    let price_delta = before.map_or(0.0, |b| c.share_price - b.share_price);
    let rating_change = match before {
        Some(b) if b.rating != c.rating => {
            format!(" ({} → {})", b.rating.label(), c.rating.label())
        }
        _ => String::new(),
    };
    let name = app.t(&format!("tui-company-short-{}", c.id.id()));
    let price = super::company_price(app, c.id, (c.share_price, c.market_cap_bn), c.insolvent);
    Line::from(vec![
        Span::raw(format!("  {} ", pad(&name, 11))),
        Span::raw(pad_left(&price, 10)),
        Span::styled(
            format!(
                " {}",
                // The first quarter has no earlier quarter's price to compare with.
                pad(
                    &if c.id.listed() && before.is_some() {
                        change(price_delta, 1)
                    } else {
                        String::new()
                    },
                    7
                )
            ),
            app.theme.trend(price_delta, true),
        ),
        Span::raw(format!(
            " {}{rating_change}  {}",
            pad(c.rating.label(), 4),
            app.texts
                .with("tui-spread", &[("bp", Arg::Num(c.spread_bp))])
        )),
    ])
}

/// Approval and jobs with their changes, then any election's result.
fn politics_lines(
    app: &App,
    params: &crate::engine::Params,
    r: &TurnReport,
    previous: Option<&TurnReport>,
) -> Vec<Line<'static>> {
    let mut lines = vec![section(app, "tui-results-politics")];
    let pol = &r.politics;
    let mut politics = vec![
        Span::raw(app.texts.with(
            "tui-results-approval",
            &[("approval", Arg::Text(num(pol.approval * 100.0, 1)))],
        )),
        Span::styled(
            format!(" {}", change(pol.approval_change * 100.0, 1)),
            app.theme.trend(pol.approval_change, true),
        ),
        Span::raw(format!(
            " · {}",
            app.texts.with(
                "tui-results-jobs",
                &[("jobs", Arg::Text(num(pol.jobs_k, 0)))]
            )
        )),
    ];
    if let Some(p) = previous {
        let d_jobs = pol.jobs_k - p.politics.jobs_k;
        politics.push(change_span(app, d_jobs));
    }
    lines.push(Line::from(politics));
    if let Some(pull) = &pol.approval_pull {
        lines.push(approval_pull_line(app, pull, params.politics.reversion));
    }
    if let Some(e) = &pol.election {
        lines.push(Line::styled(
            app.texts.with(
                if e.won {
                    "tui-results-election-won"
                } else {
                    "tui-results-election-lost"
                },
                &[
                    ("seats", Arg::Num(f64::from(e.seats_won))),
                    ("total", Arg::Num(f64::from(e.seats_total))),
                    ("needed", Arg::Num(f64::from(e.needed))),
                ],
            ),
            if e.won { app.theme.good } else { app.theme.bad },
        ));
    }
    lines.push(Line::raw(""));
    lines
}

/// Smallest part of the approval target shown, points: smaller ones round to nothing.
const PULL_SHOWN_POINTS: f64 = 0.05;

/// Where approval heads and what sets it, so its drift has a cause on screen.
fn approval_pull_line(
    app: &App,
    pull: &crate::engine::report::ApprovalPull,
    reversion: f64,
) -> Line<'static> {
    let mut parts = vec![app.texts.with(
        "tui-pull-anchor",
        &[("value", Arg::Text(num(pull.anchor, 1)))],
    )];
    for (key, value) in [
        ("tui-pull-bills", pull.bills),
        ("tui-pull-prices", pull.prices),
        ("tui-pull-wealth", pull.wealth),
        ("tui-pull-jobs", pull.jobs),
        ("tui-pull-relief", pull.relief),
        ("tui-pull-deficit", pull.deficit),
    ] {
        if value.abs() >= PULL_SHOWN_POINTS {
            parts.push(
                app.texts
                    .with(key, &[("change", Arg::Text(change(value, 1)))]),
            );
        }
    }
    Line::styled(
        app.texts.with(
            "tui-results-approval-pull",
            &[
                ("target", Arg::Text(num(pull.target(), 1))),
                ("share", Arg::Text(num(reversion * 100.0, 0))),
                ("parts", Arg::Text(parts.join(" · "))),
            ],
        ),
        app.theme.dim,
    )
}

/// What was completed and delivered this quarter.
fn supply_lines(app: &App, r: &TurnReport) -> Vec<Line<'static>> {
    let s = &r.supply;
    vec![
        section(app, "tui-results-supply"),
        Line::raw(app.texts.with(
            "tui-results-completed",
            &[
                ("dc", Arg::Text(num(s.dc_completed_mw, 0))),
                ("generation", Arg::Text(num(s.generation_completed_mw, 0))),
                (
                    "transmission",
                    Arg::Text(num(s.transmission_completed_bn, 1)),
                ),
                ("chips", Arg::Text(num(s.chips_delivered_gw, 2))),
            ],
        )),
        Line::raw(""),
    ]
}

/// A region's grid line on the results: reserve, prices, any rolling outages, and demand
/// response called.
fn region_grid_lines(
    app: &App,
    params: &crate::engine::Params,
    i: usize,
    rr: &crate::engine::report::RegionReport,
    name_width: usize,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let name = params
        .regions
        .get(i)
        .map_or_else(|| rr.id.clone(), |p| app.texts.region(&p.id, &p.name));
    let target = params.regions.get(i).map_or(0.0, |p| p.reserve_target);
    let short = rr.reserve_margin < target;
    let has_capacity_market = params
        .regions
        .get(i)
        .is_some_and(|p| p.market == crate::engine::params::MarketDesign::Capacity);
    let mut spans = vec![
        Span::raw(format!("{} ", pad(&name, name_width))),
        Span::styled(
            app.texts.with(
                "tui-results-reserve",
                &[
                    ("margin", Arg::Text(num(rr.reserve_margin * 100.0, 1))),
                    ("target", Arg::Text(num(target * 100.0, 0))),
                ],
            ),
            if short { app.theme.bad } else { app.theme.base },
        ),
        Span::raw(if short { " ⚠ " } else { "  " }),
        Span::raw(prices_text(app, rr, has_capacity_market)),
        Span::raw(gas_text(
            app,
            rr,
            params.regions.get(i).map(|p| p.gas_price),
        )),
    ];
    if rr.had_rolling_outages() {
        let households_k = params
            .regions
            .get(i)
            .map_or(0.0, RegionParams::households_k);
        spans.push(outage_span(app, rr, households_k));
    }
    lines.push(Line::from(spans));
    if rr.dr_curtailed_mwh > 0.0 || rr.dr_payment_bn > 0.0 {
        lines.push(demand_response_line(app, rr, name_width));
    }
    lines
}

/// The region's prices; the capacity price only where there is a capacity market.
fn prices_text(
    app: &App,
    rr: &crate::engine::report::RegionReport,
    has_capacity_market: bool,
) -> String {
    if has_capacity_market {
        app.texts.with(
            "tui-results-prices",
            &[
                ("energy", Arg::Text(num(rr.energy_price, 0))),
                ("zone", Arg::Text(num(rr.zone_price, 0))),
                ("capacity", Arg::Text(num(rr.capacity_price, 0))),
            ],
        )
    } else {
        app.texts.with(
            "tui-results-prices-energy-only",
            &[
                ("energy", Arg::Text(num(rr.energy_price, 0))),
                ("zone", Arg::Text(num(rr.zone_price, 0))),
            ],
        )
    }
}

/// The gas the quarter's plants burned, and the scenario's price where a card moved it this
/// quarter: a spike lasts its quarter, so the next quarter's energy price falls back with it.
fn gas_text(app: &App, rr: &crate::engine::report::RegionReport, normal: Option<f64>) -> String {
    let gas = ("gas", Arg::Text(num(rr.gas_price, 2)));
    match normal {
        Some(normal) if super::differ_in_cents(rr.gas_price, normal) => app.texts.with(
            "tui-results-gas-moved",
            &[gas, ("normal", Arg::Text(num(normal, 2)))],
        ),
        _ => app.texts.with("tui-results-gas", &[gas]),
    }
}

/// The energy unserved by rolling outages and the households they cut off.
fn outage_span(
    app: &App,
    rr: &crate::engine::report::RegionReport,
    households_k: f64,
) -> Span<'static> {
    Span::styled(
        format!(
            "  {}",
            app.texts.with(
                "tui-results-unserved",
                &[
                    ("gwh", Arg::Text(num(rr.unserved_mwh / 1000.0, 1))),
                    (
                        "households",
                        Arg::Text(num(rr.shed_households_k(households_k), 0))
                    ),
                ]
            )
        ),
        app.theme.bad,
    )
}

/// Demand response called, indented under the region's name.
fn demand_response_line(
    app: &App,
    rr: &crate::engine::report::RegionReport,
    name_width: usize,
) -> Line<'static> {
    Line::from(Span::styled(
        format!(
            "{}{}",
            " ".repeat(name_width + 1),
            app.texts.with(
                "tui-results-dr",
                &[
                    ("gwh", Arg::Text(num(rr.dr_curtailed_mwh / 1000.0, 1))),
                    ("hours", Arg::Text(rr.scarcity_hours.to_string())),
                    ("paid", Arg::Text(num(rr.dr_payment_bn * 1000.0, 0))),
                ],
            )
        ),
        app.theme.dim,
    ))
}

/// A region's faults on the results: absorbed ones summed in one line, the others one each.
fn fault_lines(app: &App, rr: &crate::engine::report::RegionReport) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    // Absorbed faults are routine: one line for all of them.
    let absorbed: Vec<&crate::engine::report::FaultReport> = rr
        .faults
        .iter()
        .filter(|f| f.outcome == FaultOutcome::Absorbed)
        .collect();
    if !absorbed.is_empty() {
        let low = absorbed
            .iter()
            .map(|f| f.lost_mw)
            .fold(f64::INFINITY, f64::min);
        let high = absorbed.iter().map(|f| f.lost_mw).fold(0.0, f64::max);
        lines.push(Line::styled(
            format!(
                "    · {}",
                app.texts.with(
                    "tui-fault-absorbed-summary",
                    &[
                        ("count", Arg::Num(absorbed.len() as f64)),
                        ("low", Arg::Text(num(low, 0))),
                        ("high", Arg::Text(num(high, 0))),
                        ("tolerable", Arg::Text(num(absorbed[0].tolerable_mw, 0))),
                        (
                            "events",
                            Arg::Num(absorbed.iter().filter(|f| f.loss_event).count() as f64),
                        ),
                    ],
                )
            ),
            app.theme.dim,
        ));
    }
    for f in rr
        .faults
        .iter()
        .filter(|f| f.outcome != FaultOutcome::Absorbed)
    {
        let (key, style) = match f.outcome {
            FaultOutcome::Absorbed => ("tui-fault-absorbed", app.theme.dim),
            FaultOutcome::LoadShed => ("tui-fault-shed", app.theme.warn),
            FaultOutcome::Cascade => ("tui-fault-cascade", app.theme.bad),
        };
        lines.push(Line::styled(
            format!(
                "    {} {}",
                if f.outcome == FaultOutcome::Absorbed {
                    "·"
                } else {
                    "‼"
                },
                app.texts.with(
                    key,
                    &[
                        ("lost", Arg::Text(num(f.lost_mw, 0))),
                        ("tolerable", Arg::Text(num(f.tolerable_mw, 0))),
                        ("nadir", Arg::Text(num(f.nadir_hz, 2))),
                        ("shed", Arg::Text(num(f.shed_mw, 0))),
                        ("households", Arg::Text(num(f.households_k, 0))),
                        ("hours", Arg::Text(num(f.hours, 1))),
                    ],
                )
            ),
            style,
        ));
    }
    lines
}

/// Widths of the scores table's columns before the objective's, and the gaps between them.
const SCORE_COLUMNS: [u16; 4] = [14, 9, 5, 6];

/// `width` is the table's: public welfare's note shows only where it fits whole.
fn scores_table<'a>(
    app: &App,
    session: &Session,
    report: &TurnReport,
    final_: bool,
    width: u16,
) -> Table<'a> {
    let header = Row::new(
        [
            "tui-col-seat",
            "tui-col-held-by",
            "tui-col-score",
            "tui-col-change",
            "tui-col-objective",
        ]
        .map(|k| Cell::from(app.t(k))),
    )
    .style(app.theme.dim.add_modifier(Modifier::BOLD));
    let mut rows: Vec<Row> = report
        .scores
        .seats
        .iter()
        .map(|s| {
            let held = if session.roles[s.seat.index()].is_human() {
                app.t("tui-role-human")
            } else {
                app.t("tui-role-bot")
            };
            let defaulted = s
                .parts
                .iter()
                .find(|p| p.key == crate::engine::score::DEFAULTED);
            let verdict = match defaulted {
                Some(part) => app.texts.score_part(part),
                None => app.t(match (s.objective_met, final_) {
                    (true, true) => "tui-objective-won",
                    (false, true) => "tui-objective-lost",
                    (true, false) => "tui-objective-met",
                    (false, false) => "tui-objective-not-met",
                }),
            };
            Row::new(vec![
                Cell::from(app.t(&format!("seat-{}", s.seat.id()))),
                Cell::from(Span::styled(held, app.theme.dim)),
                Cell::from(num(s.score, 1)),
                Cell::from(Span::styled(
                    change(s.change, 1),
                    app.theme.trend(s.change, true),
                )),
                Cell::from(met(app, s.objective_met, verdict)),
            ])
        })
        .collect();
    let w = &report.scores.public_welfare;
    rows.push(
        Row::new(vec![
            Cell::from(app.t("tui-welfare")),
            Cell::from(Span::styled(app.t("tui-welfare-who"), app.theme.dim)),
            Cell::from(num(w.score, 1)),
            Cell::from(Span::styled(
                change(w.change, 1),
                app.theme.trend(w.change, true),
            )),
            Cell::from(Span::styled(welfare_note(app, width), app.theme.dim)),
        ])
        .style(app.theme.accent),
    );
    Table::new(
        rows,
        [
            Constraint::Length(SCORE_COLUMNS[0]),
            Constraint::Length(SCORE_COLUMNS[1]),
            Constraint::Length(SCORE_COLUMNS[2]),
            Constraint::Length(SCORE_COLUMNS[3]),
            Constraint::Fill(1),
        ],
    )
    .header(header)
}

/// What public welfare weighs, or a dash where the column cannot hold it whole.
fn welfare_note(app: &App, width: u16) -> String {
    let gaps = SCORE_COLUMNS.len() as u16;
    let room = width.saturating_sub(SCORE_COLUMNS.iter().sum::<u16>() + gaps);
    let note = app.t("tui-welfare-note");
    if crate::i18n::width(&note) <= usize::from(room) {
        note
    } else {
        "—".to_string()
    }
}

/// Each score's change and its three largest causes, from the engine's attribution.
fn score_causes<'a>(app: &App, session: &Session) -> Vec<Line<'a>> {
    let Some(attribution) = session.last_attribution() else {
        return Vec::new();
    };
    let mut lines = vec![section(app, "tui-results-why")];
    let keys = Seat::ALL
        .iter()
        .map(|s| {
            (
                format!("score.{}", s.id()),
                app.t(&format!("seat-{}", s.id())),
            )
        })
        .chain(std::iter::once((
            "score.welfare".to_string(),
            app.t("tui-welfare"),
        )));
    for (key, name) in keys {
        let Some(f) = attribution.figure(&key) else {
            continue;
        };
        let mut causes: Vec<(String, f64)> = f
            .causes_by_size()
            .into_iter()
            .map(|(cause, v)| (why::cause_name(app, cause, "tui-why-events-short"), v))
            .chain(std::iter::once((app.t("tui-why-drift-short"), f.drift)))
            .filter(|(_, v)| v.abs() >= 0.05)
            .collect();
        causes.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        let list: Vec<String> = causes
            .iter()
            .take(3)
            .map(|(n, v)| format!("{n} {}", change(*v, 1)))
            .collect();
        let text = if list.is_empty() {
            app.t("tui-results-why-none")
        } else {
            list.join(", ")
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{name} ")),
            Span::styled(change(f.change(), 1), app.theme.trend(f.change(), true)),
            Span::raw(": "),
            Span::styled(text, app.theme.dim),
        ]));
    }
    lines.extend(consequence_causes(app, session, &attribution));
    lines.push(Line::raw(""));
    lines
}

/// The quarter's news of consequence (defaults, downgrades, blackouts, elections, a crash),
/// each with the largest causes of the figure it moved.
fn consequence_causes<'a>(
    app: &App,
    session: &Session,
    attribution: &crate::engine::attribution::Attribution,
) -> Vec<Line<'a>> {
    let turns = session.turns();
    let Some(last) = turns.last() else {
        return Vec::new();
    };
    let previous = turns.len().checked_sub(2).map(|i| &turns[i].report);
    let found =
        story::attributed_consequences(turns.len() - 1, &last.report, previous, attribution);
    consequence_lines(app, &session.game.world.params, &found)
}

/// "▽ Oracle cut to BB+: OpenAI −12, the events −3", one line each.
pub fn consequence_lines<'a>(
    app: &App,
    params: &crate::engine::Params,
    found: &[story::Consequence],
) -> Vec<Line<'a>> {
    let teller = story::Teller {
        t: &app.texts,
        params,
    };
    found
        .iter()
        .map(|c| {
            Line::from(vec![
                Span::styled(
                    format!("{} {}: ", c.kind.mark(), teller.what(c)),
                    app.theme.warn,
                ),
                Span::styled(teller.because(c), app.theme.dim),
            ])
        })
        .collect()
}

pub fn results(frame: &mut Frame, app: &App, area: Rect, scroll: u16, pane_i: usize) {
    let Some(session) = &app.session else {
        return;
    };
    let Some(turn) = session.last_turn() else {
        return;
    };
    let turns = session.turns();
    let previous = turns.len().checked_sub(2).map(|i| &turns[i].report);
    let wide = area.width >= 120;
    let (doc, scores) = if wide {
        let [a, b] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .areas(area);
        (a, b)
    } else {
        let [a, b] = Layout::vertical([Constraint::Min(6), Constraint::Length(8)]).areas(area);
        (a, b)
    };
    let title = app.texts.with(
        "tui-results-title",
        &[("date", Arg::Text(turn.report.date.to_string()))],
    );
    let mut lines = score_causes(app, session);
    lines.extend(report_lines(app, session, turn, previous));
    frame.render_widget(
        Wrapped::new(Text::from(lines))
            .block(pane(app, title, pane_i == 0))
            .trim(false)
            .scroll((if pane_i == 0 { scroll } else { 0 }, 0)),
        doc,
    );
    hit(app, doc, Action::FocusPane(0));
    let block = pane(app, app.t("tui-results-scores"), pane_i == 1);
    if wide {
        let inner = block.inner(scores);
        frame.render_widget(block, scores);
        let [table, bars] =
            Layout::vertical([Constraint::Length(7), Constraint::Min(3)]).areas(inner);
        frame.render_widget(
            scores_table(
                app,
                session,
                &turn.report,
                session.game.is_over(),
                table.width,
            ),
            table,
        );
        if bars.height >= 6 {
            charts::score_bars(frame, app, bars, turn, false);
        }
    } else {
        frame.render_widget(
            scores_table(
                app,
                session,
                &turn.report,
                session.game.is_over(),
                block.inner(scores).width,
            )
            .block(block),
            scores,
        );
    }
    hit(app, scores, Action::FocusPane(1));
}

pub fn game_over(frame: &mut Frame, app: &App, area: Rect, scroll: u16, pane_i: usize) {
    let Some(session) = &app.session else {
        return;
    };
    let Some(turn) = session.last_turn() else {
        return;
    };
    let report = &turn.report;
    let [top, bottom] = Layout::vertical([Constraint::Length(11), Constraint::Min(6)]).areas(area);
    let winners: Vec<String> = report
        .scores
        .seats
        .iter()
        .filter(|s| s.objective_met)
        .map(|s| app.t(&format!("seat-{}", s.seat.id())))
        .collect();
    let headline = if winners.is_empty() {
        app.t("tui-end-nobody")
    } else {
        app.texts.with(
            "tui-end-winners",
            &[("seats", Arg::Text(winners.join(", ")))],
        )
    };
    let best = report
        .scores
        .seats
        .iter()
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .map(|s| s.seat)
        .unwrap_or(Seat::Oracle);
    let block = pane(
        app,
        app.texts.with(
            "tui-end-title",
            &[("date", Arg::Text(report.date.to_string()))],
        ),
        pane_i == 0,
    );
    let inner = block.inner(top);
    frame.render_widget(block, top);
    let [head, table] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(inner);
    frame.render_widget(
        Wrapped::new(vec![
            Line::styled(headline, app.theme.title),
            Line::styled(
                app.texts.with(
                    "tui-end-top-score",
                    &[
                        ("seat", Arg::Text(app.t(&format!("seat-{}", best.id())))),
                        (
                            "welfare",
                            Arg::Text(num(report.scores.public_welfare.score, 1)),
                        ),
                    ],
                ),
                app.theme.dim,
            ),
        ])
        .trim(true),
        head,
    );
    frame.render_widget(scores_table(app, session, report, true, table.width), table);
    hit(app, top, Action::FocusPane(0));
    let [a, b] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(bottom);
    // The story scrolls with the scores' pane; Tab to the charts pane shows bills instead of
    // scores.
    let story = story_lines(app, session, report);
    frame.render_widget(
        Wrapped::new(story)
            .block(pane(app, app.t("tui-end-story"), pane_i == 0))
            .trim(true)
            .scroll((if pane_i == 0 { scroll } else { 0 }, 0)),
        a,
    );
    hit(app, a, Action::FocusPane(0));
    charts::draw(frame, app, b, if pane_i == 1 { 1 } else { 4 }, pane_i == 1);
    hit(app, b, Action::FocusPane(1));
}

/// The game's narrative and the decisions that mattered most, from the session's story.
fn story_lines(app: &App, session: &Session, report: &TurnReport) -> Vec<Line<'static>> {
    use crate::report::story::{self, Teller};
    let story = session.story();
    let teller = Teller {
        t: &app.texts,
        params: &session.game.world.params,
    };
    let mut lines = Vec::new();
    for paragraph in story::narrative(&story, &teller, report) {
        lines.push(Line::raw(paragraph));
        lines.push(Line::raw(""));
    }
    lines.push(section(app, "tui-end-mattered"));
    for c in story.credits.iter().take(story::DECISIONS_LISTED) {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", c.date), app.theme.dim),
            Span::styled(teller.seat(c.seat), app.theme.title),
            Span::raw(format!(": {}", teller.effects(c))),
        ]));
        lines.push(Line::styled(
            format!("  {}", teller.changes(&c.changes)),
            app.theme.dim,
        ));
    }
    lines
}
