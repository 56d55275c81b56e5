//! The compiled policy gives the answers of the plain functions: property tests over random
//! policies (several activities and recipients, repeated ids, scoped importers, every role and
//! ground) and random requests and dates, and over calendars with weekend substitutes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod random;

use chrono::NaiveDate;
use gdpr::assess::{
    assess_erasure, assess_transfer, erasure_explanation, erasure_verdict, request_deadline_days,
    request_deadlines, transfer_answer, transfer_verdict, ActivityFacts, AssessError, Belgium,
    Calendar, DisclosedBy, ErasureDecision, ErasureExplanation, ErasureRequest, ErasureVerdicts,
    ThirdCountryOrder, TransferAnswer, TransferRequest,
};
use gdpr::compiled::CompiledPolicy;
use gdpr::*;
use proptest::prelude::*;
use proptest::sample::select;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // Around the dates adequacy decisions start and end (Safe Harbour, Privacy Shield, the
    // Data Privacy Framework, the United Kingdom).
    (1998i32..2032, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| day(y, m, d))
}

fn country() -> impl Strategy<Value = Country> {
    select(vec![
        "BE", "NL", "FR", "US", "GB", "CH", "NO", "JP", "KR", "IL", "FO", "CA", "BR", "IN", "CN",
        "RE",
    ])
    .prop_map(|c| c.parse().unwrap())
}

fn destination() -> impl Strategy<Value = Destination> {
    prop_oneof![
        4 => country().prop_map(Destination::Country),
        1 => Just(Destination::InternationalOrganisation("european_patent_organisation".into())),
        1 => select(vec![Region::Eu, Region::Eea]).prop_map(Destination::Region),
    ]
}

fn fact() -> impl Strategy<Value = Option<bool>> {
    proptest::option::of(any::<bool>())
}

fn scope_facts() -> impl Strategy<Value = ScopeFacts> {
    (
        proptest::option::of(select(vec![
            OrganisationKind::ReligiousBody,
            OrganisationKind::Press,
            OrganisationKind::AcademicInstitution,
            OrganisationKind::Other,
        ])),
        fact(),
        proptest::option::of(country()),
        fact(),
        proptest::option::of(proptest::collection::vec(
            select(vec![
                ImporterPurpose::MissionaryActivities,
                ImporterPurpose::Journalism,
                ImporterPurpose::PublicSecurity,
            ]),
            0..2,
        )),
        fact(),
        fact(),
    )
        .prop_map(|(kind, fin, body, credit, purposes, at, ap)| ScopeFacts {
            organisation_kind: kind,
            financial_supervision: fin,
            public_body_of: body,
            credit_information: credit,
            purposes,
            automated_transfer: at,
            automated_processing: ap,
        })
}

fn mechanism() -> impl Strategy<Value = TransferMechanism> {
    prop_oneof![
        Just(TransferMechanism::AdequacyDecision),
        select(Safeguard::ALL.to_vec()).prop_map(TransferMechanism::Safeguard),
        select(Derogation::ALL.to_vec()).prop_map(TransferMechanism::Derogation),
    ]
}

fn role() -> impl Strategy<Value = RecipientRole> {
    select(vec![
        RecipientRole::Processor,
        RecipientRole::SubProcessor,
        RecipientRole::IndependentController,
        RecipientRole::JointController,
        RecipientRole::PublicAuthority,
        RecipientRole::LawEnforcement,
        RecipientRole::OwnEstablishment,
        RecipientRole::ClientController,
    ])
}

fn recipient() -> impl Strategy<Value = Recipient> {
    (
        role(),
        proptest::option::of(destination()),
        fact(),
        proptest::option::of(select(vec![Sector::Commercial, Sector::Public])),
        scope_facts(),
        any::<bool>(),
    )
        .prop_map(|(role, location, dpf, sector, facts, clause)| {
            let mut r = Recipient::new("r", "recipient", role);
            r.location = location;
            r.dpf_certified = dpf;
            r.sector = sector;
            r.scope_facts = facts;
            if clause {
                r.conditional_transfer = Some(
                    serde_json::from_value(serde_json::json!({
                        "outside": "eu", "condition": "no_equivalent_alternative_inside",
                        "grounds": ["adequacy_decision"]
                    }))
                    .unwrap(),
                );
            }
            r
        })
}

