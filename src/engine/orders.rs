//! Each seat's orders for a quarter, with a table of fields (range, unit, help) that validation,
//! order files, the order form and bots all read, so a range is written down once.

use super::ids::{CompanyId, Date, Seat};
use super::params::{Effect, EventCard, Params};
use super::state::World;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a public statement says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Statement {
    #[default]
    Quiet,
    /// "Over-investing is less risky than under-investing"; "an industrial, not financial, bubble".
    Confident,
    /// "We are in a bubble."
    Cautious,
}

impl Statement {
    /// Not a model parameter: every statement, in the order of `LABELS`.
    pub const ALL: [Statement; 3] = [Statement::Quiet, Statement::Confident, Statement::Cautious];
    /// Not a model parameter: the statements' names in order files, in the order of `ALL`.
    pub const LABELS: &'static [&'static str] = &["quiet", "confident", "cautious"];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(index: usize) -> Option<Statement> {
        Statement::ALL.get(index).copied()
    }
}

/// How an order field is edited and checked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    Number {
        min: f64,
        max: f64,
        step: f64,
        unit: &'static str,
    },
    /// One number per region, each within the range.
    Regional {
        min: f64,
        max: f64,
        step: f64,
        unit: &'static str,
    },
    Toggle,
    Choice(&'static [&'static str]),
}

/// Whether a field carries into the next quarter's draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carry {
    /// An amount or act of this quarter (a build, a bond, a statement): the next draft starts
    /// from its default unless the seat marks it to repeat.
    OneOff,
    /// A setting that holds until changed (a tariff, a cost share, a price, a standard, the
    /// terms of any contract offer, a dividend rate).
    Rule,
}

#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    pub key: &'static str,
    pub kind: FieldKind,
    pub carry: Carry,
    /// One line of English help; the TUI looks up `order-<seat>-<key>` for translations.
    pub help: &'static str,
}

impl FieldSpec {
    pub fn allowed(&self) -> String {
        match self.kind {
            FieldKind::Number { min, max, unit, .. }
            | FieldKind::Regional { min, max, unit, .. } => {
                format!("{}..={} {}", trim(min), trim(max), unit)
                    .trim_end()
                    .to_string()
            }
            FieldKind::Toggle => "true or false".to_string(),
            FieldKind::Choice(labels) => format!("one of {}", labels.join(", ")),
        }
    }

    pub fn is_regional(&self) -> bool {
        matches!(self.kind, FieldKind::Regional { .. })
    }
}

fn trim(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A field's value, whatever its kind (saves keep it in bots' reasons).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Number(f64),
    Toggle(bool),
    Choice(usize),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(v) => write!(f, "{}", trim(*v)),
            Value::Toggle(v) => write!(f, "{v}"),
            Value::Choice(i) => write!(f, "{}", Statement::LABELS.get(*i).copied().unwrap_or("?")),
        }
    }
}

/// An order outside its allowed range.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{seat}.{field} = {value} is not allowed: {allowed}")]
pub struct OrderError {
    pub seat: Seat,
    /// The field, with the region in brackets for regional fields.
    pub field: String,
    pub value: String,
    pub allowed: String,
}

trait FieldValue: Sized {
    /// How many values the field holds (regional fields: one per region given).
    fn count(&self) -> usize {
        1
    }
    fn to_value(&self, region: usize) -> Value;
    fn set_value(&mut self, region: usize, value: Value) -> bool;
}

impl FieldValue for f64 {
    fn to_value(&self, _: usize) -> Value {
        Value::Number(*self)
    }
    fn set_value(&mut self, _: usize, value: Value) -> bool {
        match value {
            Value::Number(v) => {
                *self = v;
                true
            }
            _ => false,
        }
    }
}

impl FieldValue for bool {
    fn to_value(&self, _: usize) -> Value {
        Value::Toggle(*self)
    }
    fn set_value(&mut self, _: usize, value: Value) -> bool {
        match value {
            Value::Toggle(v) => {
                *self = v;
                true
            }
            _ => false,
        }
    }
}

