//! The scope of an adequacy decision as typed conditions, and the facts about an importer and
//! a transfer that decide whether a decision covers it.
//!
//! The rest of this module's documentation is rendered in the docs of [the crate](crate)
//! (`src/guide/adequacy_scopes.md`), where users read it.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::{Country, Recipient, RecipientRole, Sector};
use crate::explain::Language;

/// One limit of an adequacy decision's scope, with the provision of the decision that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a scope condition object")]
pub struct ScopeCondition {
    /// Whether the facts are required for coverage or describe an excluded situation.
    pub effect: ScopeEffect,
    /// The facts: for `requires`, each must hold; for `excludes`, the exclusion applies where
    /// all of them hold. At least one.
    #[serde(deserialize_with = "non_empty")]
    #[schemars(length(min = 1))]
    pub facts: Vec<ScopeFact>,
    /// Where the decision sets the limit: its article or recital, e.g. `Art. 1(2)`.
    pub source: String,
}

/// How a condition's facts bear on coverage.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ScopeEffect {
    /// The decision covers the transfer only if every fact holds.
    Requires,
    /// The decision does not cover the transfer where every fact holds.
    Excludes,
}

/// A fact an adequacy decision's scope turns on, with the value the condition tests for.
///
/// Serialised with one key: `{"sector": "public"}`, `{"dpf_listed": true}`,
/// `{"purpose": "immigration_control"}`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(
    rename_all = "snake_case",
    expecting = "an object with one key naming a scope fact, such as `sector` or `purpose`"
)]
#[non_exhaustive]
pub enum ScopeFact {
    /// The importer is (`true`) or is not on the EU-U.S. Data Privacy Framework List for the
    /// data concerned (the recipient's `dpf_certified`).
    DpfListed(bool),
    /// The importer is of this sector (the recipient's `sector`; a recipient whose role is
    /// `public_authority` or `law_enforcement`, or that names the state it is a body of, is
    /// public; one on the DPF List is not).
    Sector(Sector),
    /// The importer is of this kind of organisation (`scope_facts.organisation_kind`).
    OrganisationKind(OrganisationKind),
    /// The importer is (`true`) or is not overseen by its country's financial services
    /// supervisor, such as Korea's Financial Services Commission
    /// (`scope_facts.financial_supervision`).
    FinancialSupervision(bool),
    /// The importer is a public authority or body of this state
    /// (`scope_facts.public_body_of`).
    PublicBodyOf(Country),
    /// The data are (`true`) or are not personal credit information
    /// (`scope_facts.credit_information`).
    CreditInformation(bool),
    /// The importer processes the data for this purpose (`scope_facts.purposes`).
    Purpose(ImporterPurpose),
    /// The transfer itself is (`true`) or is not made by automated means
    /// (`scope_facts.automated_transfer`).
    AutomatedTransfer(bool),
    /// The importer does (`true`) or does not process the data further by automated means
    /// (`scope_facts.automated_processing`).
    AutomatedProcessing(bool),
    /// The importer had (`true`) self-certified under the U.S. framework of the decision
    /// (Safe Harbour, Privacy Shield). The library keeps no record of those lists, so this
    /// fact is always unknown.
    EarlierUsFrameworkListed(bool),
}

/// Kinds of organisation that some adequacy decisions single out.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrganisationKind {
    /// A church or other religious organisation.
    ReligiousBody,
    /// A political party (also a political body).
    PoliticalParty,
    /// A political organisation other than a party.
    PoliticalBody,
    /// A broadcaster, newspaper publisher, news agency or other press organisation.
    Press,
    /// A person or business engaged in professional writing.
    ProfessionalWriter,
    /// A university or other organisation aimed at academic studies.
    AcademicInstitution,
    /// None of the kinds above.
    Other,
}

/// Purposes of processing by the importer that some adequacy decisions single out.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ImporterPurpose {
    /// Press, journalistic or artistic purposes.
    Journalism,
    /// Professional writing.
    ProfessionalWriting,
    /// Academic studies.
    AcademicStudies,
    /// Religious activities (missionary activities are among them).
    ReligiousActivities,
    /// Missionary activities of a religious organisation.
    MissionaryActivities,
    /// Political activities (nominating candidates is among them).
    PoliticalActivities,
    /// The nomination of candidates by a political party.
    CandidateNomination,
    /// Immigration control.
    ImmigrationControl,
    /// Public security, national defence, state security, or the investigation and
    /// prosecution of criminal offences.
    PublicSecurity,
}

