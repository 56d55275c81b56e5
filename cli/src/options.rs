//! Command-line options that several subcommands share.

use std::path::PathBuf;
use std::str::FromStr;

use clap::ValueEnum;
use gdpr::assess::{Calendar, EuTimeZone, NoHolidays};
use gdpr::explain::Language;
use gdpr::{AdequacyRegistry, Country, Policy};

use crate::error::Failure;
use crate::io;

/// Output: the library's JSON, or text for people.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    // No doc comments on the variants: clap would turn them into a long help.
    Json,
    Text,
}

/// The public holidays that move a deadline: a state's code (`BE`, `de`), `none` for
/// Saturdays and Sundays only, or a calendar file (`schema/calendar.schema.json`).
#[derive(Clone, Debug)]
pub enum CalendarArg {
    /// A built-in national calendar.
    State(Country),
    /// Saturdays and Sundays only.
    WeekendsOnly,
    /// A calendar document.
    File(PathBuf),
}

impl FromStr for CalendarArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("none") || s.eq_ignore_ascii_case("weekends-only") {
            return Ok(CalendarArg::WeekendsOnly);
        }
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            let state: Country = s.to_ascii_uppercase().parse().map_err(|e| format!("{e}"))?;
            return match Calendar::national(state) {
                Some(_) => Ok(CalendarArg::State(state)),
                None => Err(format!(
                    "there is no built-in calendar for `{}`; give a calendar file",
                    state.code()
                )),
            };
        }
        Ok(CalendarArg::File(PathBuf::from(s)))
    }
}

/// The calendar asked for; else the one of the policy's establishment; else weekends only.
pub fn calendar(arg: Option<&CalendarArg>, policy: Option<&Policy>) -> Result<Calendar, Failure> {
    Ok(match (arg, policy) {
        (Some(CalendarArg::State(state)), _) => Calendar::for_establishment(*state),
        (Some(CalendarArg::WeekendsOnly), _) => NoHolidays.clone(),
        (Some(CalendarArg::File(path)), _) => io::read(Some(path))?,
        (None, Some(p)) => Calendar::for_establishment(p.controller.establishment),
        (None, None) => NoHolidays.clone(),
    })
}

/// The clock of the controller, for periods in hours.
#[derive(Clone, Copy, ValueEnum)]
pub enum Zone {
    /// UTC+0 with summer time (Ireland, Portugal).
    Western,
    /// UTC+1 with summer time (most Member States).
    Central,
    /// UTC+2 with summer time (Finland, Greece, the Baltic States, …).
    Eastern,
    /// UTC all year (Iceland).
    UtcAllYear,
}

/// The zone asked for; else the one of the policy's establishment; else Central European.
pub fn zone(arg: Option<Zone>, policy: Option<&Policy>) -> EuTimeZone {
    match arg {
        Some(Zone::Western) => EuTimeZone::Western,
        Some(Zone::Central) => EuTimeZone::Central,
        Some(Zone::Eastern) => EuTimeZone::Eastern,
        Some(Zone::UtcAllYear) => EuTimeZone::UtcAllYear,
        None => policy
            .and_then(|p| EuTimeZone::for_establishment(p.controller.establishment))
            .unwrap_or(EuTimeZone::Central),
    }
}

/// The language of a text for people, and of the JSON `message` fields.
#[derive(Clone, Copy, ValueEnum)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// The library's language.
    pub fn language(self) -> Language {
        match self {
            Lang::Nl => Language::Dutch,
            Lang::En => Language::English,
        }
    }
}

/// The adequacy decisions transfers are judged by (Art. 45(3)).
#[derive(clap::Args)]
pub struct Adequacy {
    /// A registry of adequacy decisions to use instead of the built-in one (JSON, as
    /// `data/adequacy.json`; `schema/adequacy_registry.schema.json`).
    #[arg(long, value_name = "FILE")]
    adequacy: Option<PathBuf>,
}

impl Adequacy {
    /// The registry from `--adequacy`, read strictly, or the built-in one.
    pub fn registry(&self) -> Result<AdequacyRegistry, Failure> {
        match &self.adequacy {
            Some(file) => io::read(Some(file)),
            None => Ok(AdequacyRegistry::builtin()),
        }
    }
}
