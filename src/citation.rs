//! Article citations: `Art. 17(3)(b)`.
//!
//! Every decision and finding in this crate names the provision it rests on. A [`Citation`] is
//! structured (article, paragraph, point, subparagraph, and the instrument) so that callers can
//! group or filter by article, and it serialises as the same stable string it prints.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The legal instrument a [`Citation`] points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Instrument {
    /// Regulation (EU) 2016/679, the General Data Protection Regulation.
    Gdpr,
    /// Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates
    /// and time limits.
    PeriodsRegulation,
}

impl Instrument {
    const PERIODS_SUFFIX: &'static str = " Regulation 1182/71";
}

/// A pinpoint citation of a provision, printed as `Art. 17(3)(b)`.
///
/// Points are the lettered items of a paragraph (`(a)`, `(b)`, …). A subparagraph is printed
/// in words, the way the Official Journal refers to it: `Art. 49(1), second subparagraph`.
/// Citations into Regulation 1182/71 carry the suffix ` Regulation 1182/71`.
///
/// # Examples
///
/// ```
/// use gdpr::Citation;
///
/// let c = Citation::article(17).paragraph(3).point('b');
/// assert_eq!(c.to_string(), "Art. 17(3)(b)");
/// assert_eq!("Art. 17(3)(b)".parse::<Citation>().unwrap(), c);
///
/// let last_sentence = Citation::article(6).paragraph(1).subparagraph(2);
/// assert_eq!(last_sentence.to_string(), "Art. 6(1), second subparagraph");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Citation {
    instrument: Instrument,
    article: u16,
    paragraph: Option<u8>,
    point: Option<char>,
    subparagraph: Option<u8>,
}

impl Citation {
    /// A citation of a whole GDPR article.
    pub const fn article(article: u16) -> Self {
        Citation {
            instrument: Instrument::Gdpr,
            article,
            paragraph: None,
            point: None,
            subparagraph: None,
        }
    }

    /// A citation of an article of Regulation (EEC, Euratom) No 1182/71.
    pub const fn periods_regulation(article: u16) -> Self {
        Citation {
            instrument: Instrument::PeriodsRegulation,
            ..Citation::article(article)
        }
    }

    /// Narrows the citation to a paragraph.
    pub const fn paragraph(self, paragraph: u8) -> Self {
        Citation {
            paragraph: Some(paragraph),
            ..self
        }
    }

    /// Narrows the citation to a lettered point, `'a'` to `'z'`.
    pub const fn point(self, point: char) -> Self {
        Citation {
            point: Some(point),
            ..self
        }
    }

    /// Narrows the citation to a numbered subparagraph (1 = first).
    pub const fn subparagraph(self, subparagraph: u8) -> Self {
        Citation {
            subparagraph: Some(subparagraph),
            ..self
        }
    }

    /// The instrument cited.
    pub const fn instrument(&self) -> Instrument {
        self.instrument
    }

    /// The article number.
    pub const fn article_number(&self) -> u16 {
        self.article
    }

    /// The paragraph number, if the citation is that precise.
    pub const fn paragraph_number(&self) -> Option<u8> {
        self.paragraph
    }

    /// The point letter, if the citation is that precise.
    pub const fn point_letter(&self) -> Option<char> {
        self.point
    }

    /// The subparagraph number, if any.
    pub const fn subparagraph_number(&self) -> Option<u8> {
        self.subparagraph
    }
}

const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "sixth"];

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Art. {}", self.article)?;
        if let Some(p) = self.paragraph {
            write!(f, "({p})")?;
        }
        if let Some(point) = self.point {
            write!(f, "({point})")?;
        }
        if let Some(sub) = self.subparagraph {
            match ORDINALS.get(usize::from(sub).wrapping_sub(1)) {
                Some(word) => write!(f, ", {word} subparagraph")?,
                None => write!(f, ", subparagraph {sub}")?,
            }
        }
        if self.instrument == Instrument::PeriodsRegulation {
            f.write_str(Instrument::PERIODS_SUFFIX)?;
        }
        Ok(())
    }
}

/// The error returned when a string is not a citation in this crate's format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not an article citation such as `Art. 17(3)(b)`")]
pub struct ParseCitationError {
    input: String,
}

