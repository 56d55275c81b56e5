//! Nederlands, met de termen van de Nederlandse tekst van de AVG (Verordening (EU) 2016/679):
//! verwerkingsverantwoordelijke, verwerker, betrokkene, toestemming, gerechtvaardigd belang,
//! recht op gegevenswissing, beperking van de verwerking, overdraagbaarheid van gegevens,
//! toezichthoudende autoriteit.

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
        Some(RetentionAction::Anonymise) => "geanonimiseerd",
        Some(RetentionAction::Archive) => "gearchiveerd",
        _ => "gewist",
    }
}

fn list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} of {last}", rest.join(", ")),
    }
}

fn exception_field(field: &str) -> String {
    match field {
        "freedom_of_expression" => "de vrijheid van meningsuiting en informatie (`freedom_of_expression`, art. 17, lid 3, onder a))".to_owned(),
        "needed_for_legal_claims" => "een rechtsvordering (`needed_for_legal_claims`, art. 17, lid 3, onder e))".to_owned(),
        other => format!("`{other}`"),
    }
}

pub(super) fn reason(code: ReasonCode, p: &Params) -> String {
    use ReasonCode as R;
    match code {
        R::Text => p.text.clone().unwrap_or_default(),
        R::ProcessorForwards => "de organisatie is hier verwerker: de verwerkingsverantwoordelijke beslist, en de verwerker verleent bijstand en handelt op zijn instructies".to_owned(),
        R::NoLongerNecessary => "de persoonsgegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld of anderszins verwerkt".to_owned(),
        R::MaximumPeriodOver => "de maximale bewaartermijn voor deze gegevens is verstreken, dus zijn zij niet langer nodig voor hun doeleinden (art. 5, lid 1, onder e))".to_owned(),
        R::ConsentWithdrawn => "de betrokkene heeft de toestemming ingetrokken waarop de verwerking van deze gegevens berust, en geen ander doel biedt er een rechtsgrond voor".to_owned(),
        R::ExplicitConsentWithdrawn => "de betrokkene heeft zijn uitdrukkelijke toestemming (art. 9, lid 2, onder a)) ingetrokken, en geen andere voorwaarde van art. 9, lid 2, heft het verbod van art. 9, lid 1, op: deze bijzondere persoonsgegevens mogen niet langer worden verwerkt".to_owned(),
        R::ConsentWithdrawnOtherGround => "de toestemming is ingetrokken, maar een ander doel met een eigen rechtsgrond heeft deze gegevens nodig: de verwerking op basis van toestemming stopt (art. 7, lid 3) en de gegevens blijven voor dat doel".to_owned(),
        R::DirectMarketingObjectionErases => "de betrokkene maakt bezwaar tegen direct marketing (art. 21, lid 2), en deze gegevens dienen alleen direct marketing: zij worden gewist".to_owned(),
        R::DirectMarketingUseStops => "het gebruik van deze gegevens voor direct marketing stopt, maar een ander doel heeft ze nodig".to_owned(),
        R::ObjectionOnlyForTaskOrInterests => "bezwaar in verband met een specifieke situatie geldt alleen voor verwerking op grond van art. 6, lid 1, onder e) of f)".to_owned(),
        R::ObjectionWithoutOverridingGrounds => "de betrokkene maakt bezwaar op grond van art. 21, lid 1, en er zijn geen prevalerende dwingende gerechtvaardigde gronden voor de verwerking van deze gegevens".to_owned(),
        R::OverridingGroundsDemonstrated => "de verwerkingsverantwoordelijke toont dwingende gerechtvaardigde gronden aan die zwaarder wegen dan de belangen van de betrokkene".to_owned(),
        R::UnlawfullyProcessed => "de persoonsgegevens zijn onrechtmatig verwerkt".to_owned(),
        R::LegalObligationToErase => "Unierechtelijke of lidstaatrechtelijke bepalingen die op de verwerkingsverantwoordelijke van toepassing zijn, verplichten tot wissing".to_owned(),
        R::ChildInformationSocietyService => "de gegevens zijn bij de betrokkene als kind verzameld in verband met een rechtstreeks aan hem aangeboden dienst van de informatiemaatschappij".to_owned(),
        R::NoGroundForErasure => "elke grond voor wissing is uitgesloten, dus wissing is niet vereist; de weigering, de redenen en het recht om klacht in te dienen worden meegedeeld binnen de termijn van art. 12, lid 4".to_owned(),
        R::FreedomOfExpression => "de verwerking is nodig voor het uitoefenen van het recht op vrijheid van meningsuiting en informatie".to_owned(),
        R::LegalDutyToKeep => match &p.law {
            Some(law) => format!("een wettelijke verplichting vereist dat deze gegevens worden bewaard: {law}"),
            None => "een wettelijke verplichting vereist dat deze gegevens worden bewaard".to_owned(),
        },
        R::LegalObligationPurpose => "de verwerking van deze gegevens is nodig om te voldoen aan een wettelijke verplichting van de verwerkingsverantwoordelijke".to_owned(),
        R::PublicTaskPurpose => "de verwerking van deze gegevens is nodig voor de vervulling van een taak van algemeen belang of in het kader van de uitoefening van het openbaar gezag".to_owned(),
        R::NoPurposeNeedsData => "geen doel heeft deze gegevens nog nodig, dus alleen een wettelijke bewaarplicht zou ze kunnen bewaren".to_owned(),
        R::SpecialCategoryNeedsCondition => "zonder een andere voorwaarde van art. 9, lid 2, dan de ingetrokken toestemming kan geen wettelijke verplichting of taak deze bijzondere persoonsgegevens bewaren".to_owned(),
        R::PublicTaskObjected => "tegen de taak van algemeen belang is bezwaar gemaakt zonder dwingende gerechtvaardigde gronden: zij kan niet bewaren wat het bezwaar heeft gestopt (art. 17, lid 1, onder c))".to_owned(),
        R::PublicHealth => "de verwerking is nodig om redenen van algemeen belang op het gebied van de volksgezondheid overeenkomstig art. 9, lid 2, onder h) en i), en art. 9, lid 3".to_owned(),
        R::ArchivingOrResearch => "de gegevens dienen archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek (art. 89, lid 1), en wissing zou die doeleinden onmogelijk maken of ernstig in gevaar brengen".to_owned(),
        R::LegalClaims => "de gegevens zijn nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering".to_owned(),
        R::ExceptionPrevails => "er geldt een grond voor wissing, maar de uitzondering gaat voor voor zover de verwerking daarvoor nodig is".to_owned(),
        R::ExceptionsNotClaimed => {
            let fields: Vec<String> = p.fields.iter().map(|f| exception_field(f)).collect();
            format!("er wordt geen uitzondering voor {} ingeroepen; de verwerkingsverantwoordelijke moet er een inroepen en aantonen om de gegevens te bewaren", list(&fields))
        }
        R::KeptUntil => format!(
            "de gegevens worden bewaard tot {}, daarna worden ze {}",
            p.date.map_or_else(|| "?".to_owned(), |d| d.to_string()),
            action(p.action)
        ),
        R::NotifyRecipient => "elke ontvanger aan wie de gegevens zijn verstrekt, wordt van de wissing in kennis gesteld, tenzij dat onmogelijk blijkt of onevenredig veel inspanning vergt; de betrokkene hoort op verzoek wie zij zijn".to_owned(),
        R::InformOtherControllers => "de gegevens zijn openbaar gemaakt: neem redelijke maatregelen, waaronder technische, om de verwerkingsverantwoordelijken die ze verwerken te laten weten dat de betrokkene om wissing van koppelingen, kopieën of reproducties heeft verzocht".to_owned(),
        R::SuppressionEntry => "om het bezwaar te eerbiedigen mag een minimale blokkeringsvermelding (alleen het contactgegeven) worden bewaard, uitsluitend om te zorgen dat de betrokkene geen direct marketing meer bereikt; het is het minimum dat het bezwaar vraagt (art. 5, lid 1, onder c))".to_owned(),
        R::RefusalWithinOneMonth => "wissing wordt geweigerd: de betrokkene hoort dat, met de redenen en de mogelijkheid van een klacht bij een toezichthoudende autoriteit en van beroep bij de rechter, binnen één maand na ontvangst, zonder verlenging".to_owned(),
        R::NoDirectMarketing => "de verwerkingsverantwoordelijke verwerkt geen gegevens voor direct marketing".to_owned(),
        R::DirectMarketingStops => "de betrokkene maakt bezwaar tegen direct marketing: de gegevens mogen daarvoor niet langer worden verwerkt, in geen enkele verwerking; geen belangenafweging, geen uitzondering".to_owned(),
        R::MarketingOnlyDataErased => "vraagt de betrokkene ook om wissing, dan worden gegevens die alleen voor direct marketing worden bewaard, gewist".to_owned(),
        R::ResearchForPublicTask => format!("{} is onderzoek of statistiek dat nodig is voor de vervulling van een taak van algemeen belang: het bezwaar reikt er niet toe", id(&p.purpose)),
        R::ResearchObjectionStops => format!("{} is onderzoek of statistiek (art. 89, lid 1), niet voor een taak van algemeen belang: het bezwaar stopt het", id(&p.purpose)),
        R::ObjectionNotApplicable => "bezwaar in verband met een specifieke situatie geldt alleen voor verwerking op grond van art. 6, lid 1, onder e) of f), of voor onderzoek en statistiek (art. 21, lid 6)".to_owned(),
        R::CompellingGroundsContinue => "de verwerkingsverantwoordelijke toont dwingende gerechtvaardigde gronden aan die zwaarder wegen dan de belangen van de betrokkene, of de verwerking is nodig voor een rechtsvordering: zij mag doorgaan".to_owned(),
        R::ObjectionStops => "de verwerking berust op art. 6, lid 1, onder e) of f), en de verwerkingsverantwoordelijke toont geen dwingende gerechtvaardigde gronden en geen rechtsvordering aan: zij moet stoppen, en de gegevens worden gewist als de betrokkene daarom vraagt (art. 17, lid 1, onder c)); een taak van algemeen belang kan ze niet bewaren op grond van art. 17, lid 3, onder b)".to_owned(),
        R::RestrictionWhileVerified => "zolang wordt nagegaan of de gronden van de verwerkingsverantwoordelijke zwaarder wegen dan die van de betrokkene, kan de betrokkene beperking van de verwerking verkrijgen".to_owned(),
        R::AccuracyContested => "de betrokkene betwist de juistheid van de gegevens: beperk de verwerking gedurende de periode die de verwerkingsverantwoordelijke nodig heeft om dat te controleren".to_owned(),
        R::RestrictionInsteadOfErasure => "de verwerking is onrechtmatig en de betrokkene verzet zich tegen wissing en vraagt in plaats daarvan beperking".to_owned(),
        R::NeededForSubjectsClaims => "de verwerkingsverantwoordelijke heeft de gegevens niet meer nodig, maar de betrokkene heeft ze nodig voor een rechtsvordering: bewaar ze, beperkt".to_owned(),
        R::ObjectionPending => "er is bezwaar gemaakt op grond van art. 21, lid 1: beperk de verwerking tot is nagegaan of de gronden van de verwerkingsverantwoordelijke zwaarder wegen dan die van de betrokkene".to_owned(),
        R::RestrictedMeansStorageOnly => "zolang de verwerking beperkt is, mogen de gegevens alleen worden opgeslagen, of verwerkt met toestemming van de betrokkene, voor een rechtsvordering, ter bescherming van de rechten van een ander, of om gewichtige redenen van algemeen belang".to_owned(),
        R::LiftingAnnounced => "de betrokkene wordt ingelicht voordat de beperking wordt opgeheven".to_owned(),
        R::RecipientsToldOfRestriction => "elke ontvanger wordt van de beperking in kennis gesteld, tenzij dat onmogelijk blijkt of onevenredig veel inspanning vergt".to_owned(),
        R::NoGroundForRestriction => "elke grond voor beperking is uitgesloten; de weigering en de redenen worden binnen één maand meegedeeld (art. 12, lid 4)".to_owned(),
        R::Right => format!("het recht op {}", p.right.map_or("?", right)),
        R::ConditionHolds => p.condition.map_or("?", holds).to_owned(),
        R::ConditionFails => p.condition.map_or("?", fails).to_owned(),
        R::PortabilityNotForPublicTask => format!("het recht geldt niet voor de verwerking voor {}, een taak van algemeen belang", id(&p.purpose)),
        R::InformationExemption => p.exemption.map_or("?", exemption).to_owned(),
    }
}

