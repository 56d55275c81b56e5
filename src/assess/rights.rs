//! Which rights apply to an activity, and why the others do not (Art. 7(3), 13–22, 77).
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/rights.md`), where users read it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{lookup, AssessError, OpenQuestion, Reason};
use crate::explain::{Params, QuestionCode, ReasonCode};
use crate::predicates::{self, Truth};
use crate::{
    Citation, DataCategory, DataSubjectRight, InformationExemption, LegalBasis, Policy,
    ProcessingActivity, Purpose, RightCondition,
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
#[non_exhaustive]
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
#[non_exhaustive]
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

/// Which rights apply to the activity with this id.
///
/// Conditions about a purpose (its basis, direct marketing, research) are judged purpose by
/// purpose: a right applies when, for one purpose, every condition of one of its sets holds.
/// So a public task keeps portability from its own purpose (Art. 20(3)) but not from a
/// consent purpose of the same activity. A right that does not apply lists every condition
/// that fails, each with its own article.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] if the policy has no such activity, or
/// [`AssessError::DuplicateId`] if it has two.
pub fn assess_rights(policy: &Policy, activity: &str) -> Result<RightsDecision, AssessError> {
    let (index, act) = lookup::activity(policy, activity)?;
    let rights = DataSubjectRight::ALL
        .iter()
        .map(|&right| assess_right(policy, index, act, right))
        .collect();
    Ok(RightsDecision {
        activity: act.id.clone(),
        rights,
    })
}

/// How the conditions of a right fare for an activity, without the reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Judged {
    /// A processor's activity: the controller answers.
    Forwarded,
    /// The right turns on purposes and the activity records none.
    NoPurposes,
    /// Every condition of this set holds, for one purpose (or for none, when the set is about
    /// no purpose).
    Applies(&'static [RightCondition]),
    /// No set holds; some turn on an unknown fact.
    Unknown,
    /// Every set fails.
    Fails,
}

impl Judged {
    fn applicability(self) -> Applicability {
        match self {
            Judged::Forwarded => Applicability::ExercisedAgainstController,
            Judged::NoPurposes | Judged::Unknown => Applicability::NeedsReview,
            Judged::Applies(_) => Applicability::Applies,
            Judged::Fails => Applicability::DoesNotApply,
        }
    }
}

/// The rule of a right, in one place: each set of its conditions is tried for each purpose
/// (once, for a set about no purpose); the first that holds entirely makes the right apply.
/// `missed` hears of every set and purpose that did not hold, with its truth, so that the
/// explained decision can name the conditions; the verdict ignores it and allocates nothing.
fn judge(
    policy: &Policy,
    act: &ProcessingActivity,
    right: DataSubjectRight,
    mut missed: impl FnMut(&'static [RightCondition], Option<&Purpose>, Truth),
) -> Judged {
    if act.acts_as_processor() {
        return Judged::Forwarded;
    }
    let sets = right.applies_when();
    let about_purposes = sets
        .iter()
        .any(|set| set.iter().any(|c| c.is_about_a_purpose()));
    if about_purposes && act.purposes.is_empty() {
        return Judged::NoPurposes;
    }
    let mut unknown = false;
    for set in sets {
        let mut try_with = |purpose: Option<&Purpose>| {
            let all = set.iter().fold(Truth::Yes, |all, &c| {
                all.and(evaluate(policy, act, purpose, c))
            });
            if !all.is_yes() {
                unknown |= all.is_unknown();
                missed(set, purpose, all);
            }
            all.is_yes()
        };
        let holds = if about_purposes {
            act.purposes.iter().any(|p| try_with(Some(p)))
        } else {
            try_with(None)
        };
        if holds {
            return Judged::Applies(set);
        }
    }
    if unknown {
        Judged::Unknown
    } else {
        Judged::Fails
    }
}

fn assess_right(
    policy: &Policy,
    index: usize,
    act: &ProcessingActivity,
    right: DataSubjectRight,
) -> RightAssessment {
    let mut reasons = vec![Reason::with(
        ReasonCode::Right,
        right.citation(),
        Params {
            right: Some(right),
            ..Params::default()
        },
    )];
    let mut failing: Vec<RightCondition> = Vec::new();
    let mut unknown: Vec<(RightCondition, Option<(usize, String)>)> = Vec::new();
    let judged = judge(policy, act, right, |set, purpose, all| {
        let truths = set.iter().map(|&c| (c, evaluate(policy, act, purpose, c)));
        if all.is_no() {
            failing.extend(truths.filter(|(_, t)| t.is_no()).map(|(c, _)| c));
        } else {
            let p = purpose.and_then(|p| {
                act.purposes
                    .iter()
                    .position(|x| x.id == p.id)
                    .map(|i| (i, p.id.clone()))
            });
            unknown.extend(
                truths
                    .filter(|(_, t)| t.is_unknown())
                    .map(|(c, _)| (c, p.clone())),
            );
        }
    });
    let applies = judged.applicability();
    let mut open_questions = Vec::new();
    match judged {
        Judged::Forwarded => reasons.push(Reason::of(
            ReasonCode::ProcessorForwards,
            Citation::article(28).paragraph(3).point('e'),
        )),
        Judged::NoPurposes => open_questions.push(OpenQuestion::of(
            QuestionCode::Purposes,
            format!("activities[{index}].purposes"),
            Citation::article(5).paragraph(1).point('b'),
        )),
        Judged::Applies(set) => {
            reasons.extend(
                set.iter()
                    .map(|c| condition(ReasonCode::ConditionHolds, *c, right)),
            );
            if right == DataSubjectRight::Portability {
                reasons.extend(public_task_purposes(act));
            }
        }
        Judged::Unknown => {
            for (c, p) in unknown {
                let q = question(c, index, p);
                if !open_questions.contains(&q) {
                    open_questions.push(q);
                }
            }
        }
        Judged::Fails => {
            failing.sort();
            failing.dedup();
            reasons.extend(
                failing
                    .iter()
                    .map(|c| condition(ReasonCode::ConditionFails, *c, right)),
            );
            if right == DataSubjectRight::InformationFromOtherSource {
                reasons.extend(information_exemptions(policy, act));
            }
        }
    }
    RightAssessment {
        right,
        applies,
        reasons,
        open_questions,
    }
}

/// Whether each right applies to an activity, as codes: what [`assess_rights`] decides,
/// without the reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RightsVerdict {
    applies: [Applicability; DataSubjectRight::ALL.len()],
}

impl RightsVerdict {
    /// Whether `right` applies.
    pub fn applies(&self, right: DataSubjectRight) -> Applicability {
        DataSubjectRight::ALL
            .iter()
            .zip(self.applies)
            .find(|(r, _)| **r == right)
            .map_or(Applicability::NeedsReview, |(_, a)| a)
    }

    /// Every right with whether it applies, in article order.
    pub fn iter(&self) -> impl Iterator<Item = (DataSubjectRight, Applicability)> + '_ {
        DataSubjectRight::ALL.iter().copied().zip(self.applies)
    }
}

/// Which rights apply to the activity with this id, as [`assess_rights`] decides, without
/// allocating.
///
/// # Errors
///
/// As [`assess_rights`].
///
/// # Example
///
/// ```
/// use gdpr::assess::{assess_rights, rights_verdict, Applicability};
/// use gdpr::{DataSubjectRight, Policy};
///
/// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
/// let verdict = rights_verdict(&policy, "bookkeeping").unwrap();
/// assert_eq!(verdict.applies(DataSubjectRight::Portability), Applicability::DoesNotApply);
/// let explained = assess_rights(&policy, "bookkeeping").unwrap();
/// assert!(verdict.iter().zip(&explained.rights).all(|((_, a), r)| a == r.applies));
/// ```
pub fn rights_verdict(policy: &Policy, activity: &str) -> Result<RightsVerdict, AssessError> {
    let (_, act) = lookup::activity(policy, activity)?;
    Ok(rights_of(policy, act))
}

