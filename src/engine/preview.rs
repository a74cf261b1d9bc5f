//! What a seat's draft orders would do this quarter. The engine resolves a copy of the world
//! with the draft, the other seats' standing orders and no event cards, so the projected
//! figures are the quarter's own (an estimate: the others may change orders, cards may fire).
//! Each draft field that differs from the standing orders is reverted in turn to show what
//! it alone changes. Notes on each order (costs, delivery dates, limits) follow.

use super::finance;
use super::ids::{CompanyId, Seat, Tech};
use super::orders::{Orders, SeatOrders, at, copy_field, field_differs, fields};
use super::report::Msg;
use super::resolve::{Events, resolve_with};
use super::rng::Rngs;
use super::state::{ProjectKind, World};
use super::supply;

/// The world after this quarter resolved with these orders and no event cards.
pub fn project(world: &World, orders: &Orders, rngs: &Rngs) -> World {
    resolve_with(world, orders, &mut rngs.clone(), Events::Off).0
}

/// Preview lines for one seat's draft: each changed field's effect, the projected quarter,
/// then notes on the orders. `standing` holds every seat's standing orders (carried forward).
pub fn preview(world: &World, standing: &Orders, draft: &SeatOrders, rngs: &Rngs) -> Vec<Msg> {
    let seat = draft.seat();
    let mut orders = standing.clone();
    orders.set_seat(draft.clone());
    let projected = project(world, &orders, rngs);
    // What the edits do comes first: it is what a player editing the form looks for.
    let mut lines = vec![Msg::new("preview-estimate")];
    lines.extend(effects(
        world,
        &orders,
        &standing.seat(seat),
        &projected,
        rngs,
    ));
    let mut projected_lines = figures(&projected, seat);
    if let Some((market_key, context)) = market_context(world, standing, draft, rngs) {
        let after_market = projected_lines
            .iter()
            .position(|m| m.key == market_key)
            .map_or(projected_lines.len(), |i| i + 1);
        projected_lines.insert(after_market, context);
    }
    lines.extend(projected_lines);
    lines.extend(notes(world, draft));
    match super::orders::InDefault::of_world(world, seat) {
        Some(default) => in_default(lines, default),
        None => lines,
    }
}

/// The message keys of a company's market line, of today's price and of the price under the
/// standing orders. OpenAI's shares do not trade: its price per notional share is its
/// valuation.
fn market_keys(id: CompanyId) -> [&'static str; 3] {
    if id.listed() {
        [
            "preview-market",
            "preview-market-today",
            "preview-market-standing",
        ]
    } else {
        [
            "preview-market-valuation",
            "preview-valuation-today",
            "preview-valuation-standing",
        ]
    }
}

/// For a company seat, today's share price and, when the draft changes the standing orders,
/// the price the standing orders alone would give: how much of the estimate's move is the
/// player's orders and how much the market's. With the key of the market line it follows.
fn market_context(
    world: &World,
    standing: &Orders,
    draft: &SeatOrders,
    rngs: &Rngs,
) -> Option<(&'static str, Msg)> {
    let id = super::orders::seat_company(draft.seat())?;
    let today = world.company(id).share_price();
    let [market_key, today_key, standing_key] = market_keys(id);
    if *draft == standing.seat(draft.seat()) {
        return Some((market_key, Msg::new(today_key).num("today", today)));
    }
    let without = project(world, standing, rngs);
    let c = without.company(id);
    let line = Msg::new(standing_key)
        .num("price", c.share_price())
        .num("spread", c.spread_bp)
        .num("today", today);
    Some((market_key, line))
}

