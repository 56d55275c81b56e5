//! Three-valued facts that remember which unknown facts they depend on.
//!
//! Kleene's logic: `false ∧ unknown = false`, `true ∨ unknown = true`, anything else with an
//! unknown stays unknown. A conclusion is certain only if every way of filling in the
//! unknowns gives the same answer, so a rule written with these operators can never turn an
//! unknown into a reassuring "no". An unknown result carries the set of facts whose answer
//! could decide it: they become the open questions.

use super::codes::BreachFact;

/// A set of [`BreachFact`]s, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Facts(u32);

impl Facts {
    pub(crate) const fn one(fact: BreachFact) -> Facts {
        Facts(1 << fact as u32)
    }

    pub(crate) const fn union(self, other: Facts) -> Facts {
        Facts(self.0 | other.0)
    }

    pub(crate) const fn contains(self, fact: BreachFact) -> bool {
        self.0 & Facts::one(fact).0 != 0
    }

    /// The facts in the set, in the order of [`BreachFact::ALL`].
    pub(crate) fn iter(self) -> impl Iterator<Item = BreachFact> {
        BreachFact::ALL
            .into_iter()
            .filter(move |f| self.contains(*f))
    }
}

/// A three-valued fact: `Some(true)`, `Some(false)`, or `None` with the facts it awaits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tri {
    pub(crate) value: Option<bool>,
    pub(crate) awaits: Facts,
}

impl Tri {
    pub(crate) const TRUE: Tri = Tri::known(true);
    pub(crate) const FALSE: Tri = Tri::known(false);

    pub(crate) const fn known(value: bool) -> Tri {
        Tri {
            value: Some(value),
            awaits: Facts(0),
        }
    }

    /// A fact of the request: unknown when absent, awaiting that fact.
    pub(crate) const fn fact(value: Option<bool>, fact: BreachFact) -> Tri {
        match value {
            Some(v) => Tri::known(v),
            None => Tri {
                value: None,
                awaits: Facts::one(fact),
            },
        }
    }

    /// Unknown, awaiting these facts.
    pub(crate) const fn unknown(awaits: Facts) -> Tri {
        Tri {
            value: None,
            awaits,
        }
    }

    pub(crate) const fn is_true(self) -> bool {
        matches!(self.value, Some(true))
    }

    pub(crate) const fn is_false(self) -> bool {
        matches!(self.value, Some(false))
    }

    /// Whether it may be true: true or unknown.
    pub(crate) const fn may_be_true(self) -> bool {
        !self.is_false()
    }

    pub(crate) const fn not(self) -> Tri {
        Tri {
            value: match self.value {
                Some(v) => Some(!v),
                None => None,
            },
            awaits: self.awaits,
        }
    }

    pub(crate) const fn and(self, other: Tri) -> Tri {
        match (self.value, other.value) {
            (Some(false), _) | (_, Some(false)) => Tri::FALSE,
            (Some(true), Some(true)) => Tri::TRUE,
            _ => Tri::unknown(self.unknowns().union(other.unknowns())),
        }
    }

    pub(crate) const fn or(self, other: Tri) -> Tri {
        match (self.value, other.value) {
            (Some(true), _) | (_, Some(true)) => Tri::TRUE,
            (Some(false), Some(false)) => Tri::FALSE,
            _ => Tri::unknown(self.unknowns().union(other.unknowns())),
        }
    }

    /// Whichever of many may be true.
    pub(crate) fn any(items: impl IntoIterator<Item = Tri>) -> Tri {
        items.into_iter().fold(Tri::FALSE, Tri::or)
    }

    const fn unknowns(self) -> Facts {
        match self.value {
            None => self.awaits,
            Some(_) => Facts(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: BreachFact = BreachFact::Confidentiality;
    const B: BreachFact = BreachFact::KeySafe;

    #[test]
    fn false_absorbs_unknown_in_a_conjunction() {
        let x = Tri::FALSE.and(Tri::fact(None, A));
        assert_eq!(x, Tri::FALSE);
        assert_eq!(x.awaits, Facts::default());
    }

    #[test]
    fn true_absorbs_unknown_in_a_disjunction() {
        assert_eq!(Tri::fact(None, A).or(Tri::TRUE), Tri::TRUE);
    }

    #[test]
    fn unknowns_collect_the_facts_that_could_decide() {
        let x = Tri::fact(None, A).and(Tri::fact(None, B).not());
        assert_eq!(x.value, None);
        assert_eq!(x.awaits.iter().collect::<Vec<_>>(), vec![A, B]);
        let y = Tri::fact(None, A).or(Tri::FALSE);
        assert_eq!(y.awaits.iter().collect::<Vec<_>>(), vec![A]);
    }

    #[test]
    fn any_of_nothing_is_false() {
        assert!(Tri::any([]).is_false());
        assert!(Tri::any([Tri::FALSE, Tri::fact(None, A)]).may_be_true());
    }
}
