//! Public holidays, for Art. 3(4) and 3(5) of Regulation 1182/71.
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/calendars.md`), where users read it.

mod easter;
mod holiday;
mod national;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

pub use easter::{easter_sunday, orthodox_easter_sunday};
pub use holiday::{Church, DayOfWeek, Holiday, HolidayRule, Move, WeekendSubstitute};
pub use national::{Belgium, Netherlands, NoHolidays};

use crate::Country;

/// A calendar of public holidays: the days, besides Saturdays and Sundays, that are not
/// working days under Art. 3(4) and 3(5) of Regulation 1182/71.
///
/// A calendar is plain data: read one from JSON with [`crate::from_json`] (the schema is
/// `schema/calendar.schema.json`), take a built-in one with [`Calendar::national`], or build
/// one in code with [`Calendar::new`]. A calendar that `extends` a state's built-in calendar
/// adds its holidays to that state's, which is how a user adds the days a decree designates,
/// or a region's holidays, without waiting for a release:
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::assess::Calendar;
///
/// let calendar: Calendar = gdpr::from_json(r#"{
///   "id": "NL",
///   "extends": "NL",
///   "holidays": [{"name": "Vrijdag na Hemelvaartsdag", "law": "Besluit gelijkstelling … 2029",
///                 "rule": {"kind": "date", "date": "2029-05-11"}}]
/// }"#).unwrap();
/// assert!(calendar.is_holiday(NaiveDate::from_ymd_opt(2029, 5, 11).unwrap()));
/// assert!(calendar.is_holiday(NaiveDate::from_ymd_opt(2029, 3, 30).unwrap())); // Good Friday
/// ```
///
/// Calendars are `Send + Sync` and cheap to clone: a built-in one borrows static data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a calendar object")]
pub struct Calendar {
    /// A short name that deadlines quote: a built-in calendar's is the state's code (`NL`).
    pub id: Cow<'static, str>,
    /// The state whose holidays these are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// A state whose built-in calendar this one adds to: its holidays count too.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "built_in_state"
    )]
    pub extends: Option<Country>,
    /// The holidays (besides those of `extends`).
    pub holidays: Cow<'static, [Holiday]>,
    /// The official publication the list was checked against; absent when it could not be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_against: Option<Cow<'static, str>>,
    /// What the calendar leaves out: regional holidays, days set by a yearly decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Cow<'static, str>>,
    /// How the calendar came to be; not part of the document.
    #[serde(skip)]
    #[schemars(skip)]
    origin: Origin,
}

/// How a calendar came to be, which decides what a deadline says about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Origin {
    /// A built-in national calendar.
    National,
    /// Saturdays and Sundays only, as asked.
    WeekendsOnly,
    /// Saturdays and Sundays only, because no calendar is known for the establishment.
    Fallback,
    /// Read from a document or built by the caller.
    #[default]
    Custom,
}

fn built_in_state<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Country>, D::Error> {
    let state = Country::deserialize(deserializer)?;
    if national::calendar_of(state).is_none() {
        return Err(serde::de::Error::custom(format!(
            "there is no built-in calendar for `{}` to extend; the built-in ones are the EEA states'",
            state.code()
        )));
    }
    Ok(Some(state))
}

/// What a deadline says about the calendar it counted with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a calendar summary object")]
#[non_exhaustive]
pub struct CalendarSummary {
    /// The calendar's `id`.
    pub id: Cow<'static, str>,
    /// The state whose holidays were counted, or the establishment that has no calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// What kind of calendar it was.
    pub scope: CalendarScope,
    /// The regions whose own holidays the caller added (ISO 3166-2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Cow<'static, str>>,
    /// The built-in list could not be checked against an official source.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unverified: bool,
}

/// What kind of calendar a deadline counted with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CalendarScope {
    /// The nationwide public holidays of `country`; regional holidays were not counted.
    National,
    /// The nationwide public holidays of `country` and the regional holidays of `regions`.
    NationalAndRegional,
    /// A calendar the caller supplied.
    Custom,
    /// Saturdays and Sundays only, as the caller asked.
    WeekendsOnly,
    /// No calendar is known for the establishment in `country`: only Saturdays and Sundays
    /// were treated as non-working days, so the period may end earlier than the law there
    /// would have it (the safe error).
    WeekendsOnlyFallback,
}

