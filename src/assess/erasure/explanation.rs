//! The explained decision on an erasure request, as codes in a buffer the caller keeps: every
//! item's verdict with its reasons and questions, the purposes that stop, the recipients to
//! tell and the steps of the deadlines. Words and owned ids are made only when asked for, by
//! [`ErasureExplanation::to_decision`]; [`assess_erasure`](super::assess_erasure) is exactly
//! that.

use std::ops::Range;

use chrono::NaiveDate;

use super::decide::Decided;
use super::mode::{Answered, Explain, Segment};
use super::{
    made_public_question, refusal_deadline, run, ErasureDecision, ErasureItem, ErasureItemVerdict,
    ErasureOutcome, ErasureReason, ErasureRequest, ErasureVerdicts, Notification, Resolve,
};
use crate::assess::calendar::Calendar;
use crate::assess::deadline::explain_request_deadlines;
use crate::assess::deadline_days::RequestSteps;
use crate::assess::stop::{PurposeStop, StopReason};
use crate::assess::{AssessError, DeadlineError, OpenQuestion, Reason};
use crate::explain::ReasonCode;
use crate::{Citation, Policy, Purpose};

/// The explained decision on an erasure request, as codes, in a buffer the caller owns.
///
/// Fill it with [`erasure_explanation`](super::erasure_explanation) or
/// [`CompiledPolicy::erasure_explanation`](crate::compiled::CompiledPolicy::erasure_explanation)
/// and reuse it: once it has grown to the largest request, explaining a request whose items
/// ask nothing allocates nothing (unless one of the rules notes more than two reasons of one
/// kind for an item: those go on the heap). It holds everything
/// [`ErasureDecision`] says — each item's verdict, grounds, exceptions, keep-until date,
/// [reasons](ErasureReason) with their citations, open questions and stopped purposes; the
/// processing that stops; the recipients to tell; the steps by which the deadlines were
/// counted — with the ids borrowed from the policy. [`to_decision`](Self::to_decision) makes
/// the owned decision, equal to [`assess_erasure`](super::assess_erasure)'s.
///
/// The items are in the order of the request's activities, as in [`ErasureVerdicts`];
/// the decision sorts them by data category.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{assess_erasure, erasure_explanation, ActivityFacts, ErasureExplanation,
///                    ErasureRequest, ErasureVerdict, Netherlands};
/// use gdpr::explain::{Language, ReasonCode};
/// use gdpr::Policy;
///
/// let policy = Policy::from_json(include_str!("../../../tests/fixtures/webshop.json")).unwrap();
/// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
/// let request = ErasureRequest::new(day, vec![ActivityFacts::new("newsletter").consent_withdrawn(true)]);
/// let mut out = ErasureExplanation::new();
/// erasure_explanation(&policy, &request, &Netherlands, day, &mut out).unwrap();
/// let item = out.item("newsletter", "contact").unwrap();
/// assert_eq!(item.verdict.verdict, ErasureVerdict::Erase);
/// assert_eq!(item.reasons[0].code, ReasonCode::ConsentWithdrawn);
/// assert_eq!(item.reasons[0].citation.to_string(), "Art. 17(1)(b)");
/// println!("{}", item.reasons[0].in_language(Language::Dutch));
/// // The owned decision, with its words, is the one assess_erasure gives.
/// assert_eq!(out.to_decision(), Some(assess_erasure(&policy, &request, &Netherlands, day).unwrap()));
/// ```
#[derive(Debug, Clone)]
pub struct ErasureExplanation<'a> {
    verdicts: ErasureVerdicts<'a>,
    /// Per item, in the order of `verdicts.items`: where its notes are in the lists below.
    spans: Vec<Span>,
    reasons: Vec<ErasureReason<'a>>,
    questions: Vec<OpenQuestion>,
    stop_purposes: Vec<&'a str>,
    /// Sorted by activity, purpose and reason, as [`ErasureDecision::stop_processing`].
    stops: Vec<(&'a str, &'a str, StopReason)>,
    /// Recipients to tell, sorted, each once.
    notify: Vec<&'a str>,
    /// The purposes of the activity at hand whose processing stops, sorted.
    stopping: Vec<(&'a Purpose, StopReason)>,
    /// The deadlines' steps and the calendar that names their holidays, once decided.
    deadlines: Option<(RequestSteps, &'a Calendar)>,
}

/// Where one item's notes are.
#[derive(Debug, Clone, Default)]
struct Span {
    reasons: Range<usize>,
    questions: Range<usize>,
    stop_purposes: Range<usize>,
}

/// One explained item: a view into an [`ErasureExplanation`].
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ExplainedErasureItem<'e, 'a> {
    /// The verdict, as codes, with the records it is about.
    pub verdict: &'e ErasureItemVerdict<'a>,
    /// Why, with the provisions: the grounds and exceptions first (as [`ErasureItem::reasons`]).
    pub reasons: &'e [ErasureReason<'a>],
    /// Facts to find out; for a kept item, what bounds the keeping.
    pub open_questions: &'e [OpenQuestion],
    /// The purposes of the activity whose processing of these data stops, sorted.
    pub stop_purposes: &'e [&'a str],
}

