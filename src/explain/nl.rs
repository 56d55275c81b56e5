//! Nederlands, met de termen van de Nederlandse tekst van de AVG (Verordening (EU) 2016/679):
//! verwerkingsverantwoordelijke, verwerker, betrokkene, toestemming, gerechtvaardigd belang,
//! recht op gegevenswissing, beperking van de verwerking, overdraagbaarheid van gegevens,
//! toezichthoudende autoriteit.

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
        R::TransferInsideEea => format!("{} ligt in de Europese Economische Ruimte: hoofdstuk V is niet van toepassing", destination_in(p)),
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
            destination_in(p),
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
        R::SafeguardPermits => format!("{} biedt passende waarborgen, en het recht en de praktijk van de importeur laten hem toe ze na te leven, dus zijn er afdwingbare rechten en doeltreffende rechtsmiddelen (art. 46, lid 1)", mechanism_cite(p)),
        R::SafeguardPermitsUs => format!("{} biedt passende waarborgen, en de beoordeling van de doorgifte bevestigt, steunend op de waarborgen van EO 14086 voor toegang door Amerikaanse inlichtingendiensten, dat de importeur ze kan naleven, dus zijn er afdwingbare rechten en doeltreffende rechtsmiddelen (art. 46, lid 1)", mechanism_cite(p)),
        R::DerogationPermits => format!("{} is van toepassing: {}", mechanism_cite(p), derogation_condition(p)),
        R::SafeguardForPublicAuthoritiesOnly => format!("{} is alleen beschikbaar tussen overheidsinstanties of -organen", mechanism_cite(p)),
        R::AuthorisationRefused => format!("{} vereist een vergunning van de bevoegde toezichthoudende autoriteit, die niet is verleend", mechanism_cite(p)),
        R::AuthorisationRequired => format!("{} vereist een vergunning van de bevoegde toezichthoudende autoriteit", mechanism_cite(p)),
        R::SafeguardIneffective => format!("op {} kan niet worden gesteund: het recht of de praktijk van de importeur belet hem de waarborgen na te leven (art. 46, lid 1, C-311/18)", mechanism_cite(p)),
        R::SafeguardOnPaperUs => format!("{} biedt waarborgen op papier; de waarborgen van EO 14086 regelen de toegang door Amerikaanse inlichtingendiensten, en de rest van de beoordeling van de doorgifte is niet vastgelegd", mechanism_cite(p)),
        R::SafeguardOnPaper => format!("{} biedt waarborgen op papier; of ze in het land van bestemming doeltreffend zijn, is niet beoordeeld", mechanism_cite(p)),
        R::DerogationBarred => format!("{} is niet beschikbaar voor een overheidsinstantie bij de uitoefening van haar openbare bevoegdheden", mechanism_cite(p)),
        R::DerogationConditionsNotMet => format!("{} is niet van toepassing: het vereist dat {}", mechanism_cite(p), derogation_condition(p)),
        R::DerogationConditionsUnknown => format!("{} is alleen van toepassing als {}", mechanism_cite(p), derogation_condition(p)),
        R::NoTransferGround => "geen grond van hoofdstuk V is van toepassing, dus de doorgifte mag niet plaatsvinden".to_owned(),
        R::RemedyDataPrivacyFramework => "kies een importeur die gecertificeerd is onder het EU-VS-kader voor gegevensbescherming (Uitvoeringsbesluit (EU) 2023/1795 van de Commissie)".to_owned(),
        R::RemedyStandardContractualClauses => "sluit met de importeur de standaardbepalingen inzake gegevensbescherming van de Commissie en beoordeel of ze in zijn recht en praktijk doeltreffend zijn".to_owned(),
        R::RemedyBindingCorporateRules => "steun binnen een concern op bindende bedrijfsvoorschriften die overeenkomstig art. 47 zijn goedgekeurd".to_owned(),
        R::RemedyPublicInstrument => "tussen overheidsinstanties: een juridisch bindend en afdwingbaar instrument".to_owned(),
        R::RemedyDerogation => "alleen voor een incidentele doorgifte: een afwijking van art. 49, lid 1, waarvan de voorwaarden vervuld zijn".to_owned(),
        R::PromiseBroken => format!(
            "de privacyverklaring belooft dat {}, en {} ligt buiten dat gebied: wat hoofdstuk V ook toestaat, de gegevens verzenden breekt de belofte",
            p.commitment.map_or("?", commitment),
            destination_in(p)
        ),
        R::ClausePromiseBroken => format!(
            "de privacyverklaring laat {} alleen gegevens buiten {} ontvangen als {}; dat is voor deze doorgifte naar {} niet zo, dus zij breekt de belofte van de verklaring, wat hoofdstuk V ook toestaat",
            id(&p.recipient),
            p.region.map_or("?", region),
            p.transfer_condition.map_or("?", condition_words),
            destination_in(p)
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
        Q::MaximumPeriod => "de regel vermeldt geen bewaartermijn: hoe lang mogen deze gegevens ten hoogste worden bewaard? Vermeld die in dagen, weken, maanden of jaren".to_owned(),
        Q::RetentionEvent => "vanaf welke gebeurtenis loopt de bewaartermijn?".to_owned(),
        Q::FinancialYearEnd => "in welke maand eindigt het boekjaar? De bewaartermijn loopt vanaf het einde van het boekjaar".to_owned(),
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
        Q::TransferConditionMet => format!("geldt de voorwaarde van de privacyverklaring voor deze doorgifte: {}?", p.transfer_condition.map_or("?", condition_words)),
        Q::ScopeFact => p.scope_fact.map_or("?", fact_question).to_owned(),
        Q::AuthorisedBySupervisoryAuthority => "heeft de bevoegde toezichthoudende autoriteit vergunning verleend voor de bepalingen of regeling?".to_owned(),
        Q::SafeguardsEffectiveUs => "heeft de beoordeling van de doorgifte, steunend op de waarborgen van EO 14086 voor toegang door Amerikaanse inlichtingendiensten (informatienota van de EDPB van 18 juli 2023), de rest bevestigd: dat de importeur de waarborgen kan naleven, dat toegang door andere Amerikaanse instanties zoals de rechtshandhaving ze niet ondermijnt, en dat verdere doorgiften beschermd zijn?".to_owned(),
        Q::SafeguardsEffective => "laten het recht en de praktijk van het land van bestemming de importeur toe de waarborgen na te leven, zo nodig met aanvullende maatregelen (beoordeling van de doorgifte, C-311/18)?".to_owned(),
        Q::ExercisingPublicPowers => "handelt de overheidsinstantie bij de uitoefening van haar openbare bevoegdheden?".to_owned(),
        Q::DerogationConditionsMet => format!("zijn de voorwaarden van {} vervuld: {}?", mechanism_cite(p), derogation_condition(p)),
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

fn destination_in(p: &Params) -> String {
    match &p.destination {
        Some(Destination::Country(c)) => c.to_string(),
        Some(Destination::Region(r)) => region(*r).to_owned(),
        Some(Destination::InternationalOrganisation(o)) => {
            format!("internationale organisatie `{o}`")
        }
        None => "?".to_owned(),
    }
}

fn condition_words(c: TransferCondition) -> &'static str {
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
        p.transfer_condition.map_or("?", condition_words)
    )
}

fn mechanism_cite(p: &Params) -> String {
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
    let (who, at) = (id(&p.recipient), destination_in(p));
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

pub(super) fn scope_fact(f: ScopeFact) -> String {
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

pub(super) fn scope_condition(c: &ScopeCondition) -> String {
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

pub(super) fn fact_question(f: ScopeFact) -> &'static str {
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

// ---------------------------------------------------------------------------------------------
// Bevindingen, de privacyverklaring en de teksten van beslissingen (issue 15).

use super::terms::{after_colon, key, DpoDuty, Phrase, PolicyList};
use crate::assess::{
    Applicability, ErasureOutcome, ErasureVerdict, ObjectionOutcome, RestrictionOutcome,
    TransferOutcome,
};
use crate::notice::{AuditCode, CheckCode, ElementStatus, NoticeElement};
use crate::{Citation, GroundKind, Instrument, LegalBasis, Period, Severity, SpecialCategory};

/// Een verwijzing zoals de Nederlandse tekst van de AVG ze schrijft: "art. 6, lid 1, onder f)".
pub(super) fn cite(c: Citation) -> String {
    let mut out = format!("art. {}", c.article_number());
    if let Some(p) = c.paragraph_number() {
        out.push_str(&format!(", lid {p}"));
    }
    if let Some(point) = c.point_letter() {
        out.push_str(&format!(", onder {point})"));
    }
    if let Some(sub) = c.subparagraph_number() {
        const ORDINALS: [&str; 6] = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde"];
        match ORDINALS.get(usize::from(sub).wrapping_sub(1)) {
            Some(word) => out.push_str(&format!(", {word} alinea")),
            None => out.push_str(&format!(", alinea {sub}")),
        }
    }
    if c.instrument() == Instrument::PeriodsRegulation {
        out.push_str(" Verordening 1182/71");
    }
    out
}

fn cite_of(c: Option<Citation>) -> String {
    c.map_or_else(|| "?".to_owned(), cite)
}

fn ids(items: &[String]) -> String {
    let marked: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    all(&marked)
}

fn all(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} en {last}", rest.join(", ")),
    }
}

fn list_of(list: Option<PolicyList>, plural: bool) -> &'static str {
    match (list, plural) {
        (Some(PolicyList::DataSubjects), false) => "categorie van betrokkenen",
        (Some(PolicyList::DataSubjects), true) => "categorieën van betrokkenen",
        (Some(PolicyList::DataCategories), false) => "categorie van persoonsgegevens",
        (Some(PolicyList::DataCategories), true) => "categorieën van persoonsgegevens",
        (Some(PolicyList::Recipients), false) => "ontvanger",
        (Some(PolicyList::Recipients), true) => "ontvangers",
        (Some(PolicyList::Activities), false) => "verwerkingsactiviteit",
        (Some(PolicyList::Activities), true) => "verwerkingsactiviteiten",
        (Some(PolicyList::Purposes), false) => "doel",
        (Some(PolicyList::Purposes), true) => "doeleinden",
        (None, _) => "element",
    }
}

