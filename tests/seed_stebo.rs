//! Stebo vzw (Genk, BE): a non-profit that promises no transfers outside the EU.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use gdpr::assess::*;
use std::collections::BTreeMap;

use gdpr::notice::AuditCode;
use gdpr::{
    AdequacyRegistry, DataSubjectRight, FindingCode, Period, RecipientRole, RetentionAction,
    RetentionKind, RetentionRule, RetentionTrigger, SpecialCategory,
};

#[test]
fn validation_reports_the_gaps_of_the_notice() {
    let r = report(&seed("stebo"));
    // Every finding, in order: the notice's own gaps, and nothing it answers.
    assert_eq!(
        codes(&r),
        [
            // The rijksregisternummer is processed without naming the law that allows it.
            (
                FindingCode::NationalNumberWithoutLaw,
                "activities[0].national_number_law".into()
            ),
            // "Wettelijke voorschriften", but which law?
            (
                FindingCode::MissingLegalReference,
                "activities[0].purposes[1].legal_basis.legal_reference".into()
            ),
            // "Psychisch welbevinden" is health data, and no Art. 9(2) condition is stated.
            (
                FindingCode::SpecialCategoryWithoutCondition,
                "activities[0].special_category_conditions".into()
            ),
            (
                FindingCode::MissingLegalReference,
                "activities[2].purposes[0].legal_basis.legal_reference".into()
            ),
            // The newsletter to partners has no stated basis.
            (
                FindingCode::MissingLegalBasis,
                "activities[2].purposes[2].legal_basis".into()
            ),
        ]
    );
    // The health finding names psychological well-being only: social well-being is no
    // special category.
    let health = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::SpecialCategoryWithoutCondition)
        .unwrap();
    assert!(health.message.contains("`welbevinden`"));
    let p = seed("stebo");
    assert_eq!(
        p.data_category("sociaal_welbevinden")
            .unwrap()
            .special_category,
        None
    );
    assert_eq!(
        p.data_category("welbevinden").unwrap().special_category,
        Some(SpecialCategory::Health)
    );
}

#[test]
fn the_recipients_are_where_the_notice_says_so_nothing_leaves_the_eu() {
    // "Wij verstrekken geen persoonsgegevens aan partijen welke gevestigd zijn buiten de EU":
    // every recipient's area is stated, so no location is unknown and the promise holds.
    let p = seed("stebo");
    let r = report(&p);
    assert!(!r.has(FindingCode::UnknownRecipientLocation));
    assert!(!r.has(FindingCode::CommitmentBroken));
    for recipient in &p.recipients {
        let d = assess_transfer(
            &p,
            &AdequacyRegistry::builtin(),
            &TransferRequest::to(recipient.id.clone()),
            today(),
        )
        .unwrap();
        assert_eq!(d.outcome, TransferOutcome::NotATransfer, "{}", recipient.id);
        assert!(d.commitment_breaches.is_empty(), "{}", recipient.id);
    }
    // The third parties bound by a "(verwerkers)overeenkomst" are processors; those who get
    // data on consent use them for their own purposes.
    assert_eq!(
        p.recipient("derden").unwrap().role,
        RecipientRole::Processor
    );
    assert_eq!(
        p.recipient("derden_toestemming").unwrap().role,
        RecipientRole::IndependentController
    );
}

