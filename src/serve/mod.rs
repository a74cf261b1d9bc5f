//! The workshop server: `overbuild serve` hosts one game (or several tables) over SSH. Teams
//! join with a plain `ssh -p 2222 oracle@HOST` and the seat's join code as the password and get
//! that seat's full screen; the facilitator joins as `facilitator` and gets the console.
//!
//! - `codes`: login names and join codes; `guard`: delays and budgets after failed codes.
//! - `listen`: the accept loop (caps on connections, login timeout, accept errors survived).
//! - `ssh`: the russh server (password only, one session, nothing but the game).
//! - `status`: the host's status lines on stdout, which may fail without harm.
//! - `hub`: the game thread (tables, seat apps, terminals, bounded output queues).
//! - `table`: one table's rules of play (submissions, countdown, injects, overrides, rewind).
//! - `console`, `projector`: the facilitator's screens.
//! - `term`: bytes in to key events, frames out to bytes.

pub mod agenda;
pub mod board;
pub mod codes;
pub mod console;
pub mod guard;
pub mod hub;
pub mod listen;
pub mod projector;
pub mod ssh;
pub mod status;
pub mod table;
pub mod term;
pub mod timeline;

use crate::bots::BotSpec;
use crate::cli::GlobalArgs;
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::error::UserError;
use crate::game::{Controllers, Game, SeatRole};
use crate::i18n::{Lang, Texts};
use crate::paths::Paths;
use crate::save::SaveMeta;
use codes::{Codes, Login, TableCodes};
use hub::{Hub, HubEvent, Stats, StatusSink};
use russh::keys::{HashAlg, PrivateKey};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;
use table::TableState;

/// `overbuild serve`.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address to listen on. The default lets only this computer in; use 0.0.0.0 (or the
    /// machine's address on the room's network) to let the teams' laptops join.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: String,
    /// Port to listen on (0 picks a free one and prints it).
    #[arg(long, default_value_t = 2222, value_name = "PORT")]
    pub port: u16,
    /// A built-in scenario's id or a scenario file.
    #[arg(long, value_name = "NAME|PATH")]
    pub scenario: Option<String>,
    /// The game's seed (random and printed when not given); every table plays the same one.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Seats played by bots at every table, comma-separated: `utility,whitehouse`, or with a
    /// personality and level, `utility=baseline:hard`.
    #[arg(long, value_name = "SEATS", value_delimiter = ',')]
    pub bots: Vec<String>,
    /// Continue a workshop from its save (one --resume per table).
    #[arg(long, value_name = "FILE")]
    pub resume: Vec<PathBuf>,
    /// Independent games on one server (seat logins become t1-oracle, t2-oracle, ...).
    #[arg(long, value_name = "N")]
    pub tables: Option<usize>,
    /// Minutes per quarter before standing orders fill in (the facilitator can change it).
    #[arg(long, value_name = "MIN")]
    pub minutes: Option<f64>,
    /// Most connections at once, logged in or not (further ones are told the server is full).
    #[arg(long, value_name = "N", default_value_t = listen::Limits::default().total)]
    pub max_connections: usize,
    /// Most connections still logging in from one address (logged-in ones do not count).
    #[arg(long, value_name = "N", default_value_t = listen::Limits::default().per_address)]
    pub max_per_address: usize,
    /// Seconds a connection has to log in before it is closed.
    #[arg(long, value_name = "SECS", default_value_t = listen::Limits::default().login_timeout.as_secs())]
    pub login_timeout: u64,
    /// A TOML schedule of injects by quarter (event card, table, facilitator's note); see
    /// assets/workshop/injects.toml.
    #[arg(long, value_name = "FILE")]
    pub injects: Option<PathBuf>,
    /// A TOML run sheet: the workshop's phases, their minutes and questions (a three-hour,
    /// four-table one is built in; see assets/workshop/agenda.toml).
    #[arg(long, value_name = "FILE")]
    pub agenda: Option<PathBuf>,
    /// Offer tutorial tables: anyone logging in as `tutorial` plays the guided first game on
    /// a table of their own (saved nowhere), and the run sheet keeps its tutorial phase.
    #[arg(long)]
    pub tutorial: bool,
}

