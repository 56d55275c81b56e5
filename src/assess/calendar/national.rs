//! The nationwide public holidays of the 30 EEA states, each with the law it rests on and
//! the official publication it was checked against.
//!
//! What counts is what Art. 2(1) of Regulation 1182/71 calls the days "designated as holidays
//! in the Member State": the nationwide public holidays, and the days the state's general law
//! on time limits treats as holidays (Good Friday under the Dutch Algemene termijnenwet, the
//! Swedish and Finnish eves, the Austrian Good Friday and 24 December). Regional and local
//! holidays, days off that collective agreements or employers grant, and half days are left
//! out; each calendar's `note` says what it leaves out. Where a list could not be checked
//! against an official source, `checked_against` is absent and deadlines say so.

use std::borrow::Cow;

use super::holiday::{
    easter, fixed, nth, on_or_after, one_day, orthodox, DayOfWeek, Holiday, Move,
};
use super::{Calendar, Origin};
use crate::Country;

use DayOfWeek::{Friday, Monday, Saturday, Sunday, Thursday};

#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where a short code fails the build"
)]
const fn state(
    id: &'static str,
    holidays: &'static [Holiday],
    checked_against: Option<&'static str>,
    note: &'static str,
) -> Calendar {
    let code = id.as_bytes();
    Calendar {
        id: Cow::Borrowed(id),
        country: Some(Country::from_bytes([code[0], code[1]])),
        extends: None,
        holidays: Cow::Borrowed(holidays),
        checked_against: match checked_against {
            Some(source) => Some(Cow::Borrowed(source)),
            None => None,
        },
        note: Some(Cow::Borrowed(note)),
        origin: Origin::National,
    }
}

const REGIONAL: &str = "regional and local holidays are not included; add them to count them";

// ---------------------------------------------------------------------------------------
// Austria

const AT_LAW: &str =
    "Feiertagsruhegesetz 1957, § 1 (BGBl. Nr. 153/1957); Arbeitsruhegesetz, § 7 Abs. 2";
const AT_AVG: &str = "AVG, § 33 Abs. 2 (Fristende am Karfreitag und am 24. Dezember)";
const AT_HOLIDAYS: &[Holiday] = &[
    fixed("Neujahr", 1, 1, AT_LAW),
    fixed("Heilige Drei Könige", 1, 6, AT_LAW),
    easter("Karfreitag", -2, AT_AVG),
    easter("Ostermontag", 1, AT_LAW),
    fixed("Staatsfeiertag", 5, 1, AT_LAW),
    easter("Christi Himmelfahrt", 39, AT_LAW),
    easter("Pfingstmontag", 50, AT_LAW),
    easter("Fronleichnam", 60, AT_LAW),
    fixed("Mariä Himmelfahrt", 8, 15, AT_LAW),
    fixed("Nationalfeiertag", 10, 26, AT_LAW),
    fixed("Allerheiligen", 11, 1, AT_LAW),
    fixed("Mariä Empfängnis", 12, 8, AT_LAW),
    fixed("Heiliger Abend", 12, 24, AT_AVG),
    fixed("Christtag", 12, 25, AT_LAW),
    fixed("Stefanitag", 12, 26, AT_LAW),
];
static AUSTRIA: Calendar = state(
    "AT",
    AT_HOLIDAYS,
    Some("Austria's notification under art. 11 of the European Convention on the Calculation of Time-Limits (BGBl. Nr. 254/1983, RIS) and AVG § 33 Abs. 2 as in force since 21 July 2023 (RIS)"),
    "Good Friday and 24 December are here because AVG § 33 Abs. 2 ends no time limit on them; the year from which 24 December is in § 33 was not checked. The patron saints' days of the Länder are not public holidays.",
);

// ---------------------------------------------------------------------------------------
// Belgium

const BE_LAW: &str = "Wet van 4 januari 1974 betreffende de feestdagen; koninklijk besluit van 18 april 1974, art. 1";
const BE_HOLIDAYS: &[Holiday] = &[
    fixed("Nieuwjaar", 1, 1, BE_LAW),
    easter("Paasmaandag", 1, BE_LAW),
    fixed("Feest van de Arbeid", 5, 1, BE_LAW),
    easter("Onze-Lieve-Heer-Hemelvaart", 39, BE_LAW),
    easter("Pinkstermaandag", 50, BE_LAW),
    fixed("Nationale feestdag", 7, 21, BE_LAW),
    fixed("Onze-Lieve-Vrouw-Hemelvaart", 8, 15, BE_LAW),
    fixed("Allerheiligen", 11, 1, BE_LAW),
    fixed("Wapenstilstand", 11, 11, BE_LAW),
    fixed("Kerstmis", 12, 25, BE_LAW),
];
/// The ten Belgian public holidays (wettelijke feestdagen, Law of 4 January 1974 and Royal
/// Decree of 18 April 1974, art. 1). The holidays of the Communities (11 July, 27 September,
/// 15 November) are not public holidays and are not included.
#[expect(
    non_upper_case_globals,
    reason = "named like the unit struct it replaces, so that `&Belgium` keeps compiling"
)]
pub static Belgium: Calendar = state(
    "BE",
    BE_HOLIDAYS,
    Some("art. 1 of the Royal Decree of 18 April 1974, as listed by the trade unions' legal guides (acv-online.be); the Moniteur belge text itself was not read"),
    "The days of the Flemish, French and German-speaking Communities (11 July, 27 September, 15 November) are not public holidays. A holiday on a Sunday gives employees a replacement day, which is not a public holiday.",
);

// ---------------------------------------------------------------------------------------
// Bulgaria

const BG_LAW: &str = "Кодекс на труда, чл. 154, ал. 1";
const BG_HOLIDAYS: &[Holiday] = &[
    fixed("Нова година", 1, 1, BG_LAW).substituted(),
    fixed("Ден на Освобождението", 3, 3, BG_LAW).substituted(),
    orthodox("Велики петък", -2, BG_LAW).since(2010),
    orthodox("Велика събота", -1, BG_LAW).since(2010),
    orthodox("Великден", 0, BG_LAW),
    orthodox("Великден (втори ден)", 1, BG_LAW),
    fixed("Ден на труда", 5, 1, BG_LAW).substituted(),
    fixed("Гергьовден", 5, 6, BG_LAW).substituted(),
    fixed("Ден на светите братя Кирил и Методий", 5, 24, BG_LAW).substituted(),
    fixed("Ден на Съединението", 9, 6, BG_LAW).substituted(),
    fixed("Ден на Независимостта", 9, 22, BG_LAW).substituted(),
    fixed("Бъдни вечер", 12, 24, BG_LAW).substituted(),
    fixed("Рождество Христово", 12, 25, BG_LAW).substituted(),
    fixed("Рождество Христово (втори ден)", 12, 26, BG_LAW).substituted(),
];
static BULGARIA: Calendar = state(
    "BG",
    BG_HOLIDAYS,
    Some("the Government of Bulgaria's list of official holidays (gov.bg) and the Labour Code, art. 154"),
    "A holiday other than the Easter days that falls on a Saturday or Sunday makes the next working day a day off (art. 154(2), in force since 2017; applied here to every year). Days the Council of Ministers declares non-working for a year (reported for 31 December 2025 and 2 January 2026) are not included: add them as one-off dates. 1 November is a day off for schools only.",
);

// ---------------------------------------------------------------------------------------
// Croatia

