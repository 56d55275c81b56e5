//! Nederlands, met de termen van de Nederlandse tekst van de AVG (Verordening (EU) 2016/679):
//! verwerkingsverantwoordelijke, verwerker, betrokkene, toestemming, gerechtvaardigd belang,
//! recht op gegevenswissing, beperking van de verwerking, overdraagbaarheid van gegevens,
//! toezichthoudende autoriteit.

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
        R::ProcessorForwards => "de organisatie is hier verwerker: de verwerkingsverantwoordelijke beslist, en de verwerker verleent bijstand en handelt op zijn instructies".to_owned(),
        R::NoLongerNecessary => "de persoonsgegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld of anderszins verwerkt".to_owned(),
        R::MaximumPeriodOver => "de maximale bewaartermijn voor deze gegevens is verstreken, dus zijn zij niet langer nodig voor hun doeleinden (art. 5, lid 1, onder e))".to_owned(),
        R::ConsentWithdrawn => "de betrokkene heeft de toestemming ingetrokken waarop de verwerking van deze gegevens berust, en geen ander doel biedt er een rechtsgrond voor".to_owned(),
        R::ExplicitConsentWithdrawn => "de betrokkene heeft zijn uitdrukkelijke toestemming (art. 9, lid 2, onder a)) ingetrokken, en geen andere voorwaarde van art. 9, lid 2, heft het verbod van art. 9, lid 1, op: deze bijzondere persoonsgegevens mogen niet langer worden verwerkt".to_owned(),
        R::ConsentWithdrawnSpecialCategory => "de betrokkene heeft de toestemming ingetrokken waarop de verwerking van deze gegevens berust; het zijn bijzondere persoonsgegevens, en geen voorwaarde van art. 9, lid 2, heft het verbod van art. 9, lid 1, op voor een ander doel: ze mogen niet langer worden verwerkt".to_owned(),
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
        R::TransferBySubject => "de betrokkene verstrekt zijn eigen gegevens: er is geen gegevensexporteur, dus geen doorgifte (EDPB-richtsnoeren 05/2021, criterium 1)".to_owned(),
        R::TransferByOwnStaff => "een medewerker van de verwerkingsverantwoordelijke raadpleegt de gegevens vanuit het buitenland: ze worden niet aan een andere verwerkingsverantwoordelijke of verwerker verstrekt, dus geen doorgifte (EDPB-richtsnoeren 05/2021, criterium 2)".to_owned(),
        R::TransferToOwnEstablishment => format!("{} is een eigen vestiging of eigen personeel van de verwerkingsverantwoordelijke, binnen dezelfde rechtspersoon: de gegevens worden niet aan een andere verwerkingsverantwoordelijke of verwerker verstrekt, dus dit is geen doorgifte (EDPB-richtsnoeren 05/2021, criterium 2); de verwerkingsverantwoordelijke blijft verantwoordelijk voor de risico's van verwerking in het buitenland (art. 24 en 32)", id(&p.recipient)),
        R::TransferLocationUnknown => "waar de ontvanger de gegevens ontvangt, is niet vastgelegd, dus valt niet te zeggen of hoofdstuk V van toepassing is".to_owned(),
        R::TransferInsideEea => format!("{} ligt in de Europese Economische Ruimte: hoofdstuk V is niet van toepassing", destination(p)),
        R::ExporterInEea => format!("de verwerkingsverantwoordelijke is gevestigd in {}, in de EER: de AVG is op de verwerking van toepassing, dus is hij gegevensexporteur in de zin van hoofdstuk V (EDPB-richtsnoeren 05/2021, criterium 1)", country(p)),
        R::ExporterUnderArticle3_2 => format!("de verwerkingsverantwoordelijke is gevestigd in {}, buiten de EER, maar de AVG is op de verwerking van toepassing omdat hij goederen of diensten aanbiedt aan, of het gedrag volgt van, personen in de Unie: hij is gegevensexporteur in de zin van hoofdstuk V (EDPB-richtsnoeren 05/2021, criterium 1)", country(p)),
        R::ExporterNotUnderGdpr => format!("de verwerkingsverantwoordelijke is gevestigd in {}, buiten de EER, en de AVG is op grond van art. 3, lid 2, niet op de verwerking van toepassing: hoofdstuk V evenmin", country(p)),
        R::ExporterScopeUnknown => format!("de verwerkingsverantwoordelijke is gevestigd in {}, buiten de EER: de AVG, en daarmee hoofdstuk V, is alleen van toepassing als hij goederen of diensten aanbiedt aan, of het gedrag volgt van, personen in de Unie", country(p)),
        R::ImporterReceives => importer(p),
        R::ProcessorBeyondInstructions => format!("{} verwerkt de gegevens buiten de instructies van de verwerkingsverantwoordelijke: voor die verwerking is hij zelf verwerkingsverantwoordelijke, wat de verwerkersovereenkomst van art. 28 niet dekt; de doorgifte is er een aan een andere verwerkingsverantwoordelijke", id(&p.recipient)),
        R::ClauseMet => format!("{}, en dat geldt voor deze doorgifte", clause(p)),
        R::ClauseNotMet => format!("{}; dat is hier niet zo, dus de doorgifte breekt de belofte van de privacyverklaring", clause(p)),
        R::ClauseUnknown => format!("{}; of dat voor deze doorgifte geldt, is niet vermeld", clause(p)),
        R::OrderUnderAgreement => "het bevel uit het derde land berust op een internationale overeenkomst, zoals een verdrag inzake wederzijdse rechtshulp, die de doorgifte kan dragen".to_owned(),
        R::OrderAlone => "een vonnis of besluit van een rechter of autoriteit van een derde land is op zichzelf geen grond voor doorgifte; er is een andere grond van hoofdstuk V nodig".to_owned(),
        R::AdequacyCovers => format!(
            "{} stelt vast dat {} een passend beschermingsniveau waarborgt{}; het is op {} van kracht en zijn reikwijdte dekt deze doorgifte",
            reference(p),
            destination(p),
            p.text.as_deref().map(|n| format!(" (reikwijdte: {n})")).unwrap_or_default(),
            date(p.date)
        ),
        R::AdequacyUnknown => format!(
            "{} is van kracht, maar {} ({}), en of {} is niet bekend",
            reference(p),
            p.scope_condition.as_ref().map_or_else(|| "?".to_owned(), scope_condition),
            p.scope_condition.as_ref().map_or("?", |c| c.source.as_str()),
            p.scope_fact.map_or_else(|| "?".to_owned(), scope_fact)
        ),
        R::AdequacyExcluded => format!(
            "geen adequaatheidsbesluit dekt de doorgifte: {} dekt deze ontvanger niet: {} ({})",
            reference(p),
            p.scope_condition.as_ref().map_or_else(|| "?".to_owned(), scope_condition),
            p.scope_condition.as_ref().map_or("?", |c| c.source.as_str())
        ),
        R::AdequacyEnded => format!(
            "geen adequaatheidsbesluit dekt de doorgifte: op {} geldt geen adequaatheidsbesluit; {} is beëindigd ({})",
            date(p.date),
            reference(p),
            p.text.as_deref().unwrap_or("?")
        ),
        R::AdequacyNotYet => format!(
            "geen adequaatheidsbesluit dekt de doorgifte: op {} geldt geen adequaatheidsbesluit; {} geldt pas vanaf {}",
            date(p.date),
            reference(p),
            date(p.until)
        ),
        R::NoAdequacyDecision => "geen adequaatheidsbesluit dekt de doorgifte: voor die bestemming bestaat geen adequaatheidsbesluit".to_owned(),
        R::UsNationalSecuritySafeguards => "de gegevensimporteur is in de Verenigde Staten: sinds 10 juli 2023 gelden de waarborgen van Executive Order 14086 voor toegang door Amerikaanse inlichtingendiensten, met de Data Protection Review Court, voor elke doorgifte naar de VS, op welke grond ook (informatienota van de EDPB van 18 juli 2023), en de beoordeling van de doorgifte mag voor dat deel steunen op de bevindingen van de Commissie in Besluit (EU) 2023/1795; zij moet nog vaststellen dat de importeur de waarborgen kan naleven, dat toegang door andere Amerikaanse overheidsinstanties (rechtshandhaving) ze niet ondermijnt, hoe verdere doorgiften beschermd zijn, en de omstandigheden van de doorgifte (C-311/18; EDPB-aanbevelingen 01/2020)".to_owned(),
        R::SafeguardPermits => format!("{} biedt passende waarborgen, en het recht en de praktijk van de importeur laten hem toe ze na te leven, dus zijn er afdwingbare rechten en doeltreffende rechtsmiddelen (art. 46, lid 1)", mechanism(p)),
        R::SafeguardPermitsUs => format!("{} biedt passende waarborgen, en de beoordeling van de doorgifte bevestigt, steunend op de waarborgen van EO 14086 voor toegang door Amerikaanse inlichtingendiensten, dat de importeur ze kan naleven, dus zijn er afdwingbare rechten en doeltreffende rechtsmiddelen (art. 46, lid 1)", mechanism(p)),
        R::DerogationPermits => format!("{} is van toepassing: {}", mechanism(p), derogation_condition(p)),
        R::SafeguardForPublicAuthoritiesOnly => format!("{} is alleen beschikbaar tussen overheidsinstanties of -organen", mechanism(p)),
        R::AuthorisationRefused => format!("{} vereist een vergunning van de bevoegde toezichthoudende autoriteit, die niet is verleend", mechanism(p)),
        R::AuthorisationRequired => format!("{} vereist een vergunning van de bevoegde toezichthoudende autoriteit", mechanism(p)),
        R::SafeguardIneffective => format!("op {} kan niet worden gesteund: het recht of de praktijk van de importeur belet hem de waarborgen na te leven (art. 46, lid 1, C-311/18)", mechanism(p)),
        R::SafeguardOnPaperUs => format!("{} biedt waarborgen op papier; de waarborgen van EO 14086 regelen de toegang door Amerikaanse inlichtingendiensten, en de rest van de beoordeling van de doorgifte is niet vastgelegd", mechanism(p)),
        R::SafeguardOnPaper => format!("{} biedt waarborgen op papier; of ze in het land van bestemming doeltreffend zijn, is niet beoordeeld", mechanism(p)),
        R::DerogationBarred => format!("{} is niet beschikbaar voor een overheidsinstantie bij de uitoefening van haar openbare bevoegdheden", mechanism(p)),
        R::DerogationConditionsNotMet => format!("{} is niet van toepassing: het vereist dat {}", mechanism(p), derogation_condition(p)),
        R::DerogationConditionsUnknown => format!("{} is alleen van toepassing als {}", mechanism(p), derogation_condition(p)),
        R::NoTransferGround => "geen grond van hoofdstuk V is van toepassing, dus de doorgifte mag niet plaatsvinden".to_owned(),
        R::RemedyDataPrivacyFramework => "kies een importeur die gecertificeerd is onder het EU-VS-kader voor gegevensbescherming (Uitvoeringsbesluit (EU) 2023/1795 van de Commissie)".to_owned(),
        R::RemedyStandardContractualClauses => "sluit met de importeur de standaardbepalingen inzake gegevensbescherming van de Commissie en beoordeel of ze in zijn recht en praktijk doeltreffend zijn".to_owned(),
        R::RemedyBindingCorporateRules => "steun binnen een concern op bindende bedrijfsvoorschriften die overeenkomstig art. 47 zijn goedgekeurd".to_owned(),
        R::RemedyPublicInstrument => "tussen overheidsinstanties: een juridisch bindend en afdwingbaar instrument".to_owned(),
        R::RemedyDerogation => "alleen voor een incidentele doorgifte: een afwijking van art. 49, lid 1, waarvan de voorwaarden vervuld zijn".to_owned(),
        R::PromiseBroken => format!(
            "de privacyverklaring belooft dat {}, en {} ligt buiten dat gebied: wat hoofdstuk V ook toestaat, de gegevens verzenden breekt de belofte",
            p.commitment.map_or("?", commitment),
            destination(p)
        ),
        R::ClausePromiseBroken => format!(
            "de privacyverklaring laat {} alleen gegevens buiten {} ontvangen als {}; dat is voor deze doorgifte naar {} niet zo, dus zij breekt de belofte van de verklaring, wat hoofdstuk V ook toestaat",
            id(&p.recipient),
            p.region.map_or("?", region),
            p.transfer_condition.map_or("?", transfer_condition),
            destination(p)
        ),
        R::DayOfEventNotCounted => "de dag van de gebeurtenis wordt niet meegerekend".to_owned(),
        R::PeriodEnds => format!(
            "een termijn van {} vanaf {} eindigt bij het verstrijken van {}",
            p.period.map_or_else(|| "?".to_owned(), |x| x.to_string()),
            date(p.date),
            date(p.until)
        ),
        R::CalendarCounted => p.calendar.as_ref().map_or_else(|| "?".to_owned(), calendar),
        R::NextWorkingDay => format!(
            "{} is {}, dus de termijn eindigt bij het verstrijken van de volgende werkdag, {}",
            date(p.date),
            day(p),
            date(p.until)
        ),
        R::TwoWorkingDays => format!("een termijn van twee dagen of meer omvat ten minste twee werkdagen, dus hij loopt tot {}", date(p.until)),
        R::OneMonthToAnswer => "informatie over het gevolg dat aan een verzoek is gegeven, wordt onverwijld en in elk geval binnen een maand na ontvangst van het verzoek verstrekt; een verlenging moet binnen die maand worden gemeld, met de redenen".to_owned(),
        R::TwoFurtherMonths => "bij ingewikkelde of talrijke verzoeken kan de termijn met nog eens twee maanden worden verlengd: drie maanden na ontvangst".to_owned(),
        R::HourOfEventNotCounted => format!("het uur waarin de gebeurtenis plaatsvond ({}) wordt niet meegerekend", hour(p.moment)),
        R::HoursExpire => format!(
            "{} uur vanaf {} verstrijkt om {}",
            p.hours.map_or_else(|| "?".to_owned(), |h| h.to_string()),
            minute(p.moment),
            minute(p.until_moment)
        ),
        R::SummerTimeChange => "de termijn loopt over een overgang naar of van de zomertijd; uren worden geteld zoals ze verstrijken".to_owned(),
        R::BreachWithin72Hours => "een inbreuk in verband met persoonsgegevens wordt zonder onredelijke vertraging en, indien mogelijk, uiterlijk 72 uur nadat zij er kennis van heeft genomen, gemeld aan de toezichthoudende autoriteit; een latere melding vermeldt de redenen voor de vertraging".to_owned(),
    }
}

