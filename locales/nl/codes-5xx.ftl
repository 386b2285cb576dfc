## Antwoordcodes 5yz: permanent negatief eindantwoord.

code-500 = Opdracht niet herkend
    .text = Syntaxisfout, opdracht niet herkend
    .description = RFC 959 geeft 500 de tekst “Syntaxisfout, opdracht niet herkend”. RFC 959 gebruikt 500 wanneer de server de opdracht zelf niet kan begrijpen, en merkt op dat dit ook fouten kan omvatten zoals een te lange opdrachtregel. Latere RFC’s steunen op hetzelfde antwoord: een server die AUTH niet kent, moet 500 antwoorden (RFC 2228), en 500 of 502 vertelt een client dat FEAT niet wordt ondersteund (RFC 2389).
    .seen = U ziet 500 na een verkeerd gespelde opdracht, na een opdrachtnaam die de server niet kent, of na een te lange regel. Het is ook het gebruikelijke antwoord van een oudere server op extensieopdrachten die hij niet implementeert, zoals AUTH, FEAT, EPSV, MLSD of SIZE.
    .fix = Controleer de spelling van de opdracht en de lengte van de regel die uw client stuurt. Is de opdracht een extensie, dan ondersteunt de server die niet: stuur FEAT om te zien welke extensies hij aankondigt (RFC 2389), of val terug op de opdracht uit RFC 959, bijvoorbeeld PASV in plaats van EPSV of LIST in plaats van MLSD.

code-501 = Syntaxisfout in parameters
    .text = Syntaxisfout in parameters of argumenten
    .description = RFC 959 geeft 501 de tekst “Syntaxisfout in parameters of argumenten”. RFC 959 gebruikt 501 voor een opdracht die de server herkent, maar waarvan hij de argumenten niet kan aanvaarden zoals ze zijn geschreven, en noemt het bij bijna elke opdracht. Extensie-RFC’s gebruiken het op dezelfde manier, bijvoorbeeld voor FEAT met een parameter (RFC 2389), een onjuist gevormde EPRT of EPSV (RFC 2428) of ADAT-gegevens die geen geldige base64 zijn (RFC 2228).
    .seen = U ziet 501 meestal na een PORT- of EPRT-opdracht met een onjuist gevormd adres, na een PBSZ-waarde die de server niet kan ontleden, of na een opdracht met een argument dat ze niet aanneemt, zoals FEAT met een parameter. RFC 3659 schrijft 501 ook voor wanneer MLSD een bestand noemt in plaats van een map, en RFC 7151 wanneer HOST een poortnummer bevat.
    .fix = Vergelijk de opdracht die uw client stuurde, argument voor argument, met de syntaxis die de RFC van die opdracht definieert: de server heeft de opdrachtnaam begrepen, dus het probleem zit in wat erop volgt. Gebruik MLST in plaats van MLSD om de gegevens van één bestand op te vragen, want MLSD geeft alleen de inhoud van mappen weer.

code-502 = Opdracht niet geïmplementeerd
    .text = Opdracht niet geïmplementeerd
    .description = RFC 959 geeft 502 de tekst “Opdracht niet geïmplementeerd”. RFC 959 reserveert 502 voor een opdracht die om een niet-sitespecifieke actie vraagt en die de server niet implementeert; een opdracht die op dat systeem geen betekenis heeft, krijgt in plaats daarvan 202, en een geïmplementeerde opdracht met een parameter die de server niet implementeert, krijgt 504. RFC 2228 gebruikt 502 wanneer een server AUTH herkent, maar de beveiligingsextensies niet implementeert, en RFC 2389 staat 500 of 502 toe van een server zonder FEAT.
    .seen = U ziet 502 wanneer de server een opdracht heeft weggelaten die RFC 1123 niet vereist, zoals SMNT, REIN, REST of ABOR, of een extensie zoals FEAT, LANG of AUTH. Een client die test of een extensie bestaat, hoort 502, net als 500, te lezen als een gewoon nee.
    .fix = De opdracht zelf is niet fout: de server biedt die niet aan, en herhalen helpt niet. Bereik hetzelfde doel op een andere manier, bijvoorbeeld met een volledige overdracht in plaats van een herstart met REST, of vraag de beheerder of de functie kan worden ingeschakeld. RFC 1123 eist dat elke server opdrachten zoals PASV, LIST, DELE, MKD en STAT ondersteunt, tenzij zijn systeem dat niet toelaat; een 502 op een van deze opdrachten wijst dus op een server die afwijkt van RFC 1123 of op een beperking van zijn systeem.

