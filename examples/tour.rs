//! The tour: the five seed notices as policies, checked and questioned as a CRM backend
//! would, every answer followed by the articles it rests on.
//!
//! ```text
//! cargo run --example tour            # a readable report
//! cargo run --example tour -- --json  # the same decisions as JSON (valid against schema/)
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use gdpr::assess::{
    assess_erasure, assess_rights, assess_transfer, breach_notification_deadline,
    request_deadlines, retention_plan, ActivityFacts, Applicability, Calendar, ErasureDecision,
    ErasureRequest, ErasureVerdict, EuTimeZone, FinancialYear, Objection, Reason, RetentionPlan,
    RightsDecision, TransferDecision, TransferOutcome, TransferRequest,
};
use gdpr::sql::{retention_sql, Dialect, RetentionSql, SqlMapping, TableMapping};
use gdpr::{
    validate, AdequacyRegistry, Destination, Policy, Recipient, RecipientRole, RetentionTrigger,
    Safeguard, Severity, TransferMechanism, ValidationReport,
};
use serde::Serialize;

const SEEDS: [&str; 5] = [
    "stebo",
    "woondienst_regio_izegem",
    "st_ap",
    "sint_truiden",
    "step_inburgering",
];

/// Everything the tour decides for one organisation; printed as text or as JSON.
#[derive(Serialize)]
struct Report {
    policy: String,
    controller: String,
    as_of: NaiveDate,
    validation: ValidationReport,
    rights: Vec<RightsDecision>,
    erasure: ErasureDecision,
    transfers: Vec<(String, TransferDecision)>,
    access_request: gdpr::assess::RequestDeadlines,
    breach: gdpr::assess::HoursDeadline,
    retention_plan: RetentionPlan,
    retention_sql: RetentionSql,
    retention_due: Vec<DueRecord>,
    notice: gdpr::notice::NoticeCheck,
}

#[derive(Serialize)]
struct DueRecord {
    activity: String,
    record: String,
    trigger_date: NaiveDate,
    action: gdpr::RetentionAction,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let json = std::env::args().any(|a| a == "--json");
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).ok_or("bad date")?;
    let registry = AdequacyRegistry::builtin();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies");

    let mut reports = Vec::new();
    for name in SEEDS {
        let path = dir.join(format!("{name}.json"));
        let policy = Policy::from_json(&std::fs::read_to_string(&path)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        reports.push(evaluate(name, &policy, &registry, as_of)?);
    }

    if json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        println!("gdpr tour — five privacy notices as policies, as of {as_of}\n");
        for report in &reports {
            print_report(report);
        }
    }
    Ok(())
}

/// A CRM's schema for the policy, as the tour imagines it: a table per activity named after
/// it, an `id`, a `<event>_on` date column per event its rules run from, and a column per
/// data category.
fn crm_mapping(plan: &RetentionPlan) -> SqlMapping {
    SqlMapping {
        tables: plan
            .activities
            .iter()
            .map(|a| TableMapping {
                activity: a.activity.clone(),
                schema: Some("crm".into()),
                table: a.activity.clone(),
                id: "id".into(),
                data_categories: Vec::new(),
                columns: a
                    .data_categories
                    .iter()
                    .map(|c| (c.clone(), vec![format!("{c}_data")]))
                    .collect(),
                triggers: a
                    .rules
                    .iter()
                    .filter_map(|r| r.from)
                    .map(|t| (t, format!("{}_on", t.as_str())))
                    .collect(),
                archive_table: Some(format!("{}_archive", a.activity)),
            })
            .collect(),
    }
}

/// The calendar follows the controller: the public holidays of its establishment.
fn calendar(policy: &Policy) -> Calendar {
    Calendar::for_establishment(policy.controller.establishment)
}

