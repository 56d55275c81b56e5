//! Every failure of the command, printed as one JSON object on standard error, and the exit
//! statuses.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use schemars::JsonSchema;
use serde::Serialize;

use crate::records::Rejected;

/// The exit statuses, documented in the README.
pub mod exit {
    /// The command line or an input was wrong, or reading or writing failed.
    pub const FAILURE: u8 = 1;
    /// `validate` found errors in the policy.
    pub const INVALID_POLICY: u8 = 2;
    /// `retention` evaluated every record it could read, and rejected some.
    pub const REJECTED_RECORDS: u8 = 3;
    /// `retention --fail-fast` stopped at a rejected record; the lines after it were not read.
    pub const STOPPED_AT_REJECTED_RECORD: u8 = 4;
    /// Standard output was closed by its reader (`gdpr ... | head`): 128 + SIGPIPE, the
    /// status of a process the signal ended, as the shell reports for other tools.
    pub const BROKEN_PIPE: u8 = 141;
}

/// What kind of failure it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// The command line was wrong.
    Usage,
    /// Reading or writing a file or stream failed.
    Io,
    /// A JSON or YAML document was malformed or did not fit its type.
    Document,
    /// A line of a record stream was not a record.
    Record,
    /// The library refused the request.
    Request,
}

/// A failure, printed as `{"error": {...}}` on standard error.
#[derive(Serialize, JsonSchema)]
pub struct Failure {
    /// What kind of failure it was.
    kind: FailureKind,
    /// The file concerned (`-` for standard input).
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    /// The line of a record stream, counted from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    /// The JSON path of the offending value within the document or record, or `$` for the
    /// whole of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    /// What was wrong.
    message: String,
    /// The reader of standard output has gone: end quietly.
    #[serde(skip)]
    broken_pipe: bool,
}

impl Failure {
    fn new(kind: FailureKind, file: Option<&Path>, message: String) -> Failure {
        Failure {
            kind,
            file: file.map(|f| f.display().to_string()),
            line: None,
            path: None,
            message,
            broken_pipe: false,
        }
    }

    /// The command line was wrong.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(FailureKind::Usage, None, message.into())
    }

    /// Reading or writing `file` failed.
    pub fn io(file: &Path, e: &io::Error) -> Failure {
        Failure {
            broken_pipe: e.kind() == io::ErrorKind::BrokenPipe,
            ..Failure::new(FailureKind::Io, Some(file), e.to_string())
        }
    }

    /// A JSON document was malformed or did not fit its type.
    pub fn document(file: &Path, e: &gdpr::DocumentError) -> Failure {
        Failure {
            path: Some(e.path().to_owned()),
            ..Failure::new(FailureKind::Document, Some(file), e.message().to_owned())
        }
    }

    /// A document read well but does not fit what it is used with; `path` is the JSON path
    /// in `file` of the entry at fault.
    pub fn mapping(file: &Path, path: &str, e: &dyn std::fmt::Display) -> Failure {
        let message = e.to_string();
        let message = message
            .strip_prefix(&format!("{path}: "))
            .map_or(message.clone(), str::to_owned);
        Failure {
            path: Some(path.to_owned()),
            ..Failure::new(FailureKind::Document, Some(file), message)
        }
    }

    /// A line of a record stream was not a record.
    pub fn record(file: &Path, rejected: Rejected) -> Failure {
        Failure {
            line: Some(rejected.line),
            path: rejected.path,
            ..Failure::new(FailureKind::Record, Some(file), rejected.message)
        }
    }

    /// The library refused the request.
    pub fn assess(e: &dyn std::fmt::Display) -> Failure {
        Failure::new(FailureKind::Request, None, e.to_string())
    }

    /// `{"error": {...}}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(ErrorLine { error: self }).unwrap_or_default()
    }

    /// Prints the failure on standard error and gives the exit status: 1, or 141 without a
    /// word when standard output's reader has gone.
    pub fn report(&self) -> ExitCode {
        if self.broken_pipe {
            return ExitCode::from(exit::BROKEN_PIPE);
        }
        print_line(&self.to_json());
        ExitCode::from(exit::FAILURE)
    }
}

/// The line a failure is printed as (schema `cli_error`).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "CliError")]
pub struct ErrorLine<'a> {
    /// The failure.
    pub error: &'a Failure,
}

/// Writes one line of JSON on standard error. If standard error itself cannot be written,
/// there is nowhere left to say so: the exit status still tells.
pub fn print_line(value: &serde_json::Value) {
    print_text(&value.to_string());
}

/// Writes one line on standard error, as [`print_line`].
pub fn print_text(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}
