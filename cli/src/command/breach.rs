//! `gdpr breach`: a personal data breach — notify the authority, tell the people, by when,
//! and the register entry (Art. 33, 34).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, Utc};
use gdpr::assess;
use gdpr::PersonalDataBreach;

use crate::error::Failure;
use crate::io::{self, Output};

/// A personal data breach: notify the authority? tell the data subjects? by when? (Art. 33, 34)
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// The breach (JSON, `schema/breach_request.schema.json`); `-` or absent: stdin.
    request: Option<PathBuf>,
    /// Decide as of this moment (RFC 3339, e.g. 2026-11-27T10:00:00+01:00; default: now).
    #[arg(long)]
    as_of: Option<DateTime<FixedOffset>>,
}

/// Prints the breach decision.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let r: PersonalDataBreach = io::read(args.request.as_deref())?;
    let as_of = args.as_of.unwrap_or_else(|| Utc::now().fixed_offset());
    let mut d = assess::assess_breach(&p, &r, as_of).map_err(|e| Failure::assess(&e))?;
    let lang = out.lang(Some(&p));
    if out.is_text() {
        write!(out, "{}", d.to_text(lang))?;
    } else {
        d.render(lang);
        out.json(&d)?;
    }
    Ok(ExitCode::SUCCESS)
}
