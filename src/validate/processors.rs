//! Processors act under an Art. 28(3) contract; joint controllers under an Art. 26(1)
//! arrangement.

use super::{Ctx, FindingCode, Severity};
use crate::explain::Params;
use crate::{Citation, RecipientRole};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    for (i, recipient) in ctx.policy.recipients.iter().enumerate() {
        let (known, field, citation, code) = if recipient.role.is_processor() {
            (
                recipient.art28_contract,
                "art28_contract",
                Citation::article(28).paragraph(3),
                FindingCode::ProcessorWithoutContract,
            )
        } else if recipient.role == RecipientRole::JointController {
            (
                recipient.art26_arrangement,
                "art26_arrangement",
                Citation::article(26).paragraph(1),
                FindingCode::JointControllerWithoutArrangement,
            )
        } else {
            continue;
        };
        let severity = match known {
            Some(true) => continue,
            Some(false) => Severity::Error,
            None => Severity::Warning,
        };
        ctx.report(
            severity,
            code,
            format!("recipients[{i}].{field}"),
            Some(citation),
            Params {
                recipient: Some(recipient.id.clone()),
                known: Some(known.is_some()),
                ..Params::default()
            },
        );
    }
}
