//! Headless games: the per-turn table, the JSON document, and the rows both are made from.

use crate::cli_out::{self, CliError};
use crate::engine::attribution::{Attribution, DriftPart};
use crate::engine::report::Arg;
use crate::engine::report::{FaultOutcome, TurnReport};
use crate::engine::{CompanyId, Params, Seat};
use crate::game::{Controllers, Game};
use crate::i18n::{Lang, Texts, width};
use crate::montecarlo::table::{RowSink, SinkError, Written};
use serde::Serialize;
use std::fmt::Write as _;
use std::process::ExitCode;

#[derive(Clone, Debug, Serialize)]
pub struct RegionRow {
    pub id: String,
    pub residential_cents: f64,
    pub bill_month: f64,
    pub arrears_share: f64,
    pub reserve_margin: f64,
    pub energy_price: f64,
    /// The gas price the quarter's plants burned, $/MMBtu.
    pub gas_price: f64,
    pub capacity_price: f64,
    pub all_in_wholesale: f64,
    /// The data-center zone's price (the region's plus congestion on their draw), $/MWh, the
    /// data centers' draw and the grid that hosts them without new lines, MW.
    pub zone_price: f64,
    pub dc_load_mw: f64,
    pub hosting_capacity_mw: f64,
    /// Faults near data-center clusters, the large-load loss events among them and the
    /// data-center load they took off, MW.
    pub faults: usize,
    pub loss_events: u32,
    pub mw_lost: f64,
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
    /// The share price's high within the quarter.
    pub share_price_high: f64,
    pub revenue_bn: f64,
    pub free_cash_flow_bn: f64,
    pub spread_bp: f64,
    pub rating: String,
    pub insolvent: bool,
    /// The quarter's income statement, cash-flow statement and balance sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statements: Option<crate::engine::finance::books::Statements>,
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
    /// The utility's income statement, cash-flow statement and balance sheet for the quarter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utility: Option<crate::engine::finance::books::Statements>,
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
    /// Each quarter's figures with the causes of their change (single games only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributions: Vec<QuarterContributions>,
}

/// One quarter's headline figures and what each cause contributed to their change.
#[derive(Clone, Debug, Serialize)]
pub struct QuarterContributions {
    pub turn: u32,
    pub date: String,
    pub figures: Vec<ContributionRow>,
}

/// A figure's change split among the seats' new orders, the events and drift; the five parts
/// and drift add up to `change`.
#[derive(Clone, Debug, Serialize)]
pub struct ContributionRow {
    pub key: String,
    pub label: String,
    pub unit: String,
    pub before: f64,
    pub after: f64,
    pub change: f64,
    pub openai: f64,
    pub oracle: f64,
    pub utility: f64,
    pub whitehouse: f64,
    pub events: f64,
    pub drift: f64,
    /// Drift by mechanism, for figures that are a formula of recorded quantities (reserve
    /// margins, bills, share prices); they add up to `drift`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drift_parts: Vec<DriftPart>,
}

impl QuarterContributions {
    pub fn of(attribution: &Attribution) -> QuarterContributions {
        let figures = attribution
            .figures
            .iter()
            .map(|f| {
                let [openai, oracle, utility, whitehouse, events] = f.parts;
                ContributionRow {
                    key: f.key.clone(),
                    label: f.label.clone(),
                    unit: f.unit.clone(),
                    before: f.before,
                    after: f.after,
                    change: f.change(),
                    openai,
                    oracle,
                    utility,
                    whitehouse,
                    events,
                    drift: f.drift,
                    drift_parts: f.drift_parts.clone(),
                }
            })
            .collect();
        QuarterContributions {
            turn: attribution.turn,
            date: attribution.date.to_string(),
            figures,
        }
    }
}

