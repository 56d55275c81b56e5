//! How the decisions grow with the policy: the transfer mix on policies of 16, 100 and 1,000
//! recipients and 1, 20, 200 and 2,000 activities, and erasure on policies of 1, 20, 200 and
//! 2,000 activities. Every answer is checked before timing (the compiled verdicts against the
//! plain ones), and every timed iteration checks its result.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use gdpr::assess::{
    assess_erasure, erasure_verdict, transfer_verdict, Belgium, ErasureExplanation, ErasureOutcome,
    ErasureVerdicts, NoHolidays, TransferAnswer,
};
use gdpr::compiled::CompiledPolicy;
use gdpr_bench::{
    as_of, cases, count_answered_resolved, erasure_request, permitted, policy_with_activities,
    registry, scaled_transfer_policy, transfer_requests, BestCedar, BestRego,
};

const RECIPIENTS: [usize; 3] = [16, 100, 1000];
const ACTIVITIES: [usize; 4] = [1, 20, 200, 2000];

fn transfers(c: &mut Criterion) {
    let cases = cases();
    let expected = cases.iter().filter(|c| c.allowed).count();
    let requests = transfer_requests(&cases);
    let registry = registry();
    let day = as_of();
    let mut group = c.benchmark_group("scaling_transfer_mix_16_requests");
    for recipients in RECIPIENTS {
        for activities in ACTIVITIES {
            let size = format!("{recipients}r_{activities}a");
            let policy = scaled_transfer_policy(&cases, recipients, activities);
            assert_eq!(policy.recipients.len(), recipients);
            assert_eq!(policy.activities.len(), activities);
            let compiled =
                CompiledPolicy::new(policy.clone(), registry.clone(), NoHolidays.clone());
            let targets: Vec<_> = requests
                .iter()
                .map(|r| compiled.resolve_transfer(r).expect("target"))
                .collect();
            for (i, r) in requests.iter().enumerate() {
                let plain = transfer_verdict(&policy, &registry, r, day).expect("verdict");
                assert_eq!(permitted(plain.outcome), cases[i].allowed);
                assert_eq!(compiled.transfer_verdict(r, day).expect("verdict"), plain);
                assert_eq!(
                    compiled
                        .transfer_answer_to(targets[i], r, day)
                        .expect("answer"),
                    TransferAnswer::from(&plain)
                );
            }
            group.bench_with_input(
                BenchmarkId::new("gdpr_transfer_verdict", &size),
                &policy,
                |b, policy| {
                    b.iter(|| {
                        let allowed = requests
                            .iter()
                            .filter(|r| {
                                permitted(
                                    transfer_verdict(black_box(policy), &registry, r, day)
                                        .expect("verdict")
                                        .outcome,
                                )
                            })
                            .count();
                        assert_eq!(allowed, expected);
                    })
                },
            );
            group.bench_with_input(
                BenchmarkId::new("gdpr_compiled_transfer_verdict", &size),
                &compiled,
                |b, compiled| {
                    b.iter(|| {
                        let allowed = requests
                            .iter()
                            .filter(|r| {
                                permitted(
                                    black_box(compiled)
                                        .transfer_verdict(r, day)
                                        .expect("verdict")
                                        .outcome,
                                )
                            })
                            .count();
                        assert_eq!(allowed, expected);
                    })
                },
            );
            group.bench_with_input(
                BenchmarkId::new("gdpr_compiled_transfer_verdict_resolved", &size),
                &compiled,
                |b, compiled| {
                    b.iter(|| {
                        let allowed = targets
                            .iter()
                            .zip(&requests)
                            .filter(|(t, r)| {
                                permitted(
                                    black_box(compiled)
                                        .transfer_verdict_to(**t, r, day)
                                        .expect("verdict")
                                        .outcome,
                                )
                            })
                            .count();
                        assert_eq!(allowed, expected);
                    })
                },
            );
            group.bench_with_input(
                BenchmarkId::new("gdpr_compiled_transfer_answer_resolved", &size),
                &compiled,
                |b, compiled| {
                    b.iter(|| {
                        let allowed = count_answered_resolved(compiled, &targets, &requests, day);
                        assert_eq!(allowed, expected);
                    })
                },
            );
        }
        // The peers do not see activities: their store grows with the importers only.
        let cedar = BestCedar::with_fillers(&cases, recipients - cases.len());
        let mut rego = BestRego::new(&cases);
        // Each agrees with gdpr (checked above against the expected answers) on every request.
        for (i, case) in cases.iter().enumerate() {
            assert_eq!(cedar.decide(i), case.allowed, "best cedar on case {i}");
            assert_eq!(rego.decide(i), case.allowed, "best rego on case {i}");
        }
        let size = format!("{recipients}r");
        group.bench_function(BenchmarkId::new("cedar_best", &size), |b| {
            b.iter(|| {
                let allowed = (0..cases.len())
                    .filter(|&i| cedar.decide(black_box(i)))
                    .count();
                assert_eq!(allowed, expected);
            })
        });
        if recipients == RECIPIENTS[0] {
            group.bench_function(BenchmarkId::new("regorus_best_rvm", &size), |b| {
                b.iter(|| {
                    let allowed = (0..cases.len())
                        .filter(|&i| rego.decide(black_box(i)))
                        .count();
                    assert_eq!(allowed, expected);
                })
            });
        }
    }
    group.finish();
}

