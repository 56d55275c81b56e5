//! Time limits, counted as Regulation (EEC, Euratom) No 1182/71 counts them.
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/deadlines.md`), where users read it.

use chrono::{
    DateTime, Datelike, Days, FixedOffset, NaiveDate, Offset, TimeDelta, Timelike, Utc, Weekday,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::{Calendar, CalendarSummary, Holiday};
use super::deadline_days::{last_day_steps, request_steps, LastDay, RequestSteps};
use super::Reason;
use crate::explain::{DayKind, Params, ReasonCode};
use crate::{Citation, Country, Period};

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
    /// The period mixes hours with days, weeks, months or years, which Regulation 1182/71
    /// counts in different ways.
    #[error(
        "the period `{0}` mixes hours with days, weeks, months or years; give one or the other"
    )]
    MixedUnits(Period),
    /// A period in hours was counted from a day; it needs the moment of the event.
    #[error("the period `{0}` is in hours: give the moment of the event, not only its day")]
    HoursFromDay(Period),
}

/// A period not in hours, counted from an event: it ends at the end of `last_day`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a deadline object")]
#[non_exhaustive]
pub struct Deadline {
    /// The day of the event (not counted).
    pub event: NaiveDate,
    /// The period.
    pub period: Period,
    /// The last day before Art. 3(4) and 3(5) are applied.
    pub nominal_last_day: NaiveDate,
    /// The last day of the period: it ends at the end of this day, local time.
    pub last_day: NaiveDate,
    /// The public holidays counted (Art. 2(1) of Regulation 1182/71).
    pub calendar: CalendarSummary,
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
/// use gdpr::assess::{deadline, NoHolidays, Netherlands};
/// use gdpr::Period;
///
/// let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// // 31 January + one month: February has no 31st, so the period ends on its last day,
/// // Saturday 28 February, and moves to Monday 2 March.
/// let d = deadline(day(1, 31), Period::months(1), &NoHolidays).unwrap();
/// assert_eq!(d.nominal_last_day, day(2, 28));
/// assert_eq!(d.last_day, day(3, 2));
///
/// // One month from 29 February 2024 ends on Friday 29 March, Good Friday, which the
/// // Algemene termijnenwet (art. 3(2)) equates with a holiday; Easter Monday follows.
/// let leap = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
/// let d = deadline(leap, Period::months(1), &Netherlands).unwrap();
/// assert_eq!(d.last_day, NaiveDate::from_ymd_opt(2024, 4, 2).unwrap());
/// ```
pub fn deadline(
    event: NaiveDate,
    period: Period,
    calendar: &Calendar,
) -> Result<Deadline, DeadlineError> {
    let steps = last_day_steps(event, period, |d| calendar.is_working_day(d))?;
    Ok(explain_deadline(event, period, calendar, steps))
}

/// The deadline whose days Regulation 1182/71 gave as `steps`, with its reasons; `calendar`
/// names the holiday a period is moved past.
fn explain_deadline(
    event: NaiveDate,
    period: Period,
    calendar: &Calendar,
    steps: LastDay,
) -> Deadline {
    let nominal = steps.nominal;
    let mut reasons = Vec::with_capacity(5);
    reasons.push(Reason::of(
        ReasonCode::DayOfEventNotCounted,
        Citation::periods_regulation(3).paragraph(1),
    ));
    reasons.push(Reason::with(
        ReasonCode::PeriodEnds,
        Citation::periods_regulation(3)
            .paragraph(2)
            .point(if months_or_weeks(&period) { 'c' } else { 'b' }),
        Params {
            period: Some(period),
            date: Some(event),
            until: Some(nominal),
            ..Params::default()
        },
    ));
    let summary = calendar.summary();
    reasons.push(Reason::with(
        ReasonCode::CalendarCounted,
        Citation::periods_regulation(2).paragraph(1),
        Params {
            calendar: Some(summary.clone()),
            ..Params::default()
        },
    ));
    if let Some(moved) = steps.moved {
        reasons.push(Reason::with(
            ReasonCode::NextWorkingDay,
            Citation::periods_regulation(3).paragraph(4),
            Params {
                date: Some(nominal),
                until: Some(moved),
                ..non_working_kind(calendar, nominal)
            },
        ));
    }
    if let Some(second) = steps.second {
        reasons.push(Reason::with(
            ReasonCode::TwoWorkingDays,
            Citation::periods_regulation(3).paragraph(5),
            Params {
                until: Some(second),
                ..Params::default()
            },
        ));
    }
    Deadline {
        event,
        period,
        nominal_last_day: nominal,
        last_day: steps.last(),
        calendar: summary,
        reasons,
    }
}

