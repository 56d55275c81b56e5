//! English.

use super::{DayKind, QuestionCode, ReasonCode};
use crate::assess::{CalendarScope, CalendarSummary, Cutoff, PlannedRule};
use crate::explain::Params;
use crate::sql::{Scope, WithheldReason};
use crate::{
    Commitment, DataSubjectRight, Derogation, Destination, FindingCode, ImporterPurpose,
    InformationExemption, OrganisationKind, RecipientRole, Region, RetentionAction, RetentionKind,
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
        R::TransferInsideEea => format!("{} is in the European Economic Area: Chapter V does not apply", destination_in(p)),
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
            destination_in(p),
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
        R::SafeguardPermits => format!("{} provides appropriate safeguards, and the importer's law and practice let it comply with them, so enforceable rights and effective remedies are available (Art. 46(1))", mechanism_cite(p)),
        R::SafeguardPermitsUs => format!("{} provides appropriate safeguards, and the transfer impact assessment, relying on the EO 14086 safeguards for access by U.S. intelligence services, confirms that the importer can comply with them, so enforceable rights and effective remedies are available (Art. 46(1))", mechanism_cite(p)),
        R::DerogationPermits => format!("{} applies: {}", mechanism_cite(p), derogation_condition(p)),
        R::SafeguardForPublicAuthoritiesOnly => format!("{} is available only between public authorities or bodies", mechanism_cite(p)),
        R::AuthorisationRefused => format!("{} requires the authorisation of the competent supervisory authority, which was not given", mechanism_cite(p)),
        R::AuthorisationRequired => format!("{} requires the authorisation of the competent supervisory authority", mechanism_cite(p)),
        R::SafeguardIneffective => format!("{} cannot be relied on: the importer's law or practice prevents it from complying with the safeguards (Art. 46(1), C-311/18)", mechanism_cite(p)),
        R::SafeguardOnPaperUs => format!("{} provides safeguards on paper; the EO 14086 safeguards settle access by U.S. intelligence services, and the rest of the transfer impact assessment is not recorded", mechanism_cite(p)),
        R::SafeguardOnPaper => format!("{} provides safeguards on paper; whether they are effective in the destination has not been assessed", mechanism_cite(p)),
        R::DerogationBarred => format!("{} is not available to a public authority in the exercise of its public powers", mechanism_cite(p)),
        R::DerogationConditionsNotMet => format!("{} does not apply: it requires that {}", mechanism_cite(p), derogation_condition(p)),
        R::DerogationConditionsUnknown => format!("{} applies only if {}", mechanism_cite(p), derogation_condition(p)),
        R::NoTransferGround => "no ground of Chapter V applies, so the transfer must not take place".to_owned(),
        R::RemedyDataPrivacyFramework => "use an importer certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795)".to_owned(),
        R::RemedyStandardContractualClauses => "conclude the Commission's standard contractual clauses with the importer and assess that they are effective in its law and practice".to_owned(),
        R::RemedyBindingCorporateRules => "within a group of undertakings, rely on binding corporate rules approved under Art. 47".to_owned(),
        R::RemedyPublicInstrument => "between public bodies, a legally binding and enforceable instrument".to_owned(),
        R::RemedyDerogation => "for an occasional transfer only, a derogation of Art. 49(1) whose conditions are met".to_owned(),
        R::PromiseBroken => format!(
            "the notice promises that {}, and {} is outside that area: whatever Chapter V allows, sending the data breaks the promise",
            p.commitment.map_or("?", commitment),
            destination_in(p)
        ),
        R::ClausePromiseBroken => format!(
            "the notice lets {} receive data outside {} only where {}; that is not so for this transfer to {}, so it breaks the notice's promise whatever Chapter V allows",
            id(&p.recipient),
            p.region.map_or("?", region),
            p.transfer_condition.map_or("?", condition_words),
            destination_in(p)
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
        Q::MaximumPeriod => "the rule states no period: how long, at most, may these data be kept? State it in days, weeks, months or years".to_owned(),
        Q::RetentionEvent => "from which event does the retention period run?".to_owned(),
        Q::FinancialYearEnd => "in which month does the financial year end? The retention period runs from the end of the financial year".to_owned(),
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
        Q::TransferConditionMet => format!("does the notice's condition hold for this transfer: {}?", p.transfer_condition.map_or("?", condition_words)),
        Q::ScopeFact => p.scope_fact.map_or("?", fact_question).to_owned(),
        Q::AuthorisedBySupervisoryAuthority => "has the competent supervisory authority authorised the clauses or arrangement?".to_owned(),
        Q::SafeguardsEffectiveUs => "relying on the EO 14086 safeguards for access by U.S. intelligence services (EDPB information note of 18 July 2023), has the transfer impact assessment confirmed the rest: that the importer can comply with the safeguards, that access by other U.S. authorities such as law enforcement does not undermine them, and that onward transfers are protected?".to_owned(),
        Q::SafeguardsEffective => "do the law and practice of the destination let the importer comply with the safeguards, with supplementary measures where needed (transfer impact assessment, C-311/18)?".to_owned(),
        Q::ExercisingPublicPowers => "does the public authority act in the exercise of its public powers?".to_owned(),
        Q::DerogationConditionsMet => format!("are the conditions of {} met: {}?", mechanism_cite(p), derogation_condition(p)),
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

fn destination_in(p: &Params) -> String {
    match &p.destination {
        Some(Destination::Country(c)) => c.to_string(),
        Some(Destination::Region(r)) => region(*r).to_owned(),
        Some(Destination::InternationalOrganisation(o)) => {
            format!("international organisation `{o}`")
        }
        None => "?".to_owned(),
    }
}

fn condition_words(c: TransferCondition) -> &'static str {
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
        p.transfer_condition.map_or("?", condition_words)
    )
}

