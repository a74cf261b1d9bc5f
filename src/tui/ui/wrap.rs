//! Text wrapped to its area by Unicode's line-breaking rules (UAX #14). Ratatui's own wrapper
//! breaks only at spaces, so a run of Chinese characters moved whole to the next line and left
//! ragged half-empty lines; and it can place a wide character past the area's edge, over a
//! border (ratatui issue 2679). Here a line breaks wherever UAX #14 allows (between most
//! Chinese characters, never before closing punctuation) and is filled by display width.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Widget};
use unicode_linebreak::linebreaks;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One grapheme of a line with its span's style and display width.
#[derive(Clone, Copy)]
struct Glyph<'s> {
    symbol: &'s str,
    style: Style,
    width: usize,
    blank: bool,
}

/// A piece between two break opportunities: its glyphs, and the width of all but the spaces
/// at its end (spaces may hang past the edge; they are dropped at a break).
struct Piece<'s> {
    glyphs: Vec<Glyph<'s>>,
    inked_width: usize,
}

fn pieces<'s>(line: &'s Line<'_>) -> Vec<Piece<'s>> {
    let whole: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let mut cuts = linebreaks(&whole)
        .map(|(at, _)| at)
        .filter(|&at| latin_keeps_its_words(&whole, at))
        .peekable();
    let mut out = Vec::new();
    let mut current = Vec::new();
    let mut offset = 0;
    for span in &line.spans {
        for symbol in span.content.graphemes(true) {
            let mut cut = false;
            while cuts.next_if(|&at| at <= offset).is_some() {
                cut = true;
            }
            if cut && !current.is_empty() {
                out.push(piece(std::mem::take(&mut current)));
            }
            current.push(Glyph {
                symbol,
                style: span.style,
                width: symbol.width(),
                blank: symbol.chars().all(char::is_whitespace),
            });
            offset += symbol.len();
        }
    }
    if !current.is_empty() {
        out.push(piece(current));
    }
    out
}

/// Whether a break UAX #14 allows at `at` is taken: after a space or a wide character. Latin
/// text breaks only at spaces, as before, so "MW-day" stays whole, and a number keeps the
/// Chinese unit that follows it ("1億").
fn latin_keeps_its_words(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|before| before.is_whitespace() || before.width().unwrap_or(0) > 1)
}

fn piece(glyphs: Vec<Glyph<'_>>) -> Piece<'_> {
    let width: usize = glyphs.iter().map(|g| g.width).sum();
    let trailing: usize = glyphs
        .iter()
        .rev()
        .take_while(|g| g.blank)
        .map(|g| g.width)
        .sum();
    Piece {
        glyphs,
        inked_width: width - trailing,
    }
}

/// Glyphs back into spans: neighbours of one style share a span.
fn to_line<'a>(glyphs: &[Glyph<'_>], like: &Line<'_>) -> Line<'a> {
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for g in glyphs {
        if style.is_some_and(|s| s != g.style) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(g.style);
        text.push_str(g.symbol);
    }
    if let Some(s) = style {
        spans.push(Span::styled(text, s));
    }
    Line {
        spans,
        style: like.style,
        alignment: like.alignment,
    }
}

/// The rows one source line is laid out in.
struct Rows<'s, 'a, 'o> {
    line: &'s Line<'s>,
    out: &'o mut Vec<Line<'a>>,
    row: Vec<Glyph<'s>>,
    used: usize,
    made: usize,
}

impl<'a> Rows<'_, 'a, '_> {
    fn flush(&mut self) {
        while self.row.last().is_some_and(|g| g.blank) {
            self.row.pop();
        }
        self.out.push(to_line(&self.row, self.line));
        self.row.clear();
        self.used = 0;
        self.made += 1;
    }
}

/// Lays one source line out in rows of at most `width` cells. Spaces at a break are dropped;
/// the line's own indent stays unless `trim`.
fn wrap_line<'a>(line: &Line<'_>, width: usize, trim: bool, out: &mut Vec<Line<'a>>) {
    let mut rows = Rows {
        line,
        out,
        row: Vec::new(),
        used: 0,
        made: 0,
    };
    for piece in pieces(line) {
        if !rows.row.is_empty() && rows.used + piece.inked_width > width {
            rows.flush();
        }
        for g in piece.glyphs {
            let leading = rows.row.is_empty() && g.blank && (trim || rows.made > 0);
            if leading || g.width > width {
                continue;
            }
            if rows.used + g.width > width && !g.blank {
                // A piece wider than the whole row breaks between its graphemes.
                rows.flush();
            }
            rows.row.push(g);
            rows.used += g.width;
        }
    }
    if !rows.row.is_empty() || rows.made == 0 {
        rows.flush();
    }
}

/// The text's lines wrapped to `width` cells; with `trim`, rows start without spaces.
pub fn wrap_text<'a>(text: &Text<'_>, width: u16, trim: bool) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    for line in &text.lines {
        wrap_line(line, usize::from(width.max(1)), trim, &mut out);
    }
    out
}

/// A paragraph that wraps by UAX #14 and display width; the builder follows `Paragraph`'s.
#[derive(Default)]
pub struct Wrapped<'a> {
    text: Text<'a>,
    block: Option<Block<'a>>,
    style: Style,
    alignment: Option<Alignment>,
    scroll: (u16, u16),
    trim: bool,
}

