//! "May this data go to that recipient?" — the same rule in `gdpr`, Cedar and Rego, timed in
//! one run on the same fixed mix of requests. Every engine and encoding is first checked to
//! agree with the expected answers, and every timed iteration checks its count of permitted
//! transfers.
//!
//! The rule: inside the EEA, or to a country with an adequacy decision in force for a
//! commercial importer, or to a DPF-certified U.S. importer since 10 July 2023, or with one
//! of four safeguards (SCCs, BCRs, a code of conduct, a certification) or five derogations.
//!
//! Each peer runs in two encodings: the first one this bench had (Cedar: five policies and
//! set literals; Rego: sets in the policy, `Engine::eval_rule`), and its best fair encoding
//! (Cedar: the grounds as entities under `Article::"46"` and `Article::"49"`, one policy whose
//! conditions are joined with `||`; Rego: the lists as data objects, the policy compiled once
//! to regorus' bytecode VM and run with `RegoVM::execute`).

use std::hint::black_box;
use std::str::FromStr;

use cedar_policy::{
    Authorizer, Context, Decision, Entities, EntityUid, PolicySet, Request as CedarRequest,
};
use criterion::{criterion_group, criterion_main, Criterion};
use gdpr::assess::{assess_transfer, transfer_verdict, NoHolidays, TransferAnswer};
use gdpr::compiled::CompiledPolicy;
use gdpr_bench::{
    adequate_codes, as_of, cases, cedar_regions, count_answered_resolved, count_permitted,
    count_permitted_compiled, count_permitted_into, count_permitted_resolved, eea_codes,
    mechanism_name, permitted, registry, rego_inputs, transfer_policy, transfer_requests,
    BestCedar, BestRego,
};
use serde_json::json;

/// Cedar: countries are entities in a region hierarchy (EEA, Adequate), importers carry their
/// country and certification, the request context the offered ground and the date.
struct CedarPeer {
    policies: PolicySet,
    entities: Entities,
    requests: Vec<CedarRequest>,
}

const CEDAR_POLICIES: &str = r#"
permit(principal, action == Action::"transfer", resource) when { resource.country in Region::"EEA" };
permit(principal, action == Action::"transfer", resource) when { resource.country in Region::"Adequate" };
permit(principal, action == Action::"transfer", resource)
  when { resource.country == Country::"US" && resource.dpf_certified && context.as_of >= 20230710 };
permit(principal, action == Action::"transfer", resource)
  when { ["scc", "bcr", "code_of_conduct", "certification"].contains(context.safeguard) };
permit(principal, action == Action::"transfer", resource)
  when { ["explicit_consent", "contract", "public_interest", "legal_claims", "vital_interests"].contains(context.derogation) };
"#;

