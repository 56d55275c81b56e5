//! Is it a transfer, on what ground, and does it keep the notice's promise: the roles and
//! territorial scope (Art. 3, 28(10), 44), the U.S. safeguards of EO 14086 for Art. 46
//! grounds, conditional transfer clauses — and validation judging transfers by the very same
//! rule as `assess_transfer`, proven on random policies.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use gdpr::assess::{assess_transfer, TransferDecision, TransferOutcome, TransferRequest};
use gdpr::notice::{check_notice, ElementStatus, NoticeElement};
use gdpr::{
    validate, AdequacyRegistry, Commitment, Derogation, Destination, FindingCode, Policy,
    Recipient, RecipientRole, Safeguard, Sector, Severity, Transfer, TransferMechanism,
};
use proptest::prelude::*;
use serde_json::json;

const WEBSHOP: &str = include_str!("fixtures/webshop.json");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 27)
}

fn webshop() -> Policy {
    Policy::from_json(WEBSHOP).unwrap()
}

fn seed(name: &str) -> Policy {
    let path = format!(
        "{}/examples/policies/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Policy::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn transfer(policy: &Policy, request: &TransferRequest, on: NaiveDate) -> TransferDecision {
    assess_transfer(policy, &AdequacyRegistry::builtin(), request, on).unwrap()
}

fn cites(d: &TransferDecision) -> Vec<String> {
    d.reasons.iter().map(|r| r.citation.to_string()).collect()
}

fn fields(d: &TransferDecision) -> Vec<&str> {
    d.open_questions.iter().map(|q| q.field.as_ref()).collect()
}

/// The webshop's mailer, moved to `code`, with this role.
fn mailer_in(code: &str, role: RecipientRole) -> Policy {
    let mut p = webshop();
    p.recipients[0].location = Some(Destination::Country(code.parse().unwrap()));
    p.recipients[0].role = role;
    p.recipients[0].dpf_certified = Some(false);
    p
}

// ---- Is it a transfer? ------------------------------------------------------------------

#[test]
fn the_controllers_own_establishment_abroad_receives_no_transfer() {
    let p = mailer_in("US", RecipientRole::OwnEstablishment);
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert_eq!(d.outcome, TransferOutcome::NotATransfer);
    assert_eq!(cites(&d), ["Art. 44"]);
    assert!(d.reasons[0].text().contains("criterion 2"));
}

#[test]
fn a_controller_in_the_eea_exports_under_article_3_1_and_any_importer_abroad_is_a_transfer() {
    for role in [
        RecipientRole::Processor,
        RecipientRole::SubProcessor,
        RecipientRole::IndependentController,
        RecipientRole::JointController,
        RecipientRole::PublicAuthority,
        RecipientRole::LawEnforcement,
        RecipientRole::ClientController,
    ] {
        let p = mailer_in("CN", role);
        let d = transfer(&p, &TransferRequest::to("mailer"), today());
        assert_eq!(d.outcome, TransferOutcome::Prohibited, "{role:?}");
        assert_eq!(&cites(&d)[..2], ["Art. 3(1)", "Art. 44"], "{role:?}");
    }
}

#[test]
fn data_sent_back_to_the_controller_a_processor_works_for_are_a_transfer() {
    let p = mailer_in("CN", RecipientRole::ClientController);
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert!(d.reasons[1].text().contains("processor-to-controller"));
}

#[test]
fn a_processor_beyond_its_instructions_is_a_controller_for_that_processing() {
    let p = mailer_in("CN", RecipientRole::Processor);
    let request = TransferRequest::to("mailer").processor_within_instructions(false);
    let d = transfer(&p, &request, today());
    assert!(cites(&d).contains(&"Art. 28(10)".to_owned()));
    // Within instructions, nothing is said about Art. 28(10).
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert!(!cites(&d).contains(&"Art. 28(10)".to_owned()));
}

#[test]
fn a_controller_outside_the_eea_exports_only_where_article_3_2_applies() {
    let mut p = mailer_in("CN", RecipientRole::Processor);
    p.controller.establishment = "US".parse().unwrap();
    let mut r = TransferRequest::to("mailer");
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::NeedsReview);
    assert_eq!(fields(&d), ["article_3_2_applies"]);
    r.article_3_2_applies = Some(false);
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::NotATransfer);
    assert_eq!(cites(&d), ["Art. 3(2)"]);
    r.article_3_2_applies = Some(true);
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert_eq!(&cites(&d)[..2], ["Art. 3(2)", "Art. 44"]);
    // An adequacy decision settles it whether or not the GDPR applies.
    p.recipients[0].location = Some(Destination::Country("CH".parse().unwrap()));
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert_eq!(d.outcome, TransferOutcome::Permitted);
}

