//! Privacy notices (Art. 12–14): what a policy cannot yet say, and the notice itself.
//!
//! [`check_notice`] lists, element by element of Art. 13 (and 14, where data come from
//! another source), whether the policy holds what the notice must say. [`render_notice`]
//! writes the notice in Markdown, in Dutch or English (the words of [`crate::explain`]), from
//! the policy alone: every purpose with its basis, the recipients, transfers, retention, the
//! rights that apply with their conditions, and the authorities to complain to. Where the policy has a gap, the rendered
//! notice says so rather than inventing a sentence. [`audit_notice`] reads what the
//! organisation's *published* notice says (the policy's `published_notice`) and reports what
//! it leaves out and what the policy contradicts.
//!
//! # Example
//!
//! ```
//! use gdpr::notice::{check_notice, render_notice, ElementStatus, Language, NoticeElement};
//! use gdpr::Policy;
//!
//! let policy = Policy::from_json(include_str!("../../tests/fixtures/webshop.json")).unwrap();
//! let check = check_notice(&policy);
//! assert_eq!(check.element(NoticeElement::Complaint).unwrap().status, ElementStatus::Complete);
//! let markdown = render_notice(&policy, Language::English);
//! assert!(markdown.contains("Send the newsletter"));
//! assert!(markdown.contains("Autoriteit Persoonsgegevens"));
//! ```
#![doc = include_str!("guide/audit.md")]

mod audit;
mod completeness;
mod render;

pub use audit::{audit_notice, AuditCode, AuditFinding, NoticeAudit};
pub use completeness::{
    check_notice, CheckCode, ElementCheck, ElementStatus, NoticeCheck, NoticeElement,
};
pub use render::render_notice;

/// The language of a notice: the library's one [`Language`].
pub use crate::explain::Language;
