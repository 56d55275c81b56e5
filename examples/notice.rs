//! Prints the privacy notice of a policy in Markdown, and what it cannot yet say.
//!
//! ```text
//! cargo run --example notice -- examples/policies/stebo.json nl
//! cargo run --example notice -- examples/policies/step_inburgering.json en
//! ```

use gdpr::notice::{check_notice, render_notice, Language};
use gdpr::Policy;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: notice POLICY.json [nl|en]")?;
    let lang = match args.next().as_deref() {
        Some("en") => Language::English,
        Some("nl") | None => Language::Dutch,
        Some(other) => return Err(format!("unknown language `{other}`; use `nl` or `en`").into()),
    };
    let policy =
        Policy::from_json(&std::fs::read_to_string(&path)?).map_err(|e| format!("{path}: {e}"))?;
    print!("{}", render_notice(&policy, lang));
    println!("\n---\n");
    print!("{}", check_notice(&policy).to_text(lang));
    Ok(())
}
