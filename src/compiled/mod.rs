//! A policy compiled once for many decisions: the same answers as the plain functions of
//! [`assess`](crate::assess), in a time that does not grow with the policy.
//!
//! [`CompiledPolicy::new`] takes a [`Policy`], the [`AdequacyRegistry`] and the [`Calendar`]
//! of the controller and prepares what every decision would otherwise look up again: the ids
//! of recipients and activities in hash tables, per recipient the grounds its transfers
//! declare (per activity and in all), the adequacy registry's answer for its location for
//! every span of dates in which no decision starts or ends, the erasure rules' questions
//! about each activity's purposes answered for each of its data categories, and the working
//! days of a window of years as a bitmap. The compiled policy is immutable and `Send + Sync`:
//! build it when the policy changes and share it between threads.
//!
//! For transfers there are three answers, from the cheapest: the
//! [`TransferAnswer`] (outcome, ground, promises broken;
//! [`CompiledPolicy::transfer_answer_to`]), the verdict with its steps, and the explained
//! decision with its reasons. For erasure, the verdict
//! ([`CompiledPolicy::erasure_verdict`]), the explained decision as codes in a reused buffer
//! ([`CompiledPolicy::erasure_explanation`]), and the owned explained decision with its
//! sentences ([`CompiledPolicy::assess_erasure`]). A caller that asks again and again about the same recipients
//! or activities resolves their ids once ([`CompiledPolicy::resolve_transfer`],
//! [`CompiledPolicy::resolve_erasure`]) and passes the handles back
//! ([`CompiledPolicy::transfer_verdict_to`], [`CompiledPolicy::erasure_verdict_to`]); a
//! handle carries the identity of the compiled policy that made it.
//!
//! Every method gives the answer of its plain counterpart ([`transfer_verdict`],
//! [`request_deadline_days`](crate::assess::request_deadline_days)); property tests over
//! random policies and requests hold them to it.
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::assess::{transfer_verdict, Netherlands, TransferOutcome, TransferRequest};
//! use gdpr::compiled::CompiledPolicy;
//! use gdpr::{AdequacyRegistry, Policy};
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let registry = AdequacyRegistry::builtin();
//! let compiled = CompiledPolicy::new(policy.clone(), registry.clone(), Netherlands.clone());
//!
//! let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//! let request = TransferRequest::to("mailer");
//! let verdict = compiled.transfer_verdict(&request, day).unwrap();
//! assert_eq!(verdict.outcome, TransferOutcome::Permitted);
//! assert_eq!(verdict, transfer_verdict(&policy, &registry, &request, day).unwrap());
//!
//! // Resolve the ids once, and pass the handles back for every later decision.
//! let target = compiled.resolve_transfer(&request).unwrap();
//! assert_eq!(compiled.transfer_verdict_to(target, &request, day).unwrap(), verdict);
//! ```
//!
//! [`transfer_verdict`]: crate::assess::transfer_verdict

mod adequacy;
mod index;
mod working_days;

use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;

use crate::assess::{
    answer_transfer, decide_erasure, decide_transfer, decide_transfer_into, explain_erasure,
    explain_transfer, profiles, purpose_answers, request_steps, rights_of, Answers, AssessError,
    Calendar, Candidates, DeadlineError, ErasureDecision, ErasureExplanation, ErasureRequest,
    ErasureVerdicts, Exporter, PurposeProfile, RequestDeadlineDays, RequestSteps, Resolve,
    RightsVerdict, TransferAnswer, TransferDecision, TransferRequest, TransferVerdict,
};
use crate::{AdequacyRegistry, DataCategory, Policy, ProcessingActivity};

use adequacy::AdequacyCache;
use index::{Found, IdIndex};
use working_days::WorkingDays;

/// The years whose working days [`CompiledPolicy::new`] lays out as a bitmap; a date outside
/// them is asked of the calendar.
pub const DEFAULT_YEARS: RangeInclusive<i32> = 1990..=2100;

/// In [`CompiledPolicy`]'s list of an activity's categories: no earlier category is the
/// same to the erasure rules.
const NOT_SAME: u32 = u32::MAX;

/// Tells compiled policies apart, so that a handle of one is never used with another.
static NEXT_STAMP: AtomicU64 = AtomicU64::new(1);

/// A recipient of a compiled policy, resolved once ([`CompiledPolicy::recipient`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RecipientIx {
    stamp: u64,
    index: u32,
}

impl RecipientIx {
    /// The recipient's position in the policy's `recipients`.
    pub fn position(self) -> usize {
        self.index as usize
    }
}

/// An activity of a compiled policy, resolved once ([`CompiledPolicy::activity`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActivityIx {
    stamp: u64,
    index: u32,
}

impl ActivityIx {
    /// The activity's position in the policy's `activities`.
    pub fn position(self) -> usize {
        self.index as usize
    }
}

