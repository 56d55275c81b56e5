//! The words of a notice, in Dutch and English.

use crate::{
    DataSubjectRight, LegalBasis, Period, RecipientRole, RetentionAction, RetentionTrigger,
    SpecialCategory,
};

pub use crate::explain::Language;

impl Language {
    /// The GDPR's abbreviation in this language: AVG or GDPR.
    pub(super) const fn regulation(self) -> &'static str {
        match self {
            Language::Dutch => "AVG",
            Language::English => "GDPR",
        }
    }

    pub(super) const fn pick(self, nl: &'static str, en: &'static str) -> &'static str {
        match self {
            Language::Dutch => nl,
            Language::English => en,
        }
    }

    pub(super) fn basis(self, basis: &LegalBasis) -> &'static str {
        let (nl, en) = match basis {
            LegalBasis::Consent => ("toestemming", "consent"),
            LegalBasis::Contract => (
                "uitvoering van een overeenkomst",
                "performance of a contract",
            ),
            LegalBasis::LegalObligation { .. } => ("wettelijke verplichting", "legal obligation"),
            LegalBasis::VitalInterests => ("vitale belangen", "vital interests"),
            LegalBasis::PublicTask { .. } => (
                "taak van algemeen belang of openbaar gezag",
                "public task or official authority",
            ),
            LegalBasis::LegitimateInterests { .. } => {
                ("gerechtvaardigd belang", "legitimate interests")
            }
        };
        self.pick(nl, en)
    }

    pub(super) fn role(self, role: RecipientRole) -> &'static str {
        let (nl, en) = match role {
            RecipientRole::Processor => ("verwerker", "processor"),
            RecipientRole::SubProcessor => ("subverwerker", "sub-processor"),
            RecipientRole::IndependentController => (
                "zelfstandige verwerkingsverantwoordelijke",
                "independent controller",
            ),
            RecipientRole::JointController => (
                "gezamenlijke verwerkingsverantwoordelijke",
                "joint controller",
            ),
            RecipientRole::PublicAuthority => ("overheidsinstantie", "public authority"),
            RecipientRole::LawEnforcement => ("politie of justitie", "law enforcement"),
            RecipientRole::OwnEstablishment => ("eigen vestiging", "own establishment"),
            RecipientRole::ClientController => (
                "verwerkingsverantwoordelijke voor wie wij verwerken",
                "controller we process for",
            ),
        };
        self.pick(nl, en)
    }

    pub(super) fn special(self, category: SpecialCategory) -> &'static str {
        let (nl, en) = match category {
            SpecialCategory::RacialOrEthnicOrigin => {
                ("ras of etnische afkomst", "racial or ethnic origin")
            }
            SpecialCategory::PoliticalOpinions => ("politieke opvattingen", "political opinions"),
            SpecialCategory::ReligiousOrPhilosophicalBeliefs => (
                "godsdienst of levensovertuiging",
                "religious or philosophical beliefs",
            ),
            SpecialCategory::TradeUnionMembership => {
                ("lidmaatschap van een vakbond", "trade union membership")
            }
            SpecialCategory::Genetic => ("genetische gegevens", "genetic data"),
            SpecialCategory::BiometricForIdentification => (
                "biometrische gegevens voor identificatie",
                "biometric data for identification",
            ),
            SpecialCategory::Health => ("gezondheidsgegevens", "data concerning health"),
            SpecialCategory::SexLifeOrSexualOrientation => (
                "seksueel gedrag of seksuele gerichtheid",
                "sex life or sexual orientation",
            ),
        };
        self.pick(nl, en)
    }

    pub(super) fn trigger(self, trigger: RetentionTrigger) -> &'static str {
        let (nl, en) = match trigger {
            RetentionTrigger::Collection => ("na het verzamelen", "after collection"),
            RetentionTrigger::EndOfContract => (
                "na het einde van de overeenkomst",
                "after the end of the contract",
            ),
            RetentionTrigger::EndOfRelationship => (
                "na het einde van de relatie",
                "after the end of the relationship",
            ),
            RetentionTrigger::LastContact => ("na het laatste contact", "after the last contact"),
            RetentionTrigger::ConsentWithdrawn => (
                "na het intrekken van de toestemming",
                "after consent is withdrawn",
            ),
            RetentionTrigger::FileClosed => (
                "na het afsluiten van het dossier",
                "after the file is closed",
            ),
            RetentionTrigger::EndOfFinancialYear => (
                "na het einde van het boekjaar",
                "after the end of the financial year",
            ),
        };
        self.pick(nl, en)
    }

    /// A period in words: "7 jaar", "1 month and 15 days".
    pub(super) fn period(self, period: Period) -> String {
        let units: [(u32, &str, &str, &str, &str); 5] = [
            (period.years, "jaar", "jaar", "year", "years"),
            (period.months, "maand", "maanden", "month", "months"),
            (period.weeks, "week", "weken", "week", "weeks"),
            (period.days, "dag", "dagen", "day", "days"),
            (period.hours, "uur", "uur", "hour", "hours"),
        ];
        let parts: Vec<String> = units
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|&(n, nl1, nl, en1, en)| {
                let word = match (self, n) {
                    (Language::Dutch, 1) => nl1,
                    (Language::Dutch, _) => nl,
                    (Language::English, 1) => en1,
                    (Language::English, _) => en,
                };
                format!("{n} {word}")
            })
            .collect();
        match parts.split_last() {
            None => self.pick("onmiddellijk", "immediately").to_owned(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {} {last}", rest.join(", "), self.pick("en", "and")),
        }
    }

    pub(super) fn action(self, action: RetentionAction) -> &'static str {
        let (nl, en) = match action {
            RetentionAction::Erase => ("gewist", "erased"),
            RetentionAction::Anonymise => ("geanonimiseerd", "anonymised"),
            RetentionAction::Archive => ("gearchiveerd", "archived"),
        };
        self.pick(nl, en)
    }

    pub(super) fn right(self, right: DataSubjectRight) -> &'static str {
        let (nl, en) = match right {
            DataSubjectRight::WithdrawConsent => ("Toestemming intrekken", "Withdraw consent"),
            DataSubjectRight::InformationAtCollection => {
                ("Informatie bij het verzamelen", "Information at collection")
            }
            DataSubjectRight::InformationFromOtherSource => (
                "Informatie over gegevens uit andere bronnen",
                "Information on data from other sources",
            ),
            DataSubjectRight::Access => ("Inzage", "Access"),
            DataSubjectRight::Rectification => ("Rectificatie", "Rectification"),
            DataSubjectRight::Erasure => ("Wissing", "Erasure"),
            DataSubjectRight::Restriction => {
                ("Beperking van de verwerking", "Restriction of processing")
            }
            DataSubjectRight::NotificationToRecipients => {
                ("Kennisgeving aan ontvangers", "Notification of recipients")
            }
            DataSubjectRight::Portability => ("Overdraagbaarheid", "Data portability"),
            DataSubjectRight::Object => ("Bezwaar", "Objection"),
            DataSubjectRight::NoSolelyAutomatedDecision => (
                "Geen uitsluitend geautomatiseerd besluit",
                "No solely automated decision",
            ),
            DataSubjectRight::Complaint => (
                "Klacht bij de toezichthouder",
                "Complaint to the supervisory authority",
            ),
        };
        self.pick(nl, en)
    }

    /// What the right means and when it applies, in one sentence.
    pub(super) fn right_detail(self, right: DataSubjectRight) -> &'static str {
        let (nl, en) = match right {
            DataSubjectRight::WithdrawConsent => ("U kunt uw toestemming altijd intrekken, even gemakkelijk als u ze gaf; dat maakt de verwerking daarvoor niet onrechtmatig.", "You may withdraw consent at any time, as easily as you gave it; this does not make earlier processing unlawful."),
            DataSubjectRight::InformationAtCollection => ("Bij het verzamelen krijgt u de informatie in deze verklaring.", "When data are collected you receive the information in this notice."),
            DataSubjectRight::InformationFromOtherSource => ("Voor gegevens uit andere bronnen vertellen we u welke gegevens en waarvandaan.", "For data from other sources we tell you which data and where they come from."),
            DataSubjectRight::Access => ("U kunt vragen of we gegevens over u verwerken en een kopie krijgen.", "You may ask whether we process your data and obtain a copy."),
            DataSubjectRight::Rectification => ("U kunt onjuiste gegevens laten verbeteren en onvolledige laten aanvullen.", "You may have inaccurate data corrected and incomplete data completed."),
            DataSubjectRight::Erasure => ("U kunt wissing vragen, onder meer als de gegevens niet meer nodig zijn, u uw toestemming intrekt of met succes bezwaar maakt; wat we wettelijk moeten bewaren, bewaren we tot het einde van de termijn.", "You may ask erasure, among others when the data are no longer needed, you withdraw consent or object successfully; what the law obliges us to keep we keep until the end of its period."),
            DataSubjectRight::Restriction => ("U kunt vragen de verwerking te beperken, bijvoorbeeld zolang de juistheid van de gegevens wordt nagegaan.", "You may ask restriction, for instance while the accuracy of the data is verified."),
            DataSubjectRight::NotificationToRecipients => ("We melden verbetering, wissing en beperking aan de ontvangers en zeggen u op verzoek wie zij zijn.", "We tell the recipients of rectification, erasure and restriction, and tell you who they are on request."),
            DataSubjectRight::Portability => ("Gegevens die u zelf verstrekte, op basis van toestemming of overeenkomst en geautomatiseerd verwerkt, krijgt u in een gangbaar, machineleesbaar formaat, of laten we overdragen.", "Data you provided, processed on consent or contract by automated means, you receive in a common machine-readable format, or have transmitted."),
            DataSubjectRight::Object => ("Tegen direct marketing kunt u altijd bezwaar maken, zonder opgave van redenen; tegen verwerking op grond van een taak van algemeen belang of gerechtvaardigd belang kunt u bezwaar maken om redenen die verband houden met uw situatie, waarna we stoppen tenzij we dwingende gerechtvaardigde gronden aantonen.", "You may always object to direct marketing, without giving reasons; to processing on a public task or legitimate interests you may object on grounds relating to your situation, and we stop unless we demonstrate compelling legitimate grounds."),
            DataSubjectRight::NoSolelyAutomatedDecision => ("U hebt recht op menselijke tussenkomst bij besluiten die uitsluitend geautomatiseerd worden genomen.", "You have the right to human intervention in decisions taken solely by automated means."),
            DataSubjectRight::Complaint => ("U kunt een klacht indienen bij de toezichthouder.", "You may lodge a complaint with the supervisory authority."),
        };
        self.pick(nl, en)
    }
}
