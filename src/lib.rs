//! Overbuild: a turn-based war-game of the AI data-center boom.

pub mod bots;
pub mod engine;
pub mod game;
pub mod i18n;
pub mod scenario;
pub mod script;
pub mod sim;
