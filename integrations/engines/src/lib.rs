//! Shared by the differential tests: a million rows of a CRM's invoices with dates spread
//! over month ends, leap days and year boundaries, the policies and dates they are planned
//! on, the SQL mapping, and the rows `due_date` itself finds. Each engine's test loads the
//! rows, runs the plan's SQL with its parameters bound, and compares ids.

use chrono::{Datelike, Days, NaiveDate};
use gdpr::assess::{due_date, retention_plan, FinancialYear, RetentionPlan};
use gdpr::sql::{retention_sql, Dialect, RetentionSql, Scope, SqlAction, SqlMapping};
use gdpr::{Period, Policy};

/// One row of the `invoices` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// `invoice_id`.
    pub id: i64,
    /// `contract_end`: `NULL` while the contract runs.
    pub contract_end: Option<NaiveDate>,
    /// `invoice_date`: the fiscal duty runs from the end of its financial year.
    pub invoice_date: NaiveDate,
}

/// The table, as the tests create it (standard SQL types).
pub const CREATE_TABLE: &str = "CREATE TABLE invoices (invoice_id BIGINT PRIMARY KEY, \
     contract_end DATE, invoice_date DATE NOT NULL, customer_name TEXT, customer_email TEXT)";

/// SplitMix64: a small deterministic generator, so every engine sees the same rows.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    day(y, m, 1).pred_opt().unwrap_or(NaiveDate::MIN)
}

/// A date between 2008 and 2031, half the time on an edge: the last days of a month, a
/// leap day, the turn of a year, the first of a month.
fn date(r: &mut Random) -> NaiveDate {
    let year = 2008 + r.below(24) as i32;
    let month = 1 + r.below(12) as u32;
    match r.below(10) {
        0 | 1 => last_of_month(year, month),
        2 => last_of_month(year, month) - Days::new(r.below(3)),
        3 => {
            // A leap day of a leap year, or the 28th of February of another.
            let leap = [2008, 2012, 2016, 2020, 2024, 2028][r.below(6) as usize];
            if r.below(2) == 0 {
                day(leap, 2, 29)
            } else {
                day(leap + 1, 2, 28)
            }
        }
        4 => {
            if r.below(2) == 0 {
                day(year, 12, 31)
            } else {
                day(year, 1, 1)
            }
        }
        5 => day(year, month, 1),
        _ => day(2008, 1, 1) + Days::new(r.below(24 * 366)),
    }
}

/// `n` rows, the same every time: ids 1..=n, a tenth with a contract still running.
pub fn rows(n: usize) -> Vec<Row> {
    let mut r = Random(0x6764_7072);
    (1..=n as i64)
        .map(|id| Row {
            id,
            contract_end: (r.below(10) != 0).then(|| date(&mut r)),
            invoice_date: date(&mut r),
        })
        .collect()
}

/// A date as ISO 8601 text, as SQLite stores it and PostgreSQL's COPY reads it.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A CRM's billing: a maximum on everything the activity holds (`months` after the contract
/// ends) and a fiscal legal duty on the invoices (`duty_months` from the end of the
/// financial year).
pub fn policy(months: u32, duty_months: u32) -> Policy {
    let text = format!(
        r#"{{
  "controller": {{"name": "CRM BV", "kind": "private", "establishment": "NL"}},
  "data_categories": [
    {{"id": "invoices", "name": "Invoices", "origin": "provided_by_subject"}},
    {{"id": "contact", "name": "Contact", "origin": "provided_by_subject"}}
  ],
  "recipients": [],
  "activities": [{{
    "id": "billing", "name": "Billing", "purposes": [], "data_subjects": [],
    "data_categories": ["invoices", "contact"], "recipients": [],
    "retention": [
      {{"period": "{}", "from": "end_of_contract", "then": "erase", "kind": "maximum"}},
      {{"data_categories": ["invoices"], "period": "{}", "from": "end_of_financial_year",
        "then": "erase", "kind": "legal_duty", "legal_reference": "Art. 52(4) AWR"}}
    ]
  }}]
}}"#,
        Period::months(months),
        Period::months(duty_months)
    );
    Policy::from_json(&text).unwrap_or_else(|e| panic!("the test policy: {e}"))
}

