//! `gdpr objection`: decide an objection (Art. 21).

use std::path::PathBuf;
use std::process::ExitCode;

use gdpr::assess::{self, ObjectionRequest};

use crate::error::Failure;
use crate::io::{self, Output};

/// Decide an objection (Art. 21).
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// The request (JSON, `schema/objection_request.schema.json`); `-` or absent: stdin.
    request: Option<PathBuf>,
}

/// Prints the objection decision.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let r: ObjectionRequest = io::read(args.request.as_deref())?;
    let mut d = assess::assess_objection(&p, &r).map_err(|e| Failure::assess(&e))?;
    let lang = out.lang(Some(&p));
    if out.is_text() {
        write!(out, "{}", d.to_text(lang))?;
    } else {
        d.render(lang);
        out.json(&d)?;
    }
    Ok(ExitCode::SUCCESS)
}
