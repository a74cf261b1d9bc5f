//! One workshop table without any terminal or network: the authoritative game, who holds each
//! seat, the orders submitted this quarter, the facilitator's injects, the countdown, and every
//! facilitator action recorded for the save and the debrief. The hub drives it; tests drive it
//! directly with their own clock.

use super::timeline::{Scheduled, Timeline};
use crate::engine::events::eligible;
use crate::engine::orders::{CustomCard, Inject};
use crate::engine::params::{EventCard, Metric};
use crate::engine::{Orders, Seat, SeatOrders};
use crate::game::{Controllers, Game, SeatRole};
use crate::save::{
    FacilitatorAction, FacilitatorEntry, Intent, IntentEntry, ReasonEntry, SaveFile, SaveMeta,
    SeatIntent, apply_override, intent,
};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What fills a human seat's orders when the countdown runs out before it submits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// The seat keeps last quarter's orders.
    Standing,
    /// The seat's bot decides for it this quarter.
    Bot,
}

/// How a quarter was closed.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub orders: Orders,
    /// Human seats that had not submitted, and what filled in for them.
    pub filled: Vec<(Seat, Fill)>,
    /// Scheduled injects queued as the quarter closed (those already queued are left out).
    pub scheduled: Vec<Scheduled>,
}

/// A quarter taken back: its orders and what the seats said they meant by them.
#[derive(Clone, Debug, PartialEq)]
pub struct RewoundQuarter {
    pub orders: Orders,
    pub intents: Vec<SeatIntent>,
}

pub struct TableState {
    /// 0-based.
    pub index: usize,
    pub game: Game,
    pub roles: [SeatRole; 4],
    controllers: Controllers,
    /// Roles and every facilitator action, as the save keeps them.
    pub meta: SaveMeta,
    submitted: [Option<SeatOrders>; 4],
    /// What the seats that submitted meant their orders to do.
    intents: [Option<Intent>; 4],
    /// Injects queued for the quarter being played.
    pub injects: Vec<Inject>,
    /// Proposed injects the facilitator turned down this quarter.
    vetoed: Vec<String>,
    pub paused: bool,
    /// Some human seat of the table is connected. The countdown stands still while none is,
    /// so a quarter is not filled with standing orders before the room has sat down, nor the
    /// game played out while everyone is away.
    attended: bool,
    pub turn_limit: Option<Duration>,
    deadline: Option<Instant>,
    /// Time left on the countdown while paused.
    frozen: Option<Duration>,
    pub fill: Fill,
    /// Ended by the facilitator or by the calendar.
    pub ended: bool,
    /// Where the table saves after every change.
    pub save_path: Option<PathBuf>,
    /// Injects scheduled by quarter.
    pub timeline: Timeline,
}

impl TableState {
    pub fn new(
        index: usize,
        game: Game,
        roles: [SeatRole; 4],
        controllers: Controllers,
        meta: SaveMeta,
    ) -> TableState {
        let ended = game.is_over();
        TableState {
            index,
            game,
            roles,
            controllers,
            meta,
            submitted: Default::default(),
            intents: Default::default(),
            injects: Vec::new(),
            vetoed: Vec::new(),
            paused: false,
            attended: false,
            turn_limit: None,
            deadline: None,
            frozen: None,
            fill: Fill::Standing,
            ended,
            save_path: None,
            timeline: Timeline::default(),
        }
    }

    pub fn is_human(&self, seat: Seat) -> bool {
        self.roles[seat.index()].is_human()
    }

