//! Reading the input documents and writing the decisions.

use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Read, StdoutLock, Write};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use gdpr::explain::Language;
use gdpr::Policy;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::Failure;
use crate::options::Format;

/// Today, in UTC: the default of every `--as-of`.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The name standard input is reported under.
pub fn stdin_name() -> PathBuf {
    PathBuf::from("-")
}

/// Whether `path` means standard input (`-` or absent).
pub fn is_stdin(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p == Path::new("-"))
}

/// Reads a whole document, from `path` or (`-` or absent) standard input.
///
/// Reading stops one byte past the library's size limit, so the library reports the size.
pub fn read_text(path: Option<&Path>) -> Result<(PathBuf, String), Failure> {
    let limit = gdpr::limits::MAX_DOCUMENT_BYTES as u64;
    let mut text = String::new();
    match path {
        Some(file) if !is_stdin(path) => {
            File::open(file)
                .and_then(|f| f.take(limit + 1).read_to_string(&mut text))
                .map_err(|e| Failure::io(file, &e))?;
            Ok((file.to_path_buf(), text))
        }
        _ => {
            io::stdin()
                .take(limit + 1)
                .read_to_string(&mut text)
                .map_err(|e| Failure::io(&stdin_name(), &e))?;
            Ok((stdin_name(), text))
        }
    }
}

/// Whether `path` names a YAML file (`.yaml`, `.yml`); anything else, standard input
/// included, is JSON.
pub fn is_yaml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml"))
}

/// Reads a document of type `T` with the library's strict reader: YAML from a `.yaml` or
/// `.yml` file, JSON otherwise. Both are held to the same schema and strictness.
pub fn read<T: DeserializeOwned>(path: Option<&Path>) -> Result<T, Failure> {
    let (file, text) = read_text(path)?;
    let read = if is_yaml(&file) {
        gdpr::from_yaml(&text)
    } else {
        gdpr::from_json(&text)
    };
    read.map_err(|e| Failure::document(&file, &e))
}

/// Reads a policy.
pub fn policy(path: &Path) -> Result<Policy, Failure> {
    read(Some(path))
}

/// Standard output, buffered, in the format the user asked for.
///
/// Write lines with `writeln!(out, ...)?`: a failed write is a [`Failure`], never a panic.
pub struct Output {
    out: BufWriter<StdoutLock<'static>>,
    format: Format,
    lang: Option<Language>,
}

impl Output {
    /// Standard output in `format`, in the language asked for (`--lang`), if any.
    pub fn stdout(format: Format, lang: Option<Language>) -> Output {
        Output {
            out: BufWriter::new(io::stdout().lock()),
            format,
            lang,
        }
    }

    /// Whether people read this output (`--format text`) rather than programs.
    pub fn is_text(&self) -> bool {
        self.format == Format::Text
    }

    /// The language to speak: the one asked for; else the one of the policy's controller's
    /// establishment (Dutch in Belgium and the Netherlands); else English.
    pub fn lang(&self, policy: Option<&Policy>) -> Language {
        self.lang.unwrap_or_else(|| {
            policy.map_or(Language::English, |p| {
                Language::of_establishment(p.controller.establishment)
            })
        })
    }

    /// Writes formatted text; what `write!` and `writeln!` call.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<(), Failure> {
        self.out.write_fmt(args).map_err(write_failed)
    }

    /// Writes `value` as pretty JSON and a newline.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failure> {
        serde_json::to_writer_pretty(&mut self.out, value)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(self.out))
            .map_err(write_failed)
    }

    /// Writes `value` as one line of compact JSON.
    pub fn json_line<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failure> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(self.out))
            .map_err(write_failed)
    }

    /// Writes out what is still buffered.
    pub fn flush(&mut self) -> Result<(), Failure> {
        self.out.flush().map_err(write_failed)
    }
}

fn write_failed(e: io::Error) -> Failure {
    Failure::io(Path::new("<stdout>"), &e)
}
