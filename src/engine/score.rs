//! Each seat's objective and the public-welfare score, with a breakdown a player can read.

use super::ids::{CompanyId, Seat};
use super::params::RegionParams;
use super::report::{FaultOutcome, ScorePart, ScoreReport, SeatScore, TurnReport, WelfareScore};
use super::state::World;

fn part(key: &str, value: f64, target: f64, points: f64, max_points: f64, met: bool) -> ScorePart {
    ScorePart {
        key: key.to_string(),
        value,
        target,
        points: points.clamp(0.0, max_points),
        max_points,
        met,
        direction: Default::default(),
        pass: None,
        unit: Default::default(),
    }
}

fn ratio(value: f64, target: f64) -> f64 {
    if target > 0.0 {
        (value / target).clamp(0.0, 1.0)
    } else {
        1.0
    }
}

/// Floor on a company's quarterly revenue where its cash-flow lines scale by it, $B. Not a model
/// parameter: it keeps the scale above zero for a company without revenue; OpenAI's and Oracle's
/// quarters bring in well above it.
const REVENUE_FLOOR_Q_BN: f64 = 1.0;

/// Points for the restructured company's capacity kept running, of 100. Assumption: the capacity
/// kept running is what a restructuring saves of the seat's stake, weighed like what its
/// creditors recover.
const RECOVERY_RUNNING_POINTS: f64 = 15.0;
/// Points for the restructured company's cash flow, of 100. Assumption: a restructured company
/// is judged first on paying its way, but its cash flow weighs less than the assets it kept.
const RECOVERY_CASH_FLOW_POINTS: f64 = 10.0;
/// The quarter's burn, as a share of its revenue, at which the restructured company's cash-flow
/// line scores nothing (full at break-even). Assumption: half a quarter's revenue, the scale of
/// Oracle's cash-flow line, so both companies' burn is judged alike.
const RECOVERY_BURN_SHARE_OF_REVENUE_AT_NONE: f64 = 0.5;
/// Points for what the restructured company's creditors recover, of 100. Assumption: a
/// restructuring is judged by what the lenders get back, as much as by the capacity kept.
const RECOVERY_CREDITORS_POINTS: f64 = 15.0;
/// Points of the default line, which a defaulted seat never earns, of 100. Assumption: 60, so a
/// defaulted seat scores at most 40, below a solvent seat that met half its targets: both
/// company seats' stakes include solvency, and a cheaper penalty made borrowing to the limit
/// and defaulting the best plan.
const RECOVERY_DEFAULTED_POINTS: f64 = 60.0;

