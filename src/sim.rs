//! Headless games: the per-turn table, the JSON document, and the rows both are made from.

use crate::engine::report::FaultOutcome;
use crate::engine::{CompanyId, Seat};
use crate::game::{Controllers, Game};
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Clone, Debug, Serialize)]
pub struct RegionRow {
    pub id: String,
    pub residential_cents: f64,
    pub bill_month: f64,
    pub arrears_share: f64,
    pub reserve_margin: f64,
    pub energy_price: f64,
    pub capacity_price: f64,
    pub all_in_wholesale: f64,
    pub trips: usize,
    pub blackouts: usize,
    pub unserved_mwh: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct CompanyRow {
    pub id: String,
    pub cash_bn: f64,
    pub debt_bn: f64,
    pub market_cap_bn: f64,
    pub share_price: f64,
    pub revenue_bn: f64,
    pub free_cash_flow_bn: f64,
    pub spread_bp: f64,
    pub rating: String,
    pub insolvent: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct TurnRow {
    pub turn: u32,
    pub date: String,
    pub index: f64,
    pub sentiment: f64,
    pub national_residential_cents: f64,
    pub regions: Vec<RegionRow>,
    pub blackouts: usize,
    pub approval: f64,
    pub jobs_k: f64,
    pub companies: Vec<CompanyRow>,
    /// OpenAI's revenue plus the hyperscalers' AI revenue, annualised, $B.
    pub ai_revenue_bn_yr: f64,
    pub openai_revenue_bn: f64,
    pub openai_compute_gw: f64,
    pub bubble_gauge: f64,
    pub coverage: f64,
    pub circular_share: f64,
    pub bonds_issued_bn: f64,
    pub hyperscaler_capex_bn: f64,
    pub events: Vec<String>,
    pub election: Option<String>,
    pub state_hash: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SimOutput {
    pub scenario: String,
    pub seed: u64,
    pub turns: u32,
    pub seats: Vec<(String, String)>,
    pub per_turn: Vec<TurnRow>,
    pub scores: serde_json::Value,
    pub public_welfare: serde_json::Value,
    pub state_hash: String,
}

pub fn rows(game: &Game) -> Vec<TurnRow> {
    game.turns
        .iter()
        .map(|t| {
            let r = &t.report;
            let national = {
                let mut energy = 0.0;
                let mut cost = 0.0;
                for (rr, p) in r.regions.iter().zip(&game.scenario.params.regions) {
                    let w = p.households_m * p.residential_kwh_month;
                    energy += w;
                    cost += w * rr.residential_cents;
                }
                if energy > 0.0 { cost / energy } else { 0.0 }
            };
            TurnRow {
                turn: r.turn + 1,
                date: r.date.to_string(),
                index: r.market.index,
                sentiment: r.market.sentiment,
                national_residential_cents: national,
                regions: r
                    .regions
                    .iter()
                    .map(|rr| RegionRow {
                        id: rr.id.clone(),
                        residential_cents: rr.residential_cents,
                        bill_month: rr.bill_month,
                        arrears_share: rr.arrears_share,
                        reserve_margin: rr.reserve_margin,
                        energy_price: rr.energy_price,
                        capacity_price: rr.capacity_price,
                        all_in_wholesale: rr.all_in_wholesale,
                        trips: rr.faults.len(),
                        blackouts: rr
                            .faults
                            .iter()
                            .filter(|f| f.outcome != FaultOutcome::Absorbed)
                            .count(),
                        unserved_mwh: rr.unserved_mwh + rr.outage_mwh,
                    })
                    .collect(),
                blackouts: r.blackouts() as usize,
                approval: r.politics.approval,
                jobs_k: r.politics.jobs_k,
                companies: r
                    .companies
                    .iter()
                    .map(|c| CompanyRow {
                        id: c.id.id().to_string(),
                        cash_bn: c.cash_bn,
                        debt_bn: c.debt_bn,
                        market_cap_bn: c.market_cap_bn,
                        share_price: c.share_price,
                        revenue_bn: c.revenue_bn,
                        free_cash_flow_bn: c.free_cash_flow_bn,
                        spread_bp: c.spread_bp,
                        rating: c.rating.label().to_string(),
                        insolvent: c.insolvent,
                    })
                    .collect(),
                ai_revenue_bn_yr: r.market.ai_revenue_bn_yr,
                openai_revenue_bn: r.market.openai_revenue_bn,
                openai_compute_gw: r.market.openai_compute_gw,
                bubble_gauge: r.market.bubble_gauge,
                coverage: r.market.coverage,
                circular_share: r.market.circular_share,
                bonds_issued_bn: r.market.bonds_issued_bn,
                hyperscaler_capex_bn: r.market.hyperscaler_capex_bn,
                events: r.events.iter().map(|e| e.id.clone()).collect(),
                election: r.politics.election.as_ref().map(|e| {
                    format!(
                        "{:?} {} of {} ({})",
                        e.kind,
                        e.seats_won,
                        e.seats_total,
                        if e.won { "held" } else { "lost" }
                    )
                }),
                state_hash: t.hash.clone(),
            }
        })
        .collect()
}

pub fn output(game: &Game, controllers: &Controllers) -> SimOutput {
    let scores = game
        .last_report()
        .map(|r| {
            let mut map = serde_json::Map::new();
            for s in &r.scores.seats {
                map.insert(
                    s.seat.id().to_string(),
                    serde_json::to_value(s).unwrap_or_default(),
                );
            }
            (
                serde_json::Value::Object(map),
                serde_json::to_value(&r.scores.public_welfare).unwrap_or_default(),
            )
        })
        .unwrap_or_default();
    SimOutput {
        scenario: game.scenario.params.scenario.id.clone(),
        seed: game.seed,
        turns: game.turns.len() as u32,
        seats: Seat::ALL
            .iter()
            .map(|s| (s.id().to_string(), controllers.describe(*s)))
            .collect(),
        per_turn: rows(game),
        scores: scores.0,
        public_welfare: scores.1,
        state_hash: crate::engine::state_hash(&game.world),
    }
}

/// The readable per-turn table.
pub fn table(game: &Game, controllers: &Controllers) -> String {
    let mut out = String::new();
    let p = &game.scenario.params;
    let _ = writeln!(
        out,
        "{} | seed {} | {}",
        p.scenario.name,
        game.seed,
        Seat::ALL
            .iter()
            .map(|s| format!("{}={}", s.id(), controllers.describe(*s)))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let ids: Vec<String> = p
        .regions
        .iter()
        .map(|r| r.id.chars().take(5).collect())
        .collect();
    let _ = writeln!(
        out,
        "{:<7} {:>6} {:>5} {:>17} {:>17} {:>3} {:>5} {:>7} {:>6} {:>6} {:>6}  events",
        "quarter",
        "index",
        "sent",
        format!("c/kWh {}", ids.join("/")),
        "reserve %",
        "blk",
        "appr",
        "ORCL $",
        "ORCLbp",
        "OAI $B",
        "GW",
    );
    for row in rows(game) {
        let cents: Vec<String> = row
            .regions
            .iter()
            .map(|r| format!("{:.1}", r.residential_cents))
            .collect();
        let margins: Vec<String> = row
            .regions
            .iter()
            .map(|r| format!("{:.0}", r.reserve_margin * 100.0))
            .collect();
        let oracle = &row.companies[CompanyId::Oracle.index()];
        let mut events = row.events.join(",");
        if let Some(e) = &row.election {
            events = format!("{events} [{e}]");
        }
        let _ = writeln!(
            out,
            "{:<7} {:>6.1} {:>5.2} {:>17} {:>17} {:>3} {:>4.1}% {:>7.1} {:>6.0} {:>6.1} {:>6.1}  {}",
            row.date,
            row.index,
            row.sentiment,
            cents.join(" "),
            margins.join(" "),
            row.blackouts,
            row.approval * 100.0,
            oracle.share_price,
            oracle.spread_bp,
            row.openai_revenue_bn,
            row.openai_compute_gw,
            events.trim(),
        );
    }
    if let Some(r) = game.last_report() {
        let _ = writeln!(out, "\nScores at {}:", r.date);
        for s in &r.scores.seats {
            let _ = writeln!(
                out,
                "  {:<11} {:>5.1}  objective {}",
                s.seat.title(),
                s.score,
                if s.objective_met { "met" } else { "not met" }
            );
        }
        let _ = writeln!(
            out,
            "  {:<11} {:>5.1}",
            "Public welfare", r.scores.public_welfare.score
        );
    }
    let _ = writeln!(out, "state hash {}", crate::engine::state_hash(&game.world));
    out
}

/// `overbuild sim`.
#[derive(clap::Args, Debug)]
pub struct SimArgs {
    /// A built-in scenario's id or the path of a scenario file.
    #[arg(long, default_value = crate::scenario::DEFAULT)]
    pub scenario: String,
    /// Seed of the game (random numbers are derived from it).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Quarters to play (default: the whole scenario).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=40))]
    pub turns: Option<u32>,
    /// Standing orders for some seats (TOML, see README); other seats are bots.
    #[arg(long, value_name = "FILE")]
    pub orders: Option<std::path::PathBuf>,
    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also write the game to this save file (see `overbuild replay FILE --verify`).
    #[arg(long, value_name = "FILE")]
    pub save: Option<std::path::PathBuf>,
}

pub fn run(
    _global: &crate::cli::GlobalArgs,
    args: SimArgs,
) -> Result<std::process::ExitCode, crate::error::UserError> {
    let scenario = crate::scenario::load(&args.scenario)?;
    let script = match &args.orders {
        Some(path) => Some(crate::script::Script::load(path, &scenario.params)?),
        None => None,
    };
    let turns = args.turns.unwrap_or(scenario.params.scenario.turns);
    let roles = crate::save::headless_roles(script.as_ref());
    let mut game = Game::new(scenario, args.seed);
    let mut controllers = Controllers::bots_except(script);
    crate::game::play_out(&mut game, &mut controllers, turns);
    if let Some(path) = &args.save {
        crate::save::SaveFile::from_game(&game, &crate::save::SaveMeta::new(roles)).write(path)?;
        eprintln!("saved {} quarters to {}", game.turns.len(), path.display());
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&output(&game, &controllers))?
        );
    } else {
        print!("{}", table(&game, &controllers));
    }
    Ok(std::process::ExitCode::SUCCESS)
}
