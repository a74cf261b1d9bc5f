//! Elementary effects and their summaries: μ* (the mean of their absolute values) ranks a
//! factor's influence, μ keeps the sign when the effect has one, and σ large against μ* marks
//! an effect that depends on the other factors or is not monotonic (Campolongo, Cariboni and
//! Saltelli 2007).

use super::design::Trajectory;
use serde::Serialize;

/// One factor's effects on one output, in the output's unit per the factor's whole range.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Effect {
    pub factor: usize,
    pub mu: f64,
    pub mu_star: f64,
    pub sigma: f64,
    /// Elementary effects measured (a trajectory whose point failed gives none).
    pub count: usize,
}

/// Each output's effects, factors ranked by μ*, largest first. `outputs[point]` holds the
/// outputs at each point of the trajectories in order (None where the point could not run).
pub fn summarise(
    trajectories: &[Trajectory],
    outputs: &[Option<Vec<f64>>],
    factors: usize,
    output_count: usize,
) -> Vec<Vec<Effect>> {
    let mut effects = vec![vec![Vec::new(); factors]; output_count];
    let mut at = 0;
    for t in trajectories {
        for (k, (factor, step)) in t.steps.iter().enumerate() {
            if let (Some(a), Some(b)) = (&outputs[at + k], &outputs[at + k + 1]) {
                for (o, list) in effects.iter_mut().enumerate() {
                    list[*factor].push((b[o] - a[o]) / step);
                }
            }
        }
        at += t.points.len();
    }
    effects
        .into_iter()
        .map(|per_factor| {
            let mut ranked: Vec<Effect> = per_factor
                .iter()
                .enumerate()
                .map(|(factor, ee)| describe(factor, ee))
                .collect();
            ranked.sort_by(|a, b| {
                b.mu_star
                    .total_cmp(&a.mu_star)
                    .then(a.factor.cmp(&b.factor))
            });
            ranked
        })
        .collect()
}

fn describe(factor: usize, ee: &[f64]) -> Effect {
    let n = ee.len() as f64;
    if ee.is_empty() {
        return Effect {
            factor,
            mu: 0.0,
            mu_star: 0.0,
            sigma: 0.0,
            count: 0,
        };
    }
    let mu = ee.iter().sum::<f64>() / n;
    let mu_star = ee.iter().map(|e| e.abs()).sum::<f64>() / n;
    let sigma = if ee.len() > 1 {
        (ee.iter().map(|e| (e - mu).powi(2)).sum::<f64>() / (n - 1.0)).sqrt()
    } else {
        0.0
    };
    Effect {
        factor,
        mu,
        mu_star,
        sigma,
        count: ee.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::design::Design;
    use super::*;

    /// A known function: y = 3·x0 − 2·x1 + x2·x3, x4 inert.
    fn model(x: &[f64]) -> Vec<f64> {
        vec![3.0 * x[0] - 2.0 * x[1] + x[2] * x[3]]
    }

    #[test]
    fn a_known_function_ranks_its_factors() {
        let design = Design {
            factors: 5,
            trajectories: 30,
            levels: 4,
            seed: 9,
        };
        let trajectories = design.trajectories();
        let outputs: Vec<Option<Vec<f64>>> = trajectories
            .iter()
            .flat_map(|t| t.points.iter().map(|p| Some(model(p))))
            .collect();
        let ranked = &summarise(&trajectories, &outputs, 5, 1)[0];
        let order: Vec<usize> = ranked.iter().map(|e| e.factor).collect();
        assert_eq!(&order[..2], &[0, 1]);
        assert_eq!(order[4], 4, "the inert factor ranks last");
        let of = |f: usize| ranked.iter().find(|e| e.factor == f).unwrap();
        assert!((of(0).mu - 3.0).abs() < 1e-9 && of(0).sigma < 1e-9);
        assert!((of(1).mu + 2.0).abs() < 1e-9 && (of(1).mu_star - 2.0).abs() < 1e-9);
        assert!(of(2).sigma > 0.0, "x2's effect depends on x3");
        assert_eq!(of(4).mu_star, 0.0);
    }

    #[test]
    fn a_failed_point_drops_only_the_effects_that_need_it() {
        let design = Design {
            factors: 3,
            trajectories: 2,
            levels: 4,
            seed: 1,
        };
        let trajectories = design.trajectories();
        let mut outputs: Vec<Option<Vec<f64>>> = trajectories
            .iter()
            .flat_map(|t| {
                t.points
                    .iter()
                    .map(|p| Some(model(&[p[0], p[1], p[2], 0.0])))
            })
            .collect();
        outputs[1] = None;
        let ranked = &summarise(&trajectories, &outputs, 3, 1)[0];
        let total: usize = ranked.iter().map(|e| e.count).sum();
        assert_eq!(total, 6 - 2, "the failed point held two effects");
    }
}
