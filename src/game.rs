//! A game in progress: the scenario, the seed, the current world and every turn played. The
//! TUI, saves, the headless simulator and the workshop server all drive games through this.

use crate::bots::{self, Policy};
use crate::engine::{
    Orders, Rngs, Seat, SeatOrders, SeatView, TurnReport, World, resolve, state_hash,
};
use crate::scenario::Scenario;
use crate::script::Script;

/// Who holds a seat.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SeatRole {
    Human,
    Bot {
        personality: String,
        #[serde(default)]
        level: String,
    },
    /// Standing orders from an orders file.
    Script {
        source: String,
    },
}

impl SeatRole {
    pub fn baseline_bot() -> SeatRole {
        SeatRole::Bot {
            personality: "baseline".into(),
            level: "normal".into(),
        }
    }

    pub fn is_human(&self) -> bool {
        matches!(self, SeatRole::Human)
    }
}

/// One resolved quarter.
#[derive(Clone, Debug)]
pub struct Turn {
    pub orders: Orders,
    pub report: TurnReport,
    pub hash: String,
}

pub struct Game {
    pub scenario: Scenario,
    pub seed: u64,
    pub world: World,
    pub rngs: Rngs,
    pub turns: Vec<Turn>,
    pub start_hash: String,
}

impl Game {
    pub fn new(scenario: Scenario, seed: u64) -> Game {
        let world = World::new(scenario.params.clone(), scenario.hash.clone());
        let start_hash = state_hash(&world);
        Game {
            scenario,
            seed,
            world,
            rngs: Rngs::new(seed),
            turns: Vec::new(),
            start_hash,
        }
    }

    pub fn is_over(&self) -> bool {
        self.world.is_over()
    }

    /// Resolves the current quarter with these orders and records it.
    pub fn play(&mut self, orders: Orders) -> &Turn {
        let (next, report) = resolve(&self.world, &orders, &mut self.rngs);
        let hash = state_hash(&next);
        self.world = next;
        self.turns.push(Turn {
            orders,
            report,
            hash,
        });
        self.turns.last().expect("a turn was just pushed")
    }

    pub fn view(&self, seat: Seat) -> SeatView {
        SeatView::new(&self.world, seat)
    }

    /// What a seat's draft would do this quarter, the engine's estimate with the other seats'
    /// standing orders and no event cards (see [`crate::engine::preview`]).
    pub fn preview(&self, draft: &SeatOrders) -> Vec<crate::engine::report::Msg> {
        let standing = self.world.last_orders.carried_forward();
        crate::engine::preview::preview(&self.world, &standing, draft, &self.rngs)
    }

    pub fn last_report(&self) -> Option<&TurnReport> {
        self.turns.last().map(|t| &t.report)
    }
}

/// Who decides for each seat when nobody is at the keyboard.
pub struct Controllers {
    bots: Vec<Option<Box<dyn Policy>>>,
    /// The spec of each seat's bot, for its reasons.
    specs: Vec<Option<bots::BotSpec>>,
    script: Option<Script>,
    /// Each bot seat's last decision: what stood before it and what it ordered.
    decided: Vec<Option<(SeatOrders, SeatOrders, usize)>>,
    /// Rule bots' moves projected for the score parts they change (their reasons' effects).
    /// Off unless a player reads the reasons: each projection resolves the quarter twice.
    explain: bool,
    /// Each rule bot's last move's effects, when explained.
    effects: Vec<Vec<bots::reason::Effect>>,
}

impl Controllers {
    /// Baseline bots for every seat the script does not hold.
    pub fn bots_except(script: Option<Script>) -> Controllers {
        let specs: Vec<Option<bots::BotSpec>> = Seat::ALL
            .iter()
            .map(|s| {
                let scripted = script.as_ref().is_some_and(|sc| sc.controls(*s));
                (!scripted).then(|| bots::BotSpec::baseline(*s))
            })
            .collect();
        let bots = specs.iter().map(|s| s.as_ref().map(bots::make)).collect();
        Controllers {
            bots,
            specs,
            script,
            decided: vec![None; Seat::ALL.len()],
            explain: false,
            effects: vec![Vec::new(); Seat::ALL.len()],
        }
    }

    fn set_bot(&mut self, spec: &bots::BotSpec) {
        self.bots[spec.seat.index()] = Some(bots::make(spec));
        self.specs[spec.seat.index()] = Some(spec.clone());
    }

