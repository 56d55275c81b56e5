//! Which rights apply to an activity, and why the others do not (Art. 7(3), 13–22, 77).
//!
//! The conditions of each right are data ([`DataSubjectRight::applies_when`]); this module
//! evaluates them against an activity with three values — holds, does not hold, unknown — so
//! that a missing fact (is the processing automated?) yields "needs review", not a guess.
//!
//! # Example
//!
//! ```
//! use gdpr::assess::{assess_rights, Applicability};
//! use gdpr::{DataSubjectRight, Policy};
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let rights = assess_rights(&policy, "bookkeeping").unwrap();
//! let portability = rights.right(DataSubjectRight::Portability).unwrap();
//! // Bookkeeping rests on a legal obligation: no portability (Art. 20(1)(a)).
//! assert_eq!(portability.applies, Applicability::DoesNotApply);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AssessError, OpenQuestion, Reason};
use crate::{
    Art89Purpose, Capacity, Citation, DataSubjectRight, LegalBasis, Policy, ProcessingActivity,
    RightCondition, SpecialCategoryCondition,
};

/// Whether a right applies.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Applicability {
    /// The right applies.
    Applies,
    /// The right does not apply; the reasons say which condition fails.
    DoesNotApply,
    /// It depends on a fact not recorded; see the open questions.
    NeedsReview,
    /// The organisation is a processor for this activity: the right is exercised against its
    /// client, whom it must assist (Art. 28(3)(e)).
    ExercisedAgainstController,
}

/// One right and whether it applies to the activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a right assessment object")]
pub struct RightAssessment {
    /// The right.
    pub right: DataSubjectRight,
    /// Whether it applies.
    pub applies: Applicability,
    /// Why, with the provisions.
    pub reasons: Vec<Reason>,
    /// Facts to find out, when it needs review.
    pub open_questions: Vec<OpenQuestion>,
}

/// The rights of the data subjects of one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a rights decision object")]
pub struct RightsDecision {
    /// The activity.
    pub activity: String,
    /// Every right, in article order.
    pub rights: Vec<RightAssessment>,
}

impl RightsDecision {
    /// The assessment of one right.
    pub fn right(&self, right: DataSubjectRight) -> Option<&RightAssessment> {
        self.rights.iter().find(|r| r.right == right)
    }
}

/// A three-valued truth, for conditions that may depend on unrecorded facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Truth {
    Yes,
    No,
    Unknown,
}

/// Which rights apply to the activity with this id.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] if the policy has no such activity.
pub fn assess_rights(policy: &Policy, activity: &str) -> Result<RightsDecision, AssessError> {
    let act = policy
        .activity(activity)
        .ok_or_else(|| AssessError::UnknownActivity(activity.to_owned()))?;
    let rights = DataSubjectRight::ALL
        .iter()
        .map(|&right| assess_right(policy, act, right))
        .collect();
    Ok(RightsDecision {
        activity: act.id.clone(),
        rights,
    })
}

fn assess_right(
    policy: &Policy,
    act: &ProcessingActivity,
    right: DataSubjectRight,
) -> RightAssessment {
    if act.acting_as == Capacity::Processor {
        return RightAssessment {
            right,
            applies: Applicability::ExercisedAgainstController,
            reasons: vec![Reason::fixed(
                Citation::article(28).paragraph(3).point('e'),
                "the organisation processes these data for a client: the client answers requests, and the processor assists it",
            )],
            open_questions: Vec::new(),
        };
    }
    let mut applies_set = None;
    let mut unknown = Vec::new();
    let mut failing = Vec::new();
    for set in right.applies_when() {
        let mut all_yes = true;
        let mut any_no = None;
        let mut missing = Vec::new();
        for &condition in *set {
            match evaluate(policy, act, condition) {
                Truth::Yes => {}
                Truth::No => {
                    all_yes = false;
                    any_no = any_no.or(Some(condition));
                }
                Truth::Unknown => {
                    all_yes = false;
                    missing.push(condition);
                }
            }
        }
        if all_yes {
            applies_set = Some(*set);
            break;
        }
        match any_no {
            Some(c) => failing.push(c),
            None => unknown.extend(missing),
        }
    }
    let mut reasons = vec![Reason::new(
        right.citation(),
        format!("the right to {}", right.label()),
    )];
    let (applies, open_questions) = if let Some(set) = applies_set {
        reasons.extend(
            set.iter()
                .map(|c| Reason::fixed(c.citation(), holds_text(*c))),
        );
        (Applicability::Applies, Vec::new())
    } else if !unknown.is_empty() {
        unknown.sort();
        let mut questions: Vec<OpenQuestion> = unknown.iter().map(|c| question(*c)).collect();
        questions.dedup();
        (Applicability::NeedsReview, questions)
    } else {
        failing.sort();
        failing.dedup();
        reasons.extend(
            failing
                .iter()
                .map(|c| Reason::fixed(c.citation(), fails_text(*c))),
        );
        (Applicability::DoesNotApply, Vec::new())
    };
    RightAssessment {
        right,
        applies,
        reasons,
        open_questions,
    }
}