fn destination_of(p: &Params) -> String {
    p.destination
        .as_ref()
        .map_or_else(|| "?".to_owned(), destination)
}

fn because(p: &Params) -> String {
    let said: Vec<String> = p
        .reasons
        .iter()
        .map(|r| r.in_language(super::Language::Dutch))
        .collect();
    said.join("; ")
}

fn asked(p: &Params) -> String {
    let asked: Vec<String> = p
        .questions
        .iter()
        .map(|q| format!("{} (`{}`)", q.in_language(super::Language::Dutch), q.field))
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
            Some(_) => format!("de id {} komt meer dan eens voor onder de {} van de verwerkingsactiviteit {activity}", id(&p.id), list_of(p.list, true)),
            None => format!("de id {} komt meer dan eens voor onder de {} van het beleid", id(&p.id), list_of(p.list, true)),
        },
        F::DanglingReference => match &p.activity {
            Some(_) => format!("{} staat niet tussen de {} van de verwerkingsactiviteit {activity}", id(&p.id), list_of(p.list, true)),
            None => format!("geen {} heeft de id {}", list_of(p.list, false), id(&p.id)),
        },
        F::NoActivities => "het beleid vermeldt geen enkele verwerkingsactiviteit".to_owned(),
        F::NoPurpose => format!("de verwerkingsactiviteit {activity} vermeldt geen doel"),
        F::NoDataCategories => format!("de verwerkingsactiviteit {activity} noemt geen categorie van persoonsgegevens"),
        F::MissingLegalBasis => format!("het doel {purpose} vermeldt geen rechtsgrond"),
        F::CompatibleFurtherProcessing => format!("het doel {purpose} vermeldt geen eigen rechtsgrond; verdere verwerking met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistische doeleinden wordt niet als onverenigbaar met de oorspronkelijke doeleinden beschouwd, mits de passende waarborgen van art. 89, lid 1, er zijn, en vereist geen andere afzonderlijke rechtsgrond dan die op grond waarvan de verzameling werd toegestaan (overweging 50): die van {}", ids(&p.ids)),
        F::LegitimateInterestsByPublicAuthority => format!("het doel {purpose} berust op het gerechtvaardigd belang (art. 6, lid 1, onder f)), waarop een overheidsinstantie zich bij de uitoefening van haar taken niet kan beroepen"),
        F::MissingLegalReference => format!(
            "het doel {purpose} berust op {} ({}), die moet worden vastgesteld bij Unierecht of lidstatelijk recht, maar noemt geen wet",
            p.basis.as_ref().map_or("?", basis),
            cite_of(p.basis.as_ref().map(LegalBasis::citation))
        ),
        F::MissingLegitimateInterest => format!("het doel {purpose} berust op het gerechtvaardigd belang, maar het nagestreefde belang is niet vermeld"),
        F::ChildConsent => format!(
            "het doel {purpose} biedt een dienst van de informatiemaatschappij rechtstreeks aan kinderen aan op basis van toestemming: onder de {} jaar in {} is die toestemming alleen rechtmatig als zij wordt gegeven of toegestaan door de persoon die de ouderlijke verantwoordelijkheid voor het kind draagt",
            p.count.map_or_else(|| "?".to_owned(), |n| n.to_string()),
            p.country.map_or_else(|| "?".to_owned(), |c| c.to_string())
        ),
        F::SpecialCategoryWithoutCondition => format!(
            "{category} is een bijzondere categorie van persoonsgegevens ({}), waarvan de verwerking verboden is tenzij een voorwaarde van art. 9, lid 2, van toepassing is",
            p.special_category.map_or("?", special_category)
        ),
        F::CriminalDataWithoutAuthorisation => format!("{category} zijn persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten, die alleen mogen worden verwerkt onder toezicht van de overheid of als Unierechtelijke of lidstaatrechtelijke bepalingen de verwerking toestaan"),
        F::NationalNumberWithoutLaw => format!("{category} is een nationaal identificatienummer, dat alleen mag worden gebruikt onder de voorwaarden die het recht van de lidstaat stelt"),
        F::TransferWithoutMechanism => format!("gegevens gaan naar {recipient} in {}, buiten de EER, en geen grond van hoofdstuk V staat dat toe{}", destination_of(p), after_colon(&because(p))),
        F::AdequacyNotAvailable => format!("de doorgifte aan {recipient} steunt op een adequaatheidsbesluit, maar {}", because(p)),
        F::TransferNeedsReview => format!("{recipient} ontvangt gegevens in {}, buiten de EER, en of een grond van hoofdstuk V die doorgifte dekt, hangt af van feiten die het beleid niet vastlegt: {}", destination_of(p), asked(p)),
        F::UnknownRecipientLocation => format!("de locatie van {recipient} is niet vastgelegd, dus valt niet te zeggen of gegevens de EER verlaten"),
        F::ConditionalTransfer => {
            let grounds = if p.grounds.is_empty() {
                "de privacyverklaring noemt daarvoor geen grond".to_owned()
            } else {
                let named: Vec<String> = p.grounds.iter().map(|g| cite(g.citation())).collect();
                format!("de privacyverklaring belooft een grond van {}", named.join(" of "))
            };
            format!("{recipient} mag onder een voorwaarde gegevens ontvangen buiten {}; {grounds}", p.region.map_or("?", region))
        }
        F::DerogationBarredForPublicAuthority => format!(
            "de afwijking van {} geldt niet voor overheidsinstanties in de uitoefening van hun openbare bevoegdheden",
            cite_of(p.mechanism.map(|m| m.citation()))
        ),
        F::SafeguardForPublicAuthoritiesOnly => format!(
            "{} staat alleen open tussen overheidsinstanties of -organen, en de verwerkingsverantwoordelijke is er geen",
            cite_of(p.mechanism.map(|m| m.citation()))
        ),
        F::ProcessorWithoutContract => match p.known {
            Some(false) => format!("of de verwerker {recipient} door een overeenkomst of andere rechtshandeling aan de verwerkingsverantwoordelijke is gebonden, is niet vastgelegd"),
            _ => format!("de verwerker {recipient} is door geen overeenkomst of andere rechtshandeling aan de verwerkingsverantwoordelijke gebonden"),
        },
        F::JointControllerWithoutArrangement => match p.known {
            Some(false) => format!("of de gezamenlijke verwerkingsverantwoordelijke {recipient} een regeling heeft die ieders verantwoordelijkheden vastlegt, is niet vastgelegd"),
            _ => format!("de gezamenlijke verwerkingsverantwoordelijke {recipient} heeft geen regeling die ieders verantwoordelijkheden vastlegt"),
        },
        F::AutomatedDecisionWithoutGround => format!("het doel {purpose} neemt uitsluitend geautomatiseerde besluiten met rechtsgevolgen of vergelijkbare gevolgen, wat verboden is tenzij een overeenkomst, een wet of uitdrukkelijke toestemming het toestaat (art. 22, lid 2)"),
        F::AutomatedDecisionOnSpecialCategories => format!("het doel {purpose} neemt uitsluitend geautomatiseerde besluiten in een verwerkingsactiviteit met bijzondere categorieën van persoonsgegevens, wat art. 9, lid 2, onder a) of g), en passende maatregelen vereist"),
        F::MissingRetention => format!("de verwerkingsactiviteit {activity} heeft geen bewaarregel"),
        F::RetentionWithoutPeriodOrCriteria => "de bewaarregel vermeldt geen termijn en geen criteria om die te bepalen".to_owned(),
        F::RetentionPeriodWithoutTrigger => "de bewaartermijn heeft geen gebeurtenis waarvanaf hij loopt, dus valt er geen datum voor te berekenen".to_owned(),
        F::RetentionPeriodUnitUnusable => format!(
            "de bewaartermijn `{}` is in uren, en bewaring wordt in kalenderdagen geteld: er valt geen einddatum uit te berekenen",
            p.period.map_or_else(|| "?".to_owned(), |x| x.to_string())
        ),
        F::RetentionDutyWithoutLaw => "de bewaarregel is een wettelijke bewaarplicht, maar noemt geen wet".to_owned(),
        F::RetentionDutyWithoutCategories => "de wettelijke bewaarplicht noemt geen categorieën van persoonsgegevens".to_owned(),
        F::RetentionKindNotStated => format!(
            "de bewaarregel volgt `{}`, maar zegt niet of die wet een maximum stelt of tot bewaring verplicht",
            p.law.as_deref().unwrap_or("?")
        ),
        F::CommitmentBroken => match (&p.purpose, &p.region, &p.destination) {
            (Some(_), _, _) => format!("het doel {purpose} breekt de belofte van de privacyverklaring dat {}", promise_of(p)),
            (None, Some(r), _) => format!("de privacyverklaring laat {recipient} onder een voorwaarde gegevens ontvangen buiten {}, maar belooft ook dat {}", region(*r), promise_of(p)),
            (None, None, _) => format!("{recipient} ontvangt gegevens in {}, maar de privacyverklaring belooft dat {}", destination_of(p), promise_of(p)),
        },
    }
}