pub(super) fn question(code: QuestionCode, p: &Params) -> String {
    use QuestionCode as Q;
    match code {
        Q::Text => p.text.clone().unwrap_or_default(),
        Q::NoLongerNecessary => "zijn de gegevens nog nodig voor de doeleinden waarvoor zij zijn verzameld of anderszins verwerkt?".to_owned(),
        Q::ConsentWithdrawn => "heeft de betrokkene de toestemming ingetrokken waarop de verwerking berust?".to_owned(),
        Q::Objection => "heeft de betrokkene bezwaar gemaakt, in verband met zijn specifieke situatie (`particular_situation`) of tegen direct marketing (`direct_marketing`), of niet (`none`)?".to_owned(),
        Q::OverridingLegitimateGrounds => "heeft de verwerkingsverantwoordelijke dwingende gerechtvaardigde gronden voor de verwerking die zwaarder wegen dan de belangen, rechten en vrijheden van de betrokkene?".to_owned(),
        Q::UnlawfullyProcessed => {
            if p.findings.is_empty() {
                "zijn deze gegevens onrechtmatig verwerkt?".to_owned()
            } else {
                let shown: Vec<String> = p.findings.iter().map(|f| finding(f.code, &f.id)).collect();
                format!("het register toont {}: zijn deze gegevens onrechtmatig verwerkt? Zo ja, dan worden ze gewist", shown.join("; "))
            }
        }
        Q::LegalObligationToErase => "verplichten Unierechtelijke of lidstaatrechtelijke bepalingen tot wissing van deze gegevens?".to_owned(),
        Q::CollectedFromChildOnline => "zijn de gegevens bij de betrokkene als kind verzameld in verband met een rechtstreeks aan hem aangeboden dienst van de informatiemaatschappij?".to_owned(),
        Q::NecessaryForPublicHealth => "is het bewaren van deze gegevens nodig om redenen van algemeen belang op het gebied van de volksgezondheid?".to_owned(),
        Q::ErasureImpairsResearch => "zou wissing de archivering, het onderzoek of de statistiek onmogelijk maken of ernstig in gevaar brengen?".to_owned(),
        Q::MadePublic => "heeft de verwerkingsverantwoordelijke de gewiste gegevens openbaar gemaakt? Zo ja, dan moet hij redelijke maatregelen nemen om de verwerkingsverantwoordelijken die ze verwerken in te lichten".to_owned(),
        Q::Purposes => "voor welke doeleinden, op welke grondslagen, worden de gegevens verwerkt? Zonder die doeleinden valt geen grond of uitzondering te beoordelen".to_owned(),
        Q::PurposeBasis => format!("op welke rechtsgrond van art. 6, lid 1, berust het doel {}?", id(&p.purpose)),
        Q::PurposeScope => format!("heeft het doel {} {} nodig? Vermeld per doel de categorieën van gegevens die het nodig heeft", id(&p.purpose), id(&p.data_category)),
        Q::EventDate => format!(
            "op welke datum vond de gebeurtenis plaats waarvanaf de bewaartermijn loopt ({}) (null als zij nog niet heeft plaatsgevonden)?",
            p.trigger.map_or("?", trigger)
        ),
        Q::RetentionPeriodUnusable => "de bewaartermijn is niet in kalenderdagen vanaf een vastgelegde gebeurtenis te tellen: vermeld een termijn in dagen, weken, maanden of jaren en de gebeurtenis waarvanaf hij loopt".to_owned(),
        Q::DutyPeriod => "hoe lang schrijft de wet voor dat deze gegevens worden bewaard?".to_owned(),
        Q::DutyCategories => "welke categorieën van gegevens vereist de wet achter deze bewaarplicht? Een bewaarplicht bewaart die en niets anders".to_owned(),
        Q::RetentionKind => format!(
            "verplicht `{}` tot bewaring van deze gegevens (`legal_duty`), of beperkt zij alleen hoe lang ze bewaard mogen worden (`maximum`)?",
            p.law.as_deref().unwrap_or("?")
        ),
        Q::KeepingPeriod => "hoe lang schrijft de wet voor dat deze gegevens worden bewaard? Leg dat vast als bewaarregel van de soort `legal_duty` die deze gegevens noemt".to_owned(),
        Q::CompellingGrounds => "kan de verwerkingsverantwoordelijke dwingende gerechtvaardigde gronden aantonen die zwaarder wegen dan de belangen, rechten en vrijheden van de betrokkene?".to_owned(),
        Q::LegalClaims => "is de verwerking nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering?".to_owned(),
        Q::AccuracyContested => "betwist de betrokkene de juistheid van de gegevens?".to_owned(),
        Q::UnlawfulAndErasureOpposed => "is de verwerking onrechtmatig, en vraagt de betrokkene beperking in plaats van wissing?".to_owned(),
        Q::NeededBySubjectForLegalClaims => "heeft de verwerkingsverantwoordelijke de gegevens niet meer nodig, terwijl de betrokkene ze nodig heeft voor een rechtsvordering?".to_owned(),
        Q::ObjectionPending => "heeft de betrokkene bezwaar gemaakt op grond van art. 21, lid 1, en loopt het onderzoek naar de gronden van de verwerkingsverantwoordelijke nog?".to_owned(),
        Q::AutomatedMeans => "wordt de verwerking via geautomatiseerde procedés verricht?".to_owned(),
    }
}

