//! The accept loop, ours rather than russh's so that nothing stops it: accept errors (out of
//! file descriptors) are logged and retried with a growing pause; connections past the caps are
//! told so and closed; a connection that has not logged in within the login timeout is closed;
//! on stop every connection is told goodbye and closed.

use super::guard::source;
use super::ssh;
use russh::Disconnect;
use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{oneshot, watch};
use tokio::time::Instant;

/// How many connections the server holds, and for how long before they log in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Connections at once, logged in or not.
    pub total: usize,
    /// Connections still logging in from one address (IPv6: one /64). Logged-in ones do not
    /// count, so a whole room behind one NAT can play.
    pub per_address: usize,
    /// A connection not logged in by then is closed.
    pub login_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            // 16 full tables and the facilitator, with room for reconnections.
            total: 128,
            per_address: 16,
            login_timeout: Duration::from_secs(20),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[derive(Debug, Default)]
struct Counts {
    total: usize,
    logging_in: HashMap<IpAddr, usize>,
}

/// Counts connections against the limits.
#[derive(Debug)]
pub struct Gate {
    limits: Limits,
    counts: Mutex<Counts>,
}

/// Which cap a refused connection hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Full {
    Total,
    Address,
}

/// One admitted connection; dropping it frees its place.
#[derive(Debug)]
pub struct Permit {
    gate: Arc<Gate>,
    ip: IpAddr,
    logging_in: bool,
}

impl Gate {
    pub fn new(limits: Limits) -> Arc<Gate> {
        Arc::new(Gate {
            limits,
            counts: Mutex::new(Counts::default()),
        })
    }

    pub fn admit(self: &Arc<Self>, ip: IpAddr) -> Result<Permit, Full> {
        let ip = source(ip);
        let mut c = lock(&self.counts);
        if c.total >= self.limits.total {
            return Err(Full::Total);
        }
        let n = c.logging_in.entry(ip).or_insert(0);
        if *n >= self.limits.per_address {
            return Err(Full::Address);
        }
        *n += 1;
        c.total += 1;
        Ok(Permit {
            gate: self.clone(),
            ip,
            logging_in: true,
        })
    }

    /// Connections held now.
    pub fn open(&self) -> usize {
        lock(&self.counts).total
    }
}

impl Permit {
    /// Logged in: no longer counted against the address.
    pub fn logged_in(&mut self) {
        if std::mem::take(&mut self.logging_in) {
            forget_one(&mut lock(&self.gate.counts), self.ip);
        }
    }
}

fn forget_one(c: &mut Counts, ip: IpAddr) {
    if let Some(n) = c.logging_in.get_mut(&ip) {
        *n = n.saturating_sub(1);
        if *n == 0 {
            c.logging_in.remove(&ip);
        }
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut c = lock(&self.gate.counts);
        c.total = c.total.saturating_sub(1);
        if self.logging_in {
            forget_one(&mut c, self.ip);
        }
    }
}

/// What the accept loop and every connection task share.
pub struct Ctx {
    pub server: ssh::Server,
    pub config: Arc<russh::server::Config>,
    pub gate: Arc<Gate>,
    pub limits: Limits,
    /// Becomes true when the server stops.
    pub stop: watch::Receiver<bool>,
    /// Refused connections still being told why (bounded: past it they are just closed).
    lingering: AtomicUsize,
}

impl Ctx {
    pub fn new(
        server: ssh::Server,
        config: Arc<russh::server::Config>,
        limits: Limits,
        stop: watch::Receiver<bool>,
    ) -> Arc<Ctx> {
        Arc::new(Ctx {
            server,
            config,
            gate: Gate::new(limits),
            limits,
            stop,
            lingering: AtomicUsize::new(0),
        })
    }
}

async fn stopped(stop: &mut watch::Receiver<bool>) {
    // A dropped sender means the server is gone: stop too.
    let _ = stop.wait_for(|s| *s).await;
}

