//! Personal data breaches (Art. 33, 34): the worked cases of the EDPB Guidelines 01/2021, the
//! deadlines, the exemptions, the authority, the register, and the fail-safe properties.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use chrono::{DateTime, FixedOffset};
use gdpr::assess::{
    assess_breach, AssessError, AuthorityBasis, AuthorityNotification as A, BreachDecision,
    BreachFact, BreachReason, Duty, RiskLevel, SubjectCommunication as S,
};
use gdpr::notice::Language;
use gdpr::{
    AffectedData, Consequence, Consequences, Count, CountRange, Exposure, Period,
    PersonalDataBreach, Policy, Protection, ProtectionMeasure,
};

fn policy() -> Policy {
    Policy::from_json(include_str!("fixtures/breach_cases.json")).unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// Awareness on Friday 27 November 2026, 09:30 in Amsterdam; assessed an hour later.
fn aware() -> DateTime<FixedOffset> {
    at("2026-11-27T09:30:00+01:00")
}

fn soon() -> DateTime<FixedOffset> {
    at("2026-11-27T10:30:00+01:00")
}

/// A breach of the data of these activities, known since [`aware`], nothing else stated.
fn incident(activities: &[&str]) -> PersonalDataBreach {
    PersonalDataBreach::default().aware_at(aware()).affected(
        activities
            .iter()
            .map(|a| AffectedData::activity(*a))
            .collect(),
    )
}

fn only(activity: &str, categories: &[&str]) -> AffectedData {
    AffectedData {
        activity: activity.into(),
        data_categories: Some(categories.iter().map(|c| (*c).to_owned()).collect()),
        data_subjects: None,
    }
}

fn kinds(b: &mut PersonalDataBreach, c: bool, i: bool, a: bool) {
    b.kinds.confidentiality = Some(c);
    b.kinds.integrity = Some(i);
    b.kinds.availability = Some(a);
}

fn protected(measure: ProtectionMeasure) -> Protection {
    Protection {
        measure: Some(measure),
        state_of_the_art: Some(true),
        key_safe: Some(true),
    }
}

/// These consequences judged possible, every other one not.
fn possible(which: &[Consequence]) -> Consequences {
    let mut c = Consequences::none();
    for w in which {
        let slot = match w {
            Consequence::IdentityTheft => &mut c.identity_theft,
            Consequence::Fraud => &mut c.fraud,
            Consequence::FinancialLoss => &mut c.financial_loss,
            Consequence::Discrimination => &mut c.discrimination,
            Consequence::ReputationalDamage => &mut c.reputational_damage,
            Consequence::PhysicalHarm => &mut c.physical_harm,
            Consequence::ProfessionalSecrecy => &mut c.professional_secrecy,
            _ => &mut c.other_significant_disadvantage,
        };
        *slot = Some(true);
    }
    c
}

/// The data were readable (no encryption) and reached by `who`.
fn readable_by(b: &mut PersonalDataBreach, who: Exposure) {
    b.protection = unprotected();
    b.accessed_by = Some(who);
}

fn unprotected() -> Protection {
    Protection {
        measure: Some(ProtectionMeasure::None),
        ..Protection::default()
    }
}

fn decide(b: &PersonalDataBreach) -> BreachDecision {
    assess_breach(&policy(), b, soon()).unwrap()
}

fn answers(b: &PersonalDataBreach) -> (A, S) {
    let d = decide(b);
    (d.authority, d.subjects)
}

fn has(d: &BreachDecision, wanted: &BreachReason) -> bool {
    d.reasons.iter().any(|r| &r.reason == wanted)
}

fn codes(d: &BreachDecision) -> Vec<String> {
    d.reasons
        .iter()
        .map(|r| {
            serde_json::to_value(r).unwrap()["code"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

mod edpb_guidelines_01_2021 {
    //! Each worked case of the EDPB Guidelines 01/2021 on Examples regarding Personal Data
    //! Breach Notification (version 2.0, adopted 14 December 2021), with the facts the
    //! guidelines give and both of their answers: notification to the supervisory authority,
    //! communication to the data subjects (the "Actions necessary based on the identified
    //! risks" table that closes each case). The sections: ransomware 2.1–2.4 (cases 01–04),
    //! data exfiltration attacks 3.1–3.3 (05–07), internal human risk source 4.1–4.2
    //! (08–09), lost or stolen devices and paper documents 5.1–5.3 (10–12), mispostal
    //! 6.1–6.4 (13–16), social engineering 7.1–7.2 (17–18).

    use super::*;

    /// Case No. 01 (section 2.1, paragraphs 16–25): ransomware encrypts a small
    /// manufacturer's systems; the data were encrypted at rest with a state-of-the-art
    /// algorithm whose key the attacker could not reach; logs show nothing left; a backup
    /// restored everything within hours, with no effect on employees or clients. The
    /// guidelines count the ransomware's reach as unauthorised access (paragraph 17), the
    /// cipher text's confidentiality as compromised but harmless (paragraph 20), and the
    /// short loss as minor (paragraph 22). Table after paragraph 25: no notification, no
    /// communication.
    #[test]
    fn case_01_ransomware_with_proper_backup_and_without_exfiltration() {
        let mut b = incident(&["sales", "staff"]);
        kinds(&mut b, true, true, true);
        b.subjects = Some(Count::Range(CountRange {
            min: 24,
            max: Some(60),
        }));
        b.protection = protected(ProtectionMeasure::Encryption);
        b.accessed_by = Some(Exposure::UnknownParty);
        b.backup = Some(true);
        b.restored = Some(true);
        b.unavailable_for = Some("PT5H".parse::<Period>().unwrap());
        b.effect_on_subjects = Some(false);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NotRequired, S::NotRequired));
        assert!(has(
            &d,
            &BreachReason::Unintelligible {
                measure: ProtectionMeasure::Encryption
            }
        ));
        assert!(has(&d, &BreachReason::DocumentInRegister));
        assert!(d.open_questions.is_empty());
    }

    /// Case No. 02's facts, with no word on who reached the data.
    fn case_02(confidentiality: bool) -> PersonalDataBreach {
        let mut b = incident(&["sales", "staff"]);
        kinds(&mut b, confidentiality, true, true);
        b.subjects = Some(Count::Range(CountRange {
            min: 24,
            max: Some(60),
        }));
        b.protection = unprotected();
        b.backup = Some(false);
        b.restored = Some(true);
        b.unavailable_for = Some("P5D".parse::<Period>().unwrap());
        b.effect_on_subjects = Some(true);
        b.consequences = Consequences::none();
        b
    }

    /// Case No. 02 (section 2.2): ransomware at an agricultural company, data not encrypted
    /// at rest, no electronic backup; logs show nothing left the network. The data of a few
    /// dozen employees and clients were rebuilt from paper over five working days, delaying
    /// deliveries to customers a little. Notify; no communication.
    #[test]
    fn case_02_ransomware_without_proper_backup() {
        let d = decide(&case_02(false));
        assert_eq!((d.authority, d.subjects), (A::Notify, S::NotRequired));
        assert!(has(
            &d,
            &BreachReason::EffectOnSubjects {
                kind: gdpr::assess::BreachKind::Availability
            }
        ));
    }

    /// Case No. 02 read the way paragraph 17 and footnote 11 read case 01: the ransomware's
    /// reach of the data counts as unauthorised access, though nothing left the network. The
    /// answers stay those of case 02: the loss is what calls for the notification.
    #[test]
    fn case_02_with_the_ransomware_access_counted_as_a_disclosure_keeps_its_answers() {
        let mut b = case_02(true);
        assert_eq!(answers(&b), (A::Notify, S::NotRequired));
        b.accessed_by = Some(Exposure::UnknownParty);
        assert_eq!(answers(&b), (A::Notify, S::NotRequired));
    }

    /// Case No. 03: ransomware at a hospital encrypts much of its information system,
    /// thousands of patients' and employees' data; nothing was exfiltrated, and the backup
    /// brought the data back in two working days — but operations were cancelled or
    /// postponed meanwhile. Notify, and tell the patients.
    #[test]
    fn case_03_ransomware_with_backup_and_without_exfiltration_in_a_hospital() {
        let mut b = incident(&["care"]);
        kinds(&mut b, false, true, true);
        b.backup = Some(true);
        b.restored = Some(true);
        b.unavailable_for = Some("P2D".parse::<Period>().unwrap());
        b.effect_on_subjects = Some(true);
        b.consequences = possible(&[Consequence::PhysicalHarm]);
        assert_eq!(answers(&b), (A::Notify, S::Communicate));
    }

    /// Case No. 04: ransomware at a public transport company encrypts the server and its
    /// backup, and exfiltrates the identity data, identity card numbers and credit card
    /// details of thousands of customers. Notify, and tell the customers.
    #[test]
    fn case_04_ransomware_without_backup_and_with_exfiltration() {
        let mut b = incident(&["travel"]);
        kinds(&mut b, true, true, true);
        readable_by(&mut b, Exposure::UnknownParty);
        b.backup = Some(false);
        b.restored = Some(false);
        b.consequences = possible(&[
            Consequence::IdentityTheft,
            Consequence::Fraud,
            Consequence::FinancialLoss,
        ]);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(has(&d, &BreachReason::NationalNumbersExposed));
    }

    /// Case No. 05: malicious code on an employment agency's website made the 213 job
    /// applications submitted through its form readable to the attacker, for a month before
    /// it was found, with tools to erase the traces of exfiltration. No special categories.
    /// Notify, and tell the applicants.
    #[test]
    fn case_05_exfiltration_of_job_application_data_from_a_website() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only("recruitment", &["contact", "cv"])]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(213));
        readable_by(&mut b, Exposure::UnknownParty);
        b.consequences = possible(&[Consequence::IdentityTheft, Consequence::Fraud]);
        assert_eq!(answers(&b), (A::Notify, S::Communicate));
    }

    /// Case No. 06: an SQL injection on a cooking website copied the user table: arbitrary
    /// pseudonyms and passwords hashed with a state-of-the-art algorithm and salt, the salt
    /// not compromised; 1 200 users. No notification, no communication (the controller may
    /// still advise users to change passwords).
    #[test]
    fn case_06_exfiltration_of_hashed_password_from_a_website() {
        let mut b = incident(&["community"]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(1200));
        b.protection = protected(ProtectionMeasure::SaltedHash);
        b.accessed_by = Some(Exposure::UnknownParty);
        assert_eq!(answers(&b), (A::NotRequired, S::NotRequired));
    }

    /// Case No. 07: attackers tried every user id of a bank's website with one trivial
    /// password; a flaw of the site leaked the name, sex, date and place of birth, fiscal
    /// code and user ids of about 100 000 customers, and about 2 000 accounts using that
    /// password were entered (no transactions made). Notify, and tell the customers whose
    /// data were disclosed or whose accounts were entered.
    #[test]
    fn case_07_credential_stuffing_attack_on_a_banking_website() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only(
            "banking",
            &["identity", "tax_code", "banking_login"],
        )]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Range(CountRange {
            min: 100_000,
            max: None,
        }));
        readable_by(&mut b, Exposure::UnknownParty);
        b.consequences = possible(&[Consequence::IdentityTheft, Consequence::Fraud]);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(has(&d, &BreachReason::NationalNumbersExposed));
    }

    /// Case No. 08: during his notice period an employee copies the customer base (basic
    /// contact data) and later uses it to canvass them for his own business. The controller
    /// has no assurance about his intentions: notify; the consequences are limited to
    /// unwanted canvassing, so no communication is required.
    #[test]
    fn case_08_exfiltration_of_business_data_by_an_employee() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only("sales", &["contact"])]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::Insider);
        b.deletion_confirmed = Some(false);
        b.consequences = Consequences::none();
        assert_eq!(answers(&b), (A::Notify, S::NotRequired));
    }

    /// Case No. 09: through a faulty spreadsheet an insurance agent received the contact and
    /// policy data (type, amount) of two dozen customers outside his remit; bound by
    /// professional secrecy, he reported it and confirmed the deletion in writing. No
    /// notification, no communication.
    #[test]
    fn case_09_accidental_transmission_of_data_to_a_trusted_third_party() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only("sales", &["contact", "orders"])]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(24));
        readable_by(&mut b, Exposure::TrustedRecipient);
        b.deletion_confirmed = Some(true);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NotRequired, S::NotRequired));
        assert!(has(
            &d,
            &BreachReason::DisclosureContained {
                accessed_by: Exposure::TrustedRecipient
            }
        ));
    }

    /// Case No. 10: two tablets of a day-care centre are stolen in a break-in; the app's data
    /// on the children (names, birth dates, notes on their development) were encrypted, the
    /// tablets switched off and protected by a strong password, a backup holds everything,
    /// and the tablets were wiped remotely. No notification, no communication.
    #[test]
    fn case_10_stolen_material_storing_encrypted_personal_data() {
        let mut b = incident(&["day_care"]);
        kinds(&mut b, true, false, true);
        b.protection = protected(ProtectionMeasure::Encryption);
        b.accessed_by = Some(Exposure::UnknownParty);
        b.backup = Some(true);
        b.effect_on_subjects = Some(false);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NotRequired, S::NotRequired));
        // Children's data: were it readable, the risk would be high; Art. 34(3)(a) is why not.
        assert!(has(&d, &BreachReason::ExemptUnintelligible));
    }

    /// Case No. 11: a service provider's employee's notebook, neither encrypted nor
    /// password-protected, is stolen with the names, sex, addresses and dates of birth of
    /// more than 100 000 customers; daily backups hold the data. Notify, and tell the
    /// customers.
    #[test]
    fn case_11_stolen_material_storing_non_encrypted_personal_data() {
        let mut b = incident(&["services"]);
        kinds(&mut b, true, false, true);
        b.subjects = Some(Count::Range(CountRange {
            min: 100_000,
            max: None,
        }));
        readable_by(&mut b, Exposure::UnknownParty);
        b.backup = Some(true);
        b.effect_on_subjects = Some(false);
        b.consequences = possible(&[Consequence::IdentityTheft]);
        assert_eq!(answers(&b), (A::Notify, S::Communicate));
    }

    /// Case No. 12: the paper logbook of a drug rehabilitation centre, with patients'
    /// identities and health data, is stolen; it was not locked away and no copy exists.
    /// Notify, and tell the patients.
    #[test]
    fn case_12_stolen_paper_files_with_sensitive_data() {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, true);
        readable_by(&mut b, Exposure::UnknownParty);
        b.backup = Some(false);
        b.restored = Some(false);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(has(
            &d,
            &BreachReason::SpecialCategoriesExposed {
                categories: vec![gdpr::SpecialCategory::Health]
            }
        ));
        assert!(has(&d, &BreachReason::VulnerableSubjectsExposed));
    }

    /// Case No. 13: a shoe shop mixed up the packing slips (name, address, items) of two
    /// orders, so each customer received the other's parcel; the shop recalled both and sent
    /// them on to the right customers. No notification, no communication.
    #[test]
    fn case_13_postal_mail_mistake() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only("sales", &["contact", "orders"])]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(2));
        readable_by(&mut b, Exposure::KnownRecipients);
        b.deletion_confirmed = Some(true);
        assert_eq!(answers(&b), (A::NotRequired, S::NotRequired));
    }

    /// Case No. 14: a public employment office e-mails the job-seekers in its register about
    /// training courses, attaching by mistake a file with the name, e-mail and postal address
    /// and social security number of every one of them — more than 60 000 — and then asks
    /// the recipients to delete it. Notify, and tell the job-seekers.
    #[test]
    fn case_14_highly_confidential_personal_data_sent_by_mail_by_mistake() {
        let mut b = incident(&["job_placement"]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Range(CountRange {
            min: 60_000,
            max: None,
        }));
        readable_by(&mut b, Exposure::KnownRecipients);
        b.deletion_confirmed = Some(false);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(has(&d, &BreachReason::NationalNumbersExposed));
    }

    /// Case No. 15: the participant list of a five-day Legal English course (names, e-mail
    /// addresses, food preferences) goes to 15 former participants instead of the hotel.
    /// Two participants stated a lactose intolerance — health data — and none has a
    /// protected identity. The controller saw the mistake at once and asked the recipients
    /// to delete the list. The EDPB finds no damage that could follow, the health data
    /// notwithstanding: no notification, no communication.
    #[test]
    fn case_15_personal_data_sent_by_mail_by_mistake() {
        let mut b = incident(&["courses"]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(15));
        readable_by(&mut b, Exposure::KnownRecipients);
        b.consequences = Consequences::none();
        b.no_damage_identifiable = Some(true);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NotRequired, S::NotRequired));
        assert!(has(
            &d,
            &BreachReason::NoDamageIdentified {
                accessed_by: Exposure::KnownRecipients
            }
        ));
        assert!(!codes(&d).contains(&"special_categories_exposed".to_owned()));
        assert!(d.open_questions.is_empty());
    }

    /// Case No. 16: an enveloping machine puts two policyholders' car insurance letters
    /// (name, address, date of birth, unmasked registration number, this and next year's
    /// rates, mileage) into one envelope; one policyholder reads the other's letter. No
    /// special, payment or financial data, but data that are not public: the EDPB rates the
    /// effects as medium and the likelihood of misuse as low to medium. Notify; no
    /// communication.
    #[test]
    fn case_16_postal_mail_mistake() {
        let mut b = incident(&["insurance"]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(1));
        readable_by(&mut b, Exposure::KnownRecipients);
        b.deletion_confirmed = Some(false);
        b.consequences = Consequences::none();
        b.no_damage_identifiable = Some(false);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::NotRequired));
        assert!(!has(&d, &BreachReason::DamageNotRuledOut));
    }

    /// Case No. 17: a caller posing as a telecom customer passes the call centre's check
    /// with the customer's fiscal number and postal address and has the billing e-mail
    /// changed; the invoices go to him for a month until the customer complains and the
    /// change is reverted. Notify, and tell the customer.
    #[test]
    fn case_17_identity_theft() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only("telecom", &["contact", "call_records"])]);
        kinds(&mut b, true, true, false);
        b.subjects = Some(Count::Exactly(1));
        readable_by(&mut b, Exposure::UnknownParty);
        b.restored = Some(true);
        b.effect_on_subjects = Some(true);
        b.consequences = possible(&[Consequence::IdentityTheft, Consequence::Fraud]);
        assert_eq!(answers(&b), (A::Notify, S::Communicate));
    }

    /// Case No. 18: for three months, rules planted in a hypermarket chain's mailboxes moved
    /// every e-mail about invoices, payments, bank transfers, card authentication and bank
    /// details to a hidden folder and an outside address; posing as a supplier, the attacker
    /// had its bank details changed to his own and sent fake invoices. Notify, and tell the
    /// people concerned.
    #[test]
    fn case_18_email_exfiltration() {
        let mut b = incident(&["sales", "staff"]);
        kinds(&mut b, true, true, false);
        readable_by(&mut b, Exposure::UnknownParty);
        b.effect_on_subjects = Some(true);
        b.consequences = possible(&[Consequence::Fraud, Consequence::FinancialLoss]);
        assert_eq!(answers(&b), (A::Notify, S::Communicate));
    }
}