pub(super) fn question(code: QuestionCode, p: &Params) -> String {
    use QuestionCode as Q;
    match code {
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
        Q::RecipientLocation => "waar ontvangt de ontvanger de gegevens?".to_owned(),
        Q::Article3_2Applies => "biedt de verwerkingsverantwoordelijke met deze verwerking goederen of diensten aan aan personen in de Unie, of volgt hij hun gedrag?".to_owned(),
        Q::TransferConditionMet => format!("geldt de voorwaarde van de privacyverklaring voor deze doorgifte: {}?", p.transfer_condition.map_or("?", transfer_condition)),
        Q::ScopeFact => p.scope_fact.map_or("?", fact_question).to_owned(),
        Q::AuthorisedBySupervisoryAuthority => "heeft de bevoegde toezichthoudende autoriteit vergunning verleend voor de bepalingen of regeling?".to_owned(),
        Q::SafeguardsEffectiveUs => "heeft de beoordeling van de doorgifte, steunend op de waarborgen van EO 14086 voor toegang door Amerikaanse inlichtingendiensten (informatienota van de EDPB van 18 juli 2023), de rest bevestigd: dat de importeur de waarborgen kan naleven, dat toegang door andere Amerikaanse instanties zoals de rechtshandhaving ze niet ondermijnt, en dat verdere doorgiften beschermd zijn?".to_owned(),
        Q::SafeguardsEffective => "laten het recht en de praktijk van het land van bestemming de importeur toe de waarborgen na te leven, zo nodig met aanvullende maatregelen (beoordeling van de doorgifte, C-311/18)?".to_owned(),
        Q::ExercisingPublicPowers => "handelt de overheidsinstantie bij de uitoefening van haar openbare bevoegdheden?".to_owned(),
        Q::DerogationConditionsMet => format!("zijn de voorwaarden van {} vervuld: {}?", mechanism(p), derogation_condition(p)),
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
    p.reference.as_deref().unwrap_or("het adequaatheidsbesluit")
}

fn country(p: &Params) -> String {
    p.country.map_or_else(|| "?".to_owned(), |c| c.to_string())
}

fn destination(p: &Params) -> String {
    match &p.destination {
        Some(Destination::Country(c)) => c.to_string(),
        Some(Destination::Region(r)) => region(*r).to_owned(),
        Some(Destination::InternationalOrganisation(o)) => {
            format!("internationale organisatie `{o}`")
        }
        None => "?".to_owned(),
    }
}

fn region(r: Region) -> &'static str {
    match r {
        Region::Eu => "de EU",
        Region::Eea => "de EER",
    }
}

