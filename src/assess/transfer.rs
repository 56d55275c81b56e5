//! "May I send this data to that recipient?" — Chapter V (Art. 44–49), as of a date.
//!
//! The assessment follows the order of the Regulation and of the EDPB:
//!
//! 1. Is it a transfer at all? Under the EDPB Guidelines 05/2021 there is a transfer when an
//!    exporter subject to the GDPR discloses or makes available personal data to **another**
//!    controller or processor in a third country or an international organisation. Data the
//!    subject sends themselves, and the controller's own staff reaching its data from abroad,
//!    are not transfers; nor is anything inside the EEA.
//! 2. An adequacy decision in force on the date that covers the importer (Art. 45).
//! 3. Else appropriate safeguards (Art. 46), which must also be effective in the importer's
//!    law and practice (C-311/18, Schrems II).
//! 4. Else a derogation (Art. 49), with its conditions and the limits of Art. 49(3).
//!
//! A third-country court order is not by itself a ground (Art. 48). Facts the library cannot
//! know are fields of [`TransferRequest`]; when one decides the answer and is missing, the
//! outcome is [`TransferOutcome::NeedsReview`] with the question to answer. The decision also
//! says whether the transfer breaks the controller's published commitments, legal or not.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{assess_transfer, TransferOutcome, TransferRequest};
//! use gdpr::{AdequacyRegistry, Policy};
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let registry = AdequacyRegistry::builtin();
//! let request = TransferRequest::to("mailer");
//! let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//! let decision = assess_transfer(&policy, &registry, &request, day).unwrap();
//! // Mailer Inc. is DPF-certified: the U.S. adequacy decision of 10 July 2023 covers it.
//! assert_eq!(decision.outcome, TransferOutcome::Permitted);
//! assert_eq!(decision.reasons[0].citation.to_string(), "Art. 45(1)");
//! ```

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AssessError, OpenQuestion, Reason};
use crate::{
    AdequacyLookup, AdequacyRegistry, Citation, Commitment, ControllerKind, Derogation,
    Destination, ImporterFact, Policy, Recipient, Safeguard, TransferMechanism,
};

/// Who makes the data available to the recipient.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisclosedBy {
    /// The controller (or its processor) discloses the data: the usual case.
    #[default]
    Controller,
    /// The data subject sends their own data directly (EDPB Guidelines 05/2021, criterion 1).
    DataSubject,
    /// An employee of the controller reaches the data from abroad: the data stay within the
    /// same controller (EDPB Guidelines 05/2021, criterion 2).
    OwnStaffAbroad,
}

/// A question to the transfer assessment: send data to this recipient, on these facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfer request object")]
pub struct TransferRequest {
    /// The id of the recipient in the policy.
    pub recipient: String,
    /// The activity under which the data are sent; when given, only the transfer grounds
    /// declared for that activity are considered, otherwise those of every activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// A ground to rely on in addition to those declared in the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<TransferMechanism>,
    /// Who makes the data available. Absent means the controller.
    #[serde(default)]
    pub disclosed_by: DisclosedBy,
    /// For Art. 46 safeguards: whether the importer's law and practice let it comply with
    /// them, supplementary measures included (the transfer impact assessment required by
    /// C-311/18). Absent when not assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguards_effective: Option<bool>,
    /// For Art. 46(3) clauses and arrangements: whether the competent supervisory authority
    /// authorised them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorised_by_supervisory_authority: Option<bool>,
    /// For an Art. 49(1) derogation: whether its conditions are met — for (a), explicit
    /// consent after being informed of the possible risks; for (b)–(f), that the transfer is
    /// necessary for the stated end and occasional; for (g), the register's conditions for
    /// consultation; for the second subparagraph, compelling legitimate interests, not
    /// repetitive, a limited number of subjects, suitable safeguards and the supervisory
    /// authority and the subject informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derogation_conditions_met: Option<bool>,
    /// For a public authority controller: whether it acts in the exercise of its public
    /// powers (Art. 49(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercising_public_powers: Option<bool>,
    /// Set when the transfer is requested by a court or authority of a third country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_country_order: Option<ThirdCountryOrder>,
}

