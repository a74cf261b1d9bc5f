//! Each seat's intent set beside what happened and why: the figure it expected (or, when it
//! named none, its own score) at the end of the quarter, whether it came out as expected, and
//! the causes the engine's attribution found for its change. The debrief, the workshop's
//! after-action report and the replay viewer all read intents through here.

use super::story::{Explained, Teller, top_causes};
use crate::engine::attribution::{Attribution, Figure};
use crate::engine::report::Arg;
use crate::engine::{Date, Params, Seat};
use crate::i18n::{Texts, format_number, format_signed};
use crate::save::{Expectation, Intent, IntentEntry};

/// Causes named for each intent's figure.
pub const CAUSES_NAMED: usize = 3;

/// One seat's intent in one quarter, with the figure it is judged on.
#[derive(Clone, Debug, PartialEq)]
pub struct IntentOutcome {
    /// 0-based quarter.
    pub turn: usize,
    pub date: Date,
    pub seat: Seat,
    pub intent: Intent,
    /// The expected figure, or the seat's score when it named none, as attributed that
    /// quarter; None when the quarter could not be recomputed (a facilitator's change).
    pub figure: Option<Figure>,
}

impl IntentOutcome {
    /// Whether the figure ended the quarter on the expected side; None without an expectation
    /// or a figure.
    pub fn met(&self) -> Option<bool> {
        let expect = self.intent.expect.as_ref()?;
        let figure = self.figure.as_ref()?;
        Some(expect.met_by(figure.after))
    }
}

/// The figure an intent is judged on: the one it expects, else the seat's own score.
pub fn judged_key(seat: Seat, intent: &Intent) -> String {
    intent
        .expect
        .as_ref()
        .map_or_else(|| format!("score.{}", seat.id()), |e| e.figure.clone())
}

/// One intent against its quarter's attribution (None when the quarter is not explained).
pub fn outcome(
    entry: &IntentEntry,
    date: Date,
    attribution: Option<&Attribution>,
) -> IntentOutcome {
    let key = judged_key(entry.seat, &entry.intent);
    IntentOutcome {
        turn: entry.turn as usize,
        date,
        seat: entry.seat,
        intent: entry.intent.clone(),
        figure: attribution.and_then(|a| a.figure(&key)).cloned(),
    }
}

/// Every intent of a game, in quarter then seat order, against the explained quarters.
pub fn outcomes(
    entries: &[IntentEntry],
    explained: &[Explained],
    params: &Params,
) -> Vec<IntentOutcome> {
    let mut out: Vec<IntentOutcome> = entries
        .iter()
        .map(|e| {
            let q = explained.get(e.turn as usize);
            let date = q.map_or_else(
                || params.scenario.start.plus(e.turn),
                |q| q.turn.report.date,
            );
            outcome(e, date, q.map(|q| &q.attribution))
        })
        .collect();
    out.sort_by_key(|o| (o.turn, o.seat));
    out
}

/// Digits a figure is written with: cents for dollar figures, else one decimal.
fn digits(unit: &str) -> usize {
    if unit == "$" { 2 } else { 1 }
}

/// The figure's name in the reader's language.
pub fn figure_name(t: &Texts, params: &Params, key: &str, label: &str) -> String {
    t.figure(key, label, params)
}

/// "Texas household bill at most 170 $/month".
pub fn expectation_text(t: &Texts, params: &Params, e: &Expectation, unit: &str) -> String {
    t.with(
        "intent-expect",
        &[
            (
                "figure",
                Arg::Text(figure_name(t, params, &e.figure, &e.figure)),
            ),
            ("compare", Arg::Text(t.get(e.compare.key()))),
            ("value", Arg::Text(format_number(e.value, digits(unit)))),
            ("unit", Arg::Text(t.figure_unit(unit))),
        ],
    )
}

/// What the seat said: its line and the figure it expected.
pub fn said(t: &Texts, params: &Params, o: &IntentOutcome) -> String {
    let unit = o.figure.as_ref().map_or("", |f| f.unit.as_str());
    intent_text(t, params, &o.intent, unit)
}

