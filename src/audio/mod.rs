//! Sound cues. A player owns one thread that opens the default output device once and mixes
//! cues into it; `play` only sends a message, so it never blocks. With no device, no `sound`
//! feature, `--mute` or an SSH session the game is silent: one line in the log, nothing on
//! screen. ALSA's own messages are routed to the log (see `quiet`).

#[cfg(feature = "sound")]
mod device;
#[cfg(feature = "sound")]
mod quiet;
pub mod synth;

use crate::engine::TurnReport;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

/// The moments the game marks with a sound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    TurnResolved,
    Headline,
    Blackout,
    MarketCrash,
    ElectionNight,
    GameOver,
}

impl Cue {
    pub const ALL: [Cue; 6] = [
        Cue::TurnResolved,
        Cue::Headline,
        Cue::Blackout,
        Cue::MarketCrash,
        Cue::ElectionNight,
        Cue::GameOver,
    ];

    /// Its file in assets/sounds/.
    pub fn file_name(self) -> &'static str {
        match self {
            Cue::TurnResolved => "turn.wav",
            Cue::Headline => "headline.wav",
            Cue::Blackout => "blackout.wav",
            Cue::MarketCrash => "crash.wav",
            Cue::ElectionNight => "election.wav",
            Cue::GameOver => "game-over.wav",
        }
    }

    /// The cue's WAV file, embedded so the game runs from any directory.
    pub fn wav(self) -> &'static [u8] {
        match self {
            Cue::TurnResolved => include_bytes!("../../assets/sounds/turn.wav"),
            Cue::Headline => include_bytes!("../../assets/sounds/headline.wav"),
            Cue::Blackout => include_bytes!("../../assets/sounds/blackout.wav"),
            Cue::MarketCrash => include_bytes!("../../assets/sounds/crash.wav"),
            Cue::ElectionNight => include_bytes!("../../assets/sounds/election.wav"),
            Cue::GameOver => include_bytes!("../../assets/sounds/game-over.wav"),
        }
    }
}

/// A quarter in which the stock index fell at least this much sounds the crash (with the default
/// scenario's bots the worst quarter of a game falls 4–8%).
pub const CRASH_DROP: f64 = 0.06;

/// The one cue that marks a resolved quarter, the most important first: the end of the game, a
/// blackout, a market crash (the index falls `CRASH_DROP` or a company goes under), election
/// night, an event headline, else the plain turn chime. `index_before` is the stock index
/// before the quarter.
pub fn cue_for_turn(report: &TurnReport, index_before: f64, game_over: bool) -> Cue {
    if game_over {
        Cue::GameOver
    } else if report.blackouts() > 0 {
        Cue::Blackout
    } else if (index_before > 0.0 && report.market.index <= index_before * (1.0 - CRASH_DROP))
        || report.news.iter().any(|n| n.msg.key == "news-insolvency")
    {
        Cue::MarketCrash
    } else if report.politics.election.is_some() {
        Cue::ElectionNight
    } else if !report.events.is_empty() {
        Cue::Headline
    } else {
        Cue::TurnResolved
    }
}

/// What the player can do now, for the settings screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Never plays: a silent player, muted since it was made, or built without `sound`.
    Off,
    /// The audio thread is still opening the device.
    Opening,
    Ready,
    /// No output device could be opened: silent for the rest of the session.
    NoDevice,
}

#[cfg(feature = "sound")]
const OPENING: u8 = 0;
const READY: u8 = 1;
const NO_DEVICE: u8 = 2;

/// The audio thread's mailbox and what it found.
#[derive(Debug)]
struct Backend {
    #[cfg(feature = "sound")]
    tx: std::sync::mpsc::Sender<device::Msg>,
    state: Arc<AtomicU8>,
}

impl Backend {
    #[cfg(feature = "sound")]
    fn start() -> Option<Backend> {
        let state = Arc::new(AtomicU8::new(OPENING));
        let tx = device::start(state.clone())?;
        Some(Backend { tx, state })
    }

    #[cfg(not(feature = "sound"))]
    fn start() -> Option<Backend> {
        None
    }
}

/// Plays cues on its own thread; silent when muted or when there is no audio device.
#[derive(Debug)]
pub struct Player {
    muted: bool,
    volume: f32,
    /// Never starts a device (SSH sessions, tests, servers).
    silent: bool,
    /// Started when the player is first unmuted, so `--mute` never touches the sound system.
    backend: Option<Backend>,
}

impl Player {
    /// Starts the audio thread, which opens the default output device once. Returns at once and
    /// never fails: no device means silence. `volume` is 0..=1.
    pub fn new(muted: bool, volume: f32) -> Player {
        let mut player = Player {
            muted,
            volume: clamp_volume(volume),
            silent: false,
            backend: None,
        };
        if !muted {
            player.backend = Backend::start();
        }
        player
    }

    /// A player that never makes a sound (SSH sessions, tests, servers).
    pub fn silent() -> Player {
        Player {
            muted: true,
            volume: 0.0,
            silent: true,
            backend: None,
        }
    }

