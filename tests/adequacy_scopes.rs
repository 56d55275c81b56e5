//! Each adequacy decision's scope, applied on its own dates: covered when every condition
//! holds, excluded when one fails, "needs review" naming the fact when the deciding fact is
//! absent — and nothing before the decision takes effect.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use gdpr::assess::{assess_transfer, TransferDecision, TransferOutcome, TransferRequest};
use gdpr::{AdequacyRegistry, Policy, TransferMechanism};
use serde_json::{json, Value};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A controller in Belgium sends data to one recipient in `location` with these extra facts.
fn send(location: Value, extra: Value, on: NaiveDate) -> TransferDecision {
    let mut recipient = json!({"id": "r", "name": "importer", "role": "processor",
                               "art28_contract": true, "location": location});
    for (k, v) in extra.as_object().unwrap() {
        recipient[k] = v.clone();
    }
    let policy: Policy = gdpr::from_json_value(&json!({
        "controller": {"name": "X", "kind": "private", "establishment": "BE"},
        "data_categories": [],
        "recipients": [recipient],
        "activities": [{"id": "a", "name": "A", "purposes": [], "data_subjects": [],
                        "data_categories": [], "recipients": ["r"]}]
    }))
    .unwrap();
    assess_transfer(
        &policy,
        &AdequacyRegistry::builtin(),
        &TransferRequest::to("r"),
        on,
    )
    .unwrap()
}

fn country(code: &str) -> Value {
    json!({ "country": code })
}

#[track_caller]
fn covered(d: &TransferDecision) {
    assert_eq!(d.outcome, TransferOutcome::Permitted, "{:#?}", d.reasons);
    assert_eq!(d.ground, Some(TransferMechanism::AdequacyDecision));
}

#[track_caller]
fn excluded(d: &TransferDecision, source: &str) {
    assert_eq!(d.outcome, TransferOutcome::Prohibited, "{:#?}", d.reasons);
    assert!(
        d.reasons
            .iter()
            .any(|r| r.citation.to_string() == "Art. 45(1)" && r.text().contains(source)),
        "no reason names {source}: {:#?}",
        d.reasons
    );
}

#[track_caller]
fn asks(d: &TransferDecision, field: &str) {
    assert_eq!(d.outcome, TransferOutcome::NeedsReview, "{:#?}", d.reasons);
    let fields: Vec<_> = d.open_questions.iter().map(|q| q.field.as_ref()).collect();
    assert_eq!(fields, [field], "{:#?}", d.open_questions);
}

#[track_caller]
fn not_yet(d: &TransferDecision) {
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert!(d.adequacy_decision.is_none());
}

#[test]
fn korea_excludes_missionary_work_of_religious_bodies() {
    let on = day(2022, 1, 1);
    let church = |purposes: Option<Value>| {
        let mut facts =
            json!({"organisation_kind": "religious_body", "financial_supervision": false});
        if let Some(p) = purposes {
            facts["purposes"] = p;
        }
        json!({ "scope_facts": facts })
    };
    covered(&send(country("KR"), church(Some(json!([]))), on));
    excluded(
        &send(
            country("KR"),
            church(Some(json!(["missionary_activities"]))),
            on,
        ),
        "religious body",
    );
    asks(
        &send(country("KR"), church(None), on),
        "scope_facts.purposes",
    );
    not_yet(&send(
        country("KR"),
        church(Some(json!([]))),
        day(2021, 12, 16),
    ));
    covered(&send(
        country("KR"),
        church(Some(json!([]))),
        day(2021, 12, 17),
    ));
}

#[test]
fn korea_excludes_the_nomination_of_candidates_by_political_parties() {
    let on = day(2024, 5, 1);
    let party = |purposes: Value| {
        json!({"scope_facts": {"organisation_kind": "political_party",
                               "financial_supervision": false, "purposes": purposes}})
    };
    covered(&send(
        country("KR"),
        party(json!(["political_activities"])),
        on,
    ));
    excluded(
        &send(country("KR"), party(json!(["candidate_nomination"])), on),
        "nomination of candidates",
    );
    asks(
        &send(
            country("KR"),
            json!({"scope_facts": {"financial_supervision": false, "purposes": ["candidate_nomination"]}}),
            on,
        ),
        "scope_facts.organisation_kind",
    );
}

