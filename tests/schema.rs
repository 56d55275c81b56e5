//! The checked-in JSON Schemas match the types, and documents validate against them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::SEEDS;
use std::path::Path;

use gdpr::{AdequacyRegistry, Policy};
use proptest::prelude::*;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema_on_disk(name: &str) -> Value {
    let path = root().join("schema").join(format!("{name}.schema.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn schemas_on_disk_match_the_types() {
    for (name, schema) in gdpr::schema::all() {
        assert_eq!(
            schema_on_disk(name),
            serde_json::to_value(&schema).unwrap(),
            "schema/{name}.schema.json is stale: run `cargo run --example export_schemas`"
        );
    }
}

#[test]
fn the_adequacy_data_file_is_the_builtin_registry() {
    let text = std::fs::read_to_string(root().join("data/adequacy.json")).unwrap();
    let on_disk: AdequacyRegistry = gdpr::from_json(&text).unwrap();
    assert_eq!(
        on_disk,
        AdequacyRegistry::builtin(),
        "data/adequacy.json is stale: run `cargo run --example export_schemas`"
    );
}

#[test]
fn the_calendar_data_files_are_the_builtin_calendars() {
    for builtin in gdpr::assess::Calendar::all_national() {
        let path = root().join(format!("data/calendars/{}.json", builtin.id));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let on_disk: gdpr::assess::Calendar = gdpr::from_json(&text).unwrap();
        // A file is the caller's calendar, the built-in one is national: compare the data.
        assert_eq!(
            serde_json::to_value(&on_disk).unwrap(),
            serde_json::to_value(builtin).unwrap(),
            "{} is stale: run `cargo run --example export_schemas`",
            path.display()
        );
        assert_valid(
            &schema_on_disk("calendar"),
            &serde_json::from_str(&text).unwrap(),
            &path.display().to_string(),
        );
    }
}

fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let validator = jsonschema::validator_for(schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what} does not validate: {errors:#?}");
}

#[test]
fn policy_documents_validate_against_the_checked_in_schema() {
    let schema = schema_on_disk("policy");
    let mut files = vec![root().join("tests/fixtures/webshop.json")];
    if let Ok(dir) = std::fs::read_dir(root().join("examples/policies")) {
        files.extend(dir.filter_map(Result::ok).map(|e| e.path()));
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_valid(&schema, &doc, &file.display().to_string());
        assert!(Policy::from_json(&text).is_ok());
    }
}

#[test]
fn the_schema_refuses_what_the_reader_refuses() {
    let schema = schema_on_disk("policy");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut doc: Value = serde_json::from_str(include_str!("fixtures/webshop.json")).unwrap();
    doc["recipients"][0]["location"]["country"] = "USA".into();
    assert!(!validator.is_valid(&doc));
    doc["recipients"][0]["location"]["country"] = "US".into();
    doc["activities"][0]["retention"][0]["period"] = "P1M1Y".into();
    assert!(!validator.is_valid(&doc));
    doc["activities"][0]["retention"][0]["period"] = "P1Y1M".into();
    doc["controller"]["colour"] = "blue".into();
    assert!(!validator.is_valid(&doc));
}

#[test]
fn the_builtin_registry_validates_against_its_schema() {
    let registry = serde_json::to_value(AdequacyRegistry::builtin()).unwrap();
    assert_valid(
        &schema_on_disk("adequacy_registry"),
        &registry,
        "the builtin registry",
    );
}

mod generate {
    //! Policies built from random choices, for the round-trip property.

    use gdpr::*;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn text() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9 éëï'&._-]{1,12}"
    }

    fn maybe<T: std::fmt::Debug + Clone + 'static>(
        s: impl Strategy<Value = T> + 'static,
    ) -> impl Strategy<Value = Option<T>> {
        proptest::option::of(s)
    }

    fn country() -> impl Strategy<Value = Country> {
        select(vec![
            "BE", "NL", "US", "GB", "CH", "NO", "JP", "CA", "BR", "IN", "CN", "RE",
        ])
        .prop_map(|c| c.parse().unwrap())
    }

    fn period() -> impl Strategy<Value = Period> {
        (0u32..20, 0u32..24, 0u32..3, 0u32..40, 0u32..80).prop_map(
            |(years, months, weeks, days, hours)| {
                // ISO 8601 does not mix weeks with other units, so a period has weeks alone.
                if weeks > 0 {
                    Period {
                        weeks,
                        ..Period::default()
                    }
                } else {
                    Period {
                        years,
                        months,
                        weeks: 0,
                        days,
                        hours,
                    }
                }
            },
        )
    }

    fn legal_basis() -> impl Strategy<Value = LegalBasis> {
        prop_oneof![
            Just(LegalBasis::Consent),
            Just(LegalBasis::Contract),
            maybe(text())
                .prop_map(|legal_reference| LegalBasis::LegalObligation { legal_reference }),
            Just(LegalBasis::VitalInterests),
            maybe(text()).prop_map(|legal_reference| LegalBasis::PublicTask { legal_reference }),
            maybe(text()).prop_map(|interest| LegalBasis::LegitimateInterests { interest }),
        ]
    }

    fn purpose() -> impl Strategy<Value = Purpose> {
        (
            text(),
            maybe(legal_basis()),
            any::<(bool, bool, bool)>(),
            maybe(maybe(select(vec![
                AutomatedDecisionGround::Contract,
                AutomatedDecisionGround::AuthorisedByLaw,
                AutomatedDecisionGround::ExplicitConsent,
            ]))),
            maybe(select(vec![
                Art89Purpose::ArchivingInThePublicInterest,
                Art89Purpose::ScientificOrHistoricalResearch,
                Art89Purpose::Statistics,
            ])),
        )
            .prop_map(
                |(
                    id,
                    legal_basis,
                    (direct_marketing, profiling, offered_to_children),
                    adm,
                    archiving_or_research,
                )| {
                    let mut purpose = Purpose::new(id.clone(), format!("purpose {id}"))
                        .direct_marketing(direct_marketing)
                        .profiling(profiling)
                        .offered_to_children(offered_to_children)
                        .outside_public_tasks(profiling && direct_marketing);
                    purpose.legal_basis = legal_basis;
                    if direct_marketing {
                        purpose.data_categories = vec!["c0".into()];
                    }
                    purpose.automated_decision = adm.map(|ground| AutomatedDecision {
                        ground,
                        logic: None,
                    });
                    purpose.archiving_or_research = archiving_or_research;
                    purpose
                },
            )
    }

    fn mechanism() -> impl Strategy<Value = TransferMechanism> {
        prop_oneof![
            Just(TransferMechanism::AdequacyDecision),
            select(Safeguard::ALL.to_vec()).prop_map(TransferMechanism::Safeguard),
            select(Derogation::ALL.to_vec()).prop_map(TransferMechanism::Derogation),
        ]
    }

    fn retention() -> impl Strategy<Value = RetentionRule> {
        (
            maybe(period()),
            maybe(select(vec![
                RetentionTrigger::Collection,
                RetentionTrigger::EndOfContract,
                RetentionTrigger::EndOfRelationship,
                RetentionTrigger::LastContact,
                RetentionTrigger::ConsentWithdrawn,
                RetentionTrigger::FileClosed,
                RetentionTrigger::EndOfFinancialYear,
            ])),
            select(vec![
                RetentionAction::Erase,
                RetentionAction::Anonymise,
                RetentionAction::Archive,
            ]),
            maybe(text()),
            maybe(select(vec![
                RetentionKind::Maximum,
                RetentionKind::LegalDuty,
            ])),
        )
            .prop_map(|(period, from, then, criteria, kind)| RetentionRule {
                data_categories: vec!["c0".into()],
                period,
                from,
                then,
                kind,
                legal_reference: kind.map(|_| "a law".to_owned()),
                criteria,
                source: None,
            })
    }

    prop_compose! {
        pub fn policy()(
            public in any::<bool>(),
            establishment in country(),
            specials in proptest::collection::vec(maybe(select(vec![
                SpecialCategory::Health, SpecialCategory::Genetic, SpecialCategory::PoliticalOpinions,
                SpecialCategory::BiometricForIdentification, SpecialCategory::TradeUnionMembership,
            ])), 1..4),
            flags in any::<(bool, bool)>(),
            locations in proptest::collection::vec(maybe(prop_oneof![
                country().prop_map(Destination::Country),
                Just(Destination::InternationalOrganisation("european_patent_organisation".into())),
            ]), 1..4),
            attrs in any::<(Option<bool>, Option<bool>)>(),
            purposes in proptest::collection::vec(purpose(), 0..3),
            conditions in proptest::collection::vec(select(vec![
                SpecialCategoryCondition::ExplicitConsent,
                SpecialCategoryCondition::HealthOrSocialCare,
                SpecialCategoryCondition::SubstantialPublicInterest,
            ]), 0..2),
            mechanisms in proptest::collection::vec(mechanism(), 0..3),
            rules in proptest::collection::vec(retention(), 0..2),
            processor in any::<bool>(),
            commitments in proptest::collection::vec(select(vec![
                Commitment::NoTransfersOutsideEea, Commitment::NoTransfersOutsideEu,
                Commitment::NoAutomatedDecisions, Commitment::NoProfiling,
            ]), 0..3),
        ) -> Policy {
            let data_categories: Vec<DataCategory> = specials.iter().enumerate().map(|(i, s)| DataCategory {
                id: format!("c{i}"),
                name: format!("category {i}"),
                special_category: *s,
                criminal_offences: flags.0 && i == 0,
                national_identification_number: flags.1 && i == 0,
                origin: [Origin::ProvidedBySubject, Origin::Observed, Origin::Derived, Origin::OtherSource][i % 4],
                obtained_from: (i % 4 == 3).then(|| "a register".to_owned()),
                information_exemption: (i % 8 == 7).then_some(InformationExemption::LaidDownByLaw),
                source: None,
            }).collect();
            let recipients: Vec<Recipient> = locations.iter().enumerate().map(|(i, location)| {
                let mut r = Recipient::new(
                    format!("r{i}"),
                    format!("recipient {i}"),
                    [RecipientRole::Processor, RecipientRole::IndependentController, RecipientRole::JointController][i % 3],
                );
                r.location = location.clone();
                r.art28_contract = attrs.0;
                r.art26_arrangement = attrs.1;
                r.dpf_certified = attrs.0;
                r.sector = [None, Some(Sector::Commercial), Some(Sector::Public)][i % 3];
                r
            }).collect();
            let transfers = mechanisms.iter().enumerate().map(|(i, m)| Transfer {
                recipient: format!("r{}", i % recipients.len()),
                mechanism: *m,
                source: None,
            }).collect();
            Policy {
                controller: Controller {
                    name: "controller".into(),
                    kind: if public { ControllerKind::PublicAuthority } else { ControllerKind::Private },
                    establishment,
                    contact: None,
                    dpo: Some("dpo@example.org".into()),
                    large_scale_monitoring: flags.0.then_some(false),
                    large_scale_special_data: None,
                    supervisory_authorities: vec![],
                    source: None,
                },
                data_subjects: vec![DataSubjectCategory { id: "s".into(), name: "subjects".into(), children: flags.0, vulnerable: flags.1, source: None }],
                activities: vec![ProcessingActivity {
                    id: "a".into(),
                    name: "activity".into(),
                    acting_as: if processor { Capacity::Processor } else { Capacity::Controller },
                    purposes,
                    data_subjects: vec!["s".into()],
                    data_categories: data_categories.iter().map(|c| c.id.clone()).collect(),
                    special_category_conditions: conditions,
                    criminal_data_authorisation: None,
                    national_number_law: flags.1.then(|| "Wabb".to_owned()),
                    automated_means: Some(true),
                    provision: flags.0.then_some(Provision {
                        required: flags.1,
                        requirement: Some(ProvisionRequirement::Contractual),
                        consequence: None,
                        source: None,
                    }),
                    recipients: recipients.iter().map(|r| r.id.clone()).collect(),
                    transfers,
                    retention: rules,
                    source: None,
                }],
                data_categories,
                recipients,
                commitments: commitments.into_iter().map(|commitment| PublicCommitment { commitment, source: None }).collect(),
                notice: None,
                published_notice: public.then(|| PublishedNotice {
                    access: Some(AccessStatement { form: AccessForm::Overview, source: "overzicht".into() }),
                    rights: vec![RightStatement { right: DataSubjectRight::Access, source: "inzage".into() }],
                    ..PublishedNotice::default()
                }),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_policy_round_trips_through_json_and_validates_against_the_schema(policy in generate::policy()) {
        let json = serde_json::to_string(&policy).unwrap();
        let back = Policy::from_json(&json).unwrap();
        prop_assert_eq!(&back, &policy);
        let value: Value = serde_json::from_str(&json).unwrap();
        let validator = jsonschema::validator_for(&schema_on_disk("policy")).unwrap();
        prop_assert!(validator.is_valid(&value), "{}", json);
    }
}

#[test]
fn decisions_validate_against_their_checked_in_schemas() {
    use gdpr::assess::*;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let registry = AdequacyRegistry::builtin();
    for seed in SEEDS {
        let policy = common::seed(seed);
        let report = gdpr::validate(&policy, &registry, day);
        assert_valid(
            &schema_on_disk("validation_report"),
            &serde_json::to_value(&report).unwrap(),
            seed,
        );
        let request = ErasureRequest::new(
            day,
            policy
                .activities
                .iter()
                .map(|a| {
                    ActivityFacts::new(a.id.clone())
                        .consent_withdrawn(true)
                        .no_longer_necessary(true)
                })
                .collect(),
        );
        assert_valid(
            &schema_on_disk("erasure_request"),
            &serde_json::to_value(&request).unwrap(),
            seed,
        );
        let erasure = assess_erasure(&policy, &request, &Belgium, day).unwrap();
        assert_valid(
            &schema_on_disk("erasure_decision"),
            &serde_json::to_value(&erasure).unwrap(),
            seed,
        );
        for activity in &policy.activities {
            let rights = assess_rights(&policy, &activity.id).unwrap();
            assert_valid(
                &schema_on_disk("rights_decision"),
                &serde_json::to_value(&rights).unwrap(),
                seed,
            );
            let objection = assess_objection(
                &policy,
                &ObjectionRequest::new(activity.id.clone(), ObjectionKind::ParticularSituation),
            )
            .unwrap();
            assert_valid(
                &schema_on_disk("objection_decision"),
                &serde_json::to_value(&objection).unwrap(),
                seed,
            );
        }
        for recipient in &policy.recipients {
            let decision = assess_transfer(
                &policy,
                &registry,
                &TransferRequest::to(recipient.id.clone()),
                day,
            )
            .unwrap();
            assert_valid(
                &schema_on_disk("transfer_decision"),
                &serde_json::to_value(&decision).unwrap(),
                seed,
            );
        }
        let check = gdpr::notice::check_notice(&policy);
        assert_valid(
            &schema_on_disk("notice_check"),
            &serde_json::to_value(&check).unwrap(),
            seed,
        );
    }
    let deadlines = request_deadlines(day, &Netherlands).unwrap();
    assert_valid(
        &schema_on_disk("request_deadlines"),
        &serde_json::to_value(&deadlines).unwrap(),
        "deadlines",
    );
    for event in [
        gdpr::assess::EventTime::Day(day),
        gdpr::assess::EventTime::Instant(
            chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        ),
    ] {
        for period in ["P1M", "P2W", "P10D", "PT72H"] {
            let Ok(limit) = gdpr::assess::time_limit(
                event,
                period.parse().unwrap(),
                &gdpr::assess::Calendar::for_establishment("DE".parse().unwrap()),
                EuTimeZone::Central,
            ) else {
                continue;
            };
            assert_valid(
                &schema_on_disk("time_limit"),
                &serde_json::to_value(&limit).unwrap(),
                period,
            );
        }
    }
    let aware = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
    let breach = breach_notification_deadline(aware, EuTimeZone::Central).unwrap();
    assert_valid(
        &schema_on_disk("hours_deadline"),
        &serde_json::to_value(&breach).unwrap(),
        "breach",
    );
}

#[test]
fn breach_requests_and_decisions_validate_against_their_checked_in_schemas() {
    use gdpr::assess::assess_breach;
    use gdpr::{AffectedData, Consequences, Count, CountRange, Exposure, PersonalDataBreach};
    let aware = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:30:00+01:00").unwrap();
    let as_of = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:30:00+01:00").unwrap();
    for seed in SEEDS {
        let policy = common::seed(seed);
        let unknown = PersonalDataBreach::default().aware_at(aware);
        let mut known = unknown
            .clone()
            .reference("INC-1")
            .affected(
                policy
                    .activities
                    .iter()
                    .map(|a| AffectedData::activity(a.id.clone()))
                    .collect(),
            )
            .subjects(Count::Range(CountRange {
                min: 10,
                max: Some(40),
            }))
            .records(Count::Exactly(120))
            .accessed_by(Exposure::Public)
            .consequences(Consequences {
                fraud: Some(true),
                ..Consequences::none()
            })
            .unavailable_for(gdpr::Period::hours(5))
            .measures(vec!["password reset".into()]);
        known.kinds.confidentiality = Some(true);
        for request in [&unknown, &known] {
            assert_valid(
                &schema_on_disk("breach_request"),
                &serde_json::to_value(request).unwrap(),
                seed,
            );
            let decision = assess_breach(&policy, request, as_of).unwrap();
            assert_valid(
                &schema_on_disk("breach_decision"),
                &serde_json::to_value(&decision).unwrap(),
                seed,
            );
        }
    }
}
