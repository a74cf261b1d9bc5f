//! Views for a shared screen: one table in big numbers and charts, and every table side by
//! side so the room can compare how different teams played the same scenario.

use super::console::Ctx;
use super::hub::{TableSlot, mmss};
use crate::engine::Seat;
use crate::engine::report::Arg;
use crate::i18n::Texts;
use crate::tui::App;
use crate::tui::ui::charts;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, BorderType, Borders, Chart, Dataset, GraphType, Paragraph, Wrap,
};
use tui_big_text::{BigText, PixelSize};

/// Chart pairs the projector cycles through: index and bills, reserves and approval, scores
/// and credit spreads.
pub const CHART_PAIRS: usize = 3;

/// The headline figures of a table now.
pub struct Figures {
    pub index: f64,
    pub approval: f64,
    pub bill: f64,
    pub blackouts: u32,
    pub welfare: Option<f64>,
    pub scores: [Option<f64>; 4],
}

/// The labels of the headline figures, in the order tiles and rows show them.
const HEADLINES: [&str; 5] = [
    "serve-proj-index",
    "serve-proj-approval",
    "serve-proj-bill",
    "serve-proj-blackouts",
    "serve-proj-welfare",
];

impl Figures {
    /// The headline figures as the room reads them, in the order of `HEADLINES`.
    fn shown(&self) -> [String; 5] {
        [
            crate::i18n::format_number(self.index, 1),
            format!("{}%", crate::i18n::format_number(self.approval * 100.0, 0)),
            format!("${}", crate::i18n::format_number(self.bill, 0)),
            self.blackouts.to_string(),
            self.welfare
                .map_or("–".into(), |w| crate::i18n::format_number(w, 0)),
        ]
    }
}

pub fn figures(slot: &TableSlot) -> Figures {
    let world = &slot.state.game.world;
    let bills: Vec<f64> = world.regions.iter().map(|r| r.retail.bill_month).collect();
    let report = slot.state.game.last_report();
    Figures {
        index: world.market.index,
        approval: world.politics.approval,
        bill: bills.iter().sum::<f64>() / bills.len().max(1) as f64,
        blackouts: world.records.blackouts,
        welfare: report.map(|r| r.scores.public_welfare.score),
        scores: Seat::ALL.map(|s| report.and_then(|r| r.scores.seat(s)).map(|s| s.score)),
    }
}

fn bordered<'a>(app: &App, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(app.theme.border)
        .title(Span::styled(format!(" {title} "), app.theme.title))
}

/// One big number with its label; falls back to bold text where there is no room.
fn tile(frame: &mut Frame, app: &App, area: Rect, label: String, value: &str) {
    let block = bordered(app, label);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The 8x8 font has no dashes beyond ASCII.
    let value = &value.replace('–', "-");
    let chars = value.chars().count() as u16;
    if inner.height >= 4 && inner.width >= chars * 4 {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(app.theme.accent.add_modifier(Modifier::BOLD))
            .lines(vec![Line::raw(value.to_string())])
            .centered()
            .build();
        let y = inner.y + inner.height.saturating_sub(4) / 2;
        frame.render_widget(big, Rect::new(inner.x, y, inner.width, 4.min(inner.height)));
    } else {
        let y = inner.y + inner.height.saturating_sub(1) / 2;
        frame.render_widget(
            Paragraph::new(value.to_string())
                .alignment(Alignment::Center)
                .style(app.theme.accent.add_modifier(Modifier::BOLD)),
            Rect::new(inner.x, y, inner.width, 1.min(inner.height)),
        );
    }
}

