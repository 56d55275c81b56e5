//! JSON Schemas for the documents this crate reads and writes, generated from the types.
//!
//! The same schemas are checked in under `schema/` for services not written in Rust;
//! regenerate them with `cargo run --example export_schemas` after changing a public type
//! (a test fails while they drift).
//!
//! They are JSON Schema 2020-12 that every common validator accepts as they are: no format
//! beyond `date` and `date-time` (integers are bounded with `minimum` and `maximum`),
//! patterns in the syntax RE2, ECMAScript and Python share (no look-around), `propertyNames`
//! on every map, a `title` on every variant of a `oneOf` (generators name their classes after
//! it) and descriptions in prose, without Rust examples. Dates and date-times carry the
//! `pattern` of the one spelling the reader accepts, so a validator that skips `format`
//! agrees with it too. CI validates the schemas and sample documents with Python `jsonschema`
//! and Ajv in strict mode as well as the Rust `jsonschema` crate.

use schemars::{json_schema, schema_for, JsonSchema, Schema, SchemaGenerator};

use crate::limits::{MAX_DOCUMENT_BYTES, MAX_NESTING};

mod portable;
mod prose;

/// Every exported schema, by file stem: `policy` is written to `schema/policy.schema.json`.
///
/// # Examples
///
/// ```
/// let names: Vec<_> = gdpr::schema::all().into_iter().map(|(name, _)| name).collect();
/// assert!(names.contains(&"policy"));
/// ```
pub fn all() -> Vec<(&'static str, Schema)> {
    let mut all = documents();
    for (name, schema) in &mut all {
        make_portable(schema);
        note_what_the_schema_cannot_say(name, schema);
    }
    all
}

/// Rewrites a schema that schemars generated the way every schema of [`all`] is written, so
/// that validators and code generators in other languages read it as the crate's reader reads
/// documents: integer formats become `minimum` and `maximum`, dates and date-times get the
/// `pattern` of their one accepted spelling, each variant of a `oneOf` or `anyOf` gets a
/// `title`, and descriptions lose their Rust examples and rustdoc links.
///
/// For a document of your own that embeds the crate's types (the `gdpr` command-line tool
/// uses it for what it prints around them).
///
/// # Examples
///
/// ```
/// use schemars::schema_for;
///
/// let mut schema = schema_for!(gdpr::assess::HoursDeadline);
/// gdpr::schema::make_portable(&mut schema);
/// let hours = &schema.as_value()["properties"]["hours"];
/// assert_eq!(hours.get("format"), None); // schemars wrote `uint32`
/// assert_eq!(hours["maximum"], u32::MAX);
/// ```
pub fn make_portable(schema: &mut Schema) {
    if let Some(object) = schema.as_object_mut() {
        portable::make_portable(object);
    }
}

/// Appends to a schema's description the rules the reader enforces and a JSON Schema cannot
/// express, so that a service validating with the schema knows what else is refused.
fn note_what_the_schema_cannot_say(name: &str, schema: &mut Schema) {
    let mut note = format!(
        "Read by the gdpr library or its command-line tool, a document is also refused for what this schema cannot express: a key repeated within one object, more than {} MiB of text, nesting deeper than {MAX_NESTING} levels.",
        MAX_DOCUMENT_BYTES >> 20
    );
    if name == "policy" {
        note.push_str(" That ids are unique within their list and that every reference names a declared element is checked by validation (`gdpr validate`, findings `duplicate_id`, `dangling_reference`), not by this schema or the reader.");
    }
    let description = match schema.get("description").and_then(|d| d.as_str()) {
        Some(text) => format!("{text}\n\n{note}"),
        None => note,
    };
    schema.insert("description".to_owned(), description.into());
}

/// The schema of a map keyed by the names of the enum `K`: serde refuses any other key, and
/// `propertyNames` says so, which schemars leaves out for maps.
pub(crate) fn map_keyed_by<K: JsonSchema, V: JsonSchema>(
    generator: &mut SchemaGenerator,
) -> Schema {
    json_schema!({
        "type": "object",
        "propertyNames": generator.subschema_for::<K>(),
        "additionalProperties": generator.subschema_for::<V>(),
    })
}

fn documents() -> Vec<(&'static str, Schema)> {
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
        ("breach_request", schema_for!(crate::PersonalDataBreach)),
        (
            "breach_decision",
            schema_for!(crate::assess::BreachDecision),
        ),
        ("time_limit", schema_for!(crate::assess::TimeLimit)),
        ("calendar", schema_for!(crate::assess::Calendar)),
        ("notice_check", schema_for!(crate::notice::NoticeCheck)),
        ("notice_audit", schema_for!(crate::notice::NoticeAudit)),
        ("retention_plan", schema_for!(crate::assess::RetentionPlan)),
        ("sql_mapping", schema_for!(crate::sql::SqlMapping)),
        ("retention_sql", schema_for!(crate::sql::RetentionSql)),
    ]
}