fn trigger(t: RetentionTrigger) -> &'static str {
    match t {
        RetentionTrigger::Collection => "het verzamelen",
        RetentionTrigger::EndOfContract => "het einde van de overeenkomst",
        RetentionTrigger::EndOfRelationship => "het einde van de relatie",
        RetentionTrigger::LastContact => "het laatste contact",
        RetentionTrigger::ConsentWithdrawn => "het intrekken van de toestemming",
        RetentionTrigger::FileClosed => "het afsluiten van het dossier",
        RetentionTrigger::EndOfFinancialYear => "het einde van het boekjaar",
    }
}

fn finding(code: FindingCode, id: &str) -> String {
    match code {
        FindingCode::MissingLegalBasis => format!("geen rechtsgrond voor het doel `{id}` (art. 6, lid 1)"),
        FindingCode::LegitimateInterestsByPublicAuthority => format!("gerechtvaardigd belang door een overheidsinstantie voor het doel `{id}` (art. 6, lid 1, tweede alinea)"),
        FindingCode::SpecialCategoryWithoutCondition => format!("geen voorwaarde van art. 9, lid 2, voor `{id}` (art. 9, lid 1)"),
        FindingCode::CriminalDataWithoutAuthorisation => format!("geen machtiging van art. 10 voor `{id}` (art. 10)"),
        FindingCode::NationalNumberWithoutLaw => format!("geen wet van art. 87 voor `{id}` (art. 87)"),
        FindingCode::AutomatedDecisionWithoutGround => format!("uitsluitend geautomatiseerde besluiten zonder grond van art. 22, lid 2, in `{id}` (art. 22, lid 1)"),
        FindingCode::AutomatedDecisionOnSpecialCategories => format!("uitsluitend geautomatiseerde besluiten op bijzondere persoonsgegevens in `{id}` (art. 22, lid 4)"),
        _ => format!("een bevinding over `{id}`"),
    }
}

