//! "May I send this data to that recipient?" — Chapter V (Art. 44–49), as of a date.
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/transfers.md`), where users read it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AssessError, OpenQuestion, Reason};
use crate::explain::{Params, QuestionCode, ReasonCode};
use crate::{
    AdequacyLookup, AdequacyRegistry, Citation, Commitment, ControllerKind, Derogation,
    Destination, ImporterFacts, Policy, Recipient, RecipientRole, Region, Safeguard, ScopeFact,
    ScopeFacts, Sector, TransferMechanism,
};

/// Who makes the data available to the recipient.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisclosedBy {
    /// The controller (or its processor) discloses the data: the usual case.
    #[default]
    Controller,
    /// The data subject sends their own data directly (EDPB Guidelines 05/2021, criterion 1).
    DataSubject,
    /// An employee of the controller reaches the data from abroad: the data stay within the
    /// same controller (EDPB Guidelines 05/2021, criterion 2).
    OwnStaffAbroad,
}

/// A question to the transfer assessment: send data to this recipient, on these facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfer request object")]
#[non_exhaustive]
pub struct TransferRequest {
    /// The id of the recipient in the policy.
    pub recipient: String,
    /// The activity under which the data are sent; when given, only the transfer grounds
    /// declared for that activity are considered, otherwise those of every activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// Where this transfer sends the data, when it differs from the recipient's recorded
    /// location — for instance an application outside the EU used under the recipient's
    /// conditional transfer clause. Absent: the recipient's location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Destination>,
    /// A ground to rely on in addition to those declared in the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<TransferMechanism>,
    /// Who makes the data available. Absent means the controller.
    #[serde(default)]
    pub disclosed_by: DisclosedBy,
    /// The facts adequacy decisions are scoped on, for this transfer: each one stated here
    /// overrides the recipient's (the kind of data or the purpose may differ per transfer).
    #[serde(default, skip_serializing_if = "ScopeFacts::is_empty")]
    pub scope_facts: ScopeFacts,
    /// For a controller established outside the EEA: whether the GDPR applies to the
    /// processing under Art. 3(2) (it offers goods or services to, or monitors the behaviour
    /// of, people in the Union). Ignored for a controller established in the EEA, to which it
    /// applies under Art. 3(1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_3_2_applies: Option<bool>,
    /// For a processor: whether it processes the data only on the controller's documented
    /// instructions. `false` makes it a controller for the processing beyond them
    /// (Art. 28(10)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processor_within_instructions: Option<bool>,
    /// For a recipient whose notice entry lets it receive data outside the EU or EEA only
    /// under a condition (`conditional_transfer`): whether the condition holds for this
    /// transfer — for `no_equivalent_alternative_inside`, that no equivalent alternative
    /// exists inside the area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_condition_met: Option<bool>,
    /// For Art. 46 safeguards: whether the importer's law and practice let it comply with
    /// them, supplementary measures included (the transfer impact assessment required by
    /// C-311/18). Absent when not assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguards_effective: Option<bool>,
    /// For Art. 46(3) clauses and arrangements: whether the competent supervisory authority
    /// authorised them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorised_by_supervisory_authority: Option<bool>,
    /// For an Art. 49(1) derogation: whether its conditions are met — for (a), explicit
    /// consent after being informed of the possible risks; for (b)–(f), that the transfer is
    /// necessary for the stated end and occasional; for (g), the register's conditions for
    /// consultation; for the second subparagraph, compelling legitimate interests, not
    /// repetitive, a limited number of subjects, suitable safeguards and the supervisory
    /// authority and the subject informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derogation_conditions_met: Option<bool>,
    /// For a public authority controller: whether it acts in the exercise of its public
    /// powers (Art. 49(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercising_public_powers: Option<bool>,
    /// Set when the transfer is requested by a court or authority of a third country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_country_order: Option<ThirdCountryOrder>,
}

impl TransferRequest {
    /// A request to send data to the recipient with this id, with no further facts.
    pub fn to(recipient: impl Into<String>) -> TransferRequest {
        TransferRequest {
            recipient: recipient.into(),
            ..TransferRequest::default()
        }
    }

    /// The request by which [`validate`](crate::validate) judges the transfers an activity
    /// declares: the activity's grounds, with every fact that belongs to a single transfer
    /// assumed to go the controller's way — the transfer impact assessment done and positive,
    /// the supervisory authority's authorisation given, the derogation's conditions met, no
    /// exercise of public powers, the GDPR applying to the controller, the processor within
    /// its instructions. What remains undecided then turns on the policy's own facts (the
    /// recipient's location and the facts adequacy decisions are scoped on). Validation
    /// reports separately the grounds those assumptions make fragile.
    pub fn as_validation_assumes(
        recipient: impl Into<String>,
        activity: impl Into<String>,
    ) -> Self {
        TransferRequest {
            activity: Some(activity.into()),
            article_3_2_applies: Some(true),
            processor_within_instructions: Some(true),
            safeguards_effective: Some(true),
            authorised_by_supervisory_authority: Some(true),
            derogation_conditions_met: Some(true),
            exercising_public_powers: Some(false),
            ..TransferRequest::to(recipient)
        }
    }
}

/// A judgment or decision of a third-country court or authority requiring the transfer
/// (Art. 48).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a third country order object")]
pub struct ThirdCountryOrder {
    /// Whether the order is based on an international agreement in force between the
    /// requesting country and the Union or the Member State, such as a mutual legal
    /// assistance treaty.
    pub international_agreement: bool,
}

/// The answer to a transfer request.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransferOutcome {
    /// Chapter V does not apply: the data stay in the EEA or no transfer takes place.
    NotATransfer,
    /// The transfer may take place on the ground given.
    Permitted,
    /// No ground applies: the transfer must not take place.
    Prohibited,
    /// The answer turns on facts not given; see the open questions.
    NeedsReview,
}

/// A promise of the controller's notice that the transfer would break.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a commitment breach object")]
#[non_exhaustive]
pub struct CommitmentBreach {
    /// The promise.
    pub commitment: Commitment,
    /// Why the transfer breaks it.
    pub reason: Reason,
}

/// The decision on a transfer request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfer decision object")]
#[non_exhaustive]
pub struct TransferDecision {
    /// The recipient.
    pub recipient: String,
    /// Where this transfer sends the data, if known: the request's destination, else the
    /// recipient's location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Destination>,
    /// The answer.
    pub outcome: TransferOutcome,
    /// The ground that permits the transfer, when permitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<TransferMechanism>,
    /// The adequacy decision relied on, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adequacy_decision: Option<String>,
    /// The reasoning, step by step.
    pub reasons: Vec<Reason>,
    /// What must be found out before the transfer can be decided, and whether it keeps the
    /// recipient's conditional transfer clause.
    pub open_questions: Vec<OpenQuestion>,
    /// When prohibited: what would make the transfer permitted.
    pub remedies: Vec<Reason>,
    /// The controller's published promises the transfer would break, legal or not.
    pub commitment_breaches: Vec<CommitmentBreach>,
}

/// One step of the reasoning of a transfer verdict, as a code: the rich decision turns each
/// into a [`Reason`] and, for the undecided ones, an [`OpenQuestion`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransferStep {
    /// The data subject discloses their own data.
    DisclosedBySubject,
    /// The controller's own staff reach the data from abroad.
    OwnStaffAbroad,
    /// The recipient is the controller's own establishment (criterion 2 fails).
    OwnEstablishment,
    /// The recipient's location is not recorded.
    LocationUnknown,
    /// The destination is in the EEA.
    InsideEea,
    /// The controller is established in the EEA: the GDPR applies under Art. 3(1).
    ExporterInEea,
    /// The controller is established outside the EEA and the GDPR applies under Art. 3(2).
    ExporterUnderArticle3_2,
    /// The controller is established outside the EEA and Art. 3(2) does not apply: neither
    /// does Chapter V.
    NotUnderGdpr,
    /// The controller is established outside the EEA and whether Art. 3(2) applies is not
    /// known.
    ExporterScopeUnknown,
    /// The importer is another controller, processor or public body in a third country:
    /// criteria 2 and 3 are met.
    Importer(RecipientRole),
    /// A processor processes beyond its instructions: a controller for that processing
    /// (Art. 28(10)).
    ProcessorBeyondInstructions,
    /// The recipient's conditional transfer clause applies to this destination.
    ConditionalClause(ClauseCheck),
    /// A third-country order based on an international agreement (Art. 48).
    OrderUnderAgreement,
    /// A third-country order without an international agreement (Art. 48).
    OrderAlone,
    /// An adequacy decision covers the transfer (Art. 45).
    Adequate,
    /// An adequacy decision covers the transfer only if a fact of its scope holds.
    AdequacyUnknown(ScopeFact),
    /// An adequacy decision is in force but its scope excludes the transfer.
    AdequacyExcluded,
    /// No adequacy decision covers the destination on the date.
    NotAdequate,
    /// The importer is in the United States from 10 July 2023: the safeguards of Executive
    /// Order 14086 apply whatever the ground (EDPB information note of 18 July 2023).
    UsNationalSecuritySafeguards,
    /// A safeguard was considered (Art. 46).
    Safeguard(Safeguard, Judgement),
    /// A derogation was considered (Art. 49).
    Derogation(Derogation, Judgement),
    /// No ground applies.
    NoGround,
}

/// Whether a transfer keeps the condition of the recipient's conditional transfer clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseCheck {
    /// The condition holds.
    Met,
    /// The condition does not hold: the transfer breaks the notice's promise.
    NotMet,
    /// Whether the condition holds is not stated.
    Unknown,
}

/// How a candidate ground fared, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Judgement {
    /// The ground permits the transfer.
    Permits,
    /// Only public authorities or bodies may use it (Art. 46(2)(a), 46(3)(b)).
    PublicAuthoritiesOnly,
    /// It needs the supervisory authority's authorisation (Art. 46(3)), which was refused.
    AuthorisationRefused,
    /// It needs the supervisory authority's authorisation (Art. 46(3)), not known to be given.
    AuthorisationUnknown,
    /// The importer cannot comply with the safeguards in its law and practice (C-311/18).
    Ineffective,
    /// Whether the safeguards are effective in the destination was not assessed.
    EffectivenessUnknown,
    /// Art. 49(3) bars it for a public authority exercising public powers.
    BarredByArticle49_3,
    /// Whether the public authority exercises its public powers is not known (Art. 49(3)).
    PublicPowersUnknown,
    /// The derogation's conditions are not met.
    ConditionsNotMet,
    /// Whether the derogation's conditions are met is not known.
    ConditionsUnknown,
}

impl Judgement {
    fn is_unknown(self) -> bool {
        matches!(
            self,
            Judgement::AuthorisationUnknown
                | Judgement::EffectivenessUnknown
                | Judgement::PublicPowersUnknown
                | Judgement::ConditionsUnknown
        )
    }
}

/// The most steps a verdict can have: the clause, the exporter, the importer, Art. 28(10), a
/// third-country order, adequacy, the U.S. safeguards, every safeguard and derogation of
/// Chapter V, and a conclusion. Exactly that many, so that the verdict stays small enough to
/// be copied without a call to `memcpy`.
const MAX_STEPS: usize = 8 + Safeguard::ALL.len() + Derogation::ALL.len();

/// The first day the EO 14086 safeguards are taken to apply to every transfer to the U.S.:
/// the day the Data Privacy Framework decision took effect (EDPB information note of 18 July
/// 2023).
const EO_14086_FROM: Option<NaiveDate> = NaiveDate::from_ymd_opt(2023, 7, 10);

/// The answer to a transfer request as plain, copyable data — computed without allocating,
/// for hot paths. [`assess_transfer`] turns it into a [`TransferDecision`] with sentences.
///
/// Two verdicts are equal when their fields and [`steps`](TransferVerdict::steps) are.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct TransferVerdict<'a> {
    /// The answer.
    pub outcome: TransferOutcome,
    /// The ground that permits the transfer, when permitted (none for an Art. 48 agreement).
    pub ground: Option<TransferMechanism>,
    /// The recipient.
    pub recipient: &'a Recipient,
    /// Where this transfer sends the data, when known.
    pub destination: Option<&'a Destination>,
    /// What the adequacy registry said, when it was asked.
    pub adequacy: Option<AdequacyLookup<'a>>,
    /// Whether the transfer breaks the promise of no transfers outside the EEA.
    pub breaks_eea_promise: bool,
    /// Whether the transfer breaks the promise of no transfers outside the EU.
    pub breaks_eu_promise: bool,
    /// Whether the transfer keeps the recipient's conditional transfer clause, when it falls
    /// under it.
    pub clause: Option<ClauseCheck>,
    steps: [TransferStep; MAX_STEPS],
    len: usize,
}

impl<'a> TransferVerdict<'a> {
    #[inline(always)]
    pub(crate) fn start(recipient: &'a Recipient) -> Self {
        TransferVerdict::new(recipient)
    }

    /// Starts this verdict again for another decision, as [`TransferVerdict::new`] does,
    /// keeping the steps' storage: only the first `len` steps are ever read (or compared),
    /// so the old ones need not be cleared, and the verdict is not written twice.
    #[inline(always)]
    pub(crate) fn restart(&mut self, recipient: &'a Recipient) {
        // Destructured, so that a new field cannot be left from the last decision.
        let TransferVerdict {
            outcome,
            ground,
            recipient: to,
            destination,
            adequacy,
            breaks_eea_promise,
            breaks_eu_promise,
            clause,
            steps: _,
            len,
        } = self;
        *outcome = TransferOutcome::NeedsReview;
        *ground = None;
        *to = recipient;
        *destination = None;
        *adequacy = None;
        *breaks_eea_promise = false;
        *breaks_eu_promise = false;
        *clause = None;
        *len = 0;
    }

    #[inline(always)]
    fn new(recipient: &'a Recipient) -> Self {
        TransferVerdict {
            outcome: TransferOutcome::NeedsReview,
            ground: None,
            recipient,
            destination: None,
            adequacy: None,
            breaks_eea_promise: false,
            breaks_eu_promise: false,
            clause: None,
            // Any filler will do: `steps` reads only the first `len`.
            steps: [TransferStep::DisclosedBySubject; MAX_STEPS],
            len: 0,
        }
    }

    #[inline(always)]
    fn push(&mut self, step: TransferStep) {
        if let Some(slot) = self.steps.get_mut(self.len) {
            *slot = step;
            self.len += 1;
        }
    }

    /// The steps of the reasoning, in order.
    pub fn steps(&self) -> &[TransferStep] {
        self.steps.get(..self.len).unwrap_or_default()
    }

    /// Every field but the steps' storage, for comparing and printing.
    #[allow(clippy::type_complexity)]
    fn shown(
        &self,
    ) -> (
        TransferOutcome,
        Option<TransferMechanism>,
        &'a Recipient,
        Option<&'a Destination>,
        Option<AdequacyLookup<'a>>,
        bool,
        bool,
        Option<ClauseCheck>,
        &[TransferStep],
    ) {
        let TransferVerdict {
            outcome,
            ground,
            recipient,
            destination,
            adequacy,
            breaks_eea_promise,
            breaks_eu_promise,
            clause,
            steps: _,
            len: _,
        } = *self;
        (
            outcome,
            ground,
            recipient,
            destination,
            adequacy,
            breaks_eea_promise,
            breaks_eu_promise,
            clause,
            self.steps(),
        )
    }
}

impl PartialEq for TransferVerdict<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.shown() == other.shown()
    }
}

impl Eq for TransferVerdict<'_> {}

impl std::fmt::Debug for TransferVerdict<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransferVerdict")
            .field("outcome", &self.outcome)
            .field("ground", &self.ground)
            .field("recipient", &self.recipient)
            .field("destination", &self.destination)
            .field("adequacy", &self.adequacy)
            .field("breaks_eea_promise", &self.breaks_eea_promise)
            .field("breaks_eu_promise", &self.breaks_eu_promise)
            .field("clause", &self.clause)
            .field("steps", &self.steps())
            .finish()
    }
}

/// What the transfer rules write down as they reason: every step and finding for a
/// [`TransferVerdict`], the answer alone for a [`TransferAnswer`]. The rules are written once,
/// in [`decide_into`], over this.
pub(crate) trait Record<'a> {
    /// A step of the reasoning.
    fn step(&mut self, step: TransferStep);
    /// The outcome.
    fn conclude(&mut self, outcome: TransferOutcome);
    /// The ground that permits the transfer.
    fn ground(&mut self, ground: TransferMechanism);
    /// Where the data go.
    fn destination(&mut self, destination: &'a Destination);
    /// Whether the transfer breaks the promise of no transfers outside the EEA, and outside
    /// the EU.
    fn promises(&mut self, eea: bool, eu: bool);
    /// How the transfer fares under the recipient's conditional clause.
    fn clause(&mut self, check: ClauseCheck);
    /// What the adequacy registry said.
    fn adequacy(&mut self, lookup: AdequacyLookup<'a>);

    /// The last step, and the outcome it leads to.
    #[inline(always)]
    fn done(&mut self, outcome: TransferOutcome, step: TransferStep) {
        self.step(step);
        self.conclude(outcome);
    }
}

impl<'a> Record<'a> for TransferVerdict<'a> {
    #[inline(always)]
    fn step(&mut self, step: TransferStep) {
        self.push(step);
    }
    #[inline(always)]
    fn conclude(&mut self, outcome: TransferOutcome) {
        self.outcome = outcome;
    }
    #[inline(always)]
    fn ground(&mut self, ground: TransferMechanism) {
        self.ground = Some(ground);
    }
    #[inline(always)]
    fn destination(&mut self, destination: &'a Destination) {
        self.destination = Some(destination);
    }
    #[inline(always)]
    fn promises(&mut self, eea: bool, eu: bool) {
        self.breaks_eea_promise = eea;
        self.breaks_eu_promise = eu;
    }
    #[inline(always)]
    fn clause(&mut self, check: ClauseCheck) {
        self.clause = Some(check);
    }
    #[inline(always)]
    fn adequacy(&mut self, lookup: AdequacyLookup<'a>) {
        self.adequacy = Some(lookup);
    }
}

/// The answer to a transfer request without the reasoning behind it: the outcome, the
/// ground, and the notice's promises the transfer would break, as [`TransferVerdict`] gives
/// them. The cheapest answer there is, for a hot path that acts on the outcome alone; ask
/// for the verdict or the decision when the steps or the reasons are needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TransferAnswer {
    /// The answer.
    pub outcome: TransferOutcome,
    /// The ground that permits the transfer, when permitted (none for an Art. 48 agreement).
    pub ground: Option<TransferMechanism>,
    /// Whether the transfer breaks the promise of no transfers outside the EEA.
    pub breaks_eea_promise: bool,
    /// Whether the transfer breaks the promise of no transfers outside the EU.
    pub breaks_eu_promise: bool,
    /// Whether the transfer keeps the recipient's conditional transfer clause, when it falls
    /// under it.
    pub clause: Option<ClauseCheck>,
}

impl TransferAnswer {
    fn new() -> TransferAnswer {
        TransferAnswer {
            outcome: TransferOutcome::NeedsReview,
            ground: None,
            breaks_eea_promise: false,
            breaks_eu_promise: false,
            clause: None,
        }
    }
}

impl From<&TransferVerdict<'_>> for TransferAnswer {
    fn from(v: &TransferVerdict<'_>) -> TransferAnswer {
        TransferAnswer {
            outcome: v.outcome,
            ground: v.ground,
            breaks_eea_promise: v.breaks_eea_promise,
            breaks_eu_promise: v.breaks_eu_promise,
            clause: v.clause,
        }
    }
}

impl<'a> Record<'a> for TransferAnswer {
    #[inline(always)]
    fn step(&mut self, _: TransferStep) {}
    #[inline(always)]
    fn conclude(&mut self, outcome: TransferOutcome) {
        self.outcome = outcome;
    }
    #[inline(always)]
    fn ground(&mut self, ground: TransferMechanism) {
        self.ground = Some(ground);
    }
    #[inline(always)]
    fn destination(&mut self, _: &'a Destination) {}
    #[inline(always)]
    fn promises(&mut self, eea: bool, eu: bool) {
        self.breaks_eea_promise = eea;
        self.breaks_eu_promise = eu;
    }
    #[inline(always)]
    fn clause(&mut self, check: ClauseCheck) {
        self.clause = Some(check);
    }
    #[inline(always)]
    fn adequacy(&mut self, _: AdequacyLookup<'a>) {}
}

#[inline]
fn is_us(destination: &Destination) -> bool {
    matches!(destination, Destination::Country(c) if c.is(b"US"))
}

/// Decides whether data may go to a recipient of the policy, as of `as_of`, without
/// allocating. The answer is the same as [`assess_transfer`]'s, which explains it.
///
/// For many decisions on one policy, [`CompiledPolicy::transfer_verdict`](crate::compiled::CompiledPolicy::transfer_verdict)
/// gives the same answer in a time that does not grow with the policy.
///
/// # Errors
///
/// [`AssessError::UnknownRecipient`] or [`AssessError::UnknownActivity`] when the request
/// names an id the policy does not have.
pub fn transfer_verdict<'a>(
    policy: &'a Policy,
    adequacy: &'a AdequacyRegistry,
    request: &'a TransferRequest,
    as_of: NaiveDate,
) -> Result<TransferVerdict<'a>, AssessError> {
    let (recipient, activity) = named(policy, request)?;
    decide_transfer(
        &Exporter::of(policy),
        recipient,
        request,
        as_of,
        |destination, facts| adequacy.lookup_facts(destination, facts, as_of),
        || Candidates::collect(policy, activity, recipient, request.mechanism),
    )
}

/// [`transfer_verdict`]'s outcome, ground and broken promises, without its steps: the
/// cheapest answer, for a caller that acts on the outcome alone.
///
/// # Errors
///
/// As [`transfer_verdict`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{transfer_answer, transfer_verdict, TransferAnswer, TransferOutcome,
///                    TransferRequest};
/// use gdpr::{AdequacyRegistry, Policy, TransferMechanism};
///
/// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
/// let registry = AdequacyRegistry::builtin();
/// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
/// let request = TransferRequest::to("mailer");
/// let answer = transfer_answer(&policy, &registry, &request, day).unwrap();
/// assert_eq!(answer.outcome, TransferOutcome::Permitted);
/// let verdict = transfer_verdict(&policy, &registry, &request, day).unwrap();
/// assert_eq!(answer, TransferAnswer::from(&verdict));
/// ```
pub fn transfer_answer(
    policy: &Policy,
    adequacy: &AdequacyRegistry,
    request: &TransferRequest,
    as_of: NaiveDate,
) -> Result<TransferAnswer, AssessError> {
    let (recipient, activity) = named(policy, request)?;
    Ok(answer_transfer(
        &Exporter::of(policy),
        recipient,
        request,
        as_of,
        |destination, facts| adequacy.lookup_facts(destination, facts, as_of),
        || Candidates::collect(policy, activity, recipient, request.mechanism),
    ))
}

