//! The other hot paths: erasure on a 20-activity policy (the explained decision, the verdict
//! and the compiled verdict), rights, a deadline with holidays, parse and validate of a
//! 1,000-activity policy, and the retention sweep over 10 M records.

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gdpr::assess::{
    assess_erasure, assess_rights, erasure_explanation, erasure_verdict, request_deadline_days,
    request_deadlines, rights_verdict, Belgium, ErasureExplanation, ErasureOutcome,
    ErasureVerdicts, RetentionSweep,
};
use gdpr::compiled::CompiledPolicy;
use gdpr::{validate, DataSubjectRight, Policy};
use gdpr_bench::{as_of, erasure_request, policy_with_activities, registry};

fn bench(c: &mut Criterion) {
    let day = as_of();

    let policy = policy_with_activities(20);
    let request = erasure_request(&policy, 20);
    let compiled = CompiledPolicy::new(policy.clone(), registry(), Belgium.clone());
    let mut out = ErasureVerdicts::new();
    // The verdicts are the explained decision's, compiled or not, before anything is timed.
    let explained = assess_erasure(&policy, &request, &Belgium, day).expect("erasure");
    erasure_verdict(&policy, &request, &Belgium, day, &mut out).expect("verdict");
    let mut verdicts: Vec<_> = out
        .items()
        .iter()
        .map(|i| {
            (
                i.data_category.id.clone(),
                i.activity.id.clone(),
                i.verdict,
                i.keep_until,
            )
        })
        .collect();
    verdicts.sort();
    let decided: Vec<_> = explained
        .items
        .iter()
        .map(|i| {
            (
                i.data_category.clone(),
                i.activity.clone(),
                i.verdict,
                i.keep_until,
            )
        })
        .collect();
    assert_eq!(verdicts, decided);
    let mut fast = ErasureVerdicts::new();
    compiled
        .erasure_verdict(&request, day, &mut fast)
        .expect("verdict");
    assert_eq!(out.items(), fast.items());
    let targets = compiled.resolve_erasure(&request).expect("targets");
    let mut resolved = ErasureVerdicts::new();
    compiled
        .erasure_verdict_to(&targets, &request, day, &mut resolved)
        .expect("verdict");
    assert_eq!(out.items(), resolved.items());
    assert_eq!(
        compiled.assess_erasure(&request, day).expect("erasure"),
        explained
    );
    // The explanation as codes holds the whole explained decision, plain or compiled.
    let mut codes = ErasureExplanation::new();
    compiled
        .erasure_explanation(&request, day, &mut codes)
        .expect("explanation");
    assert_eq!(codes.to_decision().as_ref(), Some(&explained));
    erasure_explanation(&policy, &request, &Belgium, day, &mut codes).expect("explanation");
    assert_eq!(codes.to_decision().as_ref(), Some(&explained));
    let reasons_per_request = codes.items().map(|i| i.reasons.len()).sum::<usize>();

    let mut group = c.benchmark_group("erasure_20_activities_80_items");
    group.bench_function("assess_erasure_explained", |b| {
        b.iter(|| {
            let d = assess_erasure(black_box(&policy), black_box(&request), &Belgium, day)
                .expect("erasure");
            assert_eq!(d.outcome, ErasureOutcome::Required);
            assert_eq!(d.items.len(), 80);
        })
    });
    group.bench_function("compiled_assess_erasure_explained", |b| {
        b.iter(|| {
            let d = black_box(&compiled)
                .assess_erasure(black_box(&request), day)
                .expect("erasure");
            assert_eq!(d.outcome, ErasureOutcome::Required);
            assert_eq!(d.items.len(), 80);
        })
    });
    group.bench_function("erasure_explanation", |b| {
        let mut out = ErasureExplanation::new();
        b.iter(|| {
            erasure_explanation(
                black_box(&policy),
                black_box(&request),
                &Belgium,
                day,
                &mut out,
            )
            .expect("explanation");
            assert_eq!(out.outcome(), ErasureOutcome::Required);
            assert_eq!(
                out.items().map(|i| i.reasons.len()).sum::<usize>(),
                reasons_per_request
            );
        })
    });
    group.bench_function("compiled_erasure_explanation", |b| {
        let mut out = ErasureExplanation::new();
        b.iter(|| {
            black_box(&compiled)
                .erasure_explanation(black_box(&request), day, &mut out)
                .expect("explanation");
            assert_eq!(out.outcome(), ErasureOutcome::Required);
            assert_eq!(
                out.items().map(|i| i.reasons.len()).sum::<usize>(),
                reasons_per_request
            );
        })
    });
    group.bench_function("compiled_erasure_explanation_resolved", |b| {
        let mut out = ErasureExplanation::new();
        b.iter(|| {
            black_box(&compiled)
                .erasure_explanation_to(&targets, black_box(&request), day, &mut out)
                .expect("explanation");
            assert_eq!(out.outcome(), ErasureOutcome::Required);
            assert_eq!(
                out.items().map(|i| i.reasons.len()).sum::<usize>(),
                reasons_per_request
            );
        })
    });
    group.bench_function("compiled_erasure_explanation_to_decision", |b| {
        let mut out = ErasureExplanation::new();
        compiled
            .erasure_explanation(&request, day, &mut out)
            .expect("explanation");
        b.iter(|| {
            let d = black_box(&out).to_decision().expect("decision");
            assert_eq!(d.items.len(), 80);
        })
    });
    group.bench_function("erasure_verdict", |b| {
        let mut out = ErasureVerdicts::new();
        b.iter(|| {
            erasure_verdict(
                black_box(&policy),
                black_box(&request),
                &Belgium,
                day,
                &mut out,
            )
            .expect("verdict");
            assert_eq!(out.outcome(), ErasureOutcome::Required);
            assert_eq!(out.items().len(), 80);
        })
    });
    group.bench_function("compiled_erasure_verdict", |b| {
        let mut out = ErasureVerdicts::new();
        b.iter(|| {
            black_box(&compiled)
                .erasure_verdict(black_box(&request), day, &mut out)
                .expect("verdict");
            assert_eq!(out.outcome(), ErasureOutcome::Required);
            assert_eq!(out.items().len(), 80);
        })
    });
    group.bench_function("compiled_erasure_verdict_resolved", |b| {
        let mut out = ErasureVerdicts::new();
        b.iter(|| {
            black_box(&compiled)
                .erasure_verdict_to(&targets, black_box(&request), day, &mut out)
                .expect("verdict");
            assert_eq!(out.outcome(), ErasureOutcome::Required);
            assert_eq!(out.items().len(), 80);
        })
    });
    group.finish();

    let mut group = c.benchmark_group("rights_one_activity_12_rights");
    group.bench_function("assess_rights_explained", |b| {
        b.iter(|| {
            let d = assess_rights(black_box(&policy), "a3").expect("rights");
            assert_eq!(d.rights.len(), 12);
        })
    });
    group.bench_function("rights_verdict", |b| {
        b.iter(|| {
            let d = rights_verdict(black_box(&policy), "a3").expect("rights");
            assert_eq!(d.iter().count(), 12);
        })
    });
    group.bench_function("compiled_rights_verdict", |b| {
        b.iter(|| {
            let d = black_box(&compiled).rights_verdict("a3").expect("rights");
            black_box(d.applies(DataSubjectRight::Portability));
        })
    });
    group.finish();

    let received = NaiveDate::from_ymd_opt(2026, 3, 6).expect("date");
    // 6 April 2026 is Easter Monday.
    let easter_tuesday = NaiveDate::from_ymd_opt(2026, 4, 7).expect("date");
    let mut group = c.benchmark_group("request_deadline_belgian_holidays");
    group.bench_function("request_deadlines_explained", |b| {
        b.iter(|| {
            let d = request_deadlines(black_box(received), &Belgium).expect("deadline");
            assert_eq!(d.respond_by.last_day, easter_tuesday);
        })
    });
    group.bench_function("request_deadline_days", |b| {
        b.iter(|| {
            let d = request_deadline_days(black_box(received), &Belgium).expect("deadline");
            assert_eq!(d.respond_by, easter_tuesday);
        })
    });
    group.bench_function("compiled_request_deadline_days", |b| {
        b.iter(|| {
            let d = black_box(&compiled)
                .request_deadline_days(black_box(received))
                .expect("deadline");
            assert_eq!(d.respond_by, easter_tuesday);
        })
    });
    group.finish();

    let big = serde_json::to_string(&policy_with_activities(1000)).expect("json");
    let registry = registry();
    let mut group = c.benchmark_group("parse_and_validate");
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("policy_1000_activities", |b| {
        b.iter(|| {
            let p = Policy::from_json(black_box(&big)).expect("policy");
            let report = validate(&p, &registry, day);
            assert_eq!(p.activities.len(), 1000);
            assert!(report.is_valid());
        })
    });
    // Reading alone: the strict reader's share of the row above.
    group.bench_function("parse_policy_1000_activities", |b| {
        b.iter(|| {
            let p = Policy::from_json(black_box(&big)).expect("policy");
            assert_eq!(p.activities.len(), 1000);
        })
    });
    group.finish();

    // Ten million trigger dates spread over thirty years; the sweep counts the due ones.
    let rule = &policy.activities[0].retention[0];
    let start = NaiveDate::from_ymd_opt(1996, 1, 1).expect("date");
    let records: Vec<NaiveDate> = (0..10_000_000u64)
        .map(|i| start.checked_add_days(Days::new(i % 11_000)).expect("date"))
        .collect();
    let sweep = RetentionSweep::new(rule, day).expect("sweep");
    let expected = records
        .iter()
        .filter(|d| gdpr::assess::is_due(rule, **d, day).expect("due"))
        .count();
    let mut group = c.benchmark_group("retention_sweep");
    group.throughput(Throughput::Elements(records.len() as u64));
    group.sample_size(20);
    group.bench_function("10m_records", |b| {
        b.iter(|| {
            let due = sweep.due(black_box(&records).iter(), |d| Some(**d)).count();
            assert_eq!(due, expected);
        })
    });
    group.finish();
}