#[test]
fn korea_excludes_credit_information_of_financially_supervised_controllers() {
    let on = day(2026, 11, 27);
    let bank = |credit: Option<bool>| {
        let mut facts = json!({"organisation_kind": "other", "financial_supervision": true});
        if let Some(c) = credit {
            facts["credit_information"] = json!(c);
        }
        json!({ "scope_facts": facts })
    };
    covered(&send(country("KR"), bank(Some(false)), on));
    excluded(
        &send(country("KR"), bank(Some(true)), on),
        "credit information",
    );
    asks(
        &send(country("KR"), bank(None), on),
        "scope_facts.credit_information",
    );
    // Credit information with a controller the Financial Services Commission does not oversee.
    covered(&send(
        country("KR"),
        json!({"scope_facts": {"organisation_kind": "other", "financial_supervision": false, "credit_information": true}}),
        on,
    ));
}

#[test]
fn israel_covers_automated_transfers_or_data_processed_automatically_there() {
    let on = day(2020, 1, 1);
    let facts = |f: Value| json!({ "scope_facts": f });
    covered(&send(
        country("IL"),
        facts(json!({"automated_transfer": true})),
        on,
    ));
    covered(&send(
        country("IL"),
        facts(json!({"automated_transfer": false, "automated_processing": true})),
        on,
    ));
    excluded(
        &send(
            country("IL"),
            facts(json!({"automated_transfer": false, "automated_processing": false})),
            on,
        ),
        "not automated",
    );
    asks(
        &send(
            country("IL"),
            facts(json!({"automated_transfer": false})),
            on,
        ),
        "scope_facts.automated_processing",
    );
    not_yet(&send(
        country("IL"),
        facts(json!({"automated_transfer": true})),
        day(2011, 1, 30),
    ));
    covered(&send(
        country("IL"),
        facts(json!({"automated_transfer": true})),
        day(2011, 1, 31),
    ));
}

#[test]
fn the_faroe_islands_decision_leaves_out_danish_state_authorities() {
    let on = day(2026, 11, 27);
    let authority = |of: Option<&str>| {
        let mut r = json!({"role": "public_authority"});
        if let Some(state) = of {
            r["scope_facts"] = json!({ "public_body_of": state });
        }
        r
    };
    covered(&send(country("FO"), authority(Some("FO")), on));
    excluded(&send(country("FO"), authority(Some("DK")), on), "DK");
    asks(
        &send(country("FO"), authority(None), on),
        "scope_facts.public_body_of",
    );
    // A company is no state authority.
    covered(&send(country("FO"), json!({"sector": "commercial"}), on));
    asks(
        &send(country("FO"), json!({}), on),
        "scope_facts.public_body_of",
    );
    not_yet(&send(country("FO"), authority(Some("FO")), day(2010, 3, 4)));
    covered(&send(country("FO"), authority(Some("FO")), day(2010, 3, 5)));
}

#[test]
fn the_2021_uk_decision_excluded_immigration_control_and_the_renewal_does_not() {
    let immigration = json!({"scope_facts": {"purposes": ["immigration_control"]}});
    let none = json!({"scope_facts": {"purposes": []}});
    // Under Decision (EU) 2021/1772, to its last day.
    for on in [day(2021, 6, 28), day(2025, 12, 27)] {
        excluded(
            &send(country("GB"), immigration.clone(), on),
            "immigration control",
        );
        covered(&send(country("GB"), none.clone(), on));
        asks(&send(country("GB"), json!({}), on), "scope_facts.purposes");
    }
    // Under the renewal from 28 December 2025, which no longer excludes them.
    for on in [day(2025, 12, 28), day(2031, 12, 27)] {
        let d = send(country("GB"), immigration.clone(), on);
        covered(&d);
        assert!(d.adequacy_decision.unwrap().contains("19 December 2025"));
        covered(&send(country("GB"), json!({}), on));
    }
    not_yet(&send(country("GB"), none, day(2031, 12, 28)));
}

