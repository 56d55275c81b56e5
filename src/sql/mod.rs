//! SQL from a retention plan: the statements a CRM runs to erase, anonymise or archive what
//! is due, in its own database, without moving a row into Rust.
//!
//! Three steps take a policy to a `DELETE`:
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{retention_plan, FinancialYear};
//! use gdpr::sql::{retention_sql, Dialect, SqlMapping};
//! use gdpr::Policy;
//!
//! # let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json"))?;
//! let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//! // 1. What each rule means today: a cutoff per rule, inclusive on the due side.
//! let plan = retention_plan(&policy, as_of, Some(FinancialYear::CALENDAR_YEAR))?;
//! // 2. Where the data are: tables, id and trigger-date columns (JSON or Rust).
//! let mapping: SqlMapping = gdpr::from_json(r#"{"tables": [{
//!     "activity": "orders", "table": "orders", "id": "order_id",
//!     "triggers": {"end_of_contract": "delivered_on"}}]}"#)?;
//! // 3. The statements, with bind parameters only.
//! let sql = retention_sql(&plan, &mapping, Dialect::Postgres)?;
//! let delete = &sql.actions[0].apply[0];
//! assert_eq!(delete.sql, r#"DELETE FROM "orders" WHERE "delivered_on" <= $1"#);
//! assert_eq!(delete.params, [NaiveDate::from_ymd_opt(2024, 11, 27).unwrap()]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Every comparison is `trigger_column <= ?`: the parameter is the last trigger date that is
//! due ([`Cutoff::DueIfTriggerOnOrBefore`]), inclusive. A row whose trigger column is `NULL`
//! (the event has not happened) is never due.
//!
//! # Legal duties guard every statement
//!
//! A maximum's statements never touch a row that a legal duty to keep still protects
//! (Art. 17(3)(b)). For each table, every duty of every activity mapped to that table that
//! covers data in it adds `AND duty_trigger_column <= ?` (the duty has ended; `NULL`, a duty
//! not yet started, fails it). Where a duty protects only some of a row's data, the row stays
//! and the other data due are set to `NULL` column by column, which needs their `columns`
//! in the mapping; a guard the due condition already implies (same column, a cutoff no
//! earlier) is left out. A rule that may be a duty but needs review withholds the statements
//! of the tables it may cover ([`Withheld`]), as does a maximum that needs review itself.
//!
//! A whole row is deleted (or archived) only when the rule covers every data category that
//! the row holds for every activity mapped to the table; otherwise the rule's categories are
//! set to `NULL` column by column. Anonymising is always column by column. A derived trigger
//! needs no SQL function: for a rule from the end of the financial year the parameter is a
//! year end, and the column may hold the record's own date (the invoice date) or its year end.
//!
//! # Dialects and names
//!
//! PostgreSQL, SQLite, MySQL, standard SQL, DataFusion and Spark SQL differ here only in the
//! quoting of names and the writing of parameters ([`Dialect`]). Names in the mapping must be
//! plain identifiers (letters, digits and `_`, not starting with a digit, at most 63 bytes)
//! and are always quoted, so they keep their case: give them as the database stores them
//! (PostgreSQL and DataFusion fold unquoted names to lower case). Parameters are dates; SQLite
//! gets them as ISO 8601 text and must store dates that way.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assess::{Cutoff, OpenQuestion};
use crate::explain::{Language, Phrase};
use crate::{RetentionAction, RetentionTrigger};

mod build;
mod dialect;

pub use build::retention_sql;
pub use dialect::Dialect;

/// Where a policy's data are stored: the tables of each activity, with their id and
/// trigger-date columns. Read it from JSON with `gdpr::from_json`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a SQL mapping object")]
pub struct SqlMapping {
    /// The tables, each for one activity. A table that holds the data of several activities
    /// is listed once per activity.
    pub tables: Vec<TableMapping>,
}

/// One table holding data of one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a table mapping object")]
pub struct TableMapping {
    /// The activity whose data the table holds.
    pub activity: String,
    /// The schema (PostgreSQL schema, MySQL database), if the table is not in the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The table.
    pub table: String,
    /// The column that identifies a row: what the `SELECT` returns.
    pub id: String,
    /// The activity's data categories stored in this table; empty means all of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_categories: Vec<String>,
    /// For each data category that can be erased without deleting the row, the columns
    /// that hold it (set to `NULL`). Needed to anonymise, and where a rule or a duty covers
    /// only part of a row.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(schema_with = "crate::schema::map_keyed_by::<String, Vec<String>>")]
    pub columns: BTreeMap<String, Vec<String>>,
    /// For each event a rule of the activity runs from, the column holding its date (`DATE`;
    /// ISO 8601 text in SQLite); `NULL` when it has not happened. For `end_of_contract`, the
    /// contract's last day; for `end_of_financial_year`, the record's own date (an invoice
    /// date) or its year end, which compare alike.
    #[schemars(schema_with = "crate::schema::map_keyed_by::<RetentionTrigger, String>")]
    pub triggers: BTreeMap<RetentionTrigger, String>,
    /// Where archived rows go (same columns, same schema): `INSERT INTO` it, then `DELETE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_table: Option<String>,
}

