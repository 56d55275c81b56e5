//! `gdpr retention` loses nothing: every good record is evaluated exactly once, every bad
//! line is reported with its number, and the exit status says which happened.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

use common::{command, gdpr, json, json_lines, RETENTION};

fn retention(extra: &[&str], stdin: &str) -> std::process::Output {
    let mut args = RETENTION.to_vec();
    args.extend(extra);
    gdpr(&args, stdin)
}

/// The `{"error": ...}` lines and the summary on standard error.
fn stderr(out: &std::process::Output) -> (Vec<serde_json::Value>, serde_json::Value) {
    let mut lines = json_lines(&out.stderr);
    let summary = lines.pop().unwrap()["summary"].clone();
    (
        lines.into_iter().map(|l| l["error"].clone()).collect(),
        summary,
    )
}

fn due_ids(out: &std::process::Output) -> Vec<String> {
    json_lines(&out.stdout)
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_bad_record_is_reported_with_its_line_and_the_stream_goes_on() {
    let input = concat!(
        "{\"id\": \"a\", \"trigger_date\": \"2017-12-31\"}\n",
        "{\"id\": \"b\", \"trigger_date\": \"yesterday\"}\n",
        "{\"id\": \"c\", \"trigger_date\": \"2018-12-31\"}\n",
    );
    let out = retention(&[], input);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(due_ids(&out), ["a", "c"]);
    let (errors, summary) = stderr(&out);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["kind"], "record");
    assert_eq!(errors[0]["line"], 2);
    assert_eq!(errors[0]["path"], "trigger_date");
    assert_eq!(summary["due"], 2);
    assert_eq!(summary["rejected"], 1);
}

#[test]
fn fail_fast_stops_at_the_first_bad_record_with_exit_4() {
    let input = "{\"id\": \"a\", \"trigger_date\": \"2017-12-31\"}\nnot json\n{\"id\": \"c\", \"trigger_date\": \"2018-12-31\"}\n";
    let out = retention(&["--fail-fast"], input);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(due_ids(&out), ["a"]);
    let (errors, summary) = stderr(&out);
    assert_eq!(errors[0]["line"], 2);
    assert_eq!(summary["stopped_at_line"], 2);
}