impl Default for ServeArgs {
    fn default() -> ServeArgs {
        ServeArgs {
            bind: "127.0.0.1".into(),
            port: 2222,
            scenario: None,
            seed: None,
            bots: Vec::new(),
            resume: Vec::new(),
            tables: None,
            minutes: None,
            max_connections: listen::Limits::default().total,
            max_per_address: listen::Limits::default().per_address,
            login_timeout: listen::Limits::default().login_timeout.as_secs(),
            injects: None,
            agenda: None,
            tutorial: false,
        }
    }
}

/// Most tables one server hosts.
pub const MAX_TABLES: usize = 16;
/// Frames queued per client; past this the server drops frames for that client.
pub const QUEUE_FRAMES: usize = 16;
/// Events (keys, resizes, connections) waiting for the game thread; keys past this are dropped.
pub const EVENT_QUEUE: usize = 8192;

/// Everything checked and loaded before the server starts.
pub struct Prepared {
    pub bind: IpAddr,
    pub port: u16,
    pub tables: Vec<TableState>,
    pub codes: Codes,
    pub host_key: PrivateKey,
    pub host_key_path: PathBuf,
    pub data_dir: PathBuf,
    pub lang: Lang,
    pub seed: u64,
    pub resumed: bool,
    pub limits: listen::Limits,
    /// The run sheet; each quarter's countdown follows it unless `--minutes` was given.
    pub agenda: agenda::Agenda,
    pub timers_follow_agenda: bool,
}

/// Where the server's time comes from; tests give their own so runs are repeatable.
pub type Clock = Arc<dyn Fn() -> std::time::Instant + Send + Sync>;

fn parse_bots(items: &[String]) -> Result<Vec<BotSpec>, UserError> {
    let mut specs: Vec<BotSpec> = Vec::new();
    for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let spec = if item.contains('=') {
            item.parse::<BotSpec>()
                .map_err(|e| UserError(e.replace("--bot ", "--bots ")))?
        } else {
            let seat = Seat::parse(item).ok_or_else(|| {
                UserError(format!(
                    "--bots {item}: unknown seat: use openai, oracle, utility or whitehouse"
                ))
            })?;
            BotSpec::baseline(seat)
        };
        specs.retain(|s| s.seat != spec.seat);
        specs.push(spec);
    }
    Ok(specs)
}

/// Where a table's join codes are kept: beside its save, readable by the owner only.
pub fn codes_path(save: &Path) -> PathBuf {
    let name = save
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(crate::save::EXTENSION).unwrap_or(&name);
    save.with_file_name(format!("{stem}.codes.toml"))
}

/// Loads or makes the server's ed25519 host key (made once, kept in the data directory).
pub fn host_key(path: &Path) -> Result<PrivateKey, UserError> {
    if path.exists() {
        return PrivateKey::read_openssh_file(path).map_err(|e| {
            UserError(format!(
                "{}: cannot read the SSH host key: {e} (move it away to make a new one)",
                path.display()
            ))
        });
    }
    if let Some(dir) = path.parent() {
        Paths::ensure(dir).map_err(UserError)?;
    }
    let key = PrivateKey::random(&mut rand::rng(), russh::keys::Algorithm::Ed25519)
        .map_err(|e| UserError(format!("cannot make an SSH host key: {e}")))?;
    let text = key
        .to_openssh(russh::keys::ssh_key::LineEnding::LF)
        .map_err(|e| UserError(format!("cannot encode the SSH host key: {e}")))?;
    // Private from the moment it exists; an existing file is never replaced.
    codes::write_private(path, text.as_bytes(), false).map_err(|e| {
        UserError(format!(
            "{}: cannot write the SSH host key: {e}",
            path.display()
        ))
    })?;
    Ok(key)
}

