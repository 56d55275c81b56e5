//! Objection (Art. 21) and restriction (Art. 18): what must stop, and what must pause.
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/objection.md`), where users read it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::erasure::ObjectionKind;
use super::lookup;
use super::stop::{PurposeStop, StopReason};
use super::{AssessError, OpenQuestion, Reason};
use crate::explain::{Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::{Citation, Policy, ProcessingActivity, Purpose};

/// An objection to one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an objection request object")]
#[non_exhaustive]
pub struct ObjectionRequest {
    /// The activity objected to. An objection to direct marketing reaches every activity that
    /// uses the subject's data for it.
    pub activity: String,
    /// On which footing the subject objects.
    pub kind: ObjectionKind,
    /// Whether the controller demonstrates compelling legitimate grounds that override the
    /// subject's interests, rights and freedoms (Art. 21(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compelling_grounds: Option<bool>,
    /// Whether the processing is needed for the establishment, exercise or defence of legal
    /// claims (Art. 21(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_claims: Option<bool>,
}

impl ObjectionRequest {
    /// An objection with no further facts.
    pub fn new(activity: impl Into<String>, kind: ObjectionKind) -> ObjectionRequest {
        ObjectionRequest {
            activity: activity.into(),
            kind,
            compelling_grounds: None,
            legal_claims: None,
        }
    }
}

/// What the objection does.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ObjectionOutcome {
    /// The processing for the purposes listed must stop (further questions may remain about
    /// the others).
    Stop,
    /// The processing may continue: the reasons say why.
    Continue,
    /// It depends on facts not given: the controller may continue only if it demonstrates
    /// compelling grounds or legal claims; the subject may ask restriction meanwhile
    /// (Art. 18(1)(d)).
    NeedsReview,
    /// The right to object does not reach this processing.
    NotApplicable,
    /// The organisation is a processor here: the objection goes to its client, the
    /// controller, whom it assists (Art. 28(3)(e)).
    ForwardToController,
}

/// The decision on an objection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an objection decision object")]
#[non_exhaustive]
pub struct ObjectionDecision {
    /// The activity objected to.
    pub activity: String,
    /// What the objection does.
    pub outcome: ObjectionOutcome,
    /// The processing that must stop, by activity and purpose, sorted.
    pub stop: Vec<PurposeStop>,
    /// After an objection to direct marketing: what may be kept to honour it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression: Option<Reason>,
    /// Why.
    pub reasons: Vec<Reason>,
    /// Facts to find out.
    pub open_questions: Vec<OpenQuestion>,
}

/// Decides an objection under Art. 21.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] if the policy has no such activity, or
/// [`AssessError::DuplicateId`] if it has two.
pub fn assess_objection(
    policy: &Policy,
    request: &ObjectionRequest,
) -> Result<ObjectionDecision, AssessError> {
    let (index, act) = lookup::activity(policy, &request.activity)?;
    let mut d = ObjectionDecision {
        activity: act.id.clone(),
        outcome: ObjectionOutcome::NotApplicable,
        stop: Vec::new(),
        suppression: None,
        reasons: Vec::new(),
        open_questions: Vec::new(),
    };
    if act.acts_as_processor() {
        d.outcome = ObjectionOutcome::ForwardToController;
        d.reasons.push(Reason::of(
            ReasonCode::ProcessorForwards,
            Citation::article(28).paragraph(3).point('e'),
        ));
        return Ok(d);
    }
    if act.purposes.is_empty() {
        d.outcome = ObjectionOutcome::NeedsReview;
        d.open_questions.push(OpenQuestion::of(
            QuestionCode::Purposes,
            format!("activities[{index}].purposes"),
            Citation::article(5).paragraph(1).point('b'),
        ));
        return Ok(d);
    }
    match request.kind {
        ObjectionKind::DirectMarketing => direct_marketing(policy, &mut d),
        ObjectionKind::ParticularSituation => particular_situation(index, act, request, &mut d),
    }
    d.stop.sort();
    Ok(d)
}

/// Art. 21(2) and (3): every direct-marketing use of the subject's data stops, in every
/// activity of the controller, with no balancing and no exception.
fn direct_marketing(policy: &Policy, d: &mut ObjectionDecision) {
    d.stop = policy
        .activities
        .iter()
        .filter(|a| !a.acts_as_processor())
        .flat_map(|a| {
            a.purposes
                .iter()
                .filter(|p| p.direct_marketing)
                .map(move |p| PurposeStop::new(&a.id, &p.id, StopReason::DirectMarketingObjection))
        })
        .collect();
    if d.stop.is_empty() {
        d.reasons.push(Reason::of(
            ReasonCode::NoDirectMarketing,
            Citation::article(21).paragraph(2),
        ));
        return;
    }
    d.outcome = ObjectionOutcome::Stop;
    d.reasons.push(Reason::of(
        ReasonCode::DirectMarketingStops,
        Citation::article(21).paragraph(3),
    ));
    d.reasons.push(Reason::of(
        ReasonCode::MarketingOnlyDataErased,
        Citation::article(17).paragraph(1).point('c'),
    ));
    d.suppression = Some(Reason::of(
        ReasonCode::SuppressionEntry,
        Citation::article(21).paragraph(3),
    ));
}

/// Art. 21(1) and 21(6): processing on Art. 6(1)(e) or (f) stops unless the controller
/// demonstrates compelling legitimate grounds or legal claims; research and statistics stop
/// unless necessary for a task carried out in the public interest.
fn particular_situation(
    index: usize,
    act: &ProcessingActivity,
    request: &ObjectionRequest,
    d: &mut ObjectionDecision,
) {
    let named = |purpose: &Purpose| Params {
        purpose: Some(purpose.id.clone()),
        ..Params::default()
    };
    let basis_question = |p: usize, purpose: &Purpose| {
        OpenQuestion::with(
            QuestionCode::PurposeBasis,
            format!("activities[{index}].purposes[{p}].legal_basis"),
            Citation::article(21).paragraph(1),
            named(purpose),
        )
    };
    let mut balanced: Vec<&Purpose> = Vec::new();
    let mut reached = false;
    for (p, purpose) in act.purposes.iter().enumerate() {
        if predicates::research_or_statistics(purpose) {
            reached = true;
            match predicates::rests_on(purpose, predicates::public_task) {
                Truth::Yes => d.reasons.push(Reason::with(
                    ReasonCode::ResearchForPublicTask,
                    Citation::article(21).paragraph(6),
                    named(purpose),
                )),
                Truth::No => {
                    d.stop.push(PurposeStop::new(
                        &act.id,
                        &purpose.id,
                        StopReason::ResearchObjection,
                    ));
                    d.reasons.push(Reason::with(
                        ReasonCode::ResearchObjectionStops,
                        Citation::article(21).paragraph(6),
                        named(purpose),
                    ));
                }
                Truth::Unknown => d.open_questions.push(basis_question(p, purpose)),
            }
            continue;
        }
        match predicates::rests_on(purpose, predicates::task_or_interests) {
            Truth::Yes => {
                reached = true;
                balanced.push(purpose);
            }
            Truth::No => {}
            Truth::Unknown => {
                reached = true;
                d.open_questions.push(basis_question(p, purpose));
            }
        }
    }
    if !balanced.is_empty() {
        weigh(act, &balanced, request, d);
    }
    d.outcome = if !d.stop.is_empty() {
        ObjectionOutcome::Stop
    } else if !d.open_questions.is_empty() {
        ObjectionOutcome::NeedsReview
    } else if reached {
        ObjectionOutcome::Continue
    } else {
        d.reasons.push(Reason::of(
            ReasonCode::ObjectionNotApplicable,
            Citation::article(21).paragraph(1),
        ));
        ObjectionOutcome::NotApplicable
    };
}

/// The balance of Art. 21(1): the controller must stop unless it demonstrates compelling
/// legitimate grounds that override the subject's, or the processing is for legal claims.
fn weigh(
    act: &ProcessingActivity,
    balanced: &[&Purpose],
    request: &ObjectionRequest,
    d: &mut ObjectionDecision,
) {
    let grounds = Truth::from_fact(request.compelling_grounds);
    let claims = Truth::from_fact(request.legal_claims);
    match grounds.or(claims) {
        Truth::Yes => d.reasons.push(Reason::of(
            ReasonCode::CompellingGroundsContinue,
            Citation::article(21).paragraph(1),
        )),
        Truth::No => {
            d.stop.extend(
                balanced
                    .iter()
                    .map(|p| PurposeStop::new(&act.id, &p.id, StopReason::Objection)),
            );
            d.reasons.push(Reason::of(
                ReasonCode::ObjectionStops,
                Citation::article(21).paragraph(1),
            ));
        }
        Truth::Unknown => {
            if grounds.is_unknown() {
                d.open_questions.push(OpenQuestion::of(
                    QuestionCode::CompellingGrounds,
                    "compelling_grounds",
                    Citation::article(21).paragraph(1),
                ));
            }
            if claims.is_unknown() {
                d.open_questions.push(OpenQuestion::of(
                    QuestionCode::LegalClaims,
                    "legal_claims",
                    Citation::article(21).paragraph(1),
                ));
            }
            d.reasons.push(Reason::of(
                ReasonCode::RestrictionWhileVerified,
                Citation::article(18).paragraph(1).point('d'),
            ));
        }
    }
}

/// A request for restriction of processing (Art. 18(1)), with the facts for each ground:
/// `true`, `false`, or absent when not known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a restriction request object")]
#[non_exhaustive]
pub struct RestrictionRequest {
    /// The activity concerned.
    pub activity: String,
    /// The subject contests the accuracy of the data (18(1)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy_contested: Option<bool>,
    /// The processing is unlawful and the subject opposes erasure, asking restriction instead
    /// (18(1)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlawful_and_erasure_opposed: Option<bool>,
    /// The controller no longer needs the data, but the subject needs them for legal claims
    /// (18(1)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by_subject_for_legal_claims: Option<bool>,
    /// The subject objected under Art. 21(1) and the verification of the controller's
    /// grounds is pending (18(1)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection_pending: Option<bool>,
}

impl RestrictionRequest {
    /// A restriction request about this activity, with nothing known yet.
    pub fn new(activity: impl Into<String>) -> RestrictionRequest {
        RestrictionRequest {
            activity: activity.into(),
            ..RestrictionRequest::default()
        }
    }
}

/// What a restriction request leads to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RestrictionOutcome {
    /// Processing must be restricted: the data may only be stored (Art. 18(2)).
    Restrict,
    /// Every ground of Art. 18(1) is ruled out: restriction is not required.
    NotRequired,
    /// No ground is certain and some are unknown: see the open questions.
    NeedsReview,
    /// The organisation is a processor here: the request goes to its client, the controller,
    /// whom it assists (Art. 28(3)(e)).
    ForwardToController,
}

/// The decision on a restriction request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a restriction decision object")]
#[non_exhaustive]
pub struct RestrictionDecision {
    /// The activity.
    pub activity: String,
    /// What the request leads to.
    pub outcome: RestrictionOutcome,
    /// The grounds of Art. 18(1) that apply, each with how long it lasts, and what the
    /// restriction means.
    pub reasons: Vec<Reason>,
    /// Facts to find out.
    pub open_questions: Vec<OpenQuestion>,
}

/// Decides a restriction request under Art. 18.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] if the policy has no such activity, or
/// [`AssessError::DuplicateId`] if it has two.
pub fn assess_restriction(
    policy: &Policy,
    request: &RestrictionRequest,
) -> Result<RestrictionDecision, AssessError> {
    let (_, act) = lookup::activity(policy, &request.activity)?;
    let mut d = RestrictionDecision {
        activity: act.id.clone(),
        outcome: RestrictionOutcome::NotRequired,
        reasons: Vec::new(),
        open_questions: Vec::new(),
    };
    if act.acts_as_processor() {
        d.outcome = RestrictionOutcome::ForwardToController;
        d.reasons.push(Reason::of(
            ReasonCode::ProcessorForwards,
            Citation::article(28).paragraph(3).point('e'),
        ));
        return Ok(d);
    }
    let p = |point| Citation::article(18).paragraph(1).point(point);
    let grounds = [
        (
            request.accuracy_contested,
            'a',
            "accuracy_contested",
            ReasonCode::AccuracyContested,
            QuestionCode::AccuracyContested,
        ),
        (
            request.unlawful_and_erasure_opposed,
            'b',
            "unlawful_and_erasure_opposed",
            ReasonCode::RestrictionInsteadOfErasure,
            QuestionCode::UnlawfulAndErasureOpposed,
        ),
        (
            request.needed_by_subject_for_legal_claims,
            'c',
            "needed_by_subject_for_legal_claims",
            ReasonCode::NeededForSubjectsClaims,
            QuestionCode::NeededBySubjectForLegalClaims,
        ),
        (
            request.objection_pending,
            'd',
            "objection_pending",
            ReasonCode::ObjectionPending,
            QuestionCode::ObjectionPending,
        ),
    ];
    for (fact, point, field, holds, question) in grounds {
        match fact {
            Some(true) => d.reasons.push(Reason::of(holds, p(point))),
            Some(false) => {}
            None => d
                .open_questions
                .push(OpenQuestion::of(question, field, p(point))),
        }
    }
    if !d.reasons.is_empty() {
        d.outcome = RestrictionOutcome::Restrict;
        // Once one ground holds, the others no longer change the answer.
        d.open_questions.clear();
        d.reasons.push(Reason::of(
            ReasonCode::RestrictedMeansStorageOnly,
            Citation::article(18).paragraph(2),
        ));
        d.reasons.push(Reason::of(
            ReasonCode::LiftingAnnounced,
            Citation::article(18).paragraph(3),
        ));
        d.reasons.push(Reason::of(
            ReasonCode::RecipientsToldOfRestriction,
            Citation::article(19),
        ));
    } else if !d.open_questions.is_empty() {
        d.outcome = RestrictionOutcome::NeedsReview;
    } else {
        d.reasons.push(Reason::of(
            ReasonCode::NoGroundForRestriction,
            Citation::article(18).paragraph(1),
        ));
    }
    Ok(d)
}

crate::setters::setters!(ObjectionRequest {
    some compelling_grounds: bool,
    some legal_claims: bool,
});

crate::setters::setters!(RestrictionRequest {
    some accuracy_contested: bool,
    some unlawful_and_erasure_opposed: bool,
    some needed_by_subject_for_legal_claims: bool,
    some objection_pending: bool,
});
