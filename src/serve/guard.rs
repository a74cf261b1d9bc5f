//! Slowing down code guessing. Failures are counted two ways:
//! - per address and login, by what the name means (`t1-oracle`, `t01-oracle` and `T+1-Oracle`
//!   are one key): the first few cost nothing, then each attempt waits, twice as long each time
//!   up to a ceiling. A team that mistypes slows neither the rest of a room behind one NAT nor
//!   the same seat from elsewhere.
//! - per address, as a budget: past it the address is refused outright for a while.
//!
//! Only one attempt per address and login is checked at a time; another arriving meanwhile is
//! refused at once without its code being looked at, so nothing queues behind an attacker's
//! waits. Tables are bounded: when full, the entry untouched the longest goes. Time is passed
//! in, so the rules are tested without sleeping.

use super::codes::Login;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy {
    /// Failures allowed before attempts are delayed.
    pub free: u32,
    /// The first delay; each further failure doubles it.
    pub base: Duration,
    pub max: Duration,
    /// A login with no attempt for this long starts afresh.
    pub forget: Duration,
    /// Failures one address may make within `window` before it is refused for `block`.
    pub budget: u32,
    pub window: Duration,
    pub block: Duration,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            free: 3,
            base: Duration::from_secs(2),
            // Below the login timeout, so a delayed right code still gets in.
            max: Duration::from_secs(16),
            forget: Duration::from_secs(15 * 60),
            budget: 50,
            window: Duration::from_secs(10 * 60),
            block: Duration::from_secs(10 * 60),
        }
    }
}

/// Why an attempt was refused without checking its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The address used up its failure budget.
    Blocked,
    /// Another attempt for the same login from the same address is being checked.
    Busy,
}

/// Who is guessing what: the address and the login (None: a name that is no login).
type Key = (IpAddr, Option<Login>);

#[derive(Clone, Debug)]
struct KeyEntry {
    failures: u32,
    /// The earliest moment the next attempt may be checked.
    next: Instant,
    last: Instant,
    /// When the attempt being checked began.
    pending: Option<Instant>,
}

#[derive(Clone, Debug)]
struct AddrEntry {
    failures: u32,
    since: Instant,
    last: Instant,
    blocked_until: Option<Instant>,
}

/// Entries kept at most in each table.
pub const MAX_ENTRIES: usize = 10_000;

#[derive(Debug)]
pub struct Guard {
    policy: Policy,
    capacity: usize,
    keys: HashMap<Key, KeyEntry>,
    addrs: HashMap<IpAddr, AddrEntry>,
}

/// The address failures are counted for: IPv6 by its /64, the share one host usually gets.
pub fn source(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(v6.to_bits() & !u128::from(u64::MAX))),
        },
    }
}

impl Guard {
    pub fn new(policy: Policy) -> Guard {
        Guard::with_capacity(policy, MAX_ENTRIES)
    }

    pub fn with_capacity(policy: Policy, capacity: usize) -> Guard {
        Guard {
            policy,
            capacity: capacity.max(1),
            keys: HashMap::new(),
            addrs: HashMap::new(),
        }
    }

    /// The delay after `failures` failures.
    pub fn delay_after(&self, failures: u32) -> Duration {
        delay_after(&self.policy, failures)
    }

    /// An attempt arriving now: how long it waits before its code is checked, or why it is
    /// refused unchecked. It stays pending until `finish` or `abandon`.
    pub fn begin(
        &mut self,
        ip: IpAddr,
        login: Option<Login>,
        now: Instant,
    ) -> Result<Duration, Refusal> {
        let ip = source(ip);
        if self.blocked(ip, now) {
            return Err(Refusal::Blocked);
        }
        let key = (ip, login);
        let policy = self.policy;
        // A pending mark older than any wait is a leak; never let it lock a seat out.
        let stale = policy.max + Duration::from_secs(60);
        if let Some(e) = self.keys.get_mut(&key) {
            if e.pending
                .is_some_and(|p| now.saturating_duration_since(p) < stale)
            {
                return Err(Refusal::Busy);
            }
            if now.saturating_duration_since(e.last) >= policy.forget {
                e.failures = 0;
                e.next = now;
            }
            e.pending = Some(now);
            e.last = now;
            return Ok(e.next.saturating_duration_since(now));
        }
        let entry = KeyEntry {
            failures: 0,
            next: now,
            last: now,
            pending: Some(now),
        };
        insert_evicting(&mut self.keys, self.capacity, key, entry, |e| e.last);
        Ok(Duration::ZERO)
    }

