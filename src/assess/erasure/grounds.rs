//! The grounds for erasure of Art. 17(1)(a)–(f), one function each.

use super::decide::{push_once, Finding, Subject};
use super::{ErasureGround, Objection};
use crate::assess::{OpenQuestion, Reason};
use crate::predicates::{self, Defect, Truth};
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

fn fact_question(field: &'static str, question: &'static str, point: char) -> OpenQuestion {
    OpenQuestion::fixed(field, question, cite(point))
}

/// (a): no longer necessary for the purposes, as the request says or a maximum retention
/// period shows.
fn no_longer_necessary(s: &Subject<'_, '_>) -> Finding {
    let said = Truth::from_fact(s.facts().no_longer_necessary);
    let over = s.retention.maximum_over;
    let mut finding = Finding::from(
        said.or(over),
        Reason::fixed(
            cite('a'),
            "the data are no longer necessary for the purposes for which they were collected or otherwise processed",
        ),
        Vec::new(),
    );
    if finding.truth.is_yes() && over.is_yes() {
        finding.reasons = vec![Reason::fixed(
            cite('a'),
            "the maximum retention period for these data is over, so they are no longer necessary for their purposes (Art. 5(1)(e))",
        )];
    }
    if finding.truth.is_unknown() {
        finding.questions.push(fact_question(
            "no_longer_necessary",
            "are the data still necessary for the purposes for which they were collected or otherwise processed?",
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
    let reason = if prohibited_again {
        Reason::fixed(
            why,
            "the subject withdrew their explicit consent (Art. 9(2)(a)), and no other condition of Art. 9(2) lifts the prohibition of Art. 9(1): these special-category data may no longer be processed",
        )
    } else {
        Reason::fixed(
            why,
            "the subject withdrew the consent the processing of these data rests on, and no other purpose gives a legal ground for them",
        )
    };
    if truth.is_unknown() {
        if withdrawn.is_unknown() {
            questions.insert(
                0,
                fact_question(
                    "consent_withdrawn",
                    "has the subject withdrawn the consent the processing rests on?",
                    'b',
                ),
            );
        }
        for q in other_questions {
            push_once(&mut questions, q);
        }
    }
    let finding = Finding::from(truth, reason, questions);
    if withdrawn.is_yes() && on_consent.is_yes() && other.is_yes() {
        finding.note(Reason::fixed(
            why,
            "consent was withdrawn, but another purpose with its own legal ground needs these data: the processing on consent stops (Art. 7(3)) and the data stay for that purpose",
        ))
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
                    "objection",
                    "has the subject objected to the processing, on grounds of their particular situation (`particular_situation`) or to direct marketing (`direct_marketing`), or not (`none`)?",
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
                Reason::fixed(
                    why,
                    "the subject objected to direct marketing (Art. 21(2)), and these data serve only direct marketing: they are erased",
                ),
                questions,
            );
            if marketing.is_yes() && other.is_yes() {
                finding.note(Reason::fixed(
                    Citation::article(21).paragraph(3),
                    "the direct-marketing use of these data stops, but another purpose needs them",
                ))
            } else {
                finding
            }
        }
        Some(Objection::ParticularSituation) => {
            let (objectable, mut questions) = s.any_purpose(balanced, why);
            if objectable.is_no() {
                return Finding::no().note(Reason::fixed(
                    Citation::article(21).paragraph(1),
                    "an objection on grounds of a particular situation reaches only processing based on Art. 6(1)(e) or (f)",
                ));
            }
            let overriding = Truth::from_fact(s.facts().overriding_legitimate_grounds);
            let (other, more) = s.any_purpose(|p| balanced(p).not(), why);
            if overriding.is_unknown() {
                questions.insert(0, OpenQuestion::fixed(
                    "overriding_legitimate_grounds",
                    "has the controller compelling legitimate grounds for the processing that override the subject's interests, rights and freedoms?",
                    Citation::article(21).paragraph(1),
                ));
            }
            questions.extend(more);
            let finding = Finding::from(
                objectable.and(overriding.not()).and(other.not()),
                Reason::fixed(
                    why,
                    "the subject objected under Art. 21(1), and there are no overriding legitimate grounds for the processing of these data",
                ),
                questions,
            );
            if overriding.is_yes() {
                finding.note(Reason::fixed(
                    Citation::article(21).paragraph(1),
                    "the controller demonstrates compelling legitimate grounds that override the subject's interests",
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
    let reason = Reason::fixed(cite('d'), "the data have been unlawfully processed");
    match s.facts().unlawfully_processed {
        Some(true) => return Finding::yes(reason),
        Some(false) => return Finding::no(),
        None => {}
    }
    let act = s.activity();
    let shown: Vec<String> = predicates::defects(s.at.policy, act)
        .filter(|d| match (d.purpose(), d.category()) {
            (Some(p), _) => act
                .purposes
                .get(p)
                .is_some_and(|p| !predicates::needs(act, p, &s.category.id).is_no()),
            (_, Some(c)) => c.id == s.category.id,
            _ => false,
        })
        .map(|d| describe(&d, act))
        .collect();
    let question = if shown.is_empty() {
        "have these data been unlawfully processed?".to_owned()
    } else {
        format!(
            "the record shows {}: are these data unlawfully processed? If so, they are erased",
            shown.join("; ")
        )
    };
    Finding::unknown(vec![OpenQuestion {
        field: "unlawfully_processed".into(),
        question: question.into(),
        citation: cite('d'),
    }])
}

fn describe(defect: &Defect<'_>, act: &crate::ProcessingActivity) -> String {
    let purpose = |p: usize| act.purposes.get(p).map_or("", |x| x.id.as_str());
    let what = match defect {
        Defect::NoBasis(p) => format!("no lawful basis for the purpose `{}`", purpose(*p)),
        Defect::LegitimateInterestsOfPublicAuthority(p) => format!(
            "legitimate interests relied on by a public authority for the purpose `{}`",
            purpose(*p)
        ),
        Defect::SpecialCategoryWithoutCondition(c) => {
            format!("no condition of Art. 9(2) for `{}`", c.id)
        }
        Defect::CriminalDataWithoutAuthorisation(c) => {
            format!("no authorisation of Art. 10 for `{}`", c.id)
        }
        Defect::NationalNumberWithoutLaw(c) => format!("no law of Art. 87 for `{}`", c.id),
        Defect::AutomatedDecisionWithoutGround(p) => format!(
            "solely automated decisions without a ground of Art. 22(2) in `{}`",
            purpose(*p)
        ),
        Defect::AutomatedDecisionOnSpecialCategories(p) => format!(
            "solely automated decisions on special categories in `{}`",
            purpose(*p)
        ),
    };
    format!("{what} ({})", defect.citation())
}

/// (e): a legal obligation to erase.
fn legal_obligation_to_erase(s: &Subject<'_, '_>) -> Finding {
    Finding::from(
        Truth::from_fact(s.facts().legal_obligation_to_erase),
        Reason::fixed(
            cite('e'),
            "Union or Member State law to which the controller is subject requires the data to be erased",
        ),
        vec![fact_question(
            "legal_obligation_to_erase",
            "does Union or Member State law require these data to be erased?",
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
        Reason::fixed(
            why,
            "the data were collected from the subject as a child in relation to an information society service offered directly to them",
        ),
        vec![fact_question(
            "collected_from_child_online",
            "were the data collected from the subject as a child, in relation to an information society service offered directly to them?",
            'f',
        )],
    )
}