/// The recipient and activity a transfer request names, resolved once
/// ([`CompiledPolicy::resolve_transfer`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct TransferTarget {
    /// The recipient.
    pub recipient: RecipientIx,
    /// The activity, when the request names one.
    pub activity: Option<ActivityIx>,
}

/// The activities an erasure request names, resolved once
/// ([`CompiledPolicy::resolve_erasure`]), in the order of the request.
///
/// A service that asks about the same activities again and again (every request about a
/// customer names the CRM's activities) resolves them once and passes them back to
/// [`CompiledPolicy::erasure_verdict_to`] with each request's facts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ErasureTargets {
    stamp: u64,
    activities: Vec<u32>,
}

impl ErasureTargets {
    /// The activities, in the order of the request.
    pub fn activities(&self) -> impl ExactSizeIterator<Item = ActivityIx> + '_ {
        let stamp = self.stamp;
        self.activities
            .iter()
            .map(move |&index| ActivityIx { stamp, index })
    }
}

/// A policy with its evaluation context, prepared once for many decisions. See the
/// [module documentation](self).
#[derive(Debug, Clone)]
pub struct CompiledPolicy {
    stamp: u64,
    policy: Policy,
    registry: AdequacyRegistry,
    calendar: Calendar,
    working_days: WorkingDays,
    exporter: Exporter,
    recipients: IdIndex,
    activities: IdIndex,
    /// Per recipient: the grounds declared for it by every activity.
    grounds: Vec<Candidates>,
    /// Per activity, for the first activity of each id: the grounds it declares for each
    /// recipient, sorted by recipient.
    activity_grounds: Vec<Vec<(u32, Candidates)>>,
    adequacy: AdequacyCache,
    /// Per activity: its data categories, each once, as positions in the policy's list, each
    /// with an earlier position among them that the erasure rules cannot tell apart from it
    /// ([`NOT_SAME`] for none); or the error a request naming the activity gets. One list,
    /// read in one pass by the erasure verdict.
    categories: Vec<Result<Vec<(u32, u32)>, AssessError>>,
    /// Per activity: whether each right applies, which depends on the policy alone.
    rights: Vec<RightsVerdict>,
    /// Per activity: what the erasure rules ask of each purpose.
    profiles: Vec<Vec<PurposeProfile>>,
    /// Per activity, per position among its categories: the erasure rules' questions about
    /// its purposes, answered.
    answers: Vec<Vec<Answers>>,
}

impl CompiledPolicy {
    /// Compiles `policy` with the adequacy registry and the calendar of the Member State where
    /// the controller answers (see [`Calendars`](crate::assess::Calendars)), with the working
    /// days of [`DEFAULT_YEARS`] as a bitmap.
    pub fn new(policy: Policy, registry: AdequacyRegistry, calendar: Calendar) -> CompiledPolicy {
        CompiledPolicy::with_years(policy, registry, calendar, DEFAULT_YEARS)
    }

    /// Compiles `policy` with the data of `context`: its adequacy registry, and the calendar
    /// of the controller's establishment ([`Context::calendar`](crate::Context::calendar)) —
    /// the same data the [`Context`](crate::Context) methods decide with.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{TransferOutcome, TransferRequest};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{Context, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json"))?;
    /// let context = Context::builtin();
    /// let compiled = CompiledPolicy::from_context(policy.clone(), &context);
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = TransferRequest::to(policy.recipients[0].id.clone());
    /// assert_eq!(
    ///     compiled.transfer_verdict(&request, day)?.outcome,
    ///     context.transfer_verdict(&policy, &request, day)?.outcome,
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_context(policy: Policy, context: &crate::Context) -> CompiledPolicy {
        let calendar = context.calendar(policy.controller.establishment);
        CompiledPolicy::new(policy, context.adequacy.clone(), calendar)
    }

