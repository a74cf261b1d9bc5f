//! The terminal interface (ratatui). `app` holds the state and `update`, `action` the actions;
//! `ui` draws screens from that state; `run` is the loop, generic over the ratatui backend so
//! the same code draws to a terminal, to `TestBackend` in tests and to an SSH channel.
//!
//! Seams: `seams::SaveBackend` (Continue, Load, Save as, autosave; `saves::StoreSaves` keeps
//! them in the data directory), `seams::OutlookSource` (fan charts), `App::for_remote_seat` +
//! `App::outbox` + `Action::Resolved` (workshop seats). `replay` is the replay viewer's state.

pub mod action;
pub mod app;
pub mod charts;
pub mod form;
pub use app::guide;
pub mod intent;
pub mod keys;
pub mod newgame;
pub mod overlay;
pub mod play;
pub mod replay;
pub mod results;
pub mod saves;
pub mod seams;
pub mod session;
pub mod settings;
pub mod settings_form;
pub mod theme;
pub mod title;
pub mod ui;

pub use app::{Action, App, AppEvent, AppOptions, Screen, Tab};
pub use session::{Session, Table};

use crate::bots::BotSpec;
use crate::cli::GlobalArgs;
use crate::engine::Seat;
use crate::error::UserError;
use crate::game::SeatRole;
use crate::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, channel};

/// `overbuild play`.
#[derive(clap::Args, Debug, Default)]
pub struct PlayArgs {
    /// Take a seat and start at once: openai, oracle, utility or whitehouse. Repeat for
    /// hot-seat play (teams take turns at one keyboard); bots hold the other seats.
    #[arg(long = "seat", value_name = "SEAT", value_parser = parse_seat)]
    pub seats: Vec<Seat>,
    /// The game's seed (random and shown when not given).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// A built-in scenario's id or a scenario file.
    #[arg(long, value_name = "NAME|PATH")]
    pub scenario: Option<String>,
    /// Play as a line-by-line text dialogue (screen readers, scripts).
    #[arg(long)]
    pub plain: bool,
    /// The bot of a seat nobody takes: personality and level (easy, normal, hard, expert),
    /// e.g. oracle=baseline:hard. Repeat for several seats; the others get baseline bots.
    #[arg(long = "bot", value_name = "SEAT=PERSONALITY:LEVEL")]
    pub bots: Vec<String>,
    /// Plan evaluations per decision for expert bots (default 600, under 2 s in release).
    #[arg(long, value_name = "N", value_parser = crate::bots::parse_think, allow_hyphen_values = true)]
    pub think: Option<u32>,
}

/// `--bot` values: each parsed as a bot spec, for a seat no person takes and no other `--bot`
/// names. The error is one line naming the value and what is allowed.
pub fn parse_bots(values: &[String], humans: &[Seat]) -> Result<Vec<BotSpec>, UserError> {
    let mut specs: Vec<BotSpec> = Vec::new();
    for text in values {
        let spec: BotSpec = text.parse().map_err(UserError)?;
        if humans.contains(&spec.seat) {
            return Err(UserError(format!(
                "--bot {text}: {} is played by a person (--seat {}); a bot can take only the other seats",
                spec.seat, spec.seat
            )));
        }
        if specs.iter().any(|s| s.seat == spec.seat) {
            return Err(UserError(format!(
                "--bot {text}: {} has a bot already; give one --bot per seat",
                spec.seat
            )));
        }
        specs.push(spec);
    }
    Ok(specs)
}

/// The app as a terminal player gets it: the settings file, sound, and saves in the data
/// directory (or one line saying why the game goes on without saving).
fn terminal_app(global: &GlobalArgs, lang: Option<Lang>) -> App {
    let paths = crate::paths::Paths::resolve(global.data_dir.as_deref());
    let loaded = settings::load(paths.as_ref().map(|p| p.settings_file()));
    let audio =
        crate::audio::Player::new(global.mute || loaded.settings.mute, loaded.settings.volume);
    let mut app = App::new(AppOptions {
        settings: loaded,
        lang,
        no_color: theme::no_color_from_env(),
        audio,
        seed_source: Box::new(random_seed),
    })
    .with_saves(Box::new(saves::StoreSaves::open(
        global.data_dir.as_deref(),
    )));
    if let Some(reason) = app.saves.unavailable(&app.texts) {
        app.notice = Some(match app.notice.take() {
            Some(before) => format!("{before} · {reason}"),
            None => reason,
        });
    }
    app
}

