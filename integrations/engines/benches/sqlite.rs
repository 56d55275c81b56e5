//! Where the time goes when a CRM on SQLite sweeps retention, one run: reading every row
//! into Rust and sweeping there, against running the plan's `SELECT` (with an index on the
//! trigger column) and reading only the due ids.
//!
//! ```sh
//! cd integrations && cargo bench -p gdpr-sql-engines --bench sqlite
//! ```

use std::time::Instant;

use chrono::NaiveDate;
use gdpr::assess::RetentionSweep;
use gdpr::sql::{Dialect, Scope};
use gdpr_sql_engines::{iso, policy, rows, scenarios};
use rusqlite::{params, params_from_iter, Connection};

fn main() {
    for n in [100_000usize, 1_000_000] {
        let rows = rows(n);
        let mut db = Connection::open_in_memory().expect("open");
        db.execute(
            "CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, contract_end TEXT, invoice_date TEXT)",
            [],
        )
        .expect("create");
        let tx = db.transaction().expect("tx");
        {
            let mut insert = tx
                .prepare("INSERT INTO invoices VALUES (?1, ?2, ?3)")
                .expect("prepare");
            for row in &rows {
                insert
                    .execute(params![
                        row.id,
                        row.contract_end.map(iso),
                        iso(row.invoice_date)
                    ])
                    .expect("insert");
            }
        }
        tx.commit().expect("commit");
        db.execute("CREATE INDEX by_end ON invoices (contract_end)", [])
            .expect("index");

        let scenario = scenarios()[3];
        let policy = policy(scenario.months, scenario.duty_months);
        let rule = &policy.activities[0].retention[0];

        // Read every row into Rust, then sweep.
        let started = Instant::now();
        let mut read: Vec<(i64, Option<NaiveDate>)> = Vec::with_capacity(n);
        let mut all = db
            .prepare("SELECT invoice_id, contract_end FROM invoices")
            .expect("prepare");
        let mut cursor = all.query([]).expect("query");
        while let Some(row) = cursor.next().expect("row") {
            let end: Option<String> = row.get(1).expect("date");
            read.push((row.get(0).expect("id"), end.and_then(|e| e.parse().ok())));
        }
        let reading = started.elapsed();
        let started = Instant::now();
        let sweep = RetentionSweep::new(rule, scenario.as_of).expect("sweep");
        let in_rust = sweep.due(read.iter(), |r| r.1).count();
        let sweeping = started.elapsed();

        // The plan's SELECT, with the index.
        let sql = scenario.sql(Dialect::Sqlite);
        let action = sql
            .actions
            .iter()
            .find(|a| a.scope == Scope::Columns)
            .expect("the maximum alone");
        let started = Instant::now();
        let params: Vec<String> = action.select.params.iter().map(|d| iso(*d)).collect();
        let mut select = db.prepare(&action.select.sql).expect("prepare");
        let in_sql = select
            .query_map(params_from_iter(params), |r| r.get::<_, i64>(0))
            .expect("query")
            .count();
        let querying = started.elapsed();
        assert_eq!(in_sql, in_rust);
        println!(
            "{n:>9} rows, {in_sql} due: read all into Rust {:>8.1} ms + sweep {:>6.2} ms; plan's SELECT {:>8.1} ms",
            reading.as_secs_f64() * 1e3,
            sweeping.as_secs_f64() * 1e3,
            querying.as_secs_f64() * 1e3
        );
    }
}
