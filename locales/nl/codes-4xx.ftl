## Antwoordcodes 4yz: tijdelijk negatief eindantwoord.

code-421 = Service niet beschikbaar
    .text = Service niet beschikbaar, besturingsverbinding wordt gesloten
    .description = RFC 959 geeft 421 de tekst “Service niet beschikbaar, besturingsverbinding wordt gesloten”. RFC 959 laat een server 421 sturen zodra een client verbinding maakt, als hij die client niet kan bedienen, en als antwoord op elke opdracht als de service weet dat ze moet stoppen; de server sluit daarna de besturingsverbinding. Zoals elk 4yz-antwoord meldt 421 een tijdelijke toestand: de client kan later opnieuw verbinding maken.
    .seen = U ziet 421 in plaats van het welkomstbericht 220 als de server de sessie niet kan aannemen, of als antwoord op een opdracht terwijl de service stopt. RFC 2577 raadt aan na drie tot vijf verkeerde wachtwoorden 421 te sturen en de verbinding te sluiten, RFC 7151 gebruikt het voor een HOST waarvan de virtuele host tijdelijk niet beschikbaar is, en RFC 4217 voor een TLS-onderhandeling die na AUTH TLS is mislukt.
    .fix = Wacht en maak dan opnieuw verbinding; de tekst van het antwoord, bedoeld voor de menselijke gebruiker, geeft vaak de reden. Volgt 421 op meerdere mislukte aanmeldingen, controleer dan de gebruikersnaam en het wachtwoord voordat u het opnieuw probeert. RFC 1123 raadt clients aan het sluiten van de besturingsverbinding te detecteren in plaats van 421 op een speciale manier te interpreteren.

code-425 = Kan dataverbinding niet openen
    .text = Kan dataverbinding niet openen
    .description = RFC 959 geeft 425 de tekst “Kan dataverbinding niet openen”. Ze definieert 425 als een tijdelijk negatief antwoord: de server kon de dataverbinding die een overdrachtsopdracht nodig heeft niet opzetten, dus er is geen bestand of maplijst gestuurd of ontvangen. RFC 959 plaatst 425 na het voorlopige antwoord 125 of 150 van STOR, STOU, RETR, LIST, NLST en APPE.
    .seen = U ziet 425 wanneer een maplijst, download of upload begint. Een veelvoorkomende oorzaak is een firewall of NAT-apparaat dat de dataverbinding blokkeert: in de actieve modus (PORT of EPRT) kan de server het adres en de poort die de client heeft opgegeven niet bereiken, en in de passieve modus (PASV of EPSV) komt de verbinding van de client met de poort die de server heeft opgegeven nooit aan.
    .fix = Controleer welke modus de client gebruikt en of de firewalls aan beide kanten de dataverbinding doorlaten: in de actieve modus de poort die de client met PORT of EPRT stuurt, in de passieve modus de poorten die de server in zijn 227- of 229-antwoorden opgeeft. Als de client achter NAT staat, helpt overschakelen naar de passieve modus vaak. Omdat 425 een 4yz-antwoord is, kan de overdracht opnieuw worden geprobeerd zodra het verbindingsprobleem is opgelost.

code-426 = Overdracht afgebroken
    .text = Verbinding gesloten; overdracht afgebroken
    .description = RFC 959 geeft 426 de tekst “Verbinding gesloten; overdracht afgebroken”. Ze definieert 426 als het antwoord dat een overdrachtsopdracht beëindigt als de dataverbinding werd gesloten voordat de overdracht voltooid was. Sectie 4.1.3 van RFC 959 gebruikt het voor ABOR: is er een overdracht bezig, dan breekt de server die af, sluit de dataverbinding, antwoordt op de overdrachtsopdracht met 426 en daarna op ABOR met 226.
    .seen = U ziet 426 direct nadat uw client tijdens een overdracht ABOR heeft gestuurd, meteen gevolgd door 226: dat is het normale einde van een geannuleerde overdracht. Het komt ook zonder ABOR voor als de dataverbinding midden in een overdracht wegvalt, bijvoorbeeld omdat een netwerkapparaat de verbinding heeft verbroken of de andere kant is gestopt.
    .fix = Na een ABOR is er niets mis. Probeer anders de overdracht opnieuw, met REST om te hervatten waar ze stopte als de server dat ondersteunt, en controleer het netwerkpad van de dataverbinding als de fout terugkomt.

