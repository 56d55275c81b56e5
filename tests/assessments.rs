//! The transfer, retention and deadline assessments on the webshop fixture, and the
//! invariants they must keep on any input. Erasure, objection and restriction have
//! `tests/erasure.rs`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use gdpr::assess::*;
use gdpr::{AdequacyRegistry, Destination, Policy, RetentionTrigger, Safeguard, TransferMechanism};
use proptest::prelude::*;

const WEBSHOP: &str = include_str!("fixtures/webshop.json");

fn webshop() -> Policy {
    Policy::from_json(WEBSHOP).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 27)
}

fn cites(reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(|r| r.citation.to_string()).collect()
}

// ---- Transfers -----------------------------------------------------------------------

fn transfer(policy: &Policy, request: &TransferRequest, on: NaiveDate) -> TransferDecision {
    assess_transfer(policy, &AdequacyRegistry::builtin(), request, on).unwrap()
}

#[test]
fn a_certified_us_processor_is_covered_by_the_data_privacy_framework_since_10_july_2023() {
    let p = webshop();
    let r = TransferRequest::to("mailer");
    assert_eq!(
        transfer(&p, &r, day(2023, 7, 10)).outcome,
        TransferOutcome::Permitted
    );
    let before = transfer(&p, &r, day(2023, 7, 9));
    assert_eq!(before.outcome, TransferOutcome::Prohibited);
    assert!(before.reasons.iter().any(|x| x.text().contains("C-311/18")));
    // Under Privacy Shield, certification under it is a fact the library cannot know.
    assert_eq!(
        transfer(&p, &r, day(2019, 1, 1)).outcome,
        TransferOutcome::NeedsReview
    );
}

#[test]
fn an_uncertified_us_processor_needs_a_safeguard_and_an_assessment_of_it() {
    let mut p = webshop();
    p.recipients[0].dpf_certified = Some(false);
    let mut r = TransferRequest::to("mailer");
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert!(!d.remedies.is_empty());
    r.mechanism = Some(TransferMechanism::Safeguard(
        Safeguard::StandardContractualClauses,
    ));
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::NeedsReview);
    assert_eq!(d.open_questions[0].field, "safeguards_effective");
    r.safeguards_effective = Some(true);
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert_eq!(d.ground, r.mechanism);
}

#[test]
fn a_legal_transfer_that_breaks_the_notices_promise_is_flagged() {
    let mut p: Policy = webshop();
    p.commitments.push(gdpr::PublicCommitment {
        commitment: gdpr::Commitment::NoTransfersOutsideEu,
        source: None,
    });
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert_eq!(d.commitment_breaches.len(), 1);
    assert_eq!(
        d.commitment_breaches[0].reason.citation.to_string(),
        "Art. 5(1)(a)"
    );
}

#[test]
fn the_subject_sending_their_own_data_is_not_a_transfer() {
    let mut r = TransferRequest::to("mailer");
    r.disclosed_by = DisclosedBy::DataSubject;
    assert_eq!(
        transfer(&webshop(), &r, today()).outcome,
        TransferOutcome::NotATransfer
    );
}

#[test]
fn a_foreign_court_order_alone_is_no_ground() {
    let mut p = webshop();
    p.recipients[0].dpf_certified = Some(false);
    let mut r = TransferRequest::to("mailer");
    r.third_country_order = Some(ThirdCountryOrder {
        international_agreement: false,
    });
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert!(cites(&d.reasons).contains(&"Art. 48".to_owned()));
    r.third_country_order = Some(ThirdCountryOrder {
        international_agreement: true,
    });
    assert_eq!(
        transfer(&p, &r, today()).outcome,
        TransferOutcome::Permitted
    );
}

#[test]
fn public_authorities_in_their_public_powers_cannot_rely_on_consent_derogations() {
    let mut p = webshop();
    p.controller.kind = gdpr::ControllerKind::PublicAuthority;
    p.recipients[0].dpf_certified = Some(false);
    let mut r = TransferRequest::to("mailer");
    r.mechanism = Some(TransferMechanism::Derogation(
        gdpr::Derogation::ExplicitConsent,
    ));
    r.derogation_conditions_met = Some(true);
    assert_eq!(
        transfer(&p, &r, today()).outcome,
        TransferOutcome::NeedsReview
    );
    r.exercising_public_powers = Some(true);
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert!(cites(&d.reasons).contains(&"Art. 49(3)".to_owned()));
    r.exercising_public_powers = Some(false);
    assert_eq!(
        transfer(&p, &r, today()).outcome,
        TransferOutcome::Permitted
    );
}

