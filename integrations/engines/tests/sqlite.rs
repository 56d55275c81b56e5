//! The plan's SQL on SQLite (the bundled library): a million rows, and every statement
//! selects exactly the rows `due_date` finds, for every scenario; then the `UPDATE` and the
//! `DELETE` leave exactly the rows they should.

use std::time::Instant;

use gdpr::sql::{Dialect, Scope};
use gdpr_sql_engines::{actions, iso, rows, scenarios, Row, CREATE_TABLE};
use rusqlite::{params, params_from_iter, Connection};

const ROWS: usize = 1_000_000;

fn load(rows: &[Row]) -> Connection {
    let mut db = Connection::open_in_memory().unwrap();
    db.execute(CREATE_TABLE, []).unwrap();
    let tx = db.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO invoices (invoice_id, contract_end, invoice_date, customer_name, customer_email) \
                 VALUES (?1, ?2, ?3, 'name', 'mail')",
            )
            .unwrap();
        for row in rows {
            insert
                .execute(params![
                    row.id,
                    row.contract_end.map(iso),
                    iso(row.invoice_date)
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    db.execute_batch(
        "CREATE INDEX by_contract_end ON invoices (contract_end); \
         CREATE INDEX by_invoice_date ON invoices (invoice_date);",
    )
    .unwrap();
    db
}

fn select(db: &Connection, statement: &gdpr::sql::Statement) -> Vec<i64> {
    let params: Vec<String> = statement.params.iter().map(|d| iso(*d)).collect();
    let mut ids: Vec<i64> = db
        .prepare(&statement.sql)
        .unwrap()
        .query_map(params_from_iter(params), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    ids.sort_unstable();
    ids
}

#[test]
fn sqlite_selects_exactly_the_rows_due_date_finds() {
    let rows = rows(ROWS);
    let started = Instant::now();
    let db = load(&rows);
    eprintln!("sqlite: {ROWS} rows loaded in {:?}", started.elapsed());
    for scenario in scenarios() {
        let sql = scenario.sql(Dialect::Sqlite);
        for action in actions(&sql) {
            let selected = select(&db, &action.select);
            scenario.check("sqlite", action, &rows, &selected);
        }
    }
}

#[test]
fn sqlite_updates_and_deletes_exactly_the_due_rows_and_nothing_a_duty_keeps() {
    let rows = rows(ROWS / 10);
    let scenario = scenarios()[1];
    let sql = scenario.sql(Dialect::Sqlite);
    let mut db = load(&rows);
    let tx = db.transaction().unwrap();
    for action in actions(&sql) {
        for statement in &action.apply {
            let params: Vec<String> = statement.params.iter().map(|d| iso(*d)).collect();
            tx.execute(&statement.sql, params_from_iter(params))
                .unwrap();
        }
    }
    tx.commit().unwrap();
    let rows_action = sql.actions.iter().find(|a| a.scope == Scope::Rows).unwrap();
    let columns_action = sql
        .actions
        .iter()
        .find(|a| a.scope == Scope::Columns)
        .unwrap();
    let deleted = scenario.expected(rows_action, &rows);
    let anonymous = scenario.expected(columns_action, &rows);
    let left = select(
        &db,
        &gdpr::sql::Statement {
            sql: "SELECT invoice_id FROM invoices".into(),
            params: vec![],
        },
    );
    let should_stay: Vec<i64> = rows
        .iter()
        .map(|r| r.id)
        .filter(|id| deleted.binary_search(id).is_err())
        .collect();
    assert_eq!(left, should_stay);
    let nulled = select(
        &db,
        &gdpr::sql::Statement {
            sql: "SELECT invoice_id FROM invoices WHERE customer_name IS NULL AND customer_email IS NULL"
                .into(),
            params: vec![],
        },
    );
    let should_be_nulled: Vec<i64> = anonymous
        .into_iter()
        .filter(|id| deleted.binary_search(id).is_err())
        .collect();
    assert_eq!(nulled, should_be_nulled);
    assert!(!should_be_nulled.is_empty() && !deleted.is_empty());
}
