//! Which elements of Art. 13 and 14 a policy can support in a notice.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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

/// The check of one element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an element check object")]
pub struct ElementCheck {
    /// The element.
    pub element: NoticeElement,
    /// The provision that requires it.
    pub citation: Citation,
    /// How far the policy supports it.
    pub status: ElementStatus,
    /// What is there or what is missing.
    pub detail: String,
}

/// The completeness check of a notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a notice check object")]
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
}

/// Checks which elements of Art. 13 and 14 the policy can support in a notice.
pub fn check_notice(policy: &Policy) -> NoticeCheck {
    let elements = NoticeElement::ALL
        .iter()
        .map(|&element| {
            let (status, detail) = check(policy, element);
            ElementCheck {
                element,
                citation: element.citation(),
                status,
                detail,
            }
        })
        .collect();
    NoticeCheck { elements }
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn check(policy: &Policy, element: NoticeElement) -> (ElementStatus, String) {
    use ElementStatus::{Check, Complete, Gap, NotApplicable};
    let controlled = || policy.activities.iter().filter(|a| !a.acts_as_processor());
    let purposes = || controlled().flat_map(|a| a.purposes.iter());
    match element {
        NoticeElement::ControllerIdentity => match &policy.controller.contact {
            Some(_) => (Complete, format!("{} and its contact details", policy.controller.name)),
            None => (Gap, "the controller's contact details are not recorded (`controller.contact`)".into()),
        },
        NoticeElement::DpoContact => match (&policy.controller.dpo, policy.controller.kind) {
            (Some(_), _) => (Complete, "the data protection officer's contact details".into()),
            (None, ControllerKind::PublicAuthority) => (
                Gap,
                "a public authority must designate a data protection officer (Art. 37(1)(a)); record the contact in `controller.dpo`".into(),
            ),
            (None, ControllerKind::Private) => (
                Check,
                "no data protection officer is recorded; one is required where core activities involve large-scale monitoring or special categories (Art. 37(1)(b), (c))".into(),
            ),
        },
        NoticeElement::PurposesAndLegalBases => {
            let missing: Vec<String> = purposes().filter(|p| p.legal_basis.is_none()).map(|p| p.id.clone()).collect();
            if missing.is_empty() {
                (Complete, format!("{} purposes, each with its legal basis", purposes().count()))
            } else {
                (Gap, format!("no legal basis for {}", list(&missing)))
            }
        }
        NoticeElement::LegitimateInterests => {
            let li: Vec<_> = purposes()
                .filter_map(|p| match &p.legal_basis {
                    Some(LegalBasis::LegitimateInterests { interest }) => Some((p.id.clone(), interest.is_some())),
                    _ => None,
                })
                .collect();
            let missing: Vec<String> = li.iter().filter(|(_, named)| !named).map(|(id, _)| id.clone()).collect();
            if li.is_empty() {
                (NotApplicable, "no purpose rests on legitimate interests".into())
            } else if missing.is_empty() {
                (Complete, "the interest pursued is named for every purpose on Art. 6(1)(f)".into())
            } else {
                (Gap, format!("the interest pursued is not named for {}", list(&missing)))
            }
        }
        NoticeElement::Recipients => {
            if policy.recipients.is_empty() {
                (NotApplicable, "no recipients are recorded".into())
            } else {
                (Complete, format!("{} recipients or categories of recipients", policy.recipients.len()))
            }
        }
        NoticeElement::Transfers => {
            let used: Vec<_> = policy
                .recipients
                .iter()
                .filter(|r| policy.activities.iter().any(|a| a.recipients.contains(&r.id)))
                .collect();
            let unknown: Vec<String> = used.iter().filter(|r| r.location.is_none()).map(|r| r.id.clone()).collect();
            let outside: Vec<_> = used.iter().filter(|r| r.location.as_ref().is_some_and(|l| !l.is_eea())).collect();
            let undeclared: Vec<String> = outside
                .iter()
                .filter(|r| !policy.activities.iter().any(|a| a.transfers.iter().any(|t| t.recipient == r.id)))
                .map(|r| r.id.clone())
                .collect();
            // A conditional transfer clause is an intended transfer the notice must describe
            // with its grounds (13(1)(f)); for safeguards, also where to get a copy of them.
            let conditional: Vec<_> = used.iter().filter_map(|r| r.conditional_transfer.as_ref().map(|c| (r.id.clone(), c))).collect();
            let without_ground: Vec<String> = conditional.iter().filter(|(_, c)| c.grounds.is_empty()).map(|(id, _)| id.clone()).collect();
            let with_safeguards: Vec<String> = conditional
                .iter()
                .filter(|(_, c)| c.grounds.iter().any(|g| matches!(g, GroundKind::AppropriateSafeguards | GroundKind::Derogation)))
                .map(|(id, _)| id.clone())
                .collect();
            if !unknown.is_empty() {
                (Gap, format!("the location of {} is not recorded, so the notice cannot say whether data leave the EEA", list(&unknown)))
            } else if !undeclared.is_empty() {
                (Gap, format!("{} receive data outside the EEA without a recorded transfer ground", list(&undeclared)))
            } else if !without_ground.is_empty() {
                (Gap, format!("{} may receive data outside the EU or EEA under a condition, but no ground is recorded for those transfers", list(&without_ground)))
            } else if !with_safeguards.is_empty() {
                (Check, format!("{} may receive data outside the EU or EEA under a condition, on safeguards or derogations: once such a transfer happens the notice must name them and say how to obtain a copy (Art. 13(1)(f))", list(&with_safeguards)))
            } else if !conditional.is_empty() {
                (Complete, "transfers outside the EU or EEA happen only under a stated condition, on an adequacy decision".into())
            } else if outside.is_empty() {
                (Complete, "no recipient is outside the EEA".into())
            } else {
                (Complete, "every transfer outside the EEA has its ground".into())
            }
        }
        NoticeElement::Retention => {
            let missing: Vec<String> = controlled()
                .filter(|a| !a.retention.iter().any(|r| r.period.is_some() || r.criteria.is_some()))
                .map(|a| a.id.clone())
                .collect();
            if missing.is_empty() {
                let periods = controlled().flat_map(|a| a.retention.iter()).filter(|r| r.period.is_some()).count();
                (Complete, format!("every activity has a retention period or criteria ({periods} with a fixed period)"))
            } else {
                (Gap, format!("no retention period or criteria for {}", list(&missing)))
            }
        }
        NoticeElement::Rights => (Complete, "the rights that apply are derived from the purposes and their bases".into()),
        NoticeElement::WithdrawalOfConsent => {
            if purposes().any(|p| p.legal_basis == Some(LegalBasis::Consent)) {
                (Complete, "consent is relied on; the right to withdraw it is stated".into())
            } else {
                (NotApplicable, "no purpose rests on consent".into())
            }
        }
        NoticeElement::Complaint => {
            if policy.controller.supervisory_authorities.is_empty() {
                (Gap, "no supervisory authority is named (`controller.supervisory_authorities`)".into())
            } else {
                let names: Vec<String> = policy.controller.supervisory_authorities.iter().map(|a| a.name.clone()).collect();
                (Complete, names.join("; "))
            }
        }
        NoticeElement::ProvisionRequirement => {
            let from_subject = controlled().filter(|a| {
                policy.categories_of(a).any(|c| c.origin == Origin::ProvidedBySubject)
            });
            let missing: Vec<String> = from_subject.filter(|a| a.provision.is_none()).map(|a| a.id.clone()).collect();
            if missing.is_empty() {
                (Complete, "every activity says whether the data must be provided".into())
            } else {
                (Gap, format!("whether the subject must provide the data, and the consequences, is not stated for {}", list(&missing)))
            }
        }
        NoticeElement::AutomatedDecisions => {
            let adm: Vec<_> = purposes().filter_map(|p| p.automated_decision.as_ref().map(|d| (p, d))).collect();
            if adm.is_empty() {
                (NotApplicable, "no solely automated decisions are recorded".into())
            } else {
                let missing: Vec<String> = adm.iter().filter(|(_, d)| d.logic.is_none()).map(|(p, _)| p.id.clone()).collect();
                if missing.is_empty() {
                    (Complete, "the logic involved is described for every automated decision".into())
                } else {
                    (Gap, format!("the logic and consequences of the automated decisions of {} are not described", list(&missing)))
                }
            }
        }
        NoticeElement::CategoriesOfData => {
            if policy.data_categories.iter().any(|c| c.origin == Origin::OtherSource) {
                (Complete, "the categories of data obtained elsewhere are named".into())
            } else {
                (NotApplicable, "all data are obtained from the subject".into())
            }
        }
        NoticeElement::SourceOfData => {
            let elsewhere: Vec<_> = policy.data_categories.iter().filter(|c| c.origin == Origin::OtherSource).collect();
            let missing: Vec<String> = elsewhere.iter().filter(|c| c.obtained_from.is_none()).map(|c| c.id.clone()).collect();
            if elsewhere.is_empty() {
                (NotApplicable, "all data are obtained from the subject".into())
            } else if missing.is_empty() {
                (Complete, "the source of every category obtained elsewhere is named".into())
            } else {
                (Gap, format!("the source of {} is not named (`obtained_from`)", list(&missing)))
            }
        }
    }
}
