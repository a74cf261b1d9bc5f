//! The parameter tables of the model reference (docs/MODEL.md), generated from the built-in
//! scenario files so that the reference cannot drift from them: `overbuild scenario doc`.

use super::sources::{self, Parameter, Status};
use super::{BUILTIN, ScenarioError};
use std::fmt::Write as _;

/// The lines that bound the generated part of a document.
pub const BEGIN: &str = "<!-- BEGIN GENERATED PARAMETERS -->";
pub const END: &str = "<!-- END GENERATED PARAMETERS -->";

/// Longest value shown in a table cell; longer ones (hourly shapes) are cut with "…".
const VALUE_CHARS: usize = 40;

/// Every built-in scenario's parameters as Markdown tables: the base in full, grouped by its
/// top-level table, then each variant's own keys.
pub fn tables() -> Result<String, ScenarioError> {
    let mut out = String::from(
        "The tables below are generated from the scenario files by `overbuild scenario doc`; \
         do not edit them by hand. \"Assumption\" marks a judgement, with its reason.\n",
    );
    for (id, text) in BUILTIN {
        let params = sources::parameters(text, &format!("builtin:{id}"))?;
        let _ = write!(
            out,
            "\n### `{id}` ({} parameters: {} sourced, {} assumptions)\n",
            params.len(),
            count(&params, Status::Sourced),
            count(&params, Status::Assumption)
        );
        let mut section = String::new();
        for p in &params {
            let top = top_level(&p.path);
            if top != section {
                let _ = write!(
                    out,
                    "\n#### {top}\n\n| parameter | value | source or assumption |\n|---|---|---|\n"
                );
                section = top.to_string();
            }
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                p.path,
                cell(&short(&p.value)),
                cell(&p.source)
            );
        }
    }
    Ok(out)
}

fn count(params: &[Parameter], status: Status) -> usize {
    params.iter().filter(|p| p.status == status).count()
}

/// "regions[texas].peak_mw" → "regions".
fn top_level(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

fn short(value: &str) -> String {
    if value.chars().count() <= VALUE_CHARS {
        value.to_string()
    } else {
        let cut: String = value.chars().take(VALUE_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// Text safe inside a Markdown table cell: one line, pipes escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// `document` with the text between its markers replaced by `generated`; an error naming
/// what is missing when the markers are not there, once each, in order.
pub fn replace_between_markers(document: &str, generated: &str) -> Result<String, String> {
    let begin = document
        .find(BEGIN)
        .ok_or_else(|| format!("no line {BEGIN} to write after"))?;
    let end = document
        .find(END)
        .filter(|end| *end > begin)
        .ok_or_else(|| format!("no line {END} after {BEGIN}"))?;
    if document[begin + BEGIN.len()..].contains(BEGIN) || document[end + END.len()..].contains(END)
    {
        return Err("the markers appear more than once".into());
    }
    Ok(format!(
        "{}{BEGIN}\n{generated}{}",
        &document[..begin],
        &document[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_of_the_base_has_a_row_with_its_source() {
        let text = tables().unwrap();
        let base = sources::parameters(BUILTIN[0].1, "base").unwrap();
        for p in &base {
            assert!(text.contains(&format!("| `{}` |", p.path)), "{}", p.path);
        }
        assert!(text.contains("#### technologies"));
        assert!(text.contains("### `ai-winter`"));
        assert!(
            text.lines()
                .filter(|l| l.starts_with("| `"))
                .all(|l| l.matches(" | ").count() == 2),
            "each row has three cells"
        );
    }

    #[test]
    fn only_the_text_between_the_markers_is_replaced() {
        let doc = format!("intro\n{BEGIN}\nold\n{END}\nafter\n");
        let new = replace_between_markers(&doc, "new\n").unwrap();
        assert_eq!(new, format!("intro\n{BEGIN}\nnew\n{END}\nafter\n"));
        assert!(replace_between_markers("no markers", "x").is_err());
        assert!(replace_between_markers(&format!("{END}\n{BEGIN}"), "x").is_err());
    }

    #[test]
    fn cells_stay_on_one_line_and_pipes_are_escaped() {
        assert_eq!(cell("a |b\n c"), "a \\|b c");
        assert_eq!(short(&"x".repeat(50)).chars().count(), VALUE_CHARS);
    }
}
