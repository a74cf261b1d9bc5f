//! The political economy: a federal budget whose deficits raise Treasury yields, tariffs with
//! their costs and retaliation, statements that spend credibility, and an event deck that
//! follows the seasons. Lever tests play the same seeds twice, one order changed.

mod common;

use overbuild::engine::events;
use overbuild::engine::finance::credibility::{self, Speaker};
use overbuild::engine::ids::Date;
use overbuild::engine::ledger::{Account, Flow};
use overbuild::engine::orders::{CustomCard, Inject, Statement};
use overbuild::engine::params::Effect;
use overbuild::engine::politics::trade;
use overbuild::engine::{CompanyId, Orders, Rngs, World, resolve};
use overbuild::game::Game;
use overbuild::scenario::Scenario;

const SEEDS: u64 = 20;

/// Plays the historical orders with `change` applied to every turn's orders, for `turns`.
fn play(scenario: &Scenario, seed: u64, turns: u32, change: &dyn Fn(&mut Orders, u32)) -> Game {
    common::play_historical(scenario, seed, turns, change)
}

/// Seeds (of SEEDS) where `metric` is higher with `change` than without, and the pairs.
fn count_higher(
    turns: u32,
    base: &dyn Fn(&mut Orders, u32),
    change: &dyn Fn(&mut Orders, u32),
    metric: &dyn Fn(&Game) -> f64,
) -> (u64, Vec<(f64, f64)>) {
    let s = common::default_scenario();
    let mut higher = 0;
    let mut pairs = Vec::new();
    for seed in 0..SEEDS {
        let a = metric(&play(&s, seed, turns, base));
        let b = metric(&play(&s, seed, turns, &|o, t| {
            base(o, t);
            change(o, t)
        }));
        higher += u64::from(b > a);
        pairs.push((a, b));
    }
    (higher, pairs)
}

fn most(name: &str, count: u64, pairs: &[(f64, f64)]) {
    assert!(
        count * 4 >= SEEDS * 3,
        "{name}: only {count} of {SEEDS} seeds: {pairs:?}"
    );
}

fn nothing(_: &mut Orders, _: u32) {}

#[test]
fn deficits_raise_treasury_yields_and_what_builders_pay() {
    let spend = |o: &mut Orders, _: u32| {
        o.whitehouse.subsidy_bn = 50.0;
        o.whitehouse.relief_bn = 50.0;
    };
    // Before the midterms, while Congress funds the programmes.
    let (higher, pairs) = count_higher(6, &nothing, &spend, &|g| g.world.market.risk_free);
    assert_eq!(higher, SEEDS, "risk-free rate: {pairs:?}");
    let (dearer, pairs) = count_higher(6, &nothing, &spend, &|g| {
        overbuild::engine::finance::coupon(&g.world, CompanyId::Hyperscalers)
    });
    eprintln!("yields higher in {higher}, hyperscaler coupon higher in {dearer} of {SEEDS}");
    most("hyperscaler coupon", dearer, &pairs);
    let (owed, pairs) = count_higher(6, &nothing, &spend, &|g| g.world.politics.debt_bn);
    assert_eq!(owed, SEEDS, "programme debt: {pairs:?}");
}

/// The first quarter on one seed, from the opening world and from one whose last four quarters
/// ran deficits of 2% of GDP a year, as markets and voters last saw them.
fn without_and_with_deficits(s: &overbuild::scenario::Scenario, seed: u64) -> (World, World) {
    let world = World::new(s.params.clone(), s.hash.clone());
    let mut indebted = world.clone();
    indebted.politics.deficit_history = vec![0.02 * 29_000.0 / 4.0; 4];
    let (a, _) = resolve(&world, &Orders::default(), &mut Rngs::new(seed));
    let (b, _) = resolve(&indebted, &Orders::default(), &mut Rngs::new(seed));
    (a, b)
}

#[test]
fn the_deficit_weighs_on_approval_a_quarter_later() {
    let s = common::default_scenario();
    let mut lower = 0;
    for seed in 0..SEEDS {
        let (a, b) = without_and_with_deficits(&s, seed);
        lower += u64::from(b.politics.approval < a.politics.approval);
    }
    assert_eq!(lower, SEEDS);
}

