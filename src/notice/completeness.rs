//! Which elements of Art. 13 and 14 a policy can support in a notice.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::explain::{Language, Params};
use crate::{Citation, ControllerKind, GroundKind, LegalBasis, Origin, Policy};

/// An element a privacy notice must contain.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoticeElement {
    /// The identity and contact details of the controller (13(1)(a)).
    ControllerIdentity,
    /// The contact details of the data protection officer (13(1)(b)).
    DpoContact,
    /// The purposes and the legal basis for each (13(1)(c)).
    PurposesAndLegalBases,
    /// The legitimate interests pursued, where 6(1)(f) is relied on (13(1)(d)).
    LegitimateInterests,
    /// The recipients or categories of recipients (13(1)(e)).
    Recipients,
    /// Transfers to third countries and their safeguards (13(1)(f)).
    Transfers,
    /// The retention period or the criteria for it (13(2)(a)).
    Retention,
    /// The rights of the data subject (13(2)(b)).
    Rights,
    /// The right to withdraw consent (13(2)(c)).
    WithdrawalOfConsent,
    /// The right to complain to a supervisory authority (13(2)(d)).
    Complaint,
    /// Whether provision of the data is required and the consequences (13(2)(e)).
    ProvisionRequirement,
    /// Automated decision-making, its logic and consequences (13(2)(f)).
    AutomatedDecisions,
    /// The categories of data obtained from another source (14(1)(d)).
    CategoriesOfData,
    /// The source of data obtained elsewhere (14(2)(f)).
    SourceOfData,
}

impl NoticeElement {
    /// Every element, in the order of Art. 13 and 14.
    pub const ALL: [NoticeElement; 14] = [
        NoticeElement::ControllerIdentity,
        NoticeElement::DpoContact,
        NoticeElement::PurposesAndLegalBases,
        NoticeElement::LegitimateInterests,
        NoticeElement::Recipients,
        NoticeElement::Transfers,
        NoticeElement::Retention,
        NoticeElement::Rights,
        NoticeElement::WithdrawalOfConsent,
        NoticeElement::Complaint,
        NoticeElement::ProvisionRequirement,
        NoticeElement::AutomatedDecisions,
        NoticeElement::CategoriesOfData,
        NoticeElement::SourceOfData,
    ];

    /// The provision that requires the element.
    pub const fn citation(self) -> Citation {
        let (article, paragraph, point) = match self {
            NoticeElement::ControllerIdentity => (13, 1, 'a'),
            NoticeElement::DpoContact => (13, 1, 'b'),
            NoticeElement::PurposesAndLegalBases => (13, 1, 'c'),
            NoticeElement::LegitimateInterests => (13, 1, 'd'),
            NoticeElement::Recipients => (13, 1, 'e'),
            NoticeElement::Transfers => (13, 1, 'f'),
            NoticeElement::Retention => (13, 2, 'a'),
            NoticeElement::Rights => (13, 2, 'b'),
            NoticeElement::WithdrawalOfConsent => (13, 2, 'c'),
            NoticeElement::Complaint => (13, 2, 'd'),
            NoticeElement::ProvisionRequirement => (13, 2, 'e'),
            NoticeElement::AutomatedDecisions => (13, 2, 'f'),
            NoticeElement::CategoriesOfData => (14, 1, 'd'),
            NoticeElement::SourceOfData => (14, 2, 'f'),
        };
        Citation::article(article).paragraph(paragraph).point(point)
    }
}

/// How far the policy supports an element.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ElementStatus {
    /// The policy holds everything the element needs.
    Complete,
    /// Something the element needs is missing; the detail says what.
    Gap,
    /// The element does not apply to this policy.
    NotApplicable,
    /// Whether the element applies depends on a fact the policy does not record.
    Check,
}

