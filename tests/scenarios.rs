//! Scenario variants: small files that extend the base and change one thing. Each loads, says
//! what it changes, changes nothing else, starts with its rules in force, briefs every seat in
//! both languages, saves and reloads; inheritance mistakes name the file and the key; and each
//! variant moves the figures its premise is about, against the base on the same seeds.

mod common;

use overbuild::engine::{CompanyId, Seat};
use overbuild::game::{Controllers, Game};
use overbuild::i18n::{Lang, Texts};
use overbuild::scenario::{self, BUILTIN, Scenario};
use std::collections::BTreeSet;

const VARIANTS: [&str; 5] = [
    "ai-boom",
    "ai-winter",
    "tariff-war",
    "texas-heat",
    "federal-rules",
];

fn load(id: &str) -> Scenario {
    scenario::load(id).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// Leaf paths where two TOML values differ ("companies.openai.adoption_ceiling").
fn differences(a: &toml::Value, b: &toml::Value, at: &str, out: &mut BTreeSet<String>) {
    match (a, b) {
        (toml::Value::Table(a), toml::Value::Table(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                let next = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => differences(x, y, &next, out),
                    _ => {
                        out.insert(next);
                    }
                }
            }
        }
        (toml::Value::Array(a), toml::Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                let id = x.get("id").and_then(|v| v.as_str()).map(str::to_string);
                let next = format!("{at}[{}]", id.unwrap_or_else(|| i.to_string()));
                differences(x, y, &next, out);
            }
        }
        _ if a != b => {
            out.insert(at.to_string());
        }
        _ => {}
    }
}

fn params_value(s: &Scenario) -> toml::Value {
    toml::Value::try_from(s.params.as_ref()).expect("params serialize")
}

#[test]
fn every_variant_extends_the_base_and_changes_only_what_it_says() {
    let base = load(scenario::DEFAULT);
    assert!(base.base.is_none());
    assert!(BUILTIN.len() >= 6, "the base and at least five variants");
    for id in VARIANTS {
        let variant = load(id);
        assert_eq!(variant.params.scenario.id, id);
        assert_eq!(variant.base.as_deref(), Some(scenario::DEFAULT), "{id}");
        assert!(!variant.changes.is_empty(), "{id} changes nothing");
        let mut differ = BTreeSet::new();
        differences(
            &params_value(&base),
            &params_value(&variant),
            "",
            &mut differ,
        );
        for path in differ {
            let named = path.starts_with("scenario.")
                || variant.changes.iter().any(|c| {
                    let key = c.trim_end_matches(" (new)");
                    path.starts_with(key)
                        || (key.contains('=') && path.starts_with("starting_rules"))
                })
                || (path.starts_with("events")
                    && variant.changes.iter().any(|c| c.ends_with("(new)")));
            assert!(
                named,
                "{id}: {path} differs from the base but is not among its changes"
            );
        }
        // A variant resolved into one document loads on its own (what a save keeps).
        let again = scenario::from_text(&variant.text, "copy.toml").unwrap();
        assert_eq!(again.hash, variant.hash);
    }
}

#[test]
fn a_variants_rules_are_in_force_from_the_first_quarter() {
    let war = Game::new(load("tariff-war"), 3);
    assert_eq!(war.world.last_orders.whitehouse.chip_tariff, 0.5);
    assert_eq!(war.world.last_orders.whitehouse.equipment_tariff, 0.5);
    let draft = war.world.last_orders.carried_forward();
    assert_eq!(
        draft.whitehouse.chip_tariff, 0.5,
        "rules carry into the first draft"
    );
    let rules = Game::new(load("federal-rules"), 3);
    assert!(rules.world.last_orders.whitehouse.federal_rule);
    assert_eq!(rules.world.last_orders.whitehouse.federal_share, 1.0);
    assert!(rules.world.last_orders.utility.ride_through_required);
    let base = Game::new(load(scenario::DEFAULT), 3);
    assert_eq!(base.world.last_orders.whitehouse.chip_tariff, 0.0);
    assert!(!base.world.last_orders.whitehouse.federal_rule);
}

#[test]
fn every_variant_is_named_and_briefs_every_seat_in_both_languages() {
    for lang in [Lang::En, Lang::ZhHant] {
        let texts = Texts::new(lang);
        for id in VARIANTS {
            for part in ["name", "description"] {
                assert!(
                    texts.has(&format!("scenario-{id}-{part}")),
                    "{lang:?} {id} {part}"
                );
            }
            for seat in Seat::ALL {
                let key = format!("scenario-{id}-brief-{}", seat.id());
                assert!(texts.has(&key), "{lang:?} lacks {key}");
            }
        }
    }
}

