//! Plain mode driven by a script: the transcript a screen reader or a script would read.

mod common;

use overbuild::audio::Player;
use overbuild::engine::Seat;
use overbuild::i18n::Lang;
use overbuild::plain::{Outcome, Setup, play};

fn run(lang: Lang, seats: Option<Vec<Seat>>, seed: Option<u64>, script: &str) -> (Outcome, String) {
    run_with_bots(lang, seats, seed, script, Vec::new())
}

fn run_with_bots(
    lang: Lang,
    seats: Option<Vec<Seat>>,
    seed: Option<u64>,
    script: &str,
    bots: Vec<overbuild::bots::BotSpec>,
) -> (Outcome, String) {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    run_in(scenario, lang, seats, seed, script, bots)
}

fn run_in(
    scenario: overbuild::scenario::Scenario,
    lang: Lang,
    seats: Option<Vec<Seat>>,
    seed: Option<u64>,
    script: &str,
    bots: Vec<overbuild::bots::BotSpec>,
) -> (Outcome, String) {
    let setup = Setup {
        lang,
        scenario,
        seats,
        seed,
        default_seed: 42,
        bots,
        echo: true,
        saves: None,
    };
    let mut out = Vec::new();
    let outcome = play(script.as_bytes(), &mut out, setup, &Player::silent()).unwrap();
    (outcome, String::from_utf8(out).unwrap())
}

