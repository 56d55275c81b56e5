//! Fixtures shared by the benchmarks: generated policies and the fixed mix of transfer
//! requests that `gdpr`, Cedar and Rego all decide.

use chrono::NaiveDate;
use gdpr::assess::TransferRequest;
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