mod damage_finding {
    //! The controller's finding that no damage at all can be identified (Guidelines
    //! 01/2021, cases 15 and 16): what it neutralises, and what it never does.

    use super::*;

    /// Case 15's facts without the finding; no recipient has confirmed the deletion.
    fn course_list() -> PersonalDataBreach {
        let mut b = incident(&["courses"]);
        kinds(&mut b, true, false, false);
        b.subjects = Some(Count::Exactly(15));
        readable_by(&mut b, Exposure::KnownRecipients);
        b.deletion_confirmed = Some(false);
        b.consequences = Consequences::none();
        b
    }

    #[test]
    fn without_the_finding_health_data_to_known_recipients_are_presumed_a_high_risk() {
        let d = decide(&course_list());
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(has(&d, &BreachReason::DamageNotRuledOut));
        let r = d
            .reasons
            .iter()
            .find(|r| r.reason == BreachReason::DamageNotRuledOut)
            .unwrap();
        assert_eq!(r.citation.to_string(), "Art. 33(1)");
        assert_eq!(
            r.guidance.as_ref().unwrap().label(Language::English),
            "EDPB Guidelines 01/2021, cases 15, 16"
        );
    }

    #[test]
    fn the_finding_never_counts_for_an_unknown_party_the_public_or_an_insider() {
        for who in [Exposure::UnknownParty, Exposure::Public, Exposure::Insider] {
            let mut b = course_list();
            b.accessed_by = Some(who);
            b.no_damage_identifiable = Some(true);
            let d = decide(&b);
            assert_eq!(
                (d.authority, d.subjects),
                (A::Notify, S::Communicate),
                "{who:?}"
            );
            assert!(!has(&d, &BreachReason::DamageNotRuledOut), "{who:?}");
        }
    }