const HR_LAW: &str = "Zakon o blagdanima, spomendanima i neradnim danima u Republici Hrvatskoj, čl. 1 (NN 33/96, 110/19)";
const HR_HOLIDAYS: &[Holiday] = &[
    fixed("Nova godina", 1, 1, HR_LAW),
    fixed("Bogojavljenje ili Sveta tri kralja", 1, 6, HR_LAW),
    easter("Uskrs", 0, HR_LAW),
    easter("Uskrsni ponedjeljak", 1, HR_LAW),
    easter("Tijelovo", 60, HR_LAW).since(2002),
    fixed("Praznik rada", 5, 1, HR_LAW),
    fixed("Dan državnosti", 5, 30, HR_LAW).since(2020),
    fixed("Dan antifašističke borbe", 6, 22, HR_LAW),
    fixed("Dan državnosti", 6, 25, HR_LAW)
        .since(2002)
        .until(2019),
    fixed(
        "Dan pobjede i domovinske zahvalnosti i Dan hrvatskih branitelja",
        8,
        5,
        HR_LAW,
    ),
    fixed("Velika Gospa", 8, 15, HR_LAW),
    fixed("Dan neovisnosti", 10, 8, HR_LAW)
        .since(2002)
        .until(2019),
    fixed("Svi sveti", 11, 1, HR_LAW),
    fixed("Dan sjećanja na žrtve Domovinskog rata", 11, 18, HR_LAW).since(2020),
    fixed("Božić", 12, 25, HR_LAW),
    fixed("Sveti Stjepan", 12, 26, HR_LAW),
];
static CROATIA: Calendar = state(
    "HR",
    HR_HOLIDAYS,
    Some("the consolidated texts of the law up to NN 130/11 (narodne-novine.nn.hr); the changes in force since 2020 (30 May and 18 November in, 25 June and 8 October out) were taken from the NN 110/2019 amendment as summarised, not read in the Narodne novine"),
    "A holiday on a Sunday is not moved (art. 4). Days off for Orthodox, Muslim and Jewish believers (art. 3) are personal, not public holidays. Dates before 2002 are not modelled.",
);

// ---------------------------------------------------------------------------------------
// Cyprus

const CY_LAW: &str = "public holidays of the Republic of Cyprus (the law was not identified)";
const CY_HOLIDAYS: &[Holiday] = &[
    fixed("Πρωτοχρονιά", 1, 1, CY_LAW),
    fixed("Θεοφάνεια", 1, 6, CY_LAW),
    orthodox("Καθαρά Δευτέρα", -48, CY_LAW),
    fixed("Ημέρα της Ελληνικής Ανεξαρτησίας", 3, 25, CY_LAW),
    fixed("Εθνική Ημέρα Κύπρου", 4, 1, CY_LAW),
    orthodox("Μεγάλη Παρασκευή", -2, CY_LAW),
    orthodox("Δευτέρα του Πάσχα", 1, CY_LAW),
    fixed("Πρωτομαγιά", 5, 1, CY_LAW),
    orthodox("Δευτέρα του Αγίου Πνεύματος (Κατακλυσμός)", 50, CY_LAW),
    fixed("Κοίμηση της Θεοτόκου", 8, 15, CY_LAW),
    fixed("Ημέρα της Κυπριακής Ανεξαρτησίας", 10, 1, CY_LAW),
    fixed("Ημέρα του Όχι", 10, 28, CY_LAW),
    fixed("Χριστούγεννα", 12, 25, CY_LAW),
    fixed("Επομένη Χριστουγέννων", 12, 26, CY_LAW),
];
static CYPRUS: Calendar = state(
    "CY",
    CY_HOLIDAYS,
    None,
    "Not checked against an official list: these are the days every published list agrees on. Holy Saturday, Easter Tuesday and 24 December, which some lists show (for banks or the public service), are left out, so a deadline may end a day early.",
);

// ---------------------------------------------------------------------------------------
// Czechia

const CZ_LAW: &str = "Zákon č. 245/2000 Sb., o státních svátcích, o ostatních svátcích, o významných dnech a o dnech pracovního klidu, §§ 1–3";
const CZ_HOLIDAYS: &[Holiday] = &[
    fixed(
        "Den obnovy samostatného českého státu; Nový rok",
        1,
        1,
        CZ_LAW,
    ),
    easter("Velký pátek", -2, CZ_LAW).since(2016),
    easter("Velikonoční pondělí", 1, CZ_LAW),
    fixed("Svátek práce", 5, 1, CZ_LAW),
    fixed("Den vítězství", 5, 8, CZ_LAW),
    fixed("Den slovanských věrozvěstů Cyrila a Metoděje", 7, 5, CZ_LAW),
    fixed("Den upálení mistra Jana Husa", 7, 6, CZ_LAW),
    fixed("Den české státnosti", 9, 28, CZ_LAW),
    fixed(
        "Den vzniku samostatného československého státu",
        10,
        28,
        CZ_LAW,
    ),
    fixed("Den boje za svobodu a demokracii", 11, 17, CZ_LAW),
    fixed("Štědrý den", 12, 24, CZ_LAW),
    fixed("1. svátek vánoční", 12, 25, CZ_LAW),
    fixed("2. svátek vánoční", 12, 26, CZ_LAW),
];
static CZECHIA: Calendar = state(
    "CZ",
    CZ_HOLIDAYS,
    Some("Zákon č. 245/2000 Sb. as in force from 1 January 2025 (novyepis.cz, epravo.cz)"),
    REGIONAL,
);

// ---------------------------------------------------------------------------------------
// Denmark

const DK_LAW: &str = "Folkekirkens helligdage (lov om helligdagsfred)";
const DK_BEDEDAG: &str = "Store bededag, afskaffet som helligdag fra 2024 (lov nr. 214 af 2023)";
const DK_HOLIDAYS: &[Holiday] = &[
    fixed("Nytårsdag", 1, 1, DK_LAW),
    easter("Skærtorsdag", -3, DK_LAW),
    easter("Langfredag", -2, DK_LAW),
    easter("Påskedag", 0, DK_LAW),
    easter("2. påskedag", 1, DK_LAW),
    easter("Store bededag", 26, DK_BEDEDAG).until(2023),
    easter("Kristi himmelfartsdag", 39, DK_LAW),
    easter("Pinsedag", 49, DK_LAW),
    easter("2. pinsedag", 50, DK_LAW),
    fixed("Juledag", 12, 25, DK_LAW),
    fixed("2. juledag", 12, 26, DK_LAW),
];
static DENMARK: Calendar = state(
    "DK",
    DK_HOLIDAYS,
    Some("the Nordic Council of Ministers' page on Danish holidays (norden.org), which lists the helligdage and the closing days"),
    "Grundlovsdag (5 June), 24 December and 31 December close shops and many workplaces but are not helligdage, and 1 May is a day off by agreement only: none is included. Whether the Danish rules on procedural time limits treat them as holidays was not checked.",
);

// ---------------------------------------------------------------------------------------
// Estonia