    /// The attempt's code was checked: right (`ok`) or wrong.
    pub fn finish(&mut self, ip: IpAddr, login: Option<Login>, ok: bool, now: Instant) {
        let ip = source(ip);
        if ok {
            // The address budget stays: knowing one code must not buy guesses at others.
            self.keys.remove(&(ip, login));
            return;
        }
        let policy = self.policy;
        if let Some(e) = self.keys.get_mut(&(ip, login)) {
            e.pending = None;
            e.failures = e.failures.saturating_add(1);
            e.last = now;
            e.next = now + delay_after(&policy, e.failures);
        }
        let fresh = AddrEntry {
            failures: 0,
            since: now,
            last: now,
            blocked_until: None,
        };
        if !self.addrs.contains_key(&ip) {
            insert_evicting(&mut self.addrs, self.capacity, ip, fresh.clone(), |e| {
                e.last
            });
        }
        if let Some(a) = self.addrs.get_mut(&ip) {
            if now.saturating_duration_since(a.since) >= policy.window {
                *a = fresh;
            }
            a.failures = a.failures.saturating_add(1);
            a.last = now;
            if a.failures >= policy.budget {
                a.blocked_until = Some(now + policy.block);
            }
        }
    }

    /// The attempt ended without its code being checked (the connection went).
    pub fn abandon(&mut self, ip: IpAddr, login: Option<Login>) {
        if let Some(e) = self.keys.get_mut(&(source(ip), login)) {
            e.pending = None;
        }
    }

    /// Whether the address is refused outright now.
    pub fn blocked(&self, ip: IpAddr, now: Instant) -> bool {
        self.addrs
            .get(&source(ip))
            .and_then(|a| a.blocked_until)
            .is_some_and(|until| now < until)
    }

    /// Failures counted for an address and login.
    pub fn failures(&self, ip: IpAddr, login: Option<Login>) -> u32 {
        self.keys
            .get(&(source(ip), login))
            .map_or(0, |e| e.failures)
    }

    /// Failures counted against an address's budget in its current window.
    pub fn address_failures(&self, ip: IpAddr) -> u32 {
        self.addrs.get(&source(ip)).map_or(0, |a| a.failures)
    }

    /// Entries held (tests).
    pub fn len(&self) -> (usize, usize) {
        (self.keys.len(), self.addrs.len())
    }
}

