//! The figures of shared/FACTS.md and shared/CALIBRATION.md, measured from played games. Tests
//! assert bands on their medians over many seeds; `cargo run --release --example calibrate`
//! prints them.

use crate::engine::report::{CompanyReport, RegionReport};
use crate::engine::{CompanyId, Date};
use crate::game::{Controllers, Game, play_out};
use crate::scenario::Scenario;
use crate::script::Script;

/// One game's calibration figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Residential price across the regions in 2025 Q1 over the 2020 level, minus one (FACTS:
    /// "up 25% over five years").
    pub residential_rise_2025: f64,
    /// PJM all-in wholesale cost (energy + capacity) in 2026 over its 2020 level.
    pub pjm_wholesale_multiple_2026: f64,
    pub texas_wholesale_multiple_2026: f64,
    /// Share of PJM households in arrears, 2026 average.
    pub pjm_arrears_2026: f64,
    /// The same for PJM's Rust Belt income group (MI, OH, PA), where the source measured it.
    pub rust_belt_arrears_2026: f64,
    /// Texas faults near data-center clusters and large-load loss events (NERC's count: a
    /// sudden loss of about 1,000 MW or more), over the game.
    pub texas_faults: u32,
    pub texas_loss_events: u32,
    /// Texas large-load loss events in 2025.
    pub texas_loss_events_2025: u32,
    /// Texas's highest hourly demand in 2025 (data centers included, after batteries and demand
    /// response), GW; and whether supply ran short there in 2025 (rolling outages).
    pub texas_peak_2025_gw: f64,
    pub texas_shed_2025: bool,
    /// Years the game covers (turns / 4), to turn counts into yearly rates.
    pub years: f64,
    /// Share of households in arrears across the regions (household-weighted), 2026 average.
    pub national_arrears_2026: f64,
    /// Median over regions and quarters of the absolute quarter-on-quarter change in the
    /// residential bill.
    pub bill_swing_q: f64,
    /// The same for the residential price (cents/kWh), and the bill's change on the same
    /// quarter a year earlier.
    pub price_swing_q: f64,
    pub bill_swing_y: f64,
    /// Arrears per region (Texas, PJM, West), 2026 average.
    pub texas_arrears_2026: f64,
    pub west_arrears_2026: f64,
    pub blackouts: u32,
    /// Big-tech bonds issued in 2025, $B.
    pub bonds_2025: f64,
    /// Big-4 capex in 2025 and 2026, $B.
    pub capex_2025: f64,
    pub capex_2026: f64,
    /// Oracle's free cash flow in calendar 2025 and 2026, $B.
    pub oracle_fcf_2025: f64,
    pub oracle_fcf_2026: f64,
    /// Oracle's share price at the end of 2025 against its 2025 peak, minus one.
    pub oracle_drawdown_2025: f64,
    /// Oracle's CDS at the end of 2025 over mid-2025.
    pub oracle_cds_multiple_2025: f64,
    /// Oracle's CDS in 2025 Q2 and Q4, bp.
    pub oracle_cds_mid_2025_bp: f64,
    pub oracle_cds_end_2025_bp: f64,
    /// OpenAI's revenue in 2025 and 2026, $B, and its value at the end of 2025.
    pub openai_revenue_2025: f64,
    pub openai_revenue_2026: f64,
    pub openai_value_2025q4: f64,
    /// Nvidia's market value at the end of 2025, $B.
    pub nvidia_value_2025q4: f64,
    /// OpenAI defaulted by the end of the game.
    pub openai_defaulted: bool,
    /// A company defaulted before 2026 Q4.
    pub early_default: bool,
    /// Obligations of SPVs signed during the game, by tenant, $B: Oracle and the hyperscalers.
    pub oracle_spv_bn: f64,
    pub hyperscaler_spv_bn: f64,
    pub approval_start: f64,
    pub approval_2025q4: f64,
    /// National bill growth over 2025.
    pub bill_growth_2025: f64,
    pub midterm_seats: u32,
    pub midterm_won: bool,
    /// Supply and prices near data centers (grid/entry.rs, grid/dispatch.rs).
    pub grid: GridFigures,
}

