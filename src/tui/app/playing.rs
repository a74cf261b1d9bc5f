//! A seat at the keyboard at work: the order form's keys, submitting, resolving the quarter (here,
//! on the bots' worker, or at a workshop server) and what follows it. The seat's state, its keys
//! and the form's words are `tui::play`.

use super::{App, Overlay, Screen};
use crate::audio::Cue;
use crate::engine::Orders;
use crate::engine::Seat;
use crate::engine::orders::{self, FieldKind};
use crate::engine::report::Arg;
use crate::i18n::Texts;
use crate::tui::action::Tab;
use crate::tui::action::{Action, Confirm};
use crate::tui::form::Row;
use crate::tui::form::{self};
use crate::tui::keys::Command;
use crate::tui::play::{FormState, PlayState, refusal_text};
use crate::tui::session::{Session, Table};

impl App {
    /// Asks before sending the seat's orders, saying how many fields changed.
    pub(in crate::tui) fn ask_submit(&mut self) -> Option<Action> {
        let Screen::Play(p) = &self.screen else {
            return None;
        };
        let session = self.session.as_ref()?;
        let changes = self.changed_fields(session, p.seat);
        let date = session.game.world.date.to_string();
        let text = self.texts.with(
            "tui-confirm-submit",
            &[
                ("date", Arg::Text(date)),
                ("changes", Arg::Num(changes as f64)),
            ],
        );
        self.overlay = Some(Overlay::Confirm(Confirm {
            text,
            yes: Action::Submit,
        }));
        None
    }

    /// A workshop server resolved the quarter with these orders.
    pub(in crate::tui) fn resolved(&mut self, orders: Orders) -> Option<Action> {
        let session = self.session.as_mut()?;
        session.apply(orders);
        self.after_resolution();
        None
    }

    // ---------------------------------------------------------------------------------------
    // Playing a quarter

    /// Hands the keyboard to the next human seat, or ends the game.
    pub(in crate::tui) fn begin_quarter(&mut self) {
        self.overlay = None;
        let Some(session) = &self.session else {
            self.screen = Screen::Title { selected: 0 };
            return;
        };
        if session.is_over() {
            self.screen = Screen::GameOver { scroll: 0, pane: 0 };
            return;
        }
        match (session.table, session.next_to_play()) {
            (Table::Remote { seat }, _) => self.screen = Screen::Play(PlayState::new(seat)),
            (Table::Local, Some(seat)) if session.humans.len() > 1 => {
                self.screen = Screen::HandOver { seat }
            }
            (Table::Local, Some(seat)) => self.screen = Screen::Play(PlayState::new(seat)),
            (Table::Local, None) => self.screen = Screen::Title { selected: 0 },
        }
    }

    pub(in crate::tui) fn submit(&mut self) -> Option<Action> {
        let Screen::Play(p) = &self.screen else {
            return None;
        };
        let seat = p.seat;
        let session = self.session.as_mut()?;
        session.submit(seat);
        match session.table {
            Table::Remote { seat } => {
                self.outbox
                    .push((session.draft(seat), session.intent(seat).cloned()));
                self.screen = Screen::Waiting { seat };
                None
            }
            Table::Local => match session.next_to_play() {
                Some(next) => {
                    self.screen = Screen::HandOver { seat: next };
                    None
                }
                None => Some(Action::Resolve),
            },
        }
    }

    pub(in crate::tui) fn resolve(&mut self) -> Option<Action> {
        let session = self.session.as_mut()?;
        if session.table != Table::Local || !session.all_submitted() {
            return None;
        }
        self.resolve_quarter();
        None
    }

    /// Sound, autosave and the results screen after a quarter resolved.
    pub(in crate::tui) fn after_resolution(&mut self) {
        // Futures of the quarter just played are of no more use.
        if let Some(source) = &mut self.outlook_source {
            source.cancel();
        }
        let Some(session) = &self.session else {
            return;
        };
        let Some(turn) = session.last_turn() else {
            return;
        };
        let report = &turn.report;
        self.audio.play(Cue::TurnResolved);
        if report.blackouts() > 0 {
            self.audio.play(Cue::Blackout);
        }
        let previous_index = session
            .turns()
            .iter()
            .rev()
            .nth(1)
            .map_or(100.0, |t| t.report.market.index);
        if report.market.index < previous_index * 0.85 {
            self.audio.play(Cue::MarketCrash);
        }
        if report.politics.election.is_some() {
            self.audio.play(Cue::ElectionNight);
        }
        if !report.events.is_empty() {
            self.audio.play(Cue::Headline);
        }
        if session.is_over() {
            self.audio.play(Cue::GameOver);
        }
        if session.table == Table::Local
            && let Err(e) = self.saves.autosave(&session.game, &session.meta())
        {
            self.notice = Some(
                self.texts
                    .with("tui-autosave-failed", &[("problem", Arg::Text(e))]),
            );
        }
        self.overlay = None;
        self.screen = Screen::Results { scroll: 0, pane: 0 };
    }

