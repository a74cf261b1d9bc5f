//! Phase two of loading: every range, length and cross-reference, all problems at once.

use crate::engine::events::MAX_PRICE_ELASTICITY;
use crate::engine::params::{MarketDesign, Params, RegionParams, TechParams};
use crate::engine::politics::budget::MAX_RISK_FREE;

struct Checker {
    problems: Vec<String>,
}

impl Checker {
    fn range(&mut self, key: &str, value: f64, min: f64, max: f64) {
        if !(value.is_finite() && value >= min && value <= max) {
            self.problems.push(format!(
                "{key} = {value} is out of range: allowed {min}..={max}"
            ));
        }
    }

    fn len(&mut self, key: &str, values: &[f64], expected: usize, min: f64, max: f64) {
        if values.len() != expected {
            self.problems.push(format!(
                "{key} has {} values, needs {expected}",
                values.len()
            ));
        }
        for (i, v) in values.iter().enumerate() {
            self.range(&format!("{key}[{i}]"), *v, min, max);
        }
    }

    /// An optional shape over the four seasons: empty, or four values in range averaging one
    /// (so the yearly figure it shapes keeps its meaning).
    fn seasonal_shape(&mut self, key: &str, values: &[f64], min: f64, max: f64) {
        if values.is_empty() {
            return;
        }
        self.len(key, values, 4, min, max);
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        if (mean - 1.0).abs() > 0.02 {
            self.problems
                .push(format!("{key} averages {mean:.3}, needs 1 (within 0.02)"));
        }
    }

    fn fail(&mut self, message: String) {
        self.problems.push(message);
    }
}

fn tech(c: &mut Checker, name: &str, t: &TechParams) {
    let k = |f: &str| format!("technologies.{name}.{f}");
    c.range(&k("heat_rate"), t.heat_rate, 0.0, 20.0);
    c.range(&k("vom"), t.vom, 0.0, 100.0);
    c.range(&k("availability"), t.availability, 0.0, 1.0);
    c.range(&k("capacity_credit"), t.capacity_credit, 0.0, 1.0);
    c.range(&k("capex_per_kw"), t.capex_per_kw, 0.0, 20000.0);
    c.range(&k("build_quarters"), f64::from(t.build_quarters), 0.0, 40.0);
    c.range(&k("co2_t_per_mwh"), t.co2_t_per_mwh, 0.0, 2.0);
    c.range(&k("fom_per_kw_year"), t.fom_per_kw_year, 0.0, 500.0);
    c.range(&k("life_years"), t.life_years, 1.0, 80.0);
}

fn entry(c: &mut Checker, e: &crate::engine::params::EntryParams) {
    c.range("entry.wacc", e.wacc, 0.0, 0.3);
    c.range("entry.lookback_q", f64::from(e.lookback_q), 1.0, 12.0);
    c.range("entry.clean_itc_share", e.clean_itc_share, 0.0, 0.6);
    c.range(
        "entry.share_of_peak_per_excess",
        e.share_of_peak_per_excess,
        0.0,
        0.5,
    );
    c.range("entry.max_pipeline_share", e.max_pipeline_share, 0.0, 0.5);
    c.range("entry.retire_full_below", e.retire_full_below, 0.0, 2.0);
    c.range("entry.retire_none_above", e.retire_none_above, 0.0, 5.0);
    if e.retire_none_above <= e.retire_full_below {
        c.fail("entry.retire_none_above must exceed entry.retire_full_below".into());
    }
}

fn income_groups(c: &mut Checker, i: usize, r: &crate::engine::params::RegionParams) {
    for (j, g) in r.income_groups.iter().enumerate() {
        let k = |f: &str| format!("regions[{i}].income_groups[{j}].{f}");
        if g.id.trim().is_empty() {
            c.fail(k("id") + " is empty");
        }
        c.range(&k("household_share"), g.household_share, 0.0, 1.0);
        c.range(
            &k("median_income_month"),
            g.median_income_month,
            100.0,
            100000.0,
        );
        c.range(&k("income_sigma"), g.income_sigma, 0.1, 2.0);
    }
    let total: f64 = r.income_groups.iter().map(|g| g.household_share).sum();
    if !r.income_groups.is_empty() && (total - 1.0).abs() > 0.005 {
        c.fail(format!(
            "regions[{i}].income_groups: household shares sum to {total}, need 1"
        ));
    }
}

/// Every problem found, each naming its key; empty when the scenario is valid.
pub fn validate(p: &Params) -> Vec<String> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    check_scenario_and_reference(&mut c, p);
    check_technologies(&mut c, p);
    check_regions(&mut c, p);
    check_links(&mut c, p);
    check_build(&mut c, p);
    check_company_balances(&mut c, p);
    check_openai(&mut c, p);
    check_oracle_and_nvidia(&mut c, p);
    check_hyperscalers(&mut c, p);
    check_utility(&mut c, p);
    check_grid(&mut c, p);
    check_market_pricing(&mut c, p);
    check_market_credit(&mut c, p);
    check_politics_approval(&mut c, p);
    check_politics_jobs_and_trade(&mut c, p);
    check_politics_budget(&mut c, p);
    check_politics_elections(&mut c, p);
    check_supply(&mut c, p);
    check_objective_targets(&mut c, p);
    check_objective_thresholds(&mut c, p);
    check_events(&mut c, p);
    starting_rules(&mut c, p);
    c.problems
}

/// The game's length, the scenario's id and the national reference prices.
fn check_scenario_and_reference(c: &mut Checker, p: &Params) {
    c.range(
        "scenario.turns",
        f64::from(p.scenario.turns),
        1.0,
        f64::from(super::MAX_TURNS),
    );
    if p.scenario.id.trim().is_empty() {
        c.fail("scenario.id is empty".into());
    }
    c.range(
        "reference.national_residential_cents_2020",
        p.reference.national_residential_cents_2020,
        1.0,
        100.0,
    );
    c.range("reference.coal_price", p.reference.coal_price, 0.0, 20.0);
    c.range(
        "reference.nuclear_fuel",
        p.reference.nuclear_fuel,
        0.0,
        50.0,
    );
}

