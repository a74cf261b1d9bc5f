//! The rules of Overbuild: pure and deterministic. No I/O, no terminal, no clock, no hash-map
//! iteration. Orders in, the next world and a report out.

pub mod attribution;
pub mod belief;
pub mod check;
pub mod events;
pub mod finance;
pub mod grid;
pub mod hash;
pub mod ids;
mod init;
pub use init::apply_starting_rules;
pub mod ledger;
pub mod orders;
pub mod params;
pub mod policy;
pub mod politics;
pub mod preview;
pub mod report;
pub mod resolve;
pub mod retail;
pub mod rng;
pub mod score;
pub mod seat_books;
pub mod state;
pub mod stats;
pub mod supply;
pub mod view;

pub use hash::state_hash;
pub use ids::{CompanyId, Date, Good, Seat, Tech};
pub use orders::{OrderError, Orders, SeatOrders};
pub use params::Params;
pub use report::TurnReport;
pub use resolve::{Events, resolve, resolve_with};
pub use rng::Rngs;
pub use state::World;
pub use view::SeatView;