/// Inserts, first dropping the entry untouched the longest when the table is full.
fn insert_evicting<K: Hash + Eq + Copy, V>(
    map: &mut HashMap<K, V>,
    capacity: usize,
    key: K,
    value: V,
    last: impl Fn(&V) -> Instant,
) {
    while map.len() >= capacity {
        let Some(oldest) = map.iter().min_by_key(|(_, v)| last(v)).map(|(k, _)| *k) else {
            break;
        };
        map.remove(&oldest);
    }
    map.insert(key, value);
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
    use crate::engine::Seat;
    use std::net::Ipv4Addr;

    const A: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1));
    const B: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
    const ORACLE: Option<Login> = Some(Login::Seat {
        table: 0,
        seat: Seat::Oracle,
    });
    const UTILITY: Option<Login> = Some(Login::Seat {
        table: 0,
        seat: Seat::Utility,
    });

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    /// One wrong attempt, checked at once; its wait.
    fn wrong(g: &mut Guard, ip: IpAddr, login: Option<Login>, now: Instant) -> Duration {
        let wait = g.begin(ip, login, now).expect("checked");
        g.finish(ip, login, false, now + wait);
        wait
    }

    #[test]
    fn the_first_failures_are_free_then_each_attempt_waits_longer() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(wrong(&mut g, A, ORACLE, t0), Duration::ZERO);
        }
        assert_eq!(g.failures(A, ORACLE), 3);
        assert_eq!(wrong(&mut g, A, ORACLE, t0), secs(2));
        assert_eq!(wrong(&mut g, A, ORACLE, t0 + secs(2)), secs(4));
        assert_eq!(g.delay_after(3), secs(2));
        assert_eq!(g.delay_after(4), secs(4));
        assert_eq!(g.delay_after(40), secs(16), "capped");
    }

    #[test]
    fn every_spelling_of_a_login_is_one_key() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        let spellings = [
            "t1-oracle",
            "t01-oracle",
            "t0001-oracle",
            "t+1-oracle",
            "ORACLE",
        ];
        for name in spellings {
            let login = Login::parse(name, 1);
            assert_eq!(login, ORACLE, "{name}");
            wrong(&mut g, A, login, t0);
        }
        assert_eq!(g.failures(A, ORACLE), 5);
        // The fifth spelling had no fresh tries left.
        assert!(g.begin(A, Login::parse("t00001-oracle", 1), t0).unwrap() > Duration::ZERO);
    }

    #[test]
    fn a_second_attempt_while_one_is_checked_is_refused_not_queued() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..6 {
            wrong(&mut g, B, ORACLE, t0);
        }
        // The attacker's next attempt waits; its parallel ones are refused at once.
        let waiting = g.begin(B, ORACLE, t0).unwrap();
        assert!(waiting > Duration::ZERO);
        for _ in 0..20 {
            assert_eq!(g.begin(B, ORACLE, t0), Err(Refusal::Busy));
        }
        // The team elsewhere, and another seat behind the attacker's address, go straight in.
        assert_eq!(g.begin(A, ORACLE, t0), Ok(Duration::ZERO));
        g.finish(A, ORACLE, true, t0);
        assert_eq!(g.begin(B, UTILITY, t0), Ok(Duration::ZERO));
        // After the attacker's attempt is checked (or dropped) the next one waits, no longer.
        g.abandon(B, ORACLE);
        assert_eq!(g.begin(B, ORACLE, t0), Ok(waiting));
    }

    #[test]
    fn an_address_over_its_budget_is_refused_for_a_while() {
        let policy = Policy {
            budget: 10,
            ..Policy::default()
        };
        let mut g = Guard::new(policy);
        let t0 = Instant::now();
        // Spread over seats and junk names so no single login's delay applies.
        let logins = [ORACLE, UTILITY, None];
        for i in 0..10 {
            wrong(&mut g, B, logins[i % 3], t0);
        }
        assert_eq!(g.address_failures(B), 10);
        assert_eq!(g.begin(B, ORACLE, t0), Err(Refusal::Blocked));
        assert_eq!(g.begin(B, None, t0 + secs(60)), Err(Refusal::Blocked));
        assert_eq!(g.begin(A, ORACLE, t0), Ok(Duration::ZERO), "others are not");
        let later = t0 + policy.block + secs(60);
        assert!(g.begin(B, ORACLE, later).is_ok(), "it ends");
    }

    #[test]
    fn ipv6_addresses_count_by_their_64() {
        let one: IpAddr = "2001:db8::1".parse().unwrap();
        let two: IpAddr = "2001:db8::ffff:2".parse().unwrap();
        let other: IpAddr = "2001:db8:0:1::1".parse().unwrap();
        let mapped: IpAddr = "::ffff:127.0.0.1".parse().unwrap();
        assert_eq!(source(one), source(two));
        assert_ne!(source(one), source(other));
        assert_eq!(source(mapped), A);
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..4 {
            wrong(&mut g, one, ORACLE, t0);
        }
        assert_eq!(g.failures(two, ORACLE), 4);
        assert_eq!(g.failures(other, ORACLE), 0);
    }

    #[test]
    fn a_full_table_drops_its_oldest_entries_not_everything() {
        let mut g = Guard::with_capacity(Policy::default(), 100);
        let t0 = Instant::now();
        for _ in 0..5 {
            wrong(&mut g, A, ORACLE, t0 + secs(1000));
        }
        // 150 other addresses fail once each, some before A's failures and most after.
        for i in 0..150u32 {
            let ip = IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + i));
            let at = if i < 20 {
                t0
            } else {
                t0 + secs(1000 + u64::from(i))
            };
            wrong(&mut g, ip, None, at);
        }
        assert_eq!(g.len(), (100, 100));
        // The oldest went first; A's record went only when everything else was newer.
        assert_eq!(
            g.address_failures(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 0))),
            0
        );
        assert_eq!(
            g.address_failures(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + 149))),
            1
        );
        let mut g = Guard::with_capacity(Policy::default(), 100);
        for _ in 0..5 {
            wrong(&mut g, A, ORACLE, t0 + secs(5000));
        }
        for i in 0..99u32 {
            let ip = IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + i));
            wrong(&mut g, ip, None, t0 + secs(u64::from(i)));
        }
        assert_eq!(
            g.failures(A, ORACLE),
            5,
            "the newest entry survives eviction"
        );
        assert_eq!(g.address_failures(A), 5);
    }

    #[test]
    fn failures_are_forgotten_after_a_quiet_spell_and_success_forgets() {
        let mut g = Guard::new(Policy::default());
        let t0 = Instant::now();
        for _ in 0..6 {
            wrong(&mut g, A, ORACLE, t0);
        }
        let later = t0 + secs(16 * 60);
        assert_eq!(g.begin(A, ORACLE, later), Ok(Duration::ZERO));
        g.finish(A, ORACLE, false, later);
        assert_eq!(g.failures(A, ORACLE), 1);
        g.begin(A, ORACLE, later).unwrap();
        g.finish(A, ORACLE, true, later);
        assert_eq!(g.failures(A, ORACLE), 0);
        // The budget's window had passed: one failure counts, and the success does not clear it.
        assert_eq!(g.address_failures(A), 1);
    }
}
