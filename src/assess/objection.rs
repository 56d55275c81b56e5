//! Objection (Art. 21) and restriction (Art. 18): what must stop, and what must pause.
//!
//! # Example: direct marketing stops, whatever the grounds
//!
//! ```
//! use gdpr::assess::{assess_objection, ObjectionKind, ObjectionOutcome, ObjectionRequest};
//! use gdpr::Policy;
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let request = ObjectionRequest::new("newsletter", ObjectionKind::DirectMarketing);
//! let decision = assess_objection(&policy, &request).unwrap();
//! assert_eq!(decision.outcome, ObjectionOutcome::Stop);
//! assert_eq!(decision.reasons[0].citation.to_string(), "Art. 21(3)");
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::erasure::ObjectionKind;
use super::{AssessError, OpenQuestion, Reason};
use crate::{Art89Purpose, Capacity, Citation, LegalBasis, Policy};

/// An objection to one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an objection request object")]
pub struct ObjectionRequest {
    /// The activity objected to.
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
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ObjectionOutcome {
    /// The processing for the purposes listed must stop.
    Stop,
    /// The processing may continue: the reasons say why.
    Continue,
    /// It depends on facts not given: the controller may continue only if it demonstrates
    /// compelling grounds or legal claims; the subject may ask restriction meanwhile
    /// (Art. 18(1)(d)).
    NeedsReview,
    /// The right to object does not reach this processing.
    NotApplicable,
}

/// The decision on an objection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an objection decision object")]
pub struct ObjectionDecision {
    /// The activity.
    pub activity: String,
    /// What the objection does.
    pub outcome: ObjectionOutcome,
    /// The purposes whose processing must stop, when the outcome is `stop`.
    pub purposes_to_stop: Vec<String>,
    /// Why.
    pub reasons: Vec<Reason>,
    /// Facts to find out.
    pub open_questions: Vec<OpenQuestion>,
}

/// Decides an objection under Art. 21.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] if the policy has no such activity.
pub fn assess_objection(
    policy: &Policy,
    request: &ObjectionRequest,
) -> Result<ObjectionDecision, AssessError> {
    let act = policy
        .activity(&request.activity)
        .ok_or_else(|| AssessError::UnknownActivity(request.activity.clone()))?;
    let mut d = ObjectionDecision {
        activity: act.id.clone(),
        outcome: ObjectionOutcome::NotApplicable,
        purposes_to_stop: Vec::new(),
        reasons: Vec::new(),
        open_questions: Vec::new(),
    };
    if act.acting_as == Capacity::Processor {
        d.reasons.push(Reason::fixed(
            Citation::article(28).paragraph(3).point('e'),
            "the organisation is a processor for this activity: the objection goes to the controller, whom it assists",
        ));
        return Ok(d);
    }
    match request.kind {
        ObjectionKind::DirectMarketing => {
            d.purposes_to_stop = act
                .purposes
                .iter()
                .filter(|p| p.direct_marketing)
                .map(|p| p.id.clone())
                .collect();
            if d.purposes_to_stop.is_empty() {
                d.reasons.push(Reason::fixed(
                    Citation::article(21).paragraph(2),
                    "the activity does not process data for direct marketing",
                ));
            } else {
                d.outcome = ObjectionOutcome::Stop;
                d.reasons.push(Reason::fixed(
                    Citation::article(21).paragraph(3),
                    "the subject objects to direct marketing: the data may no longer be processed for it; no balancing of interests, no exception",
                ));
            }
        }
        ObjectionKind::ParticularSituation => {
            let research: Vec<_> = act
                .purposes
                .iter()
                .filter(|p| {
                    matches!(
                        p.archiving_or_research,
                        Some(
                            Art89Purpose::ScientificOrHistoricalResearch | Art89Purpose::Statistics
                        )
                    )
                })
                .collect();
            let balanced: Vec<_> = act
                .purposes
                .iter()
                .filter(|p| !research.iter().any(|r| r.id == p.id))
                .filter(|p| {
                    matches!(
                        p.legal_basis,
                        Some(
                            LegalBasis::PublicTask { .. } | LegalBasis::LegitimateInterests { .. }
                        )
                    )
                })
                .collect();
            for p in &research {
                if matches!(p.legal_basis, Some(LegalBasis::PublicTask { .. })) {
                    d.reasons.push(Reason::new(
                        Citation::article(21).paragraph(6),
                        format!("`{}` is research or statistics necessary for a task carried out in the public interest: the objection does not reach it", p.id),
                    ));
                } else {
                    d.purposes_to_stop.push(p.id.clone());
                    d.reasons.push(Reason::new(
                        Citation::article(21).paragraph(6),
                        format!("`{}` is research or statistics under Art. 89(1), not for a public-interest task: the objection stops it", p.id),
                    ));
                }
            }
            if !balanced.is_empty() {
                let override_ok =
                    request.compelling_grounds == Some(true) || request.legal_claims == Some(true);
                let neither = request.compelling_grounds == Some(false)
                    && request.legal_claims == Some(false);
                if override_ok {
                    d.reasons.push(Reason::fixed(
                        Citation::article(21).paragraph(1),
                        "the controller demonstrates compelling legitimate grounds that override the subject's interests, or the processing is needed for legal claims: it may continue",
                    ));
                } else if neither {
                    d.purposes_to_stop
                        .extend(balanced.iter().map(|p| p.id.clone()));
                    d.reasons.push(Reason::fixed(
                        Citation::article(21).paragraph(1),
                        "the processing rests on Art. 6(1)(e) or (f), and the controller demonstrates neither compelling overriding grounds nor legal claims: it must stop",
                    ));
                } else {
                    if request.compelling_grounds.is_none() {
                        d.open_questions.push(OpenQuestion::fixed(
                            "compelling_grounds",
                            "can the controller demonstrate compelling legitimate grounds that override the subject's interests, rights and freedoms?",
                            Citation::article(21).paragraph(1),
                        ));
                    }
                    if request.legal_claims.is_none() {
                        d.open_questions.push(OpenQuestion::fixed(
                            "legal_claims",
                            "is the processing needed for the establishment, exercise or defence of legal claims?",
                            Citation::article(21).paragraph(1),
                        ));
                    }
                    d.reasons.push(Reason::fixed(
                        Citation::article(18).paragraph(1).point('d'),
                        "while it is verified whether the controller's grounds override the subject's, the subject may obtain restriction of processing",
                    ));
                }
            }
            d.outcome = if !d.purposes_to_stop.is_empty() {
                ObjectionOutcome::Stop
            } else if !d.open_questions.is_empty() {
                ObjectionOutcome::NeedsReview
            } else if !balanced.is_empty() || !research.is_empty() {
                ObjectionOutcome::Continue
            } else {
                d.reasons.push(Reason::fixed(
                    Citation::article(21).paragraph(1),
                    "an objection on grounds of a particular situation reaches only processing based on Art. 6(1)(e) or (f), or research and statistics (Art. 21(6))",
                ));
                ObjectionOutcome::NotApplicable
            };
        }
    }
    d.purposes_to_stop.sort();
    Ok(d)
}

/// A request for restriction of processing (Art. 18(1)), with the facts for each ground.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a restriction request object")]
pub struct RestrictionRequest {
    /// The activity concerned.
    pub activity: String,
    /// The subject contests the accuracy of the data (18(1)(a)).
    #[serde(default)]
    pub accuracy_contested: bool,
    /// The processing is unlawful and the subject asks restriction instead of erasure
    /// (18(1)(b)).
    #[serde(default)]
    pub unlawful_and_erasure_opposed: bool,
    /// The controller no longer needs the data, but the subject needs them for legal claims
    /// (18(1)(c)).
    #[serde(default)]
    pub needed_by_subject_for_legal_claims: bool,
    /// The subject objected under Art. 21(1) and the verification of the controller's
    /// grounds is pending (18(1)(d)).
    #[serde(default)]
    pub objection_pending: bool,
}

/// The decision on a restriction request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a restriction decision object")]
pub struct RestrictionDecision {
    /// The activity.
    pub activity: String,
    /// Whether processing must be restricted.
    pub restrict: bool,
    /// The grounds of Art. 18(1) that apply, each with how long it lasts, and what the
    /// restriction means.
    pub reasons: Vec<Reason>,
}

/// Decides a restriction request under Art. 18.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] if the policy has no such activity.
pub fn assess_restriction(
    policy: &Policy,
    request: &RestrictionRequest,
) -> Result<RestrictionDecision, AssessError> {
    let act = policy
        .activity(&request.activity)
        .ok_or_else(|| AssessError::UnknownActivity(request.activity.clone()))?;
    let p = |point| Citation::article(18).paragraph(1).point(point);
    let mut reasons = Vec::new();
    if request.accuracy_contested {
        reasons.push(Reason::fixed(p('a'), "the subject contests the accuracy of the data: restrict for the period that lets the controller verify it"));
    }
    if request.unlawful_and_erasure_opposed {
        reasons.push(Reason::fixed(p('b'), "the processing is unlawful and the subject opposes erasure, asking restriction instead"));
    }
    if request.needed_by_subject_for_legal_claims {
        reasons.push(Reason::fixed(p('c'), "the controller no longer needs the data, but the subject needs them for legal claims: keep them, restricted"));
    }
    if request.objection_pending {
        reasons.push(Reason::fixed(p('d'), "an objection under Art. 21(1) is pending: restrict until it is verified whether the controller's grounds override the subject's"));
    }
    let restrict = !reasons.is_empty();
    if restrict {
        reasons.push(Reason::fixed(
            Citation::article(18).paragraph(2),
            "while restricted, the data may only be stored, or processed with the subject's consent, for legal claims, to protect another person's rights, or for important reasons of public interest",
        ));
        reasons.push(Reason::fixed(
            Citation::article(18).paragraph(3),
            "the subject is told before the restriction is lifted",
        ));
        reasons.push(Reason::fixed(
            Citation::article(19),
            "each recipient is told of the restriction, unless impossible or disproportionate",
        ));
    } else {
        reasons.push(Reason::fixed(
            Citation::article(18).paragraph(1),
            "none of the grounds for restriction applies",
        ));
    }
    Ok(RestrictionDecision {
        activity: act.id.clone(),
        restrict,
        reasons,
    })
}
