//! A serde `Deserializer` over a parsed JSON value that remembers where it is, so that every
//! error names the JSON path of the value that caused it.
//!
//! Leaves (strings, numbers, booleans) are handed to `serde_json`'s own deserialiser for
//! `&Value`; objects and arrays are walked here so that each child knows its path. An error
//! is stamped with the path of the innermost value that raised it.

use std::fmt;

use serde::de::{self, DeserializeSeed, Unexpected, Visitor};
use serde_json::{Map, Value};

use super::path::{render, Segment};

/// A deserialisation error with the path where it happened.
#[derive(Debug)]
pub(crate) struct PathError {
    pub(crate) path: Option<String>,
    pub(crate) message: String,
}

impl PathError {
    fn at(mut self, segment: &Segment<'_>) -> Self {
        if self.path.is_none() {
            self.path = Some(render(segment));
        }
        self
    }
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PathError {}

impl de::Error for PathError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        PathError {
            path: None,
            message: msg.to_string(),
        }
    }
}

fn from_json(e: serde_json::Error) -> PathError {
    PathError {
        path: None,
        message: e.to_string(),
    }
}

/// Deserialises `T` from `value`, naming the path of any error.
pub(crate) fn from_value<'de, T: de::Deserialize<'de>>(value: &'de Value) -> Result<T, PathError> {
    let root = Segment::Root;
    T::deserialize(Node { value, path: &root }).map_err(|e| e.at(&root))
}

struct Node<'de, 'p> {
    value: &'de Value,
    path: &'p Segment<'p>,
}

/// The messages of `chrono`'s parse errors, which name no input and no format.
const CHRONO_MESSAGES: [&str; 7] = [
    "input is out of range",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "impossible",
];

/// Says which text failed to parse as a date, and what was expected.
fn explain_date(value: &Value, e: PathError) -> PathError {
    match value {
        Value::String(text) if CHRONO_MESSAGES.contains(&e.message.as_str()) => PathError {
            path: e.path,
            message: format!(
                "`{text}` is not a valid date (YYYY-MM-DD) or date-time (RFC 3339): {}",
                e.message
            ),
        },
        _ => e,
    }
}

