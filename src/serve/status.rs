//! The host's status lines on stdout. Nothing here may stop the server: a closed pipe
//! (`serve | head`) or a full disk makes the lines go to the log only, and a pipe nobody reads
//! (`serve | less`, paused) cannot block the game, because a thread of its own does the writing
//! from a bounded queue and lines past it are dropped.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

/// Lines waiting for stdout; past this they are dropped (events are in the log anyway).
const QUEUE: usize = 1024;

pub struct Stdout {
    queue: Mutex<Option<SyncSender<String>>>,
    done: Mutex<Option<Receiver<()>>>,
    dropping: AtomicBool,
}

impl Stdout {
    pub fn new() -> Stdout {
        let (tx, rx) = sync_channel::<String>(QUEUE);
        let (done_tx, done_rx) = sync_channel(1);
        let writer = std::thread::Builder::new()
            .name("overbuild-stdout".into())
            .spawn(move || {
                let mut working = true;
                for line in rx {
                    working = working && write_line(&line);
                }
                let _ = done_tx.send(());
            });
        let ok = writer.is_ok();
        if let Err(e) = writer {
            tracing::warn!("cannot start the stdout thread ({e}): status lines go to the log");
        }
        Stdout {
            queue: Mutex::new(ok.then_some(tx)),
            done: Mutex::new(ok.then_some(done_rx)),
            dropping: AtomicBool::new(false),
        }
    }

    /// Prints a line the host needs to see (the banner: it holds the codes, so it is not logged).
    pub fn line(&self, text: &str) {
        self.send(text);
    }

    /// Prints an event line (joins, refusals) and keeps it in the log.
    pub fn event(&self, text: &str) {
        tracing::info!("{text}");
        self.send(text);
    }

    fn send(&self, text: &str) {
        let queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(tx) = queue.as_ref() else {
            return;
        };
        if let Err(TrySendError::Full(_)) = tx.try_send(text.to_string())
            && !self.dropping.swap(true, Ordering::Relaxed)
        {
            tracing::warn!("stdout is not being read: status lines past the queue are dropped");
        }
    }

    /// Writes what is queued, waiting at most `within` (stdout may be stuck); then nothing more
    /// is printed.
    pub fn finish(&self, within: Duration) {
        drop(
            self.queue
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take(),
        );
        let done = self
            .done
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(done) = done {
            let _ = done.recv_timeout(within);
        }
    }
}

impl Default for Stdout {
    fn default() -> Stdout {
        Stdout::new()
    }
}

/// One line to stdout; false when it failed (then stdout is given up on).
fn write_line(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!("cannot write to stdout ({e}): status lines go to the log only");
            false
        }
    }
}
