//! The dated, scoped registry of Commission adequacy decisions (Art. 45(3)).
//!
//! The registry is data: [`AdequacyRegistry::builtin`] returns the decisions known when this
//! release was made, and [`AdequacyRegistry`] deserialises from JSON, so users can add a new
//! decision or record an invalidation without waiting for a new release of the crate. The
//! built-in list is also checked in as `data/adequacy.json` (a test keeps the two equal).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Country, Destination, Recipient, Sector};

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
    /// The last day the decision can be relied on, if it ended or has an expiry date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// Why it ended or when it expires, e.g. the judgment that invalidated it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Which importers the decision covers.
    pub scope: AdequacyScope,
    /// Limits of the scope in words, for the reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_note: Option<String>,
}

/// Which importers in the destination an adequacy decision covers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AdequacyScope {
    /// Every importer subject to the destination's data protection law.
    General,
    /// Only organisations acting in the course of commercial activities (Canada, PIPEDA).
    CommercialOrganisations,
    /// Only the private sector (Japan, APPI business operators).
    PrivateSector,
    /// Only organisations certified under the EU-U.S. Data Privacy Framework.
    DataPrivacyFrameworkCertified,
    /// Only organisations self-certified under an earlier U.S. framework (Safe Harbour,
    /// Privacy Shield); the library keeps no record of those certifications.
    EarlierUsFrameworkCertified,
}

/// A fact about the importer that decides whether a scoped adequacy decision covers it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ImporterFact {
    /// Whether the importer is certified under the EU-U.S. Data Privacy Framework
    /// (`dpf_certified`).
    DpfCertification,
    /// Whether the importer is a commercial, non-profit or public organisation (`sector`).
    Sector,
    /// Whether the importer was self-certified under Safe Harbour or Privacy Shield at the
    /// time.
    EarlierUsFrameworkCertification,
}

