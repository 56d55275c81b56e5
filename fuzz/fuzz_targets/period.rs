//! Any text as an ISO 8601 period: parsing, printing and calendar arithmetic at the edges of
//! the calendar. A period that parses prints as text that parses to the same period.
#![no_main]

use chrono::NaiveDate;
use gdpr::Period;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(period) = text.parse::<Period>() else { return };
    assert_eq!(period.to_string().parse::<Period>(), Ok(period));
    for day in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap_or_default()] {
        let _ = period.add_to_date(day);
        let _ = period.add_to_datetime(day.and_hms_opt(23, 0, 0).unwrap_or_default());
        if let Ok(threshold) = period.first_anchor_not_over(day) {
            // The threshold splits the calendar exactly where the period is over.
            if let Some(before) = threshold.pred_opt() {
                assert!(period.add_to_date(before).is_ok_and(|end| end <= day));
            }
            assert!(period.add_to_date(threshold).map_or(true, |end| end > day));
        }
    }
});
