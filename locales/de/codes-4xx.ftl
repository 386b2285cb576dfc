## Antwortcodes 4yz: vorübergehende negative Antworten.

code-421 = Dienst nicht verfügbar
    .text = Dienst nicht verfügbar, Steuerverbindung wird geschlossen
    .description = In RFC 959 lautet der Text von 421 „Dienst nicht verfügbar, Steuerverbindung wird geschlossen“. Nach RFC 959 darf ein Server 421 gleich beim Verbindungsaufbau senden, wenn er den Client nicht bedienen kann, und als Antwort auf jeden Befehl, wenn der Dienst weiß, dass er beendet werden muss; der Server schließt dann die Steuerverbindung. Wie jede 4yz-Antwort meldet 421 einen vorübergehenden Zustand: Der Client kann sich später erneut verbinden.
    .seen = Sie sehen 421 anstelle der Begrüßung 220, wenn der Server die Sitzung nicht annehmen kann, oder als Antwort auf einen Befehl, während der Dienst beendet wird. RFC 2577 empfiehlt, nach drei bis fünf falschen Passwörtern 421 zu senden und die Verbindung zu schließen, RFC 7151 verwendet 421 für einen HOST, dessen virtueller Host vorübergehend nicht verfügbar ist, und RFC 4217 für eine nach AUTH TLS gescheiterte TLS-Aushandlung.
    .fix = Warten Sie und verbinden Sie sich dann erneut; der Text der Antwort, der für den menschlichen Benutzer gedacht ist, nennt oft den Grund. Folgt 421 auf mehrere gescheiterte Anmeldungen, prüfen Sie Benutzername und Passwort, bevor Sie es erneut versuchen. RFC 1123 empfiehlt Clients, das Schließen der Steuerverbindung zu erkennen, statt 421 gesondert auszuwerten.

code-425 = Datenverbindung nicht möglich
    .text = Datenverbindung kann nicht geöffnet werden
    .description = In RFC 959 lautet der Text von 425 „Datenverbindung kann nicht geöffnet werden“. RFC 959 definiert 425 als vorübergehende negative Antwort: Der Server konnte die Datenverbindung, die ein Übertragungsbefehl braucht, nicht aufbauen; es wurde also keine Datei und keine Verzeichnisliste gesendet oder empfangen. In RFC 959 folgt 425 auf die vorläufige Antwort 125 oder 150 von STOR, STOU, RETR, LIST, NLST und APPE.
    .seen = Sie sehen 425 zu Beginn einer Verzeichnisliste, eines Downloads oder eines Uploads. Eine häufige Ursache ist eine Firewall oder ein NAT-Gerät, das die Datenverbindung sperrt: Im Aktivmodus (PORT oder EPRT) erreicht der Server die Adresse und den Port nicht, die der Client angekündigt hat, und im Passivmodus (PASV oder EPSV) kommt die Verbindung des Clients zum angekündigten Port des Servers nie an.
    .fix = Prüfen Sie, welchen Modus der Client verwendet und ob die Firewalls auf beiden Seiten die Datenverbindung durchlassen: im Aktivmodus den Port, den der Client mit PORT oder EPRT sendet, im Passivmodus die Ports, die der Server in seinen Antworten 227 oder 229 ankündigt. Steht der Client hinter NAT, hilft oft die Umstellung auf den Passivmodus. Als 4yz-Antwort erlaubt 425, die Übertragung zu wiederholen, sobald das Verbindungsproblem behoben ist.

code-426 = Übertragung abgebrochen
    .text = Verbindung geschlossen; Übertragung abgebrochen
    .description = In RFC 959 lautet der Text von 426 „Verbindung geschlossen; Übertragung abgebrochen“. RFC 959 definiert 426 als die Antwort, die einen Übertragungsbefehl beendet, wenn die Datenverbindung geschlossen wurde, bevor die Übertragung abgeschlossen war. Abschnitt 4.1.3 von RFC 959 verwendet 426 für ABOR: Läuft eine Übertragung, bricht der Server sie ab, schließt die Datenverbindung, beantwortet den Übertragungsbefehl mit 426 und dann ABOR mit 226.
    .seen = Sie sehen 426 direkt, nachdem Ihr Client während einer Übertragung ABOR gesendet hat, sofort gefolgt von 226: Das ist das normale Ende einer abgebrochenen Übertragung. 426 tritt auch ohne ABOR auf, wenn die Datenverbindung mitten in einer Übertragung abreißt, etwa weil ein Netzwerkgerät sie getrennt hat oder die Gegenseite angehalten wurde.
    .fix = Nach einem ABOR liegt kein Fehler vor. Andernfalls wiederholen Sie die Übertragung – wenn der Server es unterstützt, mit REST ab der Abbruchstelle – und prüfen Sie den Netzwerkpfad der Datenverbindung, wenn der Fehler erneut auftritt.

