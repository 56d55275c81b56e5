//! The last day of a time limit as plain data, counted without allocating: the same count as
//! [`deadline`](super::deadline) and [`request_deadlines`](super::request_deadlines), without
//! the reasons that explain it.
//!
//! The count is written once, over a test of working days, so that a calendar and the
//! per-year bitmap of a [`CompiledPolicy`](crate::compiled::CompiledPolicy) give the same days.

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::deadline::DeadlineError;
use crate::Period;

/// The last days of the Art. 12(3) time limits for a request, without their reasons: what a
/// hot path needs to schedule the answer. [`request_deadlines`](super::request_deadlines)
/// gives the same days with the reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RequestDeadlineDays {
    /// The day the request was received.
    pub received: NaiveDate,
    /// The answer, or the notice of an extension with its reasons, is due by the end of
    /// this day: one month from receipt (Art. 12(3)).
    pub respond_by: NaiveDate,
    /// The end of the extended time limit, three months from receipt; absent where no
    /// extension is possible (a refusal, Art. 12(4)).
    pub extended_respond_by: Option<NaiveDate>,
}

/// The last days of the Art. 12(3) time limits for a request received on `received`, with
/// the holidays of `calendar`, without allocating (for a calendar without weekend
/// substitutes; those of Belgium and the Netherlands have none).
///
/// # Errors
///
/// [`DeadlineError::OutOfRange`] past the end of the calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{request_deadline_days, request_deadlines, Belgium};
///
/// // Received 6 March 2026: one month ends on Easter Monday, so on Tuesday 7 April.
/// let received = NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
/// let days = request_deadline_days(received, &Belgium).unwrap();
/// assert_eq!(days.respond_by, NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
/// // The same day as the explained deadline.
/// assert_eq!(days.respond_by, request_deadlines(received, &Belgium).unwrap().respond_by.last_day);
/// ```
pub fn request_deadline_days(
    received: NaiveDate,
    calendar: &Calendar,
) -> Result<RequestDeadlineDays, DeadlineError> {
    request_days(received, |d| calendar.is_working_day(d))
}

/// The last day of a period of days, weeks, months or years from `event`, as
/// [`deadline`](super::deadline) counts it, without the reasons.
///
/// # Errors
///
/// As [`deadline`](super::deadline): [`DeadlineError::HoursPeriod`] for a period in hours,
/// [`DeadlineError::OutOfRange`] past the end of the calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{deadline_last_day, NoHolidays};
/// use gdpr::Period;
///
/// // 31 January 2026 + one month: Saturday 28 February, so Monday 2 March.
/// let jan31 = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
/// let last = deadline_last_day(jan31, Period::months(1), &NoHolidays).unwrap();
/// assert_eq!(last, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
/// ```
pub fn deadline_last_day(
    event: NaiveDate,
    period: Period,
    calendar: &Calendar,
) -> Result<NaiveDate, DeadlineError> {
    last_day(event, period, |d| calendar.is_working_day(d))
}

/// The Art. 12(3) days on any test of working days.
pub(crate) fn request_days(
    received: NaiveDate,
    is_working_day: impl Fn(NaiveDate) -> bool,
) -> Result<RequestDeadlineDays, DeadlineError> {
    request_steps(received, is_working_day).map(|steps| steps.days())
}

/// How Regulation 1182/71 reaches the last days of the two Art. 12(3) time limits: what the
/// explained deadlines say, kept as data until they are put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RequestSteps {
    pub(crate) received: NaiveDate,
    /// One month from receipt.
    pub(crate) respond_by: LastDay,
    /// Three months from receipt, counted once from the anchor (see DESIGN.md).
    pub(crate) extended_respond_by: LastDay,
}

impl RequestSteps {
    /// The last days alone.
    pub(crate) fn days(&self) -> RequestDeadlineDays {
        RequestDeadlineDays {
            received: self.received,
            respond_by: self.respond_by.last(),
            extended_respond_by: Some(self.extended_respond_by.last()),
        }
    }
}

/// [`RequestSteps`] on any test of working days.
pub(crate) fn request_steps(
    received: NaiveDate,
    is_working_day: impl Fn(NaiveDate) -> bool,
) -> Result<RequestSteps, DeadlineError> {
    // Both periods are longer than two days and run from the same day, so Art. 3(5) asks
    // the same of each: the second working day after receipt, worked out once.
    let second = second_working_day(received, &is_working_day)?;
    let within = |months| {
        last_day_given(
            received,
            Period::months(months),
            Some(second),
            &is_working_day,
        )
    };
    Ok(RequestSteps {
        received,
        respond_by: within(1)?,
        extended_respond_by: within(3)?,
    })
}

