//! A game being played in the interface: the game, who holds each seat, the human seats' draft
//! orders and who has submitted. No drawing here, and no rules: orders go to `Game::play`.

use crate::bots::{BotSpec, Level, personalities};
use crate::engine::attribution::Attribution;
use crate::engine::report::Msg;
use crate::engine::{Orders, Seat, SeatOrders, SeatView, World};
use crate::game::{Controllers, Game, SeatRole, Turn};
use crate::save::{FacilitatorEntry, ForkOrigin, Intent, IntentEntry, ReasonEntry, SaveMeta};
use crate::scenario::Scenario;
use std::cell::RefCell;

/// What the dashboard and charts draw: a world and the quarters that led to it. The game being
/// played gives its own; the replay viewer gives the world as it stood after any quarter.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub world: &'a World,
    pub turns: &'a [Turn],
}

impl<'a> Shown<'a> {
    pub fn last_turn(&self) -> Option<&'a Turn> {
        self.turns.last()
    }

    /// The report of the quarter before the last, if any.
    pub fn previous_turn(&self) -> Option<&'a Turn> {
        self.turns.len().checked_sub(2).map(|i| &self.turns[i])
    }
}

/// Where orders go when every seat has submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// This process resolves the turn: bots fill the seats nobody holds.
    Local,
    /// A server resolves (workshop over SSH): this app holds one seat, sends its orders out and
    /// is told the resolved orders of the whole table, which it replays on its copy of the game.
    Remote { seat: Seat },
}

pub struct Session {
    pub game: Game,
    /// The bots; None while they decide on a worker thread ([`BotJob`]).
    controllers: Option<Controllers>,
    pub roles: [SeatRole; 4],
    /// Human seats in seat order: the hot-seat order.
    pub humans: Vec<Seat>,
    drafts: [Option<SeatOrders>; 4],
    /// What each human seat means its draft to do this quarter (workshops ask for it).
    intent_drafts: [Option<Intent>; 4],
    submitted: [bool; 4],
    pub table: Table,
    /// The save and quarter this game was forked from.
    pub forked_from: Option<ForkOrigin>,
    /// Facilitator actions carried over from a loaded workshop save.
    pub facilitator: Vec<FacilitatorEntry>,
    /// The intents of the quarters played, as the save keeps them.
    pub intents: Vec<IntentEntry>,
    /// The bots' reasons for the quarters played, as the save keeps them.
    pub reasons: Vec<ReasonEntry>,
    /// A fork's original orders from the fork on: `guide[i]` is what was played in the
    /// original's quarter `guide_from + i + 1`. Human seats' drafts start from them.
    guide: Vec<Orders>,
    guide_from: usize,
    /// Seats that play the original's orders while the guide lasts (a fork's "as played"
    /// seats, recorded as `SeatRole::Script`), then a baseline bot.
    follow: [bool; 4],
    /// The slot this game was last saved to, offered again by "Save as".
    pub slot: Option<String>,
    /// The last preview, keyed by the quarter's state hash and the draft: each frame draws it
    /// and each costs a few resolves.
    preview_cache: RefCell<Option<(String, SeatOrders, Vec<Msg>)>>,
    /// Last quarter's causes, keyed by the number of quarters played: worked out once (a few
    /// dozen resolves), then read by the results screen and the "why" popup.
    why_cache: RefCell<Option<(usize, Option<Attribution>)>>,
    /// The game's story for the game-over screen, keyed by the number of quarters played:
    /// every quarter attributed once.
    story_cache: RefCell<Option<(usize, std::rc::Rc<crate::report::story::Story>)>>,
}

/// The bots the game's roles name (seats held by people are left out).
pub fn bot_specs(roles: &[SeatRole; 4]) -> Vec<BotSpec> {
    Seat::ALL
        .iter()
        .filter_map(|s| bot_spec(*s, &roles[s.index()]))
        .collect()
}

/// The bot a seat role names; an unknown personality (a save from another build) plays as the
/// seat's first registered personality.
pub fn bot_spec(seat: Seat, role: &SeatRole) -> Option<BotSpec> {
    let SeatRole::Bot { personality, level } = role else {
        return None;
    };
    let known = personalities(seat);
    let personality = if known.contains(&personality.as_str()) {
        personality.clone()
    } else {
        known.first().copied().unwrap_or("baseline").to_string()
    };
    Some(BotSpec {
        seat,
        personality,
        level: Level::parse(level).unwrap_or_default(),
    })
}

