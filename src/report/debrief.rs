//! The debrief's content, built from a replayed save: who played, the scores, the quarters, the
//! decisions, the events, the deals the market did not see, and what moved the outcome.

use super::attribution;
use super::doc::{Chart, Doc, Item, Series, Table};
use super::intents::{self, IntentOutcome};
use super::story::{self, Story, Teller};
use crate::engine::ledger::{Account, Flow};
use crate::engine::orders::Inject;
use crate::engine::report::{Arg, Severity, TurnReport};
use crate::engine::{CompanyId, Params, Seat, World};
use crate::game::SeatRole;
use crate::i18n::{Texts, format_number};
use crate::save::diff::{FieldChange, seat_changes};
use crate::save::{FacilitatorAction, Replay, format_utc};

pub fn build(replay: &Replay, t: &Texts) -> Doc {
    let params = &replay.game.scenario.params;
    let explained = story::explain_replay(replay);
    let b = Builder {
        replay,
        t,
        params,
        story: Story::build(params, &explained),
        intents: intents::outcomes(&replay.save.intent_entries(), &explained, params),
    };
    let mut doc = Doc {
        lang: t.lang().code().to_string(),
        ..Doc::default()
    };
    b.overview(&mut doc);
    b.scores(&mut doc);
    b.story(&mut doc);
    b.intents(&mut doc);
    b.reasons(&mut doc);
    b.charts(&mut doc);
    b.quarters(&mut doc);
    b.decisions(&mut doc);
    b.events(&mut doc);
    b.hidden_deals(&mut doc);
    b.what_moved(&mut doc);
    b.facilitator(&mut doc);
    doc
}

struct Builder<'a> {
    replay: &'a Replay,
    t: &'a Texts,
    params: &'a Params,
    story: Story,
    intents: Vec<IntentOutcome>,
}

fn num(value: f64, digits: usize) -> String {
    format_number(value, digits)
}

/// Digits that suit the size of a number.
fn auto_digits(value: f64) -> usize {
    match value.abs() {
        v if v >= 100.0 => 0,
        v if v >= 10.0 => 1,
        _ => 2,
    }
}

fn signed(value: f64) -> String {
    let text = num(value, 1);
    if value > 0.05 {
        format!("+{text}")
    } else {
        text
    }
}

