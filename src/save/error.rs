//! What can go wrong with a save, each as one line that names the file and the problem.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SaveError {
    #[error(
        "no home directory to keep saves in: give --data-dir DIR; the game goes on without saving"
    )]
    NoHome,
    #[error("{}: cannot use this folder for saves: {reason}; the game goes on without saving", dir.display())]
    Folder { dir: PathBuf, reason: String },
    #[error("{}: cannot read: {reason}", path.display())]
    Read { path: PathBuf, reason: String },
    #[error("{}: cannot write: {reason}", path.display())]
    Write { path: PathBuf, reason: String },
    #[error("{}: the file is truncated ({detail})", path.display())]
    Truncated { path: PathBuf, detail: String },
    #[error("{}: the file is corrupt ({detail})", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("{}: not an Overbuild save ({detail})", path.display())]
    NotASave { path: PathBuf, detail: String },
    #[error(
        "{}: written by a newer Overbuild ({app}, save format {format}); this is {} and reads formats up to {}",
        path.display(),
        crate::save::APP_VERSION,
        crate::save::FORMAT_VERSION
    )]
    Newer {
        path: PathBuf,
        format: u64,
        app: String,
    },
    #[error("{}: invalid save: {detail}", path.display())]
    Invalid { path: PathBuf, detail: String },
    #[error("{}: {detail}", path.display())]
    Scenario { path: PathBuf, detail: String },
    #[error("{}: {detail}", path.display())]
    Refused { path: PathBuf, detail: String },
}

impl SaveError {
    /// The file or folder the error is about, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            SaveError::NoHome => None,
            SaveError::Folder { dir, .. } => Some(dir),
            SaveError::Read { path, .. }
            | SaveError::Write { path, .. }
            | SaveError::Truncated { path, .. }
            | SaveError::Corrupt { path, .. }
            | SaveError::NotASave { path, .. }
            | SaveError::Newer { path, .. }
            | SaveError::Invalid { path, .. }
            | SaveError::Scenario { path, .. }
            | SaveError::Refused { path, .. } => Some(path),
        }
    }

    /// The save folder is missing or unusable: play on, without saving.
    pub fn is_folder_problem(&self) -> bool {
        matches!(self, SaveError::NoHome | SaveError::Folder { .. })
    }

    pub(crate) fn read(path: &Path, e: &std::io::Error) -> SaveError {
        SaveError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    }

    pub(crate) fn write(path: &Path, e: &std::io::Error) -> SaveError {
        SaveError::Write {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    }
}

impl From<SaveError> for crate::error::UserError {
    fn from(e: SaveError) -> Self {
        crate::error::UserError(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_line_and_name_the_file() {
        let e = SaveError::Newer {
            path: PathBuf::from("a.json.gz"),
            format: 9,
            app: "9.0.0".into(),
        };
        let text = e.to_string();
        assert!(text.starts_with("a.json.gz: written by a newer Overbuild (9.0.0, save format 9)"));
        assert!(!text.contains('\n'));
        assert_eq!(e.path(), Some(Path::new("a.json.gz")));
        assert!(SaveError::NoHome.is_folder_problem());
    }
}
