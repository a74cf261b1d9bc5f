//! The application state, the one `Action` enum and the one `update`. Input events become
//! actions in `App::on_event`; `update` changes state and may return a follow-up action. Screens
//! (in `ui`) only read this state.

use super::form::{self, Refusal, Row};
use super::guide::Guide;
use super::keys::{Command, KeyBindings};
use super::replay::{Pending, ReplayState, Viewer};
use super::saves::{SaveAsState, SavesPurpose, SavesState};
use super::seams::{NoSaves, Outlook, OutlookSource, SaveBackend};
use super::session::{Session, Table};
use super::settings::{self, Settings};
use super::theme::{Theme, ThemeName};
use crate::audio::{Cue, Player};
use crate::bots::BotSpec;
use crate::engine::orders::{self, FieldKind, Value};
use crate::engine::report::{Arg, Msg};
use crate::engine::{Orders, Seat, SeatOrders};
use crate::game::SeatRole;
use crate::i18n::{Lang, Texts};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};
use std::cell::RefCell;
use std::path::PathBuf;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Something for the app's loop to consume: input, or news from a background worker.
#[derive(Clone, Debug)]
pub enum AppEvent {
    Input(Event),
    Outlook(Box<Outlook>),
    /// A signal from outside (SIGTERM, SIGHUP...): save the game in hand and quit now.
    Stop,
}

/// The tabs of a seat's game view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Dashboard,
    Orders,
    Charts,
    Books,
    News,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Dashboard,
        Tab::Orders,
        Tab::Charts,
        Tab::Books,
        Tab::News,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Tab::Dashboard => "tui-tab-dashboard",
            Tab::Orders => "tui-tab-orders",
            Tab::Charts => "tui-tab-charts",
            Tab::Books => "tui-tab-books",
            Tab::News => "tui-tab-news",
        }
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// Panes Tab cycles through.
    pub fn panes(self) -> usize {
        2
    }
}

/// Title menu entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    NewGame,
    Guide,
    Continue,
    Load,
    Replay,
    Settings,
    Help,
    Quit,
}

impl MenuItem {
    pub const ALL: [MenuItem; 8] = [
        MenuItem::NewGame,
        MenuItem::Guide,
        MenuItem::Continue,
        MenuItem::Load,
        MenuItem::Replay,
        MenuItem::Settings,
        MenuItem::Help,
        MenuItem::Quit,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MenuItem::NewGame => "tui-menu-new",
            MenuItem::Guide => "tui-menu-guide",
            MenuItem::Continue => "tui-menu-continue",
            MenuItem::Load => "tui-menu-load",
            MenuItem::Replay => "tui-menu-replay",
            MenuItem::Settings => "tui-menu-settings",
            MenuItem::Help => "tui-menu-help",
            MenuItem::Quit => "tui-menu-quit",
        }
    }

    pub fn needs_saves(self) -> bool {
        matches!(self, MenuItem::Continue | MenuItem::Load | MenuItem::Replay)
    }
}

/// The new-game form. It also picks the seats of a fork or of a loaded game nobody played
/// (`locked`): scenario and seed are then the game's own.
#[derive(Clone, Debug, PartialEq)]
pub struct NewGame {
    pub selected: usize,
    /// Index into the built-in scenarios.
    pub scenario: usize,
    /// A scenario file named with `play --scenario`, chosen in place of the built-ins until
    /// the player picks another.
    pub custom: Option<Box<crate::scenario::Scenario>>,
    pub human: [bool; 4],
    /// The bot of each seat that is not human: personality and level.
    pub bots: [BotSpec; 4],
    /// In a fork: seats that play the original's orders ("as played") rather than a bot.
    pub as_played: [bool; 4],
    pub seed: u64,
    /// The seed being typed, while editing it.
    pub seed_entry: Option<String>,
    pub error: Option<String>,
    /// What the seats are being chosen for, when the game exists already (`App::pending`).
    pub locked: Option<String>,
    /// Where Esc goes back to (the replay viewer, the Load list); the title when None.
    pub back: Option<Box<Screen>>,
}

impl NewGame {
    /// Rows: scenario, four seats, seed, language, start.
    pub const ROWS: usize = 8;
    pub const SEED_ROW: usize = 5;
    pub const LANG_ROW: usize = 6;
    pub const START_ROW: usize = 7;
}

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

