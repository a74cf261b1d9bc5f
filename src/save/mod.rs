//! Saved games. (Being built: see issue 4.)

use crate::cli::GlobalArgs;
use crate::error::UserError;
use std::process::ExitCode;

/// `overbuild replay`.
#[derive(clap::Args, Debug)]
pub struct ReplayArgs {
    /// The saved game.
    pub file: std::path::PathBuf,
}

pub fn replay(_global: &GlobalArgs, args: ReplayArgs) -> Result<ExitCode, UserError> {
    Err(UserError(format!(
        "{}: replay is not available yet",
        args.file.display()
    )))
}
