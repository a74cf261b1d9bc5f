//! `overbuild sensitivity`: Morris screening of the scenario's parameters. Each point of the
//! design is a whole scenario with some parameters moved; it plays the same seeds as every other
//! point (common random numbers, so a difference between points is the parameters', not the
//! dice's), and the elementary effects rank which parameters move each chosen output.

mod chart;
mod design;
mod effects;
mod factors;
mod points;

pub use design::{Design, Trajectory};
pub use effects::{Effect, summarise};
pub use factors::{Factor, Skipped, discover, params_with};

use crate::cli_out::{self, CliError};
use crate::montecarlo::Shard;
use crate::save::{Backup, write_atomic};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::process::ExitCode;

/// Outputs screened unless `--outputs` names others: each seat's score, the national bill,
/// blackouts and Oracle's credit spread.
pub const DEFAULT_OUTPUTS: [&str; 7] = [
    "score.openai",
    "score.oracle",
    "score.utility",
    "score.whitehouse",
    "national_bill_month",
    "blackouts",
    "spread_bp.oracle",
];

#[derive(clap::Args, Debug)]
pub struct SensitivityArgs {
    #[command(subcommand)]
    pub command: Option<SensitivityCommand>,
    #[command(flatten)]
    pub settings: Settings,
    /// Threads (default: every core). The results do not depend on it.
    #[arg(long, value_name = "J", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub jobs: Option<u32>,
    /// Play only the I-th of N slices of the design's points; `sensitivity merge` combines them.
    #[arg(long, value_name = "I/N", value_parser = crate::sim::parse_shard, requires = "out")]
    pub shard: Option<Shard>,
    /// Write each point's outputs to FILE (CSV), for `sensitivity merge`.
    #[arg(long, value_name = "FILE.csv")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub show: Show,
}

/// How the result is shown.
#[derive(clap::Args, Debug, Clone)]
pub struct Show {
    /// Parameters listed per output, the most influential first.
    #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub top: u32,
    /// Also draw the tornado charts to FILE as SVG.
    #[arg(long, value_name = "FILE.svg")]
    pub svg: Option<PathBuf>,
    /// Replace files given with --out or --svg that already exist.
    #[arg(long)]
    pub force: bool,
    /// Print one JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Subcommand, Debug)]
pub enum SensitivityCommand {
    /// Combine the point files of a design's shards into the screening of the whole design.
    Merge {
        /// Files written by `sensitivity --shard I/N --out FILE`.
        #[arg(value_name = "FILES", required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        show: Show,
    },
}

/// Everything that decides the design and its points: shards of one screening share these.
#[derive(clap::Args, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Settings {
    /// A built-in scenario's id or the path of a scenario file.
    #[arg(long, default_value = crate::scenario::DEFAULT)]
    pub scenario: String,
    /// Screen only parameters under these paths, comma-separated (e.g.
    /// `companies.oracle,regions[texas].peak_mw`); default every numeric parameter.
    #[arg(long, value_name = "PATHS", value_delimiter = ',')]
    pub params: Vec<String>,
    /// Outputs to rank parameters on, comma-separated metric names as `sim --runs --out` writes
    /// them (default: each seat's score, the national bill, blackouts, Oracle's spread).
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub outputs: Vec<String>,
    /// Each parameter moves within its value ± this share (narrowed where the scenario's
    /// range check refuses it).
    #[arg(long, default_value_t = 0.2)]
    pub spread: f64,
    /// Morris trajectories: each gives one elementary effect per parameter.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(2..=1000))]
    pub trajectories: u32,
    /// Grid levels per parameter (even).
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(2..=20))]
    pub levels: u32,
    /// Games per point, on the same seeds at every point.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub seeds: u32,
    /// Seed of the design and base seed of the games.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Quarters each game plays (default: the whole scenario).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=40))]
    pub turns: Option<u32>,
}

/// A screening ready to play: the factors found, the design and the outputs' columns.
pub struct Screening {
    pub settings: Settings,
    pub scenario: crate::scenario::Scenario,
    pub table: toml::Table,
    pub factors: Vec<Factor>,
    pub skipped: Vec<Skipped>,
    pub design: Design,
    pub trajectories: Vec<Trajectory>,
    pub outputs: Vec<String>,
}

