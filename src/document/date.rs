//! Dates as the schemas write them: `YYYY-MM-DD` exactly (RFC 3339 `full-date`).
//!
//! chrono's parser is lenient (`2026-1-1`, `+2026-01-01`); a schema validator is not. Both
//! readers wrap the visitor of a date in [`Strict`], which refuses any other spelling before
//! chrono sees it. A date's visitor is recognised by what it expects, since serde does not
//! tell a deserialiser which type it is reading.

use std::fmt::{self, Write};

use serde::de::{self, Expected, Visitor};

/// What chrono's `NaiveDate` visitor expects.
const DATE: &str = "a formatted date string";

/// Whether `visitor` is chrono's date visitor, found without allocating.
pub(super) fn is_date(visitor: &dyn Expected) -> bool {
    struct Prefix<'a>(&'a str);
    impl Write for Prefix<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 = self.0.strip_prefix(s).ok_or(fmt::Error)?;
            Ok(())
        }
    }
    let mut rest = Prefix(DATE);
    write!(rest, "{visitor}").is_ok() && rest.0.is_empty()
}

/// A date visitor that refuses any spelling but `YYYY-MM-DD`.
pub(super) struct Strict<V>(pub(super) V);

fn well_formed(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Strict<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        if !well_formed(v) {
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
        for ok in ["2026-11-27", "0001-01-01", "2026-13-45"] {
            assert!(well_formed(ok), "{ok}");
        }
        for bad in [
            "2026-1-1",
            "+2026-01-01",
            "20261127",
            "2026-11-27T00:00:00Z",
            "٢٠٢٦-11-27",
        ] {
            assert!(!well_formed(bad), "{bad}");
        }
    }
}