fn mechanism_cite(p: &Params) -> String {
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
    let (who, at) = (id(&p.recipient), destination_in(p));
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

pub(super) fn scope_fact(f: ScopeFact) -> String {
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

pub(super) fn scope_condition(c: &ScopeCondition) -> String {
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

pub(super) fn fact_question(f: ScopeFact) -> &'static str {
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

// ---------------------------------------------------------------------------------------------
// Findings, the notice and the texts of decisions (issue 15).

use super::terms::{after_colon, key, DpoDuty, Phrase, PolicyList};
use crate::assess::{
    Applicability, ErasureOutcome, ErasureVerdict, ObjectionOutcome, RestrictionOutcome,
    TransferOutcome,
};
use crate::notice::{AuditCode, CheckCode, ElementStatus, NoticeElement};
use crate::{GroundKind, LegalBasis, Period, Severity, SpecialCategory};

/// Ids in code marks, the last joined by "and": "`a`, `b` and `c`".
fn ids(items: &[String]) -> String {
    let marked: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    all(&marked)
}

/// Words joined by "and".
fn all(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

fn list_of(list: Option<PolicyList>, plural: bool) -> &'static str {
    match (list, plural) {
        (Some(PolicyList::DataSubjects), false) => "category of data subjects",
        (Some(PolicyList::DataSubjects), true) => "categories of data subjects",
        (Some(PolicyList::DataCategories), false) => "data category",
        (Some(PolicyList::DataCategories), true) => "data categories",
        (Some(PolicyList::Recipients), false) => "recipient",
        (Some(PolicyList::Recipients), true) => "recipients",
        (Some(PolicyList::Activities), false) => "activity",
        (Some(PolicyList::Activities), true) => "activities",
        (Some(PolicyList::Purposes), false) => "purpose",
        (Some(PolicyList::Purposes), true) => "purposes",
        (None, _) => "element",
    }
}

fn destination_of(p: &Params) -> String {
    p.destination
        .as_ref()
        .map_or_else(|| "?".to_owned(), destination)
}

/// The reasons another decision gave, joined.
fn because(p: &Params) -> String {
    let said: Vec<String> = p
        .reasons
        .iter()
        .map(|r| r.in_language(super::Language::English))
        .collect();
    said.join("; ")
}

/// The open questions of another decision, each with its field.
fn asked(p: &Params) -> String {
    let asked: Vec<String> = p
        .questions
        .iter()
        .map(|q| {
            format!(
                "{} (`{}`)",
                q.in_language(super::Language::English),
                q.field
            )
        })
        .collect();
    asked.join("; ")
}

fn promise_of(p: &Params) -> String {
    let promise = p.commitment.map_or("?", commitment);
    match p.fields.first() {
        Some(at) => format!("{promise} (`{at}`)"),
        None => promise.to_owned(),
    }
}

pub(super) fn finding_message(code: FindingCode, p: &Params) -> String {
    use FindingCode as F;
    let activity = id(&p.activity);
    let purpose = id(&p.purpose);
    let category = id(&p.data_category);
    let recipient = id(&p.recipient);
    match code {
        F::DuplicateId => match &p.activity {
            Some(_) => format!("the id {} is used more than once among the {} of the activity {activity}", id(&p.id), list_of(p.list, true)),
            None => format!("the id {} is used more than once among the policy's {}", id(&p.id), list_of(p.list, true)),
        },
        F::DanglingReference => match &p.activity {
            Some(_) => format!("{} is not among the {} of the activity {activity}", id(&p.id), list_of(p.list, true)),
            None => format!("no {} has the id {}", list_of(p.list, false), id(&p.id)),
        },
        F::NoActivities => "the policy lists no processing activity".to_owned(),
        F::NoPurpose => format!("the activity {activity} states no purpose"),
        F::NoDataCategories => format!("the activity {activity} names no category of personal data"),
        F::MissingLegalBasis => format!("the purpose {purpose} states no lawful basis"),
        F::CompatibleFurtherProcessing => format!("the purpose {purpose} states no basis of its own; as further processing for archiving in the public interest, scientific or historical research or statistics it is not considered incompatible with the purposes the data were collected for, provided the safeguards of Art. 89(1) are in place, and it needs no legal basis separate from the one that allowed the collection (recital 50): that of {}", ids(&p.ids)),
        F::LegitimateInterestsByPublicAuthority => format!("the purpose {purpose} rests on legitimate interests (Art. 6(1)(f)), which a public authority cannot rely on in the performance of its tasks"),
        F::MissingLegalReference => format!(
            "the purpose {purpose} rests on {} ({}), which must be laid down by Union or Member State law, but names no law",
            p.basis.as_ref().map_or("?", basis),
            p.basis.as_ref().map_or_else(|| "?".to_owned(), |b| b.citation().to_string())
        ),
        F::MissingLegitimateInterest => format!("the purpose {purpose} rests on legitimate interests, but the interest pursued is not stated"),
        F::ChildConsent => format!(
            "the purpose {purpose} offers an information society service directly to children on consent: below the age of {} in {}, consent is lawful only if given or authorised by the holder of parental responsibility",
            p.count.map_or_else(|| "?".to_owned(), |n| n.to_string()),
            p.country.map_or_else(|| "?".to_owned(), |c| c.to_string())
        ),
        F::SpecialCategoryWithoutCondition => format!(
            "{category} is a special category of personal data ({}), whose processing is prohibited unless a condition of Art. 9(2) applies",
            p.special_category.map_or("?", special_category)
        ),
        F::CriminalDataWithoutAuthorisation => format!("{category} are data relating to criminal convictions and offences, which may be processed only under the control of official authority or when authorised by Union or Member State law"),
        F::NationalNumberWithoutLaw => format!("{category} is a national identification number, which may be used only under the conditions its Member State's law sets"),
        F::TransferWithoutMechanism => format!("data go to {recipient} at {}, outside the EEA, and no ground of Chapter V permits it{}", destination_of(p), after_colon(&because(p))),
        F::AdequacyNotAvailable => format!("the transfer to {recipient} relies on an adequacy decision, but {}", because(p)),
        F::TransferNeedsReview => format!("{recipient} receives data at {}, outside the EEA, and whether a ground of Chapter V covers it turns on facts the policy does not record: {}", destination_of(p), asked(p)),
        F::UnknownRecipientLocation => format!("the location of {recipient} is not recorded, so it cannot be told whether data leave the EEA"),
        F::ConditionalTransfer => {
            let grounds = if p.grounds.is_empty() {
                "the notice names no ground for them".to_owned()
            } else {
                let named: Vec<String> = p.grounds.iter().map(|g| g.citation().to_string()).collect();
                format!("the notice promises a ground of {}", named.join(" or "))
            };
            format!("{recipient} may receive data outside {} under a condition; {grounds}", p.region.map_or("?", region))
        }
        F::DerogationBarredForPublicAuthority => format!(
            "the derogation of {} is not available to public authorities in the exercise of their public powers",
            p.mechanism.map_or_else(|| "?".to_owned(), |m| m.citation().to_string())
        ),
        F::SafeguardForPublicAuthoritiesOnly => format!(
            "{} is available only between public authorities or bodies, and the controller is not one",
            p.mechanism.map_or_else(|| "?".to_owned(), |m| m.citation().to_string())
        ),
        F::ProcessorWithoutContract => match p.known {
            Some(false) => format!("whether the processor {recipient} is bound by a contract or other legal act with the controller is not recorded"),
            _ => format!("the processor {recipient} is bound by no contract or other legal act with the controller"),
        },
        F::JointControllerWithoutArrangement => match p.known {
            Some(false) => format!("whether the joint controller {recipient} has an arrangement determining each one's responsibilities is not recorded"),
            _ => format!("the joint controller {recipient} has no arrangement determining each one's responsibilities"),
        },
        F::AutomatedDecisionWithoutGround => format!("the purpose {purpose} takes solely automated decisions with legal or similarly significant effects, which is prohibited unless a contract, a law or explicit consent permits it (Art. 22(2))"),
        F::AutomatedDecisionOnSpecialCategories => format!("the purpose {purpose} takes solely automated decisions in an activity with special categories of data, which requires Art. 9(2)(a) or 9(2)(g) and suitable safeguards"),
        F::MissingRetention => format!("the activity {activity} has no retention rule"),
        F::RetentionWithoutPeriodOrCriteria => "the retention rule states neither a period nor the criteria used to determine it".to_owned(),
        F::RetentionPeriodWithoutTrigger => "the retention period has no event to run from, so no date can be computed for it".to_owned(),
        F::RetentionPeriodUnitUnusable => format!(
            "the retention period `{}` is in hours, and retention is counted in calendar days: no due date can be computed from it",
            p.period.map_or_else(|| "?".to_owned(), |x| x.to_string())
        ),
        F::RetentionDutyWithoutLaw => "the retention rule is a legal duty to keep, but names no law".to_owned(),
        F::RetentionDutyWithoutCategories => "the legal duty to keep names no data categories".to_owned(),
        F::RetentionKindNotStated => format!(
            "the retention rule follows `{}` but does not say whether that law sets a maximum or requires the data to be kept",
            p.law.as_deref().unwrap_or("?")
        ),
        F::CommitmentBroken => match (&p.purpose, &p.region, &p.destination) {
            (Some(_), _, _) => format!("the purpose {purpose} breaks the notice's promise that {}", promise_of(p)),
            (None, Some(r), _) => format!("the notice lets {recipient} receive data outside {} under a condition, but also promises that {}", region(*r), promise_of(p)),
            (None, None, _) => format!("{recipient} receives data in {}, but the notice promises that {}", destination_of(p), promise_of(p)),
        },
    }
}

pub(super) fn finding_help(code: FindingCode, p: &Params) -> String {
    use FindingCode as F;
    match code {
        F::DuplicateId => "give each element its own id: references name elements by id".to_owned(),
        F::DanglingReference => match &p.activity {
            Some(_) => format!("list it under the activity's `{}` first, or correct the id", key(p.list)),
            None => format!("add it to `{}`, or correct the id", key(p.list)),
        },
        F::NoActivities => "describe each processing activity under `activities`, as the record of processing activities does (Art. 30(1))".to_owned(),
        F::NoPurpose => "state its purposes under `purposes`: personal data may only be collected for specified, explicit and legitimate purposes".to_owned(),
        F::NoDataCategories => "list the categories of personal data it processes under `data_categories`".to_owned(),
        F::MissingLegalBasis => "name one of the bases of Art. 6(1) in `legal_basis`: processing is lawful only on one of them".to_owned(),
        F::CompatibleFurtherProcessing => "check the safeguards of Art. 89(1) and record the basis relied on in `legal_basis`: the notice must give it (Art. 13(1)(c)), and an objection turns on it (Art. 21(6))".to_owned(),
        F::LegitimateInterestsByPublicAuthority => "rest the purpose on the public task (Art. 6(1)(e)) or a legal obligation (Art. 6(1)(c)), laid down by law".to_owned(),
        F::MissingLegalReference => "name the law in `legal_reference`".to_owned(),
        F::MissingLegitimateInterest => "name the interest in `interest`: the notice must state it (Art. 13(1)(d))".to_owned(),
        F::ChildConsent => "make reasonable efforts, taking into consideration available technology, to verify that consent is given or authorised by the holder of parental responsibility (Art. 8(2))".to_owned(),
        F::SpecialCategoryWithoutCondition => "name the condition the activity relies on in `special_category_conditions`".to_owned(),
        F::CriminalDataWithoutAuthorisation => "name the authorisation in `criminal_data_authorisation`".to_owned(),
        F::NationalNumberWithoutLaw => "name that law in `national_number_law`".to_owned(),
        F::TransferWithoutMechanism => "declare a safeguard of Art. 46 or, for occasional transfers, a derogation of Art. 49 under the activity's `transfers`".to_owned(),
        F::AdequacyNotAvailable => "rely on another ground of Chapter V: appropriate safeguards of Art. 46, or a derogation of Art. 49".to_owned(),
        F::TransferNeedsReview => "record those facts, or declare a safeguard of Art. 46 under the activity's `transfers`".to_owned(),
        F::UnknownRecipientLocation => "record where the recipient receives the data in `location`".to_owned(),
        F::ConditionalTransfer => "each such transfer needs its own ground of Chapter V: assess it with its actual `destination` and whether the condition holds (`transfer_condition_met`)".to_owned(),
        F::DerogationBarredForPublicAuthority => "rely on appropriate safeguards of Art. 46 instead, or make sure the authority does not act in the exercise of its public powers".to_owned(),
        F::SafeguardForPublicAuthoritiesOnly => "rely on another safeguard of Art. 46, such as standard contractual clauses (Art. 46(2)(c))".to_owned(),
        F::ProcessorWithoutContract => "processing by a processor must be governed by a contract or other legal act that binds it to the controller: conclude one and record it in `art28_contract`".to_owned(),
        F::JointControllerWithoutArrangement => "joint controllers must determine their respective responsibilities in an arrangement between them: make one and record it in `art26_arrangement`".to_owned(),
        F::AutomatedDecisionWithoutGround => "name the ground of Art. 22(2) in `automated_decision.ground`, or involve a person in the decisions".to_owned(),
        F::AutomatedDecisionOnSpecialCategories => "rest the decisions on explicit consent (Art. 9(2)(a)) or a substantial public interest (Art. 9(2)(g)) with suitable safeguards, or involve a person in them".to_owned(),
        F::MissingRetention => "add a rule under `retention`: data may be kept no longer than necessary, and the notice must state the period or the criteria for it (Art. 13(2)(a))".to_owned(),
        F::RetentionWithoutPeriodOrCriteria => "state a `period` and the event it runs from (`from`), or the `criteria`".to_owned(),
        F::RetentionPeriodWithoutTrigger => "name the event the period runs from in `from`".to_owned(),
        F::RetentionPeriodUnitUnusable => "state the period in days, weeks, months or years".to_owned(),
        F::RetentionDutyWithoutLaw => "a duty to keep data must be laid down by Union or Member State law: name it in `legal_reference`".to_owned(),
        F::RetentionDutyWithoutCategories => "a duty to keep covers the data its law requires and nothing else: name those data categories in `data_categories`".to_owned(),
        F::RetentionKindNotStated => "state `kind`: `maximum` or `legal_duty`; only a duty to keep is an exception to erasure, so until then erasure requests that turn on it ask".to_owned(),
        F::CommitmentBroken => "keep the promise, or change the notice and the policy together: a notice that no longer tells the truth is neither fair nor transparent".to_owned(),
    }
}

fn dpo_duty(duty: Option<DpoDuty>) -> &'static str {
    match duty {
        Some(DpoDuty::PublicAuthority) => "a public authority or body must designate one (Art. 37(1)(a))",
        Some(DpoDuty::LargeScaleMonitoring) => "its core activities require regular and systematic monitoring of data subjects on a large scale (Art. 37(1)(b))",
        Some(DpoDuty::LargeScaleSpecialData) => "its core activities consist of processing special categories or criminal data on a large scale (Art. 37(1)(c))",
        Some(DpoDuty::Designated) => "the policy records a designated data protection officer (Art. 13(1)(b))",
        None => "?",
    }
}

/// What a notice leaves out, for the element concerned.
fn not_stated(element: Option<NoticeElement>) -> &'static str {
    match element {
        Some(NoticeElement::ControllerIdentity) => {
            "the identity and contact details of the controller"
        }
        Some(NoticeElement::DpoContact) => "the contact details of the data protection officer",
        Some(NoticeElement::PurposesAndLegalBases) => "the purposes and the legal basis of each",
        Some(NoticeElement::LegitimateInterests) => {
            "the legitimate interests pursued, though processing rests on Art. 6(1)(f)"
        }
        Some(NoticeElement::Recipients) => {
            "the recipients or categories of recipients, though data are disclosed"
        }
        Some(NoticeElement::Transfers) => "the transfers to third countries and their grounds",
        Some(NoticeElement::Retention) => "how long the data are kept, or the criteria for it",
        Some(NoticeElement::Rights) => "the rights of the data subject",
        Some(NoticeElement::WithdrawalOfConsent) => {
            "that consent can be withdrawn at any time, though processing rests on consent"
        }
        Some(NoticeElement::Complaint) => {
            "the right to lodge a complaint with a supervisory authority"
        }
        Some(NoticeElement::ProvisionRequirement) => {
            "whether the subject must provide the data and what happens if they do not"
        }
        Some(NoticeElement::AutomatedDecisions) => {
            "the solely automated decisions the policy takes, their logic and consequences"
        }
        Some(NoticeElement::CategoriesOfData) => {
            "the categories of the data obtained from other sources"
        }
        Some(NoticeElement::SourceOfData) => "from which sources the data obtained elsewhere come",
        None => "?",
    }
}

pub(super) fn audit(code: AuditCode, p: &Params) -> String {
    use AuditCode as A;
    let recipient = id(&p.recipient);
    let area = p.region.map_or("?", region);
    match code {
        A::NotRecorded => "the policy records no published notice (`published_notice`), so it cannot be audited".to_owned(),
        A::NotStated => format!("the notice does not state {}", not_stated(p.element)),
        A::RightNotListed => format!(
            "the notice does not list the right to {} ({}), which applies",
            p.right.map_or("?", right),
            p.right.map_or_else(|| "?".to_owned(), |r| r.citation().to_string())
        ),
        A::RightMayApply => format!(
            "the notice does not list the right to {} ({}), which may apply: the rights assessment asks for a fact the policy does not record",
            p.right.map_or("?", right),
            p.right.map_or_else(|| "?".to_owned(), |r| r.citation().to_string())
        ),
        A::TransferPromiseBroken => format!("the notice promises that no data leave {area}, but {recipient} receives them in {}", destination_of(p)),
        A::TransferPromiseUnverified => format!("the notice promises that no data leave {area}, and where {recipient} receives them is not recorded"),
        A::ThirdPartiesContradicted => format!(
            "the notice says data go to no third party, but {recipient} is {} that receives them",
            match p.role {
                Some(RecipientRole::PublicAuthority | RecipientRole::LawEnforcement) => "an authority",
                _ => "a controller in its own right",
            }
        ),
        A::AccessAsOverview => "the notice promises an overview of the data, but the subject is entitled to a copy: a faithful and intelligible reproduction of all the data processed (CJEU C-487/21)".to_owned(),
        A::ResponseTimeTooLong => format!(
            "the notice promises an answer within {}, but a request must be answered within one month of receipt, unless an extension is announced within that month",
            p.period.map_or_else(|| "?".to_owned(), period)
        ),
        A::DpoRequired => format!("the notice says nothing of the data protection officer, and {}", dpo_duty(p.dpo_duty)),
        A::DpoMayBeRequired => {
            let fields: Vec<String> = p.fields.iter().map(|f| format!("`{f}`")).collect();
            format!("the notice names no data protection officer; whether Art. 37(1)(b) or (c) requires one is not recorded ({})", fields.join(", "))
        }
        A::AutomatedDecisionsContradicted => "the notice says no solely automated decisions are taken, but the policy takes some".to_owned(),
    }
}

pub(super) fn check(code: CheckCode, p: &Params) -> String {
    use CheckCode as C;
    let listed = ids(&p.ids);
    let count = p.count.unwrap_or_default();
    match code {
        C::ControllerIdentified => format!("{} and its contact details", p.text.as_deref().unwrap_or("?")),
        C::ControllerContactMissing => "the controller's contact details are not recorded (`controller.contact`)".to_owned(),
        C::DpoContactRecorded => "the data protection officer's contact details".to_owned(),
        C::DpoMissingForPublicAuthority => "a public authority must designate a data protection officer (Art. 37(1)(a)); record the contact in `controller.dpo`".to_owned(),
        C::DpoNotRecorded => "no data protection officer is recorded; one is required where core activities involve large-scale monitoring or special categories (Art. 37(1)(b), (c))".to_owned(),
        C::PurposesWithBases => format!("{count} purposes, each with its legal basis"),
        C::BasisMissing => format!("no legal basis for {listed}"),
        C::NoLegitimateInterests => "no purpose rests on legitimate interests".to_owned(),
        C::InterestsNamed => "the interest pursued is named for every purpose on Art. 6(1)(f)".to_owned(),
        C::InterestsNotNamed => format!("the interest pursued is not named for {listed}"),
        C::NoRecipients => "no recipients are recorded".to_owned(),
        C::RecipientsRecorded => format!("{count} recipients or categories of recipients"),
        C::LocationsUnknown => format!("the location of {listed} is not recorded, so the notice cannot say whether data leave the EEA"),
        C::TransfersWithoutGround => format!("{listed} receive data outside the EEA without a recorded transfer ground"),
        C::ConditionalWithoutGround => format!("{listed} may receive data outside the EU or EEA under a condition, but no ground is recorded for those transfers"),
        C::ConditionalOnSafeguards => format!("{listed} may receive data outside the EU or EEA under a condition, on safeguards or derogations: once such a transfer happens the notice must name them and say how to obtain a copy (Art. 13(1)(f))"),
        C::ConditionalOnAdequacy => "transfers outside the EU or EEA happen only under a stated condition, on an adequacy decision".to_owned(),
        C::NoneOutsideEea => "no recipient is outside the EEA".to_owned(),
        C::EveryTransferGrounded => "every transfer outside the EEA has its ground".to_owned(),
        C::RetentionStated => format!("every activity has a retention period or criteria ({count} with a fixed period)"),
        C::RetentionMissing => format!("no retention period or criteria for {listed}"),
        C::RightsDerived => "the rights that apply are derived from the purposes and their bases".to_owned(),
        C::ConsentRelied => "consent is relied on; the right to withdraw it is stated".to_owned(),
        C::NoConsent => "no purpose rests on consent".to_owned(),
        C::AuthoritiesNamed => p.ids.join("; "),
        C::NoAuthorityNamed => "no supervisory authority is named (`controller.supervisory_authorities`)".to_owned(),
        C::ProvisionStated => "every activity says whether the data must be provided".to_owned(),
        C::ProvisionMissing => format!("whether the subject must provide the data, and the consequences, is not stated for {listed}"),
        C::NoAutomatedDecisions => "no solely automated decisions are recorded".to_owned(),
        C::LogicDescribed => "the logic involved is described for every automated decision".to_owned(),
        C::LogicMissing => format!("the logic and consequences of the automated decisions of {listed} are not described"),
        C::CategoriesNamed => "the categories of data obtained elsewhere are named".to_owned(),
        C::AllFromSubject => "all data are obtained from the subject".to_owned(),
        C::SourcesNamed => "the source of every category obtained elsewhere is named".to_owned(),
        C::SourceMissing => format!("the source of {listed} is not named (`obtained_from`)"),
    }
}

pub(super) fn element(element: NoticeElement) -> &'static str {
    match element {
        NoticeElement::ControllerIdentity => "identity and contact details of the controller",
        NoticeElement::DpoContact => "contact details of the data protection officer",
        NoticeElement::PurposesAndLegalBases => "purposes and legal bases",
        NoticeElement::LegitimateInterests => "legitimate interests pursued",
        NoticeElement::Recipients => "recipients",
        NoticeElement::Transfers => "transfers to third countries",
        NoticeElement::Retention => "retention period",
        NoticeElement::Rights => "rights of the data subject",
        NoticeElement::WithdrawalOfConsent => "withdrawal of consent",
        NoticeElement::Complaint => "complaint to a supervisory authority",
        NoticeElement::ProvisionRequirement => "whether providing the data is required",
        NoticeElement::AutomatedDecisions => "automated decision-making",
        NoticeElement::CategoriesOfData => "categories of data obtained elsewhere",
        NoticeElement::SourceOfData => "source of the data",
    }
}

