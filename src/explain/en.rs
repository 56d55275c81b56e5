//! English.

use super::{DayKind, QuestionCode, ReasonCode};
use crate::assess::{CalendarScope, CalendarSummary};
use crate::explain::Params;
use crate::{
    Commitment, DataSubjectRight, Derogation, Destination, FindingCode, ImporterPurpose,
    InformationExemption, OrganisationKind, RecipientRole, Region, RetentionAction,
    RetentionTrigger, RightCondition, ScopeCondition, ScopeEffect, ScopeFact, Sector,
    TransferCondition, TransferMechanism,
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
        R::ProcessorForwards => "the organisation is a processor here: the controller decides, and the processor assists it and acts on its instructions".to_owned(),
        R::NoLongerNecessary => "the data are no longer necessary for the purposes for which they were collected or otherwise processed".to_owned(),
        R::MaximumPeriodOver => "the maximum retention period for these data is over, so they are no longer necessary for their purposes (Art. 5(1)(e))".to_owned(),
        R::ConsentWithdrawn => "the subject withdrew the consent the processing of these data rests on, and no other purpose gives a legal ground for them".to_owned(),
        R::ExplicitConsentWithdrawn => "the subject withdrew their explicit consent (Art. 9(2)(a)), and no other condition of Art. 9(2) lifts the prohibition of Art. 9(1): these special-category data may no longer be processed".to_owned(),
        R::ConsentWithdrawnSpecialCategory => "the subject withdrew the consent the processing of these data rests on; they are special-category data, and no condition of Art. 9(2) lifts the prohibition of Art. 9(1) for any other purpose: they may no longer be processed".to_owned(),
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
        R::TransferBySubject => "the data subject discloses their own data: there is no exporter, so no transfer (EDPB Guidelines 05/2021, criterion 1)".to_owned(),
        R::TransferByOwnStaff => "an employee of the controller reaches the data from abroad: the data are not disclosed to another controller or processor, so no transfer (EDPB Guidelines 05/2021, criterion 2)".to_owned(),
        R::TransferToOwnEstablishment => format!("{} is the controller's own establishment or staff, in the same legal entity: the data are not disclosed to another controller or processor, so this is no transfer (EDPB Guidelines 05/2021, criterion 2); the controller stays accountable for the risks of processing abroad (Art. 24, 32)", id(&p.recipient)),
        R::TransferLocationUnknown => "the recipient's location is not recorded, so it cannot be told whether Chapter V applies".to_owned(),
        R::TransferInsideEea => format!("{} is in the European Economic Area: Chapter V does not apply", destination(p)),
        R::ExporterInEea => format!("the controller is established in {}, in the EEA: the GDPR applies to its processing, so it is an exporter under Chapter V (EDPB Guidelines 05/2021, criterion 1)", country(p)),
        R::ExporterUnderArticle3_2 => format!("the controller is established in {}, outside the EEA, but the GDPR applies to the processing because it offers goods or services to, or monitors, people in the Union: it is an exporter under Chapter V (EDPB Guidelines 05/2021, criterion 1)", country(p)),
        R::ExporterNotUnderGdpr => format!("the controller is established in {}, outside the EEA, and the GDPR does not apply to the processing under Art. 3(2): neither does Chapter V", country(p)),
        R::ExporterScopeUnknown => format!("the controller is established in {}, outside the EEA: the GDPR, and with it Chapter V, applies only if it offers goods or services to, or monitors, people in the Union", country(p)),
        R::ImporterReceives => importer(p),
        R::ProcessorBeyondInstructions => format!("{} processes the data beyond the controller's instructions: for that processing it is a controller itself, which the Art. 28 contract does not cover; the transfer is one to another controller", id(&p.recipient)),
        R::ClauseMet => format!("{}, which holds for this transfer", clause(p)),
        R::ClauseNotMet => format!("{}; that is not so here, so the transfer breaks the notice's promise", clause(p)),
        R::ClauseUnknown => format!("{}; whether that holds for this transfer is not stated", clause(p)),
        R::OrderUnderAgreement => "the third-country order is based on an international agreement such as a mutual legal assistance treaty, which may ground the transfer".to_owned(),
        R::OrderAlone => "a judgment or decision of a third-country court or authority is not by itself a ground for transfer; another ground of Chapter V is needed".to_owned(),
        R::AdequacyCovers => format!(
            "{} finds that {} ensures an adequate level of protection{}; it is in force on {} and its scope covers this transfer",
            reference(p),
            destination(p),
            p.text.as_deref().map(|n| format!(" (scope: {n})")).unwrap_or_default(),
            date(p.date)
        ),
        R::AdequacyUnknown => format!(
            "{} is in force, but {} ({}), and whether {} is not known",
            reference(p),
            p.scope_condition.as_ref().map_or_else(|| "?".to_owned(), scope_condition),
            p.scope_condition.as_ref().map_or("?", |c| c.source.as_str()),
            p.scope_fact.map_or_else(|| "?".to_owned(), scope_fact)
        ),
        R::AdequacyExcluded => format!(
            "no adequacy decision covers the transfer: {} does not cover this recipient: {} ({})",
            reference(p),
            p.scope_condition.as_ref().map_or_else(|| "?".to_owned(), scope_condition),
            p.scope_condition.as_ref().map_or("?", |c| c.source.as_str())
        ),
        R::AdequacyEnded => format!(
            "no adequacy decision covers the transfer: no adequacy decision applies on {}: {} was {}",
            date(p.date),
            reference(p),
            p.text.as_deref().unwrap_or("?")
        ),
        R::AdequacyNotYet => format!(
            "no adequacy decision covers the transfer: no adequacy decision applies on {}: {} applies only from {}",
            date(p.date),
            reference(p),
            date(p.until)
        ),
        R::NoAdequacyDecision => "no adequacy decision covers the transfer: no adequacy decision covers that destination".to_owned(),
        R::UsNationalSecuritySafeguards => "the importer is in the United States: since 10 July 2023 the safeguards of Executive Order 14086 on access by U.S. intelligence services, with the Data Protection Review Court, apply to every transfer to the U.S. whatever its ground (EDPB information note of 18 July 2023), and the transfer impact assessment may rely on the Commission's findings in Decision (EU) 2023/1795 for that part; it must still establish that the importer can comply with the safeguards, that access by other U.S. public authorities (law enforcement) does not undermine them, how onward transfers are protected, and the circumstances of the transfer (C-311/18; EDPB Recommendations 01/2020)".to_owned(),
        R::SafeguardPermits => format!("{} provides appropriate safeguards, and the importer's law and practice let it comply with them, so enforceable rights and effective remedies are available (Art. 46(1))", mechanism(p)),
        R::SafeguardPermitsUs => format!("{} provides appropriate safeguards, and the transfer impact assessment, relying on the EO 14086 safeguards for access by U.S. intelligence services, confirms that the importer can comply with them, so enforceable rights and effective remedies are available (Art. 46(1))", mechanism(p)),
        R::DerogationPermits => format!("{} applies: {}", mechanism(p), derogation_condition(p)),
        R::SafeguardForPublicAuthoritiesOnly => format!("{} is available only between public authorities or bodies", mechanism(p)),
        R::AuthorisationRefused => format!("{} requires the authorisation of the competent supervisory authority, which was not given", mechanism(p)),
        R::AuthorisationRequired => format!("{} requires the authorisation of the competent supervisory authority", mechanism(p)),
        R::SafeguardIneffective => format!("{} cannot be relied on: the importer's law or practice prevents it from complying with the safeguards (Art. 46(1), C-311/18)", mechanism(p)),
        R::SafeguardOnPaperUs => format!("{} provides safeguards on paper; the EO 14086 safeguards settle access by U.S. intelligence services, and the rest of the transfer impact assessment is not recorded", mechanism(p)),
        R::SafeguardOnPaper => format!("{} provides safeguards on paper; whether they are effective in the destination has not been assessed", mechanism(p)),
        R::DerogationBarred => format!("{} is not available to a public authority in the exercise of its public powers", mechanism(p)),
        R::DerogationConditionsNotMet => format!("{} does not apply: it requires that {}", mechanism(p), derogation_condition(p)),
        R::DerogationConditionsUnknown => format!("{} applies only if {}", mechanism(p), derogation_condition(p)),
        R::NoTransferGround => "no ground of Chapter V applies, so the transfer must not take place".to_owned(),
        R::RemedyDataPrivacyFramework => "use an importer certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795)".to_owned(),
        R::RemedyStandardContractualClauses => "conclude the Commission's standard contractual clauses with the importer and assess that they are effective in its law and practice".to_owned(),
        R::RemedyBindingCorporateRules => "within a group of undertakings, rely on binding corporate rules approved under Art. 47".to_owned(),
        R::RemedyPublicInstrument => "between public bodies, a legally binding and enforceable instrument".to_owned(),
        R::RemedyDerogation => "for an occasional transfer only, a derogation of Art. 49(1) whose conditions are met".to_owned(),
        R::PromiseBroken => format!(
            "the notice promises that {}, and {} is outside that area: whatever Chapter V allows, sending the data breaks the promise",
            p.commitment.map_or("?", commitment),
            destination(p)
        ),
        R::ClausePromiseBroken => format!(
            "the notice lets {} receive data outside {} only where {}; that is not so for this transfer to {}, so it breaks the notice's promise whatever Chapter V allows",
            id(&p.recipient),
            p.region.map_or("?", region),
            p.transfer_condition.map_or("?", transfer_condition),
            destination(p)
        ),
        R::DayOfEventNotCounted => "the day of the event is not counted".to_owned(),
        R::PeriodEnds => format!(
            "a period of {} from {} ends at the end of {}",
            p.period.map_or_else(|| "?".to_owned(), |x| x.to_string()),
            date(p.date),
            date(p.until)
        ),
        R::CalendarCounted => p.calendar.as_ref().map_or_else(|| "?".to_owned(), calendar),
        R::NextWorkingDay => format!(
            "{} is {}, so the period ends at the end of the next working day, {}",
            date(p.date),
            day(p),
            date(p.until)
        ),
        R::TwoWorkingDays => format!("a period of two days or more includes at least two working days, so it runs to {}", date(p.until)),
        R::OneMonthToAnswer => "information on action taken on a request is due without undue delay and in any event within one month of receipt; an extension must be announced, with its reasons, within that month".to_owned(),
        R::TwoFurtherMonths => "for complex or numerous requests the period may be extended by two further months: three months from receipt".to_owned(),
        R::HourOfEventNotCounted => format!("the hour in which the event happened ({}) is not counted", hour(p.moment)),
        R::HoursExpire => format!(
            "{} hours from {} expire at {}",
            p.hours.map_or_else(|| "?".to_owned(), |h| h.to_string()),
            minute(p.moment),
            minute(p.until_moment)
        ),
        R::SummerTimeChange => "the period crosses a change of summer time; hours are counted as they elapse".to_owned(),
        R::BreachWithin72Hours => "a personal data breach is notified to the supervisory authority without undue delay and, where feasible, not later than 72 hours after becoming aware of it; a later notification must give the reasons for the delay".to_owned(),
    }
}

