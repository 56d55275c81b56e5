//! The retention plan as SQL: the statements per dialect, how a maximum and a legal duty on
//! the same rows combine, what is withheld and why, and the mappings that are refused. The
//! generated conditions are evaluated row by row against `due_date` here; the same SQL runs
//! on SQLite, PostgreSQL and DataFusion in `integrations/`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use gdpr::assess::{due_date, retention_plan, FinancialYear, RetentionPlan};
use gdpr::explain::{Language, QuestionCode};
use gdpr::sql::{
    retention_sql, Dialect, RetentionSql, Scope, SqlError, SqlMapping, WithheldReason,
};
use gdpr::Policy;
use proptest::prelude::*;
use serde_json::json;

mod common;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A CRM's bookkeeping: invoices kept seven years from the year end by law (a duty on the
/// invoice data), the customer's contact erased two years after the contract ends (a maximum
/// on everything the activity holds).
fn crm(duty_period: &str, duty_kind: Option<&str>) -> Policy {
    let mut duty = json!({"data_categories": ["invoices"], "period": duty_period,
                          "from": "end_of_financial_year", "then": "erase",
                          "legal_reference": "Art. 52(4) AWR"});
    if let Some(kind) = duty_kind {
        duty["kind"] = json!(kind);
    }
    gdpr::from_json_value(&json!({
        "controller": {"name": "CRM BV", "kind": "private", "establishment": "NL"},
        "data_categories": [
            {"id": "invoices", "name": "Invoices", "origin": "provided_by_subject"},
            {"id": "contact", "name": "Contact", "origin": "provided_by_subject"}
        ],
        "recipients": [],
        "activities": [
            {"id": "billing", "name": "Billing", "purposes": [], "data_subjects": [],
             "data_categories": ["invoices", "contact"], "recipients": [],
             "retention": [
                 {"period": "P2Y", "from": "end_of_contract", "then": "erase", "kind": "maximum"},
                 duty
             ]},
            {"id": "newsletter", "name": "Newsletter", "purposes": [], "data_subjects": [],
             "data_categories": ["contact"], "recipients": [],
             "retention": [{"period": "P1M", "from": "consent_withdrawn", "then": "erase"}]}
        ]
    }))
    .unwrap()
}

/// A policy of one activity holding one data category, with these retention rules.
fn one_activity(activity: &str, category: &str, retention: serde_json::Value) -> Policy {
    gdpr::from_json_value(&json!({
        "controller": {"name": "X", "kind": "private", "establishment": "NL"},
        "data_categories": [{"id": category, "name": category, "origin": "provided_by_subject"}],
        "recipients": [],
        "activities": [{"id": activity, "name": activity, "purposes": [], "data_subjects": [],
            "data_categories": [category], "recipients": [], "retention": retention}]
    }))
    .unwrap()
}

fn mapping(value: serde_json::Value) -> SqlMapping {
    gdpr::from_json_value(&value).unwrap()
}

fn invoices_table(columns: bool) -> serde_json::Value {
    let mut t = json!({"activity": "billing", "table": "invoices", "id": "invoice_id",
                       "triggers": {"end_of_contract": "contract_end",
                                    "end_of_financial_year": "invoice_date"}});
    if columns {
        t["columns"] = json!({"contact": ["customer_name", "customer_email"]});
    }
    t
}

fn plan(policy: &Policy, as_of: NaiveDate) -> RetentionPlan {
    retention_plan(policy, as_of, Some(FinancialYear::CALENDAR_YEAR)).unwrap()
}

fn sql(
    policy: &Policy,
    as_of: NaiveDate,
    map: serde_json::Value,
    dialect: Dialect,
) -> RetentionSql {
    retention_sql(&plan(policy, as_of), &mapping(map), dialect).unwrap()
}

