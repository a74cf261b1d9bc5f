//! The command line. Each command's arguments live with the module that runs it.

use crate::cli_out::{self, CliError};
use crate::engine::report::Arg;
use crate::error::UserError;
use crate::i18n::{Lang, Texts};
use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "overbuild", version, about = "A turn-based war-game of the AI data-center boom", long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command accepts.
#[derive(Args, Debug, Clone, Default)]
pub struct GlobalArgs {
    /// Keep saves, settings and logs under this folder instead of the platform's directories.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Interface language: en or zh-Hant.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// No sound.
    #[arg(long, global = true)]
    pub mute: bool,
}

impl GlobalArgs {
    /// The `--lang` language; None when not given (settings or English decide).
    pub fn language(&self) -> Result<Option<Lang>, UserError> {
        match &self.lang {
            None => Ok(None),
            Some(code) => Lang::parse(code).map(Some).ok_or_else(|| {
                UserError(format!(
                    "--lang {code}: unknown language; use en or zh-Hant"
                ))
            }),
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Play in the terminal (the default).
    Play(crate::tui::PlayArgs),
    /// Play whole games headless: one game, or many seeds with --runs.
    Sim(crate::sim::SimArgs),
    /// Fixed order sets against line-ups of the other seats: is any strategy dominant?
    Balance(crate::balance::BalanceArgs),
    /// Replay a saved game in the viewer, or --verify it headless.
    Replay(crate::save::ReplayArgs),
    /// Turn a saved game into a debrief pack (Markdown, CSV or HTML).
    Report(crate::report::ReportArgs),
    /// Check the model against the source's figures: each target's band, source and measure.
    Calibrate(crate::calibrate::CalibrateArgs),
    /// Which scenario parameters move the outcomes most (Morris screening).
    Sensitivity(crate::sensitivity::SensitivityArgs),
    /// Host a workshop game over SSH.
    Serve(crate::serve::ServeArgs),
    /// List the built-in scenarios.
    Scenarios,
    /// Work with scenario files.
    Scenario {
        #[command(subcommand)]
        command: ScenarioCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum ScenarioCommand {
    /// Check a scenario file and report every problem found.
    Check { file: PathBuf },
    /// Print the built-in scenarios' parameter tables (Markdown), or write them into a
    /// document between its generated-parameters markers.
    Doc {
        /// Replace the tables in FILE (docs/MODEL.md) instead of printing them.
        #[arg(long, value_name = "FILE")]
        write: Option<PathBuf>,
    },
}

/// Runs a command: its exit code, or how it stopped early (see `cli_out`).
pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let global = cli.global;
    match cli.command {
        None => Ok(crate::tui::play(&global, crate::tui::PlayArgs::default())?),
        Some(Command::Play(args)) => Ok(crate::tui::play(&global, args)?),
        Some(Command::Sim(args)) => crate::sim::run(&global, args),
        Some(Command::Balance(args)) => crate::balance::run(args),
        // Without --verify or --compare: the viewer in the terminal.
        Some(Command::Replay(args)) if !args.verify && args.compare.is_none() => {
            Ok(crate::tui::replay(&global, &args.file)?)
        }
        Some(Command::Replay(args)) => crate::save::replay(&global, args),
        Some(Command::Report(args)) => crate::report::run(&global, args),
        Some(Command::Calibrate(args)) => crate::calibrate::run(args),
        Some(Command::Sensitivity(args)) => crate::sensitivity::run(args),
        Some(Command::Serve(args)) => Ok(crate::serve::run(&global, args)?),
        Some(Command::Scenarios) => scenarios(&global),
        Some(Command::Scenario {
            command: ScenarioCommand::Check { file },
        }) => scenario_check(&global, &file),
        Some(Command::Scenario {
            command: ScenarioCommand::Doc { write },
        }) => scenario_doc(write.as_deref()),
    }
}

/// `overbuild scenario doc [--write FILE]`.
fn scenario_doc(write: Option<&Path>) -> Result<ExitCode, CliError> {
    let tables = crate::scenario::doc::tables()?;
    let Some(file) = write else {
        cli_out::print(&tables)?;
        return Ok(ExitCode::SUCCESS);
    };
    let name = file.display();
    let text = crate::fsread::read_text_bounded(file, crate::fsread::SCENARIO_LIMIT, "a document")
        .map_err(|e| UserError(format!("{name}: {}", e.reason())))?;
    let updated = crate::scenario::doc::replace_between_markers(&text, &tables)
        .map_err(|e| UserError(format!("{name}: {e}")))?;
    if updated != text {
        crate::save::write_atomic(file, updated.as_bytes(), crate::save::Backup::None)?;
        cli_out::note(&format!("wrote the parameter tables into {name}"));
    }
    Ok(ExitCode::SUCCESS)
}

/// `overbuild scenarios`: one line per built-in scenario, in the chosen language.
fn scenarios(global: &GlobalArgs) -> Result<ExitCode, CliError> {
    let texts = Texts::new(global.language()?.unwrap_or_default());
    let mut out = String::new();
    for (id, _) in crate::scenario::BUILTIN {
        let Ok(s) = crate::scenario::load(id) else {
            continue;
        };
        let p = &s.params.scenario;
        let line = texts.with(
            "cli-scenarios-line",
            &[
                ("name", Arg::Text(texts.scenario(id, "name", &p.name))),
                ("start", Arg::Text(p.start.to_string())),
                ("end", Arg::Text(p.last_quarter().to_string())),
                ("turns", Arg::Num(p.turns.into())),
                (
                    "description",
                    Arg::Text(texts.scenario(id, "description", &p.description)),
                ),
            ],
        );
        out.push_str(&format!("{id:<16} {line}\n"));
    }
    cli_out::print(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `overbuild scenario check FILE`: "ok" on standard output, or every problem on standard error:
/// values out of range, then parameters whose comments name no source.
fn scenario_check(global: &GlobalArgs, file: &Path) -> Result<ExitCode, CliError> {
    let texts = Texts::new(global.language()?.unwrap_or_default());
    let name = file.display().to_string();
    let text = crate::scenario::read_file(file)?;
    let (ok_line, problems) = match crate::scenario::from_text(&text, &name) {
        Ok(s) => {
            let line = texts.with(
                "cli-scenario-ok",
                &[
                    ("file", Arg::Text(name.clone())),
                    ("id", Arg::Text(s.params.scenario.id.clone())),
                    ("regions", Arg::Num(s.params.regions.len() as f64)),
                    ("turns", Arg::Num(s.params.scenario.turns.into())),
                ],
            );
            (line, Vec::new())
        }
        Err(crate::scenario::ScenarioError::Invalid { path, problems }) => {
            let lines = problems.iter().map(|p| format!("{path}: {p}")).collect();
            (String::new(), lines)
        }
        Err(e) => return Err(e.into()),
    };
    let unsourced = crate::scenario::sources::check(&text, &name)?;
    for (lines, summary) in [
        (&problems, "cli-scenario-problems"),
        (&unsourced, "cli-scenario-unsourced"),
    ] {
        if lines.is_empty() {
            continue;
        }
        lines.iter().for_each(|l| cli_out::note(l));
        let count = Arg::Num(lines.len() as f64);
        cli_out::note(&texts.with(
            summary,
            &[("file", Arg::Text(name.clone())), ("count", count)],
        ));
    }
    if !problems.is_empty() || !unsourced.is_empty() {
        return Ok(ExitCode::from(2));
    }
    cli_out::print(&format!("{ok_line}\n"))?;
    Ok(ExitCode::SUCCESS)
}
