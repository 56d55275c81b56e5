//! The SQL dialects: how each quotes an identifier and writes a bind parameter.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The SQL dialect to write statements in. They differ only in how an identifier is quoted
/// and how a bind parameter is written; every value is a bind parameter.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Dialect {
    /// PostgreSQL: `"name"`, `$1`.
    Postgres,
    /// SQLite: `"name"`, `?1`. Dates are ISO 8601 text (`YYYY-MM-DD`), as SQLite's date
    /// functions write them; the parameters are bound as that text.
    Sqlite,
    /// MySQL and MariaDB: `` `name` ``, `?`.
    Mysql,
    /// Standard SQL: `"name"`, `?` (JDBC, ODBC).
    Ansi,
    /// Apache DataFusion: `"name"`, `$1`.
    Datafusion,
    /// Apache Spark SQL (and Databricks, Delta Lake): `` `name` ``, `?`.
    Spark,
}

impl Dialect {
    /// Every dialect.
    pub const ALL: [Dialect; 6] = [
        Dialect::Postgres,
        Dialect::Sqlite,
        Dialect::Mysql,
        Dialect::Ansi,
        Dialect::Datafusion,
        Dialect::Spark,
    ];

    /// The identifier, quoted. The mapping's names are checked before they get here (letters,
    /// digits and underscores); the quote character is doubled all the same.
    pub(super) fn quote(self, name: &str) -> String {
        let q = match self {
            Dialect::Mysql | Dialect::Spark => '`',
            _ => '"',
        };
        let mut out = String::with_capacity(name.len() + 2);
        out.push(q);
        for c in name.chars() {
            if c == q {
                out.push(q);
            }
            out.push(c);
        }
        out.push(q);
        out
    }

    /// The `n`th bind parameter (from 1).
    pub(super) fn placeholder(self, n: usize) -> String {
        match self {
            Dialect::Postgres | Dialect::Datafusion => format!("${n}"),
            Dialect::Sqlite => format!("?{n}"),
            Dialect::Mysql | Dialect::Ansi | Dialect::Spark => "?".to_owned(),
        }
    }
}

/// Whether `name` is a plain identifier: an ASCII letter or `_`, then letters, digits or `_`,
/// at most 63 bytes (PostgreSQL's limit, below MySQL's 64). Quoting then keeps its case and
/// makes reserved words (`order`, `user`) safe in every dialect.
pub(super) fn is_plain_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    first_ok && name.len() <= 63 && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_dialect_quotes_and_numbers_its_own_way() {
        assert_eq!(Dialect::Postgres.quote("order"), "\"order\"");
        assert_eq!(Dialect::Mysql.quote("order"), "`order`");
        assert_eq!(Dialect::Spark.quote("a`b"), "`a``b`");
        assert_eq!(Dialect::Ansi.quote("a\"b"), "\"a\"\"b\"");
        assert_eq!(Dialect::Postgres.placeholder(2), "$2");
        assert_eq!(Dialect::Sqlite.placeholder(2), "?2");
        assert_eq!(Dialect::Mysql.placeholder(2), "?");
    }

    #[test]
    fn dialects_read_their_names() {
        for d in Dialect::ALL {
            assert_eq!(d.as_str().parse::<Dialect>(), Ok(d));
        }
        assert!("oracle".parse::<Dialect>().is_err());
    }

    #[test]
    fn only_plain_identifiers_pass() {
        for ok in ["invoices", "_x", "Invoice_Date2", &"a".repeat(63)] {
            assert!(is_plain_identifier(ok), "{ok}");
        }
        for bad in [
            "",
            "1a",
            "a-b",
            "a b",
            "a;drop table x",
            "\"a\"",
            "é",
            &"a".repeat(64),
        ] {
            assert!(!is_plain_identifier(bad), "{bad}");
        }
    }
}