#[test]
fn the_european_patent_organisation_is_adequate_from_its_notification_on_18_july_2025() {
    let mut p = webshop();
    p.recipients[1].location = Some(Destination::InternationalOrganisation(
        "european_patent_organisation".into(),
    ));
    let r = TransferRequest::to("accountant");
    // Adopted on 15 July 2025, it took effect on notification on 18 July.
    assert_eq!(
        transfer(&p, &r, day(2025, 7, 18)).outcome,
        TransferOutcome::Permitted
    );
    assert_eq!(
        transfer(&p, &r, day(2025, 7, 17)).outcome,
        TransferOutcome::Prohibited
    );
}

#[test]
fn canada_covers_only_commercial_organisations() {
    let mut p = webshop();
    p.recipients[1].location = Some(Destination::Country("CA".parse().unwrap()));
    let r = TransferRequest::to("accountant");
    assert_eq!(
        transfer(&p, &r, today()).outcome,
        TransferOutcome::NeedsReview
    );
    p.recipients[1].sector = Some(gdpr::Sector::Commercial);
    assert_eq!(
        transfer(&p, &r, today()).outcome,
        TransferOutcome::Permitted
    );
    p.recipients[1].sector = Some(gdpr::Sector::Public);
    assert_eq!(
        transfer(&p, &r, today()).outcome,
        TransferOutcome::Prohibited
    );
}

#[test]
fn the_uk_stays_adequate_across_the_renewal_and_brazil_from_2026() {
    let mut p = webshop();
    p.recipients[1].location = Some(Destination::Country("GB".parse().unwrap()));
    // The accountant processes for none of the purposes the decisions exclude.
    p.recipients[1].scope_facts.purposes = Some(vec![]);
    let r = TransferRequest::to("accountant");
    for on in [
        day(2021, 6, 28),
        day(2025, 12, 27),
        day(2025, 12, 28),
        day(2031, 12, 27),
    ] {
        assert_eq!(
            transfer(&p, &r, on).outcome,
            TransferOutcome::Permitted,
            "{on}"
        );
    }
    assert_eq!(
        transfer(&p, &r, day(2031, 12, 28)).outcome,
        TransferOutcome::Prohibited
    );
    p.recipients[1].location = Some(Destination::Country("BR".parse().unwrap()));
    // Adopted on 26 January 2026; relied on from its publication on 28 January.
    assert_eq!(
        transfer(&p, &r, day(2026, 1, 27)).outcome,
        TransferOutcome::Prohibited
    );
    assert_eq!(
        transfer(&p, &r, day(2026, 1, 28)).outcome,
        TransferOutcome::Permitted
    );
}

// ---- Invariants ------------------------------------------------------------------------

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(y, m, 28).unwrap())
    })
}

