//! Fail closed: an adequacy decision is never relied on outside its dates, an unlisted
//! destination is never adequate, and a missing fact never turns into a yes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use gdpr::{AdequacyLookup, AdequacyRegistry, Destination, Recipient, RecipientRole, Sector};
use proptest::prelude::*;

fn importer(location: Destination, dpf: Option<bool>, sector: Option<Sector>) -> Recipient {
    let mut r = Recipient::new("r", "importer", RecipientRole::Processor)
        .located(location)
        .art28_contract(true);
    r.dpf_certified = dpf;
    r.sector = sector;
    r
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (-5000i32..=5000, 1u32..=366)
        .prop_map(|(y, d)| NaiveDate::from_yo_opt(1990 + y.rem_euclid(80), d.min(365)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_decision_is_never_relied_on_before_its_start_or_after_its_end(
        index in 0usize..100,
        on in any_date(),
        dpf in any::<Option<bool>>(),
        sector in prop::option::of(prop::sample::select(vec![Sector::Commercial, Sector::NonProfit, Sector::Public])),
    ) {
        let registry = AdequacyRegistry::builtin();
        let decision = &registry.decisions[index % registry.decisions.len()];
        let r = importer(decision.destination.clone(), dpf, sector);
        if let AdequacyLookup::Covered(d) = registry.lookup(&decision.destination, &r, on) {
            prop_assert!(d.valid_from <= on, "{} relied on before {}", d.reference, d.valid_from);
            prop_assert!(d.valid_until.is_none_or(|end| on <= end), "{} relied on after its end", d.reference);
            prop_assert_eq!(d.scope_verdict(gdpr::ImporterFacts::of(&r)), gdpr::ScopeVerdict::Covered);
        }
    }

    #[test]
    fn an_unlisted_destination_is_never_adequate(
        code in "[A-Z]{2}",
        org in "[a-z_]{1,20}",
        on in any_date(),
        dpf in any::<Option<bool>>(),
    ) {
        let registry = AdequacyRegistry::builtin();
        let listed = |d: &Destination| registry.decisions.iter().any(|x| &x.destination == d);
        if let Ok(country) = code.parse() {
            let destination = Destination::Country(country);
            if !listed(&destination) {
                let r = importer(destination.clone(), dpf, Some(Sector::Commercial));
                prop_assert_eq!(registry.lookup(&destination, &r, on), AdequacyLookup::None);
            }
        }
        let destination = Destination::InternationalOrganisation(org);
        if !listed(&destination) {
            let r = importer(destination.clone(), dpf, Some(Sector::Commercial));
            prop_assert_eq!(registry.lookup(&destination, &r, on), AdequacyLookup::None);
        }
    }

    #[test]
    fn an_unknown_importer_fact_is_never_covered_by_a_scoped_decision(on in any_date()) {
        let registry = AdequacyRegistry::builtin();
        for code in ["US", "CA", "JP"] {
            let destination = Destination::Country(code.parse().unwrap());
            let r = importer(destination.clone(), None, None);
            prop_assert!(!matches!(registry.lookup(&destination, &r, on), AdequacyLookup::Covered(_)), "{code} on {on}");
        }
    }
}

#[test]
fn privacy_shield_is_never_relied_on_after_its_invalidation() {
    let registry = AdequacyRegistry::builtin();
    let us = Destination::Country("US".parse().unwrap());
    let r = importer(us.clone(), Some(true), Some(Sector::Commercial));
    for day in NaiveDate::from_ymd_opt(2020, 7, 16)
        .unwrap()
        .iter_days()
        .take(1090)
    {
        assert!(
            !matches!(registry.lookup(&us, &r, day), AdequacyLookup::Covered(_)),
            "covered on {day}, between Schrems II and the Data Privacy Framework"
        );
        if day == NaiveDate::from_ymd_opt(2023, 7, 9).unwrap() {
            break;
        }
    }
}