fn evaluate(
    name: &str,
    policy: &Policy,
    registry: &AdequacyRegistry,
    as_of: NaiveDate,
) -> Result<Report, Box<dyn std::error::Error>> {
    let validation = validate(policy, registry, as_of);
    let rights = policy
        .activities
        .iter()
        .map(|a| assess_rights(policy, &a.id))
        .collect::<Result<Vec<_>, _>>()?;

    // A former customer asks to be erased from every activity: the relationship ended with
    // last financial year, they withdraw any consent and object to direct marketing. What
    // the organisation knows is stated; what the policy leaves open, the answer asks.
    let last_year_end = NaiveDate::from_ymd_opt(2025, 12, 31).ok_or("bad date")?;
    let events: BTreeMap<RetentionTrigger, Option<NaiveDate>> = [
        RetentionTrigger::EndOfFinancialYear,
        RetentionTrigger::EndOfContract,
        RetentionTrigger::EndOfRelationship,
        RetentionTrigger::ConsentWithdrawn,
    ]
    .into_iter()
    .map(|t| (t, Some(last_year_end)))
    .collect();
    let request = ErasureRequest::new(
        as_of,
        policy
            .activities
            .iter()
            .map(|a| ActivityFacts {
                no_longer_necessary: Some(true),
                consent_withdrawn: Some(true),
                objection: Some(if a.purposes.iter().any(|p| p.direct_marketing) {
                    Objection::DirectMarketing
                } else {
                    Objection::NotMade
                }),
                unlawfully_processed: Some(false),
                legal_obligation_to_erase: Some(false),
                collected_from_child_online: Some(false),
                made_public: Some(false),
                events: events.clone(),
                ..ActivityFacts::new(a.id.clone())
            })
            .collect(),
    );
    let erasure = assess_erasure(policy, &request, &calendar(policy), as_of)?;

    // A U.S. cloud provider for the first activity the organisation controls.
    let mut transfers = Vec::new();
    if let Some(activity) = policy.activities.iter().find(|a| !a.acts_as_processor()) {
        for (label, certified, scc) in [
            ("U.S. cloud, DPF-certified", Some(true), false),
            ("U.S. cloud, not certified", Some(false), false),
            (
                "U.S. cloud, not certified, SCCs assessed",
                Some(false),
                true,
            ),
        ] {
            let mut with_cloud = policy.clone();
            with_cloud.recipients.push(Recipient {
                id: "us_cloud".into(),
                name: "U.S. cloud provider".into(),
                role: RecipientRole::Processor,
                location: Some(Destination::Country("US".parse()?)),
                art28_contract: Some(true),
                art26_arrangement: None,
                dpf_certified: certified,
                sector: None,
                source: None,
            });
            let mut request = TransferRequest::to("us_cloud");
            request.activity = Some(activity.id.clone());
            if scc {
                request.mechanism = Some(TransferMechanism::Safeguard(
                    Safeguard::StandardContractualClauses,
                ));
                request.safeguards_effective = Some(true);
            }
            if let Some(a) = with_cloud
                .activities
                .iter_mut()
                .find(|a| a.id == activity.id)
            {
                a.recipients.push("us_cloud".into());
            }
            let decision = assess_transfer(&with_cloud, registry, &request, as_of)?;
            transfers.push((label.to_owned(), decision));
        }
    }

    let access_request = request_deadlines(as_of, &calendar(policy))?;
    let aware = Utc
        .with_ymd_and_hms(2026, 11, 27, 15, 40, 0)
        .single()
        .ok_or("bad time")?;
    let breach = breach_notification_deadline(aware, EuTimeZone::Central)?;

    // The retention plan: what every rule means today, as the cutoffs a database compares
    // its trigger dates with (inclusive on the due side), and the SQL a CRM would run if each
    // activity were a table with a column per event and per data category.
    let retention_plan = retention_plan(policy, as_of, Some(FinancialYear::CALENDAR_YEAR))?;
    let retention_sql = retention_sql(
        &retention_plan,
        &crm_mapping(&retention_plan),
        Dialect::Postgres,
    )?;

    // Records of the past eight years, one per activity and year, each triggered at the year
    // end: due under a maximum, unless a legal duty still keeps it.
    let mut retention_due = Vec::new();
    for activity in &retention_plan.activities {
        for year in 2017..2025 {
            let Some(date) = NaiveDate::from_ymd_opt(year, 12, 31) else {
                continue;
            };
            if activity.rules.iter().any(|r| r.protects(Some(date))) {
                continue;
            }
            if let Some(rule) = activity.rules.iter().find(|r| r.is_due(Some(date))) {
                retention_due.push(DueRecord {
                    activity: activity.activity.clone(),
                    record: format!("{}-{year}", activity.activity),
                    trigger_date: date,
                    action: rule.then,
                });
            }
        }
    }

    Ok(Report {
        policy: name.to_owned(),
        controller: policy.controller.name.clone(),
        as_of,
        validation,
        rights,
        erasure,
        transfers,
        access_request,
        breach,
        retention_plan,
        retention_sql,
        retention_due,
        notice: gdpr::notice::check_notice(policy),
    })
}