/// What the check of an element found, as a stable code; the sentence comes from the
/// vocabulary ([`Language::check`]).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CheckCode {
    /// The controller and its contact details are recorded (`params.text`: its name).
    ControllerIdentified,
    /// The controller's contact details are not recorded.
    ControllerContactMissing,
    /// The data protection officer's contact details are recorded.
    DpoContactRecorded,
    /// A public authority records no data protection officer (Art. 37(1)(a)).
    DpoMissingForPublicAuthority,
    /// No data protection officer is recorded; whether one is required is to check.
    DpoNotRecorded,
    /// Every purpose has its basis (`params.count` purposes).
    PurposesWithBases,
    /// Purposes without a basis (`params.ids`).
    BasisMissing,
    /// No purpose rests on legitimate interests.
    NoLegitimateInterests,
    /// The interest is named for every purpose on legitimate interests.
    InterestsNamed,
    /// Purposes on legitimate interests without the interest (`params.ids`).
    InterestsNotNamed,
    /// No recipients are recorded.
    NoRecipients,
    /// Recipients are recorded (`params.count`).
    RecipientsRecorded,
    /// Recipients without a location (`params.ids`).
    LocationsUnknown,
    /// Recipients outside the EEA without a transfer ground (`params.ids`).
    TransfersWithoutGround,
    /// Conditional transfers without a ground (`params.ids`).
    ConditionalWithoutGround,
    /// Conditional transfers on safeguards or derogations (`params.ids`).
    ConditionalOnSafeguards,
    /// Conditional transfers on an adequacy decision.
    ConditionalOnAdequacy,
    /// No recipient is outside the EEA.
    NoneOutsideEea,
    /// Every transfer outside the EEA has its ground.
    EveryTransferGrounded,
    /// Every activity has a retention period or criteria (`params.count` with a period).
    RetentionStated,
    /// Activities without retention (`params.ids`).
    RetentionMissing,
    /// The rights are derived from the purposes and their bases.
    RightsDerived,
    /// Consent is relied on.
    ConsentRelied,
    /// No purpose rests on consent.
    NoConsent,
    /// The supervisory authorities named (`params.ids`: their names).
    AuthoritiesNamed,
    /// No supervisory authority is named.
    NoAuthorityNamed,
    /// Every activity says whether the data must be provided.
    ProvisionStated,
    /// Activities that do not say whether the data must be provided (`params.ids`).
    ProvisionMissing,
    /// No solely automated decisions are recorded.
    NoAutomatedDecisions,
    /// The logic is described for every automated decision.
    LogicDescribed,
    /// Purposes whose automated decisions are not described (`params.ids`).
    LogicMissing,
    /// The categories of data obtained elsewhere are named.
    CategoriesNamed,
    /// All data are obtained from the subject.
    AllFromSubject,
    /// The source of every category obtained elsewhere is named.
    SourcesNamed,
    /// Categories whose source is not named (`params.ids`).
    SourceMissing,
}

/// The check of one element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an element check object")]
#[non_exhaustive]
pub struct ElementCheck {
    /// The element.
    pub element: NoticeElement,
    /// The provision that requires it.
    pub citation: Citation,
    /// How far the policy supports it.
    pub status: ElementStatus,
    /// What is there or what is missing, as a code.
    pub code: CheckCode,
    /// The ids and values the sentence names.
    #[serde(default, skip_serializing_if = "Params::is_empty")]
    pub params: Params,
    /// What is there or what is missing, in words (English unless rendered in another
    /// language with [`NoticeCheck::render`]).
    pub message: String,
}

/// The completeness check of a notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a notice check object")]
#[non_exhaustive]
pub struct NoticeCheck {
    /// Every element of Art. 13 and 14, in order.
    pub elements: Vec<ElementCheck>,
}

impl NoticeCheck {
    /// The check of one element.
    pub fn element(&self, element: NoticeElement) -> Option<&ElementCheck> {
        self.elements.iter().find(|e| e.element == element)
    }

    /// The elements with a gap.
    pub fn gaps(&self) -> impl Iterator<Item = &ElementCheck> {
        self.elements
            .iter()
            .filter(|e| e.status == ElementStatus::Gap)
    }

    /// Writes the `message` of every element in `lang`.
    pub fn render(&mut self, lang: Language) {
        for e in &mut self.elements {
            e.message = lang.check(e.code, &e.params);
        }
    }
}

/// Checks which elements of Art. 13 and 14 the policy can support in a notice.
pub fn check_notice(policy: &Policy) -> NoticeCheck {
    let elements = NoticeElement::ALL
        .iter()
        .map(|&element| {
            let (status, code, params) = check(policy, element);
            ElementCheck {
                element,
                citation: element.citation(),
                status,
                message: Language::English.check(code, &params),
                code,
                params,
            }
        })
        .collect();
    NoticeCheck { elements }
}

/// A finding that names nothing.
fn bare(status: ElementStatus, code: CheckCode) -> (ElementStatus, CheckCode, Params) {
    (status, code, Params::default())
}