    #[test]
    fn a_damage_judged_possible_outweighs_the_finding() {
        let mut b = course_list();
        b.no_damage_identifiable = Some(true);
        b.consequences.discrimination = Some(true);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(!codes(&d).contains(&"no_damage_identified".to_owned()));
    }

    #[test]
    fn the_finding_with_damage_not_yet_judged_asks_for_the_judgement() {
        let mut b = course_list();
        b.no_damage_identifiable = Some(true);
        b.consequences = Consequences::default();
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NeedsReview, S::NeedsReview));
        let asked: Vec<(BreachFact, Duty)> = d
            .open_questions
            .iter()
            .map(|q| (q.fact, q.decides))
            .collect();
        assert_eq!(asked.len(), 8, "one question per damage: {asked:?}");
        assert!(asked.iter().all(|(_, duty)| *duty == Duty::NotifyAuthority));
        assert!(d
            .open_questions
            .iter()
            .all(|q| q.citation.to_string() == "Art. 33(1)"));
    }

    #[test]
    fn the_finding_leaves_a_loss_that_affected_the_subjects_notifiable() {
        let mut b = course_list();
        b.no_damage_identifiable = Some(true);
        b.kinds.availability = Some(true);
        b.backup = Some(false);
        b.restored = Some(false);
        b.effect_on_subjects = Some(true);
        assert_eq!(answers(&b), (A::Notify, S::NotRequired));
    }

    #[test]
    fn the_finding_is_kept_in_the_register_entry() {
        let mut b = course_list();
        b.no_damage_identifiable = Some(true);
        let d = decide(&b);
        assert_eq!(d.register_entry.facts.no_damage_identifiable, Some(true));
        let json = serde_json::to_value(&d.register_entry.facts).unwrap();
        assert_eq!(json["no_damage_identifiable"], true);
    }
}

