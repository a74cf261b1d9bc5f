//! The world at the start of a game, built from the scenario's parameters.

use super::finance::{self, books::BalanceSheet};
use super::ids::{CompanyId, Good};
use super::ledger::{Account, Accounts};
use super::orders::Orders;
use super::params::{CompanyParams, Params};
use super::rng::Rngs;
use super::state::*;
use std::sync::Arc;

/// Tranches the starting debt is split into, maturing evenly.
/// Assumption: eight tranches spread maturities evenly enough, as the 10-Ks' ladders do.
const DEBT_TRANCHES: u32 = 8;
/// Longest starting tranche's maturity, in multiples of the scenario's `maturity_quarters`.
/// Assumption: an even ladder out to twice that figure, so its middle matures about then.
const LADDER_SPAN: u32 = 2;
/// Floor on the yearly growth factor (1 + growth) whose fourth root is a quarter's. Not a model
/// parameter: it keeps the root defined for growth at or below -100%.
const GROWTH_FLOOR: f64 = 0.05;
/// Capacity price cap when no region runs a capacity market, $/MW-day. Not a model parameter:
/// with no auction it caps nothing; near PJM's cap ($329.17/MW-day, 2026/27 auction, Jul 2025).
const FALLBACK_CAPACITY_CAP: f64 = 330.0;
/// The utility's FFO/debt for the warm-up quarter only. Assumption: a typical regulated
/// utility's, about 15%; the opening world takes the warm-up's own (`warm_up`).
const UTILITY_START_FFO_TO_DEBT: f64 = 0.15;
/// Least share of Oracle's backlog the market believes at the start. Assumption: the market
/// takes a new backlog nearly at face value before doubts about the buyer set in.
const START_BACKLOG_BELIEF: f64 = 0.9;
/// Floor on a company's share-price volatility at the start, a year. Not a model parameter: it
/// keeps the implied asset volatility search away from zero for a mis-set scenario.
const VOL_FLOOR: f64 = 0.05;
/// Years from 2020, the year of `retail.residential_cents_2020`, to the scenario's start. Not a
/// model parameter: the span over which the price trend is annualised (the scenario starts 2025).
const YEARS_SINCE_2020: f64 = 5.0;
/// Floor on the yearly change in bills the trend goes back with. Not a model parameter: it
/// keeps the quarterly root defined for a mis-set scenario.
const BILL_TREND_FLOOR: f64 = 0.5;

impl World {
    /// The scenario's opening state, settled by a warm-up quarter so the first turn starts
    /// from histories the model itself produces.
    pub fn new(params: Arc<Params>, scenario_hash: impl Into<String>) -> World {
        let p = params.clone();
        let regions = opening_regions(&p);
        let (companies, accounts) = opening_companies(&p);
        let capacity_cap = opening_capacity_cap(&p);
        let last_orders = opening_orders(&p, capacity_cap);
        let mut world = World {
            params: params.clone(),
            scenario_hash: scenario_hash.into(),
            turn: 0,
            date: p.scenario.start,
            regions,
            companies,
            openai: opening_openai(&p),
            oracle: OracleState::default(),
            utility: opening_utility(&p),
            market: opening_market(&p),
            politics: PoliticsState {
                approval: p.politics.approval_start,
                approval_history: vec![p.politics.approval_start],
                jobs_k: p.politics.jobs_start_k,
                ..Default::default()
            },
            supply: opening_supply(&p),
            policy: Policy {
                capacity_cap,
                ..Default::default()
            },
            projects: Vec::new(),
            contracts: Vec::new(),
            spvs: Vec::new(),
            vendor_deals: Vec::new(),
            accounts,
            books: Default::default(),
            events: EventState::default(),
            last_orders,
            records: Records::default(),
        };
        settle_opening(&mut world);
        world
    }
}