/// Each technology's costs and performance, the battery, and new entry.
fn check_technologies(c: &mut Checker, p: &Params) {
    let t = &p.technologies;
    for (name, params) in [
        ("nuclear", &t.nuclear),
        ("coal", &t.coal),
        ("gas_cc", &t.gas_cc),
        ("gas_peaker", &t.gas_peaker),
        ("hydro", &t.hydro),
        ("wind", &t.wind),
        ("solar", &t.solar),
        ("battery", &t.battery),
        ("onsite", &t.onsite),
    ] {
        tech(c, name, params);
    }
    c.range("technologies.battery_hours", t.battery_hours, 1.0, 12.0);
    entry(c, &p.entry);
    c.range(
        "technologies.battery_efficiency",
        t.battery_efficiency,
        0.5,
        1.0,
    );
}

/// At least one region, each with a unique id, and every region's tables.
fn check_regions(c: &mut Checker, p: &Params) {
    if p.regions.is_empty() {
        c.fail("regions: a scenario needs at least one region".into());
    }
    let mut seen = Vec::new();
    for (i, r) in p.regions.iter().enumerate() {
        let k = |f: &str| format!("regions[{i}].{f}");
        if r.id.trim().is_empty() {
            c.fail(k("id") + " is empty");
        }
        if seen.contains(&r.id) {
            c.fail(format!("{} = \"{}\" is used twice", k("id"), r.id));
        }
        seen.push(r.id.clone());
        region_demand(c, i, r);
        region_supply(c, i, r);
        region_capacity_market(c, i, r);
        region_data_centers(c, i, r);
        region_faults(c, i, r);
        region_retail(c, i, r);
        region_politics(c, i, r);
    }
}

/// A region's households, load, its shape through the year and day, and weather.
fn region_demand(c: &mut Checker, i: usize, r: &RegionParams) {
    let k = |f: &str| format!("regions[{i}].{f}");
    c.range(&k("households_m"), r.households_m, 0.01, 200.0);
    c.range(
        &k("residential_kwh_month"),
        r.residential_kwh_month,
        50.0,
        5000.0,
    );
    c.range(
        &k("median_income_month"),
        r.median_income_month,
        100.0,
        100000.0,
    );
    c.range(&k("income_sigma"), r.income_sigma, 0.1, 2.0);
    income_groups(c, i, r);
    c.range(&k("non_dc_load_mw"), r.non_dc_load_mw, 1.0, 1e6);
    c.range(&k("residential_share"), r.residential_share, 0.0, 1.0);
    c.range(&k("load_growth_q"), r.load_growth_q, -0.05, 0.05);
    c.len(&k("seasonal"), &r.seasonal, 4, 0.3, 3.0);
    if r.daily_shape.len() != 4 {
        c.fail(format!(
            "{} has {} rows, needs 4 (one per season)",
            k("daily_shape"),
            r.daily_shape.len()
        ));
    }
    for (s, row) in r.daily_shape.iter().enumerate() {
        c.len(&format!("{}[{s}]", k("daily_shape")), row, 24, 0.1, 3.0);
    }
    c.range(&k("weather_sigma"), r.weather_sigma, 0.0, 0.5);
    c.seasonal_shape(
        &k("weather_sigma_seasonal"),
        &r.weather_sigma_seasonal,
        0.1,
        3.0,
    );
    c.range(
        &k("cold_outage_per_sigma"),
        r.cold_outage_per_sigma,
        0.0,
        1.0,
    );
}

/// A region's capacity factors, prices, imports, and fleet with its retirements.
fn region_supply(c: &mut Checker, i: usize, r: &RegionParams) {
    let k = |f: &str| format!("regions[{i}].{f}");
    c.len(&k("wind_cf"), &r.wind_cf, 4, 0.0, 1.0);
    c.len(&k("solar_cf"), &r.solar_cf, 4, 0.0, 1.0);
    c.len(&k("hydro_cf"), &r.hydro_cf, 4, 0.0, 1.0);
    c.range(&k("gas_price"), r.gas_price, 0.0, 50.0);
    if let Some(coal) = r.coal_price {
        c.range(&k("coal_price"), coal, 0.0, 20.0);
    }
    c.range(&k("price_cap"), r.price_cap, 100.0, 20000.0);
    c.range(&k("scarcity_adder"), r.scarcity_adder, 0.0, 20000.0);
    c.range(&k("scarcity_sigma"), r.scarcity_sigma, 0.001, 0.5);
    c.range(&k("reserve_target"), r.reserve_target, 0.0, 1.0);
    c.range(&k("import_limit_mw"), r.import_limit_mw, 0.0, 100000.0);
    c.range(&k("import_price_adder"), r.import_price_adder, 0.0, 500.0);
    c.range(
        &k("import_capacity_credit"),
        r.import_capacity_credit,
        0.0,
        1.0,
    );
    c.range(
        &k("restartable_nuclear_mw"),
        r.restartable_nuclear_mw,
        0.0,
        100000.0,
    );
    let fleet = r.fleet.to_array();
    let retire = r.retirements_mw_q.to_array();
    for (j, tech) in crate::engine::Tech::ALL.iter().enumerate() {
        c.range(&format!("{}.{}", k("fleet"), tech.id()), fleet[j], 0.0, 1e6);
        c.range(
            &format!("{}.{}", k("retirements_mw_q"), tech.id()),
            retire[j],
            0.0,
            1e5,
        );
    }
    let grid_fleet: f64 = fleet[..fleet.len() - 1].iter().sum();
    if grid_fleet <= 0.0 {
        c.fail(format!(
            "{}: region \"{}\" has no generation fleet",
            k("fleet"),
            r.id
        ));
    }
}