fn months_or_weeks(period: &Period) -> bool {
    period.years > 0 || period.months > 0 || period.weeks > 0
}

/// What kind of day `date` is, for the sentence that moves a period past it.
fn non_working_kind(calendar: &Calendar, date: NaiveDate) -> Params {
    match (date.weekday(), calendar.holiday_on(date)) {
        (Weekday::Sat, _) => Params {
            day: Some(DayKind::Saturday),
            ..Params::default()
        },
        (Weekday::Sun, _) => Params {
            day: Some(DayKind::Sunday),
            ..Params::default()
        },
        (_, Some(Holiday { name, law, .. })) => Params {
            day: Some(DayKind::PublicHoliday),
            text: Some(name.to_string()),
            law: Some(law.to_string()),
            ..Params::default()
        },
        (_, None) => Params::default(),
    }
}

/// The time limits of Art. 12(3) for a request under Art. 15 to 22.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a request deadlines object")]
#[non_exhaustive]
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
    calendar: &Calendar,
) -> Result<RequestDeadlines, DeadlineError> {
    let steps = request_steps(received, |d| calendar.is_working_day(d))?;
    Ok(explain_request_deadlines(&steps, calendar))
}

/// The Art. 12(3) time limits whose days Regulation 1182/71 gave as `steps`, with their
/// reasons; `calendar` names the holidays a deadline is moved past (the steps may have been
/// counted on a compiled policy's bitmap, which agrees with it).
pub(crate) fn explain_request_deadlines(
    steps: &RequestSteps,
    calendar: &Calendar,
) -> RequestDeadlines {
    let within = |months, code, last_day| {
        let mut deadline =
            explain_deadline(steps.received, Period::months(months), calendar, last_day);
        deadline
            .reasons
            .insert(0, Reason::of(code, Citation::article(12).paragraph(3)));
        deadline
    };
    RequestDeadlines {
        received: steps.received,
        respond_by: within(1, ReasonCode::OneMonthToAnswer, steps.respond_by),
        extended_respond_by: Some(within(
            3,
            ReasonCode::TwoFurtherMonths,
            steps.extended_respond_by,
        )),
    }
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
    /// UTC all year, without summer time (Iceland, which Directive 2000/84/EC does not bind).
    UtcAllYear,
}

impl EuTimeZone {
    fn standard_hours(self) -> i32 {
        match self {
            EuTimeZone::Western | EuTimeZone::UtcAllYear => 0,
            EuTimeZone::Central => 1,
            EuTimeZone::Eastern => 2,
        }
    }

    /// The time zone of the capital of an EEA state, or `None` for another country. Regions
    /// on another clock (the Canary Islands, the Azores, the outermost regions) are not
    /// covered: name their zone yourself.
    ///
    /// # Example
    ///
    /// ```
    /// use gdpr::assess::EuTimeZone;
    ///
    /// assert_eq!(EuTimeZone::for_establishment("FI".parse().unwrap()), Some(EuTimeZone::Eastern));
    /// assert_eq!(EuTimeZone::for_establishment("US".parse().unwrap()), None);
    /// ```
    pub fn for_establishment(state: Country) -> Option<EuTimeZone> {
        Some(match state.code() {
            "IE" | "PT" => EuTimeZone::Western,
            "BG" | "CY" | "EE" | "FI" | "GR" | "LT" | "LV" | "RO" | "AX" => EuTimeZone::Eastern,
            "IS" => EuTimeZone::UtcAllYear,
            "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FR" | "HR" | "HU" | "IT" | "LI" | "LU"
            | "MT" | "NL" | "NO" | "PL" | "SE" | "SI" | "SK" => EuTimeZone::Central,
            _ => return None,
        })
    }