/// A seat's headline figures in a world: what the preview projects and the results report.
pub fn figures(world: &World, seat: Seat) -> Vec<Msg> {
    let mut lines = Vec::new();
    match seat {
        Seat::OpenAi | Seat::Oracle => {
            let id = super::orders::seat_company(seat).unwrap_or(CompanyId::Oracle);
            let c = world.company(id);
            lines.push(
                Msg::new("preview-company")
                    .num("cash", world.cash(id))
                    .num("revenue", c.revenue_q_bn)
                    .num("fcf", c.free_cash_flow_q_bn)
                    .num("debt", c.debt_bn()),
            );
            lines.push(
                Msg::new(market_keys(id)[0])
                    .num("price", c.share_price())
                    .num("spread", c.spread_bp)
                    .text("rating", c.rating.label()),
            );
            if seat == Seat::Oracle && world.oracle.spv_pot_bn > 0.5 {
                lines.push(Msg::new("preview-spv-left").num("left", world.oracle.spv_pot_bn));
            }
        }
        Seat::Utility => {
            for (r, region) in world.regions.iter().enumerate() {
                lines.push(
                    Msg::new("preview-region")
                        .text("region", world.params.regions[r].id.clone())
                        .num("bill", region.retail.bill_month)
                        .num("margin", region.grid.reserve_margin * 100.0),
                );
            }
            lines.push(
                Msg::new("preview-utility")
                    .num("cash", world.accounts.cash(super::ledger::Account::Utility))
                    .num("ffo", world.utility.ffo_to_debt * 100.0),
            );
        }
        Seat::WhiteHouse => {
            let p = &world.politics;
            lines.push(
                Msg::new("preview-budget-quarter")
                    .num("cost", p.quarter.cost_bn)
                    .num("running", p.budget_cost_bn),
            );
            lines.push(
                Msg::new("preview-politics")
                    .num("approval", p.approval * 100.0)
                    .num("jobs", p.jobs_k),
            );
        }
    }
    let score = super::score::seat_score(world, seat);
    lines.push(Msg::new("preview-score").num("score", score.score));
    for part in &score.parts {
        lines.push(
            Msg::new("preview-score-part")
                .text("part", part.key.clone())
                .num("points", part.points)
                .num("max", part.max_points),
        );
    }
    lines
}

/// The seat's score and headline figures, for effects: cash for companies; households'
/// price and the utility's cash for the utility, then each region's reserve margin (points),
/// which contracts such as demand response move without a dollar changing hands; approval and
/// the quarter's budget for the White House.
fn headline(world: &World, seat: Seat) -> Vec<f64> {
    let score = super::score::seat_score(world, seat).score;
    match seat {
        Seat::OpenAi => vec![score, world.cash(CompanyId::OpenAi), 0.0],
        Seat::Oracle => vec![score, world.cash(CompanyId::Oracle), 0.0],
        Seat::Utility => {
            let mut figures = vec![
                score,
                world.national_residential_cents(),
                world.accounts.cash(super::ledger::Account::Utility),
            ];
            figures.extend(world.regions.iter().map(|r| r.grid.reserve_margin * 100.0));
            figures
        }
        Seat::WhiteHouse => vec![
            score,
            world.politics.approval * 100.0,
            world.politics.quarter.cost_bn,
        ],
    }
}

/// Not a model parameter: the figures every seat's headline has (score and two of its own);
/// the utility's reserve margins follow them.
const SHARED_HEADLINE: usize = 3;

/// Not a model parameter: the least change of a reserve margin worth a line, points (the
/// dashboard shows one decimal).
const RESERVE_SHOWN: f64 = 0.05;

/// The region whose reserve margin an order moves most, if by a shown amount: (region, points).
fn reserve_moved(world: &World, change: &[f64]) -> Option<(String, f64)> {
    let (r, points) = change
        .iter()
        .skip(SHARED_HEADLINE)
        .copied()
        .enumerate()
        .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))?;
    (points.abs() >= RESERVE_SHOWN).then(|| (world.params.regions[r].id.clone(), points))
}

/// Not a model parameter: changes smaller than this are no change, the rounding noise of a
/// resolve.
const NO_CHANGE: f64 = 1e-9;

/// Whether every figure of an effect line would read as zero at the digits the line shows
/// (score to 0.1; cash $0.1B; households' price 0.001 cents, utility cash $0.01B; approval and
/// budget 0.01; reserve margins 0.1 point): such a line says nothing, so the field is told as
/// acting later.
fn shows_no_change(seat: Seat, change: &[f64]) -> bool {
    let shown: [f64; SHARED_HEADLINE] = match seat {
        Seat::OpenAi | Seat::Oracle => [0.05, 0.05, 0.05],
        Seat::Utility => [0.05, 0.0005, 0.005],
        Seat::WhiteHouse => [0.05, 0.005, 0.005],
    };
    change.iter().enumerate().all(|(i, d)| {
        let half_unit = shown.get(i).copied().unwrap_or(RESERVE_SHOWN);
        d.abs() < half_unit
    })
}