const EE_LAW: &str = "Pühade ja tähtpäevade seadus, §§ 1–2";
const EE_HOLIDAYS: &[Holiday] = &[
    fixed("uusaasta", 1, 1, EE_LAW),
    fixed("iseseisvuspäev", 2, 24, EE_LAW),
    easter("suur reede", -2, EE_LAW),
    easter("ülestõusmispühade 1. püha", 0, EE_LAW),
    fixed("kevadpüha", 5, 1, EE_LAW),
    easter("nelipühade 1. püha", 49, EE_LAW),
    fixed("võidupüha", 6, 23, EE_LAW),
    fixed("jaanipäev", 6, 24, EE_LAW),
    fixed("taasiseseisvumispäev", 8, 20, EE_LAW),
    fixed("jõululaupäev", 12, 24, EE_LAW).since(2005),
    fixed("esimene jõulupüha", 12, 25, EE_LAW),
    fixed("teine jõulupüha", 12, 26, EE_LAW),
];
static ESTONIA: Calendar = state(
    "EE",
    EE_HOLIDAYS,
    Some("Public Holidays and Days of National Importance Act as in force from 30 December 2022 (riigiteataja.ee)"),
    "The shortened working days before some holidays are working days.",
);

// ---------------------------------------------------------------------------------------
// Finland

const FI_CHURCH: &str = "Kirkkolaki (pyhäpäivät)";
const FI_LAW: &str = "Laki säädettyjen määräaikain laskemisesta (150/1930), 5 §";
const FI_HOLIDAYS: &[Holiday] = &[
    fixed("Uudenvuodenpäivä", 1, 1, FI_CHURCH),
    fixed("Loppiainen", 1, 6, FI_CHURCH),
    easter("Pitkäperjantai", -2, FI_CHURCH),
    easter("Pääsiäispäivä", 0, FI_CHURCH),
    easter("2. pääsiäispäivä", 1, FI_CHURCH),
    fixed("Vapunpäivä", 5, 1, FI_LAW),
    easter("Helatorstai", 39, FI_CHURCH),
    easter("Helluntaipäivä", 49, FI_CHURCH),
    on_or_after("Juhannusaatto", 6, 19, Friday, FI_LAW),
    on_or_after("Juhannuspäivä", 6, 20, Saturday, FI_CHURCH),
    on_or_after("Pyhäinpäivä", 10, 31, Saturday, FI_CHURCH),
    fixed(
        "Itsenäisyyspäivä",
        12,
        6,
        "Laki itsenäisyyspäivän viettämisestä yleisenä juhla- ja vapaapäivänä (388/1937)",
    ),
    fixed("Jouluaatto", 12, 24, FI_LAW),
    fixed("Joulupäivä", 12, 25, FI_CHURCH),
    fixed("Tapaninpäivä", 12, 26, FI_CHURCH),
];
static FINLAND: Calendar = state(
    "FI",
    FI_HOLIDAYS,
    Some("Laki säädettyjen määräaikain laskemisesta 150/1930, 5 § (finlex.fi), which ends no time limit on a holy day, Independence Day, May Day, Christmas Eve or Midsummer Eve; the dates of the holy days follow the church law, whose text was not read"),
    "The Åland Islands' Autonomy Day (9 June) is regional. Epiphany and Ascension Day were moved to Saturdays from 1973 to 1990; that is not modelled.",
);

// ---------------------------------------------------------------------------------------
// France

const FR_LAW: &str = "Code du travail, art. L3133-1";
const FR_HOLIDAYS: &[Holiday] = &[
    fixed("Jour de l'an", 1, 1, FR_LAW),
    easter("Lundi de Pâques", 1, FR_LAW),
    fixed("Fête du travail", 5, 1, FR_LAW),
    fixed("Victoire 1945", 5, 8, FR_LAW),
    easter("Ascension", 39, FR_LAW),
    easter("Lundi de Pentecôte", 50, FR_LAW).except(&[2005, 2006, 2007]),
    fixed("Fête nationale", 7, 14, FR_LAW),
    fixed("Assomption", 8, 15, FR_LAW),
    fixed("Toussaint", 11, 1, FR_LAW),
    fixed("Armistice 1918", 11, 11, FR_LAW),
    fixed("Noël", 12, 25, FR_LAW),
];
static FRANCE: Calendar = state(
    "FR",
    FR_HOLIDAYS,
    Some("Code du travail, art. L3133-1 (legifrance.gouv.fr)"),
    "Regional: Good Friday and 26 December in Alsace-Moselle (art. L3134-13), and the abolition of slavery in the overseas departments (art. L3422-2). Whit Monday may be a working 'journée de solidarité' for an employer but stays a public holiday.",
);

// ---------------------------------------------------------------------------------------
// Germany

const DE_LAENDER: &str = "Feiertagsgesetze aller 16 Länder";
const DE_HOLIDAYS: &[Holiday] = &[
    fixed("Neujahr", 1, 1, DE_LAENDER),
    easter("Karfreitag", -2, DE_LAENDER),
    easter("Ostermontag", 1, DE_LAENDER),
    fixed("Tag der Arbeit", 5, 1, DE_LAENDER),
    easter("Christi Himmelfahrt", 39, DE_LAENDER),
    easter("Pfingstmontag", 50, DE_LAENDER),
    fixed(
        "Tag der Deutschen Einheit",
        10,
        3,
        "Einigungsvertrag, Art. 2 Abs. 2",
    ),
    fixed("1. Weihnachtstag", 12, 25, DE_LAENDER),
    fixed("2. Weihnachtstag", 12, 26, DE_LAENDER),
];
static GERMANY: Calendar = state(
    "DE",
    DE_HOLIDAYS,
    Some("Einigungsvertrag Art. 2 Abs. 2 (gesetze-im-internet.de); the eight other days are in every Land's Feiertagsgesetz, checked against published comparisons of the 16 laws, not each law"),
    "Only the days that are holidays in all 16 Länder. Epiphany, Women's Day, Easter and Whit Sunday, Corpus Christi, Assumption, World Children's Day, Reformation Day, All Saints' Day and the Day of Repentance are holidays in some Länder only: add the ones of the Land where the controller acts.",
);

// ---------------------------------------------------------------------------------------
// Greece

const GR_LAW: &str = "Αργίες του δημοσίου (Υπαλληλικός Κώδικας, ν. 3528/2007); ν. 4808/2021, άρθρο 60; ν. 4554/2018, άρθρο 42; ν. 4468/2017, άρθρο 14";
const GR_HOLIDAYS: &[Holiday] = &[
    fixed("Πρωτοχρονιά", 1, 1, GR_LAW),
    fixed("Θεοφάνεια", 1, 6, GR_LAW),
    orthodox("Καθαρά Δευτέρα", -48, GR_LAW),
    fixed("Εικοστή Πέμπτη Μαρτίου", 3, 25, GR_LAW),
    orthodox("Μεγάλη Παρασκευή", -2, GR_LAW),
    orthodox("Μεγάλο Σάββατο", -1, GR_LAW),
    orthodox("Δευτέρα του Πάσχα", 1, GR_LAW),
    fixed("Πρωτομαγιά", 5, 1, GR_LAW),
    orthodox("Δευτέρα του Αγίου Πνεύματος", 50, GR_LAW),
    fixed("Κοίμηση της Θεοτόκου", 8, 15, GR_LAW),
    fixed("Επέτειος του Όχι", 10, 28, GR_LAW),
    fixed("Χριστούγεννα", 12, 25, GR_LAW),
    fixed("Σύναξη της Θεοτόκου", 12, 26, GR_LAW),
];
static GREECE: Calendar = state(
    "GR",
    GR_HOLIDAYS,
    Some("the public-service holidays as summarised by newsbomb.gr (9 March 2026) and the private-sector mandatory holidays of ν. 4808/2021, 4554/2018 and 4468/2017 as summarised by newse.gr; no official consolidated list was read"),
    "Labour Day is moved by ministerial decision when it falls in Holy Week or on a Sunday (to 7 May in 2024; 1 May 2027 is Holy Saturday): add the decided day as a one-off date. 24 and 31 December are half days and 17 November a holiday for education only.",
);