/// The transcript with every digit replaced: the snapshot checks wording, units and layout,
/// and survives recalibration of the scenario's numbers.
fn redacted(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

fn plain_text(transcript: &str) {
    assert!(
        !transcript.contains('\x1b'),
        "escape sequences in plain mode"
    );
    assert!(!transcript.contains("plain-"), "a message key leaked");
    assert!(!transcript.contains("order-"), "a message key leaked");
}

#[test]
fn first_turn_transcript() {
    let script = "oracle\n\nshow\nset build_mw texas 1000\nset bond_bn 5\nset ride_through_share 0.5\npreview\ndone\n";
    let (outcome, transcript) = run(Lang::En, None, None, script);
    assert_eq!(outcome, Outcome::EndOfInput);
    plain_text(&transcript);
    assert!(
        transcript.contains("Seed 42."),
        "the default seed is used and shown"
    );
    let first_turn = transcript
        .split_inclusive('\n')
        .take_while(|l| !l.starts_with("=== Results of"))
        .collect::<String>();
    insta::assert_snapshot!("first_turn", redacted(&first_turn));
}

#[test]
fn every_number_in_the_status_has_its_unit() {
    let (_, t) = run(Lang::En, Some(vec![Seat::Utility]), Some(1), "");
    for needle in [
        "¢/kWh",
        "% reserve margin against a ",
        "/MWh;",
        "/MW-day.",
        " MW connected",
        "a month",
        "% in arrears",
        " bp;",
        "B; debt $",
        "% of debt",
    ] {
        assert!(t.contains(needle), "{needle:?} missing:\n{t}");
    }
}

#[test]
fn bad_input_is_refused_with_the_allowed_range() {
    let script = "set build_mw texas 9000\nset build_mw texas -5\nset build_mw texas nan\nset bond_bn lots\nset spv_partner_share 0.1\nset build_mw mars 10\nset build_mw 10\nset no_such_field 1\nset\nfly\nshow build_mw\nshow spv_partner_share\nquit\n";
    let (outcome, t) = run(Lang::En, Some(vec![Seat::Oracle]), Some(1), script);
    assert_eq!(outcome, Outcome::Quit);
    plain_text(&t);
    for needle in [
        "Refused: build_mw = 9000 is outside the allowed range, from 0 MW to 5,000 MW in each region, each quarter.",
        "Refused: build_mw = -5 is outside the allowed range, from 0 MW to 5,000 MW in each region, each quarter.",
        "Refused: build_mw = NaN is outside the allowed range",
        "\"lots\" is not a number: bond_bn takes a number from $0B to $50B, each quarter.",
        "Refused: spv_partner_share = 0.1 is outside the allowed range, from 0.5 (50%) to 0.95 (95%).",
        "No region \"mars\". Regions: texas, pjm, west, or `all`.",
        "build_mw is set per region: `set build_mw REGION VALUE`",
        "Oracle has no field \"no_such_field\". Fields: build_mw, onsite_mw,",
        "Usage: set FIELD VALUE",
        "Unknown command \"fly\". Type `help` for the list.",
        "You left the game at 2025 Q1.",
    ] {
        assert!(t.contains(needle), "{needle:?} missing:\n{t}");
    }
    // Nothing refused was kept.
    assert!(
        t.contains("build_mw: Texas 0 MW, Mid-Atlantic / Rust Belt 0 MW"),
        "{t}"
    );
    assert!(t.contains("spv_partner_share = 0.8 (80%)"), "{t}");
}

#[test]
fn switches_choices_and_regions_take_their_own_values() {
    let script = "set ride_through_cooperation yes\nset statement cautious\nset statement loud\nset ride_through_cooperation maybe\nshow ride_through_cooperation\nshow statement\nquit\n";
    let (_, t) = run(Lang::En, Some(vec![Seat::OpenAi]), Some(1), script);
    assert!(t.contains("ride_through_cooperation is now yes."), "{t}");
    assert!(t.contains("statement is now cautious."), "{t}");
    assert!(
        t.contains("\"loud\" is not allowed: statement takes one of quiet, confident, cautious.")
    );
    assert!(t.contains("\"maybe\" is not yes or no"), "{t}");
    let script = "set approve_mw all 500\nshow approve_mw\nreset approve_mw\nquit\n";
    let (_, t) = run(Lang::En, Some(vec![Seat::Utility]), Some(1), script);
    assert!(
        t.contains(
            "approve_mw: Texas 500 MW, Mid-Atlantic / Rust Belt 500 MW, West (California) 500 MW"
        ),
        "{t}"
    );
    assert!(t.contains("approve_mw is back to Texas 0 MW"), "{t}");
}

#[test]
fn a_scripted_game_with_every_seat_plays_to_the_end() {
    let mut script = String::from("all\n3\n");
    for _ in 0..16 {
        script.push_str("done\ndone\ndone\ndone\n");
    }
    let (outcome, t) = run(Lang::En, None, None, &script);
    assert_eq!(outcome, Outcome::Finished);
    plain_text(&t);
    assert_eq!(t.matches("=== Results of").count(), 16);
    assert_eq!(t.matches("Orders for White House submitted.").count(), 16);
    assert!(t.contains("=== Game over: 2028 Q4 ==="), "{t}");
    assert!(t.contains("Public welfare: "), "{t}");
    assert!(t.ends_with(
        "Play the same game again with: overbuild play --plain --seat openai --seat oracle \
         --seat utility --seat whitehouse --seed 3\n"
    ));
}

#[test]
fn watching_the_bots_needs_no_orders_and_is_deterministic() {
    let (outcome, a) = run(Lang::En, None, None, "none\n5\n");
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(
        a.matches("Bots played OpenAI, Oracle, Utility, White House.")
            .count(),
        16
    );
    let (_, b) = run(Lang::En, Some(Vec::new()), Some(5), "");
    // Same game: everything after the set-up lines matches.
    let tail = |t: &str| t[t.find("=== Results of").unwrap()..].to_string();
    assert_eq!(tail(&a), tail(&b));
}

#[test]
fn chosen_bots_play_their_seats_in_plain_mode() {
    let (_, baseline) = run(Lang::En, Some(Vec::new()), Some(5), "");
    let aggressive: overbuild::bots::BotSpec = "oracle=aggressive:hard".parse().unwrap();
    let (outcome, chosen) = run_with_bots(
        Lang::En,
        Some(Vec::new()),
        Some(5),
        "",
        vec![aggressive.clone()],
    );
    assert_eq!(outcome, Outcome::Finished);
    // Another Oracle: another game from the same seed, and the same one again on a rerun.
    assert_ne!(baseline, chosen);
    let (_, again) = run_with_bots(Lang::En, Some(Vec::new()), Some(5), "", vec![aggressive]);
    assert_eq!(chosen, again);
}

#[test]
fn end_of_input_stops_cleanly_at_any_prompt() {
    let (outcome, t) = run(Lang::En, None, None, "");
    assert_eq!(outcome, Outcome::EndOfInput);
    assert!(
        t.ends_with("End of input: the game stops at 2025 Q1.\n"),
        "{t}"
    );
    let (outcome, _) = run(Lang::En, None, None, "oracle\n");
    assert_eq!(outcome, Outcome::EndOfInput);
    let (outcome, t) = run(Lang::En, None, None, "bogus\noracle\n7\nshow\n");
    assert_eq!(outcome, Outcome::EndOfInput);
    assert!(t.contains("Unknown seat \"bogus\""), "{t}");
    let (outcome, t) = run(Lang::En, None, None, "oracle\nseven\n7\ndone\n");
    assert_eq!(outcome, Outcome::EndOfInput);
    assert!(t.contains("\"seven\" is not a seed"), "{t}");
    assert!(
        t.contains("End of input: the game stops at 2025 Q2."),
        "{t}"
    );
}

#[test]
fn traditional_chinese_dialogue_is_translated() {
    let script = "show approve_mw\nset approve_mw texas 99999\nset ride_through_required 是\npreview\ndone\n";
    let (_, t) = run(Lang::ZhHant, Some(vec![Seat::Utility]), Some(9), script);
    plain_text(&t);
    for needle in [
        "純文字模式",
        "德州",
        "備用容量率",
        "拒絕：approve_mw = 99999 超出容許範圍（每個地區 0 MW 至 20,000 MW，每季）。",
        "ride_through_required 現為 是。",
        "電力公司的指令已提交。",
        "億美元",
    ] {
        assert!(t.contains(needle), "{needle:?} missing:\n{t}");
    }
    assert!(!t.contains("Refused"), "{t}");
}

#[test]
fn the_binary_plays_plain_from_piped_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["play", "--plain", "--seat", "oracle", "--seed", "3"])
        .write_stdin("set build_mw texas 1000\ndone\nquit\n")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert!(stdout.contains("Seed 3."), "{stdout}");
    assert!(
        stdout.contains("build_mw in Texas is now 1,000 MW."),
        "{stdout}"
    );
    assert!(stdout.contains("You left the game at 2025 Q2."), "{stdout}");
}

