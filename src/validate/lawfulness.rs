//! Lawfulness: a basis for every purpose (Art. 6), a condition for special categories
//! (Art. 9), authority for criminal data (Art. 10), a law for national numbers (Art. 87),
//! and a ground for solely automated decisions (Art. 22).

use super::{ActivityPath, Ctx, FindingCode};
use crate::predicates::{defects, in_performance_of_public_tasks, Defect};
use crate::{
    Citation, ConsentAges, LegalBasis, Policy, ProcessingActivity, Purpose,
    SpecialCategoryCondition,
};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    if policy.activities.is_empty() {
        ctx.error(
            FindingCode::NoActivities,
            "activities".to_owned(),
            Citation::article(30).paragraph(1),
            "the policy lists no processing activity; a record of processing activities describes each one".to_owned(),
        );
    }
    for (i, activity) in policy.activities.iter().enumerate() {
        let at = ActivityPath(i);
        if activity.purposes.is_empty() {
            ctx.error(
                FindingCode::NoPurpose,
                format!("{at}.purposes"),
                Citation::article(5).paragraph(1).point('b'),
                format!("the activity `{}` states no purpose; personal data may only be collected for specified, explicit purposes", activity.id),
            );
        }
        if activity.data_categories.is_empty() {
            ctx.error(
                FindingCode::NoDataCategories,
                format!("{at}.data_categories"),
                Citation::article(30).paragraph(1).point('c'),
                format!(
                    "the activity `{}` names no category of personal data",
                    activity.id
                ),
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
            let purpose = |p: usize| activity.purposes.get(p).map_or("", |x| x.id.as_str());
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
                            format!("the purpose `{}` states no lawful basis; processing is lawful only on one of the bases of Art. 6(1)", purpose(p)),
                        );
                    } else {
                        ctx.warning(
                            FindingCode::CompatibleFurtherProcessing,
                            format!("{at}.purposes[{p}].legal_basis"),
                            Citation::article(5).paragraph(1).point('b'),
                            format!(
                                "the purpose `{}` states no basis of its own; as further processing for archiving in the public interest, research or statistics it is not considered incompatible with the purposes the data were collected for, provided the safeguards of Art. 89(1) are in place, and it needs no basis separate from the one that allowed the collection (recital 50): that of `{}`; check the safeguards and record the basis relied on, which the notice must give (Art. 13(1)(c)) and on which an objection turns (Art. 21(6))",
                                purpose(p),
                                collection.join("`, `")
                            ),
                        );
                    }
                }
                Defect::LegitimateInterestsOfPublicAuthority(p) => ctx.error(
                    FindingCode::LegitimateInterestsByPublicAuthority,
                    format!("{at}.purposes[{p}].legal_basis"),
                    cite,
                    "legitimate interests (Art. 6(1)(f)) cannot be relied on by a public authority in the performance of its tasks; use the public task (Art. 6(1)(e)) or legal obligation (Art. 6(1)(c)) laid down by law".to_owned(),
                ),
                // One finding per activity for each kind of data: the fix is one field.
                Defect::SpecialCategoryWithoutCondition(category) => {
                    if !std::mem::replace(&mut reported[0], true) {
                        ctx.error(
                            FindingCode::SpecialCategoryWithoutCondition,
                            format!("{at}.special_category_conditions"),
                            cite,
                            format!(
                                "`{}` is a special category ({}), whose processing is prohibited unless a condition of Art. 9(2) applies; name it in `special_category_conditions`",
                                category.id,
                                category.special_category.map_or("", |k| k.label())
                            ),
                        );
                    }
                }
                Defect::CriminalDataWithoutAuthorisation(_) => {
                    if !std::mem::replace(&mut reported[1], true) {
                        ctx.error(
                            FindingCode::CriminalDataWithoutAuthorisation,
                            format!("{at}.criminal_data_authorisation"),
                            cite,
                            "data on criminal convictions and offences may be processed only under the control of official authority or when authorised by Union or Member State law; name it in `criminal_data_authorisation`".to_owned(),
                        );
                    }
                }
                Defect::NationalNumberWithoutLaw(_) => {
                    if !std::mem::replace(&mut reported[2], true) {
                        ctx.error(
                            FindingCode::NationalNumberWithoutLaw,
                            format!("{at}.national_number_law"),
                            cite,
                            "a national identification number may be used only under the conditions its Member State's law sets; name that law in `national_number_law`".to_owned(),
                        );
                    }
                }
                Defect::AutomatedDecisionWithoutGround(p) => ctx.error(
                    FindingCode::AutomatedDecisionWithoutGround,
                    format!("{at}.purposes[{p}].automated_decision.ground"),
                    cite,
                    format!("the purpose `{}` takes solely automated decisions with legal or similarly significant effects, which is prohibited unless a contract, a law or explicit consent permits it (Art. 22(2))", purpose(p)),
                ),
                Defect::AutomatedDecisionOnSpecialCategories(p) => ctx.error(
                    FindingCode::AutomatedDecisionOnSpecialCategories,
                    format!("{at}.purposes[{p}].automated_decision"),
                    cite,
                    format!(
                        "the purpose `{}` takes solely automated decisions in an activity with special categories of data, which requires {} or {} and suitable safeguards",
                        purpose(p),
                        SpecialCategoryCondition::ExplicitConsent.citation(),
                        SpecialCategoryCondition::SubstantialPublicInterest.citation()
                    ),
                ),
            }
        }
        for (p, purpose) in activity.purposes.iter().enumerate() {
            let here = || format!("{at}.purposes[{p}].legal_basis");
            if let Some(basis) = &purpose.legal_basis {
                documented_basis(
                    ctx,
                    &here,
                    basis,
                    in_performance_of_public_tasks(policy, purpose),
                );
            }
            if purpose.offered_to_children && purpose.legal_basis == Some(LegalBasis::Consent) {
                let country = policy.controller.establishment;
                let age = ConsentAges::builtin().age(&country);
                ctx.warning(
                    FindingCode::ChildConsent,
                    format!("{at}.purposes[{p}].offered_to_children"),
                    ConsentAges::citation(),
                    format!(
                        "the purpose `{}` offers an information society service directly to children on consent: below {age} in {country}, consent is lawful only if given or authorised by the holder of parental responsibility, and the controller must make reasonable efforts to verify it (Art. 8(2))",
                        purpose.id
                    ),
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
    basis: &LegalBasis,
    public_task: bool,
) {
    match basis {
        LegalBasis::LegitimateInterests { interest: None } if !public_task => {
            ctx.warning(
                FindingCode::MissingLegitimateInterest,
                format!("{}.interest", here()),
                Citation::article(13).paragraph(1).point('d'),
                "the legitimate interest pursued is not stated; the notice must name it".to_owned(),
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
                format!(
                    "{} ({}) must be laid down by Union or Member State law; name the law in `legal_reference`",
                    basis.label(),
                    basis.citation()
                ),
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
fn collection_purposes<'a>(
    policy: &Policy,
    activity: &'a ProcessingActivity,
    further: &Purpose,
) -> Vec<&'a str> {
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
        .map(|p| p.id.as_str())
        .collect()
}
