//! Writing a file so that a crash at any moment leaves either the old file or the new one,
//! never a mix: a temporary file in the same folder, synced, then renamed over the target. The
//! file it replaces is first copied to `NAME.bak` the same way.

use super::error::SaveError;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// What to do with the file being replaced.
#[derive(Clone, Copy)]
pub enum Backup<'a> {
    None,
    /// Keep it as `NAME.bak` if this says it is good (so a corrupt file never replaces a good
    /// backup).
    IfValid(&'a dyn Fn(&[u8]) -> bool),
    /// Fail rather than replace a file, even one that appears after the write began.
    NeverReplace,
}

/// The points a write passes; a crash between any two must leave a readable file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    TempSynced,
    BackupDone,
    Renamed,
}

pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

pub fn write(path: &Path, bytes: &[u8], backup: Backup) -> Result<(), SaveError> {
    write_steps(path, bytes, backup, |_| false)
}

/// `crash_after` stops the write at a step as a killed process would, leaving its temporary
/// files behind (tests use it).
pub(crate) fn write_steps(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    crash_after: impl Fn(Step) -> bool,
) -> Result<(), SaveError> {
    let fail = |e: std::io::Error| SaveError::write(path, &e);
    let crashed = || SaveError::Write {
        path: path.to_path_buf(),
        reason: "interrupted (simulated crash)".into(),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "save".into());

    // Renaming over a device or FIFO would replace it, and reading it for the backup would
    // never end: only regular files are replaced.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        return Err(SaveError::Write {
            path: path.to_path_buf(),
            reason: "it exists and is not a regular file; choose a file name".into(),
        });
    }
    let mut temp = temp_builder(&format!(".{name}."))
        .tempfile_in(&dir)
        .map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    if crash_after(Step::TempSynced) {
        let _ = temp.keep();
        return Err(crashed());
    }

    if let Backup::IfValid(is_good) = backup
        && let Ok(old) = crate::fsread::read_bounded(path, super::MAX_SAVE_BYTES, "a save")
        && is_good(&old)
    {
        let mut copy = temp_builder(&format!(".{name}.bak."))
            .tempfile_in(&dir)
            .map_err(fail)?;
        copy.write_all(&old).map_err(fail)?;
        copy.as_file().sync_all().map_err(fail)?;
        copy.persist(backup_path(path)).map_err(|e| fail(e.error))?;
    }
    if crash_after(Step::BackupDone) {
        let _ = temp.keep();
        return Err(crashed());
    }

    if matches!(backup, Backup::NeverReplace) {
        temp.persist_noclobber(path).map_err(|e| fail(e.error))?;
    } else {
        temp.persist(path).map_err(|e| fail(e.error))?;
    }
    sync_dir(&dir);
    if crash_after(Step::Renamed) {
        return Err(crashed());
    }
    Ok(())
}

/// A temporary file older than this was left by a write that never finished (a crash, a kill):
/// a live write renames its file within seconds.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// Whether a file name is one of `write`'s temporary files: `.NAME.XXXXXX.tmp` or
/// `.NAME.bak.XXXXXX.tmp`, where NAME is a save (`*.json.gz`).
pub fn is_save_temp(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((target, random)) = inner.rsplit_once('.') else {
        return false;
    };
    let target = target.strip_suffix(".bak").unwrap_or(target);
    random.len() == 6
        && random.chars().all(|c| c.is_ascii_alphanumeric())
        && target.len() > super::EXTENSION.len()
        && target.ends_with(super::EXTENSION)
}

/// Removes the temporary files `ours` recognises in `dir` that are older than `STALE_AFTER`,
/// and returns them. Newer ones may belong to a write still going on and are left alone; so is
/// everything else in the folder. Failures are skipped: a leftover file does no harm.
pub fn remove_stale_temps(dir: &Path, ours: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let now = SystemTime::now();
    let mut removed = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let named_ours = path.file_name().and_then(|n| n.to_str()).is_some_and(&ours);
        // Not followed: a link named like ours is not ours.
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if named_ours && meta.is_file() && old && fs::remove_file(&path).is_ok() {
            tracing::info!("removed {}: left by an unfinished write", path.display());
            removed.push(path);
        }
    }
    removed.sort();
    removed
}

