//! Morris's one-at-a-time design (Morris 1991; Saltelli et al., "Global Sensitivity Analysis:
//! The Primer", 2008, ch. 3): `r` trajectories through a grid of `p` levels in the unit cube,
//! each moving one factor at a time by Δ = p / (2(p − 1)), so each trajectory of k + 1 points
//! gives one elementary effect per factor.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A trajectory's points in unit coordinates, and which factor each step moved and by how much
/// (±Δ).
#[derive(Clone, Debug, PartialEq)]
pub struct Trajectory {
    pub points: Vec<Vec<f64>>,
    pub steps: Vec<(usize, f64)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Design {
    pub factors: usize,
    pub trajectories: usize,
    /// Grid levels, even (Δ then lands every step on the grid).
    pub levels: u32,
    pub seed: u64,
}

impl Design {
    pub fn delta(&self) -> f64 {
        f64::from(self.levels) / (2.0 * f64::from(self.levels - 1))
    }

    /// Points each trajectory holds.
    pub fn points_per_trajectory(&self) -> usize {
        self.factors + 1
    }

    pub fn points(&self) -> usize {
        self.trajectories * self.points_per_trajectory()
    }

    /// The trajectories, the same for the same design on every machine.
    pub fn trajectories(&self) -> Vec<Trajectory> {
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        (0..self.trajectories)
            .map(|_| self.trajectory(&mut rng))
            .collect()
    }

    fn trajectory(&self, rng: &mut ChaCha8Rng) -> Trajectory {
        let last = self.levels - 1;
        let delta = self.delta();
        let mut point: Vec<f64> = (0..self.factors)
            .map(|_| f64::from(rng.random_range(0..=last)) / f64::from(last))
            .collect();
        let mut order: Vec<usize> = (0..self.factors).collect();
        // Fisher–Yates: each factor's turn in the trajectory is random.
        for i in (1..order.len()).rev() {
            order.swap(i, rng.random_range(0..=i));
        }
        let mut points = vec![point.clone()];
        let mut steps = Vec::with_capacity(self.factors);
        for i in order {
            let step = if point[i] + delta <= 1.0 + 1e-12 {
                delta
            } else {
                -delta
            };
            point[i] += step;
            steps.push((i, step));
            points.push(point.clone());
        }
        Trajectory { points, steps }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_moves_one_factor_by_delta_inside_the_cube() {
        let design = Design {
            factors: 7,
            trajectories: 20,
            levels: 4,
            seed: 3,
        };
        let delta = design.delta();
        assert!((delta - 2.0 / 3.0).abs() < 1e-12);
        for t in design.trajectories() {
            assert_eq!(t.points.len(), 8);
            let mut moved: Vec<usize> = t.steps.iter().map(|s| s.0).collect();
            moved.sort_unstable();
            assert_eq!(moved, (0..7).collect::<Vec<_>>(), "every factor moves once");
            for (k, (i, step)) in t.steps.iter().enumerate() {
                let (a, b) = (&t.points[k], &t.points[k + 1]);
                assert!((b[*i] - a[*i] - step).abs() < 1e-12);
                assert!((step.abs() - delta).abs() < 1e-12);
                let others = (0..7).filter(|j| j != i).all(|j| a[j] == b[j]);
                assert!(others, "only factor {i} moves");
                assert!(b.iter().all(|x| (-1e-12..=1.0 + 1e-12).contains(x)));
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_design() {
        let d = |seed| Design {
            factors: 5,
            trajectories: 4,
            levels: 4,
            seed,
        };
        assert_eq!(d(1).trajectories(), d(1).trajectories());
        assert_ne!(d(1).trajectories(), d(2).trajectories());
    }
}
