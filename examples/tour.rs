//! The tour: the five seed notices as policies, checked and questioned as a CRM backend
//! would, every answer followed by the articles it rests on.
//!
//! ```text
//! cargo run --example tour                # a readable report
//! cargo run --example tour -- --lang nl   # the same report in Dutch
//! cargo run --example tour -- --json      # the same decisions as JSON (valid against schema/)
//! ```
//!
//! Every word of a decision comes from the library's vocabulary (`gdpr::explain`); only the
//! tour's own headings and scenario labels are written here, in both languages.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use gdpr::assess::{
    assess_erasure, assess_rights, assess_transfer, breach_notification_deadline,
    request_deadlines, retention_plan, ActivityFacts, Applicability, Calendar, ErasureDecision,
    ErasureRequest, EuTimeZone, FinancialYear, Objection, Reason, RetentionPlan, RightsDecision,
    TransferDecision, TransferRequest,
};
use gdpr::explain::{Language, Phrase, ReasonCode};
use gdpr::sql::{retention_sql, Dialect, RetentionSql, SqlMapping, TableMapping};
use gdpr::{
    validate, AdequacyRegistry, Destination, Policy, Recipient, RecipientRole, RetentionTrigger,
    Safeguard, Sector, TransferMechanism, ValidationReport,
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
    notice_audit: gdpr::notice::NoticeAudit,
    sources: gdpr::ProvenanceCount,
}

#[derive(Serialize)]
struct DueRecord {
    activity: String,
    record: String,
    trigger_date: NaiveDate,
    action: gdpr::RetentionAction,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let json = args.iter().any(|a| a == "--json");
    let lang = match args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
    {
        None | Some("en") => Language::English,
        Some("nl") => Language::Dutch,
        Some(other) => return Err(format!("--lang takes nl or en, not `{other}`").into()),
    };
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).ok_or("bad date")?;
    let registry = AdequacyRegistry::builtin();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies");

    let mut reports = Vec::new();
    for name in SEEDS {
        let path = dir.join(format!("{name}.json"));
        let policy = Policy::from_json(&std::fs::read_to_string(&path)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let mut report = evaluate(name, &policy, &registry, as_of)?;
        report.render(lang);
        reports.push(report);
    }

    if json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        println!(
            "{}{as_of}\n",
            say(
                lang,
                "gdpr tour — five privacy notices as policies, as of ",
                "gdpr-rondleiding — vijf privacyverklaringen als beleid, op "
            )
        );
        for report in &reports {
            print_report(report, lang);
        }
        breach_tour(&dir, lang)?;
    }
    Ok(())
}

impl Report {
    /// Every sentence of every decision in `lang`, for the JSON.
    fn render(&mut self, lang: Language) {
        self.validation.render(lang);
        for d in &mut self.rights {
            d.render(lang);
        }
        self.erasure.render(lang);
        for (_, d) in &mut self.transfers {
            d.render(lang);
        }
        self.access_request.render(lang);
        self.breach.render(lang);
        self.retention_plan.render(lang);
        self.retention_sql.render(lang);
        self.notice.render(lang);
        self.notice_audit.render(lang);
    }
}

/// The tour's own words (headings, scenario labels), in English or Dutch; every word of a
/// decision comes from the library.
fn say(lang: Language, en: &'static str, nl: &'static str) -> &'static str {
    match lang {
        Language::Dutch => nl,
        _ => en,
    }
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
            .map(|a| {
                ActivityFacts::new(a.id.clone())
                    .no_longer_necessary(true)
                    .consent_withdrawn(true)
                    .objection(if a.purposes.iter().any(|p| p.direct_marketing) {
                        Objection::DirectMarketing
                    } else {
                        Objection::NotMade
                    })
                    .unlawfully_processed(false)
                    .legal_obligation_to_erase(false)
                    .collected_from_child_online(false)
                    .made_public(false)
                    .events(events.clone())
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
        let request = TransferRequest::to(recipient.id.clone())
            .destination(Destination::Country("US".parse()?))
            .transfer_condition_met(true)
            .mechanism(TransferMechanism::Safeguard(
                Safeguard::StandardContractualClauses,
            ))
            .safeguards_effective(true);
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
        notice_audit: gdpr::notice::audit_notice(policy),
        sources: policy.provenance_count(),
    })
}

const WIDTH: usize = 24;

/// Indents every line of a text.
fn indented(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}

