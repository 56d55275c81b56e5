//! Stichting AVG in de Praktijk (NL): processor for patient data, controller for customers.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use gdpr::assess::*;
use gdpr::{Capacity, DataSubjectRight, FindingCode};

#[test]
fn it_is_a_processor_for_patient_data_and_a_controller_for_its_customers() {
    let p = seed("st_ap");
    assert_eq!(
        p.activity("fg_diensten").unwrap().acting_as,
        Capacity::Processor
    );
    assert_eq!(
        p.activity("klantrelatie").unwrap().acting_as,
        Capacity::Controller
    );
    // Patient data have no Art. 9(2) condition of ST-AP's own: that is the client's to state.
    let r = report(&p);
    assert!(!r
        .findings
        .iter()
        .any(|f| f.path.starts_with("activities[0]")));
}

#[test]
fn erasure_of_patient_data_goes_to_the_client_and_customer_data_follow_the_law() {
    let request = ErasureRequest::new(
        today(),
        vec![
            ActivityFacts {
                no_longer_necessary: Some(true),
                ..ActivityFacts::new("fg_diensten")
            },
            ActivityFacts {
                objection: Some(Objection::DirectMarketing),
                ..ActivityFacts::new("marketing")
            },
        ],
    );
    let d = assess_erasure(&seed("st_ap"), &request, &Netherlands, today()).unwrap();
    assert_eq!(
        d.item("fg_diensten", "patientgegevens").unwrap().verdict,
        ErasureVerdict::ForwardToController
    );
    let marketing = d.item("marketing", "contact").unwrap();
    assert_eq!(marketing.verdict, ErasureVerdict::Erase);
    assert_eq!(marketing.reasons[0].citation.to_string(), "Art. 17(1)(c)");
}

#[test]
fn validation_reports_marketing_and_communication_without_a_basis() {
    let codes = codes(&report(&seed("st_ap")));
    assert!(codes.contains(&(
        FindingCode::MissingLegalBasis,
        "activities[2].purposes[0].legal_basis".into()
    )));
    assert!(codes.contains(&(
        FindingCode::MissingLegalBasis,
        "activities[3].purposes[0].legal_basis".into()
    )));
    assert!(codes.contains(&(
        FindingCode::UnknownRecipientLocation,
        "recipients[1].location".into()
    )));
}

#[test]
fn portability_covers_the_customer_relationship() {
    let rights = assess_rights(&seed("st_ap"), "klantrelatie").unwrap();
    assert_eq!(
        rights.right(DataSubjectRight::Portability).unwrap().applies,
        Applicability::Applies
    );
    assert_eq!(
        rights.right(DataSubjectRight::Object).unwrap().applies,
        Applicability::Applies
    );
}

#[test]
fn suppliers_inside_the_eu_are_no_transfer() {
    let d = assess_transfer(
        &seed("st_ap"),
        &gdpr::AdequacyRegistry::builtin(),
        &TransferRequest::to("leveranciers"),
        today(),
    )
    .unwrap();
    assert_eq!(d.outcome, TransferOutcome::NotATransfer);
    assert!(d.commitment_breaches.is_empty());
}

#[test]
fn withdrawn_explicit_consent_erases_the_health_data_a_customer_volunteered() {
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts {
            consent_withdrawn: Some(true),
            ..ActivityFacts::new("klantrelatie")
        }],
    );
    let d = assess_erasure(&seed("st_ap"), &request, &Netherlands, today()).unwrap();
    // The contract and the legal obligation of the customer relation are no Art. 9(2)
    // condition: once explicit consent goes, Art. 9(1) forbids keeping the health data.
    let health = d.item("klantrelatie", "spontaan_bijzonder").unwrap();
    assert_eq!(health.verdict, ErasureVerdict::Erase);
    assert_eq!(health.grounds, [ErasureGround::ConsentWithdrawn]);
    assert!(health.reasons[0].text.contains("Art. 9(1)"));
    assert_eq!(d.outcome, ErasureOutcome::Required);
}

#[test]
fn a_question_with_no_facts_is_never_refused() {
    let request = ErasureRequest::new(today(), vec![ActivityFacts::new("communicatie")]);
    let d = assess_erasure(&seed("st_ap"), &request, &Netherlands, today()).unwrap();
    assert_eq!(d.outcome, ErasureOutcome::NeedsReview);
    assert!(d
        .items
        .iter()
        .all(|i| i.verdict == ErasureVerdict::NeedsReview));
}

#[test]
fn an_objection_to_processing_with_an_unstated_basis_needs_review() {
    let d = assess_objection(
        &seed("st_ap"),
        &ObjectionRequest::new("communicatie", ObjectionKind::ParticularSituation),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::NeedsReview);
    assert_eq!(
        d.open_questions[0].field,
        "activities[3].purposes[0].legal_basis"
    );
}

#[test]
fn restriction_of_patient_data_goes_to_the_client() {
    let d = assess_restriction(
        &seed("st_ap"),
        &RestrictionRequest {
            accuracy_contested: Some(true),
            ..RestrictionRequest::new("fg_diensten")
        },
    )
    .unwrap();
    assert_eq!(d.outcome, RestrictionOutcome::ForwardToController);
    assert_eq!(d.reasons[0].citation.to_string(), "Art. 28(3)(e)");
}
