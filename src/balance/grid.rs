//! What `balance` plays: each seat's fixed order sets (from a strategies file), the line-ups
//! of the other seats, and one game of a contender against a line-up.

use crate::bots::{self, BotSpec, Level};
use crate::engine::{Seat, SeatOrders, World};
use crate::game::Controllers;
use crate::scenario::Scenario;
use crate::script::Script;

/// The strategies file shipped with the game.
pub const STRATEGIES: &str = include_str!("../../assets/balance/strategies.toml");
pub const STRATEGIES_NAME: &str = "assets/balance/strategies.toml";

/// A seat's standing orders, held every quarter.
#[derive(Clone, Debug)]
pub struct Strategy {
    pub seat: Seat,
    pub id: String,
    pub name: String,
    pub orders: SeatOrders,
}

/// Parses a strategies file: `[[SEAT]]` tables of `id`, `name` and `orders` (orders-file keys).
pub fn strategies(text: &str, file: &str, scenario: &Scenario) -> Result<Vec<Strategy>, String> {
    let table: toml::Table = toml::from_str(text)
        .map_err(|e| format!("{file}: {}", e.message().replace('\n', " ").trim()))?;
    let mut found = Vec::new();
    for (key, list) in &table {
        let seat = Seat::parse(key).ok_or_else(|| {
            format!("{file}: unknown seat `{key}`: allowed openai, oracle, utility, whitehouse")
        })?;
        let list = list
            .as_array()
            .ok_or_else(|| format!("{file}: `{key}` must be an array of tables: [[{key}]]"))?;
        for (i, entry) in list.iter().enumerate() {
            found.push(strategy(file, seat, i, entry, scenario)?);
        }
    }
    found.sort_by_key(|s| s.seat);
    for seat in Seat::ALL {
        if !found.iter().any(|s| s.seat == seat) {
            return Err(format!(
                "{file}: no order set for {seat}: add a [[{seat}]] table"
            ));
        }
    }
    Ok(found)
}

/// One `[[SEAT]]` entry; its orders go through the orders-file parser, so keys and values are
/// checked as they are in `--orders` files.
fn strategy(
    file: &str,
    seat: Seat,
    i: usize,
    entry: &toml::Value,
    scenario: &Scenario,
) -> Result<Strategy, String> {
    let here = format!("{file}: [[{seat}]] {}", i + 1);
    let text_of = |key: &str| {
        entry
            .get(key)
            .and_then(toml::Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| format!("{here}: needs `{key} = \"...\"`"))
    };
    let (id, name) = (text_of("id")?, text_of("name")?);
    let orders = entry
        .get("orders")
        .and_then(toml::Value::as_table)
        .ok_or_else(|| format!("{here} ({id}): needs `orders = {{ ... }}`"))?;
    let mut doc = toml::Table::new();
    doc.insert(seat.id().to_string(), toml::Value::Table(orders.clone()));
    let text = toml::to_string(&doc).map_err(|e| format!("{here} ({id}): {e}"))?;
    let script = Script::parse(&text, &format!("{here} ({id})"), &scenario.params)
        .map_err(|e| e.to_string())?;
    let orders = script
        .orders(seat, 0)
        .ok_or_else(|| format!("{here}: no orders"))?;
    Ok(Strategy {
        seat,
        id,
        name,
        orders,
    })
}

/// Who holds the seats other than the one tested.
#[derive(Clone, Debug)]
pub enum Others {
    /// A bot at each seat: personality and level, in `Seat::ALL` order.
    Bots([(&'static str, Level); 4]),
    /// The historical orders (assets/orders/historical.toml).
    Historical,
}

#[derive(Clone, Debug)]
pub struct Lineup {
    pub id: &'static str,
    pub name: &'static str,
    pub others: Others,
}

/// The line-ups every contender meets; the first is the default (what `sim` plays).
pub fn lineups() -> Vec<Lineup> {
    use Level::{Hard, Normal};
    vec![
        Lineup {
            id: "baseline",
            name: "baseline bots (the default)",
            others: Others::Bots([("baseline", Normal); 4]),
        },
        Lineup {
            id: "hard",
            name: "hard bots, default personalities",
            others: Others::Bots([
                ("cautious", Hard),
                ("cautious", Hard),
                ("ratepayer", Hard),
                ("populist", Hard),
            ]),
        },
        Lineup {
            id: "bold",
            name: "hard bots, bold personalities",
            others: Others::Bots([
                ("aggressive", Hard),
                ("aggressive", Hard),
                ("growth", Hard),
                ("market", Hard),
            ]),
        },
        Lineup {
            id: "historical",
            name: "historical orders",
            others: Others::Historical,
        },
    ]
}

/// What holds the tested seat.
#[derive(Clone, Copy, Debug)]
pub enum Contender<'a> {
    Fixed(&'a Strategy),
    Bot(&'a BotSpec),
}

/// The controllers of a game: the contender at `seat`, the line-up elsewhere.
pub fn controllers(
    seat: Seat,
    contender: Contender,
    lineup: &Lineup,
    historical: &Script,
) -> Controllers {
    let fixed = match contender {
        Contender::Fixed(s) => Some((seat, s.orders.clone())),
        Contender::Bot(_) => None,
    };
    let mut specs: Vec<BotSpec> = match contender {
        Contender::Bot(spec) => vec![spec.clone()],
        Contender::Fixed(_) => Vec::new(),
    };
    let script = match &lineup.others {
        Others::Bots(seats) => {
            for (other, (personality, level)) in Seat::ALL.iter().zip(seats) {
                if *other != seat {
                    specs.push(BotSpec {
                        seat: *other,
                        personality: personality.to_string(),
                        level: *level,
                    });
                }
            }
            fixed.map(|f| Script {
                source: "balance".into(),
                seats: vec![f],
                changes: Vec::new(),
            })
        }
        Others::Historical => {
            let mut script = historical.clone();
            script.seats.retain(|(s, _)| *s != seat);
            script.changes.retain(|c| c.seat != seat);
            script.seats.extend(fixed);
            script.seats.sort_by_key(|(s, _)| *s);
            Some(script)
        }
    };
    Controllers::with_bots(script, &specs)
}

/// The tested seat's final score and whether its objective was met.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub score: f64,
    pub met: bool,
    /// Each part of the score: its points and whether it was met.
    pub parts: Vec<PartOutcome>,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct PartOutcome {
    /// The part's index among the seat's solvent parts; None for a defaulted company's lines.
    pub index: Option<usize>,
    pub value: f64,
    pub points: f64,
    pub met: bool,
}

/// Plays one game from `start` with this seed and returns the seat's outcome.
pub fn play(
    scenario: &Scenario,
    start: &World,
    turns: u32,
    seed: u64,
    seat: Seat,
    mut controllers: Controllers,
    keys: &[String],
) -> Outcome {
    let mut game = crate::montecarlo::bare_game(scenario, seed, Some(start.clone()));
    let mut outcome = Outcome::default();
    crate::montecarlo::play_on(&mut game, &mut controllers, turns, |_, report| {
        if let Some(s) = report.scores.seat(seat) {
            outcome = Outcome {
                score: s.score,
                met: s.objective_met,
                parts: s
                    .parts
                    .iter()
                    .map(|p| PartOutcome {
                        index: keys.iter().position(|k| *k == p.key),
                        value: p.value,
                        points: p.points,
                        met: p.met,
                    })
                    .collect(),
            };
        }
    });
    outcome
}

/// The bot whose objective-met rate the table reports: the seat's strongest.
pub fn hard_bot(seat: Seat) -> BotSpec {
    bots::hard(seat)
}
