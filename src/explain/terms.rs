//! The words around the reasons: findings, notice elements, outcomes, labels and headings.
//!
//! Every method here asks the file of a language (`en.rs`, `nl.rs`) for its words; nothing
//! else in the library holds a sentence or a label for people.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{en, nl, Language, Params};
use crate::assess::{
    Applicability, ErasureOutcome, ErasureVerdict, ObjectionOutcome, PlannedRule,
    RestrictionOutcome, StopReason, TransferOutcome,
};
use crate::notice::{AuditCode, CheckCode, ElementStatus, NoticeElement};
use crate::sql::{Scope, WithheldReason};
use crate::{
    Citation, Commitment, DataSubjectRight, Destination, FindingCode, GroundKind, LegalBasis,
    Period, RecipientRole, Region, RetentionAction, RetentionTrigger, Severity, SpecialCategory,
    TransferCondition, TransferMechanism,
};

/// A list of the policy, named where an id belongs to it or should.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PolicyList {
    /// `data_subjects`: the categories of data subjects.
    DataSubjects,
    /// `data_categories`: the categories of personal data.
    DataCategories,
    /// `recipients`.
    Recipients,
    /// `activities`: the processing activities.
    Activities,
    /// `purposes` of an activity.
    Purposes,
}

/// The JSON key of a list, or `?` when the sentence has none.
pub(super) fn key(list: Option<PolicyList>) -> &'static str {
    list.map_or("?", PolicyList::key)
}

/// ": what follows", or nothing when nothing follows.
pub(super) fn after_colon(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(": {text}")
    }
}

impl PolicyList {
    /// The key of the list in the policy's JSON.
    pub const fn key(self) -> &'static str {
        match self {
            PolicyList::DataSubjects => "data_subjects",
            PolicyList::DataCategories => "data_categories",
            PolicyList::Recipients => "recipients",
            PolicyList::Activities => "activities",
            PolicyList::Purposes => "purposes",
        }
    }
}

/// Why Art. 37(1) (or the controller's own choice) calls for a data protection officer.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DpoDuty {
    /// A public authority or body (Art. 37(1)(a)).
    PublicAuthority,
    /// Core activities of regular and systematic monitoring on a large scale (Art. 37(1)(b)).
    LargeScaleMonitoring,
    /// Core activities of special categories or criminal data on a large scale
    /// (Art. 37(1)(c)).
    LargeScaleSpecialData,
    /// The policy records a designated officer (Art. 13(1)(b)).
    Designated,
}

