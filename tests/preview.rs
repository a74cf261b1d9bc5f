//! The preview is the engine: with the other seats on their standing orders and no event card,
//! the previewed quarter is the quarter that resolves; every order field shows its effect.

#[path = "common/mod.rs"]
mod common;

use overbuild::engine::orders::{FieldKind, Value, fields};
use overbuild::engine::preview::figures;
use overbuild::engine::report::Msg;
use overbuild::engine::{Seat, SeatOrders};
use overbuild::game::{Controllers, Game};

/// The default scenario with an empty deck: no card can fire.
fn quiet_game(seed: u64) -> Game {
    let mut scenario = common::default_scenario();
    std::sync::Arc::make_mut(&mut scenario.params)
        .events
        .clear();
    Game::new(scenario, seed)
}

/// The preview's line with this key; the test fails naming the key when there is none.
fn line<'a>(lines: &'a [Msg], key: &str) -> &'a Msg {
    lines
        .iter()
        .find(|m| m.key == key)
        .unwrap_or_else(|| panic!("no {key} line: {lines:?}"))
}

fn projected(lines: &[Msg], seat: Seat, game: &Game) -> Vec<Msg> {
    let keys: Vec<String> = figures(&game.world, seat)
        .into_iter()
        .map(|m| m.key)
        .collect();
    lines
        .iter()
        .filter(|m| keys.contains(&m.key))
        .cloned()
        .collect()
}

#[test]
fn with_standing_orders_and_no_event_the_preview_is_the_resolved_quarter() {
    let mut game = quiet_game(21);
    let mut bots = Controllers::bots_except(None);
    // A few quarters in, so revenue, interest and leases are running.
    for _ in 0..3 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    for seat in Seat::ALL {
        let mut draft = game.world.last_orders.carried_forward().seat(seat);
        let spec = &fields(seat)[0];
        let bumped = match spec.kind {
            FieldKind::Number { max, .. } | FieldKind::Regional { max, .. } => {
                Value::Number(max / 2.0)
            }
            FieldKind::Toggle => Value::Toggle(true),
            FieldKind::Choice(_) => Value::Choice(1),
        };
        draft.set(spec.key, 0, bumped);
        let lines = game.preview(&draft);
        let mut fork = Game {
            scenario: game.scenario.clone(),
            seed: game.seed,
            world: game.world.clone(),
            rngs: game.rngs.clone(),
            turns: Vec::new(),
            start_hash: game.start_hash.clone(),
        };
        let mut orders = game.world.last_orders.carried_forward();
        orders.set_seat(draft);
        fork.play(orders);
        let resolved = figures(&fork.world, seat);
        assert!(resolved.len() >= 3, "{resolved:?}");
        assert_eq!(projected(&lines, seat, &game), resolved, "{}", seat.id());
    }
}

/// A value of the field away from its default: the far end of its range, or the other choice.
fn changed(draft: &mut SeatOrders, spec: &overbuild::engine::orders::FieldSpec) {
    let value = match (spec.kind, draft.get(spec.key, 0)) {
        (FieldKind::Number { min, max, .. }, Some(Value::Number(v)))
        | (FieldKind::Regional { min, max, .. }, Some(Value::Number(v))) => {
            Value::Number(if v - min < max - v {
                (min + max) / 2.0
            } else {
                min
            })
        }
        (_, Some(Value::Toggle(b))) => Value::Toggle(!b),
        (_, Some(Value::Choice(i))) => Value::Choice((i + 1) % 3),
        other => panic!("{}: {other:?}", spec.key),
    };
    assert!(draft.set(spec.key, 0, value));
}