/// A finding that lists ids.
fn listing(
    status: ElementStatus,
    code: CheckCode,
    ids: Vec<String>,
) -> (ElementStatus, CheckCode, Params) {
    (
        status,
        code,
        Params {
            ids,
            ..Params::default()
        },
    )
}

/// A finding that counts.
fn counting(
    status: ElementStatus,
    code: CheckCode,
    n: usize,
) -> (ElementStatus, CheckCode, Params) {
    (
        status,
        code,
        Params {
            count: Some(u32::try_from(n).unwrap_or(u32::MAX)),
            ..Params::default()
        },
    )
}

fn check(policy: &Policy, element: NoticeElement) -> (ElementStatus, CheckCode, Params) {
    use CheckCode as C;
    use ElementStatus::{Check, Complete, Gap, NotApplicable};
    let controlled = || policy.activities.iter().filter(|a| !a.acts_as_processor());
    let purposes = || controlled().flat_map(|a| a.purposes.iter());
    match element {
        NoticeElement::ControllerIdentity => match &policy.controller.contact {
            Some(_) => (
                Complete,
                C::ControllerIdentified,
                Params {
                    text: Some(policy.controller.name.clone()),
                    ..Params::default()
                },
            ),
            None => bare(Gap, C::ControllerContactMissing),
        },
        NoticeElement::DpoContact => match (&policy.controller.dpo, policy.controller.kind) {
            (Some(_), _) => bare(Complete, C::DpoContactRecorded),
            (None, ControllerKind::PublicAuthority) => bare(Gap, C::DpoMissingForPublicAuthority),
            (None, ControllerKind::Private) => bare(Check, C::DpoNotRecorded),
        },
        NoticeElement::PurposesAndLegalBases => {
            let missing: Vec<String> = purposes()
                .filter(|p| p.legal_basis.is_none())
                .map(|p| p.id.clone())
                .collect();
            if missing.is_empty() {
                counting(Complete, C::PurposesWithBases, purposes().count())
            } else {
                listing(Gap, C::BasisMissing, missing)
            }
        }
        NoticeElement::LegitimateInterests => {
            let li: Vec<_> = purposes()
                .filter_map(|p| match &p.legal_basis {
                    Some(LegalBasis::LegitimateInterests { interest }) => {
                        Some((p.id.clone(), interest.is_some()))
                    }
                    _ => None,
                })
                .collect();
            let missing: Vec<String> = li
                .iter()
                .filter(|(_, named)| !named)
                .map(|(id, _)| id.clone())
                .collect();
            if li.is_empty() {
                bare(NotApplicable, C::NoLegitimateInterests)
            } else if missing.is_empty() {
                bare(Complete, C::InterestsNamed)
            } else {
                listing(Gap, C::InterestsNotNamed, missing)
            }
        }
        NoticeElement::Recipients => {
            if policy.recipients.is_empty() {
                bare(NotApplicable, C::NoRecipients)
            } else {
                counting(Complete, C::RecipientsRecorded, policy.recipients.len())
            }
        }
        NoticeElement::Transfers => transfers(policy),
        NoticeElement::Retention => {
            let missing: Vec<String> = controlled()
                .filter(|a| {
                    !a.retention
                        .iter()
                        .any(|r| r.period.is_some() || r.criteria.is_some())
                })
                .map(|a| a.id.clone())
                .collect();
            if missing.is_empty() {
                let periods = controlled()
                    .flat_map(|a| a.retention.iter())
                    .filter(|r| r.period.is_some())
                    .count();
                counting(Complete, C::RetentionStated, periods)
            } else {
                listing(Gap, C::RetentionMissing, missing)
            }
        }
        NoticeElement::Rights => bare(Complete, C::RightsDerived),
        NoticeElement::WithdrawalOfConsent => {
            if purposes().any(|p| p.legal_basis == Some(LegalBasis::Consent)) {
                bare(Complete, C::ConsentRelied)
            } else {
                bare(NotApplicable, C::NoConsent)
            }
        }
        NoticeElement::Complaint => {
            if policy.controller.supervisory_authorities.is_empty() {
                bare(Gap, C::NoAuthorityNamed)
            } else {
                let names = policy
                    .controller
                    .supervisory_authorities
                    .iter()
                    .map(|a| a.name.clone())
                    .collect();
                listing(Complete, C::AuthoritiesNamed, names)
            }
        }
        NoticeElement::ProvisionRequirement => {
            let from_subject = controlled().filter(|a| {
                policy
                    .categories_of(a)
                    .any(|c| c.origin == Origin::ProvidedBySubject)
            });
            let missing: Vec<String> = from_subject
                .filter(|a| a.provision.is_none())
                .map(|a| a.id.clone())
                .collect();
            if missing.is_empty() {
                bare(Complete, C::ProvisionStated)
            } else {
                listing(Gap, C::ProvisionMissing, missing)
            }
        }
        NoticeElement::AutomatedDecisions => {
            let adm: Vec<_> = purposes()
                .filter_map(|p| p.automated_decision.as_ref().map(|d| (p, d)))
                .collect();
            if adm.is_empty() {
                bare(NotApplicable, C::NoAutomatedDecisions)
            } else {
                let missing: Vec<String> = adm
                    .iter()
                    .filter(|(_, d)| d.logic.is_none())
                    .map(|(p, _)| p.id.clone())
                    .collect();
                if missing.is_empty() {
                    bare(Complete, C::LogicDescribed)
                } else {
                    listing(Gap, C::LogicMissing, missing)
                }
            }
        }
        NoticeElement::CategoriesOfData => {
            if policy
                .data_categories
                .iter()
                .any(|c| c.origin == Origin::OtherSource)
            {
                bare(Complete, C::CategoriesNamed)
            } else {
                bare(NotApplicable, C::AllFromSubject)
            }
        }
        NoticeElement::SourceOfData => {
            let elsewhere: Vec<_> = policy
                .data_categories
                .iter()
                .filter(|c| c.origin == Origin::OtherSource)
                .collect();
            let missing: Vec<String> = elsewhere
                .iter()
                .filter(|c| c.obtained_from.is_none())
                .map(|c| c.id.clone())
                .collect();
            if elsewhere.is_empty() {
                bare(NotApplicable, C::AllFromSubject)
            } else if missing.is_empty() {
                bare(Complete, C::SourcesNamed)
            } else {
                listing(Gap, C::SourceMissing, missing)
            }
        }
    }
}