/// Each region's fleet, load, data centers and known capacity prices from the scenario.
fn opening_regions(p: &Params) -> Vec<RegionState> {
    p.regions
        .iter()
        .map(|r| {
            let dc = &r.data_centers;
            let connected = dc.oracle_mw + dc.hyperscaler_mw;
            let known = r
                .capacity_market
                .as_ref()
                .map(|m| m.known_prices.iter().map(|k| (k.from, k.price)).collect())
                .unwrap_or_default();
            RegionState {
                capacity: r.fleet.to_array(),
                non_dc_load_mw: r.non_dc_load_mw,
                gas_price: r.gas_price,
                dc: DataCenters {
                    oracle_mw: dc.oracle_mw,
                    hyperscaler_mw: dc.hyperscaler_mw,
                    queue_mw: dc.queue_mw,
                    approved_mw: dc.approved_mw,
                    hosting_capacity_mw: dc.hosting_capacity_mw,
                    ride_through_share: dc.ride_through_share,
                    start_mw: connected,
                    ..Default::default()
                },
                capacity_schedule: known,
                approval: p.politics.approval_start,
                ..Default::default()
            }
        })
        .collect()
}

/// The companies and the cash accounts, opened companies first and then the utility, in the
/// order the ledger has always seen them.
fn opening_companies(p: &Params) -> (Vec<Company>, Accounts) {
    let mut accounts = Accounts::new();
    let companies = CompanyId::ALL
        .iter()
        .map(|id| opening_company(p, *id, &mut accounts))
        .collect();
    accounts.open(Account::Utility, p.utility.cash_bn);
    (companies, accounts)
}

/// One company's opening cash, debt ladder, revenue history and market standing.
fn opening_company(p: &Params, id: CompanyId, accounts: &mut Accounts) -> Company {
    let b = p.companies.balance(id);
    accounts.open(Account::Company(id), b.cash_bn);
    let revenue = b.base_revenue_q_bn
        + if id == CompanyId::Hyperscalers {
            p.companies.hyperscalers.ai_revenue_q_bn
        } else {
            0.0
        };
    let quarterly = (1.0 + b.expected_growth).max(GROWTH_FLOOR).powf(0.25);
    let revenue_history = (0..4).rev().map(|k| revenue / quarterly.powi(k)).collect();
    Company {
        id,
        bonds: opening_bonds(b),
        revolver_bn: 0.0,
        off_balance_bn: b.off_balance_bn + b.leases_bn,
        off_balance_known_bn: b.leases_bn + b.off_balance_bn * finance::INITIAL_DISCLOSED,
        revenue_q_bn: revenue,
        revenue_history,
        operating_cash_q_bn: 0.0,
        capex_q_bn: 0.0,
        capex_history: Vec::new(),
        free_cash_flow_q_bn: 0.0,
        fcf_history: Vec::new(),
        backlog_bn: b.backlog_bn,
        base_revenue_q_bn: b.base_revenue_q_bn,
        market_cap_bn: b.market_cap_bn,
        peak_market_cap_bn: b.market_cap_bn,
        shares_bn: b.shares_bn,
        rating: b.rating,
        spread_bp: b.spread_bp,
        cds_activity: 100.0,
        expected_growth: b.expected_growth,
        bonds_issued_q_bn: 0.0,
        valuation_scale: 1.0,
        asset_value_bn: 0.0,
        valuation: Default::default(),
        asset_vol: 0.0,
        default_prob_5y: 0.0,
        distance_to_default: 0.0,
        spread_basis_bp: 0.0,
        operating_margin: 0.0,
        anchor_spread_bp: b.spread_bp,
        anchor_rating: b.rating,
        surprise: 0.0,
        rating_changed_turn: 0,
        spread_last_bp: b.spread_bp,
        insolvent: false,
        default_turn: None,
        leases_as_debt: false,
    }
}

/// The starting debt as equal tranches maturing evenly out to the ladder's span.
fn opening_bonds(b: &CompanyParams) -> Vec<Bond> {
    let tranche = b.debt_bn / f64::from(DEBT_TRANCHES);
    (1..=DEBT_TRANCHES)
        .filter(|_| tranche > 0.0)
        .map(|k| Bond {
            principal_bn: tranche,
            coupon: b.coupon,
            maturity_turn: k * LADDER_SPAN * b.maturity_quarters / DEBT_TRANCHES,
        })
        .collect()
}

