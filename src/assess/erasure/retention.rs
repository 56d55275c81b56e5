//! What the retention rules of an activity say about one data category on a date: whether a
//! maximum is reached (Art. 5(1)(e), 17(1)(a)) and whether a legal duty still keeps the data
//! (Art. 17(3)(b)). The two are different facts and never stand in for each other: a maximum
//! never keeps, and a duty is a minimum whose end erases nothing by itself.

use std::cell::Cell;

use chrono::NaiveDate;

use super::mode::{Mode, Notes};
use super::ActivityFacts;
use crate::assess::retention::{due_date, RetentionError};
use crate::assess::OpenQuestion;
use crate::explain::{Params, QuestionCode};
use crate::predicates::Truth;
use crate::{Citation, DataCategory, Period, ProcessingActivity, RetentionAction, RetentionRule};

/// A rule's period, against the date of its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    /// The period runs until this day (the due date), exclusive of nothing: the data are due
    /// on it.
    Runs(NaiveDate),
    /// The period ended on or before the assessment date.
    Over(NaiveDate),
    /// The event has not happened, so the period has not begun.
    NotStarted,
    /// The date cannot be told: the event date is unknown, or the rule has no usable period.
    Unknown,
}

/// The retention rules' answer for one category.
pub(super) struct RetentionView<'a, M: Mode> {
    /// Whether a maximum period for these data is over.
    pub(super) maximum_over: Truth,
    /// The earliest end of a maximum still running: what bounds keeping under another
    /// exception.
    pub(super) maximum_until: Option<(NaiveDate, RetentionAction)>,
    /// Whether a legal duty to keep these data is still running.
    pub(super) duty: Truth,
    /// For a running duty: the latest day it keeps the data, what happens then, and its rule.
    pub(super) duty_until: Option<(NaiveDate, RetentionAction, &'a RetentionRule)>,
    /// What decides `maximum_over` when it is unknown.
    pub(super) maximum_questions: M::Questions,
    /// What decides `duty` when it is unknown.
    pub(super) duty_questions: M::Questions,
}

impl<'a, M: Mode> RetentionView<'a, M> {
    pub(super) fn of(
        activity: &'a ProcessingActivity,
        index: usize,
        category: &DataCategory,
        facts: &ActivityFacts,
        as_of: NaiveDate,
        dates: &DueDates,
    ) -> RetentionView<'a, M> {
        let mut view: RetentionView<'a, M> = RetentionView {
            maximum_over: Truth::No,
            maximum_until: None,
            duty: Truth::No,
            duty_until: None,
            maximum_questions: M::Questions::default(),
            duty_questions: M::Questions::default(),
        };
        for (r, rule) in activity.retention.iter().enumerate() {
            if !rule.applies_to(&category.id) {
                continue;
            }
            let clock = clock(rule, facts, as_of, dates);
            match rule.is_legal_duty() {
                // A duty is a minimum: it keeps the categories its rule names until its period
                // ends, and its end erases nothing by itself. A duty without a list of
                // categories leaves open which data its law requires.
                Some(true) => {
                    let named = rule.data_categories.contains(&category.id);
                    view.add_duty(rule, clock, named, index, r);
                }
                Some(false) => view.add_maximum(rule, clock, index, r),
                // Either: each reading counts as unknown where it could change the answer.
                None => {
                    let kind = || kind_question(rule, index, r);
                    if !matches!(clock, Clock::Over(_)) {
                        view.duty = view.duty.or(Truth::Unknown);
                        view.duty_questions.push(kind);
                        if clock == Clock::Unknown {
                            view.duty_questions.push(|| clock_question(rule, index, r));
                        }
                    }
                    if matches!(clock, Clock::Over(_)) {
                        view.maximum_over = view.maximum_over.or(Truth::Unknown);
                        view.maximum_questions.push(kind);
                    } else if clock == Clock::Unknown && rule.period.is_some() {
                        view.maximum_over = view.maximum_over.or(Truth::Unknown);
                        view.maximum_questions
                            .push(|| clock_question(rule, index, r));
                    }
                }
            }
        }
        view
    }

    fn add_maximum(&mut self, rule: &RetentionRule, clock: Clock, index: usize, r: usize) {
        match clock {
            Clock::Over(_) => self.maximum_over = Truth::Yes,
            Clock::Runs(due) => {
                if self.maximum_until.is_none_or(|(d, _)| due < d) {
                    self.maximum_until = Some((due, rule.then));
                }
            }
            Clock::NotStarted => {}
            Clock::Unknown => {
                // A rule with criteria and no period adds nothing here: whether its
                // criteria are met is the fact `no_longer_necessary`.
                if rule.period.is_some() {
                    self.maximum_over = self.maximum_over.or(Truth::Unknown);
                    self.maximum_questions
                        .push(|| clock_question(rule, index, r));
                }
            }
        }
    }

    fn add_duty(
        &mut self,
        rule: &'a RetentionRule,
        clock: Clock,
        named: bool,
        index: usize,
        r: usize,
    ) {
        if !named {
            if !matches!(clock, Clock::Over(_)) {
                self.duty = self.duty.or(Truth::Unknown);
                self.duty_questions.push(|| {
                    OpenQuestion::of(
                        QuestionCode::DutyCategories,
                        format!("activities[{index}].retention[{r}].data_categories"),
                        Citation::article(17).paragraph(3).point('b'),
                    )
                });
            }
            return;
        }
        match clock {
            Clock::Runs(due) => {
                self.duty = Truth::Yes;
                if self.duty_until.is_none_or(|(d, _, _)| due > d) {
                    self.duty_until = Some((due, rule.then, rule));
                }
            }
            // An event that has not happened has not started the duty's period: the duty
            // runs, and its end cannot be told yet.
            Clock::NotStarted => {
                self.duty = Truth::Yes;
            }
            Clock::Over(_) => {}
            Clock::Unknown => {
                self.duty = self.duty.or(Truth::Unknown);
                self.duty_questions.push(|| clock_question(rule, index, r));
            }
        }
    }
}

