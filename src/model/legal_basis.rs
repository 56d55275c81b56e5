//! The lawful bases of Art. 6(1).

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::Citation;

/// A lawful basis for processing under Art. 6(1)(a)–(f).
///
/// The list in Art. 6(1) is closed, so this enum is exhaustive: a change in the law should
/// break callers' builds. Each basis carries what the law asks of it: 6(1)(c) and (e) need
/// the Union or Member State law that lays them down (Art. 6(3)); 6(1)(f) needs the interest
/// pursued, which the controller must also state in its notice (Art. 13(1)(d)).
///
/// Serialised with a `basis` tag:
///
/// ```
/// use gdpr::LegalBasis;
///
/// let basis: LegalBasis = serde_json::from_str(
///     r#"{"basis": "legal_obligation", "legal_reference": "Art. 52 AWR"}"#,
/// ).unwrap();
/// assert_eq!(basis.citation().to_string(), "Art. 6(1)(c)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(
    tag = "basis",
    rename_all = "snake_case",
    deny_unknown_fields,
    expecting = "a legal basis object such as `{\"basis\": \"consent\"}`"
)]
pub enum LegalBasis {
    /// Art. 6(1)(a): the data subject has given consent for one or more specific purposes.
    Consent,
    /// Art. 6(1)(b): necessary for a contract with the data subject, or for steps at their
    /// request before entering into one.
    Contract,
    /// Art. 6(1)(c): necessary for compliance with a legal obligation of the controller.
    LegalObligation {
        /// The Union or Member State law laying down the obligation (Art. 6(3)).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        legal_reference: Option<String>,
    },
    /// Art. 6(1)(d): necessary to protect the vital interests of the data subject or of
    /// another natural person.
    VitalInterests,
    /// Art. 6(1)(e): necessary for a task carried out in the public interest or in the
    /// exercise of official authority vested in the controller.
    PublicTask {
        /// The Union or Member State law laying down the task or authority (Art. 6(3)).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        legal_reference: Option<String>,
    },
    /// Art. 6(1)(f): necessary for the legitimate interests pursued by the controller or a
    /// third party, unless overridden by the interests or rights of the data subject.
    LegitimateInterests {
        /// The legitimate interest pursued (Art. 13(1)(d)).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        interest: Option<String>,
    },
}

impl LegalBasis {
    /// The point of Art. 6(1) that defines this basis.
    pub const fn citation(&self) -> Citation {
        let point = match self {
            LegalBasis::Consent => 'a',
            LegalBasis::Contract => 'b',
            LegalBasis::LegalObligation { .. } => 'c',
            LegalBasis::VitalInterests => 'd',
            LegalBasis::PublicTask { .. } => 'e',
            LegalBasis::LegitimateInterests { .. } => 'f',
        };
        Citation::article(6).paragraph(1).point(point)
    }

    /// A short English label, e.g. "consent", "performance of a contract". A shortcut for
    /// [`Language::basis`](crate::explain::Language::basis) in English; other languages have
    /// their words there.
    pub fn label(&self) -> &'static str {
        crate::explain::Language::English.basis(self)
    }

    /// The law laying down a 6(1)(c) or 6(1)(e) basis, where one was given.
    pub fn legal_reference(&self) -> Option<&str> {
        match self {
            LegalBasis::LegalObligation { legal_reference }
            | LegalBasis::PublicTask { legal_reference } => legal_reference.as_deref(),
            _ => None,
        }
    }

    /// Whether Art. 6(3) requires this basis to be laid down by Union or Member State law.
    pub const fn requires_legal_reference(&self) -> bool {
        matches!(
            self,
            LegalBasis::LegalObligation { .. } | LegalBasis::PublicTask { .. }
        )
    }
}

// Deserialisation is written by hand. serde's derive for an internally tagged enum buffers
// the object and lets a unit variant ignore every other key, so `{"basis": "contract",
// "automated_decision": {}}` read as a plain contract basis, and errors inside lost their
// path. This reader refuses every key the named basis does not have, at that key's path.

/// The `basis` tag.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Basis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

