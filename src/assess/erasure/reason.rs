//! An erasure item's reasons as the rules write them: a code, the provision, and what the
//! sentence names, borrowed from the policy. The rules write these whether the caller wants an
//! [`ErasureDecision`](super::ErasureDecision) or an
//! [`ErasureExplanation`](super::ErasureExplanation); only the decision turns them into owned
//! [`Reason`]s.

use std::fmt;

use chrono::NaiveDate;

use super::law_of;
use crate::assess::Reason;
use crate::explain::{Language, Params, ReasonCode};
use crate::{Citation, RetentionAction, RetentionRule};

/// One reason of an erasure item: the code of its sentence, the provision it applies, and the
/// one thing, if any, its sentence names (the day keeping ends and what happens then, a law,
/// fact fields).
///
/// It borrows the law's name from the policy, so writing one allocates nothing;
/// [`to_reason`](ErasureReason::to_reason) gives the owned [`Reason`] an
/// [`ErasureItem`](super::ErasureItem) carries, and [`in_language`](ErasureReason::in_language)
/// its sentence.
///
/// ```
/// use gdpr::assess::ErasureReason;
/// use gdpr::explain::{Language, ReasonCode};
/// use gdpr::Citation;
///
/// let reason = ErasureReason::of(ReasonCode::ConsentWithdrawn, Citation::article(17).paragraph(1).point('b'));
/// assert_eq!(reason.to_reason().code, ReasonCode::ConsentWithdrawn);
/// assert!(!reason.in_language(Language::Dutch).is_empty());
/// assert_eq!(reason.citation.to_string(), "Art. 17(1)(b)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ErasureReason<'a> {
    /// What the step says.
    pub code: ReasonCode,
    /// The provision applied.
    pub citation: Citation,
    /// What the sentence names: one kind of thing per code, so one field.
    detail: Detail<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Detail<'a> {
    Nothing,
    /// The day keeping ends, and what happens then.
    Until(NaiveDate, RetentionAction),
    /// The rule of the duty to keep, which names the law, or none where no rule dates it.
    Law(Option<&'a RetentionRule>),
    /// Fact fields, by which of the three lists they are (see [`FIELDS`]).
    Fields(u8),
}

/// The fact fields a reason can name: the exceptions only the controller can claim.
const FIELDS: [&[&str]; 3] = [
    &["freedom_of_expression", "needed_for_legal_claims"],
    &["freedom_of_expression"],
    &["needed_for_legal_claims"],
];

