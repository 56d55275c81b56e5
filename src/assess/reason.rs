//! Reasons and open questions: how every decision explains itself, as codes.
//!
//! A reason is a [`ReasonCode`], the provision it applies and the [`Params`] its sentence
//! needs; an open question likewise, with the field that answers it. The words come from
//! [`explain`](crate::explain) in the language asked for: a decision is stored and compared as
//! codes, and rendered on request ([`Reason::render`], or the `message` a rendered decision
//! carries in JSON).

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::explain::{Language, Params, ParamsBox, QuestionCode, ReasonCode};
use crate::Citation;

/// One step of a decision's reasoning: what it says, as a code, the provision it applies, and
/// what the sentence needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a reason object")]
#[non_exhaustive]
pub struct Reason {
    /// What the step says.
    pub code: ReasonCode,
    /// The provision applied.
    pub citation: Citation,
    /// What the sentence refers to.
    // Boxed, and only when there are some: a decision moves its reasons several times while
    // it is built, the parameters are nine tenths of their size, and most reasons have none.
    #[serde(default, skip_serializing_if = "no_params")]
    pub params: ParamsBox,
    /// The sentence, when the decision was rendered in a language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Reason {
    /// A reason that needs no parameters.
    pub fn of(code: ReasonCode, citation: Citation) -> Reason {
        Reason {
            code,
            citation,
            params: ParamsBox::default(),
            message: None,
        }
    }

    /// A reason with the parameters its sentence needs.
    pub fn with(code: ReasonCode, citation: Citation, params: Params) -> Reason {
        Reason {
            code,
            citation,
            params: ParamsBox::from(params),
            message: None,
        }
    }

    /// The sentence in `lang`.
    pub fn in_language(&self, lang: Language) -> String {
        lang.reason(self.code, &self.params)
    }

    /// The sentence in English.
    pub fn text(&self) -> String {
        self.in_language(Language::English)
    }

    /// Writes the sentence in `lang` into [`message`](Reason::message).
    pub fn render(&mut self, lang: Language) {
        self.message = Some(self.in_language(lang));
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(message) => write!(f, "{message} ({})", self.citation),
            None => write!(f, "{} ({})", self.text(), self.citation),
        }
    }
}

/// A fact the law turns on that the request or the policy did not give: the decision is
/// "needs review" until someone answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an open question object")]
#[non_exhaustive]
pub struct OpenQuestion {
    /// What is asked.
    pub code: QuestionCode,
    /// The request field that answers it (`overriding_legitimate_grounds`), or the JSON path
    /// of the policy element that does (`activities[0].purposes[1].data_categories`).
    pub field: Cow<'static, str>,
    /// The provision that makes the fact matter.
    pub citation: Citation,
    /// What the sentence refers to.
    // Boxed when there are some, as in `Reason`.
    #[serde(default, skip_serializing_if = "no_params")]
    pub params: ParamsBox,
    /// The question, when the decision was rendered in a language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl OpenQuestion {
    /// A question that needs no parameters.
    pub fn of(code: QuestionCode, field: impl Into<Cow<'static, str>>, citation: Citation) -> Self {
        OpenQuestion {
            code,
            field: field.into(),
            citation,
            params: ParamsBox::default(),
            message: None,
        }
    }

    /// A question with the parameters its sentence needs.
    pub fn with(
        code: QuestionCode,
        field: impl Into<Cow<'static, str>>,
        citation: Citation,
        params: Params,
    ) -> Self {
        OpenQuestion {
            code,
            field: field.into(),
            citation,
            params: ParamsBox::from(params),
            message: None,
        }
    }

    /// The question in `lang`.
    pub fn in_language(&self, lang: Language) -> String {
        lang.question(self.code, &self.params)
    }

    /// The question in English.
    pub fn question(&self) -> String {
        self.in_language(Language::English)
    }

    /// Writes the question in `lang` into [`message`](OpenQuestion::message).
    pub fn render(&mut self, lang: Language) {
        self.message = Some(self.in_language(lang));
    }
}

/// Whether a reason or question has no parameters to write out.
fn no_params(params: &ParamsBox) -> bool {
    params.is_empty()
}

impl fmt::Display for OpenQuestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let question = self.message.clone().unwrap_or_else(|| self.question());
        write!(f, "{question} (`{}`, {})", self.field, self.citation)
    }
}