/// The bots' part of a quarter, out of the session: the world as it stands, the seats to
/// decide and the bots themselves. It runs on any thread and decides exactly as the session
/// would (same bots, same world, seat order), so results do not depend on where it ran.
pub struct BotJob {
    world: World,
    seats: Vec<Seat>,
    controllers: Controllers,
}

/// What a [`BotJob`] gives back: the bots (with their memory of this decision) and each bot
/// seat's orders.
#[derive(Default)]
pub struct Decided {
    controllers: Option<Controllers>,
    orders: Vec<(Seat, SeatOrders)>,
}

impl BotJob {
    /// The bot seats to decide, with each one's spec (level and personality).
    pub fn bots(&self) -> Vec<BotSpec> {
        self.seats
            .iter()
            .filter_map(|s| self.controllers.spec(*s).cloned())
            .collect()
    }

    /// Decides every bot seat in seat order; `progress(seat, evaluations)` hears a thinking
    /// bot as it goes (rule bots decide at once and are not heard).
    pub fn run(mut self, progress: impl Fn(Seat, u32) + Send + Sync + Clone + 'static) -> Decided {
        let mut orders = Vec::new();
        for seat in self.seats.clone() {
            let heard = progress.clone();
            let hook: crate::bots::ProgressHook =
                std::sync::Arc::new(move |done| heard(seat, done));
            self.controllers.watch(seat, Some(hook));
            if let Some(o) = self.controllers.decide_in(&self.world, seat) {
                orders.push((seat, o));
            }
            self.controllers.watch(seat, None);
        }
        Decided {
            controllers: Some(self.controllers),
            orders,
        }
    }
}

impl Session {
    pub fn new(scenario: Scenario, seed: u64, roles: [SeatRole; 4]) -> Session {
        Session::with_game(Game::new(scenario, seed), roles, Table::Local)
    }

    /// A session around an existing game (a loaded save, or a remote seat's replica).
    pub fn with_game(game: Game, roles: [SeatRole; 4], table: Table) -> Session {
        let humans = match table {
            Table::Local => Seat::ALL
                .into_iter()
                .filter(|s| roles[s.index()].is_human())
                .collect(),
            Table::Remote { seat } => vec![seat],
        };
        let specs: Vec<BotSpec> = Seat::ALL
            .iter()
            .filter_map(|s| bot_spec(*s, &roles[s.index()]))
            .collect();
        Session {
            game,
            controllers: Some(Controllers::with_bots(None, &specs).explaining()),
            roles,
            humans,
            drafts: Default::default(),
            intent_drafts: Default::default(),
            submitted: [false; 4],
            table,
            forked_from: None,
            facilitator: Vec::new(),
            intents: Vec::new(),
            reasons: Vec::new(),
            guide: Vec::new(),
            guide_from: 0,
            follow: [false; 4],
            slot: None,
            preview_cache: RefCell::new(None),
            why_cache: RefCell::new(None),
            story_cache: RefCell::new(None),
        }
    }

    /// A loaded game or a fork, played on locally with these seats. `guide`: for a fork, the
    /// original's orders of the quarters from the fork on; seats held by `SeatRole::Script`
    /// then play them as they were played.
    pub fn resume(game: Game, meta: SaveMeta, roles: [SeatRole; 4], guide: Vec<Orders>) -> Session {
        let guide_from = game.turns.len();
        let follow = roles
            .clone()
            .map(|r| matches!(r, SeatRole::Script { .. }) && !guide.is_empty());
        let mut session = Session::with_game(game, roles, Table::Local);
        session.follow = follow;
        session.forked_from = meta.forked_from;
        session.facilitator = meta.facilitator;
        // A fork keeps the intents of the quarters it took over.
        session.intents = meta
            .intents
            .into_iter()
            .filter(|e| (e.turn as usize) < guide_from)
            .collect();
        session.reasons = meta
            .reasons
            .into_iter()
            .filter(|e| (e.turn as usize) < guide_from)
            .collect();
        session.slot = meta.name;
        session.guide = guide;
        session.guide_from = guide_from;
        session
    }

    /// What a save of this game records besides the game.
    pub fn meta(&self) -> SaveMeta {
        let mut meta = SaveMeta::new(self.roles.clone());
        meta.forked_from = self.forked_from.clone();
        meta.facilitator = self.facilitator.clone();
        meta.intents = self.intents.clone();
        meta.reasons = self.reasons.clone();
        meta
    }

    /// The original's orders for the quarter being played, in a fork.
    fn guided(&self) -> Option<&Orders> {
        self.game
            .turns
            .len()
            .checked_sub(self.guide_from)
            .and_then(|i| self.guide.get(i))
    }

    pub fn is_over(&self) -> bool {
        self.game.is_over()
    }