pub(super) fn element_status(status: ElementStatus) -> &'static str {
    match status {
        ElementStatus::Complete => "complete",
        ElementStatus::Gap => "gap",
        ElementStatus::NotApplicable => "not applicable",
        ElementStatus::Check => "to check",
    }
}

pub(super) fn basis(basis: &LegalBasis) -> &'static str {
    match basis {
        LegalBasis::Consent => "consent",
        LegalBasis::Contract => "performance of a contract",
        LegalBasis::LegalObligation { .. } => "legal obligation",
        LegalBasis::VitalInterests => "vital interests",
        LegalBasis::PublicTask { .. } => "public task or official authority",
        LegalBasis::LegitimateInterests { .. } => "legitimate interests",
    }
}

pub(super) fn role(role: RecipientRole) -> &'static str {
    match role {
        RecipientRole::Processor => "processor",
        RecipientRole::SubProcessor => "sub-processor",
        RecipientRole::IndependentController => "independent controller",
        RecipientRole::JointController => "joint controller",
        RecipientRole::PublicAuthority => "public authority",
        RecipientRole::LawEnforcement => "law enforcement",
        RecipientRole::OwnEstablishment => "own establishment",
        RecipientRole::ClientController => "controller we process for",
    }
}

pub(super) fn special_category(category: SpecialCategory) -> &'static str {
    match category {
        SpecialCategory::RacialOrEthnicOrigin => "racial or ethnic origin",
        SpecialCategory::PoliticalOpinions => "political opinions",
        SpecialCategory::ReligiousOrPhilosophicalBeliefs => "religious or philosophical beliefs",
        SpecialCategory::TradeUnionMembership => "trade union membership",
        SpecialCategory::Genetic => "genetic data",
        SpecialCategory::BiometricForIdentification => "biometric data for identification",
        SpecialCategory::Health => "data concerning health",
        SpecialCategory::SexLifeOrSexualOrientation => "sex life or sexual orientation",
    }
}

