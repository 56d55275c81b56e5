//! A privacy notice in Markdown, written from the policy: one function per element of
//! Art. 13 and 14, every word from the vocabulary of the language asked for.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::assess::{assess_rights, Applicability};
use crate::explain::{Language, Phrase};
use crate::{
    Citation, DataSubjectRight, LegalBasis, Origin, Policy, ProcessingActivity as Activity, Purpose,
};

/// Writes the privacy notice of `policy` in Markdown.
///
/// Every purpose appears with its legal basis and the article it rests on; every recipient,
/// transfer ground, retention rule and supervisory authority of the policy appears; the
/// rights are those that apply to at least one activity, with their conditions. Where the
/// policy has no answer (no legal basis, no retention), the notice says that it does not,
/// so the gap is visible rather than papered over.
pub fn render_notice(policy: &Policy, lang: Language) -> String {
    let mut notice = Notice {
        out: String::new(),
        lang,
        policy,
    };
    notice.title();
    notice.controller();
    notice.purposes();
    notice.other_sources();
    notice.recipients();
    notice.transfers();
    notice.retention();
    notice.rights();
    notice.automated_decisions();
    notice.complaints();
    notice.out
}

/// The notice being written.
struct Notice<'p> {
    out: String,
    lang: Language,
    policy: &'p Policy,
}

