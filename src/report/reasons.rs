//! Bots' reasons in words: one line per bot move, in the player's language. Plain mode, the
//! replay viewer, the debrief and the facilitator console all word reasons through here.

use crate::bots::Reason;
use crate::engine::orders::{FieldKind, Statement, Value, field};
use crate::engine::report::Arg;
use crate::engine::{Params, Seat};
use crate::i18n::{Texts, format_number};

/// "OpenAI (expert · cautious), 600 plans weighed: Chip orders 40 → 55 GW; in two years Compute
/// +3.1 points; expected score +4.1 over its hard plan."
pub fn line(texts: &Texts, params: &Params, seat: Seat, reason: &Reason) -> String {
    let who = who(texts, seat, reason);
    let plans = Arg::Num(f64::from(reason.plans.unwrap_or(0)));
    match (&reason.order, reason.from, reason.to) {
        (Some(order), Some(from), Some(to)) => {
            let change = [
                ("who", Arg::Text(who)),
                (
                    "order",
                    Arg::Text(order_name(texts, params, seat, order, reason)),
                ),
                ("from", Arg::Text(setting(texts, seat, order, from))),
                ("to", Arg::Text(setting(texts, seat, order, to))),
            ];
            match reason.gain {
                Some(gain) if reason.is_expert() => {
                    let mut args = change.to_vec();
                    args.push(("plans", plans));
                    args.push(("gain", Arg::Text(format!("{gain:+.1}"))));
                    if reason.effects.is_empty() {
                        texts.with("reason-plan-change", &args)
                    } else {
                        args.push(("effects", Arg::Text(effects(texts, reason))));
                        texts.with("reason-plan-change-effects", &args)
                    }
                }
                _ if reason.effects.is_empty() => texts.with("reason-rule-change", &change),
                _ => {
                    let mut args = change.to_vec();
                    args.push(("effects", Arg::Text(effects(texts, reason))));
                    texts.with("reason-rule-change-effects", &args)
                }
            }
        }
        _ if reason.is_expert() && reason.rule_kept => texts.with(
            "reason-plan-kept",
            &[("who", Arg::Text(who)), ("plans", plans)],
        ),
        _ if reason.is_expert() => texts.with(
            "reason-plan-none",
            &[("who", Arg::Text(who)), ("plans", plans)],
        ),
        _ => texts.with("reason-rule-none", &[("who", Arg::Text(who))]),
    }
}

/// The score parts a move is expected to change: "rates +1.2 points, solvency −0.4 points".
fn effects(texts: &Texts, reason: &Reason) -> String {
    reason
        .effects
        .iter()
        .map(|e| {
            texts.with(
                "reason-effect",
                &[
                    ("part", Arg::Text(texts.get(&e.part))),
                    ("points", Arg::Text(format!("{:+.1}", e.points))),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(&texts.get("reason-effects-separator"))
}

/// The seat with its bot's level and personality: "OpenAI (expert · cautious)".
fn who(texts: &Texts, seat: Seat, reason: &Reason) -> String {
    let level = texts.get_or(&format!("tui-level-{}", reason.level), &reason.level);
    let personality = texts.get_or(
        &format!("tui-personality-{}", reason.personality),
        &reason.personality,
    );
    texts.with(
        "reason-who",
        &[
            ("seat", Arg::Text(texts.get(&format!("seat-{}", seat.id())))),
            ("level", Arg::Text(level)),
            ("personality", Arg::Text(personality)),
        ],
    )
}

/// The order's label, with its region for regional orders.
fn order_name(texts: &Texts, params: &Params, seat: Seat, order: &str, reason: &Reason) -> String {
    let label = texts.field_label(seat, order);
    match reason.region.and_then(|r| params.regions.get(r)) {
        Some(region) => texts.with(
            "reason-in-region",
            &[
                ("order", Arg::Text(label)),
                (
                    "region",
                    Arg::Text(texts.get(&format!("region-{}", region.id))),
                ),
            ],
        ),
        None => label,
    }
}

/// A value as a player reads it: shares in percent, numbers with their unit.
fn setting(texts: &Texts, seat: Seat, order: &str, value: Value) -> String {
    match value {
        Value::Toggle(on) => texts.get(if on { "tui-yes" } else { "tui-no" }),
        Value::Choice(i) => {
            let label = Statement::LABELS.get(i).copied().unwrap_or("?");
            texts.get_or(&format!("tui-statement-{label}"), label)
        }
        Value::Number(v) => {
            let (unit, step) = match field(seat, order).map(|f| f.kind) {
                Some(
                    FieldKind::Number { unit, step, .. } | FieldKind::Regional { unit, step, .. },
                ) => (unit, step),
                _ => ("", 1.0),
            };
            if unit == "share" {
                return format!("{}%", format_number(v * 100.0, 0));
            }
            let digits = if step >= 1.0 {
                0
            } else if step >= 0.1 {
                1
            } else {
                2
            };
            format!("{} {unit}", format_number(v, digits))
                .trim_end()
                .to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn reason() -> Reason {
        Reason {
            level: "expert".into(),
            personality: "ratepayer".into(),
            order: Some("large_load_share".into()),
            from: Some(Value::Number(0.3)),
            to: Some(Value::Number(0.6)),
            gain: Some(4.14),
            plans: Some(800),
            ..Reason::default()
        }
    }

    #[test]
    fn a_reason_reads_in_both_languages() {
        let params = crate::scenario::load(crate::scenario::DEFAULT)
            .unwrap()
            .params;
        let en = line(&Texts::new(Lang::En), &params, Seat::Utility, &reason());
        assert!(en.contains("30% → 60%"), "{en}");
        assert!(en.contains("+4.1") && en.contains("800"), "{en}");
        let zh = line(&Texts::new(Lang::ZhHant), &params, Seat::Utility, &reason());
        assert!(zh.contains("30% → 60%") && zh.contains("800"), "{zh}");
        assert_ne!(en, zh);
        let effects = Reason {
            effects: vec![
                crate::bots::reason::Effect {
                    part: "score-rates".into(),
                    points: 1.24,
                },
                crate::bots::reason::Effect {
                    part: "score-solvency".into(),
                    points: -0.4,
                },
            ],
            ..reason()
        };
        let en = line(&Texts::new(Lang::En), &params, Seat::Utility, &effects);
        assert!(
            en.contains("Residential price") && en.contains("+1.2 points, Funds"),
            "{en}"
        );
        assert!(en.contains("-0.4 points") && en.contains("+4.1"), "{en}");
        let zh = line(&Texts::new(Lang::ZhHant), &params, Seat::Utility, &effects);
        assert!(zh.contains("住宅電價") && zh.contains("+1.2 分"), "{zh}");
        let rule = Reason {
            level: "hard".into(),
            gain: None,
            plans: None,
            ..reason()
        };
        let en = line(&Texts::new(Lang::En), &params, Seat::Utility, &rule);
        assert!(en.contains("by its rules") && !en.contains("plans"), "{en}");
        let explained = Reason {
            effects: effects.effects.clone(),
            ..rule.clone()
        };
        let en = line(&Texts::new(Lang::En), &params, Seat::Utility, &explained);
        assert!(
            en.contains("by its rules; this quarter Residential price"),
            "{en}"
        );
        let none = Reason {
            order: None,
            ..rule
        };
        assert!(line(&Texts::new(Lang::En), &params, Seat::Utility, &none).contains("kept"));
    }
}
