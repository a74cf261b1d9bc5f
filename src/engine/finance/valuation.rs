//! Expectations, sentiment, share prices and the index. A company's operating value is the
//! revenue the market expects in two years at its margin and a multiple set by sentiment; its
//! assets are that value plus its cash; its equity is what the structural credit model leaves
//! to shareholders once the debt is counted.

use super::MarketShocks;
use super::credibility::{self, Speaker};
use super::credit::{self, adjusted_debt, merton};
use crate::engine::ids::CompanyId;
use crate::engine::orders::Orders;
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::rng::{Purpose, Rngs};
use crate::engine::state::{ValuationInputs, World};
use crate::engine::stats;

/// Share of the gap between the market's belief in Oracle's backlog and what coverage implies
/// closed each quarter: markets reprice a counterparty within a quarter of news (Oracle fell
/// 40% in the three months after analysts questioned OpenAI's ability to pay, Sep-Dec 2025).
const BELIEF_LEARNING: f64 = 1.0;
/// Years over which a backlog turns into revenue: Oracle's $300B OpenAI deal runs about five
/// years from 2027 (press, Sep 2025).
const BACKLOG_YEARS: f64 = 5.0;
/// Share of Oracle's backlog believed however little OpenAI's revenue covers. Assumption: a
/// fifth, for the part other buyers would take up.
const BACKLOG_BELIEF_FLOOR: f64 = 0.2;
/// Share of the backlog believed as coverage reaches comfort, on top of the floor.
/// Assumption: the rest, so full coverage means full belief.
const BACKLOG_BELIEF_COVERED: f64 = 0.8;
/// Belief's scale at neutral sentiment. Assumption: sentiment moves belief by a quarter either
/// way, so it ranges 0.5-1.0 over sentiment -1..1.
const BACKLOG_BELIEF_CALM: f64 = 0.75;
/// Belief's change per unit of sentiment. Assumption: as `BACKLOG_BELIEF_CALM` says, a quarter.
const BACKLOG_BELIEF_SENTIMENT: f64 = 0.25;
/// Sentiment an upbeat OpenAI statement adds at full credibility. Assumption: a CEO's upbeat
/// remarks move AI stocks a little, 0.04 of the -1..1 scale.
const OPENAI_UPBEAT_MOVE: f64 = 0.04;
/// Sentiment a cautious OpenAI statement takes away. Assumption: twice an upbeat one, as a
/// warning from the buyer is believed and news of trouble moves markets more.
const OPENAI_CAUTIOUS_MOVE: f64 = 0.08;
/// Sentiment an upbeat White House statement adds at full credibility. Assumption: a bit less
/// than OpenAI's, as it speaks for the economy rather than for AI demand.
const WHITEHOUSE_UPBEAT_MOVE: f64 = 0.03;
/// Sentiment a cautious White House statement takes away. Assumption: twice an upbeat one, as
/// for OpenAI's.
const WHITEHOUSE_CAUTIOUS_MOVE: f64 = 0.06;

