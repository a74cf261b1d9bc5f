//! The books a seat reads, as one model that the Books tab and plain mode's `books` both draw:
//! the three statements of the seat's company and of its largest counterparties, this quarter
//! and over the last four, with revenue by customer; the utility's revenue requirement and rate
//! base; the White House's federal budget; and the public figures every seat may read (each
//! company's cash burn, each region's interconnection queue and firm capacity against peak, the
//! rules in force). It holds values and units only: the front-ends set the text.

use super::finance::books::{BalanceSheet, Statements, close_entity};
use super::ids::{CompanyId, Date, Seat};
use super::ledger::{Account, Flow, Transfer};
use super::report::TurnReport;
use super::state::World;
use super::view::{
    LineKind, SeatView, StatementLine, opening_lines, seat_account, statement_lines,
};

/// Not a model parameter: quarters the books' running column adds up, a year, the span a
/// CFO's trailing figures cover.
pub const RUNNING_QUARTERS: usize = 4;
/// Counterparties whose statements a company's books show: the two with the most money moving
/// to and from it. Assumption: past two, the tab runs too long to read.
pub const COUNTERPARTIES: usize = 2;
/// Not a model parameter: customers and cash-flow details below this in both columns are left
/// out, $B, as they show as 0.0 at one decimal.
const MIN_CUSTOMER_BN: f64 = 0.05;

/// How a value reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// $B; section titles say so.
    Bn,
    /// $B a year.
    BnPerYear,
    Mw,
    /// A share, shown as percent.
    Share,
    Bp,
    /// $ per MW-day.
    PerMwDay,
    /// 1 yes, 0 no.
    Flag,
}

/// Whom a line or a section is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    Account(Account),
    /// All SPVs together.
    Spvs,
    /// A region, by its scenario id.
    Region(String),
}

/// One line: an i18n key `books-<key>`, optionally about a subject (a customer, a company, a
/// region), its value this quarter (or at the close, for stocks) and over the running quarters
/// (None for stocks and headings).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: &'static str,
    pub kind: LineKind,
    pub subject: Option<Subject>,
    pub quarter: f64,
    pub running: Option<f64>,
    pub unit: Unit,
}

/// Why a section is in the books.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The seat's own company, utility or budget.
    Own,
    /// A company the seat's company trades most with.
    Counterparty,
    /// What every seat may read.
    Public,
}

/// A titled block: i18n key `books-section-<key>`, about a subject.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub key: &'static str,
    pub role: Role,
    pub subject: Option<Subject>,
    pub entries: Vec<Entry>,
}

/// Everything the Books tab and `books` show a seat.
#[derive(Clone, Debug, PartialEq)]
pub struct SeatBooks {
    pub seat: Seat,
    /// The quarter about to be played.
    pub date: Date,
    /// The quarter the statements closed, None before the first.
    pub closed: Option<Date>,
    /// Quarters in the running column (1 to [`RUNNING_QUARTERS`]).
    pub running_quarters: usize,
    pub sections: Vec<Section>,
}

impl SeatBooks {
    /// The books of `seat` in `world`, with `reports` the quarters played so far, oldest first.
    pub fn new(world: &World, seat: Seat, reports: &[&TurnReport]) -> SeatBooks {
        let window = &reports[reports.len().saturating_sub(RUNNING_QUARTERS)..];
        let view = SeatView::new(world, seat);
        let mut sections = Vec::new();
        if let Some(account) = seat_account(seat) {
            sections.extend(statements_section(world, account, Role::Own, window));
            for other in counterparties(account, window) {
                sections.extend(statements_section(world, other, Role::Counterparty, window));
            }
        }
        match seat {
            Seat::Utility => sections.push(requirement_section(world)),
            Seat::WhiteHouse => sections.push(budget_section(world, window)),
            _ => {}
        }
        sections.push(burn_section(&view, window));
        sections.push(grid_section(&view));
        sections.push(rules_section(&view));
        SeatBooks {
            seat,
            date: world.date,
            closed: window.last().map(|r| r.date),
            running_quarters: window.len().max(1),
            sections,
        }
    }

    /// Every entry with a value, in order.
    pub fn entries(&self) -> impl Iterator<Item = (&Section, &Entry)> {
        self.sections
            .iter()
            .flat_map(|s| s.entries.iter().map(move |e| (s, e)))
            .filter(|(_, e)| e.kind != LineKind::Heading)
    }
}

/// A line with only its value at the close (a stock, or a rule in force).
fn stock(key: &'static str, value: f64, unit: Unit) -> Entry {
    entry(key, LineKind::Item, value, None, unit)
}

fn entry(
    key: &'static str,
    kind: LineKind,
    quarter: f64,
    running: Option<f64>,
    unit: Unit,
) -> Entry {
    Entry {
        key,
        kind,
        subject: None,
        quarter,
        running,
        unit,
    }
}

