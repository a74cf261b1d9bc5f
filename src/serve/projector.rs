//! Views for a shared screen: one table in big numbers and charts, and every table side by
//! side so the room can compare how different teams played the same scenario.

use super::console::Ctx;
use super::hub::{TableSlot, mmss};
use crate::engine::Seat;
use crate::engine::report::Arg;
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
    let texts = ctx.texts;
    let state = &slot.state;
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

    let mut spans = vec![
        Span::styled(
            " OVERBUILD ",
            app.theme.title.add_modifier(Modifier::REVERSED),
        ),
        Span::raw("  "),
        Span::styled(
            state.game.world.params.scenario.name.clone(),
            app.theme.title,
        ),
        Span::raw("  ·  "),
    ];
    if ctx.tables.len() > 1 {
        spans.push(Span::raw(
            texts.with("serve-tag-table", &[("n", Arg::Num((table + 1) as f64))]),
        ));
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
    frame.render_widget(Paragraph::new(Line::from(spans)), title);

    let f = figures(slot);
    let values = [
        (
            texts.get("serve-proj-index"),
            crate::i18n::format_number(f.index, 1),
        ),
        (
            texts.get("serve-proj-approval"),
            format!("{}%", crate::i18n::format_number(f.approval * 100.0, 0)),
        ),
        (
            texts.get("serve-proj-bill"),
            format!("${}", crate::i18n::format_number(f.bill, 0)),
        ),
        (texts.get("serve-proj-blackouts"), f.blackouts.to_string()),
        (
            texts.get("serve-proj-welfare"),
            f.welfare
                .map(|w| crate::i18n::format_number(w, 0))
                .unwrap_or_else(|| "–".into()),
        ),
    ];
    let cells = Layout::horizontal([Constraint::Ratio(1, 5); 5]).split(tiles);
    for ((label, value), cell) in values.iter().zip(cells.iter()) {
        tile(frame, app, *cell, label.clone(), value);
    }

    super::board::draw(frame, ctx, app, None, board_area);

    let pair = [(0, 1), (2, 3), (4, 5)][chart % CHART_PAIRS];
    let [a, b] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .areas(charts_area);
    charts::draw(frame, app, a, pair.0, false);
    charts::draw(frame, app, b, pair.1, false);

    let mut lines = Vec::new();
    if let Some(report) = state.game.last_report() {
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
        news,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(
            texts.get("serve-projector-keys"),
            app.theme.dim,
        )),
        footer,
    );
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
    let n = ctx.tables.len();
    let rows = 7 + Seat::ALL.len() as u16;
    let [title, table_area, charts_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(rows + 2),
        Constraint::Min(6),
        Constraint::Length(1),
    ])
    .areas(area);
    let world = &first.state.game.world;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                " OVERBUILD ",
                app.theme.title.add_modifier(Modifier::REVERSED),
            ),
            Span::raw("  "),
            Span::styled(texts.get("serve-compare-title"), app.theme.title),
            Span::raw("  ·  "),
            Span::raw(world.params.scenario.name.clone()),
            Span::raw("  ·  "),
            Span::raw(texts.with(
                "serve-compare-seed",
                &[("seed", Arg::Text(first.state.game.seed.to_string()))],
            )),
        ])),
        title,
    );

    let label_w = 24usize;
    let col_w = ((table_area.width as usize).saturating_sub(label_w + 2) / n.max(1)).clamp(6, 24);
    let figs: Vec<Figures> = ctx.tables.iter().map(figures).collect();
    let mut lines = Vec::new();
    let mut header = vec![Span::raw(crate::i18n::fit("", label_w))];
    for i in 0..n {
        header.push(Span::styled(
            crate::i18n::fit_right(
                &texts.with("serve-tag-table", &[("n", Arg::Num((i + 1) as f64))]),
                col_w,
            ),
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
    row(
        texts.get("serve-compare-reached"),
        ctx.tables
            .iter()
            .map(|t| {
                let mut s = t.state.game.world.date.to_string();
                if t.state.ended {
                    s.push_str(" ■");
                }
                s
            })
            .collect(),
        plain,
    );
    row(
        texts.get("serve-proj-index"),
        figs.iter()
            .map(|f| crate::i18n::format_number(f.index, 1))
            .collect(),
        plain,
    );
    row(
        texts.get("serve-proj-approval"),
        figs.iter()
            .map(|f| format!("{}%", crate::i18n::format_number(f.approval * 100.0, 0)))
            .collect(),
        plain,
    );
    row(
        texts.get("serve-proj-bill"),
        figs.iter()
            .map(|f| format!("${}", crate::i18n::format_number(f.bill, 0)))
            .collect(),
        plain,
    );
    row(
        texts.get("serve-proj-blackouts"),
        figs.iter().map(|f| f.blackouts.to_string()).collect(),
        plain,
    );
    row(
        texts.get("serve-proj-welfare"),
        figs.iter()
            .map(|f| {
                f.welfare
                    .map_or("–".into(), |w| crate::i18n::format_number(w, 0))
            })
            .collect(),
        app.theme.accent.add_modifier(Modifier::BOLD),
    );
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
        table_area,
    );

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
        .map(|i| {
            ctx.texts
                .with("serve-tag-table", &[("n", Arg::Num((i + 1) as f64))])
        })
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
