//! The parameters a sentence needs: ids, dates, the law's name.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assess::{CalendarSummary, OpenQuestion, Reason};
use crate::notice::NoticeElement;
use crate::{
    Commitment, Country, DataSubjectRight, Destination, FindingCode, GroundKind,
    InformationExemption, LegalBasis, Period, RecipientRole, Region, RetentionAction,
    RetentionTrigger, RightCondition, ScopeCondition, ScopeFact, SpecialCategory,
    TransferCondition, TransferMechanism,
};

use super::terms::{DpoDuty, PolicyList};

/// What a code's sentence refers to. Every field is optional: a code uses the ones its
/// sentence needs, and the rest stay absent (and are not written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a parameters object")]
#[non_exhaustive]
pub struct Params {
    /// An activity id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// A purpose id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// A data category id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_category: Option<String>,
    /// A recipient id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// The name of a law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// A date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// A second date: the end of a period, the day a decision applies from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// A moment, with its offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moment: Option<DateTime<FixedOffset>>,
    /// A second moment: the end of a period in hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until_moment: Option<DateTime<FixedOffset>>,
    /// A period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// A number of hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// What kind of day a deadline moved from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<DayKind>,
    /// The calendar a deadline counted with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<CalendarSummary>,
    /// A country (the controller's establishment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// Where a recipient receives data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Destination>,
    /// A region (the EU, the EEA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// A recipient's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RecipientRole>,
    /// The reference of an adequacy decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// A ground for a transfer (Art. 45, 46, 49).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<TransferMechanism>,
    /// A condition of an adequacy decision's scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_condition: Option<ScopeCondition>,
    /// A fact a scope condition turns on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_fact: Option<ScopeFact>,
    /// The condition of a notice's conditional transfer clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_condition: Option<TransferCondition>,
    /// A promise of the notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment: Option<Commitment>,
    /// What happens to data when a period ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<RetentionAction>,
    /// The event a retention period runs from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<RetentionTrigger>,
    /// A right of the data subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<DataSubjectRight>,
    /// A condition of a right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<RightCondition>,
    /// An exemption of Art. 14(5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<InformationExemption>,
    /// Findings of the record a sentence names, each with the id it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<FindingOn>,
    /// Fact fields a sentence names, e.g. `needed_for_legal_claims`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// Free text that is the subject of the sentence, in the language of the policy (a
    /// legitimate interest, the words of a notice), never a sentence of the library's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,

    // What findings of validation and of the notice audit name.
    /// The id of an element of the policy (a duplicate, a reference that resolves to nothing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids a sentence lists (purposes without a basis, recipients without a location).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    /// The list of the policy an id belongs to, or should.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<PolicyList>,
    /// A number: of purposes, of recipients, of years of age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Whether the fact a sentence turns on is recorded (`false`: the policy does not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known: Option<bool>,
    /// A lawful basis of Art. 6(1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
    /// A special category of personal data (Art. 9(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_category: Option<SpecialCategory>,
    /// The kinds of ground a notice names for its conditional transfers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grounds: Vec<GroundKind>,
    /// An element of Art. 13 or 14 a notice must state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<NoticeElement>,
    /// Why the controller must designate a data protection officer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo_duty: Option<DpoDuty>,
    /// The reasons of another decision a sentence rests on (the transfer assessment's, for a
    /// finding of validation), rendered with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
    /// The open questions of another decision a sentence lists, rendered with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<OpenQuestion>,
}

impl Params {
    /// No parameters.
    pub fn is_empty(&self) -> bool {
        *self == Params::default()
    }
}

/// What kind of day a period could not end on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A Saturday.
    Saturday,
    /// A Sunday.
    Sunday,
    /// A public holiday (its name in `text`, its law in `law`).
    PublicHoliday,
}

/// A finding of validation about one element of the record, named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a finding reference object")]
pub struct FindingOn {
    /// What validation found.
    pub code: FindingCode,
    /// The id of the purpose or data category concerned.
    pub id: String,
}

/// The [`Params`] of a reason or question, on the heap only when there are some: most reasons
/// need none, and a decision builds hundreds of them. It reads and writes as a [`Params`]
/// (`reason.params.law`), compares and serialises as one, and its JSON Schema is that of
/// [`Params`].
///
/// ```
/// use gdpr::explain::{Params, ParamsBox};
///
/// let none = ParamsBox::default();
/// assert!(none.is_empty());
/// let mut params = Params::default();
/// params.law = Some("Art. 52 AWR".into());
/// let mut some = ParamsBox::from(params);
/// assert_eq!(some.law.as_deref(), Some("Art. 52 AWR"));
/// some.law = None;
/// assert_eq!(some, none);
/// ```
#[derive(Clone, Default)]
pub struct ParamsBox(Option<Box<Params>>);

/// What an empty [`ParamsBox`] reads as.
static NO_PARAMS: std::sync::LazyLock<Params> = std::sync::LazyLock::new(Params::default);

impl std::ops::Deref for ParamsBox {
    type Target = Params;

    fn deref(&self) -> &Params {
        match &self.0 {
            Some(params) => params,
            None => &NO_PARAMS,
        }
    }
}

impl std::ops::DerefMut for ParamsBox {
    fn deref_mut(&mut self) -> &mut Params {
        self.0.get_or_insert_with(Box::default)
    }
}

impl From<Params> for ParamsBox {
    fn from(params: Params) -> ParamsBox {
        ParamsBox(Some(Box::new(params)))
    }
}

impl fmt::Debug for ParamsBox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Params::fmt(self, f)
    }
}

impl PartialEq for ParamsBox {
    fn eq(&self, other: &ParamsBox) -> bool {
        match (&self.0, &other.0) {
            (None, None) => true,
            _ => **self == **other,
        }
    }
}

impl Eq for ParamsBox {}

impl Serialize for ParamsBox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Params::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for ParamsBox {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ParamsBox, D::Error> {
        let params = Params::deserialize(deserializer)?;
        Ok(if params.is_empty() {
            ParamsBox(None)
        } else {
            ParamsBox::from(params)
        })
    }
}

impl JsonSchema for ParamsBox {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Params::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        Params::schema_id()
    }

    fn inline_schema() -> bool {
        Params::inline_schema()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Params::json_schema(generator)
    }
}
