//! Seeded randomness. No shared generator: each purpose gets its own ChaCha stream derived from
//! the game seed, the purpose, the turn and the actor, so a draw added in one subsystem never
//! shifts another's.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Largest mean a Poisson count is drawn at. Not a model parameter: Knuth's product of uniforms
/// underflows for large means; the rules draw counts of a few a quarter.
const MAX_POISSON_MEAN: f64 = 50.0;

/// Why a stream is drawn. The discriminants are part of the save format: append, never reorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Purpose {
    Events = 1,
    Weather = 2,
    Faults = 3,
    Markets = 4,
    Politics = 5,
    Elections = 6,
    Supply = 7,
    Adoption = 8,
    /// Reserved for continuations run from a game (Monte Carlo outlooks).
    Outlook = 9,
    /// Where each fault strikes and how long its outage lasts (one stream per fault, so the
    /// number of faults shifts no other fault's draws).
    FaultSites = 10,
}

#[derive(Clone, Debug)]
pub struct Rngs {
    seed: u64,
    key: [u8; 32],
}

impl Rngs {
    pub fn new(seed: u64) -> Rngs {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"overbuild-rng-v1");
        hasher.update(&seed.to_le_bytes());
        Rngs {
            seed,
            key: *hasher.finalize().as_bytes(),
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// A fresh generator for (purpose, turn, actor).
    pub fn stream(&self, purpose: Purpose, turn: u32, actor: u32) -> Stream {
        let mut rng = ChaCha8Rng::from_seed(self.key);
        let id =
            (u64::from(purpose as u16) << 48) | (u64::from(turn & 0xffff) << 32) | u64::from(actor);
        rng.set_stream(id);
        Stream { rng }
    }
}

/// A generator with the few fixed-width draws the rules use.
pub struct Stream {
    rng: ChaCha8Rng,
}

impl Stream {
    /// Uniform in [0, 1), from 64 bits.
    pub fn uniform(&mut self) -> f64 {
        (self.rng.random::<u64>() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    pub fn range(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.uniform()
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.uniform() < p
    }

    /// Standard normal (Box-Muller, two uniforms per draw).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.uniform().max(1e-300);
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }

    /// Poisson count (Knuth; fine for the small means the rules use).
    pub fn poisson(&mut self, mean: f64) -> u32 {
        if mean.is_nan() || mean <= 0.0 {
            return 0;
        }
        let mean = mean.min(MAX_POISSON_MEAN);
        let limit = (-mean).exp();
        let mut product = self.uniform();
        let mut count = 0;
        while product > limit && count < 200 {
            product *= self.uniform();
            count += 1;
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_reproducible_and_independent() {
        let rngs = Rngs::new(7);
        let a: Vec<f64> = (0..4)
            .map(|_| rngs.stream(Purpose::Weather, 3, 1).uniform())
            .collect();
        assert!(a.iter().all(|x| *x == a[0]));
        let mut s1 = rngs.stream(Purpose::Weather, 3, 1);
        let mut s2 = rngs.stream(Purpose::Weather, 3, 2);
        let mut s3 = rngs.stream(Purpose::Faults, 3, 1);
        let x = s1.uniform();
        assert_ne!(x, s2.uniform());
        assert_ne!(x, s3.uniform());
        assert_ne!(x, Rngs::new(8).stream(Purpose::Weather, 3, 1).uniform());
    }

    #[test]
    fn draws_have_sane_moments() {
        let mut s = Rngs::new(1).stream(Purpose::Markets, 0, 0);
        let n = 20000;
        let mean: f64 = (0..n).map(|_| s.normal()).sum::<f64>() / n as f64;
        assert!(mean.abs() < 0.05, "{mean}");
        let pois: f64 = (0..n).map(|_| s.poisson(2.5) as f64).sum::<f64>() / n as f64;
        assert!((pois - 2.5).abs() < 0.1, "{pois}");
        assert_eq!(s.poisson(0.0), 0);
        assert_eq!(s.poisson(f64::NAN), 0);
    }
}
