//! Credit from the balance sheet: a structural (Merton) model. A company's assets are worth its
//! operating value plus its cash; its debt is what rating agencies count (bonds, credit lines,
//! vendor loans, known lease obligations, firm chip orders, contracted build-out still to
//! fund), less cash held for it. The same asset value, debt and asset volatility give the
//! share price (equity is a call on the assets), the five-year default probability, the
//! CDS spread and the rating, so they move together. Asset volatility comes from the share
//! price's volatility (Moody's KMV); the part of the start's spread the model does not explain
//! (liquidity and risk premia, about half of investment-grade spreads: Longstaff, Mithal and
//! Neis, 2005) is kept as a constant basis.

use super::commitments::committed;
use crate::engine::ids::CompanyId;
use crate::engine::params::Rating;
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::state::World;
use crate::engine::stats::normal_cdf;

/// Horizon of the default probability and of the CDS quoted: five years, the liquid tenor.
/// (ISDA/IHS Markit: the 5-year CDS is the most traded tenor.)
pub const HORIZON_YEARS: f64 = 5.0;
/// Share of last quarter's CDS trading activity carried into this one. Assumption: hedging
/// interest fades over a few quarters, 60% kept.
const CDS_ACTIVITY_PERSISTENCE: f64 = 0.6;
/// Share of this quarter's activity that is new: the rest of the smoothing.
/// Assumption: 1 − `CDS_ACTIVITY_PERSISTENCE`, so a calm name settles at its calm level.
const CDS_ACTIVITY_NEW: f64 = 0.4;
/// A calm name's CDS activity, an index. Not a model parameter: the index's base, 100, as it
/// starts in `init`.
const CDS_ACTIVITY_CALM: f64 = 100.0;
/// Activity added per unit of the quarter's relative spread move. Assumption: a spread that
/// jumps by a quarter doubles trading, as hedgers rush in.
const CDS_ACTIVITY_PER_JUMP: f64 = 4.0;
/// Activity added per unit of spread widening over the anchor. Assumption: a name trading at
/// three times its anchor spread draws twice the calm activity.
const CDS_ACTIVITY_PER_WIDENING: f64 = 0.5;

/// The structural model's outputs for asset value `v`, debt `d`, volatility `sigma`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Structural {
    pub equity_bn: f64,
    pub default_prob: f64,
    pub distance_to_default: f64,
    pub spread_bp: f64,
}

/// Distance to default reported with no debt. Not a model parameter: it stands for "no default
/// risk"; any distance past about 8 gives a default probability of zero to the digits shown.
const NO_DEBT_DISTANCE: f64 = 20.0;
/// Highest expected loss the spread is taken from. Not a model parameter: it keeps the log of
/// the survival share finite when default is all but certain.
const MAX_EXPECTED_LOSS: f64 = 0.999_999;

/// Merton: equity is a call on the assets struck at the debt; default when assets end below it.
pub fn merton(v: f64, d: f64, sigma: f64, rate: f64, recovery: f64) -> Structural {
    let t = HORIZON_YEARS;
    let v = v.max(1e-6);
    if d <= 1e-9 {
        return Structural {
            equity_bn: v,
            default_prob: 0.0,
            distance_to_default: NO_DEBT_DISTANCE,
            spread_bp: 0.0,
        };
    }
    let s = sigma.max(1e-4) * t.sqrt();
    let d1 = ((v / d).ln() + (rate + 0.5 * sigma * sigma) * t) / s;
    let d2 = d1 - s;
    let equity = v * normal_cdf(d1) - d * (-rate * t).exp() * normal_cdf(d2);
    let pd = normal_cdf(-d2);
    let loss = (pd * (1.0 - recovery)).min(MAX_EXPECTED_LOSS);
    Structural {
        equity_bn: equity.max(0.0),
        default_prob: pd,
        distance_to_default: d2,
        spread_bp: -1e4 * (1.0 - loss).ln() / t,
    }
}

