//! Public holidays, for Art. 3(4) and 3(5) of Regulation 1182/71.
//!
//! The holidays that count are those of the Member State where the act is to be done
//! (Art. 2(1) of the Regulation). Belgium and the Netherlands are built in, computed for any
//! year, Easter-based days included; users supply others with [`HolidayList`] or their own
//! [`Holidays`] implementation.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A calendar of public holidays.
///
/// A trait rather than a closed enum because users must be able to bring their own:
/// a regional calendar, a company's closing days, a list from a government feed.
pub trait Holidays {
    /// Whether `date` is a public holiday.
    fn is_holiday(&self, date: NaiveDate) -> bool;

    /// Whether `date` is a working day: not a Saturday, Sunday or public holiday.
    fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_holiday(date)
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and
/// Butcher), or `None` outside chrono's calendar.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn easter_offset(date: NaiveDate) -> Option<i64> {
    let easter = easter_sunday(date.year())?;
    Some(date.signed_duration_since(easter).num_days())
}

/// The Belgian public holidays (wettelijke feestdagen, Law of 4 January 1974): New Year's
/// Day, Easter Monday, Labour Day, Ascension Day, Whit Monday, the National Holiday (21
/// July), Assumption (15 August), All Saints' Day, Armistice Day (11 November) and Christmas.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Belgium;

impl Holidays for Belgium {
    fn is_holiday(&self, date: NaiveDate) -> bool {
        matches!(
            (date.month(), date.day()),
            (1, 1) | (5, 1) | (7, 21) | (8, 15) | (11, 1) | (11, 11) | (12, 25)
        ) || matches!(easter_offset(date), Some(1 | 39 | 50))
    }
}

/// The Dutch public holidays of the Algemene termijnenwet (Art. 3): New Year's Day, Easter
/// Monday, Ascension Day, Whit Monday, King's Day (27 April, or 26 April when the 27th is a
/// Sunday), Liberation Day (5 May) and both Christmas days. Good Friday is not among them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Netherlands;

impl Holidays for Netherlands {
    fn is_holiday(&self, date: NaiveDate) -> bool {
        let kings_day = match NaiveDate::from_ymd_opt(date.year(), 4, 27) {
            Some(d) if d.weekday() == Weekday::Sun => d.pred_opt(),
            other => other,
        };
        matches!(
            (date.month(), date.day()),
            (1, 1) | (5, 5) | (12, 25) | (12, 26)
        ) || Some(date) == kings_day
            || matches!(easter_offset(date), Some(1 | 39 | 50))
    }
}

/// A calendar given as a list of dates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HolidayList(BTreeSet<NaiveDate>);

impl HolidayList {
    /// A calendar of these dates.
    pub fn new(dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        HolidayList(dates.into_iter().collect())
    }
}

impl Holidays for HolidayList {
    fn is_holiday(&self, date: NaiveDate) -> bool {
        self.0.contains(&date)
    }
}

/// No public holidays: only Saturdays and Sundays are not working days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoHolidays;

impl Holidays for NoHolidays {
    fn is_holiday(&self, _: NaiveDate) -> bool {
        false
    }
}

/// The first working day strictly after `date`, if the calendar has one.
pub(crate) fn next_working_day(calendar: &dyn Holidays, date: NaiveDate) -> Option<NaiveDate> {
    let mut day = date;
    // A year of holidays in a row is no calendar; stop rather than loop.
    for _ in 0..366 {
        day = day.checked_add_days(Days::new(1))?;
        if calendar.is_working_day(day) {
            return Some(day);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn holidays_of(calendar: &dyn Holidays, year: i32) -> Vec<NaiveDate> {
        d(year, 1, 1)
            .iter_days()
            .take_while(|x| x.year() == year)
            .filter(|x| calendar.is_holiday(*x))
            .collect()
    }

    #[test]
    fn easter_matches_known_dates() {
        assert_eq!(easter_sunday(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter_sunday(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(d(2027, 3, 28)));
        assert_eq!(easter_sunday(2038), Some(d(2038, 4, 25)));
        assert_eq!(easter_sunday(2285), Some(d(2285, 3, 22)));
    }

    #[test]
    fn belgian_holidays_of_2026() {
        let expected = [
            d(2026, 1, 1),
            d(2026, 4, 6),
            d(2026, 5, 1),
            d(2026, 5, 14),
            d(2026, 5, 25),
            d(2026, 7, 21),
            d(2026, 8, 15),
            d(2026, 11, 1),
            d(2026, 11, 11),
            d(2026, 12, 25),
        ];
        assert_eq!(holidays_of(&Belgium, 2026), expected);
    }

    #[test]
    fn dutch_holidays_of_2025_move_kings_day_off_sunday() {
        assert_eq!(
            holidays_of(&Netherlands, 2025),
            [
                d(2025, 1, 1),
                d(2025, 4, 21),
                d(2025, 4, 26),
                d(2025, 5, 5),
                d(2025, 5, 29),
                d(2025, 6, 9),
                d(2025, 12, 25),
                d(2025, 12, 26),
            ]
        );
        assert!(
            !Netherlands.is_holiday(d(2025, 4, 18)),
            "Good Friday is not a holiday"
        );
    }

    #[test]
    fn next_working_day_skips_weekends_and_holidays() {
        // Friday 24 December 2027: next working day is Monday 27th... which is not a BE holiday.
        assert_eq!(
            next_working_day(&Belgium, d(2027, 12, 24)),
            Some(d(2027, 12, 27))
        );
        // Thursday 24 December 2026 → Friday 25 is Christmas → Monday 28.
        assert_eq!(
            next_working_day(&Belgium, d(2026, 12, 24)),
            Some(d(2026, 12, 28))
        );
        assert_eq!(next_working_day(&NoHolidays, NaiveDate::MAX), None);
    }
}
