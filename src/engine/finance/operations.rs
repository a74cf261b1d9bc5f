//! Each company's quarter of operations. Every margin and cost is defined once: a company's
//! operating costs are set before interest and tax; interest comes from the debt it holds; tax
//! from its pre-tax profit; maintenance capex is apart from the AI build-out, which is paid
//! through projects.

use super::financing::{Appetite, issue_bonds};
use super::{TAX_RATE, company_account, pay_income_tax, spv};
use crate::engine::grid;
use crate::engine::ids::{CompanyId, Tech};
use crate::engine::ledger::{Account, Flow};
use crate::engine::orders::Orders;
use crate::engine::params::HyperscalerParams;
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::rng::{Purpose, Rngs};
use crate::engine::state::{ComputeContract, Owner, ProjectKind, World};
use crate::engine::supply;

/// How strongly adoption growth slows with price (relative to the reference price). Assumption:
/// consumer subscriptions are price-elastic, around 1.5 for streaming-like services.
const ADOPTION_PRICE_ELASTICITY: f64 = 1.5;
/// Highest share of compute OpenAI can put into training runs (press: about half of OpenAI's
/// 2024 compute spend went to training).
const MAX_TRAINING_SHARE: f64 = 0.6;
/// Most a quarter's training raises model quality, at full training and ample compute.
/// Assumption: a frontier lab improves its models by a few percent a quarter, 6%.
const QUALITY_GAIN_Q: f64 = 0.06;
/// Share of training's quality gain kept when OpenAI smooths its load for ride-through.
/// Assumption: staggering jobs and checkpoints costs about a tenth of training throughput.
pub(crate) const COOPERATIVE_TRAINING_SHARE: f64 = 0.9;
/// Margin of a drawn revolver over the risk-free rate, a year. Assumption: investment-grade
/// revolvers draw at about SOFR plus 1-2%; the upper end, 2%.
const REVOLVER_SPREAD: f64 = 0.02;
/// Cash margin on the hyperscalers' AI revenue: before depreciation, which is charged on the
/// fleet (`depreciate`), interest and tax, as their `base_margin` is. Assumption: a little under
/// the AI cloud CoreWeave's adjusted EBITDA margin (64% in 2024, S-1 of Mar 2025; 62% in Q3
/// 2025), as the big four's AI capacity is newer; it is not an operating margin, which
/// depreciation takes to 15-45%.
const HYPERSCALER_AI_MARGIN: f64 = 0.5;
/// Rate on vendor financing. Assumption: a vendor lends at about its own cost of funds to sell
/// chips, near the risk-free rate.
const VENDOR_LOAN_SPREAD: f64 = 0.0;
/// Staff and R&D growth per quarter: OpenAI's headcount and Nvidia's opex grew 30-60% a year in
/// 2024-25 (press; Nvidia 10-K).
const OPENAI_COST_GROWTH_Q: f64 = 0.04;
/// Nvidia's operating expenses grew ~45% in FY25 from a smaller base (10-K FY25); assumption:
/// ~12% a year once the build-out matures.
const NVIDIA_COST_GROWTH_Q: f64 = 0.03;
/// Undelivered contracted capacity worth a news line, MW. Not a model parameter: it only keeps
/// rounding dust out of the news.
const LAPSE_NEWS_MW: f64 = 10.0;

/// Lowest share of guidance that sentiment, and separately spreads, leave of the big four's
/// capex. Assumption: however gloomy the market or wide their spreads, they keep building what
/// is under way and what their cloud businesses need, about a fifth.
const CAPEX_FACTOR_FLOOR: f64 = 0.2;

/// The hyperscalers' capex this quarter, from guidance, the mood they committed in and their
/// spreads; their share in the modelled regions becomes data-center projects, and a slice is
/// financed through SPVs.
pub fn hyperscaler_capex(world: &mut World, report: &mut TurnReport) -> f64 {
    let params = world.params.clone();
    let h = &params.companies.hyperscalers;
    if world.company(CompanyId::Hyperscalers).insolvent {
        return 0.0;
    }
    let year_index = i32::from(world.date.year) - i32::from(params.scenario.start.year);
    let guidance = quarter_of_guidance_bn_per_year(h, year_index, world.date.quarter);
    let mood = &mut world.market.capex_mood;
    // Capex is committed about a year ahead, so it answers the mood it was committed in.
    *mood += h.capex_commitment_q * (world.market.sentiment - *mood);
    let mood = *mood;
    let c = world.company(CompanyId::Hyperscalers);
    let spread_rise = ((c.spread_bp - c.anchor_spread_bp) / 100.0).max(0.0);
    let factor = (1.0 + h.capex_sentiment_elasticity * mood).max(CAPEX_FACTOR_FLOOR)
        * (1.0 - h.capex_spread_elasticity * spread_rise).max(CAPEX_FACTOR_FLOOR);
    let capex_q = guidance / 4.0 * factor;
    let dc_budget = capex_q * h.dc_share_of_capex;
    spv::hyperscaler_deals(world, dc_budget, report);
    let per_mw = supply::estimate(world, ProjectKind::DataCenter, 1000.0).cost_bn / 1000.0;
    for r in 0..params.regions.len() {
        let share = params.regions[r].data_centers.hyperscaler_build_share;
        let mw = dc_budget * share * supply::siting_factor(world, r) / per_mw.max(1e-6);
        supply::start(world, ProjectKind::DataCenter, Owner::Hyperscalers, r, mw);
    }
    capex_q
}

