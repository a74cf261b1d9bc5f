//! Expert bots: deterministic for a seed, within their budget, with a reason for each move,
//! steady in their rules, and better than the hard bot they build on.

mod common;

use common::*;
use overbuild::bots::{self, BotSpec, Level, planner::HORIZON_Q};
use overbuild::engine::orders::{Carry, field_differs, fields};
use overbuild::engine::resolve::resolves_on_this_thread;
use overbuild::engine::{Seat, SeatOrders};
use overbuild::game::{Controllers, Game, play_out};

const THINK: u32 = 24;

fn expert(seat: Seat, think: u32) -> BotSpec {
    BotSpec {
        level: Level::Expert(think),
        ..bots::hard(seat)
    }
}

/// A game three quarters in, hard bots everywhere.
fn game_in_play(seed: u64) -> Game {
    let mut game = Game::new(default_scenario(), seed);
    let specs: Vec<BotSpec> = Seat::ALL.into_iter().map(bots::hard).collect();
    play_out(&mut game, &mut Controllers::with_bots(None, &specs), 3);
    game
}

#[test]
fn expert_specs_parse_and_bad_budgets_are_refused() {
    let spec: BotSpec = "oracle=cautious:expert".parse().unwrap();
    assert_eq!(spec.level, Level::Expert(bots::expert::DEFAULT_THINK));
    assert_eq!(
        spec.role(),
        BotSpec {
            level: Level::Expert(5),
            ..spec.clone()
        }
        .role()
    );
    for bad in ["0", "-3", "many"] {
        let err = bots::parse_think(bad).unwrap_err();
        assert!(err.contains(bad) && err.contains("positive"), "{err}");
    }
    assert_eq!(bots::parse_think("250"), Ok(250));
    let err = "oracle=cautious:genius".parse::<BotSpec>().unwrap_err();
    assert!(err.contains("expert"), "{err}");
}

#[test]
fn an_expert_decides_the_same_for_the_same_game_and_within_its_budget() {
    let game = game_in_play(11);
    for seat in Seat::ALL {
        let mut first = bots::make(&expert(seat, THINK));
        let before = resolves_on_this_thread();
        let a = bots::decide_in(first.as_mut(), &game.world, seat);
        let spent = resolves_on_this_thread() - before;
        assert!(spent > 0, "{seat}: the expert never ran the engine");
        assert!(
            spent <= u64::from(THINK * HORIZON_Q),
            "{seat}: {spent} quarters resolved for a budget of {THINK} plans"
        );
        let plan = first.reason().expect("an expert keeps its plan");
        assert!(
            plan.evaluations <= THINK && plan.evaluations > THINK / 2,
            "{seat}: {plan:?}"
        );
        let b = bots::decide_in(bots::make(&expert(seat, THINK)).as_mut(), &game.world, seat);
        assert_eq!(a, b, "{seat}: two experts disagreed on one game");
    }
}

#[test]
fn an_expert_move_names_its_order_and_gain() {
    let game = game_in_play(5);
    let mut named = 0;
    let mut with_effects = 0;
    for seat in Seat::ALL {
        let mut bot = bots::make(&expert(seat, 60));
        let orders = bots::decide_in(bot.as_mut(), &game.world, seat);
        let plan = bot.reason().unwrap();
        assert_eq!(plan.orders, orders);
        if let Some(key) = plan.key {
            named += 1;
            assert!(
                plan.gain > 0.0,
                "{seat}: moved {key} expecting {}",
                plan.gain
            );
            assert_ne!(plan.from, plan.to, "{seat}: {key} did not change");
            let parts = overbuild::engine::score::seat_score(&game.world, seat).parts;
            assert!(plan.effects.len() <= 2, "{seat}: {:?}", plan.effects);
            for pair in plan.effects.windows(2) {
                assert!(
                    pair[0].points.abs() >= pair[1].points.abs(),
                    "{seat}: {:?}",
                    plan.effects
                );
            }
            for e in &plan.effects {
                assert!(parts.iter().any(|p| p.key == e.part), "{seat}: {}", e.part);
                assert!(e.points.abs() >= 0.1, "{seat}: {} {}", e.part, e.points);
            }
            with_effects += usize::from(!plan.effects.is_empty());
        } else {
            assert_eq!(plan.gain, 0.0);
            assert!(plan.effects.is_empty(), "{seat}: {:?}", plan.effects);
        }
    }
    assert!(named > 0, "no expert found a move worth making");
    assert!(
        with_effects > 0,
        "no move named the parts of the score it moves"
    );
}

#[test]
fn an_expert_never_plans_with_another_seats_hidden_obligations() {
    // Oracle draws its credit line to the hilt, so agencies downgrade it in the plans' first
    // quarter and their scrutiny would bring any hidden obligations out.
    let mut open_world = game_in_play(7).world;
    open_world
        .company_mut(overbuild::engine::CompanyId::Oracle)
        .revolver_bn += 150.0;
    let mut hiding = open_world.clone();
    hiding
        .company_mut(overbuild::engine::CompanyId::Oracle)
        .off_balance_bn += 200.0;
    for seat in [Seat::OpenAi, Seat::Utility, Seat::WhiteHouse] {
        let mut bot = bots::make(&expert(seat, THINK));
        let open = bots::decide_in(bot.as_mut(), &open_world, seat);
        let open_plan = bot.reason().unwrap();
        let mut bot = bots::make(&expert(seat, THINK));
        let hidden = bots::decide_in(bot.as_mut(), &hiding, seat);
        assert_eq!(
            open, hidden,
            "{seat} planned with Oracle's hidden obligations"
        );
        assert_eq!(open_plan, bot.reason().unwrap(), "{seat}");
    }
}

