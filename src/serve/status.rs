//! The host's status lines on stdout. Writes are fallible: a closed pipe (`serve | head`) or a
//! full disk must never bring the server down, so after the first error the lines go to the
//! log only and the server carries on.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Default)]
pub struct Stdout {
    broken: AtomicBool,
}

impl Stdout {
    /// Prints a line the host needs to see (the banner: it holds the codes, so it is not logged).
    pub fn line(&self, text: &str) {
        self.write(text);
    }

    /// Prints an event line (joins, refusals) and keeps it in the log.
    pub fn event(&self, text: &str) {
        tracing::info!("{text}");
        self.write(text);
    }

    /// False once stdout has failed.
    pub fn working(&self) -> bool {
        !self.broken.load(Ordering::Relaxed)
    }

    fn write(&self, text: &str) {
        if !self.working() {
            return;
        }
        let mut out = std::io::stdout().lock();
        if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush())
            && !self.broken.swap(true, Ordering::Relaxed)
        {
            tracing::warn!("cannot write to stdout ({e}): status lines go to the log only");
        }
    }
}
