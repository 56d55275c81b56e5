//! `gdpr schema`: print a JSON Schema, or write them all to a directory: the library's
//! documents and decisions, and what the command prints around them (`cli_*`).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::error::Failure;
use crate::io::Output;

/// Print a JSON Schema, or write them all to a directory.
#[derive(clap::Args)]
pub struct Args {
    /// The schema's name, e.g. `policy` (absent: list the names).
    name: Option<String>,
    /// Write every schema to this directory instead.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Prints (or writes) the schemas.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let mut all = gdpr::schema::all();
    all.extend(crate::shapes::all());
    if let Some(dir) = &args.out {
        for (n, schema) in &all {
            let file = dir.join(format!("{n}.schema.json"));
            let body = serde_json::to_string_pretty(schema).map_err(|e| Failure::assess(&e))?;
            std::fs::write(&file, body + "\n").map_err(|e| Failure::io(&file, &e))?;
        }
    } else if let Some(name) = &args.name {
        let schema = all.iter().find(|(n, _)| n == name).ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
            Failure::usage(format!(
                "no schema `{name}`; the schemas are {}",
                names.join(", ")
            ))
        })?;
        out.json(&schema.1)?;
    } else {
        for (n, _) in &all {
            writeln!(out, "{n}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
