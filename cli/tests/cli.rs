//! The real `gdpr` binary on the seed policies and on malformed input.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{error, gdpr, json};

const STEBO: &str = "examples/policies/stebo.json";

#[test]
fn validate_exits_2_on_a_policy_with_errors_and_0_on_a_sound_one() {
    let out = gdpr(&["validate", STEBO, "--as-of", "2026-11-27"], "");
    assert_eq!(out.status.code(), Some(2));
    let report = json(&out.stdout);
    assert_eq!(report["findings"][0]["code"], "national_number_without_law");
    let out = gdpr(
        &[
            "validate",
            "tests/fixtures/webshop.json",
            "--as-of",
            "2026-11-27",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out.stdout)["findings"], serde_json::json!([]));
}

#[test]
fn erasure_reads_the_request_from_stdin() {
    let request = r#"{"received": "2026-11-27", "activities": [
        {"activity": "nieuwsbrief_klanten", "consent_withdrawn": true}]}"#;
    let out = gdpr(
        &[
            "erasure",
            STEBO,
            "--as-of",
            "2026-11-27",
            "--holidays",
            "be",
        ],
        request,
    );
    assert_eq!(out.status.code(), Some(0));
    let d = json(&out.stdout);
    assert_eq!(d["outcome"], "required");
    assert_eq!(d["items"][0]["verdict"], "erase");
    assert_eq!(d["items"][0]["reasons"][0]["citation"], "Art. 17(1)(b)");
    assert_eq!(d["deadlines"]["respond_by"]["last_day"], "2026-12-28");
}

#[test]
fn transfer_to_a_recipient_of_unknown_location_needs_review() {
    let out = gdpr(
        &["transfer", STEBO, "--as-of", "2026-11-27"],
        r#"{"recipient": "cloud"}"#,
    );
    let d = json(&out.stdout);
    assert_eq!(d["outcome"], "needs_review");
    assert_eq!(d["open_questions"][0]["field"], "location");
}

#[test]
fn rights_and_text_output() {
    let out = gdpr(
        &[
            "rights",
            "examples/policies/woondienst_regio_izegem.json",
            "woondienstverlening",
            "--format",
            "text",
        ],
        "",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("DoesNotApply data portability (Art. 20)"),
        "{text}"
    );
    assert!(text.contains("(Art. 20(3))"), "{text}");
}

#[test]
fn deadline_counts_with_the_chosen_holidays() {
    let out = gdpr(
        &["deadline", "--received", "2026-03-27", "--holidays", "nl"],
        "",
    );
    assert_eq!(json(&out.stdout)["respond_by"]["last_day"], "2026-04-28");
    let out = gdpr(&["deadline", "--breach-aware", "2026-10-23T12:20:00Z"], "");
    assert_eq!(json(&out.stdout)["ends_local"], "2026-10-26T14:00:00+01:00");
}

#[test]
fn retention_streams_due_records_from_csv_and_jsonl() {
    let csv = "id,trigger_date\ninv-2018,2018-12-31\ninv-2024,2024-12-31\n";
    let args = common::RETENTION;
    let mut with_csv = args.to_vec();
    with_csv.extend(["--records-format", "csv"]);
    let out = gdpr(&with_csv, csv);
    let lines: Vec<_> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        lines,
        [
            r#"{"id":"inv-2018","trigger_date":"2018-12-31","due_date":"2025-12-31","action":"erase"}"#
        ]
    );
    let jsonl = "{\"id\": \"a\", \"trigger_date\": \"2017-12-31\"}\n{\"id\": \"b\", \"trigger_date\": \"2025-12-31\"}\n";
    let out = gdpr(&args, jsonl);
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn malformed_input_is_an_error_with_a_path_never_a_decision() {
    let e = error(&gdpr(&["transfer", STEBO], r#"{"recipient": 5}"#));
    assert_eq!(e["kind"], "document");
    assert_eq!(e["path"], "recipient");
    let e = error(&gdpr(
        &["transfer", STEBO],
        r#"{"recipient": "cloud", "extra": true}"#,
    ));
    assert_eq!(e["path"], "extra");
    let e = error(&gdpr(&["erasure", STEBO], "not json"));
    assert_eq!(e["path"], "$");
    let e = error(&gdpr(&["transfer", STEBO], r#"{"recipient": "nobody"}"#));
    assert_eq!(e["kind"], "request");
    assert_eq!(e["message"], "the policy has no recipient `nobody`");
    let e = error(&gdpr(&["validate", "no/such/file.json"], ""));
    assert_eq!(e["kind"], "io");
}

#[test]
fn usage_errors_exit_1_with_json() {
    let e = error(&gdpr(&["frobnicate"], ""));
    assert_eq!(e["kind"], "usage");
    let e = error(&gdpr(&["deadline"], ""));
    assert_eq!(e["kind"], "usage");
}

#[test]
fn notice_and_schema() {
    let out = gdpr(&["notice", STEBO, "--lang", "en", "--format", "text"], "");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("# Privacy notice — Stebo vzw"));
    let out = gdpr(&["schema", "policy"], "");
    assert_eq!(json(&out.stdout)["title"], "Policy");
    let e = error(&gdpr(&["schema", "nope"], ""));
    assert!(e["message"].as_str().unwrap().contains("policy"));
}

#[test]
fn adequacy_decisions_can_come_from_a_file_read_strictly() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    // Without the Data Privacy Framework decision, the certified U.S. mailer needs a ground.
    let mut registry = json(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/adequacy.json"
        ))
        .unwrap(),
    );
    registry["decisions"]
        .as_array_mut()
        .unwrap()
        .retain(|d| d["scope"] != "data_privacy_framework_certified");
    let file = dir.join("adequacy-without-dpf.json");
    std::fs::write(&file, registry.to_string()).unwrap();
    let file = file.to_str().unwrap();
    let args = [
        "transfer",
        "tests/fixtures/webshop.json",
        "--as-of",
        "2026-11-27",
    ];
    let request = r#"{"recipient": "mailer"}"#;
    assert_eq!(json(&gdpr(&args, request).stdout)["outcome"], "permitted");
    let mut with_file = args.to_vec();
    with_file.extend(["--adequacy", file]);
    assert_ne!(
        json(&gdpr(&with_file, request).stdout)["outcome"],
        "permitted"
    );
    // A misspelt field in the registry is an error, not a silently shorter list.
    registry["decisions"][0]["valid_form"] = serde_json::json!("2000-01-01");
    let bad = dir.join("adequacy-misspelt.json");
    std::fs::write(&bad, registry.to_string()).unwrap();
    let e = error(&gdpr(
        &[
            "validate",
            "tests/fixtures/webshop.json",
            "--adequacy",
            bad.to_str().unwrap(),
        ],
        "",
    ));
    assert_eq!(e["kind"], "document");
    assert_eq!(e["path"], "decisions[0].valid_form");
}
