//! The game thread. It owns every table, every seat's app and every connection's terminal;
//! the SSH side only sends it events (a connection opened, bytes typed, a resize, a close) and
//! drains each connection's output queue. Nothing here waits on a client: frames go into a
//! bounded queue with `try_send`, and a full queue drops the frame and marks the connection for
//! a full redraw once it has room again. Seat apps live as long as the server, so a participant
//! who drops and reconnects finds their draft orders where they left them.

use super::Clock;
use super::agenda::Agenda;
use super::codes::Login;
use super::console::{Cmd, Console, Ctx};
use super::table::{Fill, RewoundQuarter, TableState, copy_game};
use super::term::{InputDecoder, RemoteBackend, line, screen_off, screen_on};
use super::timeline::Scheduled;
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::i18n::{Lang, Texts};
use crate::tui::app::{PlayState, Screen};
use crate::tui::{Action, App, AppEvent, Session, Table};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};
use tokio::sync::mpsc::error::TrySendError;

pub type ConnId = u64;

/// What a connection's writer sends to the client.
#[derive(Debug)]
pub enum Out {
    Data(Vec<u8>),
    /// These bytes, then an exit status and the channel closes.
    Close(Vec<u8>),
}

/// What the SSH side tells the game thread.
#[derive(Debug)]
pub enum HubEvent {
    Open {
        conn: ConnId,
        login: Login,
        width: u16,
        height: u16,
        /// The client's language when it asked for one we have (its LANG).
        lang: Option<Lang>,
        out: tokio::sync::mpsc::Sender<Out>,
    },
    Input {
        conn: ConnId,
        bytes: Vec<u8>,
    },
    Resize {
        conn: ConnId,
        width: u16,
        height: u16,
    },
    Closed {
        conn: ConnId,
    },
    /// Save every table, say goodbye to every client and stop.
    Shutdown,
}

/// Counters for the status line and the load tests.
#[derive(Debug, Default)]
pub struct Stats {
    pub frames_sent: AtomicU64,
    pub frames_dropped: AtomicU64,
    pub resyncs: AtomicU64,
    pub quarters: AtomicU64,
}

/// Prints a status line on the server's terminal (or wherever the caller wants them).
pub type StatusSink = Arc<dyn Fn(&str) + Send + Sync>;

/// A seat's app, kept for the whole game.
pub struct SeatSlot {
    pub app: App,
    pub conn: Option<ConnId>,
    pub joined_ever: bool,
    pub left_at: Option<Instant>,
    /// When the seat last pressed a key (for the submission board).
    pub last_key: Option<Instant>,
}

/// A seat as the facilitator sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeatStatus {
    Bot,
    NotJoined,
    Editing,
    Submitted,
    Disconnected,
}

pub struct TableSlot {
    pub state: TableState,
    pub seats: [SeatSlot; 4],
    /// A local app over a copy of the game: the console's charts and texts read it.
    pub viewer: App,
    /// What happened at this table, newest last, for the console.
    pub log: Vec<String>,
}

impl TableSlot {
    pub fn status(&self, seat: Seat) -> SeatStatus {
        let slot = &self.seats[seat.index()];
        if !self.state.is_human(seat) {
            SeatStatus::Bot
        } else if self.state.is_submitted(seat) {
            SeatStatus::Submitted
        } else if slot.conn.is_some() {
            SeatStatus::Editing
        } else if slot.joined_ever {
            SeatStatus::Disconnected
        } else {
            SeatStatus::NotJoined
        }
    }

    pub fn online(&self, seat: Seat) -> bool {
        self.seats[seat.index()].conn.is_some()
    }

    /// Tells the table whether any of its players is connected: its countdown waits for them.
    fn attend(&mut self, now: Instant) {
        let attended = Seat::ALL.into_iter().any(|s| self.online(s));
        self.state.set_attended(attended, now);
    }
}

enum View {
    Seat {
        table: usize,
        seat: Seat,
    },
    Console(Box<Console>),
    /// A practice game of the connection's own, kept only while it is connected.
    Tutorial(Box<App>),
}

struct Conn {
    login: Login,
    term: Terminal<RemoteBackend>,
    out: tokio::sync::mpsc::Sender<Out>,
    decoder: InputDecoder,
    view: View,
    /// A frame was dropped: clear and redraw everything once the queue has room.
    resync: bool,
    /// The overlay drawn last time (countdown, pause), to redraw when it changes.
    overlay: String,
    texts: Texts,
}

impl Conn {
    /// Whether the screen differs from what was drawn last.
    fn changed(&self, tables: &[TableSlot], console_dirty: bool, now: Instant) -> bool {
        match &self.view {
            View::Seat { table, seat } => {
                let slot = &tables[*table];
                let overlay = seat_overlay(&self.texts, &slot.state, *table, tables.len(), now);
                slot.seats[seat.index()].app.dirty || format!("{overlay:?}") != self.overlay
            }
            View::Console(_) => console_dirty,
            View::Tutorial(app) => app.dirty,
        }
    }

    /// Draws the screen into the terminal; false if the terminal failed.
    fn draw(
        &mut self,
        tables: &[TableSlot],
        agenda: &Agenda,
        agenda_start: Instant,
        now: Instant,
    ) -> bool {
        let drawn = match &mut self.view {
            View::Tutorial(app) => {
                app.dirty = false;
                self.term.draw(|f| crate::tui::ui::draw(f, app))
            }
            View::Seat { table, seat } => {
                let slot = &tables[*table];
                let app = &slot.seats[seat.index()].app;
                let overlay = seat_overlay(&self.texts, &slot.state, *table, tables.len(), now);
                self.overlay = format!("{overlay:?}");
                self.term.draw(|f| {
                    crate::tui::ui::draw(f, app);
                    draw_overlay(f, app, &overlay);
                })
            }
            View::Console(console) => {
                let ctx = Ctx {
                    tables,
                    texts: &self.texts,
                    now,
                    agenda,
                    agenda_start,
                };
                self.term.draw(|f| console.draw(f, &ctx))
            }
        };
        drawn.is_ok()
    }

    /// Queues what was drawn; a full queue drops it and asks for a full redraw.
    fn send(&mut self, stats: &Stats) {
        let bytes = self.term.backend_mut().take();
        if bytes.is_empty() {
            self.resync = false;
            return;
        }
        match self.out.try_send(Out::Data(bytes)) {
            Ok(()) => {
                stats.frames_sent.fetch_add(1, Ordering::Relaxed);
                self.resync = false;
            }
            Err(TrySendError::Full(_)) => {
                stats.frames_dropped.fetch_add(1, Ordering::Relaxed);
                self.resync = true;
            }
            Err(TrySendError::Closed(_)) => {}
        }
    }
}

pub struct Hub {
    pub tables: Vec<TableSlot>,
    conns: BTreeMap<ConnId, Conn>,
    lang: Lang,
    queue: usize,
    started: Instant,
    pub stats: Arc<Stats>,
    status: StatusSink,
    /// Console state changed since the consoles were last drawn.
    console_dirty: bool,
    last_second: u64,
    /// Where time comes from (tests set their own).
    pub clock: Clock,
    /// The run sheet and when it started.
    pub agenda: Agenda,
    pub agenda_start: Instant,
    /// Per table: each quarter's countdown comes from the run sheet until the facilitator
    /// sets one by hand.
    pub timers_follow_agenda: Vec<bool>,
}

/// How long the loop sleeps with nothing to do (countdowns and resyncs need a pulse).
const PULSE: Duration = Duration::from_millis(200);

impl Hub {
    pub fn new(tables: Vec<TableState>, lang: Lang, queue: usize, status: StatusSink) -> Hub {
        let tables = tables
            .into_iter()
            .map(|state| {
                let seats = Seat::ALL.map(|seat| SeatSlot {
                    app: seat_app(&state, seat, lang),
                    conn: None,
                    joined_ever: false,
                    left_at: None,
                    last_key: None,
                });
                let viewer = viewer_app(&state, lang);
                TableSlot {
                    state,
                    seats,
                    viewer,
                    log: Vec::new(),
                }
            })
            .collect::<Vec<TableSlot>>();
        let clock: Clock = Arc::new(Instant::now);
        let now = clock();
        let n = tables.len();
        Hub {
            tables,
            conns: BTreeMap::new(),
            lang,
            queue: queue.max(2),
            started: now,
            stats: Arc::new(Stats::default()),
            status,
            console_dirty: true,
            last_second: 0,
            clock,
            agenda: Agenda::default(),
            agenda_start: now,
            timers_follow_agenda: vec![false; n],
        }
    }

