//! Personal data breaches (Art. 33, 34): the facts, the risk rules, the decision as codes and
//! its words. The entry point is [`assess_breach`].

mod authority;
mod codes;
mod render;
mod risk;
mod scope;
mod tri;

use chrono::{DateTime, FixedOffset, TimeDelta};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{breach_notification_deadline, AssessError, DeadlineError, HoursDeadline};
use crate::{AffectedData, Consequence, PersonalDataBreach, Policy, SpecialCategory};

pub use authority::{AuthorityBasis, CompetentAuthority};
pub use codes::{
    BreachFact, BreachKind, BreachQuestion, BreachReason, CitedReason, Duty, Guidance, Guidelines,
};

use risk::RiskFindings;
use scope::Scope;
use tri::{Facts, Tri};

/// Whether to notify the supervisory authority (Art. 33(1)).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AuthorityNotification {
    /// Notify: the breach is likely to result in a risk, or its risk is not excluded.
    Notify,
    /// Not required: the breach is unlikely to result in a risk. Document it all the same.
    NotRequired,
    /// A fact that decides it is unknown: see the open questions.
    NeedsReview,
    /// The organisation is processor for all the data concerned: the controller decides, and
    /// the organisation informs it without undue delay (Art. 33(2)).
    ControllerDecides,
}

impl AuthorityNotification {
    /// Whether a notification is or may be due: notify, or needs review.
    pub const fn may_be_due(self) -> bool {
        matches!(
            self,
            AuthorityNotification::Notify | AuthorityNotification::NeedsReview
        )
    }
}

/// Whether to communicate the breach to the data subjects (Art. 34).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SubjectCommunication {
    /// Tell each data subject concerned, without undue delay (Art. 34(1)).
    Communicate,
    /// Telling each would take disproportionate effort: a public communication or similar
    /// measure that informs them as effectively instead (Art. 34(3)(c)).
    PublicCommunication,
    /// Not required: no high risk, or Art. 34(3)(a) or (b) applies.
    NotRequired,
    /// A fact that decides it is unknown: see the open questions.
    NeedsReview,
    /// The organisation is processor for all the data concerned: the controller decides.
    ControllerDecides,
}

/// How likely a breach is to result in a risk to the rights and freedoms of natural persons.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    /// Unlikely to result in a risk (no notification, Art. 33(1)).
    Unlikely,
    /// Likely to result in a risk (notify the authority).
    Risk,
    /// Likely to result in a high risk (tell the subjects too, Art. 34(1)).
    HighRisk,
}

/// The risk as far as the facts establish it: equal bounds when they decide it, apart while
/// an open question could still move it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a risk range object")]
#[non_exhaustive]
pub struct RiskRange {
    /// The least the risk can turn out to be.
    pub at_least: RiskLevel,
    /// The most it can turn out to be.
    pub at_most: RiskLevel,
}

impl RiskRange {
    fn of(risk: Tri, high: Tri) -> RiskRange {
        let level = |risk: bool, high: bool| match (risk, high) {
            (_, true) => RiskLevel::HighRisk,
            (true, false) => RiskLevel::Risk,
            (false, false) => RiskLevel::Unlikely,
        };
        RiskRange {
            at_least: level(risk.is_true(), high.is_true()),
            at_most: level(risk.may_be_true(), high.may_be_true()),
        }
    }
}

/// When the supervisory authority must have the notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an authority deadline object")]
#[non_exhaustive]
pub struct AuthorityDeadline {
    /// When the controller became aware.
    pub aware_at: DateTime<FixedOffset>,
    /// 72 hours after awareness, on the same clock: the target. This is how the EDPB and
    /// the authorities count (Guidelines 9/2022, II.A.2), and the earlier of the two ends.
    pub target: DateTime<FixedOffset>,
    /// The period counted under Regulation 1182/71 (Art. 3(1), 3(2)(a)): from the start of
    /// the next hour, so up to an hour later than the target. Documented, not the target.
    pub periods_regulation: HoursDeadline,
    /// When the authority was notified, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notified_at: Option<DateTime<FixedOffset>>,
    /// Whether the notification is (or will be) later than the target, so that it must give
    /// the reasons for the delay (Art. 33(1)).
    pub late: bool,
}

