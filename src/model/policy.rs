//! The policy document: a controller, its processing activities and its public commitments.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Controller, DataCategory, DataSubjectCategory, ProcessingActivity, PublishedNotice, Recipient,
};
use crate::Citation;

/// A controller's data protection policy: in substance its record of processing activities
/// (Art. 30) plus the promises its privacy notice makes.
///
/// Data subject categories, data categories and recipients are declared once and referred to
/// by id from the activities. Load one from JSON with [`Policy::from_json`](crate::Policy::from_json),
/// check it with [`validate`](crate::validate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a policy object")]
pub struct Policy {
    /// Who is responsible.
    pub controller: Controller,
    /// The categories of data subjects.
    #[serde(default)]
    pub data_subjects: Vec<DataSubjectCategory>,
    /// The categories of personal data.
    pub data_categories: Vec<DataCategory>,
    /// The recipients data are disclosed to.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// The processing activities.
    pub activities: Vec<ProcessingActivity>,
    /// What the controller publicly promises; validation and the assessments hold it to
    /// them.
    #[serde(default)]
    pub commitments: Vec<PublicCommitment>,
    /// Where the privacy notice this policy encodes is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// What the published notice states, element by element, for
    /// [`audit_notice`](crate::notice::audit_notice) to compare with Art. 13, 14 and the
    /// policy. Absent when it has not been recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_notice: Option<PublishedNotice>,
}

/// A promise made in the privacy notice, with the sentence that makes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a public commitment object")]
pub struct PublicCommitment {
    /// What is promised.
    pub commitment: Commitment,
    /// The sentence of the privacy notice that makes the promise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A promise a controller can make and be held to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Commitment {
    /// No personal data leave the European Economic Area.
    NoTransfersOutsideEea,
    /// No personal data leave the European Union (stricter: Iceland, Liechtenstein and
    /// Norway are outside it).
    NoTransfersOutsideEu,
    /// No solely automated decisions with legal or similarly significant effects.
    NoAutomatedDecisions,
    /// No profiling.
    NoProfiling,
}

impl Commitment {
    /// A clause describing the promise, in English: "no profiling takes place". A shortcut
    /// for [`Language::commitment`](crate::explain::Language::commitment).
    pub fn describe(self) -> &'static str {
        crate::explain::Language::English.commitment(self)
    }

    /// The principle a broken promise offends: fair and transparent processing
    /// (Art. 5(1)(a)), as the notice no longer tells the truth (Art. 12(1)).
    pub const fn citation(self) -> Citation {
        Citation::article(5).paragraph(1).point('a')
    }
}

impl Policy {
    /// A policy of `controller` that declares nothing yet: add its data subjects, data
    /// categories, recipients and activities.
    ///
    /// ```
    /// use gdpr::{Controller, ControllerKind, Policy};
    ///
    /// let policy = Policy::new(Controller::new(
    ///     "Voorbeeldwinkel B.V.",
    ///     ControllerKind::Private,
    ///     "NL".parse().unwrap(),
    /// ));
    /// assert!(policy.activities.is_empty());
    /// ```
    pub fn new(controller: Controller) -> Policy {
        Policy {
            controller,
            data_subjects: Vec::new(),
            data_categories: Vec::new(),
            recipients: Vec::new(),
            activities: Vec::new(),
            commitments: Vec::new(),
            notice: None,
            published_notice: None,
        }
    }

    /// The data category with this id.
    pub fn data_category(&self, id: &str) -> Option<&DataCategory> {
        self.data_categories.iter().find(|c| c.id == id)
    }

    /// The recipient with this id.
    pub fn recipient(&self, id: &str) -> Option<&Recipient> {
        self.recipients.iter().find(|r| r.id == id)
    }

    /// The activity with this id.
    pub fn activity(&self, id: &str) -> Option<&ProcessingActivity> {
        self.activities.iter().find(|a| a.id == id)
    }

    /// The data categories of an activity that resolve (dangling ids are skipped here and
    /// reported by validation).
    pub fn categories_of<'a>(
        &'a self,
        activity: &'a ProcessingActivity,
    ) -> impl Iterator<Item = &'a DataCategory> + 'a {
        activity
            .data_categories
            .iter()
            .filter_map(move |id| self.data_category(id))
    }

    /// The recipients of an activity that resolve.
    pub fn recipients_of<'a>(
        &'a self,
        activity: &'a ProcessingActivity,
    ) -> impl Iterator<Item = &'a Recipient> + 'a {
        activity
            .recipients
            .iter()
            .filter_map(move |id| self.recipient(id))
    }
}
