//! The application state and the one `update`. Input events become actions (`tui::action`) in
//! `App::on_event`; `update` changes state and may return a follow-up action. Each screen's own
//! state and keys live in its module below the app (`title`, `newgame`, `play`, `replay`,
//! `saves`, `results`, `overlay`...), beside its drawing in `ui`; what moves the app from one
//! screen to another lives in this module's children (`playing`, `replaying`, `saved_games`...).
//! Screens (in `ui`) only read this state.

pub mod guide;
mod intents;
mod menu;
mod new_game;
mod playing;
mod popups;
mod replaying;
mod saved_games;
mod settings_keys;
pub mod thinking;

pub use super::action::{Action, Confirm, Hit, KeyHelp, MenuItem, SavesPurpose, Tab, kh};
use super::keys::{Command, KeyBindings};
pub use super::newgame::{NewGame, cycle_bot};
pub use super::overlay::{Overlay, WhyState};
pub use super::play::{FormState, PlayState, msg, refusal_text, unit_text, value_text};
use super::replay::{Pending, ReplayState, Viewer};
use super::saves::SavesState;
use super::seams::{NoSaves, Outlook, OutlookSource, SaveBackend};
use super::session::{Session, Table};
use super::settings::{self, Settings};
pub use super::settings_form::SettingsState;
use super::theme::Theme;
use crate::audio::Player;
use crate::engine::report::Arg;
use crate::engine::{Seat, SeatOrders};
use crate::game::SeatRole;
use crate::i18n::{Lang, Texts};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use guide::Guide;
use ratatui::layout::Position;
use std::cell::{Cell, RefCell};
use std::path::PathBuf;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Something for the app's loop to consume: input, or news from a background worker.
#[derive(Clone, Debug)]
pub enum AppEvent {
    Input(Event),
    Outlook(Box<Outlook>),
    /// A thinking bot's progress: plan evaluations done so far.
    Thinking {
        generation: u64,
        seat: Seat,
        done: u32,
    },
    /// The bots' decisions for the quarter, from their worker thread.
    Decided {
        generation: u64,
        parcel: thinking::Parcel,
    },
    /// A signal from outside (SIGTERM, SIGHUP...): save the game in hand and quit now.
    Stop,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Title {
        selected: usize,
    },
    /// The new-game form, and where Esc goes back to (the replay viewer, the Load list; the
    /// title when None).
    NewGame(NewGame, Option<Box<Screen>>),
    Briefing {
        index: usize,
        scroll: u16,
    },
    HandOver {
        seat: Seat,
    },
    Play(PlayState),
    /// Orders sent to a workshop server; waiting for the other seats.
    Waiting {
        seat: Seat,
    },
    /// Every person has given orders; the bots are thinking (`App::thinking`).
    Thinking,
    Results {
        scroll: u16,
        pane: usize,
    },
    GameOver {
        scroll: u16,
        pane: usize,
    },
    Settings(SettingsState),
    /// The Load, Replay or Compare list of saved games, and where Esc goes back to (the viewer,
    /// for Compare; the title when None).
    Saves(SavesState, Option<Box<Screen>>),
    /// The replay viewer (its data is `App::viewer`).
    Replay(ReplayState),
}