    /// As [`CompiledPolicy::new`], with the working days of `years` as a bitmap.
    pub fn with_years(
        policy: Policy,
        registry: AdequacyRegistry,
        calendar: Calendar,
        years: RangeInclusive<i32>,
    ) -> CompiledPolicy {
        let stamp = NEXT_STAMP.fetch_add(1, Ordering::Relaxed);
        let recipients = IdIndex::new(policy.recipients.iter().map(|r| r.id.as_str()));
        let activities = IdIndex::new(policy.activities.iter().map(|a| a.id.as_str()));
        let recipient_at = |id: &str| {
            recipients
                .find(id, |p| policy.recipients.get(p).map(|r| r.id.as_str()))
                .map(|f| f.first)
        };
        let mut grounds = vec![Candidates::default(); policy.recipients.len()];
        let mut activity_grounds: Vec<Vec<(u32, Candidates)>> =
            vec![Vec::new(); policy.activities.len()];
        for activity in &policy.activities {
            let Some(first) = activities
                .find(&activity.id, |p| {
                    policy.activities.get(p).map(|a| a.id.as_str())
                })
                .map(|f| f.first)
            else {
                continue;
            };
            for transfer in &activity.transfers {
                let Some(r) = recipient_at(&transfer.recipient) else {
                    continue;
                };
                if let Some(all) = grounds.get_mut(r) {
                    all.add(transfer.mechanism);
                }
                let Some(list) = activity_grounds.get_mut(first) else {
                    continue;
                };
                let r = u32::try_from(r).unwrap_or(u32::MAX);
                match list.iter_mut().find(|(x, _)| *x == r) {
                    Some((_, set)) => set.add(transfer.mechanism),
                    None => {
                        let mut set = Candidates::default();
                        set.add(transfer.mechanism);
                        list.push((r, set));
                    }
                }
            }
        }
        for list in &mut activity_grounds {
            list.sort_unstable_by_key(|(r, _)| *r);
        }
        let categories: Vec<Result<Vec<u32>, AssessError>> = policy
            .activities
            .iter()
            .map(|activity| {
                crate::assess::check_categories(&policy, activity)?;
                Ok(crate::assess::each_category(&policy, activity)
                    .filter_map(|c| {
                        policy
                            .data_categories
                            .iter()
                            .position(|x| std::ptr::eq(x, c))
                            .and_then(|p| u32::try_from(p).ok())
                    })
                    .collect())
            })
            .collect();
        let planned = policy
            .activities
            .iter()
            .zip(&categories)
            .map(|(activity, list)| {
                let list = list.as_ref().map_err(Clone::clone)?;
                let keys: Vec<Vec<u8>> = list
                    .iter()
                    .map(|&c| {
                        policy
                            .data_categories
                            .get(c as usize)
                            .map(|c| erasure_profile(activity, c))
                            .unwrap_or_default()
                    })
                    .collect();
                Ok(list
                    .iter()
                    .zip(&keys)
                    .enumerate()
                    .map(|(i, (&c, key))| {
                        let same = keys
                            .iter()
                            .take(i)
                            .position(|k| k == key)
                            .and_then(|p| u32::try_from(p).ok());
                        (c, same.unwrap_or(NOT_SAME))
                    })
                    .collect())
            })
            .collect();
        let profiles: Vec<Vec<PurposeProfile>> = policy
            .activities
            .iter()
            .map(|activity| profiles(&policy, activity).collect())
            .collect();
        let answers = policy
            .activities
            .iter()
            .zip(&categories)
            .zip(&profiles)
            .map(
                |((activity, list), profiles): ((_, &Result<Vec<u32>, AssessError>), _)| {
                    let Ok(list) = list else {
                        return Vec::new();
                    };
                    list.iter()
                        .filter_map(|&c| policy.data_categories.get(c as usize))
                        .map(|c| purpose_answers(activity, profiles, &c.id))
                        .collect()
                },
            )
            .collect();
        let rights = policy
            .activities
            .iter()
            .map(|activity| rights_of(&policy, activity))
            .collect();
        CompiledPolicy {
            stamp,
            categories: planned,
            rights,
            profiles,
            answers,
            exporter: Exporter::of(&policy),
            working_days: WorkingDays::new(&calendar, years),
            adequacy: AdequacyCache::new(&registry, &policy.recipients),
            recipients,
            activities,
            grounds,
            activity_grounds,
            policy,
            registry,
            calendar,
        }
    }

    /// The policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The adequacy registry.
    pub fn registry(&self) -> &AdequacyRegistry {
        &self.registry
    }

    /// The calendar of public holidays.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The years whose working days are laid out as a bitmap.
    pub fn years(&self) -> RangeInclusive<i32> {
        self.working_days.years()
    }

    #[inline]
    fn find_recipient(&self, id: &str) -> Option<Found> {
        let list = &self.policy.recipients;
        self.recipients
            .find(id, |p| list.get(p).map(|r| r.id.as_str()))
    }

    #[inline]
    fn find_activity(&self, id: &str) -> Option<Found> {
        let list = &self.policy.activities;
        self.activities
            .find(id, |p| list.get(p).map(|a| a.id.as_str()))
    }

    /// The recipient with this id: the first, where the policy repeats it, as
    /// [`Policy::recipient`] does.
    #[inline]
    pub fn recipient(&self, id: &str) -> Option<RecipientIx> {
        self.find_recipient(id).map(|f| RecipientIx {
            stamp: self.stamp,
            index: u32::try_from(f.first).unwrap_or(u32::MAX),
        })
    }

    /// The activity with this id: the first, where the policy repeats it, as
    /// [`Policy::activity`] does.
    #[inline]
    pub fn activity(&self, id: &str) -> Option<ActivityIx> {
        self.find_activity(id).map(|f| ActivityIx {
            stamp: self.stamp,
            index: u32::try_from(f.first).unwrap_or(u32::MAX),
        })
    }