/// A region's capacity market: present exactly when its market design has one, and in range.
fn region_capacity_market(c: &mut Checker, i: usize, r: &RegionParams) {
    let k = |f: &str| format!("regions[{i}].{f}");
    match (r.market, &r.capacity_market) {
        (MarketDesign::Capacity, None) => c.fail(format!(
            "{}: market = \"capacity\" needs a [capacity_market] table",
            k("capacity_market")
        )),
        (MarketDesign::EnergyOnly, Some(_)) => c.fail(format!(
            "{}: only allowed with market = \"capacity\"",
            k("capacity_market")
        )),
        (_, Some(m)) => {
            let k = |f: &str| format!("regions[{i}].capacity_market.{f}");
            c.range(&k("floor"), m.floor, 0.0, 500.0);
            c.range(&k("cap"), m.cap, 0.0, 2000.0);
            c.range(&k("high_points"), m.high_points, 0.0, 20.0);
            c.range(&k("low_points"), m.low_points, 0.0, 20.0);
            c.range(&k("reference_price"), m.reference_price, 0.0, 2000.0);
            c.range(
                &k("other_demand_response_mw"),
                m.other_demand_response_mw,
                0.0,
                50000.0,
            );
            c.range(
                &k("forward_quarters"),
                f64::from(m.forward_quarters),
                0.0,
                16.0,
            );
            c.range(
                &k("auction_quarter"),
                f64::from(m.auction_quarter),
                1.0,
                4.0,
            );
            for (j, kp) in m.known_prices.iter().enumerate() {
                c.range(
                    &format!("{}[{j}].price", k("known_prices")),
                    kp.price,
                    0.0,
                    2000.0,
                );
            }
        }
        _ => {}
    }
}

/// A region's data centers: sizes, queue, and the shares that must lie in 0..=1.
fn region_data_centers(c: &mut Checker, i: usize, r: &RegionParams) {
    let d = &r.data_centers;
    let kd = |f: &str| format!("regions[{i}].data_centers.{f}");
    for (name, v, max) in [
        ("oracle_mw", d.oracle_mw, 1e5),
        ("hyperscaler_mw", d.hyperscaler_mw, 1e5),
        ("queue_mw", d.queue_mw, 1e6),
        ("queue_inflow_mw_q", d.queue_inflow_mw_q, 1e5),
        ("approved_mw", d.approved_mw, 1e5),
        ("hosting_capacity_mw", d.hosting_capacity_mw, 2e5),
        ("mw_per_upgrade_bn", d.mw_per_upgrade_bn, 1e4),
        ("oracle_building_mw", d.oracle_building_mw, 1e5),
        ("oracle_building_quarters", d.oracle_building_quarters, 40.0),
        ("oracle_fitting_mw", d.oracle_fitting_mw, 1e5),
        ("oracle_fitting_quarters", d.oracle_fitting_quarters, 40.0),
    ] {
        c.range(&kd(name), v, 0.0, max);
    }
    for (name, v) in [
        ("speculative_share", d.speculative_share),
        ("ride_through_share", d.ride_through_share),
        ("utilization", d.utilization),
        ("hyperscaler_build_share", d.hyperscaler_build_share),
    ] {
        c.range(&kd(name), v, 0.0, 1.0);
    }
}

/// A region's grid faults and under-frequency load shedding, with their orderings.
fn region_faults(c: &mut Checker, i: usize, r: &RegionParams) {
    let f = &r.faults;
    let kf = |x: &str| format!("regions[{i}].faults.{x}");
    c.range(&kf("tolerable_loss_mw"), f.tolerable_loss_mw, 1.0, 50000.0);
    c.range(
        &kf("frequency_response_mw"),
        f.frequency_response_mw,
        1.0,
        10000.0,
    );
    c.range(
        &kf("fault_rate_per_year"),
        f.fault_rate_per_year,
        0.0,
        200.0,
    );
    c.range(&kf("cluster_share_min"), f.cluster_share_min, 0.0, 1.0);
    c.range(&kf("cluster_share_max"), f.cluster_share_max, 0.0, 1.0);
    if f.cluster_share_min > f.cluster_share_max {
        c.fail(format!(
            "{} is above {}",
            kf("cluster_share_min"),
            kf("cluster_share_max")
        ));
    }
    c.range(&kf("ufls_first_hz"), f.ufls_first_hz, 55.0, 60.0);
    c.range(&kf("ufls_last_hz"), f.ufls_last_hz, 55.0, 60.0);
    if f.ufls_last_hz >= f.ufls_first_hz {
        c.fail(format!(
            "{} is not below {}",
            kf("ufls_last_hz"),
            kf("ufls_first_hz")
        ));
    }
    c.range(
        &kf("large_load_event_mw"),
        f.large_load_event_mw,
        1.0,
        50000.0,
    );
}

/// A region's retail rates, bills and arrears.
fn region_retail(c: &mut Checker, i: usize, r: &RegionParams) {
    let rt = &r.retail;
    let kr = |x: &str| format!("regions[{i}].retail.{x}");
    c.range(&kr("td_revenue_bn_yr"), rt.td_revenue_bn_yr, 0.0, 200.0);
    c.range(
        &kr("residential_td_share"),
        rt.residential_td_share,
        0.0,
        1.0,
    );
    c.range(&kr("allowed_roe"), rt.allowed_roe, 0.0, 0.3);
    c.range(&kr("recovery_years"), rt.recovery_years, 1.0, 60.0);
    c.range(
        &kr("residential_cents_2020"),
        rt.residential_cents_2020,
        1.0,
        100.0,
    );
    c.range(&kr("wholesale_2020"), rt.wholesale_2020, 1.0, 500.0);
    c.range(&kr("capacity_2020"), rt.capacity_2020, 0.0, 200.0);
    c.range(&kr("fixed_charge_month"), rt.fixed_charge_month, 0.0, 100.0);
    c.range(&kr("other_bills_month"), rt.other_bills_month, 0.0, 1000.0);
    c.range(
        &kr("heating_bill_month"),
        rt.heating_bill_month,
        0.0,
        1000.0,
    );
    c.seasonal_shape(&kr("heating_seasonal"), &rt.heating_seasonal, 0.0, 4.0);
    c.range(&kr("affordable_burden"), rt.affordable_burden, 0.01, 0.5);
    c.range(&kr("usage_sigma"), rt.usage_sigma, 0.0, 2.0);
    c.range(&kr("arrears_clear_q"), rt.arrears_clear_q, 0.0, 1.0);
}

