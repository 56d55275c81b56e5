//! Every failure of the command, printed as one JSON object on standard error.

use std::io;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

/// A failure, printed as `{"error": {...}}` on standard error.
#[derive(Serialize)]
pub struct Failure {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    message: String,
}

impl Failure {
    /// The command line was wrong.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            kind: "usage",
            file: None,
            path: None,
            message: message.into(),
        }
    }

    /// Reading or writing `file` failed.
    pub fn io(file: &Path, e: &io::Error) -> Failure {
        Failure {
            kind: "io",
            file: Some(file.display().to_string()),
            path: None,
            message: e.to_string(),
        }
    }

    /// A JSON document was malformed or did not fit its type.
    pub fn document(file: &Path, e: &gdpr::DocumentError) -> Failure {
        Failure {
            kind: "document",
            file: Some(file.display().to_string()),
            path: Some(e.path().to_owned()),
            message: e.message().to_owned(),
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
            kind: "document",
            file: Some(file.display().to_string()),
            path: Some(path.to_owned()),
            message,
        }
    }

    /// One record of a stream was wrong; `line` is its line number.
    pub fn record(file: &Path, line: usize, message: String) -> Failure {
        Failure {
            kind: "record",
            file: Some(file.display().to_string()),
            path: Some(format!("line {line}")),
            message,
        }
    }

    /// The library refused the request.
    pub fn assess(e: &dyn std::fmt::Display) -> Failure {
        Failure {
            kind: "request",
            file: None,
            path: None,
            message: e.to_string(),
        }
    }

    /// Prints the failure on standard error and gives exit status 1.
    pub fn report(&self) -> ExitCode {
        let body = serde_json::json!({ "error": self });
        eprintln!("{body}");
        ExitCode::from(1)
    }
}