/// Rule fields that went A → B → A over three quarters running.
fn flips(history: &[SeatOrders]) -> Vec<String> {
    let Some(first) = history.first() else {
        return Vec::new();
    };
    let rules: Vec<_> = fields(first.seat())
        .iter()
        .filter(|f| f.carry == Carry::Rule)
        .collect();
    let mut found = Vec::new();
    for w in history.windows(3) {
        for f in &rules {
            if field_differs(&w[0], &w[1], f.key) && !field_differs(&w[0], &w[2], f.key) {
                found.push(f.key.to_string());
            }
        }
    }
    found
}

#[test]
fn expert_bots_never_flip_a_rule_back_and_forth() {
    for (level, seeds) in [(Level::Expert(THINK), 0..2u64)] {
        for seed in seeds {
            let specs: Vec<BotSpec> = Seat::ALL
                .into_iter()
                .map(|s| BotSpec {
                    level,
                    ..bots::hard(s)
                })
                .collect();
            let mut game = Game::new(default_scenario(), seed);
            play_out(&mut game, &mut Controllers::with_bots(None, &specs), 12);
            for seat in Seat::ALL {
                let history: Vec<SeatOrders> =
                    game.turns.iter().map(|t| t.orders.seat(seat)).collect();
                let found = flips(&history);
                assert!(
                    found.is_empty(),
                    "{}:{seat} seed {seed} flipped {found:?}",
                    level.id()
                );
            }
        }
    }
}

/// OpenAI's final score with its expert or its hard bot, hard bots elsewhere.
fn openai_final(seed: u64, level: Level) -> f64 {
    let mut specs = vec![BotSpec {
        level,
        ..bots::hard(Seat::OpenAi)
    }];
    specs.extend(Seat::ALL.into_iter().skip(1).map(bots::hard));
    let mut game = Game::new(default_scenario(), seed);
    play_out(&mut game, &mut Controllers::with_bots(None, &specs), 16);
    overbuild::engine::score::seat_score(&game.world, Seat::OpenAi).score
}

#[test]
fn openais_expert_beats_its_hard_bot_on_paired_seeds() {
    let gains: Vec<f64> = (0..3u64)
        .map(|seed| openai_final(seed, Level::Expert(16)) - openai_final(seed, Level::Hard))
        .collect();
    let wins = gains.iter().filter(|g| **g > 0.0).count();
    assert!(wins >= 2, "expert gains over hard: {gains:?}");
    assert!(gains.iter().sum::<f64>() > 0.0, "{gains:?}");
}

/// A game of `turns` with an expert at `seat` and baseline bots elsewhere, its reasons kept as
/// plain mode and the TUI keep them.
fn game_with_reasons(seat: Seat, turns: u32) -> (Game, overbuild::save::SaveMeta) {
    let mut game = Game::new(default_scenario(), 5);
    let mut controllers = Controllers::with_bots(None, &[expert(seat, THINK)]);
    let mut meta = overbuild::save::SaveMeta::new(Seat::ALL.map(|s| {
        controllers
            .spec(s)
            .map_or_else(overbuild::game::SeatRole::baseline_bot, BotSpec::role)
    }));
    for turn in 0..turns {
        let orders = controllers.all_orders(&game);
        game.play(orders);
        for s in Seat::ALL {
            let reason = controllers.reason(s).expect("every bot move has a reason");
            meta.reasons.push(overbuild::save::ReasonEntry {
                turn,
                seat: s,
                reason,
            });
        }
    }
    (game, meta)
}

#[test]
fn reasons_travel_in_the_save_and_the_debrief_tells_them_in_both_languages() {
    let (game, meta) = game_with_reasons(Seat::Utility, 2);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reasons.json.gz");
    overbuild::save::SaveFile::from_game(&game, &meta)
        .write(&path)
        .unwrap();
    let replay = overbuild::save::Replay::load(&path).unwrap();
    assert_eq!(replay.save.meta().reasons, meta.reasons);
    let utility = &meta
        .reasons
        .iter()
        .find(|r| r.seat == Seat::Utility)
        .unwrap();
    assert_eq!(utility.reason.level, "expert");
    assert_eq!(utility.reason.plans, Some(THINK));
    use overbuild::i18n::Lang;
    use overbuild::report::{Format, render};
    let en = render(&replay, Format::Md, Lang::En);
    assert!(en.contains("Bots' reasons"), "{en}");
    assert!(en.contains(&format!(
        "Utility (expert · ratepayer), {THINK} plans weighed"
    )));
    assert!(en.contains("OpenAI (normal · baseline)"));
    let zh = render(&replay, Format::Md, Lang::ZhHant);
    assert!(zh.contains("電腦玩家的理由"));
    assert!(zh.contains(&format!("權衡了 {THINK} 個方案")));
    // A save without reasons (older) has no such section.
    let bare = overbuild::save::SaveMeta::new(meta.roles.clone());
    let old = dir.path().join("old.json.gz");
    overbuild::save::SaveFile::from_game(&game, &bare)
        .write(&old)
        .unwrap();
    let old = render(
        &overbuild::save::Replay::load(&old).unwrap(),
        Format::Md,
        Lang::En,
    );
    assert!(!old.contains("Bots' reasons"));
}
