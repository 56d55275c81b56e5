//! The audit of a published notice, element by element of Art. 13 and 14, and the promises a
//! policy can break.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use gdpr::notice::{audit_notice, AuditCode, NoticeAudit};
use gdpr::{
    AccessForm, AccessStatement, AutomatedDecisionsStatement, ControllerKind, DataSubjectRight,
    Destination, Origin, Period, Policy, PublishedNotice, RecipientsStatement,
    ResponseTimeStatement, RightStatement, Severity, Statement, TransferPromise,
    TransfersStatement,
};

fn webshop() -> Policy {
    Policy::from_json(include_str!("fixtures/webshop.json")).unwrap()
}

fn said(text: &str) -> Option<Statement> {
    Some(Statement {
        source: text.into(),
    })
}

fn right(right: DataSubjectRight) -> RightStatement {
    RightStatement {
        right,
        source: right.label().into(),
    }
}

/// A notice that states everything the webshop's policy needs.
fn complete() -> PublishedNotice {
    PublishedNotice {
        controller_contact: said("Voorbeeldwinkel B.V., privacy@voorbeeldwinkel.example"),
        dpo_contact: said("fg@voorbeeldwinkel.example"),
        purposes_and_bases: said("we use your data to deliver orders (contract) …"),
        recipients: Some(RecipientsStatement {
            no_third_parties: false,
            source: "our mailer and our accountant".into(),
        }),
        transfers: Some(TransfersStatement {
            promise: TransferPromise::WithSafeguards,
            source: "our mailer is certified under the Data Privacy Framework".into(),
        }),
        retention: said("seven years for invoices"),
        rights: [
            DataSubjectRight::Access,
            DataSubjectRight::Rectification,
            DataSubjectRight::Erasure,
            DataSubjectRight::Restriction,
            DataSubjectRight::Object,
            DataSubjectRight::Portability,
        ]
        .into_iter()
        .map(right)
        .collect(),
        access: Some(AccessStatement {
            form: AccessForm::Copy,
            source: "a copy of your data".into(),
        }),
        response_time: Some(ResponseTimeStatement {
            period: Period::months(1),
            source: "within one month".into(),
        }),
        withdrawal_of_consent: said("you may withdraw your consent at any time"),
        complaint: said("you may complain to the Autoriteit Persoonsgegevens"),
        provision: said("without your address we cannot deliver"),
        ..PublishedNotice::default()
    }
}

fn audit(notice: PublishedNotice) -> NoticeAudit {
    audit_with(webshop(), notice)
}

fn audit_with(mut policy: Policy, notice: PublishedNotice) -> NoticeAudit {
    policy.published_notice = Some(notice);
    audit_notice(&policy)
}

fn paths(audit: &NoticeAudit, code: AuditCode) -> Vec<String> {
    audit
        .findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| f.path.clone())
        .collect()
}

#[test]
fn a_notice_that_states_everything_the_policy_needs_has_no_finding() {
    let a = audit(complete());
    assert!(a.findings.is_empty(), "{:#?}", a.findings);
}

#[test]
fn without_a_recorded_notice_there_is_nothing_to_audit_and_it_says_so() {
    let a = audit_notice(&webshop());
    assert!(a.has(AuditCode::NotRecorded));
    assert_eq!(a.findings[0].severity, Severity::Warning);
}

