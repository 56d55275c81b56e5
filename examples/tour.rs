//! The tour: loads policies, validates them and prints what it finds, with the articles.
//!
//! Run with `cargo run --example tour`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use gdpr::{validate, AdequacyRegistry, Policy, Severity};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("examples/policies"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files.push(root.join("tests/fixtures/webshop.json"));

    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).ok_or("bad date")?;
    let registry = AdequacyRegistry::builtin();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        let policy = Policy::from_json(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        println!(
            "━━ {} ({})",
            policy.controller.name, policy.controller.establishment
        );
        let report = validate(&policy, &registry, as_of);
        if report.findings.is_empty() {
            println!("   no findings as of {as_of}");
        }
        for f in &report.findings {
            let mark = match f.severity {
                Severity::Error => "error  ",
                Severity::Warning => "warning",
            };
            let cite = f.citation.map(|c| c.to_string()).unwrap_or_default();
            println!("   {mark} {cite:<32} {}", f.path);
            println!("           {}", f.message);
        }
        println!();
    }
    Ok(())
}