/// What each draft field that differs from the standing orders adds to the rest of the draft: the
/// quarter resolved again with that field back at its standing value. A field that changes
/// none of this quarter's figures (a standard, a rate applied at the next reset) says so.
fn effects(
    world: &World,
    orders: &Orders,
    standing: &SeatOrders,
    projected: &World,
    rngs: &Rngs,
) -> Vec<Msg> {
    let draft = orders.seat(standing.seat());
    let seat = draft.seat();
    let now = headline(projected, seat);
    let key = match seat {
        Seat::OpenAi | Seat::Oracle => "preview-effect-cash",
        Seat::Utility => "preview-effect-utility",
        Seat::WhiteHouse => "preview-effect-whitehouse",
    };
    let mut lines = Vec::new();
    for spec in fields(seat) {
        if !field_differs(&draft, standing, spec.key) {
            continue;
        }
        let mut reverted_seat = draft.clone();
        copy_field(&mut reverted_seat, standing, spec.key);
        let mut reverted = orders.clone();
        reverted.set_seat(reverted_seat);
        let then = headline(&project(world, &reverted, rngs), seat);
        let change: Vec<f64> = now.iter().zip(then).map(|(a, b)| a - b).collect();
        let field = format!("{}.{}", seat.id(), spec.key);
        if shows_no_change(seat, &change) {
            lines.push(Msg::new("preview-effect-later").text("field", field));
            continue;
        }
        let mut msg = Msg::new(key)
            .text("field", field)
            .num("score", change[0])
            .num("change", change[1])
            .num("other", change[2]);
        if seat == Seat::Utility {
            msg = match reserve_moved(world, &change) {
                Some((region, points)) => msg
                    .text("moved", "yes")
                    .text("region", region)
                    .num("reserve", points),
                None => msg.text("moved", "no"),
            };
        }
        lines.push(msg);
    }
    lines
}

fn estimate_line(world: &World, key: &str, kind: ProjectKind, size: f64) -> Msg {
    cost_and_date(world, key, &supply::estimate(world, kind, size))
}

fn cost_and_date(world: &World, key: &str, est: &supply::Estimate) -> Msg {
    Msg::new(key)
        .num("cost", est.cost_bn)
        .text("online", world.date.plus(est.quarters).to_string())
}

/// A build's cost and date (`details` adds its region and size), then which wait sets the
/// date, so a player sees why a plant ordered now comes online late.
fn push_build(
    lines: &mut Vec<Msg>,
    world: &World,
    key: &str,
    (kind, size): (ProjectKind, f64),
    details: impl FnOnce(Msg) -> Msg,
) {
    let est = supply::estimate(world, kind, size);
    lines.push(details(cost_and_date(world, key, &est)));
    lines.push(
        Msg::new("preview-wait")
            .text("wait", est.longest_wait.id())
            .num("quarters", f64::from(est.quarters)),
    );
    // A newcomer reads a date, not whether the game will still be running then.
    let last_played = world.params.scenario.last_quarter();
    if world.date.plus(est.quarters) > last_played {
        lines.push(Msg::new("preview-after-the-game").text("last", last_played.to_string()));
    }
}

/// Notes on the orders themselves: what each build costs and when it is online, what
/// investors would take, what a contract is worth.
fn notes(world: &World, orders: &SeatOrders) -> Vec<Msg> {
    match orders {
        SeatOrders::OpenAi(o) => openai_notes(world, o),
        SeatOrders::Oracle(o) => oracle_notes(world, o),
        SeatOrders::Utility(o) => {
            let mut lines = utility_notes(world, o);
            rates_preview(world, o, &mut lines);
            capacity_cap_preview(world, o.capacity_cap, &mut lines);
            ride_through_rule_preview(world, o.ride_through_required, &mut lines);
            lines
        }
        SeatOrders::WhiteHouse(o) => whitehouse_notes(world, o),
    }
}

fn openai_notes(world: &World, o: &super::orders::OpenAiOrders) -> Vec<Msg> {
    let id = CompanyId::OpenAi;
    let c = world.company(id);
    let mut lines = Vec::new();
    if o.chip_order_gw > 0.0 {
        lines.push(
            estimate_line(world, "preview-chips", ProjectKind::Chips, o.chip_order_gw)
                .num("gw", o.chip_order_gw),
        );
    }
    let equity_limit = finance::financing::equity_limit_bn(world, CompanyId::OpenAi);
    let unfinanced = (world.openai.chips_on_order_gw + o.chip_order_gw
        - world.openai.vendor_financed_gw)
        .max(0.0);
    let vendor_limit = world.params.companies.nvidia.vendor_bn_per_gw * unfinanced;
    lines.push(Msg::new("preview-equity-limit").num("limit", equity_limit));
    lines.push(Msg::new("preview-vendor-limit").num("limit", vendor_limit));
    lines.push(
        Msg::new("preview-coupon")
            .num("coupon", finance::coupon(world, id) * 100.0)
            .text("rating", c.rating.label()),
    );
    if o.ride_through_cooperation {
        ramps_preview(world, o.training_intensity, &mut lines);
    }
    if o.contract_gw > 0.0 {
        lines.push(
            Msg::new("preview-contract")
                .num("gw", o.contract_gw)
                .num("annual", o.contract_gw * o.contract_price)
                .num(
                    "total",
                    o.contract_gw * o.contract_price * o.contract_years.round(),
                )
                .text(
                    "due",
                    world
                        .date
                        .plus(world.params.companies.oracle.contract_lead_quarters)
                        .to_string(),
                ),
        );
    }
    lines
}

