//! The per-run CSV (one row per game: `run,seed,shard,sweep`, then every metric), written row
//! by row as runs finish; shard files read back and merged as a stream, in run order; and the
//! summary as a readable table. Neither writing nor merging holds more than a row per file.

use super::tally::Tally;
use super::{RunRow, Runs, Shard, Summary, Sweep, run_seed};
use crate::engine::report::Arg;
use crate::i18n::{Lang, Texts, fit, fit_right};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};

/// The columns every per-run file starts with, before the metrics.
pub const LEAD: [&str; 4] = ["run", "seed", "shard", "sweep"];

/// Writes per-run rows as CSV, one at a time. Numbers are written in Rust's shortest round-trip
/// form, so a merge reads back exactly the values that were computed.
pub struct RowWriter<W: std::io::Write> {
    out: csv::Writer<W>,
    sweep: String,
    runs: u64,
    shards: u32,
    record: Vec<String>,
    written: u64,
}

impl<W: std::io::Write> RowWriter<W> {
    /// Starts a per-run file of `sweep` (cut into `shards`): writes its header.
    pub fn new(out: W, sweep: &Sweep, shards: u32, names: &[String]) -> Result<Self, csv::Error> {
        let mut out = csv::Writer::from_writer(out);
        out.write_record(LEAD.iter().copied().chain(names.iter().map(String::as_str)))?;
        Ok(RowWriter {
            out,
            sweep: sweep.to_string(),
            runs: sweep.runs,
            shards,
            record: Vec::with_capacity(names.len() + LEAD.len()),
            written: 0,
        })
    }

    pub fn write(&mut self, row: &RunRow) -> Result<(), csv::Error> {
        self.record.clear();
        self.record.push(row.run.to_string());
        self.record.push(row.seed.to_string());
        let shard = Shard::of_run(row.run, self.runs, self.shards);
        self.record.push(shard.to_string());
        self.record.push(self.sweep.clone());
        self.record.extend(row.values.iter().map(|v| v.to_string()));
        self.out.write_record(&self.record)?;
        self.written += 1;
        Ok(())
    }

    /// Flushes the rows; returns how many were written.
    pub fn finish(mut self) -> Result<u64, csv::Error> {
        self.out.flush()?;
        Ok(self.written)
    }
}

/// A failed sweep or merge while its rows were going out.
#[derive(Debug)]
pub enum SinkError {
    /// Standard output failed (the caller tells a closed pipe from a real failure).
    Stdout(csv::Error),
    /// One line: a file that cannot be written, or what went wrong with the sweep.
    Message(String),
}

impl From<String> for SinkError {
    fn from(text: String) -> SinkError {
        SinkError::Message(text)
    }
}

/// Where per-run rows go as they come: a file, standard output (`-`), or nowhere.
pub enum RowSink {
    Nowhere,
    Stdout(RowWriter<std::io::StdoutLock<'static>>),
    File {
        path: PathBuf,
        writer: RowWriter<BufWriter<File>>,
    },
}

/// What a finished sink wrote.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    Nowhere,
    Stdout,
    File { path: PathBuf, rows: u64 },
}

impl RowSink {
    /// Opens `path` (if any) and writes the header of `sweep`'s per-run file.
    pub fn open(
        path: Option<&Path>,
        sweep: &Sweep,
        shards: u32,
        names: &[String],
    ) -> Result<RowSink, SinkError> {
        let Some(path) = path else {
            return Ok(RowSink::Nowhere);
        };
        if path.as_os_str() == "-" {
            let out = std::io::stdout().lock();
            let writer = RowWriter::new(out, sweep, shards, names).map_err(SinkError::Stdout)?;
            return Ok(RowSink::Stdout(writer));
        }
        let failed = |e: &dyn std::fmt::Display| format!("{}: cannot write: {e}", path.display());
        let file = File::create(path).map_err(|e| failed(&e))?;
        let writer =
            RowWriter::new(BufWriter::new(file), sweep, shards, names).map_err(|e| failed(&e))?;
        Ok(RowSink::File {
            path: path.to_path_buf(),
            writer,
        })
    }

