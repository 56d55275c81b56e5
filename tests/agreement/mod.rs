//! Do the JSON Schemas and the reader accept and refuse the same documents?
//!
//! Shared by the differential test (`tests/schema_agreement.rs`, driven by a seeded
//! generator) and the fuzz target (`fuzz/fuzz_targets/schema_agreement.rs`, driven by
//! libFuzzer's bytes): documents are valid seeds mutated (a key removed, added or moved to
//! another object, a value replaced by a near miss, an array element repeated or dropped),
//! or random values built from the schema's own vocabulary.
//!
//! What a schema cannot express is out of this comparison by construction: a parsed `Value`
//! cannot repeat a key, generated documents stay far below the size and depth limits (the
//! reader's tests cover those), and references between ids are validation's business, which
//! neither the schema nor the reader checks. The schemas say so in their description.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;

use gdpr::assess::{ErasureRequest, ObjectionRequest, RestrictionRequest, TransferRequest};
use gdpr::{AdequacyRegistry, DocumentError, Policy};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

/// A source of choices: a seeded generator in the test, the fuzzer's bytes in the target.
pub trait Choose {
    /// A number below `n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize;

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// SplitMix64: small, seedable, good enough to spread choices.
pub struct Seeded(pub u64);

impl Choose for Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z % n as u64) as usize
    }
}

/// Choices read from bytes; zeros once they run out.
pub struct Bytes<'a>(pub &'a [u8]);

impl Choose for Bytes<'_> {
    fn below(&mut self, n: usize) -> usize {
        let (head, rest) = self.0.split_first().map_or((0, &[][..]), |(h, r)| (*h, r));
        self.0 = rest;
        usize::from(head) % n
    }
}

/// A kind of document: its schema, its reader, valid examples and the words it uses.
pub struct Kind {
    pub name: &'static str,
    read: fn(&Value) -> Result<(), DocumentError>,
    read_text: fn(&str) -> Result<(), DocumentError>,
    pub seeds: Vec<Value>,
    validator: jsonschema::Validator,
    keys: Vec<String>,
    strings: Vec<String>,
}

fn read<T: DeserializeOwned>(v: &Value) -> Result<(), DocumentError> {
    gdpr::from_json_value::<T>(v).map(drop)
}

fn read_text<T: DeserializeOwned>(t: &str) -> Result<(), DocumentError> {
    gdpr::from_json::<T>(t).map(drop)
}

/// The repository: this crate's directory, or its parent for the fuzz crate.
fn root() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if here.join("schema").is_dir() {
        here.to_path_buf()
    } else {
        here.join("..")
    }
}

fn file(path: &str) -> Value {
    let path = root().join(path).display().to_string();
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        .unwrap()
}

/// Near misses the reader must judge exactly as the schema does.
const STRINGS: &[&str] = &[
    "",
    " ",
    "x",
    "BE",
    "NL",
    "US",
    "GB",
    "UK",
    "EL",
    "nl",
    "XK",
    "BEL",
    "P7Y",
    "P1M",
    "P2W",
    "P30D",
    "PT72H",
    "P1Y2M3DT4H",
    "P0D",
    "P",
    "PT",
    "P1M1Y",
    "P2W1D",
    "PT30M",
    "P1.5Y",
    "P999999999Y",
    "P9999999999Y",
    "P4294967295D",
    "p1y",
    "2026-11-27",
    "2024-02-29",
    "2026-02-29",
    "2026-13-01",
    "2026-1-1",
    "0000-01-01",
    "9999-12-31",
    "+2026-01-01",
    "2026-11-27T10:00:00Z",
    "2026-11-27T25:00:00Z",
    "2026-11-27 10:00:00",
    "consent",
    "contract",
    "processor",
    "erase",
];

impl Kind {
    fn new<T: DeserializeOwned>(name: &'static str, seeds: Vec<Value>) -> Kind {
        let schema = file(&format!("schema/{name}.schema.json"));
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        let (mut keys, mut strings) = (BTreeSet::new(), BTreeSet::new());
        vocabulary(&schema, &mut keys, &mut strings);
        strings.extend(STRINGS.iter().map(|s| (*s).to_owned()));
        for seed in &seeds {
            assert!(validator.is_valid(seed), "a {name} seed does not validate");
            read::<T>(seed).unwrap_or_else(|e| panic!("a {name} seed does not read: {e}"));
        }
        Kind {
            name,
            read: read::<T>,
            read_text: read_text::<T>,
            seeds,
            validator,
            keys: keys.into_iter().collect(),
            strings: strings.into_iter().collect(),
        }
    }