#[test]
fn the_deficits_yields_discount_the_rest_of_the_market() {
    let s = common::default_scenario();
    for seed in 0..SEEDS {
        let (a, b) = without_and_with_deficits(&s, seed);
        let premium = b.politics.yield_premium_bp - a.politics.yield_premium_bp;
        assert!(premium > 20.0, "{premium} bp");
        // Bernanke & Kuttner's ~4% of value per point of yield, on the same seed's market.
        let expected = 1.0 - s.params.politics.equity_loss_per_yield_point * premium / 100.0;
        let ratio = b.market.non_ai_cap_bn / a.market.non_ai_cap_bn;
        assert!((ratio - expected).abs() < 0.002, "{ratio} vs {expected}");
    }
}

#[test]
fn relief_paid_every_quarter_lifts_approval_less_as_households_get_used_to_it() {
    let none = |o: &mut Orders, _: u32| o.whitehouse.relief_bn = 0.0;
    let always = |o: &mut Orders, _: u32| o.whitehouse.relief_bn = 50.0;
    let s = common::default_scenario();
    let mut faded = 0;
    let mut gaps = Vec::new();
    for seed in 0..SEEDS {
        let a = play(&s, seed, 12, &none);
        let b = play(&s, seed, 12, &always);
        let gap =
            |t: usize| b.turns[t].report.politics.approval - a.turns[t].report.politics.approval;
        // A lift at first, most of it gone two and a half years on.
        faded += u64::from(gap(2) > 0.01 && gap(11) < 0.5 * gap(2));
        gaps.push((gap(2), gap(11)));
    }
    most("relief fades", faded, &gaps);
}

/// Voters judge on what they feel near the vote: election-year income growth moves the
/// presidential vote, earlier growth barely (Achen and Bartels, Democracy for Realists, 2016,
/// ch. 6). The same $30B of relief paid the quarter before the midterms (2026 Q3) wins more
/// seats than paid a year earlier, as approval settles back between.
#[test]
fn relief_just_before_the_midterms_wins_more_seats_than_a_year_earlier() {
    const MIDTERM_TURN: usize = 7;
    let relief_at = |paid: u32| {
        move |o: &mut Orders, turn: u32| {
            o.whitehouse.relief_bn = if turn == paid { 30.0 } else { 0.0 };
        }
    };
    let seats = |g: &Game| {
        let election = g.turns[MIDTERM_TURN].report.politics.election.clone();
        f64::from(
            election
                .expect("the midterms are held in 2026 Q4")
                .seats_won,
        )
    };
    let (higher, pairs) = count_higher(8, &relief_at(2), &relief_at(6), &seats);
    most("relief before the vote wins seats", higher, &pairs);
}

/// A grant builds a plant that keeps its workers: a one-off $20B of grants in the first quarter
/// still holds its manufacturing jobs three years on, and only the manufacturing part of the
/// money counts (grants to data-center builders employ few people once the halls stand).
#[test]
fn a_one_off_grant_keeps_its_manufacturing_jobs_after_the_money_stops() {
    let grant = |o: &mut Orders, turn: u32| {
        if turn == 0 {
            o.whitehouse.subsidy_bn += 20.0;
        }
    };
    let s = common::default_scenario();
    let p = &s.params.politics;
    let funded = p.jobs_per_subsidy_bn_k * 20.0 * p.subsidy_manufacturing_share;
    for seed in 0..4 {
        let a = play(&s, seed, 12, &nothing);
        let b = play(&s, seed, 12, &grant);
        let gained = b.world.politics.jobs_k - a.world.politics.jobs_k;
        // Jobs close 15% of their gap a quarter: after eleven more quarters about 83% is there.
        assert!(
            gained > 0.75 * funded && gained <= funded + 1e-9,
            "seed {seed}: {gained:.2}k jobs against {funded:.2}k funded"
        );
    }
}

