//! `gdpr retention-plan`: the plan of a seed policy, its SQL from a mapping file, and the
//! refusals (a bad month, a name that is not an identifier, a dialect without a mapping).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::process::Output;

use common::{error, json};

fn gdpr(args: &[&str]) -> Output {
    common::command(args).output().unwrap()
}

const STEP: &str = "examples/policies/step_inburgering.json";

/// `gdpr retention-plan` on the STEP seed on 27 November 2026, calendar year, and `more`.
fn plan_step(more: &[&str]) -> Output {
    let mut args = vec![
        "retention-plan",
        STEP,
        "--as-of",
        "2026-11-27",
        "--financial-year-end",
        "12",
    ];
    args.extend_from_slice(more);
    gdpr(&args)
}

fn mapping_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("gdpr-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn the_plan_states_each_rule_with_its_inclusive_cutoff() {
    let out = plan_step(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = json(&out.stdout);
    let facturatie = &plan["activities"][1];
    assert_eq!(facturatie["activity"], "facturatie");
    assert_eq!(
        facturatie["rules"][0]["cutoff"],
        serde_json::json!({"bound": "due_if_trigger_on_or_before", "date": "2018-12-31"})
    );
    assert_eq!(facturatie["rules"][1]["kind"], "legal_duty");
    assert_eq!(
        facturatie["rules"][1]["cutoff"],
        serde_json::json!({"bound": "protected_if_trigger_after", "date": "2018-12-31"})
    );
    // STEP is established in the Netherlands: Dutch unless asked otherwise.
    let text = plan_step(&["--format", "text"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("Bewaarplan op 2026-11-27\n"), "{text}");
    assert!(
        text.contains("als de datum van het einde van het boekjaar op of vóór 2018-12-31 ligt"),
        "{text}"
    );
    let text = plan_step(&["--format", "text", "--lang", "en"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("where the date of the end of the financial year is on or before 2018-12-31"),
        "{text}"
    );
}

#[test]
fn the_plans_questions_carry_their_message_in_the_language_asked_for() {
    let out = gdpr(&[
        "retention-plan",
        "examples/policies/stebo.json",
        "--as-of",
        "2026-11-27",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = json(&out.stdout);
    let question = &plan["activities"][0]["rules"][0]["cutoff"]["questions"][0];
    assert_eq!(question["code"], "maximum_period");
    assert_eq!(question["field"], "activities[0].retention[0].period");
    assert!(
        question["message"]
            .as_str()
            .unwrap()
            .starts_with("de regel vermeldt geen bewaartermijn"),
        "{question}"
    );
    let out = gdpr(&[
        "retention-plan",
        "examples/policies/stebo.json",
        "--as-of",
        "2026-11-27",
        "--lang",
        "en",
    ]);
    let plan = json(&out.stdout);
    let question = &plan["activities"][0]["rules"][0]["cutoff"]["questions"][0];
    assert!(
        question["message"]
            .as_str()
            .unwrap()
            .starts_with("the rule states no period"),
        "{question}"
    );
}

#[test]
fn with_a_mapping_it_prints_the_statements_with_their_parameters() {
    let file = mapping_file(
        "map.json",
        r#"{"tables": [{"activity": "facturatie", "schema": "crm", "table": "facturen",
            "id": "factuur_id", "triggers": {"end_of_financial_year": "factuurdatum"}}]}"#,
    );
    let out = plan_step(&["--mapping", &file, "--dialect", "postgres"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sql = json(&out.stdout);
    let action = &sql["actions"][0];
    assert_eq!(
        action["apply"][0]["sql"],
        r#"DELETE FROM "crm"."facturen" WHERE "factuurdatum" <= $1"#
    );
    assert_eq!(
        action["apply"][0]["params"],
        serde_json::json!(["2018-12-31"])
    );
    assert_eq!(sql["withheld"][0]["reason"], "not_mapped");
    assert_eq!(
        sql["withheld"][0]["message"],
        "geen tabel van de tabeltoewijzing bevat haar gegevens"
    );
    let text = plan_step(&[
        "--mapping",
        &file,
        "--dialect",
        "mysql",
        "--format",
        "text",
        "--lang",
        "en",
    ]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains(
            "DELETE FROM `crm`.`facturen` WHERE `factuurdatum` <= ?;  -- params: [2018-12-31]"
        ),
        "{text}"
    );
    assert!(
        text.contains(": no table of the mapping holds its data"),
        "{text}"
    );
}

#[test]
fn wrong_input_is_refused_with_where_and_why() {
    let e = error(&gdpr(&[
        "retention-plan",
        STEP,
        "--financial-year-end",
        "13",
    ]));
    assert_eq!(e["kind"], "usage");
    let e = error(&gdpr(&["retention-plan", STEP, "--dialect", "sqlite"]));
    assert_eq!(e["kind"], "usage");
    let file = mapping_file(
        "bad.json",
        r#"{"tables": [{"activity": "facturatie", "table": "facturen; DROP TABLE x",
            "id": "id", "triggers": {}}]}"#,
    );
    let e = error(&gdpr(&[
        "retention-plan",
        STEP,
        "--mapping",
        &file,
        "--dialect",
        "sqlite",
    ]));
    assert_eq!(e["kind"], "document");
    assert_eq!(e["path"], "tables[0].table");
    assert_eq!(e["file"], file);
    let typo = mapping_file(
        "typo.json",
        r#"{"tables": [{"activity": "x", "tabel": "t"}]}"#,
    );
    let e = error(&gdpr(&[
        "retention-plan",
        STEP,
        "--mapping",
        &typo,
        "--dialect",
        "sqlite",
    ]));
    assert_eq!(e["kind"], "document");
}
