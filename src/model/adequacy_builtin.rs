//! The adequacy decisions known to this release, with their dates, the date each relies on and
//! why, and their scopes as typed conditions with the provision that sets each.
//!
//! Sources: the decisions as published in the Official Journal (EUR-Lex), the Commission's
//! announcements of the 2025 and 2026 decisions, and the EDPB's information note of 18 July
//! 2023 on transfers to the United States. DESIGN.md ("Transfers") gives the reading of the
//! dates.

use chrono::NaiveDate;

use super::adequacy::{AdequacyDecision, DateBasis};
use super::scope::{
    ImporterPurpose as P, OrganisationKind as K, ScopeCondition, ScopeEffect, ScopeFact as F,
};
use super::{Country, Destination, Sector};

/// Decisions addressed to the Member States take effect on notification (Art. 297(2) TFEU,
/// formerly Art. 254(3) EC). For these the notification date is not in the sources checked;
/// they were notified under a document number of the day of adoption, which is the date used.
const NOTIFIED_ON_ADOPTION: &str = "addressed to the Member States, the decision takes effect on notification (Art. 297(2) TFEU, formerly Art. 254(3) EC); it was notified under a Commission document of the day of adoption, the date used here";

struct Builtin {
    destination: Dest,
    reference: &'static str,
    adopted: (i32, u32, u32),
    valid_from: (i32, u32, u32),
    basis: DateBasis,
    date_note: &'static str,
    valid_until: Option<(i32, u32, u32)>,
    end: Option<&'static str>,
    scope: &'static [Condition],
    scope_note: Option<&'static str>,
}