/// A dollar of grants builds a plant of the same size however many were built before: four
/// quarters of $50B add four times one quarter's plants to transformer capacity, where
/// compounding on the capacity already there would add a fifth more.
#[test]
fn grants_add_plants_rather_than_compound_capacity() {
    use overbuild::engine::ids::Good;
    let s = common::default_scenario();
    let start_q = s.params.supply.get(Good::Transformer).capacity_q;
    let funded = |turns: u32| {
        let capacity = |g: &Game| g.world.supply.get(Good::Transformer).capacity_q;
        let grants = play(&s, 1, turns, &|o, _| o.whitehouse.subsidy_bn = 50.0);
        capacity(&grants) - capacity(&play(&s, 1, turns, &nothing))
    };
    let per_quarter = start_q
        * overbuild::engine::politics::budget::SUBSIDY_CAPACITY_PER_BN
        * 50.0
        * s.params.politics.subsidy_manufacturing_share;
    let (one, four) = (funded(1), funded(4));
    // Each quarter's plants then grow with the industry's own expansions (2% a quarter).
    assert!(
        one >= per_quarter * (1.0 - 1e-9) && one <= per_quarter * 1.03,
        "{one} vs {per_quarter}"
    );
    assert!(four <= 4.0 * per_quarter * 1.07, "{four} vs {per_quarter}");
}

/// Relief paid with borrowed money raises the prices households feel, a year's deficit adding
/// `politics.inflation_per_deficit_point` points per point of GDP, with a lag; so the same
/// relief wins less approval than it would in an economy with slack.
#[test]
fn deficit_financed_relief_raises_the_inflation_households_feel() {
    let s = common::default_scenario();
    let slack = common::scenario_with(|p| p.politics.inflation_per_deficit_point = 0.0);
    let relief = |o: &mut Orders, _: u32| o.whitehouse.relief_bn = 50.0;
    for seed in 0..4 {
        let base = play(&s, seed, 8, &nothing);
        let paid = play(&s, seed, 8, &relief);
        let last = |g: &Game| g.turns.last().unwrap().report.politics.clone();
        let (b, r) = (last(&base), last(&paid));
        let points = overbuild::engine::politics::budget::deficit_gdp_points(&paid.world)
            - overbuild::engine::politics::budget::deficit_gdp_points(&base.world);
        // $200B a year is about 0.7% of GDP: some 0.14 points of inflation, most of it felt.
        let added = r.fiscal_inflation - b.fiscal_inflation;
        assert!(points > 0.5, "seed {seed}: {points} points of GDP");
        assert!(
            (added - 0.2 * points / 100.0).abs() < 0.05 * points / 100.0,
            "seed {seed}: {added} against {points} points"
        );
        let felt = r.inflation_felt - b.inflation_felt;
        assert!(
            felt > 0.5 * added && felt <= added * 1.01,
            "seed {seed}: {felt} of {added}"
        );
        let in_slack = play(&slack, seed, 8, &relief);
        assert!(
            paid.world.politics.approval < in_slack.world.politics.approval,
            "seed {seed}: inflation cost the relief nothing"
        );
    }
}

#[test]
fn budget_cost_is_this_quarter_and_cumulative() {
    let s = common::default_scenario();
    let game = play(&s, 3, 4, &|o, _| {
        o.whitehouse.relief_bn = 10.0;
        o.whitehouse.loan_guarantee_bn = 20.0;
    });
    let q = &game.turns[3].report.politics;
    let rate = s.params.politics.guarantee_subsidy_rate;
    assert!(q.budget.cost_bn >= 10.0 + 20.0 * rate - 1e-9, "{q:?}");
    assert!(q.budget_cost_bn > 3.0 * q.budget.cost_bn, "{q:?}");
    let deficit = q.budget.cost_bn - q.budget.tariff_revenue_bn;
    assert!((q.budget.deficit_bn - deficit).abs() < 1e-9);
}

#[test]
fn guarantees_are_called_when_a_guaranteed_borrower_defaults() {
    let s = common::oracle_defaults_scenario();
    let mut called = 0;
    for seed in 0..4 {
        let game = play(&s, seed, 8, &|o, _| o.whitehouse.loan_guarantee_bn = 20.0);
        let paid: f64 = game
            .turns
            .iter()
            .flat_map(|t| &t.report.transfers)
            .filter(|t| t.flow == Flow::GuaranteeCall)
            .inspect(|t| assert_eq!((t.from, t.to), (Account::Government, Account::Investors)))
            .map(|t| t.amount_bn)
            .sum();
        called += u32::from(paid > 0.0);
    }
    assert!(called >= 3, "guarantees called in {called} of 4 games");
}

