//! Orders files: standing orders for some seats, with changes from a given quarter on.
//!
//! ```toml
//! [oracle]                              # this seat holds these orders every turn
//! build_mw = { texas = 1000, pjm = 500 }  # regional: a table by region id, or one number for all
//! bond_bn = 5
//!
//! [[change]]                            # from this quarter on (or `turn = 3`, 1 = first)
//! date = "2025Q3"
//! [change.oracle]
//! bond_bn = 18
//! ```

use crate::engine::orders::{self, FieldKind, FieldSpec, SeatOrders, Statement, Value};
use crate::engine::{Date, Orders, Params, Seat};
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub struct Patch {
    pub key: String,
    pub region: usize,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// 0-based turn from which the change applies.
    pub turn: u32,
    pub seat: Seat,
    pub patches: Vec<Patch>,
}

/// Standing orders for some seats.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Script {
    pub source: String,
    pub seats: Vec<(Seat, SeatOrders)>,
    pub changes: Vec<Change>,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ScriptError(pub String);

impl Script {
    /// A seat's plan from quarter `turn`: the draft this quarter, then what carries forward
    /// from it (rules and marked repeats; other one-offs back to their defaults).
    pub fn plan(draft: &SeatOrders, turn: u32, regions: usize) -> Script {
        let seat = draft.seat();
        let next = draft.carried_forward();
        let patches = orders::fields(seat)
            .iter()
            .filter(|f| orders::field_differs(draft, &next, f.key))
            .flat_map(|f| {
                let count = if f.is_regional() { regions } else { 1 };
                let next = &next;
                (0..count).filter_map(move |r| {
                    next.get(f.key, r).map(|value| Patch {
                        key: f.key.to_string(),
                        region: r,
                        value,
                    })
                })
            })
            .collect();
        Script {
            source: "plan".into(),
            seats: vec![(seat, draft.clone())],
            changes: vec![Change {
                turn: turn + 1,
                seat,
                patches,
            }],
        }
    }

    pub fn controls(&self, seat: Seat) -> bool {
        self.seats.iter().any(|(s, _)| *s == seat)
    }

    /// The orders a scripted seat holds in a turn (0-based), or None for unscripted seats.
    pub fn orders(&self, seat: Seat, turn: u32) -> Option<SeatOrders> {
        let (_, base) = self.seats.iter().find(|(s, _)| *s == seat)?;
        let mut orders = base.clone();
        for change in self
            .changes
            .iter()
            .filter(|c| c.seat == seat && c.turn <= turn)
        {
            for p in &change.patches {
                orders.set(&p.key, p.region, p.value);
            }
        }
        Some(orders)
    }

    pub fn load(path: &Path, params: &Params) -> Result<Script, ScriptError> {
        let name = path.display().to_string();
        let text =
            crate::fsread::read_text_bounded(path, crate::fsread::ORDERS_LIMIT, "an orders file")
                .map_err(|e| ScriptError(e.to_string()))?;
        Script::parse(&text, &name, params)
    }

    pub fn parse(text: &str, name: &str, params: &Params) -> Result<Script, ScriptError> {
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let (line, col) = e
                .span()
                .map(|s| crate::scenario::line_column(text, s.start))
                .unwrap_or((1, 1));
            ScriptError(format!(
                "{name}:{line}:{col}: {}",
                e.message().replace('\n', " ").trim()
            ))
        })?;
        let mut script = Script {
            source: name.to_string(),
            ..Default::default()
        };
        for (key, value) in &table {
            if key == "change" {
                continue;
            }
            let seat = parse_seat(name, key)?;
            let section = value
                .as_table()
                .ok_or_else(|| ScriptError(format!("{name}: [{key}] must be a table of orders")))?;
            let mut orders = Orders::default().seat(seat);
            for patch in patches(name, seat, section, params)? {
                orders.set(&patch.key, patch.region, patch.value);
            }
            script.seats.push((seat, orders));
        }
        script.seats.sort_by_key(|(s, _)| *s);
        if let Some(changes) = table.get("change") {
            let list = changes.as_array().ok_or_else(|| {
                ScriptError(format!(
                    "{name}: `change` must be an array of tables: [[change]]"
                ))
            })?;
            for (i, entry) in list.iter().enumerate() {
                let entry = entry.as_table().ok_or_else(|| {
                    ScriptError(format!("{name}: change {} must be a table", i + 1))
                })?;
                let turn = change_turn(name, i, entry, params)?;
                for (key, value) in entry {
                    if key == "date" || key == "turn" {
                        continue;
                    }
                    let seat = parse_seat(name, key)?;
                    if !script.controls(seat) {
                        return Err(ScriptError(format!(
                            "{name}: change {} sets {seat}, which has no [{seat}] section of standing orders",
                            i + 1
                        )));
                    }
                    let section = value.as_table().ok_or_else(|| {
                        ScriptError(format!(
                            "{name}: change {} [{key}] must be a table of orders",
                            i + 1
                        ))
                    })?;
                    script.changes.push(Change {
                        turn,
                        seat,
                        patches: patches(name, seat, section, params)?,
                    });
                }
            }
        }
        Ok(script)
    }
}