    /// Takes its time from `clock` from now on (the run sheet and the log start now).
    pub fn with_clock(mut self, clock: Clock) -> Hub {
        let now = clock();
        self.clock = clock;
        self.started = now;
        self.agenda_start = now;
        self
    }

    /// Runs until `Shutdown` or until every sender is gone.
    pub fn run(mut self, events: Receiver<HubEvent>) -> Vec<TableSlot> {
        loop {
            match events.recv_timeout(PULSE) {
                Ok(HubEvent::Shutdown) | Err(RecvTimeoutError::Disconnected) => break,
                Ok(event) => self.handle(event, (self.clock)()),
                Err(RecvTimeoutError::Timeout) => {}
            }
            // Take a burst of input before drawing once.
            let mut shutdown = false;
            for _ in 0..256 {
                match events.try_recv() {
                    Ok(HubEvent::Shutdown) => {
                        shutdown = true;
                        break;
                    }
                    Ok(event) => self.handle(event, (self.clock)()),
                    Err(_) => break,
                }
            }
            if shutdown {
                break;
            }
            self.step((self.clock)());
        }
        self.shutdown();
        self.tables
    }

    /// Timers, resolutions and drawing: what happens after events are taken in.
    pub fn step(&mut self, now: Instant) {
        for i in 0..self.tables.len() {
            let t = &self.tables[i].state;
            if t.ready() || t.expired(now) {
                self.resolve(i, now);
            }
        }
        let second = now.duration_since(self.started).as_secs();
        if second != self.last_second {
            self.last_second = second;
            if self
                .tables
                .iter()
                .any(|t| t.state.remaining(now).is_some() || !t.log.is_empty())
            {
                self.console_dirty = true;
            }
        }
        self.draw_all(now);
    }

    pub fn handle(&mut self, event: HubEvent, now: Instant) {
        match event {
            HubEvent::Open {
                conn,
                login,
                width,
                height,
                lang,
                out,
            } => self.open(conn, login, width, height, lang, out, now),
            HubEvent::Input { conn, bytes } => self.input(conn, &bytes, now),
            HubEvent::Resize {
                conn,
                width,
                height,
            } => self.resize(conn, width, height),
            HubEvent::Closed { conn } => self.closed(conn, now),
            HubEvent::Shutdown => {}
        }
    }

    fn say(&self, text: &str) {
        (self.status)(text);
    }

    fn clock(&self, now: Instant) -> String {
        let s = now.saturating_duration_since(self.started).as_secs();
        format!("{:02}:{:02}", s / 60, s % 60)
    }

    fn log(&mut self, table: usize, text: String, now: Instant) {
        let stamp = self.clock(now);
        let prefix = if self.tables.len() > 1 {
            format!("table {}: ", table + 1)
        } else {
            String::new()
        };
        self.say(&format!("{prefix}{text}"));
        if let Some(t) = self.tables.get_mut(table) {
            t.log.push(format!("{stamp} {text}"));
            if t.log.len() > 200 {
                t.log.remove(0);
            }
        }
        self.console_dirty = true;
    }

    // -----------------------------------------------------------------------------------
    // Connections

    #[allow(clippy::too_many_arguments)]
    fn open(
        &mut self,
        id: ConnId,
        login: Login,
        width: u16,
        height: u16,
        lang: Option<Lang>,
        out: tokio::sync::mpsc::Sender<Out>,
        now: Instant,
    ) {
        let lang = lang.unwrap_or(self.lang);
        let texts = Texts::new(lang);
        let Some(view) = self.view_for(login, lang, &texts, &out) else {
            return;
        };
        let (w, h) = (width.max(1), height.max(1));
        let Some(term) = remote_terminal(w, h) else {
            return;
        };
        let mut conn = Conn {
            login,
            term,
            out,
            decoder: InputDecoder::default(),
            view,
            resync: false,
            overlay: String::new(),
            texts,
        };
        conn.term.backend_mut().write_raw(&screen_on());
        self.attach(id, &mut conn, lang, w, h, now);
        self.conns.insert(id, conn);
        self.draw_conn(id, now, true);
    }

    /// What a login gets to see; None once the client was refused (an unknown table, a
    /// bot's seat, a seat already taken).
    fn view_for(
        &self,
        login: Login,
        lang: Lang,
        texts: &Texts,
        out: &tokio::sync::mpsc::Sender<Out>,
    ) -> Option<View> {
        let tables = self.tables.len();
        let view = match login {
            Login::Facilitator => View::Console(Box::default()),
            Login::Tutorial => View::Tutorial(Box::new(tutorial_app(lang))),
            Login::Seat { table, seat } => {
                let Some(slot) = self.tables.get(table) else {
                    refuse(out, &texts.get("serve-refused-unknown"));
                    return None;
                };
                let name = login.name(tables);
                if !slot.state.is_human(seat) {
                    refuse(
                        out,
                        &texts.with("serve-refused-bot", &[("seat", Arg::Text(name))]),
                    );
                    return None;
                }
                if slot.seats[seat.index()].conn.is_some() {
                    self.say(&format!("{name}: a second connection was refused"));
                    refuse(
                        out,
                        &texts.with("serve-refused-taken", &[("seat", Arg::Text(name))]),
                    );
                    return None;
                }
                View::Seat { table, seat }
            }
        };
        Some(view)
    }

    /// Ties a new connection to its seat, the console or its tutorial.
    fn attach(&mut self, id: ConnId, conn: &mut Conn, lang: Lang, w: u16, h: u16, now: Instant) {
        match &conn.view {
            View::Seat { table, seat } => {
                let (table, seat) = (*table, *seat);
                let slot = &mut self.tables[table].seats[seat.index()];
                slot.conn = Some(id);
                slot.joined_ever = true;
                slot.left_at = None;
                slot.app.texts = Texts::new(lang);
                slot.app.quit = false;
                slot.app.dispatch(Action::Resize(w, h));
                slot.app.dirty = true;
                self.tables[table].attend(now);
                let name = conn.login.name(self.tables.len());
                self.log(table, format!("{name} joined"), now);
            }
            View::Console(_) => {
                self.say("the facilitator console opened");
                self.console_dirty = true;
            }
            View::Tutorial(_) => self.say("a tutorial table opened"),
        }
        if let View::Tutorial(app) = &mut conn.view {
            app.dispatch(Action::Resize(w, h));
        }
    }

    fn closed(&mut self, id: ConnId, now: Instant) {
        let Some(conn) = self.conns.remove(&id) else {
            return;
        };
        self.detach(id, &conn, now);
    }

    fn detach(&mut self, id: ConnId, conn: &Conn, now: Instant) {
        match &conn.view {
            View::Seat { table, seat } => {
                let (table, seat) = (*table, *seat);
                let slot = &mut self.tables[table].seats[seat.index()];
                if slot.conn == Some(id) {
                    slot.conn = None;
                    slot.left_at = Some(now);
                    self.tables[table].attend(now);
                    let name = conn.login.name(self.tables.len());
                    self.log(table, format!("{name} left"), now);
                }
            }
            View::Console(_) => {
                self.say("a facilitator console closed");
            }
            View::Tutorial(_) => self.say("a tutorial table closed"),
        }
    }

    /// Says goodbye to a client and forgets it.
    fn close(&mut self, id: ConnId, message: Option<String>, now: Instant) {
        let Some(conn) = self.conns.remove(&id) else {
            return;
        };
        let mut bytes = screen_off();
        if let Some(m) = message {
            bytes.extend(line(&m));
        }
        let _ = conn.out.try_send(Out::Close(bytes));
        self.detach(id, &conn, now);
    }

    /// Says goodbye in the client's own language.
    fn close_saying(&mut self, id: ConnId, message: impl FnOnce(&Texts) -> String, now: Instant) {
        let text = self.conns.get(&id).map(|c| message(&c.texts));
        self.close(id, text, now);
    }

    fn resize(&mut self, id: ConnId, width: u16, height: u16) {
        let (w, h) = (width.max(1), height.max(1));
        let Some(conn) = self.conns.get_mut(&id) else {
            return;
        };
        conn.term.backend_mut().set_size(w, h);
        let _ = conn.term.resize(Rect::new(0, 0, w, h));
        conn.overlay.clear();
        match &mut conn.view {
            View::Seat { table, seat } => {
                let app = &mut self.tables[*table].seats[seat.index()].app;
                app.dispatch(Action::Resize(w, h));
            }
            View::Console(_) => self.console_dirty = true,
            View::Tutorial(app) => app.dispatch(Action::Resize(w, h)),
        }
    }

