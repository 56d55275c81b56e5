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
use gdpr::notice::AuditCode;
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
        vec![ActivityFacts::new("woondienstverlening")
            .objection(Objection::ParticularSituation)
            .overriding_legitimate_grounds(false)],
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
    // Data from care institutions are read as health data (the stricter reading, recorded
    // as an inference): no Art. 9(2) condition is stated for them.
    assert!(codes.contains(&(
        FindingCode::SpecialCategoryWithoutCondition,
        "activities[0].special_category_conditions".into()
    )));
    assert_eq!(codes.len(), 5, "{codes:?}");
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

#[test]
fn the_newsletter_is_direct_marketing_so_an_objection_always_stops_it() {
    let p = seed("woondienst_regio_izegem");
    let d = assess_objection(
        &p,
        &ObjectionRequest::new("nieuwsbrief", ObjectionKind::DirectMarketing),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::Stop);
    assert_eq!(
        assess_rights(&p, "nieuwsbrief")
            .unwrap()
            .right(DataSubjectRight::Object)
            .unwrap()
            .applies,
        Applicability::Applies
    );
}

#[test]
fn the_notice_promises_erasure_of_ambient_images_as_far_as_the_law_allows() {
    let p = seed("woondienst_regio_izegem");
    let notice = p.published_notice.as_ref().unwrap();
    let erasure: Vec<&str> = notice
        .rights
        .iter()
        .filter(|r| r.right == DataSubjectRight::Erasure)
        .map(|r| r.source.as_str())
        .collect();
    assert_eq!(erasure.len(), 2);
    assert!(erasure[0].contains("voor zover dit wettelijk is toegelaten"));
    assert!(erasure[1].contains("Wel heeft u recht op verwijdering"));
    // The promise is the right itself: once the images are no longer needed, they go.
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("sfeerbeelden").no_longer_necessary(true)],
    );
    let d = assess_erasure(&p, &request, &Belgium, today()).unwrap();
    assert_eq!(
        d.item("sfeerbeelden", "sfeerbeelden").unwrap().verdict,
        ErasureVerdict::Erase
    );
}

#[test]
fn the_audit_finds_an_overview_instead_of_a_copy_and_no_word_on_withdrawing_consent() {
    let p = seed("woondienst_regio_izegem");
    assert_eq!(
        audit(&p),
        [
            // Cookies, newsletters and portraits rest on consent; the notice never says it
            // can be withdrawn.
            (
                AuditCode::NotStated,
                "published_notice.withdrawal_of_consent".into()
            ),
            (AuditCode::NotStated, "published_notice.provision".into()),
            // It names the registers it consults, not the categories of data it takes.
            (
                AuditCode::NotStated,
                "published_notice.categories_of_data".into()
            ),
            (AuditCode::RightNotListed, "published_notice.rights".into()),
            // "een zo volledig mogelijk overzicht"
            (
                AuditCode::AccessAsOverview,
                "published_notice.access".into()
            ),
        ]
    );
    // The designated DPO is named, so Art. 37(1)(a) is met and nothing is asked.
    assert!(p.controller.dpo.is_some());
    assert!(p.published_notice.unwrap().dpo_contact.is_some());
}

#[test]
fn every_element_has_a_source_and_the_inferences_say_so() {
    assert_eq!(
        inferred_elements(&seed("woondienst_regio_izegem")),
        [
            "data_categories[3]",
            "recipients[1]",
            "recipients[2]",
            "activities[2].purposes[0]",
        ]
    );
}