/// The statements of a plan for one dialect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a retention SQL object")]
#[non_exhaustive]
pub struct RetentionSql {
    /// The dialect the statements are written in.
    pub dialect: Dialect,
    /// The plan's date: the parameters are its cutoffs.
    pub as_of: NaiveDate,
    /// What to run, per maximum and table. Run each action's `apply` statements in order,
    /// in one transaction.
    pub actions: Vec<SqlAction>,
    /// The maximums for which no statement is given, and why.
    pub withheld: Vec<Withheld>,
}

/// The statements that apply one maximum to one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a SQL action object")]
#[non_exhaustive]
pub struct SqlAction {
    /// The activity.
    pub activity: String,
    /// The maximum's JSON path in the policy.
    pub rule: String,
    /// The table's JSON path in the mapping, e.g. `tables[0]`.
    pub mapping: String,
    /// The table, as `schema.table` or `table`.
    pub table: String,
    /// What the statements do to the data.
    pub then: RetentionAction,
    /// Whole rows, or some columns of them.
    pub scope: Scope,
    /// The data categories the statements erase, anonymise or archive.
    pub data_categories: Vec<String>,
    /// For `columns`: the columns set to `NULL`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    /// The legal duties (JSON paths in the policy) whose end the statements require.
    pub guards: Vec<String>,
    /// The statements' `WHERE` clause as data, for engines that take no SQL (a DataFrame
    /// filter, a Parquet scan): a row is changed when every condition holds.
    pub conditions: Vec<Condition>,
    /// `SELECT` of the ids of the rows the statements change.
    pub select: Statement,
    /// The statements that apply the action, in order: a `DELETE`, an `UPDATE … SET … =
    /// NULL`, or an `INSERT INTO archive SELECT` and a `DELETE`.
    pub apply: Vec<Statement>,
}

/// `column <= on_or_before`: true for a row whose date in `column` is on or before the day,
/// false for a later date and for `NULL` (the event has not happened).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a condition object")]
pub struct Condition {
    /// The date column.
    pub column: String,
    /// The last date that satisfies the condition (inclusive).
    pub on_or_before: NaiveDate,
    /// The rule whose cutoff it is (JSON path in the policy): the maximum, or a duty that
    /// must have ended.
    pub rule: String,
}

/// Whether an action changes whole rows or some columns.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Whole rows are deleted (or archived).
    Rows,
    /// Some columns are set to `NULL`; the rows stay.
    Columns,
}

/// One SQL statement and its bind parameters, in the order of the placeholders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a SQL statement object")]
pub struct Statement {
    /// The statement, with placeholders (`$1`, `?1` or `?`) for every value.
    pub sql: String,
    /// The values to bind, all dates (`DATE`; ISO 8601 text in SQLite).
    pub params: Vec<NaiveDate>,
}

/// A maximum for which no statement is given, for one table or for all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a withheld object")]
#[non_exhaustive]
pub struct Withheld {
    /// The activity.
    pub activity: String,
    /// The maximum's JSON path in the policy.
    pub rule: String,
    /// The table's JSON path in the mapping, when only that table is withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<String>,
    /// Why.
    pub reason: WithheldReason,
    /// For `guard_needs_review`: the JSON path of the rule that may keep the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<String>,
    /// What to answer before the statements can be written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<OpenQuestion>,
    /// Why, in words, when the SQL was rendered in a language
    /// ([`RetentionSql::render`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Why a maximum has no statement.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WithheldReason {
    /// The maximum itself needs review (see `questions`).
    NeedsReview,
    /// A rule that may keep the same data needs review: until it is answered, nothing it may
    /// cover is erased.
    GuardNeedsReview,
    /// The maximum's period is longer than the calendar: nothing is due.
    NothingDue,
    /// No table of the mapping holds data the maximum covers.
    NotMapped,
    /// A legal duty keeps every row the maximum would change.
    AllProtected,
}

