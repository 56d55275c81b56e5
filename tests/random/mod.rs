//! Random policies and erasure requests for the property tests of the compiled policy: several
//! activities sharing categories, purposes that name their data or not, every basis or none,
//! special categories, duties and maxima, processors, and now and then a repeated or unknown id.

#![allow(dead_code, clippy::unwrap_used, clippy::indexing_slicing)]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use gdpr::assess::{ActivityFacts, ErasureRequest, Objection};
use gdpr::*;
use proptest::prelude::*;
use proptest::sample::select;

/// A controller, a public authority or a private one, established in `establishment`.
pub fn controller(public: bool, establishment: Country) -> Controller {
    let kind = if public {
        ControllerKind::PublicAuthority
    } else {
        ControllerKind::Private
    };
    Controller::new("controller", kind, establishment)
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn any_date() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2035, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| day(y, m, d))
}

fn fact() -> impl Strategy<Value = Option<bool>> {
    proptest::option::of(any::<bool>())
}

fn legal_basis() -> impl Strategy<Value = Option<LegalBasis>> {
    proptest::option::of(prop_oneof![
        Just(LegalBasis::Consent),
        Just(LegalBasis::Contract),
        Just(LegalBasis::LegalObligation {
            legal_reference: Some("a law".into())
        }),
        Just(LegalBasis::VitalInterests),
        Just(LegalBasis::PublicTask {
            legal_reference: None
        }),
        Just(LegalBasis::LegitimateInterests { interest: None }),
    ])
}

fn categories_subset() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(select(vec!["c0", "c1", "c2", "c3"]), 0..3)
        .prop_map(|v| v.into_iter().map(str::to_owned).collect())
}

fn purpose() -> impl Strategy<Value = Purpose> {
    (
        legal_basis(),
        categories_subset(),
        any::<(bool, bool, bool)>(),
        proptest::option::of(select(vec![
            Art89Purpose::ArchivingInThePublicInterest,
            Art89Purpose::ScientificOrHistoricalResearch,
            Art89Purpose::Statistics,
        ])),
        any::<bool>(),
    )
        .prop_map(
            |(legal_basis, data_categories, (dm, children, outside), art89, adm)| {
                let mut purpose = Purpose::new("p", "a purpose");
                purpose.legal_basis = legal_basis;
                purpose.data_categories = data_categories;
                purpose.direct_marketing = dm;
                purpose.automated_decision = adm.then_some(AutomatedDecision {
                    ground: None,
                    logic: None,
                });
                purpose.archiving_or_research = art89;
                purpose.offered_to_children = children;
                purpose.outside_public_tasks = outside;
                purpose
            },
        )
}

fn retention() -> impl Strategy<Value = RetentionRule> {
    (
        categories_subset(),
        proptest::option::of(prop_oneof![
            (1u32..8).prop_map(Period::years),
            (1u32..30).prop_map(Period::months),
            Just(Period::hours(72)),
        ]),
        proptest::option::of(select(vec![
            RetentionTrigger::Collection,
            RetentionTrigger::EndOfContract,
            RetentionTrigger::ConsentWithdrawn,
            RetentionTrigger::EndOfFinancialYear,
        ])),
        select(vec![
            RetentionAction::Erase,
            RetentionAction::Anonymise,
            RetentionAction::Archive,
        ]),
        proptest::option::of(select(vec![
            RetentionKind::Maximum,
            RetentionKind::LegalDuty,
        ])),
        any::<bool>(),
    )
        .prop_map(
            |(data_categories, period, from, then, kind, law)| RetentionRule {
                data_categories,
                period,
                from,
                then,
                kind,
                legal_reference: law.then(|| "Art. 52 AWR".to_owned()),
                criteria: None,
                source: None,
            },
        )
}

fn activity() -> impl Strategy<Value = ProcessingActivity> {
    (
        proptest::collection::vec(purpose(), 0..4),
        prop_oneof![
            19 => proptest::collection::vec(select(vec!["c0", "c1", "c2", "c3", "c0"]), 1..5),
            1 => Just(vec![]),
        ],
        proptest::collection::vec(
            select(vec![
                SpecialCategoryCondition::ExplicitConsent,
                SpecialCategoryCondition::HealthOrSocialCare,
                SpecialCategoryCondition::PublicHealth,
                SpecialCategoryCondition::SubstantialPublicInterest,
            ]),
            0..2,
        ),
        proptest::collection::vec(retention(), 0..3),
        prop_oneof![6 => Just(false), 1 => Just(true)],
    )
        .prop_map(
            |(mut purposes, categories, conditions, retention, processor)| {
                for (i, p) in purposes.iter_mut().enumerate() {
                    p.id = format!("p{i}");
                }
                ProcessingActivity {
                    id: "a".into(),
                    name: "activity".into(),
                    acting_as: if processor {
                        Capacity::Processor
                    } else {
                        Capacity::Controller
                    },
                    purposes,
                    data_subjects: vec![],
                    data_categories: categories.into_iter().map(str::to_owned).collect(),
                    special_category_conditions: conditions,
                    criminal_data_authorisation: None,
                    national_number_law: None,
                    automated_means: Some(true),
                    provision: None,
                    recipients: vec!["r0".into(), "r1".into()],
                    transfers: vec![],
                    retention,
                    source: None,
                }
            },
        )
}

