//! The charts there are, by number, and which a seat sees first: what the Charts tab, the
//! replay viewer and the why popup choose from. Drawing them is `ui::charts`.

use crate::engine::Seat;

/// The charts of the Charts tab, by number (results and the projector name them by number).
pub const KEYS: [&str; 12] = [
    "tui-chart-index",
    "tui-chart-bills",
    "tui-chart-reserve",
    "tui-chart-approval",
    "tui-chart-scores",
    "tui-chart-spreads",
    "tui-chart-share-prices",
    "tui-chart-backlog",
    "tui-chart-openai-revenue",
    "tui-chart-arrears",
    "tui-chart-jobs",
    "tui-chart-budget",
];
pub const COUNT: usize = KEYS.len();

/// The charts in the order a seat's list shows them: its own stakes first.
pub fn order(seat: Option<Seat>) -> [usize; COUNT] {
    match seat {
        Some(Seat::OpenAi) => [8, 5, 0, 4, 1, 2, 3, 6, 7, 9, 10, 11],
        Some(Seat::Oracle) => [6, 5, 7, 0, 4, 1, 2, 3, 8, 9, 10, 11],
        Some(Seat::Utility) => [1, 2, 9, 4, 0, 3, 5, 6, 7, 8, 10, 11],
        Some(Seat::WhiteHouse) => [10, 3, 11, 0, 1, 4, 2, 5, 6, 7, 8, 9],
        None => std::array::from_fn(|i| i),
    }
}

/// The headline figure (its attribution key) a chart is about, for the why popup: the seat's
/// own company, or the first region, where the chart draws several lines.
pub fn figure_key(chart: usize, seat: Seat, region: &str) -> String {
    let company = crate::engine::orders::seat_company(seat)
        .filter(|c| c.listed())
        .map_or("oracle", |c| c.id());
    match KEYS.get(chart).copied().unwrap_or_default() {
        "tui-chart-index" => "index".into(),
        "tui-chart-bills" | "tui-chart-arrears" => format!("bill.{region}"),
        "tui-chart-reserve" => format!("reserve.{region}"),
        "tui-chart-approval" => "approval".into(),
        "tui-chart-jobs" => "jobs".into(),
        "tui-chart-spreads" => format!("spread.{company}"),
        "tui-chart-share-prices" => format!("share.{company}"),
        "tui-chart-backlog" => "share.oracle".into(),
        "tui-chart-openai-revenue" => "cap.openai".into(),
        _ => format!("score.{}", seat.id()),
    }
}
