//! What the erasure rules ask of a purpose that no request can change: its legal basis read
//! the ways the grounds and exceptions read it, and its declared traits. Read once per
//! activity of a request, or once when a policy is compiled, and not again for every data
//! category and rule.

use crate::predicates::{self, Truth};
use crate::{LegalBasis, Policy, ProcessingActivity, Purpose};

/// One purpose, as the erasure rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PurposeProfile {
    /// It rests on consent (Art. 6(1)(a)).
    pub(super) consent: Truth,
    /// It rests on a legal ground other than consent ([`lawful_basis`]).
    pub(super) other_ground: Truth,
    /// It can be objected to under Art. 21(1): it rests on a public task or legitimate
    /// interests and is not research or statistics, which Art. 21(6) covers instead.
    pub(super) objectable: Truth,
    /// It may rest on a legal obligation (Art. 6(1)(c)).
    pub(super) may_be_obligation: Truth,
    /// It may rest on a public task (Art. 6(1)(e)).
    pub(super) may_be_public_task: Truth,
    pub(super) direct_marketing: bool,
    pub(super) offered_to_children: bool,
    pub(super) archiving_or_research: bool,
}

impl PurposeProfile {
    /// Fills unused room; never read as a purpose's.
    pub(crate) const FILLER: PurposeProfile = PurposeProfile {
        consent: Truth::Unknown,
        other_ground: Truth::Unknown,
        objectable: Truth::Unknown,
        may_be_obligation: Truth::Unknown,
        may_be_public_task: Truth::Unknown,
        direct_marketing: false,
        offered_to_children: false,
        archiving_or_research: false,
    };

    pub(crate) fn of(policy: &Policy, purpose: &Purpose) -> PurposeProfile {
        PurposeProfile {
            consent: predicates::rests_on(purpose, predicates::consent),
            other_ground: lawful_basis(policy, purpose, |b| !predicates::consent(b)),
            objectable: if predicates::research_or_statistics(purpose) {
                Truth::No
            } else {
                predicates::rests_on(purpose, predicates::task_or_interests)
            },
            may_be_obligation: predicates::may_rest_on(purpose, predicates::legal_obligation),
            may_be_public_task: predicates::may_rest_on(purpose, predicates::public_task),
            direct_marketing: purpose.direct_marketing,
            offered_to_children: purpose.offered_to_children,
            archiving_or_research: purpose.archiving_or_research.is_some(),
        }
    }
}

/// Whether `purpose` rests on a basis that is a legal ground for processing: a stated basis,
/// and not legitimate interests barred to a public authority for its tasks (Art. 6(1), last
/// sentence).
fn lawful_basis(policy: &Policy, purpose: &Purpose, test: fn(&LegalBasis) -> bool) -> Truth {
    let barred = matches!(
        purpose.legal_basis,
        Some(LegalBasis::LegitimateInterests { .. })
    ) && predicates::in_performance_of_public_tasks(policy, purpose);
    if barred {
        Truth::No
    } else {
        predicates::rests_on(purpose, test)
    }
}

/// The profiles of an activity's purposes, in its order.
pub(crate) fn profiles<'a>(
    policy: &'a Policy,
    activity: &'a ProcessingActivity,
) -> impl Iterator<Item = PurposeProfile> + 'a {
    activity
        .purposes
        .iter()
        .map(|p| PurposeProfile::of(policy, p))
}

/// The profiles of an activity's purposes: prepared (by a compiled policy, or on the stack
/// for an activity of up to [`Profiles::ON_STACK`] purposes), or read from the record each
/// time a rule asks.
#[derive(Clone, Copy)]
pub(crate) enum Profiles<'a> {
    Ready(&'a [PurposeProfile]),
    Read(&'a Policy, &'a ProcessingActivity),
}

impl Profiles<'_> {
    /// Enough for any activity seen in practice; a larger one is read from the record.
    pub(crate) const ON_STACK: usize = 16;

    /// The profile of the purpose at `p`.
    pub(super) fn get(&self, p: usize) -> Option<PurposeProfile> {
        match self {
            Profiles::Ready(all) => all.get(p).copied(),
            Profiles::Read(policy, activity) => activity
                .purposes
                .get(p)
                .map(|purpose| PurposeProfile::of(policy, purpose)),
        }
    }
}

/// What the erasure rules ask of an activity's purposes: whether some purpose that needs the
/// data passes one of these tests ([`any_purpose`]). Each test is defined here once; a
/// compiled policy answers every one for each data category of each activity in advance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PurposeTest {
    /// Rests on consent.
    Consent,
    /// Rests on another legal ground than consent.
    OtherGround,
    /// Can be objected to: under Art. 21(1) ([`PurposeProfile::objectable`]) or as direct
    /// marketing (Art. 21(2)).
    OpenToObjection,
    /// Is direct marketing.
    DirectMarketing,
    /// Is not direct marketing.
    NotDirectMarketing,
    /// Can be objected to under Art. 21(1).
    Objectable,
    /// Cannot be objected to under Art. 21(1).
    NotObjectable,
    /// Offers an information society service to children.
    OfferedToChildren,
    /// May rest on a legal obligation.
    LegalObligation,
    /// May rest on a public task, and still does after an objection under Art. 21(1) whose
    /// success is the given truth: one without overriding grounds ends the task's keeping.
    PublicTask { objected: Truth },
    /// Serves archiving, research or statistics.
    ArchivingOrResearch,
}