fn evaluate(policy: &Policy, act: &ProcessingActivity, condition: RightCondition) -> Truth {
    let bases = || act.purposes.iter().filter_map(|p| p.legal_basis.as_ref());
    let truth = |b: bool| if b { Truth::Yes } else { Truth::No };
    // A purpose without a stated basis might rest on any basis: a condition on the bases
    // that is not already met by a stated one is unknown, not false.
    let some_basis_unknown = act.purposes.iter().any(|p| p.legal_basis.is_none());
    let on_bases = |holds: bool| match (holds, some_basis_unknown) {
        (true, _) => Truth::Yes,
        (false, true) => Truth::Unknown,
        (false, false) => Truth::No,
    };
    match condition {
        RightCondition::BasedOnConsent => on_bases(
            bases().any(|b| *b == LegalBasis::Consent)
                || act
                    .special_category_conditions
                    .contains(&SpecialCategoryCondition::ExplicitConsent),
        ),
        RightCondition::BasedOnContract => on_bases(bases().any(|b| *b == LegalBasis::Contract)),
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => on_bases(bases().any(|b| {
            matches!(
                b,
                LegalBasis::PublicTask { .. } | LegalBasis::LegitimateInterests { .. }
            )
        })),
        RightCondition::NotPublicTask => {
            if bases().any(|b| matches!(b, LegalBasis::PublicTask { .. })) {
                Truth::No
            } else if some_basis_unknown {
                Truth::Unknown
            } else {
                Truth::Yes
            }
        }
        RightCondition::ProvidedBySubject | RightCondition::CollectedFromSubject => truth(
            policy
                .categories_of(act)
                .any(|c| c.origin.obtained_from_subject()),
        ),
        RightCondition::ObtainedElsewhere => truth(
            policy
                .categories_of(act)
                .any(|c| !c.origin.obtained_from_subject()),
        ),
        RightCondition::AutomatedMeans => match act.automated_means {
            Some(b) => truth(b),
            None => Truth::Unknown,
        },
        RightCondition::DirectMarketing => truth(act.purposes.iter().any(|p| p.direct_marketing)),
        RightCondition::ResearchOrStatistics => truth(act.purposes.iter().any(|p| {
            matches!(
                p.archiving_or_research,
                Some(Art89Purpose::ScientificOrHistoricalResearch | Art89Purpose::Statistics)
            )
        })),
        RightCondition::SolelyAutomatedDecision => {
            truth(act.purposes.iter().any(|p| p.automated_decision.is_some()))
        }
    }
}

fn holds_text(c: RightCondition) -> &'static str {
    match c {
        RightCondition::BasedOnConsent => "the processing rests on consent",
        RightCondition::BasedOnContract => "the processing rests on a contract with the data subject",
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => {
            "the processing rests on a public task or on legitimate interests, so the subject may object on grounds relating to their particular situation"
        }
        RightCondition::NotPublicTask => "the processing is not necessary for a task in the public interest",
        RightCondition::ProvidedBySubject => "the data subject provided (some of) the data",
        RightCondition::AutomatedMeans => "the processing is carried out by automated means",
        RightCondition::CollectedFromSubject => "data are collected from the data subject",
        RightCondition::ObtainedElsewhere => "data were obtained from another source",
        RightCondition::DirectMarketing => "data are processed for direct marketing: the objection is absolute (Art. 21(3))",
        RightCondition::ResearchOrStatistics => "data are processed for research or statistics under Art. 89(1)",
        RightCondition::SolelyAutomatedDecision => {
            "solely automated decisions with legal or similarly significant effects are taken"
        }
    }
}

