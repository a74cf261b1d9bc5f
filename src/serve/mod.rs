//! The workshop server over SSH. (Being built: see issue 9.)

use crate::cli::GlobalArgs;
use crate::error::UserError;
use std::process::ExitCode;

/// `overbuild serve`.
#[derive(clap::Args, Debug, Default)]
pub struct ServeArgs {}

pub fn run(_global: &GlobalArgs, _args: ServeArgs) -> Result<ExitCode, UserError> {
    Err(UserError("the workshop server is not available yet".into()))
}
