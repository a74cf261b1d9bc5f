//! The expert level: plans each quarter with the engine (see [`super::planner`]) and says why.

use super::planner::{Plan, Planner};
use super::{BotSpec, Level, Policy};
use crate::engine::orders::SeatOrders;
use crate::engine::{Seat, SeatView, World};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Plan evaluations per decision by default. Measured: one evaluation (a four-quarter rollout
/// with four bots) takes about 2 ms on one core of the development machine in release, so 800
/// keep a decision under 2 s (see README, Bots).
pub const DEFAULT_THINK: u32 = 800;

pub struct Expert {
    seat: Seat,
    personality: String,
    think: u32,
    last: Option<Plan>,
    progress: Arc<AtomicU32>,
    /// The orders of the last two decisions, oldest first: a rule changed last quarter is not
    /// changed back this one.
    recent: Vec<SeatOrders>,
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
    /// `orders` with any rule that the last decision changed kept as it stands: a rule is
    /// committed to for at least two quarters, so no rule flips back and forth (the planner's
    /// expected gains are estimates from sampled futures, and their noise alone could do it).
    fn committed(&self, mut orders: SeatOrders) -> SeatOrders {
        use crate::engine::orders::{Carry, copy_field, field_differs, fields};
        if let [before, last] = self.recent.as_slice() {
            for f in fields(self.seat).iter().filter(|f| f.carry == Carry::Rule) {
                if field_differs(before, last, f.key) {
                    copy_field(&mut orders, last, f.key);
                }
            }
        }
        orders
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
        let planner = Planner {
            world,
            seat,
            personality: &self.personality,
            budget: self.think,
            seed: self.seed(&view),
        };
        self.progress.store(0, Ordering::Relaxed);
        let progress = self.progress.clone();
        let plan = planner.plan(&mut |done| progress.store(done, Ordering::Relaxed));
        let orders = self.committed(plan.orders.clone());
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
}
