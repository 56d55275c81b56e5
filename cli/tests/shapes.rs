//! Everything the command prints in JSON has a schema, and the checked-in schemas are the
//! ones the command exports. The sample runs of `samples/commands.json` are shared with CI,
//! which validates the same outputs with Python `jsonschema` and Ajv (`.ci/samples.py`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::{gdpr, json};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn schema_on_disk(name: &str) -> Value {
    let path = root().join("schema").join(format!("{name}.schema.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The names `gdpr schema` lists.
fn exported() -> Vec<String> {
    let out = gdpr(&["schema"], "");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_schema_the_command_exports_is_checked_in_unchanged() {
    let names = exported();
    for name in [
        "cli_error",
        "cli_notice",
        "cli_retention_record",
        "cli_retention_summary",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} is not exported");
    }
    for name in &names {
        let out = gdpr(&["schema", name], "");
        assert_eq!(
            json(&out.stdout),
            schema_on_disk(name),
            "schema/{name}.schema.json is stale: run `cargo run -p gdpr-cli -- schema --out schema`"
        );
    }
}

fn assert_valid(schema: &str, instance: &Value, what: &str) {
    let validator = jsonschema::validator_for(&schema_on_disk(schema)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what} ({schema}): {errors:#?}");
}

/// The JSON documents of one stream, as the sample says to cut it.
fn documents(how: &str, stdout: &str, stderr: &str) -> Vec<Value> {
    let lines = |text: &str| -> Vec<Value> { text.lines().map(|l| json(l.as_bytes())).collect() };
    match how {
        "stdout" => vec![json(stdout.as_bytes())],
        "stderr" => vec![json(stderr.as_bytes())],
        "stdout_lines" => lines(stdout),
        "stderr_lines" => lines(stderr),
        "stderr_last" => lines(stderr).into_iter().rev().take(1).collect(),
        "stderr_but_last" => {
            let mut all = lines(stderr);
            all.pop();
            all
        }
        other => panic!("unknown stream `{other}`"),
    }
}

#[test]
fn every_sample_output_validates_against_its_schema() {
    let samples: Value = serde_json::from_str(include_str!("samples/commands.json")).unwrap();
    let mut schemas_seen = std::collections::BTreeSet::new();
    for sample in samples["samples"].as_array().unwrap() {
        let name = sample["name"].as_str().unwrap();
        let args: Vec<&str> = sample["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let stdin = sample["stdin"].as_str().unwrap_or_default();
        if let Some(schema) = sample["stdin_schema"].as_str() {
            assert_valid(schema, &json(stdin.as_bytes()), name);
        }
        let out = gdpr(&args, stdin);
        let (stdout, stderr) = (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        );
        for (how, schema) in sample["outputs"].as_object().unwrap() {
            let docs = documents(how, &stdout, &stderr);
            assert!(!docs.is_empty(), "{name}: nothing on {how}");
            for doc in docs {
                assert_valid(schema.as_str().unwrap(), &doc, name);
            }
            schemas_seen.insert(schema.as_str().unwrap().to_owned());
        }
    }
    for name in [
        "cli_error",
        "cli_notice",
        "cli_retention_record",
        "cli_retention_summary",
    ] {
        assert!(schemas_seen.contains(name), "no sample prints {name}");
    }
}
