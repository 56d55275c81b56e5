//! English.

use super::{QuestionCode, ReasonCode};
use crate::explain::Params;
use crate::{
    DataSubjectRight, FindingCode, InformationExemption, RetentionAction, RetentionTrigger,
    RightCondition,
};

fn id(value: &Option<String>) -> String {
    format!("`{}`", value.as_deref().unwrap_or("?"))
}

fn action(action: Option<RetentionAction>) -> &'static str {
    match action {
        Some(RetentionAction::Anonymise) => "anonymised",
        Some(RetentionAction::Archive) => "archived",
        _ => "erased",
    }
}

fn list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// A fact field an exception rests on, in words.
fn exception_field(field: &str) -> String {
    match field {
        "freedom_of_expression" => {
            "freedom of expression (`freedom_of_expression`, Art. 17(3)(a))".to_owned()
        }
        "needed_for_legal_claims" => {
            "legal claims (`needed_for_legal_claims`, Art. 17(3)(e))".to_owned()
        }
        other => format!("`{other}`"),
    }
}

pub(super) fn reason(code: ReasonCode, p: &Params) -> String {
    use ReasonCode as R;
    match code {
        R::Text => p.text.clone().unwrap_or_default(),
        R::ProcessorForwards => "the organisation is a processor here: the controller decides, and the processor assists it and acts on its instructions".to_owned(),
        R::NoLongerNecessary => "the data are no longer necessary for the purposes for which they were collected or otherwise processed".to_owned(),
        R::MaximumPeriodOver => "the maximum retention period for these data is over, so they are no longer necessary for their purposes (Art. 5(1)(e))".to_owned(),
        R::ConsentWithdrawn => "the subject withdrew the consent the processing of these data rests on, and no other purpose gives a legal ground for them".to_owned(),
        R::ExplicitConsentWithdrawn => "the subject withdrew their explicit consent (Art. 9(2)(a)), and no other condition of Art. 9(2) lifts the prohibition of Art. 9(1): these special-category data may no longer be processed".to_owned(),
        R::ConsentWithdrawnOtherGround => "consent was withdrawn, but another purpose with its own legal ground needs these data: the processing on consent stops (Art. 7(3)) and the data stay for that purpose".to_owned(),
        R::DirectMarketingObjectionErases => "the subject objected to direct marketing (Art. 21(2)), and these data serve only direct marketing: they are erased".to_owned(),
        R::DirectMarketingUseStops => "the direct-marketing use of these data stops, but another purpose needs them".to_owned(),
        R::ObjectionOnlyForTaskOrInterests => "an objection on grounds of a particular situation reaches only processing based on Art. 6(1)(e) or (f)".to_owned(),
        R::ObjectionWithoutOverridingGrounds => "the subject objected under Art. 21(1), and there are no overriding legitimate grounds for the processing of these data".to_owned(),
        R::OverridingGroundsDemonstrated => "the controller demonstrates compelling legitimate grounds that override the subject's interests".to_owned(),
        R::UnlawfullyProcessed => "the data have been unlawfully processed".to_owned(),
        R::LegalObligationToErase => "Union or Member State law to which the controller is subject requires the data to be erased".to_owned(),
        R::ChildInformationSocietyService => "the data were collected from the subject as a child in relation to an information society service offered directly to them".to_owned(),
        R::NoGroundForErasure => "every ground for erasure is ruled out, so erasure is not required; the refusal, its reasons and the right to complain are communicated within the time limit of Art. 12(4)".to_owned(),
        R::FreedomOfExpression => "processing is necessary for exercising the right of freedom of expression and information".to_owned(),
        R::LegalDutyToKeep => match &p.law {
            Some(law) => format!("a legal obligation requires keeping these data: {law}"),
            None => "a legal obligation requires keeping these data".to_owned(),
        },
        R::LegalObligationPurpose => "processing of these data is necessary for compliance with a legal obligation of the controller".to_owned(),
        R::PublicTaskPurpose => "processing of these data is necessary for a task carried out in the public interest or in the exercise of official authority".to_owned(),
        R::NoPurposeNeedsData => "no purpose needs these data any more, so only a legal duty to keep them could keep them".to_owned(),
        R::SpecialCategoryNeedsCondition => "without a condition of Art. 9(2) other than the withdrawn consent, no legal obligation or task can keep these special-category data".to_owned(),
        R::PublicTaskObjected => "the public task was objected to without compelling legitimate grounds: it cannot keep what the objection stopped (Art. 17(1)(c))".to_owned(),
        R::PublicHealth => "processing is necessary for reasons of public interest in the area of public health under Art. 9(2)(h) or (i) and 9(3)".to_owned(),
        R::ArchivingOrResearch => "the data serve archiving, research or statistics under Art. 89(1), and erasure would render impossible or seriously impair those objectives".to_owned(),
        R::LegalClaims => "the data are necessary for the establishment, exercise or defence of legal claims".to_owned(),
        R::ExceptionPrevails => "a ground for erasure applies, but the exception prevails to the extent the processing is necessary for it".to_owned(),
        R::ExceptionsNotClaimed => {
            let fields: Vec<String> = p.fields.iter().map(|f| exception_field(f)).collect();
            format!("no exception for {} is claimed; the controller must claim and demonstrate one to keep the data", list(&fields))
        }
        R::KeptUntil => format!(
            "the data are kept until {}, after which they are {}",
            p.date.map_or_else(|| "?".to_owned(), |d| d.to_string()),
            action(p.action)
        ),
        R::NotifyRecipient => "each recipient to whom the data were disclosed is told of the erasure, unless this proves impossible or involves disproportionate effort; the subject is told who they are on request".to_owned(),
        R::InformOtherControllers => "the data were made public: take reasonable steps, technical measures included, to inform the controllers processing them that the subject asked for erasure of any links, copies or replications".to_owned(),
        R::SuppressionEntry => "to honour the objection, a minimal suppression entry (the contact identifier, nothing else) may be kept solely to make sure no direct marketing reaches the subject again; it is the least data the objection needs (Art. 5(1)(c))".to_owned(),
        R::RefusalWithinOneMonth => "erasure is refused: the subject is told so, with the reasons and the possibility of a complaint to a supervisory authority and of a judicial remedy, within one month of receipt, without extension".to_owned(),
        R::NoDirectMarketing => "the controller does not process data for direct marketing".to_owned(),
        R::DirectMarketingStops => "the subject objects to direct marketing: the data may no longer be processed for it, in any activity; no balancing of interests, no exception".to_owned(),
        R::MarketingOnlyDataErased => "if the subject also asks for erasure, data kept only for direct marketing are erased".to_owned(),
        R::ResearchForPublicTask => format!("{} is research or statistics necessary for a task carried out in the public interest: the objection does not reach it", id(&p.purpose)),
        R::ResearchObjectionStops => format!("{} is research or statistics under Art. 89(1), not for a public-interest task: the objection stops it", id(&p.purpose)),
        R::ObjectionNotApplicable => "an objection on grounds of a particular situation reaches only processing based on Art. 6(1)(e) or (f), or research and statistics (Art. 21(6))".to_owned(),
        R::CompellingGroundsContinue => "the controller demonstrates compelling legitimate grounds that override the subject's interests, or the processing is needed for legal claims: it may continue".to_owned(),
        R::ObjectionStops => "the processing rests on Art. 6(1)(e) or (f), and the controller demonstrates neither compelling overriding grounds nor legal claims: it must stop, and the data are erased if the subject asks (Art. 17(1)(c)); a public task cannot keep them under Art. 17(3)(b)".to_owned(),
        R::RestrictionWhileVerified => "while it is verified whether the controller's grounds override the subject's, the subject may obtain restriction of processing".to_owned(),
        R::AccuracyContested => "the subject contests the accuracy of the data: restrict for the period that lets the controller verify it".to_owned(),
        R::RestrictionInsteadOfErasure => "the processing is unlawful and the subject opposes erasure, asking restriction instead".to_owned(),
        R::NeededForSubjectsClaims => "the controller no longer needs the data, but the subject needs them for legal claims: keep them, restricted".to_owned(),
        R::ObjectionPending => "an objection under Art. 21(1) is pending: restrict until it is verified whether the controller's grounds override the subject's".to_owned(),
        R::RestrictedMeansStorageOnly => "while restricted, the data may only be stored, or processed with the subject's consent, for legal claims, to protect another person's rights, or for important reasons of public interest".to_owned(),
        R::LiftingAnnounced => "the subject is told before the restriction is lifted".to_owned(),
        R::RecipientsToldOfRestriction => "each recipient is told of the restriction, unless impossible or disproportionate".to_owned(),
        R::NoGroundForRestriction => "every ground for restriction is ruled out; the refusal and its reasons are communicated within one month (Art. 12(4))".to_owned(),
        R::Right => format!("the right to {}", p.right.map_or("?", right)),
        R::ConditionHolds => p.condition.map_or("?", holds).to_owned(),
        R::ConditionFails => p.condition.map_or("?", fails).to_owned(),
        R::PortabilityNotForPublicTask => format!("the right does not extend to the processing for {}, a task carried out in the public interest", id(&p.purpose)),
        R::InformationExemption => p.exemption.map_or("?", exemption).to_owned(),
    }
}