fn transfer_condition(c: TransferCondition) -> &'static str {
    match c {
        TransferCondition::NoEquivalentAlternativeInside => {
            "er daarbinnen geen gelijkwaardig alternatief bestaat"
        }
    }
}

fn clause(p: &Params) -> String {
    format!(
        "de privacyverklaring laat {} alleen gegevens buiten {} ontvangen als {}",
        id(&p.recipient),
        p.region.map_or("?", region),
        p.transfer_condition.map_or("?", transfer_condition)
    )
}

fn commitment(c: Commitment) -> &'static str {
    match c {
        Commitment::NoTransfersOutsideEea => {
            "geen persoonsgegevens buiten de EER worden doorgegeven"
        }
        Commitment::NoTransfersOutsideEu => "geen persoonsgegevens buiten de EU worden doorgegeven",
        Commitment::NoAutomatedDecisions => {
            "geen uitsluitend geautomatiseerde besluiten worden genomen"
        }
        Commitment::NoProfiling => "er geen profilering plaatsvindt",
    }
}

fn mechanism(p: &Params) -> String {
    p.mechanism.map_or_else(
        || "?".to_owned(),
        |m| dutch_citation(&m.citation().to_string()),
    )
}

/// `Art. 46(2)(c)` as the Dutch text cites it: `art. 46, lid 2, onder c)`.
fn dutch_citation(cite: &str) -> String {
    let Some(rest) = cite.strip_prefix("Art. ") else {
        return cite.to_owned();
    };
    let (main, sub) = match rest.split_once(", ") {
        Some((m, s)) => (m, Some(s)),
        None => (rest, None),
    };
    let mut parts = main.split('(');
    let article = parts.next().unwrap_or("");
    let mut out = format!("art. {article}");
    for part in parts {
        let part = part.trim_end_matches(')');
        if part.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(&format!(", lid {part}"));
        } else {
            out.push_str(&format!(", onder {part})"));
        }
    }
    if let Some(sub) = sub {
        out.push_str(&format!(
            ", {}",
            sub.replace("second subparagraph", "tweede alinea")
        ));
    }
    out
}