pub(super) fn after(trigger: RetentionTrigger) -> &'static str {
    match trigger {
        RetentionTrigger::Collection => "after collection",
        RetentionTrigger::EndOfContract => "after the end of the contract",
        RetentionTrigger::EndOfRelationship => "after the end of the relationship",
        RetentionTrigger::LastContact => "after the last contact",
        RetentionTrigger::ConsentWithdrawn => "after consent is withdrawn",
        RetentionTrigger::FileClosed => "after the file is closed",
        RetentionTrigger::EndOfFinancialYear => "after the end of the financial year",
    }
}

pub(super) fn period(period: Period) -> String {
    let units = [
        (period.years, "year", "years"),
        (period.months, "month", "months"),
        (period.weeks, "week", "weeks"),
        (period.days, "day", "days"),
        (period.hours, "hour", "hours"),
    ];
    let parts: Vec<String> = units
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
    if parts.is_empty() {
        return phrase(Phrase::Immediately).to_owned();
    }
    all(&parts)
}

pub(super) fn action_done(action: RetentionAction) -> &'static str {
    match action {
        RetentionAction::Erase => "erased",
        RetentionAction::Anonymise => "anonymised",
        RetentionAction::Archive => "archived",
    }
}

pub(super) fn right_title(right: DataSubjectRight) -> &'static str {
    match right {
        DataSubjectRight::WithdrawConsent => "Withdrawal of consent",
        DataSubjectRight::InformationAtCollection => "Information at collection",
        DataSubjectRight::InformationFromOtherSource => "Information on data from other sources",
        DataSubjectRight::Access => "Access",
        DataSubjectRight::Rectification => "Rectification",
        DataSubjectRight::Erasure => "Erasure",
        DataSubjectRight::Restriction => "Restriction of processing",
        DataSubjectRight::NotificationToRecipients => "Notification of recipients",
        DataSubjectRight::Portability => "Data portability",
        DataSubjectRight::Object => "Objection",
        DataSubjectRight::NoSolelyAutomatedDecision => "No solely automated decision",
        DataSubjectRight::Complaint => "Complaint to the supervisory authority",
    }
}

