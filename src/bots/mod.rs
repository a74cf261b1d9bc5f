//! Bots: one per seat, each deciding from its seat's view alone. Baseline bots follow simple,
//! sensible rules; later personalities build on the same trait.

pub mod expert;
mod openai;
mod oracle;
pub mod planner;
pub mod reason;
mod utility;
mod whitehouse;

use crate::engine::orders::{SeatOrders, drop_refused, sanitize};
use crate::engine::{Orders, Seat, SeatView, World};
use std::sync::Arc;
use std::sync::atomic::AtomicU32;

pub use reason::Reason;

/// Hears a thinking bot's progress: plan evaluations done so far in this decision.
pub type ProgressHook = Arc<dyn Fn(u32) + Send + Sync>;

/// Decides a seat's orders from what that seat may know.
pub trait Policy: Send {
    fn decide(&mut self, view: &SeatView) -> SeatOrders;
    fn name(&self) -> String;

    /// Decides with the world at hand; planners use it as their forward model (see
    /// [`planner`] for what they read of it), rule bots only look at the seat's view.
    fn decide_in(&mut self, world: &World, seat: Seat) -> SeatOrders {
        self.decide(&SeatView::new(world, seat))
    }

    /// The plan behind the last decision, for bots that plan.
    fn reason(&self) -> Option<planner::Plan> {
        None
    }

    /// Evaluations done in the current decision and the budget, for bots that plan.
    fn thinking(&self) -> Option<(Arc<AtomicU32>, u32)> {
        None
    }

    /// Calls `hook` as the next decisions progress (bots that plan; others decide at once).
    fn watch(&mut self, _hook: Option<ProgressHook>) {}
}

/// How hard a bot plays: how far it looks ahead and how well it reads the market.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Easy,
    #[default]
    Normal,
    Hard,
    /// Plans with the engine, spending this many plan evaluations a decision.
    Expert(u32),
}

impl Level {
    /// The rule-set levels offered in menus; `expert` is asked for by name.
    pub const ALL: [Level; 3] = [Level::Easy, Level::Normal, Level::Hard];

    /// The levels a menu offers: the rule sets, then the expert with this thinking budget.
    pub fn menu(think: u32) -> [Level; 4] {
        [
            Level::Easy,
            Level::Normal,
            Level::Hard,
            Level::Expert(think),
        ]
    }

    pub fn id(self) -> &'static str {
        match self {
            Level::Easy => "easy",
            Level::Normal => "normal",
            Level::Hard => "hard",
            Level::Expert(_) => "expert",
        }
    }

    /// Plan evaluations per decision: an expert's budget, none for the rule sets.
    pub fn plans(self) -> u32 {
        match self {
            Level::Expert(think) => think,
            _ => 0,
        }
    }

    /// `easy`, `normal`, `hard` or `expert` (with the default thinking budget).
    pub fn parse(text: &str) -> Option<Level> {
        if text == "expert" {
            return Some(Level::Expert(expert::DEFAULT_THINK));
        }
        Level::ALL.into_iter().find(|l| l.id() == text)
    }
}

/// Checks a `--think` budget: a positive number of plan evaluations.
pub fn parse_think(text: &str) -> Result<u32, String> {
    match text.trim().parse::<i64>() {
        Ok(n) if n > 0 && n <= i64::from(u32::MAX) => Ok(n as u32),
        _ => Err(format!(
            "--think {text}: expected a positive number of plan evaluations, e.g. 600"
        )),
    }
}

/// Gives every expert bot in `specs` this thinking budget.
pub fn set_think(specs: &mut [BotSpec], think: u32) {
    for spec in specs {
        if let Level::Expert(_) = spec.level {
            spec.level = Level::Expert(think);
        }
    }
}

/// Which bot holds a seat: `SEAT=PERSONALITY[:LEVEL]` on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BotSpec {
    pub seat: Seat,
    pub personality: String,
    pub level: Level,
}

impl BotSpec {
    pub fn baseline(seat: Seat) -> BotSpec {
        BotSpec {
            seat,
            personality: "baseline".into(),
            level: Level::Normal,
        }
    }

    /// The role a save records for this bot.
    pub fn role(&self) -> crate::game::SeatRole {
        crate::game::SeatRole::Bot {
            personality: self.personality.clone(),
            level: self.level.id().to_string(),
        }
    }
}

impl std::str::FromStr for BotSpec {
    type Err = String;

    /// Parses `oracle=aggressive:hard`; the level defaults to normal.
    fn from_str(text: &str) -> Result<BotSpec, String> {
        let (seat, rest) = text.split_once('=').ok_or_else(|| {
            format!("--bot {text}: expected SEAT=PERSONALITY[:LEVEL], e.g. oracle=cautious:hard")
        })?;
        let seat = Seat::parse(seat).ok_or_else(|| {
            format!(
                "--bot {text}: unknown seat `{seat}`: allowed openai, oracle, utility, whitehouse"
            )
        })?;
        let (personality, level) = match rest.split_once(':') {
            Some((p, l)) => (
                p,
                Level::parse(l).ok_or_else(|| {
                    format!("--bot {text}: unknown level `{l}`: allowed easy, normal, hard, expert")
                })?,
            ),
            None => (rest, Level::Normal),
        };
        if !personalities(seat).contains(&personality) {
            return Err(format!(
                "--bot {text}: unknown personality `{personality}` for {seat}: allowed {}",
                personalities(seat).join(", ")
            ));
        }
        Ok(BotSpec {
            seat,
            personality: personality.to_string(),
            level,
        })
    }
}