/// Accepts until the server stops; never gives up on an accept error.
pub async fn accept_loop(listener: TcpListener, ctx: Arc<Ctx>) {
    let mut stop = ctx.stop.clone();
    let mut pause = Duration::ZERO;
    let mut refused = Refused::default();
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            _ = stopped(&mut stop) => return,
        };
        match accepted {
            Ok((socket, peer)) => {
                pause = Duration::ZERO;
                match ctx.gate.admit(peer.ip()) {
                    Ok(permit) => {
                        tokio::spawn(connection(socket, peer, permit, ctx.clone()));
                    }
                    Err(full) => {
                        refused.note(peer, full);
                        refuse(socket, full, &ctx);
                    }
                }
            }
            Err(e) => {
                pause = next_pause(pause, &e);
                tracing::warn!("cannot accept a connection ({e}); trying again in {pause:?}");
                tokio::select! {
                    _ = tokio::time::sleep(pause) => {}
                    _ = stopped(&mut stop) => return,
                }
            }
        }
    }
}

/// The pause after an accept error: growing from 100 ms to 1 s while the process is out of
/// file descriptors or memory (accepting at once would only fail again), short otherwise.
pub fn next_pause(previous: Duration, e: &io::Error) -> Duration {
    #[cfg(unix)]
    let exhausted = matches!(
        e.raw_os_error(),
        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
    );
    #[cfg(not(unix))]
    let exhausted = e.raw_os_error().is_some();
    if exhausted {
        (previous * 2).clamp(Duration::from_millis(100), Duration::from_secs(1))
    } else {
        Duration::from_millis(10)
    }
}

/// Logs refused connections at most once a second, with how many since the last line.
#[derive(Default)]
struct Refused {
    last: Option<Instant>,
    since: u64,
}

impl Refused {
    fn note(&mut self, peer: SocketAddr, full: Full) {
        self.since += 1;
        let now = Instant::now();
        if self.last.is_some_and(|t| now < t + Duration::from_secs(1)) {
            return;
        }
        let why = match full {
            Full::Total => "the server is full",
            Full::Address => "too many connections logging in from that address",
        };
        tracing::warn!(
            "refused a connection from {} ({why}; {} refused since the last line)",
            peer.ip(),
            self.since
        );
        self.last = Some(now);
        self.since = 0;
    }
}

/// The server's identification line: no library name or version for scanners.
pub const SERVER_ID: &str = "SSH-2.0-overbuild";
const TOO_MANY_CONNECTIONS: u32 = 12;
const LINGER: Duration = Duration::from_secs(2);
const MAX_LINGERING: usize = 64;

/// Our identification and an SSH disconnect message (the unencrypted packet allowed before key
/// exchange), so `ssh` shows the reason instead of a bare reset.
pub fn refusal_bytes(text: &str) -> Vec<u8> {
    let mut payload = vec![1u8]; // SSH_MSG_DISCONNECT
    payload.extend_from_slice(&TOO_MANY_CONNECTIONS.to_be_bytes());
    payload.extend_from_slice(&(text.len() as u32).to_be_bytes());
    payload.extend_from_slice(text.as_bytes());
    payload.extend_from_slice(&0u32.to_be_bytes()); // no language tag
    // Length, padding length, payload and padding come to a multiple of 8, padding at least 4.
    let mut padding = 8 - (5 + payload.len()) % 8;
    if padding < 4 {
        padding += 8;
    }
    let mut out = format!("{SERVER_ID}\r\n").into_bytes();
    out.extend_from_slice(&((1 + payload.len() + padding) as u32).to_be_bytes());
    out.push(padding as u8);
    out.extend_from_slice(&payload);
    out.extend(std::iter::repeat_n(0u8, padding));
    out
}

fn refuse(socket: TcpStream, full: Full, ctx: &Arc<Ctx>) {
    let text = match full {
        Full::Total => "the workshop server is full: try again in a minute",
        Full::Address => "too many connections from your address: try again in a minute",
    };
    // A fresh socket's send buffer is empty: this never waits.
    let _ = socket.try_write(&refusal_bytes(text));
    if ctx.lingering.fetch_add(1, Ordering::Relaxed) >= MAX_LINGERING {
        ctx.lingering.fetch_sub(1, Ordering::Relaxed);
        return;
    }
    // Read what the client sends until it hangs up, so closing does not reset the connection
    // before the client has read the reason.
    let ctx = ctx.clone();
    tokio::spawn(async move {
        let mut socket = socket;
        let _ = socket.shutdown().await;
        let drain = async {
            let mut sink = [0u8; 1024];
            while matches!(
                tokio::io::AsyncReadExt::read(&mut socket, &mut sink).await,
                Ok(n) if n > 0
            ) {}
        };
        let _ = tokio::time::timeout(LINGER, drain).await;
        ctx.lingering.fetch_sub(1, Ordering::Relaxed);
    });
}