/// Grid figures: the data-center zone's price against the regional average, PJM's capacity
/// auction, merchant entry and shortfalls.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GridFigures {
    /// PJM energy price in 2026 over its 2020 level: at the data-center zone, and the region.
    pub pjm_zone_multiple_2026: f64,
    pub pjm_energy_multiple_2026: f64,
    /// The same in 2028, once data-center draw nears the zone's hosting capacity.
    pub pjm_zone_multiple_2028: f64,
    pub pjm_energy_multiple_2028: f64,
    /// PJM's highest hourly demand in the winter of 2025 (January to March), data centers
    /// included, GW.
    pub pjm_winter_peak_2025_gw: f64,
    /// PJM's auction held in 2025 Q4 (for 2027/28): price, $/MW-day, and forecast margin.
    pub pjm_auction_2025_price: f64,
    pub pjm_auction_2025_margin: f64,
    /// Merchant plants started over the game, MW, all regions.
    pub merchant_mw: f64,
    /// Unserved energy over the game, GWh, all regions.
    pub unserved_gwh: f64,
    /// Demand response curtailed over the game, GWh, and paid, $B.
    pub dr_gwh: f64,
    pub dr_paid_bn: f64,
}

fn grid_figures(game: &Game) -> GridFigures {
    let p = &game.scenario.params;
    let reports: Vec<&crate::engine::TurnReport> = game.turns.iter().map(|t| &t.report).collect();
    let mut g = GridFigures::default();
    if let Some(i) = p.region_index("pjm") {
        let base = p.regions[i].retail.wholesale_2020.max(1e-9);
        let multiple = |year: u16, f: &dyn Fn(&crate::engine::report::RegionReport) -> f64| {
            let values: Vec<f64> = reports
                .iter()
                .filter(|r| r.date.year == year)
                .map(|r| f(&r.regions[i]))
                .collect();
            values.iter().sum::<f64>() / values.len().max(1) as f64 / base
        };
        g.pjm_zone_multiple_2026 = multiple(2026, &|r| r.zone_price);
        g.pjm_energy_multiple_2026 = multiple(2026, &|r| r.energy_price);
        g.pjm_zone_multiple_2028 = multiple(2028, &|r| r.zone_price);
        g.pjm_energy_multiple_2028 = multiple(2028, &|r| r.energy_price);
        g.pjm_winter_peak_2025_gw = reports
            .iter()
            .filter(|r| r.date == Date::new(2025, 1))
            .map(|r| r.regions[i].peak_load_mw)
            .fold(0.0, f64::max)
            / 1000.0;
        let auction = reports
            .iter()
            .filter(|r| r.date == Date::new(2025, 4))
            .flat_map(|r| r.news.iter())
            .find(|n| {
                n.msg.key == "news-capacity-auction" && n.msg.text_arg("region") == Some("pjm")
            });
        if let Some(n) = auction {
            g.pjm_auction_2025_price = n.msg.number("price").unwrap_or(0.0);
            g.pjm_auction_2025_margin = n.msg.number("margin").unwrap_or(0.0) / 100.0;
        }
    }
    for r in reports.iter().flat_map(|r| r.regions.iter()) {
        g.merchant_mw += r.merchant_started_mw.iter().sum::<f64>();
        g.unserved_gwh += r.unserved_mwh / 1000.0;
        g.dr_gwh += r.dr_curtailed_mwh / 1000.0;
        g.dr_paid_bn += r.dr_payment_bn;
    }
    g
}

fn turn_of(game: &Game, date: Date) -> Option<usize> {
    let start = game.scenario.params.scenario.start;
    date.ordinal()
        .checked_sub(start.ordinal())
        .map(|t| t as usize)
}

/// Plays one game with the given orders script (or bots) and measures it.
pub fn play(scenario: &Scenario, script: Option<&Script>, seed: u64) -> (Game, Figures) {
    let mut game = Game::new(scenario.clone(), seed);
    let mut controllers = Controllers::bots_except(script.cloned());
    play_out(&mut game, &mut controllers, scenario.params.scenario.turns);
    let figures = measure(&game);
    (game, figures)
}

