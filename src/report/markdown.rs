//! The debrief as Markdown (GitHub-flavoured tables).

use super::doc::{Block, Doc};
use std::fmt::Write as _;

pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            // A heading over charts only would be empty here.
            Block::Heading(..) if matches!(doc.blocks.get(i + 1), Some(Block::Chart(_))) => {}
            Block::Heading(level, text) => {
                let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                let _ = writeln!(out, "{hashes} {}\n", inline(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "{}\n", inline(text));
            }
            Block::List(items) => {
                for item in items {
                    match &item.lead {
                        Some(lead) if item.text.is_empty() => {
                            let _ = writeln!(out, "- **{}**", inline(lead));
                        }
                        Some(lead) => {
                            let _ = writeln!(out, "- **{}**: {}", inline(lead), inline(&item.text));
                        }
                        None => {
                            let _ = writeln!(out, "- {}", inline(&item.text));
                        }
                    }
                }
                out.push('\n');
            }
            Block::Table(table) => {
                let cells =
                    |row: &[String]| row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ");
                let _ = writeln!(out, "| {} |", cells(&table.header));
                let rule: Vec<&str> = (0..table.header.len())
                    .map(|i| {
                        if table.numeric.get(i).copied().unwrap_or(false) {
                            "---:"
                        } else {
                            "---"
                        }
                    })
                    .collect();
                let _ = writeln!(out, "| {} |", rule.join(" | "));
                for row in &table.rows {
                    let _ = writeln!(out, "| {} |", cells(row));
                }
                out.push('\n');
            }
            Block::Chart(_) => {}
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Text that Markdown would otherwise read as markup (headlines come from scenario files).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '`' | '<' | '\\') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::super::doc::{Item, Table};
    use super::*;

    #[test]
    fn blocks_render_as_markdown_with_markup_escaped() {
        let mut doc = Doc::default();
        doc.heading(2, "Scores");
        doc.paragraph("a *bold* claim");
        doc.list(vec![
            Item::led("Oracle", "bond_bn 0 → 5"),
            Item::plain("x|y"),
        ]);
        let mut t = Table::new(vec!["Seat".into(), "Score".into()], 1);
        t.row(vec!["A|B".into(), "1.0".into()]);
        doc.table(t);
        let md = render(&doc);
        assert_eq!(
            md,
            "## Scores\n\na \\*bold\\* claim\n\n- **Oracle**: bond_bn 0 → 5\n- x|y\n\n| Seat | Score |\n| --- | ---: |\n| A\\|B | 1.0 |\n"
        );
    }
}