impl Screening {
    /// Checks the settings and builds the design; every problem is one line naming the value.
    pub fn new(mut settings: Settings) -> Result<Screening, String> {
        if !settings.levels.is_multiple_of(2) {
            return Err(format!("--levels {}: give an even number", settings.levels));
        }
        if !(settings.spread > 0.0 && settings.spread < 1.0) {
            return Err(format!(
                "--spread {}: give a share between 0 and 1, e.g. 0.2",
                settings.spread
            ));
        }
        if settings.outputs.is_empty() {
            settings.outputs = DEFAULT_OUTPUTS.map(String::from).to_vec();
        }
        let scenario = crate::scenario::load(&settings.scenario).map_err(|e| e.to_string())?;
        let table: toml::Table = toml::from_str(&scenario.text).map_err(|e| e.to_string())?;
        let columns = points::columns(&scenario, settings.turns);
        if let Some(bad) = settings
            .outputs
            .iter()
            .find(|o| columns.index_of(o).is_none())
        {
            return Err(format!(
                "--outputs {bad}: no such output; choose from {}",
                columns.end_names().join(", ")
            ));
        }
        let (factors, skipped) = discover(&table, &settings.params, settings.spread);
        if factors.is_empty() {
            return Err(format!(
                "--params {}: no numeric parameter of {} can move there",
                settings.params.join(","),
                settings.scenario
            ));
        }
        let design = Design {
            factors: factors.len(),
            trajectories: settings.trajectories as usize,
            levels: settings.levels,
            seed: settings.seed,
        };
        Ok(Screening {
            outputs: settings.outputs.clone(),
            trajectories: design.trajectories(),
            settings,
            scenario,
            table,
            factors,
            skipped,
            design,
        })
    }

    /// Games the whole design plays.
    pub fn games(&self) -> u64 {
        self.design.points() as u64 * u64::from(self.settings.seeds)
    }
}

/// `overbuild sensitivity`.
pub fn run(args: SensitivityArgs) -> Result<ExitCode, CliError> {
    if let Some(SensitivityCommand::Merge { files, show }) = args.command {
        return merge(&files, &show);
    }
    refuse_existing(
        &[args.out.as_deref(), args.show.svg.as_deref()],
        args.show.force,
    )?;
    let screening = Screening::new(args.settings)?;
    let shard = args.shard.unwrap_or(Shard::WHOLE);
    let range = shard.runs(screening.design.points() as u64);
    let bar = crate::sim::progress_bar(
        range.clone().count() as u64 * u64::from(screening.settings.seeds),
        !args.show.json,
    );
    let outputs = points::play(&screening, range.clone(), args.jobs, &|| bar.inc(1))?;
    bar.finish_and_clear();
    if let Some(out) = &args.out {
        let text = points::to_csv(&screening, range.start, &outputs)?;
        write_atomic(out, text.as_bytes(), backup(args.show.force))?;
        cli_out::note(&format!(
            "wrote {} points to {}",
            outputs.len(),
            out.display()
        ));
        if !shard.is_whole() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    show(&screening, &outputs, &args.show)
}

/// `overbuild sensitivity merge FILES...`.
fn merge(files: &[PathBuf], show_as: &Show) -> Result<ExitCode, CliError> {
    refuse_existing(&[show_as.svg.as_deref()], show_as.force)?;
    let (settings, outputs) = points::read_shards(files)?;
    let screening = Screening::new(settings)?;
    if outputs.len() != screening.design.points() {
        return Err(format!(
            "{}: the files hold {} of the design's {} points; merge every shard",
            files[0].display(),
            outputs.len(),
            screening.design.points()
        )
        .into());
    }
    show(&screening, &outputs, show_as)
}

fn show(
    screening: &Screening,
    outputs: &[Option<Vec<f64>>],
    show_as: &Show,
) -> Result<ExitCode, CliError> {
    let effects = summarise(
        &screening.trajectories,
        outputs,
        screening.factors.len(),
        screening.outputs.len(),
    );
    if let Some(svg) = &show_as.svg {
        let text = chart::svg(screening, &effects, show_as.top as usize);
        write_atomic(svg, text.as_bytes(), backup(show_as.force))?;
        cli_out::note(&format!("wrote {}", svg.display()));
    }
    let failed = outputs.iter().filter(|o| o.is_none()).count();
    let text = if show_as.json {
        serde_json::to_string_pretty(&chart::json(screening, &effects, failed))? + "\n"
    } else {
        chart::table(screening, &effects, failed, show_as.top as usize)
    };
    cli_out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn backup(force: bool) -> Backup<'static> {
    if force {
        Backup::None
    } else {
        Backup::NeverReplace
    }
}

/// Files the command would write that exist already, refused before any game is played
/// (the write itself still never replaces one without --force).
fn refuse_existing(paths: &[Option<&std::path::Path>], force: bool) -> Result<(), String> {
    match paths.iter().flatten().find(|p| !force && p.exists()) {
        Some(path) => Err(format!(
            "{}: already exists; add --force to replace it",
            path.display()
        )),
        None => Ok(()),
    }
}
