//! Sound cues: the committed files match the generator, and a machine without an audio device
//! stays silent, quick and quiet.

use overbuild::audio::synth::{SAMPLE_RATE, render};
use overbuild::audio::{Cue, Player, Status};
use std::time::{Duration, Instant};

#[test]
fn a_new_player_returns_at_once_and_never_blocks() {
    let start = Instant::now();
    // Nearly inaudible where there is a device.
    let player = Player::new(false, 0.001);
    for cue in Cue::ALL {
        player.play(cue);
    }
    assert!(start.elapsed() < Duration::from_millis(200));
    if cfg!(not(feature = "sound")) {
        assert_eq!(player.status(), Status::Off);
    }
}

#[test]
fn committed_cue_files_are_what_the_generator_makes() {
    for cue in Cue::ALL {
        let mut reader = hound::WavReader::new(std::io::Cursor::new(cue.wav())).unwrap();
        let spec = reader.spec();
        assert_eq!(spec.channels, 1, "{cue:?}");
        assert_eq!(spec.sample_rate, SAMPLE_RATE, "{cue:?}");
        assert_eq!(spec.bits_per_sample, 16, "{cue:?}");
        let samples: Vec<i16> = reader.samples::<i16>().map(|s| s.unwrap()).collect();
        assert!(
            samples == render(cue),
            "{}: differs from the generator; run `cargo run --example make_sounds`",
            cue.file_name()
        );
    }
}

/// Runs `f` with fd 2 pointed at a temporary file; returns what was written there.
#[cfg(feature = "sound")]
fn capture_stderr<T>(f: impl FnOnce() -> T) -> (T, String) {
    use std::io::{Read, Seek};
    use std::os::fd::AsRawFd;
    let mut file = tempfile::tempfile().unwrap();
    // SAFETY: fd juggling on fds this test owns; fd 2 is restored before returning.
    let saved = unsafe { libc::dup(2) };
    assert!(saved >= 0);
    unsafe { libc::dup2(file.as_raw_fd(), 2) };
    let value = f();
    unsafe {
        libc::dup2(saved, 2);
        libc::close(saved);
    }
    let mut text = String::new();
    file.rewind().unwrap();
    file.read_to_string(&mut text).unwrap();
    (value, text)
}

#[cfg(feature = "sound")]
#[test]
fn opening_the_device_is_quick_and_prints_nothing() {
    let ((made_in, status, played_in), stderr) = capture_stderr(|| {
        let start = Instant::now();
        let player = Player::new(false, 0.0);
        let made_in = start.elapsed();
        let deadline = Instant::now() + Duration::from_secs(20);
        while player.status() == Status::Opening && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        let start = Instant::now();
        for cue in Cue::ALL {
            player.play(cue);
        }
        (made_in, player.status(), start.elapsed())
    });
    assert!(made_in < Duration::from_millis(200), "new took {made_in:?}");
    assert!(
        played_in < Duration::from_millis(50),
        "play took {played_in:?}"
    );
    assert!(
        matches!(status, Status::Ready | Status::NoDevice),
        "{status:?}"
    );
    assert!(!stderr.contains("ALSA"), "ALSA wrote to stderr:\n{stderr}");
    assert!(stderr.is_empty(), "stderr:\n{stderr}");
}
