## Antwortcodes 2yz: positive abschließende Antworten.

code-200 = Befehl in Ordnung
    .text = Befehl in Ordnung
    .description = In RFC 959 lautet der Text von 200 „Befehl in Ordnung“. RFC 959 verwendet 200 für einen erfolgreichen Befehl, der dem Client keine neuen Informationen liefert, etwa TYPE, MODE, STRU, PORT oder NOOP. Spätere RFCs machen 200 zur Erfolgsantwort auf EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640) sowie PBSZ, PROT und CCC (RFC 2228 und RFC 4217).
    .seen = Sie sehen 200, nachdem Sie Übertragungsparameter mit TYPE, MODE, STRU, PORT oder EPRT gesetzt haben, nach NOOP und nach den Befehlen PBSZ 0 und PROT P, die auf AUTH TLS folgen. Eine 200 auf OPTS oder LANG bedeutet, dass der Server die Option bzw. die Sprache angenommen hat; der Text einer Antwort auf LANG kann angeben, welche Variante er gewählt hat.
    .fix = Es liegt kein Fehler vor: Senden Sie den nächsten Befehl. Enthält eine Antwort 200 auf PBSZ im Text PBSZ=Zahl, wünscht der Server einen kleineren Puffer, und RFC 2228 schreibt vor, dass beide Seiten die kleinere der beiden Größen verwenden.

code-202 = Befehl überflüssig
    .text = Befehl nicht implementiert, an diesem Standort überflüssig
    .description = In RFC 959 lautet der Text von 202 „Befehl nicht implementiert, an diesem Standort überflüssig“. RFC 959 definiert 202 als positive abschließende Antwort auf einen Befehl, der auf diesem Server keine Bedeutung hat, damit ein einfacher Client so weitermachen kann, als wäre der Befehl ausgeführt worden. Das Beispiel des RFC ist ALLO auf einem System, das keinen im Voraus reservierten Speicherplatz braucht.
    .seen = Sie sehen 202 am häufigsten nach ALLO, auf Servern, die vor einer Übertragung keinen Platz reservieren. RFC 959 führt 202 außerdem für PASS, ACCT, SMNT und SITE auf.
    .fix = Es liegt kein Fehler vor: Der Befehl war unnötig, und die Sitzung geht weiter. Anders als der Code 502, der einen nicht implementierten Befehl ablehnt, ist 202 eine Erfolgsantwort.

code-211 = Systemstatus
    .text = Systemstatus oder Systemhilfe
    .description = RFC 959 führt 211 als „Systemstatus oder Systemhilfe“ auf. Diese Worte beschreiben die Antwort, legen ihren Text aber nicht fest: Der Server füllt ihn mit Status- oder Hilfeinformationen für den Benutzer. RFC 2389 macht 211 außerdem zur Antwort auf FEAT, deren mehrzeilige Form je Zeile eine unterstützte Erweiterung nennt, jeweils um ein Leerzeichen eingerückt, und mit der Zeile 211 End schließt.
    .seen = Sie sehen 211 als Antwort auf STAT ohne Argument, der den Status des Servers, die Übertragungsparameter und die Verbindungen meldet, und manchmal als Antwort auf HELP, den RFC 959 mit 211 oder 214 beantworten lässt. Ein Client, der FEAT sendet, erhält 211 mit der Liste der Erweiterungen, die der Server unterstützt, etwa MDTM, SIZE, MLST oder AUTH TLS.
    .fix = Es liegt kein Fehler vor. Eine einzeilige 211 auf FEAT bedeutet, dass der Server keine Erweiterungen zu melden hat; ein Client, der auf FEAT 500 oder 502 erhält, sollte die benötigten Erweiterungen einzeln testen, wie RFC 2389 empfiehlt.

code-212 = Verzeichnisstatus
    .text = Verzeichnisstatus
    .description = RFC 959 führt 212 als „Verzeichnisstatus“ auf: eine Informationsantwort auf STAT, deren Text nicht festgelegt ist, sondern den Status eines Verzeichnisses wiedergibt.
    .seen = Ein Server kann STAT mit einem Verzeichnis als Argument mit 212 beantworten und dabei über die Steuerverbindung senden, was LIST über eine Datenverbindung senden würde. Eine mehrzeilige Verzeichnisliste kommt als mehrzeilige Antwort.
    .fix = Es liegt kein Fehler vor. Lesen Sie die Antwort bis zur letzten Zeile, die mit 212 und einem Leerzeichen beginnt.