#[test]
fn every_order_field_shows_its_effect() {
    let mut game = quiet_game(5);
    let mut bots = Controllers::bots_except(None);
    for _ in 0..2 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    let mut moved = 0;
    let mut total = 0;
    for seat in Seat::ALL {
        let standing = game.world.last_orders.carried_forward().seat(seat);
        for spec in fields(seat) {
            let mut draft = standing.clone();
            changed(&mut draft, spec);
            let id = format!("{}.{}", seat.id(), spec.key);
            let effects: Vec<Msg> = game
                .preview(&draft)
                .into_iter()
                .filter(|m| m.key.starts_with("preview-effect"))
                .collect();
            assert_eq!(effects.len(), 1, "{id}: {effects:?}");
            assert_eq!(effects[0].text_arg("field"), Some(id.as_str()));
            total += 1;
            if effects[0].key == "preview-effect-later" {
                eprintln!("LATER {id}");
                continue;
            }
            moved += 1;
            let figures = ["score", "change", "other"].map(|a| effects[0].number(a).unwrap());
            // The utility's contracts can move only a reserve margin.
            let reserve = effects[0].number("reserve").unwrap_or(0.0);
            assert!(
                figures.iter().any(|d| d.abs() > 1e-9) || reserve.abs() > 1e-9,
                "{id}: {figures:?}"
            );
        }
    }
    // At least half the levers move the seat's score or headline figure within the quarter;
    // builds and standards that act later may not, nor demand response in a quarter without
    // a scarce hour (this game's 2025 Q3 has none since Texas's summers swing less).
    assert!(
        moved * 2 >= total,
        "only {moved} of {total} fields moved a figure"
    );
}

#[test]
fn the_levers_of_the_dilemma_move_what_they_should() {
    let mut game = quiet_game(9);
    let mut bots = Controllers::bots_except(None);
    for _ in 0..2 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    let effect = |seat: Seat, key: &str, value: Value| -> (f64, f64) {
        let mut draft = game.world.last_orders.carried_forward().seat(seat);
        draft.set(key, 0, value);
        let lines = game.preview(&draft);
        let e = lines
            .iter()
            .find(|m| m.key.starts_with("preview-effect"))
            .unwrap_or_else(|| panic!("{key}: {lines:?}"));
        (e.number("score").unwrap(), e.number("change").unwrap())
    };
    let (_, cash) = effect(Seat::Oracle, "build_mw", Value::Number(3000.0));
    assert!(cash < 0.0, "a build costs Oracle cash: {cash}");
    let (_, cash) = effect(Seat::Oracle, "bond_bn", Value::Number(20.0));
    assert!(cash > 0.0, "a bond raises cash: {cash}");
    let (_, cash) = effect(Seat::OpenAi, "equity_raise_bn", Value::Number(20.0));
    assert!(cash > 0.0, "an equity raise adds cash: {cash}");
    // A rate case is decided a year after it is filed: its note gives households' bill then.
    let mut draft = game.world.last_orders.carried_forward().seat(Seat::Utility);
    draft.set("rate_case_pct", 0, Value::Number(10.0));
    let lines = game.preview(&draft);
    let note = line(&lines, "preview-rate-case");
    let bill = note.number("bill").unwrap();
    assert!(bill > 0.0, "a rate case raises households' bills: {bill}");
}

#[test]
fn cost_shares_and_the_federal_rule_show_what_households_would_pay() {
    let mut game = quiet_game(9);
    let mut bots = Controllers::bots_except(None);
    // Far enough in that grid upgrades are in the rate base, for the cost shares to split.
    for _ in 0..12 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    // Cost shares act at the next annual rate reset: the note gives households' change then.
    let cost_share = |seat: Seat, set: &[(&str, Value)]| -> f64 {
        let mut draft = game.world.last_orders.carried_forward().seat(seat);
        for (key, value) in set {
            draft.set(key, 0, *value);
        }
        let lines = game.preview(&draft);
        lines
            .iter()
            .filter(|m| m.key == "preview-cost-share")
            .map(|m| m.number("cents").unwrap())
            .sum()
    };
    let share = cost_share(Seat::Utility, &[("large_load_share", Value::Number(1.0))]);
    assert!(share < 0.0, "large loads paying for upgrades: {share}");
    let federal = [
        ("federal_rule", Value::Toggle(true)),
        ("federal_share", Value::Number(1.0)),
    ];
    let federal = cost_share(Seat::WhiteHouse, &federal);
    assert!(
        federal < 0.0,
        "a federal rule charging large loads: {federal}"
    );
}

