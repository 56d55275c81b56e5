//! `gdpr deadline`: answering a request (Art. 12(3)) or notifying a breach (Art. 33(1)).

use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use gdpr::assess::{self, EuTimeZone};

use crate::error::Failure;
use crate::io::Output;
use crate::options::Calendar;

/// Time limits: answering a request (Art. 12(3)) or notifying a breach (Art. 33(1)).
#[derive(clap::Args)]
pub struct Args {
    /// The day a data subject's request was received.
    #[arg(
        long,
        required_unless_present = "breach_aware",
        conflicts_with = "breach_aware"
    )]
    received: Option<NaiveDate>,
    /// When the controller became aware of a breach (RFC 3339, e.g. 2026-11-27T15:40:00Z).
    #[arg(long)]
    breach_aware: Option<DateTime<Utc>>,
    /// The public holidays of the Member State where the controller acts.
    #[arg(long, value_enum, default_value_t = Calendar::None)]
    holidays: Calendar,
}

/// Prints the deadline.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    if let Some(received) = args.received {
        let d = assess::request_deadlines(received, args.holidays.holidays())
            .map_err(|e| Failure::assess(&e))?;
        if out.is_text() {
            writeln!(out, "answer by {}", d.respond_by.last_day)?;
            out.reasons(&d.respond_by.reasons)?;
            if let Some(extended) = &d.extended_respond_by {
                writeln!(out, "extended: answer by {}", extended.last_day)?;
            }
        } else {
            out.json(&d)?;
        }
    } else if let Some(aware) = args.breach_aware {
        let d = assess::breach_notification_deadline(aware, EuTimeZone::Central)
            .map_err(|e| Failure::assess(&e))?;
        if out.is_text() {
            writeln!(out, "notify by {}", d.ends_local.to_rfc3339())?;
            out.reasons(&d.reasons)?;
        } else {
            out.json(&d)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
