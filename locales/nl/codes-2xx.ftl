## Antwoordcodes 2yz: positief eindantwoord.

code-200 = Opdracht in orde
    .text = Opdracht in orde
    .description = RFC 959 geeft 200 de tekst “Opdracht in orde”. RFC 959 gebruikt 200 voor een opdracht die is geslaagd zonder de client nieuwe informatie te geven, zoals TYPE, MODE, STRU, PORT of NOOP. Latere RFC’s maken het tot het succesantwoord op EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640) en op PBSZ, PROT en CCC (RFC 2228 en RFC 4217).
    .seen = U ziet 200 nadat u overdrachtsparameters hebt ingesteld met TYPE, MODE, STRU, PORT of EPRT, na NOOP, en na de opdrachten PBSZ 0 en PROT P die op AUTH TLS volgen. Een 200 op OPTS of LANG betekent dat de server de optie of de taal heeft aanvaard, en de tekst van een antwoord op LANG kan vermelden welke variant hij heeft gekozen.
    .fix = Er is niets mis: stuur de volgende opdracht. Bevat een 200-antwoord op PBSZ in de tekst PBSZ=getal, dan wil de server een kleinere buffer, en RFC 2228 eist dat beide kanten de kleinste van de twee groottes gebruiken.

code-202 = Opdracht overbodig
    .text = Opdracht niet geïmplementeerd, overbodig op deze site
    .description = RFC 959 geeft 202 de tekst “Opdracht niet geïmplementeerd, overbodig op deze site”. Ze definieert 202 als een positief eindantwoord voor een opdracht die op deze server geen betekenis heeft, zodat een eenvoudige client kan doorgaan alsof de opdracht is geslaagd. Het voorbeeld is ALLO op een systeem dat geen opslagruimte vooraf hoeft toe te wijzen.
    .seen = U ziet 202 meestal na ALLO, op servers die vóór een overdracht geen ruimte reserveren. RFC 959 noemt 202 ook voor PASS, ACCT, SMNT en SITE.
    .fix = Er is niets mis: de opdracht was overbodig en de sessie gaat door. Anders dan 502, dat een niet-geïmplementeerde opdracht weigert, is 202 een succesantwoord.

code-211 = Systeemstatus
    .text = Systeemstatus, of helpantwoord van het systeem
    .description = RFC 959 vermeldt 211 als “Systeemstatus, of helpantwoord van het systeem”: woorden die het antwoord omschrijven en de tekst ervan niet vastleggen. De server vult die tekst met status- of helpinformatie voor de gebruiker. RFC 2389 maakt het ook tot het antwoord op FEAT, waarvan de vorm met meerdere regels één ondersteunde extensie per regel geeft, elk ingesprongen met één spatie, en eindigt met 211 End.
    .seen = U ziet 211 als antwoord op STAT zonder argument, dat de status van de server, de overdrachtsparameters en de verbindingen meldt, en soms als antwoord op HELP, waarop RFC 959 met 211 of 214 laat antwoorden. Een client die FEAT stuurt, krijgt 211 met de lijst van extensies die de server ondersteunt, zoals MDTM, SIZE, MLST of AUTH TLS.
    .fix = Er is niets mis. Een 211 van één regel op FEAT betekent dat de server geen extensies te melden heeft; een client die op FEAT 500 of 502 krijgt, hoort de extensies die hij nodig heeft één voor één te testen, zoals RFC 2389 aanraadt.

code-212 = Mapstatus
    .text = Mapstatus
    .description = RFC 959 vermeldt 212 als “Mapstatus”: een informatief antwoord op STAT waarvan de tekst niet vastligt, maar de status van een map geeft.
    .seen = Een server kan 212 antwoorden op STAT met een map als argument, en dan over de besturingsverbinding sturen wat LIST over een dataverbinding zou sturen. Een maplijst van meerdere regels komt als een antwoord van meerdere regels.
    .fix = Er is niets mis. Lees het antwoord tot de laatste regel, die begint met 212 gevolgd door een spatie.