pub(super) fn finding_help(code: FindingCode, p: &Params) -> String {
    use FindingCode as F;
    match code {
        F::DuplicateId => "geef elk element een eigen id: verwijzingen noemen elementen bij hun id".to_owned(),
        F::DanglingReference => match &p.activity {
            Some(_) => format!("vermeld het eerst onder `{}` van de verwerkingsactiviteit, of verbeter de id", key(p.list)),
            None => format!("voeg het toe aan `{}`, of verbeter de id", key(p.list)),
        },
        F::NoActivities => "beschrijf elke verwerkingsactiviteit onder `activities`, zoals het register van de verwerkingsactiviteiten dat doet (art. 30, lid 1)".to_owned(),
        F::NoPurpose => "vermeld de doeleinden onder `purposes`: persoonsgegevens mogen alleen voor welbepaalde, uitdrukkelijk omschreven en gerechtvaardigde doeleinden worden verzameld".to_owned(),
        F::NoDataCategories => "vermeld de categorieën van persoonsgegevens die zij verwerkt onder `data_categories`".to_owned(),
        F::MissingLegalBasis => "noem een van de rechtsgronden van art. 6, lid 1, in `legal_basis`: de verwerking is alleen rechtmatig op een daarvan".to_owned(),
        F::CompatibleFurtherProcessing => "ga na of de waarborgen van art. 89, lid 1, er zijn en leg de gebruikte rechtsgrond vast in `legal_basis`: de privacyverklaring moet haar vermelden (art. 13, lid 1, onder c)), en een bezwaar hangt ervan af (art. 21, lid 6)".to_owned(),
        F::LegitimateInterestsByPublicAuthority => "laat het doel berusten op de taak van algemeen belang (art. 6, lid 1, onder e)) of op een wettelijke verplichting (art. 6, lid 1, onder c)), vastgesteld bij wet".to_owned(),
        F::MissingLegalReference => "noem de wet in `legal_reference`".to_owned(),
        F::MissingLegitimateInterest => "noem het belang in `interest`: de privacyverklaring moet het vermelden (art. 13, lid 1, onder d))".to_owned(),
        F::ChildConsent => "doe, met inachtneming van de beschikbare technologie, redelijke inspanningen om te controleren of de toestemming is gegeven of toegestaan door de persoon die de ouderlijke verantwoordelijkheid draagt (art. 8, lid 2)".to_owned(),
        F::SpecialCategoryWithoutCondition => "noem de voorwaarde waarop de verwerkingsactiviteit steunt in `special_category_conditions`".to_owned(),
        F::CriminalDataWithoutAuthorisation => "noem de grondslag in `criminal_data_authorisation`".to_owned(),
        F::NationalNumberWithoutLaw => "noem die wet in `national_number_law`".to_owned(),
        F::TransferWithoutMechanism => "leg onder `transfers` van de verwerkingsactiviteit passende waarborgen van art. 46 vast of, voor incidentele doorgiften, een afwijking van art. 49".to_owned(),
        F::AdequacyNotAvailable => "steun op een andere grond van hoofdstuk V: passende waarborgen van art. 46, of een afwijking van art. 49".to_owned(),
        F::TransferNeedsReview => "leg die feiten vast, of leg passende waarborgen van art. 46 vast onder `transfers` van de verwerkingsactiviteit".to_owned(),
        F::UnknownRecipientLocation => "leg in `location` vast waar de ontvanger de gegevens ontvangt".to_owned(),
        F::ConditionalTransfer => "elke zulke doorgifte heeft een eigen grond van hoofdstuk V nodig: beoordeel haar met de werkelijke bestemming (`destination`) en met de vraag of de voorwaarde vervuld is (`transfer_condition_met`)".to_owned(),
        F::DerogationBarredForPublicAuthority => "steun in plaats daarvan op passende waarborgen van art. 46, of ga na dat de overheidsinstantie niet in de uitoefening van haar openbare bevoegdheden handelt".to_owned(),
        F::SafeguardForPublicAuthoritiesOnly => "steun op andere passende waarborgen van art. 46, zoals modelcontractbepalingen (art. 46, lid 2, onder c))".to_owned(),
        F::ProcessorWithoutContract => "de verwerking door een verwerker wordt geregeld in een overeenkomst of andere rechtshandeling die hem aan de verwerkingsverantwoordelijke bindt: sluit er een en leg ze vast in `art28_contract`".to_owned(),
        F::JointControllerWithoutArrangement => "gezamenlijke verwerkingsverantwoordelijken stellen hun respectieve verantwoordelijkheden vast in een onderlinge regeling: maak er een en leg ze vast in `art26_arrangement`".to_owned(),
        F::AutomatedDecisionWithoutGround => "noem de grond van art. 22, lid 2, in `automated_decision.ground`, of laat een mens bij de besluiten betrokken zijn".to_owned(),
        F::AutomatedDecisionOnSpecialCategories => "laat de besluiten berusten op uitdrukkelijke toestemming (art. 9, lid 2, onder a)) of een zwaarwegend algemeen belang (art. 9, lid 2, onder g)) met passende maatregelen, of laat een mens erbij betrokken zijn".to_owned(),
        F::MissingRetention => "voeg een regel toe onder `retention`: gegevens mogen niet langer worden bewaard dan nodig, en de privacyverklaring moet de termijn of de criteria daarvoor vermelden (art. 13, lid 2, onder a))".to_owned(),
        F::RetentionWithoutPeriodOrCriteria => "vermeld een termijn (`period`) en de gebeurtenis waarvanaf hij loopt (`from`), of de criteria (`criteria`)".to_owned(),
        F::RetentionPeriodWithoutTrigger => "noem in `from` de gebeurtenis waarvanaf de termijn loopt".to_owned(),
        F::RetentionPeriodUnitUnusable => "vermeld de termijn in dagen, weken, maanden of jaren".to_owned(),
        F::RetentionDutyWithoutLaw => "een bewaarplicht moet zijn vastgesteld bij Unierecht of lidstatelijk recht: noem die wet in `legal_reference`".to_owned(),
        F::RetentionDutyWithoutCategories => "een bewaarplicht dekt de gegevens die haar wet vereist en niets anders: noem die categorieën in `data_categories`".to_owned(),
        F::RetentionKindNotStated => "vermeld `kind`: `maximum` of `legal_duty`; alleen een bewaarplicht is een uitzondering op wissing, dus tot dan vragen verzoeken om wissing die ervan afhangen het na".to_owned(),
        F::CommitmentBroken => "houd de belofte, of pas de privacyverklaring en het beleid samen aan: een verklaring die niet meer klopt, is niet behoorlijk en niet transparant".to_owned(),
    }
}

fn dpo_duty(duty: Option<DpoDuty>) -> &'static str {
    match duty {
        Some(DpoDuty::PublicAuthority) => "een overheidsinstantie of overheidsorgaan moet er een aanwijzen (art. 37, lid 1, onder a))",
        Some(DpoDuty::LargeScaleMonitoring) => "haar kernactiviteiten vereisen regelmatige en stelselmatige observatie op grote schaal van betrokkenen (art. 37, lid 1, onder b))",
        Some(DpoDuty::LargeScaleSpecialData) => "haar kernactiviteiten bestaan uit grootschalige verwerking van bijzondere categorieën van persoonsgegevens of strafrechtelijke gegevens (art. 37, lid 1, onder c))",
        Some(DpoDuty::Designated) => "het beleid vermeldt een aangewezen functionaris voor gegevensbescherming (art. 13, lid 1, onder b))",
        None => "?",
    }
}

