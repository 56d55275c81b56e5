//! One activity of a request, one data category at a time: the grounds of Art. 17(1), the
//! exceptions of Art. 17(3), and the verdict they make together.

use std::marker::PhantomData;

use super::exceptions::{self, KeepUntil};
use super::grounds;
use super::mode::{Mode, Notes, Told};
use super::profile::{self, Answers, Profiles, PurposeTest};
use super::retention::{DueDates, RetentionView};
use super::{
    ActivityFacts, ErasureException, ErasureGround, ErasureItemVerdict, ErasureReason,
    ErasureVerdict, Objection,
};
use crate::assess::stop::StopReason;
use crate::assess::OpenQuestion;
use crate::explain::{Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use chrono::NaiveDate;

use crate::{
    Citation, DataCategory, Policy, ProcessingActivity, Purpose, RetentionAction, RetentionRule,
};

/// A ground or exception as far as the facts tell: whether it holds, why, and what would
/// settle it when they do not tell.
pub(super) struct Finding<'a, M: Mode> {
    pub(super) truth: Truth,
    /// Why it holds (when it does), or why it does not where that is worth saying.
    pub(super) reasons: M::Reasons<'a>,
    /// What would settle it (when unknown).
    pub(super) questions: M::Questions,
}

impl<'a, M: Mode> Finding<'a, M> {
    pub(super) fn no() -> Finding<'a, M> {
        Finding {
            truth: Truth::No,
            reasons: M::Reasons::default(),
            questions: M::Questions::default(),
        }
    }

    pub(super) fn yes(reason: impl FnOnce() -> ErasureReason<'a>) -> Finding<'a, M> {
        Finding {
            truth: Truth::Yes,
            reasons: M::Reasons::one(reason),
            questions: M::Questions::default(),
        }
    }

    pub(super) fn unknown(questions: M::Questions) -> Finding<'a, M> {
        Finding {
            truth: Truth::Unknown,
            reasons: M::Reasons::default(),
            questions,
        }
    }

    /// A finding whose truth was computed: `reason` when it holds, `questions` when unknown.
    pub(super) fn from(
        truth: Truth,
        reason: impl FnOnce() -> ErasureReason<'a>,
        questions: M::Questions,
    ) -> Finding<'a, M> {
        match truth {
            Truth::Yes => Finding::yes(reason),
            Truth::No => Finding::no(),
            Truth::Unknown => Finding::unknown(questions),
        }
    }

    pub(super) fn note(mut self, reason: impl FnOnce() -> ErasureReason<'a>) -> Finding<'a, M> {
        self.reasons.push(reason);
        self
    }
}

/// The grounds of Art. 17(1) that hold, as a set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GroundSet(u8);

impl GroundSet {
    /// Whether `ground` is in the set.
    pub const fn contains(self, ground: ErasureGround) -> bool {
        self.0 & (1 << ground as u8) != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The grounds, in the order of Art. 17(1).
    pub fn iter(self) -> impl Iterator<Item = ErasureGround> {
        ErasureGround::ALL
            .into_iter()
            .filter(move |g| self.contains(*g))
    }

    fn insert(&mut self, ground: ErasureGround) {
        self.0 |= 1 << ground as u8;
    }
}

/// The exceptions of Art. 17(3) that keep the data, as a set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ExceptionSet(u8);

impl ExceptionSet {
    /// Whether `exception` is in the set.
    pub const fn contains(self, exception: ErasureException) -> bool {
        self.0 & (1 << exception as u8) != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The exceptions, in the order of Art. 17(3).
    pub fn iter(self) -> impl Iterator<Item = ErasureException> {
        ErasureException::ALL
            .into_iter()
            .filter(move |e| self.contains(*e))
    }

    fn insert(&mut self, exception: ErasureException) {
        self.0 |= 1 << exception as u8;
    }
}

/// What the rules say of one data category of one activity.
pub(super) struct Decided<'a, M: Mode> {
    pub(super) verdict: ErasureVerdict,
    pub(super) grounds: GroundSet,
    pub(super) exceptions: ExceptionSet,
    /// For a kept item: the day the keeping ends, what happens then, and the duty's rule.
    pub(super) until: Option<(
        chrono::NaiveDate,
        RetentionAction,
        Option<&'a RetentionRule>,
    )>,
    pub(super) questions: M::Questions,
}

impl<'a, M: Mode> Decided<'a, M> {
    /// The verdict as codes, on `category` of `activity`.
    pub(super) fn on(
        &self,
        activity: &'a ProcessingActivity,
        category: &'a DataCategory,
    ) -> ErasureItemVerdict<'a> {
        ErasureItemVerdict {
            activity,
            data_category: category,
            verdict: self.verdict,
            grounds: self.grounds,
            exceptions: self.exceptions,
            keep_until: self.until.map(|(until, _, _)| until),
            then: self.until.map(|(_, then, _)| then),
            duty: self.until.and_then(|(_, _, rule)| rule),
        }
    }
}

