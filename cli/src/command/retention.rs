//! `gdpr retention`: stream records and print those due under a retention rule (Art. 5(1)(e)).
//!
//! Nothing is lost: every line is evaluated once, or reported on standard error with its line
//! number; a summary at the end counts both.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use gdpr::assess::{self, RetentionSweep};
use gdpr::RetentionRule;
use schemars::JsonSchema;
use serde::Serialize;

use crate::error::{self, exit, Failure};
use crate::io::{self, Output};
use crate::records::{self, Entry, Fatal, Records, DEFAULT_MAX_LINE_BYTES};

/// How the records are written.
#[derive(Clone, Copy, ValueEnum)]
enum RecordFormat {
    /// One JSON object per line: {"id": "...", "trigger_date": "YYYY-MM-DD" or null}.
    Jsonl,
    /// A header naming `id` and `trigger_date` (any order), then one record per line;
    /// separated by `,` or, if the header has `;` and no `,`, by `;`; quoted fields allowed.
    Csv,
}

/// Stream records and print those due under a retention rule (Art. 5(1)(e)).
///
/// A record with an empty trigger date (JSON `null`, an empty CSV cell) is not yet due: the
/// event its period runs from has not happened. A bad line is reported on standard error and
/// the stream goes on; the exit status is then 3 (4 with `--fail-fast`, which stops there).
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
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
    /// Stop at the first rejected record (exit 4) instead of reporting it and going on.
    #[arg(long)]
    fail_fast: bool,
    /// The longest line accepted, in bytes; a longer one is rejected without being read
    /// into memory.
    #[arg(long, default_value_t = DEFAULT_MAX_LINE_BYTES)]
    max_line_bytes: usize,
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
    let sweep = RetentionSweep::new(rule, args.as_of.unwrap_or_else(io::today))
        .map_err(|e| Failure::assess(&e))?;
    let (name, input): (PathBuf, Box<dyn BufRead>) = match &args.records {
        Some(p) if !io::is_stdin(Some(p)) => (
            p.clone(),
            Box::new(BufReader::new(
                File::open(p).map_err(|e| Failure::io(p, &e))?,
            )),
        ),
        _ => (
            io::stdin_name(),
            Box::new(BufReader::new(std::io::stdin().lock())),
        ),
    };
    let format = match args.records_format {
        RecordFormat::Jsonl => records::Format::Jsonl,
        RecordFormat::Csv => records::Format::Csv,
    };
    let mut stream = Stream {
        rule,
        sweep,
        file: name,
        fail_fast: args.fail_fast,
        summary: Summary::default(),
    };
    stream.run(Records::new(input, format, args.max_line_bytes), out)
}

/// What happened to every line, written on standard error at the end.
#[derive(Default, Serialize, JsonSchema)]
pub(crate) struct Summary {
    /// Lines read, blank lines and the CSV header included.
    lines: u64,
    /// Records printed as due.
    due: u64,
    /// Records whose period is not over.
    not_yet_due: u64,
    /// Records with an empty trigger date, counted as not yet due: their event has not
    /// happened.
    no_trigger_date: u64,
    /// Lines reported on standard error.
    rejected: u64,
    /// With `--fail-fast`: the line the stream stopped at; the lines after it were not read.
    #[serde(skip_serializing_if = "Option::is_none")]
    stopped_at_line: Option<u64>,
}

/// A record that is due, one line of standard output (schema `cli_retention_record`).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "CliRetentionRecord")]
pub(crate) struct Due<'a> {
    /// The record's id, as given.
    id: &'a str,
    /// The date its retention period runs from, as given.
    trigger_date: NaiveDate,
    /// The first day on which it is due: the trigger date plus the rule's period.
    due_date: NaiveDate,
    /// What the rule says happens to it.
    action: gdpr::RetentionAction,
}

/// The last line on standard error (schema `cli_retention_summary`).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "CliRetentionSummary")]
pub(crate) struct SummaryLine<'a> {
    /// What happened to every line.
    pub(crate) summary: &'a Summary,
}

struct Stream<'a> {
    rule: &'a RetentionRule,
    sweep: RetentionSweep,
    file: PathBuf,
    fail_fast: bool,
    summary: Summary,
}

impl Stream<'_> {
    fn run<R: BufRead>(
        &mut self,
        mut records: Records<R>,
        out: &mut Output,
    ) -> Result<ExitCode, Failure> {
        loop {
            let entry = match records.next_entry() {
                Ok(Some(entry)) => entry,
                Ok(None) => break,
                Err(Fatal::Io(e)) => return Err(Failure::io(&self.file, &e)),
                Err(Fatal::Header(r)) => return Err(Failure::record(&self.file, r)),
            };
            let rejected = match entry {
                Entry::Record(line, record) => self.evaluate(line, &record, out)?,
                Entry::Rejected(r) => Some(r),
            };
            if let Some(r) = rejected {
                self.summary.rejected += 1;
                error::print_line(&Failure::record(&self.file, r).to_json());
                if self.fail_fast {
                    self.summary.stopped_at_line = Some(records.lines_read());
                    break;
                }
            }
        }
        self.summary.lines = records.lines_read();
        self.finish(out)
    }

    /// Prints the record if it is due; a due date the calendar cannot hold rejects it.
    fn evaluate(
        &mut self,
        line: u64,
        record: &records::Record,
        out: &mut Output,
    ) -> Result<Option<records::Rejected>, Failure> {
        let Some(trigger_date) = record.trigger_date else {
            self.summary.no_trigger_date += 1;
            return Ok(None);
        };
        if !self.sweep.is_due(trigger_date) {
            self.summary.not_yet_due += 1;
            return Ok(None);
        }
        let due_date = match assess::due_date(self.rule, trigger_date) {
            Ok(date) => date,
            Err(e) => {
                return Ok(Some(records::Rejected {
                    line,
                    path: Some("trigger_date".to_owned()),
                    message: e.to_string(),
                }))
            }
        };
        self.summary.due += 1;
        if out.is_text() {
            let lang = out.lang(None);
            writeln!(
                out,
                "{} {} {due_date} → {}",
                record.id,
                lang.phrase(gdpr::explain::Phrase::DueSince),
                lang.action(self.sweep.action())
            )?;
        } else {
            out.json_line(&Due {
                id: &record.id,
                trigger_date,
                due_date,
                action: self.sweep.action(),
            })?;
        }
        Ok(None)
    }

    fn finish(&self, out: &mut Output) -> Result<ExitCode, Failure> {
        // The due records reach standard output before the summary says they did.
        out.flush()?;
        let s = &self.summary;
        if out.is_text() {
            error::print_text(&format!(
                "{} lines: {} due, {} not yet due, {} without a trigger date (not yet due: the event the period runs from has not happened), {} rejected{}",
                s.lines,
                s.due,
                s.not_yet_due,
                s.no_trigger_date,
                s.rejected,
                s.stopped_at_line
                    .map(|l| format!("; stopped at line {l} (--fail-fast)"))
                    .unwrap_or_default()
            ));
        } else {
            error::print_line(
                &serde_json::to_value(SummaryLine { summary: s }).unwrap_or_default(),
            );
        }
        Ok(match (s.rejected, s.stopped_at_line) {
            (0, _) => ExitCode::SUCCESS,
            (_, Some(_)) => ExitCode::from(exit::STOPPED_AT_REJECTED_RECORD),
            (_, None) => ExitCode::from(exit::REJECTED_RECORDS),
        })
    }
}
