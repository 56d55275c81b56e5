//! Each validation rule fires on the policy that breaks it, with its code, path and
//! article, and stays silent on a policy that keeps it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use gdpr::{validate, AdequacyRegistry, FindingCode, Policy, Severity, ValidationReport};
use serde_json::{json, Value};

const WEBSHOP: &str = include_str!("fixtures/webshop.json");

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn webshop() -> Value {
    serde_json::from_str(WEBSHOP).unwrap()
}

fn check(doc: &Value) -> ValidationReport {
    let policy: Policy = gdpr::from_json_value(doc).unwrap();
    validate(&policy, &AdequacyRegistry::builtin(), as_of())
}

/// Applies `edit` to the webshop and returns its findings as (code, path, citation).
fn findings_after(edit: impl FnOnce(&mut Value)) -> Vec<(FindingCode, String, Option<String>)> {
    let mut doc = webshop();
    edit(&mut doc);
    check(&doc)
        .findings
        .into_iter()
        .map(|f| (f.code, f.path, f.citation.map(|c| c.to_string())))
        .collect()
}

fn one(
    code: FindingCode,
    path: &str,
    citation: &str,
) -> Vec<(FindingCode, String, Option<String>)> {
    vec![(code, path.to_owned(), Some(citation.to_owned()))]
}

#[test]
fn a_sound_policy_has_no_findings() {
    let report = check(&webshop());
    assert_eq!(report.findings, vec![]);
    assert!(report.is_valid());
}

#[test]
fn a_purpose_without_legal_basis_is_an_error() {
    let got = findings_after(|d| {
        d["activities"][1]["purposes"][0]
            .as_object_mut()
            .unwrap()
            .remove("legal_basis");
    });
    assert_eq!(
        got,
        one(
            FindingCode::MissingLegalBasis,
            "activities[1].purposes[0].legal_basis",
            "Art. 6(1)"
        )
    );
}

#[test]
fn an_article_89_purpose_may_rest_on_the_basis_of_the_collection_as_compatible_further_processing()
{
    let archive = json!({"id": "archive", "description": "Archive order files for research",
                         "archiving_or_research": "scientific_or_historical_research"});
    // Beside the contract that collected the data: a warning to check, not an error.
    let report = {
        let mut doc = webshop();
        doc["activities"][1]["purposes"]
            .as_array_mut()
            .unwrap()
            .push(archive.clone());
        check(&doc)
    };
    let f = &report.findings[0];
    assert_eq!(report.findings.len(), 1);
    assert_eq!(
        (f.code, f.severity, f.path.as_str()),
        (
            FindingCode::CompatibleFurtherProcessing,
            Severity::Warning,
            "activities[1].purposes[1].legal_basis"
        )
    );
    assert_eq!(f.citation.unwrap().to_string(), "Art. 5(1)(b)");
    assert!(f.message.contains("`deliver`") && f.message.contains("recital 50"));
    assert!(report.is_valid());

    // Not on consent: a consent covers only the purposes it was given for.
    let got = findings_after(|d| {
        d["activities"][0]["purposes"]
            .as_array_mut()
            .unwrap()
            .push(archive.clone());
    });
    assert_eq!(
        got,
        one(
            FindingCode::MissingLegalBasis,
            "activities[0].purposes[1].legal_basis",
            "Art. 6(1)"
        )
    );
    // Not when nothing was lawfully collected: the collecting purpose has no basis either.
    let got = findings_after(|d| {
        let purposes = d["activities"][1]["purposes"].as_array_mut().unwrap();
        purposes[0].as_object_mut().unwrap().remove("legal_basis");
        purposes.push(archive.clone());
    });
    assert_eq!(
        got.iter().map(|f| f.0).collect::<Vec<_>>(),
        [
            FindingCode::MissingLegalBasis,
            FindingCode::MissingLegalBasis
        ]
    );
    // Not for a purpose that is no Art. 89(1) purpose: further processing for another
    // purpose needs the compatibility test of Art. 6(4), which the record cannot show.
    let got = findings_after(|d| {
        let mut other = archive.clone();
        other
            .as_object_mut()
            .unwrap()
            .remove("archiving_or_research");
        d["activities"][1]["purposes"]
            .as_array_mut()
            .unwrap()
            .push(other);
    });
    assert_eq!(
        got,
        one(
            FindingCode::MissingLegalBasis,
            "activities[1].purposes[1].legal_basis",
            "Art. 6(1)"
        )
    );
    // Nor on legitimate interests a public authority may not rely on for its tasks.
    let got = findings_after(|d| {
        d["controller"]["kind"] = json!("public_authority");
        d["activities"][1]["purposes"][0]["legal_basis"] =
            json!({"basis": "legitimate_interests", "interest": "service"});
        d["activities"][1]["purposes"]
            .as_array_mut()
            .unwrap()
            .push(archive.clone());
    });
    assert_eq!(
        got.iter().map(|f| f.0).collect::<Vec<_>>(),
        [
            FindingCode::LegitimateInterestsByPublicAuthority,
            FindingCode::MissingLegalBasis
        ]
    );
}

