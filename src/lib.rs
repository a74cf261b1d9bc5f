//! Overbuild: a turn-based war-game of the AI data-center boom.

pub mod audio;
pub mod balance;
pub mod books;
pub mod bots;
pub mod calibration;
pub mod cli;
pub mod cli_out;
pub mod engine;
pub mod error;
pub mod explain;
pub mod fsread;
pub mod game;
pub mod glossary;
pub mod i18n;
pub mod logging;
pub mod montecarlo;
pub mod paths;
pub mod plain;
pub mod report;
pub mod save;
pub mod scenario;
pub mod script;
pub mod sensitivity;
pub mod serve;
pub mod sim;
pub mod tui;