/// The recipient and activity a request names, found in the policy.
fn named<'a>(
    policy: &'a Policy,
    request: &TransferRequest,
) -> Result<(&'a Recipient, Option<&'a crate::ProcessingActivity>), AssessError> {
    let recipient = policy
        .recipient(&request.recipient)
        .ok_or_else(|| AssessError::UnknownRecipient(request.recipient.clone()))?;
    let activity = match &request.activity {
        Some(id) => Some(
            policy
                .activity(id)
                .ok_or_else(|| AssessError::UnknownActivity(id.clone()))?,
        ),
        None => None,
    };
    Ok((recipient, activity))
}

/// What the transfer rules need to know of the controller, read once from the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Exporter {
    /// Established in the EEA: the GDPR applies under Art. 3(1).
    pub(crate) in_eea: bool,
    /// A public authority (Art. 46(2)(a), 46(3)(b), 49(3)).
    pub(crate) public_authority: bool,
    /// The notice promises no transfers outside the EEA.
    pub(crate) promises_eea: bool,
    /// The notice promises no transfers outside the EU.
    pub(crate) promises_eu: bool,
}

impl Exporter {
    pub(crate) fn of(policy: &Policy) -> Exporter {
        let promises = |c: Commitment| policy.commitments.iter().any(|p| p.commitment == c);
        Exporter {
            in_eea: policy.controller.establishment.is_eea(),
            public_authority: policy.controller.kind == ControllerKind::PublicAuthority,
            promises_eea: promises(Commitment::NoTransfersOutsideEea),
            promises_eu: promises(Commitment::NoTransfersOutsideEu),
        }
    }
}

