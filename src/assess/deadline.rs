//! Time limits, counted as Regulation (EEC, Euratom) No 1182/71 counts them.
//!
//! - Art. 3(1): the day (or hour) in which the event happens is not counted.
//! - Art. 3(2)(b), (c): a period of days ends at the end of its last day; a period of weeks,
//!   months or years at the end of the day with the same weekday or date as the event day,
//!   or the last day of the month when that date does not exist there.
//! - Art. 3(3): Saturdays, Sundays and public holidays count.
//! - Art. 3(4): a period not in hours whose last day is a Saturday, Sunday or public holiday
//!   ends at the end of the next working day.
//! - Art. 3(5): a period of two days or more includes at least two working days.
//! - Art. 3(2)(a): a period in hours starts at the beginning of the first hour after the
//!   event and ends when its last hour expires; hours are elapsed hours, so a period that
//!   crosses a change to or from summer time ends at a different wall-clock hour.
//!
//! The interpretation choices (three months from receipt for an extended request, no Art.
//! 3(4) or 3(5) for the 72 hours of Art. 33(1)) are set out in `DESIGN.md`.
//!
//! # Example: answering a request (Art. 12(3))
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{request_deadlines, Belgium};
//!
//! // Received Thursday 30 April 2026: one month ends Saturday 30 May, so the period runs to
//! // Monday 1 June (Art. 3(4)) — unless that is a holiday. In Belgium it is not.
//! let received = NaiveDate::from_ymd_opt(2026, 4, 30).unwrap();
//! let d = request_deadlines(received, &Belgium).unwrap();
//! assert_eq!(d.respond_by.last_day, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
//! assert_eq!(d.extended_respond_by.unwrap().last_day, NaiveDate::from_ymd_opt(2026, 7, 30).unwrap());
//! ```

use chrono::{
    DateTime, Datelike, Days, FixedOffset, NaiveDate, Offset, TimeDelta, Timelike, Utc, Weekday,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::holidays::{next_working_day, Holidays};
use super::Reason;
use crate::{Citation, Period};

/// Why a deadline could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeadlineError {
    /// The period is in hours; use [`hours_deadline`].
    #[error("the period `{0}` has hours; count it with `hours_deadline`")]
    HoursPeriod(Period),
    /// The deadline falls outside the supported calendar.
    #[error("the deadline falls outside the supported calendar")]
    OutOfRange,
}

/// A period not in hours, counted from an event: it ends at the end of `last_day`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a deadline object")]
pub struct Deadline {
    /// The day of the event (not counted).
    pub event: NaiveDate,
    /// The period.
    pub period: Period,
    /// The last day before Art. 3(4) and 3(5) are applied.
    pub nominal_last_day: NaiveDate,
    /// The last day of the period: it ends at the end of this day, local time.
    pub last_day: NaiveDate,
    /// How the last day was found.
    pub reasons: Vec<Reason>,
}

/// Counts a period of days, weeks, months or years from the day of an event.
///
/// # Errors
///
/// [`DeadlineError::HoursPeriod`] for a period in hours, [`DeadlineError::OutOfRange`] past
/// the end of the calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::{deadline, NoHolidays};
/// use gdpr::Period;
///
/// let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// // 31 January + one month: February has no 31st, so the period ends on its last day,
/// // Saturday 28 February, and moves to Monday 2 March.
/// let d = deadline(day(1, 31), Period::months(1), &NoHolidays).unwrap();
/// assert_eq!(d.nominal_last_day, day(2, 28));
/// assert_eq!(d.last_day, day(3, 2));
/// ```
pub fn deadline(
    event: NaiveDate,
    period: Period,
    calendar: &dyn Holidays,
) -> Result<Deadline, DeadlineError> {
    if period.hours != 0 {
        return Err(DeadlineError::HoursPeriod(period));
    }
    let mut reasons = Vec::new();
    reasons.push(Reason::fixed(
        Citation::periods_regulation(3).paragraph(1),
        "the day of the event is not counted",
    ));
    let nominal = period
        .add_to_date(event)
        .map_err(|_| DeadlineError::OutOfRange)?;
    reasons.push(Reason::new(
        Citation::periods_regulation(3)
            .paragraph(2)
            .point(if months_or_weeks(&period) { 'c' } else { 'b' }),
        format!("a period of {period} from {event} ends at the end of {nominal}"),
    ));
    let mut last = nominal;
    if !calendar.is_working_day(last) {
        last = next_working_day(calendar, last).ok_or(DeadlineError::OutOfRange)?;
        reasons.push(Reason::new(
            Citation::periods_regulation(3).paragraph(4),
            format!(
                "{nominal} is a {}, so the period ends at the end of the next working day, {last}",
                non_working_kind(calendar, nominal)
            ),
        ));
    }
    let two_days_or_more =
        period.years > 0 || period.months > 0 || period.weeks > 0 || period.days >= 2;
    if two_days_or_more {
        let second = nth_working_day_after(calendar, event, 2).ok_or(DeadlineError::OutOfRange)?;
        if second > last {
            last = second;
            reasons.push(Reason::new(
                Citation::periods_regulation(3).paragraph(5),
                format!("a period of two days or more includes at least two working days, so it runs to {last}"),
            ));
        }
    }
    Ok(Deadline {
        event,
        period,
        nominal_last_day: nominal,
        last_day: last,
        reasons,
    })
}

