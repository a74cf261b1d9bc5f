//! The order form's live preview: one resolve of the draft plus one per field that differs
//! from the standing orders. Editing should stay well under a frame's worth of waiting.

use criterion::{Criterion, criterion_group, criterion_main};
use overbuild::engine::SeatOrders;
use overbuild::game::Game;
use overbuild::scenario;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let s = scenario::load(scenario::DEFAULT).unwrap();
    let game = Game::new(s, 7);
    let standing = game.world.last_orders.carried_forward();

    c.bench_function("preview, standing orders (1 resolve)", |b| {
        let draft = standing.seat(overbuild::engine::Seat::Oracle);
        b.iter(|| black_box(game.preview(black_box(&draft))))
    });

    c.bench_function("preview, three changed fields (4 resolves)", |b| {
        let mut oracle = standing.oracle.clone();
        oracle.build_mw = vec![2000.0, 0.0, 0.0];
        oracle.bond_bn = 10.0;
        oracle.dividend_bn = 0.5;
        let draft = SeatOrders::Oracle(oracle);
        b.iter(|| black_box(game.preview(black_box(&draft))))
    });
}

criterion_group!(preview, benches);
criterion_main!(preview);
