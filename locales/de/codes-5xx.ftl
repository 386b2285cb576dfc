## Antwortcodes 5yz: dauerhafte negative Antworten.

code-500 = Befehl nicht erkannt
    .text = Syntaxfehler, Befehl nicht erkannt
    .description = In RFC 959 lautet der Text von 500 „Syntaxfehler, Befehl nicht erkannt“. RFC 959 verwendet 500, wenn der Server den Befehl selbst nicht versteht, und merkt an, dass dazu auch Fehler wie eine zu lange Befehlszeile zählen können. Spätere RFCs stützen sich auf dieselbe Antwort: Ein Server, der AUTH nicht kennt, muss mit 500 antworten (RFC 2228), und 500 oder 502 zeigt einem Client, dass FEAT nicht unterstützt wird (RFC 2389).
    .seen = Sie sehen 500 nach einem falsch geschriebenen Befehl, nach einem Befehlsnamen, den der Server nicht kennt, oder nach einer zu langen Zeile. 500 ist auch die übliche Antwort älterer Server auf Erweiterungsbefehle, die sie nicht implementieren, etwa AUTH, FEAT, EPSV, MLSD oder SIZE.
    .fix = Prüfen Sie die Schreibweise des Befehls und die Länge der Zeile, die Ihr Client sendet. Ist der Befehl eine Erweiterung, unterstützt der Server sie nicht: Senden Sie FEAT, um zu sehen, welche Erweiterungen er ankündigt (RFC 2389), oder weichen Sie auf den Befehl aus RFC 959 aus, etwa PASV statt EPSV oder LIST statt MLSD.

code-501 = Syntaxfehler in Parametern
    .text = Syntaxfehler in Parametern oder Argumenten
    .description = In RFC 959 lautet der Text von 501 „Syntaxfehler in Parametern oder Argumenten“. RFC 959 verwendet 501 für einen Befehl, den der Server erkennt, dessen Argumente er in der vorliegenden Form aber nicht annehmen kann, und führt 501 für fast jeden Befehl auf. Die Erweiterungs-RFCs verwenden 501 ebenso, etwa für einen FEAT mit Parameter (RFC 2389), einen fehlerhaften EPRT oder EPSV (RFC 2428) oder ADAT-Daten, die kein gültiges Base64 sind (RFC 2228).
    .seen = Sie sehen 501 meist nach einem PORT oder EPRT mit fehlerhafter Adresse, nach einem PBSZ-Wert, den der Server nicht auswerten kann, oder nach einem Befehl mit einem Argument, das dieser Befehl nicht vorsieht, etwa FEAT mit Parameter. RFC 3659 schreibt 501 außerdem vor, wenn MLSD eine Datei statt eines Verzeichnisses nennt, und RFC 7151, wenn HOST eine Portnummer enthält.
    .fix = Vergleichen Sie den Befehl, den Ihr Client gesendet hat, Argument für Argument mit der Syntax, die sein RFC definiert: Der Server hat den Befehlsnamen verstanden, das Problem liegt also in dem, was darauf folgt. Um die Fakten zu einer einzelnen Datei abzufragen, verwenden Sie MLST statt MLSD, denn MLSD listet nur Verzeichnisse auf.

code-502 = Befehl nicht implementiert
    .text = Befehl nicht implementiert
    .description = In RFC 959 lautet der Text von 502 „Befehl nicht implementiert“. RFC 959 reserviert 502 für einen Befehl, der eine nicht standortspezifische Aktion anfordert und den der Server nicht implementiert; ein Befehl ohne Bedeutung auf diesem System erhält stattdessen 202, und ein implementierter Befehl mit einem nicht implementierten Parameter erhält 504. RFC 2228 verwendet 502, wenn ein Server AUTH erkennt, die Sicherheitserweiterungen aber nicht implementiert, und RFC 2389 erlaubt 500 oder 502 von einem Server ohne FEAT.
    .seen = Sie sehen 502, wenn der Server einen Befehl nicht implementiert, den RFC 1123 nicht verlangt, etwa SMNT, REIN, REST oder ABOR, oder eine Erweiterung wie FEAT, LANG oder AUTH. Ein Client, der nach einer Erweiterung fragt, sollte 502 wie 500 als schlichtes Nein verstehen.
    .fix = Der Befehl selbst ist nicht fehlerhaft: Der Server bietet ihn nicht an, und eine Wiederholung hilft nicht. Erreichen Sie dasselbe Ziel auf anderem Weg, etwa mit einer vollständigen Übertragung statt eines Neustarts mit REST, oder fragen Sie den Administrator, ob sich die Funktion aktivieren lässt. RFC 1123 verlangt von jedem Server Befehle wie PASV, LIST, DELE, MKD und STAT, sofern sein System sie nicht ausschließt; eine 502 auf einen dieser Befehle deutet also auf einen Server hin, der von RFC 1123 abweicht, oder auf eine Grenze seines Systems.