mod fail_safe {
    use super::*;

    #[test]
    fn a_breach_known_only_by_its_data_needs_review_with_questions() {
        let b = incident(&["sales"]);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NeedsReview, S::NeedsReview));
        assert_eq!(d.risk.at_least, RiskLevel::Unlikely);
        assert_eq!(d.risk.at_most, RiskLevel::HighRisk);
        let facts: Vec<BreachFact> = d.open_questions.iter().map(|q| q.fact).collect();
        assert!(facts.contains(&BreachFact::Confidentiality));
        assert!(facts.contains(&BreachFact::ProtectionMeasure));
        assert!(d.open_questions.iter().all(|q| q.decides != Duty::Deadline));
        assert!(has(&d, &BreachReason::RiskUndetermined));
        assert!(has(&d, &BreachReason::PhasedNotification));
    }

    #[test]
    fn an_unknown_key_keeps_encryption_from_counting() {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, false);
        b.protection = Protection {
            measure: Some(ProtectionMeasure::Encryption),
            state_of_the_art: Some(true),
            key_safe: None,
        };
        b.accessed_by = Some(Exposure::UnknownParty);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NeedsReview, S::NeedsReview));
        assert_eq!(
            d.open_questions.iter().map(|q| q.fact).collect::<Vec<_>>(),
            vec![BreachFact::KeySafe]
        );
        assert_eq!(d.open_questions[0].citation.to_string(), "Art. 34(3)(a)");
    }

    #[test]
    fn a_compromised_key_makes_encrypted_health_data_a_high_risk() {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, false);
        b.protection = Protection {
            measure: Some(ProtectionMeasure::Encryption),
            state_of_the_art: Some(true),
            key_safe: Some(false),
        };
        b.accessed_by = Some(Exposure::UnknownParty);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::Communicate));
        assert!(has(&d, &BreachReason::KeyCompromised));
        assert!(!has(&d, &BreachReason::ExemptUnintelligible));
    }

    #[test]
    fn an_unjudged_consequence_leaves_the_subjects_open_but_not_the_authority() {
        let mut b = incident(&[]);
        b.affected = Some(vec![only("sales", &["contact"])]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::Public);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::NeedsReview));
        assert!(d
            .open_questions
            .iter()
            .all(|q| q.decides == Duty::CommunicateToSubjects
                && q.citation.to_string() == "Art. 34(1)"));
        assert_eq!(d.open_questions.len(), 8, "one question per consequence");
    }

    #[test]
    fn a_contained_disclosure_of_health_data_still_goes_to_the_authority() {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::TrustedRecipient);
        b.deletion_confirmed = Some(true);
        b.consequences = Consequences::none();
        assert_eq!(answers(&b), (A::Notify, S::NotRequired));
    }

    #[test]
    fn no_personal_data_or_nothing_compromised_is_no_personal_data_breach() {
        let mut b = incident(&[]);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NotRequired, S::NotRequired));
        assert!(has(&d, &BreachReason::NoPersonalData));
        b = incident(&["sales"]);
        kinds(&mut b, false, false, false);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::NotRequired, S::NotRequired));
        assert!(has(&d, &BreachReason::NoSecurityCompromised));
    }
}

