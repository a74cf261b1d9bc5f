//! The facilitator console: every seat's status, the countdown, pause, injects (from the deck,
//! written by hand, or proposed by the model's state), overrides, rewind, the end of the game,
//! and the projector and side-by-side views. Keys become `Cmd`s that the hub carries out, so
//! the console holds no game state of its own beyond what is on its screen.

use super::agenda::{Agenda, hmm};
use super::hub::{SeatStatus, TableSlot, mmss};
use super::projector;
use super::timeline::Scheduled;
use crate::engine::Seat;
use crate::engine::report::{Arg, Msg};
use crate::i18n::Texts;
use crate::tui::ui::wrap::Wrapped;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use std::time::{Duration, Instant};

/// What the console reads while handling a key or drawing.
pub struct Ctx<'a> {
    pub tables: &'a [TableSlot],
    pub texts: &'a Texts,
    pub now: Instant,
    pub agenda: &'a Agenda,
    pub agenda_start: Instant,
}

impl Ctx<'_> {
    /// Where the room stands on the run sheet: its slowest table decides.
    pub fn position(&self) -> super::agenda::Position<'_> {
        let playing = self
            .tables
            .iter()
            .filter(|t| !t.state.ended)
            .map(|t| t.state.quarter())
            .min();
        self.agenda.position(
            self.now.saturating_duration_since(self.agenda_start),
            playing,
        )
    }
}

/// What the facilitator asked for; the hub carries it out.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    Leave,
    Pause(usize),
    SetLimit(usize, Option<Duration>),
    Extend(usize, i64),
    ToggleFill(usize),
    ResolveNow(usize),
    InjectCard(usize, String),
    InjectCustom(usize, String, String),
    Unqueue(usize),
    /// Adds a card to a table's timeline.
    Schedule(usize, Scheduled),
    /// Moves a table's timeline entry (by index) to a quarter.
    Reschedule(usize, usize, u32),
    Unschedule(usize, usize),
    /// The run sheet's clock starts now.
    StartAgenda,
    Approve(usize, String),
    Veto(usize, String),
    Override {
        table: usize,
        pointer: String,
        label: String,
        value: serde_json::Value,
        reason: String,
    },
    Rewind(usize, String),
    End(usize),
    SetHuman(usize, Seat, bool),
    Kick(usize, Seat),
}

/// A figure of the world that can be overridden.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: String,
    pub pointer: String,
    pub value: serde_json::Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    Minutes,
    Headline,
    Explanation {
        headline: String,
    },
    Pointer,
    Value {
        pointer: String,
        label: String,
        old: serde_json::Value,
    },
    Reason {
        pointer: String,
        label: String,
        value: serde_json::Value,
    },
    RewindReason,
    ScheduleQuarter {
        card: String,
    },
    ScheduleNote {
        card: String,
        quarter: u32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Main,
    Deck {
        selected: usize,
        /// Picked for the timeline rather than for this quarter.
        schedule: bool,
    },
    Figures {
        selected: usize,
        figures: Vec<Figure>,
    },
    Prompt {
        purpose: Purpose,
        text: String,
    },
    Confirm {
        text: String,
        cmd: Cmd,
    },
    Projector,
    Compare,
    Help,
    Board,
    Timeline {
        selected: usize,
    },
    RunSheet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Seats,
    Proposals,
}

pub struct Console {
    pub table: usize,
    pub mode: Mode,
    pub focus: Focus,
    pub seat: usize,
    pub proposal: usize,
    pub notice: Option<String>,
    /// Which chart pair the projector shows.
    pub chart: usize,
    /// In the projector at the end: one table rather than all side by side.
    pub single: bool,
}

impl Default for Console {
    fn default() -> Console {
        Console::new()
    }
}

impl Console {
    pub fn new() -> Console {
        Console {
            table: 0,
            mode: Mode::Main,
            focus: Focus::Seats,
            seat: 0,
            proposal: 0,
            notice: None,
            chart: 0,
            single: false,
        }
    }

