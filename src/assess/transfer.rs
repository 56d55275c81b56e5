//! "May I send this data to that recipient?" — Chapter V (Art. 44–49), as of a date.
//!
//! The assessment follows the order of the Regulation and of the EDPB:
//!
//! 1. Is it a transfer at all? Under the EDPB Guidelines 05/2021 there is a transfer when an
//!    exporter subject to the GDPR discloses or makes available personal data to **another**
//!    controller or processor in a third country or an international organisation. Data the
//!    subject sends themselves, and the controller's own staff reaching its data from abroad,
//!    are not transfers; nor is anything inside the EEA.
//! 2. An adequacy decision in force on the date that covers the importer (Art. 45).
//! 3. Else appropriate safeguards (Art. 46), which must also be effective in the importer's
//!    law and practice (C-311/18, Schrems II).
//! 4. Else a derogation (Art. 49), with its conditions and the limits of Art. 49(3).
//!
//! A third-country court order is not by itself a ground (Art. 48). Facts the library cannot
//! know are fields of [`TransferRequest`]; when one decides the answer and is missing, the
//! outcome is [`TransferOutcome::NeedsReview`] with the question to answer. The decision also
//! says whether the transfer breaks the controller's published commitments, legal or not.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{assess_transfer, TransferOutcome, TransferRequest};
//! use gdpr::{AdequacyRegistry, Policy};
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let registry = AdequacyRegistry::builtin();
//! let request = TransferRequest::to("mailer");
//! let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//! let decision = assess_transfer(&policy, &registry, &request, day).unwrap();
//! // Mailer Inc. is DPF-certified: the U.S. adequacy decision of 10 July 2023 covers it.
//! assert_eq!(decision.outcome, TransferOutcome::Permitted);
//! assert_eq!(decision.reasons[0].citation.to_string(), "Art. 45(1)");
//! ```

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AssessError, OpenQuestion, Reason};
use crate::{
    AdequacyLookup, AdequacyRegistry, Citation, Commitment, ControllerKind, Derogation,
    Destination, ImporterFact, Policy, Recipient, Safeguard, TransferMechanism,
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
pub struct TransferRequest {
    /// The id of the recipient in the policy.
    pub recipient: String,
    /// The activity under which the data are sent; when given, only the transfer grounds
    /// declared for that activity are considered, otherwise those of every activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// A ground to rely on in addition to those declared in the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<TransferMechanism>,
    /// Who makes the data available. Absent means the controller.
    #[serde(default)]
    pub disclosed_by: DisclosedBy,
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
pub struct CommitmentBreach {
    /// The promise.
    pub commitment: Commitment,
    /// Why the transfer breaks it.
    pub reason: Reason,
}

/// The decision on a transfer request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfer decision object")]
pub struct TransferDecision {
    /// The recipient.
    pub recipient: String,
    /// Where it receives the data, if known.
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
    /// What must be found out before the transfer can be decided.
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
    /// The recipient's location is not recorded.
    LocationUnknown,
    /// The destination is in the EEA.
    InsideEea,
    /// A third-country order based on an international agreement (Art. 48).
    OrderUnderAgreement,
    /// A third-country order without an international agreement (Art. 48).
    OrderAlone,
    /// An adequacy decision covers the transfer (Art. 45).
    Adequate,
    /// An adequacy decision covers the transfer only if a fact about the importer holds.
    AdequacyUnknown(ImporterFact),
    /// No adequacy decision covers the transfer.
    NotAdequate,
    /// A safeguard was considered (Art. 46).
    Safeguard(Safeguard, Judgement),
    /// A derogation was considered (Art. 49).
    Derogation(Derogation, Judgement),
    /// No ground applies.
    NoGround,
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

/// The most steps a verdict can have: a third-country order, adequacy, every safeguard and
/// derogation of Chapter V, and a conclusion.
const MAX_STEPS: usize = 20;

/// The answer to a transfer request as plain, copyable data — computed without allocating,
/// for hot paths. [`assess_transfer`] turns it into a [`TransferDecision`] with sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransferVerdict<'a> {
    /// The answer.
    pub outcome: TransferOutcome,
    /// The ground that permits the transfer, when permitted (none for an Art. 48 agreement).
    pub ground: Option<TransferMechanism>,
    /// The recipient.
    pub recipient: &'a Recipient,
    /// What the adequacy registry said, when it was asked.
    pub adequacy: Option<AdequacyLookup<'a>>,
    /// Whether the transfer breaks the promise of no transfers outside the EEA.
    pub breaks_eea_promise: bool,
    /// Whether the transfer breaks the promise of no transfers outside the EU.
    pub breaks_eu_promise: bool,
    steps: [TransferStep; MAX_STEPS],
    len: usize,
}

impl<'a> TransferVerdict<'a> {
    fn new(recipient: &'a Recipient) -> Self {
        TransferVerdict {
            outcome: TransferOutcome::NeedsReview,
            ground: None,
            recipient,
            adequacy: None,
            breaks_eea_promise: false,
            breaks_eu_promise: false,
            steps: [TransferStep::NoGround; MAX_STEPS],
            len: 0,
        }
    }

    fn push(&mut self, step: TransferStep) {
        if let Some(slot) = self.steps.get_mut(self.len) {
            *slot = step;
            self.len += 1;
        }
    }

    fn done(mut self, outcome: TransferOutcome, step: TransferStep) -> Self {
        self.push(step);
        self.outcome = outcome;
        self
    }

    /// The steps of the reasoning, in order.
    pub fn steps(&self) -> &[TransferStep] {
        self.steps.get(..self.len).unwrap_or_default()
    }
}

/// Decides whether data may go to a recipient of the policy, as of `as_of`, without
/// allocating. The answer is the same as [`assess_transfer`]'s, which explains it.
///
/// # Errors
///
/// [`AssessError::UnknownRecipient`] or [`AssessError::UnknownActivity`] when the request
/// names an id the policy does not have.
pub fn transfer_verdict<'a>(
    policy: &'a Policy,
    adequacy: &'a AdequacyRegistry,
    request: &TransferRequest,
    as_of: NaiveDate,
) -> Result<TransferVerdict<'a>, AssessError> {
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
    let mut v = TransferVerdict::new(recipient);
    match request.disclosed_by {
        DisclosedBy::Controller => {}
        DisclosedBy::DataSubject => {
            return Ok(v.done(
                TransferOutcome::NotATransfer,
                TransferStep::DisclosedBySubject,
            ))
        }
        DisclosedBy::OwnStaffAbroad => {
            return Ok(v.done(TransferOutcome::NotATransfer, TransferStep::OwnStaffAbroad))
        }
    }
    let Some(destination) = &recipient.location else {
        return Ok(v.done(TransferOutcome::NeedsReview, TransferStep::LocationUnknown));
    };
    for promise in &policy.commitments {
        match promise.commitment {
            Commitment::NoTransfersOutsideEea => v.breaks_eea_promise |= !destination.is_eea(),
            Commitment::NoTransfersOutsideEu => v.breaks_eu_promise |= !destination.is_eu(),
            _ => {}
        }
    }
    if destination.is_eea() {
        return Ok(v.done(TransferOutcome::NotATransfer, TransferStep::InsideEea));
    }
    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
    let mut undecided = false;

    // Art. 48: an order is a ground only through an international agreement.
    if let Some(order) = request.third_country_order {
        if order.international_agreement {
            return Ok(v.done(
                TransferOutcome::Permitted,
                TransferStep::OrderUnderAgreement,
            ));
        }
        v.push(TransferStep::OrderAlone);
    }

    // Art. 45: adequacy.
    let lookup = adequacy.lookup(destination, recipient, as_of);
    v.adequacy = Some(lookup);
    match lookup {
        AdequacyLookup::Covered(_) => {
            v.ground = Some(TransferMechanism::AdequacyDecision);
            return Ok(v.done(TransferOutcome::Permitted, TransferStep::Adequate));
        }
        AdequacyLookup::Unknown(_, fact) => {
            undecided = true;
            v.push(TransferStep::AdequacyUnknown(fact));
        }
        _ => v.push(TransferStep::NotAdequate),
    }

    // Art. 46, then Art. 49: the grounds declared in the policy or given in the request, in
    // the order of the articles, each once, whatever the order of the activities.
    let candidates = Candidates::collect(policy, activity, recipient, request.mechanism);
    for safeguard in Safeguard::ALL
        .iter()
        .copied()
        .filter(|s| candidates.has_safeguard(*s))
    {
        let judgement = judge_safeguard(safeguard, public_authority, request);
        v.push(TransferStep::Safeguard(safeguard, judgement));
        if judgement == Judgement::Permits {
            v.ground = Some(TransferMechanism::Safeguard(safeguard));
            v.outcome = TransferOutcome::Permitted;
            return Ok(v);
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
        v.push(TransferStep::Derogation(derogation, judgement));
        if judgement == Judgement::Permits {
            v.ground = Some(TransferMechanism::Derogation(derogation));
            v.outcome = TransferOutcome::Permitted;
            return Ok(v);
        }
        undecided |= judgement.is_unknown();
    }
    if undecided {
        v.outcome = TransferOutcome::NeedsReview;
        Ok(v)
    } else {
        Ok(v.done(TransferOutcome::Prohibited, TransferStep::NoGround))
    }
}

/// The grounds to consider, as a set: bits 0–7 safeguards, 8–15 derogations, in the order
/// of the articles.
struct Candidates(u16);

impl Candidates {
    fn collect(
        policy: &Policy,
        activity: Option<&crate::ProcessingActivity>,
        recipient: &Recipient,
        extra: Option<TransferMechanism>,
    ) -> Candidates {
        let mut set = Candidates(0);
        let mut add = |m: TransferMechanism| match m {
            TransferMechanism::AdequacyDecision => {}
            TransferMechanism::Safeguard(s) => set.0 |= 1 << (s as u16),
            TransferMechanism::Derogation(d) => set.0 |= 1 << (8 + d as u16),
        };
        let activities = policy
            .activities
            .iter()
            .filter(|a| activity.is_none_or(|only| only.id == a.id));
        for t in activities.flat_map(|a| a.transfers.iter()) {
            if t.recipient == recipient.id {
                add(t.mechanism);
            }
        }
        if let Some(m) = extra {
            add(m);
        }
        set
    }

    fn has_safeguard(&self, s: Safeguard) -> bool {
        self.0 & (1 << (s as u16)) != 0
    }

    fn has_derogation(&self, d: Derogation) -> bool {
        self.0 & (1 << (8 + d as u16)) != 0
    }
}

fn judge_safeguard(s: Safeguard, public_authority: bool, request: &TransferRequest) -> Judgement {
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
    Ok(explain(policy, &v, as_of))
}

/// Turns a verdict into a decision with sentences, open questions, remedies and breaches.
fn explain(policy: &Policy, v: &TransferVerdict<'_>, as_of: NaiveDate) -> TransferDecision {
    let recipient = v.recipient;
    let destination = recipient.location.as_ref();
    let mut d = TransferDecision {
        recipient: recipient.id.clone(),
        destination: destination.cloned(),
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
    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
    for step in v.steps() {
        let (reason, question) = explain_step(*step, v, as_of);
        d.reasons.push(reason);
        if let Some(q) = question {
            if v.outcome == TransferOutcome::NeedsReview && !d.open_questions.contains(&q) {
                d.open_questions.push(q);
            }
        }
    }
    if v.outcome == TransferOutcome::Prohibited {
        if let Some(destination) = destination {
            d.remedies = remedies(destination, recipient, public_authority);
        }
    }
    if let Some(destination) = destination {
        for (broken, commitment) in [
            (v.breaks_eea_promise, Commitment::NoTransfersOutsideEea),
            (v.breaks_eu_promise, Commitment::NoTransfersOutsideEu),
        ] {
            if broken {
                d.commitment_breaches.push(CommitmentBreach {
                    commitment,
                    reason: Reason::new(
                        commitment.citation(),
                        format!(
                            "the notice promises that {}, and {destination} is outside that area: whatever Chapter V allows, sending the data breaks the promise",
                            commitment.describe()
                        ),
                    ),
                });
            }
        }
    }
    d
}

fn explain_step(
    step: TransferStep,
    v: &TransferVerdict<'_>,
    as_of: NaiveDate,
) -> (Reason, Option<OpenQuestion>) {
    let destination = v
        .recipient
        .location
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    match step {
        TransferStep::DisclosedBySubject => (Reason::fixed(
            Citation::article(44),
            "the data subject discloses their own data: there is no exporter, so no transfer (EDPB Guidelines 05/2021, criterion 1)",
        ), None),
        TransferStep::OwnStaffAbroad => (Reason::fixed(
            Citation::article(44),
            "an employee of the controller reaches the data from abroad: the data are not disclosed to another controller or processor, so no transfer (EDPB Guidelines 05/2021, criterion 2)",
        ), None),
        TransferStep::LocationUnknown => (
            Reason::fixed(
                Citation::article(44),
                "the recipient's location is not recorded, so it cannot be told whether Chapter V applies",
            ),
            Some(OpenQuestion::fixed(
                "location",
                "where does the recipient receive the data?",
                Citation::article(44),
            )),
        ),
        TransferStep::InsideEea => (
            Reason::new(
                Citation::article(44),
                format!("{destination} is in the European Economic Area: Chapter V does not apply"),
            ),
            None,
        ),
        TransferStep::OrderUnderAgreement => (Reason::fixed(
            Citation::article(48),
            "the third-country order is based on an international agreement such as a mutual legal assistance treaty, which may ground the transfer",
        ), None),
        TransferStep::OrderAlone => (Reason::fixed(
            Citation::article(48),
            "a judgment or decision of a third-country court or authority is not by itself a ground for transfer; another ground of Chapter V is needed",
        ), None),
        TransferStep::Adequate => {
            let text = match v.adequacy {
                Some(AdequacyLookup::Covered(d)) => format!(
                    "{} finds that {destination} ensures an adequate level of protection{}; it is in force on {as_of}",
                    d.reference,
                    d.scope_note.as_deref().map(|n| format!(" (scope: {n})")).unwrap_or_default()
                ),
                _ => format!("an adequacy decision covers {destination} on {as_of}"),
            };
            (Reason::new(Citation::article(45).paragraph(1), text), None)
        }
        TransferStep::AdequacyUnknown(fact) => {
            let reference = match v.adequacy {
                Some(AdequacyLookup::Unknown(d, _)) => d.reference.as_str(),
                _ => "the adequacy decision",
            };
            (
                Reason::new(
                    Citation::article(45).paragraph(1),
                    format!("{reference} covers the recipient only if {}", fact.question()),
                ),
                Some(importer_question(fact)),
            )
        }
        TransferStep::NotAdequate => {
            let why = v
                .adequacy
                .map(|l| l.explain(as_of))
                .unwrap_or_else(|| "no adequacy decision covers that destination".to_owned());
            (
                Reason::new(
                    Citation::article(45).paragraph(1),
                    format!("no adequacy decision covers the transfer: {why}"),
                ),
                None,
            )
        }
        TransferStep::Safeguard(s, judgement) => explain_judgement(s.citation(), None, judgement),
        TransferStep::Derogation(d, judgement) => {
            explain_judgement(d.citation(), Some(d), judgement)
        }
        TransferStep::NoGround => (Reason::fixed(
            Citation::article(44),
            "no ground of Chapter V applies, so the transfer must not take place",
        ), None),
    }
}

fn derogation_condition(d: Derogation) -> &'static str {
    match d {
        Derogation::ExplicitConsent => "the data subject explicitly consented after being informed of the possible risks of the transfer",
        Derogation::CompellingLegitimateInterests => "the transfer is not repetitive, concerns a limited number of subjects, serves compelling legitimate interests not overridden by the subject's, is surrounded by suitable safeguards, and the supervisory authority and the subject are informed",
        Derogation::PublicRegister => "the transfer is made from a register open to consultation, within the conditions laid down for consultation",
        _ => "the transfer is necessary for the purpose the derogation names and is occasional (EDPB Guidelines 2/2018)",
    }
}

fn explain_judgement(
    cite: Citation,
    derogation: Option<Derogation>,
    judgement: Judgement,
) -> (Reason, Option<OpenQuestion>) {
    let condition = derogation.map(derogation_condition).unwrap_or_default();
    match judgement {
        Judgement::Permits => match derogation {
            Some(_) => (Reason::new(cite, format!("{cite} applies: {condition}")), None),
            None => (Reason::new(cite, format!("{cite} provides appropriate safeguards, and the importer's law and practice let it comply with them, so enforceable rights and effective remedies are available (Art. 46(1))")), None),
        },
        Judgement::PublicAuthoritiesOnly => (Reason::new(cite, format!("{cite} is available only between public authorities or bodies")), None),
        Judgement::AuthorisationRefused => (Reason::new(cite, format!("{cite} requires the authorisation of the competent supervisory authority, which was not given")), None),
        Judgement::AuthorisationUnknown => (
            Reason::new(cite, format!("{cite} requires the authorisation of the competent supervisory authority")),
            Some(OpenQuestion::fixed(
                "authorised_by_supervisory_authority",
                "has the competent supervisory authority authorised the clauses or arrangement?",
                Citation::article(46).paragraph(3),
            )),
        ),
        Judgement::Ineffective => (Reason::new(cite, format!("{cite} cannot be relied on: the importer's law or practice prevents it from complying with the safeguards (Art. 46(1), C-311/18)")), None),
        Judgement::EffectivenessUnknown => (
            Reason::new(cite, format!("{cite} provides safeguards on paper; whether they are effective in the destination has not been assessed")),
            Some(OpenQuestion::fixed(
                "safeguards_effective",
                "do the law and practice of the destination let the importer comply with the safeguards, with supplementary measures where needed (transfer impact assessment, C-311/18)?",
                Citation::article(46).paragraph(1),
            )),
        ),
        Judgement::BarredByArticle49_3 => (Reason::new(
            Citation::article(49).paragraph(3),
            format!("{cite} is not available to a public authority in the exercise of its public powers"),
        ), None),
        Judgement::PublicPowersUnknown => (
            Reason::new(
                Citation::article(49).paragraph(3),
                format!("{cite} is not available to a public authority in the exercise of its public powers"),
            ),
            Some(OpenQuestion::fixed(
                "exercising_public_powers",
                "does the public authority act in the exercise of its public powers?",
                Citation::article(49).paragraph(3),
            )),
        ),
        Judgement::ConditionsNotMet => (Reason::new(cite, format!("{cite} does not apply: it requires that {condition}")), None),
        Judgement::ConditionsUnknown => (
            Reason::new(cite, format!("{cite} applies only if {condition}")),
            Some(OpenQuestion {
                field: "derogation_conditions_met".into(),
                question: format!("are the conditions of {cite} met: {condition}?").into(),
                citation: cite,
            }),
        ),
    }
}

fn importer_question(fact: ImporterFact) -> OpenQuestion {
    match fact {
        ImporterFact::DpfCertification => OpenQuestion::fixed(
            "dpf_certified",
            "is the recipient on the Data Privacy Framework List for the data concerned?",
            Citation::article(45).paragraph(1),
        ),
        ImporterFact::Sector => OpenQuestion::fixed(
            "sector",
            "is the recipient a commercial, non-profit or public organisation?",
            Citation::article(45).paragraph(1),
        ),
        ImporterFact::EarlierUsFrameworkCertification => OpenQuestion::fixed(
            "earlier_us_framework_certification",
            "was the recipient self-certified under the framework in force at the time?",
            Citation::article(45).paragraph(1),
        ),
    }
}

fn remedies(
    destination: &Destination,
    recipient: &Recipient,
    public_authority: bool,
) -> Vec<Reason> {
    let mut out = Vec::new();
    if matches!(destination, Destination::Country(c) if c.code() == "US")
        && recipient.dpf_certified != Some(true)
    {
        out.push(Reason::fixed(
            Citation::article(45).paragraph(1),
            "use an importer certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795)",
        ));
    }
    out.push(Reason::fixed(
        Safeguard::StandardContractualClauses.citation(),
        "conclude the Commission's standard contractual clauses with the importer and assess that they are effective in its law and practice",
    ));
    out.push(Reason::fixed(
        Safeguard::BindingCorporateRules.citation(),
        "within a group of undertakings, rely on binding corporate rules approved under Art. 47",
    ));
    if public_authority {
        out.push(Reason::fixed(
            Safeguard::InstrumentBetweenPublicAuthorities.citation(),
            "between public bodies, a legally binding and enforceable instrument",
        ));
    }
    out.push(Reason::fixed(
        Citation::article(49).paragraph(1),
        "for an occasional transfer only, a derogation of Art. 49(1) whose conditions are met",
    ));
    out
}
