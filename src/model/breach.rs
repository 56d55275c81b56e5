//! A personal data breach (Art. 4(12)): the facts an incident team can state.
//!
//! Every fact is three-valued: `true`, `false`, or absent when it is not (yet) known. The
//! assessment ([`assess_breach`](crate::assess::assess_breach)) never reads an absent fact
//! as reassuring: when it could make the breach notifiable, the answer is "notify" or "needs
//! review", with the field to fill as the question.
//!
//! The data concerned are named by reference to the policy (activities, and optionally the
//! data and data subject categories within them), so that what the law treats with extra
//! care is known from the record itself: special categories (Art. 9(1)), data on criminal
//! convictions and offences (Art. 10), national identification numbers (Art. 87),
//! children's data and vulnerable data subjects.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Period;

/// The facts of a personal data breach, as known when the question is asked.
///
/// A breach of security leading to the accidental or unlawful destruction, loss,
/// alteration, unauthorised disclosure of, or access to, personal data (Art. 4(12)).
///
/// # Example
///
/// ```
/// use gdpr::PersonalDataBreach;
///
/// // A laptop was stolen from a car; it held the client file, encrypted with a
/// // state-of-the-art algorithm, and its key was not on the laptop.
/// let breach: PersonalDataBreach = gdpr::from_json(r#"{
///   "aware_at": "2026-11-27T09:30:00+01:00",
///   "kinds": {"confidentiality": true, "availability": true},
///   "affected": [{"activity": "customers"}],
///   "protection": {"measure": "encryption", "state_of_the_art": true, "key_safe": true},
///   "accessed_by": "unknown_party",
///   "backup": true,
///   "effect_on_subjects": false
/// }"#).unwrap();
/// assert_eq!(breach.protection.unintelligible(), Some(true));
/// assert_eq!(breach.kinds.integrity, None); // not stated: unknown
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a personal data breach object")]
#[non_exhaustive]
pub struct PersonalDataBreach {
    /// The incident's own reference, carried into the register entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// What happened, in the incident team's words (for the register, Art. 33(5)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the controller became aware of the breach: a reasonable degree of certainty
    /// that a security incident compromised personal data (EDPB Guidelines 9/2022, II.A.2).
    /// RFC 3339 with its offset, e.g. `2026-11-27T09:30:00+01:00`. The 72 hours of Art.
    /// 33(1) run from here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aware_at: Option<DateTime<FixedOffset>>,
    /// How the controller became aware.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub became_aware_through: Option<AwarenessSource>,
    /// When the breach began, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<DateTime<FixedOffset>>,
    /// Which security properties were breached; any combination.
    #[serde(default)]
    pub kinds: BreachKinds,
    /// The personal data concerned, by activity of the policy. Absent when not yet known;
    /// an empty list states that no personal data are concerned (then there is no personal
    /// data breach, Art. 4(12)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affected: Option<Vec<AffectedData>>,
    /// How many data subjects are concerned (Art. 33(3)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Count>,
    /// How many personal data records are concerned (Art. 33(3)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<Count>,
    /// Whether vulnerable persons are among those concerned, beyond what the policy's data
    /// subject categories say (patients, employees, persons in debt counselling, newcomers,
    /// the elderly). Absent: the policy's categories decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vulnerable_subjects: Option<bool>,
    /// Whether the data were unintelligible to whoever could reach them (Art. 34(3)(a)).
    #[serde(default)]
    pub protection: Protection,
    /// Who received the data or could access them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed_by: Option<Exposure>,
    /// Whether every recipient returned the data or confirmed their deletion, keeping no
    /// copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_confirmed: Option<bool>,
    /// Whether an up-to-date backup of the data exists from which they can be restored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup: Option<bool>,
    /// Whether the data have been restored to their state before the breach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored: Option<bool>,
    /// How long the data were (or have so far been) unavailable, as an ISO 8601 period
    /// (`PT5H`, `P2D`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable_for: Option<Period>,
    /// Whether the loss or alteration of the data had, or will have, an effect on the data
    /// subjects: services delayed, payments missed, care postponed, decisions taken on wrong
    /// data (EDPB Guidelines 01/2021, cases 01–03). The controller's judgement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect_on_subjects: Option<bool>,
    /// The damage the breach may cause the data subjects (recitals 75 and 85), in the
    /// controller's judgement.
    #[serde(default)]
    pub consequences: Consequences,
    /// The controller's finding that no physical, material or non-material damage at all
    /// (recital 85, the loss of control over the data included) can be identified for the
    /// data subjects, having judged every one of [`consequences`](Self::consequences) not
    /// possible. It counts only for data that reached trusted or known recipients: then the
    /// disclosure is unlikely to result in a risk, even for health data (EDPB Guidelines
    /// 01/2021, case 15: two course participants' lactose intolerance sent to former
    /// participants, who were asked to delete the list). Where the controller does identify
    /// some damage — non-public data in a stranger's hands, with effects it rates as medium
    /// (case 16) — it states `false`. Absent: the finding is not made, and the presumptions
    /// stand (a disclosure is a risk; special categories and the like are a high risk).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_damage_identifiable: Option<bool>,
    /// The measures taken to address the breach and mitigate its effects (Art. 33(3)(d),
    /// 33(5)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// Whether measures taken after the breach ensure that a high risk is no longer likely
    /// to materialise (Art. 34(3)(b)). Absent: the exemption is not relied on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures_remove_high_risk: Option<bool>,
    /// Whether telling each data subject would involve disproportionate effort, so that a
    /// public communication takes its place (Art. 34(3)(c)). Absent: the exemption is not
    /// relied on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communication_disproportionate: Option<bool>,
    /// When the supervisory authority was notified, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_notified_at: Option<DateTime<FixedOffset>>,
    /// The reasons for notifying later than 72 hours after awareness (Art. 33(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_reasons: Option<String>,
}