/// A grant's jobs arrive after it, so its score this quarter shows little: the preview says how
/// many jobs its factories will hold, as the next quarters bring them.
#[test]
fn a_grant_says_the_jobs_its_factories_will_hold() {
    let game = quiet_game(9);
    let p = &game.world.params.politics;
    let mut draft = game
        .world
        .last_orders
        .carried_forward()
        .seat(Seat::WhiteHouse);
    draft.set("subsidy_bn", 0, Value::Number(20.0));
    let lines = game.preview(&draft);
    let note = line(&lines, "preview-grant-jobs");
    let jobs = note.number("jobs").unwrap();
    assert!((jobs - 20.0 * p.subsidy_manufacturing_share * p.jobs_per_subsidy_bn_k).abs() < 1e-9);
    // The quarter's own jobs figure holds only the first part of them.
    let now = lines
        .iter()
        .find(|m| m.key == "preview-politics")
        .and_then(|m| m.number("jobs"))
        .unwrap();
    assert!(now - p.jobs_start_k < 0.5 * jobs, "{now} against {jobs}");
    // Without a grant, no note.
    let quiet = game.preview(
        &game
            .world
            .last_orders
            .carried_forward()
            .seat(Seat::WhiteHouse),
    );
    assert!(quiet.iter().all(|m| m.key != "preview-grant-jobs"));
}

/// The SPV line quotes the lease the SPV is signed on: the same terms (the bonds' coupon over
/// the tenant's, the partners' return, sixteen years), not a rate of its own.
#[test]
fn an_spv_quotes_the_lease_it_is_signed_on() {
    let mut game = quiet_game(5);
    let mut draft = game.world.last_orders.carried_forward().seat(Seat::Oracle);
    draft.set("spv_bn", 0, Value::Number(10.0));
    let lines = game.preview(&draft);
    let quoted = lines
        .iter()
        .find(|m| m.key == "preview-spv")
        .and_then(|m| m.number("lease"))
        .unwrap_or_else(|| panic!("no SPV line: {lines:?}"));
    let mut orders = game.world.last_orders.carried_forward();
    orders.set_seat(draft);
    game.play(orders);
    let signed = game.turns[0]
        .report
        .news
        .iter()
        .find(|n| n.msg.key == "news-spv-signed")
        .expect("the SPV was signed");
    assert_eq!(signed.msg.number("amount"), Some(10.0));
    let lease = signed.msg.number("lease").unwrap();
    assert!(
        (quoted - lease).abs() < 1e-9,
        "quoted {quoted} against {lease}"
    );
}

/// Where the data centers already promised (connected, waiting, approved) pass a network's
/// hosting capacity, the preview says by how much instead of quoting a negative headroom; where
/// they fit, it quotes the room left. The scenario's Mid-Atlantic starts past its capacity.
#[test]
fn the_preview_says_where_promised_data_centers_pass_hosting_capacity() {
    let game = quiet_game(1);
    let draft = game.world.last_orders.carried_forward().seat(Seat::Utility);
    let lines = game.preview(&draft);
    let mut over_somewhere = false;
    for (r, region) in game.world.params.regions.iter().enumerate() {
        let dc = &game.world.regions[r].dc;
        let promised = dc.connected_mw() + dc.waiting_mw() + dc.approved_mw;
        let line = lines
            .iter()
            .find(|m| {
                m.key.starts_with("preview-hosting") && m.text_arg("region") == Some(&region.id)
            })
            .unwrap_or_else(|| panic!("no hosting line for {}: {lines:?}", region.id));
        let gap = promised - dc.hosting_capacity_mw;
        let (key, figure) = if gap > 0.0 {
            over_somewhere = true;
            ("preview-hosting-over", line.number("over"))
        } else {
            ("preview-hosting", line.number("headroom"))
        };
        assert_eq!(line.key, key, "{}", region.id);
        let figure = figure.unwrap_or_else(|| panic!("{}: {line:?}", region.id));
        assert!(
            (figure - gap.abs()).abs() < 1e-6,
            "{}: {figure} against {gap}",
            region.id
        );
    }
    assert!(over_somewhere, "no region starts past its hosting capacity");
}

