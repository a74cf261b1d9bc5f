//! The world between two quarters. Everything here is plain data: the rules that change it live in
//! the subsystem modules, and `resolve` is the one path that produces the next `World`.

use super::finance::books::Books;
use super::ids::{CompanyId, Date, Good, Seat, Tech, TechArray};
use super::ledger::Accounts;
use super::orders::Orders;
use super::params::{Params, Rating};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct World {
    /// The scenario, shared by every world of a game; not part of the state hash.
    #[serde(skip)]
    pub params: Arc<Params>,
    /// Hash of the scenario file's content, so a save can tell which scenario it needs.
    pub scenario_hash: String,
    /// Quarters resolved so far.
    pub turn: u32,
    /// The quarter to be played next.
    pub date: Date,
    pub regions: Vec<RegionState>,
    pub companies: Vec<Company>,
    pub openai: OpenAiState,
    pub oracle: OracleState,
    pub utility: UtilityState,
    pub market: MarketState,
    pub politics: PoliticsState,
    pub supply: SupplyState,
    pub policy: Policy,
    pub projects: Vec<Project>,
    pub contracts: Vec<ComputeContract>,
    pub spvs: Vec<Spv>,
    pub vendor_deals: Vec<VendorDeal>,
    pub accounts: Accounts,
    /// Every company's, the utility's and every SPV's balance sheet at the last close.
    pub books: Books,
    pub events: EventState,
    /// The orders of the last turn: the standing orders each seat starts from.
    pub last_orders: Orders,
    pub records: Records,
}

impl World {
    pub fn company(&self, id: CompanyId) -> &Company {
        &self.companies[id.index()]
    }

    pub fn company_mut(&mut self, id: CompanyId) -> &mut Company {
        &mut self.companies[id.index()]
    }

    pub fn cash(&self, id: CompanyId) -> f64 {
        self.accounts.cash(super::ledger::Account::Company(id))
    }

    pub fn is_over(&self) -> bool {
        self.turn >= self.params.scenario.turns
    }

    pub fn turns_left(&self) -> u32 {
        self.params.scenario.turns.saturating_sub(self.turn)
    }

    /// Average residential price across regions, weighted by residential energy, cents/kWh.
    pub fn national_residential_cents(&self) -> f64 {
        let mut energy = 0.0;
        let mut cost = 0.0;
        for (r, p) in self.regions.iter().zip(&self.params.regions) {
            let kwh = p.households_m * p.residential_kwh_month;
            energy += kwh;
            cost += kwh * r.retail.residential_cents;
        }
        if energy > 0.0 { cost / energy } else { 0.0 }
    }

    /// Average monthly residential bill across regions, weighted by households, $.
    pub fn national_bill(&self) -> f64 {
        weighted(self, |r| r.retail.bill_month)
    }

    pub fn national_arrears(&self) -> f64 {
        weighted(self, |r| r.retail.arrears_share)
    }

    pub fn households_m(&self) -> f64 {
        self.params.regions.iter().map(|r| r.households_m).sum()
    }

    pub fn next_election(&self) -> Option<&super::params::ElectionParams> {
        self.params
            .politics
            .elections
            .iter()
            .find(|e| e.date >= self.date)
    }
}

