//! Keeping the sound system's own messages off the terminal.
//!
//! alsa-lib prints its errors ("ALSA lib pcm.c:...") to stderr through a process-wide handler,
//! from whatever thread calls it, including cpal's stream threads; on a machine without a sound
//! card, opening the default device prints a dozen such lines over the game. We install our own
//! handler once, before any ALSA call, which sends them to the log. Libraries behind ALSA
//! plugins (JACK, PipeWire) print with their own code, so while probing the device stderr is
//! also pointed at /dev/null when it is a terminal.

use std::io::IsTerminal;
#[cfg(unix)]
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

#[cfg(target_os = "linux")]
mod alsa {
    use std::ffi::{CStr, c_char, c_int};
    use std::sync::Once;

    /// alsa-lib's handler type is variadic (printf arguments follow `fmt`); stable Rust cannot
    /// define a variadic function. A callee that reads only the named arguments is compatible
    /// with a variadic call under the C calling conventions of Linux targets, and ours never
    /// touches the rest.
    type Handler = unsafe extern "C" fn(*const c_char, c_int, *const c_char, c_int, *const c_char);

    // libasound is linked by alsa-sys (rodio -> cpal -> alsa).
    #[link(name = "asound")]
    unsafe extern "C" {
        fn snd_lib_error_set_handler(handler: Option<Handler>) -> c_int;
    }

    fn text<'a>(p: *const c_char) -> std::borrow::Cow<'a, str> {
        if p.is_null() {
            "".into()
        } else {
            // SAFETY: alsa-lib passes NUL-terminated strings that live for the call.
            unsafe { CStr::from_ptr(p) }.to_string_lossy()
        }
    }

    /// Logs the message's source and unformatted text at trace level (off by default).
    unsafe extern "C" fn to_log(
        file: *const c_char,
        line: c_int,
        function: *const c_char,
        err: c_int,
        fmt: *const c_char,
    ) {
        tracing::trace!(
            target: "overbuild::audio::alsa",
            "ALSA {}:{} ({}) {} [{}]",
            text(file),
            line,
            text(function),
            text(fmt),
            err
        );
    }

    pub fn install() {
        static ONCE: Once = Once::new();
        ONCE.call_once(|| {
            // SAFETY: replaces alsa-lib's process-wide error handler with a function that lives
            // for the whole program.
            let result = unsafe { snd_lib_error_set_handler(Some(to_log)) };
            if result < 0 {
                tracing::debug!("cannot install the ALSA error handler ({result})");
            }
        });
    }
}

/// Routes alsa-lib's error messages to the log, for the rest of the process. Call before the
/// first ALSA call; later calls do nothing.
pub fn route_alsa_messages_to_log() {
    #[cfg(target_os = "linux")]
    alsa::install();
}

/// While alive, stderr (fd 2) goes to /dev/null, if it was a terminal; dropped, it is restored.
pub struct StderrSilenced {
    #[cfg(unix)]
    saved: Option<OwnedFd>,
}

impl StderrSilenced {
    #[cfg(unix)]
    pub fn if_terminal() -> StderrSilenced {
        let saved = if std::io::stderr().is_terminal() {
            redirect_to_null()
        } else {
            None
        };
        StderrSilenced { saved }
    }

    #[cfg(not(unix))]
    pub fn if_terminal() -> StderrSilenced {
        let _ = std::io::stderr().is_terminal();
        StderrSilenced {}
    }
}

#[cfg(unix)]
/// Points fd 2 at /dev/null; returns a copy of the old fd 2 to restore later.
fn redirect_to_null() -> Option<OwnedFd> {
    // SAFETY: plain fd calls; every fd opened here is owned or closed before returning.
    unsafe {
        let saved = libc::dup(2);
        if saved < 0 {
            return None;
        }
        let saved = OwnedFd::from_raw_fd(saved);
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if null < 0 {
            return None;
        }
        let null = OwnedFd::from_raw_fd(null);
        (libc::dup2(null.as_raw_fd(), 2) >= 0).then_some(saved)
    }
}

#[cfg(unix)]
impl Drop for StderrSilenced {
    fn drop(&mut self) {
        if let Some(saved) = self.saved.take() {
            // SAFETY: `saved` is a valid fd we own; dup2 makes fd 2 a copy of it again.
            unsafe {
                libc::dup2(saved.as_raw_fd(), 2);
            }
        }
    }
}