fn parse_seat(name: &str, key: &str) -> Result<Seat, ScriptError> {
    Seat::parse(key).ok_or_else(|| {
        ScriptError(format!(
            "{name}: unknown seat `{key}`: allowed openai, oracle, utility, whitehouse (and [[change]])"
        ))
    })
}

fn change_turn(
    name: &str,
    i: usize,
    entry: &toml::Table,
    params: &Params,
) -> Result<u32, ScriptError> {
    let start = params.scenario.start;
    let turns = params.scenario.turns;
    let turn = match (entry.get("date"), entry.get("turn")) {
        (Some(d), None) => {
            let text = d.as_str().unwrap_or_default();
            let date = Date::parse(text).ok_or_else(|| {
                ScriptError(format!(
                    "{name}: change {}: date = {d} is not a quarter like \"2025Q3\"",
                    i + 1
                ))
            })?;
            let last = start.plus(turns.saturating_sub(1));
            if date < start || date > last {
                return Err(ScriptError(format!(
                    "{name}: change {} at {} is outside the game ({}–{})",
                    i + 1,
                    compact(date),
                    compact(start),
                    compact(last)
                )));
            }
            date.ordinal() - start.ordinal()
        }
        (None, Some(t)) => match t.as_integer() {
            Some(n) if n >= 1 && n <= i64::from(turns) => (n - 1) as u32,
            _ => {
                return Err(ScriptError(format!(
                    "{name}: change {}: turn = {t} is not allowed: 1..={turns}",
                    i + 1
                )));
            }
        },
        _ => {
            return Err(ScriptError(format!(
                "{name}: change {} needs exactly one of `date = \"2025Q3\"` or `turn = N`",
                i + 1
            )));
        }
    };
    Ok(turn)
}

/// A quarter as orders files write it: "2025Q3".
fn compact(date: Date) -> String {
    format!("{}Q{}", date.year, date.quarter)
}

fn patches(
    name: &str,
    seat: Seat,
    section: &toml::Table,
    params: &Params,
) -> Result<Vec<Patch>, ScriptError> {
    let mut out = Vec::new();
    for (key, value) in section {
        let spec = orders::field(seat, key).ok_or_else(|| {
            let allowed: Vec<&str> = orders::fields(seat).iter().map(|f| f.key).collect();
            ScriptError(format!(
                "{name}: [{seat}] unknown field `{key}`: allowed {}",
                allowed.join(", ")
            ))
        })?;
        let field = Field {
            name,
            seat,
            key,
            spec,
            params,
        };
        out.extend(field.patches(value)?);
    }
    Ok(out)
}

/// One known field of a seat's section, with what its checks and error messages name.
struct Field<'a> {
    /// The orders file's name.
    name: &'a str,
    seat: Seat,
    key: &'a str,
    spec: &'static FieldSpec,
    params: &'a Params,
}

impl Field<'_> {
    /// The patches `key = value` sets, each checked against the field's range or choices.
    fn patches(&self, value: &toml::Value) -> Result<Vec<Patch>, ScriptError> {
        let bad = |shown: String| self.not_allowed(shown);
        let one = |value: Value| Patch {
            key: self.key.to_string(),
            region: 0,
            value,
        };
        match self.spec.kind {
            FieldKind::Number { min, max, .. } => {
                let v = number(value).ok_or_else(|| bad(value.to_string()))?;
                if !(v >= min && v <= max) {
                    return Err(bad(value.to_string()));
                }
                Ok(vec![one(Value::Number(v))])
            }
            FieldKind::Regional { min, max, .. } => self.regional(min, max, value),
            FieldKind::Toggle => {
                let v = value.as_bool().ok_or_else(|| bad(value.to_string()))?;
                Ok(vec![one(Value::Toggle(v))])
            }
            FieldKind::Choice(labels) => {
                let text = value.as_str().ok_or_else(|| bad(value.to_string()))?;
                let i = labels
                    .iter()
                    .position(|l| *l == text)
                    .ok_or_else(|| bad(value.to_string()))?;
                debug_assert!(Statement::from_index(i).is_some());
                Ok(vec![one(Value::Choice(i))])
            }
        }
    }

    /// The error for a value outside the field's range or choices.
    fn not_allowed(&self, shown: String) -> ScriptError {
        let Field {
            name, seat, key, ..
        } = self;
        ScriptError(format!(
            "{name}: {seat}.{key} = {shown} is not allowed: {}",
            self.spec.allowed()
        ))
    }

    /// A regional field: a table by region id, or one number for every region.
    fn regional(&self, min: f64, max: f64, value: &toml::Value) -> Result<Vec<Patch>, ScriptError> {
        let Field {
            name,
            seat,
            key,
            spec,
            params,
        } = self;
        let mut out = Vec::new();
        let mut set = |region: usize, v: &toml::Value, shown: String| -> Result<(), ScriptError> {
            let n = number(v).ok_or_else(|| self.not_allowed(shown.clone()))?;
            if !(n >= min && n <= max) {
                return Err(ScriptError(format!(
                    "{name}: {seat}.{key}[{}] = {shown} is not allowed: {}",
                    params.regions[region].id,
                    spec.allowed()
                )));
            }
            out.push(Patch {
                key: key.to_string(),
                region,
                value: Value::Number(n),
            });
            Ok(())
        };
        match value {
            toml::Value::Table(by_region) => {
                for (region, v) in by_region {
                    let r = params.region_index(region).ok_or_else(|| {
                        let ids: Vec<&str> = params.regions.iter().map(|r| r.id.as_str()).collect();
                        ScriptError(format!(
                            "{name}: {seat}.{key}: unknown region `{region}`: allowed {}",
                            ids.join(", ")
                        ))
                    })?;
                    set(r, v, v.to_string())?;
                }
            }
            other => {
                for r in 0..params.regions.len() {
                    set(r, other, other.to_string())?;
                }
            }
        }
        Ok(out)
    }
}