impl FieldValue for Statement {
    fn to_value(&self, _: usize) -> Value {
        Value::Choice(self.index())
    }
    fn set_value(&mut self, _: usize, value: Value) -> bool {
        match value {
            Value::Choice(i) => match Statement::from_index(i) {
                Some(s) => {
                    *self = s;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }
}

/// Per-region numbers; an empty vector means zero everywhere.
impl FieldValue for Vec<f64> {
    fn count(&self) -> usize {
        self.len()
    }
    fn to_value(&self, region: usize) -> Value {
        Value::Number(self.get(region).copied().unwrap_or(0.0))
    }
    fn set_value(&mut self, region: usize, value: Value) -> bool {
        match value {
            Value::Number(v) => {
                if self.len() <= region {
                    self.resize(region + 1, 0.0);
                }
                self[region] = v;
                true
            }
            _ => false,
        }
    }
}

macro_rules! field_type {
    (num) => { f64 };
    (regional) => { Vec<f64> };
    (toggle) => { bool };
    (choice) => { Statement };
}

macro_rules! field_kind {
    (num, $min:expr, $max:expr, $step:expr, $unit:expr) => {
        FieldKind::Number {
            min: $min,
            max: $max,
            step: $step,
            unit: $unit,
        }
    };
    (regional, $min:expr, $max:expr, $step:expr, $unit:expr) => {
        FieldKind::Regional {
            min: $min,
            max: $max,
            step: $step,
            unit: $unit,
        }
    };
    (toggle) => {
        FieldKind::Toggle
    };
    (choice) => {
        FieldKind::Choice(Statement::LABELS)
    };
}

macro_rules! carry {
    (once) => {
        Carry::OneOff
    };
    (rule) => {
        Carry::Rule
    };
}

macro_rules! seat_orders {
    ($(#[$meta:meta])* $name:ident {
        $( $field:ident : $carry:ident $kind:ident $( ( $($arg:expr),* ) )? = $default:expr, $help:literal; )*
    }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct $name {
            $( #[doc = $help] pub $field: field_type!($kind), )*
            /// One-off fields the seat marked to repeat next quarter (absent in older saves).
            #[serde(skip_serializing_if = "Vec::is_empty")]
            pub repeat: Vec<String>,
        }

        impl Default for $name {
            fn default() -> Self {
                Self { $( $field: $default, )* repeat: Vec::new() }
            }
        }

        impl $name {
            /// Not a model parameter: every order field of the seat, with its kind, carry and
            /// help text.
            pub const FIELDS: &'static [FieldSpec] = &[
                $( FieldSpec { key: stringify!($field), kind: field_kind!($kind $(, $($arg),* )?), carry: carry!($carry), help: $help }, )*
            ];

            /// Next quarter's starting draft: rules and repeated one-offs kept, other one-offs
            /// back to their defaults.
            pub fn carried_forward(&self) -> Self {
                let fresh = Self::default();
                let mut next = self.clone();
                $(
                    if carry!($carry) == Carry::OneOff && !self.repeat.iter().any(|k| k == stringify!($field)) {
                        next.$field = fresh.$field;
                    }
                )*
                next
            }

            pub fn get(&self, key: &str, region: usize) -> Option<Value> {
                match key {
                    $( stringify!($field) => Some(FieldValue::to_value(&self.$field, region)), )*
                    _ => None,
                }
            }

            /// Values held by a field: the regions given for regional fields, else 1 (0 if unknown).
            pub fn count(&self, key: &str) -> usize {
                match key {
                    $( stringify!($field) => FieldValue::count(&self.$field), )*
                    _ => 0,
                }
            }

            /// Sets a field; false when the key is unknown or the value of the wrong kind.
            pub fn set(&mut self, key: &str, region: usize, value: Value) -> bool {
                match key {
                    $( stringify!($field) => FieldValue::set_value(&mut self.$field, region, value), )*
                    _ => false,
                }
            }
        }
    };
}

seat_orders! {
    /// OpenAI: compute, chips, fund-raising, prices, training runs, statements.
    OpenAiOrders {
        contract_gw: once num(0.0, 10.0, 0.5, "GW/qtr") = 0.0, "New compute contract offered to Oracle this quarter (take-or-pay once delivered).";
        contract_years: rule num(1.0, 15.0, 1.0, "years") = 5.0, "Length of the new compute contract.";
        contract_price: rule num(5.0, 30.0, 0.5, "$B/GW-yr") = 13.0, "Price offered per GW-year of compute; Oracle accepts at or above its minimum.";
        chip_order_gw: once num(0.0, 5.0, 0.25, "GW/qtr") = 0.0, "Own chips ordered from Nvidia, installed in colocation halls on delivery.";
        vendor_financing_bn: once num(0.0, 100.0, 5.0, "$B/qtr") = 0.0, "Money Nvidia lends OpenAI against chips on order (the circular deal): owed to Nvidia at about the risk-free rate and spent on its chips.";
        equity_raise_bn: once num(0.0, 100.0, 5.0, "$B/qtr") = 0.0, "New equity sold to investors at the current valuation.";
        debt_bn: once num(0.0, 50.0, 1.0, "$B/qtr") = 0.0, "Bonds and loans raised this quarter at the current spread.";
        subscription_price: rule num(5.0, 200.0, 1.0, "$/month") = 20.0, "Consumer subscription price.";
        api_price_index: rule num(0.25, 4.0, 0.05, "x") = 1.0, "API price relative to today's.";
        training_intensity: rule num(0.0, 1.0, 0.05, "share") = 0.5, "Share of compute in lock-step training runs: better models, bigger load swings.";
        ride_through_cooperation: rule toggle = false, "Smooth training-run power ramps and accept ride-through settings.";
        statement: once choice = Statement::Quiet, "Public statement about AI demand and the bubble.";
    }
}

seat_orders! {
    /// Oracle: data centers, financing, on-site turbines, ride-through, contract terms, payouts.
    OracleOrders {
        build_mw: once regional(0.0, 5000.0, 100.0, "MW/qtr") = Vec::new(), "Data-center capacity started this quarter, per region.";
        onsite_mw: once regional(0.0, 2000.0, 50.0, "MW/qtr") = Vec::new(), "On-site gas turbines ordered, per region: power before the grid connects, and through outages.";
        bond_bn: once num(0.0, 50.0, 1.0, "$B/qtr") = 0.0, "Bonds issued this quarter at today's coupon.";
        spv_bn: once num(0.0, 80.0, 1.0, "$B/qtr") = 0.0, "Build-out financed through an SPV: off the balance sheet, paid back as leases.";
        spv_partner_share: rule num(0.5, 0.95, 0.05, "share") = 0.8, "Equity share the SPV partner holds.";
        ride_through_share: rule num(0.0, 1.0, 0.05, "share") = 0.0, "Target share of Oracle's fleet fitted with ride-through equipment.";
        min_contract_price: rule num(5.0, 30.0, 0.5, "$B/GW-yr") = 12.0, "Lowest price per GW-year Oracle accepts for new compute contracts.";
        max_contract_gw: rule num(0.0, 20.0, 0.5, "GW/qtr") = 5.0, "Most GW of new contracts Oracle accepts per quarter.";
        buyback_bn: once num(0.0, 20.0, 0.5, "$B/qtr") = 0.0, "Share buybacks this quarter.";
        dividend_bn: rule num(0.0, 5.0, 0.1, "$B/qtr") = 1.2, "Dividend paid this quarter.";
    }
}

seat_orders! {
    /// The utility and its regulators: grid, generation, interconnection, tariffs, rates.
    UtilityOrders {
        transmission_bn: once regional(0.0, 10.0, 0.25, "$B/qtr") = Vec::new(), "Transmission and substation upgrades started, per region.";
        gas_cc_mw: once regional(0.0, 5000.0, 100.0, "MW/qtr") = Vec::new(), "Gas combined-cycle plants procured, per region.";
        gas_peaker_mw: once regional(0.0, 5000.0, 100.0, "MW/qtr") = Vec::new(), "Gas peakers procured, per region.";
        battery_mw: once regional(0.0, 5000.0, 100.0, "MW/qtr") = Vec::new(), "Four-hour batteries procured, per region.";
        solar_mw: once regional(0.0, 5000.0, 100.0, "MW/qtr") = Vec::new(), "Solar farms procured, per region.";
        wind_mw: once regional(0.0, 5000.0, 100.0, "MW/qtr") = Vec::new(), "Wind farms procured, per region.";
        nuclear_restart_mw: once regional(0.0, 2000.0, 100.0, "MW/qtr") = Vec::new(), "Retired nuclear units brought back, per region.";
        approve_mw: once regional(0.0, 20000.0, 250.0, "MW/qtr") = Vec::new(), "Large-load interconnection requests approved from the queue, per region.";
        demand_response_mw: rule regional(0.0, 5000.0, 100.0, "MW") = Vec::new(), "Large loads paid to curtail at peaks, per region.";
        large_load_share: rule num(0.0, 1.0, 0.05, "share") = 0.0, "Share of grid-upgrade costs charged to large loads (the rest goes to all customers).";
        min_demand_charge: rule num(0.0, 1.0, 0.05, "share") = 0.0, "Large loads pay at least this share of contracted demand (0.85 in Ohio).";
        ride_through_required: rule toggle = false, "New loads of 75 MW or more must ride through faults (existing ones within a year).";
        rate_case_pct: once num(0.0, 15.0, 0.5, "%") = 0.0, "Base-rate increase asked in a rate case, filed if none is pending; regulators decide it a year later.";
        capacity_cap: rule num(100.0, 1000.0, 10.0, "$/MW-day") = 330.0, "Cap on capacity-auction prices where a capacity market runs.";
    }
}

seat_orders! {
    /// The White House: trade, subsidies, permitting, cost allocation, relief, statements.
    WhiteHouseOrders {
        chip_tariff: rule num(0.0, 1.5, 0.05, "rate") = 0.0, "Tariff on imported GPUs and semiconductors (1.0 = 100%).";
        equipment_tariff: rule num(0.0, 1.0, 0.05, "rate") = 0.0, "Tariff on transformers, turbines and metals (0.5 = 50%).";
        exempt_intermediate: rule toggle = false, "Exempt data-center builders' chips and equipment from the tariffs.";
        subsidy_bn: once num(0.0, 50.0, 1.0, "$B/qtr") = 0.0, "Grants for AI infrastructure and factories this quarter.";
        loan_guarantee_bn: once num(0.0, 100.0, 5.0, "$B/qtr") = 0.0, "New federal loan guarantees: cheaper credit for builders.";
        fast_track: rule toggle = false, "Permitting fast-track for power plants and transmission.";
        federal_rule: rule toggle = false, "Impose a federal rule on who pays for grid upgrades.";
        federal_share: rule num(0.0, 1.0, 0.05, "share") = 0.5, "Large loads' share of upgrade costs under the federal rule.";
        relief_bn: once num(0.0, 50.0, 1.0, "$B/qtr") = 0.0, "Household relief (rebates, cash dividends) this quarter.";
        statement: once choice = Statement::Quiet, "Statement about the AI boom and the bubble.";
    }
}

impl WhiteHouseOrders {
    /// Large loads' share of upgrade costs under the federal rule, when the rule is on: it
    /// decides who pays whatever each utility's own share says.
    pub fn federal_share_in_force(&self) -> Option<f64> {
        self.federal_rule.then_some(self.federal_share)
    }
}

/// A facilitator's inject: a card of the scenario's deck, or a custom event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Inject {
    Card { id: String },
    Custom { card: CustomCard },
}

/// The parts of an event card a facilitator writes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomCard {
    pub headline: String,
    #[serde(default)]
    pub explanation: String,
    #[serde(default)]
    pub effects: Vec<super::params::Effect>,
}

impl CustomCard {
    pub fn to_card(&self, index: usize) -> EventCard {
        EventCard {
            id: format!("custom-{index}"),
            headline: self.headline.clone(),
            explanation: self.explanation.clone(),
            probability: 1.0,
            once: false,
            earliest: None,
            latest: None,
            conditions: Vec::new(),
            seasons: Vec::new(),
            group: None,
            effects: self.effects.clone(),
        }
    }
}

/// Every seat's orders for one quarter, plus the facilitator's injects.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Orders {
    pub openai: OpenAiOrders,
    pub oracle: OracleOrders,
    pub utility: UtilityOrders,
    pub whitehouse: WhiteHouseOrders,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub injects: Vec<Inject>,
    /// Deck cards a facilitator turned down: not drawn this quarter.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub vetoes: Vec<String>,
}