impl<'a> Wrapped<'a> {
    pub fn new(text: impl Into<Text<'a>>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }
    pub fn block(self, block: Block<'a>) -> Self {
        Self {
            block: Some(block),
            ..self
        }
    }
    pub fn style(self, style: impl Into<Style>) -> Self {
        Self {
            style: style.into(),
            ..self
        }
    }
    pub fn alignment(self, alignment: Alignment) -> Self {
        Self {
            alignment: Some(alignment),
            ..self
        }
    }
    pub fn scroll(self, offset: (u16, u16)) -> Self {
        Self {
            scroll: offset,
            ..self
        }
    }
    /// Whether rows drop their leading spaces (as `Wrap { trim }`).
    pub fn trim(self, trim: bool) -> Self {
        Self { trim, ..self }
    }
    /// Rows the text takes at this width, without the block.
    pub fn line_count(&self, width: u16) -> usize {
        wrap_text(&self.text, width, self.trim).len()
    }
    /// How far the text can scroll in `area` before its last row leaves the bottom: its rows
    /// inside the block, less the rows the block shows.
    pub fn scroll_room(&self, area: Rect) -> u16 {
        let inner = self.block.as_ref().map_or(area, |b| b.inner(area));
        let rows = u16::try_from(self.line_count(inner.width)).unwrap_or(u16::MAX);
        rows.saturating_sub(inner.height)
    }
}

impl Widget for Wrapped<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = self.block.as_ref().map_or(area, |b| b.inner(area));
        let mut text = Text::from(wrap_text(&self.text, inner.width, self.trim));
        text.style = self.text.style;
        text.alignment = self.text.alignment;
        let mut paragraph = Paragraph::new(text).style(self.style).scroll(self.scroll);
        if let Some(alignment) = self.alignment {
            paragraph = paragraph.alignment(alignment);
        }
        if let Some(block) = self.block {
            paragraph = paragraph.block(block);
        }
        paragraph.render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn rows(text: &str, width: u16, trim: bool) -> Vec<String> {
        wrap_text(&Text::from(text), width, trim)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    fn cells(row: &str) -> usize {
        row.width()
    }

    #[test]
    fn chinese_after_a_latin_word_fills_the_row_instead_of_moving_whole() {
        let text = "你負責 Oracle 的雲端擴建：用借來的錢替 OpenAI 蓋資料中心。你的合約在帳面上是龐大的訂單積壓";
        for width in 20..=40 {
            let out = rows(text, width, true);
            assert_eq!(
                out.concat().replace(' ', ""),
                text.replace(' ', ""),
                "{width}"
            );
            for row in &out {
                assert!(cells(row) <= usize::from(width), "{width}: {out:?}");
            }
            // Every row but the last is full to within one wide character and a word.
            for row in &out[..out.len() - 1] {
                assert!(cells(row) + 8 >= usize::from(width), "{width}: {out:?}");
            }
        }
    }

    #[test]
    fn no_row_is_wider_than_its_width_whatever_the_mix() {
        let text = "• 季末：現金 99億美元，營收 148億美元，自由現金流 1億美元，負債 920億美元。";
        for width in 1..60 {
            for row in rows(text, width, true) {
                assert!(cells(&row) <= usize::from(width), "{width}: {row}");
                // A number keeps its unit where the row is wide enough for both.
                assert!(width < 6 || !row.starts_with('億'), "{width}: {row}");
            }
        }
    }

    #[test]
    fn closing_punctuation_never_starts_a_row() {
        let text = "甲乙丙丁戊己庚辛，壬癸甲乙丙丁戊己。子丑寅卯";
        for width in 4..20 {
            for row in rows(text, width, true) {
                assert!(
                    !row.starts_with('，') && !row.starts_with('。'),
                    "{width}: {row}"
                );
            }
        }
    }

    #[test]
    fn english_wraps_at_spaces_and_keeps_its_indent_unless_trimmed() {
        let text = "  Ride-through share of new halls lowers the megawatts lost";
        assert_eq!(
            rows(text, 20, false),
            [
                "  Ride-through share",
                "of new halls lowers",
                "the megawatts lost"
            ]
        );
        assert_eq!(rows(text, 20, true)[0], "Ride-through share");
        // Hyphens are not break points in Latin text; a word longer than the row breaks
        // between its letters.
        assert_eq!(
            rows("cleared at $68/MW-day", 18, true),
            ["cleared at", "$68/MW-day"]
        );
        assert_eq!(rows("abcdefghij", 4, true), ["abcd", "efgh", "ij"]);
        // Blank lines stay.
        let two = wrap_text(&Text::from("a\n\nb"), 10, true);
        assert_eq!(two.len(), 3);
    }

    #[test]
    fn styles_and_alignment_survive_the_wrap() {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let line = Line::from(vec![Span::styled("信用評級", bold), Span::raw("較低較好")])
            .alignment(Alignment::Center);
        let out = wrap_text(&Text::from(line), 6, true);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].spans[0].style, bold);
        assert_eq!(out[1].spans.len(), 2, "{out:?}");
        assert_eq!(out[1].spans[1].style, Style::default());
        assert!(out.iter().all(|l| l.alignment == Some(Alignment::Center)));
    }
}
