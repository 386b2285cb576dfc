## Antwortklassen (erste Ziffer) und Gruppen (zweite Ziffer), RFC 959, Abschnitt 4.2.1;
## Klasse 6 nach RFC 2228, Abschnitt 5.2.

reply-class-1 = Positive vorläufige Antwort
    .summary = Die erste Ziffer 1 bedeutet, dass die angeforderte Aktion gestartet wird: Vor dem nächsten Befehl folgt noch eine Antwort.
reply-class-2 = Positive abschließende Antwort
    .summary = Die erste Ziffer 2 bedeutet, dass die angeforderte Aktion abgeschlossen ist: Ein neuer Befehl darf gesendet werden.
reply-class-3 = Positive Zwischenantwort
    .summary = Die erste Ziffer 3 bedeutet, dass der Befehl angenommen wurde, die Aktion aber zurückgestellt ist, bis der Server weitere Informationen erhält.
reply-class-4 = Vorübergehende negative Antwort
    .summary = Die erste Ziffer 4 bedeutet, dass der Befehl nicht angenommen wurde, der Fehler aber vorübergehend ist: Die Anforderung kann später wiederholt werden – falls der Server die Verbindung geschlossen hat (421), nach einem neuen Verbindungsaufbau.
reply-class-5 = Dauerhafte negative Antwort
    .summary = Die erste Ziffer 5 bedeutet, dass der Befehl nicht angenommen wurde und es nicht hilft, dieselbe Anforderung in derselben Reihenfolge zu wiederholen.
reply-class-6 = Geschützte Antwort
    .summary = Die erste Ziffer 6 kennzeichnet eine geschützte Antwort, deren Text eine weitere, vom Sicherheitsmechanismus codierte Antwort ist (RFC 2228).

# ftpdocs: same-as-source
reply-group-0 = Syntax
# ftpdocs: same-as-source
reply-group-1 = Information
reply-group-2 = Verbindungen
reply-group-3 = Authentifizierung und Abrechnung
# Kein Antwortcode der RFCs hat 4 als zweite Ziffer; bleibt erhalten, damit die Gruppen vollständig sind.
# ftpdocs: allow unused-message
reply-group-4 = Nicht festgelegt
reply-group-5 = Dateisystem
