//! The breach decision in words, English or Dutch, rendered from its codes.
//!
//! Nothing here decides anything: every sentence is a function of a code and its
//! parameters. The Dutch follows the terms of the Dutch text of the GDPR ("inbreuk in verband
//! met persoonsgegevens", "toezichthoudende autoriteit", "betrokkene",
//! "verwerkingsverantwoordelijke", "verwerker", "zonder onredelijke vertraging").

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};

use crate::notice::Language;
use crate::{Consequence, Exposure, ProtectionMeasure, SpecialCategory};

use super::codes::{BreachFact, BreachKind, BreachQuestion, BreachReason, CitedReason};
use super::codes::{Guidance, Guidelines};
use super::{AuthorityNotification, BreachDecision, RiskLevel, SubjectCommunication};

const fn pick(lang: Language, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Language::Dutch => nl,
        Language::English => en,
    }
}

fn when(at: &DateTime<FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M %:z").to_string()
}

fn list<T>(items: &[T], lang: Language, word: impl Fn(&T, Language) -> String) -> String {
    let words: Vec<String> = items.iter().map(|i| word(i, lang)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), pick(lang, "en", "and")),
    }
}

fn names(items: &[String], lang: Language) -> String {
    list(items, lang, |s, _| s.clone())
}

impl AuthorityNotification {
    /// The answer in words.
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            AuthorityNotification::Notify => pick(
                lang,
                "melden aan de toezichthoudende autoriteit",
                "notify the supervisory authority",
            ),
            AuthorityNotification::NotRequired => pick(
                lang,
                "geen melding aan de toezichthoudende autoriteit",
                "no notification to the supervisory authority",
            ),
            AuthorityNotification::NeedsReview => pick(
                lang,
                "nader onderzoek nodig voor de beslissing over de melding",
                "needs review before deciding on notification",
            ),
            AuthorityNotification::ControllerDecides => pick(
                lang,
                "de verwerkingsverantwoordelijke beslist; informeer haar",
                "the controller decides; inform it",
            ),
        }
    }
}

impl SubjectCommunication {
    /// The answer in words.
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            SubjectCommunication::Communicate => pick(
                lang,
                "mededeling aan de betrokkenen",
                "tell the data subjects",
            ),
            SubjectCommunication::PublicCommunication => pick(
                lang,
                "openbare mededeling in plaats van mededeling aan iedere betrokkene",
                "a public communication instead of telling each data subject",
            ),
            SubjectCommunication::NotRequired => pick(
                lang,
                "geen mededeling aan de betrokkenen",
                "no communication to the data subjects",
            ),
            SubjectCommunication::NeedsReview => pick(
                lang,
                "nader onderzoek nodig voor de beslissing over de mededeling",
                "needs review before deciding on communication",
            ),
            SubjectCommunication::ControllerDecides => pick(
                lang,
                "de verwerkingsverantwoordelijke beslist",
                "the controller decides",
            ),
        }
    }
}

impl RiskLevel {
    /// The level in words.
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            RiskLevel::Unlikely => pick(
                lang,
                "waarschijnlijk geen risico",
                "unlikely to result in a risk",
            ),
            RiskLevel::Risk => pick(lang, "risico", "risk"),
            RiskLevel::HighRisk => pick(lang, "hoog risico", "high risk"),
        }
    }
}

fn exposure(e: Exposure, lang: Language) -> &'static str {
    match e {
        Exposure::TrustedRecipient => pick(lang, "een vertrouwde ontvanger", "a trusted recipient"),
        Exposure::KnownRecipients => pick(
            lang,
            "bekende ontvangers die ze per vergissing kregen",
            "known recipients who received them by mistake",
        ),
        Exposure::Insider => pick(
            lang,
            "iemand binnen de organisatie die zijn bevoegdheid te buiten ging",
            "someone inside the organisation acting beyond their authorisation",
        ),
        Exposure::UnknownParty => pick(
            lang,
            "een onbekende (een aanvaller, dief of vinder)",
            "an unknown party (an attacker, a thief or a finder)",
        ),
        Exposure::Public => pick(lang, "het publiek", "the public"),
    }
}

