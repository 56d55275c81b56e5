//! One strict reader behind every entry point: the same limits, and unknown fields refused
//! with their JSON path everywhere, tagged objects such as `legal_basis` included.
//! Each test reproduces a way a document used to change a decision without an error.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use gdpr::assess::{self, ErasureRequest, ObjectionOutcome, ObjectionRequest};
use gdpr::{AdequacyRegistry, DocumentError, Policy};
use serde_json::{json, Value};

const WEBSHOP: &str = include_str!("fixtures/webshop.json");

fn webshop_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(WEBSHOP).unwrap();
    edit(&mut doc);
    doc.to_string()
}

/// Every way the crate reads a policy gives the same answer at the same path (errors in
/// text also give a line and column).
fn read_policy(text: &str) -> Result<Policy, DocumentError> {
    let direct = Policy::from_json(text);
    let path =
        |r: &Result<Policy, DocumentError>| r.as_ref().map_err(|e| e.path().to_owned()).cloned();
    assert_eq!(path(&direct), path(&gdpr::from_json::<Policy>(text)));
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        assert_eq!(
            path(&direct),
            path(&gdpr::from_json_value::<Policy>(&value))
        );
    }
    direct
}

/// Takes a value apart without recursion: dropping a 100 000-deep value whole would
/// overflow the test's own stack.
fn dismantle(value: Value) {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

#[test]
fn an_unknown_field_inside_a_legal_basis_is_refused_at_its_path() {
    let doc = webshop_with(|d| {
        d["activities"][1]["purposes"][0]["legal_basis"] =
            json!({"basis": "contract", "automated_decision": {}});
    });
    let err = read_policy(&doc).unwrap_err();
    assert_eq!(
        err.path(),
        "activities[1].purposes[0].legal_basis.automated_decision"
    );
    assert_eq!(
        err.message(),
        "unknown field `automated_decision`, expected one of `basis`, `legal_reference`, `interest`"
    );
}

#[test]
fn a_direct_marketing_flag_misplaced_inside_the_legal_basis_is_refused() {
    // Read as a plain consent basis, this purpose was not direct marketing, and an
    // objection to it was `not_applicable` instead of `stop` (Art. 21(3)).
    let doc = webshop_with(|d| {
        let purpose = d["activities"][0]["purposes"][0].as_object_mut().unwrap();
        purpose.remove("direct_marketing");
        purpose["legal_basis"] = json!({"basis": "consent", "direct_marketing": true});
    });
    let err = read_policy(&doc).unwrap_err();
    assert_eq!(
        err.path(),
        "activities[0].purposes[0].legal_basis.direct_marketing"
    );
    // Placed correctly, the same fact stops the processing.
    let policy = read_policy(WEBSHOP).unwrap();
    let request: ObjectionRequest =
        gdpr::from_json(r#"{"activity": "newsletter", "kind": "direct_marketing"}"#).unwrap();
    let decision = assess::assess_objection(&policy, &request).unwrap();
    assert_eq!(decision.outcome, ObjectionOutcome::Stop);
}

#[test]
fn a_field_of_another_basis_is_refused_whichever_comes_first() {
    for basis in [
        json!({"basis": "consent", "interest": "marketing"}),
        json!({"interest": "marketing", "basis": "consent"}),
        json!({"basis": "legitimate_interests", "legal_reference": "Art. 1"}),
    ] {
        let doc = webshop_with(|d| d["activities"][0]["purposes"][0]["legal_basis"] = basis);
        let err = read_policy(&doc).unwrap_err();
        assert!(
            err.path()
                .starts_with("activities[0].purposes[0].legal_basis"),
            "{err}"
        );
        assert!(err.message().starts_with("unknown field `"), "{err}");
    }
}

#[test]
fn an_error_inside_a_legal_basis_names_the_field() {
    let doc = webshop_with(|d| {
        d["activities"][0]["purposes"][0]["legal_basis"] =
            json!({"basis": "legal_obligation", "legal_reference": 5});
    });
    let err = read_policy(&doc).unwrap_err();
    assert_eq!(
        err.path(),
        "activities[0].purposes[0].legal_basis.legal_reference"
    );
    assert_eq!(
        err.message(),
        "invalid type: integer `5`, expected a string"
    );
    let doc = webshop_with(|d| {
        d["activities"][0]["purposes"][0]["legal_basis"] = json!({"interest": "x"});
    });
    let err = read_policy(&doc).unwrap_err();
    assert_eq!(
        (err.path(), err.message()),
        (
            "activities[0].purposes[0].legal_basis",
            "missing field `basis`"
        )
    );
}

#[test]
fn every_legal_basis_reads_back_what_it_wrote() {
    for basis in [
        json!({"basis": "consent"}),
        json!({"basis": "contract"}),
        json!({"basis": "legal_obligation"}),
        json!({"basis": "legal_obligation", "legal_reference": "Art. 52 AWR"}),
        json!({"basis": "legal_obligation", "legal_reference": null}),
        json!({"basis": "vital_interests"}),
        json!({"basis": "public_task", "legal_reference": "Gemeentewet"}),
        json!({"legal_reference": "Gemeentewet", "basis": "public_task"}),
        json!({"basis": "legitimate_interests", "interest": "fraud prevention"}),
    ] {
        let read: gdpr::LegalBasis = gdpr::from_json_value(&basis).unwrap();
        let text: gdpr::LegalBasis = serde_json::from_str(&basis.to_string()).unwrap();
        assert_eq!(read, text);
        let written = serde_json::to_value(&read).unwrap();
        assert_eq!(
            gdpr::from_json_value::<gdpr::LegalBasis>(&written).unwrap(),
            read
        );
    }
}

#[test]
fn policy_from_json_refuses_nesting_deeper_than_the_limit() {
    // 100 levels under a legal basis: within serde_json's own limit of 128, so the reader's
    // depth check is what refuses it.
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let doc = WEBSHOP.replacen(
        r#"{"basis": "consent"}"#,
        &format!(r#"{{"basis": "consent", "x": {deep}}}"#),
        1,
    );
    assert_ne!(doc, WEBSHOP);
    let err = read_policy(&doc).unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(
        err.message()
            .starts_with("the document nests deeper than 64 levels"),
        "{err}"
    );
}

#[test]
fn from_json_value_refuses_a_value_nested_100_000_deep_without_overflowing_the_stack() {
    let mut deep = Value::Null;
    for _ in 0..100_000 {
        deep = Value::Array(vec![deep]);
    }
    let mut doc: Value = serde_json::from_str(WEBSHOP).unwrap();
    doc["activities"][0]["purposes"][0]["legal_basis"] = json!({"basis": "consent"});
    doc["activities"][0]["purposes"][0]["legal_basis"]["x"] = deep;
    let result = gdpr::from_json_value::<Policy>(&doc);
    let untyped = gdpr::from_json_value::<Value>(&doc).map(dismantle);
    dismantle(doc);
    let err = result.unwrap_err();
    assert_eq!(
        (err.path(), err.message()),
        ("$", "the document nests deeper than 64 levels")
    );
    assert_eq!(untyped.unwrap_err(), err);
}

#[test]
fn from_json_value_refuses_a_value_larger_than_the_size_limit() {
    let big = "x".repeat(gdpr::limits::MAX_DOCUMENT_BYTES);
    let err = gdpr::from_json_value::<ErasureRequest>(
        &json!({"received": "2026-11-27", "activities": [{"activity": big}]}),
    )
    .unwrap_err();
    assert_eq!(err.path(), "$");
    assert!(
        err.message().starts_with("the document is larger than"),
        "{err}"
    );
    let err = gdpr::from_json::<ErasureRequest>(&"x".repeat(gdpr::limits::MAX_DOCUMENT_BYTES + 1))
        .unwrap_err();
    assert!(
        err.message().starts_with("the document is larger than"),
        "{err}"
    );
}

#[test]
fn values_and_text_share_the_depth_limit_exactly() {
    let nested = |levels: usize| {
        let mut v = json!([]);
        for _ in 1..levels {
            v = json!([v]);
        }
        v
    };
    for levels in [63, 64, 65] {
        let value = nested(levels);
        let by_value = gdpr::from_json_value::<Value>(&value).is_ok();
        let by_text = gdpr::from_json::<Value>(&value.to_string()).is_ok();
        assert_eq!(by_value, by_text, "{levels} levels");
        assert_eq!(by_value, levels <= 64, "{levels} levels");
    }
}

#[test]
fn the_adequacy_registry_is_read_strictly() {
    let text = include_str!("../data/adequacy.json");
    assert_eq!(
        AdequacyRegistry::from_json(text).unwrap(),
        AdequacyRegistry::builtin()
    );
    let mut doc: Value = serde_json::from_str(text).unwrap();
    doc["decisions"][0]["scope"] = json!([]);
    doc["decisions"][0]["in_force"] = json!(true);
    let err = AdequacyRegistry::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.path(), "decisions[0].in_force");
    let err = AdequacyRegistry::from_json(r#"{"decisions": [], "decisions": []}"#).unwrap_err();
    assert!(
        err.message().starts_with("duplicate key `decisions`"),
        "{err}"
    );
}

#[test]
fn every_request_refuses_unknown_fields_with_their_path() {
    type Read = fn(&str) -> Result<(), DocumentError>;
    let cases: [(&str, Read, &str); 4] = [
        (
            r#"{"received": "2026-11-27", "activities": [{"activity": "a", "legal_hold": true}]}"#,
            |t| gdpr::from_json::<ErasureRequest>(t).map(drop),
            "activities[0].legal_hold",
        ),
        (
            r#"{"activity": "a", "kind": "direct_marketing", "urgent": true}"#,
            |t| gdpr::from_json::<ObjectionRequest>(t).map(drop),
            "urgent",
        ),
        (
            r#"{"activity": "a", "accuracy": true}"#,
            |t| gdpr::from_json::<assess::RestrictionRequest>(t).map(drop),
            "accuracy",
        ),
        (
            r#"{"recipient": "r", "mechanism": {"safeguard": "binding_corporate_rules", "approved": true}}"#,
            |t| gdpr::from_json::<assess::TransferRequest>(t).map(drop),
            "mechanism",
        ),
    ];
    for (doc, read, path) in cases {
        assert_eq!(read(doc).unwrap_err().path(), path, "{doc}");
    }
}

#[test]
fn a_repeated_key_is_refused_in_maps_and_in_structs_alike() {
    // A map keeps the last of two equal keys; a derived struct refuses the second. The reader
    // refuses both, with the same message.
    for doc in [
        r#"{"received": "2026-11-27", "activities": [{"activity": "a", "events": {"collection": "2020-01-01", "collection": "2021-01-01"}}]}"#,
        r#"{"received": "2026-11-27", "activities": [{"activity": "a", "activity": "b"}]}"#,
    ] {
        let err = gdpr::from_json::<ErasureRequest>(doc).unwrap_err();
        assert_eq!(err.path(), "$");
        assert!(err.message().starts_with("duplicate key"), "{err}");
    }
    let doc = webshop_with(|_| {}).replacen(
        r#""basis":"consent""#,
        r#""basis":"consent","basis":"contract""#,
        1,
    );
    // (`serde_json::Value` would keep the second: only text can carry the repetition.)
    let err = Policy::from_json(&doc).unwrap_err();
    assert!(err.message().starts_with("duplicate key `basis`"), "{err}");
}
