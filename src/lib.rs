//! # gdpr — GDPR policy as code
//!
//! Typed GDPR concepts and the checks a CRM or ERP backend needs every day, each answered
//! with the articles it rests on.
//!
//! ## The model in five minutes
//!
//! A [`Policy`] is a controller's record of processing activities (Art. 30) plus the promises
//! its privacy notice makes:
//!
//! - the [`Controller`]: private, or a public authority (which changes what it may rely
//!   on: Art. 6(1) second subparagraph, 20(3), 49(3)), its establishment and supervisory
//!   authorities;
//! - catalogues declared once and referred to by id: [`DataSubjectCategory`],
//!   [`DataCategory`] (with its [`SpecialCategory`] under Art. 9(1), the Art. 10 and Art. 87
//!   flags and its [`Origin`]) and [`Recipient`] (with its [`RecipientRole`], its
//!   [`Destination`] and the facts adequacy decisions are scoped on);
//! - [`ProcessingActivity`] entries: [`Purpose`]s each with a [`LegalBasis`] of Art. 6(1),
//!   the [`SpecialCategoryCondition`]s of Art. 9(2), recipients, [`Transfer`]s with their
//!   [`TransferMechanism`] (Art. 45, 46, 49) and [`RetentionRule`]s with a [`Period`];
//! - [`PublicCommitment`]s such as "no transfers outside the EU", which validation holds the
//!   controller to.
//!
//! The closed lists of the law (Art. 6(1), 9(1), 9(2), 22(2), 46, 49(1)) are exhaustive enums
//! whose variants know their [`Citation`]. Countries are ISO 3166-1 alpha-2 codes
//! ([`Country`]); the EEA and the dated, scoped [`AdequacyRegistry`] decide when Chapter V
//! applies. Periods are ISO 8601 (`P7Y`, `P1M`, `PT72H`) and keep their units apart.
//!
//! ## Reading and checking a policy
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::{validate, AdequacyRegistry, FindingCode, Policy};
//!
//! let policy = Policy::from_json(r#"{
//!   "controller": {"name": "Webshop BV", "kind": "private", "establishment": "NL"},
//!   "data_categories": [
//!     {"id": "contact", "name": "Name and e-mail", "origin": "provided_by_subject"}
//!   ],
//!   "recipients": [
//!     {"id": "mailer", "name": "Mailer Inc.", "role": "processor",
//!      "location": {"country": "US"}, "art28_contract": true, "dpf_certified": false}
//!   ],
//!   "activities": [{
//!     "id": "newsletter", "name": "Newsletter",
//!     "purposes": [{"id": "news", "description": "Send our newsletter",
//!                   "legal_basis": {"basis": "consent"}, "direct_marketing": true}],
//!     "data_subjects": [], "data_categories": ["contact"], "recipients": ["mailer"],
//!     "retention": [{"period": "P1M", "from": "consent_withdrawn", "then": "erase"}]
//!   }]
//! }"#)?;
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//! let report = validate(&policy, &AdequacyRegistry::builtin(), today);
//! // Mailer Inc. is in the U.S. but not certified under the Data Privacy Framework,
//! // and no safeguard is declared.
//! let finding = report.errors().next().unwrap();
//! assert_eq!(finding.code, FindingCode::TransferWithoutMechanism);
//! assert_eq!(finding.path, "activities[0].recipients[0]");
//! assert_eq!(finding.citation.unwrap().to_string(), "Art. 44");
//! # Ok::<(), gdpr::DocumentError>(())
//! ```
//!
//! Errors in the document itself name the JSON path: see [`DocumentError`].
//!
//! ## Asking questions
//!
//! The verbs live in [`assess`]: each is a plain function over a policy, a request and an "as
//! of" date, returning a serialisable decision whose reasons cite their articles. A fact the
//! library cannot know is a field of the request; when it decides the answer and is missing,
//! the answer is "needs review" with the question to ask.
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{assess_erasure, ActivityFacts, ErasureRequest, ErasureVerdict, Netherlands};
//! use gdpr::{Policy, RetentionTrigger};
//!
//! # let policy = Policy::from_json(include_str!("../tests/fixtures/webshop.json")).unwrap();
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! // A newsletter subscriber withdraws consent and asks to be erased.
//! let request = ErasureRequest::new(day(2026, 11, 27), vec![
//!     ActivityFacts::new("newsletter").consent_withdrawn(true),
//!     ActivityFacts::new("bookkeeping")
//!         .no_longer_necessary(true)
//!         .event(RetentionTrigger::EndOfFinancialYear, Some(day(2025, 12, 31))),
//! ]);
//! let decision = assess_erasure(&policy, &request, &Netherlands, day(2026, 11, 27)).unwrap();
//! let newsletter = decision.item("newsletter", "contact").unwrap();
//! assert_eq!(newsletter.verdict, ErasureVerdict::Erase);           // Art. 17(1)(b)
//! let invoices = decision.item("bookkeeping", "invoices").unwrap();
//! assert_eq!(invoices.verdict, ErasureVerdict::Keep);              // Art. 17(3)(b)
//! assert_eq!(invoices.keep_until, Some(day(2032, 12, 31)));        // then erased
//! assert_eq!(decision.deadlines.respond_by.last_day, day(2026, 12, 28)); // Art. 12(3)
//! ```
//!
//! [`assess::retention_plan`] states what every retention rule means on a date as cutoffs a
//! database compares its trigger columns with (inclusive on the due side), and [`sql`] writes
//! them as guarded `SELECT`/`DELETE`/`UPDATE` statements with bind parameters for the
//! database a CRM runs on.
//!
//! [`notice`] checks what a privacy notice written from the policy can and cannot say
//! (Art. 13, 14) and writes it in Dutch or English. [`design`] records the interpretation
//! choices where the law leaves room. The `gdpr` command-line tool (workspace member `cli/`)
//! gives services not written in Rust the same decisions as JSON.
//!
//! ## Hot paths
//!
//! Every decision comes in more than one size, from the same rules: the explained decision
//! ([`assess::assess_erasure`], [`assess::assess_transfer`], …) with its reasons and questions
//! and their citations; the verdict ([`assess::erasure_verdict`],
//! [`assess::transfer_verdict`], …), the same answer as codes, without allocating; and for
//! transfers the answer ([`assess::transfer_answer`]: outcome, ground, promises broken). A
//! [`compiled::CompiledPolicy`] prepares a policy once with its adequacy registry and
//! calendar, and gives the same answers in a time that does not grow with the policy. The
//! figures, and what each path costs, are in `BENCHMARKS.md`.
//!
//! ## Stability
//!
//! Serde names are explicit snake_case and never follow a Rust rename; dates are ISO 8601
//! (`2026-11-27`), periods ISO 8601 durations, countries ISO 3166-1 alpha-2. The JSON
//! Schemas of [`schema`] are checked in under `schema/`. Enums that will grow are
//! `#[non_exhaustive]`; the closed lists of the law are not.
#![doc = include_str!("guide/adequacy_scopes.md")]
#![doc = include_str!("guide/provenance.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod assess;
mod citation;
pub mod compiled;
mod context;
pub mod design {
    #![doc = include_str!("../DESIGN.md")]
}
mod document;
pub mod explain;
pub mod limits;
mod model;
mod names;
pub mod notice;
mod predicates;
pub mod schema;
pub(crate) mod setters;
pub mod sql;
mod validate;

