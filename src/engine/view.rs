//! What a seat may know: everything public, plus its own books. Bots decide from this alone,
//! and remote seats are drawn from it.

use super::finance;
use super::grid::{dc_load_mw, firm_capacity, planning_peak};
use super::ids::{CompanyId, Date, Seat, Tech};
use super::orders::{InDefault, SeatOrders};
use super::params::{ElectionKind, Params, Rating};
use super::state::{Policy, ProjectKind, World};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RegionView {
    pub id: String,
    pub reserve_margin: f64,
    pub reserve_target: f64,
    pub energy_price: f64,
    /// Energy price at the data-center zone, $/MWh.
    #[serde(default)]
    pub zone_price: f64,
    pub capacity_price: f64,
    pub residential_cents: f64,
    pub bill_month: f64,
    /// The bill's change on the same quarter a year earlier.
    pub bill_growth: f64,
    /// The bill's change on the quarter before.
    pub bill_change_q: f64,
    pub arrears_share: f64,
    pub large_load_price: f64,
    pub dc_connected_mw: f64,
    pub dc_waiting_mw: f64,
    /// Of the waiting data centers, those held back for lack of ride-through, MW.
    #[serde(default)]
    pub dc_held_for_ride_through_mw: f64,
    pub queue_mw: f64,
    pub approved_mw: f64,
    pub hosting_capacity_mw: f64,
    pub ride_through_share: f64,
    pub peak_load_mw: f64,
    pub firm_capacity_mw: f64,
    pub gas_price: f64,
    /// Last quarter: faults near data-center clusters, large-load loss events among them, the
    /// data-center load they took off (MW) and the faults that ended in blackouts.
    pub faults: u32,
    pub loss_events: u32,
    pub mw_lost: f64,
    pub blackouts: u32,
    pub approval: f64,
    /// Generation and transmission under construction here, MW and $B.
    pub generation_building_mw: f64,
    pub transmission_building_bn: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompanyView {
    pub id: CompanyId,
    pub revenue_q_bn: f64,
    pub free_cash_flow_q_bn: f64,
    pub cash_bn: f64,
    pub debt_bn: f64,
    /// What the market knows of off-balance-sheet obligations.
    pub off_balance_known_bn: f64,
    /// Everything credit counts against the company: debt, leases, vendor loans and the
    /// build-out and chips it is committed to pay for, less cash held for them.
    #[serde(default)]
    pub credit_obligations_bn: f64,
    /// Of those, the build-out committed and not yet paid for (`credit::build_out_counted`).
    #[serde(default)]
    pub credit_build_out_bn: f64,
    pub market_cap_bn: f64,
    pub share_price: f64,
    pub rating: Rating,
    pub spread_bp: f64,
    pub backlog_bn: f64,
    pub insolvent: bool,
    /// The quarter the company defaulted, if it has.
    #[serde(default)]
    pub default_date: Option<Date>,
    pub coupon: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MarketView {
    pub index: f64,
    pub index_peak: f64,
    pub sentiment: f64,
    pub risk_free: f64,
    pub bubble_gauge: f64,
    pub coverage: f64,
    pub circular_share: f64,
    pub bond_appetite_bn: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PoliticsView {
    pub approval: f64,
    pub approval_history: Vec<f64>,
    pub jobs_k: f64,
    pub jobs_start_k: f64,
    /// Long-run manufacturing jobs the grants paid so far fund, thousands.
    #[serde(default)]
    pub grant_jobs_k: f64,
    pub next_election: Option<(Date, ElectionKind)>,
    /// Quarters until the next election is decided (0 = this quarter).
    pub quarters_to_election: Option<u32>,
    pub divided: bool,
    pub elections_won: u32,
    pub elections_lost: u32,
    pub national_bill_growth: f64,
    pub national_residential_cents: f64,
    pub arrears: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoodView {
    pub lead_q: f64,
    pub price_index: f64,
}

/// A seat's private books.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Own {
    OpenAi {
        compute_gw: f64,
        chips_on_order_gw: f64,
        vendor_financed_gw: f64,
        adoption: f64,
        revenue_run_rate_bn: f64,
        commitments_yr_bn: f64,
        unserved_demand: f64,
        /// Paying demand over what the inference compute can serve.
        demand_to_compute: f64,
        contracted_gw: f64,
        valuation_bn: f64,
    },
    Oracle {
        off_balance_bn: f64,
        spv_pot_bn: f64,
        ride_through_mw: f64,
        online_gw: f64,
        contracted_gw: f64,
        building_mw: f64,
        waiting_mw: f64,
        onsite_mw: f64,
        revolver_bn: f64,
    },
    Utility {
        cash_bn: f64,
        debt_bn: f64,
        ffo_to_debt: f64,
        spread_bp: f64,
        base_rate_factor: f64,
        cost_index: f64,
    },
    WhiteHouse {
        /// The programmes' cost this quarter and since the start, $B.
        budget_quarter_bn: f64,
        budget_cost_bn: f64,
        /// Tariff revenue since the start, $B.
        tariff_revenue_bn: f64,
        loan_guarantees_bn: f64,
        /// The programmes' deficit this quarter and their debt, $B.
        deficit_quarter_bn: f64,
        debt_bn: f64,
        /// Treasury yields raised by the deficits, bp.
        yield_premium_bp: f64,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeatView {
    pub seat: Seat,
    pub turn: u32,
    pub turns: u32,
    pub date: Date,
    pub regions: Vec<RegionView>,
    pub companies: Vec<CompanyView>,
    pub market: MarketView,
    pub politics: PoliticsView,
    pub goods: Vec<GoodView>,
    pub policy: Policy,
    pub own: Own,
    /// This seat's orders last turn, as played ([`SeatView::standing`] is what carries on).
    pub last_orders: SeatOrders,
    /// The scenario is public.
    #[serde(skip)]
    pub params: Arc<Params>,
}

impl SeatView {
    /// Where this quarter's orders start: last turn's rules and marked repeats.
    pub fn standing(&self) -> SeatOrders {
        self.last_orders.carried_forward()
    }

    /// What `seat` may know of `world`: the public sections and its own books.
    pub fn new(world: &World, seat: Seat) -> SeatView {
        let params = world.params.clone();
        SeatView {
            seat,
            turn: world.turn,
            turns: params.scenario.turns,
            date: world.date,
            regions: region_views(world),
            companies: company_views(world),
            market: market_view(world),
            politics: politics_view(world),
            goods: good_views(world),
            policy: world.policy.clone(),
            own: own_books(world, seat),
            last_orders: world.last_orders.seat(seat),
            params,
        }
    }

    pub fn company(&self, id: CompanyId) -> &CompanyView {
        &self.companies[id.index()]
    }

    /// This seat's company in default, if it is: the orders it can no longer give.
    pub fn in_default(&self) -> Option<InDefault> {
        let id = super::orders::seat_company(self.seat)?;
        let since = self.company(id).default_date?;
        Some(InDefault {
            seat: self.seat,
            since,
        })
    }

    pub fn turns_left(&self) -> u32 {
        self.turns.saturating_sub(self.turn)
    }
}

/// Each region's grid, prices, bills, data centers and what is being built there.
fn region_views(world: &World) -> Vec<RegionView> {
    let params = &world.params;
    world
        .regions
        .iter()
        .enumerate()
        .map(|(r, s)| {
            let p = &params.regions[r];
            let building = |kind: fn(&ProjectKind) -> bool| -> f64 {
                world
                    .projects
                    .iter()
                    .filter(|pr| pr.region == r && kind(&pr.kind))
                    .map(|pr| pr.size)
                    .sum()
            };
            RegionView {
                id: p.id.clone(),
                reserve_margin: s.grid.reserve_margin,
                reserve_target: p.reserve_target,
                energy_price: s.grid.energy_price,
                zone_price: s.grid.zone_price,
                capacity_price: s.capacity_price,
                residential_cents: s.retail.residential_cents,
                bill_month: s.retail.bill_month,
                bill_growth: s.bill_changes().1.unwrap_or(0.0),
                bill_change_q: s.bill_changes().0.unwrap_or(0.0),
                arrears_share: s.retail.arrears_share,
                large_load_price: s.retail.large_load_price,
                dc_connected_mw: s.dc.connected_mw(),
                dc_waiting_mw: s.dc.waiting_mw(),
                dc_held_for_ride_through_mw: s.dc.held_for_ride_through_mw,
                queue_mw: s.dc.queue_mw,
                approved_mw: s.dc.approved_mw,
                hosting_capacity_mw: s.dc.hosting_capacity_mw,
                ride_through_share: s.dc.ride_through_share,
                peak_load_mw: planning_peak(params, r, s.non_dc_load_mw, dc_load_mw(world, r)),
                firm_capacity_mw: firm_capacity(params, r, &s.capacity, s.demand_response_mw),
                gas_price: s.gas_price,
                faults: s.grid.faults,
                loss_events: s.grid.loss_events,
                mw_lost: s.grid.mw_lost,
                blackouts: s.grid.blackouts,
                approval: s.approval,
                generation_building_mw: building(
                    |k| matches!(k, ProjectKind::Generation(t) if *t != Tech::Onsite),
                ),
                transmission_building_bn: building(|k| *k == ProjectKind::Transmission),
            }
        })
        .collect()
}

/// Each company's published figures and credit standing, and when it defaulted if it has.
fn company_views(world: &World) -> Vec<CompanyView> {
    CompanyId::ALL
        .iter()
        .map(|id| {
            let c = world.company(*id);
            CompanyView {
                id: *id,
                revenue_q_bn: c.revenue_q_bn,
                free_cash_flow_q_bn: c.free_cash_flow_q_bn,
                cash_bn: world.cash(*id),
                debt_bn: c.debt_bn(),
                off_balance_known_bn: c.off_balance_known_bn,
                credit_obligations_bn: super::finance::credit::adjusted_debt(world, *id),
                credit_build_out_bn: super::finance::credit::build_out_counted(world, *id),
                market_cap_bn: c.market_cap_bn,
                share_price: c.share_price(),
                rating: c.rating,
                spread_bp: c.spread_bp,
                backlog_bn: c.backlog_bn,
                insolvent: c.insolvent,
                default_date: c.insolvent.then(|| {
                    world
                        .params
                        .scenario
                        .start
                        .plus(c.default_turn.unwrap_or(world.turn))
                }),
                coupon: finance::coupon(world, *id),
            }
        })
        .collect()
}

/// The stock index, the market's mood and its appetite for bonds.
fn market_view(world: &World) -> MarketView {
    MarketView {
        index: world.market.index,
        index_peak: world.market.index_peak,
        sentiment: world.market.sentiment,
        risk_free: world.market.risk_free,
        bubble_gauge: world.market.bubble_gauge,
        coverage: world.market.coverage,
        circular_share: world.market.circular_share,
        bond_appetite_bn: finance::appetite(world).bonds_bn,
    }
}

/// Approval, jobs, the elections and the national bills.
fn politics_view(world: &World) -> PoliticsView {
    let next = world.next_election();
    PoliticsView {
        approval: world.politics.approval,
        approval_history: world.politics.approval_history.clone(),
        jobs_k: world.politics.jobs_k,
        jobs_start_k: world.params.politics.jobs_start_k,
        grant_jobs_k: world.politics.grant_jobs_k,
        next_election: next.map(|e| (e.date, e.kind)),
        quarters_to_election: next.map(|e| e.date.ordinal().saturating_sub(world.date.ordinal())),
        divided: world.politics.divided,
        elections_won: world.politics.elections.iter().filter(|e| e.won).count() as u32,
        elections_lost: world.politics.elections.iter().filter(|e| !e.won).count() as u32,
        national_bill_growth: super::politics::national_bill_growth(world),
        national_residential_cents: world.national_residential_cents(),
        arrears: world.national_arrears(),
    }
}

/// Each good's lead time and price.
fn good_views(world: &World) -> Vec<GoodView> {
    world
        .supply
        .goods
        .iter()
        .map(|g| GoodView {
            lead_q: g.lead_q,
            price_index: g.price_index,
        })
        .collect()
}

/// The seat's private books, which no other seat sees.
fn own_books(world: &World, seat: Seat) -> Own {
    let oracle = world.company(CompanyId::Oracle);
    match seat {
        Seat::OpenAi => Own::OpenAi {
            compute_gw: world.openai.compute_gw,
            chips_on_order_gw: world.openai.chips_on_order_gw,
            vendor_financed_gw: world.openai.vendor_financed_gw,
            adoption: world.openai.adoption,
            revenue_run_rate_bn: world.openai.revenue_run_rate_bn,
            commitments_yr_bn: world.openai.commitments_yr_bn,
            unserved_demand: world.openai.unserved_demand,
            demand_to_compute: world.openai.demand_to_compute,
            contracted_gw: finance::contracted_gw(world),
            valuation_bn: world.company(CompanyId::OpenAi).market_cap_bn,
        },
        Seat::Oracle => Own::Oracle {
            off_balance_bn: oracle.off_balance_bn,
            spv_pot_bn: world.oracle.spv_pot_bn,
            ride_through_mw: world.oracle.ride_through_mw,
            online_gw: world.regions.iter().map(|r| r.dc.oracle_mw).sum::<f64>() / 1000.0
                + world.oracle.island_mw / 1000.0,
            contracted_gw: finance::contracted_gw(world),
            building_mw: finance::oracle_building_mw(world),
            waiting_mw: world.regions.iter().map(|r| r.dc.oracle_waiting_mw).sum(),
            onsite_mw: world
                .regions
                .iter()
                .map(|r| r.capacity[Tech::Onsite.index()])
                .sum(),
            revolver_bn: oracle.revolver_bn,
        },
        Seat::Utility => Own::Utility {
            cash_bn: world.accounts.cash(super::ledger::Account::Utility),
            debt_bn: world.utility.debt_bn,
            ffo_to_debt: world.utility.ffo_to_debt,
            spread_bp: world.utility.spread_bp,
            base_rate_factor: world.utility.base_rate_factor,
            cost_index: world.utility.cost_index,
        },
        Seat::WhiteHouse => Own::WhiteHouse {
            budget_quarter_bn: world.politics.quarter.cost_bn,
            budget_cost_bn: world.politics.budget_cost_bn,
            tariff_revenue_bn: world.politics.tariff_revenue_bn,
            loan_guarantees_bn: world.policy.loan_guarantees_bn,
            deficit_quarter_bn: world.politics.quarter.deficit_bn,
            debt_bn: world.politics.debt_bn,
            yield_premium_bp: world.politics.yield_premium_bp,
        },
    }
}

/// A company that defaulted in a quarter, and what its creditors lost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DefaultInQuarter {
    pub company: CompanyId,
    /// Debt and vendor financing swapped for the new equity: the creditors' loss, $B.
    pub creditor_loss_bn: f64,
}

/// The defaults of a quarter, read from its report (the restructuring's news and accruals).
pub fn defaults_in(report: &super::report::TurnReport) -> Vec<DefaultInQuarter> {
    use super::finance::books::AccrualKind;
    let named = |id: CompanyId| {
        report.news.iter().any(|n| {
            n.msg.key == "news-insolvency"
                && n.msg.args.iter().any(|(name, arg)| {
                    name == "company" && matches!(arg, super::report::Arg::Text(t) if t == id.id())
                })
        })
    };
    CompanyId::ALL
        .iter()
        .filter(|id| named(**id))
        .map(|id| {
            let account = finance::company_account(*id);
            let creditor_loss_bn = report
                .accruals
                .iter()
                .filter(|a| {
                    a.entity == account
                        && matches!(
                            a.kind,
                            AccrualKind::DebtToEquity | AccrualKind::VendorLoanToEquity
                        )
                })
                .map(|a| a.amount_bn)
                .sum();
            DefaultInQuarter {
                company: *id,
                creditor_loss_bn,
            }
        })
        .collect()
}

/// How a line of a statement is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// The statement's title: no value.
    Heading,
    /// A line that adds up into the next total.
    Item,
    /// A part of the line above shown for itself (interest paid within operating cash flow).
    Detail,
    Total,
}

/// One line of a statement: an i18n key `books-<key>` and its value, $B, costs and outflows
/// negative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StatementLine {
    pub key: &'static str,
    pub kind: LineKind,
    pub value: f64,
}

fn line(key: &'static str, kind: LineKind, value: f64) -> StatementLine {
    StatementLine { key, kind, value }
}

/// The balance sheet alone: the books as they open, before any quarter has closed.
pub fn opening_lines(sheet: &finance::books::BalanceSheet) -> Vec<StatementLine> {
    let opening = finance::books::Statements {
        entity: crate::engine::ledger::Account::Utility,
        income: Default::default(),
        cash_flow: Default::default(),
        balance: sheet.clone(),
    };
    statement_lines(&opening)
        .into_iter()
        .skip_while(|l| l.key != "balance")
        .collect()
}

/// The income statement, the cash-flow statement and the balance sheet as lines, in the order
/// a reader expects; the Books screen, plain mode and reports all set them from this.
pub fn statement_lines(s: &finance::books::Statements) -> Vec<StatementLine> {
    use LineKind::{Detail, Heading, Item, Total};
    let (is, cf, bs) = (&s.income, &s.cash_flow, &s.balance);
    vec![
        line("income", Heading, 0.0),
        line("revenue", Item, is.revenue_bn),
        line("operating-costs", Item, -is.operating_costs_bn),
        line("lease-cost", Item, -is.lease_cost_bn),
        line("depreciation", Item, -is.depreciation_bn),
        line("operating-income", Total, is.operating_income_bn),
        line("interest", Item, -is.interest_bn),
        line("other", Item, is.other_bn),
        line("tax", Item, -is.tax_bn),
        line("net-income", Total, is.net_income_bn),
        line("cash-flow", Heading, 0.0),
        line("opening-cash", Item, cf.opening_cash_bn),
        line("operating", Total, cf.operating_bn),
        line("interest-paid", Detail, cf.interest_paid_bn),
        line("lease-payments", Detail, cf.lease_payments_bn),
        line("taxes-paid", Detail, cf.taxes_paid_bn),
        line("investing", Total, cf.investing_bn),
        line("capex", Detail, cf.capex_bn),
        line("capex-equipment", Detail, cf.equipment_capex_bn),
        line("vendor-lending", Detail, cf.vendor_lending_bn),
        line("asset-sales", Detail, cf.asset_sales_bn),
        line("financing", Total, cf.financing_bn),
        line("debt-issued", Detail, cf.debt_issued_bn),
        line("debt-repaid", Detail, cf.debt_repaid_bn),
        line("equity-issued", Detail, cf.equity_issued_bn),
        line("payouts", Detail, cf.payouts_bn),
        line("vendor-financing", Detail, cf.vendor_financing_bn),
        line("closing-cash", Total, cf.closing_cash_bn),
        line("balance", Heading, 0.0),
        line("cash", Item, bs.cash_bn),
        line("ppe", Item, bs.ppe_bn),
        line("equipment", Detail, bs.equipment_bn),
        line("right-of-use", Item, bs.right_of_use_bn),
        line("loans-receivable", Item, bs.loans_receivable_bn),
        line("investments", Item, bs.investments_bn),
        line("other-assets", Item, bs.other_assets_bn),
        line("assets", Total, bs.assets_bn()),
        line("debt", Item, bs.debt_bn),
        line("lease-liabilities", Item, bs.lease_liabilities_bn),
        line("vendor-loans", Item, bs.vendor_loans_bn),
        line("other-liabilities", Item, bs.other_liabilities_bn),
        line("liabilities", Total, bs.liabilities_bn()),
        line("paid-in", Item, bs.paid_in_bn),
        line("retained", Item, bs.retained_bn),
        line("equity", Total, bs.equity_bn()),
    ]
}

/// The entity whose books a seat keeps: its company, or the utility; the White House has none.
pub fn seat_account(seat: Seat) -> Option<super::ledger::Account> {
    match seat {
        Seat::Utility => Some(super::ledger::Account::Utility),
        _ => super::orders::seat_company(seat).map(finance::company_account),
    }
}