    /// The recipient and activity `request` names, to pass back to
    /// [`CompiledPolicy::transfer_verdict_to`].
    ///
    /// # Errors
    ///
    /// [`AssessError::UnknownRecipient`] or [`AssessError::UnknownActivity`], as
    /// [`transfer_verdict`](crate::assess::transfer_verdict).
    #[inline]
    pub fn resolve_transfer(
        &self,
        request: &TransferRequest,
    ) -> Result<TransferTarget, AssessError> {
        let recipient = self
            .recipient(&request.recipient)
            .ok_or_else(|| AssessError::UnknownRecipient(request.recipient.clone()))?;
        let activity = match &request.activity {
            Some(id) => Some(
                self.activity(id)
                    .ok_or_else(|| AssessError::UnknownActivity(id.clone()))?,
            ),
            None => None,
        };
        Ok(TransferTarget {
            recipient,
            activity,
        })
    }

    /// [`transfer_verdict`](crate::assess::transfer_verdict) on the compiled policy: the same
    /// verdict, without allocating, in a time that does not depend on the number of
    /// recipients and activities.
    ///
    /// # Errors
    ///
    /// As [`transfer_verdict`](crate::assess::transfer_verdict).
    #[inline]
    pub fn transfer_verdict<'a>(
        &'a self,
        request: &'a TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferVerdict<'a>, AssessError> {
        let target = self.resolve_transfer(request)?;
        self.transfer_verdict_to(target, request, as_of)
    }

    /// The transfer verdict for a target resolved before: `target` stands in for the
    /// request's `recipient` and `activity`, which are not read.
    ///
    /// # Errors
    ///
    /// [`AssessError::ForeignHandle`] for a target resolved on another compiled policy.
    #[inline]
    pub fn transfer_verdict_to<'a>(
        &'a self,
        target: TransferTarget,
        request: &'a TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferVerdict<'a>, AssessError> {
        let (r, recipient) = self.target_recipient(target)?;
        let cached = request.destination.is_none() && no_scope_facts(&request.scope_facts);
        decide_transfer(
            &self.exporter,
            recipient,
            request,
            as_of,
            // Inlined, so that their answers stay in registers.
            #[inline(always)]
            |destination, facts| self.adequacy_of(r, cached, destination, facts, as_of),
            #[inline(always)]
            || self.candidates(target, r, request.mechanism),
        )
    }