/// The last step of a deadline's reasoning, where a weekend or holiday moved it.
fn shift(reasons: &[Reason], lang: Language) -> String {
    reasons
        .last()
        .filter(|r| {
            matches!(
                r.code,
                ReasonCode::NextWorkingDay | ReasonCode::TwoWorkingDays
            )
        })
        .map(|r| format!(" — {}", lang.reason_line(r)))
        .unwrap_or_default()
}

fn cite(reasons: &[Reason], lang: Language) -> String {
    let mut cites: Vec<String> = reasons.iter().map(|r| lang.cite(r.citation)).collect();
    cites.dedup();
    cites.join(", ")
}

/// A scenario of the transfer tour, in the reader's language.
fn scenario(label: &str, lang: Language) -> String {
    let nl = match label {
        "U.S. cloud, DPF-certified" => "Amerikaanse cloud, DPF-gecertificeerd".to_owned(),
        "U.S. cloud, not certified" => "Amerikaanse cloud, niet gecertificeerd".to_owned(),
        "U.S. cloud, not certified, SCCs assessed" => {
            "Amerikaanse cloud, niet gecertificeerd, SCC's beoordeeld".to_owned()
        }
        other => match other.strip_suffix(" via a U.S. app (clause)") {
            Some(id) => format!("{id} via een Amerikaanse app (clausule)"),
            None => other.to_owned(),
        },
    };
    match lang {
        Language::Dutch => nl,
        _ => label.to_owned(),
    }
}

fn print_report(r: &Report, lang: Language) {
    println!("━━━ {} ({}.json)\n", r.controller, r.policy);
    let s = &r.sources;
    let unsourced = match (s.not_recorded, lang) {
        (0, _) => String::new(),
        (n, Language::Dutch) => format!(", {n} zonder bron"),
        (n, _) => format!(", {n} without a source"),
    };
    println!(
        "  {}{unsourced}\n",
        match lang {
            Language::Dutch => format!(
                "Bronnen: {} gegeven door de privacyverklaring, {} eruit afgeleid (`inferred: …`)",
                s.stated, s.inferred
            ),
            _ => format!(
                "Sources: {} stated by the notice, {} inferred from it (`inferred: …`)",
                s.stated, s.inferred
            ),
        }
    );

    print!("{}", indented(&r.validation.to_text(lang), "  "));

    println!("\n  {}", lang.phrase(Phrase::RightsHeading));
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
                format!("{m}{}", a.right.citation().article_number())
            })
            .collect();
        println!("    {:<WIDTH$} {}", d.activity, marks.join(" "));
        for a in &d.rights {
            let notable = matches!(
                a.right,
                gdpr::DataSubjectRight::Portability | gdpr::DataSubjectRight::Object
            );
            if notable && a.applies == Applicability::DoesNotApply {
                let why: Vec<String> = a
                    .reasons
                    .iter()
                    .skip(1)
                    .map(|r| lang.reason_line(r))
                    .collect();
                println!(
                    "      {:<WIDTH$} ✗ {}: {}",
                    "",
                    lang.right_title(a.right),
                    why.join("; ")
                );
            }
            if notable && a.applies == Applicability::NeedsReview {
                for q in &a.open_questions {
                    println!(
                        "      {:<WIDTH$} ? {}: {}",
                        "",
                        lang.right_title(a.right),
                        lang.question_line(q)
                    );
                }
            }
        }
    }

    println!(
        "\n  {} {}",
        say(
            lang,
            "A former customer asks to be erased, received",
            "Een voormalige klant vraagt wissing, ontvangen op"
        ),
        r.erasure.deadlines.received
    );
    print!("{}", indented(&r.erasure.to_text(lang), "  "));

    println!("\n  {}", say(lang, "Transfers", "Doorgiften"));
    for (label, d) in &r.transfers {
        let ground = d
            .ground
            .map(|g| format!(" {} {}", lang.phrase(Phrase::On), lang.cite(g.citation())))
            .unwrap_or_default();
        println!(
            "    {:<42} {}{ground}",
            scenario(label, lang),
            lang.transfer_outcome(d.outcome)
        );
        if let Some(last) = d.reasons.last() {
            println!("      {}", lang.reason_line(last));
        }
        for b in &d.commitment_breaches {
            println!(
                "      ✗ {}: {}",
                lang.phrase(Phrase::BreaksPromise),
                lang.reason_line(&b.reason)
            );
        }
        for q in &d.open_questions {
            println!("      ? {}", lang.question_line(q));
        }
    }

    println!("\n  {}", say(lang, "Deadlines", "Termijnen"));
    println!(
        "    {} {}: {} {}{} ({})",
        say(lang, "access request of", "verzoek om inzage van"),
        r.access_request.received,
        lang.phrase(Phrase::AnswerBy),
        r.access_request.respond_by.last_day,
        shift(&r.access_request.respond_by.reasons, lang),
        cite(
            r.access_request
                .respond_by
                .reasons
                .get(..1)
                .unwrap_or_default(),
            lang
        )
    );
    println!(
        "    {} {}: {} {} ({})",
        say(lang, "breach noticed", "inbreuk vastgesteld op"),
        EuTimeZone::Central
            .local(r.breach.event)
            .format("%Y-%m-%d %H:%M %:z"),
        lang.phrase(Phrase::NotifyBy),
        r.breach.ends_local.format("%Y-%m-%d %H:%M %:z"),
        cite(&r.breach.reasons, lang)
    );

    println!();
    print!("{}", indented(&r.retention_plan.to_text(lang), "  "));
    if !r.retention_sql.actions.is_empty() {
        println!(
            "    {}",
            say(
                lang,
                "the SQL a CRM runs (PostgreSQL, bind parameters; a table per activity):",
                "de SQL die een CRM uitvoert (PostgreSQL, bindparameters; een tabel per verwerkingsactiviteit):"
            )
        );
    }
    for action in &r.retention_sql.actions {
        for statement in &action.apply {
            let params: Vec<String> = statement.params.iter().map(|d| d.to_string()).collect();
            println!("      {};  -- [{}]", statement.sql, params.join(", "));
        }
    }

    println!(
        "\n  {}",
        say(
            lang,
            "Records due today under a retention period",
            "Records waarvan de bewaartermijn vandaag verstreken is"
        )
    );
    if r.retention_due.is_empty() {
        println!(
            "    {}",
            say(
                lang,
                "none: no rule states a period (only criteria), so no date can be computed",
                "geen: geen regel vermeldt een termijn (alleen criteria), dus valt er geen datum te berekenen"
            )
        );
    }
    for d in &r.retention_due {
        println!(
            "    {:<WIDTH$} {} {} {} → {}",
            d.activity,
            d.record,
            lang.phrase(Phrase::DueSince),
            d.trigger_date,
            lang.action(d.action)
        );
    }
    println!();
    print!("{}", indented(&r.notice.to_text(lang), "  "));
    println!(
        "    ({}: cargo run --example notice -- examples/policies/{}.json {})",
        say(lang, "render it", "schrijf ze uit"),
        r.policy,
        say(lang, "en", "nl")
    );
    println!();
    print!("{}", indented(&r.notice_audit.to_text(lang), "  "));
    println!();
}

