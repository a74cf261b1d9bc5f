//! Engine speed: one quarter of the default scenario (hourly dispatch in three regions), the grid
//! step alone, a whole 16-turn game with four bots, and the attribution of one quarter (32
//! counterfactual quarters).

use criterion::{Criterion, criterion_group, criterion_main};
use overbuild::engine::attribution::{attribute, baseline_orders};
use overbuild::engine::{Rngs, World, resolve};
use overbuild::game::{Controllers, Game, play_out};
use overbuild::scenario;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let s = scenario::load(scenario::DEFAULT).unwrap();
    let world = World::new(s.params.clone(), s.hash.clone());
    let orders = world.last_orders.clone();

    c.bench_function("resolve one quarter", |b| {
        b.iter(|| {
            let mut rngs = Rngs::new(7);
            black_box(resolve(black_box(&world), &orders, &mut rngs))
        })
    });

    c.bench_function("grid step (3 regions x 2184 hours)", |b| {
        let inputs = overbuild::engine::grid::GridInputs {
            load_shock: vec![0.0; 3],
            freeze: Vec::new(),
            forced_faults: vec![0; 3],
            training_intensity: 0.5,
            ride_through_cooperation: false,
        };
        let rngs = Rngs::new(7);
        b.iter(|| {
            let mut w = world.clone();
            let mut report = overbuild::engine::TurnReport::default();
            overbuild::engine::grid::step(&mut w, &inputs, &rngs, &mut report);
            black_box(report)
        })
    });

    // The worst case: every seat changed its orders, so all 32 subsets differ.
    let mut changed = baseline_orders(&world);
    changed.openai.contract_gw += 1.0;
    changed.oracle.bond_bn += 10.0;
    changed.utility.rate_case_pct += 5.0;
    changed.whitehouse.relief_bn += 10.0;
    c.bench_function("attribution for one quarter", |b| {
        let rngs = Rngs::new(7);
        b.iter(|| black_box(attribute(black_box(&world), None, &changed, &rngs)))
    });

    c.bench_function("full game, 16 turns, four bots", |b| {
        b.iter(|| {
            let mut game = Game::new(s.clone(), 7);
            let mut controllers = Controllers::bots_except(None);
            play_out(&mut game, &mut controllers, 16);
            black_box(game.world.turn)
        })
    });
}

criterion_group!(engine, benches);
criterion_main!(engine);