/// The cap of the first region with a capacity market; the policy and the standing orders share it.
fn opening_capacity_cap(p: &Params) -> f64 {
    p.regions
        .iter()
        .filter_map(|r| r.capacity_market.as_ref().map(|m| m.cap))
        .next()
        .unwrap_or(FALLBACK_CAPACITY_CAP)
}

/// The standing orders the warm-up plays: the capacity cap and the scenario's starting rules.
fn opening_orders(p: &Params, capacity_cap: f64) -> Orders {
    let mut last_orders = Orders::default();
    last_orders.utility.capacity_cap = capacity_cap;
    apply_starting_rules(&mut last_orders, p);
    last_orders
}

/// OpenAI's compute, revenue run rate and commitments as the scenario opens.
fn opening_openai(p: &Params) -> OpenAiState {
    OpenAiState {
        hyperscaler_gw: p.companies.openai.hyperscaler_gw,
        compute_gw: p.companies.openai.hyperscaler_gw,
        adoption: 1.0,
        elasticity: p.companies.openai.elasticity,
        efficiency: 1.0,
        quality: 1.0,
        revenue_run_rate_bn: p.companies.openai.balance.base_revenue_q_bn * 4.0,
        commitments_yr_bn: p.companies.openai.hyperscaler_gw
            * p.companies.openai.hyperscaler_price_bn_per_gw_yr,
        ..Default::default()
    }
}

/// The utility's debt, rate base and credit standing before its first quarter's books.
fn opening_utility(p: &Params) -> UtilityState {
    UtilityState {
        debt_bn: p.utility.debt_bn,
        rate_base_bn: p.network_rate_bases_bn(),
        rate_base_start_bn: p.network_rate_bases_bn(),
        upgrade_requirement_bn_yr: vec![0.0; p.regions.len()],
        base_rate_factor: 1.0,
        cost_index: 1.0,
        ffo_to_debt: UTILITY_START_FFO_TO_DEBT,
        spread_bp: p.utility.spread_bp,
        ..Default::default()
    }
}

/// The market's mood, index base and credibility; the index starts at 100 on the listed
/// companies' value plus the rest of the market.
fn opening_market(p: &Params) -> MarketState {
    let listed: f64 = CompanyId::ALL
        .iter()
        .filter(|id| id.listed())
        .map(|id| p.companies.balance(*id).market_cap_bn)
        .sum();
    MarketState {
        risk_free: p.market.risk_free,
        sentiment: p.market.sentiment_start,
        capex_mood: p.market.sentiment_start,
        non_ai_cap_bn: p.market.non_ai_cap_bn,
        index_base_bn: listed + p.market.non_ai_cap_bn,
        ai_cap_start_bn: listed,
        index: 100.0,
        index_peak: 100.0,
        index_history: vec![100.0],
        hyperscaler_ai_q_bn: p.companies.hyperscalers.ai_revenue_q_bn,
        household_stocks_bn: p.market.household_wealth_bn * p.market.household_stock_share,
        coverage: 1.0,
        credibility: Credibility {
            openai: p.market.credibility_start,
            whitehouse: p.market.credibility_start,
        },
        ..Default::default()
    }
}

/// Each good's backlog and capacity; lead times and prices are quoted once the world exists.
fn opening_supply(p: &Params) -> SupplyState {
    SupplyState {
        goods: Good::ALL
            .iter()
            .map(|g| {
                let gp = p.supply.get(*g);
                GoodState {
                    backlog: gp.backlog,
                    capacity_q: gp.capacity_q,
                    price_index: 1.0,
                    lead_q: gp.base_lead_q,
                    domestic_share: 0.0,
                    shock_price: 1.0,
                    shock_lead_q: 0.0,
                }
            })
            .collect(),
    }
}

