//! Malformed documents, table-driven: the exact JSON path and message for each, and one style
//! for all messages (lower case, no trailing period, input in backticks, no Rust type names).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::SEEDS;
use gdpr::assess::ErasureRequest;
use gdpr::{DocumentError, Policy};

const MINIMAL: &str = r#"{"controller": {"name": "X", "kind": "private", "establishment": "BE"},
  "data_categories": [{"id": "c", "name": "C", "origin": "provided_by_subject"}],
  "recipients": [{"id": "r", "name": "R", "role": "processor", "location": {"country": "NL"}, "art28_contract": true}],
  "activities": [{"id": "a", "name": "A", "data_subjects": [], "data_categories": ["c"],
    "purposes": [{"id": "p", "description": "P", "legal_basis": {"basis": "consent"}}],
    "retention": [{"period": "P1Y", "from": "collection", "then": "erase"}]}]}"#;

/// Replaces the first occurrence of `from` in the minimal policy with `to` and reads it.
fn policy_error(from: &str, to: &str) -> DocumentError {
    assert!(MINIMAL.contains(from), "{from}");
    Policy::from_json(&MINIMAL.replacen(from, to, 1)).unwrap_err()
}

#[test]
fn the_minimal_policy_reads() {
    Policy::from_json(MINIMAL).unwrap();
}