code-503 = Onjuiste volgorde
    .text = Onjuiste volgorde van opdrachten
    .description = RFC 959 geeft 503 de tekst “Onjuiste volgorde van opdrachten”. De server heeft de opdracht begrepen, maar ze is op dit punt van de sessie niet geldig. RFC 959 noemt 503 voor PASS, ACCT en RNTO. Sectie 3 van RFC 2228 voegt het toe voor ADAT die wordt gestuurd voordat AUTH is aanvaard of na een voltooide uitwisseling van beveiligingsgegevens die geen nieuwe AUTH heeft teruggezet, voor PBSZ, MIC, CONF en ENC die worden gestuurd voordat een uitwisseling van beveiligingsgegevens is voltooid, voor PROT die vóór PBSZ wordt gestuurd, en voor MIC, CONF en ENC op een server waarvan het beleid eerst CCC vereist. RFC 3659 noemt het bij de mogelijke antwoorden op MLST en MLSD.
    .seen = U ziet 503 wanneer PASS binnenkomt zonder voorafgaande USER, wanneer ACCT wordt gestuurd voordat een aanmelding is begonnen, of wanneer RNTO niet direct op RNFR volgt. Met beveiligingsextensies zoals TLS antwoordt de server ook 503 wanneer PBSZ of PROT binnenkomt voordat AUTH is geslaagd, of PROT vóór PBSZ. Een server die RFC 7151 ondersteunt, antwoordt ook 503 op een HOST-opdracht die na de aanmelding wordt gestuurd.
    .fix = Stuur de opdrachten in de volgorde die het protocol vereist: USER vóór PASS, RNFR direct vóór RNTO, AUTH vóór PBSZ en PBSZ vóór PROT. Controleer of uw client deze volgorde ook na opnieuw verbinden aanhoudt, en lees het serverlogboek om te zien welke opdracht het eerst binnenkwam.

code-504 = Parameter niet geïmplementeerd
    .text = Opdracht niet geïmplementeerd voor die parameter
    .description = RFC 959 geeft 504 de tekst “Opdracht niet geïmplementeerd voor die parameter”. RFC 959 beschrijft 504 als een verfijning van 502: de server implementeert de opdracht, maar niet de gevraagde parameter, en noemt het voor MODE, TYPE, STRU en ALLO. Latere RFC’s gebruiken het opnieuw voor een onbekend AUTH-mechanisme of PROT-niveau (RFC 2228), een taallabel dat LANG niet implementeert (RFC 2640) en een virtuele host die de HOST-opdracht niet kent of niet wil bedienen (RFC 7151).
    .seen = U ziet 504 nadat u om een overdrachtsmodus, type of structuur hebt gevraagd die de server niet heeft, zoals MODE B of STRU P, of nadat AUTH een mechanisme noemt dat de server niet kent. RFC 2577 raadt 504 aan voor een PORT-opdracht die een TCP-poort onder 1024 noemt, om bounce-aanvallen te blokkeren, en RFC 2228 laat een server 504 antwoorden in plaats van 534 wanneer hij niet wil onthullen dat hij het geweigerde mechanisme ondersteunt.
    .fix = Val terug op de waarden die elke server volgens RFC 959 en RFC 1123 moet aanvaarden: MODE S, STRU F en TYPE A of TYPE I. Gebruik voor AUTH een mechanisme dat de server ondersteunt, zoals TLS (RFC 4217); laat bij een geweigerde PORT de client luisteren op een poort boven 1023, of gebruik de passieve modus.

code-521 = Dataverbinding kan niet worden geopend

