//! Output errors in the built binary: every command's standard output closed before it writes
//! (exit 0, nothing said, as Unix tools do) and pointed at /dev/full (one line, exit code 2),
//! never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn overbuild() -> Command {
    Command::new(env!("CARGO_BIN_EXE_overbuild"))
}

/// A pipe whose reader is already gone: every write to it fails with a broken pipe.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    writer.into()
}

/// A device where every write fails with "no space left on device".
fn full_disk() -> Stdio {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full")
        .into()
}

fn run(args: &[String], data: &Path, stdout: Stdio, stdin: &str) -> Output {
    let mut child = overbuild()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut input) = child.stdin.take() {
        use std::io::Write;
        // The game may stop reading first; what it did not read does not matter here.
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("the binary ends")
}

/// A two-quarter save and a shard file to run the commands on.
fn fixtures(dir: &Path) -> (PathBuf, PathBuf) {
    let save = dir.join("game.json.gz");
    let shard = dir.join("shard.csv");
    let ok = |args: &[&str]| {
        let out = overbuild()
            .arg("--data-dir")
            .arg(dir)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    ok(&["sim", "--turns", "2", "--save", save.to_str().unwrap()]);
    ok(&[
        "sim",
        "--runs",
        "3",
        "--turns",
        "2",
        "--jobs",
        "1",
        "--shard",
        "1/1",
        "--out",
        shard.to_str().unwrap(),
    ]);
    (save, shard)
}

/// Every command that writes to standard output, with what it reads on standard input.
fn commands(save: &Path, shard: &Path) -> Vec<(Vec<String>, &'static str)> {
    let save = save.to_str().unwrap();
    let shard = shard.to_str().unwrap();
    let scenario = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/stargate-2025.toml"
    );
    let mc = "sim --runs 3 --turns 2 --jobs 1";
    let lines = [
        "sim --turns 2",
        "sim --turns 2 --json",
        "sim --turns 2 --lang zh-Hant",
        mc,
        &format!("{mc} --json"),
        &format!("{mc} --out -"),
        &format!("sim merge {shard}"),
        &format!("sim merge {shard} --out -"),
        "scenarios",
        &format!("scenario check {scenario}"),
        &format!("report {save}"),
        &format!("report {save} --format csv"),
        &format!("report {save} --format html --lang zh-Hant"),
        &format!("replay {save} --verify"),
        &format!("replay {save} --compare {save}"),
        "--help",
        "--version",
        "sim --help",
    ];
    let mut all: Vec<(Vec<String>, &'static str)> = lines
        .iter()
        .map(|l| (l.split(' ').map(String::from).collect(), ""))
        .collect();
    let plain = "play --plain --seat oracle --seed 3";
    all.push((plain.split(' ').map(String::from).collect(), "done\ndone\n"));
    all
}

fn no_panic(args: &[String], out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("panicked") && out.status.code() != Some(101),
        "{args:?}: {stderr}"
    );
    stderr
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_exit_code_0() {
    let dir = tempfile::tempdir().unwrap();
    let (save, shard) = fixtures(dir.path());
    for (args, stdin) in commands(&save, &shard) {
        let out = run(&args, dir.path(), closed_pipe(), stdin);
        let stderr = no_panic(&args, &out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn a_full_disk_is_one_line_naming_standard_output_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let (save, shard) = fixtures(dir.path());
    for (args, stdin) in commands(&save, &shard) {
        let out = run(&args, dir.path(), full_disk(), stdin);
        let stderr = no_panic(&args, &out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("overbuild: cannot write to standard output: ")
                && stderr.contains("No space left on device"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_full_disk_under_report_out_leaves_no_file_behind() {
    // A full file system of our own needs a tmpfs mount: root only (CI runs as root).
    let dir = tempfile::tempdir().unwrap();
    let (save, _) = fixtures(dir.path());
    let tiny = dir.path().join("tiny");
    std::fs::create_dir(&tiny).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=8k", "tmpfs"])
        .arg(&tiny)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    let target = tiny.join("debrief.html");
    let out = overbuild()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["report", save.to_str().unwrap(), "--out"])
        .arg(&target)
        .output()
        .unwrap();
    let left: Vec<_> = std::fs::read_dir(&tiny).unwrap().collect();
    let _ = Command::new("umount").arg(&tiny).status();
    let args = ["report".to_string()];
    let stderr = no_panic(&args, &out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("debrief.html"), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(left.is_empty(), "left behind: {left:?}");
}