    /// A key press; returns what the hub should do.
    pub fn key(&mut self, key: KeyEvent, ctx: &Ctx) -> Vec<Cmd> {
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('d'))
        {
            return vec![Cmd::Leave];
        }
        let n = ctx.tables.len().max(1);
        self.table = self.table.min(n - 1);
        match std::mem::replace(&mut self.mode, Mode::Main) {
            Mode::Main => self.main_key(key, ctx),
            Mode::Help => Vec::new(),
            Mode::Confirm { text, cmd } => self.confirm_key(key, text, cmd),
            Mode::Deck { selected, schedule } => self.deck_key(key, ctx, selected, schedule),
            Mode::Timeline { selected } => self.timeline_key(key, ctx, selected),
            Mode::Board => self.board_key(key, n),
            Mode::RunSheet => self.run_sheet_key(key, ctx),
            Mode::Figures { selected, figures } => self.figures_key(key, selected, figures),
            Mode::Prompt { purpose, text } => self.prompt_key(key, ctx, purpose, text),
            mode @ (Mode::Projector | Mode::Compare) => self.projector_key(key, ctx, mode, n),
        }
    }

    /// Opens an empty prompt for `purpose`.
    fn open_prompt(&mut self, purpose: Purpose) -> Vec<Cmd> {
        self.mode = Mode::Prompt {
            purpose,
            text: String::new(),
        };
        Vec::new()
    }

    /// Asks `text` before `cmd` is carried out.
    fn ask_to_confirm(&mut self, text: String, cmd: Cmd) -> Vec<Cmd> {
        self.mode = Mode::Confirm { text, cmd };
        Vec::new()
    }

    /// Yes carries the command out, no drops it; any other key keeps the question open.
    fn confirm_key(&mut self, key: KeyEvent, text: String, cmd: Cmd) -> Vec<Cmd> {
        match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Enter => vec![cmd],
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => Vec::new(),
            _ => self.ask_to_confirm(text, cmd),
        }
    }

    /// The deck's keys: a card to inject now or, picked from the timeline, to schedule.
    fn deck_key(
        &mut self,
        key: KeyEvent,
        ctx: &Ctx,
        mut selected: usize,
        schedule: bool,
    ) -> Vec<Cmd> {
        let t = self.table;
        let cards = &ctx.tables[t].state.game.world.params.events;
        match key.code {
            KeyCode::Up => selected = selected.saturating_sub(1),
            KeyCode::Down => selected = (selected + 1).min(cards.len().saturating_sub(1)),
            KeyCode::Esc | KeyCode::Char('q') => return Vec::new(),
            KeyCode::Enter if schedule => {
                return match cards.get(selected) {
                    Some(c) => self.open_prompt(Purpose::ScheduleQuarter { card: c.id.clone() }),
                    None => Vec::new(),
                };
            }
            KeyCode::Enter => {
                return cards
                    .get(selected)
                    .map(|c| vec![Cmd::InjectCard(t, c.id.clone())])
                    .unwrap_or_default();
            }
            _ => {}
        }
        self.mode = Mode::Deck { selected, schedule };
        Vec::new()
    }

    fn board_key(&mut self, key: KeyEvent, n: usize) -> Vec<Cmd> {
        let t = self.table;
        match key.code {
            KeyCode::Left | KeyCode::Char('[') => {
                self.table = (t + n - 1) % n;
                self.mode = Mode::Board;
                Vec::new()
            }
            KeyCode::Right | KeyCode::Char(']') => {
                self.table = (t + 1) % n;
                self.mode = Mode::Board;
                Vec::new()
            }
            KeyCode::Esc | KeyCode::Char('u') | KeyCode::Char('q') => Vec::new(),
            _ => {
                self.mode = Mode::Board;
                Vec::new()
            }
        }
    }

    fn run_sheet_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Vec<Cmd> {
        match key.code {
            KeyCode::Char('g') => self.ask_to_confirm(
                ctx.texts.get("serve-confirm-start-agenda"),
                Cmd::StartAgenda,
            ),
            KeyCode::Esc | KeyCode::Char('m') | KeyCode::Char('q') => Vec::new(),
            _ => {
                self.mode = Mode::RunSheet;
                Vec::new()
            }
        }
    }

    /// The override picker's keys: a figure to change, or the last row to type a pointer.
    fn figures_key(
        &mut self,
        key: KeyEvent,
        mut selected: usize,
        figures: Vec<Figure>,
    ) -> Vec<Cmd> {
        let rows = figures.len() + 1;
        match key.code {
            KeyCode::Up => selected = selected.saturating_sub(1),
            KeyCode::Down => selected = (selected + 1).min(rows - 1),
            KeyCode::PageUp => selected = selected.saturating_sub(10),
            KeyCode::PageDown => selected = (selected + 10).min(rows - 1),
            KeyCode::Esc | KeyCode::Char('q') => return Vec::new(),
            KeyCode::Enter => {
                return match figures.get(selected) {
                    Some(f) => self.open_prompt(Purpose::Value {
                        pointer: f.pointer.clone(),
                        label: f.label.clone(),
                        old: f.value.clone(),
                    }),
                    None => self.open_prompt(Purpose::Pointer),
                };
            }
            _ => {}
        }
        self.mode = Mode::Figures { selected, figures };
        Vec::new()
    }

    /// Typing into a prompt: Enter submits, Esc drops it.
    fn prompt_key(
        &mut self,
        key: KeyEvent,
        ctx: &Ctx,
        purpose: Purpose,
        mut text: String,
    ) -> Vec<Cmd> {
        match key.code {
            KeyCode::Esc => return Vec::new(),
            KeyCode::Enter => return self.submit_prompt(purpose, text, ctx),
            KeyCode::Backspace => {
                text.pop();
            }
            KeyCode::Char(c) if !c.is_control() && text.chars().count() < 200 => text.push(c),
            _ => {}
        }
        self.mode = Mode::Prompt { purpose, text };
        Vec::new()
    }

    /// The projector's and the side-by-side view's keys.
    fn projector_key(&mut self, key: KeyEvent, ctx: &Ctx, mode: Mode, n: usize) -> Vec<Cmd> {
        let t = self.table;
        let compare = mode == Mode::Compare;
        match key.code {
            KeyCode::Esc | KeyCode::Char('v') => return Vec::new(),
            KeyCode::Char('s') if compare => return Vec::new(),
            KeyCode::Char('s') => {
                self.mode = Mode::Compare;
                return Vec::new();
            }
            KeyCode::Left | KeyCode::Char('[') => {
                self.table = (t + n - 1) % n;
                self.single = true;
            }
            KeyCode::Right | KeyCode::Char(']') => {
                self.table = (t + 1) % n;
                self.single = true;
            }
            KeyCode::Char('c') => self.chart = (self.chart + 1) % projector::CHART_PAIRS,
            KeyCode::Char('a') => self.single = false,
            KeyCode::Char('q') => {
                return self.ask_to_confirm(ctx.texts.get("serve-confirm-leave"), Cmd::Leave);
            }
            _ => {}
        }
        self.mode = mode;
        Vec::new()
    }

    /// The main screen's keys, handed to the group each belongs to (no key is in two).
    fn main_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Vec<Cmd> {
        let n = ctx.tables.len().max(1);
        let Some(slot) = ctx.tables.get(self.table) else {
            return Vec::new();
        };
        let texts = ctx.texts;
        let proposals: Vec<String> = slot
            .state
            .proposals()
            .iter()
            .map(|c| c.id.clone())
            .collect();
        self.proposal = self.proposal.min(proposals.len().saturating_sub(1));
        let code = key.code;
        self.main_selection_key(code, n, proposals.len())
            .or_else(|| self.main_clock_key(code, texts))
            .or_else(|| self.main_inject_key(code, &proposals))
            .or_else(|| self.main_history_key(code, slot, texts))
            .or_else(|| self.main_seat_key(code, slot, texts))
            .or_else(|| self.main_view_key(code, texts))
            .unwrap_or_default()
    }

    /// Which table, which pane, and which seat or proposal in it.
    fn main_selection_key(
        &mut self,
        code: KeyCode,
        n: usize,
        proposal_count: usize,
    ) -> Option<Vec<Cmd>> {
        let t = self.table;
        match code {
            KeyCode::Left | KeyCode::Char('[') => self.table = (t + n - 1) % n,
            KeyCode::Right | KeyCode::Char(']') => self.table = (t + 1) % n,
            KeyCode::Char(c @ '1'..='9') => {
                let i = (c as usize) - ('1' as usize);
                if i < n {
                    self.table = i;
                }
            }
            KeyCode::Tab | KeyCode::BackTab => {
                self.focus = match self.focus {
                    Focus::Seats => Focus::Proposals,
                    Focus::Proposals => Focus::Seats,
                }
            }
            KeyCode::Up => match self.focus {
                Focus::Seats => self.seat = self.seat.saturating_sub(1),
                Focus::Proposals => self.proposal = self.proposal.saturating_sub(1),
            },
            KeyCode::Down => match self.focus {
                Focus::Seats => self.seat = (self.seat + 1).min(3),
                Focus::Proposals => {
                    self.proposal = (self.proposal + 1).min(proposal_count.saturating_sub(1))
                }
            },
            _ => return None,
        }
        Some(Vec::new())
    }

    /// The countdown and the quarter: pause, timer, extend, resolve now, end.
    fn main_clock_key(&mut self, code: KeyCode, texts: &Texts) -> Option<Vec<Cmd>> {
        let t = self.table;
        Some(match code {
            KeyCode::Char('p') | KeyCode::Char(' ') => vec![Cmd::Pause(t)],
            KeyCode::Char('t') => self.open_prompt(Purpose::Minutes),
            KeyCode::Char('+') | KeyCode::Char('=') => vec![Cmd::Extend(t, 60)],
            KeyCode::Char('-') => vec![Cmd::Extend(t, -60)],
            KeyCode::Char('r') => {
                self.ask_to_confirm(texts.get("serve-confirm-resolve"), Cmd::ResolveNow(t))
            }
            KeyCode::Char('e') => self.ask_to_confirm(texts.get("serve-confirm-end"), Cmd::End(t)),
            _ => return None,
        })
    }

    /// Injects: from the deck, written by hand, unqueued, or the model's proposals approved
    /// or vetoed.
    fn main_inject_key(&mut self, code: KeyCode, proposals: &[String]) -> Option<Vec<Cmd>> {
        let t = self.table;
        Some(match code {
            KeyCode::Char('i') => {
                self.mode = Mode::Deck {
                    selected: 0,
                    schedule: false,
                };
                Vec::new()
            }
            KeyCode::Char('c') => self.open_prompt(Purpose::Headline),
            KeyCode::Char('d') => vec![Cmd::Unqueue(t)],
            KeyCode::Char('a') => {
                self.focus = Focus::Proposals;
                proposals
                    .get(self.proposal)
                    .map(|id| vec![Cmd::Approve(t, id.clone())])
                    .unwrap_or_default()
            }
            KeyCode::Char('x') => {
                self.focus = Focus::Proposals;
                proposals
                    .get(self.proposal)
                    .map(|id| vec![Cmd::Veto(t, id.clone())])
                    .unwrap_or_default()
            }
            _ => return None,
        })
    }

    /// Overriding a figure or rewinding a quarter, once one has been played.
    fn main_history_key(
        &mut self,
        code: KeyCode,
        slot: &TableSlot,
        texts: &Texts,
    ) -> Option<Vec<Cmd>> {
        let played = !slot.state.game.turns.is_empty();
        match code {
            KeyCode::Char('o') if played => {
                self.mode = Mode::Figures {
                    selected: 0,
                    figures: figures(slot, texts),
                };
            }
            KeyCode::Char('o') => self.notice = Some(texts.get("serve-override-none")),
            KeyCode::Char('w') if played => {
                self.mode = Mode::Prompt {
                    purpose: Purpose::RewindReason,
                    text: String::new(),
                }
            }
            KeyCode::Char('w') => self.notice = Some(texts.get("serve-rewind-none")),
            _ => return None,
        }
        Some(Vec::new())
    }

    /// Who plays a seat: the fill for empty seats, a bot or a person, or kicking a player.
    fn main_seat_key(
        &mut self,
        code: KeyCode,
        slot: &TableSlot,
        texts: &Texts,
    ) -> Option<Vec<Cmd>> {
        let t = self.table;
        let seat = Seat::ALL[self.seat.min(3)];
        Some(match code {
            KeyCode::Char('f') => vec![Cmd::ToggleFill(t)],
            KeyCode::Char('b') => vec![Cmd::SetHuman(t, seat, !slot.state.is_human(seat))],
            KeyCode::Char('k') if slot.online(seat) => self.ask_to_confirm(
                texts.with(
                    "serve-confirm-kick",
                    &[("seat", Arg::Text(seat_name(texts, seat)))],
                ),
                Cmd::Kick(t, seat),
            ),
            _ => return None,
        })
    }

    /// The other screens: board, timeline, run sheet, projector, side by side, help; and leaving.
    fn main_view_key(&mut self, code: KeyCode, texts: &Texts) -> Option<Vec<Cmd>> {
        match code {
            KeyCode::Char('u') => self.mode = Mode::Board,
            KeyCode::Char('l') => self.mode = Mode::Timeline { selected: 0 },
            KeyCode::Char('m') => self.mode = Mode::RunSheet,
            KeyCode::Char('v') => {
                self.mode = Mode::Projector;
                self.single = false;
            }
            KeyCode::Char('s') => self.mode = Mode::Compare,
            KeyCode::Char('?') | KeyCode::F(1) => self.mode = Mode::Help,
            KeyCode::Char('q') => {
                return Some(self.ask_to_confirm(texts.get("serve-confirm-leave"), Cmd::Leave));
            }
            KeyCode::Esc => self.notice = None,
            _ => return None,
        }
        Some(Vec::new())
    }

    /// The timeline's keys: pick an entry, add one, move it a quarter, drop it.
    fn timeline_key(&mut self, key: KeyEvent, ctx: &Ctx, selected: usize) -> Vec<Cmd> {
        let t = self.table;
        let entries = &ctx.tables[t].state.timeline.entries;
        let last = entries.len().saturating_sub(1);
        let mut selected = selected.min(last);
        let mut cmds = Vec::new();
        let entry = entries.get(selected);
        match key.code {
            KeyCode::Up => selected = selected.saturating_sub(1),
            KeyCode::Down => selected = (selected + 1).min(last),
            KeyCode::Esc | KeyCode::Char('l') | KeyCode::Char('q') => return Vec::new(),
            KeyCode::Char('n') | KeyCode::Char('a') | KeyCode::Insert => {
                self.mode = Mode::Deck {
                    selected: 0,
                    schedule: true,
                };
                return Vec::new();
            }
            KeyCode::Char(c @ ('+' | '=' | '>' | '-' | '<')) => {
                if let Some(e) = entry {
                    let later = matches!(c, '+' | '=' | '>');
                    let quarter = if later {
                        e.quarter + 1
                    } else {
                        e.quarter.saturating_sub(1)
                    };
                    cmds.push(Cmd::Reschedule(t, selected, quarter));
                    // The selection follows the entry to its new place in quarter order.
                    let state = &ctx.tables[t].state;
                    let mut after = state.timeline.clone();
                    if let Ok((_, at)) = after.move_to(
                        selected,
                        quarter,
                        state.quarter(),
                        state.game.world.params.scenario.turns,
                    ) {
                        selected = at;
                    }
                }
            }
            KeyCode::Char('x') | KeyCode::Char('d') | KeyCode::Delete if entry.is_some() => {
                cmds.push(Cmd::Unschedule(t, selected));
            }
            _ => {}
        }
        self.mode = Mode::Timeline { selected };
        cmds
    }

    /// Enter in a prompt: one step of its dialogue, or the command it was for.
    fn submit_prompt(&mut self, purpose: Purpose, text: String, ctx: &Ctx) -> Vec<Cmd> {
        let t = self.table;
        let texts = ctx.texts;
        let trimmed = text.trim().to_string();
        match purpose {
            Purpose::Minutes => self.submit_minutes(trimmed, texts),
            Purpose::Headline if trimmed.is_empty() => Vec::new(),
            Purpose::Headline => self.open_prompt(Purpose::Explanation { headline: trimmed }),
            Purpose::Explanation { headline } => vec![Cmd::InjectCustom(t, headline, trimmed)],
            Purpose::Pointer => self.submit_pointer(trimmed, ctx),
            Purpose::Value {
                pointer,
                label,
                old,
            } => self.submit_value(pointer, label, old, trimmed, texts),
            // Overrides and rewinds are logged with a reason: without one the prompt stays open.
            purpose @ (Purpose::Reason { .. } | Purpose::RewindReason) if trimmed.is_empty() => {
                self.notice = Some(texts.get("serve-need-reason"));
                self.mode = Mode::Prompt { purpose, text };
                Vec::new()
            }
            Purpose::Reason {
                pointer,
                label,
                value,
            } => vec![Cmd::Override {
                table: t,
                pointer,
                label,
                value,
                reason: trimmed,
            }],
            Purpose::RewindReason => {
                self.ask_to_confirm(texts.get("serve-confirm-rewind"), Cmd::Rewind(t, trimmed))
            }
            Purpose::ScheduleQuarter { card } => self.submit_schedule_quarter(card, trimmed, texts),
            Purpose::ScheduleNote { card, quarter } => {
                self.mode = Mode::Timeline { selected: 0 };
                vec![Cmd::Schedule(
                    t,
                    Scheduled {
                        quarter,
                        card,
                        note: trimmed,
                    },
                )]
            }
        }
    }

    /// The quarter's time limit in minutes: empty or 0 for none, at most 600.
    fn submit_minutes(&mut self, trimmed: String, texts: &Texts) -> Vec<Cmd> {
        let t = self.table;
        let cleaned = trimmed.replace(',', ".");
        match cleaned.parse::<f64>() {
            Ok(m) if (0.0..=600.0).contains(&m) => {
                let limit = (m > 0.0).then(|| Duration::from_secs((m * 60.0).round() as u64));
                vec![Cmd::SetLimit(t, limit)]
            }
            _ if trimmed.is_empty() => vec![Cmd::SetLimit(t, None)],
            _ => {
                self.notice =
                    Some(texts.with("serve-bad-minutes", &[("text", Arg::Text(trimmed))]));
                Vec::new()
            }
        }
    }

    /// A pointer typed by hand must name a single figure of the world; its value comes next.
    fn submit_pointer(&mut self, trimmed: String, ctx: &Ctx) -> Vec<Cmd> {
        let Some(slot) = ctx.tables.get(self.table) else {
            return Vec::new();
        };
        let tree = serde_json::to_value(&slot.state.game.world).unwrap_or_default();
        match tree.pointer(&trimmed) {
            Some(old) if !old.is_object() && !old.is_array() => self.open_prompt(Purpose::Value {
                label: trimmed.clone(),
                pointer: trimmed,
                old: old.clone(),
            }),
            _ => {
                self.notice = Some(
                    ctx.texts
                        .with("serve-bad-pointer", &[("pointer", Arg::Text(trimmed))]),
                );
                Vec::new()
            }
        }
    }

    /// A figure's new value, of the same kind as the old; the reason comes next.
    fn submit_value(
        &mut self,
        pointer: String,
        label: String,
        old: serde_json::Value,
        trimmed: String,
        texts: &Texts,
    ) -> Vec<Cmd> {
        match parse_value(&trimmed, &old) {
            Some(value) => self.open_prompt(Purpose::Reason {
                pointer,
                label,
                value,
            }),
            None => {
                self.notice = Some(texts.with(
                    "serve-bad-value",
                    &[
                        ("text", Arg::Text(trimmed)),
                        ("old", Arg::Text(old.to_string())),
                    ],
                ));
                Vec::new()
            }
        }
    }

    /// The quarter a card is scheduled for; its note comes next.
    fn submit_schedule_quarter(
        &mut self,
        card: String,
        trimmed: String,
        texts: &Texts,
    ) -> Vec<Cmd> {
        match trimmed.parse::<u32>() {
            Ok(quarter) => self.open_prompt(Purpose::ScheduleNote { card, quarter }),
            Err(_) => {
                self.notice =
                    Some(texts.with("serve-bad-quarter", &[("text", Arg::Text(trimmed))]));
                self.mode = Mode::Timeline { selected: 0 };
                Vec::new()
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Drawing

    pub fn draw(&self, frame: &mut Frame, ctx: &Ctx) {
        let area = frame.area();
        let Some(slot) = ctx
            .tables
            .get(self.table.min(ctx.tables.len().saturating_sub(1)))
        else {
            return;
        };
        let app = &slot.viewer;
        frame.render_widget(Block::default().style(app.theme.base), area);
        if area.width < 60 || area.height < 16 {
            frame.render_widget(
                Wrapped::new(ctx.texts.with(
                    "serve-too-small",
                    &[
                        ("width", Arg::Num(f64::from(area.width))),
                        ("height", Arg::Num(f64::from(area.height))),
                    ],
                ))
                .trim(true)
                .style(app.theme.warn),
                area,
            );
            return;
        }
        let all_ended = ctx.tables.iter().all(|t| t.state.ended);
        match &self.mode {
            Mode::Projector if all_ended && ctx.tables.len() > 1 && !self.single => {
                projector::compare(frame, ctx, area)
            }
            Mode::Projector => projector::draw(frame, ctx, self.table, self.chart, area),
            Mode::Compare => projector::compare(frame, ctx, area),
            Mode::Board => self.draw_board(frame, ctx, slot, area),
            _ => self.draw_main(frame, ctx, slot, area),
        }
        match &self.mode {
            Mode::Help => self.draw_help(frame, ctx, area),
            Mode::Confirm { text, .. } => {
                let lines = vec![
                    Line::raw(text.clone()),
                    Line::raw(""),
                    Line::styled(ctx.texts.get("serve-confirm-keys"), app.theme.key),
                ];
                popup(
                    frame,
                    app,
                    area,
                    &ctx.texts.get("serve-confirm-title"),
                    lines,
                    64,
                );
            }
            Mode::Prompt { purpose, text } => {
                let (title, hint) = prompt_texts(ctx.texts, purpose);
                let lines = vec![
                    Line::styled(hint, app.theme.dim),
                    Line::raw(""),
                    Line::from(vec![Span::styled(format!("{text}▏"), app.theme.input)]),
                    Line::raw(""),
                    Line::styled(ctx.texts.get("serve-prompt-keys"), app.theme.key),
                ];
                popup(frame, app, area, &title, lines, 72);
            }
            Mode::Deck { selected, .. } => self.draw_deck(frame, ctx, slot, area, *selected),
            Mode::Timeline { selected } => draw_timeline(frame, ctx, slot, area, *selected),
            Mode::RunSheet => draw_run_sheet(frame, ctx, slot, area),
            Mode::Figures { selected, figures } => {
                draw_figures(frame, ctx, slot, area, *selected, figures)
            }
            _ => {}
        }
    }

    fn draw_main(&self, frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, area: Rect) {
        let app = &slot.viewer;
        let texts = ctx.texts;
        let strip = u16::from(ctx.tables.len() > 1);
        let [
            header,
            figures_row,
            run_row,
            tables_row,
            body,
            notice,
            footer,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(u16::from(!ctx.agenda.phases.is_empty())),
            Constraint::Length(strip),
            Constraint::Min(8),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        frame.render_widget(Paragraph::new(header_line(ctx, slot, self.table)), header);
        frame.render_widget(Paragraph::new(standing_line(texts, slot)), figures_row);
        frame.render_widget(Paragraph::new(run_sheet_line(ctx, app)), run_row);
        if strip > 0 {
            frame.render_widget(Paragraph::new(self.tables_line(ctx, app)), tables_row);
        }
        self.draw_panes(frame, ctx, slot, body);
        if let Some(n) = &self.notice {
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(" ! ", app.theme.warn.add_modifier(Modifier::REVERSED)),
                    Span::raw(" "),
                    Span::styled(n.clone(), app.theme.warn),
                ])),
                notice,
            );
        }
        let keys = whole_hints(&texts.get("serve-console-keys"), usize::from(footer.width));
        frame.render_widget(Paragraph::new(Line::styled(keys, app.theme.key)), footer);
    }

    /// Every table in a strip: its number, running or paused or ended, its date, and how many
    /// of its players have submitted.
    fn tables_line<'a>(&self, ctx: &Ctx, app: &crate::tui::App) -> Line<'a> {
        let mut spans = Vec::new();
        for (i, t) in ctx.tables.iter().enumerate() {
            let submitted = t
                .state
                .humans()
                .filter(|s| t.state.is_submitted(*s))
                .count();
            let humans = t.state.humans().count();
            let mark = if t.state.ended {
                "■"
            } else if t.state.paused {
                "‖"
            } else {
                "▶"
            };
            let text = format!(
                " {} {mark} {} {submitted}/{humans} ",
                i + 1,
                t.state.game.world.date
            );
            let style = if i == self.table {
                app.theme.selected
            } else {
                app.theme.dim
            };
            spans.push(Span::styled(text, style));
        }
        Line::from(spans)
    }

    /// Seats and queued injects on the left; proposals, the bots' reasons and the log on the
    /// right.
    fn draw_panes(&self, frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, body: Rect) {
        let app = &slot.viewer;
        let texts = ctx.texts;
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(body);
        let [seats_area, injects_area] =
            Layout::vertical([Constraint::Length(7), Constraint::Min(3)]).areas(left);
        let reasons = last_reasons(slot, texts);
        let reasons_rows = if reasons.is_empty() { 0 } else { 8 };
        let [proposals_area, reasons_area, log_area] = Layout::vertical([
            Constraint::Length(7),
            Constraint::Length(reasons_rows),
            Constraint::Min(3),
        ])
        .areas(right);
        self.draw_seats(frame, ctx, slot, seats_area);
        draw_injects(frame, texts, slot, injects_area);
        self.draw_proposals(frame, texts, slot, proposals_area);
        if !reasons.is_empty() {
            let lines: Vec<Line> = reasons.into_iter().map(Line::raw).collect();
            frame.render_widget(
                Wrapped::new(lines).trim(true).block(pane(
                    app,
                    texts.get("serve-pane-reasons"),
                    false,
                )),
                reasons_area,
            );
        }
        draw_log(frame, texts, slot, log_area);
    }

    /// One line a seat, then who fills the empty seats.
    fn draw_seats(&self, frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, area: Rect) {
        let app = &slot.viewer;
        let texts = ctx.texts;
        let mut lines: Vec<Line> = Seat::ALL
            .iter()
            .enumerate()
            .map(|(i, seat)| {
                let selected = i == self.seat && self.focus == Focus::Seats;
                seat_line(ctx, slot, *seat, selected)
            })
            .collect();
        let fill = match slot.state.fill {
            super::table::Fill::Standing => texts.get("serve-fill-standing"),
            super::table::Fill::Bot => texts.get("serve-fill-bot"),
        };
        lines.push(Line::styled(
            texts.with("serve-fill", &[("fill", Arg::Text(fill))]),
            app.theme.dim,
        ));
        frame.render_widget(
            Paragraph::new(lines).block(pane(
                app,
                texts.get("serve-pane-seats"),
                self.focus == Focus::Seats,
            )),
            area,
        );
    }

    /// The cards the model proposes, to approve or veto.
    fn draw_proposals(&self, frame: &mut Frame, texts: &Texts, slot: &TableSlot, area: Rect) {
        let app = &slot.viewer;
        let proposals = slot.state.proposals();
        let mut lines = Vec::new();
        for (i, card) in proposals.iter().enumerate() {
            let marker = if i == self.proposal && self.focus == Focus::Proposals {
                "▶ "
            } else {
                "  "
            };
            lines.push(Line::from(vec![
                Span::raw(marker),
                Span::raw(card_headline(slot, texts, &card.id)),
            ]));
        }
        if lines.is_empty() {
            lines.push(Line::styled(
                texts.get("serve-proposals-none"),
                app.theme.dim,
            ));
        }
        frame.render_widget(
            Paragraph::new(lines).block(pane(
                app,
                texts.get("serve-pane-proposals"),
                self.focus == Focus::Proposals,
            )),
            area,
        );
    }

    fn draw_deck(&self, frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, area: Rect, sel: usize) {
        let app = &slot.viewer;
        let cards = &slot.state.game.world.params.events;
        let lines: Vec<Line> = cards
            .iter()
            .enumerate()
            .map(|(i, c)| {
                choice_line(
                    app,
                    card_headline(slot, ctx.texts, &c.id),
                    i == sel,
                    Style::default(),
                )
            })
            .collect();
        picker(frame, ctx, app, area, "serve-deck-title", lines, sel, 90);
    }

    fn draw_help(&self, frame: &mut Frame, ctx: &Ctx, area: Rect) {
        let Some(slot) = ctx.tables.get(self.table) else {
            return;
        };
        let app = &slot.viewer;
        let keys = [
            ("← → [ ] 1-9", "serve-help-tables"),
            ("↑ ↓ Tab", "serve-help-select"),
            ("p / space", "serve-help-pause"),
            ("t", "serve-help-timer"),
            ("+ -", "serve-help-extend"),
            ("f", "serve-help-fill"),
            ("r", "serve-help-resolve"),
            ("i", "serve-help-deck"),
            ("c", "serve-help-custom"),
            ("d", "serve-help-unqueue"),
            ("a / x", "serve-help-approve"),
            ("o", "serve-help-override"),
            ("w", "serve-help-rewind"),
            ("e", "serve-help-end"),
            ("b", "serve-help-bot"),
            ("k", "serve-help-kick"),
            ("v", "serve-help-projector"),
            ("s", "serve-help-compare"),
            ("u", "serve-help-board"),
            ("l", "serve-help-timeline"),
            ("m", "serve-help-run-sheet"),
            ("q", "serve-help-leave"),
        ];
        let mut lines: Vec<Line> = keys
            .iter()
            .map(|(k, what)| {
                Line::from(vec![
                    Span::styled(format!("{k:>12}  "), app.theme.key),
                    Span::raw(ctx.texts.get(what)),
                ])
            })
            .collect();
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            ctx.texts.get("serve-help-close"),
            app.theme.dim,
        ));
        popup(
            frame,
            app,
            area,
            &ctx.texts.get("serve-help-title"),
            lines,
            76,
        );
    }
}