/// After default a company seat plays on as the restructured company: capacity kept running,
/// its cash flow and what its creditors recover, plus a penalty line that never goes away
/// (`RECOVERY_DEFAULTED_POINTS`).
fn restructured_parts(world: &World, id: CompanyId) -> Vec<ScorePart> {
    let c = world.company(id);
    let (key, running, target) = match id {
        CompanyId::OpenAi => (
            "score-recovery-compute",
            world.openai.compute_gw,
            world.params.objectives.openai_compute_gw,
        ),
        _ => {
            let online_mw: f64 =
                world.regions.iter().map(|r| r.dc.oracle_mw).sum::<f64>() + world.oracle.island_mw;
            let start_mw: f64 = world
                .params
                .regions
                .iter()
                .map(|r| r.data_centers.oracle_mw)
                .sum();
            (
                "score-recovery-online",
                online_mw / 1000.0,
                start_mw / 1000.0,
            )
        }
    };
    let fcf = c.free_cash_flow_q_bn;
    let revenue = c.revenue_q_bn.max(REVENUE_FLOOR_Q_BN);
    let claims = super::finance::credit::adjusted_debt(world, id);
    let recovery = if claims > 0.0 {
        (c.asset_value_bn / claims).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let since = world
        .params
        .scenario
        .start
        .plus(c.default_turn.unwrap_or(world.turn));
    vec![
        part(
            key,
            running,
            target,
            RECOVERY_RUNNING_POINTS * ratio(running, target),
            RECOVERY_RUNNING_POINTS,
            running >= target,
        ),
        part(
            "score-recovery-cash-flow",
            fcf,
            0.0,
            RECOVERY_CASH_FLOW_POINTS
                * (1.0 + fcf / (RECOVERY_BURN_SHARE_OF_REVENUE_AT_NONE * revenue)).clamp(0.0, 1.0),
            RECOVERY_CASH_FLOW_POINTS,
            fcf >= 0.0,
        ),
        part(
            "score-recovery-creditors",
            recovery,
            1.0,
            RECOVERY_CREDITORS_POINTS * recovery,
            RECOVERY_CREDITORS_POINTS,
            recovery >= 1.0,
        ),
        // The value is the quarter of the default (its ordinal), so screens can name it.
        part(
            DEFAULTED,
            f64::from(since.ordinal()),
            0.0,
            0.0,
            RECOVERY_DEFAULTED_POINTS,
            false,
        ),
    ]
}

/// Compute OpenAI can count on at the objective's date: hyperscaler deals, its own chips
/// (delivered or on order) and Oracle contracts still running when the game ends, and never
/// less than the compute online, GW.
pub fn openai_secured_gw(world: &World) -> f64 {
    let end = world.params.scenario.turns;
    let contracted: f64 = world
        .contracts
        .iter()
        .filter(|k| !k.defaulted && k.end_turn >= end)
        .map(|k| k.gw)
        .sum();
    let o = &world.openai;
    // Its own chips delivered sit in colocation halls, online or waiting to connect.
    let own_chips_gw: f64 = world
        .regions
        .iter()
        .map(|r| r.dc.colo_mw + r.dc.colo_waiting_mw)
        .sum::<f64>()
        / 1000.0;
    // Compute online is secured too, whatever contract or deal brings it.
    (o.hyperscaler_gw + own_chips_gw + o.chips_on_order_gw + contracted).max(o.compute_gw)
}

/// Points for OpenAI's compute online, of 100. Assumption: compute online is the first of its
/// stakes (compute and revenue growth without running out of cash), so it and revenue carry the
/// most, 30 each.
const OPENAI_COMPUTE_POINTS: f64 = 30.0;
/// Points for the compute OpenAI has secured ahead, of 100. Assumption: commitments count for
/// half as much as compute running, as a deal can still fall through before the end.
const OPENAI_SECURED_POINTS: f64 = 15.0;
/// Points for OpenAI's revenue run-rate, of 100. Assumption: revenue growth is its other first
/// stake, weighed like compute online.
const OPENAI_REVENUE_POINTS: f64 = 30.0;
/// Points for OpenAI's cash runway, of 100. Assumption: running out of cash ends every other
/// stake, so the runway weighs as much as the compute secured.
const OPENAI_RUNWAY_POINTS: f64 = 15.0;
/// Cash runway for full points, quarters of burn. Assumption: a year of burn in cash, so a
/// company that raises money about once a year need not raise in a hurry.
const OPENAI_RUNWAY_FULL_Q: f64 = 4.0;
/// Least burn the runway is counted against, $B a quarter. Assumption: a company whose cash
/// flow has turned positive can still meet a bad quarter; against $0.5B a quarter its runway
/// stays finite and $2B of cash fills the line.
const OPENAI_RUNWAY_BURN_FLOOR_Q_BN: f64 = 0.5;
/// Points for the credit market's view of OpenAI's default risk, of 100. Assumption: the least
/// of its lines, as the runway already counts the burn; it adds what debt and vendor money do.
const OPENAI_DEFAULT_RISK_POINTS: f64 = 10.0;

/// OpenAI's stakes (DESIGN: compute online and revenue growth without running out of cash):
/// compute online, compute secured ahead, revenue, its cash runway and the credit market's view
/// of its default risk (debt and vendor money count against it). Weights are assumptions.
fn openai_parts(world: &World) -> Vec<ScorePart> {
    let obj = &world.params.objectives;
    let c = world.company(CompanyId::OpenAi);
    let compute = world.openai.compute_gw;
    let secured = openai_secured_gw(world);
    let revenue = world.openai.revenue_run_rate_bn;
    let burn = (-c.free_cash_flow_q_bn).max(OPENAI_RUNWAY_BURN_FLOOR_Q_BN);
    let runway = world.cash(CompanyId::OpenAi) / burn;
    let pd = c.default_prob_5y;
    let (pd_full, pd_none) = (obj.openai_default_prob_full, obj.openai_default_prob_none);
    let credit = ((pd_none - pd) / (pd_none - pd_full)).clamp(0.0, 1.0);
    let alive = !c.insolvent;
    vec![
        part(
            "score-compute",
            compute,
            obj.openai_compute_gw,
            OPENAI_COMPUTE_POINTS * ratio(compute, obj.openai_compute_gw),
            OPENAI_COMPUTE_POINTS,
            compute >= obj.openai_compute_gw,
        ),
        part(
            "score-compute-secured",
            secured,
            obj.openai_secured_gw,
            OPENAI_SECURED_POINTS * ratio(secured, obj.openai_secured_gw),
            OPENAI_SECURED_POINTS,
            secured >= obj.openai_compute_gw,
        )
        .met_at(obj.openai_compute_gw),
        part(
            "score-revenue",
            revenue,
            obj.openai_revenue_bn_yr,
            OPENAI_REVENUE_POINTS * ratio(revenue, obj.openai_revenue_bn_yr),
            OPENAI_REVENUE_POINTS,
            revenue >= obj.openai_revenue_bn_yr,
        ),
        part(
            "score-runway",
            runway,
            OPENAI_RUNWAY_FULL_Q,
            if alive {
                OPENAI_RUNWAY_POINTS * ratio(runway, OPENAI_RUNWAY_FULL_Q)
            } else {
                0.0
            },
            OPENAI_RUNWAY_POINTS,
            alive && runway >= obj.openai_runway_q,
        )
        .met_at(obj.openai_runway_q),
        part(
            "score-default-risk",
            pd,
            pd_full,
            if alive {
                OPENAI_DEFAULT_RISK_POINTS * credit
            } else {
                0.0
            },
            OPENAI_DEFAULT_RISK_POINTS,
            alive && pd < pd_none,
        )
        .as_share()
        .at_most()
        .met_at(pd_none),
    ]
}

/// Oracle's data-center capacity online, in its regions and on its own power, GW.
pub fn oracle_online_gw(world: &World) -> f64 {
    (world.regions.iter().map(|r| r.dc.oracle_mw).sum::<f64>() + world.oracle.island_mw) / 1000.0
}

/// Points for Oracle's capacity online, of 100. Assumption: growth is half of its stake (growth
/// without a downgrade), shared between the capacity its backlog promises and the share price.
const ORACLE_ONLINE_POINTS: f64 = 30.0;
/// Points for Oracle's share price, of 100. Assumption: the market's reward for the growth,
/// weighed like the capacity online.
const ORACLE_SHARE_PRICE_POINTS: f64 = 30.0;
/// Points for Oracle's investment-grade rating, of 100. Assumption: "without a downgrade" is the
/// other half of its stake, most of it the rating and the rest its cash flow.
const ORACLE_RATING_POINTS: f64 = 25.0;
/// Notches below BBB- at which the rating line scores nothing. Assumption: four notches, down to
/// B+, deep enough into high yield that the downgrade has cost Oracle its stake.
const ORACLE_RATING_NOTCHES_TO_NONE: f64 = 4.0;
/// Points for Oracle's free cash flow, of 100. Assumption: the smallest line, as a builder is
/// expected to spend beyond its cash flow; it keeps the burn from being free.
const ORACLE_CASH_FLOW_POINTS: f64 = 15.0;
/// The quarter's burn, as a share of its revenue, at which Oracle's cash-flow line scores
/// nothing (full at break-even). Assumption: half a quarter's revenue, twice the burn at which
/// the line is still met.
const ORACLE_BURN_SHARE_OF_REVENUE_AT_NONE: f64 = 0.5;
/// The quarter's burn, as a share of its revenue, up to which Oracle's cash-flow line is met.
/// Assumption: a quarter of revenue, as Oracle ran negative free cash flow in 2025 and kept its
/// rating.
const ORACLE_BURN_SHARE_OF_REVENUE_MET: f64 = 0.25;

/// Oracle's stakes (the source: growth without a downgrade): capacity online (the growth its
/// backlog promises), the share price, the investment-grade rating and its cash flow. A builder
/// spends beyond its cash flow, so the cash-flow line is met while the quarter's burn stays
/// under a quarter of revenue (an assumption: Oracle ran negative free cash flow in 2025 and
/// kept its rating). Weights are assumptions.
fn oracle_parts(world: &World) -> Vec<ScorePart> {
    let obj = &world.params.objectives;
    let c = world.company(CompanyId::Oracle);
    let balance = &world.params.companies.oracle.balance;
    let price_target = balance.market_cap_bn / balance.shares_bn * obj.oracle_price_multiple;
    let price = c.share_price();
    let bbb_minus = super::params::Rating::BbbMinus.notch() as f64;
    let notches_below = c.rating.notch() as f64 - bbb_minus;
    let fcf = c.free_cash_flow_q_bn;
    let revenue = c.revenue_q_bn.max(REVENUE_FLOOR_Q_BN);
    let online = oracle_online_gw(world);
    vec![
        part(
            "score-online",
            online,
            obj.oracle_online_gw,
            ORACLE_ONLINE_POINTS * ratio(online, obj.oracle_online_gw),
            ORACLE_ONLINE_POINTS,
            online >= obj.oracle_online_gw,
        ),
        part(
            "score-share-price",
            price,
            price_target,
            ORACLE_SHARE_PRICE_POINTS * ratio(price, price_target),
            ORACLE_SHARE_PRICE_POINTS,
            price >= price_target && !c.insolvent,
        ),
        part(
            "score-investment-grade",
            c.rating.notch() as f64,
            bbb_minus,
            ORACLE_RATING_POINTS * (1.0 - notches_below.max(0.0) / ORACLE_RATING_NOTCHES_TO_NONE),
            ORACLE_RATING_POINTS,
            c.rating.investment_grade(),
        )
        .at_most(),
        part(
            "score-free-cash-flow",
            fcf,
            0.0,
            ORACLE_CASH_FLOW_POINTS
                * (1.0 + fcf / (ORACLE_BURN_SHARE_OF_REVENUE_AT_NONE * revenue)).clamp(0.0, 1.0),
            ORACLE_CASH_FLOW_POINTS,
            fcf >= -ORACLE_BURN_SHARE_OF_REVENUE_MET * revenue,
        )
        .met_at(-ORACLE_BURN_SHARE_OF_REVENUE_MET * revenue),
    ]
}

/// Points for the elections the White House holds, or its approval before any, of 100.
/// Assumption: the largest line, as elections decide whether it keeps power to pursue the rest.
const WHITEHOUSE_ELECTIONS_POINTS: f64 = 35.0;
/// Points for the stock index, of 100. Assumption: markets are a stake it watches but does not
/// run, weighed like the budget.
const WHITEHOUSE_INDEX_POINTS: f64 = 20.0;
/// Points for the manufacturing jobs gained, of 100. Assumption: jobs are the stake its
/// programmes aim at, second only to the elections.
const WHITEHOUSE_JOBS_POINTS: f64 = 25.0;
/// Points for the programmes' deficit, of 100. Assumption: enough that spending without limit
/// costs as much as the index could win.
const WHITEHOUSE_DEFICIT_POINTS: f64 = 20.0;
/// The deficit, in multiples of the cap, at which the budget line scores nothing. Assumption:
/// three times the cap, so every dollar costs points and a budget at the cap keeps two thirds.
const WHITEHOUSE_DEFICIT_NONE_CAP_MULTIPLE: f64 = 3.0;

/// The White House's stakes (the source: jobs, approval, elections, the budget): elections
/// held, the index, manufacturing jobs and the deficit its programmes run. Weights are
/// assumptions; the budget line makes spending without limit a choice with a cost.
fn whitehouse_parts(world: &World) -> Vec<ScorePart> {
    let obj = &world.params.objectives;
    let held = &world.politics.elections;
    let won = held.iter().filter(|e| e.won).count() as f64;
    let approval = world.politics.approval;
    // Before the first election the line reads approval against what keeps the party in; after
    // it, the share of elections won, so the figure shown is the one its tick judges.
    let (shown, target, election_share, elections_met) = if held.is_empty() {
        (
            approval,
            obj.whitehouse_approval,
            ratio(approval, obj.whitehouse_approval),
            approval >= obj.whitehouse_approval,
        )
    } else {
        let share = won / held.len() as f64;
        (share, 1.0, share, won as usize == held.len())
    };
    let index = world.market.index / 100.0;
    let jobs = world.politics.jobs_k - world.params.politics.jobs_start_k;
    let jobs_share = if obj.whitehouse_jobs_k > 0.0 {
        (jobs / obj.whitehouse_jobs_k).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let deficit = super::politics::budget::deficit_gdp_points(world);
    let cap = obj.whitehouse_deficit_gdp_points;
    vec![
        part(
            "score-elections",
            shown,
            target,
            WHITEHOUSE_ELECTIONS_POINTS * election_share,
            WHITEHOUSE_ELECTIONS_POINTS,
            elections_met,
        )
        .as_share(),
        part(
            "score-index",
            index,
            obj.whitehouse_index_multiple,
            WHITEHOUSE_INDEX_POINTS * ratio(index, obj.whitehouse_index_multiple),
            WHITEHOUSE_INDEX_POINTS,
            index >= obj.whitehouse_index_multiple,
        ),
        part(
            "score-jobs",
            jobs,
            obj.whitehouse_jobs_k,
            WHITEHOUSE_JOBS_POINTS * jobs_share,
            WHITEHOUSE_JOBS_POINTS,
            jobs >= obj.whitehouse_jobs_k,
        ),
        // Every dollar of the programmes' deficit costs points: full points with none, none at
        // three times the cap; met within the cap. With full points anywhere within the cap,
        // spending up to it was free and every generous budget scored alike (balance, 60 seeds:
        // half the maximum programmes 98.4, the maximum without relief 98.5).
        part(
            "score-deficit",
            deficit,
            0.0,
            WHITEHOUSE_DEFICIT_POINTS
                * (1.0 - deficit.max(0.0) / (WHITEHOUSE_DEFICIT_NONE_CAP_MULTIPLE * cap).max(1e-9))
                    .clamp(0.0, 1.0),
            WHITEHOUSE_DEFICIT_POINTS,
            deficit <= cap,
        )
        .at_most()
        .met_at(cap),
    ]
}

/// A region's reserve margin at the start of the game: its fleet over the planning peak of its
/// opening loads.
fn start_reserve_margin(world: &World, r: usize) -> f64 {
    let params = &world.params;
    let p = &params.regions[r];
    let fleet = p.fleet.to_array();
    let dc = &p.data_centers;
    let dc_load = (dc.oracle_mw + dc.hyperscaler_mw) * dc.utilization;
    let peak = super::grid::planning_peak(params, r, p.non_dc_load_mw, dc_load);
    super::grid::firm_capacity(params, r, &fleet, 0.0) / peak.max(1.0) - 1.0
}

/// The thinnest region's reserve margin against what the utility is held to there: its planning
/// target, or the margin it inherited where it started short of it (PJM), points of peak load.
pub fn reserve_gap(world: &World) -> f64 {
    (0..world.regions.len())
        .map(|r| {
            let target = world.params.regions[r].reserve_target;
            let held_to = target.min(start_reserve_margin(world, r));
            world.regions[r].grid.reserve_margin - held_to
        })
        .fold(f64::INFINITY, f64::min)
        .min(1.0)
}

/// Points for the utility's worst blackout, of 100. Assumption: after its rates, a blackout is
/// what a utility is most blamed for, so reliability weighs like solvency and below the rates.
const UTILITY_RELIABILITY_POINTS: f64 = 25.0;
/// The worst blackout, in multiples of the objective's share, at which the reliability line
/// scores nothing. Assumption: five times a survivable local outage is a cascade.
const UTILITY_BLACKOUT_NONE_MULTIPLE: f64 = 5.0;
/// Points for resource adequacy, the thinnest reserve margin, of 100. Assumption: a shortfall
/// ahead weighs less than a blackout suffered, so less than the reliability line.
const UTILITY_RESERVE_POINTS: f64 = 15.0;
/// Points for the residential price, of 100. Assumption: the largest line, as affordability is
/// what its regulators and the public judge a utility by.
const UTILITY_RATES_POINTS: f64 = 35.0;
/// The residential price above the cap, as a share of the cap, at which the rates line scores
/// nothing (full at the cap). Assumption: 20% above the cap, a rise regulators would not grant.
const UTILITY_RATES_NONE_ABOVE_CAP: f64 = 0.2;
/// The residential price, in multiples of the cap, at which the rates line scores nothing. Not a
/// model parameter: the cap plus `UTILITY_RATES_NONE_ABOVE_CAP` of it.
const UTILITY_RATES_NONE_CAP_MULTIPLE: f64 = 1.0 + UTILITY_RATES_NONE_ABOVE_CAP;
/// Points for the utility's solvency, FFO/debt, of 100. Assumption: solvency is one of its three
/// stakes, weighed like reliability.
const UTILITY_SOLVENCY_POINTS: f64 = 25.0;
/// FFO/debt for full solvency points. Assumption: 12%, a little under the 14% where its spread
/// starts to widen (`retail::utility`), so full points ask for coverage near comfortable.
const UTILITY_FFO_TO_DEBT_FULL: f64 = 0.12;
/// FFO/debt at which the solvency line is met. Assumption: 10%, where its spread has widened
/// about 100 bp: weak, but short of distress.
const UTILITY_FFO_TO_DEBT_MET: f64 = 0.10;

/// The utility's stakes (the source: reliability, affordability, solvency): the worst blackout,
/// resource adequacy (the thinnest reserve margin against its target, or against the start
/// where it began short: NERC's measure of a shortfall ahead, which approvals without plants
/// and a low capacity-price cap erode), the
/// residential price over the last year and funds from operations over debt. Weights are
/// assumptions.
fn utility_parts(world: &World) -> Vec<ScorePart> {
    let obj = &world.params.objectives;
    let worst = world.records.worst_blackout_share;
    // The last year's average: one quarter's weather or gas spike should not decide.
    let cents = if world.records.recent_cents.is_empty() {
        world.national_residential_cents()
    } else {
        world.records.recent_cents.iter().sum::<f64>() / world.records.recent_cents.len() as f64
    };
    let cap = obj.utility_rate_cap_cents;
    let ffo = world.utility.ffo_to_debt;
    let gap = reserve_gap(world);
    vec![
        part(
            "score-reliability",
            worst,
            0.0,
            UTILITY_RELIABILITY_POINTS
                * (1.0
                    - worst
                        / (UTILITY_BLACKOUT_NONE_MULTIPLE * obj.utility_blackout_share).max(1e-9)),
            UTILITY_RELIABILITY_POINTS,
            worst <= obj.utility_blackout_share,
        )
        .as_share()
        .at_most()
        .met_at(obj.utility_blackout_share),
        part(
            "score-reserve-margin",
            gap,
            0.0,
            UTILITY_RESERVE_POINTS * (1.0 + gap / obj.utility_reserve_gap_none).clamp(0.0, 1.0),
            UTILITY_RESERVE_POINTS,
            gap >= 0.0,
        )
        .as_share(),
        part(
            "score-rates",
            cents,
            cap,
            UTILITY_RATES_POINTS
                * ((UTILITY_RATES_NONE_CAP_MULTIPLE * cap - cents)
                    / (UTILITY_RATES_NONE_ABOVE_CAP * cap))
                    .clamp(0.0, 1.0),
            UTILITY_RATES_POINTS,
            cents <= cap,
        )
        .at_most(),
        part(
            "score-solvency",
            ffo,
            UTILITY_FFO_TO_DEBT_FULL,
            if world.records.utility_insolvent {
                0.0
            } else {
                UTILITY_SOLVENCY_POINTS * ratio(ffo, UTILITY_FFO_TO_DEBT_FULL)
            },
            UTILITY_SOLVENCY_POINTS,
            ffo >= UTILITY_FFO_TO_DEBT_MET && !world.records.utility_insolvent,
        )
        .as_share()
        .met_at(UTILITY_FFO_TO_DEBT_MET),
    ]
}

/// Not a model parameter: the key of the score line a defaulted company carries for the rest
/// of the game.
pub const DEFAULTED: &str = "score-defaulted";

pub fn seat_score(world: &World, seat: Seat) -> SeatScore {
    let defaulted = super::orders::seat_company(seat).filter(|id| world.company(*id).insolvent);
    let parts = match (seat, defaulted) {
        (_, Some(id)) => restructured_parts(world, id),
        (Seat::OpenAi, None) => openai_parts(world),
        (Seat::Oracle, None) => oracle_parts(world),
        (Seat::Utility, _) => utility_parts(world),
        (Seat::WhiteHouse, _) => whitehouse_parts(world),
    };
    let score = parts.iter().map(|p| p.points).sum();
    let objective_met = parts.iter().all(|p| p.met);
    let previous = world
        .records
        .scores
        .iter()
        .find(|(s, _)| *s == seat)
        .map(|(_, v)| *v)
        .unwrap_or(score);
    SeatScore {
        seat,
        score,
        change: score - previous,
        objective_met,
        parts,
    }
}

/// Points for the bill's rise since the start, of 100. Assumption: the largest line, as the
/// bill is how most households feel the build-out.
const WELFARE_BILLS_POINTS: f64 = 30.0;
/// The bill's rise at which the bills line scores nothing. Assumption: 40%, about a decade of
/// ordinary rate rises come at once.
const WELFARE_BILL_RISE_AT_NONE: f64 = 0.4;
/// The bill's rise up to which the bills line is met. Assumption: 5%, about two years of
/// inflation, a rise households absorb.
const WELFARE_BILL_RISE_MET: f64 = 0.05;
/// Points for outages, of 100. Assumption: outages hurt households as much as bills, but rarely
/// reach most of them, so a little less than the bills line.
const WELFARE_RELIABILITY_POINTS: f64 = 25.0;
/// Outage hours per household at which the reliability line scores nothing. Assumption: ten
/// hours, more than a typical household's interruptions in a year with major storms counted.
const WELFARE_OUTAGE_HOURS_AT_NONE: f64 = 10.0;
/// Outage hours per household below which the reliability line is met. Assumption: under an
/// hour of the outages the game causes, small beside a typical household's year of
/// interruptions.
const WELFARE_OUTAGE_HOURS_MET: f64 = 1.0;
/// Points for household wealth, the stock index, of 100. Assumption: households gain from the
/// boom through their savings, weighed below their bills and power.
const WELFARE_WEALTH_POINTS: f64 = 20.0;
/// The index, in multiples of its start, for full wealth points. Assumption: 20% up, about the
/// long-run return over the game's four years.
const WELFARE_INDEX_FULL_MULTIPLE: f64 = 1.2;
/// The index, in multiples of its start, at which the wealth line is met. Assumption: no loss,
/// so households' savings are at least whole.
const WELFARE_INDEX_MET_MULTIPLE: f64 = 1.0;
/// Points for jobs, of 100. Assumption: the smallest line, as the jobs at stake are a small
/// share of all households' work.
const WELFARE_JOBS_POINTS: f64 = 10.0;
/// Manufacturing jobs gained for full jobs points, and lost for none, thousands. Assumption:
/// 200,000, between two and three times the White House's objective, so one seat's target is
/// not the public's.
const WELFARE_JOBS_SWING_K: f64 = 200.0;
/// Jobs from none to full points, thousands. Not a model parameter: a loss of the swing to a
/// gain of it.
const WELFARE_JOBS_SPAN_K: f64 = 2.0 * WELFARE_JOBS_SWING_K;
/// Share of the jobs points with no jobs gained or lost. Not a model parameter: halfway between
/// a loss of the swing and a gain of it.
const WELFARE_JOBS_SHARE_AT_NO_CHANGE: f64 = 0.5;
/// Points for arrears, of 100. Assumption: households behind on their bills are the hardship
/// the bills line misses, weighed between jobs and wealth.
const WELFARE_ARREARS_POINTS: f64 = 15.0;
/// Share of households in arrears at which the arrears line scores nothing. Assumption: 40%,
/// more than twice the share behind on their energy bills today.
const WELFARE_ARREARS_AT_NONE: f64 = 0.4;
/// Share of households in arrears up to which the arrears line is met. Assumption: 20%, a little
/// above the one household in six behind on its energy bills in 2023-24 (NEADA).
const WELFARE_ARREARS_MET: f64 = 0.2;

/// Bills, reliability, household wealth, jobs and arrears, 0..=100.
pub fn welfare(world: &World) -> WelfareScore {
    // Bills at the same usage: the price's rise, not a summer's air conditioning.
    let bill_rise = world.national_residential_cents() / world.records.start_cents.max(1e-9) - 1.0;
    let households = world.households_m().max(1e-9);
    let outage_hours: f64 = world
        .regions
        .iter()
        .map(|r| r.outage_household_hours_m)
        .sum::<f64>()
        / households;
    let index = world.market.index / 100.0;
    let jobs = world.politics.jobs_k - world.params.politics.jobs_start_k;
    let arrears = world.national_arrears();
    let parts = vec![
        part(
            "welfare-bills",
            bill_rise,
            0.0,
            WELFARE_BILLS_POINTS * (1.0 - bill_rise / WELFARE_BILL_RISE_AT_NONE).clamp(0.0, 1.0),
            WELFARE_BILLS_POINTS,
            bill_rise <= WELFARE_BILL_RISE_MET,
        )
        .at_most()
        .met_at(WELFARE_BILL_RISE_MET),
        part(
            "welfare-reliability",
            outage_hours,
            0.0,
            WELFARE_RELIABILITY_POINTS
                * (1.0 - outage_hours / WELFARE_OUTAGE_HOURS_AT_NONE).clamp(0.0, 1.0),
            WELFARE_RELIABILITY_POINTS,
            outage_hours < WELFARE_OUTAGE_HOURS_MET,
        )
        .at_most()
        .met_at(WELFARE_OUTAGE_HOURS_MET),
        part(
            "welfare-wealth",
            index,
            WELFARE_INDEX_FULL_MULTIPLE,
            WELFARE_WEALTH_POINTS * (index / WELFARE_INDEX_FULL_MULTIPLE).clamp(0.0, 1.0),
            WELFARE_WEALTH_POINTS,
            index >= WELFARE_INDEX_MET_MULTIPLE,
        )
        .met_at(WELFARE_INDEX_MET_MULTIPLE),
        part(
            "welfare-jobs",
            jobs,
            WELFARE_JOBS_SWING_K,
            WELFARE_JOBS_POINTS
                * (WELFARE_JOBS_SHARE_AT_NO_CHANGE + jobs / WELFARE_JOBS_SPAN_K).clamp(0.0, 1.0),
            WELFARE_JOBS_POINTS,
            jobs >= 0.0,
        )
        .met_at(0.0),
        part(
            "welfare-arrears",
            arrears,
            0.0,
            WELFARE_ARREARS_POINTS * (1.0 - arrears / WELFARE_ARREARS_AT_NONE).clamp(0.0, 1.0),
            WELFARE_ARREARS_POINTS,
            arrears <= WELFARE_ARREARS_MET,
        )
        .at_most()
        .met_at(WELFARE_ARREARS_MET),
    ];
    let score = parts.iter().map(|p| p.points).sum();
    WelfareScore {
        score,
        change: score - world.records.public_welfare,
        parts,
    }
}

/// Quarters of residential prices the utility's rates line averages. Assumption: a year, so one
/// quarter's weather or gas spike does not decide.
const RATE_AVERAGE_QUARTERS: usize = 4;

pub fn step(world: &mut World, report: &mut TurnReport) {
    let cents = world.national_residential_cents();
    let recent = &mut world.records.recent_cents;
    recent.push(cents);
    if recent.len() > RATE_AVERAGE_QUARTERS {
        recent.remove(0);
    }
    // Large-load losses and the blackouts they cause count against reliability.
    let households: Vec<f64> = world
        .params
        .regions
        .iter()
        .map(RegionParams::households_k)
        .collect();
    for (r, rr) in report.regions.iter().enumerate() {
        world.records.loss_events += rr.loss_events;
        world.records.mw_lost += rr.mw_lost;
        let shed_k = rr.shed_households_k(households[r]);
        let dark_k = rr
            .faults
            .iter()
            .filter(|f| f.outcome != FaultOutcome::Absorbed)
            .map(|f| f.households_k)
            .chain(rr.had_rolling_outages().then_some(shed_k));
        for households_k in dark_k {
            world.records.blackouts += 1;
            world.records.worst_blackout_share = world
                .records
                .worst_blackout_share
                .max(households_k / households[r].max(1e-9));
        }
    }
    let seats: Vec<SeatScore> = Seat::ALL.iter().map(|s| seat_score(world, *s)).collect();
    let welfare = welfare(world);
    world.records.scores = seats.iter().map(|s| (s.seat, s.score)).collect();
    world.records.public_welfare = welfare.score;
    report.scores = ScoreReport {
        seats,
        public_welfare: welfare,
    };
}
