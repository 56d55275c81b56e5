//! Erasure (Art. 17), objection (Art. 21) and restriction (Art. 18) on the webshop fixture,
//! and the invariants they keep on the seed policies with any facts.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
mod random;

use std::collections::BTreeMap;

use common::{day, seed, today, SEEDS};
use gdpr::assess::*;
use gdpr::{
    LegalBasis, Period, Policy, RetentionAction, RetentionKind, RetentionRule, RetentionTrigger,
};
use proptest::prelude::*;
use random::facts_for;

fn webshop() -> Policy {
    Policy::from_json(include_str!("fixtures/webshop.json")).unwrap()
}

fn cites(reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(|r| r.citation.to_string()).collect()
}

fn erase(policy: &Policy, facts: Vec<ActivityFacts>) -> ErasureDecision {
    assess_erasure(
        policy,
        &ErasureRequest::new(today(), facts),
        &Netherlands,
        today(),
    )
    .unwrap()
}

fn books_closed(year_end: chrono::NaiveDate) -> ActivityFacts {
    ActivityFacts::new("bookkeeping").events(BTreeMap::from([(
        RetentionTrigger::EndOfFinancialYear,
        Some(year_end),
    )]))
}

fn withdrawn(activity: &str) -> ActivityFacts {
    ActivityFacts::new(activity).consent_withdrawn(true)
}

/// Every ground of Art. 17(1) ruled out, and no retention clock started.
fn nothing_happened(activity: &str) -> ActivityFacts {
    ActivityFacts::new(activity)
        .events(
            [
                RetentionTrigger::EndOfContract,
                RetentionTrigger::ConsentWithdrawn,
                RetentionTrigger::EndOfFinancialYear,
            ]
            .into_iter()
            .map(|t| (t, None))
            .collect(),
        )
        .no_longer_necessary(false)
        .consent_withdrawn(false)
        .objection(Objection::NotMade)
        .unlawfully_processed(false)
        .legal_obligation_to_erase(false)
        .collected_from_child_online(false)
}

// ---- The webshop ---------------------------------------------------------------------

#[test]
fn withdrawn_newsletter_consent_erases_newsletter_data_and_keeps_invoices_for_the_fiscal_duty() {
    let d = erase(
        &webshop(),
        vec![withdrawn("newsletter"), books_closed(day(2025, 12, 31))],
    );
    assert_eq!(d.outcome, ErasureOutcome::Required);
    for category in ["contact", "clicks"] {
        let item = d.item("newsletter", category).unwrap();
        assert_eq!(item.verdict, ErasureVerdict::Erase, "{category}");
        assert_eq!(item.grounds, [ErasureGround::ConsentWithdrawn]);
        assert_eq!(item.reasons[0].citation.to_string(), "Art. 17(1)(b)");
        assert_eq!(item.stop_purposes, ["send_newsletter"]);
    }
    for category in ["contact", "invoices"] {
        let item = d.item("bookkeeping", category).unwrap();
        assert_eq!(item.verdict, ErasureVerdict::Keep, "{category}");
        assert_eq!(item.exceptions, [ErasureException::LegalObligation]);
        assert_eq!(item.reasons[0].citation.to_string(), "Art. 17(3)(b)");
        assert_eq!(item.keep_until, Some(day(2032, 12, 31)));
        assert_eq!(item.then, Some(RetentionAction::Erase));
        assert_eq!(
            item.legal_reference.as_deref(),
            Some("Art. 52(4) Algemene wet inzake rijksbelastingen")
        );
    }
    // Per data category: the contact details go from the newsletter and stay in the books.
    let contact: Vec<_> = d
        .items_for("contact")
        .map(|i| (i.activity.as_str(), i.verdict))
        .collect();
    assert_eq!(
        contact,
        [
            ("bookkeeping", ErasureVerdict::Keep),
            ("newsletter", ErasureVerdict::Erase)
        ]
    );
    let stops: Vec<_> = d
        .stop_processing
        .iter()
        .map(|s| {
            (
                s.activity.as_str(),
                s.purpose.as_str(),
                s.because,
                s.citation.to_string(),
            )
        })
        .collect();
    assert_eq!(
        stops,
        [(
            "newsletter",
            "send_newsletter",
            StopReason::ConsentWithdrawn,
            "Art. 7(3)".to_owned()
        )]
    );
    // Art. 19: the newsletter's processor is told; the bookkeeping recipients are not.
    let told: Vec<_> = d
        .notify_recipients
        .iter()
        .map(|n| n.recipient.as_str())
        .collect();
    assert_eq!(told, ["mailer"]);
    assert_eq!(
        d.deadlines.respond_by.last_day,
        day(2026, 12, 28),
        "27 Dec 2026 is a Sunday"
    );
    // Whether the erased data were made public is not known: Art. 17(2) asks.
    assert_eq!(d.open_questions[0].field, "made_public");
}