/// Temporary files are private by default; a save or report is an ordinary file (the umask
/// still applies).
fn temp_builder(prefix: &str) -> tempfile::Builder<'_, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder
}

/// Makes the renames durable. Not every platform or file system can sync a folder; the data
/// itself is already synced, so a failure here is not worth failing the save for.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good(bytes: &[u8]) -> bool {
        bytes.starts_with(b"good")
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_and_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json.gz");
        write(&path, b"good 1", Backup::IfValid(&good)).unwrap();
        assert!(!backup_path(&path).exists());
        write(&path, b"good 2", Backup::IfValid(&good)).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"good 2");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"good 1");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_bad_file_never_replaces_a_good_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json.gz");
        write(&path, b"good 1", Backup::IfValid(&good)).unwrap();
        write(&path, b"good 2", Backup::IfValid(&good)).unwrap();
        fs::write(&path, b"garbage").unwrap();
        write(&path, b"good 3", Backup::IfValid(&good)).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"good 1");
        assert_eq!(fs::read(&path).unwrap(), b"good 3");
    }

    #[test]
    fn a_crash_at_any_step_leaves_the_old_or_the_new_file_whole() {
        for step in [Step::TempSynced, Step::BackupDone, Step::Renamed] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("a.json.gz");
            write(&path, b"good old", Backup::IfValid(&good)).unwrap();
            let err =
                write_steps(&path, b"good new", Backup::IfValid(&good), |s| s == step).unwrap_err();
            assert!(err.to_string().contains("interrupted"), "{err}");
            let now = fs::read(&path).unwrap();
            match step {
                Step::TempSynced | Step::BackupDone => assert_eq!(now, b"good old", "{step:?}"),
                Step::Renamed => assert_eq!(now, b"good new"),
            }
            if step != Step::TempSynced {
                assert_eq!(fs::read(backup_path(&path)).unwrap(), b"good old");
            }
            // The next write succeeds despite the leftover temporary file.
            write(&path, b"good next", Backup::IfValid(&good)).unwrap();
            assert_eq!(fs::read(&path).unwrap(), b"good next");
        }
    }

    #[test]
    fn never_replace_keeps_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        write(&path, b"first", Backup::NeverReplace).unwrap();
        assert!(write(&path, b"second", Backup::NeverReplace).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_missing_folder_is_a_one_line_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/a.json.gz");
        let err = write(&path, b"x", Backup::None).unwrap_err().to_string();
        assert!(err.contains("cannot write"), "{err}");
        assert!(!err.contains('\n'));
    }

    fn age(path: &Path, secs: u64) {
        let file = fs::File::options().append(true).open(path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(secs))
            .unwrap();
    }

    #[test]
    fn only_our_stale_temporary_files_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json.gz");
        write(&path, b"good old", Backup::IfValid(&good)).unwrap();
        write_steps(&path, b"good new", Backup::IfValid(&good), |s| {
            s == Step::TempSynced
        })
        .unwrap_err();
        let crashed = leftovers(dir.path());
        assert_eq!(crashed.len(), 1);
        assert!(is_save_temp(&crashed[0]), "{crashed:?}");
        // Fresh: maybe a write going on right now.
        assert!(remove_stale_temps(dir.path(), is_save_temp).is_empty());
        let others = [
            ".notes.tmp",
            "a.json.gz.tmp",
            ".a.json.gz.tmp",
            ".b.txt.abcdef.tmp",
        ];
        for name in others {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        for name in crashed.iter().map(String::as_str).chain(others) {
            age(&dir.path().join(name), 120);
        }
        let removed = remove_stale_temps(dir.path(), is_save_temp);
        assert_eq!(removed, vec![dir.path().join(&crashed[0])]);
        for name in others {
            assert!(dir.path().join(name).exists(), "{name}");
        }
        assert_eq!(fs::read(&path).unwrap(), b"good old");
        assert!(is_save_temp(".autosave-1.json.gz.bak.Ab12Cd.tmp"));
        assert!(!is_save_temp("..json.gz.Ab12Cd.tmp"));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_folders_are_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        for target in [Path::new("/dev/null"), dir.path()] {
            let err = write(target, b"good", Backup::IfValid(&good)).unwrap_err();
            assert!(err.to_string().contains("not a regular file"), "{err}");
        }
        assert!(Path::new("/dev/null").exists());
        assert!(leftovers(dir.path()).is_empty());
    }
}