fn not_stated(element: Option<NoticeElement>) -> &'static str {
    match element {
        Some(NoticeElement::ControllerIdentity) => "de identiteit en de contactgegevens van de verwerkingsverantwoordelijke",
        Some(NoticeElement::DpoContact) => "de contactgegevens van de functionaris voor gegevensbescherming",
        Some(NoticeElement::PurposesAndLegalBases) => "de doeleinden en de rechtsgrond van elk ervan",
        Some(NoticeElement::LegitimateInterests) => "de nagestreefde gerechtvaardigde belangen, hoewel de verwerking op art. 6, lid 1, onder f), berust",
        Some(NoticeElement::Recipients) => "de ontvangers of categorieën van ontvangers, hoewel gegevens worden verstrekt",
        Some(NoticeElement::Transfers) => "de doorgiften aan derde landen en hun gronden",
        Some(NoticeElement::Retention) => "hoe lang de gegevens worden bewaard, of de criteria daarvoor",
        Some(NoticeElement::Rights) => "de rechten van de betrokkene",
        Some(NoticeElement::WithdrawalOfConsent) => "dat de toestemming altijd kan worden ingetrokken, hoewel de verwerking op toestemming berust",
        Some(NoticeElement::Complaint) => "het recht om een klacht in te dienen bij een toezichthoudende autoriteit",
        Some(NoticeElement::ProvisionRequirement) => "of de betrokkene de gegevens moet verstrekken en wat er gebeurt als hij dat niet doet",
        Some(NoticeElement::AutomatedDecisions) => "de uitsluitend geautomatiseerde besluiten die het beleid neemt, met de logica en de gevolgen ervan",
        Some(NoticeElement::CategoriesOfData) => "de categorieën van de gegevens die uit andere bronnen zijn verkregen",
        Some(NoticeElement::SourceOfData) => "uit welke bronnen de elders verkregen gegevens komen",
        None => "?",
    }
}

pub(super) fn audit(code: AuditCode, p: &Params) -> String {
    use AuditCode as A;
    let recipient = id(&p.recipient);
    let area = p.region.map_or("?", region);
    match code {
        A::NotRecorded => "het beleid legt geen gepubliceerde privacyverklaring vast (`published_notice`), dus valt er niets te toetsen".to_owned(),
        A::NotStated => format!("de privacyverklaring vermeldt niet {}", not_stated(p.element)),
        A::RightNotListed => format!(
            "de privacyverklaring noemt het recht op {} ({}) niet, terwijl het van toepassing is",
            p.right.map_or("?", right),
            cite_of(p.right.map(|r| r.citation()))
        ),
        A::RightMayApply => format!(
            "de privacyverklaring noemt het recht op {} ({}) niet, terwijl het van toepassing kan zijn: de beoordeling van de rechten vraagt naar een feit dat het beleid niet vastlegt",
            p.right.map_or("?", right),
            cite_of(p.right.map(|r| r.citation()))
        ),
        A::TransferPromiseBroken => format!("de privacyverklaring belooft dat geen gegevens {area} verlaten, maar {recipient} ontvangt ze in {}", destination_of(p)),
        A::TransferPromiseUnverified => format!("de privacyverklaring belooft dat geen gegevens {area} verlaten, en waar {recipient} ze ontvangt, is niet vastgelegd"),
        A::ThirdPartiesContradicted => format!(
            "de privacyverklaring zegt dat gegevens naar geen derde gaan, maar {recipient} is {} die ze ontvangt",
            match p.role {
                Some(RecipientRole::PublicAuthority | RecipientRole::LawEnforcement) => "een overheidsinstantie",
                _ => "een zelfstandige verwerkingsverantwoordelijke",
            }
        ),
        A::AccessAsOverview => "de privacyverklaring belooft een overzicht van de gegevens, maar de betrokkene heeft recht op een kopie: een getrouwe en begrijpelijke weergave van alle verwerkte gegevens (HvJ EU C-487/21)".to_owned(),
        A::ResponseTimeTooLong => format!(
            "de privacyverklaring belooft een antwoord binnen {}, maar een verzoek moet binnen één maand na ontvangst worden beantwoord, tenzij binnen die maand een verlenging wordt meegedeeld",
            p.period.map_or_else(|| "?".to_owned(), period)
        ),
        A::DpoRequired => format!("de privacyverklaring zegt niets over de functionaris voor gegevensbescherming, en {}", dpo_duty(p.dpo_duty)),
        A::DpoMayBeRequired => {
            let fields: Vec<String> = p.fields.iter().map(|f| format!("`{f}`")).collect();
            format!("de privacyverklaring noemt geen functionaris voor gegevensbescherming; of art. 37, lid 1, onder b) of c), er een vereist, is niet vastgelegd ({})", fields.join(", "))
        }
        A::AutomatedDecisionsContradicted => "de privacyverklaring zegt dat er geen uitsluitend geautomatiseerde besluiten worden genomen, maar het beleid neemt er".to_owned(),
    }
}

pub(super) fn check(code: CheckCode, p: &Params) -> String {
    use CheckCode as C;
    let listed = ids(&p.ids);
    let count = p.count.unwrap_or_default();
    match code {
        C::ControllerIdentified => format!("{} en de contactgegevens", p.text.as_deref().unwrap_or("?")),
        C::ControllerContactMissing => "de contactgegevens van de verwerkingsverantwoordelijke zijn niet vastgelegd (`controller.contact`)".to_owned(),
        C::DpoContactRecorded => "de contactgegevens van de functionaris voor gegevensbescherming".to_owned(),
        C::DpoMissingForPublicAuthority => "een overheidsinstantie moet een functionaris voor gegevensbescherming aanwijzen (art. 37, lid 1, onder a)); leg de contactgegevens vast in `controller.dpo`".to_owned(),
        C::DpoNotRecorded => "er is geen functionaris voor gegevensbescherming vastgelegd; die is vereist als de kernactiviteiten grootschalige observatie of bijzondere categorieën van persoonsgegevens omvatten (art. 37, lid 1, onder b) en c))".to_owned(),
        C::PurposesWithBases => format!("{count} doeleinden, elk met de rechtsgrond"),
        C::BasisMissing => format!("geen rechtsgrond voor {listed}"),
        C::NoLegitimateInterests => "geen doel berust op het gerechtvaardigd belang".to_owned(),
        C::InterestsNamed => "het nagestreefde belang is genoemd voor elk doel op grond van art. 6, lid 1, onder f)".to_owned(),
        C::InterestsNotNamed => format!("het nagestreefde belang is niet genoemd voor {listed}"),
        C::NoRecipients => "er zijn geen ontvangers vastgelegd".to_owned(),
        C::RecipientsRecorded => format!("{count} ontvangers of categorieën van ontvangers"),
        C::LocationsUnknown => format!("de locatie van {listed} is niet vastgelegd, dus kan de privacyverklaring niet zeggen of gegevens de EER verlaten"),
        C::TransfersWithoutGround => format!("{listed} ontvangen gegevens buiten de EER zonder vastgelegde grond voor doorgifte"),
        C::ConditionalWithoutGround => format!("{listed} mogen onder een voorwaarde gegevens ontvangen buiten de EU of de EER, maar voor die doorgiften is geen grond vastgelegd"),
        C::ConditionalOnSafeguards => format!("{listed} mogen onder een voorwaarde gegevens ontvangen buiten de EU of de EER, op grond van passende waarborgen of afwijkingen: zodra zo'n doorgifte plaatsvindt, moet de privacyverklaring ze noemen en zeggen hoe een kopie te verkrijgen is (art. 13, lid 1, onder f))"),
        C::ConditionalOnAdequacy => "doorgiften buiten de EU of de EER gebeuren alleen onder een vermelde voorwaarde, op grond van een adequaatheidsbesluit".to_owned(),
        C::NoneOutsideEea => "geen ontvanger bevindt zich buiten de EER".to_owned(),
        C::EveryTransferGrounded => "elke doorgifte buiten de EER heeft een grond".to_owned(),
        C::RetentionStated => format!("elke verwerkingsactiviteit heeft een bewaartermijn of criteria ({count} met een vaste termijn)"),
        C::RetentionMissing => format!("geen bewaartermijn of criteria voor {listed}"),
        C::RightsDerived => "de rechten die van toepassing zijn, volgen uit de doeleinden en hun rechtsgronden".to_owned(),
        C::ConsentRelied => "er wordt op toestemming gesteund; het recht om ze in te trekken wordt vermeld".to_owned(),
        C::NoConsent => "geen doel berust op toestemming".to_owned(),
        C::AuthoritiesNamed => p.ids.join("; "),
        C::NoAuthorityNamed => "er is geen toezichthoudende autoriteit genoemd (`controller.supervisory_authorities`)".to_owned(),
        C::ProvisionStated => "elke verwerkingsactiviteit zegt of de gegevens moeten worden verstrekt".to_owned(),
        C::ProvisionMissing => format!("of de betrokkene de gegevens moet verstrekken, en de gevolgen, is niet vermeld voor {listed}"),
        C::NoAutomatedDecisions => "er zijn geen uitsluitend geautomatiseerde besluiten vastgelegd".to_owned(),
        C::LogicDescribed => "de onderliggende logica is beschreven voor elk geautomatiseerd besluit".to_owned(),
        C::LogicMissing => format!("de logica en de gevolgen van de geautomatiseerde besluiten van {listed} zijn niet beschreven"),
        C::CategoriesNamed => "de categorieën van elders verkregen gegevens zijn genoemd".to_owned(),
        C::AllFromSubject => "alle gegevens worden bij de betrokkene verkregen".to_owned(),
        C::SourcesNamed => "de bron van elke elders verkregen categorie is genoemd".to_owned(),
        C::SourceMissing => format!("de bron van {listed} is niet genoemd (`obtained_from`)"),
    }
}

