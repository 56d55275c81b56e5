//! `gdpr retention`: stream records and print those due under a retention rule (Art. 5(1)(e)).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use gdpr::assess;
use serde::Serialize;

use crate::error::Failure;
use crate::io::{self, Output};

/// How the records are written.
#[derive(Clone, Copy, ValueEnum)]
enum RecordFormat {
    /// One JSON object per line: {"id": "...", "trigger_date": "YYYY-MM-DD"}.
    Jsonl,
    /// A header line with `id` and `trigger_date` columns, comma-separated, no quoting.
    Csv,
}

/// Stream records and print those due under a retention rule (Art. 5(1)(e)).
#[derive(clap::Args)]
pub struct Args {
    /// The policy (JSON).
    policy: PathBuf,
    /// The activity whose rule applies.
    #[arg(long)]
    activity: String,
    /// Which of the activity's retention rules (0 = the first).
    #[arg(long, default_value_t = 0)]
    rule: usize,
    /// The records; `-` or absent: stdin.
    records: Option<PathBuf>,
    /// How the records are written.
    #[arg(long, value_enum, default_value_t = RecordFormat::Jsonl)]
    records_format: RecordFormat,
    /// Which records are due as of this date (default: today, UTC).
    #[arg(long)]
    as_of: Option<NaiveDate>,
}

/// Streams the records and prints the due ones.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let activity = &args.activity;
    let act = p
        .activity(activity)
        .ok_or_else(|| Failure::usage(format!("the policy has no activity `{activity}`")))?;
    let rule = act.retention.get(args.rule).ok_or_else(|| {
        Failure::usage(format!(
            "the activity `{activity}` has no retention rule {}",
            args.rule
        ))
    })?;
    let sweep = assess::RetentionSweep::new(rule, args.as_of.unwrap_or_else(io::today))
        .map_err(|e| Failure::assess(&e))?;
    sweep_records(
        rule,
        &sweep,
        args.records.as_deref(),
        args.records_format,
        out,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// One record of the retention stream.
#[derive(serde::Deserialize)]
struct Record {
    id: String,
    trigger_date: NaiveDate,
}

#[derive(Serialize)]
struct Due<'a> {
    id: &'a str,
    trigger_date: NaiveDate,
    due_date: NaiveDate,
    action: gdpr::RetentionAction,
}

/// Reads records line by line, in constant memory, and writes the due ones as they come.
fn sweep_records(
    rule: &gdpr::RetentionRule,
    sweep: &assess::RetentionSweep,
    records: Option<&Path>,
    format: RecordFormat,
    out: &mut Output,
) -> Result<(), Failure> {
    let (name, input): (PathBuf, Box<dyn BufRead>) = match records {
        Some(p) if !io::is_stdin(records) => (
            p.to_path_buf(),
            Box::new(BufReader::new(
                File::open(p).map_err(|e| Failure::io(p, &e))?,
            )),
        ),
        _ => (io::stdin_name(), Box::new(BufReader::new(std::io::stdin()))),
    };
    let mut columns: Option<(usize, usize)> = None;
    let bad = |line: usize, message: String| Failure::record(&name, line, message);
    for (n, line) in input.lines().enumerate() {
        let number = n + 1;
        let line = line.map_err(|e| Failure::io(&name, &e))?;
        if line.trim().is_empty() {
            continue;
        }
        let record = match format {
            RecordFormat::Jsonl => gdpr::from_json::<Record>(&line)
                .map_err(|e| bad(number, format!("{}: {}", e.path(), e.message())))?,
            RecordFormat::Csv => {
                let fields: Vec<&str> = line.split(',').map(str::trim).collect();
                let Some((id_col, date_col)) = columns else {
                    let find = |h: &str| fields.iter().position(|f| *f == h);
                    columns = Some(find("id").zip(find("trigger_date")).ok_or_else(|| {
                        bad(
                            number,
                            "the header must name the columns `id` and `trigger_date`".into(),
                        )
                    })?);
                    continue;
                };
                let field = |i: usize| fields.get(i).copied().unwrap_or_default();
                let trigger_date = field(date_col).parse().map_err(|_| {
                    bad(
                        number,
                        format!("`{}` is not a date (YYYY-MM-DD)", field(date_col)),
                    )
                })?;
                Record {
                    id: field(id_col).to_owned(),
                    trigger_date,
                }
            }
        };
        if !sweep.is_due(record.trigger_date) {
            continue;
        }
        let due_date =
            assess::due_date(rule, record.trigger_date).map_err(|e| Failure::assess(&e))?;
        if out.is_text() {
            writeln!(
                out,
                "{} due since {due_date} ({:?})",
                record.id,
                sweep.action()
            )?;
        } else {
            out.json_line(&Due {
                id: &record.id,
                trigger_date: record.trigger_date,
                due_date,
                action: sweep.action(),
            })?;
        }
    }
    Ok(())
}
