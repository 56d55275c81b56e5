//! One public holiday: its name, the law it rests on, and the rule that dates it each year.

use std::borrow::Cow;

use chrono::{Datelike, Days, NaiveDate, TimeDelta, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::easter::{easter_sunday, orthodox_easter_sunday};

/// A day of the week.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DayOfWeek {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl DayOfWeek {
    /// The chrono weekday.
    pub const fn weekday(self) -> Weekday {
        match self {
            DayOfWeek::Monday => Weekday::Mon,
            DayOfWeek::Tuesday => Weekday::Tue,
            DayOfWeek::Wednesday => Weekday::Wed,
            DayOfWeek::Thursday => Weekday::Thu,
            DayOfWeek::Friday => Weekday::Fri,
            DayOfWeek::Saturday => Weekday::Sat,
            DayOfWeek::Sunday => Weekday::Sun,
        }
    }
}

/// Which Easter a movable feast is counted from.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Church {
    /// The Gregorian Easter of the Western churches.
    #[default]
    Western,
    /// The Easter of the Orthodox churches (Julian computus), which Bulgaria, Cyprus, Greece
    /// and Romania follow.
    Orthodox,
}

impl Church {
    fn is_western(&self) -> bool {
        *self == Church::Western
    }
}

/// How a holiday's date is found in a given year.
///
/// Written with a `kind` tag: `{"kind": "fixed", "month": 12, "day": 25}`,
/// `{"kind": "easter", "offset": -2}` (Good Friday), `{"kind": "nth_weekday", "month": 8,
/// "weekday": "monday", "nth": 1}` (the first Monday of August), `{"kind":
/// "weekday_on_or_after", "month": 6, "day": 20, "weekday": "saturday"}` (Swedish Midsummer
/// Day) or `{"kind": "date", "date": "2026-05-15"}` (one day a decree designates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields,
    try_from = "RuleDocument"
)]
pub enum HolidayRule {
    /// Every year on this day of this month; in a year without that day (29 February), not
    /// at all.
    Fixed {
        /// The month, 1 to 12.
        month: u8,
        /// The day of the month.
        day: u8,
    },
    /// A number of days from Easter Sunday: -2 Good Friday, 1 Easter Monday, 39 Ascension
    /// Day, 49 Whit Sunday, 50 Whit Monday, 60 Corpus Christi.
    Easter {
        /// Days after (or, when negative, before) Easter Sunday.
        offset: i16,
        /// Which Easter; the Western one when absent.
        #[serde(default, skip_serializing_if = "Church::is_western")]
        church: Church,
    },
    /// The `nth` given weekday of a month; a negative `nth` counts from the month's end (-1:
    /// the last).
    NthWeekday {
        /// The month, 1 to 12.
        month: u8,
        /// The weekday.
        weekday: DayOfWeek,
        /// 1 to 5, or -1 to -5 from the end of the month.
        nth: i8,
    },
    /// The first given weekday on or after a day of a month: Swedish Midsummer Day is the
    /// Saturday from 20 to 26 June.
    WeekdayOnOrAfter {
        /// The month, 1 to 12.
        month: u8,
        /// The first day it may fall on.
        day: u8,
        /// The weekday.
        weekday: DayOfWeek,
    },
    /// One day only: a day a decree designates for one year.
    Date {
        /// The day.
        date: NaiveDate,
    },
}

