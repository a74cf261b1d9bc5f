//! What a quarter did: the engine's account of the turn, read by screens, sound, saves and the
//! debrief. Text is carried as message keys with arguments so every language renders it.

use super::finance::books::{Accrual, Statements};
use super::ids::{CompanyId, Date, Seat, TechArray};
use super::ledger::Transfer;
use super::params::Rating;
use serde::{Deserialize, Serialize};

/// A message argument.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Num(f64),
    Text(String),
}

/// A localisable message: a key in assets/i18n, its arguments, and an English fallback for keys
/// that only a scenario file knows (event cards).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
}

impl Msg {
    /// A numeric argument by name.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Num(v) if n == name => Some(*v),
            _ => None,
        })
    }

    /// A text argument by name.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Text(v) if n == name => Some(v.as_str()),
            _ => None,
        })
    }

    pub fn new(key: impl Into<String>) -> Msg {
        Msg {
            key: key.into(),
            args: Vec::new(),
            fallback: None,
        }
    }

    pub fn num(mut self, name: &str, value: f64) -> Msg {
        self.args.push((name.to_string(), Arg::Num(value)));
        self
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Msg {
        self.args.push((name.to_string(), Arg::Text(value.into())));
        self
    }

    pub fn fallback(mut self, text: impl Into<String>) -> Msg {
        self.fallback = Some(text.into());
        self
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Supply,
    Grid,
    Retail,
    Finance,
    Politics,
    Events,
    Orders,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Notice,
    Alert,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct News {
    pub topic: Topic,
    pub severity: Severity,
    /// The seat this item is private to; public when None.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_to: Option<Seat>,
    pub msg: Msg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultOutcome {
    /// Frequency moved and recovered; no customer lost power.
    Absorbed,
    /// Under-frequency relays shed blocks of customers to stop the fall.
    LoadShed,
    /// Frequency fell past the last stage of load shedding: a wide-area collapse.
    Cascade,
}

/// One fault near a data-center cluster and what the grid did with the load that dropped off.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FaultReport {
    pub outcome: FaultOutcome,
    /// Data-center load that dropped off at once (no ride-through), MW.
    pub lost_mw: f64,
    /// A large-load loss event: the loss reached the region's threshold (about 1,000 MW).
    pub loss_event: bool,
    /// Sudden loss the region holds without generators tripping, MW.
    pub tolerable_mw: f64,
    /// Frequency response at the time, MW per 0.1 Hz.
    pub response_mw: f64,
    /// Highest frequency as the surplus hit, Hz.
    pub peak_hz: f64,
    /// Lowest frequency after generators tripped on over-frequency, Hz (60 if none did).
    pub nadir_hz: f64,
    /// Generation that tripped on over-frequency, MW.
    pub tripped_mw: f64,
    /// Load shed by under-frequency relays, MW.
    pub shed_mw: f64,
    pub households_k: f64,
    pub hours: f64,
    pub unserved_mwh: f64,
    /// Data-center load kept running on on-site turbines while households were dark, MW.
    pub dc_on_own_power_mw: f64,
}

/// Residential price broken down by what it pays for, cents/kWh.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RateBreakdown {
    pub energy: f64,
    pub capacity: f64,
    pub delivery: f64,
    pub upgrades: f64,
    pub fixed: f64,
}

/// The parts of a reserve margin, MW: margin = (plants + other firm) / (households + data
/// centers) − 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReserveFactors {
    /// Power plants at their capacity credits.
    pub plants_mw: f64,
    /// Firm imports and demand response.
    pub other_firm_mw: f64,
    /// Households' and businesses' planning peak.
    pub household_peak_mw: f64,
    /// Data centers' draw.
    pub dc_peak_mw: f64,
}

impl ReserveFactors {
    /// The four parts in a fixed order: plants, other firm, household peak, data centers.
    pub fn parts(&self) -> [f64; 4] {
        [
            self.plants_mw,
            self.other_firm_mw,
            self.household_peak_mw,
            self.dc_peak_mw,
        ]
    }

