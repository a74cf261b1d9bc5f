//! Every string a player reads comes from assets/i18n/<lang>/*.ftl (Fluent). Engine messages
//! are keys with arguments; scenario event cards fall back to their own English text.

use crate::engine::report::{Arg, Msg};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hant")]
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHant];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
        }
    }

    pub fn parse(text: &str) -> Option<Lang> {
        match text {
            "en" | "en-US" | "en-GB" => Some(Lang::En),
            "zh-Hant" | "zh-TW" | "zh-HK" | "zh_TW" | "zh-hant" => Some(Lang::ZhHant),
            _ => None,
        }
    }

    /// The Fluent sources of a language, embedded so the game runs from any directory.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[
                include_str!("../assets/i18n/en/main.ftl"),
                include_str!("../assets/i18n/en/tui.ftl"),
                include_str!("../assets/i18n/en/save.ftl"),
                include_str!("../assets/i18n/en/serve.ftl"),
                include_str!("../assets/i18n/en/plain.ftl"),
                include_str!("../assets/i18n/en/outlook.ftl"),
                include_str!("../assets/i18n/en/cli.ftl"),
                include_str!("../assets/i18n/en/glossary.ftl"),
                include_str!("../assets/i18n/en/guide.ftl"),
                include_str!("../assets/i18n/en/scenarios.ftl"),
                include_str!("../assets/i18n/en/figures.ftl"),
            ],
            Lang::ZhHant => &[
                include_str!("../assets/i18n/zh-Hant/main.ftl"),
                include_str!("../assets/i18n/zh-Hant/tui.ftl"),
                include_str!("../assets/i18n/zh-Hant/save.ftl"),
                include_str!("../assets/i18n/zh-Hant/serve.ftl"),
                include_str!("../assets/i18n/zh-Hant/plain.ftl"),
                include_str!("../assets/i18n/zh-Hant/outlook.ftl"),
                include_str!("../assets/i18n/zh-Hant/cli.ftl"),
                include_str!("../assets/i18n/zh-Hant/glossary.ftl"),
                include_str!("../assets/i18n/zh-Hant/guide.ftl"),
                include_str!("../assets/i18n/zh-Hant/scenarios.ftl"),
                include_str!("../assets/i18n/zh-Hant/figures.ftl"),
            ],
        }
    }
}

pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// English, for keys a translation lacks (the completeness test keeps this empty).
    fallback: Option<Box<Texts>>,
}

/// `NUM($x, digits: 1, scale: 100)`: fixed decimals, thousands separated.
fn num<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let value = match positional.first() {
        Some(FluentValue::Number(n)) => n.value,
        Some(FluentValue::String(s)) => s.parse().unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    let option = |name: &str, default: f64| match named.get(name) {
        Some(FluentValue::Number(n)) => n.value,
        _ => default,
    };
    let digits = option("digits", 0.0).clamp(0.0, 6.0) as usize;
    let scaled = value * option("scale", 1.0);
    // `sign: 1` shows a change's sign either way ("+1.5").
    let text = if option("sign", 0.0) != 0.0 {
        format_signed(scaled, digits)
    } else {
        format_number(scaled, digits)
    };
    FluentValue::String(Cow::Owned(text))
}

/// `USD($x, digits: 1)`: a dollar amount with its sign first ("-$3.0", "$12,345"; with
/// `sign: 1`, "+$3.0").
fn usd<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let FluentValue::String(text) = num(positional, named) else {
        return FluentValue::String(Cow::Borrowed("–"));
    };
    let formatted = if let Some(rest) = text.strip_prefix('-') {
        format!("-${rest}")
    } else if let Some(rest) = text.strip_prefix('+') {
        format!("+${rest}")
    } else if text == "–" {
        text.to_string()
    } else {
        format!("${text}")
    };
    FluentValue::String(Cow::Owned(formatted))
}

