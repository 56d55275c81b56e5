//! The rights of the data subject and the conditions under which each applies.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Citation;

/// A right of the data subject under the GDPR.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DataSubjectRight {
    /// Art. 7(3): withdraw consent at any time, as easily as it was given.
    WithdrawConsent,
    /// Art. 13: be informed when data are collected from the subject.
    InformationAtCollection,
    /// Art. 14: be informed when data were obtained from another source.
    InformationFromOtherSource,
    /// Art. 15: access to the data and a copy.
    Access,
    /// Art. 16: rectification of inaccurate and completion of incomplete data.
    Rectification,
    /// Art. 17: erasure ("right to be forgotten").
    Erasure,
    /// Art. 18: restriction of processing.
    Restriction,
    /// Art. 19: recipients told of rectification, erasure or restriction, and the subject
    /// told who they are on request.
    NotificationToRecipients,
    /// Art. 20: data portability.
    Portability,
    /// Art. 21: object to processing.
    Object,
    /// Art. 22: not to be subject to a solely automated decision with legal or similarly
    /// significant effects.
    NoSolelyAutomatedDecision,
    /// Art. 77: lodge a complaint with a supervisory authority.
    Complaint,
}

/// A fact about an activity on which the applicability of a right depends.
///
/// The conditions are data: [`DataSubjectRight::applies_when`] lists them, and the rights
/// assessment evaluates them against an activity, so the rules can be printed, tested and
/// exported as they are.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RightCondition {
    /// A purpose rests on consent: Art. 6(1)(a), or 9(2)(a) for special categories.
    BasedOnConsent,
    /// A purpose rests on a contract with the subject: Art. 6(1)(b).
    BasedOnContract,
    /// A purpose rests on a public task or on legitimate interests: Art. 6(1)(e) or (f).
    BasedOnPublicTaskOrLegitimateInterests,
    /// The processing is not necessary for a public-interest task or official authority:
    /// Art. 20(3) for portability, and the last words of Art. 21(6) for objection to
    /// research.
    NotPublicTask,
    /// Some data were provided by (or observed from) the subject: Art. 20(1).
    ProvidedBySubject,
    /// The processing is carried out by automated means: Art. 20(1)(b).
    AutomatedMeans,
    /// Data are collected from the subject: Art. 13.
    CollectedFromSubject,
    /// Data were obtained from another source: Art. 14.
    ObtainedElsewhere,
    /// A purpose is direct marketing: Art. 21(2).
    DirectMarketing,
    /// A purpose is scientific or historical research or statistics under Art. 89(1):
    /// Art. 21(6). Archiving in the public interest is not included.
    ResearchOrStatistics,
    /// A purpose takes solely automated decisions with legal or similar effects: Art. 22(1).
    SolelyAutomatedDecision,
}

impl RightCondition {
    /// Whether the condition is about one purpose (its basis, what it is for), rather than
    /// about the data or the activity as a whole.
    pub const fn is_about_a_purpose(self) -> bool {
        matches!(
            self,
            RightCondition::BasedOnConsent
                | RightCondition::BasedOnContract
                | RightCondition::BasedOnPublicTaskOrLegitimateInterests
                | RightCondition::NotPublicTask
                | RightCondition::DirectMarketing
                | RightCondition::ResearchOrStatistics
                | RightCondition::SolelyAutomatedDecision
        )
    }

    /// The provision that sets this condition for `right`: consent is the condition of
    /// withdrawal under Art. 7(3) and of portability under Art. 20(1)(a); a public task
    /// excludes portability under Art. 20(3) and objection to research under Art. 21(6).
    pub const fn citation_in(self, right: DataSubjectRight) -> Citation {
        match (self, right) {
            (RightCondition::BasedOnConsent, DataSubjectRight::WithdrawConsent) => {
                Citation::article(7).paragraph(3)
            }
            (RightCondition::NotPublicTask, DataSubjectRight::Object) => {
                Citation::article(21).paragraph(6)
            }
            _ => self.citation(),
        }
    }

