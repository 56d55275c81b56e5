//! The retention plan: for a policy and a date, per activity and rule, the date a database
//! compares its trigger columns with, and what that comparison means.
//!
//! A **maximum** (storage limitation, Art. 5(1)(e)) makes rows due: those whose trigger date
//! is on or before its cutoff must be erased, anonymised or archived. A **legal duty to keep**
//! (Art. 17(3)(b)) protects rows: those whose trigger date is after its cutoff, or not
//! recorded, may not be erased yet; its end erases nothing by itself. The two never stand in
//! for each other, and where both cover the same data the duty wins until it ends:
//! [`crate::sql`] writes every duty of a table into the statements of its maximums.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{FinancialYear, RetentionSweep};
use crate::assess::{lookup, AssessError, OpenQuestion};
use crate::explain::{Params, QuestionCode};
use crate::{
    Citation, Period, Policy, ProcessingActivity, RetentionAction, RetentionKind, RetentionRule,
    RetentionTrigger,
};

/// What every retention rule of a policy means on one date, as cutoffs a database compares
/// trigger dates with. Built by [`retention_plan`]; turned into SQL by
/// [`crate::sql::retention_sql`]; read in Dutch or English with
/// [`to_text`](RetentionPlan::to_text), its questions worded for JSON by
/// [`render`](RetentionPlan::render).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a retention plan object")]
#[non_exhaustive]
pub struct RetentionPlan {
    /// The date the plan is for: what is due on it, what is still protected on it.
    pub as_of: NaiveDate,
    /// The financial year that triggers `end_of_financial_year` are derived with, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_year: Option<FinancialYear>,
    /// Per activity of the policy, in its order.
    pub activities: Vec<ActivityPlan>,
}

/// The retention rules of one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an activity plan object")]
#[non_exhaustive]
pub struct ActivityPlan {
    /// The activity's id.
    pub activity: String,
    /// Every data category of the activity, each once.
    pub data_categories: Vec<String>,
    /// Its retention rules, in the order of the policy.
    pub rules: Vec<PlannedRule>,
}

/// One retention rule on the plan's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a planned rule object")]
#[non_exhaustive]
pub struct PlannedRule {
    /// The rule's index in the activity's `retention` list.
    pub rule: usize,
    /// The rule's JSON path in the policy, e.g. `activities[1].retention[0]`.
    pub path: String,
    /// A maximum or a legal duty to keep; absent when the rule names a law but not which
    /// (then the cutoff is `needs_review`). A rule that names no law is a maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<RetentionKind>,
    /// The data categories the rule covers: those it names, or, for a rule that names none,
    /// every category of the activity (a duty that names none covers none until it does).
    pub data_categories: Vec<String>,
    /// The retention period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The event the period runs from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<RetentionTrigger>,
    /// What happens to due rows.
    pub then: RetentionAction,
    /// The law behind the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_reference: Option<String>,
    /// The provision the rule applies: Art. 5(1)(e) for a maximum, Art. 17(3)(b) for a duty
    /// (and for a rule whose kind is not stated, since that decides whether it keeps).
    pub citation: Citation,
    /// Which rows the rule makes due or protects on the plan's date.
    pub cutoff: Cutoff,
}

/// The bound of one rule on the plan's date. Every date is **inclusive on the due side**:
/// a row whose trigger date equals it is due (for a maximum), or no longer protected (for a
/// duty).
///
/// For a rule that runs from the end of the financial year, the date is a year end, and the
/// comparison holds for the year end and for any date of the year alike (an invoice date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "bound", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Cutoff {
    /// A maximum: rows whose trigger date is on or before `date` are due for the rule's
    /// action (`then`) on the plan's date; rows without a trigger date are not.
    DueIfTriggerOnOrBefore {
        /// The last trigger date that is due.
        date: NaiveDate,
    },
    /// A maximum whose period is longer than the calendar: no row is due.
    NoneDue,
    /// A legal duty: rows whose trigger date is after `date`, or not recorded (the event
    /// has not happened), may NOT be erased, anonymised or archived on the plan's date. Rows
    /// on or before it are no longer kept by this duty, which erases nothing by itself.
    ProtectedIfTriggerAfter {
        /// The last trigger date whose duty has ended.
        date: NaiveDate,
    },
    /// A legal duty whose period is longer than the calendar: every row is protected.
    AllProtected,
    /// The rule cannot be applied as it stands. A rule that may be a duty protects every row
    /// it may cover until the questions are answered.
    NeedsReview {
        /// What to fill in, each with the field that answers it: a JSON path in the policy,
        /// or `financial_year` for the plan's input.
        questions: Vec<OpenQuestion>,
    },
}