    /// Bots as the specs say, baseline bots for the other seats the script does not hold.
    pub fn with_bots(script: Option<Script>, specs: &[bots::BotSpec]) -> Controllers {
        let mut controllers = Controllers::bots_except(script);
        for spec in specs {
            controllers.set_bot(spec);
        }
        controllers
    }

    /// Projects each rule bot's move for the score parts it changes, for reasons a player
    /// reads (plain mode, the TUI, the facilitator console).
    pub fn explaining(mut self) -> Controllers {
        self.explain = true;
        self
    }

    pub fn describe(&self, seat: Seat) -> String {
        match (&self.bots[seat.index()], &self.script) {
            (Some(b), _) => format!("bot:{}", b.name()),
            (None, Some(s)) if s.controls(seat) => format!("orders:{}", s.source),
            _ => "human".to_string(),
        }
    }

    /// The plan behind a bot's last decision, for bots that plan.
    pub fn plan(&self, seat: Seat) -> Option<crate::bots::planner::Plan> {
        self.bots[seat.index()].as_ref()?.reason()
    }

    /// The one-line reason for a bot's last decision: an expert's from its plan, a rule bot's
    /// from the order its rules moved furthest.
    pub fn reason(&self, seat: Seat) -> Option<bots::Reason> {
        let spec = self.specs[seat.index()].as_ref()?;
        let (standing, orders, regions) = self.decided[seat.index()].as_ref()?;
        if let (bots::Level::Expert(_), Some(plan)) = (spec.level, self.plan(seat)) {
            return Some(bots::Reason::of_plan(&spec.personality, &plan));
        }
        let mut reason = bots::Reason::of_rules(
            spec.level.id(),
            &spec.personality,
            standing,
            orders,
            *regions,
        );
        reason.effects = self.effects[seat.index()].clone();
        Some(reason)
    }

    /// The spec of the bot holding a seat, if a bot does.
    pub fn spec(&self, seat: Seat) -> Option<&bots::BotSpec> {
        self.specs[seat.index()].as_ref()
    }

    /// Gives every expert this thinking budget (a new bot only where the budget changes).
    pub fn set_think(&mut self, think: u32) {
        for i in 0..self.specs.len() {
            if let Some(spec) = &mut self.specs[i]
                && matches!(spec.level, bots::Level::Expert(t) if t != think)
            {
                spec.level = bots::Level::Expert(think);
                self.bots[i] = Some(bots::make(spec));
            }
        }
    }

    /// Tells a seat's bot whom to tell of its progress while it thinks.
    pub fn watch(&mut self, seat: Seat, hook: Option<bots::ProgressHook>) {
        if let Some(bot) = self.bots[seat.index()].as_mut() {
            bot.watch(hook);
        }
    }

    /// Orders of one seat for the game's current turn, if a bot or script holds it.
    pub fn decide(&mut self, game: &Game, seat: Seat) -> Option<SeatOrders> {
        self.decide_in(&game.world, seat)
    }

    /// [`Controllers::decide`] from the world alone (what a worker thread holds).
    pub fn decide_in(&mut self, world: &World, seat: Seat) -> Option<SeatOrders> {
        if let Some(script) = &self.script
            && let Some(orders) = script.orders(seat, world.turn)
        {
            return Some(orders);
        }
        let bot = self.bots[seat.index()].as_mut()?;
        let orders = bots::decide_in(bot.as_mut(), world, seat);
        let standing = world.last_orders.seat(seat).carried_forward();
        let rule_bot = !matches!(
            self.specs[seat.index()].as_ref().map(|s| s.level),
            Some(bots::Level::Expert(_))
        );
        self.effects[seat.index()] = if self.explain && rule_bot {
            bots::reason::rule_effects(world, &standing, &orders)
        } else {
            Vec::new()
        };
        self.decided[seat.index()] = Some((standing, orders.clone(), world.regions.len()));
        Some(orders)
    }

    /// Orders of every seat held by bots or the script; others keep what carries on from
    /// their last orders (rules and marked repeats).
    pub fn all_orders(&mut self, game: &Game) -> Orders {
        let mut orders = game.world.last_orders.carried_forward();
        for seat in Seat::ALL {
            if let Some(o) = self.decide(game, seat) {
                orders.set_seat(o);
            }
        }
        orders
    }
}

/// Plays a whole game (or `turns` of it) with controllers for every seat.
pub fn play_out(game: &mut Game, controllers: &mut Controllers, turns: u32) {
    for _ in 0..turns {
        if game.is_over() {
            break;
        }
        let orders = controllers.all_orders(game);
        game.play(orders);
    }
}
