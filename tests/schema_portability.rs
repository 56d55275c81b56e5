//! The exported schemas are read alike by every validator and generator: Ajv in strict mode,
//! Python `jsonschema`, RE2-based validators (Go), Pydantic and `datamodel-code-generator`.
//! CI checks them with those tools too (`.ci/schemas.sh`); these tests hold the rules that
//! make that pass, so a change that breaks one fails here first.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::BTreeSet;

use serde_json::{Map, Value};

/// Every subschema of every exported schema, with where it is, e.g. `policy#/$defs/Purpose`.
fn subschemas() -> Vec<(String, Map<String, Value>)> {
    fn walk(value: &Value, at: String, out: &mut Vec<(String, Map<String, Value>)>) {
        match value {
            Value::Object(map) => {
                out.push((at.clone(), map.clone()));
                for (key, child) in map {
                    if !matches!(key.as_str(), "const" | "enum" | "default" | "examples") {
                        walk(child, format!("{at}/{key}"), out);
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (name, schema) in gdpr::schema::all() {
        walk(
            &serde_json::to_value(&schema).unwrap(),
            format!("{name}#"),
            &mut out,
        );
    }
    out
}

/// `properties` maps property names to schemas: the names are not keywords.
fn is_keyword_position(at: &str) -> bool {
    !at.ends_with("/properties")
}

#[test]
fn no_format_beyond_date_and_date_time() {
    let odd: Vec<String> = subschemas()
        .into_iter()
        .filter(|(at, _)| is_keyword_position(at))
        .filter_map(|(at, s)| {
            let format = s.get("format")?.as_str()?.to_owned();
            (!matches!(format.as_str(), "date" | "date-time")).then(|| format!("{at}: {format}"))
        })
        .collect();
    assert!(odd.is_empty(), "formats validators do not know: {odd:#?}");
}

#[test]
fn every_pattern_compiles_as_re2_syntax() {
    let mut patterns = BTreeSet::new();
    for (at, s) in subschemas() {
        if let (true, Some(Value::String(p))) = (is_keyword_position(&at), s.get("pattern")) {
            patterns.insert(p.clone());
        }
    }
    assert!(patterns.len() >= 4, "{patterns:#?}");
    for pattern in patterns {
        assert!(
            regex::Regex::new(&pattern).is_ok(),
            "`{pattern}` is not RE2 syntax (look-around or a back-reference?)"
        );
    }
}

#[test]
fn every_date_carries_the_pattern_of_its_one_spelling() {
    for (at, s) in subschemas() {
        if let Some("date" | "date-time") = s.get("format").and_then(Value::as_str) {
            assert!(s.contains_key("pattern"), "{at}");
        }
    }
}

#[test]
fn every_map_names_its_keys() {
    let mut maps = 0;
    for (at, s) in subschemas() {
        if s.get("additionalProperties").is_some_and(Value::is_object) {
            maps += 1;
            assert!(
                s.contains_key("propertyNames"),
                "{at} is a map without `propertyNames`"
            );
        }
    }
    assert!(maps > 0, "the erasure request's `events` is a map");
}

#[test]
fn every_variant_of_a_choice_has_a_title_unless_it_is_null_or_a_reference() {
    for (at, s) in subschemas() {
        for key in ["oneOf", "anyOf"] {
            let Some(variants) = s.get(key).and_then(Value::as_array) else {
                continue;
            };
            let mut titles = BTreeSet::new();
            for variant in variants {
                let is_null = variant.get("type") == Some(&Value::from("null"));
                if is_null || variant.get("$ref").is_some() {
                    continue;
                }
                let title = variant.get("title").and_then(Value::as_str);
                assert!(
                    title.is_some(),
                    "{at}/{key}: a variant without a title: {variant}"
                );
                assert!(titles.insert(title), "{at}/{key}: `{title:?}` twice");
            }
        }
    }
}

#[test]
fn no_variant_title_takes_the_name_of_a_definition() {
    for (name, schema) in gdpr::schema::all() {
        let schema = serde_json::to_value(&schema).unwrap();
        let Some(defs) = schema.get("$defs").and_then(Value::as_object) else {
            continue;
        };
        for (def, body) in defs {
            for variant in body
                .get("oneOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if variant.get("const").is_some() {
                    continue; // a member of an enum, not a class
                }
                if let Some(title) = variant.get("title").and_then(Value::as_str) {
                    assert!(
                        !defs.contains_key(title),
                        "{name}: {def} has a variant `{title}`"
                    );
                }
            }
        }
    }
}

#[test]
fn descriptions_are_prose_without_rust_examples_or_rustdoc_links() {
    for (at, s) in subschemas() {
        let Some(Value::String(text)) = s.get("description") else {
            continue;
        };
        for rust in ["```", "](crate::", "](Self::", "[`", "unwrap()", "\n# "] {
            assert!(!text.contains(rust), "{at}: `{rust}` in {text:?}");
        }
    }
}

#[test]
fn the_period_pattern_matches_exactly_what_the_reader_reads() {
    let schema = serde_json::to_value(gdpr::schema::all().remove(0).1).unwrap();
    let pattern = schema["$defs"]["Period"]["pattern"].as_str().unwrap();
    let re = regex::Regex::new(pattern).unwrap();
    let units = ["", "1Y", "12M", "3D", "T72H", "2W"];
    let mut checked = 0;
    for a in units {
        for b in units {
            for c in units {
                let text = format!("P{a}{b}{c}");
                let read = text.parse::<gdpr::Period>().is_ok();
                assert_eq!(re.is_match(&text), read, "{text}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 216);
}