#[test]
fn the_webshop_orders_become_one_delete_with_an_inclusive_bound_in_every_dialect() {
    let policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let map = json!({"tables": [{"activity": "orders", "schema": "shop", "table": "Order",
                                 "id": "id", "triggers": {"end_of_contract": "delivered_on"}}]});
    let expected = [
        (
            Dialect::Postgres,
            r#"DELETE FROM "shop"."Order" WHERE "delivered_on" <= $1"#,
        ),
        (
            Dialect::Sqlite,
            r#"DELETE FROM "shop"."Order" WHERE "delivered_on" <= ?1"#,
        ),
        (
            Dialect::Mysql,
            "DELETE FROM `shop`.`Order` WHERE `delivered_on` <= ?",
        ),
        (
            Dialect::Ansi,
            r#"DELETE FROM "shop"."Order" WHERE "delivered_on" <= ?"#,
        ),
        (
            Dialect::Datafusion,
            r#"DELETE FROM "shop"."Order" WHERE "delivered_on" <= $1"#,
        ),
        (
            Dialect::Spark,
            "DELETE FROM `shop`.`Order` WHERE `delivered_on` <= ?",
        ),
    ];
    for (dialect, delete) in expected {
        let out = sql(&policy, day(2026, 11, 27), map.clone(), dialect);
        assert_eq!(out.actions.len(), 1, "{dialect}");
        let action = &out.actions[0];
        assert_eq!(action.scope, Scope::Rows);
        assert_eq!(action.apply[0].sql, delete);
        // Delivered two years ago today is due today: the bound is inclusive.
        assert_eq!(action.apply[0].params, [day(2024, 11, 27)]);
        assert_eq!(action.select.params, action.apply[0].params);
        assert!(
            action.select.sql.starts_with("SELECT "),
            "{}",
            action.select.sql
        );
    }
}

#[test]
fn a_delete_never_reaches_rows_a_legal_duty_still_keeps() {
    let policy = crm("P7Y", Some("legal_duty"));
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [invoices_table(true)]}),
        Dialect::Postgres,
    );
    let rows = out.actions.iter().find(|a| a.scope == Scope::Rows).unwrap();
    assert_eq!(
        rows.apply[0].sql,
        r#"DELETE FROM "invoices" WHERE "contract_end" <= $1 AND "invoice_date" <= $2"#
    );
    // Contracts ended by 27 Nov 2024; invoices of years ended by 31 Dec 2018.
    assert_eq!(rows.apply[0].params, [day(2024, 11, 27), day(2018, 12, 31)]);
    assert_eq!(rows.guards, ["activities[0].retention[1]"]);
    // The contact details the duty does not keep go where the row must stay.
    let columns = out
        .actions
        .iter()
        .find(|a| a.scope == Scope::Columns)
        .unwrap();
    assert_eq!(columns.data_categories, ["contact"]);
    assert_eq!(
        columns.apply[0].sql,
        r#"UPDATE "invoices" SET "customer_name" = NULL, "customer_email" = NULL WHERE "contract_end" <= $1"#
    );
    assert!(columns.guards.is_empty());
}

#[test]
fn without_the_columns_of_the_data_a_duty_does_not_keep_the_mapping_is_refused() {
    let policy = crm("P7Y", Some("legal_duty"));
    let err = retention_sql(
        &plan(&policy, day(2026, 11, 27)),
        &mapping(json!({"tables": [invoices_table(false)]})),
        Dialect::Postgres,
    )
    .unwrap_err();
    assert!(
        matches!(&err, SqlError::MissingColumns { category, path, .. } if category == "contact" && path == "tables[0].columns"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "tables[0].columns: activities[0].retention[0] must erase `contact` without deleting the row (the row holds other data, or a legal duty keeps part of it): list the columns that hold `contact`"
    );
}

#[test]
fn a_column_that_also_holds_data_a_duty_keeps_is_kept_with_them() {
    let policy = crm("P7Y", Some("legal_duty"));
    let mut table = invoices_table(true);
    // The customer's name is printed on the invoice: it belongs to both categories.
    table["columns"] = json!({"contact": ["customer_name", "customer_email"],
                              "invoices": ["customer_name", "amount"]});
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [table]}),
        Dialect::Postgres,
    );
    let columns = out
        .actions
        .iter()
        .find(|a| a.scope == Scope::Columns)
        .unwrap();
    assert_eq!(columns.guards, ["activities[0].retention[1]"]);
    assert!(
        columns.apply[0]
            .sql
            .ends_with(r#"AND "invoice_date" <= $2"#),
        "{}",
        columns.apply[0].sql
    );
}

