//! The lawful bases of Art. 6(1).

use schemars::JsonSchema;
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
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

    /// A short English label, e.g. "consent".
    pub const fn label(&self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation { .. } => "legal obligation",
            LegalBasis::VitalInterests => "vital interests",
            LegalBasis::PublicTask { .. } => "public task or official authority",
            LegalBasis::LegitimateInterests { .. } => "legitimate interests",
        }
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