    pub fn view(&self, seat: Seat) -> SeatView {
        self.game.view(seat)
    }

    /// What carries on from last quarter for a seat: its rules and the one-offs it marked to
    /// repeat (the form's "changed" marks and resets compare against this).
    pub fn standing(&self, seat: Seat) -> SeatOrders {
        self.game.world.last_orders.seat(seat).carried_forward()
    }

    /// The seat's orders as drafted so far; until it edits them, what carries on from last
    /// quarter (in a fork, what the original game played this quarter).
    /// A company in default drafts nothing it cannot carry out (a standing dividend, say).
    pub fn draft(&self, seat: Seat) -> SeatOrders {
        let mut draft = self.drafts[seat.index()].clone().unwrap_or_else(|| {
            self.guided()
                .map_or_else(|| self.standing(seat), |o| o.seat(seat))
        });
        if self.in_default(seat).is_some() {
            crate::engine::orders::drop_refused(&mut draft);
        }
        draft
    }

    /// The engine's preview of a draft (see [`Game::preview`]), cached until the draft or
    /// the quarter changes.
    pub fn preview(&self, draft: &SeatOrders) -> Vec<Msg> {
        let state = self
            .game
            .turns
            .last()
            .map_or_else(|| self.game.start_hash.clone(), |t| t.hash.clone());
        if let Some((hash, cached, lines)) = self.preview_cache.borrow().as_ref()
            && *hash == state
            && cached == draft
        {
            return lines.clone();
        }
        let lines = self.game.preview(draft);
        *self.preview_cache.borrow_mut() = Some((state, draft.clone(), lines.clone()));
        lines
    }

    /// The seat's company in default, if it is.
    pub fn in_default(&self, seat: Seat) -> Option<crate::engine::orders::InDefault> {
        crate::engine::orders::InDefault::of_world(&self.game.world, seat)
    }

    pub fn set_draft(&mut self, orders: SeatOrders) {
        let seat = orders.seat();
        self.drafts[seat.index()] = Some(orders);
    }

    /// What the seat means its draft to do, if it said.
    pub fn intent(&self, seat: Seat) -> Option<&Intent> {
        self.intent_drafts[seat.index()].as_ref()
    }

    pub fn set_intent(&mut self, seat: Seat, intent: Option<Intent>) {
        self.intent_drafts[seat.index()] = intent;
    }

    pub fn is_submitted(&self, seat: Seat) -> bool {
        self.submitted[seat.index()]
    }

    pub fn submit(&mut self, seat: Seat) {
        let draft = self.draft(seat);
        self.drafts[seat.index()] = Some(draft);
        self.submitted[seat.index()] = true;
    }

    /// The next human seat that still has to give orders this quarter.
    pub fn next_to_play(&self) -> Option<Seat> {
        self.humans
            .iter()
            .copied()
            .find(|s| !self.submitted[s.index()])
    }

    pub fn all_submitted(&self) -> bool {
        self.next_to_play().is_none()
    }

    /// Resolves the quarter (local table): human drafts plus bot orders, the bots deciding
    /// here and now. Drafts reset to the new standing orders.
    pub fn resolve(&mut self) -> &Turn {
        match self.bot_job() {
            Some(job) => {
                let decided = job.run(|_, _| {});
                self.finish(decided)
            }
            None => self.finish(Decided::default()),
        }
    }

    /// The seats bots decide for this quarter: nobody holds them and no fork's original
    /// plays them.
    fn bot_seats(&self) -> Vec<Seat> {
        let guided = self.guided().is_some();
        Seat::ALL
            .into_iter()
            .filter(|s| !(self.humans.contains(s) || guided && self.follow[s.index()]))
            .collect()
    }

    /// Takes the bots out of the session with what they need to decide this quarter, so they
    /// can think on another thread; [`Session::finish`] gives them back. None while they are
    /// out already.
    pub fn bot_job(&mut self) -> Option<BotJob> {
        let seats = self.bot_seats();
        let controllers = self.controllers.take()?;
        Some(BotJob {
            world: self.game.world.clone(),
            seats,
            controllers,
        })
    }

    /// Gives the session's expert bots this thinking budget (`--think`).
    pub fn set_think(&mut self, think: u32) {
        if let Some(controllers) = &mut self.controllers {
            controllers.set_think(think);
        }
    }

    /// Whether the bots are out deciding.
    pub fn bots_out(&self) -> bool {
        self.controllers.is_none()
    }