/// One connection from accept to close.
async fn connection(socket: TcpStream, peer: SocketAddr, mut permit: Permit, ctx: Arc<Ctx>) {
    let _ = socket.set_nodelay(true);
    let (stream, kill) = Killable::new(socket);
    let (logged_in_tx, logged_in) = oneshot::channel();
    let client = ctx.server.client(peer, logged_in_tx);
    let deadline = Instant::now() + ctx.limits.login_timeout;
    let mut stop = ctx.stop.clone();
    let started = tokio::select! {
        r = tokio::time::timeout_at(deadline, russh::server::run_stream(ctx.config.clone(), stream, client)) => r,
        _ = stopped(&mut stop) => return,
    };
    let session = match started {
        Ok(Ok(session)) => session,
        Ok(Err(e)) => {
            tracing::debug!("connection from {peer} ended before it began: {e}");
            return;
        }
        Err(_) => {
            tracing::info!("closed a connection from {peer}: no SSH greeting in time");
            return;
        }
    };
    let handle = session.handle();
    let mut session = std::pin::pin!(session);
    let in_time = tokio::select! {
        r = &mut session => {
            if let Err(e) = r {
                tracing::debug!("connection from {peer} ended: {e}");
            }
            return;
        }
        r = tokio::time::timeout_at(deadline, logged_in) => matches!(r, Ok(Ok(()))),
        _ = stopped(&mut stop) => false,
    };
    if !in_time {
        let why = if *stop.borrow() {
            "the workshop server stopped".to_string()
        } else {
            tracing::info!("closed a connection from {peer}: not logged in within the time");
            format!(
                "not logged in within {} s",
                ctx.limits.login_timeout.as_secs()
            )
        };
        close(&handle, session, &kill, why).await;
        return;
    }
    permit.logged_in();
    tokio::select! {
        r = &mut session => {
            if let Err(e) = r {
                tracing::debug!("connection from {peer} ended: {e}");
            }
        }
        _ = stopped(&mut stop) => {
            close(&handle, session, &kill, "the workshop server stopped".into()).await;
        }
    }
}

/// Says why and closes; a client that does not take the hint is cut off.
async fn close<S: std::future::Future + Unpin>(
    handle: &russh::server::Handle,
    session: S,
    kill: &Kill,
    why: String,
) {
    let bye = handle.disconnect(Disconnect::ByApplication, why, String::new());
    let _ = tokio::time::timeout(Duration::from_secs(1), bye).await;
    let _ = tokio::time::timeout(Duration::from_secs(2), session).await;
    kill.kill();
}

#[derive(Debug, Default)]
struct KillState {
    stream: Option<TcpStream>,
    wakers: [Option<Waker>; 2],
}

/// A TCP stream the server can close from outside: russh's session cannot be aborted, and a
/// client stalled in the middle of key exchange ignores a disconnect request.
pub struct Killable(Arc<Mutex<KillState>>);

/// Closes a `Killable` stream: its socket at once, its reads and writes fail from then on.
pub struct Kill(Arc<Mutex<KillState>>);

impl Killable {
    pub fn new(stream: TcpStream) -> (Killable, Kill) {
        let state = Arc::new(Mutex::new(KillState {
            stream: Some(stream),
            wakers: Default::default(),
        }));
        (Killable(state.clone()), Kill(state))
    }

    fn poll_with<T>(
        &self,
        cx: &mut Context<'_>,
        side: usize,
        op: impl FnOnce(Pin<&mut TcpStream>, &mut Context<'_>) -> Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        let mut state = lock(&self.0);
        let Some(stream) = state.stream.as_mut() else {
            return Poll::Ready(Err(io::ErrorKind::ConnectionAborted.into()));
        };
        let poll = op(Pin::new(stream), cx);
        if poll.is_pending() {
            state.wakers[side] = Some(cx.waker().clone());
        }
        poll
    }
}

impl Kill {
    pub fn kill(&self) {
        let mut state = lock(&self.0);
        state.stream = None;
        for waker in state.wakers.iter_mut().filter_map(Option::take) {
            waker.wake();
        }
    }
}

impl AsyncRead for Killable {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        self.poll_with(cx, 0, |s, cx| s.poll_read(cx, buf))
    }
}

impl AsyncWrite for Killable {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.poll_with(cx, 1, |s, cx| s.poll_write(cx, buf))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.poll_with(cx, 1, |s, cx| s.poll_flush(cx))
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.poll_with(cx, 1, |s, cx| s.poll_shutdown(cx))
    }
}