#[test]
fn the_data_privacy_framework_covers_listed_organisations_and_never_a_public_body() {
    let on = day(2026, 11, 27);
    covered(&send(country("US"), json!({"dpf_certified": true}), on));
    excluded(
        &send(country("US"), json!({"dpf_certified": false}), on),
        "Data Privacy Framework List",
    );
    asks(&send(country("US"), json!({}), on), "dpf_certified");
    // A public body is never on the List: excluded, and nobody is asked about certification.
    for public in [
        json!({"sector": "public"}),
        json!({"role": "public_authority"}),
        json!({"role": "law_enforcement", "dpf_certified": true}),
    ] {
        let d = send(country("US"), public, on);
        excluded(&d, "public authority or body");
        assert!(d.open_questions.is_empty());
        assert!(d
            .remedies
            .iter()
            .all(|r| !r.text().contains("Data Privacy Framework")));
    }
    not_yet(&send(
        country("US"),
        json!({"dpf_certified": true}),
        day(2023, 7, 9),
    ));
    covered(&send(
        country("US"),
        json!({"dpf_certified": true}),
        day(2023, 7, 10),
    ));
}

#[test]
fn canada_covers_organisations_under_pipeda_only() {
    let on = day(2026, 11, 27);
    covered(&send(country("CA"), json!({"sector": "commercial"}), on));
    excluded(
        &send(country("CA"), json!({"sector": "public"}), on),
        "commercial organisation",
    );
    excluded(
        &send(country("CA"), json!({"sector": "non_profit"}), on),
        "commercial organisation",
    );
    asks(&send(country("CA"), json!({}), on), "sector");
    not_yet(&send(
        country("CA"),
        json!({"sector": "commercial"}),
        day(2001, 12, 19),
    ));
}

#[test]
fn japan_covers_the_private_sector_minus_the_appi_exemptions() {
    let on = day(2026, 11, 27);
    let firm = |kind: &str, purposes: Option<Value>| {
        let mut facts = json!({ "organisation_kind": kind });
        if let Some(p) = purposes {
            facts["purposes"] = p;
        }
        json!({"sector": "commercial", "scope_facts": facts})
    };
    covered(&send(country("JP"), firm("other", None), on));
    excluded(
        &send(country("JP"), json!({"sector": "public"}), on),
        "recital 10",
    );
    excluded(
        &send(
            country("JP"),
            firm("press", Some(json!(["journalism"]))),
            on,
        ),
        "Art. 1(2)(a)",
    );
    covered(&send(country("JP"), firm("press", Some(json!([]))), on));
    asks(
        &send(country("JP"), firm("press", None), on),
        "scope_facts.purposes",
    );
    excluded(
        &send(
            country("JP"),
            firm("academic_institution", Some(json!(["academic_studies"]))),
            on,
        ),
        "Art. 1(2)(c)",
    );
    // Missionary work is a religious activity; a party is a political body.
    excluded(
        &send(
            country("JP"),
            firm("religious_body", Some(json!(["missionary_activities"]))),
            on,
        ),
        "Art. 1(2)(d)",
    );
    excluded(
        &send(
            country("JP"),
            firm("political_party", Some(json!(["political_activities"]))),
            on,
        ),
        "Art. 1(2)(e)",
    );
    asks(
        &send(country("JP"), json!({"sector": "commercial"}), on),
        "scope_facts.organisation_kind",
    );
    not_yet(&send(country("JP"), firm("other", None), day(2019, 1, 22)));
    covered(&send(country("JP"), firm("other", None), day(2019, 1, 23)));
}

#[test]
fn brazil_covers_processing_under_the_lgpd_from_28_january_2026() {
    let none = json!({"scope_facts": {"purposes": []}});
    let on = day(2026, 11, 27);
    covered(&send(country("BR"), none.clone(), on));
    excluded(
        &send(
            country("BR"),
            json!({"scope_facts": {"purposes": ["journalism"]}}),
            on,
        ),
        "LGPD Art. 4(II)(a)",
    );
    excluded(
        &send(
            country("BR"),
            json!({"scope_facts": {"purposes": ["public_security"]}}),
            on,
        ),
        "LGPD Art. 4(III)",
    );
    asks(&send(country("BR"), json!({}), on), "scope_facts.purposes");
    not_yet(&send(country("BR"), none.clone(), day(2026, 1, 27)));
    covered(&send(country("BR"), none, day(2026, 1, 28)));
}