#[derive(Clone, Debug, PartialEq)]
pub struct SettingsState {
    pub selected: usize,
    pub draft: Settings,
    /// Where to go back to.
    pub from_game: bool,
}

impl SettingsState {
    /// Rows: language, theme, volume, mute, default seat, save.
    pub const ROWS: usize = 6;
    pub const SAVE_ROW: usize = 5;
}

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Title {
        selected: usize,
    },
    NewGame(NewGame),
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
    Results {
        scroll: u16,
        pane: usize,
    },
    GameOver {
        scroll: u16,
        pane: usize,
    },
    Settings(SettingsState),
    /// The Load, Replay or Compare list of saved games.
    Saves(SavesState),
    /// The replay viewer (its data is `App::viewer`).
    Replay(ReplayState),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    /// Rendered question.
    pub text: String,
    pub yes: Action,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Confirm(Confirm),
    /// "Save as": a slot name being typed.
    SaveAs(SaveAsState),
    /// The Outlook panel: fan charts of the game's possible futures (`ui::outlook`).
    Outlook,
    /// The causes of last quarter's change of one figure (`ui::why`).
    Why(WhyState),
    /// Every figure's definition (`ui::glossary`): the entry shown, by index in
    /// `glossary::TERMS`.
    Glossary {
        index: usize,
    },
}

/// Which figure the "why" popup shows, and last quarter's attribution (None when the quarter
/// cannot be recomputed, e.g. before the first quarter).
#[derive(Clone, Debug, PartialEq)]
pub struct WhyState {
    pub index: usize,
    /// The figure's glossary entry is shown below its causes (`?`).
    pub glossary: bool,
    pub attribution: Option<Box<crate::engine::attribution::Attribution>>,
}

/// Everything that can happen to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A key with a meaning on the current screen.
    Cmd(Command),
    /// A character typed into a text entry.
    Type(char),
    Erase,
    Click(Position),
    /// Mouse wheel: lines, negative is up.
    Wheel(i32),
    Resize(u16, u16),
    Menu(MenuItem),
    GoTab(Tab),
    SelectRow(usize),
    FocusPane(usize),
    OpenNewGame,
    StartGame,
    /// Starts the guided first game (`guide`).
    StartGuide,
    BeginQuarter,
    AskSubmit,
    Submit,
    Resolve,
    /// The resolved orders of a remote table.
    Resolved(Box<Orders>),
    Outlook(Box<Outlook>),
    ToTitle,
    OpenSettings,
    SaveSettings,
    /// The Load, Replay or Compare list.
    OpenSaves(SavesPurpose),
    /// Choose entry `i` of the list on screen.
    OpenEntry(usize),
    /// Opens the "Save as" dialog.
    AskSaveAs,
    /// Saves the game to this slot (after any question about replacing it).
    WriteSave(String),
    /// Replay viewer: show this quarter (1-based).
    ShowQuarter(usize),
    /// Replay viewer: choose the seats of a fork before the quarter shown.
    Fork,
    /// Opens the Outlook panel and asks for continuations of the current orders.
    OpenOutlook,
    /// Opens the causes of last quarter's change of the seat's score.
    OpenWhy,
    ToggleHelp,
    CloseOverlay,
    /// Asks before quitting when a game is in progress.
    Quit,
    QuitNow,
}

/// A clickable area recorded while drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub area: Rect,
    pub action: Action,
}

/// A key the current screen understands, with the i18n key of what it does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyHelp {
    pub command: Command,
    pub what: &'static str,
    /// Shown in the footer (the help overlay shows them all).
    pub footer: bool,
}