impl Console {
    fn draw_board(&self, frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, area: Rect) {
        let app = &slot.viewer;
        let [title, run, board, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!(" {} ", ctx.texts.get("serve-board-title")),
                app.theme.title.add_modifier(Modifier::REVERSED),
            )),
            title,
        );
        frame.render_widget(Paragraph::new(run_sheet_line(ctx, app)), run);
        super::board::draw(frame, ctx, app, Some(self.table), board);
        frame.render_widget(
            Paragraph::new(Line::styled(
                ctx.texts.get("serve-board-keys"),
                app.theme.key,
            )),
            footer,
        );
    }
}

/// One line: the run sheet's clock, the phase now and the next, and how late the room is.
pub fn run_sheet_line<'a>(ctx: &Ctx, app: &crate::tui::App) -> Line<'a> {
    let texts = ctx.texts;
    let elapsed = ctx.now.saturating_duration_since(ctx.agenda_start);
    let pos = ctx.position();
    let mut spans = vec![Span::styled(
        format!(
            " {} {} ",
            texts.get("serve-run-sheet"),
            hmm(elapsed.as_secs_f64() / 60.0)
        ),
        app.theme.dim,
    )];
    if let Some(p) = pos.current {
        spans.push(Span::styled(
            texts.with(
                "serve-run-now",
                &[("phase", Arg::Text(phase_name(texts, p)))],
            ),
            app.theme.accent,
        ));
    }
    if let Some(p) = pos.next {
        spans.push(Span::raw(" · "));
        spans.push(Span::raw(texts.with(
            "serve-run-next",
            &[
                ("phase", Arg::Text(phase_name(texts, p))),
                ("time", Arg::Text(hmm(p.start_min))),
            ],
        )));
    }
    if let Some(late) = pos.late_min {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            texts.with("serve-run-late", &[("minutes", Arg::Num(late.round()))]),
            app.theme.bad.add_modifier(Modifier::REVERSED),
        ));
    }
    Line::from(spans)
}