#[test]
fn a_game_on_a_variant_saves_and_loads_with_its_scenario() {
    let mut game = Game::new(load("texas-heat"), 5);
    let mut bots = Controllers::bots_except(None);
    for _ in 0..2 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    let meta = overbuild::save::SaveMeta::new(
        Seat::ALL.map(|s| overbuild::bots::BotSpec::baseline(s).role()),
    );
    let save = overbuild::save::SaveFile::from_game(&game, &meta);
    assert!(
        save.scenario.text.is_none(),
        "a built-in variant is found by its id"
    );
    let bytes = save.to_bytes().unwrap();
    let loaded =
        overbuild::save::SaveFile::from_bytes(&bytes, std::path::Path::new("t.json.gz")).unwrap();
    let scenario = loaded.scenario().unwrap();
    assert_eq!(scenario.params.scenario.id, "texas-heat");
    assert_eq!(scenario.hash, game.scenario.hash);
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn inheritance_mistakes_name_the_file_and_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let head = "[scenario]\nid = \"x\"\nname = \"X\"\ndescription = \"x\"\n";
    let unknown = write(dir.path(), "a.toml", &format!("extends = \"nope\"\n{head}"));
    let err = scenario::load(&unknown).unwrap_err().to_string();
    assert!(
        err.contains("a.toml") && err.contains("extends") && err.contains("nope"),
        "{err}"
    );
    assert!(err.contains("stargate-2025"), "names the built-ins: {err}");

    let typo = write(
        dir.path(),
        "b.toml",
        &format!("extends = \"stargate-2025\"\n{head}[politics]\napproval_strat = 0.5\n"),
    );
    let err = scenario::load(&typo).unwrap_err().to_string();
    assert!(
        err.contains("b.toml") && err.contains("politics.approval_strat"),
        "{err}"
    );

    let region = write(
        dir.path(),
        "r.toml",
        &format!("extends = \"stargate-2025\"\n{head}[[regions]]\nid = \"texas\"\npeak_mw = 1\n"),
    );
    let err = scenario::load(&region).unwrap_err().to_string();
    assert!(err.contains("regions[texas].peak_mw"), "{err}");

    write(
        dir.path(),
        "c.toml",
        &format!("extends = \"d.toml\"\n{head}"),
    );
    let d = write(
        dir.path(),
        "d.toml",
        &format!("extends = \"c.toml\"\n{head}"),
    );
    let err = scenario::load(&d).unwrap_err().to_string();
    assert!(err.contains("loops") && err.contains("c.toml"), "{err}");
    assert!(!err.contains('\n'), "one line: {err}");

    let rule = write(
        dir.path(),
        "e.toml",
        &format!(
            "extends = \"stargate-2025\"\n{head}[[starting_rules]]\nseat = \"utility\"\nfield = \"chip_tariff\"\nvalue = 0.5\n"
        ),
    );
    let err = scenario::load(&rule).unwrap_err().to_string();
    assert!(err.contains("utility.chip_tariff"), "{err}");
    let range = write(
        dir.path(),
        "f.toml",
        &format!(
            "extends = \"stargate-2025\"\n{head}[[starting_rules]]\nseat = \"whitehouse\"\nfield = \"chip_tariff\"\nvalue = 9.0\n"
        ),
    );
    let err = scenario::load(&range).unwrap_err().to_string();
    assert!(
        err.contains("chip_tariff") && err.contains("out of range"),
        "{err}"
    );

    // A variant of a variant, by path, resolves through both.
    let child = write(
        dir.path(),
        "g.toml",
        &format!(
            "extends = \"{}\"\n{head}",
            dir.path().join("h.toml").display()
        ),
    );
    write(
        dir.path(),
        "h.toml",
        "extends = \"tariff-war\"\n[scenario]\nid = \"h\"\nname = \"H\"\ndescription = \"h\"\n",
    );
    let s = scenario::load(&child).unwrap();
    assert_eq!(s.params.starting_rules.len(), 2, "the grandparent's rules");
}

/// Ten quarters of a variant: bots at every seat but the White House, which keeps the rules it
/// starts with, as a player who changes nothing would.
fn play(id: &str, seed: u64) -> Game {
    let scenario = load(id);
    let turns = scenario.params.scenario.turns;
    let mut game = Game::new(scenario, seed);
    let mut bots = Controllers::bots_except(None);
    while !game.is_over() && game.world.turn < turns.min(10) {
        let mut orders = bots.all_orders(&game);
        orders.whitehouse = game.world.last_orders.carried_forward().whitehouse;
        game.play(orders);
    }
    game
}

fn openai_revenue_2026(game: &Game) -> f64 {
    game.turns
        .iter()
        .filter(|t| t.report.date.year == 2026)
        .filter_map(|t| t.report.company(CompanyId::OpenAi))
        .map(|c| c.revenue_bn)
        .sum()
}

