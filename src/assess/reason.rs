//! Reasons and open questions: how every decision explains itself.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Citation;

/// One step of a decision's reasoning: the provision it applies and what it means here, in a
/// sentence a DPO could show an auditor.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a reason object")]
pub struct Reason {
    /// The provision applied.
    pub citation: Citation,
    /// What it means for this case.
    pub text: Cow<'static, str>,
}

impl Reason {
    /// A reason with a fixed text.
    pub const fn fixed(citation: Citation, text: &'static str) -> Reason {
        Reason {
            citation,
            text: Cow::Borrowed(text),
        }
    }

    /// A reason with a text built for the case.
    pub fn new(citation: Citation, text: impl Into<Cow<'static, str>>) -> Reason {
        Reason {
            citation,
            text: text.into(),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.text, self.citation)
    }
}

/// A fact the law turns on that the request did not give: the decision is "needs review"
/// until someone answers it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an open question object")]
pub struct OpenQuestion {
    /// The request or policy field that answers it, e.g. `overriding_legitimate_grounds`.
    pub field: Cow<'static, str>,
    /// The question, in words.
    pub question: Cow<'static, str>,
    /// The provision that makes the fact matter.
    pub citation: Citation,
}

impl OpenQuestion {
    /// An open question with fixed texts.
    pub const fn fixed(field: &'static str, question: &'static str, citation: Citation) -> Self {
        OpenQuestion {
            field: Cow::Borrowed(field),
            question: Cow::Borrowed(question),
            citation,
        }
    }
}

impl fmt::Display for OpenQuestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (`{}`, {})", self.question, self.field, self.citation)
    }
}