impl TransferRequest {
    /// A request to send data to the recipient with this id, with no further facts.
    pub fn to(recipient: impl Into<String>) -> TransferRequest {
        TransferRequest {
            recipient: recipient.into(),
            ..TransferRequest::default()
        }
    }
}

/// A judgment or decision of a third-country court or authority requiring the transfer
/// (Art. 48).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a third country order object")]
pub struct ThirdCountryOrder {
    /// Whether the order is based on an international agreement in force between the
    /// requesting country and the Union or the Member State, such as a mutual legal
    /// assistance treaty.
    pub international_agreement: bool,
}

/// The answer to a transfer request.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransferOutcome {
    /// Chapter V does not apply: the data stay in the EEA or no transfer takes place.
    NotATransfer,
    /// The transfer may take place on the ground given.
    Permitted,
    /// No ground applies: the transfer must not take place.
    Prohibited,
    /// The answer turns on facts not given; see the open questions.
    NeedsReview,
}

/// A promise of the controller's notice that the transfer would break.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a commitment breach object")]
pub struct CommitmentBreach {
    /// The promise.
    pub commitment: Commitment,
    /// Why the transfer breaks it.
    pub reason: Reason,
}

/// The decision on a transfer request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a transfer decision object")]
pub struct TransferDecision {
    /// The recipient.
    pub recipient: String,
    /// Where it receives the data, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Destination>,
    /// The answer.
    pub outcome: TransferOutcome,
    /// The ground that permits the transfer, when permitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<TransferMechanism>,
    /// The adequacy decision relied on, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adequacy_decision: Option<String>,
    /// The reasoning, step by step.
    pub reasons: Vec<Reason>,
    /// What must be found out before the transfer can be decided.
    pub open_questions: Vec<OpenQuestion>,
    /// When prohibited: what would make the transfer permitted.
    pub remedies: Vec<Reason>,
    /// The controller's published promises the transfer would break, legal or not.
    pub commitment_breaches: Vec<CommitmentBreach>,
}

/// How one candidate ground fared.
enum Verdict {
    Permits,
    Unknown(OpenQuestion),
    Fails,
}