/// A year's capex guidance, $B: the year before the start is the scenario's prior year (or the
/// start's guidance when it has none), and past the guidance capex grows at
/// `CAPEX_GROWTH_PAST_GUIDANCE`.
fn guidance_bn(h: &HyperscalerParams, year_index: i32) -> f64 {
    let first = h.capex_guidance_bn.first().copied().unwrap_or(0.0);
    match usize::try_from(year_index) {
        Err(_) => h.capex_prior_year_bn.unwrap_or(first),
        Ok(i) => match h.capex_guidance_bn.get(i) {
            Some(g) => *g,
            None => {
                h.capex_guidance_bn.last().copied().unwrap_or(0.0)
                    * (1.0 + CAPEX_GROWTH_PAST_GUIDANCE)
                        .powi((i + 1).saturating_sub(h.capex_guidance_bn.len()) as i32)
            }
        },
    }
}

/// The annual rate the big four spend at in a quarter, $B a year. Spending climbs through a
/// year rather than stepping up each January: the slope is the average change from the year
/// before to the year after, and the four quarters still add up to the year's guidance (their
/// reported 2025 capex rose about $72B, 88, 97 and 119B a quarter against $230B in 2024 and
/// $660B guided for 2026), unless a fall steep enough to take a quarter below nought is cut
/// there. Without a prior year the year is spent evenly.
fn quarter_of_guidance_bn_per_year(h: &HyperscalerParams, year_index: i32, quarter: u8) -> f64 {
    let year = guidance_bn(h, year_index);
    if h.capex_prior_year_bn.is_none() {
        return year;
    }
    let slope = (guidance_bn(h, year_index + 1) - guidance_bn(h, year_index - 1)) / 2.0;
    // Quarters 1..=4 sit at -1.5..1.5 quarters from the middle of the year.
    (year + slope * (f64::from(quarter) - 2.5) / 4.0).max(0.0)
}

/// OpenAI-Oracle contracts neither ended, paid out nor voided.
pub fn live(world: &World) -> impl Iterator<Item = &ComputeContract> {
    let turn = world.turn;
    world.contracts.iter().filter(move |c| is_live(c, turn))
}

fn is_live(c: &ComputeContract, turn: u32) -> bool {
    !c.defaulted && c.end_turn > turn && c.remaining_bn() > SETTLED_BN
}

/// Not a model parameter: what is left of a contract below this is rounding, $B.
const SETTLED_BN: f64 = 1e-9;

/// GW under live OpenAI-Oracle contracts.
pub fn contracted_gw(world: &World) -> f64 {
    live(world).map(|c| c.gw).sum()
}

/// GW of the live contracts signed this quarter.
pub fn signed_this_quarter_gw(world: &World) -> f64 {
    live(world)
        .filter(|c| c.signed_turn == world.turn)
        .map(|c| c.gw)
        .sum()
}

/// Oracle's data centers under construction, MW.
pub fn oracle_building_mw(world: &World) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.kind == ProjectKind::DataCenter && p.owner == Owner::Oracle)
        .map(|p| p.size)
        .sum()
}

/// Oracle's data centers online, under construction, or built and waiting for the grid, GW.
pub fn oracle_capacity_gw(world: &World) -> f64 {
    let waiting_mw: f64 = world.regions.iter().map(|r| r.dc.oracle_waiting_mw).sum();
    oracle_online_gw(world) + (oracle_building_mw(world) + waiting_mw) / 1000.0
}

/// Capacity Oracle's contracts call for beyond what it has online, waiting and under way, GW:
/// what it has not started.
pub fn not_started_gw(world: &World) -> f64 {
    (contracted_gw(world) - oracle_capacity_gw(world)).max(0.0)
}

fn oracle_online_gw(world: &World) -> f64 {
    (0..world.regions.len())
        .map(|r| world.regions[r].dc.oracle_mw + supply::island_mw(world, r))
        .sum::<f64>()
        / 1000.0
}