fn derogation_condition(p: &Params) -> &'static str {
    match p.mechanism {
        Some(TransferMechanism::Derogation(Derogation::ExplicitConsent)) => "de betrokkene uitdrukkelijk heeft ingestemd nadat hij is ingelicht over de mogelijke risico's van de doorgifte",
        Some(TransferMechanism::Derogation(Derogation::CompellingLegitimateInterests)) => "de doorgifte niet repetitief is, een beperkt aantal betrokkenen betreft, dwingende gerechtvaardigde belangen dient die niet zwaarder wegen dan die van de betrokkene, met passende waarborgen is omgeven, en de toezichthoudende autoriteit en de betrokkene zijn ingelicht",
        Some(TransferMechanism::Derogation(Derogation::PublicRegister)) => "de doorgifte geschiedt uit een register dat ter raadpleging openstaat, binnen de voorwaarden voor raadpleging",
        _ => "de doorgifte nodig is voor het doel dat de afwijking noemt en incidenteel is (EDPB-richtsnoeren 2/2018)",
    }
}

fn importer(p: &Params) -> String {
    let tail = "dus hoofdstuk V is van toepassing (EDPB-richtsnoeren 05/2021, criteria 2 en 3), of de importeur nu zelf onder art. 3, lid 2, van de AVG valt of niet";
    let (who, at) = (id(&p.recipient), destination(p));
    match p.role {
        Some(RecipientRole::Processor | RecipientRole::SubProcessor) => format!(
            "{who}, een verwerker, ontvangt de gegevens in {at}, buiten de EER: de gegevens worden ter beschikking gesteld van een andere verwerker in een derde land of een internationale organisatie, {tail}"
        ),
        Some(RecipientRole::PublicAuthority | RecipientRole::LawEnforcement) => format!(
            "{who} is een overheidsinstantie die de gegevens ontvangt in {at}, buiten de EER: verstrekking aan een overheidsorgaan van een derde land is een doorgifte, {tail}; een bevel van een autoriteit van een derde land is op zichzelf geen grond (art. 48)"
        ),
        Some(RecipientRole::ClientController) => format!(
            "{who} is de verwerkingsverantwoordelijke voor wie de organisatie de gegevens verwerkt: ze naar hem terugsturen in {at}, buiten de EER, is een doorgifte door de verwerker, {tail} (voor de standaardbepalingen: de module verwerker-aan-verwerkingsverantwoordelijke)"
        ),
        _ => format!(
            "{who}, een andere verwerkingsverantwoordelijke, ontvangt de gegevens in {at}, buiten de EER: de gegevens worden ter beschikking gesteld van een andere verwerkingsverantwoordelijke in een derde land of een internationale organisatie, {tail}"
        ),
    }
}

