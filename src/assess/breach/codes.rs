//! The breach decision as codes: every reason and question is data with its citation and the
//! parameters a sentence needs. The words live in [`render`](super::render), apart from the
//! law.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Citation, Consequence, Count, Exposure, ProtectionMeasure, SpecialCategory};

/// A security property a breach can compromise (EDPB Guidelines 9/2022, I.B.2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum BreachKind {
    /// Disclosure of, or access to, personal data.
    Confidentiality,
    /// Alteration of personal data.
    Integrity,
    /// Loss of access to, or destruction of, personal data.
    Availability,
}

/// A fact of the request the decision can turn on: when it is absent and could change the
/// answer, it is an open question.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BreachFact {
    /// `aware_at`: when the controller became aware.
    AwareAt,
    /// `affected`: which personal data are concerned.
    Affected,
    /// `kinds.confidentiality`.
    Confidentiality,
    /// `kinds.integrity`.
    Integrity,
    /// `kinds.availability`.
    Availability,
    /// `protection.measure`.
    ProtectionMeasure,
    /// `protection.state_of_the_art`.
    StateOfTheArt,
    /// `protection.key_safe`.
    KeySafe,
    /// `accessed_by`.
    AccessedBy,
    /// `deletion_confirmed`.
    DeletionConfirmed,
    /// `backup`.
    Backup,
    /// `restored`.
    Restored,
    /// `effect_on_subjects`.
    EffectOnSubjects,
    /// `consequences.identity_theft`.
    IdentityTheft,
    /// `consequences.fraud`.
    Fraud,
    /// `consequences.financial_loss`.
    FinancialLoss,
    /// `consequences.discrimination`.
    Discrimination,
    /// `consequences.reputational_damage`.
    ReputationalDamage,
    /// `consequences.physical_harm`.
    PhysicalHarm,
    /// `consequences.professional_secrecy`.
    ProfessionalSecrecy,
    /// `consequences.other_significant_disadvantage`.
    OtherSignificantDisadvantage,
}

impl BreachFact {
    /// Every fact, in the order questions are asked.
    pub const ALL: [BreachFact; 21] = [
        BreachFact::AwareAt,
        BreachFact::Affected,
        BreachFact::Confidentiality,
        BreachFact::Integrity,
        BreachFact::Availability,
        BreachFact::ProtectionMeasure,
        BreachFact::StateOfTheArt,
        BreachFact::KeySafe,
        BreachFact::AccessedBy,
        BreachFact::DeletionConfirmed,
        BreachFact::Backup,
        BreachFact::Restored,
        BreachFact::EffectOnSubjects,
        BreachFact::IdentityTheft,
        BreachFact::Fraud,
        BreachFact::FinancialLoss,
        BreachFact::Discrimination,
        BreachFact::ReputationalDamage,
        BreachFact::PhysicalHarm,
        BreachFact::ProfessionalSecrecy,
        BreachFact::OtherSignificantDisadvantage,
    ];

    /// The field of [`PersonalDataBreach`](crate::PersonalDataBreach) that answers it.
    pub const fn field(self) -> &'static str {
        match self {
            BreachFact::AwareAt => "aware_at",
            BreachFact::Affected => "affected",
            BreachFact::Confidentiality => "kinds.confidentiality",
            BreachFact::Integrity => "kinds.integrity",
            BreachFact::Availability => "kinds.availability",
            BreachFact::ProtectionMeasure => "protection.measure",
            BreachFact::StateOfTheArt => "protection.state_of_the_art",
            BreachFact::KeySafe => "protection.key_safe",
            BreachFact::AccessedBy => "accessed_by",
            BreachFact::DeletionConfirmed => "deletion_confirmed",
            BreachFact::Backup => "backup",
            BreachFact::Restored => "restored",
            BreachFact::EffectOnSubjects => "effect_on_subjects",
            BreachFact::IdentityTheft => "consequences.identity_theft",
            BreachFact::Fraud => "consequences.fraud",
            BreachFact::FinancialLoss => "consequences.financial_loss",
            BreachFact::Discrimination => "consequences.discrimination",
            BreachFact::ReputationalDamage => "consequences.reputational_damage",
            BreachFact::PhysicalHarm => "consequences.physical_harm",
            BreachFact::ProfessionalSecrecy => "consequences.professional_secrecy",
            BreachFact::OtherSignificantDisadvantage => {
                "consequences.other_significant_disadvantage"
            }
        }
    }

    /// The fact that states whether a consequence is possible.
    pub const fn of_consequence(c: Consequence) -> BreachFact {
        match c {
            Consequence::IdentityTheft => BreachFact::IdentityTheft,
            Consequence::Fraud => BreachFact::Fraud,
            Consequence::FinancialLoss => BreachFact::FinancialLoss,
            Consequence::Discrimination => BreachFact::Discrimination,
            Consequence::ReputationalDamage => BreachFact::ReputationalDamage,
            Consequence::PhysicalHarm => BreachFact::PhysicalHarm,
            Consequence::ProfessionalSecrecy => BreachFact::ProfessionalSecrecy,
            Consequence::OtherSignificantDisadvantage => BreachFact::OtherSignificantDisadvantage,
        }
    }

    /// The provision that makes the fact matter when it decides whether to notify the
    /// authority (a question that decides the communication cites Art. 34(1) instead).
    /// The damage judged possible decides the authority too, where the controller finds
    /// that no damage can be identified (EDPB Guidelines 01/2021, case 15).
    pub const fn citation(self) -> Citation {
        match self {
            BreachFact::Confidentiality | BreachFact::Integrity | BreachFact::Availability => {
                Citation::article(4).paragraph(12)
            }
            BreachFact::ProtectionMeasure | BreachFact::StateOfTheArt | BreachFact::KeySafe => {
                Citation::article(34).paragraph(3).point('a')
            }
            _ => Citation::article(33).paragraph(1),
        }
    }
}