#[test]
fn each_malformed_policy_has_its_exact_path_and_message() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // wrong types
        (r#""name": "X""#, r#""name": 5"#, "controller.name", "invalid type: integer `5`, expected a string"),
        (r#""controller": {"#, r#""controller": [], "x": {"#, "controller", "invalid type: sequence, expected a controller object"),
        (r#""legal_basis": {"basis": "consent"}"#, r#""legal_basis": "consent""#, "activities[0].purposes[0].legal_basis", "invalid type: string \"consent\", expected a legal basis object such as `{\"basis\": \"consent\"}`"),
        (r#"{"country": "NL"}"#, r#""NL""#, "recipients[0].location", "unknown variant `NL`, expected one of `country`, `region`, `international_organisation`"),
        // unknown fields
        (r#""name": "C","#, r#""name": "C", "colour": "red","#, "data_categories[0].colour", "unknown field `colour`, expected one of `id`, `name`, `special_category`, `criminal_offences`, `national_identification_number`, `origin`, `obtained_from`, `information_exemption`, `source`"),
        // unknown enum values
        (r#""kind": "private""#, r#""kind": "semi_public""#, "controller.kind", "unknown variant `semi_public`, expected `private` or `public_authority`"),
        (r#""role": "processor""#, r#""role": "friend""#, "recipients[0].role", "unknown variant `friend`, expected one of `processor`, `sub_processor`, `independent_controller`, `joint_controller`, `public_authority`, `law_enforcement`, `own_establishment`, `client_controller`"),
        (r#""then": "erase""#, r#""then": "shred""#, "activities[0].retention[0].then", "unknown variant `shred`, expected one of `erase`, `anonymise`, `archive`"),
        // invalid country codes
        (r#""establishment": "BE""#, r#""establishment": "EL""#, "controller.establishment", "`EL` is not an ISO 3166-1 alpha-2 code (Greece is `GR`)"),
        (r#""country": "NL""#, r#""country": "nl""#, "recipients[0].location.country", "`nl` is not an ISO 3166-1 alpha-2 code (codes are upper case)"),
        (r#""country": "NL""#, r#""country": "XK""#, "recipients[0].location.country", "`XK` is not an ISO 3166-1 alpha-2 code"),
        // invalid periods
        (r#""period": "P1Y""#, r#""period": "1 year""#, "activities[0].retention[0].period", "`1 year` is not an ISO 8601 period such as `P7Y`, `P1M`, `P2W`, `P30D` or `PT72H`"),
        (r#""period": "P1Y""#, r#""period": "PT30M""#, "activities[0].retention[0].period", "`PT30M` has minutes or seconds; periods are counted in years, months, weeks, days or hours"),
        (r#""period": "P1Y""#, r#""period": "P99999999999Y""#, "activities[0].retention[0].period", "`P99999999999Y` is not an ISO 8601 period such as `P7Y`, `P1M`, `P2W`, `P30D` or `PT72H`"),
        // missing fields
        (r#""origin": "provided_by_subject""#, r#""source": "x""#, "data_categories[0]", "missing field `origin`"),
    ];
    for (from, to, path, message) in cases {
        let e = policy_error(from, to);
        assert_eq!(
            (e.path(), e.message()),
            (*path, *message),
            "replacing {from}"
        );
    }
}

#[test]
fn malformed_requests_name_their_path_too() {
    let cases: &[(&str, &str, &str)] = &[
        (r#"{"received": "2026-13-45", "activities": []}"#, "received", "`2026-13-45` is not a valid date (YYYY-MM-DD)"),
        (r#"{"received": "2026-11-27", "activities": [{"activity": "a", "events": {"someday": "2026-01-01"}}]}"#, "activities[0].events.someday", "unknown variant `someday`, expected one of `collection`, `end_of_contract`, `end_of_relationship`, `last_contact`, `consent_withdrawn`, `file_closed`, `end_of_financial_year`"),
        (r#"{"received": "2026-11-27", "activities": [{"activity": "a", "consent_withdrawn": "yes"}]}"#, "activities[0].consent_withdrawn", "invalid type: string \"yes\", expected a boolean"),
        (r#"{"received": "2026-11-27", "activities": []} trailing"#, "$", "trailing characters at line 1 column 46"),
        (r#"{"received": "2026-11-27", "received": "2026-11-28", "activities": []}"#, "$", "duplicate key `received` at line 1 column 51"),
        (r#"{"received": "2026-11-27""#, "$", "EOF while parsing an object at line 1 column 25"),
    ];
    for (doc, path, message) in cases {
        let e = gdpr::from_json::<ErasureRequest>(doc).unwrap_err();
        assert_eq!((e.path(), e.message()), (*path, *message), "{doc}");
    }
}

#[test]
fn dangling_and_duplicate_ids_are_validation_findings_with_paths() {
    let doc = MINIMAL.replacen(
        r#""data_categories": ["c"]"#,
        r#""data_categories": ["c", "ghost"]"#,
        1,
    );
    let policy = Policy::from_json(&doc).unwrap();
    let report = gdpr::validate(
        &policy,
        &gdpr::AdequacyRegistry::builtin(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
    );
    let found: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.code, f.path.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [(
            gdpr::FindingCode::DanglingReference,
            "activities[0].data_categories[1]",
            "no data category has the id `ghost`"
        )]
    );
    let doc = MINIMAL.replacen(
        r#"{"id": "p", "description""#,
        r#"{"id": "p", "description": "Q", "legal_basis": {"basis": "consent"}}, {"id": "p", "description""#,
        1,
    );
    let policy = Policy::from_json(&doc).unwrap();
    let report = gdpr::validate(
        &policy,
        &gdpr::AdequacyRegistry::builtin(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
    );
    assert_eq!(report.findings[0].code, gdpr::FindingCode::DuplicateId);
    assert_eq!(report.findings[0].path, "activities[0].purposes[1].id");
    assert!(
        report.findings[0]
            .message
            .starts_with("the id `p` is used more than once among the purposes of the activity `"),
        "{}",
        report.findings[0].message
    );
    assert_eq!(report.findings[0].params.id.as_deref(), Some("p"));
    assert_eq!(
        report.findings[0].help,
        "give each element its own id: references name elements by id"
    );
}

/// The style every message follows.
fn assert_style(message: &str) {
    let first = message.chars().next().unwrap();
    assert!(
        !first.is_uppercase() || message.starts_with("EOF"),
        "capitalised: {message}"
    );
    assert!(!message.ends_with('.'), "trailing period: {message}");
    for rust in ["struct ", "enum ", "Option<", "Vec<", "::", "NaiveDate"] {
        assert!(!message.contains(rust), "Rust type name in: {message}");
    }
}

#[test]
fn every_message_follows_one_style() {
    // Every top-level field replaced by a value of the wrong type, and every finding of the
    // seed policies.
    let mut messages = Vec::new();
    let base: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    for key in base.as_object().unwrap().keys() {
        for wrong in [
            serde_json::json!(5),
            serde_json::json!("x"),
            serde_json::json!([1]),
            serde_json::json!({"zz": 1}),
        ] {
            let mut doc = base.clone();
            doc[key] = wrong;
            if let Err(e) = Policy::from_json(&doc.to_string()) {
                messages.push(e.message().to_owned());
            }
        }
    }
    for seed in SEEDS {
        let policy = common::seed(seed);
        let report = gdpr::validate(
            &policy,
            &gdpr::AdequacyRegistry::builtin(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        );
        messages.extend(report.findings.into_iter().map(|f| f.message));
    }
    assert!(messages.len() > 20);
    for m in &messages {
        assert_style(m);
    }
}
