//! "Must I erase this person's data, and which parts may I keep?" — Art. 17, 19 and 12(3).
//!
//! For every activity that holds the subject's data and every data category in it, the
//! assessment answers **erase** (with the ground of Art. 17(1)), **keep** (with the exception
//! of Art. 17(3) and, where a retention rule bounds it, the date until which and what happens
//! then), **no ground** (none of Art. 17(1) applies, so erasure is not required), or **needs
//! review** (with the facts to find out). The exceptions work per category: one request can
//! end as "erase the newsletter data, keep the invoices until 31 December 2032".
//!
//! An applicable 17(3) exception always wins over a 17(1) ground for the data it covers
//! ("to the extent that processing is necessary"), until its retention period is over.
//!
//! # Example
//!
//! ```
//! use std::collections::BTreeMap;
//! use chrono::NaiveDate;
//! use gdpr::assess::{assess_erasure, ActivityFacts, ErasureRequest, ErasureVerdict, Netherlands};
//! use gdpr::{Policy, RetentionTrigger};
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let request = ErasureRequest {
//!     received: day(2026, 11, 27),
//!     activities: vec![
//!         ActivityFacts { consent_withdrawn: true, ..ActivityFacts::new("newsletter") },
//!         ActivityFacts {
//!             events: BTreeMap::from([(RetentionTrigger::EndOfFinancialYear, day(2025, 12, 31))]),
//!             ..ActivityFacts::new("bookkeeping")
//!         },
//!     ],
//! };
//! let decision = assess_erasure(&policy, &request, &Netherlands, day(2026, 11, 27)).unwrap();
//! let newsletter = decision.item("newsletter", "contact").unwrap();
//! assert_eq!(newsletter.verdict, ErasureVerdict::Erase);
//! assert_eq!(newsletter.reasons[0].citation.to_string(), "Art. 17(1)(b)");
//! let invoices = decision.item("bookkeeping", "invoices").unwrap();
//! assert_eq!(invoices.verdict, ErasureVerdict::Keep);
//! assert_eq!(invoices.reasons[0].citation.to_string(), "Art. 17(3)(b)");
//! assert_eq!(invoices.keep_until, Some(day(2032, 12, 31)));
//! ```

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::deadline::{request_deadlines, RequestDeadlines};
use super::holidays::Holidays;
use super::retention::due_date;
use super::{AssessError, OpenQuestion, Reason};
use crate::{
    Capacity, Citation, DataCategory, LegalBasis, Policy, ProcessingActivity, RetentionAction,
    RetentionTrigger, SpecialCategoryCondition,
};

/// A request for erasure under Art. 17, with the facts the law turns on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an erasure request object")]
pub struct ErasureRequest {
    /// The day the request was received (Art. 12(3)).
    pub received: NaiveDate,
    /// The activities that hold the subject's data, each with its facts.
    pub activities: Vec<ActivityFacts>,
}

/// What happened, for one activity, that decides erasure. Flags that are absent mean the
/// circumstance does not exist; a fact that is absent (`null`) is unknown, and the decision
/// asks for it where it matters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an activity facts object")]
pub struct ActivityFacts {
    /// The id of the activity in the policy.
    pub activity: String,
    /// The data are no longer necessary for the purposes (Art. 17(1)(a)).
    #[serde(default)]
    pub no_longer_necessary: bool,
    /// The subject withdrew the consent the processing rests on (Art. 17(1)(b)).
    #[serde(default)]
    pub consent_withdrawn: bool,
    /// The subject objected under Art. 21 (Art. 17(1)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<ObjectionKind>,
    /// For an objection under Art. 21(1): whether the controller demonstrated compelling
    /// legitimate grounds that override the subject's interests, rights and freedoms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overriding_legitimate_grounds: Option<bool>,
    /// The data have been unlawfully processed (Art. 17(1)(d)).
    #[serde(default)]
    pub unlawfully_processed: bool,
    /// Union or Member State law requires erasure (Art. 17(1)(e)).
    #[serde(default)]
    pub legal_obligation_to_erase: bool,
    /// The data were collected from a child in relation to an information society service
    /// offered directly to them (Art. 17(1)(f), 8(1)).
    #[serde(default)]
    pub collected_from_child_online: bool,
    /// The controller made the data public (Art. 17(2)).
    #[serde(default)]
    pub made_public: bool,
    /// Processing is necessary for exercising freedom of expression and information
    /// (Art. 17(3)(a)).
    #[serde(default)]
    pub freedom_of_expression: bool,
    /// The data are necessary for the establishment, exercise or defence of legal claims
    /// (Art. 17(3)(e)).
    #[serde(default)]
    pub needed_for_legal_claims: bool,
    /// For archiving, research or statistics under Art. 89(1): whether erasure would render
    /// impossible or seriously impair those objectives (Art. 17(3)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erasure_impairs_research: Option<bool>,
    /// The dates the retention clocks of this activity run from.
    #[serde(default)]
    #[schemars(schema_with = "crate::schema::map_keyed_by::<RetentionTrigger, NaiveDate>")]
    pub events: BTreeMap<RetentionTrigger, NaiveDate>,
}

impl ActivityFacts {
    /// Facts for an activity with nothing known beyond its id.
    pub fn new(activity: impl Into<String>) -> ActivityFacts {
        ActivityFacts {
            activity: activity.into(),
            ..ActivityFacts::default()
        }
    }
}

/// The kind of objection the subject made.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ObjectionKind {
    /// On grounds relating to their particular situation (Art. 21(1)).
    ParticularSituation,
    /// To processing for direct marketing (Art. 21(2)).
    DirectMarketing,
}

