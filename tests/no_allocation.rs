//! The transfer verdict allocates nothing: a counting allocator proves it on the whole mix
//! of requests the benchmarks use (EEA, adequacy, the U.S. with and without certification,
//! safeguards, derogations, refusals), and on scoped decisions (an exclusion, an unknown
//! scope fact, a foreign state body), a conditional transfer clause and the U.S. safeguards
//! of EO 14086. Nor does the retention sweep, over plain dates, over rows that may fail, or
//! with a financial year.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::alloc::System;

use chrono::NaiveDate;
use gdpr::assess::{
    transfer_verdict, FinancialYear, RetentionError, RetentionSweep, TransferOutcome,
    TransferRequest, TransferStep,
};
use gdpr::{
    AdequacyRegistry, Derogation, Period, Policy, RetentionAction, RetentionRule, RetentionTrigger,
    Safeguard, TransferMechanism,
};
use serde_json::json;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn main() {
    a_transfer_verdict_allocates_nothing();
    the_retention_sweep_allocates_nothing();
    println!("no_allocation: 2 passed, 0 failed");
}

fn a_transfer_verdict_allocates_nothing() {
    let countries = [
        "BE", "NO", "CH", "JP", "US", "US", "US", "IN", "CN", "RU", "KR", "IL", "FO", "BE",
    ];
    let mut recipients: Vec<_> = countries
        .iter()
        .enumerate()
        .map(|(i, c)| {
            json!({"id": format!("r{i}"), "name": "importer", "role": "processor",
                   "location": {"country": c}, "art28_contract": true,
                   "dpf_certified": i == 4, "sector": "commercial",
                   "scope_facts": {"organisation_kind": "other"}})
        })
        .collect();
    // Korea excludes missionary work by religious bodies; Israel manual transfers not
    // processed by automated means, when that is unknown; the Faroes Danish state bodies.
    recipients[10]["scope_facts"] =
        json!({"organisation_kind": "religious_body", "purposes": ["missionary_activities"]});
    recipients[11]["scope_facts"] = json!({"automated_transfer": false});
    recipients[12]["role"] = json!("public_authority");
    recipients[12]["scope_facts"] = json!({"public_body_of": "DK"});
    // A supplier in the EU that may use an application outside it under a condition.
    recipients[13]["conditional_transfer"] = json!({"outside": "eu",
        "condition": "no_equivalent_alternative_inside", "grounds": ["adequacy_decision"]});
    let ids: Vec<_> = (0..countries.len()).map(|i| format!("r{i}")).collect();
    let policy: Policy = gdpr::from_json_value(&json!({
        "controller": {"name": "X", "kind": "private", "establishment": "NL"},
        "data_categories": [],
        "recipients": recipients,
        "activities": [{"id": "a", "name": "A", "purposes": [], "data_subjects": [],
                        "data_categories": [], "recipients": ids}],
        "commitments": [{"commitment": "no_transfers_outside_eu"}]
    }))
    .unwrap();
    let registry = AdequacyRegistry::builtin();
    let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mechanisms = [
        None,
        None,
        None,
        None,
        None,
        None,
        Some(TransferMechanism::Safeguard(
            Safeguard::StandardContractualClauses,
        )),
        Some(TransferMechanism::Safeguard(
            Safeguard::BindingCorporateRules,
        )),
        None,
        Some(TransferMechanism::Derogation(Derogation::ExplicitConsent)),
        None,
        None,
        None,
        Some(TransferMechanism::Safeguard(
            Safeguard::StandardContractualClauses,
        )),
    ];
    let requests: Vec<TransferRequest> = mechanisms
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut request = TransferRequest::to(format!("r{i}"))
                .safeguards_effective(true)
                .derogation_conditions_met(true);
            request.mechanism = *m;
            // The last supplier's application is in the U.S., no alternative in the EU.
            if i == 13 {
                request = request
                    .destination(gdpr::Destination::Country("US".parse().unwrap()))
                    .transfer_condition_met(true);
            }
            request
        })
        .collect();

    let region = Region::new(GLOBAL);
    let mut outcomes = [TransferOutcome::NeedsReview; 14];
    for (slot, request) in outcomes.iter_mut().zip(&requests) {
        let verdict = transfer_verdict(&policy, &registry, request, day).unwrap();
        assert!(!verdict.steps().is_empty());
        *slot = verdict.outcome;
    }
    let stats = region.change();
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");

    // The counter does see allocations: the decision with sentences makes some.
    let region = Region::new(GLOBAL);
    let decision = gdpr::assess::assess_transfer(&policy, &registry, &requests[5], day).unwrap();
    assert!(region.change().allocations > 0);
    assert_eq!(decision.outcome, TransferOutcome::Prohibited);

    use TransferOutcome::*;
    assert_eq!(
        outcomes,
        [
            NotATransfer,
            NotATransfer,
            Permitted,
            Permitted,
            Permitted,
            Prohibited,
            Permitted,
            Permitted,
            Prohibited,
            Permitted,
            Prohibited,
            NeedsReview,
            Prohibited,
            Permitted
        ]
    );
    // The steps that carry the new reasoning were taken on the way.
    let steps = |i: usize| {
        transfer_verdict(&policy, &registry, &requests[i], day)
            .unwrap()
            .steps()
            .to_vec()
    };
    assert!(steps(10).contains(&TransferStep::AdequacyExcluded));
    assert!(steps(13).contains(&TransferStep::UsNationalSecuritySafeguards));
    assert!(steps(13).contains(&TransferStep::ConditionalClause(
        gdpr::assess::ClauseCheck::Met
    )));
}

fn the_retention_sweep_allocates_nothing() {
    let rule = RetentionRule {
        data_categories: vec![],
        period: Some(Period::years(7)),
        from: Some(RetentionTrigger::EndOfFinancialYear),
        then: RetentionAction::Erase,
        kind: None,
        legal_reference: None,
        criteria: None,
        source: None,
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let dates: Vec<NaiveDate> = start.iter_days().take(5_000).collect();
    let rows: Vec<Result<NaiveDate, RetentionError>> = dates.iter().copied().map(Ok).collect();

    let region = Region::new(GLOBAL);
    let sweep = RetentionSweep::new(&rule, today).unwrap();
    let by_year = sweep
        .with_financial_year(FinancialYear::ending_in(6).unwrap())
        .unwrap();
    let plain = sweep.due(dates.iter(), |d| Some(**d)).count();
    let derived = by_year.due(dates.iter(), |d| Some(**d)).count();
    let tried = by_year
        .try_due(rows.iter().cloned(), |d| Ok(Some(*d)))
        .filter(Result::is_ok)
        .count();
    let last = sweep.last_due_trigger();
    let stats = region.change();
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");

    // Without a financial year, every date before 1 Jan 2020 counts as a year end that is due.
    assert_eq!(last, NaiveDate::from_ymd_opt(2019, 11, 27));
    assert_eq!(plain, dates.iter().filter(|d| **d <= last.unwrap()).count());
    // With a July-June year, invoices up to 30 June 2019 are due.
    let june = NaiveDate::from_ymd_opt(2019, 6, 30).unwrap();
    assert_eq!(derived, dates.iter().filter(|d| **d <= june).count());
    assert_eq!(tried, derived);
}