/// Which duty an open question decides.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Duty {
    /// Notifying the supervisory authority (Art. 33(1)), and so also telling the subjects.
    NotifyAuthority,
    /// Telling the data subjects (Art. 34(1)).
    CommunicateToSubjects,
    /// Counting the 72 hours (Art. 33(1)).
    Deadline,
}

/// A fact that could change the answer and is not known: the field to fill.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a breach question object")]
#[non_exhaustive]
pub struct BreachQuestion {
    /// The fact; [`BreachFact::field`] names the request field that answers it.
    pub fact: BreachFact,
    /// The duty it decides.
    pub decides: Duty,
    /// The provision that makes it matter.
    pub citation: Citation,
    /// The question, when the decision was rendered in a language
    /// ([`BreachDecision::render`](super::BreachDecision::render)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// A set of EDPB guidelines a reason follows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[non_exhaustive]
pub enum Guidelines {
    /// EDPB Guidelines 9/2022 on personal data breach notification under GDPR (version 2.0,
    /// 28 March 2023; formerly WP250 rev.01).
    #[serde(rename = "edpb_9_2022")]
    Edpb9_2022,
    /// EDPB Guidelines 01/2021 on Examples regarding Personal Data Breach Notification
    /// (version 2.0, 14 December 2021).
    #[serde(rename = "edpb_01_2021")]
    Edpb01_2021,
}

/// A point of EDPB guidance a reason follows: a section of 9/2022, a case of 01/2021.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a guidance object")]
#[non_exhaustive]
pub struct Guidance {
    /// The guidelines.
    pub guidelines: Guidelines,
    /// The section (`IV.B`) or worked cases (`cases 01, 06, 10`).
    pub point: Cow<'static, str>,
}

impl Guidance {
    const fn of(guidelines: Guidelines, point: &'static str) -> Guidance {
        Guidance {
            guidelines,
            point: Cow::Borrowed(point),
        }
    }
}

/// One step of a breach decision, as a code with the parameters its sentence needs.
///
/// Serialised with its code under `code`, e.g. `{"code": "special_categories_exposed",
/// "categories": ["health"], …}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum BreachReason {
    /// No personal data are concerned: not a personal data breach.
    NoPersonalData,
    /// Neither confidentiality, integrity nor availability was compromised.
    NoSecurityCompromised,
    /// The organisation is processor for these activities: it informs the controller.
    ProcessorInformsController {
        /// The activities it processes for a controller.
        activities: Vec<String>,
    },
    /// The data could be read by no one: confidentiality was not compromised.
    NotDisclosed,
    /// The data were unintelligible to whoever reached them.
    Unintelligible {
        /// The measure.
        measure: ProtectionMeasure,
    },
    /// The key (or salt) was compromised: the measure does not protect.
    KeyCompromised,
    /// The measure was not state of the art.
    NotStateOfTheArt,
    /// The data went only to known recipients who returned or deleted them, and were not
    /// of a kind that calls for more.
    DisclosureContained {
        /// Who received them.
        accessed_by: Exposure,
    },
    /// The data went only to known recipients, and the controller finds that no damage at
    /// all can be identified: the disclosure is unlikely to result in a risk (EDPB
    /// Guidelines 01/2021, case 15).
    NoDamageIdentified {
        /// Who received them.
        accessed_by: Exposure,
    },
    /// The data went to known recipients, and the controller has not found that no damage
    /// can be identified: the disclosure is taken to result in a risk until it does (case
    /// 16 is one where some damage remains; case 15 one where none does).
    DamageNotRuledOut,
    /// The data were readable by someone not authorised.
    DataExposed {
        /// Who, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        accessed_by: Option<Exposure>,
    },
    /// Lost or altered data were restored without effect on the subjects.
    RestoredWithoutEffect {
        /// The property restored.
        kind: BreachKind,
    },
    /// The loss or alteration affected the subjects.
    EffectOnSubjects {
        /// The property compromised.
        kind: BreachKind,
    },
    /// The data are lost: no backup, not restored.
    DataLost {
        /// The property compromised.
        kind: BreachKind,
    },
    /// Special categories of data were exposed.
    SpecialCategoriesExposed {
        /// Which.
        categories: Vec<SpecialCategory>,
    },
    /// Data on criminal convictions and offences were exposed.
    CriminalDataExposed,
    /// National identification numbers were exposed.
    NationalNumbersExposed,
    /// Children's data were exposed.
    ChildrenExposed,
    /// Data of vulnerable persons were exposed.
    VulnerableSubjectsExposed,
    /// Damage of recitals 75 and 85 is possible.
    SeriousConsequencesPossible {
        /// Which.
        consequences: Vec<Consequence>,
    },
    /// No damage of recitals 75 and 85 is judged possible.
    NoSeriousConsequences,
    /// How many data subjects are concerned.
    SubjectsConcerned {
        /// The number.
        count: Count,
    },
    /// The breach is likely to result in a risk: notify.
    LikelyRisk,
    /// The breach is unlikely to result in a risk: no notification.
    UnlikelyRisk,
    /// Whether it is likely to result in a risk turns on open questions.
    RiskUndetermined,
    /// The breach is likely to result in a high risk: tell the subjects.
    LikelyHighRisk,
    /// The breach is not likely to result in a high risk.
    NoHighRisk,
    /// Whether it is likely to result in a high risk turns on open questions.
    HighRiskUndetermined,
    /// Art. 34(3)(a): the data were unintelligible, so the subjects need not be told.
    ExemptUnintelligible,
    /// Art. 34(3)(b): later measures removed the high risk.
    ExemptSubsequentMeasures,
    /// Art. 34(3)(c): disproportionate effort; a public communication instead.
    PublicCommunicationInstead,
    /// The 72 hours: the target and the end under Regulation 1182/71.
    NotifyWithin72Hours {
        /// When the controller became aware.
        aware_at: DateTime<FixedOffset>,
        /// 72 hours later: the target.
        target: DateTime<FixedOffset>,
        /// When the period ends counted under Regulation 1182/71.
        periods_regulation_end: DateTime<FixedOffset>,
    },
    /// The 72 hours have passed without notification: give the reasons for the delay.
    LateNotificationNeedsReasons {
        /// The target that passed.
        target: DateTime<FixedOffset>,
    },
    /// The notification was made after the 72 hours: it must give the reasons for the delay.
    NotifiedLate {
        /// When notified.
        notified_at: DateTime<FixedOffset>,
        /// The target.
        target: DateTime<FixedOffset>,
    },
    /// What is not yet known may follow in phases.
    PhasedNotification,
    /// The subjects are told without undue delay.
    CommunicateWithoutUndueDelay,
    /// The processor tells the controller without undue delay.
    InformControllerWithoutUndueDelay,
    /// The authorities the policy lists for the establishment.
    CompetentAuthority {
        /// Their names.
        authorities: Vec<String>,
    },
    /// Several authorities are listed: the one competent for this processing.
    AuthorityByCompetence {
        /// Their names.
        authorities: Vec<String>,
    },
    /// The policy lists none; the national authority of the establishment.
    NationalAuthority {
        /// Its name.
        authority: String,
    },
    /// No authority is known for the establishment.
    AuthorityUnknown {
        /// The establishment, ISO 3166-1 alpha-2.
        country: String,
    },
    /// Every breach is documented, notified or not.
    DocumentInRegister,
}