/// The verdict for a resolved activity.
pub(crate) fn rights_of(policy: &Policy, act: &ProcessingActivity) -> RightsVerdict {
    let mut applies = [Applicability::NeedsReview; DataSubjectRight::ALL.len()];
    for (slot, right) in applies.iter_mut().zip(DataSubjectRight::ALL) {
        *slot = judge(policy, act, right, |_, _, _| {}).applicability();
    }
    RightsVerdict { applies }
}

/// Art. 20(3): portability never reaches processing for a public task, even in an activity
/// where another purpose carries it.
fn public_task_purposes(act: &ProcessingActivity) -> impl Iterator<Item = Reason> + '_ {
    act.purposes
        .iter()
        .filter(|p| predicates::rests_on(p, predicates::public_task).is_yes())
        .map(|p| {
            Reason::with(
                ReasonCode::PortabilityNotForPublicTask,
                Citation::article(20).paragraph(3),
                Params {
                    purpose: Some(p.id.clone()),
                    ..Params::default()
                },
            )
        })
}

/// The data a condition about data is judged on: what the purpose needs, when it says, or the
/// activity's data.
fn data_of<'a>(
    policy: &'a Policy,
    act: &'a ProcessingActivity,
    purpose: Option<&'a Purpose>,
) -> impl Iterator<Item = &'a DataCategory> + 'a {
    policy.categories_of(act).filter(move |c| {
        purpose.is_none_or(|p| p.data_categories.is_empty() || p.data_categories.contains(&c.id))
    })
}