/// Checks the arguments, loads or makes the games, the codes and the host key, and writes a
/// first save of every table (so `--resume` works from the start).
pub fn prepare(global: &GlobalArgs, args: &ServeArgs) -> Result<Prepared, UserError> {
    let lang = parse_lang(global)?;
    let bind = parse_bind(args)?;
    let specs = parse_bots(&args.bots)?;
    let limits = limits(args)?;
    check_minutes(args)?;
    let paths = Paths::resolve(global.data_dir.as_deref()).ok_or_else(|| {
        UserError("no home directory to keep saves and the host key in: use --data-dir DIR".into())
    })?;
    Paths::ensure(&paths.data).map_err(UserError)?;
    let store = crate::save::SaveStore::at(&paths).map_err(|e| UserError(e.to_string()))?;

    let mut codes = Codes::generate(args.resume.len().max(args.tables.unwrap_or(1)).max(1));
    let resumed = !args.resume.is_empty();
    let (mut tables, seed) = if resumed {
        resume_tables(args, &specs, &mut codes)?
    } else {
        new_tables(args, &specs, &store)?
    };
    codes.tables.truncate(tables.len());
    let mut agenda = load_agenda(args, lang, &tables)?;
    if args.tutorial {
        codes.enable_tutorial();
    } else {
        agenda.drop_tutorial();
    }
    load_timelines(args, &mut tables)?;
    first_save(args, &agenda, &codes, &mut tables)?;
    let host_key_path = paths.host_key();
    let host_key = host_key(&host_key_path)?;
    Ok(Prepared {
        bind,
        port: args.port,
        tables,
        codes,
        host_key,
        host_key_path,
        data_dir: paths.data.clone(),
        lang,
        seed,
        resumed,
        limits,
        agenda,
        timers_follow_agenda: args.minutes.is_none(),
    })
}

fn parse_lang(global: &GlobalArgs) -> Result<Lang, UserError> {
    Ok(match &global.lang {
        Some(code) => Lang::parse(code).ok_or_else(|| {
            UserError(format!(
                "--lang {code}: unknown language; use en or zh-Hant"
            ))
        })?,
        None => Lang::En,
    })
}

fn parse_bind(args: &ServeArgs) -> Result<IpAddr, UserError> {
    args.bind.trim().parse().map_err(|_| {
        UserError(format!(
            "--bind {}: not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface)",
            args.bind
        ))
    })
}

fn check_minutes(args: &ServeArgs) -> Result<(), UserError> {
    if let Some(m) = args.minutes
        && !(m.is_finite() && (0.0..=600.0).contains(&m))
    {
        return Err(UserError(format!("--minutes {m}: allowed 0 to 600")));
    }
    Ok(())
}

/// The tables of `--resume` files, with the codes kept beside them, and the first one's seed.
fn resume_tables(
    args: &ServeArgs,
    specs: &[BotSpec],
    codes: &mut Codes,
) -> Result<(Vec<TableState>, u64), UserError> {
    if let Some(n) = args.tables
        && n != args.resume.len()
    {
        return Err(UserError(format!(
            "--tables {n} with {} --resume file(s): give one --resume per table",
            args.resume.len()
        )));
    }
    if args.scenario.is_some() || args.seed.is_some() {
        return Err(UserError(
            "--resume continues a saved game: its scenario and seed come from the save".into(),
        ));
    }
    let mut tables = Vec::new();
    let mut first_seed = None;
    for (i, path) in args.resume.iter().enumerate() {
        let (game, mut meta) =
            crate::save::load_game(path).map_err(|e| UserError(e.to_string()))?;
        first_seed.get_or_insert(game.seed);
        for spec in specs {
            meta.roles[spec.seat.index()] = spec.role();
        }
        let roles = meta.roles.clone();
        let controllers = Controllers::with_bots(None, &bot_specs(&roles, specs)).explaining();
        let mut t = TableState::new(i, game, roles, controllers, meta);
        t.note(format!(
            "Workshop server restarted in {}",
            t.game.world.date
        ));
        t.save_path = Some(path.clone());
        if let Some(kept) = TableCodes::read(&codes_path(path)) {
            if i == 0 {
                codes.facilitator = kept.facilitator.clone();
            }
            codes.tables[i] = kept;
        }
        tables.push(t);
    }
    Ok((tables, first_seed.unwrap_or(0)))
}

/// `--tables` new games of one scenario and seed, each in a fresh save slot.
fn new_tables(
    args: &ServeArgs,
    specs: &[BotSpec],
    store: &crate::save::SaveStore,
) -> Result<(Vec<TableState>, u64), UserError> {
    let n = args.tables.unwrap_or(1);
    if !(1..=MAX_TABLES).contains(&n) {
        return Err(UserError(format!(
            "--tables {n}: allowed 1 to {MAX_TABLES}"
        )));
    }
    let scenario =
        crate::scenario::load(args.scenario.as_deref().unwrap_or(crate::scenario::DEFAULT))?;
    let seed = args.seed.unwrap_or_else(crate::tui::random_seed);
    let roles: [SeatRole; 4] = Seat::ALL.map(|s| {
        specs
            .iter()
            .find(|b| b.seat == s)
            .map_or(SeatRole::Human, |b| b.role())
    });
    let base = slot_base(store, n);
    let mut tables = Vec::new();
    for i in 0..n {
        let game = Game::new(scenario.clone(), seed);
        let controllers = Controllers::with_bots(None, specs).explaining();
        let mut meta = SaveMeta::new(roles.clone());
        meta.name = Some(format!("{base}-t{}", i + 1));
        let mut t = TableState::new(i, game, roles.clone(), controllers, meta);
        t.save_path = Some(
            store
                .slot_path(&format!("{base}-t{}", i + 1))
                .map_err(|e| UserError(e.to_string()))?,
        );
        tables.push(t);
    }
    Ok((tables, seed))
}

