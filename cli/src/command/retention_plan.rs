//! `gdpr retention-plan`: what every retention rule of a policy means on a date, as the
//! cutoffs a database compares trigger dates with, or as SQL for a dialect (Art. 5(1)(e),
//! 17(3)(b)).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use gdpr::assess::{self, FinancialYear};
use gdpr::sql::{self, Dialect, SqlMapping};

use crate::error::Failure;
use crate::io::{self, Output};

/// Plan every retention rule of a policy on a date: per activity and rule, the cutoff (due
/// if the trigger date is on or before it; a legal duty's rows protected after it), or, with
/// a mapping and a dialect, the SQL that applies it (Art. 5(1)(e), 17(3)(b)).
#[derive(clap::Args)]
pub struct Args {
    /// The policy (JSON).
    policy: PathBuf,
    /// The plan's date (default: today, UTC).
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// The month (1–12) the financial year ends in, for rules that run from its end.
    #[arg(long, value_name = "MONTH")]
    financial_year_end: Option<u32>,
    /// Where the data are: a SQL mapping (JSON, `schema/sql_mapping.schema.json`).
    #[arg(long, requires = "dialect")]
    mapping: Option<PathBuf>,
    /// The SQL dialect to write the statements in: postgres, sqlite, mysql, ansi, datafusion
    /// or spark.
    #[arg(long, requires = "mapping", value_parser = |s: &str| s.parse::<Dialect>())]
    dialect: Option<Dialect>,
}

/// Prints the plan, or its SQL.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let policy = io::policy(&args.policy)?;
    let financial_year = args
        .financial_year_end
        .map(FinancialYear::ending_in)
        .transpose()
        .map_err(|e| Failure::usage(format!("--financial-year-end: {e}")))?;
    let as_of = args.as_of.unwrap_or_else(io::today);
    let mut plan =
        assess::retention_plan(&policy, as_of, financial_year).map_err(|e| Failure::assess(&e))?;
    let lang = out.lang(Some(&policy));
    let (Some(file), Some(dialect)) = (&args.mapping, args.dialect) else {
        if out.is_text() {
            write!(out, "{}", plan.to_text(lang))?;
        } else {
            plan.render(lang);
            out.json(&plan)?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let mapping: SqlMapping = io::read(Some(file))?;
    let mut statements = sql::retention_sql(&plan, &mapping, dialect)
        .map_err(|e| Failure::mapping(file, e.path(), &e))?;
    if out.is_text() {
        write!(out, "{}", statements.script(lang))?;
    } else {
        statements.render(lang);
        out.json(&statements)?;
    }
    Ok(ExitCode::SUCCESS)
}