    fn input(&mut self, id: ConnId, bytes: &[u8], now: Instant) {
        let Some(conn) = self.conns.get_mut(&id) else {
            return;
        };
        let events = conn.decoder.feed(bytes);
        match &conn.view {
            View::Seat { table, seat } => {
                let (table, seat) = (*table, *seat);
                self.seat_input(id, table, seat, events, now);
            }
            View::Console(_) => {
                for event in events {
                    self.console_input(id, event, now);
                }
            }
            View::Tutorial(_) => self.tutorial_input(id, events, now),
        }
    }

    fn seat_input(
        &mut self,
        id: ConnId,
        table: usize,
        seat: Seat,
        events: Vec<Event>,
        now: Instant,
    ) {
        let paused = self.tables[table].state.paused;
        if events.iter().any(|e| matches!(e, Event::Key(_))) {
            self.tables[table].seats[seat.index()].last_key = Some(now);
        }
        for event in events {
            let ctrl_c = matches!(
                event,
                Event::Key(KeyEvent {
                    code: KeyCode::Char('c'),
                    modifiers,
                    kind: KeyEventKind::Press,
                    ..
                }) if modifiers.contains(KeyModifiers::CONTROL)
            );
            // While paused the screens hold still; Ctrl-C still leaves.
            if paused && !ctrl_c {
                continue;
            }
            let slot = &mut self.tables[table].seats[seat.index()];
            slot.app.handle(AppEvent::Input(event));
        }
        // Orders submitted go to the table (hidden from everyone until the quarter resolves).
        let outbox: Vec<_> = std::mem::take(&mut self.tables[table].seats[seat.index()].app.outbox);
        for (orders, intent) in outbox {
            if self.tables[table].state.submit_with(orders, intent) {
                let name = Login::Seat { table, seat }.name(self.tables.len());
                self.log(table, format!("{name} submitted"), now);
            }
        }
        let slot = &mut self.tables[table].seats[seat.index()];
        // Game over, then "to title": the seat is done; keep its app usable for a reconnect.
        let left_game =
            slot.app.session.is_none() || matches!(slot.app.screen, Screen::Title { .. });
        if left_game {
            let mut app = seat_app(&self.tables[table].state, seat, self.lang);
            app.screen = Screen::GameOver { scroll: 0, pane: 0 };
            self.tables[table].seats[seat.index()].app = app;
        }
        let slot = &mut self.tables[table].seats[seat.index()];
        if slot.app.quit || left_game {
            slot.app.quit = false;
            let bye = self
                .conns
                .get(&id)
                .map(|c| c.texts.get("serve-goodbye"))
                .unwrap_or_default();
            self.close(id, Some(bye), now);
        }
    }

    /// Keys of a tutorial table go to its own app; leaving the game (or quitting) says
    /// goodbye. Nothing of it reaches the workshop's tables or saves.
    fn tutorial_input(&mut self, id: ConnId, events: Vec<Event>, now: Instant) {
        let Some(Conn {
            view: View::Tutorial(app),
            texts,
            ..
        }) = self.conns.get_mut(&id)
        else {
            return;
        };
        for event in events {
            app.handle(AppEvent::Input(event));
        }
        if app.quit || app.session.is_none() {
            let bye = texts.get("serve-tutorial-goodbye");
            self.close(id, Some(bye), now);
        }
    }