/// One seat's orders, for code that handles any seat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "seat", rename_all = "snake_case")]
pub enum SeatOrders {
    #[serde(rename = "openai")]
    OpenAi(OpenAiOrders),
    Oracle(OracleOrders),
    Utility(UtilityOrders),
    #[serde(rename = "whitehouse")]
    WhiteHouse(WhiteHouseOrders),
}

/// One seat's orders type, found inside a [`SeatOrders`] when it is that seat's.
pub trait OfSeat: Sized {
    fn of(orders: &SeatOrders) -> Option<&Self>;
}

macro_rules! of_seat {
    ($($variant:ident => $ty:ty),*) => {$(
        impl OfSeat for $ty {
            fn of(orders: &SeatOrders) -> Option<&Self> {
                match orders {
                    SeatOrders::$variant(o) => Some(o),
                    _ => None,
                }
            }
        }
    )*};
}

of_seat!(OpenAi => OpenAiOrders, Oracle => OracleOrders, Utility => UtilityOrders, WhiteHouse => WhiteHouseOrders);

impl SeatOrders {
    pub fn seat(&self) -> Seat {
        match self {
            SeatOrders::OpenAi(_) => Seat::OpenAi,
            SeatOrders::Oracle(_) => Seat::Oracle,
            SeatOrders::Utility(_) => Seat::Utility,
            SeatOrders::WhiteHouse(_) => Seat::WhiteHouse,
        }
    }

