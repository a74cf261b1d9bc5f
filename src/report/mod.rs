//! Debrief reports. (Being built: see issue 4.)

use crate::cli::GlobalArgs;
use crate::error::UserError;
use std::process::ExitCode;

/// `overbuild report`.
#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// The saved game.
    pub file: std::path::PathBuf,
}

pub fn run(_global: &GlobalArgs, args: ReportArgs) -> Result<ExitCode, UserError> {
    Err(UserError(format!(
        "{}: reports are not available yet",
        args.file.display()
    )))
}
