//! "May this data go to that recipient?" in `gdpr` and in legalis-eu 0.1.6, timed in one run
//! on the requests of `benches/`' fixed transfer mix that legalis-eu can state and answers
//! as `gdpr` does.
//!
//! A transfer's Chapter V ground is the only decision of `gdpr` that legalis-eu expresses
//! with the same inputs (BENCHMARKS.md says why erasure, rights, deadlines and breaches are
//! not compared). legalis-eu states it as a `CrossBorderTransfer` whose `validate()` returns
//! the ground (Art. 45, 46 or 49) or an error. The caller's side of its encoding: the country
//! named as an `AdequateCountry` (legalis-eu does not look countries up) and our ground
//! mapped to its `TransferSafeguard` or `TransferDerogation`. One row times `validate()` on
//! requests built once, outside the timed loop (as the Cedar and Rego requests of
//! `transfer_peers` are); a second builds each request inside it, from the country code and
//! the ground, as a caller without prepared requests would.
//!
//! Before anything is timed, both libraries decide every request of the mix. Where they
//! agree — the same outcome and, when permitted, the same ground — the request is timed.
//! Where they differ, the difference must be one documented below (`Difference`) or the run
//! fails; those requests are left out of the timed mix.

use std::hint::black_box;

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use gdpr::assess::{transfer_verdict, NoHolidays, TransferAnswer, TransferOutcome};
use gdpr::compiled::CompiledPolicy;
use gdpr::{Derogation, Safeguard, TransferMechanism};
use gdpr_bench::{
    as_of, cases, count_answered_resolved, count_permitted, count_permitted_compiled,
    count_permitted_resolved, permitted, registry, transfer_policy, transfer_requests, Case,
};
use legalis_core::LegalResult;
use legalis_eu::gdpr::{
    AdequateCountry, CrossBorderTransfer, TransferDerogation, TransferLegalBasis, TransferSafeguard,
};
use legalis_eu::MemberState;

/// The caller's half of legalis-eu's Art. 45: it takes the adequate country as an
/// `AdequateCountry` and never looks a destination up, so the caller must. These are its
/// fourteen variants; it has none for the United States (the Data Privacy Framework) or
/// Brazil, and no dates or scopes.
fn adequate_country(iso: &str) -> Option<AdequateCountry> {
    use AdequateCountry as A;
    Some(match iso {
        "AD" => A::Andorra,
        "AR" => A::Argentina,
        "CA" => A::Canada,
        "FO" => A::FaroeIslands,
        "GG" => A::Guernsey,
        "IL" => A::Israel,
        "IM" => A::IsleOfMan,
        "JE" => A::Jersey,
        "NZ" => A::NewZealand,
        "KR" => A::SouthKorea,
        "CH" => A::Switzerland,
        "GB" => A::UnitedKingdom,
        "UY" => A::Uruguay,
        "JP" => A::Japan,
        _ => return None,
    })
}

/// Our Art. 46 safeguard as legalis-eu's, with the facts its checks read set so that it is
/// valid (the 2021 clauses, signed; binding commitments), as the mix's requests say
/// (`safeguards_effective(true)`). Art. 46(2)(a) and 46(2)(d) have no legalis-eu variant.
fn legalis_safeguard(s: Safeguard) -> Option<TransferSafeguard> {
    Some(match s {
        Safeguard::StandardContractualClauses => TransferSafeguard::StandardContractualClauses {
            version: "2021".into(),
            clauses_signed: true,
        },
        Safeguard::BindingCorporateRules => TransferSafeguard::BindingCorporateRules {
            approved_by: MemberState::Netherlands,
            approval_date: Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).single()?,
        },
        Safeguard::CodeOfConduct => TransferSafeguard::CodeOfConduct {
            code_id: "code".into(),
            binding_commitments: true,
        },
        Safeguard::Certification => TransferSafeguard::Certification {
            certifying_authority: "certifier".into(),
            binding_commitments: true,
        },
        Safeguard::AuthorisedContractualClauses => TransferSafeguard::AuthorityApprovedClauses {
            approved_by: MemberState::Netherlands,
            approval_ref: "authorisation".into(),
        },
        Safeguard::AdministrativeArrangement => TransferSafeguard::AdministrativeArrangement {
            arrangement_id: "arrangement".into(),
        },
        _ => return None,
    })
}

/// Our Art. 49 derogation as legalis-eu's.
fn legalis_derogation(d: Derogation) -> Option<TransferDerogation> {
    use TransferDerogation as L;
    Some(match d {
        Derogation::ExplicitConsent => L::ExplicitConsent,
        Derogation::ContractWithSubject => L::ContractPerformance,
        Derogation::ContractInSubjectsInterest => L::ContractInDataSubjectInterest,
        Derogation::ImportantPublicInterest => L::PublicInterest,
        Derogation::LegalClaims => L::LegalClaims,
        Derogation::VitalInterests => L::VitalInterests,
        Derogation::PublicRegister => L::PublicRegister,
        // Its only checked derogation needs counts the mix does not have.
        _ => return None,
    })
}

