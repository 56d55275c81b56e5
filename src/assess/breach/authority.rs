//! Which supervisory authority to notify, and the clock of the controller's establishment.
//!
//! Art. 33(1) sends the notification to the authority "competent in accordance with Article
//! 55": the authority of the Member State of the establishment, and for cross-border
//! processing the lead authority of the main establishment (Art. 56(1); EDPB Guidelines
//! 9/2022, II.C.1). The policy records the establishment and the authorities the controller
//! answers to; where it lists several for that state (Belgium's federal authority beside the
//! Vlaamse Toezichtcommissie for Flemish public bodies), the one competent for the processing
//! concerned receives it, and the answer names them all.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assess::EuTimeZone;
use crate::{Country, Policy, SupervisoryAuthority};

use super::codes::BreachReason;

/// How the authority to notify was found.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AuthorityBasis {
    /// The one authority the policy lists for the establishment.
    ListedInPolicy,
    /// The policy lists several for the establishment: the one competent for the processing
    /// concerned (see each one's `competence`).
    ChooseByCompetence,
    /// The policy lists none; the national authority of the establishment.
    NationalAuthority,
    /// No authority is known for the establishment: find the one competent under Art. 55.
    Unknown,
}

/// The supervisory authority a breach is notified to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a competent authority object")]
#[non_exhaustive]
pub struct CompetentAuthority {
    /// The Member State of the controller's (main) establishment.
    pub establishment: Country,
    /// How the authority was found.
    pub basis: AuthorityBasis,
    /// The authority, or the candidates to choose from.
    pub authorities: Vec<SupervisoryAuthority>,
}

impl CompetentAuthority {
    /// The authority for the policy's controller.
    pub(super) fn of(policy: &Policy) -> CompetentAuthority {
        let establishment = policy.controller.establishment;
        let listed: Vec<SupervisoryAuthority> = policy
            .controller
            .supervisory_authorities
            .iter()
            .filter(|a| a.country == establishment)
            .cloned()
            .collect();
        let (basis, authorities) = match listed.len() {
            1 => (AuthorityBasis::ListedInPolicy, listed),
            0 => match national_authority(&establishment) {
                Some(a) => (AuthorityBasis::NationalAuthority, vec![a]),
                None => (AuthorityBasis::Unknown, Vec::new()),
            },
            _ => (AuthorityBasis::ChooseByCompetence, listed),
        };
        CompetentAuthority {
            establishment,
            basis,
            authorities,
        }
    }

    /// The reason that explains the choice.
    pub(super) fn reason(&self) -> BreachReason {
        let names = || self.authorities.iter().map(|a| a.name.clone()).collect();
        match self.basis {
            AuthorityBasis::ListedInPolicy => BreachReason::CompetentAuthority {
                authorities: names(),
            },
            AuthorityBasis::ChooseByCompetence => BreachReason::AuthorityByCompetence {
                authorities: names(),
            },
            AuthorityBasis::NationalAuthority => BreachReason::NationalAuthority {
                authority: self
                    .authorities
                    .first()
                    .map(|a| a.name.clone())
                    .unwrap_or_default(),
            },
            AuthorityBasis::Unknown => BreachReason::AuthorityUnknown {
                country: self.establishment.code().to_owned(),
            },
        }
    }
}

/// The national authority of the states whose policies this crate ships.
fn national_authority(country: &Country) -> Option<SupervisoryAuthority> {
    let (name, contact) = match country.code() {
        "BE" => (
            "Gegevensbeschermingsautoriteit / Autorité de protection des données",
            "www.gegevensbeschermingsautoriteit.be",
        ),
        "NL" => (
            "Autoriteit Persoonsgegevens",
            "www.autoriteitpersoonsgegevens.nl",
        ),
        _ => return None,
    };
    Some(SupervisoryAuthority {
        name: name.to_owned(),
        country: *country,
        competence: None,
        contact: Some(contact.to_owned()),
    })
}

/// The civil time of a state of the EEA, for showing the end of the 72 hours on its clock.
/// Iceland keeps UTC all year and is shown in Western European time; a controller outside
/// the EEA in Central European time.
pub(super) fn time_zone(country: &Country) -> EuTimeZone {
    match country.code() {
        "PT" | "IE" | "IS" => EuTimeZone::Western,
        "FI" | "EE" | "LV" | "LT" | "GR" | "CY" | "BG" | "RO" => EuTimeZone::Eastern,
        _ => EuTimeZone::Central,
    }
}
