//! `gdpr`: the decisions of the `gdpr` crate on the command line.
//!
//! Every subcommand reads a policy (and a request, from a file or standard input) and prints
//! the library's decision as JSON — exactly the library's serialisation, valid against the
//! schemas in `schema/` — or, with `--format text`, in words.
//!
//! Exit codes: 0 a decision was printed; 1 the command line or an input was wrong (a JSON
//! error object on standard error says where); 2 `validate` found errors in the policy.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use gdpr::assess::{
    self, Belgium, ErasureRequest, EuTimeZone, Netherlands, NoHolidays, ObjectionRequest,
    RestrictionRequest, TransferRequest,
};
use gdpr::notice::Language;
use gdpr::{AdequacyRegistry, Policy};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "gdpr",
    version,
    about = "GDPR decisions with the articles they rest on"
)]
struct Cli {
    /// Output: the library's JSON, or text for people.
    #[arg(long, value_enum, default_value_t = Format::Json, global = true)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum Calendar {
    /// Belgian public holidays.
    Be,
    /// Dutch public holidays (Algemene termijnenwet).
    Nl,
    /// Saturdays and Sundays only.
    None,
}

impl Calendar {
    fn holidays(self) -> &'static assess::Calendar {
        match self {
            Calendar::Be => &Belgium,
            Calendar::Nl => &Netherlands,
            Calendar::None => &NoHolidays,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Nl,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum RecordFormat {
    /// One JSON object per line: {"id": "...", "trigger_date": "YYYY-MM-DD"}.
    Jsonl,
    /// A header line with `id` and `trigger_date` columns, comma-separated, no quoting.
    Csv,
}

#[derive(Subcommand)]
enum Command {
    /// Check a policy against every rule; exit 2 if it has errors.
    Validate {
        /// The policy (JSON).
        policy: PathBuf,
        /// Judge adequacy decisions as of this date (default: today, UTC).
        #[arg(long)]
        as_of: Option<NaiveDate>,
    },
    /// Decide an erasure request (Art. 17).
    Erasure {
        /// The policy (JSON).
        policy: PathBuf,
        /// The request (JSON, `schema/erasure_request.schema.json`); `-` or absent: stdin.
        request: Option<PathBuf>,
        /// Decide as of this date (default: today, UTC).
        #[arg(long)]
        as_of: Option<NaiveDate>,
        /// The public holidays for the answer deadline.
        #[arg(long, value_enum, default_value_t = Calendar::None)]
        holidays: Calendar,
    },
    /// Which rights apply to an activity (Art. 7(3), 13–22, 77).
    Rights {
        /// The policy (JSON).
        policy: PathBuf,
        /// The activity id.
        activity: String,
    },
    /// Decide an objection (Art. 21).
    Objection {
        /// The policy (JSON).
        policy: PathBuf,
        /// The request (JSON, `schema/objection_request.schema.json`); `-` or absent: stdin.
        request: Option<PathBuf>,
    },
    /// Decide a restriction request (Art. 18).
    Restriction {
        /// The policy (JSON).
        policy: PathBuf,
        /// The request (JSON, `schema/restriction_request.schema.json`); `-` or absent: stdin.
        request: Option<PathBuf>,
    },
    /// May data go to this recipient (Art. 44–49)?
    Transfer {
        /// The policy (JSON).
        policy: PathBuf,
        /// The request (JSON, `schema/transfer_request.schema.json`); `-` or absent: stdin.
        request: Option<PathBuf>,
        /// Decide as of this date (default: today, UTC).
        #[arg(long)]
        as_of: Option<NaiveDate>,
    },
    /// Stream records and print those due under a retention rule (Art. 5(1)(e)).
    Retention {
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
    },
    /// Time limits: answering a request (Art. 12(3)) or notifying a breach (Art. 33(1)).
    Deadline {
        /// The day a data subject's request was received.
        #[arg(
            long,
            required_unless_present = "breach_aware",
            conflicts_with = "breach_aware"
        )]
        received: Option<NaiveDate>,
        /// When the controller became aware of a breach (RFC 3339, e.g. 2026-11-27T15:40:00Z).
        #[arg(long)]
        breach_aware: Option<DateTime<Utc>>,
        /// The public holidays of the Member State where the controller acts.
        #[arg(long, value_enum, default_value_t = Calendar::None)]
        holidays: Calendar,
    },
    /// Write the privacy notice (Markdown) and its completeness check (Art. 13, 14).
    Notice {
        /// The policy (JSON).
        policy: PathBuf,
        /// The language.
        #[arg(long, value_enum, default_value_t = Lang::Nl)]
        lang: Lang,
    },
    /// Print a JSON Schema, or write them all to a directory.
    Schema {
        /// The schema's name, e.g. `policy` (absent: list the names).
        name: Option<String>,
        /// Write every schema to this directory instead.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// A failure, printed as a JSON object on standard error.
#[derive(Serialize)]
struct Failure {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure {
            kind: "usage",
            file: None,
            path: None,
            message: message.into(),
        }
    }

    fn io(file: &Path, e: &io::Error) -> Failure {
        Failure {
            kind: "io",
            file: Some(file.display().to_string()),
            path: None,
            message: e.to_string(),
        }
    }

    fn document(file: &Path, e: &gdpr::DocumentError) -> Failure {
        Failure {
            kind: "document",
            file: Some(file.display().to_string()),
            path: Some(e.path().to_owned()),
            message: e.message().to_owned(),
        }
    }

    fn assess(e: &dyn std::fmt::Display) -> Failure {
        Failure {
            kind: "request",
            file: None,
            path: None,
            message: e.to_string(),
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            return fail(&Failure::usage(e.to_string().trim_end()));
        }
    };
    match run(&cli) {
        Ok(code) => code,
        Err(failure) => fail(&failure),
    }
}

fn fail(failure: &Failure) -> ExitCode {
    let body = serde_json::json!({ "error": failure });
    eprintln!("{body}");
    ExitCode::from(1)
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn read_text(path: Option<&Path>) -> Result<(PathBuf, String), Failure> {
    let limit = gdpr::limits::MAX_DOCUMENT_BYTES as u64;
    let mut text = String::new();
    match path {
        Some(file) if file != Path::new("-") => {
            File::open(file)
                .and_then(|f| f.take(limit + 1).read_to_string(&mut text))
                .map_err(|e| Failure::io(file, &e))?;
            Ok((file.to_path_buf(), text))
        }
        // Reading stops one byte past the limit, so the library reports the size.
        _ => {
            io::stdin()
                .take(limit + 1)
                .read_to_string(&mut text)
                .map_err(|e| Failure::io(Path::new("-"), &e))?;
            Ok((PathBuf::from("-"), text))
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(path: Option<&Path>) -> Result<T, Failure> {
    let (file, text) = read_text(path)?;
    gdpr::from_json(&text).map_err(|e| Failure::document(&file, &e))
}

fn policy(path: &Path) -> Result<Policy, Failure> {
    read(Some(path))
}

fn print_json<T: Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::assess(&e))?;
    println!("{text}");
    Ok(())
}

fn run(cli: &Cli) -> Result<ExitCode, Failure> {
    let text = cli.format == Format::Text;
    let registry = AdequacyRegistry::builtin();
    match &cli.command {
        Command::Validate {
            policy: path,
            as_of,
        } => {
            let p = policy(path)?;
            let report = gdpr::validate(&p, &registry, as_of.unwrap_or_else(today));
            if text {
                for f in &report.findings {
                    println!("{f}");
                }
                println!(
                    "{} errors, {} warnings",
                    report.errors().count(),
                    report.warnings().count()
                );
            } else {
                print_json(&report)?;
            }
            Ok(if report.is_valid() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        Command::Erasure {
            policy: path,
            request,
            as_of,
            holidays,
        } => {
            let p = policy(path)?;
            let r: ErasureRequest = read(request.as_deref())?;
            let d =
                assess::assess_erasure(&p, &r, holidays.holidays(), as_of.unwrap_or_else(today))
                    .map_err(|e| Failure::assess(&e))?;
            if text {
                println!("erasure: {:?}", d.outcome);
                for i in &d.items {
                    println!("{:?} {}/{}", i.verdict, i.activity, i.data_category);
                    for reason in &i.reasons {
                        println!("  {reason}");
                    }
                    if let Some(until) = i.keep_until {
                        println!("  kept until {until}");
                    }
                    for q in &i.open_questions {
                        println!("  ? {q}");
                    }
                }
                for n in &d.notify_recipients {
                    println!("tell {}: {}", n.recipient, n.reason);
                }
                println!(
                    "answer by {} (extended: {})",
                    d.deadlines.respond_by.last_day, d.deadlines.extended_respond_by.last_day
                );
            } else {
                print_json(&d)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rights {
            policy: path,
            activity,
        } => {
            let p = policy(path)?;
            let d = assess::assess_rights(&p, activity).map_err(|e| Failure::assess(&e))?;
            if text {
                for r in &d.rights {
                    println!(
                        "{:?} {} ({})",
                        r.applies,
                        r.right.label(),
                        r.right.citation()
                    );
                    for reason in r.reasons.iter().skip(1) {
                        println!("  {reason}");
                    }
                    for q in &r.open_questions {
                        println!("  ? {q}");
                    }
                }
            } else {
                print_json(&d)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Objection {
            policy: path,
            request,
        } => {
            let p = policy(path)?;
            let r: ObjectionRequest = read(request.as_deref())?;
            let d = assess::assess_objection(&p, &r).map_err(|e| Failure::assess(&e))?;
            if text {
                println!(
                    "objection: {:?} {}",
                    d.outcome,
                    d.purposes_to_stop.join(", ")
                );
                print_reasons(&d.reasons);
            } else {
                print_json(&d)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Restriction {
            policy: path,
            request,
        } => {
            let p = policy(path)?;
            let r: RestrictionRequest = read(request.as_deref())?;
            let d = assess::assess_restriction(&p, &r).map_err(|e| Failure::assess(&e))?;
            if text {
                println!("restrict: {}", d.restrict);
                print_reasons(&d.reasons);
            } else {
                print_json(&d)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Transfer {
            policy: path,
            request,
            as_of,
        } => {
            let p = policy(path)?;
            let r: TransferRequest = read(request.as_deref())?;
            let d = assess::assess_transfer(&p, &registry, &r, as_of.unwrap_or_else(today))
                .map_err(|e| Failure::assess(&e))?;
            if text {
                println!("transfer to {}: {:?}", d.recipient, d.outcome);
                print_reasons(&d.reasons);
                for q in &d.open_questions {
                    println!("  ? {q}");
                }
                for b in &d.commitment_breaches {
                    println!("  breaks a promise: {}", b.reason);
                }
                for remedy in &d.remedies {
                    println!("  would be permitted with: {remedy}");
                }
            } else {
                print_json(&d)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Retention {
            policy: path,
            activity,
            rule,
            records,
            records_format,
            as_of,
        } => {
            let p = policy(path)?;
            let act = p.activity(activity).ok_or_else(|| {
                Failure::usage(format!("the policy has no activity `{activity}`"))
            })?;
            let rule = act.retention.get(*rule).ok_or_else(|| {
                Failure::usage(format!(
                    "the activity `{activity}` has no retention rule {rule}"
                ))
            })?;
            let sweep = assess::RetentionSweep::new(rule, as_of.unwrap_or_else(today))
                .map_err(|e| Failure::assess(&e))?;
            sweep_records(rule, &sweep, records.as_deref(), *records_format, text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Deadline {
            received,
            breach_aware,
            holidays,
        } => {
            if let Some(received) = received {
                let d = assess::request_deadlines(*received, holidays.holidays())
                    .map_err(|e| Failure::assess(&e))?;
                if text {
                    println!("answer by {}", d.respond_by.last_day);
                    print_reasons(&d.respond_by.reasons);
                    println!("extended: answer by {}", d.extended_respond_by.last_day);
                } else {
                    print_json(&d)?;
                }
            } else if let Some(aware) = breach_aware {
                let d = assess::breach_notification_deadline(*aware, EuTimeZone::Central)
                    .map_err(|e| Failure::assess(&e))?;
                if text {
                    println!("notify by {}", d.ends_local.to_rfc3339());
                    print_reasons(&d.reasons);
                } else {
                    print_json(&d)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Notice { policy: path, lang } => {
            let p = policy(path)?;
            let lang = match lang {
                Lang::Nl => Language::Dutch,
                Lang::En => Language::English,
            };
            let markdown = gdpr::notice::render_notice(&p, lang);
            if text {
                print!("{markdown}");
            } else {
                let check = gdpr::notice::check_notice(&p);
                print_json(&serde_json::json!({ "check": check, "markdown": markdown }))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { name, out } => {
            let all = gdpr::schema::all();
            if let Some(dir) = out {
                for (n, schema) in &all {
                    let file = dir.join(format!("{n}.schema.json"));
                    let body =
                        serde_json::to_string_pretty(schema).map_err(|e| Failure::assess(&e))?;
                    std::fs::write(&file, body + "\n").map_err(|e| Failure::io(&file, &e))?;
                }
            } else if let Some(name) = name {
                let schema = all.iter().find(|(n, _)| n == name).ok_or_else(|| {
                    let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
                    Failure::usage(format!(
                        "no schema `{name}`; the schemas are {}",
                        names.join(", ")
                    ))
                })?;
                print_json(&schema.1)?;
            } else {
                for (n, _) in &all {
                    println!("{n}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_reasons(reasons: &[assess::Reason]) {
    for r in reasons {
        println!("  {r}");
    }
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
    text: bool,
) -> Result<(), Failure> {
    let (name, input): (PathBuf, Box<dyn BufRead>) = match records {
        Some(p) if p != Path::new("-") => (
            p.to_path_buf(),
            Box::new(BufReader::new(
                File::open(p).map_err(|e| Failure::io(p, &e))?,
            )),
        ),
        _ => (PathBuf::from("-"), Box::new(BufReader::new(io::stdin()))),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut columns: Option<(usize, usize)> = None;
    let bad = |line: usize, message: String| Failure {
        kind: "record",
        file: Some(name.display().to_string()),
        path: Some(format!("line {line}")),
        message,
    };
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
        let written = if text {
            writeln!(
                out,
                "{} due since {due_date} ({:?})",
                record.id,
                sweep.action()
            )
        } else {
            let due = Due {
                id: &record.id,
                trigger_date: record.trigger_date,
                due_date,
                action: sweep.action(),
            };
            serde_json::to_writer(&mut out, &due)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        };
        written.map_err(|e| Failure::io(Path::new("-"), &e))?;
    }
    out.flush().map_err(|e| Failure::io(Path::new("-"), &e))
}
