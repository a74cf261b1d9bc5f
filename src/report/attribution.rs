//! What moved the outcome, as observed: the quarters in which scores moved most. What each
//! decision did is the story's (`story.rs`): its own Shapley value from the engine's
//! attribution, never another's effect.

use crate::engine::Seat;
use crate::save::Replay;

/// A quarter's observed score changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    pub turn: usize,
    pub seats: [f64; 4],
    pub welfare: f64,
}

impl Swing {
    pub fn size(&self) -> f64 {
        self.seats.iter().map(|v| v.abs()).sum::<f64>() + self.welfare.abs()
    }
}

/// The quarters whose scores moved most against the quarter before, largest first. The first
/// quarter has nothing to move from and is left out.
pub fn swings(replay: &Replay) -> Vec<Swing> {
    let scores = |t: &crate::game::Turn| {
        let s = &t.report.scores;
        (
            Seat::ALL.map(|seat| s.seat(seat).map_or(0.0, |x| x.score)),
            s.public_welfare.score,
        )
    };
    let mut list: Vec<Swing> = replay
        .game
        .turns
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let (before, welfare_before) = scores(&pair[0]);
            let (after, welfare_after) = scores(&pair[1]);
            Swing {
                turn: i + 1,
                seats: std::array::from_fn(|k| after[k] - before[k]),
                welfare: welfare_after - welfare_before,
            }
        })
        .collect();
    list.sort_by(|a, b| b.size().total_cmp(&a.size()).then(a.turn.cmp(&b.turn)));
    list
}