/// A request of the mix as a legalis-eu `CrossBorderTransfer`, when it can be stated.
fn legalis_transfer(case: &Case) -> Option<CrossBorderTransfer> {
    let mut transfer = CrossBorderTransfer::new()
        .with_origin("EU")
        .with_destination_country(case.country);
    if let Some(country) = adequate_country(case.country) {
        transfer = transfer.with_adequate_destination(country);
    }
    Some(match case.mechanism {
        // Adequacy is stated by naming the country above.
        None | Some(TransferMechanism::AdequacyDecision) => transfer,
        Some(TransferMechanism::Safeguard(s)) => transfer.with_safeguard(legalis_safeguard(s)?),
        Some(TransferMechanism::Derogation(d)) => transfer.with_derogation(legalis_derogation(d)?),
    })
}

/// What either library answered, in common terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// Chapter V does not apply (`gdpr` only).
    NotATransfer,
    /// Permitted on this ground.
    Permitted(TransferMechanism),
    /// Refused (`gdpr`: prohibited; legalis-eu: `Err` from `validate`).
    Refused,
    /// Left to a person (`gdpr`: needs review; legalis-eu: `JudicialDiscretion` or `Void`).
    Review,
}

fn gdpr_answer(outcome: TransferOutcome, ground: Option<TransferMechanism>) -> Answer {
    match (outcome, ground) {
        (TransferOutcome::NotATransfer, _) => Answer::NotATransfer,
        (TransferOutcome::Permitted, Some(g)) => Answer::Permitted(g),
        (TransferOutcome::Prohibited, _) => Answer::Refused,
        _ => Answer::Review,
    }
}

fn legalis_answer(transfer: &CrossBorderTransfer) -> Answer {
    let Ok(validation) = transfer.validate() else {
        return Answer::Refused;
    };
    let ground = match validation.legal_basis {
        TransferLegalBasis::AdequacyDecision { .. } => TransferMechanism::AdequacyDecision,
        TransferLegalBasis::AppropriateSafeguards { safeguard } => {
            TransferMechanism::Safeguard(match safeguard {
                TransferSafeguard::StandardContractualClauses { .. } => {
                    Safeguard::StandardContractualClauses
                }
                TransferSafeguard::BindingCorporateRules { .. } => Safeguard::BindingCorporateRules,
                TransferSafeguard::CodeOfConduct { .. } => Safeguard::CodeOfConduct,
                TransferSafeguard::Certification { .. } => Safeguard::Certification,
                TransferSafeguard::AuthorityApprovedClauses { .. } => {
                    Safeguard::AuthorisedContractualClauses
                }
                TransferSafeguard::AdministrativeArrangement { .. } => {
                    Safeguard::AdministrativeArrangement
                }
            })
        }
        TransferLegalBasis::Derogation { derogation } => {
            TransferMechanism::Derogation(match derogation {
                TransferDerogation::ExplicitConsent => Derogation::ExplicitConsent,
                TransferDerogation::ContractPerformance => Derogation::ContractWithSubject,
                TransferDerogation::ContractInDataSubjectInterest => {
                    Derogation::ContractInSubjectsInterest
                }
                TransferDerogation::PublicInterest => Derogation::ImportantPublicInterest,
                TransferDerogation::LegalClaims => Derogation::LegalClaims,
                TransferDerogation::VitalInterests => Derogation::VitalInterests,
                TransferDerogation::PublicRegister => Derogation::PublicRegister,
                TransferDerogation::CompellingLegitimateInterests { .. } => {
                    Derogation::CompellingLegitimateInterests
                }
            })
        }
    };
    match validation.transfer_permitted {
        LegalResult::Deterministic(true) => Answer::Permitted(ground),
        LegalResult::Deterministic(false) => Answer::Refused,
        _ => Answer::Review,
    }
}

/// Whether legalis-eu lets the transfer go: the timed body of its rows.
fn legalis_permits(transfer: &CrossBorderTransfer) -> bool {
    matches!(
        transfer.validate(),
        Ok(v) if matches!(v.transfer_permitted, LegalResult::Deterministic(true))
    )
}

/// The requests of the mix on which the two libraries legitimately differ, and why. Any
/// other difference fails the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Difference {
    /// An EEA destination is no transfer; legalis-eu has no notion of the EEA (it never
    /// reads `origin`) and refuses every destination without a ground.
    NoEea,
    /// A DPF-certified U.S. importer is covered by the adequacy decision of 10 July 2023;
    /// `AdequateCountry` has no United States.
    NoDataPrivacyFramework,
    /// SCCs to the U.S., with the request saying the safeguards are effective: legalis-eu
    /// has no such input and returns `JudicialDiscretion` for any safeguard to a destination
    /// spelled "US", "United States", "China" or "Russia" (so not for "CN").
    ImpactAssessmentBySpelling,
}

