//! JSON Schemas for the documents this crate reads and writes, generated from the types.
//!
//! The same schemas are checked in under `schema/` for services not written in Rust;
//! regenerate them with `cargo run --example export_schemas` after changing a public type
//! (a test fails while they drift).

use schemars::{schema_for, Schema};

/// Every exported schema, by file stem: `policy` is written to `schema/policy.schema.json`.
///
/// # Examples
///
/// ```
/// let names: Vec<_> = gdpr::schema::all().into_iter().map(|(name, _)| name).collect();
/// assert!(names.contains(&"policy"));
/// ```
pub fn all() -> Vec<(&'static str, Schema)> {
    vec![
        ("policy", schema_for!(crate::Policy)),
        ("adequacy_registry", schema_for!(crate::AdequacyRegistry)),
        ("validation_report", schema_for!(crate::ValidationReport)),
        (
            "erasure_request",
            schema_for!(crate::assess::ErasureRequest),
        ),
        (
            "erasure_decision",
            schema_for!(crate::assess::ErasureDecision),
        ),
        (
            "rights_decision",
            schema_for!(crate::assess::RightsDecision),
        ),
        (
            "objection_request",
            schema_for!(crate::assess::ObjectionRequest),
        ),
        (
            "objection_decision",
            schema_for!(crate::assess::ObjectionDecision),
        ),
        (
            "restriction_request",
            schema_for!(crate::assess::RestrictionRequest),
        ),
        (
            "restriction_decision",
            schema_for!(crate::assess::RestrictionDecision),
        ),
        (
            "transfer_request",
            schema_for!(crate::assess::TransferRequest),
        ),
        (
            "transfer_decision",
            schema_for!(crate::assess::TransferDecision),
        ),
        (
            "request_deadlines",
            schema_for!(crate::assess::RequestDeadlines),
        ),
        ("hours_deadline", schema_for!(crate::assess::HoursDeadline)),
        ("time_limit", schema_for!(crate::assess::TimeLimit)),
        ("calendar", schema_for!(crate::assess::Calendar)),
        ("notice_check", schema_for!(crate::notice::NoticeCheck)),
        ("retention_plan", schema_for!(crate::assess::RetentionPlan)),
        ("sql_mapping", schema_for!(crate::sql::SqlMapping)),
        ("retention_sql", schema_for!(crate::sql::RetentionSql)),
    ]
}