/// What smooth training ramps do: in each region with data centers, the share of nearby load
/// a fault takes off with them and without; and what they cost OpenAI's models.
fn ramps_preview(world: &World, training_intensity: f64, lines: &mut Vec<Msg>) {
    for (r, region) in world.params.regions.iter().enumerate() {
        if world.regions[r].dc.connected_mw() <= 0.0 {
            continue;
        }
        let with = super::grid::drop_share_at(world, r, training_intensity, true);
        let without = super::grid::drop_share_at(world, r, training_intensity, false);
        lines.push(
            Msg::new("preview-ramps-region")
                .text("region", region.id.clone())
                .num("with", with * 100.0)
                .num("without", without * 100.0)
                .num("share", super::grid::openai_site_share(world, r) * 100.0),
        );
    }
    let kept = finance::operations::COOPERATIVE_TRAINING_SHARE;
    lines.push(Msg::new("preview-ramps-cost").num("cost", (1.0 - kept) * 100.0));
}

fn oracle_notes(world: &World, o: &super::orders::OracleOrders) -> Vec<Msg> {
    let id = CompanyId::Oracle;
    let mut lines = Vec::new();
    for (r, region) in world.params.regions.iter().enumerate() {
        let mw = at(&o.build_mw, r);
        if mw > 0.0 {
            push_build(
                &mut lines,
                world,
                "preview-build",
                (ProjectKind::DataCenter, mw),
                |m| m.text("region", region.id.clone()).num("mw", mw),
            );
        }
        let turbines = at(&o.onsite_mw, r);
        if turbines > 0.0 {
            push_build(
                &mut lines,
                world,
                "preview-onsite",
                (ProjectKind::Generation(Tech::Onsite), turbines),
                |m| m.text("region", region.id.clone()).num("mw", turbines),
            );
        }
    }
    let building_mw: f64 = (0..world.params.regions.len())
        .map(|r| at(&o.build_mw, r))
        .sum();
    lines.extend(beyond_contracts(world, building_mw));
    // Ride-through is fitted to the fleet as it stands; the halls this draft starts are fitted
    // from the next quarter, when they are under way.
    let plan = supply::ride_through_plan(world, o.ride_through_share);
    if plan.needed_mw > 1.0 {
        push_build(
            &mut lines,
            world,
            "preview-ride-through",
            (ProjectKind::RideThrough, plan.needed_mw),
            |m| {
                m.num("mw", plan.needed_mw)
                    .num("share", plan.target_share * 100.0)
                    .num("fleet", plan.fleet_mw)
                    .text("rule", if plan.by_rule { "yes" } else { "no" })
            },
        );
    }
    lines.push(
        Msg::new("preview-coupon")
            .num("coupon", finance::coupon(world, id) * 100.0)
            .text("rating", world.company(id).rating.label()),
    );
    let appetite = finance::appetite(world).bonds_bn;
    lines.push(Msg::new("preview-bond-appetite").num("appetite", appetite));
    if o.spv_bn > 0.0 {
        lines.push(
            Msg::new("preview-spv")
                .num("amount", o.spv_bn)
                .num("lease", finance::spv::lease_year_bn(world, id, o.spv_bn)),
        );
    }
    lines
}

/// The MW of Oracle's new data centers beyond what its contracts call for (online, waiting and
/// under way count first), told when there are any: until a customer signs for them they earn
/// only what spare capacity rents as cloud, while they are paid for as they are built.
fn beyond_contracts(world: &World, building_mw: f64) -> Option<Msg> {
    let beyond_mw = building_mw - finance::operations::not_started_gw(world) * 1000.0;
    (beyond_mw > 0.5).then(|| {
        Msg::new("preview-build-uncontracted")
            .num("mw", beyond_mw)
            .num("contracted", finance::operations::contracted_gw(world))
    })
}

