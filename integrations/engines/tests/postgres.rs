//! The plan's SQL on PostgreSQL (Debian's server): a million rows, and every statement
//! selects exactly the rows `due_date` finds, for every scenario.
//!
//! Needs a server: `integrations/engines/with-postgres.sh` starts one in a temporary
//! directory on 127.0.0.1, runs this test with `GDPR_TEST_POSTGRES` set, and stops it; when
//! the server cannot start it says so and the test stays ignored, never passed.

use std::io::Write;
use std::time::Instant;

use gdpr::sql::Dialect;
use gdpr_sql_engines::{actions, iso, rows, scenarios};
use postgres::types::ToSql;
use postgres::{Client, NoTls};

const ROWS: usize = 1_000_000;

#[test]
#[ignore = "needs a PostgreSQL server: run integrations/engines/with-postgres.sh"]
fn postgres_selects_exactly_the_rows_due_date_finds() {
    let url = std::env::var("GDPR_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!("GDPR_TEST_POSTGRES is not set: run integrations/engines/with-postgres.sh, which starts a server")
    });
    let mut db = Client::connect(&url, NoTls).unwrap_or_else(|e| panic!("{url}: {e}"));
    let rows = rows(ROWS);
    let started = Instant::now();
    db.batch_execute(&format!(
        "DROP TABLE IF EXISTS invoices; {}",
        gdpr_sql_engines::CREATE_TABLE
    ))
    .unwrap();
    let mut copy = db
        .copy_in("COPY invoices (invoice_id, contract_end, invoice_date, customer_name, customer_email) FROM STDIN")
        .unwrap();
    let mut buffer = Vec::with_capacity(64 * 1024);
    for row in &rows {
        let end = row.contract_end.map_or_else(|| "\\N".to_owned(), iso);
        writeln!(
            buffer,
            "{}\t{end}\t{}\tname\tmail",
            row.id,
            iso(row.invoice_date)
        )
        .unwrap();
        if buffer.len() > 60 * 1024 {
            copy.write_all(&buffer).unwrap();
            buffer.clear();
        }
    }
    copy.write_all(&buffer).unwrap();
    copy.finish().unwrap();
    db.batch_execute(
        "CREATE INDEX ON invoices (contract_end); CREATE INDEX ON invoices (invoice_date); ANALYZE invoices",
    )
    .unwrap();
    eprintln!("postgres: {ROWS} rows loaded in {:?}", started.elapsed());
    for scenario in scenarios() {
        let sql = scenario.sql(Dialect::Postgres);
        for action in actions(&sql) {
            let params: Vec<&(dyn ToSql + Sync)> = action
                .select
                .params
                .iter()
                .map(|d| d as &(dyn ToSql + Sync))
                .collect();
            let mut selected: Vec<i64> = db
                .query(action.select.sql.as_str(), &params)
                .unwrap_or_else(|e| panic!("{}: {e}", action.select.sql))
                .iter()
                .map(|r| r.get(0))
                .collect();
            selected.sort_unstable();
            scenario.check("postgres", action, &rows, &selected);
        }
    }
    db.batch_execute("DROP TABLE invoices").unwrap();
}
