//! `gdpr notice`: the privacy notice (Markdown) and its completeness check (Art. 13, 14).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::error::Failure;
use crate::io::{self, Output};
use crate::options::Lang;

/// Write the privacy notice (Markdown) and its completeness check (Art. 13, 14).
#[derive(clap::Args)]
pub struct Args {
    /// The policy (JSON).
    policy: PathBuf,
    /// The language.
    #[arg(long, value_enum, default_value_t = Lang::Nl)]
    lang: Lang,
}

/// Prints the notice, with its check in JSON.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let p = io::policy(&args.policy)?;
    let lang = args.lang.language();
    let markdown = gdpr::notice::render_notice(&p, lang);
    if out.is_text() {
        write!(out, "{markdown}")?;
    } else {
        let check = gdpr::notice::check_notice(&p);
        out.json(&serde_json::json!({ "check": check, "markdown": markdown }))?;
    }
    Ok(ExitCode::SUCCESS)
}