/// What needs the whole world to work out, in the order each step reads the one before:
/// supply quotes, books, pipeline, ride-through, the warm-up, valuations and opening scores.
fn settle_opening(world: &mut World) {
    for good in Good::ALL {
        let (lead, price) = super::supply::quote(world, good, 0.0);
        world.supply.goods[good.index()].lead_q = lead;
        world.supply.goods[good.index()].price_index = price;
    }
    open_books(world);
    super::supply::open_pipeline(world);
    super::supply::update_ride_through(world);
    warm_up(world);
    calibrate_valuations(world);
    opening_scores(world);
}

/// Plays the start quarter once on a scratch copy with standing orders and fixed weather, so the
/// opening dashboard shows prices, margins and bills, last year's bills are known for
/// year-on-year changes, and companies' revenue histories match what the model produces.
fn warm_up(world: &mut World) {
    let mut rngs = Rngs::new(0);
    let (scratch, _) = super::resolve::resolve(world, &world.last_orders.clone(), &mut rngs);
    for (r, region) in world.regions.iter_mut().enumerate() {
        let s = &scratch.regions[r];
        region.grid = super::state::GridSnapshot {
            faults: 0,
            loss_events: 0,
            mw_lost: 0.0,
            blackouts: 0,
            ..s.grid.clone()
        };
        region.retail = s.retail.clone();
        region.capacity_price = s.capacity_price;
        // Developers open the game knowing what plants earned in the quarter before.
        region.unit_margins = s.unit_margins.clone();
        let p = &world.params.regions[r];
        region.bill_history = bills_before(p, world.date.season(), &region.retail);
    }
    for id in CompanyId::ALL {
        let revenue = scratch.company(id).revenue_q_bn;
        let capex = scratch.company(id).capex_q_bn;
        let margin = scratch.company(id).operating_margin;
        let c = world.company_mut(id);
        c.operating_margin = margin;
        c.capex_history = vec![capex; 4];
        let quarterly = (1.0 + c.expected_growth).max(GROWTH_FLOOR).powf(0.25);
        c.revenue_q_bn = revenue;
        c.revenue_history = (1..=4).rev().map(|k| revenue / quarterly.powi(k)).collect();
    }
    world.openai.revenue_run_rate_bn = scratch.openai.revenue_run_rate_bn;
    world.openai.commitments_yr_bn = scratch.openai.commitments_yr_bn;
    world.market.coverage = scratch.market.coverage;
    // The utility's coverage as its books give it, not the placeholder the scratch began from.
    world.utility.ffo_to_debt = scratch.utility.ffo_to_debt;
    world.utility.ffo_history_bn = scratch.utility.ffo_history_bn.clone();
    world.records.start_cents = world.national_residential_cents();
}

/// The gauges and scores as they stand before the first quarter, so the first change is real.
fn opening_scores(world: &mut World) {
    world.market.bubble_gauge = finance::valuation::bubble_gauge(world);
    world.records.scores = crate::engine::Seat::ALL
        .iter()
        .map(|seat| (*seat, super::score::seat_score(world, *seat).score))
        .collect();
    world.records.public_welfare = super::score::welfare(world).score;
}

/// Opening balance sheets: cash, book PP&E and debt from the scenario, the leases already
/// running held by landlord SPVs, equity the difference.
fn open_books(world: &mut World) {
    let p = world.params.clone();
    for id in CompanyId::ALL {
        let b = p.companies.balance(id);
        let mut sheet = BalanceSheet {
            cash_bn: world.cash(id),
            ppe_bn: b.ppe_bn,
            equipment_bn: b.ppe_bn * finance::OPENING_EQUIPMENT_SHARE,
            debt_bn: world.company(id).debt_bn(),
            ..Default::default()
        };
        // The running leases open on the books of their landlord SPVs below; the rest of what
        // the company reported balances against its reported equity.
        if b.book_assets_bn > 0.0 {
            let traded_assets = sheet.assets_bn() + b.leases_bn;
            let traded_liabilities = sheet.liabilities_bn() + b.leases_bn;
            sheet.other_assets_bn = (b.book_assets_bn - traded_assets).max(0.0);
            sheet.other_liabilities_bn =
                (b.book_assets_bn - b.book_equity_bn - traded_liabilities).max(0.0);
        }
        world.books.open(Account::Company(id), sheet);
    }
    let rate_base: f64 = p.network_rate_bases_bn().iter().sum();
    world.books.open(
        Account::Utility,
        BalanceSheet {
            cash_bn: world.accounts.cash(Account::Utility),
            ppe_bn: rate_base,
            debt_bn: world.utility.debt_bn,
            ..Default::default()
        },
    );
    for id in CompanyId::ALL {
        finance::spv::open_existing(world, id, p.companies.balance(id).leases_bn);
    }
}