fn clock(rule: &RetentionRule, facts: &ActivityFacts, as_of: NaiveDate, dates: &DueDates) -> Clock {
    let (Some(_), Some(trigger)) = (rule.period, rule.from) else {
        return Clock::Unknown;
    };
    match facts.events.get(&trigger) {
        None => Clock::Unknown,
        Some(None) => Clock::NotStarted,
        Some(Some(event)) => match dates.due(rule, *event) {
            Ok(due) if due <= as_of => Clock::Over(due),
            Ok(due) => Clock::Runs(due),
            Err(_) => Clock::Unknown,
        },
    }
}

/// The last due date worked out, kept for the next rule with the same period and event: in
/// one request they recur, category after category and activity after activity, and the
/// calendar arithmetic is most of a rule's cost.
#[derive(Debug, Default)]
pub(super) struct DueDates(Cell<Option<(Period, NaiveDate, NaiveDate)>>);

impl DueDates {
    /// [`due_date`], or the last answer for the same period and event.
    fn due(&self, rule: &RetentionRule, event: NaiveDate) -> Result<NaiveDate, RetentionError> {
        let period = rule.period;
        if let (Some(period), Some((p, e, due))) = (period, self.0.get()) {
            if p == period && e == event {
                return Ok(due);
            }
        }
        let due = due_date(rule, event)?;
        if let Some(period) = period {
            self.0.set(Some((period, event, due)));
        }
        Ok(due)
    }
}

/// What to ask when a rule's clock cannot be read: the event's date, or a usable period.
fn clock_question(rule: &RetentionRule, index: usize, r: usize) -> OpenQuestion {
    let citation = Citation::article(5).paragraph(1).point('e');
    match (rule.period, rule.from) {
        (Some(period), Some(trigger)) if period.hours == 0 => OpenQuestion::with(
            QuestionCode::EventDate,
            format!("events.{}", trigger.as_str()),
            citation,
            Params {
                trigger: Some(trigger),
                ..Params::default()
            },
        ),
        (Some(_), _) => OpenQuestion::of(
            QuestionCode::RetentionPeriodUnusable,
            format!("activities[{index}].retention[{r}]"),
            citation,
        ),
        (None, _) => OpenQuestion::of(
            QuestionCode::DutyPeriod,
            format!("activities[{index}].retention[{r}].period"),
            Citation::article(17).paragraph(3).point('b'),
        ),
    }
}

fn kind_question(rule: &RetentionRule, index: usize, r: usize) -> OpenQuestion {
    OpenQuestion::with(
        QuestionCode::RetentionKind,
        format!("activities[{index}].retention[{r}].kind"),
        Citation::article(17).paragraph(3).point('b'),
        Params {
            law: rule.legal_reference.clone(),
            ..Params::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RetentionKind, RetentionTrigger};

    fn rule(period: Period) -> RetentionRule {
        RetentionRule {
            data_categories: vec![],
            period: Some(period),
            from: Some(RetentionTrigger::EndOfContract),
            then: RetentionAction::Erase,
            kind: Some(RetentionKind::Maximum),
            legal_reference: None,
            criteria: None,
            source: None,
        }
    }

    #[test]
    fn a_remembered_due_date_is_reused_only_for_the_same_period_and_event() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let dates = DueDates::default();
        let seven = rule(Period::years(7));
        let one_month = rule(Period::months(1));
        // In every order, each answer is the calendar's.
        let asks = [
            (&seven, day(2024, 2, 29)),
            (&seven, day(2024, 2, 29)),
            (&one_month, day(2024, 2, 29)),
            (&seven, day(2024, 1, 31)),
            (&one_month, day(2024, 1, 31)),
            (&one_month, day(2024, 1, 31)),
            (&seven, day(2024, 2, 29)),
        ];
        for (rule, event) in asks {
            assert_eq!(dates.due(rule, event), due_date(rule, event), "{event}");
        }
        assert_eq!(
            dates.due(&one_month, day(2024, 1, 31)),
            Ok(day(2024, 2, 29))
        );
        assert_eq!(dates.due(&seven, day(2024, 2, 29)), Ok(day(2031, 2, 28)));
    }
}