/// The projector view of one table.
pub fn draw(frame: &mut Frame, ctx: &Ctx, table: usize, chart: usize, area: Rect) {
    let Some(slot) = ctx.tables.get(table) else {
        return;
    };
    let app = &slot.viewer;
    let tall = area.height >= 30;
    // The submission board: a header, a row per table and, when tall, its legend.
    let board_rows = (ctx.tables.len() + 1 + usize::from(tall)).min(area.height as usize / 3);
    let [title, tiles, board_area, charts_area, news, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(if tall { 6 } else { 3 }),
        Constraint::Length(board_rows as u16),
        Constraint::Min(6),
        Constraint::Length(if tall { 5 } else { 3 }),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_title(frame, ctx, table, title);
    draw_tiles(frame, ctx.texts, slot, tiles);
    super::board::draw(frame, ctx, app, None, board_area);
    draw_chart_pair(frame, app, chart, charts_area);
    draw_news(frame, ctx.texts, slot, news);
    frame.render_widget(
        Paragraph::new(Line::styled(
            ctx.texts.get("serve-projector-keys"),
            app.theme.dim,
        )),
        footer,
    );
}

/// The game's name, the table, its date and countdown, and whether it waits or has ended.
fn draw_title(frame: &mut Frame, ctx: &Ctx, table: usize, area: Rect) {
    let slot = &ctx.tables[table];
    let (app, texts, state) = (&slot.viewer, ctx.texts, &slot.state);
    let mut spans = vec![
        brand(app),
        Span::raw("  "),
        Span::styled(
            state.game.world.params.scenario.name.clone(),
            app.theme.title,
        ),
        Span::raw("  ·  "),
    ];
    if ctx.tables.len() > 1 {
        spans.push(Span::raw(table_tag(texts, table)));
        spans.push(Span::raw("  ·  "));
    }
    spans.push(Span::styled(
        state.game.world.date.to_string(),
        app.theme.accent.add_modifier(Modifier::BOLD),
    ));
    if let Some(left) = state.remaining(ctx.now).filter(|_| !state.ended) {
        spans.push(Span::raw("  ·  "));
        spans.push(Span::styled(format!("⏱ {}", mmss(left)), app.theme.key));
    }
    if state.paused {
        spans.push(Span::raw("  ·  "));
        spans.push(Span::styled(texts.get("serve-paused"), app.theme.warn));
    } else if state.waiting_for_players() {
        spans.push(Span::raw("  ·  "));
        spans.push(Span::styled(texts.get("serve-waiting"), app.theme.warn));
    }
    if state.ended {
        spans.push(Span::raw("  ·  "));
        spans.push(Span::styled(texts.get("serve-ended"), app.theme.bad));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_tiles(frame: &mut Frame, texts: &Texts, slot: &TableSlot, area: Rect) {
    let shown = figures(slot).shown();
    let cells = Layout::horizontal([Constraint::Ratio(1, 5); 5]).split(area);
    for ((key, value), cell) in HEADLINES.iter().zip(&shown).zip(cells.iter()) {
        tile(frame, &slot.viewer, *cell, texts.get(key), value);
    }
}

/// The `chart`th pair of the table's charts, side by side.
fn draw_chart_pair(frame: &mut Frame, app: &App, chart: usize, area: Rect) {
    let pair = [(0, 1), (2, 3), (4, 5)][chart % CHART_PAIRS];
    let [a, b] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    charts::draw(frame, app, a, pair.0, false);
    charts::draw(frame, app, b, pair.1, false);
}

/// The headlines of the last quarter's events.
fn draw_news(frame: &mut Frame, texts: &Texts, slot: &TableSlot, area: Rect) {
    let app = &slot.viewer;
    let mut lines = Vec::new();
    if let Some(report) = slot.state.game.last_report() {
        for e in &report.events {
            lines.push(Line::from(vec![
                Span::styled("▪ ", app.theme.accent),
                Span::raw(texts.msg(&e.headline)),
            ]));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(texts.get("serve-proj-no-news"), app.theme.dim));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(bordered(app, texts.get("serve-proj-news"))),
        area,
    );
}

fn brand<'a>(app: &App) -> Span<'a> {
    Span::styled(
        " OVERBUILD ",
        app.theme.title.add_modifier(Modifier::REVERSED),
    )
}

/// "Table n" for the table at index `i`.
fn table_tag(texts: &Texts, i: usize) -> String {
    texts.with("serve-tag-table", &[("n", Arg::Num((i + 1) as f64))])
}

const MARKERS: [Marker; 4] = [
    Marker::Braille,
    Marker::Dot,
    Marker::Block,
    Marker::HalfBlock,
];

/// Every table side by side: the figures that matter in a table, and two charts with a line
/// per table.
pub fn compare(frame: &mut Frame, ctx: &Ctx, area: Rect) {
    let Some(first) = ctx.tables.first() else {
        return;
    };
    let app = &first.viewer;
    let texts = ctx.texts;
    let rows = 7 + Seat::ALL.len() as u16;
    let [title, table_area, charts_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(rows + 2),
        Constraint::Min(6),
        Constraint::Length(1),
    ])
    .areas(area);
    compare_title(frame, texts, first, title);
    compare_figures(frame, ctx, table_area);
    let [a, b] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .areas(charts_area);
    line_chart(frame, ctx, a, texts.get("serve-proj-welfare"), |t| {
        t.report.scores.public_welfare.score
    });
    line_chart(frame, ctx, b, texts.get("serve-proj-index"), |t| {
        t.report.market.index
    });
    frame.render_widget(
        Paragraph::new(Line::styled(texts.get("serve-compare-keys"), app.theme.dim)),
        footer,
    );
}

/// The scenario and the seed every table shares.
fn compare_title(frame: &mut Frame, texts: &Texts, first: &TableSlot, area: Rect) {
    let app = &first.viewer;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            brand(app),
            Span::raw("  "),
            Span::styled(texts.get("serve-compare-title"), app.theme.title),
            Span::raw("  ·  "),
            Span::raw(first.state.game.world.params.scenario.name.clone()),
            Span::raw("  ·  "),
            Span::raw(texts.with(
                "serve-compare-seed",
                &[("seed", Arg::Text(first.state.game.seed.to_string()))],
            )),
        ])),
        area,
    );
}