// ---------------------------------------------------------------------------------------
// Hungary

const HU_LAW: &str = "A munka törvénykönyvéről szóló 2012. évi I. törvény, 102. § (1)";
const HU_HOLIDAYS: &[Holiday] = &[
    fixed("Újév", 1, 1, HU_LAW),
    fixed("Nemzeti ünnep", 3, 15, HU_LAW),
    easter("Nagypéntek", -2, HU_LAW).since(2017),
    easter("Húsvétvasárnap", 0, HU_LAW),
    easter("Húsvéthétfő", 1, HU_LAW),
    fixed("A munka ünnepe", 5, 1, HU_LAW),
    easter("Pünkösdvasárnap", 49, HU_LAW),
    easter("Pünkösdhétfő", 50, HU_LAW),
    fixed("Az államalapítás ünnepe", 8, 20, HU_LAW),
    fixed("Nemzeti ünnep", 10, 23, HU_LAW),
    fixed("Mindenszentek", 11, 1, HU_LAW),
    fixed("Karácsony", 12, 25, HU_LAW),
    fixed("Karácsony", 12, 26, HU_LAW),
];
static HUNGARY: Calendar = state(
    "HU",
    HU_HOLIDAYS,
    Some("the Labour Code's list of public holidays (munkaszüneti napok) with Good Friday since 2017, as reported by MTI (oksz.hu, 7 March 2017), and the 1999 text (1999. évi CXXIII. törvény, jogtar)"),
    "Bridge days (pihenőnap) that the yearly ministerial decree swaps with a Saturday (2 May, 24 October and 24 December in 2025) are not public holidays and are not included; add them as one-off dates if the controller does not work on them.",
);

// ---------------------------------------------------------------------------------------
// Ireland

const IE_LAW: &str = "Organisation of Working Time Act 1997, Schedule 2 (as amended)";
const IE_BRIGID: &[Move] = &[
    Move {
        on: DayOfWeek::Tuesday,
        days: 6,
    },
    Move {
        on: DayOfWeek::Wednesday,
        days: 5,
    },
    Move {
        on: DayOfWeek::Thursday,
        days: 4,
    },
    Move {
        on: Saturday,
        days: 2,
    },
    Move {
        on: Sunday,
        days: 1,
    },
];
const IE_HOLIDAYS: &[Holiday] = &[
    fixed("New Year's Day", 1, 1, IE_LAW),
    // The first Monday in February, or 1 February when that is a Friday.
    fixed("Saint Brigid's Day", 2, 1, IE_LAW)
        .since(2023)
        .moved(IE_BRIGID),
    fixed("Saint Patrick's Day", 3, 17, IE_LAW),
    easter("Easter Monday", 1, IE_LAW),
    nth("May Day", 5, Monday, 1, IE_LAW),
    nth("June Bank Holiday", 6, Monday, 1, IE_LAW),
    nth("August Bank Holiday", 8, Monday, 1, IE_LAW),
    nth("October Bank Holiday", 10, Monday, -1, IE_LAW),
    fixed("Christmas Day", 12, 25, IE_LAW),
    fixed("Saint Stephen's Day", 12, 26, IE_LAW),
];
static IRELAND: Calendar = state(
    "IE",
    IE_HOLIDAYS,
    Some("Citizens Information, 'Public holidays in Ireland' (citizensinformation.ie), as quoted"),
    "Good Friday is not a public holiday. A public holiday on a weekend gives employees a benefit, not a substitute public holiday.",
);

// ---------------------------------------------------------------------------------------
// Italy

const IT_LAW: &str = "Legge 27 maggio 1949, n. 260, artt. 1–2 (modificata dalla legge 5 marzo 1977, n. 54, dal D.P.R. 28 dicembre 1985, n. 792, dalla legge 20 novembre 2000, n. 336 e dalla legge 8 ottobre 2025, n. 151)";
const IT_HOLIDAYS: &[Holiday] = &[
    fixed("Capodanno", 1, 1, IT_LAW),
    fixed("Epifania", 1, 6, IT_LAW),
    easter("Lunedì dell'Angelo", 1, IT_LAW),
    fixed("Anniversario della Liberazione", 4, 25, IT_LAW),
    fixed("Festa del lavoro", 5, 1, IT_LAW),
    fixed("Festa della Repubblica", 6, 2, IT_LAW),
    fixed("Assunzione della B. V. Maria", 8, 15, IT_LAW),
    fixed(
        "San Francesco d'Assisi, patrono d'Italia",
        10,
        4,
        "Legge 8 ottobre 2025, n. 151",
    )
    .since(2026),
    fixed("Ognissanti", 11, 1, IT_LAW),
    fixed("Immacolata Concezione", 12, 8, IT_LAW),
    fixed("Natale", 12, 25, IT_LAW),
    fixed("Santo Stefano", 12, 26, IT_LAW),
];
static ITALY: Calendar = state(
    "IT",
    IT_HOLIDAYS,
    Some("Legge 8 ottobre 2025, n. 151 (normattiva.it) and art. 2 of Legge 260/1949 as amended, read with the days suppressed by Legge 54/1977 (assolombarda.it, confcooperative)"),
    "The patron saint's day of each town (and Whit Monday in the province of Bolzano) is local.",
);

// ---------------------------------------------------------------------------------------
// Latvia

const LV_LAW: &str = "Likums \"Par svētku, atceres un atzīmējamām dienām\", 1. pants";
const LV_HOLIDAYS: &[Holiday] = &[
    fixed("Jaungada diena", 1, 1, LV_LAW),
    easter("Lielā Piektdiena", -2, LV_LAW),
    easter("Pirmās Lieldienas", 0, LV_LAW),
    easter("Otrās Lieldienas", 1, LV_LAW).since(1997),
    fixed("Darba svētki", 5, 1, LV_LAW),
    fixed(
        "Latvijas Republikas Neatkarības atjaunošanas diena",
        5,
        4,
        LV_LAW,
    )
    .since(2002)
    .substituted(),
    nth("Mātes diena", 5, Sunday, 2, LV_LAW),
    easter("Vasarsvētki", 49, LV_LAW),
    fixed("Līgo diena", 6, 23, LV_LAW),
    fixed("Jāņu diena", 6, 24, LV_LAW),
    fixed("Latvijas Republikas Proklamēšanas diena", 11, 18, LV_LAW).substituted(),
    fixed("Ziemassvētku vakars", 12, 24, LV_LAW).since(2007),
    fixed("Pirmie Ziemassvētki", 12, 25, LV_LAW),
    fixed("Otrie Ziemassvētki", 12, 26, LV_LAW),
    fixed("Vecgada diena", 12, 31, LV_LAW),
];
static LATVIA: Calendar = state(
    "LV",
    LV_HOLIDAYS,
    Some("the consolidated text of the law (likumi.lv, as reproduced by ligatne.lv)"),
    "4 May and 18 November on a Saturday or Sunday make the next working day a day off. The closing day of the General Latvian Song and Dance Festival is a holiday in festival years (none from 2024 to 2027): add it as a one-off date. Working days the Cabinet moves to a Saturday are not included.",
);

// ---------------------------------------------------------------------------------------
// Lithuania

