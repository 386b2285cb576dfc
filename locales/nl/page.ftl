## Koppen en zinnen van het paginakader. Elke zin is één volledig bericht; variabelen
## bevatten codes, namen en getallen.

## Koppen van de secties.

heading-description = Beschrijving
heading-seen = Wanneer u het ziet
heading-fix = Oplossing
heading-differences = Belangrijkste verschillen
heading-which = Hoe u op elke code reageert
heading-learn-more = Meer informatie
heading-meaning = Betekenis
heading-commands = Opdrachten die het teruggeven
heading-sources = RFC-secties
heading-related = Verwante codes
heading-exchange = Een uitwisseling die ertoe leidt
heading-instead = De RFC-codes die in plaats daarvan gelden
heading-comparisons = Vergelijkingen

## Vergelijkingspagina's. $lowCode en $highCode zijn de twee codes, de laagste eerst.

compare-title = FTP { $lowCode } { $lowName } en { $highCode } { $highName }: de verschillen
# $lowText en $highText: wat elke code betekent, de antwoordtekst van de RFC of anders de naam van de code.
# $sameAction: yes als beide codes om dezelfde reactie van de client vragen.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } betekent “{ $lowText }” en FTP { $highCode } “{ $highText }”: beide vragen om dezelfde reactie van de client, dus het verschil zit in wat elk ervan meldt.
   *[no] FTP { $lowCode } betekent “{ $lowText }” en FTP { $highCode } “{ $highText }”: ze vragen om een andere reactie van de client, en het echte verschil zit in wat u na elk ervan moet doen.
}

## De tabel van een vergelijking: een kolom per code, een rij per eigenschap.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Antwoordtekst in de RFC
compare-row-class = Klasse
compare-row-sent = Wanneer het wordt gestuurd
compare-row-commands = Opdrachten
compare-row-action = Wat te doen
# $text is de antwoordtekst zoals de RFC die geeft.
compare-cell-text = “{ $text }” (RFC { $rfc })
compare-cell-no-text = Geen vaste tekst (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Wanneer de server de code stuurt, naar wat hij van de client vraagt ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] Bij het openen van de besturingsverbinding
       *[other] Bij het openen van de besturingsverbinding en als antwoord op { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] Bij het openen van de besturingsverbinding, of als antwoord op { $commandsOr }, zolang de server nog niet gereed is
       *[no] Bij de start van een opdracht, vóór het eindantwoord
    }
    [success] Als eindantwoord op een geslaagde opdracht
    [send-next] Midden in een reeks opdrachten, vóór de opdracht die de reeks voltooit
    [retry-later] Als eindantwoord op een opdracht die tijdelijk is mislukt
    [reconnect] Wanneer de service stopt: bij het openen van de verbinding, of als antwoord op een willekeurige opdracht
    [log-in] Als antwoord op een mislukte aanmelding, of op een opdracht die vóór de aanmelding is gestuurd
    [send-account] Als antwoord op een opdracht die de server pas uitvoert wanneer met ACCT een account is opgegeven
    [change-request] Als eindantwoord op een opdracht die is geweigerd zoals ze werd gestuurd
    [nothing-helps] Als eindantwoord op een opdracht die de server niet uitvoert
    [session-over] { $count ->
        [0] Aan het einde van de sessie
       *[other] Als antwoord op { $commandsOr }, aan het einde van de sessie
    }
   *[decode] In plaats van elk antwoord, zodra de client zijn opdrachten beveiligt met MIC, CONF of ENC
}
# $commandScope is all wanneer de code op elk van de $total opdrachten uit de RFC’s antwoordt, most
# wanneer op meer dan de helft; de cel geeft dan aantallen in plaats van namen.
compare-cell-commands = { $count ->
    [0] Geen: het beantwoordt geen specifieke opdracht
   *[other] { $commandScope ->
        [all] Elke opdracht: alle { $total } in de RFC’s
        [most] De meeste opdrachten: { $count } van de { $total } in de RFC’s
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Aanmelden: USER sturen
    [wait-final] Wachten op het eindantwoord
    [success] Doorgaan met de volgende opdracht
    [send-next] De opdracht sturen die de uitwisseling voltooit
    [retry-later] Dezelfde opdracht later opnieuw sturen
    [reconnect] Opnieuw verbinden en opnieuw aanmelden
    [log-in] Aanmelden en de opdracht daarna opnieuw sturen
    [send-account] ACCT sturen en daarna de opdracht opnieuw
    [change-request] Het verzoek corrigeren en daarna opnieuw sturen
    [nothing-helps] Het zonder doen: geen enkele wijziging van de opdracht helpt
    [session-over] Niets: de sessie is beëindigd
   *[decode] De tekst decoderen en het ingesloten antwoord verwerken
}
# Eén zin per code, gekozen naar wat de code van de client vraagt ($action), nooit alleen
# naar de klasse.
compare-which = { $action ->
    [greeting] { $code } ({ $name }) is het welkomstbericht van de server: de server is gereed voor een nieuwe gebruiker, en de volgende stap is aanmelden met USER.
    [wait-final] { $code } ({ $name }) betekent dat de actie bezig is: houd de besturingsverbinding open en wacht op het eindantwoord voordat u een andere opdracht stuurt.
    [success] { $code } ({ $name }) meldt succes: het verzoek is uitgevoerd en u kunt de volgende opdracht sturen.
    [send-next] { $code } ({ $name }) vraagt om meer: stuur de opdracht die de uitwisseling voltooit.
    [retry-later] { $code } ({ $name }) meldt een tijdelijke fout: de besturingsverbinding blijft open, en dezelfde opdracht kan slagen als u die later opnieuw stuurt.
    [reconnect] { $code } ({ $name }) beëindigt de verbinding: de server sluit die, dus maak opnieuw verbinding en meld u weer aan voordat u iets anders stuurt.
    [log-in] { $code } ({ $name }) meldt dat de aanmelding of het account ontbreekt: stuur USER en PASS, en ACCT als de server om een account vraagt, voordat u de opdracht opnieuw stuurt.
    [send-account] { $code } ({ $name }) vraagt om een account: u bent misschien al aangemeld, maar de server heeft voor deze opdracht uw accountgegevens nodig en heeft de opdracht verworpen, dus stuur ACCT en daarna de opdracht opnieuw.
    [change-request] { $code } ({ $name }) weigert het verzoek zoals het werd gestuurd: corrigeer de argumenten, de volgorde of de opdracht waarvan het afhangt voordat u het opnieuw stuurt.
    [nothing-helps] { $code } ({ $name }) meldt een weigering die geen enkele wijziging van de opdracht opheft: de oorzaak ligt bij de server, dus doe het zonder deze opdracht of neem contact op met de beheerder van de server.
    [session-over] { $code } ({ $name }) beëindigt de sessie waarom u hebt gevraagd: de server sluit de besturingsverbinding en er volgt geen opdracht meer.
   *[decode] { $code } ({ $name }) is een envelop: decodeer de tekst ervan met het beveiligingsmechanisme dat na AUTH is afgesproken, en verwerk daarna het ingesloten antwoord.
}
# $part is appendix voor een bijlage van de RFC ($section is dan het nummer ervan, zoals II),
# anders section.
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, bijlage { $section }
   *[section] RFC { $rfc }, sectie { $section }
}