fn months_or_weeks(period: &Period) -> bool {
    period.years > 0 || period.months > 0 || period.weeks > 0
}

fn non_working_kind(calendar: &dyn Holidays, date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
        _ if calendar.is_holiday(date) => "public holiday",
        _ => "non-working day",
    }
}

fn nth_working_day_after(calendar: &dyn Holidays, event: NaiveDate, n: usize) -> Option<NaiveDate> {
    let mut day = event;
    for _ in 0..n {
        day = next_working_day(calendar, day)?;
    }
    Some(day)
}

/// The time limits of Art. 12(3) for a request under Art. 15 to 22.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a request deadlines object")]
pub struct RequestDeadlines {
    /// The day the request was received.
    pub received: NaiveDate,
    /// The answer is due without undue delay and at the latest by the end of this period:
    /// one month from receipt. Telling the subject of an extension, with its reasons, is due
    /// by the same day.
    pub respond_by: Deadline,
    /// Where the request is complex or requests are numerous, the answer may be extended by
    /// two further months: counted here as three months from receipt. Absent where no
    /// extension is possible: a refusal is due within one month (Art. 12(4)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extended_respond_by: Option<Deadline>,
}

/// The Art. 12(3) time limits for a request received on `received`, with the holidays of
/// the Member State where the controller must act.
///
/// # Errors
///
/// [`DeadlineError::OutOfRange`] past the end of the calendar.
pub fn request_deadlines(
    received: NaiveDate,
    calendar: &dyn Holidays,
) -> Result<RequestDeadlines, DeadlineError> {
    let mut respond_by = deadline(received, Period::months(1), calendar)?;
    respond_by.reasons.insert(
        0,
        Reason::fixed(
            Citation::article(12).paragraph(3),
            "information on action taken on a request is due without undue delay and in any event within one month of receipt; an extension must be announced, with its reasons, within that month",
        ),
    );
    let mut extended_respond_by = deadline(received, Period::months(3), calendar)?;
    extended_respond_by.reasons.insert(
        0,
        Reason::fixed(
            Citation::article(12).paragraph(3),
            "for complex or numerous requests the period may be extended by two further months: three months from receipt",
        ),
    );
    Ok(RequestDeadlines {
        received,
        respond_by,
        extended_respond_by: Some(extended_respond_by),
    })
}

/// A time zone of the Member States: a standard offset from UTC plus the summer time of
/// Directive 2000/84/EC (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EuTimeZone {
    /// Western European Time, UTC+0 (Portugal, Ireland).
    Western,
    /// Central European Time, UTC+1 (Belgium, the Netherlands and most Member States).
    Central,
    /// Eastern European Time, UTC+2 (Finland, Greece, the Baltic States, …).
    Eastern,
}

impl EuTimeZone {
    fn standard_hours(self) -> i32 {
        match self {
            EuTimeZone::Western => 0,
            EuTimeZone::Central => 1,
            EuTimeZone::Eastern => 2,
        }
    }

    /// The offset from UTC in force at `instant`.
    pub fn offset_at(self, instant: DateTime<Utc>) -> FixedOffset {
        let year = instant.year();
        let summer = match (last_sunday(year, 3), last_sunday(year, 10)) {
            (Some(start), Some(end)) => {
                let start = start.and_hms_opt(1, 0, 0).map(|t| t.and_utc());
                let end = end.and_hms_opt(1, 0, 0).map(|t| t.and_utc());
                matches!((start, end), (Some(s), Some(e)) if s <= instant && instant < e)
            }
            _ => false,
        };
        let hours = self.standard_hours() + i32::from(summer);
        FixedOffset::east_opt(hours * 3600).unwrap_or_else(|| Utc.fix())
    }

    /// `instant` in local time.
    pub fn local(self, instant: DateTime<Utc>) -> DateTime<FixedOffset> {
        instant.with_timezone(&self.offset_at(instant))
    }
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = first_of_next.pred_opt()?;
    let back = u64::from(last.weekday().num_days_from_sunday());
    last.checked_sub_days(Days::new(back))
}

