//! A seat at the keyboard: its tabs and order form, submitting, resolving the quarter and the
//! words the form shows for values and refusals.

use crate::audio::Cue;
use crate::engine::Seat;
use crate::engine::orders::{self, FieldKind, Value};
use crate::engine::report::{Arg, Msg};
use crate::i18n::Texts;
use crate::tui::form::{self, Refusal, Row};
use crate::tui::keys::Command;
use crate::tui::session::{Session, Table};

pub use crate::tui::action::Tab;
use crate::tui::action::{Action, KeyHelp, kh};
use crate::tui::app::{App, Overlay, Screen};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormState {
    pub selected: usize,
    /// Text being typed into the selected row.
    pub entry: Option<String>,
    /// The last refusal, shown under the form until the next edit.
    pub refusal: Option<String>,
}

/// A seat at the keyboard.
#[derive(Clone, Debug, PartialEq)]
pub struct PlayState {
    pub seat: Seat,
    pub tab: Tab,
    pub pane: usize,
    pub form: FormState,
    pub scroll: u16,
    pub chart: usize,
    /// In the News tab: which quarter's news, counted back from the latest.
    pub news_back: usize,
}

impl PlayState {
    pub fn new(seat: Seat) -> PlayState {
        PlayState {
            seat,
            tab: Tab::Dashboard,
            pane: 0,
            form: FormState::default(),
            scroll: 0,
            chart: 0,
            news_back: 0,
        }
    }
}

/// The keys of a seat's game view: submit first, then the tab's own.
pub fn keys(p: &PlayState) -> Vec<KeyHelp> {
    use Command::*;
    // Submit first: on a narrow footer it is the hint that must not drop off.
    let mut k = vec![
        kh(Submit, "tui-key-submit", true),
        kh(NextPane, "tui-key-next-pane", true),
        kh(PrevPane, "tui-key-prev-pane", false),
        kh(Tab1, "tui-key-tab-1", false),
        kh(Tab2, "tui-key-tab-2", p.tab != Tab::Orders),
        kh(Tab3, "tui-key-tab-3", false),
        kh(Tab4, "tui-key-tab-4", false),
        kh(Tab5, "tui-key-tab-5", false),
        kh(NextTab, "tui-key-next-tab", false),
        kh(PrevTab, "tui-key-prev-tab", false),
        kh(Outlook, "tui-key-outlook", false),
        kh(
            Why,
            "tui-key-why",
            matches!(p.tab, Tab::Dashboard | Tab::Charts | Tab::Books),
        ),
    ];
    if p.tab == Tab::Orders && p.pane == 0 {
        k.extend([
            kh(Up, "tui-key-field", true),
            kh(Down, "tui-key-field", false),
            kh(Left, "tui-key-less", true),
            kh(Right, "tui-key-less", false),
            kh(BigLeft, "tui-key-less-10", false),
            kh(BigRight, "tui-key-more-10", false),
            kh(Toggle, "tui-key-toggle", false),
            kh(Confirm, "tui-key-type", true),
            kh(Repeat, "tui-key-repeat", true),
            kh(Reset, "tui-key-reset", false),
            kh(PageUp, "tui-key-page", false),
            kh(PageDown, "tui-key-page", false),
            kh(Top, "tui-key-top", false),
            kh(Bottom, "tui-key-bottom", false),
        ]);
    } else {
        k.extend([
            kh(Up, "tui-key-scroll", true),
            kh(Down, "tui-key-scroll", false),
            kh(PageUp, "tui-key-page", false),
            kh(PageDown, "tui-key-page", false),
            kh(Top, "tui-key-top", false),
        ]);
    }
    // After the form's own keys: on a narrow footer editing the orders comes first.
    k.push(kh(Intent, "tui-key-intent", p.tab == Tab::Orders));
    k.push(kh(SaveGame, "tui-key-save-game", false));
    k
}

impl App {
    // ---------------------------------------------------------------------------------------
    // Playing a quarter