    pub fn get(&self, key: &str, region: usize) -> Option<Value> {
        match self {
            SeatOrders::OpenAi(o) => o.get(key, region),
            SeatOrders::Oracle(o) => o.get(key, region),
            SeatOrders::Utility(o) => o.get(key, region),
            SeatOrders::WhiteHouse(o) => o.get(key, region),
        }
    }

    pub fn set(&mut self, key: &str, region: usize, value: Value) -> bool {
        match self {
            SeatOrders::OpenAi(o) => o.set(key, region, value),
            SeatOrders::Oracle(o) => o.set(key, region, value),
            SeatOrders::Utility(o) => o.set(key, region, value),
            SeatOrders::WhiteHouse(o) => o.set(key, region, value),
        }
    }

    /// Next quarter's starting draft of this seat (see [`Orders::carried_forward`]).
    pub fn carried_forward(&self) -> SeatOrders {
        match self {
            SeatOrders::OpenAi(o) => SeatOrders::OpenAi(o.carried_forward()),
            SeatOrders::Oracle(o) => SeatOrders::Oracle(o.carried_forward()),
            SeatOrders::Utility(o) => SeatOrders::Utility(o.carried_forward()),
            SeatOrders::WhiteHouse(o) => SeatOrders::WhiteHouse(o.carried_forward()),
        }
    }

    fn repeat_marks(&mut self) -> &mut Vec<String> {
        match self {
            SeatOrders::OpenAi(o) => &mut o.repeat,
            SeatOrders::Oracle(o) => &mut o.repeat,
            SeatOrders::Utility(o) => &mut o.repeat,
            SeatOrders::WhiteHouse(o) => &mut o.repeat,
        }
    }

    /// Whether a one-off field is marked to repeat next quarter.
    pub fn repeats(&self, key: &str) -> bool {
        let marks = match self {
            SeatOrders::OpenAi(o) => &o.repeat,
            SeatOrders::Oracle(o) => &o.repeat,
            SeatOrders::Utility(o) => &o.repeat,
            SeatOrders::WhiteHouse(o) => &o.repeat,
        };
        marks.iter().any(|k| k == key)
    }

