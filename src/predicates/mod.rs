//! The questions every verb asks of a policy, answered once.
//!
//! Validation, the rights matrix, erasure, objection and restriction all need to know the same
//! things about an activity: does this purpose rest on consent, on a contract, on a legal
//! obligation or a public task? may a public authority rely on legitimate interests here?
//! which data does this purpose need? is the processing lawful as the record describes it?
//! Each question is answered here, in one place, so that two verbs can never disagree about
//! it. Where the policy does not say, the answer is [`Truth::Unknown`], never a guess: the
//! verbs turn an unknown that decides their answer into an open question.

mod basis;
mod lawfulness;
mod scope;
mod truth;

pub(crate) use basis::{
    consent, contract, in_performance_of_public_tasks, legal_obligation, may_rest_on,
    on_explicit_consent, other_special_condition, public_task, research_or_statistics, rests_on,
    task_or_interests,
};
pub(crate) use lawfulness::{defects, Defect};
pub(crate) use scope::needs;
pub(crate) use truth::Truth;