#[test]
fn legitimate_interests_of_a_public_authority_break_article_6_1_second_subparagraph() {
    let got = findings_after(|d| {
        d["controller"]["kind"] = json!("public_authority");
        d["activities"][1]["purposes"][0]["legal_basis"] =
            json!({"basis": "legitimate_interests", "interest": "service"});
    });
    assert_eq!(
        got,
        one(
            FindingCode::LegitimateInterestsByPublicAuthority,
            "activities[1].purposes[0].legal_basis",
            "Art. 6(1), second subparagraph"
        )
    );
}

#[test]
fn a_public_authority_may_use_legitimate_interests_outside_its_tasks() {
    let got = findings_after(|d| {
        d["controller"]["kind"] = json!("public_authority");
        d["activities"][1]["purposes"][0]["legal_basis"] =
            json!({"basis": "legitimate_interests", "interest": "rent collection"});
        d["activities"][1]["purposes"][0]["outside_public_tasks"] = json!(true);
    });
    assert_eq!(got, vec![]);
}

#[test]
fn legitimate_interests_of_a_private_controller_are_fine_when_the_interest_is_named() {
    let got = findings_after(|d| {
        d["activities"][1]["purposes"][0]["legal_basis"] =
            json!({"basis": "legitimate_interests", "interest": "fraud prevention"});
    });
    assert_eq!(got, vec![]);
    let got = findings_after(|d| {
        d["activities"][1]["purposes"][0]["legal_basis"] = json!({"basis": "legitimate_interests"});
    });
    assert_eq!(
        got,
        one(
            FindingCode::MissingLegitimateInterest,
            "activities[1].purposes[0].legal_basis.interest",
            "Art. 13(1)(d)"
        )
    );
}

#[test]
fn legal_obligation_and_public_task_need_the_law_that_lays_them_down() {
    for basis in ["legal_obligation", "public_task"] {
        let got = findings_after(|d| {
            d["activities"][2]["purposes"][0]["legal_basis"] = json!({ "basis": basis });
        });
        assert_eq!(
            got,
            one(
                FindingCode::MissingLegalReference,
                "activities[2].purposes[0].legal_basis.legal_reference",
                "Art. 6(3)"
            ),
            "{basis}"
        );
    }
}

#[test]
fn special_categories_need_an_article_9_2_condition() {
    let got = findings_after(|d| {
        d["data_categories"][1]["special_category"] = json!("health");
    });
    assert_eq!(
        got,
        one(
            FindingCode::SpecialCategoryWithoutCondition,
            "activities[1].special_category_conditions",
            "Art. 9(1)"
        )
    );
    let got = findings_after(|d| {
        d["data_categories"][1]["special_category"] = json!("health");
        d["activities"][1]["special_category_conditions"] = json!(["explicit_consent"]);
    });
    assert_eq!(got, vec![]);
}