    /// Marks or unmarks a one-off field to repeat; false for rules and unknown keys, which
    /// carry on (or not) by themselves.
    pub fn toggle_repeat(&mut self, key: &str) -> bool {
        let seat = self.seat();
        if field(seat, key).is_none_or(|f| f.carry != Carry::OneOff) {
            return false;
        }
        let marks = self.repeat_marks();
        match marks.iter().position(|k| k == key) {
            Some(i) => {
                marks.remove(i);
            }
            None => {
                marks.push(key.to_string());
                // Field order, so equal marks serialize alike.
                marks.sort_by_key(|k| fields(seat).iter().position(|f| f.key == k));
            }
        }
        true
    }

    /// The one-off fields that will repeat next quarter: marked, and not at their default.
    pub fn repeating(&self) -> Vec<&'static str> {
        let seat = self.seat();
        let fresh = Orders::default().seat(seat);
        fields(seat)
            .iter()
            .filter(|f| f.carry == Carry::OneOff && self.repeats(f.key))
            .filter(|f| field_differs(self, &fresh, f.key))
            .map(|f| f.key)
            .collect()
    }
}

/// Whether two orders of one seat hold different values in a field (any region).
pub fn field_differs(a: &SeatOrders, b: &SeatOrders, key: &str) -> bool {
    let count = regional_len(a, key).max(regional_len(b, key)).max(1);
    (0..count).any(|r| a.get(key, r) != b.get(key, r))
}

/// Sets field `key` of `into` to its value in `from` (every region).
pub fn copy_field(into: &mut SeatOrders, from: &SeatOrders, key: &str) {
    let count = regional_len(into, key).max(regional_len(from, key)).max(1);
    for r in 0..count {
        if let Some(v) = from.get(key, r) {
            into.set(key, r, v);
        }
    }
}

/// The field table of a seat.
pub fn fields(seat: Seat) -> &'static [FieldSpec] {
    match seat {
        Seat::OpenAi => OpenAiOrders::FIELDS,
        Seat::Oracle => OracleOrders::FIELDS,
        Seat::Utility => UtilityOrders::FIELDS,
        Seat::WhiteHouse => WhiteHouseOrders::FIELDS,
    }
}

pub fn field(seat: Seat, key: &str) -> Option<&'static FieldSpec> {
    fields(seat).iter().find(|f| f.key == key)
}

impl Orders {
    pub fn seat(&self, seat: Seat) -> SeatOrders {
        match seat {
            Seat::OpenAi => SeatOrders::OpenAi(self.openai.clone()),
            Seat::Oracle => SeatOrders::Oracle(self.oracle.clone()),
            Seat::Utility => SeatOrders::Utility(self.utility.clone()),
            Seat::WhiteHouse => SeatOrders::WhiteHouse(self.whitehouse.clone()),
        }
    }

    pub fn set_seat(&mut self, orders: SeatOrders) {
        match orders {
            SeatOrders::OpenAi(o) => self.openai = o,
            SeatOrders::Oracle(o) => self.oracle = o,
            SeatOrders::Utility(o) => self.utility = o,
            SeatOrders::WhiteHouse(o) => self.whitehouse = o,
        }
    }

    pub fn validate(&self, params: &Params) -> Result<(), OrderError> {
        for seat in Seat::ALL {
            validate_seat(&self.seat(seat), params)?;
        }
        Ok(())
    }

    /// The orders a quarter starts from after these were played: every seat's rules and the
    /// one-offs it marked to repeat; other one-offs at their defaults; no injects or vetoes.
    /// `world.last_orders` stays what was played; drafts, bots and the Outlook start here.
    pub fn carried_forward(&self) -> Orders {
        Orders {
            openai: self.openai.carried_forward(),
            oracle: self.oracle.carried_forward(),
            utility: self.utility.carried_forward(),
            whitehouse: self.whitehouse.carried_forward(),
            injects: Vec::new(),
            vetoes: Vec::new(),
        }
    }

    /// Range checks and, for a company in default, the orders it cannot carry out.
    pub fn validate_in(&self, world: &World) -> Result<(), OrderError> {
        for seat in Seat::ALL {
            validate_seat_in(
                &self.seat(seat),
                &world.params,
                InDefault::of_world(world, seat),
            )?;
        }
        Ok(())
    }

    /// These orders with what companies in default cannot carry out set to nothing.
    pub fn without_refused(&self, world: &World) -> Orders {
        let mut out = self.clone();
        for seat in Seat::ALL {
            if InDefault::of_world(world, seat).is_some() {
                let mut seat_orders = out.seat(seat);
                drop_refused(&mut seat_orders);
                out.set_seat(seat_orders);
            }
        }
        out
    }
}

/// Fields a company in default cannot use: it builds, borrows, raises and pays out nothing.
pub fn refused_in_default(seat: Seat, key: &str) -> bool {
    match seat {
        Seat::OpenAi => matches!(
            key,
            "contract_gw" | "chip_order_gw" | "vendor_financing_bn" | "equity_raise_bn" | "debt_bn"
        ),
        Seat::Oracle => matches!(
            key,
            "build_mw"
                | "onsite_mw"
                | "bond_bn"
                | "spv_bn"
                | "dividend_bn"
                | "buyback_bn"
                | "max_contract_gw"
        ),
        Seat::Utility | Seat::WhiteHouse => false,
    }
}