code-503 = Falsche Befehlsfolge
    .text = Falsche Befehlsfolge
    .description = In RFC 959 lautet der Text von 503 „Falsche Befehlsfolge“. Der Server hat den Befehl verstanden, an dieser Stelle der Sitzung ist er aber nicht gültig. RFC 959 führt 503 für PASS, ACCT und RNTO auf. RFC 2228, Abschnitt 3, ergänzt 503 für einen ADAT, der gesendet wird, bevor AUTH angenommen wurde, oder nach einem abgeschlossenen Sicherheitsaustausch, den kein neuer AUTH zurückgesetzt hat; für PBSZ, MIC, CONF und ENC vor dem Abschluss eines Austauschs der Sicherheitsdaten; für einen PROT vor PBSZ; und für MIC, CONF und ENC auf einem Server, dessen Richtlinie zuerst CCC verlangt. RFC 3659 zählt 503 zu den möglichen Antworten auf MLST und MLSD.
    .seen = Der Server antwortet mit 503, wenn PASS ohne vorausgehenden USER eintrifft, wenn ACCT gesendet wird, bevor eine Anmeldung begonnen hat, oder wenn RNTO nicht direkt auf RNFR folgt. Mit Sicherheitserweiterungen wie TLS antwortet er auch dann mit 503, wenn PBSZ oder PROT vor einem erfolgreichen AUTH eintrifft oder PROT vor PBSZ. Ein Server, der RFC 7151 unterstützt, beantwortet außerdem einen nach der Anmeldung gesendeten HOST mit 503.
    .fix = Senden Sie die Befehle in der Reihenfolge, die das Protokoll verlangt: USER vor PASS, RNFR direkt vor RNTO, AUTH vor PBSZ und PBSZ vor PROT. Prüfen Sie, ob Ihr Client diese Reihenfolge nach einem erneuten Verbindungsaufbau einhält, und sehen Sie im Serverprotokoll nach, welcher Befehl zuerst eintraf.

code-504 = Parameter nicht implementiert
    .text = Befehl für diesen Parameter nicht implementiert
    .description = In RFC 959 lautet der Text von 504 „Befehl für diesen Parameter nicht implementiert“. RFC 959 beschreibt 504 als Verfeinerung von 502: Der Server implementiert den Befehl, aber nicht den angeforderten Parameter; er führt 504 für MODE, TYPE, STRU und ALLO auf. Spätere RFCs verwenden 504 für einen unbekannten AUTH-Mechanismus oder eine unbekannte PROT-Stufe (RFC 2228), ein Sprach-Tag, das LANG nicht unterstützt (RFC 2640), und einen virtuellen Host, den der Befehl HOST nicht kennt oder nicht bedienen will (RFC 7151).
    .seen = Sie sehen 504, nachdem Sie einen Übertragungsmodus, einen Typ oder eine Struktur angefordert haben, die der Server nicht beherrscht, etwa MODE B oder STRU P, oder nachdem AUTH einen Mechanismus genannt hat, den der Server nicht kennt. RFC 2577 schlägt 504 für einen PORT vor, der einen TCP-Port unter 1024 nennt, um Bounce-Angriffe zu verhindern, und RFC 2228 erlaubt einem Server, mit 504 statt 534 zu antworten, wenn er nicht preisgeben will, dass er den abgelehnten Mechanismus unterstützt.
    .fix = Weichen Sie auf die Werte aus, die nach RFC 959 und RFC 1123 jeder Server annehmen muss: MODE S, STRU F und TYPE A oder TYPE I. Verwenden Sie für AUTH einen Mechanismus, den der Server unterstützt, etwa TLS (RFC 4217); bei einem abgelehnten PORT lassen Sie den Client an einem Port oberhalb von 1023 lauschen oder verwenden Sie den Passivmodus.

