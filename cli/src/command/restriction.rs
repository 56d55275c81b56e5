//! `gdpr restriction`: decide a restriction request (Art. 18).

use std::path::PathBuf;
use std::process::ExitCode;

use gdpr::assess::{self, RestrictionRequest};

use crate::error::Failure;
use crate::io::{self, Output};

/// Decide a restriction request (Art. 18).
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// The request (JSON, `schema/restriction_request.schema.json`); `-` or absent: stdin.
    request: Option<PathBuf>,
}

/// Prints the restriction decision.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let r: RestrictionRequest = io::read(args.request.as_deref())?;
    let mut d = assess::assess_restriction(&p, &r).map_err(|e| Failure::assess(&e))?;
    let lang = out.lang(Some(&p));
    if out.is_text() {
        write!(out, "{}", d.to_text(lang))?;
    } else {
        d.render(lang);
        out.json(&d)?;
    }
    Ok(ExitCode::SUCCESS)
}