const LT_LAW: &str = "Lietuvos Respublikos darbo kodeksas, 123 straipsnis, 1 dalis";
const LT_HOLIDAYS: &[Holiday] = &[
    fixed("Naujųjų metų diena", 1, 1, LT_LAW),
    fixed("Lietuvos valstybės atkūrimo diena", 2, 16, LT_LAW),
    fixed("Lietuvos nepriklausomybės atkūrimo diena", 3, 11, LT_LAW),
    easter("Velykos", 0, LT_LAW),
    easter("Antroji Velykų diena", 1, LT_LAW),
    fixed("Tarptautinė darbo diena", 5, 1, LT_LAW),
    nth("Motinos diena", 5, Sunday, 1, LT_LAW),
    nth("Tėvo diena", 6, Sunday, 1, LT_LAW),
    fixed("Rasos ir Joninių diena", 6, 24, LT_LAW),
    fixed(
        "Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) diena",
        7,
        6,
        LT_LAW,
    ),
    fixed("Žolinė", 8, 15, LT_LAW),
    fixed("Visų Šventųjų diena", 11, 1, LT_LAW),
    fixed("Mirusiųjų atminimo (Vėlinių) diena", 11, 2, LT_LAW).since(2020),
    fixed("Kūčių diena", 12, 24, LT_LAW).since(2012),
    fixed("Kalėdos", 12, 25, LT_LAW),
    fixed("Kalėdos (antroji diena)", 12, 26, LT_LAW),
];
static LITHUANIA: Calendar = state(
    "LT",
    LT_HOLIDAYS,
    Some("art. 123(1) of the Labour Code as quoted in a 2022 amending bill (e-seimas.lrs.lt); whether that bill's Constitution Day (25 October) was adopted was not checked, and it is not included"),
    REGIONAL,
);

// ---------------------------------------------------------------------------------------
// Luxembourg

const LU_LAW: &str = "Code du travail, art. L. 232-2 (loi du 25 avril 2019)";
const LU_HOLIDAYS: &[Holiday] = &[
    fixed("Nouvel An", 1, 1, LU_LAW),
    easter("Lundi de Pâques", 1, LU_LAW),
    fixed("1er mai", 5, 1, LU_LAW),
    fixed("Journée de l'Europe", 5, 9, LU_LAW).since(2019),
    easter("Ascension", 39, LU_LAW),
    easter("Lundi de Pentecôte", 50, LU_LAW),
    fixed("Fête nationale", 6, 23, LU_LAW),
    fixed("Assomption", 8, 15, LU_LAW),
    fixed("Toussaint", 11, 1, LU_LAW),
    fixed("Premier jour de Noël", 12, 25, LU_LAW),
    fixed("Deuxième jour de Noël", 12, 26, LU_LAW),
];
static LUXEMBOURG: Calendar = state(
    "LU",
    LU_HOLIDAYS,
    Some("Loi du 25 avril 2019 modifiant l'article L. 232-2 du Code du travail (legilux.public.lu)"),
    "A holiday on a Sunday gives each employee a compensatory day off, which is not a public holiday.",
);

// ---------------------------------------------------------------------------------------
// Malta

const MT_LAW: &str =
    "National Holidays and Other Public Holidays Act (Cap. 252), art. 2 and Schedule";
const MT_HOLIDAYS: &[Holiday] = &[
    fixed("New Year's Day", 1, 1, MT_LAW),
    fixed("Feast of St Paul's Shipwreck", 2, 10, MT_LAW),
    fixed("Feast of St Joseph", 3, 19, MT_LAW),
    fixed("Freedom Day", 3, 31, MT_LAW),
    easter("Good Friday", -2, MT_LAW),
    fixed("Worker's Day", 5, 1, MT_LAW),
    fixed("Sette Giugno", 6, 7, MT_LAW),
    fixed("Feast of St Peter and St Paul", 6, 29, MT_LAW),
    fixed("Feast of the Assumption", 8, 15, MT_LAW),
    fixed("Feast of Our Lady of Victories", 9, 8, MT_LAW),
    fixed("Independence Day", 9, 21, MT_LAW),
    fixed("Feast of the Immaculate Conception", 12, 8, MT_LAW),
    fixed("Republic Day", 12, 13, MT_LAW),
    fixed("Christmas Day", 12, 25, MT_LAW),
];
static MALTA: Calendar = state(
    "MT",
    MT_HOLIDAYS,
    Some("Public Holidays, gov.mt"),
    "A holiday on a weekend adds a day of leave for employees, not a public holiday.",
);

// ---------------------------------------------------------------------------------------
// The Netherlands

const NL_ART_3_1: &str = "Algemene termijnenwet, art. 3(1)";
const NL_ART_3_2: &str = "Algemene termijnenwet, art. 3(2)";
const NL_2023: &str = "Algemene termijnenwet, art. 3(3): Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";
const NL_2026: &str = "Algemene termijnenwet, art. 3(3): Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";
const SUNDAY_TO_SATURDAY: &[Move] = &[Move {
    on: Sunday,
    days: -1,
}];
const NL_HOLIDAYS: &[Holiday] = &[
    fixed("Nieuwjaarsdag", 1, 1, NL_ART_3_1),
    easter("Goede Vrijdag", -2, NL_ART_3_2),
    easter("Tweede Paasdag", 1, NL_ART_3_1),
    fixed("Koningsdag", 4, 27, NL_ART_3_1)
        .since(2014)
        .moved(SUNDAY_TO_SATURDAY),
    fixed("Koninginnedag", 4, 30, NL_ART_3_1)
        .since(1980)
        .until(2013)
        .moved(SUNDAY_TO_SATURDAY),
    fixed("Bevrijdingsdag", 5, 5, NL_ART_3_1),
    easter("Hemelvaartsdag", 39, NL_ART_3_1),
    easter("Tweede Pinksterdag", 50, NL_ART_3_1),
    fixed("Eerste Kerstdag", 12, 25, NL_ART_3_1),
    fixed("Tweede Kerstdag", 12, 26, NL_ART_3_1),
    one_day("Vrijdag na Koningsdag", 2023, 4, 28, NL_2023),
    one_day("Vrijdag na Hemelvaartsdag", 2023, 5, 19, NL_2023),
    one_day("Vrijdag na Hemelvaartsdag", 2024, 5, 10, NL_2023),
    one_day("Vrijdag na Tweede Kerstdag", 2024, 12, 27, NL_2023),
    one_day("Vrijdag na Hemelvaartsdag", 2025, 5, 30, NL_2023),
    one_day("Vrijdag na Nieuwjaarsdag", 2026, 1, 2, NL_2026),
    one_day("Vrijdag na Hemelvaartsdag", 2026, 5, 15, NL_2026),
    one_day("Vrijdag na Hemelvaartsdag", 2027, 5, 7, NL_2026),
    one_day("Vrijdag na Koningsdag", 2028, 4, 28, NL_2026),
    one_day("Vrijdag na Hemelvaartsdag", 2028, 5, 26, NL_2026),
];
/// The days the Algemene termijnenwet makes or equates with public holidays: New Year's Day,
/// Easter Monday, Ascension Day, Whit Monday, King's Day (27 April, or 26 April when the 27th
/// is a Sunday), 5 May and both Christmas days (art. 3(1)); Good Friday (art. 3(2)); and the
/// days royal decrees equate with them (art. 3(3)), from 2023 to 2028.
#[expect(
    non_upper_case_globals,
    reason = "named like the unit struct it replaces, so that `&Netherlands` keeps compiling"
)]
pub static Netherlands: Calendar = state(
    "NL",
    NL_HOLIDAYS,
    Some("Algemene termijnenwet, art. 3 (as quoted by staatsrechtpraktijk.nl); the decreed days from the titles of the two Besluiten gelijkstelling as cited on 4 October 2025 (sterfgeval.nl), not from the Staatscourant text"),
    "Decreed days after 2028 are not included: add them from the next Besluit gelijkstelling (art. 3(3)) as one-off dates. Local days (carnival in Limburg, Biddag in Urk) are not holidays under the Algemene termijnenwet.",
);