/// Backs each company's asset value and volatility out of its share price and CDS at the start,
/// and scales the model's operating value to that asset value.
fn calibrate_valuations(world: &mut World) {
    let s = world.market.sentiment;
    let comfort = world.params.market.coverage_comfort;
    let credibility =
        finance::backlog_credibility(world.market.coverage, s, comfort).max(START_BACKLOG_BELIEF);
    world.market.backlog_belief = credibility;
    world.market.backlog_last_bn = world.company(CompanyId::Oracle).backlog_bn;
    // Until it learns otherwise, the market expects new contracts to earn Oracle's margin.
    world.market.ai_margin_belief = world.company(CompanyId::Oracle).operating_margin;
    let rate = world.market.risk_free;
    let recovery = world.params.market.recovery;
    for id in CompanyId::ALL {
        let (model, inputs) = finance::valuation_inputs(world, id, s, 0.0, credibility, 0.0);
        let (cash, debt) = (inputs.cash_bn, inputs.debt_bn);
        let c = world.company(id);
        let equity_vol = world.params.companies.balance(id).equity_vol.max(VOL_FLOOR);
        let (assets, vol) =
            finance::credit::implied_start(c.market_cap_bn, debt, equity_vol, rate, recovery);
        let start = finance::credit::merton(assets, debt, vol, rate, recovery);
        let c = world.company_mut(id);
        c.spread_basis_bp = c.spread_bp - start.spread_bp;
        c.asset_value_bn = assets;
        c.asset_vol = vol;
        c.default_prob_5y = start.default_prob;
        c.distance_to_default = start.distance_to_default;
        c.valuation_scale = if model > 0.0 {
            (assets - cash).max(0.0) / model
        } else {
            1.0
        };
        // The opening price's inputs, so the first quarter's share prices split their drift.
        c.valuation = inputs;
    }
}

/// The bills of the year before the first quarter, oldest first, ending with its own: each
/// season's usage at the price trend since 2020 (EIA's average rise).
fn bills_before(
    p: &super::params::RegionParams,
    season: usize,
    retail: &super::state::RetailSnapshot,
) -> Vec<f64> {
    let yearly = (retail.residential_cents / p.retail.residential_cents_2020.max(1e-9))
        .powf(1.0 / YEARS_SINCE_2020);
    let quarterly = yearly.max(BILL_TREND_FLOOR).powf(0.25);
    let level = |s: usize| p.seasonal.get(s % 4).copied().unwrap_or(1.0).max(1e-3);
    let fixed = p.retail.fixed_charge_month;
    let usage = (retail.bill_month - fixed).max(0.0);
    (0..5)
        .map(|k| {
            let back = 4 - k;
            let s = (season + 4 - back % 4) % 4;
            fixed + usage * level(s) / level(season) / quarterly.powi(back as i32)
        })
        .collect()
}

/// The scenario's rules in force from the start (validated with the scenario: a rule that
/// does not apply is refused there, so here it is skipped).
pub fn apply_starting_rules(orders: &mut Orders, params: &Params) {
    use super::orders::Value;
    use super::params::RuleValue;
    for rule in &params.starting_rules {
        let mut seat = orders.seat(rule.seat);
        let value = match rule.value {
            RuleValue::Toggle(on) => Value::Toggle(on),
            RuleValue::Number(v) => Value::Number(v),
        };
        let regions: Vec<usize> = match &rule.region {
            Some(id) => params.region_index(id).into_iter().collect(),
            None => (0..params.regions.len().max(1)).collect(),
        };
        for region in regions {
            seat.set(&rule.field, region, value);
        }
        orders.set_seat(seat);
    }
}
