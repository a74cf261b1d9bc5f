//! Where files live: the platform's directories for "overbuild" (XDG on Linux), or everything
//! under one folder with `--data-dir DIR`.

use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
pub struct Paths {
    /// Saves, autosaves, logs and the SSH host key live under here.
    pub data: PathBuf,
    /// settings.toml lives here.
    pub config: PathBuf,
}

impl Paths {
    /// The platform's directories, or `dir` for everything when given. None when there is no
    /// home directory to put them in: the game then runs without saving.
    pub fn resolve(dir: Option<&Path>) -> Option<Paths> {
        if let Some(dir) = dir {
            return Some(Paths {
                data: dir.to_path_buf(),
                config: dir.to_path_buf(),
            });
        }
        let dirs = directories::ProjectDirs::from("", "", "overbuild")?;
        Some(Paths {
            data: dirs.data_dir().to_path_buf(),
            config: dirs.config_dir().to_path_buf(),
        })
    }

    pub fn saves(&self) -> PathBuf {
        self.data.join("saves")
    }

    pub fn autosaves(&self) -> PathBuf {
        self.data.join("autosaves")
    }

    pub fn logs(&self) -> PathBuf {
        self.data.join("logs")
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config.join("settings.toml")
    }

    pub fn host_key(&self) -> PathBuf {
        self.data.join("ssh_host_ed25519_key")
    }

    /// Creates a directory if needed; the error names it and says why.
    pub fn ensure(dir: &Path) -> Result<(), String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_override_puts_everything_under_it() {
        let p = Paths::resolve(Some(Path::new("/tmp/ob"))).unwrap();
        assert_eq!(p.saves(), PathBuf::from("/tmp/ob/saves"));
        assert_eq!(p.settings_file(), PathBuf::from("/tmp/ob/settings.toml"));
        assert!(p.host_key().starts_with("/tmp/ob"));
    }
}