#[test]
fn a_guard_the_due_condition_implies_is_left_out() {
    // A maximum and a duty of the same seven years from the same year end.
    let policy = one_activity(
        "books",
        "invoices",
        json!([
            {"data_categories": ["invoices"], "period": "P7Y", "from": "end_of_financial_year",
             "then": "erase", "kind": "legal_duty", "legal_reference": "Art. 52(4) AWR"},
            {"period": "P7Y", "from": "end_of_financial_year", "then": "erase",
             "kind": "maximum", "legal_reference": "Art. 52(4) AWR"}
        ]),
    );
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [{"activity": "books", "table": "invoices", "id": "id",
                           "triggers": {"end_of_financial_year": "invoice_date"}}]}),
        Dialect::Sqlite,
    );
    assert_eq!(out.actions.len(), 1);
    assert_eq!(
        out.actions[0].apply[0].sql,
        r#"DELETE FROM "invoices" WHERE "invoice_date" <= ?1"#
    );
    assert!(out.actions[0].guards.is_empty());
}

#[test]
fn a_duty_of_another_activity_guards_a_table_they_share() {
    let policy = crm("P7Y", Some("legal_duty"));
    // One customers table holds the newsletter's contact and the billing contact.
    let customers = |activity: &str| {
        json!({"activity": activity, "table": "customers", "id": "customer_id",
               "data_categories": ["contact"],
               "columns": {"contact": ["name", "email"]},
               "triggers": {"consent_withdrawn": "unsubscribed_on",
                            "end_of_contract": "contract_end",
                            "end_of_financial_year": "last_invoice_date"}})
    };
    let mut billing = customers("billing");
    billing["data_categories"] = json!(["contact", "invoices"]);
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [customers("newsletter"), billing]}),
        Dialect::Postgres,
    );
    let newsletter: Vec<_> = out
        .actions
        .iter()
        .filter(|a| a.activity == "newsletter")
        .collect();
    // The row also holds billing's invoices: the newsletter erases only its columns.
    assert_eq!(newsletter.len(), 1);
    assert_eq!(newsletter[0].scope, Scope::Columns);
    assert_eq!(
        newsletter[0].apply[0].sql,
        r#"UPDATE "customers" SET "name" = NULL, "email" = NULL WHERE "unsubscribed_on" <= $1"#
    );
    // Billing's maximum deletes whole rows, but not while the fiscal duty keeps the invoices.
    let billing_rows = out
        .actions
        .iter()
        .find(|a| a.activity == "billing" && a.scope == Scope::Rows)
        .unwrap();
    assert_eq!(billing_rows.guards, ["activities[0].retention[1]"]);
    assert!(billing_rows.apply[0]
        .sql
        .ends_with(r#"AND "last_invoice_date" <= $2"#));
}

/// The CRM's SQL when its fiscal rule names the law but not whether it keeps.
fn sql_with_kind_unstated() -> RetentionSql {
    sql(
        &crm("P7Y", None),
        day(2026, 11, 27),
        json!({"tables": [invoices_table(true)]}),
        Dialect::Postgres,
    )
}

#[test]
fn a_rule_that_may_be_a_duty_withholds_what_it_may_keep() {
    // The law is named but not whether it keeps: nothing it may cover is erased.
    let out = sql_with_kind_unstated();
    assert!(out.actions.iter().all(|a| a.activity != "billing"));
    let withheld = out
        .withheld
        .iter()
        .find(|w| w.activity == "billing")
        .unwrap();
    assert_eq!(withheld.reason, WithheldReason::GuardNeedsReview);
    assert_eq!(
        withheld.guard.as_deref(),
        Some("activities[0].retention[1]")
    );
    assert_eq!(
        withheld.questions[0].field,
        "activities[0].retention[1].kind"
    );
    // The newsletter has no table: said, not dropped.
    let newsletter = out
        .withheld
        .iter()
        .find(|w| w.activity == "newsletter")
        .unwrap();
    assert_eq!(newsletter.reason, WithheldReason::NotMapped);
}

#[test]
fn without_the_financial_year_a_year_end_rule_is_withheld_not_guessed() {
    let policy = crm("P7Y", Some("legal_duty"));
    let plan = retention_plan(&policy, day(2026, 11, 27), None).unwrap();
    let out = retention_sql(
        &plan,
        &mapping(json!({"tables": [invoices_table(true)]})),
        Dialect::Postgres,
    )
    .unwrap();
    assert!(out.actions.is_empty());
    assert_eq!(out.withheld[0].reason, WithheldReason::GuardNeedsReview);
    assert_eq!(out.withheld[0].questions[0].field, "financial_year");
}

#[test]
fn anonymising_sets_the_columns_to_null_and_keeps_the_rows() {
    let policy = one_activity(
        "survey",
        "contact",
        json!([{"period": "P6M", "from": "collection", "then": "anonymise"}]),
    );
    let out = sql(
        &policy,
        day(2026, 8, 31),
        json!({"tables": [{"activity": "survey", "table": "answers", "id": "id",
                           "columns": {"contact": ["email"]},
                           "triggers": {"collection": "answered_on"}}]}),
        Dialect::Mysql,
    );
    assert_eq!(
        out.actions[0].apply[0].sql,
        "UPDATE `answers` SET `email` = NULL WHERE `answered_on` <= ?"
    );
    // 28 February + P6M = 28 August is due on 31 August; 1 March + P6M = 1 September is not.
    assert_eq!(out.actions[0].apply[0].params, [day(2026, 2, 28)]);
}

#[test]
fn archiving_copies_then_deletes_and_needs_its_table() {
    let policy = one_activity(
        "permits",
        "file",
        json!([{"period": "P20Y", "from": "file_closed", "then": "archive"}]),
    );
    let table = json!({"activity": "permits", "table": "permits", "id": "id",
                       "triggers": {"file_closed": "closed_on"}});
    let err = retention_sql(
        &plan(&policy, day(2026, 11, 27)),
        &mapping(json!({"tables": [table.clone()]})),
        Dialect::Ansi,
    )
    .unwrap_err();
    assert!(matches!(err, SqlError::NoArchiveTable { .. }), "{err}");
    let mut with_archive = table;
    with_archive["archive_table"] = json!("permits_archive");
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [with_archive]}),
        Dialect::Ansi,
    );
    let sqls: Vec<_> = out.actions[0]
        .apply
        .iter()
        .map(|s| s.sql.as_str())
        .collect();
    assert_eq!(
        sqls,
        [
            r#"INSERT INTO "permits_archive" SELECT * FROM "permits" WHERE "closed_on" <= ?"#,
            r#"DELETE FROM "permits" WHERE "closed_on" <= ?"#
        ]
    );
}