/// The shape of a [`HolidayRule`] as read from JSON, checked before it becomes one.
#[derive(Deserialize, JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields,
    expecting = "a holiday rule object such as `{\"kind\": \"fixed\", \"month\": 12, \"day\": 25}`"
)]
enum RuleDocument {
    /// Every year on this day of this month; in a year without that day (29 February), not
    /// at all.
    Fixed {
        /// The month, 1 to 12.
        #[schemars(range(min = 1, max = 12))]
        month: u8,
        /// The day of the month.
        #[schemars(range(min = 1, max = 31))]
        day: u8,
    },
    /// A number of days from Easter Sunday: -2 Good Friday, 1 Easter Monday, 39 Ascension
    /// Day, 49 Whit Sunday, 50 Whit Monday, 60 Corpus Christi.
    Easter {
        /// Days after (or, when negative, before) Easter Sunday, -366 to 366.
        #[schemars(range(min = -366, max = 366))]
        offset: i16,
        /// Which Easter; the Western one when absent.
        #[serde(default)]
        church: Church,
    },
    /// The `nth` given weekday of a month; a negative `nth` counts from the month's end.
    NthWeekday {
        /// The month, 1 to 12.
        #[schemars(range(min = 1, max = 12))]
        month: u8,
        /// The weekday.
        weekday: DayOfWeek,
        /// 1 to 5, or -1 to -5 from the end of the month.
        #[schemars(range(min = -5, max = 5))]
        nth: i8,
    },
    /// The first given weekday on or after a day of a month.
    WeekdayOnOrAfter {
        /// The month, 1 to 12.
        #[schemars(range(min = 1, max = 12))]
        month: u8,
        /// The first day it may fall on.
        #[schemars(range(min = 1, max = 31))]
        day: u8,
        /// The weekday.
        weekday: DayOfWeek,
    },
    /// One day only.
    Date {
        /// The day.
        date: NaiveDate,
    },
}

/// The longest a month is in any year, or 0 for a month that does not exist.
const fn longest_month(month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => 29,
        _ => 0,
    }
}

fn check_month_day(month: u8, day: u8) -> Result<(), String> {
    match longest_month(month) {
        0 => Err(format!("month `{month}` is not 1 to 12")),
        last if day == 0 || day > last => Err(format!("month {month} has no day `{day}`")),
        _ => Ok(()),
    }
}

impl TryFrom<RuleDocument> for HolidayRule {
    type Error = String;

    fn try_from(rule: RuleDocument) -> Result<Self, Self::Error> {
        Ok(match rule {
            RuleDocument::Fixed { month, day } => {
                check_month_day(month, day)?;
                HolidayRule::Fixed { month, day }
            }
            RuleDocument::Easter { offset, church } => {
                if !(-366..=366).contains(&offset) {
                    return Err(format!(
                        "an Easter offset of `{offset}` days is more than a year"
                    ));
                }
                HolidayRule::Easter { offset, church }
            }
            RuleDocument::NthWeekday {
                month,
                weekday,
                nth,
            } => {
                check_month_day(month, 1)?;
                if nth == 0 || !(-5..=5).contains(&nth) {
                    return Err(format!("`nth` is {nth}; it must be 1 to 5 or -1 to -5"));
                }
                HolidayRule::NthWeekday {
                    month,
                    weekday,
                    nth,
                }
            }
            RuleDocument::WeekdayOnOrAfter {
                month,
                day,
                weekday,
            } => {
                check_month_day(month, day)?;
                HolidayRule::WeekdayOnOrAfter {
                    month,
                    day,
                    weekday,
                }
            }
            RuleDocument::Date { date } => HolidayRule::Date { date },
        })
    }
}

impl HolidayRule {
    /// The day the rule gives in `year`, before any move; `None` when it gives none.
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        match *self {
            HolidayRule::Fixed { month, day } => {
                NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
            }
            HolidayRule::Easter { offset, church } => {
                let easter = match church {
                    Church::Western => easter_sunday(year)?,
                    Church::Orthodox => orthodox_easter_sunday(year)?,
                };
                easter.checked_add_signed(TimeDelta::try_days(i64::from(offset))?)
            }
            HolidayRule::NthWeekday {
                month,
                weekday,
                nth,
            } => nth_weekday(year, month, weekday.weekday(), nth),
            HolidayRule::WeekdayOnOrAfter {
                month,
                day,
                weekday,
            } => {
                let start = NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))?;
                let ahead = (7 + weekday.weekday().num_days_from_monday()
                    - start.weekday().num_days_from_monday())
                    % 7;
                start.checked_add_days(Days::new(u64::from(ahead)))
            }
            HolidayRule::Date { date } => (date.year() == year).then_some(date),
        }
    }
}