fn any_period() -> impl Strategy<Value = gdpr::Period> {
    (0u32..30, 0u32..36, 0u32..400).prop_map(|(years, months, days)| gdpr::Period {
        years,
        months,
        weeks: 0,
        days,
        hours: 0,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_recipient_in_the_eea_is_never_a_prohibited_transfer(code in prop::sample::select(vec!["BE", "NL", "DE", "NO", "IS", "LI", "GR", "RE", "AX"]), on in any_date(), certified in any::<Option<bool>>()) {
        let mut p = webshop();
        p.recipients[0].location = Some(Destination::Country(code.parse().unwrap()));
        p.recipients[0].dpf_certified = certified;
        let d = transfer(&p, &TransferRequest::to("mailer"), on);
        prop_assert_eq!(d.outcome, TransferOutcome::NotATransfer);
    }

    #[test]
    fn an_unlisted_country_is_never_adequate(code in prop::sample::select(vec!["CN", "IN", "RU", "AU", "SG", "ZA", "AQ", "MX"]), on in any_date()) {
        let mut p = webshop();
        p.recipients[0].location = Some(Destination::Country(code.parse().unwrap()));
        let d = transfer(&p, &TransferRequest::to("mailer"), on);
        prop_assert_eq!(d.outcome, TransferOutcome::Prohibited);
        prop_assert!(d.adequacy_decision.is_none());
    }

    #[test]
    fn adding_a_safeguard_never_turns_permitted_into_prohibited(
        code in prop::sample::select(vec!["US", "CA", "JP", "CN", "GB", "BR"]),
        on in any_date(),
        certified in any::<Option<bool>>(),
        effective in any::<Option<bool>>(),
        safeguard in prop::sample::select(vec![Safeguard::StandardContractualClauses, Safeguard::BindingCorporateRules, Safeguard::AuthorisedContractualClauses, Safeguard::InstrumentBetweenPublicAuthorities]),
    ) {
        let mut p = webshop();
        p.recipients[0].location = Some(Destination::Country(code.parse().unwrap()));
        p.recipients[0].dpf_certified = certified;
        let mut r = TransferRequest::to("mailer");
        r.safeguards_effective = effective;
        let before = transfer(&p, &r, on).outcome;
        r.mechanism = Some(TransferMechanism::Safeguard(safeguard));
        let after = transfer(&p, &r, on).outcome;
        if before == TransferOutcome::Permitted {
            prop_assert_eq!(after, TransferOutcome::Permitted);
        }
        if before == TransferOutcome::NeedsReview {
            prop_assert_ne!(after, TransferOutcome::Prohibited);
        }
    }

    #[test]
    fn transfers_and_rights_do_not_depend_on_the_order_of_the_policy(
        code in prop::sample::select(vec!["US", "CA", "CN", "GB"]),
        on in any_date(),
        certified in any::<Option<bool>>(),
    ) {
        let mut p = webshop();
        p.recipients[0].location = Some(Destination::Country(code.parse().unwrap()));
        p.recipients[0].dpf_certified = certified;
        p.activities[1].recipients.push("mailer".into());
        p.activities[0].transfers = vec![gdpr::Transfer {
            recipient: "mailer".into(),
            mechanism: TransferMechanism::Derogation(gdpr::Derogation::LegalClaims),
            source: None,
        }];
        p.activities[1].transfers = vec![gdpr::Transfer {
            recipient: "mailer".into(),
            mechanism: TransferMechanism::Safeguard(Safeguard::StandardContractualClauses),
            source: None,
        }];
        let request = TransferRequest::to("mailer").safeguards_effective(true);
        let forward = serde_json::to_string(&transfer(&p, &request, on)).unwrap();
        let rights_forward = serde_json::to_string(&assess_rights(&p, "newsletter").unwrap()).unwrap();
        p.activities.reverse();
        p.recipients.reverse();
        p.data_categories.reverse();
        prop_assert_eq!(forward, serde_json::to_string(&transfer(&p, &request, on)).unwrap());
        prop_assert_eq!(rights_forward, serde_json::to_string(&assess_rights(&p, "newsletter").unwrap()).unwrap());
    }

    #[test]
    fn a_missing_fact_never_yields_permitted(on in any_date()) {
        let mut p = webshop();
        p.recipients[0].dpf_certified = None;
        let d = transfer(&p, &TransferRequest::to("mailer"), on);
        prop_assert_ne!(d.outcome, TransferOutcome::Permitted);
    }

    #[test]
    fn the_sweep_equals_the_single_record_function(period in any_period(), today in any_date(), triggers in prop::collection::vec(any_date(), 1..50)) {
        let rule = gdpr::RetentionRule {
            data_categories: vec![],
            period: Some(period),
            from: Some(RetentionTrigger::Collection),
            then: gdpr::RetentionAction::Erase,
            kind: None,
            legal_reference: None,
            criteria: None,
            source: None,
        };
        let sweep = RetentionSweep::new(&rule, today).unwrap();
        for t in &triggers {
            prop_assert_eq!(sweep.is_due(*t), is_due(&rule, *t, today).unwrap(), "trigger {} today {} period {}", t, today, period);
        }
        let swept: Vec<_> = sweep.due(triggers.iter().copied(), |t| Some(*t)).collect();
        let single: Vec<_> = triggers.iter().copied().filter(|t| is_due(&rule, *t, today).unwrap()).collect();
        prop_assert_eq!(swept, single);
    }

    #[test]
    fn a_deadline_never_ends_on_a_non_working_day(event in any_date(), months in 1u32..4) {
        let d = deadline(event, gdpr::Period::months(months), &Belgium).unwrap();
        prop_assert!(Belgium.is_working_day(d.last_day));
        prop_assert!(d.last_day >= d.nominal_last_day);
        prop_assert!(d.last_day.signed_duration_since(d.nominal_last_day).num_days() <= 5);
    }
}
