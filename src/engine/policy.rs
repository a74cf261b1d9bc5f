//! Orders that set rules rather than spend money: tariffs, cost allocation, ride-through,
//! interconnection approvals, demand response and the capacity-price cap.

use super::orders::{Orders, at};
use super::params::Params;
use super::report::{Msg, Severity, Topic, TurnReport};
use super::state::World;
use crate::engine::ids::Seat;

/// How strongly a minimum-demand charge deters speculative requests: the share of them it
/// keeps away per unit of the charge. Assumption: a bit above 1, so a charge near Ohio's 85% of
/// contracted demand deters (nearly) every speculative request.
const MIN_DEMAND_DETERRENCE: f64 = 1.2;

pub fn apply(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let wh = &orders.whitehouse;
    let u = &orders.utility;
    let policy = &mut world.policy;
    policy.chip_tariff = wh.chip_tariff;
    policy.equipment_tariff = wh.equipment_tariff;
    policy.exempt_intermediate = wh.exempt_intermediate;
    policy.fast_track = wh.fast_track;
    policy.federal_share = wh.federal_share_in_force();
    if u.ride_through_required && !policy.ride_through_required {
        policy.ride_through_since = Some(world.turn);
        report.say(
            Topic::Grid,
            Severity::Notice,
            Msg::new("news-ride-through-required"),
        );
    }
    if !u.ride_through_required {
        policy.ride_through_since = None;
    }
    policy.ride_through_required = u.ride_through_required;
    policy.large_load_share = u.large_load_share;
    let old_min_demand = policy.min_demand_charge;
    policy.min_demand_charge = u.min_demand_charge;
    policy.capacity_cap = u.capacity_cap;
    if let Some((cap, until)) = policy.lobbying_cap
        && world.turn < until
        && u.large_load_share > cap
    {
        report.tell(
            Seat::Utility,
            Topic::Orders,
            Severity::Notice,
            Msg::new("news-lobbying-cap")
                .num("wanted", u.large_load_share)
                .num("cap", cap),
        );
    }

    let params = world.params.clone();
    let siting: Vec<f64> = (0..world.regions.len())
        .map(|r| super::supply::siting_factor(world, r))
        .collect();
    let curtailable = demand_response_held(world, u, report);
    for (r, region) in world.regions.iter_mut().enumerate() {
        let p = &params.regions[r].data_centers;
        // Financial commitments make speculative requests withdraw; new ones arrive fewer.
        let raised = (u.min_demand_charge - old_min_demand).max(0.0);
        region.dc.queue_mw *= 1.0 - p.speculative_share * raised;
        let deterred = p.speculative_share * (u.min_demand_charge * MIN_DEMAND_DETERRENCE).min(1.0);
        // Firm requests go where large loads' terms are cheaper.
        region.dc.queue_mw += p.queue_inflow_mw_q * (1.0 - deterred) * siting[r];
        // Fast-tracked cluster studies with readiness deposits clear speculative requests.
        if wh.fast_track {
            region.dc.queue_mw *= 1.0 - fast_track_queue_exit(&params, r);
        }
        let approve = at(&u.approve_mw, r).min(region.dc.queue_mw);
        region.dc.queue_mw -= approve;
        region.dc.approved_mw += approve;
        region.demand_response_mw = curtailable[r];
    }
}

/// Demand response each region can hold: what the utility contracts, up to the data-center
/// load there is to curtail (grid::dc_load_mw). A contract beyond it would count as firm
/// capacity and be paid for standing ready with nothing behind it. The utility is told when
/// it sets such a contract.
fn demand_response_held(
    world: &World,
    u: &super::orders::UtilityOrders,
    report: &mut TurnReport,
) -> Vec<f64> {
    (0..world.regions.len())
        .map(|r| {
            let wanted = at(&u.demand_response_mw, r);
            let (held, capped) = demand_response_cap(world, r, wanted);
            let newly_set = changed(at(&world.last_orders.utility.demand_response_mw, r), wanted);
            if let Some(msg) = capped.filter(|_| newly_set) {
                report.tell(Seat::Utility, Topic::Orders, Severity::Notice, msg);
            }
            held
        })
        .collect()
}