fn nth_weekday(year: i32, month: u8, weekday: Weekday, nth: i8) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, u32::from(month), 1)?;
    let weeks = u64::from(nth.unsigned_abs().checked_sub(1)?) * 7;
    let found = if nth > 0 {
        let ahead =
            (7 + weekday.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7;
        first
            .checked_add_days(Days::new(u64::from(ahead)))?
            .checked_add_days(Days::new(weeks))?
    } else {
        let last = if month == 12 {
            NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, u32::from(month) + 1, 1)?
        }
        .pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        last.checked_sub_days(Days::new(u64::from(back)))?
            .checked_sub_days(Days::new(weeks))?
    };
    (found.month() == u32::from(month)).then_some(found)
}

/// A holiday that falls on a given weekday moves by a number of days; the day it left is then
/// no holiday. The Dutch King's Day on a Sunday is kept on the Saturday before
/// (`{"on": "sunday", "days": -1}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a move object such as `{\"on\": \"sunday\", \"days\": -1}`"
)]
pub struct Move {
    /// The weekday that makes the holiday move.
    pub on: DayOfWeek,
    /// How many days it moves: -7 to 7, not 0.
    #[schemars(range(min = -7, max = 7))]
    pub days: i8,
}

/// What a holiday that falls on a Saturday or Sunday brings with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WeekendSubstitute {
    /// The next working day that is not itself a holiday is a holiday too (Bulgaria, Labour
    /// Code art. 154(2); Latvia for 4 May and 18 November).
    NextWorkingDay,
}

/// A public holiday: what it is called, the law that makes it one, and how its date is found.
///
/// # Example
///
/// ```
/// use gdpr::assess::{Holiday, HolidayRule};
///
/// let epiphany: Holiday = gdpr::from_json(r#"{
///     "name": "Heilige Drei Könige", "law": "Art. 1 Abs. 1 Nr. 2 FTG (Bayern)",
///     "rule": {"kind": "fixed", "month": 1, "day": 6}, "region": "DE-BY"
/// }"#).unwrap();
/// assert_eq!(epiphany.rule, HolidayRule::Fixed { month: 1, day: 6 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "HolidayDocument")]
pub struct Holiday {
    /// The holiday's name, in the language of the law that makes it one.
    pub name: Cow<'static, str>,
    /// The law or decree that makes it a holiday, e.g. `Algemene termijnenwet, art. 3(2)`.
    pub law: Cow<'static, str>,
    /// How its date is found each year.
    pub rule: HolidayRule,
    /// The first year it is a holiday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_year: Option<i32>,
    /// The last year it is a holiday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until_year: Option<i32>,
    /// Years in which it is not a holiday although `from_year` and `until_year` would make it
    /// one (a suspension by law).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub except_years: Cow<'static, [i32]>,
    /// Where it moves when it falls on a given weekday.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub moves: Cow<'static, [Move]>,
    /// What it brings with it when it falls on a Saturday or Sunday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekend_substitute: Option<WeekendSubstitute>,
    /// The region (ISO 3166-2, e.g. `DE-BY`) whose holiday this is, for a regional holiday
    /// added to a national calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Cow<'static, str>>,
}

#[expect(
    clippy::ptr_arg,
    reason = "serde's skip_serializing_if passes the field itself, a `&Cow`"
)]
fn is_empty<T: Clone>(list: &Cow<'_, [T]>) -> bool {
    list.is_empty()
}