    /// Queues a cue; returns at once.
    pub fn play(&self, cue: Cue) {
        if self.muted || self.volume <= 0.0 {
            return;
        }
        #[cfg(feature = "sound")]
        if let Some(b) = &self.backend {
            // A closed mailbox means the thread found no device: stay silent.
            let _ = b.tx.send(device::Msg::Play {
                cue,
                volume: self.volume,
            });
        }
        #[cfg(not(feature = "sound"))]
        let _ = cue;
    }

    pub fn volume(&self) -> f32 {
        self.volume
    }

    /// 0..=1; applies to cues played from now on.
    pub fn set_volume(&mut self, volume: f32) {
        self.volume = clamp_volume(volume);
    }

    pub fn muted(&self) -> bool {
        self.muted
    }

    pub fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
        if !muted && !self.silent && self.backend.is_none() {
            self.backend = Backend::start();
        }
    }

    pub fn status(&self) -> Status {
        match &self.backend {
            None => Status::Off,
            Some(b) => match b.state.load(Ordering::Acquire) {
                READY => Status::Ready,
                NO_DEVICE => Status::NoDevice,
                _ => Status::Opening,
            },
        }
    }
}

/// Silent, like `Player::silent()`.
impl Default for Player {
    fn default() -> Player {
        Player::silent()
    }
}

fn clamp_volume(volume: f32) -> f32 {
    if volume.is_finite() {
        volume.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn silent_player_never_blocks_or_starts() {
        let mut p = Player::silent();
        let start = Instant::now();
        for _ in 0..10_000 {
            for cue in Cue::ALL {
                p.play(cue);
            }
        }
        p.set_muted(false);
        p.set_volume(1.0);
        p.play(Cue::Blackout);
        assert!(start.elapsed() < Duration::from_millis(500));
        assert_eq!(p.status(), Status::Off);
    }

    #[test]
    fn muted_player_opens_nothing_and_volume_is_clamped() {
        let mut p = Player::new(true, 3.0);
        assert_eq!(p.status(), Status::Off);
        assert_eq!(p.volume(), 1.0);
        p.set_volume(f32::NAN);
        assert_eq!(p.volume(), 0.0);
        p.set_volume(-1.0);
        assert_eq!(p.volume(), 0.0);
        assert!(p.muted());
    }

    #[test]
    fn every_cue_has_an_embedded_wav() {
        for cue in Cue::ALL {
            let wav = cue.wav();
            assert_eq!(&wav[0..4], b"RIFF", "{cue:?}");
            assert_eq!(&wav[8..12], b"WAVE", "{cue:?}");
            // Short mono cues: well under 100 KB each.
            assert!(wav.len() < 100_000, "{cue:?}: {} bytes", wav.len());
        }
    }

    fn report() -> TurnReport {
        let mut r = TurnReport::default();
        r.market.index = 100.0;
        r
    }

    #[test]
    fn the_most_important_moment_picks_the_cue() {
        let quiet = report();
        assert_eq!(cue_for_turn(&quiet, 100.0, false), Cue::TurnResolved);
        assert_eq!(cue_for_turn(&quiet, 100.0, true), Cue::GameOver);
        assert_eq!(cue_for_turn(&quiet, 115.0, false), Cue::MarketCrash);
        assert_eq!(cue_for_turn(&quiet, 105.0, false), Cue::TurnResolved);
        let mut bust = report();
        bust.say(
            crate::engine::report::Topic::Finance,
            crate::engine::report::Severity::Alert,
            crate::engine::report::Msg::new("news-insolvency"),
        );
        assert_eq!(cue_for_turn(&bust, 100.0, false), Cue::MarketCrash);
        let mut election = report();
        election.politics.election = Some(Default::default());
        assert_eq!(cue_for_turn(&election, 100.0, false), Cue::ElectionNight);
        let mut event = report();
        event.events.push(crate::engine::report::EventReport {
            id: "x".into(),
            headline: crate::engine::report::Msg::new("event-x-headline"),
            explanation: crate::engine::report::Msg::new("event-x-explanation"),
            injected: false,
        });
        assert_eq!(cue_for_turn(&event, 100.0, false), Cue::Headline);
        let mut dark = event.clone();
        dark.regions.push(crate::engine::report::RegionReport {
            faults: vec![crate::engine::report::FaultReport {
                outcome: crate::engine::report::FaultOutcome::Cascade,
                lost_mw: 3000.0,
                loss_event: true,
                tolerable_mw: 2000.0,
                response_mw: 450.0,
                peak_hz: 60.67,
                nadir_hz: 59.33,
                tripped_mw: 3000.0,
                shed_mw: 0.0,
                households_k: 800.0,
                hours: 10.0,
                unserved_mwh: 1.0,
                dc_on_own_power_mw: 0.0,
            }],
            ..Default::default()
        });
        assert_eq!(cue_for_turn(&dark, 120.0, false), Cue::Blackout);
    }
}