/// Floor on the growth the two-year projection compounds, a year. Not a model parameter: it
/// keeps the projected revenue positive; `EXPECTED_GROWTH_RANGE` keeps growth above it anyway.
const PROJECTION_GROWTH_FLOOR: f64 = -0.9;
/// The second year's expected growth as a share of the first's. Assumption: analysts fade
/// growth, and halving it is the simplest fade that still compounds.
const SECOND_YEAR_GROWTH_FADE: f64 = 0.5;
/// Lowest operating margin the market capitalises. Assumption: a builder whose depreciation
/// outruns its revenue is valued on the thin margin it should recover to, not on a loss; 2%
/// keeps its operating value positive.
const MARGIN_FLOOR: f64 = 0.02;
/// Lowest share of Nvidia's multiple the circular-revenue discount leaves. Assumption: however
/// much of its revenue it finances itself, its chips keep real buyers elsewhere, worth a fifth.
const CIRCULAR_PENALTY_FLOOR: f64 = 0.2;
/// Weights of each name's revenue surprise in the market's. Assumption: OpenAI's revenue is the
/// demand itself and counts most, Nvidia's is the sector's bellwether, Oracle's and the
/// hyperscalers' AI revenue say less; they sum to one.
const SURPRISE_WEIGHTS: [(CompanyId, f64); 4] = [
    (CompanyId::OpenAi, 0.4),
    (CompanyId::Nvidia, 0.35),
    (CompanyId::Oracle, 0.1),
    (CompanyId::Hyperscalers, 0.15),
];
/// Floor on the yearly growth factor (1 + growth) whose fourth root is a quarter's. Not a model
/// parameter: it keeps the root defined when growth reaches -100%.
const GROWTH_FLOOR: f64 = 0.01;
/// Range of the market's expected revenue growth, a year. Assumption: expectations stop at a
/// halving and a sextupling a year; OpenAI's revenue grew roughly threefold a year in 2024-2025
/// (press reports), well inside.
const EXPECTED_GROWTH_RANGE: (f64, f64) = (-0.5, 5.0);
/// Cap on the sum of log spread widenings that weighs on sentiment. Assumption: past a
/// twentyfold widening (e^3) a spread says nothing more, so one blow-up cannot drive sentiment
/// alone.
const CREDIT_STRESS_CAP: f64 = 3.0;
/// Range of the growth factor the market applies to OpenAI's coverage a year out. Assumption:
/// it credits at most a tripling of revenue, and fears at worst a halving.
const FORWARD_GROWTH_RANGE: (f64, f64) = (0.5, 3.0);
/// Forward coverage below which the market worries about OpenAI's commitments. Assumption:
/// revenue covering less than half of what it owes a year out is plain strain; above that the
/// market gives the benefit of the doubt.
const COVERAGE_PRESSURE_BELOW: f64 = 0.5;
/// Cap on a backlog jump, in years of Oracle's revenue, that lifts sentiment. Assumption: twice
/// Oracle's Sep 2025 jump (RPO up $317B, ~5.5 years of revenue); more reads no better.
const BACKLOG_SURPRISE_CAP_YEARS: f64 = 10.0;
/// Return on AI stocks per unit of sentiment change, which other stocks follow by
/// `market.non_ai_beta`. Assumption: the -1..1 sentiment scale spans about a 30% move each way.
const SENTIMENT_RETURN: f64 = 0.3;
/// Quarters of revenue and capex history kept. Not a model parameter: two years, enough for
/// the trailing-year sums and year-ago comparisons that read them.
const HISTORY_Q: usize = 8;

/// How much of Oracle's backlog the market believes: less when the buyer's revenue covers little
/// of what it owes (full belief from `comfort`, `market.coverage_comfort`), and when sentiment
/// sours.
pub fn backlog_credibility(coverage: f64, sentiment: f64, comfort: f64) -> f64 {
    (BACKLOG_BELIEF_FLOOR + BACKLOG_BELIEF_COVERED * (coverage / comfort.max(1e-6)).clamp(0.0, 1.0))
        * (BACKLOG_BELIEF_CALM + BACKLOG_BELIEF_SENTIMENT * sentiment)
}

/// What OpenAI still owes Oracle under live contracts, $B.
pub fn openai_backlog(world: &World) -> f64 {
    super::operations::live(world)
        .map(|c| c.remaining_bn())
        .sum()
}

/// Oracle's backlog from other customers, and OpenAI's part as far as the market believes it
/// will be paid and delivered, $B.
fn oracle_backlog_split(world: &World, credibility: f64) -> (f64, f64) {
    let backlog = world.company(CompanyId::Oracle).backlog_bn;
    let from_openai = openai_backlog(world).min(backlog);
    (
        backlog - from_openai,
        credibility * deliverable_share(world) * from_openai,
    )
}