fn utility_notes(world: &World, o: &super::orders::UtilityOrders) -> Vec<Msg> {
    let mut lines = Vec::new();
    for (r, region) in world.params.regions.iter().enumerate() {
        let state = &world.regions[r];
        let committed = state.dc.connected_mw() + state.dc.waiting_mw() + state.dc.approved_mw;
        let headroom = state.dc.hosting_capacity_mw - committed;
        // Past hosting capacity the loads already promised will crowd the network as they draw
        // power: say so, instead of quoting a negative headroom.
        let hosting = if headroom < 0.0 {
            Msg::new("preview-hosting-over").num("over", -headroom)
        } else {
            Msg::new("preview-hosting").num("headroom", headroom)
        };
        lines.push(
            hosting
                .text("region", region.id.clone())
                .num("approve", at(&o.approve_mw, r)),
        );
        let (_, curtail_capped) =
            super::policy::demand_response_cap(world, r, at(&o.demand_response_mw, r));
        lines.extend(curtail_capped);
        let upgrade = at(&o.transmission_bn, r);
        if upgrade > 0.0 {
            push_build(
                &mut lines,
                world,
                "preview-transmission",
                (ProjectKind::Transmission, upgrade),
                |m| {
                    m.text("region", region.id.clone())
                        .num("mw", upgrade * region.data_centers.mw_per_upgrade_bn)
                },
            );
        }
        for (tech, values) in [
            (Tech::GasCc, &o.gas_cc_mw),
            (Tech::GasPeaker, &o.gas_peaker_mw),
            (Tech::Battery, &o.battery_mw),
            (Tech::Solar, &o.solar_mw),
            (Tech::Wind, &o.wind_mw),
            (Tech::Nuclear, &o.nuclear_restart_mw),
        ] {
            let (mw, capped) = match tech {
                Tech::Nuclear => supply::restart_placed(world, r, at(values, r)),
                _ => (at(values, r), None),
            };
            lines.extend(capped);
            if mw > 0.0 {
                push_build(
                    &mut lines,
                    world,
                    "preview-plant",
                    (ProjectKind::Generation(tech), mw),
                    |m| {
                        m.text("region", region.id.clone())
                            .text("tech", tech.id())
                            .num("mw", mw)
                    },
                );
            }
        }
    }
    lines
}

/// A ride-through rule fits data centers over a year: say to what share and by when, from the
/// share of their load that rides through now, and the finished halls a stability review holds
/// back for want of it.
fn ride_through_rule_preview(world: &World, required: bool, lines: &mut Vec<Msg>) {
    if required == world.policy.ride_through_required {
        return;
    }
    let (mut fitted_mw, mut load_mw, mut held_mw) = (0.0, 0.0, 0.0);
    for r in &world.regions {
        fitted_mw += r.dc.connected_mw() * r.dc.ride_through_share;
        load_mw += r.dc.connected_mw();
        held_mw += r.dc.held_for_ride_through_mw;
    }
    lines.push(
        Msg::new("preview-ride-through-rule")
            .text("on", if required { "yes" } else { "no" })
            .num("now", fitted_mw / load_mw.max(1.0) * 100.0)
            .num("target", supply::RIDE_THROUGH_COMPLIANCE * 100.0)
            .text(
                "by",
                world
                    .date
                    .plus(supply::RIDE_THROUGH_PHASE_IN_QUARTERS - 1)
                    .to_string(),
            )
            .num("held", held_mw)
            .text("any_held", if held_mw >= 0.5 { "yes" } else { "no" }),
    );
}

/// A new capacity-price cap changes no price of this quarter: it binds the next auction, whose
/// price loads pay from its delivery year. Say when, and what the auction would clear at on
/// today's outlook under the cap in force and under the draft's.
fn capacity_cap_preview(world: &World, cap: f64, lines: &mut Vec<Msg>) {
    if (cap - world.policy.capacity_cap).abs() < NO_CHANGE {
        return;
    }
    for (r, region) in world.params.regions.iter().enumerate() {
        let (Some((held, delivery, margin)), Some(market)) = (
            super::grid::next_auction(world, r),
            region.capacity_market.as_ref(),
        ) else {
            continue;
        };
        let clear =
            |cap: f64| super::grid::capacity_curve(market, region.reserve_target, margin, cap);
        lines.push(
            Msg::new("preview-capacity-cap")
                .text("region", region.id.clone())
                .text("held", held.to_string())
                .text("delivery", delivery.to_string())
                .num("standing", clear(world.policy.capacity_cap))
                .num("capped", clear(cap))
                .num("uncapped", clear(f64::MAX))
                .num("margin", margin * 100.0)
                .num("target", region.reserve_target * 100.0),
        );
    }
}