/// What to do with one data category of one activity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ErasureVerdict {
    /// Erase without undue delay, on the ground given.
    Erase,
    /// Keep, under the exception given, until the date given where a rule bounds it.
    Keep,
    /// No ground of Art. 17(1) applies: erasure is not required.
    NoGround,
    /// The answer turns on facts not given.
    NeedsReview,
    /// The organisation is a processor here: pass the request to the controller and assist
    /// it (Art. 28(3)(e)).
    ForwardToController,
}

/// The answer for one data category of one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an erasure item object")]
pub struct ErasureItem {
    /// The activity.
    pub activity: String,
    /// The data category.
    pub data_category: String,
    /// What to do.
    pub verdict: ErasureVerdict,
    /// Why: the ground or exception first.
    pub reasons: Vec<Reason>,
    /// For kept data: the day the retention period ends, when it can be computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_until: Option<NaiveDate>,
    /// For kept data: what happens when the period ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub then: Option<RetentionAction>,
    /// Facts to find out.
    pub open_questions: Vec<OpenQuestion>,
}

/// Whether erasure is required overall.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ErasureOutcome {
    /// Some data must be erased (others may be kept; see the items).
    Required,
    /// No data must be erased.
    NotRequired,
    /// Nothing is certain to be erased yet, and some items need review.
    NeedsReview,
}

/// A recipient to tell, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a notification object")]
pub struct Notification {
    /// The recipient's id.
    pub recipient: String,
    /// Why it must be told.
    pub reason: Reason,
}

/// The decision on an erasure request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an erasure decision object")]
pub struct ErasureDecision {
    /// Whether erasure is required.
    pub outcome: ErasureOutcome,
    /// Per activity and data category, sorted by activity and category id.
    pub items: Vec<ErasureItem>,
    /// Recipients to tell of the erasure (Art. 19).
    pub notify_recipients: Vec<Notification>,
    /// Where data were made public: the steps towards other controllers (Art. 17(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inform_other_controllers: Option<Reason>,
    /// When the subject must be answered (Art. 12(3)).
    pub deadlines: RequestDeadlines,
}

