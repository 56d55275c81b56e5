//! Ids are unique and every reference resolves.

use std::collections::HashSet;
use std::fmt;

use super::ActivityPath;

use super::{Ctx, FindingCode};
use crate::explain::{Params, PolicyList};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    duplicates(
        ctx,
        &"data_subjects",
        PolicyList::DataSubjects,
        None,
        policy.data_subjects.iter().map(|s| s.id.as_str()),
    );
    duplicates(
        ctx,
        &"data_categories",
        PolicyList::DataCategories,
        None,
        policy.data_categories.iter().map(|c| c.id.as_str()),
    );
    duplicates(
        ctx,
        &"recipients",
        PolicyList::Recipients,
        None,
        policy.recipients.iter().map(|r| r.id.as_str()),
    );
    duplicates(
        ctx,
        &"activities",
        PolicyList::Activities,
        None,
        policy.activities.iter().map(|a| a.id.as_str()),
    );

    let subjects: HashSet<&str> = policy.data_subjects.iter().map(|s| s.id.as_str()).collect();
    let categories: HashSet<&str> = policy
        .data_categories
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let recipients: HashSet<&str> = policy.recipients.iter().map(|r| r.id.as_str()).collect();

    for (i, activity) in policy.activities.iter().enumerate() {
        let at = ActivityPath(i);
        duplicates(
            ctx,
            &format_args!("{at}.purposes"),
            PolicyList::Purposes,
            Some(&activity.id),
            activity.purposes.iter().map(|p| p.id.as_str()),
        );
        dangling(
            ctx,
            &format_args!("{at}.data_subjects"),
            &activity.data_subjects,
            &subjects,
            PolicyList::DataSubjects,
        );
        dangling(
            ctx,
            &format_args!("{at}.data_categories"),
            &activity.data_categories,
            &categories,
            PolicyList::DataCategories,
        );
        dangling(
            ctx,
            &format_args!("{at}.recipients"),
            &activity.recipients,
            &recipients,
            PolicyList::Recipients,
        );

        let own_recipients: HashSet<&str> =
            activity.recipients.iter().map(String::as_str).collect();
        for (t, transfer) in activity.transfers.iter().enumerate() {
            if !own_recipients.contains(transfer.recipient.as_str()) {
                ctx.document_error(
                    FindingCode::DanglingReference,
                    format!("{at}.transfers[{t}].recipient"),
                    Params {
                        id: Some(transfer.recipient.clone()),
                        list: Some(PolicyList::Recipients),
                        activity: Some(activity.id.clone()),
                        ..Params::default()
                    },
                );
            }
        }
        let own_categories: HashSet<&str> = activity
            .data_categories
            .iter()
            .map(String::as_str)
            .collect();
        for (p, purpose) in activity.purposes.iter().enumerate() {
            for (c, id) in purpose.data_categories.iter().enumerate() {
                if !own_categories.contains(id.as_str()) {
                    ctx.document_error(
                        FindingCode::DanglingReference,
                        format!("{at}.purposes[{p}].data_categories[{c}]"),
                        in_activity(id, &activity.id),
                    );
                }
            }
        }
        for (r, rule) in activity.retention.iter().enumerate() {
            for (c, id) in rule.data_categories.iter().enumerate() {
                if !own_categories.contains(id.as_str()) {
                    ctx.document_error(
                        FindingCode::DanglingReference,
                        format!("{at}.retention[{r}].data_categories[{c}]"),
                        in_activity(id, &activity.id),
                    );
                }
            }
        }
    }
}

/// A data category that is not among those of its activity.
fn in_activity(id: &str, activity: &str) -> Params {
    Params {
        id: Some(id.to_owned()),
        list: Some(PolicyList::DataCategories),
        activity: Some(activity.to_owned()),
        ..Params::default()
    }
}

fn duplicates<'a>(
    ctx: &mut Ctx<'_>,
    path: &dyn fmt::Display,
    list: PolicyList,
    activity: Option<&str>,
    ids: impl Iterator<Item = &'a str>,
) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            ctx.document_error(
                FindingCode::DuplicateId,
                format!("{path}[{i}].id"),
                Params {
                    id: Some(id.to_owned()),
                    list: Some(list),
                    activity: activity.map(str::to_owned),
                    ..Params::default()
                },
            );
        }
    }
}

fn dangling(
    ctx: &mut Ctx<'_>,
    path: &dyn fmt::Display,
    ids: &[String],
    known: &HashSet<&str>,
    list: PolicyList,
) {
    for (i, id) in ids.iter().enumerate() {
        if !known.contains(id.as_str()) {
            ctx.document_error(
                FindingCode::DanglingReference,
                format!("{path}[{i}]"),
                Params {
                    id: Some(id.clone()),
                    list: Some(list),
                    ..Params::default()
                },
            );
        }
    }
}
