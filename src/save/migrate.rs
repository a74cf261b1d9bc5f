//! Older save formats, brought up to the current one on load, one step per version, on the
//! JSON tree before it is typed. A step never fails on a field it does not need.
//!
//! Format history:
//! - 0: the minimal log DESIGN.md first described: `{"version": 0, "scenario": ID,
//!   "scenario_hash": HEX, "seed": N, "orders": [Orders...], "hashes": [HEX...]}`. No build
//!   released it; it is kept so the migration path is exercised from the first release.
//! - 1: `SaveFile` (format marker, app version, seats, per-quarter records with summaries and
//!   facilitator actions, optional embedded scenario).

use super::format::FORMAT_MARKER;
use serde_json::{Map, Value, json};

/// Brings a tree of format `from` up to `FORMAT_VERSION`.
pub fn upgrade(mut tree: Value, from: u64) -> Result<Value, String> {
    let mut version = from;
    while version < super::FORMAT_VERSION {
        tree = match version {
            0 => v0_to_v1(tree)?,
            other => return Err(format!("no migration from format {other}")),
        };
        version += 1;
    }
    Ok(tree)
}

fn v0_to_v1(tree: Value) -> Result<Value, String> {
    let Value::Object(old) = tree else {
        return Err("not an object".into());
    };
    let text = |key: &str| -> Result<String, String> {
        old.get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| format!("no \"{key}\""))
    };
    let id = text("scenario")?;
    let hash = text("scenario_hash")?;
    let seed = old
        .get("seed")
        .and_then(Value::as_u64)
        .ok_or("no \"seed\"")?;
    let orders = old
        .get("orders")
        .and_then(Value::as_array)
        .ok_or("no \"orders\"")?;
    let hashes = old
        .get("hashes")
        .and_then(Value::as_array)
        .ok_or("no \"hashes\"")?;
    if orders.len() != hashes.len() {
        return Err(format!(
            "{} quarters of orders but {} hashes",
            orders.len(),
            hashes.len()
        ));
    }
    let turns: Vec<Value> = orders
        .iter()
        .zip(hashes)
        .map(|(o, h)| json!({ "orders": o, "hash": h }))
        .collect();
    // Format 0 did not say who held the seats: the orders in the file are all that is known.
    let unknown = json!({ "kind": "script", "source": "save format 0" });
    let mut new = Map::new();
    new.insert("format".into(), json!(FORMAT_MARKER));
    new.insert("version".into(), json!(1));
    new.insert("app_version".into(), json!("unknown (save format 0)"));
    new.insert(
        "scenario".into(),
        json!({ "id": id, "hash": hash, "source": format!("builtin:{id}") }),
    );
    new.insert("seed".into(), json!(seed));
    new.insert(
        "seats".into(),
        json!({ "openai": unknown, "oracle": unknown, "utility": unknown, "whitehouse": unknown }),
    );
    new.insert("turns".into(), Value::Array(turns));
    Ok(Value::Object(new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v0_becomes_v1_with_its_orders_and_hashes() {
        let v0 = json!({
            "version": 0, "scenario": "stargate-2025", "scenario_hash": "ab", "seed": 9,
            "orders": [{}, {"oracle": {"bond_bn": 5.0}}], "hashes": ["h1", "h2"]
        });
        let v1 = upgrade(v0, 0).unwrap();
        assert_eq!(v1["format"], FORMAT_MARKER);
        assert_eq!(v1["version"], 1);
        assert_eq!(v1["seed"], 9);
        assert_eq!(v1["scenario"]["id"], "stargate-2025");
        assert_eq!(v1["turns"][1]["hash"], "h2");
        assert_eq!(v1["turns"][1]["orders"]["oracle"]["bond_bn"], 5.0);
        assert_eq!(v1["seats"]["oracle"]["kind"], "script");
    }

    #[test]
    fn broken_v0_is_refused_with_the_reason() {
        let v0 = json!({"version": 0, "scenario": "x", "scenario_hash": "y", "seed": 1,
            "orders": [{}], "hashes": []});
        assert!(
            upgrade(v0, 0)
                .unwrap_err()
                .contains("1 quarters of orders but 0 hashes")
        );
        let v0 = json!({"version": 0, "orders": [], "hashes": []});
        assert!(upgrade(v0, 0).unwrap_err().contains("scenario"));
    }
}