/// What a demand-response contract holds in region `r`, and, when it asks for more than the
/// data-center load there, what the utility is told, in the news and the preview.
pub fn demand_response_cap(world: &World, r: usize, wanted_mw: f64) -> (f64, Option<Msg>) {
    let load = super::grid::dc_load_mw(world, r);
    if wanted_mw <= load {
        return (wanted_mw, None);
    }
    let msg = Msg::new("news-dr-capped")
        .text("region", world.params.regions[r].id.clone())
        .num("wanted", wanted_mw)
        .num("load", load);
    (load, Some(msg))
}

/// Not a model parameter: a rule moved by less than this is unchanged (rounding in a form).
const RULE_CHANGED: f64 = 1e-9;
/// Not a model parameter: the data center the tariff news prices, MW.
const NEWS_DC_MW: f64 = 1000.0;

fn changed(old: f64, new: f64) -> bool {
    (new - old).abs() > RULE_CHANGED
}

fn direction(old: f64, new: f64) -> &'static str {
    if new > old { "up" } else { "down" }
}

/// Tells everyone which rules a seat changed this quarter, against the orders that stood, and
/// what the tariffs do to a data center's price at this quarter's market. Rules are public
/// acts: a seat that pays more for a build should find why in the news.
pub fn announce(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    announce_white_house(world, orders, report);
    announce_utility(world, orders, report);
}

