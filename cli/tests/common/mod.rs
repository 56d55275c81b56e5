//! Running the real `gdpr` binary from the workspace root.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `gdpr retention` on the invoices of a seed policy (seven years from the end of the
/// financial year), as of 27 November 2026: a record of 2018-12-31 is due, one of 2024-12-31
/// not yet.
pub const RETENTION: [&str; 6] = [
    "retention",
    "examples/policies/step_inburgering.json",
    "--activity",
    "facturatie",
    "--as-of",
    "2026-11-27",
];

/// The binary, in the workspace root, with nothing attached yet.
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gdpr"));
    command
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    command
}

/// Runs the binary with `stdin` as standard input.
pub fn gdpr(args: &[&str], stdin: &str) -> Output {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_owned();
    // Written from a thread, so a large input cannot block against a large output.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(stdin.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

pub fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

/// The error object of a run that failed with exit status 1 and printed nothing.
pub fn error(out: &Output) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    json(&out.stderr)["error"].clone()
}

/// The lines of a stream, each parsed as JSON.
pub fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect()
}
