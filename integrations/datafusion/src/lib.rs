//! A `gdpr` retention plan in Apache DataFusion: as a filter expression that DataFusion
//! pushes down into Parquet scans (row groups and pages whose statistics show no due row are
//! never read), and as a scalar UDF that asks the library row by row, for the general case.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use chrono::NaiveDate;
//! use datafusion::prelude::*;
//! use gdpr::assess::{retention_plan, FinancialYear};
//! use gdpr::sql::SqlMapping;
//!
//! # let policy: gdpr::Policy = todo!();
//! # let mapping: SqlMapping = todo!();
//! let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//! let plan = retention_plan(&policy, as_of, Some(FinancialYear::CALENDAR_YEAR))?;
//! let ctx = SessionContext::new();
//! ctx.register_parquet("invoices", "invoices/", ParquetReadOptions::default()).await?;
//! for (action, filter) in gdpr_datafusion::retention_filters(&plan, &mapping)? {
//!     let due = ctx.table(action.table.as_str()).await?.filter(filter)?;
//!     println!("{}: {} rows", action.rule, due.count().await?);
//! }
//! # Ok(()) }
//! ```
//!
//! The filters are the same conditions as the SQL of [`gdpr::sql`] (`column <= date`, each
//! date inclusive, a legal duty's end required where it shares the rows), so the Parquet
//! reader prunes by the min/max statistics of the date columns. The UDF
//! ([`retention_udf`]) computes each row's due date with [`gdpr::assess::is_due`]: no
//! pruning, but it takes any rule, as the library reads it.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::sync::Arc;

use chrono::NaiveDate;
use datafusion::arrow::array::{Array, BooleanArray, Date32Array};
use datafusion::arrow::datatypes::DataType;
use datafusion::common::{DataFusionError, Result as DfResult, ScalarValue};
use datafusion::logical_expr::{create_udf, ColumnarValue, Expr, ScalarUDF, Volatility};
use datafusion::prelude::{col, lit};
use gdpr::assess::{is_due, FinancialYear, RetentionPlan, RetentionSweep};
use gdpr::sql::{retention_sql, Dialect, SqlAction, SqlError, SqlMapping};
use gdpr::{RetentionRule, RetentionTrigger};

/// Days from 1970-01-01 to 0001-01-01 (CE), to turn Arrow's `Date32` into chrono dates.
const UNIX_EPOCH_FROM_CE: i32 = 719_163;

/// An Arrow `Date32` value (days since 1970-01-01) as a date.
pub fn date_from_date32(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days.checked_add(UNIX_EPOCH_FROM_CE)?)
}

/// A date as an Arrow `Date32` value.
pub fn date32(date: NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&date) - UNIX_EPOCH_FROM_CE
}

/// A date as a `Date32` literal.
pub fn date_literal(date: NaiveDate) -> Expr {
    lit(ScalarValue::Date32(Some(date32(date))))
}

/// The rows an action changes, as a DataFusion filter: every condition `column <= date`
/// (a `NULL` date fails it, as in SQL). Column names are taken as they are (quoted), so they
/// keep their case.
pub fn action_filter(action: &SqlAction) -> Expr {
    action
        .conditions
        .iter()
        .map(|c| col(format!("\"{}\"", c.column)).lt_eq(date_literal(c.on_or_before)))
        .reduce(Expr::and)
        .unwrap_or_else(|| lit(false))
}

/// Every action of `plan` on the tables of `mapping`, each with its filter. The actions are
/// those of [`gdpr::sql::retention_sql`] (with their duties as guards, and the maximums it
/// withholds left out); their `select` and `apply` are DataFusion SQL.
///
/// # Errors
///
/// The mapping's [`SqlError`], with its JSON path.
pub fn retention_filters(
    plan: &RetentionPlan,
    mapping: &SqlMapping,
) -> Result<Vec<(SqlAction, Expr)>, SqlError> {
    let sql = retention_sql(plan, mapping, Dialect::Datafusion)?;
    Ok(sql
        .actions
        .into_iter()
        .map(|a| {
            let filter = action_filter(&a);
            (a, filter)
        })
        .collect())
}

/// A scalar UDF `name(date) -> boolean`: whether a row whose trigger happened on `date` is
/// due under `rule` on `as_of`, computed row by row with [`is_due`] (a `NULL` date is not
/// due). For a rule that runs from the end of the financial year, `financial_year` derives
/// the year end from the row's date.
///
/// # Errors
///
/// The rule cannot be swept (no period, or one in hours), or runs from the end of the
/// financial year and no financial year is given.
pub fn retention_udf(
    name: &str,
    rule: &RetentionRule,
    as_of: NaiveDate,
    financial_year: Option<FinancialYear>,
) -> DfResult<ScalarUDF> {
    // Refuse a rule the library cannot date before a single row is read.
    RetentionSweep::new(rule, as_of).map_err(|e| DataFusionError::Plan(e.to_string()))?;
    let derive = match (rule.from, financial_year) {
        (Some(RetentionTrigger::EndOfFinancialYear), Some(fy)) => Some(fy),
        (Some(RetentionTrigger::EndOfFinancialYear), None) => {
            return Err(DataFusionError::Plan(
                "the rule runs from the end of the financial year: give the financial year".into(),
            ))
        }
        _ => None,
    };
    let rule = rule.clone();
    let due = move |days: i32| -> bool {
        let Some(date) = date_from_date32(days) else {
            return false;
        };
        let trigger = match derive {
            Some(fy) => match fy.end_of(date) {
                Ok(end) => end,
                Err(_) => return false,
            },
            None => date,
        };
        is_due(&rule, trigger, as_of).unwrap_or(false)
    };
    let function = move |args: &[ColumnarValue]| -> DfResult<ColumnarValue> {
        let [arg] = args else {
            return Err(DataFusionError::Execution(
                "the retention UDF takes one date".into(),
            ));
        };
        match arg {
            ColumnarValue::Scalar(ScalarValue::Date32(d)) => Ok(ColumnarValue::Scalar(
                ScalarValue::Boolean(Some(d.is_some_and(&due))),
            )),
            ColumnarValue::Scalar(other) => Err(DataFusionError::Execution(format!(
                "the retention UDF takes a date, not {}",
                other.data_type()
            ))),
            ColumnarValue::Array(array) => {
                let dates = array
                    .as_any()
                    .downcast_ref::<Date32Array>()
                    .ok_or_else(|| {
                        DataFusionError::Execution(format!(
                            "the retention UDF takes a date column, not {}",
                            array.data_type()
                        ))
                    })?;
                let out: BooleanArray = (0..dates.len())
                    .map(|i| Some(dates.is_valid(i) && due(dates.value(i))))
                    .collect();
                Ok(ColumnarValue::Array(Arc::new(out)))
            }
        }
    };
    Ok(create_udf(
        name,
        vec![DataType::Date32],
        DataType::Boolean,
        Volatility::Immutable,
        Arc::new(function),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date32_round_trips_and_starts_at_the_unix_epoch() {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        assert_eq!(date32(epoch), 0);
        assert_eq!(date_from_date32(0), Some(epoch));
        let leap = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        assert_eq!(date_from_date32(date32(leap)), Some(leap));
        assert_eq!(date_from_date32(i32::MAX), None);
    }
}
