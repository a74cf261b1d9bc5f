//! Rolling-horizon evolutionary planning (RHEA; Perez-Liebana et al. 2013) with the engine as
//! the forward model. A plan is the seat's base bot (its personality at the hard level) with a
//! few order changes applied every quarter of the horizon; plans are compared on the same
//! sampled futures (paired differences against the unchanged base plan), so noise cancels.
//!
//! What the planner reads: the world as its seat may believe it at the start of the quarter
//! ([`crate::engine::belief`]: the public state, every seat's orders played in earlier
//! quarters and the books the engine needs to run a quarter, with other companies'
//! off-balance-sheet obligations cut to what the market knows). What it never reads: hidden
//! deals of other seats, the game's random streams (its futures come from its own seeds, so
//! event cards, weather and faults are sampled, not foreseen), other seats' drafts of this
//! quarter (their orders are sampled from their seat's personalities) or any inject the
//! facilitator has queued.

use super::reason::{Effect, largest_effects};
use super::{BotSpec, Level, personalities};
use crate::engine::orders::{Carry, FieldKind, SeatOrders, Value, copy_field, fields};
use crate::engine::rng::{Purpose, Rngs};
use crate::engine::score::seat_score;
use crate::engine::{Seat, SeatView, World, resolve};

/// Quarters a plan looks ahead. Assumption: two years. The utility's upgrades enter household
/// rates about three years after the order (at the next rate case once the lines complete), so
/// a year's horizon cannot see what approving a load costs: with four quarters the utility's
/// expert lost to its hard bot (45% of 60 paired seeds), with eight it won 69%. Longer still
/// would trust sampled opponents further than their personalities warrant.
pub const HORIZON_Q: u32 = 8;
/// Plans alive in each generation. Assumption: small, so a modest budget still runs several
/// generations (Perez-Liebana et al. use populations of 10 to 20 on far shorter budgets).
const POPULATION: usize = 8;
/// Order changes a plan may carry. Assumption: few, so a plan stays recognisable and explainable.
const MAX_GENES: usize = 3;
/// Weight on the last quarter's score change at the horizon: the terminal heuristic assumes the
/// trend goes on for one more quarter.
const TREND_WEIGHT: f64 = 1.0;
/// Expected score points a rule change must gain over keeping the rule. Assumption: a point on
/// a 0..100 score is what a player would call a clear gain; below it, rules stay put.
pub const RULE_GAIN_MIN: f64 = 1.0;

/// One order change: a numeric field moved by `delta` from what the base bot orders, or a
/// toggle/choice set outright.
#[derive(Clone, Debug, PartialEq)]
struct Gene {
    key: &'static str,
    region: usize,
    change: Change,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Change {
    Delta(f64),
    Set(Value),
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Genome {
    genes: Vec<Gene>,
    /// Keep every rule at its standing value (the steady variant of a plan).
    pin_rules: bool,
}

#[derive(Clone, Debug)]
struct Member {
    genome: Genome,
    diff_sum: f64,
    /// Summed differences over the base plan in each part of the seat's score, points.
    part_diff_sums: Vec<f64>,
    evaluations: u32,
}

impl Member {
    fn new(genome: Genome) -> Member {
        Member {
            genome,
            diff_sum: 0.0,
            part_diff_sums: Vec::new(),
            evaluations: 0,
        }
    }

    fn add(&mut self, outcome: &Outcome, base: &Outcome) {
        self.diff_sum += outcome.value - base.value;
        self.part_diff_sums.resize(outcome.part_points.len(), 0.0);
        for (sum, (p, b)) in self
            .part_diff_sums
            .iter_mut()
            .zip(outcome.part_points.iter().zip(&base.part_points))
        {
            *sum += p - b;
        }
        self.evaluations += 1;
    }

    /// Mean gain over the base plan, shrunk towards zero when seen on few futures.
    fn merit(&self) -> f64 {
        if self.evaluations == 0 {
            return f64::NEG_INFINITY;
        }
        let n = f64::from(self.evaluations);
        self.diff_sum / (n + 1.0)
    }
}

/// One rollout's result: the horizon value the planner ranks by and the points of each part of
/// the seat's score at the horizon (in [`Planner::part_keys`] order).
struct Outcome {
    value: f64,
    part_points: Vec<f64>,
}

/// The planner's choice and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub orders: SeatOrders,
    /// Expected score at the horizon over the base bot's plan, points.
    pub gain: f64,
    /// The order that matters most in the plan, with the base bot's value and the plan's.
    pub key: Option<&'static str>,
    /// The region of `key`, for regional orders.
    pub region: Option<usize>,
    pub from: Option<Value>,
    pub to: Option<Value>,
    /// A rule change the planner dropped because it expected less than [`RULE_GAIN_MIN`].
    pub rule_kept: bool,
    pub evaluations: u32,
    /// The parts of the seat's score the plan moves most at the horizon against the hard plan:
    /// each part's message key and its expected change, points, largest first.
    pub effects: Vec<Effect>,
}

/// What the planner needs to know about its own seat and its budget.
pub struct Planner<'a> {
    pub world: &'a World,
    pub seat: Seat,
    pub personality: &'a str,
    /// Plan evaluations (one rollout of the horizon each) it may spend.
    pub budget: u32,
    /// Seeds its sampled futures and mutations; never the game's seed.
    pub seed: u64,
    /// Rules the seat changed last quarter and is committed to: every plan keeps them as they
    /// stand, so no rule flips back and forth on the noise of sampled futures.
    pub held_rules: &'a [&'static str],
}