pub(super) fn question(code: QuestionCode, p: &Params) -> String {
    use QuestionCode as Q;
    match code {
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
        Q::RecipientLocation => "where does the recipient receive the data?".to_owned(),
        Q::Article3_2Applies => "does the controller offer goods or services to, or monitor the behaviour of, people in the Union with this processing?".to_owned(),
        Q::TransferConditionMet => format!("does the notice's condition hold for this transfer: {}?", p.transfer_condition.map_or("?", transfer_condition)),
        Q::ScopeFact => p.scope_fact.map_or("?", fact_question).to_owned(),
        Q::AuthorisedBySupervisoryAuthority => "has the competent supervisory authority authorised the clauses or arrangement?".to_owned(),
        Q::SafeguardsEffectiveUs => "relying on the EO 14086 safeguards for access by U.S. intelligence services (EDPB information note of 18 July 2023), has the transfer impact assessment confirmed the rest: that the importer can comply with the safeguards, that access by other U.S. authorities such as law enforcement does not undermine them, and that onward transfers are protected?".to_owned(),
        Q::SafeguardsEffective => "do the law and practice of the destination let the importer comply with the safeguards, with supplementary measures where needed (transfer impact assessment, C-311/18)?".to_owned(),
        Q::ExercisingPublicPowers => "does the public authority act in the exercise of its public powers?".to_owned(),
        Q::DerogationConditionsMet => format!("are the conditions of {} met: {}?", mechanism(p), derogation_condition(p)),
    }
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "?".to_owned(), |d| d.to_string())
}

