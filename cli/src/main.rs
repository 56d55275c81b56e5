//! `gdpr`: the decisions of the `gdpr` crate on the command line.
//!
//! Every subcommand reads a policy (and a request, from a file or standard input) and prints
//! the library's decision as JSON — exactly the library's serialisation, valid against the
//! schemas in `schema/` — or, with `--format text`, in words.
//!
//! Exit codes: 0 a decision was printed; 1 the command line or an input was wrong (a JSON
//! error object on standard error says where); 2 `validate` found errors in the policy.
//!
//! This file only parses the command line and dispatches: each subcommand lives in
//! `command/<name>.rs`, reading and writing in `io.rs`, failures in `error.rs`.

mod command;
mod error;
mod io;
mod options;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::error::Failure;
use crate::io::Output;
use crate::options::Format;

#[derive(Parser)]
#[command(
    name = "gdpr",
    version,
    about = "GDPR decisions with the articles they rest on"
)]
struct Cli {
    /// Output: the library's JSON, or text for people.
    #[arg(long, value_enum, default_value_t = Format::Json, global = true)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Validate(command::validate::Args),
    Erasure(command::erasure::Args),
    Rights(command::rights::Args),
    Objection(command::objection::Args),
    Restriction(command::restriction::Args),
    Transfer(command::transfer::Args),
    Retention(command::retention::Args),
    RetentionPlan(command::retention_plan::Args),
    Deadline(command::deadline::Args),
    Notice(command::notice::Args),
    Schema(command::schema::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            return Failure::usage(e.to_string().trim_end()).report();
        }
    };
    let mut out = Output::stdout(cli.format);
    let status = dispatch(&cli.command, &mut out).and_then(|code| out.flush().map(|()| code));
    status.unwrap_or_else(|failure| failure.report())
}

fn dispatch(command: &Command, out: &mut Output) -> Result<ExitCode, Failure> {
    match command {
        Command::Validate(args) => command::validate::run(args, out),
        Command::Erasure(args) => command::erasure::run(args, out),
        Command::Rights(args) => command::rights::run(args, out),
        Command::Objection(args) => command::objection::run(args, out),
        Command::Restriction(args) => command::restriction::run(args, out),
        Command::Transfer(args) => command::transfer::run(args, out),
        Command::Retention(args) => command::retention::run(args, out),
        Command::RetentionPlan(args) => command::retention_plan::run(args, out),
        Command::Deadline(args) => command::deadline::run(args, out),
        Command::Notice(args) => command::notice::run(args, out),
        Command::Schema(args) => command::schema::run(args, out),
    }
}