/// A phase's title, with its quarter when it plays one.
pub fn phase_name(texts: &Texts, p: &super::agenda::Phase) -> String {
    match p.quarter {
        Some(q) => texts.with(
            "serve-run-phase-quarter",
            &[
                ("title", Arg::Text(p.title.clone())),
                ("n", Arg::Num(f64::from(q))),
            ],
        ),
        None => p.title.clone(),
    }
}

fn draw_timeline(frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, area: Rect, selected: usize) {
    let app = &slot.viewer;
    let texts = ctx.texts;
    let current = slot.state.quarter();
    let mut lines: Vec<Line> = slot
        .state
        .timeline
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let done = e.quarter < current;
            let when = texts.with(
                "serve-timeline-quarter",
                &[("n", Arg::Num(f64::from(e.quarter)))],
            );
            let mut text = format!(
                "{}  {}",
                crate::i18n::fit(&when, 8),
                card_headline(slot, texts, &e.card)
            );
            if !e.note.is_empty() {
                text.push_str(&format!("  — {}", e.note));
            }
            if done {
                text.push_str(&format!("  ({})", texts.get("serve-timeline-fired")));
            }
            let style = if done {
                app.theme.dim
            } else {
                Style::default()
            };
            choice_line(app, crate::i18n::fit(&text, 86), i == selected, style)
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled(
            texts.get("serve-timeline-none"),
            app.theme.dim,
        ));
    }
    let mut lines = scroll_to(lines, selected, area.height.saturating_sub(9) as usize);
    lines.insert(
        0,
        Line::styled(
            texts.with("serve-timeline-now", &[("n", Arg::Num(f64::from(current)))]),
            app.theme.dim,
        ),
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        texts.get("serve-timeline-keys"),
        app.theme.key,
    ));
    popup(
        frame,
        app,
        area,
        &texts.get("serve-timeline-title"),
        lines,
        92,
    );
}