#[test]
fn tariff_revenue_leaves_out_exemptions_and_falls_past_its_peak() {
    let p = &common::default_scenario().params.politics;
    let taxed = trade::revenue_q_bn(p, 1.0, 0.5, false);
    let exempt = trade::revenue_q_bn(p, 1.0, 0.5, true);
    assert!(exempt < taxed * 0.75, "{exempt} vs {taxed}");
    assert_eq!(trade::revenue_q_bn(p, 0.0, 0.0, false), 0.0);
    // Imports shrink as the tariff rises: revenue peaks and then falls.
    let moderate = trade::revenue_q_bn(p, 0.6, 0.0, false);
    let maximum = trade::revenue_q_bn(p, 1.5, 0.0, false);
    assert!(maximum < moderate, "{maximum} vs {moderate}");
}

fn max_tariffs(o: &mut Orders, _: u32) {
    o.whitehouse.chip_tariff = 1.5;
    o.whitehouse.equipment_tariff = 1.0;
    o.whitehouse.exempt_intermediate = false;
}

fn no_tariffs(o: &mut Orders, _: u32) {
    o.whitehouse.chip_tariff = 0.0;
    o.whitehouse.equipment_tariff = 0.0;
}

#[test]
fn maximum_tariffs_lower_the_index_and_cost_manufacturing_jobs_downstream() {
    let (higher, pairs) = count_higher(12, &no_tariffs, &max_tariffs, &|g| g.world.market.index);
    let lower = SEEDS - higher;
    eprintln!("index lower with maximum tariffs in {lower} of {SEEDS}");
    assert!(lower * 4 >= SEEDS * 3, "index lower in {lower}: {pairs:?}");
    let (protected, _) = count_higher(12, &no_tariffs, &max_tariffs, &|g| {
        g.world.politics.tariff_jobs.protected_k
    });
    assert_eq!(protected, SEEDS);
    let (more, pairs) = count_higher(12, &no_tariffs, &max_tariffs, &|g| g.world.politics.jobs_k);
    eprintln!("manufacturing jobs higher with maximum tariffs in {more} of {SEEDS}");
    assert!(
        more * 4 <= SEEDS,
        "manufacturing jobs higher in {more}: {pairs:?}"
    );
}

#[test]
fn partners_retaliate_against_tariffs_and_only_then() {
    let s = common::default_scenario();
    let mut retaliated = 0;
    for seed in 0..SEEDS {
        let taxed = play(&s, seed, 6, &max_tariffs);
        retaliated += u64::from(taxed.turns.iter().any(|t| t.report.politics.retaliation));
        let free = play(&s, seed, 6, &no_tariffs);
        assert!(free.turns.iter().all(|t| !t.report.politics.retaliation));
    }
    eprintln!("retaliation within six quarters in {retaliated} of {SEEDS}");
    assert!(retaliated * 4 >= SEEDS * 3, "retaliation in {retaliated}");
}

/// A custom card that knocks markets down each quarter from turn 1 to 6.
fn downturn(o: &mut Orders, turn: u32) {
    if (1..=6).contains(&turn) {
        o.injects.push(Inject::Custom {
            card: CustomCard {
                headline: "Downturn".into(),
                explanation: String::new(),
                effects: vec![
                    Effect::Sentiment { delta: -0.2 },
                    Effect::MarketValue {
                        company: CompanyId::Nvidia,
                        pct: -0.1,
                    },
                ],
            },
        });
    }
}

fn confident(o: &mut Orders, _: u32) {
    o.whitehouse.statement = Statement::Confident;
    o.openai.statement = Statement::Confident;
}