pub struct App {
    pub texts: Texts,
    pub settings: Settings,
    pub settings_path: Option<PathBuf>,
    /// The settings file on disk is malformed: keep a backup if the player saves over it.
    pub settings_bad: bool,
    pub theme: Theme,
    pub no_color: bool,
    pub keys: KeyBindings,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub session: Option<Session>,
    /// The guided first game's guide, while it runs.
    pub guide: Option<Guide>,
    /// A one-line notice in the status bar.
    pub notice: Option<String>,
    /// Player inputs since the notice appeared.
    notice_keys: u8,
    pub size: (u16, u16),
    pub quit: bool,
    pub audio: Player,
    pub saves: Box<dyn SaveBackend>,
    /// The save open in the replay viewer (and the one compared with it).
    pub viewer: Option<Viewer>,
    /// A loaded game or a fork waiting for its seats on the new-game form.
    pub pending: Option<Pending>,
    pub outlook_source: Option<Box<dyn OutlookSource>>,
    pub outlook: Option<Outlook>,
    /// Where a bots' worker thread reports (the loop's events); None decides on this thread.
    pub thinker: Option<std::sync::mpsc::Sender<AppEvent>>,
    /// The bots thinking now, for the progress line.
    pub thinking: Option<thinking::Thinking>,
    /// Plan evaluations per decision for expert bots (`--think`); None keeps the default.
    pub think: Option<u32>,
    /// Counts hand-offs to the bots' worker, so late news from an abandoned one is dropped.
    pub(super) thinking_generation: u64,
    /// Orders, with what the seat meant them to do, this app sends to a workshop server
    /// (remote tables).
    pub outbox: Vec<(SeatOrders, Option<crate::save::Intent>)>,
    /// Redraw needed.
    pub dirty: bool,
    /// Clickable areas of the last frame.
    pub hits: RefCell<Vec<Hit>>,
    /// Most the focused pane can scroll, as the last frame drew it (`u16::MAX` where the pane
    /// does not say), so scrolling stops at the last line instead of into an empty pane.
    pub scroll_room: Cell<u16>,
    /// Random seeds for new games: the caller's source so tests stay reproducible.
    pub seed_source: Box<dyn FnMut() -> u64>,
}

/// How to start an app: from the settings, the command line and the environment.
pub struct AppOptions {
    pub settings: settings::Loaded,
    /// `--lang` beats the settings file.
    pub lang: Option<Lang>,
    pub no_color: bool,
    pub audio: Player,
    pub seed_source: Box<dyn FnMut() -> u64>,
}

impl App {
    pub fn new(options: AppOptions) -> App {
        let AppOptions {
            settings: loaded,
            lang,
            no_color,
            audio,
            seed_source,
        } = options;
        let settings = loaded.settings;
        let texts = Texts::new(lang.unwrap_or(settings.language));
        let notice = loaded.problem.as_ref().map(|problem| {
            texts.with(
                "tui-settings-bad-file",
                &[
                    (
                        "file",
                        Arg::Text(
                            loaded
                                .path
                                .as_ref()
                                .map(|p| p.display().to_string())
                                .unwrap_or_default(),
                        ),
                    ),
                    ("problem", Arg::Text(problem.clone())),
                ],
            )
        });
        App {
            theme: Theme::new(settings.theme, no_color),
            keys: settings.key_bindings(),
            texts,
            settings_bad: loaded.problem.is_some(),
            settings,
            settings_path: loaded.path,
            no_color,
            screen: Screen::Title { selected: 0 },
            overlay: None,
            session: None,
            guide: None,
            notice,
            notice_keys: 0,
            size: (MIN_WIDTH, MIN_HEIGHT),
            quit: false,
            audio,
            saves: Box::new(NoSaves),
            viewer: None,
            pending: None,
            outlook_source: None,
            outlook: None,
            thinker: None,
            thinking: None,
            thinking_generation: 0,
            think: None,
            outbox: Vec::new(),
            dirty: true,
            hits: RefCell::new(Vec::new()),
            scroll_room: Cell::new(u16::MAX),
            seed_source,
        }
    }

    /// The same app keeping its saves in `saves`.
    pub fn with_saves(mut self, saves: Box<dyn SaveBackend>) -> App {
        self.saves = saves;
        self
    }

    /// An app for tests and servers: default settings, no sound, English, fixed seeds.
    pub fn headless() -> App {
        let mut next = 7u64;
        App::new(AppOptions {
            settings: settings::Loaded::defaults(),
            lang: Some(Lang::En),
            no_color: false,
            audio: Player::silent(),
            seed_source: Box::new(move || {
                next = next
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                next % 1_000_000
            }),
        })
    }

