//! The breach decision in words, English or Dutch, rendered from its codes.
//!
//! Nothing here decides anything, and no sentence lives here: every word comes from the
//! vocabulary of [`crate::explain`], whose Dutch follows the terms of the Dutch text of the
//! GDPR ("inbreuk in verband met persoonsgegevens", "toezichthoudende autoriteit",
//! "betrokkene", "verwerkingsverantwoordelijke", "verwerker", "zonder onredelijke vertraging").
//! This module only lays the decision out.

use std::fmt::{self, Write as _};

use chrono::{DateTime, FixedOffset};

use crate::explain::{Language, Phrase};

use super::codes::{BreachFact, BreachQuestion, BreachReason, CitedReason, Guidance};
use super::{AuthorityNotification, BreachDecision, RiskLevel, SubjectCommunication};

fn when(at: &DateTime<FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M %:z").to_string()
}

impl AuthorityNotification {
    /// The answer in words.
    pub fn label(self, lang: Language) -> &'static str {
        lang.authority_notification(self)
    }
}

impl SubjectCommunication {
    /// The answer in words.
    pub fn label(self, lang: Language) -> &'static str {
        lang.subject_communication(self)
    }
}

impl RiskLevel {
    /// The level in words.
    pub fn label(self, lang: Language) -> &'static str {
        lang.risk_level(self)
    }
}

impl BreachReason {
    /// The reason as a sentence, without its citation.
    pub fn sentence(&self, lang: Language) -> String {
        lang.breach_reason(self)
    }
}

impl Guidance {
    /// The reference in words: `EDPB Guidelines 9/2022, IV.B`.
    pub fn label(&self, lang: Language) -> String {
        lang.guidance(self)
    }
}

impl CitedReason {
    /// The reason as a sentence followed by its citation and guidance.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = self.reason.sentence(lang);
        let _ = write!(out, " ({}", lang.cite(self.citation));
        if let Some(g) = &self.guidance {
            let _ = write!(out, "; {}", g.label(lang));
        }
        out.push(')');
        out
    }

    /// Writes the sentence in `lang` into [`message`](CitedReason::message).
    pub fn render(&mut self, lang: Language) {
        self.message = Some(self.reason.sentence(lang));
    }
}

impl fmt::Display for CitedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text(Language::English))
    }
}

impl BreachFact {
    /// The question to ask, in words.
    pub fn question(self, lang: Language) -> String {
        lang.breach_question(self)
    }
}

impl BreachQuestion {
    /// The question with its field and citation.
    pub fn to_text(&self, lang: Language) -> String {
        format!(
            "{} (`{}`, {})",
            self.fact.question(lang),
            self.fact.field(),
            lang.cite(self.citation)
        )
    }

    /// Writes the question in `lang` into [`message`](BreachQuestion::message).
    pub fn render(&mut self, lang: Language) {
        self.message = Some(self.fact.question(lang));
    }
}

impl BreachDecision {
    /// Writes the sentence of every reason and question, the register entry's too, in `lang`
    /// into their `message`, for JSON in that language.
    pub fn render(&mut self, lang: Language) {
        for r in self
            .reasons
            .iter_mut()
            .chain(self.register_entry.reasons.iter_mut())
        {
            r.render(lang);
        }
        for q in &mut self.open_questions {
            q.render(lang);
        }
    }

