//! Recipients of personal data (Art. 4(9)) and where they are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Country;

/// A recipient to whom personal data are disclosed (Art. 4(9)), declared once in a
/// [`Policy`](crate::Policy) and referred to by id from its activities.
///
/// Besides its role and location, a recipient carries the attributes that adequacy
/// decisions are scoped on: certification under the EU-U.S. Data Privacy Framework, and
/// whether it is a commercial, non-profit or public-sector organisation. Unknown attributes
/// are left absent; assessments then answer "needs review" and say which fact to check.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a recipient object")]
pub struct Recipient {
    /// Unique id within the policy.
    pub id: String,
    /// The recipient's name, or a category of recipients (Art. 13(1)(e)).
    pub name: String,
    /// The recipient's role towards the controller.
    pub role: RecipientRole,
    /// Where the recipient receives the data; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Destination>,
    /// For a processor or sub-processor: whether a contract or other legal act under Art.
    /// 28(3) binds it. Absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art28_contract: Option<bool>,
    /// For a joint controller: whether the arrangement of Art. 26(1) is in place. Absent
    /// when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art26_arrangement: Option<bool>,
    /// For a U.S. recipient: whether it is certified under the EU-U.S. Data Privacy
    /// Framework for the data concerned. Absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpf_certified: Option<bool>,
    /// The kind of organisation, which some adequacy decisions are limited to. Absent when
    /// unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A recipient's role towards the controller.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecipientRole {
    /// Processes on the controller's behalf (Art. 28).
    Processor,
    /// Engaged by a processor with the controller's authorisation (Art. 28(2), 28(4)).
    SubProcessor,
    /// Determines its own purposes and means: another controller.
    IndependentController,
    /// Determines purposes and means jointly with the controller (Art. 26).
    JointController,
    /// A public authority receiving data in the exercise of its tasks.
    PublicAuthority,
    /// A law-enforcement or judicial authority.
    LawEnforcement,
}

impl RecipientRole {
    /// Whether the recipient acts on the controller's behalf, so Art. 28 applies.
    pub const fn is_processor(self) -> bool {
        matches!(self, RecipientRole::Processor | RecipientRole::SubProcessor)
    }
}

/// Where a recipient receives personal data: a country, or an international organisation
/// (Art. 4(26)).
///
/// Serialised as `{"country": "US"}`, `{"international_organisation": "..."}` or
/// `{"region": "eu"}`.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(
    rename_all = "snake_case",
    expecting = "an object with one key: `country`, `region` or `international_organisation`"
)]
#[non_exhaustive]
pub enum Destination {
    /// A country or territory.
    Country(Country),
    /// Somewhere in a region, where a notice says no more ("our suppliers are all
    /// established in the EU").
    Region(Region),
    /// An international organisation, by the identifier the adequacy registry uses (e.g.
    /// `european_patent_organisation`).
    InternationalOrganisation(String),
}

impl Destination {
    /// Whether the destination is inside the EEA, so that no transfer under Chapter V takes
    /// place. An international organisation is never inside the EEA, wherever its seat.
    pub fn is_eea(&self) -> bool {
        match self {
            Destination::Country(c) => c.is_eea(),
            Destination::Region(_) => true,
            Destination::InternationalOrganisation(_) => false,
        }
    }

    /// Whether the destination is inside the European Union.
    pub fn is_eu(&self) -> bool {
        match self {
            Destination::Country(c) => c.is_eu(),
            Destination::Region(r) => *r == Region::Eu,
            Destination::InternationalOrganisation(_) => false,
        }
    }
}

impl std::fmt::Display for Destination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Destination::Country(c) => write!(f, "{c}"),
            Destination::Region(Region::Eu) => f.write_str("the EU"),
            Destination::Region(Region::Eea) => f.write_str("the EEA"),
            Destination::InternationalOrganisation(o) => {
                write!(f, "international organisation `{o}`")
            }
        }
    }
}

/// A region a recipient is known to be in, without its country.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Somewhere in the European Union.
    Eu,
    /// Somewhere in the European Economic Area.
    Eea,
}

/// The kind of organisation a recipient is; adequacy decisions for Canada (commercial
/// organisations) and Japan (private sector) are limited by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sector {
    /// A private organisation acting in the course of commercial activities.
    Commercial,
    /// A private organisation not acting commercially (association, foundation, charity).
    NonProfit,
    /// A public authority or body.
    Public,
}
