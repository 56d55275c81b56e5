//! Special categories of personal data (Art. 9(1)) and the conditions that lift the
//! prohibition on processing them (Art. 9(2)).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Citation;

/// A special category of personal data listed in Art. 9(1).
///
/// Processing these is prohibited unless one of the conditions of Art. 9(2) applies, on top
/// of an Art. 6(1) basis.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategory {
    /// Data revealing racial or ethnic origin.
    RacialOrEthnicOrigin,
    /// Data revealing political opinions.
    PoliticalOpinions,
    /// Data revealing religious or philosophical beliefs.
    ReligiousOrPhilosophicalBeliefs,
    /// Data revealing trade union membership.
    TradeUnionMembership,
    /// Genetic data.
    Genetic,
    /// Biometric data processed for the purpose of uniquely identifying a natural person.
    BiometricForIdentification,
    /// Data concerning health.
    Health,
    /// Data concerning a natural person's sex life or sexual orientation.
    SexLifeOrSexualOrientation,
}

impl SpecialCategory {
    /// A short English label: "data concerning health". A shortcut for
    /// [`Language::special_category`](crate::explain::Language::special_category) in
    /// English; other languages have their words there.
    pub fn label(self) -> &'static str {
        crate::explain::Language::English.special_category(self)
    }

    /// Art. 9(1), where all special categories are listed.
    pub const fn citation(self) -> Citation {
        Citation::article(9).paragraph(1)
    }
}

/// A condition of Art. 9(2)(a)–(j) under which special categories may be processed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategoryCondition {
    /// Art. 9(2)(a): explicit consent for one or more specified purposes.
    ExplicitConsent,
    /// Art. 9(2)(b): obligations and rights in employment, social security and social
    /// protection law.
    EmploymentAndSocialSecurity,
    /// Art. 9(2)(c): vital interests where the data subject cannot give consent.
    VitalInterests,
    /// Art. 9(2)(d): a not-for-profit body with a political, philosophical, religious or
    /// trade-union aim, about its members or regular contacts.
    NotForProfitBody,
    /// Art. 9(2)(e): data manifestly made public by the data subject.
    ManifestlyMadePublic,
    /// Art. 9(2)(f): establishment, exercise or defence of legal claims, or courts acting in
    /// their judicial capacity.
    LegalClaims,
    /// Art. 9(2)(g): substantial public interest on the basis of Union or Member State law.
    SubstantialPublicInterest,
    /// Art. 9(2)(h): preventive or occupational medicine, medical diagnosis, health or social
    /// care, under the professional secrecy of Art. 9(3).
    HealthOrSocialCare,
    /// Art. 9(2)(i): public interest in the area of public health.
    PublicHealth,
    /// Art. 9(2)(j): archiving in the public interest, scientific or historical research or
    /// statistics under Art. 89(1).
    ArchivingResearchStatistics,
}

impl SpecialCategoryCondition {
    /// The point of Art. 9(2) that defines this condition.
    pub const fn citation(self) -> Citation {
        let point = match self {
            SpecialCategoryCondition::ExplicitConsent => 'a',
            SpecialCategoryCondition::EmploymentAndSocialSecurity => 'b',
            SpecialCategoryCondition::VitalInterests => 'c',
            SpecialCategoryCondition::NotForProfitBody => 'd',
            SpecialCategoryCondition::ManifestlyMadePublic => 'e',
            SpecialCategoryCondition::LegalClaims => 'f',
            SpecialCategoryCondition::SubstantialPublicInterest => 'g',
            SpecialCategoryCondition::HealthOrSocialCare => 'h',
            SpecialCategoryCondition::PublicHealth => 'i',
            SpecialCategoryCondition::ArchivingResearchStatistics => 'j',
        };
        Citation::article(9).paragraph(2).point(point)
    }

    /// Whether Art. 22(4) lets solely automated decisions rest on special categories under
    /// this condition: only 9(2)(a) and 9(2)(g) do.
    pub const fn permits_automated_decisions(self) -> bool {
        matches!(
            self,
            SpecialCategoryCondition::ExplicitConsent
                | SpecialCategoryCondition::SubstantialPublicInterest
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_cite_their_point_of_article_9_2() {
        assert_eq!(
            SpecialCategoryCondition::ExplicitConsent
                .citation()
                .to_string(),
            "Art. 9(2)(a)"
        );
        assert_eq!(
            SpecialCategoryCondition::ArchivingResearchStatistics
                .citation()
                .to_string(),
            "Art. 9(2)(j)"
        );
    }

    #[test]
    fn only_explicit_consent_and_substantial_public_interest_allow_automated_decisions() {
        assert!(SpecialCategoryCondition::ExplicitConsent.permits_automated_decisions());
        assert!(SpecialCategoryCondition::SubstantialPublicInterest.permits_automated_decisions());
        assert!(!SpecialCategoryCondition::HealthOrSocialCare.permits_automated_decisions());
    }
}