    /// How many fields of the seat's draft differ from its standing orders.
    pub fn draft_changes(&self, seat: Seat) -> usize {
        self.session
            .as_ref()
            .map_or(0, |session| self.changed_fields(session, seat))
    }

    pub(in crate::tui) fn changed_fields(&self, session: &Session, seat: Seat) -> usize {
        let draft = session.draft(seat);
        let standing = session.standing(seat);
        let regions = session.game.world.params.regions.len();
        form::rows(seat, regions)
            .iter()
            .filter(|r| form::changed(r, &draft, &standing))
            .count()
    }

    pub(in crate::tui) fn play_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::Play(p) = &mut self.screen else {
            return None;
        };
        let tab_cmd = match cmd {
            Command::Tab1 => Some(Tab::Dashboard),
            Command::Tab2 => Some(Tab::Orders),
            Command::Tab3 => Some(Tab::Charts),
            Command::Tab4 => Some(Tab::Books),
            Command::Tab5 => Some(Tab::News),
            Command::NextTab => Some(Tab::ALL[(p.tab.index() + 1) % Tab::ALL.len()]),
            Command::PrevTab => {
                Some(Tab::ALL[(p.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()])
            }
            _ => None,
        };
        if let Some(tab) = tab_cmd {
            return Some(Action::GoTab(tab));
        }
        match cmd {
            Command::NextPane => {
                p.pane = (p.pane + 1) % p.tab.panes();
                return None;
            }
            Command::PrevPane => {
                p.pane = (p.pane + p.tab.panes() - 1) % p.tab.panes();
                return None;
            }
            Command::Submit => return Some(Action::AskSubmit),
            Command::Outlook => return Some(Action::OpenOutlook),
            Command::Why => return Some(Action::OpenWhy),
            Command::Intent => {
                self.open_intent();
                return None;
            }
            _ => {}
        }
        if p.tab == Tab::Orders && p.pane == 0 {
            return self.form_command(cmd);
        }
        let lists = |len: usize, sel: &mut usize| match cmd {
            Command::Up => *sel = sel.saturating_sub(1),
            Command::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Command::Top => *sel = 0,
            Command::Bottom => *sel = len.saturating_sub(1),
            _ => {}
        };
        let turns = self.session.as_ref().map_or(0, |s| s.turns().len());
        match (p.tab, p.pane) {
            (Tab::Charts, 0) => lists(crate::tui::charts::COUNT, &mut p.chart),
            (Tab::News, 0) => {
                let before = p.news_back;
                lists(turns.max(1), &mut p.news_back);
                if before != p.news_back {
                    p.scroll = 0;
                }
            }
            _ => match cmd {
                Command::Up => p.scroll = p.scroll.saturating_sub(1),
                Command::Down => p.scroll = p.scroll.saturating_add(1).min(self.scroll_room.get()),
                Command::PageUp => p.scroll = p.scroll.saturating_sub(10),
                Command::PageDown => {
                    p.scroll = p.scroll.saturating_add(10).min(self.scroll_room.get())
                }
                Command::Top => p.scroll = 0,
                _ => {}
            },
        }
        None
    }

