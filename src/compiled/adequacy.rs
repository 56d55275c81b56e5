//! The adequacy registry's answer for each recipient, cached for every span of dates in which
//! no decision for its destination starts or ends.
//!
//! Whether a decision is in force, and which ended or upcoming decision explains that none
//! is, change only on a decision's first day and on the day after its last. Between two such
//! days the registry's answer for a recipient's own location and facts is one value: it is
//! computed once per span when the policy is compiled, and found by date afterwards.

use chrono::NaiveDate;

use crate::{AdequacyDecision, AdequacyLookup, AdequacyRegistry, ImporterFacts, Recipient};

/// [`AdequacyLookup`] with positions in the registry instead of references, so that the
/// compiled policy can own the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cached {
    Covered(u32),
    Unknown(u32, u32, crate::ScopeFact),
    OutOfScope(u32, u32),
    NotInForce(u32),
    None,
}

/// The answer from `from` until the next span.
#[derive(Debug, Clone, Copy)]
struct Span {
    from: NaiveDate,
    answer: Cached,
}

/// The spans of every recipient, in one list.
#[derive(Debug, Clone, Default)]
pub(crate) struct AdequacyCache {
    spans: Vec<Span>,
    /// Per recipient: where its spans start in `spans`, and how many it has (none without a
    /// location).
    ranges: Vec<(u32, u32)>,
}

fn position<T>(list: &[T], item: &T) -> Option<u32> {
    list.iter()
        .position(|x| std::ptr::eq(x, item))
        .and_then(|p| u32::try_from(p).ok())
}

fn cache(registry: &AdequacyRegistry, lookup: AdequacyLookup<'_>) -> Option<Cached> {
    let decisions = &registry.decisions;
    let of = |d: &AdequacyDecision| position(decisions, d);
    Some(match lookup {
        AdequacyLookup::Covered(d) => Cached::Covered(of(d)?),
        AdequacyLookup::Unknown(d, c, fact) => {
            Cached::Unknown(of(d)?, position(&d.scope, c)?, fact)
        }
        AdequacyLookup::OutOfScope(d, c) => Cached::OutOfScope(of(d)?, position(&d.scope, c)?),
        AdequacyLookup::NotInForce(d) => Cached::NotInForce(of(d)?),
        AdequacyLookup::None => Cached::None,
    })
}

impl AdequacyCache {
    pub(crate) fn new(registry: &AdequacyRegistry, recipients: &[Recipient]) -> AdequacyCache {
        let mut out = AdequacyCache::default();
        for recipient in recipients {
            let start = u32::try_from(out.spans.len()).unwrap_or(u32::MAX);
            if let Some(destination) = &recipient.location {
                let mut starts = vec![NaiveDate::MIN];
                for d in registry
                    .decisions
                    .iter()
                    .filter(|d| &d.destination == destination)
                {
                    starts.push(d.valid_from);
                    if let Some(next) = d.valid_until.and_then(|u| u.succ_opt()) {
                        starts.push(next);
                    }
                }
                starts.sort_unstable();
                starts.dedup();
                let facts = ImporterFacts::of(recipient);
                for from in starts {
                    let lookup = registry.lookup_facts(destination, facts, from);
                    match cache(registry, lookup) {
                        Some(answer) => out.spans.push(Span { from, answer }),
                        // Cannot happen (the lookup's references come from the registry);
                        // without a cache the recipient is asked of the registry each time.
                        None => {
                            out.spans.truncate(start as usize);
                            break;
                        }
                    }
                }
            }
            let len = u32::try_from(out.spans.len()).unwrap_or(u32::MAX) - start;
            out.ranges.push((start, len));
        }
        out
    }

    /// The registry's answer for the recipient at `index`, at its own location and on its own
    /// facts, on `date`; `None` when nothing is cached for it.
    #[inline(always)]
    pub(crate) fn lookup<'r>(
        &self,
        registry: &'r AdequacyRegistry,
        index: usize,
        date: NaiveDate,
    ) -> Option<AdequacyLookup<'r>> {
        let &(start, len) = self.ranges.get(index)?;
        let spans = self.spans.get(start as usize..(start + len) as usize)?;
        let span = spans.iter().rev().find(|s| s.from <= date)?;
        let decision = |i: u32| registry.decisions.get(i as usize);
        Some(match span.answer {
            Cached::Covered(d) => AdequacyLookup::Covered(decision(d)?),
            Cached::Unknown(d, c, fact) => {
                let d = decision(d)?;
                AdequacyLookup::Unknown(d, d.scope.get(c as usize)?, fact)
            }
            Cached::OutOfScope(d, c) => {
                let d = decision(d)?;
                AdequacyLookup::OutOfScope(d, d.scope.get(c as usize)?)
            }
            Cached::NotInForce(d) => AdequacyLookup::NotInForce(decision(d)?),
            Cached::None => AdequacyLookup::None,
        })
    }
}
