//! The settings file (TOML): typed defaults, and the user's file as a partial patch. A bad file
//! gives a one-line notice and the defaults; it is never overwritten behind the user's back.

use super::keys::KeyBindings;
use super::theme::ThemeName;
use crate::engine::Seat;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub language: Lang,
    pub theme: ThemeName,
    /// 0..=1.
    pub volume: f32,
    pub mute: bool,
    /// The seat the new-game screen offers to a human first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_seat: Option<Seat>,
    /// Key-binding overrides: command name to keys, e.g. `submit = ["s", "ctrl-s"]`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub keys: BTreeMap<String, Vec<String>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Lang::En,
            theme: ThemeName::Default,
            volume: 0.8,
            mute: false,
            default_seat: None,
            keys: BTreeMap::new(),
        }
    }
}

impl Settings {
    /// Parses a settings file; the error is one line naming the line and the problem.
    pub fn from_toml(text: &str) -> Result<Settings, String> {
        let settings: Settings = toml::from_str(text).map_err(|e| {
            let where_ = e
                .span()
                .map(|span| {
                    format!(
                        "line {}: ",
                        crate::scenario::line_column(text, span.start).0
                    )
                })
                .unwrap_or_default();
            format!("{where_}{}", e.message().replace('\n', " ").trim())
        })?;
        if !(0.0..=1.0).contains(&settings.volume) {
            return Err(format!(
                "volume = {} is not allowed: 0..=1",
                settings.volume
            ));
        }
        KeyBindings::with_overrides(&settings.keys)?;
        Ok(settings)
    }

    pub fn key_bindings(&self) -> KeyBindings {
        // Checked when loaded; a bad table from elsewhere falls back to the defaults.
        KeyBindings::with_overrides(&self.keys).unwrap_or_default()
    }

    pub fn to_toml(&self) -> String {
        let body = toml::to_string_pretty(self).unwrap_or_default();
        format!(
            "# Overbuild settings. Every entry is optional; missing ones take their defaults.\n\
             # theme: default, high-contrast or colour-blind-safe. language: en or zh-Hant.\n\
             # [keys] rebinds commands, e.g. submit = [\"s\", \"ctrl-s\"].\n{body}"
        )
    }
}

/// What the game found when it read the settings file.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub settings: Settings,
    /// Where the file lives; None when there is no home or data directory.
    pub path: Option<PathBuf>,
    /// The file exists but could not be used: the one-line reason.
    pub problem: Option<String>,
}

impl Loaded {
    pub fn defaults() -> Loaded {
        Loaded {
            settings: Settings::default(),
            path: None,
            problem: None,
        }
    }
}

/// Reads the file at `path`: missing means defaults, silently; malformed means defaults and a
/// problem to show.
pub fn load(path: Option<PathBuf>) -> Loaded {
    let Some(path) = path else {
        return Loaded::defaults();
    };
    remove_stale_temp(&path);
    let read =
        crate::fsread::read_text_bounded(&path, crate::fsread::SETTINGS_LIMIT, "settings.toml");
    let (settings, problem) = match read {
        Ok(text) => match Settings::from_toml(&text) {
            Ok(s) => (s, None),
            Err(e) => (Settings::default(), Some(e)),
        },
        Err(e) if e.kind == crate::fsread::ReadErrorKind::NotFound => (Settings::default(), None),
        Err(e) => (Settings::default(), Some(e.reason())),
    };
    Loaded {
        settings,
        path: Some(path),
        problem,
    }
}

/// Removes the temporary file a `save` interrupted over a minute ago left beside the settings.
fn remove_stale_temp(path: &Path) {
    let temp = path.with_extension("toml.tmp");
    if let (Some(dir), Some(name)) = (temp.parent(), temp.file_name().and_then(|n| n.to_str())) {
        crate::save::remove_stale_temps(dir, |n| n == name);
    }
}

/// Writes the settings atomically (temporary file, sync, rename). When the file on disk was
/// malformed, it is first kept as `settings.toml.bak`. Returns the error as one line.
pub fn save(path: &Path, settings: &Settings, keep_bad: bool) -> Result<(), String> {
    let name = path.display();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))?;
    }
    if keep_bad && path.exists() {
        let backup = path.with_extension("toml.bak");
        std::fs::copy(path, &backup)
            .map_err(|e| format!("{}: cannot keep a backup: {e}", backup.display()))?;
    }
    let tmp = path.with_extension("toml.tmp");
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(settings.to_toml().as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{name}: cannot save: {e}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_file_patches_the_defaults() {
        let s = Settings::from_toml("theme = \"high-contrast\"\n[keys]\nquit = [\"ctrl-q\"]\n")
            .unwrap();
        assert_eq!(s.theme, ThemeName::HighContrast);
        assert_eq!(s.volume, Settings::default().volume);
        assert_eq!(
            s.key_bindings().label(super::super::keys::Command::Quit),
            "Ctrl-q"
        );
        let s = Settings::from_toml("language = \"zh-Hant\"\ndefault_seat = \"utility\"").unwrap();
        assert_eq!(s.language, Lang::ZhHant);
        assert_eq!(s.default_seat, Some(Seat::Utility));
    }

    #[test]
    fn bad_files_say_where_and_why() {
        let err = Settings::from_toml("theme = \"purple\"").unwrap_err();
        assert!(err.starts_with("line 1:"), "{err}");
        assert!(err.contains("purple") || err.contains("variant"), "{err}");
        assert!(
            Settings::from_toml("volume = 3.0")
                .unwrap_err()
                .contains("0..=1")
        );
        assert!(
            Settings::from_toml("colour = 1")
                .unwrap_err()
                .contains("colour")
        );
        assert!(
            Settings::from_toml("[keys]\nfly = [\"x\"]")
                .unwrap_err()
                .contains("fly")
        );
        assert!(!Settings::from_toml("theme = ").unwrap_err().contains('\n'));
    }

    #[test]
    fn saving_round_trips_and_keeps_a_bad_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "theme = \"purple\"").unwrap();
        let loaded = load(Some(path.clone()));
        assert!(loaded.problem.is_some());
        assert_eq!(loaded.settings, Settings::default());
        // Loading never touches the bad file.
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "theme = \"purple\""
        );
        let mut s = Settings {
            mute: true,
            ..Settings::default()
        };
        s.keys.insert("submit".into(), vec!["ctrl-s".into()]);
        save(&path, &s, true).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("settings.toml.bak")).unwrap(),
            "theme = \"purple\""
        );
        let again = load(Some(path));
        assert_eq!(again.problem, None);
        assert_eq!(again.settings, s);
        assert!(!dir.path().join("settings.toml.tmp").exists());
    }

    #[test]
    fn a_missing_file_is_silent() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = load(Some(dir.path().join("none.toml")));
        assert_eq!(loaded.problem, None);
        assert_eq!(loaded.settings, Settings::default());
    }
}
