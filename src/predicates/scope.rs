//! Which data a purpose needs.

use super::Truth;
use crate::{ProcessingActivity, Purpose};

/// Whether `purpose` needs the data category `category` of `activity`: as the purpose
/// declares; without a declaration, yes for an activity's only purpose and unknown when the
/// activity has several (the record then does not say which data serve which purpose).
pub(crate) fn needs(activity: &ProcessingActivity, purpose: &Purpose, category: &str) -> Truth {
    if !purpose.data_categories.is_empty() {
        Truth::of(purpose.data_categories.iter().any(|c| c == category))
    } else if activity.purposes.len() == 1 {
        Truth::Yes
    } else {
        Truth::Unknown
    }
}
