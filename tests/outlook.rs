//! Continuations for the Outlook panel: sane percentiles and odds on a small run count, the
//! same figures every time, no effect on the game's own course, cancellation, and the
//! background source's progress reports and results.

use overbuild::bots::BotSpec;
use overbuild::engine::Seat;
use overbuild::game::{Controllers, Game, play_out};
use overbuild::montecarlo::outlook::{
    self, BANDS, MonteCarloOutlook, ODDS_BLACKOUT, ODDS_DOWNGRADE, ODDS_ELECTION, ODDS_OBJECTIVE,
};
use overbuild::tui::seams::{Outlook, OutlookSource};
use std::sync::mpsc::channel;
use std::time::Duration;

fn game_after(quarters: u32, seed: u64) -> Game {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    let mut game = Game::new(scenario, seed);
    play_out(&mut game, &mut Controllers::bots_except(None), quarters);
    game
}

fn always() -> bool {
    true
}

#[test]
fn continuations_give_sane_percentiles_and_odds() {
    let game = game_after(4, 3);
    let standing = game.world.last_orders.seat(Seat::Utility);
    let o = outlook::compute(&game, &standing, &[], 24, &always, &|_| {}).unwrap();
    assert_eq!((o.runs, o.planned), (24, 24));
    assert_eq!(o.basis, outlook::basis(&game, &standing));
    assert_eq!(o.bands.len(), 4);
    let left = game.world.turns_left() as usize;
    for (band, key) in o.bands.iter().zip(BANDS) {
        assert_eq!(band.key, key);
        assert_eq!(band.p5.len(), left, "{key}");
        assert_eq!(band.p50.len(), left);
        assert_eq!(band.p95.len(), left);
        for q in 0..left {
            assert!(
                band.p5[q] <= band.p50[q] && band.p50[q] <= band.p95[q],
                "{key} {q}"
            );
            assert!(
                band.p5[q].is_finite() && band.p95[q].is_finite(),
                "{key} {q}"
            );
        }
    }
    let [index, bill, reserve, approval] = [0, 1, 2, 3].map(|i| &o.bands[i]);
    // The market's uncertainty grows: the last quarter's spread is wider than the next's.
    let spread = |q: usize| index.p95[q] - index.p5[q];
    assert!(spread(left - 1) > spread(0), "{index:?}");
    assert!(
        index.p50.iter().all(|v| (20.0..500.0).contains(v)),
        "{index:?}"
    );
    assert!(
        bill.p50.iter().all(|v| (50.0..1000.0).contains(v)),
        "{bill:?}"
    );
    assert!(
        reserve.p50.iter().all(|v| (-0.5..1.0).contains(v)),
        "{reserve:?}"
    );
    assert!(
        approval.p50.iter().all(|v| (0.0..=1.0).contains(v)),
        "{approval:?}"
    );
    let keys: Vec<&str> = o.odds.iter().map(|(k, _)| k.as_str()).collect();
    // After four quarters (2025 Q4) the 2026 midterms are still ahead.
    assert_eq!(
        keys,
        [ODDS_BLACKOUT, ODDS_DOWNGRADE, ODDS_ELECTION, ODDS_OBJECTIVE]
    );
    for (k, p) in &o.odds {
        assert!((0.0..=1.0).contains(p), "{k}: {p}");
        // Shares of 24 runs.
        assert!(((p * 24.0) - (p * 24.0).round()).abs() < 1e-9, "{k}: {p}");
    }
}