/// A period in hours: from the first whole hour after the event to the expiry of its last
/// hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a hours deadline object")]
pub struct HoursDeadline {
    /// When the event happened.
    pub event: DateTime<Utc>,
    /// The number of hours.
    pub hours: u32,
    /// The beginning of the first hour counted.
    pub starts: DateTime<Utc>,
    /// When the last hour expires.
    pub ends: DateTime<Utc>,
    /// The same instant on the controller's clock.
    pub ends_local: DateTime<FixedOffset>,
    /// How it was counted.
    pub reasons: Vec<Reason>,
}

/// Counts `hours` elapsed hours from an event, in the controller's time zone (Art. 3(1) and
/// 3(2)(a) of Regulation 1182/71).
///
/// # Errors
///
/// [`DeadlineError::OutOfRange`] past the end of the calendar.
pub fn hours_deadline(
    event: DateTime<Utc>,
    hours: u32,
    zone: EuTimeZone,
) -> Result<HoursDeadline, DeadlineError> {
    // Every offset here is a whole number of hours, so local hours begin when UTC hours do.
    let hour_start = event
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .ok_or(DeadlineError::OutOfRange)?;
    let starts = hour_start
        .checked_add_signed(TimeDelta::hours(1))
        .ok_or(DeadlineError::OutOfRange)?;
    let ends = starts
        .checked_add_signed(
            TimeDelta::try_hours(i64::from(hours)).ok_or(DeadlineError::OutOfRange)?,
        )
        .ok_or(DeadlineError::OutOfRange)?;
    let ends_local = zone.local(ends);
    let mut reasons = vec![
        Reason::new(
            Citation::periods_regulation(3).paragraph(1),
            format!(
                "the hour in which the event happened ({}) is not counted",
                zone.local(hour_start).format("%Y-%m-%d %H:00 %:z")
            ),
        ),
        Reason::new(
            Citation::periods_regulation(3).paragraph(2).point('a'),
            format!(
                "{hours} hours from {} expire at {}",
                zone.local(starts).format("%Y-%m-%d %H:%M %:z"),
                ends_local.format("%Y-%m-%d %H:%M %:z")
            ),
        ),
    ];
    if zone.offset_at(starts) != ends_local.offset().fix() {
        reasons.push(Reason::fixed(
            Citation::periods_regulation(3).paragraph(2).point('a'),
            "the period crosses a change of summer time; hours are counted as they elapse",
        ));
    }
    Ok(HoursDeadline {
        event,
        hours,
        starts,
        ends,
        ends_local,
        reasons,
    })
}