/// The rules of Chapter V, in the order of the Regulation and the EDPB, once the request's
/// ids are resolved. `adequacy` answers Art. 45 for the destination on the importer's facts;
/// `candidates` lists the grounds declared for the recipient (with the request's). Both are
/// asked only when the reasoning reaches them, so that a caller may compute them lazily or
/// look them up.
#[inline(always)]
pub(crate) fn decide_transfer<'a>(
    exporter: &Exporter,
    recipient: &'a Recipient,
    request: &'a TransferRequest,
    as_of: NaiveDate,
    adequacy: impl FnOnce(&'a Destination, ImporterFacts<'a>) -> AdequacyLookup<'a>,
    candidates: impl FnOnce() -> Candidates,
) -> Result<TransferVerdict<'a>, AssessError> {
    // The verdict is built in place, inside the result it is returned in: moved from step to
    // step, or out of a local, it would be copied, and the copy stalls on the narrow writes
    // that made it.
    let mut out = Ok(TransferVerdict::new(recipient));
    if let Ok(v) = &mut out {
        decide_into(v, exporter, recipient, request, as_of, adequacy, candidates);
    }
    out
}

/// [`decide_transfer`], into a verdict started for the recipient.
#[inline(always)]
pub(crate) fn decide_transfer_into<'a>(
    verdict: &mut TransferVerdict<'a>,
    exporter: &Exporter,
    recipient: &'a Recipient,
    request: &'a TransferRequest,
    as_of: NaiveDate,
    adequacy: impl FnOnce(&'a Destination, ImporterFacts<'a>) -> AdequacyLookup<'a>,
    candidates: impl FnOnce() -> Candidates,
) {
    decide_into(
        verdict, exporter, recipient, request, as_of, adequacy, candidates,
    );
}

