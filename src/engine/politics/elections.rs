//! Elections held this quarter, and what losing the midterms does: a divided Congress blocks
//! new programmes and may impose who pays for the grid.

use crate::engine::params::{ElectionKind, ElectionParams};
use crate::engine::report::{ElectionReport, Msg, Severity, Topic, TurnReport};
use crate::engine::rng::{Purpose, Rngs};
use crate::engine::state::{ElectionResult, World};

/// Seat swing per point of vote share beyond 50% (winner's bonus of single-member districts).
/// Tufte (1973, APSR): US House swing ratio ~2 seats' share per point of votes.
const SEAT_SWING: f64 = 2.0;
/// The same for electoral votes. Assumption: regions hold several states, each winner-take-all,
/// so a region's share swings its votes faster than House seats.
const STATE_SWING: f64 = 4.0;
/// The same for the states outside the modelled regions. Assumption: between the House's and
/// the modelled regions', as the rest of the country mixes safe and close states.
const OUTSIDE_STATE_SWING: f64 = 3.0;

fn won(kind: ElectionKind, available: u32, share: f64, outside: bool) -> u32 {
    let swing = match (kind, outside) {
        (ElectionKind::Midterm, _) => SEAT_SWING,
        (ElectionKind::General, false) => STATE_SWING,
        (ElectionKind::General, true) => OUTSIDE_STATE_SWING,
    };
    (f64::from(available) * (0.5 + swing * (share - 0.5)).clamp(0.0, 1.0)).round() as u32
}

/// Holds this quarter's election, if any.
pub fn hold(world: &mut World, rngs: &Rngs, report: &mut TurnReport) {
    let params = world.params.clone();
    let p = &params.politics;
    let Some(election) = p.elections.iter().find(|e| e.date == world.date) else {
        return;
    };
    let mut erng = rngs.stream(Purpose::Elections, world.turn, 0);
    let (mut seats, mut total) = (0u32, 0u32);
    let mut shares = Vec::new();
    for (r, rp) in params.regions.iter().enumerate() {
        let share = 0.5
            + rp.politics.lean
            + p.vote_swing * (world.regions[r].approval - p.neutral_approval)
            + p.vote_noise * erng.normal();
        let available = match election.kind {
            ElectionKind::Midterm => rp.politics.house_seats,
            ElectionKind::General => rp.politics.electoral_votes,
        };
        seats += won(election.kind, available, share, false);
        total += available;
        shares.push(share);
    }
    let national = world.politics.approval;
    let outside_share = 0.5
        + election.outside_lean
        + p.vote_swing * (national - p.neutral_approval)
        + p.vote_noise * erng.normal();
    seats += won(election.kind, election.outside_seats, outside_share, true);
    total += election.outside_seats;
    record(world, election, seats, total, shares, report);
}

fn record(
    world: &mut World,
    election: &ElectionParams,
    seats: u32,
    total: u32,
    shares: Vec<f64>,
    report: &mut TurnReport,
) {
    let won = seats >= election.needed;
    world.politics.elections.push(ElectionResult {
        date: world.date,
        kind: election.kind,
        seats_won: seats,
        needed: election.needed,
        won,
        approval: world.politics.approval,
    });
    if election.kind == ElectionKind::Midterm && !won {
        world.politics.divided = true;
    }
    report.politics.election = Some(ElectionReport {
        kind: election.kind,
        seats_won: seats,
        seats_total: total,
        needed: election.needed,
        won,
        region_shares: shares,
    });
    let key = match (election.kind, won) {
        (ElectionKind::Midterm, true) => "news-midterm-held",
        (ElectionKind::Midterm, false) => "news-midterm-lost",
        (ElectionKind::General, true) => "news-general-won",
        (ElectionKind::General, false) => "news-general-lost",
    };
    report.say(
        Topic::Politics,
        Severity::Alert,
        Msg::new(key)
            .num("seats", f64::from(seats))
            .num("needed", f64::from(election.needed)),
    );
}

/// A divided Congress may impose who pays for the grid.
pub fn congress(world: &mut World, rngs: &Rngs, report: &mut TurnReport) {
    let p = &world.params.politics;
    if world.politics.divided
        && world.policy.congress_share.is_none()
        && rngs
            .stream(Purpose::Politics, world.turn, 2)
            .chance(p.congress_rule_chance)
    {
        let share = p.congress_rule_share;
        world.policy.congress_share = Some(share);
        report.say(
            Topic::Politics,
            Severity::Alert,
            Msg::new("news-congress-rule").num("share", share),
        );
    }
}
