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
///
/// A rule is one of two different facts, told apart by [`kind`](RetentionRule::kind): a
/// **maximum** ("no longer than …", storage limitation under Art. 5(1)(e)) only ever limits
/// how long data may be kept; a **legal duty to keep** ("must be kept for at least …", a named
/// law covering named data) is what grounds the Art. 17(3)(b) exception to erasure, for the
/// data categories it names and until its period ends.
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
    /// Whether the rule is a maximum or a legal duty to keep. Absent means not stated: a rule
    /// that names no law is then a maximum (only a law can impose a duty to keep); a rule that
    /// names a law might be either, and an erasure that turns on it asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<RetentionKind>,
    /// The law that sets the period: the law imposing the duty to keep, or the law whose
    /// period the maximum follows (e.g. Art. 52 AWR).
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

    /// Whether the rule is a legal duty to keep: `Some(true)` when it says so, `Some(false)`
    /// for a maximum (stated, or a rule that names no law), `None` when a law is named but
    /// not whether it sets a maximum or a duty.
    pub fn is_legal_duty(&self) -> Option<bool> {
        match (self.kind, &self.legal_reference) {
            (Some(kind), _) => Some(kind == RetentionKind::LegalDuty),
            (None, None) => Some(false),
            (None, Some(_)) => None,
        }
    }
}

/// What a retention rule is: a ceiling on storage, or a law's duty to keep.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RetentionKind {
    /// Storage limitation (Art. 5(1)(e)): the data are erased (or anonymised, archived) at the
    /// latest when the period ends. A maximum never keeps data an erasure request reaches.
    Maximum,
    /// A law requires the data categories the rule names to be kept for the period (e.g. the
    /// seven-year fiscal duty of Art. 52 AWR for the accounts): erasure is not required for
    /// them until it ends (Art. 17(3)(b)).
    LegalDuty,
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