/// A build the game will end before is said to be so: the note follows each build's wait, and
/// appears for a combined cycle ordered late in the game but not for a battery.
#[test]
fn a_build_that_comes_online_after_the_last_quarter_is_said_to() {
    let mut game = quiet_game(2);
    for _ in 0..10 {
        let orders = game.world.last_orders.carried_forward();
        game.play(orders);
    }
    let last = game.world.params.scenario.last_quarter().ordinal();
    let mut draft = game.world.last_orders.carried_forward().seat(Seat::Utility);
    draft.set("gas_cc_mw", 0, Value::Number(1000.0));
    draft.set("battery_mw", 1, Value::Number(100.0));
    let lines = game.preview(&draft);
    let waits: Vec<f64> = lines
        .iter()
        .filter(|m| m.key == "preview-wait")
        .filter_map(|m| m.number("quarters"))
        .collect();
    assert_eq!(waits.len(), 2, "two builds, two waits: {lines:?}");
    let after = waits
        .iter()
        .filter(|q| game.world.date.ordinal() + **q as u32 > last)
        .count();
    let notes = lines
        .iter()
        .filter(|m| m.key == "preview-after-the-game")
        .count();
    assert_eq!(notes, after, "{lines:?}");
    assert_eq!(
        after, 1,
        "the combined cycle ends after the game, the battery inside: {waits:?}"
    );
}

/// A company's preview says how much of the share price's move is the player's: today's price
/// beside the estimate, and, when the draft changes an order, the price the standing orders
/// would give, which is the quarter that resolves if the player submits no change.
#[test]
fn the_preview_splits_the_share_price_move_between_the_orders_and_the_market() {
    let mut game = quiet_game(3);
    let today = game
        .world
        .company(overbuild::engine::CompanyId::Oracle)
        .share_price();
    let standing = game.world.last_orders.carried_forward().seat(Seat::Oracle);
    let unchanged = game.preview(&standing);
    let line = unchanged
        .iter()
        .find(|m| m.key == "preview-market-today")
        .unwrap_or_else(|| panic!("no line on today's price: {unchanged:?}"));
    assert_eq!(line.number("today"), Some(today));
    assert!(!unchanged.iter().any(|m| m.key == "preview-market-standing"));
    let mut draft = standing.clone();
    draft.set("build_mw", 0, Value::Number(2000.0));
    let lines = game.preview(&draft);
    let keys: Vec<&str> = lines.iter().map(|m| m.key.as_str()).collect();
    let at = |key: &str| keys.iter().position(|k| *k == key);
    assert_eq!(
        at("preview-market-standing"),
        at("preview-market").map(|i| i + 1)
    );
    let without = lines
        .iter()
        .find(|m| m.key == "preview-market-standing")
        .unwrap();
    let with = lines.iter().find(|m| m.key == "preview-market").unwrap();
    assert_eq!(without.number("today"), Some(today));
    assert_ne!(
        without.number("price"),
        with.number("price"),
        "the build moved nothing"
    );
    // Submitting the standing orders resolves the quarter the line quoted.
    game.play(game.world.last_orders.carried_forward());
    let resolved = game.world.company(overbuild::engine::CompanyId::Oracle);
    assert_eq!(without.number("price"), Some(resolved.share_price()));
    assert_eq!(without.number("spread"), Some(resolved.spread_bp));
}