fn draw_run_sheet(frame: &mut Frame, ctx: &Ctx, slot: &TableSlot, area: Rect) {
    let app = &slot.viewer;
    let texts = ctx.texts;
    let pos = ctx.position();
    let current = pos.current.map(|p| p.start_min);
    let mut rows = Vec::new();
    let mut current_row = 0;
    let mut block: Option<&str> = None;
    for p in &ctx.agenda.phases {
        let is_current = Some(p.start_min) == current;
        // Quarters of one block share a title: one row for the block, and the current one.
        let continues = p.quarter.is_some() && block == Some(p.title.as_str());
        block = p.quarter.map(|_| p.title.as_str());
        if continues && !is_current {
            continue;
        }
        if is_current {
            current_row = rows.len();
        }
        let style = if is_current {
            app.theme.selected
        } else {
            Style::default()
        };
        rows.push(Line::styled(
            format!(
                "{} {:>5}  {}  ({} min)",
                if is_current { "▶" } else { " " },
                hmm(p.start_min),
                phase_name(texts, p),
                crate::i18n::format_number(p.minutes, 0)
            ),
            style,
        ));
    }
    let mut tail = vec![Line::raw("")];
    if let Some(p) = pos.current.filter(|p| !p.questions.is_empty()) {
        tail.push(Line::styled(
            texts.get("serve-run-questions"),
            app.theme.title,
        ));
        for q in &p.questions {
            tail.push(Line::raw(format!("  • {q}")));
        }
        tail.push(Line::raw(""));
    }
    tail.push(Line::styled(texts.get("serve-run-keys"), app.theme.key));
    // On a short screen the rows scroll to keep the current phase and its questions in view.
    let room = (area.height as usize).saturating_sub(4 + tail.len()).max(1);
    let start = current_row
        .saturating_sub(room / 2)
        .min(rows.len().saturating_sub(room));
    let mut lines = vec![run_sheet_line(ctx, app), Line::raw("")];
    lines.extend(rows.into_iter().skip(start).take(room));
    lines.extend(tail);
    popup(frame, app, area, &texts.get("serve-run-title"), lines, 88);
}

fn header_line<'a>(ctx: &Ctx, slot: &TableSlot, table: usize) -> Line<'a> {
    let app = &slot.viewer;
    let texts = ctx.texts;
    let state = &slot.state;
    let world = &state.game.world;
    let mut spans = vec![
        Span::styled(
            " OVERBUILD ",
            app.theme.title.add_modifier(Modifier::REVERSED),
        ),
        Span::raw(" "),
        Span::styled(texts.get("serve-facilitator"), app.theme.title),
        Span::raw(" · "),
        Span::raw(texts.with(
            "serve-table-of",
            &[
                ("n", Arg::Num((table + 1) as f64)),
                ("count", Arg::Num(ctx.tables.len() as f64)),
            ],
        )),
        Span::raw(" · "),
        Span::styled(world.date.to_string(), app.theme.accent),
        Span::raw(" · "),
        Span::raw(texts.with(
            "serve-quarter-of",
            &[
                ("n", Arg::Num(f64::from(world.turn + 1))),
                ("count", Arg::Num(f64::from(world.params.scenario.turns))),
            ],
        )),
    ];
    if let Some(left) = state.remaining(ctx.now).filter(|_| !state.ended) {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(format!("⏱ {}", mmss(left)), app.theme.key));
    }
    if state.paused {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(texts.get("serve-paused"), app.theme.warn));
    } else if state.waiting_for_players() {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(texts.get("serve-waiting"), app.theme.warn));
    }
    if state.ended {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(texts.get("serve-ended"), app.theme.bad));
    }
    Line::from(spans)
}

/// Where the table stands, as the projector shows it.
fn standing_line<'a>(texts: &Texts, slot: &TableSlot) -> Line<'a> {
    let app = &slot.viewer;
    let f = projector::figures(slot);
    let fig = |key: &str, value: String| {
        vec![
            Span::styled(format!(" {} ", texts.get(key)), app.theme.dim),
            Span::styled(value, app.theme.accent),
            Span::raw("  "),
        ]
    };
    let mut spans = Vec::new();
    spans.extend(fig(
        "serve-proj-index",
        crate::i18n::format_number(f.index, 1),
    ));
    spans.extend(fig(
        "serve-proj-approval",
        format!("{}%", crate::i18n::format_number(f.approval * 100.0, 0)),
    ));
    spans.extend(fig(
        "serve-proj-bill",
        format!("${}", crate::i18n::format_number(f.bill, 0)),
    ));
    spans.extend(fig("serve-proj-blackouts", f.blackouts.to_string()));
    spans.extend(fig(
        "serve-proj-welfare",
        f.welfare
            .map_or("–".into(), |w| crate::i18n::format_number(w, 0)),
    ));
    Line::from(spans)
}

