//! Scenario files: the built-in ones embedded in the binary, and files given by path. Loading is
//! two-phase: parse (unknown and missing keys are errors), then check every range.

pub mod doc;
mod inherit;
pub mod sources;
mod validate;

pub use validate::validate;

use crate::engine::params::Params;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Built-in scenarios: (id, file content).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "stargate-2025",
        include_str!("../../assets/scenarios/stargate-2025.toml"),
    ),
    (
        "ai-boom",
        include_str!("../../assets/scenarios/ai-boom.toml"),
    ),
    (
        "ai-winter",
        include_str!("../../assets/scenarios/ai-winter.toml"),
    ),
    (
        "tariff-war",
        include_str!("../../assets/scenarios/tariff-war.toml"),
    ),
    (
        "texas-heat",
        include_str!("../../assets/scenarios/texas-heat.toml"),
    ),
    (
        "federal-rules",
        include_str!("../../assets/scenarios/federal-rules.toml"),
    ),
];

pub const DEFAULT: &str = "stargate-2025";
/// The longest game a scenario may have, in quarters.
pub const MAX_TURNS: u32 = 40;

#[derive(Clone, Debug)]
pub struct Scenario {
    pub params: Arc<Params>,
    /// BLAKE3 of the file's bytes.
    pub hash: String,
    /// Where it came from: `builtin:ID` or a path.
    pub source: String,
    /// The whole scenario; a variant's, resolved against its base.
    pub text: String,
    /// The scenario a variant extends, and the keys it changes.
    pub base: Option<String>,
    pub changes: Vec<String>,
}

/// Two scenarios are the same when they came from the same place with the same bytes.
impl PartialEq for Scenario {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.source == other.source
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error(
        "no scenario named \"{0}\": built-in scenarios are {1}; or give the path of a .toml file"
    )]
    NotFound(String, String),
    /// The file could not be read: missing, not a regular file, or too large.
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {} problem(s): {}", problems.len(), problems.join("; "))]
    Invalid { path: String, problems: Vec<String> },
}

pub fn hash_text(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex().to_string()
}

/// Loads a built-in scenario by id, or a file by path.
pub fn load(name: &str) -> Result<Scenario, ScenarioError> {
    if let Some((id, text)) = BUILTIN.iter().find(|(id, _)| *id == name) {
        // The built-ins' own test keeps this from failing; if it did, say why.
        return builtin(id).map_or_else(|| from_text(text, &format!("builtin:{id}")), Ok);
    }
    let path = Path::new(name);
    if path.exists() || name.ends_with(".toml") || name.contains('/') {
        return from_text(&read_file(path)?, name);
    }
    let known: Vec<&str> = BUILTIN.iter().map(|(id, _)| *id).collect();
    Err(ScenarioError::NotFound(name.to_string(), known.join(", ")))
}

/// A built-in scenario by id, loaded and checked; None when there is none by that id (or it
/// does not load, which the built-ins' own test rules out).
///
/// Each is parsed and checked once, when first asked for: the new-game screen draws from it
/// every frame, and every save compares its scenario's hash with the built-in's.
pub fn builtin(id: &str) -> Option<Scenario> {
    static PARSED: [OnceLock<Option<Scenario>>; BUILTIN.len()] =
        [const { OnceLock::new() }; BUILTIN.len()];
    let i = BUILTIN.iter().position(|(b, _)| *b == id)?;
    let (id, text) = BUILTIN[i];
    PARSED[i]
        .get_or_init(|| from_text(text, &format!("builtin:{id}")).ok())
        .clone()
}

/// A scenario file's text, read bounded (a device, FIFO or huge file is refused).
pub fn read_file(path: &Path) -> Result<String, ScenarioError> {
    crate::fsread::read_text_bounded(path, crate::fsread::SCENARIO_LIMIT, "a scenario file")
        .map_err(|e| ScenarioError::Read {
            path: path.display().to_string(),
            message: e.reason(),
        })
}

/// Parses and validates scenario text; `path` names it in errors.
pub fn from_text(text: &str, path: &str) -> Result<Scenario, ScenarioError> {
    let resolved = inherit::resolve(text, path)?;
    let text = resolved.as_ref().map_or(text, |r| r.text.as_str());
    let params = parse(text, path)?;
    let problems = validate(&params);
    if !problems.is_empty() {
        return Err(ScenarioError::Invalid {
            path: path.to_string(),
            problems,
        });
    }
    Ok(Scenario {
        params: Arc::new(params),
        hash: hash_text(text),
        source: path.to_string(),
        text: text.to_string(),
        base: resolved.as_ref().map(|r| r.base.clone()),
        changes: resolved.map(|r| r.changes).unwrap_or_default(),
    })
}

/// Phase one: TOML into typed parameters, with a one-line error naming file, line and key.
pub fn parse(text: &str, path: &str) -> Result<Params, ScenarioError> {
    toml::from_str::<Params>(text).map_err(|e| parse_error(text, path, &e))
}

/// A TOML error as one line naming the file, line and column.
fn parse_error(text: &str, path: &str, e: &toml::de::Error) -> ScenarioError {
    let (line, column) = e
        .span()
        .map(|span| line_column(text, span.start))
        .unwrap_or((1, 1));
    ScenarioError::Parse {
        path: path.to_string(),
        line,
        column,
        message: e.message().replace('\n', " ").trim().to_string(),
    }
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_scenarios_load_and_validate() {
        for (id, _) in BUILTIN {
            let s = load(id).unwrap();
            assert_eq!(s.params.scenario.id, *id);
            assert_eq!(s.params.regions.len(), 3);
        }
    }

    #[test]
    fn unknown_and_missing_keys_name_the_key() {
        let text = BUILTIN[0].1.replace("turns = 16", "turns = 16\nturnz = 3");
        let err = from_text(&text, "x.toml").unwrap_err().to_string();
        assert!(err.contains("turnz"), "{err}");
        assert!(err.starts_with("x.toml:"), "{err}");
        let text = BUILTIN[0].1.replace("households_m = 10.5", "");
        let err = from_text(&text, "x.toml").unwrap_err().to_string();
        assert!(err.contains("households_m"), "{err}");
        assert!(!err.contains('\n'));
    }

    #[test]
    fn missing_scenario_lists_builtins() {
        let err = load("nope").unwrap_err().to_string();
        assert!(err.contains("stargate-2025"), "{err}");
    }
}
