//! Retention: when a record is due for erasure, anonymisation or archiving (Art. 5(1)(e),
//! 17(1)(a)).
//!
//! A record is due on `trigger date + period`: from that day on, the rule's purpose no
//! longer covers it. [`due_date`] answers for one record; [`RetentionSweep`] answers for
//! millions. Calendar addition is monotone in the anchor date (clamping included), so the
//! sweep computes once, per rule and date, the first trigger date whose period is not over
//! and then compares each record's trigger date with it: one comparison per record, no
//! allocation, and the same answer as [`due_date`] by construction (a property test checks
//! it).
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{due_date, RetentionSweep};
//! use gdpr::{Period, RetentionAction, RetentionKind, RetentionRule, RetentionTrigger};
//!
//! let rule = RetentionRule {
//!     data_categories: vec![], period: Some(Period::years(7)),
//!     from: Some(RetentionTrigger::EndOfFinancialYear), then: RetentionAction::Erase,
//!     kind: Some(RetentionKind::Maximum),
//!     legal_reference: Some("Art. 52 AWR".into()), criteria: None, source: None,
//! };
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert_eq!(due_date(&rule, day(2019, 12, 31)).unwrap(), day(2026, 12, 31));
//!
//! let sweep = RetentionSweep::new(&rule, day(2026, 11, 27)).unwrap();
//! let records = [("inv-1", day(2018, 12, 31)), ("inv-2", day(2019, 12, 31))];
//! let due: Vec<_> = sweep.due(records.iter(), |r| Some(r.1)).map(|r| r.0).collect();
//! assert_eq!(due, ["inv-1"]);
//! ```

use chrono::NaiveDate;

use crate::{Period, PeriodError, RetentionAction, RetentionRule, RetentionTrigger};

/// Why a retention date could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RetentionError {
    /// The rule states no period, only criteria: no date can be computed.
    #[error("the rule states no period, so no due date can be computed")]
    NoPeriod,
    /// The period is in hours; retention is counted in days.
    #[error("the retention period `{0}` has hours; retention is counted in calendar days")]
    HoursPeriod(Period),
    /// The due date falls outside the supported calendar.
    #[error("the due date falls outside the supported calendar")]
    OutOfRange,
}

fn period_of(rule: &RetentionRule) -> Result<Period, RetentionError> {
    let period = rule.period.ok_or(RetentionError::NoPeriod)?;
    if period.hours != 0 {
        return Err(RetentionError::HoursPeriod(period));
    }
    Ok(period)
}

/// The day a record falls due under `rule`, given the date its trigger happened.
///
/// # Errors
///
/// [`RetentionError::NoPeriod`] for a rule with criteria only; [`RetentionError::OutOfRange`]
/// past the end of the calendar.
pub fn due_date(
    rule: &RetentionRule,
    trigger_date: NaiveDate,
) -> Result<NaiveDate, RetentionError> {
    let period = period_of(rule)?;
    period.add_to_date(trigger_date).map_err(|e| match e {
        PeriodError::HoursOnDate => RetentionError::HoursPeriod(period),
        _ => RetentionError::OutOfRange,
    })
}

/// Whether a record is due as of `today`: its due date is `today` or earlier. A due date
/// past the end of the calendar is never reached.
///
/// # Errors
///
/// As [`due_date`], except that a due date out of range is "not due".
pub fn is_due(
    rule: &RetentionRule,
    trigger_date: NaiveDate,
    today: NaiveDate,
) -> Result<bool, RetentionError> {
    match due_date(rule, trigger_date) {
        Ok(due) => Ok(due <= today),
        Err(RetentionError::OutOfRange) => Ok(false),
        Err(e) => Err(e),
    }
}

/// A retention rule prepared for sweeping many records as of one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionSweep {
    /// Records whose trigger date is before this are due.
    threshold: NaiveDate,
    trigger: Option<RetentionTrigger>,
    action: RetentionAction,
}

