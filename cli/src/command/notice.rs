//! `gdpr notice`: the privacy notice (Markdown) and its completeness check (Art. 13, 14), or,
//! with `--audit`, the audit of the published notice the policy records.

use std::path::PathBuf;
use std::process::ExitCode;

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::Failure;
use crate::io::{self, Output};

/// Write the privacy notice (Markdown) and its completeness check (Art. 13, 14).
#[derive(clap::Args)]
pub struct Args {
    /// The policy: JSON, or YAML from a `.yaml` or `.yml` file.
    policy: PathBuf,
    /// Audit the published notice recorded in the policy (`published_notice`) against
    /// Art. 12–15 and 37 and against the policy, instead of writing a notice. Exits 2 when the
    /// audit finds errors.
    #[arg(long)]
    audit: bool,
}

/// What `gdpr notice` prints in JSON (schema `cli_notice`).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "CliNotice")]
pub(crate) struct NoticeOutput {
    /// What the notice can and cannot say (Art. 13, 14).
    check: gdpr::notice::NoticeCheck,
    /// The notice, in Markdown.
    markdown: String,
}

/// Prints the notice, with its check in JSON.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let lang = out.lang(Some(&p));
    if args.audit {
        let mut audit = gdpr::notice::audit_notice(&p);
        if out.is_text() {
            write!(out, "{}", audit.to_text(lang))?;
        } else {
            audit.render(lang);
            out.json(&audit)?;
        }
        return Ok(if audit.errors().next().is_some() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        });
    }
    let markdown = gdpr::notice::render_notice(&p, lang);
    if out.is_text() {
        write!(out, "{markdown}")?;
    } else {
        let mut check = gdpr::notice::check_notice(&p);
        check.render(lang);
        out.json(&NoticeOutput { check, markdown })?;
    }
    Ok(ExitCode::SUCCESS)
}
