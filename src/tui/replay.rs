//! The replay viewer's state and keys: a saved game replayed quarter by quarter, every seat's
//! orders revealed, the dashboard and charts as they stood, "fork here" and a second save side
//! by side. The data lives in `App::viewer`; `Screen::Replay` holds only where the player is.

use super::action::{Action, KeyHelp, SavesPurpose, kh};
use super::keys::Command;
use super::session::Shown;
use crate::engine::report::Arg;
use crate::engine::{Date, Orders, Seat};
use crate::game::{Game, SeatRole};
use crate::i18n::Texts;
use crate::report::intents::{self, IntentOutcome};
use crate::save::{Comparison, Replay, SaveMeta};
use std::path::PathBuf;

/// A game waiting on the new-game form for its seats: a fork, or a loaded game nobody played
/// at the keyboard.
pub struct Pending {
    pub game: Game,
    pub meta: SaveMeta,
    /// For a fork: the original's orders of each quarter from the fork on.
    pub guide: Vec<Orders>,
}

/// The save open in the viewer.
pub struct Viewer {
    pub replay: Replay,
    pub path: PathBuf,
    /// The slot name or file name.
    pub name: String,
    /// A second save of the same scenario, side by side.
    pub compare: Option<Comparing>,
    /// The intents of the quarter last asked for, judged against its attribution: worked
    /// out once per quarter (a few dozen resolves), and only for quarters with intents.
    intents: std::cell::RefCell<Option<(usize, Vec<IntentOutcome>)>>,
}

/// The second save and how the two games differ, quarter by quarter.
pub struct Comparing {
    pub name: String,
    pub path: PathBuf,
    pub seed: u64,
    pub turns: usize,
    pub comparison: Comparison,
}

impl Viewer {
    pub fn new(replay: Replay, path: PathBuf) -> Viewer {
        let name = replay.save.label();
        Viewer {
            replay,
            path,
            name,
            compare: None,
            intents: std::cell::RefCell::new(None),
        }
    }

    /// The seats' intents for quarter `quarter` (1-based) beside what happened and why.
    pub fn intents(&self, quarter: usize) -> Vec<IntentOutcome> {
        if let Some((at, cached)) = self.intents.borrow().as_ref()
            && *at == quarter
        {
            return cached.clone();
        }
        let Some(t) = quarter.checked_sub(1) else {
            return Vec::new();
        };
        let entries: Vec<_> = self
            .replay
            .save
            .intent_entries()
            .into_iter()
            .filter(|e| e.turn as usize == t)
            .collect();
        let fresh = match (entries.is_empty(), self.replay.turn(t)) {
            (false, Some(turn)) => {
                let attribution = crate::explain::quarter_in_replay(&self.replay, t);
                entries
                    .iter()
                    .map(|e| intents::outcome(e, turn.report.date, attribution.as_ref()))
                    .collect()
            }
            _ => Vec::new(),
        };
        *self.intents.borrow_mut() = Some((quarter, fresh.clone()));
        fresh
    }

    /// The bots' reasons in quarter `quarter` (1-based), in seat order; none in older saves.
    pub fn reasons(&self, quarter: usize) -> Vec<crate::save::SeatReason> {
        quarter
            .checked_sub(1)
            .and_then(|t| self.replay.save.turns.get(t))
            .map(|t| t.reasons.clone())
            .unwrap_or_default()
    }

    /// Quarters in the save.
    pub fn len(&self) -> usize {
        self.replay.len()
    }

    pub fn is_empty(&self) -> bool {
        self.replay.is_empty()
    }