fn special(c: SpecialCategory, lang: Language) -> &'static str {
    match lang {
        Language::English => c.label(),
        Language::Dutch => match c {
            SpecialCategory::RacialOrEthnicOrigin => "ras of etnische afkomst",
            SpecialCategory::PoliticalOpinions => "politieke opvattingen",
            SpecialCategory::ReligiousOrPhilosophicalBeliefs => {
                "religieuze of levensbeschouwelijke overtuigingen"
            }
            SpecialCategory::TradeUnionMembership => "lidmaatschap van een vakbond",
            SpecialCategory::Genetic => "genetische gegevens",
            SpecialCategory::BiometricForIdentification => {
                "biometrische gegevens voor identificatie"
            }
            SpecialCategory::Health => "gezondheidsgegevens",
            SpecialCategory::SexLifeOrSexualOrientation => {
                "seksueel gedrag of seksuele gerichtheid"
            }
        },
    }
}

/// A consequence in words.
pub(super) fn consequence(c: Consequence, lang: Language) -> &'static str {
    match c {
        Consequence::IdentityTheft => pick(lang, "identiteitsdiefstal", "identity theft"),
        Consequence::Fraud => pick(lang, "fraude", "fraud"),
        Consequence::FinancialLoss => pick(lang, "financiële verliezen", "financial loss"),
        Consequence::Discrimination => pick(lang, "discriminatie", "discrimination"),
        Consequence::ReputationalDamage => pick(lang, "reputatieschade", "damage to reputation"),
        Consequence::PhysicalHarm => pick(lang, "lichamelijke schade", "physical harm"),
        Consequence::ProfessionalSecrecy => pick(
            lang,
            "verlies van de vertrouwelijkheid van door het beroepsgeheim beschermde gegevens",
            "loss of confidentiality of data protected by professional secrecy",
        ),
        Consequence::OtherSignificantDisadvantage => pick(
            lang,
            "ander aanzienlijk economisch of maatschappelijk nadeel",
            "other significant economic or social disadvantage",
        ),
    }
}

fn measure(m: ProtectionMeasure, lang: Language) -> &'static str {
    match m {
        ProtectionMeasure::Encryption => pick(lang, "versleuteld", "encrypted"),
        ProtectionMeasure::SaltedHash => pick(lang, "met een salt gehasht", "hashed with a salt"),
        ProtectionMeasure::None => pick(lang, "niet beveiligd", "not protected"),
    }
}

/// (lost/altered, loss/alteration, lost/altered for good)
fn kind_words(k: BreachKind, lang: Language) -> [&'static str; 3] {
    match k {
        BreachKind::Integrity => [
            pick(lang, "gewijzigde", "altered"),
            pick(lang, "de wijziging", "the alteration"),
            pick(lang, "blijvend gewijzigd", "altered for good"),
        ],
        BreachKind::Availability | BreachKind::Confidentiality => [
            pick(lang, "verloren of ontoegankelijke", "lost or inaccessible"),
            pick(lang, "het verlies", "the loss"),
            pick(lang, "verloren", "lost"),
        ],
    }
}

