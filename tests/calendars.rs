//! The built-in calendars against the published lists, and deadlines that follow the
//! controller's establishment.
//!
//! For each EEA state, the weekday public holidays of 2025, 2026 and 2027. The expected lists
//! were produced by an independent implementation of the national rules (the `holidays`
//! Python package), then corrected where the publication cited in `SOURCES` (the law, the
//! official gazette or the government's list) says otherwise; `WEEKDAY_HOLIDAYS` says where.
//! Only weekdays are listed: a holiday on a Saturday or Sunday changes no deadline.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Datelike, NaiveDate, Weekday};
use gdpr::assess::{
    deadline, request_deadlines, Calendar, CalendarScope, Calendars, Holiday, HolidayRule,
    Netherlands,
};
use gdpr::{Country, Period, Policy};

fn country(code: &str) -> Country {
    code.parse().unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The official publication each state's list is taken from.
const SOURCES: &[(&str, &str)] = &[
    ("AT", "Feiertagsruhegesetz 1957 § 1 / Arbeitsruhegesetz § 7 Abs. 2 as notified under the European Convention on the Calculation of Time-Limits (BGBl. Nr. 254/1983); Good Friday and 24 December from AVG § 33 Abs. 2 (RIS)"),
    ("BE", "Koninklijk besluit van 18 april 1974, art. 1"),
    ("BG", "Labour Code art. 154 and the Government's list of official holidays (gov.bg); days off under art. 154(2) for holidays on a weekend"),
    ("CY", "no official list could be read: the days every published list shares"),
    ("CZ", "Zákon č. 245/2000 Sb., §§ 1–3, as in force from 1 January 2025"),
    ("DE", "Einigungsvertrag Art. 2 Abs. 2 and the Feiertagsgesetze of the 16 Länder (days common to all)"),
    ("DK", "helligdage as listed by the Nordic Council of Ministers (norden.org)"),
    ("EE", "Pühade ja tähtpäevade seadus §§ 1–2 (riigiteataja.ee)"),
    ("ES", "Resolutions of the Dirección General de Trabajo: BOE-A-2024-21316 (2025), BOE-A-2025-21667 (2026); 2027 from Real Decreto 2001/1983 art. 45"),
    ("FI", "Laki säädettyjen määräaikain laskemisesta 150/1930, 5 § (finlex.fi) and the church holy days"),
    ("FR", "Code du travail, art. L3133-1 (legifrance.gouv.fr)"),
    ("GR", "public-service holidays (Υπαλληλικός Κώδικας) and ν. 4808/2021, 4554/2018, 4468/2017"),
    ("HR", "Zakon o blagdanima, spomendanima i neradnim danima, čl. 1 (NN 110/19)"),
    ("HU", "2012. évi I. törvény (Mt.) 102. § (1)"),
    ("IE", "Organisation of Working Time Act 1997, Schedule 2 (citizensinformation.ie)"),
    ("IS", "lög nr. 88/1971, 6. gr., and lög nr. 32/1997 (visindavefur.is, almanak.hi.is)"),
    ("IT", "Legge 260/1949 as amended, Legge 151/2025 (normattiva.it)"),
    ("LI", "Notification under art. 11 of the European Convention on the Calculation of Time-Limits, BGBl. III Nr. 58/2021 (RIS)"),
    ("LT", "Darbo kodeksas, 123 str. 1 d. (e-seimas.lrs.lt)"),
    ("LU", "Code du travail, art. L. 232-2, loi du 25 avril 2019 (legilux.public.lu)"),
    ("LV", "Likums \"Par svētku, atceres un atzīmējamām dienām\", 1. pants (likumi.lv)"),
    ("MT", "National Holidays and Other Public Holidays Act, Cap. 252 (gov.mt)"),
    ("NL", "Algemene termijnenwet art. 3 and the Besluiten gelijkstelling for 2023–2025 and 2026–2028"),
    ("NO", "Lov om helligdager og helligdagsfred § 2; lov om 1. og 17. mai som høgtidsdager § 1"),
    ("PL", "Ustawa o dniach wolnych od pracy, art. 1 (Dz.U. 2020 poz. 1920; Dz.U. 2024 poz. 1965)"),
    ("PT", "Código do Trabalho, art. 234.º n.º 1 (Lei n.º 8/2016)"),
    ("RO", "Codul muncii, art. 139 alin. (1) (Legea nr. 52/2023)"),
    ("SE", "Lag (1989:253) om allmänna helgdagar; lag (1930:173) om beräkning av lagstadgad tid, 2 § (riksdagen.se)"),
    ("SI", "Zakon o praznikih in dela prostih dnevih (work-free days as listed for 2025 and 2026)"),
    ("SK", "Zákon č. 241/1993 Z. z. with zákon č. 530/2023 and č. 261/2025 Z. z."),
];

/// Weekday public holidays per state and year (MM-DD). Austria adds Good Friday and
/// 24 December (AVG § 33 Abs. 2); Sweden Midsummer Eve, Christmas Eve and New Year's Eve
/// (lag 1930:173, 2 §); Liechtenstein 2 January, Shrove Tuesday, Good Friday, 24 and
/// 31 December (its 2021 notification); the Netherlands 5 May every year and the decreed days
/// (art. 3(1) and 3(3) Atw). Hungarian and Latvian bridge days and Bulgarian one-off days off
/// are decisions for a year, not holidays, and are not listed; nor is a Greek Labour Day moved
/// by a decision not yet taken (2027).
const WEEKDAY_HOLIDAYS: &[(&str, i32, &str)] = &[
    ("AT", 2025, "01-01 01-06 04-18 04-21 05-01 05-29 06-09 06-19 08-15 12-08 12-24 12-25 12-26"),
    ("AT", 2026, "01-01 01-06 04-03 04-06 05-01 05-14 05-25 06-04 10-26 12-08 12-24 12-25"),
    ("AT", 2027, "01-01 01-06 03-26 03-29 05-06 05-17 05-27 10-26 11-01 12-08 12-24"),
    ("BE", 2025, "01-01 04-21 05-01 05-29 06-09 07-21 08-15 11-11 12-25"),
    ("BE", 2026, "01-01 04-06 05-01 05-14 05-25 07-21 11-11 12-25"),
    ("BE", 2027, "01-01 03-29 05-06 05-17 07-21 11-01 11-11"),
    ("BG", 2025, "01-01 03-03 04-18 04-21 05-01 05-06 05-26 09-08 09-22 12-24 12-25 12-26"),
    ("BG", 2026, "01-01 03-03 04-10 04-13 05-01 05-06 05-25 09-07 09-22 12-24 12-25 12-28"),
    ("BG", 2027, "01-01 03-03 04-30 05-03 05-04 05-06 05-24 09-06 09-22 12-24 12-27 12-28"),
    ("CY", 2025, "01-01 01-06 03-03 03-25 04-01 04-18 04-21 05-01 06-09 08-15 10-01 10-28 12-25 12-26"),
    ("CY", 2026, "01-01 01-06 02-23 03-25 04-01 04-10 04-13 05-01 06-01 10-01 10-28 12-25"),
    ("CY", 2027, "01-01 01-06 03-15 03-25 04-01 04-30 05-03 06-21 10-01 10-28"),
    ("CZ", 2025, "01-01 04-18 04-21 05-01 05-08 10-28 11-17 12-24 12-25 12-26"),
    ("CZ", 2026, "01-01 04-03 04-06 05-01 05-08 07-06 09-28 10-28 11-17 12-24 12-25"),
    ("CZ", 2027, "01-01 03-26 03-29 07-05 07-06 09-28 10-28 11-17 12-24"),
    ("DE", 2025, "01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26"),
    ("DE", 2026, "01-01 04-03 04-06 05-01 05-14 05-25 12-25"),
    ("DE", 2027, "01-01 03-26 03-29 05-06 05-17"),
    ("DK", 2025, "01-01 04-17 04-18 04-21 05-29 06-09 12-25 12-26"),
    ("DK", 2026, "01-01 04-02 04-03 04-06 05-14 05-25 12-25"),
    ("DK", 2027, "01-01 03-25 03-26 03-29 05-06 05-17"),
    ("EE", 2025, "01-01 02-24 04-18 05-01 06-23 06-24 08-20 12-24 12-25 12-26"),
    ("EE", 2026, "01-01 02-24 04-03 05-01 06-23 06-24 08-20 12-24 12-25"),
    ("EE", 2027, "01-01 02-24 03-26 06-23 06-24 08-20 12-24"),
    ("ES", 2025, "01-01 01-06 04-18 05-01 08-15 12-08 12-25"),
    ("ES", 2026, "01-01 01-06 04-03 05-01 10-12 12-08 12-25"),
    ("ES", 2027, "01-01 01-06 03-26 10-12 11-01 12-06 12-08"),
    ("FI", 2025, "01-01 01-06 04-18 04-21 05-01 05-29 06-20 12-24 12-25 12-26"),
    ("FI", 2026, "01-01 01-06 04-03 04-06 05-01 05-14 06-19 12-24 12-25"),
    ("FI", 2027, "01-01 01-06 03-26 03-29 05-06 06-25 12-06 12-24"),
    ("FR", 2025, "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-11 12-25"),
    ("FR", 2026, "01-01 04-06 05-01 05-08 05-14 05-25 07-14 11-11 12-25"),
    ("FR", 2027, "01-01 03-29 05-06 05-17 07-14 11-01 11-11"),
    ("GR", 2025, "01-01 01-06 03-03 03-25 04-18 04-21 05-01 06-09 08-15 10-28 12-25 12-26"),
    ("GR", 2026, "01-01 01-06 02-23 03-25 04-10 04-13 05-01 06-01 10-28 12-25"),
    ("GR", 2027, "01-01 01-06 03-15 03-25 04-30 05-03 06-21 10-28"),
    ("HR", 2025, "01-01 01-06 04-21 05-01 05-30 06-19 08-05 08-15 11-18 12-25 12-26"),
    ("HR", 2026, "01-01 01-06 04-06 05-01 06-04 06-22 08-05 11-18 12-25"),
    ("HR", 2027, "01-01 01-06 03-29 05-27 06-22 08-05 11-01 11-18"),
    ("HU", 2025, "01-01 04-18 04-21 05-01 06-09 08-20 10-23 12-25 12-26"),
    ("HU", 2026, "01-01 04-03 04-06 05-01 05-25 08-20 10-23 12-25"),
    ("HU", 2027, "01-01 03-15 03-26 03-29 05-17 08-20 11-01"),
    ("IE", 2025, "01-01 02-03 03-17 04-21 05-05 06-02 08-04 10-27 12-25 12-26"),
    ("IE", 2026, "01-01 02-02 03-17 04-06 05-04 06-01 08-03 10-26 12-25"),
    ("IE", 2027, "01-01 02-01 03-17 03-29 05-03 06-07 08-02 10-25"),
    ("IS", 2025, "01-01 04-17 04-18 04-21 04-24 05-01 05-29 06-09 06-17 08-04 12-25 12-26"),
    ("IS", 2026, "01-01 04-02 04-03 04-06 04-23 05-01 05-14 05-25 06-17 08-03 12-25"),
    ("IS", 2027, "01-01 03-25 03-26 03-29 04-22 05-06 05-17 06-17 08-02"),
    ("IT", 2025, "01-01 01-06 04-21 04-25 05-01 06-02 08-15 12-08 12-25 12-26"),
    ("IT", 2026, "01-01 01-06 04-06 05-01 06-02 12-08 12-25"),
    ("IT", 2027, "01-01 01-06 03-29 06-02 10-04 11-01 12-08"),
    ("LI", 2025, "01-01 01-02 01-06 03-04 03-19 04-18 04-21 05-01 05-29 06-09 06-19 08-15 09-08 12-08 12-24 12-25 12-26 12-31"),
    ("LI", 2026, "01-01 01-02 01-06 02-02 02-17 03-19 04-03 04-06 05-01 05-14 05-25 06-04 09-08 12-08 12-24 12-25 12-31"),
    ("LI", 2027, "01-01 01-06 02-02 02-09 03-19 03-26 03-29 05-06 05-17 05-27 09-08 11-01 12-08 12-24 12-31"),
    ("LT", 2025, "01-01 03-11 04-21 05-01 06-24 08-15 12-24 12-25 12-26"),
    ("LT", 2026, "01-01 02-16 03-11 04-06 05-01 06-24 07-06 11-02 12-24 12-25"),
    ("LT", 2027, "01-01 02-16 03-11 03-29 06-24 07-06 11-01 11-02 12-24"),
    ("LU", 2025, "01-01 04-21 05-01 05-09 05-29 06-09 06-23 08-15 12-25 12-26"),
    ("LU", 2026, "01-01 04-06 05-01 05-14 05-25 06-23 12-25"),
    ("LU", 2027, "01-01 03-29 05-06 05-17 06-23 11-01"),
    ("LV", 2025, "01-01 04-18 04-21 05-01 05-05 06-23 06-24 11-18 12-24 12-25 12-26 12-31"),
    ("LV", 2026, "01-01 04-03 04-06 05-01 05-04 06-23 06-24 11-18 12-24 12-25 12-31"),
    ("LV", 2027, "01-01 03-26 03-29 05-04 06-23 06-24 11-18 12-24 12-31"),
    ("MT", 2025, "01-01 02-10 03-19 03-31 04-18 05-01 08-15 09-08 12-08 12-25"),
    ("MT", 2026, "01-01 02-10 03-19 03-31 04-03 05-01 06-29 09-08 09-21 12-08 12-25"),
    ("MT", 2027, "01-01 02-10 03-19 03-26 03-31 06-07 06-29 09-08 09-21 12-08 12-13"),
    ("NL", 2025, "01-01 04-18 04-21 05-05 05-29 05-30 06-09 12-25 12-26"),
    ("NL", 2026, "01-01 01-02 04-03 04-06 04-27 05-05 05-14 05-15 05-25 12-25"),
    ("NL", 2027, "01-01 03-26 03-29 04-27 05-05 05-06 05-07 05-17"),
    ("NO", 2025, "01-01 04-17 04-18 04-21 05-01 05-29 06-09 12-25 12-26"),
    ("NO", 2026, "01-01 04-02 04-03 04-06 05-01 05-14 05-25 12-25"),
    ("NO", 2027, "01-01 03-25 03-26 03-29 05-06 05-17"),
    ("PL", 2025, "01-01 01-06 04-21 05-01 06-19 08-15 11-11 12-24 12-25 12-26"),
    ("PL", 2026, "01-01 01-06 04-06 05-01 06-04 11-11 12-24 12-25"),
    ("PL", 2027, "01-01 01-06 03-29 05-03 05-27 11-01 11-11 12-24"),
    ("PT", 2025, "01-01 04-18 04-25 05-01 06-10 06-19 08-15 12-01 12-08 12-25"),
    ("PT", 2026, "01-01 04-03 05-01 06-04 06-10 10-05 12-01 12-08 12-25"),
    ("PT", 2027, "01-01 03-26 05-27 06-10 10-05 11-01 12-01 12-08"),
    ("RO", 2025, "01-01 01-02 01-06 01-07 01-24 04-18 04-21 05-01 06-09 08-15 12-01 12-25 12-26"),
    ("RO", 2026, "01-01 01-02 01-06 01-07 04-10 04-13 05-01 06-01 11-30 12-01 12-25"),
    ("RO", 2027, "01-01 01-06 01-07 04-30 05-03 06-01 06-21 11-30 12-01"),
    ("SE", 2025, "01-01 01-06 04-18 04-21 05-01 05-29 06-06 06-20 12-24 12-25 12-26 12-31"),
    ("SE", 2026, "01-01 01-06 04-03 04-06 05-01 05-14 06-19 12-24 12-25 12-31"),
    ("SE", 2027, "01-01 01-06 03-26 03-29 05-06 06-25 12-24 12-31"),
    ("SI", 2025, "01-01 01-02 04-21 05-01 05-02 06-25 08-15 10-31 12-25 12-26"),
    ("SI", 2026, "01-01 01-02 04-06 04-27 05-01 06-25 12-25"),
    ("SI", 2027, "01-01 02-08 03-29 04-27 06-25 11-01"),
    ("SK", 2025, "01-01 01-06 04-18 04-21 05-01 05-08 08-29 09-15 12-24 12-25 12-26"),
    ("SK", 2026, "01-01 01-06 04-03 04-06 05-01 12-24 12-25"),
    ("SK", 2027, "01-01 01-06 03-26 03-29 07-05 09-15 11-01 12-24"),
];

#[test]
fn every_eea_state_has_a_calendar_checked_against_its_published_list() {
    let states: Vec<&str> = SOURCES.iter().map(|(c, _)| *c).collect();
    assert_eq!(states.len(), 30);
    for (code, year, expected) in WEEKDAY_HOLIDAYS {
        let calendar = Calendar::national(country(code)).unwrap();
        let computed: Vec<String> = calendar
            .holidays_in(*year)
            .into_iter()
            .map(|(d, _)| d)
            .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .map(|d| d.format("%m-%d").to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let source = SOURCES.iter().find(|(c, _)| c == code).unwrap().1;
        assert_eq!(
            computed.join(" "),
            *expected,
            "{code} {year}, against {source}"
        );
    }
    for code in states {
        assert!(
            WEEKDAY_HOLIDAYS
                .iter()
                .filter(|(c, _, _)| *c == code)
                .count()
                == 3,
            "{code} is tested for 2025, 2026 and 2027"
        );
    }
}

#[test]
fn every_built_in_holiday_cites_its_law_and_every_calendar_its_source() {
    for calendar in Calendar::all_national() {
        for holiday in calendar.holidays.iter() {
            assert!(
                !holiday.law.trim().is_empty(),
                "{}: {}",
                calendar.id,
                holiday.name
            );
        }
        assert!(
            calendar.note.is_some(),
            "{} says what it leaves out",
            calendar.id
        );
        // Only Cyprus could not be checked against an official source.
        assert_eq!(calendar.checked_against.is_none(), calendar.id == "CY");
    }
    let cy = deadline(
        day(2026, 3, 2),
        Period::days(3),
        &Calendar::for_establishment(country("CY")),
    )
    .unwrap();
    assert!(cy.calendar.unverified);
}

#[test]
fn one_month_from_29_february_2024_ends_on_tuesday_2_april_under_dutch_law() {
    let d = deadline(day(2024, 2, 29), Period::months(1), &Netherlands).unwrap();
    // Friday 29 March is Good Friday (art. 3(2) Atw), then a weekend and Easter Monday.
    assert_eq!(d.last_day, day(2024, 4, 2));
}

#[test]
fn a_decreed_dutch_day_ends_no_period() {
    // Thursday 14 May 2026 is Ascension Day; Friday 15 May is equated with a holiday by the
    // Besluit gelijkstelling of 2026–2028 (art. 3(3) Atw).
    let d = deadline(day(2026, 4, 15), Period::months(1), &Netherlands).unwrap();
    assert_eq!(d.nominal_last_day, day(2026, 5, 15));
    assert_eq!(d.last_day, day(2026, 5, 18));
    assert!(d
        .reasons
        .iter()
        .any(|r| r.text().contains("Vrijdag na Hemelvaartsdag")));
}

#[test]
fn a_user_adds_a_decreed_day_from_a_file() {
    let calendar: Calendar = gdpr::from_json(
        r#"{"id": "NL", "extends": "NL", "holidays": [
            {"name": "Vrijdag na Hemelvaartsdag", "law": "Algemene termijnenwet, art. 3(3) (besluit voor 2029)",
             "rule": {"kind": "date", "date": "2029-05-11"}}]}"#,
    )
    .unwrap();
    let d = deadline(day(2029, 4, 11), Period::months(1), &calendar).unwrap();
    assert_eq!(d.last_day, day(2029, 5, 14));
    assert_eq!(d.calendar.scope, CalendarScope::National);
    let without = deadline(day(2029, 4, 11), Period::months(1), &Netherlands).unwrap();
    assert_eq!(without.last_day, day(2029, 5, 11));
}