pub(super) fn right(right: DataSubjectRight) -> &'static str {
    match right {
        DataSubjectRight::WithdrawConsent => "intrekking van de toestemming",
        DataSubjectRight::InformationAtCollection => {
            "informatie (bij de betrokkene verzamelde gegevens)"
        }
        DataSubjectRight::InformationFromOtherSource => {
            "informatie (niet van de betrokkene verkregen gegevens)"
        }
        DataSubjectRight::Access => "inzage",
        DataSubjectRight::Rectification => "rectificatie",
        DataSubjectRight::Erasure => "gegevenswissing",
        DataSubjectRight::Restriction => "beperking van de verwerking",
        DataSubjectRight::NotificationToRecipients => "kennisgeving aan de ontvangers",
        DataSubjectRight::Portability => "overdraagbaarheid van gegevens",
        DataSubjectRight::Object => "bezwaar",
        DataSubjectRight::NoSolelyAutomatedDecision => "geen uitsluitend geautomatiseerd besluit",
        DataSubjectRight::Complaint => "klacht bij een toezichthoudende autoriteit",
    }
}

fn holds(c: RightCondition) -> &'static str {
    match c {
        RightCondition::BasedOnConsent => "de verwerking berust op toestemming",
        RightCondition::BasedOnContract => "de verwerking berust op een overeenkomst met de betrokkene",
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => "de verwerking berust op een taak van algemeen belang of op gerechtvaardigd belang, dus de betrokkene kan bezwaar maken in verband met zijn specifieke situatie",
        RightCondition::NotPublicTask => "de verwerking is niet nodig voor een taak van algemeen belang",
        RightCondition::ProvidedBySubject => "de betrokkene heeft (een deel van) de gegevens verstrekt",
        RightCondition::AutomatedMeans => "de verwerking wordt via geautomatiseerde procedés verricht",
        RightCondition::CollectedFromSubject => "gegevens worden bij de betrokkene verzameld",
        RightCondition::ObtainedElsewhere => "gegevens zijn uit een andere bron verkregen",
        RightCondition::DirectMarketing => "gegevens worden voor direct marketing verwerkt: het bezwaar is absoluut (art. 21, lid 3)",
        RightCondition::ResearchOrStatistics => "gegevens worden verwerkt voor onderzoek of statistiek (art. 89, lid 1)",
        RightCondition::SolelyAutomatedDecision => "er worden uitsluitend geautomatiseerde besluiten met rechtsgevolgen of vergelijkbare gevolgen genomen",
    }
}

