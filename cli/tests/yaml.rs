//! A policy kept in YAML is read as strictly as one in JSON, and decides the same.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{error, gdpr};

#[test]
fn a_yaml_policy_validates_exactly_as_its_json_twin() {
    let args = |file| ["validate", file, "--as-of", "2026-11-27"];
    let json = gdpr(&args("tests/fixtures/webshop.json"), "");
    let yaml = gdpr(&args("tests/fixtures/webshop.yaml"), "");
    assert_eq!(yaml.status.code(), json.status.code());
    assert_eq!(
        String::from_utf8(yaml.stdout).unwrap(),
        String::from_utf8(json.stdout).unwrap()
    );
}

#[test]
fn a_yaml_policy_with_an_unknown_field_is_a_document_error_with_its_path() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join("colour.yml");
    let text = include_str!("../../tests/fixtures/webshop.yaml").replacen(
        "  kind: private\n",
        "  kind: private\n  colour: blue\n",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let e = error(&gdpr(&["validate", file.to_str().unwrap()], ""));
    assert_eq!(e["kind"], "document");
    assert_eq!(e["path"], "controller.colour");
    assert_eq!(e["file"], file.to_str().unwrap());
}

#[test]
fn json_on_standard_input_stays_json() {
    // A request on standard input is JSON whatever the policy's format.
    let out = gdpr(
        &[
            "transfer",
            "tests/fixtures/webshop.yaml",
            "--as-of",
            "2026-11-27",
        ],
        r#"{"recipient": "mailer"}"#,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