    /// The margin these parts give, as `plan_capacity` computes it.
    pub fn margin(parts: [f64; 4]) -> f64 {
        (parts[0] + parts[1]) / (parts[2] + parts[3]).max(1.0) - 1.0
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RegionReport {
    pub id: String,
    pub energy_price: f64,
    /// The gas price the quarter's plants burned, $/MMBtu: the scenario's, or where a card
    /// moved it this quarter.
    #[serde(default)]
    pub gas_price: f64,
    /// Part of the energy price due to congestion around data-center clusters, $/MWh.
    pub congestion: f64,
    pub peak_price: f64,
    pub capacity_price: f64,
    pub reserve_margin: f64,
    /// What the reserve margin is made of, so its change can be split by mechanism.
    #[serde(default)]
    pub reserve_factors: ReserveFactors,
    pub peak_load_mw: f64,
    pub demand_mwh: f64,
    pub served_mwh: f64,
    /// Short of supply in the hourly dispatch, MWh.
    pub unserved_mwh: f64,
    /// Rolling outages when supply ran short: the largest share of households' and businesses'
    /// load shed in one hour (data centers are served first, as the dispatch clears them).
    #[serde(default)]
    pub shed_peak_share: f64,
    /// Hours of the whole of that load shed: each hour's shed share, summed over the quarter.
    #[serde(default)]
    pub shed_share_hours: f64,
    /// Most of the dispatchable fleet the cold forced out on one day (frozen gas supply and
    /// plants), MW.
    #[serde(default)]
    pub cold_outage_mw: f64,
    /// Lost to outages from large-load trips, MWh (outside the dispatch balance).
    pub outage_mwh: f64,
    pub imports_mwh: f64,
    /// Net energy received over links from other regions of the scenario, MWh.
    pub transfers_in_mwh: f64,
    pub curtailed_mwh: f64,
    pub generation_mwh: TechArray,
    pub emissions_mt: f64,
    pub dc_load_mw: f64,
    pub dc_connected_mw: f64,
    pub dc_waiting_mw: f64,
    /// Of the waiting data centers, approved ones held back because they lack ride-through and
    /// one fault near them could trip more than the grid can lose, MW.
    #[serde(default)]
    pub dc_held_for_ride_through_mw: f64,
    pub queue_mw: f64,
    pub hosting_capacity_mw: f64,
    pub ride_through_share: f64,
    /// Faults near data-center clusters this quarter, each with its loss and outcome.
    pub faults: Vec<FaultReport>,
    /// Faults whose loss reached the large-load loss event threshold.
    #[serde(default)]
    pub loss_events: u32,
    /// Data-center load that dropped off in all faults, MW.
    #[serde(default)]
    pub mw_lost: f64,
    pub residential_cents: f64,
    pub bill_month: f64,
    /// The bill's change on the quarter before and on the same quarter a year earlier.
    #[serde(default)]
    pub bill_change_q: Option<f64>,
    #[serde(default)]
    pub bill_change_y: Option<f64>,
    pub arrears_share: f64,
    /// Arrears of each income group (the order of the region's `income_groups()`).
    #[serde(default)]
    pub group_arrears: Vec<f64>,
    pub large_load_price: f64,
    pub rate: RateBreakdown,
    pub all_in_wholesale: f64,
    pub approval: f64,
    /// Energy price at the data centers' node: the regional price plus congestion, weighted by
    /// their draw, $/MWh.
    #[serde(default)]
    pub zone_price: f64,
    /// Hours in which the price reached the demand-response strike.
    #[serde(default)]
    pub scarcity_hours: u32,
    /// Data-center load curtailed under demand response, MWh, and what the utility paid for
    /// it (energy at the hour's price plus, where a capacity market runs, capacity), $B.
    #[serde(default)]
    pub dr_curtailed_mwh: f64,
    #[serde(default)]
    pub dr_payment_bn: f64,
    /// Merchant plants started this quarter, MW per technology.
    #[serde(default)]
    pub merchant_started_mw: TechArray,
}

/// Unserved energy above which a quarter had rolling outages, MWh. Not a model parameter: a
/// megawatt-hour, so rounding dust in the dispatch is no outage.
const ROLLING_OUTAGE_MIN_MWH: f64 = 1.0;

impl RegionReport {
    /// Blackouts this quarter: each fault the grid could not absorb (load shed or a cascade),
    /// and rolling outages, counted once, when supply fell short: the dashboard and every
    /// report count them here, the same events the scores' records count with their households.
    pub fn blackouts(&self) -> u32 {
        self.faults
            .iter()
            .filter(|f| f.outcome != FaultOutcome::Absorbed)
            .count() as u32
            + u32::from(self.had_rolling_outages())
    }

    /// Whether supply ran short enough for rolling outages (more than a megawatt-hour unserved).
    pub fn had_rolling_outages(&self) -> bool {
        self.unserved_mwh > ROLLING_OUTAGE_MIN_MWH
    }

    /// Households in the dark at the worst hour of rolling outages, thousands, of a region of
    /// `households_k` thousand households. Rotation spreads the outage over more homes for
    /// shorter spells; the count at one time is what outage reports give (ERCOT, Feb 2021).
    pub fn shed_households_k(&self, households_k: f64) -> f64 {
        if self.had_rolling_outages() {
            self.shed_peak_share * households_k
        } else {
            0.0
        }
    }

    /// Household-hours lost to rolling outages, millions, of `households_k` thousand households:
    /// counted on the same quarters as the households in the dark.
    pub fn shed_household_hours_m(&self, households_k: f64) -> f64 {
        if self.had_rolling_outages() {
            self.shed_share_hours * households_k / 1000.0
        } else {
            0.0
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompanyReport {
    pub id: CompanyId,
    pub revenue_bn: f64,
    pub operating_cash_bn: f64,
    pub capex_bn: f64,
    pub free_cash_flow_bn: f64,
    pub cash_bn: f64,
    pub debt_bn: f64,
    /// Known to the market.
    pub off_balance_known_bn: f64,
    /// The whole truth: private to the company's seat until revealed.
    pub off_balance_bn: f64,
    pub market_cap_bn: f64,
    pub share_price: f64,
    /// The share price's high within the quarter, $ (0 in saves from before it was kept).
    #[serde(default)]
    pub share_price_high: f64,
    pub rating: Rating,
    pub spread_bp: f64,
    pub cds_activity: f64,
    pub backlog_bn: f64,
    pub bonds_issued_bn: f64,
    pub insolvent: bool,
    /// Five-year default probability from the structural model.
    #[serde(default)]
    pub default_prob_5y: f64,
    /// Market value of the company's assets, $B.
    #[serde(default)]
    pub asset_value_bn: f64,
    /// Debt as rating agencies count it (leases, vendor loans, compute commitments), $B.
    #[serde(default)]
    pub adjusted_debt_bn: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MarketReport {
    pub index: f64,
    pub sentiment: f64,
    pub risk_free: f64,
    pub bubble_gauge: f64,
    pub coverage: f64,
    pub circular_share: f64,
    pub ai_revenue_bn_yr: f64,
    pub openai_revenue_bn: f64,
    /// What OpenAI has agreed to pay a year for compute, leases and chips, $B.
    #[serde(default)]
    pub openai_commitments_bn_yr: f64,
    pub openai_compute_gw: f64,
    pub bonds_issued_bn: f64,
    pub hyperscaler_capex_bn: f64,
    pub household_stocks_bn: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ElectionReport {
    pub kind: super::params::ElectionKind,
    pub seats_won: u32,
    pub seats_total: u32,
    pub needed: u32,
    pub won: bool,
    /// Governing party's vote share per region.
    pub region_shares: Vec<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PoliticsReport {
    pub approval: f64,
    pub approval_change: f64,
    pub jobs_k: f64,
    pub tariff_inflation: f64,
    /// Inflation the programmes' deficits added to this quarter's prices, as a share (0.003 =
    /// 0.3 points); the books' end-of-quarter figure is what the next quarter's will carry.
    #[serde(default)]
    pub fiscal_inflation: f64,
    /// Inflation households feel, tariffs' and deficits' together, reaching them over months.
    #[serde(default)]
    pub inflation_felt: f64,
    /// The programmes' cost since the start, $B.
    pub budget_cost_bn: f64,
    /// Tariff revenue since the start, $B.
    pub tariff_revenue_bn: f64,
    pub election: Option<ElectionReport>,
    pub divided: bool,
    /// This quarter's programme budget: cost, tariff revenue, guarantee calls, deficit.
    #[serde(default)]
    pub budget: super::state::BudgetQuarter,
    /// The programmes' debt since the start, $B.
    #[serde(default)]
    pub debt_bn: f64,
    /// Treasury yields raised by the programmes' deficits, bp.
    #[serde(default)]
    pub yield_premium_bp: f64,
    /// Trading partners retaliate against US exports.
    #[serde(default)]
    pub retaliation: bool,
    #[serde(default)]
    pub tariff_jobs: super::state::TariffJobs,
    /// Where approval was heading this quarter and what set it, national; saves from before
    /// it was reported have none.
    #[serde(default)]
    pub approval_pull: Option<ApprovalPull>,
}

/// The level approval heads towards and its parts, in points of approval (45.0 = 45%):
/// approval closes a share of the gap to it each quarter, before blackouts, statements, events
/// and noise move it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApprovalPull {
    /// Where approval settles when nothing else moves it.
    pub anchor: f64,
    /// Household bills against a year earlier.
    pub bills: f64,
    /// Inflation households feel (tariffs', deficits').
    pub prices: f64,
    /// Stock wealth: the index against a year earlier.
    pub wealth: f64,
    /// Manufacturing jobs gained or lost since the start.
    pub jobs: f64,
    /// Relief beyond what households have come to expect.
    pub relief: f64,
    /// The programmes' deficit.
    pub deficit: f64,
}

impl ApprovalPull {
    /// The level approval heads towards, points.
    pub fn target(&self) -> f64 {
        self.anchor
            + self.bills
            + self.prices
            + self.wealth
            + self.jobs
            + self.relief
            + self.deficit
    }

    /// The parts weighted by `weight` and added to these (a national average of regions).
    pub fn add_weighted(&mut self, other: &Self, weight: f64) {
        self.anchor += weight * other.anchor;
        self.bills += weight * other.bills;
        self.prices += weight * other.prices;
        self.wealth += weight * other.wealth;
        self.jobs += weight * other.jobs;
        self.relief += weight * other.relief;
        self.deficit += weight * other.deficit;
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoodReport {
    pub lead_q: f64,
    pub price_index: f64,
    pub backlog: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupplyReport {
    pub goods: Vec<GoodReport>,
    /// Capacity that came online this quarter, MW, by what it is.
    pub dc_completed_mw: f64,
    pub generation_completed_mw: f64,
    pub transmission_completed_bn: f64,
    pub chips_delivered_gw: f64,
    /// Plants retired this quarter, and scheduled retirements deferred because margins pay for
    /// keeping the units open, MW.
    #[serde(default)]
    pub retired_mw: f64,
    #[serde(default)]
    pub retirement_deferred_mw: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventReport {
    pub id: String,
    pub headline: Msg,
    pub explanation: Msg,
    /// Injected by a facilitator rather than drawn from the deck.
    pub injected: bool,
}

/// One line of a score's breakdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScorePart {
    /// Message key of the part's name (e.g. `score-compute`).
    pub key: String,
    pub value: f64,
    pub target: f64,
    pub points: f64,
    pub max_points: f64,
    /// Whether this part's target is met now.
    pub met: bool,
    /// Whether more is better (at least the target) or less (at most).
    #[serde(default)]
    pub direction: Direction,
    /// Where the part counts as met (✓) when that differs from the target of full points: a
    /// part can be met before it earns every point (e.g. compute secured: met at the compute
    /// target, full points at OpenAI's whole plan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<f64>,
    /// What the value is: a plain figure, or a share shown as a percentage.
    #[serde(default, skip_serializing_if = "PartUnit::is_figure")]
    pub unit: PartUnit,
}

/// How a score part's value reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartUnit {
    /// A figure in the unit its name gives (GW, $B, quarters, ¢/kWh...).
    #[default]
    Figure,
    /// A share or ratio (0.012), read as a percentage (1.2%).
    Share,
}

impl PartUnit {
    fn is_figure(&self) -> bool {
        *self == PartUnit::Figure
    }
}

/// Which way a score part's value should go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    AtLeast,
    AtMost,
}

impl ScorePart {
    /// Less is better: the target is a ceiling.
    pub fn at_most(mut self) -> Self {
        self.direction = Direction::AtMost;
        self
    }

    /// Met (✓) at `pass`, with full points at the target.
    pub fn met_at(mut self, pass: f64) -> Self {
        self.pass = Some(pass);
        self
    }

    /// The value is a share, read as a percentage.
    pub fn as_share(mut self) -> Self {
        self.unit = PartUnit::Share;
        self
    }

    /// The value at which the part counts as met.
    pub fn pass_value(&self) -> f64 {
        self.pass.unwrap_or(self.target)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeatScore {
    pub seat: Seat,
    /// 0..=100.
    pub score: f64,
    pub change: f64,
    /// The seat's objective would be met if the game ended now.
    pub objective_met: bool,
    pub parts: Vec<ScorePart>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WelfareScore {
    pub score: f64,
    pub change: f64,
    pub parts: Vec<ScorePart>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreReport {
    pub seats: Vec<SeatScore>,
    pub public_welfare: WelfareScore,
}

impl ScoreReport {
    pub fn seat(&self, seat: Seat) -> Option<&SeatScore> {
        self.seats.iter().find(|s| s.seat == seat)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TurnReport {
    pub turn: u32,
    pub date: Date,
    pub regions: Vec<RegionReport>,
    pub companies: Vec<CompanyReport>,
    pub market: MarketReport,
    pub politics: PoliticsReport,
    pub supply: SupplyReport,
    pub events: Vec<EventReport>,
    pub news: Vec<News>,
    pub scores: ScoreReport,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<Transfer>,
    /// Entries that moved no cash (depreciation, leases signed, write-offs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accruals: Vec<Accrual>,
    /// Each company's, the utility's and each SPV's income statement, cash flows and balance
    /// sheet for the quarter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statements>,
}

impl TurnReport {
    pub fn say(&mut self, topic: Topic, severity: Severity, msg: Msg) {
        self.news.push(News {
            topic,
            severity,
            private_to: None,
            msg,
        });
    }

    pub fn tell(&mut self, seat: Seat, topic: Topic, severity: Severity, msg: Msg) {
        self.news.push(News {
            topic,
            severity,
            private_to: Some(seat),
            msg,
        });
    }

    pub fn company(&self, id: CompanyId) -> Option<&CompanyReport> {
        self.companies.iter().find(|c| c.id == id)
    }

    /// The quarter's statements of a company, the utility or an SPV.
    pub fn statements(&self, entity: super::ledger::Account) -> Option<&Statements> {
        self.statements.iter().find(|s| s.entity == entity)
    }

    /// Posts an entry that moves no cash.
    pub fn accrue(
        &mut self,
        entity: super::ledger::Account,
        kind: super::finance::books::AccrualKind,
        amount_bn: f64,
    ) {
        if amount_bn.is_finite() && amount_bn > 0.0 {
            self.accruals.push(Accrual {
                entity,
                kind,
                amount_bn,
            });
        }
    }

    /// Large-load loss events across regions.
    pub fn loss_events(&self) -> u32 {
        self.regions.iter().map(|r| r.loss_events).sum()
    }

    pub fn blackouts(&self) -> u32 {
        self.regions.iter().map(RegionReport::blackouts).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::{ApprovalPull, PoliticsReport, RegionReport};

    #[test]
    fn outage_hours_and_households_dark_count_on_the_same_quarters() {
        let mut r = RegionReport {
            unserved_mwh: 0.5,
            shed_peak_share: 0.01,
            shed_share_hours: 0.02,
            ..Default::default()
        };
        // Under a megawatt-hour is rounding in the dispatch, not an outage: neither counts.
        assert_eq!(r.shed_households_k(1000.0), 0.0);
        assert_eq!(r.shed_household_hours_m(1000.0), 0.0);
        r.unserved_mwh = 5.0;
        assert!((r.shed_households_k(1000.0) - 10.0).abs() < 1e-12);
        assert!((r.shed_household_hours_m(1000.0) - 0.02).abs() < 1e-12);
    }

    #[test]
    fn reports_saved_before_the_pull_have_none_and_a_reported_pull_reads_back() {
        let mut politics = PoliticsReport::default();
        let mut old = serde_json::to_value(&politics).unwrap();
        old.as_object_mut().unwrap().remove("approval_pull");
        let read: PoliticsReport = serde_json::from_value(old).unwrap();
        assert_eq!(read.approval_pull, None);
        politics.approval_pull = Some(ApprovalPull {
            anchor: 44.0,
            bills: -1.0,
            ..Default::default()
        });
        let json = serde_json::to_string(&politics).unwrap();
        let back: PoliticsReport = serde_json::from_str(&json).unwrap();
        assert_eq!(back.approval_pull.map(|p| p.target()), Some(43.0));
    }
}