#[test]
fn confident_statements_through_a_downturn_lose_effect_and_credibility() {
    let confident_down = |o: &mut Orders, t: u32| {
        confident(o, t);
        downturn(o, t);
    };
    let cautious_down = |o: &mut Orders, t: u32| {
        downturn(o, t);
        o.whitehouse.statement = Statement::Cautious;
        o.openai.statement = Statement::Cautious;
    };
    let cred = |g: &Game| g.world.market.credibility.whitehouse;
    let s = common::default_scenario();
    let start = World::new(s.params.clone(), s.hash.clone());
    let first = credibility::effect(&start, Speaker::WhiteHouse, Statement::Confident, 1.0, 1.0);
    let (mut calm_higher, mut cautious_higher, mut quiet_higher) = (0, 0, 0);
    let mut pairs = Vec::new();
    for seed in 0..SEEDS {
        let down = play(&s, seed, 7, &confident_down);
        let calm = cred(&play(&s, seed, 7, &confident));
        let cautious = cred(&play(&s, seed, 7, &cautious_down));
        let quiet = cred(&play(&s, seed, 7, &|o, t| {
            downturn(o, t);
            o.whitehouse.statement = Statement::Quiet;
        }));
        calm_higher += u64::from(calm > cred(&down));
        cautious_higher += u64::from(cautious > cred(&down));
        quiet_higher += u64::from(quiet > cred(&down));
        pairs.push((cred(&down), calm));
        // By the seventh quarter of the downturn a statement moves less than half as much.
        let last = credibility::effect(
            &down.world,
            Speaker::WhiteHouse,
            Statement::Confident,
            1.0,
            1.0,
        );
        assert!(last < 0.5 * first, "seed {seed}: {last} vs {first}");
    }
    eprintln!(
        "belief higher: calm {calm_higher}, cautious {cautious_higher}, quiet {quiet_higher} of {SEEDS}"
    );
    most("belief kept when the data agree", calm_higher, &pairs);
    assert_eq!(cautious_higher, SEEDS, "caution keeps belief");
    assert_eq!(quiet_higher, SEEDS, "statements are not free");
}

/// Draws the deck for `quarters` quarters from the opening world, the state held still.
fn deck_log(seed: u64, quarters: u32) -> Vec<(overbuild::engine::ids::Date, String)> {
    let mut world = common::new_world();
    let rngs = Rngs::new(seed);
    let mut drawn = Vec::new();
    for _ in 0..quarters {
        let mut report = overbuild::engine::TurnReport::default();
        events::draw(&mut world, &Orders::default(), &rngs, &mut report);
        drawn.extend(report.events.iter().map(|e| (world.date, e.id.clone())));
        world.turn += 1;
        world.date = world.date.next();
    }
    drawn
}

#[test]
fn heat_comes_in_summer_and_cold_in_winter() {
    let (mut heat, mut cold) = (0, 0);
    for seed in 0..40 {
        for (date, id) in deck_log(seed, 16) {
            if id.starts_with("heat-wave") {
                heat += 1;
                assert_eq!(date.quarter, 3, "seed {seed}: {id} in {date:?}");
            }
            if id == "gas-spike" || id == "winter-storm" {
                cold += 1;
                assert!(
                    [1, 4].contains(&date.quarter),
                    "seed {seed}: {id} in {date:?}"
                );
            }
        }
    }
    assert!(heat > 0 && cold > 0, "heat {heat}, cold {cold}");
}

#[test]
fn no_headline_four_times_in_a_game() {
    for seed in 0..40 {
        let log = deck_log(seed, 16);
        for (_, id) in &log {
            let n = log.iter().filter(|(_, other)| other == id).count();
            assert!(n < 4, "seed {seed}: {id} {n} times");
        }
    }
}

#[test]
fn the_fed_cuts_or_holds_in_a_quarter_and_holds_for_inflation_only_once_prices_rise() {
    let mut world = common::new_world();
    world.date = Date {
        year: 2025,
        quarter: 3,
    };
    let card = |w: &World, id: &str| w.params.events.iter().find(|c| c.id == id).unwrap().clone();
    let hold = card(&world, "fed-hold");
    world.politics.inflation_felt = 0.0;
    assert!(
        !events::eligible(&world, &hold),
        "a hold for tariffs no one set"
    );
    world.politics.inflation_felt = 0.01;
    assert!(events::eligible(&world, &hold));
    // Both certain: the first of the group in the deck fires, the other does not.
    for c in &mut std::sync::Arc::make_mut(&mut world.params).events {
        if c.group.as_deref() == Some("fed") {
            c.probability = 1.0;
        }
    }
    let mut report = overbuild::engine::TurnReport::default();
    events::draw(&mut world, &Orders::default(), &Rngs::new(3), &mut report);
    let fed: Vec<&str> = report
        .events
        .iter()
        .map(|e| e.id.as_str())
        .filter(|id| id.starts_with("fed-"))
        .collect();
    assert_eq!(fed, ["fed-cut"]);
}