impl fmt::Display for CalendarSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let country = self.country.as_ref().map_or("", |c| c.code());
        match self.scope {
            CalendarScope::National => write!(
                f,
                "the public holidays counted are the nationwide ones of {country}; regional holidays are not counted"
            )?,
            CalendarScope::NationalAndRegional => write!(
                f,
                "the public holidays counted are the nationwide ones of {country} and the regional ones of {}",
                self.regions.join(", ")
            )?,
            CalendarScope::Custom => {
                write!(f, "the public holidays counted are those of the calendar `{}`", self.id)?
            }
            CalendarScope::WeekendsOnly => write!(
                f,
                "no public holidays were counted, only Saturdays and Sundays, as asked"
            )?,
            CalendarScope::WeekendsOnlyFallback => write!(
                f,
                "no calendar of public holidays is known for {country}: only Saturdays and Sundays were treated as non-working days, so the period may end earlier than the law there would have it"
            )?,
        }
        if self.unverified {
            f.write_str(" (the built-in list was not checked against an official source)")?;
        }
        Ok(())
    }
}

impl Calendar {
    /// A calendar of the caller's own: `holidays` only.
    pub fn new(id: impl Into<Cow<'static, str>>, holidays: Vec<Holiday>) -> Calendar {
        Calendar {
            id: id.into(),
            country: None,
            extends: None,
            holidays: Cow::Owned(holidays),
            checked_against: None,
            note: None,
            origin: Origin::Custom,
        }
    }