code-521-rfc1639 = Adresfamilie niet ondersteund
    .text = Ondersteunde adresfamilies zijn (af1, af2, ..., afn)
    .description = RFC 1639, een experimentele extensie voor lange netwerkadressen, voegt 521 toe voor een server die LPRT of LPSV ondersteunt, maar niet de gevraagde adresfamilie. De voorgestelde tekst is “Ondersteunde adresfamilies zijn (af1, af2, ..., afn)”, waarbij de lijst de nummers geeft van de families die de server aanvaardt. Syntaxisfouten in deze opdrachten krijgen 500 of 501, zoals bij PORT en PASV.
    .seen = U ziet deze betekenis alleen bij clients en servers die de opdrachten LPRT en LPSV van RFC 1639 gebruiken, nadat de client om een dataverbinding heeft gevraagd in een adresfamilie die de server niet aankan.
    .fix = Lees de lijst met families in het antwoord en stuur LPRT opnieuw met een daarvan. RFC 1639 nummert de families naar de IP-versie (4 voor IP), dus deze waarden verschillen van die van EPRT; voor IPv4 en IPv6 zijn de opdrachten EPRT en EPSV uit RFC 2428 de standaardkeuze.

code-521-rfc4217 = Onjuiste PROT-instelling
    .text = dataverbinding kan niet worden geopend met deze PROT-instelling
    .description = RFC 4217, die FTP met TLS beveiligt, gebruikt 521 opnieuw voor een overdracht die wordt geweigerd vanwege het gegevensbeveiligingsniveau dat met PROT is ingesteld. De tekst is “dataverbinding kan niet worden geopend met deze PROT-instelling”, en de server stuurt dat antwoord op STOR, RETR, NLST, LIST, STOU of APPE vóór elk 1yz-antwoord, zodat er geen dataverbinding wordt geopend.
    .seen = U ziet deze 521 op een FTPS-server die het beveiligingsniveau van elke overdracht controleert, wanneer het geldende niveau niet het vereiste is, meestal Clear waar de server Private eist. RFC 4217 maakt Clear het beginniveau, dus een client die nooit PROT P stuurt, krijgt dit antwoord van zo’n server bij zijn eerste maplijst of overdracht.
    .fix = Stuur na AUTH TLS eerst PBSZ 0 en dan PROT P, en herhaal de opdracht: RFC 4217 eist PBSZ vóór PROT en gebruikt alleen de niveaus C en P. Gebruikt de client al PROT P, vraag de beheerder dan welk niveau elke overdracht vereist, want de server kan per overdracht beslissen.

code-522 = Fout bij uitgebreide poort

code-522-rfc2428 = Netwerkprotocol niet ondersteund
    .text = Netwerkprotocol niet ondersteund, gebruik (1,2)
    .description = RFC 2428 definieert 522 als “Fout bij uitgebreide poort – onbekend netwerkprotocol”: de server ondersteunt het netwerkprotocol niet dat in EPRT wordt genoemd, of in EPSV met een argument. De tekst moet eindigen met de nummers van de ondersteunde adresfamilies tussen haakjes, zoals in “Netwerkprotocol niet ondersteund, gebruik (1,2)”, waarbij 1 staat voor IPv4 en 2 voor IPv6.
    .seen = U ziet deze 522 wanneer een client EPRT stuurt met een adresfamilie die de server niet ondersteunt, zoals een IPv6-adres naar een server die alleen IPv4 aankan, of met EPSV 2 of EPSV 1 om zo’n protocol vraagt.
    .fix = Lees de familienummers tussen de haakjes en probeer het opnieuw met een daarvan, bijvoorbeeld EPRT met een IPv4-adres. Een gewone EPSV zonder argument omzeilt de vraag, want de server gebruikt dan het protocol van de besturingsverbinding.

code-522-rfc4217 = TLS-onderhandeling mislukt
    .description = RFC 4217 gebruikt 522 opnieuw voor een TLS-fout op de dataverbinding: na het 150-antwoord sluit de server de datapoort en stuurt hij 522 wanneer de TLS-onderhandeling is mislukt of onaanvaardbaar was. Sectie 11.4 laat de server ook met 522 op een overdrachtsopdracht antwoorden wanneer het huidige gegevensbeveiligingsniveau voor die overdracht niet volstaat. RFC 4217 geeft geen vaste tekst voor dit antwoord.
    .seen = U ziet deze 522 bij FTPS-overdrachten en -maplijsten wanneer de TLS-handshake op de dataverbinding mislukt, bijvoorbeeld omdat de server de afgesproken cipher suite onaanvaardbaar vindt. RFC 4217 laat een server ook eisen dat de dataverbinding een gecachte TLS-sessie hergebruikt, van een eerdere dataverbinding of van een besturingsverbinding die inmiddels met CCC is vrijgegeven, en een client weigeren die een nieuwe sessie begint.
    .fix = Controleer de TLS-instellingen die uw client op dataverbindingen toepast: schakel daarvoor hergebruik van TLS-sessies in en bied cipher suites aan die de server aanvaardt, en lees de tekst van de 522, die hoort te vermelden waarom de server weigerde. Kwam de 522 direct na de opdracht, stel dan de beveiliging in die de server vereist met PBSZ 0 en PROT P, en probeer het opnieuw.

