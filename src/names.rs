//! The names of the enums that are stored as plain strings: `as_str`, [`Display`] and
//! [`FromStr`], all read from the serde name.
//!
//! The names are not written down a second time: `as_str` asks the type's own `Serialize`
//! for the name of its variant, and `from_str` reads through its own `Deserialize`, so they
//! cannot drift from the JSON. A test walks every variant of every enum listed here, and
//! every string enum of the exported schemas must be listed.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, IntoDeserializer};
use serde::ser::{self, Impossible, Serialize};
use serde::Deserialize;

use crate::assess::{
    Applicability, AuthorityBasis, AuthorityNotification, BreachFact, BreachKind, CalendarScope,
    Church, DayOfWeek, DisclosedBy, Duty, ErasureException, ErasureGround, ErasureOutcome,
    ErasureVerdict, EuTimeZone, Guidelines, Objection, ObjectionKind, ObjectionOutcome,
    RestrictionOutcome, RiskLevel, StopReason, SubjectCommunication, TransferOutcome,
    WeekendSubstitute,
};
use crate::explain::{DayKind, DpoDuty, Language, PolicyList, QuestionCode, ReasonCode};
use crate::notice::{AuditCode, CheckCode, ElementStatus, NoticeElement};
use crate::sql::{Dialect, Scope, WithheldReason};
use crate::{
    AccessForm, Art89Purpose, AutomatedDecisionGround, AwarenessSource, Capacity, Commitment,
    Consequence, ControllerKind, DataSubjectRight, DateBasis, Derogation, Exposure, FindingCode,
    GroundKind, ImporterPurpose, InformationExemption, OrganisationKind, Origin, ProtectionMeasure,
    Provenance, ProvisionRequirement, RecipientRole, Region, RetentionAction, RetentionKind,
    RetentionTrigger, RightCondition, Safeguard, ScopeEffect, Sector, Severity, SpecialCategory,
    SpecialCategoryCondition, TransferCondition, TransferPromise,
};

/// A string that is not one of the names of an enum, from [`FromStr`] on any of the crate's
/// plain-string enums.
///
/// Every enum the JSON carries as a plain string has `as_str()`, [`Display`](fmt::Display)
/// and [`FromStr`], all giving its serde name. A CRM that keeps a
/// [`RetentionTrigger`](crate::RetentionTrigger) in a database column, or a
/// [`FindingCode`](crate::FindingCode) in a log, writes the same snake_case name the JSON
/// carries and reads it back, without going through `serde_json`:
///
/// ```
/// use gdpr::{ParseNameError, RetentionTrigger};
///
/// let trigger = RetentionTrigger::EndOfFinancialYear;
/// assert_eq!(trigger.as_str(), "end_of_financial_year");
/// assert_eq!(trigger.to_string(), "end_of_financial_year");
/// assert_eq!("end_of_financial_year".parse::<RetentionTrigger>(), Ok(trigger));
///
/// let err: ParseNameError = "end_of_year".parse::<RetentionTrigger>().unwrap_err();
/// assert_eq!(err.value(), "end_of_year");
/// assert!(err.expected().contains(&"end_of_financial_year"));
/// assert!(err
///     .to_string()
///     .starts_with("`end_of_year` is not a retention trigger: expected one of `collection`, "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseNameError {
    kind: &'static str,
    value: String,
    expected: &'static [&'static str],
}

impl ParseNameError {
    /// What was to be read, in words: `retention trigger`, `finding code`.
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// The string that was given.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Every name the enum accepts, in declaration order.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a {}: expected ", self.value, self.kind)?;
        match self.expected {
            [] => f.write_str("a name"),
            [one] => write!(f, "`{one}`"),
            [first, rest @ ..] => {
                write!(f, "one of `{first}`")?;
                rest.iter().try_for_each(|name| write!(f, ", `{name}`"))
            }
        }
    }
}

impl std::error::Error for ParseNameError {}

/// Implements `as_str`, `Display` and `FromStr` for each enum, named in words for errors.
macro_rules! plain_names {
    ($($ty:ident => $kind:literal,)*) => {
        $(
            impl $ty {
                #[doc = concat!(
                    "The name of this ", $kind, " in JSON (its serde name), to store or log; ",
                    "[`Display`](std::fmt::Display) writes the same name and ",
                    "[`FromStr`](std::str::FromStr) reads it back."
                )]
                pub fn as_str(&self) -> &'static str {
                    variant_name(self)
                }
            }

            impl fmt::Display for $ty {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            impl FromStr for $ty {
                type Err = ParseNameError;

                fn from_str(s: &str) -> Result<$ty, ParseNameError> {
                    from_name(s, $kind)
                }
            }
        )*

        /// Every enum above, with a check of all its names (for the tests).
        #[cfg(test)]
        pub(crate) fn every_plain_enum() -> Vec<(&'static str, fn() -> Result<usize, String>)> {
            vec![$((stringify!($ty), || tests::check_names::<$ty>($ty::as_str)),)*]
        }
    };
}

