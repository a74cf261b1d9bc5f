//! Bots' reasons in a save: each quarter's record keeps the reason of every bot move beside
//! the orders. Like intents they change no result and no state hash; an older save has none.

use crate::bots::Reason;
use crate::engine::Seat;
use serde::{Deserialize, Serialize};

/// A bot seat's reason in one quarter's record of a save.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeatReason {
    pub seat: Seat,
    #[serde(flatten)]
    pub reason: Reason,
}

/// A bot seat's reason and the quarter (0-based) it was given in, as the caller keeps them.
#[derive(Clone, Debug, PartialEq)]
pub struct ReasonEntry {
    pub turn: u32,
    pub seat: Seat,
    pub reason: Reason,
}

/// The reasons of one quarter, in seat order.
pub fn of_turn(entries: &[ReasonEntry], turn: u32) -> Vec<SeatReason> {
    let mut out: Vec<SeatReason> = entries
        .iter()
        .filter(|e| e.turn == turn)
        .map(|e| SeatReason {
            seat: e.seat,
            reason: e.reason.clone(),
        })
        .collect();
    out.sort_by_key(|s| s.seat);
    out
}
