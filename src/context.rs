//! The national and external data the rules read besides the policy and the request: which
//! adequacy decisions exist (Art. 45), the age of digital consent of each Member State
//! (Art. 8(1)) and the public holidays that deadlines skip (Regulation 1182/71, Art. 3(4)).
//!
//! The plain functions ([`validate`](crate::validate), [`assess_transfer`],
//! [`assess_erasure`], [`request_deadlines`]) take the piece they need as an argument, and
//! [`validate`](crate::validate) uses the built-in ages of consent. A [`Context`] holds all
//! of them, so that a caller's own data — a registry with a decision adopted after this
//! release, a Member State's changed age of consent, a regional calendar — reach every rule
//! through one value built once at start-up.

use chrono::NaiveDate;

use crate::assess::{
    assess_erasure, assess_transfer, request_deadlines, transfer_answer, transfer_verdict,
    AssessError, Calendar, Calendars, DeadlineError, ErasureDecision, ErasureRequest,
    RequestDeadlines, TransferAnswer, TransferDecision, TransferRequest, TransferVerdict,
};
use crate::validate::validate_with;
use crate::{AdequacyRegistry, ConsentAges, Country, Policy, ValidationReport};

/// The data every rule reads besides the policy and the request, with a built-in default.
///
/// `Context` is plain data: clone it, change a part, share it between threads (it is
/// `Send + Sync`). The verbs that need no national data (`assess_rights`,
/// `assess_objection`, `assess_restriction`, `assess_breach`, `retention_plan`) are not
/// repeated here.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{Calendar, Calendars};
/// use gdpr::{ConsentAges, Context, Country, FindingCode};
///
/// let nl: Country = "NL".parse().unwrap();
/// // Suppose the Netherlands lowered their age of consent to 13; deadlines count the Dutch
/// // national holidays.
/// let context = Context::builtin()
///     .with_consent_ages(ConsentAges::builtin().with(nl, 13))
///     .with_calendars(Calendars::builtin().with(nl, Calendar::national(nl).unwrap().clone()));
/// let policy = gdpr::Policy::from_json(include_str!("../examples/policies/stebo.json"))?;
/// let report = context.validate(&policy, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
/// // Stebo's notice names health data but no condition of Art. 9(2).
/// assert!(report.errors().any(|f| f.code == FindingCode::SpecialCategoryWithoutCondition));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// The adequacy decisions of Art. 45(3), each with its dates and scope.
    pub adequacy: AdequacyRegistry,
    /// The age below which a child's consent to an information society service needs the
    /// holder of parental responsibility, per Member State (Art. 8(1)).
    pub consent_ages: ConsentAges,
    /// The public holidays of each state of establishment, for deadlines counted in working
    /// days.
    pub calendars: Calendars,
}

impl Default for Context {
    fn default() -> Context {
        Context::builtin()
    }
}

impl Context {
    /// The data built into this release: [`AdequacyRegistry::builtin`],
    /// [`ConsentAges::builtin`], [`Calendars::builtin`].
    pub fn builtin() -> Context {
        Context {
            adequacy: AdequacyRegistry::builtin(),
            consent_ages: ConsentAges::builtin(),
            calendars: Calendars::builtin(),
        }
    }

    /// The same context with another adequacy registry.
    #[must_use]
    pub fn with_adequacy(mut self, adequacy: AdequacyRegistry) -> Context {
        self.adequacy = adequacy;
        self
    }

    /// The same context with other ages of consent.
    #[must_use]
    pub fn with_consent_ages(mut self, consent_ages: ConsentAges) -> Context {
        self.consent_ages = consent_ages;
        self
    }

    /// The same context with other calendars.
    #[must_use]
    pub fn with_calendars(mut self, calendars: Calendars) -> Context {
        self.calendars = calendars;
        self
    }

    /// The calendar deadlines of a controller established in `establishment` count with.
    pub fn calendar(&self, establishment: Country) -> Calendar {
        self.calendars.for_establishment(establishment)
    }

    /// [`validate`](crate::validate) with this context's registry and ages of consent.
    pub fn validate(&self, policy: &Policy, as_of: NaiveDate) -> ValidationReport {
        validate_with(policy, &self.adequacy, &self.consent_ages, as_of)
    }

