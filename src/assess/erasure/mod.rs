//! "Must I erase this person's data, and which parts may I keep?" — Art. 17, 19 and 12(3).
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/erasure.md`), where users read it.

mod decide;
mod exceptions;
mod explanation;
mod grounds;
mod mode;
mod profile;
mod reason;
mod retention;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::deadline::RequestDeadlines;
use super::deadline_days::{request_days, request_steps, RequestDeadlineDays};
use super::lookup;
use super::stop::PurposeStop;
use super::{AssessError, OpenQuestion, Reason};
use crate::explain::{QuestionCode, ReasonCode};
use crate::{
    Citation, DataCategory, Policy, ProcessingActivity, RetentionAction, RetentionRule,
    RetentionTrigger,
};

use decide::{Activity, Decided, Facts};
pub use decide::{ExceptionSet, GroundSet};
pub(crate) use explanation::explain;
pub use explanation::{ErasureExplanation, ExplainedErasureItem};
use mode::{Decide, Unsaid};
use profile::Profiles;
pub(crate) use profile::{answers, profiles, Answers, PurposeProfile};
pub use reason::ErasureReason;
use retention::DueDates;

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
    /// Every exception, in the order of Art. 17(3).
    pub const ALL: [ErasureException; 6] = [
        ErasureException::FreedomOfExpression,
        ErasureException::LegalObligation,
        ErasureException::PublicTask,
        ErasureException::PublicHealth,
        ErasureException::ArchivingOrResearch,
        ErasureException::LegalClaims,
    ];

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
/// [`erasure_verdict`] gives the same verdicts as codes, without allocating, and
/// [`erasure_explanation`] the same decision as codes, with its reasons, in a buffer the
/// caller reuses.
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
    let mut out = ErasureExplanation::new();
    let steps = explain(
        &PlainPolicy(policy),
        policy,
        request,
        as_of,
        calendar,
        &mut out,
        |received| request_steps(received, |d| calendar.is_working_day(d)),
    )?;
    Ok(out.decision(&steps, calendar))
}

/// Explains an erasure request as [`assess_erasure`] does — the same items, reasons,
/// questions, stopped processing, recipients and deadlines — as codes in `out`, with the ids
/// borrowed from the policy: [`ErasureExplanation::to_decision`] gives the owned decision.
/// Explaining allocates nothing once `out` has grown to the request, except for the open
/// questions of items that ask some (see [`ErasureExplanation`]).
///
/// # Errors
///
/// As [`assess_erasure`].
pub fn erasure_explanation<'a>(
    policy: &'a Policy,
    request: &'a ErasureRequest,
    calendar: &'a Calendar,
    as_of: NaiveDate,
    out: &mut ErasureExplanation<'a>,
) -> Result<(), AssessError> {
    explain(
        &PlainPolicy(policy),
        policy,
        request,
        as_of,
        calendar,
        out,
        |received| request_steps(received, |d| calendar.is_working_day(d)),
    )
    .map(|_| ())
}

/// The verdict on one data category of one activity, as codes: what
/// [`ErasureItem`] says, without the reasons, questions and purposes that stop.
///
/// It refers to the policy's records rather than copying their ids: 32 bytes, so that a
/// verdict on a request writes little (`item.activity.id` and `item.data_category.id` are
/// the ids). Two items are equal when their records and codes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ErasureItemVerdict<'a> {
    /// The activity that holds the data.
    pub activity: &'a ProcessingActivity,
    /// The data category.
    pub data_category: &'a DataCategory,
    /// What to do.
    pub verdict: ErasureVerdict,
    /// The grounds of Art. 17(1) that apply.
    pub grounds: GroundSet,
    /// The exceptions of Art. 17(3) that keep the data.
    pub exceptions: ExceptionSet,
    /// For kept data: the day the keeping ends, when a rule sets it.
    pub keep_until: Option<NaiveDate>,
    /// For kept data: what happens when the keeping ends.
    pub then: Option<RetentionAction>,
    /// For data kept under a legal duty: the retention rule of the duty, whose
    /// `legal_reference` names the law ([`ErasureItemVerdict::legal_reference`]).
    pub duty: Option<&'a RetentionRule>,
}

impl<'a> ErasureItemVerdict<'a> {
    /// For data kept under a legal duty: the law that imposes it, as the explained item's
    /// [`legal_reference`](ErasureItem::legal_reference) gives it.
    pub fn legal_reference(&self) -> Option<&'a str> {
        self.duty.map(law_of)
    }
}

/// The law a duty's rule names, as an item gives it: empty where the rule names none
/// (validation reports such a duty).
fn law_of(rule: &RetentionRule) -> &str {
    rule.legal_reference.as_deref().unwrap_or("")
}

/// The verdict on an erasure request, as codes, in a buffer the caller owns: fill it with
/// [`erasure_verdict`] (or
/// [`CompiledPolicy::erasure_verdict`](crate::compiled::CompiledPolicy::erasure_verdict)) and
/// reuse it, and no verdict allocates once the buffer has grown to the largest request.
///
/// The items are in the order of the request's activities, and of each activity's data
/// categories in the record; [`ErasureDecision`] sorts them by data category.
#[derive(Debug, Clone)]
pub struct ErasureVerdicts<'a> {
    items: Vec<ErasureItemVerdict<'a>>,
    outcome: ErasureOutcome,
    deadlines: Option<RequestDeadlineDays>,
    suppression: bool,
    inform_other_controllers: bool,
    asks_made_public: bool,
    /// Per activity of the policy: the request that last named it.
    seen: Vec<u32>,
    epoch: u32,
}

impl Default for ErasureVerdicts<'_> {
    fn default() -> Self {
        ErasureVerdicts::new()
    }
}

impl<'a> ErasureVerdicts<'a> {
    /// An empty buffer.
    pub fn new() -> Self {
        ErasureVerdicts::with_capacity(0, 0)
    }

    /// A buffer for requests of up to `items` items on policies of up to `activities`
    /// activities: filling it then never allocates.
    pub fn with_capacity(items: usize, activities: usize) -> Self {
        ErasureVerdicts {
            items: Vec::with_capacity(items),
            outcome: ErasureOutcome::NeedsReview,
            deadlines: None,
            suppression: false,
            inform_other_controllers: false,
            asks_made_public: false,
            seen: vec![0; activities],
            epoch: 0,
        }
    }

    /// The items, one per data category of each activity of the request.
    pub fn items(&self) -> &[ErasureItemVerdict<'a>] {
        &self.items
    }

    /// Whether erasure is required.
    pub fn outcome(&self) -> ErasureOutcome {
        self.outcome
    }

    /// When the subject must be answered; for a refusal there is no extension (Art. 12(4)).
    pub fn deadlines(&self) -> Option<RequestDeadlineDays> {
        self.deadlines
    }

    /// After an objection to direct marketing, a suppression entry may be kept (Art. 21(3)).
    pub fn suppression_entry_allowed(&self) -> bool {
        self.suppression
    }

    /// Data that were made public are erased: other controllers must be informed
    /// (Art. 17(2)).
    pub fn inform_other_controllers(&self) -> bool {
        self.inform_other_controllers
    }

    /// Data are erased and whether they were made public is not known (`made_public`).
    pub fn asks_made_public(&self) -> bool {
        self.asks_made_public
    }

    /// The item for a data category of an activity.
    pub fn item(&self, activity: &str, data_category: &str) -> Option<&ErasureItemVerdict<'a>> {
        self.items
            .iter()
            .find(|i| i.activity.id == activity && i.data_category.id == data_category)
    }

    /// Empties the buffer of its last decision, for a request refused before it was read.
    pub(crate) fn forget(&mut self) {
        self.start(0);
    }

    fn start(&mut self, activities: usize) {
        self.items.clear();
        self.outcome = ErasureOutcome::NeedsReview;
        self.deadlines = None;
        self.suppression = false;
        self.inform_other_controllers = false;
        self.asks_made_public = false;
        if self.seen.len() < activities {
            self.seen.resize(activities, 0);
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.seen.fill(0);
            self.epoch = 1;
        }
    }
}

/// Decides an erasure request as [`assess_erasure`] does — the same verdict, grounds,
/// exceptions and keep-until dates for every item, the same outcome and deadline days — as
/// codes in `out`, without allocating once `out` has grown to the request (and for a
/// calendar without weekend substitutes).
///
/// # Errors
///
/// As [`assess_erasure`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{erasure_verdict, ActivityFacts, ErasureGround, ErasureOutcome, ErasureRequest,
///                    ErasureVerdict, ErasureVerdicts, Netherlands};
/// use gdpr::{Policy, RetentionTrigger};
///
/// let policy = Policy::from_json(include_str!("../../../tests/fixtures/webshop.json")).unwrap();
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let request = ErasureRequest::new(day(2026, 11, 27), vec![
///     ActivityFacts::new("newsletter").consent_withdrawn(true),
///     ActivityFacts::new("bookkeeping")
///         .no_longer_necessary(true)
///         .event(RetentionTrigger::EndOfFinancialYear, Some(day(2025, 12, 31))),
/// ]);
/// let mut out = ErasureVerdicts::new();
/// erasure_verdict(&policy, &request, &Netherlands, day(2026, 11, 27), &mut out).unwrap();
/// assert_eq!(out.outcome(), ErasureOutcome::Required);
/// let newsletter = out.item("newsletter", "contact").unwrap();
/// assert_eq!(newsletter.verdict, ErasureVerdict::Erase);
/// assert!(newsletter.grounds.contains(ErasureGround::ConsentWithdrawn));
/// let invoices = out.item("bookkeeping", "invoices").unwrap();
/// assert_eq!(invoices.keep_until, Some(day(2032, 12, 31)));
/// ```
pub fn erasure_verdict<'a>(
    policy: &'a Policy,
    request: &'a ErasureRequest,
    calendar: &Calendar,
    as_of: NaiveDate,
    out: &mut ErasureVerdicts<'a>,
) -> Result<(), AssessError> {
    verdict(
        &PlainPolicy(policy),
        policy,
        request,
        as_of,
        out,
        |received| request_days(received, |d| calendar.is_working_day(d)),
    )
}

