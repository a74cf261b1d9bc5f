//! No lost decisions: two workshop tables of four human seats play a whole game through the
//! server's own session code (the hub: connections, seat apps, tables, saves) on a clock the
//! test moves. Every quarter a tenth of the seats' connections drop, some while drafting and
//! some after submitting. Every submitted order and intent must reach the save, and a seat that
//! reconnects must find its draft (orders and intent) where it left it.

use crossterm::event::KeyCode;
use overbuild::engine::{Seat, SeatOrders};
use overbuild::game::{Controllers, Game, SeatRole};
use overbuild::i18n::Lang;
use overbuild::save::{Intent, SaveFile, SaveMeta};
use overbuild::serve::codes::Login;
use overbuild::serve::hub::{ConnId, Hub, HubEvent, Out};
use overbuild::serve::table::TableState;
use rand::{RngExt, SeedableRng};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc::{Receiver, channel};

const TABLES: usize = 2;
const SEATS: usize = TABLES * 4;
/// A tenth of the seats' connections each quarter, at least one.
const DROPS_PER_QUARTER: usize = SEATS.div_ceil(10);
const QUEUE: usize = 64;

struct Room {
    hub: Hub,
    now: Instant,
    next_conn: ConnId,
    /// Each seat's live connection and its output queue (kept drained).
    conns: BTreeMap<(usize, Seat), (ConnId, Receiver<Out>)>,
}

impl Room {
    fn new(saves: &[PathBuf]) -> Room {
        let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
        let roles = [
            SeatRole::Human,
            SeatRole::Human,
            SeatRole::Human,
            SeatRole::Human,
        ];
        let states = saves
            .iter()
            .enumerate()
            .map(|(i, path)| {
                let mut t = TableState::new(
                    i,
                    Game::new(scenario.clone(), 11),
                    roles.clone(),
                    Controllers::bots_except(None),
                    SaveMeta::new(roles.clone()),
                );
                t.save_path = Some(path.clone());
                t
            })
            .collect();
        // The hub's own clock stands still; the test hands it every moment explicitly.
        let start = Instant::now();
        let hub = Hub::new(states, Lang::En, QUEUE, Arc::new(|_: &str| {}))
            .with_clock(Arc::new(move || start));
        Room {
            hub,
            now: start,
            next_conn: 1,
            conns: BTreeMap::new(),
        }
    }

    fn tick(&mut self) {
        self.now += Duration::from_secs(7);
        self.hub.step(self.now);
        for (_, rx) in self.conns.values_mut() {
            while rx.try_recv().is_ok() {}
        }
    }

    fn connect(&mut self, table: usize, seat: Seat) {
        let (tx, rx) = channel(QUEUE);
        let conn = self.next_conn;
        self.next_conn += 1;
        let open = HubEvent::Open {
            conn,
            login: Login::Seat { table, seat },
            width: 120,
            height: 40,
            lang: None,
            out: tx,
        };
        self.hub.handle(open, self.now);
        self.conns.insert((table, seat), (conn, rx));
        self.tick();
    }

    fn drop_conn(&mut self, table: usize, seat: Seat) {
        let (conn, _) = self.conns.remove(&(table, seat)).expect("connected");
        self.hub.handle(HubEvent::Closed { conn }, self.now);
        self.tick();
    }

    fn bytes(&mut self, table: usize, seat: Seat, bytes: &[u8]) {
        let conn = self.conns[&(table, seat)].0;
        let input = HubEvent::Input {
            conn,
            bytes: bytes.to_vec(),
        };
        // Keys are taken in at once; the hub draws and resolves on the next tick.
        self.hub.handle(input, self.now);
    }

    fn key(&mut self, table: usize, seat: Seat, code: KeyCode) {
        let bytes: &[u8] = match code {
            KeyCode::Enter => b"\r",
            KeyCode::Right => b"\x1b[C",
            KeyCode::Down => b"\x1b[B",
            KeyCode::Char(c) => return self.bytes(table, seat, c.to_string().as_bytes()),
            other => panic!("no bytes for {other:?}"),
        };
        self.bytes(table, seat, bytes);
    }

    fn session(&self, table: usize, seat: Seat) -> &overbuild::tui::Session {
        let app = &self.hub.tables[table].seats[seat.index()].app;
        app.session.as_ref().expect("a seat's session")
    }

    /// The seat's draft: its orders and its intent.
    fn draft(&self, table: usize, seat: Seat) -> (SeatOrders, Option<Intent>) {
        let s = self.session(table, seat);
        (s.draft(seat), s.intent(seat).cloned())
    }
}

