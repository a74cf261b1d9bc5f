//! The mean and percentiles of every metric, fed one run at a time in run order, in memory that
//! stops growing once a sweep has more than `EXACT_UP_TO_GAMES` games.
//!
//! Up to that many games every value is kept and the percentiles are exact. Past it the kept
//! values are dropped and the percentiles come from a DDSketch per metric (a histogram with
//! logarithmic bins, `sketches-ddsketch`): each order statistic read from it is within
//! `SKETCH_RELATIVE_ERROR` of the true one (relative), and values within `SKETCH_ZERO_BAND` of
//! zero count as zero. A sketch holds counts per bin, so the same values give the same sketch in
//! any order: shards merged in any order print what one run over all seeds prints. Means are
//! sums in run order, exact in both modes.

use super::percentile;
use sketches_ddsketch::{Config, DDSketch};

/// Up to this many games the percentiles are exact. An assumption: 10,000 is DESIGN.md's sweep
/// (a minute on two cores), so the sweeps run most often print exact figures, and keeping them
/// costs 8 bytes per metric per game (about 7 MB at 10,000 games of ~90 metrics).
pub const EXACT_UP_TO_GAMES: u64 = 10_000;

/// The sketch's relative accuracy (DDSketch's alpha): 0.1%. An assumption: the table prints
/// about four significant figures, and at 10,000 games the sampling error of a p5 is larger.
pub const SKETCH_RELATIVE_ERROR: f64 = 0.001;

/// Values at most this far from zero count as zero in the sketch (an absolute error).
pub const SKETCH_ZERO_BAND: f64 = 1e-9;

/// Bins per sign of a sketch. With the accuracy above (bins 0.2% wide in log space) 65,536 bins
/// span a ratio of about 1e56 between a metric's smallest and largest magnitude before the
/// sketch would merge its lowest bins; from `SKETCH_ZERO_BAND` that is beyond 1e47, which no
/// metric of the game reaches. A store only allocates the span its values cover.
const SKETCH_MAX_BINS: u32 = 1 << 16;

/// One metric's running figures.
#[derive(Clone)]
struct Column {
    /// Sum of every value in run order, started as `Iterator::sum` starts (at -0.0).
    sum: f64,
    /// Every value while the sweep is small enough to keep them; emptied past the limit.
    kept: Vec<f64>,
    /// The finite values.
    sketch: DDSketch,
    /// Non-finite values, in `f64::total_cmp` order: -NaN, -inf, +inf, +NaN.
    odd: [u64; 4],
}

impl Column {
    fn new() -> Column {
        let config = Config::new(SKETCH_RELATIVE_ERROR, SKETCH_MAX_BINS, SKETCH_ZERO_BAND);
        Column {
            sum: -0.0,
            kept: Vec::new(),
            sketch: DDSketch::new(config),
            odd: [0; 4],
        }
    }

    fn add(&mut self, value: f64, keep: bool) {
        self.sum += value;
        if keep {
            self.kept.push(value);
        }
        if value.is_finite() {
            self.sketch.add(value);
        } else {
            let class = match (value.is_nan(), value.is_sign_negative()) {
                (true, true) => 0,
                (false, true) => 1,
                (false, false) => 2,
                (true, false) => 3,
            };
            self.odd[class] += 1;
        }
    }

    /// The value at `rank` (0-based) of the values in `total_cmp` order, from the sketch.
    fn estimate_at(&self, rank: u64) -> f64 {
        let mut k = rank;
        let finite = self.sketch.count() as u64;
        let blocks = [
            (self.odd[0], -f64::NAN),
            (self.odd[1], f64::NEG_INFINITY),
            (finite, 0.0),
            (self.odd[2], f64::INFINITY),
        ];
        for (i, (count, value)) in blocks.into_iter().enumerate() {
            if k < count {
                return if i == 2 {
                    self.finite_at(k, finite)
                } else {
                    value
                };
            }
            k -= count;
        }
        f64::NAN
    }

