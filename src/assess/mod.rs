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
//! - [`due_date`], [`RetentionSweep`]: when is a record due? (Art. 5(1)(e))
//! - [`request_deadlines`], [`breach_notification_deadline`], [`deadline`]: by when?
//!   (Art. 12(3), 33(1), Regulation 1182/71)

mod breach;
mod deadline;
mod erasure;
mod holidays;
mod objection;
mod reason;
mod retention;
mod rights;
mod transfer;

pub use breach::{
    assess_breach, AuthorityBasis, AuthorityDeadline, AuthorityNotification, BreachDeadlines,
    BreachDecision, BreachFact, BreachKind, BreachQuestion, BreachReason, BreachRegisterEntry,
    CitedReason, CompetentAuthority, DataConcerned, Duty, Guidance, Guidelines, RegisterEffects,
    RiskLevel, RiskRange, SubjectCommunication,
};
pub use deadline::{
    breach_notification_deadline, deadline, hours_deadline, request_deadlines, Deadline,
    DeadlineError, EuTimeZone, HoursDeadline, RequestDeadlines,
};
pub use erasure::{
    assess_erasure, ActivityFacts, ErasureDecision, ErasureItem, ErasureOutcome, ErasureRequest,
    ErasureVerdict, Notification, ObjectionKind,
};
pub use holidays::{easter_sunday, Belgium, HolidayList, Holidays, Netherlands, NoHolidays};
pub use objection::{
    assess_objection, assess_restriction, ObjectionDecision, ObjectionOutcome, ObjectionRequest,
    RestrictionDecision, RestrictionRequest,
};
pub use reason::{OpenQuestion, Reason};
pub use retention::{due_date, is_due, RetentionError, RetentionSweep};
pub use rights::{assess_rights, Applicability, RightAssessment, RightsDecision};
pub use transfer::{
    assess_transfer, transfer_verdict, CommitmentBreach, DisclosedBy, Judgement, ThirdCountryOrder,
    TransferDecision, TransferOutcome, TransferRequest, TransferStep, TransferVerdict,
};

/// A request that does not fit the policy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AssessError {
    /// The request names an activity the policy does not have.
    #[error("the policy has no activity `{0}`")]
    UnknownActivity(String),
    /// The request names a recipient the policy does not have.
    #[error("the policy has no recipient `{0}`")]
    UnknownRecipient(String),
    /// A deadline could not be computed.
    #[error(transparent)]
    Deadline(DeadlineError),
    /// The request names a data category the activity does not have.
    #[error("the activity `{activity}` has no data category `{category}`")]
    UnknownDataCategory {
        /// The activity.
        activity: String,
        /// The category id.
        category: String,
    },
    /// The request names a data subject category the activity does not have.
    #[error("the activity `{activity}` has no data subject category `{category}`")]
    UnknownDataSubjectCategory {
        /// The activity.
        activity: String,
        /// The category id.
        category: String,
    },
    /// A range whose maximum is below its minimum.
    #[error("`{0}` is a range whose `max` is below its `min`")]
    IncoherentCount(&'static str),
}
