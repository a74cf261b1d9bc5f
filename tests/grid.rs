//! The grid's scenario checks and its transfers between connected regions.

mod common;

use overbuild::engine::{Orders, Rngs, Seat, World, resolve};
use overbuild::scenario::{self, BUILTIN};

fn default_text() -> &'static str {
    BUILTIN[0].1
}

fn problems(text: &str) -> String {
    match scenario::from_text(text, "bad.toml") {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

/// Asserts that `text` is refused with a problem containing `expected`.
fn assert_refused(text: &str, expected: &str) {
    let found = problems(text);
    assert!(found.contains(expected), "wanted {expected:?} in: {found}");
}

/// The default scenario with its first `from` replaced by `to`.
fn with(from: &str, to: &str) -> String {
    default_text().replacen(from, to, 1)
}

#[test]
fn bad_grid_data_is_refused_naming_the_key() {
    assert_refused(
        &with("nuclear = 5000", "nuclear = -5000"),
        "regions[0].fleet.nuclear = -5000 is out of range",
    );
    assert_refused(
        &with("[0.937, 0.910, ", "[0.910, "),
        "regions[0].daily_shape[0] has 23 values, needs 24",
    );
    assert_refused(
        &with(
            "region = \"pjm\", share = 0.15",
            "region = \"pjm\", share = 0.9",
        ),
        "share = 0.9",
    );
    assert_refused(
        &with("coal_price = 2.5", "coal_price = 99"),
        "regions[1].coal_price = 99 is out of range: allowed 0..=20",
    );
    assert_refused(
        &with(
            "weather_sigma_seasonal = [1.4, 1.0, 0.6, 1.0]",
            "weather_sigma_seasonal = [1.4, 1.0, 1.6, 1.0]",
        ),
        "regions[0].weather_sigma_seasonal averages 1.250, needs 1 (within 0.02)",
    );

    let mut no_fleet = default_text().to_string();
    for tech in [
        "nuclear = 5000",
        "coal = 13500",
        "gas_cc = 38000",
        "gas_peaker = 27000",
        "hydro = 500",
        "wind = 40000",
        "solar = 28000",
        "battery = 10000",
    ] {
        let key = tech.split(" = ").next().unwrap();
        no_fleet = no_fleet.replacen(tech, &format!("{key} = 0"), 1);
    }
    assert!(
        problems(&no_fleet).contains("region \"texas\" has no generation fleet"),
        "{}",
        problems(&no_fleet)
    );

    let unknown_link = format!(
        "{}\n[[links]]\nfrom = \"texas\"\nto = \"atlantis\"\nlimit_mw = 1000\n",
        default_text()
    );
    // [[links]] must come before tables that follow it in TOML; append at the end is valid.
    assert!(
        problems(&unknown_link)
            .contains("links[0].to = \"atlantis\" is not a region of this scenario"),
        "{}",
        problems(&unknown_link)
    );
}

/// The default scenario with a link between the Mid-Atlantic and the West (a made-up tie).
fn linked(limit: f64) -> World {
    let text = format!(
        "{}\n[[links]]\nfrom = \"pjm\"\nto = \"west\"\nlimit_mw = {limit}\n",
        default_text()
    );
    let s = scenario::from_text(&text, "linked.toml").expect("linked scenario loads");
    World::new(s.params, s.hash)
}

#[test]
fn transfers_flow_from_cheap_to_dear_within_the_limit_and_narrow_the_price_gap() {
    let orders = Orders::default();
    let (_, islands) = resolve(&linked(0.0), &orders, &mut Rngs::new(5));
    let (_, tied) = resolve(&linked(3000.0), &orders, &mut Rngs::new(5));
    let price = |r: &overbuild::engine::TurnReport, id: &str| {
        r.regions.iter().find(|x| x.id == id).unwrap().energy_price
    };
    let flow = |r: &overbuild::engine::TurnReport, id: &str| {
        r.regions
            .iter()
            .find(|x| x.id == id)
            .unwrap()
            .transfers_in_mwh
    };
    assert_eq!(flow(&islands, "west"), 0.0);
    // The West is dearer: power flows west, and no more than the limit in any hour.
    assert!(price(&islands, "west") > price(&islands, "pjm"));
    assert!(flow(&tied, "west") > 0.0);
    assert!(
        (flow(&tied, "west") + flow(&tied, "pjm")).abs() < 1e-6,
        "what one receives the other sends"
    );
    assert!(flow(&tied, "west") <= 3000.0 * overbuild::engine::grid::HOURS as f64 + 1e-6);
    let gap = |r: &overbuild::engine::TurnReport| price(r, "west") - price(r, "pjm");
    assert!(
        gap(&tied) < gap(&islands),
        "gap {} with the tie vs {} without",
        gap(&tied),
        gap(&islands)
    );
    // Texas stays an island either way.
    assert_eq!(flow(&tied, "texas"), 0.0);
}

#[test]
fn income_groups_are_checked_naming_the_key() {
    let uneven = default_text().replacen("household_share = 0.46", "household_share = 0.36", 1);
    assert!(
        problems(&uneven).contains("regions[1].income_groups: household shares sum to"),
        "{}",
        problems(&uneven)
    );
    let poor = default_text().replacen("median_income_month = 6050", "median_income_month = 5", 1);
    assert!(
        problems(&poor)
            .contains("regions[1].income_groups[0].median_income_month = 5 is out of range"),
        "{}",
        problems(&poor)
    );
}

#[test]
fn heating_seasons_are_checked_naming_the_key() {
    let shape = "heating_seasonal = [1.63, 0.73, 0.49, 1.15]";
    let lopsided = default_text().replacen(shape, "heating_seasonal = [2.0, 1.0, 1.0, 1.0]", 1);
    assert!(
        problems(&lopsided).contains("regions[0].retail.heating_seasonal averages 1.250"),
        "{}",
        problems(&lopsided)
    );
    let short = default_text().replacen(shape, "heating_seasonal = [1.0, 1.0]", 1);
    assert!(
        problems(&short).contains("regions[0].retail.heating_seasonal has 2 values, needs 4"),
        "{}",
        problems(&short)
    );
    assert_eq!(problems(default_text()), "");
}

/// The default scenario with PJM's other customers' demand response set to `mw`.
fn with_other_demand_response(mw: f64) -> scenario::Scenario {
    let text = default_text().replacen(
        "other_demand_response_mw = 6700",
        &format!("other_demand_response_mw = {mw}"),
        1,
    );
    scenario::from_text(&text, "dr.toml").expect("scenario loads")
}

#[test]
fn other_customers_demand_response_counts_in_the_auction_and_is_called_at_scarcity() {
    // Paired seeds over the game, with and without the 6,700 MW PJM cleared; the margin is the
    // first auction's (2025 Q4).
    let with = with_other_demand_response(6700.0);
    let without = with_other_demand_response(0.0);
    let pjm = with.params.region_index("pjm").unwrap();
    let auction_margin = |game: &overbuild::game::Game| {
        game.turns
            .iter()
            .flat_map(|t| t.report.news.iter())
            .find(|n| {
                n.msg.key == "news-capacity-auction" && n.msg.text_arg("region") == Some("pjm")
            })
            .and_then(|n| n.msg.number("margin"))
            .expect("PJM holds its auction in Q4")
    };
    let curtailed = |game: &overbuild::game::Game| -> f64 {
        game.turns
            .iter()
            .map(|t| t.report.regions[pjm].dr_curtailed_mwh)
            .sum()
    };
    let (mut called_more, seeds) = (0, 4);
    for seed in 0..seeds {
        let a = common::play_historical(&with, seed, 16, &|_, _| {});
        let b = common::play_historical(&without, seed, 16, &|_, _| {});
        // 6.7 GW on a forecast peak near 150 GW: about 4.5 points of margin.
        let gain = auction_margin(&a) - auction_margin(&b);
        assert!((3.5..5.5).contains(&gain), "seed {seed}: {gain:.2} points");
        let reserve = |g: &overbuild::game::Game| g.turns[0].report.regions[pjm].reserve_margin;
        assert!(reserve(&a) > reserve(&b) + 0.035, "seed {seed}");
        if curtailed(&a) > curtailed(&b) {
            called_more += 1;
        }
        assert!(curtailed(&a) >= curtailed(&b), "seed {seed}");
    }
    assert!(called_more > 0, "never called at scarcity in {seeds} seeds");
}

/// The default scenario with Texas's load `pct` above its start (a hotter, busier state).
fn texas_load_up(pct: f64) -> scenario::Scenario {
    let mut s = scenario::load(scenario::DEFAULT).unwrap();
    let params = std::sync::Arc::make_mut(&mut s.params);
    let texas = params.regions.iter_mut().find(|r| r.id == "texas").unwrap();
    texas.non_dc_load_mw *= 1.0 + pct;
    s
}

#[test]
fn rolling_outages_count_as_blackouts_against_reliability_and_in_outage_hours() {
    let (short, base) = (texas_load_up(0.10), texas_load_up(0.0));
    let mut shed_games = 0;
    for seed in 0..3 {
        let game = common::play_historical(&short, seed, 16, &|_, _| {});
        assert_eq!(game.world.params.regions[0].id, "texas");
        let households_k = game.world.params.regions[0].households_k();
        let shed: Vec<_> = game
            .turns
            .iter()
            .map(|t| &t.report.regions[0])
            .filter(|r| r.had_rolling_outages())
            .collect();
        for r in &shed {
            assert!(r.shed_peak_share > 0.0 && r.shed_peak_share <= 1.0);
            assert!(
                r.shed_share_hours >= r.shed_peak_share,
                "the worst hour is one of them"
            );
            assert!(r.shed_households_k(households_k) > 0.0);
        }
        let worst = shed.iter().map(|r| r.shed_peak_share).fold(0.0, f64::max);
        let records = &game.world.records;
        // A share of households, back from thousands of them: equal but for rounding.
        assert!(
            records.worst_blackout_share >= worst * (1.0 - 1e-12),
            "seed {seed}: worst {} against a shed of {worst}",
            records.worst_blackout_share
        );
        assert!(records.blackouts as usize >= shed.len(), "seed {seed}");
        // The quarter's reports, which the debrief, sim --json and replay read, count them as
        // the dashboard does.
        let reported: u32 = game.turns.iter().map(|t| t.report.blackouts()).sum();
        let regions = game.turns.iter().flat_map(|t| &t.report.regions);
        let unabsorbed = regions
            .clone()
            .flat_map(|r| &r.faults)
            .filter(|f| f.outcome != overbuild::engine::report::FaultOutcome::Absorbed)
            .count();
        let short = regions.filter(|r| r.had_rolling_outages()).count();
        assert!(short >= shed.len());
        assert_eq!(reported as usize, unabsorbed + short, "seed {seed}");
        if shed.is_empty() {
            continue;
        }
        shed_games += 1;
        // Paired: the same seed and orders at Texas's real load.
        let calm = common::play_historical(&base, seed, 16, &|_, _| {});
        let hours = |g: &overbuild::game::Game| g.world.regions[0].outage_household_hours_m;
        assert!(hours(&game) > hours(&calm), "seed {seed}: outage hours");
        let reliability = |g: &overbuild::game::Game| {
            let score = overbuild::engine::score::seat_score(&g.world, Seat::Utility);
            score.parts[0].points
        };
        assert!(
            reliability(&game) < reliability(&calm),
            "seed {seed}: reliability {} vs {}",
            reliability(&game),
            reliability(&calm)
        );
    }
    assert!(
        shed_games >= 2,
        "supply ran short in {shed_games} of 3 games"
    );
}

#[test]
fn a_heat_wave_card_adds_a_week_of_heat_not_a_hotter_quarter() {
    let s = scenario::load(scenario::DEFAULT).unwrap();
    let demand = |shock: f64| {
        let texas = texas_quarter(&s, 1, shock);
        (
            texas.demand_mwh,
            texas.dc_load_mw * overbuild::engine::grid::HOURS as f64,
        )
    };
    let (calm, dc_mwh) = demand(0.0);
    let (hot, _) = demand(0.05);
    // Of the quarter's 91 days, the week's 7 carry the 5%.
    let share_of_quarter = (hot - calm) / (0.05 * (calm - dc_mwh));
    assert!(
        (0.05..0.11).contains(&share_of_quarter),
        "the card's extra energy is {share_of_quarter:.3} of a whole quarter's 5%"
    );
}

/// The weather margin planners add to the normal peak is the scenario's: none plans for the
/// average year, more plans for a harsher one, and data-center load takes no margin.
#[test]
fn planners_weather_margin_comes_from_the_scenario() {
    use overbuild::engine::grid::planning_peak;
    let peak_with = |sigmas: f64, dc_mw: f64| {
        let s = common::scenario_with(|p| p.grid.planning_weather_sigmas = sigmas);
        planning_peak(&s.params, 0, 50_000.0, dc_mw)
    };
    let (none, shipped, harsh) = (
        peak_with(0.0, 0.0),
        peak_with(1.5, 0.0),
        peak_with(3.0, 0.0),
    );
    assert!(
        none < shipped && shipped < harsh,
        "{none} {shipped} {harsh}"
    );
    // Linear in the margin: twice the sigmas, twice the margin.
    assert!(((harsh - none) - 2.0 * (shipped - none)).abs() < 1e-6);
    assert!((peak_with(1.5, 4_000.0) - shipped - 4_000.0).abs() < 1e-9);
}

/// Texas's quarter under a storm's 6% load shock on its worst week, at `quarter` of 2025.
fn storm_quarter(s: &scenario::Scenario, quarter: u8) -> overbuild::engine::report::RegionReport {
    texas_quarter(s, quarter, 0.06)
}

/// Texas's quarter at `quarter` of 2025, with `shock` of extra load on its worst week.
fn texas_quarter(
    s: &scenario::Scenario,
    quarter: u8,
    shock: f64,
) -> overbuild::engine::report::RegionReport {
    let mut world = overbuild::game::Game::new(s.clone(), 3).world;
    world.date.quarter = quarter;
    let regions = world.params.regions.len();
    let inputs = overbuild::engine::grid::GridInputs {
        load_shock: (0..regions)
            .map(|r| if r == 0 { shock } else { 0.0 })
            .collect(),
        freeze: Vec::new(),
        forced_faults: vec![0; regions],
        training_intensity: 0.5,
        ride_through_cooperation: false,
    };
    let mut report = overbuild::engine::TurnReport::default();
    overbuild::engine::grid::step(&mut world, &inputs, &Rngs::new(7), &mut report);
    assert_eq!(report.regions[0].id, "texas");
    report.regions.swap_remove(0)
}

/// PJM's quarter at `quarter` of 2025 (seed `seed`), with a storm week of `shock` extra load
/// and `freeze` of the fleet tripped on its days past the cold's onset.
fn pjm_storm_quarter(
    s: &scenario::Scenario,
    quarter: u8,
    freeze: f64,
    seed: u64,
) -> overbuild::engine::report::RegionReport {
    let mut world = overbuild::game::Game::new(s.clone(), seed).world;
    world.date.quarter = quarter;
    let pjm = world.params.region_index("pjm").unwrap();
    let regions = world.params.regions.len();
    let only_pjm = |x: f64| {
        (0..regions)
            .map(|r| if r == pjm { x } else { 0.0 })
            .collect()
    };
    let inputs = overbuild::engine::grid::GridInputs {
        load_shock: only_pjm(0.03),
        freeze: only_pjm(freeze),
        forced_faults: vec![0; regions],
        training_intensity: 0.5,
        ride_through_cooperation: false,
    };
    let mut report = overbuild::engine::TurnReport::default();
    overbuild::engine::grid::step(&mut world, &inputs, &Rngs::new(seed), &mut report);
    report.regions.swap_remove(pjm)
}

/// A storm card's freeze trips its share of PJM's fleet on the storm week's coldest days, on
/// top of what the cold takes (Elliott: 24% out at the peak, about 19 points above a normal
/// winter day): more MW out, dearer power; none in summer, when nothing freezes.
#[test]
fn a_storms_freeze_trips_its_share_of_the_fleet_on_the_coldest_days() {
    let base = scenario::load(scenario::DEFAULT).unwrap();
    let pjm = base.params.region_index("pjm").unwrap();
    let fleet: f64 = base.params.regions[pjm].fleet.to_array().iter().sum();
    let (mut extra, mut froze) = (0.0, 0);
    for seed in 1..=8 {
        let frozen = pjm_storm_quarter(&base, 1, 0.15, seed);
        let cold = pjm_storm_quarter(&base, 1, 0.0, seed);
        assert!(frozen.cold_outage_mw >= cold.cold_outage_mw, "seed {seed}");
        assert!(frozen.energy_price >= cold.energy_price, "seed {seed}");
        extra += frozen.cold_outage_mw - cold.cold_outage_mw;
        froze += usize::from(frozen.cold_outage_mw > cold.cold_outage_mw);
        assert_eq!(pjm_storm_quarter(&base, 3, 0.15, seed).cold_outage_mw, 0.0);
    }
    assert!(
        froze >= 6,
        "the storm's coldest days froze in {froze} of 8 winters"
    );
    let mean_share = extra / 8.0 / fleet;
    assert!(
        (0.08..=0.16).contains(&mean_share),
        "the freeze took {mean_share:.3} of the fleet more on average"
    );
}

/// A winter storm freezes gas supply and part of the fleet on its coldest days, as the card
/// says; the same load in summer freezes nothing, nor does a fleet that does not freeze. What
/// the fleet serves still adds up.
#[test]
fn a_winter_storm_freezes_plants_and_summer_heat_does_not() {
    let base = scenario::load(scenario::DEFAULT).unwrap();
    let unfrozen = common::scenario_with(|p| {
        for r in &mut p.regions {
            r.cold_outage_per_sigma = 0.0;
        }
    });
    let frozen = storm_quarter(&base, 1);
    let thawed = storm_quarter(&unfrozen, 1);
    assert!(
        frozen.cold_outage_mw > 1000.0,
        "the storm froze {} MW",
        frozen.cold_outage_mw
    );
    assert_eq!(thawed.cold_outage_mw, 0.0);
    assert_eq!(
        storm_quarter(&base, 3).cold_outage_mw,
        0.0,
        "no freeze in summer"
    );
    assert!(frozen.peak_price >= thawed.peak_price);
    assert!(frozen.unserved_mwh >= thawed.unserved_mwh);
    assert!(
        frozen.energy_price > thawed.energy_price,
        "dearer units run for the frozen ones: {} against {}",
        frozen.energy_price,
        thawed.energy_price
    );
    for r in [&frozen, &thawed] {
        let generated: f64 = r.generation_mwh.iter().sum();
        let gap = generated + r.imports_mwh + r.transfers_in_mwh - r.served_mwh;
        assert!(gap.abs() < 1e-6 * r.served_mwh, "supply gap {gap} MWh");
    }
}

/// Texas's summer peaks come on days of much the same heat, its winter peaks on cold that
/// varies widely (Skiles, Rhodes and Webber 2023): with the seasons' swings, the summer's hottest
/// day stands less far above the quarter's mean than with one swing all year, and the winter's
/// coldest further.
#[test]
fn texas_summers_swing_less_than_its_winters() {
    let flat = common::scenario_with(|p| {
        for r in &mut p.regions {
            r.weather_sigma_seasonal.clear();
        }
    });
    let base = scenario::load(scenario::DEFAULT).unwrap();
    let spread = |s: &scenario::Scenario, quarter: u8| {
        let r = texas_quarter(s, quarter, 0.0);
        r.peak_load_mw / (r.demand_mwh / overbuild::engine::grid::HOURS as f64)
    };
    assert!(spread(&base, 3) < spread(&flat, 3), "summer");
    assert!(spread(&base, 1) > spread(&flat, 1), "winter");
}

/// A gas spike lasts its quarter: Henry Hub averaged about $4.15 in the cold of 2025's first
/// quarter and about $3.20 from April to July (EIA STEO, Aug 2025). Power is dearer in the
/// quarter the card fires; the next opens at the scenario's gas price, its power price close to
/// the game's without the spike.
#[test]
fn a_gas_spike_lasts_its_quarter() {
    use overbuild::engine::orders::Inject;
    let world = common::new_world();
    let pjm = 1;
    let base_gas = world.params.regions[pjm].gas_price;
    let gas_events = |r: &overbuild::engine::TurnReport| {
        r.events
            .iter()
            .filter(|e| e.id == "gas-spike" || e.id == "winter-storm")
            .count()
    };
    let mut compared = 0;
    for seed in 0..12 {
        let rngs = Rngs::new(seed);
        let mut spiked_orders = world.last_orders.clone();
        spiked_orders.injects.push(Inject::Card {
            id: "gas-spike".into(),
        });
        let (spiked, spiked_q1) = resolve(&world, &spiked_orders, &mut rngs.clone());
        let (calm, calm_q1) = resolve(&world, &world.last_orders, &mut rngs.clone());
        let (spiked_after, spiked_q2) = resolve(&spiked, &spiked.last_orders, &mut rngs.clone());
        let (calm_after, calm_q2) = resolve(&calm, &calm.last_orders, &mut rngs.clone());
        if gas_events(&calm_q1) + gas_events(&spiked_q2) + gas_events(&calm_q2) > 0 {
            continue; // the deck drew gas news of its own
        }
        compared += 1;
        assert_eq!(gas_events(&spiked_q1), 1, "seed {seed}");
        assert!(
            spiked.regions[pjm].gas_price > base_gas * 1.2,
            "seed {seed}"
        );
        let price = |r: &overbuild::engine::TurnReport| r.regions[pjm].energy_price;
        let lift_q1 = price(&spiked_q1) - price(&calm_q1);
        let lift_q2 = price(&spiked_q2) - price(&calm_q2);
        assert!(lift_q1 > 0.1 * price(&calm_q1), "seed {seed}: {lift_q1:.2}");
        for w in [&spiked_after, &calm_after] {
            assert_eq!(w.regions[pjm].gas_price, base_gas, "seed {seed}");
        }
        assert!(
            lift_q2.abs() < 0.1 * lift_q1,
            "seed {seed}: the spike lifted power ${lift_q1:.2} in its quarter, ${lift_q2:.2} after"
        );
    }
    assert!(
        compared >= 6,
        "only {compared} seeds drew no gas news of their own"
    );
}

/// A region's coal burns at its own delivered price where the scenario gives one, else at the
/// national price; where coal costs more it runs less, combined cycles take its place, and
/// power costs more (paired seeds, PJM's first year under the historical orders).
#[test]
fn coal_burns_at_its_regions_price_and_runs_less_where_it_costs_more() {
    use overbuild::engine::grid::variable_cost;
    use overbuild::engine::ids::Tech;
    let base = common::scenario_with(|_| {});
    let p = &base.params;
    let pjm = p.region_index("pjm").unwrap();
    let texas = p.region_index("texas").unwrap();
    let coal = &p.technologies.coal;
    let own = p.regions[pjm]
        .coal_price
        .expect("PJM's delivered coal price");
    assert!(own > p.reference.coal_price);
    let cost = |r: usize| variable_cost(p, &p.regions[r], 3.0, Tech::Coal);
    assert!((cost(pjm) - (coal.heat_rate * own + coal.vom)).abs() < 1e-12);
    assert!((cost(texas) - (coal.heat_rate * p.reference.coal_price + coal.vom)).abs() < 1e-12);

    let national = common::scenario_with(|p| p.regions[pjm].coal_price = None);
    let year = |s: &overbuild::scenario::Scenario, seed: u64| {
        let game = common::play_historical(s, seed, 4, &|_, _| {});
        let (mut coal_mwh, mut cc_mwh, mut cost) = (0.0, 0.0, 0.0);
        for turn in &game.turns {
            let r = &turn.report.regions[pjm];
            coal_mwh += r.generation_mwh[Tech::Coal.index()];
            cc_mwh += r.generation_mwh[Tech::GasCc.index()];
            cost += r.energy_price * r.served_mwh;
        }
        (coal_mwh, cc_mwh, cost)
    };
    for seed in 1..=4 {
        let (coal_own, cc_own, cost_own) = year(&base, seed);
        let (coal_nat, cc_nat, cost_nat) = year(&national, seed);
        assert!(
            coal_own < 0.9 * coal_nat,
            "seed {seed}: {coal_own} vs {coal_nat}"
        );
        assert!(cc_own > cc_nat, "seed {seed}");
        assert!(cost_own > cost_nat, "seed {seed}");
    }
}