#[test]
fn a_german_regional_day_counts_once_the_caller_adds_it() {
    // Corpus Christi, Thursday 4 June 2026, is a holiday in Bavaria, not nationwide.
    let germany = Calendar::for_establishment(country("DE"));
    let national = deadline(day(2026, 5, 4), Period::months(1), &germany).unwrap();
    assert_eq!(national.last_day, day(2026, 6, 4));
    assert!(national
        .reasons
        .iter()
        .any(|r| r.text().contains("regional holidays are not counted")));

    let bavaria = germany.with_holiday(
        Holiday::new(
            "Fronleichnam",
            "Art. 1 Abs. 1 Nr. 6 Feiertagsgesetz (Bayern)",
            HolidayRule::Easter {
                offset: 60,
                church: Default::default(),
            },
        )
        .in_region("DE-BY"),
    );
    let regional = deadline(day(2026, 5, 4), Period::months(1), &bavaria).unwrap();
    assert_eq!(regional.last_day, day(2026, 6, 5));
    assert_eq!(regional.calendar.scope, CalendarScope::NationalAndRegional);
    assert_eq!(regional.calendar.regions, ["DE-BY"]);
    assert!(regional
        .reasons
        .iter()
        .any(|r| r.text().contains("the regional ones of DE-BY")));
}

