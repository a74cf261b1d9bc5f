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

/// After default a company seat plays on as the restructured company: capacity kept running,
/// its cash flow and what its creditors recover, plus a penalty line that never goes away.
/// Design: the penalty line is 60 of 100 points, so a defaulted seat scores at most 40, below
/// a solvent seat that met half its targets: both company seats' stakes include solvency, and
/// a cheaper penalty made borrowing to the limit and defaulting the best plan.
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
    let revenue = c.revenue_q_bn.max(1.0);
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
            15.0 * ratio(running, target),
            15.0,
            running >= target,
        ),
        part(
            "score-recovery-cash-flow",
            fcf,
            0.0,
            10.0 * (1.0 + fcf / (0.5 * revenue)).clamp(0.0, 1.0),
            10.0,
            fcf >= 0.0,
        ),
        part(
            "score-recovery-creditors",
            recovery,
            1.0,
            15.0 * recovery,
            15.0,
            recovery >= 1.0,
        ),
        // The value is the quarter of the default (its ordinal), so screens can name it.
        part(DEFAULTED, f64::from(since.ordinal()), 0.0, 0.0, 60.0, false),
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

/// OpenAI's stakes (DESIGN: compute online and revenue growth without running out of cash):
/// compute online, compute secured ahead, revenue, its cash runway and the credit market's view
/// of its default risk (debt and vendor money count against it). Weights are assumptions.
fn openai_parts(world: &World) -> Vec<ScorePart> {
    let obj = &world.params.objectives;
    let c = world.company(CompanyId::OpenAi);
    let compute = world.openai.compute_gw;
    let secured = openai_secured_gw(world);
    let revenue = world.openai.revenue_run_rate_bn;
    let burn = (-c.free_cash_flow_q_bn).max(0.5);
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
            30.0 * ratio(compute, obj.openai_compute_gw),
            30.0,
            compute >= obj.openai_compute_gw,
        ),
        part(
            "score-compute-secured",
            secured,
            obj.openai_secured_gw,
            15.0 * ratio(secured, obj.openai_secured_gw),
            15.0,
            secured >= obj.openai_compute_gw,
        )
        .met_at(obj.openai_compute_gw),
        part(
            "score-revenue",
            revenue,
            obj.openai_revenue_bn_yr,
            30.0 * ratio(revenue, obj.openai_revenue_bn_yr),
            30.0,
            revenue >= obj.openai_revenue_bn_yr,
        ),
        part(
            "score-runway",
            runway,
            4.0,
            if alive {
                15.0 * ratio(runway, 4.0)
            } else {
                0.0
            },
            15.0,
            alive && runway >= obj.openai_runway_q,
        )
        .met_at(obj.openai_runway_q),
        part(
            "score-default-risk",
            pd,
            pd_full,
            if alive { 10.0 * credit } else { 0.0 },
            10.0,
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
    let revenue = c.revenue_q_bn.max(1.0);
    let online = oracle_online_gw(world);
    vec![
        part(
            "score-online",
            online,
            obj.oracle_online_gw,
            30.0 * ratio(online, obj.oracle_online_gw),
            30.0,
            online >= obj.oracle_online_gw,
        ),
        part(
            "score-share-price",
            price,
            price_target,
            30.0 * ratio(price, price_target),
            30.0,
            price >= price_target && !c.insolvent,
        ),
        part(
            "score-investment-grade",
            c.rating.notch() as f64,
            bbb_minus,
            25.0 * (1.0 - notches_below.max(0.0) / 4.0),
            25.0,
            c.rating.investment_grade(),
        )
        .at_most(),
        part(
            "score-free-cash-flow",
            fcf,
            0.0,
            15.0 * (1.0 + fcf / (0.5 * revenue)).clamp(0.0, 1.0),
            15.0,
            fcf >= -0.25 * revenue,
        )
        .met_at(-0.25 * revenue),
    ]
}