/// OpenAI's shares do not trade: its preview quotes a valuation in billions, not a share price.
#[test]
fn openai_s_preview_quotes_its_valuation() {
    let game = quiet_game(3);
    let standing = game.world.last_orders.carried_forward().seat(Seat::OpenAi);
    let lines = game.preview(&standing);
    let keys: Vec<&str> = lines.iter().map(|m| m.key.as_str()).collect();
    assert!(keys.contains(&"preview-market-valuation"), "{keys:?}");
    assert!(keys.contains(&"preview-valuation-today"), "{keys:?}");
    assert!(!keys.contains(&"preview-market"), "{keys:?}");
    let today = lines.iter().find(|m| m.key == "preview-valuation-today");
    let valuation = game
        .world
        .company(overbuild::engine::CompanyId::OpenAi)
        .market_cap_bn;
    assert_eq!(today.and_then(|m| m.number("today")), Some(valuation));
}

/// Demand response moves no dollar in a quarter without scarcity in an energy-only market, but
/// it is firm capacity: its line names the reserve margin it raises, not "no change".
#[test]
fn demand_response_says_which_reserve_margin_it_raises() {
    let mut game = quiet_game(5);
    let mut bots = Controllers::bots_except(None);
    let orders = bots.all_orders(&game);
    game.play(orders);
    let texas = game.world.params.region_index("texas").unwrap();
    let mut draft = game.world.last_orders.carried_forward().seat(Seat::Utility);
    assert!(draft.set("demand_response_mw", texas, Value::Number(1000.0)));
    let effect = game
        .preview(&draft)
        .into_iter()
        .find(|m| m.key.starts_with("preview-effect"))
        .unwrap();
    assert_eq!(effect.key, "preview-effect-utility", "{effect:?}");
    assert_eq!(effect.text_arg("moved"), Some("yes"));
    assert_eq!(effect.text_arg("region"), Some("texas"));
    let points = effect.number("reserve").unwrap();
    assert!(points > 0.5 && points < 5.0, "{points}");
}

#[test]
fn a_capacity_cap_is_told_at_the_auction_it_binds() {
    let mut game = quiet_game(3);
    let mut bots = Controllers::bots_except(None);
    // To 2025 Q4, the quarter PJM's auction is held.
    for _ in 0..3 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    let mut draft = game.world.last_orders.carried_forward().seat(Seat::Utility);
    draft.set("capacity_cap", 0, Value::Number(150.0));
    let lines = game.preview(&draft);
    let effect = lines
        .iter()
        .find(|m| m.key.starts_with("preview-effect"))
        .unwrap_or_else(|| panic!("no effect line: {lines:?}"));
    // The cap moves no price this quarter (the price in force was set at an earlier auction);
    // merchant plants weigh it from this quarter, so at most a thinner margin retires sooner.
    if effect.key != "preview-effect-later" {
        assert_eq!(effect.key, "preview-effect-utility", "{effect:?}");
        assert!(
            effect.number("change").unwrap().abs() < 0.0005,
            "{effect:?}"
        );
        assert!(effect.number("reserve").unwrap_or(0.0) <= 0.0, "{effect:?}");
    }
    let note = lines
        .iter()
        .find(|m| m.key == "preview-capacity-cap" && m.text_arg("region") == Some("pjm"))
        .unwrap_or_else(|| panic!("no note on PJM's auction: {lines:?}"));
    assert_eq!(note.text_arg("held"), Some("2025 Q4"));
    assert_eq!(note.text_arg("delivery"), Some("2027 Q3"));
    let [standing, capped, uncapped] =
        ["standing", "capped", "uncapped"].map(|a| note.number(a).unwrap());
    assert!(
        capped <= 150.0 && capped <= standing && standing <= uncapped,
        "{note:?}"
    );
    // Texas runs no capacity market, so no auction to bind.
    assert!(
        !lines
            .iter()
            .any(|m| m.key == "preview-capacity-cap" && m.text_arg("region") == Some("texas"))
    );
    // The auction held this quarter clears where the note said.
    let mut orders = game.world.last_orders.carried_forward();
    orders.set_seat(draft);
    let turn = game.play(orders);
    let cleared = turn
        .report
        .news
        .iter()
        .find(|n| n.msg.key == "news-capacity-auction" && n.msg.text_arg("region") == Some("pjm"))
        .and_then(|n| n.msg.number("price"))
        .expect("PJM's auction is held in the fourth quarter");
    assert!(
        (cleared - capped).abs() < 1.0,
        "cleared {cleared}, told {capped}"
    );
}