fn whitehouse_notes(world: &World, o: &super::orders::WhiteHouseOrders) -> Vec<Msg> {
    let mut lines = vec![Msg::new("preview-tariff-revenue").num(
        "revenue",
        super::politics::trade::revenue_q_bn(
            &world.params.politics,
            o.chip_tariff,
            o.equipment_tariff,
            o.exempt_intermediate,
        ),
    )];
    let mut scratch = world.clone();
    scratch.policy.chip_tariff = o.chip_tariff;
    scratch.policy.equipment_tariff = o.equipment_tariff;
    scratch.policy.exempt_intermediate = o.exempt_intermediate;
    let (lead_now, _) = supply::quote(world, super::ids::Good::Transformer, 0.0);
    let (lead_new, price_new) = supply::quote(&scratch, super::ids::Good::Transformer, 0.0);
    lines.push(
        Msg::new("preview-transformer-lead")
            .num("now", lead_now)
            .num("then", lead_new)
            .num("price", (price_new - 1.0) * 100.0),
    );
    let dc_now = supply::estimate(world, ProjectKind::DataCenter, 1000.0).cost_bn;
    let dc_new = supply::estimate(&scratch, ProjectKind::DataCenter, 1000.0).cost_bn;
    lines.push(
        Msg::new("preview-dc-cost")
            .num("now", dc_now)
            .num("then", dc_new),
    );
    let households = super::politics::budget::US_HOUSEHOLDS_M * 1e6;
    lines.push(Msg::new("preview-relief").num("per_household", o.relief_bn * 1e9 / households));
    if world.politics.divided && (o.subsidy_bn > 0.0 || o.loan_guarantee_bn > 0.0) {
        lines.push(Msg::new("preview-congress-blocks"));
    } else if o.subsidy_bn > 0.0 {
        // A grant's jobs arrive over the quarters after it, so this quarter's score shows little.
        let p = &world.params.politics;
        lines.push(
            Msg::new("preview-grant-jobs")
                .num("factories", o.subsidy_bn * p.subsidy_manufacturing_share)
                .num("jobs", p.grant_jobs_k(o.subsidy_bn))
                .num("share", p.jobs_adjustment * 100.0),
        );
    }
    scratch.policy.federal_share = o.federal_share_in_force();
    cost_share_lines(world, &scratch, &mut lines);
    fast_track_preview(world, o.fast_track, &mut lines);
    lines
}

/// Permitting fast-track changes no figure of the quarter: it moves the dates of what is ordered
/// from now on. Say when a gas plant, a transmission upgrade and a data center ordered now would
/// be online under the draft and as things stand.
fn fast_track_preview(world: &World, fast_track: bool, lines: &mut Vec<Msg>) {
    if fast_track == world.policy.fast_track {
        return;
    }
    let mut scratch = world.clone();
    scratch.policy.fast_track = fast_track;
    let online = |w: &World, kind: ProjectKind, size: f64| {
        w.date
            .plus(supply::estimate(w, kind, size).quarters)
            .to_string()
    };
    let cleared_mw: f64 = (world.regions.iter().enumerate())
        .map(|(r, region)| {
            region.dc.queue_mw * super::policy::fast_track_queue_exit(&world.params, r)
        })
        .sum();
    let mut msg = Msg::new("preview-fast-track")
        .text("on", if fast_track { "yes" } else { "no" })
        .num("queue", cleared_mw);
    for (arg, kind, size) in [
        ("gas", ProjectKind::Generation(Tech::GasCc), 1000.0),
        ("grid", ProjectKind::Transmission, 1.0),
        ("dc", ProjectKind::DataCenter, 1000.0),
    ] {
        msg = msg
            .text(arg, online(&scratch, kind, size))
            .text(&format!("{arg}_before"), online(world, kind, size));
    }
    lines.push(msg);
}

/// A company in default raises nothing: the lines about coupons and appetites give way to the
/// default itself.
fn in_default(lines: Vec<Msg>, default: super::orders::InDefault) -> Vec<Msg> {
    let company = super::orders::seat_company(default.seat).unwrap_or(CompanyId::Oracle);
    let head = Msg::new("preview-in-default")
        .text("company", company.id())
        .text("date", default.since.to_string());
    let raising = [
        "preview-coupon",
        "preview-equity-limit",
        "preview-vendor-limit",
        "preview-bond-appetite",
    ];
    std::iter::once(head)
        .chain(
            lines
                .into_iter()
                .filter(|m| !raising.contains(&m.key.as_str())),
        )
        .collect()
}