/// OpenAI's compute online, GW: hyperscaler deals, Oracle capacity under contract, own chips.
pub fn openai_compute(world: &World) -> (f64, f64) {
    let from_oracle = contracted_gw(world).min(oracle_online_gw(world));
    let own: f64 = world.regions.iter().map(|r| r.dc.colo_mw).sum::<f64>() / 1000.0;
    (world.openai.hyperscaler_gw + from_oracle + own, from_oracle)
}

/// Each company's quarter: revenue, operating costs, leases, interest, maturities and tax
/// (depreciation is accrued before, with every entity's: `depreciate`).
pub fn operations(
    world: &mut World,
    orders: &Orders,
    hyper_capex_q: f64,
    appetite: &mut Appetite,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let hyper_compute = openai_quarter(world, orders, rngs, report);
    oracle_quarter(world, report);
    nvidia_quarter(world, hyper_capex_q, report);
    hyperscaler_quarter(world, hyper_compute, report);
    maintenance_capex(world, report);
    spv::leases(world, report);
    for id in CompanyId::ALL {
        debt_service(world, id, appetite, report);
    }
    for id in CompanyId::ALL {
        pay_income_tax(world, company_account(id), TAX_RATE, report);
    }
    hyperscaler_funding(world, appetite, report);
}

/// Share of its hyperscaler compute a restructured OpenAI keeps each quarter. Assumption: in
/// restructuring it walks away from a tenth of those deals a quarter, as leases end or are
/// rejected, rather than all at once.
const RESTRUCTURED_HYPERSCALER_KEPT: f64 = 0.9;
/// Compute at which training's quality gain is half its most, GW. Assumption: a frontier lab's
/// training gains saturate beyond a few GW; OpenAI ran about 2 GW in 2025 (press).
const QUALITY_HALF_COMPUTE_GW: f64 = 2.0;
/// Adoption growth's extra pace per unit of quality gained over the start's. Assumption: a model
/// half again as good doubles adoption's pace, so better models visibly widen the market.
const QUALITY_PULL_PER_GAIN: f64 = 2.0;
/// Most quality multiplies adoption growth's pace by. Assumption: better models at most double
/// the pace of adoption; distribution and habits limit the rest.
const QUALITY_PULL_CAP: f64 = 2.0;
/// Lowest price index demand and adoption respond to. Not a model parameter: it keeps the price's
/// negative power finite when orders set a price near zero.
const PRICE_INDEX_FLOOR: f64 = 0.05;
/// Lowest factor adoption moves by in a quarter. Not a model parameter: it keeps adoption
/// positive whatever the noise draws; at `ADOPTION_NOISE_Q` it never binds.
const ADOPTION_FACTOR_FLOOR: f64 = 0.5;
/// Years over which chips on order are paid, so a year's commitment is this share of their cost.
/// Assumption: chips ordered are delivered and paid over about two years.
const CHIP_PAYMENT_YEARS: f64 = 2.0;

/// Adoption and revenue, and what OpenAI pays for compute; returns what it paid the
/// hyperscalers (their revenue).
fn openai_quarter(world: &mut World, orders: &Orders, rngs: &Rngs, report: &mut TurnReport) -> f64 {
    let params = world.params.clone();
    let op = &params.companies.openai;
    let o = &orders.openai;
    let mut rng = rngs.stream(Purpose::Adoption, world.turn, 0);
    if world.company(CompanyId::OpenAi).insolvent {
        // Restructured: the compute it keeps runs, the deals it walked away from do not.
        world.openai.hyperscaler_gw *= RESTRUCTURED_HYPERSCALER_KEPT;
    } else {
        world.openai.hyperscaler_gw += op.hyperscaler_gw_added_q;
    }
    let (compute, from_oracle) = openai_compute(world);
    world.openai.compute_gw = compute;
    world.oracle.contracted_online_gw = from_oracle;
    let training = training_share(o.training_intensity);
    let ceiling = adoption_ceiling(world, rngs);
    let cooperation = if o.ride_through_cooperation {
        COOPERATIVE_TRAINING_SHARE
    } else {
        1.0
    };
    let ai = &mut world.openai;
    ai.quality *= 1.0
        + QUALITY_GAIN_Q * training * cooperation * (compute / (compute + QUALITY_HALF_COMPUTE_GW));
    ai.efficiency *= 1.0 + op.efficiency_gain_q;
    // Better models widen the market: at the start's quality adoption grows at the calibrated
    // rate, faster as quality improves.
    let quality_pull = (ai.quality - 1.0).max(0.0) * QUALITY_PULL_PER_GAIN;
    let price = op.consumer_share * (o.subscription_price / op.reference_subscription)
        + (1.0 - op.consumer_share) * o.api_price_index;
    let priced = price.max(PRICE_INDEX_FLOOR);
    // Dear subscriptions win fewer new users: prices trade revenue now against growth later.
    let growth = op.adoption_growth_q
        * (1.0 + quality_pull).min(QUALITY_PULL_CAP)
        * gompertz_slowdown(ai.adoption, ceiling)
        * priced.powf(-ADOPTION_PRICE_ELASTICITY);
    ai.adoption *= (1.0 + growth + ADOPTION_NOISE_Q * rng.normal()).max(ADOPTION_FACTOR_FLOOR);
    let demand = op.demand_bn_yr * ai.adoption * priced.powf(-ai.elasticity);
    let capacity = compute * (1.0 - training) * op.revenue_per_inference_gw_yr * ai.efficiency;
    let served = demand.min(capacity);
    let revenue_q = price * served / 4.0;
    ai.demand_to_compute = if capacity > 0.0 {
        demand / capacity
    } else {
        0.0
    };
    ai.unserved_demand = if demand > 0.0 {
        1.0 - served / demand
    } else {
        0.0
    };
    ai.revenue_run_rate_bn = revenue_q * 4.0;
    openai_payments(world, revenue_q, from_oracle, report)
}

