//! `gdpr deadline`: any time limit under Regulation 1182/71, answering a request
//! (Art. 12(3)) or notifying a breach (Art. 33(1)).

use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use gdpr::assess::{self, EventTime};
use gdpr::Period;

use crate::error::Failure;
use crate::io::{self, Output};
use crate::options::{self, CalendarArg, Zone};

/// Time limits: any period from a day or a moment (Regulation 1182/71), answering a request
/// (Art. 12(3)) or notifying a breach (Art. 33(1)).
#[derive(clap::Args)]
pub struct Args {
    /// A policy (JSON, or YAML from a `.yaml` or `.yml` file): its controller's establishment gives the calendar and the time zone.
    policy: Option<PathBuf>,
    /// When the period starts: a day (2026-03-27) or, for a period in hours, a moment
    /// (RFC 3339, e.g. 2026-10-23T14:20:00+02:00).
    #[arg(long, requires = "period", conflicts_with_all = ["received", "breach_aware"])]
    from: Option<Event>,
    /// The period, ISO 8601: P1M, P2W, P10D, P1Y or PT72H.
    #[arg(long, requires = "from")]
    period: Option<Period>,
    /// The day a data subject's request was received (Art. 12(3)).
    #[arg(long, conflicts_with = "breach_aware")]
    received: Option<NaiveDate>,
    /// When the controller became aware of a breach (RFC 3339, e.g. 2026-11-27T15:40:00Z).
    #[arg(long)]
    breach_aware: Option<DateTime<Utc>>,
    /// The public holidays: a state's code (BE, DE, …), `none`, or a calendar file (default:
    /// the policy's establishment, else none).
    #[arg(long, alias = "holidays")]
    calendar: Option<CalendarArg>,
    /// The controller's clock for periods in hours (default: the policy's establishment,
    /// else central).
    #[arg(long, value_enum)]
    zone: Option<Zone>,
}

/// When a period starts: a day, or a moment.
#[derive(Clone, Copy, Debug)]
pub struct Event(EventTime);

impl FromStr for Event {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Ok(day) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(Event(EventTime::Day(day)));
        }
        DateTime::parse_from_rfc3339(s)
            .map(|at| Event(EventTime::Instant(at.with_timezone(&Utc))))
            .map_err(|_| {
                format!(
                    "`{s}` is neither a day (2026-03-27) nor a moment (2026-03-27T14:20:00+01:00)"
                )
            })
    }
}

/// Prints the deadline.
pub fn run(args: &Args, out: &mut Output) -> Result<ExitCode, Failure> {
    let policy = args.policy.as_deref().map(io::policy).transpose()?;
    let calendar = options::calendar(args.calendar.as_ref(), policy.as_ref())?;
    let zone = options::zone(args.zone, policy.as_ref());
    let lang = out.lang(policy.as_ref());
    if let (Some(Event(from)), Some(period)) = (args.from, args.period) {
        let mut limit =
            assess::time_limit(from, period, &calendar, zone).map_err(|e| Failure::assess(&e))?;
        if out.is_text() {
            write!(out, "{}", limit.to_text(lang))?;
        } else {
            limit.render(lang);
            out.json(&limit)?;
        }
    } else if let Some(received) = args.received {
        let mut d =
            assess::request_deadlines(received, &calendar).map_err(|e| Failure::assess(&e))?;
        if out.is_text() {
            write!(out, "{}", d.to_text(lang))?;
        } else {
            d.render(lang);
            out.json(&d)?;
        }
    } else if let Some(aware) = args.breach_aware {
        let mut d =
            assess::breach_notification_deadline(aware, zone).map_err(|e| Failure::assess(&e))?;
        if out.is_text() {
            write!(out, "{}", d.to_text(lang))?;
        } else {
            d.render(lang);
            out.json(&d)?;
        }
    } else {
        return Err(Failure::usage(
            "give --from and --period, --received, or --breach-aware",
        ));
    }
    Ok(ExitCode::SUCCESS)
}
