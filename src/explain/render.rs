//! Rendering a decision in a language: every reason and question it carries gets its sentence
//! in `message`, so that its JSON reads in that language while its codes stay the same.
//!
//! ```
//! use gdpr::assess::assess_rights;
//! use gdpr::explain::Language;
//! use gdpr::Policy;
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let mut rights = assess_rights(&policy, "newsletter").unwrap();
//! rights.render(Language::Dutch);
//! let first = &rights.rights[0].reasons[0];
//! assert_eq!(first.message.as_deref(), Some("het recht op intrekking van de toestemming"));
//! ```

use crate::assess::{
    Cutoff, Deadline, ErasureDecision, HoursDeadline, ObjectionDecision, OpenQuestion, Reason,
    RequestDeadlines, RestrictionDecision, RetentionPlan, RightsDecision, TimeLimit,
    TransferDecision,
};
use crate::sql::RetentionSql;

use super::Language;

fn reasons<'a>(lang: Language, reasons: impl IntoIterator<Item = &'a mut Reason>) {
    for r in reasons {
        r.render(lang);
    }
}

fn questions<'a>(lang: Language, questions: impl IntoIterator<Item = &'a mut OpenQuestion>) {
    for q in questions {
        q.render(lang);
    }
}

impl ErasureDecision {
    /// Writes every sentence of the decision in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        for item in &mut self.items {
            reasons(lang, &mut item.reasons);
            questions(lang, &mut item.open_questions);
        }
        reasons(lang, self.suppression.iter_mut());
        reasons(
            lang,
            self.notify_recipients.iter_mut().map(|n| &mut n.reason),
        );
        reasons(lang, self.inform_other_controllers.iter_mut());
        questions(lang, &mut self.open_questions);
        self.deadlines.render(lang);
    }
}

impl RightsDecision {
    /// Writes every sentence of the decision in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        for right in &mut self.rights {
            reasons(lang, &mut right.reasons);
            questions(lang, &mut right.open_questions);
        }
    }
}

impl ObjectionDecision {
    /// Writes every sentence of the decision in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        reasons(lang, self.suppression.iter_mut());
        reasons(lang, &mut self.reasons);
        questions(lang, &mut self.open_questions);
    }
}

impl RestrictionDecision {
    /// Writes every sentence of the decision in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        reasons(lang, &mut self.reasons);
        questions(lang, &mut self.open_questions);
    }
}

impl TransferDecision {
    /// Writes every sentence of the decision in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        reasons(lang, &mut self.reasons);
        questions(lang, &mut self.open_questions);
        reasons(lang, &mut self.remedies);
        reasons(
            lang,
            self.commitment_breaches.iter_mut().map(|b| &mut b.reason),
        );
    }
}

impl Deadline {
    /// Writes every sentence of the deadline in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        reasons(lang, &mut self.reasons);
    }
}

impl RequestDeadlines {
    /// Writes every sentence of the deadlines in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        self.respond_by.render(lang);
        if let Some(extended) = &mut self.extended_respond_by {
            extended.render(lang);
        }
    }
}

impl HoursDeadline {
    /// Writes every sentence of the deadline in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        reasons(lang, &mut self.reasons);
    }
}

impl TimeLimit {
    /// Writes every sentence of the time limit in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        match self {
            TimeLimit::Days(d) => d.render(lang),
            TimeLimit::Hours(h) => h.render(lang),
        }
    }
}

impl RetentionPlan {
    /// Writes every question of the plan in `lang` into its `message`.
    pub fn render(&mut self, lang: Language) {
        for activity in &mut self.activities {
            for rule in &mut activity.rules {
                if let Cutoff::NeedsReview { questions: asked } = &mut rule.cutoff {
                    questions(lang, asked);
                }
            }
        }
    }
}

impl RetentionSql {
    /// Writes why each maximum is withheld, and every question it waits for, in `lang` into
    /// their `message`. The statements stay as they are.
    pub fn render(&mut self, lang: Language) {
        for w in &mut self.withheld {
            w.message = Some(lang.withheld_reason(w.reason).to_owned());
            questions(lang, &mut w.questions);
        }
    }
}