/// The White House's stakes (the source: jobs, approval, elections, the budget): elections
/// held, the index, manufacturing jobs and the deficit its programmes run. Weights are
/// assumptions; the budget line makes spending without limit a choice with a cost.
fn whitehouse_parts(world: &World) -> Vec<ScorePart> {
    let obj = &world.params.objectives;
    let held = &world.politics.elections;
    let won = held.iter().filter(|e| e.won).count() as f64;
    let approval = world.politics.approval;
    let (election_share, elections_met) = if held.is_empty() {
        (
            ratio(approval, obj.whitehouse_approval),
            approval >= obj.whitehouse_approval,
        )
    } else {
        (won / held.len() as f64, won as usize == held.len())
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
            approval,
            obj.whitehouse_approval,
            35.0 * election_share,
            35.0,
            elections_met,
        )
        .as_share(),
        part(
            "score-index",
            index,
            obj.whitehouse_index_multiple,
            20.0 * ratio(index, obj.whitehouse_index_multiple),
            20.0,
            index >= obj.whitehouse_index_multiple,
        ),
        part(
            "score-jobs",
            jobs,
            obj.whitehouse_jobs_k,
            25.0 * jobs_share,
            25.0,
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
            20.0 * (1.0 - deficit.max(0.0) / (3.0 * cap).max(1e-9)).clamp(0.0, 1.0),
            20.0,
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
            25.0 * (1.0 - worst / (5.0 * obj.utility_blackout_share).max(1e-9)),
            25.0,
            worst <= obj.utility_blackout_share,
        )
        .as_share()
        .at_most()
        .met_at(obj.utility_blackout_share),
        part(
            "score-reserve-margin",
            gap,
            0.0,
            15.0 * (1.0 + gap / obj.utility_reserve_gap_none).clamp(0.0, 1.0),
            15.0,
            gap >= 0.0,
        )
        .as_share(),
        part(
            "score-rates",
            cents,
            cap,
            35.0 * ((1.2 * cap - cents) / (0.2 * cap)).clamp(0.0, 1.0),
            35.0,
            cents <= cap,
        )
        .at_most(),
        part(
            "score-solvency",
            ffo,
            0.12,
            if world.records.utility_insolvent {
                0.0
            } else {
                25.0 * ratio(ffo, 0.12)
            },
            25.0,
            ffo >= 0.10 && !world.records.utility_insolvent,
        )
        .as_share()
        .met_at(0.10),
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
            30.0 * (1.0 - bill_rise / 0.4).clamp(0.0, 1.0),
            30.0,
            bill_rise <= 0.05,
        )
        .at_most()
        .met_at(0.05),
        part(
            "welfare-reliability",
            outage_hours,
            0.0,
            25.0 * (1.0 - outage_hours / 10.0).clamp(0.0, 1.0),
            25.0,
            outage_hours < 1.0,
        )
        .at_most()
        .met_at(1.0),
        part(
            "welfare-wealth",
            index,
            1.2,
            20.0 * (index / 1.2).clamp(0.0, 1.0),
            20.0,
            index >= 1.0,
        )
        .met_at(1.0),
        part(
            "welfare-jobs",
            jobs,
            200.0,
            10.0 * (0.5 + jobs / 400.0).clamp(0.0, 1.0),
            10.0,
            jobs >= 0.0,
        )
        .met_at(0.0),
        part(
            "welfare-arrears",
            arrears,
            0.0,
            15.0 * (1.0 - arrears / 0.4).clamp(0.0, 1.0),
            15.0,
            arrears <= 0.2,
        )
        .at_most()
        .met_at(0.2),
    ];
    let score = parts.iter().map(|p| p.points).sum();
    WelfareScore {
        score,
        change: score - world.records.public_welfare,
        parts,
    }
}

pub fn step(world: &mut World, report: &mut TurnReport) {
    let cents = world.national_residential_cents();
    let recent = &mut world.records.recent_cents;
    recent.push(cents);
    if recent.len() > 4 {
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