impl ImporterPurpose {
    /// Whether a processing for `self` is also one for `broader`: missionary activities are
    /// religious activities and nominating candidates is a political activity.
    const fn is_within(self, broader: ImporterPurpose) -> bool {
        matches!(
            (self, broader),
            (
                ImporterPurpose::MissionaryActivities,
                ImporterPurpose::ReligiousActivities
            ) | (
                ImporterPurpose::CandidateNomination,
                ImporterPurpose::PoliticalActivities
            )
        ) || self as u8 == broader as u8
    }
}

/// The facts about an importer and a transfer that adequacy decisions are scoped on, beyond
/// the recipient's `sector` and `dpf_certified`. Every field is three-valued: absent is
/// unknown. A [`TransferRequest`](crate::assess::TransferRequest) can state them for one
/// transfer, overriding the recipient's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a scope facts object")]
pub struct ScopeFacts {
    /// The kind of organisation, where it is one that adequacy decisions single out, or
    /// `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_kind: Option<OrganisationKind>,
    /// Whether the importer is overseen by its country's financial services supervisor (in
    /// Korea, the Financial Services Commission).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_supervision: Option<bool>,
    /// For a public authority or body: the state (or territory) whose body it is, e.g. `DK`
    /// for a Danish state authority in the Faroe Islands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_body_of: Option<Country>,
    /// Whether the data are personal credit information (in Korea, under the Credit
    /// Information Use and Protection Act).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_information: Option<bool>,
    /// Every purpose of this list for which the importer processes the data; an empty list
    /// says none. List the narrow purpose where it applies (`missionary_activities`,
    /// `candidate_nomination`): it counts for the broader one too, not the other way round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purposes: Option<Vec<ImporterPurpose>>,
    /// Whether the transfer itself is made by automated means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_transfer: Option<bool>,
    /// Whether the importer processes the data further by automated means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_processing: Option<bool>,
}

impl ScopeFacts {
    /// Whether no fact is stated.
    pub fn is_empty(&self) -> bool {
        *self == ScopeFacts::default()
    }
}

/// The facts a scope is judged on: the recipient's, with those of a request where it states
/// them. Cheap to copy; judging allocates nothing.
#[derive(Debug, Clone, Copy)]
pub struct ImporterFacts<'a> {
    recipient: &'a Recipient,
    overrides: Option<&'a ScopeFacts>,
}

impl<'a> ImporterFacts<'a> {
    /// The recipient's own facts.
    pub fn of(recipient: &'a Recipient) -> Self {
        ImporterFacts {
            recipient,
            overrides: None,
        }
    }

    /// The recipient's facts, with those `overrides` states taking precedence.
    pub fn with(recipient: &'a Recipient, overrides: &'a ScopeFacts) -> Self {
        ImporterFacts {
            recipient,
            overrides: Some(overrides),
        }
    }

    fn pick<T: Copy>(&self, field: impl Fn(&ScopeFacts) -> Option<T>) -> Option<T> {
        self.overrides
            .and_then(&field)
            .or_else(|| field(&self.recipient.scope_facts))
    }

    /// The importer's sector: public when its role or `public_body_of` says so, else its
    /// `sector`.
    pub fn sector(&self) -> Option<Sector> {
        let public_role = matches!(
            self.recipient.role,
            RecipientRole::PublicAuthority | RecipientRole::LawEnforcement
        );
        if public_role || self.pick(|f| f.public_body_of).is_some() {
            Some(Sector::Public)
        } else {
            self.recipient.sector
        }
    }

    /// Whether the fact holds: `Some(true)`, `Some(false)`, or `None` when unknown.
    pub fn value(&self, fact: ScopeFact) -> Option<bool> {
        let eq = |known: Option<bool>, want: bool| known.map(|v| v == want);
        match fact {
            ScopeFact::DpfListed(want) => eq(self.recipient.dpf_certified, want),
            // Only organisations under the jurisdiction of the FTC or the U.S. Department of
            // Transportation can join the DPF List: one on it is not a public body.
            ScopeFact::Sector(s) => match self.sector() {
                Some(x) => Some(x == s),
                None if s == Sector::Public && self.recipient.dpf_certified == Some(true) => {
                    Some(false)
                }
                None => None,
            },
            ScopeFact::OrganisationKind(k) => self.pick(|f| f.organisation_kind).map(|x| {
                x == k
                    || (k == OrganisationKind::PoliticalBody
                        && x == OrganisationKind::PoliticalParty)
            }),
            ScopeFact::FinancialSupervision(want) => {
                eq(self.pick(|f| f.financial_supervision), want)
            }
            ScopeFact::PublicBodyOf(state) => match self.pick(|f| f.public_body_of) {
                Some(of) => Some(of == state),
                None => match self.sector() {
                    Some(s) if s != Sector::Public => Some(false),
                    _ => None,
                },
            },
            ScopeFact::CreditInformation(want) => eq(self.pick(|f| f.credit_information), want),
            ScopeFact::Purpose(p) => {
                let listed = match self.overrides.and_then(|o| o.purposes.as_deref()) {
                    Some(list) => Some(list),
                    None => self.recipient.scope_facts.purposes.as_deref(),
                };
                listed.map(|list| list.iter().any(|x| x.is_within(p)))
            }
            ScopeFact::AutomatedTransfer(want) => eq(self.pick(|f| f.automated_transfer), want),
            ScopeFact::AutomatedProcessing(want) => eq(self.pick(|f| f.automated_processing), want),
            ScopeFact::EarlierUsFrameworkListed(_) => None,
        }
    }
}

