//! The end of a financial year, derived from any date in it: the trigger of fiscal retention
//! duties (Art. 52(4) AWR: seven years from the end of the year the record belongs to).

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RetentionError;

/// A financial year that ends on the last day of a month (December for a calendar year).
///
/// A retention rule that runs `from: end_of_financial_year` needs the year end, not the date
/// of the record: an invoice of 15 March 2019 under a calendar year is kept from 31 December
/// 2019, not from 15 March. `end_of` derives the year end from any date in the year and is
/// the identity on a year end, so the invoice date and the year end give the same answer. A
/// retention sweep built with a financial year, and a retention plan given one, derive it
/// themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    try_from = "RawFinancialYear",
    expecting = "a financial year object"
)]
pub struct FinancialYear {
    year_end_month: u32,
}

/// A financial year that ends on the last day of a month (December for a calendar year).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "FinancialYear")]
struct RawFinancialYear {
    /// The month (1–12) on whose last day the financial year ends.
    #[schemars(range(min = 1, max = 12))]
    year_end_month: u32,
}

impl TryFrom<RawFinancialYear> for FinancialYear {
    type Error = RetentionError;

    fn try_from(raw: RawFinancialYear) -> Result<Self, Self::Error> {
        FinancialYear::ending_in(raw.year_end_month)
    }
}

impl FinancialYear {
    /// The calendar year: it ends on 31 December.
    pub const CALENDAR_YEAR: FinancialYear = FinancialYear { year_end_month: 12 };

    /// A financial year ending on the last day of `month` (1 = January … 12 = December).
    ///
    /// # Errors
    ///
    /// [`RetentionError::InvalidYearEndMonth`] for a month outside 1–12.
    pub const fn ending_in(month: u32) -> Result<FinancialYear, RetentionError> {
        if month >= 1 && month <= 12 {
            Ok(FinancialYear {
                year_end_month: month,
            })
        } else {
            Err(RetentionError::InvalidYearEndMonth(month))
        }
    }

    /// The month on whose last day the year ends.
    pub const fn year_end_month(self) -> u32 {
        self.year_end_month
    }

    /// The year end in calendar year `year`, if the calendar has it.
    fn end_in(self, year: i32) -> Option<NaiveDate> {
        let (next_year, next_month) = if self.year_end_month == 12 {
            (year.checked_add(1)?, 1)
        } else {
            (year, self.year_end_month + 1)
        };
        NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
    }

    /// The last day of the financial year that `date` falls in: the trigger date of a rule
    /// that runs from the end of the financial year.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::FinancialYear;
    ///
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let july_to_june = FinancialYear::ending_in(6).unwrap();
    /// assert_eq!(july_to_june.end_of(day(2019, 3, 15)), Ok(day(2019, 6, 30)));
    /// assert_eq!(july_to_june.end_of(day(2019, 7, 1)), Ok(day(2020, 6, 30)));
    /// // The year end is its own year end.
    /// assert_eq!(july_to_june.end_of(day(2019, 6, 30)), Ok(day(2019, 6, 30)));
    /// assert!(FinancialYear::ending_in(13).is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// [`RetentionError::OutOfRange`] when that day is past the end of the calendar.
    pub fn end_of(self, date: NaiveDate) -> Result<NaiveDate, RetentionError> {
        let year = if date.month() <= self.year_end_month {
            Some(date.year())
        } else {
            date.year().checked_add(1)
        };
        year.and_then(|y| self.end_in(y))
            .ok_or(RetentionError::OutOfRange)
    }

    /// The latest year end on or before `date`, if the calendar has one. A date `d` has its
    /// year end on or before `date` exactly when `d` is on or before this day: the bound a
    /// database compares record dates with.
    pub fn last_end_on_or_before(self, date: NaiveDate) -> Option<NaiveDate> {
        match self.end_in(date.year()) {
            Some(end) if end <= date => Some(end),
            _ => self.end_in(date.year().checked_sub(1)?),
        }
    }

    /// Whether `date` is the last day of a financial year.
    pub fn is_year_end(self, date: NaiveDate) -> bool {
        self.end_in(date.year()) == Some(date)
    }
}

impl Default for FinancialYear {
    /// The calendar year.
    fn default() -> Self {
        FinancialYear::CALENDAR_YEAR
    }
}

/// Whether `date` is the last day of its month: every financial year ends on one.
pub(super) fn is_month_end(date: NaiveDate) -> bool {
    date.succ_opt().is_none_or(|next| next.day() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_february_year_end_follows_leap_years() {
        let fy = FinancialYear::ending_in(2).unwrap();
        assert_eq!(fy.end_of(d(2023, 3, 1)), Ok(d(2024, 2, 29)));
        assert_eq!(fy.end_of(d(2024, 2, 29)), Ok(d(2024, 2, 29)));
        assert_eq!(fy.end_of(d(2024, 3, 1)), Ok(d(2025, 2, 28)));
        assert_eq!(
            fy.last_end_on_or_before(d(2024, 2, 28)),
            Some(d(2023, 2, 28))
        );
        assert_eq!(
            fy.last_end_on_or_before(d(2024, 2, 29)),
            Some(d(2024, 2, 29))
        );
    }

    #[test]
    fn a_date_is_in_a_year_ended_by_the_bound_exactly_when_it_is_on_or_before_it() {
        for month in 1..=12 {
            let fy = FinancialYear::ending_in(month).unwrap();
            for bound in d(2023, 12, 1).iter_days().take(500).step_by(7) {
                let last = fy.last_end_on_or_before(bound).unwrap();
                assert!(fy.is_year_end(last));
                for date in d(2022, 1, 1).iter_days().take(1200).step_by(3) {
                    assert_eq!(
                        fy.end_of(date).unwrap() <= bound,
                        date <= last,
                        "{month} {bound} {date}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_calendar_edges_are_errors_not_panics() {
        let fy = FinancialYear::CALENDAR_YEAR;
        assert_eq!(fy.end_of(NaiveDate::MAX), Err(RetentionError::OutOfRange));
        assert_eq!(fy.last_end_on_or_before(NaiveDate::MIN), None);
        assert!(is_month_end(NaiveDate::MAX));
        assert_eq!(
            FinancialYear::ending_in(0),
            Err(RetentionError::InvalidYearEndMonth(0))
        );
    }

    #[test]
    fn a_year_end_month_out_of_range_is_refused_when_read() {
        assert!(serde_json::from_str::<FinancialYear>(r#"{"year_end_month": 13}"#).is_err());
        let fy: FinancialYear = serde_json::from_str(r#"{"year_end_month": 6}"#).unwrap();
        assert_eq!(fy.year_end_month(), 6);
    }
}
