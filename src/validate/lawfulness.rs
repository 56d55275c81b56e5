//! Lawfulness: a basis for every purpose (Art. 6), a condition for special categories
//! (Art. 9), authority for criminal data (Art. 10), a law for national numbers (Art. 87),
//! and a ground for solely automated decisions (Art. 22).

use super::{ActivityPath, Ctx, FindingCode};
use crate::explain::Params;
use crate::predicates::{defects, in_performance_of_public_tasks, Defect};
use crate::{Citation, ConsentAges, LegalBasis, Policy, ProcessingActivity, Purpose};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    if policy.activities.is_empty() {
        ctx.error(
            FindingCode::NoActivities,
            "activities".to_owned(),
            Citation::article(30).paragraph(1),
            Params::default(),
        );
    }
    for (i, activity) in policy.activities.iter().enumerate() {
        let at = ActivityPath(i);
        let of_activity = || Params {
            activity: Some(activity.id.clone()),
            ..Params::default()
        };
        if activity.purposes.is_empty() {
            ctx.error(
                FindingCode::NoPurpose,
                format!("{at}.purposes"),
                Citation::article(5).paragraph(1).point('b'),
                of_activity(),
            );
        }
        if activity.data_categories.is_empty() {
            ctx.error(
                FindingCode::NoDataCategories,
                format!("{at}.data_categories"),
                Citation::article(30).paragraph(1).point('c'),
                of_activity(),
            );
        }
        // A processor's client answers for the lawfulness of what it asks; the processor
        // acts on its documented instructions (Art. 28(3)(a), 29).
        if activity.acts_as_processor() {
            continue;
        }
        let mut reported = [false; 3];
        for defect in defects(policy, activity) {
            let cite = defect.citation();
            let purpose = |p: usize| Params {
                activity: Some(activity.id.clone()),
                purpose: activity.purposes.get(p).map(|x| x.id.clone()),
                ..Params::default()
            };
            let category = |c: &crate::DataCategory| Params {
                activity: Some(activity.id.clone()),
                data_category: Some(c.id.clone()),
                special_category: c.special_category,
                ..Params::default()
            };
            match defect {
                Defect::NoBasis(p) => {
                    let collection = activity
                        .purposes
                        .get(p)
                        .map(|further| collection_purposes(policy, activity, further))
                        .unwrap_or_default();
                    if collection.is_empty() {
                        ctx.error(
                            FindingCode::MissingLegalBasis,
                            format!("{at}.purposes[{p}].legal_basis"),
                            cite,
                            purpose(p),
                        );
                    } else {
                        ctx.warning(
                            FindingCode::CompatibleFurtherProcessing,
                            format!("{at}.purposes[{p}].legal_basis"),
                            Citation::article(5).paragraph(1).point('b'),
                            Params {
                                ids: collection,
                                ..purpose(p)
                            },
                        );
                    }
                }
                Defect::LegitimateInterestsOfPublicAuthority(p) => ctx.error(
                    FindingCode::LegitimateInterestsByPublicAuthority,
                    format!("{at}.purposes[{p}].legal_basis"),
                    cite,
                    purpose(p),
                ),
                // One finding per activity for each kind of data: the fix is one field.
                Defect::SpecialCategoryWithoutCondition(c) => {
                    if !std::mem::replace(&mut reported[0], true) {
                        ctx.error(
                            FindingCode::SpecialCategoryWithoutCondition,
                            format!("{at}.special_category_conditions"),
                            cite,
                            category(c),
                        );
                    }
                }
                Defect::CriminalDataWithoutAuthorisation(c) => {
                    if !std::mem::replace(&mut reported[1], true) {
                        ctx.error(
                            FindingCode::CriminalDataWithoutAuthorisation,
                            format!("{at}.criminal_data_authorisation"),
                            cite,
                            category(c),
                        );
                    }
                }
                Defect::NationalNumberWithoutLaw(c) => {
                    if !std::mem::replace(&mut reported[2], true) {
                        ctx.error(
                            FindingCode::NationalNumberWithoutLaw,
                            format!("{at}.national_number_law"),
                            cite,
                            category(c),
                        );
                    }
                }
                Defect::AutomatedDecisionWithoutGround(p) => ctx.error(
                    FindingCode::AutomatedDecisionWithoutGround,
                    format!("{at}.purposes[{p}].automated_decision.ground"),
                    cite,
                    purpose(p),
                ),
                Defect::AutomatedDecisionOnSpecialCategories(p) => ctx.error(
                    FindingCode::AutomatedDecisionOnSpecialCategories,
                    format!("{at}.purposes[{p}].automated_decision"),
                    cite,
                    purpose(p),
                ),
            }
        }
        for (p, purpose) in activity.purposes.iter().enumerate() {
            let here = || format!("{at}.purposes[{p}].legal_basis");
            let params = || Params {
                activity: Some(activity.id.clone()),
                purpose: Some(purpose.id.clone()),
                ..Params::default()
            };
            if let Some(basis) = &purpose.legal_basis {
                documented_basis(
                    ctx,
                    &here,
                    &params,
                    basis,
                    in_performance_of_public_tasks(policy, purpose),
                );
            }
            if purpose.offered_to_children && purpose.legal_basis == Some(LegalBasis::Consent) {
                let country = policy.controller.establishment;
                let age = ctx.consent_ages.age(&country);
                ctx.warning(
                    FindingCode::ChildConsent,
                    format!("{at}.purposes[{p}].offered_to_children"),
                    ConsentAges::citation(),
                    Params {
                        count: Some(u32::from(age)),
                        country: Some(country),
                        ..params()
                    },
                );
            }
        }
    }
}

