//! Debrief reports: a saved game replayed and turned into Markdown, CSV or one self-contained
//! HTML file with charts.

pub mod attribution;
mod csv;
pub mod debrief;
pub mod doc;
pub(crate) mod html;
pub mod intents;
mod markdown;
pub mod reasons;
pub mod story;
mod svg;
pub mod workshop;

use crate::cli::GlobalArgs;
use crate::cli_out::{self, CliError};
use crate::error::UserError;
use crate::i18n::{Lang, Texts};
use crate::save::{Backup, Replay, stale, write_atomic};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Md,
    /// One row per quarter, for spreadsheets.
    Csv,
    /// One self-contained page with charts.
    Html,
}

impl Format {
    fn from_extension(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Md),
            "csv" => Some(Format::Csv),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// `overbuild report`.
#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// The saved game.
    #[arg(required_unless_present = "workshop")]
    pub file: Option<PathBuf>,
    /// The after-action review of a workshop: every table `overbuild serve` saved in this
    /// data folder (or its saves folder), side by side (md or html).
    #[arg(long, value_name = "DIR", conflicts_with = "file")]
    pub workshop: Option<PathBuf>,
    /// md, csv or html (default: from the --out file's extension, else md).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of standard output. An existing file is not replaced
    /// without --force.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace the --out file if it exists.
    #[arg(long, requires = "out")]
    pub force: bool,
}

/// The debrief of a replayed save in a format and language.
pub fn render(replay: &Replay, format: Format, lang: Lang) -> String {
    match format {
        Format::Csv => csv::render(replay),
        Format::Md => markdown::render(&debrief::build(replay, &Texts::new(lang))),
        Format::Html => html::render(&debrief::build(replay, &Texts::new(lang))),
    }
}

pub fn run(global: &GlobalArgs, args: ReportArgs) -> Result<ExitCode, CliError> {
    let lang = global.language()?.unwrap_or_default();
    let format = args
        .format
        .or_else(|| args.out.as_deref().and_then(Format::from_extension))
        .unwrap_or(Format::Md);
    let source = match (&args.workshop, &args.file) {
        (Some(dir), _) => dir.clone(),
        (None, Some(file)) => file.clone(),
        (None, None) => {
            return Err(UserError("report needs a save or --workshop DIR".into()).into());
        }
    };
    if let Some(out) = &args.out {
        check_out(out, &source, args.force)?;
    }
    let text = match &args.workshop {
        Some(dir) => workshop_text(dir, format, lang)?,
        None => {
            let replay = Replay::load(&source)?;
            if let Some(d) = &replay.divergence {
                return Err(stale(&replay.save, d).into());
            }
            render(&replay, format, lang)
        }
    };
    write_out(&text, &args)
}

/// The after-action review of the workshop whose tables are saved in `dir`.
fn workshop_text(dir: &Path, format: Format, lang: Lang) -> Result<String, CliError> {
    if format == Format::Csv {
        return Err(UserError(format!(
            "{}: --workshop writes md or html, not csv (use report FILE --format csv on one table's save)",
            dir.display()
        ))
        .into());
    }
    let (name, saves) = workshop::table_saves(dir).map_err(UserError)?;
    let mut tables = Vec::new();
    for (label, path) in saves {
        let replay = Replay::load(&path)?;
        if let Some(d) = &replay.divergence {
            return Err(stale(&replay.save, d).into());
        }
        tables.push(workshop::TableRun::new(label, replay));
    }
    if let Some(other) = tables
        .iter()
        .find(|r| r.replay.save.scenario.hash != tables[0].replay.save.scenario.hash)
    {
        return Err(UserError(format!(
            "{}: table {} plays another scenario than table {}; a workshop's tables are compared on one scenario",
            dir.display(),
            other.label,
            tables[0].label
        ))
        .into());
    }
    let doc = workshop::build(&name, &tables, &Texts::new(lang));
    Ok(match format {
        Format::Html => html::render(&doc),
        _ => markdown::render(&doc),
    })
}

fn write_out(text: &str, args: &ReportArgs) -> Result<ExitCode, CliError> {
    match &args.out {
        None => cli_out::print(text)?,
        Some(out) => {
            let backup = if args.force {
                Backup::None
            } else {
                Backup::NeverReplace
            };
            // A temporary file renamed into place: a full disk leaves no partial report.
            write_atomic(out, text.as_bytes(), backup)?;
            cli_out::note(&format!("wrote {}", out.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses an output that would replace a file without --force, or the save itself.
fn check_out(out: &Path, save: &Path, force: bool) -> Result<(), UserError> {
    if out.is_dir() {
        return Err(UserError(format!(
            "{}: is a folder; --out needs a file name",
            out.display()
        )));
    }
    if !out.exists() {
        return Ok(());
    }
    let same = match (out.canonicalize(), save.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(UserError(format!(
            "{}: is the save being reported on; choose another --out",
            out.display()
        )));
    }
    if !force {
        return Err(UserError(format!(
            "{}: already exists; add --force to replace it",
            out.display()
        )));
    }
    Ok(())
}
