//! Replays: forks reproduce the original when nothing changes, comparisons find the first
//! difference, facilitator overrides replay, and every example save in saves/ verifies.

mod save_support;

use overbuild::engine::{Seat, state_hash};
use overbuild::game::{Controllers, play_out};
use overbuild::i18n::Lang;
use overbuild::report::{self, Format};
use overbuild::save::{
    FacilitatorAction, FacilitatorEntry, Intent, Replay, SaveError, SaveFile, SaveMeta, SeatIntent,
    compare, verify,
};
use save_support::*;

#[test]
fn a_fork_with_the_same_orders_reproduces_the_original_exactly() {
    let (game, roles) = scripted_game(9, 16);
    let replay = Replay::run(save_of(&game, roles)).unwrap();
    for at in [0, 1, 7, 15, 16] {
        let (mut fork, meta) = replay.fork(at).unwrap();
        assert_eq!(fork.turns.len(), at);
        assert_eq!(meta.forked_from.as_ref().map(|f| f.turn), Some(at as u32));
        for turn in &game.turns[at..] {
            fork.play(turn.orders.clone());
        }
        let hashes: Vec<&String> = fork.turns.iter().map(|t| &t.hash).collect();
        let original: Vec<&String> = game.turns.iter().map(|t| &t.hash).collect();
        assert_eq!(hashes, original, "fork at {at}");
        assert_eq!(state_hash(&fork.world), state_hash(&game.world));
        assert_eq!(
            fork.turns.last().map(|t| &t.report),
            game.turns.last().map(|t| &t.report)
        );
    }
    assert!(replay.fork(17).is_none());
}

#[test]
fn a_fork_played_on_by_the_same_bots_reproduces_the_bot_game() {
    let game = bot_game(12, 16);
    let replay = Replay::run(save_of(&game, roles())).unwrap();
    let (mut fork, _) = replay.fork(6).unwrap();
    play_out(&mut fork, &mut Controllers::bots_except(None), 16);
    assert_eq!(fork.turns.len(), 16);
    assert_eq!(state_hash(&fork.world), state_hash(&game.world));
}

#[test]
fn a_fork_with_a_changed_decision_goes_its_own_way() {
    let game = bot_game(12, 8);
    let replay = Replay::run(save_of(&game, roles())).unwrap();
    let (mut fork, _) = replay.fork(4).unwrap();
    let mut orders = game.turns[4].orders.clone();
    orders.whitehouse.relief_bn = 50.0;
    fork.play(orders);
    assert_eq!(fork.turns[3].hash, game.turns[3].hash);
    assert_ne!(fork.turns[4].hash, game.turns[4].hash);
}

#[test]
fn worlds_step_back_and_forth_as_they_stood() {
    let game = bot_game(2, 5);
    let replay = Replay::run(save_of(&game, roles())).unwrap();
    assert_eq!(replay.len(), 5);
    assert_eq!(state_hash(replay.world(0).unwrap()), game.start_hash);
    for t in 1..=5 {
        assert_eq!(state_hash(replay.world(t).unwrap()), game.turns[t - 1].hash);
        assert_eq!(replay.turn(t - 1).unwrap().report, game.turns[t - 1].report);
    }
    assert!(replay.world(6).is_none());
}

#[test]
fn comparing_a_game_with_itself_and_with_another() {
    let a = save_of(&bot_game(1, 6), roles());
    let params = a.scenario().unwrap().params;
    let same = compare(&a, &a, &params).unwrap();
    assert_eq!(same.turns.len(), 6);
    assert_eq!(same.first_difference(), None);
    assert!(
        same.turns
            .iter()
            .all(|t| t.differing_metrics().count() == 0)
    );

    // The same seed and orders until quarter 3, then the White House pays relief.
    let replay = Replay::run(a.clone()).unwrap();
    let (mut fork, meta) = replay.fork(2).unwrap();
    for (i, turn) in a.turns[2..].iter().enumerate() {
        let mut orders = turn.orders.clone();
        if i == 0 {
            orders.whitehouse.relief_bn = 30.0;
        }
        fork.play(orders);
    }
    let b = SaveFile::from_game(&fork, &meta);
    let c = compare(&a, &b, &params).unwrap();
    assert_eq!(c.first_difference(), Some(3));
    let third = &c.turns[2];
    assert_eq!(third.orders.len(), 1);
    assert_eq!(third.orders[0].seat, Seat::WhiteHouse);
    assert_eq!(third.orders[0].key, "relief_bn");
    assert!(third.differing_metrics().any(|m| m.key == "approval"));
    assert!(c.turns[1].is_identical());

    // A shorter game: the missing quarters are one-sided.
    let short = save_of(&bot_game(1, 4), roles());
    let c = compare(&a, &short, &params).unwrap();
    assert_eq!(c.first_difference(), Some(5));
    assert!(c.turns[4].in_a && !c.turns[4].in_b);
}

