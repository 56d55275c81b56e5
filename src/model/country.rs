//! Countries (ISO 3166-1 alpha-2) and the European Economic Area.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A country or territory, by its ISO 3166-1 alpha-2 code (`BE`, `NL`, `US`).
///
/// Only officially assigned codes are accepted. The EU's own abbreviations `EL` (Greece) and
/// `UK` (United Kingdom) are not ISO codes: use `GR` and `GB`.
///
/// # Examples
///
/// ```
/// use gdpr::Country;
///
/// let be: Country = "BE".parse().unwrap();
/// assert!(be.is_eea());
/// assert!(!"US".parse::<Country>().unwrap().is_eea());
/// assert!("USA".parse::<Country>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country([u8; 2]);

/// Every officially assigned ISO 3166-1 alpha-2 code, sorted.
const ASSIGNED: &str = "\
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ \
EC EE EG EH ER ES ET \
FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
HK HM HN HR HT HU \
ID IE IL IM IN IO IQ IR IS IT \
JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ \
LA LB LC LI LK LR LS LT LU LV LY \
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
NA NC NE NF NG NI NL NO NP NR NU NZ \
OM \
PA PE PF PG PH PK PL PM PN PR PS PT PW PY \
QA \
RE RO RS RU RW \
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ \
UA UG UM US UY UZ \
VA VC VE VG VI VN VU \
WF WS \
YE YT \
ZA ZM ZW";

/// The 27 Member States of the European Union.
const EU_MEMBER_STATES: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Territories with an ISO code of their own that are part of the Union: the outermost
/// regions of Art. 349 and 355(1) TFEU (French Guiana, Guadeloupe, Martinique, Réunion,
/// Mayotte, Saint-Martin) and the Åland Islands (Art. 355(4) TFEU).
const EU_TERRITORIES: [&str; 7] = ["AX", "GF", "GP", "MF", "MQ", "RE", "YT"];

/// The EEA EFTA States, to which the GDPR applies through the EEA Agreement.
const EEA_EFTA_STATES: [&str; 3] = ["IS", "LI", "NO"];

/// A set of country codes as a bit table indexed by the two letters, so that membership is
/// one shift and one mask on the decision path.
type CodeSet = [u64; 11];

#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an out-of-range index fails the build"
)]
const fn code_set(lists: &[&[&str]]) -> CodeSet {
    let mut set = [0u64; 11];
    let mut l = 0;
    while l < lists.len() {
        let codes = lists[l];
        let mut i = 0;
        while i < codes.len() {
            let b = codes[i].as_bytes();
            let index = (b[0] - b'A') as usize * 26 + (b[1] - b'A') as usize;
            set[index / 64] |= 1 << (index % 64);
            i += 1;
        }
        l += 1;
    }
    set
}

const EU_SET: CodeSet = code_set(&[&EU_MEMBER_STATES, &EU_TERRITORIES]);
const EEA_SET: CodeSet = code_set(&[&EU_MEMBER_STATES, &EU_TERRITORIES, &EEA_EFTA_STATES]);

impl Country {
    #[inline]
    fn in_set(&self, set: &CodeSet) -> bool {
        let index = usize::from(self.0[0].wrapping_sub(b'A')) * 26
            + usize::from(self.0[1].wrapping_sub(b'A'));
        set.get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    /// Whether this is the country with the two-letter `code`, compared as bytes (hot paths).
    #[inline]
    pub(crate) fn is(&self, code: &[u8; 2]) -> bool {
        self.0 == *code
    }

    /// The two-letter code.
    pub fn code(&self) -> &str {
        // The bytes are validated ASCII letters on construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Whether this country or territory is part of the European Union.
    #[inline]
    pub fn is_eu(&self) -> bool {
        self.in_set(&EU_SET)
    }

    /// Whether this country or territory is in the European Economic Area, where the GDPR
    /// applies and Chapter V transfer rules do not (EU-27, its outermost regions and Åland,
    /// plus Iceland, Liechtenstein and Norway).
    #[inline]
    pub fn is_eea(&self) -> bool {
        self.in_set(&EEA_SET)
    }

    /// Every EU Member State, in code order.
    pub fn eu_member_states() -> impl Iterator<Item = Country> {
        EU_MEMBER_STATES.iter().map(|c| Country::from_known(c))
    }

    /// Builds a country from a code known at compile time to be assigned.
    pub(crate) const fn from_bytes(code: [u8; 2]) -> Country {
        Country(code)
    }

    /// Builds a country from a code known to be assigned (a constant of this crate).
    pub(crate) fn from_known(code: &str) -> Country {
        let b = code.as_bytes();
        Country([
            b.first().copied().unwrap_or(b'?'),
            b.get(1).copied().unwrap_or(b'?'),
        ])
    }
}

/// The error returned for a string that is not an assigned ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not an ISO 3166-1 alpha-2 code{hint}")]
pub struct ParseCountryError {
    input: String,
    hint: &'static str,
}

impl FromStr for Country {
    type Err = ParseCountryError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hint = match s {
            "UK" => " (the United Kingdom is `GB`)",
            "EL" => " (Greece is `GR`)",
            _ if s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase()) => {
                " (codes are upper case)"
            }
            _ => "",
        };
        let assigned = s.len() == 2
            && s.bytes().all(|b| b.is_ascii_uppercase())
            && ASSIGNED.split(' ').any(|c| c == s);
        if assigned {
            Ok(Country::from_known(s))
        } else {
            Err(ParseCountryError {
                input: s.to_owned(),
                hint,
            })
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Country {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Country".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = ASSIGNED.split(' ').collect();
        schemars::json_schema!({
            "type": "string",
            "description": "An officially assigned ISO 3166-1 alpha-2 country code.",
            "enum": codes
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iso_list_has_the_249_assigned_codes_in_order() {
        let codes: Vec<&str> = ASSIGNED.split(' ').collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_eea_is_eu_27_plus_iceland_liechtenstein_norway() {
        let eea_states = ASSIGNED
            .split(' ')
            .filter_map(|c| c.parse::<Country>().ok())
            .filter(|c| c.is_eea() && !EU_TERRITORIES.contains(&c.code()))
            .count();
        assert_eq!(eea_states, 30);
        for code in ["IS", "LI", "NO", "BE", "NL", "GR", "RE"] {
            assert!(
                code.parse::<Country>().map(|c| c.is_eea()) == Ok(true),
                "{code}"
            );
        }
        for code in ["CH", "GB", "US", "FO", "GL", "GI", "BL"] {
            assert!(
                code.parse::<Country>().map(|c| c.is_eea()) == Ok(false),
                "{code}"
            );
        }
    }

    #[test]
    fn norway_is_eea_but_not_eu() {
        let no: Country = "NO".parse().unwrap_or(Country::from_known("BE"));
        assert!(no.is_eea());
        assert!(!no.is_eu());
    }

    #[test]
    fn rejects_eu_abbreviations_with_a_hint() {
        let err = "UK".parse::<Country>().err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("`UK` is not an ISO 3166-1 alpha-2 code (the United Kingdom is `GB`)")
        );
        assert!("EL".parse::<Country>().is_err());
        assert!("be".parse::<Country>().is_err());
        assert!("XX".parse::<Country>().is_err());
        assert!("USA".parse::<Country>().is_err());
    }
}