/// How one condition fares for an importer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeTest {
    /// The condition is met: a required fact holds, or an excluded situation does not.
    Holds,
    /// The condition is not met: the decision does not cover the transfer.
    Fails,
    /// The condition turns on this fact, which is not known.
    Unknown(ScopeFact),
}

impl ScopeCondition {
    /// Tests the condition on the importer's facts, three-valued.
    pub fn test(&self, facts: ImporterFacts<'_>) -> ScopeTest {
        let mut unknown = None;
        for fact in &self.facts {
            match (self.effect, facts.value(*fact)) {
                (ScopeEffect::Requires, Some(false)) => return ScopeTest::Fails,
                (ScopeEffect::Excludes, Some(false)) => return ScopeTest::Holds,
                (_, None) => unknown = unknown.or(Some(*fact)),
                (_, Some(true)) => {}
            }
        }
        match (unknown, self.effect) {
            (Some(fact), _) => ScopeTest::Unknown(fact),
            (None, ScopeEffect::Requires) => ScopeTest::Holds,
            (None, ScopeEffect::Excludes) => ScopeTest::Fails,
        }
    }

    /// The condition in words, e.g. `it excludes transfers where the importer is a religious
    /// body and the importer processes the data for missionary activities`.
    pub fn describe(&self) -> String {
        Language::English.scope_condition(self)
    }
}

impl ScopeFact {
    /// The recipient or request field that states the fact.
    pub const fn field(self) -> &'static str {
        match self {
            ScopeFact::DpfListed(_) => "dpf_certified",
            ScopeFact::Sector(_) => "sector",
            ScopeFact::OrganisationKind(_) => "scope_facts.organisation_kind",
            ScopeFact::FinancialSupervision(_) => "scope_facts.financial_supervision",
            ScopeFact::PublicBodyOf(_) => "scope_facts.public_body_of",
            ScopeFact::CreditInformation(_) => "scope_facts.credit_information",
            ScopeFact::Purpose(_) => "scope_facts.purposes",
            ScopeFact::AutomatedTransfer(_) => "scope_facts.automated_transfer",
            ScopeFact::AutomatedProcessing(_) => "scope_facts.automated_processing",
            ScopeFact::EarlierUsFrameworkListed(_) => "earlier_us_framework_certification",
        }
    }

    /// The question that establishes the fact.
    pub fn question(self) -> &'static str {
        Language::English.scope_fact_question(self)
    }
}

impl fmt::Display for ScopeFact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Language::English.scope_fact(*self))
    }
}