fn evaluate(
    policy: &Policy,
    act: &ProcessingActivity,
    purpose: Option<&Purpose>,
    condition: RightCondition,
) -> Truth {
    let on = |test: fn(&LegalBasis) -> bool| {
        purpose.map_or(Truth::No, |p| predicates::rests_on(p, test))
    };
    let is = |test: fn(&Purpose) -> bool| Truth::of(purpose.is_some_and(test));
    match condition {
        RightCondition::BasedOnConsent => {
            on(predicates::consent).or(Truth::of(predicates::on_explicit_consent(act)))
        }
        RightCondition::BasedOnContract => on(predicates::contract),
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => on(predicates::task_or_interests),
        RightCondition::NotPublicTask => on(predicates::public_task).not(),
        RightCondition::ProvidedBySubject | RightCondition::CollectedFromSubject => {
            Truth::of(data_of(policy, act, purpose).any(|c| c.origin.obtained_from_subject()))
        }
        RightCondition::ObtainedElsewhere => Truth::of(
            data_of(policy, act, purpose)
                .any(|c| c.origin.obtained_elsewhere() && c.information_exemption.is_none()),
        ),
        RightCondition::AutomatedMeans => Truth::from_fact(act.automated_means),
        RightCondition::DirectMarketing => is(|p| p.direct_marketing),
        RightCondition::ResearchOrStatistics => is(predicates::research_or_statistics),
        RightCondition::SolelyAutomatedDecision => is(|p| p.automated_decision.is_some()),
    }
}

/// Why Art. 14 does not apply to data obtained elsewhere: the exemptions of Art. 14(5) the
/// controller relies on.
fn information_exemptions(policy: &Policy, act: &ProcessingActivity) -> Vec<Reason> {
    let mut exemptions: Vec<InformationExemption> = policy
        .categories_of(act)
        .filter(|c| c.origin.obtained_elsewhere())
        .filter_map(|c| c.information_exemption)
        .collect();
    exemptions.sort();
    exemptions.dedup();
    exemptions
        .into_iter()
        .map(|e| {
            Reason::with(
                ReasonCode::InformationExemption,
                e.citation(),
                Params {
                    exemption: Some(e),
                    ..Params::default()
                },
            )
        })
        .collect()
}

/// A condition of a right, holding or failing, with the article that sets it for that right.
fn condition(code: ReasonCode, c: RightCondition, right: DataSubjectRight) -> Reason {
    Reason::with(
        code,
        c.citation_in(right),
        Params {
            condition: Some(c),
            ..Params::default()
        },
    )
}

