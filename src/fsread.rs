//! Reading a file the user names, bounded: only regular files, and never more than a limit, so
//! `/dev/zero`, a FIFO or a huge file gives one line instead of filling memory or hanging.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Scenario files: the built-in one is under 40 KB.
pub const SCENARIO_LIMIT: u64 = 4 << 20;
/// Orders files: a few kilobytes.
pub const ORDERS_LIMIT: u64 = 1 << 20;
/// settings.toml: a few hundred bytes.
pub const SETTINGS_LIMIT: u64 = 256 << 10;
/// Join codes kept beside a workshop save.
pub const CODES_LIMIT: u64 = 64 << 10;

/// Why a file could not be read; shown as "PATH: REASON".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub path: PathBuf,
    pub kind: ReadErrorKind,
    /// The operating system's message, or what is wrong with the file and what is allowed.
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadErrorKind {
    /// The file does not exist (settings treat that as "use the defaults").
    NotFound,
    /// The operating system refused (permissions, I/O error).
    Io,
    /// Not a regular file, too large or not text: refused without reading it all.
    Refused,
}

impl ReadError {
    /// The message without the path.
    pub fn reason(&self) -> String {
        match self.kind {
            ReadErrorKind::NotFound | ReadErrorKind::Io => format!("cannot read: {}", self.detail),
            ReadErrorKind::Refused => self.detail.clone(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason())
    }
}

impl std::error::Error for ReadError {}

/// The whole file, if it is a regular file of at most `limit` bytes. `what` names the kind of
/// file in messages ("a scenario file").
pub fn read_bounded(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, ReadError> {
    let fail = |detail: String| ReadError {
        path: path.to_path_buf(),
        kind: ReadErrorKind::Refused,
        detail,
    };
    let io = |e: std::io::Error| io_error(path, e);
    // Checked before opening: opening a FIFO would block until a writer comes.
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(fail(not_regular(&meta, what, limit)));
    }
    if meta.len() > limit {
        return Err(fail(too_large(meta.len(), what, limit)));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow after the check: read one byte past the limit to notice.
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(fail(format!(
            "grew past {} while being read; {what} is at most {}",
            size(limit),
            size(limit)
        )));
    }
    Ok(bytes)
}

/// Opens a regular file to read as a stream, of any size (for readers whose memory does not
/// grow with the file); a FIFO or a device is refused without opening it.
pub fn open_regular(path: &Path, what: &str) -> Result<std::fs::File, ReadError> {
    let io = |e: std::io::Error| io_error(path, e);
    // Checked before opening: opening a FIFO would block until a writer comes.
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(ReadError {
            path: path.to_path_buf(),
            kind: ReadErrorKind::Refused,
            detail: format!(
                "is {}, not a regular file; {what} must be a regular file",
                kind_of(&meta)
            ),
        });
    }
    std::fs::File::open(path).map_err(io)
}

/// Like [`read_bounded`], for text that must be UTF-8.
pub fn read_text_bounded(path: &Path, limit: u64, what: &str) -> Result<String, ReadError> {
    let bytes = read_bounded(path, limit, what)?;
    String::from_utf8(bytes).map_err(|e| ReadError {
        path: path.to_path_buf(),
        kind: ReadErrorKind::Refused,
        detail: format!(
            "not UTF-8 text (byte {}); {what} is a UTF-8 text file",
            e.utf8_error().valid_up_to()
        ),
    })
}

fn not_regular(meta: &std::fs::Metadata, what: &str, limit: u64) -> String {
    let kind = kind_of(meta);
    format!(
        "is {kind}, not a regular file; {what} must be a regular file of at most {}",
        size(limit)
    )
}

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

fn too_large(len: u64, what: &str, limit: u64) -> String {
    format!(
        "is {}, too large; {what} is at most {}",
        size(len),
        size(limit)
    )
}

/// "4 MB", "256 KB", "12 bytes".
pub fn size(bytes: u64) -> String {
    const KB: u64 = 1 << 10;
    const MB: u64 = 1 << 20;
    if bytes >= MB {
        let whole = bytes / MB;
        if bytes.is_multiple_of(MB) {
            format!("{whole} MB")
        } else {
            format!("{:.1} MB", bytes as f64 / MB as f64)
        }
    } else if bytes >= KB {
        format!("{} KB", bytes.div_ceil(KB))
    } else {
        format!("{bytes} bytes")
    }
}

/// An I/O failure on `path`: not found, or any other error with the system's words.
fn io_error(path: &Path, e: std::io::Error) -> ReadError {
    ReadError {
        path: path.to_path_buf(),
        kind: if e.kind() == std::io::ErrorKind::NotFound {
            ReadErrorKind::NotFound
        } else {
            ReadErrorKind::Io
        },
        detail: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        std::fs::write(&path, "x = 1").unwrap();
        assert_eq!(read_text_bounded(&path, 5, "a file").unwrap(), "x = 1");
    }

    #[test]
    fn a_file_past_the_limit_is_refused_with_both_sizes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.toml");
        std::fs::write(&path, vec![b'#'; 3000]).unwrap();
        let err = read_bounded(&path, 2048, "a scenario file").unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}: is 3 KB, too large; a scenario file is at most 2 KB",
                path.display()
            )
        );
    }

    #[test]
    fn folders_and_missing_files_are_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_bounded(dir.path(), 10, "an orders file").unwrap_err();
        assert!(err.detail.starts_with("is a directory"), "{err}");
        let err = read_bounded(&dir.path().join("none"), 10, "x").unwrap_err();
        assert_eq!(err.kind, ReadErrorKind::NotFound);
        assert!(err.to_string().contains(": cannot read: "), "{err}");
        let bad = dir.path().join("bad");
        std::fs::write(&bad, [0xff, 0xfe]).unwrap();
        let err = read_text_bounded(&bad, 10, "settings.toml").unwrap_err();
        assert!(err.detail.contains("not UTF-8"), "{err}");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size(12), "12 bytes");
        assert_eq!(size(256 << 10), "256 KB");
        assert_eq!(size(4 << 20), "4 MB");
        assert_eq!(size((4 << 20) + (1 << 19)), "4.5 MB");
    }
}