/// OpenAI's quarter in money: its revenue, its compute from the hyperscalers and Oracle, its
/// running costs, and what it owes a year from now. Returns what it paid the hyperscalers, $B.
fn openai_payments(
    world: &mut World,
    revenue_q: f64,
    from_oracle: f64,
    report: &mut TurnReport,
) -> f64 {
    let params = world.params.clone();
    let op = &params.companies.openai;
    let openai = company_account(CompanyId::OpenAi);
    let log = &mut report.transfers;
    world
        .accounts
        .pay(log, Account::Households, openai, revenue_q, Flow::Revenue);
    world.company_mut(CompanyId::OpenAi).revenue_q_bn += revenue_q;
    let hyperscalers = company_account(CompanyId::Hyperscalers);
    let own_gw = world.regions.iter().map(|r| r.dc.colo_mw).sum::<f64>() / 1000.0;
    let hyper_compute = world.openai.hyperscaler_gw * op.hyperscaler_price_bn_per_gw_yr / 4.0
        + own_gw * params.build.colo_fee_bn_per_gw_yr / 4.0;
    world
        .accounts
        .pay(log, openai, hyperscalers, hyper_compute, Flow::ComputeLease);
    pay_oracle(world, from_oracle, report);
    let fixed = op.balance.fixed_costs_q_bn * (1.0 + OPENAI_COST_GROWTH_Q).powi(world.turn as i32);
    world.accounts.pay(
        &mut report.transfers,
        openai,
        Account::Households,
        fixed,
        Flow::OperatingCost,
    );
    let avg_price = average_contract_price(world);
    world.openai.commitments_yr_bn = contracted_gw(world) * avg_price
        + world.openai.hyperscaler_gw * op.hyperscaler_price_bn_per_gw_yr
        + own_gw * params.build.colo_fee_bn_per_gw_yr
        + world.openai.chips_on_order_gw * params.build.dc_chips_bn_per_gw / CHIP_PAYMENT_YEARS;
    hyper_compute
}

/// The big four's capex growth a year past their last guidance. Assumption: 10%, as analysts'
/// 2027 estimates grew more slowly than 2026's guided jump.
const CAPEX_GROWTH_PAST_GUIDANCE: f64 = 0.1;

/// Quarter-to-quarter noise in adoption's growth (standard deviation). Assumption: OpenAI's
/// reported run-rate milestones of 2025 ($10B Jun, $13B Aug, $20B Dec; CNBC, CEO) sit within a
/// few percent a quarter of a smooth path.
const ADOPTION_NOISE_Q: f64 = 0.03;

/// Not a model parameter: the actor of the stream this game's adoption ceiling is drawn from
/// (turn 0), apart from every quarter's adoption draws (actor 0).
const CEILING_ACTOR: u32 = 0xCE11;

/// This game's ceiling of adoption: the scenario's median times a log-normal draw no seat sees
/// (`adoption_ceiling_sigma`), so whether paying demand will fill the compute being built is
/// learnt from growth as it slows, not known. Drawn from the seed alone, so every quarter of a
/// game reads the same ceiling, and a planner's sampled futures each have their own.
pub fn adoption_ceiling(world: &World, rngs: &Rngs) -> f64 {
    let op = &world.params.companies.openai;
    if op.adoption_ceiling_sigma <= 0.0 {
        return op.adoption_ceiling;
    }
    let z = rngs.stream(Purpose::Adoption, 0, CEILING_ACTOR).normal();
    (op.adoption_ceiling * (op.adoption_ceiling_sigma * z).exp()).max(1.0)
}

