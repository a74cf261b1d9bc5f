//! The factors a screening varies: the scenario's numeric parameters, each named by its path in
//! the file ("regions[texas].peak_mw", as variants name them) and moved within a share of its
//! value, narrowed where the scenario's own range check refuses the full swing.

use crate::engine::params::Params;
use toml::{Table, Value};

/// One parameter the screening moves between `low` and `high`.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    pub path: String,
    pub base: f64,
    pub low: f64,
    pub high: f64,
}

impl Factor {
    /// The value at `unit` in [0, 1] along the factor's range.
    pub fn at(&self, unit: f64) -> f64 {
        self.low + (self.high - self.low) * unit
    }
}

/// A parameter left out, and why (shown with `--verbose`-free summaries as a count).
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub path: String,
    pub reason: &'static str,
}

/// Halvings of the swing tried before a parameter whose range check refuses it is left out.
const NARROWINGS: u32 = 3;

/// Every float leaf of `table` whose path starts with one of `filters` (all when empty), with
/// its range: `base × (1 ± spread)`, narrowed on each side until the scenario checks pass.
pub fn discover(table: &Table, filters: &[String], spread: f64) -> (Vec<Factor>, Vec<Skipped>) {
    let mut leaves = Vec::new();
    walk(table, "", &mut leaves);
    let mut factors = Vec::new();
    let mut skipped = Vec::new();
    for (path, base) in leaves {
        if !filters.is_empty() && !filters.iter().any(|f| matches(&path, f)) {
            continue;
        }
        if base == 0.0 {
            skipped.push(Skipped {
                path,
                reason: "zero: a share of nothing",
            });
            continue;
        }
        let side = |sign: f64| widest_valid(table, &path, base, sign * spread);
        match (side(-1.0), side(1.0)) {
            (Some(a), Some(b)) if a != b => factors.push(Factor {
                path,
                base,
                low: a.min(b),
                high: a.max(b),
            }),
            _ => skipped.push(Skipped {
                path,
                reason: "the scenario's range check refuses any change",
            }),
        }
    }
    (factors, skipped)
}

/// A filter matches the path itself or anything under it ("companies.oracle").
fn matches(path: &str, filter: &str) -> bool {
    path == filter
        || path
            .strip_prefix(filter)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// `base × (1 + swing)`, the swing halved until the scenario with that one value passes.
fn widest_valid(table: &Table, path: &str, base: f64, swing: f64) -> Option<f64> {
    (0..=NARROWINGS)
        .map(|k| base * (1.0 + swing / f64::from(1u32 << k)))
        .find(|value| params_with(table, &[(path, *value)]).is_ok())
}

/// Float leaves in file order; arrays of tables with an `id` are entered by id. Integers,
/// strings, flags and plain arrays (hourly shapes) are not factors.
fn walk(table: &Table, prefix: &str, out: &mut Vec<(String, f64)>) {
    for (key, value) in table {
        let at = join(prefix, key);
        match value {
            Value::Float(v) if v.is_finite() => out.push((at, *v)),
            Value::Table(t) => walk(t, &at, out),
            Value::Array(items) => {
                for item in items {
                    if let (Value::Table(t), Some(id)) =
                        (item, item.get("id").and_then(Value::as_str))
                    {
                        walk(t, &format!("{at}[{id}]"), out);
                    }
                }
            }
            _ => {}
        }
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// The parameters of `table` with each `(path, value)` set, parsed and range-checked.
pub fn params_with(table: &Table, changes: &[(&str, f64)]) -> Result<Params, String> {
    let mut table = table.clone();
    for (path, value) in changes {
        let slot = leaf_mut(&mut table, path).ok_or_else(|| format!("{path}: no such key"))?;
        *slot = Value::Float(*value);
    }
    let params: Params = Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    let problems = crate::scenario::validate(&params);
    if problems.is_empty() {
        Ok(params)
    } else {
        Err(problems.join("; "))
    }
}

/// The value at a path written as `walk` writes it.
fn leaf_mut<'a>(table: &'a mut Table, path: &str) -> Option<&'a mut Value> {
    let mut parts = path.split('.').peekable();
    let mut here = table;
    while let Some(part) = parts.next() {
        let (key, id) = match part.split_once('[') {
            Some((key, rest)) => (key, Some(rest.strip_suffix(']')?)),
            None => (part, None),
        };
        let value = here.get_mut(key)?;
        let value = match id {
            Some(id) => value
                .as_array_mut()?
                .iter_mut()
                .find(|v| v.get("id").and_then(Value::as_str) == Some(id))?,
            None => value,
        };
        if parts.peek().is_none() {
            return Some(value);
        }
        here = value.as_table_mut()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Table {
        toml::from_str(crate::scenario::BUILTIN[0].1).unwrap()
    }

    #[test]
    fn factors_are_float_leaves_named_as_variants_name_them() {
        let (factors, _) = discover(&base(), &["regions[texas]".into()], 0.2);
        assert!(!factors.is_empty());
        assert!(
            factors
                .iter()
                .all(|f| f.path.starts_with("regions[texas]."))
        );
        for f in &factors {
            assert!(f.low < f.high, "{f:?}");
            assert!(f.low <= f.base && f.base <= f.high, "{f:?}");
            assert!(params_with(&base(), &[(&f.path, f.low)]).is_ok(), "{f:?}");
            assert!(params_with(&base(), &[(&f.path, f.high)]).is_ok(), "{f:?}");
        }
    }

    #[test]
    fn a_swing_the_range_check_refuses_is_narrowed() {
        // A share near 1 cannot rise 20%: its upper side is narrowed, its lower side is not.
        let (factors, _) = discover(&base(), &[], 0.2);
        let narrowed: Vec<&Factor> = factors
            .iter()
            .filter(|f| (f.high - f.base) < 0.999 * (f.base - f.low))
            .collect();
        assert!(!narrowed.is_empty());
        for f in narrowed {
            let full = f.base * 1.2;
            assert!(params_with(&base(), &[(&f.path, full)]).is_err(), "{f:?}");
        }
    }

    #[test]
    fn setting_a_path_changes_that_parameter_only() {
        let table = base();
        let p = params_with(&table, &[("technologies.gas_cc.heat_rate", 6.5)]).unwrap();
        let q = params_with(&table, &[]).unwrap();
        assert_eq!(p.technologies.gas_cc.heat_rate, 6.5);
        assert_ne!(q.technologies.gas_cc.heat_rate, 6.5);
        assert!(params_with(&table, &[("technologies.nope", 1.0)]).is_err());
    }
}