#[test]
fn oracles_ride_through_order_is_told_with_the_mw_it_fits() {
    use overbuild::engine::state::ProjectKind;
    let mut game = quiet_game(4);
    let standing = game.world.last_orders.carried_forward().seat(Seat::Oracle);
    assert!(
        !game
            .preview(&standing)
            .iter()
            .any(|m| m.key == "preview-ride-through"),
        "no ride-through is ordered by the standing orders"
    );
    let mut draft = standing.clone();
    draft.set("ride_through_share", 0, Value::Number(0.5));
    let lines = game.preview(&draft);
    let note = line(&lines, "preview-ride-through");
    let [mw, share, fleet, cost] =
        ["mw", "share", "fleet", "cost"].map(|a| note.number(a).unwrap());
    assert!(
        (share - 50.0).abs() < 1e-9 && fleet > 0.0 && cost > 0.0,
        "{note:?}"
    );
    assert!(mw > 0.0 && mw <= fleet * 0.5 + 1e-6, "{note:?}");
    // The quarter starts fitting what the note said.
    let mut orders = game.world.last_orders.carried_forward();
    orders.set_seat(draft);
    game.play(orders);
    let fitting: f64 = game
        .world
        .projects
        .iter()
        .filter(|p| p.kind == ProjectKind::RideThrough)
        .map(|p| p.size)
        .sum();
    assert!(
        (fitting - mw).abs() < 1.0,
        "fitting {fitting} MW, told {mw}"
    );
    // Oracle is told when the fitting is done, by the date the note gave.
    let online = note.text_arg("online").unwrap().to_string();
    let mut bots = Controllers::bots_except(None);
    let mut told = None;
    while told.is_none() && game.world.date.to_string() <= online {
        let orders = bots.all_orders(&game);
        let turn = game.play(orders);
        told = turn
            .report
            .news
            .iter()
            .find(|n| n.msg.key == "news-ride-through-fitted")
            .map(|n| (n.private_to, n.msg.number("mw").unwrap()));
    }
    let (to, fitted) = told.unwrap_or_else(|| panic!("no news of the fitting by {online}"));
    assert_eq!(to, Some(Seat::Oracle));
    assert!(fitted >= mw - 1.0, "fitted {fitted} MW, ordered {mw}");
}

#[test]
fn smooth_ramps_are_told_with_what_they_save_in_a_fault_and_cost() {
    let mut game = quiet_game(6);
    let mut bots = Controllers::bots_except(None);
    // A year in, when OpenAI's sites are a part of Texas's data centers.
    for _ in 0..4 {
        let orders = bots.all_orders(&game);
        game.play(orders);
    }
    let notes = |intensity: f64| -> Vec<Msg> {
        let mut draft = game.world.last_orders.carried_forward().seat(Seat::OpenAi);
        draft.set("ride_through_cooperation", 0, Value::Toggle(true));
        draft.set("training_intensity", 0, Value::Number(intensity));
        game.preview(&draft)
            .into_iter()
            .filter(|m| m.key.starts_with("preview-ramps"))
            .collect()
    };
    let full = notes(1.0);
    let regions: Vec<&Msg> = full
        .iter()
        .filter(|m| m.key == "preview-ramps-region")
        .collect();
    assert!(!regions.is_empty(), "{full:?}");
    let mut saved_somewhere = false;
    for m in &regions {
        let [with, without, share] = ["with", "without", "share"].map(|a| m.number(a).unwrap());
        assert!(with <= without + 1e-9, "{m:?}");
        if share > 0.5 {
            assert!(
                with < without,
                "smoothing saves load where OpenAI has sites: {m:?}"
            );
            saved_somewhere = true;
        }
    }
    assert!(
        saved_somewhere,
        "OpenAI has sites somewhere a year in: {regions:?}"
    );
    let cost = full.iter().find(|m| m.key == "preview-ramps-cost").unwrap();
    assert!(cost.number("cost").unwrap() > 0.0);
    // Without training there is no lock-step swing for smoothing to save.
    for m in notes(0.0)
        .iter()
        .filter(|m| m.key == "preview-ramps-region")
    {
        assert_eq!(m.number("with"), m.number("without"), "{m:?}");
    }
    // With smooth ramps off, nothing is said of them.
    let standing = game.world.last_orders.carried_forward().seat(Seat::OpenAi);
    if standing.get("ride_through_cooperation", 0) == Some(Value::Toggle(false)) {
        assert!(
            !game
                .preview(&standing)
                .iter()
                .any(|m| m.key.starts_with("preview-ramps"))
        );
    }
}

