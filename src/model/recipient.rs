//! Recipients of personal data (Art. 4(9)) and where they are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ConditionalTransfer, Country, ScopeFacts};

/// A recipient to whom personal data are disclosed (Art. 4(9)), declared once in a
/// [`Policy`](crate::Policy) and referred to by id from its activities.
///
/// Besides its role and location, a recipient carries the facts adequacy decisions are
/// scoped on: certification under the EU-U.S. Data Privacy Framework, whether it is a
/// commercial, non-profit or public-sector organisation, and the [`ScopeFacts`] (kind of
/// organisation, supervision, kind of data, purposes, automated processing). Unknown facts
/// are left absent; assessments then answer "needs review" and say which fact to check. A
/// notice that lets the recipient receive data outside the EU or EEA under a condition says
/// so in `conditional_transfer`.
///
/// Build one with [`Recipient::new`] and the setters; the struct grows, so it cannot be
/// written as a literal outside this crate.
///
/// ```
/// use gdpr::{Destination, Recipient, RecipientRole, Sector};
///
/// let mailer = Recipient::new("mailer", "Mailer Inc.", RecipientRole::Processor)
///     .located(Destination::Country("US".parse().unwrap()))
///     .art28_contract(true)
///     .dpf_certified(true)
///     .sector(Sector::Commercial);
/// assert_eq!(mailer.dpf_certified, Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a recipient object")]
#[non_exhaustive]
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
    /// unknown. A recipient whose role is `public_authority` or `law_enforcement` is public
    /// whatever this says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// The other facts adequacy decisions are scoped on. Absent fields are unknown.
    #[serde(default, skip_serializing_if = "ScopeFacts::is_empty")]
    pub scope_facts: ScopeFacts,
    /// Where the notice lets the recipient receive data outside the EU or EEA under a
    /// condition, although `location` is inside it ("mainly in the EU; outside it only where
    /// no equivalent alternative exists").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditional_transfer: Option<ConditionalTransfer>,
    /// The sentence of the privacy notice this element is taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Recipient {
    /// A recipient with an id, a name and a role, and every fact unknown.
    pub fn new(id: impl Into<String>, name: impl Into<String>, role: RecipientRole) -> Self {
        Recipient {
            id: id.into(),
            name: name.into(),
            role,
            location: None,
            art28_contract: None,
            art26_arrangement: None,
            dpf_certified: None,
            sector: None,
            scope_facts: ScopeFacts::default(),
            conditional_transfer: None,
            source: None,
        }
    }

    /// Sets where the recipient receives the data.
    pub fn located(mut self, location: Destination) -> Self {
        self.location = Some(location);
        self
    }

    /// Sets whether an Art. 28(3) contract binds the processor.
    pub fn art28_contract(mut self, bound: bool) -> Self {
        self.art28_contract = Some(bound);
        self
    }

    /// Sets whether the Art. 26(1) arrangement is in place.
    pub fn art26_arrangement(mut self, in_place: bool) -> Self {
        self.art26_arrangement = Some(in_place);
        self
    }

    /// Sets whether the recipient is on the Data Privacy Framework List.
    pub fn dpf_certified(mut self, listed: bool) -> Self {
        self.dpf_certified = Some(listed);
        self
    }

    /// Sets the recipient's sector.
    pub fn sector(mut self, sector: Sector) -> Self {
        self.sector = Some(sector);
        self
    }

    /// Sets the other facts adequacy decisions are scoped on.
    pub fn scope_facts(mut self, facts: ScopeFacts) -> Self {
        self.scope_facts = facts;
        self
    }

    /// Sets the notice's conditional transfer outside the EU or EEA.
    pub fn conditional_transfer(mut self, clause: ConditionalTransfer) -> Self {
        self.conditional_transfer = Some(clause);
        self
    }

    /// Sets the sentence of the notice the recipient is taken from.
    pub fn source(mut self, sentence: impl Into<String>) -> Self {
        self.source = Some(sentence.into());
        self
    }
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
    /// A public authority receiving data in the exercise of its tasks; outside the EEA, a
    /// public authority of a third country.
    PublicAuthority,
    /// A law-enforcement or judicial authority.
    LawEnforcement,
    /// The controller itself: its own establishment, branch or staff in the same legal
    /// entity. Data it receives are not disclosed to another controller or processor, so
    /// their going abroad is no transfer (EDPB Guidelines 05/2021, criterion 2), though the
    /// controller stays accountable for the risks (Art. 24, 32).
    OwnEstablishment,
    /// The controller on whose behalf the organisation acts as processor: data sent back to
    /// it outside the EEA are a transfer by the processor (EDPB Guidelines 05/2021).
    ClientController,
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
    #[inline]
    pub fn is_eea(&self) -> bool {
        match self {
            Destination::Country(c) => c.is_eea(),
            Destination::Region(_) => true,
            Destination::InternationalOrganisation(_) => false,
        }
    }

    /// Whether the destination is inside the region.
    #[inline]
    pub fn is_inside(&self, region: Region) -> bool {
        match region {
            Region::Eu => self.is_eu(),
            Region::Eea => self.is_eea(),
        }
    }

    /// Whether the destination is inside the European Union.
    #[inline]
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
            Destination::Region(r) => f.write_str(r.name()),
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

impl Region {
    /// The region's name in an English sentence: `the EU`, `the EEA`. A shortcut for
    /// [`Language::region`](crate::explain::Language::region).
    pub fn name(self) -> &'static str {
        crate::explain::Language::English.region(self)
    }
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