/// The verdict, on any way of finding what the request names.
pub(crate) fn verdict<'a>(
    resolve: &impl Resolve<'a>,
    policy: &'a Policy,
    request: &'a ErasureRequest,
    as_of: NaiveDate,
    out: &mut ErasureVerdicts<'a>,
    deadlines: impl FnOnce(NaiveDate) -> Result<RequestDeadlineDays, super::DeadlineError>,
) -> Result<(), AssessError> {
    out.start(policy.activities.len());
    let epoch = out.epoch;
    let seen = &mut out.seen;
    let items = &mut out.items;
    let mut asks_made_public = false;
    let mut start = 0;
    let mut last: Option<(usize, ErasureItemVerdict<'a>)> = None;
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
            }
            // A category the rules cannot tell from an earlier one of the activity gets its
            // verdict: most often the one just decided, kept at hand rather than read back
            // from the buffer it was written to.
            let same = same.and_then(|earlier| match last {
                Some((at, item)) if at == start + earlier => Some(item),
                _ => items.get(start + earlier).copied(),
            });
            let item = match same {
                Some(earlier) => ErasureItemVerdict {
                    data_category: category,
                    ..earlier
                },
                None => {
                    let d: Decided<'a, Decide> = here.decide(position, category, &mut Unsaid);
                    let decided = d.on(here.activity, category);
                    last = Some((items.len(), decided));
                    decided
                }
            };
            items.push(item);
            item.verdict
        },
        |here, erased_here| {
            asks_made_public |= erased_here && here.facts.made_public.is_none();
        },
    )?;
    let outcome = summary.outcome();
    let mut days = deadlines(request.received).map_err(AssessError::Deadline)?;
    if outcome == ErasureOutcome::NotRequired {
        days.extended_respond_by = None;
    }
    out.outcome = outcome;
    out.deadlines = Some(days);
    out.suppression = summary.direct_marketing_objection;
    out.inform_other_controllers = summary.made_public;
    out.asks_made_public = asks_made_public;
    Ok(())
}