code-431 = Beveiligingsmiddel niet beschikbaar
    .text = Een niet-beschikbaar middel is nodig om de beveiliging te verwerken
    .description = RFC 2228 geeft 431 de tekst “Een niet-beschikbaar middel is nodig om de beveiliging te verwerken”. Ze definieert 431 als het antwoord op AUTH of PROT als de server het gevraagde beveiligingsmechanisme of beveiligingsniveau niet kan aanvaarden, bijvoorbeeld omdat een middel dat hij nodig heeft niet beschikbaar is; een server die het niet wil, antwoordt in plaats daarvan 534. RFC 959 toont een 431 alleen in een voorbeeld in bijlage II, van een CWD op TOPS-20; dat is een illustratie, geen definitie van de code.
    .seen = U ziet 431 na AUTH of PROT op een server die het gevraagde mechanisme of beveiligingsniveau ondersteunt, maar het op dat moment niet kan bieden, omdat iets waarvan het mechanisme afhangt ontbreekt of onbereikbaar is.
    .fix = Als 4yz-antwoord beschrijft 431 een tijdelijke toestand: stuur de opdracht later opnieuw. Blijft het antwoord terugkomen, dan moet de serverbeheerder in het serverlogboek zoeken welk middel het beveiligingsmechanisme mist.

code-450 = Bestand tijdelijk niet beschikbaar
    .text = Gevraagde bestandsactie niet uitgevoerd. Bestand niet beschikbaar (bijv. bestand bezet)
    .description = RFC 959 geeft 450 de tekst “Gevraagde bestandsactie niet uitgevoerd. Bestand niet beschikbaar (bijv. bestand bezet)”. RFC 959 definieert 450 als een tijdelijk negatief antwoord: de bestandsactie kon nu niet worden uitgevoerd, maar dezelfde opdracht kan later slagen, anders dan bij 550, dat een blijvende toestand meldt, zoals een ontbrekend bestand of geen toegang.
    .seen = U ziet 450 als antwoord op RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST of STAT als het bestand of de map in gebruik of vergrendeld is, bijvoorbeeld door een andere overdracht die hetzelfde bestand schrijft.
    .fix = Wacht en stuur de opdracht opnieuw, want de toestand hoort tijdelijk te zijn. Komt 450 voor hetzelfde bestand steeds terug, zoek dan op de server uit wat het bezet houdt.

code-451 = Lokale verwerkingsfout
    .text = Gevraagde actie afgebroken: lokale fout bij verwerking
    .description = RFC 959 geeft 451 de tekst “Gevraagde actie afgebroken: lokale fout bij verwerking”. Ze definieert 451 als een tijdelijk negatief antwoord: een fout aan de kant van de server heeft de opdracht gestopt, die kan slagen als ze later wordt herhaald. RFC 2389 gebruikt 451 ook als antwoord op OPTS als een tijdelijke toestand op de server verhindert dat de optie wordt aanvaard.
    .seen = U ziet 451 tijdens of direct na een RETR, STOR, STOU, APPE, LIST of NLST, als de server zelf een probleem tegenkomt, zoals een lees- of schrijffout op zijn opslag of een andere interne storing.
    .fix = Probeer de opdracht later opnieuw: de fout ligt aan de kant van de server, niet in uw verzoek. Komt de fout terug, dan moet de serverbeheerder de onderliggende fout in het serverlogboek opzoeken.

code-452 = Onvoldoende opslagruimte
    .text = Gevraagde actie niet uitgevoerd. Onvoldoende opslagruimte in het systeem
    .description = RFC 959 geeft 452 de tekst “Gevraagde actie niet uitgevoerd. Onvoldoende opslagruimte in het systeem”. RFC 959 definieert 452 als een tijdelijk negatief antwoord op STOR, STOU en APPE: de server heeft nu niet genoeg ruimte om het bestand op te slaan, een toestand die later kan verdwijnen.
    .seen = U ziet 452 bij een upload met STOR, STOU of APPE naar een server waarvan de schijf, het volume of de opslagruimte vol is.
    .fix = Maak ruimte vrij op de server, of vraag de beheerder dat te doen, en herhaal dan de upload. Anders dan 552, dat betekent dat de toegewezen opslagruimte van uw map of dataset is overschreden, gaat 452 over de opslag van het hele systeem.
