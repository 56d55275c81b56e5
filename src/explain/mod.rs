//! Decisions as codes, explained in Dutch or English.
//!
//! Every reason and question of a decision is data: a code ([`ReasonCode`], [`QuestionCode`],
//! [`FindingCode`](crate::FindingCode)), the article it rests on, and the [`Params`] its
//! sentence needs. The sentences live here and nowhere else, one file per [`Language`]: the
//! legal logic never builds one, a decision can be stored as codes and compared in tests, and
//! rendering it in another language is a call, not a translation of prose.
//!
//! ```
//! use gdpr::explain::{Language, Params, ReasonCode};
//!
//! let mut params = Params::default();
//! params.law = Some("Art. 52 AWR".into());
//! assert_eq!(
//!     Language::English.reason(ReasonCode::LegalDutyToKeep, &params),
//!     "a legal obligation requires keeping these data: Art. 52 AWR"
//! );
//! assert_eq!(
//!     Language::Dutch.reason(ReasonCode::LegalDutyToKeep, &params),
//!     "een wettelijke verplichting vereist dat deze gegevens worden bewaard: Art. 52 AWR"
//! );
//! ```
//!
//! Adding a language is adding a file beside `en.rs` and `nl.rs` with the same functions, and a
//! variant of [`Language`]; the compiler then lists every code still without words.

mod code;
mod en;
mod nl;
mod params;
mod render;
mod terms;
mod text;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use code::{QuestionCode, ReasonCode};
pub use params::{DayKind, FindingOn, Params, ParamsBox};
pub use terms::{DpoDuty, Phrase, PolicyList};

use crate::DataSubjectRight;

/// A language the library explains itself in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Language {
    /// Dutch (Nederlands), as used in Belgium and the Netherlands, with the terms of the
    /// Dutch text of the GDPR (AVG).
    Dutch,
    /// English.
    English,
}

impl Language {
    /// The language of a Member State's controller: Dutch for Belgium and the Netherlands,
    /// English otherwise (the library has no other language yet).
    pub fn of_establishment(country: crate::Country) -> Language {
        match country.code() {
            "BE" | "NL" => Language::Dutch,
            _ => Language::English,
        }
    }

    /// The sentence of a reason.
    pub fn reason(self, code: ReasonCode, params: &Params) -> String {
        match self {
            Language::English => en::reason(code, params),
            Language::Dutch => nl::reason(code, params),
        }
    }

    /// The sentence of an open question.
    pub fn question(self, code: QuestionCode, params: &Params) -> String {
        match self {
            Language::English => en::question(code, params),
            Language::Dutch => nl::question(code, params),
        }
    }

    /// The name of a right, as in "the right to …" ("het recht op …").
    pub fn right_name(self, right: DataSubjectRight) -> &'static str {
        match self {
            Language::English => en::right(right),
            Language::Dutch => nl::right(right),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of a code enum, read from its schema so that no list can fall behind.
    pub(super) fn every<T: JsonSchema + serde::de::DeserializeOwned>() -> Vec<T> {
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        schema["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| serde_json::from_value(v["const"].clone()).unwrap())
            .collect()
    }

    fn full() -> Params {
        let moment = chrono::DateTime::parse_from_rfc3339("2026-10-23T14:20:00+02:00").ok();
        Params {
            activity: Some("a".into()),
            purpose: Some("p".into()),
            data_category: Some("c".into()),
            recipient: Some("r".into()),
            law: Some("a law".into()),
            date: chrono::NaiveDate::from_ymd_opt(2030, 1, 1),
            until: chrono::NaiveDate::from_ymd_opt(2030, 2, 1),
            moment,
            until_moment: moment,
            period: Some(crate::Period::months(1)),
            hours: Some(72),
            day: Some(DayKind::Saturday),
            calendar: Some(crate::assess::Belgium.summary()),
            country: "BE".parse().ok(),
            destination: "US".parse().ok().map(crate::Destination::Country),
            region: Some(crate::Region::Eu),
            role: Some(crate::RecipientRole::Processor),
            reference: Some("Decision X".into()),
            mechanism: Some(crate::TransferMechanism::Derogation(
                crate::Derogation::ExplicitConsent,
            )),
            scope_condition: Some(crate::ScopeCondition {
                effect: crate::ScopeEffect::Requires,
                facts: vec![crate::ScopeFact::DpfListed(true)],
                source: "Art. 1".into(),
            }),
            scope_fact: Some(crate::ScopeFact::DpfListed(true)),
            transfer_condition: Some(crate::TransferCondition::NoEquivalentAlternativeInside),
            commitment: Some(crate::Commitment::NoTransfersOutsideEu),
            action: Some(crate::RetentionAction::Erase),
            trigger: Some(crate::RetentionTrigger::EndOfContract),
            right: Some(DataSubjectRight::Access),
            condition: Some(crate::RightCondition::BasedOnConsent),
            exemption: Some(crate::InformationExemption::AlreadyInformed),
            findings: vec![FindingOn {
                code: crate::FindingCode::MissingLegalBasis,
                id: "p".into(),
            }],
            fields: vec!["needed_for_legal_claims".into()],
            text: Some("words".into()),
            ..Params::default()
        }
    }

    #[test]
    fn every_reason_has_english_and_dutch_words_and_they_differ() {
        let codes = every::<ReasonCode>();
        assert!(codes.len() > 50);
        for code in codes {
            let en = Language::English.reason(code, &full());
            let nl = Language::Dutch.reason(code, &full());
            assert!(!en.is_empty() && !nl.is_empty(), "{code:?}");
            assert_ne!(en, nl, "{code:?}");
            assert!(
                !en.contains('?') || code == ReasonCode::Right,
                "{code:?}: {en}"
            );
        }
    }

    #[test]
    fn every_question_has_english_and_dutch_words_and_they_differ() {
        for code in every::<QuestionCode>() {
            let en = Language::English.question(code, &full());
            let nl = Language::Dutch.question(code, &full());
            assert!(!en.is_empty() && !nl.is_empty(), "{code:?}");
            assert_ne!(en, nl, "{code:?}");
        }
    }

    #[test]
    fn the_retention_plans_questions_use_the_terms_of_the_avg() {
        let nl = |code| Language::Dutch.question(code, &full());
        let en = |code| Language::English.question(code, &full());
        assert!(nl(QuestionCode::MaximumPeriod).contains("bewaartermijn"));
        assert!(nl(QuestionCode::MaximumPeriod).contains("ten hoogste"));
        assert!(en(QuestionCode::MaximumPeriod).contains("at most"));
        assert!(nl(QuestionCode::RetentionEvent).contains("bewaartermijn"));
        assert!(en(QuestionCode::RetentionEvent).contains("retention period"));
        assert!(nl(QuestionCode::FinancialYearEnd).contains("boekjaar"));
        assert!(en(QuestionCode::FinancialYearEnd).contains("financial year"));
        // The kind question names the law it asks about.
        assert!(nl(QuestionCode::RetentionKind).contains("`a law`"));
    }

    #[test]
    fn a_missing_parameter_renders_as_a_mark_not_a_panic() {
        let empty = Params::default();
        for code in every::<ReasonCode>() {
            let _ = Language::Dutch.reason(code, &empty);
        }
        assert!(Language::English
            .question(QuestionCode::PurposeBasis, &empty)
            .contains("`?`"));
    }
}
