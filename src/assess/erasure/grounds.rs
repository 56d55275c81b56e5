//! The grounds for erasure of Art. 17(1)(a)–(f), one function each.

use super::decide::{Finding, Subject};
use super::mode::{Mode, Notes};
use super::profile::PurposeTest;
use super::{ErasureGround, ErasureReason, Objection};
use crate::assess::OpenQuestion;
use crate::explain::{FindingOn, Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::Citation;

/// Every ground, in the order of the article.
pub(super) fn all<'a, M: Mode>(s: &Subject<'a, '_, M>) -> [(ErasureGround, Finding<'a, M>); 6] {
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
fn no_longer_necessary<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    let said = Truth::from_fact(s.facts().no_longer_necessary);
    let over = s.retention.maximum_over;
    let truth = said.or(over);
    let mut finding: Finding<'a, M> = if truth.is_yes() && over.is_yes() {
        Finding::yes(|| ErasureReason::of(ReasonCode::MaximumPeriodOver, cite('a')))
    } else {
        Finding::from(
            truth,
            || ErasureReason::of(ReasonCode::NoLongerNecessary, cite('a')),
            M::Questions::default(),
        )
    };
    if finding.truth.is_unknown() {
        finding
            .questions
            .push(|| fact_question(QuestionCode::NoLongerNecessary, "no_longer_necessary", 'a'));
        finding
            .questions
            .append(s.retention.maximum_questions.clone());
    }
    finding
}

/// (b): consent withdrawn, and no other legal ground. For special categories the other
/// ground must include a condition of Art. 9(2) other than explicit consent: without one the
/// prohibition of Art. 9(1) applies again.
fn consent_withdrawn<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    let act = s.activity();
    let why = cite('b');
    let (on_consent, mut questions) = s.any_purpose(PurposeTest::Consent, why);
    let explicit = s.is_special() && predicates::on_explicit_consent(act);
    let on_consent = on_consent.or(Truth::of(explicit));
    if on_consent.is_no() {
        return Finding::no();
    }
    let withdrawn = Truth::from_fact(s.facts().consent_withdrawn);
    let prohibited_again = s.is_special() && !predicates::other_special_condition(act);
    let (other, other_questions) = if prohibited_again {
        (Truth::No, M::Questions::default())
    } else {
        s.any_purpose(PurposeTest::OtherGround, why)
    };
    let truth = withdrawn.and(on_consent).and(other.not());
    // The reason names explicit consent only where the record relies on it.
    let reason = || match (prohibited_again, predicates::on_explicit_consent(act)) {
        (true, true) => ErasureReason::of(ReasonCode::ExplicitConsentWithdrawn, why),
        (true, false) => ErasureReason::of(ReasonCode::ConsentWithdrawnSpecialCategory, why),
        (false, _) => ErasureReason::of(ReasonCode::ConsentWithdrawn, why),
    };
    if truth.is_unknown() {
        if withdrawn.is_unknown() {
            questions.insert_first(|| {
                fact_question(QuestionCode::ConsentWithdrawn, "consent_withdrawn", 'b')
            });
        }
        questions.append_once(other_questions);
    }
    let finding = Finding::from(truth, reason, questions);
    if withdrawn.is_yes() && on_consent.is_yes() && other.is_yes() {
        finding.note(|| ErasureReason::of(ReasonCode::ConsentWithdrawnOtherGround, why))
    } else {
        finding
    }
}