/// One entity's three statements: this quarter's with the running sums beside them, or the
/// opening balance sheet before any quarter has closed.
fn statements_section(
    world: &World,
    account: Account,
    role: Role,
    window: &[&TurnReport],
) -> Option<Section> {
    let closed: Vec<&Statements> = window
        .iter()
        .filter_map(|r| r.statements(account))
        .collect();
    let entries = match closed.last() {
        Some(last) => running_statements(account, last, &closed, window),
        None => {
            let sheet = world.books.sheet(account);
            if sheet.assets_bn() <= 0.0 {
                return None;
            }
            opening_lines(&sheet)
                .iter()
                .map(|l| entry(l.key, l.kind, l.value, None, Unit::Bn))
                .collect()
        }
    };
    Some(Section {
        key: if closed.is_empty() {
            "opening"
        } else {
            "statements"
        },
        role,
        subject: Some(Subject::Account(account)),
        entries,
    })
}

/// The statements' lines with each flow summed over the window, revenue split by customer
/// and free cash flow added; balance-sheet lines are stocks at the close.
fn running_statements(
    account: Account,
    last: &Statements,
    closed: &[&Statements],
    window: &[&TurnReport],
) -> Vec<Entry> {
    let lines = statement_lines(last);
    let all: Vec<Vec<StatementLine>> = closed.iter().map(|s| statement_lines(s)).collect();
    let balance_from = lines
        .iter()
        .position(|l| l.key == "balance")
        .unwrap_or(lines.len());
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let running = match (l.kind, l.key) {
            (LineKind::Heading, _) => None,
            _ if i >= balance_from => None,
            (_, "opening-cash") => Some(all[0][i].value),
            (_, "closing-cash") => Some(l.value),
            _ => Some(all.iter().map(|ls| ls[i].value).sum()),
        };
        let idle = |v: f64| v.abs() < MIN_CUSTOMER_BN;
        // A detail that did not move in either column says nothing.
        if l.kind == LineKind::Detail
            && i < balance_from
            && idle(l.value)
            && running.is_none_or(idle)
        {
            continue;
        }
        out.push(entry(l.key, l.kind, l.value, running, Unit::Bn));
        if l.key == "revenue" {
            out.extend(revenue_by_customer(account, window));
        }
        if l.key == "closing-cash" {
            let fcf = |s: &Statements| s.cash_flow.free_cash_flow_bn();
            let sum = closed.iter().map(|s| fcf(s)).sum();
            out.push(entry(
                "free-cash-flow",
                LineKind::Total,
                fcf(last),
                Some(sum),
                Unit::Bn,
            ));
        }
    }
    out
}

/// Who paid the entity's revenue, this quarter and over the window: each payer's transfers
/// closed through the entity's own books, so the split adds up to the revenue line.
fn revenue_by_customer(account: Account, window: &[&TurnReport]) -> Vec<Entry> {
    let Some(last) = window.last() else {
        return Vec::new();
    };
    let revenue_from = |transfers: &[Transfer], payer: &Subject| {
        let from: Vec<Transfer> = transfers
            .iter()
            .filter(|t| t.to == account && subject_of(t.from) == *payer)
            .cloned()
            .collect();
        close_entity(account, &BalanceSheet::default(), &from, &[], 0.0)
            .income
            .revenue_bn
    };
    let mut payers: Vec<Subject> = Vec::new();
    for t in window
        .iter()
        .flat_map(|r| &r.transfers)
        .filter(|t| t.to == account)
    {
        let payer = subject_of(t.from);
        if !payers.contains(&payer) {
            payers.push(payer);
        }
    }
    let mut lines: Vec<Entry> = payers
        .into_iter()
        .map(|payer| {
            let quarter = revenue_from(&last.transfers, &payer);
            let running = window
                .iter()
                .map(|r| revenue_from(&r.transfers, &payer))
                .sum();
            Entry {
                subject: Some(payer),
                ..entry(
                    "revenue-from",
                    LineKind::Detail,
                    quarter,
                    Some(running),
                    Unit::Bn,
                )
            }
        })
        .filter(|e| {
            e.quarter.abs() >= MIN_CUSTOMER_BN
                || e.running.is_some_and(|r| r.abs() >= MIN_CUSTOMER_BN)
        })
        .collect();
    lines.sort_by(|a, b| {
        b.running
            .unwrap_or(0.0)
            .total_cmp(&a.running.unwrap_or(0.0))
    });
    lines
}

/// SPVs count as one customer; every other account as itself.
fn subject_of(account: Account) -> Subject {
    match account {
        Account::Spv(_) => Subject::Spvs,
        other => Subject::Account(other),
    }
}

