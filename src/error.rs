//! Errors at the edge: one readable line for the user.

use std::fmt;

/// A failure the user can fix (bad file, bad value): one line on stderr, exit code 2.
#[derive(Debug, Clone, PartialEq)]
pub struct UserError(pub String);

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UserError {}

impl UserError {
    pub fn new(message: impl Into<String>) -> UserError {
        UserError(message.into())
    }
}

macro_rules! from_display {
    ($($t:ty),*) => {
        $(impl From<$t> for UserError {
            fn from(e: $t) -> Self {
                UserError(e.to_string())
            }
        })*
    };
}

from_display!(
    crate::scenario::ScenarioError,
    crate::script::ScriptError,
    crate::engine::OrderError,
    std::io::Error,
    serde_json::Error,
    String
);

impl From<&str> for UserError {
    fn from(e: &str) -> Self {
        UserError(e.to_string())
    }
}