/// A seat's name, its status, whether its player is online, and how long it has been idle.
fn seat_line<'a>(ctx: &Ctx, slot: &TableSlot, seat: Seat, selected: bool) -> Line<'a> {
    let app = &slot.viewer;
    let texts = ctx.texts;
    let status = slot.status(seat);
    let (key, style) = match status {
        SeatStatus::Bot => ("serve-status-bot", app.theme.dim),
        SeatStatus::NotJoined => ("serve-status-not-joined", app.theme.dim),
        SeatStatus::Editing => ("serve-status-editing", app.theme.warn),
        SeatStatus::Submitted => ("serve-status-submitted", app.theme.good),
        SeatStatus::Disconnected => ("serve-status-disconnected", app.theme.bad),
    };
    let idle = super::board::cell(slot, seat, ctx.now)
        .idle
        .filter(|_| status != SeatStatus::Bot && status != SeatStatus::Submitted)
        .map(|d| texts.with("serve-idle", &[("time", Arg::Text(mmss(d)))]))
        .unwrap_or_default();
    let online = if slot.online(seat) {
        texts.get("serve-online")
    } else if let Some(left) = slot.seats[seat.index()].left_at {
        texts.with(
            "serve-offline-for",
            &[(
                "time",
                Arg::Text(mmss(ctx.now.saturating_duration_since(left))),
            )],
        )
    } else {
        String::new()
    };
    let marker = if selected { "▶ " } else { "  " };
    Line::from(vec![
        Span::raw(marker),
        Span::styled(
            crate::i18n::fit(&seat_name(texts, seat), 14),
            app.theme.title,
        ),
        Span::raw(" "),
        Span::styled(crate::i18n::fit(&texts.get(key), 14), style),
        Span::raw(" "),
        Span::styled(online, app.theme.dim),
        Span::styled(idle, app.theme.dim),
    ])
}

/// The injects queued for the coming quarter.
fn draw_injects(frame: &mut Frame, texts: &Texts, slot: &TableSlot, area: Rect) {
    let app = &slot.viewer;
    let mut lines = Vec::new();
    for inject in &slot.state.injects {
        let text = match inject {
            crate::engine::orders::Inject::Card { id } => card_headline(slot, texts, id),
            crate::engine::orders::Inject::Custom { card } => {
                format!("✎ {}", card.headline)
            }
        };
        lines.push(Line::raw(format!("• {text}")));
    }
    if lines.is_empty() {
        lines.push(Line::styled(texts.get("serve-injects-none"), app.theme.dim));
    }
    frame.render_widget(
        Wrapped::new(lines)
            .trim(true)
            .block(pane(app, texts.get("serve-pane-injects"), false)),
        area,
    );
}

/// The log, newest at the bottom; long entries (an inject's note) wrap.
fn draw_log(frame: &mut Frame, texts: &Texts, slot: &TableSlot, area: Rect) {
    let app = &slot.viewer;
    let rows = area.height.saturating_sub(2) as usize;
    let start = slot.log.len().saturating_sub(rows);
    let lines: Vec<Line> = slot.log[start..]
        .iter()
        .map(|l| Line::raw(l.clone()))
        .collect();
    let log = Wrapped::new(lines);
    let overflow = log
        .line_count(area.width.saturating_sub(2))
        .saturating_sub(rows);
    frame.render_widget(
        log.scroll((u16::try_from(overflow).unwrap_or(u16::MAX), 0))
            .block(pane(app, texts.get("serve-pane-log"), false)),
        area,
    );
}

/// The key hints (separated by two spaces) that fit in `columns`, whole: a narrow console
/// drops the last ones rather than cutting one in half.
fn whole_hints(hints: &str, columns: usize) -> String {
    flow(hints, columns)
        .into_iter()
        .next()
        .filter(|row| crate::i18n::width(row) <= columns)
        .unwrap_or_default()
}

/// Items separated by two spaces, laid out in rows of at most `columns`, none cut in half (an
/// item wider than a row has a row of its own).
pub(super) fn flow(items: &str, columns: usize) -> Vec<String> {
    let width = crate::i18n::width;
    let mut rows: Vec<String> = Vec::new();
    for item in items.split("  ").map(str::trim).filter(|i| !i.is_empty()) {
        match rows.last_mut() {
            Some(row) if width(row) + 2 + width(item) <= columns => {
                row.push_str("  ");
                row.push_str(item);
            }
            _ => rows.push(item.to_string()),
        }
    }
    rows
}

fn pane<'a>(app: &crate::tui::App, title: String, focused: bool) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if focused {
            app.theme.border_focus
        } else {
            app.theme.border
        })
        .title(Span::styled(format!(" {title} "), app.theme.title))
}

fn popup(
    frame: &mut Frame,
    app: &crate::tui::App,
    area: Rect,
    title: &str,
    lines: Vec<Line>,
    width: u16,
) {
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = crate::tui::ui::centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Wrapped::new(lines)
            .trim(false)
            .style(app.theme.base)
            .block(pane(app, title.to_string(), true)),
        rect,
    );
}

/// A popup list to pick from, scrolled to the selected line, with the picker's keys below.
#[allow(clippy::too_many_arguments)]
fn picker(
    frame: &mut Frame,
    ctx: &Ctx,
    app: &crate::tui::App,
    area: Rect,
    title_key: &str,
    choices: Vec<Line>,
    selected: usize,
    width: u16,
) {
    let mut lines = scroll_to(choices, selected, area.height.saturating_sub(8) as usize);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        ctx.texts.get("serve-picker-keys"),
        app.theme.key,
    ));
    popup(frame, app, area, &ctx.texts.get(title_key), lines, width);
}

fn scroll_to(lines: Vec<Line<'_>>, selected: usize, rows: usize) -> Vec<Line<'_>> {
    let rows = rows.max(3);
    let start = selected
        .saturating_sub(rows - 1)
        .min(lines.len().saturating_sub(rows));
    lines.into_iter().skip(start).take(rows).collect()
}

fn draw_figures(
    frame: &mut Frame,
    ctx: &Ctx,
    slot: &TableSlot,
    area: Rect,
    selected: usize,
    figures: &[Figure],
) {
    let app = &slot.viewer;
    let mut lines: Vec<Line> = figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let text = format!(
                "{}  {}",
                crate::i18n::fit(&f.label, 44),
                super::hub::show_value(&f.value)
            );
            choice_line(app, text, i == selected, Style::default())
        })
        .collect();
    let custom = figures.len();
    lines.push(choice_line(
        app,
        ctx.texts.get("serve-figure-custom"),
        selected == custom,
        app.theme.dim,
    ));
    picker(
        frame,
        ctx,
        app,
        area,
        "serve-figures-title",
        lines,
        selected,
        76,
    );
}

fn prompt_texts(texts: &Texts, purpose: &Purpose) -> (String, String) {
    match purpose {
        Purpose::Minutes => (
            texts.get("serve-prompt-minutes"),
            texts.get("serve-prompt-minutes-hint"),
        ),
        Purpose::Headline => (
            texts.get("serve-prompt-headline"),
            texts.get("serve-prompt-headline-hint"),
        ),
        Purpose::Explanation { headline } => (
            texts.get("serve-prompt-explanation"),
            texts.with(
                "serve-prompt-explanation-hint",
                &[("headline", Arg::Text(headline.clone()))],
            ),
        ),
        Purpose::Pointer => (
            texts.get("serve-prompt-pointer"),
            texts.get("serve-prompt-pointer-hint"),
        ),
        Purpose::Value { label, old, .. } => (
            texts.with(
                "serve-prompt-value",
                &[("figure", Arg::Text(label.clone()))],
            ),
            texts.with(
                "serve-prompt-value-hint",
                &[("old", Arg::Text(super::hub::show_value(old)))],
            ),
        ),
        Purpose::Reason { label, value, .. } => (
            texts.get("serve-prompt-reason"),
            texts.with(
                "serve-prompt-reason-hint",
                &[
                    ("figure", Arg::Text(label.clone())),
                    ("value", Arg::Text(super::hub::show_value(value))),
                ],
            ),
        ),
        Purpose::RewindReason => (
            texts.get("serve-prompt-rewind"),
            texts.get("serve-prompt-rewind-hint"),
        ),
        Purpose::ScheduleQuarter { card } => (
            texts.get("serve-prompt-schedule-quarter"),
            texts.with(
                "serve-prompt-schedule-quarter-hint",
                &[("card", Arg::Text(card.clone()))],
            ),
        ),
        Purpose::ScheduleNote { card, quarter } => (
            texts.get("serve-prompt-schedule-note"),
            texts.with(
                "serve-prompt-schedule-note-hint",
                &[
                    ("card", Arg::Text(card.clone())),
                    ("n", Arg::Num(f64::from(*quarter))),
                ],
            ),
        ),
    }
}