/// Decides whether data may go to a recipient of the policy, as of `as_of`.
///
/// # Errors
///
/// [`AssessError::UnknownRecipient`] or [`AssessError::UnknownActivity`] when the request
/// names an id the policy does not have.
pub fn assess_transfer(
    policy: &Policy,
    adequacy: &AdequacyRegistry,
    request: &TransferRequest,
    as_of: NaiveDate,
) -> Result<TransferDecision, AssessError> {
    let recipient = policy
        .recipient(&request.recipient)
        .ok_or_else(|| AssessError::UnknownRecipient(request.recipient.clone()))?;
    let activity = match &request.activity {
        Some(id) => Some(
            policy
                .activity(id)
                .ok_or_else(|| AssessError::UnknownActivity(id.clone()))?,
        ),
        None => None,
    };

    let mut decision = TransferDecision {
        recipient: recipient.id.clone(),
        destination: recipient.location.clone(),
        outcome: TransferOutcome::NeedsReview,
        ground: None,
        adequacy_decision: None,
        reasons: Vec::new(),
        open_questions: Vec::new(),
        remedies: Vec::new(),
        commitment_breaches: Vec::new(),
    };

    match request.disclosed_by {
        DisclosedBy::Controller => {}
        DisclosedBy::DataSubject => {
            decision.outcome = TransferOutcome::NotATransfer;
            decision.reasons.push(Reason::fixed(
                Citation::article(44),
                "the data subject discloses their own data: there is no exporter, so no transfer (EDPB Guidelines 05/2021, criterion 1)",
            ));
            return Ok(decision);
        }
        DisclosedBy::OwnStaffAbroad => {
            decision.outcome = TransferOutcome::NotATransfer;
            decision.reasons.push(Reason::fixed(
                Citation::article(44),
                "an employee of the controller reaches the data from abroad: the data are not disclosed to another controller or processor, so no transfer (EDPB Guidelines 05/2021, criterion 2)",
            ));
            return Ok(decision);
        }
    }

    let Some(destination) = &recipient.location else {
        decision.open_questions.push(OpenQuestion::fixed(
            "location",
            "where does the recipient receive the data?",
            Citation::article(44),
        ));
        decision.reasons.push(Reason::fixed(
            Citation::article(44),
            "the recipient's location is not recorded, so it cannot be told whether Chapter V applies",
        ));
        return Ok(decision);
    };

    decision.commitment_breaches = breaches(policy, destination);

    if destination.is_eea() {
        decision.outcome = TransferOutcome::NotATransfer;
        decision.reasons.push(Reason::new(
            Citation::article(44),
            format!("{destination} is in the European Economic Area: Chapter V does not apply"),
        ));
        return Ok(decision);
    }

    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
    let mut unknown = Vec::new();

    // Art. 48: an order is a ground only through an international agreement.
    if let Some(order) = request.third_country_order {
        if order.international_agreement {
            decision.reasons.push(Reason::fixed(
                Citation::article(48),
                "the third-country order is based on an international agreement such as a mutual legal assistance treaty, which may ground the transfer",
            ));
            decision.outcome = TransferOutcome::Permitted;
            return Ok(decision);
        }
        decision.reasons.push(Reason::fixed(
            Citation::article(48),
            "a judgment or decision of a third-country court or authority is not by itself a ground for transfer; another ground of Chapter V is needed",
        ));
    }

    // Art. 45: adequacy.
    let lookup = adequacy.lookup(destination, recipient, as_of);
    match lookup {
        AdequacyLookup::Covered(d) => {
            decision.outcome = TransferOutcome::Permitted;
            decision.ground = Some(TransferMechanism::AdequacyDecision);
            decision.adequacy_decision = Some(d.reference.clone());
            decision.reasons.push(Reason::new(
                Citation::article(45).paragraph(1),
                format!(
                    "{} finds that {destination} ensures an adequate level of protection{}; it is in force on {as_of}",
                    d.reference,
                    d.scope_note.as_deref().map(|n| format!(" (scope: {n})")).unwrap_or_default()
                ),
            ));
            return Ok(decision);
        }
        AdequacyLookup::Unknown(d, fact) => {
            unknown.push(importer_question(fact));
            decision.reasons.push(Reason::new(
                Citation::article(45).paragraph(1),
                format!(
                    "{} covers the recipient only if {}",
                    d.reference,
                    fact.question()
                ),
            ));
        }
        other => decision.reasons.push(Reason::new(
            Citation::article(45).paragraph(1),
            format!(
                "no adequacy decision covers the transfer: {}",
                other.explain(as_of)
            ),
        )),
    }

    // Art. 46, then Art. 49: the grounds declared in the policy or given in the request.
    let candidates = candidate_grounds(policy, activity, recipient, request.mechanism);
    let safeguards = candidates.iter().filter_map(|m| match m {
        TransferMechanism::Safeguard(s) => Some(*s),
        _ => None,
    });
    for safeguard in safeguards {
        match judge_safeguard(safeguard, public_authority, request) {
            (Verdict::Permits, reason) => {
                decision.reasons.push(reason);
                decision.outcome = TransferOutcome::Permitted;
                decision.ground = Some(TransferMechanism::Safeguard(safeguard));
                return Ok(decision);
            }
            (Verdict::Unknown(q), reason) => {
                decision.reasons.push(reason);
                unknown.push(q);
            }
            (Verdict::Fails, reason) => decision.reasons.push(reason),
        }
    }
    // Derogations apply only "in the absence of" adequacy and safeguards: while one of
    // those is undecided, a derogation can still settle the answer, but it is reported as
    // the ground only when nothing earlier in the order can apply.
    let derogations = candidates.iter().filter_map(|m| match m {
        TransferMechanism::Derogation(d) => Some(*d),
        _ => None,
    });
    for derogation in derogations {
        match judge_derogation(derogation, public_authority, request) {
            (Verdict::Permits, reason) => {
                decision.reasons.push(reason);
                decision.outcome = TransferOutcome::Permitted;
                decision.ground = Some(TransferMechanism::Derogation(derogation));
                return Ok(decision);
            }
            (Verdict::Unknown(q), reason) => {
                decision.reasons.push(reason);
                unknown.push(q);
            }
            (Verdict::Fails, reason) => decision.reasons.push(reason),
        }
    }

    if unknown.is_empty() {
        decision.outcome = TransferOutcome::Prohibited;
        decision.reasons.push(Reason::fixed(
            Citation::article(44),
            "no ground of Chapter V applies, so the transfer must not take place",
        ));
        decision.remedies = remedies(destination, recipient, public_authority);
    } else {
        decision.outcome = TransferOutcome::NeedsReview;
        unknown.dedup();
        decision.open_questions = unknown;
    }
    Ok(decision)
}

