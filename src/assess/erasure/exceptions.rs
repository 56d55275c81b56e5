//! The exceptions of Art. 17(3)(a)–(e), one function each: erasure is not required "to the
//! extent that processing is necessary" for them, so each keeps only the data it covers.

use super::decide::{Finding, Subject};
use super::{ErasureException, ErasureItem, Objection};
use crate::assess::{OpenQuestion, Reason};
use crate::explain::{Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::{Citation, LegalBasis, RetentionAction, SpecialCategoryCondition};

/// Until when an exception keeps the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum KeepUntil {
    /// A rule ends the keeping on this day, with what happens then and the duty's law.
    Date(chrono::NaiveDate, RetentionAction, Option<String>),
    /// As long as the exception's need lasts (legal claims, expression): no rule sets a day.
    Open,
    /// No rule sets a day, though one should: the question says which.
    Ask(Box<OpenQuestion>),
}

impl KeepUntil {
    /// Data kept under two exceptions are kept until both have ended.
    pub(super) fn and(self, other: KeepUntil) -> KeepUntil {
        match (self, other) {
            (KeepUntil::Date(a, x, l), KeepUntil::Date(b, y, m)) => {
                if a >= b {
                    KeepUntil::Date(a, x, l)
                } else {
                    KeepUntil::Date(b, y, m)
                }
            }
            (KeepUntil::Ask(q), _) | (_, KeepUntil::Ask(q)) => KeepUntil::Ask(q),
            _ => KeepUntil::Open,
        }
    }

    pub(super) fn apply(self, item: &mut ErasureItem) {
        match self {
            KeepUntil::Date(until, then, law) => {
                item.keep_until = Some(until);
                item.then = Some(then);
                item.legal_reference = law;
                item.reasons.push(Reason::with(
                    ReasonCode::KeptUntil,
                    Citation::article(5).paragraph(1).point('e'),
                    Params {
                        date: Some(until),
                        action: Some(then),
                        ..Params::default()
                    },
                ));
            }
            KeepUntil::Open => {}
            KeepUntil::Ask(question) => item.open_questions.push(*question),
        }
    }
}

/// Every exception, in the order of the article, with until when it keeps the data.
pub(super) fn all(s: &Subject<'_, '_>) -> Vec<(ErasureException, Finding, KeepUntil)> {
    let mut out = vec![(
        ErasureException::FreedomOfExpression,
        claimed(
            s.facts().freedom_of_expression,
            ReasonCode::FreedomOfExpression,
            cite('a'),
        ),
        KeepUntil::Open,
    )];
    out.extend(legal_obligation_or_public_task(s));
    out.push((
        ErasureException::PublicHealth,
        public_health(s),
        KeepUntil::Open,
    ));
    out.push((
        ErasureException::ArchivingOrResearch,
        archiving_or_research(s),
        KeepUntil::Open,
    ));
    out.push((
        ErasureException::LegalClaims,
        claimed(
            s.facts().needed_for_legal_claims,
            ReasonCode::LegalClaims,
            cite('e'),
        ),
        KeepUntil::Open,
    ));
    out
}

fn cite(point: char) -> Citation {
    Citation::article(17).paragraph(3).point(point)
}

/// (a) and (e): exceptions only the controller can claim. Not claimed is not applied; the
/// erased item says so.
fn claimed(fact: Option<bool>, code: ReasonCode, citation: Citation) -> Finding {
    match fact {
        Some(true) => Finding::yes(Reason::of(code, citation)),
        _ => Finding::no(),
    }
}

/// Whether Art. 9(1) still lets special-category data be processed for a purpose other than
/// the one explicit consent covered: only under another condition of Art. 9(2).
fn special_allowed(s: &Subject<'_, '_>) -> Truth {
    Truth::of(!s.is_special() || predicates::other_special_condition(s.activity()))
}

