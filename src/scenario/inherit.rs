//! Scenario variants: a file that says `extends = "BASE"` holds only the keys it changes. The
//! base is resolved first (it may extend another), then the variant's keys are laid over it:
//! tables merge key by key, arrays of tables with an `id` merge element by element (a new id
//! adds an element, e.g. an event card), other values replace the base's. A key the base lacks
//! is an error naming the file and the key, so a typo cannot pass silently.

use super::ScenarioError;
use std::path::Path;
use toml::{Table, Value};

/// Top-level keys a scenario may leave out, so a variant may add them.
const OPTIONAL: &[&str] = &["starting_rules", "links", "grid"];

/// The most bases a chain may have: more is surely a mistake.
const MAX_DEPTH: usize = 8;

/// A variant resolved against its base.
pub struct Resolved {
    /// The whole scenario as one TOML document (what saves keep and hashes cover).
    pub text: String,
    /// The base's id.
    pub base: String,
    /// Each key the variant changes, as a path ("regions[texas].peak_mw").
    pub changes: Vec<String>,
}

/// Resolves `text` when it extends a base; None for a scenario that stands alone.
pub fn resolve(text: &str, path: &str) -> Result<Option<Resolved>, ScenarioError> {
    let table = parse_table(text, path)?;
    if !table.contains_key("extends") {
        return Ok(None);
    }
    let mut chain = vec![path.to_string()];
    let (merged, base, changes) = merged(table, path, &mut chain)?;
    let text = toml::to_string(&merged).map_err(|e| invalid(path, e.to_string()))?;
    // The variant's own name and description are not changes to the model.
    let changes = changes
        .into_iter()
        .filter(|c| !c.starts_with("scenario."))
        .collect();
    Ok(Some(Resolved {
        text,
        base,
        changes,
    }))
}

/// The variant `table` (from `path`) laid over its resolved base, the base's id and the keys
/// changed.
fn merged(
    mut table: Table,
    path: &str,
    chain: &mut Vec<String>,
) -> Result<(Table, String, Vec<String>), ScenarioError> {
    let Some(extends) = table.remove("extends") else {
        return Ok((table, String::new(), Vec::new()));
    };
    let Value::String(base_name) = extends else {
        return Err(invalid(
            path,
            "extends: give the base scenario's id or path".into(),
        ));
    };
    if chain.contains(&base_name) || chain.len() > MAX_DEPTH {
        chain.push(base_name);
        return Err(invalid(
            path,
            format!("extends: the chain of bases loops: {}", chain.join(" → ")),
        ));
    }
    let (base_text, base_path) = base_source(&base_name, path)?;
    chain.push(base_name.clone());
    let base_table = parse_table(&base_text, &base_path)?;
    let (mut base, _, _) = merged(base_table, &base_path, chain)?;
    let base_id = base
        .get("scenario")
        .and_then(|s| s.get("id"))
        .and_then(Value::as_str)
        .unwrap_or(&base_name)
        .to_string();
    let mut changes = Vec::new();
    overlay(&mut base, table, "", path, &mut changes)?;
    Ok((base, base_id, changes))
}

/// The base's text and the name it goes by in errors: a built-in id, or a path relative to the
/// variant's own file.
fn base_source(name: &str, from: &str) -> Result<(String, String), ScenarioError> {
    if let Some((id, text)) = super::BUILTIN.iter().find(|(id, _)| *id == name) {
        return Ok((text.to_string(), format!("builtin:{id}")));
    }
    let relative = Path::new(from)
        .parent()
        .map_or_else(|| Path::new(name).to_path_buf(), |dir| dir.join(name));
    if from.starts_with("builtin:") || !relative.exists() {
        let known: Vec<&str> = super::BUILTIN.iter().map(|(id, _)| *id).collect();
        return Err(invalid(
            from,
            format!(
                "extends: no base scenario \"{name}\" (built-in: {}; or a path next to this file)",
                known.join(", ")
            ),
        ));
    }
    let text = super::read_file(&relative)?;
    Ok((text, relative.display().to_string()))
}

/// Keys renamed since scenario files used them, old name first: a variant written before keeps
/// changing the same parameter.
const RENAMED: [(&str, &str); 1] = [("allowed_return", "allowed_roe")];

fn renamed(key: &str) -> Option<&'static str> {
    RENAMED
        .iter()
        .find(|(old, _)| *old == key)
        .map(|(_, new)| *new)
}

/// Lays `over` onto `base`, recording each changed key.
fn overlay(
    base: &mut Table,
    over: Table,
    prefix: &str,
    path: &str,
    changes: &mut Vec<String>,
) -> Result<(), ScenarioError> {
    for (key, value) in over {
        let key = renamed(&key).map_or(key, str::to_string);
        let at = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if prefix.is_empty() && OPTIONAL.contains(&key.as_str()) && !base.contains_key(&key) {
            changes.extend(describe_added(&at, &value));
            base.insert(key.clone(), value);
            continue;
        }
        let Some(old) = base.get_mut(&key) else {
            return Err(invalid(
                path,
                format!("{at}: the base scenario has no such key (only keys it has can change)"),
            ));
        };
        match (old, value) {
            (Value::Table(old), Value::Table(new)) => overlay(old, new, &at, path, changes)?,
            (Value::Array(old), Value::Array(new)) if by_id(old) && by_id(&new) => {
                overlay_by_id(old, new, &at, path, changes)?
            }
            (old, new) => {
                *old = new;
                changes.push(at);
            }
        }
    }
    Ok(())
}

/// Arrays of tables that each carry an `id` (regions, event cards) merge element by element.
fn by_id(array: &[Value]) -> bool {
    !array.is_empty() && array.iter().all(|v| v.get("id").is_some_and(Value::is_str))
}

fn overlay_by_id(
    base: &mut Vec<Value>,
    over: Vec<Value>,
    prefix: &str,
    path: &str,
    changes: &mut Vec<String>,
) -> Result<(), ScenarioError> {
    for element in over {
        let Value::Table(new) = element else { continue };
        let id = new.get("id").and_then(Value::as_str).unwrap_or_default();
        let at = format!("{prefix}[{id}]");
        match base.iter_mut().find(|b| b.get("id") == new.get("id")) {
            Some(Value::Table(old)) => overlay(old, new, &at, path, changes)?,
            _ => {
                base.push(Value::Table(new));
                changes.push(format!("{at} (new)"));
            }
        }
    }
    Ok(())
}

fn parse_table(text: &str, path: &str) -> Result<Table, ScenarioError> {
    toml::from_str::<Table>(text).map_err(|e| super::parse_error(text, path, &e))
}

fn invalid(path: &str, problem: String) -> ScenarioError {
    ScenarioError::Invalid {
        path: path.to_string(),
        problems: vec![problem],
    }
}

/// What an added optional key changes: each starting rule as "seat.field = value", else the
/// key itself.
fn describe_added(key: &str, value: &Value) -> Vec<String> {
    let rules = value.as_array().map(|rules| {
        rules
            .iter()
            .filter_map(|r| {
                let seat = r.get("seat")?.as_str()?;
                let field = r.get("field")?.as_str()?;
                let value = r.get("value")?;
                let region = r
                    .get("region")
                    .and_then(Value::as_str)
                    .map_or(String::new(), |r| format!("[{r}]"));
                Some(format!("{seat}.{field}{region} = {value}"))
            })
            .collect::<Vec<_>>()
    });
    match rules {
        Some(rules) if key == "starting_rules" && !rules.is_empty() => rules,
        _ => vec![key.to_string()],
    }
}