pub(super) fn element(element: NoticeElement) -> &'static str {
    match element {
        NoticeElement::ControllerIdentity => {
            "identiteit en contactgegevens van de verwerkingsverantwoordelijke"
        }
        NoticeElement::DpoContact => "contactgegevens van de functionaris voor gegevensbescherming",
        NoticeElement::PurposesAndLegalBases => "doeleinden en rechtsgronden",
        NoticeElement::LegitimateInterests => "nagestreefde gerechtvaardigde belangen",
        NoticeElement::Recipients => "ontvangers",
        NoticeElement::Transfers => "doorgiften aan derde landen",
        NoticeElement::Retention => "bewaartermijn",
        NoticeElement::Rights => "rechten van de betrokkene",
        NoticeElement::WithdrawalOfConsent => "intrekking van de toestemming",
        NoticeElement::Complaint => "klacht bij een toezichthoudende autoriteit",
        NoticeElement::ProvisionRequirement => "of de verstrekking van gegevens verplicht is",
        NoticeElement::AutomatedDecisions => "geautomatiseerde besluitvorming",
        NoticeElement::CategoriesOfData => "categorieën van elders verkregen gegevens",
        NoticeElement::SourceOfData => "bron van de gegevens",
    }
}

pub(super) fn element_status(status: ElementStatus) -> &'static str {
    match status {
        ElementStatus::Complete => "volledig",
        ElementStatus::Gap => "leemte",
        ElementStatus::NotApplicable => "niet van toepassing",
        ElementStatus::Check => "na te gaan",
    }
}

pub(super) fn basis(basis: &LegalBasis) -> &'static str {
    match basis {
        LegalBasis::Consent => "toestemming",
        LegalBasis::Contract => "uitvoering van een overeenkomst",
        LegalBasis::LegalObligation { .. } => "wettelijke verplichting",
        LegalBasis::VitalInterests => "vitale belangen",
        LegalBasis::PublicTask { .. } => "taak van algemeen belang of openbaar gezag",
        LegalBasis::LegitimateInterests { .. } => "gerechtvaardigd belang",
    }
}

pub(super) fn role(role: RecipientRole) -> &'static str {
    match role {
        RecipientRole::Processor => "verwerker",
        RecipientRole::SubProcessor => "subverwerker",
        RecipientRole::IndependentController => "zelfstandige verwerkingsverantwoordelijke",
        RecipientRole::JointController => "gezamenlijke verwerkingsverantwoordelijke",
        RecipientRole::PublicAuthority => "overheidsinstantie",
        RecipientRole::LawEnforcement => "politie of justitie",
        RecipientRole::OwnEstablishment => "eigen vestiging",
        RecipientRole::ClientController => "verwerkingsverantwoordelijke voor wie wij verwerken",
    }
}

/// De namen van art. 9, lid 1, AVG.
pub(super) fn special_category(category: SpecialCategory) -> &'static str {
    match category {
        SpecialCategory::RacialOrEthnicOrigin => "ras of etnische afkomst",
        SpecialCategory::PoliticalOpinions => "politieke opvattingen",
        SpecialCategory::ReligiousOrPhilosophicalBeliefs => {
            "religieuze of levensbeschouwelijke overtuigingen"
        }
        SpecialCategory::TradeUnionMembership => "lidmaatschap van een vakbond",
        SpecialCategory::Genetic => "genetische gegevens",
        SpecialCategory::BiometricForIdentification => {
            "biometrische gegevens met het oog op de unieke identificatie van een persoon"
        }
        SpecialCategory::Health => "gegevens over gezondheid",
        SpecialCategory::SexLifeOrSexualOrientation => "seksueel gedrag of seksuele gerichtheid",
    }
}

pub(super) fn after(trigger: RetentionTrigger) -> &'static str {
    match trigger {
        RetentionTrigger::Collection => "na het verzamelen",
        RetentionTrigger::EndOfContract => "na het einde van de overeenkomst",
        RetentionTrigger::EndOfRelationship => "na het einde van de relatie",
        RetentionTrigger::LastContact => "na het laatste contact",
        RetentionTrigger::ConsentWithdrawn => "na het intrekken van de toestemming",
        RetentionTrigger::FileClosed => "na het afsluiten van het dossier",
        RetentionTrigger::EndOfFinancialYear => "na het einde van het boekjaar",
    }
}

pub(super) fn period(period: Period) -> String {
    let units = [
        (period.years, "jaar", "jaar"),
        (period.months, "maand", "maanden"),
        (period.weeks, "week", "weken"),
        (period.days, "dag", "dagen"),
        (period.hours, "uur", "uur"),
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
        RetentionAction::Erase => "gewist",
        RetentionAction::Anonymise => "geanonimiseerd",
        RetentionAction::Archive => "gearchiveerd",
    }
}

/// De rechten met de namen van de artikelen 15 tot en met 22 en 77 AVG, waar die er een geven.
pub(super) fn right_title(right: DataSubjectRight) -> &'static str {
    match right {
        DataSubjectRight::WithdrawConsent => "Intrekking van de toestemming",
        DataSubjectRight::InformationAtCollection => "Informatie bij het verzamelen",
        DataSubjectRight::InformationFromOtherSource => {
            "Informatie over gegevens uit andere bronnen"
        }
        DataSubjectRight::Access => "Recht van inzage",
        DataSubjectRight::Rectification => "Recht op rectificatie",
        DataSubjectRight::Erasure => "Recht op gegevenswissing",
        DataSubjectRight::Restriction => "Recht op beperking van de verwerking",
        DataSubjectRight::NotificationToRecipients => "Kennisgeving aan de ontvangers",
        DataSubjectRight::Portability => "Recht op overdraagbaarheid van gegevens",
        DataSubjectRight::Object => "Recht van bezwaar",
        DataSubjectRight::NoSolelyAutomatedDecision => "Geen uitsluitend geautomatiseerd besluit",
        DataSubjectRight::Complaint => "Klacht bij de toezichthoudende autoriteit",
    }
}

pub(super) fn right_detail(right: DataSubjectRight) -> &'static str {
    match right {
        DataSubjectRight::WithdrawConsent => "U kunt uw toestemming altijd intrekken, even gemakkelijk als u ze gaf; dat maakt de verwerking daarvoor niet onrechtmatig.",
        DataSubjectRight::InformationAtCollection => "Bij het verzamelen krijgt u de informatie in deze verklaring.",
        DataSubjectRight::InformationFromOtherSource => "Voor gegevens uit andere bronnen vertellen we u welke gegevens en waarvandaan.",
        DataSubjectRight::Access => "U kunt vragen of we gegevens over u verwerken en een kopie krijgen.",
        DataSubjectRight::Rectification => "U kunt onjuiste gegevens laten verbeteren en onvolledige laten aanvullen.",
        DataSubjectRight::Erasure => "U kunt wissing vragen, onder meer als de gegevens niet meer nodig zijn, u uw toestemming intrekt of met succes bezwaar maakt; wat we wettelijk moeten bewaren, bewaren we tot het einde van de termijn.",
        DataSubjectRight::Restriction => "U kunt vragen de verwerking te beperken, bijvoorbeeld zolang de juistheid van de gegevens wordt nagegaan.",
        DataSubjectRight::NotificationToRecipients => "We melden rectificatie, wissing en beperking aan de ontvangers en zeggen u op verzoek wie zij zijn.",
        DataSubjectRight::Portability => "Gegevens die u zelf verstrekte, op basis van toestemming of overeenkomst en via geautomatiseerde procedés verwerkt, krijgt u in een gestructureerde, gangbare en machineleesbare vorm, of laten we overdragen.",
        DataSubjectRight::Object => "Tegen direct marketing kunt u altijd bezwaar maken, zonder opgave van redenen; tegen verwerking op grond van een taak van algemeen belang of het gerechtvaardigd belang kunt u bezwaar maken in verband met uw specifieke situatie, waarna we stoppen tenzij we dwingende gerechtvaardigde gronden aantonen.",
        DataSubjectRight::NoSolelyAutomatedDecision => "U hebt recht op menselijke tussenkomst bij besluiten die uitsluitend op geautomatiseerde verwerking berusten.",
        DataSubjectRight::Complaint => "U kunt een klacht indienen bij de toezichthoudende autoriteit.",
    }
}

pub(super) fn commitment(commitment: Commitment) -> &'static str {
    match commitment {
        Commitment::NoTransfersOutsideEea => {
            "geen persoonsgegevens worden doorgegeven buiten de EER"
        }
        Commitment::NoTransfersOutsideEu => "geen persoonsgegevens worden doorgegeven buiten de EU",
        Commitment::NoAutomatedDecisions => {
            "geen uitsluitend geautomatiseerde besluiten worden genomen"
        }
        Commitment::NoProfiling => "er geen profilering plaatsvindt",
    }
}

pub(super) fn commitment_statement(commitment: Commitment) -> &'static str {
    match commitment {
        Commitment::NoTransfersOutsideEea => "We geven geen persoonsgegevens door buiten de EER.",
        Commitment::NoTransfersOutsideEu => "We geven geen persoonsgegevens door buiten de EU.",
        Commitment::NoAutomatedDecisions => "We nemen geen uitsluitend geautomatiseerde besluiten.",
        Commitment::NoProfiling => "We maken geen profielen.",
    }
}

