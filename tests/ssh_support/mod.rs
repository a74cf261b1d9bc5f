//! An SSH participant for the workshop-server tests: russh's client, a pty and the screen it
//! draws, read through vt100.
#![allow(dead_code)]

use russh::ChannelMsg;
use russh::client::{self, Handle};
use std::num::NonZeroU16;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};

pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// Logs in over a connection already made; Err says why not (a refused code, a closed
/// connection).
pub async fn login_over<S>(stream: S, user: &str, code: &str) -> Result<Handle<Trusting>, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let config = Arc::new(client::Config::default());
    let mut handle = client::connect_stream(config, stream, Trusting)
        .await
        .map_err(|e| e.to_string())?;
    let auth = handle
        .authenticate_password(user, code)
        .await
        .map_err(|e| e.to_string())?;
    if auth.success() {
        Ok(handle)
    } else {
        Err("refused".into())
    }
}

pub async fn login(
    addr: std::net::SocketAddr,
    user: &str,
    code: &str,
) -> Result<Handle<Trusting>, String> {
    let stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| e.to_string())?;
    login_over(stream, user, code).await
}

/// One participant: an SSH session with a pty and what their terminal shows.
pub struct Term {
    _handle: Handle<Trusting>,
    pub channel: russh::Channel<client::Msg>,
    pub screen: vt100::Parser,
    closed: bool,
}

pub fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("non-zero")
}

impl Term {
    pub async fn open(handle: Handle<Trusting>, cols: u16, rows: u16) -> Term {
        let channel = handle.channel_open_session().await.expect("session");
        channel
            .request_pty(
                true,
                "xterm-256color",
                u32::from(cols),
                u32::from(rows),
                0,
                0,
                &[],
            )
            .await
            .expect("pty");
        channel.request_shell(true).await.expect("shell");
        Term {
            _handle: handle,
            channel,
            screen: vt100::Parser::new(nz(rows), nz(cols), 0),
            closed: false,
        }
    }

    pub async fn connect(addr: std::net::SocketAddr, user: &str, code: &str) -> Term {
        let handle = login(addr, user, code).await.expect("login");
        Term::open(handle, 100, 30).await
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }

    /// Reads until the screen shows `want`; false on timeout or when the server closes.
    pub async fn wait_for(&mut self, want: &str, timeout: Duration) -> bool {
        self.wait_until(|text| text.contains(want), timeout).await
    }

    /// Reads until the screen satisfies `done`.
    pub async fn wait_until(&mut self, done: impl Fn(&str) -> bool, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if done(&self.text()) {
                return true;
            }
            if self.closed {
                return false;
            }
            match tokio::time::timeout_at(deadline, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => self.screen.process(&data),
                Ok(Some(ChannelMsg::Close)) | Ok(None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => return false,
            }
        }
    }

    pub async fn keys(&self, bytes: &[u8]) {
        self.channel
            .data_bytes(bytes.to_vec())
            .await
            .expect("send keys");
    }

    pub async fn resize(&mut self, cols: u16, rows: u16) {
        self.screen.set_size(nz(rows), nz(cols));
        self.channel
            .window_change(u32::from(cols), u32::from(rows), 0, 0)
            .await
            .expect("resize");
    }
}

pub const RIGHT: &[u8] = b"\x1b[C";
pub const WAIT: Duration = Duration::from_secs(20);

/// Orders tab, one change, submit, confirm.
pub async fn submit(t: &mut Term) {
    t.keys(b"2").await;
    assert!(t.wait_for("Orders of", WAIT).await, "{}", t.text());
    t.keys(RIGHT).await;
    assert!(t.wait_for("1 change", WAIT).await, "{}", t.text());
    t.keys(b"s").await;
    assert!(t.wait_for("Submit", WAIT).await, "{}", t.text());
    t.keys(b"y").await;
}
