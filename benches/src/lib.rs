//! Fixtures shared by the benchmarks: generated policies, the fixed mix of transfer requests
//! that `gdpr`, Cedar and Rego all decide, and the peers' best encodings of the rule.

use std::hint::black_box;

use chrono::NaiveDate;
use gdpr::assess::TransferRequest;
use gdpr::compiled::{CompiledPolicy, TransferTarget};
use gdpr::{
    AdequacyRegistry, Capacity, Controller, ControllerKind, DataCategory, Derogation, Destination,
    LegalBasis, OrganisationKind, Origin, Period, Policy, ProcessingActivity, Purpose, Recipient,
    RecipientRole, RetentionAction, RetentionKind, RetentionRule, RetentionTrigger, Safeguard,
    ScopeFacts, Sector, TransferMechanism,
};

/// The day every benchmark decides on.
pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date")
}

/// One request of the mix: where the importer is, whether it is DPF-certified, the ground
/// offered, and whether it must be allowed.
pub struct Case {
    pub country: &'static str,
    pub dpf_certified: bool,
    pub mechanism: Option<TransferMechanism>,
    pub allowed: bool,
}

/// The fixed mix: EEA, adequate countries, the U.S. with and without certification, the four
/// safeguards and the five derogations, and refusals.
pub fn cases() -> Vec<Case> {
    use TransferMechanism::{Derogation as D, Safeguard as S};
    let case = |country, dpf_certified, mechanism, allowed| Case {
        country,
        dpf_certified,
        mechanism,
        allowed,
    };
    vec![
        case("BE", false, None, true),
        case("NO", false, None, true),
        case("CH", false, None, true),
        case("JP", false, None, true),
        case("US", true, None, true),
        case("US", false, None, false),
        case(
            "US",
            false,
            Some(S(Safeguard::StandardContractualClauses)),
            true,
        ),
        case("IN", false, Some(S(Safeguard::BindingCorporateRules)), true),
        case("CN", false, Some(S(Safeguard::CodeOfConduct)), true),
        case("SG", false, Some(S(Safeguard::Certification)), true),
        case("CN", false, None, false),
        case("RU", false, Some(D(Derogation::ExplicitConsent)), true),
        case("AU", false, Some(D(Derogation::ContractWithSubject)), true),
        case(
            "MX",
            false,
            Some(D(Derogation::ImportantPublicInterest)),
            true,
        ),
        case("ZA", false, Some(D(Derogation::LegalClaims)), true),
        case("TR", false, Some(D(Derogation::VitalInterests)), true),
    ]
}

/// A policy with one recipient per case (`r0`, `r1`, …), commercial and of no kind an
/// adequacy decision singles out, with known facts.
pub fn transfer_policy(cases: &[Case]) -> Policy {
    let recipients: Vec<Recipient> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut r = Recipient::new(
                format!("r{i}"),
                format!("importer {i}"),
                RecipientRole::Processor,
            )
            .art28_contract(true)
            .dpf_certified(c.dpf_certified)
            .sector(Sector::Commercial)
            .scope_facts(ScopeFacts {
                organisation_kind: Some(OrganisationKind::Other),
                ..ScopeFacts::default()
            });
            r.location = c.country.parse().ok().map(Destination::Country);
            r
        })
        .collect();
    let mut policy = policy_with_activities(1);
    if let Some(activity) = policy.activities.first_mut() {
        activity.recipients = recipients.iter().map(|r| r.id.clone()).collect();
    }
    policy.recipients = recipients;
    policy
}

/// The requests of the mix, prebuilt, with the facts that decide them known.
pub fn transfer_requests(cases: &[Case]) -> Vec<TransferRequest> {
    cases
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut request = TransferRequest::to(format!("r{i}"))
                .safeguards_effective(true)
                .derogation_conditions_met(true);
            request.mechanism = c.mechanism;
            request
        })
        .collect()
}

