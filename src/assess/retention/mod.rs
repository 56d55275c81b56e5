//! Retention: when a record is due for erasure, anonymisation or archiving (Art. 5(1)(e),
//! 17(1)(a)), and which rows of a database are due today.
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/retention.md`), where users read it.

use chrono::NaiveDate;

use crate::{Period, PeriodError, RetentionAction, RetentionRule, RetentionTrigger};

mod financial_year;
mod plan;

pub use financial_year::FinancialYear;
pub use plan::{retention_plan, ActivityPlan, Cutoff, PlannedRule, RetentionPlan};

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
    /// A financial year was given with a month outside 1–12.
    #[error("`{0}` is not a month (1–12) a financial year can end in")]
    InvalidYearEndMonth(u32),
    /// A financial year was given for a rule that does not run from the end of the financial
    /// year.
    #[error("the rule runs from {}, not from the end of the financial year", trigger_name(*.0))]
    NotFinancialYearTrigger(Option<RetentionTrigger>),
    /// A rule runs from the end of the financial year and a record gave a date that is not
    /// the last day of a month, so cannot be a year end: likely the record's own date (an
    /// invoice date). Derive the year end with a [`FinancialYear`].
    #[error("`{0}` is not the last day of a month, so it cannot be the end of a financial year; give the year end, or the financial year to derive it from the record's date")]
    NotAYearEnd(NaiveDate),
}

fn trigger_name(trigger: Option<RetentionTrigger>) -> &'static str {
    trigger
        .as_ref()
        .map_or("no stated event", RetentionTrigger::as_str)
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

/// A retention rule prepared for sweeping many records as of one date: one date comparison
/// per record, no allocation.
///
/// A record is due when its trigger date is **on or before**
/// [`last_due_trigger`](RetentionSweep::last_due_trigger). That is the bound a database
/// query uses (`WHERE trigger_date <= ?`), inclusive, and the one a
/// [`RetentionPlan`] states; [`crate::sql`] writes the whole query.
///
/// For a rule that runs from the end of the financial year, build the sweep
/// [`with_financial_year`](RetentionSweep::with_financial_year): it then takes any date of
/// the year (the invoice date) as well as the year end. Without it, [`is_due`] and [`due`]
/// trust that the date given is the year end, and [`try_due`] refuses a date that cannot be
/// one.
///
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{due_date, FinancialYear, RetentionSweep};
/// use gdpr::{Period, RetentionAction, RetentionKind, RetentionRule, RetentionTrigger};
///
/// let rule = RetentionRule {
///     data_categories: vec![], period: Some(Period::years(7)),
///     from: Some(RetentionTrigger::EndOfFinancialYear), then: RetentionAction::Erase,
///     kind: Some(RetentionKind::Maximum),
///     legal_reference: Some("Art. 52 AWR".into()), criteria: None, source: None,
/// };
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(due_date(&rule, day(2019, 12, 31)).unwrap(), day(2026, 12, 31));
///
/// // Records carry their invoice date; the sweep derives the year end (a calendar year).
/// let sweep = RetentionSweep::new(&rule, day(2026, 11, 27))
///     .unwrap()
///     .with_financial_year(FinancialYear::CALENDAR_YEAR)
///     .unwrap();
/// // Due: every record dated on or before 31 December 2018 (inclusive).
/// assert_eq!(sweep.last_due_trigger(), Some(day(2018, 12, 31)));
/// let records = [("inv-1", day(2018, 12, 31)), ("inv-2", day(2019, 3, 15))];
/// let due: Vec<_> = sweep.due(records.iter(), |r| Some(r.1)).map(|r| r.0).collect();
/// assert_eq!(due, ["inv-1"]);
/// ```
///
/// In a database the same sweep is one statement: `DELETE FROM invoices WHERE invoice_date
/// <= ?` bound to `last_due_trigger()`. Mind the `<=`: the bound is the last day that is due.
///
/// [`is_due`]: RetentionSweep::is_due
/// [`due`]: RetentionSweep::due
/// [`try_due`]: RetentionSweep::try_due
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionSweep {
    /// The first date that is not due: a date is due exactly when it is before this. Kept
    /// exclusive inside (it always exists); shown inclusive outside.
    first_not_due: NaiveDate,
    trigger: Option<RetentionTrigger>,
    action: RetentionAction,
    financial_year: Option<FinancialYear>,
}

