//! What a crate that depends on `gdpr` relies on beyond the types themselves: the main public
//! types can be shared between threads (a web server keeps one `Policy` and one
//! `AdequacyRegistry` behind an `Arc` for every request), and errors fit in
//! `Box<dyn Error + Send + Sync>`. These are compile-time checks: the test fails to build when
//! a type loses `Send` or `Sync`.

#![allow(clippy::expect_used)]

use std::error::Error;

use gdpr::assess::{
    AssessError, BreachDecision, Calendar, Calendars, DeadlineError, ErasureDecision,
    ErasureRequest, ObjectionDecision, ObjectionRequest, RequestDeadlines, RestrictionDecision,
    RestrictionRequest, RetentionError, RetentionSweep, RightsDecision, TransferDecision,
    TransferRequest,
};
use gdpr::notice::{NoticeAudit, NoticeCheck};
use gdpr::{
    AdequacyRegistry, Citation, ConsentAges, DocumentError, ParseCitationError, ParseCountryError,
    ParseNameError, PeriodError, PersonalDataBreach, Policy, ValidationReport,
};

fn shared_between_threads<T: Send + Sync + 'static>() {}

fn boxed_error<E: Error + Send + Sync + 'static>() {}

#[test]
fn the_main_public_types_are_send_and_sync() {
    shared_between_threads::<Policy>();
    shared_between_threads::<AdequacyRegistry>();
    shared_between_threads::<ConsentAges>();
    shared_between_threads::<Calendar>();
    shared_between_threads::<Calendars>();
    shared_between_threads::<Citation>();
    shared_between_threads::<ValidationReport>();
    shared_between_threads::<ErasureRequest>();
    shared_between_threads::<ErasureDecision>();
    shared_between_threads::<RightsDecision>();
    shared_between_threads::<ObjectionRequest>();
    shared_between_threads::<ObjectionDecision>();
    shared_between_threads::<RestrictionRequest>();
    shared_between_threads::<RestrictionDecision>();
    shared_between_threads::<TransferRequest>();
    shared_between_threads::<TransferDecision>();
    shared_between_threads::<PersonalDataBreach>();
    shared_between_threads::<BreachDecision>();
    shared_between_threads::<RequestDeadlines>();
    shared_between_threads::<RetentionSweep>();
    shared_between_threads::<NoticeCheck>();
    shared_between_threads::<NoticeAudit>();
}

#[test]
fn every_error_fits_a_boxed_send_sync_error() {
    boxed_error::<DocumentError>();
    boxed_error::<ParseNameError>();
    boxed_error::<ParseCountryError>();
    boxed_error::<ParseCitationError>();
    boxed_error::<PeriodError>();
    boxed_error::<AssessError>();
    boxed_error::<RetentionError>();
    boxed_error::<DeadlineError>();
}

#[test]
fn a_policy_read_once_answers_on_many_threads() {
    let policy = std::sync::Arc::new(
        Policy::from_json(include_str!("fixtures/webshop.json")).expect("the fixture reads"),
    );
    let registry = std::sync::Arc::new(AdequacyRegistry::builtin());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date");
    let alone = gdpr::validate(&policy, &registry, today);
    let reports: Vec<ValidationReport> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let (policy, registry) = (policy.clone(), registry.clone());
                scope.spawn(move || gdpr::validate(&policy, &registry, today))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    assert!(reports.iter().all(|r| *r == alone));
}