impl FromStr for Citation {
    type Err = ParseCitationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseCitationError {
            input: s.to_owned(),
        };
        let (body, instrument) = match s.strip_suffix(Instrument::PERIODS_SUFFIX) {
            Some(body) => (body, Instrument::PeriodsRegulation),
            None => (s, Instrument::Gdpr),
        };
        let body = body.strip_prefix("Art. ").ok_or_else(err)?;
        let (body, subparagraph) = match body.split_once(", ") {
            Some((head, tail)) => {
                let word = tail.strip_suffix(" subparagraph").ok_or_else(err)?;
                let n = ORDINALS.iter().position(|o| *o == word).ok_or_else(err)?;
                (head, Some(u8::try_from(n + 1).map_err(|_| err())?))
            }
            None => (body, None),
        };
        let digits_end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (number, mut rest) = body.split_at(digits_end);
        if number.is_empty() || number.starts_with('0') {
            return Err(err());
        }
        let article: u16 = number.parse().map_err(|_| err())?;
        let mut parts = Vec::new();
        while let Some(stripped) = rest.strip_prefix('(') {
            let close = stripped.find(')').ok_or_else(err)?;
            let (inner, after) = stripped.split_at(close);
            parts.push(inner);
            rest = after.get(1..).ok_or_else(err)?;
        }
        if !rest.is_empty() || parts.len() > 2 {
            return Err(err());
        }
        let mut citation = Citation {
            instrument,
            article,
            paragraph: None,
            point: None,
            subparagraph,
        };
        let mut parts = parts.into_iter();
        if let Some(p) = parts.next() {
            if p.is_empty() || p.starts_with('0') || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            citation.paragraph = Some(p.parse().map_err(|_| err())?);
        }
        if let Some(point) = parts.next() {
            let mut chars = point.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_lowercase() => citation.point = Some(c),
                _ => return Err(err()),
            }
        }
        if citation.point.is_some() && citation.paragraph.is_none() {
            return Err(err());
        }
        Ok(citation)
    }
}

impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Citation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Citation".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An article citation such as `Art. 17(3)(b)` or `Art. 49(1), second subparagraph`; citations of Regulation (EEC, Euratom) No 1182/71 end in ` Regulation 1182/71`.",
            "pattern": "^Art\\. [1-9][0-9]*(\\([1-9][0-9]*\\)(\\([a-z]\\))?)?(, (first|second|third|fourth|fifth|sixth) subparagraph)?( Regulation 1182/71)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_article_paragraph_and_point() {
        assert_eq!(
            Citation::article(17).paragraph(3).point('b').to_string(),
            "Art. 17(3)(b)"
        );
        assert_eq!(Citation::article(87).to_string(), "Art. 87");
        assert_eq!(
            Citation::periods_regulation(3).paragraph(4).to_string(),
            "Art. 3(4) Regulation 1182/71"
        );
    }

    #[test]
    fn prints_subparagraphs_in_words() {
        assert_eq!(
            Citation::article(49)
                .paragraph(1)
                .subparagraph(2)
                .to_string(),
            "Art. 49(1), second subparagraph"
        );
    }

    #[test]
    fn parse_is_the_inverse_of_display() {
        for c in [
            Citation::article(5).paragraph(1).point('e'),
            Citation::article(49).paragraph(1).subparagraph(2),
            Citation::periods_regulation(3).paragraph(2).point('c'),
            Citation::article(77),
        ] {
            assert_eq!(c.to_string().parse::<Citation>(), Ok(c));
        }
    }

    #[test]
    fn rejects_malformed_citations() {
        for bad in [
            "",
            "Art.17",
            "Art. 0",
            "Art. 17(3)(bb)",
            "Art. 17(x)",
            "Art. 17(3)(b)(c)",
            "Art. 17(3) junk",
            "Art. 17, tenth subparagraph",
        ] {
            assert!(bad.parse::<Citation>().is_err(), "{bad} parsed");
        }
    }

    #[test]
    fn serialises_as_the_printed_string() {
        let c = Citation::article(6).paragraph(1).point('f');
        assert_eq!(
            serde_json::to_string(&c).ok().as_deref(),
            Some("\"Art. 6(1)(f)\"")
        );
    }
}
