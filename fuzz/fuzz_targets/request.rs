//! Any bytes as a request to every assessment, against the webshop policy, on a date the
//! first bytes choose. Nothing may panic, and the erasure answer must fail closed: an item
//! is refused only when every ground that always applies was ruled out in the request, and
//! the answer does not depend on the order of the request's activities. A breach is never
//! "not required" for the authority while a risk is still possible.
#![no_main]

use chrono::{Days, NaiveDate};
use gdpr::assess::{self, Belgium, ErasureVerdict};
use gdpr::{AdequacyRegistry, Policy};
use libfuzzer_sys::fuzz_target;

const WEBSHOP: &str = include_str!("../../tests/fixtures/webshop.json");

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<4>() else { return };
    let Ok(policy) = Policy::from_json(WEBSHOP) else { return };
    let offset = u32::from_le_bytes(*head) as u64;
    let day = NaiveDate::MIN.checked_add_days(Days::new(offset % 200_000_000)).unwrap_or(NaiveDate::MAX);
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let registry = AdequacyRegistry::builtin();
    if let Ok(r) = gdpr::from_json::<assess::ErasureRequest>(text) {
        if let Ok(d) = assess::assess_erasure(&policy, &r, &Belgium, day) {
            for item in d.items.iter().filter(|i| i.verdict == ErasureVerdict::NoGround) {
                let facts = r.activities.iter().find(|f| f.activity == item.activity);
                let ruled_out = facts.is_some_and(|f| {
                    f.no_longer_necessary == Some(false)
                        && f.unlawfully_processed == Some(false)
                        && f.legal_obligation_to_erase == Some(false)
                });
                assert!(ruled_out, "refused with a ground unknown: {item:?}");
            }
            let mut reversed = r.clone();
            reversed.activities.reverse();
            let again = assess::assess_erasure(&policy, &reversed, &Belgium, day);
            assert_eq!(again.as_ref().ok(), Some(&d), "the order of the request changed the answer");
        }
    }
    if let Ok(r) = gdpr::from_json::<assess::TransferRequest>(text) {
        let _ = assess::assess_transfer(&policy, &registry, &r, day);
    }
    if let Ok(r) = gdpr::from_json::<assess::ObjectionRequest>(text) {
        let _ = assess::assess_objection(&policy, &r);
    }
    if let Ok(r) = gdpr::from_json::<gdpr::PersonalDataBreach>(text) {
        if let Some(as_of) = day.and_hms_opt(12, 0, 0).map(|t| t.and_utc().fixed_offset()) {
            if let Ok(d) = assess::assess_breach(&policy, &r, as_of) {
                if d.authority == assess::AuthorityNotification::NotRequired {
                    assert_eq!(d.risk.at_most, assess::RiskLevel::Unlikely, "{d:?}");
                }
            }
        }
    }
    if let Ok(r) = gdpr::from_json::<assess::RestrictionRequest>(text) {
        if let Ok(d) = assess::assess_restriction(&policy, &r) {
            if d.outcome == assess::RestrictionOutcome::NotRequired {
                assert!(r.accuracy_contested == Some(false) && r.objection_pending == Some(false));
            }
        }
    }
});