/// One breach assessment on a seed policy: a stolen, unencrypted laptop with the client files
/// of Stebo (health data and national register numbers), with deadlines, the authority and
/// the register entry.
fn bench_breach(c: &mut Criterion) {
    use gdpr::assess::{assess_breach, AuthorityNotification, SubjectCommunication};
    use gdpr::PersonalDataBreach;

    let policy =
        Policy::from_json(include_str!("../../examples/policies/stebo.json")).expect("stebo");
    let breach: PersonalDataBreach = gdpr::from_json(
        r#"{
          "aware_at": "2026-11-26T16:40:00+01:00",
          "kinds": {"confidentiality": true, "integrity": false, "availability": true},
          "affected": [{"activity": "dienstverlening"}],
          "subjects": {"min": 300, "max": 450},
          "protection": {"measure": "none"},
          "accessed_by": "unknown_party",
          "backup": true,
          "effect_on_subjects": false,
          "measures": ["remote wipe", "police report"]
        }"#,
    )
    .expect("breach");
    let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00").expect("date");
    c.bench_function("breach_stolen_laptop", |b| {
        b.iter(|| {
            let d = assess_breach(black_box(&policy), black_box(&breach), as_of).expect("breach");
            assert_eq!(d.authority, AuthorityNotification::Notify);
            assert_eq!(d.subjects, SubjectCommunication::Communicate);
        })
    });
}

criterion_group!(benches, bench, bench_breach);
criterion_main!(benches);