/// [`decide_transfer`], the answer alone.
#[inline(always)]
pub(crate) fn answer_transfer<'a>(
    exporter: &Exporter,
    recipient: &'a Recipient,
    request: &'a TransferRequest,
    as_of: NaiveDate,
    adequacy: impl FnOnce(&'a Destination, ImporterFacts<'a>) -> AdequacyLookup<'a>,
    candidates: impl FnOnce() -> Candidates,
) -> TransferAnswer {
    let mut answer = TransferAnswer::new();
    decide_into(
        &mut answer,
        exporter,
        recipient,
        request,
        as_of,
        adequacy,
        candidates,
    );
    answer
}

#[inline(always)]
fn decide_into<'a>(
    v: &mut impl Record<'a>,
    exporter: &Exporter,
    recipient: &'a Recipient,
    request: &'a TransferRequest,
    as_of: NaiveDate,
    adequacy: impl FnOnce(&'a Destination, ImporterFacts<'a>) -> AdequacyLookup<'a>,
    candidates: impl FnOnce() -> Candidates,
) {
    // Criterion 2 of the EDPB: the data must be made available by an exporter to another
    // controller or processor.
    match request.disclosed_by {
        DisclosedBy::Controller => {}
        DisclosedBy::DataSubject => {
            return v.done(
                TransferOutcome::NotATransfer,
                TransferStep::DisclosedBySubject,
            )
        }
        DisclosedBy::OwnStaffAbroad => {
            return v.done(TransferOutcome::NotATransfer, TransferStep::OwnStaffAbroad)
        }
    }
    if recipient.role == RecipientRole::OwnEstablishment {
        return v.done(
            TransferOutcome::NotATransfer,
            TransferStep::OwnEstablishment,
        );
    }
    let Some(destination) = request.destination.as_ref().or(recipient.location.as_ref()) else {
        return v.done(TransferOutcome::NeedsReview, TransferStep::LocationUnknown);
    };
    v.destination(destination);
    let inside_eea = destination.is_eea();
    v.promises(
        exporter.promises_eea && !inside_eea,
        exporter.promises_eu && !destination.is_eu(),
    );
    // The clause is a promise about the area it names, which may be the EU while the
    // destination is in the EEA.
    if let Some(clause) = &recipient.conditional_transfer {
        if !destination.is_inside(clause.outside) {
            let check = match request.transfer_condition_met {
                Some(true) => ClauseCheck::Met,
                Some(false) => ClauseCheck::NotMet,
                None => ClauseCheck::Unknown,
            };
            v.clause(check);
            v.step(TransferStep::ConditionalClause(check));
        }
    }
    if inside_eea {
        return v.done(TransferOutcome::NotATransfer, TransferStep::InsideEea);
    }

    // Criterion 1: the exporter is subject to the GDPR for the processing.
    let mut exporter_unknown = false;
    if exporter.in_eea {
        v.step(TransferStep::ExporterInEea);
    } else {
        match request.article_3_2_applies {
            Some(true) => v.step(TransferStep::ExporterUnderArticle3_2),
            Some(false) => {
                return v.done(TransferOutcome::NotATransfer, TransferStep::NotUnderGdpr)
            }
            None => {
                exporter_unknown = true;
                v.step(TransferStep::ExporterScopeUnknown);
            }
        }
    }
    // Criteria 2 and 3: another controller or processor, in a third country.
    v.step(TransferStep::Importer(recipient.role));
    if recipient.role.is_processor() && request.processor_within_instructions == Some(false) {
        v.step(TransferStep::ProcessorBeyondInstructions);
    }
    let public_authority = exporter.public_authority;
    let mut undecided = exporter_unknown;

    // Art. 48: an order is a ground only through an international agreement.
    if let Some(order) = request.third_country_order {
        if order.international_agreement {
            return v.done(
                TransferOutcome::Permitted,
                TransferStep::OrderUnderAgreement,
            );
        }
        v.step(TransferStep::OrderAlone);
    }

    // Art. 45: adequacy, on the recipient's facts and the request's.
    let facts = ImporterFacts::with(recipient, &request.scope_facts);
    let lookup = adequacy(destination, facts);
    v.adequacy(lookup);
    match lookup {
        AdequacyLookup::Covered(_) => {
            v.ground(TransferMechanism::AdequacyDecision);
            return v.done(TransferOutcome::Permitted, TransferStep::Adequate);
        }
        AdequacyLookup::Unknown(_, _, fact) => {
            undecided = true;
            v.step(TransferStep::AdequacyUnknown(fact));
        }
        AdequacyLookup::OutOfScope(..) => v.step(TransferStep::AdequacyExcluded),
        AdequacyLookup::NotInForce(_) | AdequacyLookup::None => v.step(TransferStep::NotAdequate),
    }

    // Art. 46, then Art. 49: the grounds declared in the policy or given in the request, in
    // the order of the articles, each once, whatever the order of the activities.
    let candidates = candidates();
    if candidates.any_safeguard() && is_us(destination) && eo_14086_applies(as_of) {
        v.step(TransferStep::UsNationalSecuritySafeguards);
    }
    for safeguard in Safeguard::ALL
        .iter()
        .copied()
        .filter(|s| candidates.has_safeguard(*s))
    {
        let judgement = judge_safeguard(safeguard, public_authority, request);
        v.step(TransferStep::Safeguard(safeguard, judgement));
        if judgement == Judgement::Permits {
            v.ground(TransferMechanism::Safeguard(safeguard));
            v.conclude(TransferOutcome::Permitted);
            return;
        }
        undecided |= judgement.is_unknown();
    }
    // Derogations apply "in the absence of" adequacy and safeguards; one whose conditions
    // are met settles the answer even while a safeguard is undecided.
    for derogation in Derogation::ALL
        .iter()
        .copied()
        .filter(|d| candidates.has_derogation(*d))
    {
        let judgement = judge_derogation(derogation, public_authority, request);
        v.step(TransferStep::Derogation(derogation, judgement));
        if judgement == Judgement::Permits {
            v.ground(TransferMechanism::Derogation(derogation));
            v.conclude(TransferOutcome::Permitted);
            return;
        }
        undecided |= judgement.is_unknown();
    }
    if undecided {
        v.conclude(TransferOutcome::NeedsReview);
    } else {
        v.done(TransferOutcome::Prohibited, TransferStep::NoGround);
    }
}