mod exemptions {
    use super::*;

    fn high_risk() -> PersonalDataBreach {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::Public);
        b
    }

    #[test]
    fn later_measures_that_remove_the_high_risk_spare_the_communication() {
        let mut b = high_risk();
        b.measures_remove_high_risk = Some(true);
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::NotRequired));
        assert!(has(&d, &BreachReason::ExemptSubsequentMeasures));
        assert_eq!(d.reasons.last().unwrap().citation.to_string(), "Art. 33(5)");
    }

    #[test]
    fn disproportionate_effort_means_a_public_communication() {
        let mut b = high_risk();
        b.communication_disproportionate = Some(true);
        let d = decide(&b);
        assert_eq!(d.subjects, S::PublicCommunication);
        let r = d
            .reasons
            .iter()
            .find(|r| r.reason == BreachReason::PublicCommunicationInstead)
            .unwrap();
        assert_eq!(r.citation.to_string(), "Art. 34(3)(c)");
        assert!(d.deadlines.subjects_without_undue_delay);
    }
}

mod deadlines {
    use super::*;

    fn notifiable() -> PersonalDataBreach {
        let mut b = incident(&["sales"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::UnknownParty);
        b.consequences = Consequences::none();
        b
    }

    #[test]
    fn the_target_is_72_hours_after_awareness_and_the_periods_regulation_end_is_later() {
        let mut b = notifiable();
        b.aware_at = Some(at("2026-11-27T09:30:00+01:00"));
        let d = decide(&b);
        let deadline = d.deadlines.authority.unwrap();
        assert_eq!(deadline.target.to_rfc3339(), "2026-11-30T09:30:00+01:00");
        // Regulation 1182/71 starts at 10:00, the next full hour.
        assert_eq!(
            deadline.periods_regulation.ends_local.to_rfc3339(),
            "2026-11-30T10:00:00+01:00"
        );
        assert!(deadline.target < deadline.periods_regulation.ends_local);
        assert!(!deadline.late);
    }

    #[test]
    fn hours_elapse_across_the_end_of_summer_time() {
        let mut b = notifiable();
        b.aware_at = Some(at("2026-10-23T14:20:00+02:00"));
        let d = assess_breach(&policy(), &b, at("2026-10-23T15:00:00+02:00")).unwrap();
        let deadline = d.deadlines.authority.unwrap();
        // 72 elapsed hours: 12:20 UTC on Monday, 13:20 on the Dutch clock after the change.
        assert_eq!(
            deadline.target.to_utc().to_rfc3339(),
            "2026-10-26T12:20:00+00:00"
        );
        assert_eq!(
            deadline.periods_regulation.ends_local.to_rfc3339(),
            "2026-10-26T14:00:00+01:00"
        );
    }

    #[test]
    fn past_the_target_the_notification_must_give_reasons() {
        let b = notifiable();
        let d = assess_breach(&policy(), &b, at("2026-12-01T08:00:00+01:00")).unwrap();
        assert!(d.deadlines.authority.unwrap().late);
        let late = d
            .reasons
            .iter()
            .find(|r| matches!(r.reason, BreachReason::LateNotificationNeedsReasons { .. }))
            .unwrap();
        assert_eq!(late.citation.to_string(), "Art. 33(1)");
    }

    #[test]
    fn a_notification_after_the_target_is_late_and_one_before_is_not() {
        let mut b = notifiable();
        b.authority_notified_at = Some(at("2026-11-30T11:00:00+01:00"));
        b.delay_reasons = Some("forensic report awaited".into());
        let d = decide(&b);
        assert!(d.deadlines.authority.as_ref().unwrap().late);
        assert!(codes(&d).contains(&"notified_late".to_owned()));
        assert_eq!(
            d.register_entry.facts.delay_reasons.as_deref(),
            Some("forensic report awaited")
        );
        b.authority_notified_at = Some(at("2026-11-28T11:00:00+01:00"));
        assert!(!decide(&b).deadlines.authority.unwrap().late);
    }

    #[test]
    fn an_unknown_awareness_is_asked_for_the_deadline() {
        let mut b = notifiable();
        b.aware_at = None;
        let d = decide(&b);
        assert_eq!(d.authority, A::Notify);
        assert!(d.deadlines.authority.is_none());
        let q = d.open_questions.last().unwrap();
        assert_eq!((q.fact, q.decides), (BreachFact::AwareAt, Duty::Deadline));
    }

    #[test]
    fn no_deadline_when_no_notification_is_required() {
        let mut b = notifiable();
        b.protection = protected(ProtectionMeasure::Encryption);
        let d = decide(&b);
        assert_eq!(d.authority, A::NotRequired);
        assert!(d.deadlines.authority.is_none());
        assert!(!d.deadlines.subjects_without_undue_delay);
    }
}

mod processor {
    use super::*;