impl ErasureDecision {
    /// The item for a data category of an activity.
    pub fn item(&self, activity: &str, data_category: &str) -> Option<&ErasureItem> {
        self.items
            .iter()
            .find(|i| i.activity == activity && i.data_category == data_category)
    }
}

/// Decides an erasure request as of `as_of`, with the public holidays of the Member State
/// where the controller answers.
///
/// # Errors
///
/// [`AssessError::UnknownActivity`] for an activity id the policy does not have;
/// [`AssessError::Deadline`] when the answer date falls outside the calendar.
pub fn assess_erasure(
    policy: &Policy,
    request: &ErasureRequest,
    calendar: &dyn Holidays,
    as_of: NaiveDate,
) -> Result<ErasureDecision, AssessError> {
    let mut facts: Vec<&ActivityFacts> = request.activities.iter().collect();
    facts.sort_by(|a, b| a.activity.cmp(&b.activity));
    let mut items = Vec::new();
    let mut notify: BTreeMap<String, Reason> = BTreeMap::new();
    let mut made_public = false;
    for f in facts {
        let act = policy
            .activity(&f.activity)
            .ok_or_else(|| AssessError::UnknownActivity(f.activity.clone()))?;
        let grounds = Grounds::of(act, f);
        let mut categories: Vec<&DataCategory> = policy.categories_of(act).collect();
        categories.sort_by(|a, b| a.id.cmp(&b.id));
        categories.dedup_by(|a, b| a.id == b.id);
        let mut erased_here = false;
        for category in categories {
            let item = decide(act, category, f, &grounds, as_of);
            erased_here |= item.verdict == ErasureVerdict::Erase;
            items.push(item);
        }
        if erased_here {
            made_public |= f.made_public;
            for recipient in policy.recipients_of(act) {
                notify.entry(recipient.id.clone()).or_insert_with(|| {
                    Reason::fixed(
                        Citation::article(19),
                        "each recipient to whom the data were disclosed is told of the erasure, unless this proves impossible or involves disproportionate effort; the subject is told who they are on request",
                    )
                });
            }
        }
    }
    let outcome = if items.iter().any(|i| i.verdict == ErasureVerdict::Erase) {
        ErasureOutcome::Required
    } else if items
        .iter()
        .any(|i| i.verdict == ErasureVerdict::NeedsReview)
    {
        ErasureOutcome::NeedsReview
    } else {
        ErasureOutcome::NotRequired
    };
    Ok(ErasureDecision {
        outcome,
        items,
        notify_recipients: notify
            .into_iter()
            .map(|(recipient, reason)| Notification { recipient, reason })
            .collect(),
        inform_other_controllers: made_public.then(|| {
            Reason::fixed(
                Citation::article(17).paragraph(2),
                "the data were made public: take reasonable steps, technical measures included, to inform the controllers processing them that the subject asked for erasure of any links, copies or replications",
            )
        }),
        deadlines: request_deadlines(request.received, calendar).map_err(AssessError::Deadline)?,
    })
}

/// The grounds of Art. 17(1) for one activity: certain, unknown, and notes on grounds that
/// were claimed but fail.
struct Grounds {
    certain: Vec<Reason>,
    unknown: Vec<OpenQuestion>,
    notes: Vec<Reason>,
}