/// The personalities a seat's bot can have; the first after baseline is the seat's default.
pub fn personalities(seat: Seat) -> &'static [&'static str] {
    match seat {
        Seat::OpenAi => &["baseline", "cautious", "aggressive"],
        Seat::Oracle => &["baseline", "cautious", "aggressive"],
        Seat::Utility => &["baseline", "ratepayer", "growth"],
        Seat::WhiteHouse => &["baseline", "populist", "market"],
    }
}

/// The bot a spec names (an unknown personality falls back to the baseline).
pub fn make(spec: &BotSpec) -> Box<dyn Policy> {
    let name = personalities(spec.seat)
        .iter()
        .copied()
        .find(|p| *p == spec.personality)
        .unwrap_or("baseline");
    if let Level::Expert(think) = spec.level {
        return Box::new(expert::Expert::new(spec.seat, name, think));
    }
    if name == "baseline" {
        return baseline(spec.seat);
    }
    match spec.seat {
        Seat::OpenAi => Box::new(openai::Strategist::new(name, spec.level)),
        Seat::Oracle => Box::new(oracle::Strategist::new(name, spec.level)),
        Seat::Utility => Box::new(utility::Strategist::new(name, spec.level)),
        Seat::WhiteHouse => Box::new(whitehouse::Strategist::new(name, spec.level)),
    }
}

/// The seat's strongest bot: its default personality at the hard level.
pub fn hard(seat: Seat) -> BotSpec {
    BotSpec {
        seat,
        personality: personalities(seat)[1].to_string(),
        level: Level::Hard,
    }
}

/// The baseline bot of a seat.
pub fn baseline(seat: Seat) -> Box<dyn Policy> {
    match seat {
        Seat::OpenAi => Box::new(openai::Baseline),
        Seat::Oracle => Box::new(oracle::Baseline),
        Seat::Utility => Box::new(utility::Baseline),
        Seat::WhiteHouse => Box::new(whitehouse::Baseline),
    }
}

/// A bot's orders, clamped into range and without what a company in default cannot do: bots
/// never submit invalid orders.
pub fn decide(policy: &mut dyn Policy, view: &SeatView) -> SeatOrders {
    let raw = policy.decide(view);
    let mut all = Orders::default();
    all.set_seat(raw);
    let mut orders = sanitize(&all, &view.params).seat(view.seat);
    if view.in_default().is_some() {
        drop_refused(&mut orders);
    }
    orders
}

/// [`decide`] with the world at hand, for bots that plan with it.
pub fn decide_in(policy: &mut dyn Policy, world: &World, seat: Seat) -> SeatOrders {
    let raw = policy.decide_in(world, seat);
    let view = SeatView::new(world, seat);
    let mut all = Orders::default();
    all.set_seat(raw);
    let mut orders = sanitize(&all, &view.params).seat(seat);
    if view.in_default().is_some() {
        drop_refused(&mut orders);
    }
    orders
}

/// What carries on from a seat's last orders (rules, marked repeats), where every bot starts.
pub(crate) fn standing<T: crate::engine::orders::OfSeat + Default + Clone>(view: &SeatView) -> T {
    T::of(&view.standing()).cloned().unwrap_or_default()
}

/// Share of a total to give each region, proportional to weights (even split if all zero).
pub(crate) fn split(total: f64, weights: &[f64]) -> Vec<f64> {
    let sum: f64 = weights.iter().map(|w| w.max(0.0)).sum();
    if sum <= 0.0 {
        let n = weights.len().max(1) as f64;
        return weights.iter().map(|_| total / n).collect();
    }
    weights.iter().map(|w| total * w.max(0.0) / sum).collect()
}

/// Rounds to an order field's step so bot orders look like a person's.
pub(crate) fn round_to(value: f64, step: f64) -> f64 {
    if step > 0.0 {
        (value / step).round() * step
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bot_specs_parse_and_name_what_is_wrong() {
        let spec: BotSpec = "oracle=cautious:hard".parse().unwrap();
        assert_eq!(spec.seat, Seat::Oracle);
        assert_eq!(spec.level, Level::Hard);
        let spec: BotSpec = "utility=baseline".parse().unwrap();
        assert_eq!(spec.level, Level::Normal);
        for (text, needle) in [
            ("oracle", "SEAT=PERSONALITY"),
            ("nvidia=baseline", "unknown seat `nvidia`"),
            ("oracle=reckless", "unknown personality `reckless`"),
            ("oracle=baseline:insane", "unknown level `insane`"),
        ] {
            let err = text.parse::<BotSpec>().unwrap_err();
            assert!(err.contains(needle), "{text}: {err}");
        }
    }
}