/// A policy with `n` activities of three purposes, four data categories, two recipients
/// and a fiscal retention rule each.
pub fn policy_with_activities(n: usize) -> Policy {
    let data_categories: Vec<DataCategory> = (0..4)
        .map(|i| DataCategory {
            id: format!("c{i}"),
            name: format!("category {i}"),
            special_category: None,
            criminal_offences: false,
            national_identification_number: false,
            origin: if i == 3 {
                Origin::Derived
            } else {
                Origin::ProvidedBySubject
            },
            obtained_from: None,
            information_exemption: None,
            source: None,
        })
        .collect();
    let recipients = vec![
        {
            let mut r = Recipient::new("processor", "Processor", RecipientRole::Processor)
                .art28_contract(true);
            r.location = "NL".parse().ok().map(Destination::Country);
            r
        },
        {
            let mut r = Recipient::new("us_cloud", "U.S. cloud", RecipientRole::Processor)
                .art28_contract(true)
                .dpf_certified(true)
                .sector(Sector::Commercial);
            r.location = "US".parse().ok().map(Destination::Country);
            r
        },
    ];
    let bases = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation {
            legal_reference: Some("Art. 52 AWR".into()),
        },
        LegalBasis::LegitimateInterests {
            interest: Some("service quality".into()),
        },
    ];
    let activities = (0..n)
        .map(|i| ProcessingActivity {
            id: format!("a{i}"),
            name: format!("activity {i}"),
            acting_as: Capacity::Controller,
            purposes: (0..3)
                .map(|j| {
                    let mut purpose =
                        Purpose::new(format!("p{j}"), format!("purpose {j} of activity {i}"))
                            .direct_marketing(j == 0 && i % 2 == 0);
                    purpose.legal_basis = bases.get((i + j) % bases.len()).cloned();
                    purpose
                })
                .collect(),
            data_subjects: vec![],
            data_categories: data_categories.iter().map(|c| c.id.clone()).collect(),
            special_category_conditions: vec![],
            criminal_data_authorisation: None,
            national_number_law: None,
            automated_means: Some(true),
            provision: None,
            recipients: vec!["processor".into(), "us_cloud".into()],
            transfers: vec![],
            retention: vec![RetentionRule {
                // Every fourth activity keeps its data under the fiscal duty.
                data_categories: if i % 4 == 2 {
                    data_categories.iter().map(|c| c.id.clone()).collect()
                } else {
                    vec![]
                },
                period: Some(Period::years(7)),
                from: Some(RetentionTrigger::EndOfFinancialYear),
                then: RetentionAction::Erase,
                kind: Some(if i % 4 == 2 {
                    RetentionKind::LegalDuty
                } else {
                    RetentionKind::Maximum
                }),
                legal_reference: (i % 4 == 2).then(|| "Art. 52 AWR".into()),
                criteria: None,
                source: None,
            }],
            source: None,
        })
        .collect();
    Policy {
        controller: Controller {
            name: "Bench B.V.".into(),
            kind: ControllerKind::Private,
            establishment: "NL".parse().expect("NL is an ISO code"),
            contact: Some("privacy@bench.example".into()),
            dpo: None,
            large_scale_monitoring: None,
            large_scale_special_data: None,
            supervisory_authorities: vec![],
            source: None,
        },
        data_subjects: vec![],
        data_categories,
        recipients,
        activities,
        commitments: vec![],
        notice: None,
        published_notice: None,
    }
}

/// An erasure request on the first `n` activities of `policy`: consent withdrawn, the data
/// no longer necessary, the financial year of 2024 closed.
pub fn erasure_request(policy: &Policy, n: usize) -> gdpr::assess::ErasureRequest {
    use gdpr::assess::{ActivityFacts, ErasureRequest};
    let year_end = NaiveDate::from_ymd_opt(2024, 12, 31).expect("a date");
    ErasureRequest::new(
        as_of(),
        policy
            .activities
            .iter()
            .take(n)
            .map(|a| {
                ActivityFacts::new(a.id.clone())
                    .consent_withdrawn(true)
                    .no_longer_necessary(true)
                    .event(RetentionTrigger::EndOfFinancialYear, Some(year_end))
            })
            .collect(),
    )
}

