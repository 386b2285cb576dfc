## Antwoordcodes 1yz: positief voorlopig antwoord.

code-110 = Herstartmarkering
    .text = Antwoord met herstartmarkering
    .description = RFC 959 geeft 110 de tekst “Antwoord met herstartmarkering”. Ze definieert 110 als een voorlopig antwoord dat tijdens een overdracht een herstartmarkering meldt, en RFC 1123 corrigeert het formaat, dat precies MARK ssss = rrrr moet luiden. Daarin is ssss de markering die de verzender in de datastroom heeft geplaatst en rrrr de bijbehorende positie in het bestandssysteem van de ontvanger.
    .seen = Herstartmarkeringen bestaan alleen in de blokmodus en de gecomprimeerde modus, dus een overdracht in de streammodus, de standaardmodus, levert nooit 110 op. Een server die gegevens met herstartmarkeringen ontvangt, stuurt 110 over de besturingsverbinding telkens wanneer hij de gegevens tot aan een markering heeft opgeslagen; RFC 959 noemt het voor STOR, STOU, RETR en APPE, en het antwoord kan binnenkomen terwijl er nog gegevens worden overgedragen.
    .fix = Er is niets mis. Een client die herstarten ondersteunt, slaat elk paar markeringen op en stuurt na een storing REST met de markering van de server, direct gevolgd door de onderbroken overdrachtsopdracht.

code-120 = Service binnenkort gereed
    .text = Service gereed over nnn minuten
    .description = RFC 959 geeft 120 de tekst “Service gereed over nnn minuten”. Ze definieert 120 als een voorlopig antwoord: de server heeft de verbinding aanvaard, maar kan nog geen opdrachten verwerken, en nnn geeft de verwachte wachttijd. Zodra de service gereed is, volgt een 220-antwoord.
    .seen = U ziet 120 als eerste antwoord na het verbinden, van een server die nog niet direct invoer kan aannemen. RFC 959 staat het ook toe na REIN, vóór de 220 die de reset bevestigt.
    .fix = Er is niets mis: houd de verbinding open en wacht op het 220-antwoord voordat u een opdracht stuurt. RFC 959 laat de server 120 juist sturen zodat de client weet dat hij de verbinding tijdens de wachttijd niet moet verbreken.

code-125 = Dataverbinding al open
    .text = Dataverbinding al open; overdracht begint
    .description = RFC 959 geeft 125 de tekst “Dataverbinding al open; overdracht begint”. Ze definieert 125 als een voorlopig antwoord op een overdrachtsopdracht wanneer er al een dataverbinding open is, zodat de overdracht meteen over die verbinding begint. Voor STOU vereist RFC 1123 precies de tekst 125 FILE: pppp, waarbij pppp de unieke padnaam is van het bestand dat wordt geschreven.
    .seen = U ziet 125 vóór de gegevens van STOR, STOU, RETR, LIST, NLST of APPE wanneer de dataverbinding al tot stand is gebracht, bijvoorbeeld een verbinding die na een eerdere overdracht in blokmodus of gecomprimeerde modus open is gebleven. Wanneer de overdracht eindigt, volgt een tweede antwoord, normaal 226 of 250.
    .fix = Er is niets mis. Wacht op het eindantwoord voordat u een andere opdracht stuurt, en lees na STOU de naam van het opgeslagen bestand uit de tekst van het 125-antwoord.

code-150 = Bestandsstatus in orde
    .text = Bestandsstatus in orde; dataverbinding wordt geopend
    .description = RFC 959 geeft 150 de tekst “Bestandsstatus in orde; dataverbinding wordt geopend”. Ze definieert 150 als een voorlopig antwoord: de server aanvaardt de overdrachtsopdracht en staat op het punt de dataverbinding te openen. Voor STOU vereist RFC 1123 precies de tekst 150 FILE: pppp, waarbij pppp de unieke padnaam is van het bestand dat wordt geschreven.
    .seen = 150 is het gebruikelijke eerste antwoord op RETR, STOR, STOU, APPE, LIST en NLST, en RFC 3659 gebruikt het om de maplijst te openen die MLSD stuurt. Wanneer de overdracht eindigt, volgt een eindantwoord zoals 226, of 425 of 426 als de dataverbinding mislukt. Met TLS betekent 150 volgens RFC 4217 alleen dat de opdracht op het huidige PROT-niveau aanvaardbaar is, en er kan nog een 522 volgen als de TLS-onderhandeling op de dataverbinding mislukt.
    .fix = Er is niets mis: wacht op de gegevens en daarna op het eindantwoord. Als de overdracht daarna blijft hangen of eindigt met 425, kon de dataverbinding niet worden opgezet: controleer of het adres en de poort die PASV, EPSV, PORT of EPRT opgeven, tussen client en server bereikbaar zijn.