code-213 = Bestandsstatus
    .text = Bestandsstatus
    .description = RFC 959 vermeldt 213 als “Bestandsstatus”: een informatief antwoord op STAT waarvan de tekst niet vastligt, maar de status van een bestand geeft. RFC 3659 maakt het tot het antwoord op MDTM en SIZE, met een exact formaat van één regel: 213, een spatie en dan de wijzigingstijd als JJJJMMDDUUMMSS in UTC voor MDTM, of de overdrachtsgrootte in octetten voor SIZE.
    .seen = U ziet 213 vooral na MDTM en SIZE, die clients sturen voordat ze een onderbroken overdracht hervatten, om te weten hoeveel van het bestand al is overgedragen en of het sindsdien is gewijzigd. Een server kan het ook gebruiken als antwoord op STAT met een bestandsnaam.
    .fix = Er is niets mis. De tijd van MDTM is in UTC, en de waarde van SIZE hangt af van de huidige TYPE, MODE en STRU; stel dus het TYPE in waarmee u gaat overdragen voordat u SIZE stuurt.

code-214 = Helpbericht
    .text = Helpbericht
    .description = RFC 959 vermeldt 214 als “Helpbericht”: een antwoord dat voor de menselijke gebruiker bedoeld is en waarvan de tekst niet vastligt, maar uitlegt hoe de server wordt gebruikt of wat een niet-standaardopdracht betekent.
    .seen = U ziet 214 als antwoord op HELP, alleen of gevolgd door de naam van een opdracht. RFC 959 stelt voor dat HELP SITE de SITE-opdrachten van de server beschrijft.
    .fix = Er is niets mis. De tekst is voor mensen geschreven: toon hem dus aan de gebruiker in plaats van hem door een programma te laten interpreteren.

code-215 = Systeemtype
    .text = NAAM-systeemtype
    .description = RFC 959 geeft 215 de tekst “NAAM-systeemtype”. Ze definieert 215 als het antwoord op SYST. Het eerste woord van de tekst moet een van de officiële systeemnamen zijn uit het document Assigned Numbers, zoals UNIX.
    .seen = U ziet 215 na SYST, dat clients sturen om het besturingssysteem van de server te leren kennen; zo weten ze wat ze kunnen verwachten van systeemafhankelijke uitvoer zoals die van LIST.
    .fix = Er is niets mis. Beschouw alleen het eerste woord als de systeemnaam, en geef waar de server MLSD en MLST ondersteunt (RFC 3659) de voorkeur aan hun strikt gedefinieerde formaat boven het ontleden van de uitvoer van LIST.

code-220 = Service gereed
    .text = Service gereed voor nieuwe gebruiker
    .description = RFC 959 geeft 220 de tekst “Service gereed voor nieuwe gebruiker”. Ze definieert 220 als het antwoord dat een server stuurt zodra de besturingsverbinding tot stand is gebracht en hij opdrachten kan aannemen; het is ook het positieve antwoord op REIN en, volgens RFC 7151, op HOST.
    .seen = U ziet 220 als de eerste regel die uw client na het verbinden ontvangt, meestal met een banner die de serversoftware noemt. U ziet het ook nadat REIN de sessie heeft gereset, na een 120-antwoord zodra de vertraagde service gereed is, en na een HOST-opdracht die de server aanvaardt.
    .fix = Er is niets mis. Meld u vervolgens aan: stuur USER en daarna PASS als de server 331 antwoordt.

code-221 = Besturingsverbinding wordt gesloten
    .text = Service sluit besturingsverbinding
    .description = RFC 959 geeft 221 de tekst “Service sluit besturingsverbinding”. Ze definieert 221 als het antwoord op QUIT: de server meldt de gebruiker zo nodig af en sluit de besturingsverbinding.
    .seen = U ziet 221 aan het einde van een sessie, nadat u QUIT hebt gestuurd. Is er nog een bestandsoverdracht bezig, dan laat RFC 959 de server de verbinding openhouden voor het antwoord met het resultaat van de overdracht en die daarna sluiten.
    .fix = Er is niets mis: de sessie is normaal beëindigd. Om u zonder nieuwe verbinding opnieuw aan te melden als een andere gebruiker, stuurt u REIN in plaats van QUIT.

