## Nummern, die keine FTP-Antworten sind: Fehler von Windows Sockets.

winsock-10054 = Verbindung von der Gegenstelle zurückgesetzt
    .description = 10054 ist keine FTP-Antwort, sondern der Windows-Sockets-Fehler WSAECONNRESET, „Verbindung von der Gegenstelle zurückgesetzt“: Der entfernte Host oder ein Gerät auf dem Weg hat die TCP-Verbindung abrupt zurückgesetzt. Den Fehler meldet das Betriebssystem des Clients; ein FTP-Server sendet ihn nie, denn eine FTP-Antwort ist eine dreistellige Zahl (RFC 959, Abschnitt 4.2).
    .seen = FTP-Clients unter Windows zeigen 10054 in ihrem Protokoll, wenn die Steuer- oder Datenverbindung mitten in einer Sitzung abbricht, etwa weil der Serverprozess beendet wurde, der Server die Verbindung abrupt geschlossen hat oder eine Firewall sie getrennt hat.
    .fix = Verbinden Sie sich erneut und sehen Sie sich die letzte echte FTP-Antwort vor dem Fehler an: Eine 421 bedeutet, dass der Server die Sitzung absichtlich beendet hat. Wiederholen sich die Abbrüche, prüfen Sie das Serverprotokoll und jede Firewall und jedes NAT-Gerät zwischen Client und Server, die lange oder inaktive Verbindungen trennen können.

winsock-10060 = Zeitüberschreitung der Verbindung
    .description = 10060 ist keine FTP-Antwort, sondern der Windows-Sockets-Fehler WSAETIMEDOUT, „Zeitüberschreitung der Verbindung“: Der entfernte Host hat auf einen Verbindungsversuch nicht innerhalb der erlaubten Zeit geantwortet, oder eine bestehende Verbindung reagiert nicht mehr. Der Fehler stammt vom Betriebssystem des Clients, nie vom FTP-Server, dessen Antworten dreistellige Zahlen sind (RFC 959, Abschnitt 4.2).
    .seen = FTP-Clients unter Windows melden 10060, wenn sie den Server überhaupt nicht erreichen, etwa wegen eines falschen Hostnamens oder einer falschen Adresse, eines ausgefallenen Servers oder einer Firewall, die Pakete stillschweigend verwirft. Der Fehler tritt auch auf, wenn die Anmeldung gelingt, aber keine Datenverbindung für eine Verzeichnisliste oder Übertragung geöffnet werden kann.
    .fix = Prüfen Sie Hostnamen und Port und stellen Sie sicher, dass der Server läuft und aus Ihrem Netz erreichbar ist. Gelingt die Anmeldung, laufen Verzeichnislisten oder Übertragungen aber in eine Zeitüberschreitung, ist die Datenverbindung gesperrt: Prüfen Sie, ob die Firewalls den Port durchlassen, den der Client mit PORT oder EPRT sendet, bzw. die passiven Ports aus der Antwort 227 oder 229.

winsock-10061 = Verbindung abgelehnt
    .description = 10061 ist keine FTP-Antwort, sondern der Windows-Sockets-Fehler WSAECONNREFUSED, „Verbindung abgelehnt“: Der Zielhost hat die Verbindung aktiv abgelehnt, meist weil an diesem Port kein Programm lauscht. Den Fehler meldet das Betriebssystem des Clients; ein FTP-Server kann ihn nicht senden, weil FTP-Antworten dreistellige Zahlen sind (RFC 959, Abschnitt 4.2).
    .seen = FTP-Clients unter Windows melden 10061 gleich beim Verbindungsversuch, wenn der FTP-Server nicht läuft, an einem anderen Port lauscht oder eine Firewall die Verbindung abweist. Der Fehler kann auch bei einer Datenverbindung auftreten, wenn an dem für die Übertragung angegebenen Port nichts lauscht.
    .fix = Prüfen Sie, ob der FTP-Server läuft, an welchem Port er lauscht (standardmäßig 21) und ob der Client sich mit diesem Host und Port verbindet. Werden nur Datenverbindungen abgelehnt, prüfen Sie die Adressen und Ports, die in PORT, EPRT oder der Antwort 227 oder 229 übermittelt werden.

winsock-10066 = Verzeichnis nicht leer
    .description = 10066 ist keine FTP-Antwort, sondern der Windows-Sockets-Fehler WSAENOTEMPTY, „Verzeichnis nicht leer“, einer der Fehlernamen, die Winsock aus der Fehlerliste von BSD-Unix übernimmt. Ein FTP-Server sendet ihn nie, denn FTP-Antworten sind dreistellige Zahlen (RFC 959, Abschnitt 4.2).
    .seen = Der Fehler taucht in Listen von FTP-Fehlercodes auf, die für manche Windows-Clients veröffentlicht werden, dort beschrieben als Fehler beim Löschen eines Verzeichnisses, das noch Dateien enthält. In FTP selbst beantwortet ein Server, der das Entfernen eines Verzeichnisses verweigert, RMD mit einer dreistelligen Antwort wie 550.
    .fix = Sehen Sie im Protokoll des Clients nach, welche Antwort der Server tatsächlich auf RMD gesendet hat. Um ein Verzeichnis zu entfernen, löschen Sie zuerst seine Dateien und Unterverzeichnisse und senden Sie dann RMD erneut.

