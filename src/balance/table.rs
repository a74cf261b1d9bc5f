//! The readable balance table.

use super::Balance;
use std::fmt::Write as _;

pub fn render(b: &Balance) -> String {
    let mut out = String::new();
    let ids: Vec<&str> = b.lineups.iter().map(|(id, _)| id.as_str()).collect();
    let _ = writeln!(
        out,
        "Balance: {}, {} seeds from seed {}, {} quarters; line-ups: {}",
        b.scenario,
        b.seeds,
        b.base_seed,
        b.quarters,
        b.lineups
            .iter()
            .map(|(id, name)| format!("{id} = {name}"))
            .collect::<Vec<_>>()
            .join("; ")
    );
    write_order_sets(&mut out, b, &ids);
    write_bots(&mut out, b, ids.first().copied().unwrap_or("-"));
    out
}

/// Each seat's order sets: how often each was best, its mean score and its score by line-up.
fn write_order_sets(out: &mut String, b: &Balance, ids: &[&str]) {
    let _ = writeln!(
        out,
        "\n| seat | order set | best in | mean score | objective met | mean by line-up ({}) |",
        ids.join(" / ")
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for seat in &b.seats {
        for s in &seat.strategies {
            let by: Vec<String> = s
                .by_lineup
                .iter()
                .map(|c| format!("{:.1}", c.mean_score))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {}/{} {} | {:.1} | {:.0}% | {} |",
                seat.seat,
                s.name,
                s.best_in.len(),
                ids.len(),
                if s.best_in.is_empty() {
                    String::new()
                } else {
                    format!("({})", s.best_in.join(", "))
                },
                s.mean_score,
                100.0 * s.objective_met_rate,
                by.join(" / ")
            );
        }
    }
}

/// The hard (and expert) bots' results against the default line-up.
fn write_bots(out: &mut String, b: &Balance, default_lineup: &str) {
    let _ = writeln!(
        out,
        "\n{} against the default line-up ({}):",
        if b.seats.iter().any(|s| s.expert_bot.is_some()) {
            "Hard and expert bots"
        } else {
            "Hard bots"
        },
        default_lineup
    );
    let _ = writeln!(out, "\n| seat | bot | mean score | objective met |");
    let _ = writeln!(out, "|---|---|---|---|");
    for seat in &b.seats {
        let c = &seat.hard_bot_against;
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {:.0}% |",
            seat.seat,
            seat.hard_bot,
            c.mean_score,
            100.0 * c.objective_met_rate
        );
        if let Some((name, c)) = &seat.expert_bot {
            let _ = writeln!(
                out,
                "| {} | {name} | {:.1} | {:.0}% |",
                seat.seat,
                c.mean_score,
                100.0 * c.objective_met_rate
            );
        }
    }
}
