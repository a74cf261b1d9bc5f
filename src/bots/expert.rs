//! The expert level: plans each quarter with the engine (see [`super::planner`]) and says why.

use super::planner::{Plan, Planner};
use super::{BotSpec, Level, Policy, ProgressHook};
use crate::engine::orders::SeatOrders;
use crate::engine::{Seat, SeatView, World};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Plan evaluations per decision by default. Measured: one evaluation (a two-year rollout
/// with four bots) takes 2.2-3.2 ms on one core of the development machine in release, so 600
/// keep a decision under 2 s (see README, Bots).
pub const DEFAULT_THINK: u32 = 600;

pub struct Expert {
    seat: Seat,
    personality: String,
    think: u32,
    last: Option<Plan>,
    progress: Arc<AtomicU32>,
    /// The orders of the last two decisions, oldest first: a rule changed last quarter is not
    /// changed back this one.
    recent: Vec<SeatOrders>,
    /// Told of progress as the planner goes (the TUI's progress line).
    hook: Option<ProgressHook>,
}

impl Expert {
    pub fn new(seat: Seat, personality: &str, think: u32) -> Expert {
        Expert {
            seat,
            personality: personality.to_string(),
            think,
            last: None,
            progress: Arc::new(AtomicU32::new(0)),
            recent: Vec::new(),
            hook: None,
        }
    }

    /// The last decision's plan, for its reason.
    pub fn last_plan(&self) -> Option<&Plan> {
        self.last.as_ref()
    }

    /// Seeds the planner from what the seat sees, never from the game's seed.
    fn seed(&self, view: &SeatView) -> u64 {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"overbuild-expert-v1");
        hasher.update(self.personality.as_bytes());
        hasher.update(&serde_json::to_vec(view).unwrap_or_default());
        let bytes = hasher.finalize();
        u64::from_le_bytes(bytes.as_bytes()[..8].try_into().unwrap_or([0; 8]))
    }
}

impl Expert {
    /// Rules the last decision changed from the one before: the seat is committed to them for
    /// at least two quarters.
    fn held_rules(&self) -> Vec<&'static str> {
        use crate::engine::orders::{Carry, field_differs, fields};
        match self.recent.as_slice() {
            [before, last] => fields(self.seat)
                .iter()
                .filter(|f| f.carry == Carry::Rule && field_differs(before, last, f.key))
                .map(|f| f.key)
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl Policy for Expert {
    fn name(&self) -> String {
        format!("{}:expert", self.personality)
    }

    /// Without a world to plan in, it plays as its base bot would.
    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let spec = BotSpec {
            seat: self.seat,
            personality: self.personality.clone(),
            level: Level::Hard,
        };
        super::decide(super::make(&spec).as_mut(), view)
    }

    fn decide_in(&mut self, world: &World, seat: Seat) -> SeatOrders {
        let view = SeatView::new(world, seat);
        let believed = crate::engine::belief::as_seen_by(world, seat);
        let planner = Planner {
            world: &believed,
            seat,
            personality: &self.personality,
            budget: self.think,
            seed: self.seed(&view),
            held_rules: &self.held_rules(),
        };
        self.progress.store(0, Ordering::Relaxed);
        let progress = self.progress.clone();
        let hook = self.hook.clone();
        let plan = planner.plan(&mut |done| {
            progress.store(done, Ordering::Relaxed);
            if let Some(hook) = &hook {
                hook(done);
            }
        });
        let orders = plan.orders.clone();
        self.recent.push(orders.clone());
        if self.recent.len() > 2 {
            self.recent.remove(0);
        }
        self.last = Some(plan);
        orders
    }

    fn reason(&self) -> Option<Plan> {
        self.last.clone()
    }

    fn thinking(&self) -> Option<(Arc<AtomicU32>, u32)> {
        Some((self.progress.clone(), self.think))
    }

    fn watch(&mut self, hook: Option<ProgressHook>) {
        self.hook = hook;
    }
}