    /// [`assess_transfer`] with this context's registry.
    ///
    /// # Errors
    ///
    /// As [`assess_transfer`].
    pub fn assess_transfer(
        &self,
        policy: &Policy,
        request: &TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferDecision, AssessError> {
        assess_transfer(policy, &self.adequacy, request, as_of)
    }

    /// [`transfer_verdict`] with this context's registry.
    ///
    /// # Errors
    ///
    /// As [`transfer_verdict`].
    pub fn transfer_verdict<'a>(
        &'a self,
        policy: &'a Policy,
        request: &'a TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferVerdict<'a>, AssessError> {
        transfer_verdict(policy, &self.adequacy, request, as_of)
    }

    /// [`transfer_answer`] with this context's registry.
    ///
    /// # Errors
    ///
    /// As [`transfer_verdict`].
    pub fn transfer_answer(
        &self,
        policy: &Policy,
        request: &TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferAnswer, AssessError> {
        transfer_answer(policy, &self.adequacy, request, as_of)
    }

    /// [`assess_erasure`] with the calendar of the controller's establishment.
    ///
    /// # Errors
    ///
    /// As [`assess_erasure`].
    pub fn assess_erasure(
        &self,
        policy: &Policy,
        request: &ErasureRequest,
        as_of: NaiveDate,
    ) -> Result<ErasureDecision, AssessError> {
        let calendar = self.calendar(policy.controller.establishment);
        assess_erasure(policy, request, &calendar, as_of)
    }

    /// [`request_deadlines`] for a request to the policy's controller, received on
    /// `received`, with the calendar of its establishment.
    ///
    /// # Errors
    ///
    /// As [`request_deadlines`].
    pub fn request_deadlines(
        &self,
        policy: &Policy,
        received: NaiveDate,
    ) -> Result<RequestDeadlines, DeadlineError> {
        request_deadlines(received, &self.calendar(policy.controller.establishment))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FindingCode;

    fn policy_with_children_consent(country: &str) -> Policy {
        let json = include_str!("../examples/policies/stebo.json");
        let mut policy = Policy::from_json(json).unwrap();
        policy.controller.establishment = country.parse().unwrap();
        let purpose = &mut policy.activities[0].purposes[0];
        purpose.legal_basis = Some(crate::LegalBasis::Consent);
        purpose.offered_to_children = true;
        policy
    }

    fn child_consent_age(report: &ValidationReport) -> Option<u32> {
        report
            .findings
            .iter()
            .find(|f| f.code == FindingCode::ChildConsent)
            .and_then(|f| f.params.count)
    }

    #[test]
    fn a_callers_age_of_consent_reaches_validation() {
        let policy = policy_with_children_consent("BE");
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let builtin = Context::builtin().validate(&policy, day);
        assert_eq!(child_consent_age(&builtin), Some(13));
        let be: Country = "BE".parse().unwrap();
        let changed = Context::builtin()
            .with_consent_ages(ConsentAges::builtin().with(be, 15))
            .validate(&policy, day);
        assert_eq!(child_consent_age(&changed), Some(15));
    }

    #[test]
    fn the_plain_validate_is_the_builtin_context() {
        let policy = policy_with_children_consent("NL");
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(
            crate::validate(&policy, &AdequacyRegistry::builtin(), day),
            Context::builtin().validate(&policy, day)
        );
    }

    #[test]
    fn a_callers_calendar_reaches_the_request_deadlines() {
        let policy = policy_with_children_consent("NL");
        let nl: Country = "NL".parse().unwrap();
        // Received on Friday 27 November 2026: one month later is Sunday 27 December, moved
        // to Monday 28 December; a calendar that makes that Monday a holiday moves it on.
        let received = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 12, 28).unwrap();
        let builtin = Context::builtin()
            .request_deadlines(&policy, received)
            .unwrap();
        assert_eq!(builtin.respond_by.last_day, monday);
        let closed = Calendar::new(
            "NL-closed",
            vec![crate::assess::Holiday::new(
                "closing day",
                "the controller's own",
                crate::assess::HolidayRule::Fixed { month: 12, day: 28 },
            )],
        );
        let own = Context::builtin()
            .with_calendars(Calendars::builtin().with(nl, closed))
            .request_deadlines(&policy, received)
            .unwrap();
        assert!(
            own.respond_by.last_day > monday,
            "{}",
            own.respond_by.last_day
        );
    }

    #[test]
    fn a_context_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync + 'static>() {}
        shareable::<Context>();
    }
}
