//! The log: `tracing` events go to `<data>/logs/overbuild.log`, never to the terminal (the TUI
//! owns it). No data directory, or one that cannot be written, means no log and no complaint.
//! `OVERBUILD_LOG` sets the filter (e.g. `overbuild=debug`); the default keeps our own info
//! lines and drops the libraries' chatter.

use crate::paths::Paths;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::prelude::*;

/// The log file's name in `Paths::logs()`.
pub const FILE_NAME: &str = "overbuild.log";
/// Past this size at start-up the log is moved to `overbuild.log.1` (replacing the older one).
pub const MAX_BYTES: u64 = 1 << 20;
const DEFAULT_FILTER: &str = "overbuild=info";

/// Keep it alive until the program ends: dropping it flushes the log.
#[must_use = "the log stops when the guard is dropped"]
#[derive(Debug, Default)]
pub struct LogGuard {
    _worker: Option<tracing_appender::non_blocking::WorkerGuard>,
    file: Option<PathBuf>,
}

impl LogGuard {
    /// The log file, when logging is on (to show the player where it is).
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }
}

/// Starts logging to a file under `paths`' data directory. Never fails and never prints:
/// without a writable directory, or when a global subscriber is already set, nothing is logged.
pub fn init(paths: Option<&Paths>) -> LogGuard {
    let Some(paths) = paths else {
        return LogGuard::default();
    };
    let dir = paths.logs();
    let Some(file) = open(&dir) else {
        return LogGuard::default();
    };
    let filter = std::env::var("OVERBUILD_LOG")
        .ok()
        .and_then(|s| s.parse::<Targets>().ok())
        .unwrap_or_else(|| DEFAULT_FILTER.parse().unwrap_or_default());
    let (writer, worker) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .thread_name("overbuild-log")
        .finish(file);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(false)
        .with_target(true);
    let subscriber = tracing_subscriber::registry().with(layer.with_filter(filter));
    if tracing::subscriber::set_global_default(subscriber).is_err() {
        return LogGuard::default();
    }
    let path = dir.join(FILE_NAME);
    tracing::info!(
        "overbuild {} started; log at {}",
        env!("CARGO_PKG_VERSION"),
        path.display()
    );
    LogGuard {
        _worker: Some(worker),
        file: Some(path),
    }
}

/// Opens the log for appending, moving an oversized one aside first.
fn open(dir: &Path) -> Option<File> {
    std::fs::create_dir_all(dir).ok()?;
    let path = dir.join(FILE_NAME);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_BYTES) {
        let _ = std::fs::rename(&path, dir.join(format!("{FILE_NAME}.1")));
    }
    OpenOptions::new().create(true).append(true).open(path).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_paths_or_an_unwritable_directory_means_no_log() {
        assert!(init(None).file().is_none());
        let dir = tempfile::tempdir().unwrap();
        // A file where the data directory should be: nothing can be created under it.
        let blocker = dir.path().join("data");
        std::fs::write(&blocker, "not a directory").unwrap();
        let paths = Paths::resolve(Some(&blocker)).unwrap();
        assert!(open(&paths.logs()).is_none());
        assert!(init(Some(&paths)).file().is_none());
    }

    #[test]
    fn an_oversized_log_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let old = vec![b'x'; (MAX_BYTES + 1) as usize];
        std::fs::write(dir.path().join(FILE_NAME), &old).unwrap();
        let file = open(dir.path()).unwrap();
        assert_eq!(file.metadata().unwrap().len(), 0);
        let moved = std::fs::metadata(dir.path().join(format!("{FILE_NAME}.1"))).unwrap();
        assert_eq!(moved.len(), MAX_BYTES + 1);
    }
}