impl Planner<'_> {
    /// Searches until the budget is spent; `progress` hears evaluations done so far.
    pub fn plan(&self, progress: &mut dyn FnMut(u32)) -> Plan {
        let mut evaluations = 0u32;
        let mut pop: Vec<Member> = vec![Member::new(Genome::default())];
        let mut generation = 0u32;
        let reserve = self.budget / 5;
        while evaluations + 2 <= self.budget.saturating_sub(reserve) {
            let survivors = pop.len();
            for slot in survivors..POPULATION {
                let parent = pop[slot % survivors].genome.clone();
                pop.push(Member::new(self.mutate(&parent, generation, slot)));
            }
            let base = self.evaluate(&Genome::default(), generation);
            evaluations += 1;
            for member in &mut pop {
                if evaluations >= self.budget.saturating_sub(reserve) {
                    break;
                }
                member.add(&self.evaluate(&member.genome, generation), &base);
                evaluations += 1;
            }
            progress(evaluations);
            pop.sort_by(|a, b| b.merit().total_cmp(&a.merit()));
            pop.truncate(POPULATION / 2);
            generation += 1;
        }
        let best = pop
            .iter()
            .filter(|m| m.evaluations >= 1 && m.merit() > 0.0)
            .max_by(|a, b| a.merit().total_cmp(&b.merit()))
            .cloned()
            .unwrap_or_else(|| Member::new(Genome::default()));
        self.steady(best, generation, evaluations, progress)
    }

    /// Drops a rule change unless it beats keeping the rules by [`RULE_GAIN_MIN`] on fresh
    /// futures, then explains the choice.
    fn steady(
        &self,
        best: Member,
        generation: u32,
        mut evaluations: u32,
        progress: &mut dyn FnMut(u32),
    ) -> Plan {
        let mut chosen = best.genome.clone();
        let n = f64::from(best.evaluations.max(1));
        let gain = best.diff_sum / n;
        let effects = self.effects(&best.part_diff_sums, n);
        let mut rule_kept = false;
        if self.changes_rule(&chosen) {
            let pinned = Genome {
                pin_rules: true,
                ..chosen.clone()
            };
            let (mut diff, mut n) = (0.0, 0u32);
            while evaluations + 2 <= self.budget {
                let sample = generation + 1000 + n;
                diff += self.evaluate(&chosen, sample).value - self.evaluate(&pinned, sample).value;
                n += 1;
                evaluations += 2;
            }
            progress(evaluations);
            if n == 0 || diff / f64::from(n) < RULE_GAIN_MIN {
                chosen = pinned;
                rule_kept = true;
            }
        }
        let mut plan = self.explain(&chosen, gain, rule_kept, evaluations);
        if plan.key.is_some() && !rule_kept {
            plan.effects = effects;
        }
        plan
    }

    /// The parts a plan moves most, from its summed part differences over `n` futures.
    fn effects(&self, part_diff_sums: &[f64], n: f64) -> Vec<Effect> {
        largest_effects(
            self.part_keys()
                .into_iter()
                .zip(part_diff_sums)
                .map(|(part, d)| Effect {
                    part,
                    points: d / n,
                }),
        )
    }

    /// The parts of the seat's score as they stand: the order outcomes list their points in.
    fn part_keys(&self) -> Vec<String> {
        seat_score(self.world, self.seat)
            .parts
            .into_iter()
            .map(|p| p.key)
            .collect()
    }

    fn explain(&self, genome: &Genome, gain: f64, rule_kept: bool, evaluations: u32) -> Plan {
        let view = SeatView::new(self.world, self.seat);
        let base = self.base_orders(&view);
        let orders = self.apply(genome, base.clone(), &view);
        let key = genome
            .genes
            .iter()
            .map(|g| g.key)
            .find(|k| crate::engine::orders::field_differs(&orders, &base, k));
        let from = key.and_then(|k| base.get(k, self.gene_region(genome, k)));
        let to = key.and_then(|k| orders.get(k, self.gene_region(genome, k)));
        let region = key
            .and_then(|k| crate::engine::orders::field(self.seat, k))
            .filter(|f| f.is_regional())
            .map(|f| self.gene_region(genome, f.key));
        Plan {
            orders,
            gain: if key.is_some() { gain } else { 0.0 },
            key,
            region,
            from,
            to,
            rule_kept,
            evaluations,
            effects: Vec::new(),
        }
    }

    fn gene_region(&self, genome: &Genome, key: &str) -> usize {
        genome
            .genes
            .iter()
            .find(|g| g.key == key)
            .map_or(0, |g| g.region)
    }

    /// Whether the plan's first-quarter orders change a rule from what stands.
    fn changes_rule(&self, genome: &Genome) -> bool {
        let view = SeatView::new(self.world, self.seat);
        let orders = self.apply(genome, self.base_orders(&view), &view);
        let standing = view.standing();
        fields(self.seat)
            .iter()
            .filter(|f| f.carry == Carry::Rule)
            .any(|f| crate::engine::orders::field_differs(&orders, &standing, f.key))
    }

    fn base_spec(&self) -> BotSpec {
        BotSpec {
            seat: self.seat,
            personality: self.personality.to_string(),
            level: Level::Hard,
        }
    }

    fn base_orders(&self, view: &SeatView) -> SeatOrders {
        super::decide(super::make(&self.base_spec()).as_mut(), view)
    }

    /// The base bot's orders with the plan's changes (and, if pinned, the standing rules).
    fn apply(&self, genome: &Genome, mut orders: SeatOrders, view: &SeatView) -> SeatOrders {
        for gene in &genome.genes {
            let value = match (gene.change, orders.get(gene.key, gene.region)) {
                (Change::Delta(d), Some(Value::Number(v))) => Value::Number(v + d),
                (Change::Set(v), _) => v,
                _ => continue,
            };
            orders.set(gene.key, gene.region, value);
        }
        let standing = view.standing();
        for f in fields(self.seat).iter().filter(|f| f.carry == Carry::Rule) {
            if genome.pin_rules || self.held_rules.contains(&f.key) {
                copy_field(&mut orders, &standing, f.key);
            }
        }
        let mut all = crate::engine::Orders::default();
        all.set_seat(orders);
        crate::engine::orders::sanitize(&all, &view.params).seat(self.seat)
    }

    /// One rollout: the plan for this seat, sampled bots for the others, sampled events.
    fn evaluate(&self, genome: &Genome, sample: u32) -> Outcome {
        let sample_seed = self.seed ^ (u64::from(sample) << 32 | 0x9e37);
        let mut rngs = Rngs::new(sample_seed);
        let mut pick = rngs.stream(Purpose::Outlook, sample, 0);
        let mut bots: Vec<Box<dyn super::Policy>> = Seat::ALL
            .iter()
            .map(|&s| {
                if s == self.seat {
                    return super::make(&self.base_spec());
                }
                let names = personalities(s);
                let i = 1 + (pick.uniform() * (names.len() - 1) as f64) as usize;
                super::make(&BotSpec {
                    seat: s,
                    personality: names[i.min(names.len() - 1)].to_string(),
                    level: Level::Hard,
                })
            })
            .collect();
        let mut world = self.world.clone();
        // The score as the quarter starts: its parts name what the outcome lists.
        let start = seat_score(&world, self.seat);
        let mut last_score = start.score;
        let mut end = start.clone();
        for _ in 0..HORIZON_Q {
            if world.is_over() {
                break;
            }
            let mut orders = world.last_orders.carried_forward();
            for (i, &s) in Seat::ALL.iter().enumerate() {
                let view = SeatView::new(&world, s);
                let mut o = super::decide(bots[i].as_mut(), &view);
                if s == self.seat {
                    o = self.apply(genome, o, &view);
                }
                orders.set_seat(o);
            }
            world = resolve(&world, &orders, &mut rngs).0;
            last_score = end.score;
            end = seat_score(&world, self.seat);
        }
        // A part gone from the score (a company in default scores other parts) counts nothing.
        let part_points = start
            .parts
            .iter()
            .map(|k| {
                end.parts
                    .iter()
                    .find(|p| p.key == k.key)
                    .map_or(0.0, |p| p.points)
            })
            .collect();
        Outcome {
            value: end.score + TREND_WEIGHT * (end.score - last_score),
            part_points,
        }
    }

    /// A child plan: add, change or drop one order change.
    fn mutate(&self, parent: &Genome, generation: u32, slot: usize) -> Genome {
        let rngs = Rngs::new(self.seed);
        let mut r = rngs.stream(Purpose::Outlook, generation, 1 + slot as u32);
        let mut child = parent.clone();
        let roll = r.uniform();
        if child.genes.is_empty() || (roll < 0.5 && child.genes.len() < MAX_GENES) {
            if let Some(gene) = self.random_gene(&mut r) {
                child
                    .genes
                    .retain(|g| g.key != gene.key || g.region != gene.region);
                child.genes.push(gene);
            }
        } else if roll < 0.8 {
            let i = (r.uniform() * child.genes.len() as f64) as usize % child.genes.len();
            if let Some(gene) = self.random_gene_for(&mut r, child.genes[i].key) {
                child.genes[i] = Gene {
                    region: child.genes[i].region,
                    ..gene
                };
            }
        } else {
            let i = (r.uniform() * child.genes.len() as f64) as usize % child.genes.len();
            child.genes.remove(i);
        }
        child
    }

    fn random_gene(&self, r: &mut crate::engine::rng::Stream) -> Option<Gene> {
        let all = fields(self.seat);
        let f = &all[(r.uniform() * all.len() as f64) as usize % all.len()];
        self.random_gene_for(r, f.key)
    }

    fn random_gene_for(&self, r: &mut crate::engine::rng::Stream, key: &str) -> Option<Gene> {
        let f = crate::engine::orders::field(self.seat, key)?;
        let regions = self.world.regions.len().max(1);
        let region = (r.uniform() * regions as f64) as usize % regions;
        let change = match f.kind {
            FieldKind::Number { min, max, step, .. }
            | FieldKind::Regional { min, max, step, .. } => {
                // Moves of up to a quarter of the field's range, in whole steps.
                let delta = super::round_to((max - min) * r.range(-0.25, 0.25), step);
                if delta == 0.0 {
                    return None;
                }
                Change::Delta(delta)
            }
            FieldKind::Toggle => Change::Set(Value::Toggle(r.chance(0.5))),
            FieldKind::Choice(labels) => {
                let i = (r.uniform() * labels.len() as f64) as usize % labels.len();
                Change::Set(Value::Choice(i))
            }
        };
        Some(Gene {
            key: f.key,
            region: if f.is_regional() { region } else { 0 },
            change,
        })
    }
}