/// Art. 13(1)(f): where the recipients are, and on what ground data leave the EEA.
fn transfers(policy: &Policy) -> (ElementStatus, CheckCode, Params) {
    use CheckCode as C;
    use ElementStatus::{Check, Complete, Gap};
    let used: Vec<_> = policy
        .recipients
        .iter()
        .filter(|r| {
            policy
                .activities
                .iter()
                .any(|a| a.recipients.contains(&r.id))
        })
        .collect();
    let unknown: Vec<String> = used
        .iter()
        .filter(|r| r.location.is_none())
        .map(|r| r.id.clone())
        .collect();
    let outside: Vec<_> = used
        .iter()
        .filter(|r| r.location.as_ref().is_some_and(|l| !l.is_eea()))
        .collect();
    let undeclared: Vec<String> = outside
        .iter()
        .filter(|r| {
            !policy
                .activities
                .iter()
                .any(|a| a.transfers.iter().any(|t| t.recipient == r.id))
        })
        .map(|r| r.id.clone())
        .collect();
    // A conditional transfer clause is an intended transfer the notice must describe with its
    // grounds (13(1)(f)); for safeguards, also where to get a copy of them.
    let conditional: Vec<_> = used
        .iter()
        .filter_map(|r| r.conditional_transfer.as_ref().map(|c| (r.id.clone(), c)))
        .collect();
    let without_ground: Vec<String> = conditional
        .iter()
        .filter(|(_, c)| c.grounds.is_empty())
        .map(|(id, _)| id.clone())
        .collect();
    let with_safeguards: Vec<String> = conditional
        .iter()
        .filter(|(_, c)| {
            c.grounds.iter().any(|g| {
                matches!(
                    g,
                    GroundKind::AppropriateSafeguards | GroundKind::Derogation
                )
            })
        })
        .map(|(id, _)| id.clone())
        .collect();
    if !unknown.is_empty() {
        listing(Gap, C::LocationsUnknown, unknown)
    } else if !undeclared.is_empty() {
        listing(Gap, C::TransfersWithoutGround, undeclared)
    } else if !without_ground.is_empty() {
        listing(Gap, C::ConditionalWithoutGround, without_ground)
    } else if !with_safeguards.is_empty() {
        listing(Check, C::ConditionalOnSafeguards, with_safeguards)
    } else if !conditional.is_empty() {
        bare(Complete, C::ConditionalOnAdequacy)
    } else if outside.is_empty() {
        bare(Complete, C::NoneOutsideEea)
    } else {
        bare(Complete, C::EveryTransferGrounded)
    }
}