impl CedarPeer {
    fn new() -> CedarPeer {
        let cases = cases();
        let mut entities = cedar_regions(cases.iter().map(|c| c.country).collect());
        for (i, c) in cases.iter().enumerate() {
            entities.push(json!({
                "uid": {"type": "Recipient", "id": format!("r{i}")},
                "attrs": {"country": {"__entity": {"type": "Country", "id": c.country}}, "dpf_certified": c.dpf_certified},
                "parents": []
            }));
        }
        let entities = Entities::from_json_value(json!(entities), None).expect("entities");
        let policies = PolicySet::from_str(CEDAR_POLICIES).expect("policies");
        let requests = cases
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (safeguard, derogation) = mechanism_name(c.mechanism);
                let context = Context::from_json_value(
                    json!({"safeguard": safeguard, "derogation": derogation, "as_of": 20261127}),
                    None,
                )
                .expect("context");
                CedarRequest::new(
                    EntityUid::from_str(r#"Exporter::"controller""#).expect("uid"),
                    EntityUid::from_str(r#"Action::"transfer""#).expect("uid"),
                    EntityUid::from_str(&format!(r#"Recipient::"r{i}""#)).expect("uid"),
                    context,
                    None,
                )
                .expect("request")
            })
            .collect();
        CedarPeer {
            policies,
            entities,
            requests,
        }
    }

    fn decide(&self, authorizer: &Authorizer, i: usize) -> bool {
        let response = authorizer.is_authorized(&self.requests[i], &self.policies, &self.entities);
        response.decision() == Decision::Allow
    }
}

/// Rego: sets of country codes, the input carries the importer and the offered ground.
struct RegoPeer {
    engine: regorus::Engine,
    inputs: Vec<regorus::Value>,
}

impl RegoPeer {
    fn new() -> RegoPeer {
        let quote = |v: Vec<&str>| {
            v.iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let policy = format!(
            r#"package gdpr
import rego.v1
eea := {{{eea}}}
adequate := {{{adequate}}}
safeguards := {{"scc", "bcr", "code_of_conduct", "certification"}}
derogations := {{"explicit_consent", "contract", "public_interest", "legal_claims", "vital_interests"}}
default allow := false
allow if input.country in eea
allow if input.country in adequate
allow if {{
  input.country == "US"
  input.dpf_certified
  input.as_of >= 20230710
}}
allow if input.safeguard in safeguards
allow if input.derogation in derogations
"#,
            eea = quote(eea_codes()),
            adequate = quote(adequate_codes())
        );
        let mut engine = regorus::Engine::new();
        engine.add_policy("gdpr.rego".into(), policy).expect("rego");
        RegoPeer {
            engine,
            inputs: rego_inputs(&cases()),
        }
    }

    fn decide(&mut self, i: usize) -> bool {
        self.engine.set_input(self.inputs[i].clone());
        self.engine
            .eval_rule("data.gdpr.allow".into())
            .expect("eval")
            == regorus::Value::from(true)
    }
}

fn bench(c: &mut Criterion) {
    let cases = cases();
    let expected = cases.iter().filter(|c| c.allowed).count();
    let policy = transfer_policy(&cases);
    let registry = registry();
    let requests = transfer_requests(&cases);
    let day = as_of();
    let cedar = CedarPeer::new();
    let authorizer = Authorizer::new();
    let mut rego = RegoPeer::new();
    let best_cedar = BestCedar::new(&cases);
    let mut best_rego = BestRego::new(&cases);
    let compiled = CompiledPolicy::new(policy.clone(), registry.clone(), NoHolidays.clone());
    let targets: Vec<_> = requests
        .iter()
        .map(|r| compiled.resolve_transfer(r).expect("target"))
        .collect();

    // Every engine and encoding agrees with gdpr, and gdpr with the expected answer, on every
    // request before anything is timed.
    for (i, case) in cases.iter().enumerate() {
        let ours = transfer_verdict(&policy, &registry, &requests[i], day).expect("verdict");
        let allowed = permitted(ours.outcome);
        assert_eq!(allowed, case.allowed, "gdpr on case {i} ({})", case.country);
        let full = assess_transfer(&policy, &registry, &requests[i], day).expect("decision");
        assert_eq!(full.outcome, ours.outcome);
        assert_eq!(
            compiled
                .transfer_verdict(&requests[i], day)
                .expect("verdict"),
            ours
        );
        assert_eq!(
            compiled
                .transfer_answer_to(targets[i], &requests[i], day)
                .expect("answer"),
            TransferAnswer::from(&ours)
        );
        assert_eq!(cedar.decide(&authorizer, i), allowed, "cedar on case {i}");
        assert_eq!(best_cedar.decide(i), allowed, "best cedar on case {i}");
        assert_eq!(rego.decide(i), allowed, "rego on case {i}");
        assert_eq!(best_rego.decide(i), allowed, "best rego on case {i}");
    }

    let mut group = c.benchmark_group("transfer_mix_16_requests");
    group.bench_function("gdpr_transfer_verdict", |b| {
        b.iter(|| {
            assert_eq!(
                count_permitted(&policy, &registry, &requests, day),
                expected
            )
        })
    });
    group.bench_function("gdpr_compiled_transfer_verdict", |b| {
        b.iter(|| {
            assert_eq!(
                count_permitted_compiled(&compiled, &requests, day),
                expected
            )
        })
    });
    group.bench_function("gdpr_compiled_transfer_verdict_resolved", |b| {
        b.iter(|| {
            let allowed = count_permitted_resolved(&compiled, &targets, &requests, day);
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("gdpr_compiled_transfer_verdict_into", |b| {
        b.iter(|| {
            let allowed = count_permitted_into(&compiled, &targets, &requests, day);
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("gdpr_compiled_transfer_answer_resolved", |b| {
        b.iter(|| {
            let allowed = count_answered_resolved(&compiled, &targets, &requests, day);
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("gdpr_assess_transfer_with_sentences", |b| {
        b.iter(|| {
            let mut allowed = 0;
            for r in &requests {
                let d = assess_transfer(black_box(&policy), &registry, black_box(r), day)
                    .expect("decision");
                allowed += usize::from(permitted(d.outcome));
            }
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("cedar_is_authorized", |b| {
        b.iter(|| {
            let allowed = (0..cases.len())
                .filter(|&i| cedar.decide(&authorizer, black_box(i)))
                .count();
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("cedar_best_article_entities_one_policy", |b| {
        b.iter(|| {
            let allowed = (0..cases.len())
                .filter(|&i| best_cedar.decide(black_box(i)))
                .count();
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("regorus_best_rvm_execute", |b| {
        b.iter(|| {
            let allowed = (0..cases.len())
                .filter(|&i| best_rego.decide(black_box(i)))
                .count();
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("regorus_eval_rule", |b| {
        b.iter(|| {
            let allowed = (0..cases.len())
                .filter(|&i| rego.decide(black_box(i)))
                .count();
            assert_eq!(allowed, expected);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