impl Grounds {
    fn of(act: &ProcessingActivity, f: &ActivityFacts) -> Grounds {
        let mut g = Grounds {
            certain: Vec::new(),
            unknown: Vec::new(),
            notes: Vec::new(),
        };
        let p17 = |point| Citation::article(17).paragraph(1).point(point);
        let bases: Vec<&LegalBasis> = act
            .purposes
            .iter()
            .filter_map(|p| p.legal_basis.as_ref())
            .collect();
        // A purpose without a stated basis might rest on any basis.
        let some_basis_unknown = act.purposes.iter().any(|p| p.legal_basis.is_none());
        let basis_question = || {
            OpenQuestion::fixed(
                "legal_basis",
                "on which lawful basis of Art. 6(1) does each purpose of the activity rest?",
                Citation::article(6).paragraph(1),
            )
        };
        if f.no_longer_necessary {
            g.certain.push(Reason::fixed(
                p17('a'),
                "the data are no longer necessary for the purposes for which they were collected",
            ));
        }
        if f.consent_withdrawn {
            let on_consent = bases.contains(&&LegalBasis::Consent)
                || act
                    .special_category_conditions
                    .contains(&SpecialCategoryCondition::ExplicitConsent);
            let other = bases.iter().any(|b| **b != LegalBasis::Consent);
            if on_consent && !other && some_basis_unknown {
                g.unknown.push(basis_question());
            } else if on_consent && !other {
                g.certain.push(Reason::fixed(p17('b'), "the subject withdrew the consent the processing rests on, and there is no other legal ground for it"));
            } else if on_consent {
                g.notes.push(Reason::fixed(
                    p17('b'),
                    "consent was withdrawn, but the processing also rests on another legal ground",
                ));
            } else if some_basis_unknown {
                g.unknown.push(basis_question());
            } else {
                g.notes.push(Reason::fixed(
                    p17('b'),
                    "consent was withdrawn, but this processing does not rest on consent",
                ));
            }
        }
        match f.objection {
            Some(ObjectionKind::DirectMarketing) => {
                if act.purposes.iter().any(|p| p.direct_marketing) {
                    g.certain.push(Reason::fixed(p17('c'), "the subject objected to processing for direct marketing, which must then stop (Art. 21(2) and (3))"));
                } else {
                    g.notes.push(Reason::fixed(
                        Citation::article(21).paragraph(2),
                        "the objection concerns direct marketing, which this activity does not do",
                    ));
                }
            }
            Some(ObjectionKind::ParticularSituation) => {
                let e_or_f = bases.iter().any(|b| {
                    matches!(
                        b,
                        LegalBasis::PublicTask { .. } | LegalBasis::LegitimateInterests { .. }
                    )
                });
                if !e_or_f && some_basis_unknown {
                    g.unknown.push(basis_question());
                } else if !e_or_f {
                    g.notes.push(Reason::fixed(Citation::article(21).paragraph(1), "an objection on grounds of a particular situation concerns only processing based on Art. 6(1)(e) or (f)"));
                } else {
                    match f.overriding_legitimate_grounds {
                        Some(false) => g.certain.push(Reason::fixed(p17('c'), "the subject objected under Art. 21(1) and there are no overriding legitimate grounds for the processing")),
                        Some(true) => g.notes.push(Reason::fixed(Citation::article(21).paragraph(1), "the controller demonstrated compelling legitimate grounds that override the subject's interests")),
                        None => g.unknown.push(OpenQuestion::fixed(
                            "overriding_legitimate_grounds",
                            "has the controller compelling legitimate grounds for the processing that override the subject's interests, rights and freedoms?",
                            Citation::article(21).paragraph(1),
                        )),
                    }
                }
            }
            None => {}
        }
        if f.unlawfully_processed {
            g.certain.push(Reason::fixed(
                p17('d'),
                "the data have been unlawfully processed",
            ));
        }
        if f.legal_obligation_to_erase {
            g.certain.push(Reason::fixed(
                p17('e'),
                "Union or Member State law requires the data to be erased",
            ));
        }
        if f.collected_from_child_online {
            g.certain.push(Reason::fixed(p17('f'), "the data were collected from a child in relation to an information society service offered directly to them"));
        }
        g
    }
}