    #[test]
    fn a_processor_informs_the_controller_and_does_not_notify() {
        let mut b = incident(&["payroll_service"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::UnknownParty);
        let d = decide(&b);
        assert_eq!(
            (d.authority, d.subjects),
            (A::ControllerDecides, S::ControllerDecides)
        );
        assert!(d.deadlines.controller_without_undue_delay);
        assert!(d.deadlines.authority.is_none());
        let first = &d.reasons[0];
        assert_eq!(first.citation.to_string(), "Art. 33(2)");
    }

    #[test]
    fn a_breach_of_own_and_clients_data_notifies_and_informs() {
        let mut b = incident(&["payroll_service", "staff"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::UnknownParty);
        b.consequences = Consequences::none();
        let d = decide(&b);
        assert_eq!((d.authority, d.subjects), (A::Notify, S::NotRequired));
        assert!(d.deadlines.controller_without_undue_delay);
        assert!(codes(&d).contains(&"inform_controller_without_undue_delay".to_owned()));
    }
}

mod authority {
    use super::*;
    use common::{seed, SEEDS};

    fn notifiable_for(policy: &Policy) -> PersonalDataBreach {
        let activity = policy
            .activities
            .iter()
            .find(|a| a.acting_as == gdpr::Capacity::Controller)
            .unwrap();
        let mut b = incident(&[]);
        b.affected = Some(vec![AffectedData::activity(activity.id.clone())]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::Public);
        b
    }

    #[test]
    fn each_seed_names_the_authority_of_its_establishment() {
        for name in SEEDS {
            let policy = seed(name);
            let d = assess_breach(&policy, &notifiable_for(&policy), soon()).unwrap();
            assert_eq!(d.authority, A::Notify, "{name}");
            let names: Vec<&str> = d
                .competent_authority
                .authorities
                .iter()
                .map(|a| a.name.as_str())
                .collect();
            let expected: (&str, AuthorityBasis, &[&str]) = match name {
                "stebo" => (
                    "BE",
                    AuthorityBasis::ListedInPolicy,
                    &["Gegevensbeschermingsautoriteit"],
                ),
                "woondienst_regio_izegem" => (
                    "BE",
                    AuthorityBasis::ChooseByCompetence,
                    &[
                        "Gegevensbeschermingsautoriteit",
                        "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens",
                    ],
                ),
                "sint_truiden" => (
                    "BE",
                    AuthorityBasis::ListedInPolicy,
                    &["Vlaamse Toezichtcommissie"],
                ),
                _ => (
                    "NL",
                    AuthorityBasis::ListedInPolicy,
                    &["Autoriteit Persoonsgegevens"],
                ),
            };
            assert_eq!(
                d.competent_authority.establishment.code(),
                expected.0,
                "{name}"
            );
            assert_eq!(d.competent_authority.basis, expected.1, "{name}");
            assert_eq!(names, expected.2, "{name}");
        }
    }

    #[test]
    fn without_a_listed_authority_the_national_one_is_named() {
        let mut p = policy();
        p.controller.supervisory_authorities.clear();
        let d = assess_breach(&p, &notifiable_for(&p), soon()).unwrap();
        assert_eq!(
            d.competent_authority.basis,
            AuthorityBasis::NationalAuthority
        );
        assert_eq!(
            d.competent_authority.authorities[0].name,
            "Autoriteit Persoonsgegevens"
        );
        p.controller.establishment = "FR".parse().unwrap();
        let d = assess_breach(&p, &notifiable_for(&p), soon()).unwrap();
        assert_eq!(d.competent_authority.basis, AuthorityBasis::Unknown);
        assert!(codes(&d).contains(&"authority_unknown".to_owned()));
    }
}

mod register {
    use super::*;

    #[test]
    fn every_breach_has_a_register_entry_that_round_trips() {
        let mut b = incident(&["day_care"]);
        b.reference = Some("INC-2026-042".into());
        b.description = Some("Two tablets stolen from a car".into());
        kinds(&mut b, true, false, true);
        b.protection = protected(ProtectionMeasure::Encryption);
        b.accessed_by = Some(Exposure::UnknownParty);
        b.backup = Some(true);
        b.effect_on_subjects = Some(false);
        b.measures = vec!["remote wipe".into(), "police report".into()];
        let d = decide(&b);
        assert_eq!(d.authority, A::NotRequired);
        let entry = &d.register_entry;
        assert_eq!(entry.facts.reference.as_deref(), Some("INC-2026-042"));
        assert_eq!(entry.controller, "Voorbeeld Groep B.V.");
        assert!(entry.data.children);
        assert_eq!(entry.remedial_action.len(), 2);
        assert_eq!(entry.authority, A::NotRequired);
        assert!(!entry.reasons.is_empty());
        let json = serde_json::to_string(entry).unwrap();
        let back: gdpr::assess::BreachRegisterEntry = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, entry);
        let whole: BreachDecision =
            serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(whole, d);
    }
}

mod words {
    use super::*;

