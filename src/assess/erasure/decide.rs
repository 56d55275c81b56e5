//! One activity of a request, one data category at a time: the grounds of Art. 17(1), the
//! exceptions of Art. 17(3), and the verdict they make together.

use chrono::NaiveDate;

use super::exceptions::{self, KeepUntil};
use super::grounds;
use super::retention::RetentionView;
use super::{ActivityFacts, ErasureItem, ErasureVerdict, Objection};
use crate::assess::stop::{PurposeStop, StopReason};
use crate::assess::{OpenQuestion, Reason};
use crate::explain::{Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::{Citation, DataCategory, LegalBasis, Policy, ProcessingActivity, Purpose};

/// A ground or exception as far as the facts tell: whether it holds, why, and what would
/// settle it when they do not tell.
pub(super) struct Finding {
    pub(super) truth: Truth,
    /// Why it holds (when it does), or why it does not where that is worth saying.
    pub(super) reasons: Vec<Reason>,
    /// What would settle it (when unknown).
    pub(super) questions: Vec<OpenQuestion>,
}

impl Finding {
    pub(super) fn no() -> Finding {
        Finding {
            truth: Truth::No,
            reasons: Vec::new(),
            questions: Vec::new(),
        }
    }

    pub(super) fn yes(reason: Reason) -> Finding {
        Finding {
            truth: Truth::Yes,
            reasons: vec![reason],
            questions: Vec::new(),
        }
    }

    pub(super) fn unknown(questions: Vec<OpenQuestion>) -> Finding {
        Finding {
            truth: Truth::Unknown,
            reasons: Vec::new(),
            questions,
        }
    }

    /// A finding whose truth was computed: `reason` when it holds, `questions` when unknown.
    pub(super) fn from(truth: Truth, reason: Reason, questions: Vec<OpenQuestion>) -> Finding {
        match truth {
            Truth::Yes => Finding::yes(reason),
            Truth::No => Finding::no(),
            Truth::Unknown => Finding::unknown(questions),
        }
    }

    pub(super) fn note(mut self, reason: Reason) -> Finding {
        self.reasons.push(reason);
        self
    }
}

/// One activity of the request, with its facts.
pub(super) struct Activity<'a> {
    pub(super) policy: &'a Policy,
    pub(super) index: usize,
    pub(super) activity: &'a ProcessingActivity,
    pub(super) facts: &'a ActivityFacts,
    as_of: NaiveDate,
}

impl<'a> Activity<'a> {
    pub(super) fn new(
        policy: &'a Policy,
        index: usize,
        activity: &'a ProcessingActivity,
        facts: &'a ActivityFacts,
        as_of: NaiveDate,
    ) -> Activity<'a> {
        Activity {
            policy,
            index,
            activity,
            facts,
            as_of,
        }
    }

    pub(super) fn objects_to_direct_marketing(&self) -> bool {
        !self.activity.acts_as_processor()
            && self.facts.objection == Some(Objection::DirectMarketing)
            && self.activity.purposes.iter().any(|p| p.direct_marketing)
    }

    /// The processing that stops, whatever happens to the data: what rests on withdrawn
    /// consent (Art. 7(3)), direct marketing objected to (Art. 21(3)), and, after an
    /// objection on grounds of a particular situation, processing on Art. 6(1)(e) or (f)
    /// without overriding grounds (Art. 21(1)) and research not needed for a public task
    /// (Art. 21(6)).
    pub(super) fn stops(&self) -> Vec<PurposeStop> {
        let act = self.activity;
        if act.acts_as_processor() {
            return Vec::new();
        }
        act.purposes
            .iter()
            .filter_map(|p| {
                self.stop_reason(p)
                    .map(|because| PurposeStop::new(&act.id, &p.id, because))
            })
            .collect()
    }

    /// Why the processing for `purpose` stops, if it does.
    pub(super) fn stop_reason(&self, purpose: &Purpose) -> Option<StopReason> {
        let f = self.facts;
        if f.consent_withdrawn == Some(true)
            && predicates::rests_on(purpose, predicates::consent).is_yes()
        {
            return Some(StopReason::ConsentWithdrawn);
        }
        match f.objection {
            Some(Objection::DirectMarketing) if purpose.direct_marketing => {
                Some(StopReason::DirectMarketingObjection)
            }
            Some(Objection::ParticularSituation) if predicates::research_or_statistics(purpose) => {
                predicates::rests_on(purpose, predicates::public_task)
                    .is_no()
                    .then_some(StopReason::ResearchObjection)
            }
            Some(Objection::ParticularSituation)
                if f.overriding_legitimate_grounds == Some(false)
                    && predicates::rests_on(purpose, predicates::task_or_interests).is_yes() =>
            {
                Some(StopReason::Objection)
            }
            _ => None,
        }
    }

    pub(super) fn decide(&self, category: &'a DataCategory) -> ErasureItem {
        let subject = Subject {
            at: self,
            category,
            retention: RetentionView::of(
                self.activity,
                self.index,
                category,
                self.facts,
                self.as_of,
            ),
        };
        subject.decide()
    }
}

