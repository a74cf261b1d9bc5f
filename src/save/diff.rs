//! Which order fields differ between two sets of orders: a seat's decisions in a quarter (its
//! orders against the standing ones), or two games' orders in the same quarter.

use crate::engine::orders::{FieldKind, Value, fields};
use crate::engine::{Orders, Params, Seat};

/// One order field that differs.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    pub seat: Seat,
    /// The field's key in orders files.
    pub key: &'static str,
    /// The region, for regional fields.
    pub region: Option<usize>,
    pub from: Value,
    pub to: Value,
}

impl FieldChange {
    /// `build_mw[texas]`, as orders files and error messages name it.
    pub fn field(&self, params: &Params) -> String {
        match self.region {
            Some(r) => {
                let id = params.regions.get(r).map_or("?", |p| p.id.as_str());
                format!("{}[{id}]", self.key)
            }
            None => self.key.to_string(),
        }
    }

    /// "0 → 1,500", each side only as precise as it needs to be to tell them apart.
    pub fn values(&self) -> (String, String) {
        let mut pair = (show(self.from, 2), show(self.to, 2));
        for digits in [4, 6] {
            if pair.0 != pair.1 {
                break;
            }
            pair = (show(self.from, digits), show(self.to, digits));
        }
        pair
    }
}

/// A value for people: numbers with up to `digits` decimals, trailing zeros dropped.
pub fn show(value: Value, digits: usize) -> String {
    match value {
        Value::Number(v) => {
            let text = crate::i18n::format_number(v, digits);
            if text.contains('.') {
                text.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                text
            }
        }
        other => other.to_string(),
    }
}

/// Equal, or numbers within rounding (a relative 1e-9).
pub(crate) fn same(a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0) || (x.is_nan() && y.is_nan())
        }
        _ => a == b,
    }
}

/// Fields of one seat that differ between `before` and `after`, in the field table's order.
pub fn seat_changes(
    seat: Seat,
    before: &Orders,
    after: &Orders,
    params: &Params,
) -> Vec<FieldChange> {
    let (a, b) = (before.seat(seat), after.seat(seat));
    let mut changes = Vec::new();
    for spec in fields(seat) {
        let regions: Vec<Option<usize>> = match spec.kind {
            FieldKind::Regional { .. } => (0..params.regions.len()).map(Some).collect(),
            _ => vec![None],
        };
        for region in regions {
            let r = region.unwrap_or(0);
            if let (Some(from), Some(to)) = (a.get(spec.key, r), b.get(spec.key, r))
                && !same(from, to)
            {
                changes.push(FieldChange {
                    seat,
                    key: spec.key,
                    region,
                    from,
                    to,
                });
            }
        }
    }
    changes
}

/// Fields of every seat that differ, seat by seat.
pub fn changes(before: &Orders, after: &Orders, params: &Params) -> Vec<FieldChange> {
    Seat::ALL
        .iter()
        .flat_map(|s| seat_changes(*s, before, after, params))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_listed_with_their_region() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let before = Orders::default();
        let mut after = before.clone();
        after.oracle.build_mw = vec![0.0, 1500.0];
        after.whitehouse.fast_track = true;
        after.openai.contract_price = 13.0 + 1e-12;
        let list = changes(&before, &after, &s.params);
        assert_eq!(list.len(), 2, "{list:?}");
        assert_eq!(list[0].field(&s.params), "build_mw[pjm]");
        assert_eq!(list[0].values(), ("0".to_string(), "1,500".to_string()));
        assert_eq!(list[1].key, "fast_track");
        assert_eq!(list[1].values(), ("false".to_string(), "true".to_string()));
    }

    #[test]
    fn close_values_get_the_digits_that_tell_them_apart() {
        let c = FieldChange {
            seat: Seat::OpenAi,
            key: "contract_price",
            region: None,
            from: Value::Number(12.5),
            to: Value::Number(12.50004),
        };
        assert_eq!(c.values(), ("12.5".to_string(), "12.50004".to_string()));
    }
}
