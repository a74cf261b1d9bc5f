//! The command line. Each command's arguments live with the module that runs it.

use crate::error::UserError;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
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

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Play in the terminal (the default).
    Play(crate::tui::PlayArgs),
    /// Play whole games headless: one game, or many seeds with --runs.
    Sim(crate::sim::SimArgs),
    /// Replay a saved game in the viewer, or --verify it headless.
    Replay(crate::save::ReplayArgs),
    /// Turn a saved game into a debrief pack (Markdown, CSV or HTML).
    Report(crate::report::ReportArgs),
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
}

pub fn run(cli: Cli) -> Result<ExitCode, UserError> {
    let global = cli.global;
    match cli.command {
        None => crate::tui::play(&global, crate::tui::PlayArgs::default()),
        Some(Command::Play(args)) => crate::tui::play(&global, args),
        Some(Command::Sim(args)) => crate::sim::run(&global, args),
        // Without --verify or --compare: the viewer in the terminal.
        Some(Command::Replay(args)) if !args.verify && args.compare.is_none() => {
            crate::tui::replay(&global, &args.file)
        }
        Some(Command::Replay(args)) => crate::save::replay(&global, args),
        Some(Command::Report(args)) => crate::report::run(&global, args),
        Some(Command::Serve(args)) => crate::serve::run(&global, args),
        Some(Command::Scenarios) => {
            for (id, line) in crate::scenario::list() {
                println!("{id:<16} {line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Scenario {
            command: ScenarioCommand::Check { file },
        }) => {
            let name = file.display().to_string();
            let text = crate::scenario::read_file(&file)?;
            match crate::scenario::from_text(&text, &name) {
                Ok(s) => {
                    println!(
                        "{name}: ok ({}, {} regions, {} turns)",
                        s.params.scenario.id,
                        s.params.regions.len(),
                        s.params.scenario.turns
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(crate::scenario::ScenarioError::Invalid { path, problems }) => {
                    for p in &problems {
                        eprintln!("{path}: {p}");
                    }
                    eprintln!("{path}: {} problem(s)", problems.len());
                    Ok(ExitCode::from(2))
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}
