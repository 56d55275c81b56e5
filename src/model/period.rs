//! ISO 8601 periods (`P7Y`, `P1M`, `PT72H`) with exact calendar arithmetic.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, TimeDelta};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A period of years, months, weeks, days and hours, as written in ISO 8601 (`P7Y`, `P1M`,
/// `P2W`, `P30D`, `PT72H`, `P1Y6M`).
///
/// The units are kept apart and never converted into one another: `P1M` is one calendar
/// month, not thirty days, and `P1Y` is not `P365D`. Minutes and seconds are not supported:
/// no period in the GDPR or in national retention law is that fine.
///
/// # Calendar addition
///
/// [`Period::add_to_date`] adds years and months first, as one number of months, clamping to
/// the last day of the month when the day does not exist there; then weeks and days. So
/// `2025-01-31 + P1M = 2025-02-28`, `2024-01-31 + P1M = 2024-02-29` and
/// `2024-02-29 + P1Y = 2025-02-28`. Clamping makes addition neither reversible nor
/// associative: `(31 Jan + P1M) + P1M = 28 Mar`, while `31 Jan + P2M = 31 Mar`. Always add
/// the whole period to the anchor date once.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::Period;
///
/// let p: Period = "P1M".parse().unwrap();
/// let jan31 = NaiveDate::from_ymd_opt(2025, 1, 31).unwrap();
/// assert_eq!(p.add_to_date(jan31), Ok(NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()));
/// assert_ne!(p, "P30D".parse().unwrap());
/// assert_eq!(p.to_string(), "P1M");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Period {
    /// Calendar years.
    pub years: u32,
    /// Calendar months.
    pub months: u32,
    /// Weeks of seven days.
    pub weeks: u32,
    /// Days.
    pub days: u32,
    /// Hours.
    pub hours: u32,
}

/// Why a period could not be parsed or added to a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PeriodError {
    /// The text is not an ISO 8601 period of the supported form.
    #[error("`{0}` is not an ISO 8601 period such as `P7Y`, `P1M`, `P2W`, `P30D` or `PT72H`")]
    Syntax(String),
    /// The period uses minutes or seconds.
    #[error(
        "`{0}` has minutes or seconds; periods are counted in years, months, weeks, days or hours"
    )]
    TooFine(String),
    /// The period has hours and was added to a date.
    #[error("a period with hours cannot be added to a date without a time")]
    HoursOnDate,
    /// The result is outside the supported calendar.
    #[error("the period runs past the end of the supported calendar")]
    OutOfRange,
}

impl Period {
    /// A period of whole years.
    pub const fn years(years: u32) -> Self {
        Period {
            years,
            months: 0,
            weeks: 0,
            days: 0,
            hours: 0,
        }
    }

    /// A period of whole months.
    pub const fn months(months: u32) -> Self {
        Period {
            months,
            ..Period::years(0)
        }
    }

    /// A period of whole days.
    pub const fn days(days: u32) -> Self {
        Period {
            days,
            ..Period::years(0)
        }
    }

    /// A period of whole hours.
    pub const fn hours(hours: u32) -> Self {
        Period {
            hours,
            ..Period::years(0)
        }
    }

    /// Whether every unit is zero.
    pub const fn is_zero(&self) -> bool {
        self.years == 0 && self.months == 0 && self.weeks == 0 && self.days == 0 && self.hours == 0
    }

    /// The years and months together, as months.
    fn total_months(&self) -> u64 {
        u64::from(self.years) * 12 + u64::from(self.months)
    }

    /// The weeks and days together, as days.
    fn total_days(&self) -> u64 {
        u64::from(self.weeks) * 7 + u64::from(self.days)
    }