impl RetentionSweep {
    /// Prepares `rule` for a sweep as of `today`: each record is given by the date of the
    /// event the rule's period runs from.
    ///
    /// # Errors
    ///
    /// [`RetentionError::NoPeriod`] or [`RetentionError::HoursPeriod`] for a rule without a
    /// usable period; [`RetentionError::OutOfRange`] when `today` is the last day of the
    /// calendar.
    pub fn new(rule: &RetentionRule, today: NaiveDate) -> Result<RetentionSweep, RetentionError> {
        let period = period_of(rule)?;
        let first_not_due = period
            .first_anchor_not_over(today)
            .map_err(|_| RetentionError::OutOfRange)?;
        Ok(RetentionSweep {
            first_not_due,
            trigger: rule.from,
            action: rule.then,
            financial_year: None,
        })
    }

    /// Derives each record's trigger from its date with the financial year: the sweep then
    /// takes the record's own date (the invoice date) or the year end alike, since the year
    /// end of a year end is itself.
    ///
    /// # Errors
    ///
    /// [`RetentionError::NotFinancialYearTrigger`] when the rule does not run from the end of
    /// the financial year.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{FinancialYear, RetentionSweep};
    /// use gdpr::{Period, RetentionAction, RetentionRule, RetentionTrigger};
    ///
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let rule = RetentionRule {
    ///     data_categories: vec![], period: Some(Period::years(7)),
    ///     from: Some(RetentionTrigger::EndOfFinancialYear), then: RetentionAction::Erase,
    ///     kind: None, legal_reference: None, criteria: None, source: None,
    /// };
    /// let sweep = RetentionSweep::new(&rule, day(2026, 11, 27))?
    ///     .with_financial_year(FinancialYear::ending_in(6)?)?;
    /// // The year ending 30 June 2019 ended seven years before 30 June 2026.
    /// assert_eq!(sweep.last_due_trigger(), Some(day(2019, 6, 30)));
    /// assert!(sweep.is_due(day(2018, 7, 1)));   // an invoice in that year
    /// assert!(!sweep.is_due(day(2019, 7, 1)));  // the next year has not ended seven years ago
    /// # Ok::<(), gdpr::assess::RetentionError>(())
    /// ```
    pub fn with_financial_year(
        self,
        financial_year: FinancialYear,
    ) -> Result<RetentionSweep, RetentionError> {
        if self.trigger != Some(RetentionTrigger::EndOfFinancialYear) {
            return Err(RetentionError::NotFinancialYearTrigger(self.trigger));
        }
        let first_not_due = match self
            .last_due_trigger()
            .and_then(|last| financial_year.last_end_on_or_before(last))
        {
            Some(end) => end.succ_opt().ok_or(RetentionError::OutOfRange)?,
            None => NaiveDate::MIN,
        };
        Ok(RetentionSweep {
            first_not_due,
            financial_year: Some(financial_year),
            ..self
        })
    }

    /// Whether a record whose trigger happened on `trigger_date` is due: whether
    /// `trigger_date` is on or before [`last_due_trigger`](RetentionSweep::last_due_trigger).
    #[inline]
    pub fn is_due(&self, trigger_date: NaiveDate) -> bool {
        trigger_date < self.first_not_due
    }

    /// The last trigger date that is due, **inclusive**: a record is due exactly when its
    /// trigger date is on or before this day (`WHERE trigger_date <= ?`). `None` when no
    /// trigger date is early enough, as for a period longer than the calendar.
    ///
    /// With a financial year it is a year end, and a record is due exactly when its own date
    /// is on or before it.
    pub fn last_due_trigger(&self) -> Option<NaiveDate> {
        self.first_not_due.pred_opt()
    }

    /// The event the rule's period runs from.
    pub fn trigger(&self) -> Option<RetentionTrigger> {
        self.trigger
    }

    /// What is due for the records the sweep returns.
    pub fn action(&self) -> RetentionAction {
        self.action
    }

    /// The financial year the sweep derives triggers with, if any.
    pub fn financial_year(&self) -> Option<FinancialYear> {
        self.financial_year
    }

    /// The records that are due. `trigger_date` reads a record's trigger date; a record
    /// whose trigger has not happened (`None`) is not due.
    pub fn due<I, F>(&self, records: I, trigger_date: F) -> impl Iterator<Item = I::Item>
    where
        I: IntoIterator,
        F: Fn(&I::Item) -> Option<NaiveDate>,
    {
        let first_not_due = self.first_not_due;
        records
            .into_iter()
            .filter(move |r| trigger_date(r).is_some_and(|d| d < first_not_due))
    }

    /// The records that are due, from rows that may fail to read (a database cursor, a
    /// file): every error is passed on in its place, never dropped, so the caller's `?`
    /// stops the sweep at the first bad row. `trigger_date` reads a record's trigger date
    /// and may fail too; `Ok(None)` means the trigger has not happened (not due).
    ///
    /// For a rule that runs from the end of the financial year, swept without
    /// [`with_financial_year`](RetentionSweep::with_financial_year), a date that is not the
    /// last day of a month cannot be a year end: it is refused with
    /// [`RetentionError::NotAYearEnd`] rather than compared (an invoice date passed for the
    /// year end would make records due up to a year early).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{RetentionError, RetentionSweep};
    /// use gdpr::{Period, RetentionAction, RetentionRule, RetentionTrigger};
    ///
    /// #[derive(Debug)]
    /// enum Error { Row(String), Retention(RetentionError) }
    /// impl From<RetentionError> for Error {
    ///     fn from(e: RetentionError) -> Self { Error::Retention(e) }
    /// }
    ///
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let rule = RetentionRule {
    ///     data_categories: vec![], period: Some(Period::years(7)),
    ///     from: Some(RetentionTrigger::EndOfFinancialYear), then: RetentionAction::Erase,
    ///     kind: None, legal_reference: None, criteria: None, source: None,
    /// };
    /// let sweep = RetentionSweep::new(&rule, day(2026, 11, 27)).unwrap();
    ///
    /// // Rows as a database driver yields them: each may fail.
    /// let rows = vec![
    ///     Ok(("inv-1", day(2018, 12, 31))),
    ///     Ok(("inv-2", day(2019, 12, 31))),
    ///     Err(Error::Row("connection lost".into())),
    /// ];
    /// let mut due = sweep.try_due(rows, |r| Ok(Some(r.1)));
    /// assert_eq!(due.next().unwrap().unwrap().0, "inv-1");
    /// assert!(matches!(due.next(), Some(Err(Error::Row(_)))));
    ///
    /// // An invoice date where the year end belongs is refused, not compared.
    /// let rows = vec![Ok::<_, Error>(("inv-3", day(2019, 3, 15)))];
    /// let first = sweep.try_due(rows, |r| Ok(Some(r.1))).next().unwrap();
    /// assert!(matches!(first, Err(Error::Retention(RetentionError::NotAYearEnd(_)))));
    /// ```
    pub fn try_due<I, T, E, F>(
        &self,
        records: I,
        mut trigger_date: F,
    ) -> impl Iterator<Item = Result<T, E>>
    where
        I: IntoIterator<Item = Result<T, E>>,
        F: FnMut(&T) -> Result<Option<NaiveDate>, E>,
        E: From<RetentionError>,
    {
        let first_not_due = self.first_not_due;
        let needs_year_end = self.trigger == Some(RetentionTrigger::EndOfFinancialYear)
            && self.financial_year.is_none();
        records.into_iter().filter_map(move |row| {
            let record = match row {
                Ok(record) => record,
                Err(e) => return Some(Err(e)),
            };
            match trigger_date(&record) {
                Err(e) => Some(Err(e)),
                Ok(None) => None,
                Ok(Some(date)) if needs_year_end && !financial_year::is_month_end(date) => {
                    Some(Err(RetentionError::NotAYearEnd(date).into()))
                }
                Ok(Some(date)) => (date < first_not_due).then_some(Ok(record)),
            }
        })
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