fn region_row(rr: &crate::engine::report::RegionReport) -> RegionRow {
    RegionRow {
        id: rr.id.clone(),
        residential_cents: rr.residential_cents,
        bill_month: rr.bill_month,
        arrears_share: rr.arrears_share,
        reserve_margin: rr.reserve_margin,
        energy_price: rr.energy_price,
        gas_price: rr.gas_price,
        capacity_price: rr.capacity_price,
        all_in_wholesale: rr.all_in_wholesale,
        zone_price: rr.zone_price,
        dc_load_mw: rr.dc_load_mw,
        hosting_capacity_mw: rr.hosting_capacity_mw,
        faults: rr.faults.len(),
        loss_events: rr.loss_events,
        mw_lost: rr.mw_lost,
        blackouts: rr
            .faults
            .iter()
            .filter(|f| f.outcome != FaultOutcome::Absorbed)
            .count(),
        unserved_mwh: rr.unserved_mwh + rr.outage_mwh,
    }
}

fn company_row(
    r: &crate::engine::report::TurnReport,
    c: &crate::engine::report::CompanyReport,
) -> CompanyRow {
    CompanyRow {
        id: c.id.id().to_string(),
        cash_bn: c.cash_bn,
        debt_bn: c.debt_bn,
        market_cap_bn: c.market_cap_bn,
        share_price: c.share_price,
        share_price_high: c.share_price_high,
        revenue_bn: c.revenue_bn,
        free_cash_flow_bn: c.free_cash_flow_bn,
        spread_bp: c.spread_bp,
        rating: c.rating.label().to_string(),
        insolvent: c.insolvent,
        statements: r
            .statements(crate::engine::finance::company_account(c.id))
            .cloned(),
    }
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
                regions: r.regions.iter().map(region_row).collect(),
                blackouts: r.blackouts() as usize,
                approval: r.politics.approval,
                jobs_k: r.politics.jobs_k,
                companies: r.companies.iter().map(|c| company_row(r, c)).collect(),
                utility: r
                    .statements(crate::engine::ledger::Account::Utility)
                    .cloned(),
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
        contributions: Vec::new(),
    }
}

/// The readable per-turn table, its labels in the language of `t`.
pub fn table(game: &Game, controllers: &Controllers, t: &Texts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", table_title(game, controllers, t));
    let heads = column_heads(&game.scenario.params, t);
    let widths: Vec<usize> = heads.iter().map(|(h, w)| width(h).max(*w)).collect();
    let header: Vec<String> = heads.iter().map(|(h, _)| h.clone()).collect();
    let _ = writeln!(
        out,
        "{}  {}",
        cells(&header, &widths),
        t.get("cli-sim-col-events")
    );
    for row in rows(game) {
        let _ = writeln!(out, "{}", table_row(&row, &widths));
    }
    if let Some(r) = game.last_report() {
        write_final_scores(&mut out, r, t);
    }
    let hash = Arg::Text(crate::engine::state_hash(&game.world));
    let _ = writeln!(out, "{}", t.with("cli-sim-state-hash", &[("hash", hash)]));
    out
}

/// The table's first line: the scenario, the seed and who played each seat.
fn table_title(game: &Game, controllers: &Controllers, t: &Texts) -> String {
    let p = &game.scenario.params;
    let seats = Seat::ALL
        .iter()
        .map(|s| format!("{}={}", s.id(), controllers.describe(*s)))
        .collect::<Vec<_>>()
        .join(" ");
    t.with(
        "cli-sim-title",
        &[
            (
                "scenario",
                Arg::Text(t.scenario(&p.scenario.id, "name", &p.scenario.name)),
            ),
            ("seed", Arg::Text(game.seed.to_string())),
            ("seats", Arg::Text(seats)),
        ],
    )
}

/// The table's column headings, each with its least width.
fn column_heads(p: &Params, t: &Texts) -> [(String, usize); 11] {
    let ids: Vec<String> = p
        .regions
        .iter()
        .map(|r| r.id.chars().take(5).collect())
        .collect();
    let prices = t.with(
        "cli-sim-col-prices",
        &[("regions", Arg::Text(ids.join("/")))],
    );
    // English widths; a wider translated heading widens its column.
    [
        (t.get("cli-sim-col-quarter"), 7),
        (t.get("cli-sim-col-index"), 6),
        (t.get("cli-sim-col-sentiment"), 5),
        (prices, 17),
        (t.get("cli-sim-col-reserve"), 17),
        (t.get("cli-sim-col-blackouts"), 3),
        (t.get("cli-sim-col-approval"), 5),
        (t.get("cli-sim-col-oracle-price"), 7),
        (t.get("cli-sim-col-oracle-spread"), 6),
        (t.get("cli-sim-col-openai-revenue"), 6),
        (t.get("cli-sim-col-gw"), 6),
    ]
}

