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
    // ST-AP's partners: the notice does not say where they are.
    let out = gdpr(
        &[
            "transfer",
            "examples/policies/st_ap.json",
            "--as-of",
            "2026-11-27",
        ],
        r#"{"recipient": "samenwerkingspartners"}"#,
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
            "--lang",
            "en",
        ],
        "",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // The rental contract carries portability; the public task does not (Art. 20(3)).
    assert!(text.contains("Data portability — applies"), "{text}");
    assert!(!text.contains("Applies"), "no Rust names: {text}");
    assert!(text.contains("`wettelijke_opdracht`"), "{text}");
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
fn deadline_counts_any_period_with_the_establishment_calendar() {
    // One month from 29 February 2024 under Dutch law: Good Friday, then Easter Monday.
    let out = gdpr(
        &[
            "deadline",
            "--from",
            "2024-02-29",
            "--period",
            "P1M",
            "--calendar",
            "nl",
        ],
        "",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = json(&out.stdout);
    assert_eq!(d["days"]["last_day"], "2024-04-02");
    assert_eq!(d["days"]["calendar"]["id"], "NL");

    // With a policy and no --calendar, the calendar is the establishment's (STEBO: BE).
    let out = gdpr(
        &["deadline", STEBO, "--from", "2026-03-06", "--period", "P1M"],
        "",
    );
    let d = json(&out.stdout);
    assert_eq!(
        d["days"]["last_day"], "2026-04-07",
        "6 April 2026 is Easter Monday"
    );
    assert_eq!(d["days"]["calendar"]["scope"], "national");
    assert_eq!(d["days"]["calendar"]["country"], "BE");

    // Hours from a moment, in the policy's time zone.
    let out = gdpr(
        &[
            "deadline",
            STEBO,
            "--from",
            "2026-10-23T14:20:00+02:00",
            "--period",
            "PT72H",
        ],
        "",
    );
    let d = json(&out.stdout);
    assert_eq!(d["hours"]["ends_local"], "2026-10-26T14:00:00+01:00");

    // A calendar file that adds a regional day.
    let file = std::env::temp_dir().join(format!("gdpr-cli-by-{}.json", std::process::id()));
    std::fs::write(
        &file,
        r#"{"id": "DE-BY", "extends": "DE", "holidays": [{"name": "Fronleichnam",
            "law": "Art. 1 Abs. 1 Nr. 6 FTG (Bayern)", "rule": {"kind": "easter", "offset": 60},
            "region": "DE-BY"}]}"#,
    )
    .unwrap();
    let out = gdpr(
        &[
            "deadline",
            "--from",
            "2026-05-04",
            "--period",
            "P1M",
            "--calendar",
            file.to_str().unwrap(),
            "--format",
            "text",
        ],
        "",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Deadline ends at the end of 2026-06-05 (DE-BY)"),
        "{text}"
    );
    assert!(text.contains("the regional ones of DE-BY"), "{text}");
    std::fs::remove_file(&file).ok();
}

#[test]
fn deadline_refuses_what_it_cannot_count() {
    let e = error(&gdpr(
        &["deadline", "--from", "2026-01-01", "--period", "PT72H"],
        "",
    ));
    assert!(e["message"].as_str().unwrap().contains("in hours"));
    let e = error(&gdpr(
        &[
            "deadline",
            "--from",
            "2026-01-01",
            "--period",
            "P1M",
            "--calendar",
            "US",
        ],
        "",
    ));
    assert_eq!(e["kind"], "usage");
    let e = error(&gdpr(
        &[
            "deadline",
            "--from",
            "2026-01-01",
            "--period",
            "P1M",
            "--calendar",
            "tests/fixtures/webshop.json",
        ],
        "",
    ));
    assert_eq!(e["kind"], "document");
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
        .retain(|d| !d["reference"].as_str().unwrap().contains("2023/1795"));
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

#[test]
fn notice_audit_reports_what_the_published_notice_leaves_out() {
    let out = gdpr(&["notice", STEBO, "--audit"], "");
    let audit = json(&out.stdout);
    let codes: Vec<&str> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(!codes.is_empty());
    let errors = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["severity"] == "error");
    assert_eq!(out.status.code(), Some(if errors { 2 } else { 0 }));
}

const LAPTOP: &str = r#"{
  "aware_at": "2026-11-26T16:40:00+01:00",
  "kinds": {"confidentiality": true, "integrity": false, "availability": true},
  "affected": [{"activity": "dienstverlening"}],
  "protection": {"measure": "none"},
  "accessed_by": "unknown_party",
  "backup": true,
  "effect_on_subjects": false
}"#;

