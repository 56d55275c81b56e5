//! Findings: what validation reports, each with a stable code, a path and an article.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::explain::{Language, Params};
use crate::Citation;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The policy breaks a rule of the GDPR or is inconsistent: it cannot be relied on.
    Error,
    /// The policy lacks a fact it should record, or relies on something that needs a
    /// person's check.
    Warning,
}

/// A stable identifier for each kind of finding; serialised in snake_case, never renamed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingCode {
    /// Two elements of one list share an id.
    DuplicateId,
    /// An id refers to nothing in the policy, or to something outside its activity.
    DanglingReference,
    /// The policy lists no processing activity (Art. 30(1)).
    NoActivities,
    /// An activity states no purpose (Art. 5(1)(b)).
    NoPurpose,
    /// An activity names no category of personal data (Art. 30(1)(c)).
    NoDataCategories,
    /// A purpose of a controller has no Art. 6(1) basis.
    MissingLegalBasis,
    /// An Art. 89(1) purpose states no basis of its own, and another purpose of its activity
    /// rests on one: as compatible further processing (Art. 5(1)(b)) it may rest on the basis
    /// that allowed the collection (recital 50), once the safeguards of Art. 89(1) are
    /// checked. A warning where the error `missing_legal_basis` would otherwise be.
    CompatibleFurtherProcessing,
    /// A public authority relies on legitimate interests (Art. 6(1), second subparagraph).
    LegitimateInterestsByPublicAuthority,
    /// A 6(1)(c) or 6(1)(e) basis names no law (Art. 6(3)).
    MissingLegalReference,
    /// A 6(1)(f) basis does not say which interest is pursued (Art. 13(1)(d)).
    MissingLegitimateInterest,
    /// An information society service offered to children rests on consent: below the age of
    /// digital consent a parent must give or authorise it (Art. 8(1)).
    ChildConsent,
    /// Special-category data without an Art. 9(2) condition.
    SpecialCategoryWithoutCondition,
    /// Criminal-offence data without the authorisation of Art. 10.
    CriminalDataWithoutAuthorisation,
    /// A national identification number without the law of Art. 87.
    NationalNumberWithoutLaw,
    /// Data go to a third country or international organisation with no ground (Art. 44).
    TransferWithoutMechanism,
    /// A transfer relies on an adequacy decision that does not cover it (Art. 45(1)).
    AdequacyNotAvailable,
    /// Whether a transfer is covered turns on a fact the policy does not record.
    TransferNeedsReview,
    /// A recipient's location is unknown, so Chapter V cannot be checked.
    UnknownRecipientLocation,
    /// A recipient may receive data outside the EU or EEA under a condition of the notice:
    /// each such transfer needs its own ground (Art. 44).
    ConditionalTransfer,
    /// A public authority relies on a derogation Art. 49(3) withholds from it.
    DerogationBarredForPublicAuthority,
    /// A private controller relies on a safeguard for public authorities (Art. 46(2)(a),
    /// 46(3)(b)).
    SafeguardForPublicAuthoritiesOnly,
    /// A processor without an Art. 28(3) contract.
    ProcessorWithoutContract,
    /// A joint controller without an Art. 26(1) arrangement.
    JointControllerWithoutArrangement,
    /// A solely automated decision without an Art. 22(2) ground.
    AutomatedDecisionWithoutGround,
    /// A solely automated decision on special categories without 9(2)(a) or (g) (Art. 22(4)).
    AutomatedDecisionOnSpecialCategories,
    /// An activity without a retention rule (Art. 5(1)(e)).
    MissingRetention,
    /// A retention rule with neither a period nor criteria (Art. 13(2)(a)).
    RetentionWithoutPeriodOrCriteria,
    /// A retention period without the event it runs from.
    RetentionPeriodWithoutTrigger,
    /// A retention period in a unit retention cannot count (hours, as in `PT72H`): no due
    /// date can be computed from it (Art. 5(1)(e)).
    RetentionPeriodUnitUnusable,
    /// A retention rule that is a legal duty to keep names no law (Art. 17(3)(b)).
    RetentionDutyWithoutLaw,
    /// A legal duty to keep does not name the data categories it covers (Art. 17(3)(b)).
    RetentionDutyWithoutCategories,
    /// A retention rule names a law but not whether it is a maximum or a duty to keep.
    RetentionKindNotStated,
    /// The policy breaks a promise of its own notice.
    CommitmentBroken,
}

/// One thing validation found, as a diagnostic: a stable code, where, which article, what is
/// wrong (`message`) and what to change (`help`).
///
/// `message` and `help` are rendered from `code` and `params`, in English when validation
/// returns them; [`Finding::render`] (or [`ValidationReport::render`]) writes them in another
/// language. Programs read the code and the params, people read the words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a finding object")]
#[non_exhaustive]
pub struct Finding {
    /// What kind of finding this is; stable across releases.
    pub code: FindingCode,
    /// Error or warning.
    pub severity: Severity,
    /// The JSON path of the element concerned, e.g. `activities[1].purposes[0].legal_basis`.
    pub path: String,
    /// The provision the finding rests on; absent for findings about the document itself
    /// (duplicate ids, dangling references).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// The ids and values the sentences name.
    #[serde(default, skip_serializing_if = "Params::is_empty")]
    pub params: Params,
    /// What is wrong, in words a DPO can act on.
    pub message: String,
    /// What to change in the policy (or in the organisation) to resolve it.
    pub help: String,
}

impl Finding {
    /// A finding with its sentences in English.
    pub fn new(
        code: FindingCode,
        severity: Severity,
        path: String,
        citation: Option<Citation>,
        params: Params,
    ) -> Finding {
        let mut finding = Finding {
            code,
            severity,
            path,
            citation,
            params,
            message: String::new(),
            help: String::new(),
        };
        finding.render(Language::English);
        finding
    }

    /// Writes `message` and `help` in `lang`.
    pub fn render(&mut self, lang: Language) {
        self.message = lang.finding(self.code, &self.params);
        self.help = lang.finding_help(self.code, &self.params);
    }

    /// The finding on one line in `lang`, as the CLI prints it:
    /// `error: activities[0].purposes: … (Art. 5(1)(b))`.
    pub fn line(&self, lang: Language) -> String {
        let mut line = format!(
            "{}: {}: {}",
            lang.severity(self.severity),
            self.path,
            lang.finding(self.code, &self.params)
        );
        if let Some(c) = self.citation {
            line.push_str(&format!(" ({})", lang.cite(c)));
        }
        line
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: {}: {}", self.path, self.message)?;
        if let Some(c) = self.citation {
            write!(f, " ({c})")?;
        }
        Ok(())
    }
}

/// Everything validation found, sorted by JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a validation report object")]
#[non_exhaustive]
pub struct ValidationReport {
    /// The findings, errors and warnings together, sorted by JSON path (array indices in
    /// numeric order), and by rule for one path.
    pub findings: Vec<Finding>,
}

impl ValidationReport {
    /// Whether the policy has no errors (warnings may remain).
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }

    /// Whether any finding has this code.
    pub fn has(&self, code: FindingCode) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    /// Writes the `message` and `help` of every finding in `lang`.
    pub fn render(&mut self, lang: Language) {
        for finding in &mut self.findings {
            finding.render(lang);
        }
    }
}