#[test]
fn a_card_that_fired_is_less_likely_to_fire_again() {
    let mut world = common::new_world();
    let card = world
        .params
        .events
        .iter()
        .find(|c| c.id == "loudoun-fault")
        .unwrap()
        .clone();
    let fresh = events::chance(&world, &card);
    world.events.log.push((0, card.id.clone()));
    let once = events::chance(&world, &card);
    world.events.log.push((1, card.id.clone()));
    let twice = events::chance(&world, &card);
    assert!(
        fresh > once && once > twice && twice > 0.0,
        "{fresh} {once} {twice}"
    );
}

#[test]
fn the_deck_conditions_hold_as_written() {
    let mut world = common::new_world();
    let card = |w: &World, id: &str| w.params.events.iter().find(|c| c.id == id).unwrap().clone();
    let pjm = world.params.region_index("pjm").unwrap();
    // A Mid-Atlantic heat wave needs summer and thin PJM reserves.
    let heat = card(&world, "heat-wave-east");
    world.date = Date {
        year: 2026,
        quarter: 3,
    };
    world.regions[pjm].grid.reserve_margin = 0.15;
    assert!(events::eligible(&world, &heat));
    world.regions[pjm].grid.reserve_margin = 0.25;
    assert!(!events::eligible(&world, &heat));
    world.regions[pjm].grid.reserve_margin = 0.15;
    world.date = Date {
        year: 2027,
        quarter: 1,
    };
    assert!(!events::eligible(&world, &heat));
    // The affordability wave needs bills up more than 5% on the year, from 2025 Q4.
    let wave = card(&world, "affordability-wave");
    for region in &mut world.regions {
        region.bill_history = vec![region.retail.bill_month];
    }
    assert!(!events::eligible(&world, &wave));
    for region in &mut world.regions {
        region.bill_history = vec![region.retail.bill_month / 1.2];
    }
    assert!(events::eligible(&world, &wave));
    world.date = Date {
        year: 2025,
        quarter: 3,
    };
    assert!(!events::eligible(&world, &wave), "before its earliest date");
    // A once-only card never comes back.
    world.date = Date {
        year: 2027,
        quarter: 1,
    };
    world.events.fired.push(wave.id.clone());
    assert!(!events::eligible(&world, &wave));
    // The Fed's cuts stop after 2026.
    let cut = card(&world, "fed-cut");
    assert!(!events::eligible(&world, &cut));
    world.date = Date {
        year: 2026,
        quarter: 2,
    };
    assert!(events::eligible(&world, &cut));
}

#[test]
fn a_scenario_with_a_fifth_season_is_refused() {
    let text = include_str!("../assets/scenarios/stargate-2025.toml").replacen(
        "seasons = [3]",
        "seasons = [5]",
        1,
    );
    let err = overbuild::scenario::from_text(&text, "five-seasons.toml").unwrap_err();
    assert!(format!("{err}").contains("seasons"), "{err}");
}

/// The loan guarantees' terms are the scenario's: a facilitator can make them worth more, or
/// nothing.
#[test]
fn loan_guarantee_terms_come_from_the_scenario() {
    use overbuild::engine::finance::coupon;
    let coupon_with = |cut_bp: f64, guarantees_bn: f64| {
        let s = common::scenario_with(|p| p.politics.loan_guarantee_cut_bp = cut_bp);
        let mut world = World::new(s.params.clone(), s.hash.clone());
        world.policy.loan_guarantees_bn = guarantees_bn;
        coupon(&world, CompanyId::Oracle)
    };
    let full = common::default_scenario()
        .params
        .politics
        .loan_guarantee_full_bn;
    assert!((coupon_with(40.0, 0.0) - coupon_with(40.0, full) - 0.004).abs() < 1e-12);
    assert!((coupon_with(80.0, 0.0) - coupon_with(80.0, 2.0 * full) - 0.008).abs() < 1e-12);
    assert_eq!(coupon_with(0.0, 0.0), coupon_with(0.0, full));
}

