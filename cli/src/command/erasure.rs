//! `gdpr erasure`: decide an erasure request (Art. 17).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use gdpr::assess::{self, ErasureRequest};

use crate::error::Failure;
use crate::io::{self, Output};
use crate::options::{self, CalendarArg};

/// Decide an erasure request (Art. 17).
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// The request (JSON, `schema/erasure_request.schema.json`); `-` or absent: stdin.
    request: Option<PathBuf>,
    /// Decide as of this date (default: today, UTC).
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// The public holidays for the answer deadline: a state's code, `none`, or a calendar
    /// file (default: the controller's establishment).
    #[arg(long, alias = "holidays")]
    calendar: Option<CalendarArg>,
}

/// Prints the erasure decision.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let r: ErasureRequest = io::read(args.request.as_deref())?;
    let calendar = options::calendar(args.calendar.as_ref(), Some(&p))?;
    let mut d = assess::assess_erasure(&p, &r, &calendar, args.as_of.unwrap_or_else(io::today))
        .map_err(|e| Failure::assess(&e))?;
    let lang = out.lang(Some(&p));
    if out.is_text() {
        write!(out, "{}", d.to_text(lang))?;
    } else {
        d.render(lang);
        out.json(&d)?;
    }
    Ok(ExitCode::SUCCESS)
}