fn day(p: &Params) -> String {
    match p.day {
        Some(DayKind::Saturday) => "een zaterdag".to_owned(),
        Some(DayKind::Sunday) => "een zondag".to_owned(),
        Some(DayKind::PublicHoliday) => format!(
            "een feestdag ({}, {})",
            p.text.as_deref().unwrap_or("?"),
            p.law.as_deref().unwrap_or("?")
        ),
        None => "geen werkdag".to_owned(),
    }
}

fn calendar(c: &CalendarSummary) -> String {
    let country = c.country.as_ref().map_or("", |c| c.code());
    let mut out = match c.scope {
        CalendarScope::National => format!("meegeteld zijn de nationale feestdagen van {country}; regionale feestdagen tellen niet mee"),
        CalendarScope::NationalAndRegional => format!("meegeteld zijn de nationale feestdagen van {country} en de regionale van {}", c.regions.join(", ")),
        CalendarScope::Custom => format!("meegeteld zijn de feestdagen van de kalender `{}`", c.id),
        CalendarScope::WeekendsOnly => "er zijn geen feestdagen meegeteld, alleen zaterdagen en zondagen, zoals gevraagd".to_owned(),
        CalendarScope::WeekendsOnlyFallback => format!("voor {country} is geen kalender van feestdagen bekend: alleen zaterdagen en zondagen golden als niet-werkdagen, dus de termijn kan eerder eindigen dan het recht daar wil"),
    };
    if c.unverified {
        out.push_str(" (de ingebouwde lijst is niet aan een officiële bron getoetst)");
    }
    out
}