/// The shape of a [`Holiday`] as read from JSON, checked before it becomes one.
#[derive(Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a holiday object with `name`, `law` and `rule`"
)]
struct HolidayDocument {
    /// The holiday's name, in the language of the law that makes it one.
    name: String,
    /// The law or decree that makes it a holiday, e.g. `Algemene termijnenwet, art. 3(2)`.
    law: String,
    /// How its date is found each year.
    rule: HolidayRule,
    /// The first year it is a holiday.
    #[serde(default)]
    from_year: Option<i32>,
    /// The last year it is a holiday.
    #[serde(default)]
    until_year: Option<i32>,
    /// Years in which it is not a holiday although `from_year` and `until_year` would make it
    /// one (a suspension by law).
    #[serde(default)]
    except_years: Vec<i32>,
    /// Where it moves when it falls on a given weekday.
    #[serde(default)]
    moves: Vec<Move>,
    /// What it brings with it when it falls on a Saturday or Sunday.
    #[serde(default)]
    weekend_substitute: Option<WeekendSubstitute>,
    /// The region (ISO 3166-2, e.g. `DE-BY`) whose holiday this is, for a regional holiday
    /// added to a national calendar.
    #[serde(default)]
    region: Option<String>,
}

/// Whether `code` looks like an ISO 3166-2 subdivision code: two capital letters, a hyphen,
/// one to three capital letters or digits.
fn is_subdivision_code(code: &str) -> bool {
    let Some((country, part)) = code.split_once('-') else {
        return false;
    };
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=3).contains(&part.len())
        && part
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

impl TryFrom<HolidayDocument> for Holiday {
    type Error = String;

    fn try_from(doc: HolidayDocument) -> Result<Self, Self::Error> {
        if doc.name.trim().is_empty() {
            return Err("a holiday needs a `name`".to_owned());
        }
        if doc.law.trim().is_empty() {
            return Err(format!(
                "the holiday `{}` needs the `law` or decree that makes it one",
                doc.name
            ));
        }
        if let (Some(from), Some(until)) = (doc.from_year, doc.until_year) {
            if from > until {
                return Err(format!(
                    "`from_year` {from} is after `until_year` {until}: the holiday would never apply"
                ));
            }
        }
        for (i, m) in doc.moves.iter().enumerate() {
            if m.days == 0 || !(-7..=7).contains(&m.days) {
                return Err(format!(
                    "`moves[{i}].days` is {}; it must be -7 to 7 and not 0",
                    m.days
                ));
            }
            if doc.moves.iter().skip(i + 1).any(|other| other.on == m.on) {
                return Err(format!("`moves` names {:?} twice", m.on));
            }
        }
        if let Some(region) = &doc.region {
            if !is_subdivision_code(region) {
                return Err(format!(
                    "`{region}` is not an ISO 3166-2 region code such as `DE-BY`"
                ));
            }
        }
        Ok(Holiday {
            name: Cow::Owned(doc.name),
            law: Cow::Owned(doc.law),
            rule: doc.rule,
            from_year: doc.from_year,
            until_year: doc.until_year,
            except_years: Cow::Owned(doc.except_years),
            moves: Cow::Owned(doc.moves),
            weekend_substitute: doc.weekend_substitute,
            region: doc.region.map(Cow::Owned),
        })
    }
}

impl Holiday {
    /// A holiday that `law` makes one and `rule` dates, every year.
    pub fn new(
        name: impl Into<Cow<'static, str>>,
        law: impl Into<Cow<'static, str>>,
        rule: HolidayRule,
    ) -> Holiday {
        Holiday {
            name: name.into(),
            law: law.into(),
            ..Holiday::with_rule("", "", rule)
        }
    }

    /// The same holiday, as one of `region` only (ISO 3166-2, e.g. `DE-BY`).
    pub fn in_region(mut self, region: impl Into<Cow<'static, str>>) -> Holiday {
        self.region = Some(region.into());
        self
    }

    /// Whether the law makes it a holiday in `year`.
    pub fn applies_in(&self, year: i32) -> bool {
        self.from_year.is_none_or(|from| year >= from)
            && self.until_year.is_none_or(|until| year <= until)
            && !self.except_years.contains(&year)
    }