pub fn measure(game: &Game) -> Figures {
    let q = Quarters::new(game);
    let mut f = Figures::default();
    retail_figures(&q, &mut f);
    texas_figures(&q, &mut f);
    company_figures(&q, &mut f);
    oracle_market_figures(&q, &mut f);
    politics_figures(&q, &mut f);
    f.grid = grid_figures(game);
    f
}

/// A game's turn reports, found by date.
struct Quarters<'a> {
    game: &'a Game,
    reports: Vec<&'a crate::engine::TurnReport>,
}

impl<'a> Quarters<'a> {
    fn new(game: &'a Game) -> Self {
        let reports = game.turns.iter().map(|t| &t.report).collect();
        Quarters { game, reports }
    }

    fn params(&self) -> &'a crate::engine::Params {
        &self.game.scenario.params
    }

    fn at(&self, year: u16, quarter: u8) -> Option<&'a crate::engine::TurnReport> {
        turn_of(self.game, Date::new(year, quarter)).and_then(|t| self.reports.get(t).copied())
    }

    fn year(&self, y: u16) -> Vec<&'a crate::engine::TurnReport> {
        self.reports
            .iter()
            .copied()
            .filter(|r| r.date.year == y)
            .collect()
    }

    /// A region's figure averaged over a calendar year.
    fn regional_mean(&self, y: u16, i: usize, figure: fn(&RegionReport) -> f64) -> f64 {
        mean(self.year(y).iter().map(|r| figure(&r.regions[i])).collect())
    }

    /// A company's flow figure summed over a calendar year.
    fn yearly(&self, y: u16, id: CompanyId, figure: fn(&CompanyReport) -> f64) -> f64 {
        self.year(y)
            .iter()
            .filter_map(|r| r.company(id))
            .map(figure)
            .sum()
    }
}

fn mean(values: Vec<f64>) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// Residential prices, wholesale costs, arrears and bills.
fn retail_figures(q: &Quarters, f: &mut Figures) {
    let p = q.params();
    let weights: Vec<f64> = p
        .regions
        .iter()
        .map(|r| r.households_m * r.residential_kwh_month)
        .collect();
    let total_w: f64 = weights.iter().sum::<f64>().max(1e-9);
    let composite_2020: f64 = p
        .regions
        .iter()
        .zip(&weights)
        .map(|(r, w)| r.retail.residential_cents_2020 * w)
        .sum::<f64>()
        / total_w;
    if let Some(r) = q.at(2025, 1) {
        let composite: f64 = r
            .regions
            .iter()
            .zip(&weights)
            .map(|(x, w)| x.residential_cents * w)
            .sum::<f64>()
            / total_w;
        f.residential_rise_2025 = composite / composite_2020 - 1.0;
    }
    if let Some(i) = p.region_index("pjm") {
        f.pjm_wholesale_multiple_2026 =
            q.regional_mean(2026, i, |x| x.all_in_wholesale) / all_in_2020(&p.regions[i]);
        f.pjm_arrears_2026 = q.regional_mean(2026, i, |x| x.arrears_share);
        let rust_belt = p.regions[i]
            .income_groups()
            .iter()
            .position(|g| g.id == "rust_belt");
        f.rust_belt_arrears_2026 = mean(
            q.year(2026)
                .iter()
                .map(|r| {
                    let x = &r.regions[i];
                    rust_belt
                        .and_then(|g| x.group_arrears.get(g).copied())
                        .unwrap_or(x.arrears_share)
                })
                .collect(),
        );
    }
    f.national_arrears_2026 = mean(
        q.year(2026)
            .iter()
            .map(|r| household_weighted(p, r, |x| x.arrears_share))
            .collect(),
    );
    f.bill_swing_q = swing(&q.reports, 1, |x| x.bill_month);
    f.bill_swing_y = swing(&q.reports, 4, |x| x.bill_month);
    f.price_swing_q = swing(&q.reports, 1, |x| x.residential_cents);
    let arrears_2026 = |id: &str| {
        p.region_index(id)
            .map_or(0.0, |i| q.regional_mean(2026, i, |x| x.arrears_share))
    };
    f.texas_arrears_2026 = arrears_2026("texas");
    f.west_arrears_2026 = arrears_2026("west");
}

