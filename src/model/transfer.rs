//! The grounds for a transfer to a third country or an international organisation
//! (Chapter V: Art. 45, 46, 47, 49).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Region;
use crate::Citation;

/// A transfer declared in a processing activity: which recipient, on which ground.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfer object")]
pub struct Transfer {
    /// The id of the recipient in the policy.
    pub recipient: String,
    /// The ground the controller relies on.
    pub mechanism: TransferMechanism,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A notice's statement that a recipient normally inside the EU or EEA may receive data
/// outside it under a condition, with the grounds it promises for such transfers.
///
/// Woondienst Regio Izegem's notice keeps data "in hoofdzaak" in the EU and uses applications
/// outside it only where no equivalent alternative exists inside, with sufficient safeguards,
/// preferably in countries with an adequacy decision:
///
/// ```
/// use gdpr::{ConditionalTransfer, GroundKind, Region, TransferCondition};
///
/// let clause: ConditionalTransfer = serde_json::from_str(r#"{
///     "outside": "eu",
///     "condition": "no_equivalent_alternative_inside",
///     "grounds": ["adequacy_decision", "appropriate_safeguards"]
/// }"#).unwrap();
/// assert_eq!(clause.outside, Region::Eu);
/// assert_eq!(clause.condition, TransferCondition::NoEquivalentAlternativeInside);
/// assert_eq!(clause.grounds[1].citation().to_string(), "Art. 46");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a conditional transfer object")]
pub struct ConditionalTransfer {
    /// The area the recipient otherwise stays in; the clause lets data leave it.
    pub outside: Region,
    /// When the notice lets data leave that area.
    pub condition: TransferCondition,
    /// The grounds of Chapter V the notice promises for such transfers, in its order of
    /// preference. Empty when it names none.
    #[serde(default)]
    pub grounds: Vec<GroundKind>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The condition under which a notice lets a recipient receive data outside the EU or EEA.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TransferCondition {
    /// Only where no equivalent alternative exists inside the area.
    NoEquivalentAlternativeInside,
}

/// A kind of ground of Chapter V, as a notice names it without naming the instrument.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GroundKind {
    /// An adequacy decision (Art. 45).
    AdequacyDecision,
    /// Appropriate safeguards (Art. 46).
    AppropriateSafeguards,
    /// A derogation for a specific situation (Art. 49).
    Derogation,
}

impl GroundKind {
    /// The article that defines the ground.
    pub const fn citation(self) -> Citation {
        Citation::article(match self {
            GroundKind::AdequacyDecision => 45,
            GroundKind::AppropriateSafeguards => 46,
            GroundKind::Derogation => 49,
        })
    }
}

/// The ground for a transfer, in the order Chapter V tries them: an adequacy decision
/// (Art. 45), else appropriate safeguards (Art. 46), else a derogation (Art. 49).
///
/// Serialised as `"adequacy_decision"`, `{"safeguard": "standard_contractual_clauses"}` or
/// `{"derogation": "explicit_consent"}`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(
    rename_all = "snake_case",
    expecting = "`adequacy_decision` or an object with one key: `safeguard` or `derogation`"
)]
pub enum TransferMechanism {
    /// Art. 45(1): an adequacy decision covers the destination (and the recipient, where the
    /// decision is scoped).
    AdequacyDecision,
    /// Art. 46: appropriate safeguards.
    Safeguard(Safeguard),
    /// Art. 49(1): a derogation for a specific situation.
    Derogation(Derogation),
}

impl TransferMechanism {
    /// The provision that defines this ground.
    pub const fn citation(self) -> Citation {
        match self {
            TransferMechanism::AdequacyDecision => Citation::article(45).paragraph(1),
            TransferMechanism::Safeguard(s) => s.citation(),
            TransferMechanism::Derogation(d) => d.citation(),
        }
    }
}

/// The appropriate safeguards of Art. 46(2) and, with the supervisory authority's
/// authorisation, 46(3).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Safeguard {
    /// Art. 46(2)(a): a legally binding and enforceable instrument between public
    /// authorities or bodies.
    InstrumentBetweenPublicAuthorities,
    /// Art. 46(2)(b): binding corporate rules approved under Art. 47.
    BindingCorporateRules,
    /// Art. 46(2)(c): standard data protection clauses adopted by the Commission.
    StandardContractualClauses,
    /// Art. 46(2)(d): standard clauses adopted by a supervisory authority and approved by
    /// the Commission.
    SupervisoryAuthorityClauses,
    /// Art. 46(2)(e): an approved code of conduct with binding and enforceable commitments of
    /// the importer.
    CodeOfConduct,
    /// Art. 46(2)(f): an approved certification mechanism with binding and enforceable
    /// commitments of the importer.
    Certification,
    /// Art. 46(3)(a): contractual clauses authorised by the competent supervisory authority.
    AuthorisedContractualClauses,
    /// Art. 46(3)(b): administrative arrangements between public authorities, authorised by
    /// the competent supervisory authority.
    AdministrativeArrangement,
}

impl Safeguard {
    /// Every safeguard, in the order of Art. 46.
    pub const ALL: [Safeguard; 8] = [
        Safeguard::InstrumentBetweenPublicAuthorities,
        Safeguard::BindingCorporateRules,
        Safeguard::StandardContractualClauses,
        Safeguard::SupervisoryAuthorityClauses,
        Safeguard::CodeOfConduct,
        Safeguard::Certification,
        Safeguard::AuthorisedContractualClauses,
        Safeguard::AdministrativeArrangement,
    ];

