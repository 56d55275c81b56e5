//! The grounds for erasure of Art. 17(1)(a)–(f), one function each.

use super::decide::{push_once, Finding, Subject};
use super::{ErasureGround, Objection};
use crate::assess::{OpenQuestion, Reason};
use crate::explain::{FindingOn, Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::Citation;

/// Every ground, in the order of the article.
pub(super) fn all(s: &Subject<'_, '_>) -> [(ErasureGround, Finding); 6] {
    [
        (ErasureGround::NoLongerNecessary, no_longer_necessary(s)),
        (ErasureGround::ConsentWithdrawn, consent_withdrawn(s)),
        (ErasureGround::Objection, objection(s)),
        (ErasureGround::UnlawfullyProcessed, unlawfully_processed(s)),
        (
            ErasureGround::LegalObligationToErase,
            legal_obligation_to_erase(s),
        ),
        (ErasureGround::ChildInformationSocietyService, child(s)),
    ]
}

fn cite(point: char) -> Citation {
    Citation::article(17).paragraph(1).point(point)
}

fn fact_question(code: QuestionCode, field: &'static str, point: char) -> OpenQuestion {
    OpenQuestion::of(code, field, cite(point))
}

/// (a): no longer necessary for the purposes, as the request says or a maximum retention
/// period shows.
fn no_longer_necessary(s: &Subject<'_, '_>) -> Finding {
    let said = Truth::from_fact(s.facts().no_longer_necessary);
    let over = s.retention.maximum_over;
    let mut finding = Finding::from(
        said.or(over),
        Reason::of(ReasonCode::NoLongerNecessary, cite('a')),
        Vec::new(),
    );
    if finding.truth.is_yes() && over.is_yes() {
        finding.reasons = vec![Reason::of(ReasonCode::MaximumPeriodOver, cite('a'))];
    }
    if finding.truth.is_unknown() {
        finding.questions.push(fact_question(
            QuestionCode::NoLongerNecessary,
            "no_longer_necessary",
            'a',
        ));
        finding
            .questions
            .extend(s.retention.maximum_questions.iter().cloned());
    }
    finding
}

/// (b): consent withdrawn, and no other legal ground. For special categories the other
/// ground must include a condition of Art. 9(2) other than explicit consent: without one the
/// prohibition of Art. 9(1) applies again.
fn consent_withdrawn(s: &Subject<'_, '_>) -> Finding {
    let act = s.activity();
    let why = cite('b');
    let (on_consent, mut questions) =
        s.any_purpose(|p| predicates::rests_on(p, predicates::consent), why);
    let explicit = s.is_special() && predicates::on_explicit_consent(act);
    let on_consent = on_consent.or(Truth::of(explicit));
    if on_consent.is_no() {
        return Finding::no();
    }
    let withdrawn = Truth::from_fact(s.facts().consent_withdrawn);
    let prohibited_again = s.is_special() && !predicates::other_special_condition(act);
    let (other, other_questions) = if prohibited_again {
        (Truth::No, Vec::new())
    } else {
        s.any_purpose(|p| s.lawful_basis(p, |b| !predicates::consent(b)), why)
    };
    let truth = withdrawn.and(on_consent).and(other.not());
    // The reason names explicit consent only where the record relies on it.
    let reason = match (prohibited_again, predicates::on_explicit_consent(act)) {
        (true, true) => Reason::of(ReasonCode::ExplicitConsentWithdrawn, why),
        (true, false) => Reason::of(ReasonCode::ConsentWithdrawnSpecialCategory, why),
        (false, _) => Reason::of(ReasonCode::ConsentWithdrawn, why),
    };
    if truth.is_unknown() {
        if withdrawn.is_unknown() {
            questions.insert(
                0,
                fact_question(QuestionCode::ConsentWithdrawn, "consent_withdrawn", 'b'),
            );
        }
        for q in other_questions {
            push_once(&mut questions, q);
        }
    }
    let finding = Finding::from(truth, reason, questions);
    if withdrawn.is_yes() && on_consent.is_yes() && other.is_yes() {
        finding.note(Reason::of(ReasonCode::ConsentWithdrawnOtherGround, why))
    } else {
        finding
    }
}

/// (c): an objection under Art. 21(1) without overriding legitimate grounds, or under
/// Art. 21(2). Only the processing objected to ends; data another purpose needs on another
/// basis stay for it.
fn objection(s: &Subject<'_, '_>) -> Finding {
    let why = cite('c');
    // Research and statistics are objected to under Art. 21(6), which is no ground of
    // Art. 17(1)(c).
    let balanced = |p: &crate::Purpose| {
        if predicates::research_or_statistics(p) {
            Truth::No
        } else {
            predicates::rests_on(p, predicates::task_or_interests)
        }
    };
    match s.facts().objection {
        None => {
            let (open_to_objection, _) =
                s.any_purpose(|p| balanced(p).or(Truth::of(p.direct_marketing)), why);
            if open_to_objection.is_no() {
                Finding::no()
            } else {
                Finding::unknown(vec![fact_question(
                    QuestionCode::Objection,
                    "objection",
                    'c',
                )])
            }
        }
        Some(Objection::NotMade) => Finding::no(),
        Some(Objection::DirectMarketing) => {
            let (marketing, mut questions) = s.any_purpose(|p| Truth::of(p.direct_marketing), why);
            let (other, more) = s.any_purpose(|p| Truth::of(!p.direct_marketing), why);
            questions.extend(more);
            let finding = Finding::from(
                marketing.and(other.not()),
                Reason::of(ReasonCode::DirectMarketingObjectionErases, why),
                questions,
            );
            if marketing.is_yes() && other.is_yes() {
                finding.note(Reason::of(
                    ReasonCode::DirectMarketingUseStops,
                    Citation::article(21).paragraph(3),
                ))
            } else {
                finding
            }
        }
        Some(Objection::ParticularSituation) => {
            let (objectable, mut questions) = s.any_purpose(balanced, why);
            if objectable.is_no() {
                return Finding::no().note(Reason::of(
                    ReasonCode::ObjectionOnlyForTaskOrInterests,
                    Citation::article(21).paragraph(1),
                ));
            }
            let overriding = Truth::from_fact(s.facts().overriding_legitimate_grounds);
            let (other, more) = s.any_purpose(|p| balanced(p).not(), why);
            if overriding.is_unknown() {
                questions.insert(
                    0,
                    OpenQuestion::of(
                        QuestionCode::OverridingLegitimateGrounds,
                        "overriding_legitimate_grounds",
                        Citation::article(21).paragraph(1),
                    ),
                );
            }
            questions.extend(more);
            let finding = Finding::from(
                objectable.and(overriding.not()).and(other.not()),
                Reason::of(ReasonCode::ObjectionWithoutOverridingGrounds, why),
                questions,
            );
            if overriding.is_yes() {
                finding.note(Reason::of(
                    ReasonCode::OverridingGroundsDemonstrated,
                    Citation::article(21).paragraph(1),
                ))
            } else {
                finding
            }
        }
    }
}

/// (d): unlawful processing, as the request says; where it does not, the record's own
/// lawfulness defects are named in the question.
fn unlawfully_processed(s: &Subject<'_, '_>) -> Finding {
    let reason = Reason::of(ReasonCode::UnlawfullyProcessed, cite('d'));
    match s.facts().unlawfully_processed {
        Some(true) => return Finding::yes(reason),
        Some(false) => return Finding::no(),
        None => {}
    }
    let act = s.activity();
    let findings: Vec<FindingOn> = predicates::defects(s.at.policy, act)
        .filter(|d| match (d.purpose(), d.category()) {
            (Some(p), _) => act
                .purposes
                .get(p)
                .is_some_and(|p| !predicates::needs(act, p, &s.category.id).is_no()),
            (_, Some(c)) => c.id == s.category.id,
            _ => false,
        })
        .map(|d| FindingOn {
            code: d.finding_code(),
            id: match (d.purpose(), d.category()) {
                (Some(p), _) => act
                    .purposes
                    .get(p)
                    .map_or_else(String::new, |x| x.id.clone()),
                (_, Some(c)) => c.id.clone(),
                _ => String::new(),
            },
        })
        .collect();
    Finding::unknown(vec![OpenQuestion::with(
        QuestionCode::UnlawfullyProcessed,
        "unlawfully_processed",
        cite('d'),
        Params {
            findings,
            ..Params::default()
        },
    )])
}

/// (e): a legal obligation to erase.
fn legal_obligation_to_erase(s: &Subject<'_, '_>) -> Finding {
    Finding::from(
        Truth::from_fact(s.facts().legal_obligation_to_erase),
        Reason::of(ReasonCode::LegalObligationToErase, cite('e')),
        vec![fact_question(
            QuestionCode::LegalObligationToErase,
            "legal_obligation_to_erase",
            'e',
        )],
    )
}

/// (f): collected in relation to an information society service offered to a child
/// (Art. 8(1)); only where a purpose that needs the data offers such a service.
fn child(s: &Subject<'_, '_>) -> Finding {
    let why = cite('f');
    let (offered, _) = s.any_purpose(|p| Truth::of(p.offered_to_children), why);
    if offered.is_no() {
        return Finding::no();
    }
    Finding::from(
        offered.and(Truth::from_fact(s.facts().collected_from_child_online)),
        Reason::of(ReasonCode::ChildInformationSocietyService, why),
        vec![fact_question(
            QuestionCode::CollectedFromChildOnline,
            "collected_from_child_online",
            'f',
        )],
    )
}
