//! What the retention rules of an activity say about one data category on a date: whether a
//! maximum is reached (Art. 5(1)(e), 17(1)(a)) and whether a legal duty still keeps the data
//! (Art. 17(3)(b)). The two are different facts and never stand in for each other: a maximum
//! never keeps, and a duty is a minimum whose end erases nothing by itself.

use chrono::NaiveDate;

use super::ActivityFacts;
use crate::assess::retention::due_date;
use crate::assess::OpenQuestion;
use crate::explain::{Params, QuestionCode};
use crate::predicates::Truth;
use crate::{Citation, DataCategory, ProcessingActivity, RetentionAction, RetentionRule};

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
pub(super) struct RetentionView<'a> {
    /// Whether a maximum period for these data is over.
    pub(super) maximum_over: Truth,
    /// The earliest end of a maximum still running: what bounds keeping under another
    /// exception.
    pub(super) maximum_until: Option<(NaiveDate, RetentionAction)>,
    /// Whether a legal duty to keep these data is still running.
    pub(super) duty: Truth,
    /// For a running duty: the latest day it keeps the data, what happens then, and its law.
    pub(super) duty_until: Option<(NaiveDate, RetentionAction, &'a str)>,
    /// What decides `maximum_over` when it is unknown.
    pub(super) maximum_questions: Vec<OpenQuestion>,
    /// What decides `duty` when it is unknown.
    pub(super) duty_questions: Vec<OpenQuestion>,
}

impl<'a> RetentionView<'a> {
    pub(super) fn of(
        activity: &'a ProcessingActivity,
        index: usize,
        category: &DataCategory,
        facts: &ActivityFacts,
        as_of: NaiveDate,
    ) -> RetentionView<'a> {
        let mut view = RetentionView {
            maximum_over: Truth::No,
            maximum_until: None,
            duty: Truth::No,
            duty_until: None,
            maximum_questions: Vec::new(),
            duty_questions: Vec::new(),
        };
        for (r, rule) in activity.retention.iter().enumerate() {
            if !rule.applies_to(&category.id) {
                continue;
            }
            let clock = clock(rule, facts, as_of);
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
                    let kind = kind_question(rule, index, r);
                    if !matches!(clock, Clock::Over(_)) {
                        view.duty = view.duty.or(Truth::Unknown);
                        view.duty_questions.push(kind.clone());
                        if clock == Clock::Unknown {
                            view.duty_questions.push(clock_question(rule, index, r));
                        }
                    }
                    if matches!(clock, Clock::Over(_)) {
                        view.maximum_over = view.maximum_over.or(Truth::Unknown);
                        view.maximum_questions.push(kind);
                    } else if clock == Clock::Unknown && rule.period.is_some() {
                        view.maximum_over = view.maximum_over.or(Truth::Unknown);
                        view.maximum_questions.push(clock_question(rule, index, r));
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
                    self.maximum_questions.push(clock_question(rule, index, r));
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
        let law = rule.legal_reference.as_deref().unwrap_or("");
        if !named {
            if !matches!(clock, Clock::Over(_)) {
                self.duty = self.duty.or(Truth::Unknown);
                self.duty_questions.push(OpenQuestion::of(
                    QuestionCode::DutyCategories,
                    format!("activities[{index}].retention[{r}].data_categories"),
                    Citation::article(17).paragraph(3).point('b'),
                ));
            }
            return;
        }
        match clock {
            Clock::Runs(due) => {
                self.duty = Truth::Yes;
                if self.duty_until.is_none_or(|(d, _, _)| due > d) {
                    self.duty_until = Some((due, rule.then, law));
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
                self.duty_questions.push(clock_question(rule, index, r));
            }
        }
    }
}

fn clock(rule: &RetentionRule, facts: &ActivityFacts, as_of: NaiveDate) -> Clock {
    let (Some(_), Some(trigger)) = (rule.period, rule.from) else {
        return Clock::Unknown;
    };
    match facts.events.get(&trigger) {
        None => Clock::Unknown,
        Some(None) => Clock::NotStarted,
        Some(Some(event)) => match due_date(rule, *event) {
            Ok(due) if due <= as_of => Clock::Over(due),
            Ok(due) => Clock::Runs(due),
            Err(_) => Clock::Unknown,
        },
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
