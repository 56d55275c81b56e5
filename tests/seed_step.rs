//! STEP-Inburgering (Nijmegen, NL): BSN, fiscal retention, one month for access.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::BTreeMap;

use common::*;
use gdpr::assess::*;
use gdpr::notice::AuditCode;
use gdpr::{FindingCode, Period, RetentionKind, RetentionTrigger};

#[test]
fn the_bsn_needs_the_law_that_allows_it() {
    let r = report(&seed("step_inburgering"));
    let paths: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::NationalNumberWithoutLaw)
        .map(|f| f.path.as_str())
        .collect();
    // The course file, and the copy of an identity document (which shows the BSN).
    assert_eq!(
        paths,
        [
            "activities[0].national_number_law",
            "activities[3].national_number_law"
        ]
    );
}

#[test]
fn data_are_kept_no_longer_than_the_seven_year_fiscal_duty() {
    let p = seed("step_inburgering");
    let rule = &p.activity("facturatie").unwrap().retention[0];
    assert_eq!(rule.period, Some(Period::years(7)));
    assert_eq!(
        due_date(rule, day(2025, 12, 31)).unwrap(),
        day(2032, 12, 31)
    );
    // Invoices of 2018 are due today, those of 2019 not yet.
    let sweep = RetentionSweep::new(rule, today()).unwrap();
    assert!(sweep.is_due(day(2018, 12, 31)));
    assert!(!sweep.is_due(day(2019, 12, 31)));
}

fn year_ended_2024(activity: &str) -> ActivityFacts {
    ActivityFacts::new(activity)
        .no_longer_necessary(true)
        .events(BTreeMap::from([(
            RetentionTrigger::EndOfFinancialYear,
            Some(day(2024, 12, 31)),
        )]))
}

#[test]
fn the_fiscal_ceiling_keeps_no_bsn_residence_status_or_exam_results() {
    // "niet langer dan de fiscale bewaarplicht" limits storage; it does not oblige STEP to
    // keep course files for seven years.
    let request = ErasureRequest::new(today(), vec![year_ended_2024("inburgeringstrajecten")]);
    let d = assess_erasure(&seed("step_inburgering"), &request, &Netherlands, today()).unwrap();
    for category in ["bsn", "verblijf", "examens"] {
        let item = d.item("inburgeringstrajecten", category).unwrap();
        assert_eq!(item.verdict, ErasureVerdict::Erase, "{category}");
        assert!(item.exceptions.is_empty(), "{category}");
        assert_eq!(item.keep_until, None, "{category}");
    }
}

#[test]
fn invoices_stay_for_the_fiscal_duty_and_nothing_else_does() {
    let request = ErasureRequest::new(today(), vec![year_ended_2024("facturatie")]);
    let d = assess_erasure(&seed("step_inburgering"), &request, &Netherlands, today()).unwrap();
    // The administration's seven-year duty (Art. 52 AWR) names the invoices.
    let invoices = d.item("facturatie", "facturen").unwrap();
    assert_eq!(invoices.verdict, ErasureVerdict::Keep);
    assert_eq!(invoices.exceptions, [ErasureException::LegalObligation]);
    assert!(invoices
        .legal_reference
        .as_deref()
        .unwrap()
        .contains("Algemene wet inzake rijksbelastingen"));
    assert_eq!(invoices.keep_until, Some(day(2031, 12, 31)));
    // The identity details in the same activity are not named by the duty.
    assert_eq!(
        d.item("facturatie", "identiteit").unwrap().verdict,
        ErasureVerdict::Erase
    );
}

#[test]
fn access_requests_are_answered_within_one_month_under_dutch_holidays() {
    // Received Friday 27 March 2026: one month ends Monday 27 April, King's Day, so Tuesday.
    let d = request_deadlines(day(2026, 3, 27), &Netherlands).unwrap();
    assert_eq!(d.respond_by.last_day, day(2026, 4, 28));
    assert_eq!(
        d.extended_respond_by.unwrap().last_day,
        day(2026, 6, 29),
        "27 June 2026 is a Saturday"
    );
}