/// Share of OpenAI's contracted GW the market expects Oracle to deliver: its capacity online or
/// under way, plus contracts not yet due in full (`contract_lead_quarters`), which can still be
/// built in time. A contract Oracle has not built for by then earns nothing, as a quarter it
/// cannot deliver lapses.
pub fn deliverable_share(world: &World) -> f64 {
    let contracted = super::contracted_gw(world);
    if contracted <= 0.0 {
        return 1.0;
    }
    let young: f64 = super::operations::live(world)
        .filter(|c| world.turn < c.start_turn)
        .map(|c| c.gw)
        .sum();
    ((super::operations::oracle_capacity_gw(world) + young) / contracted).min(1.0)
}

/// The market digs into the economics of Oracle's OpenAI contracts in proportion to their
/// weight in what it expects Oracle to earn, and its belief about their margin moves that share
/// of the way to what renting out the capacity earns. It does so after valuing the quarter's
/// bookings: the margin came out a month after the backlog (RPO up $317B on 9 Sep 2025; The
/// Information's 14% gross margin on 7 Oct 2025).
fn learn_ai_margin(world: &mut World) {
    let (others, believed_openai) = oracle_backlog_split(world, world.market.backlog_belief);
    let run_rate = world.company(CompanyId::Oracle).revenue_q_bn * 4.0;
    let weight = believed_openai / (believed_openai + others + run_rate * BACKLOG_YEARS).max(1.0);
    let truth = world.params.companies.oracle.ai_margin;
    let m = &mut world.market;
    m.ai_margin_belief += BELIEF_LEARNING * weight * (truth - m.ai_margin_belief);
}

/// Revenue a year the chips OpenAI has on order could earn once installed, $B.
fn openai_capacity_on_order_bn_yr(world: &World) -> f64 {
    let op = &world.params.companies.openai;
    let training = super::operations::training_share(world.last_orders.openai.training_intensity);
    world.openai.chips_on_order_gw
        * op.revenue_per_inference_gw_yr
        * world.openai.efficiency
        * (1.0 - training)
}

/// Debt less cash, $B.
pub fn net_debt(world: &World, id: CompanyId) -> f64 {
    world.company(id).debt_bn() - world.cash(id)
}

/// A company's valuation inputs as they stand, with the events' `shock`, and its operating value
/// before the start-of-game scale: expected revenue in two years x margin x multiple. Investors
/// discount revenue paid for with the vendor's own money as its share grows.
pub fn valuation_inputs(
    world: &World,
    id: CompanyId,
    sentiment: f64,
    circular: f64,
    credibility: f64,
    shock: f64,
) -> (f64, ValuationInputs) {
    let [earnings, base, mood, circular_penalty] =
        value_parts(world, id, sentiment, circular, credibility);
    let inputs = ValuationInputs {
        earnings_bn: earnings,
        multiple: base * mood * circular_penalty,
        cash_bn: world.cash(id).max(0.0) - credit::earmarked_cash_bn(world, id),
        shock,
        debt_bn: adjusted_debt(world, id),
        risk_free: world.market.risk_free,
        // Credit records the quarter's spread shock when it quotes the spread.
        spread_shock_bp: 0.0,
    };
    (earnings * base * mood * circular_penalty, inputs)
}

/// The market value of a company's assets from its operating value (scaled to the start's
/// market), its cash and the events' shock, $B.
pub fn assets_bn(operating: f64, scale: f64, cash_bn: f64, shock: f64) -> f64 {
    ((operating * scale + cash_bn) * (1.0 + shock)).max(1e-3)
}