pub(super) fn region(region: Region) -> &'static str {
    match region {
        Region::Eu => "de EU",
        Region::Eea => "de EER",
    }
}

pub(super) fn region_in_full(region: Region) -> &'static str {
    match region {
        Region::Eu => "de Europese Unie",
        Region::Eea => "de Europese Economische Ruimte",
    }
}

pub(super) fn destination(destination: &Destination) -> String {
    match destination {
        Destination::Country(c) => c.to_string(),
        Destination::Region(r) => region(*r).to_owned(),
        Destination::InternationalOrganisation(o) => format!("de internationale organisatie `{o}`"),
    }
}

pub(super) fn mechanism(mechanism: TransferMechanism) -> &'static str {
    match mechanism {
        TransferMechanism::AdequacyDecision => "adequaatheidsbesluit",
        TransferMechanism::Safeguard(_) => "passende waarborgen",
        TransferMechanism::Derogation(_) => "afwijking voor een specifieke situatie",
    }
}

pub(super) fn ground_kind(ground: GroundKind) -> &'static str {
    match ground {
        GroundKind::AdequacyDecision => "een adequaatheidsbesluit",
        GroundKind::AppropriateSafeguards => "passende waarborgen",
        GroundKind::Derogation => "een afwijking voor een specifieke situatie",
    }
}

pub(super) fn transfer_condition(condition: TransferCondition) -> &'static str {
    match condition {
        TransferCondition::NoEquivalentAlternativeInside => {
            "als er binnen geen gelijkwaardig alternatief is"
        }
    }
}

pub(super) fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "fout",
        Severity::Warning => "waarschuwing",
    }
}

pub(super) fn applicability(applies: Applicability) -> &'static str {
    match applies {
        Applicability::Applies => "van toepassing",
        Applicability::DoesNotApply => "niet van toepassing",
        Applicability::NeedsReview => "nader te onderzoeken",
        Applicability::ExercisedAgainstController => {
            "uit te oefenen tegen de verwerkingsverantwoordelijke voor wie wij verwerken"
        }
    }
}

pub(super) fn erasure_verdict(verdict: ErasureVerdict) -> &'static str {
    match verdict {
        ErasureVerdict::Erase => "wissen",
        ErasureVerdict::Keep => "bewaren",
        ErasureVerdict::NoGround => "geen grond",
        ErasureVerdict::NeedsReview => "nader te onderzoeken",
        ErasureVerdict::ForwardToController => "naar de verwerkingsverantwoordelijke",
    }
}

pub(super) fn erasure_outcome(outcome: ErasureOutcome) -> &'static str {
    match outcome {
        ErasureOutcome::Required => "wissing vereist",
        ErasureOutcome::NotRequired => "wissing niet vereist",
        ErasureOutcome::NeedsReview => "nader te onderzoeken",
        ErasureOutcome::ForwardToController => "de verwerkingsverantwoordelijke beslist",
    }
}

pub(super) fn objection_outcome(outcome: ObjectionOutcome) -> &'static str {
    match outcome {
        ObjectionOutcome::Stop => "de verwerking stopt",
        ObjectionOutcome::Continue => "de verwerking mag doorgaan",
        ObjectionOutcome::NeedsReview => "nader te onderzoeken",
        ObjectionOutcome::NotApplicable => "het recht van bezwaar reikt niet tot deze verwerking",
        ObjectionOutcome::ForwardToController => "de verwerkingsverantwoordelijke beslist",
    }
}

pub(super) fn restriction_outcome(outcome: RestrictionOutcome) -> &'static str {
    match outcome {
        RestrictionOutcome::Restrict => "de verwerking beperken",
        RestrictionOutcome::NotRequired => "beperking niet vereist",
        RestrictionOutcome::NeedsReview => "nader te onderzoeken",
        RestrictionOutcome::ForwardToController => "de verwerkingsverantwoordelijke beslist",
    }
}

pub(super) fn transfer_outcome(outcome: TransferOutcome) -> &'static str {
    match outcome {
        TransferOutcome::NotATransfer => "geen doorgifte",
        TransferOutcome::Permitted => "toegestaan",
        TransferOutcome::Prohibited => "verboden",
        TransferOutcome::NeedsReview => "nader te onderzoeken",
    }
}

pub(super) fn phrase(phrase: Phrase) -> &'static str {
    use Phrase as P;
    match phrase {
        P::NoticeTitle => "Privacyverklaring",
        P::NoticeControllerHeading => "Wie is verantwoordelijk?",
        P::Controller => "verwerkingsverantwoordelijke",
        P::Contact => "Contact",
        P::DataProtectionOfficer => "Functionaris voor gegevensbescherming",
        P::NoticePurposesHeading => "Waarvoor gebruiken we uw gegevens, en op welke grond?",
        P::NoticeOnBehalfOfClient => "Hiervoor verwerken we gegevens in opdracht van een andere verwerkingsverantwoordelijke; zijn privacyverklaring is van toepassing.",
        P::OurInterest => "ons belang",
        P::BasisDeterminedByClient => "bepaald door de opdrachtgever",
        P::BasisNotRecorded => "de rechtsgrond is niet vastgelegd",
        P::NoticeDirectMarketing => "Dit is direct marketing: u kunt er altijd bezwaar tegen maken, waarna we ermee stoppen (art. 21, leden 2 en 3, AVG).",
        P::NoticeProfiling => "Hierbij maken we profielen (art. 4, punt 4, AVG).",
        P::Data => "Gegevens",
        P::SpecialCategoryMark => "bijzonder persoonsgegeven",
        P::NationalNumberMark => "nationaal identificatienummer",
        P::SpecialConditionsRelied => "Voor bijzondere categorieën van persoonsgegevens steunen we op",
        P::ProvisionRequired => "U bent verplicht deze gegevens te verstrekken",
        P::ProvisionVoluntary => "Het verstrekken van deze gegevens is vrijwillig",
        P::Otherwise => "anders",
        P::NoticeOtherSourcesHeading => "Gegevens die we niet van u zelf krijgen",
        P::Source => "bron",
        P::SourceNotRecorded => "bron niet vastgelegd",
        P::NoticeRecipientsHeading => "Wie ontvangt uw gegevens?",
        P::NoRecipients => "We geven uw gegevens aan niemand door.",
        P::LocationNotRecorded => "locatie niet vastgelegd",
        P::NoticeTransfersHeading => "Doorgifte buiten de Europese Economische Ruimte",
        P::OnlyOutside => "alleen buiten",
        P::OnGrounds => "op grond van",
        P::Or => "of",
        P::And => "en",
        P::NoTransfersRecorded => "Er zijn geen doorgiften buiten de EER vastgelegd.",
        P::NoticeRetentionHeading => "Hoe lang bewaren we uw gegevens?",
        P::NoRetentionRecorded => "geen bewaartermijn vastgelegd",
        P::Then => "daarna",
        P::NoticeRightsHeading => "Uw rechten",
        P::NoticeResponseTime => "We antwoorden zonder onnodige vertraging en uiterlijk binnen één maand na ontvangst van uw verzoek; bij complexe of talrijke verzoeken kan dat met twee maanden worden verlengd, wat we u binnen de eerste maand laten weten (art. 12, lid 3, AVG).",
        P::NoticeAutomatedHeading => "Geautomatiseerde besluitvorming",
        P::LogicNotDescribed => "de logica is niet beschreven",
        P::NoAutomatedDecisions => "We nemen geen besluiten die uitsluitend op geautomatiseerde verwerking berusten.",
        P::NoticeComplaintsHeading => "Klachten",
        P::NoAuthorityRecorded => "Er is geen toezichthoudende autoriteit vastgelegd.",
        P::NoticeComplaintRight => "U kunt altijd een klacht indienen bij de toezichthoudende autoriteit (art. 77 AVG).",
        P::Immediately => "onmiddellijk",
        P::Error => "fout",
        P::Errors => "fouten",
        P::Warning => "waarschuwing",
        P::Warnings => "waarschuwingen",
        P::Validation => "Validatie",
        P::RightsHeading => "Rechten per verwerkingsactiviteit (✓ van toepassing, ✗ niet, ? nader te onderzoeken, → bij de opdrachtgever)",
        P::RightsOf => "Rechten bij de verwerkingsactiviteit",
        P::ErasureHeading => "Verzoek om gegevenswissing",
        P::AnswerBy => "antwoorden uiterlijk op",
        P::IfExtended => "of, na verlenging,",
        P::NoExtensionForRefusal => "een weigering: geen verlenging",
        P::KeepUntil => "bewaren tot",
        P::In => "in",
        P::Stop => "stoppen",
        P::MayKeep => "mag bewaren",
        P::TellRecipient => "ontvanger inlichten",
        P::TellOtherControllers => "andere verwerkingsverantwoordelijken inlichten",
        P::ObjectionHeading => "Bezwaar",
        P::RestrictionHeading => "Beperking van de verwerking",
        P::TransferTo => "Doorgifte aan",
        P::On => "op grond van",
        P::BreaksPromise => "breekt de belofte",
        P::WouldBePermittedWith => "zou toegestaan zijn met",
        P::OpenQuestions => "Open vragen",
        P::Why => "Waarom",
        P::Deadline => "Termijn",
        P::EndsAtEndOf => "eindigt aan het einde van",
        P::EndsAt => "eindigt op",
        P::RequestReceived => "verzoek ontvangen",
        P::Extended => "verlengd",
        P::NotifyBy => "melden aan de toezichthoudende autoriteit uiterlijk op",
        P::NoticeAuditHeading => "De gepubliceerde privacyverklaring, getoetst (art. 12 tot en met 15 en 37)",
        P::Nothing => "niets te melden",
        P::NoticeCheckHeading => "Privacyverklaring (art. 13 en 14): wat het beleid nog niet kan zeggen",
        P::Help => "hulp",
        P::DueSince => "te verwerken sinds",
        P::RetentionPlanOn => "Bewaarplan op",
        P::UnlessKeptBy => "tenzij bewaard door",
        P::Withheld => "achtergehouden",
        P::Parameters => "parameters",
        P::BreachTitle => "Inbreuk in verband met persoonsgegevens",
        P::SupervisoryAuthority => "Toezichthoudende autoriteit",
        P::DataSubjects => "Betrokkenen",
        P::Risk => "Risico",
        P::Between => "tussen",
        P::RegisterEntry => "Registerinschrijving",
        P::AssessedAt => "beoordeeld op",
        P::RemedialAction => "corrigerende maatregelen",
    }
}