#[test]
fn each_element_article_13_requires_of_this_policy_is_reported_when_left_out() {
    type LeaveOut = fn(&mut PublishedNotice);
    let cases: [(LeaveOut, &str, &str); 8] = [
        (
            |n| n.controller_contact = None,
            "published_notice.controller_contact",
            "Art. 13(1)(a)",
        ),
        (
            |n| n.purposes_and_bases = None,
            "published_notice.purposes_and_bases",
            "Art. 13(1)(c)",
        ),
        (
            |n| n.recipients = None,
            "published_notice.recipients",
            "Art. 13(1)(e)",
        ),
        (
            |n| n.retention = None,
            "published_notice.retention",
            "Art. 13(2)(a)",
        ),
        (
            |n| n.withdrawal_of_consent = None,
            "published_notice.withdrawal_of_consent",
            "Art. 13(2)(c)",
        ),
        (
            |n| n.complaint = None,
            "published_notice.complaint",
            "Art. 13(2)(d)",
        ),
        (
            |n| n.provision = None,
            "published_notice.provision",
            "Art. 13(2)(e)",
        ),
        (
            |n| n.dpo_contact = None,
            "published_notice.dpo_contact",
            "Art. 37(1)",
        ),
    ];
    for (leave_out, path, article) in cases {
        let mut notice = complete();
        leave_out(&mut notice);
        let a = audit(notice);
        let finding = a
            .findings
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{path}: {:#?}", a.findings));
        assert_eq!(finding.citation.to_string(), article, "{path}");
        assert_eq!(a.findings.len(), 1, "{path}: {:#?}", a.findings);
    }
}

#[test]
fn legitimate_interests_automated_decisions_and_other_sources_are_required_only_where_they_apply() {
    // The webshop relies on none of them: the complete notice needs no such statement.
    assert!(audit(complete()).findings.is_empty());
    let mut policy = webshop();
    policy.activities[1].purposes[0].legal_basis = Some(gdpr::LegalBasis::LegitimateInterests {
        interest: Some("service".into()),
    });
    policy.activities[1].purposes[0].automated_decision = Some(gdpr::AutomatedDecision {
        ground: Some(gdpr::AutomatedDecisionGround::Contract),
        logic: None,
    });
    policy.data_categories[1].origin = Origin::OtherSource;
    let a = audit_with(policy, complete());
    let mut cited: Vec<String> = a.findings.iter().map(|f| f.citation.to_string()).collect();
    cited.sort();
    assert_eq!(
        cited,
        [
            "Art. 13(1)(d)",
            "Art. 13(2)(f)",
            "Art. 14(1)(d)",
            "Art. 14(2)(f)"
        ]
    );
}

#[test]
fn a_notice_that_lists_only_access_and_rectification_misses_the_rights_that_apply() {
    let mut notice = complete();
    notice.rights = vec![
        right(DataSubjectRight::Access),
        right(DataSubjectRight::Rectification),
    ];
    let a = audit(notice);
    let missing: Vec<String> = a
        .findings
        .iter()
        .filter(|f| f.code == AuditCode::RightNotListed)
        .map(|f| f.citation.to_string())
        .collect();
    // Erasure, restriction, portability (Art. 13(2)(b)) and objection (Art. 21(4)).
    assert_eq!(
        missing,
        [
            "Art. 13(2)(b)",
            "Art. 13(2)(b)",
            "Art. 21(4)",
            "Art. 13(2)(b)"
        ]
    );
}

#[test]
fn a_promise_that_nothing_leaves_the_eu_is_broken_by_a_us_recipient() {
    let mut notice = complete();
    notice.transfers = Some(TransfersStatement {
        promise: TransferPromise::NoneOutsideEu,
        source: "uw gegevens blijven in de EU".into(),
    });
    let a = audit(notice);
    assert_eq!(
        paths(&a, AuditCode::TransferPromiseBroken),
        ["recipients[0].location"]
    );
    // A recipient whose location is unknown cannot be held to the promise: a warning.
    let mut policy = webshop();
    policy.recipients[0].location = None;
    let mut notice = complete();
    notice.transfers = Some(TransfersStatement {
        promise: TransferPromise::NoneOutsideEea,
        source: "niet buiten de EER".into(),
    });
    let a = audit_with(policy, notice);
    assert!(!a.has(AuditCode::TransferPromiseBroken));
    assert!(a.has(AuditCode::TransferPromiseUnverified));
    // Inside the EEA the promise holds.
    let mut policy = webshop();
    policy.recipients[0].location = Some(Destination::Country("NO".parse().unwrap()));
    let mut notice = complete();
    notice.transfers = Some(TransfersStatement {
        promise: TransferPromise::NoneOutsideEea,
        source: "niet buiten de EER".into(),
    });
    assert!(audit_with(policy, notice).findings.is_empty());
}

#[test]
fn saying_no_third_party_receives_data_is_contradicted_by_an_authority_but_not_by_processors() {
    let mut notice = complete();
    notice.recipients = Some(RecipientsStatement {
        no_third_parties: true,
        source: "We verstrekken uw persoonsgegevens niet aan derde partijen.".into(),
    });
    let a = audit(notice);
    // The mailer and the accountant are processors; the tax authority is a third party.
    assert_eq!(
        paths(&a, AuditCode::ThirdPartiesContradicted),
        ["recipients[2]"]
    );
}

#[test]
fn promising_an_overview_instead_of_a_copy_is_reported_with_the_judgment() {
    let mut notice = complete();
    notice.access = Some(AccessStatement {
        form: AccessForm::Overview,
        source: "een zo volledig mogelijk overzicht van uw gegevens".into(),
    });
    let a = audit(notice);
    let finding = a
        .findings
        .iter()
        .find(|f| f.code == AuditCode::AccessAsOverview)
        .unwrap();
    assert_eq!(finding.citation.to_string(), "Art. 15(3)");
    assert!(finding.message.contains("C-487/21"));
}

#[test]
fn a_response_time_longer_than_one_month_breaks_article_12_3() {
    for (period, late) in [
        ("P1M", false),
        ("P4W", false),
        ("P30D", true),
        ("P6W", true),
        ("P2M", true),
    ] {
        let mut notice = complete();
        notice.response_time = Some(ResponseTimeStatement {
            period: period.parse().unwrap(),
            source: period.into(),
        });
        assert_eq!(
            audit(notice).has(AuditCode::ResponseTimeTooLong),
            late,
            "{period}"
        );
    }
}

#[test]
fn the_dpo_is_required_of_a_public_authority_and_asked_about_otherwise() {
    let mut notice = complete();
    notice.dpo_contact = None;
    let mut policy = webshop();
    policy.controller.dpo = None;
    // A private controller: whether Art. 37(1)(b) or (c) applies is not recorded.
    let a = audit_with(policy.clone(), notice.clone());
    assert!(a.has(AuditCode::DpoMayBeRequired));
    assert!(!a.has(AuditCode::DpoRequired));
    // Neither applies: nothing to say.
    policy.controller.large_scale_monitoring = Some(false);
    policy.controller.large_scale_special_data = Some(false);
    assert!(audit_with(policy.clone(), notice.clone())
        .findings
        .is_empty());
    // Large-scale special data, or a public authority: required.
    policy.controller.large_scale_special_data = Some(true);
    assert!(audit_with(policy.clone(), notice.clone()).has(AuditCode::DpoRequired));
    policy.controller.large_scale_special_data = Some(false);
    policy.controller.kind = ControllerKind::PublicAuthority;
    let a = audit_with(policy, notice);
    let finding = a
        .findings
        .iter()
        .find(|f| f.code == AuditCode::DpoRequired)
        .unwrap();
    assert!(finding.message.contains("Art. 37(1)(a)"));
}

#[test]
fn saying_no_automated_decisions_are_taken_is_contradicted_by_the_policy() {
    let mut policy = webshop();
    policy.activities[1].purposes[0].automated_decision = Some(gdpr::AutomatedDecision {
        ground: Some(gdpr::AutomatedDecisionGround::Contract),
        logic: Some("credit check".into()),
    });
    let mut notice = complete();
    notice.automated_decisions = Some(AutomatedDecisionsStatement {
        taken: false,
        source: "Wij nemen geen geautomatiseerde besluiten.".into(),
    });
    assert!(audit_with(policy, notice).has(AuditCode::AutomatedDecisionsContradicted));
}