code-213 = Dateistatus
    .text = Dateistatus
    .description = RFC 959 führt 213 als „Dateistatus“ auf: eine Informationsantwort auf STAT, deren Text nicht festgelegt ist, sondern den Status einer Datei wiedergibt. RFC 3659 macht 213 zur Antwort auf MDTM und SIZE, mit einem genau festgelegten einzeiligen Format: 213, ein Leerzeichen, dann bei MDTM der Änderungszeitpunkt als YYYYMMDDHHMMSS in UTC oder bei SIZE die Übertragungsgröße in Oktetten.
    .seen = Sie sehen 213 vor allem nach MDTM und SIZE, die Clients vor dem Fortsetzen einer unterbrochenen Übertragung senden, um zu erfahren, wie viel der Datei bereits übertragen wurde und ob sie sich seitdem geändert hat. Ein Server kann damit auch STAT mit einem Dateinamen beantworten.
    .fix = Es liegt kein Fehler vor. Die Zeit von MDTM ist in UTC angegeben, und der Wert von SIZE hängt von den aktuellen Einstellungen für TYPE, MODE und STRU ab; setzen Sie also vor SIZE den TYPE, mit dem Sie die Datei übertragen wollen.

code-214 = Hilfetext
    .text = Hilfetext
    .description = RFC 959 führt 214 als „Hilfetext“ auf: eine Antwort für den menschlichen Benutzer, deren Text nicht festgelegt ist, sondern erklärt, wie der Server zu bedienen ist oder was ein nicht standardisierter Befehl bedeutet.
    .seen = Sie sehen 214 als Antwort auf HELP, allein oder gefolgt von einem Befehlsnamen. RFC 959 schlägt vor, dass HELP SITE die SITE-Befehle des Servers beschreibt.
    .fix = Es liegt kein Fehler vor. Der Text ist für Menschen geschrieben; zeigen Sie ihn also dem Benutzer an, statt ihn von einem Programm auswerten zu lassen.

code-215 = Systemtyp
    .text = Systemtyp NAME
    .description = In RFC 959 lautet der Text von 215 „Systemtyp NAME“. RFC 959 definiert 215 als Antwort auf SYST. Das erste Wort des Textes muss einer der offiziellen Systemnamen aus dem Dokument „Assigned Numbers“ sein, etwa UNIX.
    .seen = Sie sehen 215 nach SYST: Clients senden SYST, um das Betriebssystem des Servers zu erfahren; daran erkennen sie, was sie von systemabhängigen Ausgaben wie der von LIST zu erwarten haben.
    .fix = Es liegt kein Fehler vor. Werten Sie nur das erste Wort als Systemnamen aus. Unterstützt der Server MLSD und MLST (RFC 3659), ziehen Sie deren streng definiertes Format dem Auswerten der LIST-Ausgabe vor.

code-220 = Dienst bereit
    .text = Dienst bereit für neuen Benutzer
    .description = In RFC 959 lautet der Text von 220 „Dienst bereit für neuen Benutzer“. RFC 959 definiert 220 als die Antwort, die ein Server sendet, sobald die Steuerverbindung besteht und er Befehle annehmen kann; sie ist außerdem die positive Antwort auf REIN und, nach RFC 7151, auf HOST.
    .seen = 220 ist die erste Zeile, die Ihr Client nach dem Verbindungsaufbau empfängt, meist mit einem Banner, das die Serversoftware nennt. Sie sehen 220 auch, nachdem REIN die Sitzung zurückgesetzt hat, nach einer Antwort 120, sobald der verzögerte Dienst bereit ist, und nach einem HOST, den der Server annimmt.
    .fix = Es liegt kein Fehler vor. Melden Sie sich als Nächstes an: Senden Sie USER und dann PASS, wenn der Server mit 331 antwortet.

code-221 = Steuerverbindung wird geschlossen
    .text = Dienst schließt Steuerverbindung
    .description = In RFC 959 lautet der Text von 221 „Dienst schließt Steuerverbindung“. RFC 959 definiert 221 als Antwort auf QUIT: Der Server meldet den Benutzer gegebenenfalls ab und schließt die Steuerverbindung.
    .seen = Sie sehen 221 am Ende einer Sitzung, nachdem Sie QUIT gesendet haben. Läuft noch eine Dateiübertragung, hält der Server nach RFC 959 die Verbindung bis zur abschließenden Antwort der Übertragung offen und schließt sie erst danach.
    .fix = Es liegt kein Fehler vor: Die Sitzung wurde regulär beendet. Um sich ohne neuen Verbindungsaufbau als anderer Benutzer anzumelden, senden Sie REIN statt QUIT.