code-521 = Datenverbindung kann nicht geöffnet werden

code-521-rfc1639 = Adressfamilie nicht unterstützt
    .text = Unterstützte Adressfamilien sind (af1, af2, ..., afn)
    .description = RFC 1639, eine experimentelle Erweiterung für lange Netzwerkadressen, ergänzt 521 für einen Server, der LPRT oder LPSV unterstützt, aber nicht die angeforderte Adressfamilie. Der vorgeschlagene Text lautet „Unterstützte Adressfamilien sind (af1, af2, ..., afn)“, wobei die Liste die Nummern der Familien nennt, die der Server annimmt. Syntaxfehler in diesen Befehlen erhalten 500 oder 501, wie bei PORT und PASV.
    .seen = Sie sehen diese Bedeutung nur bei Clients und Servern, die die Befehle LPRT und LPSV aus RFC 1639 verwenden, nachdem der Client eine Datenverbindung in einer Adressfamilie angefordert hat, die der Server nicht beherrscht.
    .fix = Lesen Sie die Liste der Familien in der Antwort und senden Sie LPRT erneut mit einer davon. RFC 1639 nummeriert die Familien nach der IP-Version (4 für IP), sodass sich diese Werte von denen bei EPRT unterscheiden; für IPv4 und IPv6 sind die Befehle EPRT und EPSV aus RFC 2428 die Standardwahl.

code-521-rfc4217 = Falsche PROT-Einstellung
    .text = Datenverbindung kann mit dieser PROT-Einstellung nicht geöffnet werden
    .description = RFC 4217, der FTP mit TLS absichert, verwendet 521 für eine Übertragung, die wegen der mit PROT gesetzten Schutzstufe der Daten abgelehnt wird. Der Text lautet „Datenverbindung kann mit dieser PROT-Einstellung nicht geöffnet werden“, und der Server sendet diese Antwort auf STOR, RETR, NLST, LIST, STOU oder APPE vor jeder 1yz-Antwort, sodass keine Datenverbindung geöffnet wird.
    .seen = Sie sehen diese 521 auf einem FTPS-Server, der die Schutzstufe jeder Übertragung prüft, wenn die geltende Stufe nicht die verlangte ist, typischerweise Clear, wo er auf Private besteht. RFC 4217 macht Clear zur Anfangsstufe; ein Client, der nie PROT P sendet, erhält diese Antwort von einem solchen Server also bei seiner ersten Verzeichnisliste oder Übertragung.
    .fix = Senden Sie nach AUTH TLS zuerst PBSZ 0 und dann PROT P und wiederholen Sie den Befehl: RFC 4217 verlangt PBSZ vor PROT und verwendet nur die Stufen C und P. Verwendet der Client bereits PROT P, fragen Sie den Administrator, welche Stufe jede Übertragung verlangt, da der Server je Übertragung entscheiden kann.

code-522 = Fehler beim erweiterten Port

code-522-rfc2428 = Netzwerkprotokoll nicht unterstützt
    .text = Netzwerkprotokoll nicht unterstützt, verwenden Sie (1,2)
    .description = RFC 2428 definiert 522 als Fehler beim erweiterten Port wegen eines unbekannten Netzwerkprotokolls: Der Server unterstützt das Netzwerkprotokoll nicht, das in EPRT oder in EPSV mit Argument genannt ist. Der Text muss mit den Nummern der unterstützten Adressfamilien in Klammern enden, wie in „Netzwerkprotokoll nicht unterstützt, verwenden Sie (1,2)“, wobei 1 für IPv4 und 2 für IPv6 steht.
    .seen = Sie sehen diese 522, wenn ein Client EPRT mit einer Adressfamilie sendet, die der Server nicht unterstützt, etwa eine IPv6-Adresse an einen Server, der nur IPv4 beherrscht, oder ein solches Protokoll mit EPSV 2 oder EPSV 1 anfordert.
    .fix = Lesen Sie die Familiennummern in den Klammern und versuchen Sie es mit einer davon erneut, etwa mit EPRT und einer IPv4-Adresse. Ein einfaches EPSV ohne Argument umgeht die Frage, da der Server dann das Protokoll der Steuerverbindung verwendet.