    /// Whether schema and reader agree on `doc`, and the reader of text agrees with the
    /// reader of values; if not, the disagreement in words.
    pub fn check(&self, doc: &Value) -> Result<(), String> {
        let by_schema: Vec<String> = self
            .validator
            .iter_errors(doc)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        let by_reader = (self.read)(doc);
        let by_text = (self.read_text)(&doc.to_string());
        if by_reader != by_text {
            return Err(format!(
                "{}: the value reader says {by_reader:?}, the text reader {by_text:?}\n{doc:#}",
                self.name
            ));
        }
        if by_schema.is_empty() != by_reader.is_ok() {
            return Err(format!(
                "{}: the schema says {by_schema:?}, the reader {by_reader:?}\n{doc:#}",
                self.name
            ));
        }
        Ok(())
    }

    /// A document to compare on: mostly a seed with a few mutations, sometimes random.
    pub fn document(&self, choose: &mut impl Choose) -> Value {
        if self.seeds.is_empty() || choose.chance(8) {
            return self.random(choose, 3);
        }
        let mut doc = choose.pick(&self.seeds).clone();
        for _ in 0..=choose.below(3) {
            self.mutate(&mut doc, choose);
        }
        doc
    }

    fn key(&self, choose: &mut impl Choose) -> String {
        if choose.chance(10) {
            "colour".to_owned()
        } else {
            choose.pick(&self.keys).clone()
        }
    }

    fn scalar(&self, choose: &mut impl Choose) -> Value {
        match choose.below(8) {
            0 => Value::Null,
            1 => Value::Bool(choose.chance(2)),
            2 => json!(choose.below(5)),
            3 => json!(-1),
            4 => json!(1.5),
            _ => Value::String(choose.pick(&self.strings).clone()),
        }
    }

    fn random(&self, choose: &mut impl Choose, depth: usize) -> Value {
        match if depth == 0 { 0 } else { choose.below(4) } {
            0 | 1 => self.scalar(choose),
            2 => Value::Array(
                (0..choose.below(3))
                    .map(|_| self.random(choose, depth - 1))
                    .collect(),
            ),
            _ => {
                let mut map = Map::new();
                for _ in 0..choose.below(4) {
                    map.insert(self.key(choose), self.random(choose, depth - 1));
                }
                Value::Object(map)
            }
        }
    }

    fn mutate(&self, doc: &mut Value, choose: &mut impl Choose) {
        let count = count_nodes(doc);
        let target = choose.below(count);
        match choose.below(6) {
            // A field taken from one object and put in another: a misplaced fact.
            0 => {
                let objects = count_objects(doc);
                if objects == 0 {
                    return;
                }
                let from = choose.below(objects);
                let Some((key, value)) = object_at(doc, from).and_then(|o| {
                    let keys: Vec<String> = o.keys().cloned().collect();
                    let key = keys.get(choose.below(keys.len().max(1)))?.clone();
                    o.remove(&key).map(|v| (key, v))
                }) else {
                    return;
                };
                let objects = count_objects(doc);
                if objects > 0 {
                    let to = choose.below(objects);
                    if let Some(o) = object_at(doc, to) {
                        o.insert(key, value);
                    }
                }
            }
            1 => {
                let key = self.key(choose);
                let value = self.random(choose, 1);
                if let Some(o) = object_at(doc, target % count_objects(doc).max(1)) {
                    o.insert(key, value);
                }
            }
            2 => {
                if let Some(o) = object_at(doc, target % count_objects(doc).max(1)) {
                    let keys: Vec<String> = o.keys().cloned().collect();
                    if !keys.is_empty() {
                        o.remove(&keys[choose.below(keys.len())]);
                    }
                }
            }
            3 => {
                if let Some(Value::Array(items)) = node_at(doc, target) {
                    if !items.is_empty() {
                        let i = choose.below(items.len());
                        if choose.chance(2) {
                            let copy = items[i].clone();
                            items.push(copy);
                        } else {
                            items.remove(i);
                        }
                    }
                }
            }
            4 => {
                let value = self.random(choose, 2);
                if let Some(node) = node_at(doc, target) {
                    *node = value;
                }
            }
            _ => {
                let value = self.scalar(choose);
                if let Some(node) = node_at(doc, target) {
                    *node = value;
                }
            }
        }
    }
}

