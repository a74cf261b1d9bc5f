//! Key bindings: a typed table of commands with default keys; the settings file patches it.
//! Screens ask which of *their* commands a key press means, so one key can mean different
//! things on different screens without clashing.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

/// One key with its modifiers, as written in the settings file ("ctrl-s", "F1", "shift-left").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        Key { code, mods }
    }

    pub const fn plain(code: KeyCode) -> Key {
        Key::new(code, KeyModifiers::NONE)
    }

    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    /// Parses "q", "?", "ctrl-s", "shift-left", "F5", "enter", "space", "backtab".
    pub fn parse(text: &str) -> Result<Key, String> {
        let text = text.trim();
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        // A lone "-" is a key; "ctrl--" is ctrl and "-".
        while let Some((prefix, tail)) = rest.split_once('-') {
            if tail.is_empty() {
                break;
            }
            match prefix.to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "c" => mods |= KeyModifiers::CONTROL,
                "alt" | "meta" | "m" => mods |= KeyModifiers::ALT,
                "shift" | "s" => mods |= KeyModifiers::SHIFT,
                _ => return Err(format!("unknown modifier \"{prefix}\" in \"{text}\"")),
            }
            rest = tail;
        }
        let lower = rest.to_ascii_lowercase();
        let code = match lower.as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            _ if lower.len() > 1 && lower.starts_with('f') => match lower[1..].parse::<u8>() {
                Ok(n) if (1..=12).contains(&n) => KeyCode::F(n),
                _ => return Err(format!("unknown key \"{rest}\"")),
            },
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    // Terminals report ctrl-S as ctrl-s.
                    (Some(c), None) if mods.contains(KeyModifiers::CONTROL) => {
                        KeyCode::Char(c.to_ascii_lowercase())
                    }
                    (Some(c), None) => KeyCode::Char(c),
                    _ => return Err(format!("unknown key \"{rest}\"")),
                }
            }
        };
        Ok(Key::new(code, mods).normalized())
    }

    /// Shift is part of the character for printable keys ('G' is shift-g), and BackTab implies
    /// it: drop it so the file's "G" matches the terminal's Char('G') with SHIFT.
    fn normalized(self) -> Key {
        match self.code {
            KeyCode::Char(_) | KeyCode::BackTab => {
                Key::new(self.code, self.mods - KeyModifiers::SHIFT)
            }
            _ => self,
        }
    }

    pub fn matches(&self, event: &KeyEvent) -> bool {
        let pressed = Key::new(event.code, event.modifiers).normalized();
        // Terminals differ on reporting ALT/SUPER alongside; compare the ones we bind.
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT;
        pressed.code == self.code && (pressed.mods & relevant) == (self.mods & relevant)
    }

    /// A short label for footers and help ("↑", "Enter", "Ctrl-s").
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Delete => "Del".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            label.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            label.push_str("Shift-");
        }
        label.push_str(&base);
        label
    }
}

/// Everything a key can mean. The settings file names them in snake_case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Command {
    Quit,
    Help,
    Up,
    Down,
    Left,
    Right,
    BigLeft,
    BigRight,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextPane,
    PrevPane,
    NextTab,
    PrevTab,
    Tab1,
    Tab2,
    Tab3,
    Tab4,
    Tab5,
    Confirm,
    Back,
    Submit,
    Reset,
    Toggle,
    Random,
    Save,
    Yes,
    No,
    SaveGame,
    Fork,
    Compare,
    Jump,
    Outlook,
    Repeat,
    Why,
    Glossary,
    NextStep,
    EndGuide,
    Intent,
}

impl Command {
    pub const ALL: [Command; 41] = [
        Command::Quit,
        Command::Help,
        Command::Up,
        Command::Down,
        Command::Left,
        Command::Right,
        Command::BigLeft,
        Command::BigRight,
        Command::PageUp,
        Command::PageDown,
        Command::Top,
        Command::Bottom,
        Command::NextPane,
        Command::PrevPane,
        Command::NextTab,
        Command::PrevTab,
        Command::Tab1,
        Command::Tab2,
        Command::Tab3,
        Command::Tab4,
        Command::Tab5,
        Command::Confirm,
        Command::Back,
        Command::Submit,
        Command::Reset,
        Command::Toggle,
        Command::Random,
        Command::Save,
        Command::Yes,
        Command::No,
        Command::SaveGame,
        Command::Fork,
        Command::Compare,
        Command::Jump,
        Command::Outlook,
        Command::Repeat,
        Command::Why,
        Command::Glossary,
        Command::NextStep,
        Command::EndGuide,
        Command::Intent,
    ];