enum Dest {
    Country(Country),
    Organisation(&'static str),
}

struct Condition(ScopeEffect, &'static [F], &'static str);

const fn decision(destination: Dest, reference: &'static str, adopted: (i32, u32, u32)) -> Builtin {
    Builtin {
        destination,
        reference,
        adopted,
        valid_from: adopted,
        basis: DateBasis::Notification,
        date_note: NOTIFIED_ON_ADOPTION,
        valid_until: None,
        end: None,
        scope: &[],
        scope_note: None,
    }
}

const fn country(code: &[u8; 2]) -> Dest {
    Dest::Country(Country::from_bytes(*code))
}

const REQUIRES: ScopeEffect = ScopeEffect::Requires;
const EXCLUDES: ScopeEffect = ScopeEffect::Excludes;

const BUILTIN: &[Builtin] = &[
    decision(country(b"AD"), "Commission Decision 2010/625/EU", (2010, 10, 19)),
    decision(country(b"AR"), "Commission Decision 2003/490/EC", (2003, 6, 30)),
    Builtin {
        scope: &[Condition(REQUIRES, &[F::Sector(Sector::Commercial)], "Art. 1 (recipients subject to the Personal Information Protection and Electronic Documents Act)")],
        scope_note: Some("recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA): personal information collected, used or disclosed in the course of commercial activities; public bodies and non-commercial processing are outside it"),
        ..decision(country(b"CA"), "Commission Decision 2002/2/EC", (2001, 12, 20))
    },
    decision(country(b"CH"), "Commission Decision 2000/518/EC", (2000, 7, 26)),
    Builtin {
        scope: &[Condition(EXCLUDES, &[F::PublicBodyOf(Country::from_bytes(*b"DK"))], "Art. 1 and recital 6")],
        scope_note: Some("recipients subject to the Faroese Act on Processing of Personal Data; it does not apply to the authorities of the Kingdom of Denmark in the Faroes (the High Commissioner, the court, the police commissioner, the prison and probation service, the Island Command and the Chief Medical Officer)"),
        ..decision(country(b"FO"), "Commission Decision 2010/146/EU", (2010, 3, 5))
    },
    decision(country(b"GG"), "Commission Decision 2003/821/EC", (2003, 11, 21)),
    decision(country(b"IM"), "Commission Decision 2004/411/EC", (2004, 4, 28)),
    Builtin {
        scope: &[Condition(EXCLUDES, &[F::AutomatedTransfer(false), F::AutomatedProcessing(false)], "Art. 1(1) and recital 12")],
        scope_note: Some("automated international transfers, and non-automated ones only where the data are further processed by automated means in Israel: the Privacy Protection Act's principles do not apply to manual databases; the State of Israel as defined in international law"),
        ..decision(country(b"IL"), "Commission Decision 2011/61/EU", (2011, 1, 31))
    },
    decision(country(b"JE"), "Commission Decision 2008/393/EC", (2008, 5, 8)),
    Builtin {
        scope: &[
            Condition(EXCLUDES, &[F::Sector(Sector::Public)], "Art. 1(1) and recital 10"),
            Condition(EXCLUDES, &[F::OrganisationKind(K::Press), F::Purpose(P::Journalism)], "Art. 1(2)(a)"),
            Condition(EXCLUDES, &[F::OrganisationKind(K::ProfessionalWriter), F::Purpose(P::ProfessionalWriting)], "Art. 1(2)(b)"),
            Condition(EXCLUDES, &[F::OrganisationKind(K::AcademicInstitution), F::Purpose(P::AcademicStudies)], "Art. 1(2)(c)"),
            Condition(EXCLUDES, &[F::OrganisationKind(K::ReligiousBody), F::Purpose(P::ReligiousActivities)], "Art. 1(2)(d)"),
            Condition(EXCLUDES, &[F::OrganisationKind(K::PoliticalBody), F::Purpose(P::PoliticalActivities)], "Art. 1(2)(e)"),
        ],
        scope_note: Some("personal information handling business operators under the Act on the Protection of Personal Information (APPI), with the Supplementary Rules: the private sector, except press organisations for press purposes, professional writers, academic institutions for academic studies (still excluded by the decision's text although the 2021 APPI amendments brought them under the Act), religious bodies for religious activities and political bodies for political activities"),
        ..decision(country(b"JP"), "Commission Implementing Decision (EU) 2019/419", (2019, 1, 23))
    },
    Builtin {
        scope: &[
            Condition(EXCLUDES, &[F::OrganisationKind(K::ReligiousBody), F::Purpose(P::MissionaryActivities)], "Art. 1(2)"),
            Condition(EXCLUDES, &[F::OrganisationKind(K::PoliticalParty), F::Purpose(P::CandidateNomination)], "Art. 1(2)"),
            Condition(EXCLUDES, &[F::FinancialSupervision(true), F::CreditInformation(true)], "Art. 1(2)"),
        ],
        scope_note: Some("entities subject to the Personal Information Protection Act (PIPA), public and private, except processing for missionary activities by religious organisations, for the nomination of candidates by political parties, and of personal credit information under the Credit Information Act by controllers overseen by the Financial Services Commission"),
        ..decision(country(b"KR"), "Commission Implementing Decision (EU) 2022/254", (2021, 12, 17))
    },
    decision(country(b"NZ"), "Commission Implementing Decision 2013/65/EU", (2012, 12, 19)),
    decision(country(b"UY"), "Commission Implementing Decision 2012/484/EU", (2012, 8, 21)),
    Builtin {
        valid_until: Some((2025, 12, 27)),
        end: Some("set to expire on 27 June 2025 under its Art. 4, extended once by a Commission implementing decision of 24 June 2025 to 27 December 2025, and followed by the renewal of 19 December 2025"),
        scope: &[Condition(EXCLUDES, &[F::Purpose(P::ImmigrationControl)], "Art. 1(2)")],
        scope_note: Some("data transferred within the scope of the GDPR, except data transferred for the purposes of UK immigration control or otherwise within the immigration exemption of paragraph 4(1) of Schedule 2 to the Data Protection Act 2018"),
        ..decision(country(b"GB"), "Commission Implementing Decision (EU) 2021/1772", (2021, 6, 28))
    },
    Builtin {
        valid_from: (2025, 12, 28),
        basis: DateBasis::EntryIntoForce,
        date_note: "adopted on 19 December 2025 to take over from the 2021 decision, which applied until 27 December 2025; its six years run until 27 December 2031 (Commission announcement of 19 December 2025), so it is applied from 28 December 2025. Its Official Journal number was not in the sources checked",
        valid_until: Some((2031, 12, 27)),
        end: Some("limited to six years, until 27 December 2031, unless renewed"),
        scope_note: Some("data transferred within the scope of the GDPR; unlike the 2021 decision it no longer excludes data transferred for immigration control, the Commission having found the immigration exemption as amended in 2022 and 2024 adequate"),
        ..decision(country(b"GB"), "Commission Implementing Decision of 19 December 2025 on the adequate protection of personal data by the United Kingdom (renewal)", (2025, 12, 19))
    },
    Builtin {
        valid_until: Some((2015, 10, 5)),
        end: Some("declared invalid by the Court of Justice on 6 October 2015 (C-362/14, Schrems)"),
        scope: &[Condition(REQUIRES, &[F::EarlierUsFrameworkListed(true)], "Art. 1")],
        scope_note: Some("Safe Harbour: only organisations that had self-certified"),
        ..decision(country(b"US"), "Commission Decision 2000/520/EC", (2000, 7, 26))
    },
    Builtin {
        valid_until: Some((2020, 7, 15)),
        end: Some("declared invalid by the Court of Justice on 16 July 2020 (C-311/18, Schrems II)"),
        scope: &[Condition(REQUIRES, &[F::EarlierUsFrameworkListed(true)], "Art. 1")],
        scope_note: Some("EU-U.S. Privacy Shield: only self-certified organisations"),
        ..decision(country(b"US"), "Commission Implementing Decision (EU) 2016/1250", (2016, 7, 12))
    },
    Builtin {
        date_note: "addressed to the Member States, it took effect on notification on the day of adoption, 10 July 2023 (Art. 297(2) TFEU; EDPB information note of 18 July 2023); publication in the Official Journal followed on 20 September 2023",
        scope: &[
            Condition(REQUIRES, &[F::DpfListed(true)], "Art. 1"),
            Condition(EXCLUDES, &[F::Sector(Sector::Public)], "Art. 1 and Annex I, Section I.2"),
        ],
        scope_note: Some("only organisations on the Data Privacy Framework List kept by the U.S. Department of Commerce, for the data their certification covers; only organisations under the jurisdiction of the Federal Trade Commission or the Department of Transportation can join it, so never a public body"),
        ..decision(country(b"US"), "Commission Implementing Decision (EU) 2023/1795", (2023, 7, 10))
    },
    Builtin {
        valid_from: (2025, 7, 18),
        date_note: "adopted on 15 July 2025 and notified under document C(2025) 4626; EUR-Lex records 18 July 2025, the date of notification, as its entry into force",
        scope_note: Some("the European Patent Organisation under its Data Protection Rules"),
        ..decision(Dest::Organisation("european_patent_organisation"), "Commission Implementing Decision (EU) 2025/1382", (2025, 7, 15))
    },
    Builtin {
        valid_from: (2026, 1, 28),
        date_note: "adopted on 26 January 2026 and notified under document C(2026) 373; the notification date was not in the sources checked, so the library relies on it from its publication in the Official Journal on 28 January 2026 (OJ L, 2026/179), the first date on which it is certainly in effect",
        scope: &[
            Condition(EXCLUDES, &[F::Purpose(P::Journalism)], "Art. 1 (controllers and processors subject to the LGPD); LGPD Art. 4(II)(a)"),
            Condition(EXCLUDES, &[F::Purpose(P::PublicSecurity)], "Art. 1 (controllers and processors subject to the LGPD); LGPD Art. 4(III)"),
        ],
        scope_note: Some("controllers and processors subject to the Lei Geral de Proteção de Dados (LGPD), which does not apply to processing solely for journalistic or artistic purposes, nor for public security, national defence, state security or criminal investigations"),
        ..decision(country(b"BR"), "Commission Implementing Decision (EU) 2026/179", (2026, 1, 26))
    },
];

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The built-in decisions as registry entries.
pub(super) fn decisions() -> Vec<AdequacyDecision> {
    BUILTIN
        .iter()
        .map(|b| AdequacyDecision {
            destination: match b.destination {
                Dest::Country(c) => Destination::Country(c),
                Dest::Organisation(id) => Destination::InternationalOrganisation(id.to_owned()),
            },
            reference: b.reference.to_owned(),
            adopted: ymd(b.adopted),
            valid_from: ymd(b.valid_from),
            valid_from_basis: b.basis,
            date_note: b.date_note.to_owned(),
            valid_until: b.valid_until.map(ymd),
            end: b.end.map(str::to_owned),
            scope: b
                .scope
                .iter()
                .map(|Condition(effect, facts, source)| ScopeCondition {
                    effect: *effect,
                    facts: facts.to_vec(),
                    source: (*source).to_owned(),
                })
                .collect(),
            scope_note: b.scope_note.map(str::to_owned),
        })
        .collect()
}