/// The time limits that apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a breach deadlines object")]
#[non_exhaustive]
pub struct BreachDeadlines {
    /// Notifying the authority, when it is or may be required and awareness is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<AuthorityDeadline>,
    /// Telling the subjects is due without undue delay (Art. 34(1)).
    pub subjects_without_undue_delay: bool,
    /// The processor tells the controller without undue delay (Art. 33(2)).
    pub controller_without_undue_delay: bool,
}

/// What the breach concerns, as the register keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a data concerned object")]
#[non_exhaustive]
pub struct DataConcerned {
    /// The activities, data categories and data subject categories, spelt out; empty while
    /// not known.
    pub affected: Vec<AffectedData>,
    /// Whether it is known which data are concerned.
    pub known: bool,
    /// Special categories among them (Art. 9(1)).
    pub special_categories: Vec<SpecialCategory>,
    /// Data on criminal convictions and offences (Art. 10).
    pub criminal_offences: bool,
    /// National identification numbers (Art. 87).
    pub national_identification_numbers: bool,
    /// Children among the subjects.
    pub children: bool,
    /// Vulnerable persons among the subjects.
    pub vulnerable: bool,
}

/// The effects of the breach, as the register keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a register effects object")]
#[non_exhaustive]
pub struct RegisterEffects {
    /// The risk, as far as established.
    pub risk: RiskRange,
    /// The damage judged possible.
    pub consequences: Vec<Consequence>,
}

/// The entry the controller keeps in its register of breaches (Art. 33(5)): the facts, the
/// effects and the remedial action, with the decisions taken and why — for every breach,
/// notified or not. A value to store as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a breach register entry object")]
#[non_exhaustive]
pub struct BreachRegisterEntry {
    /// The controller.
    pub controller: String,
    /// When this assessment was made.
    pub assessed_at: DateTime<FixedOffset>,
    /// The facts relating to the breach, as stated (its reference, awareness, the
    /// notification made and the reasons for a delay among them).
    pub facts: PersonalDataBreach,
    /// The data concerned, resolved against the policy.
    pub data: DataConcerned,
    /// Its effects.
    pub effects: RegisterEffects,
    /// The remedial action taken.
    pub remedial_action: Vec<String>,
    /// The decision on notifying the authority.
    pub authority: AuthorityNotification,
    /// The decision on telling the subjects.
    pub subjects: SubjectCommunication,
    /// Why, as codes with their citations.
    pub reasons: Vec<CitedReason>,
}

/// The decision on a personal data breach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a breach decision object")]
#[non_exhaustive]
pub struct BreachDecision {
    /// The incident's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Notify the supervisory authority? (Art. 33(1))
    pub authority: AuthorityNotification,
    /// Tell the data subjects? (Art. 34)
    pub subjects: SubjectCommunication,
    /// The risk, as far as the facts establish it.
    pub risk: RiskRange,
    /// The reasoning, step by step, as codes.
    pub reasons: Vec<CitedReason>,
    /// What must be found out before either answer is final.
    pub open_questions: Vec<BreachQuestion>,
    /// By when.
    pub deadlines: BreachDeadlines,
    /// To whom.
    pub competent_authority: CompetentAuthority,
    /// The Art. 33(5) register entry.
    pub register_entry: BreachRegisterEntry,
}

