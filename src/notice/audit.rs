//! An audit of the published notice: what it leaves out that Art. 13 and 14 require, and what
//! it says that the policy contradicts.
//!
//! The rest of this module's documentation is rendered in the docs of [`notice`](crate::notice)
//! (`src/notice/guide/audit.md`), where users read it.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::NoticeElement;
use crate::assess::{assess_rights, Applicability};
use crate::explain::{DpoDuty, Language, Params};
use crate::{
    AccessForm, Citation, ControllerKind, DataSubjectRight, LegalBasis, Policy, PublishedNotice,
    Region, Severity, TransferPromise,
};

/// What the audit found, as a stable code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AuditCode {
    /// The policy records no published notice, so there is nothing to audit.
    NotRecorded,
    /// An element Art. 13 or 14 requires of this policy is not stated.
    NotStated,
    /// A right that applies to some processing is not listed (Art. 13(2)(b)).
    RightNotListed,
    /// A right that may apply, depending on a fact the policy does not record, is not listed.
    RightMayApply,
    /// The notice promises data stay in the EU or EEA, and a recipient is outside it.
    TransferPromiseBroken,
    /// The notice promises data stay in the EU or EEA, and a recipient's location is unknown.
    TransferPromiseUnverified,
    /// The notice says data go to no third party, and the policy discloses them to one.
    ThirdPartiesContradicted,
    /// The notice promises an overview where Art. 15(3) gives the subject a copy.
    AccessAsOverview,
    /// The notice promises a response time longer than Art. 12(3) allows.
    ResponseTimeTooLong,
    /// The notice does not name the data protection officer Art. 37(1) requires.
    DpoRequired,
    /// The notice does not name a data protection officer, and whether Art. 37(1) requires one
    /// turns on facts the policy does not record.
    DpoMayBeRequired,
    /// The notice says no solely automated decisions are taken, and the policy takes some.
    AutomatedDecisionsContradicted,
}

/// One thing the audit found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an audit finding object")]
#[non_exhaustive]
pub struct AuditFinding {
    /// What kind of finding.
    pub code: AuditCode,
    /// An error (the notice breaks a rule or its promise is broken) or a warning (a fact to
    /// check).
    pub severity: Severity,
    /// The provision it rests on.
    pub citation: Citation,
    /// The JSON path of the element concerned, in the policy.
    pub path: String,
    /// The ids and values the sentence names.
    #[serde(default, skip_serializing_if = "Params::is_empty")]
    pub params: Params,
    /// What is wrong, in words (English unless rendered in another language with
    /// [`NoticeAudit::render`]).
    pub message: String,
}

impl AuditFinding {
    /// The finding on one line in `lang`: `error: published_notice.access: … (Art. 15(3))`.
    pub fn line(&self, lang: Language) -> String {
        format!(
            "{}: {}: {} ({})",
            lang.severity(self.severity),
            self.path,
            lang.audit(self.code, &self.params),
            lang.cite(self.citation)
        )
    }
}

impl fmt::Display for AuditFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{severity}: {}: {} ({})",
            self.path, self.message, self.citation
        )
    }
}

/// The audit of a published notice.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a notice audit object")]
#[non_exhaustive]
pub struct NoticeAudit {
    /// The findings, in the order of Art. 13 and 14, then the promises.
    pub findings: Vec<AuditFinding>,
}

impl NoticeAudit {
    /// Whether any finding has this code.
    pub fn has(&self, code: AuditCode) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &AuditFinding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    /// Writes the `message` of every finding in `lang`.
    pub fn render(&mut self, lang: Language) {
        for f in &mut self.findings {
            f.message = lang.audit(f.code, &f.params);
        }
    }
}

const AT: &str = "published_notice";

/// Audits the published notice recorded in the policy against Art. 12–15 and 37, and against
/// the policy itself.
pub fn audit_notice(policy: &Policy) -> NoticeAudit {
    let mut audit = NoticeAudit::default();
    let Some(notice) = &policy.published_notice else {
        audit.push(
            AuditCode::NotRecorded,
            Severity::Warning,
            Citation::article(13),
            AT.to_owned(),
            Params::default(),
        );
        return audit;
    };
    elements(policy, notice, &mut audit);
    rights(policy, notice, &mut audit);
    promises(policy, notice, &mut audit);
    audit
}

impl NoticeAudit {
    fn push(
        &mut self,
        code: AuditCode,
        severity: Severity,
        citation: Citation,
        path: String,
        params: Params,
    ) {
        self.findings.push(AuditFinding {
            message: Language::English.audit(code, &params),
            code,
            severity,
            citation,
            path,
            params,
        });
    }

    fn not_stated(&mut self, element: NoticeElement, field: &str) {
        self.push(
            AuditCode::NotStated,
            Severity::Error,
            element.citation(),
            format!("{AT}.{field}"),
            Params {
                element: Some(element),
                ..Params::default()
            },
        );
    }
}