fn hour(m: Option<chrono::DateTime<chrono::FixedOffset>>) -> String {
    m.map_or_else(
        || "?".to_owned(),
        |m| m.format("%Y-%m-%d %H:00 %:z").to_string(),
    )
}

fn minute(m: Option<chrono::DateTime<chrono::FixedOffset>>) -> String {
    m.map_or_else(
        || "?".to_owned(),
        |m| m.format("%Y-%m-%d %H:%M %:z").to_string(),
    )
}

fn reference(p: &Params) -> &str {
    p.reference.as_deref().unwrap_or("the adequacy decision")
}

fn country(p: &Params) -> String {
    p.country.map_or_else(|| "?".to_owned(), |c| c.to_string())
}

fn destination(p: &Params) -> String {
    match &p.destination {
        Some(Destination::Country(c)) => c.to_string(),
        Some(Destination::Region(r)) => region(*r).to_owned(),
        Some(Destination::InternationalOrganisation(o)) => {
            format!("international organisation `{o}`")
        }
        None => "?".to_owned(),
    }
}

fn region(r: Region) -> &'static str {
    match r {
        Region::Eu => "the EU",
        Region::Eea => "the EEA",
    }
}

fn transfer_condition(c: TransferCondition) -> &'static str {
    match c {
        TransferCondition::NoEquivalentAlternativeInside => {
            "no equivalent alternative exists inside it"
        }
    }
}

