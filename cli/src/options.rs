//! Command-line options that several subcommands share.

use clap::ValueEnum;
use gdpr::assess::{Belgium, Holidays, Netherlands, NoHolidays};
use gdpr::notice::Language;

/// Output: the library's JSON, or text for people.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    // No doc comments on the variants: clap would turn them into a long help.
    Json,
    Text,
}

/// The public holidays that move a deadline.
#[derive(Clone, Copy, ValueEnum)]
pub enum Calendar {
    /// Belgian public holidays.
    Be,
    /// Dutch public holidays (Algemene termijnenwet).
    Nl,
    /// Saturdays and Sundays only.
    None,
}

impl Calendar {
    /// The library's calendar.
    pub fn holidays(self) -> &'static dyn Holidays {
        match self {
            Calendar::Be => &Belgium,
            Calendar::Nl => &Netherlands,
            Calendar::None => &NoHolidays,
        }
    }
}

/// The language of a text for people.
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