impl<'a> ErasureReason<'a> {
    /// A reason whose sentence names nothing.
    pub const fn of(code: ReasonCode, citation: Citation) -> ErasureReason<'a> {
        ErasureReason {
            code,
            citation,
            detail: Detail::Nothing,
        }
    }

    /// The same reason naming the day keeping ends and what happens then.
    pub(super) const fn until(mut self, date: NaiveDate, action: RetentionAction) -> Self {
        self.detail = Detail::Until(date, action);
        self
    }

    /// The same reason naming the law of a duty's rule (or none, where no rule dates it).
    pub(super) const fn law(mut self, rule: Option<&'a RetentionRule>) -> Self {
        self.detail = Detail::Law(rule);
        self
    }

    /// The same reason naming the exceptions nobody claimed: `freedom_of_expression`
    /// and/or `needed_for_legal_claims`, as unclaimed. Nothing when both were claimed.
    pub(super) fn unclaimed(mut self, freedom_of_expression: bool, legal_claims: bool) -> Self {
        self.detail = match (freedom_of_expression, legal_claims) {
            (true, true) => Detail::Fields(0),
            (true, false) => Detail::Fields(1),
            (false, true) => Detail::Fields(2),
            (false, false) => Detail::Nothing,
        };
        self
    }

    /// The day the keeping ends, for [`ReasonCode::KeptUntil`].
    pub fn date(&self) -> Option<NaiveDate> {
        match self.detail {
            Detail::Until(date, _) => Some(date),
            _ => None,
        }
    }

    /// What happens to the data on that day.
    pub fn action(&self) -> Option<RetentionAction> {
        match self.detail {
            Detail::Until(_, action) => Some(action),
            _ => None,
        }
    }

    /// The law that imposes a duty to keep, as the policy names it, for
    /// [`ReasonCode::LegalDutyToKeep`].
    pub fn law_name(&self) -> Option<&'a str> {
        match self.detail {
            Detail::Law(rule) => rule.map(law_of),
            _ => None,
        }
    }

    /// The fact fields the sentence names, for [`ReasonCode::ExceptionsNotClaimed`]: the
    /// exceptions only the controller can claim that nobody claimed.
    pub fn fields_named(&self) -> &'static [&'static str] {
        match self.detail {
            Detail::Fields(list) => FIELDS.get(usize::from(list)).copied().unwrap_or_default(),
            _ => &[],
        }
    }

    /// The parameters of the owned reason; `None` when there are none.
    fn params(&self) -> Option<Params> {
        let mut params = Params::default();
        match self.detail {
            Detail::Nothing | Detail::Law(None) => return None,
            Detail::Until(date, action) => {
                params.date = Some(date);
                params.action = Some(action);
            }
            Detail::Law(Some(rule)) => params.law = Some(law_of(rule).to_owned()),
            Detail::Fields(_) => {
                params.fields = self
                    .fields_named()
                    .iter()
                    .map(|f| (*f).to_owned())
                    .collect();
            }
        }
        Some(params)
    }

    /// The owned reason, as an [`ErasureItem`](super::ErasureItem) carries it.
    pub fn to_reason(&self) -> Reason {
        match self.params() {
            Some(params) => Reason::with(self.code, self.citation, params),
            None => Reason::of(self.code, self.citation),
        }
    }

    /// The sentence in `lang`.
    pub fn in_language(&self, lang: Language) -> String {
        lang.reason(self.code, &self.params().unwrap_or_default())
    }
}

impl fmt::Display for ErasureReason<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({})",
            self.in_language(Language::English),
            self.citation
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_small_enough_to_copy_by_the_handful() {
        // Items are explained into flat buffers and findings carry their reasons by value.
        assert!(std::mem::size_of::<ErasureReason<'_>>() <= 32);
    }

    #[test]
    fn each_detail_becomes_the_parameters_of_the_owned_reason() {
        let cite = Citation::article(17).paragraph(3).point('b');
        let day = NaiveDate::from_ymd_opt(2031, 12, 31).unwrap();
        let kept =
            ErasureReason::of(ReasonCode::KeptUntil, cite).until(day, RetentionAction::Erase);
        assert_eq!(kept.to_reason().params.date, Some(day));
        assert_eq!(kept.to_reason().params.action, Some(RetentionAction::Erase));
        let rule = RetentionRule {
            data_categories: vec![],
            period: None,
            from: None,
            then: RetentionAction::Erase,
            kind: None,
            legal_reference: Some("Art. 52 AWR".into()),
            criteria: None,
            source: None,
        };
        let law = ErasureReason::of(ReasonCode::LegalDutyToKeep, cite).law(Some(&rule));
        assert_eq!(law.to_reason().params.law.as_deref(), Some("Art. 52 AWR"));
        let no_law = ErasureReason::of(ReasonCode::LegalDutyToKeep, cite).law(None);
        assert!(no_law.to_reason().params.is_empty());
        let fields =
            ErasureReason::of(ReasonCode::ExceptionsNotClaimed, cite).unclaimed(false, true);
        assert_eq!(
            fields.to_reason().params.fields,
            ["needed_for_legal_claims"]
        );
        assert_eq!(fields.fields_named(), ["needed_for_legal_claims"]);
        assert_eq!(kept.law_name(), None);
        assert!(law.in_language(Language::English).contains("Art. 52 AWR"));
    }
}