/// Raises the open-file soft limit toward the hard one (every connection holds a descriptor).
/// The limit in force afterwards, when it can be read.
#[cfg(unix)]
pub fn raise_open_files() -> Option<u64> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct it is given.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } != 0 {
        return None;
    }
    // An unlimited hard limit cannot be the soft one for descriptors; ask for plenty.
    let want = if lim.rlim_max == libc::RLIM_INFINITY {
        1 << 16
    } else {
        lim.rlim_max
    };
    if lim.rlim_cur != libc::RLIM_INFINITY && lim.rlim_cur < want {
        let raised = libc::rlimit {
            rlim_cur: want,
            rlim_max: lim.rlim_max,
        };
        // SAFETY: setrlimit only reads the struct it is given.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            lim.rlim_cur = want;
        }
    }
    #[allow(clippy::unnecessary_cast)] // rlim_t is not u64 on every unix
    Some(lim.rlim_cur as u64)
}

#[cfg(not(unix))]
pub fn raise_open_files() -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caps_count_connections_logging_in_per_address_and_all_in_total() {
        let gate = Gate::new(Limits {
            total: 5,
            per_address: 2,
            login_timeout: Duration::from_secs(20),
        });
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let mut first = gate.admit(a).unwrap();
        let second = gate.admit(a).unwrap();
        assert_eq!(gate.admit(a).unwrap_err(), Full::Address);
        // A logged-in connection leaves room for the next one from its address.
        first.logged_in();
        let third = gate.admit(a).unwrap();
        let _b1 = gate.admit(b).unwrap();
        let _b2 = gate.admit(b).unwrap();
        assert_eq!(gate.open(), 5);
        assert_eq!(
            gate.admit("10.0.0.3".parse().unwrap()).unwrap_err(),
            Full::Total
        );
        drop((first, second, third));
        assert_eq!(gate.open(), 2);
        assert!(gate.admit(a).is_ok());
    }

    #[test]
    fn accept_errors_pause_longer_only_while_descriptors_run_out() {
        let emfile = io::Error::from_raw_os_error(libc::EMFILE);
        let mut pause = Duration::ZERO;
        let mut seen = Vec::new();
        for _ in 0..6 {
            pause = next_pause(pause, &emfile);
            seen.push(pause.as_millis());
        }
        assert_eq!(seen, [100, 200, 400, 800, 1000, 1000]);
        let aborted = io::Error::from(io::ErrorKind::ConnectionAborted);
        assert_eq!(next_pause(pause, &aborted), Duration::from_millis(10));
    }

    #[tokio::test]
    async fn a_kill_ends_a_waiting_read_and_closes_the_socket() {
        use tokio::io::AsyncReadExt;
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let mut client = TcpStream::connect(listener.local_addr().unwrap())
            .await
            .unwrap();
        let (server, _) = listener.accept().await.unwrap();
        let (mut stream, kill) = Killable::new(server);
        // A read waiting on a client that never writes, as russh's would.
        let reader = tokio::spawn(async move {
            let mut buf = [0u8; 16];
            stream.read(&mut buf).await
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(!reader.is_finished(), "the read waits");
        kill.kill();
        let read = tokio::time::timeout(Duration::from_secs(10), reader)
            .await
            .expect("woken")
            .unwrap();
        assert_eq!(read.unwrap_err().kind(), io::ErrorKind::ConnectionAborted);
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(10), client.read_to_end(&mut rest));
        assert!(closed.await.is_ok(), "the client sees the close");
    }

    #[test]
    fn the_refusal_is_a_well_formed_ssh_packet() {
        let bytes = refusal_bytes("full");
        let id = format!("{SERVER_ID}\r\n");
        assert!(bytes.starts_with(id.as_bytes()));
        let packet = &bytes[id.len()..];
        let len = u32::from_be_bytes(packet[..4].try_into().unwrap()) as usize;
        assert_eq!(packet.len(), 4 + len);
        assert_eq!(packet.len() % 8, 0);
        let padding = usize::from(packet[4]);
        assert!(padding >= 4);
        assert_eq!(packet[5], 1, "SSH_MSG_DISCONNECT");
        assert_eq!(&packet[6..10], &TOO_MANY_CONNECTIONS.to_be_bytes());
        assert_eq!(&packet[14..18], b"full");
    }
}