/// A region's population, seats and electoral votes, and its partisan lean.
fn region_politics(c: &mut Checker, i: usize, r: &RegionParams) {
    let po = &r.politics;
    c.range(
        &format!("regions[{i}].politics.population_m"),
        po.population_m,
        0.0,
        400.0,
    );
    c.range(
        &format!("regions[{i}].politics.house_seats"),
        f64::from(po.house_seats),
        0.0,
        435.0,
    );
    c.range(
        &format!("regions[{i}].politics.electoral_votes"),
        f64::from(po.electoral_votes),
        0.0,
        538.0,
    );
    c.range(&format!("regions[{i}].politics.lean"), po.lean, -0.3, 0.3);
}

/// Each link joins two different regions of this scenario, within its limit.
fn check_links(c: &mut Checker, p: &Params) {
    for (i, link) in p.links.iter().enumerate() {
        for (end, id) in [("from", &link.from), ("to", &link.to)] {
            if p.region_index(id).is_none() {
                c.fail(format!(
                    "links[{i}].{end} = \"{id}\" is not a region of this scenario"
                ));
            }
        }
        if link.from == link.to {
            c.fail(format!("links[{i}] connects \"{}\" to itself", link.from));
        }
        c.range(
            &format!("links[{i}].limit_mw"),
            link.limit_mw,
            0.0,
            100000.0,
        );
    }
}

/// Data-center and transmission build costs and times, fast-track and siting.
fn check_build(c: &mut Checker, p: &Params) {
    let b = &p.build;
    c.range("build.dc_chips_bn_per_gw", b.dc_chips_bn_per_gw, 0.0, 200.0);
    c.range(
        "build.dc_facility_bn_per_gw",
        b.dc_facility_bn_per_gw,
        0.0,
        100.0,
    );
    c.range(
        "build.dc_build_quarters",
        f64::from(b.dc_build_quarters),
        1.0,
        20.0,
    );
    c.range(
        "build.ride_through_bn_per_gw",
        b.ride_through_bn_per_gw,
        0.0,
        10.0,
    );
    c.range(
        "build.transmission_build_quarters",
        f64::from(b.transmission_build_quarters),
        0.0,
        40.0,
    );
    c.range("build.fast_track_cut", b.fast_track_cut, 0.0, 0.9);
    c.range("build.dc_fast_track_share", b.dc_fast_track_share, 0.0, 1.0);
    c.range(
        "build.fast_track_queue_exit_q",
        b.fast_track_queue_exit_q,
        0.0,
        1.0,
    );
    c.range("build.siting_elasticity", b.siting_elasticity, 0.0, 5.0);
    c.range(
        "build.siting_reference_per_mwh",
        b.siting_reference_per_mwh,
        1.0,
        500.0,
    );
    c.range(
        "build.colo_fee_bn_per_gw_yr",
        b.colo_fee_bn_per_gw_yr,
        0.0,
        50.0,
    );
    c.len(
        "build.colo_region_shares",
        &b.colo_region_shares,
        p.regions.len(),
        0.0,
        1.0,
    );
}

/// Each company's balance sheet, earnings and valuation.
fn check_company_balances(c: &mut Checker, p: &Params) {
    for id in crate::engine::CompanyId::ALL {
        let cp = p.companies.balance(id);
        let k = |f: &str| format!("companies.{}.balance.{f}", id.id());
        c.range(&k("cash_bn"), cp.cash_bn, 0.0, 2000.0);
        c.range(&k("debt_bn"), cp.debt_bn, 0.0, 2000.0);
        c.range(&k("coupon"), cp.coupon, 0.0, 0.3);
        c.range(
            &k("maturity_quarters"),
            f64::from(cp.maturity_quarters),
            1.0,
            160.0,
        );
        c.range(&k("off_balance_bn"), cp.off_balance_bn, 0.0, 2000.0);
        c.range(&k("ppe_bn"), cp.ppe_bn, 0.0, 5000.0);
        c.range(&k("leases_bn"), cp.leases_bn, 0.0, 2000.0);
        c.range(&k("book_assets_bn"), cp.book_assets_bn, 0.0, 10000.0);
        c.range(
            &k("book_equity_bn"),
            cp.book_equity_bn,
            -1000.0,
            cp.book_assets_bn.max(0.0),
        );
        c.range(&k("equity_vol"), cp.equity_vol, 0.05, 2.0);
        c.range(&k("base_revenue_q_bn"), cp.base_revenue_q_bn, 0.0, 2000.0);
        c.range(&k("base_growth_q"), cp.base_growth_q, -0.2, 0.5);
        c.range(&k("base_margin"), cp.base_margin, -1.0, 1.0);
        c.range(&k("fixed_costs_q_bn"), cp.fixed_costs_q_bn, 0.0, 500.0);
        c.range(&k("base_capex_q_bn"), cp.base_capex_q_bn, 0.0, 500.0);
        c.range(&k("market_cap_bn"), cp.market_cap_bn, 1.0, 100000.0);
        c.range(&k("shares_bn"), cp.shares_bn, 0.001, 1000.0);
        c.range(&k("spread_bp"), cp.spread_bp, 0.0, 5000.0);
        c.range(&k("backlog_bn"), cp.backlog_bn, 0.0, 5000.0);
        c.range(&k("expected_growth"), cp.expected_growth, -0.5, 5.0);
        c.range(&k("base_multiple"), cp.base_multiple, 1.0, 200.0);
    }
}