pub use citation::{Citation, Instrument, ParseCitationError};
pub use context::Context;
#[cfg(feature = "yaml")]
pub use document::from_yaml;
pub use document::{from_json, from_json_value, DocumentError};
// The model, named one by one: a type added to it is exported by decision, not by a glob.
pub use model::{
    AccessForm, AccessStatement, AdequacyDecision, AdequacyLookup, AdequacyRegistry, AffectedData,
    Art89Purpose, AutomatedDecision, AutomatedDecisionGround, AutomatedDecisionsStatement,
    AwarenessSource, BreachKinds, Capacity, Commitment, ConditionalTransfer, ConsentAges,
    Consequence, Consequences, Controller, ControllerKind, Count, CountRange, Country,
    DataCategory, DataSubjectCategory, DataSubjectRight, DateBasis, Derogation, Destination,
    Exposure, GroundKind, ImporterFacts, ImporterPurpose, InformationExemption, LegalBasis,
    OrganisationKind, Origin, ParseCountryError, Period, PeriodError, PersonalDataBreach, Policy,
    ProcessingActivity, Protection, ProtectionMeasure, Provenance, ProvenanceCount, Provision,
    ProvisionRequirement, PublicCommitment, PublishedNotice, Purpose, Recipient, RecipientRole,
    RecipientsStatement, Region, ResponseTimeStatement, RetentionAction, RetentionKind,
    RetentionRule, RetentionTrigger, RightCondition, RightStatement, Safeguard, ScopeCondition,
    ScopeEffect, ScopeFact, ScopeFacts, ScopeTest, ScopeVerdict, Sector, SourcedElement,
    SpecialCategory, SpecialCategoryCondition, Statement, SupervisoryAuthority, Transfer,
    TransferCondition, TransferMechanism, TransferPromise, TransfersStatement, INFERRED,
};
pub use names::ParseNameError;
pub use validate::{validate, Finding, FindingCode, Severity, ValidationReport};