    /// Its date in `year`, after any move; `None` when it is no holiday that year.
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        if !self.applies_in(year) {
            return None;
        }
        let date = self.rule.date_in(year)?;
        let weekday = date.weekday();
        match self.moves.iter().find(|m| m.on.weekday() == weekday) {
            Some(m) => date.checked_add_signed(TimeDelta::try_days(i64::from(m.days))?),
            None => Some(date),
        }
    }

    // Builders for the built-in calendars, which are constants.

    pub(crate) const fn with_rule(
        name: &'static str,
        law: &'static str,
        rule: HolidayRule,
    ) -> Self {
        Holiday {
            name: Cow::Borrowed(name),
            law: Cow::Borrowed(law),
            rule,
            from_year: None,
            until_year: None,
            except_years: Cow::Borrowed(&[]),
            moves: Cow::Borrowed(&[]),
            weekend_substitute: None,
            region: None,
        }
    }

    pub(crate) const fn since(mut self, year: i32) -> Self {
        self.from_year = Some(year);
        self
    }

    pub(crate) const fn until(mut self, year: i32) -> Self {
        self.until_year = Some(year);
        self
    }

    // The builders start from borrowed empty lists, so forgetting the replaced one leaks
    // nothing; a constant function cannot drop a `Cow`.
    pub(crate) const fn except(mut self, years: &'static [i32]) -> Self {
        std::mem::forget(std::mem::replace(
            &mut self.except_years,
            Cow::Borrowed(years),
        ));
        self
    }

    pub(crate) const fn moved(mut self, moves: &'static [Move]) -> Self {
        std::mem::forget(std::mem::replace(&mut self.moves, Cow::Borrowed(moves)));
        self
    }

    pub(crate) const fn substituted(mut self) -> Self {
        self.weekend_substitute = Some(WeekendSubstitute::NextWorkingDay);
        self
    }
}

/// A holiday on the same day every year.
pub(crate) const fn fixed(name: &'static str, month: u8, day: u8, law: &'static str) -> Holiday {
    Holiday::with_rule(name, law, HolidayRule::Fixed { month, day })
}

/// A holiday `offset` days from Western Easter Sunday.
pub(crate) const fn easter(name: &'static str, offset: i16, law: &'static str) -> Holiday {
    Holiday::with_rule(
        name,
        law,
        HolidayRule::Easter {
            offset,
            church: Church::Western,
        },
    )
}

/// A holiday `offset` days from Orthodox Easter Sunday.
pub(crate) const fn orthodox(name: &'static str, offset: i16, law: &'static str) -> Holiday {
    Holiday::with_rule(
        name,
        law,
        HolidayRule::Easter {
            offset,
            church: Church::Orthodox,
        },
    )
}

/// A holiday on the `nth` `weekday` of `month`.
pub(crate) const fn nth(
    name: &'static str,
    month: u8,
    weekday: DayOfWeek,
    nth: i8,
    law: &'static str,
) -> Holiday {
    Holiday::with_rule(
        name,
        law,
        HolidayRule::NthWeekday {
            month,
            weekday,
            nth,
        },
    )
}

/// A holiday on the first `weekday` on or after `day` of `month`.
pub(crate) const fn on_or_after(
    name: &'static str,
    month: u8,
    day: u8,
    weekday: DayOfWeek,
    law: &'static str,
) -> Holiday {
    Holiday::with_rule(
        name,
        law,
        HolidayRule::WeekdayOnOrAfter {
            month,
            day,
            weekday,
        },
    )
}

