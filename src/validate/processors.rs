//! Processors act under an Art. 28(3) contract; joint controllers under an Art. 26(1)
//! arrangement.

use super::{Ctx, FindingCode, Severity};
use crate::{Citation, RecipientRole};

pub(super) fn check(ctx: &mut Ctx<'_>) {
    for (i, recipient) in ctx.policy.recipients.iter().enumerate() {
        let (known, field, citation, what) = if recipient.role.is_processor() {
            (
                recipient.art28_contract,
                "art28_contract",
                Citation::article(28).paragraph(3),
                "processing by a processor must be governed by a contract or other legal act that binds it to the controller",
            )
        } else if recipient.role == RecipientRole::JointController {
            (
                recipient.art26_arrangement,
                "art26_arrangement",
                Citation::article(26).paragraph(1),
                "joint controllers must determine their respective responsibilities in an arrangement between them",
            )
        } else {
            continue;
        };
        let severity = match known {
            Some(true) => continue,
            Some(false) => Severity::Error,
            None => Severity::Warning,
        };
        let code = if field == "art28_contract" {
            FindingCode::ProcessorWithoutContract
        } else {
            FindingCode::JointControllerWithoutArrangement
        };
        let message = match known {
            Some(_) => format!("`{}` has none; {what}", recipient.id),
            None => format!("whether `{}` has one is not recorded; {what}", recipient.id),
        };
        ctx.report(
            severity,
            code,
            format!("recipients[{i}].{field}"),
            Some(citation),
            message,
        );
    }
}
