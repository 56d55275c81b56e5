//! The decisions for the five seeds, rendered in English and in Dutch, held as snapshots
//! (`tests/snapshots/`): a change of wording is a reviewed diff (`cargo insta review`).
//!
//! Each snapshot is the text a DPO reads: the validation report, the rights of every
//! activity, an erasure request, a transfer to a U.S. cloud, the audit of the published
//! notice and a breach, as `to_text` lays them out. A second test holds the JSON to the same
//! words: every `message` a rendered decision carries is its sentence in that language.

//! The retention plan and its SQL have snapshots of their own: a seed's plan, and a record
//! whose rules take every bound and ask every question a plan can ask.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate};
use common::seed;
use gdpr::assess::{
    assess_breach, assess_erasure, assess_rights, assess_transfer, retention_plan, ActivityFacts,
    Calendar, ErasureRequest, FinancialYear, Objection, TransferRequest,
};
use gdpr::explain::Language;
use gdpr::notice::audit_notice;
use gdpr::sql::{retention_sql, Dialect, SqlMapping};
use gdpr::{
    validate, AdequacyRegistry, Destination, PersonalDataBreach, Policy, Recipient, RecipientRole,
    RetentionTrigger, Sector,
};

const SEEDS: [&str; 5] = [
    "stebo",
    "woondienst_regio_izegem",
    "st_ap",
    "sint_truiden",
    "step_inburgering",
];

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// A former customer asks to be erased from every activity, as in the tour.
fn erasure_request(policy: &Policy) -> ErasureRequest {
    let year_end = NaiveDate::from_ymd_opt(2025, 12, 31);
    let events: BTreeMap<RetentionTrigger, Option<NaiveDate>> = [
        RetentionTrigger::EndOfFinancialYear,
        RetentionTrigger::EndOfContract,
        RetentionTrigger::EndOfRelationship,
        RetentionTrigger::ConsentWithdrawn,
    ]
    .into_iter()
    .map(|t| (t, year_end))
    .collect();
    ErasureRequest::new(
        as_of(),
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
    )
}

/// The policy with a U.S. cloud provider, not certified, for its first controlled activity.
fn with_us_cloud(policy: &Policy) -> (Policy, TransferRequest) {
    let mut with_cloud = policy.clone();
    let cloud = Recipient::new("us_cloud", "U.S. cloud provider", RecipientRole::Processor)
        .located(Destination::Country("US".parse().unwrap()))
        .art28_contract(true)
        .sector(Sector::Commercial);
    with_cloud.recipients.push(cloud);
    let mut request = TransferRequest::to("us_cloud");
    if let Some(activity) = with_cloud
        .activities
        .iter_mut()
        .find(|a| !a.acts_as_processor())
    {
        activity.recipients.push("us_cloud".into());
        request.activity = Some(activity.id.clone());
    }
    (with_cloud, request)
}

/// A stolen laptop with the files of the first activity, unencrypted.
fn laptop(policy: &Policy) -> PersonalDataBreach {
    let activity = &policy.activities[0].id;
    gdpr::from_json(&format!(
        r#"{{
          "reference": "LAPTOP-1",
          "description": "A laptop with files was stolen",
          "aware_at": "2026-11-26T16:40:00+01:00",
          "became_aware_through": "own_detection",
          "kinds": {{"confidentiality": true, "integrity": false, "availability": true}},
          "affected": [{{"activity": "{activity}"}}],
          "subjects": {{"min": 30, "max": 45}},
          "protection": {{"measure": "none"}},
          "accessed_by": "unknown_party",
          "backup": true,
          "effect_on_subjects": false,
          "measures": ["account blocked"]
        }}"#
    ))
    .unwrap()
}

/// Everything the snapshot shows for one seed, in one language.
fn decisions(name: &str, lang: Language) -> String {
    let policy = seed(name);
    let registry = AdequacyRegistry::builtin();
    let mut out = String::new();
    out.push_str(&validate(&policy, &registry, as_of()).to_text(lang));
    for activity in &policy.activities {
        out.push('\n');
        out.push_str(&assess_rights(&policy, &activity.id).unwrap().to_text(lang));
    }
    let calendar = Calendar::for_establishment(policy.controller.establishment);
    let erasure = assess_erasure(&policy, &erasure_request(&policy), &calendar, as_of()).unwrap();
    out.push('\n');
    out.push_str(&erasure.to_text(lang));
    let (with_cloud, request) = with_us_cloud(&policy);
    let transfer = assess_transfer(&with_cloud, &registry, &request, as_of()).unwrap();
    out.push('\n');
    out.push_str(&transfer.to_text(lang));
    out.push('\n');
    out.push_str(&audit_notice(&policy).to_text(lang));
    let now = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00").unwrap();
    let breach = assess_breach(&policy, &laptop(&policy), now).unwrap();
    out.push('\n');
    out.push_str(&breach.to_text(lang));
    out
}

