//! Arrears as arrears: the share of households behind on their bills. Incomes and bills are
//! log-normal across households (bills vary with household size, home and usage, and rise with
//! income); a household whose energy and water bills take more of its income than it can pay
//! falls behind, and stays behind until it catches up, so arrears are a stock that rolls forward.

use super::super::stats::normal_cdf;

/// Correlation of household energy bills with income: richer households use more, weakly
/// (EIA RECS 2020: consumption rises from ~9,000 kWh/yr under $20k to ~13,000 over $150k,
/// against incomes that vary about tenfold; assumption: ~0.3 in logs).
pub const USAGE_INCOME_CORRELATION: f64 = 0.3;

/// The spread of incomes and bills that decides who can pay.
#[derive(Clone, Copy, Debug)]
pub struct Households {
    pub median_income_month: f64,
    pub income_sigma: f64,
    pub usage_sigma: f64,
    /// Largest share of income a household can spend on these bills without falling behind.
    pub affordable_burden: f64,
}

/// Share of households whose bills exceed what they can pay: the burden `bill / income` is
/// log-normal with the spread of incomes and bills combined; `bills_month` is the average bill.
pub fn at_risk_share(bills_month: f64, h: &Households) -> f64 {
    if !(bills_month > 0.0 && h.median_income_month > 0.0) {
        return 0.0;
    }
    let (sy, sb) = (h.income_sigma.max(0.0), h.usage_sigma.max(0.0));
    let sigma = (sy * sy + sb * sb - 2.0 * USAGE_INCOME_CORRELATION * sy * sb)
        .max(1e-6)
        .sqrt();
    // The median bill of a log-normal with this average.
    let median_bill = bills_month * (-0.5 * sb * sb).exp();
    let median_burden = median_bill / h.median_income_month;
    normal_cdf((median_burden.ln() - h.affordable_burden.max(1e-3).ln()) / sigma)
}

/// Next quarter's arrears: households who cannot pay fall behind within the quarter; of those
/// behind who could now pay, a share `clear_q` catches up each quarter.
pub fn roll_forward(behind: f64, at_risk: f64, clear_q: f64) -> f64 {
    let behind = behind.clamp(0.0, 1.0);
    let at_risk = at_risk.clamp(0.0, 1.0);
    if at_risk >= behind {
        at_risk
    } else {
        behind - clear_q.clamp(0.0, 1.0) * (behind - at_risk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pjm() -> Households {
        Households {
            median_income_month: 6000.0,
            income_sigma: 0.9,
            usage_sigma: 0.55,
            affordable_burden: 0.08,
        }
    }

    #[test]
    fn more_fall_behind_as_bills_rise_and_fewer_as_incomes_rise() {
        let base = at_risk_share(300.0, &pjm());
        assert!(base > 0.1 && base < 0.4, "{base}");
        assert!(at_risk_share(350.0, &pjm()) > base);
        let richer = Households {
            median_income_month: 7000.0,
            ..pjm()
        };
        assert!(at_risk_share(300.0, &richer) < base);
        assert_eq!(at_risk_share(0.0, &pjm()), 0.0);
        assert_eq!(at_risk_share(f64::NAN, &pjm()), 0.0);
    }

    #[test]
    fn winter_heating_bills_put_more_behind_than_summer_and_the_arrears_outlast_winter() {
        let retail = crate::engine::params::RetailParams {
            other_bills_month: 50.0,
            heating_bill_month: 60.0,
            heating_seasonal: vec![1.63, 0.73, 0.49, 1.15],
            ..Default::default()
        };
        let risk = |season| at_risk_share(180.0 + retail.other_bills_in_season(season), &pjm());
        assert!(risk(0) > risk(2) + 0.02, "{} vs {}", risk(0), risk(2));
        // The same yearly heating bill, flat, leaves fewer behind over the year: winter's
        // arrears clear only over the following quarters.
        let flat = at_risk_share(180.0 + 110.0, &pjm());
        let (mut seasonal, mut steady, mut behind, mut behind_flat) = (0.0, 0.0, flat, flat);
        for quarter in 0..8 {
            behind = roll_forward(behind, risk(quarter % 4), 0.3);
            behind_flat = roll_forward(behind_flat, flat, 0.3);
            seasonal += behind;
            steady += behind_flat;
        }
        assert!(seasonal > steady, "{seasonal} vs {steady}");
    }

    #[test]
    fn arrears_rise_at_once_and_clear_over_quarters() {
        assert_eq!(roll_forward(0.1, 0.3, 0.3), 0.3);
        let next = roll_forward(0.3, 0.1, 0.3);
        assert!((next - 0.24).abs() < 1e-12, "{next}");
        // Four quarters of affordable bills clear most, not all, of the excess.
        let mut a = 0.3;
        for _ in 0..4 {
            a = roll_forward(a, 0.1, 0.3);
        }
        assert!(a > 0.1 && a < 0.2, "{a}");
    }
}