/// (c): an objection under Art. 21(1) without overriding legitimate grounds, or under
/// Art. 21(2). Only the processing objected to ends; data another purpose needs on another
/// basis stay for it.
fn objection<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    let why = cite('c');
    // Research and statistics are objected to under Art. 21(6), which is no ground of
    // Art. 17(1)(c): `PurposeTest::Objectable` leaves them out.
    match s.facts().objection {
        None => {
            let (open_to_objection, _) = s.any_purpose(PurposeTest::OpenToObjection, why);
            if open_to_objection.is_no() {
                Finding::no()
            } else {
                Finding::unknown(M::Questions::one(|| {
                    fact_question(QuestionCode::Objection, "objection", 'c')
                }))
            }
        }
        Some(Objection::NotMade) => Finding::no(),
        Some(Objection::DirectMarketing) => {
            let (marketing, mut questions) = s.any_purpose(PurposeTest::DirectMarketing, why);
            let (other, more) = s.any_purpose(PurposeTest::NotDirectMarketing, why);
            questions.append(more);
            let finding = Finding::from(
                marketing.and(other.not()),
                || ErasureReason::of(ReasonCode::DirectMarketingObjectionErases, why),
                questions,
            );
            if marketing.is_yes() && other.is_yes() {
                finding.note(|| {
                    ErasureReason::of(
                        ReasonCode::DirectMarketingUseStops,
                        Citation::article(21).paragraph(3),
                    )
                })
            } else {
                finding
            }
        }
        Some(Objection::ParticularSituation) => {
            let (objectable, mut questions) = s.any_purpose(PurposeTest::Objectable, why);
            if objectable.is_no() {
                return Finding::no().note(|| {
                    ErasureReason::of(
                        ReasonCode::ObjectionOnlyForTaskOrInterests,
                        Citation::article(21).paragraph(1),
                    )
                });
            }
            let overriding = Truth::from_fact(s.facts().overriding_legitimate_grounds);
            let (other, more) = s.any_purpose(PurposeTest::NotObjectable, why);
            if overriding.is_unknown() {
                questions.insert_first(|| {
                    OpenQuestion::of(
                        QuestionCode::OverridingLegitimateGrounds,
                        "overriding_legitimate_grounds",
                        Citation::article(21).paragraph(1),
                    )
                });
            }
            questions.append(more);
            let finding = Finding::from(
                objectable.and(overriding.not()).and(other.not()),
                || ErasureReason::of(ReasonCode::ObjectionWithoutOverridingGrounds, why),
                questions,
            );
            if overriding.is_yes() {
                finding.note(|| {
                    ErasureReason::of(
                        ReasonCode::OverridingGroundsDemonstrated,
                        Citation::article(21).paragraph(1),
                    )
                })
            } else {
                finding
            }
        }
    }
}

/// (d): unlawful processing, as the request says; where it does not, the record's own
/// lawfulness defects are named in the question.
fn unlawfully_processed<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    match s.facts().unlawfully_processed {
        Some(true) => {
            return Finding::yes(|| ErasureReason::of(ReasonCode::UnlawfullyProcessed, cite('d')))
        }
        Some(false) => return Finding::no(),
        None => {}
    }
    Finding::unknown(M::Questions::one(|| defects_question(s)))
}

/// The question of (d), naming the defects the record itself shows for these data.
fn defects_question<M: Mode>(s: &Subject<'_, '_, M>) -> OpenQuestion {
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
    OpenQuestion::with(
        QuestionCode::UnlawfullyProcessed,
        "unlawfully_processed",
        cite('d'),
        Params {
            findings,
            ..Params::default()
        },
    )
}

/// (e): a legal obligation to erase.
fn legal_obligation_to_erase<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    Finding::from(
        Truth::from_fact(s.facts().legal_obligation_to_erase),
        || ErasureReason::of(ReasonCode::LegalObligationToErase, cite('e')),
        M::Questions::one(|| {
            fact_question(
                QuestionCode::LegalObligationToErase,
                "legal_obligation_to_erase",
                'e',
            )
        }),
    )
}

/// (f): collected in relation to an information society service offered to a child
/// (Art. 8(1)); only where a purpose that needs the data offers such a service.
fn child<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    let why = cite('f');
    let (offered, _) = s.any_purpose(PurposeTest::OfferedToChildren, why);
    if offered.is_no() {
        return Finding::no();
    }
    Finding::from(
        offered.and(Truth::from_fact(s.facts().collected_from_child_online)),
        || ErasureReason::of(ReasonCode::ChildInformationSocietyService, why),
        M::Questions::one(|| {
            fact_question(
                QuestionCode::CollectedFromChildOnline,
                "collected_from_child_online",
                'f',
            )
        }),
    )
}