code-522-rfc4217 = TLS-Aushandlung fehlgeschlagen
    .description = RFC 4217 verwendet 522 für ein Scheitern von TLS auf der Datenverbindung: Nach der Antwort 150 schließt der Server den Datenport und sendet 522, wenn die TLS-Aushandlung fehlgeschlagen ist oder für ihn nicht annehmbar war. Abschnitt 11.4 erlaubt dem Server außerdem, einen Übertragungsbefehl mit 522 zu beantworten, wenn die geltende Schutzstufe der Daten für diese Übertragung nicht ausreicht. RFC 4217 legt für diese Antwort keinen festen Text fest.
    .seen = Sie sehen diese 522 bei FTPS-Übertragungen und Verzeichnislisten, wenn der TLS-Handshake auf der Datenverbindung scheitert, etwa weil der Server die ausgehandelte Cipher-Suite nicht akzeptiert. RFC 4217 erlaubt einem Server auch, darauf zu bestehen, dass die Datenverbindung eine zwischengespeicherte TLS-Sitzung wiederverwendet, aus einer früheren Datenverbindung oder aus einer inzwischen mit CCC auf Klartext umgestellten Steuerverbindung, und einen Client abzuweisen, der eine neue beginnt.
    .fix = Prüfen Sie die TLS-Einstellungen, die Ihr Client für Datenverbindungen verwendet: Aktivieren Sie für sie die Wiederverwendung der TLS-Sitzung, bieten Sie Cipher-Suites an, die der Server akzeptiert, und lesen Sie den Text der 522, der den Grund der Ablehnung nennen sollte. Kam die 522 direkt auf den Befehl, setzen Sie mit PBSZ 0 und PROT P den Schutz, den der Server verlangt, und versuchen Sie es erneut.

code-530 = Nicht angemeldet
    .text = Nicht angemeldet
    .description = In RFC 959 lautet der Text von 530 „Nicht angemeldet“. RFC 959 verwendet 530, um eine Anmeldung abzulehnen, als Antwort auf USER, PASS oder ACCT, und um fast jeden anderen Befehl abzulehnen, der vor der Anmeldung des Benutzers gesendet wird. RFC 2228 ergänzt 530 für PBSZ und PROT, RFC 3659 für MLST und MLSD.
    .seen = Meist sehen Sie 530 nach PASS, weil Benutzername oder Passwort falsch ist oder das Konto sich nicht anmelden darf. Die Antwort kommt auch nach einem Befehl wie CWD, LIST oder RETR, der vor einer erfolgreichen Anmeldung gesendet wurde. RFC 2577 empfiehlt Servern, jeden USER mit 331 zu beantworten und Name und Passwort gemeinsam abzulehnen; eine 530 nach PASS sagt also nicht, welches von beiden falsch war.
    .fix = Prüfen Sie Benutzername, Passwort und ein etwa verlangtes Konto und melden Sie sich vor anderen Befehlen mit USER und PASS an. Nach RFC 4217 darf ein Server Befehle ablehnen, bis die Sitzung geschützt ist; verlangt der Server FTPS, senden Sie also AUTH TLS vor USER. Vermeiden Sie wiederholte Versuche: RFC 2577 empfiehlt Servern, die Verbindung nach drei bis fünf falschen Passwörtern mit 421 zu schließen.