    /// The name used in the settings file's `[keys]` table.
    pub fn id(self) -> &'static str {
        match self {
            Command::Quit => "quit",
            Command::Help => "help",
            Command::Up => "up",
            Command::Down => "down",
            Command::Left => "left",
            Command::Right => "right",
            Command::BigLeft => "big_left",
            Command::BigRight => "big_right",
            Command::PageUp => "page_up",
            Command::PageDown => "page_down",
            Command::Top => "top",
            Command::Bottom => "bottom",
            Command::NextPane => "next_pane",
            Command::PrevPane => "prev_pane",
            Command::NextTab => "next_tab",
            Command::PrevTab => "prev_tab",
            Command::Tab1 => "tab_1",
            Command::Tab2 => "tab_2",
            Command::Tab3 => "tab_3",
            Command::Tab4 => "tab_4",
            Command::Tab5 => "tab_5",
            Command::Confirm => "confirm",
            Command::Back => "back",
            Command::Submit => "submit",
            Command::Reset => "reset",
            Command::Toggle => "toggle",
            Command::Random => "random",
            Command::Save => "save",
            Command::Yes => "yes",
            Command::No => "no",
            Command::SaveGame => "save_game",
            Command::Fork => "fork",
            Command::Compare => "compare",
            Command::Jump => "jump",
            Command::Outlook => "outlook",
            Command::Repeat => "repeat",
            Command::Why => "why",
            Command::Glossary => "glossary",
            Command::NextStep => "next_step",
            Command::EndGuide => "end_guide",
            Command::Intent => "intent",
        }
    }

    pub fn parse(text: &str) -> Option<Command> {
        Command::ALL.into_iter().find(|c| c.id() == text)
    }

    fn defaults(self) -> Vec<Key> {
        use KeyCode::*;
        let shift = |code| Key::new(code, KeyModifiers::SHIFT);
        let ctrl = |c| Key::new(Char(c), KeyModifiers::CONTROL);
        match self {
            Command::Quit => vec![Key::ch('q')],
            Command::Help => vec![Key::ch('?'), Key::plain(F(1))],
            Command::Up => vec![Key::plain(Up), Key::ch('k')],
            Command::Down => vec![Key::plain(Down), Key::ch('j')],
            Command::Left => vec![Key::plain(Left), Key::ch('h')],
            Command::Right => vec![Key::plain(Right), Key::ch('l')],
            Command::BigLeft => vec![shift(Left), Key::ch('H')],
            Command::BigRight => vec![shift(Right), Key::ch('L')],
            Command::PageUp => vec![Key::plain(PageUp), ctrl('u')],
            Command::PageDown => vec![Key::plain(PageDown), ctrl('d')],
            Command::Top => vec![Key::plain(Home), Key::ch('g')],
            Command::Bottom => vec![Key::plain(End), Key::ch('G')],
            Command::NextPane => vec![Key::plain(Tab)],
            Command::PrevPane => vec![Key::plain(BackTab)],
            Command::NextTab => vec![Key::ch(']')],
            Command::PrevTab => vec![Key::ch('[')],
            Command::Tab1 => vec![Key::ch('1')],
            Command::Tab2 => vec![Key::ch('2')],
            Command::Tab3 => vec![Key::ch('3')],
            Command::Tab4 => vec![Key::ch('4')],
            Command::Tab5 => vec![Key::ch('5')],
            Command::Confirm => vec![Key::plain(Enter)],
            Command::Back => vec![Key::plain(Esc)],
            Command::Submit => vec![Key::ch('s')],
            Command::Reset => vec![Key::ch('r')],
            Command::Toggle => vec![Key::ch(' ')],
            Command::Random => vec![Key::ch('r')],
            Command::Save => vec![Key::ch('s'), ctrl('s')],
            Command::Yes => vec![Key::ch('y'), Key::plain(Enter)],
            Command::No => vec![Key::ch('n'), Key::plain(Esc)],
            Command::SaveGame => vec![ctrl('s'), Key::plain(F(2))],
            Command::Fork => vec![Key::ch('f')],
            Command::Compare => vec![Key::ch('c')],
            Command::Jump => vec![Key::ch('t')],
            Command::Outlook => vec![Key::ch('o')],
            Command::Repeat => vec![Key::ch('p')],
            Command::Why => vec![Key::ch('w')],
            Command::Glossary => vec![Key::ch('i')],
            Command::NextStep => vec![Key::ch('n')],
            Command::EndGuide => vec![Key::ch('x')],
            Command::Intent => vec![Key::ch('e')],
        }
    }
}