fn need_terminal() -> bool {
    !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal()
}

/// `overbuild replay FILE`: the replay viewer. A file that cannot be replayed is one line and
/// exit code 2, before the screen is taken over.
pub fn replay(global: &GlobalArgs, file: &std::path::Path) -> Result<ExitCode, UserError> {
    let lang = global.language()?;
    let replay = crate::save::Replay::load(file)?;
    if need_terminal() {
        let name = file.display();
        return Err(UserError(format!(
            "{name}: the replay viewer needs a terminal; use --verify, --compare FILE2 or `overbuild report {name}`"
        )));
    }
    let mut app = terminal_app(global, lang);
    app.open_replay(replay, file.to_path_buf());
    let signal = run_in_terminal(&mut app).map_err(|e| UserError(format!("terminal: {e}")))?;
    Ok(exit_code(signal))
}

fn parse_seat(text: &str) -> Result<Seat, String> {
    Seat::parse(text).ok_or_else(|| {
        format!("unknown seat \"{text}\": use openai, oracle, utility or whitehouse")
    })
}

/// A fresh seed, shown to the player; six digits so it is easy to note down and share.
pub fn random_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish() % 1_000_000
}

pub fn play(global: &GlobalArgs, args: PlayArgs) -> Result<ExitCode, UserError> {
    let mut bots = parse_bots(&args.bots, &args.seats)?;
    if let Some(think) = args.think {
        crate::bots::set_think(&mut bots, think);
    }
    if args.plain {
        let options = crate::plain::PlainOptions {
            bots,
            seats: args.seats,
            seed: args.seed,
            scenario: args
                .scenario
                .unwrap_or_else(|| crate::scenario::DEFAULT.to_string()),
        };
        return crate::plain::run(global, &options);
    }
    let lang = global.language()?;
    // Check everything the player typed before the screen is taken over.
    let scenario = match &args.scenario {
        Some(name) => Some(crate::scenario::load(name)?),
        None => None,
    };
    if need_terminal() {
        return Err(UserError(
            "overbuild play needs a terminal; use `overbuild play --plain` for text on stdin/stdout"
                .into(),
        ));
    }
    let mut app = terminal_app(global, lang);
    app.think = args.think;
    if !args.seats.is_empty() {
        let scenario = match scenario {
            Some(s) => s,
            None => crate::scenario::load(crate::scenario::DEFAULT)?,
        };
        let roles = Seat::ALL.map(|s| {
            if args.seats.contains(&s) {
                SeatRole::Human
            } else {
                bots.iter()
                    .find(|b| b.seat == s)
                    .map_or_else(SeatRole::baseline_bot, BotSpec::role)
            }
        });
        let seed = args.seed.unwrap_or_else(random_seed);
        app.start_session(Session::new(scenario, seed, roles));
    } else if args.seed.is_some() || !bots.is_empty() || scenario.is_some() {
        app.open_new_game_with(args.seed, &bots, scenario);
    }
    let signal = run_in_terminal(&mut app).map_err(|e| UserError(format!("terminal: {e}")))?;
    Ok(exit_code(signal))
}

/// Takes over the terminal, runs the app, and gives the terminal back on every way out. A
/// signal from outside (SIGTERM, SIGHUP, SIGINT, SIGQUIT) autosaves and ends the game; its
/// number is returned so the process can exit with 128 + it, as shells expect.
fn run_in_terminal(app: &mut App) -> std::io::Result<Option<i32>> {
    let mut terminal = terminal::init()?;
    let _guard = terminal::Guard;
    let (tx, rx) = channel();
    let stopped = signals::watch(tx.clone())?;
    app.thinker = Some(tx.clone());
    app.outlook_source = Some(Box::new(
        crate::montecarlo::outlook::MonteCarloOutlook::into_events(
            crate::montecarlo::outlook::DEFAULT_RUNS,
            tx.clone(),
        ),
    ));
    // Input on its own thread so other sources (the Outlook worker) can wake the loop too.
    std::thread::spawn(move || {
        while let Ok(event) = crossterm::event::read() {
            if tx.send(AppEvent::Input(event)).is_err() {
                break;
            }
        }
    });
    let result = run(&mut terminal, app, &rx);
    let signal = stopped.finish();
    result.map(|()| signal)
}