    #[test]
    fn the_decision_reads_in_english_and_dutch() {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::UnknownParty);
        let d = decide(&b);
        let en = d.to_text(Language::English);
        let nl = d.to_text(Language::Dutch);
        assert!(en.contains("notify the supervisory authority"), "{en}");
        assert!(
            en.contains("(Art. 9(1); EDPB Guidelines 9/2022, IV.B)"),
            "{en}"
        );
        assert!(
            nl.contains("Inbreuk in verband met persoonsgegevens"),
            "{nl}"
        );
        assert!(nl.contains("toezichthoudende autoriteit"), "{nl}");
        assert!(nl.contains("betrokkenen"), "{nl}");
        assert!(nl.contains("EDPB-richtsnoeren"), "{nl}");
    }

    #[test]
    fn reasons_are_codes_with_citations_in_json() {
        let mut b = incident(&["care"]);
        kinds(&mut b, true, false, false);
        readable_by(&mut b, Exposure::UnknownParty);
        let json = serde_json::to_value(decide(&b)).unwrap();
        let special = json["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == "special_categories_exposed")
            .unwrap();
        assert_eq!(special["categories"], serde_json::json!(["health"]));
        assert_eq!(special["citation"], "Art. 9(1)");
        assert_eq!(special["guidance"]["guidelines"], "edpb_9_2022");
        assert_eq!(json["authority"], "notify");
        assert_eq!(json["subjects"], "communicate");
    }
}

mod errors {
    use super::*;

    #[test]
    fn ids_the_policy_does_not_have_are_refused() {
        let b = incident(&["nope"]);
        assert_eq!(
            assess_breach(&policy(), &b, soon()),
            Err(AssessError::UnknownActivity("nope".into()))
        );
        let mut b = incident(&[]);
        b.affected = Some(vec![only("sales", &["health"])]);
        assert_eq!(
            assess_breach(&policy(), &b, soon())
                .unwrap_err()
                .to_string(),
            "the activity `sales` has no data category `health`"
        );
    }

    #[test]
    fn a_range_upside_down_is_refused() {
        let mut b = incident(&["sales"]);
        b.records = Some(Count::Range(CountRange {
            min: 10,
            max: Some(2),
        }));
        assert_eq!(
            assess_breach(&policy(), &b, soon()),
            Err(AssessError::IncoherentCount("records"))
        );
    }

    #[test]
    fn unknown_fields_in_the_request_are_refused_with_their_path() {
        let err = gdpr::from_json::<PersonalDataBreach>(
            r#"{"kinds": {"confidentiality": true, "secrecy": true}}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("kinds"), "{err}");
        assert!(err.contains("secrecy"), "{err}");
    }
}

mod properties {
    //! An unknown fact never turns "notify" into "don't notify"; a compromised key never
    //! counts as unintelligible.

    use super::*;
    use proptest::prelude::*;
    use proptest::sample::select;

    const ACTIVITIES: [&str; 11] = [
        "sales",
        "staff",
        "travel",
        "care",
        "recruitment",
        "job_placement",
        "day_care",
        "insurance",
        "community",
        "telecom",
        "payroll_service",
    ];

    fn tri() -> impl Strategy<Value = Option<bool>> {
        any::<bool>().prop_map(Some)
    }