    /// The `k`-th of `n` finite values: the extremes exactly, the rest from their bin.
    fn finite_at(&self, k: u64, n: u64) -> f64 {
        let (min, max) = (self.sketch.min(), self.sketch.max());
        let (Some(min), Some(max)) = (min, max) else {
            return f64::NAN;
        };
        if k == 0 {
            return min;
        }
        if k + 1 >= n {
            return max;
        }
        // The sketch reads rank floor(q * (n - 1)); half a rank past k keeps rounding off it.
        let q = (k as f64 + 0.5) / (n - 1) as f64;
        let value = self.sketch.quantile(q).ok().flatten().unwrap_or(f64::NAN);
        value.clamp(min, max)
    }

    /// The `p` quantile interpolated between order statistics, like `percentile`.
    fn estimate(&self, p: f64, n: u64) -> f64 {
        if n == 0 {
            return f64::NAN;
        }
        let x = p.clamp(0.0, 1.0) * (n - 1) as f64;
        let lo = x.floor() as u64;
        let hi = (lo + 1).min(n - 1);
        let (a, b) = (self.estimate_at(lo), self.estimate_at(hi));
        a + (b - a) * (x - lo as f64)
    }
}

/// How a summary's percentiles were found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// From every value, sorted.
    Exact,
    /// From the sketches, within `SKETCH_RELATIVE_ERROR`.
    Sketched,
}

/// The running figures of every metric of a sweep.
#[derive(Clone)]
pub struct Tally {
    games: u64,
    /// Games up to which every value is kept.
    exact_up_to: u64,
    columns: Vec<Column>,
}

impl Tally {
    /// A tally of `metrics` metrics, exact up to `EXACT_UP_TO_GAMES` games.
    pub fn new(metrics: usize) -> Tally {
        Tally::with_exact_limit(metrics, EXACT_UP_TO_GAMES)
    }

    /// A tally that keeps values up to `exact_up_to` games (tests use a small limit to reach
    /// the sketch without playing thousands of games).
    pub fn with_exact_limit(metrics: usize, exact_up_to: u64) -> Tally {
        Tally {
            games: 0,
            exact_up_to,
            columns: vec![Column::new(); metrics],
        }
    }

    /// Adds one run's values, in metric order. Runs must come in run order for the means to be
    /// the same bits however the sweep was cut.
    pub fn add(&mut self, values: &[f64]) {
        debug_assert_eq!(values.len(), self.columns.len());
        self.games += 1;
        let keep = self.games <= self.exact_up_to;
        if Some(self.games) == self.exact_up_to.checked_add(1) {
            for column in &mut self.columns {
                column.kept = Vec::new();
            }
        }
        for (column, value) in self.columns.iter_mut().zip(values) {
            column.add(*value, keep);
        }
    }

    pub fn games(&self) -> u64 {
        self.games
    }

    pub fn precision(&self) -> Precision {
        if self.games <= self.exact_up_to {
            Precision::Exact
        } else {
            Precision::Sketched
        }
    }

    /// Mean, p5, p50 and p95 of metric `metric`; NaN when there are no games.
    pub fn figures(&self, metric: usize) -> [f64; 4] {
        let column = &self.columns[metric];
        let n = self.games;
        let mean = if n == 0 {
            f64::NAN
        } else {
            column.sum / n as f64
        };
        let quantiles = [0.05, 0.50, 0.95];
        let [p5, p50, p95] = match self.precision() {
            Precision::Exact => {
                let mut sorted = column.kept.clone();
                sorted.sort_by(f64::total_cmp);
                quantiles.map(|p| percentile(&sorted, p))
            }
            Precision::Sketched => quantiles.map(|p| column.estimate(p, n)),
        };
        [mean, p5, p50, p95]
    }

    /// Bytes held for the values and the sketches' bins: what grows, if anything, with runs.
    pub fn footprint_bytes(&self) -> usize {
        let per_column = |c: &Column| c.kept.capacity() * 8 + c.sketch.length() * 8;
        self.columns.iter().map(per_column).sum()
    }
}