/// How the controller became aware of a breach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AwarenessSource {
    /// Its own detection: monitoring, staff, an audit.
    OwnDetection,
    /// Its processor told it (Art. 33(2)).
    Processor,
    /// A data subject told it.
    DataSubject,
    /// Someone else told it: a researcher, the police, a recipient of the data.
    ThirdParty,
    /// The press or social media.
    Media,
    /// The attacker, e.g. a ransom note.
    Attacker,
}

/// The security properties a breach compromised (EDPB Guidelines 9/2022, I.B.2): any
/// combination. Absent means not known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a breach kinds object")]
pub struct BreachKinds {
    /// Unauthorised or accidental disclosure of, or access to, personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<bool>,
    /// Unauthorised or accidental alteration of personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<bool>,
    /// Accidental or unauthorised loss of access to, or destruction of, personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<bool>,
}

/// Data of one activity of the policy that a breach concerns.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an affected data object")]
pub struct AffectedData {
    /// The id of the activity in the policy.
    pub activity: String,
    /// The ids of the activity's data categories concerned. Absent: all of them, the
    /// safe assumption while it is not known which.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_categories: Option<Vec<String>>,
    /// The ids of the activity's data subject categories concerned. Absent: all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_subjects: Option<Vec<String>>,
}

impl AffectedData {
    /// All the data of an activity.
    pub fn activity(id: impl Into<String>) -> Self {
        AffectedData {
            activity: id.into(),
            data_categories: None,
            data_subjects: None,
        }
    }
}

/// A number of data subjects or records: exact, or a range while the investigation runs.
///
/// In JSON a plain number (`213`) or a range (`{"min": 100000}`, `{"min": 10, "max": 50}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    untagged,
    expecting = "a number, or a range such as {\"min\": 10, \"max\": 50}"
)]
pub enum Count {
    /// Exactly this many.
    Exactly(u64),
    /// At least `min`, and at most `max` when an upper bound is known.
    Range(CountRange),
}

/// A range of numbers: at least `min`, at most `max` when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a range object")]
pub struct CountRange {
    /// The lower bound.
    pub min: u64,
    /// The upper bound, if known; not below `min`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
}

impl Count {
    /// Whether the count is coherent: a range's upper bound is not below its lower bound.
    pub const fn is_coherent(&self) -> bool {
        match self {
            Count::Exactly(_) => true,
            Count::Range(CountRange { min, max }) => match max {
                Some(max) => *max >= *min,
                None => true,
            },
        }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Exactly(n) => write!(f, "{n}"),
            Count::Range(CountRange {
                min,
                max: Some(max),
            }) => write!(f, "{min}–{max}"),
            Count::Range(CountRange { min, max: None }) => write!(f, "{min}+"),
        }
    }
}