    /// The decision as text: the two answers, the risk, the reasons, the open questions and
    /// the register entry, in English or Dutch.
    pub fn to_text(&self, lang: Language) -> String {
        let say = |p| lang.phrase(p);
        let mut out = String::new();
        let title = say(Phrase::BreachTitle);
        let _ = match &self.reference {
            Some(r) => writeln!(out, "{title} {r}"),
            None => writeln!(out, "{title}"),
        };
        let _ = writeln!(
            out,
            "  {}: {} ({})",
            say(Phrase::SupervisoryAuthority),
            self.authority.label(lang),
            lang.cite(crate::Citation::article(33).paragraph(1))
        );
        let _ = writeln!(
            out,
            "  {}: {} ({})",
            say(Phrase::DataSubjects),
            self.subjects.label(lang),
            lang.cite(crate::Citation::article(34))
        );
        let risk = if self.risk.at_least == self.risk.at_most {
            self.risk.at_least.label(lang).to_owned()
        } else {
            format!(
                "{} {} {} {}",
                say(Phrase::Between),
                self.risk.at_least.label(lang),
                say(Phrase::And),
                self.risk.at_most.label(lang)
            )
        };
        let _ = writeln!(out, "  {}: {risk}", say(Phrase::Risk));
        let _ = writeln!(out, "  {}:", say(Phrase::Why));
        for r in &self.reasons {
            let _ = writeln!(out, "    - {}", r.to_text(lang));
        }
        if !self.open_questions.is_empty() {
            let _ = writeln!(out, "  {}:", say(Phrase::OpenQuestions));
            for q in &self.open_questions {
                let _ = writeln!(out, "    - {}", q.to_text(lang));
            }
        }
        let entry = &self.register_entry;
        let _ = writeln!(
            out,
            "  {} ({}): {}, {} {}",
            say(Phrase::RegisterEntry),
            lang.cite(crate::Citation::article(33).paragraph(5)),
            entry.controller,
            say(Phrase::AssessedAt),
            when(&entry.assessed_at)
        );
        if !entry.remedial_action.is_empty() {
            let _ = writeln!(
                out,
                "    {}: {}",
                say(Phrase::RemedialAction),
                entry.remedial_action.join("; ")
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::codes::BreachKind;
    use super::*;
    use crate::{Consequence, Count, Exposure, ProtectionMeasure, SpecialCategory};

    fn every_reason() -> Vec<BreachReason> {
        use BreachReason as R;
        let at = DateTime::parse_from_rfc3339("2026-11-27T09:30:00+01:00").unwrap();
        vec![
            R::NoPersonalData,
            R::NoSecurityCompromised,
            R::ProcessorInformsController {
                activities: vec!["a".into()],
            },
            R::NotDisclosed,
            R::Unintelligible {
                measure: ProtectionMeasure::Encryption,
            },
            R::KeyCompromised,
            R::NotStateOfTheArt,
            R::DisclosureContained {
                accessed_by: Exposure::TrustedRecipient,
            },
            R::NoDamageIdentified {
                accessed_by: Exposure::KnownRecipients,
            },
            R::DamageNotRuledOut,
            R::DataExposed { accessed_by: None },
            R::RestoredWithoutEffect {
                kind: BreachKind::Availability,
            },
            R::EffectOnSubjects {
                kind: BreachKind::Integrity,
            },
            R::DataLost {
                kind: BreachKind::Availability,
            },
            R::SpecialCategoriesExposed {
                categories: vec![SpecialCategory::Health],
            },
            R::CriminalDataExposed,
            R::NationalNumbersExposed,
            R::ChildrenExposed,
            R::VulnerableSubjectsExposed,
            R::SeriousConsequencesPossible {
                consequences: Consequence::ALL.to_vec(),
            },
            R::NoSeriousConsequences,
            R::SubjectsConcerned {
                count: Count::Exactly(3),
            },
            R::LikelyRisk,
            R::UnlikelyRisk,
            R::RiskUndetermined,
            R::LikelyHighRisk,
            R::NoHighRisk,
            R::HighRiskUndetermined,
            R::ExemptUnintelligible,
            R::ExemptSubsequentMeasures,
            R::PublicCommunicationInstead,
            R::NotifyWithin72Hours {
                aware_at: at,
                target: at,
                periods_regulation_end: at,
            },
            R::LateNotificationNeedsReasons { target: at },
            R::NotifiedLate {
                notified_at: at,
                target: at,
            },
            R::PhasedNotification,
            R::CommunicateWithoutUndueDelay,
            R::InformControllerWithoutUndueDelay,
            R::CompetentAuthority {
                authorities: vec!["AP".into()],
            },
            R::AuthorityByCompetence {
                authorities: vec!["GBA".into(), "VTC".into()],
            },
            R::NationalAuthority {
                authority: "AP".into(),
            },
            R::AuthorityUnknown {
                country: "FR".into(),
            },
            R::DocumentInRegister,
        ]
    }

    #[test]
    fn every_reason_reads_in_both_languages_and_differently() {
        for reason in every_reason() {
            let en = reason.sentence(Language::English);
            let nl = reason.sentence(Language::Dutch);
            assert!(!en.is_empty() && !nl.is_empty(), "{reason:?}");
            assert_ne!(en, nl, "{reason:?} is not translated");
        }
    }

    #[test]
    fn every_question_reads_in_both_languages() {
        for fact in BreachFact::ALL {
            let en = fact.question(Language::English);
            let nl = fact.question(Language::Dutch);
            assert!(en.ends_with('?') && nl.ends_with('?'), "{fact:?}");
            assert_ne!(en, nl);
        }
    }

    #[test]
    fn dutch_uses_the_terms_of_the_dutch_gdpr() {
        let nl = |r: BreachReason| r.sentence(Language::Dutch);
        assert!(
            nl(BreachReason::NoPersonalData).contains("inbreuk in verband met persoonsgegevens")
        );
        assert!(nl(BreachReason::LikelyRisk).contains("toezichthoudende autoriteit"));
        assert!(nl(BreachReason::CommunicateWithoutUndueDelay).contains("betrokkenen"));
        assert!(nl(BreachReason::InformControllerWithoutUndueDelay)
            .contains("verwerkingsverantwoordelijke"));
        assert!(nl(BreachReason::InformControllerWithoutUndueDelay)
            .contains("zonder onredelijke vertraging"));
        assert!(nl(BreachReason::ProcessorInformsController {
            activities: vec!["x".into()]
        })
        .contains("verwerker"));
    }

    #[test]
    fn guidance_is_named_in_words() {
        let g = BreachReason::Unintelligible {
            measure: ProtectionMeasure::Encryption,
        }
        .guidance()
        .unwrap();
        assert_eq!(
            g.label(Language::English),
            "EDPB Guidelines 01/2021, cases 01, 06, 10"
        );
        assert_eq!(
            g.label(Language::Dutch),
            "EDPB-richtsnoeren 01/2021, gevallen 01, 06, 10"
        );
    }
}