pub(super) fn right_detail(right: DataSubjectRight) -> &'static str {
    match right {
        DataSubjectRight::WithdrawConsent => "You may withdraw consent at any time, as easily as you gave it; this does not make earlier processing unlawful.",
        DataSubjectRight::InformationAtCollection => "When data are collected you receive the information in this notice.",
        DataSubjectRight::InformationFromOtherSource => "For data from other sources we tell you which data and where they come from.",
        DataSubjectRight::Access => "You may ask whether we process your data and obtain a copy.",
        DataSubjectRight::Rectification => "You may have inaccurate data corrected and incomplete data completed.",
        DataSubjectRight::Erasure => "You may ask erasure, among others when the data are no longer needed, you withdraw consent or object successfully; what the law obliges us to keep we keep until the end of its period.",
        DataSubjectRight::Restriction => "You may ask restriction, for instance while the accuracy of the data is verified.",
        DataSubjectRight::NotificationToRecipients => "We tell the recipients of rectification, erasure and restriction, and tell you who they are on request.",
        DataSubjectRight::Portability => "Data you provided, processed on consent or contract by automated means, you receive in a common machine-readable format, or have transmitted.",
        DataSubjectRight::Object => "You may always object to direct marketing, without giving reasons; to processing on a public task or legitimate interests you may object on grounds relating to your situation, and we stop unless we demonstrate compelling legitimate grounds.",
        DataSubjectRight::NoSolelyAutomatedDecision => "You have the right to human intervention in decisions taken solely by automated means.",
        DataSubjectRight::Complaint => "You may lodge a complaint with the supervisory authority.",
    }
}

pub(super) fn commitment(commitment: Commitment) -> &'static str {
    match commitment {
        Commitment::NoTransfersOutsideEea => "no personal data are transferred outside the EEA",
        Commitment::NoTransfersOutsideEu => "no personal data are transferred outside the EU",
        Commitment::NoAutomatedDecisions => "no solely automated decisions are taken",
        Commitment::NoProfiling => "no profiling takes place",
    }
}

pub(super) fn commitment_statement(commitment: Commitment) -> &'static str {
    match commitment {
        Commitment::NoTransfersOutsideEea => "We transfer no personal data outside the EEA.",
        Commitment::NoTransfersOutsideEu => "We transfer no personal data outside the EU.",
        Commitment::NoAutomatedDecisions => "We take no solely automated decisions.",
        Commitment::NoProfiling => "We do not profile.",
    }
}

pub(super) fn region(region: Region) -> &'static str {
    match region {
        Region::Eu => "the EU",
        Region::Eea => "the EEA",
    }
}

pub(super) fn region_in_full(region: Region) -> &'static str {
    match region {
        Region::Eu => "the European Union",
        Region::Eea => "the European Economic Area",
    }
}

pub(super) fn destination(destination: &Destination) -> String {
    match destination {
        Destination::Country(c) => c.to_string(),
        Destination::Region(r) => region(*r).to_owned(),
        Destination::InternationalOrganisation(o) => {
            format!("the international organisation `{o}`")
        }
    }
}

pub(super) fn mechanism(mechanism: TransferMechanism) -> &'static str {
    match mechanism {
        TransferMechanism::AdequacyDecision => "adequacy decision",
        TransferMechanism::Safeguard(_) => "appropriate safeguards",
        TransferMechanism::Derogation(_) => "derogation for a specific situation",
    }
}

