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
use gdpr::notice::AuditCode;
use gdpr::{Capacity, DataSubjectRight, FindingCode, RecipientRole};

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
fn erasure_of_patient_data_goes_to_the_client_and_an_objection_stops_all_marketing() {
    let request = ErasureRequest::new(
        today(),
        vec![
            ActivityFacts::new("fg_diensten").no_longer_necessary(true),
            ActivityFacts::new("marketing").objection(Objection::DirectMarketing),
        ],
    );
    let d = assess_erasure(&seed("st_ap"), &request, &Netherlands, today()).unwrap();
    assert_eq!(
        d.item("fg_diensten", "patientgegevens").unwrap().verdict,
        ErasureVerdict::ForwardToController
    );
    // Its own offers and its partners' offers both stop (Art. 21(3)); a suppression entry
    // may stay, nothing else is kept for marketing.
    let stopped: Vec<&str> = d
        .stop_processing
        .iter()
        .map(|s| s.purpose.as_str())
        .collect();
    assert_eq!(stopped, ["aanbiedingen", "aanbiedingen_partners"]);
    assert!(d
        .stop_processing
        .iter()
        .all(|s| s.citation.to_string() == "Art. 21(3)"));
    assert!(d.suppression.is_some());
    let marketing = d.item("marketing", "contact").unwrap();
    assert_ne!(marketing.verdict, ErasureVerdict::Keep);
    assert_ne!(marketing.verdict, ErasureVerdict::NoGround);
    // Once the data are no longer needed for the offers either, they go.
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("marketing")
            .objection(Objection::DirectMarketing)
            .no_longer_necessary(true)],
    );
    let d = assess_erasure(&seed("st_ap"), &request, &Netherlands, today()).unwrap();
    let marketing = d.item("marketing", "contact").unwrap();
    assert_eq!(marketing.verdict, ErasureVerdict::Erase);
    assert!(marketing
        .grounds
        .contains(&ErasureGround::NoLongerNecessary));
}

#[test]
fn validation_reports_what_the_notice_leaves_out() {
    assert_eq!(
        codes(&report(&seed("st_ap"))),
        [
            (
                FindingCode::MissingLegalReference,
                "activities[1].purposes[1].legal_basis.legal_reference".into()
            ),
            // Consent inferred from sharing is no explicit consent (Art. 9(2)(a)), and no
            // other condition is named: the health data a customer volunteers have none.
            (
                FindingCode::SpecialCategoryWithoutCondition,
                "activities[1].special_category_conditions".into()
            ),
            // Own offers, partners' offers (which by e-mail need consent), questions and
            // applications: no basis stated.
            (
                FindingCode::MissingLegalBasis,
                "activities[2].purposes[0].legal_basis".into()
            ),
            (
                FindingCode::MissingLegalBasis,
                "activities[2].purposes[1].legal_basis".into()
            ),
            (
                FindingCode::MissingLegalBasis,
                "activities[3].purposes[0].legal_basis".into()
            ),
            (
                FindingCode::MissingLegalBasis,
                "activities[4].purposes[0].legal_basis".into()
            ),
            // Where the partners are, and where the analytics supplier is and on what
            // contract, the notice does not say.
            (
                FindingCode::UnknownRecipientLocation,
                "recipients[1].location".into()
            ),
            (
                FindingCode::ProcessorWithoutContract,
                "recipients[3].art28_contract".into()
            ),
            (
                FindingCode::UnknownRecipientLocation,
                "recipients[3].location".into()
            ),
        ]
    );
    assert!(seed("st_ap")
        .activity("klantrelatie")
        .unwrap()
        .special_category_conditions
        .is_empty());
}

#[test]
fn partners_that_deliver_their_own_products_are_controllers_and_contradict_no_third_parties() {
    let p = seed("st_ap");
    assert_eq!(
        p.recipient("samenwerkingspartners").unwrap().role,
        RecipientRole::IndependentController
    );
    // "We verstrekken uw persoonsgegevens niet aan derde partijen", then a list of them.
    assert_eq!(
        audit(&p),
        [
            (
                AuditCode::NotStated,
                "published_notice.withdrawal_of_consent".into()
            ),
            (
                AuditCode::NotStated,
                "published_notice.categories_of_data".into()
            ),
            (
                AuditCode::DpoMayBeRequired,
                "published_notice.dpo_contact".into()
            ),
            (AuditCode::RightNotListed, "published_notice.rights".into()),
            (AuditCode::ThirdPartiesContradicted, "recipients[1]".into()),
            (AuditCode::ThirdPartiesContradicted, "recipients[2]".into()),
        ]
    );
}

#[test]
fn suppliers_in_the_eu_are_no_promise_that_nothing_leaves_it() {
    // "De leveranciers van ST-AP zijn zonder uitzondering gevestigd binnen de Europese Unie"
    // says where the suppliers are; it promises nothing about other recipients.
    let mut p = seed("st_ap");
    assert!(p.commitments.is_empty());
    assert!(p.published_notice.as_ref().unwrap().transfers.is_none());
    let d = transfer_to_us_cloud(&mut p, "klantrelatie", Some(true));
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert!(d.commitment_breaches.is_empty());
}

#[test]
fn applicants_analytics_cookies_and_partner_offers_are_in_the_record() {
    let p = seed("st_ap");
    assert!(p.activity("sollicitaties").is_some());
    // Analytics cookies placed without consent rest, by elimination, on legitimate
    // interests: the visitor may object.
    let analytics = assess_rights(&p, "website_analyse").unwrap();
    assert_eq!(
        analytics.right(DataSubjectRight::Object).unwrap().applies,
        Applicability::Applies
    );
    let partners = &p.activity("marketing").unwrap().purposes[1];
    assert!(partners.direct_marketing);
    assert_eq!(partners.legal_basis, None);
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
fn every_element_has_a_source_and_the_inferences_say_so() {
    assert_eq!(
        inferred_elements(&seed("st_ap")),
        [
            "data_categories[7]",
            "recipients[1]",
            "recipients[2]",
            "recipients[3]",
            "activities[2].purposes[0]",
            "activities[5].purposes[0]",
        ]
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
fn withdrawn_consent_erases_the_health_data_a_customer_volunteered() {
    let request = ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("klantrelatie").consent_withdrawn(true)],
    );
    let d = assess_erasure(&seed("st_ap"), &request, &Netherlands, today()).unwrap();
    // The consent inferred from sharing is the only footing; the contract and the legal
    // obligation of the customer relation are no Art. 9(2) condition: once the consent goes,
    // Art. 9(1) forbids keeping the health data.
    let health = d.item("klantrelatie", "spontaan_bijzonder").unwrap();
    assert_eq!(health.verdict, ErasureVerdict::Erase);
    assert_eq!(health.grounds, [ErasureGround::ConsentWithdrawn]);
    assert!(health.reasons[0].text().contains("Art. 9(1)"));
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
        &RestrictionRequest::new("fg_diensten").accuracy_contested(true),
    )
    .unwrap();
    assert_eq!(d.outcome, RestrictionOutcome::ForwardToController);
    assert_eq!(d.reasons[0].citation.to_string(), "Art. 28(3)(e)");
}
