//! Categories of data subjects.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A category of data subjects (customers, employees, applicants, pupils, …), declared once
/// in a [`Policy`](crate::Policy) and referred to by id from its activities.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a data subject category object")]
pub struct DataSubjectCategory {
    /// Unique id within the policy.
    pub id: String,
    /// A name a reader of the notice would recognise.
    pub name: String,
    /// Whether this category includes children. The GDPR gives children's data specific
    /// protection (recital 38; Art. 6(1)(f), 8, 17(1)(f)). Absent means `false`.
    #[serde(default)]
    pub children: bool,
    /// Whether this category consists of persons in a position of vulnerability: patients,
    /// employees towards their employer, persons in debt counselling or social assistance,
    /// asylum seekers and newcomers, the elderly (recital 75; EDPB Guidelines 9/2022, IV.B).
    /// A breach of their data weighs heavier. Absent means `false`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vulnerable: bool,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