fn number(value: &toml::Value) -> Option<f64> {
    match value {
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) if f.is_finite() => Some(*f),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> std::sync::Arc<Params> {
        crate::scenario::load("stargate-2025").unwrap().params
    }

    #[test]
    fn standing_orders_and_changes_apply_from_their_turn() {
        let p = params();
        let text = r#"
[oracle]
build_mw = { texas = 1000 }
bond_bn = 5
[utility]
ride_through_required = false
[[change]]
date = "2025Q3"
[change.oracle]
bond_bn = 18
build_mw = 200
"#;
        let s = Script::parse(text, "t.toml", &p).unwrap();
        assert!(s.controls(Seat::Oracle) && s.controls(Seat::Utility) && !s.controls(Seat::OpenAi));
        let first = s.orders(Seat::Oracle, 0).unwrap();
        assert_eq!(first.get("bond_bn", 0), Some(Value::Number(5.0)));
        assert_eq!(first.get("build_mw", 0), Some(Value::Number(1000.0)));
        assert_eq!(first.get("build_mw", 1), Some(Value::Number(0.0)));
        let later = s.orders(Seat::Oracle, 2).unwrap();
        assert_eq!(later.get("bond_bn", 0), Some(Value::Number(18.0)));
        assert_eq!(later.get("build_mw", 2), Some(Value::Number(200.0)));
        assert!(s.orders(Seat::OpenAi, 0).is_none());
    }

    #[test]
    fn bad_input_names_the_file_and_what_is_allowed() {
        let p = params();
        let cases = [
            ("[nvidia]\nx = 1", "unknown seat `nvidia`"),
            (
                "[oracle]\nbild_mw = 1",
                "unknown field `bild_mw`: allowed build_mw",
            ),
            (
                "[oracle]\nbond_bn = 500",
                "oracle.bond_bn = 500 is not allowed: 0..=50 $B/qtr",
            ),
            ("[oracle]\nbuild_mw = { mars = 1 }", "unknown region `mars`"),
            (
                "[oracle]\nbuild_mw = { pjm = 9000 }",
                "oracle.build_mw[pjm] = 9000",
            ),
            ("[utility]\nride_through_required = 3", "true or false"),
            (
                "[openai]\nstatement = \"loud\"",
                "one of quiet, confident, cautious",
            ),
            (
                "[oracle]\n[[change]]\nturn = 99\n[change.oracle]\nbond_bn = 1",
                "turn = 99 is not allowed: 1..=16",
            ),
            (
                "[oracle]\n[[change]]\ndate = \"2099Q4\"\n[change.oracle]\nbond_bn = 1",
                "f.toml: change 1 at 2099Q4 is outside the game (2025Q1–2028Q4)",
            ),
            (
                "[oracle]\n[[change]]\ndate = \"2024Q4\"\n[change.oracle]\nbond_bn = 1",
                "change 1 at 2024Q4 is outside the game (2025Q1–2028Q4)",
            ),
            (
                "[[change]]\nturn = 2\n[change.oracle]\nbond_bn = 1",
                "has no [oracle] section",
            ),
            ("[oracle\n", "f.toml:1:"),
        ];
        for (text, expected) in cases {
            let err = Script::parse(text, "f.toml", &p).unwrap_err().to_string();
            assert!(err.contains(expected), "{text:?} gave {err}");
            assert!(err.starts_with("f.toml"), "{err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn changes_on_the_first_and_last_quarter_are_allowed() {
        let p = params();
        for (date, turn) in [("2025Q1", 0), ("2028Q4", 15)] {
            let text =
                format!("[oracle]\n[[change]]\ndate = \"{date}\"\n[change.oracle]\nbond_bn = 1");
            let s = Script::parse(&text, "f.toml", &p).unwrap();
            assert_eq!(s.changes[0].turn, turn);
        }
    }
}