/// A region's 2020 wholesale energy and capacity per MWh, like for like with the model's
/// all-in wholesale cost (energy and capacity, no transmission).
fn all_in_2020(region: &crate::engine::params::RegionParams) -> f64 {
    (region.retail.wholesale_2020 + region.retail.capacity_2020).max(1e-9)
}

/// Texas's wholesale cost, faults, loss events, peak and shedding; blackouts everywhere.
fn texas_figures(q: &Quarters, f: &mut Figures) {
    let p = q.params();
    if let Some(i) = p.region_index("texas") {
        f.texas_wholesale_multiple_2026 =
            q.regional_mean(2026, i, |x| x.all_in_wholesale) / all_in_2020(&p.regions[i]);
        f.texas_faults = q
            .reports
            .iter()
            .map(|r| r.regions[i].faults.len() as u32)
            .sum();
        f.texas_loss_events = q.reports.iter().map(|r| r.regions[i].loss_events).sum();
        f.texas_loss_events_2025 = q.year(2025).iter().map(|r| r.regions[i].loss_events).sum();
        let texas_2025: Vec<_> = q.year(2025).into_iter().map(|r| &r.regions[i]).collect();
        f.texas_peak_2025_gw = texas_2025
            .iter()
            .map(|r| r.peak_load_mw)
            .fold(0.0, f64::max)
            / 1000.0;
        f.texas_shed_2025 = texas_2025.iter().any(|r| r.had_rolling_outages());
    }
    f.blackouts = q.reports.iter().map(|r| r.blackouts()).sum();
    f.years = q.reports.len() as f64 / 4.0;
}

/// Bonds, capex, revenue, values, free cash flow, defaults and SPVs.
fn company_figures(q: &Quarters, f: &mut Figures) {
    let market = &q.game.world.market;
    let by_year = |list: &[(u16, f64)], y: u16| {
        list.iter()
            .find(|(yy, _)| *yy == y)
            .map(|(_, v)| *v)
            .unwrap_or(0.0)
    };
    f.bonds_2025 = by_year(&market.bonds_by_year, 2025);
    f.capex_2025 = by_year(&market.capex_by_year, 2025);
    f.capex_2026 = by_year(&market.capex_by_year, 2026);
    let revenue: fn(&CompanyReport) -> f64 = |c| c.revenue_bn;
    let fcf: fn(&CompanyReport) -> f64 = |c| c.free_cash_flow_bn;
    f.openai_revenue_2025 = q.yearly(2025, CompanyId::OpenAi, revenue);
    f.openai_revenue_2026 = q.yearly(2026, CompanyId::OpenAi, revenue);
    if let Some(c) = q.at(2025, 4).and_then(|r| r.company(CompanyId::OpenAi)) {
        f.openai_value_2025q4 = c.market_cap_bn;
    }
    if let Some(c) = q.at(2025, 4).and_then(|r| r.company(CompanyId::Nvidia)) {
        f.nvidia_value_2025q4 = c.market_cap_bn;
    }
    f.oracle_fcf_2025 = q.yearly(2025, CompanyId::Oracle, fcf);
    f.oracle_fcf_2026 = q.yearly(2026, CompanyId::Oracle, fcf);
    let w = &q.game.world;
    f.openai_defaulted = w.company(CompanyId::OpenAi).insolvent;
    let cutoff = turn_of(q.game, Date::new(2026, 4)).unwrap_or(usize::MAX) as u32;
    f.early_default = w.records.insolvencies.iter().any(|i| i.turn < cutoff);
    let signed = |tenant: CompanyId| -> f64 {
        w.spvs
            .iter()
            .filter(|s| s.owner == tenant && !s.legacy)
            .map(|s| s.amount_bn)
            .sum()
    };
    f.oracle_spv_bn = signed(CompanyId::Oracle);
    f.hyperscaler_spv_bn = signed(CompanyId::Hyperscalers);
}

