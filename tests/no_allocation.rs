//! Every verdict path allocates nothing: a counting allocator proves it for the transfer
//! verdict on the whole mix of requests the benchmarks use (EEA, adequacy, the U.S. with and
//! without certification, safeguards, derogations, refusals), on scoped decisions (an
//! exclusion, an unknown scope fact, a foreign state body), a conditional transfer clause and
//! the U.S. safeguards of EO 14086 — plain and compiled — for the erasure verdict (every
//! verdict, keep-until dates, questions that stay unasked), the rights verdict and the
//! Art. 12(3) deadline days, plain and compiled; and for the retention sweep, over plain
//! dates, over rows that may fail, or with a financial year.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::alloc::System;

use chrono::NaiveDate;
use gdpr::assess::{
    deadline_last_day, erasure_explanation, erasure_verdict, request_deadline_days, rights_verdict,
    transfer_answer, transfer_verdict, ActivityFacts, Applicability, Belgium, ErasureExplanation,
    ErasureOutcome, ErasureRequest, ErasureVerdict, ErasureVerdicts, FinancialYear, Netherlands,
    Objection, RetentionError, RetentionSweep, TransferOutcome, TransferRequest, TransferStep,
};
use gdpr::compiled::CompiledPolicy;
use gdpr::{
    AdequacyRegistry, DataSubjectRight, Derogation, Period, Policy, RetentionAction, RetentionRule,
    RetentionTrigger, Safeguard, TransferMechanism,
};
use serde_json::json;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn main() {
    a_transfer_verdict_allocates_nothing();
    erasure_rights_and_deadline_verdicts_allocate_nothing();
    an_erasure_explanation_that_asks_nothing_allocates_nothing();
    the_retention_sweep_allocates_nothing();
    println!("no_allocation: 4 passed, 0 failed");
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

    let compiled = CompiledPolicy::new(policy.clone(), registry.clone(), Belgium.clone());
    let targets: Vec<_> = requests
        .iter()
        .map(|r| compiled.resolve_transfer(r).unwrap())
        .collect();

    let region = Region::new(GLOBAL);
    // Resolving the ids is part of the compiled path too.
    for (request, target) in requests.iter().zip(&targets) {
        assert_eq!(compiled.resolve_transfer(request).unwrap(), *target);
    }
    let mut outcomes = [TransferOutcome::NeedsReview; 14];
    for (slot, request) in outcomes.iter_mut().zip(&requests) {
        let verdict = transfer_verdict(&policy, &registry, request, day).unwrap();
        assert!(!verdict.steps().is_empty());
        *slot = verdict.outcome;
    }
    let mut compiled_outcomes = [TransferOutcome::NeedsReview; 14];
    let mut written = None;
    for ((slot, request), target) in compiled_outcomes.iter_mut().zip(&requests).zip(&targets) {
        let by_id = compiled.transfer_verdict(request, day).unwrap();
        let resolved = compiled.transfer_verdict_to(*target, request, day).unwrap();
        assert_eq!(by_id.outcome, resolved.outcome);
        compiled
            .transfer_verdict_into(*target, request, day, &mut written)
            .unwrap();
        assert_eq!(written.as_ref().map(|v| v.outcome), Some(resolved.outcome));
        let answer = compiled.transfer_answer_to(*target, request, day).unwrap();
        assert_eq!(answer.outcome, resolved.outcome);
        let plain_answer = transfer_answer(&policy, &registry, request, day).unwrap();
        assert_eq!(plain_answer, answer);
        *slot = by_id.outcome;
    }
    let stats = region.change();
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");
    assert_eq!(outcomes, compiled_outcomes);

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

/// The webshop and a request that meets every kind of item: erased (consent withdrawn),
/// kept under the fiscal duty until a date, a direct-marketing objection, unknown facts that
/// leave items under review with their questions unasked.
fn erasure_rights_and_deadline_verdicts_allocate_nothing() {
    let policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let today = day(2026, 11, 27);
    let request = ErasureRequest::new(
        today,
        vec![
            {
                let mut facts = ActivityFacts::new("newsletter").consent_withdrawn(true);
                facts.objection = Some(Objection::DirectMarketing);
                facts
            },
            ActivityFacts::new("bookkeeping")
                .no_longer_necessary(true)
                .event(
                    RetentionTrigger::EndOfFinancialYear,
                    Some(day(2025, 12, 31)),
                ),
            ActivityFacts::new("orders"),
        ],
    );
    let compiled = CompiledPolicy::new(
        policy.clone(),
        AdequacyRegistry::builtin(),
        Netherlands.clone(),
    );
    // Buffers sized once, outside the counted region.
    let mut plain = ErasureVerdicts::with_capacity(64, policy.activities.len());
    let mut fast = ErasureVerdicts::with_capacity(64, policy.activities.len());
    let mut resolved = ErasureVerdicts::with_capacity(64, policy.activities.len());
    let targets = compiled.resolve_erasure(&request).unwrap();

    let region = Region::new(GLOBAL);
    for _ in 0..3 {
        erasure_verdict(&policy, &request, &Netherlands, today, &mut plain).unwrap();
        compiled
            .erasure_verdict(&request, today, &mut fast)
            .unwrap();
        compiled
            .erasure_verdict_to(&targets, &request, today, &mut resolved)
            .unwrap();
    }
    let rights = rights_verdict(&policy, "bookkeeping").unwrap();
    let compiled_rights = compiled.rights_verdict("newsletter").unwrap();
    let applicable = rights
        .iter()
        .filter(|(_, a)| *a == Applicability::Applies)
        .count();
    let days = request_deadline_days(day(2026, 3, 6), &Belgium).unwrap();
    let compiled_days = compiled.request_deadline_days(day(2024, 2, 29)).unwrap();
    let two_weeks = deadline_last_day(day(2026, 12, 11), Period::days(14), &Belgium).unwrap();
    let christmas_off = !compiled.is_working_day(day(2026, 12, 25));
    let kept = fast
        .item("bookkeeping", "invoices")
        .and_then(|i| i.keep_until);
    let stats = region.change();
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");

    // What was decided without allocating is the law's answer.
    assert_eq!(plain.items(), fast.items());
    assert_eq!(plain.items(), resolved.items());
    assert_eq!(plain.outcome(), ErasureOutcome::Required);
    let verdict = |a: &str, c: &str| plain.item(a, c).unwrap().verdict;
    assert_eq!(verdict("newsletter", "contact"), ErasureVerdict::Erase);
    assert_eq!(verdict("bookkeeping", "invoices"), ErasureVerdict::Keep);
    assert_eq!(
        plain.item("bookkeeping", "invoices").unwrap().keep_until,
        Some(day(2032, 12, 31))
    );
    assert!(plain
        .items()
        .iter()
        .any(|i| i.verdict == ErasureVerdict::NeedsReview));
    assert!(plain.suppression_entry_allowed());
    assert_eq!(
        rights.applies(DataSubjectRight::Portability),
        Applicability::DoesNotApply
    );
    assert_eq!(
        compiled_rights.applies(DataSubjectRight::WithdrawConsent),
        Applicability::Applies
    );
    // 6 April 2026 is Easter Monday; 29 March 2024 Good Friday under the Algemene termijnenwet.
    assert_eq!(days.respond_by, day(2026, 4, 7));
    assert_eq!(compiled_days.respond_by, day(2024, 4, 2));
    // Fourteen days from Friday 11 December 2026 end on Friday 25 December, Christmas: the next
    // working day is Monday 28 December.
    assert_eq!(two_weeks, day(2026, 12, 28));
    assert!(christmas_off);
    assert_eq!(kept, Some(day(2032, 12, 31)));
    assert!(applicable > 0);

    // The counter does see the explained decision's allocations.
    let region = Region::new(GLOBAL);
    let decision = gdpr::assess::assess_erasure(&policy, &request, &Netherlands, today).unwrap();
    assert!(region.change().allocations > 0);
    assert_eq!(decision.items.len(), plain.items().len());
}

/// The explained erasure decision as codes: erased items with their grounds and the
/// exceptions nobody claimed, items kept under the fiscal duty with the law and the day the
/// keeping ends, purposes that stop, recipients to tell — written into reused buffers.
fn an_erasure_explanation_that_asks_nothing_allocates_nothing() {
    let policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let today = day(2026, 11, 27);
    let request = ErasureRequest::new(
        today,
        vec![
            {
                let mut facts = ActivityFacts::new("newsletter")
                    .consent_withdrawn(true)
                    .made_public(false);
                facts.objection = Some(Objection::DirectMarketing);
                facts
            },
            ActivityFacts::new("bookkeeping")
                .no_longer_necessary(true)
                .made_public(false)
                .event(
                    RetentionTrigger::EndOfFinancialYear,
                    Some(day(2025, 12, 31)),
                ),
        ],
    );
    let compiled = CompiledPolicy::new(
        policy.clone(),
        AdequacyRegistry::builtin(),
        Netherlands.clone(),
    );
    // Buffers grown once, outside the counted region.
    let mut plain = ErasureExplanation::new();
    let mut fast = ErasureExplanation::new();
    erasure_explanation(&policy, &request, &Netherlands, today, &mut plain).unwrap();
    compiled
        .erasure_explanation(&request, today, &mut fast)
        .unwrap();

    let targets = compiled.resolve_erasure(&request).unwrap();
    let mut resolved = ErasureExplanation::new();
    compiled
        .erasure_explanation_to(&targets, &request, today, &mut resolved)
        .unwrap();

    let region = Region::new(GLOBAL);
    for _ in 0..3 {
        erasure_explanation(&policy, &request, &Netherlands, today, &mut plain).unwrap();
        compiled
            .erasure_explanation(&request, today, &mut fast)
            .unwrap();
        compiled
            .erasure_explanation_to(&targets, &request, today, &mut resolved)
            .unwrap();
    }
    let reasons = fast.items().map(|i| i.reasons.len()).sum::<usize>();
    let asked = fast.items().map(|i| i.open_questions.len()).sum::<usize>();
    let stopped = fast.stop_processing().len();
    let stats = region.change();
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");

    // What was explained without allocating is the whole explained decision.
    assert_eq!(asked, 0);
    assert!(reasons >= fast.items().len());
    assert!(stopped > 0);
    let decision = gdpr::assess::assess_erasure(&policy, &request, &Netherlands, today).unwrap();
    assert_eq!(plain.to_decision().as_ref(), Some(&decision));
    assert_eq!(fast.to_decision().as_ref(), Some(&decision));
    assert_eq!(resolved.to_decision().as_ref(), Some(&decision));
    let invoices = fast.item("bookkeeping", "invoices").unwrap();
    assert_eq!(invoices.verdict.verdict, ErasureVerdict::Keep);
    assert!(invoices
        .reasons
        .iter()
        .any(|r| r.date() == Some(day(2032, 12, 31))));
    assert!(fast
        .item("newsletter", "contact")
        .unwrap()
        .reasons
        .iter()
        .any(|r| !r.fields_named().is_empty()));
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