/// How the rules find what a request names in the policy: by scanning it, or through the
/// indexes of a compiled policy. Either way the same answers and the same errors.
pub(crate) trait Resolve<'a> {
    /// The activity with this id, named at position `at` of the request, and its position in
    /// the policy; an error as [`lookup::activity`].
    fn activity(&self, at: usize, id: &str)
        -> Result<(usize, &'a ProcessingActivity), AssessError>;

    /// Checks the activity's data categories as [`lookup::categories`] does.
    fn check_categories(
        &self,
        index: usize,
        activity: &'a ProcessingActivity,
    ) -> Result<(), AssessError>;

    /// The activity's data categories, each once, in the order of the record (after
    /// [`Resolve::check_categories`]). With each, when known, an earlier position whose
    /// category the rules cannot tell apart from it (the same special status, the same
    /// purposes needing it, the same retention rules naming it), so that its verdict is the
    /// same; `None` to decide it afresh.
    fn categories(
        &self,
        index: usize,
        activity: &'a ProcessingActivity,
    ) -> impl Iterator<Item = (&'a DataCategory, Option<u32>)>;

    /// The profiles of the activity's purposes, when prepared; `None` to read them from the
    /// record.
    fn profiles(&self, _index: usize) -> Option<&'a [PurposeProfile]> {
        None
    }

    /// The answers to every purpose test for each of the activity's categories, in the order
    /// of [`Resolve::categories`], when prepared; `None` to work them out.
    fn answers(&self, _index: usize) -> Option<&'a [Answers]> {
        None
    }
}

