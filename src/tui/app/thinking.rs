//! Bots thinking off the interface's thread: when every person has given orders and an
//! expert holds a seat, the session's bots go to a worker thread ([`BotJob`]); the loop
//! hears their progress (`AppEvent::Thinking`) and their decisions (`AppEvent::Decided`),
//! and keys stay live meanwhile. The bots decide exactly as they would on this thread, so
//! the quarter's result does not depend on where they ran.

use super::{App, AppEvent, Screen};
use crate::bots::{BotSpec, Level};
use crate::engine::Seat;
use crate::tui::session::{BotJob, Decided};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

/// Progress events a decision sends at most, so a long think redraws the screen about as
/// often as a person can read it. Assumption: 40 steps look smooth on a progress line.
const PROGRESS_STEPS: u32 = 40;

/// What the progress line shows while bots think.
#[derive(Clone, Debug, PartialEq)]
pub struct Thinking {
    /// Which hand-off this is: news from an abandoned one is dropped.
    pub generation: u64,
    /// The bots deciding this quarter, in seat order.
    pub bots: Vec<BotSpec>,
    /// The seat thinking now and the evaluations it has done.
    pub seat: Seat,
    pub done: u32,
}

impl Thinking {
    /// The bot thinking now.
    pub fn bot(&self) -> Option<&BotSpec> {
        self.bots.iter().find(|b| b.seat == self.seat)
    }

    /// Its thinking budget, in plan evaluations (0 for rule bots).
    pub fn budget(&self) -> u32 {
        self.bot().map_or(0, |b| b.level.plans())
    }
}

/// The bots' decisions coming back from the worker, handed over once.
#[derive(Clone)]
pub struct Parcel(Arc<Mutex<Option<Decided>>>);

impl Parcel {
    fn new(decided: Decided) -> Parcel {
        Parcel(Arc::new(Mutex::new(Some(decided))))
    }

    fn take(&self) -> Option<Decided> {
        self.0.lock().ok()?.take()
    }
}

impl std::fmt::Debug for Parcel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Parcel")
    }
}

impl PartialEq for Parcel {
    fn eq(&self, other: &Parcel) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Whether a quarter's bots are worth a worker thread: an expert among them.
fn thinks(job: &BotJob) -> bool {
    job.bots()
        .iter()
        .any(|b| matches!(b.level, Level::Expert(_)))
}

/// Sends the job to a worker that reports to `events`.
fn spawn(job: BotJob, generation: u64, events: Sender<AppEvent>) {
    let budgets: Vec<(Seat, u32)> = job
        .bots()
        .iter()
        .map(|b| (b.seat, b.level.plans()))
        .collect();
    let progress_to = events.clone();
    // The last step reported, as seat index * 2^32 + step: one event per step crossed.
    let reported = Arc::new(AtomicU64::new(u64::MAX));
    std::thread::spawn(move || {
        let progress = move |seat: Seat, done: u32| {
            let budget = budgets.iter().find(|(s, _)| *s == seat).map_or(0, |b| b.1);
            let step = (budget / PROGRESS_STEPS).max(1);
            let mark = (seat.index() as u64) << 32 | u64::from(done / step);
            if reported.swap(mark, Ordering::Relaxed) != mark {
                let _ = progress_to.send(AppEvent::Thinking {
                    generation,
                    seat,
                    done,
                });
            }
        };
        let decided = job.run(progress);
        let _ = events.send(AppEvent::Decided {
            generation,
            parcel: Parcel::new(decided),
        });
    });
}

impl App {
    /// Resolves the quarter: on a worker thread with a progress line when an expert thinks
    /// and the loop can hear the worker, else here and now.
    pub(super) fn resolve_quarter(&mut self) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        if let Some(think) = self.think {
            session.set_think(think);
        }
        let Some(job) = session.bot_job() else {
            // The bots are out already: their decisions will resolve the quarter.
            return;
        };
        match self.thinker.clone().filter(|_| thinks(&job)) {
            Some(events) => {
                self.thinking_generation += 1;
                let generation = self.thinking_generation;
                let bots = job.bots();
                let seat = bots
                    .iter()
                    .find(|b| matches!(b.level, Level::Expert(_)))
                    .map_or(Seat::OpenAi, |b| b.seat);
                self.thinking = Some(Thinking {
                    generation,
                    bots,
                    seat,
                    done: 0,
                });
                self.overlay = None;
                self.screen = Screen::Thinking;
                spawn(job, generation, events);
            }
            None => {
                let decided = job.run(|_, _| {});
                session.finish(decided);
                self.after_resolution();
            }
        }
    }

    /// A thinking bot's progress, if it belongs to the hand-off in progress.
    pub(super) fn thinking_progress(&mut self, generation: u64, seat: Seat, done: u32) {
        if let Some(t) = self.thinking.as_mut()
            && t.generation == generation
        {
            t.seat = seat;
            t.done = done;
        }
    }

    /// The bots' decisions: the quarter resolves, unless the game they were for has gone.
    pub(super) fn bots_decided(&mut self, generation: u64, parcel: &Parcel) {
        if self
            .thinking
            .as_ref()
            .is_none_or(|t| t.generation != generation)
        {
            return;
        }
        self.thinking = None;
        let (Some(session), Some(decided)) = (self.session.as_mut(), parcel.take()) else {
            return;
        };
        session.finish(decided);
        self.after_resolution();
    }
}
