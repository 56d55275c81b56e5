//! The exceptions of Art. 17(3)(a)–(e), one function each: erasure is not required "to the
//! extent that processing is necessary" for them, so each keeps only the data it covers.

use super::decide::{Finding, Subject};
use super::mode::{Mode, Notes};
use super::profile::PurposeTest;
use super::{ErasureException, ErasureReason, Objection};
use crate::assess::OpenQuestion;
use crate::explain::{QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::{Citation, RetentionAction, RetentionRule, SpecialCategoryCondition};

/// Until when an exception keeps the data.
pub(super) enum KeepUntil<'a, M: Mode> {
    /// A rule ends the keeping on this day, with what happens then and the duty's rule.
    Date(
        chrono::NaiveDate,
        RetentionAction,
        Option<&'a RetentionRule>,
    ),
    /// As long as the exception's need lasts (legal claims, expression): no rule sets a day.
    Open,
    /// No rule sets a day, though one should: the question says which.
    Ask(M::Questions),
}

/// Until when an item is kept, once its exceptions are combined.
pub(super) struct Kept<'a, M: Mode> {
    /// The day the keeping ends, what happens then, and the duty's rule.
    pub(super) until: Option<(
        chrono::NaiveDate,
        RetentionAction,
        Option<&'a RetentionRule>,
    )>,
    /// Why it ends then.
    pub(super) reasons: M::Reasons<'a>,
    /// What would bound it, where no rule does.
    pub(super) questions: M::Questions,
}

impl<'a, M: Mode> KeepUntil<'a, M> {
    /// Data kept under two exceptions are kept until both have ended.
    pub(super) fn and(self, other: KeepUntil<'a, M>) -> KeepUntil<'a, M> {
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

    /// The day the keeping ends and why, or the question that would bound it.
    pub(super) fn resolve(self) -> Kept<'a, M> {
        let mut kept: Kept<'a, M> = Kept {
            until: None,
            reasons: M::Reasons::default(),
            questions: M::Questions::default(),
        };
        match self {
            KeepUntil::Date(until, then, law) => {
                kept.until = Some((until, then, law));
                kept.reasons.push(|| {
                    ErasureReason::of(
                        ReasonCode::KeptUntil,
                        Citation::article(5).paragraph(1).point('e'),
                    )
                    .until(until, then)
                });
            }
            KeepUntil::Open => {}
            KeepUntil::Ask(question) => kept.questions = question,
        }
        kept
    }
}

/// Every exception, in the order of the article, with until when it keeps the data.
pub(super) fn all<'a, M: Mode>(
    s: &Subject<'a, '_, M>,
) -> [(ErasureException, Finding<'a, M>, KeepUntil<'a, M>); 6] {
    let [obligation, task] = legal_obligation_or_public_task(s);
    [
        (
            ErasureException::FreedomOfExpression,
            claimed(
                s.facts().freedom_of_expression,
                ReasonCode::FreedomOfExpression,
                cite('a'),
            ),
            KeepUntil::Open,
        ),
        obligation,
        task,
        (
            ErasureException::PublicHealth,
            public_health(s),
            KeepUntil::Open,
        ),
        (
            ErasureException::ArchivingOrResearch,
            archiving_or_research(s),
            KeepUntil::Open,
        ),
        (
            ErasureException::LegalClaims,
            claimed(
                s.facts().needed_for_legal_claims,
                ReasonCode::LegalClaims,
                cite('e'),
            ),
            KeepUntil::Open,
        ),
    ]
}

fn cite(point: char) -> Citation {
    Citation::article(17).paragraph(3).point(point)
}

/// (a) and (e): exceptions only the controller can claim. Not claimed is not applied; the
/// erased item says so.
fn claimed<'a, M: Mode>(
    fact: Option<bool>,
    code: ReasonCode,
    citation: Citation,
) -> Finding<'a, M> {
    match fact {
        Some(true) => Finding::yes(|| ErasureReason::of(code, citation)),
        _ => Finding::no(),
    }
}

/// Whether Art. 9(1) still lets special-category data be processed for a purpose other than
/// the one explicit consent covered: only under another condition of Art. 9(2).
fn special_allowed<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Truth {
    Truth::of(!s.is_special() || predicates::other_special_condition(s.activity()))
}

