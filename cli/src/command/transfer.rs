//! `gdpr transfer`: may data go to this recipient (Art. 44–49)?

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use gdpr::assess::{self, TransferRequest};

use crate::error::Failure;
use crate::io::{self, Output};
use crate::options::Adequacy;

/// May data go to this recipient (Art. 44–49)?
#[derive(clap::Args)]
pub struct Args {
    /// The policy (JSON).
    policy: PathBuf,
    /// The request (JSON, `schema/transfer_request.schema.json`); `-` or absent: stdin.
    request: Option<PathBuf>,
    /// Decide as of this date (default: today, UTC).
    #[arg(long)]
    as_of: Option<NaiveDate>,
    #[command(flatten)]
    adequacy: Adequacy,
}

/// Prints the transfer decision.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let r: TransferRequest = io::read(args.request.as_deref())?;
    let registry = args.adequacy.registry()?;
    let d = assess::assess_transfer(&p, &registry, &r, args.as_of.unwrap_or_else(io::today))
        .map_err(|e| Failure::assess(&e))?;
    if !out.is_text() {
        out.json(&d)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "transfer to {}: {:?}", d.recipient, d.outcome)?;
    out.reasons(&d.reasons)?;
    for q in &d.open_questions {
        writeln!(out, "  ? {q}")?;
    }
    for b in &d.commitment_breaches {
        writeln!(out, "  breaks a promise: {}", b.reason)?;
    }
    for remedy in &d.remedies {
        writeln!(out, "  would be permitted with: {remedy}")?;
    }
    Ok(ExitCode::SUCCESS)
}
