//! The plan in DataFusion over Parquet: the filter expression, the DataFusion SQL of
//! `gdpr::sql` with its parameters bound, and the UDF select exactly the rows `due_date`
//! finds; and the filter is pushed into the Parquet scan, where row groups whose statistics
//! show no due row are skipped.

use std::path::PathBuf;
use std::sync::Arc;

use datafusion::arrow::array::{Array, Date32Array, Int64Array, RecordBatch};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::common::ScalarValue;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::file::properties::WriterProperties;
use datafusion::prelude::*;
use gdpr::sql::Scope;
use gdpr_datafusion::{date32, retention_filters, retention_udf};
use gdpr_sql_engines::{mapping, rows, scenarios, Row};

const ROWS: usize = 300_000;

fn write_parquet(name: &str, rows: &[Row], row_group: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gdpr-datafusion-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let schema = Arc::new(Schema::new(vec![
        Field::new("invoice_id", DataType::Int64, false),
        Field::new("contract_end", DataType::Date32, true),
        Field::new("invoice_date", DataType::Date32, false),
    ]));
    let props = WriterProperties::builder()
        .set_max_row_group_row_count(Some(row_group))
        .build();
    let mut writer = ArrowWriter::try_new(
        std::fs::File::create(&path).unwrap(),
        schema.clone(),
        Some(props),
    )
    .unwrap();
    for chunk in rows.chunks(row_group) {
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(Int64Array::from_iter_values(chunk.iter().map(|r| r.id))),
                Arc::new(Date32Array::from_iter(
                    chunk.iter().map(|r| r.contract_end.map(date32)),
                )),
                Arc::new(Date32Array::from_iter_values(
                    chunk.iter().map(|r| date32(r.invoice_date)),
                )),
            ],
        )
        .unwrap();
        writer.write(&batch).unwrap();
    }
    writer.close().unwrap();
    path
}

async fn ids(frame: DataFrame) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for batch in frame
        .select_columns(&["invoice_id"])
        .unwrap()
        .collect()
        .await
        .unwrap()
    {
        let column = batch
            .column(0)
            .as_any()
            .downcast_ref::<Int64Array>()
            .unwrap();
        out.extend(column.values().iter());
    }
    out.sort_unstable();
    out
}

async fn context(path: &std::path::Path) -> SessionContext {
    let config = SessionConfig::new()
        .set_bool("datafusion.execution.parquet.pushdown_filters", true)
        .set_bool("datafusion.execution.parquet.reorder_filters", true);
    let ctx = SessionContext::new_with_config(config);
    ctx.register_parquet(
        "invoices",
        path.to_str().unwrap(),
        ParquetReadOptions::default(),
    )
    .await
    .unwrap();
    ctx
}

#[tokio::test]
async fn the_filter_the_sql_and_the_udf_select_exactly_the_rows_due_date_finds() {
    let rows = rows(ROWS);
    let path = write_parquet("random.parquet", &rows, 16_384);
    let ctx = context(&path).await;
    for scenario in scenarios() {
        let plan = scenario.plan();
        let filters = retention_filters(&plan, &mapping()).unwrap();
        assert!(filters.iter().any(|(a, _)| a.scope == Scope::Rows));
        for (action, filter) in filters {
            let expected = scenario.expected(&action, &rows);
            // The expression.
            let by_filter = ids(ctx.table("invoices").await.unwrap().filter(filter).unwrap()).await;
            assert!(
                by_filter == expected,
                "{scenario:?} {:?} filter",
                action.scope
            );
            // The DataFusion SQL of gdpr::sql, parameters bound as dates.
            let params: Vec<ScalarValue> = action
                .select
                .params
                .iter()
                .map(|d| ScalarValue::Date32(Some(date32(*d))))
                .collect();
            let frame = ctx
                .sql(&action.select.sql)
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", action.select.sql))
                .with_param_values(params)
                .unwrap();
            let by_sql = ids(frame).await;
            assert!(by_sql == expected, "{scenario:?} {:?} sql", action.scope);
        }
        // The UDF asks the library row by row: the maximum alone, i.e. the columns' action.
        let policy = gdpr_sql_engines::policy(scenario.months, scenario.duty_months);
        let udf = retention_udf(
            "gdpr_due",
            &policy.activities[0].retention[0],
            scenario.as_of,
            None,
        )
        .unwrap();
        ctx.register_udf(udf);
        let by_udf = ids(ctx
            .sql("SELECT invoice_id FROM invoices WHERE gdpr_due(contract_end)")
            .await
            .unwrap())
        .await;
        let columns = plan_columns_action(&scenario);
        assert!(
            by_udf == scenario.expected(&columns, &rows),
            "{scenario:?} udf"
        );
    }
}

fn plan_columns_action(scenario: &gdpr_sql_engines::Scenario) -> gdpr::sql::SqlAction {
    scenario
        .sql(gdpr::sql::Dialect::Datafusion)
        .actions
        .into_iter()
        .find(|a| a.scope == Scope::Columns)
        .unwrap()
}

#[tokio::test]
async fn the_filter_is_pushed_into_the_parquet_scan_and_prunes_row_groups() {
    // Rows appended as a CRM appends them: in the order the contracts ended.
    let mut rows = rows(ROWS);
    rows.sort_by_key(|r| (r.contract_end.is_none(), r.contract_end, r.id));
    let path = write_parquet("sorted.parquet", &rows, 8_192);
    let ctx = context(&path).await;
    let scenario = scenarios()[0];
    let (action, filter) = retention_filters(&scenario.plan(), &mapping())
        .unwrap()
        .into_iter()
        .find(|(a, _)| a.scope == Scope::Columns)
        .unwrap();
    let frame = ctx.table("invoices").await.unwrap().filter(filter).unwrap();
    let physical = frame.clone().create_physical_plan().await.unwrap();
    let shown = datafusion::physical_plan::displayable(physical.as_ref())
        .indent(true)
        .to_string();
    assert!(
        shown.contains("DataSourceExec") && shown.contains("predicate="),
        "{shown}"
    );
    let explained = ctx
        .sql(&format!(
            "EXPLAIN ANALYZE SELECT invoice_id FROM invoices WHERE contract_end <= DATE '{}'",
            action.conditions[0].on_or_before
        ))
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let text = datafusion::arrow::util::pretty::pretty_format_batches(&explained)
        .unwrap()
        .to_string();
    let pruned = text
        .split("row_groups_pruned_statistics=")
        .nth(1)
        .unwrap_or_else(|| panic!("no pruning metric: {text}"));
    // "37 total → 23 matched": the statistics ruled out the other row groups.
    let number = |s: &str| -> usize { s.trim().split(' ').next().unwrap().parse().unwrap() };
    let (total, rest) = pruned.split_once("total").unwrap();
    let matched = rest.trim_start_matches(|c: char| !c.is_ascii_digit());
    let (total, matched) = (number(total), number(matched));
    eprintln!("row groups: {total}, read after pruning by statistics: {matched}");
    assert!(matched < total, "no row group was pruned: {text}");
    let mut expected = scenario.expected(&action, &rows);
    expected.sort_unstable();
    let got = ids(frame).await;
    assert!(
        got == expected,
        "{} rows instead of {}",
        got.len(),
        expected.len()
    );
}
