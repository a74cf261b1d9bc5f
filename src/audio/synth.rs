//! The cue sounds, synthesised from sine partials under envelopes. `examples/make_sounds.rs`
//! writes them to assets/sounds/; a test checks the committed files hold exactly these samples.
//! Everything goes through `libm`, not the platform's maths library, so every machine makes the
//! same bits.

use super::Cue;
use std::f64::consts::TAU;

/// Short mono cues do not need more.
pub const SAMPLE_RATE: u32 = 22_050;
/// Loudest sample of every cue, as a share of full scale: headroom for mixing two cues.
const PEAK: f64 = 0.7;

/// One partial of a tone: frequency ratio to the fundamental, amplitude, decay rate (1/s).
type Partial = (f64, f64, f64);

/// Soft mallet: the marimba's strong fourth partial.
const MALLET: &[Partial] = &[(1.0, 1.0, 7.0), (4.0, 0.25, 18.0), (10.0, 0.05, 40.0)];
/// Square-ish beep: odd harmonics.
const BEEP: &[Partial] = &[(1.0, 1.0, 0.0), (3.0, 0.33, 0.0), (5.0, 0.2, 0.0)];
/// Brass: a full harmonic series, brighter at the start.
const BRASS: &[Partial] = &[
    (1.0, 1.0, 0.5),
    (2.0, 0.7, 1.0),
    (3.0, 0.5, 1.5),
    (4.0, 0.3, 2.0),
    (5.0, 0.2, 3.0),
    (6.0, 0.1, 4.0),
];
/// Sawtooth-like: every harmonic at 1/n.
const SAW: &[Partial] = &[
    (1.0, 1.0, 0.0),
    (2.0, 0.5, 0.0),
    (3.0, 0.33, 0.0),
    (4.0, 0.25, 0.0),
    (5.0, 0.2, 0.0),
    (6.0, 0.17, 0.0),
];
/// Organ: a few harmonics that hold.
const ORGAN: &[Partial] = &[
    (1.0, 1.0, 0.6),
    (2.0, 0.5, 0.8),
    (3.0, 0.25, 1.0),
    (4.0, 0.12, 1.2),
];

/// A note: starts at `start` s, lasts `length` s, gliding from `from` Hz to `to` Hz.
#[derive(Clone, Copy)]
struct Note {
    start: f64,
    length: f64,
    from: f64,
    to: f64,
    amp: f64,
    attack: f64,
    partials: &'static [Partial],
}

fn note(start: f64, length: f64, hz: f64, amp: f64, partials: &'static [Partial]) -> Note {
    Note {
        start,
        length,
        from: hz,
        to: hz,
        amp,
        attack: 0.005,
        partials,
    }
}

/// Equal-tempered pitch: semitones above A4.
fn pitch(semitones: f64) -> f64 {
    440.0 * libm::pow(2.0, semitones / 12.0)
}

/// Adds a note into the buffer. Frequency glides exponentially; phase is integrated so the
/// glide has no clicks.
fn add(buffer: &mut [f64], n: Note) {
    let rate = f64::from(SAMPLE_RATE);
    let first = (n.start * rate) as usize;
    let count = (n.length * rate) as usize;
    let release = 0.01_f64.min(n.length / 4.0);
    let mut phases = vec![0.0_f64; n.partials.len()];
    for i in 0..count {
        let Some(slot) = buffer.get_mut(first + i) else {
            break;
        };
        let t = i as f64 / rate;
        let progress = t / n.length;
        let hz = n.from * libm::pow(n.to / n.from, progress);
        let attack = if t < n.attack { t / n.attack } else { 1.0 };
        let tail = n.length - t;
        let release_gain = if tail < release { tail / release } else { 1.0 };
        let mut sample = 0.0;
        for (phase, (ratio, amp, decay)) in phases.iter_mut().zip(n.partials) {
            let f = hz * ratio;
            // Partials above Nyquist would fold back as noise.
            if f < rate / 2.0 {
                sample += amp * libm::exp(-decay * t) * libm::sin(*phase);
            }
            *phase = (*phase + TAU * f / rate) % TAU;
        }
        *slot += n.amp * attack * release_gain * sample;
    }
}

/// A burst of low-passed noise from a fixed-seed xorshift, decaying from `start`.
fn add_noise(buffer: &mut [f64], start: f64, length: f64, amp: f64, decay: f64) {
    let rate = f64::from(SAMPLE_RATE);
    let first = (start * rate) as usize;
    let count = (length * rate) as usize;
    let mut state: u32 = 0x9E37_79B9;
    let mut low = 0.0;
    for i in 0..count {
        let Some(slot) = buffer.get_mut(first + i) else {
            break;
        };
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let white = f64::from(state) / f64::from(u32::MAX) * 2.0 - 1.0;
        low += 0.2 * (white - low);
        let t = i as f64 / rate;
        let tail = ((length - t) / 0.02).min(1.0);
        *slot += amp * libm::exp(-decay * t) * tail * low;
    }
}