    /// [`CompiledPolicy::transfer_verdict_to`], written into `out` rather than returned: the
    /// verdict is built where the caller keeps it, so it is not copied on the way back (a copy
    /// that stalls on the narrow writes that made it). Reuse `out` across decisions.
    ///
    /// # Errors
    ///
    /// As [`CompiledPolicy::transfer_verdict_to`]; `out` is then `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{Netherlands, TransferOutcome, TransferRequest};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = TransferRequest::to("mailer");
    /// let target = compiled.resolve_transfer(&request).unwrap();
    /// let mut slot = None;
    /// for _ in 0..3 {
    ///     compiled.transfer_verdict_into(target, &request, day, &mut slot).unwrap();
    ///     let verdict = slot.as_ref().unwrap();
    ///     assert_eq!(verdict.outcome, TransferOutcome::Permitted);
    /// }
    /// assert_eq!(slot, Some(compiled.transfer_verdict_to(target, &request, day).unwrap()));
    /// ```
    #[inline]
    pub fn transfer_verdict_into<'a>(
        &'a self,
        target: TransferTarget,
        request: &'a TransferRequest,
        as_of: NaiveDate,
        out: &mut Option<TransferVerdict<'a>>,
    ) -> Result<(), AssessError> {
        let (r, recipient) = match self.target_recipient(target) {
            Ok(found) => found,
            Err(e) => {
                *out = None;
                return Err(e);
            }
        };
        let cached = request.destination.is_none() && no_scope_facts(&request.scope_facts);
        // A verdict already in the slot is started again: its steps past the new ones are
        // never read, so they need not be cleared.
        let verdict = match out {
            Some(verdict) => {
                verdict.restart(recipient);
                verdict
            }
            None => out.insert(TransferVerdict::start(recipient)),
        };
        decide_transfer_into(
            verdict,
            &self.exporter,
            recipient,
            request,
            as_of,
            #[inline(always)]
            |destination, facts| self.adequacy_of(r, cached, destination, facts, as_of),
            #[inline(always)]
            || self.candidates(target, r, request.mechanism),
        );
        Ok(())
    }

    /// [`transfer_answer`](crate::assess::transfer_answer) on the compiled policy: the
    /// verdict's outcome, ground and broken promises, without its steps.
    ///
    /// # Errors
    ///
    /// As [`transfer_verdict`](crate::assess::transfer_verdict).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{TransferAnswer, TransferOutcome, TransferRequest};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, Policy};
    /// # use gdpr::assess::Netherlands;
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = TransferRequest::to("mailer");
    /// let target = compiled.resolve_transfer(&request).unwrap();
    /// let answer = compiled.transfer_answer_to(target, &request, day).unwrap();
    /// assert_eq!(answer.outcome, TransferOutcome::Permitted);
    /// // The verdict's answer, without its steps.
    /// let verdict = compiled.transfer_verdict_to(target, &request, day).unwrap();
    /// assert_eq!(answer, TransferAnswer::from(&verdict));
    /// ```
    #[inline]
    pub fn transfer_answer(
        &self,
        request: &TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferAnswer, AssessError> {
        let target = self.resolve_transfer(request)?;
        self.transfer_answer_to(target, request, as_of)
    }

    /// The transfer answer for a target resolved before, as
    /// [`CompiledPolicy::transfer_verdict_to`].
    ///
    /// # Errors
    ///
    /// [`AssessError::ForeignHandle`] for a target resolved on another compiled policy.
    #[inline]
    pub fn transfer_answer_to(
        &self,
        target: TransferTarget,
        request: &TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferAnswer, AssessError> {
        let (r, recipient) = self.target_recipient(target)?;
        let cached = request.destination.is_none() && no_scope_facts(&request.scope_facts);
        Ok(answer_transfer(
            &self.exporter,
            recipient,
            request,
            as_of,
            #[inline(always)]
            |destination, facts| self.adequacy_of(r, cached, destination, facts, as_of),
            #[inline(always)]
            || self.candidates(target, r, request.mechanism),
        ))
    }

    /// The recipient a target stands for, with its position.
    #[inline(always)]
    fn target_recipient(
        &self,
        target: TransferTarget,
    ) -> Result<(usize, &crate::Recipient), AssessError> {
        let foreign = target.recipient.stamp != self.stamp
            || target.activity.is_some_and(|a| a.stamp != self.stamp);
        let r = target.recipient.index as usize;
        match self.policy.recipients.get(r) {
            Some(recipient) if !foreign => Ok((r, recipient)),
            _ => Err(AssessError::ForeignHandle),
        }
    }

    /// Art. 45 for the recipient at `r`: the cached answer where the request keeps the
    /// recipient's location and facts (`cached`), else the registry's.
    #[inline(always)]
    fn adequacy_of<'a>(
        &'a self,
        r: usize,
        cached: bool,
        destination: &'a crate::Destination,
        facts: crate::ImporterFacts<'a>,
        as_of: NaiveDate,
    ) -> crate::AdequacyLookup<'a> {
        let hit = if cached {
            self.adequacy.lookup(&self.registry, r, as_of)
        } else {
            None
        };
        match hit {
            Some(answer) => answer,
            None => self.uncached_adequacy(destination, facts, as_of),
        }
    }

    /// The registry asked, for a request that changes the recipient's location or facts.
    /// Kept out of line so that the cached path stays small enough to inline.
    #[inline(never)]
    fn uncached_adequacy<'a>(
        &'a self,
        destination: &'a crate::Destination,
        facts: crate::ImporterFacts<'a>,
        as_of: NaiveDate,
    ) -> crate::AdequacyLookup<'a> {
        self.registry.lookup_facts(destination, facts, as_of)
    }

    /// The grounds declared for the recipient at `r` (by the target's activity, or by all),
    /// with the request's own.
    #[inline(always)]
    fn candidates(
        &self,
        target: TransferTarget,
        r: usize,
        mechanism: Option<crate::TransferMechanism>,
    ) -> Candidates {
        let declared = match target.activity {
            None => self.grounds.get(r).copied().unwrap_or_default(),
            Some(a) => self
                .activity_grounds
                .get(a.index as usize)
                .and_then(|list| {
                    list.binary_search_by_key(&target.recipient.index, |(x, _)| *x)
                        .ok()
                        .and_then(|i| list.get(i))
                })
                .map(|(_, set)| *set)
                .unwrap_or_default(),
        };
        let mut set = declared;
        if let Some(m) = mechanism {
            set.add(m);
        }
        set
    }

    /// [`assess_transfer`](crate::assess::assess_transfer) on the compiled policy: the verdict
    /// explained step by step.
    ///
    /// # Errors
    ///
    /// As [`transfer_verdict`](crate::assess::transfer_verdict).
    pub fn assess_transfer(
        &self,
        request: &TransferRequest,
        as_of: NaiveDate,
    ) -> Result<TransferDecision, AssessError> {
        let v = self.transfer_verdict(request, as_of)?;
        Ok(explain_transfer(&self.policy, &v, as_of))
    }

    /// [`erasure_verdict`](crate::assess::erasure_verdict) on the compiled policy: the same
    /// verdicts, as codes in `out`, without allocating once `out` has grown to the request.
    /// Activities are found through the index and their data categories were resolved when
    /// the policy was compiled, so the time grows with the request, not with the policy.
    ///
    /// # Errors
    ///
    /// As [`assess_erasure`](crate::assess::assess_erasure).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{ActivityFacts, ErasureRequest, ErasureVerdict, ErasureVerdicts, Netherlands};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = ErasureRequest::new(day, vec![
    ///     ActivityFacts::new("newsletter").consent_withdrawn(true),
    /// ]);
    /// let mut out = ErasureVerdicts::new();
    /// compiled.erasure_verdict(&request, day, &mut out).unwrap();
    /// assert_eq!(out.item("newsletter", "contact").unwrap().verdict, ErasureVerdict::Erase);
    /// // The explained decision says the same, with its reasons.
    /// let decision = compiled.assess_erasure(&request, day).unwrap();
    /// assert_eq!(decision.item("newsletter", "contact").unwrap().verdict, ErasureVerdict::Erase);
    /// ```
    pub fn erasure_verdict<'a>(
        &'a self,
        request: &'a ErasureRequest,
        as_of: NaiveDate,
        out: &mut ErasureVerdicts<'a>,
    ) -> Result<(), AssessError> {
        decide_erasure(
            &Compiled::by_id(self),
            &self.policy,
            request,
            as_of,
            out,
            |received| self.request_deadline_days(received),
        )
    }

    /// The activities `request` names, to pass back to [`CompiledPolicy::erasure_verdict_to`]
    /// with this request or any other that names the same activities in the same order.
    ///
    /// # Errors
    ///
    /// [`AssessError::UnknownActivity`] or [`AssessError::DuplicateId`], as
    /// [`erasure_verdict`](crate::assess::erasure_verdict).
    pub fn resolve_erasure(&self, request: &ErasureRequest) -> Result<ErasureTargets, AssessError> {
        let by_id = Compiled::by_id(self);
        let activities = request
            .activities
            .iter()
            .enumerate()
            .map(|(at, facts)| {
                let (index, _) = by_id.activity(at, &facts.activity)?;
                Ok(u32::try_from(index).unwrap_or(u32::MAX))
            })
            .collect::<Result<_, AssessError>>()?;
        Ok(ErasureTargets {
            stamp: self.stamp,
            activities,
        })
    }

    /// [`CompiledPolicy::erasure_verdict`] for activities resolved before: the same verdicts,
    /// without looking up the request's ids, which are not read (the `n`-th target stands for
    /// the request's `n`-th activity, and its facts apply to it).
    ///
    /// # Errors
    ///
    /// [`AssessError::ForeignHandle`] for targets resolved on another compiled policy, or for
    /// a request with another number of activities (and `out` is emptied, so that no earlier
    /// verdict can be read as this one); otherwise as [`CompiledPolicy::erasure_verdict`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{ActivityFacts, ErasureRequest, ErasureVerdicts, Netherlands};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = ErasureRequest::new(day, vec![
    ///     ActivityFacts::new("newsletter").consent_withdrawn(true),
    /// ]);
    /// let targets = compiled.resolve_erasure(&request).unwrap();
    /// let (mut by_id, mut resolved) = (ErasureVerdicts::new(), ErasureVerdicts::new());
    /// compiled.erasure_verdict(&request, day, &mut by_id).unwrap();
    /// compiled.erasure_verdict_to(&targets, &request, day, &mut resolved).unwrap();
    /// assert_eq!(resolved.items(), by_id.items());
    /// ```
    pub fn erasure_verdict_to<'a>(
        &'a self,
        targets: &ErasureTargets,
        request: &'a ErasureRequest,
        as_of: NaiveDate,
        out: &mut ErasureVerdicts<'a>,
    ) -> Result<(), AssessError> {
        let Some(resolve) = self.erasure_targets(targets, request) else {
            out.forget();
            return Err(AssessError::ForeignHandle);
        };
        decide_erasure(&resolve, &self.policy, request, as_of, out, |received| {
            self.request_deadline_days(received)
        })
    }

    /// [`assess_erasure`](crate::assess::assess_erasure) on the compiled policy and its
    /// calendar: the explained decision.
    ///
    /// # Errors
    ///
    /// As [`assess_erasure`](crate::assess::assess_erasure).
    pub fn assess_erasure(
        &self,
        request: &ErasureRequest,
        as_of: NaiveDate,
    ) -> Result<ErasureDecision, AssessError> {
        let mut out = ErasureExplanation::new();
        let steps = self.explain_erasure(&Compiled::by_id(self), request, as_of, &mut out)?;
        Ok(out.decision(&steps, &self.calendar))
    }

    /// [`erasure_explanation`](crate::assess::erasure_explanation) on the compiled policy and
    /// its calendar: the explained decision as codes, in a buffer the caller reuses, without
    /// allocating once it has grown to the request (except for the open questions of items
    /// that ask some; see [`ErasureExplanation`]).
    ///
    /// # Errors
    ///
    /// As [`assess_erasure`](crate::assess::assess_erasure).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{ActivityFacts, ErasureExplanation, ErasureRequest, Netherlands};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::explain::ReasonCode;
    /// use gdpr::{AdequacyRegistry, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = ErasureRequest::new(day, vec![
    ///     ActivityFacts::new("newsletter").consent_withdrawn(true),
    /// ]);
    /// let mut out = ErasureExplanation::new();
    /// compiled.erasure_explanation(&request, day, &mut out).unwrap();
    /// let item = out.item("newsletter", "contact").unwrap();
    /// assert_eq!(item.reasons[0].code, ReasonCode::ConsentWithdrawn);
    /// assert_eq!(out.to_decision(), Some(compiled.assess_erasure(&request, day).unwrap()));
    /// ```
    pub fn erasure_explanation<'a>(
        &'a self,
        request: &'a ErasureRequest,
        as_of: NaiveDate,
        out: &mut ErasureExplanation<'a>,
    ) -> Result<(), AssessError> {
        self.explain_erasure(&Compiled::by_id(self), request, as_of, out)
            .map(|_| ())
    }

    /// [`CompiledPolicy::erasure_explanation`] for activities resolved before (see
    /// [`CompiledPolicy::erasure_verdict_to`]).
    ///
    /// # Errors
    ///
    /// As [`CompiledPolicy::erasure_verdict_to`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{ActivityFacts, ErasureExplanation, ErasureRequest, Netherlands};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let request = ErasureRequest::new(day, vec![
    ///     ActivityFacts::new("newsletter").consent_withdrawn(true),
    /// ]);
    /// let targets = compiled.resolve_erasure(&request).unwrap();
    /// let mut out = ErasureExplanation::new();
    /// compiled.erasure_explanation_to(&targets, &request, day, &mut out).unwrap();
    /// assert_eq!(out.to_decision(), Some(compiled.assess_erasure(&request, day).unwrap()));
    /// ```
    pub fn erasure_explanation_to<'a>(
        &'a self,
        targets: &ErasureTargets,
        request: &'a ErasureRequest,
        as_of: NaiveDate,
        out: &mut ErasureExplanation<'a>,
    ) -> Result<(), AssessError> {
        let Some(resolve) = self.erasure_targets(targets, request) else {
            out.forget();
            return Err(AssessError::ForeignHandle);
        };
        self.explain_erasure(&resolve, request, as_of, out)
            .map(|_| ())
    }

    /// The resolver for `targets`, when they are this policy's and the request's; `None` for
    /// a foreign handle, whose buffer is then emptied, so that no earlier decision can be read
    /// as this one.
    fn erasure_targets<'t>(
        &self,
        targets: &'t ErasureTargets,
        request: &ErasureRequest,
    ) -> Option<Compiled<'_, 't>> {
        (targets.stamp == self.stamp && targets.activities.len() == request.activities.len())
            .then_some(Compiled {
                policy: self,
                targets: Some(&targets.activities),
            })
    }

    fn explain_erasure<'a>(
        &'a self,
        resolve: &Compiled<'a, '_>,
        request: &'a ErasureRequest,
        as_of: NaiveDate,
        out: &mut ErasureExplanation<'a>,
    ) -> Result<RequestSteps, AssessError> {
        explain_erasure(
            resolve,
            &self.policy,
            request,
            as_of,
            &self.calendar,
            out,
            |received| request_steps(received, |d| self.is_working_day(d)),
        )
    }

    /// [`rights_verdict`](crate::assess::rights_verdict) on the compiled policy: the rights
    /// of every activity were judged when the policy was compiled, so this is a look-up.
    ///
    /// # Errors
    ///
    /// As [`assess_rights`](crate::assess::assess_rights).
    ///
    /// # Example
    ///
    /// ```
    /// use gdpr::assess::{Applicability, Netherlands};
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, DataSubjectRight, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Netherlands.clone());
    /// let rights = compiled.rights_verdict("newsletter").unwrap();
    /// assert_eq!(rights.applies(DataSubjectRight::WithdrawConsent), Applicability::Applies);
    /// ```
    pub fn rights_verdict(&self, activity: &str) -> Result<RightsVerdict, AssessError> {
        let (index, _) = Compiled::by_id(self).activity(0, activity)?;
        self.rights
            .get(index)
            .copied()
            .ok_or_else(|| AssessError::UnknownActivity(activity.to_owned()))
    }

    /// Whether `date` is a working day under the compiled calendar: not a Saturday, Sunday or
    /// public holiday. One bit test inside [`CompiledPolicy::years`].
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.working_days
            .is_working_day(date)
            .unwrap_or_else(|| self.calendar.is_working_day(date))
    }

    /// [`request_deadline_days`](crate::assess::request_deadline_days) with the compiled
    /// calendar: the same days, without allocating.
    ///
    /// # Errors
    ///
    /// [`DeadlineError::OutOfRange`] past the end of the calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::Belgium;
    /// use gdpr::compiled::CompiledPolicy;
    /// use gdpr::{AdequacyRegistry, Policy};
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
    /// let compiled = CompiledPolicy::new(policy, AdequacyRegistry::builtin(), Belgium.clone());
    /// let received = NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
    /// // One month ends on Easter Monday 6 April 2026: the next working day.
    /// let days = compiled.request_deadline_days(received).unwrap();
    /// assert_eq!(days.respond_by, NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
    /// ```
    pub fn request_deadline_days(
        &self,
        received: NaiveDate,
    ) -> Result<RequestDeadlineDays, DeadlineError> {
        crate::assess::request_days(received, |d| self.is_working_day(d))
    }
}