const WIDTH: usize = 24;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The last step of a deadline's reasoning, where a weekend or holiday moved it.
fn shift(reasons: &[Reason]) -> String {
    reasons
        .last()
        .filter(|r| r.text.contains("next working day") || r.text.contains("two working days"))
        .map(|r| format!(" — {r}"))
        .unwrap_or_default()
}

fn cite(reasons: &[Reason]) -> String {
    let mut cites: Vec<String> = reasons.iter().map(|r| r.citation.to_string()).collect();
    cites.dedup();
    cites.join(", ")
}

fn print_report(r: &Report) {
    println!("━━━ {} ({}.json)", r.controller, r.policy);

    let errors = r.validation.errors().count();
    let warnings = r.validation.warnings().count();
    println!(
        "\n  Validation: {} and {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    for f in &r.validation.findings {
        let mark = match f.severity {
            Severity::Error => "✗",
            Severity::Warning => "!",
        };
        let cite = f.citation.map(|c| c.to_string()).unwrap_or_default();
        println!("    {mark} {cite:<WIDTH$} {}", f.path);
        println!("      {:<WIDTH$} {}", "", f.message);
    }

    println!("\n  Rights per activity (✓ applies, ✗ does not, ? needs review, → the client's)");
    for d in &r.rights {
        let marks: Vec<String> = d
            .rights
            .iter()
            .map(|a| {
                let m = match a.applies {
                    Applicability::Applies => "✓",
                    Applicability::DoesNotApply => "✗",
                    Applicability::NeedsReview => "?",
                    Applicability::ExercisedAgainstController => "→",
                };
                format!(
                    "{m}{}",
                    a.right.citation().to_string().trim_start_matches("Art. ")
                )
            })
            .collect();
        println!("    {:<WIDTH$} {}", d.activity, marks.join(" "));
        for a in &d.rights {
            let notable = matches!(
                a.right,
                gdpr::DataSubjectRight::Portability | gdpr::DataSubjectRight::Object
            );
            if notable && a.applies == Applicability::DoesNotApply {
                let why: Vec<String> = a.reasons.iter().skip(1).map(|r| r.to_string()).collect();
                println!(
                    "      {:<WIDTH$} no {}: {}",
                    "",
                    a.right.label(),
                    why.join("; ")
                );
            }
            if notable && a.applies == Applicability::NeedsReview {
                for q in &a.open_questions {
                    println!("      {:<WIDTH$} {}? {q}", "", a.right.label());
                }
            }
        }
    }

    let e = &r.erasure;
    let extension = e
        .deadlines
        .extended_respond_by
        .as_ref()
        .map(|x| format!(", or {} if extended", x.last_day))
        .unwrap_or_default();
    println!(
        "\n  Erasure request of a former customer, received {} — answer by {}{extension} (Art. 12(3))",
        e.deadlines.received, e.deadlines.respond_by.last_day,
    );
    // Per data category: what happens to it in each activity that holds it.
    let mut categories: Vec<&str> = e.items.iter().map(|i| i.data_category.as_str()).collect();
    categories.dedup();
    for category in categories {
        println!("    {category}");
        for item in e.items_for(category) {
            let verdict = match item.verdict {
                ErasureVerdict::Erase => "erase".to_owned(),
                ErasureVerdict::Keep => match item.keep_until {
                    Some(until) => format!("keep until {until}"),
                    None => "keep".to_owned(),
                },
                ErasureVerdict::NoGround => "no ground".to_owned(),
                ErasureVerdict::NeedsReview => "needs review".to_owned(),
                ErasureVerdict::ForwardToController => "to the client".to_owned(),
            };
            let why = item
                .reasons
                .first()
                .map(|r| r.to_string())
                .unwrap_or_default();
            println!("      {verdict:<WIDTH$} in {}: {why}", item.activity);
            for q in &item.open_questions {
                println!("      {:<WIDTH$}    ? {q}", "");
            }
        }
    }
    for stop in &e.stop_processing {
        println!(
            "    {:<WIDTH$} {}/{} ({})",
            "stop", stop.activity, stop.purpose, stop.citation
        );
    }
    if let Some(suppression) = &e.suppression {
        println!("    {:<WIDTH$} {suppression}", "may keep");
    }
    for n in &e.notify_recipients {
        println!(
            "    {:<WIDTH$} {} ({})",
            "tell recipient", n.recipient, n.reason.citation
        );
    }

    println!("\n  Transfers");
    for (label, d) in &r.transfers {
        let outcome = match d.outcome {
            TransferOutcome::NotATransfer => "not a transfer",
            TransferOutcome::Permitted => "permitted",
            TransferOutcome::Prohibited => "prohibited",
            TransferOutcome::NeedsReview => "needs review",
        };
        let ground = d
            .ground
            .map(|g| format!(" on {}", g.citation()))
            .unwrap_or_default();
        println!("    {label:<42} {outcome}{ground}");
        if let Some(last) = d.reasons.last() {
            println!("      {last}");
        }
        for b in &d.commitment_breaches {
            println!("      ✗ breaks its promise: {}", b.reason);
        }
        for q in &d.open_questions {
            println!("      ? {q}");
        }
    }

    println!("\n  Deadlines");
    println!(
        "    access request of {}: answer by {}{} ({})",
        r.access_request.received,
        r.access_request.respond_by.last_day,
        shift(&r.access_request.respond_by.reasons),
        cite(
            r.access_request
                .respond_by
                .reasons
                .get(..1)
                .unwrap_or_default()
        )
    );
    println!(
        "    breach noticed {}: notify the authority by {} ({})",
        EuTimeZone::Central
            .local(r.breach.event)
            .format("%a %Y-%m-%d %H:%M %:z"),
        r.breach.ends_local.format("%a %Y-%m-%d %H:%M %:z"),
        cite(&r.breach.reasons)
    );

    println!("\n  Retention plan (what each rule means today, inclusive on the due side)");
    for (activity, rule) in r.retention_plan.rules() {
        println!("    {:<WIDTH$} {}", activity.activity, rule.sentence());
    }
    if !r.retention_sql.actions.is_empty() {
        println!("    the SQL a CRM runs (PostgreSQL, bind parameters; a table per activity):");
    }
    for action in &r.retention_sql.actions {
        for statement in &action.apply {
            let params: Vec<String> = statement.params.iter().map(|d| d.to_string()).collect();
            println!("      {};  -- [{}]", statement.sql, params.join(", "));
        }
    }

    println!("\n  Records due today under a retention period");
    if r.retention_due.is_empty() {
        println!("    none: no rule states a period (only criteria), so no date can be computed");
    }
    for d in &r.retention_due {
        println!(
            "    {:<WIDTH$} {} since {} → {:?}",
            d.activity, d.record, d.trigger_date, d.action
        );
    }
    println!("\n  Privacy notice (Art. 13, 14): what the policy cannot yet say");
    let gaps: Vec<_> = r.notice.gaps().collect();
    if gaps.is_empty() {
        println!("    nothing: every element can be written");
    }
    for g in gaps {
        println!("    {:<WIDTH$} {}", g.citation.to_string(), g.detail);
    }
    println!(
        "    (render it: cargo run --example notice -- examples/policies/{}.json nl)",
        r.policy
    );
    println!();
}