/// A fixed word or sentence of the library's texts: a heading, a label, a line of the notice.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Phrase {
    // The notice (Art. 13, 14).
    /// The notice's title.
    NoticeTitle,
    /// Heading: who is responsible (13(1)(a), (b)).
    NoticeControllerHeading,
    /// "controller", after its name.
    Controller,
    /// "Contact".
    Contact,
    /// "Data protection officer".
    DataProtectionOfficer,
    /// Heading: purposes and bases (13(1)(c), (d)).
    NoticePurposesHeading,
    /// We process here on behalf of another controller.
    NoticeOnBehalfOfClient,
    /// "our interest", before a legitimate interest.
    OurInterest,
    /// The basis is the client's to determine.
    BasisDeterminedByClient,
    /// The basis is not recorded.
    BasisNotRecorded,
    /// A purpose is direct marketing: object at any time.
    NoticeDirectMarketing,
    /// A purpose involves profiling.
    NoticeProfiling,
    /// "Data", before the categories of an activity.
    Data,
    /// "special category", beside a category.
    SpecialCategoryMark,
    /// "national identification number", beside a category.
    NationalNumberMark,
    /// For special categories we rely on …
    SpecialConditionsRelied,
    /// You must provide these data.
    ProvisionRequired,
    /// Providing these data is voluntary.
    ProvisionVoluntary,
    /// "otherwise", before the consequence of not providing data.
    Otherwise,
    /// Heading: data not obtained from the subject (Art. 14).
    NoticeOtherSourcesHeading,
    /// "source".
    Source,
    /// The source is not recorded.
    SourceNotRecorded,
    /// Heading: recipients (13(1)(e)).
    NoticeRecipientsHeading,
    /// We disclose to no one.
    NoRecipients,
    /// The location is not recorded.
    LocationNotRecorded,
    /// Heading: transfers (13(1)(f)).
    NoticeTransfersHeading,
    /// "only outside", before an area.
    OnlyOutside,
    /// "on", before the grounds of a conditional transfer.
    OnGrounds,
    /// "or", between alternatives.
    Or,
    /// "and", between the last two of a list.
    And,
    /// No transfers outside the EEA are recorded.
    NoTransfersRecorded,
    /// Heading: retention (13(2)(a)).
    NoticeRetentionHeading,
    /// No retention period is recorded.
    NoRetentionRecorded,
    /// "then", before what happens when a period ends.
    Then,
    /// Heading: rights (13(2)(b)–(d)).
    NoticeRightsHeading,
    /// How fast we answer (Art. 12(3)).
    NoticeResponseTime,
    /// Heading: automated decisions (13(2)(f)).
    NoticeAutomatedHeading,
    /// The logic is not described.
    LogicNotDescribed,
    /// We take no solely automated decisions.
    NoAutomatedDecisions,
    /// Heading: complaints (13(2)(d)).
    NoticeComplaintsHeading,
    /// No supervisory authority is recorded.
    NoAuthorityRecorded,
    /// You may always complain (Art. 77).
    NoticeComplaintRight,
    /// "immediately": a period of nothing.
    Immediately,

    // Texts of decisions (`to_text`).
    /// "error".
    Error,
    /// "errors".
    Errors,
    /// "warning".
    Warning,
    /// "warnings".
    Warnings,
    /// Heading of a validation report.
    Validation,
    /// Heading of the rights of an activity, with the key of its marks.
    RightsHeading,
    /// "Rights of the activity".
    RightsOf,
    /// Heading of an erasure decision.
    ErasureHeading,
    /// "answer by".
    AnswerBy,
    /// "or, if extended,".
    IfExtended,
    /// "a refusal: no extension".
    NoExtensionForRefusal,
    /// "keep until".
    KeepUntil,
    /// "in", before an activity.
    In,
    /// "stop".
    Stop,
    /// "may keep".
    MayKeep,
    /// "tell recipient".
    TellRecipient,
    /// "tell other controllers".
    TellOtherControllers,
    /// Heading of an objection decision.
    ObjectionHeading,
    /// Heading of a restriction decision.
    RestrictionHeading,
    /// Heading of a transfer decision: "Transfer to".
    TransferTo,
    /// "on", before a transfer's ground.
    On,
    /// "breaks its promise".
    BreaksPromise,
    /// "would be permitted with".
    WouldBePermittedWith,
    /// "Open questions".
    OpenQuestions,
    /// "Why".
    Why,
    /// Heading of a deadline.
    Deadline,
    /// "ends at the end of".
    EndsAtEndOf,
    /// "ends at".
    EndsAt,
    /// "request received".
    RequestReceived,
    /// "extended".
    Extended,
    /// "notify the authority by".
    NotifyBy,
    /// Heading of a notice audit.
    NoticeAuditHeading,
    /// Nothing to report.
    Nothing,
    /// Heading of a notice check.
    NoticeCheckHeading,
    /// "help", before what to change.
    Help,
    /// "due since", before the day a record's retention period ended.
    DueSince,

    // The retention plan and its SQL.
    /// Heading of a retention plan: "Retention plan on", before its date.
    RetentionPlanOn,
    /// "unless kept by", before the legal duties that guard a statement.
    UnlessKeptBy,
    /// "withheld", before a maximum that has no statement.
    Withheld,
    /// "params", before the bind parameters of a statement.
    Parameters,

    // Breach (Art. 33, 34).
    /// The title of a breach decision.
    BreachTitle,
    /// "Supervisory authority".
    SupervisoryAuthority,
    /// "Data subjects".
    DataSubjects,
    /// "Risk".
    Risk,
    /// "between", before two levels of risk.
    Between,
    /// "Register entry".
    RegisterEntry,
    /// "assessed at".
    AssessedAt,
    /// "remedial action".
    RemedialAction,
}

