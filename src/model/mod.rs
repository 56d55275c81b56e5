//! The nouns: GDPR concepts as plain, serialisable data. One concept per module.

mod activity;
mod adequacy;
mod adequacy_builtin;
mod breach;
mod consent_age;
mod controller;
mod country;
mod data_category;
mod data_subject;
mod legal_basis;
mod period;
mod policy;
mod provenance;
mod published_notice;
mod purpose;
mod recipient;
mod retention;
mod rights;
mod scope;
mod special_category;
mod transfer;

pub use activity::{Capacity, ProcessingActivity, Provision, ProvisionRequirement};
pub use adequacy::{AdequacyDecision, AdequacyLookup, AdequacyRegistry, DateBasis, ScopeVerdict};
pub use breach::{
    AffectedData, AwarenessSource, BreachKinds, Consequence, Consequences, Count, CountRange,
    Exposure, PersonalDataBreach, Protection, ProtectionMeasure,
};
pub use consent_age::ConsentAges;
pub use controller::{Controller, ControllerKind, SupervisoryAuthority};
pub use country::{Country, ParseCountryError};
pub use data_category::{DataCategory, InformationExemption, Origin};
pub use data_subject::DataSubjectCategory;
pub use legal_basis::LegalBasis;
pub use period::{Period, PeriodError};
pub use policy::{Commitment, Policy, PublicCommitment};
pub use provenance::{Provenance, ProvenanceCount, SourcedElement, INFERRED};
pub use published_notice::{
    AccessForm, AccessStatement, AutomatedDecisionsStatement, PublishedNotice, RecipientsStatement,
    ResponseTimeStatement, RightStatement, Statement, TransferPromise, TransfersStatement,
};
pub use purpose::{Art89Purpose, AutomatedDecision, AutomatedDecisionGround, Purpose};
pub use recipient::{Destination, Recipient, RecipientRole, Region, Sector};
pub use retention::{RetentionAction, RetentionKind, RetentionRule, RetentionTrigger};
pub use rights::{DataSubjectRight, RightCondition};
pub use scope::{
    ImporterFacts, ImporterPurpose, OrganisationKind, ScopeCondition, ScopeEffect, ScopeFact,
    ScopeFacts, ScopeTest,
};
pub use special_category::{SpecialCategory, SpecialCategoryCondition};
pub use transfer::{
    ConditionalTransfer, Derogation, GroundKind, Safeguard, Transfer, TransferCondition,
    TransferMechanism,
};