#[test]
fn once_the_fiscal_duty_is_over_the_books_go_when_no_longer_necessary() {
    // The duty of seven years from 2018 has ended: it keeps nothing any more, and whether the
    // books go depends on whether they are still needed.
    let d = erase(&webshop(), vec![books_closed(day(2018, 12, 31))]);
    let item = d.item("bookkeeping", "invoices").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    assert_eq!(item.open_questions[0].field, "no_longer_necessary");
    let d = erase(
        &webshop(),
        vec![books_closed(day(2018, 12, 31)).no_longer_necessary(true)],
    );
    let item = d.item("bookkeeping", "invoices").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Erase);
    assert_eq!(item.grounds, [ErasureGround::NoLongerNecessary]);
    assert_eq!(cites(&item.reasons)[0], "Art. 17(1)(a)");
}

#[test]
fn a_missing_event_date_leaves_the_books_under_review_and_asks_for_the_date() {
    let d = erase(&webshop(), vec![ActivityFacts::new("bookkeeping")]);
    let item = d.item("bookkeeping", "invoices").unwrap();
    // The duty to keep may have ended already: that depends on the year end the request
    // does not give. Neither kept nor erased on a guess.
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    assert!(item
        .open_questions
        .iter()
        .any(|q| q.field == "events.end_of_financial_year"));
    // With the year end, the duty keeps them until its period ends.
    let d = erase(&webshop(), vec![books_closed(day(2024, 12, 31))]);
    let item = d.item("bookkeeping", "invoices").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Keep);
    assert_eq!(item.keep_until, Some(day(2031, 12, 31)));
}

#[test]
fn a_refusal_needs_every_ground_ruled_out() {
    let d = erase(&webshop(), vec![nothing_happened("orders")]);
    assert_eq!(d.outcome, ErasureOutcome::NotRequired);
    assert!(d
        .items
        .iter()
        .all(|i| i.verdict == ErasureVerdict::NoGround));
    // Art. 12(4): a refusal within one month, without extension.
    assert!(d.deadlines.extended_respond_by.is_none());
    assert_eq!(
        d.deadlines.respond_by.reasons[0].citation.to_string(),
        "Art. 12(4)"
    );
}

#[test]
fn a_request_that_says_nothing_is_never_refused() {
    let d = erase(&webshop(), vec![ActivityFacts::new("orders")]);
    assert_eq!(d.outcome, ErasureOutcome::NeedsReview);
    let item = d.item("orders", "orders").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    let asked: Vec<_> = item
        .open_questions
        .iter()
        .map(|q| q.field.as_ref())
        .collect();
    for fact in [
        "no_longer_necessary",
        "unlawfully_processed",
        "legal_obligation_to_erase",
    ] {
        assert!(asked.contains(&fact), "{fact} in {asked:?}");
    }
    // Orders rest on a contract: consent and objection are no ground here, so not asked.
    assert!(!asked.contains(&"consent_withdrawn"));
    assert!(!asked.contains(&"objection"));
    // A partial or undecided answer keeps the extension of Art. 12(3).
    assert!(d.deadlines.extended_respond_by.is_some());
}