/// A new value typed for a figure: a number for a number, yes/no for a switch, else text.
pub fn parse_value(text: &str, old: &serde_json::Value) -> Option<serde_json::Value> {
    match old {
        serde_json::Value::Number(_) => {
            let v: f64 = text.replace(',', "").parse().ok()?;
            v.is_finite().then(|| serde_json::json!(v))
        }
        serde_json::Value::Bool(_) => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "y" | "1" => Some(serde_json::Value::Bool(true)),
            "false" | "no" | "n" | "0" => Some(serde_json::Value::Bool(false)),
            _ => None,
        },
        serde_json::Value::String(_) if !text.is_empty() => {
            Some(serde_json::Value::String(text.to_string()))
        }
        _ => None,
    }
}

/// The bots' reasons for the table's last quarter, one line each, in the console's language.
pub fn last_reasons(slot: &TableSlot, texts: &Texts) -> Vec<String> {
    let state = &slot.state;
    let Some(last) = state.game.turns.len().checked_sub(1) else {
        return Vec::new();
    };
    state
        .meta
        .reasons
        .iter()
        .filter(|e| e.turn as usize == last)
        .map(|e| {
            let params = &state.game.world.params;
            format!(
                "• {}",
                crate::report::reasons::line(texts, params, e.seat, &e.reason)
            )
        })
        .collect()
}

pub fn seat_name(texts: &Texts, seat: Seat) -> String {
    texts.get(&format!("seat-{}", seat.id()))
}

pub fn card_headline(slot: &TableSlot, texts: &Texts, id: &str) -> String {
    let fallback = slot
        .state
        .game
        .world
        .params
        .events
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.headline.clone())
        .unwrap_or_else(|| id.to_string());
    texts.msg(&Msg::new(format!("event-{id}-headline")).fallback(fallback))
}

/// The model outcomes offered for an override, with their current values.
pub fn figures(slot: &TableSlot, texts: &Texts) -> Vec<Figure> {
    let world = &slot.state.game.world;
    let Ok(tree) = serde_json::to_value(world) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut add = |label: String, pointer: String| {
        if let Some(v) = tree.pointer(&pointer)
            && v.is_number()
        {
            out.push(Figure {
                label,
                pointer,
                value: v.clone(),
            });
        }
    };
    add(texts.get("serve-fig-index"), "/market/index".into());
    add(texts.get("serve-fig-sentiment"), "/market/sentiment".into());
    add(texts.get("serve-fig-approval"), "/politics/approval".into());
    for (r, region) in world.params.regions.iter().enumerate() {
        let name = texts.region(&region.id, &region.name);
        for (key, path) in [
            ("serve-fig-reserve", "grid/reserve_margin"),
            ("serve-fig-energy-price", "grid/energy_price"),
            ("serve-fig-residential", "retail/residential_cents"),
            ("serve-fig-bill", "retail/bill_month"),
            ("serve-fig-region-approval", "approval"),
        ] {
            add(
                texts.with(key, &[("region", Arg::Text(name.clone()))]),
                format!("/regions/{r}/{path}"),
            );
        }
    }
    for (c, company) in world.companies.iter().enumerate() {
        let name = texts.get(&format!("company-{}", company.id.id()));
        add(
            texts.with(
                "serve-fig-market-cap",
                &[("company", Arg::Text(name.clone()))],
            ),
            format!("/companies/{c}/market_cap_bn"),
        );
        add(
            texts.with("serve-fig-spread", &[("company", Arg::Text(name))]),
            format!("/companies/{c}/spread_bp"),
        );
    }
    add(texts.get("serve-fig-adoption"), "/openai/adoption".into());
    out
}

