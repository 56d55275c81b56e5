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
use crate::assess::{
    explain_transfer, judge_safeguard, transfer_verdict, Judgement, TransferOutcome,
    TransferRequest, TransferStep,
};
use crate::{AdequacyLookup, Citation, ControllerKind, RecipientRole, TransferMechanism};

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
                format!("the location of `{}` is not recorded, so it cannot be told whether data leave the EEA", recipient.id),
            );
        }
        if let Some(clause) = &recipient.conditional_transfer {
            let grounds = if clause.grounds.is_empty() {
                "the notice names no ground for them".to_owned()
            } else {
                let named: Vec<String> = clause
                    .grounds
                    .iter()
                    .map(|g| g.citation().to_string())
                    .collect();
                format!("the notice promises a ground of {}", named.join(" or "))
            };
            ctx.warning(
                FindingCode::ConditionalTransfer,
                format!("recipients[{r}].conditional_transfer"),
                Citation::article(44),
                format!(
                    "`{}` may receive data outside {} under a condition; {grounds}, and each such transfer needs its own ground of Chapter V: assess it with its actual `destination` and whether the condition holds (`transfer_condition_met`)",
                    recipient.id,
                    clause.outside.name(),
                ),
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
            let destination = verdict
                .destination
                .map(ToString::to_string)
                .unwrap_or_default();
            match verdict.outcome {
                TransferOutcome::NotATransfer | TransferOutcome::Permitted => {}
                TransferOutcome::NeedsReview => {
                    let decision = explain_transfer(policy, &verdict, ctx.as_of);
                    let questions: Vec<String> = decision
                        .open_questions
                        .iter()
                        .filter(|q| q.field != "transfer_condition_met")
                        .map(|q| format!("{} (`{}`)", q.question(), q.field))
                        .collect();
                    let citation = decision
                        .open_questions
                        .first()
                        .map_or(Citation::article(44), |q| q.citation);
                    ctx.warning(
                        FindingCode::TransferNeedsReview,
                        here(),
                        citation,
                        format!(
                            "`{id}` receives data at {destination}, outside the EEA, and whether a ground of Chapter V covers it turns on facts the policy does not record: {}; record them or declare a safeguard",
                            questions.join("; ")
                        ),
                    );
                }
                TransferOutcome::Prohibited => {
                    let why = verdict
                        .adequacy
                        .map(|l| l.explain(ctx.as_of))
                        .unwrap_or_default();
                    ctx.error(
                        FindingCode::TransferWithoutMechanism,
                        here(),
                        Citation::article(44),
                        format!(
                            "data go to `{id}` at {destination}, outside the EEA, and no ground of Chapter V permits it: {why}; declare a safeguard of Art. 46 or, for occasional transfers, a derogation of Art. 49 under `transfers`"
                        ),
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
                            lookup @ (AdequacyLookup::NotInForce(_)
                            | AdequacyLookup::None
                            | AdequacyLookup::OutOfScope(..)),
                        ) = verdict.adequacy
                        {
                            ctx.error(
                                FindingCode::AdequacyNotAvailable,
                                there,
                                Citation::article(45).paragraph(1),
                                format!(
                                    "the transfer to `{id}` relies on an adequacy decision, but {}",
                                    lookup.explain(ctx.as_of)
                                ),
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
                                format!("{} is available only between public authorities or bodies, and the controller is not one", s.citation()),
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
                                format!("the derogation of {} is not available to public authorities in the exercise of their public powers", d.citation()),
                            );
                        }
                    }
                }
            }
        }
    }
}
