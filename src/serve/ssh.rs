//! The SSH side (russh): password authentication with join codes and a delay after repeated
//! failures, one interactive session per connection, and nothing else. Shell and exec of
//! commands, subsystems (sftp), X11 and agent forwarding, and every kind of port forwarding are
//! refused. Each accepted session gets a writer task that drains its bounded output queue into
//! the channel, waiting on the client's window, so a stalled client only ever stalls itself.

use super::codes::{Codes, Login};
use super::guard::{Guard, Refusal};
use super::hub::{ConnId, HubEvent, Out, StatusSink};
use super::term::line;
use crate::i18n::Lang;
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Session};
use russh::{Channel, ChannelId, ChannelOpenFailure, ChannelWriteHalf, MethodKind, MethodSet, Pty};
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::sync::{Notify, oneshot};

/// What every connection's handler shares.
pub struct Shared {
    pub codes: Codes,
    pub tables: usize,
    pub guard: Mutex<Guard>,
    pub hub: std::sync::mpsc::SyncSender<HubEvent>,
    pub next: AtomicU64,
    /// Frames queued per client before the server drops frames for it.
    pub queue: usize,
    pub status: StatusSink,
}

#[derive(Clone)]
pub struct Server {
    pub shared: Arc<Shared>,
}

impl Server {
    /// The handler of a new connection; `logged_in` fires when it logs in.
    pub fn client(&self, peer: SocketAddr, logged_in: oneshot::Sender<()>) -> Client {
        Client {
            id: self.shared.next.fetch_add(1, Ordering::Relaxed),
            shared: self.shared.clone(),
            peer: peer.ip(),
            login: None,
            logged_in: Some(logged_in),
            channel: None,
            writer: None,
            size: None,
            lang: None,
            started: false,
            closed: Arc::new(Notify::new()),
        }
    }
}

/// The only authentication method offered.
pub fn methods() -> MethodSet {
    MethodSet::from(&[MethodKind::Password][..])
}

pub struct Client {
    shared: Arc<Shared>,
    id: ConnId,
    peer: IpAddr,
    login: Option<Login>,
    logged_in: Option<oneshot::Sender<()>>,
    channel: Option<ChannelId>,
    writer: Option<ChannelWriteHalf<Msg>>,
    size: Option<(u16, u16)>,
    lang: Option<Lang>,
    started: bool,
    /// Wakes the writer task when the connection goes, wherever it is waiting.
    closed: Arc<Notify>,
}

impl Drop for Client {
    fn drop(&mut self) {
        self.closed.notify_one();
        if self.started {
            let _ = self.shared.hub.send(HubEvent::Closed { conn: self.id });
        }
    }
}

fn clamp_size(w: u32, h: u32) -> (u16, u16) {
    let w = if w == 0 { 80 } else { w.min(400) };
    let h = if h == 0 { 24 } else { h.min(150) };
    (w as u16, h as u16)
}

/// Text a client chose, safe to print on the server's terminal: no control characters (no
/// escape sequences), at most `max` characters.
fn printable(text: &str, max: usize) -> String {
    text.chars().filter(|c| !c.is_control()).take(max).collect()
}

/// The client's LANG, when it names a language the game speaks other than English.
fn lang_of(value: &str) -> Option<Lang> {
    let v = value.to_ascii_lowercase();
    (v.starts_with("zh_tw")
        || v.starts_with("zh_hk")
        || v.starts_with("zh_mo")
        || v.starts_with("zh-hant"))
    .then_some(Lang::ZhHant)
}

/// Sends queued frames to the channel until the queue closes or the connection goes.
async fn write_out(
    writer: ChannelWriteHalf<Msg>,
    mut queue: tokio::sync::mpsc::Receiver<Out>,
    closed: Arc<Notify>,
) {
    let send = async move {
        while let Some(out) = queue.recv().await {
            match out {
                Out::Data(bytes) => {
                    if writer.data_bytes(bytes).await.is_err() {
                        break;
                    }
                }
                Out::Close(bytes) => {
                    let _ = writer.data_bytes(bytes).await;
                    let _ = writer.exit_status(0).await;
                    let _ = writer.eof().await;
                    let _ = writer.close().await;
                    break;
                }
            }
        }
    };
    tokio::select! {
        _ = send => {}
        _ = closed.notified() => {}
    }
}

fn lock(guard: &Mutex<Guard>) -> std::sync::MutexGuard<'_, Guard> {
    guard.lock().unwrap_or_else(|e| e.into_inner())
}

fn reject() -> Auth {
    Auth::Reject {
        proceed_with_methods: Some(methods()),
        partial_success: false,
    }
}

/// A login attempt being checked: if the connection goes before the check, the attempt is
/// dropped from the guard so the seat is not held busy.
struct Attempt<'a> {
    guard: &'a Mutex<Guard>,
    peer: IpAddr,
    login: Option<Login>,
    done: bool,
}

impl Attempt<'_> {
    /// Records the outcome; the failures now counted for this address and login.
    fn finish(&mut self, ok: bool) -> u32 {
        self.done = true;
        let mut g = lock(self.guard);
        g.finish(self.peer, self.login, ok, Instant::now());
        g.failures(self.peer, self.login)
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        if !self.done {
            lock(self.guard).abandon(self.peer, self.login);
        }
    }
}