pub(super) fn question(code: QuestionCode, p: &Params) -> String {
    use QuestionCode as Q;
    match code {
        Q::Text => p.text.clone().unwrap_or_default(),
        Q::NoLongerNecessary => "are the data still necessary for the purposes for which they were collected or otherwise processed?".to_owned(),
        Q::ConsentWithdrawn => "has the subject withdrawn the consent the processing rests on?".to_owned(),
        Q::Objection => "has the subject objected to the processing, on grounds of their particular situation (`particular_situation`) or to direct marketing (`direct_marketing`), or not (`none`)?".to_owned(),
        Q::OverridingLegitimateGrounds => "has the controller compelling legitimate grounds for the processing that override the subject's interests, rights and freedoms?".to_owned(),
        Q::UnlawfullyProcessed => {
            if p.findings.is_empty() {
                "have these data been unlawfully processed?".to_owned()
            } else {
                let shown: Vec<String> = p.findings.iter().map(|f| finding(f.code, &f.id)).collect();
                format!("the record shows {}: are these data unlawfully processed? If so, they are erased", shown.join("; "))
            }
        }
        Q::LegalObligationToErase => "does Union or Member State law require these data to be erased?".to_owned(),
        Q::CollectedFromChildOnline => "were the data collected from the subject as a child, in relation to an information society service offered directly to them?".to_owned(),
        Q::NecessaryForPublicHealth => "is keeping these data necessary for reasons of public interest in the area of public health?".to_owned(),
        Q::ErasureImpairsResearch => "would erasure render impossible or seriously impair the archiving, research or statistical objectives?".to_owned(),
        Q::MadePublic => "did the controller make the erased data public? If so, it must take reasonable steps to inform the controllers processing them".to_owned(),
        Q::Purposes => "for which purposes, on which bases, are the data processed? Without them no ground or exception can be judged".to_owned(),
        Q::PurposeBasis => format!("on which lawful basis of Art. 6(1) does the purpose {} rest?", id(&p.purpose)),
        Q::PurposeScope => format!("does the purpose {} need {}? List the data categories each purpose needs", id(&p.purpose), id(&p.data_category)),
        Q::EventDate => format!(
            "on what date did the event the retention period runs from ({}) happen (null if it has not happened)?",
            p.trigger.map_or("?", trigger)
        ),
        Q::RetentionPeriodUnusable => "the retention period cannot be counted in calendar days from a recorded event: state a period in days, weeks, months or years and the event it runs from".to_owned(),
        Q::DutyPeriod => "how long does the law require these data to be kept?".to_owned(),
        Q::DutyCategories => "which data categories does the law behind this duty to keep require? A duty keeps those and nothing else".to_owned(),
        Q::RetentionKind => format!(
            "does `{}` require these data to be kept (`legal_duty`), or only limit how long they may be kept (`maximum`)?",
            p.law.as_deref().unwrap_or("?")
        ),
        Q::KeepingPeriod => "how long does the law require these data to be kept? Record it as a retention rule of kind `legal_duty` naming these data".to_owned(),
        Q::CompellingGrounds => "can the controller demonstrate compelling legitimate grounds that override the subject's interests, rights and freedoms?".to_owned(),
        Q::LegalClaims => "is the processing needed for the establishment, exercise or defence of legal claims?".to_owned(),
        Q::AccuracyContested => "does the subject contest the accuracy of the data?".to_owned(),
        Q::UnlawfulAndErasureOpposed => "is the processing unlawful, with the subject asking restriction instead of erasure?".to_owned(),
        Q::NeededBySubjectForLegalClaims => "does the controller no longer need the data while the subject needs them for legal claims?".to_owned(),
        Q::ObjectionPending => "has the subject objected under Art. 21(1), with the verification of the controller's grounds pending?".to_owned(),
        Q::AutomatedMeans => "is the processing carried out by automated means?".to_owned(),
    }
}