#[test]
fn the_eea_promise_holds_and_a_us_transfer_would_break_it() {
    let mut p = seed("step_inburgering");
    assert!(!report(&p).has(FindingCode::CommitmentBroken));
    let d = transfer_to_us_cloud(&mut p, "inburgeringstrajecten", Some(true));
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert_eq!(
        d.commitment_breaches[0].commitment,
        gdpr::Commitment::NoTransfersOutsideEea
    );
}

#[test]
fn requests_rest_on_the_duty_to_answer_them_not_on_the_permission_of_article_12_6() {
    let p = seed("step_inburgering");
    let purpose = &p.activity("verzoeken").unwrap().purposes[0];
    let reference = purpose
        .legal_basis
        .as_ref()
        .and_then(|b| b.legal_reference())
        .unwrap();
    // Art. 12(6) lets a controller ask for more information when in doubt: a permission,
    // not an obligation, so no basis of Art. 6(1)(c). The obligation is to answer.
    assert!(reference.contains("art. 15–22"), "{reference}");
    assert!(!reference.contains("lid 6"), "{reference}");
    let source = purpose.source.as_deref().unwrap();
    assert!(source.starts_with(gdpr::INFERRED));
    assert!(source.contains("geen verplichting"));
}

#[test]
fn the_copy_of_an_identity_document_shows_the_bsn_and_goes_once_the_request_is_answered() {
    let p = seed("step_inburgering");
    assert!(
        p.data_category("legitimatie")
            .unwrap()
            .national_identification_number
    );
    // The only retention the notice states, the fiscal ceiling, is all that limits the copy.
    let rule = &p.activity("verzoeken").unwrap().retention[0];
    assert_eq!(rule.kind, Some(RetentionKind::Maximum));
    assert_eq!(rule.period, Some(Period::years(7)));
    assert!(rule
        .source
        .as_deref()
        .unwrap()
        .contains("Autoriteit Persoonsgegevens"));
    // A copy from a request of 2018 is overdue today; one of 2019 is still "allowed".
    let sweep = RetentionSweep::new(rule, today()).unwrap();
    assert!(sweep.is_due(day(2018, 12, 31)));
    assert!(!sweep.is_due(day(2019, 12, 31)));
    // Validation flags the BSN on the copy; erasure, once the identity is verified and the
    // request answered, keeps nothing: the ceiling is no duty.
    assert!(codes(&report(&p)).contains(&(
        FindingCode::NationalNumberWithoutLaw,
        "activities[3].national_number_law".into()
    )));
    let request = ErasureRequest::new(today(), vec![year_ended_2024("verzoeken")]);
    let d = assess_erasure(&p, &request, &Netherlands, today()).unwrap();
    let copy = d.item("verzoeken", "legitimatie").unwrap();
    assert_eq!(copy.verdict, ErasureVerdict::Erase);
    assert!(copy.exceptions.is_empty());
}

#[test]
fn the_audit_finds_an_overview_where_a_copy_is_due() {
    let p = seed("step_inburgering");
    assert_eq!(
        audit(&p),
        [
            (AuditCode::NotStated, "published_notice.provision".into()),
            // "via derden": which data come from them, the notice does not say.
            (
                AuditCode::NotStated,
                "published_notice.categories_of_data".into()
            ),
            (
                AuditCode::DpoMayBeRequired,
                "published_notice.dpo_contact".into()
            ),
            // "binnen één maand een overzicht": the month is right, the overview is not.
            (
                AuditCode::AccessAsOverview,
                "published_notice.access".into()
            ),
        ]
    );
    assert_eq!(
        p.published_notice.unwrap().response_time.unwrap().period,
        Period::months(1)
    );
}

#[test]
fn every_element_has_a_source_and_the_inferences_say_so() {
    let p = seed("step_inburgering");
    // Newcomers are vulnerable data subjects: a breach of their data weighs heavier.
    assert!(p.data_subjects[0].vulnerable);
    assert_eq!(
        inferred_elements(&p),
        [
            "data_subjects[0]",
            "data_categories[4]",
            "data_categories[8]",
            "recipients[0]",
            "recipients[1]",
            "recipients[2]",
            "recipients[3]",
            "activities[1].retention[1]",
            "activities[3].purposes[0]",
        ]
    );
}
