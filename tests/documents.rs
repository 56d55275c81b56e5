//! Malformed documents are refused with the JSON path and what was expected there.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use gdpr::Policy;
use serde_json::{json, Value};

const WEBSHOP: &str = include_str!("fixtures/webshop.json");

fn error_after(edit: impl FnOnce(&mut Value)) -> (String, String) {
    let mut doc: Value = serde_json::from_str(WEBSHOP).unwrap();
    edit(&mut doc);
    let err = Policy::from_json(&doc.to_string()).unwrap_err();
    (err.path().to_owned(), err.message().to_owned())
}

#[test]
fn the_fixture_reads() {
    assert!(Policy::from_json(WEBSHOP).is_ok());
}

#[test]
fn each_malformed_value_is_reported_at_its_path() {
    type Edit = fn(&mut Value);
    let cases: [(Edit, &str, &str); 12] = [
        (
            |d| d["recipients"][0]["location"] = json!({"country": "USA"}),
            "recipients[0].location.country",
            "`USA` is not an ISO 3166-1 alpha-2 code",
        ),
        (
            |d| d["controller"]["establishment"] = json!("UK"),
            "controller.establishment",
            "`UK` is not an ISO 3166-1 alpha-2 code (the United Kingdom is `GB`)",
        ),
        (
            |d| d["activities"][2]["retention"][0]["period"] = json!("7 years"),
            "activities[2].retention[0].period",
            "`7 years` is not an ISO 8601 period such as `P7Y`, `P1M`, `P2W`, `P30D` or `PT72H`",
        ),
        (
            |d| d["activities"][1]["purposes"][0]["legal_basis"] = json!({"basis": "gut_feeling"}),
            "activities[1].purposes[0].legal_basis.basis",
            "unknown variant `gut_feeling`, expected one of `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests`",
        ),
        (
            |d| d["activities"][0]["colour"] = json!("blue"),
            "activities[0].colour",
            "unknown field `colour`",
        ),
        (
            |d| {
                d["data_categories"][3].as_object_mut().unwrap().remove("origin");
            },
            "data_categories[3]",
            "missing field `origin`",
        ),
        (
            |d| d["data_categories"][0]["special_category"] = json!("shoe_size"),
            "data_categories[0].special_category",
            "unknown variant `shoe_size`",
        ),
        (
            |d| d["recipients"][0]["dpf_certified"] = json!("yes"),
            "recipients[0].dpf_certified",
            "invalid type: string \"yes\", expected a boolean",
        ),
        (
            |d| d["activities"][0]["transfers"] = json!([{"recipient": "mailer", "mechanism": {"safeguard": "pinky_swear"}}]),
            "activities[0].transfers[0].mechanism.safeguard",
            "unknown variant `pinky_swear`",
        ),
        (
            |d| d["activities"][0]["transfers"] = json!([{"recipient": "mailer", "mechanism": {"rumour": "x"}}]),
            "activities[0].transfers[0].mechanism",
            "unknown variant `rumour`",
        ),
        (
            |d| d["activities"] = json!({}),
            "activities",
            "invalid type: map, expected a sequence",
        ),
        (
            |d| d["commitments"][0]["commitment"] = json!("no_spam"),
            "commitments[0].commitment",
            "unknown variant `no_spam`",
        ),
    ];
    for (edit, path, message) in cases {
        let (got_path, got_message) = error_after(edit);
        assert_eq!(got_path, path);
        assert!(
            got_message.starts_with(message),
            "at {path}: {got_message:?} does not start with {message:?}"
        );
    }
}

#[test]
fn duplicate_keys_are_refused_not_silently_merged() {
    let err = Policy::from_json(r#"{"controller": {}, "controller": {}}"#).unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(
        err.message().starts_with("duplicate key `controller`"),
        "{}",
        err.message()
    );
}

#[test]
fn syntax_errors_and_trailing_garbage_say_where() {
    let err = Policy::from_json("{").unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(err.message().contains("line 1"), "{}", err.message());
    let err = Policy::from_json(&format!("{WEBSHOP} trailing")).unwrap_err();
    assert!(
        err.message().starts_with("trailing characters"),
        "{}",
        err.message()
    );
}

#[test]
fn deep_nesting_is_refused() {
    let deep = "[".repeat(100) + &"]".repeat(100);
    let err = Policy::from_json(&deep).unwrap_err();
    assert!(
        err.message().contains("nests deeper than 64"),
        "{}",
        err.message()
    );
}

#[test]
fn oversized_documents_are_refused_before_parsing() {
    let big = " ".repeat(gdpr::limits::MAX_DOCUMENT_BYTES + 1);
    let err = Policy::from_json(&big).unwrap_err();
    assert!(
        err.message().contains("larger than the limit"),
        "{}",
        err.message()
    );
}

#[test]
fn duplicate_keys_deep_in_a_policy_are_refused_too() {
    let doc = WEBSHOP.replacen(
        r#""art28_contract": true, "dpf_certified": true"#,
        r#""art28_contract": true, "art28_contract": false, "dpf_certified": true"#,
        1,
    );
    let err = Policy::from_json(&doc).unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(
        err.message().starts_with("duplicate key `art28_contract`"),
        "{}",
        err.message()
    );
    let doc = WEBSHOP.replacen(
        r#"{"basis": "consent"}"#,
        r#"{"basis": "consent", "basis": "contract"}"#,
        1,
    );
    let err = Policy::from_json(&doc).unwrap_err();
    assert!(
        err.message().starts_with("duplicate key `basis`"),
        "{}",
        err.message()
    );
}

#[test]
fn the_policy_schema_has_no_maps_so_its_reader_may_skip_the_duplicate_key_pass() {
    // `Policy::from_json` relies on derived structs refusing repeated fields. A map (an
    // object with `additionalProperties` other than `false`) would silently keep the last
    // of two equal keys; this test fails if one is ever added to the policy.
    let schema: Value = serde_json::from_str(include_str!("../schema/policy.schema.json")).unwrap();
    fn walk(v: &Value, path: &str) {
        match v {
            Value::Object(map) => {
                if let Some(extra) = map.get("additionalProperties") {
                    assert_eq!(extra, &Value::Bool(false), "a map at {path}");
                }
                for (k, child) in map {
                    walk(child, &format!("{path}/{k}"));
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, path)),
            _ => {}
        }
    }
    walk(&schema, "#");
}