#[test]
fn fast_track_is_told_with_the_dates_it_moves_and_the_queue_it_clears() {
    let game = quiet_game(8);
    let standing = game
        .world
        .last_orders
        .carried_forward()
        .seat(Seat::WhiteHouse);
    assert_eq!(standing.get("fast_track", 0), Some(Value::Toggle(false)));
    assert!(
        !game
            .preview(&standing)
            .iter()
            .any(|m| m.key == "preview-fast-track")
    );
    let mut draft = standing.clone();
    draft.set("fast_track", 0, Value::Toggle(true));
    let lines = game.preview(&draft);
    let note = line(&lines, "preview-fast-track");
    for what in ["gas", "grid", "dc"] {
        let (with, before) = (
            note.text_arg(what).unwrap(),
            note.text_arg(&format!("{what}_before")).unwrap(),
        );
        assert!(
            with <= before,
            "{what}: fast-track never makes a date later: {note:?}"
        );
    }
    let told = note.number("queue").unwrap();
    assert!(told > 0.0, "{note:?}");
    // Paired: the quarter with fast-track ends with a shorter queue, by about what was told.
    let queue = |fast: bool| {
        let mut g = quiet_game(8);
        let mut orders = g.world.last_orders.carried_forward();
        let mut wh = standing.clone();
        wh.set("fast_track", 0, Value::Toggle(fast));
        orders.set_seat(wh);
        g.play(orders);
        g.world.regions.iter().map(|r| r.dc.queue_mw).sum::<f64>()
    };
    let cleared = queue(false) - queue(true);
    assert!(
        cleared >= 0.8 * told && cleared <= 1.5 * told,
        "cleared {cleared} MW, told {told} MW"
    );
}

#[test]
fn a_ride_through_rule_is_told_with_the_share_it_reaches_and_when() {
    let mut game = quiet_game(12);
    let standing = game.world.last_orders.carried_forward().seat(Seat::Utility);
    assert_eq!(
        standing.get("ride_through_required", 0),
        Some(Value::Toggle(false))
    );
    let mut draft = standing.clone();
    draft.set("ride_through_required", 0, Value::Toggle(true));
    let lines = game.preview(&draft);
    let note = line(&lines, "preview-ride-through-rule");
    assert_eq!(note.text_arg("on"), Some("yes"));
    let [now, target] = ["now", "target"].map(|a| note.number(a).unwrap());
    assert!(now < target, "{note:?}");
    let by = note.text_arg("by").unwrap().to_string();
    // Under the rule, by the quarter told, the regions' data-center load rides through at the
    // share told.
    let mut bots = Controllers::bots_except(None);
    while game.world.date.to_string() <= by {
        let mut orders = bots.all_orders(&game);
        orders.set_seat(draft.clone());
        game.play(orders);
    }
    let (fitted, load) = game.world.regions.iter().fold((0.0, 0.0), |(f, l), r| {
        let mw = r.dc.connected_mw();
        (f + mw * r.dc.ride_through_share, l + mw)
    });
    let reached = fitted / load * 100.0;
    assert!(
        reached >= target - 2.0,
        "{reached:.1}% by {by}, told {target}%"
    );
}
