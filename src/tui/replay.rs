//! The replay viewer's state and keys: a saved game replayed quarter by quarter, every seat's
//! orders revealed, the dashboard and charts as they stood, "fork here" and a second save side
//! by side. The data lives in `App::viewer`; `Screen::Replay` holds only where the player is.

use super::action::{Action, KeyHelp, SavesPurpose, kh};
use super::keys::Command;
use super::session::Shown;
use crate::engine::attribution::Attribution;
use crate::engine::report::Arg;
use crate::engine::{Date, Orders, Seat};
use crate::game::{Game, SeatRole};
use crate::i18n::Texts;
use crate::report::intents::{self, IntentOutcome};
use crate::report::story::{self, Consequence};
use crate::save::{Comparison, Replay, SaveMeta};
use std::path::PathBuf;
use std::rc::Rc;

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
    /// The news of consequence of the quarter last asked for, with their causes: worked out
    /// once per quarter, and only for quarters that have some.
    consequences: std::cell::RefCell<Option<(usize, Vec<Consequence>)>>,
    /// The attribution of the quarter (0-based) last attributed, which the intents and the
    /// news of consequence of one quarter share.
    attribution: std::cell::RefCell<Option<(usize, Option<Rc<Attribution>>)>>,
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
            consequences: std::cell::RefCell::new(None),
            attribution: std::cell::RefCell::new(None),
        }
    }

    /// Quarter `t`'s (0-based) attribution: a few dozen resolves, worked out once.
    fn attribution(&self, t: usize) -> Option<Rc<Attribution>> {
        if let Some((at, cached)) = self.attribution.borrow().as_ref()
            && *at == t
        {
            return cached.clone();
        }
        let fresh = crate::explain::quarter_in_replay(&self.replay, t).map(Rc::new);
        *self.attribution.borrow_mut() = Some((t, fresh.clone()));
        fresh
    }

    /// Quarter `quarter`'s (1-based) news of consequence, each with its largest causes.
    pub fn consequences(&self, quarter: usize) -> Vec<Consequence> {
        if let Some((at, cached)) = self.consequences.borrow().as_ref()
            && *at == quarter
        {
            return cached.clone();
        }
        let fresh = quarter
            .checked_sub(1)
            .and_then(|t| Some((t, self.replay.turn(t)?)))
            .map(|(t, turn)| {
                let previous = t.checked_sub(1).and_then(|p| self.replay.turn(p));
                let report = &turn.report;
                let previous = previous.map(|p| &p.report);
                if story::consequences_in(report, previous).is_empty() {
                    return Vec::new();
                }
                self.attribution(t)
                    .map(|a| story::attributed_consequences(t, report, previous, &a))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        *self.consequences.borrow_mut() = Some((quarter, fresh.clone()));
        fresh
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
                let attribution = self.attribution(t);
                entries
                    .iter()
                    .map(|e| intents::outcome(e, turn.report.date, attribution.as_deref()))
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
        if self.jump.is_some() {
            let start = viewer.replay.game.scenario.params.scenario.start;
            return self.jump_command(cmd, start, len, texts);
        }
        let comparing = viewer.compare.is_some();
        let tabs: &[ReplayTab] = if comparing {
            &ReplayTab::ALL
        } else {
            &ReplayTab::ALL[..4]
        };
        match cmd {
            Command::Left => self.step(-1, len),
            Command::Right => self.step(1, len),
            Command::BigLeft => self.step(-4, len),
            Command::BigRight => self.step(4, len),
            Command::Top => self.step(-(len as i64), len),
            Command::Bottom => self.step(len as i64, len),
            Command::Jump => {
                self.jump = Some(String::new());
                self.jump_error = None;
            }
            Command::Fork => return Some(Action::Fork),
            Command::Compare if comparing => {
                viewer.compare = None;
                if self.tab == ReplayTab::Compare {
                    self.go_tab(ReplayTab::Orders, tabs);
                }
            }
            Command::Compare => return Some(Action::OpenSaves(SavesPurpose::Compare)),
            Command::Back => return Some(Action::ToTitle),
            Command::Tab1 => self.go_tab(ReplayTab::Orders, tabs),
            Command::Tab2 => self.go_tab(ReplayTab::Dashboard, tabs),
            Command::Tab3 => self.go_tab(ReplayTab::Charts, tabs),
            Command::Tab4 => self.go_tab(ReplayTab::Events, tabs),
            Command::Tab5 => self.go_tab(ReplayTab::Compare, tabs),
            Command::NextTab | Command::PrevTab => {
                let n = tabs.len();
                let i = tabs.iter().position(|t| *t == self.tab).unwrap_or(0);
                let next = if cmd == Command::NextTab {
                    i + 1
                } else {
                    i + n - 1
                };
                self.go_tab(tabs[next % n], tabs);
            }
            Command::NextPane => self.pane = (self.pane + 1) % self.panes(),
            Command::PrevPane => self.pane = (self.pane + self.panes() - 1) % self.panes(),
            Command::Toggle if self.tab == ReplayTab::Dashboard => {
                self.who = (self.seat().index() + 1) % Seat::ALL.len() + 1;
            }
            Command::Toggle => {
                self.changed_only = !self.changed_only;
                self.scroll = 0;
            }
            Command::Up => self.move_in_pane(false),
            Command::Down => self.move_in_pane(true),
            Command::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Command::PageDown => self.scroll = self.scroll.saturating_add(10),
            _ => {}
        }
        None
    }

    /// Keys while a quarter to jump to is typed: Enter jumps (or says what is allowed), Esc
    /// drops it.
    fn jump_command(
        &mut self,
        cmd: Command,
        start: Date,
        len: usize,
        texts: &Texts,
    ) -> Option<Action> {
        let entry = self.jump.take()?;
        match cmd {
            Command::Confirm => match parse_quarter(&entry, start, len) {
                Some(q) => {
                    self.jump_error = None;
                    return Some(Action::ShowQuarter(q));
                }
                None => {
                    self.jump_error = Some(texts.with(
                        "tui-replay-bad-jump",
                        &[
                            ("text", Arg::Text(entry)),
                            ("quarters", Arg::Num(len as f64)),
                            ("first", Arg::Text(start.to_string())),
                        ],
                    ));
                }
            },
            Command::Back => {}
            _ => self.jump = Some(entry),
        }
        None
    }

    /// Moves `by` quarters, within the replay's `len`.
    fn step(&mut self, by: i64, len: usize) {
        if len > 0 {
            self.show(
                (self.quarter as i64 + by).clamp(1, len as i64) as usize,
                len,
            );
        }
    }

    /// Opens a tab the viewer has now (Compare only beside a second save).
    fn go_tab(&mut self, tab: ReplayTab, tabs: &[ReplayTab]) {
        if tabs.contains(&tab) {
            self.tab = tab;
            self.pane = 0;
            self.scroll = 0;
        }
    }

    /// Up or down: the seat or the chart in a tab's list, else scrolling.
    fn move_in_pane(&mut self, down: bool) {
        match (self.tab, self.pane) {
            (ReplayTab::Orders, 0) => {
                self.who = if down {
                    (self.who + 1).min(Seat::ALL.len())
                } else {
                    self.who.saturating_sub(1)
                };
                self.scroll = 0;
            }
            (ReplayTab::Charts, 0) => {
                self.chart = if down {
                    (self.chart + 1).min(super::charts::COUNT - 1)
                } else {
                    self.chart.saturating_sub(1)
                };
            }
            _ if down => self.scroll = self.scroll.saturating_add(1),
            _ => self.scroll = self.scroll.saturating_sub(1),
        }
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

    #[test]
    fn a_typed_quarter_jumps_or_says_what_is_allowed() {
        let texts = Texts::new(crate::i18n::Lang::En);
        let start = Date::new(2025, 1);
        let mut r = ReplayState::new(16);
        r.jump = Some("2026 Q1".into());
        let jumped = r.jump_command(Command::Confirm, start, 16, &texts);
        assert_eq!(jumped, Some(Action::ShowQuarter(5)));
        assert_eq!((r.jump.as_ref(), r.jump_error.as_ref()), (None, None));
        r.jump = Some("2031 Q1".into());
        assert_eq!(r.jump_command(Command::Confirm, start, 16, &texts), None);
        let error = r.jump_error.clone().expect("the refusal");
        assert!(error.contains("2031 Q1") && error.contains("16"), "{error}");
        assert!(r.jump.is_none(), "Enter closes the entry either way");
        // Other keys leave the entry open; Esc drops it.
        r.jump = Some("20".into());
        r.jump_command(Command::Up, start, 16, &texts);
        assert_eq!(r.jump.as_deref(), Some("20"));
        r.jump_command(Command::Back, start, 16, &texts);
        assert!(r.jump.is_none());
    }

    #[test]
    fn stepping_stays_within_the_replay_and_resets_the_scroll_only_on_a_move() {
        let mut r = ReplayState::new(6);
        r.scroll = 3;
        r.step(-1, 6);
        assert_eq!((r.quarter, r.scroll), (1, 3), "no quarter before the first");
        r.step(4, 6);
        assert_eq!((r.quarter, r.scroll), (5, 0));
        r.step(4, 6);
        assert_eq!(r.quarter, 6);
        r.go_tab(ReplayTab::Compare, &ReplayTab::ALL[..4]);
        assert_eq!(
            r.tab,
            ReplayTab::Orders,
            "no Compare tab without a second save"
        );
        r.go_tab(ReplayTab::Compare, &ReplayTab::ALL);
        assert_eq!(r.tab, ReplayTab::Compare);
    }
}