#[test]
fn games_of_different_scenarios_do_not_compare() {
    let a = save_of(&bot_game(1, 2), roles());
    let mut b = a.clone();
    b.scenario.hash = "f".repeat(64);
    let params = a.scenario().unwrap().params;
    let err = compare(&a, &b, &params).unwrap_err();
    assert!(matches!(err, SaveError::Refused { .. }));
    assert!(
        err.to_string()
            .contains("only games of the same scenario compare")
    );
}

#[test]
fn facilitator_overrides_replay_and_rewinds_are_kept_for_the_debrief() {
    let mut game = bot_game(7, 3);
    overbuild::save::apply_override(
        &mut game,
        "/regions/1/retail/bill_month",
        &serde_json::json!(400.0),
    )
    .unwrap();
    let orders = game.world.last_orders.clone();
    game.play(orders);
    let mut meta = SaveMeta::new(roles());
    meta.facilitator = vec![
        FacilitatorEntry {
            turn: 2,
            action: FacilitatorAction::Override {
                pointer: "/regions/1/retail/bill_month".into(),
                value: serde_json::json!(400.0),
                reason: "the state regulator froze bills".into(),
            },
        },
        FacilitatorEntry {
            turn: 3,
            action: FacilitatorAction::Rewound {
                orders: Box::new(game.turns[3].orders.clone()),
                hash: "abc".into(),
                reason: "Oracle mistyped its bond issue".into(),
                intents: vec![SeatIntent {
                    seat: Seat::Oracle,
                    intent: Intent {
                        text: "borrow before spreads widen".into(),
                        expect: None,
                    },
                }],
            },
        },
        FacilitatorEntry {
            turn: 4,
            action: FacilitatorAction::Note {
                text: "paused for lunch".into(),
            },
        },
    ];
    let save = SaveFile::from_game(&game, &meta);
    assert_eq!(save.turns[2].facilitator.len(), 1);
    assert_eq!(
        save.pending.len(),
        1,
        "the note belongs to the quarter being played"
    );
    let loaded = SaveFile::from_bytes(&save.to_bytes().unwrap(), "w.json.gz".as_ref()).unwrap();
    assert_eq!(loaded.facilitator_entries(), meta.facilitator);
    let result = verify(&loaded).unwrap();
    assert!(result.divergence.is_none(), "{:?}", result.divergence);
    // The debrief says what the seat meant by the orders taken back.
    let debrief = report::render(&Replay::run(loaded.clone()).unwrap(), Format::Md, Lang::En);
    assert!(
        debrief.contains("Oracle had meant the orders taken back to “borrow before spreads widen”"),
        "{debrief}"
    );

    // Without the override the hashes no longer match from that quarter on.
    let mut without = loaded.clone();
    without.turns[2].facilitator.clear();
    assert_eq!(verify(&without).unwrap().divergence.unwrap().after_turn, 3);

    // An override that no longer applies is a bad file, not a panic.
    let mut broken = loaded;
    broken.turns[2].facilitator[0] = FacilitatorAction::Override {
        pointer: "/nowhere".into(),
        value: serde_json::json!(1),
        reason: String::new(),
    };
    let err = verify(&broken).unwrap_err().to_string();
    assert!(err.contains("quarter 3: override /nowhere"), "{err}");
}

/// The example saves go stale whenever the rules or the default scenario change: this test
/// says so, and `saves/regenerate.sh` makes them again.
#[test]
fn every_example_save_replays_exactly() {
    let files = example_saves();
    assert!(
        files.len() >= 2,
        "saves/ should hold at least two example saves"
    );
    for path in files {
        let save = SaveFile::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let result = verify(&save).unwrap_or_else(|e| {
            panic!("{e}\nThe rules or the scenario changed: run saves/regenerate.sh")
        });
        assert!(
            result.divergence.is_none(),
            "{}: diverges at {}\nThe rules changed: run saves/regenerate.sh",
            path.display(),
            result.divergence.unwrap().describe()
        );
        assert_eq!(result.turns, save.turns.len());
    }
}
