//! Storage limitation: every activity says how long its data are kept (Art. 5(1)(e),
//! 13(2)(a), 30(1)(f)).

use chrono::NaiveDate;

use super::{ActivityPath, Ctx, FindingCode};
use crate::assess::{due_date, RetentionError};
use crate::explain::Params;
use crate::{Citation, RetentionKind};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    for (i, activity) in ctx.policy.activities.iter().enumerate() {
        // A processor keeps data as long as its client instructs (Art. 28(3)(g)).
        if activity.acts_as_processor() {
            continue;
        }
        let at = ActivityPath(i);
        let of_activity = || Params {
            activity: Some(activity.id.clone()),
            ..Params::default()
        };
        if activity.retention.is_empty() {
            ctx.warning(
                FindingCode::MissingRetention,
                format!("{at}.retention"),
                Citation::article(5).paragraph(1).point('e'),
                of_activity(),
            );
        }
        for (r, rule) in activity.retention.iter().enumerate() {
            let here = || format!("{at}.retention[{r}]");
            if rule.period.is_none() && rule.criteria.is_none() {
                ctx.warning(
                    FindingCode::RetentionWithoutPeriodOrCriteria,
                    here(),
                    Citation::article(13).paragraph(2).point('a'),
                    of_activity(),
                );
            }
            match (rule.kind, &rule.legal_reference) {
                (Some(RetentionKind::LegalDuty), None) => ctx.error(
                    FindingCode::RetentionDutyWithoutLaw,
                    format!("{}.legal_reference", here()),
                    Citation::article(17).paragraph(3).point('b'),
                    of_activity(),
                ),
                (None, Some(law)) => ctx.warning(
                    FindingCode::RetentionKindNotStated,
                    format!("{}.kind", here()),
                    Citation::article(17).paragraph(3).point('b'),
                    Params {
                        law: Some(law.clone()),
                        ..of_activity()
                    },
                ),
                _ => {}
            }
            if rule.kind == Some(RetentionKind::LegalDuty) && rule.data_categories.is_empty() {
                ctx.error(
                    FindingCode::RetentionDutyWithoutCategories,
                    format!("{}.data_categories", here()),
                    Citation::article(17).paragraph(3).point('b'),
                    of_activity(),
                );
            }
            if rule.period.is_some() && rule.from.is_none() {
                ctx.error(
                    FindingCode::RetentionPeriodWithoutTrigger,
                    format!("{}.from", here()),
                    Citation::article(5).paragraph(1).point('e'),
                    of_activity(),
                );
            }
            // The retention assessment itself decides which periods it can count, so that
            // validation cannot pass a rule the verbs refuse or skip.
            if let Err(RetentionError::HoursPeriod(period)) = due_date(rule, NaiveDate::MIN) {
                ctx.error(
                    FindingCode::RetentionPeriodUnitUnusable,
                    format!("{}.period", here()),
                    Citation::article(5).paragraph(1).point('e'),
                    Params {
                        period: Some(period),
                        ..of_activity()
                    },
                );
            }
        }
    }
}
