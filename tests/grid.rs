//! The grid's scenario checks and its transfers between connected regions.

use overbuild::engine::{Orders, Rngs, World, resolve};
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

#[test]
fn bad_grid_data_is_refused_naming_the_key() {
    let negative = default_text().replacen("nuclear = 5000", "nuclear = -5000", 1);
    assert!(
        problems(&negative).contains("regions[0].fleet.nuclear = -5000 is out of range"),
        "{}",
        problems(&negative)
    );

    let short_shape = default_text().replacen("[0.937, 0.910, ", "[0.910, ", 1);
    assert!(
        problems(&short_shape).contains("regions[0].daily_shape[0] has 23 values, needs 24"),
        "{}",
        problems(&short_shape)
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