/// How much slower adoption grows than at the start: Gompertz diffusion, whose growth rate
/// falls with the log of the room left (fast early growth, a long tail), so the start's rate
/// applies at adoption 1 and growth stops at the ceiling.
fn gompertz_slowdown(adoption: f64, ceiling: f64) -> f64 {
    let room = (ceiling / adoption.max(1e-9)).ln().max(0.0);
    room / ceiling.max(1.0 + 1e-9).ln()
}

/// Share of OpenAI's compute in training runs at a given intensity.
pub fn training_share(intensity: f64) -> f64 {
    (intensity * MAX_TRAINING_SHARE).clamp(0.0, MAX_TRAINING_SHARE)
}

/// Take-or-pay: OpenAI pays for the contracted capacity Oracle has delivered, from signing, as
/// capacity ramps. From the contract's start of full delivery, a quarter Oracle could not
/// deliver lapses: it leaves the backlog unpaid, so the backlog is always what live contracts
/// still owe (ASC 606: performance obligations are recognised or released as each period
/// passes). Before the start nothing lapses: the builder has until then.
fn pay_oracle(world: &mut World, delivered_gw: f64, report: &mut TurnReport) {
    let (mut due, mut lapsed_bn, mut undelivered_gw) = (0.0, 0.0, 0.0);
    let mut available = delivered_gw;
    let turn = world.turn;
    for c in world.contracts.iter_mut().filter(|c| is_live(c, turn)) {
        let gw = c.gw.min(available);
        available -= gw;
        let remaining = c.remaining_bn();
        let paid = (gw * c.price_bn_per_gw_yr / 4.0).min(remaining);
        let lapsed = if turn >= c.start_turn {
            undelivered_gw += c.gw - gw;
            ((c.gw - gw) * c.price_bn_per_gw_yr / 4.0).min(remaining - paid)
        } else {
            0.0
        };
        c.settled_bn += paid + lapsed;
        due += paid;
        lapsed_bn += lapsed;
    }
    let undelivered_mw = undelivered_gw * 1000.0;
    if undelivered_mw >= LAPSE_NEWS_MW {
        report.say(
            Topic::Finance,
            Severity::Info,
            Msg::new("news-contract-lapsed")
                .num("mw", undelivered_mw)
                .num("value", lapsed_bn),
        );
    }
    world.accounts.pay(
        &mut report.transfers,
        company_account(CompanyId::OpenAi),
        company_account(CompanyId::Oracle),
        due,
        Flow::ComputeLease,
    );
    let oracle = world.company_mut(CompanyId::Oracle);
    oracle.revenue_q_bn += due;
    oracle.backlog_bn = (oracle.backlog_bn - due - lapsed_bn).max(0.0);
}

fn average_contract_price(world: &World) -> f64 {
    let gw: f64 = contracted_gw(world);
    if gw > 0.0 {
        live(world)
            .map(|c| c.gw * c.price_bn_per_gw_yr)
            .sum::<f64>()
            / gw
    } else {
        0.0
    }
}

/// Oracle's base business at its operating margin, spare AI capacity rented as cloud, and the
/// running costs of its data centers.
fn oracle_quarter(world: &mut World, report: &mut TurnReport) {
    let params = world.params.clone();
    let orp = &params.companies.oracle;
    let oracle = company_account(CompanyId::Oracle);
    let c = world.company_mut(CompanyId::Oracle);
    c.base_revenue_q_bn *= 1.0 + orp.balance.base_growth_q;
    let base_rev = c.base_revenue_q_bn;
    let online = oracle_online_gw(world);
    let spare = (online - world.oracle.contracted_online_gw).max(0.0);
    let cloud = spare * orp.cloud_price_bn_per_gw_yr * orp.cloud_utilization / 4.0;
    let log = &mut report.transfers;
    let ledger = &mut world.accounts;
    ledger.pay(
        log,
        Account::Households,
        oracle,
        base_rev + cloud,
        Flow::Revenue,
    );
    let base_costs = base_rev * (1.0 - orp.balance.base_margin);
    ledger.pay(
        log,
        oracle,
        Account::Suppliers,
        base_costs,
        Flow::OperatingCost,
    );
    let dc_opex = online * orp.dc_opex_bn_per_gw_yr / 4.0;
    ledger.pay(
        log,
        oracle,
        Account::Suppliers,
        dc_opex,
        Flow::OperatingCost,
    );
    world.company_mut(CompanyId::Oracle).revenue_q_bn += base_rev + cloud;
    // Islanded data centers burn gas in their own turbines.
    let mut island_mw = 0.0;
    let mut fuel = 0.0;
    for r in 0..world.regions.len() {
        let mw = supply::island_mw(world, r) * params.regions[r].data_centers.utilization;
        island_mw += mw;
        let cost = grid::variable_cost(
            &params,
            &params.regions[r],
            world.regions[r].gas_price,
            Tech::Onsite,
        );
        fuel += mw * grid::HOURS as f64 * cost / 1e9;
    }
    world.oracle.island_mw = island_mw;
    world.accounts.pay(
        &mut report.transfers,
        oracle,
        Account::Suppliers,
        fuel,
        Flow::Fuel,
    );
}