/// The operating value's factors: expected operating earnings ($B a year), the base multiple,
/// sentiment's move of it, and the discount for circular revenue.
fn value_parts(
    world: &World,
    id: CompanyId,
    sentiment: f64,
    circular: f64,
    credibility: f64,
) -> [f64; 4] {
    let params = &world.params;
    let m = &params.market;
    let c = world.company(id);
    let bp = params.companies.balance(id);
    let run_rate = c.revenue_q_bn * 4.0;
    // Analysts fade growth: the second year grows at half the first year's rate.
    let g = c.expected_growth.max(PROJECTION_GROWTH_FLOOR);
    let mut expected = run_rate * (1.0 + g) * (1.0 + SECOND_YEAR_GROWTH_FADE * g);
    // Operating profit a year from OpenAI's contracts with Oracle, as the market sees them.
    let mut contracted_profit = 0.0;
    if id == CompanyId::Oracle {
        // OpenAI's part of the backlog counts as far as the market believes OpenAI can pay, at
        // the margin it believes renting out AI capacity earns.
        let (others, believed_openai) = oracle_backlog_split(world, credibility);
        expected = expected.max(run_rate + others / BACKLOG_YEARS);
        contracted_profit = believed_openai / BACKLOG_YEARS * world.market.ai_margin_belief;
    }
    if id == CompanyId::OpenAi {
        // Investors price compute on order as the revenue it could earn once installed, as far
        // as they believe demand will fill it: the story that carries AI valuations ahead of
        // revenue (FACTS: "buy power that does not exist yet").
        expected += credibility * openai_capacity_on_order_bn_yr(world);
    }
    // Earnings as the income statements report them: a build-out whose depreciation runs ahead
    // of the revenue it earns thins the margin the market capitalises. OpenAI is valued on
    // revenue.
    let margin = match id {
        CompanyId::OpenAi => 1.0,
        _ => c.operating_margin.max(MARGIN_FLOOR),
    };
    // Only the vendor's revenue is circular: OpenAI's customers pay with their own money.
    let circular_penalty = if id == CompanyId::Nvidia {
        (1.0 - m.circular_discount * circular * (1.0 + (-sentiment).max(0.0)))
            .max(CIRCULAR_PENALTY_FLOOR)
    } else {
        1.0
    };
    [
        expected * margin + contracted_profit,
        bp.base_multiple,
        (m.multiple_sentiment * sentiment).exp(),
        circular_penalty,
    ]
}

/// Revenue against expectations; returns the weighted surprise across the AI names.
fn surprises(world: &mut World) -> f64 {
    let adaptation = world.params.market.expectation_adaptation;
    let mut surprise_sum = 0.0;
    let mut weight_sum = 0.0;
    for (id, weight) in SURPRISE_WEIGHTS {
        let c = world.company_mut(id);
        let last = c.revenue_history.last().copied().unwrap_or(c.revenue_q_bn);
        let expected = last * (1.0 + c.expected_growth).max(GROWTH_FLOOR).powf(0.25);
        let surprise = if expected > 0.0 {
            c.revenue_q_bn / expected - 1.0
        } else {
            0.0
        };
        c.surprise = surprise.clamp(-1.0, 1.0);
        let year_ago = c
            .revenue_history
            .iter()
            .rev()
            .nth(3)
            .copied()
            .unwrap_or(last);
        let realised = if year_ago > 0.0 {
            c.revenue_q_bn / year_ago - 1.0
        } else {
            0.0
        };
        c.expected_growth += adaptation * (realised - c.expected_growth);
        c.expected_growth = c
            .expected_growth
            .clamp(EXPECTED_GROWTH_RANGE.0, EXPECTED_GROWTH_RANGE.1);
        surprise_sum += weight * c.surprise;
        weight_sum += weight;
    }
    surprise_sum / weight_sum
}

/// Nvidia's trailing-year revenue paid with its own vendor financing, as a share.
fn circular_share(world: &World) -> f64 {
    let nv = world.company(CompanyId::Nvidia);
    let revenue: f64 = nv.revenue_history.iter().rev().take(3).sum::<f64>() + nv.revenue_q_bn;
    let circular: f64 = world
        .market
        .circular_revenue_history
        .iter()
        .rev()
        .take(4)
        .sum();
    if revenue > 0.0 {
        (circular / revenue).min(1.0)
    } else {
        0.0
    }
}

