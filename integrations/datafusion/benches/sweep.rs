//! The retention sweep over 100 million rows, three ways, one run each:
//!
//! - in memory: `RetentionSweep::due` over a `Vec<NaiveDate>` (one core);
//! - DataFusion, the plan's filter pushed into the Parquet scan (`pushdown_filters`, row
//!   group and page pruning), on a file in the order rows are appended (by contract end) and
//!   on the same rows shuffled;
//! - DataFusion, the scalar UDF that asks `gdpr::assess::is_due` row by row.
//!
//! ```sh
//! cd integrations
//! CARGO_TARGET_DIR=~/.cache/gdpr-integrations cargo bench -p gdpr-datafusion --bench sweep
//! cargo bench -p gdpr-datafusion --bench sweep -- --rows 10000000   # a smaller run
//! ```
//!
//! The Parquet files are written once to `$GDPR_SWEEP_DIR` (default: the system's temporary
//! directory) and reused. Every way must select the same number of rows, or the run fails.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use datafusion::arrow::array::{Date32Array, Int64Array, RecordBatch};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::basic::Encoding;
use datafusion::parquet::file::properties::WriterProperties;
use datafusion::parquet::schema::types::ColumnPath;
use datafusion::prelude::*;
use futures::StreamExt;
use gdpr::assess::{retention_plan, RetentionSweep};
use gdpr::sql::SqlMapping;
use gdpr::Policy;
use gdpr_datafusion::{date32, retention_filters, retention_udf};

const BATCH: usize = 1 << 20;

fn policy() -> Policy {
    Policy::from_json(
        r#"{"controller": {"name": "CRM BV", "kind": "private", "establishment": "NL"},
            "data_categories": [{"id": "contact", "name": "Contact", "origin": "provided_by_subject"}],
            "recipients": [],
            "activities": [{"id": "customers", "name": "Customers", "purposes": [],
              "data_subjects": [], "data_categories": ["contact"], "recipients": [],
              "retention": [{"period": "P7Y", "from": "end_of_contract", "then": "erase",
                             "kind": "maximum"}]}]}"#,
    )
    .expect("the benchmark policy")
}

fn mapping() -> SqlMapping {
    gdpr::from_json(
        r#"{"tables": [{"activity": "customers", "table": "customers", "id": "customer_id",
            "triggers": {"end_of_contract": "contract_end"}}]}"#,
    )
    .expect("the benchmark mapping")
}

/// The contract end of row `i` of `n`: spread over 2016-01-01 .. 2026-11-27 in order, with a
/// little jitter (rows are appended about when contracts end, not exactly).
fn contract_end(i: u64, n: u64) -> NaiveDate {
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).expect("date");
    let span = 3_983u64; // days to 2026-11-27
    let jitter = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 59; // 0..32
    start + Days::new((i * span / n + jitter).min(span))
}

/// A permutation of 0..n, so the shuffled file holds the same rows.
fn shuffled(i: u64, n: u64) -> u64 {
    // Multiplication by an odd constant modulo a power of two is a bijection; rejection keeps
    // it within n.
    let bits = 64 - (n.max(2) - 1).leading_zeros();
    let mask = (1u64 << bits) - 1;
    let mut x = i;
    loop {
        x = (x
            .wrapping_mul(0x5851_F42D_4C95_7F2D)
            .wrapping_add(0x1405_7B7E_F767_814F))
            & mask;
        if x < n {
            return x;
        }
    }
}

fn write(path: &Path, n: u64, order: impl Fn(u64) -> u64) {
    if path.exists() {
        return;
    }
    let started = Instant::now();
    let schema = Arc::new(Schema::new(vec![
        Field::new("customer_id", DataType::Int64, false),
        Field::new("contract_end", DataType::Date32, false),
    ]));
    let props = WriterProperties::builder()
        .set_column_dictionary_enabled(ColumnPath::from("customer_id"), false)
        .set_column_encoding(
            ColumnPath::from("customer_id"),
            Encoding::DELTA_BINARY_PACKED,
        )
        .build();
    let tmp = path.with_extension("partial");
    let file = std::fs::File::create(&tmp).expect("create the Parquet file");
    let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(props)).expect("writer");
    let mut i = 0;
    while i < n {
        let len = BATCH.min((n - i) as usize) as u64;
        let rows: Vec<u64> = (i..i + len).map(&order).collect();
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(Int64Array::from_iter_values(
                    rows.iter().map(|&r| r as i64 + 1),
                )),
                Arc::new(Date32Array::from_iter_values(
                    rows.iter().map(|&r| date32(contract_end(r, n))),
                )),
            ],
        )
        .expect("batch");
        writer.write(&batch).expect("write");
        i += len;
    }
    writer.close().expect("close");
    std::fs::rename(&tmp, path).expect("rename");
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    println!(
        "wrote {} ({} MB) in {:.1} s",
        path.display(),
        size / 1_000_000,
        started.elapsed().as_secs_f64()
    );
}

