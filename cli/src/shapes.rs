//! The JSON the command prints around the library's documents, and its schemas: the error
//! object, `notice`'s output, and the lines of `retention`. `gdpr schema` prints them beside
//! the library's; they are checked in under `schema/` as `cli_*.schema.json`.

use schemars::{schema_for, Schema};

use crate::command::notice::NoticeOutput;
use crate::command::retention::{Due, SummaryLine};
use crate::error::ErrorLine;

/// The command's own schemas, by file stem, written as the library writes its own.
pub fn all() -> Vec<(&'static str, Schema)> {
    let mut all = vec![
        ("cli_error", schema_for!(ErrorLine<'static>)),
        ("cli_notice", schema_for!(NoticeOutput)),
        ("cli_retention_record", schema_for!(Due<'static>)),
        ("cli_retention_summary", schema_for!(SummaryLine<'static>)),
    ];
    for (_, schema) in &mut all {
        gdpr::schema::make_portable(schema);
    }
    all
}
