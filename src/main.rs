//! The binary: parse the command line and hand over to the library.

use clap::Parser;
use overbuild::cli::{self, Cli};
use overbuild::cli_out;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            let printed = e
                .print()
                .and_then(|()| std::io::Write::flush(&mut std::io::stdout()));
            return cli_out::exit_code(
                printed
                    .map(|()| ExitCode::SUCCESS)
                    .map_err(|e| cli_out::stdout_failed(&e)),
            );
        }
        Err(e) => {
            // One line: clap's first line names the argument and what is allowed.
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            cli_out::note(&format!(
                "overbuild: {}",
                first.trim_start_matches("error: ")
            ));
            return ExitCode::from(2);
        }
    };
    // Logs go to a file in the data directory, never to the terminal; keep the guard alive.
    let paths = overbuild::paths::Paths::resolve(cli.global.data_dir.as_deref());
    let _log = overbuild::logging::init(paths.as_ref());
    cli_out::exit_code(cli::run(cli))
}