// ---- The U.S. after 10 July 2023 ------------------------------------------------------------

#[test]
fn standard_clauses_to_the_us_rely_on_eo_14086_and_ask_for_the_rest_of_the_assessment() {
    let p = mailer_in("US", RecipientRole::Processor);
    let mut r = TransferRequest::to("mailer");
    r.mechanism = Some(TransferMechanism::Safeguard(
        Safeguard::StandardContractualClauses,
    ));
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::NeedsReview);
    let step = d
        .reasons
        .iter()
        .find(|x| x.text().contains("Executive Order 14086"))
        .unwrap();
    assert_eq!(step.citation.to_string(), "Art. 46(1)");
    assert!(step
        .text()
        .contains("EDPB information note of 18 July 2023"));
    assert!(step.text().contains("law enforcement"));
    assert_eq!(fields(&d), ["safeguards_effective"]);
    assert!(d.open_questions[0].question().contains("EO 14086"));
    // With the assessment recorded, the clauses permit the transfer and say what it relied on.
    r.safeguards_effective = Some(true);
    let d = transfer(&p, &r, today());
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert!(d.reasons.last().unwrap().text().contains("EO 14086"));
    // Binding corporate rules too.
    r.mechanism = Some(TransferMechanism::Safeguard(
        Safeguard::BindingCorporateRules,
    ));
    r.safeguards_effective = None;
    let d = transfer(&p, &r, today());
    assert!(d.open_questions[0].question().contains("EO 14086"));
}

#[test]
fn before_the_data_privacy_framework_the_us_assessment_is_the_ordinary_one() {
    let p = mailer_in("US", RecipientRole::Processor);
    let r = TransferRequest::to("mailer").mechanism(TransferMechanism::Safeguard(
        Safeguard::StandardContractualClauses,
    ));
    let d = transfer(&p, &r, day(2023, 7, 9));
    assert!(d.reasons.iter().all(|x| !x.text().contains("14086")));
    assert!(!d.open_questions[0].question().contains("EO 14086"));
    // Nor does anywhere else get the U.S. reasoning.
    let p = mailer_in("IN", RecipientRole::Processor);
    let d = transfer(&p, &r, today());
    assert!(d.reasons.iter().all(|x| !x.text().contains("14086")));
}

#[test]
fn a_us_public_body_is_never_asked_about_certification() {
    let mut p = mailer_in("US", RecipientRole::PublicAuthority);
    p.recipients[0].dpf_certified = None;
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
    assert!(d.open_questions.is_empty());
    assert!(d
        .reasons
        .iter()
        .any(|r| r.text().contains("public authority or body")));
    p.recipients[0].role = RecipientRole::Processor;
    p.recipients[0].sector = Some(Sector::Public);
    let d = transfer(&p, &TransferRequest::to("mailer"), today());
    assert_eq!(d.outcome, TransferOutcome::Prohibited);
}

// ---- Conditional transfers ------------------------------------------------------------------

fn izegem_app_in_the_us(condition_met: Option<bool>) -> TransferDecision {
    let p = seed("woondienst_regio_izegem");
    let mut request = TransferRequest::to("it_leveranciers")
        .destination(Destination::Country("US".parse().unwrap()))
        .mechanism(TransferMechanism::Safeguard(
            Safeguard::StandardContractualClauses,
        ))
        .safeguards_effective(true);
    request.transfer_condition_met = condition_met;
    transfer(&p, &request, today())
}

