//! The dated, scoped registry of Commission adequacy decisions (Art. 45(3)).
//!
//! The registry is data: [`AdequacyRegistry::builtin`] returns the decisions known when this
//! release was made, and [`AdequacyRegistry`] deserialises from JSON, so users can add a new
//! decision or record an invalidation without waiting for a new release of the crate. The
//! built-in list is also checked in as `data/adequacy.json` (a test keeps the two equal).
//!
//! Each decision carries the date from which it is relied on, which date that is (adoption,
//! notification, entry into force, application) and why, and its scope as typed
//! [`ScopeCondition`]s, each with the article or recital that sets it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::scope::{ImporterFacts, ScopeCondition, ScopeFact, ScopeTest};
use super::{Destination, Recipient};

/// A set of adequacy decisions, queried "as of" a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an adequacy registry object")]
pub struct AdequacyRegistry {
    /// The decisions, in force or not; [`AdequacyRegistry::lookup`] picks by date.
    pub decisions: Vec<AdequacyDecision>,
}

/// One adequacy decision of the Commission, with the dates it applies and its scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an adequacy decision object")]
pub struct AdequacyDecision {
    /// The country, territory or international organisation the decision covers.
    pub destination: Destination,
    /// The decision's reference, e.g. `Commission Implementing Decision (EU) 2023/1795`.
    pub reference: String,
    /// The date the Commission adopted it (ISO 8601 date).
    pub adopted: NaiveDate,
    /// The first day the decision can be relied on.
    pub valid_from: NaiveDate,
    /// Which date `valid_from` is.
    pub valid_from_basis: DateBasis,
    /// Why that date: the provision that makes the decision take effect, and the source of the
    /// date.
    pub date_note: String,
    /// The last day the decision can be relied on, if it ended or has an expiry date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// Why it ended or when it expires, e.g. the judgment that invalidated it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The limits of the decision's scope: it covers a transfer only when every condition
    /// holds. Empty when it covers every importer subject to the destination's law.
    pub scope: Vec<ScopeCondition>,
    /// The scope in words, for the reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_note: Option<String>,
}

/// Which date of a decision's life `valid_from` is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateBasis {
    /// The date the Commission adopted the decision.
    Adoption,
    /// The date it was notified to the Member States it is addressed to, on which it takes
    /// effect (Art. 297(2) TFEU).
    Notification,
    /// The date of entry into force the decision sets.
    EntryIntoForce,
    /// A date of application the decision sets apart from its entry into force.
    Application,
}