impl Language {
    /// A fixed word or sentence.
    pub fn phrase(self, phrase: Phrase) -> &'static str {
        match self {
            Language::English => en::phrase(phrase),
            Language::Dutch => nl::phrase(phrase),
        }
    }

    /// A number of things: "1 error", "3 waarschuwingen".
    pub fn count(self, n: usize, one: Phrase, many: Phrase) -> String {
        format!("{n} {}", self.phrase(if n == 1 { one } else { many }))
    }

    /// The GDPR's abbreviation in this language: AVG or GDPR.
    pub fn regulation(self) -> &'static str {
        match self {
            Language::English => "GDPR",
            Language::Dutch => "AVG",
        }
    }

    /// A citation as this language writes it: `Art. 6(1)(f)`, `art. 6, lid 1, onder f)`.
    pub fn cite(self, citation: Citation) -> String {
        match self {
            Language::English => citation.to_string(),
            Language::Dutch => nl::cite(citation),
        }
    }

    /// What validation found, in a sentence.
    pub fn finding(self, code: FindingCode, params: &Params) -> String {
        match self {
            Language::English => en::finding_message(code, params),
            Language::Dutch => nl::finding_message(code, params),
        }
    }

    /// What to change about a finding of validation.
    pub fn finding_help(self, code: FindingCode, params: &Params) -> String {
        match self {
            Language::English => en::finding_help(code, params),
            Language::Dutch => nl::finding_help(code, params),
        }
    }

    /// What the audit of a published notice found, in a sentence.
    pub fn audit(self, code: AuditCode, params: &Params) -> String {
        match self {
            Language::English => en::audit(code, params),
            Language::Dutch => nl::audit(code, params),
        }
    }

    /// What the completeness check of a notice found for one element, in a sentence.
    pub fn check(self, code: CheckCode, params: &Params) -> String {
        match self {
            Language::English => en::check(code, params),
            Language::Dutch => nl::check(code, params),
        }
    }

    /// The name of an element of Art. 13 or 14.
    pub fn element(self, element: NoticeElement) -> &'static str {
        match self {
            Language::English => en::element(element),
            Language::Dutch => nl::element(element),
        }
    }

    /// How far a policy supports an element of a notice.
    pub fn element_status(self, status: ElementStatus) -> &'static str {
        match self {
            Language::English => en::element_status(status),
            Language::Dutch => nl::element_status(status),
        }
    }

    /// A lawful basis of Art. 6(1), as a notice names it.
    pub fn basis(self, basis: &LegalBasis) -> &'static str {
        match self {
            Language::English => en::basis(basis),
            Language::Dutch => nl::basis(basis),
        }
    }

    /// The role of a recipient.
    pub fn role(self, role: RecipientRole) -> &'static str {
        match self {
            Language::English => en::role(role),
            Language::Dutch => nl::role(role),
        }
    }

    /// A special category of personal data, as Art. 9(1) names it.
    pub fn special_category(self, category: SpecialCategory) -> &'static str {
        match self {
            Language::English => en::special_category(category),
            Language::Dutch => nl::special_category(category),
        }
    }

    /// When a retention period starts: "after the end of the contract".
    pub fn after(self, trigger: RetentionTrigger) -> &'static str {
        match self {
            Language::English => en::after(trigger),
            Language::Dutch => nl::after(trigger),
        }
    }

    /// A period in words: "7 jaar", "1 month and 15 days".
    pub fn period(self, period: Period) -> String {
        match self {
            Language::English => en::period(period),
            Language::Dutch => nl::period(period),
        }
    }

    /// What happens to data when a period ends: "erased", "gewist".
    pub fn action(self, action: RetentionAction) -> &'static str {
        match self {
            Language::English => en::action_done(action),
            Language::Dutch => nl::action_done(action),
        }
    }

    /// What to do to data when a period ends, as a command: "erase", "wis".
    pub fn action_verb(self, action: RetentionAction) -> &'static str {
        match self {
            Language::English => en::action_verb(action),
            Language::Dutch => nl::action_verb(action),
        }
    }

    /// A rule of a retention plan on the plan's date, in one sentence: its kind and law, and
    /// which rows it makes due or protects ("maximum: erase `contact` where the date of the
    /// end of the contract is on or before 2024-11-27"). Its questions, if any, are the
    /// rule's own ([`PlannedRule::questions`]).
    pub fn planned_rule(self, rule: &PlannedRule) -> String {
        match self {
            Language::English => en::planned_rule(rule),
            Language::Dutch => nl::planned_rule(rule),
        }
    }

    /// Why the SQL of a retention plan has no statement for a maximum.
    pub fn withheld_reason(self, reason: WithheldReason) -> &'static str {
        match self {
            Language::English => en::withheld_reason(reason),
            Language::Dutch => nl::withheld_reason(reason),
        }
    }

    /// Whether a statement changes whole rows or some columns: "rows", "kolommen".
    pub fn scope(self, scope: Scope) -> &'static str {
        match self {
            Language::English => en::scope(scope),
            Language::Dutch => nl::scope(scope),
        }
    }

    /// A right as a notice titles it: "Access", "Recht van inzage".
    pub fn right_title(self, right: DataSubjectRight) -> &'static str {
        match self {
            Language::English => en::right_title(right),
            Language::Dutch => nl::right_title(right),
        }
    }

    /// What a right means, in one sentence addressed to the data subject.
    pub fn right_detail(self, right: DataSubjectRight) -> &'static str {
        match self {
            Language::English => en::right_detail(right),
            Language::Dutch => nl::right_detail(right),
        }
    }

    /// A promise of a notice, as a clause: "no personal data are transferred outside the EEA".
    pub fn commitment(self, commitment: Commitment) -> &'static str {
        match self {
            Language::English => en::commitment(commitment),
            Language::Dutch => nl::commitment(commitment),
        }
    }

    /// A promise of a notice, as the notice states it: "We transfer no personal data …".
    pub fn commitment_statement(self, commitment: Commitment) -> &'static str {
        match self {
            Language::English => en::commitment_statement(commitment),
            Language::Dutch => nl::commitment_statement(commitment),
        }
    }

    /// A region in a sentence: "the EEA", "de EER".
    pub fn region(self, region: Region) -> &'static str {
        match self {
            Language::English => en::region(region),
            Language::Dutch => nl::region(region),
        }
    }

    /// A region in full: "the European Economic Area".
    pub fn region_in_full(self, region: Region) -> &'static str {
        match self {
            Language::English => en::region_in_full(region),
            Language::Dutch => nl::region_in_full(region),
        }
    }

    /// Where data go: a country's code, a region, an international organisation.
    pub fn destination(self, destination: &Destination) -> String {
        match self {
            Language::English => en::destination(destination),
            Language::Dutch => nl::destination(destination),
        }
    }

    /// The kind of a transfer's ground: "adequacy decision", "passende waarborgen".
    pub fn mechanism(self, mechanism: TransferMechanism) -> &'static str {
        match self {
            Language::English => en::mechanism(mechanism),
            Language::Dutch => nl::mechanism(mechanism),
        }
    }

    /// A kind of ground a notice names for conditional transfers, with its article.
    pub fn ground_kind(self, ground: GroundKind) -> &'static str {
        match self {
            Language::English => en::ground_kind(ground),
            Language::Dutch => nl::ground_kind(ground),
        }
    }

    /// The condition of a conditional transfer clause.
    pub fn transfer_condition(self, condition: TransferCondition) -> &'static str {
        match self {
            Language::English => en::transfer_condition(condition),
            Language::Dutch => nl::transfer_condition(condition),
        }
    }

    /// Error or warning.
    pub fn severity(self, severity: Severity) -> &'static str {
        match self {
            Language::English => en::severity(severity),
            Language::Dutch => nl::severity(severity),
        }
    }

    /// Whether a right applies.
    pub fn applicability(self, applies: Applicability) -> &'static str {
        match self {
            Language::English => en::applicability(applies),
            Language::Dutch => nl::applicability(applies),
        }
    }

    /// What happens to one data category in one activity on an erasure request.
    pub fn erasure_verdict(self, verdict: ErasureVerdict) -> &'static str {
        match self {
            Language::English => en::erasure_verdict(verdict),
            Language::Dutch => nl::erasure_verdict(verdict),
        }
    }

    /// The answer to an erasure request as a whole.
    pub fn erasure_outcome(self, outcome: ErasureOutcome) -> &'static str {
        match self {
            Language::English => en::erasure_outcome(outcome),
            Language::Dutch => nl::erasure_outcome(outcome),
        }
    }

    /// The answer to an objection.
    pub fn objection_outcome(self, outcome: ObjectionOutcome) -> &'static str {
        match self {
            Language::English => en::objection_outcome(outcome),
            Language::Dutch => nl::objection_outcome(outcome),
        }
    }

    /// The answer to a restriction request.
    pub fn restriction_outcome(self, outcome: RestrictionOutcome) -> &'static str {
        match self {
            Language::English => en::restriction_outcome(outcome),
            Language::Dutch => nl::restriction_outcome(outcome),
        }
    }

    /// The answer to a transfer request.
    pub fn transfer_outcome(self, outcome: TransferOutcome) -> &'static str {
        match self {
            Language::English => en::transfer_outcome(outcome),
            Language::Dutch => nl::transfer_outcome(outcome),
        }
    }

    /// Why processing for a purpose stops.
    pub fn stop_reason(self, reason: StopReason) -> &'static str {
        match self {
            Language::English => en::stop_reason(reason),
            Language::Dutch => nl::stop_reason(reason),
        }
    }
}

