//! Decisions as text for people, in Dutch or English: the layout of the tour and of the
//! CLI's `--format text`. Every word comes from the vocabulary; no Rust name is printed.
//!
//! Each `to_text` writes lines that start at the left margin, sub-lines indented by two
//! spaces, a mark (`✗` error, `!` warning, `?` open question) before what needs attention and
//! the article a line rests on in parentheses, in the language's own citation style.

use std::fmt::Write as _;

use crate::assess::{
    Applicability, Deadline, ErasureDecision, ErasureVerdict, HoursDeadline, ObjectionDecision,
    OpenQuestion, PlannedRule, PurposeStop, Reason, RequestDeadlines, RestrictionDecision,
    RetentionPlan, RightsDecision, TimeLimit, TransferDecision,
};
use crate::notice::{AuditFinding, ElementStatus, NoticeAudit, NoticeCheck};
use crate::{Citation, Finding, Severity, ValidationReport};

use super::{Language, Phrase};

/// The width of the first column: a citation, a verdict.
const WIDTH: usize = 24;

impl Language {
    /// A reason with its citation: "the data are … (Art. 17(1)(a))".
    pub fn reason_line(self, reason: &Reason) -> String {
        format!(
            "{} ({})",
            reason.in_language(self),
            self.cite(reason.citation)
        )
    }

    /// An open question with the field that answers it and its citation.
    pub fn question_line(self, question: &OpenQuestion) -> String {
        format!(
            "{} (`{}`, {})",
            question.in_language(self),
            question.field,
            self.cite(question.citation)
        )
    }

    /// A rule of a retention plan with its citation: "maximum: erase … (Art. 5(1)(e))".
    pub fn planned_rule_line(self, rule: &PlannedRule) -> String {
        format!("{} ({})", self.planned_rule(rule), self.cite(rule.citation))
    }

    /// The mark of a severity: `✗` for an error, `!` for a warning.
    pub const fn mark(severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "✗",
            Severity::Warning => "!",
        }
    }
}

fn reasons(out: &mut String, lang: Language, indent: &str, reasons: &[Reason]) {
    for r in reasons {
        let _ = writeln!(out, "{indent}{}", lang.reason_line(r));
    }
}

fn questions(out: &mut String, lang: Language, indent: &str, questions: &[OpenQuestion]) {
    for q in questions {
        let _ = writeln!(out, "{indent}? {}", lang.question_line(q));
    }
}

/// A line under a label in the first column: "may keep   the suppression entry …".
fn labelled(out: &mut String, lang: Language, label: Phrase, text: &str) {
    let _ = writeln!(out, "  {:<WIDTH$} {text}", lang.phrase(label));
}

/// The first line of a decision on one activity: "Objection `newsletter`: stop …".
fn headed(out: &mut String, lang: Language, heading: Phrase, activity: &str, outcome: &str) {
    let _ = writeln!(out, "{} `{activity}`: {outcome}", lang.phrase(heading));
}

fn stops(out: &mut String, lang: Language, stops: &[PurposeStop]) {
    for stop in stops {
        let _ = writeln!(
            out,
            "  {:<WIDTH$} {}/{}: {} ({})",
            lang.phrase(Phrase::Stop),
            stop.activity,
            stop.purpose,
            lang.stop_reason(stop.because),
            lang.cite(stop.citation)
        );
    }
}

impl ValidationReport {
    /// The report as text: a count, then every finding with its mark, article, path, message
    /// and help.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: {} {} {}",
            lang.phrase(Phrase::Validation),
            lang.count(self.errors().count(), Phrase::Error, Phrase::Errors),
            lang.phrase(Phrase::And),
            lang.count(self.warnings().count(), Phrase::Warning, Phrase::Warnings)
        );
        for f in &self.findings {
            finding(&mut out, lang, f);
        }
        out
    }
}

fn finding(out: &mut String, lang: Language, f: &Finding) {
    let cite = f.citation.map(|c| lang.cite(c)).unwrap_or_default();
    let _ = writeln!(
        out,
        "  {} {cite:<WIDTH$} {}",
        Language::mark(f.severity),
        f.path
    );
    let _ = writeln!(
        out,
        "    {:<WIDTH$} {}",
        "",
        lang.finding(f.code, &f.params)
    );
    let _ = writeln!(
        out,
        "    {:<WIDTH$} {}: {}",
        "",
        lang.phrase(Phrase::Help),
        lang.finding_help(f.code, &f.params)
    );
}

impl RightsDecision {
    /// The rights of the activity as text: each right with its mark (`✓` applies, `✗` does
    /// not, `?` needs review, `→` the client's), its article, and why.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{} `{}`", lang.phrase(Phrase::RightsOf), self.activity);
        for r in &self.rights {
            let _ = writeln!(
                out,
                "  {} {:<WIDTH$} {} — {}",
                applicability_mark(r.applies),
                lang.cite(r.right.citation()),
                lang.right_title(r.right),
                lang.applicability(r.applies)
            );
            // The first reason names the right itself.
            reasons(
                &mut out,
                lang,
                "      ",
                r.reasons.get(1..).unwrap_or_default(),
            );
            questions(&mut out, lang, "      ", &r.open_questions);
        }
        out
    }
}

