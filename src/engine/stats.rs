//! Distribution functions the rules share.

/// The standard normal cumulative distribution.
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * (1.0 + libm::erf(x / std::f64::consts::SQRT_2))
}

/// The highest point of a Brownian bridge from `start` to `end` whose variance over its span is
/// `variance`, drawn from a uniform `u`. By the reflection principle P(max ≥ m) =
/// exp(−2 (m − start)(m − end) / variance) for m ≥ max(start, end) (Borodin and Salminen,
/// Handbook of Brownian Motion, 2002, part II, 1.1.8); this inverts it, so u = 1 gives the
/// higher end.
pub fn bridge_max(start: f64, end: f64, variance: f64, u: f64) -> f64 {
    let gap = end - start;
    let reach = (gap * gap - 2.0 * variance.max(0.0) * u.max(1e-300).ln()).sqrt();
    0.5 * (start + end + reach)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bridges_highest_point_is_above_both_ends_and_averages_as_theory_says() {
        // E[max] of a standard bridge from 0 to 0 over [0, 1] is sqrt(pi / 8).
        let n = 100_000;
        let mut sum = 0.0;
        for i in 0..n {
            let u = (i as f64 + 0.5) / n as f64;
            let m = bridge_max(0.0, 0.0, 1.0, u);
            assert!(m >= 0.0);
            sum += m;
        }
        let mean = sum / n as f64;
        assert!(
            (mean - (std::f64::consts::PI / 8.0).sqrt()).abs() < 1e-3,
            "{mean}"
        );
        // A path that ends higher peaks at least at its end; with no variance, exactly there.
        assert_eq!(bridge_max(1.0, 2.0, 0.0, 0.3), 2.0);
        assert!(bridge_max(1.0, 2.0, 0.1, 0.3) > 2.0);
        assert_eq!(bridge_max(1.0, 2.0, 0.1, 1.0), 2.0);
    }
}