    /// The game as it stood after `quarter` quarters.
    pub fn shown(&self, quarter: usize) -> Option<Shown<'_>> {
        let world = self.replay.world(quarter)?;
        Some(Shown {
            world,
            turns: &self.replay.game.turns[..quarter.min(self.len())],
        })
    }

    pub fn roles(&self) -> [SeatRole; 4] {
        self.replay.save.seats.to_array()
    }

    /// Orders a seat started `quarter` (1-based) from: what carried forward from the quarter
    /// before's (its rules and marked repeats), or from the scenario's standing orders.
    pub fn orders_before(&self, quarter: usize) -> Option<Orders> {
        let played = match quarter {
            0 => None,
            1 => self.replay.world(0).map(|w| &w.last_orders),
            q => self.replay.turn(q - 2).map(|t| &t.orders),
        };
        played.map(Orders::carried_forward)
    }
}

/// The tabs of the viewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplayTab {
    Orders,
    Dashboard,
    Charts,
    Events,
    Compare,
}

impl ReplayTab {
    pub const ALL: [ReplayTab; 5] = [
        ReplayTab::Orders,
        ReplayTab::Dashboard,
        ReplayTab::Charts,
        ReplayTab::Events,
        ReplayTab::Compare,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ReplayTab::Orders => "tui-replay-tab-orders",
            ReplayTab::Dashboard => "tui-tab-dashboard",
            ReplayTab::Charts => "tui-tab-charts",
            ReplayTab::Events => "tui-replay-tab-events",
            ReplayTab::Compare => "tui-replay-tab-compare",
        }
    }

    pub fn index(self) -> usize {
        ReplayTab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// Where the player is in the viewer.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayState {
    /// The quarter shown, 1-based; 0 only for a save without quarters (the start).
    pub quarter: usize,
    pub tab: ReplayTab,
    pub pane: usize,
    /// Orders tab: 0 for every seat, 1..=4 for one seat (`Seat::ALL` order). The dashboard is
    /// drawn for the chosen seat (the first when every seat is shown).
    pub who: usize,
    pub scroll: u16,
    pub chart: usize,
    /// Show only the orders (or figures) that changed.
    pub changed_only: bool,
    /// A quarter being typed after `t`.
    pub jump: Option<String>,
    pub jump_error: Option<String>,
}

impl ReplayState {
    pub fn new(quarters: usize) -> ReplayState {
        ReplayState {
            quarter: quarters.min(1),
            tab: ReplayTab::Orders,
            pane: 0,
            who: 0,
            scroll: 0,
            chart: 0,
            changed_only: false,
            jump: None,
            jump_error: None,
        }
    }

    /// The seat the dashboard is drawn for.
    pub fn seat(&self) -> Seat {
        Seat::ALL[self.who.saturating_sub(1).min(3)]
    }

    /// One seat chosen in the Orders tab, or None for every seat.
    pub fn one_seat(&self) -> Option<Seat> {
        (self.who > 0).then(|| self.seat())
    }

    /// Shows quarter `quarter` (1-based) of a replay of `len` quarters.
    pub fn show(&mut self, quarter: usize, len: usize) {
        if len > 0 {
            let q = quarter.clamp(1, len);
            if q != self.quarter {
                self.scroll = 0;
            }
            self.quarter = q;
        }
    }