#[test]
fn the_european_patent_organisation_is_covered_from_its_notification() {
    let epo = json!({"international_organisation": "european_patent_organisation"});
    not_yet(&send(epo.clone(), json!({}), day(2025, 7, 17)));
    covered(&send(epo, json!({}), day(2025, 7, 18)));
}

#[test]
fn the_general_decisions_need_no_fact_about_the_importer() {
    for (code, from) in [
        ("AD", day(2010, 10, 19)),
        ("AR", day(2003, 6, 30)),
        ("CH", day(2000, 7, 26)),
        ("GG", day(2003, 11, 21)),
        ("IM", day(2004, 4, 28)),
        ("JE", day(2008, 5, 8)),
        ("NZ", day(2012, 12, 19)),
        ("UY", day(2012, 8, 21)),
    ] {
        covered(&send(country(code), json!({}), from));
        not_yet(&send(country(code), json!({}), from.pred_opt().unwrap()));
    }
}

#[test]
fn safe_harbour_and_privacy_shield_turn_on_a_certification_the_library_cannot_know() {
    let d = send(
        country("US"),
        json!({"dpf_certified": true}),
        day(2014, 1, 1),
    );
    asks(&d, "earlier_us_framework_certification");
    let d = send(
        country("US"),
        json!({"dpf_certified": true}),
        day(2018, 1, 1),
    );
    asks(&d, "earlier_us_framework_certification");
    not_yet(&send(
        country("US"),
        json!({"dpf_certified": true}),
        day(2015, 10, 6),
    ));
}

#[test]
fn every_builtin_decision_states_its_date_basis_and_every_condition_its_source() {
    for d in AdequacyRegistry::builtin().decisions {
        assert!(!d.date_note.is_empty(), "{}", d.reference);
        assert!(d.valid_from >= d.adopted, "{}", d.reference);
        for c in &d.scope {
            assert!(
                c.source.starts_with("Art.") || c.source.starts_with("recital"),
                "{}: {}",
                d.reference,
                c.source
            );
        }
    }
}

#[test]
fn a_users_registry_is_read_strictly_and_a_new_decision_applies_from_its_date() {
    let entry = json!({
        "destination": {"country": "IN"},
        "reference": "Commission Implementing Decision (EU) 2027/1",
        "adopted": "2027-01-04",
        "valid_from": "2027-01-05",
        "valid_from_basis": "notification",
        "date_note": "notified on 5 January 2027",
        "scope": [{"effect": "excludes", "facts": [{"sector": "public"}], "source": "Art. 1(2)"}]
    });
    let mut registry = AdequacyRegistry::builtin();
    registry
        .decisions
        .push(gdpr::from_json_value(&entry).unwrap());
    let policy: Policy = gdpr::from_json_value(&json!({
        "controller": {"name": "X", "kind": "private", "establishment": "BE"},
        "data_categories": [],
        "recipients": [{"id": "r", "name": "importer", "role": "processor",
                        "location": {"country": "IN"}, "sector": "commercial"}],
        "activities": [{"id": "a", "name": "A", "purposes": [], "data_subjects": [],
                        "data_categories": [], "recipients": ["r"]}]
    }))
    .unwrap();
    let decide = |on| {
        assess_transfer(&policy, &registry, &TransferRequest::to("r"), on)
            .unwrap()
            .outcome
    };
    assert_eq!(decide(day(2027, 1, 4)), TransferOutcome::Prohibited);
    assert_eq!(decide(day(2027, 1, 5)), TransferOutcome::Permitted);

    for (edit, path) in [
        (json!({"valid_from_basis": null}), "valid_from_basis"),
        (
            json!({"scope": [{"effect": "excludes", "facts": [], "source": "Art. 1"}]}),
            "scope[0].facts",
        ),
        (
            json!({"scope": [{"effect": "excludes", "facts": [{"colour": "red"}], "source": "Art. 1"}]}),
            "scope[0].facts[0]",
        ),
    ] {
        let mut bad = entry.clone();
        for (k, v) in edit.as_object().unwrap() {
            if v.is_null() {
                bad.as_object_mut().unwrap().remove(k);
            } else {
                bad[k] = v.clone();
            }
        }
        let err = gdpr::from_json_value::<gdpr::AdequacyDecision>(&bad).unwrap_err();
        assert!(err.to_string().contains(path), "{err}");
    }
}
