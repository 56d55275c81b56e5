//! The risk of a breach, as explicit rules over three-valued facts.
//!
//! The rest of this module's documentation is rendered in the docs of [`assess`](crate::assess)
//! (`src/assess/guide/breach_risk.md`), where users read it.

use crate::{Exposure, PersonalDataBreach, ProtectionMeasure};

use super::codes::{BreachFact, BreachKind, BreachReason};
use super::scope::Scope;
use super::tri::{Facts, Tri};

/// What the rules conclude.
#[derive(Debug, Clone)]
pub(super) struct RiskFindings {
    /// Whether the breach is likely to result in a risk (Art. 33(1)).
    pub risk: Tri,
    /// Whether it is likely to result in a high risk (Art. 34(1)), unintelligible data
    /// counted as such.
    pub high: Tri,
    /// Whether it would be, had the data been readable: with `high` false and the data
    /// unintelligible, Art. 34(3)(a) is what spares the communication.
    pub high_if_readable: Tri,
    /// Whether the data are certainly unintelligible to whoever reached them.
    pub unintelligible: bool,
    /// The steps, as codes, in the order of the reasoning.
    pub reasons: Vec<BreachReason>,
}

/// The facts the rules combine, each three-valued.
struct Facts3 {
    personal: Tri,
    confidentiality: Tri,
    integrity: Tri,
    availability: Tri,
    unintelligible: Tri,
    contained: Tri,
    sensitive: Tri,
    recoverable: Tri,
    effect: Tri,
    any_consequence: Tri,
    /// The data went only to known recipients and the controller finds that no damage can
    /// be identified (case 15): the disclosure is neutralised, whatever the data.
    harmless: Tri,
}

impl Facts3 {
    fn read(b: &PersonalDataBreach, scope: &Scope) -> Facts3 {
        let measure = b.protection.measure;
        let unintelligible = match measure {
            None => Tri::fact(None, BreachFact::ProtectionMeasure),
            Some(ProtectionMeasure::None) => Tri::FALSE,
            Some(_) => Tri::fact(b.protection.state_of_the_art, BreachFact::StateOfTheArt)
                .and(Tri::fact(b.protection.key_safe, BreachFact::KeySafe)),
        };
        let known_recipient = Tri::fact(
            b.accessed_by
                .map(|e| matches!(e, Exposure::TrustedRecipient | Exposure::KnownRecipients)),
            BreachFact::AccessedBy,
        );
        let contained = known_recipient.and(Tri::fact(
            b.deletion_confirmed,
            BreachFact::DeletionConfirmed,
        ));
        let any_consequence = Tri::any(
            b.consequences
                .judged()
                .map(|(c, v)| Tri::fact(v, BreachFact::of_consequence(c))),
        );
        // The finding holds only while every listed damage is judged not possible: one
        // judged possible contradicts it, one not yet judged leaves it open.
        let no_damage =
            Tri::known(b.no_damage_identifiable == Some(true)).and(any_consequence.not());
        Facts3 {
            personal: scope.personal(),
            confidentiality: Tri::fact(b.kinds.confidentiality, BreachFact::Confidentiality),
            integrity: Tri::fact(b.kinds.integrity, BreachFact::Integrity),
            availability: Tri::fact(b.kinds.availability, BreachFact::Availability),
            unintelligible,
            contained,
            sensitive: scope.sensitive(),
            recoverable: Tri::fact(b.restored, BreachFact::Restored)
                .or(Tri::fact(b.backup, BreachFact::Backup)),
            effect: Tri::fact(b.effect_on_subjects, BreachFact::EffectOnSubjects),
            any_consequence,
            harmless: known_recipient.and(no_damage),
        }
    }

    /// Disclosed beyond what neutralises a disclosure: a contained one of data that call
    /// for no more (cases 09, 13), or one to known recipients from which no damage can be
    /// identified (case 15).
    fn exposed(&self) -> Tri {
        self.contained
            .and(self.sensitive.not())
            .not()
            .and(self.harmless.not())
    }

    /// Confidentiality compromised beyond a neutralised disclosure, ignoring encryption.
    fn readable_exposure(&self) -> Tri {
        self.confidentiality.and(self.exposed())
    }

    /// Confidentiality compromised, and the data readable.
    fn confidentiality_exposure(&self) -> Tri {
        self.readable_exposure().and(self.unintelligible.not())
    }

    /// Lost or altered data that affect the subjects or cannot be brought back.
    fn loss_exposure(&self, kind: Tri) -> Tri {
        kind.and(self.effect.or(self.recoverable.not()))
    }

    /// Sensitive data out of the controller's control, where they could harm.
    fn sensitive_out(&self) -> Tri {
        self.sensitive
            .and(self.contained.not())
            .and(self.harmless.not())
    }

    /// Sensitive data out of the controller's control, ignoring encryption.
    fn sensitive_exposure(&self) -> Tri {
        self.confidentiality.and(self.sensitive_out())
    }

    /// A high risk from disclosure, ignoring encryption: sensitive data out of control, or
    /// any readable exposure with damage judged possible.
    fn confidentiality_high_risk(&self) -> Tri {
        self.confidentiality.and(
            self.sensitive_out()
                .or(self.exposed().and(self.any_consequence)),
        )
    }
}