/// One activity of the request, with its facts.
pub(super) struct Activity<'a, 's> {
    pub(super) policy: &'a Policy,
    pub(super) index: usize,
    pub(super) activity: &'a ProcessingActivity,
    pub(super) facts: &'a ActivityFacts,
    as_of: NaiveDate,
    /// The profiles of its purposes, in its order.
    profiles: Profiles<'s>,
    /// Per data category, in the order of its categories: the answer to every
    /// [`PurposeTest`], when prepared.
    answers: Option<&'s [Answers]>,
    dates: &'s DueDates,
}

impl<'a, 's> Activity<'a, 's> {
    pub(super) fn new(
        at: Facts<'a>,
        as_of: NaiveDate,
        profiles: Profiles<'s>,
        answers: Option<&'s [Answers]>,
        dates: &'s DueDates,
    ) -> Activity<'a, 's> {
        Activity {
            policy: at.policy,
            index: at.index,
            activity: at.activity,
            facts: at.facts,
            as_of,
            profiles,
            answers,
            dates,
        }
    }

    pub(super) fn objects_to_direct_marketing(&self) -> bool {
        !self.activity.acts_as_processor()
            && self.facts.objection == Some(Objection::DirectMarketing)
            && self.activity.purposes.iter().any(|p| p.direct_marketing)
    }

