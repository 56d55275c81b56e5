//! Deadlines over the whole calendar: any day, any period, any hour. Nothing may panic, and a
//! period not in hours never ends on a non-working day or before its nominal end.
#![no_main]

use chrono::{DateTime, Days, NaiveDate, Utc};
use gdpr::assess::{self, Belgium, EuTimeZone, Holidays, Netherlands};
use gdpr::Period;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (u32, u16, u16, u32, i64, bool)| {
    let (offset, months, days, hours, seconds, dutch) = data;
    let day = NaiveDate::MIN.checked_add_days(Days::new(u64::from(offset) % 200_000_000)).unwrap_or(NaiveDate::MAX);
    let calendar: &dyn Holidays = if dutch { &Netherlands } else { &Belgium };
    let period = Period { years: 0, months: u32::from(months), weeks: 0, days: u32::from(days), hours: 0 };
    if let Ok(d) = assess::deadline(day, period, calendar) {
        assert!(d.last_day >= d.nominal_last_day);
        assert!(calendar.is_working_day(d.last_day));
    }
    let _ = assess::request_deadlines(day, calendar);
    if let Some(at) = DateTime::<Utc>::from_timestamp(seconds % 300_000_000_000, 0) {
        let _ = assess::hours_deadline(at, hours, EuTimeZone::Central);
    }
});