#[test]
fn the_service_rests_also_on_legitimate_interests_and_on_consent_for_sharing() {
    let p = seed("stebo");
    let rights = assess_rights(&p, "dienstverlening").unwrap();
    // Legitimate interests: the client may object on grounds of their situation.
    assert_eq!(
        rights.right(DataSubjectRight::Object).unwrap().applies,
        Applicability::Applies
    );
    // Sharing with third parties on consent: the consent can be withdrawn.
    assert_eq!(
        rights
            .right(DataSubjectRight::WithdrawConsent)
            .unwrap()
            .applies,
        Applicability::Applies
    );
    // Data delivered by governments and partners: Art. 14.
    assert_eq!(
        rights
            .right(DataSubjectRight::InformationFromOtherSource)
            .unwrap()
            .applies,
        Applicability::Applies
    );
    // Paper files as well as the ERP: whether the processing is automated is not known, so
    // portability is asked, not granted or refused.
    let portability = rights.right(DataSubjectRight::Portability).unwrap();
    assert_eq!(portability.applies, Applicability::NeedsReview);
    assert!(portability
        .open_questions
        .iter()
        .any(|q| q.field == "activities[0].automated_means"));
    // The objection is weighed against compelling grounds the record does not show.
    let d = assess_objection(
        &p,
        &ObjectionRequest::new("dienstverlening", ObjectionKind::ParticularSituation),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::NeedsReview);
}

#[test]
fn withdrawing_consent_to_sharing_stops_the_sharing_and_erases_nothing_on_a_guess() {
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("dienstverlening").consent_withdrawn(true)],
    );
    let d = assess_erasure(&seed("stebo"), &request, &Belgium, today()).unwrap();
    assert_eq!(
        d.stop_processing
            .iter()
            .map(|s| s.purpose.as_str())
            .collect::<Vec<_>>(),
        ["delen_met_toestemming"]
    );
    // Which data the sharing needs, the notice does not say: nothing is erased on a guess.
    for item in &d.items {
        assert_ne!(
            item.verdict,
            ErasureVerdict::Erase,
            "{}",
            item.data_category
        );
        assert_ne!(
            item.verdict,
            ErasureVerdict::NoGround,
            "{}",
            item.data_category
        );
    }
}

#[test]
fn the_published_notice_lists_no_restriction_no_provision_and_no_dpo_check() {
    let p = seed("stebo");
    assert_eq!(
        audit(&p),
        [
            (AuditCode::NotStated, "published_notice.provision".into()),
            (
                AuditCode::DpoMayBeRequired,
                "published_notice.dpo_contact".into()
            ),
            (AuditCode::RightNotListed, "published_notice.rights".into()),
        ]
    );
    let restriction = &gdpr::notice::audit_notice(&p).findings[2];
    assert!(restriction.message.contains("restriction"));
    // Whether Art. 37(1)(b) or (c) requires a DPO the notice does not tell: unknown.
    assert_eq!(p.controller.large_scale_monitoring, None);
    assert_eq!(p.controller.large_scale_special_data, None);
}

#[test]
fn every_element_has_a_source_and_the_inferences_say_so() {
    assert_eq!(
        inferred_elements(&seed("stebo")),
        [
            "data_categories[5]",
            "recipients[0]",
            "recipients[1]",
            "recipients[2]",
            "recipients[3]",
            "activities[0].purposes[2]",
        ]
    );
}

#[test]
fn a_dpf_certified_us_processor_is_legal_under_article_45_but_breaks_the_eu_promise() {
    let mut p = seed("stebo");
    let d = transfer_to_us_cloud(&mut p, "dienstverlening", Some(true));
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert_eq!(
        d.adequacy_decision.as_deref(),
        Some("Commission Implementing Decision (EU) 2023/1795")
    );
    assert_eq!(d.commitment_breaches.len(), 1);
    assert_eq!(
        d.commitment_breaches[0].commitment,
        gdpr::Commitment::NoTransfersOutsideEu
    );
    // Validation says the same about the policy as a whole.
    assert!(report(&p).has(FindingCode::CommitmentBroken));
}

#[test]
fn objection_to_the_newsletter_is_absolute() {
    let d = assess_objection(
        &seed("stebo"),
        &ObjectionRequest::new("nieuwsbrief_klanten", ObjectionKind::DirectMarketing),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::Stop);
    let rights = assess_rights(&seed("stebo"), "samenwerking").unwrap();
    // Partners may object on grounds of their situation: the processing rests on 6(1)(f).
    assert_eq!(
        rights.right(DataSubjectRight::Object).unwrap().applies,
        Applicability::Applies
    );
}

