//! The Settings screen's keys at work: changing the draft, applying it and saving the settings
//! file. Its state and key list are `tui::settings_form`.

use super::{App, Screen};
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::i18n::{Lang, Texts};
use crate::tui::action::Action;
use crate::tui::keys::Command;
use crate::tui::settings::{self, Settings};
use crate::tui::settings_form::SettingsState;
use crate::tui::theme::{Theme, ThemeName};

impl App {
    /// The Settings screen from the title: a draft of the settings in force.
    pub(in crate::tui) fn open_settings(&mut self) -> Option<Action> {
        self.screen = Screen::Settings(SettingsState {
            selected: 0,
            draft: self.settings.clone(),
            from_game: false,
        });
        None
    }

    // ---------------------------------------------------------------------------------------
    // Settings

    pub(in crate::tui) fn settings_command(&mut self, cmd: Command) -> Option<Action> {
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

    pub(in crate::tui) fn apply_settings(&mut self, s: &Settings) {
        if self.texts.lang() != s.language {
            self.texts = Texts::new(s.language);
        }
        self.theme = Theme::new(s.theme, self.no_color);
        self.audio.set_volume(s.volume);
        self.audio.set_muted(s.mute);
    }

    pub(in crate::tui) fn save_settings(&mut self) {
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
