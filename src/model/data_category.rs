//! Categories of personal data and where they come from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::SpecialCategory;

/// A category of personal data the controller processes (contact details, invoices, health
/// notes, …), declared once in a [`Policy`](crate::Policy) and referred to by id from its
/// activities.
///
/// The flags mark the data the GDPR treats with extra care: special categories (Art. 9(1)),
/// personal data relating to criminal convictions and offences (Art. 10), and national
/// identification numbers such as the Dutch BSN or the Belgian rijksregisternummer (Art. 87).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a data category object")]
pub struct DataCategory {
    /// Unique id within the policy, used by activities to refer to this category.
    pub id: String,
    /// A name a data subject would recognise.
    pub name: String,
    /// The Art. 9(1) special category these data fall under, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_category: Option<SpecialCategory>,
    /// Whether these are personal data relating to criminal convictions and offences or
    /// related security measures (Art. 10). Absent means `false`.
    #[serde(default)]
    pub criminal_offences: bool,
    /// Whether this is a national identification number (Art. 87). Absent means `false`.
    #[serde(default)]
    pub national_identification_number: bool,
    /// Where the data come from. Portability covers only data the subject provided (Art.
    /// 20(1)); data obtained elsewhere trigger the information duty of Art. 14.
    pub origin: Origin,
    /// For data obtained from another source: which source, as the notice must say
    /// (Art. 14(2)(f)), e.g. "the national register".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtained_from: Option<String>,
    /// For data obtained from another source: the exemption of Art. 14(5) from the duty to
    /// inform the subject, where the controller relies on one. Absent means none is relied
    /// on, so Art. 14 applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_exemption: Option<InformationExemption>,
    /// The sentence of the privacy notice this element is taken from, in its own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Where personal data come from.
///
/// Following the EDPB Guidelines on the right to data portability (WP242 rev.01), data the
/// subject *provided* include both what they actively filled in and what was *observed* from
/// their use of a service; data *derived* or inferred by the controller are not provided.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Origin {
    /// Actively and knowingly provided by the data subject (a form, an e-mail).
    ProvidedBySubject,
    /// Observed from the subject's use of a service or device (logs, IP addresses).
    Observed,
    /// Derived or inferred by the controller (scores, profiles, assessments).
    Derived,
    /// Obtained from a source other than the data subject (a register, another controller):
    /// Art. 14 applies.
    OtherSource,
}

/// The exemptions of Art. 14(5) from the duty to inform a subject whose data were obtained
/// from another source.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum InformationExemption {
    /// Art. 14(5)(a): the data subject already has the information.
    AlreadyInformed,
    /// Art. 14(5)(b): informing proves impossible or would involve a disproportionate effort
    /// (in particular for archiving, research or statistics under Art. 89(1)); the controller
    /// must then protect the subject's interests, including by making the information public.
    DisproportionateEffort,
    /// Art. 14(5)(c): obtaining or disclosure is expressly laid down by Union or Member State
    /// law that provides appropriate measures to protect the subject's legitimate interests.
    LaidDownByLaw,
    /// Art. 14(5)(d): the data must remain confidential under an obligation of professional
    /// secrecy regulated by Union or Member State law.
    ProfessionalSecrecy,
}

impl InformationExemption {
    /// The point of Art. 14(5) that grants the exemption.
    pub const fn citation(self) -> crate::Citation {
        let point = match self {
            InformationExemption::AlreadyInformed => 'a',
            InformationExemption::DisproportionateEffort => 'b',
            InformationExemption::LaidDownByLaw => 'c',
            InformationExemption::ProfessionalSecrecy => 'd',
        };
        crate::Citation::article(14).paragraph(5).point(point)
    }
}

impl Origin {
    /// Whether the data were obtained from the data subject: provided or observed.
    ///
    /// This one test answers two questions: whether Art. 13 governs the information to give,
    /// and whether the data count as "provided by" the subject for the right to data
    /// portability (Art. 20(1), as read by WP242 rev.01).
    pub const fn obtained_from_subject(self) -> bool {
        matches!(self, Origin::ProvidedBySubject | Origin::Observed)
    }

    /// Whether the data were obtained from someone other than the subject, so that Art. 14
    /// governs the information to give. Data the controller derived itself were not
    /// obtained from anyone: neither Art. 13 nor Art. 14 is triggered by them.
    pub const fn obtained_elsewhere(self) -> bool {
        matches!(self, Origin::OtherSource)
    }
}
