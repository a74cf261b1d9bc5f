//! Attribution of a quarter's changes to its causes: the parts add up to the change, a seat that
//! decided nothing new gets nothing, a lone decision gets its Shapley value from the real
//! counterfactual quarters, and a save recomputes exactly what the game did.

mod common;

use overbuild::engine::attribution::{Attribution, Cause, attribute, baseline_orders, figures};
use overbuild::engine::ids::CompanyId;
use overbuild::engine::params::Rating;
use overbuild::engine::{Events, Orders, Rngs, Seat, World, resolve, resolve_with};
use overbuild::explain;
use overbuild::game::{Controllers, Game, play_out};
use overbuild::save::{Replay, SaveFile, SaveMeta, headless_roles};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn assert_parts_sum(attribution: &Attribution) {
    assert!(
        attribution.figures.len() > 40,
        "{}",
        attribution.figures.len()
    );
    for f in &attribution.figures {
        let sum = f.drift + f.parts.iter().sum::<f64>();
        assert!(
            close(sum, f.change()),
            "{}: drift {} + parts {:?} = {sum}, change {}",
            f.key,
            f.drift,
            f.parts,
            f.change()
        );
    }
}

/// Last quarter's orders with every seat changing something that moves money or the grid.
fn all_seats_change(world: &World) -> Orders {
    let mut orders = baseline_orders(world);
    orders.openai.contract_gw += 1.0;
    orders.oracle.bond_bn += 10.0;
    // A rate case filed now is decided a year later; large loads' terms bind at once.
    orders.utility.min_demand_charge = 1.0;
    orders.whitehouse.relief_bn += 10.0;
    orders
}

fn bot_game(turns: u32) -> Game {
    let mut game = Game::new(common::default_scenario(), 11);
    play_out(&mut game, &mut Controllers::bots_except(None), turns);
    game
}

#[test]
fn drift_and_the_five_parts_add_up_to_each_change() {
    let world = common::new_world();
    let orders = all_seats_change(&world);
    let rngs = Rngs::new(3);
    let a = attribute(&world, None, &orders, &rngs);
    assert_parts_sum(&a);
    // The all-causes counterfactual is the quarter itself.
    let (next, report) = resolve(&world, &orders, &mut rngs.clone());
    for (f, v) in a.figures.iter().zip(figures(&next, &report)) {
        assert_eq!((f.key.as_str(), f.after), (v.key.as_str(), v.value));
    }
    // Every seat moved something: some figure carries each seat's part.
    for (i, cause) in Cause::ALL.iter().take(4).enumerate() {
        assert!(
            a.figures.iter().any(|f| f.parts[i].abs() > 1e-6),
            "{cause:?} moved nothing"
        );
    }
    for key in [
        "score.oracle",
        "share.oracle",
        "bill.texas",
        "approval",
        "index",
    ] {
        assert!(a.figure(key).is_some(), "{key} missing");
    }
}

#[test]
fn a_seat_that_kept_its_orders_gets_nothing_and_a_lone_decision_gets_its_shapley_value() {
    let world = common::new_world();
    let mut orders = baseline_orders(&world);
    orders.oracle.bond_bn += 20.0;
    let rngs = Rngs::new(5);
    let a = attribute(&world, None, &orders, &rngs);
    assert_parts_sum(&a);
    // Two players, Oracle and the events: Oracle's part is the mean of its two marginal effects.
    let run = |o: &Orders, events| {
        let (w, r) = resolve_with(&world, o, &mut rngs.clone(), events);
        figures(&w, &r)
    };
    let base = baseline_orders(&world);
    let none = run(&base, Events::Off);
    let oracle = run(&orders, Events::Off);
    let events = run(&base, Events::Drawn);
    let both = run(&orders, Events::Drawn);
    let spread = a.figure("spread.oracle").unwrap();
    let i = none.iter().position(|v| v.key == "spread.oracle").unwrap();
    let expected = 0.5 * ((oracle[i].value - none[i].value) + (both[i].value - events[i].value));
    assert!(
        close(spread.parts[1], expected),
        "{} vs {expected}",
        spread.parts[1]
    );
    assert!(
        spread.parts[1].abs() > 0.0,
        "twenty billion of bonds moved no spread"
    );
    for f in &a.figures {
        for seat in [Seat::OpenAi, Seat::Utility, Seat::WhiteHouse] {
            assert_eq!(f.parts[seat.index()], 0.0, "{} credits {seat:?}", f.key);
        }
    }
}

