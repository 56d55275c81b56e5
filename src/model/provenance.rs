//! Where each element of a policy comes from: a sentence of the privacy notice, or a reading
//! of it.
//!
//! The rest of this module's documentation is rendered in the docs of [the crate](crate)
//! (`src/guide/provenance.md`), where users read it.

use serde::{Deserialize, Serialize};

use super::Policy;

/// The marker that opens the `source` of an element recorded by reading the notice rather
/// than from a statement in it: `inferred: ` followed by the reasoning and, where there is
/// one, the sentence read.
pub const INFERRED: &str = "inferred: ";

/// How an element of a policy is sourced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// The notice states it: the `source` quotes the sentence.
    Stated,
    /// The policy reads it into the notice: the `source` starts with [`INFERRED`].
    Inferred,
    /// The element has no `source` (or an empty one).
    NotRecorded,
}

impl Provenance {
    /// The provenance a `source` records.
    pub fn of(source: Option<&str>) -> Provenance {
        match source.map(str::trim) {
            None | Some("") => Provenance::NotRecorded,
            Some(s) if s.starts_with(INFERRED.trim_end()) => Provenance::Inferred,
            Some(_) => Provenance::Stated,
        }
    }
}

/// One element of a policy that records its source, with its JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcedElement<'a> {
    /// The JSON path of the element, e.g. `activities[1].purposes[0]`.
    pub path: String,
    /// Its `source`, where it has one.
    pub source: Option<&'a str>,
}

impl SourcedElement<'_> {
    /// Whether the element is stated, inferred, or has no source.
    pub fn provenance(&self) -> Provenance {
        Provenance::of(self.source)
    }
}

/// How many elements of a policy are stated, inferred, or without a source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct ProvenanceCount {
    /// Elements whose `source` quotes the notice.
    pub stated: usize,
    /// Elements whose `source` starts with [`INFERRED`].
    pub inferred: usize,
    /// Elements without a `source`.
    pub not_recorded: usize,
}