    /// The viewer's keys: quarters, tabs, panes, jumping; forking and comparing are the app's.
    pub fn command(&mut self, cmd: Command, viewer: &mut Viewer, texts: &Texts) -> Option<Action> {
        let len = viewer.len();
        let start = viewer.replay.game.scenario.params.scenario.start;
        let comparing = viewer.compare.is_some();
        let r = self;
        if let Some(entry) = &r.jump {
            match cmd {
                Command::Confirm => {
                    match parse_quarter(entry, start, len) {
                        Some(q) => {
                            r.jump_error = None;
                            r.jump = None;
                            return Some(Action::ShowQuarter(q));
                        }
                        None => {
                            r.jump_error = Some(texts.with(
                                "tui-replay-bad-jump",
                                &[
                                    ("text", Arg::Text(entry.clone())),
                                    ("quarters", Arg::Num(len as f64)),
                                    ("first", Arg::Text(start.to_string())),
                                ],
                            ));
                        }
                    }
                    r.jump = None;
                }
                Command::Back => r.jump = None,
                _ => {}
            }
            return None;
        }
        let tabs: &[ReplayTab] = if comparing {
            &ReplayTab::ALL
        } else {
            &ReplayTab::ALL[..4]
        };
        let go_tab = |tab: ReplayTab, r: &mut ReplayState| {
            if tabs.contains(&tab) {
                r.tab = tab;
                r.pane = 0;
                r.scroll = 0;
            }
        };
        let step = |r: &mut ReplayState, by: i64| {
            if len > 0 {
                let q = (r.quarter as i64 + by).clamp(1, len as i64) as usize;
                if q != r.quarter {
                    r.scroll = 0;
                }
                r.quarter = q;
            }
        };
        match cmd {
            Command::Left => step(r, -1),
            Command::Right => step(r, 1),
            Command::BigLeft => step(r, -4),
            Command::BigRight => step(r, 4),
            Command::Top => step(r, -(len as i64)),
            Command::Bottom => step(r, len as i64),
            Command::Jump => {
                r.jump = Some(String::new());
                r.jump_error = None;
            }
            Command::Fork => return Some(Action::Fork),
            Command::Compare => {
                if comparing {
                    viewer.compare = None;
                    if r.tab == ReplayTab::Compare {
                        r.tab = ReplayTab::Orders;
                        r.pane = 0;
                        r.scroll = 0;
                    }
                    return None;
                }
                return Some(Action::OpenSaves(SavesPurpose::Compare));
            }
            Command::Back => return Some(Action::ToTitle),
            Command::Tab1 => go_tab(ReplayTab::Orders, r),
            Command::Tab2 => go_tab(ReplayTab::Dashboard, r),
            Command::Tab3 => go_tab(ReplayTab::Charts, r),
            Command::Tab4 => go_tab(ReplayTab::Events, r),
            Command::Tab5 => go_tab(ReplayTab::Compare, r),
            Command::NextTab | Command::PrevTab => {
                let n = tabs.len();
                let i = tabs.iter().position(|t| *t == r.tab).unwrap_or(0);
                let next = if cmd == Command::NextTab {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                go_tab(tabs[next], r);
            }
            Command::NextPane => r.pane = (r.pane + 1) % r.panes(),
            Command::PrevPane => r.pane = (r.pane + r.panes() - 1) % r.panes(),
            Command::Toggle => match r.tab {
                ReplayTab::Dashboard => r.who = (r.seat().index() + 1) % Seat::ALL.len() + 1,
                _ => {
                    r.changed_only = !r.changed_only;
                    r.scroll = 0;
                }
            },
            Command::Up | Command::Down => {
                let down = cmd == Command::Down;
                match (r.tab, r.pane) {
                    (ReplayTab::Orders, 0) => {
                        r.who = if down {
                            (r.who + 1).min(Seat::ALL.len())
                        } else {
                            r.who.saturating_sub(1)
                        };
                        r.scroll = 0;
                    }
                    (ReplayTab::Charts, 0) => {
                        r.chart = if down {
                            (r.chart + 1).min(super::charts::COUNT - 1)
                        } else {
                            r.chart.saturating_sub(1)
                        };
                    }
                    _ if down => r.scroll = r.scroll.saturating_add(1),
                    _ => r.scroll = r.scroll.saturating_sub(1),
                }
            }
            Command::PageUp => r.scroll = r.scroll.saturating_sub(10),
            Command::PageDown => r.scroll = r.scroll.saturating_add(10),
            _ => {}
        }
        None
    }

    pub fn select_row(&mut self, row: usize) {
        match self.tab {
            ReplayTab::Orders => {
                self.who = row.min(Seat::ALL.len());
                self.pane = 0;
                self.scroll = 0;
            }
            ReplayTab::Charts => {
                self.chart = row.min(super::charts::COUNT - 1);
                self.pane = 0;
            }
            _ => {}
        }
    }

    fn panes(&self) -> usize {
        match self.tab {
            ReplayTab::Events => 1,
            _ => 2,
        }
    }
}

/// The keys of the viewer, for the footer, the help overlay and key lookup.
pub fn keys(r: &ReplayState, viewer: Option<&Viewer>) -> Vec<KeyHelp> {
    use Command::*;
    let comparing = viewer.is_some_and(|v| v.compare.is_some());
    let mut k = vec![
        kh(Left, "tui-key-quarter", true),
        kh(Right, "tui-key-quarter", false),
        kh(BigLeft, "tui-key-year-back", false),
        kh(BigRight, "tui-key-year-on", false),
        kh(Top, "tui-key-first-quarter", false),
        kh(Bottom, "tui-key-last-quarter", false),
        kh(Jump, "tui-key-jump", true),
        kh(Fork, "tui-key-fork", true),
        kh(
            Compare,
            if comparing {
                "tui-key-compare-stop"
            } else {
                "tui-key-compare"
            },
            true,
        ),
        kh(NextPane, "tui-key-next-pane", false),
        kh(PrevPane, "tui-key-prev-pane", false),
        kh(Tab1, "tui-key-replay-tab-1", false),
        kh(Tab2, "tui-key-replay-tab-2", false),
        kh(Tab3, "tui-key-replay-tab-3", false),
        kh(Tab4, "tui-key-replay-tab-4", false),
    ];
    if comparing {
        k.push(kh(Tab5, "tui-key-replay-tab-5", false));
    }
    k.extend([
        kh(NextTab, "tui-key-next-tab", false),
        kh(PrevTab, "tui-key-prev-tab", false),
    ]);
    let list = matches!(r.tab, ReplayTab::Orders | ReplayTab::Charts) && r.pane == 0;
    k.push(kh(
        Up,
        if list {
            "tui-key-move"
        } else {
            "tui-key-scroll"
        },
        false,
    ));
    k.push(kh(
        Down,
        if list {
            "tui-key-move"
        } else {
            "tui-key-scroll"
        },
        false,
    ));
    k.extend([
        kh(PageUp, "tui-key-page", false),
        kh(PageDown, "tui-key-page", false),
    ]);
    match r.tab {
        ReplayTab::Orders | ReplayTab::Compare => {
            k.push(kh(Toggle, "tui-key-changed-only", false));
        }
        ReplayTab::Dashboard => k.push(kh(Toggle, "tui-key-next-seat", false)),
        _ => {}
    }
    k.push(kh(Back, "tui-key-to-title", false));
    k
}

/// "2026Q3", "2026 Q3" or a quarter's number: the quarter (1-based) it names in this save.
pub fn parse_quarter(text: &str, start: Date, quarters: usize) -> Option<usize> {
    let text = text.trim();
    let q = match text.parse::<usize>() {
        Ok(n) => n,
        Err(_) => {
            let date = Date::parse(text)?;
            let at = date.ordinal().checked_sub(start.ordinal())? as usize;
            at + 1
        }
    };
    (1..=quarters).contains(&q).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_are_named_by_number_or_date() {
        let start = Date::new(2025, 1);
        assert_eq!(parse_quarter("5", start, 16), Some(5));
        assert_eq!(parse_quarter(" 16 ", start, 16), Some(16));
        assert_eq!(parse_quarter("2026 Q1", start, 16), Some(5));
        assert_eq!(parse_quarter("2026q1", start, 16), Some(5));
        assert_eq!(parse_quarter("2025 Q1", start, 16), Some(1));
        assert_eq!(parse_quarter("0", start, 16), None);
        assert_eq!(parse_quarter("17", start, 16), None);
        assert_eq!(parse_quarter("2024 Q4", start, 16), None);
        assert_eq!(parse_quarter("2026 Q1", start, 4), None);
        assert_eq!(parse_quarter("", start, 16), None);
    }
}