/// Whether a request states no scope fact, so that the recipient's own facts decide.
#[inline]
fn no_scope_facts(facts: &crate::ScopeFacts) -> bool {
    // Destructured, so that a new fact cannot be forgotten here.
    let crate::ScopeFacts {
        organisation_kind,
        financial_supervision,
        public_body_of,
        credit_information,
        purposes,
        automated_transfer,
        automated_processing,
    } = facts;
    organisation_kind.is_none()
        && financial_supervision.is_none()
        && public_body_of.is_none()
        && credit_information.is_none()
        && purposes.is_none()
        && automated_transfer.is_none()
        && automated_processing.is_none()
}

/// Everything the erasure rules read of a data category of an activity: whether it is
/// special, whether each purpose needs it, whether each retention rule names it. Two
/// categories with the same profile get the same verdict.
fn erasure_profile(activity: &ProcessingActivity, category: &DataCategory) -> Vec<u8> {
    let mut key = vec![u8::from(category.special_category.is_some())];
    key.extend(activity.purposes.iter().map(|p| {
        match crate::predicates::needs(activity, p, &category.id) {
            crate::predicates::Truth::Yes => 1,
            crate::predicates::Truth::No => 2,
            crate::predicates::Truth::Unknown => 3,
        }
    }));
    key.extend(
        activity
            .retention
            .iter()
            .map(|r| u8::from(r.data_categories.contains(&category.id))),
    );
    key
}

