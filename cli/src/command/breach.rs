//! `gdpr breach`: a personal data breach — notify the authority, tell the people, by when,
//! and the register entry (Art. 33, 34).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, Utc};
use gdpr::assess;
use gdpr::notice::Language;
use gdpr::PersonalDataBreach;

use crate::error::Failure;
use crate::io::{self, Output};
use crate::options::Lang;

/// A personal data breach: notify the authority? tell the data subjects? by when? (Art. 33, 34)
#[derive(clap::Args)]
pub struct Args {
    /// The policy (JSON).
    policy: PathBuf,
    /// The breach (JSON, `schema/breach_request.schema.json`); `-` or absent: stdin.
    request: Option<PathBuf>,
    /// Decide as of this moment (RFC 3339, e.g. 2026-11-27T10:00:00+01:00; default: now).
    #[arg(long)]
    as_of: Option<DateTime<FixedOffset>>,
    /// The language of `--format text` (default: Dutch for a controller established in
    /// Belgium or the Netherlands, else English).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
}

/// Prints the breach decision.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let r: PersonalDataBreach = io::read(args.request.as_deref())?;
    let as_of = args.as_of.unwrap_or_else(|| Utc::now().fixed_offset());
    let d = assess::assess_breach(&p, &r, as_of).map_err(|e| Failure::assess(&e))?;
    if !out.is_text() {
        out.json(&d)?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = match args.lang {
        Some(lang) => lang.language(),
        None if matches!(p.controller.establishment.code(), "BE" | "NL") => Language::Dutch,
        None => Language::English,
    };
    write!(out, "{}", d.to_text(lang))?;
    Ok(ExitCode::SUCCESS)
}
