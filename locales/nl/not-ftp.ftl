## Nummers die geen FTP-antwoorden zijn: Windows Sockets-fouten.

winsock-10054 = Verbinding door externe host verbroken
    .description = 10054 is geen FTP-antwoord, maar de Windows Sockets-fout WSAECONNRESET, verbinding verbroken door de externe host: de externe host, of een apparaat op het pad, heeft de TCP-verbinding abrupt afgebroken met een TCP-reset. De fout wordt gemeld door het besturingssysteem van de client; een FTP-server stuurt die nooit, want een FTP-antwoord is een getal van drie cijfers (RFC 959, sectie 4.2).
    .seen = FTP-clients voor Windows tonen 10054 in hun logboek als de besturingsverbinding of de dataverbinding midden in een sessie wegvalt, bijvoorbeeld omdat het serverproces is gestopt, de server de verbinding abrupt heeft gesloten of een firewall de verbinding heeft verbroken.
    .fix = Maak opnieuw verbinding en kijk naar het laatste echte FTP-antwoord vóór de fout: een 421 betekent dat de server de sessie bewust heeft gesloten. Komen de resets terug, controleer dan het serverlogboek en elke firewall en elk NAT-apparaat tussen client en server: die kunnen lange of inactieve verbindingen verbreken.

winsock-10060 = Time-out van verbinding
    .description = 10060 is geen FTP-antwoord, maar de Windows Sockets-fout WSAETIMEDOUT, time-out van de verbinding: de externe host heeft niet binnen de toegestane tijd op een verbindingspoging geantwoord, of een bestaande verbinding reageert niet meer. De fout komt van het besturingssysteem van de client, nooit van de FTP-server, waarvan de antwoorden getallen van drie cijfers zijn (RFC 959, sectie 4.2).
    .seen = FTP-clients voor Windows melden 10060 als ze de server helemaal niet kunnen bereiken, door een onjuiste hostnaam of een onjuist adres, een server die uit de lucht is of een firewall die pakketten stilzwijgend weggooit. De fout verschijnt ook als de aanmelding werkt, maar een dataverbinding voor een maplijst of overdracht niet kan worden geopend.
    .fix = Controleer de hostnaam en de poort, en ga na of de server actief is en vanuit uw netwerk bereikbaar is. Werkt de aanmelding, maar lopen maplijsten of overdrachten in een time-out, dan wordt de dataverbinding geblokkeerd: controleer of de firewalls de poort doorlaten die de client met PORT of EPRT stuurt, of de passieve poorten die in het 227- of 229-antwoord worden opgegeven.

winsock-10061 = Verbinding geweigerd
    .description = 10061 is geen FTP-antwoord, maar de Windows Sockets-fout WSAECONNREFUSED, verbinding geweigerd: de doelhost heeft de verbinding actief geweigerd, meestal omdat geen programma op die poort luistert. De fout wordt gemeld door het besturingssysteem van de client; een FTP-server kan die niet sturen, omdat FTP-antwoorden getallen van drie cijfers zijn (RFC 959, sectie 4.2).
    .seen = FTP-clients voor Windows melden 10061 zodra ze verbinding proberen te maken als de FTP-server niet actief is, op een andere poort luistert of een firewall de verbinding weigert. De fout kan ook bij een dataverbinding optreden, als niets luistert op de poort die voor de overdracht is opgegeven.
    .fix = Controleer of de FTP-server actief is, op welke poort hij luistert (standaard 21) en of de client verbinding maakt met die host en die poort. Worden alleen dataverbindingen geweigerd, controleer dan de adressen en poorten die zijn uitgewisseld in PORT, EPRT of het 227- of 229-antwoord.

winsock-10066 = Map niet leeg
    .description = 10066 is geen FTP-antwoord, maar de Windows Sockets-fout WSAENOTEMPTY, map niet leeg, een van de foutnamen die Winsock overneemt uit de foutenlijst van BSD Unix. Een FTP-server stuurt die nooit, want FTP-antwoorden zijn getallen van drie cijfers (RFC 959, sectie 4.2).
    .seen = U komt 10066 tegen in lijsten met FTP-foutcodes die voor sommige Windows-clients zijn gepubliceerd, waar het wordt beschreven als een fout bij het verwijderen van een map die nog bestanden bevat. In het FTP-protocol zelf beantwoordt een server die weigert een map te verwijderen RMD met een antwoord van drie cijfers, zoals 550.
    .fix = Zoek in het logboek van de client het antwoord op dat de server werkelijk op RMD heeft gestuurd. Om een map te verwijderen, verwijdert u eerst de bestanden en submappen erin, en stuurt u daarna RMD opnieuw.