code-530 = Niet aangemeld
    .text = Niet aangemeld
    .description = RFC 959 geeft 530 de tekst “Niet aangemeld”. RFC 959 gebruikt 530 om een aanmelding te weigeren, als antwoord op USER, PASS of ACCT, en om bijna elke andere opdracht te weigeren die wordt gestuurd voordat de gebruiker zich heeft aangemeld. RFC 2228 voegt het toe voor PBSZ en PROT, en RFC 3659 voor MLST en MLSD.
    .seen = U ziet 530 meestal na PASS, omdat de gebruikersnaam of het wachtwoord onjuist is of het account zich niet mag aanmelden. Het komt ook na een opdracht zoals CWD, LIST of RETR die vóór een geslaagde aanmelding wordt gestuurd. RFC 2577 raadt servers aan op elke USER 331 te antwoorden en de naam en het wachtwoord samen te weigeren, dus een 530 na PASS zegt niet welke van de twee onjuist was.
    .fix = Controleer de gebruikersnaam, het wachtwoord en een eventueel account dat de server vereist, en meld u aan met USER en PASS vóór andere opdrachten. RFC 4217 laat een server opdrachten weigeren tot de sessie is beveiligd: vereist de server FTPS, stuur dan AUTH TLS vóór USER. Vermijd herhaalde pogingen: RFC 2577 raadt servers aan de verbinding na drie tot vijf mislukte wachtwoorden met 421 te sluiten.

code-532 = Account vereist voor opslaan
    .text = Account vereist voor het opslaan van bestanden
    .description = RFC 959 geeft 532 de tekst “Account vereist voor het opslaan van bestanden”. RFC 959 noemt 532 voor STOR, STOU, APPE en RNTO op servers die voor sommige bewerkingen met ACCT om accountgegevens vragen in plaats van bij de aanmelding. RFC 959 legt de keuze tussen 332 en 532 uit: de server antwoordt 332 wanneer hij de opdracht aanhoudt tot ACCT binnenkomt, en 532 wanneer hij die verwerpt.
    .seen = U ziet 532 nadat u zich zonder account hebt aangemeld, wanneer u een bestand uploadt, aanvult of een nieuwe naam geeft op een server die accountgegevens nodig heeft voordat hij bestanden opslaat.
    .fix = Stuur ACCT met uw accountgegevens en herhaal daarna de opdracht, want na 532 heeft de server die verworpen. Vraag de beheerder om de accounttekenreeks als u die niet hebt.

code-533 = Beveiligingsniveau geweigerd
    .text = Beveiligingsniveau van opdracht geweigerd om beleidsredenen
    .description = RFC 2228 geeft 533 de tekst “Beveiligingsniveau van opdracht geweigerd om beleidsredenen”. RFC 2228 definieert 533 voor een opdracht waarvan het beleid van de server de beveiliging niet aanvaardt: een MIC-, CONF- of ENC-opdracht die de server weigert, zoals CONF vóór CCC, een CCC die zelf niet integriteitsbeveiligd was, of elke onbeveiligde opdracht wanneer de server eist dat alle opdrachten beveiligd zijn. RFC 4217 gebruikt het wanneer CCC binnenkomt op een besturingsverbinding die niet met TLS is beveiligd.
    .seen = Met TLS ziet u 533 wanneer uw client CCC stuurt voordat AUTH TLS de besturingsverbinding heeft beveiligd. Met andere mechanismen van RFC 2228 verschijnt het wanneer een opdracht onversleuteld wordt gestuurd, of met een beveiliging die het beleid van de server afwijst.
    .fix = Beveilig eerst de besturingsverbinding: stuur AUTH TLS en voltooi de handshake vóór CCC. Stuur bij andere mechanismen de opdracht met de beveiliging die de server vereist, bijvoorbeeld ENC in plaats van MIC wanneer het beleid vertrouwelijkheid vereist.

