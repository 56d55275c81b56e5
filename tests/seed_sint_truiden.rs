//! Stad Sint-Truiden (BE): a local authority that keeps data longer for archiving.

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
use gdpr::{Art89Purpose, ControllerKind, DataSubjectRight, FindingCode, RecipientRole};

fn no_longer_needed() -> ErasureRequest {
    ErasureRequest::new(
        today(),
        vec![ActivityFacts::new("meldingen_aanvragen").no_longer_necessary(true)],
    )
}

fn asked(item: &ErasureItem) -> Vec<&str> {
    item.open_questions
        .iter()
        .map(|q| q.field.as_ref())
        .collect()
}

#[test]
fn archiving_in_the_public_interest_keeps_data_under_17_3_d_when_erasure_would_impair_it() {
    let p = seed("sint_truiden");
    let d = assess_erasure(&p, &no_longer_needed(), &Belgium, today()).unwrap();
    let item = d.item("meldingen_aanvragen", "meldingen").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    assert!(asked(item).contains(&"erasure_impairs_research"));

    let mut request = no_longer_needed();
    request.activities[0].erasure_impairs_research = Some(true);
    let d = assess_erasure(&p, &request, &Belgium, today()).unwrap();
    let item = d.item("meldingen_aanvragen", "meldingen").unwrap();
    // The archive needs the data only if the record says which data it needs.
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    assert!(asked(item).contains(&"activities[0].purposes[1].data_categories"));

    let mut p = p;
    p.activities[0].purposes[1].data_categories = vec!["meldingen".into()];
    let d = assess_erasure(&p, &request, &Belgium, today()).unwrap();
    let item = d.item("meldingen_aanvragen", "meldingen").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Keep);
    assert_eq!(item.exceptions, [ErasureException::ArchivingOrResearch]);
    assert_eq!(item.reasons[0].citation.to_string(), "Art. 17(3)(d)");
}

#[test]
fn absent_facts_never_refuse_erasure_in_any_activity() {
    let p = seed("sint_truiden");
    let facts = p
        .activities
        .iter()
        .map(|a| ActivityFacts::new(a.id.clone()))
        .collect();
    let d = assess_erasure(&p, &ErasureRequest::new(today(), facts), &Belgium, today()).unwrap();
    assert_eq!(d.outcome, ErasureOutcome::NeedsReview);
    for item in &d.items {
        assert_ne!(item.verdict, ErasureVerdict::NoGround, "{}", item.activity);
        // A purpose without a basis of its own may be unlawful processing (Art. 17(1)(d)):
        // the question names it; where every purpose states one, it does not.
        let unlawful = item
            .open_questions
            .iter()
            .find(|q| q.field == "unlawfully_processed")
            .unwrap();
        let unstated = p
            .activity(&item.activity)
            .unwrap()
            .purposes
            .iter()
            .any(|purpose| purpose.legal_basis.is_none());
        assert_eq!(
            unlawful.question().contains("no lawful basis"),
            unstated,
            "{}: {}",
            item.activity,
            unlawful.question()
        );
    }
}

#[test]
fn few_legal_bases_are_named() {
    let p = seed("sint_truiden");
    assert_eq!(p.controller.kind, ControllerKind::PublicAuthority);
    let missing: Vec<String> = report(&p)
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::MissingLegalBasis)
        .map(|f| f.path.clone())
        .collect();
    // Applications, registrations, web analytics, photos, web-form logs, the citizen
    // profile: none has a basis in the notice.
    assert_eq!(
        missing,
        [
            "activities[1].purposes[0].legal_basis",
            "activities[2].purposes[0].legal_basis",
            "activities[3].purposes[0].legal_basis",
            "activities[4].purposes[0].legal_basis",
            "activities[5].purposes[0].legal_basis",
            "activities[7].purposes[0].legal_basis",
        ]
    );
    // Handling reports and requests is read as the authority's task ("voor de uitvoering van
    // de verschillende taken"), an inference that asks for the law behind it.
    assert!(codes(&report(&p)).contains(&(
        FindingCode::MissingLegalReference,
        "activities[0].purposes[0].legal_basis.legal_reference".into()
    )));
}