#[test]
fn names_that_are_not_plain_identifiers_are_refused_with_their_path() {
    let policy = crm("P7Y", Some("legal_duty"));
    let plan = plan(&policy, day(2026, 11, 27));
    let cases = [
        (
            json!({"table": "invoices; DROP TABLE users"}),
            "tables[0].table",
        ),
        (json!({"id": "id\" OR 1=1 --"}), "tables[0].id"),
        (
            json!({"triggers": {"end_of_contract": "2024-01-01"}}),
            "tables[0].triggers.end_of_contract",
        ),
        (json!({"schema": "a.b"}), "tables[0].schema"),
        (
            json!({"columns": {"contact": ["name`"]}}),
            "tables[0].columns.contact[0]",
        ),
    ];
    for (change, at) in cases {
        let mut table = invoices_table(true);
        for (k, v) in change.as_object().unwrap() {
            table[k] = v.clone();
        }
        let err = retention_sql(
            &plan,
            &mapping(json!({"tables": [table]})),
            Dialect::Postgres,
        )
        .unwrap_err();
        assert!(
            matches!(&err, SqlError::InvalidIdentifier { path, .. } if path == at),
            "{at}: {err}"
        );
    }
}

#[test]
fn mappings_that_do_not_fit_the_plan_are_refused() {
    let policy = crm("P7Y", Some("legal_duty"));
    let plan = plan(&policy, day(2026, 11, 27));
    let refuse = |map: serde_json::Value| {
        retention_sql(&plan, &mapping(map), Dialect::Postgres).unwrap_err()
    };
    let mut unknown = invoices_table(true);
    unknown["activity"] = json!("payroll");
    assert!(matches!(
        refuse(json!({"tables": [unknown]})),
        SqlError::UnknownActivity { .. }
    ));
    let mut category = invoices_table(true);
    category["data_categories"] = json!(["salary"]);
    assert!(matches!(
        refuse(json!({"tables": [category]})),
        SqlError::UnknownDataCategory { .. }
    ));
    assert!(matches!(
        refuse(json!({"tables": [invoices_table(true), invoices_table(true)]})),
        SqlError::DuplicateTable { .. }
    ));
    let mut reserved = invoices_table(true);
    reserved["columns"] = json!({"invoices": ["invoice_date"]});
    assert!(matches!(
        refuse(json!({"tables": [reserved]})),
        SqlError::ReservedColumn { .. }
    ));
    let mut no_trigger = invoices_table(true);
    no_trigger["triggers"] = json!({"end_of_contract": "contract_end"});
    let err = refuse(json!({"tables": [no_trigger]}));
    assert_eq!(
        err.to_string(),
        "tables[0].triggers: no column for `end_of_financial_year`, the event activities[0].retention[1] runs from"
    );
}

