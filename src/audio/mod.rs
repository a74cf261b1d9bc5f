//! Sound cues. (Being built: see issue 10.) Until then every cue is silent.

/// The moments the game marks with a sound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    TurnResolved,
    Headline,
    Blackout,
    MarketCrash,
    ElectionNight,
    GameOver,
}

/// Plays cues on its own thread; silent when muted or when there is no audio device.
#[derive(Debug, Default)]
pub struct Player {
    muted: bool,
}

impl Player {
    /// Opens the default output device once; never fails (no device means silence).
    pub fn new(muted: bool, volume: f32) -> Player {
        let _ = volume;
        Player { muted }
    }

    /// A player that never makes a sound (SSH sessions, tests, servers).
    pub fn silent() -> Player {
        Player { muted: true }
    }

    pub fn play(&self, cue: Cue) {
        let _ = (cue, self.muted);
    }

    pub fn set_volume(&mut self, volume: f32) {
        let _ = volume;
    }

    pub fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
    }
}