/// The built-in registry, for benchmarks that need one.
pub fn registry() -> AdequacyRegistry {
    AdequacyRegistry::builtin()
}

/// The EEA and the countries adequate on [`as_of`] for a commercial importer, for the peers.
pub fn eea_codes() -> Vec<&'static str> {
    vec![
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
        "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
    ]
}

/// Countries with a general or commercial-sector adequacy decision in force on [`as_of`].
pub fn adequate_codes() -> Vec<&'static str> {
    vec![
        "AD", "AR", "CA", "CH", "FO", "GG", "IM", "IL", "JE", "JP", "KR", "NZ", "UY", "GB", "BR",
    ]
}

/// The names the peers give a transfer ground: (safeguard, derogation), one of them empty.
pub fn mechanism_name(m: Option<TransferMechanism>) -> (&'static str, &'static str) {
    use gdpr::{Derogation as D, Safeguard as S};
    match m {
        Some(TransferMechanism::Safeguard(s)) => (
            match s {
                S::StandardContractualClauses => "scc",
                S::BindingCorporateRules => "bcr",
                S::CodeOfConduct => "code_of_conduct",
                S::Certification => "certification",
                _ => "other",
            },
            "",
        ),
        Some(TransferMechanism::Derogation(d)) => (
            "",
            match d {
                D::ExplicitConsent => "explicit_consent",
                D::ContractWithSubject => "contract",
                D::ImportantPublicInterest => "public_interest",
                D::LegalClaims => "legal_claims",
                D::VitalInterests => "vital_interests",
                _ => "other",
            },
        ),
        _ => ("", ""),
    }
}

/// Countries of the filler recipients that pad a policy to a size: none of them is in the
/// mix's requests.
const FILLER_COUNTRIES: [&str; 6] = ["DE", "FR", "US", "IN", "GB", "JP"];

/// The mix's policy padded to `recipients` recipients and `activities` activities: filler
/// recipients come first (so that a scan by id crosses them), and every activity declares
/// two transfers to filler recipients (so that a scan of declared grounds crosses them).
pub fn scaled_transfer_policy(cases: &[Case], recipients: usize, activities: usize) -> Policy {
    let mut policy = transfer_policy(cases);
    let fillers = recipients.saturating_sub(cases.len());
    let mut padded: Vec<Recipient> = (0..fillers)
        .map(|i| {
            let mut r = Recipient::new(
                format!("f{i}"),
                format!("filler {i}"),
                RecipientRole::Processor,
            )
            .art28_contract(true)
            .sector(Sector::Commercial);
            r.location = FILLER_COUNTRIES[i % FILLER_COUNTRIES.len()]
                .parse()
                .ok()
                .map(Destination::Country);
            r
        })
        .collect();
    padded.append(&mut policy.recipients);
    policy.recipients = padded;
    let mix_activity = policy.activities.pop();
    let mut acts = policy_with_activities(activities.saturating_sub(1)).activities;
    for (i, activity) in acts.iter_mut().enumerate() {
        for (k, mechanism) in [
            TransferMechanism::Safeguard(Safeguard::StandardContractualClauses),
            TransferMechanism::Safeguard(Safeguard::BindingCorporateRules),
        ]
        .into_iter()
        .enumerate()
        {
            if fillers > 0 {
                let id = format!("f{}", (2 * i + k) % fillers);
                activity.recipients.push(id.clone());
                activity.transfers.push(gdpr::Transfer {
                    recipient: id,
                    mechanism,
                    source: None,
                });
            }
        }
    }
    acts.extend(mix_activity);
    policy.activities = acts;
    policy
}

/// Whether a transfer verdict lets the data go.
pub fn permitted(outcome: gdpr::assess::TransferOutcome) -> bool {
    use gdpr::assess::TransferOutcome;
    matches!(
        outcome,
        TransferOutcome::Permitted | TransferOutcome::NotATransfer
    )
}