#[test]
fn a_duty_longer_than_the_calendar_keeps_every_row_and_says_so() {
    let policy = crm("P999999999Y", Some("legal_duty"));
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [invoices_table(true)]}),
        Dialect::Postgres,
    );
    // The contact columns still go; the rows stay.
    let billing: Vec<_> = out
        .actions
        .iter()
        .filter(|a| a.activity == "billing")
        .collect();
    assert_eq!(billing.len(), 1);
    assert_eq!(billing[0].scope, Scope::Columns);
    let invoices_only = crm("P999999999Y", Some("legal_duty"));
    let out = sql(
        &invoices_only,
        day(2026, 11, 27),
        json!({"tables": [{"activity": "billing", "table": "invoices", "id": "id",
                           "data_categories": ["invoices"],
                           "triggers": {"end_of_contract": "contract_end",
                                        "end_of_financial_year": "invoice_date"}}]}),
        Dialect::Postgres,
    );
    assert!(out.actions.is_empty());
    assert_eq!(out.withheld[0].reason, WithheldReason::AllProtected);
}

#[test]
fn the_script_shows_each_statement_with_its_parameters() {
    let policy = crm("P7Y", Some("legal_duty"));
    let out = sql(
        &policy,
        day(2026, 11, 27),
        json!({"tables": [invoices_table(true)]}),
        Dialect::Postgres,
    );
    let script = out.script(Language::English);
    assert!(script.contains(
        "DELETE FROM \"invoices\" WHERE \"contract_end\" <= $1 AND \"invoice_date\" <= $2;  -- params: [2024-11-27, 2018-12-31]"
    ), "{script}");
    assert!(script.contains("-- withheld: activities[1].retention[0] (newsletter): no table of the mapping holds its data"));
    assert!(
        script.contains("unless kept by activities[0].retention[1]"),
        "{script}"
    );
    // The same statements, with Dutch comments.
    let dutch = out.script(Language::Dutch);
    assert!(dutch.contains(
        "DELETE FROM \"invoices\" WHERE \"contract_end\" <= $1 AND \"invoice_date\" <= $2;  -- parameters: [2024-11-27, 2018-12-31]"
    ), "{dutch}");
    assert!(dutch.contains(
        "-- achtergehouden: activities[1].retention[0] (newsletter): geen tabel van de tabeltoewijzing bevat haar gegevens"
    ), "{dutch}");
    assert!(
        dutch.contains("tenzij bewaard door activities[0].retention[1]"),
        "{dutch}"
    );
}

