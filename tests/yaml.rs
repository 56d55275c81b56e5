//! Policies (and every other document) read from YAML with the strictness of JSON: the same
//! values, the same refusals, the same JSON paths in errors. Feature `yaml`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use gdpr::assess::ErasureRequest;
use gdpr::{DocumentError, Policy};
use serde_json::Value;

const WEBSHOP_JSON: &str = include_str!("fixtures/webshop.json");
const WEBSHOP_YAML: &str = include_str!("fixtures/webshop.yaml");

fn yaml_of(json: &str) -> String {
    let value: Value = serde_json::from_str(json).unwrap();
    yaml_serde::to_string(&value).unwrap()
}

#[test]
fn the_yaml_webshop_is_the_json_webshop() {
    let from_yaml = Policy::from_yaml(WEBSHOP_YAML).unwrap();
    assert_eq!(from_yaml, Policy::from_json(WEBSHOP_JSON).unwrap());
    assert_eq!(
        from_yaml.recipients[0]
            .location
            .as_ref()
            .unwrap()
            .to_string(),
        "US"
    );
}

#[test]
fn the_yaml_webshop_validates_against_the_policy_schema() {
    let schema: Value = serde_json::from_str(include_str!("../schema/policy.schema.json")).unwrap();
    let document: Value = yaml_serde::from_str(WEBSHOP_YAML).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_seed_policy_reads_the_same_from_yaml() {
    let mut seeds = 0;
    for name in common::SEEDS {
        let path = format!(
            "{}/examples/policies/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let json = std::fs::read_to_string(&path).unwrap();
        let yaml = yaml_of(&json);
        assert_eq!(
            Policy::from_yaml(&yaml).unwrap(),
            Policy::from_json(&json).unwrap(),
            "{name}"
        );
        seeds += 1;
    }
    assert_eq!(seeds, 5);
}

/// Reads `doc` (JSON, which is also YAML) both ways: the errors are the same.
fn both(doc: &str) -> (DocumentError, DocumentError) {
    let json = gdpr::from_json::<Policy>(doc).unwrap_err();
    let yaml = gdpr::from_yaml::<Policy>(&yaml_of(doc)).unwrap_err();
    (json, yaml)
}

#[test]
fn errors_name_the_same_json_path_and_say_the_same_thing() {
    let cases = [
        (
            r#""establishment": "NL""#,
            r#""establishment": "NLD""#,
            "controller.establishment",
        ),
        (
            r#""kind": "private""#,
            r#""kind": "privat""#,
            "controller.kind",
        ),
        (
            r#""basis": "consent""#,
            r#""basis": "consent", "interest": "x""#,
            "activities[0].purposes[0].legal_basis.interest",
        ),
        (
            r#""period": "P2Y""#,
            r#""period": "P2Y1M1Y""#,
            "activities[1].retention[0].period",
        ),
        (
            r#""art28_contract": true, "dpf"#,
            r#""art28_contract": "yes", "dpf"#,
            "recipients[0].art28_contract",
        ),
        (
            r#""dpo": "#,
            r#""colour": "blue", "dpo": "#,
            "controller.colour",
        ),
    ];
    for (from, to, path) in cases {
        assert!(WEBSHOP_JSON.contains(from), "{from}");
        let (json, yaml) = both(&WEBSHOP_JSON.replacen(from, to, 1));
        assert_eq!(json.path(), path, "{to}");
        assert_eq!(
            (yaml.path(), yaml.message()),
            (json.path(), json.message()),
            "{to}"
        );
    }
}

#[test]
fn a_key_repeated_in_one_mapping_is_refused() {
    let doc = "controller: {name: A, kind: private, establishment: NL}\ndata_categories: []\nactivities: []\ndata_categories: []\n";
    let err = Policy::from_yaml(doc).unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(
        err.message().starts_with("duplicate key `data_categories`"),
        "{err}"
    );
    let nested = "controller: {name: A, name: B, kind: private, establishment: NL}\ndata_categories: []\nactivities: []\n";
    assert!(Policy::from_yaml(nested)
        .unwrap_err()
        .message()
        .contains("duplicate key `name`"));
}

#[test]
fn plain_scalars_are_yaml_1_2_not_booleans_or_timestamps() {
    // `NO` is Norway, not `false`; an unquoted date is a date.
    let policy = Policy::from_yaml(
        "controller: {name: A, kind: private, establishment: NO}\ndata_categories: []\nactivities: []\n",
    )
    .unwrap();
    assert_eq!(policy.controller.establishment.to_string(), "NO");
    let request: ErasureRequest = gdpr::from_yaml(
        "received: 2026-11-27\nactivities:\n  - {activity: a, consent_withdrawn: true}\n",
    )
    .unwrap();
    assert_eq!(request.received.to_string(), "2026-11-27");
    // The reader's date spelling holds in YAML too.
    let err =
        gdpr::from_yaml::<ErasureRequest>("received: 2026-1-5\nactivities: []\n").unwrap_err();
    assert_eq!(err.path(), "received");
}

#[test]
fn what_json_cannot_say_is_refused_not_guessed() {
    let base = "controller: {name: A, kind: private, establishment: NL}\ndata_categories: []\nactivities: []\n";
    // A YAML tag instead of the JSON shape of an externally tagged enum.
    let tagged = format!(
        "{base}recipients:\n  - {{id: m, name: M, role: processor, location: !country US}}\n"
    );
    assert!(Policy::from_yaml(&tagged).is_err());
    // Infinity is not a number JSON holds; it is not read as `null` (unknown).
    let infinite =
        "received: 2026-11-27\nactivities:\n  - {activity: a, consent_withdrawn: .inf}\n";
    assert!(gdpr::from_yaml::<ErasureRequest>(infinite)
        .unwrap_err()
        .message()
        .contains("not a number JSON can hold"));
    // One document only.
    assert!(Policy::from_yaml(&format!("{base}---\n{base}")).is_err());
    // Syntax errors say where.
    let err = Policy::from_yaml("controller: {name: A\n").unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(err.message().contains("line"), "{err}");
}

#[test]
fn nesting_is_bounded_as_in_json() {
    let deep = format!("controller: {}{}\n", "[".repeat(200), "]".repeat(200));
    let err = Policy::from_yaml(&deep).unwrap_err();
    assert_eq!(err.path(), "$");
}

#[test]
fn anchors_and_aliases_read_as_the_values_they_name() {
    let doc = "controller: &c {name: A, kind: private, establishment: NL}\ndata_categories: []\nactivities: []\n";
    assert!(Policy::from_yaml(doc).is_ok());
}