plain_names! {
    AccessForm => "form of access",
    Applicability => "applicability",
    Art89Purpose => "Art. 89 purpose",
    AuditCode => "audit code",
    AuthorityBasis => "basis of authority",
    AuthorityNotification => "authority notification",
    AutomatedDecisionGround => "ground for automated decisions",
    AwarenessSource => "source of awareness",
    BreachFact => "breach fact",
    BreachKind => "kind of breach",
    CalendarScope => "calendar scope",
    Capacity => "capacity",
    CheckCode => "check code",
    Church => "church",
    Commitment => "commitment",
    Consequence => "consequence",
    ControllerKind => "kind of controller",
    DataSubjectRight => "data subject right",
    DateBasis => "date basis",
    DayKind => "kind of day",
    DayOfWeek => "day of the week",
    Dialect => "SQL dialect",
    Derogation => "derogation",
    DpoDuty => "duty to designate a DPO",
    DisclosedBy => "disclosing party",
    Duty => "duty",
    ElementStatus => "element status",
    ErasureException => "erasure exception",
    ErasureGround => "erasure ground",
    ErasureOutcome => "erasure outcome",
    ErasureVerdict => "erasure verdict",
    EuTimeZone => "time zone",
    Exposure => "exposure",
    FindingCode => "finding code",
    GroundKind => "kind of ground",
    Guidelines => "set of guidelines",
    ImporterPurpose => "importer purpose",
    InformationExemption => "information exemption",
    Language => "language",
    NoticeElement => "notice element",
    Objection => "objection",
    ObjectionKind => "kind of objection",
    ObjectionOutcome => "objection outcome",
    OrganisationKind => "kind of organisation",
    Origin => "origin",
    PolicyList => "list of the policy",
    ProtectionMeasure => "protection measure",
    Provenance => "provenance",
    ProvisionRequirement => "provision requirement",
    QuestionCode => "question code",
    ReasonCode => "reason code",
    RecipientRole => "recipient role",
    Region => "region",
    RestrictionOutcome => "restriction outcome",
    RetentionAction => "retention action",
    RetentionKind => "kind of retention",
    RetentionTrigger => "retention trigger",
    RightCondition => "right condition",
    RiskLevel => "risk level",
    Safeguard => "safeguard",
    Scope => "scope of a statement",
    ScopeEffect => "scope effect",
    Sector => "sector",
    Severity => "severity",
    SpecialCategory => "special category",
    SpecialCategoryCondition => "special category condition",
    StopReason => "stop reason",
    SubjectCommunication => "subject communication",
    TransferCondition => "transfer condition",
    TransferOutcome => "transfer outcome",
    TransferPromise => "transfer promise",
    WeekendSubstitute => "weekend substitute",
    WithheldReason => "reason for withholding",
}

/// The serde name of a unit variant. Every enum listed above serialises each variant as a
/// plain string (a test proves it for every variant), so the empty fallback is never seen.
fn variant_name<T: Serialize + ?Sized>(value: &T) -> &'static str {
    value.serialize(VariantName).unwrap_or("")
}

/// Reads a unit variant by its serde name through the type's own `Deserialize`.
fn from_name<'a, T: Deserialize<'a>>(s: &'a str, kind: &'static str) -> Result<T, ParseNameError> {
    T::deserialize(s.into_deserializer()).map_err(|NameError { expected }| ParseNameError {
        kind,
        value: s.to_owned(),
        expected,
    })
}

/// Why a name did not read: the names the enum does accept, when serde says.
#[derive(Debug)]
struct NameError {
    expected: &'static [&'static str],
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a name")
    }
}

impl std::error::Error for NameError {}

impl de::Error for NameError {
    fn custom<M: fmt::Display>(_: M) -> NameError {
        NameError { expected: &[] }
    }

    fn unknown_variant(_: &str, expected: &'static [&'static str]) -> NameError {
        NameError { expected }
    }
}

impl ser::Error for NameError {
    fn custom<M: fmt::Display>(_: M) -> NameError {
        NameError { expected: &[] }
    }
}

/// A serializer that accepts a unit variant only and hands back its name.
struct VariantName;

/// Refuses anything but a unit variant.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(
            fn $method(self, $(_: $arg),*) -> Result<$ok, NameError> {
                Err(NameError { expected: &[] })
            }
        )*
    };
}

