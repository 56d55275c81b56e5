//! What a purpose rests on: the bases of Art. 6(1) and the conditions of Art. 9(2).

use super::Truth;
use crate::{
    Art89Purpose, ControllerKind, LegalBasis, Policy, ProcessingActivity, Purpose,
    SpecialCategoryCondition,
};

/// Whether `purpose` rests on a basis that passes `test`; unknown when the policy states no
/// basis for it (it might rest on any).
pub(crate) fn rests_on(purpose: &Purpose, test: fn(&LegalBasis) -> bool) -> Truth {
    match &purpose.legal_basis {
        Some(basis) => Truth::of(test(basis)),
        None => Truth::Unknown,
    }
}

/// Like [`rests_on`] for a test a direct-marketing purpose can never pass, whatever its
/// unstated basis: direct marketing is never necessary for a legal obligation or a public
/// task.
pub(crate) fn may_rest_on(purpose: &Purpose, test: fn(&LegalBasis) -> bool) -> Truth {
    match (&purpose.legal_basis, purpose.direct_marketing) {
        (None, true) => Truth::No,
        _ => rests_on(purpose, test),
    }
}

/// Art. 6(1)(a).
pub(crate) fn consent(basis: &LegalBasis) -> bool {
    matches!(basis, LegalBasis::Consent)
}

/// Art. 6(1)(b).
pub(crate) fn contract(basis: &LegalBasis) -> bool {
    matches!(basis, LegalBasis::Contract)
}

/// Art. 6(1)(c): one limb of Art. 17(3)(b).
pub(crate) fn legal_obligation(basis: &LegalBasis) -> bool {
    matches!(basis, LegalBasis::LegalObligation { .. })
}

/// Art. 6(1)(e): a task in the public interest or official authority (Art. 17(3)(b), 20(3),
/// 21(6)).
pub(crate) fn public_task(basis: &LegalBasis) -> bool {
    matches!(basis, LegalBasis::PublicTask { .. })
}

/// Art. 6(1)(e) or (f): the bases Art. 21(1) lets the subject object to.
pub(crate) fn task_or_interests(basis: &LegalBasis) -> bool {
    matches!(
        basis,
        LegalBasis::PublicTask { .. } | LegalBasis::LegitimateInterests { .. }
    )
}

/// Whether the processing for `purpose` is a public authority's "in the performance of their
/// tasks", which the last sentence of Art. 6(1) bars from legitimate interests. A public
/// authority's purposes are its tasks unless the policy says otherwise.
pub(crate) fn in_performance_of_public_tasks(policy: &Policy, purpose: &Purpose) -> bool {
    policy.controller.kind == ControllerKind::PublicAuthority && !purpose.outside_public_tasks
}

/// Scientific or historical research or statistics under Art. 89(1), the purposes Art. 21(6)
/// lets the subject object to; archiving in the public interest is not among them.
pub(crate) fn research_or_statistics(purpose: &Purpose) -> bool {
    matches!(
        purpose.archiving_or_research,
        Some(Art89Purpose::ScientificOrHistoricalResearch | Art89Purpose::Statistics)
    )
}

/// Whether the activity relies on explicit consent for special categories (Art. 9(2)(a)).
pub(crate) fn on_explicit_consent(activity: &ProcessingActivity) -> bool {
    activity
        .special_category_conditions
        .contains(&SpecialCategoryCondition::ExplicitConsent)
}

/// Whether a condition of Art. 9(2) other than explicit consent lifts the prohibition of
/// Art. 9(1): what remains for special categories once explicit consent is withdrawn.
pub(crate) fn other_special_condition(activity: &ProcessingActivity) -> bool {
    activity
        .special_category_conditions
        .iter()
        .any(|c| *c != SpecialCategoryCondition::ExplicitConsent)
}