/// What a rate case and the large-load cost rules would do to bills, the utility's funds and
/// the price large loads pay, from this year's revenue requirement.
fn rates_preview(world: &World, o: &super::orders::UtilityOrders, lines: &mut Vec<Msg>) {
    use super::retail;
    let params = &world.params;
    if o.rate_case_pct > 0.0 {
        let growth = super::politics::national_bill_growth(world);
        let granted = o.rate_case_pct * retail::granted_share(&params.utility, growth);
        let (mut revenue, mut bill, mut households) = (0.0, 0.0, 0.0);
        for (r, p) in params.regions.iter().enumerate() {
            revenue += retail::requirement(world, r).network * granted / 100.0;
            let cents = world.regions[r].retail.delivery_cents * granted / 100.0;
            bill += cents / 100.0 * p.residential_kwh_month * p.households_m;
            households += p.households_m;
        }
        let debt = world.utility.debt_bn.max(1e-9);
        lines.push(
            Msg::new("preview-rate-case")
                .num("pct", o.rate_case_pct)
                .num("granted", granted)
                .num("bill", bill / households.max(1e-9))
                .num("ffo", revenue / debt * 100.0),
        );
    }
    let mut scratch = world.clone();
    scratch.policy.large_load_share = o.large_load_share;
    scratch.policy.min_demand_charge = o.min_demand_charge;
    cost_share_lines(world, &scratch, lines);
}

/// What cost-sharing rules in `scratch` would do to households' delivery rate and what large
/// loads pay, per region, at the next annual rate reset (delivery rates are set by the year);
/// and where a new share of upgrades has none in rates to act on yet, what it will do to those
/// under way.
fn cost_share_lines(world: &World, scratch: &World, lines: &mut Vec<Msg>) {
    use super::retail;
    for (r, p) in world.params.regions.iter().enumerate() {
        let (now, then) = (
            retail::requirement(world, r),
            retail::requirement(scratch, r),
        );
        if (now.dc() - then.dc()).abs() < 1e-6 {
            lines.extend(upgrades_under_way(world, r, (&now, &then)));
            continue;
        }
        let households = |q: &retail::Requirement| {
            let (network, added) = q.residential(p.retail.residential_td_share);
            q.residential_cents(network + added)
        };
        lines.push(
            Msg::new("preview-cost-share")
                .text("region", p.id.clone())
                .num("cents", households(&then) - households(&now))
                .num("large", then.dc() - now.dc()),
        );
    }
}