/// Oracle's 2025 drawdown from its peak and its CDS spread.
fn oracle_market_figures(q: &Quarters, f: &mut Figures) {
    let oracle = q.params().companies.oracle.balance.clone();
    let of = |r: &crate::engine::TurnReport, figure: fn(&CompanyReport) -> f64| {
        r.company(CompanyId::Oracle).map(figure).unwrap_or(0.0)
    };
    let start_price = oracle.market_cap_bn / oracle.shares_bn;
    // The source's peak is a day's high, so the year's peak is the highest of the quarters'
    // highs (their closes where a save predates them).
    let peak = q
        .year(2025)
        .iter()
        .map(|r| of(r, |c| c.share_price_high.max(c.share_price)))
        .fold(start_price, f64::max);
    if let Some(r) = q.at(2025, 4) {
        f.oracle_drawdown_2025 = of(r, |c| c.share_price) / peak - 1.0;
    }
    if let (Some(mid), Some(end)) = (q.at(2025, 2), q.at(2025, 4)) {
        let spread = |r| of(r, |c| c.spread_bp);
        f.oracle_cds_multiple_2025 = spread(end) / spread(mid).max(1.0);
        f.oracle_cds_mid_2025_bp = spread(mid);
        f.oracle_cds_end_2025_bp = spread(end);
    }
}

/// Approval, bills and the midterms.
fn politics_figures(q: &Quarters, f: &mut Figures) {
    f.approval_start = q.params().politics.approval_start;
    if let Some(r) = q.at(2025, 4) {
        f.approval_2025q4 = r.politics.approval;
        let first = q
            .reports
            .first()
            .map(|r| r.regions.iter().map(|x| x.bill_month).sum::<f64>())
            .unwrap_or(1.0);
        f.bill_growth_2025 =
            r.regions.iter().map(|x| x.bill_month).sum::<f64>() / first.max(1e-9) - 1.0;
    }
    if let Some(e) = q.reports.iter().find_map(|r| {
        r.politics
            .election
            .as_ref()
            .filter(|e| e.kind == crate::engine::params::ElectionKind::Midterm)
    }) {
        f.midterm_seats = e.seats_won;
        f.midterm_won = e.won;
    }
}

/// A regional figure weighted by households.
fn household_weighted(
    p: &crate::engine::params::Params,
    r: &crate::engine::TurnReport,
    f: impl Fn(&crate::engine::report::RegionReport) -> f64,
) -> f64 {
    let total: f64 = p
        .regions
        .iter()
        .map(|x| x.households_m)
        .sum::<f64>()
        .max(1e-9);
    r.regions
        .iter()
        .zip(&p.regions)
        .map(|(x, rp)| f(x) * rp.households_m)
        .sum::<f64>()
        / total
}

/// Median absolute change of a regional figure over `lag` quarters, over regions and quarters.
fn swing(
    reports: &[&crate::engine::TurnReport],
    lag: usize,
    f: impl Fn(&crate::engine::report::RegionReport) -> f64,
) -> f64 {
    let mut changes = Vec::new();
    for (then, now) in reports.iter().zip(reports.iter().skip(lag)) {
        for (a, b) in then.regions.iter().zip(&now.regions) {
            if f(a) > 0.0 {
                changes.push((f(b) / f(a) - 1.0).abs());
            }
        }
    }
    if changes.is_empty() {
        0.0
    } else {
        median(changes)
    }
}

/// The median of a set of values (the mean of the two middle ones for even counts).
pub fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        0.5 * (values[n / 2 - 1] + values[n / 2])
    }
}

/// The historical orders file shipped with the game.
pub const HISTORICAL: &str = include_str!("../assets/orders/historical.toml");

pub fn historical(scenario: &Scenario) -> Script {
    Script::parse(
        HISTORICAL,
        "assets/orders/historical.toml",
        &scenario.params,
    )
    .unwrap_or_else(|e| panic!("the shipped historical orders parse: {e}"))
}