/// The save slots' shared name, `workshop-<UTC stamp>`, made unique against the store.
fn slot_base(store: &crate::save::SaveStore, n: usize) -> String {
    let stamp: String = crate::save::format_utc(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    )
    .chars()
    .filter(|c| c.is_ascii_digit())
    .collect();
    let mut base = format!("workshop-{stamp}");
    let mut k = 2;
    while (1..=n).any(|i| store.slot_exists(&format!("{base}-t{i}"))) {
        base = format!("workshop-{stamp}-{k}");
        k += 1;
    }
    base
}

/// Sets each table's countdown (`--minutes`, else the run sheet) and writes its first save
/// with its codes beside it.
fn first_save(
    args: &ServeArgs,
    agenda: &agenda::Agenda,
    codes: &Codes,
    tables: &mut [TableState],
) -> Result<(), UserError> {
    let now = std::time::Instant::now();
    for (t, c) in tables.iter_mut().zip(&codes.tables) {
        if let Some(m) = args.minutes {
            t.turn_limit = (m > 0.0).then(|| Duration::from_secs((m * 60.0).round() as u64));
            t.set_limit(t.turn_limit, now);
        } else if let Some(limit) = agenda.quarter_limit(t.quarter()) {
            t.turn_limit = Some(limit);
            t.set_limit(t.turn_limit, now);
        }
        t.save().map_err(UserError)?;
        if let Some(path) = &t.save_path {
            let mut c = c.clone();
            c.facilitator = codes.facilitator.clone();
            c.write(&codes_path(path)).map_err(UserError)?;
        }
    }
    Ok(())
}

/// The run sheet: `--agenda FILE`, else the built-in one fitted to the game.
fn load_agenda(
    args: &ServeArgs,
    lang: Lang,
    tables: &[TableState],
) -> Result<agenda::Agenda, UserError> {
    let quarters = tables
        .first()
        .map_or(0, |t| t.game.world.params.scenario.turns);
    match &args.agenda {
        Some(path) => agenda::Agenda::load(path, quarters).map_err(UserError),
        None if args.tutorial => Ok(agenda::Agenda::builtin_with_tutorial(lang, quarters)),
        None => Ok(agenda::Agenda::builtin(lang, quarters)),
    }
}

/// Each table's inject timeline: from `--injects FILE`, else the one kept beside its save.
fn load_timelines(args: &ServeArgs, tables: &mut [TableState]) -> Result<(), UserError> {
    let Some(first) = tables.first() else {
        return Ok(());
    };
    let params = &first.game.world.params;
    let deck: Vec<String> = params.events.iter().map(|c| c.id.clone()).collect();
    let quarters = params.scenario.turns;
    match &args.injects {
        Some(path) => {
            let bounds = timeline::Bounds {
                deck: &deck,
                quarters,
                tables: tables.len(),
            };
            let loaded = timeline::load(path, &bounds).map_err(UserError)?;
            for (t, timeline) in tables.iter_mut().zip(loaded) {
                t.timeline = timeline;
            }
        }
        None => {
            for t in tables.iter_mut() {
                let Some(save) = &t.save_path else { continue };
                let kept = timeline::path_beside(save);
                if !kept.exists() {
                    continue;
                }
                let bounds = timeline::Bounds {
                    deck: &deck,
                    quarters,
                    tables: 1,
                };
                let mut loaded = timeline::load(&kept, &bounds).map_err(UserError)?;
                t.timeline = loaded.pop().unwrap_or_default();
            }
        }
    }
    Ok(())
}

/// Most connections `--max-connections` may allow.
pub const MAX_CONNECTIONS: usize = 65_536;