#[test]
fn the_calendar_follows_the_controller_establishment() {
    let policy = |establishment: &str| -> Policy {
        Policy::from_json(&format!(
            r#"{{"controller": {{"name": "X", "kind": "private", "establishment": "{establishment}"}},
                "data_categories": [], "activities": []}}"#
        ))
        .unwrap()
    };
    let calendars = Calendars::builtin();
    // Received Tuesday 14 April 2026: one month ends Thursday 14 May, Ascension Day in
    // France (then Friday 15th) and in the Netherlands (then the decreed Friday, so Monday).
    let received = day(2026, 4, 14);
    let answer = |code: &str| {
        let p = policy(code);
        let calendar = calendars.for_establishment(p.controller.establishment);
        request_deadlines(received, &calendar).unwrap().respond_by
    };
    assert_eq!(answer("FR").last_day, day(2026, 5, 15));
    assert_eq!(answer("FR").calendar.id, "FR");
    assert_eq!(answer("NL").last_day, day(2026, 5, 18));
    // No calendar for Switzerland: weekends only, and the answer says so.
    let ch = answer("CH");
    assert_eq!(ch.last_day, day(2026, 5, 14));
    assert_eq!(ch.calendar.scope, CalendarScope::WeekendsOnlyFallback);
    assert!(ch.reasons.iter().any(|r| r
        .text()
        .contains("no calendar of public holidays is known for CH")));
}

#[test]
fn two_working_days_are_in_every_period_of_two_days_or_more_for_every_calendar() {
    // Art. 3(5): checked over two years of events for each state.
    for calendar in Calendar::all_national() {
        let mut event = day(2026, 1, 1);
        while event.year() < 2028 {
            let d = deadline(event, Period::days(2), calendar).unwrap();
            let working = event
                .iter_days()
                .skip(1)
                .take_while(|x| *x <= d.last_day)
                .filter(|x| calendar.is_working_day(*x))
                .count();
            assert!(working >= 2, "{} from {event}", calendar.id);
            assert!(
                calendar.is_working_day(d.last_day),
                "{} from {event}",
                calendar.id
            );
            event = event.succ_opt().unwrap();
        }
    }
}