/// Spreads widening at the listed builders this quarter, as the credit market holds them: each
/// name's log widening weighted by the debt agencies count, so a builder's widening weighs on
/// the AI trade as far as the build-out's debt is its (Oracle's, Nov 2025, was about two fifths
/// of the listed builders' here), and its own widening feeds back on it at that weight.
fn credit_stress(world: &World) -> f64 {
    let builders = [CompanyId::Oracle, CompanyId::Hyperscalers];
    let debts = builders.map(|id| super::credit::adjusted_debt(world, id).max(0.0));
    let total: f64 = debts.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    builders
        .iter()
        .zip(debts)
        .map(|(id, debt)| {
            let c = world.company(*id);
            debt / total * (c.spread_bp / c.spread_last_bp.max(1.0)).ln().max(0.0)
        })
        .sum::<f64>()
        .min(CREDIT_STRESS_CAP)
}

/// The quarter's change in AI sentiment.
fn sentiment(world: &mut World, orders: &Orders, surprise: f64, shock: f64, rngs: &Rngs) {
    let m = world.params.market.clone();
    let mut rng = rngs.stream(Purpose::Markets, world.turn, 1);
    let credit_stress = credit_stress(world);
    // The market judges OpenAI's commitments against the revenue it expects a year out.
    let openai = world.company(CompanyId::OpenAi);
    let forward_coverage = world.market.coverage
        * (1.0 + openai.expected_growth).clamp(FORWARD_GROWTH_RANGE.0, FORWARD_GROWTH_RANGE.1);
    // A jump in Oracle's backlog reads as proof that AI demand is real.
    let oracle = world.company(CompanyId::Oracle);
    let booked = (oracle.backlog_bn - world.market.backlog_last_bn).max(0.0);
    let backlog_surprise = booked / (oracle.revenue_q_bn * 4.0).max(1.0);
    world.market.backlog_last_bn = oracle.backlog_bn;
    let s = world.market.sentiment;
    let change = (m.sentiment_persistence - 1.0) * s
        + m.surprise_weight * surprise
        + m.backlog_surprise_weight * backlog_surprise.min(BACKLOG_SURPRISE_CAP_YEARS)
        - m.coverage_pressure * (COVERAGE_PRESSURE_BELOW - forward_coverage).max(0.0)
        - m.credit_sentiment * credit_stress
        + m.momentum * world.market.sentiment_change
        + credibility::effect(
            world,
            Speaker::OpenAi,
            orders.openai.statement,
            OPENAI_UPBEAT_MOVE,
            OPENAI_CAUTIOUS_MOVE,
        )
        + credibility::effect(
            world,
            Speaker::WhiteHouse,
            orders.whitehouse.statement,
            WHITEHOUSE_UPBEAT_MOVE,
            WHITEHOUSE_CAUTIOUS_MOVE,
        )
        + shock
        + m.sentiment_noise * rng.normal();
    let new_s = (s + change).clamp(-1.0, 1.0);
    world.market.sentiment_change = new_s - s;
    world.market.sentiment = new_s;
}

/// Asset values from fundamentals and cash; equity from the structural model.
fn value_companies(world: &mut World, shocks: &MarketShocks) {
    let s = world.market.sentiment;
    let circ = world.market.circular_share;
    let credibility = world.market.backlog_belief;
    let recovery = world.params.market.recovery;
    for id in CompanyId::ALL {
        let shock = shocks.market_value.get(id.index()).copied().unwrap_or(0.0);
        let (operating, inputs) = valuation_inputs(world, id, s, circ, credibility, shock);
        let c = world.company(id);
        let assets = assets_bn(operating, c.valuation_scale, inputs.cash_bn, shock);
        let rate = inputs.risk_free;
        let equity = merton(assets, inputs.debt_bn, c.asset_vol, rate, recovery).equity_bn;
        let c = world.company_mut(id);
        c.valuation = inputs;
        c.asset_value_bn = assets;
        c.market_cap_bn = equity.max(1e-3);
        c.peak_market_cap_bn = c.peak_market_cap_bn.max(c.market_cap_bn);
    }
}

