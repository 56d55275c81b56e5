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

use gdpr::{
    AdequacyRegistry, DataSubjectRight, FindingCode, Period, RetentionAction, RetentionKind,
    RetentionRule, RetentionTrigger,
};

#[test]
fn validation_reports_the_gaps_of_the_notice() {
    let r = report(&seed("stebo"));
    let codes = codes(&r);
    // The rijksregisternummer is processed without naming the law that allows it.
    assert!(codes.contains(&(
        FindingCode::NationalNumberWithoutLaw,
        "activities[0].national_number_law".into()
    )));
    // "Psychisch welbevinden" is health data, and no Art. 9(2) condition is stated.
    assert!(codes.contains(&(
        FindingCode::SpecialCategoryWithoutCondition,
        "activities[0].special_category_conditions".into()
    )));
    // The newsletter to partners has no stated basis.
    assert!(codes.contains(&(
        FindingCode::MissingLegalBasis,
        "activities[2].purposes[2].legal_basis".into()
    )));
    // Nothing about transfers is broken: no recipient is known to be outside the EU.
    assert!(!r.has(FindingCode::CommitmentBroken));
}

#[test]
fn a_dpf_certified_us_processor_is_legal_under_article_45_but_breaks_the_eu_promise() {
    let mut p = seed("stebo");
    add_us_cloud(&mut p, "dienstverlening", Some(true));
    let d = assess_transfer(
        &p,
        &AdequacyRegistry::builtin(),
        &TransferRequest::to("us_cloud"),
        today(),
    )
    .unwrap();
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
            ActivityFacts {
                consent_withdrawn: Some(true),
                ..ActivityFacts::new("nieuwsbrief_klanten")
            },
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
        vec![ActivityFacts {
            no_longer_necessary: Some(true),
            ..ActivityFacts::new("dienstverlening")
        }],
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
        vec![ActivityFacts {
            objection: Some(Objection::DirectMarketing),
            ..ActivityFacts::new("samenwerking")
        }],
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