/// How many of `requests` the plain `transfer_verdict` permits: the timed body of the plain
/// rows, `policy` and each request behind `black_box`.
#[inline]
pub fn count_permitted(
    policy: &Policy,
    registry: &AdequacyRegistry,
    requests: &[TransferRequest],
    day: NaiveDate,
) -> usize {
    requests
        .iter()
        .filter(|r| {
            let v = gdpr::assess::transfer_verdict(black_box(policy), registry, black_box(r), day)
                .expect("verdict");
            permitted(v.outcome)
        })
        .count()
}

/// How many of `requests` the compiled policy permits, its ids looked up by id.
#[inline]
pub fn count_permitted_compiled(
    compiled: &CompiledPolicy,
    requests: &[TransferRequest],
    day: NaiveDate,
) -> usize {
    requests
        .iter()
        .filter(|r| {
            let v = black_box(compiled)
                .transfer_verdict(black_box(r), day)
                .expect("verdict");
            permitted(v.outcome)
        })
        .count()
}

/// How many of `requests` the compiled policy permits, with the targets resolved beforehand.
#[inline]
pub fn count_permitted_resolved(
    compiled: &CompiledPolicy,
    targets: &[TransferTarget],
    requests: &[TransferRequest],
    day: NaiveDate,
) -> usize {
    count_resolved(targets, requests, |t, r| {
        black_box(compiled)
            .transfer_verdict_to(t, black_box(r), day)
            .expect("verdict")
            .outcome
    })
}

/// How many of `requests` the compiled policy permits, its verdict written into a slot the
/// caller keeps (`transfer_verdict_into`), with the targets resolved beforehand.
#[inline]
pub fn count_permitted_into<'a>(
    compiled: &'a CompiledPolicy,
    targets: &[TransferTarget],
    requests: &'a [TransferRequest],
    day: NaiveDate,
) -> usize {
    let mut out = None;
    count_resolved(targets, requests, |t, r| {
        // Opaque, so that every step the verdict records is written.
        let slot = black_box(&mut out);
        black_box(compiled)
            .transfer_verdict_into(t, black_box(r), day, slot)
            .expect("verdict");
        out.as_ref().expect("a verdict").outcome
    })
}

/// How many of `requests` the compiled policy permits by its answer alone (no steps), with
/// the targets resolved beforehand.
#[inline]
pub fn count_answered_resolved(
    compiled: &CompiledPolicy,
    targets: &[TransferTarget],
    requests: &[TransferRequest],
    day: NaiveDate,
) -> usize {
    count_resolved(targets, requests, |t, r| {
        black_box(compiled)
            .transfer_answer_to(t, black_box(r), day)
            .expect("answer")
            .outcome
    })
}

/// How many requests `outcome` permits, each with its resolved target.
#[inline(always)]
fn count_resolved<'a>(
    targets: &[TransferTarget],
    requests: &'a [TransferRequest],
    mut outcome: impl FnMut(TransferTarget, &'a TransferRequest) -> gdpr::assess::TransferOutcome,
) -> usize {
    targets
        .iter()
        .zip(requests)
        .filter(|(t, r)| permitted(outcome(**t, r)))
        .count()
}

#[cfg(feature = "peers")]
/// Cedar entities of `countries` (with the EEA and adequate ones), each under its regions
/// `Region::"EEA"` and `Region::"Adequate"`, and of the two regions.
pub fn cedar_regions(mut countries: Vec<&str>) -> Vec<serde_json::Value> {
    use serde_json::json;
    countries.extend(eea_codes());
    countries.extend(adequate_codes());
    countries.sort_unstable();
    countries.dedup();
    let mut entities = vec![];
    for code in countries {
        let mut parents = vec![];
        if eea_codes().contains(&code) {
            parents.push(json!({"type": "Region", "id": "EEA"}));
        }
        if adequate_codes().contains(&code) {
            parents.push(json!({"type": "Region", "id": "Adequate"}));
        }
        entities
            .push(json!({"uid": {"type": "Country", "id": code}, "attrs": {}, "parents": parents}));
    }
    for id in ["EEA", "Adequate"] {
        entities.push(json!({"uid": {"type": "Region", "id": id}, "attrs": {}, "parents": []}));
    }
    entities
}

