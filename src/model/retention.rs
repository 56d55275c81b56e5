//! Retention rules: how long data are kept and what happens then (Art. 5(1)(e), 13(2)(a)).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Period;

/// How long data of an activity are kept, counted from which event, and what happens when
/// the period is over.
///
/// A notice may state a period (`P7Y` from the end of the financial year) or, where that is
/// not possible, the criteria used to determine it (Art. 13(2)(a)); a rule with neither is
/// reported by validation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a retention rule object")]
pub struct RetentionRule {
    /// The ids of the data categories the rule applies to; empty means every category of the
    /// activity.
    #[serde(default)]
    pub data_categories: Vec<String>,
    /// The retention period, as an ISO 8601 period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The event the period runs from; required with a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<RetentionTrigger>,
    /// What happens when the period is over.
    pub then: RetentionAction,
    /// The law that sets the period, if it is a legal duty (e.g. Art. 52 AWR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_reference: Option<String>,
    /// The criteria used to determine the period, where no fixed period is stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<String>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl RetentionRule {
    /// Whether the rule applies to the data category `id` (an empty list means all).
    pub fn applies_to(&self, id: &str) -> bool {
        self.data_categories.is_empty() || self.data_categories.iter().any(|c| c == id)
    }
}

/// The event a retention period runs from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RetentionTrigger {
    /// The day the data were collected.
    Collection,
    /// The end of the contract with the data subject.
    EndOfContract,
    /// The end of the relationship (membership, guidance, course) with the data subject.
    EndOfRelationship,
    /// The last contact with the data subject.
    LastContact,
    /// The withdrawal of consent.
    ConsentWithdrawn,
    /// The closing of the file or case.
    FileClosed,
    /// The end of the financial year in which the record was made (fiscal retention duties).
    EndOfFinancialYear,
}

/// What happens to data when their retention period is over.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RetentionAction {
    /// Erase the data.
    Erase,
    /// Anonymise them, so they are no longer personal data (recital 26).
    Anonymise,
    /// Transfer them to an archive in the public interest (Art. 89(1)).
    Archive,
}