/// The mark of whether a right applies.
pub(crate) const fn applicability_mark(applies: Applicability) -> &'static str {
    match applies {
        Applicability::Applies => "✓",
        Applicability::DoesNotApply => "✗",
        Applicability::NeedsReview => "?",
        Applicability::ExercisedAgainstController => "→",
    }
}

impl ErasureDecision {
    /// The decision as text: the outcome and the answer deadline, then per data category what
    /// happens to it in each activity, the processing that stops, and whom to tell.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let deadlines = &self.deadlines;
        let extension = match &deadlines.extended_respond_by {
            Some(x) => format!(" {} {}", lang.phrase(Phrase::IfExtended), x.last_day),
            None => format!(" ({})", lang.phrase(Phrase::NoExtensionForRefusal)),
        };
        let _ = writeln!(
            out,
            "{}: {} — {} {}{extension} ({})",
            lang.phrase(Phrase::ErasureHeading),
            lang.erasure_outcome(self.outcome),
            lang.phrase(Phrase::AnswerBy),
            deadlines.respond_by.last_day,
            lang.cite(Citation::article(12).paragraph(3))
        );
        let mut categories: Vec<&str> = self
            .items
            .iter()
            .map(|i| i.data_category.as_str())
            .collect();
        categories.dedup();
        for category in categories {
            let _ = writeln!(out, "  {category}");
            for item in self.items_for(category) {
                let verdict = match (item.verdict, item.keep_until) {
                    (ErasureVerdict::Keep, Some(until)) => {
                        format!("{} {until}", lang.phrase(Phrase::KeepUntil))
                    }
                    (verdict, _) => lang.erasure_verdict(verdict).to_owned(),
                };
                let why = item
                    .reasons
                    .first()
                    .map(|r| lang.reason_line(r))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "    {verdict:<WIDTH$} {} {}: {why}",
                    lang.phrase(Phrase::In),
                    item.activity
                );
                questions(
                    &mut out,
                    lang,
                    &format!("    {:<WIDTH$}    ", ""),
                    &item.open_questions,
                );
            }
        }
        questions(&mut out, lang, "  ", &self.open_questions);
        stops(&mut out, lang, &self.stop_processing);
        if let Some(suppression) = &self.suppression {
            labelled(
                &mut out,
                lang,
                Phrase::MayKeep,
                &lang.reason_line(suppression),
            );
        }
        for n in &self.notify_recipients {
            let _ = writeln!(
                out,
                "  {:<WIDTH$} {} ({})",
                lang.phrase(Phrase::TellRecipient),
                n.recipient,
                lang.cite(n.reason.citation)
            );
        }
        if let Some(inform) = &self.inform_other_controllers {
            labelled(
                &mut out,
                lang,
                Phrase::TellOtherControllers,
                &lang.reason_line(inform),
            );
        }
        out
    }
}

impl ObjectionDecision {
    /// The decision as text: the outcome, the processing that stops, why, and what is open.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        headed(
            &mut out,
            lang,
            Phrase::ObjectionHeading,
            &self.activity,
            lang.objection_outcome(self.outcome),
        );
        stops(&mut out, lang, &self.stop);
        reasons(&mut out, lang, "  ", &self.reasons);
        questions(&mut out, lang, "  ", &self.open_questions);
        if let Some(suppression) = &self.suppression {
            labelled(
                &mut out,
                lang,
                Phrase::MayKeep,
                &lang.reason_line(suppression),
            );
        }
        out
    }
}

impl RestrictionDecision {
    /// The decision as text: the outcome, why, and what is open.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        headed(
            &mut out,
            lang,
            Phrase::RestrictionHeading,
            &self.activity,
            lang.restriction_outcome(self.outcome),
        );
        reasons(&mut out, lang, "  ", &self.reasons);
        questions(&mut out, lang, "  ", &self.open_questions);
        out
    }
}

impl TransferDecision {
    /// The decision as text: the outcome and its ground, the reasoning, the promises it would
    /// break, what is open, and what would make it permitted.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let ground = self
            .ground
            .map(|g| format!(" {} {}", lang.phrase(Phrase::On), lang.cite(g.citation())))
            .unwrap_or_default();
        let destination = self
            .destination
            .as_ref()
            .map(|d| format!(" ({})", lang.destination(d)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{} `{}`{destination}: {}{ground}",
            lang.phrase(Phrase::TransferTo),
            self.recipient,
            lang.transfer_outcome(self.outcome)
        );
        reasons(&mut out, lang, "  ", &self.reasons);
        for b in &self.commitment_breaches {
            let _ = writeln!(
                out,
                "  ✗ {}: {}",
                lang.phrase(Phrase::BreaksPromise),
                lang.reason_line(&b.reason)
            );
        }
        questions(&mut out, lang, "  ", &self.open_questions);
        for remedy in &self.remedies {
            let _ = writeln!(
                out,
                "  {}: {}",
                lang.phrase(Phrase::WouldBePermittedWith),
                lang.reason_line(remedy)
            );
        }
        out
    }
}