    pub fn humans(&self) -> impl Iterator<Item = Seat> + '_ {
        Seat::ALL.into_iter().filter(|s| self.is_human(*s))
    }

    pub fn is_submitted(&self, seat: Seat) -> bool {
        self.submitted[seat.index()].is_some()
    }

    /// A human seat's orders for this quarter. Refused (false) for bot seats, after the end,
    /// and twice in a quarter.
    pub fn submit(&mut self, orders: SeatOrders) -> bool {
        self.submit_with(orders, None)
    }

    /// A human seat's orders and what it means them to do; the intent reaches the save with
    /// the quarter.
    pub fn submit_with(&mut self, orders: SeatOrders, intent: Option<Intent>) -> bool {
        let seat = orders.seat();
        if self.ended || !self.is_human(seat) || self.is_submitted(seat) {
            return false;
        }
        self.submitted[seat.index()] = Some(orders);
        self.intents[seat.index()] = intent;
        true
    }

    /// The intent a seat submitted this quarter, if any.
    pub fn submitted_intent(&self, seat: Seat) -> Option<&Intent> {
        self.intents[seat.index()].as_ref()
    }

    /// Every human seat has submitted (a table of bots only waits for the facilitator).
    pub fn ready(&self) -> bool {
        !self.paused
            && !self.ended
            && self.humans().next().is_some()
            && self.humans().all(|s| self.is_submitted(s))
    }

    // -----------------------------------------------------------------------------------
    // The countdown

    /// Sets the per-quarter limit (None: no limit) and restarts the countdown.
    pub fn set_limit(&mut self, limit: Option<Duration>, now: Instant) {
        self.turn_limit = limit;
        self.restart_clock(now);
        let text = match limit {
            Some(d) => format!("Quarter time limit set to {} min", d.as_secs().div_ceil(60)),
            None => "Quarter time limit removed".to_string(),
        };
        self.note(text);
    }

    /// The countdown runs: not paused, and someone is at the table (a table of bots only has
    /// no one to wait for).
    fn clock_runs(&self) -> bool {
        !self.paused && (self.attended || self.humans().next().is_none())
    }

    /// The countdown stands still because none of the table's players is connected.
    pub fn waiting_for_players(&self) -> bool {
        self.turn_limit.is_some() && !self.ended && !self.paused && !self.clock_runs()
    }

    /// Whether some human seat is connected; the countdown stops and starts with it.
    pub fn set_attended(&mut self, attended: bool, now: Instant) {
        if attended == self.attended {
            return;
        }
        let was_running = self.clock_runs();
        self.attended = attended;
        match (was_running, self.clock_runs()) {
            (true, false) => self.freeze(now),
            (false, true) => self.thaw(now),
            _ => {}
        }
    }

    /// Stops the countdown, keeping the time left.
    fn freeze(&mut self, now: Instant) {
        self.frozen = self.remaining(now);
        self.deadline = None;
    }

    /// Runs the countdown again from the time it kept.
    fn thaw(&mut self, now: Instant) {
        self.deadline = self.frozen.take().map(|f| now + f);
    }

    fn restart_clock(&mut self, now: Instant) {
        match (self.turn_limit, self.clock_runs()) {
            (Some(d), true) => {
                self.deadline = Some(now + d);
                self.frozen = None;
            }
            (Some(d), false) => {
                self.deadline = None;
                self.frozen = Some(d);
            }
            (None, _) => {
                self.deadline = None;
                self.frozen = None;
            }
        }
    }

    /// Adds (or with a negative amount, takes) time on the running countdown.
    pub fn extend(&mut self, seconds: i64, now: Instant) {
        let left = self.remaining(now);
        let Some(left) = left else {
            return;
        };
        let secs = (left.as_secs() as i64 + seconds).max(0) as u64;
        let left = Duration::from_secs(secs);
        if !self.clock_runs() {
            self.frozen = Some(left);
        } else {
            self.deadline = Some(now + left);
        }
    }

    /// Time left this quarter; None without a limit.
    pub fn remaining(&self, now: Instant) -> Option<Duration> {
        match (self.deadline, self.frozen) {
            (Some(d), _) => Some(d.saturating_duration_since(now)),
            (None, Some(f)) => Some(f),
            _ => None,
        }
    }

    /// The countdown ran out (not while paused or after the end).
    pub fn expired(&self, now: Instant) -> bool {
        !self.paused && !self.ended && self.deadline.is_some_and(|d| now >= d)
    }

    pub fn pause(&mut self, now: Instant) {
        if self.paused {
            return;
        }
        if self.clock_runs() {
            self.freeze(now);
        }
        self.paused = true;
        self.note(format!("Paused in {}", self.game.world.date));
    }

    pub fn resume(&mut self, now: Instant) {
        if !self.paused {
            return;
        }
        self.paused = false;
        if self.clock_runs() {
            self.thaw(now);
        }
        self.note(format!("Resumed in {}", self.game.world.date));
    }

    // -----------------------------------------------------------------------------------
    // Resolution

    /// Keeps the reason of the bot that just decided for `seat`, for the save and the console.
    fn keep_reason(&mut self, turn: u32, seat: Seat) {
        if let Some(reason) = self.controllers.reason(seat) {
            self.meta.reasons.push(ReasonEntry { turn, seat, reason });
        }
    }

    /// Closes the quarter: submitted orders for human seats, the fill for those that did not
    /// submit, bots for the rest, and the queued injects.
    pub fn resolve(&mut self, now: Instant) -> Result<Resolved, String> {
        if self.ended {
            return Err("the game has ended".into());
        }
        let scheduled = self.queue_scheduled();
        let mut orders = self.game.world.last_orders.carried_forward();
        orders.injects = std::mem::take(&mut self.injects);
        // A vetoed proposal is not drawn from the deck this quarter either.
        orders.vetoes = self.vetoed.clone();
        let mut filled = Vec::new();
        let turn = self.game.turns.len() as u32;
        for seat in Seat::ALL {
            let i = seat.index();
            let submitted = self.submitted[i].take();
            if let Some(intent) = self.intents[i].take().filter(|_| submitted.is_some()) {
                self.meta.intents.push(IntentEntry { turn, seat, intent });
            }
            if self.roles[i].is_human() {
                match submitted {
                    Some(o) => orders.set_seat(o),
                    None => {
                        if self.fill == Fill::Bot
                            && let Some(o) = self.controllers.decide(&self.game, seat)
                        {
                            orders.set_seat(o);
                            self.keep_reason(turn, seat);
                        }
                        filled.push((seat, self.fill));
                    }
                }
            } else if let Some(o) = self.controllers.decide(&self.game, seat) {
                orders.set_seat(o);
                self.keep_reason(turn, seat);
            }
        }
        if !filled.is_empty() {
            let seats: Vec<&str> = filled.iter().map(|(s, _)| s.id()).collect();
            let by = match self.fill {
                Fill::Standing => "standing orders",
                Fill::Bot => "the seat's bot",
            };
            self.note(format!(
                "{} closed without orders from {}: {by} filled in",
                self.game.world.date,
                seats.join(", ")
            ));
        }
        self.game.play(orders.clone());
        self.vetoed.clear();
        if self.game.is_over() {
            self.ended = true;
        }
        self.restart_clock(now);
        Ok(Resolved {
            orders,
            filled,
            scheduled,
        })
    }

    /// The quarter being played, 1-based.
    pub fn quarter(&self) -> u32 {
        self.game.turns.len() as u32 + 1
    }

    /// Queues this quarter's scheduled cards the way the facilitator's live injects are.
    fn queue_scheduled(&mut self) -> Vec<Scheduled> {
        let due: Vec<Scheduled> = self.timeline.due(self.quarter()).cloned().collect();
        let mut queued = Vec::new();
        for entry in due {
            // Already queued (by hand, or again after a rewind): once is enough.
            if self.inject_card(&entry.card).is_ok() {
                self.note(format!(
                    "Scheduled inject \"{}\" in {}{}",
                    entry.card,
                    self.game.world.date,
                    if entry.note.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", entry.note)
                    }
                ));
                queued.push(entry);
            }
        }
        queued
    }

    // -----------------------------------------------------------------------------------
    // Injects

    /// Deck cards whose conditions on the state hold now (beyond the calendar), not yet
    /// queued or vetoed this quarter: the model proposes them, the facilitator decides.
    pub fn proposals(&self) -> Vec<&EventCard> {
        let world = &self.game.world;
        world
            .params
            .events
            .iter()
            .filter(|c| c.conditions.iter().any(|k| k.metric != Metric::Turn))
            .filter(|c| eligible(world, c))
            .filter(|c| !self.vetoed.contains(&c.id) && !self.is_queued(&c.id))
            .collect()
    }

    fn is_queued(&self, id: &str) -> bool {
        self.injects
            .iter()
            .any(|i| matches!(i, Inject::Card { id: q } if q == id))
    }

    /// Queues a deck card for this quarter.
    pub fn inject_card(&mut self, id: &str) -> Result<(), String> {
        if self.ended {
            return Err("the game has ended".into());
        }
        if !self.game.world.params.events.iter().any(|c| c.id == id) {
            return Err(format!("no event card \"{id}\" in this scenario"));
        }
        if self.is_queued(id) {
            return Err(format!("\"{id}\" is already queued"));
        }
        self.injects.push(Inject::Card { id: id.to_string() });
        Ok(())
    }

    /// Queues a headline the facilitator wrote (news only: it has no effects of its own).
    pub fn inject_custom(&mut self, headline: &str, explanation: &str) -> Result<(), String> {
        let headline = headline.trim();
        if headline.is_empty() {
            return Err("a custom inject needs a headline".into());
        }
        if self.ended {
            return Err("the game has ended".into());
        }
        self.injects.push(Inject::Custom {
            card: CustomCard {
                headline: headline.to_string(),
                explanation: explanation.trim().to_string(),
                effects: Vec::new(),
            },
        });
        Ok(())
    }

    /// Takes the last queued inject back.
    pub fn unqueue(&mut self) -> Option<Inject> {
        self.injects.pop()
    }

    pub fn approve(&mut self, id: &str) -> Result<(), String> {
        self.inject_card(id)?;
        self.note(format!("Approved the proposed inject \"{id}\""));
        Ok(())
    }

    pub fn veto(&mut self, id: &str) {
        if !self.vetoed.iter().any(|v| v == id) {
            self.vetoed.push(id.to_string());
            self.note(format!(
                "Vetoed the proposed inject \"{id}\" for {}",
                self.game.world.date
            ));
        }
    }

    // -----------------------------------------------------------------------------------
    // Overrides, rewind, end

    /// Sets a figure of the world after the last resolved quarter. Returns the old value.
    pub fn override_figure(
        &mut self,
        pointer: &str,
        value: serde_json::Value,
        reason: &str,
    ) -> Result<serde_json::Value, String> {
        let Some(last) = self.game.turns.len().checked_sub(1) else {
            return Err("no quarter has resolved yet: nothing to override".into());
        };
        let old = serde_json::to_value(&self.game.world)
            .map_err(|e| e.to_string())?
            .pointer(pointer)
            .cloned()
            .ok_or_else(|| format!("override {pointer}: no such figure in the world"))?;
        apply_override(&mut self.game, pointer, &value)?;
        self.meta.facilitator.push(FacilitatorEntry {
            turn: last as u32,
            action: FacilitatorAction::Override {
                pointer: pointer.to_string(),
                value,
                reason: reason.trim().to_string(),
            },
        });
        Ok(old)
    }

    /// Takes back the last resolved quarter: the game returns to the world before it (with
    /// earlier overrides), the quarter's orders and intents are kept for the debrief, and its
    /// injects are queued again. Returns them (the seats' drafts start from them).
    pub fn rewind(&mut self, reason: &str, now: Instant) -> Result<RewoundQuarter, String> {
        let Some(k) = self.game.turns.len().checked_sub(1) else {
            return Err("no quarter has resolved yet: nothing to rewind".into());
        };
        let rebuilt = rebuild(&self.game, &self.meta.facilitator, k)?;
        let last = self.game.turns[k].clone();
        let mut undone = Vec::new();
        self.meta.facilitator.retain(|e| {
            let gone =
                e.turn as usize == k && matches!(e.action, FacilitatorAction::Override { .. });
            if gone && let FacilitatorAction::Override { pointer, value, .. } = &e.action {
                undone.push(format!("{pointer} = {value}"));
            }
            !gone
        });
        for e in &mut self.meta.facilitator {
            if e.turn as usize > k {
                e.turn = k as u32;
            }
        }
        let mut reason = reason.trim().to_string();
        if !undone.is_empty() {
            reason = format!("{reason} (overrides undone: {})", undone.join(", "));
        }
        let intents = intent::of_turn(&self.meta.intents, k as u32);
        self.meta.facilitator.push(FacilitatorEntry {
            turn: k as u32,
            action: FacilitatorAction::Rewound {
                orders: Box::new(last.orders.clone()),
                hash: last.hash.clone(),
                reason,
                intents: intents.clone(),
            },
        });
        // The quarter is played again: its intents are given again with its orders.
        self.meta.intents.retain(|e| (e.turn as usize) < k);
        self.meta.reasons.retain(|e| (e.turn as usize) < k);
        self.game = rebuilt;
        self.submitted = Default::default();
        self.intents = Default::default();
        self.injects = last.orders.injects.clone();
        self.vetoed.clear();
        self.ended = false;
        self.restart_clock(now);
        Ok(RewoundQuarter {
            orders: last.orders,
            intents,
        })
    }

    pub fn end(&mut self) {
        if !self.ended {
            self.ended = true;
            self.note(format!(
                "The facilitator ended the game in {}",
                self.game.world.date
            ));
        }
    }

    /// Hands a seat to a bot (from now on) or back to people.
    pub fn set_human(&mut self, seat: Seat, human: bool) {
        let role = if human {
            SeatRole::Human
        } else {
            SeatRole::baseline_bot()
        };
        if self.roles[seat.index()] == role {
            return;
        }
        self.roles[seat.index()] = role.clone();
        self.meta.roles[seat.index()] = role;
        self.submitted[seat.index()] = None;
        self.intents[seat.index()] = None;
        let who = if human { "people" } else { "a bot" };
        self.note(format!(
            "{} handed to {who} in {}",
            seat.id(),
            self.game.world.date
        ));
    }

    /// A line for the debrief, on the quarter being played.
    pub fn note(&mut self, text: String) {
        self.meta.facilitator.push(FacilitatorEntry {
            turn: self.game.turns.len() as u32,
            action: FacilitatorAction::Note { text },
        });
    }

    /// Writes the save (atomically, keeping the previous one).
    pub fn save(&self) -> Result<Option<PathBuf>, String> {
        let Some(path) = &self.save_path else {
            return Ok(None);
        };
        SaveFile::from_game(&self.game, &self.meta)
            .write(path)
            .map_err(|e| e.to_string())?;
        let beside = super::timeline::path_beside(path);
        if !self.timeline.entries.is_empty() || beside.exists() {
            std::fs::write(&beside, self.timeline.to_toml())
                .map_err(|e| format!("{}: {e}", beside.display()))?;
        }
        Ok(Some(path.clone()))
    }
}

