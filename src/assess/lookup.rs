//! Finding what a request names in the policy, refusing what is missing or ambiguous.
//!
//! A policy with two activities (or data categories) of one id cannot say which one a request
//! means, and picking the first would make the answer depend on the order of the record: the
//! assessments refuse it with a typed error instead. Validation reports the same ids as
//! `duplicate_id`.

use super::AssessError;
use crate::{DataCategory, Policy, ProcessingActivity};

/// The activity with this id, and its index in the policy.
pub(crate) fn activity<'a>(
    policy: &'a Policy,
    id: &str,
) -> Result<(usize, &'a ProcessingActivity), AssessError> {
    let mut found = policy
        .activities
        .iter()
        .enumerate()
        .filter(|(_, a)| a.id == id);
    match (found.next(), found.next()) {
        (Some(hit), None) => Ok(hit),
        (Some(_), Some(_)) => Err(AssessError::DuplicateId {
            list: "activities",
            id: id.to_owned(),
        }),
        (None, _) => Err(AssessError::UnknownActivity(id.to_owned())),
    }
}

/// The data categories of an activity, each once, in the order of the record; an id the
/// policy does not declare, or declares twice, is an error.
pub(crate) fn categories<'a>(
    policy: &'a Policy,
    activity: &'a ProcessingActivity,
) -> Result<Vec<&'a DataCategory>, AssessError> {
    let mut out: Vec<&DataCategory> = Vec::with_capacity(activity.data_categories.len());
    visit_categories(policy, activity, |category| out.push(category))?;
    Ok(out)
}

/// Checks the data categories of an activity as [`categories`] does, without collecting them.
pub(crate) fn check_categories(
    policy: &Policy,
    activity: &ProcessingActivity,
) -> Result<(), AssessError> {
    visit_categories(policy, activity, |_| {})
}

/// Calls `visit` with each data category of the activity, once each, in the order of the
/// record; stops at the first id the policy does not declare, or declares twice.
fn visit_categories<'a>(
    policy: &'a Policy,
    activity: &ProcessingActivity,
    mut visit: impl FnMut(&'a DataCategory),
) -> Result<(), AssessError> {
    for (i, id) in activity.data_categories.iter().enumerate() {
        if activity.data_categories.iter().take(i).any(|c| c == id) {
            continue;
        }
        let mut found = policy.data_categories.iter().filter(|c| c.id == *id);
        match (found.next(), found.next()) {
            (Some(category), None) => visit(category),
            (Some(_), Some(_)) => {
                return Err(AssessError::DuplicateId {
                    list: "data_categories",
                    id: id.clone(),
                })
            }
            (None, _) => {
                return Err(AssessError::UnknownDataCategory {
                    activity: activity.id.clone(),
                    data_category: id.clone(),
                })
            }
        }
    }
    Ok(())
}

/// The data categories of an activity, each once, in the order of the record, once
/// [`check_categories`] has passed: an id it would refuse is skipped.
pub(crate) fn each_category<'a>(
    policy: &'a Policy,
    activity: &'a ProcessingActivity,
) -> impl Iterator<Item = &'a DataCategory> + 'a {
    activity
        .data_categories
        .iter()
        .enumerate()
        .filter(|(i, id)| !activity.data_categories.iter().take(*i).any(|c| c == *id))
        .filter_map(|(_, id)| policy.data_category(id))
}