code-225 = Datenverbindung offen
    .text = Datenverbindung offen; keine Übertragung aktiv
    .description = In RFC 959 lautet der Text von 225 „Datenverbindung offen; keine Übertragung aktiv“. RFC 959 ordnet 225 der Gruppe der Verbindungen zu, und seine Tabelle der Befehle und Antworten führt 225 zusammen mit 226 als Erfolgsantwort auf ABOR auf.
    .seen = 225 ist selten. RFC 959 führt die Antwort nur für ABOR auf, wo sie zu einem Abbruch passt, der die Datenverbindung offen, aber keine laufende Übertragung vorfindet.
    .fix = Es liegt kein Fehler vor: Es gab nichts abzubrechen, und der Client kann seinen nächsten Befehl senden.

code-226 = Datenverbindung wird geschlossen
    .text = Datenverbindung wird geschlossen
    .description = In RFC 959 lautet der Text von 226 „Datenverbindung wird geschlossen“. RFC 959 definiert 226 als die Antwort, die eine erfolgreiche Dateiaktion meldet, etwa eine abgeschlossene Übertragung oder einen Abbruch, nachdem der Server die Datenverbindung geschlossen hat. RFC 3659 beendet damit außerdem die Verzeichnisliste von MLSD.
    .seen = 226 ist die normale letzte Antwort auf RETR, STOR, STOU, APPE, LIST und NLST, sobald alle Daten die Datenverbindung passiert haben. Nach ABOR sendet der Server für eine unterbrochene Übertragung 426 und dann 226 zur Bestätigung des Abbruchs, oder nur 226, wenn die Übertragung bereits beendet war.
    .fix = Es liegt kein Fehler vor: Die Übertragung ist abgeschlossen, und der Client kann den nächsten Befehl senden. Im Stream-Modus wird die Datenverbindung am Ende jeder Datei geschlossen; die nächste Übertragung braucht also eine neue, die erneut mit PASV, EPSV, PORT oder EPRT eingerichtet wird.

code-227 = Passivmodus wird aktiviert
    .text = Passivmodus wird aktiviert (h1,h2,h3,h4,p1,p2)
    .description = In RFC 959 lautet der Text von 227 „Passivmodus wird aktiviert (h1,h2,h3,h4,p1,p2)“. RFC 959 definiert 227 als Antwort auf PASV: Der Server wartet auf die Datenverbindung an der IPv4-Adresse h1.h2.h3.h4 und am Port p1 mal 256 plus p2. RFC 1123 merkt an, dass dieses Format nicht gut standardisiert ist; ein Client muss die Antwort daher nach der ersten Ziffer der Zahlen durchsuchen, statt sich auf die Klammern zu verlassen.
    .seen = Sie erhalten 227 nach PASV, der im Passivmodus vor jeder Übertragung oder Verzeichnisliste gesendet wird. In diesem Modus öffnet der Client die Datenverbindung selbst, was durch Firewalls hindurch funktioniert, die eingehende Verbindungen zum Client sperren.
    .fix = Es liegt kein Fehler vor: Verbinden Sie sich mit der angegebenen Adresse und dem Port und senden Sie dann den Übertragungsbefehl. Ist diese Adresse vom Client aus nicht erreichbar, etwa weil der Server hinter NAT steht, verwenden Sie stattdessen EPSV: Dessen Antwort 229 enthält nur einen Port und verwendet die Adresse der Steuerverbindung.