    /// Hands the keyboard to the next human seat, or ends the game.
    pub(super) fn begin_quarter(&mut self) {
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

    pub(super) fn submit(&mut self) -> Option<Action> {
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

    pub(super) fn resolve(&mut self) -> Option<Action> {
        let session = self.session.as_mut()?;
        if session.table != Table::Local || !session.all_submitted() {
            return None;
        }
        self.resolve_quarter();
        None
    }

    /// Sound, autosave and the results screen after a quarter resolved.
    pub(super) fn after_resolution(&mut self) {
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

    pub(super) fn changed_fields(&self, session: &Session, seat: Seat) -> usize {
        let draft = session.draft(seat);
        let standing = session.standing(seat);
        let regions = session.game.world.params.regions.len();
        form::rows(seat, regions)
            .iter()
            .filter(|r| form::changed(r, &draft, &standing))
            .count()
    }

    pub(super) fn play_command(&mut self, cmd: Command) -> Option<Action> {
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
            (Tab::Charts, 0) => lists(super::charts::COUNT, &mut p.chart),
            (Tab::News, 0) => {
                let before = p.news_back;
                lists(turns.max(1), &mut p.news_back);
                if before != p.news_back {
                    p.scroll = 0;
                }
            }
            _ => match cmd {
                Command::Up => p.scroll = p.scroll.saturating_sub(1),
                Command::Down => p.scroll = p.scroll.saturating_add(1),
                Command::PageUp => p.scroll = p.scroll.saturating_sub(10),
                Command::PageDown => p.scroll = p.scroll.saturating_add(10),
                Command::Top => p.scroll = 0,
                _ => {}
            },
        }
        None
    }

    pub(super) fn form_command(&mut self, cmd: Command) -> Option<Action> {
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
        let mut draft = session.draft(seat);
        if let Some(entry) = &form.entry {
            match cmd {
                Command::Confirm => {
                    match form::commit(&mut draft, &row, entry) {
                        Ok(()) => {
                            form.refusal = None;
                            session.set_draft(draft);
                        }
                        Err(refusal) => {
                            form.refusal = Some(refusal_text(&self.texts, &row, &refusal));
                        }
                    }
                    form.entry = None;
                }
                Command::Back => {
                    form.entry = None;
                    form.refusal = None;
                }
                _ => {}
            }
            return None;
        }
        let page = 10;
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
            // The field is greyed out; trying it says why rather than doing nothing.
            form.refusal = Some(self.texts.in_default("default-refused", &default));
            return None;
        }
        match cmd {
            Command::Up => form.selected = form.selected.saturating_sub(1),
            Command::Down => form.selected = (form.selected + 1).min(rows.len() - 1),
            Command::PageUp => form.selected = form.selected.saturating_sub(page),
            Command::PageDown => form.selected = (form.selected + page).min(rows.len() - 1),
            Command::Top => form.selected = 0,
            Command::Bottom => form.selected = rows.len() - 1,
            Command::Left | Command::Right | Command::BigLeft | Command::BigRight => {
                let steps = match cmd {
                    Command::Left => -1,
                    Command::Right => 1,
                    Command::BigLeft => -10,
                    _ => 10,
                };
                if form::adjust(&mut draft, &row, steps) {
                    form.refusal = None;
                    session.set_draft(draft);
                }
            }
            Command::Toggle | Command::Confirm => match row.spec.kind {
                FieldKind::Toggle | FieldKind::Choice(_) if form::adjust(&mut draft, &row, 1) => {
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
                    form.refusal = Some(self.texts.get("tui-repeat-rule"));
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
        None
    }

    pub(super) fn type_char(&mut self, c: char) {
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
            Screen::NewGame(n) => {
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

    pub(super) fn erase(&mut self) {
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
            Screen::NewGame(n) => {
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

/// A refusal as one line: the value and the allowed range with its unit.
pub fn refusal_text(texts: &Texts, row: &Row, refusal: &Refusal) -> String {
    let allowed = range_with_unit(texts, row.spec.kind, unit_text)
        .unwrap_or_default()
        .trim()
        .to_string();
    match refusal {
        Refusal::NotANumber { text } => texts.with(
            "tui-refused-not-number",
            &[
                ("text", Arg::Text(text.clone())),
                ("allowed", Arg::Text(allowed)),
            ],
        ),
        Refusal::OutOfRange { value } => texts.with(
            "tui-refused-range",
            &[
                ("value", Arg::Text(form::show_number(row.spec.kind, *value))),
                ("allowed", Arg::Text(allowed)),
            ],
        ),
    }
}

/// A unit as the order form's "Allowed" column shows it: a tariff's rate without its
/// "(1 = 100%)", which the field's help line below the form gives.
pub fn unit_column_text(texts: &Texts, unit: &str) -> String {
    match unit {
        "rate" => texts.get("tui-unit-rate-column"),
        _ => unit_text(texts, unit),
    }
}

/// A number field's range with its unit ("0–5,000 MW/qtr"), the unit as `unit` words it.
fn range_with_unit(
    texts: &Texts,
    kind: crate::engine::orders::FieldKind,
    unit: fn(&Texts, &str) -> String,
) -> Option<String> {
    let (_, _, _, u) = form::bounds(kind)?;
    Some(format!("{} {}", form::range_text(kind)?, unit(texts, u)))
}

/// The allowed range of a form row with its unit, as the "Allowed" column shows it.
pub fn allowed_column_text(texts: &Texts, kind: crate::engine::orders::FieldKind) -> String {
    range_with_unit(texts, kind, unit_column_text).unwrap_or_else(|| {
        texts.get(match kind {
            crate::engine::orders::FieldKind::Toggle => "tui-range-toggle",
            _ => "tui-range-choice",
        })
    })
}

/// A unit as the player reads it, translated where it is a word ("years", "share").
pub fn unit_text(texts: &Texts, unit: &str) -> String {
    let key = match unit {
        "years" => "tui-unit-years",
        "share" => "tui-unit-share",
        "x" => "tui-unit-x",
        "rate" => "tui-unit-rate",
        "$/month" => "tui-unit-usd-month",
        "$B" => "tui-unit-usd-bn",
        "$B/GW-yr" => "tui-unit-usd-bn-gw-yr",
        "$/MW-day" => "tui-unit-usd-mw-day",
        _ => return unit.to_string(),
    };
    texts.get(key)
}

/// Renders an engine message (helper for screens).
pub fn msg(texts: &Texts, m: &Msg) -> String {
    texts.msg(m)
}

/// The value of a row as text.
pub fn value_text(texts: &Texts, row: &Row, value: Option<Value>) -> String {
    match value {
        Some(Value::Number(v)) => form::show_number(row.spec.kind, v),
        Some(Value::Toggle(b)) => texts.get(if b { "tui-yes" } else { "tui-no" }),
        Some(Value::Choice(i)) => {
            let label = crate::engine::orders::Statement::LABELS
                .get(i)
                .copied()
                .unwrap_or("?");
            texts.get(&format!("tui-statement-{label}"))
        }
        None => "–".to_string(),
    }
}
