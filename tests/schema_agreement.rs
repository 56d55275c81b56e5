//! The JSON Schemas and the reader accept and refuse the same documents: valid seeds
//! mutated, and random documents, for the policy, the adequacy registry and every request.
//! The generator is shared with the fuzz target `schema_agreement` (see `agreement/mod.rs`,
//! which also says what is left out of the comparison and why).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod agreement;

use std::sync::OnceLock;

use agreement::{kinds, Kind, Seeded};
use proptest::prelude::*;
use serde_json::json;

fn all() -> &'static [Kind] {
    static KINDS: OnceLock<Vec<Kind>> = OnceLock::new();
    KINDS.get_or_init(kinds)
}

fn kind(name: &str) -> &'static Kind {
    all().iter().find(|k| k.name == name).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn schema_and_reader_agree_on_generated_documents(seed in any::<u64>()) {
        let mut choose = Seeded(seed);
        for kind in all() {
            let doc = kind.document(&mut choose);
            if let Err(disagreement) = kind.check(&doc) {
                panic!("{disagreement}");
            }
        }
    }
}

#[test]
fn schema_and_reader_agree_on_the_seeds() {
    for kind in all() {
        for seed in &kind.seeds {
            kind.check(seed).unwrap();
        }
    }
}

#[test]
fn schema_and_reader_both_refuse_an_unknown_field_inside_a_legal_basis() {
    let policy = kind("policy");
    let mut doc = policy.seeds[0].clone();
    doc["activities"][0]["purposes"][0]["legal_basis"] =
        json!({"basis": "contract", "automated_decision": {}});
    policy.check(&doc).unwrap();
    let err = gdpr::from_json_value::<gdpr::Policy>(&doc).unwrap_err();
    assert_eq!(
        err.path(),
        "activities[0].purposes[0].legal_basis.automated_decision"
    );
}

#[test]
fn schema_and_reader_both_refuse_a_field_of_another_basis() {
    let policy = kind("policy");
    let mut doc = policy.seeds[0].clone();
    doc["activities"][0]["purposes"][0]["legal_basis"] =
        json!({"basis": "consent", "interest": "marketing"});
    policy.check(&doc).unwrap();
}