/// A policy of one to four activities over four categories (two of them special now and
/// then), and two recipients.
pub fn erasure_policy() -> impl Strategy<Value = Policy> {
    (
        any::<bool>(),
        proptest::collection::vec(activity(), 1..5),
        [
            proptest::option::of(Just(SpecialCategory::Health)),
            proptest::option::of(Just(SpecialCategory::Genetic)),
        ],
        (0u8..8, 0u8..16),
    )
        .prop_map(|(public, mut activities, specials, (repeat, dangling))| {
            let (repeat, dangling) = (repeat == 0, dangling == 0);
            for (i, a) in activities.iter_mut().enumerate() {
                a.id = format!("a{i}");
            }
            if repeat && activities.len() > 3 {
                activities[3].id = "a0".into();
            }
            if dangling {
                if let Some(a) = activities.get_mut(1) {
                    a.data_categories.push("cx".into());
                }
            }
            let data_categories = (0..4)
                .map(|i| DataCategory {
                    id: format!("c{i}"),
                    name: format!("category {i}"),
                    special_category: specials.get(i).copied().flatten(),
                    criminal_offences: i == 3,
                    national_identification_number: false,
                    origin: Origin::ProvidedBySubject,
                    obtained_from: None,
                    information_exemption: None,
                    source: None,
                })
                .collect();
            let recipients = (0..2)
                .map(|i| Recipient::new(format!("r{i}"), "recipient", RecipientRole::Processor))
                .collect();
            Policy {
                controller: controller(public, "BE".parse().unwrap()),
                data_subjects: vec![],
                data_categories,
                recipients,
                activities,
                commitments: vec![],
                notice: None,
                published_notice: None,
            }
        })
}

fn objection() -> impl Strategy<Value = Option<Objection>> {
    proptest::option::of(select(vec![
        Objection::NotMade,
        Objection::ParticularSituation,
        Objection::DirectMarketing,
    ]))
}

fn events() -> impl Strategy<Value = BTreeMap<RetentionTrigger, Option<NaiveDate>>> {
    proptest::collection::btree_map(
        select(vec![
            RetentionTrigger::Collection,
            RetentionTrigger::EndOfContract,
            RetentionTrigger::ConsentWithdrawn,
            RetentionTrigger::EndOfFinancialYear,
        ]),
        proptest::option::of(any_date()),
        0..4,
    )
}

/// Facts for an activity, each unknown, true or false.
pub fn facts_for(activity: String) -> impl Strategy<Value = ActivityFacts> {
    (
        [fact(), fact(), fact(), fact(), fact(), fact()],
        [fact(), fact(), fact(), fact(), fact()],
        objection(),
        events(),
    )
        .prop_map(move |(g, e, objection, events)| {
            let mut facts = ActivityFacts::new(activity.clone()).events(events);
            facts.no_longer_necessary = g[0];
            facts.consent_withdrawn = g[1];
            facts.overriding_legitimate_grounds = g[2];
            facts.unlawfully_processed = g[3];
            facts.legal_obligation_to_erase = g[4];
            facts.collected_from_child_online = g[5];
            facts.made_public = e[0];
            facts.freedom_of_expression = e[1];
            facts.necessary_for_public_health = e[2];
            facts.erasure_impairs_research = e[3];
            facts.needed_for_legal_claims = e[4];
            facts.objection = objection;
            facts
        })
}

/// A policy and a request naming some of its activities in any order; now and then the
/// request names one the policy does not have, or one twice, or none.
pub fn erasure_case() -> impl Strategy<Value = (Policy, ErasureRequest)> {
    erasure_policy().prop_flat_map(|policy| {
        let ids: Vec<String> = policy.activities.iter().map(|a| a.id.clone()).collect();
        let n = ids.len();
        (
            Just(policy),
            proptest::sample::subsequence(ids, 1..=n).prop_shuffle(),
            0u8..24,
            any_date(),
        )
            .prop_flat_map(|(policy, mut ids, odd, received)| {
                match odd {
                    0 => ids.push("zz".into()),
                    1 => ids.push(ids[0].clone()),
                    2 => ids.clear(),
                    _ => {}
                }
                let facts: Vec<_> = ids.into_iter().map(facts_for).collect();
                (Just(policy), facts, Just(received))
            })
            .prop_map(|(policy, facts, received)| (policy, ErasureRequest::new(received, facts)))
    })
}