    /// The processing that stops, whatever happens to the data, into `stopping`, sorted by
    /// purpose: what rests on withdrawn
    /// consent (Art. 7(3)), direct marketing objected to (Art. 21(3)), and, after an
    /// objection on grounds of a particular situation, processing on Art. 6(1)(e) or (f)
    /// without overriding grounds (Art. 21(1)) and research not needed for a public task
    /// (Art. 21(6)).
    pub(super) fn stops(&self, stopping: &mut Vec<(&'a Purpose, StopReason)>) {
        stopping.clear();
        let act = self.activity;
        if act.acts_as_processor() {
            return;
        }
        for p in &act.purposes {
            if let Some(because) = self.stop_reason(p) {
                stopping.push((p, because));
            }
        }
        stopping.sort_unstable_by(|(a, _), (b, _)| a.id.cmp(&b.id));
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

    /// The purposes whose processing of `category` stops, of those whose processing stops
    /// ([`Activity::stops`]), in their order.
    pub(super) fn stop_purposes(
        &self,
        stopping: &[(&'a Purpose, StopReason)],
        category: &DataCategory,
        out: &mut Vec<&'a str>,
    ) {
        let act = self.activity;
        out.extend(
            stopping
                .iter()
                .filter(|(p, _)| !predicates::needs(act, p, &category.id).is_no())
                .map(|(p, _)| p.id.as_str()),
        );
    }

    /// The verdict on `category`, at `position` among the activity's categories, with its
    /// reasons [`Told`] to `told`.
    pub(super) fn decide<M: Mode>(
        &self,
        position: usize,
        category: &'a DataCategory,
        told: &mut impl Told<'a, M::Reasons<'a>>,
    ) -> Decided<'a, M> {
        let subject = Subject {
            at: Facts {
                policy: self.policy,
                index: self.index,
                activity: self.activity,
                facts: self.facts,
            },
            category,
            profiles: self.profiles,
            answers: self.answers.and_then(|all| all.get(position)),
            retention: RetentionView::of(
                self.activity,
                self.index,
                category,
                self.facts,
                self.as_of,
                self.dates,
            ),
            mode: PhantomData,
        };
        subject.decide(told)
    }
}

/// What the rules read of the activity.
#[derive(Clone, Copy)]
pub(super) struct Facts<'a> {
    pub(super) policy: &'a Policy,
    pub(super) index: usize,
    pub(super) activity: &'a ProcessingActivity,
    pub(super) facts: &'a ActivityFacts,
}

/// One data category of one activity: what the grounds and exceptions are asked about.
pub(super) struct Subject<'a, 'b, M: Mode> {
    pub(super) at: Facts<'a>,
    pub(super) category: &'a DataCategory,
    profiles: Profiles<'b>,
    /// The answer to every [`PurposeTest`] for the category, when prepared.
    answers: Option<&'b Answers>,
    pub(super) retention: RetentionView<'a, M>,
    mode: PhantomData<&'b M>,
}

impl<'a, M: Mode> Subject<'a, '_, M> {
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
    // Inlined, with the rest kept out of line: on a compiled policy this is a table look-up,
    // and in a verdict the questions are dead code. Left to itself the compiler stopped
    // inlining it when the rules' reasons changed type, and the verdict lost a third of its
    // speed; inlining all of it slowed the explanation down by a sixth.
    #[inline(always)]
    pub(super) fn any_purpose(&self, test: PurposeTest, why: Citation) -> (Truth, M::Questions) {
        let truth = match self.answers.and_then(|all| all.get(test.index())) {
            Some(answer) => *answer,
            None => self.read_any_purpose(test),
        };
        let mut questions = M::Questions::default();
        if truth.is_unknown() {
            // Asked only now, and only when explaining: most purposes settle the answer, and
            // a question built for an answer already known would be thrown away. An unknown
            // answer has an unknown purpose behind it, so there is always a question.
            questions.write_with(|questions| self.purpose_questions(test, why, questions));
        }
        (truth, questions)
    }

    /// Whether the purpose at `p` passes `test`, from its profile.
    fn passes(&self, test: PurposeTest, p: usize) -> Truth {
        self.profiles
            .get(p)
            .map_or(Truth::Unknown, |x| test.passes(&x))
    }

    /// [`Subject::any_purpose`]'s answer where the policy was not compiled.
    #[inline(never)]
    fn read_any_purpose(&self, test: PurposeTest) -> Truth {
        profile::any_purpose(
            self.activity().purposes.len(),
            |p| self.passes(test, p),
            |p| self.needs(p),
        )
    }

    /// The questions that would settle an unknown [`Subject::any_purpose`].
    #[inline(never)]
    fn purpose_questions(&self, test: PurposeTest, why: Citation, questions: &mut M::Questions) {
        for (p, purpose) in self.activity().purposes.iter().enumerate() {
            let passes = self.passes(test, p);
            let needs = self.needs(p);
            if passes.and(needs).is_unknown() {
                if passes.is_unknown() {
                    questions.push_once(|| self.basis_question(p, purpose));
                }
                if needs.is_unknown() {
                    questions.push_once(|| self.scope_question(p, purpose, why));
                }
            }
        }
    }

    /// Whether the purpose at `p` needs these data.
    fn needs(&self, p: usize) -> Truth {
        match self.activity().purposes.get(p) {
            Some(purpose) => predicates::needs(self.activity(), purpose, &self.category.id),
            None => Truth::Unknown,
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

    fn decide<T: Told<'a, M::Reasons<'a>>>(&self, told: &mut T) -> Decided<'a, M> {
        let act = self.activity();
        let mut item: Decided<'a, M> = Decided {
            verdict: ErasureVerdict::NeedsReview,
            grounds: GroundSet::default(),
            exceptions: ExceptionSet::default(),
            until: None,
            questions: M::Questions::default(),
        };
        if act.acts_as_processor() {
            item.verdict = ErasureVerdict::ForwardToController;
            told.push(|| {
                ErasureReason::of(
                    ReasonCode::ProcessorForwards,
                    Citation::article(28).paragraph(3).point('e'),
                )
            });
            return item;
        }
        if act.purposes.is_empty() {
            item.questions.push(|| {
                OpenQuestion::of(
                    QuestionCode::Purposes,
                    format!("activities[{}].purposes", self.at.index),
                    Citation::article(5).paragraph(1).point('b'),
                )
            });
            return item;
        }

        // The findings keep their reasons; the item's are told from them below, in the
        // order the decision gives them, without gathering them into lists first.
        let mut grounds = grounds::all(self);
        let mut exceptions = exceptions::all(self);
        let mut ground_questions = M::Questions::default();
        for (ground, finding) in &mut grounds {
            match finding.truth {
                Truth::Yes => item.grounds.insert(*ground),
                Truth::Unknown => {
                    ground_questions.append_once(std::mem::take(&mut finding.questions));
                }
                Truth::No => {}
            }
        }
        let mut exception_questions = M::Questions::default();
        let mut until = KeepUntil::Open;
        let mut first = true;
        for (exception, finding, end) in &mut exceptions {
            match finding.truth {
                Truth::Yes => {
                    item.exceptions.insert(*exception);
                    let end = std::mem::replace(end, KeepUntil::Open);
                    until = if first { end } else { until.and(end) };
                    first = false;
                }
                Truth::Unknown => {
                    exception_questions.append_once(std::mem::take(&mut finding.questions));
                }
                Truth::No => {}
            }
        }
        let grounds_held = |told: &mut T| {
            for (_, finding) in &grounds {
                if finding.truth.is_yes() {
                    told.take(&finding.reasons);
                }
            }
        };

        if !item.exceptions.is_empty() {
            item.verdict = ErasureVerdict::Keep;
            for (_, finding, _) in &exceptions {
                if finding.truth.is_yes() {
                    told.take(&finding.reasons);
                }
            }
            if !item.grounds.is_empty() {
                // The grounds hold, but Art. 17(3) disapplies 17(1) to the extent the
                // processing is necessary: say so once, then list the grounds as they are.
                told.push(|| {
                    ErasureReason::of(
                        ReasonCode::ExceptionPrevails,
                        Citation::article(17).paragraph(3),
                    )
                });
                grounds_held(told);
            }
            let kept = until.resolve();
            item.until = kept.until;
            told.take(&kept.reasons);
            item.questions.append(kept.questions);
        } else if !item.grounds.is_empty() {
            grounds_held(told);
            if exception_questions.is_empty() {
                item.verdict = ErasureVerdict::Erase;
                self.unclaimed_exceptions(told);
            } else {
                item.verdict = ErasureVerdict::NeedsReview;
                item.questions = exception_questions;
            }
        } else if !ground_questions.is_empty() {
            item.verdict = ErasureVerdict::NeedsReview;
            item.questions = ground_questions;
            item.questions.append_once(exception_questions);
        } else {
            item.verdict = ErasureVerdict::NoGround;
            told.push(|| {
                ErasureReason::of(
                    ReasonCode::NoGroundForErasure,
                    Citation::article(17).paragraph(1),
                )
            });
        }
        // What does not hold but is worth saying, once.
        for (_, finding) in &grounds {
            if finding.truth.is_no() {
                told.take_new(&finding.reasons);
            }
        }
        for (_, finding, _) in &exceptions {
            if finding.truth.is_no() {
                told.take_new(&finding.reasons);
            }
        }
        item
    }

    /// The exceptions only the controller can claim, said aloud when an item is erased
    /// without them: an erasure is never silently exposed to an exception nobody asked about.
    fn unclaimed_exceptions(&self, told: &mut impl Told<'a, M::Reasons<'a>>) {
        let f = self.facts();
        let (freedom, claims) = (
            f.freedom_of_expression.is_none(),
            f.needed_for_legal_claims.is_none(),
        );
        if freedom || claims {
            told.push(|| {
                ErasureReason::of(
                    ReasonCode::ExceptionsNotClaimed,
                    Citation::article(17).paragraph(3),
                )
                .unclaimed(freedom, claims)
            });
        }
    }
}