/// One category's verdict.
fn decide(
    act: &ProcessingActivity,
    category: &DataCategory,
    f: &ActivityFacts,
    grounds: &Grounds,
    as_of: NaiveDate,
) -> ErasureItem {
    let mut item = ErasureItem {
        activity: act.id.clone(),
        data_category: category.id.clone(),
        verdict: ErasureVerdict::NeedsReview,
        reasons: Vec::new(),
        keep_until: None,
        then: None,
        open_questions: Vec::new(),
    };
    if act.acting_as == Capacity::Processor {
        item.verdict = ErasureVerdict::ForwardToController;
        item.reasons.push(Reason::fixed(
            Citation::article(28).paragraph(3).point('e'),
            "the organisation is a processor for these data: the controller decides, and the processor assists it and erases on its instruction",
        ));
        return item;
    }

    let retention = Retention::of(act, category, f, as_of);
    let mut exceptions = Vec::new();
    let mut exceptions_unknown = Vec::new();
    let p3 = |point| Citation::article(17).paragraph(3).point(point);
    if f.freedom_of_expression {
        exceptions.push(Reason::fixed(p3('a'), "processing is necessary for exercising the right of freedom of expression and information"));
    }
    let duty = act.purposes.iter().find_map(|p| match &p.legal_basis {
        Some(b @ (LegalBasis::LegalObligation { .. } | LegalBasis::PublicTask { .. })) => Some(b),
        _ => None,
    });
    if let Some(basis) = duty {
        if retention.over != Some(true) {
            let what = match basis {
                LegalBasis::LegalObligation { .. } => "compliance with a legal obligation",
                _ => "a task carried out in the public interest or in the exercise of official authority",
            };
            let law = basis
                .legal_reference()
                .map(|l| format!(" ({l})"))
                .unwrap_or_default();
            exceptions.push(Reason::new(
                p3('b'),
                format!("processing is necessary for {what}{law}"),
            ));
        }
        // Once the period is over the exception has lapsed and 17(1)(a) takes its place.
    } else if let Some(law) = &retention.legal_duty {
        // A retention period laid down by law is itself a legal obligation that requires
        // keeping the data, whatever basis the activity's purposes rest on.
        if retention.over != Some(true) {
            exceptions.push(Reason::new(
                p3('b'),
                format!("a legal obligation requires keeping the data: {law}"),
            ));
        }
    }
    // An unstated basis might be a legal obligation or a public task (17(3)(b)); direct
    // marketing is never necessary for either.
    let unstated = act
        .purposes
        .iter()
        .any(|p| p.legal_basis.is_none() && !p.direct_marketing);
    if duty.is_none() && unstated {
        exceptions_unknown.push(OpenQuestion::fixed(
            "legal_basis",
            "on which lawful basis of Art. 6(1) does each purpose of the activity rest? A legal obligation or public task would keep the data (Art. 17(3)(b))",
            Citation::article(6).paragraph(1),
        ));
    }
    let health_condition = act.special_category_conditions.iter().any(|c| {
        matches!(
            c,
            SpecialCategoryCondition::HealthOrSocialCare | SpecialCategoryCondition::PublicHealth
        )
    });
    if category.special_category.is_some() && health_condition {
        exceptions.push(Reason::fixed(p3('c'), "processing is necessary for reasons of public interest in the area of public health under Art. 9(2)(h) or (i) and 9(3)"));
    }
    if act
        .purposes
        .iter()
        .any(|p| p.archiving_or_research.is_some())
    {
        match f.erasure_impairs_research {
            Some(true) => exceptions.push(Reason::fixed(p3('d'), "the data serve archiving, research or statistics under Art. 89(1), and erasure would render impossible or seriously impair those objectives")),
            Some(false) => {}
            None => exceptions_unknown.push(OpenQuestion::fixed(
                "erasure_impairs_research",
                "would erasure render impossible or seriously impair the archiving, research or statistical objectives?",
                p3('d'),
            )),
        }
    }
    if f.needed_for_legal_claims {
        exceptions.push(Reason::fixed(
            p3('e'),
            "the data are necessary for the establishment, exercise or defence of legal claims",
        ));
    }

    let mut certain = grounds.certain.clone();
    if retention.over == Some(true) && !f.no_longer_necessary {
        certain.insert(
            0,
            Reason::fixed(
                Citation::article(17).paragraph(1).point('a'),
                "the retention period is over, so the data are no longer necessary for their purposes (Art. 5(1)(e))",
            ),
        );
    }

    if !exceptions.is_empty() {
        item.verdict = ErasureVerdict::Keep;
        item.reasons = exceptions;
        if !certain.is_empty() {
            // The grounds hold, but Art. 17(3) disapplies 17(1) to the extent the processing
            // is necessary: say so once, then list the grounds as they are.
            item.reasons.push(Reason::fixed(
                Citation::article(17).paragraph(3),
                "a ground for erasure applies, but the exception prevails to the extent the processing is necessary for it",
            ));
            item.reasons.append(&mut certain);
        }
        item.keep_until = retention.until;
        item.then = retention.then;
        if let Some(until) = retention.until {
            item.reasons.push(Reason::new(
                Citation::article(5).paragraph(1).point('e'),
                format!(
                    "the retention rule keeps the data until {until}, after which they are {}",
                    action_word(retention.then)
                ),
            ));
        }
        item.open_questions = retention.questions;
    } else if !certain.is_empty() {
        if exceptions_unknown.is_empty() {
            item.verdict = ErasureVerdict::Erase;
            item.reasons = certain;
        } else {
            item.verdict = ErasureVerdict::NeedsReview;
            item.reasons = certain;
            item.open_questions = exceptions_unknown;
        }
    } else if !grounds.unknown.is_empty() {
        item.verdict = ErasureVerdict::NeedsReview;
        item.open_questions = grounds.unknown.clone();
        item.reasons = grounds.notes.clone();
    } else {
        item.verdict = ErasureVerdict::NoGround;
        item.reasons.push(Reason::fixed(
            Citation::article(17).paragraph(1),
            "none of the grounds for erasure applies, so erasure is not required; the refusal, its reasons and the right to complain are communicated within the time limit of Art. 12(4)",
        ));
        item.reasons.extend(grounds.notes.iter().cloned());
    }
    item
}