impl Policy {
    /// Every element of the policy that records a source, in document order: the controller,
    /// the data subject categories, data categories and recipients (with a recipient's
    /// conditional transfer), each activity with its purposes, provision, retention rules and
    /// transfers, the commitments, and each statement of the published notice.
    pub fn sourced_elements(&self) -> Vec<SourcedElement<'_>> {
        fn push<'a>(out: &mut Vec<SourcedElement<'a>>, path: String, source: &'a Option<String>) {
            out.push(SourcedElement {
                path,
                source: source.as_deref(),
            });
        }
        let mut out = Vec::new();
        push(&mut out, "controller".to_owned(), &self.controller.source);
        for (i, s) in self.data_subjects.iter().enumerate() {
            push(&mut out, format!("data_subjects[{i}]"), &s.source);
        }
        for (i, c) in self.data_categories.iter().enumerate() {
            push(&mut out, format!("data_categories[{i}]"), &c.source);
        }
        for (i, r) in self.recipients.iter().enumerate() {
            push(&mut out, format!("recipients[{i}]"), &r.source);
            if let Some(clause) = &r.conditional_transfer {
                push(
                    &mut out,
                    format!("recipients[{i}].conditional_transfer"),
                    &clause.source,
                );
            }
        }
        for (i, a) in self.activities.iter().enumerate() {
            push(&mut out, format!("activities[{i}]"), &a.source);
            for (j, p) in a.purposes.iter().enumerate() {
                push(
                    &mut out,
                    format!("activities[{i}].purposes[{j}]"),
                    &p.source,
                );
            }
            if let Some(provision) = &a.provision {
                push(
                    &mut out,
                    format!("activities[{i}].provision"),
                    &provision.source,
                );
            }
            for (k, rule) in a.retention.iter().enumerate() {
                push(
                    &mut out,
                    format!("activities[{i}].retention[{k}]"),
                    &rule.source,
                );
            }
            for (k, t) in a.transfers.iter().enumerate() {
                push(
                    &mut out,
                    format!("activities[{i}].transfers[{k}]"),
                    &t.source,
                );
            }
        }
        for (i, c) in self.commitments.iter().enumerate() {
            push(&mut out, format!("commitments[{i}]"), &c.source);
        }
        if let Some(notice) = &self.published_notice {
            for (field, source) in notice.statements() {
                out.push(SourcedElement {
                    path: format!("published_notice.{field}"),
                    source: Some(source),
                });
            }
        }
        out
    }

    /// How many elements are stated by the notice, how many inferred from it, and how many
    /// record no source.
    pub fn provenance_count(&self) -> ProvenanceCount {
        let mut count = ProvenanceCount::default();
        for element in self.sourced_elements() {
            match element.provenance() {
                Provenance::Stated => count.stated += 1,
                Provenance::Inferred => count.inferred += 1,
                Provenance::NotRecorded => count.not_recorded += 1,
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_decides_inferred_and_an_empty_source_is_none() {
        assert_eq!(Provenance::of(None), Provenance::NotRecorded);
        assert_eq!(Provenance::of(Some("  ")), Provenance::NotRecorded);
        assert_eq!(
            Provenance::of(Some("inferred: read from the list of bases")),
            Provenance::Inferred
        );
        assert_eq!(
            Provenance::of(Some("Wij verstrekken geen persoonsgegevens")),
            Provenance::Stated
        );
        // The marker opens the source; the word elsewhere is no marker.
        assert_eq!(
            Provenance::of(Some("nothing inferred: quoted")),
            Provenance::Stated
        );
    }

    #[test]
    fn every_element_with_a_source_is_listed_with_its_path() {
        let policy = Policy::from_json(
            r#"{
              "controller": {"name": "X", "kind": "private", "establishment": "NL"},
              "data_categories": [{"id": "c", "name": "C", "origin": "provided_by_subject", "source": "c"}],
              "recipients": [{"id": "r", "name": "R", "role": "processor", "location": {"region": "eu"},
                "conditional_transfer": {"outside": "eu", "condition": "no_equivalent_alternative_inside",
                                         "source": "inferred: clause"}}],
              "activities": [{"id": "a", "name": "A", "data_subjects": [], "data_categories": ["c"],
                "purposes": [{"id": "p", "description": "P", "source": "p"}],
                "provision": {"required": true, "source": "must"},
                "retention": [{"then": "erase", "criteria": "as long as needed"}],
                "transfers": [{"recipient": "r", "mechanism": "adequacy_decision", "source": "t"}]}],
              "commitments": [{"commitment": "no_profiling", "source": "geen profilering"}],
              "published_notice": {"complaint": {"source": "klacht"},
                                   "rights": [{"right": "access", "source": "inzage"}]}
            }"#,
        )
        .unwrap();
        let paths: Vec<(String, Provenance)> = policy
            .sourced_elements()
            .into_iter()
            .map(|e| (e.path.clone(), e.provenance()))
            .collect();
        use Provenance::*;
        assert_eq!(
            paths,
            [
                ("controller".to_owned(), NotRecorded),
                ("data_categories[0]".to_owned(), Stated),
                ("recipients[0]".to_owned(), NotRecorded),
                ("recipients[0].conditional_transfer".to_owned(), Inferred),
                ("activities[0]".to_owned(), NotRecorded),
                ("activities[0].purposes[0]".to_owned(), Stated),
                ("activities[0].provision".to_owned(), Stated),
                ("activities[0].retention[0]".to_owned(), NotRecorded),
                ("activities[0].transfers[0]".to_owned(), Stated),
                ("commitments[0]".to_owned(), Stated),
                ("published_notice.rights[0]".to_owned(), Stated),
                ("published_notice.complaint".to_owned(), Stated),
            ]
        );
        let count = policy.provenance_count();
        assert_eq!(
            (count.stated, count.inferred, count.not_recorded),
            (7, 1, 4)
        );
    }
}