/// The elements of Art. 13 and 14 this policy requires, and whether the notice states them.
fn elements(policy: &Policy, notice: &PublishedNotice, audit: &mut NoticeAudit) {
    let controlled = || policy.activities.iter().filter(|a| !a.acts_as_processor());
    let purposes = || controlled().flat_map(|a| a.purposes.iter());
    let always = [
        (
            NoticeElement::ControllerIdentity,
            notice.controller_contact.is_some(),
            "controller_contact",
        ),
        (
            NoticeElement::PurposesAndLegalBases,
            notice.purposes_and_bases.is_some(),
            "purposes_and_bases",
        ),
        (
            NoticeElement::Retention,
            notice.retention.is_some(),
            "retention",
        ),
        (
            NoticeElement::Complaint,
            notice.complaint.is_some() || lists(notice, DataSubjectRight::Complaint),
            "complaint",
        ),
    ];
    for (element, stated, field) in always {
        if !stated {
            audit.not_stated(element, field);
        }
    }
    let uses_interests =
        purposes().any(|p| matches!(p.legal_basis, Some(LegalBasis::LegitimateInterests { .. })));
    if uses_interests && notice.legitimate_interests.is_none() {
        audit.not_stated(NoticeElement::LegitimateInterests, "legitimate_interests");
    }
    let disclosed = controlled().any(|a| !a.recipients.is_empty());
    if disclosed && notice.recipients.is_none() {
        audit.not_stated(NoticeElement::Recipients, "recipients");
    }
    let on_consent = purposes().any(|p| p.legal_basis == Some(LegalBasis::Consent));
    let withdrawal =
        notice.withdrawal_of_consent.is_some() || lists(notice, DataSubjectRight::WithdrawConsent);
    if on_consent && !withdrawal {
        audit.not_stated(NoticeElement::WithdrawalOfConsent, "withdrawal_of_consent");
    }
    let from_subject = controlled().any(|a| {
        policy
            .categories_of(a)
            .any(|c| c.origin.obtained_from_subject())
    });
    if from_subject && notice.provision.is_none() {
        audit.not_stated(NoticeElement::ProvisionRequirement, "provision");
    }
    let automated = purposes().any(|p| p.automated_decision.is_some());
    if automated && notice.automated_decisions.as_ref().is_none_or(|s| !s.taken) {
        let contradicted = notice.automated_decisions.is_some();
        audit.push(
            if contradicted {
                AuditCode::AutomatedDecisionsContradicted
            } else {
                AuditCode::NotStated
            },
            Severity::Error,
            NoticeElement::AutomatedDecisions.citation(),
            format!("{AT}.automated_decisions"),
            Params {
                element: (!contradicted).then_some(NoticeElement::AutomatedDecisions),
                ..Params::default()
            },
        );
    }
    let elsewhere = controlled().any(|a| {
        policy
            .categories_of(a)
            .any(|c| c.origin.obtained_elsewhere() && c.information_exemption.is_none())
    });
    if elsewhere {
        if notice.categories_of_data.is_none() {
            audit.not_stated(NoticeElement::CategoriesOfData, "categories_of_data");
        }
        if notice.sources_of_data.is_none() {
            audit.not_stated(NoticeElement::SourceOfData, "sources_of_data");
        }
    }
    dpo(policy, notice, audit);
}

fn lists(notice: &PublishedNotice, right: DataSubjectRight) -> bool {
    notice.rights.iter().any(|r| r.right == right)
}

/// Art. 13(1)(b) asks for the contact of the data protection officer "where applicable": where
/// one is designated, and at least where Art. 37(1) requires one.
fn dpo(policy: &Policy, notice: &PublishedNotice, audit: &mut NoticeAudit) {
    if notice.dpo_contact.is_some() {
        return;
    }
    let controller = &policy.controller;
    let path = format!("{AT}.dpo_contact");
    let citation = Citation::article(37).paragraph(1);
    let required = if controller.kind == ControllerKind::PublicAuthority {
        Some(DpoDuty::PublicAuthority)
    } else if controller.large_scale_monitoring == Some(true) {
        Some(DpoDuty::LargeScaleMonitoring)
    } else if controller.large_scale_special_data == Some(true) {
        Some(DpoDuty::LargeScaleSpecialData)
    } else if controller.dpo.is_some() {
        Some(DpoDuty::Designated)
    } else {
        None
    };
    if let Some(duty) = required {
        audit.push(
            AuditCode::DpoRequired,
            Severity::Error,
            citation,
            path,
            Params {
                dpo_duty: Some(duty),
                ..Params::default()
            },
        );
        return;
    }
    let unknown: Vec<String> = [
        (controller.large_scale_monitoring, "large_scale_monitoring"),
        (
            controller.large_scale_special_data,
            "large_scale_special_data",
        ),
    ]
    .into_iter()
    .filter(|(fact, _)| fact.is_none())
    .map(|(_, field)| format!("controller.{field}"))
    .collect();
    if !unknown.is_empty() {
        audit.push(
            AuditCode::DpoMayBeRequired,
            Severity::Warning,
            citation,
            path,
            Params {
                fields: unknown,
                ..Params::default()
            },
        );
    }
}

