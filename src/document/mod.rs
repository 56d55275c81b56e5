//! Reading documents: JSON text to typed values, with errors that name the JSON path.
//!
//! Parsing happens in two steps. First the text becomes a JSON value, rejecting what
//! `serde_json` would silently accept: duplicate keys (the later one would win) and
//! documents larger or deeper than the [limits](crate::limits). Then the value is walked into
//! the typed model, unknown fields rejected, and the first error is reported with its path:
//!
//! ```
//! use gdpr::Policy;
//!
//! let err = Policy::from_json(r#"{"controller": {"name": "X", "kind": "private", "establishment": "USA"},
//!     "data_categories": [], "activities": []}"#).unwrap_err();
//! assert_eq!(err.path(), "controller.establishment");
//! assert_eq!(err.to_string(),
//!     "controller.establishment: `USA` is not an ISO 3166-1 alpha-2 code");
//! ```

mod de;
mod path;
mod strict;

use serde::de::DeserializeOwned;

use crate::limits::MAX_DOCUMENT_BYTES;

/// A document could not be read: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct DocumentError {
    path: String,
    message: String,
}

impl DocumentError {
    /// The JSON path of the offending value, e.g. `activities[2].purposes[0].legal_basis`,
    /// or `$` for the document as a whole.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was wrong, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Reads a `T` from JSON text.
///
/// # Errors
///
/// A [`DocumentError`] naming the JSON path and what was expected there.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    read(text, true)
}

/// Reads `text`, first the fast way, and again the slow way for an error with its path.
///
/// `walk` asks for the duplicate-key and depth pass on the fast path. A type with no maps and
/// no free-form JSON values can skip it: derived structs refuse a repeated field themselves,
/// and typed nesting is bounded by the type.
fn read<T: DeserializeOwned>(text: &str, walk: bool) -> Result<T, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError {
            path: "$".to_owned(),
            message: format!("the document is larger than the limit of {MAX_DOCUMENT_BYTES} bytes"),
        });
    }
    // The fast path reads the typed value straight from the text and checks duplicate keys
    // and depth in a second pass that builds nothing. Only when either fails is the document
    // read again the slow way, which knows the JSON path of the error.
    if !walk || strict::check(text).is_ok() {
        if let Ok(value) = serde_json::from_str(text) {
            return Ok(value);
        }
    }
    let value = strict::parse(text).map_err(|e| DocumentError {
        path: "$".to_owned(),
        message: e,
    })?;
    from_json_value(&value)
}

/// Reads a `T` from an already parsed JSON value.
///
/// # Errors
///
/// A [`DocumentError`] naming the JSON path and what was expected there.
pub fn from_json_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, DocumentError> {
    de::from_value(value).map_err(|e| DocumentError {
        path: e.path.unwrap_or_else(|| "$".to_owned()),
        message: e.message,
    })
}

impl crate::Policy {
    /// Reads a policy from JSON text.
    ///
    /// # Errors
    ///
    /// A [`DocumentError`] naming the JSON path and what was expected, for malformed JSON,
    /// duplicate keys, unknown fields, wrong types, unknown values, invalid country codes,
    /// periods or dates.
    pub fn from_json(text: &str) -> Result<crate::Policy, DocumentError> {
        // A policy has no maps and no free-form values (a test keeps it so), so the fast path
        // needs no duplicate-key pass.
        read(text, false)
    }
}