/// The game after its first `upto` quarters, replayed from the start with the overrides made
/// on them; every hash must match the original's.
pub fn rebuild(game: &Game, entries: &[FacilitatorEntry], upto: usize) -> Result<Game, String> {
    let mut g = Game::new(game.scenario.clone(), game.seed);
    for (i, turn) in game.turns.iter().take(upto).enumerate() {
        g.play(turn.orders.clone());
        for e in entries.iter().filter(|e| e.turn as usize == i) {
            if let FacilitatorAction::Override { pointer, value, .. } = &e.action {
                apply_override(&mut g, pointer, value)?;
            }
        }
        if g.turns.last().map(|t| &t.hash) != Some(&turn.hash) {
            return Err(format!(
                "quarter {} does not replay as it was played; not rewinding",
                i + 1
            ));
        }
    }
    Ok(g)
}

/// A copy of a game (Game itself is not Clone: it is big and usually moved).
pub fn copy_game(game: &Game) -> Game {
    Game {
        scenario: game.scenario.clone(),
        seed: game.seed,
        world: game.world.clone(),
        rngs: game.rngs.clone(),
        turns: game.turns.clone(),
        start_hash: game.start_hash.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::orders::Value;
    use crate::engine::state_hash;

    fn table(humans: &[Seat]) -> TableState {
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let roles = Seat::ALL.map(|s| {
            if humans.contains(&s) {
                SeatRole::Human
            } else {
                SeatRole::baseline_bot()
            }
        });
        TableState::new(
            0,
            Game::new(scenario, 11),
            roles.clone(),
            Controllers::bots_except(None),
            SaveMeta::new(roles),
        )
    }

    fn oracle_bonds(t: &TableState, bn: f64) -> SeatOrders {
        let mut o = t.game.world.last_orders.seat(Seat::Oracle);
        assert!(o.set("bond_bn", 0, Value::Number(bn)));
        o
    }

    fn notes(t: &TableState) -> Vec<String> {
        t.meta
            .facilitator
            .iter()
            .filter_map(|e| match &e.action {
                FacilitatorAction::Note { text } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_quarter_resolves_when_every_human_seat_has_submitted() {
        let mut t = table(&[Seat::Oracle, Seat::Utility]);
        let now = Instant::now();
        assert!(!t.ready());
        assert!(t.submit(oracle_bonds(&t, 9.0)));
        assert!(!t.submit(oracle_bonds(&t, 1.0)), "once a quarter");
        assert!(
            !t.submit(t.game.world.last_orders.seat(Seat::OpenAi)),
            "a bot seat takes no orders"
        );
        assert!(!t.ready());
        assert!(t.submit(t.game.world.last_orders.seat(Seat::Utility)));
        assert!(t.ready());
        let r = t.resolve(now).unwrap();
        assert!(r.filled.is_empty());
        assert_eq!(r.orders.oracle.bond_bn, 9.0);
        assert_eq!(t.game.turns.len(), 1);
        assert!(!t.ready(), "the next quarter starts empty");
    }

    #[test]
    fn on_timeout_standing_orders_or_the_bot_fill_in() {
        let mut t = table(&[Seat::Oracle, Seat::Utility]);
        let t0 = Instant::now();
        t.set_attended(true, t0);
        t.set_limit(Some(Duration::from_secs(60)), t0);
        assert!(!t.expired(t0 + Duration::from_secs(59)));
        assert!(t.expired(t0 + Duration::from_secs(60)));
        t.submit(oracle_bonds(&t, 12.0));
        let standing = t.game.world.last_orders.utility.carried_forward();
        let r = t.resolve(t0 + Duration::from_secs(60)).unwrap();
        assert_eq!(r.filled, vec![(Seat::Utility, Fill::Standing)]);
        assert_eq!(r.orders.utility, standing, "standing orders kept");
        assert_eq!(r.orders.oracle.bond_bn, 12.0);
        assert!(
            notes(&t).iter().any(|n| n.contains("utility")),
            "{:?}",
            notes(&t)
        );

        // The countdown restarted for the new quarter; now the bot fills in.
        let t1 = t0 + Duration::from_secs(60);
        assert_eq!(t.remaining(t1), Some(Duration::from_secs(60)));
        t.fill = Fill::Bot;
        let mut bots = Controllers::bots_except(None);
        let bot_orders = bots.decide(&t.game, Seat::Utility).unwrap();
        let r = t.resolve(t1 + Duration::from_secs(60)).unwrap();
        assert_eq!(r.filled.len(), 2);
        assert_eq!(r.orders.seat(Seat::Utility), bot_orders);
    }

    #[test]
    fn the_countdown_waits_for_the_players() {
        let secs = Duration::from_secs;
        let mut t = table(&[Seat::Oracle]);
        let t0 = Instant::now();
        t.set_limit(Some(secs(60)), t0);
        // Nobody has sat down: the server may run for an hour before the room arrives.
        assert!(t.waiting_for_players());
        assert!(!t.expired(t0 + secs(3600)));
        assert_eq!(t.remaining(t0 + secs(3600)), Some(secs(60)));
        // The first player starts it; when everyone leaves it stands still again.
        t.set_attended(true, t0 + secs(3600));
        assert!(!t.waiting_for_players());
        t.set_attended(false, t0 + secs(3620));
        assert!(!t.expired(t0 + secs(7200)));
        assert_eq!(t.remaining(t0 + secs(7200)), Some(secs(40)));
        // A pause and a resume while nobody is there do not start it either.
        t.pause(t0 + secs(7200));
        t.resume(t0 + secs(7210));
        assert!(!t.expired(t0 + secs(9000)));
        t.set_attended(true, t0 + secs(9000));
        assert!(!t.expired(t0 + secs(9039)));
        assert!(t.expired(t0 + secs(9040)));
        // A table of bots has no one to wait for.
        let mut bots = table(&[]);
        bots.set_limit(Some(secs(60)), t0);
        assert!(!bots.waiting_for_players());
        assert!(bots.expired(t0 + secs(60)));
    }

    #[test]
    fn pausing_freezes_the_countdown_and_holds_the_table() {
        let mut t = table(&[Seat::Oracle]);
        let t0 = Instant::now();
        t.set_attended(true, t0);
        t.set_limit(Some(Duration::from_secs(100)), t0);
        t.pause(t0 + Duration::from_secs(30));
        assert!(t.paused);
        assert!(!t.expired(t0 + Duration::from_secs(500)));
        assert_eq!(
            t.remaining(t0 + Duration::from_secs(500)),
            Some(Duration::from_secs(70))
        );
        t.submit(oracle_bonds(&t, 3.0));
        assert!(!t.ready(), "nothing resolves while paused");
        t.extend(60, t0);
        assert_eq!(t.remaining(t0), Some(Duration::from_secs(130)));
        t.resume(t0 + Duration::from_secs(500));
        assert!(t.ready());
        assert_eq!(
            t.remaining(t0 + Duration::from_secs(510)),
            Some(Duration::from_secs(120))
        );
        let n = notes(&t);
        assert!(n.iter().any(|x| x.starts_with("Paused")), "{n:?}");
        assert!(n.iter().any(|x| x.starts_with("Resumed")), "{n:?}");
    }

    #[test]
    fn injects_go_into_the_quarters_orders_and_proposals_can_be_vetoed() {
        let mut t = table(&[Seat::Oracle]);
        let now = Instant::now();
        t.inject_card("gas-spike").unwrap();
        assert!(t.inject_card("gas-spike").is_err(), "queued once");
        assert!(t.inject_card("no-such-card").is_err());
        assert!(t.inject_custom("  ", "").is_err());
        t.inject_custom(
            "Governor calls a special session",
            "Lawmakers meet on rates.",
        )
        .unwrap();
        let r = t.resolve(now).unwrap();
        assert_eq!(r.orders.injects.len(), 2);
        let report = &t.game.turns[0].report;
        assert!(
            report
                .events
                .iter()
                .any(|e| e.id == "gas-spike" && e.injected)
        );
        assert!(
            report
                .events
                .iter()
                .any(|e| e.id == "custom-1" && e.injected)
        );
        assert!(t.injects.is_empty());

        // Proposals: state-driven cards that hold now; a veto hides one for the quarter.
        let proposed: Vec<String> = t.proposals().iter().map(|c| c.id.clone()).collect();
        for id in &proposed {
            let card = t
                .game
                .world
                .params
                .events
                .iter()
                .find(|c| &c.id == id)
                .unwrap();
            assert!(eligible(&t.game.world, card));
            assert!(card.conditions.iter().any(|c| c.metric != Metric::Turn));
        }
        if let Some(first) = proposed.first().cloned() {
            t.veto(&first);
            assert!(!t.proposals().iter().any(|c| c.id == first));
            assert!(notes(&t).iter().any(|n| n.contains("Vetoed")));
            if let Some(second) = proposed.get(1).cloned() {
                t.approve(&second).unwrap();
                assert!(!t.proposals().iter().any(|c| c.id == second));
                assert!(matches!(&t.injects[0], Inject::Card { id } if *id == second));
            }
        }
    }

    #[test]
    fn an_override_is_recorded_with_its_reason_and_survives_a_reload() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = table(&[Seat::Oracle]);
        t.save_path = Some(dir.path().join("t1.json.gz"));
        let now = Instant::now();
        assert!(
            t.override_figure("/market/index", 50.0.into(), "x")
                .is_err(),
            "nothing to override yet"
        );
        t.resolve(now).unwrap();
        let old = t
            .override_figure(
                "/regions/0/retail/bill_month",
                321.0.into(),
                "Bills as the PUC reported",
            )
            .unwrap();
        assert!(old.as_f64().is_some());
        assert_eq!(t.game.world.regions[0].retail.bill_month, 321.0);
        assert!(t.override_figure("/no/such", 1.0.into(), "x").is_err());
        let path = t.save().unwrap().unwrap();
        let (loaded, meta) = crate::save::load_game(&path).unwrap();
        assert_eq!(loaded.world.regions[0].retail.bill_month, 321.0);
        assert!(meta.facilitator.iter().any(|e| matches!(
            &e.action,
            FacilitatorAction::Override { reason, .. } if reason == "Bills as the PUC reported"
        ) && e.turn == 0));
    }

    #[test]
    fn intents_reach_the_meta_with_their_quarter_and_a_rewind_takes_them_back() {
        let mut t = table(&[Seat::Oracle, Seat::Utility]);
        let now = Instant::now();
        let said = |text: &str| Intent {
            text: text.into(),
            expect: None,
        };
        assert!(t.submit_with(oracle_bonds(&t, 5.0), Some(said("borrow early"))));
        assert_eq!(
            t.submitted_intent(Seat::Oracle),
            Some(&said("borrow early"))
        );
        // Time runs out for the utility: no orders from it, so no intent either.
        t.resolve(now).unwrap();
        let kept: Vec<(u32, Seat)> = t.meta.intents.iter().map(|e| (e.turn, e.seat)).collect();
        assert_eq!(kept, vec![(0, Seat::Oracle)]);
        assert!(
            t.submitted_intent(Seat::Oracle).is_none(),
            "next quarter starts empty"
        );

        assert!(t.submit_with(oracle_bonds(&t, 9.0), Some(said("borrow more"))));
        t.resolve(now).unwrap();
        assert_eq!(t.meta.intents.len(), 2);
        let rewound = t.rewind("replay the second quarter", now).unwrap();
        assert_eq!(t.meta.intents.len(), 1, "the rewound quarter's intent goes");
        let given_back: Vec<(Seat, &str)> = rewound
            .intents
            .iter()
            .map(|s| (s.seat, s.intent.text.as_str()))
            .collect();
        assert_eq!(given_back, vec![(Seat::Oracle, "borrow more")]);
        let kept_for_debrief = t.meta.facilitator.iter().find_map(|e| match &e.action {
            FacilitatorAction::Rewound { intents, .. } => Some(intents.clone()),
            _ => None,
        });
        assert_eq!(kept_for_debrief, Some(rewound.intents.clone()));
        assert!(t.submit_with(oracle_bonds(&t, 3.0), Some(said("borrow less"))));
        t.resolve(now).unwrap();
        let second = &t.meta.intents[1];
        assert_eq!(
            (second.turn, second.intent.text.as_str()),
            (1, "borrow less")
        );
        let save = SaveFile::from_game(&t.game, &t.meta);
        assert_eq!(save.turns[1].intents[0].intent.text, "borrow less");
        assert!(save.turns.iter().all(|r| r.intents.len() == 1));
    }

    #[test]
    fn rewind_returns_to_the_world_before_the_last_quarter() {
        let mut t = table(&[Seat::Oracle]);
        let now = Instant::now();
        t.resolve(now).unwrap();
        t.override_figure("/market/sentiment", 0.5.into(), "first quarter fix")
            .unwrap();
        let after_one = state_hash(&t.game.world);
        t.submit(oracle_bonds(&t, 20.0));
        t.inject_card("gas-spike").unwrap();
        t.resolve(now).unwrap();
        t.override_figure("/market/index", 10.0.into(), "oops")
            .unwrap();
        assert_eq!(t.game.turns.len(), 2);

        let rewound = t.rewind("Wrong number typed", now).unwrap().orders;
        assert_eq!(rewound.oracle.bond_bn, 20.0);
        assert_eq!(t.game.turns.len(), 1);
        assert_eq!(
            state_hash(&t.game.world),
            after_one,
            "earlier override kept"
        );
        assert!(matches!(&t.injects[0], Inject::Card { id } if id == "gas-spike"));
        let last = t.meta.facilitator.last().unwrap();
        assert_eq!(last.turn, 1);
        match &last.action {
            FacilitatorAction::Rewound { orders, reason, .. } => {
                assert_eq!(orders.oracle.bond_bn, 20.0);
                assert!(reason.contains("Wrong number typed"));
                assert!(reason.contains("/market/index"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            !t.meta
                .facilitator
                .iter()
                .any(|e| e.turn == 1 && matches!(e.action, FacilitatorAction::Override { .. })),
            "the rewound quarter's overrides are gone"
        );
        // The save of the rewound game replays exactly.
        let dir = tempfile::tempdir().unwrap();
        t.save_path = Some(dir.path().join("t.json.gz"));
        t.resolve(now).unwrap();
        let path = t.save().unwrap().unwrap();
        assert!(crate::save::Replay::load(&path).unwrap().is_exact());

        let mut fresh = table(&[Seat::Oracle]);
        assert!(fresh.rewind("x", now).is_err());
    }

    #[test]
    fn the_debrief_shows_what_the_facilitator_did() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = table(&[Seat::Oracle]);
        t.save_path = Some(dir.path().join("w.json.gz"));
        let now = Instant::now();
        t.pause(now);
        t.resume(now);
        t.inject_custom("Governor declares a grid emergency", "")
            .unwrap();
        t.resolve(now).unwrap();
        t.override_figure("/market/index", 77.0.into(), "The room voted for a crash")
            .unwrap();
        t.resolve(now).unwrap();
        t.rewind("Replayed after a typo", now).unwrap();
        let path = t.save().unwrap().unwrap();
        let replay = crate::save::Replay::load(&path).unwrap();
        assert!(replay.is_exact());
        let md = crate::report::render(&replay, crate::report::Format::Md, crate::i18n::Lang::En);
        for want in [
            "The room voted for a crash",
            "Replayed after a typo",
            "Paused in 2025 Q1",
            "Governor declares a grid emergency",
        ] {
            assert!(md.contains(want), "{want}: {md}");
        }
    }

    #[test]
    fn ending_and_handing_seats_to_bots() {
        let mut t = table(&[Seat::Oracle, Seat::OpenAi]);
        let now = Instant::now();
        t.set_human(Seat::OpenAi, false);
        assert!(!t.is_human(Seat::OpenAi));
        assert_eq!(t.meta.roles[Seat::OpenAi.index()], SeatRole::baseline_bot());
        t.submit(oracle_bonds(&t, 1.0));
        assert!(t.ready());
        t.end();
        assert!(t.ended && !t.ready());
        assert!(t.resolve(now).is_err());
        assert!(notes(&t).iter().any(|n| n.contains("ended")));
    }
}