    fn console_input(&mut self, id: ConnId, event: Event, now: Instant) {
        let Event::Key(key) = event else {
            if let Event::Resize(..) = event {
                self.console_dirty = true;
            }
            return;
        };
        if key.kind != KeyEventKind::Press {
            return;
        }
        let cmds = {
            let Hub {
                conns,
                tables,
                agenda,
                agenda_start,
                ..
            } = self;
            let Some(conn) = conns.get_mut(&id) else {
                return;
            };
            let View::Console(console) = &mut conn.view else {
                return;
            };
            let ctx = Ctx {
                tables,
                texts: &conn.texts,
                now,
                agenda,
                agenda_start: *agenda_start,
            };
            console.key(key, &ctx)
        };
        self.console_dirty = true;
        for cmd in cmds {
            let result = self.run_cmd(id, cmd, now);
            if let Some(conn) = self.conns.get_mut(&id)
                && let View::Console(console) = &mut conn.view
            {
                console.notice = result.err();
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Facilitator commands

    fn run_cmd(&mut self, from: ConnId, cmd: Cmd, now: Instant) -> Result<(), String> {
        match cmd {
            Cmd::Leave => {
                self.close(from, None, now);
                Ok(())
            }
            Cmd::Pause(t) => self.toggle_pause(t, now),
            Cmd::SetLimit(t, limit) => self.set_limit(t, limit, now),
            Cmd::Extend(t, secs) => {
                self.table_mut(t)?.state.extend(secs, now);
                Ok(())
            }
            Cmd::ToggleFill(t) => self.toggle_fill(t, now),
            Cmd::ResolveNow(t) => {
                self.table_mut(t)?;
                self.resolve(t, now);
                Ok(())
            }
            Cmd::InjectCard(t, id) => self.inject_card(t, id, now),
            Cmd::InjectCustom(t, headline, explanation) => {
                self.inject_custom(t, headline, explanation, now)
            }
            Cmd::Unqueue(t) => self.unqueue(t, now),
            Cmd::Schedule(t, entry) => self.schedule(t, entry, now),
            Cmd::Reschedule(t, index, quarter) => self.reschedule(t, index, quarter, now),
            Cmd::Unschedule(t, index) => self.unschedule(t, index, now),
            Cmd::StartAgenda => {
                self.agenda_start = now;
                self.say("the run sheet starts now");
                Ok(())
            }
            Cmd::Approve(t, id) => self.approve(t, id, now),
            Cmd::Veto(t, id) => self.veto(t, id, now),
            Cmd::Override {
                table: t,
                pointer,
                label,
                value,
                reason,
            } => self.override_figure(t, pointer, label, value, reason, now),
            Cmd::Rewind(t, reason) => self.rewind(t, reason, now),
            Cmd::End(t) => self.end(t, now),
            Cmd::SetHuman(t, seat, human) => self.set_human(t, seat, human, now),
            Cmd::Kick(t, seat) => self.kick(t, seat, now),
        }
    }

    fn toggle_pause(&mut self, t: usize, now: Instant) -> Result<(), String> {
        let state = &mut self.table_mut(t)?.state;
        if state.paused {
            state.resume(now);
            self.log(t, "resumed".into(), now);
            self.notify_seats(t, None);
        } else {
            state.pause(now);
            self.log(t, "paused".into(), now);
        }
        self.save(t, now);
        self.mark_seats(t);
        Ok(())
    }

    /// A limit set by hand stops the table's countdowns following the run sheet.
    fn set_limit(&mut self, t: usize, limit: Option<Duration>, now: Instant) -> Result<(), String> {
        self.table_mut(t)?.state.set_limit(limit, now);
        self.timers_follow_agenda[t] = false;
        let text = match limit {
            Some(d) => format!("quarter time limit {} min", d.as_secs().div_ceil(60)),
            None => "no quarter time limit".to_string(),
        };
        self.log(t, text, now);
        self.save(t, now);
        Ok(())
    }

    /// Switches what fills in for a seat whose time runs out: standing orders or its bot.
    fn toggle_fill(&mut self, t: usize, now: Instant) -> Result<(), String> {
        let state = &mut self.table_mut(t)?.state;
        state.fill = match state.fill {
            Fill::Standing => Fill::Bot,
            Fill::Bot => Fill::Standing,
        };
        let by = match state.fill {
            Fill::Standing => "standing orders",
            Fill::Bot => "the seat's bot",
        };
        state.note(format!("When time runs out from now on: {by} fill in"));
        self.log(t, format!("on timeout: {by}"), now);
        Ok(())
    }

    fn inject_card(&mut self, t: usize, id: String, now: Instant) -> Result<(), String> {
        self.table_mut(t)?.state.inject_card(&id)?;
        self.log(t, format!("inject queued: {id}"), now);
        Ok(())
    }

    fn inject_custom(
        &mut self,
        t: usize,
        headline: String,
        explanation: String,
        now: Instant,
    ) -> Result<(), String> {
        self.table_mut(t)?
            .state
            .inject_custom(&headline, &explanation)?;
        self.log(t, format!("custom inject queued: {headline}"), now);
        Ok(())
    }

    /// Takes back the last queued inject, if there is one.
    fn unqueue(&mut self, t: usize, now: Instant) -> Result<(), String> {
        if self.table_mut(t)?.state.unqueue().is_some() {
            self.log(t, "last queued inject taken back".into(), now);
        }
        Ok(())
    }

    /// Approves an inject a seat proposed.
    fn approve(&mut self, t: usize, id: String, now: Instant) -> Result<(), String> {
        self.table_mut(t)?.state.approve(&id)?;
        self.log(t, format!("proposed inject approved: {id}"), now);
        self.save(t, now);
        Ok(())
    }

    /// Vetoes an inject a seat proposed.
    fn veto(&mut self, t: usize, id: String, now: Instant) -> Result<(), String> {
        self.table_mut(t)?.state.veto(&id);
        self.log(t, format!("proposed inject vetoed: {id}"), now);
        self.save(t, now);
        Ok(())
    }

    /// Sets a figure of a table's world and tells every seat the old and new value.
    fn override_figure(
        &mut self,
        t: usize,
        pointer: String,
        label: String,
        value: serde_json::Value,
        reason: String,
        now: Instant,
    ) -> Result<(), String> {
        let old = self
            .table_mut(t)?
            .state
            .override_figure(&pointer, value.clone(), &reason)?;
        let (old, new) = (show_value(&old), show_value(&value));
        self.log(
            t,
            format!("override {pointer}: {old} -> {new} ({reason})"),
            now,
        );
        self.sync_apps(t);
        self.notify_seats(
            t,
            Some((
                "serve-notice-override",
                vec![
                    ("figure", Arg::Text(label)),
                    ("old", Arg::Text(old)),
                    ("new", Arg::Text(new)),
                    ("reason", Arg::Text(reason)),
                ],
            )),
        );
        self.save(t, now);
        Ok(())
    }

    /// Takes a table back to the start of its quarter and tells every seat why.
    fn rewind(&mut self, t: usize, reason: String, now: Instant) -> Result<(), String> {
        let rewound = self.table_mut(t)?.state.rewind(&reason, now)?;
        let date = self.tables[t].state.game.world.date.to_string();
        self.log(t, format!("rewound to {date}: {reason}"), now);
        self.rewind_apps(t, &rewound);
        self.notify_seats(
            t,
            Some((
                "serve-notice-rewound",
                vec![("date", Arg::Text(date)), ("reason", Arg::Text(reason))],
            )),
        );
        self.save(t, now);
        Ok(())
    }

    /// Ends a table's game: every seat goes to the game-over screen.
    fn end(&mut self, t: usize, now: Instant) -> Result<(), String> {
        self.table_mut(t)?.state.end();
        self.log(t, "game ended by the facilitator".into(), now);
        for slot in &mut self.tables[t].seats {
            slot.app.overlay = None;
            slot.app.screen = Screen::GameOver { scroll: 0, pane: 0 };
            slot.app.dirty = true;
        }
        self.notify_seats(t, Some(("serve-notice-ended", vec![])));
        self.save(t, now);
        Ok(())
    }

    /// Hands a seat to people or to a bot; a seat handed to a bot loses its connection.
    fn set_human(&mut self, t: usize, seat: Seat, human: bool, now: Instant) -> Result<(), String> {
        let slot = self.table_mut(t)?;
        slot.state.set_human(seat, human);
        let role = slot.state.roles[seat.index()].clone();
        if let Some(s) = &mut slot.seats[seat.index()].app.session {
            s.roles[seat.index()] = role;
        }
        let conn = slot.seats[seat.index()].conn;
        let name = Login::Seat { table: t, seat }.name(self.tables.len());
        let who = if human { "people" } else { "a bot" };
        self.log(t, format!("{name} handed to {who}"), now);
        if !human && let Some(c) = conn {
            self.close_saying(
                c,
                |texts| texts.with("serve-refused-bot", &[("seat", Arg::Text(name))]),
                now,
            );
        }
        self.save(t, now);
        Ok(())
    }

    /// Closes a seat's connection (the seat stays the people's).
    fn kick(&mut self, t: usize, seat: Seat, now: Instant) -> Result<(), String> {
        let conn = self.table_mut(t)?.seats[seat.index()].conn;
        if let Some(c) = conn {
            self.close_saying(c, |texts| texts.get("serve-kicked"), now);
        }
        Ok(())
    }

    fn schedule(&mut self, t: usize, entry: Scheduled, now: Instant) -> Result<(), String> {
        let state = &mut self.table_mut(t)?.state;
        if !state
            .game
            .world
            .params
            .events
            .iter()
            .any(|c| c.id == entry.card)
        {
            return Err(format!("no event card \"{}\" in this scenario", entry.card));
        }
        let (current, last) = (state.quarter(), state.game.world.params.scenario.turns);
        let text = format!("scheduled {} for quarter {}", entry.card, entry.quarter);
        state.timeline.add(entry, current, last)?;
        self.timeline_changed(t, text, now);
        Ok(())
    }

    fn reschedule(
        &mut self,
        t: usize,
        index: usize,
        quarter: u32,
        now: Instant,
    ) -> Result<(), String> {
        let state = &mut self.table_mut(t)?.state;
        let (current, last) = (state.quarter(), state.game.world.params.scenario.turns);
        let (old, _) = state.timeline.move_to(index, quarter, current, last)?;
        let text = format!(
            "moved scheduled {} from quarter {} to {quarter}",
            old.card, old.quarter
        );
        self.timeline_changed(t, text, now);
        Ok(())
    }

    fn unschedule(&mut self, t: usize, index: usize, now: Instant) -> Result<(), String> {
        let state = &mut self.table_mut(t)?.state;
        let current = state.quarter();
        let old = state.timeline.drop_entry(index, current)?;
        let text = format!(
            "dropped scheduled {} from quarter {}",
            old.card, old.quarter
        );
        self.timeline_changed(t, text, now);
        Ok(())
    }

    /// Every change to a timeline goes to the log and the save's notes, and is saved.
    fn timeline_changed(&mut self, t: usize, text: String, now: Instant) {
        let mut note = text.clone();
        if let Some(first) = note.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        self.tables[t]
            .state
            .note(format!("Inject timeline: {note}"));
        self.log(t, text, now);
        self.save(t, now);
    }

    fn table_mut(&mut self, t: usize) -> Result<&mut TableSlot, String> {
        self.tables
            .get_mut(t)
            .ok_or_else(|| format!("no table {}", t + 1))
    }

    fn save(&mut self, t: usize, now: Instant) {
        match self.tables[t].state.save() {
            Ok(_) => {}
            Err(e) => self.log(t, format!("could not save: {e}"), now),
        }
    }

    /// Redraw every seat of a table (the pause banner, a notice).
    fn mark_seats(&mut self, t: usize) {
        for slot in &mut self.tables[t].seats {
            slot.app.dirty = true;
        }
    }

    /// A one-line notice on every seat's screen of a table (or clears it).
    fn notify_seats(&mut self, t: usize, notice: Option<(&str, Vec<(&str, Arg)>)>) {
        for slot in &mut self.tables[t].seats {
            slot.app.notice = notice
                .as_ref()
                .map(|(key, args)| slot.app.texts.with(key, args));
            slot.app.dirty = true;
        }
        self.console_dirty = true;
    }

    /// Every app's copy of the game made equal to the table's (after an override).
    fn sync_apps(&mut self, t: usize) {
        let slot = &mut self.tables[t];
        for s in &mut slot.seats {
            if let Some(session) = &mut s.app.session {
                session.game = copy_game(&slot.state.game);
            }
        }
        if let Some(session) = &mut slot.viewer.session {
            session.game = copy_game(&slot.state.game);
        }
    }

    /// Every seat's screen starts the quarter again from the orders and intent it gave.
    fn rewind_apps(&mut self, t: usize, rewound: &RewoundQuarter) {
        let slot = &mut self.tables[t];
        for seat in Seat::ALL {
            let s = &mut slot.seats[seat.index()];
            let mut session = Session::with_game(
                copy_game(&slot.state.game),
                slot.state.roles.clone(),
                Table::Remote { seat },
            );
            session.set_draft(rewound.orders.seat(seat));
            let said = rewound.intents.iter().find(|s| s.seat == seat);
            session.set_intent(seat, said.map(|s| s.intent.clone()));
            s.app.session = Some(session);
            s.app.outbox.clear();
            s.app.overlay = None;
            s.app.screen = Screen::Play(PlayState::new(seat));
            s.app.dirty = true;
        }
        slot.viewer = viewer_app(&slot.state, self.lang);
    }

    // -----------------------------------------------------------------------------------
    // Resolution

    fn resolve(&mut self, t: usize, now: Instant) {
        let next = self.tables[t].state.quarter() + 1;
        if self.timers_follow_agenda[t]
            && let Some(limit) = self.agenda.quarter_limit(next)
        {
            // The clock restarts with the next quarter's limit as the quarter closes.
            self.tables[t].state.turn_limit = Some(limit);
        }
        let resolved = match self.tables[t].state.resolve(now) {
            Ok(r) => r,
            Err(e) => {
                self.log(t, format!("cannot resolve: {e}"), now);
                return;
            }
        };
        self.stats.quarters.fetch_add(1, Ordering::Relaxed);
        for entry in &resolved.scheduled {
            let note = if entry.note.is_empty() {
                String::new()
            } else {
                format!(" ({})", entry.note)
            };
            self.log(
                t,
                format!("scheduled inject fired: {}{note}", entry.card),
                now,
            );
        }
        let date = self.tables[t]
            .state
            .game
            .last_report()
            .map(|r| r.date.to_string())
            .unwrap_or_default();
        let fills: Vec<&str> = resolved.filled.iter().map(|(s, _)| s.id()).collect();
        let mut text = format!("{date} resolved");
        if !fills.is_empty() {
            text.push_str(&format!(" (time ran out for {})", fills.join(", ")));
        }
        self.log(t, text, now);
        let slot = &mut self.tables[t];
        let hash = slot.state.game.turns.last().map(|t| t.hash.clone());
        for seat in Seat::ALL {
            let s = &mut slot.seats[seat.index()];
            s.app.outbox.clear();
            s.app
                .dispatch(Action::Resolved(Box::new(resolved.orders.clone())));
            // Each app replays the orders on its own copy; the copies must agree.
            let agrees = s
                .app
                .session
                .as_ref()
                .and_then(|x| x.game.turns.last().map(|t| t.hash.clone()))
                == hash;
            if !agrees && let Some(session) = &mut s.app.session {
                session.game = copy_game(&slot.state.game);
            }
            s.app.notice = resolved
                .filled
                .iter()
                .find(|(f, _)| *f == seat)
                .map(|(_, fill)| {
                    s.app.texts.get(match fill {
                        Fill::Standing => "serve-notice-filled-standing",
                        Fill::Bot => "serve-notice-filled-bot",
                    })
                });
            s.app.dirty = true;
        }
        if let Some(session) = &mut slot.viewer.session {
            session.game = copy_game(&slot.state.game);
        }
        if slot.state.ended {
            self.log(t, "the game is over".into(), now);
        }
        self.save(t, now);
    }

    // -----------------------------------------------------------------------------------
    // Drawing

    fn draw_all(&mut self, now: Instant) {
        let ids: Vec<ConnId> = self.conns.keys().copied().collect();
        for id in ids {
            self.draw_conn(id, now, false);
        }
        self.console_dirty = false;
        for t in &mut self.tables {
            for s in &mut t.seats {
                s.app.dirty = false;
            }
        }
    }

    fn draw_conn(&mut self, id: ConnId, now: Instant, force: bool) {
        let Hub {
            conns,
            tables,
            stats,
            queue,
            console_dirty,
            agenda,
            agenda_start,
            ..
        } = self;
        let Some(conn) = conns.get_mut(&id) else {
            return;
        };
        let changed = force || conn.changed(tables, *console_dirty, now);
        // A connection that lost frames redraws in full once its queue has room; until then
        // every new frame for it is dropped.
        if conn.resync {
            if conn.out.capacity() < (*queue).div_ceil(2) {
                if changed {
                    stats.frames_dropped.fetch_add(1, Ordering::Relaxed);
                }
                return;
            }
            let (w, h) = conn.term.backend().size_or_default();
            let _ = conn.term.resize(Rect::new(0, 0, w, h));
            stats.resyncs.fetch_add(1, Ordering::Relaxed);
        } else if !changed {
            return;
        }
        if conn.draw(tables, agenda, *agenda_start, now) {
            conn.send(stats);
        }
    }

    fn shutdown(&mut self) {
        let now = (self.clock)();
        for t in 0..self.tables.len() {
            self.save(t, now);
        }
        let ids: Vec<ConnId> = self.conns.keys().copied().collect();
        for id in ids {
            self.close_saying(id, |texts| texts.get("serve-shutdown"), now);
        }
    }

    /// Connections open now (tests and the status line).
    pub fn connections(&self) -> usize {
        self.conns.len()
    }
}

fn refuse(out: &tokio::sync::mpsc::Sender<Out>, text: &str) {
    let _ = out.try_send(Out::Close(line(text)));
}

/// A terminal of `w` by `h` whose frames become bytes for the client.
fn remote_terminal(w: u16, h: u16) -> Option<Terminal<RemoteBackend>> {
    Terminal::with_options(
        RemoteBackend::new(w, h),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .ok()
}

/// A seat's app over a copy of the table's game.
pub fn seat_app(state: &TableState, seat: Seat, lang: Lang) -> App {
    let mut app =
        App::headless().for_remote_seat(copy_game(&state.game), state.roles.clone(), seat);
    app.texts = Texts::new(lang);
    if state.ended {
        app.screen = Screen::GameOver { scroll: 0, pane: 0 };
    }
    app
}

/// A tutorial table: the guided first game, played locally against bots, saved nowhere.
pub fn tutorial_app(lang: Lang) -> App {
    let mut app = App::headless();
    app.texts = Texts::new(lang);
    app.dispatch(Action::StartGuide);
    app
}

/// The console's app for a table: a local session over a copy of the game, never played.
pub fn viewer_app(state: &TableState, lang: Lang) -> App {
    let mut app = App::headless();
    app.texts = Texts::new(lang);
    app.session = Some(Session::with_game(
        copy_game(&state.game),
        state.roles.clone(),
        Table::Local,
    ));
    app
}

pub fn show_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Number(n) => n
            .as_f64()
            .map(|x| {
                if x.abs() >= 100.0 {
                    format!("{x:.1}")
                } else {
                    format!("{x:.3}")
                }
            })
            .unwrap_or_else(|| n.to_string()),
        other => other.to_string(),
    }
}

/// What a seat's screen shows on top of the game: the table, the countdown and a pause.
#[derive(Debug, PartialEq)]
struct Overlay {
    tag: String,
    paused: Option<String>,
}

fn seat_overlay(
    texts: &Texts,
    state: &TableState,
    table: usize,
    tables: usize,
    now: Instant,
) -> Overlay {
    let mut tag = String::new();
    if tables > 1 {
        tag.push_str(&texts.with("serve-tag-table", &[("n", Arg::Num((table + 1) as f64))]));
    }
    if !state.ended
        && let Some(left) = state.remaining(now)
    {
        if !tag.is_empty() {
            tag.push_str(" · ");
        }
        tag.push_str(&format!("⏱ {}", mmss(left)));
    }
    let paused = state.paused.then(|| texts.get("serve-paused-banner"));
    Overlay { tag, paused }
}

pub fn mmss(d: Duration) -> String {
    let s = d.as_secs();
    format!("{:02}:{:02}", s / 60, s % 60)
}

fn draw_overlay(frame: &mut Frame, app: &App, overlay: &Overlay) {
    let area = frame.area();
    if !overlay.tag.is_empty() {
        let text = format!(" {} ", overlay.tag);
        let w = (crate::i18n::width(&text) as u16).min(area.width);
        // The tab row's right end is free on the play screens.
        let row = area.y + 1.min(area.height.saturating_sub(1));
        let rect = Rect::new(area.x + area.width - w, row, w, 1);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(text, app.theme.key))),
            rect,
        );
    }
    if let Some(text) = &overlay.paused {
        let w = (crate::i18n::width(text) as u16 + 6).min(area.width);
        let rect = crate::tui::ui::centered(area, w, 3);
        frame.render_widget(Clear, rect);
        frame.render_widget(
            Paragraph::new(text.as_str())
                .alignment(Alignment::Center)
                .style(app.theme.warn)
                .block(
                    Block::default()
                        .borders(Borders::ALL)
                        .border_style(app.theme.warn),
                ),
            rect,
        );
    }
}