/// OpenAI's compute, demand, adoption and pricing.
fn check_openai(c: &mut Checker, p: &Params) {
    let o = &p.companies.openai;
    c.range(
        "companies.openai.hyperscaler_gw",
        o.hyperscaler_gw,
        0.0,
        100.0,
    );
    c.range(
        "companies.openai.hyperscaler_gw_added_q",
        o.hyperscaler_gw_added_q,
        0.0,
        10.0,
    );
    c.range(
        "companies.openai.hyperscaler_price_bn_per_gw_yr",
        o.hyperscaler_price_bn_per_gw_yr,
        0.0,
        100.0,
    );
    c.range(
        "companies.openai.demand_bn_yr",
        o.demand_bn_yr,
        0.0,
        10000.0,
    );
    c.range(
        "companies.openai.adoption_growth_q",
        o.adoption_growth_q,
        0.0,
        1.0,
    );
    c.range(
        "companies.openai.adoption_ceiling",
        o.adoption_ceiling,
        1.0,
        1000.0,
    );
    c.range(
        "companies.openai.adoption_ceiling_sigma",
        o.adoption_ceiling_sigma,
        0.0,
        2.0,
    );
    c.range(
        "companies.openai.elasticity",
        o.elasticity,
        0.0,
        MAX_PRICE_ELASTICITY,
    );
    c.range(
        "companies.openai.revenue_per_inference_gw_yr",
        o.revenue_per_inference_gw_yr,
        0.0,
        1000.0,
    );
    c.range(
        "companies.openai.efficiency_gain_q",
        o.efficiency_gain_q,
        0.0,
        0.5,
    );
    c.range(
        "companies.openai.reference_subscription",
        o.reference_subscription,
        1.0,
        1000.0,
    );
    c.range(
        "companies.openai.consumer_share",
        o.consumer_share,
        0.0,
        1.0,
    );
}

/// Oracle's cloud and Nvidia's sales.
fn check_oracle_and_nvidia(c: &mut Checker, p: &Params) {
    let or = &p.companies.oracle;
    c.range(
        "companies.oracle.cloud_price_bn_per_gw_yr",
        or.cloud_price_bn_per_gw_yr,
        0.0,
        100.0,
    );
    c.range(
        "companies.oracle.cloud_utilization",
        or.cloud_utilization,
        0.0,
        1.0,
    );
    c.range(
        "companies.oracle.dc_opex_bn_per_gw_yr",
        or.dc_opex_bn_per_gw_yr,
        0.0,
        50.0,
    );
    c.range("companies.oracle.revolver_bn", or.revolver_bn, 0.0, 500.0);
    c.range(
        "companies.oracle.contract_lead_quarters",
        f64::from(or.contract_lead_quarters),
        0.0,
        20.0,
    );
    c.range("companies.oracle.ai_margin", or.ai_margin, 0.0, 1.0);
    let n = &p.companies.nvidia;
    c.range("companies.nvidia.gross_margin", n.gross_margin, 0.0, 1.0);
    c.range(
        "companies.nvidia.other_sales_q_bn",
        n.other_sales_q_bn,
        0.0,
        1000.0,
    );
    c.range(
        "companies.nvidia.other_sales_growth_q",
        n.other_sales_growth_q,
        -0.5,
        0.5,
    );
    c.range(
        "companies.nvidia.share_of_hyperscaler_capex",
        n.share_of_hyperscaler_capex,
        0.0,
        1.0,
    );
    c.range(
        "companies.nvidia.vendor_bn_per_gw",
        n.vendor_bn_per_gw,
        0.0,
        100.0,
    );
    c.range("companies.nvidia.payout_share", n.payout_share, 0.0, 1.0);
}

/// The hyperscalers' capex guidance, its responses, AI revenue and payouts.
fn check_hyperscalers(c: &mut Checker, p: &Params) {
    let h = &p.companies.hyperscalers;
    if h.capex_guidance_bn.is_empty() {
        c.fail("companies.hyperscalers.capex_guidance_bn needs at least one year".into());
    }
    for (i, g) in h.capex_guidance_bn.iter().enumerate() {
        c.range(
            &format!("companies.hyperscalers.capex_guidance_bn[{i}]"),
            *g,
            0.0,
            5000.0,
        );
    }
    if let Some(prior) = h.capex_prior_year_bn {
        c.range(
            "companies.hyperscalers.capex_prior_year_bn",
            prior,
            0.0,
            5000.0,
        );
    }
    c.range(
        "companies.hyperscalers.dc_share_of_capex",
        h.dc_share_of_capex,
        0.0,
        1.0,
    );
    c.range(
        "companies.hyperscalers.capex_sentiment_elasticity",
        h.capex_sentiment_elasticity,
        0.0,
        2.0,
    );
    c.range(
        "companies.hyperscalers.capex_spread_elasticity",
        h.capex_spread_elasticity,
        0.0,
        2.0,
    );
    c.range(
        "companies.hyperscalers.capex_commitment_q",
        h.capex_commitment_q,
        0.0,
        1.0,
    );
    c.range(
        "companies.hyperscalers.ai_revenue_q_bn",
        h.ai_revenue_q_bn,
        0.0,
        1000.0,
    );
    c.range(
        "companies.hyperscalers.ai_revenue_growth_q",
        h.ai_revenue_growth_q,
        -0.5,
        1.0,
    );
    c.range(
        "companies.hyperscalers.payout_share",
        h.payout_share,
        0.0,
        1.0,
    );
    c.range(
        "companies.hyperscalers.dividend_share",
        h.dividend_share,
        0.0,
        h.payout_share,
    );
    c.range(
        "companies.hyperscalers.cash_floor_bn",
        h.cash_floor_bn,
        0.0,
        2000.0,
    );
}

/// The utility's finances, rate cases and regulator.
fn check_utility(c: &mut Checker, p: &Params) {
    let u = &p.utility;
    c.range("utility.cash_bn", u.cash_bn, 0.0, 1000.0);
    c.range("utility.debt_bn", u.debt_bn, 0.0, 5000.0);
    c.range("utility.spread_bp", u.spread_bp, 0.0, 5000.0);
    c.range("utility.cash_floor_bn", u.cash_floor_bn, 0.0, 1000.0);
    c.range("utility.opex_share", u.opex_share, 0.0, 1.0);
    c.range("utility.cost_growth_q", u.cost_growth_q, 0.0, 0.1);
    c.range(
        "utility.rate_case_lag_q",
        f64::from(u.rate_case_lag_q),
        1.0,
        12.0,
    );
    c.range("utility.capex_debt_share", u.capex_debt_share, 0.0, 1.0);
    c.range("utility.dc_delivery_weight", u.dc_delivery_weight, 0.0, 1.0);
    c.range(
        "utility.dc_standard_upgrade_weight",
        u.dc_standard_upgrade_weight,
        0.0,
        1.0,
    );
    c.range(
        "utility.tolerated_bill_growth",
        u.tolerated_bill_growth,
        0.0,
        0.5,
    );
    c.range(
        "utility.grant_cut_per_growth",
        u.grant_cut_per_growth,
        0.0,
        50.0,
    );
    c.range("utility.min_granted_share", u.min_granted_share, 0.0, 1.0);
}

