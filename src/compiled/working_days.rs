//! Working days as a bitmap per year: one bit test instead of a walk over the calendar's
//! holiday rules.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::assess::Calendar;

/// Six words hold the 366 days of a year.
type Year = [u64; 6];

/// The non-working days (Saturdays, Sundays, public holidays) of a window of years, with the
/// calendar for the days outside it.
#[derive(Debug, Clone)]
pub(crate) struct WorkingDays {
    first_year: i32,
    years: Vec<Year>,
}

impl WorkingDays {
    /// The bitmap of `calendar` for `years` (clamped to the years chrono can date).
    pub(crate) fn new(calendar: &Calendar, years: RangeInclusive<i32>) -> WorkingDays {
        let first = (*years.start()).max(NaiveDate::MIN.year() + 1);
        let last = (*years.end()).min(NaiveDate::MAX.year() - 1);
        let mut out = WorkingDays {
            first_year: first,
            years: Vec::new(),
        };
        for year in first..=last {
            let mut bits: Year = [0; 6];
            let mut mark = |date: NaiveDate| {
                let day = date.ordinal0() as usize;
                if let Some(word) = bits.get_mut(day / 64) {
                    *word |= 1 << (day % 64);
                }
            };
            let mut day = NaiveDate::from_ymd_opt(year, 1, 1);
            while let Some(date) = day.filter(|d| d.year() == year) {
                if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                    mark(date);
                }
                day = date.succ_opt();
            }
            for (date, _) in calendar.holidays_in(year) {
                mark(date);
            }
            out.years.push(bits);
        }
        out
    }

    /// Whether `date` is a working day, if it falls in the window.
    #[inline]
    pub(crate) fn is_working_day(&self, date: NaiveDate) -> Option<bool> {
        let year = usize::try_from(date.year().checked_sub(self.first_year)?).ok()?;
        let bits = self.years.get(year)?;
        let day = date.ordinal0() as usize;
        let word = bits.get(day / 64)?;
        Some(word & (1 << (day % 64)) == 0)
    }

    /// The years the window covers.
    pub(crate) fn years(&self) -> RangeInclusive<i32> {
        let count = i32::try_from(self.years.len()).unwrap_or(i32::MAX);
        self.first_year..=self.first_year.saturating_add(count - 1)
    }
}