#[test]
fn a_quoted_csv_id_with_a_comma_is_read_whole() {
    let out = retention(
        &["--records-format", "csv"],
        "id,trigger_date\n\"smith, john\",2018-12-31\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(due_ids(&out), ["smith, john"]);
}

#[test]
fn csv_from_a_dutch_spreadsheet_is_read() {
    // A BOM, `;` between fields, the columns in another order, Windows line ends.
    let out = retention(
        &["--records-format", "csv"],
        "\u{feff}trigger_date;id\r\n2018-12-31;\"de Vries; Jan\"\r\n2024-12-31;later\r\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(due_ids(&out), ["de Vries; Jan"]);
}

#[test]
fn unknown_fields_are_refused_not_ignored() {
    let out = retention(
        &[],
        "{\"id\": \"a\", \"trigger_date\": \"2017-12-31\", \"legal_hold\": true}\n",
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let (errors, _) = stderr(&out);
    assert_eq!(errors[0]["path"], "legal_hold");
    // An unknown CSV column cannot be read at all: exit 1, nothing printed.
    let out = retention(
        &["--records-format", "csv"],
        "id,trigger_date,legal_hold\na,2017-12-31,true\n",
    );
    let e = common::error(&out);
    assert_eq!(e["line"], 1);
    assert!(
        e["message"].as_str().unwrap().contains("`legal_hold`"),
        "{e}"
    );
}

#[test]
fn a_missing_id_is_an_error() {
    let out = retention(
        &["--records-format", "csv"],
        "id,trigger_date\n,2017-12-31\n",
    );
    assert_eq!(out.status.code(), Some(3));
    let (errors, _) = stderr(&out);
    assert_eq!(errors[0]["message"], "the record has no id");
    let out = retention(&[], "{\"trigger_date\": \"2017-12-31\"}\n");
    let (errors, _) = stderr(&out);
    assert_eq!(errors[0]["message"], "missing field `id`");
}

#[test]
fn an_empty_trigger_date_is_not_yet_due_and_the_summary_says_so() {
    let out = retention(
        &["--records-format", "csv"],
        "id,trigger_date\nrunning,\nold,2017-12-31\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(due_ids(&out), ["old"]);
    let (_, summary) = stderr(&out);
    assert_eq!(summary["no_trigger_date"], 1);
    // JSON must say `null`: a forgotten date is an error, not "not yet due".
    let out = retention(
        &[],
        "{\"id\": \"a\", \"trigger_date\": null}\n{\"id\": \"b\"}\n",
    );
    assert_eq!(out.status.code(), Some(3));
    let (errors, summary) = stderr(&out);
    assert_eq!(errors[0]["message"], "missing field `trigger_date`");
    assert_eq!(summary["no_trigger_date"], 1);
    let out = retention(
        &["--format", "text"],
        "{\"id\": \"a\", \"trigger_date\": null}\n",
    );
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(
        text.contains("1 without a trigger date (not yet due"),
        "{text}"
    );
}

#[test]
fn a_line_longer_than_the_limit_is_refused_and_the_next_is_read() {
    let input = format!(
        "{{\"id\": \"{}\", \"trigger_date\": \"2017-12-31\"}}\n{{\"id\": \"b\", \"trigger_date\": \"2017-12-31\"}}\n",
        "a".repeat(2000)
    );
    let out = retention(&["--max-line-bytes", "1000"], &input);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(due_ids(&out), ["b"]);
    let (errors, _) = stderr(&out);
    assert_eq!(errors[0]["line"], 1);
}

/// The peak memory of a running process, from `/proc`.
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn an_endless_line_from_dev_zero_does_not_grow_memory() {
    let mut args = RETENTION.to_vec();
    args.push("/dev/zero");
    let mut child = command(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The old reader buffered the line whole: 3.7 GB in six seconds.
    std::thread::sleep(Duration::from_secs(2));
    let peak = peak_rss_kib(child.id());
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(peak < 64 * 1024, "peak memory {peak} KiB");
}

#[test]
fn a_million_records_with_bad_lines_are_each_evaluated_exactly_once() {
    // Every tenth record is due, every tenth has no trigger date yet, the rest are not due;
    // every 1009th line is bad in one of five ways, and one line is too long.
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("million.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(file, "id;trigger_date").unwrap();
    let (mut due, mut bad_lines, mut pending) = (BTreeSet::new(), Vec::new(), 0);
    for i in 0..1_000_000u32 {
        let line = i + 2;
        if i % 1009 == 500 {
            let bad = match i % 5 {
                0 => "no delimiter here".to_owned(),
                1 => format!("r{i};31-12-2017"),
                2 => ";2017-12-31".to_owned(),
                3 => format!("\"r{i};2017-12-31"),
                _ => format!("r{i};2017-12-31;extra"),
            };
            writeln!(file, "{bad}").unwrap();
            bad_lines.push(line);
        } else if i == 777_777 {
            writeln!(file, "r{i};{}", "9".repeat(5000)).unwrap();
            bad_lines.push(line);
        } else {
            match i % 10 {
                0 => {
                    writeln!(file, "r{i};2017-12-31").unwrap();
                    due.insert(format!("r{i}"));
                }
                1 => {
                    writeln!(file, "r{i};").unwrap();
                    pending += 1;
                }
                _ => writeln!(file, "r{i};2026-01-01").unwrap(),
            }
        }
    }
    drop(file);
    let mut args = RETENTION.to_vec();
    let path_arg = path.to_str().unwrap();
    args.extend([
        "--records-format",
        "csv",
        "--max-line-bytes",
        "1000",
        path_arg,
    ]);
    let out = command(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    // Each due record once, and no other.
    let printed: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let id = l.strip_prefix("{\"id\":\"").unwrap();
            id.split('"').next().unwrap().to_owned()
        })
        .collect();
    assert_eq!(printed.len(), due.len());
    assert_eq!(printed.into_iter().collect::<BTreeSet<_>>(), due);
    // Each bad line reported once, by number.
    let stderr = String::from_utf8(out.stderr).unwrap();
    let mut lines: Vec<&str> = stderr.lines().collect();
    let summary = json(lines.pop().unwrap().as_bytes())["summary"].clone();
    let reported: Vec<u64> = lines
        .iter()
        .map(|l| json(l.as_bytes())["error"]["line"].as_u64().unwrap())
        .collect();
    let expected: Vec<u64> = bad_lines.iter().map(|&l| u64::from(l)).collect();
    assert_eq!(reported, expected);
    assert_eq!(summary["lines"], 1_000_001);
    assert_eq!(summary["due"], due.len());
    assert_eq!(summary["no_trigger_date"], pending);
    assert_eq!(summary["rejected"], bad_lines.len());
    let accounted: u64 = ["due", "not_yet_due", "no_trigger_date", "rejected"]
        .iter()
        .map(|k| summary[*k].as_u64().unwrap())
        .sum();
    assert_eq!(accounted, 1_000_000);
}