/// Debt as the agencies count it, $B: what is owed, known leases, and the build-out the company
/// is committed to fund, by its funding plan (chips as debt, halls as leases); contracted
/// capacity not yet started, halls and chips, weighs as a lease not yet on the balance sheet.
pub fn adjusted_debt(world: &World, id: CompanyId) -> f64 {
    let c = world.company(id);
    let vendor = if id == CompanyId::OpenAi {
        world.openai.nvidia_stake_bn
    } else {
        0.0
    };
    c.debt_bn()
        + lease_weight(world, id) * c.off_balance_known_bn
        + vendor
        + build_out_counted(world, id)
}

/// The weight credit gives leases: in full once agencies count them as debt, else the market's
/// haircut of leases not yet on the balance sheet.
fn lease_weight(world: &World, id: CompanyId) -> f64 {
    if world.company(id).leases_as_debt {
        1.0
    } else {
        world.params.market.lease_weight_before
    }
}

/// The part of `adjusted_debt` that is the build-out the company is committed to and has not
/// paid for, $B: halls and capacity contracted but not started at the lease weight, chips on
/// order in full, less cash held for them.
pub fn build_out_counted(world: &World, id: CompanyId) -> f64 {
    let build_out = committed(world, id);
    lease_weight(world, id) * (build_out.halls_bn + build_out.not_started_bn) + build_out.chips_bn
        - earmarked_against(world, id, build_out.chips_bn)
}

/// The part of `build_out_counted` that this quarter's new contracts add, $B: the capacity they
/// call for that Oracle has not started, at the lease weight.
pub fn build_out_signed_this_quarter(world: &World) -> f64 {
    let id = CompanyId::Oracle;
    let signed_gw = super::operations::signed_this_quarter_gw(world);
    if signed_gw <= 0.0 || world.company(id).insolvent {
        return 0.0;
    }
    lease_weight(world, id) * super::commitments::not_started_cost_bn(world, signed_gw)
}

/// Cash held for a named obligation that credit counts, $B: the Nvidia money OpenAI has not yet
/// spent on the chips it was lent against. It will pay those chips, so it nets against them
/// instead of counting with the volatile operating assets (otherwise borrowing from Nvidia
/// would raise OpenAI's default risk before a chip is bought).
pub fn earmarked_cash_bn(world: &World, id: CompanyId) -> f64 {
    if id != CompanyId::OpenAi {
        return 0.0;
    }
    earmarked_against(world, id, committed(world, id).chips_bn)
}

/// The earmarked cash against chips still to pay (`chips_unpaid`, as `committed` counts them).
fn earmarked_against(world: &World, id: CompanyId, chips_unpaid: f64) -> f64 {
    if id != CompanyId::OpenAi {
        return 0.0;
    }
    world
        .openai
        .vendor_funds_unspent_bn
        .min(world.cash(id))
        .min(chips_unpaid)
        .max(0.0)
}