/// Drafts this quarter's orders (one field changed, a different one each quarter) and an
/// intent with an expected figure, without submitting.
fn draft(room: &mut Room, table: usize, seat: Seat, quarter: usize) {
    room.key(table, seat, KeyCode::Char('2'));
    for _ in 0..(quarter + table) % 3 {
        room.key(table, seat, KeyCode::Down);
    }
    room.key(table, seat, KeyCode::Right);
    room.key(table, seat, KeyCode::Char('e'));
    room.bytes(
        table,
        seat,
        format!("t{} {} q{quarter}: hold", table + 1, seat.id()).as_bytes(),
    );
    room.key(table, seat, KeyCode::Down);
    room.key(table, seat, KeyCode::Right);
    room.key(table, seat, KeyCode::Enter);
    room.tick();
}

fn submit(room: &mut Room, table: usize, seat: Seat) {
    room.key(table, seat, KeyCode::Char('s'));
    room.key(table, seat, KeyCode::Char('y'));
    room.tick();
}

#[test]
fn dropped_connections_lose_no_order_no_intent_and_no_draft() {
    let dir = tempfile::tempdir().unwrap();
    let saves: Vec<PathBuf> = (1..=TABLES)
        .map(|t| dir.path().join(format!("ws-t{t}.json.gz")))
        .collect();
    let mut room = Room::new(&saves);
    let everyone: Vec<(usize, Seat)> = (0..TABLES)
        .flat_map(|t| Seat::ALL.map(|s| (t, s)))
        .collect();
    for &(t, s) in &everyone {
        room.connect(t, s);
    }
    let quarters = room.hub.tables[0].state.game.scenario.params.scenario.turns as usize;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(20);
    // What each seat submitted, by (table, quarter, seat).
    let mut sent: BTreeMap<(usize, usize, Seat), (SeatOrders, Option<Intent>)> = BTreeMap::new();
    let mut reconnects = 0;
    for q in 0..quarters {
        // Which seats drop this quarter, and whether before or after submitting.
        let mut dropping = Vec::new();
        while dropping.len() < DROPS_PER_QUARTER {
            let pick = everyone[rng.random_range(0..SEATS)];
            if !dropping.iter().any(|(who, _)| *who == pick) {
                dropping.push((pick, rng.random_bool(0.5)));
            }
        }
        for &(t, s) in &everyone {
            draft(&mut room, t, s, q);
            let drafted = room.draft(t, s);
            assert!(drafted.1.is_some(), "t{t} {s:?} q{q}: the intent was kept");
            let drop = dropping.iter().find(|(who, _)| *who == (t, s));
            if let Some((_, after_submit)) = drop
                && !after_submit
            {
                // Dropped mid-draft: a minute later the seat is back and finds it all.
                room.drop_conn(t, s);
                room.now += Duration::from_secs(60);
                room.connect(t, s);
                reconnects += 1;
                assert_eq!(room.draft(t, s), drafted, "t{t} {s:?} q{q}: draft kept");
            }
            sent.insert((t, q, s), drafted);
            submit(&mut room, t, s);
            if let Some((_, true)) = drop {
                room.drop_conn(t, s);
                room.now += Duration::from_secs(30);
                room.connect(t, s);
                reconnects += 1;
            }
        }
        for t in 0..TABLES {
            assert_eq!(
                room.hub.tables[t].state.game.turns.len(),
                q + 1,
                "t{t} q{q}"
            );
        }
        // The results screen, then the next quarter's form.
        for &(t, s) in &everyone {
            room.key(t, s, KeyCode::Enter);
        }
        room.tick();
    }
    assert_eq!(reconnects, quarters * DROPS_PER_QUARTER);

    for (t, path) in saves.iter().enumerate() {
        let save = SaveFile::read(path).unwrap();
        assert_eq!(save.turns.len(), quarters, "t{t}: every quarter saved");
        let params = &room.hub.tables[t].state.game.scenario.params;
        for (q, record) in save.turns.iter().enumerate() {
            for seat in Seat::ALL {
                let (orders, intent) = &sent[&(t, q, seat)];
                let mut as_sent = record.orders.clone();
                as_sent.set_seat(orders.clone());
                let expected = overbuild::engine::orders::sanitize(&as_sent, params).seat(seat);
                assert_eq!(record.orders.seat(seat), expected, "t{t} q{q} {seat:?}");
                let saved = record
                    .intents
                    .iter()
                    .find(|i| i.seat == seat)
                    .map(|i| &i.intent);
                assert_eq!(saved, intent.as_ref(), "t{t} q{q} {seat:?}: intent");
            }
        }
        let replay = overbuild::save::Replay::load(path).unwrap();
        assert!(replay.is_exact(), "t{t}: the save replays bit for bit");
    }
}