/// Whether the data were unintelligible to whoever could reach them: encrypted or hashed
/// with a state-of-the-art method whose key (or salt) stayed safe (Art. 34(3)(a); EDPB
/// Guidelines 01/2021, cases 01, 06 and 10).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a protection object")]
pub struct Protection {
    /// The measure applied to the data concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<ProtectionMeasure>,
    /// Whether the algorithm and its use were state of the art when the breach happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_of_the_art: Option<bool>,
    /// Whether the key (or salt, or password) is safe: not compromised in the breach, not
    /// stored with the data, and not derivable by other means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_safe: Option<bool>,
}

impl Protection {
    /// Whether the data count as unintelligible: `Some(true)` only for encryption or salted
    /// hashing that is state of the art with a safe key. A compromised key, an outdated
    /// method or no measure make it `Some(false)`; anything not stated leaves it unknown.
    ///
    /// ```
    /// use gdpr::{Protection, ProtectionMeasure};
    ///
    /// let mut p = Protection {
    ///     measure: Some(ProtectionMeasure::Encryption),
    ///     state_of_the_art: Some(true),
    ///     key_safe: Some(false),
    /// };
    /// assert_eq!(p.unintelligible(), Some(false)); // the key was compromised
    /// p.key_safe = None;
    /// assert_eq!(p.unintelligible(), None);
    /// ```
    pub fn unintelligible(&self) -> Option<bool> {
        match self.measure? {
            ProtectionMeasure::None => Some(false),
            ProtectionMeasure::Encryption | ProtectionMeasure::SaltedHash => {
                match (self.state_of_the_art, self.key_safe) {
                    (Some(false), _) | (_, Some(false)) => Some(false),
                    (Some(true), Some(true)) => Some(true),
                    _ => None,
                }
            }
        }
    }
}

/// A measure that can make personal data unintelligible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProtectionMeasure {
    /// No such measure: the data were readable (paper, plain files, unencrypted disks).
    None,
    /// Encryption (at rest or in transit).
    Encryption,
    /// A salted cryptographic hash, for passwords.
    SaltedHash,
}

/// Who received the data or could access them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Exposure {
    /// A trusted recipient: known, bound by confidentiality or professional secrecy, with no
    /// reason to misuse the data (EDPB Guidelines 01/2021, case 09).
    TrustedRecipient,
    /// Known recipients who received the data by mistake, without malicious intent: another
    /// customer, a former participant (cases 13–16).
    KnownRecipients,
    /// Someone inside the organisation acting beyond their authorisation (case 08).
    Insider,
    /// An unknown party: an attacker, a thief, a finder (cases 04, 05, 07, 11, 12).
    UnknownParty,
    /// The public: the data were published or openly reachable.
    Public,
}

/// The damage a breach may cause the data subjects (recitals 75 and 85), each as the
/// controller judges it possible. Absent means not yet judged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a consequences object")]
pub struct Consequences {
    /// Identity theft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_theft: Option<bool>,
    /// Fraud, including phishing that uses the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraud: Option<bool>,
    /// Financial loss.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_loss: Option<bool>,
    /// Discrimination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discrimination: Option<bool>,
    /// Damage to reputation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputational_damage: Option<bool>,
    /// Physical harm, including to health through delayed care.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_harm: Option<bool>,
    /// Loss of confidentiality of data protected by professional secrecy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub professional_secrecy: Option<bool>,
    /// Any other significant economic or social disadvantage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_significant_disadvantage: Option<bool>,
}

impl Consequences {
    /// Every consequence judged not possible.
    pub const fn none() -> Self {
        Consequences {
            identity_theft: Some(false),
            fraud: Some(false),
            financial_loss: Some(false),
            discrimination: Some(false),
            reputational_damage: Some(false),
            physical_harm: Some(false),
            professional_secrecy: Some(false),
            other_significant_disadvantage: Some(false),
        }
    }

    /// The consequences judged possible, in the order of [`Consequence::ALL`].
    pub fn possible(&self) -> Vec<Consequence> {
        self.judged()
            .into_iter()
            .filter(|(_, judged)| *judged == Some(true))
            .map(|(c, _)| c)
            .collect()
    }