impl Builder<'_> {
    fn get(&self, key: &str) -> String {
        self.t.get(key)
    }

    fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.t.with(key, args)
    }

    fn text(value: impl Into<String>) -> Arg {
        Arg::Text(value.into())
    }

    fn seat(&self, seat: Seat) -> String {
        self.get(&format!("seat-{}", seat.id()))
    }

    fn company(&self, id: CompanyId) -> String {
        self.t.get_or(&format!("company-{}", id.id()), id.title())
    }

    fn region(&self, r: usize) -> String {
        self.params
            .regions
            .get(r)
            .map_or_else(|| "?".into(), |p| self.t.region(&p.id, &p.name))
    }

    fn reports(&self) -> impl Iterator<Item = &TurnReport> {
        self.replay.game.turns.iter().map(|t| &t.report)
    }

    fn date(&self, turn: usize) -> String {
        self.replay
            .turn(turn)
            .map(|t| t.report.date)
            .unwrap_or_else(|| self.params.scenario.start.plus(turn as u32))
            .to_string()
    }

    fn role(&self, role: &SeatRole) -> String {
        match role {
            SeatRole::Human => self.get("report-role-human"),
            SeatRole::Bot { personality, level } => self.with(
                "report-role-bot",
                &[
                    ("personality", Self::text(personality.clone())),
                    ("level", Self::text(level.clone())),
                ],
            ),
            SeatRole::Script { source } => self.with(
                "report-role-script",
                &[("source", Self::text(source.clone()))],
            ),
        }
    }

    fn overview(&self, doc: &mut Doc) {
        let save = &self.replay.save;
        let s = &self.params.scenario;
        doc.title = self.with(
            "report-title",
            &[
                ("scenario", Self::text(s.name.clone())),
                ("seed", Self::text(save.seed.to_string())),
            ],
        );
        doc.heading(1, doc.title.clone());
        let played = self.replay.len();
        let source = if save.scenario.text.is_some() {
            self.get("report-source-embedded")
        } else {
            self.get("report-source-builtin")
        };
        doc.paragraph(self.with(
            "report-overview",
            &[
                ("id", Self::text(s.id.clone())),
                ("source", Self::text(source)),
                ("played", Arg::Num(played as f64)),
                ("total", Arg::Num(f64::from(s.turns))),
                ("from", Self::text(s.start.to_string())),
                (
                    "to",
                    Self::text(s.start.plus((played.max(1) - 1) as u32).to_string()),
                ),
            ],
        ));
        doc.paragraph(self.with(
            "report-saved",
            &[
                ("app", Self::text(save.app_version.clone())),
                ("when", Self::text(format_utc(save.saved_at))),
                ("now", Self::text(crate::save::APP_VERSION)),
            ],
        ));
        if let Some(fork) = &save.forked_from {
            doc.paragraph(self.with(
                "report-forked",
                &[
                    ("from", Self::text(fork.from.clone())),
                    ("turn", Arg::Num(f64::from(fork.turn))),
                ],
            ));
        }
        let mut seats = Table::new(
            vec![self.get("report-col-seat"), self.get("report-col-held-by")],
            2,
        );
        for seat in Seat::ALL {
            seats.row(vec![self.seat(seat), self.role(save.seats.get(seat))]);
        }
        doc.table(seats);
    }

    fn scores(&self, doc: &mut Doc) {
        let Some(last) = self.replay.game.turns.last() else {
            return;
        };
        let r = &last.report;
        doc.heading(2, self.get("report-scores"));
        doc.paragraph(self.with(
            "report-scores-after",
            &[("date", Self::text(r.date.to_string()))],
        ));
        let mut table = Table::new(
            vec![
                self.get("report-col-seat"),
                self.get("report-col-score"),
                self.get("report-col-objective"),
            ],
            1,
        );
        for s in &r.scores.seats {
            let met = if s.objective_met {
                "report-objective-met"
            } else {
                "report-objective-not-met"
            };
            table.row(vec![self.seat(s.seat), num(s.score, 1), self.get(met)]);
        }
        table.numeric[2] = false;
        table.row(vec![
            self.get("report-welfare"),
            num(r.scores.public_welfare.score, 1),
            String::new(),
        ]);
        doc.table(table);
        self.defaults(doc);
        for s in &r.scores.seats {
            doc.heading(
                3,
                self.with(
                    "report-breakdown",
                    &[("seat", Self::text(self.seat(s.seat)))],
                ),
            );
            doc.table(self.parts(&s.parts));
        }
        doc.heading(3, self.get("report-welfare"));
        doc.paragraph(self.get("report-welfare-note"));
        doc.table(self.parts(&r.scores.public_welfare.parts));
    }

    /// Every default of the game, with what the creditors lost.
    fn defaults(&self, doc: &mut Doc) {
        for r in self.reports() {
            for d in crate::engine::view::defaults_in(r) {
                doc.paragraph(self.with(
                    "report-default",
                    &[
                        ("company", Self::text(self.company(d.company))),
                        ("date", Self::text(r.date.to_string())),
                        ("lost", Arg::Num(d.creditor_loss_bn)),
                    ],
                ));
            }
        }
    }

    fn parts(&self, parts: &[crate::engine::report::ScorePart]) -> Table {
        let mut table = Table::new(
            vec![
                self.get("report-col-part"),
                self.get("report-col-value"),
                self.get("report-col-target"),
                self.get("report-col-points"),
                self.get("report-col-met"),
            ],
            1,
        );
        table.numeric[4] = false;
        for p in parts {
            // The default line's value is its quarter, named in the part itself.
            let (value, target) = if p.key == crate::engine::score::DEFAULTED {
                (String::new(), String::new())
            } else {
                (
                    self.t.part_value(p, p.value, auto_digits(p.value)),
                    self.t.part_target(p, 2),
                )
            };
            table.row(vec![
                self.t.score_part(p),
                value,
                target,
                format!("{} / {}", self.t.part_points(p, 1), num(p.max_points, 0)),
                self.get(if p.met { "report-yes" } else { "report-no" }),
            ]);
        }
        table
    }

    fn charts(&self, doc: &mut Doc) {
        if self.replay.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-charts"));
        let x_labels: Vec<String> = self.reports().map(|r| r.date.to_string()).collect();
        let chart = |title: &str, unit: &str, series: Vec<Series>| Chart {
            title: self.get(title),
            unit: self.get(unit),
            x_labels: x_labels.clone(),
            series,
            log_scale: false,
        };
        doc.chart(chart(
            "report-chart-index",
            "report-unit-index",
            vec![self.series(self.get("report-chart-index"), &|r| r.market.index)],
        ));
        doc.chart(chart(
            "report-chart-bills",
            "report-unit-month",
            self.region_series(&|r| r.bill_month),
        ));
        doc.chart(chart(
            "report-chart-reserve",
            "report-unit-percent",
            self.region_series(&|r| r.reserve_margin * 100.0),
        ));
        let mut approval = vec![self.series(self.get("report-national"), &|r| {
            r.politics.approval * 100.0
        })];
        approval.extend(self.region_series(&|r| r.approval * 100.0));
        doc.chart(chart(
            "report-chart-approval",
            "report-unit-percent",
            approval,
        ));
        doc.chart(chart(
            "report-chart-budget",
            "report-unit-bn",
            vec![
                self.series(self.get("report-deficit"), &|r| {
                    r.politics.budget.deficit_bn
                }),
                self.series(self.get("report-debt"), &|r| r.politics.debt_bn),
            ],
        ));
        doc.chart(spread_chart(
            chart(
                "report-chart-spreads",
                "report-unit-bp",
                self.spread_series(),
            ),
            &self.get("report-log-scale"),
        ));
        doc.chart(chart(
            "report-chart-scores",
            "report-unit-points",
            self.score_series(),
        ));
    }

    /// One chart line: a value read from every quarter's report.
    fn series(&self, name: String, f: &dyn Fn(&TurnReport) -> f64) -> Series {
        Series {
            name,
            values: self.reports().map(f).collect(),
        }
    }

    /// A line per region, with gaps where a quarter's report has no such region.
    fn region_series(
        &self,
        f: &dyn Fn(&crate::engine::report::RegionReport) -> f64,
    ) -> Vec<Series> {
        (0..self.params.regions.len())
            .map(|i| {
                self.series(self.region(i), &|r: &TurnReport| {
                    r.regions.get(i).map_or(f64::NAN, f)
                })
            })
            .collect()
    }

    /// Each company's credit spread, quarter by quarter.
    fn spread_series(&self) -> Vec<Series> {
        CompanyId::ALL
            .iter()
            .map(|id| {
                self.series(self.company(*id), &|r: &TurnReport| {
                    r.company(*id).map_or(f64::NAN, |c| c.spread_bp)
                })
            })
            .collect()
    }

    /// Each seat's score, then public welfare's.
    fn score_series(&self) -> Vec<Series> {
        let mut scores: Vec<Series> = Seat::ALL
            .iter()
            .map(|seat| {
                self.series(self.seat(*seat), &|r: &TurnReport| {
                    r.scores.seat(*seat).map_or(f64::NAN, |s| s.score)
                })
            })
            .collect();
        scores.push(self.series(self.get("report-welfare"), &|r| {
            r.scores.public_welfare.score
        }));
        scores
    }

    fn quarters(&self, doc: &mut Doc) {
        if self.replay.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-quarters"));
        let ids: Vec<String> = self.params.regions.iter().map(|r| r.id.clone()).collect();
        let regions = Self::text(ids.join(" / "));
        let mut table = Table::new(
            vec![
                self.get("report-col-quarter"),
                self.get("report-col-index"),
                self.get("report-col-approval"),
                self.get("report-col-cents"),
                self.with("report-col-bills", &[("regions", regions.clone())]),
                self.with("report-col-reserve", &[("regions", regions)]),
                self.get("report-col-blackouts"),
                self.get("report-col-oracle-price"),
                self.get("report-col-oracle-spread"),
                self.get("report-col-compute"),
                self.get("report-col-revenue"),
                self.get("report-col-circular"),
                self.get("report-col-events"),
            ],
            1,
        );
        table.numeric[12] = false;
        for r in self.reports() {
            let per_region = |f: &dyn Fn(&crate::engine::report::RegionReport) -> String| {
                r.regions.iter().map(f).collect::<Vec<_>>().join(" / ")
            };
            let oracle = r.company(CompanyId::Oracle);
            table.row(vec![
                r.date.to_string(),
                num(r.market.index, 1),
                num(r.politics.approval * 100.0, 1),
                num(crate::save::summary::national_cents(r, self.params), 1),
                per_region(&|x| match x.bill_change_y {
                    Some(y) => format!("{} ({:+.0}%)", num(x.bill_month, 0), y * 100.0),
                    None => num(x.bill_month, 0),
                }),
                per_region(&|x| num(x.reserve_margin * 100.0, 0)),
                format!("{} / {}", r.loss_events(), r.blackouts()),
                oracle.map_or_else(String::new, |c| num(c.share_price, 1)),
                oracle.map_or_else(String::new, |c| num(c.spread_bp, 0)),
                num(r.market.openai_compute_gw, 1),
                num(r.market.ai_revenue_bn_yr, 0),
                num(r.market.circular_share * 100.0, 1),
                r.events
                    .iter()
                    .map(|e| e.id.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            ]);
        }
        doc.table(table);
    }

    fn change_text(&self, changes: &[FieldChange]) -> String {
        self.teller().changes(changes)
    }

    fn inject_text(&self, inject: &Inject) -> String {
        match inject {
            Inject::Card { id } => {
                self.with("report-inject-card", &[("id", Self::text(id.clone()))])
            }
            Inject::Custom { card } => self.with(
                "report-inject-custom",
                &[("headline", Self::text(card.headline.clone()))],
            ),
        }
    }

    fn decisions(&self, doc: &mut Doc) {
        if self.replay.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-decisions"));
        doc.paragraph(self.get("report-decisions-note"));
        for (i, turn) in self.replay.game.turns.iter().enumerate() {
            let Some(before) = self.replay.world(i).map(|w| &w.last_orders) else {
                continue;
            };
            doc.heading(3, turn.report.date.to_string());
            let mut items = Vec::new();
            for seat in Seat::ALL {
                let changes = seat_changes(seat, before, &turn.orders, self.params);
                if !changes.is_empty() {
                    items.push(Item::led(self.seat(seat), self.change_text(&changes)));
                }
            }
            if !turn.orders.injects.is_empty() {
                let injects: Vec<String> = turn
                    .orders
                    .injects
                    .iter()
                    .map(|x| self.inject_text(x))
                    .collect();
                items.push(Item::led(self.get("report-injects"), injects.join("; ")));
            }
            if items.is_empty() {
                doc.paragraph(self.get("report-no-changes"));
            }
            doc.list(items);
        }
    }

    fn events(&self, doc: &mut Doc) {
        if self.replay.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-events"));
        for r in self.reports() {
            let mut items: Vec<Item> = r
                .events
                .iter()
                .map(|e| {
                    let headline = self.t.msg(&e.headline);
                    let mut text = self.t.msg(&e.explanation);
                    if e.injected {
                        text = format!("{text} {}", self.get("report-injected"));
                    }
                    Item::led(headline, text.trim().to_string())
                })
                .collect();
            let turn = self
                .replay
                .game
                .turns
                .iter()
                .position(|x| std::ptr::eq(&x.report, r));
            items.extend(
                r.news
                    .iter()
                    .filter(|n| n.private_to.is_none() && n.severity == Severity::Alert)
                    .map(|n| {
                        let text = self.t.msg(&n.msg);
                        match turn.and_then(|t| self.story.consequence(t, &n.msg)) {
                            Some(c) => Item::plain(format!("{text} {}", self.teller().because(c))),
                            None => Item::plain(text),
                        }
                    }),
            );
            // A crash is told by no news item: the story names it here.
            items.extend(
                self.story
                    .consequences
                    .iter()
                    .filter(|c| c.msg.is_none() && Some(c.turn) == turn)
                    .map(|c| Item::led(self.teller().what(c), self.teller().because(c))),
            );
            doc.heading(3, r.date.to_string());
            if items.is_empty() {
                doc.paragraph(self.get("report-no-events"));
            }
            doc.list(items);
        }
    }

    /// The sum of a ledger flow over the game, optionally between two accounts.
    fn flow_total(&self, flow: Flow, from: Option<Account>, to: Option<Account>) -> f64 {
        self.reports()
            .flat_map(|r| &r.transfers)
            .filter(|x| {
                x.flow == flow && from.is_none_or(|a| x.from == a) && to.is_none_or(|a| x.to == a)
            })
            .map(|x| x.amount_bn)
            .sum()
    }

    fn hidden_deals(&self, doc: &mut Doc) {
        let Some(end) = self.replay.world(self.replay.len()) else {
            return;
        };
        if self.replay.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-hidden"));
        doc.paragraph(self.get("report-hidden-note"));
        self.spv_deals(doc, end);
        self.off_balance_gaps(doc);
        self.vendor_deals(doc, end);
        self.compute_contracts(doc, end);
        self.money_flows(doc);
    }

    /// The SPVs signed: who leases what, for how long, and what the tenant paid.
    fn spv_deals(&self, doc: &mut Doc, end: &World) {
        let date = |turn: u32| self.params.scenario.start.plus(turn).to_string();
        let oracle = Account::Company(CompanyId::Oracle);
        let hyperscalers = Account::Company(CompanyId::Hyperscalers);
        doc.heading(3, self.get("report-spvs"));
        let deals: Vec<&crate::engine::state::Spv> =
            end.spvs.iter().filter(|s| !s.legacy).collect();
        if deals.is_empty() {
            doc.paragraph(self.get("report-no-spvs"));
        } else {
            let mut table = Table::new(
                vec![
                    self.get("report-col-signed"),
                    self.get("report-col-owner"),
                    self.get("report-col-amount"),
                    self.get("report-col-partner"),
                    self.get("report-col-lease-year"),
                    self.get("report-col-lease-term"),
                    self.get("report-col-ends"),
                    self.get("report-col-on-books"),
                ],
                2,
            );
            table.numeric[6] = false;
            table.numeric[7] = false;
            for s in deals {
                let quarters = s.end_turn.saturating_sub(s.signed_turn);
                table.row(vec![
                    date(s.signed_turn),
                    self.company(s.owner),
                    num(s.amount_bn, 1),
                    format!("{}%", num(s.partner_share * 100.0, 0)),
                    num(s.lease_q_bn * 4.0, 2),
                    num(s.lease_q_bn * f64::from(quarters), 1),
                    date(s.end_turn),
                    self.get(if s.voided { "report-yes" } else { "report-no" }),
                ]);
            }
            doc.table(table);
        }
        doc.paragraph(self.with(
            "report-spv-leases",
            &[
                (
                    "paid",
                    Arg::Num(self.flow_total(Flow::SpvLease, Some(oracle), None)),
                ),
                (
                    "hyper",
                    Arg::Num(self.flow_total(Flow::SpvFunding, None, Some(hyperscalers))),
                ),
            ],
        ));
    }

    /// Each company's obligations off its balance sheet, and the most the market did not know of.
    fn off_balance_gaps(&self, doc: &mut Doc) {
        doc.heading(3, self.get("report-off-balance"));
        let mut table = Table::new(
            vec![
                self.get("report-col-company"),
                self.get("report-col-true"),
                self.get("report-col-known"),
                self.get("report-col-hidden-peak"),
                self.get("report-col-when"),
            ],
            1,
        );
        table.numeric[4] = false;
        for id in CompanyId::ALL {
            let Some(last) = self
                .replay
                .game
                .turns
                .last()
                .and_then(|t| t.report.company(id))
            else {
                continue;
            };
            let (gap, when) = self
                .reports()
                .filter_map(|r| {
                    r.company(id)
                        .map(|c| (c.off_balance_bn - c.off_balance_known_bn, r.date))
                })
                .fold(
                    (0.0, None),
                    |(g, w), (x, d)| {
                        if x > g { (x, Some(d)) } else { (g, w) }
                    },
                );
            table.row(vec![
                self.company(id),
                num(last.off_balance_bn, 1),
                num(last.off_balance_known_bn, 1),
                num(gap, 1),
                when.map(|d| d.to_string()).unwrap_or_default(),
            ]);
        }
        doc.table(table);
    }

    /// Nvidia's vendor financing: its rounds, the chips they paid for, and circular revenue's peak share.
    fn vendor_deals(&self, doc: &mut Doc, end: &World) {
        let date = |turn: u32| self.params.scenario.start.plus(turn).to_string();
        let openai = Account::Company(CompanyId::OpenAi);
        let nvidia = Account::Company(CompanyId::Nvidia);
        doc.heading(3, self.get("report-vendor"));
        if end.vendor_deals.is_empty() {
            doc.paragraph(self.get("report-no-vendor"));
        } else {
            let mut table = Table::new(
                vec![
                    self.get("report-col-quarter"),
                    self.get("report-col-invested"),
                    self.get("report-col-chips"),
                ],
                1,
            );
            for d in &end.vendor_deals {
                table.row(vec![date(d.turn), num(d.amount_bn, 1), num(d.chips_gw, 2)]);
            }
            doc.table(table);
        }
        let (peak, peak_date) = self
            .reports()
            .map(|r| (r.market.circular_share, r.date))
            .fold(
                (0.0, None),
                |(p, w), (x, d)| {
                    if x > p { (x, Some(d)) } else { (p, w) }
                },
            );
        let last_share = self
            .reports()
            .last()
            .map_or(0.0, |r| r.market.circular_share);
        doc.paragraph(self.with(
            "report-vendor-summary",
            &[
                (
                    "invested",
                    Arg::Num(end.vendor_deals.iter().map(|d| d.amount_bn).sum()),
                ),
                ("rounds", Arg::Num(end.vendor_deals.len() as f64)),
                (
                    "paid",
                    Arg::Num(self.flow_total(Flow::ChipSale, Some(openai), Some(nvidia))),
                ),
                ("peak", Arg::Num(peak * 100.0)),
                (
                    "when",
                    Self::text(peak_date.map(|d| d.to_string()).unwrap_or_default()),
                ),
                ("final", Arg::Num(last_share * 100.0)),
            ],
        ));
    }

    /// The OpenAI-Oracle contracts: terms, status, what they were worth and what was paid.
    fn compute_contracts(&self, doc: &mut Doc, end: &World) {
        let date = |turn: u32| self.params.scenario.start.plus(turn).to_string();
        let oracle = Account::Company(CompanyId::Oracle);
        let openai = Account::Company(CompanyId::OpenAi);
        doc.heading(3, self.get("report-contracts"));
        if end.contracts.is_empty() {
            doc.paragraph(self.get("report-no-contracts"));
        } else {
            let mut table = Table::new(
                vec![
                    self.get("report-col-signed"),
                    self.get("report-col-gw"),
                    self.get("report-col-price"),
                    self.get("report-col-years"),
                    self.get("report-col-take-or-pay"),
                    self.get("report-col-ends"),
                    self.get("report-col-status"),
                ],
                1,
            );
            table.numeric[5] = false;
            table.numeric[6] = false;
            for c in &end.contracts {
                let years = f64::from(c.end_turn.saturating_sub(c.start_turn)) / 4.0;
                let status = if c.defaulted {
                    "report-status-defaulted"
                } else if c.end_turn <= end.turn || c.remaining_bn() <= 0.0 {
                    "report-status-ended"
                } else {
                    "report-status-live"
                };
                table.row(vec![
                    date(c.signed_turn),
                    num(c.gw, 2),
                    num(c.price_bn_per_gw_yr, 1),
                    num(years, 0),
                    num(c.value_bn(), 0),
                    date(c.end_turn),
                    self.get(status),
                ]);
            }
            doc.table(table);
        }
        let committed: f64 = end.contracts.iter().map(|c| c.value_bn()).sum();
        doc.paragraph(self.with(
            "report-contracts-summary",
            &[
                ("total", Arg::Num(committed)),
                (
                    "paid",
                    Arg::Num(self.flow_total(Flow::ComputeLease, Some(openai), Some(oracle))),
                ),
            ],
        ));
    }

    /// The game's largest flows of money between accounts.
    fn money_flows(&self, doc: &mut Doc) {
        doc.heading(3, self.get("report-money"));
        doc.paragraph(self.get("report-money-note"));
        let mut flows: Vec<(Flow, Account, Account, f64)> = Vec::new();
        for x in self.reports().flat_map(|r| &r.transfers) {
            match flows
                .iter_mut()
                .find(|(f, a, b, _)| *f == x.flow && *a == x.from && *b == x.to)
            {
                Some(entry) => entry.3 += x.amount_bn,
                None => flows.push((x.flow, x.from, x.to, x.amount_bn)),
            }
        }
        flows.sort_by(|a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
        let mut table = Table::new(
            vec![
                self.get("report-col-flow"),
                self.get("report-col-from"),
                self.get("report-col-to"),
                self.get("report-col-amount"),
            ],
            3,
        );
        for (flow, from, to, amount) in flows.iter().take(20) {
            table.row(vec![
                self.get(&format!("flow-{}", flow_id(*flow))),
                self.account(*from),
                self.account(*to),
                num(*amount, 1),
            ]);
        }
        doc.table(table);
    }

    fn account(&self, account: Account) -> String {
        match account {
            Account::Company(id) => self.company(id),
            other => self.get(&format!("account-{}", other.label().replace('_', "-"))),
        }
    }

    fn what_moved(&self, doc: &mut Doc) {
        if self.replay.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-moved"));
        doc.paragraph(self.get("report-moved-note"));

        doc.heading(3, self.get("report-swings"));
        let mut header = vec![self.get("report-col-quarter")];
        header.extend(Seat::ALL.iter().map(|s| self.seat(*s)));
        header.push(self.get("report-col-welfare"));
        header.push(self.get("report-col-events"));
        header.push(self.get("report-col-changed"));
        let mut table = Table::new(header, 1);
        table.numeric[6] = false;
        table.numeric[7] = false;
        for swing in attribution::swings(self.replay).iter().take(5) {
            let turn = &self.replay.game.turns[swing.turn];
            let before = self.replay.world(swing.turn).map(|w| w.last_orders.clone());
            let changed: Vec<String> = Seat::ALL
                .iter()
                .filter_map(|seat| {
                    let n = before.as_ref().map_or(0, |b| {
                        seat_changes(*seat, b, &turn.orders, self.params).len()
                    });
                    (n > 0).then(|| format!("{} {n}", self.seat(*seat)))
                })
                .collect();
            let mut row = vec![turn.report.date.to_string()];
            row.extend(swing.seats.iter().map(|v| signed(*v)));
            row.push(signed(swing.welfare));
            row.push(
                turn.report
                    .events
                    .iter()
                    .map(|e| e.id.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            row.push(changed.join(", "));
            table.row(row);
        }
        doc.table(table);

        doc.heading(3, self.get("report-effects"));
        doc.paragraph(self.get("report-effects-note"));
        let credits: Vec<&story::Credit> = self
            .story
            .credits
            .iter()
            .take(story::DECISIONS_LISTED)
            .collect();
        if credits.is_empty() {
            doc.paragraph(self.get("report-no-effects"));
            return;
        }
        let mut header = vec![
            self.get("report-col-quarter"),
            self.get("report-col-seat"),
            self.get("report-col-decision"),
        ];
        header.extend(Seat::ALL.iter().map(|s| self.seat(*s)));
        header.push(self.get("report-col-welfare"));
        let mut table = Table::new(header, 3);
        for c in credits {
            let mut row = vec![
                c.date.to_string(),
                self.seat(c.seat),
                self.change_text(&c.changes),
            ];
            row.extend(c.scores.iter().map(|v| signed(*v)));
            row.push(signed(c.welfare));
            table.row(row);
        }
        doc.table(table);
    }

    fn teller(&self) -> Teller<'_> {
        Teller {
            t: self.t,
            params: self.params,
        }
    }

    /// The narrative of the game, from the attribution of every quarter.
    fn story(&self, doc: &mut Doc) {
        let Some(last) = self.replay.game.turns.last() else {
            return;
        };
        doc.heading(2, self.get("report-story"));
        for paragraph in story::narrative(&self.story, &self.teller(), &last.report) {
            doc.paragraph(paragraph);
        }
    }

    /// Seat by seat, each quarter's intent beside what happened and why.
    fn intents(&self, doc: &mut Doc) {
        if self.intents.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-intents"));
        doc.paragraph(self.get("report-intents-note"));
        for seat in Seat::ALL {
            let mine: Vec<&IntentOutcome> =
                self.intents.iter().filter(|o| o.seat == seat).collect();
            if mine.is_empty() {
                continue;
            }
            doc.heading(3, self.seat(seat));
            doc.table(intents_table(self.t, self.params, &mine));
        }
    }

    /// Seat by seat, every bot move's one-line reason (saves from before reasons have none).
    fn reasons(&self, doc: &mut Doc) {
        let entries = self.replay.save.reason_entries();
        if entries.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-reasons"));
        doc.paragraph(self.get("report-reasons-note"));
        for seat in Seat::ALL {
            let items: Vec<Item> = entries
                .iter()
                .filter(|e| e.seat == seat)
                .map(|e| {
                    let line = super::reasons::line(self.t, self.params, seat, &e.reason);
                    Item::led(self.date(e.turn as usize), line)
                })
                .collect();
            if !items.is_empty() {
                doc.heading(3, self.seat(seat));
                doc.list(items);
            }
        }
    }

    fn facilitator(&self, doc: &mut Doc) {
        let entries = self.replay.save.facilitator_entries();
        if entries.is_empty() {
            return;
        }
        doc.heading(2, self.get("report-facilitator"));
        let items = entries
            .iter()
            .map(|e| {
                let text = match &e.action {
                    FacilitatorAction::Override {
                        pointer,
                        value,
                        reason,
                    } => self.with(
                        "report-override",
                        &[
                            ("pointer", Self::text(pointer.clone())),
                            ("value", Self::text(value.to_string())),
                            ("reason", Self::text(reason.clone())),
                        ],
                    ),
                    FacilitatorAction::Rewound {
                        reason, intents, ..
                    } => {
                        let mut text =
                            self.with("report-rewound", &[("reason", Self::text(reason.clone()))]);
                        for said in intents {
                            let args = [
                                ("seat", Self::text(self.seat(said.seat))),
                                ("text", Self::text(said.intent.text.clone())),
                            ];
                            text.push_str("; ");
                            text.push_str(&self.with("report-rewound-intent", &args));
                        }
                        text
                    }
                    FacilitatorAction::Note { text } => text.clone(),
                };
                Item::led(self.date(e.turn as usize), text)
            })
            .collect();
        doc.list(items);
    }
}

/// One row per intent: the quarter, what was said, what happened and why.
pub fn intents_table(t: &Texts, params: &Params, outcomes: &[&IntentOutcome]) -> Table {
    let header = [
        "report-col-quarter",
        "report-col-intent",
        "report-col-happened",
        "report-col-why",
    ]
    .map(|k| t.get(k))
    .to_vec();
    let teller = Teller { t, params };
    let mut table = Table::new(header, 4);
    for o in outcomes {
        table.row(vec![
            o.date.to_string(),
            intents::said(t, params, o),
            intents::happened(t, params, o),
            intents::why(&teller, o),
        ]);
    }
    table
}

/// Spreads run from tens of basis points to thousands for a company near default: past a
/// twentyfold range the chart goes to a log axis and says so in its unit.
fn spread_chart(mut chart: Chart, log_note: &str) -> Chart {
    let positive = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .filter(|v| v.is_finite() && *v > 0.0);
    let (lo, hi) = positive.fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo.is_finite() && hi / lo > 20.0 {
        chart.log_scale = true;
        chart.unit = format!("{}, {log_note}", chart.unit);
    }
    chart
}

/// The ledger's name for a flow (as in its serde form), for `flow-*` message keys.
pub fn flow_id(flow: Flow) -> String {
    serde_json::to_value(flow)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_else(|| "other".into())
}