code-534 = Geweigerd om beleidsredenen
    .text = Verzoek geweigerd om beleidsredenen
    .description = RFC 2228 geeft 534 de tekst “Verzoek geweigerd om beleidsredenen”. RFC 2228 definieert 534 voor een verzoek dat de server zou kunnen afhandelen, maar niet wil aanvaarden: een beveiligingsmechanisme dat in AUTH wordt genoemd, een beveiligingsniveau in PROT, of een CCC die de integriteitsbeveiliging zou uitschakelen. Het geldt ook voor STOR, STOU, RETR, LIST, NLST en APPE wanneer het huidige beveiligingsniveau lager is dan wat de server voor die overdracht vereist.
    .seen = Met FTPS ziet u 534 na AUTH TLS wanneer de server niet bereid is TLS van uw client te aanvaarden, na een PROT-niveau dat de server weigert, of na CCC op een server die de besturingsverbinding versleuteld houdt (RFC 4217). Volgens RFC 2228 krijgt een overdrachtsopdracht 534 wanneer de gegevens ervan met minder beveiliging zouden worden overgedragen dan de server eist.
    .fix = De weigering is bewust, dus hetzelfde verzoek herhalen helpt niet: kies wat het beleid van de server toestaat, zoals een ander niveau met PROT, of houd de besturingsverbinding beveiligd in plaats van CCC te sturen. Verhoog bij een geweigerde overdracht het beveiligingsniveau, bijvoorbeeld met PROT P, probeer het daarna opnieuw, en vraag de beheerder welke niveaus het beleid vereist.

code-535 = Beveiligingscontrole mislukt
    .text = Beveiligingscontrole mislukt (hash, volgorde, enz.)
    .description = RFC 2228 geeft 535 de tekst “Beveiligingscontrole mislukt (hash, volgorde, enz.)”. RFC 2228 definieert 535 voor beveiligde gegevens die de verificatie niet doorstaan: beveiligingsgegevens in ADAT die de server afwijst, bijvoorbeeld omdat een controlesom niet klopt, of een MIC-, CONF- of ENC-opdracht waarvan de controle mislukt. De server stuurt het ook op STOR, STOU, RETR, LIST, NLST of APPE wanneer de gegevensbeveiliging tijdens de overdracht faalt, ook bij een blok dat groter is dan de buffergrootte die met PBSZ is afgesproken.
    .seen = U ziet 535 bij mechanismen van RFC 2228 zoals GSS-API of Kerberos, tijdens de ADAT-uitwisseling of wanneer een beveiligde opdracht of een beveiligd datablok beschadigd is, opnieuw wordt afgespeeld of buiten de volgorde valt. RFC 4217 gebruikt het niet voor TLS.
    .fix = Na een mislukte ADAT is de uitwisseling van beveiligingsgegevens mislukt, en RFC 2228 eist dat de client zijn beveiligingstoestand terugzet: begin dus opnieuw met AUTH. Controleer bij een mislukte overdracht de buffergrootte die de client met PBSZ heeft ingesteld en probeer het opnieuw; herhaalde fouten wijzen op een verschil tussen de twee beveiligingsimplementaties of op gegevens die onderweg zijn gewijzigd.

code-536 = PROT-niveau niet ondersteund
    .text = Gevraagd PROT-niveau niet ondersteund door mechanisme
    .description = RFC 2228 geeft 536 de tekst “Gevraagd PROT-niveau niet ondersteund door mechanisme”. Ze definieert 536 als het antwoord op PROT wanneer de server het gevraagde niveau kent, maar het gebruikte beveiligingsmechanisme het niet kan bieden; een niveau dat de server niet kent, krijgt in plaats daarvan 504. De niveaus zijn C (Clear), S (Safe), E (Confidential) en P (Private).
    .seen = U ziet 536 na een PROT-niveau dat het afgesproken mechanisme niet heeft, bijvoorbeeld PROT S of PROT E in een TLS-sessie: RFC 4217 gebruikt alleen C en P, omdat TLS integriteit en vertrouwelijkheid samen biedt.
    .fix = Kies een niveau dat het mechanisme ondersteunt: met TLS PROT P voor beveiligde dataverbindingen of PROT C voor onbeveiligde.