fn length(cue: Cue) -> f64 {
    match cue {
        Cue::TurnResolved => 0.45,
        Cue::Headline => 0.6,
        Cue::Blackout => 1.3,
        Cue::MarketCrash => 1.2,
        Cue::ElectionNight => 1.5,
        Cue::GameOver => 2.0,
    }
}

/// A cue's samples, 16-bit mono at `SAMPLE_RATE`.
pub fn render(cue: Cue) -> Vec<i16> {
    let mut buffer = vec![0.0_f64; (length(cue) * f64::from(SAMPLE_RATE)) as usize];
    let b = &mut buffer;
    match cue {
        // Two mallet notes a fifth apart: the quarter is done.
        Cue::TurnResolved => {
            add(b, note(0.0, 0.3, pitch(12.0), 1.0, MALLET));
            add(b, note(0.12, 0.33, pitch(19.0), 0.8, MALLET));
        }
        // A news-desk ticker: two short beeps and a higher one.
        Cue::Headline => {
            add(b, note(0.0, 0.08, pitch(15.0), 0.6, BEEP));
            add(b, note(0.12, 0.08, pitch(15.0), 0.6, BEEP));
            add(b, note(0.24, 0.3, pitch(22.0), 0.6, BEEP));
        }
        // A two-tone alarm, then the hum of a grid winding down.
        Cue::Blackout => {
            for i in 0..5 {
                let hz = if i % 2 == 0 { pitch(6.0) } else { pitch(1.0) };
                add(b, note(f64::from(i) * 0.15, 0.14, hz, 0.5, BEEP));
            }
            add(
                b,
                Note {
                    start: 0.75,
                    length: 0.55,
                    from: 120.0,
                    to: 30.0,
                    amp: 0.8,
                    attack: 0.02,
                    partials: SAW,
                },
            );
        }
        // A long fall, then the crash.
        Cue::MarketCrash => {
            add(
                b,
                Note {
                    start: 0.0,
                    length: 0.95,
                    from: 880.0,
                    to: 110.0,
                    amp: 0.45,
                    attack: 0.01,
                    partials: SAW,
                },
            );
            add_noise(b, 0.9, 0.3, 1.0, 9.0);
            add(b, note(0.9, 0.3, 55.0, 0.8, MALLET));
        }
        // A brass fanfare rising through a major chord.
        Cue::ElectionNight => {
            add(b, note(0.0, 0.14, pitch(-2.0), 0.5, BRASS));
            add(b, note(0.15, 0.14, pitch(3.0), 0.5, BRASS));
            add(b, note(0.3, 0.14, pitch(7.0), 0.5, BRASS));
            add(b, note(0.45, 1.05, pitch(10.0), 0.55, BRASS));
            add(b, note(0.45, 1.05, pitch(3.0), 0.3, BRASS));
        }
        // A plagal cadence on the organ: the end.
        Cue::GameOver => {
            for semitones in [-4.0, 0.0, 3.0] {
                add(b, note(0.0, 0.85, pitch(semitones), 0.4, ORGAN));
            }
            for semitones in [-9.0, -5.0, -2.0, 3.0] {
                add(b, note(0.8, 1.2, pitch(semitones), 0.35, ORGAN));
            }
        }
    }
    let peak = buffer.iter().fold(0.0_f64, |m, s| m.max(s.abs()));
    let gain = if peak > 0.0 { PEAK / peak } else { 0.0 };
    buffer
        .iter()
        .map(|s| libm::round(s * gain * f64::from(i16::MAX)) as i16)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_is_short_loud_enough_and_unclipped() {
        for cue in Cue::ALL {
            let samples = render(cue);
            let seconds = samples.len() as f64 / f64::from(SAMPLE_RATE);
            assert!((0.3..=2.5).contains(&seconds), "{cue:?}: {seconds} s");
            let peak = samples.iter().map(|s| s.unsigned_abs()).max().unwrap_or(0);
            assert!(
                peak > 20_000 && peak < i16::MAX as u16,
                "{cue:?}: peak {peak}"
            );
            // Ends near silence: no click when the cue stops.
            let last = samples.last().copied().unwrap_or(0);
            assert!(last.unsigned_abs() < 500, "{cue:?}: ends at {last}");
        }
    }

    #[test]
    fn rendering_is_deterministic_and_cues_differ() {
        for cue in Cue::ALL {
            assert_eq!(render(cue), render(cue), "{cue:?}");
        }
        assert_ne!(render(Cue::Blackout), render(Cue::MarketCrash));
    }
}