/// What the registry says about a destination and an importer on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdequacyLookup<'a> {
    /// A decision in force covers the importer.
    Covered(&'a AdequacyDecision),
    /// A decision in force might cover the importer, but a condition of its scope turns on a
    /// fact that is not known.
    Unknown(&'a AdequacyDecision, &'a ScopeCondition, ScopeFact),
    /// A decision is in force for the destination but a condition of its scope excludes the
    /// importer.
    OutOfScope(&'a AdequacyDecision, &'a ScopeCondition),
    /// Decisions exist for the destination but none is in force on the date (expired,
    /// invalidated or not yet adopted). The one returned is the decision that ended most
    /// recently before the date or, if none had, the next one to apply after it.
    NotInForce(&'a AdequacyDecision),
    /// No decision has ever covered the destination.
    None,
}

/// How a decision's scope fares for an importer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeVerdict<'a> {
    /// Every condition holds.
    Covered,
    /// This condition fails: the decision does not cover the importer.
    Excluded(&'a ScopeCondition),
    /// No condition fails, but this one turns on an unknown fact.
    Unknown(&'a ScopeCondition, ScopeFact),
}

impl AdequacyLookup<'_> {
    /// Why the lookup came out as it did, in words, for a transfer on `as_of`.
    pub fn explain(&self, as_of: NaiveDate) -> String {
        match self {
            AdequacyLookup::Covered(d) => format!("{} covers it", d.reference),
            AdequacyLookup::Unknown(d, c, fact) => format!(
                "{} covers it only if the fact it turns on is known: {} ({}); {}",
                d.reference,
                c.describe(),
                c.source,
                fact.question()
            ),
            AdequacyLookup::OutOfScope(d, c) => format!(
                "{} does not cover this recipient: {} ({})",
                d.reference,
                c.describe(),
                c.source
            ),
            AdequacyLookup::NotInForce(d) => match (&d.end, d.valid_until) {
                (Some(end), Some(until)) if until < as_of => {
                    format!(
                        "no adequacy decision applies on {as_of}: {} was {end}",
                        d.reference
                    )
                }
                _ => format!(
                    "no adequacy decision applies on {as_of}: {} applies only from {}",
                    d.reference, d.valid_from
                ),
            },
            AdequacyLookup::None => "no adequacy decision covers that destination".to_owned(),
        }
    }
}

impl AdequacyDecision {
    /// Whether the decision can be relied on, as of `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.valid_from <= date && self.valid_until.is_none_or(|end| date <= end)
    }

    /// Whether the scope covers the importer on these facts: covered when every condition
    /// holds, excluded as soon as one fails (whatever else is unknown), else unknown.
    pub fn scope_verdict(&self, facts: ImporterFacts<'_>) -> ScopeVerdict<'_> {
        let mut unknown = None;
        for condition in &self.scope {
            match condition.test(facts) {
                ScopeTest::Holds => {}
                ScopeTest::Fails => return ScopeVerdict::Excluded(condition),
                ScopeTest::Unknown(fact) => unknown = unknown.or(Some((condition, fact))),
            }
        }
        match unknown {
            Some((condition, fact)) => ScopeVerdict::Unknown(condition, fact),
            None => ScopeVerdict::Covered,
        }
    }
}

impl AdequacyRegistry {
    /// What the registry says about sending data to `importer` at `destination`, as of
    /// `date`, on the importer's own facts. A destination the registry does not list is not
    /// adequate.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::{AdequacyLookup, AdequacyRegistry, Destination, Recipient, RecipientRole, Sector};
    ///
    /// let registry = AdequacyRegistry::builtin();
    /// let us = Destination::Country("US".parse().unwrap());
    /// let mut cloud = Recipient::new("cloud", "Cloud Inc.", RecipientRole::Processor)
    ///     .located(us.clone())
    ///     .dpf_certified(true);
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2024, 1, 1)), AdequacyLookup::Covered(_)));
    /// // Before the Data Privacy Framework, and after Privacy Shield fell, nothing applied.
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2021, 1, 1)), AdequacyLookup::NotInForce(_)));
    /// cloud.dpf_certified = None;
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2024, 1, 1)), AdequacyLookup::Unknown(..)));
    /// // A public body is never on the DPF List, whatever its certification is said to be.
    /// cloud.sector = Some(Sector::Public);
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2024, 1, 1)), AdequacyLookup::OutOfScope(..)));
    /// ```
    pub fn lookup(
        &self,
        destination: &Destination,
        importer: &Recipient,
        date: NaiveDate,
    ) -> AdequacyLookup<'_> {
        self.lookup_facts(destination, ImporterFacts::of(importer), date)
    }

    /// As [`AdequacyRegistry::lookup`], on facts that may combine the recipient's with a
    /// request's.
    pub fn lookup_facts(
        &self,
        destination: &Destination,
        facts: ImporterFacts<'_>,
        date: NaiveDate,
    ) -> AdequacyLookup<'_> {
        let mut unknown = None;
        let mut out_of_scope = None;
        // To explain why nothing applies: the decision that ended most recently before
        // `date`, else the first one to apply after it. Ties go to the reference, so the
        // answer does not depend on the list's order.
        let mut ended: Option<&AdequacyDecision> = None;
        let mut upcoming: Option<&AdequacyDecision> = None;
        for decision in self
            .decisions
            .iter()
            .filter(|d| &d.destination == destination)
        {
            if !decision.in_force_on(date) {
                if decision.valid_from > date {
                    let earlier = upcoming.is_none_or(|u| {
                        (decision.valid_from, &decision.reference) < (u.valid_from, &u.reference)
                    });
                    if earlier {
                        upcoming = Some(decision);
                    }
                } else {
                    let later = ended.is_none_or(|e| {
                        (decision.valid_until, &decision.reference) > (e.valid_until, &e.reference)
                    });
                    if later {
                        ended = Some(decision);
                    }
                }
                continue;
            }
            match decision.scope_verdict(facts) {
                ScopeVerdict::Covered => return AdequacyLookup::Covered(decision),
                ScopeVerdict::Excluded(c) => out_of_scope = out_of_scope.or(Some((decision, c))),
                ScopeVerdict::Unknown(c, fact) => unknown = unknown.or(Some((decision, c, fact))),
            }
        }
        if let Some((decision, condition, fact)) = unknown {
            AdequacyLookup::Unknown(decision, condition, fact)
        } else if let Some((decision, condition)) = out_of_scope {
            AdequacyLookup::OutOfScope(decision, condition)
        } else if let Some(decision) = ended.or(upcoming) {
            AdequacyLookup::NotInForce(decision)
        } else {
            AdequacyLookup::None
        }
    }

    /// The adequacy decisions known to this release, including those that ended (Safe
    /// Harbour, Privacy Shield, the first United Kingdom decision) and the recent ones: the
    /// EU-U.S. Data Privacy Framework (2023), the European Patent Organisation (2025), the
    /// renewed United Kingdom decision (2025) and Brazil (2026). Decisions adopted under
    /// Directive 95/46/EC remain in force under Art. 45(9).
    pub fn builtin() -> AdequacyRegistry {
        AdequacyRegistry {
            decisions: super::adequacy_builtin::decisions(),
        }
    }
}