#[test]
fn a_game_its_save_and_its_replay_explain_every_quarter_alike() {
    let mut game = Game::new(common::default_scenario(), 11);
    let mut controllers = Controllers::bots_except(None);
    let live = explain::play_out_explained(&mut game, &mut controllers, 4);
    assert_eq!(live.len(), 4);
    let bytes = SaveFile::from_game(&game, &SaveMeta::new(headless_roles(None)))
        .to_bytes()
        .unwrap();
    let save = SaveFile::from_bytes(&bytes, "a.json.gz".as_ref()).unwrap();
    let replay = Replay::run(save).unwrap();
    assert!(replay.is_exact());
    let (loaded, _) = Replay::run(SaveFile::from_bytes(&bytes, "a.json.gz".as_ref()).unwrap())
        .unwrap()
        .into_game()
        .unwrap();
    for (t, during_play) in live.iter().enumerate() {
        assert_parts_sum(during_play);
        assert_eq!(during_play.turn, t as u32);
        assert_eq!(Some(during_play), explain::quarter(&game, t).as_ref());
        assert_eq!(Some(during_play), explain::quarter(&loaded, t).as_ref());
        assert_eq!(
            Some(during_play),
            explain::quarter_in_replay(&replay, t).as_ref()
        );
    }
    assert_eq!(explain::last_quarter(&game).as_ref(), live.last());
    assert!(explain::quarter(&game, 4).is_none());
}

#[test]
fn a_later_quarter_starts_from_the_last_reports_figures() {
    let game = bot_game(3);
    let a = explain::quarter(&game, 2).unwrap();
    let prev = &game.turns[1].report;
    let score = prev.scores.seat(Seat::Oracle).unwrap().score;
    assert_eq!(a.figure("score.oracle").unwrap().before, score);
    let now = game
        .last_report()
        .unwrap()
        .scores
        .seat(Seat::Oracle)
        .unwrap()
        .score;
    assert_eq!(a.figure("score.oracle").unwrap().after, now);
}

#[test]
fn reserve_margins_bills_share_prices_spreads_and_ratings_split_their_drift_by_mechanism_and_add_up()
 {
    let game = bot_game(6);
    for quarter in 1..6 {
        let a = explain::quarter(&game, quarter).unwrap();
        let split: Vec<_> = a
            .figures
            .iter()
            .filter(|f| {
                ["reserve.", "bill.", "share.", "spread.", "rating."]
                    .iter()
                    .any(|k| f.key.starts_with(k))
                    && f.key != "spread.utility"
            })
            .collect();
        assert_eq!(split.len(), 2 * game.world.regions.len() + 3 * 4);
        for f in split {
            let mechanisms = match f.key.split('.').next() {
                Some("bill") => 5,
                Some("share" | "spread") => 7,
                // The spread's seven and agencies catching up.
                Some("rating") => 8,
                _ => 4,
            };
            assert_eq!(
                f.drift_parts.len(),
                mechanisms,
                "{} in quarter {quarter}",
                f.key
            );
            let sum: f64 = f.drift_parts.iter().map(|p| p.part).sum();
            assert!(close(sum, f.drift), "{}: {sum} vs {}", f.key, f.drift);
        }
    }
    // The opening's share prices and spreads record their inputs too, so the first quarter
    // splits them.
    let first = explain::quarter(&game, 0).unwrap();
    let opening = first
        .figures
        .iter()
        .filter(|f| f.key.starts_with("share.") || f.key.starts_with("spread."));
    for f in opening.filter(|f| f.key != "spread.utility") {
        let sum: f64 = f.drift_parts.iter().map(|p| p.part).sum();
        assert_eq!(f.drift_parts.len(), 7, "{} in the first quarter", f.key);
        assert!(close(sum, f.drift), "{}: {sum} vs {}", f.key, f.drift);
    }
}