impl PlannedRule {
    /// Whether the rule is a stated (or implied) maximum.
    pub fn is_maximum(&self) -> bool {
        self.kind == Some(RetentionKind::Maximum)
    }

    /// Whether the rule may keep data: a legal duty, or a rule whose kind is not stated.
    pub fn may_keep(&self) -> bool {
        !self.is_maximum()
    }

    /// The questions that stop the rule from being applied; empty when it can be.
    pub fn questions(&self) -> &[OpenQuestion] {
        match &self.cutoff {
            Cutoff::NeedsReview { questions } => questions,
            _ => &[],
        }
    }

    /// Whether a row with this trigger date (or, for a financial-year rule, any date of the
    /// year) is due under this rule on the plan's date. Only a maximum makes rows due; `None`
    /// (the event has not happened) never is.
    pub fn is_due(&self, trigger_date: Option<NaiveDate>) -> bool {
        match (&self.cutoff, trigger_date) {
            (Cutoff::DueIfTriggerOnOrBefore { date }, Some(t)) => t <= *date,
            _ => false,
        }
    }

    /// Whether this rule forbids erasing a row with this trigger date on the plan's date:
    /// a duty still running, or not yet started (`None`); and, failing closed, any rule that
    /// may be a duty and needs review.
    pub fn protects(&self, trigger_date: Option<NaiveDate>) -> bool {
        match (&self.cutoff, trigger_date) {
            (Cutoff::ProtectedIfTriggerAfter { date }, Some(t)) => t > *date,
            (Cutoff::ProtectedIfTriggerAfter { .. }, None) | (Cutoff::AllProtected, _) => true,
            (Cutoff::NeedsReview { .. }, _) => self.may_keep(),
            _ => false,
        }
    }
}

impl RetentionPlan {
    /// The plan of the activity with this id.
    pub fn activity(&self, id: &str) -> Option<&ActivityPlan> {
        self.activities.iter().find(|a| a.activity == id)
    }

    /// Every rule of the plan, with its activity.
    pub fn rules(&self) -> impl Iterator<Item = (&ActivityPlan, &PlannedRule)> {
        self.activities
            .iter()
            .flat_map(|a| a.rules.iter().map(move |r| (a, r)))
    }

    /// Every question the plan asks, with the rule's path.
    pub fn questions(&self) -> impl Iterator<Item = &OpenQuestion> {
        self.rules().flat_map(|(_, r)| r.questions())
    }
}

/// Plans every retention rule of `policy` on `as_of`: per activity and rule, the cutoff date
/// with its bound, the action, the kind, the law and the data categories covered.
///
/// `financial_year` derives the triggers of rules that run from the end of the financial
/// year; without it such rules need review (a year end cannot be told from a record's date
/// without it, and a wrong guess moves a deletion by up to a year).
///
/// # Errors
///
/// [`AssessError::DuplicateId`] for an activity or data category id used twice;
/// [`AssessError::UnknownDataCategory`] for an activity or rule naming a category the policy
/// (or, for a rule, its activity) does not have; [`AssessError::Retention`] when `as_of` is
/// the last day of the calendar.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{retention_plan, Cutoff, FinancialYear};
/// use gdpr::Policy;
///
/// let policy = Policy::from_json(include_str!("../../../tests/fixtures/webshop.json"))?;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let plan = retention_plan(&policy, day(2026, 11, 27), Some(FinancialYear::CALENDAR_YEAR))?;
/// let books = plan.activity("bookkeeping").unwrap();
/// // The fiscal duty protects invoices of the years that ended after 31 December 2018.
/// assert_eq!(books.rules[0].cutoff, Cutoff::ProtectedIfTriggerAfter { date: day(2018, 12, 31) });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn retention_plan(
    policy: &Policy,
    as_of: NaiveDate,
    financial_year: Option<FinancialYear>,
) -> Result<RetentionPlan, AssessError> {
    let mut activities = Vec::with_capacity(policy.activities.len());
    for (index, activity) in policy.activities.iter().enumerate() {
        // Refuses a duplicate activity id: a plan per id must be unambiguous.
        lookup::activity(policy, &activity.id)?;
        let categories: Vec<String> = lookup::categories(policy, activity)?
            .into_iter()
            .map(|c| c.id.clone())
            .collect();
        let rules = activity
            .retention
            .iter()
            .enumerate()
            .map(|(r, rule)| {
                plan_rule(activity, &categories, index, r, rule, as_of, financial_year)
            })
            .collect::<Result<Vec<_>, _>>()?;
        activities.push(ActivityPlan {
            activity: activity.id.clone(),
            data_categories: categories,
            rules,
        });
    }
    Ok(RetentionPlan {
        as_of,
        financial_year,
        activities,
    })
}

