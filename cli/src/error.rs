//! Every failure of the command, printed as one JSON object on standard error, and the exit
//! statuses.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

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

/// A failure, printed as `{"error": {...}}` on standard error.
#[derive(Serialize)]
pub struct Failure {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    message: String,
    /// The reader of standard output has gone: end quietly.
    #[serde(skip)]
    broken_pipe: bool,
}

impl Failure {
    fn new(kind: &'static str, file: Option<&Path>, message: String) -> Failure {
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
        Failure::new("usage", None, message.into())
    }

    /// Reading or writing `file` failed.
    pub fn io(file: &Path, e: &io::Error) -> Failure {
        Failure {
            broken_pipe: e.kind() == io::ErrorKind::BrokenPipe,
            ..Failure::new("io", Some(file), e.to_string())
        }
    }

    /// A JSON document was malformed or did not fit its type.
    pub fn document(file: &Path, e: &gdpr::DocumentError) -> Failure {
        Failure {
            path: Some(e.path().to_owned()),
            ..Failure::new("document", Some(file), e.message().to_owned())
        }
    }

    /// A line of a record stream was not a record.
    pub fn record(file: &Path, rejected: Rejected) -> Failure {
        Failure {
            line: Some(rejected.line),
            path: rejected.path,
            ..Failure::new("record", Some(file), rejected.message)
        }
    }

    /// The library refused the request.
    pub fn assess(e: &dyn std::fmt::Display) -> Failure {
        Failure::new("request", None, e.to_string())
    }

    /// `{"error": {...}}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "error": self })
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

/// Writes one line of JSON on standard error. If standard error itself cannot be written,
/// there is nowhere left to say so: the exit status still tells.
pub fn print_line(value: &serde_json::Value) {
    print_text(&value.to_string());
}

/// Writes one line on standard error, as [`print_line`].
pub fn print_text(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}
