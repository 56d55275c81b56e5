//! The verbs: assessments that answer a backend's daily questions, each with its articles.
//!
//! Every assessment is a plain function over a [`Policy`](crate::Policy), a request value and
//! an "as of" date, and returns a serialisable decision whose [`Reason`]s cite the provisions
//! they apply. Facts the library cannot know are fields of the request; when one decides the
//! answer and is missing, the decision says "needs review" and lists it as an
//! [`OpenQuestion`]. Decisions are deterministic: the order of activities or recipients in
//! the policy never changes them.
//!
//! - [`assess_erasure`]: must I erase, and what may I keep? (Art. 17, 19, 12(3))
//! - [`assess_rights`]: which rights apply to an activity? (Art. 7(3), 13–22, 77)
//! - [`assess_objection`], [`assess_restriction`]: what must stop or pause? (Art. 21, 18)
//! - [`assess_transfer`]: may I send data to that recipient? (Art. 44–49)
//! - [`assess_breach`]: a personal data breach: notify the authority, tell the people, by
//!   when, and what goes into the register? (Art. 33, 34)
//! - [`due_date`], [`RetentionSweep`], [`retention_plan`]: when is a record due, and which
//!   rows of a database are due today? (Art. 5(1)(e), 17(3)(b))
//! - [`request_deadlines`], [`breach_notification_deadline`], [`deadline`]: by when?
//!   (Art. 12(3), 33(1), Regulation 1182/71)
//!
//! Hot paths have allocation-free verdicts beside the explained decisions
//! ([`transfer_verdict`], [`request_deadline_days`]), and
//! [`CompiledPolicy`](crate::compiled::CompiledPolicy) answers the same questions in a time
//! that does not grow with the policy.
#![doc = include_str!("guide/transfers.md")]
#![doc = include_str!("guide/erasure.md")]
#![doc = include_str!("guide/objection.md")]
#![doc = include_str!("guide/rights.md")]
#![doc = include_str!("guide/breach_risk.md")]
#![doc = include_str!("guide/retention.md")]
#![doc = include_str!("guide/deadlines.md")]
#![doc = include_str!("guide/calendars.md")]

mod breach;
mod calendar;
mod deadline;
mod deadline_days;
mod erasure;
mod lookup;
mod objection;
mod reason;
mod retention;
mod rights;
mod stop;
mod transfer;

pub use breach::{
    assess_breach, AuthorityBasis, AuthorityDeadline, AuthorityNotification, BreachDeadlines,
    BreachDecision, BreachFact, BreachKind, BreachQuestion, BreachReason, BreachRegisterEntry,
    CitedReason, CompetentAuthority, DataConcerned, Duty, Guidance, Guidelines, RegisterEffects,
    RiskLevel, RiskRange, SubjectCommunication,
};
pub use calendar::{
    easter_sunday, orthodox_easter_sunday, Belgium, Calendar, CalendarScope, CalendarSummary,
    Calendars, Church, DayOfWeek, Holiday, HolidayRule, Move, Netherlands, NoHolidays,
    WeekendSubstitute,
};
pub use deadline::{
    breach_notification_deadline, deadline, hours_deadline, request_deadlines, time_limit,
    Deadline, DeadlineError, EuTimeZone, EventTime, HoursDeadline, RequestDeadlines, TimeLimit,
};
pub use deadline_days::{deadline_last_day, request_deadline_days, RequestDeadlineDays};
pub(crate) use deadline_days::{request_days, request_steps, RequestSteps};
pub(crate) use erasure::{
    answers as purpose_answers, explain as explain_erasure, profiles, verdict as decide_erasure,
    Answers, PurposeProfile, Resolve,
};
pub use erasure::{
    assess_erasure, erasure_explanation, erasure_verdict, ActivityFacts, ErasureDecision,
    ErasureException, ErasureExplanation, ErasureGround, ErasureItem, ErasureItemVerdict,
    ErasureOutcome, ErasureReason, ErasureRequest, ErasureVerdict, ErasureVerdicts, ExceptionSet,
    ExplainedErasureItem, GroundSet, Notification, Objection, ObjectionKind,
};
pub(crate) use lookup::{check_categories, each_category};
pub use objection::{
    assess_objection, assess_restriction, ObjectionDecision, ObjectionOutcome, ObjectionRequest,
    RestrictionDecision, RestrictionOutcome, RestrictionRequest,
};
pub use reason::{OpenQuestion, Reason};
pub use retention::{
    due_date, is_due, retention_plan, ActivityPlan, Cutoff, FinancialYear, PlannedRule,
    RetentionError, RetentionPlan, RetentionSweep,
};
pub(crate) use rights::rights_of;
pub use rights::{
    assess_rights, rights_verdict, Applicability, RightAssessment, RightsDecision, RightsVerdict,
};
pub use stop::{PurposeStop, StopReason};
pub(crate) use transfer::{
    answer_transfer, decide_transfer, decide_transfer_into, explain_transfer, judge_safeguard,
    Candidates, Exporter,
};
pub use transfer::{
    assess_transfer, transfer_answer, transfer_verdict, ClauseCheck, CommitmentBreach, DisclosedBy,
    Judgement, ThirdCountryOrder, TransferAnswer, TransferDecision, TransferOutcome,
    TransferRequest, TransferStep, TransferVerdict,
};