fn not(b: bool) -> &'static str {
    if b {
        ""
    } else {
        "niet "
    }
}

fn scope_fact(f: ScopeFact) -> String {
    match f {
        ScopeFact::DpfListed(b) => format!(
            "de importeur staat {}op de lijst van het kader voor gegevensbescherming (DPF)",
            not(b)
        ),
        ScopeFact::Sector(Sector::Commercial) => {
            "de importeur is een commerciële organisatie".to_owned()
        }
        ScopeFact::Sector(Sector::NonProfit) => {
            "de importeur is een organisatie zonder winstoogmerk".to_owned()
        }
        ScopeFact::Sector(Sector::Public) => {
            "de importeur is een overheidsinstantie of -orgaan".to_owned()
        }
        ScopeFact::OrganisationKind(k) => format!("de importeur is {}", organisation_kind(k)),
        ScopeFact::FinancialSupervision(b) => format!(
            "de importeur staat {}onder toezicht van de financiële toezichthouder",
            not(b)
        ),
        ScopeFact::PublicBodyOf(c) => {
            format!("de importeur is een overheidsinstantie of -orgaan van {c}")
        }
        ScopeFact::CreditInformation(b) => {
            format!("de gegevens zijn {}persoonlijke kredietgegevens", not(b))
        }
        ScopeFact::Purpose(p) => format!(
            "de importeur verwerkt de gegevens voor {}",
            importer_purpose(p)
        ),
        ScopeFact::AutomatedTransfer(b) => format!("de doorgifte is {}geautomatiseerd", not(b)),
        ScopeFact::AutomatedProcessing(true) => {
            "de importeur verwerkt de gegevens verder via geautomatiseerde procedés".to_owned()
        }
        ScopeFact::AutomatedProcessing(false) => {
            "de importeur verwerkt de gegevens niet verder via geautomatiseerde procedés".to_owned()
        }
        ScopeFact::EarlierUsFrameworkListed(b) => format!(
            "de importeur had zich {}gecertificeerd onder het kader",
            not(b)
        ),
    }
}