code-537 = Opdrachtbeveiliging niet ondersteund
    .text = Beveiligingsniveau van opdracht niet ondersteund door beveiligingsmechanisme
    .description = RFC 2228 geeft 537 de tekst “Beveiligingsniveau van opdracht niet ondersteund door beveiligingsmechanisme”. Ze definieert 537 als het antwoord op MIC, CONF of ENC wanneer het gebruikte beveiligingsmechanisme dat soort beveiliging voor opdrachten niet kan bieden. Het verschilt van 533, waarbij het mechanisme de beveiliging wel zou kunnen bieden, maar het beleid van de server die weigert.
    .seen = U ziet 537 bij mechanismen van RFC 2228 wanneer een client bijvoorbeeld CONF of ENC stuurt en het afgesproken mechanisme alleen integriteitsbeveiliging biedt. TLS-sessies volgens RFC 4217 gebruiken geen MIC, CONF of ENC, dus met FTPS-clients ziet u het normaal niet.
    .fix = Gebruik een beveiligingsopdracht die het afgesproken mechanisme ondersteunt, zoals MIC, of begin met AUTH een nieuwe uitwisseling van beveiligingsgegevens voor een mechanisme dat de beveiliging biedt die u nodig hebt.

code-550 = Bestand niet beschikbaar
    .text = Gevraagde actie niet uitgevoerd. Bestand niet beschikbaar (bijv. bestand niet gevonden, geen toegang)
    .description = RFC 959 geeft 550 de tekst “Gevraagde actie niet uitgevoerd. Bestand niet beschikbaar (bijv. bestand niet gevonden, geen toegang)”. RFC 959 gebruikt 550 wanneer een actie op een bestand of map, zoals RETR, DELE, CWD, MKD of RNFR, definitief mislukt, en RFC 3659 gebruikt het wanneer MDTM, SIZE, MLST of MLSD geen informatie over de opgegeven naam kan geven. De tijdelijke tegenhanger is 450.
    .seen = U ziet 550 wanneer het pad onjuist is of het bestand niet bestaat, of wanneer het account het object niet mag lezen, verwijderen of aanmaken of de map niet mag openen. RFC 3659 staat 550 ook toe op SIZE wanneer de grootte niet beschikbaar is, bijvoorbeeld omdat de berekening ervan de server te veel kost, en zegt dat zo’n 550 niet mag worden opgevat als teken dat het bestand niet kan worden overgedragen.
    .fix = Controleer het exacte pad, inclusief hoofdletters en kleine letters, met PWD en een maplijst, en controleer de rechten van het account op de server. Mislukt SIZE of MDTM met 550, maar staat het bestand wel in de maplijst, ga dan verder met de overdracht zonder die informatie.

code-551 = Paginatype onbekend
    .text = Gevraagde actie afgebroken: paginatype onbekend
    .description = RFC 959 geeft 551 de tekst “Gevraagde actie afgebroken: paginatype onbekend”. RFC 959 definieert 551 voor STOR, STOU en APPE wanneer een bestand dat met paginastructuur (STRU P) wordt gestuurd, een paginatype heeft dat de server niet kent; de gedefinieerde typen zijn laatste pagina, eenvoudige pagina, descriptorpagina en pagina met toegangsbeheer. Sectie 4.2.1 van RFC 959 drukt dezelfde tekst af met een punt na “afgebroken” in plaats van een dubbele punt.
    .seen = U zult 551 waarschijnlijk niet tegenkomen, want het ontstaat alleen bij uploads die paginastructuur gebruiken, wat RFC 1123 afraadt te implementeren. Het komt als eindantwoord van de upload, na het voorlopige antwoord 125 of 150.
    .fix = Stuur het bestand met bestandsstructuur (STRU F), de standaard, tenzij beide kanten echt paginastructuur nodig hebben. Is dat zo, gebruik dan alleen de paginatypen die RFC 959 definieert.