/// Decides what a personal data breach requires of the organisation, as of `as_of`: "must
/// we notify the authority, must we tell the people, by when?" (Art. 33, 34).
///
/// It reads the facts of a [`PersonalDataBreach`] against the policy and answers:
///
/// 1. **The supervisory authority** (Art. 33(1)): notify unless the breach is unlikely to
///    result in a risk to the rights and freedoms of natural persons.
/// 2. **The data subjects** (Art. 34(1)): tell them when it is likely to result in a high
///    risk, unless Art. 34(3) applies: (a) the data were unintelligible, (b) later measures
///    removed the high risk, (c) telling each would take disproportionate effort — then a
///    public communication instead.
/// 3. **Needs review** when a fact that decides either answer is unknown, with that fact as
///    the question. Fail safe: an unknown that could make the breach notifiable never gives
///    "not required".
/// 4. **By when**: 72 hours from awareness — the EDPB's reading, the target — with the end
///    under Regulation 1182/71 beside it; "without undue delay" for the subjects and for a
///    processor telling its controller (Art. 33(2)); the reasons a late notification must
///    give (Art. 33(1)) and notification in phases (Art. 33(4)).
/// 5. **The register entry** of Art. 33(5), always: facts, effects, remedial action.
/// 6. **Which authority**: the one of the controller's establishment, from the policy.
///
/// The risk rules are explicit (see [`design`](crate::design)); the decision
/// is codes ([`BreachReason`], [`BreachQuestion`]) rendered into English or Dutch by
/// [`BreachDecision::to_text`] (text) or [`BreachDecision::render`] (the `message` of each
/// reason and question, for JSON).
///
/// # Example
///
/// ```
/// use chrono::DateTime;
/// use gdpr::assess::{assess_breach, AuthorityNotification, SubjectCommunication};
/// use gdpr::{Consequences, PersonalDataBreach, Policy, Protection, ProtectionMeasure};
///
/// let policy = Policy::from_json(include_str!("../../../tests/fixtures/webshop.json")).unwrap();
/// let aware = DateTime::parse_from_rfc3339("2026-11-27T09:30:00+01:00").unwrap();
/// // A laptop with the customer file was stolen; the disk was not encrypted.
/// let mut breach: PersonalDataBreach = gdpr::from_json(r#"{
///   "aware_at": "2026-11-27T09:30:00+01:00",
///   "kinds": {"confidentiality": true, "availability": true, "integrity": false},
///   "affected": [{"activity": "newsletter"}],
///   "protection": {"measure": "none"},
///   "accessed_by": "unknown_party",
///   "backup": true,
///   "effect_on_subjects": false
/// }"#).unwrap();
/// breach.consequences = Consequences::none();
/// let decision = assess_breach(&policy, &breach, aware).unwrap();
/// assert_eq!(decision.authority, AuthorityNotification::Notify);
/// assert_eq!(decision.subjects, SubjectCommunication::NotRequired);
/// let deadline = decision.deadlines.authority.as_ref().unwrap();
/// assert_eq!(deadline.target.to_rfc3339(), "2026-11-30T09:30:00+01:00");
///
/// // The same laptop, encrypted with a state-of-the-art algorithm, its key elsewhere.
/// breach.protection = Protection {
///     measure: Some(ProtectionMeasure::Encryption),
///     state_of_the_art: Some(true),
///     key_safe: Some(true),
/// };
/// let decision = assess_breach(&policy, &breach, aware).unwrap();
/// assert_eq!(decision.authority, AuthorityNotification::NotRequired);
/// assert!(!decision.register_entry.facts.kinds.integrity.unwrap()); // documented all the same
/// ```
///
/// # Errors
///
/// [`AssessError::UnknownActivity`], [`AssessError::DataCategoryNotInActivity`] or
/// [`AssessError::DataSubjectCategoryNotInActivity`] when `affected` names an id the policy
/// (or the activity) does not have; [`AssessError::DuplicateId`] when the policy has the
/// activity twice; [`AssessError::IncoherentCount`] for a range whose maximum is below its
/// minimum; [`AssessError::Deadline`] when the 72 hours fall outside the calendar.
pub fn assess_breach(
    policy: &Policy,
    breach: &PersonalDataBreach,
    as_of: DateTime<FixedOffset>,
) -> Result<BreachDecision, AssessError> {
    for (field, count) in [("subjects", breach.subjects), ("records", breach.records)] {
        if count.is_some_and(|c| !c.is_coherent()) {
            return Err(AssessError::IncoherentCount(field));
        }
    }
    let scope = Scope::resolve(policy, breach)?;
    let findings = risk::assess(breach, &scope);
    let controls = scope.controls_some();

    let mut reasons: Vec<BreachReason> = Vec::new();
    if !scope.processor_activities.is_empty() {
        reasons.push(BreachReason::ProcessorInformsController {
            activities: scope.processor_activities.clone(),
        });
    }
    reasons.extend(findings.reasons.iter().cloned());

    let authority = if controls {
        match findings.risk.value {
            Some(true) => AuthorityNotification::Notify,
            Some(false) => AuthorityNotification::NotRequired,
            None => AuthorityNotification::NeedsReview,
        }
    } else {
        AuthorityNotification::ControllerDecides
    };
    reasons.push(match findings.risk.value {
        Some(true) => BreachReason::LikelyRisk,
        Some(false) => BreachReason::UnlikelyRisk,
        None => BreachReason::RiskUndetermined,
    });
    let subjects = if controls {
        communication(breach, &findings, &mut reasons)
    } else {
        reasons.push(match findings.high.value {
            Some(true) => BreachReason::LikelyHighRisk,
            Some(false) => BreachReason::NoHighRisk,
            None => BreachReason::HighRiskUndetermined,
        });
        SubjectCommunication::ControllerDecides
    };

    let open_questions = questions(breach, &findings, authority, subjects);
    let deadlines = deadlines(
        policy,
        breach,
        as_of,
        authority,
        subjects,
        &scope,
        &mut reasons,
    )?;
    let may_notify = authority.may_be_due();
    if may_notify && !open_questions.is_empty() {
        reasons.push(BreachReason::PhasedNotification);
    }
    let competent_authority = CompetentAuthority::of(policy);
    if may_notify {
        reasons.push(competent_authority.reason());
    }
    reasons.push(BreachReason::DocumentInRegister);

    let reasons: Vec<CitedReason> = reasons.into_iter().map(CitedReason::from).collect();
    let risk = RiskRange::of(findings.risk, findings.high);
    let outcome = Outcome {
        risk,
        authority,
        subjects,
    };
    let register_entry = register_entry(policy, breach, &scope, as_of, outcome, &reasons);
    Ok(BreachDecision {
        reference: breach.reference.clone(),
        authority,
        subjects,
        risk,
        reasons,
        open_questions,
        deadlines,
        competent_authority,
        register_entry,
    })
}