fn trigger(t: RetentionTrigger) -> &'static str {
    match t {
        RetentionTrigger::Collection => "the collection",
        RetentionTrigger::EndOfContract => "the end of the contract",
        RetentionTrigger::EndOfRelationship => "the end of the relationship",
        RetentionTrigger::LastContact => "the last contact",
        RetentionTrigger::ConsentWithdrawn => "the withdrawal of consent",
        RetentionTrigger::FileClosed => "the closing of the file",
        RetentionTrigger::EndOfFinancialYear => "the end of the financial year",
    }
}

/// What the record shows, as a clause: "no lawful basis for the purpose `x` (Art. 6(1))".
fn finding(code: FindingCode, id: &str) -> String {
    match code {
        FindingCode::MissingLegalBasis => format!("no lawful basis for the purpose `{id}` (Art. 6(1))"),
        FindingCode::LegitimateInterestsByPublicAuthority => format!("legitimate interests relied on by a public authority for the purpose `{id}` (Art. 6(1), second subparagraph)"),
        FindingCode::SpecialCategoryWithoutCondition => format!("no condition of Art. 9(2) for `{id}` (Art. 9(1))"),
        FindingCode::CriminalDataWithoutAuthorisation => format!("no authorisation of Art. 10 for `{id}` (Art. 10)"),
        FindingCode::NationalNumberWithoutLaw => format!("no law of Art. 87 for `{id}` (Art. 87)"),
        FindingCode::AutomatedDecisionWithoutGround => format!("solely automated decisions without a ground of Art. 22(2) in `{id}` (Art. 22(1))"),
        FindingCode::AutomatedDecisionOnSpecialCategories => format!("solely automated decisions on special categories in `{id}` (Art. 22(4))"),
        _ => format!("a finding about `{id}`"),
    }
}

