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
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
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
    let mut d = assess::assess_transfer(&p, &registry, &r, args.as_of.unwrap_or_else(io::today))
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