    pub fn write(&mut self, row: &RunRow) -> Result<(), SinkError> {
        match self {
            RowSink::Nowhere => Ok(()),
            RowSink::Stdout(w) => w.write(row).map_err(SinkError::Stdout),
            RowSink::File { path, writer } => writer
                .write(row)
                .map_err(|e| SinkError::Message(format!("{}: cannot write: {e}", path.display()))),
        }
    }

    pub fn finish(self) -> Result<Written, SinkError> {
        match self {
            RowSink::Nowhere => Ok(Written::Nowhere),
            RowSink::Stdout(w) => w
                .finish()
                .map(|_| Written::Stdout)
                .map_err(SinkError::Stdout),
            RowSink::File { path, writer } => match writer.finish() {
                Ok(rows) => Ok(Written::File { path, rows }),
                Err(e) => Err(format!("{}: cannot write: {e}", path.display()).into()),
            },
        }
    }
}

/// One per-run file, read a row at a time.
struct FileRows {
    name: String,
    names: Vec<String>,
    sweep: Sweep,
    sweep_text: String,
    shards: u32,
    header: csv::StringRecord,
    reader: csv::Reader<BufReader<File>>,
    line: usize,
    /// The row read and not yet taken, with its shard.
    next: Option<(RunRow, Shard)>,
}

impl FileRows {
    /// Opens a per-run file: checks its header and reads its first row, which names the sweep.
    fn open(path: &Path) -> Result<FileRows, String> {
        let name = path.display().to_string();
        let file =
            crate::fsread::open_regular(path, "a per-run file").map_err(|e| e.to_string())?;
        let mut reader = csv::ReaderBuilder::new().from_reader(BufReader::new(file));
        let header = reader
            .headers()
            .map_err(|e| format!("{name}: not a per-run file: {e}"))?
            .clone();
        if header.len() < LEAD.len() || header.iter().take(LEAD.len()).ne(LEAD) {
            return Err(format!(
                "{name}: not a per-run file of `overbuild sim --runs` (its columns should start with {})",
                LEAD.join(",")
            ));
        }
        let mut first = csv::StringRecord::new();
        let read = reader
            .read_record(&mut first)
            .map_err(|e| format!("{name}:2: {e}"))?;
        if !read {
            return Err(format!("{name}: no runs in the file"));
        }
        let sweep_text = first.get(3).unwrap_or("").to_string();
        let sweep = sweep_text
            .parse::<Sweep>()
            .map_err(|e| format!("{name}:2: {e}"))?;
        let shard_text = first.get(2).unwrap_or("");
        let shards = shard_text
            .parse::<Shard>()
            .map_err(|_| format!("{name}:2: shard: `{shard_text}` is not I/N"))?
            .count;
        let mut file = FileRows {
            name,
            names: header.iter().skip(LEAD.len()).map(String::from).collect(),
            sweep,
            sweep_text,
            shards,
            header,
            reader,
            line: 2,
            next: None,
        };
        file.next = Some(file.parse(&first)?);
        Ok(file)
    }

    /// Reads the next row, if any; rows must come in run order.
    fn advance(&mut self) -> Result<(), String> {
        let previous = self.next.take().map(|(row, _)| row.run);
        let mut record = csv::StringRecord::new();
        self.line += 1;
        let read = self
            .reader
            .read_record(&mut record)
            .map_err(|e| format!("{}:{}: {e}", self.name, self.line))?;
        if !read {
            return Ok(());
        }
        let (row, shard) = self.parse(&record)?;
        if let Some(previous) = previous
            && row.run <= previous
        {
            return Err(format!(
                "{}:{}: run {} comes after run {previous}; rows are in run order, each once",
                self.name, self.line, row.run
            ));
        }
        self.next = Some((row, shard));
        Ok(())
    }