    /// The offset from UTC in force at `instant`.
    pub fn offset_at(self, instant: DateTime<Utc>) -> FixedOffset {
        let year = instant.year();
        let summer = self != EuTimeZone::UtcAllYear
            && match (last_sunday(year, 3), last_sunday(year, 10)) {
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
#[non_exhaustive]
pub struct HoursDeadline {
    /// When the event happened.
    pub event: DateTime<Utc>,
    /// The number of hours.
    pub hours: u32,
    /// The controller's time zone, in which `ends_local` is given.
    pub zone: EuTimeZone,
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
        Reason::with(
            ReasonCode::HourOfEventNotCounted,
            Citation::periods_regulation(3).paragraph(1),
            Params {
                moment: Some(zone.local(hour_start)),
                ..Params::default()
            },
        ),
        Reason::with(
            ReasonCode::HoursExpire,
            Citation::periods_regulation(3).paragraph(2).point('a'),
            Params {
                hours: Some(hours),
                moment: Some(zone.local(starts)),
                until_moment: Some(ends_local),
                ..Params::default()
            },
        ),
    ];
    if zone.offset_at(starts) != ends_local.offset().fix() {
        reasons.push(Reason::of(
            ReasonCode::SummerTimeChange,
            Citation::periods_regulation(3).paragraph(2).point('a'),
        ));
    }
    Ok(HoursDeadline {
        event,
        hours,
        zone,
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
        Reason::of(
            ReasonCode::BreachWithin72Hours,
            Citation::article(33).paragraph(1),
        ),
    );
    Ok(d)
}

/// When the event that starts a period happened: its day, or, for a period in hours, its
/// moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventTime {
    /// The day of the event.
    Day(NaiveDate),
    /// The moment of the event.
    Instant(DateTime<Utc>),
}

/// A time limit of any period: one in days, weeks, months or years ends at the end of a day,
/// one in hours at a moment. Serialised as `{"days": {…}}` or `{"hours": {…}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(
    rename_all = "snake_case",
    deny_unknown_fields,
    expecting = "a time limit object"
)]
pub enum TimeLimit {
    /// A period of days, weeks, months or years (Art. 3(2)(b), (c), 3(4) and 3(5)).
    Days(Deadline),
    /// A period of hours (Art. 3(2)(a)).
    Hours(HoursDeadline),
}

