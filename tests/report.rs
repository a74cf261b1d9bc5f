//! The debrief: Markdown and CSV snapshots, the HTML's structure (self-contained, well-formed,
//! one chart per figure), both languages, and the decisions' measured effects.

mod save_support;

use overbuild::engine::Seat;
use overbuild::i18n::Lang;
use overbuild::report::{Format, attribution, render};
use overbuild::save::{APP_VERSION, Replay};
use save_support::*;

/// Six quarters under the test orders: decisions, events, SPVs and contracts to show.
fn replay() -> &'static Replay {
    static REPLAY: std::sync::OnceLock<Replay> = std::sync::OnceLock::new();
    REPLAY.get_or_init(|| {
        let (game, roles) = scripted_game(21, 6);
        Replay::run(save_of(&game, roles)).expect("replays")
    })
}

/// The app version changes with releases, not with the report: keep it out of snapshots.
fn stable(text: String) -> String {
    text.replace(APP_VERSION, "[version]")
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(stable(render(replay(), Format::Md, Lang::En)));
}

#[test]
fn csv_snapshot() {
    let csv = render(replay(), Format::Csv, Lang::En);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 6, "a header and one row per quarter");
    assert!(lines[0].starts_with("turn,date,index,"));
    let columns = lines[0].split(',').count();
    assert!(columns > 60, "{columns}");
    insta::assert_snapshot!(csv);
}

#[test]
fn html_is_one_well_formed_self_contained_page() {
    let html = render(replay(), Format::Html, Lang::En);
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&html, options).expect("well-formed");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "html");
    assert_eq!(root.attribute("lang"), Some("en"));

    let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
    assert_eq!(
        count("svg"),
        7,
        "index, bills, reserve margins, approval, budget, spreads, scores"
    );
    assert_eq!(count("script"), 0);
    assert_eq!(count("link"), 0);
    assert_eq!(count("img"), 0);
    assert!(count("table") >= 10);
    for node in doc.descendants() {
        for attr in node.attributes() {
            assert!(
                !attr.value().contains("http:") && !attr.value().contains("https:"),
                "{}={} fetches something",
                attr.name(),
                attr.value()
            );
            assert!(attr.name() != "src" && !attr.name().starts_with("on"));
        }
    }
    assert!(!html.contains("url("), "no CSS fetches");
    for svg in doc.descendants().filter(|n| n.has_tag_name("svg")) {
        assert_eq!(svg.attribute("role"), Some("img"));
        let title = svg.children().find(|n| n.has_tag_name("title"));
        assert!(title.is_some_and(|t| !t.text().unwrap_or("").is_empty()));
        assert!(svg.descendants().any(|n| n.has_tag_name("polyline")));
    }
    let headings: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("h2"))
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    for section in [
        "Final scores",
        "Charts",
        "Quarter by quarter",
        "Decisions",
        "Events",
        "Hidden deals revealed",
        "What moved the outcome",
    ] {
        assert!(
            headings.iter().any(|h| h == section),
            "{section}: {headings:?}"
        );
    }
}

#[test]
fn the_traditional_chinese_debrief_has_no_missing_strings() {
    for format in [Format::Md, Format::Html] {
        let text = render(replay(), format, Lang::ZhHant);
        assert!(text.contains("檢討報告"), "{format:?}");
        assert!(text.contains("揭露隱藏交易"));
        for raw in ["report-", "metric-", "flow-", "account-", "{ $", "{$"] {
            assert!(!text.contains(raw), "{format:?}: {raw} left in the text");
        }
    }
    let html = render(replay(), Format::Html, Lang::ZhHant);
    assert!(html.contains("lang=\"zh-Hant\""));
}

#[test]
fn the_markdown_reveals_the_hidden_deals_and_the_decisions() {
    let md = render(replay(), Format::Md, Lang::En);
    assert!(
        md.lines()
            .any(|l| l.starts_with("| 2025 Q3 | Oracle | ") && l.contains(" | 80% | ")),
        "the SPV signed in 2025 Q3, with its partner's share"
    );
    assert!(
        md.contains("- **Oracle**: Bonds issued 5 → 12; SPV financing 0 → 10\n"),
        "changes only"
    );
    assert!(md.contains(
        "- **White House**: Permitting fast-track false → true; Household relief 0 → 20\n"
    ));
    assert!(md.contains("orders file test-orders.toml"));
    assert!(!md.contains("## Charts"), "charts are HTML only");
}