code-552 = Toegewezen opslagruimte overschreden
    .text = Gevraagde bestandsactie afgebroken. Toegewezen opslagruimte overschreden (voor huidige map of dataset)
    .description = RFC 959 geeft 552 de tekst “Gevraagde bestandsactie afgebroken. Toegewezen opslagruimte overschreden (voor huidige map of dataset)”. RFC 959 noemt 552 voor STOR, STOU en APPE, als eindantwoord nadat de overdracht is begonnen. Anders dan 452, een tijdelijk gebrek aan ruimte op het systeem, meldt 552 dat de opslagruimte die aan die map of dataset is toegewezen, op is.
    .seen = U ziet 552 tijdens of aan het einde van een upload, wanneer het bestand de ruimte zou overschrijden die aan uw account of aan de doelmap is toegewezen.
    .fix = Maak ruimte vrij in uw toegewezen opslagruimte door bestanden te verwijderen die u niet meer nodig hebt, of vraag de beheerder die te vergroten, en upload daarna opnieuw. Op servers die dat nodig hebben, laat de opdracht ALLO de client ruimte voor een bestand reserveren voordat hij het stuurt.

code-553 = Bestandsnaam niet toegestaan
    .text = Gevraagde actie niet uitgevoerd. Bestandsnaam niet toegestaan
    .description = RFC 959 geeft 553 de tekst “Gevraagde actie niet uitgevoerd. Bestandsnaam niet toegestaan”. RFC 959 noemt 553 voor STOR, STOU, APPE en RNTO, wanneer de server de naam weigert die is opgegeven voor het bestand dat moet worden aangemaakt of hernoemd. RFC 3659 noemt het ook bij de mogelijke antwoorden op MLST en MLSD.
    .seen = U ziet 553 wanneer een upload of een naamswijziging een naam gebruikt die de server afwijst, bijvoorbeeld een naam met tekens of een lengte die het bestandssysteem niet aanvaardt, of een locatie waar het account geen bestanden mag aanmaken.
    .fix = Kies een kortere naam van gewone letters, cijfers, punten, koppeltekens en onderstrepingstekens, en controleer of de doelmap bestaat en voor uw account beschrijfbaar is. Doet de naam er niet toe, dan laat STOU de server een unieke naam voor de upload kiezen.

code-554 = Ongeldige REST-parameter
    .text = Gevraagde actie niet uitgevoerd: ongeldige REST-parameter
    .description = RFC 1123 geeft 554 de tekst “Gevraagde actie niet uitgevoerd: ongeldige REST-parameter”. RFC 1123 definieert 554 voor een overdrachtsopdracht die op REST volgt, wanneer het bestaande bestand op de server niet kan worden verplaatst naar de positie die REST vroeg. RFC 3659 bevestigt dat problemen zoals een herstartmarkering buiten het bereik worden gemeld bij die volgende opdracht, niet bij REST zelf.
    .seen = U ziet 554 wanneer een client een overdracht hervat: REST krijgt 350 als antwoord, en daarna mislukt RETR, STOR of APPE met 554 omdat de offset voorbij het einde van het bestand ligt of op een andere manier niet bij het bestand op de server past.
    .fix = Vergelijk de herstartoffset met de werkelijke grootte van het bestand aan beide kanten, bijvoorbeeld met SIZE, en hervat daarna vanaf een geldige offset of stuur REST 0 om het hele bestand opnieuw over te dragen. RFC 3659 vraagt een client waarvan de overdrachtsopdracht na REST is mislukt, vóór de volgende overdracht opnieuw REST te sturen.

code-555 = Type of structuur komt niet overeen
    .text = Gevraagde actie niet uitgevoerd: TYPE of STRU komt niet overeen
    .description = RFC 1123 geeft 555 de tekst “Gevraagde actie niet uitgevoerd: TYPE of STRU komt niet overeen”. RFC 1123 definieert 555 voor APPE, of voor elke overdrachtsopdracht die op REST volgt, wanneer de huidige overdrachtsparameters die met TYPE en STRU zijn ingesteld, niet overeenkomen met de kenmerken van het bestaande bestand.
    .seen = U ziet 555 wanneer u gegevens aan een bestand toevoegt of de overdracht ervan hervat op een systeem waar bestanden een type of structuur behouden, zoals bestanden met recordstructuur, terwijl de sessie andere waarden voor TYPE of STRU gebruikt.
    .fix = Stel TYPE en STRU in op de waarden die werden gebruikt toen het bestand voor het eerst werd opgeslagen, en herhaal daarna REST en de overdrachtsopdracht. Kent u die niet, draag dan het hele bestand opnieuw over zonder REST.