#[test]
fn criminal_data_need_article_10_authorisation() {
    let got = findings_after(|d| {
        d["data_categories"][1]["criminal_offences"] = json!(true);
    });
    assert_eq!(
        got,
        one(
            FindingCode::CriminalDataWithoutAuthorisation,
            "activities[1].criminal_data_authorisation",
            "Art. 10"
        )
    );
    let got = findings_after(|d| {
        d["data_categories"][1]["criminal_offences"] = json!(true);
        d["activities"][1]["criminal_data_authorisation"] =
            json!("Wet justitiële en strafvorderlijke gegevens");
    });
    assert_eq!(got, vec![]);
}

#[test]
fn national_numbers_need_a_member_state_law() {
    let got = findings_after(|d| {
        d["data_categories"][0]["national_identification_number"] = json!(true);
    });
    // The category is used by three activities: each must name the law.
    let paths: Vec<_> = got.iter().map(|(c, p, _)| (*c, p.as_str())).collect();
    assert_eq!(
        paths,
        [
            (
                FindingCode::NationalNumberWithoutLaw,
                "activities[0].national_number_law"
            ),
            (
                FindingCode::NationalNumberWithoutLaw,
                "activities[1].national_number_law"
            ),
            (
                FindingCode::NationalNumberWithoutLaw,
                "activities[2].national_number_law"
            ),
        ]
    );
    assert!(got.iter().all(|(_, _, c)| c.as_deref() == Some("Art. 87")));
}

#[test]
fn a_transfer_without_adequacy_safeguard_or_derogation_is_an_error() {
    let got = findings_after(|d| {
        d["recipients"][0]["dpf_certified"] = json!(false);
    });
    assert_eq!(
        got,
        one(
            FindingCode::TransferWithoutMechanism,
            "activities[0].recipients[0]",
            "Art. 44"
        )
    );
    let got = findings_after(|d| {
        d["recipients"][0]["dpf_certified"] = json!(false);
        d["activities"][0]["transfers"] = json!([{"recipient": "mailer", "mechanism": {"safeguard": "standard_contractual_clauses"}}]);
    });
    assert_eq!(got, vec![]);
}

#[test]
fn an_unknown_certification_needs_review_not_a_verdict() {
    let mut doc = webshop();
    doc["recipients"][0]
        .as_object_mut()
        .unwrap()
        .remove("dpf_certified");
    let report = check(&doc);
    assert_eq!(report.findings.len(), 1);
    let finding = &report.findings[0];
    assert_eq!(finding.code, FindingCode::TransferNeedsReview);
    assert_eq!(finding.severity, Severity::Warning);
    assert!(
        finding.message.contains("dpf_certified"),
        "{}",
        finding.message
    );
}

#[test]
fn adequacy_is_judged_as_of_the_date() {
    let mut doc = webshop();
    let policy: Policy = gdpr::from_json_value(&doc).unwrap();
    // In 2021 Privacy Shield was gone and the Data Privacy Framework did not exist yet.
    let in_2021 = NaiveDate::from_ymd_opt(2021, 3, 1).unwrap();
    let report = validate(&policy, &AdequacyRegistry::builtin(), in_2021);
    assert!(report.has(FindingCode::TransferWithoutMechanism));
    assert!(
        report.findings[0].message.contains("C-311/18"),
        "{}",
        report.findings[0].message
    );
    // Declaring adequacy does not make it so.
    doc["activities"][0]["transfers"] =
        json!([{"recipient": "mailer", "mechanism": "adequacy_decision"}]);
    let policy: Policy = gdpr::from_json_value(&doc).unwrap();
    let report = validate(&policy, &AdequacyRegistry::builtin(), in_2021);
    let got: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.code, f.path.as_str()))
        .collect();
    // The transfer has no ground, and the ground it declares is not available.
    assert_eq!(
        got,
        [
            (
                FindingCode::TransferWithoutMechanism,
                "activities[0].recipients[0]"
            ),
            (
                FindingCode::AdequacyNotAvailable,
                "activities[0].transfers[0].mechanism"
            )
        ]
    );
}