/// A request that does not fit the policy, or a policy the assessments cannot read without
/// guessing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AssessError {
    /// The request names an activity the policy does not have.
    #[error("the policy has no activity `{0}`")]
    UnknownActivity(String),
    /// The policy uses an id twice in one list, so a request that names it is ambiguous
    /// (validation reports it as `duplicate_id`).
    #[error("the policy has more than one entry with the id `{id}` in `{list}`, so it cannot tell which one is meant")]
    DuplicateId {
        /// The list, e.g. `activities`.
        list: &'static str,
        /// The id.
        id: String,
    },
    /// An activity refers to a data category the policy does not declare (validation reports
    /// it as `dangling_reference`).
    #[error("the activity `{activity}` refers to the data category `{data_category}`, which the policy does not declare")]
    UnknownDataCategory {
        /// The activity.
        activity: String,
        /// The undeclared category.
        data_category: String,
    },
    /// An activity names no data category, so nothing can be said of its data (validation
    /// reports it as `no_data_categories`).
    #[error("the activity `{0}` names no data category")]
    NoDataCategories(String),
    /// The request lists no activity: there is nothing to decide.
    #[error("the request lists no activity")]
    NoActivities,
    /// The request lists one activity twice, with facts that could contradict each other.
    #[error("the request lists the activity `{0}` more than once")]
    RepeatedActivity(String),
    /// The request names a recipient the policy does not have.
    #[error("the policy has no recipient `{0}`")]
    UnknownRecipient(String),
    /// A deadline could not be computed.
    #[error(transparent)]
    Deadline(DeadlineError),
    /// The request names a data category the activity does not list.
    #[error("the activity `{activity}` has no data category `{data_category}`")]
    DataCategoryNotInActivity {
        /// The activity.
        activity: String,
        /// The category id.
        data_category: String,
    },
    /// The request names a data subject category the activity does not list.
    #[error("the activity `{activity}` has no data subject category `{data_subject_category}`")]
    DataSubjectCategoryNotInActivity {
        /// The activity.
        activity: String,
        /// The category id.
        data_subject_category: String,
    },
    /// A handle ([`RecipientIx`](crate::compiled::RecipientIx),
    /// [`ActivityIx`](crate::compiled::ActivityIx)) of another compiled policy.
    #[error("the handle was resolved on another compiled policy")]
    ForeignHandle,
    /// A range whose maximum is below its minimum.
    #[error("`{0}` is a range whose `max` is below its `min`")]
    IncoherentCount(&'static str),
    /// A retention date could not be computed.
    #[error(transparent)]
    Retention(RetentionError),
}