code-431 = Sicherheitsressource nicht verfügbar
    .text = Für die Sicherheitsverarbeitung wird eine nicht verfügbare Ressource benötigt
    .description = In RFC 2228 lautet der Text von 431 „Für die Sicherheitsverarbeitung wird eine nicht verfügbare Ressource benötigt“. RFC 2228 definiert 431 als Antwort auf AUTH oder PROT, wenn der Server den angeforderten Sicherheitsmechanismus oder die angeforderte Schutzstufe nicht annehmen kann, etwa weil eine benötigte Ressource nicht verfügbar ist; ein Server, der sie nicht annehmen will, antwortet stattdessen mit 534. RFC 959 zeigt eine 431 nur in einem Beispiel in Anhang II, einem CWD unter TOPS-20, das eine Veranschaulichung ist und keine Definition des Codes.
    .seen = Sie sehen 431 nach AUTH oder PROT auf einem Server, der den angeforderten Mechanismus oder die Schutzstufe unterstützt, sie aber im Moment nicht bereitstellen kann, weil etwas fehlt oder unerreichbar ist, wovon der Mechanismus abhängt.
    .fix = Als 4yz-Antwort beschreibt 431 einen vorübergehenden Zustand: Senden Sie den Befehl später erneut. Hält der Zustand an, sollte der Administrator des Servers im Serverprotokoll nachsehen, welche Ressource dem Sicherheitsmechanismus fehlt.

code-450 = Datei vorübergehend nicht verfügbar
    .text = Angeforderte Dateiaktion nicht ausgeführt. Datei nicht verfügbar (z. B. Datei belegt)
    .description = In RFC 959 lautet der Text von 450 „Angeforderte Dateiaktion nicht ausgeführt. Datei nicht verfügbar (z. B. Datei belegt)“. RFC 959 definiert 450 als vorübergehende negative Antwort: Die Dateiaktion war jetzt nicht möglich, derselbe Befehl kann aber später gelingen. Das unterscheidet 450 vom Code 550, der einen dauerhaften Zustand meldet, etwa eine fehlende Datei oder fehlende Zugriffsrechte.
    .seen = Sie sehen 450 als Antwort auf RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST oder STAT, wenn die Datei oder das Verzeichnis in Benutzung oder gesperrt ist, etwa weil eine andere Übertragung dieselbe Datei schreibt.
    .fix = Warten Sie und senden Sie den Befehl erneut, da der Zustand vorübergehend sein soll. Kommt 450 für dieselbe Datei immer wieder, ermitteln Sie auf dem Server, was sie belegt.

code-451 = Lokaler Verarbeitungsfehler
    .text = Angeforderte Aktion abgebrochen: lokaler Verarbeitungsfehler
    .description = In RFC 959 lautet der Text von 451 „Angeforderte Aktion abgebrochen: lokaler Verarbeitungsfehler“. RFC 959 definiert 451 als vorübergehende negative Antwort: Ein Fehler auf der Serverseite hat den Befehl abgebrochen; bei einer späteren Wiederholung kann er gelingen. RFC 2389 verwendet 451 außerdem als Antwort auf OPTS, wenn ein vorübergehender Zustand auf dem Server verhindert, dass die Option angenommen wird.
    .seen = Sie sehen 451 während oder direkt nach einem RETR, STOR, STOU, APPE, LIST oder NLST, wenn der Server auf ein eigenes Problem stößt, etwa einen Lese- oder Schreibfehler auf seinem Speicher oder einen anderen internen Fehler.
    .fix = Wiederholen Sie den Befehl später: Der Fehler liegt auf der Serverseite, nicht in Ihrer Anforderung. Tritt er erneut auf, sollte der Administrator des Servers im Serverprotokoll nach dem zugrunde liegenden Fehler suchen.

code-452 = Zu wenig Speicherplatz
    .text = Angeforderte Aktion nicht ausgeführt. Zu wenig Speicherplatz im System
    .description = In RFC 959 lautet der Text von 452 „Angeforderte Aktion nicht ausgeführt. Zu wenig Speicherplatz im System“. RFC 959 definiert 452 als vorübergehende negative Antwort auf STOR, STOU und APPE: Der Server hat derzeit nicht genug Platz, um die Datei zu speichern, ein Zustand, der sich später ändern kann.
    .seen = Sie sehen 452 bei einem Upload mit STOR, STOU oder APPE auf einen Server, dessen Festplatte, Volume oder Speicherbereich voll ist.
    .fix = Geben Sie auf dem Server Speicherplatz frei oder bitten Sie dessen Administrator darum und wiederholen Sie dann den Upload. Anders als der Code 552, der bedeutet, dass der Ihrem Verzeichnis oder Datenbestand zugewiesene Speicherplatz überschritten ist, betrifft 452 den Speicher des gesamten Systems.