    /// Adds this period to a date: months (with years) first, clamped to the month's last
    /// day, then days (with weeks).
    ///
    /// # Errors
    ///
    /// [`PeriodError::HoursOnDate`] if the period has hours; [`PeriodError::OutOfRange`] if
    /// the result is past the end of the calendar.
    pub fn add_to_date(&self, date: NaiveDate) -> Result<NaiveDate, PeriodError> {
        if self.hours != 0 {
            return Err(PeriodError::HoursOnDate);
        }
        self.add_calendar(date)
    }

    /// Adds this period to a date and time: months and days as on the calendar, then hours
    /// as elapsed hours.
    ///
    /// # Errors
    ///
    /// [`PeriodError::OutOfRange`] if the result is past the end of the calendar.
    pub fn add_to_datetime(&self, at: NaiveDateTime) -> Result<NaiveDateTime, PeriodError> {
        let date = self.add_calendar(at.date())?;
        date.and_time(at.time())
            .checked_add_signed(
                TimeDelta::try_hours(i64::from(self.hours)).ok_or(PeriodError::OutOfRange)?,
            )
            .ok_or(PeriodError::OutOfRange)
    }

    fn add_calendar(&self, date: NaiveDate) -> Result<NaiveDate, PeriodError> {
        let months = u32::try_from(self.total_months()).map_err(|_| PeriodError::OutOfRange)?;
        let date = add_months(date, months).ok_or(PeriodError::OutOfRange)?;
        match self.total_days() {
            0 => Ok(date),
            days => date
                .checked_add_days(Days::new(days))
                .ok_or(PeriodError::OutOfRange),
        }
    }