#[test]
fn an_objection_on_particular_grounds_needs_the_overriding_grounds_fact() {
    let mut policy = webshop();
    policy.activities[1].purposes[0].legal_basis = Some(LegalBasis::LegitimateInterests {
        interest: Some("service".into()),
    });
    let mut facts = ActivityFacts::new("orders").objection(Objection::ParticularSituation);
    let d = erase(&policy, vec![facts.clone()]);
    assert_eq!(d.outcome, ErasureOutcome::NeedsReview);
    let item = d.item("orders", "orders").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    assert!(item
        .open_questions
        .iter()
        .any(|q| q.field == "overriding_legitimate_grounds"));

    facts.overriding_legitimate_grounds = Some(false);
    let d = erase(&policy, vec![facts]);
    let item = d.item("orders", "orders").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Erase);
    assert_eq!(item.grounds, [ErasureGround::Objection]);
    assert_eq!(cites(&item.reasons)[0], "Art. 17(1)(c)");
    assert_eq!(d.stop_processing[0].because, StopReason::Objection);
}

#[test]
fn an_exception_the_controller_claims_keeps_and_one_it_does_not_is_said_aloud() {
    let mut facts = withdrawn("newsletter");
    let d = erase(&webshop(), vec![facts.clone()]);
    let item = d.item("newsletter", "contact").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Erase);
    assert!(item
        .reasons
        .iter()
        .any(|r| r.citation.to_string() == "Art. 17(3)" && r.text().contains("legal claims")));
    facts.needed_for_legal_claims = Some(true);
    let d = erase(&webshop(), vec![facts]);
    let item = d.item("newsletter", "contact").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Keep);
    assert_eq!(item.exceptions, [ErasureException::LegalClaims]);
    assert_eq!(item.grounds, [ErasureGround::ConsentWithdrawn]);
}

#[test]
fn a_direct_marketing_objection_erases_data_kept_only_for_it_and_allows_a_suppression_entry() {
    let d = erase(
        &webshop(),
        vec![ActivityFacts::new("newsletter").objection(Objection::DirectMarketing)],
    );
    let item = d.item("newsletter", "clicks").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::Erase);
    assert_eq!(item.grounds, [ErasureGround::Objection]);
    assert_eq!(
        d.stop_processing[0].because,
        StopReason::DirectMarketingObjection
    );
    assert_eq!(
        d.suppression.as_ref().unwrap().citation.to_string(),
        "Art. 21(3)"
    );
}

#[test]
fn a_processor_forwards_the_request_to_its_controller() {
    let mut policy = webshop();
    policy.activities[1].acting_as = gdpr::Capacity::Processor;
    let d = erase(&policy, vec![ActivityFacts::new("orders")]);
    assert_eq!(d.outcome, ErasureOutcome::ForwardToController);
    assert!(d
        .items
        .iter()
        .all(|i| i.verdict == ErasureVerdict::ForwardToController));
}

#[test]
fn requests_that_cannot_be_decided_without_a_guess_are_errors() {
    let policy = webshop();
    let assess = |facts: Vec<ActivityFacts>| {
        assess_erasure(
            &policy,
            &ErasureRequest::new(today(), facts),
            &Netherlands,
            today(),
        )
    };
    assert_eq!(assess(vec![]), Err(AssessError::NoActivities));
    assert_eq!(
        assess(vec![
            withdrawn("newsletter"),
            ActivityFacts::new("newsletter")
        ]),
        Err(AssessError::RepeatedActivity("newsletter".into()))
    );
    assert_eq!(
        assess(vec![ActivityFacts::new("nope")]),
        Err(AssessError::UnknownActivity("nope".into()))
    );
    let mut twice = webshop();
    twice.activities.push(twice.activities[0].clone());
    assert!(matches!(
        assess_erasure(
            &twice,
            &ErasureRequest::new(today(), vec![withdrawn("newsletter")]),
            &Netherlands,
            today()
        ),
        Err(AssessError::DuplicateId {
            list: "activities",
            ..
        })
    ));
}

