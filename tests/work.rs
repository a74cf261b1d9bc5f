//! Coarse guards on the engine's work, counted rather than timed so they hold on any machine:
//! quarters resolved per Monte Carlo game, and allocations in the grid step (none per hour, and
//! its hourly series reused between quarters) and the state hash.

use overbuild::engine::grid::{GridInputs, HOURS, step};
use overbuild::engine::resolve::resolves_on_this_thread;
use overbuild::engine::{Rngs, TurnReport, World, state_hash};
use overbuild::montecarlo::{Columns, Setup};
use overbuild::scenario;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting allocations made by each thread (tests run in parallel).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_in(f: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

fn start() -> (Setup, World) {
    let s = scenario::load(scenario::DEFAULT).unwrap();
    let setup = Setup::new(s);
    let world = setup.start();
    (setup, world)
}

#[test]
fn a_monte_carlo_game_resolves_one_quarter_per_turn() {
    let (mut setup, world) = start();
    setup.turns = 3;
    let columns = Columns::new(&setup.scenario.params, setup.turns);
    for seed in 1..=2 {
        let before = resolves_on_this_thread();
        let values = setup.play_from(&world, seed, &columns);
        assert_eq!(values.len(), columns.names.len());
        // The warm-up quarter is in the opening world already: none is played again.
        assert_eq!(resolves_on_this_thread() - before, 3, "seed {seed}");
    }
    // Building the opening world costs exactly the one warm-up quarter.
    let before = resolves_on_this_thread();
    let again = setup.start();
    assert_eq!(resolves_on_this_thread() - before, 1);
    assert_eq!(state_hash(&again), state_hash(&world));
}

#[test]
fn a_game_from_the_shared_opening_matches_a_game_built_afresh() {
    let (mut setup, world) = start();
    setup.turns = 2;
    let columns = Columns::new(&setup.scenario.params, setup.turns);
    let shared = setup.play_from(&world, 5, &columns);
    let fresh = setup.play(5, &columns);
    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&shared), bits(&fresh));
}

#[test]
fn the_grid_step_allocates_per_region_not_per_hour() {
    let (_, world) = start();
    let regions = world.params.regions.len() as u64;
    let inputs = GridInputs {
        load_shock: vec![0.0; regions as usize],
        freeze: Vec::new(),
        forced_faults: vec![0; regions as usize],
        training_intensity: 0.5,
        ride_through_cooperation: false,
    };
    let rngs = Rngs::new(7);
    let mut w = world.clone();
    let mut report = TurnReport::default();
    let n = allocations_in(|| step(&mut w, &inputs, &rngs, &mut report));
    // About 43 a region today (stacks, tallies, reports, news); an allocation
    // in the hourly loop would add thousands.
    assert!(n > 0, "the counter counts");
    assert!(
        n <= 60 * regions,
        "{n} allocations for {regions} regions of {HOURS} hours"
    );
}

#[test]
fn a_second_grid_step_on_a_thread_reuses_the_hourly_series() {
    let (_, world) = start();
    let regions = world.params.regions.len();
    let inputs = GridInputs {
        load_shock: vec![0.0; regions],
        freeze: Vec::new(),
        forced_faults: vec![0; regions],
        training_intensity: 0.5,
        ride_through_cooperation: false,
    };
    let rngs = Rngs::new(7);
    let run = || {
        let mut w = world.clone();
        let mut report = TurnReport::default();
        let n = allocations_in(|| step(&mut w, &inputs, &rngs, &mut report));
        (n, report)
    };
    // A fresh thread: the warm-up quarter in `start` already ran a step on this one.
    let ((first, report_first), (second, report_second)) =
        std::thread::scope(|scope| scope.spawn(|| (run(), run())).join().unwrap());
    // Load, wind and solar of every region are allocated by a thread's first step only.
    assert!(
        first >= second + 3 * regions as u64,
        "first {first}, second {second} allocations"
    );
    // Reused series give the same quarter.
    let bits = |r: &TurnReport| -> Vec<u64> {
        r.regions
            .iter()
            .flat_map(|rr| {
                [
                    rr.energy_price,
                    rr.served_mwh,
                    rr.unserved_mwh,
                    rr.peak_price,
                ]
            })
            .map(f64::to_bits)
            .collect()
    };
    assert_eq!(bits(&report_first), bits(&report_second));
}

#[test]
fn hashing_again_reuses_the_buffer() {
    let (_, world) = start();
    let first = state_hash(&world);
    let n = allocations_in(|| assert_eq!(state_hash(&world), first));
    // The hex string and the string it is copied into; the serialised world is not rebuilt.
    assert!(n <= 3, "{n} allocations hashing a world again");
}