/// What the record must say about a basis besides its lawfulness: the law behind 6(1)(c) and
/// (e) (Art. 6(3)) and the interest behind 6(1)(f) (Art. 13(1)(d)). A public authority's
/// legitimate interests for its tasks are a defect, reported above.
fn documented_basis(
    ctx: &mut Ctx<'_>,
    here: &dyn Fn() -> String,
    params: &dyn Fn() -> Params,
    basis: &LegalBasis,
    public_task: bool,
) {
    match basis {
        LegalBasis::LegitimateInterests { interest: None } if !public_task => {
            ctx.warning(
                FindingCode::MissingLegitimateInterest,
                format!("{}.interest", here()),
                Citation::article(13).paragraph(1).point('d'),
                params(),
            );
        }
        LegalBasis::LegalObligation {
            legal_reference: None,
        }
        | LegalBasis::PublicTask {
            legal_reference: None,
        } => {
            ctx.error(
                FindingCode::MissingLegalReference,
                format!("{}.legal_reference", here()),
                Citation::article(6).paragraph(3),
                Params {
                    basis: Some(basis.clone()),
                    ..params()
                },
            );
        }
        _ => {}
    }
}

/// The purposes whose basis an Art. 89(1) purpose without a basis of its own may rest on as
/// compatible further processing: further processing for archiving in the public interest,
/// research or statistics is "not considered to be incompatible with the initial purposes"
/// (Art. 5(1)(b)), and compatible further processing needs "no legal basis separate from that
/// which allowed the collection" (recital 50). The collection is the activity's other
/// purposes that are not themselves Art. 89(1) purposes and rest on a lawful basis other than
/// consent: a consent covers only the specific purposes it was given for (Art. 6(1)(a)), so
/// another purpose needs a consent of its own. Empty when the rule does not apply: the purpose
/// is not an Art. 89(1) purpose, states a basis, or nothing lawful was collected for it.
fn collection_purposes(
    policy: &Policy,
    activity: &ProcessingActivity,
    further: &Purpose,
) -> Vec<String> {
    if further.archiving_or_research.is_none() || further.legal_basis.is_some() {
        return Vec::new();
    }
    activity
        .purposes
        .iter()
        .filter(|p| p.archiving_or_research.is_none())
        .filter(|p| match &p.legal_basis {
            None | Some(LegalBasis::Consent) => false,
            Some(LegalBasis::LegitimateInterests { .. }) => {
                !in_performance_of_public_tasks(policy, p)
            }
            Some(_) => true,
        })
        .map(|p| p.id.clone())
        .collect()
}