#[test]
fn a_scores_drift_is_each_parts_own_drift() {
    let game = bot_game(6);
    for quarter in 0..6 {
        let a = explain::quarter(&game, quarter).unwrap();
        for seat in Seat::ALL {
            let key = format!("score.{}", seat.id());
            let score = a.figure(&key).unwrap();
            let parts = game.turns[quarter]
                .report
                .scores
                .seat(seat)
                .unwrap()
                .parts
                .len();
            assert!(
                score.drift_parts.len() >= parts,
                "{key} in quarter {quarter}"
            );
            for part in &score.drift_parts {
                assert!(part.mechanism.starts_with("score-"), "{}", part.mechanism);
            }
            let sum: f64 = score.drift_parts.iter().map(|p| p.part).sum();
            assert!(close(sum, score.drift), "{key}: {sum} vs {}", score.drift);
        }
    }
}

#[test]
fn approvals_drift_is_its_step_term_by_term() {
    let game = bot_game(6);
    let reversion = game.world.params.politics.reversion;
    for quarter in 0..6 {
        let a = explain::quarter(&game, quarter).unwrap();
        let approval = a.figure("approval").unwrap();
        let names: Vec<&str> = approval
            .drift_parts
            .iter()
            .map(|p| p.mechanism.as_str())
            .collect();
        assert_eq!(names.len(), 8, "quarter {quarter}: {names:?}");
        assert_eq!(names[0], "drift-approval-anchor");
        let sum: f64 = approval.drift_parts.iter().map(|p| p.part).sum();
        assert!(close(sum, approval.drift), "{sum} vs {}", approval.drift);
        // Approval settles towards its resting level: the part is the share of the gap closed
        // each quarter, down when it stands above the level.
        let anchor = game.world.params.politics.approval_anchor * 100.0;
        let settling = approval.drift_parts[0].part;
        assert!(
            close(settling, reversion * (anchor - approval.before)),
            "quarter {quarter}: {settling} from {} towards {anchor}",
            approval.before
        );
    }
}