/// A seat whose company is in default, and the quarter it defaulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InDefault {
    pub seat: Seat,
    pub since: Date,
}

impl InDefault {
    /// The seat's company in default in this world, if it is.
    pub fn of_world(world: &World, seat: Seat) -> Option<InDefault> {
        let id = seat_company(seat)?;
        let c = world.company(id);
        c.insolvent.then(|| InDefault {
            seat,
            since: world
                .params
                .scenario
                .start
                .plus(c.default_turn.unwrap_or(world.turn)),
        })
    }

    /// Why the refused fields are refused, in English (the TUI translates it).
    pub fn reason(&self) -> String {
        format!(
            "{} is in default since {} Q{}: it cannot build, borrow, sell shares or pay dividends",
            self.seat.title(),
            self.since.year,
            self.since.quarter
        )
    }
}

/// The seat that runs a company, if a seat does (OpenAI and Oracle).
pub fn company_seat(id: CompanyId) -> Option<Seat> {
    Seat::ALL.into_iter().find(|s| seat_company(*s) == Some(id))
}

/// The company a seat runs, if any.
pub fn seat_company(seat: Seat) -> Option<CompanyId> {
    match seat {
        Seat::OpenAi => Some(CompanyId::OpenAi),
        Seat::Oracle => Some(CompanyId::Oracle),
        Seat::Utility | Seat::WhiteHouse => None,
    }
}

/// Range checks, then refuses what a company in default cannot carry out (any value above a
/// refused field's minimum).
pub fn validate_seat_in(
    orders: &SeatOrders,
    params: &Params,
    default: Option<InDefault>,
) -> Result<(), OrderError> {
    validate_seat(orders, params)?;
    let Some(default) = default.filter(|d| d.seat == orders.seat()) else {
        return Ok(());
    };
    for spec in fields(default.seat) {
        if !refused_in_default(default.seat, spec.key) {
            continue;
        }
        let Some((min, _)) = number_range(spec.kind) else {
            continue;
        };
        let count = regional_len(orders, spec.key).max(1);
        for r in 0..count {
            if let Some(Value::Number(v)) = orders.get(spec.key, r)
                && v > min
            {
                return Err(OrderError {
                    seat: default.seat,
                    field: spec.key.to_string(),
                    value: trim(v),
                    allowed: default.reason(),
                });
            }
        }
    }
    Ok(())
}

/// Sets every field a company in default cannot use to its minimum (bots, standing orders and
/// replays of scripts written before the default).
pub fn drop_refused(orders: &mut SeatOrders) {
    let seat = orders.seat();
    for spec in fields(seat) {
        if !refused_in_default(seat, spec.key) {
            continue;
        }
        if let Some((min, _)) = number_range(spec.kind) {
            for r in 0..regional_len(orders, spec.key).max(1) {
                orders.set(spec.key, r, Value::Number(min));
            }
        }
    }
}

fn number_range(kind: FieldKind) -> Option<(f64, f64)> {
    match kind {
        FieldKind::Number { min, max, .. } | FieldKind::Regional { min, max, .. } => {
            Some((min, max))
        }
        _ => None,
    }
}

/// Checks the facilitator's injects: deck cards must be in the scenario's deck, and custom
/// effects must name its regions and stay within range. The first problem, as one line.
pub fn validate_injects(injects: &[Inject], params: &Params) -> Result<(), String> {
    for (i, inject) in injects.iter().enumerate() {
        match inject {
            Inject::Card { id } => {
                if !params.events.iter().any(|c| &c.id == id) {
                    return Err(format!(
                        "injects[{i}]: no card \"{id}\" in the scenario's deck"
                    ));
                }
            }
            Inject::Custom { card } => {
                for (j, effect) in card.effects.iter().enumerate() {
                    if let Some(problem) = effect_problem(effect, params) {
                        return Err(format!("injects[{i}].effects[{j}]: {problem}"));
                    }
                }
            }
        }
    }
    Ok(())
}