fn clause(p: &Params) -> String {
    format!(
        "the notice lets {} receive data outside {} only where {}",
        id(&p.recipient),
        p.region.map_or("?", region),
        p.transfer_condition.map_or("?", transfer_condition)
    )
}

fn commitment(c: Commitment) -> &'static str {
    match c {
        Commitment::NoTransfersOutsideEea => "no personal data are transferred outside the EEA",
        Commitment::NoTransfersOutsideEu => "no personal data are transferred outside the EU",
        Commitment::NoAutomatedDecisions => "no solely automated decisions are taken",
        Commitment::NoProfiling => "no profiling takes place",
    }
}

fn mechanism(p: &Params) -> String {
    p.mechanism
        .map_or_else(|| "?".to_owned(), |m| m.citation().to_string())
}

fn derogation_condition(p: &Params) -> &'static str {
    match p.mechanism {
        Some(TransferMechanism::Derogation(Derogation::ExplicitConsent)) => "the data subject explicitly consented after being informed of the possible risks of the transfer",
        Some(TransferMechanism::Derogation(Derogation::CompellingLegitimateInterests)) => "the transfer is not repetitive, concerns a limited number of subjects, serves compelling legitimate interests not overridden by the subject's, is surrounded by suitable safeguards, and the supervisory authority and the subject are informed",
        Some(TransferMechanism::Derogation(Derogation::PublicRegister)) => "the transfer is made from a register open to consultation, within the conditions laid down for consultation",
        _ => "the transfer is necessary for the purpose the derogation names and is occasional (EDPB Guidelines 2/2018)",
    }
}

