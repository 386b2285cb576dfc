## Antwortklassen (erste Ziffer) und Gruppen (zweite Ziffer), RFC 959 Abschnitt 4.2.1;
## Klasse 6 ist RFC 2228 Abschnitt 5.2.

reply-class-1 = Positive Vorabantwort
    .summary = Die erste Ziffer 1 bedeutet, dass die angeforderte Aktion gerade beginnt: Warten Sie auf eine weitere Antwort, bevor Sie einen neuen Befehl senden.
reply-class-2 = Positive Abschlussantwort
    .summary = Die erste Ziffer 2 bedeutet, dass die angeforderte Aktion abgeschlossen wurde: Ein neuer Befehl darf gesendet werden.
reply-class-3 = Positive Zwischenantwort
    .summary = Die erste Ziffer 3 bedeutet, dass der Befehl angenommen wurde, die Aktion aber ruht, bis der Server weitere Angaben erhält.
reply-class-4 = Vorübergehend negative Antwort
    .summary = Die erste Ziffer 4 bedeutet, dass der Befehl nicht angenommen wurde, der Fehler aber vorübergehend ist und derselbe Befehl erneut gesendet werden darf.
reply-class-5 = Dauerhaft negative Antwort
    .summary = Die erste Ziffer 5 bedeutet, dass der Befehl nicht angenommen wurde und eine Wiederholung derselben Anfrage in derselben Reihenfolge nicht hilft.
reply-class-6 = Geschützt
    .summary = Die erste Ziffer 6 bedeutet eine geschützte Antwort: Ihr Text ist eine weitere Antwort, vom Sicherheitsmechanismus kodiert (RFC 2228).

# ftpdocs: same-as-source
reply-group-0 = Syntax
# ftpdocs: same-as-source
reply-group-1 = Information
reply-group-2 = Verbindungen
reply-group-3 = Authentifizierung und Abrechnung
# Kein Antwortcode der RFCs hat 4 als zweite Ziffer; behalten, damit die Gruppen vollständig sind.
# ftpdocs: allow unused-message
reply-group-4 = Nicht festgelegt
reply-group-5 = Dateisystem
