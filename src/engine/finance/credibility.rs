//! Statements and the credibility behind them. An upbeat statement lifts sentiment as far as
//! the market believes the speaker; each repetition is priced as partly known, and one the data
//! then contradict (markets falling, bills rising) costs belief. A cautious statement costs
//! sentiment now and earns belief back.

use crate::engine::orders::Statement;
use crate::engine::params::MarketParams;
use crate::engine::state::World;

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

/// How far this quarter's data contradict an upbeat statement, 0..1 (`market.credibility_*`).
pub fn contradiction(m: &MarketParams, index_return: f64, bill_growth: f64) -> f64 {
    let fall = (-index_return / m.credibility_full_fall_q).max(0.0);
    let bills =
        ((bill_growth - m.credibility_bill_tolerance) / m.credibility_full_bill_rise).max(0.0);
    (fall + bills).clamp(0.0, 1.0)
}

/// A speaker's credibility after this quarter's statement and data.
pub fn updated(
    m: &MarketParams,
    credibility: f64,
    statement: Statement,
    contradiction: f64,
) -> f64 {
    let c = if credibility.is_finite() {
        credibility.clamp(0.0, 1.0)
    } else {
        m.credibility_start
    };
    let next = match statement {
        Statement::Confident => {
            c * (1.0 - m.credibility_wear) * (1.0 - m.credibility_contradicted_loss * contradiction)
        }
        Statement::Cautious => c + m.credibility_caution_build * (1.0 - c),
        Statement::Quiet => c + m.credibility_quiet_drift * (m.credibility_start - c),
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
    let m = &world.params.market;
    let d = contradiction(m, index_return, bills);
    let cred = &mut world.market.credibility;
    cred.openai = updated(m, cred.openai, openai, d);
    cred.whitehouse = updated(m, cred.whitehouse, whitehouse, d);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn market() -> MarketParams {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        s.params.market.clone()
    }

    #[test]
    fn contradicted_confidence_loses_belief_faster_than_confidence_in_good_times() {
        let m = &market();
        let calm = updated(m, 0.8, Statement::Confident, contradiction(m, 0.02, 0.0));
        let falling = updated(m, 0.8, Statement::Confident, contradiction(m, -0.08, 0.06));
        assert!(calm < 0.8, "repeating costs something: {calm}");
        assert!(falling < calm * 0.7, "{falling} vs {calm}");
    }

    #[test]
    fn caution_rebuilds_belief_and_quiet_drifts_back() {
        let m = &market();
        assert!(updated(m, 0.3, Statement::Cautious, 1.0) > 0.3);
        let quiet = updated(m, 0.3, Statement::Quiet, 0.0);
        assert!(quiet > 0.3 && quiet < m.credibility_start);
        assert!(updated(m, f64::NAN, Statement::Confident, 0.5).is_finite());
    }
}