    /// The built-in calendar of nationwide public holidays of an EEA state, if the crate has
    /// one. Territories that are part of a state take its calendar (Åland Finland's, the
    /// French outermost regions France's); their own holidays are regional.
    pub fn national(state: Country) -> Option<&'static Calendar> {
        national::calendar_of(state)
    }

    /// Every built-in national calendar, in the order of the states' codes.
    pub fn all_national() -> impl Iterator<Item = &'static Calendar> {
        national::all().into_iter()
    }

    /// The calendar of a controller established in `establishment`: the national one, or,
    /// where the crate has none, Saturdays and Sundays only — and the deadline says so
    /// ([`CalendarScope::WeekendsOnlyFallback`]), since an earlier deadline is the safe error.
    ///
    /// # Example
    ///
    /// ```
    /// use gdpr::assess::{Calendar, CalendarScope};
    ///
    /// let nl = Calendar::for_establishment("NL".parse().unwrap());
    /// assert_eq!(nl.summary().scope, CalendarScope::National);
    /// let ch = Calendar::for_establishment("CH".parse().unwrap());
    /// assert_eq!(ch.summary().scope, CalendarScope::WeekendsOnlyFallback);
    /// ```
    pub fn for_establishment(establishment: Country) -> Calendar {
        match Calendar::national(establishment) {
            Some(calendar) => calendar.clone(),
            None => Calendar {
                id: Cow::Owned(establishment.code().to_owned()),
                country: Some(establishment),
                origin: Origin::Fallback,
                ..NoHolidays.clone()
            },
        }
    }

    /// The same calendar with one more holiday, e.g. a regional one. A built-in national
    /// calendar becomes one that extends it, so deadlines name both the state and the region.
    pub fn with_holiday(self, holiday: Holiday) -> Calendar {
        self.with_holidays([holiday])
    }

    /// The same calendar with more holidays.
    pub fn with_holidays(mut self, holidays: impl IntoIterator<Item = Holiday>) -> Calendar {
        if self.origin == Origin::National {
            self = Calendar {
                extends: self.country,
                holidays: Cow::Borrowed(&[]),
                checked_against: None,
                note: None,
                origin: Origin::Custom,
                ..self
            };
        }
        self.origin = match self.origin {
            Origin::National | Origin::WeekendsOnly | Origin::Fallback => Origin::Custom,
            other => other,
        };
        self.holidays.to_mut().extend(holidays);
        self
    }

    /// The built-in calendar this one extends.
    fn base(&self) -> Option<&'static Calendar> {
        self.extends.and_then(national::calendar_of)
    }

    /// Every holiday: those of the calendar it extends, then its own.
    pub fn all_holidays(&self) -> impl Iterator<Item = &Holiday> {
        self.base()
            .map(|b| b.holidays.iter())
            .into_iter()
            .flatten()
            .chain(self.holidays.iter())
    }

    fn has_substitutes(&self) -> bool {
        self.all_holidays().any(|h| h.weekend_substitute.is_some())
    }

    /// The holiday on `date`, if there is one.
    pub fn holiday_on(&self, date: NaiveDate) -> Option<&Holiday> {
        let year = date.year();
        let years = year.saturating_sub(1)..=year.saturating_add(1);
        // A holiday moved across New Year belongs to the neighbouring year's rule.
        for y in years.clone() {
            if let Some(h) = self.all_holidays().find(|h| h.date_in(y) == Some(date)) {
                return Some(h);
            }
        }
        if self.has_substitutes() {
            return self
                .occurrences(years)
                .into_iter()
                .find(|(d, _)| *d == date)
                .map(|(_, h)| h);
        }
        None
    }

    /// Whether `date` is a public holiday.
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.holiday_on(date).is_some()
    }

    /// Whether `date` is a working day: not a Saturday, Sunday or public holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !is_weekend(date) && !self.is_holiday(date)
    }

    /// The holidays that fall in `year`, in date order, substitute days included.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::Netherlands;
    ///
    /// let good_friday = NaiveDate::from_ymd_opt(2024, 3, 29).unwrap();
    /// let days = Netherlands.holidays_in(2024);
    /// assert!(days.iter().any(|(d, h)| *d == good_friday && h.name == "Goede Vrijdag"));
    /// ```
    pub fn holidays_in(&self, year: i32) -> Vec<(NaiveDate, &Holiday)> {
        let mut days = self.occurrences(year.saturating_sub(1)..=year.saturating_add(1));
        days.retain(|(d, _)| d.year() == year);
        days
    }

    /// The holidays dated in `years`, with the substitutes they bring, in date order.
    fn occurrences(&self, years: std::ops::RangeInclusive<i32>) -> Vec<(NaiveDate, &Holiday)> {
        let mut days: Vec<(NaiveDate, &Holiday)> = years
            .flat_map(|y| {
                self.all_holidays()
                    .filter_map(move |h| Some((h.date_in(y)?, h)))
            })
            .collect();
        days.sort_by_key(|(d, _)| *d);
        let mut taken: BTreeSet<NaiveDate> = days.iter().map(|(d, _)| *d).collect();
        let mut substitutes = Vec::new();
        for (date, holiday) in &days {
            if holiday.weekend_substitute.is_none() || !is_weekend(*date) {
                continue;
            }
            // The first weekday after it that is not already a holiday; holidays that share a
            // weekend each take their own day, in date order.
            let mut day = *date;
            for _ in 0..14 {
                let Some(next) = day.checked_add_days(Days::new(1)) else {
                    break;
                };
                day = next;
                if !is_weekend(day) && taken.insert(day) {
                    substitutes.push((day, *holiday));
                    break;
                }
            }
        }
        days.extend(substitutes);
        days.sort_by_key(|(d, _)| *d);
        days
    }

    /// What a deadline says about this calendar.
    pub fn summary(&self) -> CalendarSummary {
        let scope = match self.origin {
            Origin::National => CalendarScope::National,
            Origin::WeekendsOnly => CalendarScope::WeekendsOnly,
            Origin::Fallback => CalendarScope::WeekendsOnlyFallback,
            Origin::Custom if self.extends.is_some() => {
                if self.holidays.iter().any(|h| h.region.is_some()) {
                    CalendarScope::NationalAndRegional
                } else {
                    CalendarScope::National
                }
            }
            Origin::Custom => CalendarScope::Custom,
        };
        let regions: BTreeSet<&Cow<'static, str>> = self
            .all_holidays()
            .filter_map(|h| h.region.as_ref())
            .collect();
        let unverified = match self.origin {
            Origin::National => self.checked_against.is_none(),
            _ => self.base().is_some_and(|b| b.checked_against.is_none()),
        };
        CalendarSummary {
            id: self.id.clone(),
            country: self.country.or(self.extends),
            scope,
            regions: regions.into_iter().cloned().collect(),
            unverified,
        }
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The calendars of establishments: the built-in national ones, with the caller's
/// replacements. The value to keep beside the adequacy registry and the consent ages.
///
/// # Example
///
/// ```
/// use gdpr::assess::{Calendar, Calendars, CalendarScope};
///
/// let ch: gdpr::Country = "CH".parse().unwrap();
/// let swiss = Calendar::new("CH-ZH", vec![]);
/// let calendars = Calendars::builtin().with(ch, swiss);
/// assert_eq!(calendars.for_establishment(ch).summary().scope, CalendarScope::Custom);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendars(BTreeMap<Country, Calendar>);

impl Calendars {
    /// The built-in national calendars of the EEA states.
    pub fn builtin() -> Calendars {
        Calendars(BTreeMap::new())
    }

    /// The same calendars, with `calendar` for establishments in `establishment`.
    pub fn with(mut self, establishment: Country, calendar: Calendar) -> Calendars {
        self.0.insert(establishment, calendar);
        self
    }

    /// The calendar for a controller established in `establishment`; see
    /// [`Calendar::for_establishment`] for the fallback.
    pub fn for_establishment(&self, establishment: Country) -> Calendar {
        match self.0.get(&establishment) {
            Some(calendar) => calendar.clone(),
            None => Calendar::for_establishment(establishment),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn country(code: &str) -> Country {
        code.parse().unwrap()
    }

    #[test]
    fn calendars_can_be_shared_across_threads() {
        fn shareable<T: Send + Sync + 'static>() {}
        shareable::<Calendar>();
        shareable::<Calendars>();
    }

    #[test]
    fn a_weekend_holiday_brings_the_next_free_weekday_in_bulgaria() {
        let bg = Calendar::national(country("BG")).unwrap();
        // 24, 25 and 26 December 2027 are Friday, Saturday and Sunday: the 25th takes
        // Monday 27th and the 26th Tuesday 28th (Labour Code art. 154(2)).
        assert!(bg.is_holiday(d(2027, 12, 27)));
        assert!(bg.is_holiday(d(2027, 12, 28)));
        assert!(!bg.is_holiday(d(2027, 12, 29)));
        // Orthodox Easter Monday takes 3 May 2027, so Labour Day (Saturday 1 May) takes the 4th.
        assert!(bg.is_holiday(d(2027, 5, 4)));
    }

    #[test]
    fn an_establishment_outside_the_eea_falls_back_to_weekends_and_says_so() {
        let us = Calendar::for_establishment(country("US"));
        assert!(us.is_working_day(d(2026, 12, 25)));
        let summary = us.summary();
        assert_eq!(summary.scope, CalendarScope::WeekendsOnlyFallback);
        assert_eq!(summary.country, Some(country("US")));
        assert!(summary.to_string().contains("may end earlier"));
    }

    #[test]
    fn territories_take_their_state_calendar() {
        let reunion = Calendar::for_establishment(country("RE"));
        assert_eq!(reunion.summary().country, Some(country("FR")));
        assert!(reunion.is_holiday(d(2026, 7, 14)));
    }

    #[test]
    fn a_calendar_may_extend_only_a_built_in_one() {
        let err = crate::from_json::<Calendar>(r#"{"id": "x", "extends": "US", "holidays": []}"#)
            .unwrap_err();
        assert_eq!(err.path(), "extends");
        assert!(err.message().contains("no built-in calendar for `US`"));
    }

    #[test]
    fn a_loaded_calendar_round_trips() {
        let text = r#"{"id":"DE-BY","extends":"DE","holidays":[{"name":"Fronleichnam","law":"Art. 1 Abs. 1 Nr. 6 FTG (Bayern)","rule":{"kind":"easter","offset":60},"region":"DE-BY"}]}"#;
        let calendar: Calendar = crate::from_json(text).unwrap();
        assert_eq!(serde_json::to_string(&calendar).unwrap(), text);
        assert!(calendar.is_holiday(d(2026, 6, 4)));
        assert!(
            calendar.is_holiday(d(2026, 10, 3)),
            "the German Unity Day of the base"
        );
        let summary = calendar.summary();
        assert_eq!(summary.scope, CalendarScope::NationalAndRegional);
        assert_eq!(summary.regions, ["DE-BY"]);
    }

    #[test]
    fn a_replaced_calendar_wins_over_the_built_in_one() {
        let nl = country("NL");
        let calendars = Calendars::builtin().with(nl, NoHolidays.clone());
        assert!(calendars
            .for_establishment(nl)
            .is_working_day(d(2026, 4, 27)));
        assert!(!Calendars::builtin()
            .for_establishment(nl)
            .is_working_day(d(2026, 4, 27)));
    }
}