/// A holiday on one day only.
#[expect(
    clippy::panic,
    reason = "only called in constants, where a date that does not exist fails the build"
)]
pub(crate) const fn one_day(
    name: &'static str,
    year: i32,
    month: u32,
    day: u32,
    law: &'static str,
) -> Holiday {
    let date = match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("a built-in one-off holiday has a date that does not exist"),
    };
    Holiday::with_rule(name, law, HolidayRule::Date { date })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn nth_weekdays_count_from_either_end_of_the_month() {
        let first_monday_of_august = nth("x", 8, DayOfWeek::Monday, 1, "law");
        assert_eq!(first_monday_of_august.date_in(2026), Some(d(2026, 8, 3)));
        let last_monday_of_october = nth("x", 10, DayOfWeek::Monday, -1, "law");
        assert_eq!(last_monday_of_october.date_in(2026), Some(d(2026, 10, 26)));
        let last_of_december = nth("x", 12, DayOfWeek::Thursday, -1, "law");
        assert_eq!(last_of_december.date_in(2026), Some(d(2026, 12, 31)));
        let fifth_monday_of_february = nth("x", 2, DayOfWeek::Monday, 5, "law");
        assert_eq!(fifth_monday_of_february.date_in(2026), None);
    }

    #[test]
    fn a_weekday_on_or_after_a_date_stays_within_the_week() {
        let midsummer = on_or_after("Midsommardagen", 6, 20, DayOfWeek::Saturday, "law");
        assert_eq!(midsummer.date_in(2026), Some(d(2026, 6, 20)));
        assert_eq!(midsummer.date_in(2027), Some(d(2027, 6, 26)));
    }

    #[test]
    fn a_move_replaces_the_day_it_leaves() {
        const SUNDAY_BACK: &[Move] = &[Move {
            on: DayOfWeek::Sunday,
            days: -1,
        }];
        let kings_day = fixed("Koningsdag", 4, 27, "law").moved(SUNDAY_BACK);
        assert_eq!(kings_day.date_in(2025), Some(d(2025, 4, 26)));
        assert_eq!(kings_day.date_in(2026), Some(d(2026, 4, 27)));
    }

    #[test]
    fn years_limit_and_suspend_a_holiday() {
        let h = fixed("x", 5, 8, "law")
            .since(2000)
            .until(2030)
            .except(&[2026]);
        assert_eq!(h.date_in(1999), None);
        assert_eq!(h.date_in(2025), Some(d(2025, 5, 8)));
        assert_eq!(h.date_in(2026), None);
        assert_eq!(h.date_in(2031), None);
    }

    #[test]
    fn a_holiday_document_is_checked() {
        let bad = |json: &str| crate::from_json::<Holiday>(json).unwrap_err().to_string();
        assert!(bad(
            r#"{"name": "x", "law": "l", "rule": {"kind": "fixed", "month": 2, "day": 30}}"#
        )
        .contains("month 2 has no day `30`"));
        assert!(bad(
            r#"{"name": "x", "law": "", "rule": {"kind": "fixed", "month": 1, "day": 1}}"#
        )
        .contains("needs the `law`"));
        assert!(bad(r#"{"name": "x", "law": "l", "rule": {"kind": "nth_weekday", "month": 1, "weekday": "monday", "nth": 0}}"#)
            .contains("`nth` is 0"));
        assert!(bad(r#"{"name": "x", "law": "l", "rule": {"kind": "fixed", "month": 1, "day": 1}, "from_year": 2027, "until_year": 2026}"#)
            .contains("would never apply"));
        assert!(bad(r#"{"name": "x", "law": "l", "rule": {"kind": "fixed", "month": 1, "day": 1}, "region": "Bavaria"}"#)
            .contains("ISO 3166-2"));
        assert!(bad(r#"{"name": "x", "law": "l", "rule": {"kind": "fixed", "month": 1, "day": 1}, "moves": [{"on": "sunday", "days": 9}]}"#)
            .contains("-7 to 7"));
        assert!(bad(r#"{"name": "x", "law": "l", "rule": {"kind": "fixed", "month": 1, "day": 1}, "colour": "red"}"#)
            .contains("colour"));
    }

    #[test]
    fn a_holiday_round_trips_through_json() {
        let h = orthodox("Μεγάλη Παρασκευή", -2, "law")
            .since(2010)
            .substituted();
        let back: Holiday = crate::from_json(&serde_json::to_string(&h).unwrap()).unwrap();
        assert_eq!(back, h);
    }
}
