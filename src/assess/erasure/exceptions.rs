//! The exceptions of Art. 17(3)(a)–(e), one function each: erasure is not required "to the
//! extent that processing is necessary" for them, so each keeps only the data it covers.

use super::decide::{Finding, Subject};
use super::{ErasureException, ErasureItem, Objection};
use crate::assess::{OpenQuestion, Reason};
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
    Ask(OpenQuestion),
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
                item.reasons.push(Reason::new(
                    Citation::article(5).paragraph(1).point('e'),
                    format!(
                        "the data are kept until {until}, after which they are {}",
                        match then {
                            RetentionAction::Anonymise => "anonymised",
                            RetentionAction::Archive => "archived",
                            _ => "erased",
                        }
                    ),
                ));
            }
            KeepUntil::Open => {}
            KeepUntil::Ask(question) => item.open_questions.push(question),
        }
    }
}

/// Every exception, in the order of the article, with until when it keeps the data.
pub(super) fn all(s: &Subject<'_, '_>) -> Vec<(ErasureException, Finding, KeepUntil)> {
    let mut out = vec![(
        ErasureException::FreedomOfExpression,
        claimed(
            s.facts().freedom_of_expression,
            cite('a'),
            "processing is necessary for exercising the right of freedom of expression and information",
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
            cite('e'),
            "the data are necessary for the establishment, exercise or defence of legal claims",
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
fn claimed(fact: Option<bool>, citation: Citation, text: &'static str) -> Finding {
    match fact {
        Some(true) => Finding::yes(Reason::fixed(citation, text)),
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
        Reason::new(
            why,
            match retention.duty_until {
                Some((_, _, law)) => {
                    format!("a legal obligation requires keeping these data: {law}")
                }
                None => "a legal obligation requires keeping these data".to_owned(),
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
    let bound = || {
        match (retention.maximum_until, retention.maximum_questions.first()) {
        (Some((until, then)), _) => KeepUntil::Date(until, then, None),
        (None, Some(question)) => KeepUntil::Ask(question.clone()),
        (None, None) => KeepUntil::Ask(OpenQuestion::fixed(
            "retention",
            "how long does the law require these data to be kept? Record it as a retention rule of kind `legal_duty` naming these data",
            Citation::article(5).paragraph(1).point('e'),
        )),
    }
    };
    let from_purpose = |truth: Truth, mut questions: Vec<OpenQuestion>, text: &'static str| {
        let truth = truth.and(lapsed.not()).and(allowed);
        if truth.is_unknown() && lapsed.is_unknown() {
            questions.insert(
                0,
                OpenQuestion::fixed(
                    "no_longer_necessary",
                    "are the data still necessary for the purposes for which they were collected or otherwise processed?",
                    Citation::article(17).paragraph(1).point('a'),
                ),
            );
            questions.extend(retention.maximum_questions.iter().cloned());
        }
        let mut finding = Finding::from(truth, Reason::fixed(why, text), questions);
        if lapsed.is_yes() && !truth.is_yes() {
            finding = finding.note(Reason::fixed(
                why,
                "no purpose needs these data any more, so only a legal duty to keep them could keep them",
            ));
        }
        if allowed.is_no() && !truth.is_yes() {
            finding = finding.note(Reason::fixed(
                Citation::article(9).paragraph(1),
                "without a condition of Art. 9(2) other than the withdrawn consent, no legal obligation or task can keep these special-category data",
            ));
        }
        finding
    };

    // The duty and the 6(1)(c) purposes are one limb of point (b); the public task the other.
    let obligation_finding = from_purpose(
        obligation,
        obligation_questions,
        "processing of these data is necessary for compliance with a legal obligation of the controller",
    );
    let (legal_obligation, end) = merge(duty, duty_end, obligation_finding, bound());
    let task_finding = from_purpose(
        task,
        task_questions,
        "processing of these data is necessary for a task carried out in the public interest or in the exercise of official authority",
    );
    let task_finding = if objected.is_yes() && !task_finding.truth.is_yes() {
        task_finding.note(Reason::fixed(
            Citation::article(21).paragraph(1),
            "the public task was objected to without compelling legitimate grounds: it cannot keep what the objection stopped (Art. 17(1)(c))",
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
        Reason::fixed(
            cite('c'),
            "processing is necessary for reasons of public interest in the area of public health under Art. 9(2)(h) or (i) and 9(3)",
        ),
        vec![OpenQuestion::fixed(
            "necessary_for_public_health",
            "is keeping these data necessary for reasons of public interest in the area of public health?",
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
            OpenQuestion::fixed(
                "erasure_impairs_research",
                "would erasure render impossible or seriously impair the archiving, research or statistical objectives?",
                why,
            ),
        );
    }
    Finding::from(
        serves.and(impairs).and(special_allowed(s)),
        Reason::fixed(
            why,
            "the data serve archiving, research or statistics under Art. 89(1), and erasure would render impossible or seriously impair those objectives",
        ),
        questions,
    )
}
