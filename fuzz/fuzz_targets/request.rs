//! Any bytes as a request to every assessment, against the webshop policy, on a date the
//! first bytes choose. Nothing may panic.
#![no_main]

use chrono::{Days, NaiveDate};
use gdpr::assess::{self, Belgium};
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
        let _ = assess::assess_erasure(&policy, &r, &Belgium, day);
    }
    if let Ok(r) = gdpr::from_json::<assess::TransferRequest>(text) {
        let _ = assess::assess_transfer(&policy, &registry, &r, day);
    }
    if let Ok(r) = gdpr::from_json::<assess::ObjectionRequest>(text) {
        let _ = assess::assess_objection(&policy, &r);
    }
    if let Ok(r) = gdpr::from_json::<assess::RestrictionRequest>(text) {
        let _ = assess::assess_restriction(&policy, &r);
    }
});