/// A line of a list to pick from: marked with ▶ and highlighted when selected.
fn choice_line<'a>(
    app: &crate::tui::App,
    text: String,
    selected: bool,
    otherwise: Style,
) -> Line<'a> {
    let style = if selected {
        app.theme.selected
    } else {
        otherwise
    };
    Line::styled(
        format!("{} {text}", if selected { "▶" } else { " " }),
        style,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::{Controllers, Game, SeatRole};
    use crate::i18n::Lang;
    use crate::save::SaveMeta;
    use crate::serve::hub::Hub;
    use crate::serve::table::TableState;
    use std::sync::Arc;

    #[test]
    fn the_key_hints_fit_whole_with_help_first() {
        for lang in [Lang::En, Lang::ZhHant] {
            let all = Texts::new(lang).get("serve-console-keys");
            for columns in [20, 40, 80, 120, 200] {
                let shown = whole_hints(&all, columns);
                assert!(crate::i18n::width(&shown) <= columns, "{columns}: {shown}");
                assert!(shown.starts_with("? "), "{columns}: {shown}");
                for hint in shown.split("  ") {
                    assert!(all.split("  ").any(|h| h == hint), "cut: {hint}");
                }
            }
            assert_eq!(
                whole_hints(&all, 200),
                all,
                "a wide console shows every key"
            );
        }
        assert!(whole_hints("? help  u board", 10) == "? help");
    }

    /// What the console draws from, at the start of the hub's agenda.
    fn at_start<'a>(hub: &'a Hub, texts: &'a Texts) -> Ctx<'a> {
        Ctx {
            tables: &hub.tables,
            texts,
            now: hub.agenda_start,
            agenda: &hub.agenda,
            agenda_start: hub.agenda_start,
        }
    }

    /// Every cell of a drawn test terminal, row after row.
    fn frame_text(term: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
        term.backend()
            .buffer()
            .content()
            .iter()
            .map(|cell| cell.symbol())
            .collect()
    }

    fn hub(tables: usize, turns: usize) -> Hub {
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let roles = Seat::ALL.map(|_| SeatRole::Human);
        let states = (0..tables)
            .map(|i| {
                let mut t = TableState::new(
                    i,
                    Game::new(scenario.clone(), 3),
                    roles.clone(),
                    Controllers::bots_except(None),
                    SaveMeta::new(roles.clone()),
                );
                for _ in 0..turns {
                    t.resolve(Instant::now()).unwrap();
                }
                t
            })
            .collect();
        Hub::new(states, Lang::En, 8, Arc::new(|_: &str| {}))
    }

    fn press(c: &mut Console, hub: &Hub, texts: &Texts, keys: &str) -> Vec<Cmd> {
        let mut out = Vec::new();
        for ch in keys.chars() {
            let code = match ch {
                '\n' => KeyCode::Enter,
                '\x1b' => KeyCode::Esc,
                '↓' => KeyCode::Down,
                '→' => KeyCode::Right,
                c => KeyCode::Char(c),
            };
            let ctx = at_start(hub, texts);
            out.extend(c.key(KeyEvent::from(code), &ctx));
        }
        out
    }

    #[test]
    fn injects_timers_and_confirmations() {
        let h = hub(2, 0);
        let texts = Texts::new(Lang::En);
        let mut c = Console::new();
        assert_eq!(press(&mut c, &h, &texts, "p"), vec![Cmd::Pause(0)]);
        assert_eq!(press(&mut c, &h, &texts, "→p"), vec![Cmd::Pause(1)]);
        assert_eq!(press(&mut c, &h, &texts, "1"), vec![]);
        assert_eq!(c.table, 0);
        assert_eq!(
            press(&mut c, &h, &texts, "t2.5\n"),
            vec![Cmd::SetLimit(0, Some(Duration::from_secs(150)))]
        );
        assert_eq!(
            press(&mut c, &h, &texts, "t\n"),
            vec![Cmd::SetLimit(0, None)]
        );
        assert!(press(&mut c, &h, &texts, "tabc\n").is_empty());
        assert!(c.notice.as_deref().unwrap().contains("abc"));
        assert_eq!(
            press(
                &mut c,
                &h,
                &texts,
                "cGrid emergency declared\nGovernor acts.\n"
            ),
            vec![Cmd::InjectCustom(
                0,
                "Grid emergency declared".into(),
                "Governor acts.".into()
            )]
        );
        let second = h.tables[0].state.game.world.params.events[1].id.clone();
        assert_eq!(
            press(&mut c, &h, &texts, "i↓\n"),
            vec![Cmd::InjectCard(0, second)]
        );
        // A destructive key asks first; "n" or Esc cancels.
        assert!(press(&mut c, &h, &texts, "r").is_empty());
        assert!(matches!(c.mode, Mode::Confirm { .. }));
        assert!(press(&mut c, &h, &texts, "n").is_empty());
        assert_eq!(press(&mut c, &h, &texts, "ry"), vec![Cmd::ResolveNow(0)]);
        assert_eq!(press(&mut c, &h, &texts, "ey"), vec![Cmd::End(0)]);
        // Nothing to override or rewind before the first quarter.
        assert!(press(&mut c, &h, &texts, "o").is_empty());
        assert_eq!(c.mode, Mode::Main);
        assert!(press(&mut c, &h, &texts, "w").is_empty());
        assert_eq!(c.mode, Mode::Main);
        assert_eq!(
            press(&mut c, &h, &texts, "b"),
            vec![Cmd::SetHuman(0, Seat::OpenAi, false)]
        );
        assert_eq!(press(&mut c, &h, &texts, "q\n"), vec![Cmd::Leave]);
        assert_eq!(press(&mut c, &h, &texts, "v"), vec![]);
        assert_eq!(c.mode, Mode::Projector);
        assert_eq!(press(&mut c, &h, &texts, "s\x1b"), vec![]);
        assert_eq!(c.mode, Mode::Main);
    }

    #[test]
    fn overrides_and_rewinds_need_a_reason() {
        let h = hub(1, 1);
        let texts = Texts::new(Lang::En);
        let mut c = Console::new();
        let cmds = press(&mut c, &h, &texts, "o\n");
        assert!(cmds.is_empty());
        assert!(matches!(
            c.mode,
            Mode::Prompt {
                purpose: Purpose::Value { .. },
                ..
            }
        ));
        assert!(
            press(&mut c, &h, &texts, "lots\n").is_empty(),
            "not a number"
        );
        assert!(c.notice.as_deref().unwrap().contains("lots"));
        let cmds = press(&mut c, &h, &texts, "o\n55.5\n\n");
        assert!(cmds.is_empty(), "an empty reason is refused");
        let cmds = press(&mut c, &h, &texts, "Index as the room agreed\n");
        match &cmds[..] {
            [
                Cmd::Override {
                    table: 0,
                    pointer,
                    value,
                    reason,
                    ..
                },
            ] => {
                assert_eq!(pointer, "/market/index");
                assert_eq!(value.as_f64(), Some(55.5));
                assert_eq!(reason, "Index as the room agreed");
            }
            other => panic!("{other:?}"),
        }
        // Any figure by its pointer.
        let rows = figures(&h.tables[0], &texts).len();
        let mut keys = String::from("o");
        keys.extend(std::iter::repeat_n('↓', rows));
        keys.push_str("\n/regions/1/retail/bill_month\n200\nPUC order\n");
        let cmds = press(&mut c, &h, &texts, &keys);
        assert!(
            matches!(&cmds[..], [Cmd::Override { pointer, .. }] if pointer == "/regions/1/retail/bill_month")
        );
        assert!(
            press(
                &mut c,
                &h,
                &texts,
                "o↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓↓\n/nope\n"
            )
            .is_empty()
        );
        assert!(c.notice.as_deref().unwrap().contains("/nope"));

        assert!(press(&mut c, &h, &texts, "w\n").is_empty());
        assert!(c.notice.as_deref().unwrap().contains("reason"));
        assert!(press(&mut c, &h, &texts, "wrong inject\n").is_empty());
        assert!(matches!(c.mode, Mode::Confirm { .. }));
        assert_eq!(
            press(&mut c, &h, &texts, "y"),
            vec![Cmd::Rewind(0, "wrong inject".into())]
        );
    }

    #[test]
    fn values_keep_their_kind() {
        use serde_json::json;
        assert_eq!(parse_value("1,200.5", &json!(3.0)), Some(json!(1200.5)));
        assert_eq!(parse_value("x", &json!(3.0)), None);
        assert_eq!(parse_value("NaN", &json!(3.0)), None);
        assert_eq!(parse_value("yes", &json!(false)), Some(json!(true)));
        assert_eq!(parse_value("maybe", &json!(false)), None);
        assert_eq!(parse_value("AA", &json!("BBB")), Some(json!("AA")));
    }

    #[test]
    fn the_console_and_projector_draw_at_80x24_and_large() {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut h = hub(2, 2);
        h.agenda = Agenda::builtin(Lang::En, 16);
        let texts = Texts::new(Lang::En);
        let mut c = Console::new();
        for (w, hgt) in [(80, 24), (160, 48)] {
            for mode in [
                Mode::Main,
                Mode::Projector,
                Mode::Compare,
                Mode::Help,
                Mode::Board,
                Mode::Timeline { selected: 0 },
                Mode::RunSheet,
            ] {
                c.mode = mode.clone();
                let mut term = Terminal::new(TestBackend::new(w, hgt)).unwrap();
                let ctx = at_start(&h, &texts);
                term.draw(|f| c.draw(f, &ctx)).unwrap();
                let text = frame_text(&term);
                let want = match mode {
                    Mode::Main => "Seats",
                    Mode::Projector => "not joined",
                    Mode::Compare => "Tables side by side",
                    Mode::Board => "Submission board",
                    Mode::Timeline { .. } => "Inject timeline",
                    Mode::RunSheet => "Now: Welcome",
                    _ => "Facilitator keys",
                };
                assert!(text.contains(want), "{w}x{hgt} {mode:?}: {text}");
            }
        }
    }

    #[test]
    fn the_console_shows_last_quarters_bot_reasons_in_both_languages() {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut h = hub(1, 0);
        h.tables[0].state.set_human(Seat::Utility, false);
        h.tables[0].state.resolve(Instant::now()).unwrap();
        let reasons = &h.tables[0].state.meta.reasons;
        assert!(
            reasons
                .iter()
                .all(|r| r.seat == Seat::Utility && r.turn == 0)
        );
        assert_eq!(reasons.len(), 1, "the bot seat's move has its reason");
        // Wide characters take two cells, so the frame is searched for the English only.
        for (lang, heading, seat) in [
            (Lang::En, "Bots' reasons", "Utility (normal · baseline)"),
            (Lang::ZhHant, "", "（"),
        ] {
            let texts = Texts::new(lang);
            let ctx = at_start(&h, &texts);
            let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
            term.draw(|f| Console::new().draw(f, &ctx)).unwrap();
            let text = frame_text(&term);
            assert!(text.contains(heading), "{lang:?}: {text}");
            let line = &last_reasons(&h.tables[0], &texts)[0];
            assert!(line.contains(seat), "{line}");
            assert_eq!(
                line.contains("rules") || line.contains("orders"),
                lang == Lang::En
            );
        }
    }

    #[test]
    fn a_long_log_entry_wraps_and_the_newest_stays_in_view() {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut h = hub(1, 0);
        for n in 0..30 {
            h.tables[0].log.push(format!("{n:02}:00 t1-oracle joined"));
        }
        h.tables[0].log.push(
            "31:17 scheduled inject fired: fed-hold (Who planned on cheaper money, and what \
             does a hold do to their plan?)"
                .into(),
        );
        let texts = Texts::new(Lang::En);
        let ctx = at_start(&h, &texts);
        let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
        term.draw(|f| Console::new().draw(f, &ctx)).unwrap();
        let text = frame_text(&term);
        assert!(text.contains("their plan?)"), "{text}");
        assert!(text.contains("29:00 t1-oracle joined"), "{text}");
    }

    #[test]
    fn the_submission_board_at_80x24() {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut h = hub(4, 1);
        h.agenda = Agenda::builtin(Lang::En, 16);
        h.tables[1].state.set_human(Seat::Utility, false);
        h.tables[2].state.pause(h.agenda_start);
        h.tables[3].state.end();
        // Table 1: OpenAI submitted, Oracle drafting for 3 minutes, Utility dropped out.
        let start = h.agenda_start;
        let openai = h.tables[0].state.game.world.last_orders.seat(Seat::OpenAi);
        assert!(h.tables[0].state.submit(openai));
        for (seat, online) in [
            (Seat::OpenAi, true),
            (Seat::Oracle, true),
            (Seat::Utility, false),
        ] {
            let slot = &mut h.tables[0].seats[seat.index()];
            slot.conn = online.then_some(9);
            slot.joined_ever = true;
            slot.last_key = Some(start);
        }
        let texts = Texts::new(Lang::En);
        let mut c = Console::new();
        c.mode = Mode::Board;
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let ctx = Ctx {
            tables: &h.tables,
            texts: &texts,
            now: start + Duration::from_secs(200),
            agenda: &h.agenda,
            agenda_start: start,
        };
        term.draw(|f| c.draw(f, &ctx)).unwrap();
        let buffer = term.backend().buffer();
        let text: Vec<String> = (0..24)
            .map(|y| {
                (0..80)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect();
        insta::assert_snapshot!(text.join("\n"));
    }
}
