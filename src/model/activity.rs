//! Processing activities: the entries of an Art. 30 record.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Purpose, RetentionRule, SpecialCategoryCondition, Transfer};

/// One processing activity, as an entry of the record of Art. 30(1): its purposes with their
/// bases, the categories of data subjects and data (by id), the Art. 9(2) conditions, the
/// recipients (by id), the transfers and the retention rules.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a processing activity object")]
pub struct ProcessingActivity {
    /// Unique id within the policy.
    pub id: String,
    /// A name a data subject would recognise.
    pub name: String,
    /// Whether the organisation is the controller of this processing, or a processor acting
    /// for its clients (who then answer for its lawfulness). Absent means `controller`.
    #[serde(default)]
    pub acting_as: Capacity,
    /// The purposes, each with its Art. 6(1) basis.
    pub purposes: Vec<Purpose>,
    /// The ids of the categories of data subjects.
    pub data_subjects: Vec<String>,
    /// The ids of the categories of personal data.
    pub data_categories: Vec<String>,
    /// The Art. 9(2) conditions relied on for special categories of data.
    #[serde(default)]
    pub special_category_conditions: Vec<SpecialCategoryCondition>,
    /// For data on criminal convictions and offences: the official authority or the Union
    /// or Member State law that authorises the processing (Art. 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criminal_data_authorisation: Option<String>,
    /// For national identification numbers: the Member State law that allows their use
    /// (Art. 87), e.g. the Wet algemene bepalingen burgerservicenummer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_number_law: Option<String>,
    /// Whether the processing is carried out by automated means (Art. 20(1)(b)). Absent
    /// when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_means: Option<bool>,
    /// Whether the subject must provide the data, and what happens if they do not
    /// (Art. 13(2)(e)). Absent when the notice does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Provision>,
    /// The ids of the recipients the data are disclosed to.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// The transfers to third countries or international organisations, with their ground.
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// How long the data are kept.
    #[serde(default)]
    pub retention: Vec<RetentionRule>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl ProcessingActivity {
    /// Whether the organisation is a processor for this activity (Art. 4(8), 28): its client,
    /// the controller, answers the data subjects' requests and decides on lawfulness, and
    /// the processor assists it (Art. 28(3)(e)) and acts on its instructions (Art. 29).
    pub fn acts_as_processor(&self) -> bool {
        self.acting_as == Capacity::Processor
    }
}

/// Whether providing the data is required, on what footing, and the consequences of not
/// providing them (Art. 13(2)(e)).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a provision object")]
pub struct Provision {
    /// Whether the subject is obliged to provide the data, or cannot obtain what they ask
    /// for without them.
    pub required: bool,
    /// The footing of the requirement, where it is one of those Art. 13(2)(e) names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<ProvisionRequirement>,
    /// What happens if the data are not provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<String>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The footings of a requirement to provide data named by Art. 13(2)(e).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionRequirement {
    /// A statutory requirement.
    Statutory,
    /// A contractual requirement.
    Contractual,
    /// A requirement necessary to enter into a contract.
    ToEnterIntoContract,
}

/// The capacity in which the organisation processes the data of an activity.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Capacity {
    /// It determines the purposes and means (Art. 4(7)).
    #[default]
    Controller,
    /// It processes on behalf of a client who is the controller (Art. 4(8), 28).
    Processor,
}