/// A policy of up to six recipients and four activities; ids repeat now and then, and
/// transfers name recipients that exist and one that does not.
fn policy() -> impl Strategy<Value = Policy> {
    (
        any::<bool>(),
        country(),
        proptest::collection::vec(recipient(), 1..7),
        proptest::collection::vec(
            proptest::collection::vec((0usize..8, mechanism()), 0..5),
            1..5,
        ),
        proptest::collection::vec(
            select(vec![
                Commitment::NoTransfersOutsideEea,
                Commitment::NoTransfersOutsideEu,
                Commitment::NoProfiling,
            ]),
            0..3,
        ),
        any::<(bool, bool)>(),
    )
        .prop_map(
            |(public, establishment, mut recipients, activities, commitments, repeat)| {
                for (i, r) in recipients.iter_mut().enumerate() {
                    r.id = format!("r{i}");
                }
                if repeat.0 && recipients.len() > 2 {
                    recipients[2].id = "r0".into();
                }
                let n = activities.len();
                let activities = activities
                    .into_iter()
                    .enumerate()
                    .map(|(i, transfers)| ProcessingActivity {
                        id: if repeat.1 && i == 2 {
                            "a0".into()
                        } else {
                            format!("a{i}")
                        },
                        name: "activity".into(),
                        acting_as: Capacity::Controller,
                        purposes: vec![],
                        data_subjects: vec![],
                        data_categories: vec![],
                        special_category_conditions: vec![],
                        criminal_data_authorisation: None,
                        national_number_law: None,
                        automated_means: None,
                        provision: None,
                        recipients: vec![],
                        transfers: transfers
                            .into_iter()
                            .map(|(r, mechanism)| Transfer {
                                recipient: format!("r{r}"),
                                mechanism,
                                source: None,
                            })
                            .collect(),
                        retention: vec![],
                        source: None,
                    })
                    .collect();
                let _ = n;
                Policy {
                    controller: random::controller(public, establishment),
                    data_subjects: vec![],
                    data_categories: vec![],
                    recipients,
                    activities,
                    commitments: commitments
                        .into_iter()
                        .map(|commitment| PublicCommitment {
                            commitment,
                            source: None,
                        })
                        .collect(),
                    notice: None,
                    published_notice: None,
                }
            },
        )
}

fn transfer_request() -> impl Strategy<Value = TransferRequest> {
    (
        (0usize..8, proptest::option::of(0usize..6)),
        proptest::option::of(destination()),
        proptest::option::of(mechanism()),
        select(vec![
            DisclosedBy::Controller,
            DisclosedBy::Controller,
            DisclosedBy::DataSubject,
            DisclosedBy::OwnStaffAbroad,
        ]),
        prop_oneof![3 => Just(ScopeFacts::default()), 1 => scope_facts()],
        [fact(), fact(), fact(), fact(), fact(), fact(), fact()],
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |((r, a), destination, mechanism, disclosed_by, scope_facts, f, order)| {
                let mut request = TransferRequest::to(format!("r{r}"));
                request.activity = a.map(|a| format!("a{a}"));
                request.destination = destination;
                request.mechanism = mechanism;
                request.disclosed_by = disclosed_by;
                request.scope_facts = scope_facts;
                request.article_3_2_applies = f[0];
                request.processor_within_instructions = f[1];
                request.transfer_condition_met = f[2];
                request.safeguards_effective = f[3];
                request.authorised_by_supervisory_authority = f[4];
                request.derogation_conditions_met = f[5];
                request.exercising_public_powers = f[6];
                request.third_country_order =
                    order.map(|international_agreement| ThirdCountryOrder {
                        international_agreement,
                    });
                request
            },
        )
}

