//! The date of Easter, Western and Orthodox, from which the movable feasts are counted.

use chrono::{NaiveDate, TimeDelta};

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and
/// Butcher), or `None` outside chrono's calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::easter_sunday;
///
/// assert_eq!(easter_sunday(2026), NaiveDate::from_ymd_opt(2026, 4, 5));
/// ```
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

/// Easter Sunday of the Orthodox churches (Bulgaria, Cyprus, Greece, Romania), given in the
/// Gregorian calendar, or `None` outside chrono's calendar.
///
/// The Julian computus (Meeus) gives a Julian-calendar date in March, April or May; the
/// Gregorian date is that many days later as the two calendars differ in that year.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::orthodox_easter_sunday;
///
/// assert_eq!(orthodox_easter_sunday(2027), NaiveDate::from_ymd_opt(2027, 5, 2));
/// ```
pub fn orthodox_easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(4);
    let b = year.rem_euclid(7);
    let c = year.rem_euclid(19);
    let d = (19 * c + 15).rem_euclid(30);
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114).div_euclid(31);
    let day = (d + e + 114).rem_euclid(31) + 1;
    // March to May have the same lengths in both calendars, so the Julian day numbers read
    // as a Gregorian date and shifted by the calendars' difference give the right day.
    let julian =
        NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    let difference = year.div_euclid(100) - year.div_euclid(400) - 2;
    julian.checked_add_signed(TimeDelta::try_days(i64::from(difference))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn western_easter_matches_known_dates() {
        assert_eq!(easter_sunday(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter_sunday(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(d(2027, 3, 28)));
        assert_eq!(easter_sunday(2038), Some(d(2038, 4, 25)));
        assert_eq!(easter_sunday(2285), Some(d(2285, 3, 22)));
    }

    #[test]
    fn orthodox_easter_matches_known_dates() {
        // Dates as published by the Orthodox churches for these years.
        assert_eq!(orthodox_easter_sunday(2024), Some(d(2024, 5, 5)));
        assert_eq!(orthodox_easter_sunday(2025), Some(d(2025, 4, 20)));
        assert_eq!(orthodox_easter_sunday(2026), Some(d(2026, 4, 12)));
        assert_eq!(orthodox_easter_sunday(2027), Some(d(2027, 5, 2)));
        assert_eq!(orthodox_easter_sunday(2021), Some(d(2021, 5, 2)));
    }

    #[test]
    fn easter_outside_the_calendar_is_none_not_a_panic() {
        assert_eq!(easter_sunday(i32::MAX), None);
        assert_eq!(orthodox_easter_sunday(i32::MIN), None);
    }
}