impl BreachReason {
    /// The reason as a sentence, without its citation.
    pub fn sentence(&self, lang: Language) -> String {
        use BreachReason as R;
        let en = lang == Language::English;
        match self {
            R::NoPersonalData => pick(lang,
                "er zijn geen persoonsgegevens bij betrokken: dit is geen inbreuk in verband met persoonsgegevens",
                "no personal data are concerned: this is not a personal data breach").into(),
            R::NoSecurityCompromised => pick(lang,
                "de vertrouwelijkheid, integriteit noch beschikbaarheid van persoonsgegevens is aangetast: geen inbreuk in verband met persoonsgegevens",
                "neither the confidentiality, the integrity nor the availability of personal data was compromised: not a personal data breach").into(),
            R::ProcessorInformsController { activities } => if en {
                format!("for {} the organisation is processor: it informs the controller, who decides on notification", names(activities, lang))
            } else {
                format!("voor {} is de organisatie verwerker: zij informeert de verwerkingsverantwoordelijke, die over de melding beslist", names(activities, lang))
            },
            R::NotDisclosed => pick(lang,
                "geen onbevoegde kon de gegevens inzien: de vertrouwelijkheid is niet aangetast",
                "no one unauthorised could read the data: confidentiality was not compromised").into(),
            R::Unintelligible { measure: m } => if en {
                format!("the data were {} with a state-of-the-art method whose key stayed safe: unintelligible to anyone not authorised to access them", measure(*m, lang))
            } else {
                format!("de gegevens waren {} volgens de stand van de techniek en de sleutel is veilig gebleven: onbegrijpelijk voor onbevoegden", measure(*m, lang))
            },
            R::KeyCompromised => pick(lang,
                "de sleutel is gecompromitteerd: de beveiliging maakt de gegevens niet onbegrijpelijk",
                "the key was compromised: the protection does not make the data unintelligible").into(),
            R::NotStateOfTheArt => pick(lang,
                "de beveiliging was niet volgens de stand van de techniek: zij telt niet als onbegrijpelijk maken",
                "the protection was not state of the art: it does not count as making the data unintelligible").into(),
            R::DisclosureContained { accessed_by } => if en {
                format!("the data went only to {} who returned or deleted them, and are not data that call for more: the disclosure is contained", exposure(*accessed_by, lang))
            } else {
                format!("de gegevens gingen alleen naar {} die ze hebben teruggegeven of gewist, en het zijn geen gegevens die meer vragen: de verstrekking is ingeperkt", exposure(*accessed_by, lang))
            },
            R::NoDamageIdentified { accessed_by } => if en {
                format!("the data went only to {} and the controller can identify no damage at all to the data subjects: the disclosure is unlikely to result in a risk", exposure(*accessed_by, lang))
            } else {
                format!("de gegevens gingen alleen naar {} en de verwerkingsverantwoordelijke kan geen enkele schade voor de betrokkenen vaststellen: de verstrekking houdt waarschijnlijk geen risico in", exposure(*accessed_by, lang))
            },
            R::DamageNotRuledOut => pick(lang,
                "de verwerkingsverantwoordelijke heeft niet vastgesteld dat uit deze verstrekking geen enkele schade voor de betrokkenen kan voortvloeien, ook geen verlies van controle over hun gegevens: tot zij dat doet, geldt de verstrekking als een risico, en die van gevoelige gegevens als een hoog risico",
                "the controller has not found that no damage at all to the data subjects, the loss of control over their data included, can be identified from this disclosure: until it does, the disclosure counts as a risk, and one of sensitive data as a high risk").into(),
            R::DataExposed { accessed_by } => {
                let who = accessed_by.map_or(pick(lang, "een onbevoegde", "someone not authorised"), |e| exposure(e, lang));
                if en { format!("the data could be read by {who}") } else { format!("de gegevens konden worden ingezien door {who}") }
            }
            R::RestoredWithoutEffect { kind } => if en {
                format!("the {} data were restored, or can be from a backup, without effect on the data subjects", kind_words(*kind, lang)[0])
            } else {
                format!("de {} gegevens zijn hersteld, of kunnen dat uit een back-up, zonder gevolgen voor de betrokkenen", kind_words(*kind, lang)[0])
            },
            R::EffectOnSubjects { kind } => if en {
                format!("{} of the data affects the data subjects", kind_words(*kind, lang)[1])
            } else {
                format!("{} van de gegevens heeft gevolgen voor de betrokkenen", kind_words(*kind, lang)[1])
            },
            R::DataLost { kind } => if en {
                format!("there is no backup and the data are not restored: they are {}", kind_words(*kind, lang)[2])
            } else {
                format!("er is geen back-up en de gegevens zijn niet hersteld: ze zijn {}", kind_words(*kind, lang)[2])
            },
            R::SpecialCategoriesExposed { categories } => {
                let which = list(categories, lang, |c, l| special(*c, l).to_owned());
                if en {
                    format!("special categories of personal data ({which}) are out of the controller's control: damage is to be considered likely")
                } else {
                    format!("bijzondere categorieën van persoonsgegevens ({which}) zijn buiten de macht van de verwerkingsverantwoordelijke geraakt: schade moet waarschijnlijk worden geacht")
                }
            }
            R::CriminalDataExposed => pick(lang,
                "persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten liggen open",
                "personal data relating to criminal convictions and offences are exposed").into(),
            R::NationalNumbersExposed => pick(lang,
                "nationale identificatienummers liggen open: identiteitsdiefstal wordt mogelijk",
                "national identification numbers are exposed: identity theft becomes possible").into(),
            R::ChildrenExposed => pick(lang,
                "gegevens van kinderen liggen open; kinderen verdienen specifieke bescherming",
                "children's data are exposed; children merit specific protection").into(),
            R::VulnerableSubjectsExposed => pick(lang,
                "gegevens van kwetsbare personen liggen open, die daardoor groter gevaar kunnen lopen",
                "data of vulnerable persons are exposed, who may be placed at greater risk").into(),
            R::SeriousConsequencesPossible { consequences } => {
                let which = list(consequences, lang, |c, l| consequence(*c, l).to_owned());
                if en { format!("the breach may lead to {which}") } else { format!("de inbreuk kan leiden tot {which}") }
            }
            R::NoSeriousConsequences => pick(lang,
                "geen van de schade uit de overwegingen 75 en 85 wordt mogelijk geacht",
                "none of the damage of recitals 75 and 85 is judged possible").into(),
            R::SubjectsConcerned { count } => if en {
                format!("{count} data subjects are concerned")
            } else {
                format!("{count} betrokkenen zijn geraakt")
            },
            R::LikelyRisk => pick(lang,
                "de inbreuk houdt waarschijnlijk een risico in voor de rechten en vrijheden van natuurlijke personen: meld haar aan de toezichthoudende autoriteit",
                "the breach is likely to result in a risk to the rights and freedoms of natural persons: notify the supervisory authority").into(),
            R::UnlikelyRisk => pick(lang,
                "de inbreuk houdt waarschijnlijk geen risico in voor de rechten en vrijheden van natuurlijke personen: geen melding aan de toezichthoudende autoriteit",
                "the breach is unlikely to result in a risk to the rights and freedoms of natural persons: no notification to the supervisory authority").into(),
            R::RiskUndetermined => pick(lang,
                "of de inbreuk waarschijnlijk een risico inhoudt, hangt af van de open vragen; tot die beantwoord zijn, valt het niet uit te sluiten",
                "whether the breach is likely to result in a risk turns on the open questions; until they are answered it cannot be ruled out").into(),
            R::LikelyHighRisk => pick(lang,
                "de inbreuk houdt waarschijnlijk een hoog risico in voor de rechten en vrijheden van natuurlijke personen",
                "the breach is likely to result in a high risk to the rights and freedoms of natural persons").into(),
            R::NoHighRisk => pick(lang,
                "de inbreuk houdt waarschijnlijk geen hoog risico in: mededeling aan de betrokkenen is niet vereist",
                "the breach is not likely to result in a high risk: the data subjects need not be told").into(),
            R::HighRiskUndetermined => pick(lang,
                "of de inbreuk waarschijnlijk een hoog risico inhoudt, hangt af van de open vragen",
                "whether the breach is likely to result in a high risk turns on the open questions").into(),
            R::ExemptUnintelligible => pick(lang,
                "ook bij een hoog risico hoeven de betrokkenen niet te worden ingelicht: de gegevens waren onbegrijpelijk voor onbevoegden",
                "even were the risk high, the data subjects need not be told: the data were unintelligible to anyone not authorised to access them").into(),
            R::ExemptSubsequentMeasures => pick(lang,
                "mededeling aan de betrokkenen is niet vereist: achteraf genomen maatregelen zorgen ervoor dat het hoge risico zich waarschijnlijk niet meer zal voordoen",
                "the data subjects need not be told: measures taken afterwards ensure that the high risk is no longer likely to materialise").into(),
            R::PublicCommunicationInstead => pick(lang,
                "mededeling aan iedere betrokkene zou onevenredige inspanningen vergen: in plaats daarvan komt er een openbare mededeling of een soortgelijke maatregel die de betrokkenen even doeltreffend informeert",
                "telling each data subject would involve disproportionate effort: a public communication or similar measure informs them as effectively instead").into(),
            R::NotifyWithin72Hours { aware_at, target, periods_regulation_end } => if en {
                format!("aware at {}: notify without undue delay and, where feasible, by {} (72 hours after awareness, as the EDPB counts them); counted under Regulation 1182/71 from the next full hour, the period would end at {}", when(aware_at), when(target), when(periods_regulation_end))
            } else {
                format!("kennisname op {}: meld zonder onredelijke vertraging en, indien mogelijk, uiterlijk op {} (72 uur na de kennisname, zoals het EDPB telt); volgens Verordening 1182/71 geteld vanaf het volgende volle uur zou de termijn eindigen op {}", when(aware_at), when(target), when(periods_regulation_end))
            },
            R::LateNotificationNeedsReasons { target } => if en {
                format!("the 72 hours ended at {} without notification: the notification must give the reasons for the delay", when(target))
            } else {
                format!("de 72 uur zijn verstreken op {} zonder melding: de melding gaat vergezeld van een motivering voor de vertraging", when(target))
            },
            R::NotifiedLate { notified_at, target } => if en {
                format!("notified at {}, after the 72 hours ended at {}: the notification must give the reasons for the delay", when(notified_at), when(target))
            } else {
                format!("gemeld op {}, na afloop van de 72 uur op {}: de melding gaat vergezeld van een motivering voor de vertraging", when(notified_at), when(target))
            },
            R::PhasedNotification => pick(lang,
                "wat nog niet bekend is, mag zonder onredelijke verdere vertraging in stappen worden verstrekt: wacht niet op het volledige onderzoek",
                "what is not yet known may follow in phases without undue further delay: do not wait for the full investigation").into(),
            R::CommunicateWithoutUndueDelay => pick(lang,
                "deel de inbreuk zonder onredelijke vertraging in duidelijke en eenvoudige taal mee aan de betrokkenen",
                "tell the data subjects without undue delay, in clear and plain language").into(),
            R::InformControllerWithoutUndueDelay => pick(lang,
                "informeer als verwerker de verwerkingsverantwoordelijke zonder onredelijke vertraging zodra u kennis neemt van de inbreuk",
                "as processor, inform the controller without undue delay after becoming aware of the breach").into(),
            R::CompetentAuthority { authorities } => if en {
                format!("notify {}, the supervisory authority of the establishment", names(authorities, lang))
            } else {
                format!("meld aan {}, de toezichthoudende autoriteit van de vestiging", names(authorities, lang))
            },
            R::AuthorityByCompetence { authorities } => if en {
                format!("the policy names several supervisory authorities for the establishment ({}): notify the one competent for the processing concerned", names(authorities, lang))
            } else {
                format!("het beleid noemt meerdere toezichthoudende autoriteiten voor de vestiging ({}): meld aan de autoriteit die bevoegd is voor de betrokken verwerking", names(authorities, lang))
            },
            R::NationalAuthority { authority } => if en {
                format!("the policy names no supervisory authority; the national authority of the establishment is {authority}")
            } else {
                format!("het beleid noemt geen toezichthoudende autoriteit; de nationale autoriteit van de vestiging is {authority}")
            },
            R::AuthorityUnknown { country } => if en {
                format!("no supervisory authority is known for {country}: notify the one competent under Article 55")
            } else {
                format!("er is geen toezichthoudende autoriteit bekend voor {country}: meld aan de autoriteit die bevoegd is volgens artikel 55")
            },
            R::DocumentInRegister => pick(lang,
                "documenteer de inbreuk in het register, met de feiten, de gevolgen en de genomen corrigerende maatregelen, of zij nu gemeld wordt of niet",
                "document the breach in the register, with its facts, effects and the remedial action taken, whether notified or not").into(),
        }
    }
}