async fn count(frame: DataFrame) -> u64 {
    let mut stream = frame.execute_stream().await.expect("execute");
    let mut rows = 0;
    while let Some(batch) = stream.next().await {
        rows += batch.expect("batch").num_rows() as u64;
    }
    rows
}

fn report(what: &str, n: u64, due: u64, seconds: f64) {
    println!(
        "{what:<52} {seconds:>8.3} s  {:>7.1} M rows/s  ({due} due)",
        n as f64 / seconds / 1e6
    );
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args
        .iter()
        .position(|a| a == "--rows")
        .and_then(|i| args.get(i + 1))
        .map(|v| v.parse().expect("--rows takes a number"))
        .unwrap_or(100_000_000);
    let dir = std::env::var_os("GDPR_SWEEP_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let sorted = dir.join(format!("gdpr-sweep-{n}-appended.parquet"));
    let random = dir.join(format!("gdpr-sweep-{n}-shuffled.parquet"));
    write(&sorted, n, |i| i);
    write(&random, n, |i| shuffled(i, n));

    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let policy = policy();
    let rule = &policy.activities[0].retention[0];
    let plan = retention_plan(&policy, as_of, None).expect("plan");
    let (action, filter) = retention_filters(&plan, &mapping())
        .expect("filters")
        .into_iter()
        .next()
        .expect("one action");
    println!(
        "{n} rows; due: contract_end <= {} (inclusive); {} threads for DataFusion",
        action.conditions[0].on_or_before,
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );

    // In memory: the dates in a Vec, one comparison per row, one core; in order, then in the
    // shuffled file's order (where the branch predictor cannot guess).
    let mut in_memory = 0;
    for (layout, order) in [("appended", false), ("shuffled", true)] {
        let dates: Vec<NaiveDate> = (0..n)
            .map(|i| contract_end(if order { shuffled(i, n) } else { i }, n))
            .collect();
        let started = Instant::now();
        let sweep = RetentionSweep::new(rule, as_of).expect("sweep");
        in_memory = sweep.due(dates.iter(), |d| Some(**d)).count() as u64;
        report(
            &format!("in memory, RetentionSweep::due, 1 core ({layout})"),
            n,
            in_memory,
            started.elapsed().as_secs_f64(),
        );
    }

    let config = SessionConfig::new()
        .set_bool("datafusion.execution.parquet.pushdown_filters", true)
        .set_bool("datafusion.execution.parquet.reorder_filters", true);
    for (layout, path) in [("appended", &sorted), ("shuffled", &random)] {
        let ctx = SessionContext::new_with_config(config.clone());
        ctx.register_parquet(
            "customers",
            path.to_str().expect("path"),
            ParquetReadOptions::default(),
        )
        .await
        .expect("register");
        ctx.register_udf(retention_udf("gdpr_due", rule, as_of, None).expect("udf"));

        let started = Instant::now();
        let frame = ctx
            .table("customers")
            .await
            .expect("table")
            .filter(filter.clone())
            .expect("filter")
            .select_columns(&["customer_id"])
            .expect("select");
        let pushed = count(frame).await;
        report(
            &format!("DataFusion, filter pushed into Parquet ({layout})"),
            n,
            pushed,
            started.elapsed().as_secs_f64(),
        );

        let started = Instant::now();
        let frame = ctx
            .sql("SELECT customer_id FROM customers WHERE gdpr_due(contract_end)")
            .await
            .expect("udf query");
        let by_udf = count(frame).await;
        report(
            &format!("DataFusion, UDF gdpr_due row by row ({layout})"),
            n,
            by_udf,
            started.elapsed().as_secs_f64(),
        );
        assert_eq!(
            pushed, in_memory,
            "{layout}: the pushed-down filter disagrees"
        );
        assert_eq!(by_udf, in_memory, "{layout}: the UDF disagrees");
    }
}