/// A mapping the statements cannot be written from. `path` is the JSON path in the mapping.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SqlError {
    /// A name that is not a plain identifier.
    #[error("{path}: `{name}` is not a plain SQL name (letters, digits and `_`, not starting with a digit, at most 63 bytes)")]
    InvalidIdentifier {
        /// Where.
        path: String,
        /// The name.
        name: String,
    },
    /// A table of an activity the plan does not have.
    #[error("{path}: the plan has no activity `{activity}`")]
    UnknownActivity {
        /// Where.
        path: String,
        /// The activity.
        activity: String,
    },
    /// A data category the activity does not have.
    #[error("{path}: the activity `{activity}` has no data category `{category}`")]
    UnknownDataCategory {
        /// Where.
        path: String,
        /// The activity.
        activity: String,
        /// The category.
        category: String,
    },
    /// One activity mapped to one table twice.
    #[error("{path}: the activity `{activity}` is mapped to `{table}` twice")]
    DuplicateTable {
        /// Where.
        path: String,
        /// The activity.
        activity: String,
        /// The table.
        table: String,
    },
    /// A trigger or id column listed among the columns a statement sets to `NULL`: a later
    /// statement would no longer find the row's date.
    #[error("{path}: `{column}` holds an id or a trigger date and cannot also hold data that are set to NULL")]
    ReservedColumn {
        /// Where.
        path: String,
        /// The column.
        column: String,
    },
    /// A rule runs from an event the table has no column for.
    #[error("{path}: no column for `{}`, the event {rule} runs from", .trigger.as_str())]
    MissingTriggerColumn {
        /// Where (the table's `triggers`).
        path: String,
        /// The event.
        trigger: RetentionTrigger,
        /// The rule's JSON path in the policy.
        rule: String,
    },
    /// A category must be erased or anonymised without deleting its row, and the mapping does
    /// not say which columns hold it.
    #[error("{path}: {rule} must {action} `{category}` without deleting the row (the row holds other data, or a legal duty keeps part of it): list the columns that hold `{category}`")]
    MissingColumns {
        /// Where (the table's `columns`).
        path: String,
        /// The category.
        category: String,
        /// The rule's JSON path in the policy.
        rule: String,
        /// `erase` or `anonymise`.
        action: &'static str,
    },
    /// An archive rule and a table without an archive table.
    #[error("{path}: {rule} archives rows, and the table has no `archive_table`")]
    NoArchiveTable {
        /// Where.
        path: String,
        /// The rule's JSON path in the policy.
        rule: String,
    },
    /// An archive rule covers only part of the rows' data (or a duty keeps part of them), and
    /// part of a row cannot be archived.
    #[error("{path}: {rule} archives `{category}`, but only whole rows can be archived and the row holds data the rule does not cover or a legal duty still keeps")]
    ArchivePartOfRow {
        /// Where.
        path: String,
        /// The category.
        category: String,
        /// The rule's JSON path in the policy.
        rule: String,
    },
}

impl SqlError {
    /// The JSON path in the mapping of the entry at fault.
    pub fn path(&self) -> &str {
        match self {
            SqlError::InvalidIdentifier { path, .. }
            | SqlError::UnknownActivity { path, .. }
            | SqlError::UnknownDataCategory { path, .. }
            | SqlError::DuplicateTable { path, .. }
            | SqlError::ReservedColumn { path, .. }
            | SqlError::MissingTriggerColumn { path, .. }
            | SqlError::MissingColumns { path, .. }
            | SqlError::NoArchiveTable { path, .. }
            | SqlError::ArchivePartOfRow { path, .. } => path,
        }
    }
}

impl Cutoff {
    /// The date a trigger column is compared with, when there is one.
    fn date(&self) -> Option<NaiveDate> {
        match self {
            Cutoff::DueIfTriggerOnOrBefore { date } | Cutoff::ProtectedIfTriggerAfter { date } => {
                Some(*date)
            }
            _ => None,
        }
    }
}

impl RetentionSql {
    /// The statements as a script, each preceded by a comment in `lang` with its rule and
    /// its parameters, and the maximums withheld with why and the questions they wait for:
    /// for reading and review. Run them through a driver with the parameters bound, never by
    /// pasting values in.
    pub fn script(&self, lang: Language) -> String {
        let mut out = String::new();
        for action in &self.actions {
            let guards = if action.guards.is_empty() {
                String::new()
            } else {
                format!(
                    ", {} {}",
                    lang.phrase(Phrase::UnlessKeptBy),
                    action.guards.join(", ")
                )
            };
            let _ = writeln!(
                out,
                "-- {} ({}) {} {}: {} {} [{}]{guards}",
                action.rule,
                action.activity,
                lang.phrase(Phrase::In),
                action.table,
                lang.action_verb(action.then),
                lang.scope(action.scope),
                action.data_categories.join(", "),
            );
            for statement in std::iter::once(&action.select).chain(&action.apply) {
                let params: Vec<String> = statement.params.iter().map(|d| d.to_string()).collect();
                let _ = writeln!(
                    out,
                    "{};  -- {}: [{}]",
                    statement.sql,
                    lang.phrase(Phrase::Parameters),
                    params.join(", ")
                );
            }
        }
        for w in &self.withheld {
            let table = w
                .mapping
                .as_deref()
                .map(|m| format!(" {} {m}", lang.phrase(Phrase::In)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "-- {}: {} ({}){table}: {}",
                lang.phrase(Phrase::Withheld),
                w.rule,
                w.activity,
                lang.withheld_reason(w.reason)
            );
            for q in &w.questions {
                let _ = writeln!(out, "--   {}", lang.question_line(q));
            }
        }
        out
    }
}
