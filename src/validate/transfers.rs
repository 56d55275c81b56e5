//! Chapter V: data leaving the EEA need an adequacy decision (Art. 45), appropriate
//! safeguards (Art. 46) or a derogation (Art. 49).

use super::{Ctx, FindingCode};
use crate::{AdequacyLookup, Citation, ControllerKind, Destination, TransferMechanism};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let policy = ctx.policy;
    for (r, recipient) in policy.recipients.iter().enumerate() {
        let used = policy
            .activities
            .iter()
            .any(|a| a.recipients.contains(&recipient.id));
        if used && recipient.location.is_none() {
            ctx.warning(
                FindingCode::UnknownRecipientLocation,
                format!("recipients[{r}].location"),
                Citation::article(44),
                format!("the location of `{}` is not recorded, so it cannot be told whether data leave the EEA", recipient.id),
            );
        }
    }
    let public_authority = policy.controller.kind == ControllerKind::PublicAuthority;
    for (i, activity) in policy.activities.iter().enumerate() {
        for (r, id) in activity.recipients.iter().enumerate() {
            let Some(recipient) = policy.recipient(id) else {
                continue;
            };
            let here = || format!("activities[{i}].recipients[{r}]");
            // A recipient without a location is reported once, on the recipient itself.
            let Some(destination) = &recipient.location else {
                continue;
            };
            if destination.is_eea() {
                continue;
            }
            let adequacy = ctx.adequacy.lookup(destination, recipient, ctx.as_of);
            let declared: Vec<_> = activity
                .transfers
                .iter()
                .enumerate()
                .filter(|(_, t)| &t.recipient == id)
                .collect();
            if declared.is_empty() {
                match adequacy {
                    AdequacyLookup::Covered(_) => {}
                    AdequacyLookup::Unknown(decision, fact) => ctx.warning(
                        FindingCode::TransferNeedsReview,
                        here(),
                        Citation::article(45).paragraph(1),
                        format!(
                            "`{id}` is in {destination}; {} covers it only if {}; record that fact or declare a safeguard",
                            decision.reference,
                            fact.question()
                        ),
                    ),
                    other => ctx.error(
                        FindingCode::TransferWithoutMechanism,
                        here(),
                        Citation::article(44),
                        format!(
                            "data go to `{id}` in {destination}, outside the EEA, and {}; declare a safeguard of Art. 46 or, for occasional transfers, a derogation of Art. 49 under `transfers`",
                            other.explain(ctx.as_of)
                        ),
                    ),
                }
            }
            for (t, transfer) in declared {
                let there = format!("activities[{i}].transfers[{t}].mechanism");
                match transfer.mechanism {
                    TransferMechanism::AdequacyDecision => match adequacy {
                        AdequacyLookup::Covered(_) => {}
                        AdequacyLookup::Unknown(decision, fact) => ctx.warning(
                            FindingCode::TransferNeedsReview,
                            there,
                            Citation::article(45).paragraph(1),
                            format!(
                                "{} covers `{id}` only if {}; record that fact",
                                decision.reference,
                                fact.question()
                            ),
                        ),
                        other => ctx.error(
                            FindingCode::AdequacyNotAvailable,
                            there,
                            Citation::article(45).paragraph(1),
                            format!(
                                "the transfer to `{id}` relies on an adequacy decision, but {}",
                                other.explain(ctx.as_of)
                            ),
                        ),
                    },
                    TransferMechanism::Safeguard(s)
                        if s.between_public_authorities() && !public_authority =>
                    {
                        ctx.error(
                            FindingCode::SafeguardForPublicAuthoritiesOnly,
                            there,
                            s.citation(),
                            format!("{} is available only between public authorities or bodies, and the controller is not one", s.citation()),
                        );
                    }
                    TransferMechanism::Derogation(d)
                        if d.barred_for_public_authorities() && public_authority =>
                    {
                        ctx.error(
                            FindingCode::DerogationBarredForPublicAuthority,
                            there,
                            Citation::article(49).paragraph(3),
                            format!("the derogation of {} is not available to public authorities in the exercise of their public powers", d.citation()),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Whether a destination is outside the area a commitment names.
pub(crate) fn outside(destination: &Destination, eu_only: bool) -> bool {
    if eu_only {
        !destination.is_eu()
    } else {
        !destination.is_eea()
    }
}