impl Client {
    fn refuse_request(
        &self,
        channel: ChannelId,
        session: &mut Session,
        text: &str,
    ) -> Result<(), russh::Error> {
        session.channel_failure(channel)?;
        let _ = session.extended_data(channel, 1, line(text));
        let _ = session.exit_status_request(channel, 1);
        session.close(channel)?;
        Ok(())
    }
}

impl Handler for Client {
    type Error = russh::Error;

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(reject())
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let login = Login::parse(user, self.shared.tables);
        let shared = self.shared.clone();
        let begun = lock(&shared.guard).begin(self.peer, login, Instant::now());
        let wait = match begun {
            Ok(wait) => wait,
            Err(refusal) => {
                let why = match refusal {
                    Refusal::Blocked => "too many failures from that address",
                    Refusal::Busy => "another attempt for that login is being checked",
                };
                tracing::info!(
                    "refused a login as \"{}\" from {} unchecked: {why}",
                    printable(user, 40),
                    self.peer
                );
                return Ok(reject());
            }
        };
        let mut attempt = Attempt {
            guard: &shared.guard,
            peer: self.peer,
            login,
            done: false,
        };
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        let ok = login.is_some_and(|l| shared.codes.check(l, password));
        let failures = attempt.finish(ok);
        if !ok {
            // The log, not the host's screen: a guessing client must not flood it.
            tracing::info!(
                "refused a login as \"{}\" from {} ({failures} failed in a row)",
                printable(user, 40),
                self.peer
            );
            return Ok(reject());
        }
        self.login = login;
        if let Some(tx) = self.logged_in.take() {
            let _ = tx.send(());
        }
        Ok(Auth::Accept)
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        _offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(reject())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One game screen per connection.
        if self.channel.is_some() || self.login.is_none() {
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        self.channel = Some(channel.id());
        // Input arrives through `data`; the read half is not needed (dropping it keeps the
        // session from waiting on a reader that never reads).
        let (_read, write) = channel.split();
        self.writer = Some(write);
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _originator_address: &str,
        _originator_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        (self.shared.status)(&format!("refused a port forward from {}", self.peer));
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_forwarded_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _socket_path: &str,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        (self.shared.status)(&format!("refused a remote port forward from {}", self.peer));
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _socket_path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        variable_name: &str,
        variable_value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if variable_name == "LANG" || variable_name == "LC_ALL" {
            self.lang = lang_of(variable_value).or(self.lang);
        }
        session.channel_success(channel)?;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || self.started {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.size = Some(clamp_size(col_width, row_height));
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let (Some(login), true, false) = (self.login, Some(channel) == self.channel, self.started)
        else {
            session.channel_failure(channel)?;
            return Ok(());
        };
        let Some((width, height)) = self.size else {
            return self.refuse_request(
                channel,
                session,
                "overbuild: the game needs a terminal; connect with ssh -t",
            );
        };
        let Some(writer) = self.writer.take() else {
            session.channel_failure(channel)?;
            return Ok(());
        };
        let (tx, rx) = tokio::sync::mpsc::channel(self.shared.queue.max(2));
        tokio::spawn(write_out(writer, rx, self.closed.clone()));
        self.started = true;
        let sent = self.shared.hub.send(HubEvent::Open {
            conn: self.id,
            login,
            width,
            height,
            lang: self.lang,
            out: tx,
        });
        if sent.is_err() {
            return self.refuse_request(channel, session, "overbuild: the server is stopping");
        }
        session.channel_success(channel)?;
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        (self.shared.status)(&format!("refused a command (exec) from {}", self.peer));
        self.refuse_request(
            channel,
            session,
            "overbuild: this server only runs the game; connect with plain ssh (no command)",
        )
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        (self.shared.status)(&format!(
            "refused the subsystem \"{}\" from {}",
            printable(name, 20),
            self.peer
        ));
        self.refuse_request(
            channel,
            session,
            "overbuild: no file transfer or subsystems here",
        )
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.started && Some(channel) == self.channel {
            // A flood of keys cannot grow the game thread's queue without bound.
            let _ = self.shared.hub.try_send(HubEvent::Input {
                conn: self.id,
                bytes: data.to_vec(),
            });
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel {
            return Ok(());
        }
        let (width, height) = clamp_size(col_width, row_height);
        self.size = Some((width, height));
        if self.started {
            let _ = self.shared.hub.try_send(HubEvent::Resize {
                conn: self.id,
                width,
                height,
            });
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.started && Some(channel) == self.channel {
            self.started = false;
            self.closed.notify_one();
            let _ = self.shared.hub.send(HubEvent::Closed { conn: self.id });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_languages() {
        assert_eq!(clamp_size(0, 0), (80, 24));
        assert_eq!(clamp_size(100_000, 100_000), (400, 150));
        assert_eq!(lang_of("zh_TW.UTF-8"), Some(Lang::ZhHant));
        assert_eq!(lang_of("en_US.UTF-8"), None);
        assert_eq!(lang_of("C"), None);
        assert_eq!(printable("ora\x1b[2Jcle\r\n", 40), "ora[2Jcle");
        assert_eq!(printable("abcdef", 3), "abc");
    }
}