/// Each company's share price, $ (at the quarter's start, before anything moves it).
pub fn share_prices(world: &World) -> [f64; CompanyId::ALL.len()] {
    CompanyId::ALL.map(|id| world.company(id).share_price())
}

/// Expectations, sentiment, valuations, credit, ratings, the index and the gauges.
/// `opening_prices` are the share prices the quarter started at (`share_prices`).
pub fn markets(
    world: &mut World,
    orders: &Orders,
    shocks: &MarketShocks,
    opening_prices: &[f64; CompanyId::ALL.len()],
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let surprise = surprises(world);
    world.market.coverage = coverage(world);
    world.market.circular_share = circular_share(world);
    sentiment(world, orders, surprise, shocks.sentiment, rngs);
    let credibility = world.market.backlog_belief;
    let concentration =
        (openai_backlog(world) / world.company(CompanyId::Oracle).backlog_bn.max(1.0)).min(1.0);
    let implied = backlog_credibility(
        world.market.coverage,
        world.market.sentiment,
        world.params.market.coverage_comfort,
    );
    world.market.backlog_belief += BELIEF_LEARNING * concentration * (implied - credibility);
    value_companies(world, shocks);
    learn_ai_margin(world);
    credit::step(world, &shocks.spread_bp, report);
    index(world, rngs);
    credibility::judge(world, orders.openai.statement, orders.whitehouse.statement);
    year_end_tallies(world);
    let on_bookings = price_on_bookings(world, credibility, shocks);
    let highs = quarter_highs(world, opening_prices, on_bookings.map(|b| b.price), rngs);
    bookings_report(world, on_bookings, report);
    super::restructuring::report_companies(world, &highs, report);
    roll_histories(world);
    market_report(world, report);
}

/// OpenAI's revenue run rate over its yearly commitments, as markets read it this quarter: both
/// were public as they went (its executives gave run-rate milestones through 2025, $10B in June
/// and $13B in August; each deal was announced when signed, Oracle's $300B in September).
fn coverage(world: &World) -> f64 {
    let commitments = world.openai.commitments_yr_bn;
    if commitments > 0.0 {
        world.openai.revenue_run_rate_bn / commitments
    } else {
        1.0
    }
}

/// Not a model parameter: a quarter, in years.
const QUARTER_YEARS: f64 = 0.25;
/// Share of the quarter that has passed when its bookings are news. Assumption: the middle, as
/// a booking's day is not modelled (Oracle's RPO came on 9 Sep 2025, late in its quarter).
const BOOKINGS_NEWS_AT: f64 = 0.5;

/// Oracle's share price on the news of the quarter's OpenAI contracts, $: the backlog valued at
/// the belief in OpenAI's ability to pay the quarter opened with, before the market priced the
/// debt to fund the capacity they call for. Oracle's shares rose 36% on its RPO (up $317B on
/// 9 Sep 2025); it sold $18B of bonds to fund the build-out on 24 Sep, and analysts questioned
/// OpenAI's ability to pay in the weeks after. The quarter's close prices both; None in a
/// quarter with no new contract.
fn price_on_bookings(
    world: &World,
    opening_belief: f64,
    shocks: &MarketShocks,
) -> Option<OnBookings> {
    let id = CompanyId::Oracle;
    let c = world.company(id);
    if super::operations::signed_this_quarter_gw(world) <= 0.0 || c.insolvent || c.shares_bn <= 0.0
    {
        return None;
    }
    let unpriced_debt = credit::build_out_signed_this_quarter(world);
    let m = &world.market;
    let shock = shocks.market_value[id.index()];
    let (operating, inputs) = valuation_inputs(
        world,
        id,
        m.sentiment,
        m.circular_share,
        opening_belief,
        shock,
    );
    let assets = assets_bn(operating, c.valuation_scale, inputs.cash_bn, shock);
    let debt = (inputs.debt_bn - unpriced_debt).max(0.0);
    let recovery = world.params.market.recovery;
    let equity = merton(assets, debt, c.asset_vol, m.risk_free, recovery).equity_bn;
    Some(OnBookings {
        price: equity / c.shares_bn,
        unpriced_debt_bn: unpriced_debt,
    })
}