code-228 = Langer Passivmodus wird aktiviert
    .text = Langer Passivmodus wird aktiviert (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = In RFC 1639 lautet der Text von 228 „Langer Passivmodus wird aktiviert (af, hal, h1, h2, h3,..., pal, p1, p2...)“. RFC 1639, ein experimenteller RFC, definiert 228 als Antwort auf LPSV: Der Server wartet an einer langen Adresse, welche die Adressfamilie, die Länge und die Bytes der Hostadresse und dann die Länge und die Bytes des Ports angibt.
    .seen = Sie sehen 228 nur, nachdem Ihr Client LPSV gesendet hat. RFC 2428 weist darauf hin, dass der Mechanismus von RFC 1639 scheitern kann, wo mehrere Netzwerkprotokolle im Einsatz sind, und definiert EPSV für den Passivmodus über IPv6 und andere Netzwerkprotokolle.
    .fix = Es liegt kein Fehler vor: Verbinden Sie sich mit der Adresse und dem Port aus der Antwort. Für IPv6 oder NAT ist EPSV aus RFC 2428 vorzuziehen, der auf dem Standardisierungspfad steht, während RFC 1639 experimentell ist.

code-229 = Erweiterter Passivmodus wird aktiviert
    .text = Erweiterter Passivmodus wird aktiviert (|||6446|)
    .description = In RFC 2428 lautet der Beispieltext von 229 „Erweiterter Passivmodus wird aktiviert (|||6446|)“. RFC 2428 definiert 229 als Antwort auf EPSV: Der Text der Antwort muss mit dem Port in Klammern in der Form (<d><d><d>port<d>) enden, wobei <d> das Trennzeichen ist, das Abschnitt 2 für EPRT definiert, ein beliebiges druckbares ASCII-Zeichen von 33 bis 126; empfohlen wird |. Die ersten beiden Felder bleiben leer, weil die Datenverbindung dasselbe Netzwerkprotokoll und dieselbe Adresse verwendet wie die Steuerverbindung.
    .seen = Sie erhalten 229 nach EPSV, den RFC 2428 für jede Übertragung vorschreibt, deren Steuer- und Datenverbindung dieselben zwei Rechner verbinden, über IPv4 ebenso wie über IPv6.
    .fix = Es liegt kein Fehler vor: Verbinden Sie sich mit dem angegebenen Port an der Adresse der Steuerverbindung. Passt das vom Server gewählte Netzwerkprotokoll nicht, senden Sie ABOR und dann EPSV mit der Protokollnummer, 1 für IPv4 oder 2 für IPv6; ein Server, der dies nicht unterstützt, antwortet mit 522.

code-230 = Benutzer angemeldet
    .text = Benutzer angemeldet, fahren Sie fort
    .description = In RFC 959 lautet der Text von 230 „Benutzer angemeldet, fahren Sie fort“. RFC 959 definiert 230 als die Antwort, die die Anmeldung abschließt: Der Server hat den Benutzernamen angenommen sowie Passwort und Konto, sofern er sie benötigte.
    .seen = Sie sehen 230 meist nach PASS. RFC 959 erlaubt die Antwort auch direkt nach USER, wenn kein Passwort nötig ist, und nach ACCT, wenn der Server ein Konto verlangt hat.
    .fix = Es liegt kein Fehler vor: Der Benutzer ist angemeldet und kann Übertragungsparameter setzen oder mit der Dateiübertragung beginnen.

code-232 = Durch Sicherheitsaustausch autorisiert
    .text = Benutzer angemeldet, autorisiert durch Austausch der Sicherheitsdaten
    .description = In RFC 2228 lautet der Text von 232 „Benutzer angemeldet, autorisiert durch Austausch der Sicherheitsdaten“. RFC 2228 definiert 232 als Antwort auf USER: Der Server meldet den Benutzer mit der Identität, die der Sicherheitsaustausch festgestellt hat, ohne Passwortabfrage an. Manche Listen von FTP-Codes geben 232 einen sachfremden Abmeldetext, den kein RFC definiert.
    .seen = Sie sehen 232 als Antwort auf USER nach AUTH und einem abgeschlossenen Sicherheitsaustausch. Für TLS zeigt RFC 4217 einen Server, der 232 statt 331 sendet, wenn Client-Zertifikat und Benutzername genügen, um den Benutzer zu authentifizieren.
    .fix = Es liegt kein Fehler vor: Die Anmeldung ist abgeschlossen, und PASS ist nicht nötig. Hatten Sie eine Passwortabfrage erwartet, prüfen Sie, welches Client-Zertifikat oder welche Sicherheitsidentität der Server akzeptiert hat.

code-234 = Sicherheitsaustausch abgeschlossen
    .text = Austausch der Sicherheitsdaten abgeschlossen
    .description = In RFC 2228 lautet der Text von 234 „Austausch der Sicherheitsdaten abgeschlossen“. RFC 2228 definiert 234 als Antwort auf AUTH, wenn der Server den genannten Sicherheitsmechanismus annimmt und vom Client keine Sicherheitsdaten braucht. RFC 4217 macht 234 zur Antwort auf einen AUTH TLS, den der Server annimmt; danach beginnt auf der Steuerverbindung der TLS-Handshake.
    .seen = Sie sehen 234 direkt nach dem Senden von AUTH TLS an einen Server, der FTP über TLS unterstützt. RFC 4217 merkt an, dass 334 hier falsch wäre, weil TLS keinen ADAT-Austausch verwendet.
    .fix = Es liegt kein Fehler vor: Der Client beginnt sofort mit dem TLS-Handshake. RFC 4217 setzt nach AUTH die Anmeldung und die Übertragungsparameter zurück; senden Sie also nach dem Handshake USER und PASS und dann PBSZ 0 und PROT, um die Datenverbindungen zu schützen.

code-235 = ADAT-Austausch abgeschlossen
    .description = RFC 2228 definiert 235 als Antwort auf ADAT, wenn der Austausch der Sicherheitsdaten erfolgreich abgeschlossen ist. Die Antwort hat keinen festen Text: RFC 2228 schreibt sie als [ADAT=base64data], wobei die eckigen Klammern nicht gesendet werden und nur bedeuten, dass der Server Base64-Sicherheitsdaten für den Client anfügen kann.
    .seen = Mit einem Mechanismus wie GSSAPI oder Kerberos Version 4 sehen Sie 235 am Ende des Austauschs aus AUTH und ADAT, oft nach einer oder mehreren Antworten 335. Mit TLS kommt 235 nie vor, da TLS kein ADAT verwendet.
    .fix = Es liegt kein Fehler vor: Der Sicherheitsaustausch ist abgeschlossen. Verarbeiten Sie etwaige ADAT-Daten der Antwort mit dem Mechanismus und fahren Sie dann mit USER fort sowie mit PBSZ und PROT, um die Datenübertragungen zu schützen.

code-250 = Dateiaktion in Ordnung
    .text = Angeforderte Dateiaktion in Ordnung, abgeschlossen
    .description = In RFC 959 lautet der Text von 250 „Angeforderte Dateiaktion in Ordnung, abgeschlossen“. RFC 959 definiert 250 als Erfolgsantwort auf Dateisystembefehle wie CWD, DELE, RMD und RNTO und als mögliche abschließende Antwort auf eine Übertragung, wenn der Server die Datenverbindung offen lässt. RFC 3659 verwendet 250 außerdem für MLST, dessen Fakten in einer mehrzeiligen Antwort 250 auf der Steuerverbindung kommen.
    .seen = Sie sehen 250 nach einem Verzeichniswechsel mit CWD, dem Löschen einer Datei mit DELE, dem Entfernen eines Verzeichnisses mit RMD oder dem Abschluss einer Umbenennung mit RNTO. Nach einer Übertragung tritt 250 an die Stelle von 226, wenn die Datenverbindung offen bleibt, was Block-Modus und komprimierter Modus erlauben.
    .fix = Es liegt kein Fehler vor: Die Aktion ist ausgeführt. Nach STOU entnehmen Sie den eindeutigen Dateinamen der vorausgehenden Antwort 125 oder 150, in die RFC 1123 ihn aus der in RFC 959 genannten Antwort 250 verlegt hat.

code-257 = Pfadname erstellt
    .text = ‚PFADNAME‘ erstellt
    .description = In RFC 959 lautet der Text von 257 „‚PFADNAME‘ erstellt“. RFC 959 definiert 257 als Antwort auf MKD und PWD in der Form 257 "Verzeichnisname" Kommentar, wobei jedes doppelte Anführungszeichen im Namen verdoppelt wird. Nach MKD muss der Name der absolute Pfadname des neuen Verzeichnisses sein.
    .seen = Sie sehen 257 nach PWD, der das aktuelle Arbeitsverzeichnis meldet, und nachdem MKD ein Verzeichnis angelegt hat.
    .fix = Es liegt kein Fehler vor. Übernehmen Sie den Namen zwischen dem öffnenden doppelten Anführungszeichen und dem zugehörigen schließenden, wandeln Sie jedes verdoppelte Anführungszeichen wieder in ein einfaches um und verwenden Sie diesen Namen, wann immer Sie sich später auf das Verzeichnis beziehen.