    fn parse(&self, record: &csv::StringRecord) -> Result<(RunRow, Shard), String> {
        let (name, line) = (&self.name, self.line);
        if record.len() != self.header.len() {
            return Err(format!(
                "{name}:{line}: {} fields where the header has {}",
                record.len(),
                self.header.len()
            ));
        }
        let field = |k: usize| record.get(k).unwrap_or("");
        let int = |k: usize| {
            field(k)
                .parse::<u64>()
                .map_err(|_| format!("{name}:{line}: {}: `{}` is not a count", LEAD[k], field(k)))
        };
        let run = int(0)?;
        let seed = int(1)?;
        let shard: Shard = field(2)
            .parse()
            .map_err(|_| format!("{name}:{line}: shard: `{}` is not I/N", field(2)))?;
        if field(3) != self.sweep_text {
            return Err(format!(
                "{name}:{line}: a row of another sweep (\"{}\", not \"{}\")",
                field(3),
                self.sweep_text
            ));
        }
        let expected = run_seed(self.sweep.base_seed, run);
        if seed != expected {
            return Err(format!(
                "{name}:{line}: run {run} has seed {seed}, not the sweep's {expected}"
            ));
        }
        if shard.count != self.shards {
            return Err(format!(
                "{name}:{line}: shard {shard} where earlier rows have {} shards",
                self.shards
            ));
        }
        if run < self.sweep.runs && !shard.runs(self.sweep.runs).contains(&run) {
            return Err(format!("{name}:{line}: run {run} is not in shard {shard}"));
        }
        let values = (LEAD.len()..record.len())
            .map(|k| {
                field(k).parse::<f64>().map_err(|_| {
                    format!(
                        "{name}:{line}: {}: `{}` is not a number",
                        self.header.get(k).unwrap_or("?"),
                        field(k)
                    )
                })
            })
            .collect::<Result<Vec<f64>, String>>()?;
        Ok((RunRow { run, seed, values }, shard))
    }
}

/// Opens every file and checks that they come from one sweep, cut the same way.
fn open_all(files: &[PathBuf]) -> Result<Vec<FileRows>, String> {
    let readers = files
        .iter()
        .map(|path| FileRows::open(path))
        .collect::<Result<Vec<_>, String>>()?;
    let Some(first) = readers.first() else {
        return Err("sim merge: give the per-run files to merge".into());
    };
    for file in &readers[1..] {
        let (name, other) = (&file.name, &first.name);
        if file.sweep != first.sweep {
            return Err(format!(
                "{name}: from another sweep than {other} (\"{}\", not \"{}\")",
                file.sweep, first.sweep
            ));
        }
        if file.names != first.names {
            return Err(format!(
                "{name}: its metric columns differ from {other}'s (another version?)"
            ));
        }
        if file.shards != first.shards {
            return Err(format!(
                "{name}: cut into {} shards where {other} has {}",
                file.shards, first.shards
            ));
        }
    }
    Ok(readers)
}

/// Hands every row of the files to `each` in run order (the files' rows interleaved), refusing a
/// run given twice or beyond the sweep.
fn walk<E: From<String>>(
    readers: &mut [FileRows],
    each: &mut dyn FnMut(&RunRow, Shard) -> Result<(), E>,
) -> Result<(), E> {
    let mut last: Option<(u64, usize)> = None;
    loop {
        let next = (0..readers.len())
            .filter_map(|i| readers[i].next.as_ref().map(|(row, _)| (row.run, i)))
            .min();
        let Some((run, i)) = next else {
            return Ok(());
        };
        let runs = readers[i].sweep.runs;
        if run >= runs {
            return Err(format!(
                "{}: run {run} is beyond the sweep's {runs} runs",
                readers[i].name
            )
            .into());
        }
        if let Some((previous, j)) = last
            && previous == run
        {
            let (name, other) = (&readers[i].name, &readers[j].name);
            return Err(
                format!("{name}: run {run} is also in {other}: give each shard once").into(),
            );
        }
        if let Some((row, shard)) = &readers[i].next {
            each(row, *shard)?;
        }
        last = Some((run, i));
        readers[i].advance()?;
    }
}