/// The hyperscalers' chip payments to Nvidia this quarter on their modelled data centers, $B.
fn hyperscaler_project_chips_bn(report: &TurnReport) -> f64 {
    let from = company_account(CompanyId::Hyperscalers);
    let to = company_account(CompanyId::Nvidia);
    report
        .transfers
        .iter()
        .filter(|t| t.from == from && t.to == to && t.flow == Flow::ChipSale)
        .map(|t| t.amount_bn)
        .sum()
}

/// Nvidia: chip sales arrived with construction payments; add the hyperscalers' chips outside
/// the modelled projects and sales to everyone else, less cost of goods and operating costs.
fn nvidia_quarter(world: &mut World, hyper_capex_q: f64, report: &mut TurnReport) {
    let params = world.params.clone();
    let np = &params.companies.nvidia;
    let nvidia = company_account(CompanyId::Nvidia);
    let hyperscalers = company_account(CompanyId::Hyperscalers);
    let nv = world.company_mut(CompanyId::Nvidia);
    nv.base_revenue_q_bn *= 1.0 + np.other_sales_growth_q;
    let other = nv.base_revenue_q_bn;
    let hyper_paid = world.company(CompanyId::Hyperscalers).capex_q_bn;
    let hyper_rest = (hyper_capex_q - hyper_paid).max(0.0);
    // Nvidia's share is of all the big four's capex, and the chips of their modelled data
    // centers are part of it: the rest of their capex buys only what those chips leave, else
    // Nvidia's share climbs from a quarter towards the projects' 70% as the pipeline fills.
    let hyper_chips = (hyper_capex_q * np.share_of_hyperscaler_capex
        - hyperscaler_project_chips_bn(report))
    .clamp(0.0, hyper_rest);
    let log = &mut report.transfers;
    let ledger = &mut world.accounts;
    ledger.pay(log, Account::Households, nvidia, other, Flow::ChipSale);
    ledger.pay(log, hyperscalers, nvidia, hyper_chips, Flow::ChipSale);
    ledger.pay(
        log,
        hyperscalers,
        Account::Suppliers,
        hyper_rest - hyper_chips,
        Flow::Capex,
    );
    world.company_mut(CompanyId::Hyperscalers).capex_q_bn += hyper_rest;
    world.market.capex_ytd_bn += hyper_capex_q;
    let nv = world.company_mut(CompanyId::Nvidia);
    nv.revenue_q_bn += other + hyper_chips;
    let cogs = nv.revenue_q_bn * (1.0 - np.gross_margin);
    let opex = np.balance.fixed_costs_q_bn * (1.0 + NVIDIA_COST_GROWTH_Q).powi(world.turn as i32);
    let log = &mut report.transfers;
    world
        .accounts
        .pay(log, nvidia, Account::Suppliers, cogs, Flow::OperatingCost);
    world
        .accounts
        .pay(log, nvidia, Account::Households, opex, Flow::OperatingCost);
    // Nvidia returns part of its profit, out of the cash it has: without it the cash piled up
    // to hundreds of billions by 2028, counted in its value as if it would never leave.
    let profit = world.company(CompanyId::Nvidia).revenue_q_bn - cogs - opex;
    let payout = (profit * np.payout_share).clamp(0.0, world.accounts.cash(nvidia).max(0.0));
    if !world.company(CompanyId::Nvidia).insolvent {
        super::financing::buy_back(world, CompanyId::Nvidia, payout, report);
    }
}

/// Change in the hyperscalers' AI revenue growth per unit of sentiment, as a share of its pace.
/// Assumption: enterprise AI spending follows the mood, by up to half its pace either way.
const AI_GROWTH_SENTIMENT: f64 = 0.5;
/// Lowest the hyperscalers' AI revenue falls to, as a share of the start's. Assumption: a tenth
/// stays, the AI services customers already run in production.
const AI_REVENUE_FLOOR_SHARE: f64 = 0.1;

