//! Which personal data a breach concerns, resolved against the policy: what the law treats
//! with extra care, and in which capacity the organisation holds the data.

use crate::assess::{lookup, AssessError};
use crate::{
    AffectedData, Capacity, DataCategory, PersonalDataBreach, Policy, ProcessingActivity,
    SpecialCategory,
};

use super::codes::BreachFact;
use super::tri::Tri;

/// The data a breach concerns, as the policy describes them.
#[derive(Debug, Clone, Default)]
pub(super) struct Scope {
    /// Whether the request says which data are concerned.
    pub known: bool,
    /// The special categories among them (Art. 9(1)), in order, each once.
    pub special: Vec<SpecialCategory>,
    /// Data on criminal convictions and offences (Art. 10).
    pub criminal: bool,
    /// National identification numbers (Art. 87).
    pub national_numbers: bool,
    /// Children among the subjects.
    pub children: bool,
    /// Vulnerable persons among the subjects.
    pub vulnerable: bool,
    /// Activities the organisation controls.
    pub controller_activities: Vec<String>,
    /// Activities it processes for a controller.
    pub processor_activities: Vec<String>,
    /// The concerned data, each category and subject category spelt out.
    pub resolved: Vec<AffectedData>,
}

impl Scope {
    /// Resolves the request's `affected` against the policy.
    ///
    /// # Errors
    ///
    /// An id the policy (or the activity) does not have, or has twice.
    pub(super) fn resolve(
        policy: &Policy,
        breach: &PersonalDataBreach,
    ) -> Result<Scope, AssessError> {
        let mut scope = Scope {
            vulnerable: breach.vulnerable_subjects == Some(true),
            ..Scope::default()
        };
        let Some(affected) = &breach.affected else {
            return Ok(scope);
        };
        scope.known = true;
        for item in affected {
            let (_, activity) = lookup::activity(policy, &item.activity)?;
            let declared = lookup::categories(policy, activity)?;
            let categories = match item.data_categories.as_deref() {
                None => declared,
                Some(ids) => {
                    let mut chosen: Vec<&DataCategory> = Vec::with_capacity(ids.len());
                    for id in ids {
                        let category = declared.iter().find(|c| c.id == *id).ok_or_else(|| {
                            AssessError::DataCategoryNotInActivity {
                                activity: activity.id.clone(),
                                data_category: id.clone(),
                            }
                        })?;
                        if !chosen.iter().any(|c| c.id == *id) {
                            chosen.push(category);
                        }
                    }
                    chosen
                }
            };
            let subjects = subject_ids(activity, item.data_subjects.as_deref())?;
            for category in &categories {
                if let Some(special) = category.special_category {
                    scope.special.push(special);
                }
                scope.criminal |= category.criminal_offences;
                scope.national_numbers |= category.national_identification_number;
            }
            for subject in subjects
                .iter()
                .filter_map(|id| policy.data_subjects.iter().find(|s| &s.id == id))
            {
                scope.children |= subject.children;
                // The request may add vulnerability; it cannot take away the policy's.
                scope.vulnerable |= subject.vulnerable;
            }
            let list = match activity.acting_as {
                Capacity::Controller => &mut scope.controller_activities,
                Capacity::Processor => &mut scope.processor_activities,
            };
            if !list.contains(&activity.id) {
                list.push(activity.id.clone());
            }
            scope.resolved.push(AffectedData {
                activity: activity.id.clone(),
                data_categories: Some(categories.iter().map(|c| c.id.clone()).collect()),
                data_subjects: Some(subjects),
            });
        }
        scope.special.sort_unstable();
        scope.special.dedup();
        Ok(scope)
    }

    /// Whether personal data are concerned at all (Art. 4(12)).
    pub(super) fn personal(&self) -> Tri {
        match (self.known, self.resolved.is_empty()) {
            (false, _) => Tri::fact(None, BreachFact::Affected),
            (true, empty) => Tri::known(!empty),
        }
    }

    fn flag(&self, value: bool) -> Tri {
        if self.known || value {
            Tri::known(value)
        } else {
            Tri::fact(None, BreachFact::Affected)
        }
    }

    pub(super) fn special(&self) -> Tri {
        self.flag(!self.special.is_empty())
    }

    pub(super) fn criminal(&self) -> Tri {
        self.flag(self.criminal)
    }

    pub(super) fn national_numbers(&self) -> Tri {
        self.flag(self.national_numbers)
    }

    pub(super) fn children(&self) -> Tri {
        self.flag(self.children)
    }

    pub(super) fn vulnerable(&self) -> Tri {
        self.flag(self.vulnerable)
    }

    /// Data whose exposure the law or the EDPB treats as likely to cause damage: special
    /// categories, criminal data, national identification numbers, children's data and
    /// vulnerable persons' data.
    pub(super) fn sensitive(&self) -> Tri {
        Tri::any([
            self.special(),
            self.criminal(),
            self.national_numbers(),
            self.children(),
            self.vulnerable(),
        ])
    }

    /// Whether the organisation answers as controller: unless every activity concerned is
    /// one it processes for a client. While it is unknown which data are concerned, it is
    /// taken to be controller, so that no duty is missed.
    pub(super) fn controls_some(&self) -> bool {
        !self.controller_activities.is_empty() || self.processor_activities.is_empty()
    }
}

/// The data subject categories of the request, each checked against the activity's list;
/// all of the activity's when the request names none.
fn subject_ids(
    activity: &ProcessingActivity,
    requested: Option<&[String]>,
) -> Result<Vec<String>, AssessError> {
    let Some(requested) = requested else {
        return Ok(activity.data_subjects.clone());
    };
    let mut out = Vec::with_capacity(requested.len());
    for id in requested {
        if !activity.data_subjects.contains(id) {
            return Err(AssessError::DataSubjectCategoryNotInActivity {
                activity: activity.id.clone(),
                data_subject_category: id.clone(),
            });
        }
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    Ok(out)
}
