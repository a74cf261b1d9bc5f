//! The scenario's parameters: everything fixed for a game. Loaded and checked by `crate::scenario`;
//! the engine only reads them. Ranges are documented on each field and enforced by
//! `crate::scenario::validate`.

use super::ids::{CompanyId, Date, Good, Tech, TechArray};
use serde::{Deserialize, Serialize};

/// The utility's effective income tax rate. Exelon, the largest delivery utility in PJM,
/// reported 15.2% for Q2 2025 (10-Q): the 21% federal rate and state taxes, less the excess
/// deferred taxes it returns to customers. Its rates recover the tax (the network's revenue
/// requirement is calibrated to delivery revenue, which includes it).
pub const UTILITY_TAX_RATE: f64 = 0.15;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    pub scenario: Meta,
    pub reference: Reference,
    pub technologies: Technologies,
    pub regions: Vec<RegionParams>,
    /// Transfer links between regions of the scenario (both directions). May be empty.
    #[serde(default)]
    pub links: Vec<Link>,
    pub build: BuildParams,
    pub companies: CompaniesParams,
    pub utility: UtilityParams,
    pub market: MarketParams,
    pub politics: PoliticsParams,
    pub supply: SupplyParams,
    pub entry: EntryParams,
    /// Market rules of the hourly dispatch common to every region; files written before it
    /// keep the engine's values.
    #[serde(default)]
    pub grid: GridParams,
    pub objectives: Objectives,
    /// The event deck. May be empty.
    #[serde(default)]
    pub events: Vec<EventCard>,
    /// Rules in force when the game starts (a variant's federal rule or tariffs from day
    /// one): the orders the first quarter carries forward from. Usually empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub starting_rules: Vec<StartingRule>,
}

/// One order in force from the start: a seat's field (in every region for regional fields,
/// or one region) and its value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingRule {
    pub seat: crate::engine::Seat,
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub value: RuleValue,
}

/// A starting rule's value: a switch or a number.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RuleValue {
    Toggle(bool),
    Number(f64),
}

