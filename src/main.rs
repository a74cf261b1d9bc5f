//! The command line: parse, then hand over to the library.

use clap::{Parser, Subcommand};
use overbuild::game::{Controllers, Game, play_out};
use overbuild::scenario;
use overbuild::script::Script;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "overbuild", version, about = "A turn-based war-game of the AI data-center boom", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Play a whole game headless and print what happened.
    Sim {
        /// A built-in scenario's id or the path of a scenario file.
        #[arg(long, default_value = scenario::DEFAULT)]
        scenario: String,
        /// Seed of the game (random numbers are derived from it).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Quarters to play (default: the whole scenario).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=40))]
        turns: Option<u32>,
        /// Standing orders for some seats (TOML, see README); other seats are bots.
        #[arg(long)]
        orders: Option<PathBuf>,
        /// Print one JSON document instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// List the built-in scenarios.
    Scenarios,
    /// Work with scenario files.
    Scenario {
        #[command(subcommand)]
        command: ScenarioCommand,
    },
}

#[derive(Subcommand)]
enum ScenarioCommand {
    /// Check a scenario file and report every problem found.
    Check { file: PathBuf },
}

/// A failure the user can fix: one line on stderr and exit code 2.
struct UserError(String);

impl<E: std::fmt::Display> From<E> for UserError {
    fn from(e: E) -> Self {
        UserError(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // One line: clap's first line names the argument and what is allowed.
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            eprintln!("overbuild: {}", first.trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(UserError(message)) => {
            eprintln!("overbuild: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, UserError> {
    match cli.command {
        None => {
            use clap::CommandFactory;
            Cli::command().print_help()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Scenarios) => {
            for (id, line) in scenario::list() {
                println!("{id:<16} {line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Scenario {
            command: ScenarioCommand::Check { file },
        }) => {
            let name = file.display().to_string();
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{name}: cannot read: {e}"))?;
            match scenario::from_text(&text, &name) {
                Ok(s) => {
                    println!(
                        "{name}: ok ({}, {} regions, {} turns)",
                        s.params.scenario.id,
                        s.params.regions.len(),
                        s.params.scenario.turns
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(scenario::ScenarioError::Invalid { path, problems }) => {
                    for p in &problems {
                        eprintln!("{path}: {p}");
                    }
                    eprintln!("{path}: {} problem(s)", problems.len());
                    Ok(ExitCode::from(2))
                }
                Err(e) => Err(e.into()),
            }
        }
        Some(Command::Sim {
            scenario: name,
            seed,
            turns,
            orders,
            json,
        }) => {
            let scenario = scenario::load(&name)?;
            let script = match orders {
                Some(path) => Some(Script::load(&path, &scenario.params)?),
                None => None,
            };
            let turns = turns.unwrap_or(scenario.params.scenario.turns);
            let mut game = Game::new(scenario, seed);
            let mut controllers = Controllers::bots_except(script);
            play_out(&mut game, &mut controllers, turns);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&overbuild::sim::output(&game, &controllers))?
                );
            } else {
                print!("{}", overbuild::sim::table(&game, &controllers));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