/// Property names, and the strings of `enum` and `const`, anywhere in a schema.
fn vocabulary(schema: &Value, keys: &mut BTreeSet<String>, strings: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("properties", Value::Object(props)) => keys.extend(props.keys().cloned()),
                    ("enum", Value::Array(items)) => {
                        strings.extend(items.iter().filter_map(|i| i.as_str().map(str::to_owned)))
                    }
                    ("const", Value::String(s)) => {
                        strings.insert(s.clone());
                    }
                    _ => {}
                }
                vocabulary(v, keys, strings);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| vocabulary(i, keys, strings)),
        _ => {}
    }
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn count_objects(v: &Value) -> usize {
    usize::from(v.is_object())
        + match v {
            Value::Array(items) => items.iter().map(count_objects).sum(),
            Value::Object(map) => map.values().map(count_objects).sum(),
            _ => 0,
        }
}

/// The `n`th node in document order.
fn node_at(v: &mut Value, n: usize) -> Option<&mut Value> {
    fn go<'a>(v: &'a mut Value, n: &mut usize) -> Option<&'a mut Value> {
        if *n == 0 {
            return Some(v);
        }
        *n -= 1;
        match v {
            Value::Array(items) => items.iter_mut().find_map(|i| go(i, n)),
            Value::Object(map) => map.values_mut().find_map(|i| go(i, n)),
            _ => None,
        }
    }
    go(v, &mut { n })
}

/// The `n`th object in document order.
fn object_at(v: &mut Value, n: usize) -> Option<&mut Map<String, Value>> {
    fn go<'a>(v: &'a mut Value, n: &mut usize) -> Option<&'a mut Map<String, Value>> {
        match v {
            Value::Object(_) if *n == 0 => v.as_object_mut(),
            Value::Object(map) => {
                *n -= 1;
                map.values_mut().find_map(|i| go(i, n))
            }
            Value::Array(items) => items.iter_mut().find_map(|i| go(i, n)),
            _ => None,
        }
    }
    go(v, &mut { n })
}

/// The policy, the adequacy registry and every request, with valid seeds.
pub fn kinds() -> Vec<Kind> {
    let mut policies = vec![file("tests/fixtures/webshop.json")];
    for seed in [
        "stebo",
        "woondienst_regio_izegem",
        "st_ap",
        "sint_truiden",
        "step_inburgering",
    ] {
        policies.push(file(&format!("examples/policies/{seed}.json")));
    }
    vec![
        Kind::new::<Policy>("policy", policies),
        Kind::new::<AdequacyRegistry>("adequacy_registry", vec![file("data/adequacy.json")]),
        Kind::new::<ErasureRequest>(
            "erasure_request",
            vec![
                json!({"received": "2026-11-27", "activities": []}),
                json!({"received": "2026-11-27", "activities": [
                    {"activity": "newsletter", "consent_withdrawn": true, "no_longer_necessary": false,
                     "objection": "direct_marketing", "unlawfully_processed": true,
                     "legal_obligation_to_erase": false, "collected_from_child_online": false,
                     "made_public": true, "freedom_of_expression": false,
                     "needed_for_legal_claims": false, "erasure_impairs_research": null,
                     "events": {"end_of_contract": "2025-12-31", "collection": "2020-01-01"}},
                    {"activity": "bookkeeping", "events": {"end_of_financial_year": "2024-12-31"}}
                ]}),
            ],
        ),
        Kind::new::<ObjectionRequest>(
            "objection_request",
            vec![
                json!({"activity": "newsletter", "kind": "direct_marketing"}),
                json!({"activity": "crm", "kind": "particular_situation",
                       "compelling_grounds": false, "legal_claims": null}),
            ],
        ),
        Kind::new::<RestrictionRequest>(
            "restriction_request",
            vec![
                json!({"activity": "crm"}),
                json!({"activity": "crm", "accuracy_contested": true,
                       "unlawful_and_erasure_opposed": false,
                       "needed_by_subject_for_legal_claims": true, "objection_pending": false}),
            ],
        ),
        Kind::new::<TransferRequest>(
            "transfer_request",
            vec![
                json!({"recipient": "mailer"}),
                json!({"recipient": "mailer", "activity": "newsletter",
                       "mechanism": {"safeguard": "standard_contractual_clauses"},
                       "derogation_conditions_met": true,
                       "authorised_by_supervisory_authority": null,
                       "exercising_public_powers": false}),
                json!({"recipient": "cloud", "mechanism": "adequacy_decision"}),
            ],
        ),
    ]
}