/// The companies and the utility with the most money moving to and from `account` over the
/// window, largest first.
fn counterparties(account: Account, window: &[&TurnReport]) -> Vec<Account> {
    let mut volume: Vec<(Account, f64)> = Vec::new();
    for t in window.iter().flat_map(|r| &r.transfers) {
        let other = match (t.from == account, t.to == account) {
            (true, false) => t.to,
            (false, true) => t.from,
            _ => continue,
        };
        if !matches!(other, Account::Company(_) | Account::Utility) {
            continue;
        }
        match volume.iter_mut().find(|(a, _)| *a == other) {
            Some(v) => v.1 += t.amount_bn.abs(),
            None => volume.push((other, t.amount_bn.abs())),
        }
    }
    volume.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.index().cmp(&b.0.index())));
    volume
        .into_iter()
        .take(COUNTERPARTIES)
        .map(|(a, _)| a)
        .collect()
}

/// The utility's delivery revenue requirement this year and its rate base, region by region.
fn requirement_section(world: &World) -> Section {
    let mut entries = Vec::new();
    for (r, p) in world.params.regions.iter().enumerate() {
        let req = super::retail::requirement(world, r);
        let u = &world.utility;
        let base = u.rate_base_bn.get(r).copied().unwrap_or(0.0);
        let start = u.rate_base_start_bn.get(r).copied().unwrap_or(0.0);
        let rows = [
            ("requirement", LineKind::Total, req.total(), Unit::BnPerYear),
            (
                "requirement-network",
                LineKind::Detail,
                req.network,
                Unit::BnPerYear,
            ),
            (
                "requirement-upgrades",
                LineKind::Detail,
                req.upgrades,
                Unit::BnPerYear,
            ),
            (
                "requirement-plants",
                LineKind::Detail,
                req.plants,
                Unit::BnPerYear,
            ),
            (
                "requirement-large-loads",
                LineKind::Detail,
                req.dc(),
                Unit::BnPerYear,
            ),
            ("rate-base", LineKind::Item, base, Unit::Bn),
            ("rate-base-added", LineKind::Detail, base - start, Unit::Bn),
        ];
        for (key, kind, value, unit) in rows {
            entries.push(Entry {
                subject: Some(Subject::Region(p.id.clone())),
                ..entry(key, kind, value, None, unit)
            });
        }
    }
    Section {
        key: "requirement",
        role: Role::Own,
        subject: Some(Subject::Account(Account::Utility)),
        entries,
    }
}

/// The federal budget of the White House's programmes: what they cost, this quarter and over
/// the window, tariff revenue, guarantees called, the deficit, and the stocks they leave. A
/// budget reads costs and the deficit as positive amounts.
fn budget_section(world: &World, window: &[&TurnReport]) -> Section {
    let mut entries = budget_flows(window);
    let pol = &world.politics;
    entries.extend([
        stock("budget-debt", pol.debt_bn, Unit::Bn),
        stock(
            "budget-guarantees-outstanding",
            world.policy.loan_guarantees_bn,
            Unit::Bn,
        ),
        stock("budget-cost-since-start", pol.budget_cost_bn, Unit::Bn),
        stock(
            "budget-tariffs-since-start",
            pol.tariff_revenue_bn,
            Unit::Bn,
        ),
        stock("budget-yield-premium", pol.yield_premium_bp, Unit::Bp),
        stock(
            "budget-deficit-inflation",
            super::politics::budget::fiscal_inflation(world),
            Unit::Share,
        ),
    ]);
    Section {
        key: "budget",
        role: Role::Own,
        subject: Some(Subject::Account(Account::Government)),
        entries,
    }
}

/// The federal budget's flows: the last quarter and the last four.
fn budget_flows(window: &[&TurnReport]) -> Vec<Entry> {
    let last = window.last();
    let flow = |r: &TurnReport, flow: Flow| -> f64 {
        r.transfers
            .iter()
            .filter(|t| t.from == Account::Government && t.flow == flow)
            .map(|t| t.amount_bn)
            .sum()
    };
    let both = |f: &dyn Fn(&TurnReport) -> f64| -> (f64, Option<f64>) {
        (
            last.map_or(0.0, |r| f(r)),
            Some(window.iter().map(|r| f(r)).sum()),
        )
    };
    let flows: [(&str, LineKind, _); 6] = [
        (
            "budget-subsidies",
            LineKind::Detail,
            both(&|r| flow(r, Flow::Subsidy)),
        ),
        (
            "budget-relief",
            LineKind::Detail,
            both(&|r| flow(r, Flow::Relief)),
        ),
        (
            "budget-cost",
            LineKind::Item,
            both(&|r| r.politics.budget.cost_bn),
        ),
        (
            "budget-guarantees-called",
            LineKind::Detail,
            both(&|r| r.politics.budget.guarantee_calls_bn),
        ),
        (
            "budget-tariff-revenue",
            LineKind::Item,
            both(&|r| r.politics.budget.tariff_revenue_bn),
        ),
        (
            "budget-deficit",
            LineKind::Total,
            both(&|r| r.politics.budget.deficit_bn),
        ),
    ];
    flows
        .into_iter()
        .map(|(key, kind, (q, run))| entry(key, kind, q, run, Unit::Bn))
        .collect()
}

