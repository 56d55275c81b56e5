//! Any bytes as a policy document: read, validate, assess rights, check and render the
//! notice. Nothing may panic; a document either reads or gives an error with a path.
#![no_main]

use chrono::NaiveDate;
use gdpr::{notice, validate, AdequacyRegistry, Policy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Policy::from_json(text) {
        Ok(policy) => {
            let registry = AdequacyRegistry::builtin();
            for day in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default()] {
                let _ = validate(&policy, &registry, day);
            }
            for activity in &policy.activities {
                let _ = gdpr::assess::assess_rights(&policy, &activity.id);
            }
            let _ = notice::check_notice(&policy);
            let _ = notice::render_notice(&policy, notice::Language::Dutch);
            // Whatever reads must write back and read again to the same value.
            let json = serde_json::to_string(&policy).unwrap_or_default();
            assert_eq!(Policy::from_json(&json).ok().as_ref(), Some(&policy));
        }
        Err(e) => assert!(!e.path().is_empty()),
    }
});