fn weighted(world: &World, value: impl Fn(&RegionState) -> f64) -> f64 {
    let total: f64 = world.households_m();
    if total <= 0.0 {
        return 0.0;
    }
    world
        .regions
        .iter()
        .zip(&world.params.regions)
        .map(|(r, p)| value(r) * p.households_m)
        .sum::<f64>()
        / total
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RegionState {
    /// Installed capacity per technology, MW.
    pub capacity: TechArray,
    /// Average non-data-center load, MW (grows each quarter).
    pub non_dc_load_mw: f64,
    pub gas_price: f64,
    pub dc: DataCenters,
    /// Transmission upgrades completed since the start, $B.
    pub upgrades_bn: f64,
    pub capacity_price: f64,
    /// Capacity prices already cleared for future quarters: (first quarter, $/MW-day).
    pub capacity_schedule: Vec<(Date, f64)>,
    pub grid: GridSnapshot,
    pub retail: RetailSnapshot,
    /// Residential bills of the last five quarters, oldest first, the latest last, $/month: the
    /// first is the same quarter a year before the last.
    pub bill_history: Vec<f64>,
    /// White House approval among this region's voters.
    pub approval: f64,
    /// Household-hours without power since the start, millions.
    pub outage_household_hours_m: f64,
    /// Demand response contracted, MW.
    pub demand_response_mw: f64,
    /// What one MW of each technology earned in the last quarters' dispatch, energy margin plus
    /// capacity revenue, $ per MW-quarter; oldest first (grid/entry.rs).
    #[serde(default)]
    pub unit_margins: Vec<TechArray>,
    /// Retired nuclear units restarted, or restarting, since the start, MW.
    #[serde(default)]
    pub nuclear_restarted_mw: f64,
}

impl RegionState {
    /// The latest bill's change on the quarter before and on the same quarter a year earlier.
    pub fn bill_changes(&self) -> (Option<f64>, Option<f64>) {
        let h = &self.bill_history;
        let change = |back: usize| {
            let last = *h.last()?;
            let then = *h.get(h.len().checked_sub(back + 1)?)?;
            (then > 0.0).then(|| last / then - 1.0)
        };
        (change(1), change(4))
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DataCenters {
    /// Connected capacity per owner, MW.
    pub oracle_mw: f64,
    pub hyperscaler_mw: f64,
    /// OpenAI's own chips in colocation halls.
    pub colo_mw: f64,
    /// Built but waiting for a grid connection, per owner, MW.
    pub oracle_waiting_mw: f64,
    pub hyperscaler_waiting_mw: f64,
    pub colo_waiting_mw: f64,
    /// Interconnection requests not yet approved, MW.
    pub queue_mw: f64,
    /// Approved and not yet used by a connection, MW.
    pub approved_mw: f64,
    /// Data-center load the grid carries without stress, MW.
    pub hosting_capacity_mw: f64,
    /// Share of connected data-center load able to ride through faults.
    pub ride_through_share: f64,
    /// Connected data-center capacity at the start, MW (fault rates scale with growth from here).
    pub start_mw: f64,
    /// Finished and approved data centers held back this quarter because they lack ride-through
    /// and the grid's stability limit is reached, MW (`supply::connect_waiting`).
    #[serde(default)]
    pub held_for_ride_through_mw: f64,
    /// The quarter the stability limit first held back other owners' halls, from which they fit
    /// their fleets over a year (`supply::ride_through_shares`).
    #[serde(default)]
    pub others_fitting_since: Option<u32>,
}

impl DataCenters {
    pub fn connected_mw(&self) -> f64 {
        self.oracle_mw + self.hyperscaler_mw + self.colo_mw
    }

    pub fn waiting_mw(&self) -> f64 {
        self.oracle_waiting_mw + self.hyperscaler_waiting_mw + self.colo_waiting_mw
    }
}

/// The grid outcome of the last quarter in a region.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GridSnapshot {
    pub energy_price: f64,
    /// Energy price at the data-center zone, $/MWh.
    #[serde(default)]
    pub zone_price: f64,
    pub peak_price: f64,
    pub reserve_margin: f64,
    pub peak_load_mw: f64,
    pub unserved_mwh: f64,
    /// Energy plus capacity cost per MWh of load, $/MWh.
    pub all_in_wholesale: f64,
    pub emissions_mt: f64,
    /// Faults near data-center clusters last quarter.
    #[serde(default)]
    pub faults: u32,
    /// Of them, large-load loss events (loss at or above the region's threshold).
    #[serde(default)]
    pub loss_events: u32,
    /// Data-center load that dropped off in them, MW.
    #[serde(default)]
    pub mw_lost: f64,
    /// Faults that ended in load shedding or a cascade.
    pub blackouts: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RetailSnapshot {
    pub residential_cents: f64,
    pub bill_month: f64,
    /// Share of households behind on their bills: a stock carried from quarter to quarter.
    pub arrears_share: f64,
    /// Share of households whose bills this quarter exceed what they can pay.
    #[serde(default)]
    pub at_risk_share: f64,
    /// Arrears of each income group (the order of the region's `income_groups()`).
    #[serde(default)]
    pub group_arrears: Vec<f64>,
    /// Average price large loads pay, $/MWh.
    pub large_load_price: f64,
    /// Large-load share of upgrade costs in force.
    pub large_load_share: f64,
    /// Delivery rates in force, set once a year (or when a rate case is granted) from the
    /// annual revenue requirement over annual sales: households' delivery and upgrade parts,
    /// cents/kWh, and all non-data-center customers' non-energy rate, $/MWh.
    #[serde(default)]
    pub delivery_cents: f64,
    #[serde(default)]
    pub upgrade_cents: f64,
    #[serde(default)]
    pub non_dc_delivery_per_mwh: f64,
    /// Net book value of the transmission upgrades for large loads in the rate base, $B.
    #[serde(default)]
    pub upgrade_base_bn: f64,
    /// Cost of the utility's transmission projects under way at the last close, $B.
    #[serde(default)]
    pub transmission_pending_bn: f64,
    /// What the last rate case approved and the sales it was spread over: tariffs between
    /// cases are this requirement over these sales, so revenue follows actual sales.
    #[serde(default)]
    pub approved: ApprovedRates,
}

/// The revenue requirement a rate case approved, $B/year, and its test year's annual sales,
/// MWh: large loads' energy, their contracted demand as energy, and everyone else's.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ApprovedRates {
    pub network_bn_yr: f64,
    pub upgrades_bn_yr: f64,
    pub plants_bn_yr: f64,
    pub dc_mwh: f64,
    pub dc_contracted_mwh: f64,
    pub non_dc_mwh: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bond {
    pub principal_bn: f64,
    pub coupon: f64,
    /// Turn index at which it matures.
    pub maturity_turn: u32,
}

/// The inputs of a company's valuation in one quarter: its market cap is the equity of a
/// structural model on assets of (earnings x multiple x scale + cash) x (1 + the events'
/// shock), against debt as credit counts it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ValuationInputs {
    /// Operating earnings expected a year or two ahead, $B a year.
    pub earnings_bn: f64,
    /// What the market pays for them: the base multiple, moved by sentiment and, for the chip
    /// vendor, discounted for circular revenue.
    pub multiple: f64,
    /// Cash not earmarked for commitments, $B.
    pub cash_bn: f64,
    /// The quarter's events' shock to asset value, as a share.
    pub shock: f64,
    /// Debt as credit counts it (leases and commitments included), $B.
    pub debt_bn: f64,
    /// The risk-free rate, per year.
    pub risk_free: f64,
    /// The quarter's events' shock to the credit spread, bp.
    #[serde(default)]
    pub spread_shock_bp: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Company {
    pub id: CompanyId,
    pub bonds: Vec<Bond>,
    /// Drawn on the revolving credit line, $B.
    pub revolver_bn: f64,
    /// Lease obligations to SPVs and landlords, signed or committed, $B: what rating agencies
    /// would add to debt.
    pub off_balance_bn: f64,
    /// The part of those obligations the market knows about, $B.
    pub off_balance_known_bn: f64,
    /// Agencies count every known lease obligation as debt (after the reclassification event).
    #[serde(default)]
    pub leases_as_debt: bool,
    pub revenue_q_bn: f64,
    /// Revenue of the last eight quarters, oldest first.
    pub revenue_history: Vec<f64>,
    pub operating_cash_q_bn: f64,
    pub capex_q_bn: f64,
    /// Capex of the last eight quarters, oldest first.
    pub capex_history: Vec<f64>,
    pub free_cash_flow_q_bn: f64,
    pub fcf_history: Vec<f64>,
    /// Remaining performance obligations, $B.
    pub backlog_bn: f64,
    /// Revenue outside the AI build-out, $B/quarter.
    pub base_revenue_q_bn: f64,
    pub market_cap_bn: f64,
    pub peak_market_cap_bn: f64,
    pub shares_bn: f64,
    pub rating: Rating,
    pub spread_bp: f64,
    /// CDS trading volume, 100 at the start.
    pub cds_activity: f64,
    /// The market's expected revenue growth per year.
    pub expected_growth: f64,
    /// Bonds issued this quarter, $B.
    pub bonds_issued_q_bn: f64,
    /// Scales the model's enterprise value to the market's asset value at the start.
    pub valuation_scale: f64,
    /// Market value of the company's assets (equity and debt together), $B.
    #[serde(default)]
    pub asset_value_bn: f64,
    /// What the market valued the company from this quarter, kept so that a share price's
    /// drift can be split by mechanism. All zero in saves made before it was kept.
    #[serde(default)]
    pub valuation: ValuationInputs,
    /// Volatility of the asset value per year, implied from the start's share price and CDS.
    #[serde(default)]
    pub asset_vol: f64,
    /// Risk-neutral probability of default within five years, from the structural model.
    #[serde(default)]
    pub default_prob_5y: f64,
    /// Distance to default, standard deviations of asset value.
    #[serde(default)]
    pub distance_to_default: f64,
    /// The start's spread less what the structural model explains: liquidity and risk premia.
    #[serde(default)]
    pub spread_basis_bp: f64,
    /// Operating margin (before interest and tax, after depreciation) as the income statements
    /// report it, smoothed over about a year.
    #[serde(default)]
    pub operating_margin: f64,
    /// Spread at the start and the rating it went with.
    pub anchor_spread_bp: f64,
    pub anchor_rating: Rating,
    /// Last quarter's revenue surprise against expectations.
    pub surprise: f64,
    /// Turn of the last rating action (0 = none yet).
    pub rating_changed_turn: u32,
    /// Spread before this quarter's credit step, bp.
    #[serde(default)]
    pub spread_last_bp: f64,
    /// In default or restructured: builds, borrows, raises and pays out nothing more.
    pub insolvent: bool,
    /// The quarter the company defaulted.
    #[serde(default)]
    pub default_turn: Option<u32>,
}

impl Company {
    pub fn debt_bn(&self) -> f64 {
        self.bonds.iter().map(|b| b.principal_bn).sum::<f64>() + self.revolver_bn
    }

    pub fn share_price(&self) -> f64 {
        if self.shares_bn > 0.0 {
            self.market_cap_bn / self.shares_bn
        } else {
            0.0
        }
    }

    pub fn interest_q_bn(&self) -> f64 {
        self.bonds
            .iter()
            .map(|b| b.principal_bn * b.coupon / 4.0)
            .sum::<f64>()
    }

    /// Revenue over the last four quarters.
    pub fn trailing_revenue_bn(&self) -> f64 {
        self.revenue_history.iter().rev().take(4).sum()
    }

    pub fn trailing_fcf_bn(&self) -> f64 {
        self.fcf_history.iter().rev().take(4).sum()
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OpenAiState {
    /// Compute from hyperscaler deals, GW.
    pub hyperscaler_gw: f64,
    /// Compute online in total last quarter, GW.
    pub compute_gw: f64,
    /// Chips ordered and not delivered, GW.
    pub chips_on_order_gw: f64,
    /// Adoption, 1.0 at the start.
    pub adoption: f64,
    pub elasticity: f64,
    /// Revenue per inference GW multiplier from better chips and software, 1.0 at the start.
    pub efficiency: f64,
    /// Model quality index, 1.0 at the start.
    pub quality: f64,
    /// Vendor money not yet spent on chips, $B (for the circular share).
    pub vendor_funds_unspent_bn: f64,
    /// Vendor financing owed to Nvidia, $B.
    pub nvidia_stake_bn: f64,
    /// Chips backed by vendor money so far, GW.
    pub vendor_financed_gw: f64,
    /// Chips ordered since the start, GW (vendor financing is lent against them).
    #[serde(default)]
    pub chips_ordered_gw: f64,
    /// Annualised revenue last quarter, $B.
    pub revenue_run_rate_bn: f64,
    /// Annual payments committed under contracts and chip orders, $B/year.
    pub commitments_yr_bn: f64,
    /// Demand that compute could not serve last quarter, share.
    pub unserved_demand: f64,
    /// Paying demand last quarter over what the inference compute could serve (above 1: demand
    /// went unserved; below: compute stood idle).
    #[serde(default)]
    pub demand_to_compute: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OracleState {
    /// Capacity fitted with ride-through equipment, MW.
    pub ride_through_mw: f64,
    /// Oracle capacity used by OpenAI contracts last quarter, GW.
    pub contracted_online_gw: f64,
    /// Data centers running on on-site turbines while waiting for the grid, MW.
    pub island_mw: f64,
    /// Cash Oracle's SPVs hold for its projects, $B.
    pub spv_pot_bn: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct UtilityState {
    pub debt_bn: f64,
    /// Cost of service not recovered in rates since the last rate case (regulatory lag), $B.
    pub unrecovered_bn: f64,
    /// Rate base per region, $B.
    pub rate_base_bn: Vec<f64>,
    /// Annual revenue requirement from upgrades and new plants per region, $B/year.
    pub upgrade_requirement_bn_yr: Vec<f64>,
    /// Base-rate adjustment granted in rate cases, multiplier on T&D rates.
    pub base_rate_factor: f64,
    /// Operating costs relative to the start.
    pub cost_index: f64,
    /// Rate base at the start per region, $B (new additions are recovered as upgrades).
    pub rate_base_start_bn: Vec<f64>,
    /// Funds from operations over debt (solvency), last quarter.
    pub ffo_to_debt: f64,
    pub spread_bp: f64,
    /// Funds from operations of the last four quarters, oldest first, $B.
    #[serde(default)]
    pub ffo_history_bn: Vec<f64>,
    /// The rate case before regulators, if one is.
    #[serde(default)]
    pub rate_case: Option<PendingRateCase>,
}

/// A filed rate case: the base-rate increase asked, %, and the quarter regulators decide it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PendingRateCase {
    pub asked_pct: f64,
    pub decided_turn: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MarketState {
    pub risk_free: f64,
    /// AI sentiment, −1 (panic) to 1 (euphoria).
    pub sentiment: f64,
    pub sentiment_change: f64,
    /// The mood the big four's capex plans answer: sentiment as it was when they committed,
    /// about a year back on average.
    #[serde(default)]
    pub capex_mood: f64,
    pub non_ai_cap_bn: f64,
    /// Market value of the index's names at the start, $B.
    pub index_base_bn: f64,
    /// Market value of the listed AI names at the start, $B.
    pub ai_cap_start_bn: f64,
    /// The AI-heavy index, 100 at the start.
    pub index: f64,
    pub index_peak: f64,
    pub index_history: Vec<f64>,
    /// Market value of AI names over their annual revenue.
    pub bubble_gauge: f64,
    /// OpenAI's revenue run rate over its yearly commitments (`valuation::coverage`).
    pub coverage: f64,
    /// Share of Nvidia's revenue paid with its own vendor financing, trailing year.
    pub circular_share: f64,
    /// How much of Oracle's backlog the market believes, 0..1; it learns from coverage slowly.
    pub backlog_belief: f64,
    /// Oracle's backlog at the last market close, $B (to spot new bookings).
    pub backlog_last_bn: f64,
    /// The operating margin the market believes Oracle's OpenAI contracts earn.
    #[serde(default)]
    pub ai_margin_belief: f64,
    pub circular_revenue_history: Vec<f64>,
    /// Big-tech bonds issued in the current calendar year, $B.
    pub bonds_ytd_bn: f64,
    /// Big-tech bonds issued in each finished calendar year, $B.
    pub bonds_by_year: Vec<(u16, f64)>,
    /// Hyperscaler capex in the current calendar year and finished years, $B.
    pub capex_ytd_bn: f64,
    pub capex_by_year: Vec<(u16, f64)>,
    /// The hyperscalers' AI revenue (cloud AI, copilots), $B/quarter.
    pub hyperscaler_ai_q_bn: f64,
    /// Household stock wealth, $B.
    pub household_stocks_bn: f64,
    /// Pension funds' losses on AI names and AI debt since the start, $B.
    pub pension_losses_bn: f64,
    /// How far the market believes OpenAI's and the White House's upbeat statements, 0..1.
    #[serde(default)]
    pub credibility: Credibility,
}

/// Credibility of each speaker's confident statements, 0..1.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Credibility {
    pub openai: f64,
    pub whitehouse: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ElectionResult {
    pub date: Date,
    pub kind: super::params::ElectionKind,
    pub seats_won: u32,
    pub needed: u32,
    pub won: bool,
    pub approval: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PoliticsState {
    pub approval: f64,
    pub approval_history: Vec<f64>,
    pub jobs_k: f64,
    /// Consumer-price inflation from tariffs, per year.
    pub tariff_inflation: f64,
    /// The governing party lost Congress: no new subsidies; Congress may pass a cost rule.
    pub divided: bool,
    pub elections: Vec<ElectionResult>,
    /// Federal budget cost of the White House's programmes since the start, $B.
    pub budget_cost_bn: f64,
    /// Tariff revenue since the start, $B.
    pub tariff_revenue_bn: f64,
    /// Relief paid last quarter, $ per household.
    pub relief_per_household: f64,
    /// The programmes' budget this quarter: cost, tariff revenue and the deficit, $B.
    #[serde(default)]
    pub quarter: BudgetQuarter,
    /// Debt run up by the programmes' deficits since the start (negative: a surplus), $B.
    #[serde(default)]
    pub debt_bn: f64,
    /// The programmes' deficit in each of the last four quarters, $B.
    #[serde(default)]
    pub deficit_history: Vec<f64>,
    /// Rise of Treasury yields the programmes' deficits cause, bp.
    #[serde(default)]
    pub yield_premium_bp: f64,
    /// Credit-reform subsidy costs set aside for loan guarantees not yet spent on calls, $B.
    #[serde(default)]
    pub guarantee_reserve_bn: f64,
    /// Trading partners retaliate against US exports.
    #[serde(default)]
    pub retaliation: bool,
    /// Share of the non-AI market's value the tariffs take (business inputs, retaliation).
    #[serde(default)]
    pub tariff_value_loss: f64,
    /// Tariff inflation households see in store prices so far, per year.
    #[serde(default)]
    pub inflation_felt: f64,
    /// Relief per household a quarter that households have come to count on, $.
    #[serde(default)]
    pub relief_expected_per_household: f64,
    /// Long-run manufacturing jobs the tariffs add in protected industries and cost downstream
    /// and in exports, thousands.
    #[serde(default)]
    pub tariff_jobs: TariffJobs,
    /// Long-run manufacturing jobs the grants paid so far fund, thousands: a grant builds a
    /// plant that keeps its workers after the money is spent.
    #[serde(default)]
    pub grant_jobs_k: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BudgetQuarter {
    /// Subsidies, relief, guarantee costs and interest on the programmes' debt, $B.
    pub cost_bn: f64,
    pub tariff_revenue_bn: f64,
    /// Loan guarantees called when a guaranteed borrower defaulted, $B.
    pub guarantee_calls_bn: f64,
    pub deficit_bn: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TariffJobs {
    pub protected_k: f64,
    pub downstream_k: f64,
    pub exports_k: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GoodState {
    pub backlog: f64,
    pub capacity_q: f64,
    /// 1.0 = the scenario's start price.
    pub price_index: f64,
    /// Quoted lead time for a new order, quarters.
    pub lead_q: f64,
    /// Share of supply made at home.
    pub domestic_share: f64,
    /// Temporary shocks from events: price multiplier and extra quarters, decaying.
    pub shock_price: f64,
    pub shock_lead_q: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SupplyState {
    pub goods: Vec<GoodState>,
}

impl SupplyState {
    pub fn get(&self, good: Good) -> &GoodState {
        &self.goods[good.index()]
    }
}

/// Rules in force, set by orders and by Congress.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Policy {
    pub chip_tariff: f64,
    pub equipment_tariff: f64,
    pub exempt_intermediate: bool,
    pub fast_track: bool,
    /// The White House's federal cost-allocation rule, when set.
    pub federal_share: Option<f64>,
    /// A rule passed by a divided Congress over the White House's head: the least share large
    /// loads pay, whoever sets it above that.
    pub congress_share: Option<f64>,
    pub ride_through_required: bool,
    pub ride_through_since: Option<u32>,
    pub large_load_share: f64,
    pub min_demand_charge: f64,
    pub capacity_cap: f64,
    /// Loan guarantees outstanding, $B.
    pub loan_guarantees_bn: f64,
    /// Lobbying caps the large-load share until this turn.
    pub lobbying_cap: Option<(f64, u32)>,
}

impl Policy {
    /// The large-load share of upgrade costs actually applied.
    pub fn effective_large_load_share(&self, turn: u32) -> f64 {
        // The White House's rule preempts the states' choice; Congress's statute is a floor
        // under whichever applies, so the administration's share still acts above it.
        let chosen = self.federal_share.unwrap_or(self.large_load_share);
        let chosen = self
            .congress_share
            .map_or(chosen, |floor| chosen.max(floor));
        match self.lobbying_cap {
            Some((cap, until))
                if turn < until
                    && self.federal_share.is_none()
                    && self.congress_share.is_none() =>
            {
                chosen.min(cap)
            }
            _ => chosen,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectKind {
    DataCenter,
    Generation(Tech),
    Transmission,
    Chips,
    RideThrough,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    #[serde(rename = "openai")]
    OpenAi,
    Oracle,
    Hyperscalers,
    Utility,
    /// Independent developers building on expected margins, financed by investors.
    Merchant,
}

impl Owner {
    pub fn company(self) -> Option<CompanyId> {
        match self {
            Owner::OpenAi => Some(CompanyId::OpenAi),
            Owner::Oracle => Some(CompanyId::Oracle),
            Owner::Hyperscalers => Some(CompanyId::Hyperscalers),
            Owner::Utility | Owner::Merchant => None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Project {
    pub kind: ProjectKind,
    pub owner: Owner,
    pub region: usize,
    /// Size: MW (GW for chips), or $B for transmission.
    pub size: f64,
    pub cost_bn: f64,
    pub paid_bn: f64,
    /// The part of `paid_bn` the owner's SPVs paid (their data centers, leased to the owner).
    #[serde(default)]
    pub spv_paid_bn: f64,
    /// Share of the cost paid to Nvidia for chips.
    pub chip_share: f64,
    /// Share of the cost that is tariff, paid to the government.
    pub tariff_share: f64,
    pub start_turn: u32,
    pub complete_turn: u32,
    /// Turn from which chips are delivered and paid; by default the build's second half.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chips_from_turn: Option<u32>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ComputeContract {
    pub gw: f64,
    pub price_bn_per_gw_yr: f64,
    /// First quarter of full delivery; before it Oracle delivers what it has built.
    pub start_turn: u32,
    pub end_turn: u32,
    pub signed_turn: u32,
    pub defaulted: bool,
    /// What the contract has paid or lapsed so far, $B: its value less this is still owed.
    #[serde(default)]
    pub settled_bn: f64,
}

impl ComputeContract {
    /// What the contract is worth over its term, $B.
    pub fn value_bn(&self) -> f64 {
        self.gw * self.price_bn_per_gw_yr * f64::from(self.end_turn - self.start_turn) / 4.0
    }

    /// What OpenAI still owes under it, $B.
    pub fn remaining_bn(&self) -> f64 {
        (self.value_bn() - self.settled_bn).max(0.0)
    }
}

/// A special purpose vehicle: partners' and the tenant's equity and the SPV's own bonds pay for
/// data centers the SPV owns and leases to its tenant. Its ledger account is `Account::Spv(i)`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Spv {
    /// The tenant.
    pub owner: CompanyId,
    /// Equity and bonds raised, $B.
    pub amount_bn: f64,
    /// Partners' share of the SPV's equity.
    pub partner_share: f64,
    /// The SPV's bonds outstanding, $B.
    pub bonds_bn: f64,
    pub coupon: f64,
    /// Lease paid each quarter, $B.
    pub lease_q_bn: f64,
    /// Rate implicit in the lease, per year.
    pub lease_rate: f64,
    /// The tenant's remaining lease liability, $B.
    pub lease_liability_bn: f64,
    pub signed_turn: u32,
    pub end_turn: u32,
    /// The tenant's lease was voided in its restructuring.
    pub voided: bool,
    /// Leases the tenant had signed before the game (a landlord's vehicle, not a new deal).
    #[serde(default)]
    pub legacy: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VendorDeal {
    pub amount_bn: f64,
    pub chips_gw: f64,
    pub turn: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EventState {
    /// Ids of once-only cards already drawn.
    pub fired: Vec<String>,
    /// Headlines of every event so far: (turn, id).
    pub log: Vec<(u32, String)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Insolvency {
    pub company: CompanyId,
    pub turn: u32,
    pub shortfall_bn: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Records {
    pub insolvencies: Vec<Insolvency>,
    /// Load shedding and cascades after large-load losses, and blackouts from event cards.
    pub blackouts: u32,
    /// Large-load loss events over the game, and the data-center load lost in all faults, MW.
    #[serde(default)]
    pub loss_events: u32,
    #[serde(default)]
    pub mw_lost: f64,
    /// Most households without power in one quarter, share of all households.
    pub worst_blackout_share: f64,
    /// Turn at which each seat's score was last computed, with the score.
    pub scores: Vec<(Seat, f64)>,
    pub public_welfare: f64,
    /// National residential price at the start, cents/kWh: welfare scores bills at the same
    /// usage against it, so the seasons (summer air conditioning, winter heating) do not move it.
    #[serde(default)]
    pub start_cents: f64,
    /// Residential price across regions over the last four quarters, cents/kWh.
    #[serde(default)]
    pub recent_cents: Vec<f64>,
    /// The utility went insolvent.
    pub utility_insolvent: bool,
    pub downgrades: u32,
}