code-532 = Konto zum Speichern erforderlich
    .text = Konto zum Speichern von Dateien erforderlich
    .description = In RFC 959 lautet der Text von 532 „Konto zum Speichern von Dateien erforderlich“. RFC 959 führt 532 für STOR, STOU, APPE und RNTO auf Servern auf, die Kontoangaben mit ACCT für bestimmte Vorgänge statt bei der Anmeldung verlangen. Der RFC erklärt die Wahl zwischen 332 und 532: Der Server antwortet mit 332, wenn er den Befehl zurückhält, bis ACCT eintrifft, und mit 532, wenn er ihn verwirft.
    .seen = Sie sehen 532 nach einer Anmeldung ohne Konto, wenn Sie auf einem Server, der vor dem Speichern von Dateien Kontoangaben verlangt, eine Datei hochladen, an eine Datei anhängen oder eine Datei umbenennen.
    .fix = Senden Sie ACCT mit Ihren Kontoangaben und wiederholen Sie dann den Befehl, denn nach 532 hat der Server ihn verworfen. Haben Sie keine Kontoangaben, fragen Sie den Administrator danach.

code-533 = Schutzstufe abgelehnt
    .text = Schutzstufe des Befehls aus Richtliniengründen abgelehnt
    .description = In RFC 2228 lautet der Text von 533 „Schutzstufe des Befehls aus Richtliniengründen abgelehnt“. RFC 2228 definiert 533 für einen Befehl, dessen Schutz die Richtlinie des Servers nicht akzeptiert: einen MIC-, CONF- oder ENC-Befehl, den er ablehnt, etwa CONF vor CCC, einen CCC, der selbst nicht integritätsgeschützt war, oder jeden ungeschützten Befehl, wenn der Server für alle Befehle Schutz verlangt. RFC 4217 verwendet 533, wenn CCC auf einer Steuerverbindung eintrifft, die nicht durch TLS geschützt ist.
    .seen = Mit TLS sehen Sie 533, wenn Ihr Client CCC sendet, bevor AUTH TLS die Steuerverbindung geschützt hat. Mit anderen Mechanismen nach RFC 2228 tritt 533 auf, wenn ein Befehl im Klartext gesendet wird oder mit einem Schutz, den die Richtlinie des Servers ablehnt.
    .fix = Schützen Sie zuerst die Steuerverbindung: Senden Sie AUTH TLS und schließen Sie den Handshake vor CCC ab. Senden Sie bei anderen Mechanismen den Befehl mit dem Schutz, den der Server verlangt, etwa ENC statt MIC, wenn die Richtlinie Vertraulichkeit verlangt.

code-534 = Aus Richtliniengründen abgelehnt
    .text = Anforderung aus Richtliniengründen abgelehnt
    .description = In RFC 2228 lautet der Text von 534 „Anforderung aus Richtliniengründen abgelehnt“. RFC 2228 definiert 534 für eine Anforderung, die der Server bearbeiten könnte, aber nicht annehmen will: einen in AUTH genannten Sicherheitsmechanismus, eine Schutzstufe in PROT oder einen CCC, der den Integritätsschutz abschalten würde. Die Antwort gilt auch für STOR, STOU, RETR, LIST, NLST und APPE, wenn die geltende Schutzstufe hinter dem zurückbleibt, was der Server für diese Übertragung verlangt.
    .seen = Mit FTPS sehen Sie 534 nach AUTH TLS, wenn der Server nicht bereit ist, TLS von Ihrem Client anzunehmen, nach einer PROT-Stufe, die der Server ablehnt, oder nach CCC auf einem Server, der die Steuerverbindung verschlüsselt hält (RFC 4217). Nach RFC 2228 erhält ein Übertragungsbefehl 534, wenn seine Daten mit weniger Schutz übertragen würden, als der Server verlangt.
    .fix = Die Ablehnung ist gewollt, eine Wiederholung derselben Anforderung hilft also nicht: Wählen Sie, was die Richtlinie des Servers erlaubt, etwa eine andere Stufe mit PROT, oder lassen Sie die Steuerverbindung geschützt, statt CCC zu senden. Erhöhen Sie bei einer abgelehnten Übertragung die Schutzstufe, etwa mit PROT P, versuchen Sie es dann erneut, und fragen Sie den Administrator, welche Stufen die Richtlinie verlangt.