#[test]
fn each_variant_moves_what_its_premise_is_about() {
    let seeds = 0..6u64;
    let count = |f: &dyn Fn(u64) -> bool| seeds.clone().filter(|s| f(*s)).count();
    let base: Vec<Game> = seeds.clone().map(|s| play(scenario::DEFAULT, s)).collect();
    let winter = count(&|s| {
        openai_revenue_2026(&play("ai-winter", s)) < openai_revenue_2026(&base[s as usize])
    });
    assert!(
        winter >= 5,
        "AI winter lowered OpenAI's 2026 revenue in {winter} of 6"
    );
    let boom = count(&|s| {
        openai_revenue_2026(&play("ai-boom", s)) > openai_revenue_2026(&base[s as usize])
    });
    assert!(
        boom >= 5,
        "AI boom raised OpenAI's 2026 revenue in {boom} of 6"
    );
    let peak = |g: &Game| {
        g.turns
            .iter()
            .find(|t| t.report.date.to_string() == "2026 Q3")
            .and_then(|t| t.report.regions.first().map(|r| r.peak_load_mw))
            .unwrap_or(0.0)
    };
    let heat = count(&|s| peak(&play("texas-heat", s)) > peak(&base[s as usize]));
    assert!(
        heat >= 5,
        "the heat raised Texas's 2026 Q3 peak in {heat} of 6"
    );
    let tariff = |g: &Game| {
        g.turns
            .iter()
            .map(|t| t.report.politics.tariff_revenue_bn)
            .sum::<f64>()
    };
    let war = count(&|s| tariff(&play("tariff-war", s)) > tariff(&base[s as usize]));
    assert!(
        war >= 5,
        "the tariff war raised tariff revenue in {war} of 6"
    );
    let lost = |g: &Game| {
        g.turns
            .iter()
            .flat_map(|t| &t.report.regions)
            .map(|r| r.mw_lost)
            .sum::<f64>()
    };
    let rules = count(&|s| lost(&play("federal-rules", s)) <= lost(&base[s as usize]));
    assert!(
        rules >= 5,
        "ride-through from the start lost no more load in {rules} of 6"
    );
    assert!(
        seeds
            .clone()
            .map(|s| lost(&play("federal-rules", s)))
            .sum::<f64>()
            < base.iter().map(lost).sum::<f64>(),
        "ride-through from the start lowers the load lost to faults"
    );
}

/// Who the White House's grants go to is the scenario's: a variant that pays them all to
/// factories funds more manufacturing jobs with the same money and nothing to Oracle, and a
/// split over one is refused naming both keys.
#[test]
fn the_subsidy_split_is_the_scenarios_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let head = "[scenario]\nid = \"x\"\nname = \"X\"\ndescription = \"x\"\n";
    let factories = write(
        dir.path(),
        "factories.toml",
        &format!(
            "extends = \"stargate-2025\"\n{head}[politics]\nsubsidy_oracle_share = 0.0 # assumption: a test\nsubsidy_manufacturing_share = 1.0 # assumption: a test\n"
        ),
    );
    let variant = scenario::load(&factories).unwrap();
    let base = load("stargate-2025");
    let grant = |o: &mut overbuild::engine::Orders, turn: u32| {
        if turn == 0 {
            o.whitehouse.subsidy_bn += 20.0;
        }
    };
    let jobs = |s: &Scenario| {
        common::play_historical(s, 3, 1, &grant)
            .world
            .politics
            .grant_jobs_k
    };
    let per_bn = base.params.politics.jobs_per_subsidy_bn_k;
    assert!((jobs(&base) - per_bn * 20.0 * 0.3).abs() < 1e-9);
    assert!((jobs(&variant) - per_bn * 20.0).abs() < 1e-9);

    let over = write(
        dir.path(),
        "over.toml",
        &format!(
            "extends = \"stargate-2025\"\n{head}[politics]\nsubsidy_oracle_share = 0.8 # assumption: a test\n"
        ),
    );
    let err = scenario::load(&over).unwrap_err().to_string();
    assert!(
        err.contains("subsidy_oracle_share") && err.contains("subsidy_manufacturing_share"),
        "{err}"
    );
}

/// Constants the engine held until facilitators could change them (issue 21), by their keys.
const MOVED_FROM_THE_ENGINE: [&str; 20] = [
    "market.pension_default_loss_share",
    "market.credibility_start",
    "market.credibility_wear",
    "market.credibility_contradicted_loss",
    "market.credibility_full_fall_q",
    "market.credibility_bill_tolerance",
    "market.credibility_full_bill_rise",
    "market.credibility_caution_build",
    "market.credibility_quiet_drift",
    "market.lease_reclassification_share",
    "politics.statement_points",
    "grid.demand_response_strike",
    "grid.congestion_onset",
    "grid.congestion_slope",
    "utility.dc_delivery_weight",
    "utility.dc_standard_upgrade_weight",
    "objectives.openai_default_prob_full",
    "objectives.openai_default_prob_none",
    "objectives.openai_runway_q",
    "objectives.utility_reserve_gap_none",
];