/// Erasure on policies of 1 to 2,000 activities: a request on (up to) 20 activities, and one
/// on every activity of the policy.
fn erasure(c: &mut Criterion) {
    let day = as_of();
    let mut group = c.benchmark_group("scaling_erasure");
    for activities in ACTIVITIES {
        let policy = policy_with_activities(activities);
        let compiled = CompiledPolicy::new(policy.clone(), registry(), Belgium.clone());
        for (name, n) in [("request_20", 20), ("request_all", activities)] {
            if n > activities && name == "request_all" {
                continue;
            }
            let request = erasure_request(&policy, n);
            let items = 4 * n.min(activities);
            let mut plain = ErasureVerdicts::new();
            erasure_verdict(&policy, &request, &Belgium, day, &mut plain).expect("verdict");
            let mut fast = ErasureVerdicts::new();
            compiled
                .erasure_verdict(&request, day, &mut fast)
                .expect("verdict");
            assert_eq!(plain.items(), fast.items());
            assert_eq!(plain.items().len(), items);
            let id = format!("{name}_of_{activities}a");
            group.bench_function(BenchmarkId::new("erasure_verdict", &id), |b| {
                let mut out = ErasureVerdicts::new();
                b.iter(|| {
                    erasure_verdict(black_box(&policy), &request, &Belgium, day, &mut out)
                        .expect("verdict");
                    assert_eq!(out.items().len(), items);
                })
            });
            group.bench_function(BenchmarkId::new("compiled_erasure_verdict", &id), |b| {
                let mut out = ErasureVerdicts::new();
                b.iter(|| {
                    black_box(&compiled)
                        .erasure_verdict(&request, day, &mut out)
                        .expect("verdict");
                    assert_eq!(out.items().len(), items);
                })
            });
            group.bench_function(BenchmarkId::new("compiled_erasure_explanation", &id), |b| {
                let mut out = ErasureExplanation::new();
                b.iter(|| {
                    black_box(&compiled)
                        .erasure_explanation(&request, day, &mut out)
                        .expect("explanation");
                    assert_eq!(out.items().len(), items);
                    assert!(out.items().all(|i| !i.reasons.is_empty()));
                })
            });
            if n <= 200 {
                group.bench_function(BenchmarkId::new("assess_erasure_explained", &id), |b| {
                    b.iter(|| {
                        let d = assess_erasure(black_box(&policy), &request, &Belgium, day)
                            .expect("erasure");
                        assert_eq!(d.items.len(), items);
                        assert_ne!(d.outcome, ErasureOutcome::NotRequired);
                    })
                });
            }
        }
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = transfers, erasure
}
criterion_main!(benches);
