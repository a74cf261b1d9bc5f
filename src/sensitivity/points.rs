//! Playing the design's points, and the point files shards write and `merge` reads.

use super::{Screening, Settings};
use crate::montecarlo::{Columns, Setup, run_seed};
use crate::scenario::Scenario;
use rayon::prelude::*;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// The metrics a game of this scenario records (the outputs are chosen among them).
pub fn columns(scenario: &Scenario, turns: Option<u32>) -> Columns {
    let turns = turns.unwrap_or(scenario.params.scenario.turns);
    Columns::new(&scenario.params, turns)
}

/// The outputs at each point of `range` (indices into the design's points, trajectory by
/// trajectory), each the mean over the settings' seeds; None where the parameters at that point
/// fail the scenario's checks together or a game gives a non-finite output.
pub fn play(
    screening: &Screening,
    range: Range<u64>,
    jobs: Option<u32>,
    done: &(dyn Fn() + Sync),
) -> Result<Vec<Option<Vec<f64>>>, String> {
    let columns = columns(&screening.scenario, screening.settings.turns);
    let picks: Vec<usize> = screening
        .outputs
        .iter()
        .filter_map(|o| columns.index_of(o))
        .collect();
    let work = || -> Vec<Option<Vec<f64>>> {
        range
            .clone()
            .into_par_iter()
            .map(|i| play_point(screening, i as usize, &columns, &picks, done))
            .collect()
    };
    crate::montecarlo::on_jobs(jobs, work)
}

fn play_point(
    screening: &Screening,
    index: usize,
    columns: &Columns,
    picks: &[usize],
    done: &(dyn Fn() + Sync),
) -> Option<Vec<f64>> {
    let per = screening.design.points_per_trajectory();
    let unit = &screening.trajectories[index / per].points[index % per];
    let changes: Vec<(&str, f64)> = screening
        .factors
        .iter()
        .zip(unit)
        .map(|(f, u)| (f.path.as_str(), f.at(*u)))
        .collect();
    let params = super::params_with(&screening.table, &changes).ok();
    let seeds = screening.settings.seeds;
    let Some(params) = params else {
        (0..seeds).for_each(|_| done());
        return None;
    };
    let mut scenario = screening.scenario.clone();
    scenario.params = Arc::new(params);
    let mut setup = Setup::new(scenario);
    setup.turns = screening
        .settings
        .turns
        .unwrap_or(setup.turns)
        .min(setup.turns);
    let start = setup.start();
    let mut sums = vec![0.0; picks.len()];
    for s in 0..seeds {
        let values = setup.play_from(
            &start,
            run_seed(screening.settings.seed, u64::from(s)),
            columns,
        );
        for (sum, k) in sums.iter_mut().zip(picks) {
            *sum += values[*k];
        }
        done();
    }
    let means: Vec<f64> = sums.iter().map(|s| s / f64::from(seeds)).collect();
    means.iter().all(|v| v.is_finite()).then_some(means)
}

/// Each point's outputs, in design order; None where the point could not run.
pub type PointOutputs = Vec<Option<Vec<f64>>>;

/// The first line of a point file: the settings, so `merge` can rebuild the design.
const MARK: &str = "# overbuild sensitivity v1 ";

/// A point file: the settings line, a header, then `point,ok,outputs...` rows.
pub fn to_csv(
    screening: &Screening,
    first: u64,
    outputs: &[Option<Vec<f64>>],
) -> Result<String, String> {
    let settings = serde_json::to_string(&screening.settings).map_err(|e| e.to_string())?;
    let mut text = format!(
        "{MARK}{settings}\npoint,ok,{}\n",
        screening.outputs.join(",")
    );
    for (k, row) in outputs.iter().enumerate() {
        let point = first + k as u64;
        match row {
            Some(values) => {
                let values: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
                let _ = writeln!(text, "{point},1,{}", values.join(","));
            }
            None => {
                let _ = writeln!(text, "{point},0{}", ",".repeat(screening.outputs.len()));
            }
        }
    }
    Ok(text)
}

/// The settings the files share and their points in order. Files of different screenings, a
/// point given twice or a malformed row are refused, naming the file.
pub fn read_shards(files: &[PathBuf]) -> Result<(Settings, PointOutputs), String> {
    let mut settings: Option<Settings> = None;
    let mut points: Vec<(u64, Option<Vec<f64>>)> = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let text = crate::fsread::read_text_bounded(
            file,
            crate::fsread::SCENARIO_LIMIT * 64,
            "a point file",
        )
        .map_err(|e| format!("{name}: {}", e.reason()))?;
        let (first, body) = text.split_once('\n').unwrap_or((&text, ""));
        let own: Settings = first
            .strip_prefix(MARK)
            .and_then(|json| serde_json::from_str(json).ok())
            .ok_or_else(|| format!("{name}: not a point file of `overbuild sensitivity --out`"))?;
        if settings.as_ref().is_some_and(|s| *s != own) {
            return Err(format!(
                "{name}: a shard of a different screening (its settings differ)"
            ));
        }
        settings = Some(own);
        read_rows(body, &name, &mut points)?;
    }
    let settings = settings.ok_or("give the point files to merge")?;
    points.sort_by_key(|p| p.0);
    if let Some(w) = points.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!("point {} is in more than one file", w[0].0));
    }
    if let Some((i, _)) = points.iter().enumerate().find(|(i, p)| p.0 != *i as u64) {
        return Err(format!(
            "point {i} is in none of the files; merge every shard"
        ));
    }
    Ok((settings, points.into_iter().map(|p| p.1).collect()))
}

fn read_rows(
    body: &str,
    name: &str,
    points: &mut Vec<(u64, Option<Vec<f64>>)>,
) -> Result<(), String> {
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    for (line, record) in reader.records().enumerate() {
        let bad = || format!("{name}: line {}: not a point row", line + 3);
        let record = record.map_err(|_| bad())?;
        let point: u64 = record.get(0).and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let row = match record.get(1) {
            Some("1") => Some(
                record
                    .iter()
                    .skip(2)
                    .map(|v| v.parse::<f64>().map_err(|_| bad()))
                    .collect::<Result<Vec<f64>, String>>()?,
            ),
            Some("0") => None,
            _ => return Err(bad()),
        };
        points.push((point, row));
    }
    Ok(())
}
