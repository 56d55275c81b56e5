//! Dates and date-times as the schemas write them: `YYYY-MM-DD` exactly (RFC 3339
//! `full-date`), and `YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)` exactly (RFC 3339 `date-time`, with
//! the upper-case `T` and `Z` and no leap second), the [`DATE_PATTERN`] and
//! [`DATE_TIME_PATTERN`] of the exported schemas.
//!
//! chrono's parsers are lenient (`2026-1-1`, `+2026-01-01`, a space for the `T`, `+0100`); a
//! schema validator is not. Both readers wrap the visitor of a date or date-time in
//! [`Strict`], which refuses any other spelling before chrono sees it. A visitor is recognised
//! by what it expects, since serde does not tell a deserialiser which type it is reading.

use std::fmt::{self, Write};

use serde::de::{self, Expected, Visitor};

/// What chrono's `NaiveDate` visitor expects.
const DATE: &str = "a formatted date string";

/// What chrono's `DateTime` visitor expects (for every time zone).
const DATE_TIME: &str = "an RFC 3339 formatted date and time string";

/// The spelling of a date the reader accepts, as a schema `pattern`; the day's existence
/// (no 30 February) is checked by the reader and by validators of `format: date`.
pub(crate) const DATE_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// The spelling of a date-time the reader accepts, as a schema `pattern`.
pub(crate) const DATE_TIME_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";

/// Whether `visitor` expects exactly `what`, found without allocating.
fn expects(visitor: &dyn Expected, what: &str) -> bool {
    struct Prefix<'a>(&'a str);
    impl Write for Prefix<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 = self.0.strip_prefix(s).ok_or(fmt::Error)?;
            Ok(())
        }
    }
    let mut rest = Prefix(what);
    write!(rest, "{visitor}").is_ok() && rest.0.is_empty()
}

/// Whether `visitor` is chrono's date or date-time visitor.
pub(super) fn is_date(visitor: &dyn Expected) -> bool {
    expects(visitor, DATE) || expects(visitor, DATE_TIME)
}

/// A date or date-time visitor that refuses any spelling but the schemas'.
pub(super) struct Strict<V>(pub(super) V);

/// Digits at `range` of `b`, as a number (`None` if any is not an ASCII digit).
fn number(b: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    b.get(range)?.iter().try_fold(0, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// `YYYY-MM-DD`, with a month 01–12 and a day 01–31.
fn well_formed(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && number(b, 0..4).is_some()
        && b.get(4) == Some(&b'-')
        && number(b, 5..7).is_some_and(|m| (1..=12).contains(&m))
        && b.get(7) == Some(&b'-')
        && number(b, 8..10).is_some_and(|d| (1..=31).contains(&d))
}

/// A well-formed date, `T`, `hh:mm:ss` (hours 00–23, no leap second), an optional fraction,
/// and `Z` or an offset `±hh:mm`.
fn well_formed_date_time(text: &str) -> bool {
    let b = text.as_bytes();
    let (Some(date), Some(rest)) = (text.get(..10), b.get(10..)) else {
        return false;
    };
    let time_ok = rest.first() == Some(&b'T')
        && number(rest, 1..3).is_some_and(|h| h < 24)
        && rest.get(3) == Some(&b':')
        && number(rest, 4..6).is_some_and(|m| m < 60)
        && rest.get(6) == Some(&b':')
        && number(rest, 7..9).is_some_and(|s| s < 60);
    if !(well_formed(date) && time_ok) {
        return false;
    }
    let mut zone = rest.get(9..).unwrap_or_default();
    if let Some(fraction) = zone.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        zone = fraction.get(digits..).unwrap_or_default();
    }
    match zone {
        [b'Z'] => true,
        [b'+' | b'-', ..] => {
            zone.len() == 6
                && number(zone, 1..3).is_some_and(|h| h < 24)
                && zone.get(3) == Some(&b':')
                && number(zone, 4..6).is_some_and(|m| m < 60)
        }
        _ => false,
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Strict<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        if expects(&self.0, DATE_TIME) {
            if !well_formed_date_time(v) {
                return Err(E::custom(format_args!(
                    "`{v}` is not a valid date-time (YYYY-MM-DDThh:mm:ss with `Z` or an offset such as `+01:00`)"
                )));
            }
        } else if !well_formed(v) {
            return Err(E::custom(format_args!(
                "`{v}` is not a valid date (YYYY-MM-DD)"
            )));
        }
        self.0.visit_str(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_two_two_digits_are_a_date() {
        for ok in ["2026-11-27", "0001-01-01", "2026-02-31"] {
            assert!(well_formed(ok), "{ok}");
        }
        for bad in [
            "2026-1-1",
            "+2026-01-01",
            "20261127",
            "2026-11-27T00:00:00Z",
            "٢٠٢٦-11-27",
            "2026-13-01",
            "2026-00-01",
            "2026-01-32",
        ] {
            assert!(!well_formed(bad), "{bad}");
        }
    }

    #[test]
    fn only_rfc_3339_spellings_are_a_date_time() {
        for ok in [
            "2026-11-27T09:30:00+01:00",
            "2026-11-27T09:30:00Z",
            "2026-11-27T23:59:59.123456789-05:30",
            "0001-01-01T00:00:00+00:00",
        ] {
            assert!(well_formed_date_time(ok), "{ok}");
        }
        for bad in [
            "2026-11-27 09:30:00+01:00",
            "2026-11-27t09:30:00z",
            "2026-11-27T09:30+01:00",
            "2026-1-27T09:30:00+01:00",
            "2026-11-27T09:30:00+0100",
            "+2026-11-27T09:30:00+01:00",
            "2026-11-27T09:30:60+01:00",
            "2026-11-27T24:00:00Z",
            "2026-11-27T09:30:00.Z",
            "2026-11-27T09:30:00",
            "2026-11-27T09:30:00+01:00 ",
            "2026-11-27",
        ] {
            assert!(!well_formed_date_time(bad), "{bad}");
        }
    }

    proptest::proptest! {
        /// The hand-written checks and the schemas' patterns accept the same strings, on
        /// spellings built around every boundary of every field.
        #[test]
        fn the_checks_and_the_schema_patterns_agree(
            year in 0u32..10_000, month in 0u32..14, day in 0u32..33,
            hour in 0u32..26, minute in 0u32..62, second in 0u32..62,
            separator in proptest::sample::select(vec!["T", "t", " ", ""]),
            fraction in proptest::sample::select(vec!["", ".", ".5", ".123456789", ".x"]),
            zone in proptest::sample::select(vec![
                "Z", "z", "+01:00", "-05:30", "+0100", "+24:00", "+01:60", "", "+1:00", "Z ",
            ]),
            short_year in proptest::bool::ANY,
        ) {
            let date = if short_year {
                format!("{year}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02}")
            };
            let time = format!("{date}{separator}{hour:02}:{minute:02}:{second:02}{fraction}{zone}");
            let date_re = regex::Regex::new(DATE_PATTERN).unwrap();
            let time_re = regex::Regex::new(DATE_TIME_PATTERN).unwrap();
            proptest::prop_assert_eq!(date_re.is_match(&date), well_formed(&date), "{}", date);
            proptest::prop_assert_eq!(time_re.is_match(&time), well_formed_date_time(&time), "{}", time);
        }
    }
}