#[test]
fn the_decisions_of_the_five_seeds_read_as_reviewed_in_english_and_dutch() {
    for name in SEEDS {
        for (lang, suffix) in [(Language::English, "en"), (Language::Dutch, "nl")] {
            insta::assert_snapshot!(format!("{name}_{suffix}"), decisions(name, lang));
        }
    }
}

/// Rules of every kind and bound, and rules that ask every question a plan asks (the plan is
/// made without a financial year).
fn doubtful_retention() -> Policy {
    gdpr::from_json_value(&serde_json::json!({
        "controller": {"name": "Archief BV", "kind": "private", "establishment": "NL"},
        "data_categories": [
            {"id": "dossier", "name": "Dossier", "origin": "provided_by_subject"},
            {"id": "contact", "name": "Contact", "origin": "provided_by_subject"},
            {"id": "facturen", "name": "Facturen", "origin": "provided_by_subject"}
        ],
        "recipients": [],
        "activities": [
            {"id": "archief", "name": "Archief", "purposes": [], "data_subjects": [],
             "data_categories": ["dossier", "contact"], "recipients": [],
             "retention": [
                 {"period": "P999999999Y", "from": "collection", "then": "archive"},
                 {"data_categories": ["dossier"], "period": "P999999999Y", "from": "file_closed",
                  "then": "erase", "kind": "legal_duty", "legal_reference": "Archiefwet 1995"},
                 {"data_categories": ["dossier"], "period": "P1Y", "from": "file_closed",
                  "then": "erase"}
             ]},
            {"id": "boekhouding", "name": "Boekhouding", "purposes": [], "data_subjects": [],
             "data_categories": ["facturen", "contact"], "recipients": [],
             "retention": [
                 {"period": "P2Y", "from": "end_of_contract", "then": "erase", "kind": "maximum"},
                 {"period": "P7Y", "from": "end_of_financial_year", "then": "erase",
                  "legal_reference": "Art. 52 AWR"},
                 {"period": "P7Y", "from": "end_of_financial_year", "then": "erase",
                  "kind": "legal_duty", "legal_reference": "Art. 52 AWR"},
                 {"criteria": "zolang nodig", "then": "erase"},
                 {"period": "PT72H", "then": "anonymise"},
                 {"criteria": "zolang de wet het eist", "then": "erase",
                  "legal_reference": "Archiefwet 1995"}
             ]},
            {"id": "klantcontact", "name": "Klantcontact", "purposes": [], "data_subjects": [],
             "data_categories": ["contact"], "recipients": [],
             "retention": [
                 {"period": "P2Y", "from": "last_contact", "then": "erase"},
                 {"data_categories": ["contact"], "period": "P5Y", "from": "end_of_contract",
                  "then": "erase", "kind": "legal_duty", "legal_reference": "Art. 7:401 BW"}
             ]},
            {"id": "nieuwsbrief", "name": "Nieuwsbrief", "purposes": [], "data_subjects": [],
             "data_categories": ["contact"], "recipients": [],
             "retention": [{"period": "P1M", "from": "consent_withdrawn", "then": "erase"}]}
        ]
    }))
    .unwrap()
}

/// The plans of STEP (a seed with a fiscal duty beside its maximums) and of the doubtful
/// record, and the SQL of the latter, in one language.
fn retention(lang: Language) -> String {
    let step = retention_plan(
        &seed("step_inburgering"),
        as_of(),
        Some(FinancialYear::CALENDAR_YEAR),
    )
    .unwrap();
    let doubtful = retention_plan(&doubtful_retention(), as_of(), None).unwrap();
    let mapping: SqlMapping = gdpr::from_json_value(&serde_json::json!({"tables": [
        {"activity": "archief", "table": "dossiers", "id": "id", "data_categories": ["dossier"],
         "triggers": {"collection": "verzameld_op", "file_closed": "gesloten_op"}},
        {"activity": "boekhouding", "table": "facturen", "id": "id",
         "triggers": {"end_of_contract": "einde_overeenkomst",
                      "end_of_financial_year": "factuurdatum"}},
        {"activity": "klantcontact", "table": "contacten", "id": "id",
         "triggers": {"last_contact": "laatste_contact", "end_of_contract": "einde_overeenkomst"}}
    ]}))
    .unwrap();
    let sql = retention_sql(&doubtful, &mapping, Dialect::Postgres).unwrap();
    format!(
        "{}\n{}\n{}",
        step.to_text(lang),
        doubtful.to_text(lang),
        sql.script(lang)
    )
}