/// Art. 34(1) and its exemptions in 34(3).
fn communication(
    breach: &PersonalDataBreach,
    f: &RiskFindings,
    reasons: &mut Vec<BreachReason>,
) -> SubjectCommunication {
    let exempt_a = f.unintelligible && f.high_if_readable.may_be_true();
    let measures = breach.measures_remove_high_risk == Some(true);
    match f.high.value {
        Some(false) => {
            reasons.push(BreachReason::NoHighRisk);
            if exempt_a {
                reasons.push(BreachReason::ExemptUnintelligible);
            }
            SubjectCommunication::NotRequired
        }
        Some(true) if measures => {
            reasons.push(BreachReason::LikelyHighRisk);
            reasons.push(BreachReason::ExemptSubsequentMeasures);
            SubjectCommunication::NotRequired
        }
        None if measures => {
            reasons.push(BreachReason::HighRiskUndetermined);
            reasons.push(BreachReason::ExemptSubsequentMeasures);
            SubjectCommunication::NotRequired
        }
        Some(true) => {
            reasons.push(BreachReason::LikelyHighRisk);
            if breach.communication_disproportionate == Some(true) {
                reasons.push(BreachReason::PublicCommunicationInstead);
                SubjectCommunication::PublicCommunication
            } else {
                reasons.push(BreachReason::CommunicateWithoutUndueDelay);
                SubjectCommunication::Communicate
            }
        }
        None => {
            reasons.push(BreachReason::HighRiskUndetermined);
            SubjectCommunication::NeedsReview
        }
    }
}