code-535 = Sicherheitsprüfung fehlgeschlagen
    .text = Sicherheitsprüfung fehlgeschlagen (Hash, Sequenz usw.)
    .description = In RFC 2228 lautet der Text von 535 „Sicherheitsprüfung fehlgeschlagen (Hash, Sequenz usw.)“. RFC 2228 definiert 535 für geschützte Daten, die die Prüfung nicht bestehen: Sicherheitsdaten in ADAT, die der Server zurückweist, etwa weil eine Prüfsumme nicht stimmt, oder ein MIC-, CONF- oder ENC-Befehl, dessen Prüfung scheitert. Der Server sendet 535 auch auf STOR, STOU, RETR, LIST, NLST oder APPE, wenn der Datenschutz während der Übertragung versagt, etwa bei einem Block, der größer ist als die mit PBSZ ausgehandelte Puffergröße.
    .seen = Sie sehen 535 mit Mechanismen nach RFC 2228 wie GSS-API oder Kerberos, während des ADAT-Austauschs oder wenn ein geschützter Befehl oder Datenblock beschädigt ist, wiederholt eingespielt wird oder in falscher Reihenfolge eintrifft. RFC 4217 verwendet 535 für TLS nicht.
    .fix = Nach einem gescheiterten ADAT ist der Sicherheitsaustausch fehlgeschlagen, und RFC 2228 verlangt, dass der Client seinen Sicherheitszustand zurücksetzt; beginnen Sie also erneut mit AUTH. Prüfen Sie bei einer gescheiterten Übertragung die Puffergröße, die der Client mit PBSZ gesetzt hat, und versuchen Sie es erneut; wiederholte Fehler deuten auf eine Unverträglichkeit der beiden Sicherheitsimplementierungen oder auf unterwegs veränderte Daten hin.

code-536 = PROT-Stufe nicht unterstützt
    .text = Angeforderte PROT-Stufe vom Mechanismus nicht unterstützt
    .description = In RFC 2228 lautet der Text von 536 „Angeforderte PROT-Stufe vom Mechanismus nicht unterstützt“. RFC 2228 definiert 536 als Antwort auf PROT, wenn der Server die angeforderte Stufe kennt, der verwendete Sicherheitsmechanismus sie aber nicht bereitstellen kann; eine Stufe, die der Server nicht kennt, erhält stattdessen 504. Die Stufen sind C (Clear), S (Safe), E (Confidential) und P (Private).
    .seen = Sie sehen 536 nach einer PROT-Stufe, die der ausgehandelte Mechanismus nicht bietet, etwa PROT S oder PROT E in einer TLS-Sitzung: RFC 4217 verwendet nur C und P, weil TLS Integrität und Vertraulichkeit gemeinsam bereitstellt.
    .fix = Wählen Sie eine Stufe, die der Mechanismus unterstützt: mit TLS PROT P für geschützte Datenverbindungen oder PROT C für ungeschützte.

code-537 = Befehlsschutz nicht unterstützt
    .text = Schutzstufe für Befehle vom Sicherheitsmechanismus nicht unterstützt
    .description = In RFC 2228 lautet der Text von 537 „Schutzstufe für Befehle vom Sicherheitsmechanismus nicht unterstützt“. RFC 2228 definiert 537 als Antwort auf MIC, CONF oder ENC, wenn der verwendete Sicherheitsmechanismus diese Art von Schutz für Befehle nicht bereitstellen kann. Darin unterscheidet sich 537 von 533, bei der der Mechanismus den Schutz bieten könnte, die Richtlinie des Servers ihn aber ablehnt.
    .seen = Sie sehen 537 mit Mechanismen nach RFC 2228, wenn ein Client etwa CONF oder ENC sendet und der ausgehandelte Mechanismus nur Integritätsschutz bietet. TLS-Sitzungen nach RFC 4217 verwenden MIC, CONF und ENC nicht; mit FTPS-Clients sehen Sie 537 daher normalerweise nicht.
    .fix = Verwenden Sie einen Schutzbefehl, den der ausgehandelte Mechanismus unterstützt, etwa MIC, oder beginnen Sie mit AUTH einen neuen Sicherheitsaustausch für einen Mechanismus, der den benötigten Schutz bietet.