#[test]
fn an_unknown_country_is_never_adequate() {
    let got = findings_after(|d| {
        d["recipients"][0]["location"] = json!({"country": "AQ"});
    });
    assert_eq!(
        got,
        one(
            FindingCode::TransferWithoutMechanism,
            "activities[0].recipients[0]",
            "Art. 44"
        )
    );
}

#[test]
fn public_authorities_cannot_use_the_derogations_barred_by_article_49_3() {
    let got = findings_after(|d| {
        d["controller"]["kind"] = json!("public_authority");
        d["recipients"][0]["dpf_certified"] = json!(false);
        d["activities"][0]["transfers"] =
            json!([{"recipient": "mailer", "mechanism": {"derogation": "explicit_consent"}}]);
    });
    assert_eq!(
        got,
        one(
            FindingCode::DerogationBarredForPublicAuthority,
            "activities[0].transfers[0].mechanism",
            "Art. 49(3)"
        )
    );
    let got = findings_after(|d| {
        d["controller"]["kind"] = json!("public_authority");
        d["recipients"][0]["dpf_certified"] = json!(false);
        d["activities"][0]["transfers"] = json!([{"recipient": "mailer", "mechanism": {"derogation": "important_public_interest"}}]);
    });
    assert_eq!(got, vec![]);
}

#[test]
fn private_controllers_cannot_use_instruments_between_public_authorities() {
    let got = findings_after(|d| {
        d["recipients"][0]["dpf_certified"] = json!(false);
        d["activities"][0]["transfers"] = json!([{"recipient": "mailer",
            "mechanism": {"safeguard": "instrument_between_public_authorities"}}]);
    });
    assert_eq!(
        got,
        vec![
            (
                FindingCode::TransferWithoutMechanism,
                "activities[0].recipients[0]".to_owned(),
                Some("Art. 44".to_owned())
            ),
            (
                FindingCode::SafeguardForPublicAuthoritiesOnly,
                "activities[0].transfers[0].mechanism".to_owned(),
                Some("Art. 46(2)(a)".to_owned())
            )
        ]
    );
}

#[test]
fn a_recipient_without_location_cannot_be_checked_for_transfers() {
    let got = findings_after(|d| {
        d["recipients"][1]
            .as_object_mut()
            .unwrap()
            .remove("location");
    });
    assert_eq!(
        got,
        one(
            FindingCode::UnknownRecipientLocation,
            "recipients[1].location",
            "Art. 44"
        )
    );
}

#[test]
fn processors_need_an_article_28_contract() {
    let got = findings_after(|d| {
        d["recipients"][1]["art28_contract"] = json!(false);
    });
    assert_eq!(
        got,
        one(
            FindingCode::ProcessorWithoutContract,
            "recipients[1].art28_contract",
            "Art. 28(3)"
        )
    );
    let mut doc = webshop();
    doc["recipients"][1]
        .as_object_mut()
        .unwrap()
        .remove("art28_contract");
    let report = check(&doc);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].severity, Severity::Warning);
}

#[test]
fn joint_controllers_need_an_article_26_arrangement() {
    let got = findings_after(|d| {
        d["recipients"][2]["role"] = json!("joint_controller");
        d["recipients"][2]["art26_arrangement"] = json!(false);
    });
    assert_eq!(
        got,
        one(
            FindingCode::JointControllerWithoutArrangement,
            "recipients[2].art26_arrangement",
            "Art. 26(1)"
        )
    );
}

#[test]
fn automated_decisions_need_an_article_22_2_ground() {
    let got = findings_after(|d| {
        d["commitments"] = json!([]);
        d["activities"][1]["purposes"][0]["automated_decision"] = json!({});
    });
    assert_eq!(
        got,
        one(
            FindingCode::AutomatedDecisionWithoutGround,
            "activities[1].purposes[0].automated_decision.ground",
            "Art. 22(1)"
        )
    );
    let got = findings_after(|d| {
        d["commitments"] = json!([]);
        d["activities"][1]["purposes"][0]["automated_decision"] = json!({"ground": "contract"});
    });
    assert_eq!(got, vec![]);
}

