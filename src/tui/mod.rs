//! The terminal interface (ratatui). `app` holds the state, the `Action` enum and `update`;
//! `ui` draws screens from that state; `run` is the loop, generic over the ratatui backend so
//! the same code draws to a terminal, to `TestBackend` in tests and to an SSH channel.
//!
//! Seams for later work: `seams::SaveBackend` (Continue, Load, autosave), `seams::OutlookSource`
//! (fan charts), `App::for_remote_seat` + `App::outbox` + `Action::Resolved` (workshop seats).

pub mod app;
pub mod form;
pub mod keys;
pub mod seams;
pub mod session;
pub mod settings;
pub mod theme;
pub mod ui;

pub use app::{Action, App, AppEvent, AppOptions, Screen, Tab};
pub use session::{Session, Table};

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
    if args.plain {
        let options = crate::plain::PlainOptions {
            seats: args.seats,
            seed: args.seed,
            scenario: args
                .scenario
                .unwrap_or_else(|| crate::scenario::DEFAULT.to_string()),
        };
        return crate::plain::run(global, &options);
    }
    let lang = match &global.lang {
        Some(code) => Some(Lang::parse(code).ok_or_else(|| {
            UserError(format!(
                "--lang {code}: unknown language; use en or zh-Hant"
            ))
        })?),
        None => None,
    };
    // Check everything the player typed before the screen is taken over.
    let scenario = match &args.scenario {
        Some(name) => Some(crate::scenario::load(name)?),
        None => None,
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(UserError(
            "overbuild play needs a terminal; use `overbuild play --plain` for text on stdin/stdout"
                .into(),
        ));
    }
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
    });
    if !args.seats.is_empty() {
        let scenario = match scenario {
            Some(s) => s,
            None => crate::scenario::load(crate::scenario::DEFAULT)?,
        };
        let roles = Seat::ALL.map(|s| {
            if args.seats.contains(&s) {
                SeatRole::Human
            } else {
                SeatRole::baseline_bot()
            }
        });
        let seed = args.seed.unwrap_or_else(random_seed);
        app.start_session(Session::new(scenario, seed, roles));
    } else if let Some(seed) = args.seed {
        app.dispatch(Action::OpenNewGame);
        if let Screen::NewGame(n) = &mut app.screen {
            n.seed = seed;
        }
    }
    run_in_terminal(&mut app).map_err(|e| UserError(format!("terminal: {e}")))?;
    Ok(ExitCode::SUCCESS)
}

/// Takes over the terminal, runs the app, and gives the terminal back on every way out.
fn run_in_terminal(app: &mut App) -> std::io::Result<()> {
    let mut terminal = terminal::init()?;
    let _guard = terminal::Guard;
    let (tx, rx) = channel();
    // Input on its own thread so other sources (the Outlook worker) can wake the loop too.
    std::thread::spawn(move || {
        while let Ok(event) = crossterm::event::read() {
            if tx.send(AppEvent::Input(event)).is_err() {
                break;
            }
        }
    });
    run(&mut terminal, app, &rx)
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
    use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
    use crossterm::execute;
    use ratatui::DefaultTerminal;
    use std::io::stdout;

    /// Raw mode, the alternate screen and mouse capture, with a panic hook that undoes them
    /// before the panic message prints.
    pub fn init() -> std::io::Result<DefaultTerminal> {
        let terminal = ratatui::try_init()?;
        execute!(stdout(), EnableMouseCapture)?;
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture);
            hook(info);
        }));
        Ok(terminal)
    }

    /// Restores the terminal when dropped: on quit, on error and while unwinding.
    pub struct Guard;

    impl Drop for Guard {
        fn drop(&mut self) {
            let _ = execute!(stdout(), DisableMouseCapture);
            ratatui::restore();
        }
    }
}