pub(super) fn ground_kind(ground: GroundKind) -> &'static str {
    match ground {
        GroundKind::AdequacyDecision => "an adequacy decision",
        GroundKind::AppropriateSafeguards => "appropriate safeguards",
        GroundKind::Derogation => "a derogation for a specific situation",
    }
}

pub(super) fn transfer_condition(condition: TransferCondition) -> &'static str {
    match condition {
        TransferCondition::NoEquivalentAlternativeInside => {
            "where no equivalent alternative exists inside it"
        }
    }
}

pub(super) fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

pub(super) fn applicability(applies: Applicability) -> &'static str {
    match applies {
        Applicability::Applies => "applies",
        Applicability::DoesNotApply => "does not apply",
        Applicability::NeedsReview => "needs review",
        Applicability::ExercisedAgainstController => {
            "exercised against the controller we process for"
        }
    }
}

pub(super) fn erasure_verdict(verdict: ErasureVerdict) -> &'static str {
    match verdict {
        ErasureVerdict::Erase => "erase",
        ErasureVerdict::Keep => "keep",
        ErasureVerdict::NoGround => "no ground",
        ErasureVerdict::NeedsReview => "needs review",
        ErasureVerdict::ForwardToController => "to the controller",
    }
}

pub(super) fn erasure_outcome(outcome: ErasureOutcome) -> &'static str {
    match outcome {
        ErasureOutcome::Required => "erasure required",
        ErasureOutcome::NotRequired => "erasure not required",
        ErasureOutcome::NeedsReview => "needs review",
        ErasureOutcome::ForwardToController => "for the controller to decide",
    }
}

pub(super) fn objection_outcome(outcome: ObjectionOutcome) -> &'static str {
    match outcome {
        ObjectionOutcome::Stop => "stop the processing",
        ObjectionOutcome::Continue => "the processing may continue",
        ObjectionOutcome::NeedsReview => "needs review",
        ObjectionOutcome::NotApplicable => "the right to object does not reach this processing",
        ObjectionOutcome::ForwardToController => "for the controller to decide",
    }
}

pub(super) fn restriction_outcome(outcome: RestrictionOutcome) -> &'static str {
    match outcome {
        RestrictionOutcome::Restrict => "restrict the processing",
        RestrictionOutcome::NotRequired => "restriction not required",
        RestrictionOutcome::NeedsReview => "needs review",
        RestrictionOutcome::ForwardToController => "for the controller to decide",
    }
}

pub(super) fn transfer_outcome(outcome: TransferOutcome) -> &'static str {
    match outcome {
        TransferOutcome::NotATransfer => "not a transfer",
        TransferOutcome::Permitted => "permitted",
        TransferOutcome::Prohibited => "prohibited",
        TransferOutcome::NeedsReview => "needs review",
    }
}

pub(super) fn phrase(phrase: Phrase) -> &'static str {
    use Phrase as P;
    match phrase {
        P::NoticeTitle => "Privacy notice",
        P::NoticeControllerHeading => "Who is responsible?",
        P::Controller => "controller",
        P::Contact => "Contact",
        P::DataProtectionOfficer => "Data protection officer",
        P::NoticePurposesHeading => "What we use your data for, and on what basis",
        P::NoticeOnBehalfOfClient => "Here we process data on behalf of another controller; its privacy notice applies.",
        P::OurInterest => "our interest",
        P::BasisDeterminedByClient => "determined by the client",
        P::BasisNotRecorded => "the legal basis is not recorded",
        P::NoticeDirectMarketing => "This is direct marketing: you may object at any time, and we then stop (Art. 21(2) and (3) GDPR).",
        P::NoticeProfiling => "This involves profiling (Art. 4(4) GDPR).",
        P::Data => "Data",
        P::SpecialCategoryMark => "special category",
        P::NationalNumberMark => "national identification number",
        P::SpecialConditionsRelied => "For special categories we rely on",
        P::ProvisionRequired => "You must provide these data",
        P::ProvisionVoluntary => "Providing these data is voluntary",
        P::Otherwise => "otherwise",
        P::NoticeOtherSourcesHeading => "Data we do not obtain from you",
        P::Source => "source",
        P::SourceNotRecorded => "source not recorded",
        P::NoticeRecipientsHeading => "Who receives your data?",
        P::NoRecipients => "We do not disclose your data to anyone.",
        P::LocationNotRecorded => "location not recorded",
        P::NoticeTransfersHeading => "Transfers outside the European Economic Area",
        P::OnlyOutside => "only outside",
        P::OnGrounds => "on",
        P::Or => "or",
        P::And => "and",
        P::NoTransfersRecorded => "No transfers outside the EEA are recorded.",
        P::NoticeRetentionHeading => "How long we keep your data",
        P::NoRetentionRecorded => "no retention period recorded",
        P::Then => "then",
        P::NoticeRightsHeading => "Your rights",
        P::NoticeResponseTime => "We answer without undue delay and within one month of receiving your request; for complex or numerous requests this may be extended by two months, which we tell you within the first month (Art. 12(3) GDPR).",
        P::NoticeAutomatedHeading => "Automated decision-making",
        P::LogicNotDescribed => "the logic is not described",
        P::NoAutomatedDecisions => "We take no decisions based solely on automated processing.",
        P::NoticeComplaintsHeading => "Complaints",
        P::NoAuthorityRecorded => "No supervisory authority is recorded.",
        P::NoticeComplaintRight => "You may always lodge a complaint with the supervisory authority (Art. 77 GDPR).",
        P::Immediately => "immediately",
        P::Error => "error",
        P::Errors => "errors",
        P::Warning => "warning",
        P::Warnings => "warnings",
        P::Validation => "Validation",
        P::RightsHeading => "Rights per activity (✓ applies, ✗ does not, ? needs review, → the client's)",
        P::RightsOf => "Rights of the activity",
        P::ErasureHeading => "Erasure request",
        P::AnswerBy => "answer by",
        P::IfExtended => "or, if extended,",
        P::NoExtensionForRefusal => "a refusal: no extension",
        P::KeepUntil => "keep until",
        P::In => "in",
        P::Stop => "stop",
        P::MayKeep => "may keep",
        P::TellRecipient => "tell recipient",
        P::TellOtherControllers => "tell other controllers",
        P::ObjectionHeading => "Objection",
        P::RestrictionHeading => "Restriction",
        P::TransferTo => "Transfer to",
        P::On => "on",
        P::BreaksPromise => "breaks its promise",
        P::WouldBePermittedWith => "would be permitted with",
        P::OpenQuestions => "Open questions",
        P::Why => "Why",
        P::Deadline => "Deadline",
        P::EndsAtEndOf => "ends at the end of",
        P::EndsAt => "ends at",
        P::RequestReceived => "request received",
        P::Extended => "extended",
        P::NotifyBy => "notify the authority by",
        P::NoticeAuditHeading => "The published notice, audited (Art. 12–15, 37)",
        P::Nothing => "nothing to report",
        P::NoticeCheckHeading => "Privacy notice (Art. 13, 14): what the policy cannot yet say",
        P::Help => "help",
        P::DueSince => "due since",
        P::RetentionPlanOn => "Retention plan on",
        P::UnlessKeptBy => "unless kept by",
        P::Withheld => "withheld",
        P::Parameters => "params",
        P::BreachTitle => "Personal data breach",
        P::SupervisoryAuthority => "Supervisory authority",
        P::DataSubjects => "Data subjects",
        P::Risk => "Risk",
        P::Between => "between",
        P::RegisterEntry => "Register entry",
        P::AssessedAt => "assessed at",
        P::RemedialAction => "remedial action",
    }
}