// ---------------------------------------------------------------------------------------
// Poland

const PL_LAW: &str = "Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1 (Dz.U. 2020 poz. 1920; Dz.U. 2024 poz. 1965)";
const PL_HOLIDAYS: &[Holiday] = &[
    fixed("Nowy Rok", 1, 1, PL_LAW),
    fixed("Święto Trzech Króli", 1, 6, PL_LAW).since(2011),
    easter("Pierwszy dzień Wielkiej Nocy", 0, PL_LAW),
    easter("Drugi dzień Wielkiej Nocy", 1, PL_LAW),
    fixed("Święto Państwowe", 5, 1, PL_LAW),
    fixed("Święto Narodowe Trzeciego Maja", 5, 3, PL_LAW),
    easter("Pierwszy dzień Zielonych Świątek", 49, PL_LAW),
    easter("Dzień Bożego Ciała", 60, PL_LAW),
    fixed("Wniebowzięcie Najświętszej Maryi Panny", 8, 15, PL_LAW),
    fixed("Wszystkich Świętych", 11, 1, PL_LAW),
    fixed("Narodowe Święto Niepodległości", 11, 11, PL_LAW),
    fixed("Wigilia Bożego Narodzenia", 12, 24, PL_LAW).since(2025),
    fixed("Pierwszy dzień Bożego Narodzenia", 12, 25, PL_LAW),
    fixed("Drugi dzień Bożego Narodzenia", 12, 26, PL_LAW),
];
static POLAND: Calendar = state(
    "PL",
    PL_HOLIDAYS,
    Some("art. 1 of the Act in the consolidated text Dz.U. 2020 poz. 1920 (sip.lex.pl) and the amendment of 6 December 2024 adding 24 December from 2025 (NSZZ Solidarność, tvn24.pl)"),
    "A holiday on a Saturday gives employees another day off, which is not a public holiday.",
);

// ---------------------------------------------------------------------------------------
// Portugal

const PT_LAW: &str = "Código do Trabalho, art. 234.º, n.º 1 (Lei n.º 8/2016)";
const PT_SUSPENDED: &[i32] = &[2013, 2014, 2015];
const PT_HOLIDAYS: &[Holiday] = &[
    fixed("Ano Novo", 1, 1, PT_LAW),
    easter("Sexta-Feira Santa", -2, PT_LAW),
    easter("Domingo de Páscoa", 0, PT_LAW),
    fixed("Dia da Liberdade", 4, 25, PT_LAW),
    fixed("Dia do Trabalhador", 5, 1, PT_LAW),
    easter("Corpo de Deus", 60, PT_LAW).except(PT_SUSPENDED),
    fixed("Dia de Portugal", 6, 10, PT_LAW),
    fixed("Assunção de Nossa Senhora", 8, 15, PT_LAW),
    fixed("Implantação da República", 10, 5, PT_LAW).except(PT_SUSPENDED),
    fixed("Dia de Todos os Santos", 11, 1, PT_LAW).except(PT_SUSPENDED),
    fixed("Restauração da Independência", 12, 1, PT_LAW).except(PT_SUSPENDED),
    fixed("Imaculada Conceição", 12, 8, PT_LAW),
    fixed("Natal", 12, 25, PT_LAW),
];
static PORTUGAL: Calendar = state(
    "PT",
    PT_HOLIDAYS,
    Some("art. 234.º of the Código do Trabalho as amended by Lei n.º 8/2016 (quoted by amartins.pt and noticiasaominuto.com; debates.parlamento.pt)"),
    "Carnival Tuesday and the municipal holiday are optional (art. 235.º) and local; the holidays of the Azores and Madeira are regional.",
);

// ---------------------------------------------------------------------------------------
// Romania

const RO_LAW: &str = "Codul muncii, art. 139 alin. (1)";
const RO_HOLIDAYS: &[Holiday] = &[
    fixed("Anul Nou", 1, 1, RO_LAW),
    fixed("Anul Nou (a doua zi)", 1, 2, RO_LAW),
    fixed(
        "Botezul Domnului – Boboteaza",
        1,
        6,
        "Codul muncii, art. 139 alin. (1) (Legea nr. 52/2023)",
    )
    .since(2024),
    fixed(
        "Soborul Sfântului Proroc Ioan Botezătorul",
        1,
        7,
        "Codul muncii, art. 139 alin. (1) (Legea nr. 52/2023)",
    )
    .since(2024),
    fixed("Ziua Unirii Principatelor Române", 1, 24, RO_LAW).since(2017),
    orthodox("Vinerea Mare", -2, RO_LAW).since(2018),
    orthodox("Paștele", 0, RO_LAW),
    orthodox("Paștele (a doua zi)", 1, RO_LAW),
    fixed("Ziua Muncii", 5, 1, RO_LAW),
    fixed("Ziua Copilului", 6, 1, RO_LAW).since(2017),
    orthodox("Rusaliile", 49, RO_LAW),
    orthodox("Rusaliile (a doua zi)", 50, RO_LAW),
    fixed("Adormirea Maicii Domnului", 8, 15, RO_LAW),
    fixed("Sfântul Apostol Andrei", 11, 30, RO_LAW).since(2012),
    fixed("Ziua Națională a României", 12, 1, RO_LAW),
    fixed("Crăciunul", 12, 25, RO_LAW),
    fixed("Crăciunul (a doua zi)", 12, 26, RO_LAW),
];
static ROMANIA: Calendar = state(
    "RO",
    RO_HOLIDAYS,
    Some("art. 139 of the Labour Code (codulmuncii.ro, itmconsulting.ro) and Legea nr. 52/2023 (Monitorul Oficial nr. 186 of 6 March 2023, as quoted by contabun.ro)"),
    "The two days for each of three feasts of other legal religions (art. 139(1), last indent) are personal. Bridge days the Government grants to the public sector are not included.",
);

// ---------------------------------------------------------------------------------------
// Slovakia