/// The results' line "approval heads towards X%" is the engine's own rule: with no noise, no
/// cards, no statement and no outage, national approval closes `reversion` of its gap to the
/// reported pull each quarter, and the pull's parts move with the levers that set them.
#[test]
fn approval_closes_its_share_of_the_gap_to_the_reported_pull() {
    let mut s = common::default_scenario();
    let params = std::sync::Arc::make_mut(&mut s.params);
    params.politics.noise = 0.0;
    for r in &mut params.regions {
        r.faults.fault_rate_per_year = 0.0;
    }
    let reversion = s.params.politics.reversion;
    let mut world = World::new(s.params.clone(), s.hash.clone());
    let mut orders = world.last_orders.clone();
    orders.whitehouse.statement = Statement::Quiet;
    orders.whitehouse.relief_bn = 20.0;
    let mut checked = 0;
    for turn in 0..8 {
        let before = world.politics.approval;
        let mut rngs = Rngs::new(11 + turn);
        let (next, report) = overbuild::engine::resolve_with(
            &world,
            &orders,
            &mut rngs,
            overbuild::engine::Events::Off,
        );
        let pull = report
            .politics
            .approval_pull
            .as_ref()
            .expect("every resolved quarter reports the pull");
        assert!(pull.relief > 0.0, "relief paid shows in the pull: {pull:?}");
        if report.regions.iter().all(|r| r.unserved_mwh == 0.0) {
            let expected = before + reversion * (pull.target() / 100.0 - before);
            let got = report.politics.approval;
            assert!(
                (got - expected).abs() < 1e-9,
                "{turn}: {got} against {expected}"
            );
            checked += 1;
        }
        world = next;
    }
    assert!(checked >= 6, "only {checked} quarters without an outage");
}

/// The results say where the programmes' money went the quarter it is paid: grants by
/// recipient with the jobs their plants will hold, guarantees with the loss booked now, relief
/// per household. A divided Congress blocks grants and guarantees, so no grant is told then.
#[test]
fn the_programmes_paid_are_told_with_their_figures() {
    use overbuild::engine::report::Arg;
    let world = common::new_world();
    let mut orders = world.last_orders.clone();
    orders.whitehouse.subsidy_bn = 10.0;
    orders.whitehouse.loan_guarantee_bn = 20.0;
    orders.whitehouse.relief_bn = 13.1;
    let num = |r: &overbuild::engine::TurnReport, key: &str, arg: &str| {
        let news = r.news.iter().find(|n| n.msg.key == key)?;
        match news.msg.arg(arg)? {
            Arg::Num(x) => Some(*x),
            Arg::Text(_) => None,
        }
    };
    let (_, paid) = resolve(&world, &orders, &mut Rngs::new(3));
    let p = &world.params.politics;
    assert_eq!(num(&paid, "news-grants", "subsidy"), Some(10.0));
    let factories = num(&paid, "news-grants", "factories").unwrap();
    assert!((factories - 10.0 * p.subsidy_manufacturing_share).abs() < 1e-9);
    assert_eq!(
        num(&paid, "news-grants", "jobs"),
        Some(p.grant_jobs_k(10.0))
    );
    assert_eq!(num(&paid, "news-guarantees", "guarantees"), Some(20.0));
    let cost = num(&paid, "news-guarantees", "cost").unwrap();
    assert!((cost - 20.0 * p.guarantee_subsidy_rate).abs() < 1e-9);
    // $13.1B over 131 million households is $100 each.
    let each = num(&paid, "news-relief", "each").unwrap();
    assert!((each - 100.0).abs() < 1e-6, "{each}");
    let (_, none) = resolve(&world, &world.last_orders, &mut Rngs::new(3));
    for key in ["news-grants", "news-guarantees", "news-relief"] {
        assert!(none.news.iter().all(|n| n.msg.key != key), "{key}");
    }
    let mut divided = world.clone();
    divided.politics.divided = true;
    let (_, blocked) = resolve(&divided, &orders, &mut Rngs::new(3));
    assert!(
        blocked
            .news
            .iter()
            .any(|n| n.msg.key == "news-congress-blocks")
    );
    assert!(blocked.news.iter().all(|n| n.msg.key != "news-grants"));
    assert!(blocked.news.iter().any(|n| n.msg.key == "news-relief"));
}