/// Oracle's share price on the news of its bookings, $, and the debt the market had not yet
/// counted for them, $B.
#[derive(Clone, Copy)]
struct OnBookings {
    price: f64,
    unpriced_debt_bn: f64,
}

/// Each company's highest share price within the quarter, $: the quarter's closes are all the
/// model resolves, but prices trade every day, and a path from one close to the next with the
/// volatility the structural model implies (`credit::equity_vol`) peaks above both. Its peak
/// is drawn exactly (`stats::bridge_max`), so a year's high is comparable with the intraday
/// highs the calibration's sources quote. Oracle's path passes through its price on the news
/// of the quarter's bookings (`price_on_bookings`) where it has any.
fn quarter_highs(
    world: &World,
    opening_prices: &[f64; CompanyId::ALL.len()],
    oracle_on_bookings: Option<f64>,
    rngs: &Rngs,
) -> [f64; CompanyId::ALL.len()] {
    let rate = world.market.risk_free;
    // Their own streams, apart from the market's other draws; one draw per company, in order,
    // and one more for a path's second leg.
    let mut rng = rngs.stream(Purpose::Markets, world.turn, 2);
    let mut second_leg = rngs.stream(Purpose::Markets, world.turn, 3);
    CompanyId::ALL.map(|id| {
        let u = 1.0 - rng.uniform();
        let c = world.company(id);
        let (open, close) = (opening_prices[id.index()], c.share_price());
        if open <= 0.0 || close <= 0.0 || c.insolvent {
            return open.max(close);
        }
        let debt = c.valuation.debt_bn;
        let vol = credit::equity_vol(c.asset_value_bn, debt, c.asset_vol, rate, c.market_cap_bn);
        let variance = vol * vol * QUARTER_YEARS;
        match oracle_on_bookings.filter(|p| id == CompanyId::Oracle && *p > 0.0) {
            Some(news) => {
                let before = BOOKINGS_NEWS_AT * variance;
                let first = stats::bridge_max(open.ln(), news.ln(), before, u);
                let u_after = 1.0 - second_leg.uniform();
                let after = variance - before;
                first
                    .max(stats::bridge_max(news.ln(), close.ln(), after, u_after))
                    .exp()
            }
            None => stats::bridge_max(open.ln(), close.ln(), variance, u).exp(),
        }
    })
}

/// Least lift over the close that the news of bookings tells. Not a model parameter: a move
/// under 1% is a day's noise, not news.
const NEWS_LIFT_SHOWN: f64 = 0.01;
/// Least debt the news of bookings names, $B. Not a model parameter: below it the figure
/// would read "$0.0B".
const NEWS_DEBT_SHOWN_BN: f64 = 0.05;

/// Tells the quarter's price on Oracle's bookings where it stood above the close: the news
/// lifted the shares before the market priced what funding the capacity costs and weighed the
/// buyer's ability to pay.
fn bookings_report(world: &World, on_bookings: Option<OnBookings>, report: &mut TurnReport) {
    let close = world.company(CompanyId::Oracle).share_price();
    let Some(b) = on_bookings.filter(|b| b.price > close * (1.0 + NEWS_LIFT_SHOWN)) else {
        return;
    };
    let debt = b.unpriced_debt_bn;
    // Contracts Oracle's spare capacity already serves add no debt to count.
    let key = if debt >= NEWS_DEBT_SHOWN_BN {
        "news-bookings-priced"
    } else {
        "news-bookings-priced-built"
    };
    report.say(
        Topic::Finance,
        Severity::Info,
        Msg::new(key)
            .num("news", b.price)
            .num("close", close)
            .num("debt", debt),
    );
}