/// The plain policy, read by scanning.
pub(crate) struct PlainPolicy<'a>(pub(crate) &'a Policy);

impl<'a> Resolve<'a> for PlainPolicy<'a> {
    fn activity(&self, _: usize, id: &str) -> Result<(usize, &'a ProcessingActivity), AssessError> {
        lookup::activity(self.0, id)
    }

    fn check_categories(
        &self,
        _: usize,
        activity: &'a ProcessingActivity,
    ) -> Result<(), AssessError> {
        lookup::check_categories(self.0, activity)
    }

    fn categories(
        &self,
        _: usize,
        activity: &'a ProcessingActivity,
    ) -> impl Iterator<Item = (&'a DataCategory, Option<u32>)> {
        lookup::each_category(self.0, activity).map(|c| (c, None))
    }
}

/// What the items say together.
#[derive(Debug, Clone, Copy, Default)]
struct Summary {
    any_erase: bool,
    any_review: bool,
    any_forward: bool,
    direct_marketing_objection: bool,
    made_public: bool,
}

impl Summary {
    /// Erasure is required as soon as one item is erased; a refusal needs every item kept or
    /// without a ground.
    fn outcome(&self) -> ErasureOutcome {
        if self.any_erase {
            ErasureOutcome::Required
        } else if self.any_review {
            ErasureOutcome::NeedsReview
        } else if self.any_forward {
            ErasureOutcome::ForwardToController
        } else {
            ErasureOutcome::NotRequired
        }
    }
}