/// Asset value that gives `equity` with debt `d` and volatility `sigma` (equity rises with it).
pub fn implied_assets(equity: f64, d: f64, sigma: f64, rate: f64, recovery: f64) -> f64 {
    let (mut lo, mut hi) = (equity.max(1e-6), equity + d + 1.0);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if merton(mid, d, sigma, rate, recovery).equity_bn < equity {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// Range of asset volatility the start's calibration may reach, per year. Assumption: 1% to
/// 250% a year spans every listed company's assets; the bounds also keep the fixed-point
/// iteration from running off when equity is tiny against debt.
const ASSET_VOL_RANGE: (f64, f64) = (0.01, 2.5);

/// The asset value and volatility that reproduce the start's market value of equity and the
/// volatility of its shares (equity volatility = N(d1) x asset volatility x V / E).
pub fn implied_start(equity: f64, d: f64, equity_vol: f64, rate: f64, recovery: f64) -> (f64, f64) {
    let mut sigma = equity_vol * equity / (equity + d).max(1e-6);
    let mut v = equity + d;
    for _ in 0..50 {
        v = implied_assets(equity, d, sigma, rate, recovery);
        let d1 = merton_d1(v, d, sigma, rate);
        sigma = (equity_vol * equity / (normal_cdf(d1) * v).max(1e-6))
            .clamp(ASSET_VOL_RANGE.0, ASSET_VOL_RANGE.1);
    }
    (v, sigma)
}

/// Merton's d1 for assets `v`, debt `d` and asset volatility `sigma` over the horizon (20, far
/// from default, with no debt).
fn merton_d1(v: f64, d: f64, sigma: f64, rate: f64) -> f64 {
    if d <= 1e-9 {
        return NO_DEBT_DISTANCE;
    }
    let s = sigma.max(1e-4) * HORIZON_YEARS.sqrt();
    ((v / d).ln() + (rate + 0.5 * sigma * sigma) * HORIZON_YEARS) / s
}

/// The highest share-price volatility the structural model quotes, per year. Assumption: a
/// name near default trades like an option far out of the money, and past about 300% a year
/// its quarter's path says nothing more.
const EQUITY_VOL_CAP: f64 = 3.0;

/// The volatility of a company's shares the structural model implies, per year: equity is a
/// call on the assets, so it is N(d1) x asset volatility x assets / equity, rising as leverage
/// rises.
pub fn equity_vol(v: f64, d: f64, sigma: f64, rate: f64, equity: f64) -> f64 {
    let leverage = v / equity.max(1e-6);
    (normal_cdf(merton_d1(v, d, sigma, rate)) * sigma * leverage).clamp(0.0, EQUITY_VOL_CAP)
}

/// The rating whose market spread is nearest (in log) to `spread_bp`.
pub fn rating_for_spread(table: &[f64], spread_bp: f64) -> Rating {
    let s = spread_bp.max(1.0).ln();
    let mut best = (f64::INFINITY, Rating::Ccc.notch());
    for (notch, t) in table.iter().enumerate().take(Rating::Ccc.notch() + 1) {
        let gap = (t.max(1.0).ln() - s).abs();
        if gap < best.0 {
            best = (gap, notch);
        }
    }
    Rating::from_notch(best.1)
}

/// Smallest previous spread a quarter's move is measured against, bp. Assumption: moves of a
/// few bp on the tightest names are noise to hedgers, so a move counts against at least 10 bp.
const JUMP_BASE_MIN_BP: f64 = 10.0;
/// Spread of a defaulted name if the scenario's rating table lacked one, bp. Not a model
/// parameter: unreachable, as validation requires all 18 notches; it is the shipped D spread.
const DEFAULTED_SPREAD_FALLBACK_BP: f64 = 2000.0;

/// Spreads and default probabilities from each company's assets and debt; ratings follow the
/// implied rating, a notch or two a quarter.
pub fn step(world: &mut World, spread_shocks: &[f64], report: &mut TurnReport) {
    let rate = world.market.risk_free;
    let recovery = world.params.market.recovery;
    for id in CompanyId::ALL {
        let debt = adjusted_debt(world, id);
        let c = world.company(id);
        let model = merton(c.asset_value_bn, debt, c.asset_vol, rate, recovery);
        let shock = spread_shocks.get(id.index()).copied().unwrap_or(0.0);
        let floor = spread_floor_bp(world, id);
        let c = world.company_mut(id);
        c.spread_last_bp = c.spread_bp;
        c.valuation.spread_shock_bp = shock;
        c.spread_bp = market_spread_bp(model.spread_bp, c.spread_basis_bp, shock, floor);
        c.default_prob_5y = model.default_prob;
        c.distance_to_default = model.distance_to_default;
        let jump = (c.spread_bp - c.spread_last_bp).abs() / c.spread_last_bp.max(JUMP_BASE_MIN_BP);
        c.cds_activity = CDS_ACTIVITY_PERSISTENCE * c.cds_activity
            + CDS_ACTIVITY_NEW
                * CDS_ACTIVITY_CALM
                * (1.0
                    + CDS_ACTIVITY_PER_JUMP * jump
                    + CDS_ACTIVITY_PER_WIDENING
                        * (c.spread_bp / c.anchor_spread_bp - 1.0).max(0.0));
        // A company in default stays rated D; its restructured credit shows in its spread.
        if !c.insolvent {
            rate_company(world, id, report);
        }
    }
}

/// The lowest spread a company trades at, bp: a company in default trades at the market's
/// spread for defaulted names, at least.
pub fn spread_floor_bp(world: &World, id: CompanyId) -> f64 {
    if world.company(id).insolvent {
        world
            .params
            .market
            .rating_spreads_bp
            .get(Rating::D.notch())
            .copied()
            .unwrap_or(DEFAULTED_SPREAD_FALLBACK_BP)
    } else {
        1.0
    }
}

/// The widest spread quoted, bp. Assumption: distressed CDS trade points up front rather than a
/// running spread beyond a few thousand bp, so quotes stop at 5,000.
const SPREAD_CAP_BP: f64 = 5000.0;

/// The spread the market quotes, bp: the structural model's, the start's basis and the events'
/// shock, from `floor` to `SPREAD_CAP_BP`.
pub fn market_spread_bp(structural_bp: f64, basis_bp: f64, shock_bp: f64, floor_bp: f64) -> f64 {
    (structural_bp + basis_bp + shock_bp).clamp(floor_bp, SPREAD_CAP_BP)
}

/// The notch agencies aim for given the notch the spread implies now and at the start. Where
/// agencies rated better than the start's spread implied (scale and franchise count beyond
/// default risk), they keep that offset. Where they rated worse (Oracle: BBB at a 36 bp CDS,
/// rated on leverage the CDS market did not yet price), a widening spread first closes the gap
/// and they downgrade only once the spread passes what their rating implies: Oracle kept
/// BBB/Baa2 through 2025 while its CDS rose to about 130 bp (agencies moved to negative
/// outlooks; CAL, press). Improvements count from the start's offset in both cases.
pub fn target_notch(anchor: i32, start_implied: i32, implied: i32) -> i32 {
    let offset = anchor - start_implied;
    (implied + offset.min(0)).max(anchor + (implied - start_implied).min(0))
}

/// The notch agencies give a company rated `now` (notches below AAA) whose spread is
/// `spread_bp`: they move towards the rating they aim for, one notch on a gap of two, two on a
/// gap of four. `anchor_notch` and `anchor_spread_bp` are the start's rating and spread, and
/// `basis_bp` the part of the spread default risk does not explain.
pub fn next_notch(
    table: &[f64],
    (anchor_notch, anchor_spread_bp): (usize, f64),
    basis_bp: f64,
    now: usize,
    spread_bp: f64,
) -> usize {
    let implied = rating_for_spread(table, spread_bp).notch() as i32;
    let start_implied = rating_for_spread(table, anchor_spread_bp).notch() as i32;
    // Nor do they rate a company better than its default risk alone implies, whatever the
    // market's basis: a company about to run out of money is not investment grade.
    let structural = rating_for_spread(table, spread_bp - basis_bp).notch() as i32;
    let target = target_notch(anchor_notch as i32, start_implied, implied)
        .max(structural)
        .clamp(0, Rating::Ccc.notch() as i32);
    let now = now as i32;
    let gap = target - now;
    let step = match gap.abs() {
        0 | 1 => 0,
        2 | 3 => gap.signum(),
        _ => 2 * gap.signum(),
    };
    (now + step).max(0) as usize
}

/// Agencies rate the company from its spread (`next_notch`); a downgrade brings scrutiny.
fn rate_company(world: &mut World, id: CompanyId, report: &mut TurnReport) {
    let c = world.company(id);
    let now = c.rating.notch();
    let next = next_notch(
        &world.params.market.rating_spreads_bp,
        (c.anchor_rating.notch(), c.anchor_spread_bp),
        c.spread_basis_bp,
        now,
        c.spread_bp,
    );
    if next == now {
        return;
    }
    let was_ig = c.rating.investment_grade();
    let new = Rating::from_notch(next);
    let turn = world.turn;
    let c = world.company_mut(id);
    c.rating = new;
    c.rating_changed_turn = turn;
    let down = next > now;
    if down {
        world.records.downgrades += 1;
    }
    report.say(
        Topic::Finance,
        if down {
            Severity::Alert
        } else {
            Severity::Notice
        },
        Msg::new(if down {
            "news-downgrade"
        } else {
            "news-upgrade"
        })
        .text("company", id.id())
        .text("rating", new.label())
        .num("spread", world.company(id).spread_bp)
        .num("pd", 100.0 * world.company(id).default_prob_5y),
    );
    // A fall below investment grade brings scrutiny: hidden obligations come out.
    if was_ig && !new.investment_grade() || down {
        reveal(world, id, report);
    }
}

/// Hidden obligations, $B, at or below which scrutiny finds nothing to report. Assumption: a
/// billion is rounding in these companies' filings, too small for the market to reprice.
const HIDDEN_REVEAL_MIN_BN: f64 = 1.0;

/// The market learns about a company's off-balance-sheet obligations.
pub fn reveal(world: &mut World, id: CompanyId, report: &mut TurnReport) {
    let c = world.company_mut(id);
    let hidden = c.off_balance_bn - c.off_balance_known_bn;
    if hidden <= HIDDEN_REVEAL_MIN_BN {
        return;
    }
    c.off_balance_known_bn = c.off_balance_bn;
    report.say(
        Topic::Finance,
        Severity::Alert,
        Msg::new("news-hidden-revealed")
            .text("company", id.id())
            .num("amount", hidden),
    );
    check_lease_reclassification(world, id, report);
}

/// Agencies count all of a tenant's known lease obligations as debt once they outgrow a share
/// of its reported debt (`market.lease_reclassification_share`).
pub fn check_lease_reclassification(world: &mut World, id: CompanyId, report: &mut TurnReport) {
    let share = world.params.market.lease_reclassification_share;
    let c = world.company(id);
    if c.leases_as_debt || c.off_balance_known_bn <= share * c.debt_bn() {
        return;
    }
    let amount = c.off_balance_known_bn;
    world.company_mut(id).leases_as_debt = true;
    report.say(
        Topic::Finance,
        Severity::Alert,
        Msg::new("news-spv-consolidated")
            .text("company", id.id())
            .num("amount", amount),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_debt_means_less_equity_and_wider_spreads() {
        let low = merton(500.0, 100.0, 0.25, 0.045, 0.4);
        let high = merton(500.0, 300.0, 0.25, 0.045, 0.4);
        assert!(high.equity_bn < low.equity_bn);
        assert!(high.spread_bp > low.spread_bp);
        assert!(high.default_prob > low.default_prob);
        // Equity plus the debt's value is the assets.
        let debt_value = 500.0 - low.equity_bn;
        assert!(debt_value > 0.0 && debt_value < 100.0);
    }

    #[test]
    fn the_start_is_backed_out_of_prices() {
        let (v, sigma) = implied_start(470.0, 117.0, 0.3, 0.045, 0.4);
        let m = merton(v, 117.0, sigma, 0.045, 0.4);
        assert!((m.equity_bn - 470.0).abs() < 0.5, "{m:?}");
        // Debt dampens asset volatility below the shares' volatility.
        assert!(sigma > 0.2 && sigma < 0.3, "{sigma}");
        assert!(v > 470.0 && v < 470.0 + 117.0, "{v}");
    }

    #[test]
    fn agencies_rating_below_the_market_wait_for_it_to_pass_them() {
        // Oracle: BBB (8) at a spread implying AA (2).
        assert_eq!(target_notch(8, 2, 2), 8);
        assert_eq!(target_notch(8, 2, 9), 9);
        assert_eq!(target_notch(8, 2, 12), 12);
        // An upgrade counts from the start's offset: a notch better than the start is A+ for
        // the market and BBB+ for the agencies.
        assert_eq!(target_notch(8, 2, 1), 7);
        // Agencies rating above the market keep their offset both ways.
        assert_eq!(target_notch(11, 13, 15), 13);
        assert_eq!(target_notch(11, 13, 12), 10);
    }

    #[test]
    fn ratings_follow_spreads() {
        let table = [
            20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 85.0, 100.0, 115.0, 140.0, 200.0, 260.0, 320.0,
            380.0, 450.0, 550.0, 900.0, 2000.0,
        ];
        assert_eq!(rating_for_spread(&table, 118.0), Rating::Bbb);
        assert_eq!(rating_for_spread(&table, 5000.0), Rating::Ccc);
        assert!(rating_for_spread(&table, 300.0) > rating_for_spread(&table, 100.0));
    }
}