/// Every company's revenue and free cash flow (its cash burn when negative), this quarter and
/// over the window, and the cash and debt it holds.
fn burn_section(view: &SeatView, window: &[&TurnReport]) -> Section {
    let mut entries = Vec::new();
    for c in &view.companies {
        let account = Account::Company(c.id);
        let of = |f: fn(&Statements) -> f64| -> f64 {
            window
                .iter()
                .filter_map(|r| r.statements(account))
                .map(f)
                .sum()
        };
        let running = |f: fn(&Statements) -> f64| (!window.is_empty()).then(|| of(f));
        let rows = [
            (
                "company-revenue",
                c.revenue_q_bn,
                running(|s| s.income.revenue_bn),
            ),
            (
                "company-free-cash-flow",
                c.free_cash_flow_q_bn,
                running(|s| s.cash_flow.free_cash_flow_bn()),
            ),
            ("company-cash", c.cash_bn, None),
            ("company-debt", c.debt_bn, None),
        ];
        for (key, quarter, running) in rows {
            entries.push(Entry {
                subject: Some(Subject::Account(account)),
                ..entry(key, LineKind::Item, quarter, running, Unit::Bn)
            });
        }
    }
    Section {
        key: "burn",
        role: Role::Public,
        subject: None,
        entries,
    }
}

/// Each region's interconnection queue and its firm capacity against peak load.
fn grid_section(view: &SeatView) -> Section {
    let mut entries = Vec::new();
    for r in &view.regions {
        let rows = [
            ("queue", LineKind::Item, r.queue_mw, Unit::Mw),
            ("approved", LineKind::Detail, r.approved_mw, Unit::Mw),
            ("waiting", LineKind::Detail, r.dc_waiting_mw, Unit::Mw),
            (
                "held-ride-through",
                LineKind::Detail,
                r.dc_held_for_ride_through_mw,
                Unit::Mw,
            ),
            ("connected", LineKind::Item, r.dc_connected_mw, Unit::Mw),
            ("hosting", LineKind::Item, r.hosting_capacity_mw, Unit::Mw),
            ("firm", LineKind::Item, r.firm_capacity_mw, Unit::Mw),
            ("peak", LineKind::Item, r.peak_load_mw, Unit::Mw),
            ("reserve", LineKind::Total, r.reserve_margin, Unit::Share),
            (
                "reserve-target",
                LineKind::Detail,
                r.reserve_target,
                Unit::Share,
            ),
        ];
        for (key, kind, value, unit) in rows {
            entries.push(Entry {
                subject: Some(Subject::Region(r.id.clone())),
                ..entry(key, kind, value, None, unit)
            });
        }
    }
    Section {
        key: "grid",
        role: Role::Public,
        subject: None,
        entries,
    }
}

/// The federal and state rules in force.
fn rules_section(view: &SeatView) -> Section {
    let p = &view.policy;
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let mut entries = vec![
        stock("rule-chip-tariff", p.chip_tariff, Unit::Share),
        stock("rule-equipment-tariff", p.equipment_tariff, Unit::Share),
        stock(
            "rule-large-load-share",
            p.effective_large_load_share(view.turn),
            Unit::Share,
        ),
    ];
    if let Some(share) = p.federal_share {
        entries.push(entry(
            "rule-federal-share",
            LineKind::Detail,
            share,
            None,
            Unit::Share,
        ));
    }
    if let Some(floor) = p.congress_share {
        entries.push(entry(
            "rule-congress-share",
            LineKind::Detail,
            floor,
            None,
            Unit::Share,
        ));
    }
    entries.extend([
        stock("rule-min-demand", p.min_demand_charge, Unit::Share),
        stock(
            "rule-ride-through",
            flag(p.ride_through_required),
            Unit::Flag,
        ),
        stock("rule-fast-track", flag(p.fast_track), Unit::Flag),
        stock("rule-capacity-cap", p.capacity_cap, Unit::PerMwDay),
        stock("rule-guarantees", p.loan_guarantees_bn, Unit::Bn),
    ]);
    Section {
        key: "rules",
        role: Role::Public,
        subject: None,
        entries,
    }
}

/// The account whose statements a company id's books are.
pub fn company_subject(id: CompanyId) -> Subject {
    Subject::Account(Account::Company(id))
}