/// The mapping of the `invoices` table.
pub fn mapping() -> SqlMapping {
    gdpr::from_json(
        r#"{"tables": [{"activity": "billing", "table": "invoices", "id": "invoice_id",
            "columns": {"contact": ["customer_name", "customer_email"]},
            "triggers": {"end_of_contract": "contract_end",
                         "end_of_financial_year": "invoice_date"}}]}"#,
    )
    .unwrap_or_else(|e| panic!("the test mapping: {e}"))
}

/// One plan to check: a policy, a financial year and a date.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    /// The maximum, in months after the contract ends.
    pub months: u32,
    /// The fiscal duty, in months after the year end.
    pub duty_months: u32,
    /// The month the financial year ends in.
    pub year_end_month: u32,
    /// The plan's date.
    pub as_of: NaiveDate,
}

/// Month lengths, leap days and year ends, on both sides of each.
pub fn scenarios() -> Vec<Scenario> {
    let dates = [
        day(2024, 2, 28),
        day(2024, 2, 29),
        day(2024, 3, 1),
        day(2025, 2, 28),
        day(2025, 3, 31),
        day(2025, 12, 31),
        day(2026, 1, 1),
        day(2026, 4, 30),
    ];
    let shapes = [
        (1, 84, 12),
        (24, 84, 2),
        (13, 18, 6),
        (84, 84, 12),
        (0, 1, 2),
    ];
    let mut out = Vec::new();
    for (i, as_of) in dates.into_iter().enumerate() {
        let (months, duty_months, year_end_month) = shapes[i % shapes.len()];
        out.push(Scenario {
            months,
            duty_months,
            year_end_month,
            as_of,
        });
    }
    out
}

impl Scenario {
    /// The plan.
    pub fn plan(&self) -> RetentionPlan {
        let fy = FinancialYear::ending_in(self.year_end_month).ok();
        retention_plan(&policy(self.months, self.duty_months), self.as_of, fy)
            .unwrap_or_else(|e| panic!("{self:?}: {e}"))
    }

    /// The plan's SQL in `dialect`.
    pub fn sql(&self, dialect: Dialect) -> RetentionSql {
        retention_sql(&self.plan(), &mapping(), dialect).unwrap_or_else(|e| panic!("{self:?}: {e}"))
    }

    /// Checks that an engine's `selected` ids (sorted) are exactly those `due_date` finds for
    /// `action`, and says how many of the `rows` they were.
    pub fn check(&self, engine: &str, action: &SqlAction, rows: &[Row], selected: &[i64]) {
        let expected = self.expected(action, rows);
        assert_eq!(
            selected.len(),
            expected.len(),
            "{engine} {self:?}: {}",
            action.select.sql
        );
        assert!(
            selected == expected,
            "{engine} {self:?}: {}",
            action.select.sql
        );
        eprintln!(
            "{engine} {self:?} {:?}: {} of {} rows",
            action.scope,
            selected.len(),
            rows.len()
        );
    }

    /// The ids `action` must select, found row by row with `due_date` on the rule itself:
    /// due under the maximum, and for whole rows, the fiscal duty over.
    pub fn expected(&self, action: &SqlAction, rows: &[Row]) -> Vec<i64> {
        let policy = policy(self.months, self.duty_months);
        let fy = FinancialYear::ending_in(self.year_end_month).unwrap_or_default();
        let maximum = &policy.activities[0].retention[0];
        let duty = &policy.activities[0].retention[1];
        rows.iter()
            .filter(|row| {
                let due = row
                    .contract_end
                    .is_some_and(|t| due_date(maximum, t).is_ok_and(|d| d <= self.as_of));
                let duty_over = fy
                    .end_of(row.invoice_date)
                    .ok()
                    .and_then(|end| due_date(duty, end).ok())
                    .is_some_and(|d| d <= self.as_of);
                match action.scope {
                    Scope::Rows => due && duty_over,
                    Scope::Columns => due,
                }
            })
            .map(|row| row.id)
            .collect()
    }
}

/// The actions of a scenario's SQL, with a check that the plan has both kinds: whole rows
/// guarded by the duty, and the contact columns on their own.
pub fn actions(sql: &RetentionSql) -> &[SqlAction] {
    assert!(
        sql.actions.iter().any(|a| a.scope == Scope::Rows),
        "no DELETE: {sql:#?}"
    );
    &sql.actions
}