#[test]
fn swings_leave_out_the_first_quarter_and_come_largest_first() {
    let swings = attribution::swings(replay());
    assert_eq!(swings.len(), 5);
    assert!(swings.iter().all(|s| s.turn >= 1));
    assert!(swings.windows(2).all(|w| w[0].size() >= w[1].size()));
}

#[test]
fn a_game_saved_before_its_first_quarter_still_reports() {
    let replay = Replay::run(save_of(&bot_game(1, 0), roles())).unwrap();
    assert!(replay.is_empty());
    let md = render(&replay, Format::Md, Lang::En);
    assert!(md.starts_with("# Debrief: Stargate 2025, seed 1"), "{md}");
    assert!(!md.contains("## Final scores"));
    assert_eq!(render(&replay, Format::Csv, Lang::En).lines().count(), 1);
    assert!(render(&replay, Format::Html, Lang::En).ends_with("</html>\n"));
}

/// The story's decisions are credited with exactly their own Shapley values, and the narrative
/// tells those values.
#[test]
fn the_story_credits_each_decision_with_its_own_shapley_value() {
    use overbuild::report::story::{self, Story, Teller};
    let replay = replay();
    let params = &replay.game.scenario.params;
    let explained = story::explain_replay(replay);
    assert_eq!(explained.len(), replay.len());
    let story = Story::build(params, &explained);
    assert!(
        !story.credits.is_empty(),
        "the test orders change every seat's orders"
    );
    for c in &story.credits {
        let a = &explained[c.turn].attribution;
        let own = c.seat as usize;
        for (i, seat) in Seat::ALL.iter().enumerate() {
            let f = a
                .figure(&format!("score.{}", seat.id()))
                .expect("score figure");
            assert_eq!(
                c.scores[i], f.parts[own],
                "{:?} in quarter {} on {seat:?}",
                c.seat, c.turn
            );
        }
        let welfare = a.figure("score.welfare").expect("welfare");
        assert_eq!(c.welfare, welfare.parts[own]);
    }
    let texts = overbuild::i18n::Texts::new(Lang::En);
    let teller = Teller { t: &texts, params };
    let last = &replay.game.turns.last().unwrap().report;
    let text = story::narrative(&story, &teller, last).join("\n");
    for c in story.credits.iter().take(story::DECISIONS_TOLD) {
        let effects = teller.effects(c);
        assert!(!effects.is_empty());
        assert!(
            text.contains(&effects),
            "{effects} not in the narrative:\n{text}"
        );
        let biggest = c
            .scores
            .iter()
            .chain([&c.welfare])
            .fold(0.0f64, |m, v| if v.abs() > m.abs() { *v } else { m });
        assert!(text.contains(&overbuild::i18n::format_signed(biggest, 1)));
    }
}

/// Over the game, each seat's decisions, the events and drift add up to the score's change.
#[test]
fn the_storys_totals_add_up_to_the_scores_change() {
    use overbuild::report::story::{self, Story};
    let replay = replay();
    let explained = story::explain_replay(replay);
    let story = Story::build(&replay.game.scenario.params, &explained);
    for (i, seat) in Seat::ALL.iter().enumerate() {
        let key = format!("score.{}", seat.id());
        let first = explained[0].attribution.figure(&key).unwrap().before;
        let last = explained
            .last()
            .unwrap()
            .attribution
            .figure(&key)
            .unwrap()
            .after;
        let sum: f64 = (0..6).map(|c| story.totals[c][i]).sum();
        assert!(
            (sum - (last - first)).abs() < 1e-6,
            "{seat:?}: {sum} against {}",
            last - first
        );
    }
}

#[test]
fn the_debrief_tells_the_story_in_both_languages() {
    let en = render(replay(), Format::Md, Lang::En);
    assert!(en.contains("## The story of the game"), "{en}");
    assert!(en.contains("The decisions that mattered most"));
    let zh = render(replay(), Format::Html, Lang::ZhHant);
    assert!(zh.contains("這局的經過"));
    assert!(zh.contains("影響最大的決策"));
    assert!(!zh.contains("story-"), "a message key leaked");
}
