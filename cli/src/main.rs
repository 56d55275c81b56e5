//! `gdpr`: the decisions of the `gdpr` crate on the command line.
//!
//! Every subcommand reads a policy (JSON, or YAML from a `.yaml` or `.yml` file) and a request
//! (from a file or standard input) and prints the library's decision as JSON — exactly the
//! library's serialisation, valid against the schemas in `schema/`, its `message` fields
//! rendered in the language of `--lang` — or, with `--format text`, in words, in that language.
//!
//! Exit codes: 0 a decision was printed; 1 the command line or an input was wrong, or reading
//! or writing failed (a JSON error object on standard error says where); 2 `validate` found
//! errors in the policy; 3 `retention` rejected some records (each reported on standard
//! error) and evaluated all the others; 4 `retention --fail-fast` stopped at a rejected
//! record; 141 standard output was closed by its reader. See `error::exit`.
//!
//! This file only parses the command line and dispatches: each subcommand lives in
//! `command/<name>.rs`, reading and writing in `io.rs`, failures in `error.rs`.

mod command;
mod error;
mod io;
mod options;
mod records;
mod shapes;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::error::Failure;
use crate::io::Output;
use crate::options::{Format, Lang};

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
    /// The language of the text and of the JSON `message` fields (default: Dutch for a
    /// controller established in Belgium or the Netherlands, else English).
    #[arg(long, value_enum, global = true)]
    lang: Option<Lang>,
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
    Breach(command::breach::Args),
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
    let mut out = Output::stdout(cli.format, cli.lang.map(Lang::language));
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
        Command::Breach(args) => command::breach::run(args, out),
        Command::Retention(args) => command::retention::run(args, out),
        Command::RetentionPlan(args) => command::retention_plan::run(args, out),
        Command::Deadline(args) => command::deadline::run(args, out),
        Command::Notice(args) => command::notice::run(args, out),
        Command::Schema(args) => command::schema::run(args, out),
    }
}