/// The hyperscalers' core businesses and AI revenue at their margins, and their payouts.
fn hyperscaler_quarter(world: &mut World, from_openai: f64, report: &mut TurnReport) {
    let params = world.params.clone();
    let hp = &params.companies.hyperscalers;
    let acc = company_account(CompanyId::Hyperscalers);
    let hs = world.company_mut(CompanyId::Hyperscalers);
    hs.base_revenue_q_bn *= 1.0 + hp.balance.base_growth_q;
    let base = hs.base_revenue_q_bn;
    let ai_growth = hp.ai_revenue_growth_q * (1.0 + world.market.sentiment * AI_GROWTH_SENTIMENT);
    let m = &mut world.market;
    m.hyperscaler_ai_q_bn = m
        .hyperscaler_ai_q_bn
        .max(hp.ai_revenue_q_bn * AI_REVENUE_FLOOR_SHARE)
        * (1.0 + ai_growth);
    let ai = m.hyperscaler_ai_q_bn;
    let log = &mut report.transfers;
    world
        .accounts
        .pay(log, Account::Households, acc, base + ai, Flow::Revenue);
    world.company_mut(CompanyId::Hyperscalers).revenue_q_bn += base + ai + from_openai;
    let costs = base * (1.0 - hp.balance.base_margin) + ai * (1.0 - HYPERSCALER_AI_MARGIN);
    world
        .accounts
        .pay(log, acc, Account::Suppliers, costs, Flow::OperatingCost);
    let operating = base * hp.balance.base_margin + ai * HYPERSCALER_AI_MARGIN + from_openai;
    let cash = world.accounts.cash(acc);
    let (dividends, buybacks) = hyperscaler_payouts(hp, operating, cash);
    world
        .accounts
        .pay(log, acc, Account::Investors, dividends, Flow::Dividend);
    super::financing::buy_back(world, CompanyId::Hyperscalers, buybacks, report);
}

/// The big four's dividends and buybacks on a quarter's operating cash before tax, $B, with
/// `cash` what they hold once the quarter's capex is paid. Dividends are kept; buybacks take
/// only the cash above what they keep (`cash_floor_bn`), so they never borrow to buy back and
/// stop when capex has spent their surplus, as Meta's fell from $13.4B in 2025 Q1 to $3.2B in
/// Q3 while its cash fell from $70B to $44B (its quarterly reports).
fn hyperscaler_payouts(hp: &HyperscalerParams, operating: f64, cash: f64) -> (f64, f64) {
    let dividends = (operating * hp.dividend_share).max(0.0);
    let surplus = cash - dividends - hp.cash_floor_bn;
    let buybacks = (operating * (hp.payout_share - hp.dividend_share)).clamp(0.0, surplus.max(0.0));
    (dividends, buybacks)
}

/// Maintenance capital spending apart from the AI build-out, growing with each base business.
fn maintenance_capex(world: &mut World, report: &mut TurnReport) {
    let params = world.params.clone();
    for id in [CompanyId::Oracle, CompanyId::Nvidia, CompanyId::OpenAi] {
        let bp = params.companies.balance(id);
        let growth = if bp.base_revenue_q_bn > 0.0 {
            world.company(id).base_revenue_q_bn / bp.base_revenue_q_bn
        } else {
            1.0
        };
        let capex = bp.base_capex_q_bn * growth;
        world.accounts.pay(
            &mut report.transfers,
            company_account(id),
            Account::Suppliers,
            capex,
            Flow::Capex,
        );
        world.company_mut(id).capex_q_bn += capex;
    }
}

/// Interest on the debt actually held (bonds, the credit line, vendor loans) and maturities,
/// refinanced if the market is open.
fn debt_service(
    world: &mut World,
    id: CompanyId,
    appetite: &mut Appetite,
    report: &mut TurnReport,
) {
    let acc = company_account(id);
    let turn = world.turn;
    let rf = world.market.risk_free;
    let c = world.company(id);
    let interest = c.interest_q_bn() + c.revolver_bn * (rf + REVOLVER_SPREAD) / 4.0;
    let maturing: f64 = c
        .bonds
        .iter()
        .filter(|b| b.maturity_turn <= turn)
        .map(|b| b.principal_bn)
        .sum();
    let log = &mut report.transfers;
    world
        .accounts
        .pay(log, acc, Account::Investors, interest, Flow::Interest);
    if id == CompanyId::OpenAi {
        let vendor_interest = world.openai.nvidia_stake_bn * (rf + VENDOR_LOAN_SPREAD) / 4.0;
        world.accounts.pay(
            log,
            acc,
            company_account(CompanyId::Nvidia),
            vendor_interest,
            Flow::Interest,
        );
    }
    if maturing > 0.0 {
        world
            .company_mut(id)
            .bonds
            .retain(|b| b.maturity_turn > turn);
        world.accounts.pay(
            &mut report.transfers,
            acc,
            Account::Investors,
            maturing,
            Flow::BondRepayment,
        );
        issue_bonds(world, id, maturing, appetite, report);
    }
}