    /// The provision that defines this safeguard.
    pub const fn citation(self) -> Citation {
        let (paragraph, point) = match self {
            Safeguard::InstrumentBetweenPublicAuthorities => (2, 'a'),
            Safeguard::BindingCorporateRules => (2, 'b'),
            Safeguard::StandardContractualClauses => (2, 'c'),
            Safeguard::SupervisoryAuthorityClauses => (2, 'd'),
            Safeguard::CodeOfConduct => (2, 'e'),
            Safeguard::Certification => (2, 'f'),
            Safeguard::AuthorisedContractualClauses => (3, 'a'),
            Safeguard::AdministrativeArrangement => (3, 'b'),
        };
        Citation::article(46).paragraph(paragraph).point(point)
    }

    /// Whether the safeguard is meant only for public authorities or bodies (46(2)(a),
    /// 46(3)(b)).
    pub const fn between_public_authorities(self) -> bool {
        matches!(
            self,
            Safeguard::InstrumentBetweenPublicAuthorities | Safeguard::AdministrativeArrangement
        )
    }
}

/// The derogations of Art. 49(1), available only when neither an adequacy decision nor an
/// appropriate safeguard applies.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Derogation {
    /// Art. 49(1)(a): explicit consent after being informed of the possible risks.
    ExplicitConsent,
    /// Art. 49(1)(b): necessary for a contract between the subject and the controller.
    ContractWithSubject,
    /// Art. 49(1)(c): necessary for a contract concluded in the subject's interest between
    /// the controller and another person.
    ContractInSubjectsInterest,
    /// Art. 49(1)(d): necessary for important reasons of public interest.
    ImportantPublicInterest,
    /// Art. 49(1)(e): necessary for the establishment, exercise or defence of legal claims.
    LegalClaims,
    /// Art. 49(1)(f): necessary to protect vital interests where the subject cannot consent.
    VitalInterests,
    /// Art. 49(1)(g): made from a public register.
    PublicRegister,
    /// Art. 49(1), second subparagraph: compelling legitimate interests of the controller,
    /// not repetitive, a limited number of subjects, with safeguards and the supervisory
    /// authority informed.
    CompellingLegitimateInterests,
}

impl Derogation {
    /// Every derogation, in the order of Art. 49(1).
    pub const ALL: [Derogation; 8] = [
        Derogation::ExplicitConsent,
        Derogation::ContractWithSubject,
        Derogation::ContractInSubjectsInterest,
        Derogation::ImportantPublicInterest,
        Derogation::LegalClaims,
        Derogation::VitalInterests,
        Derogation::PublicRegister,
        Derogation::CompellingLegitimateInterests,
    ];

    /// The provision that defines this derogation.
    pub const fn citation(self) -> Citation {
        let first = Citation::article(49).paragraph(1);
        match self {
            Derogation::ExplicitConsent => first.point('a'),
            Derogation::ContractWithSubject => first.point('b'),
            Derogation::ContractInSubjectsInterest => first.point('c'),
            Derogation::ImportantPublicInterest => first.point('d'),
            Derogation::LegalClaims => first.point('e'),
            Derogation::VitalInterests => first.point('f'),
            Derogation::PublicRegister => first.point('g'),
            Derogation::CompellingLegitimateInterests => first.subparagraph(2),
        }
    }

    /// Whether Art. 49(3) withholds this derogation from public authorities in the exercise
    /// of their public powers: points (a), (b), (c) and the second subparagraph.
    pub const fn barred_for_public_authorities(self) -> bool {
        matches!(
            self,
            Derogation::ExplicitConsent
                | Derogation::ContractWithSubject
                | Derogation::ContractInSubjectsInterest
                | Derogation::CompellingLegitimateInterests
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mechanisms_cite_their_provisions() {
        assert_eq!(
            TransferMechanism::Safeguard(Safeguard::StandardContractualClauses)
                .citation()
                .to_string(),
            "Art. 46(2)(c)"
        );
        assert_eq!(
            TransferMechanism::Derogation(Derogation::CompellingLegitimateInterests)
                .citation()
                .to_string(),
            "Art. 49(1), second subparagraph"
        );
        assert_eq!(
            Safeguard::AdministrativeArrangement.citation().to_string(),
            "Art. 46(3)(b)"
        );
    }

    #[test]
    fn article_49_3_bars_a_b_c_and_compelling_interests_for_public_authorities() {
        let barred: Vec<_> = Derogation::ALL
            .into_iter()
            .filter(|d| d.barred_for_public_authorities())
            .collect();
        assert_eq!(
            barred,
            [
                Derogation::ExplicitConsent,
                Derogation::ContractWithSubject,
                Derogation::ContractInSubjectsInterest,
                Derogation::CompellingLegitimateInterests
            ]
        );
    }

    #[test]
    fn serialises_as_documented() {
        let m = TransferMechanism::Derogation(Derogation::ExplicitConsent);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"derogation":"explicit_consent"}"#
        );
        assert_eq!(
            serde_json::to_string(&TransferMechanism::AdequacyDecision).unwrap(),
            r#""adequacy_decision""#
        );
    }
}