fn question(c: RightCondition, index: usize, purpose: Option<(usize, String)>) -> OpenQuestion {
    match (c, purpose) {
        (RightCondition::AutomatedMeans, _) => OpenQuestion::of(
            QuestionCode::AutomatedMeans,
            format!("activities[{index}].automated_means"),
            c.citation(),
        ),
        (_, Some((p, id))) => OpenQuestion::with(
            QuestionCode::PurposeBasis,
            format!("activities[{index}].purposes[{p}].legal_basis"),
            Citation::article(6).paragraph(1),
            Params {
                purpose: Some(id),
                ..Params::default()
            },
        ),
        (_, None) => OpenQuestion::of(
            QuestionCode::Purposes,
            format!("activities[{index}].purposes"),
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

    fn public_task(id: &str) -> crate::Purpose {
        crate::Purpose {
            id: id.into(),
            legal_basis: Some(LegalBasis::PublicTask {
                legal_reference: Some("law".into()),
            }),
            ..webshop().activities[0].purposes[0].clone()
        }
    }

    fn cites(assessment: &RightAssessment, citation: &str) -> bool {
        assessment
            .reasons
            .iter()
            .any(|r| r.citation.to_string() == citation)
    }

    #[test]
    fn a_public_task_takes_portability_from_its_own_purpose_only() {
        let mut p = webshop();
        p.activities[0].purposes.push(public_task("task"));
        let d = assess_rights(&p, "newsletter").unwrap();
        let portability = d.right(DataSubjectRight::Portability).unwrap();
        // The consent purpose keeps the right; Art. 20(3) names the task it does not reach.
        assert_eq!(portability.applies, Applicability::Applies);
        assert!(cites(portability, "Art. 20(3)"));
    }

    #[test]
    fn portability_for_a_public_task_fails_on_every_condition_with_its_article() {
        let mut p = webshop();
        p.activities[0].purposes = vec![public_task("task")];
        let d = assess_rights(&p, "newsletter").unwrap();
        let portability = d.right(DataSubjectRight::Portability).unwrap();
        assert_eq!(portability.applies, Applicability::DoesNotApply);
        assert!(cites(portability, "Art. 20(1)(a)"));
        assert!(cites(portability, "Art. 20(3)"));
    }

    #[test]
    fn withdrawal_of_consent_cites_article_7_3_not_20() {
        let d = assess_rights(&webshop(), "orders").unwrap();
        let withdraw = d.right(DataSubjectRight::WithdrawConsent).unwrap();
        assert_eq!(withdraw.applies, Applicability::DoesNotApply);
        assert!(cites(withdraw, "Art. 7(3)"));
        assert!(!cites(withdraw, "Art. 20(1)(a)"));
    }

    #[test]
    fn derived_data_are_not_obtained_from_another_source() {
        // The bookkeeping's invoices are derived by the controller: Art. 14 is not triggered.
        let d = assess_rights(&webshop(), "bookkeeping").unwrap();
        let art14 = d
            .right(DataSubjectRight::InformationFromOtherSource)
            .unwrap();
        assert_eq!(art14.applies, Applicability::DoesNotApply);
    }

    #[test]
    fn an_exemption_of_article_14_5_is_a_recorded_fact() {
        let mut p = webshop();
        p.data_categories[2].origin = crate::Origin::OtherSource;
        let d = assess_rights(&p, "bookkeeping").unwrap();
        let art14 = d
            .right(DataSubjectRight::InformationFromOtherSource)
            .unwrap();
        assert_eq!(art14.applies, Applicability::Applies);
        p.data_categories[2].information_exemption =
            Some(crate::InformationExemption::LaidDownByLaw);
        let d = assess_rights(&p, "bookkeeping").unwrap();
        let art14 = d
            .right(DataSubjectRight::InformationFromOtherSource)
            .unwrap();
        assert_eq!(art14.applies, Applicability::DoesNotApply);
        assert!(cites(art14, "Art. 14(5)(c)"));
    }

    #[test]
    fn an_activity_without_purposes_is_a_question_not_a_refusal() {
        let mut p = webshop();
        p.activities[0].purposes.clear();
        let d = assess_rights(&p, "newsletter").unwrap();
        for right in [
            DataSubjectRight::WithdrawConsent,
            DataSubjectRight::Portability,
            DataSubjectRight::Object,
        ] {
            assert_eq!(d.right(right).unwrap().applies, Applicability::NeedsReview);
        }
        assert_eq!(
            d.right(DataSubjectRight::Access).unwrap().applies,
            Applicability::Applies
        );
    }

    #[test]
    fn unknown_automation_makes_portability_a_question() {
        let mut p = webshop();
        p.activities[0].automated_means = None;
        let d = assess_rights(&p, "newsletter").unwrap();
        let portability = d.right(DataSubjectRight::Portability).unwrap();
        assert_eq!(portability.applies, Applicability::NeedsReview);
        assert_eq!(
            portability.open_questions[0].field,
            "activities[0].automated_means"
        );
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
        p.activities[1].acting_as = crate::Capacity::Processor;
        assert_eq!(
            applies(&p, "orders", DataSubjectRight::Access),
            Applicability::ExercisedAgainstController
        );
    }
}
