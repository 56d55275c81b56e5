//! The codes of the library's reasons and questions: what a decision says, as data.
//!
//! A code is stable and serialised in snake_case; its sentence comes from the vocabulary of a
//! language ([`Language`](super::Language)), filled with the decision's [`Params`](super::Params).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a step of a decision's reasoning says.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReasonCode {
    // Processors (Art. 28(3)(e)).
    /// The organisation is a processor here: the controller decides, the processor assists.
    ProcessorForwards,

    // Erasure: the grounds of Art. 17(1).
    /// (a) The data are no longer necessary for their purposes.
    NoLongerNecessary,
    /// (a) The maximum retention period for the data is over.
    MaximumPeriodOver,
    /// (b) Consent withdrawn, and no other purpose gives a legal ground.
    ConsentWithdrawn,
    /// (b) Explicit consent withdrawn, and no other condition of Art. 9(2) remains.
    ExplicitConsentWithdrawn,
    /// (b) Consent withdrawn from special-category data that no condition of Art. 9(2)
    /// covers.
    ConsentWithdrawnSpecialCategory,
    /// (b) Consent withdrawn, but another purpose with its own ground needs the data.
    ConsentWithdrawnOtherGround,
    /// (c) An objection to direct marketing, and the data serve only direct marketing.
    DirectMarketingObjectionErases,
    /// The direct-marketing use stops, but another purpose needs the data (Art. 21(3)).
    DirectMarketingUseStops,
    /// An objection on grounds of a particular situation reaches only 6(1)(e) or (f).
    ObjectionOnlyForTaskOrInterests,
    /// (c) An objection under Art. 21(1) without overriding legitimate grounds.
    ObjectionWithoutOverridingGrounds,
    /// The controller demonstrates compelling legitimate grounds (Art. 21(1)).
    OverridingGroundsDemonstrated,
    /// (d) Unlawful processing.
    UnlawfullyProcessed,
    /// (e) A legal obligation to erase.
    LegalObligationToErase,
    /// (f) Collected from a child in relation to an information society service.
    ChildInformationSocietyService,
    /// Every ground of Art. 17(1) is ruled out.
    NoGroundForErasure,

    // Erasure: the exceptions of Art. 17(3).
    /// (a) Freedom of expression and information.
    FreedomOfExpression,
    /// (b) A legal duty to keep the data (`params.law`).
    LegalDutyToKeep,
    /// (b) A purpose resting on a legal obligation needs the data.
    LegalObligationPurpose,
    /// (b) A purpose resting on a public task needs the data.
    PublicTaskPurpose,
    /// No purpose needs the data any more: only a legal duty could keep them.
    NoPurposeNeedsData,
    /// Without a condition of Art. 9(2) no obligation or task can keep special data.
    SpecialCategoryNeedsCondition,
    /// A public task objected to without compelling grounds keeps nothing.
    PublicTaskObjected,
    /// (c) Public health under Art. 9(2)(h) or (i).
    PublicHealth,
    /// (d) Archiving, research or statistics that erasure would seriously impair.
    ArchivingOrResearch,
    /// (e) Legal claims.
    LegalClaims,
    /// A ground applies, but the exception prevails to the extent necessary.
    ExceptionPrevails,
    /// Exceptions only the controller can claim were not claimed (`params.fields`).
    ExceptionsNotClaimed,
    /// The data are kept until `params.date`, then `params.action`.
    KeptUntil,

    // Erasure: what follows.
    /// Each recipient is told of the erasure (Art. 19).
    NotifyRecipient,
    /// Data made public: inform the controllers processing them (Art. 17(2)).
    InformOtherControllers,
    /// A minimal suppression entry may be kept to honour a direct-marketing objection.
    SuppressionEntry,
    /// A refusal is communicated within one month, without extension (Art. 12(4)).
    RefusalWithinOneMonth,

    // Objection (Art. 21).
    /// The controller does not process data for direct marketing (Art. 21(2)).
    NoDirectMarketing,
    /// Direct marketing stops in every activity, no balancing (Art. 21(3)).
    DirectMarketingStops,
    /// Data kept only for direct marketing are erased if the subject asks (Art. 17(1)(c)).
    MarketingOnlyDataErased,
    /// Research for a task in the public interest is not reached (Art. 21(6)).
    ResearchForPublicTask,
    /// Research not for a public-interest task stops (Art. 21(6)).
    ResearchObjectionStops,
    /// The objection reaches no processing of the activity (Art. 21(1)).
    ObjectionNotApplicable,
    /// Compelling grounds or legal claims: the processing may continue (Art. 21(1)).
    CompellingGroundsContinue,
    /// Neither compelling grounds nor legal claims: the processing stops (Art. 21(1)).
    ObjectionStops,
    /// The subject may obtain restriction while the grounds are verified (Art. 18(1)(d)).
    RestrictionWhileVerified,

    // Restriction (Art. 18).
    /// (a) The accuracy of the data is contested.
    AccuracyContested,
    /// (b) Unlawful processing, restriction asked instead of erasure.
    RestrictionInsteadOfErasure,
    /// (c) The subject needs the data for legal claims.
    NeededForSubjectsClaims,
    /// (d) An objection under Art. 21(1) is pending.
    ObjectionPending,
    /// While restricted, the data may only be stored (Art. 18(2)).
    RestrictedMeansStorageOnly,
    /// The subject is told before a restriction is lifted (Art. 18(3)).
    LiftingAnnounced,
    /// Each recipient is told of the restriction (Art. 19).
    RecipientsToldOfRestriction,
    /// Every ground of Art. 18(1) is ruled out.
    NoGroundForRestriction,

    // Rights (Art. 7(3), 13–22, 77).
    /// The right concerned (`params.right`).
    Right,
    /// A condition of the right holds (`params.condition`).
    ConditionHolds,
    /// A condition of the right fails (`params.condition`).
    ConditionFails,
    /// Portability does not reach processing for a public task (`params.purpose`).
    PortabilityNotForPublicTask,
    /// An exemption of Art. 14(5) the controller relies on (`params.exemption`).
    InformationExemption,

    // Transfers (Chapter V): is it a transfer?
    /// The data subject discloses their own data: no exporter, no transfer.
    TransferBySubject,
    /// The controller's own staff reach the data from abroad: no transfer.
    TransferByOwnStaff,
    /// The recipient is the controller's own establishment or staff (`params.recipient`).
    TransferToOwnEstablishment,
    /// The recipient's location is not recorded.
    TransferLocationUnknown,
    /// The destination is in the EEA (`params.destination`).
    TransferInsideEea,
    /// The controller is established in the EEA (`params.country`): it is an exporter.
    ExporterInEea,
    /// The controller is outside the EEA but under Art. 3(2) (`params.country`).
    #[serde(rename = "exporter_under_article_3_2")]
    ExporterUnderArticle3_2,
    /// The controller is outside the EEA and not under Art. 3(2) (`params.country`).
    ExporterNotUnderGdpr,
    /// Whether Art. 3(2) brings the controller under the GDPR is not known.
    ExporterScopeUnknown,
    /// The importer receives the data outside the EEA (`params.role`, `recipient`,
    /// `destination`).
    ImporterReceives,
    /// A processor processes beyond its instructions: a controller itself (Art. 28(10)).
    ProcessorBeyondInstructions,
    /// The notice lets the recipient receive data outside an area under a condition, which
    /// holds (`params.recipient`, `region`, `transfer_condition`).
    ClauseMet,
    /// The notice's condition does not hold: the transfer breaks its promise.
    ClauseNotMet,
    /// Whether the notice's condition holds is not stated.
    ClauseUnknown,
    /// A third-country order based on an international agreement (Art. 48).
    OrderUnderAgreement,
    /// A third-country order alone is no ground (Art. 48).
    OrderAlone,

    // Transfers: adequacy (Art. 45).
    /// An adequacy decision in force covers the transfer (`params.reference`, `destination`,
    /// `date`, and the registry's scope note in `text`).
    AdequacyCovers,
    /// A decision is in force, but a fact its scope turns on is unknown
    /// (`params.reference`, `scope_condition`, `scope_fact`).
    AdequacyUnknown,
    /// A decision is in force, but its scope excludes the transfer (`params.reference`,
    /// `scope_condition`).
    AdequacyExcluded,
    /// A decision covered the destination but ended before the date (`params.reference`,
    /// `date`, and why it ended in `text`).
    AdequacyEnded,
    /// A decision covers the destination only from a later day (`params.reference`, `date`,
    /// `until`).
    AdequacyNotYet,
    /// No adequacy decision has ever covered the destination.
    NoAdequacyDecision,

    // Transfers: safeguards and derogations (Art. 46, 49).
    /// A U.S. importer: the EO 14086 safeguards apply; what the assessment must still cover.
    UsNationalSecuritySafeguards,
    /// A safeguard permits the transfer (`params.mechanism`).
    SafeguardPermits,
    /// A safeguard permits the transfer, the assessment relying on EO 14086.
    SafeguardPermitsUs,
    /// A derogation applies (`params.mechanism`).
    DerogationPermits,
    /// The safeguard is only for public authorities (`params.mechanism`).
    SafeguardForPublicAuthoritiesOnly,
    /// The clauses need the supervisory authority's authorisation, which was not given.
    AuthorisationRefused,
    /// The clauses need the supervisory authority's authorisation.
    AuthorisationRequired,
    /// The importer cannot comply with the safeguards (C-311/18).
    SafeguardIneffective,
    /// Safeguards on paper; for the U.S., the rest of the assessment is not recorded.
    SafeguardOnPaperUs,
    /// Safeguards on paper; their effectiveness has not been assessed.
    SafeguardOnPaper,
    /// The derogation is barred to a public authority in its public powers (Art. 49(3)).
    DerogationBarred,
    /// The derogation's conditions are not met (`params.mechanism`).
    DerogationConditionsNotMet,
    /// The derogation applies only if its conditions are met (`params.mechanism`).
    DerogationConditionsUnknown,
    /// No ground of Chapter V applies.
    NoTransferGround,
    /// Remedy: an importer certified under the Data Privacy Framework.
    RemedyDataPrivacyFramework,
    /// Remedy: standard contractual clauses, assessed.
    RemedyStandardContractualClauses,
    /// Remedy: binding corporate rules.
    RemedyBindingCorporateRules,
    /// Remedy: an instrument between public bodies.
    RemedyPublicInstrument,
    /// Remedy: an occasional transfer on a derogation.
    RemedyDerogation,
    /// The transfer breaks the notice's promise (`params.commitment`, `destination`).
    PromiseBroken,
    /// The transfer breaks the notice's conditional clause (`params.recipient`, `region`,
    /// `transfer_condition`, `destination`).
    ClausePromiseBroken,

    // Periods and deadlines (Regulation 1182/71, Art. 12(3), 33(1)).
    /// The day of the event is not counted (Art. 3(1)).
    DayOfEventNotCounted,
    /// A period from a day ends at the end of another (`params.period`, `date`, `until`).
    PeriodEnds,
    /// The public holidays counted (`params.calendar`).
    CalendarCounted,
    /// The last day is not a working day: the period runs to the next one (`params.date`,
    /// `until`, `day`, and a holiday's name and law in `text` and `law`).
    NextWorkingDay,
    /// A period of two days or more includes two working days (`params.until`).
    TwoWorkingDays,
    /// A request is answered within one month of receipt (Art. 12(3)).
    OneMonthToAnswer,
    /// The extension of two further months (Art. 12(3)).
    TwoFurtherMonths,
    /// The hour of the event is not counted (`params.moment`).
    HourOfEventNotCounted,
    /// A period in hours expires (`params.hours`, `moment`, `until_moment`).
    HoursExpire,
    /// The period crosses a change of summer time.
    SummerTimeChange,
    /// A breach is notified within 72 hours of awareness (Art. 33(1)).
    #[serde(rename = "breach_within_72_hours")]
    BreachWithin72Hours,
}