    /// An app holding one seat of a workshop table: it sees only that seat, sends its orders
    /// to `outbox`, and learns the table's resolved orders through `Action::Resolved`.
    pub fn for_remote_seat(
        mut self,
        game: crate::game::Game,
        roles: [SeatRole; 4],
        seat: Seat,
    ) -> App {
        self.session = Some(Session::with_game(game, roles, Table::Remote { seat }));
        self.screen = Screen::Play(PlayState::new(seat));
        self.audio = Player::silent();
        self
    }

    pub fn t(&self, key: &str) -> String {
        self.texts.get(key)
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    pub fn game_in_progress(&self) -> bool {
        self.session.as_ref().is_some_and(|s| !s.is_over())
            && !matches!(self.screen, Screen::Title { .. } | Screen::GameOver { .. })
    }

    /// Starts a game straight away (`overbuild play --seat ...`).
    pub fn start_session(&mut self, session: Session) {
        self.session = Some(session);
        self.screen = Screen::Briefing {
            index: 0,
            scroll: 0,
        };
        self.overlay = None;
        self.dirty = true;
    }

    // ---------------------------------------------------------------------------------------
    // Input

    /// Feeds one event through `on_event` and `update` until no follow-up is left.
    pub fn handle(&mut self, event: AppEvent) {
        let action = match event {
            AppEvent::Input(e) => self.on_event(&e),
            AppEvent::Outlook(o) => Some(Action::Outlook(o)),
            AppEvent::Thinking {
                generation,
                seat,
                done,
            } => {
                self.thinking_progress(generation, seat, done);
                self.dirty = true;
                None
            }
            AppEvent::Decided { generation, parcel } => {
                self.bots_decided(generation, &parcel);
                self.dirty = true;
                None
            }
            AppEvent::Stop => {
                self.autosave_now();
                Some(Action::QuitNow)
            }
        };
        if let Some(action) = action {
            self.dispatch(action);
        }
    }

    pub fn dispatch(&mut self, action: Action) {
        let by_player = matches!(
            action,
            Action::Cmd(_) | Action::Type(_) | Action::Erase | Action::Click(_)
        );
        let notice_before = self.notice.clone();
        let mut next = Some(action);
        // Follow-ups are finite chains; the bound guards against a mistake looping forever.
        let mut steps = 0;
        while let Some(a) = next {
            next = self.update(a);
            steps += 1;
            if steps > 32 {
                break;
            }
        }
        if let Some(guide) = self.guide {
            self.guide = guide.advance(self);
        }
        // A notice outlives the key that brought it by one more, so that a change of screen
        // (a briefing after a fork, say) does not hide it unread; then it goes.
        if self.notice != notice_before {
            self.notice_keys = 0;
        } else if by_player && self.notice.is_some() {
            self.notice_keys += 1;
            if self.notice_keys >= 2 {
                self.notice = None;
            }
        }
    }

    /// What an input event means here, if anything.
    pub fn on_event(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Key(key) => self.on_key(key),
            Event::Mouse(mouse) => self.on_mouse(mouse),
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            _ => None,
        }
    }