    prop_compose! {
        /// A breach with every fact stated.
        fn full_breach()(
            activities in proptest::sample::subsequence(ACTIVITIES.to_vec(), 0..3),
            k in (tri(), tri(), tri()),
            measure in select(vec![ProtectionMeasure::None, ProtectionMeasure::Encryption, ProtectionMeasure::SaltedHash]),
            p in (tri(), tri()),
            exposure in select(vec![Exposure::TrustedRecipient, Exposure::KnownRecipients, Exposure::Insider, Exposure::UnknownParty, Exposure::Public]),
            deleted in tri(),
            recovery in (tri(), tri(), tri()),
            c in proptest::array::uniform8(tri()),
            vulnerable in proptest::option::of(any::<bool>()),
            exempt in (proptest::option::of(any::<bool>()), proptest::option::of(any::<bool>())),
            no_damage in proptest::option::of(any::<bool>()),
        ) -> PersonalDataBreach {
            let mut b = incident(&activities);
            (b.kinds.confidentiality, b.kinds.integrity, b.kinds.availability) = k;
            b.protection = Protection { measure: Some(measure), state_of_the_art: p.0, key_safe: p.1 };
            b.accessed_by = Some(exposure);
            b.deletion_confirmed = deleted;
            (b.backup, b.restored, b.effect_on_subjects) = recovery;
            b.consequences = Consequences {
                identity_theft: c[0], fraud: c[1], financial_loss: c[2], discrimination: c[3],
                reputational_damage: c[4], physical_harm: c[5], professional_secrecy: c[6],
                other_significant_disadvantage: c[7],
            };
            b.vulnerable_subjects = vulnerable;
            (b.measures_remove_high_risk, b.communication_disproportionate) = exempt;
            // Like the exemptions, a finding the controller makes or not: never forgotten.
            b.no_damage_identifiable = no_damage;
            b
        }
    }

    /// Forgets the facts whose bit is set in `mask`.
    fn forget(b: &PersonalDataBreach, mask: u32) -> PersonalDataBreach {
        let mut u = b.clone();
        let gone = |bit: u32| mask & (1 << bit) != 0;
        let clear = |bit: u32, v: &mut Option<bool>| {
            if gone(bit) {
                *v = None;
            }
        };
        clear(0, &mut u.kinds.confidentiality);
        clear(1, &mut u.kinds.integrity);
        clear(2, &mut u.kinds.availability);
        if gone(3) {
            u.protection.measure = None;
        }
        clear(4, &mut u.protection.state_of_the_art);
        clear(5, &mut u.protection.key_safe);
        if gone(6) {
            u.accessed_by = None;
        }
        clear(7, &mut u.deletion_confirmed);
        clear(8, &mut u.backup);
        clear(9, &mut u.restored);
        clear(10, &mut u.effect_on_subjects);
        clear(11, &mut u.consequences.identity_theft);
        clear(12, &mut u.consequences.fraud);
        clear(13, &mut u.consequences.financial_loss);
        clear(14, &mut u.consequences.discrimination);
        clear(15, &mut u.consequences.reputational_damage);
        clear(16, &mut u.consequences.physical_harm);
        clear(17, &mut u.consequences.professional_secrecy);
        clear(18, &mut u.consequences.other_significant_disadvantage);
        if gone(19) {
            u.affected = None;
        }
        if gone(20) {
            u.aware_at = None;
        }
        u
    }

    fn tells(s: S) -> bool {
        matches!(s, S::Communicate | S::PublicCommunication)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn an_unknown_fact_never_turns_notify_into_do_not_notify(
            b in full_breach(), mask in any::<u32>(),
        ) {
            let known = decide(&b);
            let unknown = decide(&forget(&b, mask));
            if known.authority == A::Notify {
                prop_assert!(matches!(unknown.authority, A::Notify | A::NeedsReview),
                    "{:?} became {:?}", known.authority, unknown.authority);
            }
            if tells(known.subjects) {
                prop_assert!(tells(unknown.subjects) || unknown.subjects == S::NeedsReview,
                    "{:?} became {:?}", known.subjects, unknown.subjects);
            }
            // What is certain with less knowledge stays so with more.
            if unknown.authority == A::NotRequired {
                prop_assert!(!matches!(known.authority, A::Notify | A::NeedsReview));
            }
            if unknown.authority == A::Notify {
                prop_assert_eq!(known.authority, A::Notify);
            }
            if unknown.subjects == S::NotRequired {
                prop_assert!(!tells(known.subjects) && known.subjects != S::NeedsReview);
            }
            prop_assert!(unknown.risk.at_least <= known.risk.at_least);
            prop_assert!(unknown.risk.at_most >= known.risk.at_most);
        }

        #[test]
        fn a_decision_with_open_questions_is_never_a_plain_no(
            b in full_breach(), mask in any::<u32>(),
        ) {
            let d = decide(&forget(&b, mask));
            let undecided = d.risk.at_least != d.risk.at_most;
            if undecided {
                prop_assert!(d.authority != A::NotRequired || d.risk.at_most < RiskLevel::Risk);
            }
            if matches!(d.authority, A::NeedsReview) || d.subjects == S::NeedsReview {
                prop_assert!(!d.open_questions.is_empty());
            }
        }

        #[test]
        fn encryption_with_a_compromised_key_never_counts_as_unintelligible(
            b in full_breach(), soa in tri(), mask in any::<u32>(),
        ) {
            let mut compromised = forget(&b, mask & !(1 << 3 | 1 << 5));
            for measure in [ProtectionMeasure::Encryption, ProtectionMeasure::SaltedHash] {
                compromised.protection = Protection {
                    measure: Some(measure), state_of_the_art: soa, key_safe: Some(false),
                };
                let mut plain = compromised.clone();
                plain.protection = Protection {
                    measure: Some(ProtectionMeasure::None), ..Protection::default()
                };
                let d = decide(&compromised);
                let p = decide(&plain);
                prop_assert_eq!((d.authority, d.subjects, d.risk), (p.authority, p.subjects, p.risk));
                let counted = d.reasons.iter().any(|r| matches!(
                    r.reason,
                    BreachReason::Unintelligible { .. } | BreachReason::ExemptUnintelligible
                ));
                prop_assert!(!counted, "encryption counted despite a compromised key");
            }
        }
    }
}