impl Guidance {
    /// The reference in words: `EDPB Guidelines 9/2022, IV.B`.
    pub fn label(&self, lang: Language) -> String {
        match self.guidelines {
            Guidelines::Edpb9_2022 => format!(
                "{} 9/2022, {}",
                pick(lang, "EDPB-richtsnoeren", "EDPB Guidelines"),
                self.point
            ),
            Guidelines::Edpb01_2021 => {
                let plural = self.point.contains(',');
                let word = match (lang, plural) {
                    (Language::Dutch, false) => "geval",
                    (Language::Dutch, true) => "gevallen",
                    (Language::English, false) => "case",
                    (Language::English, true) => "cases",
                };
                format!(
                    "{} 01/2021, {word} {}",
                    pick(lang, "EDPB-richtsnoeren", "EDPB Guidelines"),
                    self.point
                )
            }
        }
    }
}

impl CitedReason {
    /// The reason as a sentence followed by its citation and guidance.
    pub fn render(&self, lang: Language) -> String {
        let mut out = self.reason.sentence(lang);
        let _ = write!(out, " ({}", self.citation);
        if let Some(g) = &self.guidance {
            let _ = write!(out, "; {}", g.label(lang));
        }
        out.push(')');
        out
    }
}

impl BreachFact {
    /// The question to ask, in words.
    pub fn question(self, lang: Language) -> String {
        use BreachFact as F;
        let consequence_of = |c: Consequence| {
            let c = consequence(c, lang);
            match lang {
                Language::Dutch => format!("is {c} mogelijk voor de betrokkenen?"),
                Language::English => format!("is {c} possible for the data subjects?"),
            }
        };
        match self {
            F::AwareAt => pick(lang,
                "wanneer heeft de verwerkingsverantwoordelijke kennis genomen van de inbreuk (datum, tijd en tijdzone)?",
                "when did the controller become aware of the breach (date, time and offset)?").into(),
            F::Affected => pick(lang,
                "op welke verwerkingen, categorieën van gegevens en betrokkenen heeft de inbreuk betrekking?",
                "which activities, data categories and data subjects does the breach concern?").into(),
            F::Confidentiality => pick(lang,
                "konden onbevoegden de gegevens inzien of verkrijgen?",
                "could anyone not authorised see or obtain the data?").into(),
            F::Integrity => pick(lang, "zijn gegevens gewijzigd?", "were data altered?").into(),
            F::Availability => pick(lang,
                "zijn gegevens verloren gegaan, vernietigd of (tijdelijk) ontoegankelijk geworden?",
                "were data lost, destroyed or made inaccessible, even for a while?").into(),
            F::ProtectionMeasure => pick(lang,
                "waren de gegevens versleuteld of gehasht, of niet beveiligd?",
                "were the data encrypted or hashed, or not protected?").into(),
            F::StateOfTheArt => pick(lang,
                "was de versleuteling of hashing volgens de stand van de techniek?",
                "was the encryption or hashing state of the art?").into(),
            F::KeySafe => pick(lang,
                "is de sleutel (of salt, of het wachtwoord) veilig: niet gecompromitteerd en niet bij de gegevens bewaard?",
                "is the key (or salt, or password) safe: not compromised and not kept with the data?").into(),
            F::AccessedBy => pick(lang,
                "wie heeft de gegevens ontvangen of kon erbij?",
                "who received the data or could access them?").into(),
            F::DeletionConfirmed => pick(lang,
                "hebben alle ontvangers de gegevens teruggegeven of de verwijdering bevestigd?",
                "have all recipients returned the data or confirmed their deletion?").into(),
            F::Backup => pick(lang,
                "is er een actuele back-up van de gegevens?",
                "is there an up-to-date backup of the data?").into(),
            F::Restored => pick(lang, "zijn de gegevens hersteld?", "have the data been restored?").into(),
            F::EffectOnSubjects => pick(lang,
                "had het verlies of de wijziging gevolgen voor de betrokkenen (vertraging, gemiste betalingen, uitgestelde zorg)?",
                "did the loss or alteration affect the data subjects (delays, missed payments, postponed care)?").into(),
            F::IdentityTheft => consequence_of(Consequence::IdentityTheft),
            F::Fraud => consequence_of(Consequence::Fraud),
            F::FinancialLoss => consequence_of(Consequence::FinancialLoss),
            F::Discrimination => consequence_of(Consequence::Discrimination),
            F::ReputationalDamage => consequence_of(Consequence::ReputationalDamage),
            F::PhysicalHarm => consequence_of(Consequence::PhysicalHarm),
            F::ProfessionalSecrecy => consequence_of(Consequence::ProfessionalSecrecy),
            F::OtherSignificantDisadvantage => consequence_of(Consequence::OtherSignificantDisadvantage),
        }
    }
}

