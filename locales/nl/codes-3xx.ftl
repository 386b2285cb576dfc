## Antwoordcodes 3yz: positief tussenantwoord.

code-331 = Wachtwoord vereist
    .text = Gebruikersnaam in orde, wachtwoord vereist
    .description = RFC 959 geeft 331 de tekst “Gebruikersnaam in orde, wachtwoord vereist”. Ze definieert 331 als het positieve tussenantwoord op USER: de server heeft de naam aanvaard en wacht op het wachtwoord om de aanmelding te voltooien. RFC 2577 raadt servers aan op elke USER-opdracht 331 te antwoorden, zodat het antwoord niet verraadt welke gebruikersnamen bestaan.
    .seen = U ziet 331 direct nadat u USER hebt gestuurd naar een server die een wachtwoord vereist; dat is de normale aanmeldingsvolgorde. Vanwege het advies van RFC 2577 bewijst een 331 niet dat de gebruikersnaam bestaat: een server die dat advies volgt, weigert een verkeerde naam pas na PASS, meestal met 530.
    .fix = Er is niets mis. Stuur PASS met het wachtwoord; de server antwoordt dan met 230 als de aanmelding voltooid is, met 332 als hij ook een account nodig heeft, of met 530 als hij de aanmeldingsgegevens weigert.

code-332 = Account vereist
    .text = Account vereist voor aanmelding
    .description = RFC 959 geeft 332 de tekst “Account vereist voor aanmelding”. Ze definieert 332 als een positief tussenantwoord: de server heeft accountgegevens nodig, gestuurd met de opdracht ACCT, voordat hij de aanmelding kan voltooien. Sectie 4.1.1 van RFC 959 staat een server ook toe 332 te antwoorden op een latere opdracht die een account vereist, als hij die opdracht aanhoudt tot ACCT binnenkomt; verwerpt hij de opdracht in plaats daarvan, dan antwoordt hij 532.
    .seen = U ziet 332 na USER of PASS op een server die naast de gebruikersnaam en het wachtwoord een account vereist. Het kan ook terugkomen op een latere opdracht, zoals STOR, op een site die alleen voor bepaalde toegang om een account vraagt, bijvoorbeeld voor het opslaan van bestanden.
    .fix = Stuur ACCT met het account dat de serverbeheerder u heeft gegeven; de aanmelding, of de aangehouden opdracht, gaat dan door. Hebt u geen account, vraag er dan een aan de beheerder: op deze server zijn de gebruikersnaam en het wachtwoord alleen niet genoeg.

code-334 = Beveiligingsgegevens vereist
    .description = RFC 2228 definieert 334 als het antwoord op AUTH wanneer de server het gevraagde beveiligingsmechanisme aanvaardt en beveiligingsgegevens nodig heeft om door te gaan. De RFC geeft geen vaste tekst: het antwoord kan ADAT=base64data bevatten, beveiligingsgegevens van de server waarmee de client zijn volgende ADAT-opdracht opbouwt. RFC 4217 stelt dat 334 onjuist is voor AUTH TLS, omdat er na een TLS-onderhandeling geen ADAT-uitwisseling volgt.
    .seen = U ziet 334 na AUTH met een beveiligingsmechanisme dat zijn gegevens via ADAT uitwisselt. Een server die op AUTH TLS met 334 antwoordt, volgt RFC 4217 niet, die 234 verwacht.
    .fix = Er is niets mis: zet de uitwisseling voort door ADAT te sturen met de base64-gegevens die het mechanisme oplevert, tot de server 235 antwoordt. Als uw client om AUTH TLS vroeg en 334 kreeg, meld dat dan aan de beheerder van de server, want een TLS-client verwacht 234 voordat hij de TLS-onderhandeling begint.

code-335 = Meer beveiligingsgegevens vereist
    .description = RFC 2228 definieert 335 als het antwoord op ADAT wanneer de server de beveiligingsgegevens aanvaardt, maar er meer nodig heeft om de uitwisseling van beveiligingsgegevens te voltooien. De RFC geeft geen vaste tekst: het antwoord kan ADAT=base64data bevatten, gegevens die de client verwerkt voordat hij de volgende ADAT stuurt.
    .seen = U ziet 335 midden in een uitwisseling van AUTH en ADAT, bij beveiligingsmechanismen die meer dan één ronde heen en terug nodig hebben. Op een 335 volgt normaal een nieuwe ADAT van de client, tot de server 235 antwoordt.
    .fix = Er is niets mis: de client stuurt de volgende ADAT-opdracht met de gegevens die zijn beveiligingsmechanisme oplevert. Stopt de uitwisseling hier, controleer dan of client en server hetzelfde mechanisme ondersteunen; een mislukte uitwisseling eindigt met 535 als de gegevens worden geweigerd, of met 501 als de base64 niet kan worden gedecodeerd.

code-336 = Wachtwoord met challenge
    .text = Gebruikersnaam in orde, wachtwoord vereist. De challenge is ‘....’
    .description = RFC 2228 geeft 336 de tekst “Gebruikersnaam in orde, wachtwoord vereist. De challenge is ‘....’”. Ze definieert 336 als het antwoord op USER wanneer het beveiligingsmechanisme een challenge-responsewachtwoord vereist: de tekst van het antwoord hoort de challenge te bevatten, in een vorm die voor een menselijke gebruiker zinvol is. De client moet deze challenge aan de gebruiker tonen voordat hij om het wachtwoord vraagt.
    .seen = U ziet 336 in plaats van 331 na USER, op een server waarvan het beveiligingsmechanisme, afgesproken met AUTH en ADAT, een challenge-responsewachtwoord vereist.
    .fix = Lees de challenge in de tekst van het antwoord, gebruik die om het wachtwoord op te bouwen dat het beveiligingsmechanisme verwacht, en stuur dat wachtwoord met PASS. Een client hoort niet om het wachtwoord te vragen voordat de server op USER heeft geantwoord, omdat dat wachtwoord van de challenge afhangt.

code-350 = Wacht op verdere informatie
    .text = Gevraagde bestandsactie wacht op verdere informatie
    .description = RFC 959 geeft 350 de tekst “Gevraagde bestandsactie wacht op verdere informatie”. RFC 959 noemt 350 als het positieve tussenantwoord op REST en RNFR: de server heeft de opdracht aanvaard en wacht op de opdracht die de reeks voltooit. RFC 3659 behoudt 350 als antwoord op REST in de STREAM-modus, waarvan het argument het aantal bytes van de volgende overdracht is dat moet worden overgeslagen.
    .seen = U ziet 350 na REST, vóór een RETR of STOR die een overdracht hervat, en na RNFR, vóór de RNTO die de nieuwe naam geeft. Het is de normale tussenstap van een hervatte overdracht en van een naamswijziging.
    .fix = Er is niets mis: stuur de opdracht die de reeks voltooit, RNTO direct na RNFR, of de overdrachtsopdracht direct na REST. RFC 959 eist dat deze opdrachten direct op elkaar volgen: een RNTO die niet direct op RNFR volgt, krijgt 503, en RFC 3659 laat onbepaald wat een REST doet die ergens anders dan vlak vóór de overdracht wordt gestuurd.