impl ExplainedErasureItem<'_, '_> {
    /// The owned item, as [`ErasureDecision::items`] holds it.
    pub fn to_item(&self) -> ErasureItem {
        let v = self.verdict;
        ErasureItem {
            data_category: v.data_category.id.clone(),
            activity: v.activity.id.clone(),
            verdict: v.verdict,
            grounds: v.grounds.iter().collect(),
            exceptions: v.exceptions.iter().collect(),
            keep_until: v.keep_until,
            then: v.then,
            legal_reference: v.legal_reference().map(str::to_owned),
            stop_purposes: self.stop_purposes.iter().map(|p| (*p).to_owned()).collect(),
            reasons: self.reasons.iter().map(ErasureReason::to_reason).collect(),
            open_questions: self.open_questions.to_vec(),
        }
    }
}

impl Default for ErasureExplanation<'_> {
    fn default() -> Self {
        ErasureExplanation::new()
    }
}

impl<'a> ErasureExplanation<'a> {
    /// An empty buffer.
    pub fn new() -> Self {
        ErasureExplanation {
            verdicts: ErasureVerdicts::new(),
            spans: Vec::new(),
            reasons: Vec::new(),
            questions: Vec::new(),
            stop_purposes: Vec::new(),
            stops: Vec::new(),
            notify: Vec::new(),
            stopping: Vec::new(),
            deadlines: None,
        }
    }

    /// The verdicts alone: the items as codes, the outcome, the deadline days and what the
    /// request asks of the whole answer.
    pub fn verdicts(&self) -> &ErasureVerdicts<'a> {
        &self.verdicts
    }

    /// Whether erasure is required.
    pub fn outcome(&self) -> ErasureOutcome {
        self.verdicts.outcome()
    }

    /// The items, one per data category of each activity of the request, in its order.
    pub fn items(&self) -> impl ExactSizeIterator<Item = ExplainedErasureItem<'_, 'a>> + '_ {
        self.verdicts
            .items()
            .iter()
            .zip(&self.spans)
            .map(|(verdict, span)| ExplainedErasureItem {
                verdict,
                reasons: self.reasons.get(span.reasons.clone()).unwrap_or_default(),
                open_questions: self
                    .questions
                    .get(span.questions.clone())
                    .unwrap_or_default(),
                stop_purposes: self
                    .stop_purposes
                    .get(span.stop_purposes.clone())
                    .unwrap_or_default(),
            })
    }

    /// The item for a data category of an activity.
    pub fn item(
        &self,
        activity: &str,
        data_category: &str,
    ) -> Option<ExplainedErasureItem<'_, 'a>> {
        self.items().find(|i| {
            i.verdict.activity.id == activity && i.verdict.data_category.id == data_category
        })
    }

    /// The processing that stops whatever happens to the data, as (activity, purpose, why),
    /// sorted (see [`ErasureDecision::stop_processing`]).
    pub fn stop_processing(&self) -> &[(&'a str, &'a str, StopReason)] {
        &self.stops
    }

    /// The recipients to tell of the erasure (Art. 19), sorted.
    pub fn notify_recipients(&self) -> &[&'a str] {
        &self.notify
    }

    /// The owned decision, with the deadlines' reasons: what
    /// [`assess_erasure`](super::assess_erasure) gives for the same request. `None` when the
    /// buffer holds no decision (never filled, or its last request was an error).
    pub fn to_decision(&self) -> Option<ErasureDecision> {
        let (steps, calendar) = self.deadlines?;
        Some(self.decision(&steps, calendar))
    }

    /// The owned decision, with the deadlines counted as `steps`.
    pub(crate) fn decision(&self, steps: &RequestSteps, calendar: &Calendar) -> ErasureDecision {
        let mut items: Vec<ErasureItem> = self.items().map(|i| i.to_item()).collect();
        items.sort_by(|a, b| (&a.data_category, &a.activity).cmp(&(&b.data_category, &b.activity)));
        let outcome = self.outcome();
        let mut deadlines = explain_request_deadlines(steps, calendar);
        if outcome == ErasureOutcome::NotRequired {
            refusal_deadline(&mut deadlines);
        }
        let v = &self.verdicts;
        ErasureDecision {
            outcome,
            items,
            stop_processing: self
                .stops
                .iter()
                .map(|(activity, purpose, because)| PurposeStop::new(activity, purpose, *because))
                .collect(),
            suppression: v.suppression_entry_allowed().then(|| {
                Reason::of(
                    ReasonCode::SuppressionEntry,
                    Citation::article(21).paragraph(3),
                )
            }),
            notify_recipients: self
                .notify
                .iter()
                .map(|recipient| Notification {
                    recipient: (*recipient).to_owned(),
                    reason: Reason::of(ReasonCode::NotifyRecipient, Citation::article(19)),
                })
                .collect(),
            inform_other_controllers: v.inform_other_controllers().then(|| {
                Reason::of(
                    ReasonCode::InformOtherControllers,
                    Citation::article(17).paragraph(2),
                )
            }),
            open_questions: v
                .asks_made_public()
                .then(made_public_question)
                .into_iter()
                .collect(),
            deadlines,
        }
    }

    /// Empties the buffer of its last decision, for a request refused before it was read.
    pub(crate) fn forget(&mut self) {
        self.start(0);
    }

    fn start(&mut self, activities: usize) {
        self.verdicts.start(activities);
        self.spans.clear();
        self.reasons.clear();
        self.questions.clear();
        self.stop_purposes.clear();
        self.stops.clear();
        self.notify.clear();
        self.deadlines = None;
    }
}