/// Grid-wide demand response, congestion and planning margins.
fn check_grid(c: &mut Checker, p: &Params) {
    let g = &p.grid;
    c.range(
        "grid.demand_response_strike",
        g.demand_response_strike,
        0.0,
        20000.0,
    );
    c.range("grid.congestion_onset", g.congestion_onset, 0.0, 2.0);
    c.range("grid.congestion_slope", g.congestion_slope, 0.0, 10.0);
    c.range(
        "grid.planning_weather_sigmas",
        g.planning_weather_sigmas,
        0.0,
        5.0,
    );
    c.range("grid.approved_dc_counted", g.approved_dc_counted, 0.0, 1.0);
    c.range(
        "grid.cold_outage_onset_sigmas",
        g.cold_outage_onset_sigmas,
        0.0,
        5.0,
    );
}

/// The market's rates, sentiment, investors' appetite and household and pension holdings.
fn check_market_pricing(c: &mut Checker, p: &Params) {
    let m = &p.market;
    c.range("market.risk_free", m.risk_free, 0.0, MAX_RISK_FREE);
    c.range("market.non_ai_cap_bn", m.non_ai_cap_bn, 0.0, 1e6);
    c.range("market.non_ai_growth_q", m.non_ai_growth_q, -0.1, 0.1);
    c.range("market.non_ai_vol_q", m.non_ai_vol_q, 0.0, 0.5);
    for (name, v, lo, hi) in [
        ("non_ai_beta", m.non_ai_beta, 0.0, 1.0),
        ("sentiment_start", m.sentiment_start, -1.0, 1.0),
        ("sentiment_persistence", m.sentiment_persistence, 0.0, 1.0),
        ("surprise_weight", m.surprise_weight, 0.0, 5.0),
        ("sentiment_noise", m.sentiment_noise, 0.0, 1.0),
        ("momentum", m.momentum, 0.0, 1.0),
        ("expectation_adaptation", m.expectation_adaptation, 0.0, 1.0),
        ("multiple_sentiment", m.multiple_sentiment, 0.0, 3.0),
        ("circular_discount", m.circular_discount, 0.0, 5.0),
        ("contagion", m.contagion, 0.0, 1.0),
        ("bond_appetite_q_bn", m.bond_appetite_q_bn, 0.0, 5000.0),
        ("bond_baseline_yr_bn", m.bond_baseline_yr_bn, 0.0, 5000.0),
        ("equity_appetite", m.equity_appetite, 0.0, 1.0),
        ("recovery", m.recovery, 0.0, 1.0),
        ("household_wealth_bn", m.household_wealth_bn, 0.0, 1e7),
        ("household_stock_share", m.household_stock_share, 0.0, 1.0),
        ("pension_assets_bn", m.pension_assets_bn, 0.0, 1e6),
        ("pension_ai_share", m.pension_ai_share, 0.0, 1.0),
        (
            "pension_default_loss_share",
            m.pension_default_loss_share,
            0.0,
            1.0,
        ),
        ("lease_weight_before", m.lease_weight_before, 0.0, 1.0),
        (
            "lease_reclassification_share",
            m.lease_reclassification_share,
            0.0,
            10.0,
        ),
    ] {
        c.range(&format!("market.{name}"), v, lo, hi);
    }
}

/// The market's credit terms, credibility and rating spreads.
fn check_market_credit(c: &mut Checker, p: &Params) {
    let m = &p.market;
    for (name, v, lo, hi) in [
        ("coverage_comfort", m.coverage_comfort, 0.05, 5.0),
        ("coverage_pressure", m.coverage_pressure, 0.0, 5.0),
        ("credit_sentiment", m.credit_sentiment, 0.0, 5.0),
        ("default_sentiment_hit", m.default_sentiment_hit, 0.0, 2.0),
        (
            "backlog_surprise_weight",
            m.backlog_surprise_weight,
            0.0,
            1.0,
        ),
        ("credibility_start", m.credibility_start, 0.0, 1.0),
        ("credibility_wear", m.credibility_wear, 0.0, 1.0),
        (
            "credibility_contradicted_loss",
            m.credibility_contradicted_loss,
            0.0,
            1.0,
        ),
        (
            "credibility_full_fall_q",
            m.credibility_full_fall_q,
            0.01,
            1.0,
        ),
        (
            "credibility_bill_tolerance",
            m.credibility_bill_tolerance,
            0.0,
            1.0,
        ),
        (
            "credibility_full_bill_rise",
            m.credibility_full_bill_rise,
            0.01,
            1.0,
        ),
        (
            "credibility_caution_build",
            m.credibility_caution_build,
            0.0,
            1.0,
        ),
        (
            "credibility_quiet_drift",
            m.credibility_quiet_drift,
            0.0,
            1.0,
        ),
    ] {
        c.range(&format!("market.{name}"), v, lo, hi);
    }
    c.len(
        "market.rating_spreads_bp",
        &m.rating_spreads_bp,
        18,
        0.0,
        10000.0,
    );
}

/// The White House's approval and how votes swing with it.
fn check_politics_approval(c: &mut Checker, p: &Params) {
    let po = &p.politics;
    for (name, v, lo, hi) in [
        ("approval_start", po.approval_start, 0.0, 1.0),
        ("approval_anchor", po.approval_anchor, 0.0, 1.0),
        ("reversion", po.reversion, 0.0, 1.0),
        ("bill_weight", po.bill_weight, 0.0, 2.0),
        ("inflation_weight", po.inflation_weight, 0.0, 5.0),
        ("wealth_weight", po.wealth_weight, 0.0, 1.0),
        ("jobs_weight", po.jobs_weight, 0.0, 5.0),
        ("blackout_weight", po.blackout_weight, 0.0, 10.0),
        ("relief_weight", po.relief_weight, 0.0, 10.0),
        ("noise", po.noise, 0.0, 5.0),
        ("vote_swing", po.vote_swing, 0.0, 2.0),
        ("neutral_approval", po.neutral_approval, 0.0, 1.0),
        ("vote_noise", po.vote_noise, 0.0, 0.2),
    ] {
        c.range(&format!("politics.{name}"), v, lo, hi);
    }
}

