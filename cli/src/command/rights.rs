//! `gdpr rights`: which rights apply to an activity (Art. 7(3), 13–22, 77).

use std::path::PathBuf;
use std::process::ExitCode;

use gdpr::assess;

use crate::error::Failure;
use crate::io::{self, Output};

/// Which rights apply to an activity (Art. 7(3), 13–22, 77).
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// The activity id.
    activity: String,
}

/// Prints the rights that apply.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let d = assess::assess_rights(&p, &args.activity).map_err(|e| Failure::assess(&e))?;
    if !out.is_text() {
        out.json(&d)?;
        return Ok(ExitCode::SUCCESS);
    }
    for r in &d.rights {
        writeln!(
            out,
            "{:?} {} ({})",
            r.applies,
            r.right.label(),
            r.right.citation()
        )?;
        for reason in r.reasons.iter().skip(1) {
            writeln!(out, "  {reason}")?;
        }
        for q in &r.open_questions {
            writeln!(out, "  ? {q}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