/// The grounds to consider, in the order of Chapter V and then of the articles, without
/// duplicates: the order of activities in the policy never changes the answer.
fn candidate_grounds(
    policy: &Policy,
    activity: Option<&crate::ProcessingActivity>,
    recipient: &Recipient,
    extra: Option<TransferMechanism>,
) -> Vec<TransferMechanism> {
    let mut grounds: Vec<TransferMechanism> = match activity {
        Some(a) => a
            .transfers
            .iter()
            .filter(|t| t.recipient == recipient.id)
            .map(|t| t.mechanism)
            .collect(),
        None => policy
            .activities
            .iter()
            .flat_map(|a| a.transfers.iter())
            .filter(|t| t.recipient == recipient.id)
            .map(|t| t.mechanism)
            .collect(),
    };
    grounds.extend(extra);
    grounds.sort();
    grounds.dedup();
    grounds
}

fn judge_safeguard(
    s: Safeguard,
    public_authority: bool,
    request: &TransferRequest,
) -> (Verdict, Reason) {
    let cite = s.citation();
    if s.between_public_authorities() && !public_authority {
        return (
            Verdict::Fails,
            Reason::new(
                cite,
                format!("{cite} is available only between public authorities or bodies"),
            ),
        );
    }
    let needs_authorisation = matches!(
        s,
        Safeguard::AuthorisedContractualClauses | Safeguard::AdministrativeArrangement
    );
    if needs_authorisation {
        match request.authorised_by_supervisory_authority {
            Some(true) => {}
            Some(false) => {
                return (
                    Verdict::Fails,
                    Reason::new(cite, format!("{cite} requires the authorisation of the competent supervisory authority, which was not given")),
                )
            }
            None => {
                return (
                    Verdict::Unknown(OpenQuestion::fixed(
                        "authorised_by_supervisory_authority",
                        "has the competent supervisory authority authorised the clauses or arrangement?",
                        Citation::article(46).paragraph(3),
                    )),
                    Reason::new(cite, format!("{cite} requires the authorisation of the competent supervisory authority")),
                )
            }
        }
    }
    match request.safeguards_effective {
        Some(true) => (
            Verdict::Permits,
            Reason::new(
                cite,
                format!("{cite} provides appropriate safeguards, and the importer's law and practice let it comply with them, so enforceable rights and effective remedies are available (Art. 46(1))"),
            ),
        ),
        Some(false) => (
            Verdict::Fails,
            Reason::new(
                cite,
                format!("{cite} cannot be relied on: the importer's law or practice prevents it from complying with the safeguards (Art. 46(1), C-311/18)"),
            ),
        ),
        None => (
            Verdict::Unknown(OpenQuestion::fixed(
                "safeguards_effective",
                "do the law and practice of the destination let the importer comply with the safeguards, with supplementary measures where needed (transfer impact assessment, C-311/18)?",
                Citation::article(46).paragraph(1),
            )),
            Reason::new(cite, format!("{cite} provides safeguards on paper; whether they are effective in the destination has not been assessed")),
        ),
    }
}