fn importer(p: &Params) -> String {
    let tail = "so Chapter V applies (EDPB Guidelines 05/2021, criteria 2 and 3), whether or not the importer is itself subject to the GDPR under Art. 3(2)";
    let (who, at) = (id(&p.recipient), destination(p));
    match p.role {
        Some(RecipientRole::Processor | RecipientRole::SubProcessor) => format!(
            "{who}, a processor, receives the data at {at}, outside the EEA: the data are made available to another processor in a third country or an international organisation, {tail}"
        ),
        Some(RecipientRole::PublicAuthority | RecipientRole::LawEnforcement) => format!(
            "{who} is a public authority receiving the data at {at}, outside the EEA: a disclosure to a public body of a third country is a transfer, {tail}; an order of a third-country authority is not itself a ground (Art. 48)"
        ),
        Some(RecipientRole::ClientController) => format!(
            "{who} is the controller on whose behalf the organisation processes the data: sending them back to it at {at}, outside the EEA, is a transfer by the processor, {tail} (for standard contractual clauses, the processor-to-controller module)"
        ),
        _ => format!(
            "{who}, another controller, receives the data at {at}, outside the EEA: the data are made available to another controller in a third country or an international organisation, {tail}"
        ),
    }
}

fn day(p: &Params) -> String {
    match p.day {
        Some(DayKind::Saturday) => "a Saturday".to_owned(),
        Some(DayKind::Sunday) => "a Sunday".to_owned(),
        Some(DayKind::PublicHoliday) => format!(
            "a public holiday ({}, {})",
            p.text.as_deref().unwrap_or("?"),
            p.law.as_deref().unwrap_or("?")
        ),
        None => "a non-working day".to_owned(),
    }
}

fn calendar(c: &CalendarSummary) -> String {
    let country = c.country.as_ref().map_or("", |c| c.code());
    let mut out = match c.scope {
        CalendarScope::National => format!("the public holidays counted are the nationwide ones of {country}; regional holidays are not counted"),
        CalendarScope::NationalAndRegional => format!("the public holidays counted are the nationwide ones of {country} and the regional ones of {}", c.regions.join(", ")),
        CalendarScope::Custom => format!("the public holidays counted are those of the calendar `{}`", c.id),
        CalendarScope::WeekendsOnly => "no public holidays were counted, only Saturdays and Sundays, as asked".to_owned(),
        CalendarScope::WeekendsOnlyFallback => format!("no calendar of public holidays is known for {country}: only Saturdays and Sundays were treated as non-working days, so the period may end earlier than the law there would have it"),
    };
    if c.unverified {
        out.push_str(" (the built-in list was not checked against an official source)");
    }
    out
}

fn not(b: bool) -> &'static str {
    if b {
        ""
    } else {
        "not "
    }
}

