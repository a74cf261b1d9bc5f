//! Helpers for the interface tests: key presses into `App::handle`, frames into `TestBackend`.
#![allow(dead_code)]

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use overbuild::engine::Seat;
use overbuild::game::SeatRole;
use overbuild::tui::{Action, App, AppEvent, Session, ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub fn press(app: &mut App, code: KeyCode) {
    app.handle(AppEvent::Input(Event::Key(KeyEvent::new(
        code,
        KeyModifiers::NONE,
    ))));
}

pub fn chars(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle(AppEvent::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    ))));
}

pub fn release(app: &mut App, code: KeyCode) {
    let mut key = KeyEvent::new(code, KeyModifiers::NONE);
    key.kind = KeyEventKind::Release;
    app.handle(AppEvent::Input(Event::Key(key)));
}

pub fn click(app: &mut App, column: u16, row: u16) {
    app.handle(AppEvent::Input(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })));
}

/// Draws the app at a size and returns the terminal holding the frame.
pub fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    app.dispatch(Action::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|f| ui::draw(f, app))
        .expect("drawing into a test backend");
    terminal
}

/// The frame as text, one line per row, trailing spaces trimmed.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            let symbol = cell.symbol();
            line.push_str(symbol);
            // Wide characters cover the next cell.
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    let t = draw(app, width, height);
    text(t.backend().buffer())
}

/// Finds the first cell where `needle` starts on screen.
pub fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let lines = text(buffer);
    for (y, line) in lines.lines().enumerate() {
        if let Some(byte) = line.find(needle) {
            let col = unicode_width::UnicodeWidthStr::width(&line[..byte]);
            return Some((col as u16, y as u16));
        }
    }
    None
}

pub fn roles(humans: &[Seat]) -> [SeatRole; 4] {
    Seat::ALL.map(|s| {
        if humans.contains(&s) {
            SeatRole::Human
        } else {
            SeatRole::baseline_bot()
        }
    })
}

/// A headless app already in a game with these human seats, past the briefings.
pub fn in_game(humans: &[Seat], seed: u64) -> App {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("scenario");
    in_game_of(scenario, humans, seed)
}

/// The same in a scenario of the test's own.
pub fn in_game_of(scenario: overbuild::scenario::Scenario, humans: &[Seat], seed: u64) -> App {
    let mut app = App::headless();
    app.start_session(Session::new(scenario, seed, roles(humans)));
    for _ in humans {
        press(&mut app, KeyCode::Enter);
    }
    app
}

/// Submits the current seat's orders as they stand (s, then y).
pub fn submit(app: &mut App) {
    press(app, KeyCode::Char('s'));
    press(app, KeyCode::Char('y'));
}

/// The frame with what the engine's calibration decides taken out: numbers become `#`, chart
/// glyphs go, and runs of spaces shrink to one. Snapshots of game screens then check layout
/// and wording without breaking whenever a model parameter is tuned.
pub fn stable(frame: &str) -> String {
    let mut out = String::with_capacity(frame.len());
    for line in frame.lines() {
        let mut cleaned = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit() {
                while chars
                    .peek()
                    .is_some_and(|n| n.is_ascii_digit() || *n == ',' || *n == '.')
                {
                    chars.next();
                }
                cleaned.push('#');
            } else if ('\u{2800}'..='\u{28FF}').contains(&c)
                || ('\u{2580}'..='\u{259F}').contains(&c)
                || c == '•'
            {
                cleaned.push(' ');
            } else {
                cleaned.push(c);
            }
        }
        let mut collapsed = String::new();
        let mut last_space = false;
        for c in cleaned.chars() {
            if c == ' ' {
                if !last_space {
                    collapsed.push(c);
                }
                last_space = true;
            } else {
                collapsed.push(c);
                last_space = false;
            }
        }
        out.push_str(collapsed.trim_end());
        out.push('\n');
    }
    out
}