/// (b): a legal duty to keep these data (its rule names them), or a purpose resting on a legal
/// obligation (Art. 6(1)(c)) or a public task (Art. 6(1)(e)) that needs them — until its
/// period ends. After a successful objection under Art. 21(1) a public task no longer keeps
/// what the objection stopped.
fn legal_obligation_or_public_task(
    s: &Subject<'_, '_>,
) -> [(ErasureException, Finding, KeepUntil); 2] {
    let why = cite('b');
    let retention = &s.retention;

    // A duty to keep, from a retention rule.
    let duty = Finding::from(
        retention.duty,
        Reason::with(
            ReasonCode::LegalDutyToKeep,
            why,
            Params {
                law: retention.duty_until.map(|(_, _, law)| law.to_owned()),
                ..Params::default()
            },
        ),
        retention.duty_questions.clone(),
    );
    let duty_end = match retention.duty_until {
        Some((until, then, law)) => KeepUntil::Date(until, then, Some(law.to_owned())),
        None => KeepUntil::Open,
    };

    // A purpose on 6(1)(c) or (e) that needs these data, while it still needs them: once the
    // data are no longer necessary for the activity's purposes (Art. 17(1)(a)), that purpose
    // included, only a legal duty to keep can keep them.
    let lapsed = Truth::from_fact(s.facts().no_longer_necessary).or(retention.maximum_over);
    let allowed = special_allowed(s);
    let objected = match s.facts().objection {
        Some(Objection::ParticularSituation) => {
            Truth::from_fact(s.facts().overriding_legitimate_grounds).not()
        }
        Some(_) => Truth::No,
        None => Truth::Unknown,
    };
    let purpose = |test: fn(&LegalBasis) -> bool, objectable: bool| {
        s.any_purpose(
            |p| {
                let basis = predicates::may_rest_on(p, test);
                // A public task objected to without overriding grounds keeps nothing
                // (Art. 21(1), 17(1)(c)).
                let kept = if objectable && basis.is_yes() {
                    objected.not()
                } else {
                    Truth::Yes
                };
                basis.and(kept)
            },
            why,
        )
    };
    let (obligation, obligation_questions) = purpose(predicates::legal_obligation, false);
    let (task, task_questions) = purpose(predicates::public_task, true);
    let bound = || match (retention.maximum_until, retention.maximum_questions.first()) {
        (Some((until, then)), _) => KeepUntil::Date(until, then, None),
        (None, Some(question)) => KeepUntil::Ask(Box::new(question.clone())),
        (None, None) => KeepUntil::Ask(Box::new(OpenQuestion::of(
            QuestionCode::KeepingPeriod,
            "retention",
            Citation::article(5).paragraph(1).point('e'),
        ))),
    };
    let from_purpose = |truth: Truth, mut questions: Vec<OpenQuestion>, code: ReasonCode| {
        let truth = truth.and(lapsed.not()).and(allowed);
        if truth.is_unknown() && lapsed.is_unknown() {
            questions.insert(
                0,
                OpenQuestion::of(
                    QuestionCode::NoLongerNecessary,
                    "no_longer_necessary",
                    Citation::article(17).paragraph(1).point('a'),
                ),
            );
            questions.extend(retention.maximum_questions.iter().cloned());
        }
        let mut finding = Finding::from(truth, Reason::of(code, why), questions);
        if lapsed.is_yes() && !truth.is_yes() {
            finding = finding.note(Reason::of(ReasonCode::NoPurposeNeedsData, why));
        }
        if allowed.is_no() && !truth.is_yes() {
            finding = finding.note(Reason::of(
                ReasonCode::SpecialCategoryNeedsCondition,
                Citation::article(9).paragraph(1),
            ));
        }
        finding
    };

    // The duty and the 6(1)(c) purposes are one limb of point (b); the public task the other.
    let obligation_finding = from_purpose(
        obligation,
        obligation_questions,
        ReasonCode::LegalObligationPurpose,
    );
    let (legal_obligation, end) = merge(duty, duty_end, obligation_finding, bound());
    let task_finding = from_purpose(task, task_questions, ReasonCode::PublicTaskPurpose);
    let task_finding = if objected.is_yes() && !task_finding.truth.is_yes() {
        task_finding.note(Reason::of(
            ReasonCode::PublicTaskObjected,
            Citation::article(21).paragraph(1),
        ))
    } else {
        task_finding
    };
    [
        (ErasureException::LegalObligation, legal_obligation, end),
        (ErasureException::PublicTask, task_finding, bound()),
    ]
}

/// A duty and a 6(1)(c) purpose are the same exception: it holds if either does, and a duty's
/// own end is the better bound.
fn merge(
    duty: Finding,
    duty_end: KeepUntil,
    purpose: Finding,
    purpose_end: KeepUntil,
) -> (Finding, KeepUntil) {
    match (duty.truth, purpose.truth) {
        (Truth::Yes, Truth::Yes) => {
            let mut both = duty;
            both.reasons.extend(purpose.reasons);
            (both, duty_end)
        }
        (Truth::Yes, _) => (duty, duty_end),
        (_, Truth::Yes) => (purpose, purpose_end),
        _ => {
            let truth = duty.truth.or(purpose.truth);
            let mut questions = duty.questions;
            questions.extend(purpose.questions);
            let mut reasons = duty.reasons;
            reasons.extend(purpose.reasons);
            (
                Finding {
                    truth,
                    reasons,
                    questions,
                },
                KeepUntil::Open,
            )
        }
    }
}

/// (c): public health under Art. 9(2)(h) or (i) and 9(3), for special categories processed
/// under one of those conditions, when the controller says the processing is necessary.
fn public_health(s: &Subject<'_, '_>) -> Finding {
    let health_condition = s.activity().special_category_conditions.iter().any(|c| {
        matches!(
            c,
            SpecialCategoryCondition::HealthOrSocialCare | SpecialCategoryCondition::PublicHealth
        )
    });
    if !(s.is_special() && health_condition) {
        return Finding::no();
    }
    Finding::from(
        Truth::from_fact(s.facts().necessary_for_public_health),
        Reason::of(ReasonCode::PublicHealth, cite('c')),
        vec![OpenQuestion::of(
            QuestionCode::NecessaryForPublicHealth,
            "necessary_for_public_health",
            cite('c'),
        )],
    )
}

/// (d): archiving in the public interest, research or statistics under Art. 89(1) that needs
/// these data, where erasure would render impossible or seriously impair those objectives.
fn archiving_or_research(s: &Subject<'_, '_>) -> Finding {
    let why = cite('d');
    let (serves, mut questions) =
        s.any_purpose(|p| Truth::of(p.archiving_or_research.is_some()), why);
    if serves.is_no() {
        return Finding::no();
    }
    let impairs = Truth::from_fact(s.facts().erasure_impairs_research);
    if impairs.is_unknown() {
        questions.insert(
            0,
            OpenQuestion::of(
                QuestionCode::ErasureImpairsResearch,
                "erasure_impairs_research",
                why,
            ),
        );
    }
    Finding::from(
        serves.and(impairs).and(special_allowed(s)),
        Reason::of(ReasonCode::ArchivingOrResearch, why),
        questions,
    )
}