/// What is wrong with an event effect, if anything: an unknown region, or a size far outside
/// any event's (the rules add turn counts, so these must stay small).
pub fn effect_problem(effect: &Effect, params: &Params) -> Option<String> {
    let region = match effect {
        Effect::LoadShock { region, .. } | Effect::Freeze { region, .. } => region.as_deref(),
        Effect::Fault { region } | Effect::Blackout { region, .. } => Some(region.as_str()),
        _ => None,
    };
    if let Some(id) = region
        && params.region_index(id).is_none()
    {
        return Some(format!(
            "region = \"{id}\" is not a region of this scenario"
        ));
    }
    let ranges: &[(&str, f64, f64, f64)] = match effect {
        Effect::LoadShock { pct, .. } => &[("pct", *pct, -1.0, 10.0)],
        Effect::Freeze { share, .. } => &[("share", *share, 0.0, 0.5)],
        Effect::Blackout {
            households_k,
            hours,
            ..
        } => &[
            ("households_k", *households_k, 0.0, 1e6),
            ("hours", *hours, 0.0, 1e4),
        ],
        Effect::Sentiment { delta } => &[("delta", *delta, -2.0, 2.0)],
        Effect::Adoption { pct, elasticity } => &[
            ("pct", *pct, -1.0, 10.0),
            ("elasticity", *elasticity, -5.0, 5.0),
        ],
        Effect::Rates { bp } | Effect::Spread { bp, .. } => &[("bp", *bp, -1e4, 1e4)],
        Effect::Supply { pct, quarters, .. } => &[
            ("pct", *pct, -1.0, 10.0),
            ("quarters", *quarters, 0.0, 40.0),
        ],
        Effect::GasPrice { pct } | Effect::MarketValue { pct, .. } => &[("pct", *pct, -1.0, 10.0)],
        Effect::Approval { points } => &[("points", *points, -100.0, 100.0)],
        Effect::Lobbying {
            max_share,
            quarters,
        } => &[
            ("max_share", *max_share, 0.0, 1.0),
            ("quarters", f64::from(*quarters), 0.0, 40.0),
        ],
        Effect::Fault { .. } | Effect::Audit { .. } => &[],
    };
    ranges
        .iter()
        .find(|(_, v, min, max)| !(v.is_finite() && v >= min && v <= max))
        .map(|(key, v, min, max)| {
            format!(
                "{key} = {v} is not allowed: {}..={}",
                trim(*min),
                trim(*max)
            )
        })
}

/// Checks every field of one seat's orders against its range.
pub fn validate_seat(orders: &SeatOrders, params: &Params) -> Result<(), OrderError> {
    let seat = orders.seat();
    let regions = params.regions.len();
    for spec in fields(seat) {
        match spec.kind {
            FieldKind::Number { min, max, .. } => {
                if let Some(Value::Number(v)) = orders.get(spec.key, 0) {
                    check_number(seat, spec, spec.key.to_string(), v, min, max)?;
                }
            }
            FieldKind::Regional { min, max, .. } => {
                let len = regional_len(orders, spec.key);
                if len > regions {
                    return Err(OrderError {
                        seat,
                        field: spec.key.to_string(),
                        value: format!("{len} values"),
                        allowed: format!("at most one per region ({regions})"),
                    });
                }
                for (r, region) in params.regions.iter().enumerate() {
                    if let Some(Value::Number(v)) = orders.get(spec.key, r) {
                        check_number(
                            seat,
                            spec,
                            format!("{}[{}]", spec.key, region.id),
                            v,
                            min,
                            max,
                        )?;
                    }
                }
            }
            FieldKind::Toggle | FieldKind::Choice(_) => {}
        }
    }
    Ok(())
}

fn regional_len(orders: &SeatOrders, key: &str) -> usize {
    match orders {
        SeatOrders::OpenAi(o) => o.count(key),
        SeatOrders::Oracle(o) => o.count(key),
        SeatOrders::Utility(o) => o.count(key),
        SeatOrders::WhiteHouse(o) => o.count(key),
    }
}

fn check_number(
    seat: Seat,
    spec: &FieldSpec,
    field: String,
    value: f64,
    min: f64,
    max: f64,
) -> Result<(), OrderError> {
    if value.is_finite() && value >= min && value <= max {
        Ok(())
    } else {
        Err(OrderError {
            seat,
            field,
            value: trim(value),
            allowed: spec.allowed(),
        })
    }
}

/// Brings every field into its range: NaN to the minimum, extra regions dropped. `resolve`
/// applies it so no input can break the rules; callers validate first to tell users.
pub fn sanitize(orders: &Orders, params: &Params) -> Orders {
    let mut clean = orders.clone();
    let regions = params.regions.len();
    for seat in Seat::ALL {
        let mut seat_orders = clean.seat(seat);
        for spec in fields(seat) {
            let count = match spec.kind {
                FieldKind::Regional { .. } => regions,
                FieldKind::Number { .. } => 1,
                _ => 0,
            };
            for r in 0..count {
                if let Some(Value::Number(v)) = seat_orders.get(spec.key, r) {
                    seat_orders.set(spec.key, r, Value::Number(clamp_to(seat, spec.key, v)));
                }
            }
        }
        clean.set_seat(seat_orders);
    }
    let u = &mut clean.utility;
    for values in [
        &mut u.transmission_bn,
        &mut u.gas_cc_mw,
        &mut u.gas_peaker_mw,
        &mut u.battery_mw,
        &mut u.solar_mw,
        &mut u.wind_mw,
        &mut u.nuclear_restart_mw,
        &mut u.approve_mw,
        &mut u.demand_response_mw,
        &mut clean.oracle.build_mw,
        &mut clean.oracle.onsite_mw,
    ] {
        values.truncate(regions);
    }
    clean
}

/// Clamps a number into a field's range (bots and the order form use it).
pub fn clamp_to(seat: Seat, key: &str, value: f64) -> f64 {
    match field(seat, key).map(|f| f.kind) {
        Some(FieldKind::Number { min, max, .. }) | Some(FieldKind::Regional { min, max, .. }) => {
            if value.is_finite() {
                value.clamp(min, max)
            } else {
                min
            }
        }
        _ => value,
    }
}

