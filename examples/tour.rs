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
    request_deadlines, ActivityFacts, Applicability, Calendar, ErasureDecision, ErasureRequest,
    ErasureVerdict, EuTimeZone, Objection, Reason, RetentionSweep, RightsDecision,
    TransferDecision, TransferOutcome, TransferRequest,
};
use gdpr::{
    validate, AdequacyRegistry, Destination, Policy, Recipient, RecipientRole, RetentionTrigger,
    Safeguard, Sector, Severity, TransferMechanism, ValidationReport,
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
    retention_due: Vec<DueRecord>,
    notice: gdpr::notice::NoticeCheck,
    notice_audit: gdpr::notice::NoticeAudit,
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
        breach_tour(&dir)?;
    }
    Ok(())
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
            let mut cloud =
                Recipient::new("us_cloud", "U.S. cloud provider", RecipientRole::Processor)
                    .located(Destination::Country("US".parse()?))
                    .art28_contract(true)
                    .sector(Sector::Commercial);
            cloud.dpf_certified = certified;
            with_cloud.recipients.push(cloud);
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

    // A recipient the notice lets go outside the EU under a condition, using an application
    // in the U.S. because no equivalent exists inside the EU, on assessed SCCs.
    for recipient in policy
        .recipients
        .iter()
        .filter(|r| r.conditional_transfer.is_some())
    {
        let request = TransferRequest {
            destination: Some(Destination::Country("US".parse()?)),
            transfer_condition_met: Some(true),
            mechanism: Some(TransferMechanism::Safeguard(
                Safeguard::StandardContractualClauses,
            )),
            safeguards_effective: Some(true),
            ..TransferRequest::to(recipient.id.clone())
        };
        let decision = assess_transfer(policy, registry, &request, as_of)?;
        transfers.push((
            format!("{} via a U.S. app (clause)", recipient.id),
            decision,
        ));
    }

    let access_request = request_deadlines(as_of, &calendar(policy))?;
    let aware = Utc
        .with_ymd_and_hms(2026, 11, 27, 15, 40, 0)
        .single()
        .ok_or("bad time")?;
    let breach = breach_notification_deadline(aware, EuTimeZone::Central)?;

    // Records of the past eight financial years, swept against every rule with a period.
    let mut retention_due = Vec::new();
    for activity in &policy.activities {
        for rule in &activity.retention {
            let Ok(sweep) = RetentionSweep::new(rule, as_of) else {
                continue;
            };
            let records = (2017..2025).filter_map(|y| {
                NaiveDate::from_ymd_opt(y, 12, 31).map(|d| (format!("{}-{y}", activity.id), d))
            });
            for (record, trigger_date) in sweep.due(records, |r| Some(r.1)) {
                retention_due.push(DueRecord {
                    activity: activity.id.clone(),
                    record,
                    trigger_date,
                    action: sweep.action(),
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
        retention_due,
        notice: gdpr::notice::check_notice(policy),
        notice_audit: gdpr::notice::audit_notice(policy),
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
        .filter(|r| r.text().contains("next working day") || r.text().contains("two working days"))
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
        println!("    {:<WIDTH$} {}", g.citation.to_string(), g.message);
    }
    println!(
        "    (render it: cargo run --example notice -- examples/policies/{}.json nl)",
        r.policy
    );
    println!("\n  The published notice, audited (Art. 12–15, 37)");
    for f in &r.notice_audit.findings {
        let mark = match f.severity {
            Severity::Error => "✗",
            Severity::Warning => "!",
        };
        println!(
            "    {mark} {:<WIDTH$} {}",
            f.citation.to_string(),
            f.message
        );
    }
    println!();
}

/// A lost laptop at Stebo, assessed end to end (Art. 33, 34): once with the client files
/// encrypted and the key elsewhere, once unencrypted; each with its register entry.
fn breach_tour(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    use gdpr::assess::assess_breach;
    use gdpr::notice::Language;
    use gdpr::{Consequences, Exposure, PersonalDataBreach, Protection, ProtectionMeasure};

    let policy = Policy::from_json(&std::fs::read_to_string(dir.join("stebo.json"))?)?;
    let aware = chrono::DateTime::parse_from_rfc3339("2026-11-26T16:40:00+01:00")?;
    let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00")?;
    let mut breach: PersonalDataBreach = gdpr::from_json(
        r#"{
          "reference": "STEBO-2026-007",
          "description": "A counsellor's laptop with the client files was stolen from a car in Genk",
          "aware_at": "2026-11-26T16:40:00+01:00",
          "became_aware_through": "own_detection",
          "kinds": {"confidentiality": true, "integrity": false, "availability": true},
          "affected": [{"activity": "dienstverlening"}],
          "subjects": {"min": 300, "max": 450},
          "accessed_by": "unknown_party",
          "backup": true,
          "effect_on_subjects": false,
          "measures": ["laptop account blocked and remote wipe ordered", "police report filed"]
        }"#,
    )?;
    breach.aware_at = Some(aware);

    println!("Personal data breach at Stebo vzw — a stolen laptop (Art. 33, 34)\n");
    // Readable national register numbers are what an identity thief needs.
    let readable = Consequences {
        identity_theft: Some(true),
        ..Consequences::none()
    };
    for (label, protection, consequences) in [
        (
            "encrypted, key elsewhere",
            Protection {
                measure: Some(ProtectionMeasure::Encryption),
                state_of_the_art: Some(true),
                key_safe: Some(true),
            },
            Consequences::none(),
        ),
        (
            "not encrypted",
            Protection {
                measure: Some(ProtectionMeasure::None),
                ..Protection::default()
            },
            readable,
        ),
    ] {
        breach.protection = protection;
        breach.consequences = consequences;
        breach.accessed_by = Some(Exposure::UnknownParty);
        let decision = assess_breach(&policy, &breach, as_of)?;
        println!("  The laptop was {label}:");
        for line in decision.to_text(Language::English).lines() {
            println!("    {line}");
        }
        println!(
            "    register entry (JSON, to store): {} bytes, {} reasons",
            serde_json::to_string(&decision.register_entry)?.len(),
            decision.register_entry.reasons.len()
        );
        println!();
    }
    Ok(())
}
