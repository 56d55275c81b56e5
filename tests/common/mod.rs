//! Helpers shared by the seed tests: load a seed policy, add an ad-hoc recipient, dates.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use gdpr::{
    validate, AdequacyRegistry, Destination, FindingCode, Policy, Provenance, Recipient,
    RecipientRole, ValidationReport,
};

/// The five seed policies, by file stem.
pub const SEEDS: [&str; 5] = [
    "stebo",
    "woondienst_regio_izegem",
    "st_ap",
    "sint_truiden",
    "step_inburgering",
];

pub fn seed(name: &str) -> Policy {
    let path = format!(
        "{}/examples/policies/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Policy::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn today() -> NaiveDate {
    day(2026, 11, 27)
}

pub fn report(policy: &Policy) -> ValidationReport {
    validate(policy, &AdequacyRegistry::builtin(), today())
}

/// The (code, path) pairs of a report, in order.
pub fn codes(report: &ValidationReport) -> Vec<(FindingCode, String)> {
    report
        .findings
        .iter()
        .map(|f| (f.code, f.path.clone()))
        .collect()
}

/// Adds a U.S. cloud processor to the policy and to the activity `activity`.
pub fn add_us_cloud(policy: &mut Policy, activity: &str, dpf_certified: Option<bool>) {
    let mut cloud = Recipient::new("us_cloud", "U.S. cloud provider", RecipientRole::Processor)
        .located(Destination::Country("US".parse().unwrap()))
        .art28_contract(true);
    cloud.dpf_certified = dpf_certified;
    policy.recipients.push(cloud);
    let act = policy
        .activities
        .iter_mut()
        .find(|a| a.id == activity)
        .unwrap();
    act.recipients.push("us_cloud".into());
}

/// The (code, path) pairs of the audit of a policy's published notice, in order.
pub fn audit(policy: &Policy) -> Vec<(gdpr::notice::AuditCode, String)> {
    gdpr::notice::audit_notice(policy)
        .findings
        .into_iter()
        .map(|f| (f.code, f.path))
        .collect()
}

/// Asserts that every element of the policy records its source, and returns the paths of
/// those recorded as inferences (`inferred: …`), each of which must say what it infers.
pub fn inferred_elements(policy: &Policy) -> Vec<String> {
    let mut inferred = Vec::new();
    for element in policy.sourced_elements() {
        match element.provenance() {
            Provenance::NotRecorded => panic!("{} has no source", element.path),
            Provenance::Inferred => {
                let why = element
                    .source
                    .unwrap_or_default()
                    .trim_start_matches(gdpr::INFERRED);
                assert!(
                    why.len() > 20,
                    "{} is inferred without saying why",
                    element.path
                );
                inferred.push(element.path);
            }
            Provenance::Stated => {}
        }
    }
    assert!(
        policy.published_notice.is_some(),
        "the published notice is recorded"
    );
    inferred
}

/// Adds a U.S. cloud processor to `activity` (see [`add_us_cloud`]) and assesses a transfer
/// to it.
pub fn transfer_to_us_cloud(
    policy: &mut Policy,
    activity: &str,
    dpf_certified: Option<bool>,
) -> gdpr::assess::TransferDecision {
    add_us_cloud(policy, activity, dpf_certified);
    gdpr::assess::assess_transfer(
        policy,
        &AdequacyRegistry::builtin(),
        &gdpr::assess::TransferRequest::to("us_cloud"),
        today(),
    )
    .unwrap()
}