/// The unknown facts that could change an answer, each once, for the first duty it decides.
fn questions(
    breach: &PersonalDataBreach,
    f: &RiskFindings,
    authority: AuthorityNotification,
    subjects: SubjectCommunication,
) -> Vec<BreachQuestion> {
    let mut out: Vec<BreachQuestion> = Vec::new();
    let mut asked = Facts::default();
    let mut ask = |facts: Facts, decides: Duty, out: &mut Vec<BreachQuestion>| {
        for fact in facts.iter() {
            if asked.contains(fact) {
                continue;
            }
            asked = asked.union(Facts::one(fact));
            let citation = match decides {
                Duty::CommunicateToSubjects
                    if fact.citation() == crate::Citation::article(33).paragraph(1) =>
                {
                    crate::Citation::article(34).paragraph(1)
                }
                _ => fact.citation(),
            };
            out.push(BreachQuestion {
                fact,
                decides,
                citation,
                message: None,
            });
        }
    };
    if authority == AuthorityNotification::NeedsReview {
        ask(risk::awaited(f.risk), Duty::NotifyAuthority, &mut out);
    }
    if subjects == SubjectCommunication::NeedsReview {
        ask(risk::awaited(f.high), Duty::CommunicateToSubjects, &mut out);
    }
    if authority.may_be_due() && breach.aware_at.is_none() {
        ask(Facts::one(BreachFact::AwareAt), Duty::Deadline, &mut out);
    }
    out
}

/// The 72 hours, lateness, and "without undue delay".
fn deadlines(
    policy: &Policy,
    breach: &PersonalDataBreach,
    as_of: DateTime<FixedOffset>,
    authority: AuthorityNotification,
    subjects: SubjectCommunication,
    scope: &Scope,
    reasons: &mut Vec<BreachReason>,
) -> Result<BreachDeadlines, AssessError> {
    let mut out = BreachDeadlines {
        authority: None,
        subjects_without_undue_delay: matches!(
            subjects,
            SubjectCommunication::Communicate | SubjectCommunication::PublicCommunication
        ),
        controller_without_undue_delay: !scope.processor_activities.is_empty(),
    };
    if out.controller_without_undue_delay {
        reasons.push(BreachReason::InformControllerWithoutUndueDelay);
    }
    let (true, Some(aware_at)) = (authority.may_be_due(), breach.aware_at) else {
        return Ok(out);
    };
    let target = aware_at
        .checked_add_signed(TimeDelta::hours(72))
        .ok_or(AssessError::Deadline(DeadlineError::OutOfRange))?;
    let zone = authority::time_zone(&policy.controller.establishment);
    let periods_regulation =
        breach_notification_deadline(aware_at.to_utc(), zone).map_err(AssessError::Deadline)?;
    reasons.push(BreachReason::NotifyWithin72Hours {
        aware_at,
        target,
        periods_regulation_end: periods_regulation.ends_local,
    });
    let notified_at = breach.authority_notified_at;
    let late = match notified_at {
        Some(at) => at > target,
        None => as_of > target,
    };
    if late {
        reasons.push(match notified_at {
            Some(notified_at) => BreachReason::NotifiedLate {
                notified_at,
                target,
            },
            None => BreachReason::LateNotificationNeedsReasons { target },
        });
    }
    out.authority = Some(AuthorityDeadline {
        aware_at,
        target,
        periods_regulation,
        notified_at,
        late,
    });
    Ok(out)
}

/// The answers the register records.
#[derive(Clone, Copy)]
struct Outcome {
    risk: RiskRange,
    authority: AuthorityNotification,
    subjects: SubjectCommunication,
}

fn register_entry(
    policy: &Policy,
    breach: &PersonalDataBreach,
    scope: &Scope,
    as_of: DateTime<FixedOffset>,
    outcome: Outcome,
    reasons: &[CitedReason],
) -> BreachRegisterEntry {
    BreachRegisterEntry {
        controller: policy.controller.name.clone(),
        assessed_at: as_of,
        facts: breach.clone(),
        data: DataConcerned {
            affected: scope.resolved.clone(),
            known: scope.known,
            special_categories: scope.special.clone(),
            criminal_offences: scope.criminal,
            national_identification_numbers: scope.national_numbers,
            children: scope.children,
            vulnerable: scope.vulnerable,
        },
        effects: RegisterEffects {
            risk: outcome.risk,
            consequences: breach.consequences.possible(),
        },
        remedial_action: breach.measures.clone(),
        authority: outcome.authority,
        subjects: outcome.subjects,
        reasons: reasons.to_vec(),
    }
}
