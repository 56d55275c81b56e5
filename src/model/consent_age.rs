//! The age of digital consent under Art. 8(1): 16, unless a Member State set a lower age, not
//! below 13.

use std::collections::BTreeMap;

use super::Country;
use crate::Citation;

/// The age from which a child may consent alone to an information society service offered
/// directly to them, per Member State (Art. 8(1)). Below it, consent must be given or
/// authorised by the holder of parental responsibility.
///
/// The built-in table holds the states this crate's users are in — Belgium (13, Law of 30 July
/// 2018, Art. 7) and the Netherlands (16, the Regulation's own age, kept by the Uitvoeringswet
/// AVG, Art. 5). Add others with [`ConsentAges::with`]. A state not in the table gets the
/// Regulation's age of 16: the higher age protects more children, so an unknown state fails
/// closed.
///
/// # Examples
///
/// ```
/// use gdpr::ConsentAges;
///
/// let ages = ConsentAges::builtin().with("FR".parse().unwrap(), 15);
/// assert_eq!(ages.age(&"BE".parse().unwrap()), 13);
/// assert_eq!(ages.age(&"FR".parse().unwrap()), 15);
/// assert_eq!(ages.age(&"DE".parse().unwrap()), 16); // not in the table: the Regulation's age
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentAges(BTreeMap<Country, u8>);

impl ConsentAges {
    /// The age Art. 8(1) sets when a Member State provides no lower one.
    pub const DEFAULT: u8 = 16;
    /// The lowest age a Member State may set (Art. 8(1), second subparagraph).
    pub const MINIMUM: u8 = 13;

    /// Belgium and the Netherlands.
    pub fn builtin() -> ConsentAges {
        let mut table = BTreeMap::new();
        table.insert(Country::from_known("BE"), 13);
        table.insert(Country::from_known("NL"), 16);
        ConsentAges(table)
    }

    /// The table with `country` at `age`, clamped to the range Art. 8(1) allows (13 to 16).
    pub fn with(mut self, country: Country, age: u8) -> ConsentAges {
        self.0
            .insert(country, age.clamp(Self::MINIMUM, Self::DEFAULT));
        self
    }

    /// The age of digital consent in `country`.
    pub fn age(&self, country: &Country) -> u8 {
        self.0.get(country).copied().unwrap_or(Self::DEFAULT)
    }

    /// Whether the table has an age of its own for `country`.
    pub fn knows(&self, country: &Country) -> bool {
        self.0.contains_key(country)
    }

    /// Art. 8(1).
    pub const fn citation() -> Citation {
        Citation::article(8).paragraph(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgium_chose_13_and_the_netherlands_kept_16() {
        let ages = ConsentAges::builtin();
        assert_eq!(ages.age(&Country::from_known("BE")), 13);
        assert_eq!(ages.age(&Country::from_known("NL")), 16);
        assert!(!ages.knows(&Country::from_known("DE")));
        assert_eq!(ages.age(&Country::from_known("DE")), 16);
    }

    #[test]
    fn a_member_state_may_not_go_below_13_or_above_16() {
        let ages = ConsentAges::builtin()
            .with(Country::from_known("DK"), 12)
            .with(Country::from_known("FR"), 18);
        assert_eq!(ages.age(&Country::from_known("DK")), 13);
        assert_eq!(ages.age(&Country::from_known("FR")), 16);
    }
}