/// A column per table: the date it reached, its headline figures and every seat's score.
fn compare_figures(frame: &mut Frame, ctx: &Ctx, area: Rect) {
    let app = &ctx.tables[0].viewer;
    let texts = ctx.texts;
    let n = ctx.tables.len();
    let label_w = 24usize;
    let col_w = ((area.width as usize).saturating_sub(label_w + 2) / n.max(1)).clamp(6, 24);
    let figs: Vec<Figures> = ctx.tables.iter().map(figures).collect();
    let mut lines = Vec::new();
    let mut header = vec![Span::raw(crate::i18n::fit("", label_w))];
    for i in 0..n {
        header.push(Span::styled(
            crate::i18n::fit_right(&table_tag(texts, i), col_w),
            app.theme.title,
        ));
    }
    lines.push(Line::from(header));
    let mut row = |label: String, values: Vec<String>, style: Style| {
        let mut spans = vec![Span::styled(
            crate::i18n::fit(&label, label_w),
            app.theme.dim,
        )];
        for v in values {
            spans.push(Span::styled(crate::i18n::fit_right(&v, col_w), style));
        }
        lines.push(Line::from(spans));
    };
    let plain = Style::default();
    let reached = ctx.tables.iter().map(|t| {
        let mut s = t.state.game.world.date.to_string();
        if t.state.ended {
            s.push_str(" ■");
        }
        s
    });
    row(texts.get("serve-compare-reached"), reached.collect(), plain);
    let shown: Vec<[String; 5]> = figs.iter().map(Figures::shown).collect();
    for (k, key) in HEADLINES.iter().enumerate() {
        let style = if *key == "serve-proj-welfare" {
            app.theme.accent.add_modifier(Modifier::BOLD)
        } else {
            plain
        };
        row(
            texts.get(key),
            shown.iter().map(|s| s[k].clone()).collect(),
            style,
        );
    }
    for (i, seat) in Seat::ALL.iter().enumerate() {
        row(
            texts.with(
                "serve-compare-score",
                &[("seat", Arg::Text(super::console::seat_name(texts, *seat)))],
            ),
            figs.iter()
                .map(|f| f.scores[i].map_or("–".into(), |s| crate::i18n::format_number(s, 0)))
                .collect(),
            plain,
        );
    }
    frame.render_widget(
        Paragraph::new(lines).block(bordered(app, texts.get("serve-compare-figures"))),
        area,
    );
}

fn line_chart(
    frame: &mut Frame,
    ctx: &Ctx,
    area: Rect,
    title: String,
    value: fn(&crate::game::Turn) -> f64,
) {
    let Some(first) = ctx.tables.first() else {
        return;
    };
    let app = &first.viewer;
    let series: Vec<Vec<(f64, f64)>> = ctx
        .tables
        .iter()
        .map(|t| {
            t.state
                .game
                .turns
                .iter()
                .map(|turn| (f64::from(turn.report.turn), value(turn)))
                .collect()
        })
        .collect();
    let names: Vec<String> = (0..ctx.tables.len())
        .map(|i| table_tag(ctx.texts, i))
        .collect();
    let block = bordered(app, title).title_bottom(charts::legend(app, &names, area.width));
    if series.iter().all(|s| s.len() < 2) {
        frame.render_widget(
            Paragraph::new(ctx.texts.get("tui-chart-empty"))
                .style(app.theme.dim)
                .block(block),
            area,
        );
        return;
    }
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (_, y) in series.iter().flatten() {
        lo = lo.min(*y);
        hi = hi.max(*y);
    }
    let pad = ((hi - lo) * 0.1).max(1e-6);
    let (lo, hi) = (lo - pad, hi + pad);
    let total = f64::from(first.state.game.world.params.scenario.turns.max(2));
    let datasets: Vec<Dataset> = series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Dataset::default()
                .marker(MARKERS[i % MARKERS.len()])
                .graph_type(GraphType::Line)
                .style(Style::default().fg(app.theme.series[i % app.theme.series.len()]))
                .data(s)
        })
        .collect();
    let labels = |a: f64, b: f64| {
        vec![
            Span::styled(crate::i18n::format_number(a, 0), app.theme.dim),
            Span::styled(crate::i18n::format_number(b, 0), app.theme.dim),
        ]
    };
    frame.render_widget(
        Chart::new(datasets)
            .block(block)
            .style(app.theme.base)
            .x_axis(
                Axis::default()
                    .bounds([1.0, total])
                    .labels(labels(1.0, total)),
            )
            .y_axis(Axis::default().bounds([lo, hi]).labels(labels(lo, hi))),
        area,
    );
}
