//! Statements and the credibility behind them. An upbeat statement lifts sentiment as far as
//! the market believes the speaker; each repetition is priced as partly known, and one the data
//! then contradict (markets falling, bills rising) costs belief. A cautious statement costs
//! sentiment now and earns belief back.

use crate::engine::orders::Statement;
use crate::engine::state::World;

/// Belief in a speaker's upbeat statements at the start. Assumption: officials' and founders'
/// talk moves markets, but less than data (the Fed's forward guidance moves yields only as far
/// as it is credible; Campbell et al. 2012).
pub const CREDIBILITY_START: f64 = 0.8;
/// Share of belief each confident statement spends. Assumption: the market has heard it
/// before, so a repetition is partly priced; no published figure.
const WEAR: f64 = 0.1;
/// Share of belief lost when a confident statement is contradicted in full. Assumption: far
/// more than a repetition wears, short of all of it; no published figure.
const CONTRADICTED_LOSS: f64 = 0.5;
/// Quarterly index fall that contradicts an upbeat statement in full. Assumption: a 10% fall
/// in a quarter is a correction by the usual market definition.
const FULL_CONTRADICTION_FALL: f64 = 0.10;
/// Year-on-year bill rise beyond which households hear "the boom is fine" as false.
/// Assumption: bills rising about as fast as prices in general go unremarked; the 2025
/// national rise (EIA: ~5-6%) is past it.
const BILL_TOLERANCE: f64 = 0.03;
/// Bill rise beyond that tolerance that contradicts a reassurance in full. Assumption: ten
/// points more (13% a year), about twice the 2025 national rise (EIA: ~5-6%).
const FULL_CONTRADICTION_BILLS: f64 = 0.10;
/// Share of the gap to full belief a cautious statement earns back. Assumption: a warning
/// earns belief back more slowly than a contradiction loses it; no published figure.
const CAUTION_BUILD: f64 = 0.15;
/// Share of the gap to the starting belief closed in a quiet quarter. Assumption: memories
/// fade slowly, over years rather than quarters; no published figure.
const QUIET_DRIFT: f64 = 0.05;

/// Who speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    OpenAi,
    WhiteHouse,
}

fn belief(world: &World, who: Speaker) -> f64 {
    match who {
        Speaker::OpenAi => world.market.credibility.openai,
        Speaker::WhiteHouse => world.market.credibility.whitehouse,
    }
}

/// The sentiment a statement moves this quarter: an upbeat one by `up` times the speaker's
/// credibility, a cautious one down by `down` (a warning is believed).
pub fn effect(world: &World, who: Speaker, statement: Statement, up: f64, down: f64) -> f64 {
    match statement {
        Statement::Quiet => 0.0,
        Statement::Confident => up * belief(world, who).clamp(0.0, 1.0),
        Statement::Cautious => -down,
    }
}

/// How far this quarter's data contradict an upbeat statement, 0..1.
pub fn contradiction(index_return: f64, bill_growth: f64) -> f64 {
    let fall = (-index_return / FULL_CONTRADICTION_FALL).max(0.0);
    let bills = ((bill_growth - BILL_TOLERANCE) / FULL_CONTRADICTION_BILLS).max(0.0);
    (fall + bills).clamp(0.0, 1.0)
}

/// A speaker's credibility after this quarter's statement and data.
pub fn updated(credibility: f64, statement: Statement, contradiction: f64) -> f64 {
    let c = if credibility.is_finite() {
        credibility.clamp(0.0, 1.0)
    } else {
        CREDIBILITY_START
    };
    let next = match statement {
        Statement::Confident => c * (1.0 - WEAR) * (1.0 - CONTRADICTED_LOSS * contradiction),
        Statement::Cautious => c + CAUTION_BUILD * (1.0 - c),
        Statement::Quiet => c + QUIET_DRIFT * (CREDIBILITY_START - c),
    };
    next.clamp(0.0, 1.0)
}

/// Judges both speakers' statements against the quarter's index move and bills.
pub fn judge(world: &mut World, openai: Statement, whitehouse: Statement) {
    let history = &world.market.index_history;
    let index_return = match history.len() {
        n if n >= 2 && history[n - 2] > 0.0 => history[n - 1] / history[n - 2] - 1.0,
        _ => 0.0,
    };
    let bills = crate::engine::politics::national_bill_growth(world);
    let d = contradiction(index_return, bills);
    let cred = &mut world.market.credibility;
    cred.openai = updated(cred.openai, openai, d);
    cred.whitehouse = updated(cred.whitehouse, whitehouse, d);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contradicted_confidence_loses_belief_faster_than_confidence_in_good_times() {
        let calm = updated(0.8, Statement::Confident, contradiction(0.02, 0.0));
        let falling = updated(0.8, Statement::Confident, contradiction(-0.08, 0.06));
        assert!(calm < 0.8, "repeating costs something: {calm}");
        assert!(falling < calm * 0.7, "{falling} vs {calm}");
    }

    #[test]
    fn caution_rebuilds_belief_and_quiet_drifts_back() {
        assert!(updated(0.3, Statement::Cautious, 1.0) > 0.3);
        let quiet = updated(0.3, Statement::Quiet, 0.0);
        assert!(quiet > 0.3 && quiet < CREDIBILITY_START);
        assert!(updated(f64::NAN, Statement::Confident, 0.5).is_finite());
    }
}
