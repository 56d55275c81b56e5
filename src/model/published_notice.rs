//! What the controller's published privacy notice says (Art. 12–14), as read from it.
//!
//! The policy is what the organisation does; the published notice is what it tells people.
//! Recording the second beside the first lets [`audit_notice`](crate::notice::audit_notice)
//! compare them: an element Art. 13 or 14 requires that the notice leaves out, a right it does
//! not list, a promise the policy breaks.
//!
//! The section is read from the notice as a whole: an element that is absent here is one the
//! notice does not state. Each statement carries the sentence it was read from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{DataSubjectRight, Period};

/// The statements of a published privacy notice, element by element. Absent means the notice
/// does not state the element.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a published notice object")]
pub struct PublishedNotice {
    /// The identity and contact details of the controller (Art. 13(1)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controller_contact: Option<Statement>,
    /// The contact details of the data protection officer (Art. 13(1)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo_contact: Option<Statement>,
    /// The purposes and the legal basis of each (Art. 13(1)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purposes_and_bases: Option<Statement>,
    /// The legitimate interests pursued (Art. 13(1)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interests: Option<Statement>,
    /// The recipients or categories of recipients (Art. 13(1)(e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<RecipientsStatement>,
    /// What the notice says of transfers outside the EU or the EEA (Art. 13(1)(f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfers: Option<TransfersStatement>,
    /// The retention period or the criteria for it (Art. 13(2)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Statement>,
    /// The rights the notice lists (Art. 13(2)(b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rights: Vec<RightStatement>,
    /// What the notice says the subject receives on a request for access (Art. 15(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessStatement>,
    /// Within what time the notice says requests are answered (Art. 12(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_time: Option<ResponseTimeStatement>,
    /// The right to withdraw consent at any time (Art. 13(2)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_of_consent: Option<Statement>,
    /// The right to lodge a complaint with a supervisory authority (Art. 13(2)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<Statement>,
    /// Whether providing the data is required, and the consequences of not providing them
    /// (Art. 13(2)(e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Statement>,
    /// What the notice says of solely automated decisions (Art. 13(2)(f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_decisions: Option<AutomatedDecisionsStatement>,
    /// The categories of data obtained from another source (Art. 14(1)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories_of_data: Option<Statement>,
    /// The sources of data obtained elsewhere (Art. 14(2)(f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources_of_data: Option<Statement>,
}

impl PublishedNotice {
    /// Every statement recorded, in the order of the fields, each with its field name (a
    /// right with its index: `rights[0]`) and the sentence it was read from.
    pub fn statements(&self) -> Vec<(String, &str)> {
        fn plain<'a>(field: &str, s: &'a Option<Statement>) -> Option<(String, &'a str)> {
            s.as_ref().map(|s| (field.to_owned(), s.source.as_str()))
        }
        let mut out: Vec<(String, &str)> = Vec::new();
        out.extend(plain("controller_contact", &self.controller_contact));
        out.extend(plain("dpo_contact", &self.dpo_contact));
        out.extend(plain("purposes_and_bases", &self.purposes_and_bases));
        out.extend(plain("legitimate_interests", &self.legitimate_interests));
        if let Some(r) = &self.recipients {
            out.push(("recipients".to_owned(), r.source.as_str()));
        }
        if let Some(t) = &self.transfers {
            out.push(("transfers".to_owned(), t.source.as_str()));
        }
        out.extend(plain("retention", &self.retention));
        for (i, r) in self.rights.iter().enumerate() {
            out.push((format!("rights[{i}]"), r.source.as_str()));
        }
        if let Some(a) = &self.access {
            out.push(("access".to_owned(), a.source.as_str()));
        }
        if let Some(r) = &self.response_time {
            out.push(("response_time".to_owned(), r.source.as_str()));
        }
        out.extend(plain("withdrawal_of_consent", &self.withdrawal_of_consent));
        out.extend(plain("complaint", &self.complaint));
        out.extend(plain("provision", &self.provision));
        if let Some(a) = &self.automated_decisions {
            out.push(("automated_decisions".to_owned(), a.source.as_str()));
        }
        out.extend(plain("categories_of_data", &self.categories_of_data));
        out.extend(plain("sources_of_data", &self.sources_of_data));
        out
    }
}

/// A statement of the notice, with the sentence it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a statement object")]
pub struct Statement {
    /// The sentence of the notice, in its own language.
    pub source: String,
}

/// What the notice says of the recipients.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a recipients statement object")]
pub struct RecipientsStatement {
    /// Whether the notice says data are not disclosed to third parties (Art. 4(10): anyone
    /// other than the subject, the controller, its processors and those authorised by them).
    #[serde(default)]
    pub no_third_parties: bool,
    /// The sentence of the notice.
    pub source: String,
}

/// What the notice promises about transfers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfers statement object")]
pub struct TransfersStatement {
    /// The promise.
    pub promise: TransferPromise,
    /// The sentence of the notice.
    pub source: String,
}

/// What a notice promises about data leaving Europe.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TransferPromise {
    /// No personal data leave the European Union.
    NoneOutsideEu,
    /// No personal data leave the European Economic Area.
    NoneOutsideEea,
    /// Data may leave the EEA, with an adequacy decision or appropriate safeguards, which the
    /// notice names (Art. 13(1)(f)).
    WithSafeguards,
}

/// A right the notice lists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a right statement object")]
pub struct RightStatement {
    /// The right.
    pub right: DataSubjectRight,
    /// The sentence of the notice.
    pub source: String,
}

/// What the notice says a subject receives on a request for access.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an access statement object")]
pub struct AccessStatement {
    /// A copy of the data, or an overview of them.
    pub form: AccessForm,
    /// The sentence of the notice.
    pub source: String,
}

/// What a subject receives on a request for access.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AccessForm {
    /// A copy of the personal data undergoing processing (Art. 15(3)).
    Copy,
    /// An overview or summary of the data.
    Overview,
}

/// Within what time the notice says requests are answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a response time statement object")]
pub struct ResponseTimeStatement {
    /// The period, as an ISO 8601 period (`P1M`, `P30D`).
    pub period: Period,
    /// The sentence of the notice.
    pub source: String,
}

/// What the notice says of solely automated decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an automated decisions statement object"
)]
pub struct AutomatedDecisionsStatement {
    /// Whether the notice says such decisions are taken (and describes them).
    pub taken: bool,
    /// The sentence of the notice.
    pub source: String,
}