const SK_LAW: &str = "Zákon č. 241/1993 Z. z. o štátnych sviatkoch, dňoch pracovného pokoja a pamätných dňoch, §§ 1–2";
const SK_HOLIDAYS: &[Holiday] = &[
    fixed("Deň vzniku Slovenskej republiky", 1, 1, SK_LAW),
    fixed("Zjavenie Pána (Traja králi)", 1, 6, SK_LAW),
    easter("Veľký piatok", -2, SK_LAW),
    easter("Veľkonočný pondelok", 1, SK_LAW),
    fixed("Sviatok práce", 5, 1, SK_LAW),
    fixed(
        "Deň víťazstva nad fašizmom",
        5,
        8,
        "Zákon č. 241/1993 Z. z., § 2 ods. 2; not a day of rest in 2026 (zákon č. 261/2025 Z. z.)",
    )
    .except(&[2026]),
    fixed("Sviatok svätého Cyrila a svätého Metoda", 7, 5, SK_LAW),
    fixed("Výročie Slovenského národného povstania", 8, 29, SK_LAW),
    fixed(
        "Deň Ústavy Slovenskej republiky",
        9,
        1,
        "Zákon č. 241/1993 Z. z.; no longer a day of rest from 2024 (zákon č. 530/2023 Z. z.)",
    )
    .until(2023),
    fixed(
        "Sedembolestná Panna Mária",
        9,
        15,
        "Zákon č. 241/1993 Z. z., § 2 ods. 2; not a day of rest in 2026 (zákon č. 261/2025 Z. z.)",
    )
    .except(&[2026]),
    fixed("Sviatok Všetkých svätých", 11, 1, SK_LAW),
    fixed(
        "Deň boja za slobodu a demokraciu",
        11,
        17,
        "Zákon č. 241/1993 Z. z.; no longer a day of rest from 2025 (zákon č. 261/2025 Z. z.)",
    )
    .until(2024),
    fixed("Štedrý deň", 12, 24, SK_LAW),
    fixed("Prvý sviatok vianočný", 12, 25, SK_LAW),
    fixed("Druhý sviatok vianočný", 12, 26, SK_LAW),
];
static SLOVAKIA: Calendar = state(
    "SK",
    SK_HOLIDAYS,
    Some("the days of rest of zákon č. 241/1993 Z. z. (consolidated text on porada.sk), the 2024 change for 1 September (Národný inšpektorát práce, ip.gov.sk) and the changes of zákon č. 261/2025 Z. z. as reported (interez.sk, 3 November 2025); the Zbierka text of 261/2025 was not read"),
    "1 September, 28 October and, from 2025, 17 November are state holidays but working days. 8 May and 15 September are working days in 2026 only, as reported; if the suspension is extended, add nothing but remove them.",
);

// ---------------------------------------------------------------------------------------
// Slovenia

const SI_LAW: &str = "Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji";
const SI_HOLIDAYS: &[Holiday] = &[
    fixed("Novo leto", 1, 1, SI_LAW),
    fixed("Novo leto", 1, 2, SI_LAW).except(&[2013, 2014, 2015, 2016]),
    fixed("Prešernov dan, slovenski kulturni praznik", 2, 8, SI_LAW),
    easter("Velika noč", 0, SI_LAW),
    easter("Velikonočni ponedeljek", 1, SI_LAW),
    fixed("Dan upora proti okupatorju", 4, 27, SI_LAW),
    fixed("Praznik dela", 5, 1, SI_LAW),
    fixed("Praznik dela", 5, 2, SI_LAW),
    easter("Binkošti", 49, SI_LAW),
    fixed("Dan državnosti", 6, 25, SI_LAW),
    fixed("Marijino vnebovzetje", 8, 15, SI_LAW),
    fixed("Dan reformacije", 10, 31, SI_LAW),
    fixed("Dan spomina na mrtve", 11, 1, SI_LAW),
    fixed("Božič", 12, 25, SI_LAW),
    fixed("Dan samostojnosti in enotnosti", 12, 26, SI_LAW),
];
static SLOVENIA: Calendar = state(
    "SI",
    SI_HOLIDAYS,
    Some("the work-free days of the law as listed for 2025 and 2026 by siol.net and prazniki.si; the Uradni list text was not read"),
    "State holidays that are not work-free days (8 June, 17 August, 15 and 23 September, 25 October, 23 November) are working days. A holiday on a Sunday is not moved.",
);

// ---------------------------------------------------------------------------------------
// Spain

const ES_LAW: &str = "Estatuto de los Trabajadores, art. 37.2; Real Decreto 2001/1983, art. 45";
const ES_HOLIDAYS: &[Holiday] = &[
    fixed("Año Nuevo", 1, 1, ES_LAW),
    fixed("Epifanía del Señor", 1, 6, ES_LAW),
    easter("Viernes Santo", -2, ES_LAW),
    fixed("Fiesta del Trabajo", 5, 1, ES_LAW),
    fixed("Asunción de la Virgen", 8, 15, ES_LAW),
    fixed("Fiesta Nacional de España", 10, 12, ES_LAW),
    fixed("Todos los Santos", 11, 1, ES_LAW),
    fixed("Día de la Constitución Española", 12, 6, ES_LAW),
    fixed("Inmaculada Concepción", 12, 8, ES_LAW),
    fixed("Natividad del Señor", 12, 25, ES_LAW),
];
static SPAIN: Calendar = state(
    "ES",
    ES_HOLIDAYS,
    Some("the resolutions of the Dirección General de Trabajo on the 2025 (BOE-A-2024-21316) and 2026 (BOE-A-2025-21667) labour calendars, as reported (europapress.es, salamanca24horas.com, 28 October 2025)"),
    "The holidays common to all communities. Epiphany may be replaced by a community but every one kept it in 2025 and 2026. Maundy Thursday, Easter Monday, 19 March, 25 July, the Monday after a holiday on a Sunday, each community's own days and two local days are regional or local.",
);

// ---------------------------------------------------------------------------------------
// Sweden

const SE_LAW: &str = "Lag (1989:253) om allmänna helgdagar, 1–2 §§";
const SE_TIME: &str = "Lag (1930:173) om beräkning av lagstadgad tid, 2 §";
const SE_HOLIDAYS: &[Holiday] = &[
    fixed("Nyårsdagen", 1, 1, SE_LAW),
    fixed("Trettondedag jul", 1, 6, SE_LAW),
    easter("Långfredagen", -2, SE_LAW),
    easter("Påskdagen", 0, SE_LAW),
    easter("Annandag påsk", 1, SE_LAW),
    fixed("Första maj", 5, 1, SE_LAW),
    easter("Kristi himmelsfärdsdag", 39, SE_LAW),
    easter("Pingstdagen", 49, SE_LAW),
    easter("Annandag pingst", 50, SE_LAW).until(2004),
    fixed("Nationaldagen", 6, 6, SE_LAW).since(2005),
    on_or_after("Midsommarafton", 6, 19, Friday, SE_TIME),
    on_or_after("Midsommardagen", 6, 20, Saturday, SE_LAW),
    on_or_after("Alla helgons dag", 10, 31, Saturday, SE_LAW),
    fixed("Julafton", 12, 24, SE_TIME),
    fixed("Juldagen", 12, 25, SE_LAW),
    fixed("Annandag jul", 12, 26, SE_LAW),
    fixed("Nyårsafton", 12, 31, SE_TIME),
];
static SWEDEN: Calendar = state(
    "SE",
    SE_HOLIDAYS,
    Some("Lag (1989:253) om allmänna helgdagar (riksdagen.se) and lag (1930:173) om beräkning av lagstadgad tid, 2 § (lagen.nu, Karnov), which ends no time limit on Midsummer Eve, Christmas Eve or New Year's Eve"),
    REGIONAL,
);

// ---------------------------------------------------------------------------------------
// Iceland

const IS_LAW: &str =
    "Lög nr. 88/1971 um 40 stunda vinnuviku, 6. gr.; lög nr. 32/1997 um helgidagafrið";