#[test]
fn automated_decisions_on_special_categories_need_9_2_a_or_g() {
    let got = findings_after(|d| {
        d["commitments"] = json!([]);
        d["data_categories"][1]["special_category"] = json!("health");
        d["activities"][1]["special_category_conditions"] = json!(["health_or_social_care"]);
        d["activities"][1]["purposes"][0]["automated_decision"] = json!({"ground": "contract"});
    });
    assert_eq!(
        got,
        one(
            FindingCode::AutomatedDecisionOnSpecialCategories,
            "activities[1].purposes[0].automated_decision",
            "Art. 22(4)"
        )
    );
    let got = findings_after(|d| {
        d["commitments"] = json!([]);
        d["data_categories"][1]["special_category"] = json!("health");
        d["activities"][1]["special_category_conditions"] = json!(["explicit_consent"]);
        d["activities"][1]["purposes"][0]["automated_decision"] =
            json!({"ground": "explicit_consent"});
    });
    assert_eq!(got, vec![]);
}

#[test]
fn an_activity_without_retention_is_a_warning() {
    let mut doc = webshop();
    doc["activities"][1]["retention"] = json!([]);
    let report = check(&doc);
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!(
        (
            f.code,
            f.severity,
            f.path.as_str(),
            f.citation.map(|c| c.to_string())
        ),
        (
            FindingCode::MissingRetention,
            Severity::Warning,
            "activities[1].retention",
            Some("Art. 5(1)(e)".to_owned())
        )
    );
}

#[test]
fn retention_rules_need_a_period_or_criteria_and_a_trigger() {
    let got = findings_after(|d| {
        d["activities"][1]["retention"] = json!([{"then": "erase"}]);
    });
    assert_eq!(
        got,
        one(
            FindingCode::RetentionWithoutPeriodOrCriteria,
            "activities[1].retention[0]",
            "Art. 13(2)(a)"
        )
    );
    let got = findings_after(|d| {
        d["activities"][1]["retention"] = json!([{"period": "P1Y", "then": "erase"}]);
    });
    assert_eq!(
        got,
        one(
            FindingCode::RetentionPeriodWithoutTrigger,
            "activities[1].retention[0].from",
            "Art. 5(1)(e)"
        )
    );
    let got = findings_after(|d| {
        d["activities"][1]["retention"] =
            json!([{"criteria": "as long as the customer account exists", "then": "erase"}]);
    });
    assert_eq!(got, vec![]);
}

#[test]
fn processor_activities_leave_lawfulness_and_retention_to_the_client() {
    let got = findings_after(|d| {
        d["activities"][1]["acting_as"] = json!("processor");
        d["activities"][1]["retention"] = json!([]);
        d["activities"][1]["purposes"][0]
            .as_object_mut()
            .unwrap()
            .remove("legal_basis");
    });
    assert_eq!(got, vec![]);
}

#[test]
fn breaking_a_published_commitment_is_an_error() {
    let got = findings_after(|d| {
        d["commitments"] = json!([{"commitment": "no_transfers_outside_eea"}]);
    });
    assert_eq!(
        got,
        one(
            FindingCode::CommitmentBroken,
            "activities[0].recipients[0]",
            "Art. 5(1)(a)"
        )
    );
    let got = findings_after(|d| {
        d["activities"][1]["purposes"][0]["profiling"] = json!(true);
        d["commitments"] = json!([{"commitment": "no_profiling"}]);
    });
    assert_eq!(
        got,
        one(
            FindingCode::CommitmentBroken,
            "activities[1].purposes[0].profiling",
            "Art. 5(1)(a)"
        )
    );
}

#[test]
fn a_promise_to_stay_in_the_eu_is_broken_by_norway_but_not_one_to_stay_in_the_eea() {
    let to_norway = |commitment: &'static str| {
        findings_after(move |d| {
            d["recipients"][1]["location"] = json!({"country": "NO"});
            d["activities"][0]["recipients"] = json!([]);
            d["commitments"] = json!([{ "commitment": commitment }]);
        })
    };
    assert_eq!(
        to_norway("no_transfers_outside_eu"),
        one(
            FindingCode::CommitmentBroken,
            "activities[2].recipients[0]",
            "Art. 5(1)(a)"
        )
    );
    assert_eq!(to_norway("no_transfers_outside_eea"), vec![]);
}

