//! The debrief as CSV for spreadsheets: one row per quarter, every figure of the save summary
//! catalogue as a column (stable English ids, whatever the language), then the quarter's
//! events and every order field that changed.

use crate::engine::Seat;
use crate::engine::orders::Value;
use crate::save::Replay;
use crate::save::diff::seat_changes;
use crate::save::summary::metrics;
use std::fmt::Write as _;

pub fn render(replay: &Replay) -> String {
    let params = &replay.game.scenario.params;
    let rows: Vec<_> = replay
        .game
        .turns
        .iter()
        .map(|t| metrics(&t.report, params))
        .collect();
    let keys: Vec<String> = rows
        .first()
        .map(|m| m.keys().map(str::to_string).collect())
        .unwrap_or_default();
    let mut out = String::new();
    let mut header = vec!["turn".to_string(), "date".to_string()];
    header.extend(keys.iter().cloned());
    header.push("events".into());
    header.push("decisions".into());
    line(&mut out, &header);
    for (i, (turn, m)) in replay.game.turns.iter().zip(&rows).enumerate() {
        let mut cells = vec![(i + 1).to_string(), turn.report.date.to_string()];
        cells.extend(
            keys.iter()
                .map(|k| m.get(k).map_or_else(String::new, number)),
        );
        cells.push(
            turn.report
                .events
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        );
        let decisions: Vec<String> = replay
            .world(i)
            .map(|w| {
                Seat::ALL
                    .iter()
                    .flat_map(|s| seat_changes(*s, &w.last_orders, &turn.orders, params))
                    .map(|c| format!("{}.{}={}", c.seat, c.field(params), value(c.to)))
                    .collect()
            })
            .unwrap_or_default();
        cells.push(decisions.join(";"));
        line(&mut out, &cells);
    }
    out
}

fn value(v: Value) -> String {
    match v {
        Value::Number(x) => number(x),
        other => other.to_string(),
    }
}

/// Plain digits a spreadsheet reads in any locale (no thousands separators), 6 significant
/// decimals at most.
fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

fn line(out: &mut String, cells: &[String]) {
    let quoted: Vec<String> = cells.iter().map(|c| field(c)).collect();
    let _ = write!(out, "{}\r\n", quoted.join(","));
}

/// RFC 4180: quote a field holding a comma, quote or line break; double its quotes.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_numbers_follow_rfc_4180() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(number(1500.0), "1500");
        assert_eq!(number(0.123456789), "0.123457");
        assert_eq!(number(-0.0000001), "0");
        assert_eq!(number(f64::NAN), "");
    }
}
