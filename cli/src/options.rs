//! Command-line options that several subcommands share.

use std::path::PathBuf;

use clap::ValueEnum;
use gdpr::assess::{Belgium, Holidays, Netherlands, NoHolidays};
use gdpr::AdequacyRegistry;

use crate::error::Failure;
use crate::io;

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