    /// The earliest anchor date whose period is not yet over on `date`: for every anchor
    /// `a`, `a + self <= date` holds exactly when `a < threshold`.
    ///
    /// Calendar addition is monotone (non-decreasing) in the anchor, clamping included, so
    /// the anchors whose period is over form a prefix of the calendar and a binary search
    /// finds its end. A retention sweep computes this once per rule and then compares each
    /// record's trigger date with it.
    ///
    /// # Errors
    ///
    /// [`PeriodError::HoursOnDate`] if the period has hours; [`PeriodError::OutOfRange`] if
    /// `date` is the last day of the calendar.
    pub fn first_anchor_not_over(&self, date: NaiveDate) -> Result<NaiveDate, PeriodError> {
        if self.hours != 0 {
            return Err(PeriodError::HoursOnDate);
        }
        let mut lo = NaiveDate::MIN;
        let mut hi = date
            .checked_add_days(Days::new(1))
            .ok_or(PeriodError::OutOfRange)?;
        // Invariant: every anchor >= hi is not over (anchor + self >= anchor > date).
        while lo < hi {
            let span = hi.signed_duration_since(lo).num_days();
            let mid = lo
                .checked_add_days(Days::new(u64::try_from(span / 2).unwrap_or(0)))
                .ok_or(PeriodError::OutOfRange)?;
            let over = match self.add_calendar(mid) {
                Ok(end) => end <= date,
                Err(_) => false,
            };
            if over {
                lo = mid.succ_opt().ok_or(PeriodError::OutOfRange)?;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let syntax = || PeriodError::Syntax(s.to_owned());
        check_shape(s).ok_or_else(syntax)?;
        // The shape check guarantees iso8601 consumes the whole string: it ignores leftovers.
        match iso8601::duration(s).map_err(|_| syntax())? {
            iso8601::Duration::Weeks(weeks) => Ok(Period {
                weeks,
                ..Period::default()
            }),
            iso8601::Duration::YMDHMS {
                year,
                month,
                day,
                hour,
                minute,
                second,
                millisecond,
            } => {
                if minute != 0 || second != 0 || millisecond != 0 {
                    return Err(PeriodError::TooFine(s.to_owned()));
                }
                Ok(Period {
                    years: year,
                    months: month,
                    weeks: 0,
                    days: day,
                    hours: hour,
                })
            }
        }
    }
}

/// Checks `P[nY][nM][nW][nD][T[nH][nM][nS]]` with at least one component, integers only,
/// and weeks not mixed with other units (as ISO 8601 requires). Returns `None` if not.
fn check_shape(s: &str) -> Option<()> {
    let body = s.strip_prefix('P')?;
    let (date, time) = match body.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (body, None),
    };
    let date_units = components(date, "YMWD")?;
    let time_units = match time {
        Some(t) => {
            let units = components(t, "HMS")?;
            if units == 0 {
                return None;
            }
            units
        }
        None => 0,
    };
    if date_units + time_units == 0 {
        return None;
    }
    if date.contains('W') && (date_units > 1 || time_units > 0) {
        return None;
    }
    Some(())
}

/// Counts `<digits><unit>` components in `s`, units in the order given, each at most once
/// and with at most nine digits (so the value fits in a `u32`).
fn components(s: &str, units: &str) -> Option<u32> {
    let mut rest = s;
    let mut allowed = units;
    let mut count = 0;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        if digits == 0 || digits > 9 {
            return None;
        }
        let unit = rest.get(digits..)?.chars().next()?;
        let pos = allowed.find(unit)?;
        allowed = allowed.get(pos + 1..)?;
        rest = rest.get(digits + 1..)?;
        count += 1;
    }
    Some(count)
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_zero() {
            return f.write_str("P0D");
        }
        // ISO 8601 does not mix weeks with other units; write them as days then.
        let weeks_alone = self.weeks != 0
            && self.years == 0
            && self.months == 0
            && self.days == 0
            && self.hours == 0;
        f.write_str("P")?;
        if weeks_alone {
            return write!(f, "{}W", self.weeks);
        }
        if self.years != 0 {
            write!(f, "{}Y", self.years)?;
        }
        if self.months != 0 {
            write!(f, "{}M", self.months)?;
        }
        let days = self.total_days();
        if days != 0 {
            write!(f, "{days}D")?;
        }
        if self.hours != 0 {
            write!(f, "T{}H", self.hours)?;
        }
        Ok(())
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An ISO 8601 period in years, months, weeks, days or hours, e.g. `P7Y`, `P1M`, `P2W`, `P30D`, `PT72H`.",
            // No look-ahead (RE2 has none): one branch per first unit, so a period names one.
            "pattern": "^P(?:[0-9]{1,9}W|[0-9]{1,9}Y(?:[0-9]{1,9}M)?(?:[0-9]{1,9}D)?(?:T[0-9]{1,9}H)?|[0-9]{1,9}M(?:[0-9]{1,9}D)?(?:T[0-9]{1,9}H)?|[0-9]{1,9}D(?:T[0-9]{1,9}H)?|T[0-9]{1,9}H)$"
        })
    }
}

