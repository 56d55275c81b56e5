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
use gdpr::{ControllerKind, FindingCode};

fn no_longer_needed() -> ErasureRequest {
    ErasureRequest::new(
        today(),
        vec![ActivityFacts {
            no_longer_necessary: Some(true),
            ..ActivityFacts::new("meldingen_aanvragen")
        }],
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
        // Every purpose without a basis may be unlawful (Art. 17(1)(d)): the question says so.
        let unlawful = item
            .open_questions
            .iter()
            .find(|q| q.field == "unlawfully_processed")
            .unwrap();
        assert!(unlawful.question.contains("no lawful basis"));
    }
}

#[test]
fn few_legal_bases_are_named() {
    let p = seed("sint_truiden");
    assert_eq!(p.controller.kind, ControllerKind::PublicAuthority);
    let missing = report(&p)
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::MissingLegalBasis)
        .count();
    assert_eq!(missing, 6);
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