impl BreachReason {
    /// The provision the reason applies.
    pub fn citation(&self) -> Citation {
        use BreachReason as R;
        let art = Citation::article;
        match self {
            R::NoPersonalData | R::NoSecurityCompromised => art(4).paragraph(12),
            R::ProcessorInformsController { .. } | R::InformControllerWithoutUndueDelay => {
                art(33).paragraph(2)
            }
            R::Unintelligible { .. } | R::KeyCompromised | R::NotStateOfTheArt => {
                art(34).paragraph(3).point('a')
            }
            R::SpecialCategoriesExposed { .. } => art(9).paragraph(1),
            R::CriminalDataExposed => art(10),
            R::NationalNumbersExposed => art(87),
            R::SubjectsConcerned { .. } => art(33).paragraph(3).point('a'),
            R::ChildrenExposed
            | R::VulnerableSubjectsExposed
            | R::SeriousConsequencesPossible { .. }
            | R::NoSeriousConsequences
            | R::LikelyHighRisk
            | R::NoHighRisk
            | R::HighRiskUndetermined
            | R::CommunicateWithoutUndueDelay => art(34).paragraph(1),
            R::ExemptUnintelligible => art(34).paragraph(3).point('a'),
            R::ExemptSubsequentMeasures => art(34).paragraph(3).point('b'),
            R::PublicCommunicationInstead => art(34).paragraph(3).point('c'),
            R::PhasedNotification => art(33).paragraph(4),
            R::CompetentAuthority { .. }
            | R::AuthorityByCompetence { .. }
            | R::NationalAuthority { .. }
            | R::AuthorityUnknown { .. } => art(55).paragraph(1),
            R::DocumentInRegister => art(33).paragraph(5),
            R::NotDisclosed
            | R::DisclosureContained { .. }
            | R::NoDamageIdentified { .. }
            | R::DamageNotRuledOut
            | R::DataExposed { .. }
            | R::RestoredWithoutEffect { .. }
            | R::EffectOnSubjects { .. }
            | R::DataLost { .. }
            | R::LikelyRisk
            | R::UnlikelyRisk
            | R::RiskUndetermined
            | R::NotifyWithin72Hours { .. }
            | R::LateNotificationNeedsReasons { .. }
            | R::NotifiedLate { .. } => art(33).paragraph(1),
        }
    }