/// The index: listed AI names and the rest of the market; household and pension wealth.
fn index(world: &mut World, rngs: &Rngs) {
    let m = world.params.market.clone();
    let mut rng = rngs.stream(Purpose::Markets, world.turn, 0);
    let listed: f64 = CompanyId::ALL
        .iter()
        .filter(|id| id.listed())
        .map(|id| world.company(*id).market_cap_bn)
        .sum();
    let mk = &mut world.market;
    mk.non_ai_cap_bn *= 1.0
        + m.non_ai_growth_q
        + m.non_ai_beta * mk.sentiment_change * SENTIMENT_RETURN
        + m.non_ai_vol_q * rng.normal();
    mk.non_ai_cap_bn = mk.non_ai_cap_bn.max(1.0);
    mk.index = 100.0 * (listed + mk.non_ai_cap_bn) / mk.index_base_bn.max(1.0);
    mk.index_peak = mk.index_peak.max(mk.index);
    mk.index_history.push(mk.index);
    mk.household_stocks_bn = m.household_wealth_bn * m.household_stock_share * mk.index / 100.0;
    let ai_drop = (1.0 - listed / mk.ai_cap_start_bn.max(1.0)).max(0.0);
    mk.pension_losses_bn = mk
        .pension_losses_bn
        .max(m.pension_assets_bn * m.pension_ai_share * ai_drop);
    world.market.bubble_gauge = bubble_gauge(world);
}

/// Market value of the AI names over their annual revenue.
pub fn bubble_gauge(world: &World) -> f64 {
    let value: f64 = CompanyId::ALL
        .iter()
        .map(|id| world.company(*id).market_cap_bn)
        .sum();
    let revenue: f64 = CompanyId::ALL
        .iter()
        .map(|id| world.company(*id).revenue_q_bn * 4.0)
        .sum();
    if revenue > 0.0 { value / revenue } else { 0.0 }
}

fn year_end_tallies(world: &mut World) {
    if world.date.quarter == 4 {
        let year = world.date.year;
        let mk = &mut world.market;
        mk.bonds_by_year.push((year, mk.bonds_ytd_bn));
        mk.capex_by_year.push((year, mk.capex_ytd_bn));
        mk.bonds_ytd_bn = 0.0;
        mk.capex_ytd_bn = 0.0;
    }
}

fn roll_histories(world: &mut World) {
    for c in &mut world.companies {
        c.revenue_history.push(c.revenue_q_bn);
        c.capex_history.push(c.capex_q_bn);
        for history in [&mut c.revenue_history, &mut c.capex_history] {
            if history.len() > HISTORY_Q {
                history.remove(0);
            }
        }
    }
}

fn market_report(world: &World, report: &mut TurnReport) {
    let r = &mut report.market;
    r.sentiment = world.market.sentiment;
    r.index = world.market.index;
    r.risk_free = world.market.risk_free;
    r.bubble_gauge = world.market.bubble_gauge;
    r.coverage = world.market.coverage;
    r.circular_share = world.market.circular_share;
    r.ai_revenue_bn_yr = world.openai.revenue_run_rate_bn + world.market.hyperscaler_ai_q_bn * 4.0;
    r.openai_revenue_bn = world.company(CompanyId::OpenAi).revenue_q_bn;
    r.openai_compute_gw = world.openai.compute_gw;
    r.openai_commitments_bn_yr = world.openai.commitments_yr_bn;
    r.bonds_issued_bn = CompanyId::ALL
        .iter()
        .map(|id| world.company(*id).bonds_issued_q_bn)
        .sum();
    r.hyperscaler_capex_bn = world.company(CompanyId::Hyperscalers).capex_q_bn;
    r.household_stocks_bn = world.market.household_stocks_bn;
}