/// A scenario written before those keys existed plays with the values the engine had, which
/// the base scenario keeps; a value out of range is refused naming its key and range.
#[test]
fn parameters_moved_from_the_engine_keep_their_values_and_ranges() {
    let leaf = |key: &str| key.rsplit('.').next().unwrap().to_string();
    let keys: Vec<String> = MOVED_FROM_THE_ENGINE.iter().map(|k| leaf(k)).collect();
    let (_, base_text) = BUILTIN[0];
    let (mut older, mut removed, mut in_grid) = (String::new(), 0, false);
    for line in base_text.lines() {
        if line.starts_with('[') {
            in_grid = line.starts_with("[grid]");
        }
        let key = line.split('=').next().unwrap_or("").trim();
        if keys.iter().any(|k| k == key) {
            removed += 1;
        } else if !in_grid {
            older.push_str(line);
            older.push('\n');
        }
    }
    assert_eq!(removed, keys.len(), "each key once in the base");
    let dir = tempfile::tempdir().unwrap();
    let older = scenario::load(&write(dir.path(), "older.toml", &older)).unwrap();
    assert_eq!(params_value(&older), params_value(&load("stargate-2025")));

    let head = "[scenario]\nid = \"x\"\nname = \"X\"\ndescription = \"x\"\n";
    let mut variant = format!("extends = \"stargate-2025\"\n{head}");
    for table in ["market", "politics", "grid", "utility", "objectives"] {
        variant.push_str(&format!("[{table}]\n"));
        for key in MOVED_FROM_THE_ENGINE
            .iter()
            .filter(|k| k.starts_with(table))
        {
            variant.push_str(&format!("{} = 1e9 # assumption: a test\n", leaf(key)));
        }
    }
    let err = scenario::load(&write(dir.path(), "wide.toml", &variant))
        .unwrap_err()
        .to_string();
    for key in MOVED_FROM_THE_ENGINE {
        assert!(
            err.contains(&format!("{key} = 1000000000 is out of range: allowed ")),
            "{key}: {err}"
        );
    }
}

/// A supply shock's premium fades by the scenario's persistence, good by good: none of it is
/// left after a quarter where a scenario says so, 60% where the base does.
#[test]
fn a_supply_shocks_fade_is_the_scenarios() {
    let left_after_a_quarter = |persistence: Option<f64>| {
        let s = match persistence {
            Some(v) => common::scenario_with(|p| p.supply.gpu.shock_price_persistence = v),
            None => load("stargate-2025"),
        };
        let mut world = Game::new(s, 1).world;
        let gpu = overbuild::engine::ids::Good::Gpu.index();
        world.supply.goods[gpu].shock_price = 1.5;
        overbuild::engine::supply::update_markets(&mut world);
        world.supply.goods[gpu].shock_price - 1.0
    };
    assert!((left_after_a_quarter(None) - 0.3).abs() < 1e-12);
    assert_eq!(left_after_a_quarter(Some(0.0)), 0.0);
}

#[test]
fn rates_carry_the_authorised_roe_on_equity_grossed_up_for_tax_and_the_bond_cost_on_debt() {
    let s = load("stargate-2025");
    let p = &s.params;
    let pjm = p.region_index("pjm").unwrap();
    let roe = p.regions[pjm].retail.allowed_roe;
    let debt = p.utility.capex_debt_share;
    let bonds = p.market.risk_free + p.utility.spread_bp / 10_000.0;
    let expected =
        (1.0 - debt) * roe / (1.0 - overbuild::engine::params::UTILITY_TAX_RATE) + debt * bonds;
    assert!((p.carrying_return(pjm) - expected).abs() < 1e-12);
    // An after-tax ROE on equity, cheaper debt on the rest: below the ROE, above the bonds.
    assert!(p.carrying_return(pjm) < roe && p.carrying_return(pjm) > bonds);

    // A scenario written when the key was `allowed_return` still reads it as the ROE.
    let dir = tempfile::tempdir().unwrap();
    let head = "[scenario]\nid = \"x\"\nname = \"X\"\ndescription = \"x\"\n";
    let old = write(
        dir.path(),
        "old.toml",
        &format!(
            "extends = \"stargate-2025\"\n{head}[[regions]]\nid = \"pjm\"\n[regions.retail]\nallowed_return = 0.11\n"
        ),
    );
    let loaded = scenario::load(&old).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.params.regions[pjm].retail.allowed_roe, 0.11);
}