code-550 = Datei nicht verfügbar
    .text = Angeforderte Aktion nicht ausgeführt. Datei nicht verfügbar (z. B. Datei nicht gefunden, kein Zugriff)
    .description = In RFC 959 lautet der Text von 550 „Angeforderte Aktion nicht ausgeführt. Datei nicht verfügbar (z. B. Datei nicht gefunden, kein Zugriff)“. RFC 959 verwendet 550, wenn eine Datei- oder Verzeichnisaktion wie RETR, DELE, CWD, MKD oder RNFR endgültig scheitert, und RFC 3659, wenn MDTM, SIZE, MLST oder MLSD zum angegebenen Namen keine Informationen liefern kann. Das vorübergehende Gegenstück ist 450.
    .seen = Sie sehen 550, wenn der Pfad falsch ist oder die Datei nicht existiert oder wenn das Konto das Objekt nicht lesen, löschen oder anlegen oder das Verzeichnis nicht betreten darf. RFC 3659 erlaubt 550 auch auf SIZE, wenn die Größe nicht verfügbar ist, etwa weil ihre Berechnung den Server zu viel kostet, und legt fest, dass eine solche 550 nicht als Zeichen dafür gelten darf, dass sich die Datei nicht übertragen lässt.
    .fix = Prüfen Sie mit PWD und einer Verzeichnisliste den genauen Pfad einschließlich Groß- und Kleinschreibung und kontrollieren Sie die Berechtigungen des Kontos auf dem Server. Scheitert SIZE oder MDTM mit 550, erscheint die Datei aber in der Verzeichnisliste, führen Sie die Übertragung ohne diese Information durch.

code-551 = Seitentyp unbekannt
    .text = Angeforderte Aktion abgebrochen: Seitentyp unbekannt
    .description = In RFC 959 lautet der Text von 551 „Angeforderte Aktion abgebrochen: Seitentyp unbekannt“. RFC 959 definiert 551 für STOR, STOU und APPE, wenn eine mit Seitenstruktur (STRU P) gesendete Datei einen Seitentyp trägt, den der Server nicht kennt; definiert sind die Typen letzte Seite, einfache Seite, Deskriptorseite und zugriffsgeschützte Seite. Abschnitt 4.2.1 von RFC 959 druckt denselben Text mit einem Punkt statt eines Doppelpunkts nach „abgebrochen“.
    .seen = 551 werden Sie kaum sehen, da die Antwort nur bei Uploads mit Seitenstruktur vorkommt, deren Implementierung RFC 1123 nicht empfiehlt. 551 ist die abschließende Antwort auf den Upload und folgt auf die vorläufige Antwort 125 oder 150.
    .fix = Senden Sie die Datei mit Dateistruktur (STRU F), der Voreinstellung, sofern nicht beide Seiten wirklich Seitenstruktur brauchen. Ist das der Fall, verwenden Sie nur die Seitentypen, die RFC 959 definiert.

code-552 = Zugewiesener Speicherplatz überschritten
    .text = Angeforderte Dateiaktion abgebrochen. Zugewiesener Speicherplatz überschritten (für das aktuelle Verzeichnis oder den Datenbestand)
    .description = In RFC 959 lautet der Text von 552 „Angeforderte Dateiaktion abgebrochen. Zugewiesener Speicherplatz überschritten (für das aktuelle Verzeichnis oder den Datenbestand)“. RFC 959 führt 552 für STOR, STOU und APPE auf, als abschließende Antwort, nachdem die Übertragung begonnen hat. Anders als 452, ein vorübergehender Platzmangel auf dem System, meldet 552, dass der für dieses Verzeichnis oder diesen Datenbestand zugewiesene Speicherplatz aufgebraucht ist.
    .seen = Sie sehen 552 während oder am Ende eines Uploads, wenn die Datei den Platz überschreiten würde, der Ihrem Konto oder dem Zielverzeichnis zugewiesen ist.
    .fix = Schaffen Sie Platz in Ihrem zugewiesenen Speicher, indem Sie nicht mehr benötigte Dateien löschen, oder bitten Sie den Administrator, ihn zu erhöhen, und laden Sie die Datei dann erneut hoch. Auf Servern, die das verlangen, lässt der Befehl ALLO den Client vor dem Senden Platz für eine Datei reservieren.