impl ser::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NameError;
    type SerializeSeq = Impossible<&'static str, NameError>;
    type SerializeTuple = Impossible<&'static str, NameError>;
    type SerializeTupleStruct = Impossible<&'static str, NameError>;
    type SerializeTupleVariant = Impossible<&'static str, NameError>;
    type SerializeMap = Impossible<&'static str, NameError>;
    type SerializeStruct = Impossible<&'static str, NameError>;
    type SerializeStructVariant = Impossible<&'static str, NameError>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NameError> {
        Ok(variant)
    }

    refuse! {
        serialize_bool(bool) -> &'static str;
        serialize_i8(i8) -> &'static str;
        serialize_i16(i16) -> &'static str;
        serialize_i32(i32) -> &'static str;
        serialize_i64(i64) -> &'static str;
        serialize_u8(u8) -> &'static str;
        serialize_u16(u16) -> &'static str;
        serialize_u32(u32) -> &'static str;
        serialize_u64(u64) -> &'static str;
        serialize_f32(f32) -> &'static str;
        serialize_f64(f64) -> &'static str;
        serialize_char(char) -> &'static str;
        serialize_str(&str) -> &'static str;
        serialize_bytes(&[u8]) -> &'static str;
        serialize_none() -> &'static str;
        serialize_unit() -> &'static str;
        serialize_unit_struct(&'static str) -> &'static str;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<&'static str, NameError> {
        Err(NameError { expected: &[] })
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NameError> {
        Err(NameError { expected: &[] })
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NameError> {
        Err(NameError { expected: &[] })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    /// Walks every name the enum accepts: `as_str`, `Display` and serde agree on it, and
    /// `FromStr` reads it back. Returns how many names there are.
    pub(super) fn check_names<T>(as_str: fn(&T) -> &'static str) -> Result<usize, String>
    where
        T: FromStr<Err = ParseNameError>
            + fmt::Display
            + fmt::Debug
            + PartialEq
            + Serialize
            + DeserializeOwned,
    {
        let names = match "\u{0}".parse::<T>() {
            Ok(value) => return Err(format!("a NUL reads as {value:?}")),
            Err(e) => e.expected(),
        };
        if names.is_empty() {
            return Err("serde names no variant".to_owned());
        }
        for &name in names {
            let value: T = name.parse().map_err(|e| format!("{name}: {e}"))?;
            let json = serde_json::to_value(&value).map_err(|e| e.to_string())?;
            let back: T = serde_json::from_value(Value::from(name)).map_err(|e| e.to_string())?;
            if as_str(&value) != name || value.to_string() != name || json != name || back != value
            {
                return Err(format!(
                    "{name}: as_str {:?}, Display {:?}, JSON {json}",
                    as_str(&value),
                    value.to_string()
                ));
            }
        }
        Ok(names.len())
    }

    #[test]
    fn every_name_of_every_plain_enum_is_its_serde_name_and_reads_back() {
        let mut failures = Vec::new();
        let mut names = 0;
        for (ty, check) in every_plain_enum() {
            match check() {
                Ok(n) => names += n,
                Err(e) => failures.push(format!("{ty}: {e}")),
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
        assert!(names > 300, "only {names} names were walked");
    }

    /// Whether a schema is an enum of plain strings, as schemars writes one: `enum`, or a
    /// `oneOf` of `const`s (one per documented variant).
    fn is_string_enum(schema: &Value) -> bool {
        let plain = |s: &Value| {
            s.get("type") == Some(&Value::from("string"))
                && s.get("enum").is_some_and(Value::is_array)
                || s.get("const").is_some_and(Value::is_string)
        };
        plain(schema)
            || schema
                .get("oneOf")
                .and_then(Value::as_array)
                .is_some_and(|variants| variants.iter().all(plain))
    }

    #[test]
    fn every_string_enum_of_the_exported_schemas_has_its_names() {
        let listed: Vec<&str> = every_plain_enum().into_iter().map(|(ty, _)| ty).collect();
        let mut missing = Vec::new();
        for (file, schema) in crate::schema::all() {
            let value = serde_json::to_value(&schema).unwrap();
            let Some(defs) = value.get("$defs").and_then(Value::as_object) else {
                continue;
            };
            for (name, def) in defs {
                // A country code is a newtype with its own `FromStr` (`ParseCountryError`).
                if is_string_enum(def) && name != "Country" && !listed.contains(&name.as_str()) {
                    missing.push(format!("{name} (in {file})"));
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "add to `plain_names!`: {missing:#?}");
    }

    #[test]
    fn an_unknown_name_is_refused_with_the_names_expected() {
        let err = "adequate".parse::<crate::Severity>().unwrap_err();
        assert_eq!(err.kind(), "severity");
        assert_eq!(err.value(), "adequate");
        assert_eq!(err.expected(), ["error", "warning"]);
        assert_eq!(
            err.to_string(),
            "`adequate` is not a severity: expected one of `error`, `warning`"
        );
    }

    #[test]
    fn a_name_is_read_exactly_not_by_case_or_rust_name() {
        assert!("Erase".parse::<RetentionAction>().is_err());
        assert!("erase ".parse::<RetentionAction>().is_err());
        assert!("NotMade".parse::<Objection>().is_err());
        assert_eq!("none".parse::<Objection>(), Ok(Objection::NotMade));
        assert_eq!(Objection::NotMade.as_str(), "none");
    }
}
