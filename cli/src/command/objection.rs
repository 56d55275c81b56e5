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
    let d = assess::assess_objection(&p, &r).map_err(|e| Failure::assess(&e))?;
    if out.is_text() {
        let stop: Vec<String> = d
            .stop
            .iter()
            .map(|s| format!("{}/{}", s.activity, s.purpose))
            .collect();
        writeln!(out, "objection: {:?} {}", d.outcome, stop.join(", "))?;
        out.reasons(&d.reasons)?;
    } else {
        out.json(&d)?;
    }
    Ok(ExitCode::SUCCESS)
}