/// The limit of Art. 33(1) for notifying a personal data breach to the supervisory
/// authority: 72 hours after the controller became aware of it.
///
/// # Errors
///
/// [`DeadlineError::OutOfRange`] past the end of the calendar.
///
/// # Example
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use gdpr::assess::{breach_notification_deadline, EuTimeZone};
///
/// // Aware on Friday 23 October 2026 at 14:20 Brussels time (12:20 UTC). Summer time ends
/// // on Sunday 25 October, so 72 elapsed hours end at 14:00 local on Monday, not 15:00.
/// let aware = Utc.with_ymd_and_hms(2026, 10, 23, 12, 20, 0).unwrap();
/// let d = breach_notification_deadline(aware, EuTimeZone::Central).unwrap();
/// assert_eq!(d.ends_local.to_rfc3339(), "2026-10-26T14:00:00+01:00");
/// ```
pub fn breach_notification_deadline(
    aware: DateTime<Utc>,
    zone: EuTimeZone,
) -> Result<HoursDeadline, DeadlineError> {
    let mut d = hours_deadline(aware, 72, zone)?;
    d.reasons.insert(
        0,
        Reason::fixed(
            Citation::article(33).paragraph(1),
            "a personal data breach is notified to the supervisory authority without undue delay and, where feasible, not later than 72 hours after becoming aware of it; a later notification must give the reasons for the delay",
        ),
    );
    Ok(d)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::super::holidays::{Belgium, Netherlands, NoHolidays};
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_month_ends_on_the_same_date() {
        let x = deadline(d(2026, 3, 5), Period::months(1), &NoHolidays).unwrap();
        assert_eq!(x.last_day, d(2026, 4, 6), "5 April 2026 is a Sunday");
        assert_eq!(x.nominal_last_day, d(2026, 4, 5));
        let x = deadline(d(2026, 3, 10), Period::months(1), &NoHolidays).unwrap();
        assert_eq!(x.last_day, d(2026, 4, 10));
    }

    #[test]
    fn a_month_from_the_31st_ends_on_the_last_day_of_a_shorter_month() {
        let x = deadline(d(2026, 3, 31), Period::months(1), &NoHolidays).unwrap();
        assert_eq!(x.nominal_last_day, d(2026, 4, 30));
        assert_eq!(x.last_day, d(2026, 4, 30));
    }

    #[test]
    fn a_last_day_on_a_holiday_moves_to_the_next_working_day() {
        // 6 March 2026 + 1 month = Monday 6 April 2026, Easter Monday in BE and NL.
        let be = deadline(d(2026, 3, 6), Period::months(1), &Belgium).unwrap();
        assert_eq!(be.last_day, d(2026, 4, 7));
        assert!(be
            .reasons
            .iter()
            .any(|r| r.citation.to_string() == "Art. 3(4) Regulation 1182/71"));
        // 27 March 2026 + 1 month = Monday 27 April: King's Day in NL only.
        assert_eq!(
            deadline(d(2026, 3, 27), Period::months(1), &Netherlands)
                .unwrap()
                .last_day,
            d(2026, 4, 28)
        );
        assert_eq!(
            deadline(d(2026, 3, 27), Period::months(1), &Belgium)
                .unwrap()
                .last_day,
            d(2026, 4, 27)
        );
    }

    #[test]
    fn two_days_include_two_working_days() {
        // Event Thursday 24 Dec 2026, two days: nominal Saturday 26th → Monday 28th by 3(4);
        // working days in the period: only Monday 28 (25th is Christmas) → 3(5) runs to 29th.
        let x = deadline(d(2026, 12, 24), Period::days(2), &Belgium).unwrap();
        assert_eq!(x.last_day, d(2026, 12, 29));
        assert!(x
            .reasons
            .iter()
            .any(|r| r.citation.to_string() == "Art. 3(5) Regulation 1182/71"));
    }

    #[test]
    fn one_day_is_not_extended_by_article_3_5() {
        let x = deadline(d(2026, 11, 26), Period::days(1), &NoHolidays).unwrap();
        assert_eq!(x.last_day, d(2026, 11, 27));
    }

    #[test]
    fn request_deadlines_count_three_months_from_receipt_for_the_extension() {
        let x = request_deadlines(d(2026, 1, 31), &NoHolidays).unwrap();
        assert_eq!(
            x.respond_by.last_day,
            d(2026, 3, 2),
            "28 Feb 2026 is a Saturday"
        );
        assert_eq!(x.extended_respond_by.unwrap().last_day, d(2026, 4, 30));
    }

    #[test]
    fn hours_elapse_across_the_end_of_summer_time() {
        let aware = Utc.with_ymd_and_hms(2026, 10, 23, 12, 20, 0).unwrap();
        let x = breach_notification_deadline(aware, EuTimeZone::Central).unwrap();
        assert_eq!(
            x.starts,
            Utc.with_ymd_and_hms(2026, 10, 23, 13, 0, 0).unwrap()
        );
        assert_eq!(
            x.ends,
            Utc.with_ymd_and_hms(2026, 10, 26, 13, 0, 0).unwrap()
        );
        assert_eq!(x.ends_local.to_rfc3339(), "2026-10-26T14:00:00+01:00");
    }

    #[test]
    fn hours_elapse_across_the_start_of_summer_time() {
        // Aware Friday 27 March 2026 09:30 CET (08:30 UTC); summer time starts Sunday 29th.
        let aware = Utc.with_ymd_and_hms(2026, 3, 27, 8, 30, 0).unwrap();
        let x = breach_notification_deadline(aware, EuTimeZone::Central).unwrap();
        assert_eq!(x.ends_local.to_rfc3339(), "2026-03-30T11:00:00+02:00");
    }

    #[test]
    fn an_event_on_the_hour_starts_counting_at_the_next_hour() {
        let aware = Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap();
        let x = hours_deadline(aware, 72, EuTimeZone::Central).unwrap();
        assert_eq!(x.ends, Utc.with_ymd_and_hms(2026, 6, 4, 11, 0, 0).unwrap());
    }

    #[test]
    fn hour_periods_are_refused_by_the_day_counter() {
        assert_eq!(
            deadline(d(2026, 1, 1), Period::hours(72), &NoHolidays),
            Err(DeadlineError::HoursPeriod(Period::hours(72)))
        );
    }

    #[test]
    fn extreme_dates_are_errors_not_panics() {
        assert_eq!(
            deadline(NaiveDate::MAX, Period::days(1), &NoHolidays),
            Err(DeadlineError::OutOfRange)
        );
        assert!(request_deadlines(NaiveDate::MAX, &Belgium).is_err());
        assert!(hours_deadline(DateTime::<Utc>::MAX_UTC, 72, EuTimeZone::Central).is_err());
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert!(hours_deadline(now, u32::MAX, EuTimeZone::Central).is_err());
    }
}
