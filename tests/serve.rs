//! The workshop server end to end, with russh's own SSH client: log in with a join code, get
//! a seat's screen in a pty, play a quarter, be refused what is not the game, and a room of
//! eight seats and a facilitator typing at once while one client has stopped reading.

mod ssh_support;

use ssh_support::*;

use overbuild::cli::GlobalArgs;
use overbuild::serve::{self, Running, ServeArgs, Tuning, guard};
use russh::ChannelMsg;
use russh::client;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

struct Server {
    running: Running,
    codes: serve::codes::Codes,
    tables: usize,
    saves: Vec<std::path::PathBuf>,
}

impl Server {
    fn code(&self, login: &str) -> String {
        let login = serve::codes::Login::parse(login, self.tables).expect("a login");
        self.codes.code(login).expect("a code").to_string()
    }
}

async fn server(dir: &Path, args: ServeArgs, queue: usize) -> Server {
    let global = GlobalArgs {
        data_dir: Some(dir.to_path_buf()),
        ..Default::default()
    };
    let args = ServeArgs {
        port: 0,
        seed: Some(7),
        ..args
    };
    let prepared = serve::prepare(&global, &args).expect("prepare");
    let codes = prepared.codes.clone();
    let tables = prepared.tables.len();
    let saves = prepared
        .tables
        .iter()
        .filter_map(|t| t.save_path.clone())
        .collect();
    let tuning = Tuning {
        queue,
        guard: guard::Policy {
            free: 2,
            base: Duration::from_millis(400),
            max: Duration::from_secs(2),
            forget: Duration::from_secs(60),
            ..guard::Policy::default()
        },
        keepalive: Duration::from_secs(30),
        rejection: Duration::from_millis(50),
        ..Tuning::default()
    };
    let running = serve::start(prepared, tuning, Arc::new(|_: &str| {}))
        .await
        .expect("start");
    Server {
        running,
        codes,
        tables,
        saves,
    }
}

/// A TCP stream that can stop reading, as a client whose laptop froze would.
struct Stalling {
    inner: tokio::net::TcpStream,
    stalled: Arc<AtomicBool>,
}

