//! Fail closed: an adequacy decision is never relied on outside its dates, an unlisted
//! destination is never adequate, and a missing fact never turns into a yes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use gdpr::{AdequacyLookup, AdequacyRegistry, Destination, Recipient, RecipientRole, Sector};
use proptest::prelude::*;

fn importer(location: Destination, dpf: Option<bool>, sector: Option<Sector>) -> Recipient {
    let mut r = Recipient::new("r", "importer", RecipientRole::Processor)
        .located(location)
        .art28_contract(true);
    r.dpf_certified = dpf;
    r.sector = sector;
    r
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (-5000i32..=5000, 1u32..=366)
        .prop_map(|(y, d)| NaiveDate::from_yo_opt(1990 + y.rem_euclid(80), d.min(365)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_decision_is_never_relied_on_before_its_start_or_after_its_end(
        index in 0usize..100,
        on in any_date(),
        dpf in any::<Option<bool>>(),
        sector in prop::option::of(prop::sample::select(vec![Sector::Commercial, Sector::NonProfit, Sector::Public])),
    ) {
        let registry = AdequacyRegistry::builtin();
        let decision = &registry.decisions[index % registry.decisions.len()];
        let r = importer(decision.destination.clone(), dpf, sector);
        if let AdequacyLookup::Covered(d) = registry.lookup(&decision.destination, &r, on) {
            prop_assert!(d.valid_from <= on, "{} relied on before {}", d.reference, d.valid_from);
            prop_assert!(d.valid_until.is_none_or(|end| on <= end), "{} relied on after its end", d.reference);
            prop_assert_eq!(d.scope_verdict(gdpr::ImporterFacts::of(&r)), gdpr::ScopeVerdict::Covered);
        }
    }

    #[test]
    fn an_unlisted_destination_is_never_adequate(
        code in "[A-Z]{2}",
        org in "[a-z_]{1,20}",
        on in any_date(),
        dpf in any::<Option<bool>>(),
    ) {
        let registry = AdequacyRegistry::builtin();
        let listed = |d: &Destination| registry.decisions.iter().any(|x| &x.destination == d);
        if let Ok(country) = code.parse() {
            let destination = Destination::Country(country);
            if !listed(&destination) {
                let r = importer(destination.clone(), dpf, Some(Sector::Commercial));
                prop_assert_eq!(registry.lookup(&destination, &r, on), AdequacyLookup::None);
            }
        }
        let destination = Destination::InternationalOrganisation(org);
        if !listed(&destination) {
            let r = importer(destination.clone(), dpf, Some(Sector::Commercial));
            prop_assert_eq!(registry.lookup(&destination, &r, on), AdequacyLookup::None);
        }
    }

    #[test]
    fn an_unknown_importer_fact_is_never_covered_by_a_scoped_decision(on in any_date()) {
        let registry = AdequacyRegistry::builtin();
        for code in ["US", "CA", "JP"] {
            let destination = Destination::Country(code.parse().unwrap());
            let r = importer(destination.clone(), None, None);
            prop_assert!(!matches!(registry.lookup(&destination, &r, on), AdequacyLookup::Covered(_)), "{code} on {on}");
        }
    }
}

#[test]
fn privacy_shield_is_never_relied_on_after_its_invalidation() {
    let registry = AdequacyRegistry::builtin();
    let us = Destination::Country("US".parse().unwrap());
    let r = importer(us.clone(), Some(true), Some(Sector::Commercial));
    for day in NaiveDate::from_ymd_opt(2020, 7, 16)
        .unwrap()
        .iter_days()
        .take(1090)
    {
        assert!(
            !matches!(registry.lookup(&us, &r, day), AdequacyLookup::Covered(_)),
            "covered on {day}, between Schrems II and the Data Privacy Framework"
        );
        if day == NaiveDate::from_ymd_opt(2023, 7, 9).unwrap() {
            break;
        }
    }
}

// ---- Scoped decisions -------------------------------------------------------------------

use gdpr::assess::{assess_transfer, TransferOutcome, TransferRequest};
use gdpr::{
    ImporterFacts, ImporterPurpose, OrganisationKind, Policy, ScopeFacts, ScopeTest,
    TransferMechanism,
};

const PURPOSES: [ImporterPurpose; 9] = [
    ImporterPurpose::Journalism,
    ImporterPurpose::ProfessionalWriting,
    ImporterPurpose::AcademicStudies,
    ImporterPurpose::ReligiousActivities,
    ImporterPurpose::MissionaryActivities,
    ImporterPurpose::PoliticalActivities,
    ImporterPurpose::CandidateNomination,
    ImporterPurpose::ImmigrationControl,
    ImporterPurpose::PublicSecurity,
];

const KINDS: [OrganisationKind; 7] = [
    OrganisationKind::ReligiousBody,
    OrganisationKind::PoliticalParty,
    OrganisationKind::PoliticalBody,
    OrganisationKind::Press,
    OrganisationKind::ProfessionalWriter,
    OrganisationKind::AcademicInstitution,
    OrganisationKind::Other,
];

fn any_scope_facts() -> impl Strategy<Value = ScopeFacts> {
    (
        prop::option::of(prop::sample::select(KINDS.to_vec())),
        any::<[Option<bool>; 4]>(),
        prop::option::of(prop::sample::select(vec!["DK", "FO", "KR", "US"])),
        prop::option::of(prop::sample::subsequence(PURPOSES.to_vec(), 0..3)),
    )
        .prop_map(|(kind, b, state, purposes)| ScopeFacts {
            organisation_kind: kind,
            financial_supervision: b[0],
            public_body_of: state.map(|s| s.parse().unwrap()),
            credit_information: b[1],
            purposes,
            automated_transfer: b[2],
            automated_processing: b[3],
        })
}

fn any_importer() -> impl Strategy<Value = Recipient> {
    (
        prop::sample::select(vec![
            RecipientRole::Processor,
            RecipientRole::IndependentController,
            RecipientRole::PublicAuthority,
        ]),
        prop::option::of(prop::sample::select(vec![
            Sector::Commercial,
            Sector::NonProfit,
            Sector::Public,
        ])),
        any::<Option<bool>>(),
        any_scope_facts(),
    )
        .prop_map(|(role, sector, dpf, facts)| {
            let mut r = Recipient::new("r", "importer", role).scope_facts(facts);
            r.sector = sector;
            r.dpf_certified = dpf;
            r
        })
}

/// The same importer with one absent fact stated, each way it can be stated consistently
/// with the facts that are given.
fn completions(r: &Recipient) -> Vec<Recipient> {
    let mut out = Vec::new();
    let mut with = |f: &dyn Fn(&mut Recipient)| {
        let mut c = r.clone();
        f(&mut c);
        out.push(c);
    };
    let listed = r.dpf_certified == Some(true);
    if r.sector.is_none() {
        for s in [Sector::Commercial, Sector::NonProfit, Sector::Public] {
            if !(listed && s == Sector::Public) {
                with(&|c| c.sector = Some(s));
            }
        }
    }
    if r.dpf_certified.is_none() {
        for b in [true, false] {
            with(&|c| c.dpf_certified = Some(b));
        }
    }
    let f = &r.scope_facts;
    if f.organisation_kind.is_none() {
        for k in KINDS {
            with(&|c| c.scope_facts.organisation_kind = Some(k));
        }
    }
    // Naming the state makes the importer a public body: not one stated or listed otherwise.
    let may_be_public = r.sector.is_none_or(|s| s == Sector::Public);
    if f.public_body_of.is_none() && !listed && may_be_public {
        for s in ["DK", "FO"] {
            with(&|c| c.scope_facts.public_body_of = s.parse().ok());
        }
    }
    if f.purposes.is_none() {
        for p in PURPOSES {
            with(&|c| c.scope_facts.purposes = Some(vec![p]));
        }
    }
    for (absent, set) in [
        (f.financial_supervision.is_none(), 0),
        (f.credit_information.is_none(), 1),
        (f.automated_transfer.is_none(), 2),
        (f.automated_processing.is_none(), 3),
    ] {
        if absent {
            for b in [true, false] {
                with(&|c| {
                    let field = match set {
                        0 => &mut c.scope_facts.financial_supervision,
                        1 => &mut c.scope_facts.credit_information,
                        2 => &mut c.scope_facts.automated_transfer,
                        _ => &mut c.scope_facts.automated_processing,
                    };
                    *field = Some(b);
                });
            }
        }
    }
    out
}

fn policy_with(recipient: &Recipient) -> Policy {
    let mut policy = Policy::from_json(
        r#"{"controller": {"name": "X", "kind": "private", "establishment": "BE"},
            "data_categories": [],
            "activities": [{"id": "a", "name": "A", "purposes": [], "data_subjects": [],
                            "data_categories": [], "recipients": ["r"]}]}"#,
    )
    .unwrap();
    policy.recipients.push(recipient.clone());
    policy
}

fn on_adequacy(policy: &Policy, registry: &AdequacyRegistry, on: NaiveDate) -> bool {
    let d = assess_transfer(policy, registry, &TransferRequest::to("r"), on).unwrap();
    d.outcome == TransferOutcome::Permitted && d.ground == Some(TransferMechanism::AdequacyDecision)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A transfer is permitted on adequacy only when the decision's every condition holds on
    /// the facts given, and stating any absent fact, either way, never takes the permit away.
    #[test]
    fn no_recipient_whose_scope_fact_is_unknown_is_ever_permitted_on_adequacy(
        index in 0usize..100,
        on in any_date(),
        importer in any_importer(),
    ) {
        let registry = AdequacyRegistry::builtin();
        let decision = &registry.decisions[index % registry.decisions.len()];
        let importer = importer.located(decision.destination.clone());
        let policy = policy_with(&importer);
        if on_adequacy(&policy, &registry, on) {
            let d = assess_transfer(&policy, &registry, &TransferRequest::to("r"), on).unwrap();
            let relied = registry
                .decisions
                .iter()
                .find(|x| Some(&x.reference) == d.adequacy_decision.as_ref())
                .unwrap();
            for condition in &relied.scope {
                prop_assert_eq!(condition.test(ImporterFacts::of(&importer)), ScopeTest::Holds, "{}", condition.source);
            }
            for completed in completions(&importer) {
                prop_assert!(
                    on_adequacy(&policy_with(&completed), &registry, on),
                    "{} on {on}: permitted with a fact absent, refused once it is stated: {:?}",
                    relied.reference,
                    completed
                );
            }
        }
    }
}

// ---- The request's own facts ------------------------------------------------------------

use gdpr::assess::DisclosedBy;
use gdpr::{ControllerKind, Derogation, Safeguard};

fn any_mechanism() -> impl Strategy<Value = Option<TransferMechanism>> {
    let mut all = vec![None, Some(TransferMechanism::AdequacyDecision)];
    all.extend(Safeguard::ALL.map(|s| Some(TransferMechanism::Safeguard(s))));
    all.extend(Derogation::ALL.map(|d| Some(TransferMechanism::Derogation(d))));
    prop::sample::select(all)
}

/// The request's facts a caller may leave unknown, in a fixed order.
fn facts_of(r: &mut TransferRequest) -> [&mut Option<bool>; 7] {
    [
        &mut r.article_3_2_applies,
        &mut r.processor_within_instructions,
        &mut r.transfer_condition_met,
        &mut r.safeguards_effective,
        &mut r.authorised_by_supervisory_authority,
        &mut r.derogation_conditions_met,
        &mut r.exercising_public_powers,
    ]
}

/// Sending may go ahead: a transfer permitted, or no transfer at all.
fn goes_ahead(outcome: TransferOutcome) -> bool {
    matches!(
        outcome,
        TransferOutcome::Permitted | TransferOutcome::NotATransfer
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    /// A transfer that may go ahead while a fact of the request is unknown goes ahead
    /// whatever that fact turns out to be: a fact that could stop it is asked, never assumed.
    #[test]
    fn no_transfer_goes_ahead_on_a_fact_of_the_request_left_unknown(
        index in 0usize..100,
        elsewhere in prop::sample::select(vec!["CN", "IN", "BR", "US", "NO", "RU"]),
        in_registry: bool,
        on in any_date(),
        importer in any_importer(),
        public_authority: bool,
        established_outside: bool,
        mechanism in any_mechanism(),
        facts in any::<[Option<bool>; 7]>(),
        disclosed_by in prop::sample::select(vec![
            DisclosedBy::Controller,
            DisclosedBy::DataSubject,
            DisclosedBy::OwnStaffAbroad,
        ]),
    ) {
        let registry = AdequacyRegistry::builtin();
        let destination = if in_registry {
            registry.decisions[index % registry.decisions.len()].destination.clone()
        } else {
            Destination::Country(elsewhere.parse().unwrap())
        };
        let mut policy = policy_with(&importer.located(destination));
        if public_authority {
            policy.controller.kind = ControllerKind::PublicAuthority;
        }
        if established_outside {
            policy.controller.establishment = "US".parse().unwrap();
        }
        let mut request = TransferRequest::to("r").disclosed_by(disclosed_by);
        request.mechanism = mechanism;
        for (slot, value) in facts_of(&mut request).into_iter().zip(facts) {
            *slot = value;
        }
        let d = assess_transfer(&policy, &registry, &request, on).unwrap();
        if goes_ahead(d.outcome) {
            for (i, known) in facts.iter().enumerate() {
                if known.is_some() {
                    continue;
                }
                for value in [true, false] {
                    let mut stated = request.clone();
                    *facts_of(&mut stated)[i] = Some(value);
                    let again = assess_transfer(&policy, &registry, &stated, on).unwrap();
                    prop_assert!(
                        goes_ahead(again.outcome),
                        "{:?} with fact {i} unknown, {:?} once it is {value}: {request:?}",
                        d.outcome,
                        again.outcome
                    );
                }
            }
        }
    }
}

// ---- Erasure: never kept or refused on a fact left unknown ------------------------------

mod common;

use gdpr::assess::{
    assess_erasure, ActivityFacts, Belgium, ErasureDecision, ErasureRequest, ErasureVerdict,
    Objection,
};
use gdpr::RetentionTrigger;

/// The facts of one activity a caller may leave unknown, in a fixed order.
fn erasure_facts_of(f: &mut ActivityFacts) -> [&mut Option<bool>; 11] {
    [
        &mut f.no_longer_necessary,
        &mut f.consent_withdrawn,
        &mut f.overriding_legitimate_grounds,
        &mut f.unlawfully_processed,
        &mut f.legal_obligation_to_erase,
        &mut f.collected_from_child_online,
        &mut f.made_public,
        &mut f.freedom_of_expression,
        &mut f.necessary_for_public_health,
        &mut f.erasure_impairs_research,
        &mut f.needed_for_legal_claims,
    ]
}

/// The verdict on each (activity, data category).
fn verdicts(d: &ErasureDecision) -> Vec<((String, String), ErasureVerdict)> {
    d.items
        .iter()
        .map(|i| ((i.activity.clone(), i.data_category.clone()), i.verdict))
        .collect()
}

/// Whether `before` kept or refused what `after`, with one more fact known, erases: the
/// costly error, acted on by a user who trusted the first answer.
fn wrongly_kept(before: &ErasureDecision, after: &ErasureDecision) -> Option<String> {
    let after = verdicts(after);
    verdicts(before).into_iter().find_map(|(item, verdict)| {
        let decided_against = matches!(verdict, ErasureVerdict::Keep | ErasureVerdict::NoGround);
        let now = after.iter().find(|(i, _)| *i == item).map(|(_, v)| *v);
        (decided_against && now == Some(ErasureVerdict::Erase))
            .then(|| format!("{item:?}: {verdict:?}, then {now:?}"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Data kept, or a request refused, while a fact is unknown stay kept or refused whatever
    /// that fact turns out to be: an unknown fact that could erase them is asked.
    #[test]
    fn no_data_are_kept_or_refused_on_a_fact_left_unknown(
        seed in prop::sample::select(common::SEEDS.to_vec()),
        pick in 0usize..100,
        facts in any::<[Option<bool>; 11]>(),
        objection in prop::option::of(prop::sample::select(vec![
            Objection::NotMade,
            Objection::ParticularSituation,
            Objection::DirectMarketing,
        ])),
        year_end in prop::option::of(prop::option::of(2015i32..2027)),
        contract_end in prop::option::of(prop::option::of(2015i32..2027)),
    ) {
        let policy = common::seed(seed);
        let activity = &policy.activities[pick % policy.activities.len()];
        let mut f = ActivityFacts::new(activity.id.clone());
        for (slot, value) in erasure_facts_of(&mut f).into_iter().zip(facts) {
            *slot = value;
        }
        f.objection = objection;
        for (trigger, year) in [
            (RetentionTrigger::EndOfFinancialYear, year_end),
            (RetentionTrigger::EndOfContract, contract_end),
        ] {
            if let Some(year) = year {
                f = f.event(trigger, year.map(|y| common::day(y, 12, 31)));
            }
        }
        let on = common::today();
        let request = ErasureRequest::new(on, vec![f.clone()]);
        let d = assess_erasure(&policy, &request, &Belgium, on).unwrap();
        for (i, known) in facts.iter().enumerate() {
            if known.is_some() {
                continue;
            }
            for value in [true, false] {
                let mut stated = f.clone();
                *erasure_facts_of(&mut stated)[i] = Some(value);
                let again =
                    assess_erasure(&policy, &ErasureRequest::new(on, vec![stated]), &Belgium, on)
                        .unwrap();
                if let Some(wrong) = wrongly_kept(&d, &again) {
                    prop_assert!(false, "{seed}: fact {i} unknown, then {value}: {wrong}; {f:?}");
                }
            }
        }
        if objection.is_none() {
            for stated in [Objection::NotMade, Objection::ParticularSituation, Objection::DirectMarketing] {
                let again = assess_erasure(
                    &policy,
                    &ErasureRequest::new(on, vec![f.clone().objection(stated)]),
                    &Belgium,
                    on,
                )
                .unwrap();
                if let Some(wrong) = wrongly_kept(&d, &again) {
                    prop_assert!(false, "{seed}: objection unknown, then {stated:?}: {wrong}; {f:?}");
                }
            }
        }
    }
}