macro_rules! leaf {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
                self.value.$method(visitor).map_err(from_json).map_err(|e| e.at(self.path))
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for Node<'de, '_> {
    type Error = PathError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
        let path = self.path;
        match self.value {
            Value::Object(map) => visitor.visit_map(Entries::new(map, path)),
            Value::Array(items) => visitor.visit_seq(Items::new(items, path)),
            other => other.deserialize_any(visitor).map_err(from_json),
        }
        .map_err(|e| e.at(path))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, PathError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
        match self.value {
            Value::Array(items) => visitor
                .visit_seq(Items::new(items, self.path))
                .map_err(|e| e.at(self.path)),
            other => other
                .deserialize_seq(visitor)
                .map_err(from_json)
                .map_err(|e| e.at(self.path)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, PathError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, PathError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
        match self.value {
            Value::Object(map) => visitor
                .visit_map(Entries::new(map, self.path))
                .map_err(|e| e.at(self.path)),
            other => other
                .deserialize_map(visitor)
                .map_err(from_json)
                .map_err(|e| e.at(self.path)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, PathError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, PathError> {
        match self.value {
            Value::Object(map) if map.len() == 1 => match map.iter().next() {
                Some((variant, value)) => visitor
                    .visit_enum(Variant {
                        variant,
                        value,
                        parent: self.path,
                    })
                    .map_err(|e| e.at(self.path)),
                None => Err(de::Error::custom("expected an object with one key")),
            },
            other => other
                .deserialize_enum(name, variants, visitor)
                .map_err(from_json)
                .map_err(|e| e.at(self.path)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
        visitor.visit_unit()
    }

    leaf!(
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_unit,
        deserialize_identifier,
    );

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PathError> {
        if super::date::is_date(&visitor) {
            return self
                .value
                .deserialize_str(super::date::Strict(visitor))
                .map_err(from_json)
                .map_err(|e| explain_date(self.value, e))
                .map_err(|e| e.at(self.path));
        }
        self.value
            .deserialize_str(visitor)
            .map_err(from_json)
            .map_err(|e| explain_date(self.value, e))
            .map_err(|e| e.at(self.path))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, PathError> {
        self.value
            .deserialize_unit_struct(name, visitor)
            .map_err(from_json)
            .map_err(|e| e.at(self.path))
    }
}

struct Entries<'de, 'p> {
    iter: serde_json::map::Iter<'de>,
    pending: Option<(&'de str, &'de Value)>,
    path: &'p Segment<'p>,
}

impl<'de, 'p> Entries<'de, 'p> {
    fn new(map: &'de Map<String, Value>, path: &'p Segment<'p>) -> Self {
        Entries {
            iter: map.iter(),
            pending: None,
            path,
        }
    }
}

impl<'de> de::MapAccess<'de> for Entries<'de, '_> {
    type Error = PathError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, PathError> {
        match self.iter.next() {
            Some((key, value)) => {
                self.pending = Some((key.as_str(), value));
                let here = Segment::Key(self.path, key);
                let key_de = de::value::BorrowedStrDeserializer::<PathError>::new(key.as_str());
                seed.deserialize(key_de).map(Some).map_err(|e| e.at(&here))
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, PathError> {
        match self.pending.take() {
            Some((key, value)) => {
                let here = Segment::Key(self.path, key);
                seed.deserialize(Node { value, path: &here })
                    .map_err(|e| e.at(&here))
            }
            None => Err(de::Error::custom("a value was requested before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct Items<'de, 'p> {
    iter: std::iter::Enumerate<std::slice::Iter<'de, Value>>,
    path: &'p Segment<'p>,
}

impl<'de, 'p> Items<'de, 'p> {
    fn new(items: &'de [Value], path: &'p Segment<'p>) -> Self {
        Items {
            iter: items.iter().enumerate(),
            path,
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'de, '_> {
    type Error = PathError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, PathError> {
        match self.iter.next() {
            Some((i, value)) => {
                let here = Segment::Index(self.path, i);
                seed.deserialize(Node { value, path: &here })
                    .map(Some)
                    .map_err(|e| e.at(&here))
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct Variant<'de, 'p> {
    variant: &'de str,
    value: &'de Value,
    parent: &'p Segment<'p>,
}

impl<'de, 'p> de::EnumAccess<'de> for Variant<'de, 'p> {
    type Error = PathError;
    type Variant = VariantValue<'de, 'p>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), PathError> {
        let key_de = de::value::BorrowedStrDeserializer::<PathError>::new(self.variant);
        let tag = seed.deserialize(key_de)?;
        Ok((
            tag,
            VariantValue {
                variant: self.variant,
                value: self.value,
                parent: self.parent,
            },
        ))
    }
}

struct VariantValue<'de, 'p> {
    variant: &'de str,
    value: &'de Value,
    parent: &'p Segment<'p>,
}

impl<'de> de::VariantAccess<'de> for VariantValue<'de, '_> {
    type Error = PathError;

    fn unit_variant(self) -> Result<(), PathError> {
        // A unit variant is a string, as the schemas say: `{"adequacy_decision": null}` is
        // refused like any other object where a string belongs.
        Err(de::Error::invalid_type(Unexpected::Map, &"a string"))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, PathError> {
        let here = Segment::Key(self.parent, self.variant);
        seed.deserialize(Node {
            value: self.value,
            path: &here,
        })
        .map_err(|e| e.at(&here))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, PathError> {
        let here = Segment::Key(self.parent, self.variant);
        de::Deserializer::deserialize_seq(
            Node {
                value: self.value,
                path: &here,
            },
            visitor,
        )
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, PathError> {
        let here = Segment::Key(self.parent, self.variant);
        de::Deserializer::deserialize_map(
            Node {
                value: self.value,
                path: &here,
            },
            visitor,
        )
    }
}
