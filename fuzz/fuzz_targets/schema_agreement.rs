//! The JSON Schemas and the reader accept and refuse the same documents. The fuzzer's bytes
//! choose a kind of document, a valid seed and its mutations (or a random document), with the
//! generator of the differential test `tests/schema_agreement.rs`; a disagreement is a crash.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/agreement/mod.rs"]
mod agreement;

use agreement::{kinds, Bytes, Choose, Kind};

fn all() -> &'static [Kind] {
    static KINDS: OnceLock<Vec<Kind>> = OnceLock::new();
    KINDS.get_or_init(kinds)
}

fuzz_target!(|data: &[u8]| {
    let mut choose = Bytes(data);
    let kinds = all();
    let kind = choose.pick(kinds);
    let doc = kind.document(&mut choose);
    if let Err(disagreement) = kind.check(&doc) {
        panic!("{disagreement}");
    }
});