/// An intent in words: its line, and the figure it expects (`unit`: that figure's unit).
pub fn intent_text(t: &Texts, params: &Params, intent: &Intent, unit: &str) -> String {
    let expect = intent
        .expect
        .as_ref()
        .map(|e| expectation_text(t, params, e, unit));
    match (intent.text.is_empty(), expect) {
        (false, Some(e)) => t.with(
            "report-intent-said",
            &[
                ("text", Arg::Text(intent.text.clone())),
                ("expect", Arg::Text(e)),
            ],
        ),
        (true, Some(e)) => e,
        (_, None) => intent.text.clone(),
    }
}

/// What happened to the figure: where it ended, from where, and whether as expected.
pub fn happened(t: &Texts, params: &Params, o: &IntentOutcome) -> String {
    let Some(f) = &o.figure else {
        return t.get("report-intent-unexplained");
    };
    let d = digits(&f.unit);
    let key = match o.met() {
        Some(true) => "report-intent-met",
        Some(false) => "report-intent-missed",
        None => "report-intent-moved",
    };
    t.with(
        key,
        &[
            (
                "figure",
                Arg::Text(figure_name(t, params, &f.key, &f.label)),
            ),
            ("before", Arg::Text(format_number(f.before, d))),
            ("after", Arg::Text(format_number(f.after, d))),
            ("unit", Arg::Text(t.figure_unit(&f.unit))),
            ("change", Arg::Text(format_signed(f.change(), d))),
        ],
    )
}

/// Why: the largest causes of the figure's change, drift among them; causes too small to
/// show at the figure's precision are left out.
pub fn why(teller: &Teller, o: &IntentOutcome) -> String {
    let Some(f) = &o.figure else {
        return String::new();
    };
    let d = digits(&f.unit);
    let smallest = 0.5 * 10f64.powi(-(d as i32));
    let mut causes = top_causes(f, CAUSES_NAMED);
    causes.retain(|(_, v)| v.abs() >= smallest);
    teller.causes(&causes, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::attribution::FigureKind;
    use crate::save::Compare;

    fn figure(after: f64) -> Figure {
        Figure {
            key: "bill.texas".into(),
            label: "Texas household bill".into(),
            unit: "$".into(),
            kind: FigureKind::Bill,
            before: 160.0,
            after,
            parts: [0.0, 6.0, -1.0, 0.0, 2.0],
            drift: 3.0,
            drift_parts: Vec::new(),
        }
    }

    fn expecting(value: f64, after: f64) -> IntentOutcome {
        IntentOutcome {
            turn: 0,
            date: Date::new(2025, 1),
            seat: Seat::Utility,
            intent: Intent {
                text: "keep Texas bills under $170".into(),
                expect: Some(Expectation {
                    figure: "bill.texas".into(),
                    compare: Compare::AtMost,
                    value,
                }),
            },
            figure: Some(figure(after)),
        }
    }

    #[test]
    fn an_intent_is_set_beside_its_figure_and_causes() {
        let t = Texts::new(crate::i18n::Lang::En);
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let params = &scenario.params;
        let teller = Teller { t: &t, params };
        let o = expecting(170.0, 170.0);
        assert_eq!(o.met(), Some(true));
        assert!(said(&t, params, &o).contains("keep Texas bills under $170"));
        let text = happened(&t, params, &o);
        assert!(text.contains("170.00") && text.contains("160.00"), "{text}");
        // Oracle's +6 leads, then drift's +3, then the events' +2.
        let causes = why(&teller, &o);
        assert!(causes.starts_with("Oracle"), "{causes}");
        assert!(causes.find("drift") < causes.find("events"), "{causes}");
        let missed = expecting(165.0, 170.0);
        assert_eq!(missed.met(), Some(false));
        assert_ne!(happened(&t, params, &missed), text);
    }

    #[test]
    fn without_a_figure_the_seats_score_is_what_happened() {
        let intent = Intent {
            text: "build in Texas".into(),
            expect: None,
        };
        assert_eq!(judged_key(Seat::Oracle, &intent), "score.oracle");
        let o = IntentOutcome {
            intent,
            ..expecting(1.0, 1.0)
        };
        assert_eq!(o.met(), None);
    }
}