    /// Resolves the quarter with the bots' decisions: human drafts, a fork's original orders
    /// for the seats that follow it, and the bots' orders (their reasons kept for the save).
    pub fn finish(&mut self, decided: Decided) -> &Turn {
        let turn = self.game.turns.len() as u32;
        if let Some(controllers) = decided.controllers {
            for (seat, _) in &decided.orders {
                if let Some(reason) = controllers.reason(*seat) {
                    let seat = *seat;
                    self.reasons.push(ReasonEntry { turn, seat, reason });
                }
            }
            self.controllers = Some(controllers);
        }
        let mut orders = self.game.world.last_orders.carried_forward();
        // A fork keeps the original's facilitator injects; other games have none.
        orders.injects = self.guided().map(|o| o.injects.clone()).unwrap_or_default();
        for seat in Seat::ALL {
            if self.humans.contains(&seat) {
                orders.set_seat(self.draft(seat));
            } else if let Some(o) = self
                .guided()
                .filter(|_| self.follow[seat.index()])
                .map(|o| o.seat(seat))
            {
                orders.set_seat(o);
            }
        }
        for (_, o) in decided.orders {
            orders.set_seat(o);
        }
        for seat in self.humans.clone() {
            if let Some(intent) = self.intent_drafts[seat.index()].take() {
                self.intents.push(IntentEntry { turn, seat, intent });
            }
        }
        self.apply(orders)
    }

    /// Plays orders decided elsewhere (a workshop server) on this copy of the game.
    pub fn apply(&mut self, orders: Orders) -> &Turn {
        self.drafts = Default::default();
        self.intent_drafts = Default::default();
        self.submitted = [false; 4];
        self.game.play(orders)
    }

    /// The causes of last quarter's changes (None before the first quarter, or when a
    /// facilitator's change to the world keeps it from being recomputed).
    pub fn last_attribution(&self) -> Option<Attribution> {
        let played = self.game.turns.len();
        if let Some((at, cached)) = self.why_cache.borrow().as_ref()
            && *at == played
        {
            return cached.clone();
        }
        let fresh = crate::explain::last_quarter(&self.game);
        *self.why_cache.borrow_mut() = Some((played, fresh.clone()));
        fresh
    }

    /// The story of the game so far (the game-over screen tells it).
    pub fn story(&self) -> std::rc::Rc<crate::report::story::Story> {
        let played = self.game.turns.len();
        if let Some((at, cached)) = self.story_cache.borrow().as_ref()
            && *at == played
        {
            return cached.clone();
        }
        let explained = crate::report::story::explain_game(&self.game);
        let story = std::rc::Rc::new(crate::report::story::Story::build(
            &self.game.world.params,
            &explained,
        ));
        *self.story_cache.borrow_mut() = Some((played, story.clone()));
        story
    }

    pub fn turns(&self) -> &[Turn] {
        &self.game.turns
    }

    pub fn last_turn(&self) -> Option<&Turn> {
        self.game.turns.last()
    }

    /// The game as the screens draw it.
    pub fn shown(&self) -> Shown<'_> {
        Shown {
            world: &self.game.world,
            turns: &self.game.turns,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(humans: &[Seat]) -> [SeatRole; 4] {
        Seat::ALL.map(|s| {
            if humans.contains(&s) {
                SeatRole::Human
            } else {
                SeatRole::baseline_bot()
            }
        })
    }

    #[test]
    fn hot_seat_order_and_resolution() {
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut s = Session::new(scenario, 7, roles(&[Seat::Utility, Seat::Oracle]));
        assert_eq!(s.humans, vec![Seat::Oracle, Seat::Utility]);
        assert_eq!(s.next_to_play(), Some(Seat::Oracle));
        let mut draft = s.draft(Seat::Oracle);
        assert!(draft.set("bond_bn", 0, crate::engine::orders::Value::Number(7.0)));
        assert!(draft.set("dividend_bn", 0, crate::engine::orders::Value::Number(0.5)));
        s.set_draft(draft);
        s.submit(Seat::Oracle);
        assert_eq!(s.next_to_play(), Some(Seat::Utility));
        s.submit(Seat::Utility);
        assert!(s.all_submitted());
        let turn = s.resolve();
        assert_eq!(turn.orders.oracle.bond_bn, 7.0);
        assert_eq!(s.game.turns.len(), 1);
        // Rules carry over, one-offs do not; the next quarter starts unsubmitted.
        let next = s.draft(Seat::Oracle);
        assert_eq!(
            next.get("dividend_bn", 0),
            Some(crate::engine::orders::Value::Number(0.5))
        );
        assert_eq!(
            next.get("bond_bn", 0),
            Some(crate::engine::orders::Value::Number(0.0))
        );
        assert_eq!(s.next_to_play(), Some(Seat::Oracle));
    }
}