    /// The EDPB guidance the reason follows, where there is one.
    pub fn guidance(&self) -> Option<Guidance> {
        use BreachReason as R;
        use Guidelines::{Edpb01_2021 as Cases, Edpb9_2022 as General};
        let g = Guidance::of;
        Some(match self {
            R::ProcessorInformsController { .. } | R::InformControllerWithoutUndueDelay => {
                g(General, "II.A.4")
            }
            R::Unintelligible { .. } | R::ExemptUnintelligible => g(Cases, "01, 06, 10"),
            R::KeyCompromised | R::NotStateOfTheArt => g(General, "III.D"),
            R::DisclosureContained { .. } => g(Cases, "09, 13"),
            R::NoDamageIdentified { .. } => g(Cases, "15"),
            R::DamageNotRuledOut => g(Cases, "15, 16"),
            R::RestoredWithoutEffect { .. } => g(Cases, "01"),
            R::EffectOnSubjects { .. } | R::DataLost { .. } => g(Cases, "02, 03"),
            R::SpecialCategoriesExposed { .. }
            | R::CriminalDataExposed
            | R::NationalNumbersExposed
            | R::ChildrenExposed
            | R::VulnerableSubjectsExposed
            | R::SeriousConsequencesPossible { .. }
            | R::NoSeriousConsequences
            | R::SubjectsConcerned { .. }
            | R::DataExposed { .. } => g(General, "IV.B"),
            R::ExemptSubsequentMeasures | R::PublicCommunicationInstead => g(General, "III.D"),
            R::NotifyWithin72Hours { .. } => g(General, "II.A.2"),
            R::LateNotificationNeedsReasons { .. } | R::NotifiedLate { .. } => g(General, "II.B.3"),
            R::PhasedNotification => g(General, "II.B.2"),
            R::CompetentAuthority { .. }
            | R::AuthorityByCompetence { .. }
            | R::NationalAuthority { .. }
            | R::AuthorityUnknown { .. } => g(General, "II.C.1"),
            R::DocumentInRegister => g(General, "V.A"),
            R::UnlikelyRisk
            | R::LikelyRisk
            | R::RiskUndetermined
            | R::LikelyHighRisk
            | R::NoHighRisk
            | R::HighRiskUndetermined => g(General, "IV.A"),
            R::NoPersonalData
            | R::NoSecurityCompromised
            | R::NotDisclosed
            | R::CommunicateWithoutUndueDelay => return None,
        })
    }
}

/// A reason with its citation and guidance, as the decision carries it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CitedReason {
    /// The reason, with its `code` and parameters.
    #[serde(flatten)]
    pub reason: BreachReason,
    /// The provision it applies.
    pub citation: Citation,
    /// The EDPB guidance it follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Guidance>,
    /// The sentence, when the decision was rendered in a language
    /// ([`BreachDecision::render`](super::BreachDecision::render)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl From<BreachReason> for CitedReason {
    fn from(reason: BreachReason) -> Self {
        CitedReason {
            citation: reason.citation(),
            guidance: reason.guidance(),
            reason,
            message: None,
        }
    }
}