/// A lost laptop at Stebo, assessed end to end (Art. 33, 34): once with the client files
/// encrypted and the key elsewhere, once unencrypted; each with its register entry.
fn breach_tour(dir: &Path, lang: Language) -> Result<(), Box<dyn std::error::Error>> {
    use gdpr::assess::assess_breach;
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

    println!(
        "{}\n",
        say(
            lang,
            "Personal data breach at Stebo vzw — a stolen laptop (Art. 33, 34)",
            "Inbreuk in verband met persoonsgegevens bij Stebo vzw — een gestolen laptop (art. 33 en 34)"
        )
    );
    // Readable national register numbers are what an identity thief needs.
    let readable = Consequences {
        identity_theft: Some(true),
        ..Consequences::none()
    };
    for (label, protection, consequences) in [
        (
            say(
                lang,
                "encrypted, key elsewhere",
                "versleuteld, de sleutel elders",
            ),
            Protection {
                measure: Some(ProtectionMeasure::Encryption),
                state_of_the_art: Some(true),
                key_safe: Some(true),
            },
            Consequences::none(),
        ),
        (
            say(lang, "not encrypted", "niet versleuteld"),
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
        println!(
            "  {} {label}:",
            say(lang, "The laptop was", "De laptop was")
        );
        print!("{}", indented(&decision.to_text(lang), "    "));
        println!(
            "    {}: {} bytes, {} {}",
            say(
                lang,
                "register entry (JSON, to store)",
                "registerinschrijving (JSON, te bewaren)"
            ),
            serde_json::to_string(&decision.register_entry)?.len(),
            decision.register_entry.reasons.len(),
            say(lang, "reasons", "redenen")
        );
        println!();
    }
    Ok(())
}