/// Whether the EO 14086 safeguards are taken to apply to transfers to the U.S. on `as_of`.
#[inline]
fn eo_14086_applies(as_of: NaiveDate) -> bool {
    EO_14086_FROM.is_some_and(|d| d <= as_of)
}

/// The grounds to consider, as a set: bits 0–7 safeguards, 8–15 derogations, in the order
/// of the articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Candidates(u16);

impl Candidates {
    /// Adds a ground; adequacy is no candidate (Art. 45 is judged on the registry).
    pub(crate) fn add(&mut self, m: TransferMechanism) {
        match m {
            TransferMechanism::AdequacyDecision => {}
            TransferMechanism::Safeguard(s) => self.0 |= 1 << (s as u16),
            TransferMechanism::Derogation(d) => self.0 |= 1 << (8 + d as u16),
        }
    }

    pub(crate) fn collect(
        policy: &Policy,
        activity: Option<&crate::ProcessingActivity>,
        recipient: &Recipient,
        extra: Option<TransferMechanism>,
    ) -> Candidates {
        let mut set = Candidates(0);
        let activities = policy
            .activities
            .iter()
            .filter(|a| activity.is_none_or(|only| only.id == a.id));
        for t in activities.flat_map(|a| a.transfers.iter()) {
            if t.recipient == recipient.id {
                set.add(t.mechanism);
            }
        }
        if let Some(m) = extra {
            set.add(m);
        }
        set
    }