/// A regional order's value in region `r` (empty vectors mean zero).
pub fn at(values: &[f64], r: usize) -> f64 {
    values.get(r).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params_with_regions(ids: &[&str]) -> Params {
        let mut p = Params::default();
        for id in ids {
            p.regions.push(super::super::params::RegionParams {
                id: id.to_string(),
                ..Default::default()
            });
        }
        p
    }

    #[test]
    fn default_orders_are_valid() {
        let p = params_with_regions(&["texas", "pjm", "west"]);
        Orders::default().validate(&p).unwrap();
    }

    #[test]
    fn out_of_range_names_seat_field_value_and_range() {
        let p = params_with_regions(&["texas", "pjm", "west"]);
        let mut o = Orders::default();
        o.oracle.build_mw = vec![0.0, 9000.0, 0.0];
        let err = o.validate(&p).unwrap_err();
        assert_eq!(err.seat, Seat::Oracle);
        assert_eq!(err.field, "build_mw[pjm]");
        assert_eq!(err.value, "9000");
        assert_eq!(err.allowed, "0..=5000 MW/qtr");
        assert_eq!(
            err.to_string(),
            "oracle.build_mw[pjm] = 9000 is not allowed: 0..=5000 MW/qtr"
        );
        let mut o = Orders::default();
        o.whitehouse.chip_tariff = f64::NAN;
        assert_eq!(o.validate(&p).unwrap_err().field, "chip_tariff");
        let mut o = Orders::default();
        o.utility.approve_mw = vec![1.0; 4];
        assert!(
            o.validate(&p)
                .unwrap_err()
                .allowed
                .contains("one per region")
        );
    }

    #[test]
    fn a_company_in_default_is_refused_what_it_cannot_do() {
        let p = params_with_regions(&["texas", "pjm", "west"]);
        let default = Some(InDefault {
            seat: Seat::Oracle,
            since: Date::new(2027, 1),
        });
        let mut o = OracleOrders {
            dividend_bn: 0.0,
            max_contract_gw: 0.0,
            ride_through_share: 0.5,
            ..OracleOrders::default()
        };
        let seat = SeatOrders::Oracle(o.clone());
        assert!(validate_seat_in(&seat, &p, default).is_ok());
        o.build_mw = vec![0.0, 500.0];
        let err = validate_seat_in(&SeatOrders::Oracle(o), &p, default).unwrap_err();
        assert_eq!(err.field, "build_mw");
        assert_eq!(
            err.to_string(),
            "oracle.build_mw = 500 is not allowed: Oracle is in default since 2027 Q1: \
             it cannot build, borrow, sell shares or pay dividends"
        );
        // The default dividend is refused too; other seats and solvent companies are not.
        let standing = SeatOrders::Oracle(OracleOrders::default());
        assert!(validate_seat_in(&standing, &p, default).is_err());
        assert!(validate_seat_in(&standing, &p, None).is_ok());
        let openai = SeatOrders::OpenAi(OpenAiOrders {
            debt_bn: 5.0,
            ..OpenAiOrders::default()
        });
        assert!(validate_seat_in(&openai, &p, default).is_ok());
    }

    #[test]
    fn dropping_refused_orders_keeps_the_rest() {
        let mut o = SeatOrders::Oracle(OracleOrders {
            build_mw: vec![100.0, 200.0],
            bond_bn: 3.0,
            ride_through_share: 0.4,
            min_contract_price: 14.0,
            ..OracleOrders::default()
        });
        drop_refused(&mut o);
        let default = Some(InDefault {
            seat: Seat::Oracle,
            since: Date::new(2027, 1),
        });
        let p = params_with_regions(&["texas", "pjm"]);
        assert!(validate_seat_in(&o, &p, default).is_ok());
        assert_eq!(o.get("ride_through_share", 0), Some(Value::Number(0.4)));
        assert_eq!(o.get("min_contract_price", 0), Some(Value::Number(14.0)));
        assert_eq!(o.get("build_mw", 1), Some(Value::Number(0.0)));
        for key in ["ride_through_share", "subscription_price", "statement"] {
            assert!(!refused_in_default(Seat::Oracle, key));
            assert!(!refused_in_default(Seat::OpenAi, key));
        }
    }

    #[test]
    fn get_and_set_by_key() {
        let mut o = SeatOrders::Utility(UtilityOrders::default());
        assert!(o.set("approve_mw", 2, Value::Number(500.0)));
        assert_eq!(o.get("approve_mw", 2), Some(Value::Number(500.0)));
        assert_eq!(o.get("approve_mw", 0), Some(Value::Number(0.0)));
        assert!(o.set("ride_through_required", 0, Value::Toggle(true)));
        assert!(!o.set("ride_through_required", 0, Value::Number(1.0)));
        assert!(!o.set("no_such_field", 0, Value::Number(1.0)));
        for seat in Seat::ALL {
            for spec in fields(seat) {
                assert!(
                    Orders::default().seat(seat).get(spec.key, 0).is_some(),
                    "{}",
                    spec.key
                );
            }
        }
    }
}