/// The scores at the last quarter: each seat's, whether it met its objective, and welfare's.
fn write_final_scores(out: &mut String, r: &TurnReport, t: &Texts) {
    let date = Arg::Text(r.date.to_string());
    let _ = writeln!(out, "\n{}", t.with("cli-sim-scores", &[("date", date)]));
    let names: Vec<String> = r
        .scores
        .seats
        .iter()
        .map(|s| t.get(&format!("seat-{}", s.seat.id())))
        .collect();
    let welfare = t.get("cli-sim-welfare");
    let name_width = names.iter().map(|n| width(n)).max().unwrap_or(0).max(11);
    for (s, name) in r.scores.seats.iter().zip(&names) {
        let met = t.get(if s.objective_met {
            "cli-sim-met"
        } else {
            "cli-sim-not-met"
        });
        let objective = t.with("cli-sim-objective", &[("met", Arg::Text(met))]);
        let name = pad(name, name_width, false);
        let _ = writeln!(out, "  {name} {:>5.1}  {objective}", s.score);
    }
    let name = pad(&welfare, name_width, false);
    let _ = writeln!(out, "  {name} {:>5.1}", r.scores.public_welfare.score);
}

/// One quarter of the table, its cells as wide as the headings.
fn table_row(row: &TurnRow, widths: &[usize]) -> String {
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
    let values = [
        row.date.clone(),
        format!("{:.1}", row.index),
        format!("{:.2}", row.sentiment),
        cents.join(" "),
        margins.join(" "),
        row.blackouts.to_string(),
        format!("{:.1}%", row.approval * 100.0),
        format!("{:.1}", oracle.share_price),
        format!("{:.0}", oracle.spread_bp),
        format!("{:.1}", row.openai_revenue_bn),
        format!("{:.1}", row.openai_compute_gw),
    ];
    format!("{}  {}", cells(&values, widths), events.trim())
}