/// (b): a legal duty to keep these data (its rule names them), or a purpose resting on a legal
/// obligation (Art. 6(1)(c)) or a public task (Art. 6(1)(e)) that needs them — until its
/// period ends. After a successful objection under Art. 21(1) a public task no longer keeps
/// what the objection stopped.
fn legal_obligation_or_public_task<'a, M: Mode>(
    s: &Subject<'a, '_, M>,
) -> [(ErasureException, Finding<'a, M>, KeepUntil<'a, M>); 2] {
    let why = cite('b');
    let retention = &s.retention;

    // A duty to keep, from a retention rule.
    let duty = Finding::from(
        retention.duty,
        || {
            ErasureReason::of(ReasonCode::LegalDutyToKeep, why)
                .law(retention.duty_until.map(|(_, _, rule)| rule))
        },
        retention.duty_questions.clone(),
    );
    let duty_end = match retention.duty_until {
        Some((until, then, rule)) => KeepUntil::Date(until, then, Some(rule)),
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
    let (obligation, obligation_questions) = s.any_purpose(PurposeTest::LegalObligation, why);
    // A public task objected to without overriding grounds keeps nothing (Art. 21(1),
    // 17(1)(c)).
    let (task, task_questions) = s.any_purpose(PurposeTest::PublicTask { objected }, why);
    let bound = || match (
        retention.maximum_until,
        retention.maximum_questions.is_empty(),
    ) {
        (Some((until, then)), _) => KeepUntil::Date(until, then, None),
        (None, false) => KeepUntil::Ask(retention.maximum_questions.first_only()),
        (None, true) => KeepUntil::Ask(M::Questions::one(|| {
            OpenQuestion::of(
                QuestionCode::KeepingPeriod,
                "retention",
                Citation::article(5).paragraph(1).point('e'),
            )
        })),
    };
    let from_purpose = |truth: Truth, mut questions: M::Questions, code: ReasonCode| {
        let truth = truth.and(lapsed.not()).and(allowed);
        if truth.is_unknown() && lapsed.is_unknown() {
            questions.insert_first(|| {
                OpenQuestion::of(
                    QuestionCode::NoLongerNecessary,
                    "no_longer_necessary",
                    Citation::article(17).paragraph(1).point('a'),
                )
            });
            questions.append(retention.maximum_questions.clone());
        }
        let mut finding = Finding::from(truth, || ErasureReason::of(code, why), questions);
        if lapsed.is_yes() && !truth.is_yes() {
            finding = finding.note(|| ErasureReason::of(ReasonCode::NoPurposeNeedsData, why));
        }
        if allowed.is_no() && !truth.is_yes() {
            finding = finding.note(|| {
                ErasureReason::of(
                    ReasonCode::SpecialCategoryNeedsCondition,
                    Citation::article(9).paragraph(1),
                )
            });
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
        task_finding.note(|| {
            ErasureReason::of(
                ReasonCode::PublicTaskObjected,
                Citation::article(21).paragraph(1),
            )
        })
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
fn merge<'a, M: Mode>(
    duty: Finding<'a, M>,
    duty_end: KeepUntil<'a, M>,
    purpose: Finding<'a, M>,
    purpose_end: KeepUntil<'a, M>,
) -> (Finding<'a, M>, KeepUntil<'a, M>) {
    match (duty.truth, purpose.truth) {
        (Truth::Yes, Truth::Yes) => {
            let mut both = duty;
            both.reasons.append(purpose.reasons);
            (both, duty_end)
        }
        (Truth::Yes, _) => (duty, duty_end),
        (_, Truth::Yes) => (purpose, purpose_end),
        _ => {
            let truth = duty.truth.or(purpose.truth);
            let mut questions = duty.questions;
            questions.append(purpose.questions);
            let mut reasons = duty.reasons;
            reasons.append(purpose.reasons);
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
fn public_health<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
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
        || ErasureReason::of(ReasonCode::PublicHealth, cite('c')),
        M::Questions::one(|| {
            OpenQuestion::of(
                QuestionCode::NecessaryForPublicHealth,
                "necessary_for_public_health",
                cite('c'),
            )
        }),
    )
}

/// (d): archiving in the public interest, research or statistics under Art. 89(1) that needs
/// these data, where erasure would render impossible or seriously impair those objectives.
fn archiving_or_research<'a, M: Mode>(s: &Subject<'a, '_, M>) -> Finding<'a, M> {
    let why = cite('d');
    let (serves, mut questions) = s.any_purpose(PurposeTest::ArchivingOrResearch, why);
    if serves.is_no() {
        return Finding::no();
    }
    let impairs = Truth::from_fact(s.facts().erasure_impairs_research);
    if impairs.is_unknown() {
        questions.insert_first(|| {
            OpenQuestion::of(
                QuestionCode::ErasureImpairsResearch,
                "erasure_impairs_research",
                why,
            )
        });
    }
    Finding::from(
        serves.and(impairs).and(special_allowed(s)),
        || ErasureReason::of(ReasonCode::ArchivingOrResearch, why),
        questions,
    )
}
