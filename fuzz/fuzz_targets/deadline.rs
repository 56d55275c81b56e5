//! Deadlines over the whole calendar: any day, any period, any hour, with built-in and loaded
//! calendars. Nothing may panic; a period not in hours never ends on a non-working day or
//! before its nominal end, and one of two days or more holds two working days (Art. 3(5)).
#![no_main]

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use gdpr::assess::{self, Calendar, EuTimeZone, EventTime};
use gdpr::Period;
use libfuzzer_sys::fuzz_target;

const KINDS: [&str; 5] = ["fixed", "easter", "nth_weekday", "weekday_on_or_after", "date"];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A calendar document built from fuzz bytes, read through the strict reader like a user's
/// file; `None` when the reader refuses it (which must be an error, not a panic).
fn loaded(rules: &[(u8, u8, i16, u8, bool)], extends: Option<&str>) -> Option<Calendar> {
    let holidays: Vec<String> = rules
        .iter()
        .take(24)
        .map(|&(kind, a, offset, b, substitute)| {
            let month = a % 14; // 0 and 13 must be refused
            let day = b % 33;
            let weekday = WEEKDAYS[usize::from(b) % 7];
            let rule = match KINDS[usize::from(kind) % 5] {
                "fixed" => format!(r#"{{"kind":"fixed","month":{month},"day":{day}}}"#),
                "easter" => format!(
                    r#"{{"kind":"easter","offset":{offset},"church":"{}"}}"#,
                    if a % 2 == 0 { "western" } else { "orthodox" }
                ),
                "nth_weekday" => format!(
                    r#"{{"kind":"nth_weekday","month":{month},"weekday":"{weekday}","nth":{}}}"#,
                    offset % 7
                ),
                "weekday_on_or_after" => format!(
                    r#"{{"kind":"weekday_on_or_after","month":{month},"day":{day},"weekday":"{weekday}"}}"#
                ),
                _ => format!(
                    r#"{{"kind":"date","date":"{:04}-{:02}-{:02}"}}"#,
                    2000 + i32::from(offset).rem_euclid(100),
                    month,
                    day
                ),
            };
            let extra = if substitute { r#","weekend_substitute":"next_working_day""# } else { "" };
            let moves = if kind % 3 == 0 {
                format!(r#","moves":[{{"on":"{weekday}","days":{}}}]"#, offset % 9)
            } else {
                String::new()
            };
            format!(r#"{{"name":"h","law":"l","rule":{rule}{extra}{moves}}}"#)
        })
        .collect();
    let extends = extends.map(|c| format!(r#","extends":"{c}""#)).unwrap_or_default();
    let text = format!(r#"{{"id":"fuzz"{extends},"holidays":[{}]}}"#, holidays.join(","));
    gdpr::from_json::<Calendar>(&text).ok()
}

fuzz_target!(|data: (u32, u16, u16, u32, i64, u8, Vec<(u8, u8, i16, u8, bool)>, &str)| {
    let (offset, months, days, hours, seconds, pick, rules, raw) = data;
    // Arbitrary text must never panic the calendar reader.
    let _ = gdpr::from_json::<Calendar>(raw);

    let day = NaiveDate::MIN
        .checked_add_days(Days::new(u64::from(offset) % 200_000_000))
        .unwrap_or(NaiveDate::MAX);
    let states: Vec<&'static Calendar> = Calendar::all_national().collect();
    let national = states[usize::from(pick) % states.len()];
    let calendar = match pick % 3 {
        0 => national.clone(),
        1 => match loaded(&rules, Some(national.id.as_ref())) {
            Some(c) => c,
            None => return,
        },
        _ => match loaded(&rules, None) {
            Some(c) => c,
            None => return,
        },
    };
    let period = Period { years: 0, months: u32::from(months), weeks: 0, days: u32::from(days), hours: 0 };
    if let Ok(d) = assess::deadline(day, period, &calendar) {
        assert!(d.last_day >= d.nominal_last_day);
        assert!(calendar.is_working_day(d.last_day));
        if months > 0 || days >= 2 {
            let working = day
                .iter_days()
                .skip(1)
                .take_while(|x| *x <= d.last_day)
                .filter(|x| calendar.is_working_day(*x))
                .take(2)
                .count();
            assert_eq!(working, 2, "Art. 3(5)");
        }
    }
    let _ = assess::request_deadlines(day, &calendar);
    let _ = calendar.holidays_in(day.year());
    if let Some(at) = DateTime::<Utc>::from_timestamp(seconds % 300_000_000_000, 0) {
        let zone = [EuTimeZone::Western, EuTimeZone::Central, EuTimeZone::Eastern, EuTimeZone::UtcAllYear]
            [usize::from(pick) % 4];
        if let Ok(h) = assess::hours_deadline(at, hours, zone) {
            assert_eq!((h.ends - h.starts).num_hours(), i64::from(hours), "hours elapse");
        }
        let p = Period { hours: hours % 1000, ..Period::default() };
        let _ = assess::time_limit(EventTime::Instant(at), p, &calendar, zone);
    }
});
