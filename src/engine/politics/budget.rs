//! The federal budget of the White House's programmes: subsidies, relief and loan guarantees
//! cost money when paid or called, tariffs bring revenue, the deficit rolls into a debt that
//! pays interest, and the deficit raises Treasury yields, the base of every borrower's rate.

use crate::engine::ids::{CompanyId, Good, Seat};
use crate::engine::ledger::{Account, Flow};
use crate::engine::orders::Orders;
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::state::{BudgetQuarter, World};

/// Highest risk-free rate shocks and the deficit's premium can push the rate to. Not a model
/// parameter: the bound the scenario check holds `market.risk_free` to, so no quarter leaves
/// the range a scenario may start in.
pub const MAX_RISK_FREE: f64 = 0.2;

/// Equipment capacity added per $B of manufacturing subsidy, a share of the start's capacity.
/// Assumption: CHIPS-style grants add domestic capacity about in proportion to the money.
pub const SUBSIDY_CAPACITY_PER_BN: f64 = 0.01;
/// US households, millions (Census CPS 2024: ~131M): relief is paid nationally.
pub const US_HOUSEHOLDS_M: f64 = 131.0;
/// Borrowers new loan guarantees back. Assumption: the order names no borrower, so they back
/// the builders whose bonds they make cheaper (`finance::coupon`), in equal parts.
const GUARANTEED: [CompanyId; 2] = [CompanyId::Oracle, CompanyId::OpenAi];
/// Yield premium limits, bp. Assumption: the linear estimate (Laubach 2009, in `close`) says
/// nothing far beyond the deficits it was fitted on.
const PREMIUM_RANGE_BP: (f64, f64) = (-100.0, 300.0);
/// Limit on the share of non-AI market value the premium takes or gives. Assumption: the
/// linear estimate holds only for moves of a few points of yield.
const MAX_YIELD_VALUE_LOSS: f64 = 0.3;

/// Subsidies, relief and new loan guarantees, paid at the start of the quarter.
pub fn programmes(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let wh = &orders.whitehouse;
    let (subsidy, guarantees) = if world.politics.divided {
        if wh.subsidy_bn > 0.0 || wh.loan_guarantee_bn > 0.0 {
            report.tell(
                Seat::WhiteHouse,
                Topic::Orders,
                Severity::Notice,
                Msg::new("news-congress-blocks"),
            );
        }
        (0.0, 0.0)
    } else {
        (wh.subsidy_bn, wh.loan_guarantee_bn)
    };
    let p = &world.params.politics;
    let (oracle, factories) = (p.subsidy_oracle_share, p.subsidy_manufacturing_share);
    let log = &mut report.transfers;
    let acc = &mut world.accounts;
    let gov = Account::Government;
    for (to, share) in [
        (Account::Company(CompanyId::Oracle), oracle),
        (
            Account::Company(CompanyId::Hyperscalers),
            1.0 - oracle - factories,
        ),
        (Account::Suppliers, factories),
    ] {
        acc.pay(log, gov, to, subsidy * share, Flow::Subsidy);
    }
    acc.pay(log, gov, Account::Households, wh.relief_bn, Flow::Relief);
    // Credit reform (FCRA, 1990): a guarantee costs its expected loss when issued; the money
    // waits in the financing account for the calls.
    let guarantee_cost = guarantees * world.params.politics.guarantee_subsidy_rate;
    world.policy.loan_guarantees_bn += guarantees;
    // The manufacturing part of subsidies adds domestic transformer and turbine capacity:
    // a faster build-out later. A dollar builds a plant of the same size however many were
    // built before, so capacity adds up rather than compounds.
    for good in [Good::Transformer, Good::Turbine] {
        let start_capacity_q = world.params.supply.get(good).capacity_q;
        let g = &mut world.supply.goods[good.index()];
        g.capacity_q += start_capacity_q * SUBSIDY_CAPACITY_PER_BN * subsidy * factories;
    }
    // The plants those grants build keep their workers: jobs follow the grants paid so far,
    // not this quarter's. Grants to data centers build halls that employ few people.
    world.politics.grant_jobs_k += world.params.politics.grant_jobs_k(subsidy);
    let habit = world.params.politics.relief_habit_q;
    let pol = &mut world.politics;
    // Households get used to last quarter's relief before this quarter's is paid.
    pol.relief_expected_per_household +=
        habit * (pol.relief_per_household - pol.relief_expected_per_household);
    pol.relief_per_household = wh.relief_bn * 1e9 / (US_HOUSEHOLDS_M * 1e6);
    pol.guarantee_reserve_bn += guarantee_cost;
    pol.quarter = BudgetQuarter {
        cost_bn: subsidy + wh.relief_bn + guarantee_cost,
        ..Default::default()
    };
    let paid = Programmes {
        subsidy_bn: subsidy,
        guarantees_bn: guarantees,
        guarantee_cost_bn: guarantee_cost,
        relief_bn: wh.relief_bn,
        relief_per_household: world.politics.relief_per_household,
    };
    announce_programmes(&world.params.politics, &paid, report);
}

/// What the White House's programmes paid and backed this quarter, $B.
struct Programmes {
    subsidy_bn: f64,
    guarantees_bn: f64,
    guarantee_cost_bn: f64,
    relief_bn: f64,
    /// $.
    relief_per_household: f64,
}

