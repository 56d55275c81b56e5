//! Ids are unique and every reference resolves.

use std::collections::HashSet;
use std::fmt;

use super::ActivityPath;

use super::{Ctx, FindingCode};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    duplicates(
        ctx,
        &"data_subjects",
        policy.data_subjects.iter().map(|s| s.id.as_str()),
    );
    duplicates(
        ctx,
        &"data_categories",
        policy.data_categories.iter().map(|c| c.id.as_str()),
    );
    duplicates(
        ctx,
        &"recipients",
        policy.recipients.iter().map(|r| r.id.as_str()),
    );
    duplicates(
        ctx,
        &"activities",
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
            activity.purposes.iter().map(|p| p.id.as_str()),
        );
        dangling(
            ctx,
            &format_args!("{at}.data_subjects"),
            &activity.data_subjects,
            &subjects,
            "data subject category",
        );
        dangling(
            ctx,
            &format_args!("{at}.data_categories"),
            &activity.data_categories,
            &categories,
            "data category",
        );
        dangling(
            ctx,
            &format_args!("{at}.recipients"),
            &activity.recipients,
            &recipients,
            "recipient",
        );

        let own_recipients: HashSet<&str> =
            activity.recipients.iter().map(String::as_str).collect();
        for (t, transfer) in activity.transfers.iter().enumerate() {
            if !own_recipients.contains(transfer.recipient.as_str()) {
                ctx.document_error(
                    FindingCode::DanglingReference,
                    format!("{at}.transfers[{t}].recipient"),
                    format!(
                        "`{}` is not among the recipients of this activity; list it under `recipients` first",
                        transfer.recipient
                    ),
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
                        format!("`{id}` is not among the data categories of this activity"),
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
                        format!("`{id}` is not among the data categories of this activity"),
                    );
                }
            }
        }
    }
}

fn duplicates<'a>(ctx: &mut Ctx<'_>, list: &dyn fmt::Display, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            ctx.document_error(
                FindingCode::DuplicateId,
                format!("{list}[{i}].id"),
                format!("the id `{id}` is used more than once in `{list}`"),
            );
        }
    }
}

fn dangling(
    ctx: &mut Ctx<'_>,
    list: &dyn fmt::Display,
    ids: &[String],
    known: &HashSet<&str>,
    what: &str,
) {
    for (i, id) in ids.iter().enumerate() {
        if !known.contains(id.as_str()) {
            ctx.document_error(
                FindingCode::DanglingReference,
                format!("{list}[{i}]"),
                format!("no {what} has the id `{id}`"),
            );
        }
    }
}