impl Deadline {
    /// The deadline as text: its last day and calendar, then how it was counted.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} {} {} ({})",
            lang.phrase(Phrase::Deadline),
            lang.phrase(Phrase::EndsAtEndOf),
            self.last_day,
            self.calendar.id
        );
        reasons(&mut out, lang, "  ", &self.reasons);
        out
    }
}

impl RequestDeadlines {
    /// The deadlines of a request as text: the day to answer by, the extended one, and how
    /// they were counted.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} {}: {} {}",
            lang.phrase(Phrase::RequestReceived),
            self.received,
            lang.phrase(Phrase::AnswerBy),
            self.respond_by.last_day
        );
        reasons(&mut out, lang, "  ", &self.respond_by.reasons);
        if let Some(extended) = &self.extended_respond_by {
            let _ = writeln!(
                out,
                "{}: {} {}",
                lang.phrase(Phrase::Extended),
                lang.phrase(Phrase::AnswerBy),
                extended.last_day
            );
            reasons(&mut out, lang, "  ", &extended.reasons);
        }
        out
    }
}

impl HoursDeadline {
    /// The deadline as text: the moment it ends, on the controller's clock, and how it was
    /// counted.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} {} {}",
            lang.phrase(Phrase::Deadline),
            lang.phrase(Phrase::EndsAt),
            self.ends_local.format("%Y-%m-%d %H:%M %:z")
        );
        reasons(&mut out, lang, "  ", &self.reasons);
        out
    }
}

impl TimeLimit {
    /// The time limit as text.
    pub fn to_text(&self, lang: Language) -> String {
        match self {
            TimeLimit::Days(d) => d.to_text(lang),
            TimeLimit::Hours(h) => h.to_text(lang),
        }
    }
}

impl RetentionPlan {
    /// The plan as text: its date, then per activity each rule with its kind and law, the rows
    /// it makes due or protects, its article, and what must be answered before it applies.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::assess::{retention_plan, FinancialYear};
    /// use gdpr::explain::Language;
    /// use gdpr::Policy;
    ///
    /// let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json"))?;
    /// let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let plan = retention_plan(&policy, as_of, Some(FinancialYear::CALENDAR_YEAR))?;
    /// let text = plan.to_text(Language::Dutch);
    /// assert!(text.starts_with("Bewaarplan op 2026-11-27\n"));
    /// assert!(text.contains(
    ///     "wis `contact` en `orders` als de datum van het einde van de overeenkomst op of vóór 2024-11-27 ligt"
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} {}",
            lang.phrase(Phrase::RetentionPlanOn),
            self.as_of
        );
        let mut any = false;
        for (activity, rule) in self.rules() {
            any = true;
            let _ = writeln!(
                out,
                "  {:<WIDTH$} {}",
                activity.activity,
                lang.planned_rule_line(rule)
            );
            questions(
                &mut out,
                lang,
                &format!("  {:<WIDTH$}   ", ""),
                rule.questions(),
            );
        }
        if !any {
            let _ = writeln!(out, "  {}", lang.phrase(Phrase::Nothing));
        }
        out
    }
}

impl NoticeAudit {
    /// The audit as text: each finding with its mark, article and message.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", lang.phrase(Phrase::NoticeAuditHeading));
        if self.findings.is_empty() {
            let _ = writeln!(out, "  {}", lang.phrase(Phrase::Nothing));
        }
        for f in &self.findings {
            audit_finding(&mut out, lang, f);
        }
        out
    }
}

fn audit_finding(out: &mut String, lang: Language, f: &AuditFinding) {
    let _ = writeln!(
        out,
        "  {} {:<WIDTH$} {}",
        Language::mark(f.severity),
        lang.cite(f.citation),
        f.path
    );
    let _ = writeln!(out, "    {:<WIDTH$} {}", "", lang.audit(f.code, &f.params));
}

impl NoticeCheck {
    /// The check as text: the elements the policy cannot yet support (`✗` a gap, `?` to
    /// check), each with its article and what is missing.
    pub fn to_text(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", lang.phrase(Phrase::NoticeCheckHeading));
        let open: Vec<_> = self
            .elements
            .iter()
            .filter(|e| matches!(e.status, ElementStatus::Gap | ElementStatus::Check))
            .collect();
        if open.is_empty() {
            let _ = writeln!(out, "  {}", lang.phrase(Phrase::Nothing));
        }
        for e in open {
            let mark = if e.status == ElementStatus::Gap {
                "✗"
            } else {
                "?"
            };
            let _ = writeln!(
                out,
                "  {mark} {:<WIDTH$} {}: {}",
                lang.cite(e.citation),
                lang.element(e.element),
                lang.check(e.code, &e.params)
            );
        }
        out
    }
}