/// Regulation 1182/71 on any test of working days: Art. 3(1) and 3(2)(b), (c) give the
/// nominal last day, Art. 3(4) moves it off a Saturday, Sunday or holiday, Art. 3(5) makes a
/// period of two days or more contain two working days.
pub(crate) fn last_day(
    event: NaiveDate,
    period: Period,
    is_working_day: impl Fn(NaiveDate) -> bool,
) -> Result<NaiveDate, DeadlineError> {
    last_day_steps(event, period, is_working_day).map(|steps| steps.last())
}

/// How Regulation 1182/71 reaches the last day of a period: every step, for the explained
/// [`deadline`](super::deadline) to say, and the day, for [`last_day`]. The rule is here
/// alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LastDay {
    /// Art. 3(2)(b), (c): the day the period ends on the calendar.
    pub(crate) nominal: NaiveDate,
    /// Art. 3(4): the next working day, when the nominal day is not one.
    pub(crate) moved: Option<NaiveDate>,
    /// Art. 3(5): the second working day after the event, when it is later than both.
    pub(crate) second: Option<NaiveDate>,
}

impl LastDay {
    /// The last day of the period.
    pub(crate) fn last(&self) -> NaiveDate {
        self.second.or(self.moved).unwrap_or(self.nominal)
    }
}

/// [`LastDay`] of a period from `event`.
pub(crate) fn last_day_steps(
    event: NaiveDate,
    period: Period,
    is_working_day: impl Fn(NaiveDate) -> bool,
) -> Result<LastDay, DeadlineError> {
    if period.hours != 0 {
        return Err(DeadlineError::HoursPeriod(period));
    }
    let two_days_or_more =
        period.years > 0 || period.months > 0 || period.weeks > 0 || period.days >= 2;
    let second = if two_days_or_more {
        Some(second_working_day(event, &is_working_day)?)
    } else {
        None
    };
    last_day_given(event, period, second, is_working_day)
}

/// The second working day after `event`: a period of two days or more ends no earlier
/// (Art. 3(5)).
pub(crate) fn second_working_day(
    event: NaiveDate,
    is_working_day: impl Fn(NaiveDate) -> bool,
) -> Result<NaiveDate, DeadlineError> {
    let first = next_working_day(&is_working_day, event).ok_or(DeadlineError::OutOfRange)?;
    next_working_day(&is_working_day, first).ok_or(DeadlineError::OutOfRange)
}

/// [`last_day_steps`], given the second working day after the event when the period is of
/// two days or more (`None` otherwise).
pub(crate) fn last_day_given(
    event: NaiveDate,
    period: Period,
    second: Option<NaiveDate>,
    is_working_day: impl Fn(NaiveDate) -> bool,
) -> Result<LastDay, DeadlineError> {
    if period.hours != 0 {
        return Err(DeadlineError::HoursPeriod(period));
    }
    let nominal = period
        .add_to_date(event)
        .map_err(|_| DeadlineError::OutOfRange)?;
    let moved = if is_working_day(nominal) {
        None
    } else {
        Some(next_working_day(&is_working_day, nominal).ok_or(DeadlineError::OutOfRange)?)
    };
    let so_far = moved.unwrap_or(nominal);
    Ok(LastDay {
        nominal,
        moved,
        second: second.filter(|second| *second > so_far),
    })
}

/// The first working day strictly after `date`, within a year: a year of holidays in a row is
/// no calendar.
fn next_working_day(
    is_working_day: impl Fn(NaiveDate) -> bool,
    date: NaiveDate,
) -> Option<NaiveDate> {
    let mut day = date;
    for _ in 0..366 {
        day = day.succ_opt()?;
        if is_working_day(day) {
            return Some(day);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::{Belgium, NoHolidays};

    #[test]
    fn the_next_working_day_skips_weekends_and_holidays() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let belgian = |day| Belgium.is_working_day(day);
        // Christmas 2027 is a Saturday; in 2026 a Friday, with the weekend after it.
        assert_eq!(
            next_working_day(belgian, d(2027, 12, 24)),
            Some(d(2027, 12, 27))
        );
        assert_eq!(
            next_working_day(belgian, d(2026, 12, 24)),
            Some(d(2026, 12, 28))
        );
        assert_eq!(
            next_working_day(|day| NoHolidays.is_working_day(day), NaiveDate::MAX),
            None
        );
    }
}