#[test]
fn withdrawing_newsletter_consent_erases_the_newsletter_data_and_decides_nothing_else_on_a_guess() {
    let request = ErasureRequest::new(
        today(),
        vec![
            ActivityFacts::new("nieuwsbrief_klanten").consent_withdrawn(true),
            ActivityFacts::new("dienstverlening"),
        ],
    );
    let d = assess_erasure(&seed("stebo"), &request, &Belgium, today()).unwrap();
    assert_eq!(
        d.item("nieuwsbrief_klanten", "identiteit").unwrap().verdict,
        ErasureVerdict::Erase
    );
    // Nothing is known of the service file: neither kept nor refused.
    let service = d.item("dienstverlening", "identiteit").unwrap();
    assert_eq!(service.verdict, ErasureVerdict::NeedsReview);
    // Belgian holidays: 27 December 2026 is a Sunday, so the month runs to Monday 28.
    assert_eq!(d.deadlines.respond_by.last_day, day(2026, 12, 28));
}

#[test]
fn a_legal_obligation_purpose_keeps_nothing_the_law_does_not_name() {
    // The service file is no longer needed, for any of its purposes. One of them rests on a
    // legal obligation, but the record names no duty to keep: nothing is kept under
    // Art. 17(3)(b), health data and the national number included.
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("dienstverlening").no_longer_necessary(true)],
    );
    let d = assess_erasure(&seed("stebo"), &request, &Belgium, today()).unwrap();
    for item in &d.items {
        assert_eq!(
            item.verdict,
            ErasureVerdict::Erase,
            "{}",
            item.data_category
        );
        assert_eq!(item.grounds, [ErasureGround::NoLongerNecessary]);
    }
    // A duty to keep the national number, named as such, keeps that and nothing else, until
    // its period ends.
    let mut p = seed("stebo");
    p.activities[0].retention.push(RetentionRule {
        data_categories: vec!["rijksregisternummer".into()],
        period: Some(Period::years(5)),
        from: Some(RetentionTrigger::EndOfRelationship),
        then: RetentionAction::Erase,
        kind: Some(RetentionKind::LegalDuty),
        legal_reference: Some("a law that requires it".into()),
        criteria: None,
        source: None,
    });
    let mut request = request;
    request.activities[0].events =
        BTreeMap::from([(RetentionTrigger::EndOfRelationship, Some(day(2025, 6, 30)))]);
    let d = assess_erasure(&p, &request, &Belgium, today()).unwrap();
    let number = d.item("dienstverlening", "rijksregisternummer").unwrap();
    assert_eq!(number.verdict, ErasureVerdict::Keep);
    assert_eq!(number.keep_until, Some(day(2030, 6, 30)));
    for category in ["identiteit", "dossier", "welbevinden"] {
        assert_eq!(
            d.item("dienstverlening", category).unwrap().verdict,
            ErasureVerdict::Erase,
            "{category}"
        );
    }
}

#[test]
fn a_direct_marketing_objection_by_a_partner_stops_the_marketing_and_keeps_nothing_for_it() {
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("samenwerking").objection(Objection::DirectMarketing)],
    );
    let d = assess_erasure(&seed("stebo"), &request, &Belgium, today()).unwrap();
    assert_eq!(d.stop_processing.len(), 1);
    assert_eq!(d.stop_processing[0].purpose, "aanbod_relaties");
    assert_eq!(d.stop_processing[0].citation.to_string(), "Art. 21(3)");
    let item = d.item("samenwerking", "identiteit").unwrap();
    assert_ne!(item.verdict, ErasureVerdict::Keep);
    assert_eq!(item.stop_purposes, ["aanbod_relaties"]);
    assert!(d.suppression.is_some());
    let d = assess_objection(
        &seed("stebo"),
        &ObjectionRequest::new("samenwerking", ObjectionKind::DirectMarketing),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::Stop);
}