/// The hyperscalers borrow when their cash falls below the buffer they keep.
fn hyperscaler_funding(world: &mut World, appetite: &mut Appetite, report: &mut TurnReport) {
    let floor = world.params.companies.hyperscalers.cash_floor_bn;
    let gap = floor - world.cash(CompanyId::Hyperscalers);
    if gap > 0.0 {
        issue_bonds(world, CompanyId::Hyperscalers, gap, appetite, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capex_after_sell_off(quarters: usize) -> f64 {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut world = World::new(s.params.clone(), s.hash.clone());
        world.market.capex_mood = 0.0;
        world.market.sentiment = -1.0;
        let mut capex = 0.0;
        for _ in 0..quarters {
            capex = hyperscaler_capex(&mut world, &mut TurnReport::default());
        }
        capex
    }

    #[test]
    fn capex_climbs_through_each_year_and_its_quarters_add_up_to_the_guidance() {
        let h = HyperscalerParams {
            capex_guidance_bn: vec![400.0, 660.0, 750.0],
            capex_prior_year_bn: Some(230.0),
            ..Default::default()
        };
        for year in 0..4 {
            let quarters: Vec<f64> = (1..=4)
                .map(|q| quarter_of_guidance_bn_per_year(&h, year, q) / 4.0)
                .collect();
            let total: f64 = quarters.iter().sum();
            assert!(
                (total - guidance_bn(&h, year)).abs() < 1e-9,
                "{year}: {total}"
            );
            assert!(quarters.windows(2).all(|w| w[1] > w[0]), "{quarters:?}");
        }
        // 2025: near the big four's reported $72B, 88, 97 and 119B.
        let first = quarter_of_guidance_bn_per_year(&h, 0, 1) / 4.0;
        let last = quarter_of_guidance_bn_per_year(&h, 0, 4) / 4.0;
        assert!((75.0..85.0).contains(&first) && (115.0..125.0).contains(&last));
        // Past the guidance capex grows 10% a year; with no prior year each year is even.
        assert!((guidance_bn(&h, 3) - 825.0).abs() < 1e-9);
        let even = HyperscalerParams {
            capex_prior_year_bn: None,
            ..h
        };
        assert_eq!(quarter_of_guidance_bn_per_year(&even, 1, 1), 660.0);
        assert_eq!(quarter_of_guidance_bn_per_year(&even, 1, 4), 660.0);
    }

    #[test]
    fn a_sell_off_bends_the_big_fours_capex_over_a_year_not_a_quarter() {
        let calm = {
            let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
            let mut world = World::new(s.params.clone(), s.hash.clone());
            world.market.capex_mood = 0.0;
            world.market.sentiment = 0.0;
            hyperscaler_capex(&mut world, &mut TurnReport::default())
        };
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let h = &s.params.companies.hyperscalers;
        let (elasticity, q) = (h.capex_sentiment_elasticity, h.capex_commitment_q);
        assert!(q > 0.0 && q < 1.0, "{q}");
        let first = capex_after_sell_off(1) / calm;
        let fourth = capex_after_sell_off(4) / calm;
        assert!((first - (1.0 - elasticity * q)).abs() < 1e-9, "{first}");
        let after_a_year = 1.0 - elasticity * (1.0 - (1.0 - q).powi(4));
        assert!(
            (fourth - after_a_year).abs() < 1e-9,
            "{fourth} against {after_a_year}"
        );
    }

    #[test]
    fn big_four_buy_back_only_out_of_surplus_cash_and_keep_their_dividends() {
        let hp = HyperscalerParams {
            payout_share: 0.27,
            dividend_share: 0.07,
            cash_floor_bn: 250.0,
            ..Default::default()
        };
        let operating = 130.0;
        // 2025-like: cash well above what they keep, so the whole share is paid.
        let (dividends, buybacks) = hyperscaler_payouts(&hp, operating, 340.0);
        assert!((dividends - 9.1).abs() < 1e-9 && (buybacks - 26.0).abs() < 1e-9);
        // Near the floor: buybacks take only the surplus left after dividends.
        let (_, squeezed) = hyperscaler_payouts(&hp, operating, 270.0);
        assert!(
            (squeezed - (270.0 - dividends - 250.0)).abs() < 1e-9,
            "{squeezed}"
        );
        // Under it: no buybacks (they would borrow for them), the dividends stay.
        let (kept, none) = hyperscaler_payouts(&hp, operating, 200.0);
        assert!((kept - dividends).abs() < 1e-9 && none == 0.0);
    }
}