fn documented_difference(case: &Case, ours: Answer, theirs: Answer) -> Option<Difference> {
    match (ours, theirs) {
        (Answer::NotATransfer, Answer::Refused) => Some(Difference::NoEea),
        (Answer::Permitted(TransferMechanism::AdequacyDecision), Answer::Refused)
            if case.country == "US" && case.dpf_certified =>
        {
            Some(Difference::NoDataPrivacyFramework)
        }
        (Answer::Permitted(TransferMechanism::Safeguard(_)), Answer::Review)
            if case.country == "US" =>
        {
            Some(Difference::ImpactAssessmentBySpelling)
        }
        _ => None,
    }
}

fn bench(c: &mut Criterion) {
    let cases = cases();
    let policy = transfer_policy(&cases);
    let registry = registry();
    let requests = transfer_requests(&cases);
    let day = as_of();
    let compiled = CompiledPolicy::new(policy.clone(), registry.clone(), NoHolidays.clone());

    // Decide every request of the mix in both libraries; keep the ones they agree on.
    let mut timed = vec![];
    let mut differences = vec![];
    for (i, case) in cases.iter().enumerate() {
        let verdict = transfer_verdict(&policy, &registry, &requests[i], day).expect("verdict");
        assert_eq!(permitted(verdict.outcome), case.allowed, "gdpr on case {i}");
        let ours = gdpr_answer(verdict.outcome, verdict.ground);
        let transfer = legalis_transfer(case)
            .unwrap_or_else(|| panic!("case {i} ({}) has no legalis-eu form", case.country));
        let theirs = legalis_answer(&transfer);
        if ours == theirs {
            timed.push((i, transfer));
        } else {
            let why = documented_difference(case, ours, theirs).unwrap_or_else(|| {
                panic!(
                    "case {i} ({}): gdpr {ours:?}, legalis-eu {theirs:?}",
                    case.country
                )
            });
            differences.push((case.country, why));
        }
    }
    // The mix is fixed: if it changes, the section of BENCHMARKS.md must change with it.
    assert_eq!(
        differences,
        [
            ("BE", Difference::NoEea),
            ("NO", Difference::NoEea),
            ("US", Difference::NoDataPrivacyFramework),
            ("US", Difference::ImpactAssessmentBySpelling),
        ],
        "the requests left out"
    );
    let ours: Vec<_> = timed.iter().map(|(i, _)| requests[*i].clone()).collect();
    let mix: Vec<&Case> = timed.iter().map(|(i, _)| &cases[*i]).collect();
    let targets: Vec<_> = ours
        .iter()
        .map(|r| compiled.resolve_transfer(r).expect("target"))
        .collect();
    let theirs: Vec<CrossBorderTransfer> = timed.into_iter().map(|(_, t)| t).collect();
    let expected = count_permitted(&policy, &registry, &ours, day);
    for (r, t) in ours.iter().zip(&targets) {
        let verdict = transfer_verdict(&policy, &registry, r, day).expect("verdict");
        assert_eq!(compiled.transfer_verdict(r, day).expect("verdict"), verdict);
        assert_eq!(
            compiled.transfer_answer_to(*t, r, day).expect("answer"),
            TransferAnswer::from(&verdict)
        );
    }

    let mut group = c.benchmark_group(format!("transfer_legalis_mix_{}_requests", ours.len()));
    group.bench_function("gdpr_transfer_verdict", |b| {
        b.iter(|| assert_eq!(count_permitted(&policy, &registry, &ours, day), expected))
    });
    group.bench_function("gdpr_compiled_transfer_verdict", |b| {
        b.iter(|| assert_eq!(count_permitted_compiled(&compiled, &ours, day), expected))
    });
    group.bench_function("gdpr_compiled_transfer_verdict_resolved", |b| {
        b.iter(|| {
            let allowed = count_permitted_resolved(&compiled, &targets, &ours, day);
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("gdpr_compiled_transfer_answer_resolved", |b| {
        b.iter(|| {
            let allowed = count_answered_resolved(&compiled, &targets, &ours, day);
            assert_eq!(allowed, expected);
        })
    });
    group.bench_function("legalis_eu_validate", |b| {
        b.iter(|| {
            let allowed = theirs
                .iter()
                .filter(|t| legalis_permits(black_box(t)))
                .count();
            assert_eq!(allowed, expected);
        })
    });
    // What a caller holding a country code and a ground does for each request: name the
    // adequate country, build the `CrossBorderTransfer` (its builder takes owned strings),
    // validate.
    group.bench_function("legalis_eu_build_and_validate", |b| {
        b.iter(|| {
            let allowed = mix
                .iter()
                .filter(|case| {
                    let t = legalis_transfer(black_box(case)).expect("a legalis-eu request");
                    legalis_permits(&t)
                })
                .count();
            assert_eq!(allowed, expected);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
