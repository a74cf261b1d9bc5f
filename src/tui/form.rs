//! The order form's model: one row per field (per region for regional fields), read from the
//! engine's field table so ranges are written down once. Editing clamps or refuses; it never
//! lets an out-of-range value into a draft.

use crate::engine::Seat;
use crate::engine::orders::{FieldKind, FieldSpec, SeatOrders, Statement, Value, fields};
use crate::i18n::format_number;

/// One editable line of the form.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    pub spec: &'static FieldSpec,
    /// The region's index for regional fields.
    pub region: Option<usize>,
}

impl Row {
    pub fn get(&self, orders: &SeatOrders) -> Option<Value> {
        orders.get(self.spec.key, self.region.unwrap_or(0))
    }

    /// True for the first row of a field (regional fields span one row per region).
    pub fn first_of_field(&self) -> bool {
        self.region.is_none_or(|r| r == 0)
    }
}

pub fn rows(seat: Seat, regions: usize) -> Vec<Row> {
    let mut out = Vec::new();
    for spec in fields(seat) {
        if spec.is_regional() {
            for r in 0..regions {
                out.push(Row {
                    spec,
                    region: Some(r),
                });
            }
        } else {
            out.push(Row { spec, region: None });
        }
    }
    out
}

/// Why a typed value was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    NotANumber { text: String },
    OutOfRange { value: f64 },
}

pub fn bounds(kind: FieldKind) -> Option<(f64, f64, f64, &'static str)> {
    match kind {
        FieldKind::Number {
            min,
            max,
            step,
            unit,
        }
        | FieldKind::Regional {
            min,
            max,
            step,
            unit,
        } => Some((min, max, step, unit)),
        _ => None,
    }
}

/// Decimals worth showing for a field whose step is `step` (0.05 -> 2, 0.5 -> 1, 100 -> 0).
pub fn decimals(step: f64) -> usize {
    let mut d = 0;
    let mut s = step.abs();
    while d < 4 && (s - s.round()).abs() > 1e-9 {
        s *= 10.0;
        d += 1;
    }
    d
}

/// A number as the form shows it, to the field's precision.
pub fn show_number(kind: FieldKind, value: f64) -> String {
    let d = bounds(kind).map_or(2, |(_, _, step, _)| decimals(step));
    format_number(value, d)
}

/// "0–5,000" (units are added by the caller, translated).
pub fn range_text(kind: FieldKind) -> Option<String> {
    bounds(kind).map(|(min, max, step, _)| {
        let d = decimals(step);
        format!("{}–{}", format_number(min, d), format_number(max, d))
    })
}

/// Moves a value by `steps` of the field's step (clamped), flips a toggle or cycles a choice.
pub fn adjust(orders: &mut SeatOrders, row: &Row, steps: i32) -> bool {
    let region = row.region.unwrap_or(0);
    let Some(current) = row.get(orders) else {
        return false;
    };
    let next = match (row.spec.kind, current) {
        (kind, Value::Number(v)) => {
            let Some((min, max, step, _)) = bounds(kind) else {
                return false;
            };
            // Snap to the step grid first so 0.8 + 1 step of 0.05 is 0.85, not 0.8500001.
            let moved = ((v / step).round() + f64::from(steps)) * step;
            Value::Number(round_to_step(moved.clamp(min, max), step))
        }
        (_, Value::Toggle(b)) => Value::Toggle(!b),
        (FieldKind::Choice(labels), Value::Choice(i)) => {
            let n = labels.len().min(Statement::ALL.len()).max(1) as i64;
            let next = (i as i64 + i64::from(steps.signum())).rem_euclid(n);
            Value::Choice(next as usize)
        }
        _ => return false,
    };
    orders.set(row.spec.key, region, next)
}

fn round_to_step(v: f64, step: f64) -> f64 {
    let d = decimals(step) as i32;
    let f = 10f64.powi(d);
    (v * f).round() / f
}

/// Parses what the player typed ("1,500", " 2.5 ") and checks it against the field's range.
pub fn parse_entry(kind: FieldKind, text: &str) -> Result<f64, Refusal> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '_')
        .collect();
    let value: f64 = cleaned
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| Refusal::NotANumber {
            text: text.trim().to_string(),
        })?;
    match bounds(kind) {
        Some((min, max, _, _)) if value < min || value > max => Err(Refusal::OutOfRange { value }),
        _ => Ok(value),
    }
}

/// Sets a typed value into the draft, or says why not.
pub fn commit(orders: &mut SeatOrders, row: &Row, text: &str) -> Result<(), Refusal> {
    let value = parse_entry(row.spec.kind, text)?;
    orders.set(row.spec.key, row.region.unwrap_or(0), Value::Number(value));
    Ok(())
}

/// Whether a row's value differs from the standing orders.
pub fn changed(row: &Row, draft: &SeatOrders, standing: &SeatOrders) -> bool {
    match (row.get(draft), row.get(standing)) {
        (Some(Value::Number(a)), Some(Value::Number(b))) => (a - b).abs() > 1e-9,
        (a, b) => a != b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Orders;

    #[test]
    fn regional_fields_get_a_row_per_region() {
        let rows = rows(Seat::Oracle, 3);
        let build: Vec<_> = rows.iter().filter(|r| r.spec.key == "build_mw").collect();
        assert_eq!(build.len(), 3);
        assert_eq!(build[2].region, Some(2));
        assert_eq!(rows.len(), fields(Seat::Oracle).len() + 2 * 2);
    }

    #[test]
    fn adjusting_stays_on_the_grid_and_in_range() {
        let mut o = Orders::default().seat(Seat::Oracle);
        let rows = rows(Seat::Oracle, 3);
        let share = rows
            .iter()
            .find(|r| r.spec.key == "spv_partner_share")
            .unwrap();
        adjust(&mut o, share, 1);
        assert_eq!(share.get(&o), Some(Value::Number(0.85)));
        adjust(&mut o, share, 100);
        assert_eq!(share.get(&o), Some(Value::Number(0.95)));
        let build = rows
            .iter()
            .find(|r| r.spec.key == "build_mw" && r.region == Some(1))
            .unwrap();
        adjust(&mut o, build, 10);
        assert_eq!(build.get(&o), Some(Value::Number(1000.0)));
        adjust(&mut o, build, -20);
        assert_eq!(build.get(&o), Some(Value::Number(0.0)));
        let mut w = Orders::default().seat(Seat::WhiteHouse);
        let statement = Row {
            spec: crate::engine::orders::field(Seat::WhiteHouse, "statement").unwrap(),
            region: None,
        };
        adjust(&mut w, &statement, -1);
        assert_eq!(statement.get(&w), Some(Value::Choice(2)));
    }

    #[test]
    fn typed_values_are_refused_outside_the_range() {
        let spec = crate::engine::orders::field(Seat::Oracle, "build_mw").unwrap();
        assert_eq!(parse_entry(spec.kind, " 1,500 "), Ok(1500.0));
        assert_eq!(
            parse_entry(spec.kind, "9000"),
            Err(Refusal::OutOfRange { value: 9000.0 })
        );
        assert!(matches!(
            parse_entry(spec.kind, "lots"),
            Err(Refusal::NotANumber { .. })
        ));
        assert!(matches!(
            parse_entry(spec.kind, "NaN"),
            Err(Refusal::NotANumber { .. })
        ));
        assert_eq!(range_text(spec.kind).unwrap(), "0–5,000");
        assert_eq!(decimals(0.05), 2);
        assert_eq!(decimals(250.0), 0);
    }
}