#[test]
fn rendering_the_sql_words_its_withheld_reasons_and_questions_and_keeps_the_statements() {
    // The law is named but not whether it keeps: the invoices' statements wait for it.
    let out = sql_with_kind_unstated();
    let mut dutch = out.clone();
    dutch.render(Language::Dutch);
    let guarded = dutch
        .withheld
        .iter()
        .find(|w| w.reason == WithheldReason::GuardNeedsReview)
        .unwrap();
    assert_eq!(
        guarded.message.as_deref(),
        Some("een regel die deze gegevens kan bewaren, moet nader worden onderzocht")
    );
    let kind = &guarded.questions[0];
    assert_eq!(kind.code, QuestionCode::RetentionKind);
    assert!(
        kind.message
            .as_deref()
            .unwrap()
            .starts_with("verplicht `Art. 52(4) AWR` tot bewaring"),
        "{kind:?}"
    );
    // Only the words change.
    let mut english = out.clone();
    english.render(Language::English);
    assert_eq!(dutch.actions, out.actions);
    let strip = |mut s: RetentionSql| {
        for w in &mut s.withheld {
            w.message = None;
            for q in &mut w.questions {
                q.message = None;
            }
        }
        s
    };
    assert_eq!(strip(dutch), strip(english.clone()));
    assert_eq!(strip(english), out);
    let script = out.script(Language::English);
    assert!(
        script.contains("--   does `Art. 52(4) AWR` require these data to be kept (`legal_duty`)"),
        "{script}"
    );
}