/// Applies the rules.
pub(super) fn assess(b: &PersonalDataBreach, scope: &Scope) -> RiskFindings {
    let f = Facts3::read(b, scope);
    let loss = f
        .loss_exposure(f.availability)
        .or(f.loss_exposure(f.integrity));
    let exposure = f.confidentiality_exposure().or(loss);
    let risk = f.personal.and(exposure);
    // Confidentiality is factored out once, so that an unknown key is the only question
    // when sensitive data were reached: three-valued logic cannot see that two mentions of
    // the same unknown fact move together.
    let high_if_readable = f.personal.and(
        f.confidentiality_high_risk()
            .or(loss.and(f.any_consequence)),
    );
    let high = f.personal.and(
        f.confidentiality_high_risk()
            .and(f.unintelligible.not())
            .or(loss.and(f.any_consequence)),
    );
    RiskFindings {
        risk,
        high,
        high_if_readable,
        unintelligible: f.unintelligible.is_true(),
        reasons: reasons(b, scope, &f, exposure),
    }
}

fn reasons(b: &PersonalDataBreach, scope: &Scope, f: &Facts3, exposure: Tri) -> Vec<BreachReason> {
    let mut out = Vec::new();
    if f.personal.is_false() {
        out.push(BreachReason::NoPersonalData);
        return out;
    }
    if Tri::any([f.confidentiality, f.integrity, f.availability]).is_false() {
        out.push(BreachReason::NoSecurityCompromised);
        return out;
    }
    confidentiality_reasons(b, f, &mut out);
    for (kind, compromised) in [
        (BreachKind::Availability, f.availability),
        (BreachKind::Integrity, f.integrity),
    ] {
        if !compromised.is_true() {
            continue;
        }
        if f.effect.is_true() {
            out.push(BreachReason::EffectOnSubjects { kind });
        } else if f.recoverable.is_false() {
            out.push(BreachReason::DataLost { kind });
        } else if f.effect.is_false() && f.recoverable.is_true() {
            out.push(BreachReason::RestoredWithoutEffect { kind });
        }
    }
    let sensitive_readable = f.sensitive_exposure().and(f.unintelligible.not());
    if sensitive_readable.is_true() {
        if !scope.special.is_empty() {
            out.push(BreachReason::SpecialCategoriesExposed {
                categories: scope.special.clone(),
            });
        }
        for (present, reason) in [
            (scope.criminal, BreachReason::CriminalDataExposed),
            (scope.national_numbers, BreachReason::NationalNumbersExposed),
            (scope.children, BreachReason::ChildrenExposed),
            (scope.vulnerable, BreachReason::VulnerableSubjectsExposed),
        ] {
            if present {
                out.push(reason);
            }
        }
    }
    if exposure.may_be_true() {
        let possible = b.consequences.possible();
        if !possible.is_empty() {
            out.push(BreachReason::SeriousConsequencesPossible {
                consequences: possible,
            });
        } else if f.any_consequence.is_false() && !sensitive_readable.is_true() {
            out.push(BreachReason::NoSeriousConsequences);
        }
    }
    if let Some(count) = b.subjects {
        out.push(BreachReason::SubjectsConcerned { count });
    }
    out
}

fn confidentiality_reasons(b: &PersonalDataBreach, f: &Facts3, out: &mut Vec<BreachReason>) {
    if f.confidentiality.is_false() {
        out.push(BreachReason::NotDisclosed);
        return;
    }
    let protected = matches!(
        b.protection.measure,
        Some(ProtectionMeasure::Encryption | ProtectionMeasure::SaltedHash)
    );
    if let (true, Some(measure)) = (f.unintelligible.is_true(), b.protection.measure) {
        out.push(BreachReason::Unintelligible { measure });
    } else if protected {
        if b.protection.key_safe == Some(false) {
            out.push(BreachReason::KeyCompromised);
        }
        if b.protection.state_of_the_art == Some(false) {
            out.push(BreachReason::NotStateOfTheArt);
        }
    }
    if f.contained.and(f.sensitive.not()).is_true() {
        if let Some(accessed_by) = b.accessed_by {
            out.push(BreachReason::DisclosureContained { accessed_by });
        }
    } else if f.harmless.is_true() {
        if let Some(accessed_by) = b.accessed_by {
            out.push(BreachReason::NoDamageIdentified { accessed_by });
        }
    } else if f.confidentiality_exposure().is_true() {
        out.push(BreachReason::DataExposed {
            accessed_by: b.accessed_by,
        });
        let to_known = matches!(
            b.accessed_by,
            Some(Exposure::TrustedRecipient | Exposure::KnownRecipients)
        );
        if to_known && b.no_damage_identifiable.is_none() && !f.any_consequence.is_true() {
            out.push(BreachReason::DamageNotRuledOut);
        }
    }
}

/// The facts that could decide a three-valued conclusion, when it is undecided.
pub(super) fn awaited(t: Tri) -> Facts {
    if t.value.is_none() {
        t.awaits
    } else {
        Facts::default()
    }
}