    /// The provision that sets this condition, for the right it is first a condition of.
    pub const fn citation(self) -> Citation {
        match self {
            RightCondition::BasedOnConsent => Citation::article(20).paragraph(1).point('a'),
            RightCondition::BasedOnContract => Citation::article(20).paragraph(1).point('a'),
            RightCondition::BasedOnPublicTaskOrLegitimateInterests => {
                Citation::article(21).paragraph(1)
            }
            RightCondition::NotPublicTask => Citation::article(20).paragraph(3),
            RightCondition::ProvidedBySubject => Citation::article(20).paragraph(1),
            RightCondition::AutomatedMeans => Citation::article(20).paragraph(1).point('b'),
            RightCondition::CollectedFromSubject => Citation::article(13).paragraph(1),
            RightCondition::ObtainedElsewhere => Citation::article(14).paragraph(1),
            RightCondition::DirectMarketing => Citation::article(21).paragraph(2),
            RightCondition::ResearchOrStatistics => Citation::article(21).paragraph(6),
            RightCondition::SolelyAutomatedDecision => Citation::article(22).paragraph(1),
        }
    }
}

use RightCondition as C;

impl DataSubjectRight {
    /// Every right, in article order.
    pub const ALL: [DataSubjectRight; 12] = [
        DataSubjectRight::WithdrawConsent,
        DataSubjectRight::InformationAtCollection,
        DataSubjectRight::InformationFromOtherSource,
        DataSubjectRight::Access,
        DataSubjectRight::Rectification,
        DataSubjectRight::Erasure,
        DataSubjectRight::Restriction,
        DataSubjectRight::NotificationToRecipients,
        DataSubjectRight::Portability,
        DataSubjectRight::Object,
        DataSubjectRight::NoSolelyAutomatedDecision,
        DataSubjectRight::Complaint,
    ];

    /// The article that grants the right.
    pub const fn citation(self) -> Citation {
        match self {
            DataSubjectRight::WithdrawConsent => Citation::article(7).paragraph(3),
            DataSubjectRight::InformationAtCollection => Citation::article(13),
            DataSubjectRight::InformationFromOtherSource => Citation::article(14),
            DataSubjectRight::Access => Citation::article(15),
            DataSubjectRight::Rectification => Citation::article(16),
            DataSubjectRight::Erasure => Citation::article(17),
            DataSubjectRight::Restriction => Citation::article(18),
            DataSubjectRight::NotificationToRecipients => Citation::article(19),
            DataSubjectRight::Portability => Citation::article(20),
            DataSubjectRight::Object => Citation::article(21),
            DataSubjectRight::NoSolelyAutomatedDecision => Citation::article(22),
            DataSubjectRight::Complaint => Citation::article(77),
        }
    }

    /// A short English label: "access", "data portability". A shortcut for
    /// [`Language::right_name`](crate::explain::Language::right_name) in English; other
    /// languages have their words there.
    pub fn label(self) -> &'static str {
        crate::explain::Language::English.right_name(self)
    }

    /// When the right applies to an activity, in disjunctive normal form: the right applies
    /// when **all** conditions of **any one** of the returned sets hold. A set with no
    /// conditions means the right always applies (subject to the exceptions the erasure,
    /// restriction and objection assessments evaluate on a request).
    ///
    /// # Examples
    ///
    /// ```
    /// use gdpr::{DataSubjectRight, RightCondition};
    ///
    /// // Portability: consent or contract, provided data, automated means, not a public task.
    /// let sets = DataSubjectRight::Portability.applies_when();
    /// assert!(sets.iter().all(|set| set.contains(&RightCondition::NotPublicTask)));
    /// assert_eq!(DataSubjectRight::Access.applies_when(), &[&[] as &[RightCondition]]);
    /// ```
    pub const fn applies_when(self) -> &'static [&'static [RightCondition]] {
        match self {
            DataSubjectRight::WithdrawConsent => &[&[C::BasedOnConsent]],
            DataSubjectRight::InformationAtCollection => &[&[C::CollectedFromSubject]],
            DataSubjectRight::InformationFromOtherSource => &[&[C::ObtainedElsewhere]],
            DataSubjectRight::Portability => &[
                &[
                    C::BasedOnConsent,
                    C::ProvidedBySubject,
                    C::AutomatedMeans,
                    C::NotPublicTask,
                ],
                &[
                    C::BasedOnContract,
                    C::ProvidedBySubject,
                    C::AutomatedMeans,
                    C::NotPublicTask,
                ],
            ],
            DataSubjectRight::Object => &[
                &[C::BasedOnPublicTaskOrLegitimateInterests],
                &[C::DirectMarketing],
                &[C::ResearchOrStatistics, C::NotPublicTask],
            ],
            DataSubjectRight::NoSolelyAutomatedDecision => &[&[C::SolelyAutomatedDecision]],
            DataSubjectRight::Access
            | DataSubjectRight::Rectification
            | DataSubjectRight::Erasure
            | DataSubjectRight::Restriction
            | DataSubjectRight::NotificationToRecipients
            | DataSubjectRight::Complaint => &[&[]],
        }
    }
}