pub(super) fn stop_reason(reason: crate::assess::StopReason) -> &'static str {
    use crate::assess::StopReason as S;
    match reason {
        S::ConsentWithdrawn => "toestemming ingetrokken",
        S::DirectMarketingObjection => "bezwaar tegen direct marketing",
        S::Objection => "bezwaar in verband met een specifieke situatie",
        S::ResearchObjection => "bezwaar tegen onderzoek of statistiek",
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
        AuthorityNotification::Notify => "melden aan de toezichthoudende autoriteit",
        AuthorityNotification::NotRequired => "geen melding aan de toezichthoudende autoriteit",
        AuthorityNotification::NeedsReview => {
            "nader onderzoek nodig voor de beslissing over de melding"
        }
        AuthorityNotification::ControllerDecides => {
            "de verwerkingsverantwoordelijke beslist; informeer haar"
        }
    }
}

pub(super) fn subject_communication(s: SubjectCommunication) -> &'static str {
    match s {
        SubjectCommunication::Communicate => "mededeling aan de betrokkenen",
        SubjectCommunication::PublicCommunication => {
            "openbare mededeling in plaats van mededeling aan iedere betrokkene"
        }
        SubjectCommunication::NotRequired => "geen mededeling aan de betrokkenen",
        SubjectCommunication::NeedsReview => {
            "nader onderzoek nodig voor de beslissing over de mededeling"
        }
        SubjectCommunication::ControllerDecides => "de verwerkingsverantwoordelijke beslist",
    }
}

pub(super) fn risk_level(r: RiskLevel) -> &'static str {
    match r {
        RiskLevel::Unlikely => "waarschijnlijk geen risico",
        RiskLevel::Risk => "risico",
        RiskLevel::HighRisk => "hoog risico",
    }
}

pub(super) fn exposure(e: Exposure) -> &'static str {
    match e {
        Exposure::TrustedRecipient => "een vertrouwde ontvanger",
        Exposure::KnownRecipients => "bekende ontvangers die ze per vergissing kregen",
        Exposure::Insider => "iemand binnen de organisatie die zijn bevoegdheid te buiten ging",
        Exposure::UnknownParty => "een onbekende (een aanvaller, dief of vinder)",
        Exposure::Public => "het publiek",
    }
}

pub(super) fn consequence(c: Consequence) -> &'static str {
    match c {
        Consequence::IdentityTheft => "identiteitsdiefstal",
        Consequence::Fraud => "fraude",
        Consequence::FinancialLoss => "financiële verliezen",
        Consequence::Discrimination => "discriminatie",
        Consequence::ReputationalDamage => "reputatieschade",
        Consequence::PhysicalHarm => "lichamelijke schade",
        Consequence::ProfessionalSecrecy => {
            "verlies van de vertrouwelijkheid van door het beroepsgeheim beschermde gegevens"
        }
        Consequence::OtherSignificantDisadvantage => {
            "ander aanzienlijk economisch of maatschappelijk nadeel"
        }
    }
}

pub(super) fn measure(m: ProtectionMeasure) -> &'static str {
    match m {
        ProtectionMeasure::Encryption => "versleuteld",
        ProtectionMeasure::SaltedHash => "met een salt gehasht",
        ProtectionMeasure::None => "niet beveiligd",
    }
}

/// (verloren/gewijzigde, het verlies/de wijziging, verloren/blijvend gewijzigd)
fn kind_words(k: BreachKind) -> [&'static str; 3] {
    match k {
        BreachKind::Integrity => ["gewijzigde", "de wijziging", "blijvend gewijzigd"],
        BreachKind::Availability | BreachKind::Confidentiality => {
            ["verloren of ontoegankelijke", "het verlies", "verloren"]
        }
    }
}

pub(super) fn guidance(g: &Guidance) -> String {
    match g.guidelines {
        Guidelines::Edpb9_2022 => format!("EDPB-richtsnoeren 9/2022, {}", g.point),
        Guidelines::Edpb01_2021 => {
            let word = if g.point.contains(',') {
                "gevallen"
            } else {
                "geval"
            };
            format!("EDPB-richtsnoeren 01/2021, {word} {}", g.point)
        }
    }
}

