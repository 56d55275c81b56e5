//! The controller is held to the promises its notice makes.

use super::{Ctx, FindingCode};
use crate::explain::Params;
use crate::{Commitment, Region};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    for (k, promise) in policy.commitments.iter().enumerate() {
        let commitment = promise.commitment;
        let promise = || Params {
            commitment: Some(commitment),
            fields: vec![format!("commitments[{k}]")],
            ..Params::default()
        };
        if matches!(
            commitment,
            Commitment::NoTransfersOutsideEea | Commitment::NoTransfersOutsideEu
        ) {
            // A clause letting a recipient leave the EU or the EEA lets data leave the EEA,
            // which both promises rule out.
            for (r, recipient) in policy.recipients.iter().enumerate() {
                if let Some(clause) = &recipient.conditional_transfer {
                    ctx.error(
                        FindingCode::CommitmentBroken,
                        format!("recipients[{r}].conditional_transfer"),
                        commitment.citation(),
                        Params {
                            recipient: Some(recipient.id.clone()),
                            region: Some(clause.outside),
                            ..promise()
                        },
                    );
                }
            }
        }
        for (i, activity) in policy.activities.iter().enumerate() {
            match commitment {
                Commitment::NoTransfersOutsideEea | Commitment::NoTransfersOutsideEu => {
                    let area = if commitment == Commitment::NoTransfersOutsideEu {
                        Region::Eu
                    } else {
                        Region::Eea
                    };
                    for (r, id) in activity.recipients.iter().enumerate() {
                        let Some(destination) =
                            policy.recipient(id).and_then(|x| x.location.as_ref())
                        else {
                            continue;
                        };
                        if !destination.is_inside(area) {
                            ctx.error(
                                FindingCode::CommitmentBroken,
                                format!("activities[{i}].recipients[{r}]"),
                                commitment.citation(),
                                Params {
                                    activity: Some(activity.id.clone()),
                                    recipient: Some(id.clone()),
                                    destination: Some(destination.clone()),
                                    ..promise()
                                },
                            );
                        }
                    }
                }
                Commitment::NoAutomatedDecisions | Commitment::NoProfiling => {
                    for (p, purpose) in activity.purposes.iter().enumerate() {
                        let (breaks, field) = if commitment == Commitment::NoProfiling {
                            (purpose.profiling, "profiling")
                        } else {
                            (purpose.automated_decision.is_some(), "automated_decision")
                        };
                        if breaks {
                            ctx.error(
                                FindingCode::CommitmentBroken,
                                format!("activities[{i}].purposes[{p}].{field}"),
                                commitment.citation(),
                                Params {
                                    activity: Some(activity.id.clone()),
                                    purpose: Some(purpose.id.clone()),
                                    ..promise()
                                },
                            );
                        }
                    }
                }
            }
        }
    }
}