/// Which keys mean which command.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyBindings {
    map: BTreeMap<Command, Vec<Key>>,
}

impl Default for KeyBindings {
    fn default() -> Self {
        KeyBindings {
            map: Command::ALL.iter().map(|c| (*c, c.defaults())).collect(),
        }
    }
}

impl KeyBindings {
    /// The defaults patched by the settings file's `[keys]` table; the error names the entry.
    pub fn with_overrides(
        overrides: &BTreeMap<String, Vec<String>>,
    ) -> Result<KeyBindings, String> {
        let mut keys = KeyBindings::default();
        for (name, list) in overrides {
            let command = Command::parse(name).ok_or_else(|| {
                format!("keys.{name}: unknown command (known: {})", command_names())
            })?;
            let parsed = list
                .iter()
                .map(|k| Key::parse(k).map_err(|e| format!("keys.{name}: {e}")))
                .collect::<Result<Vec<Key>, String>>()?;
            if parsed.is_empty() {
                return Err(format!("keys.{name}: give at least one key"));
            }
            keys.map.insert(command, parsed);
        }
        Ok(keys)
    }

    pub fn keys(&self, command: Command) -> &[Key] {
        self.map.get(&command).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first of `candidates` that this key press means.
    pub fn lookup(&self, event: &KeyEvent, candidates: &[Command]) -> Option<Command> {
        candidates
            .iter()
            .copied()
            .find(|c| self.keys(*c).iter().any(|k| k.matches(event)))
    }

    /// Labels of every key bound to a command, "↑/k".
    pub fn label(&self, command: Command) -> String {
        let labels: Vec<String> = self.keys(command).iter().map(Key::label).collect();
        labels.join("/")
    }

    /// The first key's label, for tight footers.
    pub fn short(&self, command: Command) -> String {
        self.keys(command)
            .first()
            .map(Key::label)
            .unwrap_or_default()
    }
}

fn command_names() -> String {
    Command::ALL
        .iter()
        .map(|c| c.id())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn parses_the_forms_people_write() {
        assert_eq!(Key::parse("q").unwrap(), Key::ch('q'));
        assert_eq!(
            Key::parse("Ctrl-S").unwrap(),
            Key::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
        );
        assert_eq!(Key::parse("F5").unwrap(), Key::plain(KeyCode::F(5)));
        assert_eq!(Key::parse("-").unwrap(), Key::ch('-'));
        assert_eq!(
            Key::parse("shift-left").unwrap(),
            Key::new(KeyCode::Left, KeyModifiers::SHIFT)
        );
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("F13").is_err());
        assert!(Key::parse("xyz").is_err());
    }

    #[test]
    fn shifted_letters_match_without_caring_how_shift_was_reported() {
        let g = Key::parse("G").unwrap();
        assert!(g.matches(&press(KeyCode::Char('G'), KeyModifiers::SHIFT)));
        assert!(g.matches(&press(KeyCode::Char('G'), KeyModifiers::NONE)));
        assert!(!g.matches(&press(KeyCode::Char('g'), KeyModifiers::NONE)));
        let backtab = Key::plain(KeyCode::BackTab);
        assert!(backtab.matches(&press(KeyCode::BackTab, KeyModifiers::SHIFT)));
    }

    #[test]
    fn overrides_patch_only_what_they_name() {
        let mut o = BTreeMap::new();
        o.insert(
            "submit".to_string(),
            vec!["ctrl-enter".to_string(), "S".to_string()],
        );
        let keys = KeyBindings::with_overrides(&o).unwrap();
        assert_eq!(keys.label(Command::Submit), "Ctrl-Enter/S");
        assert_eq!(
            keys.keys(Command::Quit),
            KeyBindings::default().keys(Command::Quit)
        );
        let event = press(KeyCode::Char('S'), KeyModifiers::SHIFT);
        assert_eq!(
            keys.lookup(&event, &[Command::Quit, Command::Submit]),
            Some(Command::Submit)
        );
        o.insert("fly".to_string(), vec!["x".to_string()]);
        let err = KeyBindings::with_overrides(&o).unwrap_err();
        assert!(err.starts_with("keys.fly: unknown command"), "{err}");
    }

    #[test]
    fn every_command_has_a_default_key() {
        let keys = KeyBindings::default();
        for c in Command::ALL {
            assert!(!keys.keys(c).is_empty(), "{c:?}");
            assert_eq!(Command::parse(c.id()), Some(c));
        }
    }
}