winsock-10068 = Gebruikersquotum overschreden
    .description = 10068 is geen FTP-antwoord, maar de Windows Sockets-fout WSAEUSERS, gebruikersquotum overschreden, nog een foutnaam die Winsock overneemt uit de foutenlijst van BSD Unix. Een FTP-server stuurt die nooit, omdat FTP-antwoorden getallen van drie cijfers zijn (RFC 959, sectie 4.2).
    .seen = Sommige lijsten met FTP-foutcodes voor Windows-clients beschrijven 10068 als te veel gebruikers op een volle server. Een echte FTP-server die geen nieuwe sessie meer kan aannemen, meldt dat met een antwoord van drie cijfers: RFC 959 staat 421 toe in plaats van het welkomstbericht 220 wanneer de service niet beschikbaar is.
    .fix = Zoek in het logboek van de client het antwoord op dat de server werkelijk heeft gestuurd. Is dat een 421 over te veel gebruikers, maak dan later opnieuw verbinding of vraag de beheerder de verbindingslimiet te verhogen.

## Getallen van drie cijfers die geen enkele RFC definieert, te vinden in lijsten met FTP-codes en bij sommige servers.

unassigned-231 = Gebruiker afgemeld
    .description = Geen enkele RFC definieert 231. Sommige lijsten met FTP-codes geven het een tekst die meldt dat de gebruiker is afgemeld en de service is beëindigd, maar het antwoord dat RFC 959 voor het einde van een sessie definieert, is 221, “Service sluit besturingsverbinding”, het antwoord op QUIT (sectie 4.1.1). Een client die de RFC’s volgt, kan 231 alleen duiden aan de hand van het eerste cijfer, dat een positief eindantwoord aangeeft (sectie 4.2).
    .seen = U ziet 231 alleen bij een server die zijn antwoorden op zijn eigen manier nummert, als antwoord op QUIT of wanneer hij de sessie beëindigt; servers die de standaard volgen, beantwoorden QUIT met 221.
    .fix = Er is niets mis: behandel 231 als het einde van de sessie, zoals u 221 zou behandelen. Schrijft u zelf de server, beantwoord QUIT dan met 221, zoals RFC 959, sectie 5.4, aangeeft.

unassigned-430 = Ongeldige gebruikersnaam of wachtwoord
    .description = Geen enkele RFC definieert 430. Sommige servers en lijsten met FTP-codes gebruiken het met de tekst “Invalid username or password”, maar RFC 959 beantwoordt een mislukte aanmelding met 530, “Niet aangemeld”, dat sectie 5.4 noemt voor USER, PASS en ACCT. Het eerste cijfer 4 zou de fout zelfs als tijdelijk aanmerken (sectie 4.2), wat een onjuist wachtwoord niet is.
    .seen = U ziet 430 na USER of PASS bij een server die zijn antwoorden op zijn eigen manier nummert, wanneer de gebruikersnaam of het wachtwoord onjuist is.
    .fix = Controleer de gebruikersnaam en het wachtwoord en meld u opnieuw aan; herhaal niet steeds dezelfde aanmeldingsgegevens, want de fout is niet tijdelijk. Schrijft u zelf de server, beantwoord een mislukte aanmelding dan met 530.

unassigned-434 = Gevraagde host niet beschikbaar
    .description = Geen enkele RFC definieert 434. Sommige lijsten met FTP-codes geven het de tekst “Requested host unavailable”, maar RFC 7151, die HOST voor virtuele hosts definieert, antwoordt met bestaande codes: 421 wanneer de host normaal wordt aanvaard, maar tijdelijk niet beschikbaar is, waarna de server de verbinding sluit, en 504 wanneer de host onbekend is of de server de verbinding niet als een verbinding met die host wil behandelen.
    .seen = U ziet 434 na HOST bij een server die zijn antwoorden op zijn eigen manier nummert, wanneer hij de virtuele host die u noemde niet bedient.
    .fix = Controleer de hostnaam die u met HOST stuurt. Hoort de host te bestaan, maak dan later opnieuw verbinding of neem contact op met de beheerder van de server. Schrijft u zelf de server, antwoord dan met 421 of 504, zoals RFC 7151, sectie 3, beschrijft.
