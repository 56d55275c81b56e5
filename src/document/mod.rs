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

mod date;
mod de;
mod path;
mod shape;
mod strict;
#[cfg(feature = "yaml")]
mod yaml;

pub(crate) use date::{DATE_PATTERN, DATE_TIME_PATTERN};
#[cfg(feature = "yaml")]
pub use yaml::from_yaml;

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

/// Reads a `T` from JSON text: the one strict reader behind every entry point
/// ([`Policy::from_json`](crate::Policy::from_json),
/// [`AdequacyRegistry::from_json`](crate::AdequacyRegistry::from_json), every request of
/// [`assess`](crate::assess)).
///
/// It refuses what `serde_json` alone would accept: a document over
/// [`MAX_DOCUMENT_BYTES`](crate::limits::MAX_DOCUMENT_BYTES), nested deeper than
/// [`MAX_NESTING`](crate::limits::MAX_NESTING), a key repeated in one object, an unknown
/// field anywhere (inside tagged objects such as `legal_basis` too), trailing text.
///
/// ```
/// use gdpr::assess::ErasureRequest;
///
/// let err = gdpr::from_json::<ErasureRequest>(
///     r#"{"received": "2026-11-27", "activities": [{"activity": "a", "consent_withdrawn": true, "erase_now": true}]}"#,
/// ).unwrap_err();
/// assert_eq!(err.path(), "activities[0].erase_now");
/// ```
///
/// # Errors
///
/// A [`DocumentError`] naming the JSON path and what was expected there.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(at_root(too_large()));
    }
    // The fast path reads the typed value straight from the text. A value that asked for a
    // map or for any JSON value (a derived struct refuses a repeated field itself, and its
    // nesting is bounded by its type) is also checked for duplicate keys and depth, in a
    // pass that builds nothing. Only when either fails is the document read again the slow
    // way, which knows the JSON path of the error.
    let mut de = serde_json::Deserializer::from_str(text);
    let (read, free_form) = shape::noting_free_form(|| T::deserialize(shape::Shape(&mut de)));
    if let Ok(value) = read {
        if de.end().is_ok() && (!free_form || strict::check(text).is_ok()) {
            return Ok(value);
        }
    }
    let value = strict::parse(text).map_err(at_root)?;
    typed(&value)
}

/// Reads a `T` from an already parsed JSON value, under the same limits as [`from_json`]:
/// the value's JSON text may be no larger than
/// [`MAX_DOCUMENT_BYTES`](crate::limits::MAX_DOCUMENT_BYTES) and no deeper than
/// [`MAX_NESTING`](crate::limits::MAX_NESTING) (a hostile value cannot exhaust the stack).
///
/// ```
/// use serde_json::{json, Value};
///
/// let mut deep = Value::Null;
/// for _ in 0..1_000 {
///     deep = Value::Array(vec![deep]);
/// }
/// let err = gdpr::from_json_value::<gdpr::Policy>(&json!({ "controller": deep })).unwrap_err();
/// assert_eq!(err.path(), "$");
/// assert_eq!(err.message(), "the document nests deeper than 64 levels");
/// ```
///
/// # Errors
///
/// A [`DocumentError`] naming the JSON path and what was expected there.
pub fn from_json_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, DocumentError> {
    strict::check_value(value).map_err(at_root)?;
    typed(value)
}

/// Reads a `T` from a value within the limits, naming the path of any error.
fn typed<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, DocumentError> {
    de::from_value(value).map_err(|e| DocumentError {
        path: e.path.unwrap_or_else(|| "$".to_owned()),
        message: e.message,
    })
}

fn at_root(message: String) -> DocumentError {
    DocumentError {
        path: "$".to_owned(),
        message,
    }
}

fn too_large() -> String {
    format!("the document is larger than the limit of {MAX_DOCUMENT_BYTES} bytes")
}

impl crate::Policy {
    /// Reads a policy from JSON text, with [`from_json`]: the same limits and checks.
    ///
    /// # Errors
    ///
    /// A [`DocumentError`] naming the JSON path and what was expected, for malformed JSON,
    /// duplicate keys, unknown fields, wrong types, unknown values, invalid country codes,
    /// periods or dates, and documents over the [limits](crate::limits).
    pub fn from_json(text: &str) -> Result<crate::Policy, DocumentError> {
        from_json(text)
    }
}

impl crate::AdequacyRegistry {
    /// Reads a registry of adequacy decisions (such as `data/adequacy.json`) from JSON text,
    /// with [`from_json`]: the same limits and checks as a policy.
    ///
    /// ```
    /// let registry = gdpr::AdequacyRegistry::from_json(r#"{"decisions": []}"#).unwrap();
    /// assert!(registry.decisions.is_empty());
    /// let err = gdpr::AdequacyRegistry::from_json(r#"{"decisions": [], "source": "x"}"#).unwrap_err();
    /// assert_eq!(err.path(), "source");
    /// ```
    ///
    /// # Errors
    ///
    /// A [`DocumentError`] naming the JSON path and what was expected.
    pub fn from_json(text: &str) -> Result<crate::AdequacyRegistry, DocumentError> {
        from_json(text)
    }
}