/// The conditions of a statement: `"column" <= $n` joined by `AND`.
fn conditions(statement: &gdpr::sql::Statement) -> Vec<(String, NaiveDate)> {
    let (_, clause) = statement.sql.split_once(" WHERE ").unwrap();
    clause
        .split(" AND ")
        .zip(&statement.params)
        .map(|(c, p)| {
            let (column, _) = c.split_once(" <= ").unwrap();
            (column.trim_matches('"').to_owned(), *p)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Row by row, the generated conditions select exactly the rows `due_date` makes due
    /// under the maximum and frees from the duty: for any dates, periods and year end.
    #[test]
    fn the_selected_rows_are_exactly_those_due_date_finds(
        as_of in 0i64..20_000,
        rows in proptest::collection::vec((proptest::option::of(0i64..20_000), 0i64..20_000), 1..40),
        max_months in 0u32..100,
        duty_months in 0u32..100,
        year_end in 1u32..=12,
    ) {
        let base = day(1990, 1, 1);
        let at = |n: i64| base + chrono::Days::new(n as u64);
        let as_of = at(as_of);
        let mut policy = crm("P7Y", Some("legal_duty"));
        policy.activities[0].retention[0].period = Some(gdpr::Period::months(max_months));
        policy.activities[0].retention[1].period = Some(gdpr::Period::months(duty_months));
        let fy = FinancialYear::ending_in(year_end).unwrap();
        let plan = retention_plan(&policy, as_of, Some(fy)).unwrap();
        let out = retention_sql(&plan, &mapping(json!({"tables": [invoices_table(true)]})), Dialect::Postgres).unwrap();
        let maximum = &policy.activities[0].retention[0];
        let duty = &policy.activities[0].retention[1];
        for (contract_end, invoice_date) in rows {
            let contract_end = contract_end.map(at);
            let invoice_date = at(invoice_date);
            let row: BTreeMap<&str, Option<NaiveDate>> = BTreeMap::from([
                ("contract_end", contract_end),
                ("invoice_date", Some(invoice_date)),
            ]);
            let due = contract_end.is_some_and(|t| due_date(maximum, t).unwrap() <= as_of);
            let duty_over = due_date(duty, fy.end_of(invoice_date).unwrap()).unwrap() <= as_of;
            for action in &out.actions {
                let as_data: Vec<(String, NaiveDate)> = action
                    .conditions
                    .iter()
                    .map(|c| (c.column.clone(), c.on_or_before))
                    .collect();
                prop_assert_eq!(&conditions(&action.select), &as_data);
                let selected = conditions(&action.select)
                    .iter()
                    .all(|(column, bound)| row[column.as_str()].is_some_and(|v| v <= *bound));
                let expected = match action.scope {
                    Scope::Rows => due && duty_over,
                    Scope::Columns => due,
                };
                prop_assert_eq!(selected, expected, "{:?} {:?} {}", contract_end, invoice_date, action.select.sql);
            }
            // Whatever the plan, a row the duty still keeps is never deleted.
            if !duty_over {
                for action in out.actions.iter().filter(|a| a.scope == Scope::Rows) {
                    let deleted = conditions(&action.apply[0])
                        .iter()
                        .all(|(column, bound)| row[column.as_str()].is_some_and(|v| v <= *bound));
                    prop_assert!(!deleted);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A sweep with a financial year takes the record's own date and agrees with `due_date`
    /// on the derived year end; `try_due` agrees with `due` and passes every error on.
    #[test]
    fn a_sweep_with_a_financial_year_agrees_with_due_date_on_the_year_end(
        today in 0i64..20_000,
        dates in proptest::collection::vec(0i64..20_000, 1..60),
        months in 0u32..120,
        year_end in 1u32..=12,
        failing in proptest::collection::vec(any::<bool>(), 60),
    ) {
        use gdpr::assess::{RetentionError, RetentionSweep};
        let base = day(1990, 1, 1);
        let at = |n: i64| base + chrono::Days::new(n as u64);
        let today = at(today);
        let rule = gdpr::RetentionRule {
            data_categories: vec![],
            period: Some(gdpr::Period::months(months)),
            from: Some(gdpr::RetentionTrigger::EndOfFinancialYear),
            then: gdpr::RetentionAction::Erase,
            kind: None, legal_reference: None, criteria: None, source: None,
        };
        let fy = FinancialYear::ending_in(year_end).unwrap();
        let sweep = RetentionSweep::new(&rule, today).unwrap().with_financial_year(fy).unwrap();
        let dates: Vec<NaiveDate> = dates.into_iter().map(at).collect();
        for d in &dates {
            let expected = due_date(&rule, fy.end_of(*d).unwrap()).unwrap() <= today;
            prop_assert_eq!(sweep.is_due(*d), expected, "{} {}", d, today);
            prop_assert_eq!(sweep.last_due_trigger().is_some_and(|l| *d <= l), expected);
        }
        let rows: Vec<Result<NaiveDate, RetentionError>> = dates
            .iter()
            .zip(&failing)
            .map(|(d, f)| if *f { Err(RetentionError::OutOfRange) } else { Ok(*d) })
            .collect();
        let out: Vec<_> = sweep.try_due(rows.clone(), |d| Ok(Some(*d))).collect();
        let expected: Vec<_> = rows
            .into_iter()
            .filter(|r| r.as_ref().map_or(true, |d| sweep.is_due(*d)))
            .collect();
        prop_assert_eq!(out, expected);
    }
}

fn schema_on_disk(name: &str) -> serde_json::Value {
    let path = format!("{}/schema/{name}.schema.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn assert_valid(schema: &str, instance: &impl serde::Serialize, what: &str) {
    let validator = jsonschema::validator_for(&schema_on_disk(schema)).unwrap();
    let value = serde_json::to_value(instance).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not validate against {schema}: {errors:#?}"
    );
}

#[test]
fn plans_mappings_and_statements_validate_against_their_schemas() {
    for seed in common::SEEDS {
        let policy = common::seed(seed);
        for fy in [None, Some(FinancialYear::CALENDAR_YEAR)] {
            let plan = retention_plan(&policy, day(2026, 11, 27), fy).unwrap();
            assert_valid("retention_plan", &plan, seed);
        }
    }
    let policy = crm("P7Y", Some("legal_duty"));
    let map = json!({"tables": [invoices_table(true)]});
    assert_valid("sql_mapping", &mapping(map.clone()), "mapping");
    for dialect in Dialect::ALL {
        let out = sql(&policy, day(2026, 11, 27), map.clone(), dialect);
        assert_valid("retention_sql", &out, dialect.as_str());
    }
    let unclear = retention_sql(
        &retention_plan(&crm("P7Y", None), day(2026, 11, 27), None).unwrap(),
        &mapping(map),
        Dialect::Sqlite,
    )
    .unwrap();
    assert_valid("retention_sql", &unclear, "withheld");
}