pub(super) const fn kh(command: Command, what: &'static str, footer: bool) -> KeyHelp {
    KeyHelp {
        command,
        what,
        footer,
    }
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
    /// Orders this app sends to a workshop server (remote tables).
    pub outbox: Vec<SeatOrders>,
    /// Redraw needed.
    pub dirty: bool,
    /// Clickable areas of the last frame.
    pub hits: RefCell<Vec<Hit>>,
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
            outbox: Vec::new(),
            dirty: true,
            hits: RefCell::new(Vec::new()),
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
            let cmds: &[Command] = match overlay {
                Overlay::SaveAs(_) => return super::saves::save_as_key(key),
                Overlay::Confirm(_) => &[Command::Yes, Command::No],
                Overlay::Outlook => &[
                    Command::Outlook,
                    Command::Back,
                    Command::Confirm,
                    Command::Quit,
                ],
                Overlay::Why(_) => &[
                    Command::Up,
                    Command::Down,
                    Command::Help,
                    Command::Why,
                    Command::Back,
                    Command::Confirm,
                    Command::Quit,
                ],
                Overlay::Glossary { .. } => &[
                    Command::Up,
                    Command::Down,
                    Command::PageUp,
                    Command::PageDown,
                    Command::Glossary,
                    Command::Back,
                    Command::Confirm,
                    Command::Quit,
                ],
                Overlay::Help { .. } => &[
                    Command::Up,
                    Command::Down,
                    Command::PageUp,
                    Command::PageDown,
                    Command::Help,
                    Command::Back,
                    Command::Confirm,
                    Command::Quit,
                ],
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
            Screen::NewGame(n) => n.seed_entry.is_some(),
            Screen::Replay(r) => r.jump.is_some(),
            _ => false,
        }
    }

    /// Every key of the current screen, for the footer, the help overlay and key lookup.
    pub fn key_help(&self) -> Vec<KeyHelp> {
        use Command::*;
        let mut keys: Vec<KeyHelp> = match &self.screen {
            Screen::Title { .. } => vec![
                kh(Up, "tui-key-move", true),
                kh(Down, "tui-key-move", false),
                kh(Confirm, "tui-key-choose", true),
            ],
            Screen::NewGame(_) => vec![
                kh(Up, "tui-key-move", true),
                kh(Down, "tui-key-move", false),
                kh(Left, "tui-key-change", true),
                kh(Right, "tui-key-change", false),
                kh(Toggle, "tui-key-change", false),
                kh(Confirm, "tui-key-newgame-enter", true),
                kh(Random, "tui-key-random-seed", false),
                kh(Back, "tui-key-back", true),
            ],
            Screen::Briefing { .. } => vec![
                kh(Confirm, "tui-key-continue", true),
                kh(Up, "tui-key-scroll", false),
                kh(Down, "tui-key-scroll", false),
            ],
            Screen::HandOver { .. } => vec![kh(Confirm, "tui-key-ready", true)],
            Screen::Waiting { .. } => vec![],
            Screen::Play(p) => {
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
                    kh(Why, "tui-key-why", p.tab == Tab::Dashboard),
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
                k.push(kh(SaveGame, "tui-key-save-game", false));
                k
            }
            Screen::Results { .. } | Screen::GameOver { .. } => vec![
                // In the help, not the footer: the results heading names the key, and the
                // footer keeps Enter.
                kh(Why, "tui-key-why", false),
                kh(Up, "tui-key-scroll", true),
                kh(Down, "tui-key-scroll", false),
                kh(PageUp, "tui-key-page", false),
                kh(PageDown, "tui-key-page", false),
                kh(Top, "tui-key-top", false),
                kh(NextPane, "tui-key-next-pane", true),
                kh(PrevPane, "tui-key-prev-pane", false),
                kh(
                    Confirm,
                    if matches!(self.screen, Screen::GameOver { .. }) {
                        "tui-key-to-title"
                    } else {
                        "tui-key-next-quarter"
                    },
                    true,
                ),
                kh(SaveGame, "tui-key-save-game", true),
            ],
            Screen::Saves(s) => super::saves::keys(s),
            Screen::Replay(r) => super::replay::keys(r, self.viewer.as_ref()),
            Screen::Settings(_) => vec![
                kh(Up, "tui-key-move", true),
                kh(Down, "tui-key-move", false),
                kh(Left, "tui-key-change", true),
                kh(Right, "tui-key-change", false),
                kh(Toggle, "tui-key-change", false),
                kh(Confirm, "tui-key-change", false),
                kh(Save, "tui-key-save-settings", true),
                kh(Back, "tui-key-back", true),
            ],
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
            Action::Resize(w, h) => {
                self.size = (w, h);
                None
            }
            Action::QuitNow => {
                self.quit = true;
                None
            }
            Action::Quit => {
                if self.game_in_progress() {
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
                        // A local game returns to the title screen; a workshop seat
                        // disconnects.
                        yes: if local {
                            Action::ToTitle
                        } else {
                            Action::QuitNow
                        },
                    }));
                    None
                } else {
                    Some(Action::QuitNow)
                }
            }
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help { .. }) => None,
                    _ => Some(Overlay::Help { scroll: 0 }),
                };
                None
            }
            Action::CloseOverlay => {
                self.overlay = None;
                None
            }
            Action::Click(pos) => self.click(pos),
            Action::Cmd(cmd) => self.command(cmd),
            Action::Wheel(lines) => {
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
            Action::Type(c) => {
                self.type_char(c);
                None
            }
            Action::Erase => {
                self.erase();
                None
            }
            Action::Menu(item) => self.menu(item),
            Action::GoTab(tab) => {
                if let Screen::Play(p) = &mut self.screen {
                    p.tab = tab;
                    p.pane = 0;
                    p.scroll = 0;
                    p.form.entry = None;
                }
                None
            }
            Action::SelectRow(row) => {
                self.select_row(row);
                None
            }
            Action::FocusPane(pane) => {
                match &mut self.screen {
                    Screen::Play(p) => p.pane = pane,
                    Screen::Replay(r) => r.pane = pane,
                    Screen::Results { pane: p, .. } | Screen::GameOver { pane: p, .. } => *p = pane,
                    _ => {}
                }
                None
            }
            Action::OpenNewGame => {
                let default_seat = self.settings.default_seat.unwrap_or(Seat::Oracle);
                self.pending = None;
                self.screen = Screen::NewGame(NewGame {
                    selected: NewGame::START_ROW,
                    scenario: 0,
                    custom: None,
                    human: Seat::ALL.map(|s| s == default_seat),
                    bots: Seat::ALL.map(BotSpec::baseline),
                    as_played: [false; 4],
                    seed: (self.seed_source)(),
                    seed_entry: None,
                    error: None,
                    locked: None,
                    back: None,
                });
                None
            }
            Action::StartGame => self.start_from_form(),
            Action::StartGuide => {
                self.start_guide();
                None
            }
            Action::BeginQuarter => {
                self.begin_quarter();
                None
            }
            Action::AskSubmit => {
                let Screen::Play(p) = &self.screen else {
                    return None;
                };
                let session = self.session.as_ref()?;
                let seat = p.seat;
                let changes = self.changed_fields(session, seat);
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
            Action::Submit => self.submit(),
            Action::Resolve => self.resolve(),
            Action::Resolved(orders) => {
                let session = self.session.as_mut()?;
                session.apply(*orders);
                self.after_resolution();
                None
            }
            Action::Outlook(o) => {
                self.outlook = Some(*o);
                None
            }
            Action::OpenOutlook => {
                self.open_outlook();
                None
            }
            Action::OpenWhy => {
                self.open_why();
                None
            }
            Action::ToTitle => {
                self.session = None;
                self.guide = None;
                self.viewer = None;
                self.pending = None;
                self.overlay = None;
                self.screen = Screen::Title { selected: 0 };
                None
            }
            Action::OpenSaves(purpose) => self.open_saves(purpose),
            Action::OpenEntry(i) => self.open_entry(i),
            Action::AskSaveAs => self.ask_save_as(),
            Action::WriteSave(name) => self.write_save(&name),
            Action::ShowQuarter(q) => self.show_quarter(q),
            Action::Fork => self.fork_setup(),
            Action::OpenSettings => {
                self.screen = Screen::Settings(SettingsState {
                    selected: 0,
                    draft: self.settings.clone(),
                    from_game: false,
                });
                None
            }
            Action::SaveSettings => {
                self.save_settings();
                None
            }
        }
    }

    fn command(&mut self, cmd: Command) -> Option<Action> {
        if let Some(overlay) = &mut self.overlay {
            return match overlay {
                Overlay::SaveAs(_) => self.save_as_command(cmd),
                Overlay::Confirm(c) => match cmd {
                    Command::Yes => {
                        let yes = c.yes.clone();
                        self.overlay = None;
                        Some(yes)
                    }
                    _ => {
                        self.overlay = None;
                        None
                    }
                },
                Overlay::Outlook => {
                    self.overlay = None;
                    (cmd == Command::Quit).then_some(Action::Quit)
                }
                Overlay::Why(w) => {
                    let figures = w.attribution.as_ref().map_or(0, |a| a.figures.len());
                    match cmd {
                        Command::Up if figures > 0 => w.index = (w.index + figures - 1) % figures,
                        Command::Down if figures > 0 => w.index = (w.index + 1) % figures,
                        Command::Help => w.glossary = !w.glossary,
                        Command::Quit => return Some(Action::Quit),
                        _ => self.overlay = None,
                    }
                    None
                }
                Overlay::Glossary { index } => {
                    let n = crate::glossary::TERMS.len();
                    match cmd {
                        Command::Up => *index = (*index + n - 1) % n,
                        Command::Down => *index = (*index + 1) % n,
                        Command::PageUp => *index = index.saturating_sub(10),
                        Command::PageDown => *index = (*index + 10).min(n - 1),
                        Command::Quit => return Some(Action::Quit),
                        _ => self.overlay = None,
                    }
                    None
                }
                Overlay::Help { scroll } => {
                    match cmd {
                        Command::Up => *scroll = scroll.saturating_sub(1),
                        Command::Down => *scroll = scroll.saturating_add(1),
                        Command::PageUp => *scroll = scroll.saturating_sub(10),
                        Command::PageDown => *scroll = scroll.saturating_add(10),
                        Command::Quit => return Some(Action::Quit),
                        _ => self.overlay = None,
                    }
                    None
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
            Screen::Title { selected } => {
                let n = MenuItem::ALL.len();
                match cmd {
                    Command::Up => *selected = (*selected + n - 1) % n,
                    Command::Down => *selected = (*selected + 1) % n,
                    Command::Confirm => return Some(Action::Menu(MenuItem::ALL[*selected % n])),
                    _ => {}
                }
                None
            }
            Screen::NewGame(_) => self.new_game_command(cmd),
            Screen::Briefing { index, scroll } => {
                match cmd {
                    Command::Confirm => {
                        let humans = self.session.as_ref().map_or(0, |s| s.humans.len());
                        if *index + 1 < humans {
                            *index += 1;
                            *scroll = 0;
                        } else {
                            return Some(Action::BeginQuarter);
                        }
                    }
                    Command::Up => *scroll = scroll.saturating_sub(1),
                    Command::Down => *scroll = scroll.saturating_add(1),
                    _ => {}
                }
                None
            }
            Screen::HandOver { seat } => {
                if cmd == Command::Confirm {
                    let seat = *seat;
                    self.screen = Screen::Play(PlayState::new(seat));
                }
                None
            }
            Screen::Waiting { .. } => None,
            Screen::Play(_) => self.play_command(cmd),
            Screen::Results { scroll, pane } | Screen::GameOver { scroll, pane } => {
                match cmd {
                    Command::Up => *scroll = scroll.saturating_sub(1),
                    Command::Down => *scroll = scroll.saturating_add(1),
                    Command::PageUp => *scroll = scroll.saturating_sub(10),
                    Command::PageDown => *scroll = scroll.saturating_add(10),
                    Command::Top => *scroll = 0,
                    Command::Why => return Some(Action::OpenWhy),
                    Command::NextPane | Command::PrevPane => {
                        *pane = 1 - (*pane).min(1);
                        *scroll = 0;
                    }
                    Command::Confirm => {
                        return if matches!(self.screen, Screen::GameOver { .. }) {
                            Some(Action::ToTitle)
                        } else {
                            Some(Action::BeginQuarter)
                        };
                    }
                    _ => {}
                }
                None
            }
            Screen::Settings(_) => self.settings_command(cmd),
            Screen::Saves(_) => self.saves_command(cmd),
            Screen::Replay(_) => self.replay_command(cmd),
        }
    }

    fn menu(&mut self, item: MenuItem) -> Option<Action> {
        if let Screen::Title { selected } = &mut self.screen
            && let Some(i) = MenuItem::ALL.iter().position(|m| *m == item)
        {
            *selected = i;
        }
        if item.needs_saves()
            && let Some(reason) = self.saves.unavailable(&self.texts)
        {
            self.notice = Some(reason);
            return None;
        }
        match item {
            MenuItem::NewGame => Some(Action::OpenNewGame),
            MenuItem::Guide => Some(Action::StartGuide),
            MenuItem::Continue => self.continue_latest(),
            MenuItem::Load => Some(Action::OpenSaves(SavesPurpose::Load)),
            MenuItem::Replay => Some(Action::OpenSaves(SavesPurpose::Replay)),
            MenuItem::Settings => Some(Action::OpenSettings),
            MenuItem::Help => Some(Action::ToggleHelp),
            MenuItem::Quit => Some(Action::QuitNow),
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
            // Typing a name: only the keyboard answers.
            Some(Overlay::SaveAs(_)) => return None,
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
            Screen::NewGame(n) => {
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
            Screen::Saves(s) => s.selected = row.min(s.entries.len().saturating_sub(1)),
            Screen::Replay(r) => r.select_row(row),
            _ => {}
        }
    }

    // ---------------------------------------------------------------------------------------
    // New game

    fn new_game_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::NewGame(n) = &mut self.screen else {
            return None;
        };
        if let Some(entry) = &n.seed_entry {
            match cmd {
                Command::Confirm => {
                    match entry.trim().parse::<u64>() {
                        Ok(seed) => {
                            n.seed = seed;
                            n.error = None;
                        }
                        Err(_) => {
                            n.error = Some(self.texts.with(
                                "tui-newgame-bad-seed",
                                &[("text", Arg::Text(entry.clone()))],
                            ));
                        }
                    }
                    n.seed_entry = None;
                }
                Command::Back => n.seed_entry = None,
                _ => {}
            }
            return None;
        }
        let scenarios = crate::scenario::BUILTIN.len().max(1);
        let step = |cmd: Command| -> i32 {
            match cmd {
                Command::Left => -1,
                Command::Right | Command::Toggle => 1,
                _ => 0,
            }
        };
        let locked = n.locked.is_some();
        match cmd {
            Command::Up => n.selected = (n.selected + NewGame::ROWS - 1) % NewGame::ROWS,
            Command::Down => n.selected = (n.selected + 1) % NewGame::ROWS,
            Command::Back => {
                self.pending = None;
                return match n.back.take() {
                    Some(screen) => {
                        self.screen = *screen;
                        None
                    }
                    None => Some(Action::ToTitle),
                };
            }
            // A fork or a loaded game keeps its scenario and seed.
            Command::Random if !locked => {
                n.seed = (self.seed_source)();
                n.error = None;
            }
            Command::Left | Command::Right | Command::Toggle | Command::Confirm => {
                let dir = if cmd == Command::Confirm {
                    1
                } else {
                    step(cmd)
                };
                match n.selected {
                    0 | NewGame::SEED_ROW if locked => {}
                    0 if n.custom.is_some() => n.custom = None,
                    0 => {
                        n.scenario = (n.scenario as i64 + i64::from(dir))
                            .rem_euclid(scenarios as i64)
                            as usize
                    }
                    1..=4 => {
                        let i = n.selected - 1;
                        // Left and right pick a bot's personality and level; Space and Enter
                        // switch between a person and a bot.
                        let fork = self.pending.as_ref().is_some_and(|p| !p.guide.is_empty());
                        if matches!(cmd, Command::Left | Command::Right) && !n.human[i] {
                            (n.bots[i], n.as_played[i]) =
                                cycle_bot(&n.bots[i], n.as_played[i] && fork, fork, dir);
                        } else {
                            n.human[i] = !n.human[i];
                        }
                        n.error = None;
                    }
                    NewGame::SEED_ROW => {
                        if cmd == Command::Confirm {
                            n.seed_entry = Some(String::new());
                        } else {
                            n.seed = n.seed.saturating_add_signed(i64::from(dir));
                        }
                    }
                    NewGame::LANG_ROW => {
                        let next = match self.texts.lang() {
                            Lang::En => Lang::ZhHant,
                            Lang::ZhHant => Lang::En,
                        };
                        self.texts = Texts::new(next);
                    }
                    _ => {
                        if cmd == Command::Confirm {
                            return Some(Action::StartGame);
                        }
                    }
                }
            }
            _ => {}
        }
        None
    }

    /// The new-game form with what the command line gave filled in: a seed, bots for some
    /// seats, a built-in scenario or a scenario file.
    pub fn open_new_game_with(
        &mut self,
        seed: Option<u64>,
        bots: &[BotSpec],
        scenario: Option<crate::scenario::Scenario>,
    ) {
        self.dispatch(Action::OpenNewGame);
        let Screen::NewGame(n) = &mut self.screen else {
            return;
        };
        if let Some(seed) = seed {
            n.seed = seed;
        }
        if let Some(scenario) = scenario {
            match crate::scenario::BUILTIN
                .iter()
                .position(|(id, _)| scenario.source == format!("builtin:{id}"))
            {
                Some(index) => n.scenario = index,
                None => n.custom = Some(Box::new(scenario)),
            }
        }
        for bot in bots {
            n.human[bot.seat.index()] = false;
            n.bots[bot.seat.index()] = bot.clone();
        }
    }

    fn start_from_form(&mut self) -> Option<Action> {
        let Screen::NewGame(n) = &mut self.screen else {
            return None;
        };
        if !n.human.iter().any(|h| *h) {
            n.error = Some(self.texts.get("tui-newgame-need-human"));
            n.selected = 1;
            return None;
        }
        let original = self
            .pending
            .as_ref()
            .and_then(|p| p.meta.forked_from.as_ref())
            .map(|f| f.from.clone());
        let roles = Seat::ALL.map(|s| match (&original, n.human[s.index()]) {
            (_, true) => SeatRole::Human,
            (Some(from), false) if n.as_played[s.index()] => SeatRole::Script {
                source: from.clone(),
            },
            _ => n.bots[s.index()].role(),
        });
        if let Some(pending) = self.pending.take() {
            let fork = pending.meta.forked_from.is_some();
            let session = Session::resume(pending.game, pending.meta, roles, pending.guide);
            self.viewer = None;
            if fork {
                self.start_session(session);
                self.notice = Some(self.t("tui-fork-started"));
                return None;
            }
            self.session = Some(session);
            return Some(Action::BeginQuarter);
        }
        let id = crate::scenario::BUILTIN
            .get(n.scenario)
            .map_or(crate::scenario::DEFAULT, |(id, _)| id);
        let loaded = match &n.custom {
            Some(custom) => Ok(custom.as_ref().clone()),
            None => crate::scenario::load(id),
        };
        let scenario = match loaded {
            Ok(s) => s,
            Err(e) => {
                n.error = Some(e.to_string());
                return None;
            }
        };
        let seed = n.seed;
        self.start_session(Session::new(scenario, seed, roles));
        None
    }

    /// The guided first game: the default scenario, the guide's seat and seed, bots elsewhere.
    fn start_guide(&mut self) {
        match crate::scenario::load(crate::scenario::DEFAULT) {
            Ok(scenario) => {
                self.pending = None;
                self.viewer = None;
                let session = Session::new(scenario, super::guide::SEED, super::guide::roles());
                self.start_session(session);
                self.guide = Some(Guide::new());
            }
            Err(e) => self.notice = Some(e.to_string()),
        }
    }

    // ---------------------------------------------------------------------------------------
    // Playing a quarter

    /// Hands the keyboard to the next human seat, or ends the game.
    fn begin_quarter(&mut self) {
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

    fn submit(&mut self) -> Option<Action> {
        let Screen::Play(p) = &self.screen else {
            return None;
        };
        let seat = p.seat;
        let session = self.session.as_mut()?;
        session.submit(seat);
        match session.table {
            Table::Remote { seat } => {
                self.outbox.push(session.draft(seat));
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

    fn resolve(&mut self) -> Option<Action> {
        let session = self.session.as_mut()?;
        if session.table != Table::Local || !session.all_submitted() {
            return None;
        }
        session.resolve();
        self.after_resolution();
        None
    }

    /// Sound, autosave and the results screen after a quarter resolved.
    fn after_resolution(&mut self) {
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

    fn changed_fields(&self, session: &Session, seat: Seat) -> usize {
        let draft = session.draft(seat);
        let standing = session.standing(seat);
        let regions = session.game.world.params.regions.len();
        form::rows(seat, regions)
            .iter()
            .filter(|r| form::changed(r, &draft, &standing))
            .count()
    }

    fn play_command(&mut self, cmd: Command) -> Option<Action> {
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
            (Tab::Charts, 0) => lists(super::ui::charts::COUNT, &mut p.chart),
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

    fn form_command(&mut self, cmd: Command) -> Option<Action> {
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

    fn type_char(&mut self, c: char) {
        if let Some(Overlay::SaveAs(d)) = &mut self.overlay {
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

    fn erase(&mut self) {
        if let Some(Overlay::SaveAs(d)) = &mut self.overlay {
            d.entry.pop();
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

    // ---------------------------------------------------------------------------------------
    // Settings

    fn settings_command(&mut self, cmd: Command) -> Option<Action> {
        let Screen::Settings(s) = &mut self.screen else {
            return None;
        };
        let dir: i32 = match cmd {
            Command::Left => -1,
            Command::Right | Command::Toggle | Command::Confirm => 1,
            _ => 0,
        };
        match cmd {
            Command::Up => {
                s.selected = (s.selected + SettingsState::ROWS - 1) % SettingsState::ROWS
            }
            Command::Down => s.selected = (s.selected + 1) % SettingsState::ROWS,
            Command::Back => return Some(Action::ToTitle),
            Command::Save => return Some(Action::SaveSettings),
            _ if dir != 0 => {
                let d = &mut s.draft;
                match s.selected {
                    0 => {
                        d.language = match d.language {
                            Lang::En => Lang::ZhHant,
                            Lang::ZhHant => Lang::En,
                        }
                    }
                    1 => {
                        let i = ThemeName::ALL
                            .iter()
                            .position(|t| *t == d.theme)
                            .unwrap_or(0) as i32;
                        let n = ThemeName::ALL.len() as i32;
                        d.theme = ThemeName::ALL[(i + dir).rem_euclid(n) as usize];
                    }
                    2 => {
                        let v = (d.volume * 10.0).round() as i32 + dir;
                        d.volume = (v.clamp(0, 10) as f32) / 10.0;
                    }
                    3 => d.mute = !d.mute,
                    4 => {
                        // None, then each seat.
                        let i = d.default_seat.map_or(0, |s| s.index() as i32 + 1);
                        let next = (i + dir).rem_euclid(5);
                        d.default_seat = (next > 0).then(|| Seat::ALL[(next - 1) as usize]);
                    }
                    _ => {
                        if cmd == Command::Confirm {
                            return Some(Action::SaveSettings);
                        }
                    }
                }
                // Apply at once so the player sees the theme and language they pick.
                let draft = s.draft.clone();
                self.apply_settings(&draft);
            }
            _ => {}
        }
        None
    }

    fn apply_settings(&mut self, s: &Settings) {
        if self.texts.lang() != s.language {
            self.texts = Texts::new(s.language);
        }
        self.theme = Theme::new(s.theme, self.no_color);
        self.audio.set_volume(s.volume);
        self.audio.set_muted(s.mute);
    }

    fn save_settings(&mut self) {
        let Screen::Settings(s) = &self.screen else {
            return;
        };
        let draft = s.draft.clone();
        let Some(path) = self.settings_path.clone() else {
            self.notice = Some(self.t("tui-settings-no-dir"));
            return;
        };
        match settings::save(&path, &draft, self.settings_bad) {
            Ok(()) => {
                let backup = self.settings_bad;
                self.settings_bad = false;
                self.settings = draft.clone();
                self.keys = draft.key_bindings();
                self.apply_settings(&draft);
                let key = if backup {
                    "tui-settings-saved-backup"
                } else {
                    "tui-settings-saved"
                };
                self.notice = Some(
                    self.texts
                        .with(key, &[("file", Arg::Text(path.display().to_string()))]),
                );
            }
            Err(e) => self.notice = Some(e),
        }
    }
}

/// The next (or previous) choice for a seat no person takes: each registered personality at
/// each level, and in a fork first "as played" (the original's orders). Returns the bot and
/// whether the seat plays as played.
pub fn cycle_bot(current: &BotSpec, as_played: bool, fork: bool, dir: i32) -> (BotSpec, bool) {
    let seat = current.seat;
    let mut choices: Vec<Option<BotSpec>> = Vec::new();
    if fork {
        choices.push(None);
    }
    choices.extend(crate::bots::personalities(seat).iter().flat_map(|p| {
        crate::bots::Level::ALL.map(|level| {
            Some(BotSpec {
                seat,
                personality: p.to_string(),
                level,
            })
        })
    }));
    let at = if as_played {
        choices.iter().position(Option::is_none)
    } else {
        choices.iter().position(|c| c.as_ref() == Some(current))
    };
    let next = match at {
        Some(i) => (i as i64 + i64::from(dir)).rem_euclid(choices.len().max(1) as i64) as usize,
        None => 0,
    };
    match choices.get(next) {
        Some(Some(bot)) => (bot.clone(), false),
        Some(None) => (current.clone(), true),
        None => (current.clone(), as_played),
    }
}

/// A refusal as one line: the value and the allowed range with its unit.
pub fn refusal_text(texts: &Texts, row: &Row, refusal: &Refusal) -> String {
    let range = form::range_text(row.spec.kind).unwrap_or_default();
    let unit = form::bounds(row.spec.kind)
        .map(|(_, _, _, u)| unit_text(texts, u))
        .unwrap_or_default();
    let allowed = format!("{range} {unit}").trim().to_string();
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
