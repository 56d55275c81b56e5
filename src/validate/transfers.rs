//! Chapter V: data leaving the EEA need an adequacy decision (Art. 45), appropriate
//! safeguards (Art. 46) or a derogation (Art. 49).
//!
//! The rule is the transfer assessment's: each recipient of each activity is judged by
//! [`transfer_verdict`] on [`TransferRequest::as_validation_assumes`] — the activity's declared
//! grounds, with the facts of a single transfer assumed to go the controller's way. A verdict
//! of "prohibited" is an error on the activity's recipient, "needs review" a warning with the
//! facts to record. The declared grounds are then checked one by one for what no transfer
//! could cure: an adequacy decision that does not cover the recipient, a safeguard reserved
//! to public bodies, a derogation Art. 49(3) withholds from them.

use super::{Ctx, FindingCode};
use chrono::NaiveDate;

use crate::assess::{
    explain_transfer, judge_safeguard, transfer_verdict, Judgement, Reason, TransferOutcome,
    TransferRequest, TransferStep, TransferVerdict,
};
use crate::explain::Params;
use crate::{AdequacyLookup, Citation, ControllerKind, Policy, RecipientRole, TransferMechanism};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    for (r, recipient) in policy.recipients.iter().enumerate() {
        let used = policy
            .activities
            .iter()
            .any(|a| a.recipients.contains(&recipient.id));
        if !used {
            continue;
        }
        // The controller's own establishment receives no transfer, wherever it is.
        if recipient.location.is_none() && recipient.role != RecipientRole::OwnEstablishment {
            ctx.warning(
                FindingCode::UnknownRecipientLocation,
                format!("recipients[{r}].location"),
                Citation::article(44),
                Params {
                    recipient: Some(recipient.id.clone()),
                    ..Params::default()
                },
            );
        }
        if let Some(clause) = &recipient.conditional_transfer {
            ctx.warning(
                FindingCode::ConditionalTransfer,
                format!("recipients[{r}].conditional_transfer"),
                Citation::article(44),
                Params {
                    recipient: Some(recipient.id.clone()),
                    region: Some(clause.outside),
                    grounds: clause.grounds.clone(),
                    ..Params::default()
                },
            );
        }
    }
    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
    for (i, activity) in policy.activities.iter().enumerate() {
        for (r, id) in activity.recipients.iter().enumerate() {
            let request = TransferRequest::as_validation_assumes(id.clone(), activity.id.clone());
            let Ok(verdict) = transfer_verdict(policy, ctx.adequacy, &request, ctx.as_of) else {
                continue;
            };
            // A recipient without a location is reported once, on the recipient itself.
            if verdict.steps().first() == Some(&TransferStep::LocationUnknown) {
                continue;
            }
            let here = || format!("activities[{i}].recipients[{r}]");
            let to_recipient = || Params {
                activity: Some(activity.id.clone()),
                recipient: Some(id.clone()),
                destination: verdict.destination.cloned(),
                ..Params::default()
            };
            match verdict.outcome {
                TransferOutcome::NotATransfer | TransferOutcome::Permitted => {}
                TransferOutcome::NeedsReview => {
                    let decision = explain_transfer(policy, &verdict, ctx.as_of);
                    let citation = decision
                        .open_questions
                        .first()
                        .map_or(Citation::article(44), |q| q.citation);
                    // The clause's question bears on each transfer, not on the record.
                    let questions = decision
                        .open_questions
                        .into_iter()
                        .filter(|q| q.field != "transfer_condition_met")
                        .collect();
                    ctx.warning(
                        FindingCode::TransferNeedsReview,
                        here(),
                        citation,
                        Params {
                            questions,
                            ..to_recipient()
                        },
                    );
                }
                TransferOutcome::Prohibited => {
                    ctx.error(
                        FindingCode::TransferWithoutMechanism,
                        here(),
                        Citation::article(44),
                        Params {
                            reasons: adequacy_reasons(policy, &verdict, ctx.as_of),
                            ..to_recipient()
                        },
                    );
                }
            }
            let declared = activity
                .transfers
                .iter()
                .enumerate()
                .filter(|(_, t)| &t.recipient == id);
            for (t, transfer) in declared {
                let there = format!("activities[{i}].transfers[{t}].mechanism");
                match transfer.mechanism {
                    TransferMechanism::AdequacyDecision => {
                        if let Some(
                            AdequacyLookup::NotInForce(_)
                            | AdequacyLookup::None
                            | AdequacyLookup::OutOfScope(..),
                        ) = verdict.adequacy
                        {
                            ctx.error(
                                FindingCode::AdequacyNotAvailable,
                                there,
                                Citation::article(45).paragraph(1),
                                Params {
                                    reasons: adequacy_reasons(policy, &verdict, ctx.as_of),
                                    ..to_recipient()
                                },
                            );
                        }
                    }
                    TransferMechanism::Safeguard(s) => {
                        if judge_safeguard(s, public_authority, &request)
                            == Judgement::PublicAuthoritiesOnly
                        {
                            ctx.error(
                                FindingCode::SafeguardForPublicAuthoritiesOnly,
                                there,
                                s.citation(),
                                Params {
                                    mechanism: Some(transfer.mechanism),
                                    ..to_recipient()
                                },
                            );
                        }
                    }
                    TransferMechanism::Derogation(d) => {
                        // Validation has no request: a barred derogation is reported for a
                        // person to check whether the authority acts in its public powers.
                        if d.barred_for_public_authorities() && public_authority {
                            ctx.error(
                                FindingCode::DerogationBarredForPublicAuthority,
                                there,
                                Citation::article(49).paragraph(3),
                                Params {
                                    mechanism: Some(transfer.mechanism),
                                    ..to_recipient()
                                },
                            );
                        }
                    }
                }
            }
        }
    }
}

/// What the transfer assessment says about adequacy for this transfer: the reasons of its
/// steps on Art. 45, which a finding repeats in the language it is rendered in.
fn adequacy_reasons(
    policy: &Policy,
    verdict: &TransferVerdict<'_>,
    as_of: NaiveDate,
) -> Vec<Reason> {
    let adequacy = Citation::article(45).paragraph(1);
    explain_transfer(policy, verdict, as_of)
        .reasons
        .into_iter()
        .filter(|r| r.citation == adequacy)
        .collect()
}