fn announce_white_house(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let old = world.last_orders.whitehouse.clone();
    let new = &orders.whitehouse;
    let mut msgs = Vec::new();
    for (key, was, now) in [
        ("news-rule-chip-tariff", old.chip_tariff, new.chip_tariff),
        (
            "news-rule-equipment-tariff",
            old.equipment_tariff,
            new.equipment_tariff,
        ),
    ] {
        if changed(was, now) {
            msgs.push(
                Msg::new(key)
                    .num("old", was)
                    .num("new", now)
                    .text("direction", direction(was, now)),
            );
        }
    }
    let tariffs_moved = !msgs.is_empty() || old.exempt_intermediate != new.exempt_intermediate;
    if old.exempt_intermediate != new.exempt_intermediate {
        msgs.push(Msg::new("news-rule-exempt").text("state", on_off(new.exempt_intermediate)));
    }
    if tariffs_moved {
        msgs.push(tariff_cost(world, &old));
    }
    if old.fast_track != new.fast_track {
        msgs.push(Msg::new("news-rule-fast-track").text("state", on_off(new.fast_track)));
    }
    match (old.federal_share_in_force(), new.federal_share_in_force()) {
        (None, Some(share)) => msgs.push(Msg::new("news-rule-federal-on").num("share", share)),
        (Some(_), None) => msgs.push(Msg::new("news-rule-federal-off")),
        (Some(was), Some(now)) if changed(was, now) => msgs.push(
            Msg::new("news-rule-federal-share")
                .num("old", was)
                .num("new", now),
        ),
        _ => {}
    }
    for msg in msgs {
        report.say(Topic::Politics, Severity::Notice, msg);
    }
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

/// A 1 GW data center's price now, and under the tariffs that stood, both at this quarter's
/// market (the policy is swapped for the estimate and put back).
fn tariff_cost(world: &mut World, old: &crate::engine::orders::WhiteHouseOrders) -> Msg {
    let kind = crate::engine::state::ProjectKind::DataCenter;
    let now = super::supply::estimate(world, kind, NEWS_DC_MW).cost_bn;
    let kept = world.policy.clone();
    world.policy.chip_tariff = old.chip_tariff;
    world.policy.equipment_tariff = old.equipment_tariff;
    world.policy.exempt_intermediate = old.exempt_intermediate;
    let before = super::supply::estimate(world, kind, NEWS_DC_MW).cost_bn;
    world.policy = kept;
    Msg::new("news-rule-tariff-cost")
        .num("now", now)
        .num("change", (now - before).abs())
        .text("direction", direction(before, now))
}

fn announce_utility(world: &World, orders: &Orders, report: &mut TurnReport) {
    let (old, new) = (&world.last_orders.utility, &orders.utility);
    let overridden = orders.whitehouse.federal_share_in_force().is_some();
    let mut msgs = Vec::new();
    if changed(old.large_load_share, new.large_load_share) {
        msgs.push(
            Msg::new("news-rule-large-load-share")
                .num("old", old.large_load_share)
                .num("new", new.large_load_share)
                .text("federal", if overridden { "overrides" } else { "none" }),
        );
    }
    if changed(old.min_demand_charge, new.min_demand_charge) {
        msgs.push(
            Msg::new("news-rule-min-demand")
                .num("old", old.min_demand_charge)
                .num("new", new.min_demand_charge),
        );
    }
    if changed(old.capacity_cap, new.capacity_cap) {
        msgs.push(
            Msg::new("news-rule-capacity-cap")
                .num("old", old.capacity_cap)
                .num("new", new.capacity_cap),
        );
    }
    for msg in msgs {
        report.say(Topic::Retail, Severity::Notice, msg);
    }
}

/// Share of region `r`'s interconnection queue that fast-tracked cluster studies with readiness
/// deposits clear in a quarter: its speculative requests, at the fast-track's exit rate.
pub(crate) fn fast_track_queue_exit(params: &Params, r: usize) -> f64 {
    params.regions[r].data_centers.speculative_share * params.build.fast_track_queue_exit_q
}

#[cfg(test)]
mod tests {
    use super::super::report::News;
    use super::*;

    fn world() -> World {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        World::new(s.params.clone(), s.hash.clone())
    }

    fn rule_news(report: &TurnReport) -> Vec<&News> {
        report
            .news
            .iter()
            .filter(|n| n.msg.key.starts_with("news-rule-"))
            .collect()
    }

    fn num(news: &News, name: &str) -> f64 {
        news.msg.number(name).unwrap_or(f64::NAN)
    }

    #[test]
    fn standing_rules_make_no_news_and_a_tariff_is_told_with_what_it_adds_to_a_build() {
        let w = world();
        let mut rngs = super::super::Rngs::new(3);
        let (_, quiet) = super::super::resolve(&w, &w.last_orders, &mut rngs);
        assert!(rule_news(&quiet).is_empty(), "{:?}", rule_news(&quiet));

        let mut orders = w.last_orders.clone();
        orders.whitehouse.chip_tariff = 0.25;
        orders.utility.large_load_share = 0.6;
        let mut rngs = super::super::Rngs::new(3);
        let (_, told) = super::super::resolve(&w, &orders, &mut rngs);
        let news = rule_news(&told);
        let keys: Vec<&str> = news.iter().map(|n| n.msg.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "news-rule-chip-tariff",
                "news-rule-tariff-cost",
                "news-rule-large-load-share"
            ]
        );
        assert!(news.iter().all(|n| n.private_to.is_none()));
        assert_eq!(num(news[0], "new"), 0.25);
        // The chips' price rises by the tariff on their imported share, so the build costs
        // more, by less than a quarter of its price.
        let (now, more) = (num(news[1], "now"), num(news[1], "change"));
        assert!(more > 0.0 && more < 0.25 * now, "{now} {more}");
        assert_eq!(news[1].msg.text_arg("direction"), Some("up"));
    }

    /// A contract for more demand response than the data centers draw holds only their load:
    /// the reserve margin and the standing-ready payments are those of a contract for exactly
    /// that load, and the utility is told.
    #[test]
    fn demand_response_holds_no_more_than_the_data_center_load_it_curtails() {
        let w = world();
        let west = w.params.region_index("west").unwrap();
        let load = super::super::grid::dc_load_mw(&w, west);
        assert!(load > 0.0 && load < 5000.0, "{load}");
        let play = |mw: f64| {
            let mut orders = w.last_orders.clone();
            let mut contracted = vec![0.0; w.regions.len()];
            contracted[west] = mw;
            orders.utility.demand_response_mw = contracted;
            super::super::resolve(&w, &orders, &mut super::super::Rngs::new(3))
        };
        let (exact, quiet) = play(load);
        let (beyond, told) = play(5000.0);
        let (exact, beyond) = (&exact.regions[west], &beyond.regions[west]);
        assert_eq!(beyond.demand_response_mw, load);
        assert_eq!(beyond.grid.reserve_margin, exact.grid.reserve_margin);
        let capped = |r: &TurnReport| {
            r.news
                .iter()
                .filter(|n| n.msg.key == "news-dr-capped")
                .map(|n| (n.private_to, n.msg.number("wanted")))
                .collect::<Vec<_>>()
        };
        assert!(capped(&quiet).is_empty());
        assert_eq!(capped(&told), [(Some(Seat::Utility), Some(5000.0))]);
    }
}