const IS_HOLIDAYS: &[Holiday] = &[
    fixed("Nýársdagur", 1, 1, IS_LAW),
    easter("Skírdagur", -3, IS_LAW),
    easter("Föstudagurinn langi", -2, IS_LAW),
    easter("Páskadagur", 0, IS_LAW),
    easter("Annar í páskum", 1, IS_LAW),
    on_or_after("Sumardagurinn fyrsti", 4, 19, Thursday, IS_LAW),
    fixed("Verkalýðsdagurinn", 5, 1, IS_LAW),
    easter("Uppstigningardagur", 39, IS_LAW),
    easter("Hvítasunnudagur", 49, IS_LAW),
    easter("Annar í hvítasunnu", 50, IS_LAW),
    fixed("Þjóðhátíðardagurinn", 6, 17, IS_LAW),
    nth("Frídagur verslunarmanna", 8, Monday, 1, IS_LAW),
    fixed("Jóladagur", 12, 25, IS_LAW),
    fixed("Annar í jólum", 12, 26, IS_LAW),
];
static ICELAND: Calendar = state(
    "IS",
    IS_HOLIDAYS,
    Some("the statutory days off of lög nr. 88/1971 and lög nr. 32/1997 as listed by the University of Iceland (visindavefur.is; almanak.hi.is)"),
    "24 and 31 December are holidays from 13:00 only and are not counted as whole holidays.",
);

// ---------------------------------------------------------------------------------------
// Liechtenstein

const LI_LAW: &str = "Arbeitsgesetz, Art. 18 Abs. 2";
const LI_CONVENTION: &str = "Notifikation nach Art. 11 des Europäischen Übereinkommens über die Berechnung von Fristen (ab 1. März 2021)";
const LI_HOLIDAYS: &[Holiday] = &[
    fixed("Neujahr", 1, 1, LI_LAW),
    fixed("Berchtoldstag", 1, 2, LI_CONVENTION),
    fixed("Heilige Drei Könige", 1, 6, LI_LAW),
    fixed("Maria Lichtmess", 2, 2, LI_CONVENTION),
    easter("Fasnachtsdienstag", -47, LI_CONVENTION),
    fixed("Josefstag", 3, 19, LI_CONVENTION),
    easter("Karfreitag", -2, LI_CONVENTION),
    easter("Ostermontag", 1, LI_LAW),
    fixed("Tag der Arbeit", 5, 1, LI_LAW),
    easter("Auffahrt", 39, LI_LAW),
    easter("Pfingstmontag", 50, LI_LAW),
    easter("Fronleichnam", 60, LI_LAW),
    fixed("Staatsfeiertag (Mariä Himmelfahrt)", 8, 15, LI_LAW),
    fixed("Mariä Geburt", 9, 8, LI_LAW),
    fixed("Allerheiligen", 11, 1, LI_LAW),
    fixed("Mariä Empfängnis", 12, 8, LI_LAW),
    fixed("Heiliger Abend", 12, 24, LI_CONVENTION),
    fixed("Weihnachten", 12, 25, LI_LAW),
    fixed("Stephanstag", 12, 26, LI_LAW),
    fixed("Silvester", 12, 31, LI_CONVENTION),
];
static LIECHTENSTEIN: Calendar = state(
    "LI",
    LI_HOLIDAYS,
    Some("Liechtenstein's notification of 23 March 2021 under art. 11 of the European Convention on the Calculation of Time-Limits, published in Austria as BGBl. III Nr. 58/2021 (RIS), and Arbeitsgesetz Art. 18 Abs. 2 (LGBl. 1986 Nr. 85, gesetze.li)"),
    "The days Liechtenstein notified as holidays for the calculation of time limits, which include bank holidays that are not holidays under the Arbeitsgesetz.",
);

// ---------------------------------------------------------------------------------------
// Norway

const NO_LAW: &str = "Lov om helligdager og helligdagsfred (1995), § 2";
const NO_MAY: &str = "Lov om 1. og 17. mai som høgtidsdager (1947), § 1";
const NO_HOLIDAYS: &[Holiday] = &[
    fixed("Nyttårsdag", 1, 1, NO_LAW),
    easter("Skjærtorsdag", -3, NO_LAW),
    easter("Langfredag", -2, NO_LAW),
    easter("Første påskedag", 0, NO_LAW),
    easter("Annen påskedag", 1, NO_LAW),
    fixed("Offentlig høytidsdag", 5, 1, NO_MAY),
    fixed("Grunnlovsdag", 5, 17, NO_MAY),
    easter("Kristi himmelfartsdag", 39, NO_LAW),
    easter("Første pinsedag", 49, NO_LAW),
    easter("Annen pinsedag", 50, NO_LAW),
    fixed("Første juledag", 12, 25, NO_LAW),
    fixed("Annen juledag", 12, 26, NO_LAW),
];
static NORWAY: Calendar = state(
    "NO",
    NO_HOLIDAYS,
    Some("Lov om helligdager og helligdagsfred § 2 (rettsdata.no) and lov om 1. og 17. mai som høgtidsdager § 1 (arbeidstilsynet.no)"),
    REGIONAL,
);

// ---------------------------------------------------------------------------------------
// Weekends only

/// No public holidays: only Saturdays and Sundays are not working days.
#[expect(
    non_upper_case_globals,
    reason = "named like the unit struct it replaces, so that `&NoHolidays` keeps compiling"
)]
pub static NoHolidays: Calendar = Calendar {
    id: Cow::Borrowed("weekends-only"),
    country: None,
    extends: None,
    holidays: Cow::Borrowed(&[]),
    checked_against: None,
    note: None,
    origin: Origin::WeekendsOnly,
};

/// The built-in calendar for a state, or for a territory that is part of one.
pub(super) fn calendar_of(state: Country) -> Option<&'static Calendar> {
    Some(match state.code() {
        "AT" => &AUSTRIA,
        "BE" => &Belgium,
        "BG" => &BULGARIA,
        "HR" => &CROATIA,
        "CY" => &CYPRUS,
        "CZ" => &CZECHIA,
        "DK" => &DENMARK,
        "EE" => &ESTONIA,
        "FI" | "AX" => &FINLAND,
        "FR" | "GF" | "GP" | "MQ" | "RE" | "YT" | "MF" => &FRANCE,
        "DE" => &GERMANY,
        "GR" => &GREECE,
        "HU" => &HUNGARY,
        "IE" => &IRELAND,
        "IT" => &ITALY,
        "LV" => &LATVIA,
        "LT" => &LITHUANIA,
        "LU" => &LUXEMBOURG,
        "MT" => &MALTA,
        "NL" => &Netherlands,
        "PL" => &POLAND,
        "PT" => &PORTUGAL,
        "RO" => &ROMANIA,
        "SK" => &SLOVAKIA,
        "SI" => &SLOVENIA,
        "ES" => &SPAIN,
        "SE" => &SWEDEN,
        "IS" => &ICELAND,
        "LI" => &LIECHTENSTEIN,
        "NO" => &NORWAY,
        _ => return None,
    })
}

/// Every built-in national calendar, in the order of their codes.
pub(crate) fn all() -> [&'static Calendar; 30] {
    [
        &AUSTRIA,
        &Belgium,
        &BULGARIA,
        &CYPRUS,
        &CZECHIA,
        &GERMANY,
        &DENMARK,
        &ESTONIA,
        &SPAIN,
        &FINLAND,
        &FRANCE,
        &GREECE,
        &CROATIA,
        &HUNGARY,
        &IRELAND,
        &ICELAND,
        &ITALY,
        &LIECHTENSTEIN,
        &LITHUANIA,
        &LUXEMBOURG,
        &LATVIA,
        &MALTA,
        &Netherlands,
        &NORWAY,
        &POLAND,
        &PORTUGAL,
        &ROMANIA,
        &SWEDEN,
        &SLOVENIA,
        &SLOVAKIA,
    ]
}