/// What the registry says about a destination and an importer on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdequacyLookup<'a> {
    /// A decision in force covers the importer.
    Covered(&'a AdequacyDecision),
    /// A decision in force might cover the importer, but a fact about it is unknown.
    Unknown(&'a AdequacyDecision, ImporterFact),
    /// A decision is in force for the destination but its scope excludes the importer.
    OutOfScope(&'a AdequacyDecision),
    /// Decisions exist for the destination but none is in force on the date (expired,
    /// invalidated or not yet adopted). The one returned is the decision that ended most
    /// recently before the date or, if none had, the next one adopted after it.
    NotInForce(&'a AdequacyDecision),
    /// No decision has ever covered the destination.
    None,
}

impl ImporterFact {
    /// The condition, in words, under which a scoped decision covers the importer.
    pub const fn question(self) -> &'static str {
        match self {
            ImporterFact::DpfCertification => {
                "the recipient is certified under the EU-U.S. Data Privacy Framework (`dpf_certified`)"
            }
            ImporterFact::Sector => "the recipient is of the sector the decision covers (`sector`)",
            ImporterFact::EarlierUsFrameworkCertification => {
                "the recipient was self-certified under that framework at the time"
            }
        }
    }
}

impl AdequacyLookup<'_> {
    /// Why the lookup came out as it did, in words, for a transfer on `as_of`.
    pub fn explain(&self, as_of: NaiveDate) -> String {
        match self {
            AdequacyLookup::Covered(d) => format!("{} covers it", d.reference),
            AdequacyLookup::Unknown(d, fact) => {
                format!("{} covers it only if {}", d.reference, fact.question())
            }
            AdequacyLookup::OutOfScope(d) => format!(
                "{} does not cover this recipient: it covers {}",
                d.reference,
                d.scope_note
                    .as_deref()
                    .unwrap_or("only part of the destination")
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

    /// Whether the scope covers this importer: `Ok(true)` or `Ok(false)`, or the fact that
    /// must be known to tell.
    pub fn covers(&self, importer: &Recipient) -> Result<bool, ImporterFact> {
        match self.scope {
            AdequacyScope::General => Ok(true),
            AdequacyScope::DataPrivacyFrameworkCertified => {
                importer.dpf_certified.ok_or(ImporterFact::DpfCertification)
            }
            AdequacyScope::EarlierUsFrameworkCertified => {
                Err(ImporterFact::EarlierUsFrameworkCertification)
            }
            AdequacyScope::CommercialOrganisations => importer
                .sector
                .map(|s| s == Sector::Commercial)
                .ok_or(ImporterFact::Sector),
            AdequacyScope::PrivateSector => importer
                .sector
                .map(|s| matches!(s, Sector::Commercial | Sector::NonProfit))
                .ok_or(ImporterFact::Sector),
        }
    }
}

impl AdequacyRegistry {
    /// What the registry says about sending data to `importer` at `destination`, as of
    /// `date`. A destination the registry does not list is not adequate.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::{AdequacyLookup, AdequacyRegistry, Destination, Recipient, RecipientRole};
    ///
    /// let registry = AdequacyRegistry::builtin();
    /// let us = Destination::Country("US".parse().unwrap());
    /// let mut cloud = Recipient {
    ///     id: "cloud".into(), name: "Cloud Inc.".into(), role: RecipientRole::Processor,
    ///     location: Some(us.clone()), art28_contract: Some(true), art26_arrangement: None,
    ///     dpf_certified: Some(true), sector: None, source: None,
    /// };
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2024, 1, 1)), AdequacyLookup::Covered(_)));
    /// // Before the Data Privacy Framework, and after Privacy Shield fell, nothing applied.
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2021, 1, 1)), AdequacyLookup::NotInForce(_)));
    /// cloud.dpf_certified = None;
    /// assert!(matches!(registry.lookup(&us, &cloud, day(2024, 1, 1)), AdequacyLookup::Unknown(..)));
    /// ```
    pub fn lookup(
        &self,
        destination: &Destination,
        importer: &Recipient,
        date: NaiveDate,
    ) -> AdequacyLookup<'_> {
        let mut unknown = None;
        let mut out_of_scope = None;
        // To explain why nothing applies: the decision that ended most recently before
        // `date`, else the first one adopted after it. Ties go to the reference, so the
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
            match decision.covers(importer) {
                Ok(true) => return AdequacyLookup::Covered(decision),
                Ok(false) => out_of_scope = out_of_scope.or(Some(decision)),
                Err(fact) => unknown = unknown.or(Some((decision, fact))),
            }
        }
        if let Some((decision, fact)) = unknown {
            AdequacyLookup::Unknown(decision, fact)
        } else if let Some(decision) = out_of_scope {
            AdequacyLookup::OutOfScope(decision)
        } else if let Some(decision) = ended.or(upcoming) {
            AdequacyLookup::NotInForce(decision)
        } else {
            AdequacyLookup::None
        }
    }

    /// The adequacy decisions known to this release, including those that ended (Safe
    /// Harbour, Privacy Shield) and the recent ones: the EU-U.S. Data Privacy Framework
    /// (2023), the European Patent Organisation (2025), the renewed United Kingdom decision
    /// (2025) and Brazil (2026). Decisions adopted under Directive 95/46/EC remain in force
    /// under Art. 45(9).
    pub fn builtin() -> AdequacyRegistry {
        let decisions = BUILTIN
            .iter()
            .map(|b| AdequacyDecision {
                destination: match b.destination {
                    Dest::Country(code) => Destination::Country(Country::from_known(code)),
                    Dest::Organisation(id) => Destination::InternationalOrganisation(id.to_owned()),
                },
                reference: b.reference.to_owned(),
                adopted: ymd(b.adopted),
                valid_from: ymd(b.valid_from),
                valid_until: b.valid_until.map(ymd),
                end: b.end.map(str::to_owned),
                scope: b.scope,
                scope_note: b.scope_note.map(str::to_owned),
            })
            .collect();
        AdequacyRegistry { decisions }
    }
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

