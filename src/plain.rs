//! Plain mode: the same game as a line-by-line text dialogue on stdin/stdout, for screen readers
//! and scripted play. (Being built: see issue 10.)

use crate::cli::GlobalArgs;
use crate::engine::Seat;
use crate::error::UserError;
use std::process::ExitCode;

/// What `overbuild play --plain` passes on.
#[derive(Clone, Debug, Default)]
pub struct PlainOptions {
    /// Human seats; the rest are bots. Empty means the player is asked.
    pub seats: Vec<Seat>,
    pub seed: Option<u64>,
    pub scenario: String,
}

pub fn run(_global: &GlobalArgs, _options: &PlainOptions) -> Result<ExitCode, UserError> {
    Err(UserError("plain mode is not available yet".into()))
}