    fn has_safeguard(&self, s: Safeguard) -> bool {
        self.0 & (1 << (s as u16)) != 0
    }

    fn has_derogation(&self, d: Derogation) -> bool {
        self.0 & (1 << (8 + d as u16)) != 0
    }

    fn any_safeguard(&self) -> bool {
        self.0 & 0xff != 0
    }
}

pub(crate) fn judge_safeguard(
    s: Safeguard,
    public_authority: bool,
    request: &TransferRequest,
) -> Judgement {
    if s.between_public_authorities() && !public_authority {
        return Judgement::PublicAuthoritiesOnly;
    }
    let needs_authorisation = matches!(
        s,
        Safeguard::AuthorisedContractualClauses | Safeguard::AdministrativeArrangement
    );
    if needs_authorisation {
        match request.authorised_by_supervisory_authority {
            Some(true) => {}
            Some(false) => return Judgement::AuthorisationRefused,
            None => return Judgement::AuthorisationUnknown,
        }
    }
    match request.safeguards_effective {
        Some(true) => Judgement::Permits,
        Some(false) => Judgement::Ineffective,
        None => Judgement::EffectivenessUnknown,
    }
}

fn judge_derogation(d: Derogation, public_authority: bool, request: &TransferRequest) -> Judgement {
    if public_authority && d.barred_for_public_authorities() {
        match request.exercising_public_powers {
            Some(true) => return Judgement::BarredByArticle49_3,
            Some(false) => {}
            None => return Judgement::PublicPowersUnknown,
        }
    }
    match request.derogation_conditions_met {
        Some(true) => Judgement::Permits,
        Some(false) => Judgement::ConditionsNotMet,
        None => Judgement::ConditionsUnknown,
    }
}

/// Decides whether data may go to a recipient of the policy, as of `as_of`, and explains
/// the decision step by step.
///
/// # Errors
///
/// [`AssessError::UnknownRecipient`] or [`AssessError::UnknownActivity`] when the request
/// names an id the policy does not have.
pub fn assess_transfer(
    policy: &Policy,
    adequacy: &AdequacyRegistry,
    request: &TransferRequest,
    as_of: NaiveDate,
) -> Result<TransferDecision, AssessError> {
    let v = transfer_verdict(policy, adequacy, request, as_of)?;
    Ok(explain_transfer(policy, &v, as_of))
}

/// Turns a verdict into a decision with sentences, open questions, remedies and breaches.
pub(crate) fn explain_transfer(
    policy: &Policy,
    v: &TransferVerdict<'_>,
    as_of: NaiveDate,
) -> TransferDecision {
    let recipient = v.recipient;
    let mut d = TransferDecision {
        recipient: recipient.id.clone(),
        destination: v.destination.cloned(),
        outcome: v.outcome,
        ground: v.ground,
        adequacy_decision: match v.adequacy {
            Some(AdequacyLookup::Covered(decision)) => Some(decision.reference.clone()),
            _ => None,
        },
        reasons: Vec::new(),
        open_questions: Vec::new(),
        remedies: Vec::new(),
        commitment_breaches: Vec::new(),
    };
    let ctx = Explain { policy, v, as_of };
    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
    for step in v.steps() {
        let (reason, question) = ctx.step(*step);
        d.reasons.push(reason);
        if let Some(q) = question {
            // The clause's question bears on the promise, not on the outcome.
            let asks = v.outcome == TransferOutcome::NeedsReview
                || matches!(step, TransferStep::ConditionalClause(_));
            if asks && !d.open_questions.contains(&q) {
                d.open_questions.push(q);
            }
        }
    }
    if v.outcome == TransferOutcome::Prohibited {
        if let Some(destination) = v.destination {
            d.remedies = remedies(destination, recipient, public_authority);
        }
    }
    if let Some(destination) = v.destination {
        for (broken, commitment) in [
            (v.breaks_eea_promise, Commitment::NoTransfersOutsideEea),
            (v.breaks_eu_promise, Commitment::NoTransfersOutsideEu),
        ] {
            if broken {
                d.commitment_breaches.push(CommitmentBreach {
                    commitment,
                    reason: Reason::with(
                        ReasonCode::PromiseBroken,
                        commitment.citation(),
                        Params {
                            commitment: Some(commitment),
                            destination: Some(destination.clone()),
                            ..Params::default()
                        },
                    ),
                });
            }
        }
        if let (Some(ClauseCheck::NotMet), Some(clause)) =
            (v.clause, &recipient.conditional_transfer)
        {
            // The clause is the promise to stay inside the area, save for its exception.
            let commitment = match clause.outside {
                Region::Eu => Commitment::NoTransfersOutsideEu,
                Region::Eea => Commitment::NoTransfersOutsideEea,
            };
            if !d
                .commitment_breaches
                .iter()
                .any(|b| b.commitment == commitment)
            {
                d.commitment_breaches.push(CommitmentBreach {
                    commitment,
                    reason: Reason::with(
                        ReasonCode::ClausePromiseBroken,
                        commitment.citation(),
                        Params {
                            recipient: Some(recipient.id.clone()),
                            region: Some(clause.outside),
                            transfer_condition: Some(clause.condition),
                            destination: Some(destination.clone()),
                            ..Params::default()
                        },
                    ),
                });
            }
        }
    }
    d
}