/// Per-run files (shards of one sweep, in any order) checked to merge: every file from the same
/// sweep, each run once, and unless `partial` every run of the sweep there. Opening reads the
/// files through once to check them, keeping only counts; `run` reads them again.
pub struct Merge {
    files: Vec<PathBuf>,
    pub sweep: Sweep,
    pub names: Vec<String>,
    pub shards: u32,
}

impl Merge {
    pub fn open(files: &[PathBuf], partial: bool) -> Result<Merge, String> {
        let mut readers = open_all(files)?;
        let (sweep, names, shards) = {
            let first = &readers[0];
            (first.sweep.clone(), first.names.clone(), first.shards)
        };
        let mut per_shard: BTreeMap<u32, u64> = BTreeMap::new();
        walk(&mut readers, &mut |_, shard: Shard| -> Result<(), String> {
            *per_shard.entry(shard.index).or_default() += 1;
            Ok(())
        })?;
        let present: u64 = per_shard.values().sum();
        let missing = sweep.runs - present;
        if missing > 0 && !partial {
            let mut absent: Vec<String> = (1..=shards)
                .map(|index| Shard {
                    index,
                    count: shards,
                })
                .filter(|s| {
                    let have = per_shard.get(&s.index).copied().unwrap_or(0);
                    have < s.runs(sweep.runs).count() as u64
                })
                .map(|s| s.to_string())
                .collect();
            if absent.len() > 8 {
                let more = absent.len() - 8;
                absent.truncate(8);
                absent.push(format!("and {more} more"));
            }
            return Err(format!(
                "sim merge: {missing} of the sweep's {} runs are missing (from shard {}); \
                 merge every shard's file, or pass --partial to summarise what is there",
                sweep.runs,
                absent.join(", ")
            ));
        }
        Ok(Merge {
            files: files.to_vec(),
            sweep,
            names,
            shards,
        })
    }

    /// Reads the rows in run order into `each` and the tally of the merged runs.
    pub fn run<E: From<String>>(
        self,
        each: &mut dyn FnMut(&RunRow) -> Result<(), E>,
    ) -> Result<Runs, E> {
        let mut readers = open_all(&self.files)?;
        if readers[0].sweep != self.sweep {
            return Err(format!("{}: changed while being merged", readers[0].name).into());
        }
        let mut tally = Tally::new(self.names.len());
        walk(&mut readers, &mut |row: &RunRow,
                                 _: Shard|
         -> Result<(), E> {
            each(row)?;
            tally.add(&row.values);
            Ok(())
        })?;
        Ok(Runs {
            sweep: self.sweep,
            shard: Shard::WHOLE,
            shards: self.shards,
            names: self.names,
            tally,
        })
    }
}

/// Merges per-run files (see `Merge`) into the tally of their runs, handing each row to `each`
/// in run order.
pub fn merge<E: From<String>>(
    files: &[PathBuf],
    partial: bool,
    each: &mut dyn FnMut(&RunRow) -> Result<(), E>,
) -> Result<Runs, E> {
    Merge::open(files, partial)?.run(each)
}

/// A value in a column of the table: four significant figures or so, never in exponent form.
pub fn number(value: f64) -> String {
    let a = value.abs();
    if !value.is_finite() {
        "–".to_string()
    } else if a >= 1000.0 {
        format!("{value:.0}")
    } else if a >= 100.0 {
        format!("{value:.1}")
    } else if a >= 1.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.3}")
    }
}

/// The summary as text in English (see `render_in`).
pub fn render(summary: &Summary) -> String {
    render_in(summary, &Texts::new(Lang::En))
}