code-553 = Dateiname nicht zulässig
    .text = Angeforderte Aktion nicht ausgeführt. Dateiname nicht zulässig
    .description = In RFC 959 lautet der Text von 553 „Angeforderte Aktion nicht ausgeführt. Dateiname nicht zulässig“. RFC 959 führt 553 für STOR, STOU, APPE und RNTO auf, wenn der Server den Namen ablehnt, der für die anzulegende oder umzubenennende Datei angegeben wurde. RFC 3659 zählt 553 außerdem zu den möglichen Antworten auf MLST und MLSD.
    .seen = Sie sehen 553, wenn ein Upload oder eine Umbenennung einen Namen verwendet, den der Server zurückweist, etwa mit Zeichen oder einer Länge, die sein Dateisystem nicht annimmt, oder einen Ort, an dem das Konto keine Dateien anlegen darf.
    .fix = Wählen Sie einen kürzeren Namen aus einfachen Buchstaben, Ziffern, Punkten, Bindestrichen und Unterstrichen und prüfen Sie, ob das Zielverzeichnis existiert und für Ihr Konto beschreibbar ist. Kommt es auf den Namen nicht an, lässt STOU den Server einen eindeutigen Namen für den Upload wählen.

code-554 = Ungültiger REST-Parameter
    .text = Angeforderte Aktion nicht ausgeführt: ungültiger REST-Parameter
    .description = In RFC 1123 lautet der Text von 554 „Angeforderte Aktion nicht ausgeführt: ungültiger REST-Parameter“. RFC 1123 definiert 554 für einen Übertragungsbefehl nach REST, wenn sich die vorhandene Datei auf dem Server nicht so positionieren lässt, wie REST es verlangt hat. RFC 3659 bestätigt, dass Probleme wie eine Wiederaufsetzmarke außerhalb des gültigen Bereichs bei diesem folgenden Befehl gemeldet werden, nicht bei REST selbst.
    .seen = Sie sehen 554, wenn ein Client eine Übertragung fortsetzt: REST wird mit 350 beantwortet, dann scheitert RETR, STOR oder APPE mit 554, weil der Offset hinter dem Dateiende liegt oder auf andere Weise nicht zur Datei auf dem Server passt.
    .fix = Vergleichen Sie den Offset für das Wiederaufsetzen mit der tatsächlichen Größe der Datei auf beiden Seiten, etwa mit SIZE, und setzen Sie dann an einem gültigen Offset fort oder senden Sie REST 0, um die ganze Datei erneut zu übertragen. RFC 3659 verlangt von einem Client, dessen Übertragungsbefehl nach REST gescheitert ist, vor der nächsten Übertragung erneut REST zu senden.

code-555 = Typ oder Struktur unpassend
    .text = Angeforderte Aktion nicht ausgeführt: TYPE oder STRU unpassend
    .description = In RFC 1123 lautet der Text von 555 „Angeforderte Aktion nicht ausgeführt: TYPE oder STRU unpassend“. RFC 1123 definiert 555 für APPE oder für jeden Übertragungsbefehl nach REST, wenn die mit TYPE und STRU gesetzten aktuellen Übertragungsparameter nicht zu den Attributen der vorhandenen Datei passen.
    .seen = Sie sehen 555, wenn Sie an eine Datei anhängen oder ihre Übertragung fortsetzen, auf einem System, auf dem Dateien einen Typ oder eine Struktur behalten, etwa satzstrukturierte Dateien, während die Sitzung andere Werte für TYPE oder STRU verwendet.
    .fix = Setzen Sie TYPE und STRU auf die Werte, mit denen die Datei ursprünglich gespeichert wurde, und wiederholen Sie dann REST und den Übertragungsbefehl. Kennen Sie diese Werte nicht, übertragen Sie die ganze Datei erneut ohne REST.