/// A new share of upgrades for large loads in region `r` (`requirements` now and under the
/// rule) acts on the upgrades under way as they enter rates: how much is under way, when the
/// first finishes, and what households' delivery rate would carry of them under each share.
fn upgrades_under_way(
    world: &World,
    r: usize,
    (now, then): (&super::retail::Requirement, &super::retail::Requirement),
) -> Option<Msg> {
    if (now.dc_upgrade_share - then.dc_upgrade_share).abs() < 1e-9 {
        return None;
    }
    let under_way = world
        .projects
        .iter()
        .filter(|x| x.region == r && x.kind == ProjectKind::Transmission);
    let cost_bn: f64 = under_way.clone().map(|x| x.cost_bn).sum();
    let first = under_way.map(|x| x.complete_turn).min()?;
    let p = &world.params.regions[r];
    let households_cents = |share: f64| {
        let carried_bn_yr = cost_bn * world.params.carrying_rate(r);
        now.residential_cents(carried_bn_yr * (1.0 - share) * p.retail.residential_td_share)
    };
    Some(
        Msg::new("preview-upgrades-under-way")
            .text("region", p.id.clone())
            .num("cost", cost_bn)
            .text(
                "date",
                world
                    .date
                    .plus(first.saturating_sub(world.turn))
                    .to_string(),
            )
            .num("now", now.dc_upgrade_share * 100.0)
            .num("then", then.dc_upgrade_share * 100.0)
            .num(
                "cents",
                households_cents(then.dc_upgrade_share) - households_cents(now.dc_upgrade_share),
            ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line<'a>(lines: &'a [Msg], key: &str) -> &'a Msg {
        lines
            .iter()
            .find(|m| m.key == key)
            .unwrap_or_else(|| panic!("no {key} in {lines:?}"))
    }

    #[test]
    fn a_share_of_upgrades_none_yet_in_rates_is_told_on_those_under_way() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let start = World::new(s.params, s.hash);
        let rngs = Rngs::new(7);
        let pjm = start.params.region_index("pjm").unwrap();
        let mut orders = start.last_orders.carried_forward();
        orders.utility.transmission_bn = vec![0.0; start.regions.len()];
        orders.utility.transmission_bn[pjm] = 5.0;
        let world = project(&start, &orders, &rngs);
        let standing = world.last_orders.carried_forward();
        let mut draft = standing.whitehouse.clone();
        draft.federal_rule = true;
        draft.federal_share = 1.0;
        let lines = preview(
            &world,
            &standing,
            &SeatOrders::WhiteHouse(draft.clone()),
            &rngs,
        );
        let told: Vec<&Msg> = lines
            .iter()
            .filter(|m| m.key == "preview-upgrades-under-way")
            .collect();
        assert_eq!(told.len(), 1, "only PJM has upgrades under way: {lines:?}");
        let pjm_line = told[0];
        assert_eq!(pjm_line.text_arg("region"), Some("pjm"));
        assert!(pjm_line.number("cost").unwrap() >= 5.0, "{pjm_line:?}");
        assert_eq!(pjm_line.number("then"), Some(100.0));
        // Large loads paying all of them leaves households none: their rate is lower.
        assert!(pjm_line.number("cents").unwrap() < 0.0, "{pjm_line:?}");
        // The rule as it stands says nothing.
        let standing_wh = SeatOrders::WhiteHouse(standing.whitehouse.clone());
        let quiet = preview(&world, &standing, &standing_wh, &rngs);
        assert!(!quiet.iter().any(|m| m.key == "preview-upgrades-under-way"));
    }

    #[test]
    fn a_build_beyond_the_contracts_says_it_has_no_buyer_yet() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let start = World::new(s.params, s.hash);
        let rngs = Rngs::new(7);
        let build = |world: &World, mw: f64| {
            let standing = world.last_orders.carried_forward();
            let mut draft = standing.oracle.clone();
            draft.build_mw = vec![mw, 0.0, 0.0];
            preview(world, &standing, &SeatOrders::Oracle(draft), &rngs)
        };
        let told = |lines: &[Msg]| {
            lines
                .iter()
                .find(|m| m.key == "preview-build-uncontracted")
                .and_then(|m| m.number("mw"))
        };
        // Capacity Oracle has or builds beyond its contracts: the whole build is told.
        let have = finance::operations::oracle_capacity_gw(&start);
        let contracted = finance::operations::contracted_gw(&start);
        assert!(have >= contracted, "{have} GW against {contracted} GW");
        let beyond = told(&build(&start, 2000.0)).unwrap();
        assert!((beyond - 2000.0).abs() < 1e-6, "{beyond}");
        assert_eq!(told(&build(&start, 0.0)), None);
        // Once OpenAI signs for 5 GW more, a 2 GW build is within its contracts.
        let mut orders = start.last_orders.carried_forward();
        orders.openai.contract_gw = 5.0;
        let signed = project(&start, &orders, &rngs);
        let room = finance::operations::contracted_gw(&signed)
            - finance::operations::oracle_capacity_gw(&signed);
        assert!(room > 2.0, "{room} GW to build for");
        assert_eq!(told(&build(&signed, 2000.0)), None);
        let over = told(&build(&signed, 1000.0 * room + 500.0)).unwrap();
        assert!((over - 500.0).abs() < 1e-6, "{over}");
    }

    #[test]
    fn a_build_shows_its_cost_and_its_effect_on_cash() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let world = World::new(s.params, s.hash);
        let rngs = Rngs::new(7);
        let standing = world.last_orders.carried_forward();
        let idle = preview(&world, &standing, &standing.seat(Seat::Oracle), &rngs);
        assert!(!idle.iter().any(|m| m.key.starts_with("preview-effect")));
        let mut draft = standing.oracle.clone();
        draft.build_mw = vec![2000.0, 0.0, 0.0];
        let building = preview(&world, &standing, &SeatOrders::Oracle(draft), &rngs);
        assert!(building.iter().any(|m| m.key == "preview-build"));
        let effect = line(&building, "preview-effect-cash");
        assert_eq!(effect.text_arg("field"), Some("oracle.build_mw"));
        assert!(effect.number("change").unwrap() < -1.0, "{effect:?}");
        let cash = |lines: &[Msg]| line(lines, "preview-company").number("cash").unwrap();
        let drop = cash(&idle) - cash(&building);
        assert!((drop + effect.number("change").unwrap()).abs() < 1e-9);
        for seat in Seat::ALL {
            let lines = preview(&world, &standing, &standing.seat(seat), &rngs);
            assert_eq!(lines[0].key, "preview-estimate");
            assert!(lines.iter().any(|m| m.key == "preview-score"));
        }
    }
}