#[test]
fn woondienst_may_use_an_application_outside_the_eu_only_without_an_equivalent_inside() {
    // Inside the EU, as recorded, there is no transfer.
    let p = seed("woondienst_regio_izegem");
    let d = transfer(&p, &TransferRequest::to("it_leveranciers"), today());
    assert_eq!(d.outcome, TransferOutcome::NotATransfer);
    // An application in the U.S. needs its ground and keeps the promise only if no
    // equivalent alternative exists inside the EU.
    let d = izegem_app_in_the_us(None);
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert_eq!(fields(&d), ["transfer_condition_met"]);
    assert!(d.commitment_breaches.is_empty());
    let d = izegem_app_in_the_us(Some(true));
    assert!(d.open_questions.is_empty() && d.commitment_breaches.is_empty());
    assert!(cites(&d).contains(&"Art. 13(1)(f)".to_owned()));
    // Norway is in the EEA, so no transfer, but outside the EU the clause names.
    let p = seed("woondienst_regio_izegem");
    let request = TransferRequest::to("it_leveranciers")
        .destination(Destination::Country("NO".parse().unwrap()));
    let d = transfer(&p, &request, today());
    assert_eq!(d.outcome, TransferOutcome::NotATransfer);
    assert_eq!(fields(&d), ["transfer_condition_met"]);
    let d = izegem_app_in_the_us(Some(false));
    assert_eq!(d.outcome, TransferOutcome::Permitted);
    assert_eq!(d.commitment_breaches.len(), 1);
    assert_eq!(
        d.commitment_breaches[0].commitment,
        Commitment::NoTransfersOutsideEu
    );
    assert!(d.commitment_breaches[0]
        .reason
        .text()
        .contains("no equivalent alternative"));
}

#[test]
fn validation_and_the_notice_check_treat_a_conditional_transfer_as_one_to_assess() {
    let p = seed("woondienst_regio_izegem");
    let report = validate(&p, &AdequacyRegistry::builtin(), today());
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == FindingCode::ConditionalTransfer)
        .unwrap();
    assert_eq!(finding.path, "recipients[0].conditional_transfer");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(
        finding.message.contains("a ground of Art. 45 or Art. 46"),
        "{}",
        finding.message
    );
    assert!(!report.has(FindingCode::CommitmentBroken));
    let notice = check_notice(&p);
    let transfers = notice.element(NoticeElement::Transfers).unwrap();
    assert_eq!(
        transfers.status,
        ElementStatus::Check,
        "{}",
        transfers.message
    );
    assert!(transfers.message.contains("copy"));
    let written = gdpr::notice::render_notice(&p, gdpr::notice::Language::Dutch);
    assert!(
        written.contains("alleen buiten de Europese Unie als er binnen geen gelijkwaardig alternatief is, op grond van een adequaatheidsbesluit of passende waarborgen"),
        "{written}"
    );
    assert!(!written.contains("Er zijn geen doorgiften buiten de EER vastgelegd."));
    // A clause that names no ground is a gap in the notice.
    let mut p = p;
    p.recipients[0]
        .conditional_transfer
        .as_mut()
        .unwrap()
        .grounds
        .clear();
    let notice = check_notice(&p);
    assert_eq!(
        notice.element(NoticeElement::Transfers).unwrap().status,
        ElementStatus::Gap
    );
}

#[test]
fn a_conditional_transfer_contradicts_a_promise_to_stay_in_the_eu() {
    let mut p = seed("stebo");
    let izegem = seed("woondienst_regio_izegem");
    p.recipients[0].conditional_transfer = izegem.recipients[0].conditional_transfer.clone();
    let report = validate(&p, &AdequacyRegistry::builtin(), today());
    let broken: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::CommitmentBroken)
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(broken, ["recipients[0].conditional_transfer"]);
}

// ---- One rule ---------------------------------------------------------------------------------

const LOCATIONS: [&str; 14] = [
    "BE", "NO", "US", "GB", "JP", "KR", "IL", "FO", "CA", "BR", "CN", "eu", "epo", "none",
];

fn location(code: &str) -> Option<Destination> {
    match code {
        "none" => None,
        "eu" => serde_json::from_value(json!({"region": "eu"})).ok(),
        "epo" => Some(Destination::InternationalOrganisation(
            "european_patent_organisation".into(),
        )),
        c => Some(Destination::Country(c.parse().unwrap())),
    }
}

fn any_mechanism() -> impl Strategy<Value = TransferMechanism> {
    prop_oneof![
        Just(TransferMechanism::AdequacyDecision),
        prop::sample::select(Safeguard::ALL.to_vec()).prop_map(TransferMechanism::Safeguard),
        prop::sample::select(Derogation::ALL.to_vec()).prop_map(TransferMechanism::Derogation),
    ]
}