/// `date` plus `months` calendar months, clamped to the last day of the month when the day
/// does not exist there (31 January + 1 month is 28 or 29 February), as chrono's
/// `checked_add_months` does; `None` past the end of the calendar. Written out because every
/// deadline and due date adds months, and chrono's general conversion is most of their cost.
fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    if months == 0 {
        return Some(date);
    }
    let from = i64::from(date.year()) * 12 + i64::from(date.month0());
    let to = from.checked_add(i64::from(months))?;
    let year = i32::try_from(to.div_euclid(12)).ok()?;
    let month = u32::try_from(to.rem_euclid(12)).ok()? + 1;
    let last = match month {
        2 if NaiveDate::from_ymd_opt(year, 2, 29).is_some() => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    NaiveDate::from_ymd_opt(year, month, date.day().min(last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Months;

    #[test]
    fn months_are_added_as_chrono_adds_them_on_every_day_and_count() {
        // Every day of a leap cycle and more, every count up to ten years and some far ones,
        // and the ends of the calendar.
        let mut date = d(1999, 12, 1);
        while date < d(2004, 3, 1) {
            for months in (0..=120).chain([1_000, 100_000, u32::MAX]) {
                assert_eq!(
                    add_months(date, months),
                    date.checked_add_months(Months::new(months)),
                    "{date} + {months}"
                );
            }
            date = date.succ_opt().unwrap();
        }
        for edge in [NaiveDate::MAX, NaiveDate::MIN, d(262_142, 12, 31)] {
            for months in [0, 1, 12, 13] {
                assert_eq!(
                    add_months(edge, months),
                    edge.checked_add_months(Months::new(months)),
                    "{edge} + {months}"
                );
            }
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_each_unit_separately() {
        let p: Period = "P1Y2M3DT4H".parse().unwrap();
        assert_eq!(
            p,
            Period {
                years: 1,
                months: 2,
                weeks: 0,
                days: 3,
                hours: 4
            }
        );
        assert_eq!("P2W".parse::<Period>().unwrap().weeks, 2);
        assert_eq!("PT72H".parse::<Period>().unwrap(), Period::hours(72));
    }

    #[test]
    fn one_month_is_not_thirty_days() {
        assert_ne!("P1M".parse::<Period>().unwrap(), "P30D".parse().unwrap());
    }

    #[test]
    fn rejects_malformed_and_trailing_text() {
        for bad in [
            "",
            "P",
            "PT",
            "7Y",
            "P7Yjunk",
            "P1.5Y",
            "P-1Y",
            "P1M1Y",
            "P1W2D",
            "p1y",
            "P1YT",
            "P9999999999Y",
        ] {
            assert!(
                matches!(bad.parse::<Period>(), Err(PeriodError::Syntax(_))),
                "{bad:?}"
            );
        }
        assert!(matches!(
            "PT30M".parse::<Period>(),
            Err(PeriodError::TooFine(_))
        ));
    }

    #[test]
    fn month_addition_clamps_to_the_last_day() {
        let p1m: Period = "P1M".parse().unwrap();
        assert_eq!(p1m.add_to_date(d(2025, 1, 31)), Ok(d(2025, 2, 28)));
        assert_eq!(p1m.add_to_date(d(2024, 1, 31)), Ok(d(2024, 2, 29)));
        assert_eq!(
            Period::years(1).add_to_date(d(2024, 2, 29)),
            Ok(d(2025, 2, 28))
        );
        assert_eq!(
            Period::months(2).add_to_date(d(2025, 1, 31)),
            Ok(d(2025, 3, 31))
        );
    }

    #[test]
    fn hours_are_refused_on_a_plain_date() {
        assert_eq!(
            Period::hours(72).add_to_date(d(2025, 1, 1)),
            Err(PeriodError::HoursOnDate)
        );
    }

    #[test]
    fn huge_periods_are_out_of_range_not_panics() {
        let p: Period = "P999999999Y".parse().unwrap();
        assert_eq!(p.add_to_date(d(2025, 1, 1)), Err(PeriodError::OutOfRange));
        assert_eq!(
            Period::days(1).add_to_date(NaiveDate::MAX),
            Err(PeriodError::OutOfRange)
        );
    }

    #[test]
    fn the_largest_hour_count_is_out_of_range_not_a_panic() {
        let at = d(2025, 1, 1).and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(
            Period::hours(u32::MAX).add_to_datetime(at),
            Err(PeriodError::OutOfRange)
        );
    }

    #[test]
    fn displays_canonically() {
        for s in [
            "P7Y",
            "P1M",
            "P2W",
            "P30D",
            "PT72H",
            "P1Y6M",
            "P0D",
            "P1Y2M3DT4H",
        ] {
            assert_eq!(s.parse::<Period>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn threshold_matches_direct_addition_around_month_ends() {
        let p1m: Period = "P1M".parse().unwrap();
        let today = d(2025, 2, 28);
        let t = p1m.first_anchor_not_over(today).unwrap();
        // 31 Jan + P1M = 28 Feb, so 31 Jan is over; 1 Feb + P1M = 1 Mar is not.
        assert_eq!(t, d(2025, 2, 1));
    }
}