#[test]
fn a_bad_settings_file_gives_one_line_and_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.toml"), "volume = \"loud\"\n").unwrap();
    let out = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["play", "--plain", "--seat", "utility", "--seed", "1"])
        .write_stdin("quit\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("settings.toml"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("You left the game at 2025 Q1."));
}

/// Plays `input` in plain mode with the binary; returns stdout and stderr.
fn plain_binary(data_dir: &std::path::Path, args: &[&str], input: &str) -> (String, String) {
    let out = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .arg("--data-dir")
        .arg(data_dir)
        .args(["play", "--plain"])
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (stdout, stderr)
}

#[test]
fn a_plain_game_autosaves_where_continue_and_load_find_it() {
    use overbuild::save::{SaveKind, SaveStore};
    let dir = tempfile::tempdir().unwrap();
    let input = "set build_mw texas 1000\ndone\ndone\ndone\nquit\n";
    let (stdout, stderr) = plain_binary(dir.path(), &["--seat", "oracle", "--seed", "3"], input);
    assert!(stderr.is_empty(), "{stderr}");
    let autosaves = dir.path().join("autosaves");
    let file = autosaves.join("autosave-1.json.gz");
    let said = format!("Autosaved to {}", file.display());
    assert_eq!(stdout.matches(&said).count(), 1, "said once: {stdout}");
    assert!(stdout.contains("You left the game at 2025 Q4."), "{stdout}");

    // The terminal game's store lists it as the latest autosave, with the seats played.
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let listed = store.list().unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].kind, SaveKind::Autosave);
    let info = store.latest_autosave().unwrap().expect("Continue finds it");
    assert_eq!(info.path, file);
    assert_eq!(info.turns_played, 3);
    assert_eq!(info.seed, 3);
    assert!(info.roles[Seat::Oracle.index()].is_human());
    assert!(!info.roles[Seat::Utility.index()].is_human());
    let (game, _) = store.continue_latest().unwrap().expect("Continue loads it");
    assert_eq!(game.turns.len(), 3);

    let verify = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .args(["replay", "--verify"])
        .arg(&file)
        .output()
        .unwrap();
    let verdict = String::from_utf8_lossy(&verify.stdout);
    assert!(verify.status.success(), "{verdict}");
    assert!(verdict.contains("3 quarters replayed"), "{verdict}");
}