/// Manufacturing jobs, tariffs, imports and retaliation.
fn check_politics_jobs_and_trade(c: &mut Checker, p: &Params) {
    let po = &p.politics;
    for (name, v, lo, hi) in [
        ("jobs_start_k", po.jobs_start_k, 0.0, 100000.0),
        (
            "jobs_per_equipment_tariff_k",
            po.jobs_per_equipment_tariff_k,
            0.0,
            1000.0,
        ),
        (
            "jobs_per_chip_tariff_k",
            po.jobs_per_chip_tariff_k,
            0.0,
            1000.0,
        ),
        (
            "jobs_per_subsidy_bn_k",
            po.jobs_per_subsidy_bn_k,
            0.0,
            100.0,
        ),
        ("jobs_adjustment", po.jobs_adjustment, 0.0, 1.0),
        ("tariff_passthrough", po.tariff_passthrough, 0.0, 1.0),
        ("tariffed_import_share", po.tariffed_import_share, 0.0, 1.0),
        (
            "chip_imports_bn_per_year",
            po.chip_imports_bn_per_year,
            0.0,
            5000.0,
        ),
        (
            "equipment_imports_bn_per_year",
            po.equipment_imports_bn_per_year,
            0.0,
            5000.0,
        ),
        ("import_elasticity", po.import_elasticity, 0.0, 10.0),
        ("exempt_import_share", po.exempt_import_share, 0.0, 1.0),
        ("downstream_jobs_ratio", po.downstream_jobs_ratio, 0.0, 10.0),
        (
            "retaliation_jobs_ratio",
            po.retaliation_jobs_ratio,
            0.0,
            10.0,
        ),
        (
            "retaliation_chance_per_rate",
            po.retaliation_chance_per_rate,
            0.0,
            1.0,
        ),
        (
            "retaliation_value_per_rate",
            po.retaliation_value_per_rate,
            0.0,
            0.5,
        ),
    ] {
        c.range(&format!("politics.{name}"), v, lo, hi);
    }
}

/// The federal budget, loan guarantees, subsidies and Congress; subsidy shares sum to at most 1.
fn check_politics_budget(c: &mut Checker, p: &Params) {
    let po = &p.politics;
    for (name, v, lo, hi) in [
        (
            "corporate_profits_bn_per_year",
            po.corporate_profits_bn_per_year,
            1.0,
            100000.0,
        ),
        ("gdp_bn_per_year", po.gdp_bn_per_year, 1.0, 1000000.0),
        (
            "yield_bp_per_deficit_point",
            po.yield_bp_per_deficit_point,
            0.0,
            100.0,
        ),
        (
            "guarantee_subsidy_rate",
            po.guarantee_subsidy_rate,
            0.0,
            1.0,
        ),
        (
            "loan_guarantee_cut_bp",
            po.loan_guarantee_cut_bp,
            0.0,
            500.0,
        ),
        (
            "loan_guarantee_full_bn",
            po.loan_guarantee_full_bn,
            1.0,
            1000.0,
        ),
        (
            "equity_loss_per_yield_point",
            po.equity_loss_per_yield_point,
            0.0,
            0.5,
        ),
        ("relief_habit_q", po.relief_habit_q, 0.0, 1.0),
        ("subsidy_oracle_share", po.subsidy_oracle_share, 0.0, 1.0),
        (
            "subsidy_manufacturing_share",
            po.subsidy_manufacturing_share,
            0.0,
            1.0,
        ),
        ("deficit_weight", po.deficit_weight, 0.0, 10.0),
        ("statement_points", po.statement_points, 0.0, 5.0),
        ("inflation_pass_q", po.inflation_pass_q, 0.0, 1.0),
        (
            "inflation_per_deficit_point",
            po.inflation_per_deficit_point,
            0.0,
            2.0,
        ),
        ("congress_rule_chance", po.congress_rule_chance, 0.0, 1.0),
        ("congress_rule_share", po.congress_rule_share, 0.0, 1.0),
    ] {
        c.range(&format!("politics.{name}"), v, lo, hi);
    }
    let granted = po.subsidy_oracle_share + po.subsidy_manufacturing_share;
    if granted > 1.0 {
        c.fail(format!(
            "politics.subsidy_oracle_share + politics.subsidy_manufacturing_share = {granted} is \
             more than 1: allowed up to 1 (the big four get the rest)"
        ));
    }
}

/// Each election's outside seats, lean and votes needed.
fn check_politics_elections(c: &mut Checker, p: &Params) {
    let po = &p.politics;
    for (i, e) in po.elections.iter().enumerate() {
        c.range(
            &format!("politics.elections[{i}].outside_seats"),
            f64::from(e.outside_seats),
            0.0,
            538.0,
        );
        c.range(
            &format!("politics.elections[{i}].outside_lean"),
            e.outside_lean,
            -0.3,
            0.3,
        );
        c.range(
            &format!("politics.elections[{i}].needed"),
            f64::from(e.needed),
            1.0,
            538.0,
        );
    }
}

/// Each good's imports, lead times, capacity and price response.
fn check_supply(c: &mut Checker, p: &Params) {
    for good in crate::engine::Good::ALL {
        let g = p.supply.get(good);
        let k = |f: &str| format!("supply.{}.{f}", good.id());
        c.range(&k("import_share"), g.import_share, 0.0, 1.0);
        c.range(&k("base_lead_q"), g.base_lead_q, 0.0, 40.0);
        c.range(&k("capacity_q"), g.capacity_q, 0.001, 1000.0);
        c.range(&k("capacity_growth_q"), g.capacity_growth_q, 0.0, 0.5);
        c.range(&k("backlog"), g.backlog, 0.0, 10000.0);
        c.range(&k("tariff_lead_q"), g.tariff_lead_q, 0.0, 40.0);
        c.range(&k("scarcity_premium"), g.scarcity_premium, 0.0, 1.0);
        c.range(&k("domestic_response"), g.domestic_response, 0.0, 0.1);
        c.range(
            &k("shock_price_persistence"),
            g.shock_price_persistence,
            0.0,
            1.0,
        );
    }
}

