//! Woondienst Regio Izegem (BE): a local public authority.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use gdpr::assess::*;
use gdpr::{DataSubjectRight, FindingCode, LegalBasis};

#[test]
fn portability_reaches_the_rental_contract_but_not_the_public_task() {
    let rights = assess_rights(&seed("woondienst_regio_izegem"), "woondienstverlening").unwrap();
    let portability = rights.right(DataSubjectRight::Portability).unwrap();
    // The rental contract carries the right as far as the data are processed by automated
    // means, which the notice does not say; the public task never does (Art. 20(3)).
    assert_ne!(portability.applies, Applicability::DoesNotApply);
    // Objection applies (6(1)(e)), portability of the newsletter (consent) too.
    assert_eq!(
        rights.right(DataSubjectRight::Object).unwrap().applies,
        Applicability::Applies
    );
    let newsletter = assess_rights(&seed("woondienst_regio_izegem"), "nieuwsbrief").unwrap();
    assert_eq!(
        newsletter
            .right(DataSubjectRight::Portability)
            .unwrap()
            .applies,
        Applicability::Applies
    );
}

#[test]
fn an_objection_to_the_public_task_without_compelling_grounds_keeps_nothing_under_it() {
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts {
            objection: Some(Objection::ParticularSituation),
            overriding_legitimate_grounds: Some(false),
            ..ActivityFacts::new("woondienstverlening")
        }],
    );
    let d = assess_erasure(
        &seed("woondienst_regio_izegem"),
        &request,
        &Belgium,
        today(),
    )
    .unwrap();
    assert_eq!(d.stop_processing[0].purpose, "wettelijke_opdracht");
    assert_eq!(d.stop_processing[0].because, StopReason::Objection);
    for item in &d.items {
        assert!(
            !item.exceptions.contains(&ErasureException::PublicTask),
            "{}",
            item.data_category
        );
        assert_ne!(item.verdict, ErasureVerdict::Keep);
    }
}

#[test]
fn ambient_photos_with_no_facts_are_not_refused() {
    let request = ErasureRequest::new(today(), vec![ActivityFacts::new("sfeerbeelden")]);
    let d = assess_erasure(
        &seed("woondienst_regio_izegem"),
        &request,
        &Belgium,
        today(),
    )
    .unwrap();
    assert_eq!(
        d.item("sfeerbeelden", "sfeerbeelden").unwrap().verdict,
        ErasureVerdict::NeedsReview
    );
}

#[test]
fn legitimate_interests_would_be_an_error_for_this_authority() {
    let mut p = seed("woondienst_regio_izegem");
    assert!(!report(&p).has(FindingCode::LegitimateInterestsByPublicAuthority));
    p.activities[5].purposes[0].legal_basis = Some(LegalBasis::LegitimateInterests {
        interest: Some("communicatie over activiteiten".into()),
    });
    let r = report(&p);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::LegitimateInterestsByPublicAuthority)
        .unwrap();
    assert_eq!(f.path, "activities[5].purposes[0].legal_basis");
    assert_eq!(
        f.citation.unwrap().to_string(),
        "Art. 6(1), second subparagraph"
    );
}

#[test]
fn validation_finds_the_unnamed_laws_and_the_unstated_basis_for_ambient_images() {
    let codes = codes(&report(&seed("woondienst_regio_izegem")));
    assert!(codes.contains(&(
        FindingCode::MissingLegalReference,
        "activities[0].purposes[0].legal_basis.legal_reference".into()
    )));
    assert!(codes.contains(&(
        FindingCode::NationalNumberWithoutLaw,
        "activities[0].national_number_law".into()
    )));
    assert!(codes.contains(&(
        FindingCode::MissingLegalBasis,
        "activities[5].purposes[0].legal_basis".into()
    )));
}

#[test]
fn two_supervisory_authorities_are_competent() {
    let p = seed("woondienst_regio_izegem");
    let names: Vec<_> = p
        .controller
        .supervisory_authorities
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Gegevensbeschermingsautoriteit",
            "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens"
        ]
    );
}

#[test]
fn processing_on_behalf_of_other_governments_refers_requests_to_them() {
    let rights = assess_rights(&seed("woondienst_regio_izegem"), "in_opdracht").unwrap();
    assert!(rights
        .rights
        .iter()
        .all(|r| r.applies == Applicability::ExercisedAgainstController));
}

#[test]
fn public_powers_bar_consent_derogations_for_a_us_application() {
    let mut p = seed("woondienst_regio_izegem");
    add_us_cloud(&mut p, "woondienstverlening", Some(false));
    let mut request = TransferRequest::to("us_cloud");
    request.mechanism = Some(gdpr::TransferMechanism::Derogation(
        gdpr::Derogation::ExplicitConsent,
    ));
    request.derogation_conditions_met = Some(true);
    request.exercising_public_powers = Some(true);
    let d = assess_transfer(&p, &gdpr::AdequacyRegistry::builtin(), &request, today()).unwrap();
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
}
