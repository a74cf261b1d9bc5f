//! Slowing down code guessing. Failures are counted per client address and login name, so a
//! team that mistypes its code does not slow the rest of a room behind one NAT. The first few
//! failures cost nothing extra; after that every attempt waits, twice as long each time up to
//! a ceiling, and the waits are reserved in turn so parallel connections cannot skip them.
//! Time is passed in, so the rules are tested without sleeping.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy {
    /// Failures allowed before attempts are delayed.
    pub free: u32,
    /// The first delay; each further failure doubles it.
    pub base: Duration,
    pub max: Duration,
    /// A key with no attempt for this long starts afresh.
    pub forget: Duration,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            free: 3,
            base: Duration::from_secs(2),
            max: Duration::from_secs(60),
            forget: Duration::from_secs(15 * 60),
        }
    }
}

#[derive(Clone, Debug)]
struct Entry {
    failures: u32,
    /// The earliest moment the next attempt may be checked.
    next: Instant,
    last: Instant,
}

/// Keys tracked at most; past this, stale keys are dropped first.
const MAX_KEYS: usize = 10_000;

#[derive(Debug, Default)]
pub struct Guard {
    policy: Policy,
    entries: HashMap<(IpAddr, String), Entry>,
}

impl Guard {
    pub fn new(policy: Policy) -> Guard {
        Guard {
            policy,
            entries: HashMap::new(),
        }
    }

    /// The delay after `failures` failures.
    pub fn delay_after(&self, failures: u32) -> Duration {
        delay_after(&self.policy, failures)
    }

    /// How long an attempt arriving now must wait before its code is checked. Reserves the
    /// slot: a second attempt arriving at once waits a further delay.
    pub fn wait(&mut self, ip: IpAddr, login: &str, now: Instant) -> Duration {
        let key = (ip, login.to_ascii_lowercase());
        let delay = match self.entries.get(&key) {
            Some(e) if now.saturating_duration_since(e.last) < self.policy.forget => {
                self.delay_after(e.failures)
            }
            _ => {
                self.entries.remove(&key);
                return Duration::ZERO;
            }
        };
        let Some(entry) = self.entries.get_mut(&key) else {
            return Duration::ZERO;
        };
        let start = entry.next.max(now);
        let wait = start - now;
        if delay > Duration::ZERO {
            entry.next = start + delay;
        }
        entry.last = now;
        wait
    }

    /// A wrong code (or an unknown login) was tried.
    pub fn failed(&mut self, ip: IpAddr, login: &str, now: Instant) {
        if self.entries.len() >= MAX_KEYS {
            let forget = self.policy.forget;
            self.entries
                .retain(|_, e| now.saturating_duration_since(e.last) < forget);
            if self.entries.len() >= MAX_KEYS {
                self.entries.clear();
            }
        }
        let key = (ip, login.to_ascii_lowercase());
        let policy = self.policy;
        let entry = self.entries.entry(key).or_insert(Entry {
            failures: 0,
            next: now,
            last: now,
        });
        if now.saturating_duration_since(entry.last) >= self.policy.forget {
            entry.failures = 0;
        }
        entry.failures = entry.failures.saturating_add(1);
        entry.last = now;
        let delay = delay_after(&policy, entry.failures);
        entry.next = entry.next.max(now + delay);
    }

    /// The right code: forget the failures.
    pub fn succeeded(&mut self, ip: IpAddr, login: &str) {
        self.entries.remove(&(ip, login.to_ascii_lowercase()));
    }

    /// Failures counted for a key (tests and the status line).
    pub fn failures(&self, ip: IpAddr, login: &str) -> u32 {
        self.entries
            .get(&(ip, login.to_ascii_lowercase()))
            .map_or(0, |e| e.failures)
    }
}

fn delay_after(policy: &Policy, failures: u32) -> Duration {
    if failures < policy.free {
        return Duration::ZERO;
    }
    let doublings = (failures - policy.free).min(16);
    policy
        .base
        .saturating_mul(1u32 << doublings)
        .min(policy.max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    const A: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1));
    const B: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn the_first_failures_are_free_then_each_attempt_waits_longer() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..2 {
            assert_eq!(g.wait(A, "oracle", t0), Duration::ZERO);
            g.failed(A, "oracle", t0);
        }
        assert_eq!(g.wait(A, "oracle", t0), Duration::ZERO);
        g.failed(A, "oracle", t0); // third failure: from now on attempts wait
        assert_eq!(g.failures(A, "oracle"), 3);
        assert_eq!(g.wait(A, "oracle", t0), secs(2));
        g.failed(A, "oracle", t0 + secs(2));
        // After the fourth failure the wait doubles.
        let w = g.wait(A, "oracle", t0 + secs(2));
        assert!(w >= secs(4), "{w:?}");
        assert_eq!(g.delay_after(3), secs(2));
        assert_eq!(g.delay_after(4), secs(4));
        assert_eq!(g.delay_after(40), secs(60), "capped");
    }

    #[test]
    fn parallel_attempts_queue_behind_one_another() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..3 {
            g.failed(A, "oracle", t0);
        }
        let first = g.wait(A, "oracle", t0);
        let second = g.wait(A, "oracle", t0);
        let third = g.wait(A, "oracle", t0);
        assert!(
            first < second && second < third,
            "{first:?} {second:?} {third:?}"
        );
    }

    #[test]
    fn keys_are_per_address_and_login_and_success_forgets() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..5 {
            g.failed(A, "oracle", t0);
        }
        assert!(g.wait(A, "oracle", t0) > Duration::ZERO);
        // Another team behind the same address, and the same team from elsewhere, go straight in.
        assert_eq!(g.wait(A, "utility", t0), Duration::ZERO);
        assert_eq!(g.wait(B, "oracle", t0), Duration::ZERO);
        g.succeeded(A, "oracle");
        assert_eq!(g.failures(A, "oracle"), 0);
        assert_eq!(g.wait(A, "oracle", t0), Duration::ZERO);
    }

    #[test]
    fn failures_are_forgotten_after_a_quiet_spell() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..6 {
            g.failed(A, "oracle", t0);
        }
        let later = t0 + secs(16 * 60);
        assert_eq!(g.wait(A, "oracle", later), Duration::ZERO);
        g.failed(A, "oracle", later);
        assert_eq!(g.failures(A, "oracle"), 1);
    }
}