/// Each seat's targets for the end of the game.
fn check_objective_targets(c: &mut Checker, p: &Params) {
    let ob = &p.objectives;
    c.range(
        "objectives.openai_compute_gw",
        ob.openai_compute_gw,
        0.0,
        1000.0,
    );
    c.range(
        "objectives.openai_secured_gw",
        ob.openai_secured_gw,
        0.0,
        1000.0,
    );
    c.range(
        "objectives.openai_revenue_bn_yr",
        ob.openai_revenue_bn_yr,
        0.0,
        10000.0,
    );
    c.range(
        "objectives.oracle_price_multiple",
        ob.oracle_price_multiple,
        0.0,
        10.0,
    );
    c.range(
        "objectives.utility_rate_cap_cents",
        ob.utility_rate_cap_cents,
        1.0,
        200.0,
    );
    c.range(
        "objectives.utility_blackout_share",
        ob.utility_blackout_share,
        0.0,
        1.0,
    );
    c.range(
        "objectives.whitehouse_approval",
        ob.whitehouse_approval,
        0.0,
        1.0,
    );
    c.range(
        "objectives.whitehouse_index_multiple",
        ob.whitehouse_index_multiple,
        0.0,
        10.0,
    );
    c.range(
        "objectives.whitehouse_jobs_k",
        ob.whitehouse_jobs_k,
        -10000.0,
        10000.0,
    );
    c.range(
        "objectives.oracle_online_gw",
        ob.oracle_online_gw,
        0.0,
        1000.0,
    );
}

/// OpenAI's default-risk and runway parts, the utility's reserve gap and the White House's deficit.
fn check_objective_thresholds(c: &mut Checker, p: &Params) {
    let ob = &p.objectives;
    c.range(
        "objectives.openai_default_prob_full",
        ob.openai_default_prob_full,
        0.0,
        1.0,
    );
    c.range(
        "objectives.openai_default_prob_none",
        ob.openai_default_prob_none,
        0.0,
        1.0,
    );
    if ob.openai_default_prob_none <= ob.openai_default_prob_full {
        c.fail(
            "objectives.openai_default_prob_none must exceed objectives.openai_default_prob_full"
                .into(),
        );
    }
    c.range("objectives.openai_runway_q", ob.openai_runway_q, 0.0, 20.0);
    c.range(
        "objectives.utility_reserve_gap_none",
        ob.utility_reserve_gap_none,
        0.01,
        1.0,
    );
    c.range(
        "objectives.whitehouse_deficit_gdp_points",
        ob.whitehouse_deficit_gdp_points,
        0.0,
        100.0,
    );
}

/// Each event: a unique id, a probability, real quarters, known regions and valid effects.
fn check_events(c: &mut Checker, p: &Params) {
    let mut ids = Vec::new();
    for (i, e) in p.events.iter().enumerate() {
        let k = |f: &str| format!("events[{i}].{f}");
        if e.id.trim().is_empty() {
            c.fail(k("id") + " is empty");
        }
        if ids.contains(&e.id) {
            c.fail(format!("{} = \"{}\" is used twice", k("id"), e.id));
        }
        ids.push(e.id.clone());
        c.range(&k("probability"), e.probability, 0.0, 1.0);
        if let Some(q) = e.seasons.iter().find(|q| !(1..=4).contains(*q)) {
            c.fail(format!("{} holds {q}; quarters run 1..=4", k("seasons")));
        }
        if e.group.as_ref().is_some_and(|g| g.trim().is_empty()) {
            c.fail(k("group") + " is empty; leave it out for a card with no alternatives");
        }
        for (j, cond) in e.conditions.iter().enumerate() {
            if let Some(region) = &cond.region
                && p.region_index(region).is_none()
            {
                c.fail(format!(
                    "{}[{j}].region = \"{region}\" is not a region of this scenario",
                    k("conditions")
                ));
            }
            if cond.above.is_none() && cond.below.is_none() {
                c.fail(format!("{}[{j}] needs `above` or `below`", k("conditions")));
            }
        }
        for (j, effect) in e.effects.iter().enumerate() {
            if let Some(problem) = crate::engine::orders::effect_problem(effect, p) {
                c.fail(format!("{}[{j}].{problem}", k("effects")));
            }
        }
    }
}

/// Each starting rule names a seat's field that takes its kind of value, a known region, and a
/// value within the field's range.
fn starting_rules(c: &mut Checker, p: &Params) {
    use crate::engine::orders::{Orders, Value};
    use crate::engine::params::RuleValue;
    for (i, rule) in p.starting_rules.iter().enumerate() {
        let at = format!("starting_rules[{i}] ({}.{})", rule.seat.id(), rule.field);
        if let Some(region) = &rule.region
            && p.region_index(region).is_none()
        {
            c.fail(format!("{at}: no region \"{region}\""));
            continue;
        }
        let value = match rule.value {
            RuleValue::Toggle(on) => Value::Toggle(on),
            RuleValue::Number(v) => Value::Number(v),
        };
        if !Orders::default().seat(rule.seat).set(&rule.field, 0, value) {
            c.fail(format!(
                "{at}: not an order of this seat, or not a {} order",
                match rule.value {
                    RuleValue::Toggle(_) => "true/false",
                    RuleValue::Number(_) => "number",
                }
            ));
        }
    }
    let mut orders = Orders::default();
    crate::engine::apply_starting_rules(&mut orders, p);
    if let Err(e) = orders.validate(p) {
        c.fail(format!(
            "starting_rules: {}.{} = {} is out of range ({})",
            e.seat.id(),
            e.field,
            e.value,
            e.allowed
        ));
    }
}