code-225 = Dataverbinding open
    .text = Dataverbinding open; geen overdracht bezig
    .description = RFC 959 geeft 225 de tekst “Dataverbinding open; geen overdracht bezig”. RFC 959 definieert 225 in de groep Verbindingen, en de tabel van opdrachten en antwoorden noemt het, samen met 226, als succesantwoord op ABOR.
    .seen = 225 is zeldzaam. RFC 959 noemt het alleen voor ABOR, waar het past wanneer ABOR de dataverbinding open aantreft, maar er geen overdracht bezig is.
    .fix = Er is niets mis: er was niets af te breken, en de client kan zijn volgende opdracht sturen.

code-226 = Dataverbinding wordt gesloten
    .text = Dataverbinding wordt gesloten
    .description = RFC 959 geeft 226 de tekst “Dataverbinding wordt gesloten”. Ze definieert 226 als het antwoord dat een geslaagde bestandsactie meldt, zoals een voltooide overdracht of een uitgevoerde ABOR, zodra de server de dataverbinding heeft gesloten. RFC 3659 gebruikt het ook om de maplijst af te sluiten die MLSD stuurt.
    .seen = 226 is het normale laatste antwoord op RETR, STOR, STOU, APPE, LIST en NLST zodra alle gegevens over de dataverbinding zijn gegaan. Na ABOR stuurt de server 426 voor een onderbroken overdracht en daarna 226 om de ABOR te bevestigen, of alleen 226 als de overdracht al was voltooid.
    .fix = Er is niets mis: de overdracht is voltooid en de client kan de volgende opdracht sturen. In de streammodus sluit de dataverbinding aan het einde van elk bestand, dus de volgende overdracht heeft een nieuwe nodig, opnieuw opgezet met PASV, EPSV, PORT of EPRT.

code-227 = Passieve modus gestart
    .text = Passieve modus wordt gestart (h1,h2,h3,h4,p1,p2)
    .description = RFC 959 geeft 227 de tekst “Passieve modus wordt gestart (h1,h2,h3,h4,p1,p2)”. Ze definieert 227 als het antwoord op PASV: de server wacht op de dataverbinding op het IPv4-adres h1.h2.h3.h4, op poort p1 maal 256 plus p2. RFC 1123 merkt op dat dit formaat niet goed gestandaardiseerd is, zodat een client het antwoord moet doorzoeken op het eerste cijfer van de getallen in plaats van op de haakjes te vertrouwen.
    .seen = U krijgt 227 na PASV, dat in de passieve modus vóór elke overdracht of maplijst wordt gestuurd. In die modus opent de client zelf de dataverbinding, waardoor die door firewalls komt die inkomende verbindingen naar de client blokkeren.
    .fix = Er is niets mis: maak verbinding met het opgegeven adres en de opgegeven poort, en stuur daarna de overdrachtsopdracht. Is dat adres vanaf de client niet bereikbaar, zoals wanneer de server achter NAT staat, gebruik dan EPSV: het 229-antwoord daarop bevat alleen een poort en hergebruikt het adres van de besturingsverbinding.