impl BreachQuestion {
    /// The question with its field and citation.
    pub fn render(&self, lang: Language) -> String {
        format!(
            "{} (`{}`, {})",
            self.fact.question(lang),
            self.fact.field(),
            self.citation
        )
    }
}

impl BreachDecision {
    /// The decision as text: the two answers, the risk, the reasons, the open questions and
    /// the register entry, in English or Dutch.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        let title = pick(
            lang,
            "Inbreuk in verband met persoonsgegevens",
            "Personal data breach",
        );
        let _ = match &self.reference {
            Some(r) => writeln!(out, "{title} {r}"),
            None => writeln!(out, "{title}"),
        };
        let _ = writeln!(
            out,
            "  {}: {} (Art. 33(1))",
            pick(lang, "Toezichthoudende autoriteit", "Supervisory authority"),
            self.authority.label(lang)
        );
        let _ = writeln!(
            out,
            "  {}: {} (Art. 34)",
            pick(lang, "Betrokkenen", "Data subjects"),
            self.subjects.label(lang)
        );
        let risk = if self.risk.at_least == self.risk.at_most {
            self.risk.at_least.label(lang).to_owned()
        } else {
            format!(
                "{} {} {} {}",
                pick(lang, "tussen", "between"),
                self.risk.at_least.label(lang),
                pick(lang, "en", "and"),
                self.risk.at_most.label(lang)
            )
        };
        let _ = writeln!(out, "  {}: {risk}", pick(lang, "Risico", "Risk"));
        let _ = writeln!(out, "  {}:", pick(lang, "Waarom", "Why"));
        for r in &self.reasons {
            let _ = writeln!(out, "    - {}", r.render(lang));
        }
        if !self.open_questions.is_empty() {
            let _ = writeln!(out, "  {}:", pick(lang, "Open vragen", "Open questions"));
            for q in &self.open_questions {
                let _ = writeln!(out, "    - {}", q.render(lang));
            }
        }
        let entry = &self.register_entry;
        let _ = writeln!(
            out,
            "  {} (Art. 33(5)): {}, {} {}",
            pick(lang, "Registerinschrijving", "Register entry"),
            entry.controller,
            pick(lang, "beoordeeld op", "assessed at"),
            when(&entry.assessed_at)
        );
        if !entry.remedial_action.is_empty() {
            let _ = writeln!(
                out,
                "    {}: {}",
                pick(lang, "corrigerende maatregelen", "remedial action"),
                entry.remedial_action.join("; ")
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Count;

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
