//! The debrief as one self-contained HTML file: inline CSS and SVG, no scripts, nothing to
//! fetch. It is also well-formed XML, which the tests check.

use super::doc::{Block, Doc, Item, Table};
use super::svg;
use std::fmt::Write as _;

const STYLE: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang TC', 'Microsoft JhengHei', sans-serif;
  max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; line-height: 1.45; }
h1 { font-size: 1.7rem; border-bottom: 2px solid #0072B2; padding-bottom: .3rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; font-size: .88rem; }
th, td { border: 1px solid #ccc; padding: .25rem .5rem; vertical-align: top; }
th { background: #f1f4f8; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) { background: #fafafa; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
svg.chart { max-width: 100%; height: auto; border: 1px solid #e3e3e3; background: #fff; }
svg .chart-title { font-size: 14px; font-weight: 600; fill: #1b1b1b; }
svg .unit { font-weight: 400; fill: #555; }
svg .tick, svg .legend { font-size: 11px; fill: #333; }
svg .grid { stroke: #e6e6e6; }
svg .axis { stroke: #888; }
@media print { body { max-width: none; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
";

pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&doc.lang),
        escape(&doc.title)
    );
    let mut charts = 0;
    let mut in_charts = false;
    for block in &doc.blocks {
        let is_chart = matches!(block, Block::Chart(_));
        if is_chart && !in_charts {
            out.push_str("<div class=\"charts\">\n");
        } else if !is_chart && in_charts {
            out.push_str("</div>\n");
        }
        in_charts = is_chart;
        match block {
            Block::Heading(level, text) => {
                let l = (*level).clamp(1, 6);
                let _ = writeln!(out, "<h{l}>{}</h{l}>", escape(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", escape(text));
            }
            Block::List(items) => write_list(&mut out, items),
            Block::Table(table) => write_table(&mut out, table),
            Block::Chart(chart) => {
                charts += 1;
                out.push_str(&svg::render(chart, charts));
                out.push('\n');
            }
        }
    }
    if in_charts {
        out.push_str("</div>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A bulleted list; a lead, when there is one, is set in bold before the text.
fn write_list(out: &mut String, items: &[Item]) {
    out.push_str("<ul>\n");
    for item in items {
        match &item.lead {
            Some(lead) if item.text.is_empty() => {
                let _ = writeln!(out, "<li><strong>{}</strong></li>", escape(lead));
            }
            Some(lead) => {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong>: {}</li>",
                    escape(lead),
                    escape(&item.text)
                );
            }
            None => {
                let _ = writeln!(out, "<li>{}</li>", escape(&item.text));
            }
        }
    }
    out.push_str("</ul>\n");
}

/// A table; numeric columns are classed so they align right.
fn write_table(out: &mut String, table: &Table) {
    let class = |i: usize| {
        if table.numeric.get(i).copied().unwrap_or(false) {
            " class=\"num\""
        } else {
            ""
        }
    };
    out.push_str("<table>\n<thead><tr>");
    for (i, h) in table.header.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", class(i), escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let _ = write!(out, "<td{}>{}</td>", class(i), escape(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Text safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