fn limits(args: &ServeArgs) -> Result<listen::Limits, UserError> {
    let total = args.max_connections;
    if !(1..=MAX_CONNECTIONS).contains(&total) {
        return Err(UserError(format!(
            "--max-connections {total}: allowed 1 to {MAX_CONNECTIONS}"
        )));
    }
    let per_address = args.max_per_address;
    if !(1..=total).contains(&per_address) {
        return Err(UserError(format!(
            "--max-per-address {per_address}: allowed 1 to --max-connections ({total})"
        )));
    }
    let secs = args.login_timeout;
    if !(5..=600).contains(&secs) {
        return Err(UserError(format!(
            "--login-timeout {secs}: allowed 5 to 600 seconds"
        )));
    }
    Ok(listen::Limits {
        total,
        per_address,
        login_timeout: Duration::from_secs(secs),
    })
}

/// The bots behind each bot seat: the command line's specs, else the save's personality.
fn bot_specs(roles: &[SeatRole; 4], specs: &[BotSpec]) -> Vec<BotSpec> {
    Seat::ALL
        .into_iter()
        .filter_map(|s| {
            specs
                .iter()
                .find(|b| b.seat == s)
                .cloned()
                .or_else(|| match &roles[s.index()] {
                    SeatRole::Bot { personality, level } => {
                        format!("{}={personality}:{level}", s.id())
                            .parse()
                            .ok()
                            .or_else(|| Some(BotSpec::baseline(s)))
                    }
                    _ => None,
                })
        })
        .collect()
}

/// How the server runs (tests pick small queues and short delays).
pub struct Tuning {
    pub queue: usize,
    pub guard: guard::Policy,
    /// A client silent this long is pinged; after three unanswered pings it is dropped, so a
    /// laptop that went to sleep frees its seat.
    pub keepalive: Duration,
    /// The fixed time every rejected password takes.
    pub rejection: Duration,
    pub clock: Clock,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            queue: QUEUE_FRAMES,
            guard: guard::Policy::default(),
            keepalive: Duration::from_secs(10),
            rejection: Duration::from_millis(500),
            clock: Arc::new(std::time::Instant::now),
        }
    }
}

/// A server that is running.
pub struct Running {
    pub addr: SocketAddr,
    pub stats: Arc<Stats>,
    hub: std::sync::mpsc::SyncSender<HubEvent>,
    hub_thread: Option<std::thread::JoinHandle<()>>,
    stop: tokio::sync::watch::Sender<bool>,
    gate: Arc<listen::Gate>,
}

