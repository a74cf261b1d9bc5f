//! What an order would cost and do, computed from the current world without resolving the
//! turn: the order form shows these lines live as the player edits.

use super::finance;
use super::ids::{CompanyId, Tech};
use super::orders::{SeatOrders, at};
use super::report::Msg;
use super::state::{ProjectKind, World};
use super::supply;

/// This quarter's instalments already owed on projects under way, per owner company.
fn instalments(world: &World, owner: super::state::Owner) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.owner == owner)
        .map(|p| {
            let left = p.complete_turn.saturating_sub(world.turn).max(1);
            (p.cost_bn - p.paid_bn).max(0.0) / f64::from(left)
        })
        .sum()
}

fn first_instalment(world: &World, kind: ProjectKind, size: f64) -> (f64, supply::Estimate) {
    let est = supply::estimate(world, kind, size);
    (est.cost_bn / f64::from(est.quarters.max(1)), est)
}

/// Preview lines for one seat's draft orders.
pub fn preview(world: &World, orders: &SeatOrders) -> Vec<Msg> {
    let mut lines = Vec::new();
    let appetite = finance::appetite(world).bonds_bn;
    match orders {
        SeatOrders::OpenAi(o) => {
            let id = CompanyId::OpenAi;
            let c = world.company(id);
            let mut cash = world.cash(id) - instalments(world, super::state::Owner::OpenAi);
            let equity_limit = world.params.market.equity_appetite
                * c.market_cap_bn
                * (1.0 + world.market.sentiment).max(0.1);
            cash += o.equity_raise_bn.min(equity_limit) + o.debt_bn.min(appetite);
            let unfinanced = (world.openai.chips_on_order_gw + o.chip_order_gw
                - world.openai.vendor_financed_gw)
                .max(0.0);
            let vendor_limit = world.params.companies.nvidia.vendor_bn_per_gw * unfinanced;
            cash += o.vendor_financing_bn.min(vendor_limit);
            if o.chip_order_gw > 0.0 {
                let (first, est) = first_instalment(world, ProjectKind::Chips, o.chip_order_gw);
                cash -= first;
                lines.push(
                    Msg::new("preview-chips")
                        .num("gw", o.chip_order_gw)
                        .num("cost", est.cost_bn)
                        .text("online", world.date.plus(est.quarters).to_string()),
                );
            }
            lines.push(Msg::new("preview-cash-after").num("cash", cash));
            lines.push(Msg::new("preview-equity-limit").num("limit", equity_limit));
            lines.push(Msg::new("preview-vendor-limit").num("limit", vendor_limit));
            lines.push(
                Msg::new("preview-coupon")
                    .num("coupon", finance::coupon(world, id) * 100.0)
                    .text("rating", c.rating.label()),
            );
            if o.contract_gw > 0.0 {
                lines.push(
                    Msg::new("preview-contract")
                        .num("gw", o.contract_gw)
                        .num("annual", o.contract_gw * o.contract_price)
                        .num(
                            "total",
                            o.contract_gw * o.contract_price * o.contract_years.round(),
                        ),
                );
            }
        }
        SeatOrders::Oracle(o) => {
            let id = CompanyId::Oracle;
            let owner = super::state::Owner::Oracle;
            // SPV money pays data-center instalments first; the rest of the bill is cash.
            let dc_due: f64 = world
                .projects
                .iter()
                .filter(|p| p.owner == owner && p.kind == ProjectKind::DataCenter)
                .map(|p| {
                    (p.cost_bn - p.paid_bn).max(0.0)
                        / f64::from(p.complete_turn.saturating_sub(world.turn).max(1))
                })
                .sum();
            let mut new_dc_due = 0.0;
            let mut other_due = instalments(world, owner) - dc_due;
            for (r, region) in world.params.regions.iter().enumerate() {
                let mw = at(&o.build_mw, r);
                if mw > 0.0 {
                    let (first, est) = first_instalment(world, ProjectKind::DataCenter, mw);
                    new_dc_due += first;
                    lines.push(
                        Msg::new("preview-build")
                            .text("region", region.id.clone())
                            .num("mw", mw)
                            .num("cost", est.cost_bn)
                            .text("online", world.date.plus(est.quarters).to_string()),
                    );
                }
                let turbines = at(&o.onsite_mw, r);
                if turbines > 0.0 {
                    let (first, est) =
                        first_instalment(world, ProjectKind::Generation(Tech::Onsite), turbines);
                    other_due += first;
                    lines.push(
                        Msg::new("preview-onsite")
                            .text("region", region.id.clone())
                            .num("mw", turbines)
                            .num("cost", est.cost_bn)
                            .text("online", world.date.plus(est.quarters).to_string()),
                    );
                }
            }
            let own_equity = o.spv_bn * finance::SPV_EQUITY_SHARE * (1.0 - o.spv_partner_share);
            let pot = world.oracle.spv_pot_bn + o.spv_bn;
            let from_pot = pot.min(dc_due + new_dc_due);
            let cash = world.cash(id) - other_due - (dc_due + new_dc_due - from_pot) - own_equity
                + o.bond_bn.min(appetite)
                - o.dividend_bn
                - o.buyback_bn;
            lines.push(Msg::new("preview-cash-after").num("cash", cash));
            if pot - from_pot > 0.5 {
                lines.push(Msg::new("preview-spv-left").num("left", pot - from_pot));
            }
            lines.push(
                Msg::new("preview-coupon")
                    .num("coupon", finance::coupon(world, id) * 100.0)
                    .text("rating", world.company(id).rating.label()),
            );
            lines.push(Msg::new("preview-bond-appetite").num("appetite", appetite));
            if o.spv_bn > 0.0 {
                let rate = finance::coupon(world, id) + 0.015;
                lines.push(
                    Msg::new("preview-spv")
                        .num("amount", o.spv_bn)
                        .num("lease", o.spv_bn * (rate + 1.0 / 16.0)),
                );
            }
        }
        SeatOrders::Utility(o) => {
            for (r, region) in world.params.regions.iter().enumerate() {
                let state = &world.regions[r];
                let committed =
                    state.dc.connected_mw() + state.dc.waiting_mw() + state.dc.approved_mw;
                lines.push(
                    Msg::new("preview-hosting")
                        .text("region", region.id.clone())
                        .num("headroom", state.dc.hosting_capacity_mw - committed)
                        .num("approve", at(&o.approve_mw, r)),
                );
                let upgrade = at(&o.transmission_bn, r);
                if upgrade > 0.0 {
                    let est = supply::estimate(world, ProjectKind::Transmission, upgrade);
                    lines.push(
                        Msg::new("preview-transmission")
                            .text("region", region.id.clone())
                            .num("cost", est.cost_bn)
                            .num("mw", upgrade * region.data_centers.mw_per_upgrade_bn)
                            .text("online", world.date.plus(est.quarters).to_string()),
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
                    let mw = at(values, r);
                    if mw > 0.0 {
                        let est = supply::estimate(world, ProjectKind::Generation(tech), mw);
                        lines.push(
                            Msg::new("preview-plant")
                                .text("region", region.id.clone())
                                .text("tech", tech.id())
                                .num("mw", mw)
                                .num("cost", est.cost_bn)
                                .text("online", world.date.plus(est.quarters).to_string()),
                        );
                    }
                }
            }
            rates_preview(world, o, &mut lines);
            lines.push(
                Msg::new("preview-utility-cash")
                    .num(
                        "cash",
                        world.accounts.cash(super::ledger::Account::Utility)
                            - instalments(world, super::state::Owner::Utility),
                    )
                    .num("ffo", world.utility.ffo_to_debt * 100.0),
            );
        }
        SeatOrders::WhiteHouse(o) => {
            lines.push(Msg::new("preview-tariff-revenue").num(
                "revenue",
                super::politics::trade::revenue_q_bn(
                    &world.params.politics,
                    o.chip_tariff,
                    o.equipment_tariff,
                    o.exempt_intermediate,
                ),
            ));
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
            let households = 131.0e6;
            lines.push(
                Msg::new("preview-relief").num("per_household", o.relief_bn * 1e9 / households),
            );
            if world.politics.divided && (o.subsidy_bn > 0.0 || o.loan_guarantee_bn > 0.0) {
                lines.push(Msg::new("preview-congress-blocks"));
            }
            lines.push(Msg::new("preview-budget").num("cost", o.subsidy_bn + o.relief_bn));
        }
    }
    match super::orders::InDefault::of_world(world, orders.seat()) {
        Some(default) => in_default(lines, default),
        None => lines,
    }
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
        let granted = o.rate_case_pct * retail::granted_share(growth);
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
    for (r, p) in params.regions.iter().enumerate() {
        let (now, then) = (
            retail::requirement(world, r),
            retail::requirement(&scratch, r),
        );
        if (now.dc() - then.dc()).abs() < 1e-6 {
            continue;
        }
        let households = |q: &retail::Requirement| {
            let (network, added) = q.residential(p.retail.residential_td_share);
            (network + added) * 1e9 / (q.residential_mwh * 1000.0).max(1.0) * 100.0
        };
        lines.push(
            Msg::new("preview-cost-share")
                .text("region", p.id.clone())
                .num("cents", households(&then) - households(&now))
                .num("large", then.dc() - now.dc()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Orders, Seat};

    #[test]
    fn bigger_builds_cost_more_and_cash_falls() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let world = World::new(s.params, s.hash);
        let cash = |o: &SeatOrders| {
            preview(&world, o)
                .iter()
                .find(|m| m.key == "preview-cash-after")
                .and_then(|m| match m.arg("cash") {
                    Some(crate::engine::report::Arg::Num(v)) => Some(*v),
                    _ => None,
                })
                .unwrap()
        };
        let mut orders = Orders::default();
        let idle = cash(&orders.seat(Seat::Oracle));
        orders.oracle.build_mw = vec![2000.0, 0.0, 0.0];
        let building = orders.seat(Seat::Oracle);
        assert!(cash(&building) < idle - 5.0);
        assert!(
            preview(&world, &building)
                .iter()
                .any(|m| m.key == "preview-build")
        );
        for seat in Seat::ALL {
            assert!(!preview(&world, &Orders::default().seat(seat)).is_empty());
        }
    }
}
