//! `gdpr validate`: check a policy against every rule; exit 2 if it has errors.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::error::{exit, Failure};
use crate::io::{self, Output};
use crate::options::Adequacy;

/// Check a policy against every rule; exit 2 if it has errors.
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// Judge adequacy decisions as of this date (default: today, UTC).
    #[arg(long)]
    as_of: Option<NaiveDate>,
    #[command(flatten)]
    adequacy: Adequacy,
}

/// Prints the validation report.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let registry = args.adequacy.registry()?;
    let mut report = gdpr::validate(&p, &registry, args.as_of.unwrap_or_else(io::today));
    let lang = out.lang(Some(&p));
    if out.is_text() {
        write!(out, "{}", report.to_text(lang))?;
    } else {
        report.render(lang);
        out.json(&report)?;
    }
    Ok(if report.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(exit::INVALID_POLICY)
    })
}