/// The explanation, on any way of finding what the request names; `steps` counts the
/// deadlines, and `calendar` names their holidays. Gives the steps it counted.
pub(crate) fn explain<'a>(
    resolve: &impl Resolve<'a>,
    policy: &'a Policy,
    request: &'a ErasureRequest,
    as_of: NaiveDate,
    calendar: &'a Calendar,
    out: &mut ErasureExplanation<'a>,
    steps: impl FnOnce(NaiveDate) -> Result<RequestSteps, DeadlineError>,
) -> Result<RequestSteps, AssessError> {
    out.start(policy.activities.len());
    let ErasureExplanation {
        verdicts,
        spans,
        reasons,
        questions,
        stop_purposes,
        stops,
        notify,
        stopping,
        deadlines,
    } = out;
    // The request loop is set up as the verdict's (`super::verdict`): the same epoch stamps
    // of the activities already named. A helper shared by the two was measured and made this
    // explanation 8% slower, so each keeps its own three lines.
    let epoch = verdicts.epoch;
    let seen = &mut verdicts.seen;
    let items = &mut verdicts.items;
    let mut asks_made_public = false;
    let mut start = 0;
    let summary = run(
        policy,
        resolve,
        request,
        as_of,
        |index| match seen.get_mut(index) {
            Some(stamp) => std::mem::replace(stamp, epoch) != epoch,
            None => true,
        },
        |here, position, category, same| {
            if position == 0 {
                start = items.len();
                // Whether a purpose's processing stops does not turn on the category.
                here.stops(stopping);
                let act = &here.activity.id;
                stops.extend(
                    stopping
                        .iter()
                        .map(|(p, because)| (act.as_str(), p.id.as_str(), *because)),
                );
            }
            // A category the rules cannot tell from an earlier one of the activity has its
            // answer, unless that answer asks something: questions name the category.
            let same = same
                .map(|earlier| start + earlier)
                .and_then(|at| Some((*items.get(at)?, spans.get(at)?.clone())))
                .filter(|(_, span)| span.questions.is_empty());
            if let Some((earlier, span)) = same {
                let item = ErasureItemVerdict {
                    data_category: category,
                    ..earlier
                };
                items.push(item);
                let from = (reasons.len(), stop_purposes.len());
                reasons.extend_from_within(span.reasons);
                stop_purposes.extend_from_within(span.stop_purposes);
                spans.push(Span {
                    reasons: from.0..reasons.len(),
                    questions: questions.len()..questions.len(),
                    stop_purposes: from.1..stop_purposes.len(),
                });
                return item.verdict;
            }
            // Reasons are written straight into the buffer, so they cost little; questions
            // are built only for an item that asks some, by the same rules again.
            let from = (reasons.len(), questions.len(), stop_purposes.len());
            let answered: Decided<'a, Answered> =
                here.decide(position, category, &mut Segment::after(reasons));
            let item = if answered.questions.written() {
                reasons.truncate(from.0);
                let full: Decided<'a, Explain> =
                    here.decide(position, category, &mut Segment::after(reasons));
                let item = full.on(here.activity, category);
                questions.extend(full.questions);
                item
            } else {
                answered.on(here.activity, category)
            };
            items.push(item);
            here.stop_purposes(stopping, category, stop_purposes);
            spans.push(Span {
                reasons: from.0..reasons.len(),
                questions: from.1..questions.len(),
                stop_purposes: from.2..stop_purposes.len(),
            });
            item.verdict
        },
        |here, erased_here| {
            if erased_here {
                asks_made_public |= here.facts.made_public.is_none();
                for recipient in policy.recipients_of(here.activity) {
                    if !notify.contains(&recipient.id.as_str()) {
                        notify.push(&recipient.id);
                    }
                }
            }
        },
    )?;
    stops.sort_unstable();
    notify.sort_unstable();
    let outcome = summary.outcome();
    let counted = steps(request.received).map_err(AssessError::Deadline)?;
    let mut days = counted.days();
    if outcome == ErasureOutcome::NotRequired {
        days.extended_respond_by = None;
    }
    verdicts.outcome = outcome;
    verdicts.deadlines = Some(days);
    verdicts.suppression = summary.direct_marketing_objection;
    verdicts.inform_other_controllers = summary.made_public;
    verdicts.asks_made_public = asks_made_public;
    *deadlines = Some((counted, calendar));
    Ok(counted)
}