#[test]
fn continuations_are_reproducible_and_leave_the_game_alone() {
    let mut game = game_after(2, 9);
    let mut twin = game_after(2, 9);
    let standing = game.world.last_orders.seat(Seat::Oracle);
    let bots: Vec<BotSpec> = vec!["utility=baseline:hard".parse().unwrap()];
    let a = outlook::compute(&game, &standing, &bots, 12, &always, &|_| {}).unwrap();
    let b = outlook::compute(&game, &standing, &bots, 12, &always, &|_| {}).unwrap();
    assert_eq!(a, b);
    // Other orders give another basis and other futures.
    let mut other = standing.clone();
    assert!(other.set("bond_bn", 0, overbuild::engine::orders::Value::Number(40.0)));
    let c = outlook::compute(&game, &other, &bots, 12, &always, &|_| {}).unwrap();
    assert_ne!(c.basis, a.basis);
    // The game plays on exactly as a game nobody looked ahead in.
    play_out(&mut game, &mut Controllers::bots_except(None), 3);
    play_out(&mut twin, &mut Controllers::bots_except(None), 3);
    let hashes = |g: &Game| g.turns.iter().map(|t| t.hash.clone()).collect::<Vec<_>>();
    assert_eq!(hashes(&game), hashes(&twin));
    // Continuation seeds differ from each other and from the game's.
    let seeds: Vec<u64> = (0..5)
        .map(|k| outlook::continuation_seed(&game, k))
        .collect();
    assert!(seeds.iter().all(|s| *s != game.seed));
    let mut unique = seeds.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seeds.len());
}

#[test]
fn cancelled_work_gives_nothing_and_the_last_quarter_has_one_point() {
    let game = game_after(1, 4);
    let standing = game.world.last_orders.seat(Seat::WhiteHouse);
    assert!(outlook::compute(&game, &standing, &[], 8, &|| false, &|_| {}).is_none());
    // One quarter left (2028 Q4, the general election): one point per band, and the odds of
    // losing that election.
    let late = game_after(15, 4);
    let standing = late.world.last_orders.seat(Seat::WhiteHouse);
    let o = outlook::compute(&late, &standing, &[], 4, &always, &|_| {}).unwrap();
    assert_eq!(o.bands[0].p50.len(), 1);
    assert!(
        o.odds.iter().any(|(k, _)| k == ODDS_ELECTION),
        "{:?}",
        o.odds
    );
}

/// Waits for the source's reports until a complete outlook arrives.
fn until_complete(rx: &std::sync::mpsc::Receiver<Outlook>) -> (Vec<Outlook>, Outlook) {
    let mut progress = Vec::new();
    loop {
        let o = rx
            .recv_timeout(Duration::from_secs(600))
            .expect("the outlook arrives");
        if o.runs >= o.planned && !o.bands.is_empty() {
            return (progress, o);
        }
        progress.push(o);
    }
}

#[test]
fn the_source_reports_progress_then_the_figures_and_supersedes_old_requests() {
    let game = game_after(3, 5);
    let seat = Seat::Oracle;
    let standing = game.world.last_orders.seat(seat);
    let (tx, rx) = channel();
    let mut source = MonteCarloOutlook::new(40, move |o| {
        let _ = tx.send(o);
    });
    source.request(&game, seat, &standing, &[]);
    let (progress, done) = until_complete(&rx);
    assert_eq!((done.runs, done.planned), (40, 40));
    assert_eq!(done.basis, outlook::basis(&game, &standing));
    for p in &progress {
        assert!(p.runs < p.planned && p.bands.is_empty(), "{p:?}");
        assert_eq!(p.basis, done.basis);
    }
    // The same figures as computing in place.
    let direct = outlook::compute(&game, &standing, &[], 40, &always, &|_| {}).unwrap();
    assert_eq!(done, direct);
    // New orders supersede: the next complete outlook is for them.
    let mut other = standing.clone();
    assert!(other.set("bond_bn", 0, overbuild::engine::orders::Value::Number(30.0)));
    source.request(&game, seat, &other, &[]);
    let (_, newer) = until_complete(&rx);
    assert_eq!(newer.basis, outlook::basis(&game, &other));
    // Asking again for what was answered does nothing; after a cancel (the turn moved) the
    // same request starts afresh and is answered again, with the same figures.
    source.cancel();
    source.request(&game, seat, &other, &[]);
    let (_, again) = until_complete(&rx);
    assert_eq!(again, newer);
}