#[test]
fn the_jobs_drift_is_the_share_of_each_term_of_their_level_closed_in_a_quarter() {
    let game = bot_game(6);
    for quarter in 0..6 {
        let a = explain::quarter(&game, quarter).unwrap();
        let jobs = a.figure("jobs").unwrap();
        assert_eq!(jobs.drift_parts.len(), 5, "quarter {quarter}");
        assert_eq!(jobs.drift_parts[4].mechanism, "drift-jobs-grants");
        let sum: f64 = jobs.drift_parts.iter().map(|p| p.part).sum();
        assert!(
            close(sum, jobs.drift),
            "quarter {quarter}: {sum} vs {}",
            jobs.drift
        );
        // Protection can only add jobs, dearer inputs and retaliation only take them away.
        assert!(jobs.drift_parts[1].part >= 0.0, "{:?}", jobs.drift_parts);
        assert!(jobs.drift_parts[2].part <= 0.0 && jobs.drift_parts[3].part <= 0.0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn parts_add_up_for_any_orders(orders in common::orders(3), seed in 0u64..1000) {
        let world = common::new_world();
        let a = attribute(&world, None, &orders, &Rngs::new(seed));
        for f in &a.figures {
            let sum = f.drift + f.parts.iter().sum::<f64>();
            prop_assert!(close(sum, f.change()), "{}: {} vs {}", f.key, sum, f.change());
        }
    }
}

fn sim_json(args: &[&str]) -> serde_json::Value {
    let out = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .arg("sim")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn sim_json_carries_each_quarters_contributions() {
    let doc = sim_json(&["--seed", "7", "--turns", "3", "--json"]);
    let quarters = doc["contributions"].as_array().expect("contributions");
    assert_eq!(quarters.len(), 3);
    let game = {
        let mut g = Game::new(common::default_scenario(), 7);
        play_out(&mut g, &mut Controllers::with_bots(None, &[]), 3);
        g
    };
    for (t, q) in quarters.iter().enumerate() {
        assert_eq!(q["turn"], t as u64);
        let expected = explain::quarter(&game, t).unwrap();
        let rows = q["figures"].as_array().unwrap();
        assert_eq!(rows.len(), expected.figures.len());
        for (row, f) in rows.iter().zip(&expected.figures) {
            assert_eq!(row["key"], f.key.as_str());
            let num = |k: &str| row[k].as_f64().unwrap();
            let causes = ["openai", "oracle", "utility", "whitehouse", "events"];
            for (cause, part) in causes.iter().zip(f.parts) {
                assert_eq!(num(cause), part, "{} {cause}", f.key);
            }
            let sum: f64 = causes.iter().map(|c| num(c)).sum::<f64>() + num("drift");
            assert!(close(sum, num("change")), "{}", f.key);
            // Drift's mechanisms, where a figure has them, as the engine split it.
            let parts = row["drift_parts"]
                .as_array()
                .map_or(&[][..], |p| p.as_slice());
            assert_eq!(parts.len(), f.drift_parts.len(), "{}", f.key);
            for (part, expected) in parts.iter().zip(&f.drift_parts) {
                assert_eq!(part["mechanism"], expected.mechanism.as_str());
                assert_eq!(part["part"].as_f64().unwrap(), expected.part);
            }
        }
        let share = rows.iter().find(|r| r["key"] == "share.oracle").unwrap();
        assert_eq!(share["drift_parts"].as_array().map(Vec::len), Some(7));
    }
    // Many games summarise; they carry no per-quarter contributions.
    let many = sim_json(&["--seed", "7", "--turns", "2", "--runs", "2", "--json"]);
    assert!(many.get("contributions").is_none());
}

#[test]
fn a_quarter_played_on_a_world_changed_by_hand_is_not_explained_from_the_orders_alone() {
    let mut game = bot_game(2);
    overbuild::save::apply_override(
        &mut game,
        "/regions/0/retail/bill_month",
        &serde_json::json!(999.0),
    )
    .unwrap();
    play_out(&mut game, &mut Controllers::bots_except(None), 1);
    assert!(explain::quarter(&game, 1).is_some());
    assert!(
        explain::quarter(&game, 2).is_none(),
        "the replay from the orders misses the override"
    );
}

#[test]
fn a_ratings_drift_names_the_spread_inputs_and_agencies_catching_up() {
    // Oracle rated four notches better than its agencies aim for (BBB at the start): with no
    // seat's new orders and its spread's inputs barely moving, agencies close half the gap.
    let mut world = common::new_world();
    let bbb = world.company(CompanyId::Oracle).rating.notch();
    world.company_mut(CompanyId::Oracle).rating = Rating::from_notch(bbb - 4);
    let orders = baseline_orders(&world);
    let a = attribute(&world, None, &orders, &Rngs::new(3));
    let rating = a.figure("rating.oracle").unwrap();
    assert_eq!(rating.drift, 2.0, "{rating:?}");
    let sum: f64 = rating.drift_parts.iter().map(|p| p.part).sum();
    assert!(close(sum, rating.drift), "{rating:?}");
    let catch_up = rating.drift_parts.last().unwrap();
    assert_eq!(catch_up.mechanism, "drift-rating-catches-up");
    assert_eq!(catch_up.part, 2.0, "{rating:?}");
    // Rated where the agencies aim, nothing catches up.
    let world = common::new_world();
    let a = attribute(&world, None, &baseline_orders(&world), &Rngs::new(3));
    let rating = a.figure("rating.oracle").unwrap();
    assert_eq!(rating.drift_parts.last().unwrap().part, 0.0, "{rating:?}");
    // A rating that did not move has no mechanism to show.
    if rating.drift == 0.0 {
        assert_eq!(rating.drift_mechanisms().count(), 0, "{rating:?}");
    }
}