enum Dest {
    Country(&'static str),
    Organisation(&'static str),
}

struct Builtin {
    destination: Dest,
    reference: &'static str,
    adopted: (i32, u32, u32),
    valid_from: (i32, u32, u32),
    valid_until: Option<(i32, u32, u32)>,
    end: Option<&'static str>,
    scope: AdequacyScope,
    scope_note: Option<&'static str>,
}

const fn decision(destination: Dest, reference: &'static str, adopted: (i32, u32, u32)) -> Builtin {
    Builtin {
        destination,
        reference,
        adopted,
        valid_from: adopted,
        valid_until: None,
        end: None,
        scope: AdequacyScope::General,
        scope_note: None,
    }
}

const BUILTIN: &[Builtin] = &[
    decision(Dest::Country("AD"), "Commission Decision 2010/625/EU", (2010, 10, 19)),
    decision(Dest::Country("AR"), "Commission Decision 2003/490/EC", (2003, 6, 30)),
    Builtin {
        scope: AdequacyScope::CommercialOrganisations,
        scope_note: Some("organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA), i.e. personal information collected in the course of commercial activities"),
        ..decision(Dest::Country("CA"), "Commission Decision 2002/2/EC", (2001, 12, 20))
    },
    decision(Dest::Country("CH"), "Commission Decision 2000/518/EC", (2000, 7, 26)),
    decision(Dest::Country("FO"), "Commission Decision 2010/146/EU", (2010, 3, 5)),
    decision(Dest::Country("GG"), "Commission Decision 2003/821/EC", (2003, 11, 21)),
    decision(Dest::Country("IM"), "Commission Decision 2004/411/EC", (2004, 4, 28)),
    Builtin {
        scope_note: Some("automated international transfers, or non-automated transfers subject to further automated processing in Israel"),
        ..decision(Dest::Country("IL"), "Commission Decision 2011/61/EU", (2011, 1, 31))
    },
    decision(Dest::Country("JE"), "Commission Decision 2008/393/EC", (2008, 5, 8)),
    Builtin {
        scope: AdequacyScope::PrivateSector,
        scope_note: Some("personal information handling business operators under the Act on the Protection of Personal Information (APPI): the private sector"),
        ..decision(Dest::Country("JP"), "Commission Implementing Decision (EU) 2019/419", (2019, 1, 23))
    },
    Builtin {
        scope_note: Some("processing subject to the Personal Information Protection Act (PIPA)"),
        ..decision(Dest::Country("KR"), "Commission Implementing Decision (EU) 2022/254", (2021, 12, 17))
    },
    decision(Dest::Country("NZ"), "Commission Implementing Decision 2013/65/EU", (2012, 12, 19)),
    decision(Dest::Country("UY"), "Commission Implementing Decision 2012/484/EU", (2012, 8, 21)),
    Builtin {
        valid_until: Some((2025, 12, 27)),
        end: Some("set to expire under its sunset clause on 27 June 2025, extended once to 27 December 2025 and replaced by the renewal of 19 December 2025"),
        scope_note: Some("excluded data transferred for the purposes of UK immigration control"),
        ..decision(Dest::Country("GB"), "Commission Implementing Decision (EU) 2021/1772", (2021, 6, 28))
    },
    Builtin {
        valid_until: Some((2031, 12, 27)),
        end: Some("limited to six years, until 27 December 2031"),
        ..decision(Dest::Country("GB"), "Commission Implementing Decision of 19 December 2025 renewing the adequacy of the United Kingdom", (2025, 12, 19))
    },
    Builtin {
        valid_until: Some((2015, 10, 5)),
        end: Some("declared invalid by the Court of Justice on 6 October 2015 (C-362/14, Schrems)"),
        scope: AdequacyScope::EarlierUsFrameworkCertified,
        scope_note: Some("Safe Harbour: only organisations that had self-certified"),
        ..decision(Dest::Country("US"), "Commission Decision 2000/520/EC", (2000, 7, 26))
    },
    Builtin {
        valid_until: Some((2020, 7, 15)),
        end: Some("declared invalid by the Court of Justice on 16 July 2020 (C-311/18, Schrems II)"),
        scope: AdequacyScope::EarlierUsFrameworkCertified,
        scope_note: Some("EU-U.S. Privacy Shield: only self-certified organisations"),
        ..decision(Dest::Country("US"), "Commission Implementing Decision (EU) 2016/1250", (2016, 7, 12))
    },
    Builtin {
        scope: AdequacyScope::DataPrivacyFrameworkCertified,
        scope_note: Some("only organisations on the Data Privacy Framework List kept by the U.S. Department of Commerce"),
        ..decision(Dest::Country("US"), "Commission Implementing Decision (EU) 2023/1795", (2023, 7, 10))
    },
    decision(Dest::Organisation("european_patent_organisation"), "Commission Implementing Decision (EU) 2025/1382", (2025, 7, 15)),
    Builtin {
        scope_note: Some("processing subject to the Lei Geral de Proteção de Dados (LGPD)"),
        ..decision(Dest::Country("BR"), "Commission Implementing Decision (EU) 2026/179", (2026, 1, 26))
    },
];
