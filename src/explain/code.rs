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
    /// A sentence not yet given a code of its own (`params.text`).
    Text,

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
}

/// What an open question asks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuestionCode {
    /// A question not yet given a code of its own (`params.text`).
    Text,
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
}
