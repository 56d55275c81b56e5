//! Three-valued truth: what the policy or the request says, or that it does not say.

/// True, false, or not known from the policy and the request.
///
/// The connectives are Kleene's strong ones: `No` and anything is `No`, `Yes` or anything is
/// `Yes`, and everything else stays `Unknown`. So an unknown fact changes an answer only where
/// it could.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Truth {
    Yes,
    No,
    Unknown,
}

impl Truth {
    /// A known fact.
    pub(crate) const fn of(b: bool) -> Truth {
        if b {
            Truth::Yes
        } else {
            Truth::No
        }
    }

    /// A fact of a request or policy: absent means unknown.
    pub(crate) const fn from_fact(fact: Option<bool>) -> Truth {
        match fact {
            Some(b) => Truth::of(b),
            None => Truth::Unknown,
        }
    }

    pub(crate) const fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, Truth::Yes) => Truth::Yes,
            _ => Truth::Unknown,
        }
    }

    pub(crate) const fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::Yes, _) | (_, Truth::Yes) => Truth::Yes,
            (Truth::No, Truth::No) => Truth::No,
            _ => Truth::Unknown,
        }
    }

    pub(crate) const fn not(self) -> Truth {
        match self {
            Truth::Yes => Truth::No,
            Truth::No => Truth::Yes,
            Truth::Unknown => Truth::Unknown,
        }
    }

    pub(crate) const fn is_yes(self) -> bool {
        matches!(self, Truth::Yes)
    }

    pub(crate) const fn is_no(self) -> bool {
        matches!(self, Truth::No)
    }

    pub(crate) const fn is_unknown(self) -> bool {
        matches!(self, Truth::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::Truth::{self, No, Unknown, Yes};

    const ALL: [Truth; 3] = [Yes, No, Unknown];

    #[test]
    fn no_decides_a_conjunction_and_yes_a_disjunction_whatever_is_unknown() {
        for t in ALL {
            assert_eq!(No.and(t), No);
            assert_eq!(Yes.or(t), Yes);
        }
        assert_eq!(Yes.and(Unknown), Unknown);
        assert_eq!(No.or(Unknown), Unknown);
    }

    #[test]
    fn negation_keeps_unknown_and_swaps_the_rest() {
        assert_eq!(Yes.not(), No);
        assert_eq!(No.not(), Yes);
        assert_eq!(Unknown.not(), Unknown);
        for a in ALL {
            for b in ALL {
                // De Morgan holds in Kleene's logic.
                assert_eq!(a.and(b).not(), a.not().or(b.not()));
            }
        }
    }

    #[test]
    fn an_absent_fact_is_unknown() {
        assert_eq!(Truth::from_fact(None), Unknown);
        assert_eq!(Truth::from_fact(Some(false)), No);
    }
}