fn plan_rule(
    activity: &ProcessingActivity,
    categories: &[String],
    index: usize,
    r: usize,
    rule: &RetentionRule,
    as_of: NaiveDate,
    financial_year: Option<FinancialYear>,
) -> Result<PlannedRule, AssessError> {
    let path = format!("activities[{index}].retention[{r}]");
    for id in &rule.data_categories {
        if !categories.contains(id) {
            return Err(AssessError::UnknownDataCategory {
                activity: activity.id.clone(),
                data_category: id.clone(),
            });
        }
    }
    let kind = match rule.is_legal_duty() {
        Some(true) => Some(RetentionKind::LegalDuty),
        Some(false) => Some(RetentionKind::Maximum),
        None => None,
    };
    let maximum = kind == Some(RetentionKind::Maximum);
    let covered = if rule.data_categories.is_empty() && kind != Some(RetentionKind::LegalDuty) {
        categories.to_vec()
    } else {
        let mut named = rule.data_categories.clone();
        named.dedup();
        named
    };
    let citation = if maximum {
        Citation::article(5).paragraph(1).point('e')
    } else {
        Citation::article(17).paragraph(3).point('b')
    };
    let questions = plan_questions(rule, kind, &path, financial_year);

    let cutoff = if questions.is_empty() {
        let mut sweep = RetentionSweep::new(rule, as_of).map_err(AssessError::Retention)?;
        if let (Some(RetentionTrigger::EndOfFinancialYear), Some(fy)) = (rule.from, financial_year)
        {
            sweep = sweep
                .with_financial_year(fy)
                .map_err(AssessError::Retention)?;
        }
        match (maximum, sweep.last_due_trigger()) {
            (true, Some(date)) => Cutoff::DueIfTriggerOnOrBefore { date },
            (true, None) => Cutoff::NoneDue,
            (false, Some(date)) => Cutoff::ProtectedIfTriggerAfter { date },
            (false, None) => Cutoff::AllProtected,
        }
    } else {
        Cutoff::NeedsReview { questions }
    };
    Ok(PlannedRule {
        rule: r,
        path,
        kind,
        data_categories: covered,
        period: rule.period,
        from: rule.from,
        then: rule.then,
        legal_reference: rule.legal_reference.clone(),
        citation,
        cutoff,
    })
}