#[test]
fn breach_decides_from_a_request_on_stdin() {
    let out = gdpr(
        &["breach", STEBO, "--as-of", "2026-11-27T09:00:00+01:00"],
        LAPTOP,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = json(&out.stdout);
    assert_eq!(d["authority"], "notify");
    assert_eq!(d["subjects"], "communicate");
    assert_eq!(
        d["deadlines"]["authority"]["target"],
        "2026-11-29T16:40:00+01:00"
    );
    assert_eq!(
        d["competent_authority"]["authorities"][0]["name"],
        "Gegevensbeschermingsautoriteit"
    );
    assert_eq!(d["register_entry"]["authority"], "notify");
}

#[test]
fn breach_text_speaks_dutch_for_a_belgian_controller_unless_told_otherwise() {
    let args = ["breach", STEBO, "-", "--as-of", "2026-11-27T09:00:00+01:00"];
    let out = gdpr(&[&args[..], &["--format", "text"]].concat(), LAPTOP);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Inbreuk in verband met persoonsgegevens"),
        "{text}"
    );
    assert!(
        text.contains("melden aan de toezichthoudende autoriteit"),
        "{text}"
    );
    let out = gdpr(
        &[&args[..], &["--format", "text", "--lang", "en"]].concat(),
        LAPTOP,
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("notify the supervisory authority (Art. 33(1))"),
        "{text}"
    );
}

#[test]
fn breach_refuses_what_the_policy_does_not_have() {
    let out = gdpr(
        &["breach", STEBO],
        r#"{"affected": [{"activity": "nope"}]}"#,
    );
    let e = error(&out);
    assert_eq!(e["kind"], "request");
    let out = gdpr(&["breach", STEBO], r#"{"kinds": {"secrecy": true}}"#);
    let e = error(&out);
    assert_eq!(e["kind"], "document");
    assert_eq!(e["path"], "kinds.secrecy");
}

#[test]
fn lang_is_a_global_option_and_json_messages_follow_it() {
    // A Belgian controller: Dutch by default, in the JSON messages too.
    let out = gdpr(&["validate", STEBO, "--as-of", "2026-11-27"], "");
    let report = json(&out.stdout);
    let message = report["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("nationaal identificatienummer"),
        "{message}"
    );
    assert_eq!(
        report["findings"][0]["help"],
        "noem die wet in `national_number_law`"
    );
    // --lang before or after the subcommand.
    for args in [
        &["--lang", "en", "validate", STEBO, "--as-of", "2026-11-27"][..],
        &["validate", STEBO, "--as-of", "2026-11-27", "--lang", "en"][..],
    ] {
        let report = json(&gdpr(args, "").stdout);
        let message = report["findings"][0]["message"].as_str().unwrap();
        assert!(
            message.contains("national identification number"),
            "{message}"
        );
    }
    // Without a policy, English.
    let out = gdpr(&["deadline", "--received", "2026-03-27"], "");
    let d = json(&out.stdout);
    assert!(d["respond_by"]["reasons"][0]["message"].is_string());
}

#[test]
fn text_output_speaks_the_language_without_rust_names() {
    let request = r#"{"received": "2026-11-27", "activities": [
        {"activity": "nieuwsbrief_klanten", "consent_withdrawn": true}]}"#;
    let args = [
        "erasure",
        STEBO,
        "--as-of",
        "2026-11-27",
        "--format",
        "text",
    ];
    let nl = String::from_utf8(gdpr(&args, request).stdout).unwrap();
    assert!(
        nl.starts_with("Verzoek om gegevenswissing: wissing vereist"),
        "{nl}"
    );
    assert!(
        nl.contains("toestemming ingetrokken (art. 7, lid 3)"),
        "{nl}"
    );
    let en =
        String::from_utf8(gdpr(&[&args[..], &["--lang", "en"]].concat(), request).stdout).unwrap();
    assert!(en.starts_with("Erasure request: erasure required"), "{en}");
    for text in [&nl, &en] {
        for rust in ["Required", "Erase", "NeedsReview", "Some("] {
            assert!(!text.contains(rust), "`{rust}` in {text}");
        }
    }
    let out = gdpr(
        &["objection", STEBO, "--format", "text", "--lang", "nl"],
        r#"{"activity": "nieuwsbrief_klanten", "kind": "direct_marketing"}"#,
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Bezwaar `nieuwsbrief_klanten`"), "{text}");
    assert!(!text.contains("Stop "), "{text}");
}