/// What explaining a step needs besides the step.
struct Explain<'p, 'v> {
    policy: &'p Policy,
    v: &'v TransferVerdict<'v>,
    as_of: NaiveDate,
}

impl Explain<'_, '_> {
    fn step(&self, step: TransferStep) -> (Reason, Option<OpenQuestion>) {
        let v = self.v;
        let recipient = || Some(v.recipient.id.clone());
        let country = Some(self.policy.controller.establishment);
        let on = |code: ReasonCode, citation: Citation, params: Params| {
            (Reason::with(code, citation, params), None)
        };
        let p44 = Citation::article(44);
        match step {
            TransferStep::DisclosedBySubject => {
                on(ReasonCode::TransferBySubject, p44, Params::default())
            }
            TransferStep::OwnStaffAbroad => {
                on(ReasonCode::TransferByOwnStaff, p44, Params::default())
            }
            TransferStep::OwnEstablishment => on(
                ReasonCode::TransferToOwnEstablishment,
                p44,
                Params {
                    recipient: recipient(),
                    ..Params::default()
                },
            ),
            TransferStep::LocationUnknown => (
                Reason::of(ReasonCode::TransferLocationUnknown, p44),
                Some(OpenQuestion::of(
                    QuestionCode::RecipientLocation,
                    "location",
                    p44,
                )),
            ),
            TransferStep::InsideEea => on(
                ReasonCode::TransferInsideEea,
                p44,
                Params {
                    destination: v.destination.cloned(),
                    ..Params::default()
                },
            ),
            TransferStep::ExporterInEea => on(
                ReasonCode::ExporterInEea,
                Citation::article(3).paragraph(1),
                Params {
                    country,
                    ..Params::default()
                },
            ),
            TransferStep::ExporterUnderArticle3_2 => on(
                ReasonCode::ExporterUnderArticle3_2,
                Citation::article(3).paragraph(2),
                Params {
                    country,
                    ..Params::default()
                },
            ),
            TransferStep::NotUnderGdpr => on(
                ReasonCode::ExporterNotUnderGdpr,
                Citation::article(3).paragraph(2),
                Params {
                    country,
                    ..Params::default()
                },
            ),
            TransferStep::ExporterScopeUnknown => (
                Reason::with(
                    ReasonCode::ExporterScopeUnknown,
                    Citation::article(3).paragraph(2),
                    Params {
                        country,
                        ..Params::default()
                    },
                ),
                Some(OpenQuestion::of(
                    QuestionCode::Article3_2Applies,
                    "article_3_2_applies",
                    Citation::article(3).paragraph(2),
                )),
            ),
            TransferStep::Importer(role) => on(
                ReasonCode::ImporterReceives,
                p44,
                Params {
                    role: Some(role),
                    recipient: recipient(),
                    destination: v.destination.cloned(),
                    ..Params::default()
                },
            ),
            TransferStep::ProcessorBeyondInstructions => on(
                ReasonCode::ProcessorBeyondInstructions,
                Citation::article(28).paragraph(10),
                Params {
                    recipient: recipient(),
                    ..Params::default()
                },
            ),
            TransferStep::ConditionalClause(check) => self.clause(check),
            TransferStep::OrderUnderAgreement => on(
                ReasonCode::OrderUnderAgreement,
                Citation::article(48),
                Params::default(),
            ),
            TransferStep::OrderAlone => on(
                ReasonCode::OrderAlone,
                Citation::article(48),
                Params::default(),
            ),
            TransferStep::Adequate => on(
                ReasonCode::AdequacyCovers,
                Citation::article(45).paragraph(1),
                match v.adequacy {
                    Some(AdequacyLookup::Covered(d)) => Params {
                        reference: Some(d.reference.clone()),
                        text: d.scope_note.clone(),
                        ..self.adequacy_params()
                    },
                    _ => self.adequacy_params(),
                },
            ),
            TransferStep::AdequacyUnknown(fact) => {
                let params = match v.adequacy {
                    Some(AdequacyLookup::Unknown(d, c, _)) => Params {
                        reference: Some(d.reference.clone()),
                        scope_condition: Some(c.clone()),
                        scope_fact: Some(fact),
                        ..self.adequacy_params()
                    },
                    _ => Params {
                        scope_fact: Some(fact),
                        ..self.adequacy_params()
                    },
                };
                (
                    Reason::with(
                        ReasonCode::AdequacyUnknown,
                        Citation::article(45).paragraph(1),
                        params,
                    ),
                    Some(OpenQuestion::with(
                        QuestionCode::ScopeFact,
                        fact.field(),
                        Citation::article(45).paragraph(1),
                        Params {
                            scope_fact: Some(fact),
                            ..Params::default()
                        },
                    )),
                )
            }
            TransferStep::AdequacyExcluded | TransferStep::NotAdequate => {
                let (code, params) = self.not_adequate();
                on(code, Citation::article(45).paragraph(1), params)
            }
            TransferStep::UsNationalSecuritySafeguards => on(
                ReasonCode::UsNationalSecuritySafeguards,
                Citation::article(46).paragraph(1),
                Params::default(),
            ),
            TransferStep::Safeguard(s, judgement) => {
                let us = v
                    .steps()
                    .contains(&TransferStep::UsNationalSecuritySafeguards);
                explain_judgement(TransferMechanism::Safeguard(s), judgement, us)
            }
            TransferStep::Derogation(d, judgement) => {
                explain_judgement(TransferMechanism::Derogation(d), judgement, false)
            }
            TransferStep::NoGround => on(ReasonCode::NoTransferGround, p44, Params::default()),
        }
    }

    /// The destination and the day, which every adequacy sentence names.
    fn adequacy_params(&self) -> Params {
        Params {
            destination: self.v.destination.cloned(),
            date: Some(self.as_of),
            ..Params::default()
        }
    }

