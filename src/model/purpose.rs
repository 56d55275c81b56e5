//! Purposes of processing and the facts the law keys on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::LegalBasis;
use crate::Citation;

/// A purpose of processing with its lawful basis.
///
/// The flags are the facts on which rights and duties turn: direct marketing makes the
/// objection of Art. 21(2) absolute; profiling must be disclosed; a solely automated
/// decision with legal or similarly significant effects is prohibited unless Art. 22(2)
/// applies; archiving, research or statistics under Art. 89(1) change erasure (17(3)(d)) and
/// objection (21(6)); an information society service offered directly to children brings in
/// Art. 8 and 17(1)(f). Flags that are absent mean `false`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a purpose object")]
#[non_exhaustive]
pub struct Purpose {
    /// Unique id within its activity.
    pub id: String,
    /// What the data are used for, in words a data subject understands.
    pub description: String,
    /// The Art. 6(1) basis; absent when the notice does not state one (validation reports
    /// it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// The ids of the activity's data categories this purpose needs. Empty means not stated:
    /// the purpose of a single-purpose activity needs all its data; in an activity with
    /// several purposes it is then unknown which data serve which purpose, and the
    /// assessments ask where it decides the answer (an Art. 17(3)(b) exception covers only the
    /// data the legal obligation or public task needs; withdrawing consent erases only data no
    /// other purpose needs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_categories: Vec<String>,
    /// Processing for direct marketing purposes (Art. 21(2)).
    #[serde(default)]
    pub direct_marketing: bool,
    /// Profiling within the meaning of Art. 4(4).
    #[serde(default)]
    pub profiling: bool,
    /// A decision based solely on automated processing that produces legal effects or
    /// similarly significantly affects the subject (Art. 22(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_decision: Option<AutomatedDecision>,
    /// Archiving in the public interest, research or statistics under Art. 89(1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archiving_or_research: Option<Art89Purpose>,
    /// An information society service offered directly to a child (Art. 8(1)).
    #[serde(default)]
    pub offered_to_children: bool,
    /// For a public authority: the processing is not carried out in the performance of its
    /// tasks (say, as a party to a private-law contract), so the last sentence of Art. 6(1)
    /// does not bar legitimate interests. Absent means `false`: a public authority's purposes
    /// are taken to be its tasks.
    #[serde(default)]
    pub outside_public_tasks: bool,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Purpose {
    /// A purpose with an id and its description, every other fact unknown or not claimed.
    ///
    /// ```
    /// use gdpr::{LegalBasis, Purpose};
    ///
    /// let newsletter = Purpose::new("newsletter", "a monthly newsletter to customers")
    ///     .legal_basis(LegalBasis::Consent)
    ///     .direct_marketing(true);
    /// assert!(newsletter.direct_marketing);
    /// ```
    pub fn new(id: impl Into<String>, description: impl Into<String>) -> Purpose {
        Purpose {
            id: id.into(),
            description: description.into(),
            legal_basis: None,
            data_categories: Vec::new(),
            direct_marketing: false,
            profiling: false,
            automated_decision: None,
            archiving_or_research: None,
            offered_to_children: false,
            outside_public_tasks: false,
            source: None,
        }
    }
}

crate::setters::setters!(Purpose {
    some legal_basis: LegalBasis,
    set data_categories: Vec<String>,
    set direct_marketing: bool,
    set profiling: bool,
    some automated_decision: AutomatedDecision,
    some archiving_or_research: Art89Purpose,
    set offered_to_children: bool,
    set outside_public_tasks: bool,
    into source: String,
});

/// A solely automated decision with legal or similarly significant effects (Art. 22(1)).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an automated decision object")]
pub struct AutomatedDecision {
    /// The Art. 22(2) ground that permits it; absent when none is stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<AutomatedDecisionGround>,
    /// What the decision is about, for the notice (Art. 13(2)(f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logic: Option<String>,
}

/// The grounds of Art. 22(2) on which a solely automated decision may rest.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AutomatedDecisionGround {
    /// Art. 22(2)(a): necessary for entering into or performing a contract.
    Contract,
    /// Art. 22(2)(b): authorised by Union or Member State law with suitable safeguards.
    AuthorisedByLaw,
    /// Art. 22(2)(c): the data subject's explicit consent.
    ExplicitConsent,
}

impl AutomatedDecisionGround {
    /// The point of Art. 22(2) that defines this ground.
    pub const fn citation(self) -> Citation {
        let point = match self {
            AutomatedDecisionGround::Contract => 'a',
            AutomatedDecisionGround::AuthorisedByLaw => 'b',
            AutomatedDecisionGround::ExplicitConsent => 'c',
        };
        Citation::article(22).paragraph(2).point(point)
    }

    /// Whether Art. 22(3) requires the right to human intervention, to express one's point
    /// of view and to contest the decision: for (a) and (c).
    pub const fn requires_human_intervention(self) -> bool {
        !matches!(self, AutomatedDecisionGround::AuthorisedByLaw)
    }
}

/// The purposes Art. 89(1) privileges.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Art89Purpose {
    /// Archiving purposes in the public interest.
    ArchivingInThePublicInterest,
    /// Scientific or historical research purposes.
    ScientificOrHistoricalResearch,
    /// Statistical purposes.
    Statistics,
}
