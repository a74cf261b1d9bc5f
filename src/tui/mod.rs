//! The terminal interface. (Being built: see issue 3.)

use crate::cli::GlobalArgs;
use crate::error::UserError;
use std::process::ExitCode;

/// `overbuild play`.
#[derive(clap::Args, Debug, Default)]
pub struct PlayArgs {}

pub fn play(_global: &GlobalArgs, _args: PlayArgs) -> Result<ExitCode, UserError> {
    use clap::CommandFactory;
    crate::cli::Cli::command().print_help()?;
    Ok(ExitCode::SUCCESS)
}
