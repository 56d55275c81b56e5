//! Validation: every rule a policy can break, reported at once.
//!
//! [`validate`] never stops at the first problem. It returns a [`ValidationReport`] whose
//! findings each carry a stable [`FindingCode`], a [`Severity`], the JSON path of the element
//! concerned, the article the rule rests on, the [`Params`] its sentences name, a message a DPO
//! can act on and a help that says what to change. The sentences are English; render the report
//! in Dutch with [`ValidationReport::render`].
//!
//! Rules are grouped as the law is: references and ids, lawfulness (Art. 6, 9, 10, 87),
//! automated decisions (Art. 22), processors and joint controllers (Art. 26, 28), transfers
//! (Chapter V), retention (Art. 5(1)(e)) and the controller's own commitments.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::{validate, AdequacyRegistry, FindingCode, Policy};
//!
//! let policy = Policy::from_json(r#"{
//!   "controller": {"name": "Gemeente X", "kind": "public_authority", "establishment": "NL"},
//!   "data_categories": [{"id": "contact", "name": "Contact details", "origin": "provided_by_subject"}],
//!   "activities": [{
//!     "id": "newsletter", "name": "Newsletter",
//!     "purposes": [{"id": "news", "description": "Send news",
//!                   "legal_basis": {"basis": "legitimate_interests", "interest": "inform residents"}}],
//!     "data_subjects": [], "data_categories": ["contact"],
//!     "retention": [{"period": "P1Y", "from": "consent_withdrawn", "then": "erase"}]
//!   }]
//! }"#).unwrap();
//! let report = validate(&policy, &AdequacyRegistry::builtin(), NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
//! let finding = report.errors().next().unwrap();
//! assert_eq!(finding.code, FindingCode::LegitimateInterestsByPublicAuthority);
//! assert_eq!(finding.path, "activities[0].purposes[0].legal_basis");
//! assert_eq!(finding.citation.unwrap().to_string(), "Art. 6(1), second subparagraph");
//! ```

mod commitments;
mod finding;
mod lawfulness;
mod processors;
mod references;
mod retention;
mod transfers;

use chrono::NaiveDate;

pub use finding::{Finding, FindingCode, Severity, ValidationReport};

use crate::explain::Params;
use crate::{AdequacyRegistry, Citation, ConsentAges, Policy};

/// Checks a policy against every rule this crate knows, as of `as_of` (adequacy decisions
/// have dates), and returns all findings.
///
/// The ages of consent for children (Art. 8(1)) are the built-in table; to validate with
/// your own, use [`Context::validate`](crate::Context::validate).
pub fn validate(
    policy: &Policy,
    adequacy: &AdequacyRegistry,
    as_of: NaiveDate,
) -> ValidationReport {
    validate_with(policy, adequacy, &ConsentAges::builtin(), as_of)
}

/// [`validate`], with the caller's national data: the one place the rules run.
pub(crate) fn validate_with(
    policy: &Policy,
    adequacy: &AdequacyRegistry,
    consent_ages: &ConsentAges,
    as_of: NaiveDate,
) -> ValidationReport {
    let mut ctx = Ctx {
        policy,
        adequacy,
        consent_ages,
        as_of,
        findings: Vec::new(),
    };
    references::check(&mut ctx);
    lawfulness::check(&mut ctx);
    processors::check(&mut ctx);
    transfers::check(&mut ctx);
    retention::check(&mut ctx);
    commitments::check(&mut ctx);
    // Rules run by theme; the report is sorted by JSON path (array indices numerically,
    // keys alphabetically) so it reads top to bottom. The sort is stable, so
    // findings at one path keep the order of the rules.
    ctx.findings
        .sort_by(|a, b| path_key(&a.path).cmp(&path_key(&b.path)));
    ValidationReport {
        findings: ctx.findings,
    }
}

/// Orders paths as the document does: `activities[2]` before `activities[10]`.
fn path_key(path: &str) -> Vec<PathPart<'_>> {
    path.split(['.', '['])
        .map(
            |part| match part.strip_suffix(']').map(str::parse::<usize>) {
                Some(Ok(i)) => PathPart::Index(i),
                _ => PathPart::Key(part),
            },
        )
        .collect()
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum PathPart<'a> {
    Index(usize),
    Key(&'a str),
}

/// The path of an activity, formatted only when a finding needs it: validation runs over
/// thousands of activities that are mostly fine.
#[derive(Clone, Copy)]
pub(crate) struct ActivityPath(pub(crate) usize);

impl std::fmt::Display for ActivityPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "activities[{}]", self.0)
    }
}

/// What the rules share: the policy, the context and the findings so far.
pub(crate) struct Ctx<'a> {
    pub(crate) policy: &'a Policy,
    pub(crate) adequacy: &'a AdequacyRegistry,
    pub(crate) consent_ages: &'a ConsentAges,
    pub(crate) as_of: NaiveDate,
    findings: Vec<Finding>,
}

impl Ctx<'_> {
    fn report(
        &mut self,
        severity: Severity,
        code: FindingCode,
        path: String,
        citation: Option<Citation>,
        params: Params,
    ) {
        self.findings
            .push(Finding::new(code, severity, path, citation, params));
    }

    pub(crate) fn error(
        &mut self,
        code: FindingCode,
        path: String,
        citation: Citation,
        params: Params,
    ) {
        self.report(Severity::Error, code, path, Some(citation), params);
    }

    pub(crate) fn warning(
        &mut self,
        code: FindingCode,
        path: String,
        citation: Citation,
        params: Params,
    ) {
        self.report(Severity::Warning, code, path, Some(citation), params);
    }

    /// An error about the document itself, which no article governs.
    pub(crate) fn document_error(&mut self, code: FindingCode, path: String, params: Params) {
        self.report(Severity::Error, code, path, None, params);
    }
}
