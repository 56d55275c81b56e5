//! Is the processing lawful as the record describes it? Art. 6(1), 9(1), 10, 22 and 87.
//!
//! A defect found here is at once a validation error and, for erasure, a sign that
//! Art. 17(1)(d) (unlawful processing) may apply: both read this one list.

use crate::{Citation, DataCategory, FindingCode, Policy, ProcessingActivity};

use super::basis::in_performance_of_public_tasks;

/// A way the record of an activity shows its processing to be unlawful.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Defect<'a> {
    /// The purpose at this index states no basis of Art. 6(1).
    NoBasis(usize),
    /// The purpose at this index relies on legitimate interests for a public authority's
    /// task (Art. 6(1), second subparagraph).
    LegitimateInterestsOfPublicAuthority(usize),
    /// A special category without a condition of Art. 9(2) (Art. 9(1)).
    SpecialCategoryWithoutCondition(&'a DataCategory),
    /// Criminal-offence data without the authorisation of Art. 10.
    CriminalDataWithoutAuthorisation(&'a DataCategory),
    /// A national identification number without the law of Art. 87.
    NationalNumberWithoutLaw(&'a DataCategory),
    /// The purpose at this index takes solely automated decisions without a ground of
    /// Art. 22(2).
    AutomatedDecisionWithoutGround(usize),
    /// The purpose at this index takes solely automated decisions on special categories
    /// without Art. 9(2)(a) or (g) (Art. 22(4)).
    AutomatedDecisionOnSpecialCategories(usize),
}

impl Defect<'_> {
    /// The provision the defect breaks.
    pub(crate) const fn citation(&self) -> Citation {
        match self {
            Defect::NoBasis(_) => Citation::article(6).paragraph(1),
            Defect::LegitimateInterestsOfPublicAuthority(_) => {
                Citation::article(6).paragraph(1).subparagraph(2)
            }
            Defect::SpecialCategoryWithoutCondition(_) => Citation::article(9).paragraph(1),
            Defect::CriminalDataWithoutAuthorisation(_) => Citation::article(10),
            Defect::NationalNumberWithoutLaw(_) => Citation::article(87),
            Defect::AutomatedDecisionWithoutGround(_) => Citation::article(22).paragraph(1),
            Defect::AutomatedDecisionOnSpecialCategories(_) => Citation::article(22).paragraph(4),
        }
    }

    /// The finding validation reports for the defect.
    pub(crate) const fn finding_code(&self) -> FindingCode {
        match self {
            Defect::NoBasis(_) => FindingCode::MissingLegalBasis,
            Defect::LegitimateInterestsOfPublicAuthority(_) => {
                FindingCode::LegitimateInterestsByPublicAuthority
            }
            Defect::SpecialCategoryWithoutCondition(_) => {
                FindingCode::SpecialCategoryWithoutCondition
            }
            Defect::CriminalDataWithoutAuthorisation(_) => {
                FindingCode::CriminalDataWithoutAuthorisation
            }
            Defect::NationalNumberWithoutLaw(_) => FindingCode::NationalNumberWithoutLaw,
            Defect::AutomatedDecisionWithoutGround(_) => {
                FindingCode::AutomatedDecisionWithoutGround
            }
            Defect::AutomatedDecisionOnSpecialCategories(_) => {
                FindingCode::AutomatedDecisionOnSpecialCategories
            }
        }
    }

    /// The purpose the defect is about, if it is about one.
    pub(crate) const fn purpose(&self) -> Option<usize> {
        match self {
            Defect::NoBasis(p)
            | Defect::LegitimateInterestsOfPublicAuthority(p)
            | Defect::AutomatedDecisionWithoutGround(p)
            | Defect::AutomatedDecisionOnSpecialCategories(p) => Some(*p),
            _ => None,
        }
    }

    /// The data category the defect is about, if it is about one.
    pub(crate) const fn category(&self) -> Option<&DataCategory> {
        match self {
            Defect::SpecialCategoryWithoutCondition(c)
            | Defect::CriminalDataWithoutAuthorisation(c)
            | Defect::NationalNumberWithoutLaw(c) => Some(c),
            _ => None,
        }
    }
}

/// The defects of an activity, purposes first, in the order of the record. A processor's
/// activity has none here: its client answers for lawfulness (Art. 28(3)(a), 29). Categories
/// the policy does not declare are skipped (validation reports the dangling reference).
pub(crate) fn defects<'a>(
    policy: &'a Policy,
    activity: &'a ProcessingActivity,
) -> impl Iterator<Item = Defect<'a>> + 'a {
    let controller = !activity.acts_as_processor();
    let categories = move || policy.categories_of(activity).filter(move |_| controller);
    let special = categories().any(|c| c.special_category.is_some());
    let automated_special_ok = activity
        .special_category_conditions
        .iter()
        .any(|c| c.permits_automated_decisions());
    let purposes = activity
        .purposes
        .iter()
        .enumerate()
        .filter(move |_| controller)
        .flat_map(move |(p, purpose)| {
            let basis = match &purpose.legal_basis {
                None => Some(Defect::NoBasis(p)),
                Some(crate::LegalBasis::LegitimateInterests { .. })
                    if in_performance_of_public_tasks(policy, purpose) =>
                {
                    Some(Defect::LegitimateInterestsOfPublicAuthority(p))
                }
                Some(_) => None,
            };
            let decision = purpose.automated_decision.as_ref();
            let without_ground = decision
                .filter(|d| d.ground.is_none())
                .map(|_| Defect::AutomatedDecisionWithoutGround(p));
            let on_special = decision
                .filter(|_| special && !automated_special_ok)
                .map(|_| Defect::AutomatedDecisionOnSpecialCategories(p));
            basis.into_iter().chain(without_ground).chain(on_special)
        });
    let data = categories().flat_map(move |c| {
        let special = (c.special_category.is_some()
            && activity.special_category_conditions.is_empty())
        .then_some(Defect::SpecialCategoryWithoutCondition(c));
        let criminal = (c.criminal_offences && activity.criminal_data_authorisation.is_none())
            .then_some(Defect::CriminalDataWithoutAuthorisation(c));
        let number = (c.national_identification_number && activity.national_number_law.is_none())
            .then_some(Defect::NationalNumberWithoutLaw(c));
        special.into_iter().chain(criminal).chain(number)
    });
    purposes.chain(data)
}