fn fails(c: RightCondition) -> &'static str {
    match c {
        RightCondition::BasedOnConsent => "de verwerking berust niet op toestemming",
        RightCondition::BasedOnContract => "de verwerking berust niet op toestemming en niet op een overeenkomst met de betrokkene",
        RightCondition::BasedOnPublicTaskOrLegitimateInterests => "de verwerking berust niet op een taak van algemeen belang en niet op gerechtvaardigd belang",
        RightCondition::NotPublicTask => "de verwerking is nodig voor een taak van algemeen belang of voor de uitoefening van het openbaar gezag",
        RightCondition::ProvidedBySubject => "geen van de gegevens is door de betrokkene verstrekt",
        RightCondition::AutomatedMeans => "de verwerking wordt niet via geautomatiseerde procedés verricht",
        RightCondition::CollectedFromSubject => "er worden geen gegevens bij de betrokkene verzameld",
        RightCondition::ObtainedElsewhere => "er worden geen gegevens uit een andere bron verkregen zonder uitzondering van art. 14, lid 5",
        RightCondition::DirectMarketing => "er worden geen gegevens voor direct marketing verwerkt",
        RightCondition::ResearchOrStatistics => "er worden geen gegevens voor onderzoek of statistiek verwerkt",
        RightCondition::SolelyAutomatedDecision => "er worden geen uitsluitend geautomatiseerde besluiten genomen",
    }
}

fn exemption(e: InformationExemption) -> &'static str {
    match e {
        InformationExemption::AlreadyInformed => "de betrokkene beschikt al over de informatie",
        InformationExemption::DisproportionateEffort => "het verstrekken van de informatie blijkt onmogelijk of vergt een onevenredige inspanning; de verwerkingsverantwoordelijke beschermt de belangen van de betrokkene op andere wijze, ook door de informatie openbaar te maken",
        InformationExemption::LaidDownByLaw => "het verkrijgen of verstrekken van de gegevens is uitdrukkelijk voorgeschreven bij wet die de gerechtvaardigde belangen van de betrokkene beschermt",
        InformationExemption::ProfessionalSecrecy => "de gegevens moeten vertrouwelijk blijven uit hoofde van een beroepsgeheim",
    }
}