pub(super) fn stop_reason(reason: crate::assess::StopReason) -> &'static str {
    use crate::assess::StopReason as S;
    match reason {
        S::ConsentWithdrawn => "consent withdrawn",
        S::DirectMarketingObjection => "objection to direct marketing",
        S::Objection => "objection on grounds of a particular situation",
        S::ResearchObjection => "objection to research or statistics",
    }
}

// ---------------------------------------------------------------------------------------------
// Personal data breaches (Art. 33, 34).

use chrono::{DateTime, FixedOffset};

use crate::assess::{
    AuthorityNotification, BreachFact, BreachKind, BreachReason, Guidance, Guidelines, RiskLevel,
    SubjectCommunication,
};
use crate::{Consequence, Exposure, ProtectionMeasure};

fn when(at: &DateTime<FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M %:z").to_string()
}

pub(super) fn authority_notification(a: AuthorityNotification) -> &'static str {
    match a {
        AuthorityNotification::Notify => "notify the supervisory authority",
        AuthorityNotification::NotRequired => "no notification to the supervisory authority",
        AuthorityNotification::NeedsReview => "needs review before deciding on notification",
        AuthorityNotification::ControllerDecides => "the controller decides; inform it",
    }
}

pub(super) fn subject_communication(s: SubjectCommunication) -> &'static str {
    match s {
        SubjectCommunication::Communicate => "tell the data subjects",
        SubjectCommunication::PublicCommunication => {
            "a public communication instead of telling each data subject"
        }
        SubjectCommunication::NotRequired => "no communication to the data subjects",
        SubjectCommunication::NeedsReview => "needs review before deciding on communication",
        SubjectCommunication::ControllerDecides => "the controller decides",
    }
}

pub(super) fn risk_level(r: RiskLevel) -> &'static str {
    match r {
        RiskLevel::Unlikely => "unlikely to result in a risk",
        RiskLevel::Risk => "risk",
        RiskLevel::HighRisk => "high risk",
    }
}

pub(super) fn exposure(e: Exposure) -> &'static str {
    match e {
        Exposure::TrustedRecipient => "a trusted recipient",
        Exposure::KnownRecipients => "known recipients who received them by mistake",
        Exposure::Insider => "someone inside the organisation acting beyond their authorisation",
        Exposure::UnknownParty => "an unknown party (an attacker, a thief or a finder)",
        Exposure::Public => "the public",
    }
}

pub(super) fn consequence(c: Consequence) -> &'static str {
    match c {
        Consequence::IdentityTheft => "identity theft",
        Consequence::Fraud => "fraud",
        Consequence::FinancialLoss => "financial loss",
        Consequence::Discrimination => "discrimination",
        Consequence::ReputationalDamage => "damage to reputation",
        Consequence::PhysicalHarm => "physical harm",
        Consequence::ProfessionalSecrecy => {
            "loss of confidentiality of data protected by professional secrecy"
        }
        Consequence::OtherSignificantDisadvantage => {
            "other significant economic or social disadvantage"
        }
    }
}

pub(super) fn measure(m: ProtectionMeasure) -> &'static str {
    match m {
        ProtectionMeasure::Encryption => "encrypted",
        ProtectionMeasure::SaltedHash => "hashed with a salt",
        ProtectionMeasure::None => "not protected",
    }
}

/// (lost/altered, loss/alteration, lost/altered for good)
fn kind_words(k: BreachKind) -> [&'static str; 3] {
    match k {
        BreachKind::Integrity => ["altered", "the alteration", "altered for good"],
        BreachKind::Availability | BreachKind::Confidentiality => {
            ["lost or inaccessible", "the loss", "lost"]
        }
    }
}

pub(super) fn guidance(g: &Guidance) -> String {
    match g.guidelines {
        Guidelines::Edpb9_2022 => format!("EDPB Guidelines 9/2022, {}", g.point),
        Guidelines::Edpb01_2021 => {
            let word = if g.point.contains(',') {
                "cases"
            } else {
                "case"
            };
            format!("EDPB Guidelines 01/2021, {word} {}", g.point)
        }
    }
}

pub(super) fn breach_question(fact: BreachFact) -> String {
    use BreachFact as F;
    let possible =
        |c: Consequence| format!("is {} possible for the data subjects?", consequence(c));
    match fact {
        F::AwareAt => "when did the controller become aware of the breach (date, time and offset)?".into(),
        F::Affected => "which activities, data categories and data subjects does the breach concern?".into(),
        F::Confidentiality => "could anyone not authorised see or obtain the data?".into(),
        F::Integrity => "were data altered?".into(),
        F::Availability => "were data lost, destroyed or made inaccessible, even for a while?".into(),
        F::ProtectionMeasure => "were the data encrypted or hashed, or not protected?".into(),
        F::StateOfTheArt => "was the encryption or hashing state of the art?".into(),
        F::KeySafe => "is the key (or salt, or password) safe: not compromised and not kept with the data?".into(),
        F::AccessedBy => "who received the data or could access them?".into(),
        F::DeletionConfirmed => "have all recipients returned the data or confirmed their deletion?".into(),
        F::Backup => "is there an up-to-date backup of the data?".into(),
        F::Restored => "have the data been restored?".into(),
        F::EffectOnSubjects => "did the loss or alteration affect the data subjects (delays, missed payments, postponed care)?".into(),
        F::IdentityTheft => possible(Consequence::IdentityTheft),
        F::Fraud => possible(Consequence::Fraud),
        F::FinancialLoss => possible(Consequence::FinancialLoss),
        F::Discrimination => possible(Consequence::Discrimination),
        F::ReputationalDamage => possible(Consequence::ReputationalDamage),
        F::PhysicalHarm => possible(Consequence::PhysicalHarm),
        F::ProfessionalSecrecy => possible(Consequence::ProfessionalSecrecy),
        F::OtherSignificantDisadvantage => possible(Consequence::OtherSignificantDisadvantage),
    }
}

