//! An erasure item's reasons as the rules write them: a code, the provision, and what the
//! sentence names, borrowed from the policy. The rules write these whether the caller wants an
//! [`ErasureDecision`](super::ErasureDecision) or an
//! [`ErasureExplanation`](super::ErasureExplanation); only the decision turns them into owned
//! [`Reason`]s.

use std::fmt;

use chrono::NaiveDate;

use crate::assess::Reason;
use crate::explain::{Language, Params, ReasonCode};
use crate::{Citation, RetentionAction};

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
    /// The law that imposes a duty to keep, or none where the policy names none.
    Law(Option<&'a str>),
    /// Fact fields.
    Fields(&'static [&'static str]),
}

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

    /// The same reason naming a law (or none, where the policy names none).
    pub(super) const fn law(mut self, law: Option<&'a str>) -> Self {
        self.detail = Detail::Law(law);
        self
    }

    /// The same reason naming fact fields.
    pub(super) const fn fields(mut self, fields: &'static [&'static str]) -> Self {
        self.detail = Detail::Fields(fields);
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
            Detail::Law(law) => law,
            _ => None,
        }
    }

    /// The fact fields the sentence names, for [`ReasonCode::ExceptionsNotClaimed`]: the
    /// exceptions only the controller can claim that nobody claimed.
    pub fn fields_named(&self) -> &'static [&'static str] {
        match self.detail {
            Detail::Fields(fields) => fields,
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
            Detail::Law(Some(law)) => params.law = Some(law.to_owned()),
            Detail::Fields(fields) => {
                params.fields = fields.iter().map(|f| (*f).to_owned()).collect();
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
        assert!(std::mem::size_of::<ErasureReason<'_>>() <= 40);
    }

    #[test]
    fn each_detail_becomes_the_parameters_of_the_owned_reason() {
        let cite = Citation::article(17).paragraph(3).point('b');
        let day = NaiveDate::from_ymd_opt(2031, 12, 31).unwrap();
        let kept =
            ErasureReason::of(ReasonCode::KeptUntil, cite).until(day, RetentionAction::Erase);
        assert_eq!(kept.to_reason().params.date, Some(day));
        assert_eq!(kept.to_reason().params.action, Some(RetentionAction::Erase));
        let law = ErasureReason::of(ReasonCode::LegalDutyToKeep, cite).law(Some("Art. 52 AWR"));
        assert_eq!(law.to_reason().params.law.as_deref(), Some("Art. 52 AWR"));
        let no_law = ErasureReason::of(ReasonCode::LegalDutyToKeep, cite).law(None);
        assert!(no_law.to_reason().params.is_empty());
        let fields = ErasureReason::of(ReasonCode::ExceptionsNotClaimed, cite)
            .fields(&["needed_for_legal_claims"]);
        assert_eq!(
            fields.to_reason().params.fields,
            ["needed_for_legal_claims"]
        );
        assert_eq!(fields.fields_named(), ["needed_for_legal_claims"]);
        assert_eq!(kept.law_name(), None);
        assert!(law.in_language(Language::English).contains("Art. 52 AWR"));
    }
}