/// A number with its sign always shown ("+1.5", "-0.3"), for changes and their causes.
pub fn format_signed(value: f64, digits: usize) -> String {
    let n = format_number(value, digits);
    if n.starts_with('-') {
        n
    } else {
        format!("+{n}")
    }
}

/// A number with fixed decimals and thousands separators ("12,345.6").
/// Points with `digits` places, rounded down unless `met`.
fn points_text(points: f64, met: bool, digits: usize) -> String {
    let scale = 10f64.powi(digits as i32);
    let shown = if met {
        points
    } else {
        (points * scale).floor() / scale
    };
    format_number(shown, digits)
}

pub fn format_number(value: f64, digits: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let text = format!("{:.*}", digits, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if negative { "-" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

impl Texts {
    pub fn new(lang: Lang) -> Texts {
        let fallback = (lang != Lang::En).then(|| Box::new(Texts::new(Lang::En)));
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Terminals show isolation marks as junk.
        bundle.set_use_isolating(false);
        let _ = bundle.add_function("NUM", num);
        let _ = bundle.add_function("USD", usd);
        for source in lang.sources() {
            // The shipped files are checked by tests; a broken entry is skipped, not fatal.
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        Texts {
            lang,
            bundle,
            fallback,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message `key`, or `fallback` where the translations have none.
    pub fn get_or(&self, key: &str, fallback: &str) -> String {
        if self.has(key) {
            self.get(key)
        } else {
            fallback.to_string()
        }
    }

    /// An order field's help (`order-SEAT-KEY`), the engine's English where none.
    pub fn field_help(
        &self,
        seat: crate::engine::Seat,
        spec: &crate::engine::orders::FieldSpec,
    ) -> String {
        self.get_or(&format!("order-{}-{}", seat.id(), spec.key), spec.help)
    }

    /// An order field's label (`build_mw` → "Data centers started"), its key where none.
    pub fn field_label(&self, seat: crate::engine::Seat, key: &str) -> String {
        let message = format!("tui-field-{}-{}", seat.id(), key.replace('_', "-"));
        self.get_or(&message, key)
    }

    /// A message without arguments; the key itself if no language has it.
    pub fn get(&self, key: &str) -> String {
        self.format(key, None).unwrap_or_else(|| key.to_string())
    }

    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Num(n) => fargs.set(*name, *n),
                Arg::Text(t) => fargs.set(*name, t.clone()),
            }
        }
        self.format(key, Some(&fargs))
            .unwrap_or_else(|| key.to_string())
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let Some(message) = self.bundle.get_message(key) else {
            return self.fallback.as_ref().and_then(|f| f.format(key, args));
        };
        let pattern = message.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// A score line's name; the default line names its quarter.
    pub fn score_part(&self, part: &crate::engine::report::ScorePart) -> String {
        if part.key == crate::engine::score::DEFAULTED {
            let date = crate::engine::Date::from_ordinal(part.value.max(0.0) as u32);
            return self.with(&part.key, &[("date", Arg::Text(date.to_string()))]);
        }
        self.get(&part.key)
    }

    /// A score part's figure in its unit: shares and ratios as percentages ("1.2%"), other
    /// figures with `digits` places.
    pub fn part_value(
        &self,
        part: &crate::engine::report::ScorePart,
        value: f64,
        digits: usize,
    ) -> String {
        if part.unit == crate::engine::report::PartUnit::Share {
            format!("{}%", format_number(value * 100.0, 1))
        } else {
            format_number(value, digits)
        }
    }

    /// A score part's points with `digits` places; a part not met is rounded down, so it never
    /// reads as full points beside its ✗.
    pub fn part_points(&self, part: &crate::engine::report::ScorePart, digits: usize) -> String {
        points_text(part.points, part.met, digits)
    }

    /// A seat's score out of 100 with `digits` places; a score whose objective is not met is
    /// rounded down, so 99.6 never reads as 100 beside "not yet".
    pub fn seat_points(&self, score: &crate::engine::report::SeatScore, digits: usize) -> String {
        points_text(score.score, score.objective_met, digits)
    }

    /// A score part's target with its direction: "at least 9.00", "at most 1.2% (lower is
    /// better)", or where it is met and where it earns full points when those differ.
    pub fn part_target(&self, part: &crate::engine::report::ScorePart, digits: usize) -> String {
        use crate::engine::report::Direction;
        let target = Arg::Text(self.part_value(part, part.target, digits));
        let pass = part.pass.filter(|p| (p - part.target).abs() > 1e-9);
        let key = match (part.direction, pass.is_some()) {
            (Direction::AtLeast, false) => "objective-target-at-least",
            (Direction::AtMost, false) => "objective-target-at-most",
            (Direction::AtLeast, true) => "objective-target-met-at-least",
            (Direction::AtMost, true) => "objective-target-met-at-most",
        };
        let pass = Arg::Text(self.part_value(part, pass.unwrap_or(part.target), digits));
        self.with(key, &[("target", target), ("pass", pass)])
    }

    /// A message about a company in default with its name and the quarter it defaulted:
    /// "Oracle is in default since 2027 Q1: it cannot build, …" (`default-refused`).
    pub fn in_default(&self, key: &str, d: &crate::engine::orders::InDefault) -> String {
        let company = crate::engine::orders::seat_company(d.seat)
            .map(|id| self.get(&format!("company-{}", id.id())))
            .unwrap_or_default();
        self.with(
            key,
            &[
                ("company", Arg::Text(company)),
                ("date", Arg::Text(d.since.to_string())),
            ],
        )
    }

    /// Renders an engine message: region and company ids become their names.
    pub fn msg(&self, msg: &Msg) -> String {
        if !self.has(&msg.key) && self.fallback.as_ref().is_none_or(|f| !f.has(&msg.key)) {
            return msg.fallback.clone().unwrap_or_else(|| msg.key.clone());
        }
        let args: Vec<(&str, Arg)> = msg
            .args
            .iter()
            .map(|(name, arg)| {
                let arg = match (name.as_str(), arg) {
                    ("region", Arg::Text(id)) => Arg::Text(self.get(&format!("region-{id}"))),
                    ("company", Arg::Text(id)) => Arg::Text(self.get(&format!("company-{id}"))),
                    // A score part's message key, and an order field as "seat.key".
                    ("part", Arg::Text(key)) => Arg::Text(self.get(key)),
                    ("field", Arg::Text(id)) => Arg::Text(self.field(id)),
                    _ => arg.clone(),
                };
                (name.as_str(), arg)
            })
            .collect();
        self.with(&msg.key, &args)
    }

    /// An order field's label from "seat.key" (`tui-field-seat-key`), else the key itself.
    pub fn field(&self, id: &str) -> String {
        let (seat, key) = id.split_once('.').unwrap_or(("", id));
        let label = format!("tui-field-{seat}-{}", key.replace('_', "-"));
        if self.has(&label) {
            self.get(&label)
        } else {
            key.to_string()
        }
    }

    /// A built-in scenario's name or description (`part`) translated; else the file's own.
    pub fn scenario(&self, id: &str, part: &str, own: &str) -> String {
        let key = format!("scenario-{id}-{part}");
        if self.has(&key) {
            self.get(&key)
        } else {
            own.to_string()
        }
    }

    /// A headline figure's name from its key ("spread.oracle" → "Oracle credit spread"), in
    /// this language; `own` (the engine's English label) for a key it does not know.
    pub fn figure(&self, key: &str, own: &str, params: &crate::engine::Params) -> String {
        let mut parts = key.split('.');
        let (what, id, part) = (parts.next().unwrap_or(""), parts.next(), parts.next());
        let who = |id: &str| -> String {
            let named = ["seat", "tui-company-short", "company"]
                .iter()
                .map(|k| format!("{k}-{id}"))
                .find(|k| self.has(k));
            match (named, params.regions.iter().find(|r| r.id == id)) {
                (Some(k), _) => self.get(&k),
                (None, Some(r)) => self.region(&r.id, &r.name),
                (None, None) => id.to_string(),
            }
        };
        let message = match (what, id, part) {
            ("score", Some("welfare"), None) => "figure-welfare".to_string(),
            ("score", Some(_), Some(_)) => "figure-score-part".to_string(),
            (what, _, _) => format!("figure-{what}"),
        };
        if !self.has(&message) {
            return own.to_string();
        }
        let part_name = part
            .map(|p| format!("score-{p}"))
            .filter(|k| self.has(k))
            .map_or_else(|| part.unwrap_or("").replace('-', " "), |k| self.get(&k));
        self.with(
            &message,
            &[
                ("who", Arg::Text(id.map(who).unwrap_or_default())),
                ("part", Arg::Text(part_name)),
            ],
        )
    }

    /// A figure's unit in this language ("points", "notches"...); symbols stay as they are.
    pub fn figure_unit(&self, unit: &str) -> String {
        let key = format!("figure-unit-{unit}");
        if self.has(&key) {
            self.get(&key)
        } else {
            unit.to_string()
        }
    }

    /// The unit a figure's change is counted in: a percentage's change is in percentage points.
    pub fn change_unit(&self, unit: &str) -> String {
        if unit == "%" {
            self.get("figure-unit-percentage-points")
        } else {
            self.figure_unit(unit)
        }
    }

    /// The one-sentence mechanism behind a kind of figure.
    pub fn figure_mechanism(&self, kind: crate::engine::attribution::FigureKind) -> String {
        let id = serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        // Every kind has its sentence in every language (a test checks).
        self.get(&format!("figure-mechanism-{id}"))
    }

    /// A region's name: translated for built-in regions, else the scenario's own.
    pub fn region(&self, id: &str, scenario_name: &str) -> String {
        self.get_or(&format!("region-{id}"), scenario_name)
    }

    /// A region's short name for narrow columns, or its full name when it has none.
    pub fn region_short(&self, id: &str, scenario_name: &str) -> String {
        self.get_or(
            &format!("region-short-{id}"),
            &self.region(id, scenario_name),
        )
    }
}

/// Columns `text` takes in a terminal: CJK characters take two, combining marks none.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

fn char_width(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
}

/// `text` cut to at most `columns` columns, ending in "…" when cut; never splits a wide
/// character.
pub fn truncate(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    if columns == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w > columns - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` in exactly `columns` columns: cut with "…" if too wide, padded with spaces on the
/// right if too narrow (a table cell).
pub fn fit(text: &str, columns: usize) -> String {
    let mut out = truncate(text, columns);
    let used = width(&out);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(used)));
    out
}

/// Like `fit`, padded on the left: numbers line up on the right.
pub fn fit_right(text: &str, columns: usize) -> String {
    let cut = truncate(text, columns);
    let mut out: String = std::iter::repeat_n(' ', columns.saturating_sub(width(&cut))).collect();
    out.push_str(&cut);
    out
}

/// Message ids defined in a Fluent source, for completeness checks.
pub fn keys(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_rounded() {
        assert_eq!(format_number(12345.678, 1), "12,345.7");
        assert_eq!(format_number(-0.04, 1), "0.0");
        assert_eq!(format_number(-1234.0, 0), "-1,234");
        assert_eq!(format_number(f64::NAN, 1), "–");
    }

    #[test]
    fn a_previews_changes_show_their_sign_either_way() {
        let en = Texts::new(Lang::En);
        let line = |score: f64, change: f64, other: f64| {
            en.with(
                "preview-effect-whitehouse",
                &[
                    ("field", Arg::Text("Household relief".into())),
                    ("score", Arg::Num(score)),
                    ("change", Arg::Num(change)),
                    ("other", Arg::Num(other)),
                ],
            )
        };
        let up = line(-4.6, 2.0, 50.0);
        assert!(
            up.contains("score -4.6, approval +2.00 points, budget this quarter +$50.00B"),
            "{up}"
        );
        let down = line(1.2, -0.5, -3.0);
        assert!(
            down.contains("score +1.2, approval -0.50 points, budget this quarter -$3.00B"),
            "{down}"
        );
    }

    #[test]
    fn held_news_names_oracles_share_only_when_it_has_one() {
        for lang in [Lang::En, Lang::ZhHant] {
            let texts = Texts::new(lang);
            let line = |oracle: f64| {
                texts.msg(
                    &Msg::new("news-dc-held-ride-through")
                        .text("region", "texas")
                        .num("held", 900.0)
                        .num("oracle", oracle)
                        .num("tolerable", 2600.0),
                )
            };
            let none = line(0.0);
            let some = line(300.0);
            assert!(
                !none.contains("Oracle") && !none.contains("甲骨文"),
                "{none}"
            );
            assert!(some.contains("300"), "{some}");
        }
    }

    fn score_part(
        key: &str,
        value: f64,
        points: f64,
        met: bool,
    ) -> crate::engine::report::ScorePart {
        crate::engine::report::ScorePart {
            key: key.into(),
            value,
            target: 0.012,
            points,
            max_points: 15.0,
            met,
            direction: crate::engine::report::Direction::AtMost,
            pass: None,
            unit: Default::default(),
        }
    }

    #[test]
    fn a_seat_short_of_its_objective_never_reads_as_a_full_score() {
        let en = Texts::new(Lang::En);
        let score = |points: f64, met: bool| crate::engine::report::SeatScore {
            seat: crate::engine::Seat::Utility,
            score: points,
            change: 0.0,
            objective_met: met,
            parts: Vec::new(),
        };
        assert_eq!(en.seat_points(&score(99.6, false), 0), "99");
        assert_eq!(en.seat_points(&score(99.6, true), 0), "100");
        assert_eq!(en.seat_points(&score(99.96, false), 1), "99.9");
    }

    #[test]
    fn score_parts_read_in_their_unit_and_never_show_full_points_unmet() {
        let en = Texts::new(Lang::En);
        let share = score_part("score-reliability", 0.0034, 14.96, false).as_share();
        assert_eq!(en.part_value(&share, share.value, 2), "0.3%");
        assert!(en.part_target(&share, 2).starts_with("at most 1.2%"));
        assert_eq!(en.part_points(&share, 0), "14");
        let met = score_part("score-reliability", 0.0, 14.96, true).as_share();
        assert_eq!(en.part_points(&met, 0), "15");
        let price = score_part("score-rates", 17.46, 35.0, true);
        assert_eq!(en.part_value(&price, price.value, 1), "17.5");
    }

    #[test]
    fn messages_render_with_names_and_units() {
        let en = Texts::new(Lang::En);
        let m = Msg::new("news-fault-cascade")
            .text("region", "texas")
            .num("lost", 3100.0)
            .num("nadir", 58.31)
            .num("ufls_last", 58.5)
            .num("tolerable", 2600.0)
            .num("households", 850.0)
            .num("hours", 14.2)
            .num("onsite", 300.0);
        let text = en.msg(&m);
        assert!(text.contains("Texas"), "{text}");
        assert!(text.contains("3,100 MW"), "{text}");
        let cash = Msg::new("preview-cash-after").num("cash", -3.04);
        assert!(en.msg(&cash).contains("-$3.0B"), "{}", en.msg(&cash));
        let card = Msg::new("event-not-in-files-headline").fallback("Custom headline");
        assert_eq!(en.msg(&card), "Custom headline");
    }

    #[test]
    fn both_languages_define_the_same_keys() {
        let en = keys(Lang::En.sources().join("\n").as_str());
        let zh = keys(Lang::ZhHant.sources().join("\n").as_str());
        let missing_zh: Vec<&String> = en.iter().filter(|k| !zh.contains(k)).collect();
        let missing_en: Vec<&String> = zh.iter().filter(|k| !en.contains(k)).collect();
        assert!(missing_zh.is_empty(), "zh-Hant lacks {missing_zh:?}");
        assert!(missing_en.is_empty(), "en lacks {missing_en:?}");
    }

    #[test]
    fn sources_parse_without_errors() {
        for lang in Lang::ALL {
            for source in lang.sources() {
                assert!(
                    FluentResource::try_new(source.to_string()).is_ok(),
                    "{lang:?}"
                );
            }
        }
    }

    /// A message id used twice is kept once (the first), so the second text never shows: the
    /// seats' "waiting for the other seats" once read "Built, waiting for the grid".
    #[test]
    fn no_message_id_is_used_twice_in_a_language() {
        for lang in Lang::ALL {
            let mut bundle: FluentBundle<FluentResource> = FluentBundle::new_concurrent(vec![]);
            for source in lang.sources() {
                let resource = FluentResource::try_new(source.to_string()).unwrap();
                if let Err(errors) = bundle.add_resource(resource) {
                    panic!("{lang:?}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn cjk_text_is_measured_cut_and_padded_by_columns() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("數據中心"), 8);
        assert_eq!(truncate("數據中心", 8), "數據中心");
        // Seven columns: three wide characters and the ellipsis; a half character never shows.
        assert_eq!(truncate("數據中心", 7), "數據中…");
        assert_eq!(truncate("數據中心", 6), "數據…");
        assert_eq!(width(&truncate("數據中心", 6)), 5);
        assert_eq!(truncate("Texas", 3), "Te…");
        assert_eq!(truncate("Texas", 0), "");
        assert_eq!(fit("德州", 6), "德州  ");
        assert_eq!(fit("數據中心", 7), "數據中…");
        assert_eq!(fit("數據中心", 6), "數據… ");
        assert_eq!(fit_right("12.3", 6), "  12.3");
        assert_eq!(fit_right("億美元", 7), " 億美元");
        for text in ["a", "中大西洋／鐵鏽地帶", "West (California)", "¢/kWh", ""] {
            for columns in 0..12 {
                assert_eq!(width(&fit(text, columns)), columns, "{text:?} in {columns}");
                assert_eq!(
                    width(&fit_right(text, columns)),
                    columns,
                    "{text:?} in {columns}"
                );
                assert!(width(&truncate(text, columns)) <= columns);
            }
        }
    }

    /// Variables a message uses, for comparing translations.
    fn variables(source: &str) -> Vec<(String, Vec<String>)> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn walk_inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
            match e {
                InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        walk_inline(a, out);
                    }
                }
                InlineExpression::Placeable { expression } => walk(expression, out),
                _ => {}
            }
        }
        fn walk(e: &Expression<&str>, out: &mut Vec<String>) {
            match e {
                Expression::Inline(i) => walk_inline(i, out),
                Expression::Select { selector, variants } => {
                    walk_inline(selector, out);
                    for v in variants {
                        walk_pattern(&v.value, out);
                    }
                }
            }
        }
        fn walk_pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    walk(expression, out);
                }
            }
        }
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => {
                    let mut vars = Vec::new();
                    if let Some(p) = &m.value {
                        walk_pattern(p, &mut vars);
                    }
                    vars.sort();
                    vars.dedup();
                    Some((m.id.name.to_string(), vars))
                }
                _ => None,
            })
            .collect()
    }

    /// The engine's messages, plain mode and the headless commands (the TUI's file has its own owner and checks).
    #[test]
    fn translations_use_the_same_placeables_as_english() {
        let en = variables(concat!(
            include_str!("../assets/i18n/en/main.ftl"),
            "\n",
            include_str!("../assets/i18n/en/plain.ftl"),
            "\n",
            include_str!("../assets/i18n/en/cli.ftl")
        ));
        let zh = variables(concat!(
            include_str!("../assets/i18n/zh-Hant/main.ftl"),
            "\n",
            include_str!("../assets/i18n/zh-Hant/plain.ftl"),
            "\n",
            include_str!("../assets/i18n/zh-Hant/cli.ftl")
        ));
        assert!(en.len() > 150);
        for (key, vars) in &en {
            if let Some((_, zh_vars)) = zh.iter().find(|(k, _)| k == key) {
                assert_eq!(vars, zh_vars, "{key}");
            }
        }
    }

    #[test]
    fn every_event_card_and_order_field_has_its_text() {
        for lang in Lang::ALL {
            let texts = Texts::new(lang);
            let own = keys(&lang.sources().join("\n"));
            for (id, _) in crate::scenario::BUILTIN {
                let scenario = crate::scenario::load(id).unwrap();
                for card in &scenario.params.events {
                    for part in ["headline", "explanation"] {
                        let key = format!("event-{}-{part}", card.id);
                        assert!(own.contains(&key), "{lang:?} lacks {key}");
                    }
                }
            }
            for seat in crate::engine::Seat::ALL {
                for spec in crate::engine::orders::fields(seat) {
                    let key = format!("order-{}-{}", seat.id(), spec.key);
                    assert!(own.contains(&key), "{lang:?} lacks {key}");
                    assert!(!texts.get(&key).is_empty());
                }
            }
        }
        let zh = Texts::new(Lang::ZhHant);
        assert_eq!(
            zh.get("event-sf-blackout-headline"),
            "三藩市大停電，無人駕駛的士停擺"
        );
    }

    #[test]
    fn chinese_renders_numbers_in_its_own_units() {
        let zh = Texts::new(Lang::ZhHant);
        let m = Msg::new("news-oracle-build")
            .text("region", "texas")
            .num("mw", 1000.0)
            .num("cost", 12.34)
            .text("online", "2026 Q3");
        assert_eq!(
            zh.msg(&m),
            "甲骨文在德州動工興建 1,000 MW，耗資 123億美元；預計 2026 Q3 投入運作。"
        );
        let plant = Msg::new("preview-plant")
            .text("region", "west")
            .text("tech", "battery")
            .num("mw", 500.0)
            .num("cost", 0.8)
            .text("online", "2026 Q1");
        assert!(
            zh.msg(&plant).contains("四小時儲能電池"),
            "{}",
            zh.msg(&plant)
        );
        let en = Texts::new(Lang::En);
        assert!(
            en.msg(&plant).contains("500 MW of four-hour batteries"),
            "{}",
            en.msg(&plant)
        );
    }

    /// One fault is told as one figure, not as a range from a number to itself, in both languages
    /// (Chinese has no plural forms, so its message matches the count exactly).
    #[test]
    fn one_fault_reads_as_one_figure() {
        for lang in [Lang::En, Lang::ZhHant] {
            let texts = Texts::new(lang);
            let say = |count: f64, events: f64| {
                texts.with(
                    "tui-fault-absorbed-summary",
                    &[
                        ("count", Arg::Num(count)),
                        ("low", Arg::Text("618".into())),
                        ("high", Arg::Text("1,032".into())),
                        ("tolerable", Arg::Text("2,600".into())),
                        ("events", Arg::Num(events)),
                    ],
                )
            };
            let one = say(1.0, 0.0);
            assert!(
                one.contains("618") && !one.contains("618–"),
                "{lang:?}: {one}"
            );
            assert!(
                say(1.0, 1.0).len() > one.len(),
                "{lang:?}: an event says so"
            );
            assert!(say(3.0, 1.0).contains("618–1,032"), "{lang:?}");
        }
    }
}
