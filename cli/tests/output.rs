//! The CLI never panics on I/O: a reader that goes away ends it quietly with status 141, a
//! full disk is an error on standard error with status 1.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::process::Stdio;
use std::sync::{Mutex, MutexGuard};

use common::{command, json};

/// Commands whose output is larger than a pipe's buffer or small, across subcommands.
const COMMANDS: [&[&str]; 5] = [
    &["schema", "policy"],
    &[
        "validate",
        "examples/policies/stebo.json",
        "--as-of",
        "2026-11-27",
    ],
    &["notice", "examples/policies/stebo.json", "--format", "text"],
    &["deadline", "--received", "2026-03-27"],
    &[
        "rights",
        "examples/policies/stebo.json",
        "nieuwsbrief_klanten",
    ],
];

/// One child at a time: a child spawned by another test thread can hold a copy of this
/// test's pipe for an instant, and a small output would then fit in the pipe and succeed.
fn one_at_a_time() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A pipe whose reader has already gone: the write end of `true`'s standard input, once
/// `true` has exited. Closing the reader after spawning `gdpr` instead would race with it.
fn pipe_without_reader() -> Stdio {
    let mut reader = std::process::Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let writer = reader.stdin.take().unwrap();
    reader.wait().unwrap();
    Stdio::from(writer)
}

#[test]
fn a_closed_pipe_ends_quietly_with_status_141() {
    let _serial = one_at_a_time();
    for args in COMMANDS {
        // The reader is gone before the first byte: every write fails with EPIPE.
        let out = command(args)
            .stdin(Stdio::null())
            .stdout(pipe_without_reader())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(141), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_full_disk_is_an_error_on_stderr_with_status_1() {
    let _serial = one_at_a_time();
    for args in COMMANDS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = command(args)
            .stdin(Stdio::null())
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let e = json(&out.stderr)["error"].clone();
        assert_eq!(e["kind"], "io", "{args:?}");
        assert_eq!(e["file"], "<stdout>");
        assert!(
            e["message"].as_str().unwrap().contains("No space left"),
            "{e}"
        );
    }
}

#[test]
fn the_retention_stream_stops_quietly_when_its_reader_goes_away() {
    let _serial = one_at_a_time();
    let records: String = (0..50_000)
        .map(|i| format!("{{\"id\": \"r{i}\", \"trigger_date\": \"2017-12-31\"}}\n"))
        .collect();
    let mut child = command(&common::RETENTION)
        .stdin(Stdio::piped())
        .stdout(pipe_without_reader())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(records.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(141));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