impl AsyncRead for Stalling {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.stalled.load(Ordering::Relaxed) {
            return Poll::Pending;
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for Stalling {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seat_logs_in_plays_a_quarter_and_is_redrawn_on_resize() {
    let dir = tempfile::tempdir().unwrap();
    let s = server(
        dir.path(),
        ServeArgs {
            bots: vec!["openai".into(), "utility".into(), "whitehouse".into()],
            ..Default::default()
        },
        16,
    )
    .await;
    let mut t = Term::connect(s.running.addr, "oracle", &s.code("oracle")).await;
    assert!(t.wait_for("2025 Q1", WAIT).await, "{}", t.text());
    assert!(t.text().contains("Oracle"));

    // After a resize the frame fills the wider screen.
    t.resize(140, 40).await;
    let wide = |text: &str| text.lines().any(|l| l.trim_end().chars().count() > 120);
    assert!(t.wait_until(wide, WAIT).await, "{}", t.text());
    assert!(t.text().contains("2025 Q1"));

    t.keys(b"2").await;
    assert!(t.wait_for("Orders of Oracle", WAIT).await, "{}", t.text());
    t.keys(RIGHT).await;
    assert!(t.wait_for("1 change", WAIT).await, "{}", t.text());
    t.keys(b"s").await;
    assert!(t.wait_for("Submit", WAIT).await, "{}", t.text());
    t.keys(b"y").await;
    // The only human seat submitted: the quarter resolves and the results come up.
    assert!(t.wait_for("Public welfare", WAIT).await, "{}", t.text());
    t.keys(b"\r").await;
    assert!(t.wait_for("2025 Q2", WAIT).await, "{}", t.text());

    // The quarter was saved; the save replays and holds the seat's order.
    let (game, _) = overbuild::save::load_game(&s.saves[0]).expect("autosave");
    assert_eq!(game.turns.len(), 1);
    assert!(
        game.turns[0]
            .orders
            .oracle
            .build_mw
            .iter()
            .any(|mw| *mw > 0.0)
    );
    s.running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_codes_unknown_seats_commands_and_forwarding_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = server(dir.path(), ServeArgs::default(), 16).await;
    let addr = s.running.addr;
    let code = s.code("utility");

    assert!(login(addr, "utility", "not-the-code").await.is_err());
    assert!(
        login(addr, "utility", &s.code("oracle")).await.is_err(),
        "another seat's code"
    );
    assert!(login(addr, "nvidia", &code).await.is_err(), "unknown seat");
    assert!(
        login(addr, "t2-utility", &code).await.is_err(),
        "no second table"
    );
    // Repeated failures slow the next attempts down (the third failure starts the delays).
    let started = Instant::now();
    assert!(login(addr, "utility", "again-wrong").await.is_err());
    assert!(login(addr, "utility", "still-wrong").await.is_err());
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "{:?}",
        started.elapsed()
    );

    // The right code works, but only the game does.
    let handle = login(addr, "utility", &code).await.expect("right code");
    let mut exec = handle.channel_open_session().await.unwrap();
    exec.exec(true, "cat /etc/passwd").await.unwrap();
    let mut refused = false;
    while let Ok(Some(msg)) = tokio::time::timeout(WAIT, exec.wait()).await {
        match msg {
            ChannelMsg::Failure => refused = true,
            ChannelMsg::Data { data } => panic!("exec produced {:?}", data),
            ChannelMsg::Close => break,
            _ => {}
        }
    }
    assert!(refused, "exec refused");
    let handle = login(addr, "utility", &code).await.expect("right code");
    let sftp = handle.channel_open_session().await.unwrap();
    sftp.request_subsystem(true, "sftp").await.unwrap();
    let mut sftp = sftp;
    let mut refused = false;
    while let Ok(Some(msg)) = tokio::time::timeout(WAIT, sftp.wait()).await {
        match msg {
            ChannelMsg::Failure => refused = true,
            ChannelMsg::Close => break,
            _ => {}
        }
    }
    assert!(refused, "sftp refused");
    let handle = login(addr, "utility", &code).await.expect("right code");
    assert!(
        handle.tcpip_forward("127.0.0.1", 0).await.is_err(),
        "remote forward"
    );
    assert!(
        handle
            .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5000)
            .await
            .is_err(),
        "local forward"
    );