/// The exit code of a game in the terminal: 0, or 128 + the signal that stopped it.
fn exit_code(signal: Option<i32>) -> ExitCode {
    signal.map_or(ExitCode::SUCCESS, |s| {
        ExitCode::from(u8::try_from(128 + s).unwrap_or(1))
    })
}

/// The loop: wait for an event (blocking: no busy loop), update, and draw only when something
/// changed. Returns when the app quits or every event source has gone.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &Receiver<AppEvent>,
) -> Result<(), B::Error> {
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    app.dirty = true;
    loop {
        if app.dirty {
            terminal.draw(|frame| ui::draw(frame, app))?;
            app.dirty = false;
        }
        if app.quit {
            return Ok(());
        }
        let Ok(event) = events.recv() else {
            return Ok(());
        };
        app.handle(event);
        // Take whatever else is queued (a burst of keys, a resize) before drawing once.
        while !app.quit
            && let Ok(event) = events.try_recv()
        {
            app.handle(event);
        }
    }
}

mod terminal {
    use crossterm::cursor::Show;
    use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
    use crossterm::execute;
    use crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    use ratatui::DefaultTerminal;
    use ratatui::backend::CrosstermBackend;
    use std::io::stdout;

    /// Raw mode, the alternate screen and mouse capture, with a panic hook that gives the
    /// terminal back before the panic message prints.
    pub fn init() -> std::io::Result<DefaultTerminal> {
        enable_raw_mode()?;
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            hook(info);
        }));
        execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
            .and_then(|()| ratatui::Terminal::new(CrosstermBackend::new(stdout())))
            .inspect_err(|_| restore())
    }

    /// Gives the terminal back: mouse reporting off, the main screen, the cursor shown, raw
    /// mode off. Every way out calls it (quit, error, panic, signal); twice does no harm, and
    /// a terminal that has gone (SIGHUP) is no reason to stop.
    pub fn restore() {
        let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
        let _ = disable_raw_mode();
    }

    /// Restores the terminal when dropped: on quit, on error and while unwinding.
    pub struct Guard;

    impl Drop for Guard {
        fn drop(&mut self) {
            restore();
        }
    }
}

/// Signals from outside while the game holds the terminal.
mod signals {
    use super::AppEvent;
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::iterator::{Handle, Signals};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI32, Ordering};
    use std::sync::mpsc::Sender;

    pub struct Watch {
        handle: Handle,
        received: Arc<AtomicI32>,
    }

    /// Watches on a thread: the first signal asks the loop to autosave and quit
    /// (`AppEvent::Stop`); a second one, or a loop that has gone, gives the terminal back and
    /// exits at once, so a stuck game can still be stopped.
    pub fn watch(events: Sender<AppEvent>) -> std::io::Result<Watch> {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
        let handle = signals.handle();
        let received = Arc::new(AtomicI32::new(0));
        let seen = Arc::clone(&received);
        std::thread::spawn(move || {
            for signal in signals.forever() {
                let first = seen.swap(signal, Ordering::SeqCst) == 0;
                if first && events.send(AppEvent::Stop).is_ok() {
                    continue;
                }
                super::terminal::restore();
                std::process::exit(128 + signal);
            }
        });
        Ok(Watch { handle, received })
    }

    impl Watch {
        /// Stops watching; the signal that stopped the game, if one did.
        pub fn finish(self) -> Option<i32> {
            self.handle.close();
            Some(self.received.load(Ordering::SeqCst)).filter(|s| *s != 0)
        }
    }
}