#[test]
fn without_a_data_folder_plain_mode_says_so_once_and_plays_on() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let (stdout, stderr) = plain_binary(
        &blocker,
        &["--seat", "utility", "--seed", "1"],
        "done\nquit\n",
    );
    // Only the settings file's own notice goes to stderr; the dialogue says saving is off.
    assert!(!stderr.contains("without saving"), "{stderr}");
    assert_eq!(stdout.matches("without saving").count(), 1, "{stdout}");
    assert!(!stdout.contains("Autosaved"), "{stdout}");
    assert!(stdout.contains("You left the game at 2025 Q2."), "{stdout}");
}

#[test]
fn a_company_in_default_is_told_what_it_cannot_do_and_sees_its_books() {
    let script = "done\ndone\ndone\ndone\nshow bond_bn\nset bond_bn 5\nset ride_through_share 0.5\nbooks\ndone\n";
    let scenario = common::oracle_defaults_scenario();
    let (outcome, transcript) = run_in(
        scenario,
        Lang::En,
        Some(vec![Seat::Oracle]),
        Some(1),
        script,
        Vec::new(),
    );
    assert_eq!(outcome, Outcome::EndOfInput);
    plain_text(&transcript);
    assert!(!transcript.contains("books-"), "a message key leaked");
    assert!(
        transcript.contains("Oracle defaulted this quarter: equity wiped, creditors took"),
        "{transcript}"
    );
    let refusal = "bond_bn is unavailable: Oracle is in default since 20";
    assert!(transcript.contains(": it cannot build, borrow, sell shares or pay dividends."));
    assert_eq!(
        transcript.matches(refusal).count(),
        2,
        "show and set both say so: {transcript}"
    );
    assert!(
        transcript.contains("ride_through_share is now 0.5 (50%)"),
        "ride-through stays: {transcript}"
    );
    assert!(transcript.contains("Score: "), "{transcript}");
    assert!(transcript.contains(": 60 points lost") && transcript.contains("Defaulted in 20"));
    assert!(transcript.contains("After a default you play on as the restructured company"));
    assert!(transcript.contains("Oracle is in default since 20"));
    for heading in [
        "== Income statement ==",
        "== Cash-flow statement ==",
        "== Balance sheet ==",
    ] {
        assert!(transcript.contains(heading), "{heading}");
    }
    assert!(transcript.contains("- of which interest paid: "));
    assert!(transcript.contains("- of which lease payments to SPVs: "));
    assert!(transcript.contains("Total assets: "));
    assert!(
        transcript.contains(" this quarter, ") && transcript.contains(" over the last 4 quarters"),
        "flows show the quarter and the last four: {transcript}"
    );
    assert!(transcript.contains("Orders for Oracle submitted."));
}

#[test]
fn books_before_the_first_quarter_show_the_opening_balance_sheet() {
    let (outcome, transcript) = run_in(
        common::default_scenario(),
        Lang::En,
        Some(vec![Seat::Oracle]),
        Some(3),
        "books\n",
        Vec::new(),
    );
    assert_eq!(outcome, Outcome::EndOfInput);
    assert!(
        transcript.contains("Books of Oracle as they open, 2025 Q1"),
        "{transcript}"
    );
    assert!(transcript.contains("Total assets"), "{transcript}");
    assert!(!transcript.contains("Income statement"), "{transcript}");
    assert!(!transcript.contains("No statements yet"), "{transcript}");
}

