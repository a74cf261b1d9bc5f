//! A participant's terminal at the far end of an SSH channel: bytes in become crossterm events
//! (decoded by `terminput`, crossterm's own parser as a library), and frames out are escape
//! sequences collected in memory, ready to be queued for the channel.

use crossterm::event::Event;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

/// Turns the bytes a client sends into events. Keeps an unfinished escape sequence until the
/// next packet; an escape at the very end of a packet is the Esc key (as crossterm reads it).
#[derive(Debug, Default)]
pub struct InputDecoder {
    buffer: Vec<u8>,
}

/// Longest sequence kept while waiting for its end; anything longer is junk.
const MAX_PENDING: usize = 64;

impl InputDecoder {
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for (i, byte) in bytes.iter().enumerate() {
            self.buffer.push(*byte);
            let more = i + 1 < bytes.len();
            // A lone escape with more bytes behind it starts a sequence.
            if self.buffer == [0x1b] && more {
                continue;
            }
            match terminput::Event::parse_from(&self.buffer) {
                Ok(Some(event)) => {
                    if let Ok(event) = terminput_crossterm::to_crossterm(event) {
                        events.push(event);
                    }
                    self.buffer.clear();
                }
                Ok(None) if self.buffer.len() < MAX_PENDING => {}
                _ => self.buffer.clear(),
            }
        }
        events
    }
}

/// Where a frame's bytes gather until the server takes them.
#[derive(Clone, Debug, Default)]
pub struct Sink {
    pub bytes: Rc<RefCell<Vec<u8>>>,
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// crossterm's escape sequences into a `Sink`, with the size the client reported (crossterm
/// would ask the server's own terminal) and a remembered cursor (nothing to ask either).
pub struct RemoteBackend {
    inner: CrosstermBackend<Sink>,
    sink: Sink,
    size: Size,
    cursor: Position,
}

impl RemoteBackend {
    pub fn new(width: u16, height: u16) -> RemoteBackend {
        let sink = Sink::default();
        RemoteBackend {
            inner: CrosstermBackend::new(sink.clone()),
            sink,
            size: Size::new(width, height),
            cursor: Position::ORIGIN,
        }
    }

    pub fn set_size(&mut self, width: u16, height: u16) {
        self.size = Size::new(width, height);
    }

    /// The bytes written since the last call.
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut *self.sink.bytes.borrow_mut())
    }

    /// Raw bytes for the client (screen setup, messages).
    pub fn write_raw(&mut self, bytes: &[u8]) {
        self.sink.bytes.borrow_mut().extend_from_slice(bytes);
    }
}

impl Backend for RemoteBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let p = position.into();
        self.cursor = p;
        self.inner.set_cursor_position(p)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// Alternate screen, hidden cursor and mouse reports on.
pub fn screen_on() -> Vec<u8> {
    let mut out = Sink::default();
    let _ = crossterm::queue!(
        out,
        crossterm::terminal::EnterAlternateScreen,
        crossterm::cursor::Hide,
        crossterm::event::EnableMouseCapture
    );
    out.bytes.take()
}

/// The client's terminal as it was: mouse off, cursor back, main screen.
pub fn screen_off() -> Vec<u8> {
    let mut out = Sink::default();
    let _ = crossterm::queue!(
        out,
        crossterm::event::DisableMouseCapture,
        crossterm::style::ResetColor,
        crossterm::cursor::Show,
        crossterm::terminal::LeaveAlternateScreen
    );
    out.bytes.take()
}

/// A message line for a raw terminal (the client's own newline handling is off).
pub fn line(text: &str) -> Vec<u8> {
    format!("{}\r\n", text.replace('\n', "\r\n")).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEventKind};

    fn keys(events: &[Event]) -> Vec<KeyCode> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(KeyEvent { code, .. }) => Some(*code),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn keys_arrows_and_control_characters_decode() {
        let mut d = InputDecoder::default();
        let events = d.feed(b"ab\r\x1b[A\x1b[B\x7f\t");
        assert_eq!(
            keys(&events),
            vec![
                KeyCode::Char('a'),
                KeyCode::Char('b'),
                KeyCode::Enter,
                KeyCode::Up,
                KeyCode::Down,
                KeyCode::Backspace,
                KeyCode::Tab
            ]
        );
        let ctrl_c = d.feed(b"\x03");
        assert!(matches!(
            ctrl_c[0],
            Event::Key(KeyEvent { code: KeyCode::Char('c'), modifiers, .. })
                if modifiers.contains(KeyModifiers::CONTROL)
        ));
    }

    #[test]
    fn a_lone_escape_is_the_key_and_split_sequences_join() {
        let mut d = InputDecoder::default();
        assert_eq!(keys(&d.feed(b"\x1b")), vec![KeyCode::Esc]);
        assert!(d.feed(b"\x1b[").is_empty(), "waits for the rest");
        assert_eq!(keys(&d.feed(b"C")), vec![KeyCode::Right]);
        // UTF-8 split across packets.
        let bytes = "台".as_bytes();
        assert!(d.feed(&bytes[..1]).is_empty());
        assert_eq!(keys(&d.feed(&bytes[1..])), vec![KeyCode::Char('台')]);
    }

    #[test]
    fn mouse_reports_and_junk() {
        let mut d = InputDecoder::default();
        let events = d.feed(b"\x1b[<0;10;5M");
        assert!(matches!(
            &events[0],
            Event::Mouse(m) if m.column == 9 && m.row == 4 && matches!(m.kind, MouseEventKind::Down(_))
        ));
        // Junk is dropped and decoding goes on.
        let events = d.feed(b"\x1b[999999999999999999999999z q");
        assert!(keys(&events).contains(&KeyCode::Char('q')));
    }

    #[test]
    fn the_backend_reports_the_clients_size_and_collects_bytes() {
        let mut b = RemoteBackend::new(100, 30);
        assert_eq!(b.size().unwrap(), Size::new(100, 30));
        b.set_size(80, 24);
        assert_eq!(b.window_size().unwrap().columns_rows, Size::new(80, 24));
        b.set_cursor_position(Position::new(3, 4)).unwrap();
        assert_eq!(b.get_cursor_position().unwrap(), Position::new(3, 4));
        assert!(!b.take().is_empty());
        assert!(b.take().is_empty());
        assert!(screen_on().starts_with(b"\x1b[?1049h"));
        assert!(!screen_off().is_empty());
        assert_eq!(line("a\nb"), b"a\r\nb\r\n");
    }
}