#[cfg(feature = "peers")]
/// Cedar, best fair encoding: countries in a region hierarchy (EEA, Adequate), importers with
/// their country and certification, every ground an entity under `Article::"46"` or
/// `Article::"49"`, and one policy whose conditions are joined with `||`. Entities and
/// requests are built once, outside the timed loop.
pub struct BestCedar {
    policies: cedar_policy::PolicySet,
    entities: cedar_policy::Entities,
    requests: Vec<cedar_policy::Request>,
    authorizer: cedar_policy::Authorizer,
}

#[cfg(feature = "peers")]
const BEST_CEDAR_POLICY: &str = r#"
permit(principal, action == Action::"transfer", resource) when {
  resource.country in Region::"EEA" ||
  resource.country in Region::"Adequate" ||
  (resource.country == Country::"US" && resource.dpf_certified && context.as_of >= 20230710) ||
  context.ground in Article::"46" ||
  context.ground in Article::"49"
};
"#;

#[cfg(feature = "peers")]
impl BestCedar {
    /// The encoding of the mix, with `fillers` more importers in the entity store.
    pub fn with_fillers(cases: &[Case], fillers: usize) -> BestCedar {
        use serde_json::json;
        use std::str::FromStr;
        let mut countries: Vec<&str> = cases.iter().map(|c| c.country).collect();
        countries.extend(FILLER_COUNTRIES);
        let mut entities = cedar_regions(countries);
        for article in ["46", "49"] {
            entities.push(
                json!({"uid": {"type": "Article", "id": article}, "attrs": {}, "parents": []}),
            );
        }
        for (ground, article) in [
            ("scc", "46"),
            ("bcr", "46"),
            ("code_of_conduct", "46"),
            ("certification", "46"),
            ("explicit_consent", "49"),
            ("contract", "49"),
            ("public_interest", "49"),
            ("legal_claims", "49"),
            ("vital_interests", "49"),
        ] {
            entities.push(json!({"uid": {"type": "Ground", "id": ground}, "attrs": {},
                                 "parents": [{"type": "Article", "id": article}]}));
        }
        entities.push(json!({"uid": {"type": "Ground", "id": "none"}, "attrs": {}, "parents": []}));
        let importer = |id: String, country: &str, dpf: bool| {
            json!({"uid": {"type": "Recipient", "id": id},
                   "attrs": {"country": {"__entity": {"type": "Country", "id": country}}, "dpf_certified": dpf},
                   "parents": []})
        };
        for i in 0..fillers {
            entities.push(importer(
                format!("f{i}"),
                FILLER_COUNTRIES[i % FILLER_COUNTRIES.len()],
                false,
            ));
        }
        for (i, c) in cases.iter().enumerate() {
            entities.push(importer(format!("r{i}"), c.country, c.dpf_certified));
        }
        let entities =
            cedar_policy::Entities::from_json_value(json!(entities), None).expect("entities");
        let policies = cedar_policy::PolicySet::from_str(BEST_CEDAR_POLICY).expect("policy");
        let requests = cases
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (safeguard, derogation) = mechanism_name(c.mechanism);
                let ground = [safeguard, derogation]
                    .into_iter()
                    .find(|g| !g.is_empty())
                    .unwrap_or("none");
                let context = cedar_policy::Context::from_json_value(
                    json!({"ground": {"__entity": {"type": "Ground", "id": ground}}, "as_of": 20261127}),
                    None,
                )
                .expect("context");
                cedar_policy::Request::new(
                    cedar_policy::EntityUid::from_str(r#"Exporter::"controller""#).expect("uid"),
                    cedar_policy::EntityUid::from_str(r#"Action::"transfer""#).expect("uid"),
                    cedar_policy::EntityUid::from_str(&format!(r#"Recipient::"r{i}""#)).expect("uid"),
                    context,
                    None,
                )
                .expect("request")
            })
            .collect();
        BestCedar {
            policies,
            entities,
            requests,
            authorizer: cedar_policy::Authorizer::new(),
        }
    }

    /// The encoding of the mix.
    pub fn new(cases: &[Case]) -> BestCedar {
        BestCedar::with_fillers(cases, 0)
    }

    /// Whether request `i` of the mix is allowed.
    pub fn decide(&self, i: usize) -> bool {
        let response =
            self.authorizer
                .is_authorized(&self.requests[i], &self.policies, &self.entities);
        response.decision() == cedar_policy::Decision::Allow
    }
}

#[cfg(feature = "peers")]
/// The Rego input of each request of the mix, as both Rego encodings read it.
pub fn rego_inputs(cases: &[Case]) -> Vec<regorus::Value> {
    cases
        .iter()
        .map(|c| {
            let (safeguard, derogation) = mechanism_name(c.mechanism);
            regorus::Value::from_json_str(
                &serde_json::json!({"country": c.country, "dpf_certified": c.dpf_certified,
                        "safeguard": safeguard, "derogation": derogation, "as_of": 20261127})
                .to_string(),
            )
            .expect("input")
        })
        .collect()
}

#[cfg(feature = "peers")]
/// Rego, best fair encoding: the country lists and the grounds as data objects (looked up by
/// key, not searched), the policy compiled once with `compile_with_entrypoint` and then to
/// regorus' bytecode VM, run with `RegoVM::execute`. The inputs are parsed once.
pub struct BestRego {
    vm: regorus::rvm::vm::RegoVM,
    inputs: Vec<regorus::Value>,
}

#[cfg(feature = "peers")]
const BEST_REGO_POLICY: &str = r#"package gdpr
import rego.v1
default allow := false
allow if data.eea[input.country]
allow if data.adequate[input.country]
allow if {
  input.country == "US"
  input.dpf_certified
  input.as_of >= 20230710
}
allow if data.safeguards[input.safeguard]
allow if data.derogations[input.derogation]
"#;

#[cfg(feature = "peers")]
impl BestRego {
    /// The encoding of the mix.
    pub fn new(cases: &[Case]) -> BestRego {
        use serde_json::json;
        let set = |codes: Vec<&str>| {
            serde_json::Value::Object(
                codes
                    .into_iter()
                    .map(|c| (c.to_owned(), json!(true)))
                    .collect(),
            )
        };
        let data = json!({
            "eea": set(eea_codes()),
            "adequate": set(adequate_codes()),
            "safeguards": set(vec!["scc", "bcr", "code_of_conduct", "certification"]),
            "derogations": set(vec!["explicit_consent", "contract", "public_interest", "legal_claims", "vital_interests"]),
        });
        let mut engine = regorus::Engine::new();
        engine
            .add_policy("gdpr.rego".into(), BEST_REGO_POLICY.into())
            .expect("rego");
        let entry: regorus::Rc<str> = "data.gdpr.allow".into();
        let compiled = engine.compile_with_entrypoint(&entry).expect("compile");
        let program = regorus::languages::rego::compiler::Compiler::compile_from_policy(
            &compiled,
            &["data.gdpr.allow"],
        )
        .expect("bytecode");
        let mut vm = regorus::rvm::vm::RegoVM::new();
        vm.load_program(program);
        vm.set_data(regorus::Value::from_json_str(&data.to_string()).expect("data"))
            .expect("data");
        BestRego {
            vm,
            inputs: rego_inputs(cases),
        }
    }

    /// Whether request `i` of the mix is allowed.
    pub fn decide(&mut self, i: usize) -> bool {
        self.vm.set_input(self.inputs[i].clone());
        self.vm.execute().expect("execute") == regorus::Value::from(true)
    }
}