#[test]
fn why_breaks_last_quarters_change_into_its_causes() {
    let script = "oracle\n\nwhy\ndone\nwhy\nwhy share.oracle\nwhy nope\n";
    let (_, transcript) = run(Lang::En, None, None, script);
    plain_text(&transcript);
    assert!(transcript.contains("No quarter has been played yet"));
    let list = transcript
        .lines()
        .find(|l| l.contains("Figures to explain"))
        .expect("`why` alone lists the figures");
    for key in [
        "score.oracle",
        "share.oracle",
        "bill.texas",
        "approval",
        "index",
    ] {
        assert!(
            list.split_whitespace().any(|w| w == key),
            "{key} not in {list}"
        );
    }
    assert!(transcript.contains("There is no figure \"nope\""));

    // The same quarter played directly: Oracle kept its orders, bots held the other seats.
    let mut game = overbuild::game::Game::new(common::default_scenario(), 42);
    let mut orders = overbuild::game::Controllers::with_bots(None, &[]).all_orders(&game);
    orders.set_seat(game.world.last_orders.seat(Seat::Oracle));
    game.play(orders);
    let attribution = overbuild::explain::last_quarter(&game).unwrap();
    let share = attribution.figure("share.oracle").unwrap();
    let heading = format!(
        "Oracle share price, 2025 Q1: {:.2} → {:.2} $",
        share.before, share.after
    );
    let at = transcript
        .find(&heading)
        .unwrap_or_else(|| panic!("{heading}\n{transcript}"));
    let all: Vec<&str> = transcript[at..].lines().skip(1).take(20).collect();
    // Drift's mechanisms follow it, indented: those of a share price's seven that moved add up
    // to it.
    let of_which: Vec<f64> = all
        .iter()
        .filter(|l| l.starts_with("  - of which"))
        .map(|l| l.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(of_which.len(), share.drift_mechanisms().count(), "{all:?}");
    assert!(of_which.len() >= 2, "{all:?}");
    assert!((of_which.iter().sum::<f64>() - share.drift).abs() <= 0.05);
    let lines: Vec<&str> = all
        .into_iter()
        .filter(|l| !l.starts_with("  - of which"))
        .take(7)
        .collect();
    let part = |name: &str| -> f64 {
        let line = lines
            .iter()
            .find(|l| l.starts_with(&format!("- {name}")))
            .unwrap();
        line.rsplit(' ').next().unwrap().parse().unwrap()
    };
    assert_eq!(part("Oracle"), 0.0, "Oracle changed nothing");
    for (name, value) in [
        ("OpenAI", share.parts[0]),
        ("The quarter's events", share.parts[4]),
    ] {
        assert!(
            (part(name) - value).abs() <= 0.005,
            "{name}: {} vs {value}",
            part(name)
        );
    }
    assert!((part("Drift") - share.drift).abs() <= 0.005);
    // Largest cause first.
    let first = lines[0].rsplit(' ').next().unwrap().parse::<f64>().unwrap();
    let largest = share.parts.iter().fold(0.0f64, |m, p| m.max(p.abs()));
    assert!(
        (first.abs() - largest).abs() <= 0.005,
        "{first} vs {largest}"
    );
    assert!(lines[6].starts_with("How: "), "{}", lines[6]);
}

#[test]
fn help_on_a_figure_prints_its_glossary_entry_for_the_seat() {
    let script = "utility\n\nhelp reserve margin\nhelp FFO\nhelp nothing-like-it\nhelp rate_case_pct\ndone\n";
    let (_, transcript) = run(Lang::En, None, None, script);
    plain_text(&transcript);
    assert!(
        transcript.contains("Reserve margin (percent of peak load)"),
        "{transcript}"
    );
    assert!(
        transcript.contains("For Utility: Below target"),
        "{transcript}"
    );
    assert!(transcript.contains("Funds from operations / debt (percent)"));
    assert!(transcript.contains("No field or figure called \"nothing-like-it\""));
    // A field name still shows the field.
    assert!(transcript.contains("rate_case_pct"));
    let (_, zh) = run(
        Lang::ZhHant,
        None,
        None,
        "utility\n\nhelp 備轉容量率\ndone\n",
    );
    assert!(zh.contains("備轉容量率（尖峰負載的百分比）"), "{zh}");
}

#[test]
fn a_plain_seat_states_its_intent_and_the_autosave_keeps_it() {
    use overbuild::save::{Compare, SaveStore};
    let dir = tempfile::tempdir().unwrap();
    let input = "intent build in Texas before the summer\n\
                 expect bill.texas <= lots\n\
                 expect bill.texas < 170\n\
                 done\ndone\nquit\n";
    let (stdout, stderr) = plain_binary(dir.path(), &["--seat", "oracle", "--seed", "3"], input);
    assert!(stderr.is_empty(), "{stderr}");
    assert!(
        stdout.contains("Intent: build in Texas before the summer"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\"bill.texas <= lots\" is not an expectation"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Expected: Texas household bill at most 170.0 $/month"),
        "{stdout}"
    );
    let store = SaveStore::open(Some(dir.path())).unwrap();
    let (game, meta) = store.continue_latest().unwrap().expect("autosaved");
    assert_eq!(game.turns.len(), 2);
    // The first quarter's intent only: the second quarter's orders came without one.
    assert_eq!(meta.intents.len(), 1, "{:?}", meta.intents);
    let entry = &meta.intents[0];
    assert_eq!((entry.turn, entry.seat), (0, Seat::Oracle));
    assert_eq!(entry.intent.text, "build in Texas before the summer");
    let expect = entry.intent.expect.as_ref().unwrap();
    assert_eq!(
        (expect.figure.as_str(), expect.compare, expect.value),
        ("bill.texas", Compare::AtMost, 170.0)
    );
}

/// The briefing after a quarter's results does not print its events and public news again:
/// each line of the results' news appears once until the next quarter's results.
#[test]
fn a_quarters_news_is_printed_once_between_its_results_and_the_next_briefing() {
    let (_, out) = run(
        Lang::En,
        Some(vec![Seat::Utility]),
        Some(3),
        "done\ndone\nquit\n",
    );
    plain_text(&out);
    let first = out.find("=== Results of 2025 Q1 ===").unwrap();
    let second = out.find("=== Results of 2025 Q2 ===").unwrap();
    let between = &out[first..second];
    let news: Vec<&str> = between
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("- "))
        .collect();
    assert!(news.len() >= 3, "{between}");
    for line in news {
        assert_eq!(between.matches(line).count(), 1, "{line}");
    }
    assert!(!between.contains("News from last quarter:"), "{between}");
    // The first briefing of a session has no results above it.
    let (_, fresh) = run(Lang::En, Some(vec![Seat::Utility]), Some(3), "quit\n");
    assert!(!fresh.contains("News for you alone"), "{fresh}");
}

#[test]
fn the_results_say_where_approval_heads_and_what_pulls_it() {
    let (_, t) = run(
        Lang::En,
        Some(vec![Seat::WhiteHouse]),
        Some(1),
        "set relief_bn 20\ndone\n",
    );
    let line = t
        .lines()
        .find(|l| l.starts_with("Approval heads towards "))
        .unwrap_or_else(|| panic!("no approval line:\n{t}"));
    let relief: f64 = line
        .split("relief ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no relief part in {line:?}"));
    assert!(relief > 0.0, "relief paid pulls approval up: {line}");
    let reversion = overbuild::scenario::load(overbuild::scenario::DEFAULT)
        .unwrap()
        .params
        .politics
        .reversion;
    let closes = format!("closes {:.0}% of the gap", reversion * 100.0);
    assert!(line.contains(&closes), "{line}");
}