impl PurposeTest {
    /// Every test, in the order of [`PurposeTest::index`].
    pub(crate) const ALL: [PurposeTest; 13] = [
        PurposeTest::Consent,
        PurposeTest::OtherGround,
        PurposeTest::OpenToObjection,
        PurposeTest::DirectMarketing,
        PurposeTest::NotDirectMarketing,
        PurposeTest::Objectable,
        PurposeTest::NotObjectable,
        PurposeTest::OfferedToChildren,
        PurposeTest::LegalObligation,
        PurposeTest::PublicTask {
            objected: Truth::Yes,
        },
        PurposeTest::PublicTask {
            objected: Truth::No,
        },
        PurposeTest::PublicTask {
            objected: Truth::Unknown,
        },
        PurposeTest::ArchivingOrResearch,
    ];

    /// The test's place in [`PurposeTest::ALL`] and in a table of answers.
    pub(super) const fn index(self) -> usize {
        match self {
            PurposeTest::Consent => 0,
            PurposeTest::OtherGround => 1,
            PurposeTest::OpenToObjection => 2,
            PurposeTest::DirectMarketing => 3,
            PurposeTest::NotDirectMarketing => 4,
            PurposeTest::Objectable => 5,
            PurposeTest::NotObjectable => 6,
            PurposeTest::OfferedToChildren => 7,
            PurposeTest::LegalObligation => 8,
            PurposeTest::PublicTask { objected } => match objected {
                Truth::Yes => 9,
                Truth::No => 10,
                Truth::Unknown => 11,
            },
            PurposeTest::ArchivingOrResearch => 12,
        }
    }

    /// Whether the purpose passes.
    pub(super) fn passes(self, p: &PurposeProfile) -> Truth {
        match self {
            PurposeTest::Consent => p.consent,
            PurposeTest::OtherGround => p.other_ground,
            PurposeTest::OpenToObjection => p.objectable.or(Truth::of(p.direct_marketing)),
            PurposeTest::DirectMarketing => Truth::of(p.direct_marketing),
            PurposeTest::NotDirectMarketing => Truth::of(!p.direct_marketing),
            PurposeTest::Objectable => p.objectable,
            PurposeTest::NotObjectable => p.objectable.not(),
            PurposeTest::OfferedToChildren => Truth::of(p.offered_to_children),
            PurposeTest::LegalObligation => p.may_be_obligation,
            PurposeTest::PublicTask { objected } => {
                let basis = p.may_be_public_task;
                if basis.is_yes() {
                    objected.not()
                } else {
                    basis
                }
            }
            PurposeTest::ArchivingOrResearch => Truth::of(p.archiving_or_research),
        }
    }
}

/// The answers to every [`PurposeTest`] for one data category, by [`PurposeTest::index`].
pub(crate) type Answers = [Truth; PurposeTest::ALL.len()];

/// Whether some purpose that needs the data passes `test`: `passes` and `needs` say so of the
/// purpose at each position below `purposes`.
pub(super) fn any_purpose(
    purposes: usize,
    passes: impl Fn(usize) -> Truth,
    needs: impl Fn(usize) -> Truth,
) -> Truth {
    let mut truth = Truth::No;
    // The record lists the category under the activity, so some purpose that may need it
    // does: if every such purpose passes, one that needs it passes.
    let mut every_candidate_passes = true;
    let mut candidates = 0;
    for p in 0..purposes {
        let passes = passes(p);
        let needs = needs(p);
        if !needs.is_no() {
            candidates += 1;
            every_candidate_passes &= passes.is_yes();
        }
        truth = truth.or(passes.and(needs));
    }
    if truth.is_unknown() && candidates > 0 && every_candidate_passes {
        Truth::Yes
    } else {
        truth
    }
}

/// Every test answered for `category` of `activity`, whose purposes' profiles are
/// `profiles`.
pub(crate) fn answers(
    activity: &ProcessingActivity,
    profiles: &[PurposeProfile],
    category: &str,
) -> Answers {
    PurposeTest::ALL.map(|test| {
        any_purpose(
            activity.purposes.len(),
            |p| profiles.get(p).map_or(Truth::Unknown, |x| test.passes(x)),
            |p| {
                activity
                    .purposes
                    .get(p)
                    .map_or(Truth::Unknown, |x| predicates::needs(activity, x, category))
            },
        )
    })
}
