//! A privacy notice in Markdown, written from the policy.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::language::Language;
use crate::assess::{assess_rights, Applicability};
use crate::{
    Commitment, DataSubjectRight, Destination, GroundKind, LegalBasis, Origin, Policy, Region,
    TransferCondition, TransferMechanism,
};

/// Writes the privacy notice of `policy` in Markdown.
///
/// Every purpose appears with its legal basis and the article it rests on; every recipient,
/// transfer ground, retention rule and supervisory authority of the policy appears; the
/// rights are those that apply to at least one activity, with their conditions. Where the
/// policy has no answer (no legal basis, no retention), the notice says that it does not,
/// so the gap is visible rather than papered over.
pub fn render_notice(policy: &Policy, lang: Language) -> String {
    let mut out = String::new();
    let l = |nl, en| lang.pick(nl, en);
    let avg = lang.regulation();
    let c = &policy.controller;

    let _ = writeln!(
        out,
        "# {} — {}\n",
        l("Privacyverklaring", "Privacy notice"),
        c.name
    );

    let _ = writeln!(
        out,
        "## {}\n",
        l("Wie is verantwoordelijk?", "Who is responsible?")
    );
    let _ = writeln!(
        out,
        "{} ({}).",
        c.name,
        l("verwerkingsverantwoordelijke", "controller")
    );
    if let Some(contact) = &c.contact {
        let _ = writeln!(out, "{}: {contact}.", l("Contact", "Contact"));
    }
    if let Some(dpo) = &c.dpo {
        let _ = writeln!(
            out,
            "{}: {dpo}.",
            l(
                "Functionaris voor gegevensbescherming",
                "Data protection officer"
            )
        );
    }
    out.push('\n');

    let _ = writeln!(
        out,
        "## {}\n",
        l(
            "Waarvoor gebruiken we uw gegevens, en op welke grond?",
            "What we use your data for, and on what basis"
        )
    );
    for activity in &policy.activities {
        let _ = writeln!(out, "### {}\n", activity.name);
        if activity.acts_as_processor() {
            let _ = writeln!(out, "{}\n", l(
                "Hiervoor verwerken we gegevens in opdracht van een andere verwerkingsverantwoordelijke; zijn privacyverklaring is van toepassing.",
                "Here we process data on behalf of another controller; its privacy notice applies.",
            ));
        }
        for purpose in &activity.purposes {
            let basis = match &purpose.legal_basis {
                Some(b) => {
                    let mut s = format!("{} ({} {avg})", lang.basis(b), b.citation());
                    if let LegalBasis::LegitimateInterests { interest: Some(i) } = b {
                        let _ = write!(s, "; {}: {i}", l("ons belang", "our interest"));
                    }
                    if let Some(law) = b.legal_reference() {
                        let _ = write!(s, "; {law}");
                    }
                    s
                }
                None if activity.acts_as_processor() => {
                    l("bepaald door de opdrachtgever", "determined by the client").to_owned()
                }
                None => l(
                    "de grondslag is niet vastgelegd",
                    "the legal basis is not recorded",
                )
                .to_owned(),
            };
            let _ = writeln!(out, "- {} — *{basis}*", purpose.description);
            if purpose.direct_marketing {
                let _ = writeln!(out, "  - {}", l(
                    "Dit is direct marketing: u kunt er altijd bezwaar tegen maken, waarna we ermee stoppen (art. 21(2) en (3) AVG).",
                    "This is direct marketing: you may object at any time, and we then stop (Art. 21(2) and (3) GDPR).",
                ));
            }
            if purpose.profiling {
                let _ = writeln!(
                    out,
                    "  - {}",
                    l(
                        "Hierbij maken we profielen (art. 4(4) AVG).",
                        "This involves profiling (Art. 4(4) GDPR)."
                    )
                );
            }
        }
        let categories: Vec<String> = policy
            .categories_of(activity)
            .map(|cat| match cat.special_category {
                Some(s) => format!(
                    "{} ({}: {})",
                    cat.name,
                    l("bijzonder persoonsgegeven", "special category"),
                    lang.special(s)
                ),
                None if cat.national_identification_number => format!(
                    "{} ({})",
                    cat.name,
                    l(
                        "nationaal identificatienummer",
                        "national identification number"
                    )
                ),
                None => cat.name.clone(),
            })
            .collect();
        if !categories.is_empty() {
            let _ = writeln!(
                out,
                "\n{}: {}.",
                l("Gegevens", "Data"),
                categories.join("; ")
            );
        }
        if !activity.special_category_conditions.is_empty() {
            let conds: Vec<String> = activity
                .special_category_conditions
                .iter()
                .map(|c| c.citation().to_string())
                .collect();
            let _ = writeln!(
                out,
                "{}: {} {avg}.",
                l(
                    "Voor bijzondere persoonsgegevens steunen we op",
                    "For special categories we rely on"
                ),
                conds.join(", ")
            );
        }
        if let Some(p) = &activity.provision {
            let req = if p.required {
                l(
                    "U bent verplicht deze gegevens te verstrekken",
                    "You must provide these data",
                )
            } else {
                l(
                    "Het verstrekken van deze gegevens is vrijwillig",
                    "Providing these data is voluntary",
                )
            };
            let _ = write!(out, "{req}");
            if let Some(consequence) = &p.consequence {
                let _ = write!(out, "; {}: {consequence}", l("anders", "otherwise"));
            }
            out.push_str(".\n");
        }
        out.push('\n');
    }

    let elsewhere: Vec<_> = policy
        .data_categories
        .iter()
        .filter(|c| c.origin == Origin::OtherSource)
        .collect();
    if !elsewhere.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n",
            l(
                "Gegevens die we niet van u zelf krijgen",
                "Data we do not obtain from you"
            )
        );
        for cat in elsewhere {
            let from = cat
                .obtained_from
                .as_deref()
                .unwrap_or(lang.pick("bron niet vastgelegd", "source not recorded"));
            let _ = writeln!(out, "- {} — {}: {from}", cat.name, l("bron", "source"));
        }
        out.push('\n');
    }

    let _ = writeln!(
        out,
        "## {}\n",
        l("Wie ontvangt uw gegevens?", "Who receives your data?")
    );
    if policy.recipients.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l(
                "We geven uw gegevens aan niemand door.",
                "We do not disclose your data to anyone."
            )
        );
    }
    for r in &policy.recipients {
        let place = match &r.location {
            Some(Destination::Country(country)) => country.to_string(),
            Some(other) => other.to_string(),
            None => l("locatie niet vastgelegd", "location not recorded").to_owned(),
        };
        let _ = writeln!(out, "- {} ({}; {place})", r.name, lang.role(r.role));
    }
    out.push('\n');

    let _ = writeln!(
        out,
        "## {}\n",
        l(
            "Doorgifte buiten de Europese Economische Ruimte",
            "Transfers outside the European Economic Area"
        )
    );
    let mut transfers = 0;
    for activity in &policy.activities {
        for t in &activity.transfers {
            transfers += 1;
            let name = policy
                .recipient(&t.recipient)
                .map_or(t.recipient.as_str(), |r| r.name.as_str());
            let ground = match t.mechanism {
                TransferMechanism::AdequacyDecision => {
                    l("adequaatheidsbesluit", "adequacy decision")
                }
                TransferMechanism::Safeguard(_) => {
                    l("passende waarborgen", "appropriate safeguards")
                }
                TransferMechanism::Derogation(_) => l(
                    "afwijking voor een specifieke situatie",
                    "derogation for a specific situation",
                ),
            };
            let _ = writeln!(out, "- {name}: {ground} ({} {avg})", t.mechanism.citation());
        }
    }
    for recipient in &policy.recipients {
        let Some(clause) = &recipient.conditional_transfer else {
            continue;
        };
        transfers += 1;
        let area = match clause.outside {
            Region::Eu => l("de Europese Unie", "the European Union"),
            Region::Eea => l(
                "de Europese Economische Ruimte",
                "the European Economic Area",
            ),
        };
        let grounds: Vec<&str> = clause
            .grounds
            .iter()
            .map(|g| match g {
                GroundKind::AdequacyDecision => {
                    l("een adequaatheidsbesluit", "an adequacy decision")
                }
                GroundKind::AppropriateSafeguards => {
                    l("passende waarborgen", "appropriate safeguards")
                }
                GroundKind::Derogation => l(
                    "een afwijking voor een specifieke situatie",
                    "a derogation for a specific situation",
                ),
            })
            .collect();
        let _ = writeln!(
            out,
            "- {}: {} {area} {}{}",
            recipient.name,
            l("alleen buiten", "only outside"),
            match clause.condition {
                TransferCondition::NoEquivalentAlternativeInside => l(
                    "als er binnen geen gelijkwaardig alternatief is",
                    "where no equivalent alternative exists inside it"
                ),
            },
            if grounds.is_empty() {
                String::new()
            } else {
                format!(
                    ", {} {}",
                    l("op grond van", "on"),
                    grounds.join(l(" of ", " or "))
                )
            }
        );
    }
    for promise in &policy.commitments {
        let text = match promise.commitment {
            Commitment::NoTransfersOutsideEea => Some(l(
                "We geven geen persoonsgegevens door buiten de EER.",
                "We transfer no personal data outside the EEA.",
            )),
            Commitment::NoTransfersOutsideEu => Some(l(
                "We geven geen persoonsgegevens door buiten de EU.",
                "We transfer no personal data outside the EU.",
            )),
            _ => None,
        };
        if let Some(text) = text {
            transfers += 1;
            let _ = writeln!(out, "- {text}");
        }
    }
    if transfers == 0 {
        let _ = writeln!(
            out,
            "{}",
            l(
                "Er zijn geen doorgiften buiten de EER vastgelegd.",
                "No transfers outside the EEA are recorded."
            )
        );
    }
    out.push('\n');

    let _ = writeln!(
        out,
        "## {}\n",
        l(
            "Hoe lang bewaren we uw gegevens?",
            "How long we keep your data"
        )
    );
    for activity in policy.activities.iter().filter(|a| !a.acts_as_processor()) {
        if activity.retention.is_empty() {
            let _ = writeln!(
                out,
                "- {}: {}",
                activity.name,
                l(
                    "geen bewaartermijn vastgelegd",
                    "no retention period recorded"
                )
            );
        }
        for rule in &activity.retention {
            let mut s = match (rule.period, rule.from) {
                (Some(period), Some(from)) => {
                    format!("{} ({period}) {}", lang.period(period), lang.trigger(from))
                }
                (Some(period), None) => format!("{} ({period})", lang.period(period)),
                _ => rule.criteria.clone().unwrap_or_default(),
            };
            if rule.period.is_some() {
                if let Some(criteria) = &rule.criteria {
                    let _ = write!(s, " ({criteria})");
                }
            }
            if let Some(law) = &rule.legal_reference {
                let _ = write!(s, "; {law}");
            }
            let _ = writeln!(
                out,
                "- {}: {s}; {} {}",
                activity.name,
                l("daarna", "then"),
                lang.action(rule.then)
            );
        }
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", l("Uw rechten", "Your rights"));
    let mut rights = BTreeSet::new();
    for activity in &policy.activities {
        if let Ok(decision) = assess_rights(policy, &activity.id) {
            rights.extend(
                decision
                    .rights
                    .iter()
                    .filter(|r| r.applies == Applicability::Applies)
                    .map(|r| r.right),
            );
        }
    }
    for right in DataSubjectRight::ALL.iter().filter(|r| rights.contains(r)) {
        let _ = writeln!(
            out,
            "- **{}** ({} {avg}). {}",
            lang.right(*right),
            right.citation(),
            lang.right_detail(*right)
        );
    }
    let _ = writeln!(out, "\n{}\n", l(
        "We antwoorden zonder onnodige vertraging en uiterlijk binnen één maand na ontvangst van uw verzoek; bij complexe of talrijke verzoeken kan dat met twee maanden worden verlengd, wat we u binnen de eerste maand laten weten (art. 12(3) AVG).",
        "We answer without undue delay and within one month of receiving your request; for complex or numerous requests this may be extended by two months, which we tell you within the first month (Art. 12(3) GDPR).",
    ));

    let adm = policy
        .activities
        .iter()
        .flat_map(|a| a.purposes.iter())
        .any(|p| p.automated_decision.is_some());
    let _ = writeln!(
        out,
        "## {}\n",
        l(
            "Geautomatiseerde besluitvorming",
            "Automated decision-making"
        )
    );
    if adm {
        for p in policy.activities.iter().flat_map(|a| a.purposes.iter()) {
            if let Some(d) = &p.automated_decision {
                let logic = d.logic.as_deref().unwrap_or(
                    lang.pick("de logica is niet beschreven", "the logic is not described"),
                );
                let _ = writeln!(out, "- {}: {logic}", p.description);
            }
        }
        out.push('\n');
    } else {
        let _ = writeln!(
            out,
            "{}\n",
            l(
                "We nemen geen besluiten die uitsluitend op geautomatiseerde verwerking berusten.",
                "We take no decisions based solely on automated processing."
            )
        );
    }

    let _ = writeln!(out, "## {}\n", l("Klachten", "Complaints"));
    if c.supervisory_authorities.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            l(
                "Er is geen toezichthouder vastgelegd.",
                "No supervisory authority is recorded."
            )
        );
    }
    for a in &c.supervisory_authorities {
        let mut line = format!("- {} ({})", a.name, a.country);
        if let Some(competence) = &a.competence {
            let _ = write!(line, " — {competence}");
        }
        if let Some(contact) = &a.contact {
            let _ = write!(line, " — {contact}");
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(
        out,
        "\n{}",
        l(
            "U kunt altijd een klacht indienen bij de toezichthouder (art. 77 AVG).",
            "You may always lodge a complaint with the supervisory authority (Art. 77 GDPR)."
        )
    );
    out
}