## Codepagina's.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# RFC 2228, sectie 5.2, geeft het tweede cijfer van een beveiligd antwoord (6yz) geen groepsbetekenis.
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) behoort tot de klasse “{ $ClassName }” ({ $ClassDigit }yz), gedefinieerd in RFC 2228, die het tweede cijfer geen groepsbetekenis geeft.
   *[other] FTP { $code } ({ $name }) behoort tot de klasse “{ $ClassName }” ({ $ClassDigit }yz) en de groep “{ $GroupName }” (x{ $GroupDigit }z).
}
# Kleine aantallen worden voluit geschreven, zoals in Nederlands proza.
code-several-meanings = { $count ->
    [one] Code { $code } heeft één betekenis.
    [2] Code { $code } heeft twee betekenissen, gedefinieerd in verschillende RFC’s; de opdracht waarop de code antwoordt en de andere antwoorden van de server geven aan welke geldt.
    [3] Code { $code } heeft drie betekenissen, gedefinieerd in verschillende RFC’s; de opdracht waarop de code antwoordt en de andere antwoorden van de server geven aan welke geldt.
   *[other] Code { $code } heeft { $count } betekenissen, gedefinieerd in verschillende RFC’s; de opdracht waarop de code antwoordt en de andere antwoorden van de server geven aan welke geldt.
}
code-transcript-intro = Een uitwisseling op de besturingsverbinding die eindigt met { $code }. Regels met C stuurt de client, regels met S de server; de teksten na de codes van de server zijn voorbeelden van wat servers sturen.
code-on-connect = { $action ->
    [reconnect] De server stuurt dit antwoord bij het openen van de besturingsverbinding als hij de client niet kan bedienen, of als antwoord op een willekeurige opdracht als hij weet dat de service moet stoppen.
   *[other] { $count ->
        [0] De server stuurt dit antwoord bij het openen van de besturingsverbinding, vóór elke opdracht.
       *[other] De server stuurt dit antwoord bij het openen van de besturingsverbinding en ook als antwoord op { $commandsOr }.
    }
}
# Voor een code die geen opdracht noemt en niet bij het verbinden wordt gestuurd.
# ftpdocs: allow unused-message
code-any-command = Dit antwoord is niet aan één opdracht gebonden.

## Pagina's voor nummers die geen FTP-antwoorden zijn.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: een nummer dat geen enkele RFC definieert
   *[winsock] Fout { $number } ({ $name }): geen FTP-antwoord
}
notftp-lead = { $kind ->
    [unassigned] Geen enkele RFC definieert { $number }: sommige servers sturen het, met een tekst als “{ $name }”, waar de RFC’s antwoorden met { $instead }.
   *[winsock] FTP-servers sturen nooit { $number }: elk FTP-antwoord is een code van drie cijfers, en { $number } is een Windows Sockets-fout die het eigen systeem van de client meldt.
}
# De kop van één betekenis van een code met meerdere betekenissen; $rfc is de RFC die haar definieert.
# ftpdocs: same-as-source
code-meaning-heading = { $title } (RFC { $rfc })
