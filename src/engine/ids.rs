//! Identifiers shared by every part of the rules: seats, companies, technologies, goods, dates.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A player seat. The string ids are the ones used on the command line, in order files and saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Seat {
    #[serde(rename = "openai")]
    OpenAi,
    #[serde(rename = "oracle")]
    Oracle,
    #[serde(rename = "utility")]
    Utility,
    #[serde(rename = "whitehouse")]
    WhiteHouse,
}

impl Seat {
    /// Not a model parameter: every seat, in the order of the enum.
    pub const ALL: [Seat; 4] = [Seat::OpenAi, Seat::Oracle, Seat::Utility, Seat::WhiteHouse];

    pub fn id(self) -> &'static str {
        match self {
            Seat::OpenAi => "openai",
            Seat::Oracle => "oracle",
            Seat::Utility => "utility",
            Seat::WhiteHouse => "whitehouse",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Seat::OpenAi => "OpenAI",
            Seat::Oracle => "Oracle",
            Seat::Utility => "Utility",
            Seat::WhiteHouse => "White House",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn parse(text: &str) -> Option<Seat> {
        Seat::ALL.into_iter().find(|s| s.id() == text)
    }
}

impl fmt::Display for Seat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The companies on the capital market: two seats and two model actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanyId {
    #[serde(rename = "openai")]
    OpenAi,
    Oracle,
    Nvidia,
    Hyperscalers,
}

impl CompanyId {
    /// Not a model parameter: every company, in the order of `index`.
    pub const ALL: [CompanyId; 4] = [
        CompanyId::OpenAi,
        CompanyId::Oracle,
        CompanyId::Nvidia,
        CompanyId::Hyperscalers,
    ];
    /// Not a model parameter: the number of companies.
    pub const COUNT: usize = 4;

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn id(self) -> &'static str {
        match self {
            CompanyId::OpenAi => "openai",
            CompanyId::Oracle => "oracle",
            CompanyId::Nvidia => "nvidia",
            CompanyId::Hyperscalers => "hyperscalers",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            CompanyId::OpenAi => "OpenAI",
            CompanyId::Oracle => "Oracle",
            CompanyId::Nvidia => "Nvidia",
            CompanyId::Hyperscalers => "Big-4 hyperscalers",
        }
    }

    /// Listed companies are in the index; OpenAI is private and priced by funding rounds.
    pub fn listed(self) -> bool {
        self != CompanyId::OpenAi
    }
}

/// Generation technologies, in a fixed order used by every per-technology array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tech {
    Nuclear,
    Coal,
    GasCc,
    GasPeaker,
    Hydro,
    Wind,
    Solar,
    Battery,
    /// Data centers' own gas turbines: they serve their owners' load, not the grid.
    Onsite,
}

impl Tech {
    /// Not a model parameter: the number of technologies.
    pub const COUNT: usize = 9;
    /// Not a model parameter: every technology, in the order of `index`.
    pub const ALL: [Tech; Tech::COUNT] = [
        Tech::Nuclear,
        Tech::Coal,
        Tech::GasCc,
        Tech::GasPeaker,
        Tech::Hydro,
        Tech::Wind,
        Tech::Solar,
        Tech::Battery,
        Tech::Onsite,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn id(self) -> &'static str {
        match self {
            Tech::Nuclear => "nuclear",
            Tech::Coal => "coal",
            Tech::GasCc => "gas_cc",
            Tech::GasPeaker => "gas_peaker",
            Tech::Hydro => "hydro",
            Tech::Wind => "wind",
            Tech::Solar => "solar",
            Tech::Battery => "battery",
            Tech::Onsite => "onsite",
        }
    }

    pub fn burns_gas(self) -> bool {
        matches!(self, Tech::GasCc | Tech::GasPeaker | Tech::Onsite)
    }
}

/// A value per technology, stored as a fixed array in `Tech::ALL` order.
pub type TechArray = [f64; Tech::COUNT];

/// Traded equipment whose lead times and prices the supply model tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Good {
    Gpu,
    Memory,
    Transformer,
    Turbine,
}

impl Good {
    /// Not a model parameter: the number of goods.
    pub const COUNT: usize = 4;
    /// Not a model parameter: every good, in the order of `index`.
    pub const ALL: [Good; Good::COUNT] =
        [Good::Gpu, Good::Memory, Good::Transformer, Good::Turbine];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn id(self) -> &'static str {
        match self {
            Good::Gpu => "gpu",
            Good::Memory => "memory",
            Good::Transformer => "transformer",
            Good::Turbine => "turbine",
        }
    }

    /// Chips fall under the chip tariff; the rest under the equipment tariff.
    pub fn is_chip(self) -> bool {
        matches!(self, Good::Gpu | Good::Memory)
    }
}

/// A calendar quarter, written "2025Q1" in files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    /// 1..=4
    pub quarter: u8,
}

impl Date {
    pub fn new(year: u16, quarter: u8) -> Date {
        Date { year, quarter }
    }

    pub fn next(self) -> Date {
        self.plus(1)
    }

    pub fn plus(self, quarters: u32) -> Date {
        let index = self.ordinal() + quarters;
        Date::from_ordinal(index)
    }

    /// Quarters since year 0, for arithmetic.
    pub fn ordinal(self) -> u32 {
        u32::from(self.year) * 4 + u32::from(self.quarter.clamp(1, 4)) - 1
    }

    pub fn from_ordinal(ordinal: u32) -> Date {
        Date {
            year: (ordinal / 4) as u16,
            quarter: (ordinal % 4) as u8 + 1,
        }
    }

    /// Parses "2026Q4" or "2026-Q4".
    pub fn parse(text: &str) -> Option<Date> {
        let cleaned: String = text.chars().filter(|c| *c != '-' && *c != ' ').collect();
        let (year, quarter) = cleaned.split_once(['Q', 'q'])?;
        let year: u16 = year.parse().ok()?;
        let quarter: u8 = quarter.parse().ok()?;
        if !(1..=4).contains(&quarter) || !(1900..=2200).contains(&year) {
            return None;
        }
        Some(Date { year, quarter })
    }

    /// 0-based season index: Q1 winter, Q2 spring, Q3 summer, Q4 autumn.
    pub fn season(self) -> usize {
        usize::from(self.quarter.clamp(1, 4) - 1)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{}Q{}", self.year, self.quarter))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid quarter \"{text}\": expected a year and quarter like \"2026Q4\""
            ))
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Q{}", self.year, self.quarter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_arithmetic_wraps_years() {
        let d = Date::new(2025, 4);
        assert_eq!(d.next(), Date::new(2026, 1));
        assert_eq!(Date::new(2025, 1).plus(15), Date::new(2028, 4));
        assert_eq!(Date::parse("2026Q4"), Some(Date::new(2026, 4)));
        assert_eq!(Date::parse("2026-Q5"), None);
        assert_eq!(Date::parse("x"), None);
    }

    #[test]
    fn seat_ids_round_trip() {
        for seat in Seat::ALL {
            assert_eq!(Seat::parse(seat.id()), Some(seat));
        }
        assert_eq!(Seat::parse("nvidia"), None);
    }
}