fn judge_derogation(
    d: Derogation,
    public_authority: bool,
    request: &TransferRequest,
) -> (Verdict, Reason) {
    let cite = d.citation();
    if public_authority && d.barred_for_public_authorities() {
        match request.exercising_public_powers {
            Some(true) => {
                return (
                    Verdict::Fails,
                    Reason::new(
                        Citation::article(49).paragraph(3),
                        format!("{cite} is not available to a public authority in the exercise of its public powers"),
                    ),
                )
            }
            Some(false) => {}
            None => {
                return (
                    Verdict::Unknown(OpenQuestion::fixed(
                        "exercising_public_powers",
                        "does the public authority act in the exercise of its public powers?",
                        Citation::article(49).paragraph(3),
                    )),
                    Reason::new(
                        Citation::article(49).paragraph(3),
                        format!("{cite} is not available to a public authority in the exercise of its public powers"),
                    ),
                )
            }
        }
    }
    let condition: Cow<'static, str> = match d {
        Derogation::ExplicitConsent => "the data subject explicitly consented after being informed of the possible risks of the transfer".into(),
        Derogation::CompellingLegitimateInterests => "the transfer is not repetitive, concerns a limited number of subjects, serves compelling legitimate interests not overridden by the subject's, is surrounded by suitable safeguards, and the supervisory authority and the subject are informed".into(),
        Derogation::PublicRegister => "the transfer is made from a register open to consultation, within the conditions laid down for consultation".into(),
        _ => "the transfer is necessary for the purpose the derogation names and is occasional (EDPB Guidelines 2/2018)".into(),
    };
    match request.derogation_conditions_met {
        Some(true) => (
            Verdict::Permits,
            Reason::new(cite, format!("{cite} applies: {condition}")),
        ),
        Some(false) => (
            Verdict::Fails,
            Reason::new(
                cite,
                format!("{cite} does not apply: it requires that {condition}"),
            ),
        ),
        None => (
            Verdict::Unknown(OpenQuestion {
                field: "derogation_conditions_met".into(),
                question: format!("are the conditions of {cite} met: {condition}?").into(),
                citation: cite,
            }),
            Reason::new(cite, format!("{cite} applies only if {condition}")),
        ),
    }
}

fn importer_question(fact: ImporterFact) -> OpenQuestion {
    match fact {
        ImporterFact::DpfCertification => OpenQuestion::fixed(
            "dpf_certified",
            "is the recipient on the Data Privacy Framework List for the data concerned?",
            Citation::article(45).paragraph(1),
        ),
        ImporterFact::Sector => OpenQuestion::fixed(
            "sector",
            "is the recipient a commercial, non-profit or public organisation?",
            Citation::article(45).paragraph(1),
        ),
        ImporterFact::EarlierUsFrameworkCertification => OpenQuestion::fixed(
            "earlier_us_framework_certification",
            "was the recipient self-certified under the framework in force at the time?",
            Citation::article(45).paragraph(1),
        ),
    }
}

fn remedies(
    destination: &Destination,
    recipient: &Recipient,
    public_authority: bool,
) -> Vec<Reason> {
    let mut out = Vec::new();
    if matches!(destination, Destination::Country(c) if c.code() == "US")
        && recipient.dpf_certified != Some(true)
    {
        out.push(Reason::fixed(
            Citation::article(45).paragraph(1),
            "use an importer certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795)",
        ));
    }
    out.push(Reason::fixed(
        Safeguard::StandardContractualClauses.citation(),
        "conclude the Commission's standard contractual clauses with the importer and assess that they are effective in its law and practice",
    ));
    out.push(Reason::fixed(
        Safeguard::BindingCorporateRules.citation(),
        "within a group of undertakings, rely on binding corporate rules approved under Art. 47",
    ));
    if public_authority {
        out.push(Reason::fixed(
            Safeguard::InstrumentBetweenPublicAuthorities.citation(),
            "between public bodies, a legally binding and enforceable instrument",
        ));
    }
    out.push(Reason::fixed(
        Citation::article(49).paragraph(1),
        "for an occasional transfer only, a derogation of Art. 49(1) whose conditions are met",
    ));
    out
}

fn breaches(policy: &Policy, destination: &Destination) -> Vec<CommitmentBreach> {
    let mut out: Vec<CommitmentBreach> = policy
        .commitments
        .iter()
        .filter_map(|c| {
            let broken = match c.commitment {
                Commitment::NoTransfersOutsideEea => !destination.is_eea(),
                Commitment::NoTransfersOutsideEu => !destination.is_eu(),
                _ => false,
            };
            broken.then(|| CommitmentBreach {
                commitment: c.commitment,
                reason: Reason::new(
                    c.commitment.citation(),
                    format!(
                        "the notice promises that {}, and {destination} is outside that area: whatever Chapter V allows, sending the data breaks the promise",
                        c.commitment.describe()
                    ),
                ),
            })
        })
        .collect();
    out.sort_by_key(|b| b.commitment);
    out.dedup_by_key(|b| b.commitment);
    out
}
