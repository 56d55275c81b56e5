//! The parameters a sentence needs: ids, dates, the law's name.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{
    DataSubjectRight, FindingCode, InformationExemption, RetentionAction, RetentionTrigger,
    RightCondition,
};

/// What a code's sentence refers to. Every field is optional: a code uses the ones its
/// sentence needs, and the rest stay absent (and are not written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a parameters object")]
pub struct Params {
    /// An activity id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// A purpose id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// A data category id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_category: Option<String>,
    /// A recipient id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// The name of a law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// A date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// What happens to data when a period ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<RetentionAction>,
    /// The event a retention period runs from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<RetentionTrigger>,
    /// A right of the data subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<DataSubjectRight>,
    /// A condition of a right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<RightCondition>,
    /// An exemption of Art. 14(5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<InformationExemption>,
    /// Findings of the record a sentence names, each with the id it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<FindingOn>,
    /// Fact fields a sentence names, e.g. `needed_for_legal_claims`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// Free text that is the subject of the sentence, in the language of the policy (a
    /// legitimate interest, the words of a notice), never a sentence of the library's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Params {
    /// No parameters.
    pub fn is_empty(&self) -> bool {
        *self == Params::default()
    }
}

/// A finding of validation about one element of the record, named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a finding reference object")]
pub struct FindingOn {
    /// What validation found.
    pub code: FindingCode,
    /// The id of the purpose or data category concerned.
    pub id: String,
}
