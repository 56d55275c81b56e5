//! JSON text to a `serde_json::Value`, refusing duplicate keys and excessive nesting.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::limits::{MAX_DOCUMENT_BYTES, MAX_NESTING};

/// Parses `text`, or says why not (with line and column from `serde_json`).
pub(super) fn parse(text: &str) -> Result<Value, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict::deserialize(&mut de).map_err(|e| lowercase_first(&e.to_string()))?;
    de.end().map_err(|e| lowercase_first(&e.to_string()))?;
    Ok(value.0)
}

/// `serde_json` capitalises its messages ("EOF while parsing", "Expected value"); ours are
/// lower case. Acronyms such as `EOF` keep their case.
fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => s.to_owned(),
    }
}

struct Strict(Value);

/// Reads any self-describing format (YAML) into a JSON value with the checks [`parse`] makes:
/// a key repeated in one object is refused, and so is nesting deeper than [`MAX_NESTING`].
#[cfg(feature = "yaml")]
pub(super) fn value_from<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    Strict::deserialize(deserializer).map(|strict| strict.0)
}

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(StrictVisitor { depth: 0 })
            .map(Strict)
    }
}

struct StrictVisitor {
    depth: usize,
}

struct Seeded {
    depth: usize,
}

impl<'de> de::DeserializeSeed<'de> for Seeded {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(StrictVisitor { depth: self.depth })
    }
}

impl StrictVisitor {
    fn child<E: de::Error>(&self) -> Result<Seeded, E> {
        if self.depth >= MAX_NESTING {
            Err(E::custom(format_args!(
                "the document nests deeper than {MAX_NESTING} levels"
            )))
        } else {
            Ok(Seeded {
                depth: self.depth + 1,
            })
        }
    }
}

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        // JSON has no infinity or NaN; YAML (`.inf`, `.nan`) does, and it is refused rather
        // than read as `null`, which would make a stated fact unknown.
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format_args!("`{v}` is not a number JSON can hold")))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child()?)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.child()?)?;
            if entries.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
            }
            entries.insert(key, value);
        }
        Ok(Value::Object(entries))
    }
}

/// Checks what [`parse`] checks — duplicate keys, nesting depth, trailing text — without
/// building a value: keys are borrowed from the text where it has no escapes.
pub(super) fn check(text: &str) -> Result<(), String> {
    let mut de = serde_json::Deserializer::from_str(text);
    Walk { depth: 0 }
        .deserialize(&mut de)
        .map_err(|e| lowercase_first(&e.to_string()))?;
    de.end().map_err(|e| lowercase_first(&e.to_string()))
}

struct Walk {
    depth: usize,
}

impl Walk {
    fn child<E: de::Error>(&self) -> Result<Walk, E> {
        if self.depth >= MAX_NESTING {
            Err(E::custom(format_args!(
                "the document nests deeper than {MAX_NESTING} levels"
            )))
        } else {
            Ok(Walk {
                depth: self.depth + 1,
            })
        }
    }
}

impl<'de> de::DeserializeSeed<'de> for Walk {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self.child()?)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Objects are small: their keys are compared on the stack, and only a large object
        // spills into a vector.
        const INLINE: usize = 16;
        let mut inline: [Cow<'de, str>; INLINE] = Default::default();
        let mut len = 0;
        let mut spilled: Vec<Cow<'de, str>> = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            let seen = inline.iter().take(len).any(|k| *k == key) || spilled.contains(&key);
            if seen {
                return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
            }
            map.next_value_seed(self.child()?)?;
            match inline.get_mut(len) {
                Some(slot) => {
                    *slot = key;
                    len += 1;
                }
                None => spilled.push(key),
            }
        }
        Ok(())
    }
}

/// A map key, borrowed from the text when it has no escapes.
struct Key;

impl<'de> de::DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

/// Checks a parsed value against the limits [`check`] applies to text: nesting no deeper than
/// [`MAX_NESTING`], JSON text no larger than [`MAX_DOCUMENT_BYTES`]. Depth is checked first,
/// so that neither this check nor the reader recurses deeper than the limit.
pub(super) fn check_value(value: &Value) -> Result<(), String> {
    check_depth(value, 0)?;
    let mut size = Size { bytes: 0 };
    serde_json::to_writer(&mut size, value).map_err(|_| super::too_large())
}

fn check_depth(value: &Value, depth: usize) -> Result<(), String> {
    let children: &mut dyn Iterator<Item = &Value> = match value {
        Value::Array(items) => &mut items.iter(),
        Value::Object(entries) => &mut entries.values(),
        _ => return Ok(()),
    };
    // As in the text check, an array or object at the limit is refused even when empty.
    if depth >= MAX_NESTING {
        return Err(format!(
            "the document nests deeper than {MAX_NESTING} levels"
        ));
    }
    for child in children {
        check_depth(child, depth + 1)?;
    }
    Ok(())
}

/// Counts the bytes written, and fails once they pass the limit.
struct Size {
    bytes: usize,
}

impl std::io::Write for Size {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes = self.bytes.saturating_add(buf.len());
        if self.bytes > MAX_DOCUMENT_BYTES {
            return Err(std::io::Error::other("too large"));
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