#[test]
fn duplicate_ids_and_dangling_references_are_reported_without_citation() {
    let got = findings_after(|d| {
        d["data_categories"][1]["id"] = json!("contact");
        d["activities"][0]["recipients"] = json!(["mailer", "nobody"]);
        d["activities"][0]["transfers"] = json!([{"recipient": "accountant", "mechanism": {"safeguard": "standard_contractual_clauses"}}]);
    });
    assert_eq!(
        got,
        vec![
            (
                FindingCode::DanglingReference,
                "activities[0].recipients[1]".to_owned(),
                None
            ),
            (
                FindingCode::DanglingReference,
                "activities[0].transfers[0].recipient".to_owned(),
                None
            ),
            (
                FindingCode::DanglingReference,
                "activities[1].data_categories[1]".to_owned(),
                None
            ),
            (
                FindingCode::DuplicateId,
                "data_categories[1].id".to_owned(),
                None
            ),
        ]
    );
}

#[test]
fn all_findings_come_at_once() {
    let got = findings_after(|d| {
        d["controller"]["kind"] = json!("public_authority");
        d["activities"][0]["purposes"][0]["legal_basis"] = json!({"basis": "legitimate_interests"});
        d["activities"][1]["retention"] = json!([]);
        d["activities"][2]["purposes"][0]["legal_basis"] = json!({"basis": "public_task"});
    });
    let codes: Vec<_> = got.iter().map(|(c, _, _)| *c).collect();
    assert_eq!(
        codes,
        [
            FindingCode::LegitimateInterestsByPublicAuthority,
            FindingCode::MissingRetention,
            FindingCode::MissingLegalReference,
        ]
    );
}

#[test]
fn an_empty_record_and_an_activity_without_data_are_errors() {
    let got = findings_after(|d| {
        d["activities"] = json!([]);
    });
    assert_eq!(
        got,
        one(FindingCode::NoActivities, "activities", "Art. 30(1)")
    );
    let got = findings_after(|d| {
        d["activities"][1]["data_categories"] = json!([]);
    });
    assert_eq!(
        got,
        one(
            FindingCode::NoDataCategories,
            "activities[1].data_categories",
            "Art. 30(1)(c)"
        )
    );
}

#[test]
fn a_service_offered_to_children_on_consent_names_the_national_age() {
    let mut doc = webshop();
    doc["activities"][0]["purposes"][0]["offered_to_children"] = json!(true);
    let report = check(&doc);
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!(f.code, FindingCode::ChildConsent);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.path, "activities[0].purposes[0].offered_to_children");
    assert!(
        f.message.contains("below the age of 16 in NL"),
        "{}",
        f.message
    );
    assert_eq!(f.params.count, Some(16));
    doc["controller"]["establishment"] = json!("BE");
    let report = check(&doc);
    assert!(report.findings[0]
        .message
        .contains("below the age of 13 in BE"));
    assert_eq!(report.findings[0].params.count, Some(13));
}

#[test]
fn a_retention_period_in_hours_is_an_error_at_its_path() {
    // `PT72H` used to pass validation while `retention` refused it and erasure skipped it.
    for period in ["PT72H", "P1DT2H"] {
        let got = findings_after(|d| d["activities"][0]["retention"][0]["period"] = json!(period));
        assert_eq!(
            got,
            one(
                FindingCode::RetentionPeriodUnitUnusable,
                "activities[0].retention[0].period",
                "Art. 5(1)(e)"
            ),
            "{period}"
        );
    }
    let mut doc = webshop();
    doc["activities"][0]["retention"][0]["period"] = json!("PT72H");
    let f = &check(&doc).findings[0];
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.contains("`PT72H`"), "{}", f.message);
}
