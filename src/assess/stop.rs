//! Processing that must stop: what a withdrawal of consent or an objection ends, whatever
//! happens to the data themselves.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Citation;

/// The processing for one purpose of one activity, which must stop.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a purpose stop object")]
#[non_exhaustive]
pub struct PurposeStop {
    /// The activity.
    pub activity: String,
    /// The purpose whose processing stops.
    pub purpose: String,
    /// Why it stops.
    pub because: StopReason,
    /// The provision that stops it.
    pub citation: Citation,
}

impl PurposeStop {
    pub(crate) fn new(activity: &str, purpose: &str, because: StopReason) -> PurposeStop {
        PurposeStop {
            activity: activity.to_owned(),
            purpose: purpose.to_owned(),
            because,
            citation: because.citation(),
        }
    }
}

/// Why processing for a purpose stops.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StopReason {
    /// The consent it rests on was withdrawn; earlier processing stays lawful (Art. 7(3)).
    ConsentWithdrawn,
    /// The subject objected to direct marketing: absolute, no balancing (Art. 21(3)).
    DirectMarketingObjection,
    /// The subject objected on grounds of their particular situation, and the controller has
    /// no compelling legitimate grounds that override them (Art. 21(1)).
    Objection,
    /// The subject objected to research or statistics not necessary for a public-interest
    /// task (Art. 21(6)).
    ResearchObjection,
}

impl StopReason {
    /// The provision that makes the processing stop.
    pub const fn citation(self) -> Citation {
        match self {
            StopReason::ConsentWithdrawn => Citation::article(7).paragraph(3),
            StopReason::DirectMarketingObjection => Citation::article(21).paragraph(3),
            StopReason::Objection => Citation::article(21).paragraph(1),
            StopReason::ResearchObjection => Citation::article(21).paragraph(6),
        }
    }
}