    /// The consequences with what the controller judged of each, in the order of
    /// [`Consequence::ALL`].
    pub const fn judged(&self) -> [(Consequence, Option<bool>); 8] {
        [
            (Consequence::IdentityTheft, self.identity_theft),
            (Consequence::Fraud, self.fraud),
            (Consequence::FinancialLoss, self.financial_loss),
            (Consequence::Discrimination, self.discrimination),
            (Consequence::ReputationalDamage, self.reputational_damage),
            (Consequence::PhysicalHarm, self.physical_harm),
            (Consequence::ProfessionalSecrecy, self.professional_secrecy),
            (
                Consequence::OtherSignificantDisadvantage,
                self.other_significant_disadvantage,
            ),
        ]
    }
}

/// One kind of damage of recitals 75 and 85, as a code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Consequence {
    /// Identity theft.
    IdentityTheft,
    /// Fraud.
    Fraud,
    /// Financial loss.
    FinancialLoss,
    /// Discrimination.
    Discrimination,
    /// Damage to reputation.
    ReputationalDamage,
    /// Physical harm.
    PhysicalHarm,
    /// Loss of confidentiality of data protected by professional secrecy.
    ProfessionalSecrecy,
    /// Other significant economic or social disadvantage.
    OtherSignificantDisadvantage,
}

impl Consequence {
    /// Every consequence, in the order of the recitals.
    pub const ALL: [Consequence; 8] = [
        Consequence::IdentityTheft,
        Consequence::Fraud,
        Consequence::FinancialLoss,
        Consequence::Discrimination,
        Consequence::ReputationalDamage,
        Consequence::PhysicalHarm,
        Consequence::ProfessionalSecrecy,
        Consequence::OtherSignificantDisadvantage,
    ];
}

crate::setters::setters!(PersonalDataBreach {
    into reference: String,
    into description: String,
    some aware_at: DateTime<FixedOffset>,
    some became_aware_through: AwarenessSource,
    some occurred_at: DateTime<FixedOffset>,
    set kinds: BreachKinds,
    some affected: Vec<AffectedData>,
    some subjects: Count,
    some records: Count,
    some vulnerable_subjects: bool,
    set protection: Protection,
    some accessed_by: Exposure,
    some deletion_confirmed: bool,
    some backup: bool,
    some restored: bool,
    some unavailable_for: Period,
    some effect_on_subjects: bool,
    set consequences: Consequences,
    some no_damage_identifiable: bool,
    set measures: Vec<String>,
    some measures_remove_high_risk: bool,
    some communication_disproportionate: bool,
    some authority_notified_at: DateTime<FixedOffset>,
    into delay_reasons: String,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compromised_key_is_never_unintelligible() {
        for measure in [ProtectionMeasure::Encryption, ProtectionMeasure::SaltedHash] {
            for soa in [None, Some(true), Some(false)] {
                let p = Protection {
                    measure: Some(measure),
                    state_of_the_art: soa,
                    key_safe: Some(false),
                };
                assert_eq!(p.unintelligible(), Some(false));
            }
        }
    }

    #[test]
    fn unprotected_data_are_intelligible_and_an_unknown_measure_is_unknown() {
        let none = Protection {
            measure: Some(ProtectionMeasure::None),
            ..Protection::default()
        };
        assert_eq!(none.unintelligible(), Some(false));
        assert_eq!(Protection::default().unintelligible(), None);
    }

    #[test]
    fn counts_read_as_numbers_or_ranges() {
        let exact: Count = serde_json::from_str("213").unwrap();
        assert_eq!(exact, Count::Exactly(213));
        let open: Count = serde_json::from_str(r#"{"min": 100000}"#).unwrap();
        assert_eq!(open.to_string(), "100000+");
        let range: Count = serde_json::from_str(r#"{"min": 10, "max": 50}"#).unwrap();
        assert_eq!(range.to_string(), "10–50");
        assert!(serde_json::from_str::<Count>(r#""many""#).is_err());
        assert!(serde_json::from_str::<Count>(r#"{"min": 1, "maximum": 5}"#).is_err());
        assert!(!Count::Range(CountRange {
            min: 5,
            max: Some(1)
        })
        .is_coherent());
    }
}