#[test]
fn an_activity_without_purposes_is_a_question_not_a_silent_negative() {
    let mut policy = webshop();
    policy.activities[1].purposes.clear();
    let d = erase(&policy, vec![nothing_happened("orders")]);
    assert_eq!(d.outcome, ErasureOutcome::NeedsReview);
    assert_eq!(
        d.item("orders", "orders").unwrap().open_questions[0].field,
        "activities[1].purposes"
    );
}

#[test]
fn a_retention_ceiling_that_names_a_law_keeps_nothing() {
    let mut policy = webshop();
    policy.activities[2].retention[0].kind = Some(RetentionKind::Maximum);
    let facts = books_closed(day(2025, 12, 31)).no_longer_necessary(true);
    let d = erase(&policy, vec![facts.clone()]);
    // "No longer than the fiscal period" is a limit, not a duty: once the books are no longer
    // needed, not even for the legal obligation, nothing keeps them.
    for category in ["contact", "invoices"] {
        let item = d.item("bookkeeping", category).unwrap();
        assert_eq!(item.verdict, ErasureVerdict::Erase, "{category}");
        assert_eq!(item.legal_reference, None);
    }
    // Called a duty, the same rule keeps what it names until its period ends.
    let d = erase(&webshop(), vec![facts]);
    assert_eq!(
        d.item("bookkeeping", "invoices").unwrap().keep_until,
        Some(day(2032, 12, 31))
    );
}

#[test]
fn a_law_that_is_neither_called_a_duty_nor_a_maximum_is_a_question() {
    let mut policy = webshop();
    policy.activities[2].retention[0].kind = None;
    policy.activities[2].purposes[0].legal_basis = Some(LegalBasis::Contract);
    let facts = books_closed(day(2025, 12, 31)).no_longer_necessary(true);
    let d = erase(&policy, vec![facts]);
    let item = d.item("bookkeeping", "invoices").unwrap();
    assert_eq!(item.verdict, ErasureVerdict::NeedsReview);
    assert_eq!(
        item.open_questions[0].field,
        "activities[2].retention[0].kind"
    );
}

// ---- Objection and restriction -------------------------------------------------------

#[test]
fn objecting_to_direct_marketing_stops_it_in_every_activity() {
    let mut policy = webshop();
    let mut upsell = policy.activities[1].purposes[0]
        .clone()
        .direct_marketing(true)
        .legal_basis(LegalBasis::LegitimateInterests {
            interest: Some("sell more".into()),
        });
    upsell.id = "upsell".into();
    policy.activities[1].purposes.push(upsell);
    let d = assess_objection(
        &policy,
        &ObjectionRequest::new("newsletter", ObjectionKind::DirectMarketing),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::Stop);
    let stopped: Vec<_> = d
        .stop
        .iter()
        .map(|s| (s.activity.as_str(), s.purpose.as_str()))
        .collect();
    assert_eq!(
        stopped,
        [("newsletter", "send_newsletter"), ("orders", "upsell")]
    );
    assert!(d.suppression.is_some());
    let d = assess_objection(
        &webshop(),
        &ObjectionRequest::new("orders", ObjectionKind::DirectMarketing),
    )
    .unwrap();
    // The subject objects to direct marketing, wherever it happens.
    assert_eq!(d.outcome, ObjectionOutcome::Stop);
}

#[test]
fn an_objection_to_an_activity_with_an_unstated_basis_is_a_question() {
    let mut policy = webshop();
    policy.activities[1].purposes[0].legal_basis = None;
    let d = assess_objection(
        &policy,
        &ObjectionRequest::new("orders", ObjectionKind::ParticularSituation),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::NeedsReview);
    assert_eq!(
        d.open_questions[0].field,
        "activities[1].purposes[0].legal_basis"
    );
}

#[test]
fn a_processor_forwards_objections_and_restrictions() {
    let mut policy = webshop();
    policy.activities[1].acting_as = gdpr::Capacity::Processor;
    let d = assess_objection(
        &policy,
        &ObjectionRequest::new("orders", ObjectionKind::ParticularSituation),
    )
    .unwrap();
    assert_eq!(d.outcome, ObjectionOutcome::ForwardToController);
    let d = assess_restriction(
        &policy,
        &RestrictionRequest::new("orders").accuracy_contested(true),
    )
    .unwrap();
    assert_eq!(d.outcome, RestrictionOutcome::ForwardToController);
}

