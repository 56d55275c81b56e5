//! The controller and its supervisory authorities.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Country;

/// The controller (Art. 4(7)) whose policy this is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a controller object")]
pub struct Controller {
    /// The controller's name (Art. 13(1)(a)).
    pub name: String,
    /// Public authority or body, or private organisation: decides Art. 6(1) second
    /// subparagraph, 20(3), 37(1)(a) and 49(3).
    pub kind: ControllerKind,
    /// The Member State of the (main) establishment.
    pub establishment: Country,
    /// How to contact the controller (Art. 13(1)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// How to contact the data protection officer, where one is designated (Art. 13(1)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<String>,
    /// Whether the core activities of the controller consist of processing operations that
    /// require regular and systematic monitoring of data subjects on a large scale, so that a
    /// data protection officer is required (Art. 37(1)(b)). Absent when not assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large_scale_monitoring: Option<bool>,
    /// Whether the core activities of the controller consist of processing on a large scale
    /// of special categories of data (Art. 9) or of data relating to criminal convictions and
    /// offences (Art. 10), so that a data protection officer is required (Art. 37(1)(c)).
    /// Absent when not assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large_scale_special_data: Option<bool>,
    /// The supervisory authorities a data subject may complain to (Art. 13(2)(d), 77).
    #[serde(default)]
    pub supervisory_authorities: Vec<SupervisoryAuthority>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Controller {
    /// A controller with its name, kind and state of establishment, every other fact unknown
    /// or not stated.
    pub fn new(
        name: impl Into<String>,
        kind: ControllerKind,
        establishment: Country,
    ) -> Controller {
        Controller {
            name: name.into(),
            kind,
            establishment,
            contact: None,
            dpo: None,
            large_scale_monitoring: None,
            large_scale_special_data: None,
            supervisory_authorities: Vec::new(),
            source: None,
        }
    }
}

/// Whether the controller is a public authority or body.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ControllerKind {
    /// A private organisation: company, association, foundation.
    Private,
    /// A public authority or body (a municipality, a public social housing company, an
    /// agency): 6(1)(f) is not available for its tasks and the derogations barred by 49(3)
    /// are not available in the exercise of its public powers.
    PublicAuthority,
}

/// A supervisory authority competent for the controller.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a supervisory authority object")]
pub struct SupervisoryAuthority {
    /// The authority's name, e.g. `Autoriteit Persoonsgegevens`.
    pub name: String,
    /// The state whose authority it is.
    pub country: Country,
    /// What it is competent for, where it shares the field with another authority (e.g. the
    /// Vlaamse Toezichtcommissie for Flemish public bodies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competence: Option<String>,
    /// How to reach it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}