/// Counts any period from an event under Regulation 1182/71, with the holidays of `calendar`
/// and the clock of `zone`.
///
/// A period in hours needs the moment of the event ([`EventTime::Instant`]) and is counted in
/// elapsed hours; the calendar does not matter to it (Art. 3(4) excludes periods in hours). A
/// period of days, weeks, months or years counted from a moment starts from the local day of
/// that moment in `zone` (Art. 3(1)).
///
/// # Errors
///
/// [`DeadlineError::MixedUnits`] for a period that mixes hours with other units,
/// [`DeadlineError::HoursFromDay`] for hours counted from a day,
/// [`DeadlineError::OutOfRange`] past the end of the calendar.
///
/// # Example
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use gdpr::assess::{time_limit, Calendar, EuTimeZone, EventTime, TimeLimit};
///
/// let fr = Calendar::for_establishment("FR".parse().unwrap());
/// // Two weeks from Friday 1 May 2026 end on Friday 15 May 2026.
/// let from = EventTime::Day(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
/// let TimeLimit::Days(d) = time_limit(from, "P2W".parse().unwrap(), &fr, EuTimeZone::Central).unwrap()
/// else { unreachable!() };
/// assert_eq!(d.last_day, NaiveDate::from_ymd_opt(2026, 5, 15).unwrap());
///
/// // 24 hours from 23:30 UTC on 30 April are counted from the next hour.
/// let at = EventTime::Instant(Utc.with_ymd_and_hms(2026, 4, 30, 23, 30, 0).unwrap());
/// let TimeLimit::Hours(h) = time_limit(at, "PT24H".parse().unwrap(), &fr, EuTimeZone::Central).unwrap()
/// else { unreachable!() };
/// assert_eq!(h.ends_local.to_rfc3339(), "2026-05-02T02:00:00+02:00");
/// ```
pub fn time_limit(
    event: EventTime,
    period: Period,
    calendar: &Calendar,
    zone: EuTimeZone,
) -> Result<TimeLimit, DeadlineError> {
    let other_units = period.years > 0 || period.months > 0 || period.weeks > 0 || period.days > 0;
    if period.hours > 0 {
        if other_units {
            return Err(DeadlineError::MixedUnits(period));
        }
        return match event {
            EventTime::Instant(at) => Ok(TimeLimit::Hours(hours_deadline(at, period.hours, zone)?)),
            EventTime::Day(_) => Err(DeadlineError::HoursFromDay(period)),
        };
    }
    let day = match event {
        EventTime::Day(day) => day,
        EventTime::Instant(at) => zone.local(at).date_naive(),
    };
    Ok(TimeLimit::Days(deadline(day, period, calendar)?))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::super::calendar::{Belgium, Netherlands, NoHolidays};
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
    fn a_month_from_29_february_2024_skips_good_friday_and_easter_monday_in_the_netherlands() {
        let x = deadline(d(2024, 2, 29), Period::months(1), &Netherlands).unwrap();
        assert_eq!(x.nominal_last_day, d(2024, 3, 29));
        assert_eq!(x.last_day, d(2024, 4, 2));
        let art_3_4 = x
            .reasons
            .iter()
            .find(|r| r.citation.to_string() == "Art. 3(4) Regulation 1182/71")
            .unwrap();
        assert!(art_3_4
            .text()
            .contains("Goede Vrijdag, Algemene termijnenwet, art. 3(2)"));
        // Belgium does not equate Good Friday: the period ends that Friday.
        let be = deadline(d(2024, 2, 29), Period::months(1), &Belgium).unwrap();
        assert_eq!(be.last_day, d(2024, 3, 29));
    }

    #[test]
    fn every_deadline_names_its_calendar() {
        let x = deadline(d(2026, 3, 5), Period::months(1), &Netherlands).unwrap();
        assert_eq!(x.calendar.id, "NL");
        assert!(x
            .reasons
            .iter()
            .any(|r| r.citation.to_string() == "Art. 2(1) Regulation 1182/71"
                && r.text().contains("regional holidays are not counted")));
        let none = deadline(d(2026, 3, 5), Period::months(1), &NoHolidays).unwrap();
        assert_eq!(
            none.calendar.scope,
            crate::assess::CalendarScope::WeekendsOnly
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
    fn time_limits_take_any_period() {
        let cal = Belgium.clone();
        let zone = EuTimeZone::Central;
        let day = EventTime::Day(d(2026, 1, 15));
        let year = time_limit(day, "P1Y".parse().unwrap(), &cal, zone).unwrap();
        assert!(matches!(year, TimeLimit::Days(ref x) if x.last_day == d(2027, 1, 15)));
        let weeks = time_limit(day, "P2W".parse().unwrap(), &cal, zone).unwrap();
        assert!(matches!(weeks, TimeLimit::Days(ref x) if x.last_day == d(2026, 1, 29)));
        let days = time_limit(day, "P10D".parse().unwrap(), &cal, zone).unwrap();
        assert!(matches!(days, TimeLimit::Days(ref x) if x.last_day == d(2026, 1, 26)));
        assert_eq!(
            time_limit(day, "PT72H".parse().unwrap(), &cal, zone),
            Err(DeadlineError::HoursFromDay(Period::hours(72)))
        );
        let at = Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).unwrap();
        let mixed: Period = "P1DT2H".parse().unwrap();
        assert_eq!(
            time_limit(EventTime::Instant(at), mixed, &cal, zone),
            Err(DeadlineError::MixedUnits(mixed))
        );
        // A period of days counted from a moment starts from its local day: 23:30 UTC on
        // 15 January is already the 16th in Brussels.
        let late = Utc.with_ymd_and_hms(2026, 1, 15, 23, 30, 0).unwrap();
        let from_moment =
            time_limit(EventTime::Instant(late), "P1D".parse().unwrap(), &cal, zone).unwrap();
        assert!(matches!(from_moment, TimeLimit::Days(ref x) if x.event == d(2026, 1, 16)));
    }

    #[test]
    fn iceland_keeps_utc_all_year() {
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap();
        assert_eq!(
            EuTimeZone::UtcAllYear.offset_at(summer).local_minus_utc(),
            0
        );
        assert_eq!(
            EuTimeZone::Western.offset_at(summer).local_minus_utc(),
            3600
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