#[test]
fn restriction_lists_its_grounds_and_consequences() {
    let request = RestrictionRequest::new("orders").accuracy_contested(true);
    let d = assess_restriction(&webshop(), &request).unwrap();
    assert_eq!(d.outcome, RestrictionOutcome::Restrict);
    assert_eq!(
        cites(&d.reasons),
        ["Art. 18(1)(a)", "Art. 18(2)", "Art. 18(3)", "Art. 19"]
    );
}

#[test]
fn restriction_is_refused_only_when_every_ground_is_ruled_out() {
    let d = assess_restriction(&webshop(), &RestrictionRequest::new("orders")).unwrap();
    assert_eq!(d.outcome, RestrictionOutcome::NeedsReview);
    assert_eq!(d.open_questions.len(), 4);
    let d = assess_restriction(
        &webshop(),
        &RestrictionRequest::new("orders")
            .accuracy_contested(false)
            .unlawful_and_erasure_opposed(false)
            .needed_by_subject_for_legal_claims(false)
            .objection_pending(false),
    )
    .unwrap();
    assert_eq!(d.outcome, RestrictionOutcome::NotRequired);
}

// ---- Invariants ------------------------------------------------------------------------

/// A seed policy (or the webshop) and a request about some of its controller activities.
fn case() -> impl Strategy<Value = (Policy, ErasureRequest)> {
    let mut policies: Vec<Policy> = SEEDS.iter().map(|s| seed(s)).collect();
    policies.push(webshop());
    prop::sample::select(policies).prop_flat_map(|policy| {
        let ids: Vec<String> = policy.activities.iter().map(|a| a.id.clone()).collect();
        let n = ids.len();
        (
            Just(policy),
            prop::sample::subsequence(ids, 1..=n)
                .prop_flat_map(|ids| ids.into_iter().map(facts_for).collect::<Vec<_>>()),
        )
            .prop_map(|(policy, facts)| (policy, ErasureRequest::new(today(), facts)))
    })
}

fn decide(policy: &Policy, request: &ErasureRequest) -> ErasureDecision {
    assess_erasure(policy, request, &Belgium, today()).unwrap()
}

/// The decision without what names a position in the policy: the JSON paths of questions
/// about the policy, and the order in which purposes were visited.
fn normalised(d: &ErasureDecision) -> Vec<String> {
    d.items
        .iter()
        .map(|i| {
            let mut reasons: Vec<_> = i.reasons.iter().map(|r| r.to_string()).collect();
            reasons.sort();
            let mut questions: Vec<_> = i
                .open_questions
                .iter()
                .map(|q| format!("{} {}", q.citation, q.field.split('[').next().unwrap_or("")))
                .collect();
            questions.sort();
            questions.dedup();
            format!(
                "{}/{} {:?} {:?} {:?} {:?} {:?} {:?} {reasons:?} {questions:?}",
                i.data_category,
                i.activity,
                i.verdict,
                i.grounds,
                i.exceptions,
                i.keep_until,
                i.legal_reference,
                i.stop_purposes
            )
        })
        .chain(std::iter::once(format!(
            "{:?} {:?}",
            d.outcome, d.stop_processing
        )))
        .collect()
}

/// The value of each unknown ground fact that would favour erasure.
fn completions(facts: &ActivityFacts) -> Vec<ActivityFacts> {
    let mut out = Vec::new();
    let mut set = |f: &dyn Fn(&mut ActivityFacts)| {
        let mut c = facts.clone();
        f(&mut c);
        out.push(c);
    };
    if facts.no_longer_necessary.is_none() {
        set(&|c| c.no_longer_necessary = Some(true));
    }
    if facts.consent_withdrawn.is_none() {
        set(&|c| c.consent_withdrawn = Some(true));
    }
    if facts.objection.is_none() {
        set(&|c| c.objection = Some(Objection::DirectMarketing));
        set(&|c| {
            c.objection = Some(Objection::ParticularSituation);
            c.overriding_legitimate_grounds.get_or_insert(false);
        });
    }
    if facts.overriding_legitimate_grounds.is_none() {
        set(&|c| c.overriding_legitimate_grounds = Some(false));
    }
    if facts.unlawfully_processed.is_none() {
        set(&|c| c.unlawfully_processed = Some(true));
    }
    if facts.legal_obligation_to_erase.is_none() {
        set(&|c| c.legal_obligation_to_erase = Some(true));
    }
    if facts.collected_from_child_online.is_none() {
        set(&|c| c.collected_from_child_online = Some(true));
    }
    out
}