trait SizeOr {
    fn size_or_default(&self) -> (u16, u16);
}

impl SizeOr for RemoteBackend {
    fn size_or_default(&self) -> (u16, u16) {
        use ratatui::backend::Backend;
        self.size().map_or((80, 24), |s| (s.width, s.height))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::{Controllers, Game, SeatRole};
    use crate::save::{FacilitatorAction, SaveMeta};
    use crate::tui::Tab;
    use tokio::sync::mpsc::{Receiver, channel};

    const RIGHT: &[u8] = b"\x1b[C";

    fn hub(tables: usize, humans: &[Seat], queue: usize) -> Hub {
        let scenario = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let roles = Seat::ALL.map(|s| {
            if humans.contains(&s) {
                SeatRole::Human
            } else {
                SeatRole::baseline_bot()
            }
        });
        let states = (0..tables)
            .map(|i| {
                TableState::new(
                    i,
                    Game::new(scenario.clone(), 5),
                    roles.clone(),
                    Controllers::bots_except(None),
                    SaveMeta::new(roles.clone()),
                )
            })
            .collect();
        Hub::new(states, Lang::En, queue, Arc::new(|_: &str| {}))
    }

    fn open(hub: &mut Hub, id: ConnId, login: Login, queue: usize) -> Receiver<Out> {
        let (tx, rx) = channel(queue);
        hub.handle(
            HubEvent::Open {
                conn: id,
                login,
                width: 100,
                height: 30,
                lang: None,
                out: tx,
            },
            Instant::now(),
        );
        rx
    }

    /// Opens a connection at `now`, `width` columns wide.
    fn open_at(hub: &mut Hub, id: ConnId, login: Login, width: u16, now: Instant) -> Receiver<Out> {
        let (tx, rx) = channel(64);
        hub.handle(
            HubEvent::Open {
                conn: id,
                login,
                width,
                height: 30,
                lang: None,
                out: tx,
            },
            now,
        );
        rx
    }

    fn oracle() -> Login {
        Login::Seat {
            table: 0,
            seat: Seat::Oracle,
        }
    }

    fn keys(hub: &mut Hub, id: ConnId, bytes: &[u8]) {
        hub.handle(
            HubEvent::Input {
                conn: id,
                bytes: bytes.to_vec(),
            },
            Instant::now(),
        );
        hub.step(Instant::now());
    }

    /// Everything queued for a client, and whether it was told goodbye.
    fn drain(rx: &mut Receiver<Out>) -> (Vec<u8>, bool) {
        let mut bytes = Vec::new();
        let mut closed = false;
        while let Ok(out) = rx.try_recv() {
            match out {
                Out::Data(b) => bytes.extend(b),
                Out::Close(b) => {
                    bytes.extend(b);
                    closed = true;
                }
            }
        }
        (bytes, closed)
    }

    fn screen_text(bytes: &[u8]) -> String {
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut parser = vt100::Parser::new(nz(30), nz(100), 0);
        parser.process(bytes);
        parser.screen().contents()
    }

    fn app(hub: &Hub, seat: Seat) -> &App {
        &hub.tables[0].seats[seat.index()].app
    }

    #[test]
    fn a_seat_submits_over_its_connection_and_the_quarter_resolves() {
        let mut h = hub(1, &[Seat::Oracle], 16);
        let mut rx = open(&mut h, 1, oracle(), 16);
        let (first, closed) = drain(&mut rx);
        assert!(!closed);
        assert!(
            screen_text(&first).contains("2025 Q1"),
            "{}",
            screen_text(&first)
        );
        keys(&mut h, 1, b"2");
        keys(&mut h, 1, RIGHT);
        keys(&mut h, 1, b"s");
        assert_eq!(h.tables[0].state.game.turns.len(), 0, "asks first");
        keys(&mut h, 1, b"y");
        assert_eq!(
            h.tables[0].state.game.turns.len(),
            1,
            "the only human seat submitted"
        );
        assert!(matches!(
            app(&h, Seat::Oracle).screen,
            Screen::Results { .. }
        ));
        let (bytes, _) = drain(&mut rx);
        assert!(!bytes.is_empty());
        assert!(h.stats.frames_sent.load(Ordering::Relaxed) >= 5);
        assert_eq!(h.stats.quarters.load(Ordering::Relaxed), 1);
        // The seat's copy of the game agrees with the table's.
        let s = app(&h, Seat::Oracle).session.as_ref().unwrap();
        assert_eq!(s.game.turns[0].hash, h.tables[0].state.game.turns[0].hash);
        assert!(
            h.tables[0]
                .log
                .iter()
                .any(|l| l.contains("oracle submitted"))
        );
    }

    #[test]
    fn a_taken_seat_a_bot_seat_and_a_missing_table_are_refused() {
        let mut h = hub(1, &[Seat::Oracle], 16);
        let _first = open(&mut h, 1, oracle(), 16);
        let mut second = open(&mut h, 2, oracle(), 16);
        let (bytes, closed) = drain(&mut second);
        assert!(closed);
        assert!(String::from_utf8_lossy(&bytes).contains("already connected"));
        let mut bot = open(
            &mut h,
            3,
            Login::Seat {
                table: 0,
                seat: Seat::Utility,
            },
            16,
        );
        let (bytes, closed) = drain(&mut bot);
        assert!(closed && String::from_utf8_lossy(&bytes).contains("played by a bot"));
        let mut missing = open(
            &mut h,
            4,
            Login::Seat {
                table: 7,
                seat: Seat::Oracle,
            },
            16,
        );
        assert!(drain(&mut missing).1);
        assert_eq!(h.connections(), 1);
        assert_eq!(h.tables[0].status(Seat::Oracle), SeatStatus::Editing);
    }

    #[test]
    fn a_tutorial_login_plays_the_guided_game_on_a_table_of_its_own() {
        let mut h = hub(1, &[Seat::Oracle], 64);
        let mut rx = open(&mut h, 7, Login::Tutorial, 64);
        let (bytes, closed) = drain(&mut rx);
        assert!(!closed);
        let text = screen_text(&bytes);
        assert!(text.contains("Guided first game"), "{text}");
        // Through the briefing to the guide's own game, then a quarter submitted there.
        keys(&mut h, 7, b"\r");
        keys(&mut h, 7, b"2");
        keys(&mut h, 7, b"s");
        keys(&mut h, 7, b"y");
        let Some(Conn {
            view: View::Tutorial(app),
            ..
        }) = h.conns.get(&7)
        else {
            panic!("a tutorial view");
        };
        assert_eq!(app.session.as_ref().unwrap().game.turns.len(), 1);
        assert_eq!(
            h.tables[0].state.game.turns.len(),
            0,
            "the workshop's table is untouched"
        );
        assert_eq!(h.tables[0].status(Seat::Oracle), SeatStatus::NotJoined);
        // Leaving closes the tutorial table and says where the team's seat is.
        keys(&mut h, 7, b"q");
        keys(&mut h, 7, b"y");
        let (bytes, closed) = drain(&mut rx);
        assert!(closed, "{}", screen_text(&bytes));
        assert!(String::from_utf8_lossy(&bytes).contains("tutorial table is closed"));
    }

    #[test]
    fn a_participant_who_drops_finds_the_draft_on_reconnecting() {
        let mut h = hub(1, &[Seat::Oracle, Seat::Utility], 16);
        let _rx = open(&mut h, 1, oracle(), 16);
        keys(&mut h, 1, b"2");
        keys(&mut h, 1, RIGHT);
        let changed = app(&h, Seat::Oracle)
            .session
            .as_ref()
            .unwrap()
            .draft(Seat::Oracle);
        h.handle(HubEvent::Closed { conn: 1 }, Instant::now());
        h.step(Instant::now());
        assert_eq!(h.tables[0].status(Seat::Oracle), SeatStatus::Disconnected);
        assert_eq!(h.tables[0].status(Seat::Utility), SeatStatus::NotJoined);
        let mut rx = open(&mut h, 2, oracle(), 16);
        let (bytes, _) = drain(&mut rx);
        let text = screen_text(&bytes);
        assert!(text.contains("1 change"), "{text}");
        let app = app(&h, Seat::Oracle);
        assert!(matches!(&app.screen, Screen::Play(p) if p.tab == Tab::Orders));
        assert_eq!(app.session.as_ref().unwrap().draft(Seat::Oracle), changed);
    }

    #[test]
    fn a_stalled_client_loses_frames_and_the_others_do_not() {
        let mut h = hub(1, &[Seat::Oracle], 2);
        // The oracle's client never reads its queue; the facilitator's reads everything.
        let mut stalled = open(&mut h, 1, oracle(), 2);
        let mut console = open(&mut h, 2, Login::Facilitator, 64);
        let mut console_frames = 0;
        for _ in 0..20 {
            keys(&mut h, 2, b"p"); // pause and resume: every seat's banner changes
            let (bytes, closed) = drain(&mut console);
            assert!(!closed);
            console_frames += usize::from(!bytes.is_empty());
        }
        assert_eq!(console_frames, 20, "the console got every frame");
        let dropped = h.stats.frames_dropped.load(Ordering::Relaxed);
        assert!(dropped >= 10, "dropped {dropped}");
        // Once the client catches up, it gets one full redraw.
        let _ = drain(&mut stalled);
        h.step(Instant::now());
        let (bytes, _) = drain(&mut stalled);
        assert!(!bytes.is_empty());
        assert_eq!(h.stats.resyncs.load(Ordering::Relaxed), 1);
        assert!(screen_text(&bytes).contains("2025 Q1"));
    }

    #[test]
    fn the_countdown_fills_in_and_tells_the_seat() {
        let mut h = hub(1, &[Seat::Oracle, Seat::Utility], 16);
        let t0 = Instant::now();
        let _o = open(&mut h, 1, oracle(), 16);
        let _f = open(&mut h, 2, Login::Facilitator, 16);
        h.run_cmd(2, Cmd::SetLimit(0, Some(Duration::from_secs(60))), t0)
            .unwrap();
        keys(&mut h, 1, b"s");
        keys(&mut h, 1, b"y");
        h.step(t0 + Duration::from_secs(30));
        assert_eq!(
            h.tables[0].state.game.turns.len(),
            0,
            "utility has time left"
        );
        h.step(t0 + Duration::from_secs(61));
        assert_eq!(h.tables[0].state.game.turns.len(), 1);
        let notice = h.tables[0].seats[Seat::Utility.index()].app.notice.clone();
        assert!(notice.unwrap().contains("standing orders"));
        assert_eq!(
            app(&h, Seat::Oracle).notice,
            None,
            "oracle submitted in time"
        );
    }

    #[test]
    fn pause_holds_the_seats_and_overrides_and_rewinds_reach_them() {
        let mut h = hub(1, &[Seat::Oracle], 16);
        let now = Instant::now();
        let mut rx = open(&mut h, 1, oracle(), 16);
        let _f = open(&mut h, 2, Login::Facilitator, 16);
        pause_holds_the_seat(&mut h, &mut rx, now);
        let meant = crate::save::Intent {
            text: "borrow before spreads widen".into(),
            expect: None,
        };
        let seat_app = &mut h.tables[0].seats[Seat::Oracle.index()].app;
        let drafting = seat_app.session.as_mut().unwrap();
        drafting.set_intent(Seat::Oracle, Some(meant.clone()));
        keys(&mut h, 1, b"2");
        keys(&mut h, 1, RIGHT);
        keys(&mut h, 1, b"s");
        keys(&mut h, 1, b"y");
        assert_eq!(h.tables[0].state.game.turns.len(), 1);
        let submitted = h.tables[0].state.game.turns[0].orders.oracle.clone();
        an_override_reaches_the_seat(&mut h, now);
        a_rewind_gives_the_orders_back(&mut h, now, submitted, &meant);
    }

    /// The facilitator pauses table 0: the seat is told and its keys do nothing until resumed.
    fn pause_holds_the_seat(h: &mut Hub, rx: &mut Receiver<Out>, now: Instant) {
        h.run_cmd(2, Cmd::Pause(0), now).unwrap();
        h.step(now);
        let (bytes, _) = drain(rx);
        assert!(screen_text(&bytes).contains("Paused by the facilitator"));
        keys(h, 1, b"2");
        assert!(matches!(&app(h, Seat::Oracle).screen, Screen::Play(p) if p.tab == Tab::Dashboard));
        h.run_cmd(2, Cmd::Pause(0), now).unwrap();
    }

    /// An override of the stock index reaches the seat's game, with a notice of its reason.
    fn an_override_reaches_the_seat(h: &mut Hub, now: Instant) {
        h.run_cmd(
            2,
            Cmd::Override {
                table: 0,
                pointer: "/market/index".into(),
                label: "Stock index".into(),
                value: serde_json::json!(42.0),
                reason: "A crash the model missed".into(),
            },
            now,
        )
        .unwrap();
        let seat_game = &app(h, Seat::Oracle).session.as_ref().unwrap().game;
        assert_eq!(seat_game.world.market.index, 42.0);
        let notice = app(h, Seat::Oracle).notice.clone().unwrap();
        assert!(notice.contains("Stock index") && notice.contains("A crash the model missed"));
    }

    /// Rewinding the quarter gives the seat back its `submitted` orders and the intent it
    /// `meant`, and the log keeps the pause and the rewind but not the rewound override.
    fn a_rewind_gives_the_orders_back(
        h: &mut Hub,
        now: Instant,
        submitted: crate::engine::orders::OracleOrders,
        meant: &crate::save::Intent,
    ) {
        h.run_cmd(2, Cmd::Rewind(0, "Typo in the orders".into()), now)
            .unwrap();
        assert_eq!(h.tables[0].state.game.turns.len(), 0);
        let app = app(h, Seat::Oracle);
        assert!(matches!(app.screen, Screen::Play(_)));
        let session = app.session.as_ref().unwrap();
        assert!(session.game.turns.is_empty());
        assert_eq!(
            session.draft(Seat::Oracle),
            crate::engine::SeatOrders::Oracle(submitted)
        );
        assert_eq!(
            session.intent(Seat::Oracle),
            Some(meant),
            "the intent is given back with the orders"
        );
        assert!(app.notice.clone().unwrap().contains("Typo in the orders"));
        let actions: Vec<&FacilitatorAction> = h.tables[0]
            .state
            .meta
            .facilitator
            .iter()
            .map(|e| &e.action)
            .collect();
        assert!(
            actions
                .iter()
                .any(|a| matches!(a, FacilitatorAction::Rewound { .. }))
        );
        assert!(
            actions.iter().any(
                |a| matches!(a, FacilitatorAction::Note { text } if text.starts_with("Paused"))
            )
        );
        // The override went with the rewound quarter; the rewind's reason names it.
        assert!(
            !actions
                .iter()
                .any(|a| matches!(a, FacilitatorAction::Override { .. }))
        );
    }

    const DOWN: &[u8] = b"\x1b[B";

    /// Everything a client has been sent so far, as its screen shows it.
    fn screen(rx: &mut Receiver<Out>, bytes: &mut Vec<u8>) -> String {
        bytes.extend(drain(rx).0);
        screen_text(bytes)
    }

    #[test]
    fn the_facilitator_schedules_moves_and_drops_injects_and_they_fire_on_their_quarter() {
        let mut h = hub(1, &[Seat::Oracle], 16);
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join("t1.json.gz");
        h.tables[0].state.save_path = Some(save.clone());
        let _o = open(&mut h, 1, oracle(), 16);
        let mut console = open(&mut h, 2, Login::Facilitator, 64);
        let mut seen = Vec::new();
        // l timeline, n new, the deck's second card, quarter 2, a note.
        keys(&mut h, 2, b"ln");
        keys(&mut h, 2, DOWN);
        keys(&mut h, 2, b"\r2\rAsk about hedges\r");
        let second = h.tables[0].state.game.world.params.events[1].id.clone();
        let entries = &h.tables[0].state.timeline.entries;
        assert_eq!(entries.len(), 1);
        assert_eq!(
            (entries[0].quarter, entries[0].card.as_str()),
            (2, second.as_str())
        );
        assert_eq!(entries[0].note, "Ask about hedges");
        assert!(screen(&mut console, &mut seen).contains("Q2"));
        // + moves it a quarter later, - back; a quarter before the one played is refused.
        keys(&mut h, 2, b"+");
        assert_eq!(h.tables[0].state.timeline.entries[0].quarter, 3);
        keys(&mut h, 2, b"--");
        assert_eq!(h.tables[0].state.timeline.entries[0].quarter, 1);
        keys(&mut h, 2, b"-");
        assert_eq!(h.tables[0].state.timeline.entries[0].quarter, 1);
        assert!(screen(&mut console, &mut seen).contains("allowed 1"));
        // A second entry, then dropped.
        keys(&mut h, 2, b"n\r5\r\r");
        assert_eq!(h.tables[0].state.timeline.entries.len(), 2);
        keys(&mut h, 2, DOWN);
        keys(&mut h, 2, b"x");
        assert_eq!(h.tables[0].state.timeline.entries.len(), 1);
        // Every change is logged, noted for the debrief and kept beside the save.
        let log = h.tables[0].log.join("\n");
        for what in ["scheduled", "moved scheduled", "dropped scheduled"] {
            assert!(log.contains(what), "{what}: {log}");
        }
        let notes = h.tables[0]
            .state
            .meta
            .facilitator
            .iter()
            .filter(|e| matches!(&e.action, FacilitatorAction::Note { text } if text.starts_with("Inject timeline")))
            .count();
        assert_eq!(notes, 6, "add, three moves, add, drop");
        let kept = std::fs::read_to_string(super::super::timeline::path_beside(&save)).unwrap();
        assert!(
            kept.contains(&second) && kept.contains("quarter = 1"),
            "{kept}"
        );
        // Quarter 1 resolves: the card goes in through the live injects' path.
        keys(&mut h, 1, b"sy");
        let turn = &h.tables[0].state.game.turns[0];
        assert!(
            turn.orders
                .injects
                .iter()
                .any(|i| matches!(i, crate::engine::orders::Inject::Card { id } if *id == second))
        );
        assert!(
            turn.report
                .events
                .iter()
                .any(|e| e.id == second && e.injected)
        );
        assert!(
            h.tables[0]
                .log
                .iter()
                .any(|l| l.contains("scheduled inject fired"))
        );
        // Now it has fired it stays put.
        keys(&mut h, 2, b"lx");
        assert_eq!(h.tables[0].state.timeline.entries.len(), 1);
    }

    #[test]
    fn the_board_shows_who_is_drafting_for_how_long_and_the_countdown() {
        let t0 = Instant::now();
        let clock_at = Arc::new(std::sync::Mutex::new(t0));
        let read = clock_at.clone();
        let mut h = hub(2, &[Seat::Oracle, Seat::Utility, Seat::OpenAi], 16)
            .with_clock(Arc::new(move || *read.lock().unwrap()));
        let at = |m: u64| t0 + Duration::from_secs(m * 60);
        let send = |h: &mut Hub, id, bytes: &[u8], now| {
            h.handle(
                HubEvent::Input {
                    conn: id,
                    bytes: bytes.to_vec(),
                },
                now,
            );
            h.step(now);
        };
        let _o = open_at(&mut h, 1, oracle(), 100, t0);
        let utility = Login::Seat {
            table: 0,
            seat: Seat::Utility,
        };
        let _u = open_at(&mut h, 3, utility, 100, t0);
        let mut console = open_at(&mut h, 2, Login::Facilitator, 120, t0);
        h.run_cmd(2, Cmd::SetLimit(0, Some(Duration::from_secs(600))), t0)
            .unwrap();
        send(&mut h, 1, b"2", at(1));
        send(&mut h, 3, b"sy", at(2));
        h.handle(HubEvent::Closed { conn: 3 }, at(2));
        send(&mut h, 2, b"u", at(4));
        let mut bytes = drain(&mut console).0;
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut parser = vt100::Parser::new(nz(30), nz(120), 0);
        parser.process(&bytes);
        let text = parser.screen().contents();
        assert!(text.contains("Submission board"), "{text}");
        let row1 = text
            .lines()
            .find(|l| l.contains("▶ 1 Q1"))
            .unwrap_or_default();
        // OpenAI never joined, Oracle drafting since its key 3 minutes ago and online,
        // the utility submitted and then left, the White House a bot; 6 minutes left.
        assert!(row1.contains("⏱ 06:00"), "{row1}");
        assert!(row1.contains("not joined"), "{row1}");
        assert!(row1.contains("●✎ drafting 3m"), "{row1}");
        assert!(row1.contains("○✓ submitted"), "{row1}");
        assert!(row1.contains("bot"), "{row1}");
        let row2 = text
            .lines()
            .find(|l| l.contains(" 2 Q1 "))
            .unwrap_or_default();
        assert!(
            row2.contains("–") && !row2.contains("⏱"),
            "table 2 has no timer: {row2}"
        );
        // A minute later the board counts on.
        bytes.clear();
        h.step(at(5));
        bytes.extend(drain(&mut console).0);
        parser.process(&bytes);
        let text = parser.screen().contents();
        assert!(text.contains("drafting 4m"), "{text}");
        assert!(text.contains("⏱ 05:00"), "{text}");
    }

    #[test]
    fn a_quarter_waits_for_its_players_before_its_countdown_runs() {
        let t0 = Instant::now();
        let at = |s: u64| t0 + Duration::from_secs(s);
        let mut h = hub(1, &[Seat::Oracle], 16).with_clock(Arc::new(move || t0));
        let mut console = open_at(&mut h, 2, Login::Facilitator, 120, t0);
        h.run_cmd(2, Cmd::SetLimit(0, Some(Duration::from_secs(60))), t0)
            .unwrap();
        // The server is up long before the room: the first quarter does not run out.
        h.step(at(3600));
        assert_eq!(h.tables[0].state.game.turns.len(), 0);
        let mut seen = Vec::new();
        let text = screen(&mut console, &mut seen);
        assert!(text.contains("clock waits for the players"), "{text}");
        // Oracle sits down: the minute starts then.
        let _o = open_at(&mut h, 1, oracle(), 100, at(3600));
        h.step(at(3629));
        assert_eq!(h.tables[0].state.game.turns.len(), 0);
        // It leaves with 30 seconds to go: the clock stops with it.
        h.handle(HubEvent::Closed { conn: 1 }, at(3630));
        h.step(at(7200));
        assert_eq!(h.tables[0].state.game.turns.len(), 0);
        assert_eq!(
            h.tables[0].state.remaining(at(7200)),
            Some(Duration::from_secs(30))
        );
        // Back again, the quarter closes on its last 30 seconds.
        let _o = open_at(&mut h, 3, oracle(), 100, at(7200));
        h.step(at(7229));
        assert_eq!(h.tables[0].state.game.turns.len(), 0);
        h.step(at(7230));
        assert_eq!(h.tables[0].state.game.turns.len(), 1);
    }

    #[test]
    fn the_run_sheet_shows_the_phase_and_the_next_and_warns_when_late() {
        let t0 = Instant::now();
        let mut h = hub(1, &[Seat::Oracle], 16).with_clock(Arc::new(move || t0));
        h.agenda = crate::serve::agenda::Agenda::builtin(Lang::En, 16);
        h.timers_follow_agenda = vec![true];
        let mut console = open(&mut h, 2, Login::Facilitator, 64);
        let mut seen = Vec::new();
        let at = |m: u64| t0 + Duration::from_secs(m * 60);
        h.step(at(5));
        let text = screen(&mut console, &mut seen);
        assert!(text.contains("Now: Welcome"), "{text}");
        assert!(text.contains("Next: Briefings at 0:10"), "{text}");
        assert!(!text.contains("late"), "{text}");
        // Quarter 1 is due to close at 0:38; at 0:50 the table is still on it.
        h.handle(
            HubEvent::Input {
                conn: 2,
                bytes: b"m".to_vec(),
            },
            at(50),
        );
        h.step(at(50));
        let text = screen(&mut console, &mut seen);
        assert!(
            text.contains("Now: First quarter, learning the screens (quarter 1)"),
            "{text}"
        );
        assert!(text.contains("12 min late"), "{text}");
        assert!(
            text.contains("Has every seat found its orders tab"),
            "{text}"
        );
        // The quarter resolves: the next quarter's timer comes from the run sheet (7 min).
        h.resolve(0, at(50));
        assert_eq!(h.tables[0].state.turn_limit, Some(Duration::from_secs(420)));
        // g restarts the run sheet's clock: nobody is late any more.
        h.handle(
            HubEvent::Input {
                conn: 2,
                bytes: b"gy".to_vec(),
            },
            at(51),
        );
        assert_eq!(h.agenda_start, at(51));
        // A timer set by hand holds over the run sheet's.
        h.run_cmd(2, Cmd::SetLimit(0, Some(Duration::from_secs(60))), at(52))
            .unwrap();
        h.resolve(0, at(53));
        assert_eq!(h.tables[0].state.turn_limit, Some(Duration::from_secs(60)));
    }

    #[test]
    fn ending_the_game_and_handing_a_seat_to_a_bot() {
        let mut h = hub(1, &[Seat::Oracle, Seat::Utility], 16);
        let now = Instant::now();
        let _f = open(&mut h, 9, Login::Facilitator, 16);
        let mut rx = open(&mut h, 1, oracle(), 16);
        h.run_cmd(9, Cmd::SetHuman(0, Seat::Oracle, false), now)
            .unwrap();
        let (bytes, closed) = drain(&mut rx);
        assert!(closed, "the seat's connection closes when a bot takes over");
        assert!(String::from_utf8_lossy(&bytes).contains("played by a bot"));
        assert_eq!(h.tables[0].status(Seat::Oracle), SeatStatus::Bot);
        h.run_cmd(9, Cmd::End(0), now).unwrap();
        assert!(h.tables[0].state.ended);
        assert!(matches!(
            h.tables[0].seats[Seat::Utility.index()].app.screen,
            Screen::GameOver { .. }
        ));
        assert!(h.run_cmd(9, Cmd::End(3), now).is_err(), "no such table");
    }
}