/// The words of a personal data breach decision (Art. 33, 34).
impl Language {
    /// A step of a breach decision, as a sentence without its citation.
    pub fn breach_reason(self, reason: &crate::assess::BreachReason) -> String {
        match self {
            Language::English => en::breach_reason(reason),
            Language::Dutch => nl::breach_reason(reason),
        }
    }

    /// The question that asks for an unknown fact of a breach.
    pub fn breach_question(self, fact: crate::assess::BreachFact) -> String {
        match self {
            Language::English => en::breach_question(fact),
            Language::Dutch => nl::breach_question(fact),
        }
    }

    /// The answer on notifying the supervisory authority (Art. 33).
    pub fn authority_notification(self, a: crate::assess::AuthorityNotification) -> &'static str {
        match self {
            Language::English => en::authority_notification(a),
            Language::Dutch => nl::authority_notification(a),
        }
    }

    /// The answer on telling the data subjects (Art. 34).
    pub fn subject_communication(self, s: crate::assess::SubjectCommunication) -> &'static str {
        match self {
            Language::English => en::subject_communication(s),
            Language::Dutch => nl::subject_communication(s),
        }
    }

    /// A level of risk.
    pub fn risk_level(self, r: crate::assess::RiskLevel) -> &'static str {
        match self {
            Language::English => en::risk_level(r),
            Language::Dutch => nl::risk_level(r),
        }
    }

    /// Who could see the data.
    pub fn exposure(self, e: crate::Exposure) -> &'static str {
        match self {
            Language::English => en::exposure(e),
            Language::Dutch => nl::exposure(e),
        }
    }

    /// A consequence for the data subjects (recitals 75 and 85).
    pub fn consequence(self, c: crate::Consequence) -> &'static str {
        match self {
            Language::English => en::consequence(c),
            Language::Dutch => nl::consequence(c),
        }
    }

    /// How the data were protected: "encrypted", "versleuteld".
    pub fn protection_measure(self, m: crate::ProtectionMeasure) -> &'static str {
        match self {
            Language::English => en::measure(m),
            Language::Dutch => nl::measure(m),
        }
    }

    /// A fact an adequacy decision's scope turns on, stated: "the importer is a religious
    /// body".
    pub fn scope_fact(self, fact: crate::ScopeFact) -> String {
        match self {
            Language::English => en::scope_fact(fact),
            Language::Dutch => nl::scope_fact(fact),
        }
    }

    /// A limit of an adequacy decision's scope: "it excludes transfers where …".
    pub fn scope_condition(self, condition: &crate::ScopeCondition) -> String {
        match self {
            Language::English => en::scope_condition(condition),
            Language::Dutch => nl::scope_condition(condition),
        }
    }

    /// The question that establishes a scope fact.
    pub fn scope_fact_question(self, fact: crate::ScopeFact) -> &'static str {
        match self {
            Language::English => en::fact_question(fact),
            Language::Dutch => nl::fact_question(fact),
        }
    }

    /// A point of EDPB guidance: `EDPB Guidelines 9/2022, IV.B`.
    pub fn guidance(self, g: &crate::assess::Guidance) -> String {
        match self {
            Language::English => en::guidance(g),
            Language::Dutch => nl::guidance(g),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::every;
    use super::*;
    use crate::assess::{BreachFact, BreachReason, Guidance};
    use crate::{Consequence, Exposure, ProtectionMeasure};

    /// Parameters for every sentence, so that none renders a `?`.
    fn full() -> Params {
        Params {
            activity: Some("a".into()),
            purpose: Some("p".into()),
            data_category: Some("c".into()),
            recipient: Some("r".into()),
            law: Some("a law".into()),
            text: Some("Stebo vzw".into()),
            id: Some("x".into()),
            ids: vec!["x".into(), "y".into()],
            list: Some(PolicyList::Purposes),
            count: Some(16),
            known: Some(true),
            basis: Some(LegalBasis::PublicTask {
                legal_reference: None,
            }),
            special_category: Some(SpecialCategory::Health),
            grounds: vec![GroundKind::AdequacyDecision],
            element: Some(NoticeElement::Retention),
            dpo_duty: Some(DpoDuty::PublicAuthority),
            country: Some("NL".parse().unwrap()),
            destination: Some(Destination::Country("US".parse().unwrap())),
            region: Some(Region::Eu),
            role: Some(RecipientRole::PublicAuthority),
            period: Some(Period {
                months: 2,
                ..Period::default()
            }),
            mechanism: Some(TransferMechanism::AdequacyDecision),
            commitment: Some(Commitment::NoProfiling),
            right: Some(DataSubjectRight::Access),
            fields: vec!["commitments[0]".into()],
            ..Params::default()
        }
    }

    /// Both languages have words, the words differ, and no parameter is missing.
    fn both(what: &str, en: String, nl: String) {
        assert!(!en.is_empty() && !nl.is_empty(), "{what}");
        assert_ne!(en, nl, "{what} is not translated");
        assert!(
            !en.contains("`?`") && !nl.contains("`?`"),
            "{what}: {en} / {nl}"
        );
    }

    #[test]
    fn every_finding_has_a_message_and_a_help_in_english_and_dutch() {
        for code in every::<FindingCode>() {
            // References read differently inside an activity and at the policy's level.
            let without_activity = Params {
                activity: None,
                ..full()
            };
            let mut cases = vec![full()];
            if matches!(
                code,
                FindingCode::DuplicateId | FindingCode::DanglingReference
            ) {
                cases.push(without_activity);
            }
            for p in cases {
                let what = format!("{code:?}");
                both(
                    &what,
                    Language::English.finding(code, &p),
                    Language::Dutch.finding(code, &p),
                );
                both(
                    &what,
                    Language::English.finding_help(code, &p),
                    Language::Dutch.finding_help(code, &p),
                );
            }
        }
    }

    #[test]
    fn every_audit_and_check_finding_has_english_and_dutch_words() {
        for code in every::<AuditCode>() {
            both(
                &format!("{code:?}"),
                Language::English.audit(code, &full()),
                Language::Dutch.audit(code, &full()),
            );
        }
        for code in every::<CheckCode>()
            .into_iter()
            .filter(|c| *c != CheckCode::AuthoritiesNamed)
        {
            both(
                &format!("{code:?}"),
                Language::English.check(code, &full()),
                Language::Dutch.check(code, &full()),
            );
        }
    }

    #[test]
    fn every_phrase_and_label_has_english_and_dutch_words() {
        // Words that are the same in both languages.
        let same = [Phrase::Contact, Phrase::In];
        for p in every::<Phrase>().into_iter().filter(|p| !same.contains(p)) {
            both(
                &format!("{p:?}"),
                Language::English.phrase(p).into(),
                Language::Dutch.phrase(p).into(),
            );
        }
        for e in every::<NoticeElement>() {
            both(
                &format!("{e:?}"),
                Language::English.element(e).into(),
                Language::Dutch.element(e).into(),
            );
        }
        for s in every::<ElementStatus>() {
            both(
                &format!("{s:?}"),
                Language::English.element_status(s).into(),
                Language::Dutch.element_status(s).into(),
            );
        }
        for c in every::<SpecialCategory>() {
            both(
                &format!("{c:?}"),
                Language::English.special_category(c).into(),
                Language::Dutch.special_category(c).into(),
            );
        }
        for r in every::<RecipientRole>() {
            both(
                &format!("{r:?}"),
                Language::English.role(r).into(),
                Language::Dutch.role(r).into(),
            );
        }
        for t in every::<RetentionTrigger>() {
            both(
                &format!("{t:?}"),
                Language::English.after(t).into(),
                Language::Dutch.after(t).into(),
            );
        }
        for a in every::<RetentionAction>() {
            both(
                &format!("{a:?}"),
                Language::English.action(a).into(),
                Language::Dutch.action(a).into(),
            );
        }
        for r in DataSubjectRight::ALL {
            both(
                &format!("{r:?}"),
                Language::English.right_title(r).into(),
                Language::Dutch.right_title(r).into(),
            );
            both(
                &format!("{r:?}"),
                Language::English.right_detail(r).into(),
                Language::Dutch.right_detail(r).into(),
            );
        }
        for c in every::<Commitment>() {
            both(
                &format!("{c:?}"),
                Language::English.commitment(c).into(),
                Language::Dutch.commitment(c).into(),
            );
            both(
                &format!("{c:?}"),
                Language::English.commitment_statement(c).into(),
                Language::Dutch.commitment_statement(c).into(),
            );
        }
        for a in every::<Applicability>() {
            both(
                &format!("{a:?}"),
                Language::English.applicability(a).into(),
                Language::Dutch.applicability(a).into(),
            );
        }
        for v in every::<ErasureVerdict>() {
            both(
                &format!("{v:?}"),
                Language::English.erasure_verdict(v).into(),
                Language::Dutch.erasure_verdict(v).into(),
            );
        }
        for o in every::<ErasureOutcome>() {
            both(
                &format!("{o:?}"),
                Language::English.erasure_outcome(o).into(),
                Language::Dutch.erasure_outcome(o).into(),
            );
        }
        for o in every::<ObjectionOutcome>() {
            both(
                &format!("{o:?}"),
                Language::English.objection_outcome(o).into(),
                Language::Dutch.objection_outcome(o).into(),
            );
        }
        for o in every::<RestrictionOutcome>() {
            both(
                &format!("{o:?}"),
                Language::English.restriction_outcome(o).into(),
                Language::Dutch.restriction_outcome(o).into(),
            );
        }
        for o in every::<TransferOutcome>() {
            both(
                &format!("{o:?}"),
                Language::English.transfer_outcome(o).into(),
                Language::Dutch.transfer_outcome(o).into(),
            );
        }
        for s in every::<StopReason>() {
            both(
                &format!("{s:?}"),
                Language::English.stop_reason(s).into(),
                Language::Dutch.stop_reason(s).into(),
            );
        }
        for s in every::<Severity>() {
            both(
                &format!("{s:?}"),
                Language::English.severity(s).into(),
                Language::Dutch.severity(s).into(),
            );
        }
        for g in every::<GroundKind>() {
            both(
                &format!("{g:?}"),
                Language::English.ground_kind(g).into(),
                Language::Dutch.ground_kind(g).into(),
            );
        }
        for c in every::<TransferCondition>() {
            both(
                &format!("{c:?}"),
                Language::English.transfer_condition(c).into(),
                Language::Dutch.transfer_condition(c).into(),
            );
        }
        for a in every::<RetentionAction>() {
            both(
                &format!("{a:?}"),
                Language::English.action_verb(a).into(),
                Language::Dutch.action_verb(a).into(),
            );
        }
        for w in every::<WithheldReason>() {
            both(
                &format!("{w:?}"),
                Language::English.withheld_reason(w).into(),
                Language::Dutch.withheld_reason(w).into(),
            );
        }
        for s in every::<Scope>() {
            both(
                &format!("{s:?}"),
                Language::English.scope(s).into(),
                Language::Dutch.scope(s).into(),
            );
        }
        for r in every::<Region>() {
            both(
                &format!("{r:?}"),
                Language::English.region(r).into(),
                Language::Dutch.region(r).into(),
            );
            both(
                &format!("{r:?}"),
                Language::English.region_in_full(r).into(),
                Language::Dutch.region_in_full(r).into(),
            );
        }
    }

    #[test]
    fn every_breach_word_has_english_and_dutch_words() {
        for f in BreachFact::ALL {
            both(
                &format!("{f:?}"),
                Language::English.breach_question(f),
                Language::Dutch.breach_question(f),
            );
        }
        for a in every::<crate::assess::AuthorityNotification>() {
            both(
                &format!("{a:?}"),
                Language::English.authority_notification(a).into(),
                Language::Dutch.authority_notification(a).into(),
            );
        }
        for s in every::<crate::assess::SubjectCommunication>() {
            both(
                &format!("{s:?}"),
                Language::English.subject_communication(s).into(),
                Language::Dutch.subject_communication(s).into(),
            );
        }
        for r in every::<crate::assess::RiskLevel>() {
            both(
                &format!("{r:?}"),
                Language::English.risk_level(r).into(),
                Language::Dutch.risk_level(r).into(),
            );
        }
        for e in every::<Exposure>() {
            both(
                &format!("{e:?}"),
                Language::English.exposure(e).into(),
                Language::Dutch.exposure(e).into(),
            );
        }
        for c in Consequence::ALL {
            both(
                &format!("{c:?}"),
                Language::English.consequence(c).into(),
                Language::Dutch.consequence(c).into(),
            );
        }
        for m in every::<ProtectionMeasure>() {
            both(
                &format!("{m:?}"),
                Language::English.protection_measure(m).into(),
                Language::Dutch.protection_measure(m).into(),
            );
        }
        let reason = BreachReason::NoPersonalData;
        both(
            "breach reason",
            Language::English.breach_reason(&reason),
            Language::Dutch.breach_reason(&reason),
        );
        let g: Option<Guidance> = reason.guidance();
        if let Some(g) = g {
            both(
                "guidance",
                Language::English.guidance(&g),
                Language::Dutch.guidance(&g),
            );
        }
    }

    /// A planned rule of each kind with each bound a plan can give it.
    fn planned_rules() -> Vec<PlannedRule> {
        use crate::assess::Cutoff;
        use crate::explain::QuestionCode;
        use crate::RetentionKind;
        let date = chrono::NaiveDate::from_ymd_opt(2018, 12, 31).unwrap();
        let question = crate::assess::OpenQuestion::of(
            QuestionCode::RetentionKind,
            "activities[0].retention[0].kind",
            Citation::article(17).paragraph(3).point('b'),
        );
        let cutoffs = [
            Cutoff::DueIfTriggerOnOrBefore { date },
            Cutoff::NoneDue,
            Cutoff::ProtectedIfTriggerAfter { date },
            Cutoff::AllProtected,
            Cutoff::NeedsReview {
                questions: vec![question],
            },
        ];
        let mut rules = Vec::new();
        for kind in [
            Some(RetentionKind::Maximum),
            Some(RetentionKind::LegalDuty),
            None,
        ] {
            for cutoff in &cutoffs {
                for (law, categories) in [
                    (None, vec!["invoices".to_owned(), "contact".to_owned()]),
                    (Some("Art. 52 AWR".to_owned()), Vec::new()),
                ] {
                    rules.push(PlannedRule {
                        rule: 0,
                        path: "activities[0].retention[0]".into(),
                        kind,
                        data_categories: categories,
                        period: Some(Period {
                            years: 7,
                            ..Period::default()
                        }),
                        from: Some(RetentionTrigger::EndOfFinancialYear),
                        then: RetentionAction::Anonymise,
                        legal_reference: law,
                        citation: Citation::article(5).paragraph(1).point('e'),
                        cutoff: cutoff.clone(),
                    });
                }
            }
        }
        rules
    }

    #[test]
    fn every_planned_rule_has_english_and_dutch_words_without_rust_names() {
        for rule in planned_rules() {
            let what = format!("{:?} {:?}", rule.kind, rule.cutoff);
            let en = Language::English.planned_rule_line(&rule);
            let nl = Language::Dutch.planned_rule_line(&rule);
            both(&what, en.clone(), nl.clone());
            for text in [&en, &nl] {
                assert!(!text.contains("end_of_financial_year"), "{what}: {text}");
                assert!(!text.contains('?'), "{what}: {text}");
            }
            if let Some(law) = &rule.legal_reference {
                assert!(en.contains(law) && nl.contains(law), "{what}: {en} / {nl}");
            }
            if !rule.data_categories.is_empty()
                && !matches!(rule.cutoff, crate::assess::Cutoff::NeedsReview { .. })
            {
                assert!(en.contains("`invoices` and `contact`"), "{what}: {en}");
                assert!(nl.contains("`invoices` en `contact`"), "{what}: {nl}");
            }
        }
    }

    #[test]
    fn a_planned_rule_says_which_rows_it_makes_due_or_protects() {
        let rules = planned_rules();
        let (due, protected) = (&rules[0], &rules[14]);
        assert_eq!(
            Language::English.planned_rule_line(due),
            "maximum: anonymise `invoices` and `contact` where the date of the end of the financial year is on or before 2018-12-31 (Art. 5(1)(e))"
        );
        assert_eq!(
            Language::Dutch.planned_rule_line(due),
            "maximale bewaartermijn: anonimiseer `invoices` en `contact` als de datum van het einde van het boekjaar op of vóór 2018-12-31 ligt (art. 5, lid 1, onder e))"
        );
        assert_eq!(
            Language::Dutch.planned_rule(protected),
            "wettelijke bewaarplicht: wis, anonimiseer of archiveer `invoices` en `contact` niet als de datum van het einde van het boekjaar na 2018-12-31 ligt of niet is vastgelegd"
        );
        // A rule in doubt that may keep names what it keeps meanwhile; one that names no
        // category keeps the activity's data.
        let in_doubt = &rules[29];
        assert_eq!(in_doubt.kind, None);
        assert!(in_doubt.data_categories.is_empty());
        assert_eq!(
            Language::English.planned_rule(in_doubt),
            "retention rule under Art. 52 AWR: needs review; until its questions are answered, do not erase, anonymise or archive the activity's data"
        );
    }

    #[test]
    fn dutch_citations_follow_the_dutch_text_of_the_gdpr() {
        let nl = |c: Citation| Language::Dutch.cite(c);
        assert_eq!(
            nl(Citation::article(6).paragraph(1).point('f')),
            "art. 6, lid 1, onder f)"
        );
        assert_eq!(
            nl(Citation::article(6).paragraph(1).subparagraph(2)),
            "art. 6, lid 1, tweede alinea"
        );
        assert_eq!(nl(Citation::article(77)), "art. 77");
        assert_eq!(Language::English.cite(Citation::article(77)), "Art. 77");
    }

    #[test]
    fn dutch_uses_the_terms_of_the_avg() {
        let p = full();
        let nl = |code| Language::Dutch.finding(code, &p);
        assert!(nl(FindingCode::ProcessorWithoutContract).contains("verwerker"));
        assert!(nl(FindingCode::ProcessorWithoutContract).contains("verwerkingsverantwoordelijke"));
        assert!(nl(FindingCode::LegitimateInterestsByPublicAuthority)
            .contains("gerechtvaardigd belang"));
        assert!(nl(FindingCode::SpecialCategoryWithoutCondition)
            .contains("bijzondere categorie van persoonsgegevens"));
        assert!(Language::Dutch
            .audit(AuditCode::DpoRequired, &p)
            .contains("functionaris voor gegevensbescherming"));
        assert!(Language::Dutch
            .finding_help(FindingCode::AdequacyNotAvailable, &p)
            .contains("passende waarborgen"));
        assert_eq!(
            Language::Dutch.right_title(DataSubjectRight::Erasure),
            "Recht op gegevenswissing"
        );
        assert_eq!(
            Language::Dutch.right_title(DataSubjectRight::Portability),
            "Recht op overdraagbaarheid van gegevens"
        );
        assert_eq!(
            Language::Dutch.right_title(DataSubjectRight::Restriction),
            "Recht op beperking van de verwerking"
        );
    }
}
