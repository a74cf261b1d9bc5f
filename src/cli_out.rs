//! Command output without panics: a closed pipe (`| head`) ends a command quietly with exit
//! code 0, as Unix tools do; any other write error (a full disk) is one line and exit code 2.

use crate::error::UserError;
use std::io::{self, Write};
use std::process::ExitCode;

/// How a command stopped early.
#[derive(Debug, PartialEq)]
pub enum CliError {
    /// The reader of standard output went away: nobody is left to tell anything.
    Closed,
    /// One line on standard error, exit code 2.
    User(UserError),
}

impl<E: Into<UserError>> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError::User(e.into())
    }
}

/// What a failed write to standard output means for the command.
pub fn stdout_failed(e: &io::Error) -> CliError {
    if e.kind() == io::ErrorKind::BrokenPipe {
        CliError::Closed
    } else {
        CliError::User(UserError(format!("cannot write to standard output: {e}")))
    }
}

/// Writes `text` to standard output and flushes, so a failure is seen here, not lost at exit.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| stdout_failed(&e))
}

/// A line on standard error ("wrote FILE", a problem found). When standard error itself cannot
/// be written there is nobody to tell, so the failure is dropped rather than panicking.
pub fn note(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// Standard output for a long dialogue: remembers that a write failed, so the caller can tell
/// a failed write from a failed read of standard input.
pub struct Stdout {
    inner: io::StdoutLock<'static>,
    pub failed: bool,
}

impl Stdout {
    pub fn new() -> Stdout {
        Stdout {
            inner: io::stdout().lock(),
            failed: false,
        }
    }
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout::new()
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf).inspect_err(|_| self.failed = true)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().inspect_err(|_| self.failed = true)
    }
}

/// The exit code of a command's result, with its error line on standard error.
pub fn exit_code(result: Result<ExitCode, CliError>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(CliError::Closed) => ExitCode::SUCCESS,
        Err(CliError::User(e)) => {
            note(&format!("overbuild: {e}"));
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_quiet_and_a_full_disk_is_one_line() {
        let pipe = io::Error::from(io::ErrorKind::BrokenPipe);
        assert_eq!(stdout_failed(&pipe), CliError::Closed);
        let full = io::Error::from_raw_os_error(28);
        let CliError::User(e) = stdout_failed(&full) else {
            panic!("a full disk is an error");
        };
        assert!(e.0.starts_with("cannot write to standard output: "), "{e}");
        assert!(!e.0.contains('\n'));
    }
}
