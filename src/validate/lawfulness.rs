//! Lawfulness: a basis for every purpose (Art. 6), a condition for special categories
//! (Art. 9), authority for criminal data (Art. 10), a law for national numbers (Art. 87),
//! and a ground for solely automated decisions (Art. 22).

use super::{ActivityPath, Ctx, FindingCode};
use crate::{
    Capacity, Citation, ConsentAges, ControllerKind, LegalBasis, SpecialCategoryCondition,
};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
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
        if activity.acting_as == Capacity::Processor {
            continue;
        }
        for (p, purpose) in activity.purposes.iter().enumerate() {
            let here = || format!("{at}.purposes[{p}].legal_basis");
            match &purpose.legal_basis {
                None => ctx.error(
                    FindingCode::MissingLegalBasis,
                    here(),
                    Citation::article(6).paragraph(1),
                    format!("the purpose `{}` states no lawful basis; processing is lawful only on one of the bases of Art. 6(1)", purpose.id),
                ),
                Some(basis) => legal_basis(
                    ctx,
                    &here,
                    basis,
                    public_authority && !purpose.outside_public_tasks,
                ),
            }
        }

        for (p, purpose) in activity.purposes.iter().enumerate() {
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
        let categories: Vec<_> = policy.categories_of(activity).collect();
        let conditions = &activity.special_category_conditions;
        if let Some(special) = categories
            .iter()
            .find_map(|c| c.special_category.map(|s| (c, s)))
        {
            if conditions.is_empty() {
                let (category, kind) = special;
                ctx.error(
                    FindingCode::SpecialCategoryWithoutCondition,
                    format!("{at}.special_category_conditions"),
                    Citation::article(9).paragraph(1),
                    format!(
                        "`{}` is a special category ({}), whose processing is prohibited unless a condition of Art. 9(2) applies; name it in `special_category_conditions`",
                        category.id,
                        kind.label()
                    ),
                );
            }
        }
        if categories.iter().any(|c| c.criminal_offences)
            && activity.criminal_data_authorisation.is_none()
        {
            ctx.error(
                FindingCode::CriminalDataWithoutAuthorisation,
                format!("{at}.criminal_data_authorisation"),
                Citation::article(10),
                "data on criminal convictions and offences may be processed only under the control of official authority or when authorised by Union or Member State law; name it in `criminal_data_authorisation`".to_owned(),
            );
        }
        if categories.iter().any(|c| c.national_identification_number)
            && activity.national_number_law.is_none()
        {
            ctx.error(
                FindingCode::NationalNumberWithoutLaw,
                format!("{at}.national_number_law"),
                Citation::article(87),
                "a national identification number may be used only under the conditions its Member State's law sets; name that law in `national_number_law`".to_owned(),
            );
        }

        let special = categories.iter().any(|c| c.special_category.is_some());
        for (p, purpose) in activity.purposes.iter().enumerate() {
            let Some(decision) = &purpose.automated_decision else {
                continue;
            };
            let here = format!("{at}.purposes[{p}].automated_decision");
            if decision.ground.is_none() {
                ctx.error(
                    FindingCode::AutomatedDecisionWithoutGround,
                    format!("{here}.ground"),
                    Citation::article(22).paragraph(1),
                    format!("the purpose `{}` takes solely automated decisions with legal or similarly significant effects, which is prohibited unless a contract, a law or explicit consent permits it (Art. 22(2))", purpose.id),
                );
            }
            if special && !conditions.iter().any(|c| c.permits_automated_decisions()) {
                ctx.error(
                    FindingCode::AutomatedDecisionOnSpecialCategories,
                    here,
                    Citation::article(22).paragraph(4),
                    format!(
                        "the purpose `{}` takes solely automated decisions in an activity with special categories of data, which requires {} or {} and suitable safeguards",
                        purpose.id,
                        SpecialCategoryCondition::ExplicitConsent.citation(),
                        SpecialCategoryCondition::SubstantialPublicInterest.citation()
                    ),
                );
            }
        }
    }
}

fn legal_basis(
    ctx: &mut Ctx<'_>,
    here: &dyn Fn() -> String,
    basis: &LegalBasis,
    public_authority: bool,
) {
    match basis {
        LegalBasis::LegitimateInterests { interest } => {
            if public_authority {
                ctx.error(
                    FindingCode::LegitimateInterestsByPublicAuthority,
                    here(),
                    Citation::article(6).paragraph(1).subparagraph(2),
                    "legitimate interests (Art. 6(1)(f)) cannot be relied on by a public authority in the performance of its tasks; use the public task (Art. 6(1)(e)) or legal obligation (Art. 6(1)(c)) laid down by law".to_owned(),
                );
            } else if interest.is_none() {
                ctx.warning(
                    FindingCode::MissingLegitimateInterest,
                    format!("{}.interest", here()),
                    Citation::article(13).paragraph(1).point('d'),
                    "the legitimate interest pursued is not stated; the notice must name it"
                        .to_owned(),
                );
            }
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