fn fails_text(c: RightCondition) -> &'static str {
    match c {
        RightCondition::BasedOnConsent => "the processing does not rest on consent",
        RightCondition::BasedOnContract => "the processing rests neither on consent nor on a contract with the data subject",
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => {
            "the processing rests neither on a public task nor on legitimate interests"
        }
        RightCondition::NotPublicTask => "the processing is necessary for a task carried out in the public interest or in the exercise of official authority",
        RightCondition::ProvidedBySubject => "none of the data were provided by the data subject",
        RightCondition::AutomatedMeans => "the processing is not carried out by automated means",
        RightCondition::CollectedFromSubject => "no data are collected from the data subject",
        RightCondition::ObtainedElsewhere => "all data are collected from the data subject",
        RightCondition::DirectMarketing => "no data are processed for direct marketing",
        RightCondition::ResearchOrStatistics => "no data are processed for research or statistics",
        RightCondition::SolelyAutomatedDecision => "no solely automated decisions are taken",
    }
}

fn question(c: RightCondition) -> OpenQuestion {
    match c {
        RightCondition::AutomatedMeans => OpenQuestion::fixed(
            "automated_means",
            "is the processing carried out by automated means?",
            c.citation(),
        ),
        RightCondition::BasedOnConsent
        | RightCondition::BasedOnContract
        | RightCondition::BasedOnPublicTaskOrLegitimateInterests
        | RightCondition::NotPublicTask => OpenQuestion::fixed(
            "legal_basis",
            "on which lawful basis of Art. 6(1) does each purpose of the activity rest?",
            Citation::article(6).paragraph(1),
        ),
        _ => OpenQuestion::fixed(
            "activity",
            "a fact about the activity is not recorded",
            c.citation(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn webshop() -> Policy {
        Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap()
    }

    fn applies(policy: &Policy, activity: &str, right: DataSubjectRight) -> Applicability {
        assess_rights(policy, activity)
            .unwrap()
            .right(right)
            .unwrap()
            .applies
    }

    #[test]
    fn consent_based_provided_automated_data_are_portable() {
        assert_eq!(
            applies(&webshop(), "newsletter", DataSubjectRight::Portability),
            Applicability::Applies
        );
        assert_eq!(
            applies(&webshop(), "orders", DataSubjectRight::Portability),
            Applicability::Applies
        );
    }

    #[test]
    fn public_tasks_get_no_portability_even_on_consent() {
        let mut p = webshop();
        let public_task = crate::Purpose {
            legal_basis: Some(LegalBasis::PublicTask {
                legal_reference: Some("law".into()),
            }),
            ..p.activities[0].purposes[0].clone()
        };
        p.activities[0].purposes.push(public_task);
        let d = assess_rights(&p, "newsletter").unwrap();
        let portability = d.right(DataSubjectRight::Portability).unwrap();
        assert_eq!(portability.applies, Applicability::DoesNotApply);
        assert!(portability
            .reasons
            .iter()
            .any(|r| r.citation.to_string() == "Art. 20(3)"));
    }

    #[test]
    fn unknown_automation_makes_portability_a_question() {
        let mut p = webshop();
        p.activities[0].automated_means = None;
        let d = assess_rights(&p, "newsletter").unwrap();
        let portability = d.right(DataSubjectRight::Portability).unwrap();
        assert_eq!(portability.applies, Applicability::NeedsReview);
        assert_eq!(portability.open_questions[0].field, "automated_means");
    }

    #[test]
    fn objection_applies_to_direct_marketing_and_legitimate_interests_only() {
        let p = webshop();
        assert_eq!(
            applies(&p, "newsletter", DataSubjectRight::Object),
            Applicability::Applies
        );
        assert_eq!(
            applies(&p, "orders", DataSubjectRight::Object),
            Applicability::DoesNotApply
        );
        assert_eq!(
            applies(&p, "bookkeeping", DataSubjectRight::Object),
            Applicability::DoesNotApply
        );
    }

    #[test]
    fn withdrawal_of_consent_only_where_consent_is_the_basis() {
        let p = webshop();
        assert_eq!(
            applies(&p, "newsletter", DataSubjectRight::WithdrawConsent),
            Applicability::Applies
        );
        assert_eq!(
            applies(&p, "orders", DataSubjectRight::WithdrawConsent),
            Applicability::DoesNotApply
        );
    }

    #[test]
    fn access_and_complaint_always_apply() {
        let p = webshop();
        for activity in ["newsletter", "orders", "bookkeeping"] {
            assert_eq!(
                applies(&p, activity, DataSubjectRight::Access),
                Applicability::Applies
            );
            assert_eq!(
                applies(&p, activity, DataSubjectRight::Complaint),
                Applicability::Applies
            );
        }
    }

    #[test]
    fn a_processor_refers_rights_to_its_client() {
        let mut p = webshop();
        p.activities[1].acting_as = Capacity::Processor;
        assert_eq!(
            applies(&p, "orders", DataSubjectRight::Access),
            Applicability::ExercisedAgainstController
        );
    }
}