fn action_word(action: Option<RetentionAction>) -> &'static str {
    match action {
        Some(RetentionAction::Anonymise) => "anonymised",
        Some(RetentionAction::Archive) => "archived",
        _ => "erased",
    }
}

/// What the retention rules say about one category.
struct Retention {
    /// Whether every applicable rule's period is over (`None` if no date can be computed).
    over: Option<bool>,
    until: Option<NaiveDate>,
    then: Option<RetentionAction>,
    questions: Vec<OpenQuestion>,
    /// The law of a retention rule that applies, if one is a legal duty.
    legal_duty: Option<String>,
}

impl Retention {
    fn of(
        act: &ProcessingActivity,
        category: &DataCategory,
        f: &ActivityFacts,
        as_of: NaiveDate,
    ) -> Retention {
        let mut r = Retention {
            over: None,
            until: None,
            then: None,
            questions: Vec::new(),
            legal_duty: None,
        };
        let mut all_over = true;
        let mut any = false;
        for rule in act
            .retention
            .iter()
            .filter(|rule| rule.applies_to(&category.id))
        {
            if r.legal_duty.is_none() {
                r.legal_duty.clone_from(&rule.legal_reference);
            }
            let (Some(_), Some(trigger)) = (rule.period, rule.from) else {
                continue;
            };
            let Some(event) = f.events.get(&trigger) else {
                r.questions.push(OpenQuestion {
                    field: format!("events.{}", trigger_name(trigger)).into(),
                    question: "on what date did the event the retention period runs from happen?"
                        .into(),
                    citation: Citation::article(5).paragraph(1).point('e'),
                });
                all_over = false;
                continue;
            };
            let Ok(due) = due_date(rule, *event) else {
                all_over = false;
                continue;
            };
            any = true;
            all_over &= due <= as_of;
            if r.until.is_none_or(|u| due > u) {
                r.until = Some(due);
                r.then = Some(rule.then);
            }
        }
        r.over = any.then_some(all_over);
        r
    }
}

fn trigger_name(trigger: RetentionTrigger) -> String {
    serde_json::to_value(trigger)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