/// One data category of one activity: what the grounds and exceptions are asked about.
pub(super) struct Subject<'a, 'b> {
    pub(super) at: &'b Activity<'a>,
    pub(super) category: &'a DataCategory,
    pub(super) retention: RetentionView<'a>,
}

impl<'a> Subject<'a, '_> {
    pub(super) fn activity(&self) -> &'a ProcessingActivity {
        self.at.activity
    }

    pub(super) fn facts(&self) -> &'a ActivityFacts {
        self.at.facts
    }

    pub(super) fn is_special(&self) -> bool {
        self.category.special_category.is_some()
    }

    /// Whether some purpose of the activity passes `test` and needs these data, with the
    /// questions (the purpose's basis, the data it needs) that would settle an unknown.
    pub(super) fn any_purpose(
        &self,
        test: impl Fn(&Purpose) -> Truth,
        why: Citation,
    ) -> (Truth, Vec<OpenQuestion>) {
        let mut truth = Truth::No;
        let mut questions = Vec::new();
        // The record lists the category under the activity, so some purpose that may need it
        // does: if every such purpose passes, one that needs it passes.
        let mut every_candidate_passes = true;
        let mut candidates = 0;
        for (p, purpose) in self.activity().purposes.iter().enumerate() {
            let passes = test(purpose);
            let needs = predicates::needs(self.activity(), purpose, &self.category.id);
            if !needs.is_no() {
                candidates += 1;
                every_candidate_passes &= passes.is_yes();
            }
            let both = passes.and(needs);
            truth = truth.or(both);
            if both.is_unknown() {
                if passes.is_unknown() {
                    push_once(&mut questions, self.basis_question(p, purpose));
                }
                if needs.is_unknown() {
                    push_once(&mut questions, self.scope_question(p, purpose, why));
                }
            }
        }
        if truth.is_unknown() && candidates > 0 && every_candidate_passes {
            return (Truth::Yes, Vec::new());
        }
        (truth, questions)
    }

    /// Whether `purpose` rests on a basis that is a legal ground for processing: a stated
    /// basis, and not legitimate interests barred to a public authority for its tasks.
    pub(super) fn lawful_basis(&self, purpose: &Purpose, test: fn(&LegalBasis) -> bool) -> Truth {
        let barred = matches!(
            purpose.legal_basis,
            Some(LegalBasis::LegitimateInterests { .. })
        ) && predicates::in_performance_of_public_tasks(self.at.policy, purpose);
        if barred {
            Truth::No
        } else {
            predicates::rests_on(purpose, test)
        }
    }

    fn basis_question(&self, p: usize, purpose: &Purpose) -> OpenQuestion {
        OpenQuestion::with(
            QuestionCode::PurposeBasis,
            format!("activities[{}].purposes[{p}].legal_basis", self.at.index),
            Citation::article(6).paragraph(1),
            Params {
                purpose: Some(purpose.id.clone()),
                ..Params::default()
            },
        )
    }

    fn scope_question(&self, p: usize, purpose: &Purpose, why: Citation) -> OpenQuestion {
        OpenQuestion::with(
            QuestionCode::PurposeScope,
            format!(
                "activities[{}].purposes[{p}].data_categories",
                self.at.index
            ),
            why,
            Params {
                purpose: Some(purpose.id.clone()),
                data_category: Some(self.category.id.clone()),
                ..Params::default()
            },
        )
    }

    fn decide(&self) -> ErasureItem {
        let act = self.activity();
        let mut item = ErasureItem {
            data_category: self.category.id.clone(),
            activity: act.id.clone(),
            verdict: ErasureVerdict::NeedsReview,
            grounds: Vec::new(),
            exceptions: Vec::new(),
            keep_until: None,
            then: None,
            legal_reference: None,
            stop_purposes: Vec::new(),
            reasons: Vec::new(),
            open_questions: Vec::new(),
        };
        if act.acts_as_processor() {
            item.verdict = ErasureVerdict::ForwardToController;
            item.reasons.push(Reason::of(
                ReasonCode::ProcessorForwards,
                Citation::article(28).paragraph(3).point('e'),
            ));
            return item;
        }
        if act.purposes.is_empty() {
            item.open_questions.push(OpenQuestion::of(
                QuestionCode::Purposes,
                format!("activities[{}].purposes", self.at.index),
                Citation::article(5).paragraph(1).point('b'),
            ));
            return item;
        }
        item.stop_purposes = act
            .purposes
            .iter()
            .filter(|p| self.at.stop_reason(p).is_some())
            .filter(|p| !predicates::needs(act, p, &self.category.id).is_no())
            .map(|p| p.id.clone())
            .collect();
        item.stop_purposes.sort();

        let grounds = grounds::all(self);
        let exceptions = exceptions::all(self);
        let mut notes = Vec::new();
        let mut ground_questions = Vec::new();
        let mut ground_reasons = Vec::new();
        for (ground, finding) in grounds {
            match finding.truth {
                Truth::Yes => {
                    item.grounds.push(ground);
                    ground_reasons.extend(finding.reasons);
                }
                Truth::Unknown => extend_once(&mut ground_questions, finding.questions),
                Truth::No => notes.extend(finding.reasons),
            }
        }
        let mut exception_questions = Vec::new();
        let mut exception_reasons = Vec::new();
        let mut until = KeepUntil::Open;
        let mut first = true;
        for (exception, finding, end) in exceptions {
            match finding.truth {
                Truth::Yes => {
                    item.exceptions.push(exception);
                    exception_reasons.extend(finding.reasons);
                    until = if first { end } else { until.and(end) };
                    first = false;
                }
                Truth::Unknown => extend_once(&mut exception_questions, finding.questions),
                Truth::No => notes.extend(finding.reasons),
            }
        }

        if !item.exceptions.is_empty() {
            item.verdict = ErasureVerdict::Keep;
            item.reasons = exception_reasons;
            if !item.grounds.is_empty() {
                // The grounds hold, but Art. 17(3) disapplies 17(1) to the extent the
                // processing is necessary: say so once, then list the grounds as they are.
                item.reasons.push(Reason::of(
                    ReasonCode::ExceptionPrevails,
                    Citation::article(17).paragraph(3),
                ));
                item.reasons.append(&mut ground_reasons);
            }
            until.apply(&mut item);
        } else if !item.grounds.is_empty() {
            item.reasons = ground_reasons;
            if exception_questions.is_empty() {
                item.verdict = ErasureVerdict::Erase;
                item.reasons.extend(self.unclaimed_exceptions());
            } else {
                item.verdict = ErasureVerdict::NeedsReview;
                item.open_questions = exception_questions;
            }
        } else if !ground_questions.is_empty() {
            item.verdict = ErasureVerdict::NeedsReview;
            item.open_questions = ground_questions;
            extend_once(&mut item.open_questions, exception_questions);
        } else {
            item.verdict = ErasureVerdict::NoGround;
            item.reasons.push(Reason::of(
                ReasonCode::NoGroundForErasure,
                Citation::article(17).paragraph(1),
            ));
        }
        for note in notes {
            if !item.reasons.contains(&note) {
                item.reasons.push(note);
            }
        }
        item
    }

    /// The exceptions only the controller can claim, said aloud when an item is erased
    /// without them: an erasure is never silently exposed to an exception nobody asked about.
    fn unclaimed_exceptions(&self) -> Option<Reason> {
        let f = self.facts();
        let unclaimed: Vec<String> = [
            (f.freedom_of_expression, "freedom_of_expression"),
            (f.needed_for_legal_claims, "needed_for_legal_claims"),
        ]
        .into_iter()
        .filter(|(fact, _)| fact.is_none())
        .map(|(_, field)| field.to_owned())
        .collect();
        (!unclaimed.is_empty()).then(|| {
            Reason::with(
                ReasonCode::ExceptionsNotClaimed,
                Citation::article(17).paragraph(3),
                Params {
                    fields: unclaimed,
                    ..Params::default()
                },
            )
        })
    }
}

/// Adds a question unless one about the same field is already asked: one answer settles
/// both.
pub(super) fn push_once(questions: &mut Vec<OpenQuestion>, question: OpenQuestion) {
    if !questions.iter().any(|q| q.field == question.field) {
        questions.push(question);
    }
}

fn extend_once(questions: &mut Vec<OpenQuestion>, more: Vec<OpenQuestion>) {
    for q in more {
        push_once(questions, q);
    }
}