fn verdicts(d: &ErasureDecision) -> BTreeMap<(String, String), ErasureVerdict> {
    d.items
        .iter()
        .map(|i| ((i.activity.clone(), i.data_category.clone()), i.verdict))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn an_unknown_fact_never_produces_a_refusal((policy, request) in case()) {
        let before = verdicts(&decide(&policy, &request));
        for (k, facts) in request.activities.iter().enumerate() {
            for completed in completions(facts) {
                let mut other = request.clone();
                other.activities[k] = completed;
                let after = verdicts(&decide(&policy, &other));
                for (key, verdict) in &before {
                    if *verdict == ErasureVerdict::NoGround {
                        prop_assert_ne!(after[key], ErasureVerdict::Erase, "{:?} was refused while a fact that erases it was unknown", key);
                    }
                }
            }
        }
    }

    #[test]
    fn an_erased_item_has_a_ground_and_no_exception((policy, request) in case()) {
        for item in &decide(&policy, &request).items {
            if item.verdict == ErasureVerdict::Erase {
                prop_assert!(!item.grounds.is_empty());
                prop_assert!(item.exceptions.is_empty());
                prop_assert!(item.open_questions.is_empty());
            }
            if item.verdict == ErasureVerdict::Keep {
                prop_assert!(!item.exceptions.is_empty());
            }
        }
    }

    #[test]
    fn adding_a_legal_duty_never_erases_what_was_kept_and_removing_one_never_keeps_what_was_erased(
        (policy, request) in case(),
        which in any::<prop::sample::Index>(),
        years in 1u32..15,
    ) {
        let controller: Vec<usize> = policy.activities.iter().enumerate()
            .filter(|(_, a)| !a.acts_as_processor() && !a.data_categories.is_empty())
            .map(|(i, _)| i).collect();
        prop_assume!(!controller.is_empty());
        let a = *which.get(&controller);
        let category = policy.activities[a].data_categories[0].clone();
        let mut with_duty = policy.clone();
        with_duty.activities[a].retention.push(RetentionRule {
            data_categories: vec![category],
            period: Some(Period::years(years)),
            from: Some(RetentionTrigger::EndOfFinancialYear),
            then: RetentionAction::Erase,
            kind: Some(RetentionKind::LegalDuty),
            legal_reference: Some("a law".into()),
            criteria: None,
            source: None,
        });
        let without = verdicts(&decide(&policy, &request));
        let with = verdicts(&decide(&with_duty, &request));
        for (key, verdict) in &without {
            if *verdict == ErasureVerdict::Keep {
                prop_assert_ne!(with[key], ErasureVerdict::Erase, "{:?}", key);
            }
        }
        for (key, verdict) in &with {
            if *verdict == ErasureVerdict::Erase {
                prop_assert_ne!(without[key], ErasureVerdict::Keep, "{:?}", key);
            }
        }
    }

    #[test]
    fn erasure_does_not_depend_on_the_order_of_activities_purposes_or_categories((policy, request) in case()) {
        let forward = normalised(&decide(&policy, &request));
        let mut reordered = policy.clone();
        reordered.activities.reverse();
        reordered.recipients.reverse();
        reordered.data_categories.reverse();
        for activity in &mut reordered.activities {
            activity.purposes.reverse();
            activity.data_categories.reverse();
            activity.retention.reverse();
        }
        let mut reversed = request.clone();
        reversed.activities.reverse();
        prop_assert_eq!(forward, normalised(&decide(&reordered, &reversed)));
    }
}