fn scope_fact(f: ScopeFact) -> String {
    match f {
        ScopeFact::DpfListed(b) => format!(
            "the importer is {}on the Data Privacy Framework List",
            not(b)
        ),
        ScopeFact::Sector(Sector::Commercial) => {
            "the importer is a commercial organisation".to_owned()
        }
        ScopeFact::Sector(Sector::NonProfit) => {
            "the importer is a non-profit organisation".to_owned()
        }
        ScopeFact::Sector(Sector::Public) => {
            "the importer is a public authority or body".to_owned()
        }
        ScopeFact::OrganisationKind(k) => format!("the importer is {}", organisation_kind(k)),
        ScopeFact::FinancialSupervision(b) => format!(
            "the importer is {}overseen by its financial services supervisor",
            not(b)
        ),
        ScopeFact::PublicBodyOf(c) => format!("the importer is a public authority or body of {c}"),
        ScopeFact::CreditInformation(b) => {
            format!("the data are {}personal credit information", not(b))
        }
        ScopeFact::Purpose(p) => format!(
            "the importer processes the data for {}",
            importer_purpose(p)
        ),
        ScopeFact::AutomatedTransfer(b) => format!("the transfer is {}automated", not(b)),
        ScopeFact::AutomatedProcessing(true) => {
            "the importer processes the data further by automated means".to_owned()
        }
        ScopeFact::AutomatedProcessing(false) => {
            "the importer does not process the data further by automated means".to_owned()
        }
        ScopeFact::EarlierUsFrameworkListed(b) => format!(
            "the importer had {}self-certified under the framework",
            not(b)
        ),
    }
}

fn scope_condition(c: &ScopeCondition) -> String {
    let facts: Vec<String> = c.facts.iter().map(|f| scope_fact(*f)).collect();
    match c.effect {
        ScopeEffect::Requires => format!("it covers only transfers where {}", facts.join(" and ")),
        ScopeEffect::Excludes => format!("it excludes transfers where {}", facts.join(" and ")),
    }
}

fn organisation_kind(k: OrganisationKind) -> &'static str {
    match k {
        OrganisationKind::ReligiousBody => "a religious body",
        OrganisationKind::PoliticalParty => "a political party",
        OrganisationKind::PoliticalBody => "a political party or other political body",
        OrganisationKind::Press => "a press organisation",
        OrganisationKind::ProfessionalWriter => "engaged in professional writing",
        OrganisationKind::AcademicInstitution => "an academic institution",
        OrganisationKind::Other => "none of the kinds adequacy decisions single out",
    }
}

fn importer_purpose(p: ImporterPurpose) -> &'static str {
    match p {
        ImporterPurpose::Journalism => "press, journalistic or artistic purposes",
        ImporterPurpose::ProfessionalWriting => "professional writing",
        ImporterPurpose::AcademicStudies => "academic studies",
        ImporterPurpose::ReligiousActivities => "religious activities",
        ImporterPurpose::MissionaryActivities => "missionary activities",
        ImporterPurpose::PoliticalActivities => "political activities",
        ImporterPurpose::CandidateNomination => "the nomination of candidates",
        ImporterPurpose::ImmigrationControl => "immigration control",
        ImporterPurpose::PublicSecurity => {
            "public security, defence, state security or criminal investigations"
        }
    }
}

fn fact_question(f: ScopeFact) -> &'static str {
    match f {
        ScopeFact::DpfListed(_) => "is the recipient on the Data Privacy Framework List for the data concerned?",
        ScopeFact::Sector(_) => "is the recipient a commercial, non-profit or public organisation?",
        ScopeFact::OrganisationKind(_) => "is the recipient a religious body, a political party or other political body, a press organisation, a professional writer, an academic institution, or none of these (`other`)?",
        ScopeFact::FinancialSupervision(_) => "is the recipient overseen by its country's financial services supervisor (in Korea, the Financial Services Commission)?",
        ScopeFact::PublicBodyOf(_) => "is the recipient a public authority or body, and of which state?",
        ScopeFact::CreditInformation(_) => "are the data personal credit information (in Korea, under the Credit Information Use and Protection Act)?",
        ScopeFact::Purpose(_) => "for which of these purposes does the recipient process the data: journalism, professional writing, academic studies, religious or missionary activities, political activities or the nomination of candidates, immigration control, public security? (an empty list says none)",
        ScopeFact::AutomatedTransfer(_) => "is the transfer itself made by automated means?",
        ScopeFact::AutomatedProcessing(_) => "does the recipient process the data further by automated means?",
        ScopeFact::EarlierUsFrameworkListed(_) => "was the recipient self-certified under that framework at the time? (the library keeps no record of it)",
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
