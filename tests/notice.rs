//! Notices from policies: the completeness check finds the real gaps of the seed notices,
//! and the rendered notice carries everything the policy holds, in Dutch and English.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use gdpr::assess::{assess_rights, Applicability};
use gdpr::notice::{check_notice, render_notice, ElementStatus, Language, NoticeElement};
use gdpr::Policy;

fn gaps(name: &str) -> Vec<NoticeElement> {
    check_notice(&seed(name))
        .gaps()
        .map(|g| g.element)
        .collect()
}

#[test]
fn the_gaps_found_are_the_gaps_of_the_notices() {
    use NoticeElement::*;
    // Stebo names no DPO (it may not need one), gives no basis for the partner newsletter
    // and does not say whether data must be provided. Where its recipients are it does say:
    // none is established outside the EU.
    assert_eq!(gaps("stebo"), [PurposesAndLegalBases, ProvisionRequirement]);
    // Woondienst names no basis for ambient images.
    assert_eq!(
        gaps("woondienst_regio_izegem"),
        [PurposesAndLegalBases, ProvisionRequirement]
    );
    // ST-AP: marketing and communication without a basis, partners of unknown location.
    assert_eq!(
        gaps("st_ap"),
        [PurposesAndLegalBases, Transfers, ProvisionRequirement]
    );
    // Sint-Truiden names almost no bases and does not say where its web builder is.
    assert_eq!(
        gaps("sint_truiden"),
        [PurposesAndLegalBases, Transfers, ProvisionRequirement]
    );
    // STEP: the complaints purpose has no basis, and the "derden" it gets data from are unnamed.
    assert_eq!(
        gaps("step_inburgering"),
        [PurposesAndLegalBases, ProvisionRequirement, SourceOfData]
    );
}

#[test]
fn a_public_authority_without_dpo_is_a_gap_and_a_private_one_a_check() {
    let mut p = seed("woondienst_regio_izegem");
    p.controller.dpo = None;
    assert_eq!(
        check_notice(&p)
            .element(NoticeElement::DpoContact)
            .unwrap()
            .status,
        ElementStatus::Gap
    );
    assert_eq!(
        check_notice(&seed("stebo"))
            .element(NoticeElement::DpoContact)
            .unwrap()
            .status,
        ElementStatus::Check
    );
}

/// Everything the policy says must be in the rendered notice.
fn assert_complete(policy: &Policy, text: &str, lang: Language) {
    assert!(text.contains(&policy.controller.name));
    for activity in &policy.activities {
        assert!(text.contains(&activity.name), "activity {}", activity.name);
        for purpose in &activity.purposes {
            assert!(
                text.contains(&purpose.description),
                "purpose {}",
                purpose.id
            );
            if let Some(basis) = &purpose.legal_basis {
                assert!(
                    text.contains(&lang.cite(basis.citation())),
                    "basis of {}",
                    purpose.id
                );
            }
        }
        for rule in &activity.retention {
            if let Some(period) = rule.period {
                assert!(
                    text.contains(&period.to_string()),
                    "period of {}",
                    activity.id
                );
            }
            if let Some(criteria) = &rule.criteria {
                assert!(
                    text.contains(criteria.as_str()),
                    "criteria of {}",
                    activity.id
                );
            }
        }
        for t in &activity.transfers {
            assert!(text.contains(&lang.cite(t.mechanism.citation())));
        }
    }
    for r in &policy.recipients {
        assert!(text.contains(&r.name), "recipient {}", r.id);
    }
    for a in &policy.controller.supervisory_authorities {
        assert!(text.contains(&a.name), "authority {}", a.name);
    }
    for activity in &policy.activities {
        for right in assess_rights(policy, &activity.id).unwrap().rights {
            if right.applies == Applicability::Applies {
                assert!(
                    text.contains(&lang.cite(right.right.citation())),
                    "right {:?}",
                    right.right
                );
            }
        }
    }
}

#[test]
fn every_seed_renders_completely_in_both_languages() {
    for name in SEEDS {
        let policy = seed(name);
        for lang in [Language::Dutch, Language::English] {
            let text = render_notice(&policy, lang);
            assert_complete(&policy, &text, lang);
        }
    }
}

#[test]
fn objection_to_direct_marketing_is_shown_as_absolute() {
    let nl = render_notice(&seed("stebo"), Language::Dutch);
    assert!(nl.contains("Tegen direct marketing kunt u altijd bezwaar maken"));
    let en = render_notice(&seed("stebo"), Language::English);
    assert!(en.contains("You may always object to direct marketing"));
}

#[test]
fn a_missing_basis_is_said_not_invented() {
    let en = render_notice(&seed("sint_truiden"), Language::English);
    assert!(en.contains("the legal basis is not recorded"));
    let nl = render_notice(&seed("sint_truiden"), Language::Dutch);
    assert!(nl.contains("de rechtsgrond is niet vastgelegd"));
    assert!(nl.contains("Vlaamse Toezichtcommissie"));
}

#[test]
fn the_webshop_fixture_renders_its_transfer_and_promise() {
    let policy = Policy::from_json(include_str!("fixtures/webshop.json")).unwrap();
    let en = render_notice(&policy, Language::English);
    assert!(en.contains("We take no decisions based solely on automated processing."));
    assert!(en.contains("Mailer Inc. (processor; US)"));
}