pub(super) fn right(right: DataSubjectRight) -> &'static str {
    match right {
        DataSubjectRight::WithdrawConsent => "withdraw consent",
        DataSubjectRight::InformationAtCollection => "information (data collected from you)",
        DataSubjectRight::InformationFromOtherSource => "information (data from other sources)",
        DataSubjectRight::Access => "access",
        DataSubjectRight::Rectification => "rectification",
        DataSubjectRight::Erasure => "erasure",
        DataSubjectRight::Restriction => "restriction of processing",
        DataSubjectRight::NotificationToRecipients => "notification of recipients",
        DataSubjectRight::Portability => "data portability",
        DataSubjectRight::Object => "objection",
        DataSubjectRight::NoSolelyAutomatedDecision => "no solely automated decisions",
        DataSubjectRight::Complaint => "complaint to a supervisory authority",
    }
}

fn holds(c: RightCondition) -> &'static str {
    match c {
        RightCondition::BasedOnConsent => "the processing rests on consent",
        RightCondition::BasedOnContract => "the processing rests on a contract with the data subject",
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => "the processing rests on a public task or on legitimate interests, so the subject may object on grounds relating to their particular situation",
        RightCondition::NotPublicTask => "the processing is not necessary for a task in the public interest",
        RightCondition::ProvidedBySubject => "the data subject provided (some of) the data",
        RightCondition::AutomatedMeans => "the processing is carried out by automated means",
        RightCondition::CollectedFromSubject => "data are collected from the data subject",
        RightCondition::ObtainedElsewhere => "data were obtained from another source",
        RightCondition::DirectMarketing => "data are processed for direct marketing: the objection is absolute (Art. 21(3))",
        RightCondition::ResearchOrStatistics => "data are processed for research or statistics under Art. 89(1)",
        RightCondition::SolelyAutomatedDecision => "solely automated decisions with legal or similarly significant effects are taken",
    }
}

fn fails(c: RightCondition) -> &'static str {
    match c {
        RightCondition::BasedOnConsent => "the processing does not rest on consent",
        RightCondition::BasedOnContract => "the processing rests neither on consent nor on a contract with the data subject",
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => "the processing rests neither on a public task nor on legitimate interests",
        RightCondition::NotPublicTask => "the processing is necessary for a task carried out in the public interest or in the exercise of official authority",
        RightCondition::ProvidedBySubject => "none of the data were provided by the data subject",
        RightCondition::AutomatedMeans => "the processing is not carried out by automated means",
        RightCondition::CollectedFromSubject => "no data are collected from the data subject",
        RightCondition::ObtainedElsewhere => "no data are obtained from another source without an exemption of Art. 14(5)",
        RightCondition::DirectMarketing => "no data are processed for direct marketing",
        RightCondition::ResearchOrStatistics => "no data are processed for research or statistics",
        RightCondition::SolelyAutomatedDecision => "no solely automated decisions are taken",
    }
}

fn exemption(e: InformationExemption) -> &'static str {
    match e {
        InformationExemption::AlreadyInformed => "the data subject already has the information",
        InformationExemption::DisproportionateEffort => "informing the data subject proves impossible or would involve a disproportionate effort; the controller protects their interests in other ways, including by making the information public",
        InformationExemption::LaidDownByLaw => "obtaining or disclosing the data is expressly laid down by law that protects the subject's legitimate interests",
        InformationExemption::ProfessionalSecrecy => "the data must remain confidential under an obligation of professional secrecy",
    }
}