/// A compiled policy as the erasure rules read it: activities found by id, or taken from
/// the targets resolved before.
struct Compiled<'a, 't> {
    policy: &'a CompiledPolicy,
    /// Per activity of the request, its position in the policy.
    targets: Option<&'t [u32]>,
}

impl<'a> Compiled<'a, '_> {
    fn by_id(policy: &'a CompiledPolicy) -> Self {
        Compiled {
            policy,
            targets: None,
        }
    }
}

impl<'a> Resolve<'a> for Compiled<'a, '_> {
    fn profiles(&self, index: usize) -> Option<&'a [PurposeProfile]> {
        self.policy.profiles.get(index).map(Vec::as_slice)
    }

    fn answers(&self, index: usize) -> Option<&'a [Answers]> {
        self.policy.answers.get(index).map(Vec::as_slice)
    }

    #[inline(always)]
    fn activity(
        &self,
        at: usize,
        id: &str,
    ) -> Result<(usize, &'a ProcessingActivity), AssessError> {
        let activities = &self.policy.policy.activities;
        if let Some(targets) = self.targets {
            // Checked against the request's length before the rules run.
            let index = targets.get(at).map_or(usize::MAX, |&i| i as usize);
            return activities
                .get(index)
                .map(|a| (index, a))
                .ok_or(AssessError::ForeignHandle);
        }
        match self.policy.find_activity(id) {
            Some(found) if found.repeated => Err(AssessError::DuplicateId {
                list: "activities",
                id: id.to_owned(),
            }),
            Some(found) => activities
                .get(found.first)
                .map(|a| (found.first, a))
                .ok_or_else(|| AssessError::UnknownActivity(id.to_owned())),
            None => Err(AssessError::UnknownActivity(id.to_owned())),
        }
    }

    #[inline(always)]
    fn check_categories(&self, index: usize, _: &'a ProcessingActivity) -> Result<(), AssessError> {
        match self.policy.categories.get(index) {
            Some(Ok(_)) | None => Ok(()),
            Some(Err(e)) => Err(e.clone()),
        }
    }

    fn categories(
        &self,
        index: usize,
        _: &'a ProcessingActivity,
    ) -> impl Iterator<Item = (&'a DataCategory, Option<u32>)> {
        let all = &self.policy.policy.data_categories;
        let planned = match self.policy.categories.get(index) {
            Some(Ok(list)) => list.as_slice(),
            _ => &[],
        };
        planned.iter().filter_map(move |&(c, same)| {
            let same = (same != NOT_SAME).then_some(same);
            all.get(c as usize).map(|c| (c, same))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compiled_policy_can_be_shared_across_threads() {
        fn shareable<T: Send + Sync + 'static>() {}
        shareable::<CompiledPolicy>();
    }
}