    /// Why no adequacy decision covers the transfer.
    fn not_adequate(&self) -> (ReasonCode, Params) {
        let base = self.adequacy_params();
        match self.v.adequacy {
            Some(AdequacyLookup::OutOfScope(d, c)) => (
                ReasonCode::AdequacyExcluded,
                Params {
                    reference: Some(d.reference.clone()),
                    scope_condition: Some(c.clone()),
                    ..base
                },
            ),
            Some(AdequacyLookup::NotInForce(d)) => match (&d.end, d.valid_until) {
                (Some(end), Some(until)) if until < self.as_of => (
                    ReasonCode::AdequacyEnded,
                    Params {
                        reference: Some(d.reference.clone()),
                        text: Some(end.clone()),
                        ..base
                    },
                ),
                _ => (
                    ReasonCode::AdequacyNotYet,
                    Params {
                        reference: Some(d.reference.clone()),
                        until: Some(d.valid_from),
                        ..base
                    },
                ),
            },
            _ => (ReasonCode::NoAdequacyDecision, base),
        }
    }

    fn clause(&self, check: ClauseCheck) -> (Reason, Option<OpenQuestion>) {
        let recipient = self.v.recipient;
        let f13 = Citation::article(13).paragraph(1).point('f');
        let Some(clause) = &recipient.conditional_transfer else {
            return (Reason::of(ReasonCode::ClauseMet, f13), None);
        };
        let params = Params {
            recipient: Some(recipient.id.clone()),
            region: Some(clause.outside),
            transfer_condition: Some(clause.condition),
            ..Params::default()
        };
        match check {
            ClauseCheck::Met => (Reason::with(ReasonCode::ClauseMet, f13, params), None),
            ClauseCheck::NotMet => (
                Reason::with(
                    ReasonCode::ClauseNotMet,
                    Citation::article(5).paragraph(1).point('a'),
                    params,
                ),
                None,
            ),
            ClauseCheck::Unknown => (
                Reason::with(ReasonCode::ClauseUnknown, f13, params),
                Some(OpenQuestion::with(
                    QuestionCode::TransferConditionMet,
                    "transfer_condition_met",
                    Citation::article(5).paragraph(1).point('a'),
                    Params {
                        transfer_condition: Some(clause.condition),
                        ..Params::default()
                    },
                )),
            ),
        }
    }
}

fn explain_judgement(
    mechanism: TransferMechanism,
    judgement: Judgement,
    us: bool,
) -> (Reason, Option<OpenQuestion>) {
    let cite = mechanism.citation();
    let params = Params {
        mechanism: Some(mechanism),
        ..Params::default()
    };
    let reason = |code| Reason::with(code, cite, params.clone());
    let barred = |code| Reason::with(code, Citation::article(49).paragraph(3), params.clone());
    let derogation = matches!(mechanism, TransferMechanism::Derogation(_));
    match judgement {
        Judgement::Permits if derogation => (reason(ReasonCode::DerogationPermits), None),
        Judgement::Permits if us => (reason(ReasonCode::SafeguardPermitsUs), None),
        Judgement::Permits => (reason(ReasonCode::SafeguardPermits), None),
        Judgement::PublicAuthoritiesOnly => {
            (reason(ReasonCode::SafeguardForPublicAuthoritiesOnly), None)
        }
        Judgement::AuthorisationRefused => (reason(ReasonCode::AuthorisationRefused), None),
        Judgement::AuthorisationUnknown => (
            reason(ReasonCode::AuthorisationRequired),
            Some(OpenQuestion::of(
                QuestionCode::AuthorisedBySupervisoryAuthority,
                "authorised_by_supervisory_authority",
                Citation::article(46).paragraph(3),
            )),
        ),
        Judgement::Ineffective => (reason(ReasonCode::SafeguardIneffective), None),
        Judgement::EffectivenessUnknown if us => (
            reason(ReasonCode::SafeguardOnPaperUs),
            Some(OpenQuestion::of(
                QuestionCode::SafeguardsEffectiveUs,
                "safeguards_effective",
                Citation::article(46).paragraph(1),
            )),
        ),
        Judgement::EffectivenessUnknown => (
            reason(ReasonCode::SafeguardOnPaper),
            Some(OpenQuestion::of(
                QuestionCode::SafeguardsEffective,
                "safeguards_effective",
                Citation::article(46).paragraph(1),
            )),
        ),
        Judgement::BarredByArticle49_3 => (barred(ReasonCode::DerogationBarred), None),
        Judgement::PublicPowersUnknown => (
            barred(ReasonCode::DerogationBarred),
            Some(OpenQuestion::of(
                QuestionCode::ExercisingPublicPowers,
                "exercising_public_powers",
                Citation::article(49).paragraph(3),
            )),
        ),
        Judgement::ConditionsNotMet => (reason(ReasonCode::DerogationConditionsNotMet), None),
        Judgement::ConditionsUnknown => (
            reason(ReasonCode::DerogationConditionsUnknown),
            Some(OpenQuestion::with(
                QuestionCode::DerogationConditionsMet,
                "derogation_conditions_met",
                cite,
                params.clone(),
            )),
        ),
    }
}

fn remedies(
    destination: &Destination,
    recipient: &Recipient,
    public_authority: bool,
) -> Vec<Reason> {
    let mut out = Vec::new();
    let public_importer = ImporterFacts::of(recipient).sector() == Some(Sector::Public);
    if is_us(destination) && recipient.dpf_certified != Some(true) && !public_importer {
        out.push(Reason::of(
            ReasonCode::RemedyDataPrivacyFramework,
            Citation::article(45).paragraph(1),
        ));
    }
    out.push(Reason::of(
        ReasonCode::RemedyStandardContractualClauses,
        Safeguard::StandardContractualClauses.citation(),
    ));
    out.push(Reason::of(
        ReasonCode::RemedyBindingCorporateRules,
        Safeguard::BindingCorporateRules.citation(),
    ));
    if public_authority {
        out.push(Reason::of(
            ReasonCode::RemedyPublicInstrument,
            Safeguard::InstrumentBetweenPublicAuthorities.citation(),
        ));
    }
    out.push(Reason::of(
        ReasonCode::RemedyDerogation,
        Citation::article(49).paragraph(1),
    ));
    out
}

crate::setters::setters!(TransferRequest {
    into activity: String,
    some destination: Destination,
    some mechanism: TransferMechanism,
    set disclosed_by: DisclosedBy,
    set scope_facts: ScopeFacts,
    some article_3_2_applies: bool,
    some processor_within_instructions: bool,
    some transfer_condition_met: bool,
    some safeguards_effective: bool,
    some authorised_by_supervisory_authority: bool,
    some derogation_conditions_met: bool,
    some exercising_public_powers: bool,
    some third_country_order: ThirdCountryOrder,
});