#[test]
fn archiving_research_and_statistics_rest_on_the_collection_as_compatible_further_processing() {
    let p = seed("sint_truiden");
    let r = report(&p);
    let further: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::CompatibleFurtherProcessing)
        .collect();
    assert_eq!(
        further.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
        [
            "activities[0].purposes[1].legal_basis",
            "activities[0].purposes[2].legal_basis",
            "activities[0].purposes[3].legal_basis",
        ]
    );
    for f in further {
        assert_eq!(f.severity, gdpr::Severity::Warning);
        assert_eq!(f.citation.unwrap().to_string(), "Art. 5(1)(b)");
        assert!(f.message.contains("`afhandeling`"), "{}", f.message);
    }
    let kinds: Vec<_> = p.activities[0]
        .purposes
        .iter()
        .filter_map(|purpose| purpose.archiving_or_research)
        .collect();
    assert_eq!(
        kinds,
        [
            Art89Purpose::ArchivingInThePublicInterest,
            Art89Purpose::ScientificOrHistoricalResearch,
            Art89Purpose::Statistics
        ]
    );
    // Whether research and statistics serve a task in the public interest decides an
    // objection under Art. 21(6): the basis is asked, never assumed from the collection's.
    let d = assess_objection(
        &p,
        &ObjectionRequest::new("meldingen_aanvragen", ObjectionKind::ParticularSituation),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::NeedsReview);
    assert!(d
        .open_questions
        .iter()
        .any(|q| q.field == "activities[0].purposes[2].legal_basis"));
}

#[test]
fn web_statistics_and_web_form_logs_are_two_activities_and_both_hold_ip_addresses() {
    let p = seed("sint_truiden");
    let stats = p.activity("webstatistieken").unwrap();
    let logs = p.activity("webformulierlogs").unwrap();
    assert_eq!(stats.data_categories, ["verbinding"]);
    assert_eq!(logs.data_categories, ["formulierlog"]);
    // "Anonieme statistieken", made from IP addresses: the analysis is processing of personal
    // data, not marked as Art. 89(1) statistics, and it states no basis.
    assert_eq!(stats.purposes[0].archiving_or_research, None);
    assert!(stats.purposes[0]
        .source
        .as_deref()
        .unwrap()
        .contains("persoonsgegevens"));
    assert_eq!(
        logs.retention[0].criteria.as_deref(),
        Some("na het administratieve nut verwijderd")
    );
}

#[test]
fn association_contacts_citizen_profile_and_sharing_for_the_service_are_in_the_record() {
    let p = seed("sint_truiden");
    let associations = assess_rights(&p, "verenigingen").unwrap();
    assert_eq!(
        associations
            .right(DataSubjectRight::WithdrawConsent)
            .unwrap()
            .applies,
        Applicability::Applies
    );
    assert_eq!(
        p.recipient("vlaamse_overheid").unwrap().role,
        RecipientRole::PublicAuthority
    );
    // Third parties "nodig voor onze dienstverlening": who and where, the notice does not
    // say.
    let third = p.recipient("derden_dienstverlening").unwrap();
    assert_eq!(third.role, RecipientRole::IndependentController);
    assert!(codes(&report(&p)).contains(&(
        FindingCode::UnknownRecipientLocation,
        "recipients[3].location".into()
    )));
}

#[test]
fn the_published_notice_lists_access_and_rectification_only() {
    let p = seed("sint_truiden");
    assert_eq!(
        audit(&p).iter().map(|(code, _)| *code).collect::<Vec<_>>(),
        [
            AuditCode::NotStated,
            AuditCode::RightNotListed,
            AuditCode::RightNotListed,
            AuditCode::RightNotListed,
            AuditCode::RightNotListed,
        ]
    );
    // The data from other governments are not described (Art. 14(1)(d)); erasure,
    // restriction, objection (which Art. 21(4) asks to be named explicitly) and portability
    // are not listed.
    let audited = gdpr::notice::audit_notice(&p);
    let rest: Vec<(String, &str)> = audited
        .findings
        .iter()
        .map(|f| (f.citation.to_string(), f.path.as_str()))
        .collect();
    assert_eq!(
        rest,
        [
            (
                "Art. 14(1)(d)".into(),
                "published_notice.categories_of_data"
            ),
            ("Art. 13(2)(b)".into(), "published_notice.rights"),
            ("Art. 13(2)(b)".into(), "published_notice.rights"),
            ("Art. 21(4)".into(), "published_notice.rights"),
            ("Art. 13(2)(b)".into(), "published_notice.rights"),
        ]
    );
}

#[test]
fn every_element_has_a_source_and_the_inferences_say_so() {
    assert_eq!(
        inferred_elements(&seed("sint_truiden")),
        [
            "recipients[0]",
            "recipients[1]",
            "recipients[2]",
            "recipients[3]",
            "recipients[4]",
            "activities[0].purposes[0]",
            "activities[7].purposes[0]",
        ]
    );
}

#[test]
fn the_flemish_supervisory_commission_is_the_one_named() {
    let p = seed("sint_truiden");
    assert_eq!(p.controller.supervisory_authorities.len(), 1);
    assert_eq!(
        p.controller.supervisory_authorities[0].name,
        "Vlaamse Toezichtcommissie"
    );
}

#[test]
fn an_access_request_on_belgian_national_day_eve_moves_past_the_holiday() {
    // Received 21 June 2027: one month ends Wednesday 21 July, the National Holiday.
    let d = request_deadlines(day(2027, 6, 21), &Belgium).unwrap();
    assert_eq!(d.respond_by.last_day, day(2027, 7, 22));
}
