//! Reading documents from YAML (feature `yaml`), for teams that keep their declarations in
//! YAML as Fides users do: the same types, the same schema, the same strictness and the same
//! JSON paths in errors as JSON.
//!
//! The YAML text becomes a JSON value first — a key repeated in one mapping refused, nesting
//! bounded — and that value is read by the strict reader behind [`from_json_value`]. So an
//! externally tagged enum is written as in JSON, `location: {country: US}`, not with a YAML
//! tag (`!country US`), and a YAML tag is refused. Plain scalars follow YAML 1.2: `NO` (Norway)
//! is a string and `2026-11-27` a date, not a boolean or a timestamp.

use serde::de::DeserializeOwned;

use super::{at_root, from_json_value, strict, too_large, DocumentError};
use crate::limits::MAX_DOCUMENT_BYTES;

/// Reads a `T` from YAML text, with the checks of [`from_json`](crate::from_json): the same
/// limits, no repeated key, no unknown field, and errors that name the JSON path.
///
/// Only one YAML document is read; a second (after `---`) is refused, as are YAML tags and
/// the numbers JSON cannot hold (`.inf`, `.nan`).
///
/// ```
/// use gdpr::Policy;
///
/// let policy: Policy = gdpr::from_yaml(r#"
/// controller: {name: Webshop BV, kind: private, establishment: NL}
/// data_categories:
///   - {id: contact, name: Name and e-mail, origin: provided_by_subject}
/// recipients:
///   - id: mailer
///     name: Mailer Inc.
///     role: processor
///     location: {country: US}
/// activities: []
/// "#)?;
/// assert_eq!(policy.recipients[0].location.as_ref().map(|l| l.to_string()).as_deref(), Some("US"));
///
/// let err = gdpr::from_yaml::<Policy>("controller: {name: X, kind: private, establishment: NL, colour: blue}\ndata_categories: []\nactivities: []\n").unwrap_err();
/// assert_eq!(err.path(), "controller.colour");
/// # Ok::<(), gdpr::DocumentError>(())
/// ```
///
/// # Errors
///
/// A [`DocumentError`] naming the JSON path and what was expected there; YAML syntax errors
/// and repeated keys at `$`, with the line and column.
pub fn from_yaml<T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(at_root(too_large()));
    }
    let value = strict::value_from(yaml_serde::Deserializer::from_str(text))
        .map_err(|e| at_root(e.to_string()))?;
    from_json_value(&value)
}

impl crate::Policy {
    /// Reads a policy from YAML text, with [`from_yaml`]: the same limits and checks as
    /// [`Policy::from_json`](crate::Policy::from_json), against the same schema.
    ///
    /// # Errors
    ///
    /// A [`DocumentError`] naming the JSON path and what was expected.
    pub fn from_yaml(text: &str) -> Result<crate::Policy, DocumentError> {
        from_yaml(text)
    }
}