impl Params {
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.id == id)
    }

    /// Region `r`'s network rate base at the start, $B: the capital whose return and
    /// depreciation the network's revenue pays, net of operations (the requirement's
    /// `td_revenue_bn_yr` times `1 - opex_share`, at the carrying rate of additions). Derived, not
    /// a parameter, so the books' stock and the rates' flow cannot disagree.
    pub fn network_rate_base_bn(&self, r: usize) -> f64 {
        let capital_bn_yr =
            self.regions[r].retail.td_revenue_bn_yr * (1.0 - self.utility.opex_share);
        capital_bn_yr / self.carrying_rate(r).max(1e-6)
    }

    /// The pre-tax return rates pay on region `r`'s rate base, per year: the authorised ROE on
    /// the equity part, grossed up for the income tax the utility pays on it, and the cost of
    /// its debt on the rest (the weighted cost of capital regulators build rates from). The
    /// debt costs what the utility's bonds paid at the start: rates embed the debt issued,
    /// not each quarter's market.
    pub fn carrying_return(&self, r: usize) -> f64 {
        let u = &self.utility;
        let equity = (1.0 - u.capex_debt_share).clamp(0.0, 1.0);
        let debt_cost = self.market.risk_free + u.spread_bp / 10_000.0;
        equity * self.regions[r].retail.allowed_roe / (1.0 - UTILITY_TAX_RATE)
            + (1.0 - equity) * debt_cost
    }

    /// Return on and of capital in region `r`, per year: the pre-tax return plus straight-line
    /// depreciation over the recovery life.
    pub fn carrying_rate(&self, r: usize) -> f64 {
        self.carrying_return(r) + 1.0 / self.regions[r].retail.recovery_years.max(1.0)
    }

    /// Every region's network rate base at the start, $B.
    pub fn network_rate_bases_bn(&self) -> Vec<f64> {
        (0..self.regions.len())
            .map(|r| self.network_rate_base_bn(r))
            .collect()
    }

    /// What the existing networks lose to depreciation in a year, $B: rates recover it, and the
    /// utility spends it on replacing worn-out lines and substations, so the network keeps the
    /// size its rates pay for.
    pub fn network_depreciation_bn_yr(&self) -> f64 {
        (0..self.regions.len())
            .map(|r| self.network_rate_base_bn(r) / self.regions[r].retail.recovery_years.max(1.0))
            .sum()
    }

    /// The utility's depreciation, a share of its plant a year: the networks' book lives.
    pub fn utility_depreciation_per_year(&self) -> f64 {
        let base: f64 = self.network_rate_bases_bn().iter().sum();
        if base > 0.0 {
            self.network_depreciation_bn_yr() / base
        } else {
            0.0
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The first quarter played.
    pub start: Date,
    /// Quarters in a game, 1..=40.
    pub turns: u32,
}

impl Meta {
    /// The game's last quarter played.
    pub fn last_quarter(&self) -> Date {
        self.start.plus(self.turns.saturating_sub(1))
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// National average residential price in 2020, cents/kWh (EIA), 1..=100.
    pub national_residential_cents_2020: f64,
    /// Coal price, $/MMBtu, 0..=20.
    pub coal_price: f64,
    /// Nuclear fuel cost, $/MWh, 0..=50.
    pub nuclear_fuel: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechParams {
    /// Fuel burned per MWh, MMBtu/MWh, 0..=20 (0 for wind, solar, hydro, batteries, nuclear).
    pub heat_rate: f64,
    /// Variable O&M, $/MWh, 0..=100.
    pub vom: f64,
    /// Share of capacity available in an average hour, 0..=1 (wind, solar and hydro use profiles).
    pub availability: f64,
    /// Share of capacity counted as firm for reserve margins, 0..=1.
    pub capacity_credit: f64,
    /// Overnight build cost, $/kW, 0..=20000.
    pub capex_per_kw: f64,
    /// Quarters to build once equipment is on site, 0..=40.
    pub build_quarters: u32,
    /// CO2, tonnes per MWh, 0..=2.
    pub co2_t_per_mwh: f64,
    /// Fixed O&M, $/kW-year, 0..=500: a new unit's fixed cost and an existing unit's cost of
    /// staying open.
    pub fom_per_kw_year: f64,
    /// Economic life over which a new unit recovers its cost, years, 1..=80.
    pub life_years: f64,
}

/// Merchant entry and retirement: plants are built and kept when their margins pay for them.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryParams {
    /// Developers' after-tax cost of capital, 0..=0.3.
    pub wacc: f64,
    /// Quarters of margins developers look back over, 1..=12.
    pub lookback_q: u32,
    /// Investment tax credit on solar and batteries, share of overnight cost, 0..=0.6.
    pub clean_itc_share: f64,
    /// Entry per quarter, as a share of the region's peak, for each unit by which expected
    /// margins exceed net cost of new entry (a ratio of 2 means margins twice the cost), 0..=0.5.
    pub share_of_peak_per_excess: f64,
    /// Largest entry pipeline per technology, share of the region's peak, 0..=0.5.
    pub max_pipeline_share: f64,
    /// Scheduled retirements go ahead in full when margins cover this share of a unit's fixed
    /// cost or less, 0..=2 ...
    pub retire_full_below: f64,
    /// ... and are all deferred when margins cover this share or more, 0..=5.
    pub retire_none_above: f64,
}

/// Market rules of the hourly dispatch common to every region.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridParams {
    /// Price at which demand response is called, $/MWh, 0..=20000.
    #[serde(default = "default_demand_response_strike")]
    pub demand_response_strike: f64,
    /// Share of hosting capacity the data centers' draw passes before their zone is congested,
    /// 0..=2 ...
    #[serde(default = "default_congestion_onset")]
    pub congestion_onset: f64,
    /// ... and the share of the marginal cost congestion adds per unit of hosting capacity
    /// used beyond it, 0..=10.
    #[serde(default = "default_congestion_slope")]
    pub congestion_slope: f64,
    /// Weather margin planners add to the normal peak, in `weather_sigma`s, 0..=5.
    #[serde(default = "default_planning_weather_sigmas")]
    pub planning_weather_sigmas: f64,
    /// Share of approved data centers not yet building that planners count in the future peak,
    /// 0..=1.
    #[serde(default = "default_approved_dc_counted")]
    pub approved_dc_counted: f64,
    /// A winter day's weather deviation, in `weather_sigma`s, from which frozen gas supply and
    /// plants take part of the dispatchable fleet out (each region's
    /// `cold_outage_per_sigma`), 0..=5.
    #[serde(default = "default_cold_outage_onset_sigmas")]
    pub cold_outage_onset_sigmas: f64,
}

impl Default for GridParams {
    fn default() -> Self {
        Self {
            demand_response_strike: default_demand_response_strike(),
            congestion_onset: default_congestion_onset(),
            congestion_slope: default_congestion_slope(),
            planning_weather_sigmas: default_planning_weather_sigmas(),
            approved_dc_counted: default_approved_dc_counted(),
            cold_outage_onset_sigmas: default_cold_outage_onset_sigmas(),
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technologies {
    pub nuclear: TechParams,
    pub coal: TechParams,
    pub gas_cc: TechParams,
    pub gas_peaker: TechParams,
    pub hydro: TechParams,
    pub wind: TechParams,
    pub solar: TechParams,
    pub battery: TechParams,
    pub onsite: TechParams,
    /// Battery storage hours at rated power, 1..=12.
    pub battery_hours: f64,
    /// Battery round-trip efficiency, 0.5..=1.
    pub battery_efficiency: f64,
}

impl Technologies {
    pub fn get(&self, tech: Tech) -> &TechParams {
        match tech {
            Tech::Nuclear => &self.nuclear,
            Tech::Coal => &self.coal,
            Tech::GasCc => &self.gas_cc,
            Tech::GasPeaker => &self.gas_peaker,
            Tech::Hydro => &self.hydro,
            Tech::Wind => &self.wind,
            Tech::Solar => &self.solar,
            Tech::Battery => &self.battery,
            Tech::Onsite => &self.onsite,
        }
    }
}

/// Megawatts per technology, as written in scenario files.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fleet {
    pub nuclear: f64,
    pub coal: f64,
    pub gas_cc: f64,
    pub gas_peaker: f64,
    pub hydro: f64,
    pub wind: f64,
    pub solar: f64,
    pub battery: f64,
    pub onsite: f64,
}

impl Fleet {
    pub fn to_array(self) -> TechArray {
        [
            self.nuclear,
            self.coal,
            self.gas_cc,
            self.gas_peaker,
            self.hydro,
            self.wind,
            self.solar,
            self.battery,
            self.onsite,
        ]
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarketDesign {
    /// Energy-only with scarcity pricing (ERCOT-like).
    #[default]
    EnergyOnly,
    /// A capacity market with a demand curve on the reserve margin (PJM-like).
    Capacity,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownCapacityPrice {
    /// The first quarter this already-auctioned price applies to.
    pub from: Date,
    /// $/MW-day, 0..=2000.
    pub price: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapacityMarketParams {
    /// Price at or above target + `high_points`, $/MW-day, 0..=500.
    pub floor: f64,
    /// The administrative cap in force at the start, $/MW-day, 0..=2000 (a utility lever later).
    pub cap: f64,
    /// Reserve-margin points above target where the curve reaches the floor, 0..=20.
    pub high_points: f64,
    /// Reserve-margin points below target where the curve reaches the reference price, 0..=20.
    pub low_points: f64,
    /// The curve's price at target − `low_points`, $/MW-day, 0..=2000.
    pub reference_price: f64,
    /// Quarters between an auction and the delivery it prices, 0..=16.
    pub forward_quarters: u32,
    /// The quarter of the year auctions run, 1..=4.
    pub auction_quarter: u8,
    /// Prices already set by past auctions at the start of the game.
    #[serde(default)]
    pub known_prices: Vec<KnownCapacityPrice>,
    /// Demand response offered by other customers (industry, commerce, aggregated homes) and
    /// cleared in the auction, MW, 0..=50000: counted as firm capacity and curtailed at
    /// scarcity. The utility's contracts with data centers come on top.
    #[serde(default)]
    pub other_demand_response_mw: f64,
}

impl CapacityMarketParams {
    /// Other customers' demand response in a region, MW: zero where no capacity market runs.
    pub fn other_demand_response(market: Option<&Self>) -> f64 {
        market.map_or(0.0, |m| m.other_demand_response_mw.max(0.0))
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataCenterParams {
    /// Oracle's connected data-center load at the start, MW, 0..=100000.
    pub oracle_mw: f64,
    /// Oracle's data centers under construction at the start, MW, 0..=100000: their buildings
    /// paid by the landlords, their chips still to buy as the halls are fitted out.
    #[serde(default)]
    pub oracle_building_mw: f64,
    /// Quarters until those are finished, 0..=40.
    #[serde(default)]
    pub oracle_building_quarters: f64,
    /// The first phase of those, MW, 0..=100000 (at most `oracle_building_mw`): halls finished,
    /// chips bought and installed from the start, online after `oracle_fitting_quarters`. The
    /// rest are halls still being built, whose chips follow in the build's second half.
    #[serde(default)]
    pub oracle_fitting_mw: f64,
    /// Quarters until the first phase is online, 0..=40.
    #[serde(default)]
    pub oracle_fitting_quarters: f64,
    /// Hyperscalers' and other owners' connected data-center load, MW, 0..=100000.
    pub hyperscaler_mw: f64,
    /// Large-load interconnection requests waiting, MW, 0..=1000000.
    pub queue_mw: f64,
    /// New requests arriving each quarter without any minimum-demand charge, MW, 0..=100000.
    pub queue_inflow_mw_q: f64,
    /// Share of requests that are speculative (withdrawn under financial commitments), 0..=1.
    pub speculative_share: f64,
    /// Approved but not yet built or connected, MW, 0..=100000.
    pub approved_mw: f64,
    /// Data-center load the grid hosts without new transmission, MW, 0..=200000.
    pub hosting_capacity_mw: f64,
    /// Hosting capacity added per $B of transmission upgrades, MW/$B, 0..=10000.
    pub mw_per_upgrade_bn: f64,
    /// Share of data-center load able to ride through faults at the start, 0..=1.
    pub ride_through_share: f64,
    /// Average draw as a share of connected capacity, 0..=1.
    pub utilization: f64,
    /// Share of the hyperscalers' US data-center build-out landing in this region, 0..=1.
    pub hyperscaler_build_share: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultParams {
    /// Sudden load loss the region holds without generators tripping on over-frequency, MW,
    /// 1..=50000.
    pub tolerable_loss_mw: f64,
    /// Primary frequency response, MW per 0.1 Hz, 1..=10000.
    pub frequency_response_mw: f64,
    /// Faults near data-center clusters that make some of them drop off, per year at the start,
    /// 0..=200 (drawn as a Poisson count per quarter).
    pub fault_rate_per_year: f64,
    /// Smallest and largest share of the region's data-center load near one fault, 0..=1.
    pub cluster_share_min: f64,
    pub cluster_share_max: f64,
    /// First and last stage of under-frequency load shedding, Hz, 55..=60 (first above last).
    pub ufls_first_hz: f64,
    pub ufls_last_hz: f64,
    /// Loss from which a fault counts as a large-load loss event, MW, 1..=50000.
    pub large_load_event_mw: f64,
    /// Whether the grid operator holds back data centers without ride-through once a fault near
    /// the largest cluster could trip more than the tolerable loss (ERCOT's interim energization
    /// process, 2025). Absent: no such review.
    #[serde(default)]
    pub ride_through_review: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetailParams {
    /// Transmission, distribution and other non-energy costs at the start, $B/year, 0..=200.
    pub td_revenue_bn_yr: f64,
    /// Households' share of those costs, 0..=1.
    pub residential_td_share: f64,
    /// Return on equity the regulator authorises, per year, 0..=0.3. Rates carry it on the
    /// equity part of the rate base, grossed up for income tax (`carrying_return`). Scenario
    /// files written before it was named for what it is call it `allowed_return`.
    #[serde(alias = "allowed_return")]
    pub allowed_roe: f64,
    /// Years over which upgrade capex is recovered, 1..=60.
    pub recovery_years: f64,
    /// Residential retail price in 2020, cents/kWh, 1..=100.
    pub residential_cents_2020: f64,
    /// Average wholesale energy price in 2020, $/MWh, 1..=500.
    pub wholesale_2020: f64,
    /// Capacity cost per MWh of load in 2020, $/MWh, 0..=200: with `wholesale_2020`, the
    /// all-in wholesale cost the model's energy and capacity are compared against. Zero where
    /// no capacity market charged loads.
    #[serde(default)]
    pub capacity_2020: f64,
    /// Fixed customer charge, $/month, 0..=100.
    pub fixed_charge_month: f64,
    /// Other utility bills (water, sewer; heating too when `heating_bill_month` is zero) that
    /// compete for the same income, $/month, 0..=1000.
    pub other_bills_month: f64,
    /// Heating bills (gas, oil, propane) averaged over all households and the year, $/month,
    /// 0..=1000.
    #[serde(default)]
    pub heating_bill_month: f64,
    /// Heating bill in each quarter of the year over its yearly average (4 values, each 0..=4,
    /// averaging 1); empty: flat.
    #[serde(default)]
    pub heating_seasonal: Vec<f64>,
    /// Households spending more than this share of income on utility bills fall behind, 0.01..=0.5.
    pub affordable_burden: f64,
    /// Spread of households' bills around the average (household size, home, usage), log
    /// standard deviation, 0..=2.
    pub usage_sigma: f64,
    /// Share of the households behind, beyond those still unable to pay, who catch up in a
    /// quarter, 0..=1.
    pub arrears_clear_q: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionPolitics {
    /// Population, millions, 0..=400.
    pub population_m: f64,
    /// House seats decided here, 0..=435.
    pub house_seats: u32,
    /// Electoral votes decided here, 0..=538.
    pub electoral_votes: u32,
    /// Governing party's lean against the national vote, −0.3..=0.3.
    pub lean: f64,
}

/// Households of a region with an income distribution of their own: arrears are measured per
/// group, as surveys measure them per state.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeGroup {
    pub id: String,
    /// Share of the region's households, 0..=1.
    pub household_share: f64,
    /// Median household income, $/month, 100..=100000.
    pub median_income_month: f64,
    /// Spread of log income, 0.1..=2.
    pub income_sigma: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionParams {
    pub id: String,
    pub name: String,
    pub market: MarketDesign,
    /// Households, millions, 0.01..=200.
    pub households_m: f64,
    /// Residential use, kWh per household per month, 50..=5000.
    pub residential_kwh_month: f64,
    /// Median household income, $/month, 100..=100000.
    pub median_income_month: f64,
    /// Spread of log income, 0.1..=2.
    pub income_sigma: f64,
    /// Share of the dispatchable fleet forced out per `weather_sigma` of a winter day's load
    /// deviation beyond `grid.cold_outage_onset_sigmas` (frozen gas supply and plants), 0..=1.
    #[serde(default)]
    pub cold_outage_per_sigma: f64,
    /// Groups of households with their own incomes (e.g. a region's poorer and richer states),
    /// whose shares sum to 1; when empty, the region's median and spread make one group.
    #[serde(default)]
    pub income_groups: Vec<IncomeGroup>,
    /// Average household and commercial (non-data-center) load at the start, MW, 1..=1000000.
    pub non_dc_load_mw: f64,
    /// Households' share of non-data-center energy, 0..=1.
    pub residential_share: f64,
    /// Growth of non-data-center load per quarter, −0.05..=0.05.
    pub load_growth_q: f64,
    /// Load multiplier per quarter of the year (4 values), 0.3..=3.
    pub seasonal: Vec<f64>,
    /// Hourly load shape per season (4 rows of 24 values, each around 1).
    pub daily_shape: Vec<Vec<f64>>,
    /// Day-to-day weather noise on load, standard deviation, 0..=0.5.
    pub weather_sigma: f64,
    /// `weather_sigma`'s multiplier in each season (4 values, 0.1..=3, averaging 1): summer
    /// peaks come on days of much the same heat, winter's on cold that varies widely. Empty: 1
    /// in every season.
    #[serde(default)]
    pub weather_sigma_seasonal: Vec<f64>,
    /// Average capacity factor per season (4 values), 0..=1.
    pub wind_cf: Vec<f64>,
    pub solar_cf: Vec<f64>,
    pub hydro_cf: Vec<f64>,
    /// Gas price at the start, $/MMBtu, 0..=50.
    pub gas_price: f64,
    /// Delivered coal price at the region's plants, $/MMBtu, 0..=20; the national
    /// `reference.coal_price` when absent.
    #[serde(default)]
    pub coal_price: Option<f64>,
    /// Offer cap, $/MWh, 100..=20000.
    pub price_cap: f64,
    /// Scarcity adder at zero operating reserve, $/MWh, 0..=20000.
    pub scarcity_adder: f64,
    /// Operating reserve, as a share of load, at which the adder falls by e, 0.001..=0.5.
    pub scarcity_sigma: f64,
    /// Planning reserve-margin target, 0..=1.
    pub reserve_target: f64,
    /// Present only for `market = "capacity"`.
    #[serde(default)]
    pub capacity_market: Option<CapacityMarketParams>,
    /// Imports from neighbours outside the game, MW, 0..=100000.
    pub import_limit_mw: f64,
    /// Imports cost the region's gas combined-cycle cost plus this adder, $/MWh, 0..=500.
    pub import_price_adder: f64,
    /// Share of the import limit counted as firm, 0..=1.
    pub import_capacity_credit: f64,
    pub fleet: Fleet,
    /// Retirements per quarter, MW.
    pub retirements_mw_q: Fleet,
    /// Retired nuclear units that could still be brought back, MW, 0..=100000; none when absent.
    #[serde(default)]
    pub restartable_nuclear_mw: f64,
    pub data_centers: DataCenterParams,
    pub faults: FaultParams,
    pub retail: RetailParams,
    pub politics: RegionPolitics,
}

impl RetailParams {
    /// Bills other than electricity in a season (0 = winter), $/month: heating follows the
    /// weather, the rest is flat.
    pub fn other_bills_in_season(&self, season: usize) -> f64 {
        self.other_bills_month
            + self.heating_bill_month * seasonal_factor(&self.heating_seasonal, season)
    }
}

/// A quarter's multiplier from a list of four (winter first); an empty list is flat.
pub fn seasonal_factor(factors: &[f64], season: usize) -> f64 {
    factors.get(season).copied().unwrap_or(1.0)
}

impl RegionParams {
    /// Day-to-day weather noise on load in `season` (0 winter .. 3 autumn), standard deviation.
    pub fn weather_sigma_in(&self, season: usize) -> f64 {
        self.weather_sigma * seasonal_factor(&self.weather_sigma_seasonal, season)
    }

    /// Delivered coal price at the region's plants, $/MMBtu: its own, or the national one.
    pub fn coal_price(&self, reference: &Reference) -> f64 {
        self.coal_price.unwrap_or(reference.coal_price)
    }

    /// Households, thousands: the unit outages are counted in.
    pub fn households_k(&self) -> f64 {
        self.households_m * 1000.0
    }

    /// The region's income groups: those given, or the whole region as one.
    pub fn income_groups(&self) -> Vec<IncomeGroup> {
        if self.income_groups.is_empty() {
            vec![IncomeGroup {
                id: self.id.clone(),
                household_share: 1.0,
                median_income_month: self.median_income_month,
                income_sigma: self.income_sigma,
            }]
        } else {
            self.income_groups.clone()
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub from: String,
    pub to: String,
    /// MW, 0..=100000.
    pub limit_mw: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildParams {
    /// Chips and servers per GW of data center, $B, 0..=200.
    pub dc_chips_bn_per_gw: f64,
    /// Shell, cooling and electrical plant per GW, $B, 0..=100.
    pub dc_facility_bn_per_gw: f64,
    /// Quarters to build a data center shell, 1..=20.
    pub dc_build_quarters: u32,
    /// Ride-through equipment (UPS, controls) per GW fitted, $B, 0..=10.
    pub ride_through_bn_per_gw: f64,
    /// Transmission upgrades: quarters to build besides transformer lead time, 0..=40.
    pub transmission_build_quarters: u32,
    /// Share of lead time cut by permitting fast-track, 0..=0.9.
    pub fast_track_cut: f64,
    /// Share of speculative interconnection requests withdrawn each quarter under fast-track's
    /// cluster studies and readiness deposits, 0..=1.
    #[serde(default = "default_fast_track_queue_exit_q")]
    pub fast_track_queue_exit_q: f64,
    /// Share of fast-track's cut a data center's own build gets, 0..=1.
    #[serde(default = "default_dc_fast_track_share")]
    pub dc_fast_track_share: f64,
    /// How far new data-center builds and firm requests leave a region as the terms large loads
    /// bear there raise their cost of power: the exponent on (1 + premium / reference price),
    /// 0..=5; 0 keeps siting fixed.
    #[serde(default)]
    pub siting_elasticity: f64,
    /// A developer's all-in price of power on standard terms, the yardstick of the premium,
    /// $/MWh, 1..=500.
    #[serde(default = "default_siting_reference_per_mwh")]
    pub siting_reference_per_mwh: f64,
    /// Colocation fee for OpenAI's own chips, $B per GW-year, 0..=50.
    pub colo_fee_bn_per_gw_yr: f64,
    /// Where colocated OpenAI chips land, share per region (same order as `regions`).
    pub colo_region_shares: Vec<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rating {
    #[serde(rename = "AAA")]
    Aaa,
    #[serde(rename = "AA+")]
    AaPlus,
    #[serde(rename = "AA")]
    Aa,
    #[serde(rename = "AA-")]
    AaMinus,
    #[serde(rename = "A+")]
    APlus,
    #[serde(rename = "A")]
    A,
    #[serde(rename = "A-")]
    AMinus,
    #[serde(rename = "BBB+")]
    BbbPlus,
    #[default]
    #[serde(rename = "BBB")]
    Bbb,
    #[serde(rename = "BBB-")]
    BbbMinus,
    #[serde(rename = "BB+")]
    BbPlus,
    #[serde(rename = "BB")]
    Bb,
    #[serde(rename = "BB-")]
    BbMinus,
    #[serde(rename = "B+")]
    BPlus,
    #[serde(rename = "B")]
    B,
    #[serde(rename = "B-")]
    BMinus,
    #[serde(rename = "CCC")]
    Ccc,
    #[serde(rename = "D")]
    D,
}

impl Rating {
    /// Not a model parameter: every rating, from AAA to D (the order of `notch`).
    pub const ALL: [Rating; 18] = [
        Rating::Aaa,
        Rating::AaPlus,
        Rating::Aa,
        Rating::AaMinus,
        Rating::APlus,
        Rating::A,
        Rating::AMinus,
        Rating::BbbPlus,
        Rating::Bbb,
        Rating::BbbMinus,
        Rating::BbPlus,
        Rating::Bb,
        Rating::BbMinus,
        Rating::BPlus,
        Rating::B,
        Rating::BMinus,
        Rating::Ccc,
        Rating::D,
    ];

    /// 0 = AAA, 17 = D.
    pub fn notch(self) -> usize {
        self as usize
    }

    pub fn from_notch(notch: usize) -> Rating {
        Rating::ALL[notch.min(Rating::ALL.len() - 1)]
    }

    pub fn investment_grade(self) -> bool {
        self <= Rating::BbbMinus
    }

    pub fn label(self) -> &'static str {
        [
            "AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-",
            "B+", "B", "B-", "CCC", "D",
        ][self.notch()]
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyParams {
    /// $B, 0..=2000.
    pub cash_bn: f64,
    /// On-balance-sheet debt, $B, 0..=2000.
    pub debt_bn: f64,
    /// Average coupon on existing debt, per year, 0..=0.3.
    pub coupon: f64,
    /// Average remaining maturity of existing debt, quarters, 1..=160.
    pub maturity_quarters: u32,
    /// Lease commitments not yet on the balance sheet (data centers still being built for the
    /// company), $B, 0..=2000.
    pub off_balance_bn: f64,
    /// Property, plant and equipment at book value, $B, 0..=5000.
    #[serde(default)]
    pub ppe_bn: f64,
    /// Lease liabilities on the balance sheet (leases already running), $B, 0..=2000.
    #[serde(default)]
    pub leases_bn: f64,
    /// Total assets and shareholders' equity as last reported, $B, 0..=10000; 0 (an unlisted
    /// company without published accounts) opens the books with the traded stocks alone.
    #[serde(default)]
    pub book_assets_bn: f64,
    #[serde(default)]
    pub book_equity_bn: f64,
    /// Volatility of the share price per year, 0.05..=2.
    #[serde(default)]
    pub equity_vol: f64,
    /// Revenue outside the AI build-out that the model does not trade, $B/quarter, 0..=2000.
    pub base_revenue_q_bn: f64,
    /// Growth of that revenue per quarter, −0.2..=0.5.
    pub base_growth_q: f64,
    /// Operating margin on base revenue, −1..=1.
    pub base_margin: f64,
    /// Fixed operating costs (staff, R&D), $B/quarter, 0..=500.
    pub fixed_costs_q_bn: f64,
    /// Capital spending outside the projects the game tracks (maintenance, commitments made
    /// before the start), $B/quarter, growing with base revenue, 0..=500.
    pub base_capex_q_bn: f64,
    /// Market value (or last round's valuation), $B, 1..=100000.
    pub market_cap_bn: f64,
    /// Shares outstanding, billions, 0.001..=1000.
    pub shares_bn: f64,
    pub rating: Rating,
    /// CDS spread at the start, basis points, 0..=5000.
    pub spread_bp: f64,
    /// Remaining performance obligations (backlog), $B, 0..=5000.
    pub backlog_bn: f64,
    /// Market's expected revenue growth per year at the start, −0.5..=5.
    pub expected_growth: f64,
    /// Price-earnings multiple at neutral sentiment, 1..=200.
    pub base_multiple: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenAiParams {
    pub balance: CompanyParams,
    /// Compute online at the start through hyperscaler deals, GW, 0..=100.
    pub hyperscaler_gw: f64,
    /// Hyperscaler compute added per quarter under existing deals, GW, 0..=10.
    pub hyperscaler_gw_added_q: f64,
    /// Price of hyperscaler compute, $B per GW-year, 0..=100.
    pub hyperscaler_price_bn_per_gw_yr: f64,
    /// Revenue potential at reference prices at the start, $B/year, 0..=10000.
    pub demand_bn_yr: f64,
    /// Adoption growth per quarter at the start's quality and adoption, 0..=1; it slows as
    /// adoption nears the ceiling (Gompertz diffusion).
    pub adoption_growth_q: f64,
    /// Ceiling of adoption as a multiple of the start, 1..=1000: the median game's.
    pub adoption_ceiling: f64,
    /// Spread of each game's ceiling around it (log-normal sigma), 0..=2; 0 gives every game the
    /// same ceiling. No seat sees the draw: demand reveals it as growth slows.
    #[serde(default)]
    pub adoption_ceiling_sigma: f64,
    /// Price elasticity of demand, 0..=5.
    pub elasticity: f64,
    /// Revenue served per GW of inference at reference prices, $B/year, 0..=1000.
    pub revenue_per_inference_gw_yr: f64,
    /// Efficiency gain of compute per quarter (newer chips, better software), 0..=0.5.
    pub efficiency_gain_q: f64,
    /// Reference consumer subscription, $/month, 1..=1000.
    pub reference_subscription: f64,
    /// Share of revenue from consumers (the rest from the API), 0..=1.
    pub consumer_share: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OracleParams {
    pub balance: CompanyParams,
    /// Price other cloud customers pay for AI capacity not under OpenAI's contracts, $B per GW-year, 0..=100.
    pub cloud_price_bn_per_gw_yr: f64,
    /// Share of spare AI capacity other customers use, 0..=1.
    pub cloud_utilization: f64,
    /// Running cost of data centers besides power (staff, maintenance), $B per GW-year, 0..=50.
    pub dc_opex_bn_per_gw_yr: f64,
    /// Revolving credit line, $B, 0..=500.
    pub revolver_bn: f64,
    /// Quarters from signing a compute contract to its full delivery, 0..=20: Oracle delivers
    /// what it has built before then and is paid for it, but owes nothing it has not built.
    pub contract_lead_quarters: u32,
    /// Operating margin Oracle earns renting out AI capacity, after the chips' depreciation,
    /// 0..=1: the market values the OpenAI contracts at it once it learns it.
    pub ai_margin: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NvidiaParams {
    pub balance: CompanyParams,
    /// Gross margin on chips, 0..=1.
    pub gross_margin: f64,
    /// Chip sales to customers outside the model, $B/quarter, 0..=1000.
    pub other_sales_q_bn: f64,
    /// Growth of those sales per quarter, −0.5..=0.5.
    pub other_sales_growth_q: f64,
    /// Share of hyperscaler capex spent on Nvidia chips, 0..=1.
    pub share_of_hyperscaler_capex: f64,
    /// Vendor financing per GW of chips ordered, $B, 0..=100.
    pub vendor_bn_per_gw: f64,
    /// Share of each quarter's operating profit returned to shareholders, mostly as buybacks,
    /// 0..=1.
    #[serde(default)]
    pub payout_share: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HyperscalerParams {
    pub balance: CompanyParams,
    /// Guided capex per calendar year, $B (first entry is the start year), each 0..=5000.
    pub capex_guidance_bn: Vec<f64>,
    /// Capex in the year before the start, $B, 0..=5000. With it each year's capex ramps from
    /// quarter to quarter towards the next year's; without it a year is spent evenly.
    #[serde(default)]
    pub capex_prior_year_bn: Option<f64>,
    /// Share of capex that is US data centers in the modelled regions' markets, 0..=1.
    pub dc_share_of_capex: f64,
    /// Capex response to sentiment (fractional change per unit of sentiment), 0..=2.
    pub capex_sentiment_elasticity: f64,
    /// Capex response to a 100 bp rise in spreads (fractional cut), 0..=2.
    pub capex_spread_elasticity: f64,
    /// Share of the gap between today's sentiment and the mood their capex was committed in
    /// that closes each quarter, 0..=1 (1: capex answers today's sentiment).
    #[serde(default = "default_capex_commitment_q")]
    pub capex_commitment_q: f64,
    /// AI revenue (cloud AI, copilots) at the start, $B/quarter, 0..=1000.
    pub ai_revenue_q_bn: f64,
    /// Growth of that AI revenue per quarter, −0.5..=1.
    pub ai_revenue_growth_q: f64,
    /// Buybacks and dividends, share of operating cash flow, 0..=1.
    pub payout_share: f64,
    /// The dividends within that share, paid every quarter, 0..=payout_share; the rest is
    /// buybacks, which take only the cash above `cash_floor_bn`.
    #[serde(default)]
    pub dividend_share: f64,
    /// Cash they keep, $B, 0..=2000.
    pub cash_floor_bn: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompaniesParams {
    pub openai: OpenAiParams,
    pub oracle: OracleParams,
    pub nvidia: NvidiaParams,
    pub hyperscalers: HyperscalerParams,
}

impl CompaniesParams {
    pub fn balance(&self, id: CompanyId) -> &CompanyParams {
        match id {
            CompanyId::OpenAi => &self.openai.balance,
            CompanyId::Oracle => &self.oracle.balance,
            CompanyId::Nvidia => &self.nvidia.balance,
            CompanyId::Hyperscalers => &self.hyperscalers.balance,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UtilityParams {
    /// $B, 0..=1000.
    pub cash_bn: f64,
    /// $B, 0..=5000.
    pub debt_bn: f64,
    /// Credit spread, basis points, 0..=5000.
    pub spread_bp: f64,
    /// Cash kept before borrowing, $B, 0..=1000.
    pub cash_floor_bn: f64,
    /// Share of delivery revenue that covers operating costs at the start, 0..=1.
    pub opex_share: f64,
    /// Growth of operating costs per quarter (wages, materials), 0..=0.1.
    pub cost_growth_q: f64,
    /// Quarters from filing a rate case to new rates in force, 1..=12.
    pub rate_case_lag_q: u32,
    /// Share of the utility's capex financed with new debt, the rest from its own funds; when
    /// those fall short of its cash floor, the share of the new money raised as bonds, the rest
    /// as new shares, 0..=1.
    #[serde(default)]
    pub capex_debt_share: f64,
    /// Large loads' share of the network's cost per MWh relative to households' (they connect
    /// at transmission level), 0..=1.
    #[serde(default = "default_dc_delivery_weight")]
    pub dc_delivery_weight: f64,
    /// Share of upgrade costs large loads pay under standard tariffs, per unit of their energy
    /// share, 0..=1.
    #[serde(default = "default_dc_standard_upgrade_weight")]
    pub dc_standard_upgrade_weight: f64,
    /// Bill growth a year regulators grant rate cases in full below, 0..=0.5.
    #[serde(default = "default_tolerated_bill_growth")]
    pub tolerated_bill_growth: f64,
    /// Share of a request cut per unit of bill growth beyond the tolerated growth, 0..=50.
    #[serde(default = "default_grant_cut_per_growth")]
    pub grant_cut_per_growth: f64,
    /// Least share of a request regulators grant however fast bills grow, 0..=1.
    #[serde(default = "default_min_granted_share")]
    pub min_granted_share: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketParams {
    /// Ten-year Treasury yield at the start, 0..=0.2.
    pub risk_free: f64,
    /// Market value of the non-AI economy's stocks, $B, 0..=1000000.
    pub non_ai_cap_bn: f64,
    /// Drift of non-AI stocks per quarter, −0.1..=0.1.
    pub non_ai_growth_q: f64,
    /// Volatility of non-AI stocks per quarter, 0..=0.5.
    pub non_ai_vol_q: f64,
    /// Share of AI sentiment moves passed to non-AI stocks, 0..=1.
    pub non_ai_beta: f64,
    /// AI sentiment at the start, −1..=1.
    pub sentiment_start: f64,
    /// Sentiment kept from one quarter to the next, 0..=1.
    pub sentiment_persistence: f64,
    /// Sentiment moved by a 100% revenue surprise, 0..=5.
    pub surprise_weight: f64,
    /// Sentiment noise per quarter, 0..=1.
    pub sentiment_noise: f64,
    /// Share of last quarter's sentiment change carried as momentum, 0..=1.
    pub momentum: f64,
    /// How fast expectations adapt to realised growth, 0..=1.
    pub expectation_adaptation: f64,
    /// Multiple expansion per unit of sentiment (log), 0..=3.
    pub multiple_sentiment: f64,
    /// Multiple discount per unit of circular share when sentiment turns, 0..=5.
    pub circular_discount: f64,
    /// Spread by rating notch (18 values, AAA to D), basis points.
    pub rating_spreads_bp: Vec<f64>,
    /// Share of the leader's spread move passed to peers, 0..=1.
    pub contagion: f64,
    /// Bond market appetite for AI issuers at neutral sentiment, $B/quarter, 0..=5000.
    pub bond_appetite_q_bn: f64,
    /// Big-tech bond issuance, five-year average, $B/year (for the gauge), 0..=5000.
    pub bond_baseline_yr_bn: f64,
    /// Equity appetite: largest round as a share of valuation, 0..=1.
    pub equity_appetite: f64,
    /// Recovery rate on default, 0..=1.
    pub recovery: f64,
    /// Share of lease obligations not yet on the balance sheet that credit counts as debt
    /// until agencies reclassify them, 0..=1.
    #[serde(default = "default_lease_weight_before")]
    pub lease_weight_before: f64,
    /// Agencies count all of a tenant's known lease obligations as debt once they exceed this
    /// share of its reported debt, 0..=10.
    #[serde(default = "default_lease_reclassification_share")]
    pub lease_reclassification_share: f64,
    /// OpenAI's coverage (revenue over commitments) at which the market stops doubting it can
    /// pay, and so believes all of Oracle's backlog from it, 0.05..=5.
    #[serde(default = "default_coverage_comfort")]
    pub coverage_comfort: f64,
    /// Sentiment lost per quarter per point of OpenAI's forward coverage below one half,
    /// 0..=5.
    #[serde(default = "default_coverage_pressure")]
    pub coverage_pressure: f64,
    /// Sentiment lost per unit of log widening of the builders' spreads in a quarter, 0..=5.
    #[serde(default = "default_credit_sentiment")]
    pub credit_sentiment: f64,
    /// Sentiment a large company's default takes away, on the -1..1 scale, 0..=2.
    #[serde(default = "default_default_sentiment_hit")]
    pub default_sentiment_hit: f64,
    /// Sentiment gained per year of revenue newly booked as backlog, 0..=1.
    #[serde(default = "default_backlog_surprise_weight")]
    pub backlog_surprise_weight: f64,
    /// Belief in a speaker's upbeat statements at the start, 0..=1.
    #[serde(default = "default_credibility_start")]
    pub credibility_start: f64,
    /// Share of belief each confident statement spends, 0..=1.
    #[serde(default = "default_credibility_wear")]
    pub credibility_wear: f64,
    /// Share of belief lost when a confident statement is contradicted in full, 0..=1.
    #[serde(default = "default_credibility_contradicted_loss")]
    pub credibility_contradicted_loss: f64,
    /// Index fall in a quarter that contradicts an upbeat statement in full, 0.01..=1.
    #[serde(default = "default_credibility_full_fall_q")]
    pub credibility_full_fall_q: f64,
    /// Year-on-year rise of households' bills beyond which they hear an upbeat statement as
    /// false, 0..=1 ...
    #[serde(default = "default_credibility_bill_tolerance")]
    pub credibility_bill_tolerance: f64,
    /// ... and the rise beyond that tolerance that contradicts it in full, 0.01..=1.
    #[serde(default = "default_credibility_full_bill_rise")]
    pub credibility_full_bill_rise: f64,
    /// Share of the gap to full belief a cautious statement earns back, 0..=1.
    #[serde(default = "default_credibility_caution_build")]
    pub credibility_caution_build: f64,
    /// Share of the gap to the starting belief closed in a quiet quarter, 0..=1.
    #[serde(default = "default_credibility_quiet_drift")]
    pub credibility_quiet_drift: f64,
    /// Household wealth, $B, and the share held in stocks.
    pub household_wealth_bn: f64,
    pub household_stock_share: f64,
    /// State pension funds' assets, $B, and their share in AI names and AI debt.
    pub pension_assets_bn: f64,
    pub pension_ai_share: f64,
    /// Pensions' loss on a defaulted company's old equity, as a share of it on top of
    /// `pension_ai_share`, 0..=1.
    #[serde(default = "default_pension_default_loss_share")]
    pub pension_default_loss_share: f64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElectionKind {
    #[default]
    Midterm,
    General,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectionParams {
    pub date: Date,
    pub kind: ElectionKind,
    /// Seats (midterm) or electoral votes (general) decided outside the modelled regions, 0..=538.
    pub outside_seats: u32,
    /// Lean of those outside seats towards the governing party, −0.3..=0.3.
    pub outside_lean: f64,
    /// Seats needed to win: House majority 218, electoral college 270.
    pub needed: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoliticsParams {
    /// National approval of the White House at the start, 0..=1.
    pub approval_start: f64,
    /// Level approval drifts back to, 0..=1.
    pub approval_anchor: f64,
    /// Share of the gap to the anchor closed per quarter, 0..=1.
    pub reversion: f64,
    /// Approval points lost per 1% year-on-year rise in residential bills, 0..=2.
    pub bill_weight: f64,
    /// Approval points lost per 1% of tariff-driven inflation, 0..=5.
    pub inflation_weight: f64,
    /// Approval points gained per 1% rise of the index over a year, 0..=1.
    pub wealth_weight: f64,
    /// Approval points per 100 thousand manufacturing jobs gained, 0..=5.
    pub jobs_weight: f64,
    /// Approval points lost per 1% of households blacked out, 0..=10.
    pub blackout_weight: f64,
    /// Approval points per $100 of relief per household, 0..=10.
    pub relief_weight: f64,
    /// Approval noise per quarter, points, 0..=5.
    pub noise: f64,
    /// Vote share moved per point of approval above or below `neutral_approval`, 0..=2.
    pub vote_swing: f64,
    /// Approval at which the vote splits as in the last election, 0..=1.
    pub neutral_approval: f64,
    /// Noise on regional vote shares, 0..=0.2.
    pub vote_noise: f64,
    pub elections: Vec<ElectionParams>,
    /// Manufacturing jobs at the start, thousands, 0..=100000.
    pub jobs_start_k: f64,
    /// Long-run jobs gained per 10 points of equipment tariff, thousands, 0..=1000.
    pub jobs_per_equipment_tariff_k: f64,
    /// Long-run jobs gained per 10 points of chip tariff, thousands, 0..=1000.
    pub jobs_per_chip_tariff_k: f64,
    /// Jobs per $B of subsidies per quarter, thousands, 0..=100.
    pub jobs_per_subsidy_bn_k: f64,
    /// Share of the gap to long-run jobs closed per quarter, 0..=1.
    pub jobs_adjustment: f64,
    /// Tariff share passed into consumer prices (per point of tariff on imports), 0..=1.
    pub tariff_passthrough: f64,
    /// Imports subject to the tariffs, share of consumption, 0..=1.
    pub tariffed_import_share: f64,
    /// Imports the chip tariff falls on before it, $B a year, 0..=5000.
    pub chip_imports_bn_per_year: f64,
    /// Imports the equipment tariff falls on before it, $B a year, 0..=5000.
    pub equipment_imports_bn_per_year: f64,
    /// Import volume falls as (1 + tariff)^-elasticity, 0..=10.
    pub import_elasticity: f64,
    /// Share of the tariffed imports bought by data-center builders (the exemption's reach),
    /// 0..=1.
    pub exempt_import_share: f64,
    /// Jobs lost downstream (dearer inputs) per job gained in the protected industries, 0..=10.
    pub downstream_jobs_ratio: f64,
    /// Export jobs lost to retaliation per job gained in the protected industries, 0..=10.
    pub retaliation_jobs_ratio: f64,
    /// Chance per quarter per unit of the highest tariff that trading partners retaliate, 0..=1.
    pub retaliation_chance_per_rate: f64,
    /// Share of the non-AI market's value lost per unit of tariff while retaliation lasts,
    /// 0..=0.5.
    pub retaliation_value_per_rate: f64,
    /// US corporate profits, $B a year: what the tariff on business inputs is set against,
    /// 1..=100000.
    pub corporate_profits_bn_per_year: f64,
    /// US GDP, $B a year, 1..=1000000.
    pub gdp_bn_per_year: f64,
    /// Treasury yield rise per percentage point of GDP of deficit over the last year, bp,
    /// 0..=100.
    pub yield_bp_per_deficit_point: f64,
    /// Budget cost of a new loan guarantee when issued (credit-reform subsidy rate), 0..=1.
    pub guarantee_subsidy_rate: f64,
    /// Cut in OpenAI's and Oracle's coupon at full federal loan guarantees, bp, 0..=500.
    #[serde(default = "default_loan_guarantee_cut_bp")]
    pub loan_guarantee_cut_bp: f64,
    /// Loan guarantees outstanding at which the coupon cut is full, $B, 1..=1000.
    #[serde(default = "default_loan_guarantee_full_bn")]
    pub loan_guarantee_full_bn: f64,
    /// Share of the non-AI market's value lost per percentage point of Treasury yields the
    /// deficit adds, 0..=0.5.
    #[serde(default)]
    pub equity_loss_per_yield_point: f64,
    /// Share of the gap between relief paid and relief households have come to count on that
    /// closes each quarter, 0..=1: relief lifts approval as a rise in income, not as a level.
    #[serde(default)]
    pub relief_habit_q: f64,
    /// Share of the White House's subsidies paid to Oracle, 0..=1; the big four get what the
    /// manufacturers and Oracle do not.
    #[serde(default = "default_subsidy_oracle_share")]
    pub subsidy_oracle_share: f64,
    /// Share of the subsidies paid to manufacturers of transformers and turbines, 0..=1: it
    /// adds their capacity and funds manufacturing jobs for good.
    #[serde(default = "default_subsidy_manufacturing_share")]
    pub subsidy_manufacturing_share: f64,
    /// Approval points lost per percentage point of GDP of deficit over the last year, 0..=10.
    pub deficit_weight: f64,
    /// Approval points a White House statement moves: a confident one times its credibility,
    /// a cautious one down by the whole, 0..=5.
    #[serde(default = "default_statement_points")]
    pub statement_points: f64,
    /// Share of the gap between tariff inflation and the prices households see closed per
    /// quarter, 0..=1.
    pub inflation_pass_q: f64,
    /// Points of inflation a year's deficit adds per point of GDP, as its spending meets an
    /// economy at full employment, 0..=2.
    #[serde(default = "default_inflation_per_deficit_point")]
    pub inflation_per_deficit_point: f64,
    /// Chance per quarter that a divided Congress passes a federal cost-allocation rule, 0..=1.
    pub congress_rule_chance: f64,
    /// The large-load share that rule imposes, 0..=1.
    pub congress_rule_share: f64,
}

impl PoliticsParams {
    /// Long-run manufacturing jobs, thousands, that `subsidy_bn` of subsidy funds: the
    /// factories' part of it at `jobs_per_subsidy_bn_k`.
    pub fn grant_jobs_k(&self, subsidy_bn: f64) -> f64 {
        self.jobs_per_subsidy_bn_k * subsidy_bn * self.subsidy_manufacturing_share
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodParams {
    /// Share imported, 0..=1.
    pub import_share: f64,
    /// Lead time with no backlog, quarters, 0..=40.
    pub base_lead_q: f64,
    /// Deliveries per quarter, in GW of capacity served, 0.001..=1000.
    pub capacity_q: f64,
    /// Capacity growth per quarter, 0..=0.5.
    pub capacity_growth_q: f64,
    /// Orders waiting at the start, GW, 0..=10000.
    pub backlog: f64,
    /// Extra quarters of lead time per unit of effective tariff, 0..=40.
    pub tariff_lead_q: f64,
    /// Price premium per quarter of backlog beyond one, 0..=1.
    pub scarcity_premium: f64,
    /// Domestic capacity added per ten points of effective tariff per quarter (share), 0..=0.1.
    pub domestic_response: f64,
    /// Share of a supply shock's price premium left after a quarter, 0..=1.
    #[serde(default = "default_shock_price_persistence")]
    pub shock_price_persistence: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupplyParams {
    pub gpu: GoodParams,
    pub memory: GoodParams,
    pub transformer: GoodParams,
    pub turbine: GoodParams,
}

impl SupplyParams {
    pub fn get(&self, good: Good) -> &GoodParams {
        match good {
            Good::Gpu => &self.gpu,
            Good::Memory => &self.memory,
            Good::Transformer => &self.transformer,
            Good::Turbine => &self.turbine,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objectives {
    /// OpenAI: compute online at the end, GW, 0..=1000.
    pub openai_compute_gw: f64,
    /// OpenAI: annualised revenue at the end, $B/year, 0..=10000.
    pub openai_revenue_bn_yr: f64,
    /// OpenAI: compute secured (online, on order or contracted past the end), GW, 0..=1000.
    #[serde(default = "default_openai_secured_gw")]
    pub openai_secured_gw: f64,
    /// Oracle: share price at the end as a multiple of the start, 0..=10.
    pub oracle_price_multiple: f64,
    /// Utility: national residential price cap at the end, cents/kWh, 1..=200.
    pub utility_rate_cap_cents: f64,
    /// Utility: most households blacked out over the game, share, 0..=1.
    pub utility_blackout_share: f64,
    /// White House: approval needed at each election, 0..=1.
    pub whitehouse_approval: f64,
    /// White House: index at the end as a multiple of the start, 0..=10.
    pub whitehouse_index_multiple: f64,
    /// White House: manufacturing jobs gained by the end, thousands, −10000..=10000.
    pub whitehouse_jobs_k: f64,
    /// Oracle: data-center capacity online at the end, GW, 0..=1000.
    #[serde(default = "default_oracle_online_gw")]
    pub oracle_online_gw: f64,
    /// White House: most deficit its programmes may run over the last year, % of GDP, 0..=100.
    #[serde(default = "default_whitehouse_deficit_gdp_points")]
    pub whitehouse_deficit_gdp_points: f64,
    /// OpenAI: five-year default probability at which its default-risk part earns full points,
    /// 0..=1 ...
    #[serde(default = "default_openai_default_prob_full")]
    pub openai_default_prob_full: f64,
    /// ... and none, and the part is no longer met, 0..=1 (above the full-points one).
    #[serde(default = "default_openai_default_prob_none")]
    pub openai_default_prob_none: f64,
    /// OpenAI: quarters of burn it must hold in cash for its runway part to be met, 0..=20.
    #[serde(default = "default_openai_runway_q")]
    pub openai_runway_q: f64,
    /// Utility: shortfall of the thinnest reserve margin below its target at which adequacy
    /// earns no points, 0.01..=1.
    #[serde(default = "default_utility_reserve_gap_none")]
    pub utility_reserve_gap_none: f64,
}

/// Scenarios written before Oracle's objective counted growth.
fn default_oracle_online_gw() -> f64 {
    3.0
}

/// Scenarios written before the White House's objective counted the budget.
fn default_whitehouse_deficit_gdp_points() -> f64 {
    1.0
}

/// Scenarios written before fast-track cleared the interconnection queue.
fn default_fast_track_queue_exit_q() -> f64 {
    0.1
}

/// Scenarios written before the data centers' share of fast-track was a parameter: the value
/// the engine had.
fn default_dc_fast_track_share() -> f64 {
    0.5
}

/// Scenarios written before the regulators' terms were parameters: the engine's values.
fn default_tolerated_bill_growth() -> f64 {
    0.04
}

fn default_grant_cut_per_growth() -> f64 {
    4.0
}

fn default_min_granted_share() -> f64 {
    0.25
}

/// Scenarios written before the loan guarantees' terms were parameters: the engine's values.
fn default_loan_guarantee_cut_bp() -> f64 {
    40.0
}

fn default_loan_guarantee_full_bn() -> f64 {
    50.0
}

fn default_siting_reference_per_mwh() -> f64 {
    80.0
}

/// Scenarios written before the secured-compute objective: OpenAI's ~30 GW plan (Nov 2025).
fn default_openai_secured_gw() -> f64 {
    30.0
}

/// A quantity events can test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Planning reserve margin of a region (or the thinnest when no region is named).
    ReserveMargin,
    /// Average energy price, $/MWh.
    EnergyPrice,
    /// Data-center load as a share of the region's load.
    DcShare,
    /// AI sentiment, −1..1.
    Sentiment,
    /// AI revenue over annual commitments.
    Coverage,
    /// Index drawdown from its peak, 0..1.
    IndexDrawdown,
    /// Oracle's CDS spread, bp.
    OracleSpread,
    /// OpenAI's chip orders outstanding, GW.
    ChipBacklog,
    /// Share of upgrade costs charged to large loads in a region (or the average).
    LargeLoadShare,
    /// Year-on-year change of the residential bill (national or regional).
    BillGrowth,
    /// White House approval.
    Approval,
    /// Turns played so far.
    Turn,
    /// Circular share of Nvidia's revenue.
    CircularShare,
    /// Inflation households feel from tariffs and deficits, a share a year (0.01 is a point).
    Inflation,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub metric: Metric,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub above: Option<f64>,
    #[serde(default)]
    pub below: Option<f64>,
}

/// What an event does. Magnitudes are documented per variant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Effect {
    /// Load in a region (or all) rises by `pct` for a week of this quarter (a heat wave or a
    /// cold snap; `grid::dispatch`'s spell).
    LoadShock {
        #[serde(default)]
        region: Option<String>,
        pct: f64,
    },
    /// Part of a region's (or every region's) dispatchable fleet frozen out on the coldest days
    /// of this quarter's storm week, beyond what the cold alone takes (`grid::dispatch`'s cold
    /// outages): gas wells and plants trip with a sudden freeze. Share of the fleet, 0..=0.5.
    Freeze {
        #[serde(default)]
        region: Option<String>,
        share: f64,
    },
    /// A transformer or line fault in a region this quarter (replaces the region's base draw).
    Fault { region: String },
    /// Households lose power in a region: thousands of households, hours.
    Blackout {
        region: String,
        households_k: f64,
        hours: f64,
    },
    /// AI sentiment moves by `delta`.
    Sentiment { delta: f64 },
    /// AI adoption falls or rises by `pct`; price elasticity rises by `elasticity`.
    Adoption {
        pct: f64,
        #[serde(default)]
        elasticity: f64,
    },
    /// The risk-free rate moves by `bp`.
    Rates { bp: f64 },
    /// A company's spread widens by `bp` (peers follow by the contagion share).
    Spread { company: CompanyId, bp: f64 },
    /// Off-balance-sheet obligations of a company become public.
    Audit { company: CompanyId },
    /// A good's price rises by `pct` and its lead time by `quarters`.
    Supply { good: Good, pct: f64, quarters: f64 },
    /// Gas prices move by `pct` everywhere.
    GasPrice { pct: f64 },
    /// White House approval moves by `points`.
    Approval { points: f64 },
    /// Lobbying caps the large-load share of upgrade costs any region can set for `quarters`.
    Lobbying { max_share: f64, quarters: u32 },
    /// A company's market value moves by `pct`.
    MarketValue { company: CompanyId, pct: f64 },
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventCard {
    pub id: String,
    pub headline: String,
    /// Two sentences for the news feed.
    pub explanation: String,
    /// Chance per quarter once the conditions hold, 0..=1.
    pub probability: f64,
    /// At most once per game.
    #[serde(default)]
    pub once: bool,
    #[serde(default)]
    pub earliest: Option<Date>,
    #[serde(default)]
    pub latest: Option<Date>,
    #[serde(default)]
    pub conditions: Vec<Condition>,
    /// Quarters of the year (1..=4) the card can fire in; empty for any.
    #[serde(default)]
    pub seasons: Vec<u8>,
    /// Cards of one group are alternatives, such as the Fed's decisions: at most one of them
    /// fires in a quarter, the first drawn in the deck's order.
    #[serde(default)]
    pub group: Option<String>,
    pub effects: Vec<Effect>,
}

/// Scenario files written before `capex_commitment_q` existed keep the base scenario's value.
fn default_capex_commitment_q() -> f64 {
    0.25
}

/// Scenario files written before `lease_weight_before` existed keep the value the engine had.
fn default_lease_weight_before() -> f64 {
    0.5
}

/// Scenario files written before the subsidy split was a parameter keep the engine's split.
fn default_subsidy_oracle_share() -> f64 {
    0.4
}

fn default_subsidy_manufacturing_share() -> f64 {
    0.3
}

/// Scenario files written before the market's worries were parameters keep the engine's values.
fn default_coverage_comfort() -> f64 {
    0.6
}

fn default_coverage_pressure() -> f64 {
    0.45
}

fn default_inflation_per_deficit_point() -> f64 {
    0.2
}

fn default_credit_sentiment() -> f64 {
    0.3
}

fn default_backlog_surprise_weight() -> f64 {
    0.025
}

/// Scenario files written before statements' credibility was a parameter keep the engine's
/// values.
fn default_credibility_start() -> f64 {
    0.8
}

fn default_credibility_wear() -> f64 {
    0.1
}

fn default_credibility_contradicted_loss() -> f64 {
    0.5
}

fn default_credibility_full_fall_q() -> f64 {
    0.10
}

fn default_credibility_bill_tolerance() -> f64 {
    0.03
}

fn default_credibility_full_bill_rise() -> f64 {
    0.10
}

fn default_credibility_caution_build() -> f64 {
    0.15
}

fn default_credibility_quiet_drift() -> f64 {
    0.05
}

fn default_statement_points() -> f64 {
    0.3
}

/// Scenario files written before the grid's market rules and large loads' standard cost
/// shares were parameters keep the engine's values.
fn default_demand_response_strike() -> f64 {
    300.0
}

fn default_congestion_onset() -> f64 {
    0.8
}

fn default_congestion_slope() -> f64 {
    1.0
}

/// Scenarios written before the planners' weather margin was a parameter: the engine's value.
fn default_planning_weather_sigmas() -> f64 {
    1.5
}

/// Scenarios written before the approved load planners count was a parameter: the engine's
/// value.
fn default_approved_dc_counted() -> f64 {
    0.7
}

/// Scenarios written before cold-weather outages were modelled keep none (each region's slope
/// defaults to nought); the onset is the base scenario's.
fn default_cold_outage_onset_sigmas() -> f64 {
    2.0
}

/// Scenarios written before a supply shock's fade was a parameter: the engine's value.
fn default_shock_price_persistence() -> f64 {
    0.6
}

/// Scenarios written before the pensions' share of a default's loss was a parameter: the
/// engine's value.
fn default_pension_default_loss_share() -> f64 {
    0.1
}

/// Scenarios written before a default's blow to sentiment was a parameter: the engine's value.
fn default_default_sentiment_hit() -> f64 {
    0.4
}

fn default_dc_delivery_weight() -> f64 {
    0.4
}

fn default_dc_standard_upgrade_weight() -> f64 {
    0.2
}

/// Scenario files written before the lease reclassification threshold and these score
/// thresholds were parameters keep the engine's values.
fn default_lease_reclassification_share() -> f64 {
    1.0
}

fn default_openai_default_prob_full() -> f64 {
    0.02
}

fn default_openai_default_prob_none() -> f64 {
    0.45
}

fn default_openai_runway_q() -> f64 {
    1.0
}

fn default_utility_reserve_gap_none() -> f64 {
    0.10
}
