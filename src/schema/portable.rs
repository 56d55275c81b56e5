//! What schemars writes, rewritten so that every validator and generator reads a schema as
//! the crate's reader reads documents: Ajv in strict mode, Python `jsonschema`, RE2-based
//! validators (Go), Pydantic and `datamodel-code-generator`.
//!
//! - schemars marks integers with formats no standard defines (`uint32`, `int8`): they become
//!   `minimum` and `maximum`, which every validator knows;
//! - a date or date-time gets the `pattern` of the exact spelling the reader accepts, so a
//!   validator that ignores `format` still refuses `2026-1-5`;
//! - every variant of a `oneOf` or `anyOf` gets a `title` (`LegalBasisConsent`), which
//!   generators use to name the classes they write;
//! - descriptions lose their Rust examples and rustdoc links ([`super::prose`]).

use serde_json::{Map, Value};

use super::prose;
use crate::document::{DATE_PATTERN, DATE_TIME_PATTERN};

/// Rewrites `schema` in place; its title names the variants of its own `oneOf`.
pub(super) fn make_portable(schema: &mut Map<String, Value>) {
    let owner = schema
        .get("title")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    walk(schema, &owner);
}

/// Rewrites one subschema and everything under it; `owner` is the definition it belongs to.
fn walk(node: &mut Map<String, Value>, owner: &str) {
    integer_bounds(node);
    date_pattern(node);
    title_variants(node, owner);
    for (key, child) in node.iter_mut() {
        match (key.as_str(), child) {
            ("description", Value::String(text)) => *text = prose::plain(text),
            // Values, not schemas.
            ("const" | "enum" | "default" | "examples", _) => {}
            ("$defs", Value::Object(defs)) => {
                for (name, def) in defs.iter_mut() {
                    if let Value::Object(def) = def {
                        walk(def, name);
                    }
                }
            }
            (_, Value::Object(sub)) => walk(sub, owner),
            (_, Value::Array(items)) => {
                for item in items {
                    if let Value::Object(sub) = item {
                        walk(sub, owner);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The range of each integer format schemars writes. The 64-bit bounds are left out: they
/// are beyond what a JSON number holds exactly in JavaScript.
fn range_of(format: &str) -> Option<(Option<i64>, Option<i64>)> {
    Some(match format {
        "int8" => (Some(i8::MIN.into()), Some(i8::MAX.into())),
        "int16" => (Some(i16::MIN.into()), Some(i16::MAX.into())),
        "int32" => (Some(i32::MIN.into()), Some(i32::MAX.into())),
        "uint8" => (Some(0), Some(u8::MAX.into())),
        "uint16" => (Some(0), Some(u16::MAX.into())),
        "uint32" => (Some(0), Some(u32::MAX.into())),
        "uint64" | "uint" | "uint128" => (Some(0), None),
        "int64" | "int" | "int128" => (None, None),
        _ => return None,
    })
}

/// Replaces an integer format by the bounds it stands for, keeping tighter bounds.
fn integer_bounds(node: &mut Map<String, Value>) {
    let Some((min, max)) = node
        .get("format")
        .and_then(Value::as_str)
        .and_then(range_of)
    else {
        return;
    };
    node.remove("format");
    let mut tighten = |key: &str, bound: Option<i64>, tighter: fn(f64, f64) -> bool| {
        let Some(bound) = bound else { return };
        let stated = node.get(key).and_then(Value::as_f64);
        // The bounds written have at most 32 bits: exact as f64.
        if stated.is_none_or(|s| tighter(bound as f64, s)) {
            node.insert(key.to_owned(), bound.into());
        }
    };
    tighten("minimum", min, |bound, stated| bound > stated);
    tighten("maximum", max, |bound, stated| bound < stated);
}

/// Adds the reader's spelling of a date or date-time as a `pattern`.
fn date_pattern(node: &mut Map<String, Value>) {
    let pattern = match node.get("format").and_then(Value::as_str) {
        Some("date") => DATE_PATTERN,
        Some("date-time") => DATE_TIME_PATTERN,
        _ => return,
    };
    node.entry("pattern").or_insert_with(|| pattern.into());
}

/// Gives each variant of a `oneOf` or `anyOf` a title. The constants of a string enum are
/// named alone (`Collection`: generators make them members of the enum); other variants
/// become classes of their own and carry the owner's name too (`LegalBasisConsent`). A
/// `null` or a bare reference (an `Option`, a type named elsewhere) needs none.
fn title_variants(node: &mut Map<String, Value>, owner: &str) {
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Array(variants)) = node.get_mut(key) else {
            continue;
        };
        let members = variants
            .iter()
            .all(|v| v.get("const").is_some_and(Value::is_string));
        let prefix = if members { "" } else { owner };
        for variant in variants {
            let Value::Object(variant) = variant else {
                continue;
            };
            let is_null = variant.get("type") == Some(&Value::from("null"));
            if variant.contains_key("title") || is_null || variant.contains_key("$ref") {
                continue;
            }
            if let Some(name) = variant_name(variant) {
                variant.insert("title".to_owned(), format!("{prefix}{name}").into());
            }
        }
    }
}

/// A variant's own name: its constant, the value of its tag, the one key of an externally
/// tagged object, or else its type.
fn variant_name(variant: &Map<String, Value>) -> Option<String> {
    if let Some(name) = variant.get("const").and_then(Value::as_str) {
        return Some(pascal(name));
    }
    if let Some([Value::String(name)]) = variant
        .get("enum")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        return Some(pascal(name));
    }
    let required: Vec<&str> = variant
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let properties = variant.get("properties").and_then(Value::as_object);
    let tag = required.iter().find_map(|field| {
        let property = properties?.get(*field)?;
        property
            .get("const")
            .or_else(|| property.get("enum")?.as_array()?.first())?
            .as_str()
    });
    if let Some(tag) = tag {
        return Some(pascal(tag));
    }
    if let [only] = required.as_slice() {
        return Some(pascal(only));
    }
    variant.get("type").and_then(Value::as_str).map(pascal)
}

/// `end_of_financial_year` → `EndOfFinancialYear`.
fn pascal(name: &str) -> String {
    name.split(['_', '-', ' '])
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars))
                .into_iter()
                .flatten()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn portable(value: Value) -> Value {
        let Value::Object(mut map) = value else {
            panic!("not an object")
        };
        make_portable(&mut map);
        Value::Object(map)
    }

    #[test]
    fn integer_formats_become_bounds_that_keep_tighter_ones() {
        let schema = portable(json!({
            "title": "T",
            "properties": {
                "hours": {"type": "integer", "format": "uint32", "minimum": 0},
                "day": {"type": "integer", "format": "uint8", "minimum": 1, "maximum": 31},
                "count": {"type": "integer", "format": "uint64"},
            }
        }));
        assert_eq!(
            schema["properties"],
            json!({
                "hours": {"type": "integer", "minimum": 0, "maximum": 4_294_967_295_u32},
                "day": {"type": "integer", "minimum": 1, "maximum": 31},
                "count": {"type": "integer", "minimum": 0},
            })
        );
    }

    #[test]
    fn variants_are_titled_by_their_constant_tag_or_key() {
        let schema = portable(json!({
            "title": "Root",
            "oneOf": [{"type": "object", "required": ["days"], "properties": {"days": {}}}],
            "$defs": {
                "LegalBasis": {"oneOf": [
                    {"type": "object", "required": ["basis"],
                     "properties": {"basis": {"type": "string", "const": "legal_obligation"}}},
                ]},
                "Trigger": {"oneOf": [{"const": "end_of_contract"}, {"const": "collection"}]},
                "Mechanism": {"oneOf": [
                    {"enum": ["adequacy"]},
                    {"type": "object", "required": ["safeguard"], "properties": {"safeguard": {}}},
                ]},
                "Count": {"anyOf": [{"type": "integer"}, {"$ref": "#/$defs/Range"}, {"type": "null"}]},
            }
        }));
        assert_eq!(schema["oneOf"][0]["title"], "RootDays");
        assert_eq!(
            schema["$defs"]["LegalBasis"]["oneOf"][0]["title"],
            "LegalBasisLegalObligation"
        );
        assert_eq!(
            schema["$defs"]["Trigger"]["oneOf"][0]["title"],
            "EndOfContract"
        );
        assert_eq!(
            schema["$defs"]["Mechanism"]["oneOf"][0]["title"],
            "MechanismAdequacy"
        );
        assert_eq!(
            schema["$defs"]["Mechanism"]["oneOf"][1]["title"],
            "MechanismSafeguard"
        );
        let count = &schema["$defs"]["Count"]["anyOf"];
        assert_eq!(count[0]["title"], "CountInteger");
        assert!(count[1].get("title").is_none() && count[2].get("title").is_none());
    }

    #[test]
    fn dates_get_the_pattern_the_reader_accepts() {
        let schema = portable(json!({"properties": {
            "d": {"type": "string", "format": "date"},
            "t": {"type": ["string", "null"], "format": "date-time"},
        }}));
        assert_eq!(schema["properties"]["d"]["pattern"], DATE_PATTERN);
        assert_eq!(schema["properties"]["t"]["pattern"], DATE_TIME_PATTERN);
    }

    #[test]
    fn a_property_called_description_is_a_schema_not_prose() {
        let schema = portable(json!({"properties": {
            "description": {"type": "string", "description": "See [`Purpose`](crate::Purpose)."},
        }, "default": {"description": "[`kept`]"}}));
        assert_eq!(
            schema["properties"]["description"]["description"],
            "See `Purpose`."
        );
        assert_eq!(schema["default"]["description"], "[`kept`]");
    }
}
