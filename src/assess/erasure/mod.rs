//! "Must I erase this person's data, and which parts may I keep?" — Art. 17, 19 and 12(3).
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/erasure.md`), where users read it.

mod decide;
mod exceptions;
mod grounds;
mod retention;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::deadline::{request_deadlines, RequestDeadlines};
use super::lookup;
use super::stop::PurposeStop;
use super::{AssessError, OpenQuestion, Reason};
use crate::explain::{QuestionCode, ReasonCode};
use crate::{Citation, Policy, RetentionAction, RetentionTrigger};

/// A request for erasure under Art. 17, with the facts the law turns on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an erasure request object")]
#[non_exhaustive]
pub struct ErasureRequest {
    /// The day the request was received (Art. 12(3)).
    pub received: NaiveDate,
    /// The activities that hold the subject's data, each with its facts, each once.
    pub activities: Vec<ActivityFacts>,
}

impl ErasureRequest {
    /// A request received on `received` about these activities.
    pub fn new(received: NaiveDate, activities: Vec<ActivityFacts>) -> ErasureRequest {
        ErasureRequest {
            received,
            activities,
        }
    }
}

/// What is known, for one activity, of the facts that decide erasure.
///
/// Every fact is three-valued: `true`, `false`, or absent when not known. An absent fact that
/// could change the answer makes it "needs review" and is named in the open questions; a
/// refusal needs every ground ruled out (`false`), and an exception the controller wants to
/// rely on must be stated (`true`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an activity facts object")]
#[non_exhaustive]
pub struct ActivityFacts {
    /// The id of the activity in the policy.
    pub activity: String,
    /// The data are no longer necessary for the purposes for which they were collected or
    /// otherwise processed (Art. 17(1)(a)): for any purpose of the activity, one resting on a
    /// legal obligation or public task included, so that only a legal duty to keep can then
    /// keep them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_longer_necessary: Option<bool>,
    /// The subject withdrew the consent the processing rests on, under Art. 6(1)(a) or
    /// 9(2)(a) (Art. 17(1)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_withdrawn: Option<bool>,
    /// Whether, and how, the subject objected under Art. 21 (Art. 17(1)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<Objection>,
    /// For an objection under Art. 21(1): whether the controller demonstrates compelling
    /// legitimate grounds for the processing that override the subject's interests, rights
    /// and freedoms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overriding_legitimate_grounds: Option<bool>,
    /// The data have been unlawfully processed (Art. 17(1)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlawfully_processed: Option<bool>,
    /// Union or Member State law to which the controller is subject requires the data to be
    /// erased (Art. 17(1)(e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_obligation_to_erase: Option<bool>,
    /// The data were collected in relation to an information society service offered
    /// directly to the subject as a child (Art. 17(1)(f), 8(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected_from_child_online: Option<bool>,
    /// The controller made the data public (Art. 17(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_public: Option<bool>,
    /// Processing is necessary for exercising the right of freedom of expression and
    /// information (Art. 17(3)(a)). An exception the controller relies on must be stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freedom_of_expression: Option<bool>,
    /// For special categories under Art. 9(2)(h) or (i): processing is necessary for reasons
    /// of public interest in the area of public health (Art. 17(3)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub necessary_for_public_health: Option<bool>,
    /// For archiving, research or statistics under Art. 89(1): erasure would render
    /// impossible or seriously impair those objectives (Art. 17(3)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erasure_impairs_research: Option<bool>,
    /// The data are necessary for the establishment, exercise or defence of legal claims
    /// (Art. 17(3)(e)). An exception the controller relies on must be stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_for_legal_claims: Option<bool>,
    /// The dates the retention periods of this activity run from. An event that has not
    /// happened (consent not withdrawn, contract still running) is `null`; an event that is
    /// absent is unknown.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(schema_with = "crate::schema::map_keyed_by::<RetentionTrigger, Option<NaiveDate>>")]
    pub events: BTreeMap<RetentionTrigger, Option<NaiveDate>>,
}

impl ActivityFacts {
    /// Facts for an activity with nothing known beyond its id.
    pub fn new(activity: impl Into<String>) -> ActivityFacts {
        ActivityFacts {
            activity: activity.into(),
            ..ActivityFacts::default()
        }
    }
}

/// Whether and how the subject objected to the processing (Art. 21).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub enum Objection {
    /// The subject did not object.
    #[serde(rename = "none")]
    NotMade,
    /// On grounds relating to their particular situation (Art. 21(1)).
    #[serde(rename = "particular_situation")]
    ParticularSituation,
    /// To processing for direct marketing (Art. 21(2)).
    #[serde(rename = "direct_marketing")]
    DirectMarketing,
}

/// The kind of objection a subject makes (Art. 21).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ObjectionKind {
    /// On grounds relating to their particular situation (Art. 21(1)).
    ParticularSituation,
    /// To processing for direct marketing (Art. 21(2)).
    DirectMarketing,
}

impl From<ObjectionKind> for Objection {
    fn from(kind: ObjectionKind) -> Objection {
        match kind {
            ObjectionKind::ParticularSituation => Objection::ParticularSituation,
            ObjectionKind::DirectMarketing => Objection::DirectMarketing,
        }
    }
}

/// A ground for erasure of Art. 17(1)(a)–(f).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ErasureGround {
    /// (a) The data are no longer necessary for their purposes (a retention period that is
    /// over says so too).
    NoLongerNecessary,
    /// (b) Consent withdrawn, and no other legal ground (for special categories: no other
    /// condition of Art. 9(2)).
    ConsentWithdrawn,
    /// (c) An objection under Art. 21(1) without overriding legitimate grounds, or under
    /// Art. 21(2).
    Objection,
    /// (d) Unlawful processing.
    UnlawfullyProcessed,
    /// (e) A legal obligation to erase.
    LegalObligationToErase,
    /// (f) Collected in relation to an information society service offered to a child.
    ChildInformationSocietyService,
}

impl ErasureGround {
    /// Every ground, in the order of Art. 17(1).
    pub const ALL: [ErasureGround; 6] = [
        ErasureGround::NoLongerNecessary,
        ErasureGround::ConsentWithdrawn,
        ErasureGround::Objection,
        ErasureGround::UnlawfullyProcessed,
        ErasureGround::LegalObligationToErase,
        ErasureGround::ChildInformationSocietyService,
    ];

    /// The point of Art. 17(1) that sets the ground.
    pub const fn citation(self) -> Citation {
        let point = match self {
            ErasureGround::NoLongerNecessary => 'a',
            ErasureGround::ConsentWithdrawn => 'b',
            ErasureGround::Objection => 'c',
            ErasureGround::UnlawfullyProcessed => 'd',
            ErasureGround::LegalObligationToErase => 'e',
            ErasureGround::ChildInformationSocietyService => 'f',
        };
        Citation::article(17).paragraph(1).point(point)
    }
}

/// An exception of Art. 17(3)(a)–(e): erasure is not required to the extent processing is
/// necessary for it. Point (b) is split in its two limbs.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ErasureException {
    /// (a) Freedom of expression and information.
    FreedomOfExpression,
    /// (b) Compliance with a legal obligation that requires processing: a legal duty to keep,
    /// or a purpose resting on Art. 6(1)(c).
    LegalObligation,
    /// (b) A task carried out in the public interest or in the exercise of official
    /// authority: a purpose resting on Art. 6(1)(e).
    PublicTask,
    /// (c) Public health under Art. 9(2)(h) and (i) and 9(3).
    PublicHealth,
    /// (d) Archiving, research or statistics under Art. 89(1), where erasure would render
    /// impossible or seriously impair them.
    ArchivingOrResearch,
    /// (e) The establishment, exercise or defence of legal claims.
    LegalClaims,
}

impl ErasureException {
    /// The point of Art. 17(3) that sets the exception.
    pub const fn citation(self) -> Citation {
        let point = match self {
            ErasureException::FreedomOfExpression => 'a',
            ErasureException::LegalObligation | ErasureException::PublicTask => 'b',
            ErasureException::PublicHealth => 'c',
            ErasureException::ArchivingOrResearch => 'd',
            ErasureException::LegalClaims => 'e',
        };
        Citation::article(17).paragraph(3).point(point)
    }
}

/// What to do with one data category of one activity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ErasureVerdict {
    /// Erase without undue delay, on the grounds given.
    Erase,
    /// Keep, under the exceptions given, until the date given where a rule bounds it.
    Keep,
    /// Every ground of Art. 17(1) is ruled out: erasure is not required.
    NoGround,
    /// The answer turns on facts not given: see the open questions.
    NeedsReview,
    /// The organisation is a processor here: pass the request to the controller and assist
    /// it (Art. 28(3)(e)).
    ForwardToController,
}

/// The answer for one data category of one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an erasure item object")]
#[non_exhaustive]
pub struct ErasureItem {
    /// The data category.
    pub data_category: String,
    /// The activity that holds it.
    pub activity: String,
    /// What to do.
    pub verdict: ErasureVerdict,
    /// The grounds of Art. 17(1) that apply, in the order of the article. For a kept item
    /// they hold but the exceptions prevail.
    pub grounds: Vec<ErasureGround>,
    /// The exceptions of Art. 17(3) that keep the data, in the order of the article.
    pub exceptions: Vec<ErasureException>,
    /// For kept data: the day the keeping ends, when a rule sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_until: Option<NaiveDate>,
    /// For kept data: what happens when the keeping ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub then: Option<RetentionAction>,
    /// For data kept under a legal duty: the law that imposes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_reference: Option<String>,
    /// The purposes of the activity whose processing of these data stops, whatever the
    /// verdict (see [`ErasureDecision::stop_processing`] for why).
    pub stop_purposes: Vec<String>,
    /// Why, with the provisions: the grounds and exceptions first.
    pub reasons: Vec<Reason>,
    /// Facts to find out; for a kept item, what bounds the keeping.
    pub open_questions: Vec<OpenQuestion>,
}

/// Whether erasure is required overall.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErasureOutcome {
    /// Some data must be erased (others may be kept or need review; see the items).
    Required,
    /// No data must be erased: every item is kept under an exception or has no ground. The
    /// subject is told why within one month, with the right to complain (Art. 12(4)).
    NotRequired,
    /// Nothing is certain to be erased yet, and some items need review.
    NeedsReview,
    /// Nothing is certain to be erased or to need review here, and the organisation is a
    /// processor for some of the data: the controller decides on those (Art. 28(3)(e)).
    ForwardToController,
}

/// A recipient to tell, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a notification object")]
#[non_exhaustive]
pub struct Notification {
    /// The recipient's id.
    pub recipient: String,
    /// Why it must be told.
    pub reason: Reason,
}

/// The decision on an erasure request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an erasure decision object")]
#[non_exhaustive]
pub struct ErasureDecision {
    /// Whether erasure is required.
    pub outcome: ErasureOutcome,
    /// Per data category and activity, sorted by data category, then activity.
    pub items: Vec<ErasureItem>,
    /// Processing that stops, whatever happens to the data: consent withdrawn (Art. 7(3)),
    /// an objection to direct marketing (Art. 21(3)) or a successful objection (Art. 21(1)).
    pub stop_processing: Vec<PurposeStop>,
    /// After an objection to direct marketing: what may be kept to honour it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression: Option<Reason>,
    /// Recipients to tell of the erasure (Art. 19).
    pub notify_recipients: Vec<Notification>,
    /// Where data were made public: the steps towards other controllers (Art. 17(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inform_other_controllers: Option<Reason>,
    /// Facts to find out that concern the answer as a whole rather than one item.
    pub open_questions: Vec<OpenQuestion>,
    /// When the subject must be answered (Art. 12(3); for a refusal, Art. 12(4): one month,
    /// no extension).
    pub deadlines: RequestDeadlines,
}

impl ErasureDecision {
    /// The item for a data category of an activity.
    pub fn item(&self, activity: &str, data_category: &str) -> Option<&ErasureItem> {
        self.items
            .iter()
            .find(|i| i.activity == activity && i.data_category == data_category)
    }

    /// The items for one data category, one per activity that holds it.
    pub fn items_for<'a>(
        &'a self,
        data_category: &'a str,
    ) -> impl Iterator<Item = &'a ErasureItem> + 'a {
        self.items
            .iter()
            .filter(move |i| i.data_category == data_category)
    }
}

/// Decides an erasure request as of `as_of`, with the public holidays of the Member State
/// where the controller answers.
///
/// # Errors
///
/// [`AssessError::NoActivities`] or [`AssessError::RepeatedActivity`] for a request that lists
/// no activity or one twice; [`AssessError::UnknownActivity`], [`AssessError::DuplicateId`],
/// [`AssessError::UnknownDataCategory`] or [`AssessError::NoDataCategories`] when the request
/// and the policy do not fit without a guess; [`AssessError::Deadline`] when the answer date
/// falls outside the calendar.
pub fn assess_erasure(
    policy: &Policy,
    request: &ErasureRequest,
    calendar: &Calendar,
    as_of: NaiveDate,
) -> Result<ErasureDecision, AssessError> {
    if request.activities.is_empty() {
        return Err(AssessError::NoActivities);
    }
    let mut seen = BTreeSet::new();
    let mut items = Vec::new();
    let mut stops = Vec::new();
    let mut notify: BTreeMap<String, Reason> = BTreeMap::new();
    let mut made_public = false;
    let mut questions = Vec::new();
    let mut direct_marketing_objection = false;
    for facts in &request.activities {
        if !seen.insert(facts.activity.as_str()) {
            return Err(AssessError::RepeatedActivity(facts.activity.clone()));
        }
        let (index, activity) = lookup::activity(policy, &facts.activity)?;
        let categories = lookup::categories(policy, activity)?;
        if categories.is_empty() {
            return Err(AssessError::NoDataCategories(activity.id.clone()));
        }
        let here = decide::Activity::new(policy, index, activity, facts, as_of);
        stops.extend(here.stops());
        direct_marketing_objection |= here.objects_to_direct_marketing();
        let mut erased_here = false;
        for category in categories {
            let item = here.decide(category);
            erased_here |= item.verdict == ErasureVerdict::Erase;
            items.push(item);
        }
        if erased_here {
            match facts.made_public {
                Some(true) => made_public = true,
                Some(false) => {}
                None => push_once(&mut questions, made_public_question()),
            }
            for recipient in policy.recipients_of(activity) {
                notify.entry(recipient.id.clone()).or_insert_with(|| {
                    Reason::of(ReasonCode::NotifyRecipient, Citation::article(19))
                });
            }
        }
    }
    items.sort_by(|a, b| (&a.data_category, &a.activity).cmp(&(&b.data_category, &b.activity)));
    stops.sort();
    let outcome = outcome(&items);
    let mut deadlines =
        request_deadlines(request.received, calendar).map_err(AssessError::Deadline)?;
    if outcome == ErasureOutcome::NotRequired {
        refusal_deadline(&mut deadlines);
    }
    Ok(ErasureDecision {
        outcome,
        items,
        stop_processing: stops,
        suppression: direct_marketing_objection.then(|| {
            Reason::of(
                ReasonCode::SuppressionEntry,
                Citation::article(21).paragraph(3),
            )
        }),
        notify_recipients: notify
            .into_iter()
            .map(|(recipient, reason)| Notification { recipient, reason })
            .collect(),
        inform_other_controllers: made_public.then(|| {
            Reason::of(
                ReasonCode::InformOtherControllers,
                Citation::article(17).paragraph(2),
            )
        }),
        open_questions: questions,
        deadlines,
    })
}

/// Erasure is required as soon as one item is erased; a refusal needs every item kept or
/// without a ground.
fn outcome(items: &[ErasureItem]) -> ErasureOutcome {
    let any = |verdict| items.iter().any(|i| i.verdict == verdict);
    if any(ErasureVerdict::Erase) {
        ErasureOutcome::Required
    } else if any(ErasureVerdict::NeedsReview) {
        ErasureOutcome::NeedsReview
    } else if any(ErasureVerdict::ForwardToController) {
        ErasureOutcome::ForwardToController
    } else {
        ErasureOutcome::NotRequired
    }
}

/// A controller that takes no action on a request says so within one month, with its reasons
/// and the right to complain; Art. 12(4) allows no extension.
fn refusal_deadline(deadlines: &mut RequestDeadlines) {
    deadlines.extended_respond_by = None;
    deadlines.respond_by.reasons.insert(
        0,
        Reason::of(
            ReasonCode::RefusalWithinOneMonth,
            Citation::article(12).paragraph(4),
        ),
    );
}

fn made_public_question() -> OpenQuestion {
    OpenQuestion::of(
        QuestionCode::MadePublic,
        "made_public",
        Citation::article(17).paragraph(2),
    )
}

fn push_once(questions: &mut Vec<OpenQuestion>, question: OpenQuestion) {
    if !questions.contains(&question) {
        questions.push(question);
    }
}

crate::setters::setters!(ActivityFacts {
    some no_longer_necessary: bool,
    some consent_withdrawn: bool,
    some objection: Objection,
    some overriding_legitimate_grounds: bool,
    some unlawfully_processed: bool,
    some legal_obligation_to_erase: bool,
    some collected_from_child_online: bool,
    some made_public: bool,
    some freedom_of_expression: bool,
    some necessary_for_public_health: bool,
    some erasure_impairs_research: bool,
    some needed_for_legal_claims: bool,
    set events: BTreeMap<RetentionTrigger, Option<NaiveDate>>,
});

impl ActivityFacts {
    /// The same, with the date of `trigger` known: `Some(date)` when it happened, `None`
    /// when it has not happened yet (a contract still running).
    #[must_use]
    pub fn event(mut self, trigger: RetentionTrigger, date: Option<NaiveDate>) -> Self {
        self.events.insert(trigger, date);
        self
    }
}