impl std::fmt::Debug for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tally")
            .field("games", &self.games)
            .field("metrics", &self.columns.len())
            .field("precision", &self.precision())
            .field("footprint_bytes", &self.footprint_bytes())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::montecarlo::describe;

    /// A spread of values with both signs and a long tail, the same every time.
    fn values(n: u64) -> Vec<f64> {
        (0..n)
            .map(|i| {
                let u = ((i * 7919) % 10_007) as f64 / 10_007.0;
                (u - 0.3) * 250.0 * (1.0 + u * u * 40.0)
            })
            .collect()
    }

    fn tally_of(values: &[f64], exact_up_to: u64) -> Tally {
        let mut t = Tally::with_exact_limit(1, exact_up_to);
        for v in values {
            t.add(&[*v]);
        }
        t
    }

    #[test]
    fn small_sweeps_are_exact() {
        let v = values(999);
        let t = tally_of(&v, 1000);
        assert_eq!(t.precision(), Precision::Exact);
        let s = describe(&mut v.clone());
        assert_eq!(t.figures(0), [s.mean, s.p5, s.p50, s.p95]);
    }

    #[test]
    fn sketched_percentiles_hold_the_stated_error() {
        let v = values(20_000);
        let t = tally_of(&v, 100);
        assert_eq!(t.precision(), Precision::Sketched);
        let mut sorted = v.clone();
        let s = describe(&mut sorted);
        let [mean, p5, p50, p95] = t.figures(0);
        assert_eq!(mean, s.mean);
        for (p, got, exact) in [(0.05, p5, s.p5), (0.5, p50, s.p50), (0.95, p95, s.p95)] {
            let x = p * (sorted.len() - 1) as f64;
            let (a, b) = (sorted[x.floor() as usize], sorted[x.ceil() as usize]);
            let bound = SKETCH_RELATIVE_ERROR * a.abs().max(b.abs()) + SKETCH_ZERO_BAND;
            assert!((got - exact).abs() <= bound, "p{p}: {got} vs {exact}");
            assert_ne!(got, exact, "a sketch, not the kept values");
        }
    }

    #[test]
    fn the_order_of_the_runs_does_not_change_the_sketch() {
        let v = values(5_000);
        let mut shuffled = v.clone();
        shuffled.reverse();
        shuffled.rotate_left(1234);
        let (a, b) = (tally_of(&v, 10), tally_of(&shuffled, 10));
        assert_eq!(a.figures(0)[1..], b.figures(0)[1..]);
    }

    #[test]
    fn non_finite_values_sort_as_total_cmp_sorts_them() {
        let mut v = values(300);
        v.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY]);
        v.extend(std::iter::repeat_n(f64::INFINITY, 40));
        let sketched = tally_of(&v, 0);
        let exact = tally_of(&v, 10_000);
        let (s, e) = (sketched.figures(0), exact.figures(0));
        assert!(s[0].is_nan() && e[0].is_nan());
        // p95 falls among the infinities (inf - inf interpolates to NaN in both).
        assert_eq!(s[3].to_bits(), e[3].to_bits());
        assert!((s[1] - e[1]).abs() <= e[1].abs() * SKETCH_RELATIVE_ERROR * 2.0);
    }

    #[test]
    fn memory_stops_growing_past_the_exact_limit() {
        let mut t = Tally::with_exact_limit(3, 1_000);
        let v = values(10_007);
        let mut at = Vec::new();
        for round in 0..20u64 {
            for x in &v {
                t.add(&[*x, x * 1e-3, (round % 2) as f64]);
            }
            at.push(t.footprint_bytes());
        }
        assert_eq!(t.games(), 200_140);
        // The kept values are gone; the bins cover the values' span, not their number (the
        // third metric's 1s first come in the second round).
        assert!(at[1..].windows(2).all(|w| w[0] == w[1]), "{at:?}");
        assert!(at[0] < 3 * 128 * 1024, "{} bytes", at[0]);
        let small = tally_of(&v[..1_000], 1_000).footprint_bytes();
        assert!(small > 1_000 * 8, "values kept while exact: {small}");
    }
}