/// What an open question asks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuestionCode {
    /// Are the data still necessary for their purposes?
    NoLongerNecessary,
    /// Has the subject withdrawn consent?
    ConsentWithdrawn,
    /// Has the subject objected, and how?
    Objection,
    /// Has the controller compelling legitimate grounds that override?
    OverridingLegitimateGrounds,
    /// Are the data unlawfully processed (`params.findings` names what the record shows)?
    UnlawfullyProcessed,
    /// Does a law require erasure?
    LegalObligationToErase,
    /// Were the data collected from a child for an information society service?
    CollectedFromChildOnline,
    /// Is keeping the data necessary for public health?
    NecessaryForPublicHealth,
    /// Would erasure seriously impair archiving, research or statistics?
    ErasureImpairsResearch,
    /// Did the controller make the erased data public?
    MadePublic,
    /// For which purposes are the data processed?
    Purposes,
    /// On which basis does the purpose rest (`params.purpose`)?
    PurposeBasis,
    /// Does the purpose need the data category (`params.purpose`, `params.data_category`)?
    PurposeScope,
    /// When did the event a retention period runs from happen (`params.trigger`)?
    EventDate,
    /// The retention period cannot be counted in calendar days from an event.
    RetentionPeriodUnusable,
    /// How long does the law require the data to be kept?
    DutyPeriod,
    /// Which data categories does the duty's law require?
    DutyCategories,
    /// Is the law a duty to keep or a maximum (`params.law`)?
    RetentionKind,
    /// How long must the data be kept? Record it as a legal duty.
    KeepingPeriod,
    /// A maximum states criteria, not a period: how long, at most, may the data be kept?
    MaximumPeriod,
    /// From which event does the retention period run?
    RetentionEvent,
    /// In which month does the financial year end? A rule runs from its end, and a plan was
    /// not told.
    FinancialYearEnd,
    /// Can the controller demonstrate compelling legitimate grounds (Art. 21(1))?
    CompellingGrounds,
    /// Is the processing needed for legal claims (Art. 21(1))?
    LegalClaims,
    /// Does the subject contest the accuracy of the data?
    AccuracyContested,
    /// Is the processing unlawful, with restriction asked instead of erasure?
    UnlawfulAndErasureOpposed,
    /// Does the subject need the data for legal claims the controller no longer needs them for?
    NeededBySubjectForLegalClaims,
    /// Is an objection under Art. 21(1) pending verification?
    ObjectionPending,
    /// Is the processing carried out by automated means?
    AutomatedMeans,
    /// Where does the recipient receive the data?
    RecipientLocation,
    /// Does Art. 3(2) bring the controller's processing under the GDPR?
    #[serde(rename = "article_3_2_applies")]
    Article3_2Applies,
    /// Does the notice's conditional transfer clause hold (`params.transfer_condition`)?
    TransferConditionMet,
    /// A fact an adequacy decision's scope turns on (`params.scope_fact`).
    ScopeFact,
    /// Has the supervisory authority authorised the clauses or arrangement (Art. 46(3))?
    AuthorisedBySupervisoryAuthority,
    /// For the U.S.: has the rest of the transfer impact assessment been done?
    SafeguardsEffectiveUs,
    /// Has the transfer impact assessment confirmed the safeguards are effective?
    SafeguardsEffective,
    /// Does the public authority act in the exercise of its public powers (Art. 49(3))?
    ExercisingPublicPowers,
    /// Are the derogation's conditions met (`params.mechanism`)?
    DerogationConditionsMet,
}