fn non_empty<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ScopeFact>, D::Error> {
    let facts = Vec::<ScopeFact>::deserialize(d)?;
    if facts.is_empty() {
        return Err(serde::de::Error::custom(
            "a scope condition needs at least one fact",
        ));
    }
    Ok(facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(effect: ScopeEffect, facts: &[ScopeFact]) -> ScopeCondition {
        ScopeCondition {
            effect,
            facts: facts.to_vec(),
            source: "Art. 1".into(),
        }
    }

    fn importer(facts: ScopeFacts) -> Recipient {
        Recipient::new("r", "importer", RecipientRole::Processor).scope_facts(facts)
    }

    const AUTOMATED: ScopeFact = ScopeFact::AutomatedTransfer(true);
    const CREDIT: ScopeFact = ScopeFact::CreditInformation(true);

    /// Tests a condition on AUTOMATED and CREDIT with the two facts as given.
    fn tester(effect: ScopeEffect) -> impl Fn(Option<bool>, Option<bool>) -> ScopeTest {
        let c = condition(effect, &[AUTOMATED, CREDIT]);
        move |transfer, credit| {
            let r = importer(ScopeFacts {
                automated_transfer: transfer,
                credit_information: credit,
                ..ScopeFacts::default()
            });
            c.test(ImporterFacts::of(&r))
        }
    }

    #[test]
    fn a_requirement_holds_only_when_every_fact_is_known_to_hold() {
        let test = tester(ScopeEffect::Requires);
        assert_eq!(test(Some(true), Some(true)), ScopeTest::Holds);
        assert_eq!(test(Some(true), None), ScopeTest::Unknown(CREDIT));
        // One fact known to fail decides, whatever else is unknown.
        assert_eq!(test(None, Some(false)), ScopeTest::Fails);
        assert_eq!(test(None, None), ScopeTest::Unknown(AUTOMATED));
    }

    #[test]
    fn an_exclusion_bites_only_when_every_fact_is_known_to_hold() {
        let test = tester(ScopeEffect::Excludes);
        assert_eq!(test(Some(true), Some(true)), ScopeTest::Fails);
        assert_eq!(test(Some(false), None), ScopeTest::Holds);
        assert_eq!(test(Some(true), None), ScopeTest::Unknown(CREDIT));
        assert_eq!(test(None, None), ScopeTest::Unknown(AUTOMATED));
    }

    #[test]
    fn a_request_overrides_the_recipients_facts_one_by_one() {
        let r = importer(ScopeFacts {
            automated_transfer: Some(false),
            credit_information: Some(true),
            ..ScopeFacts::default()
        });
        let request = ScopeFacts {
            automated_transfer: Some(true),
            ..ScopeFacts::default()
        };
        let facts = ImporterFacts::with(&r, &request);
        assert_eq!(facts.value(AUTOMATED), Some(true));
        assert_eq!(facts.value(CREDIT), Some(true));
    }

    #[test]
    fn narrow_purposes_and_kinds_count_for_the_broader_ones() {
        let r = importer(ScopeFacts {
            organisation_kind: Some(OrganisationKind::PoliticalParty),
            purposes: Some(vec![
                ImporterPurpose::MissionaryActivities,
                ImporterPurpose::CandidateNomination,
            ]),
            ..ScopeFacts::default()
        });
        let facts = ImporterFacts::of(&r);
        for broader in [
            ImporterPurpose::ReligiousActivities,
            ImporterPurpose::PoliticalActivities,
        ] {
            assert_eq!(facts.value(ScopeFact::Purpose(broader)), Some(true));
        }
        assert_eq!(
            facts.value(ScopeFact::OrganisationKind(OrganisationKind::PoliticalBody)),
            Some(true)
        );
        // Not the other way round.
        let r = importer(ScopeFacts {
            purposes: Some(vec![ImporterPurpose::PoliticalActivities]),
            ..ScopeFacts::default()
        });
        let nomination = ScopeFact::Purpose(ImporterPurpose::CandidateNomination);
        assert_eq!(ImporterFacts::of(&r).value(nomination), Some(false));
    }

    #[test]
    fn the_public_sector_follows_from_role_state_body_or_dpf_listing() {
        let public = ScopeFact::Sector(Sector::Public);
        let police =
            Recipient::new("p", "police", RecipientRole::LawEnforcement).sector(Sector::Commercial);
        assert_eq!(ImporterFacts::of(&police).value(public), Some(true));
        let danish = importer(ScopeFacts {
            public_body_of: Some(Country::from_bytes(*b"DK")),
            ..ScopeFacts::default()
        });
        assert_eq!(ImporterFacts::of(&danish).value(public), Some(true));
        let listed = importer(ScopeFacts::default()).dpf_certified(true);
        assert_eq!(ImporterFacts::of(&listed).value(public), Some(false));
        assert_eq!(
            ImporterFacts::of(&importer(ScopeFacts::default())).value(public),
            None
        );
        // A company is no state body; of an unknown organisation it is unknown.
        let state = ScopeFact::PublicBodyOf(Country::from_bytes(*b"DK"));
        let company = importer(ScopeFacts::default()).sector(Sector::Commercial);
        assert_eq!(ImporterFacts::of(&company).value(state), Some(false));
        assert_eq!(
            ImporterFacts::of(&importer(ScopeFacts::default())).value(state),
            None
        );
    }

    #[test]
    fn a_condition_without_facts_is_refused() {
        let err = serde_json::from_str::<ScopeCondition>(
            r#"{"effect": "excludes", "facts": [], "source": "Art. 1"}"#,
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(err.contains("at least one fact"), "{err}");
    }

    #[test]
    fn facts_serialise_with_one_key() {
        let fact = ScopeFact::PublicBodyOf(Country::from_bytes(*b"DK"));
        assert_eq!(
            serde_json::to_string(&fact).unwrap_or_default(),
            r#"{"public_body_of":"DK"}"#
        );
        let purpose = ScopeFact::Purpose(ImporterPurpose::ImmigrationControl);
        assert_eq!(
            serde_json::to_string(&purpose).unwrap_or_default(),
            r#"{"purpose":"immigration_control"}"#
        );
    }
}