#[test]
fn the_retention_plans_and_their_sql_read_as_reviewed_in_english_and_dutch() {
    for (lang, suffix) in [(Language::English, "en"), (Language::Dutch, "nl")] {
        insta::assert_snapshot!(format!("retention_{suffix}"), retention(lang));
    }
}

#[test]
fn a_rendered_plan_carries_each_question_in_the_language_asked_for() {
    let mut plan = retention_plan(&doubtful_retention(), as_of(), None).unwrap();
    let unrendered = plan.clone();
    plan.render(Language::Dutch);
    let questions: Vec<_> = plan.questions().collect();
    assert_eq!(questions.len(), 9);
    for q in questions {
        assert_eq!(
            q.message.as_deref(),
            Some(q.in_language(Language::Dutch).as_str())
        );
    }
    // Rendering changes the words only.
    let mut v = serde_json::to_value(&plan).unwrap();
    strip_messages(&mut v);
    assert_eq!(v, serde_json::to_value(&unrendered).unwrap());
}

#[test]
fn text_output_names_no_rust_type_or_variant() {
    // The Debug names of the outcomes and verdicts a careless `{:?}` would print.
    let rust_names = [
        "NeedsReview",
        "NotATransfer",
        "DoesNotApply",
        "ForwardToController",
        "NoGround",
        "Some(",
        "None",
        "Erase,",
        "Keep ",
    ];
    for name in SEEDS {
        for lang in [Language::English, Language::Dutch] {
            let text = decisions(name, lang);
            for rust in rust_names {
                assert!(!text.contains(rust), "{name} {lang:?}: `{rust}` in\n{text}");
            }
        }
    }
    for lang in [Language::English, Language::Dutch] {
        let text = retention(lang);
        for rust in rust_names
            .iter()
            .chain(&["end_of_", "_due", "Some", "Cutoff"])
        {
            assert!(
                !text.contains(rust),
                "retention {lang:?}: `{rust}` in\n{text}"
            );
        }
    }
}

#[test]
fn rendered_json_carries_every_message_in_the_language_asked_for() {
    let policy = seed("stebo");
    let registry = AdequacyRegistry::builtin();
    let mut report = validate(&policy, &registry, as_of());
    report.render(Language::Dutch);
    let json = serde_json::to_value(&report).unwrap();
    let first = &json["findings"][0];
    assert_eq!(first["code"], "national_number_without_law");
    assert_eq!(first["params"]["data_category"], "rijksregisternummer");
    assert!(first["message"]
        .as_str()
        .unwrap()
        .contains("nationaal identificatienummer"));
    assert_eq!(first["help"], "noem die wet in `national_number_law`");

    let calendar = Calendar::for_establishment(policy.controller.establishment);
    let mut erasure =
        assess_erasure(&policy, &erasure_request(&policy), &calendar, as_of()).unwrap();
    erasure.render(Language::Dutch);
    for item in &erasure.items {
        for r in &item.reasons {
            assert_eq!(
                r.message.as_deref(),
                Some(r.in_language(Language::Dutch).as_str())
            );
        }
    }
    // Rendering changes the words only: the codes and the parameters stay.
    let mut english = erasure.clone();
    english.render(Language::English);
    let strip = |d: &gdpr::assess::ErasureDecision| {
        let mut v = serde_json::to_value(d).unwrap();
        strip_messages(&mut v);
        v
    };
    assert_eq!(strip(&erasure), strip(&english));

    let mut audit = audit_notice(&policy);
    audit.render(Language::Dutch);
    assert!(audit.findings[0].message.contains("privacyverklaring"));
}

fn strip_messages(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.remove("message");
            map.values_mut().for_each(strip_messages);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_messages),
        _ => {}
    }
}