/// The request, activity by activity and category by category: `first` says whether an
/// activity (by position) is named for the first time, `item` decides each data category
/// (by its position among the activity's), `done` takes each activity with whether something
/// of it is erased.
fn run<'a>(
    policy: &'a Policy,
    resolve: &impl Resolve<'a>,
    request: &'a ErasureRequest,
    as_of: NaiveDate,
    mut first: impl FnMut(usize) -> bool,
    mut item: impl FnMut(&Activity<'a, '_>, usize, &'a DataCategory, Option<usize>) -> ErasureVerdict,
    mut done: impl FnMut(&Activity<'a, '_>, bool),
) -> Result<Summary, AssessError> {
    if request.activities.is_empty() {
        return Err(AssessError::NoActivities);
    }
    let mut summary = Summary::default();
    let dates = DueDates::default();
    for (at, facts) in request.activities.iter().enumerate() {
        let (index, activity) = resolve.activity(at, &facts.activity)?;
        if !first(index) {
            return Err(AssessError::RepeatedActivity(facts.activity.clone()));
        }
        resolve.check_categories(index, activity)?;
        if activity.data_categories.is_empty() {
            return Err(AssessError::NoDataCategories(activity.id.clone()));
        }
        // Read once for the activity's categories: on the stack unless prepared.
        let stack;
        let n = activity.purposes.len();
        let profiles = match resolve.profiles(index) {
            Some(prepared) => Profiles::Ready(prepared),
            None if n <= Profiles::ON_STACK => {
                let mut read = [PurposeProfile::FILLER; Profiles::ON_STACK];
                for (slot, profile) in read.iter_mut().zip(profiles(policy, activity)) {
                    *slot = profile;
                }
                stack = read;
                Profiles::Ready(stack.get(..n).unwrap_or_default())
            }
            None => Profiles::Read(policy, activity),
        };
        let at = Facts {
            policy,
            index,
            activity,
            facts,
        };
        let here = Activity::new(at, as_of, profiles, resolve.answers(index), &dates);
        summary.direct_marketing_objection |= here.objects_to_direct_marketing();
        let mut erased_here = false;
        // The earlier position comes as a `u32`, so that each step of the iterator is two
        // words and comes back in registers; as a `usize` it went through the stack and
        // stalled the loop.
        for (position, (category, same)) in resolve.categories(index, activity).enumerate() {
            match item(&here, position, category, same.map(|s| s as usize)) {
                ErasureVerdict::Erase => erased_here = true,
                ErasureVerdict::NeedsReview => summary.any_review = true,
                ErasureVerdict::ForwardToController => summary.any_forward = true,
                ErasureVerdict::Keep | ErasureVerdict::NoGround => {}
            }
        }
        summary.any_erase |= erased_here;
        if erased_here && facts.made_public == Some(true) {
            summary.made_public = true;
        }
        done(&here, erased_here);
    }
    Ok(summary)
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

#[cfg(test)]
mod tests {
    use super::mode::{Answered, Explain, Segment};
    use super::*;

    /// Every combination of the facts that most often settle an item, each stated either way
    /// or left unknown.
    fn fact_combinations(activity: &str) -> Vec<ActivityFacts> {
        let three = [None, Some(false), Some(true)];
        let objections = [
            None,
            Some(Objection::ParticularSituation),
            Some(Objection::DirectMarketing),
        ];
        let mut all = Vec::new();
        for no_longer_necessary in three {
            for consent_withdrawn in three {
                for overriding in three {
                    for legal_claims in three {
                        for objection in objections {
                            let mut facts = ActivityFacts::new(activity);
                            facts.no_longer_necessary = no_longer_necessary;
                            facts.consent_withdrawn = consent_withdrawn;
                            facts.overriding_legitimate_grounds = overriding;
                            facts.needed_for_legal_claims = legal_claims;
                            facts.objection = objection;
                            all.push(facts);
                        }
                    }
                }
            }
        }
        all
    }

    #[test]
    fn an_item_that_asks_nothing_is_explained_alike_with_or_without_building_questions() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let seeds = [
            include_str!("../../../examples/policies/stebo.json"),
            include_str!("../../../examples/policies/st_ap.json"),
            include_str!("../../../examples/policies/sint_truiden.json"),
            include_str!("../../../examples/policies/step_inburgering.json"),
            include_str!("../../../examples/policies/woondienst_regio_izegem.json"),
        ];
        let mut answered_items = 0;
        for text in seeds {
            let policy = Policy::from_json(text).unwrap();
            for (index, activity) in policy.activities.iter().enumerate() {
                for facts in fact_combinations(&activity.id) {
                    let at = Facts {
                        policy: &policy,
                        index,
                        activity,
                        facts: &facts,
                    };
                    let dates = DueDates::default();
                    let here =
                        Activity::new(at, day, Profiles::Read(&policy, activity), None, &dates);
                    for (position, category) in lookup::each_category(&policy, activity).enumerate()
                    {
                        let mut said = Vec::new();
                        let full: Decided<'_, Explain> =
                            here.decide(position, category, &mut Segment::after(&mut said));
                        let asks = here
                            .decide::<Decide>(position, category, &mut Unsaid)
                            .questions
                            .written();
                        assert_eq!(asks, !full.questions.is_empty(), "{}", activity.id);
                        if !asks {
                            let mut answered_said = Vec::new();
                            let answered: Decided<'_, Answered> = here.decide(
                                position,
                                category,
                                &mut Segment::after(&mut answered_said),
                            );
                            assert_eq!(answered.verdict, full.verdict);
                            assert_eq!(answered_said, said, "{}", activity.id);
                            answered_items += 1;
                        }
                    }
                }
            }
        }
        assert!(
            answered_items > 1000,
            "only {answered_items} items asked nothing"
        );
    }

    #[test]
    fn an_item_verdict_is_four_words_so_that_a_verdict_writes_little() {
        // The buffer of a request's items is most of what a verdict writes: two references
        // to records, the rule of a duty, and the codes and date packed in one word.
        assert_eq!(std::mem::size_of::<ErasureItemVerdict<'static>>(), 32);
    }
}