pub(super) fn breach_reason(reason: &BreachReason) -> String {
    use BreachReason as R;
    match reason {
            R::NoPersonalData => "no personal data are concerned: this is not a personal data breach".into(),
            R::NoSecurityCompromised => "neither the confidentiality, the integrity nor the availability of personal data was compromised: not a personal data breach".into(),
            R::ProcessorInformsController { activities } => format!("for {} the organisation is processor: it informs the controller, who decides on notification", all(activities)),
            R::NotDisclosed => "no one unauthorised could read the data: confidentiality was not compromised".into(),
            R::Unintelligible { measure: m } => format!("the data were {} with a state-of-the-art method whose key stayed safe: unintelligible to anyone not authorised to access them", measure(*m)),
            R::KeyCompromised => "the key was compromised: the protection does not make the data unintelligible".into(),
            R::NotStateOfTheArt => "the protection was not state of the art: it does not count as making the data unintelligible".into(),
            R::DisclosureContained { accessed_by } => format!("the data went only to {} who returned or deleted them, and are not data that call for more: the disclosure is contained", exposure(*accessed_by)),
            R::NoDamageIdentified { accessed_by } => format!("the data went only to {} and the controller can identify no damage at all to the data subjects: the disclosure is unlikely to result in a risk", exposure(*accessed_by)),
            R::DamageNotRuledOut => "the controller has not found that no damage at all to the data subjects, the loss of control over their data included, can be identified from this disclosure: until it does, the disclosure counts as a risk, and one of sensitive data as a high risk".into(),
            R::DataExposed { accessed_by } => {
                let who = accessed_by.map_or("someone not authorised", exposure);
                format!("the data could be read by {who}")
            }
            R::RestoredWithoutEffect { kind } => format!("the {} data were restored, or can be from a backup, without effect on the data subjects", kind_words(*kind)[0]),
            R::EffectOnSubjects { kind } => format!("{} of the data affects the data subjects", kind_words(*kind)[1]),
            R::DataLost { kind } => format!("there is no backup and the data are not restored: they are {}", kind_words(*kind)[2]),
            R::SpecialCategoriesExposed { categories } => {
                let which = all(&categories.iter().map(|c| special_category(*c).to_owned()).collect::<Vec<_>>());
                format!("special categories of personal data ({which}) are out of the controller's control: damage is to be considered likely")
            }
            R::CriminalDataExposed => "personal data relating to criminal convictions and offences are exposed".into(),
            R::NationalNumbersExposed => "national identification numbers are exposed: identity theft becomes possible".into(),
            R::ChildrenExposed => "children's data are exposed; children merit specific protection".into(),
            R::VulnerableSubjectsExposed => "data of vulnerable persons are exposed, who may be placed at greater risk".into(),
            R::SeriousConsequencesPossible { consequences } => {
                let which = all(&consequences.iter().map(|c| consequence(*c).to_owned()).collect::<Vec<_>>());
                format!("the breach may lead to {which}")
            }
            R::NoSeriousConsequences => "none of the damage of recitals 75 and 85 is judged possible".into(),
            R::SubjectsConcerned { count } => format!("{count} data subjects are concerned"),
            R::LikelyRisk => "the breach is likely to result in a risk to the rights and freedoms of natural persons: notify the supervisory authority".into(),
            R::UnlikelyRisk => "the breach is unlikely to result in a risk to the rights and freedoms of natural persons: no notification to the supervisory authority".into(),
            R::RiskUndetermined => "whether the breach is likely to result in a risk turns on the open questions; until they are answered it cannot be ruled out".into(),
            R::LikelyHighRisk => "the breach is likely to result in a high risk to the rights and freedoms of natural persons".into(),
            R::NoHighRisk => "the breach is not likely to result in a high risk: the data subjects need not be told".into(),
            R::HighRiskUndetermined => "whether the breach is likely to result in a high risk turns on the open questions".into(),
            R::ExemptUnintelligible => "even were the risk high, the data subjects need not be told: the data were unintelligible to anyone not authorised to access them".into(),
            R::ExemptSubsequentMeasures => "the data subjects need not be told: measures taken afterwards ensure that the high risk is no longer likely to materialise".into(),
            R::PublicCommunicationInstead => "telling each data subject would involve disproportionate effort: a public communication or similar measure informs them as effectively instead".into(),
            R::NotifyWithin72Hours { aware_at, target, periods_regulation_end } => format!("aware at {}: notify without undue delay and, where feasible, by {} (72 hours after awareness, as the EDPB counts them); counted under Regulation 1182/71 from the next full hour, the period would end at {}", when(aware_at), when(target), when(periods_regulation_end)),
            R::LateNotificationNeedsReasons { target } => format!("the 72 hours ended at {} without notification: the notification must give the reasons for the delay", when(target)),
            R::NotifiedLate { notified_at, target } => format!("notified at {}, after the 72 hours ended at {}: the notification must give the reasons for the delay", when(notified_at), when(target)),
            R::PhasedNotification => "what is not yet known may follow in phases without undue further delay: do not wait for the full investigation".into(),
            R::CommunicateWithoutUndueDelay => "tell the data subjects without undue delay, in clear and plain language".into(),
            R::InformControllerWithoutUndueDelay => "as processor, inform the controller without undue delay after becoming aware of the breach".into(),
            R::CompetentAuthority { authorities } => format!("notify {}, the supervisory authority of the establishment", all(authorities)),
            R::AuthorityByCompetence { authorities } => format!("the policy names several supervisory authorities for the establishment ({}): notify the one competent for the processing concerned", all(authorities)),
            R::NationalAuthority { authority } => format!("the policy names no supervisory authority; the national authority of the establishment is {authority}"),
            R::AuthorityUnknown { country } => format!("no supervisory authority is known for {country}: notify the one competent under Article 55"),
            R::DocumentInRegister => "document the breach in the register, with its facts, effects and the remedial action taken, whether notified or not".into(),
        }
}

/// What to do to data when a period ends, as a command.
pub(super) fn action_verb(action: RetentionAction) -> &'static str {
    match action {
        RetentionAction::Erase => "erase",
        RetentionAction::Anonymise => "anonymise",
        RetentionAction::Archive => "archive",
    }
}

/// "maximum", "legal duty to keep under Art. 52 AWR".
fn rule_kind(rule: &PlannedRule) -> String {
    let kind = match rule.kind {
        Some(RetentionKind::Maximum) => "maximum",
        Some(RetentionKind::LegalDuty) => "legal duty to keep",
        None => "retention rule",
    };
    match &rule.legal_reference {
        Some(law) => format!("{kind} under {law}"),
        None => kind.to_owned(),
    }
}

pub(super) fn planned_rule(rule: &PlannedRule) -> String {
    let kind = rule_kind(rule);
    // A rule in doubt that names no category may cover any of its activity's.
    let data = if rule.data_categories.is_empty() {
        "the activity's data".to_owned()
    } else {
        ids(&rule.data_categories)
    };
    let event = rule.from.map_or("the event", trigger);
    let done = action_done(rule.then);
    match &rule.cutoff {
        Cutoff::DueIfTriggerOnOrBefore { date } => format!(
            "{kind}: {} {data} where the date of {event} is on or before {date}",
            action_verb(rule.then)
        ),
        Cutoff::NoneDue => format!("{kind}: nothing of {data} is to be {done} yet; the period ends after the last date that can be counted"),
        Cutoff::ProtectedIfTriggerAfter { date } => format!("{kind}: do not erase, anonymise or archive {data} where the date of {event} is after {date} or not recorded"),
        Cutoff::AllProtected => format!("{kind}: do not erase, anonymise or archive {data}; the period ends after the last date that can be counted"),
        Cutoff::NeedsReview { .. } if rule.may_keep() => format!("{kind}: needs review; until its questions are answered, do not erase, anonymise or archive {data}"),
        Cutoff::NeedsReview { .. } => format!("{kind}: needs review; until its questions are answered, nothing is to be {done} under it"),
    }
}

pub(super) fn withheld_reason(reason: WithheldReason) -> &'static str {
    match reason {
        WithheldReason::NeedsReview => "the rule needs review",
        WithheldReason::GuardNeedsReview => "a rule that may keep these data needs review",
        WithheldReason::NothingDue => "nothing is due",
        WithheldReason::NotMapped => "no table of the mapping holds its data",
        WithheldReason::AllProtected => "a legal duty keeps every row",
    }
}

pub(super) fn scope(scope: Scope) -> &'static str {
    match scope {
        Scope::Rows => "rows",
        Scope::Columns => "columns",
    }
}