/// Art. 13(2)(b): the rights that exist for the processing. Access, rectification, erasure and
/// restriction always; objection and portability where they apply (objection brought to the
/// subject's attention explicitly, Art. 21(4)).
fn rights(policy: &Policy, notice: &PublishedNotice, audit: &mut NoticeAudit) {
    let assessed: Vec<_> = policy
        .activities
        .iter()
        .filter(|a| !a.acts_as_processor())
        .filter_map(|a| assess_rights(policy, &a.id).ok())
        .collect();
    let applies = |right| -> Option<Applicability> {
        let all = assessed
            .iter()
            .filter_map(|d| d.right(right))
            .map(|r| r.applies);
        let mut best = None;
        for a in all {
            match a {
                Applicability::Applies => return Some(Applicability::Applies),
                Applicability::NeedsReview => best = Some(Applicability::NeedsReview),
                _ => {}
            }
        }
        best
    };
    let required = [
        DataSubjectRight::Access,
        DataSubjectRight::Rectification,
        DataSubjectRight::Erasure,
        DataSubjectRight::Restriction,
        DataSubjectRight::Object,
        DataSubjectRight::Portability,
    ];
    let path = format!("{AT}.rights");
    let of_right = |right| Params {
        right: Some(right),
        ..Params::default()
    };
    for right in required {
        if lists(notice, right) || assessed.is_empty() {
            continue;
        }
        let citation = if right == DataSubjectRight::Object {
            Citation::article(21).paragraph(4)
        } else {
            Citation::article(13).paragraph(2).point('b')
        };
        match applies(right) {
            Some(Applicability::Applies) => audit.push(
                AuditCode::RightNotListed,
                Severity::Error,
                citation,
                path.clone(),
                of_right(right),
            ),
            Some(_) => audit.push(
                AuditCode::RightMayApply,
                Severity::Warning,
                citation,
                path.clone(),
                of_right(right),
            ),
            None => {}
        }
    }
}

/// What the notice promises, against what the policy does.
fn promises(policy: &Policy, notice: &PublishedNotice, audit: &mut NoticeAudit) {
    let used = || {
        policy.recipients.iter().enumerate().filter(|(_, r)| {
            policy
                .activities
                .iter()
                .any(|a| a.recipients.contains(&r.id))
        })
    };
    if let Some(statement) = &notice.transfers {
        let eu_only = match statement.promise {
            TransferPromise::NoneOutsideEu => Some(true),
            TransferPromise::NoneOutsideEea => Some(false),
            _ => None,
        };
        if let Some(eu_only) = eu_only {
            let area = if eu_only { Region::Eu } else { Region::Eea };
            for (i, recipient) in used() {
                let path = format!("recipients[{i}].location");
                match &recipient.location {
                    Some(place) if (eu_only && !place.is_eu()) || (!eu_only && !place.is_eea()) => {
                        audit.push(
                            AuditCode::TransferPromiseBroken,
                            Severity::Error,
                            Citation::article(13).paragraph(1).point('f'),
                            path,
                            Params {
                                recipient: Some(recipient.id.clone()),
                                region: Some(area),
                                destination: Some(place.clone()),
                                ..Params::default()
                            },
                        )
                    }
                    Some(_) => {}
                    None => audit.push(
                        AuditCode::TransferPromiseUnverified,
                        Severity::Warning,
                        Citation::article(13).paragraph(1).point('f'),
                        path,
                        Params {
                            recipient: Some(recipient.id.clone()),
                            region: Some(area),
                            ..Params::default()
                        },
                    ),
                }
            }
        }
    }
    if notice
        .recipients
        .as_ref()
        .is_some_and(|r| r.no_third_parties)
    {
        // Processors act for the controller and are no third party (Art. 4(10)).
        for (i, recipient) in used() {
            if !recipient.role.is_processor() {
                audit.push(
                    AuditCode::ThirdPartiesContradicted,
                    Severity::Error,
                    Citation::article(13).paragraph(1).point('e'),
                    format!("recipients[{i}]"),
                    Params {
                        recipient: Some(recipient.id.clone()),
                        role: Some(recipient.role),
                        ..Params::default()
                    },
                );
            }
        }
    }
    if let Some(access) = &notice.access {
        if access.form == AccessForm::Overview {
            audit.push(
                AuditCode::AccessAsOverview,
                Severity::Error,
                Citation::article(15).paragraph(3),
                format!("{AT}.access"),
                Params::default(),
            );
        }
    }
    if let Some(response) = &notice.response_time {
        let period = response.period;
        // Art. 12(3): one month, at most, before any extension is announced.
        let longer = period.years > 0
            || period.months > 1
            || (period.months == 1 && (period.weeks > 0 || period.days > 0 || period.hours > 0))
            || (period.months == 0
                && u64::from(period.weeks) * 7
                    + u64::from(period.days)
                    + u64::from(period.hours) / 24
                    > 28);
        if longer {
            audit.push(
                AuditCode::ResponseTimeTooLong,
                Severity::Error,
                Citation::article(12).paragraph(3),
                format!("{AT}.response_time.period"),
                Params {
                    period: Some(period),
                    ..Params::default()
                },
            );
        }
    }
}