winsock-10068 = Benutzerkontingent überschritten
    .description = 10068 ist keine FTP-Antwort, sondern der Windows-Sockets-Fehler WSAEUSERS, „Benutzerkontingent überschritten“, ein weiterer Fehlername, den Winsock aus der Fehlerliste von BSD-Unix übernimmt. Ein FTP-Server sendet ihn nie, weil FTP-Antworten dreistellige Zahlen sind (RFC 959, Abschnitt 4.2).
    .seen = Manche Listen von FTP-Fehlercodes für Windows-Clients führen ihn als „zu viele Benutzer auf einem ausgelasteten Server“. Ein echter FTP-Server, der keine weitere Sitzung annehmen kann, sagt das mit einer dreistelligen Antwort: RFC 959 erlaubt 421 anstelle der Begrüßung 220, wenn der Dienst nicht verfügbar ist.
    .fix = Sehen Sie im Protokoll des Clients nach, welche Antwort der Server tatsächlich gesendet hat. Ist es eine 421 wegen zu vieler Benutzer, verbinden Sie sich später erneut oder bitten Sie den Administrator, die Verbindungsgrenze anzuheben.

## Dreistellige Nummern, die kein RFC definiert, zu finden in Listen von FTP-Codes und bei manchen Servern.

unassigned-231 = Benutzer abgemeldet
    .description = Kein RFC definiert 231. Manche Listen von FTP-Codes geben ihr den Text „Benutzer abgemeldet; Dienst beendet“, doch die Antwort, die RFC 959 für das Ende einer Sitzung definiert, ist 221, „Dienst schließt Steuerverbindung“, die Antwort auf QUIT (Abschnitt 4.1.1). Ein Client, der den RFCs folgt, kennt 231 nur über die erste Ziffer, die eine positive abschließende Antwort kennzeichnet (Abschnitt 4.2).
    .seen = Sie sehen 231 nur von einem Server, der seine Antworten nach eigenem Schema nummeriert, als Antwort auf QUIT oder wenn er die Sitzung beendet; Standardserver beantworten QUIT mit 221.
    .fix = Es liegt kein Fehler vor: Werten Sie 231 wie 221 als Ende der Sitzung. Entwickeln Sie selbst einen Server, beantworten Sie QUIT mit 221, wie es RFC 959, Abschnitt 5.4, aufführt.

unassigned-430 = Ungültiger Benutzername oder ungültiges Passwort
    .description = Kein RFC definiert 430. Manche Server und Listen von FTP-Codes verwenden 430 mit dem Text „Ungültiger Benutzername oder ungültiges Passwort“, doch RFC 959 beantwortet eine gescheiterte Anmeldung mit 530, „Nicht angemeldet“, die Abschnitt 5.4 für USER, PASS und ACCT aufführt. Die erste Ziffer 4 würde den Fehler sogar als vorübergehend kennzeichnen (Abschnitt 4.2), was ein falsches Passwort nicht ist.
    .seen = Sie sehen 430 nach USER oder PASS auf einem Server, der seine Antworten nach eigenem Schema nummeriert, wenn Benutzername oder Passwort falsch ist.
    .fix = Prüfen Sie Benutzername und Passwort und melden Sie sich dann erneut an; wiederholen Sie dieselben Anmeldedaten nicht in einer Schleife, denn der Fehler ist nicht vorübergehend. Entwickeln Sie selbst einen Server, beantworten Sie eine gescheiterte Anmeldung mit 530.

unassigned-434 = Angeforderter Host nicht verfügbar
    .description = Kein RFC definiert 434. Manche Listen von FTP-Codes geben ihr den Text „Angeforderter Host nicht verfügbar“, doch RFC 7151, der HOST für virtuelle Hosts definiert, verwendet vorhandene Codes: 421, wenn der Host grundsätzlich annehmbar, aber vorübergehend nicht verfügbar ist, woraufhin der Server die Verbindung schließt, und 504, wenn der Host unbekannt ist oder der Server die Verbindung nicht als eine zu diesem Host behandeln will.
    .seen = Sie sehen 434 nach HOST auf einem Server, der seine Antworten nach eigenem Schema nummeriert, wenn er den genannten virtuellen Host nicht bedient.
    .fix = Prüfen Sie den Hostnamen, den Sie mit HOST senden. Sollte der Host existieren, verbinden Sie sich später erneut oder wenden Sie sich an den Administrator des Servers. Entwickeln Sie selbst einen Server, antworten Sie mit 421 oder 504, wie es RFC 7151, Abschnitt 3, beschreibt.