impl Running {
    /// Saves every table, says goodbye to every client and stops listening.
    pub async fn stop(mut self) {
        let _ = self.hub.send(HubEvent::Shutdown);
        if let Some(thread) = self.hub_thread.take() {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
        // Let the goodbyes reach the clients before the connections drop.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let _ = self.stop.send(true);
        // Each connection is given a few seconds to close before it is cut off.
        for _ in 0..40 {
            if self.gate.open() == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// True once the game thread has stopped (it only stops when told to).
    pub fn finished(&self) -> bool {
        self.hub_thread.as_ref().is_none_or(|t| t.is_finished())
    }

    /// Connections held now, logged in or not.
    pub fn connections(&self) -> usize {
        self.gate.open()
    }
}

/// Binds, starts the game thread and the SSH server on the current tokio runtime.
pub async fn start(
    prepared: Prepared,
    tuning: Tuning,
    status: StatusSink,
) -> Result<Running, UserError> {
    let listener = tokio::net::TcpListener::bind((prepared.bind, prepared.port))
        .await
        .map_err(|e| {
            UserError(format!(
                "cannot listen on {}:{}: {e}",
                prepared.bind, prepared.port
            ))
        })?;
    let addr = listener
        .local_addr()
        .map_err(|e| UserError(format!("cannot listen: {e}")))?;
    let (tx, rx) = std::sync::mpsc::sync_channel(EVENT_QUEUE);
    let stats = Arc::new(Stats::default());
    let tables = prepared.tables;
    let n = tables.len();
    let lang = prepared.lang;
    let queue = tuning.queue;
    let hub_status = status.clone();
    let hub_stats = stats.clone();
    let agenda = prepared.agenda;
    let follow = prepared.timers_follow_agenda;
    let clock = tuning.clock.clone();
    let hub_thread = std::thread::Builder::new()
        .name("overbuild-hub".into())
        .spawn(move || {
            let mut hub = Hub::new(tables, lang, queue, hub_status).with_clock(clock);
            hub.stats = hub_stats;
            hub.agenda = agenda;
            hub.timers_follow_agenda = vec![follow; n];
            hub.run(rx);
        })
        .map_err(|e| UserError(format!("cannot start the game thread: {e}")))?;
    let shared = Arc::new(ssh::Shared {
        codes: prepared.codes,
        tables: n,
        guard: std::sync::Mutex::new(guard::Guard::new(tuning.guard)),
        hub: tx.clone(),
        next: AtomicU64::new(1),
        queue,
        status,
    });
    let config = russh::server::Config {
        // No library name or version for scanners to match against.
        server_id: russh::SshId::Standard(listen::SERVER_ID.into()),
        methods: ssh::methods(),
        auth_rejection_time: tuning.rejection,
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: 6,
        keys: vec![prepared.host_key],
        // The login timeout and keepalives bound every connection's life instead.
        inactivity_timeout: None,
        keepalive_interval: Some(tuning.keepalive),
        keepalive_max: 3,
        nodelay: true,
        ..Default::default()
    };
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let ctx = listen::Ctx::new(
        ssh::Server { shared },
        Arc::new(config),
        prepared.limits,
        stopping,
    );
    let gate = ctx.gate.clone();
    tokio::spawn(listen::accept_loop(listener, ctx));
    Ok(Running {
        addr,
        stats,
        hub: tx,
        hub_thread: Some(hub_thread),
        stop,
        gate,
    })
}

/// The lines printed when the server starts: where to connect and every code.
pub fn banner(prepared_info: &Banner, texts: &Texts) -> Vec<String> {
    let b = prepared_info;
    let mut out = Vec::new();
    out.push(texts.get("serve-banner-title"));
    out.push(texts.with(
        "serve-banner-listening",
        &[("address", Arg::Text(b.addr.to_string()))],
    ));
    if b.addr.ip().is_loopback() {
        out.push(texts.get("serve-banner-local-only"));
    }
    out.push(texts.with(
        "serve-banner-game",
        &[
            ("scenario", Arg::Text(b.scenario.clone())),
            ("seed", Arg::Text(b.seed.to_string())),
            ("tables", Arg::Num(b.tables as f64)),
        ],
    ));
    out.push(texts.with(
        "serve-banner-host-key",
        &[
            ("fingerprint", Arg::Text(b.fingerprint.clone())),
            ("file", Arg::Text(b.host_key_path.display().to_string())),
        ],
    ));
    out.push(texts.with(
        "serve-banner-join",
        &[("port", Arg::Text(b.addr.port().to_string()))],
    ));
    for (i, table) in b.codes.tables.iter().enumerate() {
        if b.tables > 1 {
            out.push(format!(
                "  {}",
                texts.with("serve-tag-table", &[("n", Arg::Num((i + 1) as f64))])
            ));
        }
        for seat in Seat::ALL {
            let login = Login::Seat { table: i, seat }.name(b.tables);
            let bot = if b.bots[i][seat.index()] {
                format!("  ({})", texts.get("serve-status-bot"))
            } else {
                String::new()
            };
            out.push(format!("    {login:<14} {}{bot}", table.seat(seat)));
        }
    }
    out.push(format!("    {:<14} {}", "facilitator", b.codes.facilitator));
    if let Some(code) = &b.codes.tutorial {
        out.push(format!(
            "    {:<14} {code}  ({})",
            "tutorial",
            texts.get("serve-banner-tutorial")
        ));
    }
    for path in &b.saves {
        out.push(texts.with(
            "serve-banner-saving",
            &[("file", Arg::Text(path.display().to_string()))],
        ));
    }
    let mut resume = format!("overbuild --data-dir {} serve", b.data_dir.display());
    if b.addr.port() != 2222 {
        resume.push_str(&format!(" --port {}", b.addr.port()));
    }
    if !b.addr.ip().is_loopback() {
        resume.push_str(&format!(" --bind {}", b.addr.ip()));
    }
    for path in &b.saves {
        resume.push_str(&format!(" --resume {}", path.display()));
    }
    out.push(texts.with("serve-banner-resume", &[("command", Arg::Text(resume))]));
    out.push(texts.get("serve-banner-stop"));
    out
}

/// What the banner needs.
pub struct Banner {
    pub addr: SocketAddr,
    pub scenario: String,
    pub seed: u64,
    pub tables: usize,
    pub fingerprint: String,
    pub host_key_path: PathBuf,
    pub codes: Codes,
    pub bots: Vec<[bool; 4]>,
    pub saves: Vec<PathBuf>,
    pub data_dir: PathBuf,
}

impl Prepared {
    pub fn banner(&self, addr: SocketAddr) -> Banner {
        Banner {
            addr,
            scenario: self
                .tables
                .first()
                .map(|t| t.game.world.params.scenario.id.clone())
                .unwrap_or_default(),
            seed: self.seed,
            tables: self.tables.len(),
            fingerprint: self
                .host_key
                .public_key()
                .fingerprint(HashAlg::Sha256)
                .to_string(),
            host_key_path: self.host_key_path.clone(),
            codes: self.codes.clone(),
            bots: self
                .tables
                .iter()
                .map(|t| Seat::ALL.map(|s| !t.is_human(s)))
                .collect(),
            saves: self
                .tables
                .iter()
                .filter_map(|t| t.save_path.clone())
                .collect(),
            data_dir: self.data_dir.clone(),
        }
    }
}

pub fn run(global: &GlobalArgs, args: ServeArgs) -> Result<ExitCode, UserError> {
    let prepared = prepare(global, &args)?;
    let texts = Texts::new(prepared.lang);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| UserError(format!("cannot start the network runtime: {e}")))?;
    let out = Arc::new(status::Stdout::new());
    let sink = out.clone();
    let status: StatusSink = Arc::new(move |line: &str| sink.event(line));
    let open_files = listen::raise_open_files();
    runtime.block_on(async move {
        // Handlers first: a signal that arrives while the banner prints still saves.
        let mut signals = Signals::new();
        let bind = prepared.bind;
        let port = prepared.port;
        // The banner needs the bound port; take what it needs before the tables move.
        let mut banner_info = prepared.banner(SocketAddr::new(bind, port));
        let running = start(prepared, Tuning::default(), status).await?;
        banner_info.addr = running.addr;
        for line in banner(&banner_info, &texts) {
            out.line(&line);
        }
        if let Some(n) = open_files
            && n < (args.max_connections as u64).saturating_add(64)
        {
            // Past the limit connections are refused until some close; say why.
            out.event(&format!(
                "The open-file limit ({n}) is below --max-connections ({}) plus 64: raise it (ulimit -n) for a big room",
                args.max_connections
            ));
        }
        let why = loop {
            tokio::select! {
                name = signals.next() => break name,
                _ = tokio::time::sleep(Duration::from_millis(500)) => {
                    if running.finished() {
                        break "the game thread stopping";
                    }
                }
            }
        };
        tracing::info!("stopping on {why}");
        out.line(&texts.get("serve-stopping"));
        running.stop().await;
        for path in &banner_info.saves {
            out.line(&texts.with(
                "serve-banner-saving",
                &[("file", Arg::Text(path.display().to_string()))],
            ));
        }
        out.finish(Duration::from_secs(2));
        Ok(ExitCode::SUCCESS)
    })
}

/// The signals that stop the server cleanly (every table saved): SIGINT (Ctrl-C), SIGTERM
/// (kill, service managers) and SIGHUP (the host's terminal closed).
struct Signals {
    #[cfg(unix)]
    each: [Option<tokio::signal::unix::Signal>; 3],
}

#[cfg(unix)]
const SIGNALS: [&str; 3] = ["SIGINT", "SIGTERM", "SIGHUP"];

impl Signals {
    fn new() -> Signals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let kinds = [
                SignalKind::interrupt(),
                SignalKind::terminate(),
                SignalKind::hangup(),
            ];
            let each = std::array::from_fn(|i| match signal(kinds[i]) {
                Ok(s) => Some(s),
                Err(e) => {
                    tracing::warn!("cannot handle {}: {e}", SIGNALS[i]);
                    None
                }
            });
            Signals { each }
        }
        #[cfg(not(unix))]
        Signals {}
    }

    /// Waits for the first of them; its name.
    async fn next(&mut self) -> &'static str {
        #[cfg(unix)]
        {
            async fn recv(signal: &mut Option<tokio::signal::unix::Signal>) {
                match signal {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending().await,
                }
            }
            let [int, term, hup] = &mut self.each;
            tokio::select! {
                _ = recv(int) => SIGNALS[0],
                _ = recv(term) => SIGNALS[1],
                _ = recv(hup) => SIGNALS[2],
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            "Ctrl-C"
        }
    }
}