    fn on_key(&self, key: &KeyEvent) -> Option<Action> {
        // Windows also reports releases and repeats of held keys as separate kinds.
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('C'))
        {
            return Some(Action::QuitNow);
        }
        if self.too_small() {
            return self
                .keys
                .lookup(key, &[Command::Quit])
                .map(|_| Action::Quit);
        }
        if let Some(overlay) = &self.overlay {
            let cmds = match overlay {
                Overlay::SaveAs(_) => return super::saves::save_as_key(key),
                Overlay::Intent(_) => return super::intent::intent_key(key),
                other => other.commands(),
            };
            return self.keys.lookup(key, cmds).map(Action::Cmd);
        }
        if self.entry_active() {
            // A quarter to jump to may be typed as a date ("2026 Q3").
            let date = matches!(&self.screen, Screen::Replay(_));
            return match key.code {
                KeyCode::Char(c)
                    if c.is_ascii_digit()
                        || matches!(c, '.' | '-' | ',')
                        || (date && matches!(c, 'q' | 'Q' | ' ')) =>
                {
                    Some(Action::Type(c))
                }
                KeyCode::Backspace | KeyCode::Delete => Some(Action::Erase),
                KeyCode::Enter => Some(Action::Cmd(Command::Confirm)),
                KeyCode::Esc => Some(Action::Cmd(Command::Back)),
                _ => None,
            };
        }
        let cmds: Vec<Command> = self.key_help().iter().map(|k| k.command).collect();
        self.keys.lookup(key, &cmds).map(Action::Cmd)
    }

    fn on_mouse(&self, mouse: &MouseEvent) -> Option<Action> {
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Action::Click(Position::new(mouse.column, mouse.row)))
            }
            MouseEventKind::ScrollUp => Some(Action::Wheel(-3)),
            MouseEventKind::ScrollDown => Some(Action::Wheel(3)),
            _ => None,
        }
    }

    /// A text entry has the keyboard (typing a value or a seed).
    pub fn entry_active(&self) -> bool {
        match &self.screen {
            Screen::Play(p) => p.tab == Tab::Orders && p.form.entry.is_some(),
            Screen::NewGame(n, _) => n.seed_entry.is_some(),
            Screen::Replay(r) => r.jump.is_some(),
            _ => false,
        }
    }

    /// Every key of the current screen, for the footer, the help overlay and key lookup.
    pub fn key_help(&self) -> Vec<KeyHelp> {
        use Command::*;
        let mut keys: Vec<KeyHelp> = match &self.screen {
            Screen::Title { .. } => super::title::keys(),
            Screen::NewGame(_, _) => super::newgame::keys(),
            Screen::Briefing { .. } => super::results::briefing_keys(),
            Screen::HandOver { .. } => vec![kh(Confirm, "tui-key-ready", true)],
            Screen::Waiting { .. } | Screen::Thinking => vec![],
            Screen::Play(p) => super::play::keys(p),
            Screen::Results { .. } => super::results::keys(false),
            Screen::GameOver { .. } => super::results::keys(true),
            Screen::Saves(s, _) => super::saves::keys(s),
            Screen::Replay(r) => super::replay::keys(r, self.viewer.as_ref()),
            Screen::Settings(_) => super::settings_form::keys(),
        };
        if self.guide.is_some() {
            keys.push(kh(NextStep, "tui-key-next-step", false));
            keys.push(kh(EndGuide, "tui-key-end-guide", false));
        }
        keys.push(kh(Help, "tui-key-help", true));
        keys.push(kh(Glossary, "tui-key-glossary", false));
        keys.push(kh(Quit, "tui-key-quit", true));
        keys
    }

    // ---------------------------------------------------------------------------------------
    // Update

    pub fn update(&mut self, action: Action) -> Option<Action> {
        self.dirty = true;
        match action {
            Action::Quit => self.ask_quit(),
            Action::Click(pos) => self.click(pos),
            Action::Cmd(cmd) => self.command(cmd),
            Action::Wheel(lines) => self.wheel(lines),
            Action::Menu(item) => self.menu(item),
            Action::GoTab(tab) => self.go_tab(tab),
            Action::FocusPane(pane) => self.focus_pane(pane),
            Action::OpenNewGame => self.open_new_game(),
            Action::StartGame => self.start_from_form(),
            Action::AskSubmit => self.ask_submit(),
            Action::Submit => self.submit(),
            Action::Resolve => self.resolve(),
            Action::Resolved(orders) => self.resolved(*orders),
            Action::ToTitle => self.leave_to_title(),
            Action::OpenSaves(purpose) => self.open_saves(purpose),
            Action::OpenEntry(i) => self.open_entry(i),
            Action::AskSaveAs => self.ask_save_as(),
            Action::WriteSave(name) => self.write_save(&name),
            Action::ShowQuarter(q) => self.show_quarter(q),
            Action::Fork => self.fork_setup(),
            Action::OpenSettings => self.open_settings(),
            action @ (Action::Resize(..)
            | Action::QuitNow
            | Action::ToggleHelp
            | Action::CloseOverlay
            | Action::Type(_)
            | Action::Erase
            | Action::SelectRow(_)
            | Action::StartGuide
            | Action::BeginQuarter
            | Action::Outlook(_)
            | Action::OpenOutlook
            | Action::OpenWhy
            | Action::SaveSettings) => {
                self.apply(action);
                None
            }
        }
    }

    /// The actions that change state with no follow-up; `update` sends only these here.
    fn apply(&mut self, action: Action) {
        match action {
            Action::Resize(w, h) => self.size = (w, h),
            Action::QuitNow => self.quit = true,
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help { .. }) => None,
                    _ => Some(Overlay::Help { scroll: 0 }),
                };
            }
            Action::CloseOverlay => self.overlay = None,
            Action::Type(c) => self.type_char(c),
            Action::Erase => self.erase(),
            Action::SelectRow(row) => self.select_row(row),
            Action::StartGuide => self.start_guide(),
            Action::BeginQuarter => self.begin_quarter(),
            Action::Outlook(o) => self.outlook = Some(*o),
            Action::OpenOutlook => self.open_outlook(),
            Action::OpenWhy => self.open_why(),
            Action::SaveSettings => self.save_settings(),
            _ => {}
        }
    }

    /// Asks before leaving a game in progress: a local game returns to the title screen, a
    /// workshop seat disconnects.
    fn ask_quit(&mut self) -> Option<Action> {
        if !self.game_in_progress() {
            return Some(Action::QuitNow);
        }
        let local = self
            .session
            .as_ref()
            .is_some_and(|s| s.table == Table::Local);
        let saved = local && self.saves.unavailable(&self.texts).is_none();
        self.overlay = Some(Overlay::Confirm(Confirm {
            text: self.t(if saved {
                "tui-confirm-quit-autosaved"
            } else {
                "tui-confirm-quit"
            }),
            yes: if local {
                Action::ToTitle
            } else {
                Action::QuitNow
            },
        }));
        None
    }

    fn leave_to_title(&mut self) -> Option<Action> {
        self.session = None;
        self.thinking = None;
        self.guide = None;
        self.viewer = None;
        self.pending = None;
        self.overlay = None;
        self.screen = Screen::Title { selected: 0 };
        None
    }

    /// Esc on a screen opened from another (the saves list, the new-game form): back to that
    /// screen, or to the title when it was opened from there.
    fn return_to(&mut self, back: Option<Box<Screen>>) -> Option<Action> {
        match back {
            Some(screen) => {
                self.screen = *screen;
                None
            }
            None => Some(Action::ToTitle),
        }
    }

    /// Mouse wheel: a line up or down per notch.
    fn wheel(&mut self, lines: i32) -> Option<Action> {
        let cmd = if lines < 0 {
            Command::Up
        } else {
            Command::Down
        };
        for _ in 0..lines.unsigned_abs().saturating_sub(1) {
            self.command(cmd);
        }
        self.command(cmd)
    }

    fn go_tab(&mut self, tab: Tab) -> Option<Action> {
        if let Screen::Play(p) = &mut self.screen {
            p.tab = tab;
            p.pane = 0;
            p.scroll = 0;
            p.form.entry = None;
        }
        None
    }

    fn focus_pane(&mut self, pane: usize) -> Option<Action> {
        match &mut self.screen {
            Screen::Play(p) => p.pane = pane,
            Screen::Replay(r) => r.pane = pane,
            Screen::Results { pane: p, .. } | Screen::GameOver { pane: p, .. } => *p = pane,
            _ => {}
        }
        None
    }

    fn command(&mut self, cmd: Command) -> Option<Action> {
        if let Some(overlay) = &mut self.overlay {
            return match overlay {
                Overlay::SaveAs(_) => self.save_as_command(cmd),
                Overlay::Intent(_) => self.intent_command(cmd),
                other => {
                    let (close, then) = other.command(cmd);
                    if close {
                        self.overlay = None;
                    }
                    then
                }
            };
        }
        match cmd {
            Command::Help => return Some(Action::ToggleHelp),
            Command::Glossary => {
                self.overlay = Some(Overlay::Glossary { index: 0 });
                return None;
            }
            Command::Quit => return Some(Action::Quit),
            Command::SaveGame => return Some(Action::AskSaveAs),
            Command::NextStep => {
                self.guide = self.guide.and_then(|g| g.skip(self));
                return None;
            }
            Command::EndGuide => {
                self.guide = None;
                return None;
            }
            _ => {}
        }
        match &mut self.screen {
            Screen::Title { .. } => self.title_command(cmd),
            Screen::NewGame(_, _) => self.new_game_command(cmd),
            Screen::Briefing { index, scroll } => {
                let humans = self.session.as_ref().map_or(0, |s| s.humans.len());
                super::results::briefing_command(index, scroll, humans, cmd)
            }
            Screen::HandOver { seat } => {
                if cmd == Command::Confirm {
                    let seat = *seat;
                    self.screen = Screen::Play(PlayState::new(seat));
                }
                None
            }
            Screen::Waiting { .. } | Screen::Thinking => None,
            Screen::Play(_) => self.play_command(cmd),
            Screen::Results { scroll, pane } => super::results::command(scroll, pane, cmd, false),
            Screen::GameOver { scroll, pane } => super::results::command(scroll, pane, cmd, true),
            Screen::Settings(_) => self.settings_command(cmd),
            Screen::Saves(_, _) if cmd == Command::Back => self.leave_saves(),
            Screen::Saves(s, _) => s.command(cmd),
            Screen::Replay(_) => self.replay_command(cmd),
        }
    }

    fn click(&mut self, pos: Position) -> Option<Action> {
        match &self.overlay {
            // Any click closes help and the Outlook; a question takes only its answers.
            Some(
                Overlay::Help { .. }
                | Overlay::Outlook
                | Overlay::Why(_)
                | Overlay::Glossary { .. },
            ) => {
                self.overlay = None;
                return None;
            }
            // Typing a name or an intent: only the keyboard answers.
            Some(Overlay::SaveAs(_) | Overlay::Intent(_)) => return None,
            Some(Overlay::Confirm(_)) => {
                return self
                    .hits
                    .borrow()
                    .iter()
                    .rev()
                    .find(|h| {
                        h.area.contains(pos)
                            && matches!(h.action, Action::Cmd(Command::Yes | Command::No))
                    })
                    .map(|h| h.action.clone());
            }
            None => {}
        }
        // The topmost (last drawn) area wins.
        self.hits
            .borrow()
            .iter()
            .rev()
            .find(|h| h.area.contains(pos))
            .map(|h| h.action.clone())
    }

    fn select_row(&mut self, row: usize) {
        match &mut self.screen {
            Screen::Title { selected } => *selected = row,
            Screen::NewGame(n, _) => {
                n.selected = row.min(NewGame::ROWS - 1);
                n.seed_entry = None;
            }
            Screen::Settings(s) => s.selected = row.min(SettingsState::ROWS - 1),
            Screen::Play(p) => match p.tab {
                Tab::Orders => {
                    p.pane = 0;
                    if p.form.selected != row {
                        p.form.entry = None;
                    }
                    p.form.selected = row;
                }
                Tab::Charts => {
                    p.chart = row;
                    p.pane = 0;
                }
                Tab::News => {
                    p.news_back = row;
                    p.pane = 0;
                    p.scroll = 0;
                }
                _ => {}
            },
            Screen::Saves(s, _) => s.selected = row.min(s.entries.len().saturating_sub(1)),
            Screen::Replay(r) => r.select_row(row),
            _ => {}
        }
    }
}