code-228 = Lange passieve modus gestart
    .text = Lange passieve modus wordt gestart (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = RFC 1639 geeft 228 de tekst “Lange passieve modus wordt gestart (af, hal, h1, h2, h3,..., pal, p1, p2...)”. RFC 1639, een experimentele RFC, definieert 228 als het antwoord op LPSV: de server luistert op een lang adres met de adresfamilie, de lengte en de bytes van het hostadres en daarna de lengte en de bytes van de poort.
    .seen = U ziet 228 alleen nadat uw client LPSV heeft gestuurd. RFC 2428 wijst erop dat het mechanisme van RFC 1639 kan mislukken waar meerdere netwerkprotocollen in gebruik zijn, en definieert EPSV voor de passieve modus via IPv6 en andere netwerkprotocollen.
    .fix = Er is niets mis: maak verbinding met het adres en de poort uit het antwoord. Geef voor IPv6 of NAT de voorkeur aan EPSV uit RFC 2428: die RFC volgt het standaardtraject (standards track), terwijl RFC 1639 experimenteel is.

code-229 = Uitgebreide passieve modus gestart
    .text = Uitgebreide passieve modus wordt gestart (|||6446|)
    .description = RFC 2428 geeft 229 als voorbeeld de tekst “Uitgebreide passieve modus wordt gestart (|||6446|)”. RFC 2428 definieert 229 als het antwoord op EPSV: de tekst moet eindigen met de poort tussen haakjes in de vorm (<d><d><d>poort<d>), waarbij <d> het scheidingsteken is dat sectie 2 voor EPRT definieert, een afdrukbaar ASCII-teken van 33 tot 126, met | als aanbeveling. De eerste twee velden blijven leeg, omdat de dataverbinding hetzelfde netwerkprotocol en adres gebruikt als de besturingsverbinding.
    .seen = U krijgt 229 na EPSV, dat RFC 2428 vereist voor elke overdracht waarvan de besturingsverbinding en de dataverbinding dezelfde twee machines verbinden, via IPv4 en via IPv6.
    .fix = Er is niets mis: maak verbinding met de opgegeven poort op het adres van de besturingsverbinding. Past het netwerkprotocol dat de server koos niet, stuur dan ABOR en daarna EPSV gevolgd door het protocolnummer, 1 voor IPv4 of 2 voor IPv6; een server die dat niet ondersteunt, antwoordt 522.

code-230 = Gebruiker aangemeld
    .text = Gebruiker aangemeld, ga verder
    .description = RFC 959 geeft 230 de tekst “Gebruiker aangemeld, ga verder”. Ze definieert 230 als het antwoord dat de aanmelding voltooit: de server heeft de gebruikersnaam aanvaard, en ook het wachtwoord en het account als hij die nodig had.
    .seen = U ziet 230 meestal na PASS. RFC 959 staat het ook direct na USER toe, als er geen wachtwoord nodig is, en na ACCT, als de server om een account vroeg.
    .fix = Er is niets mis: de gebruiker is aangemeld en kan overdrachtsparameters instellen of bestanden gaan overdragen.

code-232 = Geautoriseerd door beveiligingsuitwisseling
    .text = Gebruiker aangemeld, geautoriseerd door uitwisseling van beveiligingsgegevens
    .description = RFC 2228 geeft 232 de tekst “Gebruiker aangemeld, geautoriseerd door uitwisseling van beveiligingsgegevens”. Ze definieert 232 als een antwoord op USER: de server laat de gebruiker zich aanmelden op basis van de identiteit die de uitwisseling van beveiligingsgegevens heeft vastgesteld, zonder om een wachtwoord te vragen. Sommige lijsten met FTP-codes geven 232 een afmeldtekst die er niets mee te maken heeft en die geen enkele RFC definieert.
    .seen = U ziet 232 als antwoord op USER na AUTH en een voltooide uitwisseling van beveiligingsgegevens. Voor TLS toont RFC 4217 een server die 232 stuurt in plaats van 331 wanneer het clientcertificaat en de gebruikersnaam volstaan om de gebruiker te authenticeren.
    .fix = Er is niets mis: de aanmelding is voltooid en PASS is niet nodig. Had u verwacht dat de server om een wachtwoord zou vragen, controleer dan welk clientcertificaat of welke beveiligingsidentiteit de server heeft aanvaard.

code-234 = Beveiligingsuitwisseling voltooid
    .text = Uitwisseling van beveiligingsgegevens voltooid
    .description = RFC 2228 geeft 234 de tekst “Uitwisseling van beveiligingsgegevens voltooid”. Ze definieert 234 als het antwoord op AUTH wanneer de server het genoemde beveiligingsmechanisme aanvaardt en geen beveiligingsgegevens van de client nodig heeft. RFC 4217 maakt het tot het antwoord op een AUTH TLS-opdracht die de server zal uitvoeren, waarna de TLS-handshake op de besturingsverbinding begint.
    .seen = U ziet 234 direct nadat u AUTH TLS hebt gestuurd naar een server die FTP over TLS ondersteunt. RFC 4217 merkt op dat 334 hier onjuist zou zijn, omdat TLS geen ADAT-uitwisseling gebruikt.
    .fix = Er is niets mis: de client begint meteen met de TLS-handshake. RFC 4217 zet de aanmelding en de overdrachtsparameters na AUTH terug, dus stuur na de handshake USER en PASS, en daarna PBSZ 0 en PROT om de dataverbindingen te beveiligen.

code-235 = ADAT-uitwisseling voltooid
    .description = RFC 2228 definieert 235 als het antwoord op ADAT wanneer de uitwisseling van beveiligingsgegevens met succes is voltooid. Het heeft geen vaste tekst: RFC 2228 schrijft het als [ADAT=base64data], waarbij de vierkante haken niet worden gestuurd en alleen betekenen dat de server base64-beveiligingsgegevens voor de client mag toevoegen.
    .seen = Met een mechanisme als GSSAPI of Kerberos versie 4 ziet u 235 aan het einde van de uitwisseling van AUTH en ADAT, vaak na een of meer 335-antwoorden. Dit antwoord komt nooit voor met TLS, dat geen ADAT gebruikt.
    .fix = Er is niets mis: de uitwisseling van beveiligingsgegevens is voltooid. Verwerk eventuele ADAT-gegevens in het antwoord met het mechanisme, en ga dan verder met USER, en met PBSZ en PROT om de gegevensoverdrachten te beveiligen.

code-250 = Bestandsactie in orde
    .text = Gevraagde bestandsactie in orde, voltooid
    .description = RFC 959 geeft 250 de tekst “Gevraagde bestandsactie in orde, voltooid”. Ze definieert 250 als het succesantwoord op bestandssysteemopdrachten zoals CWD, DELE, RMD en RNTO, en als mogelijk eindantwoord op een overdracht wanneer de server de dataverbinding open laat. RFC 3659 gebruikt het ook voor MLST, waarvan de gegevens in een 250-antwoord van meerdere regels op de besturingsverbinding komen.
    .seen = U ziet 250 nadat u met CWD van map bent gewisseld, met DELE een bestand hebt verwijderd, met RMD een map hebt verwijderd of met RNTO een naamswijziging hebt voltooid. Na een overdracht neemt het de plaats in van 226 wanneer de dataverbinding open blijft, wat de blokmodus en de gecomprimeerde modus toestaan.
    .fix = Er is niets mis: de actie is voltooid. Lees na STOU de unieke bestandsnaam uit het voorafgaande 125- of 150-antwoord, waarnaar RFC 1123 hem heeft verplaatst vanuit het 250-antwoord dat RFC 959 noemt.

code-257 = Padnaam aangemaakt
    .text = ‘PADNAAM’ aangemaakt
    .description = RFC 959 geeft 257 de tekst “‘PADNAAM’ aangemaakt”. Ze definieert 257 als het antwoord op MKD en PWD, in de vorm 257 "mapnaam" commentaar, waarbij elk dubbel aanhalingsteken in de naam twee keer wordt geschreven. Na MKD moet de naam de absolute padnaam van de nieuwe map zijn.
    .seen = U ziet 257 na PWD, dat de huidige map meldt, en nadat MKD een map heeft aangemaakt.
    .fix = Er is niets mis. Neem de naam tussen het openende dubbele aanhalingsteken en het bijbehorende sluitende aanhalingsteken, maak van elk verdubbeld aanhalingsteken weer één, en gebruik die naam telkens wanneer u later naar de map verwijst.