/// What a rule must say before it can be applied, each question with the field that answers
/// it and the provision that makes it matter.
fn plan_questions(
    rule: &RetentionRule,
    kind: Option<RetentionKind>,
    path: &str,
    financial_year: Option<FinancialYear>,
) -> Vec<OpenQuestion> {
    let keeping = Citation::article(17).paragraph(3).point('b');
    let storage = Citation::article(5).paragraph(1).point('e');
    let mut questions = Vec::new();
    if kind.is_none() {
        questions.push(OpenQuestion::with(
            QuestionCode::RetentionKind,
            format!("{path}.kind"),
            keeping,
            Params {
                law: rule.legal_reference.clone(),
                ..Params::default()
            },
        ));
    }
    if kind == Some(RetentionKind::LegalDuty) && rule.data_categories.is_empty() {
        questions.push(OpenQuestion::of(
            QuestionCode::DutyCategories,
            format!("{path}.data_categories"),
            keeping,
        ));
    }
    match rule.period {
        // A rule that may be a duty names a law: how long that law requires is what the
        // plan needs (as in an erasure). A maximum is asked for its own period.
        None => questions.push(OpenQuestion::of(
            if kind == Some(RetentionKind::Maximum) {
                QuestionCode::MaximumPeriod
            } else {
                QuestionCode::DutyPeriod
            },
            format!("{path}.period"),
            storage,
        )),
        Some(p) if p.hours != 0 => questions.push(OpenQuestion::of(
            QuestionCode::RetentionPeriodUnusable,
            format!("{path}.period"),
            storage,
        )),
        Some(_) => {}
    }
    // A rule without a period is asked for one first; the event comes with it.
    if rule.from.is_none() && rule.period.is_some() {
        questions.push(OpenQuestion::of(
            QuestionCode::RetentionEvent,
            format!("{path}.from"),
            storage,
        ));
    }
    if rule.from == Some(RetentionTrigger::EndOfFinancialYear) && financial_year.is_none() {
        questions.push(OpenQuestion::of(
            QuestionCode::FinancialYearEnd,
            "financial_year",
            storage,
        ));
    }
    questions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::due_date;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn policy(retention: serde_json::Value) -> Policy {
        crate::from_json_value(&serde_json::json!({
            "controller": {"name": "X", "kind": "private", "establishment": "NL"},
            "data_categories": [
                {"id": "invoices", "name": "Invoices", "origin": "provided_by_subject"},
                {"id": "contact", "name": "Contact", "origin": "provided_by_subject"}
            ],
            "recipients": [],
            "activities": [{"id": "books", "name": "Books", "purposes": [], "data_subjects": [],
                            "data_categories": ["invoices", "contact"], "recipients": [],
                            "retention": retention}]
        }))
        .unwrap()
    }

    #[test]
    fn a_maximum_makes_rows_due_up_to_and_including_its_cutoff() {
        let p = policy(serde_json::json!([
            {"period": "P1M", "from": "end_of_contract", "then": "erase"}
        ]));
        let plan = retention_plan(&p, d(2025, 2, 28), None).unwrap();
        let rule = &plan.activities[0].rules[0];
        assert_eq!(rule.kind, Some(RetentionKind::Maximum));
        assert_eq!(rule.data_categories, ["invoices", "contact"]);
        // 31 January + P1M = 28 February: due today, and so is every later January day.
        assert_eq!(
            rule.cutoff,
            Cutoff::DueIfTriggerOnOrBefore {
                date: d(2025, 1, 31)
            }
        );
        for t in d(2024, 12, 1).iter_days().take(120) {
            let by_date = due_date(&p.activities[0].retention[0], t).unwrap() <= d(2025, 2, 28);
            assert_eq!(rule.is_due(Some(t)), by_date, "{t}");
        }
        assert!(!rule.is_due(None));
    }

    #[test]
    fn a_duty_protects_rows_after_its_cutoff_and_rows_without_a_trigger() {
        let p = policy(serde_json::json!([
            {"data_categories": ["invoices"], "period": "P7Y", "from": "end_of_financial_year",
             "then": "erase", "kind": "legal_duty", "legal_reference": "Art. 52 AWR"}
        ]));
        let fy = FinancialYear::ending_in(6).unwrap();
        let plan = retention_plan(&p, d(2026, 11, 27), Some(fy)).unwrap();
        let rule = &plan.activities[0].rules[0];
        assert_eq!(rule.data_categories, ["invoices"]);
        assert_eq!(
            rule.cutoff,
            Cutoff::ProtectedIfTriggerAfter {
                date: d(2019, 6, 30)
            }
        );
        assert!(rule.protects(Some(d(2019, 7, 1))));
        assert!(!rule.protects(Some(d(2019, 6, 30))));
        assert!(rule.protects(None));
        assert!(
            !rule.is_due(Some(d(2000, 1, 1))),
            "a duty makes nothing due"
        );
        assert_eq!(rule.citation.to_string(), "Art. 17(3)(b)");
    }

    #[test]
    fn unclear_rules_need_review_and_those_that_may_keep_protect_meanwhile() {
        let p = policy(serde_json::json!([
            {"period": "P7Y", "from": "end_of_financial_year", "then": "erase",
             "legal_reference": "Art. 52 AWR"},
            {"period": "P7Y", "from": "collection", "then": "erase", "kind": "legal_duty",
             "legal_reference": "Art. 52 AWR"},
            {"criteria": "as long as needed", "then": "erase"},
            {"period": "PT72H", "then": "erase"},
            {"criteria": "as the law says", "then": "erase", "legal_reference": "Archiefwet"}
        ]));
        let plan = retention_plan(&p, d(2026, 11, 27), None).unwrap();
        let codes = |i: usize| -> Vec<QuestionCode> {
            plan.activities[0].rules[i]
                .questions()
                .iter()
                .map(|q| q.code)
                .collect()
        };
        assert_eq!(
            codes(0),
            [QuestionCode::RetentionKind, QuestionCode::FinancialYearEnd]
        );
        assert_eq!(
            plan.activities[0].rules[0].questions()[0]
                .params
                .law
                .as_deref(),
            Some("Art. 52 AWR"),
            "the kind question names the law"
        );
        assert_eq!(codes(1), [QuestionCode::DutyCategories]);
        assert_eq!(codes(2), [QuestionCode::MaximumPeriod]);
        assert_eq!(
            codes(3),
            [
                QuestionCode::RetentionPeriodUnusable,
                QuestionCode::RetentionEvent
            ]
        );
        assert_eq!(
            codes(4),
            [QuestionCode::RetentionKind, QuestionCode::DutyPeriod]
        );
        assert!(plan.activities[0].rules[0].protects(Some(d(1990, 1, 1))));
        assert!(!plan.activities[0].rules[2].protects(None));
        assert_eq!(
            plan.activities[0].rules[0].questions()[0].field,
            "activities[0].retention[0].kind"
        );
        assert!(plan.activities[0].rules[1].data_categories.is_empty());
    }

    #[test]
    fn a_period_longer_than_the_calendar_makes_nothing_due_and_protects_everything() {
        let p = policy(serde_json::json!([
            {"period": "P999999999Y", "from": "collection", "then": "erase"},
            {"data_categories": ["invoices"], "period": "P999999999Y", "from": "collection",
             "then": "erase", "kind": "legal_duty", "legal_reference": "law"}
        ]));
        let plan = retention_plan(&p, d(2026, 11, 27), None).unwrap();
        assert_eq!(plan.activities[0].rules[0].cutoff, Cutoff::NoneDue);
        assert_eq!(plan.activities[0].rules[1].cutoff, Cutoff::AllProtected);
    }

    #[test]
    fn a_rule_naming_a_category_its_activity_lacks_is_refused() {
        let mut p = policy(serde_json::json!([
            {"data_categories": ["contact"], "period": "P1Y", "from": "collection", "then": "erase"}
        ]));
        p.activities[0].data_categories = vec!["invoices".into()];
        assert!(matches!(
            retention_plan(&p, d(2026, 11, 27), None),
            Err(AssessError::UnknownDataCategory { .. })
        ));
    }

    #[test]
    fn the_plan_round_trips_through_json() {
        let p = policy(serde_json::json!([
            {"period": "P1M", "from": "end_of_contract", "then": "erase"},
            {"criteria": "as long as needed", "then": "anonymise"}
        ]));
        let plan = retention_plan(&p, d(2025, 2, 28), Some(FinancialYear::CALENDAR_YEAR)).unwrap();
        let json = serde_json::to_value(&plan).unwrap();
        assert_eq!(
            json["activities"][0]["rules"][0]["cutoff"],
            serde_json::json!({"bound": "due_if_trigger_on_or_before", "date": "2025-01-31"})
        );
        let back: RetentionPlan = serde_json::from_value(json).unwrap();
        assert_eq!(back, plan);
    }
}