pub(super) fn breach_question(fact: BreachFact) -> String {
    use BreachFact as F;
    let possible = |c: Consequence| format!("is {} mogelijk voor de betrokkenen?", consequence(c));
    match fact {
        F::AwareAt => "wanneer heeft de verwerkingsverantwoordelijke kennis genomen van de inbreuk (datum, tijd en tijdzone)?".into(),
        F::Affected => "op welke verwerkingen, categorieën van gegevens en betrokkenen heeft de inbreuk betrekking?".into(),
        F::Confidentiality => "konden onbevoegden de gegevens inzien of verkrijgen?".into(),
        F::Integrity => "zijn gegevens gewijzigd?".into(),
        F::Availability => "zijn gegevens verloren gegaan, vernietigd of (tijdelijk) ontoegankelijk geworden?".into(),
        F::ProtectionMeasure => "waren de gegevens versleuteld of gehasht, of niet beveiligd?".into(),
        F::StateOfTheArt => "was de versleuteling of hashing volgens de stand van de techniek?".into(),
        F::KeySafe => "is de sleutel (of salt, of het wachtwoord) veilig: niet gecompromitteerd en niet bij de gegevens bewaard?".into(),
        F::AccessedBy => "wie heeft de gegevens ontvangen of kon erbij?".into(),
        F::DeletionConfirmed => "hebben alle ontvangers de gegevens teruggegeven of de verwijdering bevestigd?".into(),
        F::Backup => "is er een actuele back-up van de gegevens?".into(),
        F::Restored => "zijn de gegevens hersteld?".into(),
        F::EffectOnSubjects => "had het verlies of de wijziging gevolgen voor de betrokkenen (vertraging, gemiste betalingen, uitgestelde zorg)?".into(),
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
            R::NoPersonalData => "er zijn geen persoonsgegevens bij betrokken: dit is geen inbreuk in verband met persoonsgegevens".into(),
            R::NoSecurityCompromised => "de vertrouwelijkheid, integriteit noch beschikbaarheid van persoonsgegevens is aangetast: geen inbreuk in verband met persoonsgegevens".into(),
            R::ProcessorInformsController { activities } => format!("voor {} is de organisatie verwerker: zij informeert de verwerkingsverantwoordelijke, die over de melding beslist", all(activities)),
            R::NotDisclosed => "geen onbevoegde kon de gegevens inzien: de vertrouwelijkheid is niet aangetast".into(),
            R::Unintelligible { measure: m } => format!("de gegevens waren {} volgens de stand van de techniek en de sleutel is veilig gebleven: onbegrijpelijk voor onbevoegden", measure(*m)),
            R::KeyCompromised => "de sleutel is gecompromitteerd: de beveiliging maakt de gegevens niet onbegrijpelijk".into(),
            R::NotStateOfTheArt => "de beveiliging was niet volgens de stand van de techniek: zij telt niet als onbegrijpelijk maken".into(),
            R::DisclosureContained { accessed_by } => format!("de gegevens gingen alleen naar {} die ze hebben teruggegeven of gewist, en het zijn geen gegevens die meer vragen: de verstrekking is ingeperkt", exposure(*accessed_by)),
            R::NoDamageIdentified { accessed_by } => format!("de gegevens gingen alleen naar {} en de verwerkingsverantwoordelijke kan geen enkele schade voor de betrokkenen vaststellen: de verstrekking houdt waarschijnlijk geen risico in", exposure(*accessed_by)),
            R::DamageNotRuledOut => "de verwerkingsverantwoordelijke heeft niet vastgesteld dat uit deze verstrekking geen enkele schade voor de betrokkenen kan voortvloeien, ook geen verlies van controle over hun gegevens: tot zij dat doet, geldt de verstrekking als een risico, en die van gevoelige gegevens als een hoog risico".into(),
            R::DataExposed { accessed_by } => {
                let who = accessed_by.map_or("een onbevoegde", exposure);
                format!("de gegevens konden worden ingezien door {who}")
            }
            R::RestoredWithoutEffect { kind } => format!("de {} gegevens zijn hersteld, of kunnen dat uit een back-up, zonder gevolgen voor de betrokkenen", kind_words(*kind)[0]),
            R::EffectOnSubjects { kind } => format!("{} van de gegevens heeft gevolgen voor de betrokkenen", kind_words(*kind)[1]),
            R::DataLost { kind } => format!("er is geen back-up en de gegevens zijn niet hersteld: ze zijn {}", kind_words(*kind)[2]),
            R::SpecialCategoriesExposed { categories } => {
                let which = all(&categories.iter().map(|c| special_category(*c).to_owned()).collect::<Vec<_>>());
                format!("bijzondere categorieën van persoonsgegevens ({which}) zijn buiten de macht van de verwerkingsverantwoordelijke geraakt: schade moet waarschijnlijk worden geacht")
            }
            R::CriminalDataExposed => "persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten liggen open".into(),
            R::NationalNumbersExposed => "nationale identificatienummers liggen open: identiteitsdiefstal wordt mogelijk".into(),
            R::ChildrenExposed => "gegevens van kinderen liggen open; kinderen verdienen specifieke bescherming".into(),
            R::VulnerableSubjectsExposed => "gegevens van kwetsbare personen liggen open, die daardoor groter gevaar kunnen lopen".into(),
            R::SeriousConsequencesPossible { consequences } => {
                let which = all(&consequences.iter().map(|c| consequence(*c).to_owned()).collect::<Vec<_>>());
                format!("de inbreuk kan leiden tot {which}")
            }
            R::NoSeriousConsequences => "geen van de schade uit de overwegingen 75 en 85 wordt mogelijk geacht".into(),
            R::SubjectsConcerned { count } => format!("{count} betrokkenen zijn geraakt"),
            R::LikelyRisk => "de inbreuk houdt waarschijnlijk een risico in voor de rechten en vrijheden van natuurlijke personen: meld haar aan de toezichthoudende autoriteit".into(),
            R::UnlikelyRisk => "de inbreuk houdt waarschijnlijk geen risico in voor de rechten en vrijheden van natuurlijke personen: geen melding aan de toezichthoudende autoriteit".into(),
            R::RiskUndetermined => "of de inbreuk waarschijnlijk een risico inhoudt, hangt af van de open vragen; tot die beantwoord zijn, valt het niet uit te sluiten".into(),
            R::LikelyHighRisk => "de inbreuk houdt waarschijnlijk een hoog risico in voor de rechten en vrijheden van natuurlijke personen".into(),
            R::NoHighRisk => "de inbreuk houdt waarschijnlijk geen hoog risico in: mededeling aan de betrokkenen is niet vereist".into(),
            R::HighRiskUndetermined => "of de inbreuk waarschijnlijk een hoog risico inhoudt, hangt af van de open vragen".into(),
            R::ExemptUnintelligible => "ook bij een hoog risico hoeven de betrokkenen niet te worden ingelicht: de gegevens waren onbegrijpelijk voor onbevoegden".into(),
            R::ExemptSubsequentMeasures => "mededeling aan de betrokkenen is niet vereist: achteraf genomen maatregelen zorgen ervoor dat het hoge risico zich waarschijnlijk niet meer zal voordoen".into(),
            R::PublicCommunicationInstead => "mededeling aan iedere betrokkene zou onevenredige inspanningen vergen: in plaats daarvan komt er een openbare mededeling of een soortgelijke maatregel die de betrokkenen even doeltreffend informeert".into(),
            R::NotifyWithin72Hours { aware_at, target, periods_regulation_end } => format!("kennisname op {}: meld zonder onredelijke vertraging en, indien mogelijk, uiterlijk op {} (72 uur na de kennisname, zoals het EDPB telt); volgens Verordening 1182/71 geteld vanaf het volgende volle uur zou de termijn eindigen op {}", when(aware_at), when(target), when(periods_regulation_end)),
            R::LateNotificationNeedsReasons { target } => format!("de 72 uur zijn verstreken op {} zonder melding: de melding gaat vergezeld van een motivering voor de vertraging", when(target)),
            R::NotifiedLate { notified_at, target } => format!("gemeld op {}, na afloop van de 72 uur op {}: de melding gaat vergezeld van een motivering voor de vertraging", when(notified_at), when(target)),
            R::PhasedNotification => "wat nog niet bekend is, mag zonder onredelijke verdere vertraging in stappen worden verstrekt: wacht niet op het volledige onderzoek".into(),
            R::CommunicateWithoutUndueDelay => "deel de inbreuk zonder onredelijke vertraging in duidelijke en eenvoudige taal mee aan de betrokkenen".into(),
            R::InformControllerWithoutUndueDelay => "informeer als verwerker de verwerkingsverantwoordelijke zonder onredelijke vertraging zodra u kennis neemt van de inbreuk".into(),
            R::CompetentAuthority { authorities } => format!("meld aan {}, de toezichthoudende autoriteit van de vestiging", all(authorities)),
            R::AuthorityByCompetence { authorities } => format!("het beleid noemt meerdere toezichthoudende autoriteiten voor de vestiging ({}): meld aan de autoriteit die bevoegd is voor de betrokken verwerking", all(authorities)),
            R::NationalAuthority { authority } => format!("het beleid noemt geen toezichthoudende autoriteit; de nationale autoriteit van de vestiging is {authority}"),
            R::AuthorityUnknown { country } => format!("er is geen toezichthoudende autoriteit bekend voor {country}: meld aan de autoriteit die bevoegd is volgens artikel 55"),
            R::DocumentInRegister => "documenteer de inbreuk in het register, met de feiten, de gevolgen en de genomen corrigerende maatregelen, of zij nu gemeld wordt of niet".into(),
        }
}

/// Wat er met gegevens gebeurt als een termijn verstrijkt, als opdracht.
pub(super) fn action_verb(action: RetentionAction) -> &'static str {
    match action {
        RetentionAction::Erase => "wis",
        RetentionAction::Anonymise => "anonimiseer",
        RetentionAction::Archive => "archiveer",
    }
}

/// "maximale bewaartermijn", "wettelijke bewaarplicht op grond van art. 52 AWR".
fn rule_kind(rule: &PlannedRule) -> String {
    let kind = match rule.kind {
        Some(RetentionKind::Maximum) => "maximale bewaartermijn",
        Some(RetentionKind::LegalDuty) => "wettelijke bewaarplicht",
        None => "bewaarregel",
    };
    match &rule.legal_reference {
        Some(law) => format!("{kind} op grond van {law}"),
        None => kind.to_owned(),
    }
}

pub(super) fn planned_rule(rule: &PlannedRule) -> String {
    let kind = rule_kind(rule);
    // Een twijfelachtige regel die geen categorie noemt, kan elke categorie van de
    // verwerkingsactiviteit omvatten.
    let data = if rule.data_categories.is_empty() {
        "de gegevens van de verwerkingsactiviteit".to_owned()
    } else {
        ids(&rule.data_categories)
    };
    let event = rule.from.map_or("de gebeurtenis", trigger);
    let done = action_done(rule.then);
    match &rule.cutoff {
        Cutoff::DueIfTriggerOnOrBefore { date } => format!(
            "{kind}: {} {data} als de datum van {event} op of vóór {date} ligt",
            action_verb(rule.then)
        ),
        Cutoff::NoneDue => format!("{kind}: niets van {data} hoeft nu te worden {done}; de termijn eindigt na de laatste datum die te tellen is"),
        Cutoff::ProtectedIfTriggerAfter { date } => format!("{kind}: wis, anonimiseer of archiveer {data} niet als de datum van {event} na {date} ligt of niet is vastgelegd"),
        Cutoff::AllProtected => format!("{kind}: wis, anonimiseer of archiveer {data} niet; de termijn eindigt na de laatste datum die te tellen is"),
        Cutoff::NeedsReview { .. } if rule.may_keep() => format!("{kind}: nader te onderzoeken; wis, anonimiseer of archiveer {data} niet zolang de vragen niet beantwoord zijn"),
        Cutoff::NeedsReview { .. } => format!("{kind}: nader te onderzoeken; zolang de vragen niet beantwoord zijn, hoeft op grond van deze regel niets te worden {done}"),
    }
}

pub(super) fn withheld_reason(reason: WithheldReason) -> &'static str {
    match reason {
        WithheldReason::NeedsReview => "de regel moet nader worden onderzocht",
        WithheldReason::GuardNeedsReview => {
            "een regel die deze gegevens kan bewaren, moet nader worden onderzocht"
        }
        WithheldReason::NothingDue => {
            "niets hoeft nu te worden gewist, geanonimiseerd of gearchiveerd"
        }
        WithheldReason::NotMapped => "geen tabel van de tabeltoewijzing bevat haar gegevens",
        WithheldReason::AllProtected => "een wettelijke bewaarplicht bewaart elke rij",
    }
}

pub(super) fn scope(scope: Scope) -> &'static str {
    match scope {
        Scope::Rows => "rijen",
        Scope::Columns => "kolommen",
    }
}