impl Basis {
    const fn name(self) -> &'static str {
        match self {
            Basis::Consent => "consent",
            Basis::Contract => "contract",
            Basis::LegalObligation => "legal_obligation",
            Basis::VitalInterests => "vital_interests",
            Basis::PublicTask => "public_task",
            Basis::LegitimateInterests => "legitimate_interests",
        }
    }

    /// The keys an object with this basis may have.
    const fn fields(self) -> &'static [&'static str] {
        match self {
            Basis::LegalObligation | Basis::PublicTask => &["basis", "legal_reference"],
            Basis::LegitimateInterests => &["basis", "interest"],
            Basis::Consent | Basis::Contract | Basis::VitalInterests => &["basis"],
        }
    }

    fn unknown_field<E: de::Error>(self, field: &str) -> E {
        let expected = match self.fields() {
            [only] => format!("`{only}`"),
            [first, second] => format!("`{first}` or `{second}`"),
            _ => format!("`{}`", self.fields().join("`, `")),
        };
        E::custom(format_args!(
            "unknown field `{field}` for the basis `{}`, expected {expected}",
            self.name()
        ))
    }
}

/// Every key of every basis.
const FIELDS: &[&str] = &["basis", "legal_reference", "interest"];

#[derive(Clone, Copy)]
enum Field {
    Basis,
    LegalReference,
    Interest,
}

/// Reads a key, and refuses it at once if the basis, when already read, does not have it.
struct FieldSeed(Option<Basis>);

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Field;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldSeed {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Field, E> {
        // A key no basis has is refused in the same words whatever the order of the keys.
        let field = match key {
            "basis" => Field::Basis,
            "legal_reference" => Field::LegalReference,
            "interest" => Field::Interest,
            _ => return Err(E::unknown_field(key, FIELDS)),
        };
        match self.0 {
            Some(basis) if !basis.fields().contains(&key) => Err(basis.unknown_field(key)),
            _ => Ok(field),
        }
    }
}

impl<'de> Deserialize<'de> for LegalBasis {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("LegalBasis", FIELDS, LegalBasisVisitor)
    }
}

struct LegalBasisVisitor;

impl<'de> Visitor<'de> for LegalBasisVisitor {
    type Value = LegalBasis;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a legal basis object such as `{\"basis\": \"consent\"}`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LegalBasis, A::Error> {
        let mut basis: Option<Basis> = None;
        // The outer `Option` records that the key was present, the inner one its value.
        let mut legal_reference: Option<Option<String>> = None;
        let mut interest: Option<Option<String>> = None;
        while let Some(field) = map.next_key_seed(FieldSeed(basis))? {
            match field {
                Field::Basis if basis.is_some() => return Err(de::Error::duplicate_field("basis")),
                Field::Basis => basis = Some(map.next_value()?),
                Field::LegalReference if legal_reference.is_some() => {
                    return Err(de::Error::duplicate_field("legal_reference"))
                }
                Field::LegalReference => legal_reference = Some(map.next_value()?),
                Field::Interest if interest.is_some() => {
                    return Err(de::Error::duplicate_field("interest"))
                }
                Field::Interest => interest = Some(map.next_value()?),
            }
        }
        let basis = basis.ok_or_else(|| de::Error::missing_field("basis"))?;
        // A key read before the tag is checked now that the basis is known.
        for (key, present) in [
            ("legal_reference", legal_reference.is_some()),
            ("interest", interest.is_some()),
        ] {
            if present && !basis.fields().contains(&key) {
                return Err(basis.unknown_field(key));
            }
        }
        let legal_reference = legal_reference.flatten();
        let interest = interest.flatten();
        Ok(match basis {
            Basis::Consent => LegalBasis::Consent,
            Basis::Contract => LegalBasis::Contract,
            Basis::LegalObligation => LegalBasis::LegalObligation { legal_reference },
            Basis::VitalInterests => LegalBasis::VitalInterests,
            Basis::PublicTask => LegalBasis::PublicTask { legal_reference },
            Basis::LegitimateInterests => LegalBasis::LegitimateInterests { interest },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_basis_cites_its_point_of_article_6_1() {
        let cases = [
            (LegalBasis::Consent, "Art. 6(1)(a)"),
            (LegalBasis::Contract, "Art. 6(1)(b)"),
            (
                LegalBasis::LegalObligation {
                    legal_reference: None,
                },
                "Art. 6(1)(c)",
            ),
            (LegalBasis::VitalInterests, "Art. 6(1)(d)"),
            (
                LegalBasis::PublicTask {
                    legal_reference: None,
                },
                "Art. 6(1)(e)",
            ),
            (
                LegalBasis::LegitimateInterests { interest: None },
                "Art. 6(1)(f)",
            ),
        ];
        for (basis, cite) in cases {
            assert_eq!(basis.citation().to_string(), cite);
        }
    }

    #[test]
    fn only_obligation_and_public_task_need_a_law() {
        assert!(LegalBasis::PublicTask {
            legal_reference: None
        }
        .requires_legal_reference());
        assert!(!LegalBasis::Consent.requires_legal_reference());
    }
}
