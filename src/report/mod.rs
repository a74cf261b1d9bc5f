//! Debrief reports: a saved game replayed and turned into Markdown, CSV or one self-contained
//! HTML file with charts.

pub mod attribution;
mod csv;
pub mod debrief;
pub mod doc;
mod html;
pub mod intents;
mod markdown;
pub mod story;
mod svg;

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
    pub file: PathBuf,
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
    if let Some(out) = &args.out {
        check_out(out, &args.file, args.force)?;
    }
    let replay = Replay::load(&args.file)?;
    if let Some(d) = &replay.divergence {
        return Err(stale(&replay.save, d).into());
    }
    let text = render(&replay, format, lang);
    match &args.out {
        None => cli_out::print(&text)?,
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