/// The news of the programmes paid: a grant, guarantee or relief cheque shows in the budget
/// at once, and its jobs, cheaper bonds and approval only later, so the results say where the
/// money went.
fn announce_programmes(
    p: &crate::engine::params::PoliticsParams,
    paid: &Programmes,
    report: &mut TurnReport,
) {
    let mut msgs = Vec::new();
    if paid.subsidy_bn > 0.0 {
        let factories = paid.subsidy_bn * p.subsidy_manufacturing_share;
        msgs.push(
            Msg::new("news-grants")
                .num("subsidy", paid.subsidy_bn)
                .num("factories", factories)
                .num("jobs", p.grant_jobs_k(paid.subsidy_bn))
                .num("builders", paid.subsidy_bn - factories),
        );
    }
    if paid.guarantees_bn > 0.0 {
        msgs.push(
            Msg::new("news-guarantees")
                .num("guarantees", paid.guarantees_bn)
                .num("cost", paid.guarantee_cost_bn),
        );
    }
    if paid.relief_bn > 0.0 {
        msgs.push(
            Msg::new("news-relief")
                .num("relief", paid.relief_bn)
                .num("each", paid.relief_per_household),
        );
    }
    for msg in msgs {
        report.say(Topic::Politics, Severity::Info, msg);
    }
}

/// Guarantees behind borrowers that defaulted this quarter are called: the government pays
/// their lenders the loss after recovery; what the reserve does not cover is a new cost.
fn guarantee_calls(world: &mut World, report: &mut TurnReport) {
    let turn = world.turn;
    let insolvencies = &world.records.insolvencies;
    let failed_before = |id: CompanyId| {
        insolvencies
            .iter()
            .any(|i| i.company == id && i.turn < turn)
    };
    let live = GUARANTEED.iter().filter(|id| !failed_before(**id)).count();
    let failing = GUARANTEED
        .iter()
        .filter(|id| {
            !failed_before(**id)
                && insolvencies
                    .iter()
                    .any(|i| i.company == **id && i.turn == turn)
        })
        .count();
    if failing == 0 || live == 0 {
        return;
    }
    let exposure = world.policy.loan_guarantees_bn * failing as f64 / live as f64;
    let loss = exposure * (1.0 - world.params.market.recovery).clamp(0.0, 1.0);
    world.policy.loan_guarantees_bn -= exposure;
    world.accounts.pay(
        &mut report.transfers,
        Account::Government,
        Account::Investors,
        loss,
        Flow::GuaranteeCall,
    );
    let pol = &mut world.politics;
    let covered = loss.min(pol.guarantee_reserve_bn.max(0.0));
    pol.guarantee_reserve_bn -= covered;
    pol.quarter.guarantee_calls_bn += loss;
    pol.quarter.cost_bn += loss - covered;
}

/// The deficit over the last year as a share of GDP, percent.
pub fn deficit_gdp_points(world: &World) -> f64 {
    let h = &world.politics.deficit_history;
    if h.is_empty() {
        return 0.0;
    }
    let year = h.iter().sum::<f64>() * 4.0 / h.len() as f64;
    100.0 * year / world.params.politics.gdp_bn_per_year.max(1.0)
}

/// Inflation the programmes' deficits add, as a share: spending paid with borrowed money meets
/// an economy at full employment and raises prices. Read before the quarter's budget closes,
/// it is the deficit of the year to last quarter, so it works with a lag.
pub fn fiscal_inflation(world: &World) -> f64 {
    let points = deficit_gdp_points(world).max(0.0);
    world.params.politics.inflation_per_deficit_point * points / 100.0
}

/// Closes the quarter's budget: calls, interest, tariff revenue, the deficit and the debt, and
/// the yield premium the deficit earns.
pub fn close(world: &mut World, report: &mut TurnReport) {
    guarantee_calls(world, report);
    let interest = world.politics.debt_bn.max(0.0) * world.market.risk_free / 4.0;
    world.accounts.pay(
        &mut report.transfers,
        Account::Government,
        Account::Investors,
        interest,
        Flow::Interest,
    );
    let tariffs: f64 = report
        .transfers
        .iter()
        .filter(|t| t.flow == Flow::Tariff && t.to == Account::Government)
        .map(|t| t.amount_bn)
        .sum();
    let pol = &mut world.politics;
    pol.quarter.cost_bn += interest;
    pol.quarter.tariff_revenue_bn = tariffs;
    pol.quarter.deficit_bn = pol.quarter.cost_bn - tariffs;
    pol.budget_cost_bn += pol.quarter.cost_bn;
    pol.tariff_revenue_bn += tariffs;
    pol.debt_bn += pol.quarter.deficit_bn;
    pol.deficit_history.push(pol.quarter.deficit_bn);
    if pol.deficit_history.len() > 4 {
        pol.deficit_history.remove(0);
    }
    // Laubach (2009): yields rise with the deficit markets project; they project the last year.
    let premium = (world.params.politics.yield_bp_per_deficit_point * deficit_gdp_points(world))
        .clamp(PREMIUM_RANGE_BP.0, PREMIUM_RANGE_BP.1);
    let before = world.politics.yield_premium_bp;
    world.politics.yield_premium_bp = premium;
    world.market.risk_free =
        (world.market.risk_free + (premium - before) / 1e4).clamp(0.0, MAX_RISK_FREE);
    // Stocks outside AI are discounted at the higher yields too (the AI names' valuations
    // read the risk-free rate themselves).
    let per_point = world.params.politics.equity_loss_per_yield_point;
    let loss =
        |bp: f64| (per_point * bp / 100.0).clamp(-MAX_YIELD_VALUE_LOSS, MAX_YIELD_VALUE_LOSS);
    world.market.non_ai_cap_bn *= (1.0 - loss(premium)) / (1.0 - loss(before));
}