fn compile(policy: &Policy) -> CompiledPolicy {
    CompiledPolicy::new(
        policy.clone(),
        AdequacyRegistry::builtin(),
        Calendar::for_establishment(policy.controller.establishment),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_compiled_transfer_verdict_and_answer_are_the_plain_ones(
        policy in policy(),
        requests in proptest::collection::vec(transfer_request(), 1..8),
        dates in proptest::collection::vec(any_date(), 1..4),
    ) {
        let registry = AdequacyRegistry::builtin();
        let compiled = compile(&policy);
        // One slot for every decision, as a caller would keep it: each verdict written into
        // it over the last one is the verdict returned.
        let mut slot = None;
        for request in &requests {
            for &as_of in &dates {
                let plain = transfer_verdict(&policy, &registry, request, as_of);
                let fast = compiled.transfer_verdict(request, as_of);
                prop_assert_eq!(&plain, &fast);
                // The answer alone is the verdict's, plain or compiled.
                let answer = plain.as_ref().map(TransferAnswer::from).map_err(Clone::clone);
                prop_assert_eq!(&transfer_answer(&policy, &registry, request, as_of), &answer);
                prop_assert_eq!(&compiled.transfer_answer(request, as_of), &answer);
                if let Ok(target) = compiled.resolve_transfer(request) {
                    prop_assert_eq!(&compiled.transfer_verdict_to(target, request, as_of), &fast);
                    let written = compiled.transfer_verdict_into(target, request, as_of, &mut slot);
                    prop_assert_eq!(written.map(|()| slot.expect("a verdict")), fast.clone());
                    prop_assert_eq!(&compiled.transfer_answer_to(target, request, as_of), &answer);
                    prop_assert_eq!(
                        assess_transfer(&policy, &registry, request, as_of).unwrap(),
                        compiled.assess_transfer(request, as_of).unwrap()
                    );
                }
            }
        }
    }

    #[test]
    fn compiled_deadlines_are_the_explained_ones(
        received in (1985i32..2110, 1u32..=12, 1u32..=31),
        state in select(vec!["BE", "NL", "BG", "GR", "DE", "ES", "SE", "US"]),
    ) {
        let Some(received) = NaiveDate::from_ymd_opt(received.0, received.1, received.2) else {
            return Ok(());
        };
        let calendar = Calendar::for_establishment(state.parse().unwrap());
        let compiled = CompiledPolicy::with_years(
            Policy::from_json(include_str!("fixtures/webshop.json")).unwrap(),
            AdequacyRegistry::builtin(),
            calendar.clone(),
            1990..=2100,
        );
        let explained = request_deadlines(received, &calendar).unwrap();
        let days = request_deadline_days(received, &calendar).unwrap();
        prop_assert_eq!(days.respond_by, explained.respond_by.last_day);
        prop_assert_eq!(days.extended_respond_by, explained.extended_respond_by.map(|d| d.last_day));
        prop_assert_eq!(compiled.request_deadline_days(received).unwrap(), days);
    }
}

/// The verdict's items and summary as the explained decision has them: items sorted by data
/// category, then activity.
fn as_decided(v: &ErasureVerdicts<'_>) -> Vec<String> {
    let mut items: Vec<String> = v
        .items()
        .iter()
        .map(|i| {
            format!(
                "{}/{} {:?} {:?} {:?} {:?} {:?} {:?}",
                i.data_category.id,
                i.activity.id,
                i.verdict,
                i.grounds.iter().collect::<Vec<_>>(),
                i.exceptions.iter().collect::<Vec<_>>(),
                i.keep_until,
                i.then,
                i.legal_reference()
            )
        })
        .collect();
    items.sort();
    let d = v.deadlines().unwrap();
    items.push(format!(
        "{:?} {:?} {:?} {} {} {}",
        v.outcome(),
        d.respond_by,
        d.extended_respond_by,
        v.suppression_entry_allowed(),
        v.inform_other_controllers(),
        v.asks_made_public()
    ));
    items
}

fn explained(d: &ErasureDecision) -> Vec<String> {
    let mut items: Vec<String> = d
        .items
        .iter()
        .map(|i| {
            format!(
                "{}/{} {:?} {:?} {:?} {:?} {:?} {:?}",
                i.data_category,
                i.activity,
                i.verdict,
                i.grounds,
                i.exceptions,
                i.keep_until,
                i.then,
                i.legal_reference.as_deref()
            )
        })
        .collect();
    items.sort();
    items.push(format!(
        "{:?} {:?} {:?} {} {} {}",
        d.outcome,
        d.deadlines.respond_by.last_day,
        d.deadlines.extended_respond_by.as_ref().map(|x| x.last_day),
        d.suppression.is_some(),
        d.inform_other_controllers.is_some(),
        d.open_questions.iter().any(|q| q.field == "made_public")
    ));
    items
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn the_erasure_verdict_is_the_explained_decision_and_the_compiled_one_the_plain_one(
        (policy, request) in random::erasure_case(),
        as_of in random::any_date(),
    ) {
        let compiled = CompiledPolicy::new(policy.clone(), AdequacyRegistry::builtin(), Belgium.clone());
        let decision = assess_erasure(&policy, &request, &Belgium, as_of);
        let mut plain = ErasureVerdicts::new();
        let verdict = erasure_verdict(&policy, &request, &Belgium, as_of, &mut plain);
        let mut fast = ErasureVerdicts::new();
        let compiled_verdict = compiled.erasure_verdict(&request, as_of, &mut fast);
        prop_assert_eq!(compiled.assess_erasure(&request, as_of), decision.clone());
        // Resolved beforehand: an id the policy lacks or repeats is refused then, before
        // the errors of the activities ahead of it; once resolved, every answer and error is
        // the by-id one.
        let mut resolved = ErasureVerdicts::new();
        match compiled.resolve_erasure(&request) {
            Ok(targets) => prop_assert_eq!(
                &compiled.erasure_verdict_to(&targets, &request, as_of, &mut resolved),
                &compiled_verdict
            ),
            Err(_) => prop_assert!(compiled_verdict.is_err()),
        }
        match decision {
            Ok(decision) => {
                prop_assert_eq!(verdict, Ok(()));
                prop_assert_eq!(compiled_verdict, Ok(()));
                prop_assert_eq!(as_decided(&plain), explained(&decision));
                prop_assert_eq!(plain.items(), fast.items());
                prop_assert_eq!(plain.items(), resolved.items());
                prop_assert_eq!(as_decided(&plain), as_decided(&fast));
                prop_assert_eq!(as_decided(&plain), as_decided(&resolved));
            }
            Err(e) => {
                prop_assert_eq!(verdict, Err(e.clone()));
                prop_assert_eq!(compiled_verdict, Err(e));
            }
        }
        // A buffer used before gives the same verdict.
        let again = erasure_verdict(&policy, &request, &Belgium, as_of, &mut fast);
        if again.is_ok() {
            prop_assert_eq!(as_decided(&plain), as_decided(&fast));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The explanation as codes holds the whole explained decision, whatever the buffer held
    /// before: a request decided or refused, on another policy, plain or compiled.
    #[test]
    fn an_explanation_in_a_reused_buffer_is_the_explained_decision(
        (first_policy, first) in random::erasure_case(),
        (policy, request) in random::erasure_case(),
        as_of in random::any_date(),
    ) {
        let compiled = CompiledPolicy::new(policy.clone(), AdequacyRegistry::builtin(), Belgium.clone());
        let decision = assess_erasure(&policy, &request, &Belgium, as_of);
        let mut codes = ErasureExplanation::new();
        let _ = erasure_explanation(&first_policy, &first, &Belgium, as_of, &mut codes);
        let plain = erasure_explanation(&policy, &request, &Belgium, as_of, &mut codes);
        prop_assert_eq!(plain.clone().map(|()| codes.to_decision()), decision.clone().map(Some));
        let mut verdicts = ErasureVerdicts::new();
        if erasure_verdict(&policy, &request, &Belgium, as_of, &mut verdicts).is_ok() {
            let explained: Vec<_> = codes.items().map(|i| *i.verdict).collect();
            prop_assert_eq!(explained.as_slice(), verdicts.items());
        } else {
            prop_assert!(codes.to_decision().is_none());
        }
        let mut fast = ErasureExplanation::new();
        let _ = compiled.erasure_explanation(&first, as_of, &mut fast);
        let by_compiled = compiled.erasure_explanation(&request, as_of, &mut fast);
        prop_assert_eq!(by_compiled.clone().map(|()| fast.to_decision()), decision.map(Some));
        // Resolved beforehand, the same explanation, or the refusal of the ids.
        match compiled.resolve_erasure(&request) {
            Ok(targets) => {
                let mut resolved = ErasureExplanation::new();
                let _ = compiled.erasure_explanation(&first, as_of, &mut resolved);
                let explained = compiled.erasure_explanation_to(&targets, &request, as_of, &mut resolved);
                prop_assert_eq!(&explained, &by_compiled);
                if explained.is_ok() {
                    prop_assert_eq!(resolved.to_decision(), fast.to_decision());
                }
            }
            Err(_) => prop_assert!(by_compiled.is_err()),
        }
    }
}

#[test]
fn the_bitmap_knows_every_day_the_calendar_knows() {
    // Bulgaria moves holidays off weekends; Greece follows the Orthodox Easter.
    for state in ["BG", "GR", "NL", "BE", "SE"] {
        let calendar = Calendar::for_establishment(state.parse().unwrap());
        let compiled = CompiledPolicy::with_years(
            Policy::from_json(include_str!("fixtures/webshop.json")).unwrap(),
            AdequacyRegistry::builtin(),
            calendar.clone(),
            2020..=2030,
        );
        assert_eq!(compiled.years(), 2020..=2030);
        let mut date = day(2019, 12, 1);
        while date < day(2031, 2, 1) {
            assert_eq!(
                compiled.is_working_day(date),
                calendar.is_working_day(date),
                "{state} {date}"
            );
            date = date.succ_opt().unwrap();
        }
    }
}

#[test]
fn a_handle_of_another_compiled_policy_is_refused() {
    let policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let one = compile(&policy);
    let other = compile(&policy);
    let request = TransferRequest::to("mailer");
    let target = one.resolve_transfer(&request).unwrap();
    assert_eq!(
        other.transfer_verdict_to(target, &request, day(2026, 11, 27)),
        Err(AssessError::ForeignHandle)
    );
    let mut slot = Some(
        one.transfer_verdict_to(target, &request, day(2026, 11, 27))
            .unwrap(),
    );
    assert_eq!(
        other.transfer_verdict_into(target, &request, day(2026, 11, 27), &mut slot),
        Err(AssessError::ForeignHandle)
    );
    // No verdict of the earlier decision is left to be read as this one's.
    assert_eq!(slot, None);
    // A clone is the same compiled policy.
    let clone = one.clone();
    assert!(clone
        .transfer_verdict_to(target, &request, day(2026, 11, 27))
        .is_ok());
}

#[test]
fn erasure_targets_of_another_compiled_policy_or_another_request_are_refused() {
    let policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let one = compile(&policy);
    let other = compile(&policy);
    let as_of = day(2026, 11, 27);
    let request = ErasureRequest::new(
        as_of,
        vec![
            ActivityFacts::new("newsletter").consent_withdrawn(true),
            ActivityFacts::new("bookkeeping").no_longer_necessary(true),
        ],
    );
    let targets = one.resolve_erasure(&request).unwrap();
    let positions: Vec<usize> = targets.activities().map(|a| a.position()).collect();
    let expected: Vec<usize> = ["newsletter", "bookkeeping"]
        .iter()
        .map(|id| policy.activities.iter().position(|a| a.id == *id).unwrap())
        .collect();
    assert_eq!(positions, expected);
    let mut out = ErasureVerdicts::new();
    assert_eq!(
        other.erasure_verdict_to(&targets, &request, as_of, &mut out),
        Err(AssessError::ForeignHandle)
    );
    // Targets stand for the request's activities in order: a request with fewer is refused,
    // not read against the wrong activities.
    let shorter = ErasureRequest::new(as_of, vec![ActivityFacts::new("newsletter")]);
    one.erasure_verdict_to(&targets, &request, as_of, &mut out)
        .unwrap();
    assert!(!out.items().is_empty());
    assert_eq!(
        one.erasure_verdict_to(&targets, &shorter, as_of, &mut out),
        Err(AssessError::ForeignHandle)
    );
    // No earlier verdict is left to be read as this one.
    assert!(out.items().is_empty() && out.deadlines().is_none());
    // The explanation refuses them alike, and keeps no decision of the refused request.
    let mut explained = ErasureExplanation::new();
    one.erasure_explanation(&request, as_of, &mut explained)
        .unwrap();
    assert_eq!(
        other.erasure_explanation_to(&targets, &request, as_of, &mut explained),
        Err(AssessError::ForeignHandle)
    );
    assert!(explained.to_decision().is_none());
    one.erasure_explanation(&request, as_of, &mut explained)
        .unwrap();
    assert_eq!(
        one.erasure_explanation_to(&targets, &shorter, as_of, &mut explained),
        Err(AssessError::ForeignHandle)
    );
    assert!(explained.to_decision().is_none());
    // The same activities with other facts: the targets serve again.
    let later = ErasureRequest::new(
        as_of,
        vec![
            ActivityFacts::new("newsletter").consent_withdrawn(false),
            ActivityFacts::new("bookkeeping").no_longer_necessary(false),
        ],
    );
    let mut by_id = ErasureVerdicts::new();
    one.erasure_verdict(&later, as_of, &mut by_id).unwrap();
    one.erasure_verdict_to(&targets, &later, as_of, &mut out)
        .unwrap();
    assert_eq!(out.items(), by_id.items());
    assert_eq!(
        one.resolve_erasure(&ErasureRequest::new(
            as_of,
            vec![ActivityFacts::new("nope")]
        )),
        Err(AssessError::UnknownActivity("nope".into()))
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_rights_verdict_is_the_explained_one_compiled_or_not(
        (policy, _) in random::erasure_case(),
        id in proptest::sample::select(vec!["a0", "a1", "a2", "a3", "zz"]),
    ) {
        let compiled = CompiledPolicy::new(policy.clone(), AdequacyRegistry::builtin(), Belgium.clone());
        let explained = gdpr::assess::assess_rights(&policy, id);
        let verdict = gdpr::assess::rights_verdict(&policy, id);
        prop_assert_eq!(compiled.rights_verdict(id), verdict.clone());
        match explained {
            Ok(explained) => {
                let verdict = verdict.unwrap();
                prop_assert_eq!(verdict.iter().count(), explained.rights.len());
                for ((right, applies), assessed) in verdict.iter().zip(&explained.rights) {
                    prop_assert_eq!(right, assessed.right);
                    prop_assert_eq!(applies, assessed.applies);
                }
            }
            Err(e) => prop_assert_eq!(verdict, Err(e)),
        }
    }
}

#[test]
fn an_activity_with_more_purposes_than_the_stack_holds_is_decided_alike_compiled_or_not() {
    use gdpr::assess::{ActivityFacts, ErasureRequest, Objection};
    let mut policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let bases = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation {
            legal_reference: Some("Art. 52 AWR".into()),
        },
        LegalBasis::LegitimateInterests {
            interest: Some("fraud prevention".into()),
        },
    ];
    let orders = policy
        .activities
        .iter_mut()
        .find(|a| a.id == "orders")
        .unwrap();
    // Twenty purposes: the plain rules read them from the record, the compiled ones from
    // tables built when the policy was compiled.
    orders.purposes = (0..20)
        .map(|i| {
            let mut purpose =
                Purpose::new(format!("p{i}"), format!("purpose {i}")).direct_marketing(i % 5 == 0);
            purpose.legal_basis = bases.get(i % bases.len()).cloned();
            if i % 3 == 0 {
                purpose.data_categories = vec!["orders".into()];
            }
            purpose
        })
        .collect();
    let compiled =
        CompiledPolicy::new(policy.clone(), AdequacyRegistry::builtin(), Belgium.clone());
    let as_of = day(2026, 11, 30);
    let objections = [
        None,
        Some(Objection::DirectMarketing),
        Some(Objection::ParticularSituation),
    ];
    let mut decided = 0;
    for objection in objections {
        for fact in [None, Some(true), Some(false)] {
            let mut facts = ActivityFacts::new("orders");
            facts.objection = objection;
            facts.consent_withdrawn = fact;
            facts.no_longer_necessary = fact;
            facts.overriding_legitimate_grounds = fact;
            let request = ErasureRequest::new(as_of, vec![facts]);
            let decision = assess_erasure(&policy, &request, &Belgium, as_of).unwrap();
            assert_eq!(compiled.assess_erasure(&request, as_of).unwrap(), decision);
            let mut plain = ErasureVerdicts::new();
            erasure_verdict(&policy, &request, &Belgium, as_of, &mut plain).unwrap();
            let mut fast = ErasureVerdicts::new();
            compiled
                .erasure_verdict(&request, as_of, &mut fast)
                .unwrap();
            assert_eq!(plain.items(), fast.items());
            assert_eq!(as_decided(&plain), explained(&decision));
            decided += decision.items.len();
        }
    }
    assert!(decided >= 9, "{decided} items decided");
}