/// The summary's first lines: what was played, the seats and the sweep.
fn head(summary: &Summary, t: &Texts) -> String {
    let mut out = String::new();
    let plain = |s: String| Arg::Text(s);
    let shard = summary
        .shard
        .as_ref()
        .map(|s| t.with("cli-mc-shard", &[("shard", plain(s.to_string()))]))
        .unwrap_or_default();
    let title = t.with(
        "cli-mc-title",
        &[
            ("games", plain(summary.games.to_string())),
            ("scenario", plain(summary.scenario.clone())),
            ("quarters", plain(summary.quarters.to_string())),
            ("end", plain(summary.end.clone())),
            ("seed", plain(summary.base_seed.to_string())),
            ("shard", plain(shard)),
        ],
    );
    let _ = writeln!(out, "{title}");
    if summary.games < summary.runs && summary.shard.is_none() {
        let games = plain(summary.games.to_string());
        let runs = plain(summary.runs.to_string());
        let partial = t.with("cli-mc-partial", &[("games", games), ("runs", runs)]);
        let _ = writeln!(out, "{partial}");
    }
    let seats = summary
        .seats
        .iter()
        .map(|(s, w)| format!("{s}={w}"))
        .collect::<Vec<_>>()
        .join(" ");
    let _ = writeln!(
        out,
        "{}",
        t.with("cli-mc-seats", &[("seats", plain(seats))])
    );
    let sweep = plain(summary.sweep.to_string());
    let _ = writeln!(out, "{}", t.with("cli-mc-sweep", &[("sweep", sweep)]));
    if let Some(error) = summary.percentile_error {
        let args = [
            ("error", plain(format!("{}%", error * 100.0))),
            ("exact", plain(super::tally::EXACT_UP_TO_GAMES.to_string())),
        ];
        let _ = writeln!(out, "{}", t.with("cli-mc-estimated", &args));
    }
    out
}

/// The summary as text: the sweep, win rates, the end-of-game metrics and the checkpoints.
/// Sentences and headings are in the language of `t`; metric names and seat ids stay as the
/// per-run file's columns spell them.
pub fn render_in(summary: &Summary, t: &Texts) -> String {
    let mut out = head(summary, t);
    let plain = |s: String| Arg::Text(s);
    let end = || plain(summary.end.clone());
    let _ = writeln!(out, "\n{}", t.with("cli-mc-win-rates", &[("end", end())]));
    for w in &summary.win_rates {
        let _ = writeln!(out, "  {:<11} {:>6.1}%", w.seat, w.rate * 100.0);
    }
    let _ = writeln!(
        out,
        "\n{}\n  {} {} {:>10} {:>10} {:>10}",
        t.with("cli-mc-at-end", &[("end", end())]),
        fit(&t.get("cli-mc-metric"), 30),
        fit_right(&t.get("cli-mc-mean"), 10),
        "p5",
        "p50",
        "p95"
    );
    let (end, checkpoints): (Vec<_>, Vec<_>) =
        summary.metrics.iter().partition(|m| !m.name.contains('@'));
    for m in end.iter().filter(|m| !m.name.starts_with("objective.")) {
        let _ = writeln!(
            out,
            "  {:<30} {:>10} {:>10} {:>10} {:>10}",
            m.name,
            number(m.mean),
            number(m.p5),
            number(m.p50),
            number(m.p95)
        );
    }
    if !checkpoints.is_empty() {
        // One row per metric, one column per checkpoint and the end: p50 [p5, p95].
        let mut dates: Vec<String> = Vec::new();
        for m in &checkpoints {
            if let Some((_, d)) = m.name.split_once('@')
                && !dates.iter().any(|x| x == d)
            {
                dates.push(d.to_string());
            }
        }
        let end_label = summary.end.replace(' ', "");
        let _ = write!(
            out,
            "\n{}\n  {}",
            t.get("cli-mc-over-time"),
            fit(&t.get("cli-mc-metric"), 20)
        );
        for d in dates.iter().chain(std::iter::once(&end_label)) {
            let _ = write!(out, " {d:>24}");
        }
        let _ = writeln!(out);
        for metric in super::CHECKPOINT_METRICS {
            let _ = write!(out, "  {metric:<20}");
            let cells = dates
                .iter()
                .map(|d| format!("{metric}@{d}"))
                .chain(std::iter::once(metric.to_string()));
            for name in cells {
                let cell = summary
                    .metrics
                    .iter()
                    .find(|m| m.name == name)
                    .map(|m| format!("{} [{}, {}]", number(m.p50), number(m.p5), number(m.p95)))
                    .unwrap_or_default();
                let _ = write!(out, " {cell:>24}");
            }
            let _ = writeln!(out);
        }
    }
    out
}