impl RetentionSweep {
    /// Prepares `rule` for a sweep as of `today`.
    ///
    /// # Errors
    ///
    /// [`RetentionError::NoPeriod`] or [`RetentionError::HoursPeriod`] for a rule without a
    /// usable period; [`RetentionError::OutOfRange`] when `today` is the last day of the
    /// calendar.
    pub fn new(rule: &RetentionRule, today: NaiveDate) -> Result<RetentionSweep, RetentionError> {
        let period = period_of(rule)?;
        let threshold = period
            .first_anchor_not_over(today)
            .map_err(|_| RetentionError::OutOfRange)?;
        Ok(RetentionSweep {
            threshold,
            trigger: rule.from,
            action: rule.then,
        })
    }

    /// Whether a record whose trigger happened on `trigger_date` is due.
    #[inline]
    pub fn is_due(&self, trigger_date: NaiveDate) -> bool {
        trigger_date < self.threshold
    }

    /// The earliest trigger date whose record is not yet due.
    pub fn threshold(&self) -> NaiveDate {
        self.threshold
    }

    /// The event the rule's period runs from.
    pub fn trigger(&self) -> Option<RetentionTrigger> {
        self.trigger
    }

    /// What is due for the records the sweep returns.
    pub fn action(&self) -> RetentionAction {
        self.action
    }

    /// The records that are due. `trigger_date` reads a record's trigger date; a record
    /// whose trigger has not happened (`None`) is not due.
    pub fn due<I, F>(&self, records: I, trigger_date: F) -> impl Iterator<Item = I::Item>
    where
        I: IntoIterator,
        F: Fn(&I::Item) -> Option<NaiveDate>,
    {
        let threshold = self.threshold;
        records
            .into_iter()
            .filter(move |r| trigger_date(r).is_some_and(|d| d < threshold))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(period: &str) -> RetentionRule {
        RetentionRule {
            data_categories: vec![],
            period: Some(period.parse().unwrap()),
            from: Some(RetentionTrigger::EndOfContract),
            then: RetentionAction::Anonymise,
            kind: None,
            legal_reference: None,
            criteria: None,
            source: None,
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_record_is_due_on_its_due_date() {
        let r = rule("P1M");
        assert_eq!(due_date(&r, d(2025, 1, 31)), Ok(d(2025, 2, 28)));
        assert_eq!(is_due(&r, d(2025, 1, 31), d(2025, 2, 27)), Ok(false));
        assert_eq!(is_due(&r, d(2025, 1, 31), d(2025, 2, 28)), Ok(true));
    }

    #[test]
    fn the_sweep_agrees_with_the_single_record_function_around_month_ends() {
        let r = rule("P1M");
        for today in [
            d(2025, 2, 27),
            d(2025, 2, 28),
            d(2025, 3, 1),
            d(2024, 2, 29),
        ] {
            let sweep = RetentionSweep::new(&r, today).unwrap();
            for trigger in d(2024, 12, 1).iter_days().take(120) {
                assert_eq!(
                    sweep.is_due(trigger),
                    is_due(&r, trigger, today).unwrap(),
                    "{trigger} {today}"
                );
            }
        }
    }

    #[test]
    fn rules_without_a_period_cannot_be_swept() {
        let mut r = rule("P1Y");
        r.period = None;
        assert_eq!(
            RetentionSweep::new(&r, d(2025, 1, 1)),
            Err(RetentionError::NoPeriod)
        );
        assert_eq!(
            due_date(&rule("PT5H"), d(2025, 1, 1)),
            Err(RetentionError::HoursPeriod(Period::hours(5)))
        );
    }

    #[test]
    fn huge_periods_are_never_due() {
        let r = rule("P999999999Y");
        assert_eq!(is_due(&r, d(2025, 1, 1), d(2026, 1, 1)), Ok(false));
        let sweep = RetentionSweep::new(&r, d(2026, 1, 1)).unwrap();
        assert!(!sweep.is_due(d(2025, 1, 1)));
    }
}