fn scope_condition(c: &ScopeCondition) -> String {
    let facts: Vec<String> = c.facts.iter().map(|f| scope_fact(*f)).collect();
    match c.effect {
        ScopeEffect::Requires => {
            format!("het dekt alleen doorgiften waarbij {}", facts.join(" en "))
        }
        ScopeEffect::Excludes => format!("het sluit doorgiften uit waarbij {}", facts.join(" en ")),
    }
}

fn organisation_kind(k: OrganisationKind) -> &'static str {
    match k {
        OrganisationKind::ReligiousBody => "een religieuze organisatie",
        OrganisationKind::PoliticalParty => "een politieke partij",
        OrganisationKind::PoliticalBody => {
            "een politieke partij of een andere politieke organisatie"
        }
        OrganisationKind::Press => "een persorgaan",
        OrganisationKind::ProfessionalWriter => "beroepsmatig schrijver",
        OrganisationKind::AcademicInstitution => "een academische instelling",
        OrganisationKind::Other => "geen van de soorten die adequaatheidsbesluiten noemen",
    }
}

fn importer_purpose(p: ImporterPurpose) -> &'static str {
    match p {
        ImporterPurpose::Journalism => "journalistieke of artistieke doeleinden",
        ImporterPurpose::ProfessionalWriting => "beroepsmatig schrijven",
        ImporterPurpose::AcademicStudies => "academische studie",
        ImporterPurpose::ReligiousActivities => "religieuze activiteiten",
        ImporterPurpose::MissionaryActivities => "missionaire activiteiten",
        ImporterPurpose::PoliticalActivities => "politieke activiteiten",
        ImporterPurpose::CandidateNomination => "de voordracht van kandidaten",
        ImporterPurpose::ImmigrationControl => "immigratiecontrole",
        ImporterPurpose::PublicSecurity => {
            "openbare veiligheid, defensie, staatsveiligheid of strafrechtelijk onderzoek"
        }
    }
}

fn fact_question(f: ScopeFact) -> &'static str {
    match f {
        ScopeFact::DpfListed(_) => "staat de ontvanger voor de betrokken gegevens op de lijst van het EU-VS-kader voor gegevensbescherming?",
        ScopeFact::Sector(_) => "is de ontvanger een commerciële organisatie, een organisatie zonder winstoogmerk of een overheidsorgaan?",
        ScopeFact::OrganisationKind(_) => "is de ontvanger een religieuze organisatie, een politieke partij of andere politieke organisatie, een persorgaan, een beroepsmatig schrijver, een academische instelling, of geen van deze (`other`)?",
        ScopeFact::FinancialSupervision(_) => "staat de ontvanger onder toezicht van de financiële toezichthouder van zijn land (in Korea de Financial Services Commission)?",
        ScopeFact::PublicBodyOf(_) => "is de ontvanger een overheidsinstantie of -orgaan, en van welke staat?",
        ScopeFact::CreditInformation(_) => "zijn de gegevens persoonlijke kredietgegevens (in Korea onder de Credit Information Use and Protection Act)?",
        ScopeFact::Purpose(_) => "voor welke van deze doeleinden verwerkt de ontvanger de gegevens: journalistiek, beroepsmatig schrijven, academische studie, religieuze of missionaire activiteiten, politieke activiteiten of de voordracht van kandidaten, immigratiecontrole, openbare veiligheid? (een lege lijst zegt: geen)",
        ScopeFact::AutomatedTransfer(_) => "gebeurt de doorgifte zelf via geautomatiseerde procedés?",
        ScopeFact::AutomatedProcessing(_) => "verwerkt de ontvanger de gegevens verder via geautomatiseerde procedés?",
        ScopeFact::EarlierUsFrameworkListed(_) => "had de ontvanger zich toen onder dat kader gecertificeerd? (de bibliotheek houdt dat niet bij)",
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