    // One connection per seat: a second one is told why and closed.
    let mut first = Term::open(handle, 100, 30).await;
    assert!(first.wait_for("2025 Q1", WAIT).await);
    let mut second = Term::connect(addr, "utility", &code).await;
    assert!(
        second.wait_for("already connected", WAIT).await,
        "{}",
        second.text()
    );
    assert!(!second.wait_for("2025 Q1", Duration::from_millis(500)).await);
    s.running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_seat_reconnects_to_its_draft_and_the_facilitator_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    let s = server(dir.path(), ServeArgs::default(), 16).await;
    let addr = s.running.addr;
    let mut f = Term::connect(addr, "facilitator", &s.code("facilitator")).await;
    assert!(f.wait_for("Seats", WAIT).await, "{}", f.text());
    let mut t = Term::connect(addr, "openai", &s.code("openai")).await;
    t.keys(b"2").await;
    assert!(t.wait_for("Orders of OpenAI", WAIT).await, "{}", t.text());
    t.keys(RIGHT).await;
    assert!(t.wait_for("1 change", WAIT).await);
    assert!(f.wait_for("editing", WAIT).await, "{}", f.text());
    // The connection drops without a goodbye.
    drop(t);
    assert!(f.wait_for("disconnected", WAIT).await, "{}", f.text());
    let mut again = Term::connect(addr, "openai", &s.code("openai")).await;
    assert!(again.wait_for("1 change", WAIT).await, "{}", again.text());
    // The facilitator pauses: the seat sees it and cannot type.
    f.keys(b"p").await;
    assert!(
        again.wait_for("Paused by the facilitator", WAIT).await,
        "{}",
        again.text()
    );
    f.keys(b"p").await;
    s.running.stop().await;
    assert!(
        again.wait_for("server stopped", WAIT).await,
        "{}",
        again.text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eight_seats_and_a_facilitator_at_once_with_one_client_stalled() {
    let dir = tempfile::tempdir().unwrap();
    let s = server(
        dir.path(),
        ServeArgs {
            tables: Some(2),
            ..Default::default()
        },
        4,
    )
    .await;
    let addr = s.running.addr;

    // The stalled client: t2-whitehouse logs in over a stream that stops reading, with a
    // small window so the server's sends to it soon wait.
    let stalled = Arc::new(AtomicBool::new(false));
    let stream = Stalling {
        inner: tokio::net::TcpStream::connect(addr).await.unwrap(),
        stalled: stalled.clone(),
    };
    let config = Arc::new(client::Config {
        window_size: 16 * 1024,
        ..Default::default()
    });
    let mut handle = client::connect_stream(config, stream, Trusting)
        .await
        .unwrap();
    assert!(
        handle
            .authenticate_password("t2-whitehouse", s.code("t2-whitehouse"))
            .await
            .unwrap()
            .success()
    );
    let mut frozen = Term::open(handle, 100, 30).await;
    assert!(frozen.wait_for("2025 Q1", WAIT).await);
    stalled.store(true, Ordering::Relaxed);
    // Resizes make the server redraw the frozen client in full, again and again, while the
    // others play.
    let resizer = tokio::spawn(async move {
        for i in 0..60u16 {
            let _ = frozen
                .channel
                .window_change(u32::from(150 + i % 2 * 50), 50, 0, 0)
                .await;
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        frozen
    });

    // Seven seats and the facilitator, all at once.
    let seats = [
        "t1-openai",
        "t1-oracle",
        "t1-utility",
        "t1-whitehouse",
        "t2-openai",
        "t2-oracle",
        "t2-utility",
    ];
    let started = Instant::now();
    let mut tasks = Vec::new();
    for user in seats {
        let code = s.code(user);
        tasks.push(tokio::spawn(async move {
            let t0 = Instant::now();
            let mut t = Term::connect(addr, user, &code).await;
            assert!(t.wait_for("2025 Q1", WAIT).await, "{user}: {}", t.text());
            let first_frame = t0.elapsed();
            submit(&mut t).await;
            (user, first_frame, t)
        }));
    }
    let fcode = s.code("facilitator");
    let facilitator = tokio::spawn(async move {
        let mut f = Term::connect(addr, "facilitator", &fcode).await;
        assert!(f.wait_for("Seats", WAIT).await);
        for _ in 0..10 {
            f.keys(b"?").await; // help open and closed: the console redraws
            f.keys(b"x").await;
        }
        f
    });
    let mut terms = Vec::new();
    let mut slowest_first_frame = Duration::ZERO;
    for task in tasks {
        let (user, first, t) = task.await.unwrap();
        slowest_first_frame = slowest_first_frame.max(first);
        terms.push((user, t));
    }
    let mut f = facilitator.await.unwrap();
    let _frozen = resizer.await.unwrap();

    // Table 1 resolves as soon as its four seats submit.
    for (user, t) in terms.iter_mut().filter(|(u, _)| u.starts_with("t1")) {
        assert!(
            t.wait_for("Public welfare", WAIT).await,
            "{user}: {}",
            t.text()
        );
    }
    let table1 = started.elapsed();
    // While the frozen client is still stalled, the others' keys still answer at once.
    let mut slowest_key = Duration::ZERO;
    for (user, t) in terms.iter_mut().filter(|(u, _)| u.starts_with("t1")) {
        let t0 = Instant::now();
        t.keys(b"\r").await;
        assert!(t.wait_for("2025 Q2", WAIT).await, "{user}: {}", t.text());
        slowest_key = slowest_key.max(t0.elapsed());
    }
    // Table 2 waits for its frozen seat; the facilitator closes the quarter and standing
    // orders fill in for it.
    f.keys(b"2").await;
    assert!(f.wait_for("table 2 of 2", WAIT).await, "{}", f.text());
    f.keys(b"r").await;
    assert!(
        f.wait_for("Close this quarter now", WAIT).await,
        "{}",
        f.text()
    );
    f.keys(b"y").await;
    for (user, t) in terms.iter_mut().filter(|(u, _)| u.starts_with("t2")) {
        assert!(
            t.wait_for("Public welfare", WAIT).await,
            "{user}: {}",
            t.text()
        );
    }
    let both = started.elapsed();
    let stats = &s.running.stats;
    let dropped = stats.frames_dropped.load(Ordering::Relaxed);
    let sent = stats.frames_sent.load(Ordering::Relaxed);
    eprintln!(
        "load: 7 seats + facilitator + 1 stalled client; first frame within {slowest_first_frame:?}; \
         table 1 resolved after {table1:?}, table 2 after {both:?}; slowest key to screen while \
         stalled {slowest_key:?}; frames sent {sent}, dropped {dropped}"
    );
    assert!(dropped > 0, "the stalled client lost frames ({sent} sent)");
    assert_eq!(stats.quarters.load(Ordering::Relaxed), 2);
    assert!(both < Duration::from_secs(30), "{both:?}");
    assert!(slowest_key < Duration::from_secs(5), "{slowest_key:?}");
    for path in &s.saves {
        let (game, meta) = overbuild::save::load_game(path).unwrap();
        assert_eq!(game.turns.len(), 1);
        if path.to_string_lossy().contains("-t2") {
            assert!(meta.facilitator.iter().any(|e| matches!(
                &e.action,
                overbuild::save::FacilitatorAction::Note { text } if text.contains("whitehouse")
            )));
        }
    }
    s.running.stop().await;
}

/// Runs the binary's `serve` and expects exit code 2 with one line on stderr naming the problem.
fn serve_fails_with(extra: &[&str], needle: &str) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_string_lossy().into_owned();
    let mut args = vec!["--data-dir", &data, "serve", "--port", "0"];
    args.extend_from_slice(extra);
    let out = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .args(&args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bad_serve_arguments_get_one_line_and_exit_code_2() {
    serve_fails_with(&["--bind", "everywhere"], "--bind everywhere");
    serve_fails_with(&["--tables", "0"], "--tables 0");
    serve_fails_with(&["--tables", "99"], "--tables 99");
    serve_fails_with(&["--bots", "nvidia"], "unknown seat");
    serve_fails_with(&["--bots", "oracle=reckless"], "unknown personality");
    serve_fails_with(&["--minutes", "900"], "--minutes 900");
    serve_fails_with(&["--scenario", "no-such-scenario"], "no-such-scenario");
    serve_fails_with(
        &["--resume", "/no/such/save.json.gz"],
        "/no/such/save.json.gz",
    );
    // Malformed schedules and run sheets are refused before the server starts, by line.
    let files = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = files.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let card = write(
        "card.toml",
        "[[inject]]\nquarter = 2\ncard = \"heat-wave\"\n",
    );
    serve_fails_with(&["--injects", &card], "card.toml:3: card \"heat-wave\"");
    let table = write(
        "table.toml",
        "[[inject]]\nquarter = 2\ncard = \"gas-spike\"\ntable = 3\n",
    );
    serve_fails_with(
        &["--injects", &table, "--tables", "2"],
        "table.toml:4: table 3: allowed 1 to 2",
    );
    let syntax = write("syntax.toml", "[[inject]]\nquarter = 2\ncard = gas-spike\n");
    serve_fails_with(&["--injects", &syntax], "syntax.toml:3:");
    let sheet = write(
        "sheet.toml",
        "[[phase]]\ntitle = \"Welcome\"\nminutes = 10\n\n[[phase]]\ntitle = \"Play\"\nminutes = 5\nquarters = [1, 40]\n",
    );
    serve_fails_with(&["--agenda", &sheet], "sheet.toml:8: quarters 1 to 40");
    let field = write("field.toml", "[[phase]]\ntitle = \"Welcome\"\nmins = 10\n");
    serve_fails_with(&["--agenda", &field], "field.toml:3: unknown field `mins`");
    serve_fails_with(
        &["--agenda", "/no/such/agenda.toml"],
        "/no/such/agenda.toml",
    );
    // A port already taken.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_string_lossy().into_owned();
    let out = assert_cmd::Command::cargo_bin("overbuild")
        .unwrap()
        .args(["--data-dir", &data, "serve", "--port", &port])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot listen"));
}

#[test]
fn the_host_key_is_made_once_and_kept_private() {
    let dir = tempfile::tempdir().unwrap();
    let global = GlobalArgs {
        data_dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    };
    let args = ServeArgs {
        port: 0,
        ..Default::default()
    };
    let first = serve::prepare(&global, &args).unwrap();
    let second = serve::prepare(&global, &args).unwrap();
    assert_eq!(first.host_key_path, dir.path().join("ssh_host_ed25519_key"));
    assert_eq!(
        first.host_key.public_key(),
        second.host_key.public_key(),
        "the same key on every start"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first.host_key_path)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    // Two servers started in the same minute save to different files, and each table's codes
    // are kept beside its save for --resume.
    let a = first.tables[0].save_path.clone().unwrap();
    let b = second.tables[0].save_path.clone().unwrap();
    assert_ne!(a, b);
    let kept = serve::codes::TableCodes::read(&serve::codes_path(&a)).unwrap();
    assert_eq!(kept, first.codes.tables[0]);
    let resumed = serve::prepare(
        &global,
        &ServeArgs {
            port: 0,
            resume: vec![a],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(resumed.codes.tables[0], first.codes.tables[0]);
    assert_eq!(resumed.codes.facilitator, first.codes.facilitator);
}

#[test]
fn the_example_files_load_and_a_timeline_is_kept_for_resume() {
    let dir = tempfile::tempdir().unwrap();
    let global = GlobalArgs {
        data_dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/workshop");
    let args = ServeArgs {
        port: 0,
        tables: Some(2),
        injects: Some(root.join("injects.toml")),
        agenda: Some(root.join("agenda.toml")),
        ..Default::default()
    };
    let prepared = serve::prepare(&global, &args).unwrap();
    // The example's table-1-only card is on table 1's timeline and not table 2's.
    let cards = |t: usize| -> Vec<String> {
        prepared.tables[t]
            .timeline
            .entries
            .iter()
            .map(|e| e.card.clone())
            .collect()
    };
    assert!(cards(0).contains(&"cds-panic".to_string()));
    assert!(!cards(1).contains(&"cds-panic".to_string()));
    assert_eq!(cards(1).len(), 3);
    // The run sheet sets the first quarter's countdown (13 minutes) without --minutes.
    assert_eq!(prepared.agenda.total_min(), 180.0);
    assert_eq!(
        prepared.tables[0].turn_limit,
        Some(Duration::from_secs(13 * 60))
    );
    // Resumed without --injects, each table finds its own timeline beside its save.
    let saves: Vec<_> = prepared
        .tables
        .iter()
        .map(|t| t.save_path.clone().unwrap())
        .collect();
    let resumed = serve::prepare(
        &global,
        &ServeArgs {
            port: 0,
            resume: saves,
            minutes: Some(0.0),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(resumed.tables[0].timeline, prepared.tables[0].timeline);
    assert_eq!(resumed.tables[1].timeline, prepared.tables[1].timeline);
    assert_eq!(
        resumed.tables[0].turn_limit, None,
        "--minutes 0 has no timer"
    );
}

#[test]
fn tutorial_tables_get_a_shared_code_and_the_run_sheets_opening() {
    let dir = tempfile::tempdir().unwrap();
    let global = GlobalArgs {
        data_dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    };
    let with = |tutorial: bool| {
        let args = ServeArgs {
            port: 0,
            tables: Some(2),
            tutorial,
            ..Default::default()
        };
        serve::prepare(&global, &args).unwrap()
    };
    let plain = with(false);
    assert!(plain.codes.tutorial.is_none());
    assert_eq!(plain.agenda.total_min(), 180.0);
    let tutorial = with(true);
    let code = tutorial.codes.tutorial.clone().expect("a tutorial code");
    assert!(tutorial.codes.check(serve::codes::Login::Tutorial, &code));
    assert_eq!(tutorial.agenda.total_min(), 195.0);
    assert!(tutorial.agenda.phases[0].tutorial);
    // The first quarter's timer still comes from its own phase.
    assert_eq!(
        tutorial.tables[0].turn_limit,
        Some(Duration::from_secs(13 * 60))
    );
    let addr = "127.0.0.1:2222".parse().unwrap();
    let texts = overbuild::i18n::Texts::new(overbuild::i18n::Lang::En);
    let lines = serve::banner(&tutorial.banner(addr), &texts);
    let line = lines
        .iter()
        .find(|l| l.trim_start().starts_with("tutorial"))
        .expect("the banner names the tutorial login");
    assert!(
        line.contains(&code) && line.contains("guided first game"),
        "{line}"
    );
}
