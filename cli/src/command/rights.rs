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
    let mut d = assess::assess_rights(&p, &args.activity).map_err(|e| Failure::assess(&e))?;
    let lang = out.lang(Some(&p));
    if out.is_text() {
        write!(out, "{}", d.to_text(lang))?;
    } else {
        d.render(lang);
        out.json(&d)?;
    }
    Ok(ExitCode::SUCCESS)
}