fn any_recipient(i: usize) -> impl Strategy<Value = Recipient> {
    (
        prop::sample::select(LOCATIONS.to_vec()),
        prop::sample::select(vec![
            RecipientRole::Processor,
            RecipientRole::IndependentController,
            RecipientRole::PublicAuthority,
            RecipientRole::OwnEstablishment,
            RecipientRole::ClientController,
        ]),
        any::<Option<bool>>(),
        prop::option::of(prop::sample::select(vec![
            Sector::Commercial,
            Sector::NonProfit,
            Sector::Public,
        ])),
        any::<[Option<bool>; 2]>(),
        any::<bool>(),
    )
        .prop_map(move |(loc, role, dpf, sector, facts, kind_known)| {
            let mut r = Recipient::new(format!("r{i}"), format!("recipient {i}"), role);
            r.location = location(loc);
            r.dpf_certified = dpf;
            r.sector = sector;
            r.scope_facts.automated_transfer = facts[0];
            r.scope_facts.purposes = facts[1].map(|_| vec![]);
            if kind_known {
                r.scope_facts.organisation_kind = Some(gdpr::OrganisationKind::Other);
                r.scope_facts.financial_supervision = Some(false);
            }
            r
        })
}

fn any_policy() -> impl Strategy<Value = (Policy, NaiveDate)> {
    (
        (0usize..4).prop_flat_map(|n| (0..n).map(any_recipient).collect::<Vec<_>>()),
        prop::collection::vec(
            (
                prop::collection::vec(0usize..4, 0..4),
                prop::collection::vec((0usize..4, any_mechanism()), 0..4),
            ),
            1..4,
        ),
        any::<bool>(),
        prop::sample::select(vec!["NL", "BE", "US"]),
        (2015i32..2033, 1u32..=365),
    )
        .prop_map(|(recipients, activities, public, establishment, (y, d))| {
            let mut policy = webshop();
            policy.controller.kind = if public {
                gdpr::ControllerKind::PublicAuthority
            } else {
                gdpr::ControllerKind::Private
            };
            policy.controller.establishment = establishment.parse().unwrap();
            let n = recipients.len();
            policy.recipients = recipients;
            policy.activities.truncate(activities.len());
            for (activity, (uses, declared)) in policy.activities.iter_mut().zip(activities) {
                activity.recipients = if n == 0 {
                    vec![]
                } else {
                    let mut ids: Vec<String> = uses.iter().map(|u| format!("r{}", u % n)).collect();
                    ids.sort();
                    ids.dedup();
                    ids
                };
                activity.transfers = if n == 0 {
                    vec![]
                } else {
                    declared
                        .into_iter()
                        .map(|(u, mechanism)| Transfer {
                            recipient: format!("r{}", u % n),
                            mechanism,
                            source: None,
                        })
                        .collect()
                };
            }
            (policy, NaiveDate::from_yo_opt(y, d).unwrap())
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// For every recipient of every activity, validation reports an error exactly when the
    /// assessment of that activity's declared transfer prohibits it, and a "needs review"
    /// warning exactly when the assessment needs review.
    #[test]
    fn validation_and_the_transfer_assessment_agree_on_random_policies((policy, on) in any_policy()) {
        let registry = AdequacyRegistry::builtin();
        let report = validate(&policy, &registry, on);
        for (i, activity) in policy.activities.iter().enumerate() {
            for (r, id) in activity.recipients.iter().enumerate() {
                let path = format!("activities[{i}].recipients[{r}]");
                let at = |code: FindingCode| report.findings.iter().any(|f| f.path == path && f.code == code);
                let request = TransferRequest::as_validation_assumes(id.clone(), activity.id.clone());
                let d = assess_transfer(&policy, &registry, &request, on).unwrap();
                let recipient = policy.recipient(id).unwrap();
                if recipient.location.is_none() && recipient.role != RecipientRole::OwnEstablishment {
                    prop_assert_eq!(d.outcome, TransferOutcome::NeedsReview);
                    let index = policy.recipients.iter().position(|x| &x.id == id).unwrap();
                    let located = format!("recipients[{index}].location");
                    prop_assert!(report.findings.iter().any(|f| f.path == located && f.code == FindingCode::UnknownRecipientLocation));
                    continue;
                }
                prop_assert_eq!(
                    d.outcome == TransferOutcome::Prohibited,
                    at(FindingCode::TransferWithoutMechanism),
                    "{} {}: {:?}", path, id, d.reasons
                );
                prop_assert_eq!(
                    d.outcome == TransferOutcome::NeedsReview,
                    at(FindingCode::TransferNeedsReview),
                    "{} {}: {:?}", path, id, d.reasons
                );
            }
        }
    }
}
