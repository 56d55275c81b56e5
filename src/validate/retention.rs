//! Storage limitation: every activity says how long its data are kept (Art. 5(1)(e),
//! 13(2)(a), 30(1)(f)).

use chrono::NaiveDate;

use super::{ActivityPath, Ctx, FindingCode};
use crate::assess::{due_date, RetentionError};
use crate::{Citation, RetentionKind};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    for (i, activity) in ctx.policy.activities.iter().enumerate() {
        // A processor keeps data as long as its client instructs (Art. 28(3)(g)).
        if activity.acts_as_processor() {
            continue;
        }
        let at = ActivityPath(i);
        if activity.retention.is_empty() {
            ctx.warning(
                FindingCode::MissingRetention,
                format!("{at}.retention"),
                Citation::article(5).paragraph(1).point('e'),
                format!("the activity `{}` has no retention rule; data may be kept no longer than necessary, and the notice must state the period or the criteria for it (Art. 13(2)(a))", activity.id),
            );
        }
        for (r, rule) in activity.retention.iter().enumerate() {
            let here = || format!("{at}.retention[{r}]");
            if rule.period.is_none() && rule.criteria.is_none() {
                ctx.warning(
                    FindingCode::RetentionWithoutPeriodOrCriteria,
                    here(),
                    Citation::article(13).paragraph(2).point('a'),
                    "the rule states neither a period nor the criteria used to determine it"
                        .to_owned(),
                );
            }
            match (rule.kind, &rule.legal_reference) {
                (Some(RetentionKind::LegalDuty), None) => ctx.error(
                    FindingCode::RetentionDutyWithoutLaw,
                    format!("{}.legal_reference", here()),
                    Citation::article(17).paragraph(3).point('b'),
                    "a duty to keep data must be laid down by Union or Member State law; name it in `legal_reference`".to_owned(),
                ),
                (None, Some(law)) => ctx.warning(
                    FindingCode::RetentionKindNotStated,
                    format!("{}.kind", here()),
                    Citation::article(17).paragraph(3).point('b'),
                    format!("the rule follows `{law}` but does not say whether that law sets a maximum (`maximum`) or requires the data to be kept (`legal_duty`); only a duty to keep is an exception to erasure, so erasure requests that turn on it ask"),
                ),
                _ => {}
            }
            if rule.kind == Some(RetentionKind::LegalDuty) && rule.data_categories.is_empty() {
                ctx.error(
                    FindingCode::RetentionDutyWithoutCategories,
                    format!("{}.data_categories", here()),
                    Citation::article(17).paragraph(3).point('b'),
                    "a duty to keep covers the data its law requires and nothing else; name those data categories".to_owned(),
                );
            }
            if rule.period.is_some() && rule.from.is_none() {
                ctx.error(
                    FindingCode::RetentionPeriodWithoutTrigger,
                    format!("{}.from", here()),
                    Citation::article(5).paragraph(1).point('e'),
                    "the period has no event to run from (`from`), so no date can be computed for it".to_owned(),
                );
            }
            // The retention assessment itself decides which periods it can count, so that
            // validation cannot pass a rule the verbs refuse or skip.
            if let Err(e @ RetentionError::HoursPeriod(_)) = due_date(rule, NaiveDate::MIN) {
                ctx.error(
                    FindingCode::RetentionPeriodUnitUnusable,
                    format!("{}.period", here()),
                    Citation::article(5).paragraph(1).point('e'),
                    format!("{e}, so no due date can be computed from it; state it in days, months or years"),
                );
            }
        }
    }
}