    pub(in crate::tui) fn form_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::Play(p) = &mut self.screen else {
            return None;
        };
        let session = self.session.as_mut()?;
        let seat = p.seat;
        let rows = form::rows(seat, session.game.world.params.regions.len());
        if rows.is_empty() {
            return None;
        }
        let form = &mut p.form;
        form.selected = form.selected.min(rows.len() - 1);
        let row = rows[form.selected];
        if form.entry.is_some() {
            entry_command(form, session, seat, &row, cmd, &self.texts);
            return None;
        }
        let last = rows.len() - 1;
        let page = 10;
        match cmd {
            Command::Up => form.selected = form.selected.saturating_sub(1),
            Command::Down => form.selected = (form.selected + 1).min(last),
            Command::PageUp => form.selected = form.selected.saturating_sub(page),
            Command::PageDown => form.selected = (form.selected + page).min(last),
            Command::Top => form.selected = 0,
            Command::Bottom => form.selected = last,
            _ => edit_row(form, session, seat, &row, cmd, &self.texts),
        }
        None
    }

    pub(in crate::tui) fn type_char(&mut self, c: char) {
        if let Some(Overlay::SaveAs(d)) = &mut self.overlay {
            d.type_char(c);
            return;
        }
        if let Some(Overlay::Intent(d)) = &mut self.overlay {
            d.type_char(c);
            return;
        }
        match &mut self.screen {
            Screen::Play(p) => {
                if let Some(entry) = &mut p.form.entry
                    && entry.chars().count() < 16
                {
                    entry.push(c);
                }
            }
            Screen::NewGame(n, _) => {
                if let Some(entry) = &mut n.seed_entry
                    && c.is_ascii_digit()
                    && entry.len() < 19
                {
                    entry.push(c);
                }
            }
            Screen::Replay(r) => {
                if let Some(entry) = &mut r.jump
                    && entry.chars().count() < 8
                {
                    entry.push(c);
                }
            }
            _ => {}
        }
    }

    pub(in crate::tui) fn erase(&mut self) {
        if let Some(Overlay::SaveAs(d)) = &mut self.overlay {
            d.entry.pop();
            return;
        }
        if let Some(Overlay::Intent(d)) = &mut self.overlay {
            d.erase();
            return;
        }
        match &mut self.screen {
            Screen::Play(p) => {
                if let Some(entry) = &mut p.form.entry {
                    entry.pop();
                }
            }
            Screen::NewGame(n, _) => {
                if let Some(entry) = &mut n.seed_entry {
                    entry.pop();
                }
            }
            Screen::Replay(r) => {
                if let Some(entry) = &mut r.jump {
                    entry.pop();
                }
            }
            _ => {}
        }
    }
}

/// Keys while a value is typed into the selected row: Enter keeps it (or says why not), Esc
/// drops it.
fn entry_command(
    form: &mut FormState,
    session: &mut Session,
    seat: Seat,
    row: &Row,
    cmd: Command,
    texts: &Texts,
) {
    let Some(entry) = form.entry.take() else {
        return;
    };
    match cmd {
        Command::Confirm => {
            let mut draft = session.draft(seat);
            match form::commit(&mut draft, row, &entry) {
                Ok(()) => {
                    form.refusal = None;
                    session.set_draft(draft);
                }
                Err(refusal) => form.refusal = Some(refusal_text(texts, row, &refusal)),
            }
        }
        Command::Back => form.refusal = None,
        _ => form.entry = Some(entry),
    }
}

/// The keys that change the selected row's value: steps, toggles, typing, repeat, reset. A
/// field the company's default closes says why instead of doing nothing.
fn edit_row(
    form: &mut FormState,
    session: &mut Session,
    seat: Seat,
    row: &Row,
    cmd: Command,
    texts: &Texts,
) {
    let edits = matches!(
        cmd,
        Command::Left
            | Command::Right
            | Command::BigLeft
            | Command::BigRight
            | Command::Toggle
            | Command::Confirm
            | Command::Reset
    );
    if edits
        && let Some(default) = session.in_default(seat)
        && orders::refused_in_default(seat, row.spec.key)
    {
        form.refusal = Some(texts.in_default("default-refused", &default));
        return;
    }
    let mut draft = session.draft(seat);
    match cmd {
        Command::Left | Command::Right | Command::BigLeft | Command::BigRight => {
            let steps = match cmd {
                Command::Left => -1,
                Command::Right => 1,
                Command::BigLeft => -10,
                _ => 10,
            };
            if form::adjust(&mut draft, row, steps) {
                form.refusal = None;
                session.set_draft(draft);
            }
        }
        Command::Toggle | Command::Confirm => match row.spec.kind {
            FieldKind::Toggle | FieldKind::Choice(_) if form::adjust(&mut draft, row, 1) => {
                session.set_draft(draft);
            }
            FieldKind::Toggle | FieldKind::Choice(_) => {}
            _ if cmd == Command::Confirm => {
                form.entry = Some(String::new());
                form.refusal = None;
            }
            _ => {}
        },
        Command::Repeat => {
            if draft.toggle_repeat(row.spec.key) {
                session.set_draft(draft);
                form.refusal = None;
            } else {
                form.refusal = Some(texts.get("tui-repeat-rule"));
            }
        }
        Command::Reset => {
            let standing = session.standing(seat);
            if let Some(v) = row.get(&standing) {
                draft.set(row.spec.key, row.region.unwrap_or(0), v);
                session.set_draft(draft);
                form.refusal = None;
            }
        }
        _ => {}
    }
}