impl Notice<'_> {
    fn say(&self, phrase: Phrase) -> &'static str {
        self.lang.phrase(phrase)
    }

    /// A citation of the GDPR as the notice writes it: `Art. 6(1)(a) GDPR`.
    fn cite(&self, citation: Citation) -> String {
        format!("{} {}", self.lang.cite(citation), self.lang.regulation())
    }

    fn heading(&mut self, phrase: Phrase) {
        let _ = writeln!(self.out, "## {}\n", self.say(phrase));
    }

    fn line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    fn title(&mut self) {
        let _ = writeln!(
            self.out,
            "# {} — {}\n",
            self.say(Phrase::NoticeTitle),
            self.policy.controller.name
        );
    }

    /// Art. 13(1)(a) and (b): the controller, its contact, its data protection officer.
    fn controller(&mut self) {
        let c = &self.policy.controller;
        self.heading(Phrase::NoticeControllerHeading);
        let _ = writeln!(self.out, "{} ({}).", c.name, self.say(Phrase::Controller));
        if let Some(contact) = &c.contact {
            let _ = writeln!(self.out, "{}: {contact}.", self.say(Phrase::Contact));
        }
        if let Some(dpo) = &c.dpo {
            let _ = writeln!(
                self.out,
                "{}: {dpo}.",
                self.say(Phrase::DataProtectionOfficer)
            );
        }
        self.out.push('\n');
    }

    /// Art. 13(1)(c), (d) and 13(2)(e), activity by activity: the purposes with their bases,
    /// the data, the conditions for special categories, whether the data must be provided.
    fn purposes(&mut self) {
        self.heading(Phrase::NoticePurposesHeading);
        for activity in &self.policy.activities {
            let _ = writeln!(self.out, "### {}\n", activity.name);
            if activity.acts_as_processor() {
                let _ = writeln!(self.out, "{}\n", self.say(Phrase::NoticeOnBehalfOfClient));
            }
            for purpose in &activity.purposes {
                self.purpose(activity, purpose);
            }
            self.categories(activity);
            self.provision(activity);
            self.out.push('\n');
        }
    }

    fn purpose(&mut self, activity: &Activity, purpose: &Purpose) {
        let basis = match &purpose.legal_basis {
            Some(b) => {
                let mut s = format!("{} ({})", self.lang.basis(b), self.cite(b.citation()));
                if let LegalBasis::LegitimateInterests { interest: Some(i) } = b {
                    let _ = write!(s, "; {}: {i}", self.say(Phrase::OurInterest));
                }
                if let Some(law) = b.legal_reference() {
                    let _ = write!(s, "; {law}");
                }
                s
            }
            None if activity.acts_as_processor() => {
                self.say(Phrase::BasisDeterminedByClient).to_owned()
            }
            None => self.say(Phrase::BasisNotRecorded).to_owned(),
        };
        let _ = writeln!(self.out, "- {} — *{basis}*", purpose.description);
        if purpose.direct_marketing {
            let _ = writeln!(self.out, "  - {}", self.say(Phrase::NoticeDirectMarketing));
        }
        if purpose.profiling {
            let _ = writeln!(self.out, "  - {}", self.say(Phrase::NoticeProfiling));
        }
    }

    fn categories(&mut self, activity: &Activity) {
        let lang = self.lang;
        let categories: Vec<String> = self
            .policy
            .categories_of(activity)
            .map(|cat| match cat.special_category {
                Some(s) => format!(
                    "{} ({}: {})",
                    cat.name,
                    lang.phrase(Phrase::SpecialCategoryMark),
                    lang.special_category(s)
                ),
                None if cat.national_identification_number => {
                    format!("{} ({})", cat.name, lang.phrase(Phrase::NationalNumberMark))
                }
                None => cat.name.clone(),
            })
            .collect();
        if !categories.is_empty() {
            let _ = writeln!(
                self.out,
                "\n{}: {}.",
                self.say(Phrase::Data),
                categories.join("; ")
            );
        }
        if !activity.special_category_conditions.is_empty() {
            let conditions: Vec<String> = activity
                .special_category_conditions
                .iter()
                .map(|c| self.cite(c.citation()))
                .collect();
            let _ = writeln!(
                self.out,
                "{}: {}.",
                self.say(Phrase::SpecialConditionsRelied),
                conditions.join(", ")
            );
        }
    }

    fn provision(&mut self, activity: &Activity) {
        let Some(p) = &activity.provision else {
            return;
        };
        let required = if p.required {
            Phrase::ProvisionRequired
        } else {
            Phrase::ProvisionVoluntary
        };
        let _ = write!(self.out, "{}", self.say(required));
        if let Some(consequence) = &p.consequence {
            let _ = write!(self.out, "; {}: {consequence}", self.say(Phrase::Otherwise));
        }
        self.out.push_str(".\n");
    }

    /// Art. 14(1)(d) and 14(2)(f): the data obtained elsewhere, and their source.
    fn other_sources(&mut self) {
        let elsewhere: Vec<_> = self
            .policy
            .data_categories
            .iter()
            .filter(|c| c.origin == Origin::OtherSource)
            .collect();
        if elsewhere.is_empty() {
            return;
        }
        self.heading(Phrase::NoticeOtherSourcesHeading);
        for cat in elsewhere {
            let from = cat
                .obtained_from
                .as_deref()
                .unwrap_or(self.say(Phrase::SourceNotRecorded));
            let _ = writeln!(
                self.out,
                "- {} — {}: {from}",
                cat.name,
                self.say(Phrase::Source)
            );
        }
        self.out.push('\n');
    }

    /// Art. 13(1)(e): the recipients, their role and where they are.
    fn recipients(&mut self) {
        self.heading(Phrase::NoticeRecipientsHeading);
        if self.policy.recipients.is_empty() {
            let _ = writeln!(self.out, "{}\n", self.say(Phrase::NoRecipients));
        }
        for r in &self.policy.recipients {
            let place = match &r.location {
                Some(destination) => self.lang.destination(destination),
                None => self.say(Phrase::LocationNotRecorded).to_owned(),
            };
            let _ = writeln!(
                self.out,
                "- {} ({}; {place})",
                r.name,
                self.lang.role(r.role)
            );
        }
        self.out.push('\n');
    }

    /// Art. 13(1)(f): the transfers with their grounds, the conditional ones, the promises.
    fn transfers(&mut self) {
        let lang = self.lang;
        let policy = self.policy;
        self.heading(Phrase::NoticeTransfersHeading);
        let mut lines = Vec::new();
        for t in policy.activities.iter().flat_map(|a| a.transfers.iter()) {
            let name = policy
                .recipient(&t.recipient)
                .map_or(t.recipient.as_str(), |r| r.name.as_str());
            lines.push(format!(
                "{name}: {} ({})",
                lang.mechanism(t.mechanism),
                self.cite(t.mechanism.citation())
            ));
        }
        for recipient in &policy.recipients {
            let Some(clause) = &recipient.conditional_transfer else {
                continue;
            };
            let grounds: Vec<&str> = clause
                .grounds
                .iter()
                .map(|g| lang.ground_kind(*g))
                .collect();
            let on = if grounds.is_empty() {
                String::new()
            } else {
                let or = format!(" {} ", lang.phrase(Phrase::Or));
                format!(", {} {}", lang.phrase(Phrase::OnGrounds), grounds.join(&or))
            };
            lines.push(format!(
                "{}: {} {} {}{on}",
                recipient.name,
                lang.phrase(Phrase::OnlyOutside),
                lang.region_in_full(clause.outside),
                lang.transfer_condition(clause.condition)
            ));
        }
        for promise in &policy.commitments {
            if matches!(
                promise.commitment,
                crate::Commitment::NoTransfersOutsideEea | crate::Commitment::NoTransfersOutsideEu
            ) {
                lines.push(lang.commitment_statement(promise.commitment).to_owned());
            }
        }
        if lines.is_empty() {
            self.line(lang.phrase(Phrase::NoTransfersRecorded));
        }
        for line in lines {
            let _ = writeln!(self.out, "- {line}");
        }
        self.out.push('\n');
    }

    /// Art. 13(2)(a): how long, from when, and what happens then.
    fn retention(&mut self) {
        let lang = self.lang;
        self.heading(Phrase::NoticeRetentionHeading);
        for activity in self
            .policy
            .activities
            .iter()
            .filter(|a| !a.acts_as_processor())
        {
            if activity.retention.is_empty() {
                let _ = writeln!(
                    self.out,
                    "- {}: {}",
                    activity.name,
                    lang.phrase(Phrase::NoRetentionRecorded)
                );
            }
            for rule in &activity.retention {
                let mut s = match (rule.period, rule.from) {
                    (Some(period), Some(from)) => {
                        format!("{} ({period}) {}", lang.period(period), lang.after(from))
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
                    self.out,
                    "- {}: {s}; {} {}",
                    activity.name,
                    lang.phrase(Phrase::Then),
                    lang.action(rule.then)
                );
            }
        }
        self.out.push('\n');
    }

    /// Art. 13(2)(b), (c) and 12(3): the rights that apply to some activity, and how fast
    /// requests are answered.
    fn rights(&mut self) {
        let lang = self.lang;
        self.heading(Phrase::NoticeRightsHeading);
        let mut rights = BTreeSet::new();
        for activity in &self.policy.activities {
            if let Ok(decision) = assess_rights(self.policy, &activity.id) {
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
                self.out,
                "- **{}** ({}). {}",
                lang.right_title(*right),
                self.cite(right.citation()),
                lang.right_detail(*right)
            );
        }
        let _ = writeln!(self.out, "\n{}\n", lang.phrase(Phrase::NoticeResponseTime));
    }

    /// Art. 13(2)(f): solely automated decisions and their logic.
    fn automated_decisions(&mut self) {
        let lang = self.lang;
        self.heading(Phrase::NoticeAutomatedHeading);
        let decisions: Vec<_> = self
            .policy
            .activities
            .iter()
            .flat_map(|a| a.purposes.iter())
            .filter_map(|p| p.automated_decision.as_ref().map(|d| (p, d)))
            .collect();
        if decisions.is_empty() {
            let _ = writeln!(self.out, "{}\n", lang.phrase(Phrase::NoAutomatedDecisions));
            return;
        }
        for (p, d) in decisions {
            let logic = d
                .logic
                .as_deref()
                .unwrap_or(lang.phrase(Phrase::LogicNotDescribed));
            let _ = writeln!(self.out, "- {}: {logic}", p.description);
        }
        self.out.push('\n');
    }

    /// Art. 13(2)(d) and 77: the supervisory authorities.
    fn complaints(&mut self) {
        let lang = self.lang;
        self.heading(Phrase::NoticeComplaintsHeading);
        let authorities = &self.policy.controller.supervisory_authorities;
        if authorities.is_empty() {
            self.line(lang.phrase(Phrase::NoAuthorityRecorded));
        }
        for a in authorities {
            let mut line = format!("- {} ({})", a.name, a.country);
            if let Some(competence) = &a.competence {
                let _ = write!(line, " — {competence}");
            }
            if let Some(contact) = &a.contact {
                let _ = write!(line, " — {contact}");
            }
            self.line(&line);
        }
        let _ = writeln!(self.out, "\n{}", lang.phrase(Phrase::NoticeComplaintRight));
    }
}