/// Cells joined by a space: the first left-aligned, the rest right-aligned, never cut.
fn cells(values: &[String], widths: &[usize]) -> String {
    values
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (v, w))| pad(v, *w, i > 0))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` padded with spaces to `columns` terminal columns (CJK characters take two).
fn pad(text: &str, columns: usize, right: bool) -> String {
    let fill = " ".repeat(columns.saturating_sub(width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// `overbuild sim`: one game, or with `--runs` many seeds in parallel (Monte Carlo).
#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SimArgs {
    #[command(subcommand)]
    pub command: Option<SimCommand>,
    /// A built-in scenario's id or the path of a scenario file.
    #[arg(long, default_value = crate::scenario::DEFAULT)]
    pub scenario: String,
    /// Seed of the game (random numbers are derived from it); with --runs, the base seed each
    /// run's seed is derived from.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Quarters to play (default: the whole scenario).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=40))]
    pub turns: Option<u32>,
    /// Standing orders for some seats (TOML, see README); other seats are bots.
    #[arg(long, value_name = "FILE")]
    pub orders: Option<std::path::PathBuf>,
    /// A bot for a seat, e.g. oracle=cautious:hard (repeat for more seats; default baseline).
    #[arg(long = "bot", value_name = "SEAT=PERSONALITY:LEVEL", value_parser = parse_bot)]
    pub bots: Vec<crate::bots::BotSpec>,
    /// Plan evaluations per decision for expert bots (default 600, under 2 s in release).
    #[arg(long, value_name = "N", value_parser = crate::bots::parse_think, allow_hyphen_values = true)]
    pub think: Option<u32>,
    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also write the game to this save file (see `overbuild replay FILE --verify`).
    #[arg(long, value_name = "FILE", conflicts_with = "runs")]
    pub save: Option<std::path::PathBuf>,
    /// Play this many games (Monte Carlo over seeds derived from --seed) and summarise them.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    pub runs: Option<u64>,
    /// Threads for --runs (default: every core). The results do not depend on it.
    #[arg(long, value_name = "J", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub jobs: Option<u32>,
    /// Play only the I-th of N slices of the runs (1 <= I <= N); `sim merge` combines them.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<crate::montecarlo::Shard>,
    /// With --runs: write one CSV row per game (seed, shard, every metric) to FILE.
    #[arg(long, value_name = "FILE.csv")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(clap::Subcommand, Debug)]
pub enum SimCommand {
    /// Combine the per-run files of a sweep's shards into the summary of the whole sweep.
    Merge(MergeArgs),
}

#[derive(clap::Args, Debug)]
pub struct MergeArgs {
    /// Per-run CSV files written by `sim --runs N --shard I/N --out FILE`.
    #[arg(value_name = "FILES")]
    pub files: Vec<std::path::PathBuf>,
    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also write the merged per-run rows, in run order, to FILE.
    #[arg(long, value_name = "FILE.csv")]
    pub out: Option<std::path::PathBuf>,
    /// Summarise the runs that are there even if some shards are missing.
    #[arg(long)]
    pub partial: bool,
}

fn parse_bot(text: &str) -> Result<crate::bots::BotSpec, String> {
    text.parse()
}

pub(crate) fn parse_shard(text: &str) -> Result<crate::montecarlo::Shard, String> {
    text.parse()
}

pub fn run(global: &crate::cli::GlobalArgs, mut args: SimArgs) -> Result<ExitCode, CliError> {
    if let Some(think) = args.think {
        crate::bots::set_think(&mut args.bots, think);
    }
    let lang = global.language()?.unwrap_or_default();
    if let Some(SimCommand::Merge(merge)) = args.command {
        return run_merge(merge, lang);
    }
    let scenario = crate::scenario::load(&args.scenario)?;
    let script = match &args.orders {
        Some(path) => Some(crate::script::Script::load(path, &scenario.params)?),
        None => None,
    };
    check_bots(&args.bots, script.as_ref())?;
    check_runs(&args)?;
    let turns = args.turns.unwrap_or(scenario.params.scenario.turns);
    if let Some(runs) = args.runs {
        return run_many(&args, scenario, script, turns, runs, lang);
    }
    let mut roles = crate::save::headless_roles(script.as_ref());
    for spec in &args.bots {
        roles[spec.seat.index()] = spec.role();
    }
    let mut game = Game::new(scenario, args.seed);
    let mut controllers = Controllers::with_bots(script, &args.bots);
    // Explaining each quarter costs 32 more resolves a quarter: only the JSON carries it.
    let explained = if args.json {
        crate::explain::play_out_explained(&mut game, &mut controllers, turns)
    } else {
        crate::game::play_out(&mut game, &mut controllers, turns);
        Vec::new()
    };
    if let Some(path) = &args.save {
        crate::save::SaveFile::from_game(&game, &crate::save::SaveMeta::new(roles)).write(path)?;
        cli_out::note(&format!(
            "saved {} quarters to {}",
            game.turns.len(),
            path.display()
        ));
    }
    let text = if args.json {
        let mut out = output(&game, &controllers);
        out.contributions = explained.iter().map(QuarterContributions::of).collect();
        serde_json::to_string_pretty(&out)? + "\n"
    } else {
        table(&game, &controllers, &Texts::new(lang))
    };
    cli_out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// One bot per seat, and none for a seat the orders file holds.
fn check_bots(
    bots: &[crate::bots::BotSpec],
    script: Option<&crate::script::Script>,
) -> Result<(), crate::error::UserError> {
    for (i, spec) in bots.iter().enumerate() {
        if bots[..i].iter().any(|b| b.seat == spec.seat) {
            return Err(format!("--bot: {} is given twice", spec.seat.id()).into());
        }
        if let Some(s) = script
            && s.controls(spec.seat)
        {
            return Err(format!(
                "--bot {}: {} holds standing orders in {}; drop one of the two",
                spec.seat.id(),
                spec.seat.id(),
                s.source
            )
            .into());
        }
    }
    Ok(())
}

/// The options that only mean something with --runs, and --shard's need of --out.
fn check_runs(args: &SimArgs) -> Result<(), crate::error::UserError> {
    if args.runs.is_none() {
        for (given, name) in [
            (args.jobs.is_some(), "--jobs"),
            (args.shard.is_some(), "--shard"),
            (args.out.is_some(), "--out"),
        ] {
            if given {
                return Err(format!("{name} needs --runs N (a Monte Carlo over N seeds)").into());
            }
        }
    }
    if let Some(shard) = args.shard
        && args.out.is_none()
    {
        return Err(format!(
            "--shard {shard} needs --out FILE.csv: `overbuild sim merge` combines the shards' files"
        )
        .into());
    }
    Ok(())
}

/// `sim --runs N`: the Monte Carlo, its summary and its per-run file.
fn run_many(
    args: &SimArgs,
    scenario: crate::scenario::Scenario,
    script: Option<crate::script::Script>,
    turns: u32,
    runs: u64,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    use crate::montecarlo::{self, Plan, Setup, Shard};
    let setup = Setup {
        turns: turns.min(scenario.params.scenario.turns),
        scenario,
        script,
        bots: args.bots.clone(),
    };
    let plan = Plan {
        base_seed: args.seed,
        runs,
        shard: args.shard.unwrap_or(Shard::WHOLE),
        jobs: args.jobs.map(|j| j as usize),
    };
    let games = plan.shard.runs(runs).count() as u64;
    let names = montecarlo::Columns::new(&setup.scenario.params, setup.turns).names;
    let sweep = setup.sweep(plan.base_seed, runs);
    let mut rows = RowSink::open(args.out.as_deref(), &sweep, plan.shard.count, &names)?;
    let bar = progress_bar(games, !args.json);
    let result = montecarlo::run(&setup, &plan, &|| bar.inc(1), &mut |row| rows.write(row));
    bar.finish_and_clear();
    let result = result?;
    if finish_rows(rows)? {
        return Ok(ExitCode::SUCCESS);
    }
    print_summary(&montecarlo::summarize(&result), args.json, lang)?;
    Ok(ExitCode::SUCCESS)
}

/// `sim merge FILES...`.
fn run_merge(args: MergeArgs, lang: Lang) -> Result<ExitCode, CliError> {
    use crate::montecarlo::{self, table::Merge};
    if args.files.is_empty() {
        return Err("sim merge: give the per-run files to merge (FILES...)".into());
    }
    let merge = Merge::open(&args.files, args.partial)?;
    let mut rows = RowSink::open(
        args.out.as_deref(),
        &merge.sweep,
        merge.shards,
        &merge.names,
    )?;
    let runs = merge.run(&mut |row| rows.write(row))?;
    if finish_rows(rows)? {
        return Ok(ExitCode::SUCCESS);
    }
    print_summary(&montecarlo::summarize(&runs), args.json, lang)?;
    Ok(ExitCode::SUCCESS)
}

fn print_summary(
    summary: &crate::montecarlo::Summary,
    json: bool,
    lang: Lang,
) -> Result<(), CliError> {
    let text = if json {
        serde_json::to_string_pretty(summary)? + "\n"
    } else {
        crate::montecarlo::table::render_in(summary, &Texts::new(lang))
    };
    cli_out::print(&text)
}

/// Closes `--out`. True when that was standard output (`-`): the rows are then the whole
/// output, with no summary after them.
fn finish_rows(rows: RowSink) -> Result<bool, CliError> {
    match rows.finish()? {
        Written::Nowhere => Ok(false),
        Written::Stdout => Ok(true),
        Written::File { path, rows } => {
            cli_out::note(&format!("wrote {rows} runs to {}", path.display()));
            Ok(false)
        }
    }
}

impl From<SinkError> for CliError {
    fn from(e: SinkError) -> CliError {
        match e {
            SinkError::Stdout(e) => csv_failed(e),
            SinkError::Message(text) => CliError::User(text.into()),
        }
    }
}

/// A failed write of the per-run rows to standard output.
fn csv_failed(e: csv::Error) -> CliError {
    let text = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(e) => cli_out::stdout_failed(&e),
        _ => CliError::User(format!("cannot write to standard output: {text}").into()),
    }
}

/// A progress bar on stderr for people at a terminal; hidden with --json or when the output
/// is piped or redirected.
pub(crate) fn progress_bar(len: u64, for_people: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !for_people || !std::io::stdout().is_terminal() || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{elapsed_precise} [{bar:40}] {pos}/{len} games, {per_sec}, {eta} left",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
