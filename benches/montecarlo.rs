//! Monte Carlo speed. The target (DESIGN.md) is 10,000 full games in under a minute on two
//! cores, i.e. under 12 ms of one core per game. "one game" is what each run of
//! `sim --runs` costs (the opening world is built once per sweep and cloned); "100 games, 2
//! threads" extrapolates to 10,000 (x100); the hash and the hashed game show what runs skip.

use criterion::{Criterion, criterion_group, criterion_main};
use overbuild::engine::state_hash;
use overbuild::game::{Controllers, Game, play_out};
use overbuild::montecarlo::{Columns, Plan, Setup, Shard, run};
use overbuild::scenario;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let s = scenario::load(scenario::DEFAULT).unwrap();
    let setup = Setup::new(s.clone());
    let columns = Columns::new(&s.params, setup.turns);

    // As `run` plays it: the opening world (with its warm-up quarter) built once per sweep.
    let start = setup.start();
    c.bench_function("montecarlo: one game (16 turns, no hashes)", |b| {
        let mut seed = 0;
        b.iter(|| {
            seed += 1;
            black_box(setup.play_from(&start, seed, &columns))
        })
    });

    c.bench_function("montecarlo: one game building its own opening world", |b| {
        let mut seed = 0;
        b.iter(|| {
            seed += 1;
            black_box(setup.play(seed, &columns))
        })
    });

    c.bench_function(
        "montecarlo: one game as Game::play plays it (hash per turn)",
        |b| {
            let mut seed = 0;
            b.iter(|| {
                seed += 1;
                let mut game = Game::new(s.clone(), seed);
                play_out(&mut game, &mut Controllers::bots_except(None), 16);
                black_box(game.world.turn)
            })
        },
    );

    let mut played = Game::new(s.clone(), 3);
    play_out(&mut played, &mut Controllers::bots_except(None), 8);
    c.bench_function("montecarlo: state hash of a mid-game world", |b| {
        b.iter(|| black_box(state_hash(black_box(&played.world))))
    });

    c.bench_function("montecarlo: 100 games, 2 threads", |b| {
        let mut base_seed = 0;
        b.iter(|| {
            base_seed += 1;
            let plan = Plan {
                base_seed,
                runs: 100,
                shard: Shard::WHOLE,
                jobs: Some(2),
            };
            let keep = &mut |_: &overbuild::montecarlo::RunRow| Ok::<(), String>(());
            black_box(run(&setup, &plan, &|| {}, keep).map(|r| r.tally.games()))
        })
    });
}

criterion_group! {
    name = montecarlo;
    config = Criterion::default().sample_size(10);
    targets = benches
}
criterion_main!(montecarlo);
